/**
 * @module privacy/pii-corpus-independent-43 — blind labelled PII corpus #43: e-mail threads and mailbox exports.
 *
 * WRITTEN BLIND. While writing this file its author read only: the `Rng` class at the top of
 * `pii-corpus-values.ts`, `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30
 * lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. The author did NOT read the detector, its tests, its docs, the
 * benchmarks, any other corpus file or split, the shared folder or the git history, and never ran the
 * detector on this text. Every name, address, template and value here was invented for this split.
 *
 * Seeds: 430001, 430002, 430003. Each seed yields whole documents until at least `minInstances`
 * labels exist (default 2400); the last document is the one that reaches it.
 *
 * Contents: 79 document templates (65 with personal data, 14 hard negatives) of e-mail material in many languages (English, German, French, Spanish, Italian, Portuguese,
 * Dutch, Polish, Swedish, Japanese, Korean) and regional formats (US, UK, AU, IN, CA and the above):
 * forwarded chains with quoted replies, Outlook- and Gmail-style reply headers, signatures and
 * disclaimers, out-of-office replies, calendar invitations (human-readable and iCalendar), mailing-list
 * digests, raw MIME headers, .eml and .mbox dumps, bounce / delivery-status messages, voicemail-to-mail
 * transcripts, and roughly one document in ten that is a pure hard negative (no personal data, but
 * eponymous brands, diseases, laws, places and storms, order / tracking / case numbers, hashes,
 * versions, timestamps, Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers and
 * non-birth dates). Such distractors are also sprinkled through the labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, 씨 …) and possessive 's outside
 *   the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given"
 *   forms labelled, one label per contiguous name. Brands, software, places, pets, ships, storms,
 *   streets/buildings named after people, eponymous diseases/laws/awards and @handles are not labelled;
 *   a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 *   Message-IDs are identifiers, not addresses, and are not labelled.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid / masked not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line from the first street/building/PO-box line
 *   to the last postcode/city/country line; recipient name is a separate PERSON; company lines,
 *   city-only mentions, directions, rooms and landmarks not.
 * - DOB: a person's date of birth only; cue words outside; other dates not.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT43_SEEDS = [430001, 430002, 430003] as const;
export const INDEPENDENT43_MIN_INSTANCES = 2400;

/** A label of this split: type, offsets and the exact text of the span. */
export interface Independent43Label {
  readonly type: PiiType;
  readonly start: number;
  readonly end: number;
  readonly value: string;
}
/** One document of this split. */
export type Independent43Entry = PiiCorpusEntry & { readonly labels: readonly Independent43Label[] };

// ---------------------------------------------------------------------------------------------------
// Document builder: offsets are recorded while appending.

class Doc {
  s = '';
  q = '';
  readonly labels: Independent43Label[] = [];
  readonly known = new Set<string>();
  t(x: string): this {
    this.s += this.q ? x.replace(/\n/g, '\n' + this.q) : x;
    return this;
  }
  l(type: PiiType, v: string): this {
    if (v.trim() !== v || v.length === 0) throw new Error(`untrimmed label ${JSON.stringify(v)}`);
    if (this.q && v.includes('\n')) throw new Error('multi-line label inside a quote');
    const start = this.s.length;
    this.s += v;
    this.labels.push({ type, start, end: start + v.length, value: v });
    return this;
  }
  p(v: string): this {
    return this.l('PERSON', v);
  }
  e(v: string): this {
    return this.l('EMAIL', v);
  }
  ph(v: string): this {
    return this.l('PHONE', v);
  }
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(p: Person): this {
    this.known.add(p.full);
    return this.l('PERSON', p.full);
  }
  /** Runs `f` with every new line prefixed by `prefix` (a quoted block). */
  quote(prefix: string, f: () => void): this {
    const old = this.q;
    this.s += prefix;
    this.q = old + prefix;
    f();
    this.q = old;
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------
// Names.

interface Culture {
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Family name first. */
  readonly ff?: boolean;
  /** Separator between the parts ('' for CJK script). */
  readonly sep?: string;
  /** Latin-script names (initials and upper/lower-case forms make sense). */
  readonly script?: boolean;
}
const sp = (s: string): string[] => s.split(',').map((x) => x.trim());

const CULTURES: Readonly<Record<string, Culture>> = {
  en: {
    given: sp('James,Olivia,Rose,Hope,Will,Bill,Grant,May,Guy,Mark,Faith,Joy,Dawn,Chase,Hunter,Taylor,Brooke,Autumn,Drew,Rich,Frank,Jack,Ruby,Pearl,Iris,Victor,Summer,Grace,Heather,Wade'),
    family: sp('Smith,Baker,Young,Stone,Hill,Wood,Fox,Page,Little,Long,Rich,Law,Bishop,Carter,Hayes,Price,Warren,Holloway,Pennington,Whitlock,Ashby,Crane,Marsh,Bloom,Sterling,Cook,Fields'),
  },
  ie: {
    given: sp('Aoife,Siobhán,Cian,Niamh,Oisín,Darragh,Saoirse,Ciarán,Róisín,Pádraig'),
    family: sp("O'Brien,Murphy,Kavanagh,O'Sullivan,Doyle,McNamara,Fitzgerald,Byrne,Gallagher,Keane"),
  },
  sc: { given: sp('Hamish,Morag,Callum,Isla,Fraser,Eilidh,Lachlan,Kirsty'), family: sp('MacLeod,Campbell,Sinclair,Drummond,Munro,Buchanan,McIntyre,Ross') },
  de: {
    given: sp('Lukas,Anna,Jürgen,Katrin,Ute,Dieter,Sabine,Henrik,Greta,Matthias,Lena,Wolfgang'),
    family: sp('Müller,Schneider,Weiß,Hoffmann,Köhler,Brandt,Vogel,Krüger,Schäfer,Lehmann,Zimmermann,Fuchs'),
  },
  fr: {
    given: sp('Élodie,Guillaume,Margaux,Thibault,Aurélie,Benoît,Clémence,Étienne,Solène,Yannick'),
    family: sp('Lefèvre,Moreau,Girard,Rousseau,Fontaine,Chevalier,Dubois,Lambert,Mercier,Faure'),
  },
  es: {
    given: sp('Alejandro,Lucía,Javier,Nerea,Íñigo,Pilar,Rocío,Sergio,Begoña,Álvaro'),
    family: sp('García Ruiz,Fernández,Martín,Sánchez Vidal,Ortega,Navarro,Iglesias,Domínguez,Castillo,Herrero'),
  },
  mx: { given: sp('Guadalupe,Ximena,Jesús,Itzel,Rodrigo,Citlali,Marisol,Salvador'), family: sp('Hernández,Ramírez,Cruz,Mendoza,Villalobos,Zúñiga,Aguilar,Galindo') },
  pt: {
    given: sp('João,Beatriz,Thiago,Larissa,Gonçalo,Inês,Rafaela,Caio,Vitória,Leandro'),
    family: sp('Silva,Oliveira,Souza,Carvalho,Pereira,Almeida,Ribeiro,Nogueira,Costa,Barbosa'),
  },
  it: {
    given: sp('Giulia,Lorenzo,Chiara,Matteo,Francesca,Alessandro,Serena,Davide,Ilaria,Gianluca'),
    family: sp('Rossi,Bianchi,Esposito,Colombo,Ricci,Marino,Greco,Conti,De Luca,Ferrara'),
  },
  nl: {
    given: sp('Daan,Sanne,Joris,Femke,Bram,Lotte,Ruud,Marieke,Thijs,Anouk'),
    family: sp('de Vries,van Dijk,Jansen,Bakker,Visser,Smit,van den Berg,Mulder,de Jong,Vermeulen'),
  },
  sv: { given: sp('Linnea,Oskar,Astrid,Magnus,Ebba,Gustav,Sigrid,Elin'), family: sp('Lindqvist,Andersson,Johansson,Bergström,Nyström,Holmberg,Sjöberg,Ekström') },
  no: { given: sp('Ingrid,Sindre,Solveig,Eirik,Ragnhild,Torbjørn'), family: sp('Haugen,Solberg,Bakken,Strand,Lunde,Dahl') },
  da: { given: sp('Mette,Rasmus,Freja,Søren,Signe,Mikkel'), family: sp('Jørgensen,Rasmussen,Kjær,Mortensen,Lund,Thomsen') },
  fi: { given: sp('Aino,Juha,Kaisa,Mikko,Tuula,Eero'), family: sp('Virtanen,Mäkinen,Korhonen,Nieminen,Heikkinen,Laaksonen') },
  pl: {
    given: sp('Agnieszka,Krzysztof,Małgorzata,Wojciech,Zofia,Grzegorz,Katarzyna,Paweł,Jadwiga,Łukasz'),
    family: sp('Kowalski,Nowak,Wiśniewska,Wójcik,Kamińska,Lewandowski,Zieliński,Szymańska,Dąbrowski,Kozłowska'),
  },
  cz: { given: sp('Jiří,Tereza,Lenka,Ondřej,Petr,Veronika'), family: sp('Novák,Dvořáková,Svoboda,Černý,Procházka,Kučerová') },
  ru: { given: sp('Dmitri,Yekaterina,Sergei,Anastasia,Mikhail,Olga,Ivan,Svetlana'), family: sp('Ivanov,Petrova,Smirnov,Volkova,Kuznetsov,Sokolova,Popov,Morozova') },
  ua: { given: sp('Oksana,Taras,Mykola,Iryna,Bohdan,Yulia'), family: sp('Shevchenko,Kovalenko,Bondarenko,Tkachenko,Kravchenko,Melnyk') },
  gr: { given: sp('Eleni,Giorgos,Dimitra,Konstantinos,Katerina,Nikos'), family: sp('Papadopoulos,Georgiou,Oikonomou,Karagiannis,Alexiou,Vlachou') },
  tr: { given: sp('Emre,Zeynep,Burak,Elif,Mehmet,Ayşe,Can,Deniz'), family: sp('Yılmaz,Kaya,Demir,Şahin,Çelik,Öztürk,Aydın,Arslan') },
  ar: {
    given: sp('Said,Fatima,Omar,Layla,Youssef,Amina,Khalid,Noor,Hassan,Mariam'),
    family: sp('Al-Mansouri,Haddad,El-Amin,Nasser,Khoury,Saleh,Benali,Abdullah,Farouk,Zayed'),
  },
  fa: { given: sp('Dariush,Shirin,Arash,Parisa,Kaveh,Nasrin'), family: sp('Hosseini,Tehrani,Rahimi,Karimi,Moradi,Jafari') },
  he: { given: sp('Noa,Yonatan,Tamar,Eitan,Shira,Avi'), family: sp('Cohen,Levi,Mizrahi,Peretz,Friedman,Ben-David') },
  hi: {
    given: sp('Priya,Arjun,Ananya,Rohan,Kavya,Vikram,Deepa,Sanjay,Meera,Aditya'),
    family: sp('Sharma,Patel,Gupta,Iyer,Reddy,Nair,Kapoor,Mehta,Banerjee,Chatterjee'),
  },
  ta: { given: sp('Karthik,Lakshmi,Senthil,Divya,Murugan,Revathi'), family: sp('Subramanian,Krishnan,Raman,Venkatesan,Pillai,Arumugam') },
  zh: { given: sp('Wei,Xiaoling,Jun,Mei,Hao,Yuting,Zhiwei,Lan'), family: sp('Wang,Li,Zhang,Chen,Liu,Huang,Zhou,Xu') },
  ja: {
    given: sp('Haruto,Yui,Sota,Aoi,Ren,Sakura,Kenji,Yuki,Takumi,Hina'),
    family: sp('Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato'),
  },
  ko: { given: sp('Min-jun,Seo-yeon,Ji-ho,Ha-eun,Do-yun,Su-bin'), family: sp('Kim,Lee,Park,Choi,Jung,Kang') },
  vi: { given: sp('Linh,Minh,Thao,Quang,Huong,Tuan'), family: sp('Nguyen,Tran,Le,Pham,Hoang,Vu'), ff: true },
  fil: { given: sp('Maricel,Jomar,Rhea,Arnel,Kristine,Jun-Jun'), family: sp('Dela Cruz,Santos,Reyes,Bautista,Villanueva,Mendoza') },
  id: { given: sp('Putri,Agus,Dewi,Budi,Sari,Rizky'), family: sp('Wijaya,Santoso,Kusuma,Hartono,Saputra,Halim') },
  ng: { given: sp('Chinedu,Adaeze,Oluwaseun,Ngozi,Emeka,Folake,Tunde,Chiamaka'), family: sp('Okafor,Adeyemi,Nwosu,Balogun,Eze,Okonkwo,Adebayo,Obi') },
  ke: { given: sp('Wanjiru,Otieno,Achieng,Kamau,Njeri,Baraka'), family: sp('Mwangi,Odhiambo,Kariuki,Wafula,Kiplagat,Mutua') },
  hu: { given: sp('Zsófia,Bence,Réka,Gergely,Eszter,Levente'), family: sp('Nagy,Kovács,Tóth,Szabó,Horváth,Varga') },
  ro: { given: sp('Ioana,Andrei,Bianca,Mihai,Cristina,Radu'), family: sp('Popescu,Ionescu,Dumitru,Stan,Constantin,Munteanu') },
  jaS: {
    given: sp('太郎|Taro,花子|Hanako,翔太|Shota,美咲|Misaki,大輔|Daisuke,由美|Yumi,健一|Kenichi,彩|Aya'),
    family: sp('山田|Yamada,佐藤|Sato,鈴木|Suzuki,高橋|Takahashi,田中|Tanaka,中村|Nakamura,小林|Kobayashi,渡辺|Watanabe'),
    ff: true,
    sep: ' ',
    script: true,
  },
  koS: {
    given: sp('민준|Minjun,서연|Seoyeon,지호|Jiho,하은|Haeun,현우|Hyunwoo,지민|Jimin'),
    family: sp('김|Kim,이|Lee,박|Park,최|Choi,정|Jung,강|Kang'),
    ff: true,
    sep: '',
    script: true,
  },
  zhS: {
    given: sp('伟|Wei,静|Jing,磊|Lei,芳|Fang,浩然|Haoran,雨桐|Yutong'),
    family: sp('王|Wang,李|Li,张|Zhang,刘|Liu,陈|Chen,杨|Yang'),
    ff: true,
    sep: '',
    script: true,
  },
};
const ALL_CULTURES = Object.keys(CULTURES);

interface Person {
  readonly given: string;
  readonly family: string;
  readonly full: string;
  /** ASCII-ish forms for e-mail local parts. */
  readonly ag: string;
  readonly af: string;
  readonly latin: boolean;
}

function person(r: Rng, cultures?: readonly string[]): Person {
  const key = cultures && r.chance(0.7) ? r.pick(cultures) : r.pick(ALL_CULTURES);
  const c = CULTURES[key] ?? (CULTURES.en as Culture);
  const [g, ag] = r.pick(c.given).split('|') as [string, string | undefined];
  const [f, af] = r.pick(c.family).split('|') as [string, string | undefined];
  const sep = c.sep ?? ' ';
  const sepUsed = c.script && key === 'jaS' && r.chance(0.4) ? '' : sep;
  const full = c.ff ? f + sepUsed + g : g + sep + f;
  return { given: g, family: f, full, ag: ag ?? g, af: af ?? f, latin: !c.script };
}

const FOLD: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', ß: 'ss', ı: 'i', æ: 'ae', đ: 'd', "'": '' };
function asc(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøßıæđ']/g, (ch) => FOLD[ch] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

/** A variant of a person's name, as it would be written in mail. */
function nameForm(r: Rng, p: Person): string {
  if (!p.latin) return r.chance(0.7) ? p.full : p.family;
  const k = r.int(0, 9);
  if (k <= 3) return p.full;
  if (k === 4) return `${p.given.charAt(0)}. ${p.family}`;
  if (k === 5) return p.given;
  if (k === 6) return p.full.toUpperCase();
  if (k === 7) return `${p.family}, ${p.given}`;
  if (k === 8) return p.full.toLowerCase();
  return p.family;
}

// ---------------------------------------------------------------------------------------------------
// E-mail addresses.

const FREEMAIL: Readonly<Record<string, readonly string[]>> = {
  en: sp('gmail.com,outlook.com,yahoo.com,icloud.com,proton.me,fastmail.com,hotmail.co.uk,btinternet.com,bigpond.com,rediffmail.com'),
  de: sp('web.de,gmx.de,t-online.de,posteo.de,gmx.net'),
  fr: sp('orange.fr,free.fr,laposte.net,sfr.fr'),
  es: sp('yahoo.es,telefonica.net,gmail.com'),
  it: sp('libero.it,virgilio.it,tiscali.it'),
  pt: sp('uol.com.br,terra.com.br,bol.com.br,sapo.pt'),
  nl: sp('ziggo.nl,kpnmail.nl,xs4all.nl'),
  pl: sp('wp.pl,o2.pl,interia.pl,onet.pl'),
  sv: sp('telia.com,bredband.net,spray.se'),
  ja: sp('yahoo.co.jp,docomo.ne.jp,ezweb.ne.jp,nifty.com'),
  ko: sp('naver.com,daum.net,hanmail.net'),
};
interface Company {
  readonly name: string;
  readonly dom: string;
}
const COMPANIES: readonly Company[] = [
  ['Brightfold Labs', 'brightfold.io'],
  ['Kestrel Logistics Ltd', 'kestrel-logistics.co.uk'],
  ['Altamira Seguros S.A.', 'altamira-seguros.es'],
  ['Holzmann Bau GmbH', 'holzmann-bau.de'],
  ['Verdant Pharma plc', 'verdantpharma.com'],
  ['Lumen Optique SAS', 'lumen-optique.fr'],
  ['Nordlys Energi AS', 'nordlys-energi.no'],
  ['Tessera Analytics Inc.', 'tessera-analytics.com'],
  ['Cobalt Bay Pty Ltd', 'cobaltbay.com.au'],
  ['池上商事株式会社', 'ikegami-shoji.co.jp'],
  ['Rio Claro Transportes Ltda.', 'rioclaro.com.br'],
  ['Studio Ferraro & Associati', 'studioferraro.it'],
  ['Grachtenhuis Vastgoed B.V.', 'grachtenhuis.nl'],
  ['Wisła Logistyka Sp. z o.o.', 'wisla-logistyka.pl'],
  ['Fjällgården AB', 'fjallgarden.se'],
  ['Quillon Health Partners', 'quillonhealth.org'],
  ['Saffron Circuit Pvt Ltd', 'saffroncircuit.in'],
  ['Maplewood Credit Union', 'maplewoodcu.org'],
  ['한빛소프트웨어', 'hanbit-sw.co.kr'],
  ['Orchard & Vane LLP', 'orchardvane.com'],
].map(([name, dom]) => ({ name: name as string, dom: dom as string }));

function localPart(r: Rng, p: Person): string {
  const g = asc(p.ag) || 'mail';
  const f = asc(p.af) || 'box';
  switch (r.int(0, 7)) {
    case 0:
      return `${g}.${f}`;
    case 1:
      return `${g.charAt(0)}${f}`;
    case 2:
      return `${f}.${g}`;
    case 3:
      return `${g}${f}${r.int(1, 99)}`;
    case 4:
      return `${g}_${f}`;
    case 5:
      return `${g.charAt(0)}.${f}`;
    case 6:
      return `${f}${g.charAt(0)}${r.int(60, 99)}`;
    default:
      return `${g}-${f}`;
  }
}
function emailOf(r: Rng, p: Person, lang: string, co?: Company): string {
  if (co) return `${localPart(r, p)}@${co.dom}`;
  const doms = r.chance(0.6) ? (FREEMAIL[lang] ?? FREEMAIL.en) : FREEMAIL.en;
  return `${localPart(r, p)}@${r.pick(doms ?? ['gmail.com'])}`;
}
const ROLES = sp('support,info,billing,noreply,no-reply,hr,payroll,accounts,helpdesk,contact,reservations,postmaster,privacy,kontakt,service,compras');
const roleMail = (r: Rng, co: Company): string => `${r.pick(ROLES)}@${co.dom}`;

// ---------------------------------------------------------------------------------------------------
// Numbers: phones, cards, IBANs, SSNs, IPs.

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function cardNumber(r: Rng): string {
  const k = r.int(0, 9);
  let prefix: string;
  let len = 16;
  if (k <= 2) {
    prefix = '4' + r.digits(5);
    if (r.chance(0.05)) len = 13;
  } else if (k <= 4) prefix = r.chance(0.6) ? String(r.int(51, 55)) + r.digits(4) : String(r.int(2221, 2720)) + r.digits(2);
  else if (k === 5) {
    prefix = r.pick(['34', '37']) + r.digits(4);
    len = 15;
  } else if (k === 6) prefix = r.pick(['6011', '65' + r.digits(2), String(r.int(644, 649)) + r.digits(1)]) + r.digits(2);
  else if (k === 7) prefix = String(r.int(3528, 3589)) + r.digits(2);
  else if (k === 8) {
    prefix = r.pick(['36', '38', String(r.int(300, 305)) + r.digits(1)]) + r.digits(2);
    len = 14;
  } else prefix = '62' + r.digits(4);
  let body = prefix + r.digits(len - 1 - prefix.length);
  for (let c = 0; c < 10; c++) {
    if (luhnValid(body + c)) {
      body += c;
      break;
    }
  }
  return body;
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 13) return sep ? d : d;
  return (d.match(/.{1,4}/g) ?? [d]).join(sep);
}
const card = (r: Rng): string => groupCard(r, cardNumber(r));
function badCard(r: Rng): string {
  const d = cardNumber(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

const IBAN_BY_LANG: Readonly<Record<string, readonly string[]>> = {
  en: ['GB', 'IE', 'MT', 'CY'],
  de: ['DE', 'AT', 'CH', 'LI'],
  fr: ['FR', 'BE', 'LU', 'MC'],
  es: ['ES', 'PT'],
  it: ['IT', 'MT'],
  pt: ['BR', 'PT'],
  nl: ['NL', 'BE'],
  pl: ['PL', 'CZ', 'SK', 'HU'],
  sv: ['SE', 'FI', 'NO', 'DK', 'IS', 'EE'],
  ja: ['DE', 'GB', 'AE', 'SA'],
  ko: ['DE', 'QA', 'KW', 'TR'],
};
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
const LETTERS = 'ABCDEFGHJKLMNPRSTUWXYZ';
const letters = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += LETTERS.charAt(r.int(0, LETTERS.length - 1));
  return s;
};
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  let bban: string;
  if (cc === 'GB' || cc === 'IE') bban = letters(r, 4) + r.digits(len - 8);
  else if (cc === 'NL') bban = letters(r, 4) + r.digits(len - 8);
  else if (cc === 'MT') bban = letters(r, 4) + r.digits(5) + r.digits(len - 13);
  else if (cc === 'BR') bban = r.digits(len - 6) + 'C1';
  else if (cc === 'QA' || cc === 'KW') bban = letters(r, 4) + r.digits(len - 8);
  else bban = r.digits(len - 4);
  const chk = 98 - mod97(bban + cc + '00');
  return cc + pad(chk) + bban;
}
function groupIban(r: Rng, c: string): string {
  const k = r.int(0, 9);
  if (k <= 5) return (c.match(/.{1,4}/g) ?? [c]).join(' ');
  if (k <= 8) return c;
  return (c.match(/.{1,4}/g) ?? [c]).join(' ').toLowerCase();
}
const iban = (r: Rng, lang: string): string => groupIban(r, ibanCompact(r, r.pick(IBAN_BY_LANG[lang] ?? ['DE'])));
function badIban(r: Rng, lang: string): string {
  for (;;) {
    const c = ibanCompact(r, r.pick(IBAN_BY_LANG[lang] ?? ['DE']));
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
  const s = `${pad(area, 3)}|${pad(r.int(1, 99))}|${pad(r.int(1, 9999), 4)}`;
  const k = r.int(0, 9);
  return s.replace(/\|/g, k <= 6 ? '-' : k <= 8 ? ' ' : '');
}
const badSsn = (r: Rng): string =>
  r.pick([`000-${pad(r.int(10, 99))}-${r.digits(4)}`, `666-${pad(r.int(10, 99))}-${r.digits(4)}`, `9${r.digits(2)}-${pad(r.int(70, 88))}-${r.digits(4)}`, `${r.int(100, 899)}-00-${r.digits(4)}`]);

function ipv4(r: Rng): string {
  const k = r.int(0, 5);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([23, 31, 45, 62, 77, 81, 91, 104, 141, 176, 185, 193, 198, 203, 209, 212, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function hex(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s.replace(/^0+(?=.)/, '');
}
function ipv6(r: Rng): string {
  const k = r.int(0, 3);
  if (k === 0) return `2001:db8:${hex(r, 4)}:${hex(r, 4)}::${hex(r, 3)}`;
  if (k === 1) return `fe80::${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}`;
  if (k === 2) return `2a02:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}:${hex(r, 4)}`;
  return `2607:f8b0:${hex(r, 4)}:${hex(r, 3)}::${hex(r, 4)}`;
}
const ip = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));

// ---------------------------------------------------------------------------------------------------
// Dates.

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: sp('January,February,March,April,May,June,July,August,September,October,November,December'),
  de: sp('Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember'),
  fr: sp('janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre'),
  es: sp('enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre'),
  it: sp('gennaio,febbraio,marzo,aprile,maggio,giugno,luglio,agosto,settembre,ottobre,novembre,dicembre'),
  pt: sp('janeiro,fevereiro,março,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro'),
  nl: sp('januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december'),
  pl: sp('stycznia,lutego,marca,kwietnia,maja,czerwca,lipca,sierpnia,września,października,listopada,grudnia'),
  sv: sp('januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december'),
};
interface Ymd {
  y: number;
  m: number;
  d: number;
}
const ymd = (r: Rng, y0: number, y1: number): Ymd => ({ y: r.int(y0, y1), m: r.int(1, 12), d: r.int(1, 28) });
const WD_EN = sp('Mon,Tue,Wed,Thu,Fri,Sat,Sun');
const MON_EN = sp('Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec');

/** A date in the way a locale writes it. `style` picks among the locale's usual forms. */
function fmtDate(r: Rng, loc: Loc, x: Ymd): string {
  const mn = MONTHS[loc.lang] ?? MONTHS.en ?? [];
  const M = mn[x.m - 1] ?? '';
  const iso = `${x.y}-${pad(x.m)}-${pad(x.d)}`;
  const k = r.int(0, 3);
  if (k === 3 && loc.lang !== 'ja' && loc.lang !== 'ko') return iso;
  switch (loc.id) {
    case 'enUS':
      return k === 0 ? `${pad(x.m)}/${pad(x.d)}/${x.y}` : k === 1 ? `${M} ${x.d}, ${x.y}` : `${x.m}/${x.d}/${x.y}`;
    case 'enCA':
      return k === 0 ? `${M} ${x.d}, ${x.y}` : iso;
    case 'de':
      return k === 0 ? `${pad(x.d)}.${pad(x.m)}.${x.y}` : k === 1 ? `${x.d}. ${M} ${x.y}` : `${x.d}.${x.m}.${x.y}`;
    case 'pl':
      return k === 0 ? `${pad(x.d)}.${pad(x.m)}.${x.y}` : `${x.d} ${M} ${x.y}`;
    case 'fr':
    case 'it':
      return k === 0 ? `${pad(x.d)}/${pad(x.m)}/${x.y}` : `${x.d === 1 && loc.id === 'fr' ? '1er' : x.d} ${M} ${x.y}`;
    case 'es':
    case 'ptBR':
      return k === 0 ? `${pad(x.d)}/${pad(x.m)}/${x.y}` : `${x.d} de ${M} de ${x.y}`;
    case 'nl':
      return k === 0 ? `${pad(x.d)}-${pad(x.m)}-${x.y}` : `${x.d} ${M} ${x.y}`;
    case 'sv':
      return k === 0 ? iso : `${x.d} ${M} ${x.y}`;
    case 'ja':
      return k <= 1 ? `${x.y}年${x.m}月${x.d}日` : `${x.y}/${pad(x.m)}/${pad(x.d)}`;
    case 'ko':
      return k <= 1 ? `${x.y}년 ${x.m}월 ${x.d}일` : `${x.y}.${pad(x.m)}.${pad(x.d)}`;
    default: {
      const th = x.d === 1 || x.d === 21 ? 'st' : x.d === 2 || x.d === 22 ? 'nd' : x.d === 3 || x.d === 23 ? 'rd' : 'th';
      return k === 0 ? `${pad(x.d)}/${pad(x.m)}/${x.y}` : k === 1 ? `${x.d} ${M} ${x.y}` : `${x.d}${th} ${M} ${x.y}`;
    }
  }
}
const dob = (r: Rng, loc: Loc): string => fmtDate(r, loc, ymd(r, 1941, 2007));
const otherDate = (r: Rng, loc: Loc): string => fmtDate(r, loc, ymd(r, 2023, 2026));
function rfcDate(r: Rng): string {
  const x = ymd(r, 2023, 2025);
  return `${r.pick(WD_EN)}, ${x.d} ${MON_EN[x.m - 1] ?? 'Mar'} ${x.y} ${pad(r.int(6, 22))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} ${r.pick(['+0000', '+0100', '+0200', '-0500', '-0700', '+0900', '+0530', '-0300'])}`;
}

// ---------------------------------------------------------------------------------------------------
// Locales: phones and postal addresses the way each country writes them.

interface Loc {
  readonly id: string;
  readonly lang: string;
  readonly cultures: readonly string[];
  readonly country: string;
  phone(r: Rng): string;
  addr(r: Rng, multi: boolean): string;
}
const d2 = (r: Rng): string => r.digits(2);
const d3 = (r: Rng): string => r.digits(3);
const d4 = (r: Rng): string => r.digits(4);
const join = (r: Rng, multi: boolean, lines: readonly string[], sep = ', '): string => (multi ? lines.join('\n') : lines.join(sep));

const LOCS: readonly Loc[] = [
  {
    id: 'enUS',
    lang: 'en',
    country: 'USA',
    cultures: ['en', 'en', 'ie', 'mx', 'hi', 'zh', 'ko', 'ng', 'fil', 'vi', 'he'],
    phone: (r) => {
      const a = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`;
      const b = `${r.int(2, 9)}${d2(r)}`;
      const c = d4(r);
      return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `+1 (${a}) ${b}-${c}`, `1-${a}-${b}-${c}`]);
    },
    addr: (r, m) => {
      const [city, st, z] = r.pick([
        ['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Columbus', 'OH', '432'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'],
        ['Madison', 'WI', '537'], ['Tucson', 'AZ', '857'], ['Albany', 'NY', '122'], ['Savannah', 'GA', '314'], ['Spokane', 'WA', '992'],
        ['Burlington', 'VT', '054'], ['Omaha', 'NE', '681'],
      ] as const);
      const tail = `${city}, ${st} ${z}${d2(r)}${r.chance(0.15) ? '-' + d4(r) : ''}`;
      if (r.chance(0.12)) return join(r, m, [`PO Box ${r.int(100, 9999)}`, tail]);
      const street = `${r.int(2, 9899)} ${r.pick(sp('Maple,Larkspur,Cedar Ridge,Old Mill,Juniper,Willow Bend,Harbor View,Quail Hollow,Sycamore,Birchwood,Prospect,Chestnut'))} ${r.pick(sp('St,Street,Ave,Avenue,Rd,Dr,Drive,Ln,Ct,Blvd,Way'))}`;
      const unit = r.chance(0.3) ? r.pick([`Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}`, `Unit ${r.int(1, 400)}`, `#${r.int(100, 999)}`, `Suite ${r.int(100, 950)}`]) : '';
      if (m) return unit && r.chance(0.5) ? `${street}\n${unit}\n${tail}` : `${street}${unit ? ', ' + unit : ''}\n${tail}`;
      return `${street}${unit ? ' ' + unit : ''}, ${tail}`;
    },
  },
  {
    id: 'enGB',
    lang: 'en',
    country: 'United Kingdom',
    cultures: ['en', 'en', 'sc', 'ie', 'hi', 'pl', 'ng', 'ar'],
    phone: (r) =>
      r.pick([`+44 20 7${d3(r)} ${d4(r)}`, `020 7${d3(r)} ${d4(r)}`, `07${d3(r)} ${r.digits(6)}`, `+44 7${d3(r)} ${r.digits(6)}`, `0161 ${d3(r)} ${d4(r)}`, `+44 (0)113 ${d3(r)} ${d4(r)}`, `01632 ${r.digits(6)}`]),
    addr: (r, m) => {
      const [town, a] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['York', 'YO'], ['Brighton', 'BN'], ['Glasgow', 'G'], ['Exeter', 'EX'], ['Sheffield', 'S'], ['Oxford', 'OX']] as const);
      const pc = `${a}${r.int(1, 28)} ${r.int(1, 9)}${letters(r, 2)}`;
      const lines = [`${r.int(1, 240)} ${r.pick(sp('Ashgrove Road,Kingfisher Close,Mill Lane,Victoria Terrace,Elmfield Avenue,Church Street,Orchard Way,Hawthorn Crescent,Tanner Row'))}`];
      if (r.chance(0.3)) lines.unshift(`Flat ${r.int(1, 12)}`);
      if (r.chance(0.3)) lines.push(r.pick(sp('Headingley,Clifton,Eaton,Roath,Acomb,Hove,Partick,Heavitree,Ecclesall,Jericho')));
      const uk = r.chance(0.2);
      if (m) return [...lines, town, pc, ...(uk ? ['United Kingdom'] : [])].join('\n');
      return `${lines.join(', ')}, ${town} ${pc}${uk ? ', UK' : ''}`;
    },
  },
  {
    id: 'enAU',
    lang: 'en',
    country: 'Australia',
    cultures: ['en', 'en', 'zh', 'vi', 'gr', 'it'],
    phone: (r) => r.pick([`04${d2(r)} ${d3(r)} ${d3(r)}`, `+61 4${d2(r)} ${d3(r)} ${d3(r)}`, `+61 2 ${d4(r)} ${d4(r)}`, `(03) ${d4(r)} ${d4(r)}`]),
    addr: (r, m) => {
      const [sub, st, pc] = r.pick([['Newtown', 'NSW', '2042'], ['Fitzroy', 'VIC', '3065'], ['Paddington', 'QLD', '4064'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045']] as const);
      const street = `${r.chance(0.4) ? `Unit ${r.int(1, 20)}, ` : ''}${r.int(1, 300)} ${r.pick(sp('Wattle,Banksia,King,Pitt,Brunswick,Jacaranda'))} ${r.pick(['Street', 'St', 'Road', 'Parade'])}`;
      return join(r, m, [street, `${sub} ${st} ${pc}`]);
    },
  },
  {
    id: 'enIN',
    lang: 'en',
    country: 'India',
    cultures: ['hi', 'hi', 'ta', 'hi'],
    phone: (r) => r.pick([`+91 9${d4(r)} ${r.digits(5)}`, `+91-80-${r.digits(8)}`, `09${d3(r)}${r.digits(6)}`, `+91 ${r.int(6, 9)}${d4(r)}-${r.digits(5)}`]),
    addr: (r, m) => {
      const [city, pin] = r.pick([['Bengaluru', '560'], ['Pune', '411'], ['Chennai', '600'], ['Hyderabad', '500'], ['Mumbai', '400']] as const);
      const lines = [
        `Flat ${r.int(101, 1204)}, ${r.pick(sp('Prestige Lakeside,Sai Krupa Apartments,Green Glen Residency,Sobha Daffodil'))}`,
        `${r.int(1, 80)}, ${r.pick(sp('12th Main Road,MG Road,Linking Road,Anna Salai,Old Airport Road'))}`,
        `${r.pick(sp('Indiranagar,Koregaon Park,Adyar,Banjara Hills,Bandra West'))}, ${city} ${pin}${d3(r)}`,
      ];
      return join(r, m, lines);
    },
  },
  {
    id: 'enCA',
    lang: 'en',
    country: 'Canada',
    cultures: ['en', 'fr', 'zh', 'hi', 'ua'],
    phone: (r) => r.pick([`(${r.pick(['416', '604', '514', '403', '902'])}) ${r.int(200, 999)}-${d4(r)}`, `+1 ${r.pick(['647', '778', '438'])} ${r.int(200, 999)} ${d4(r)}`]),
    addr: (r, m) => {
      const [city, pv, L] = r.pick([['Toronto', 'ON', 'M'], ['Vancouver', 'BC', 'V'], ['Montréal', 'QC', 'H'], ['Calgary', 'AB', 'T'], ['Halifax', 'NS', 'B']] as const);
      const pc = `${L}${r.int(1, 9)}${letters(r, 1)} ${r.int(1, 9)}${letters(r, 1)}${r.int(0, 9)}`;
      return join(r, m, [`${r.int(10, 9999)} ${r.pick(sp('Dundas Street West,Commercial Drive,Rue Saint-Denis,17 Avenue SW,Quinpool Road'))}`, `${city} ${pv}  ${pc}`]);
    },
  },
  {
    id: 'de',
    lang: 'de',
    country: 'Deutschland',
    cultures: ['de', 'de', 'tr', 'pl', 'ru', 'gr'],
    phone: (r) => r.pick([`+49 30 ${r.digits(8)}`, `030 ${d3(r)} ${d4(r)}`, `+49 (0)89 ${d4(r)} ${d3(r)}`, `0171 ${r.digits(7)}`, `+49 151 ${r.digits(8)}`, `0221/${r.digits(6)}`, `+49 40 ${d3(r)} ${d2(r)} ${d3(r)}`]),
    addr: (r, m) => {
      const [city, p] = r.pick([['Köln', '50'], ['Leipzig', '04'], ['München', '80'], ['Hamburg', '22'], ['Freiburg im Breisgau', '79'], ['Dresden', '01'], ['Münster', '48'], ['Bremen', '28']] as const);
      const lines = [`${r.pick(sp('Lindenweg,Kastanienallee,Bahnhofstraße,Schillerplatz,Rosenstraße,Mühlenweg,Brunnenstraße,Am Hang,Eichendorffstraße'))} ${r.int(1, 140)}${r.chance(0.15) ? 'a' : ''}`, `${p}${d3(r)} ${city}`];
      if (m && r.chance(0.2)) lines.push('Deutschland');
      return join(r, m, lines);
    },
  },
  {
    id: 'fr',
    lang: 'fr',
    country: 'France',
    cultures: ['fr', 'fr', 'ar', 'pt', 'it'],
    phone: (r) => {
      const pr = (): string => `${d2(r)} ${d2(r)} ${d2(r)} ${d2(r)}`;
      return r.pick([`01 ${pr()}`, `06 ${pr()}`, `+33 6 ${pr()}`, `+33 (0)4 ${pr()}`, `07.${d2(r)}.${d2(r)}.${d2(r)}.${d2(r)}`]);
    },
    addr: (r, m) => {
      const [city, p] = r.pick([['Lyon', '690'], ['Nantes', '440'], ['Bordeaux', '330'], ['Lille', '590'], ['Toulouse', '310'], ['Rennes', '350'], ['Montpellier', '340'], ['Strasbourg', '670']] as const);
      const lines = [`${r.int(1, 120)}${r.chance(0.15) ? ' bis' : ''}${r.chance(0.3) ? ',' : ''} ${r.pick(sp('rue des Tilleuls,avenue Jean Jaurès,boulevard Voltaire,impasse des Lilas,rue de la République,allée des Cerisiers,chemin du Moulin'))}`, `${p}${d2(r)} ${r.chance(0.4) ? city.toUpperCase() : city}`];
      if (r.chance(0.2)) lines.unshift(`Bât. ${r.pick(['A', 'B', 'C'])}, appt ${r.int(1, 60)}`);
      return join(r, m, lines);
    },
  },
  {
    id: 'es',
    lang: 'es',
    country: 'España',
    cultures: ['es', 'es', 'mx', 'ar', 'ro'],
    phone: (r) => r.pick([`+34 6${d2(r)} ${d3(r)} ${d3(r)}`, `91 ${d3(r)} ${d2(r)} ${d2(r)}`, `6${d2(r)} ${d2(r)} ${d2(r)} ${d2(r)}`, `+34 93 ${d3(r)} ${d2(r)} ${d2(r)}`]),
    addr: (r, m) => {
      const [city, p] = r.pick([['Madrid', '28'], ['Valencia', '46'], ['Sevilla', '41'], ['Bilbao', '48'], ['Zaragoza', '50'], ['Málaga', '29'], ['Granada', '18']] as const);
      return join(r, m, [`${r.pick(sp('Calle Mayor,Avenida de la Constitución,Calle del Pez,Paseo de la Castellana,Calle Alcalá,Plaza del Pilar'))}, ${r.int(1, 200)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`, `${p}${d3(r)} ${city}`]);
    },
  },
  {
    id: 'it',
    lang: 'it',
    country: 'Italia',
    cultures: ['it', 'it', 'ro', 'ar'],
    phone: (r) => r.pick([`+39 06 ${d4(r)} ${d4(r)}`, `+39 3${d2(r)} ${d3(r)} ${d4(r)}`, `02 ${r.digits(8)}`, `3${d2(r)} ${r.digits(7)}`]),
    addr: (r, m) => {
      const [city, p, pv] = r.pick([['Milano', '201', 'MI'], ['Torino', '101', 'TO'], ['Bologna', '401', 'BO'], ['Firenze', '501', 'FI'], ['Napoli', '801', 'NA'], ['Roma', '001', 'RM'], ['Verona', '371', 'VR']] as const);
      return join(r, m, [`${r.pick(sp('Via Roma,Via dei Mille,Corso Vittorio Emanuele II,Viale Monza,Via Garibaldi,Piazza Castello'))} ${r.int(1, 180)}`, `${p}${d2(r)} ${city} (${pv})`]);
    },
  },
  {
    id: 'ptBR',
    lang: 'pt',
    country: 'Brasil',
    cultures: ['pt', 'pt', 'ja', 'it', 'de'],
    phone: (r) => r.pick([`(11) 9${d4(r)}-${d4(r)}`, `+55 21 9${d4(r)}-${d4(r)}`, `+55 (11) 3${d3(r)}-${d4(r)}`, `(31) 9 ${d4(r)}-${d4(r)}`]),
    addr: (r, m) => {
      const [city, uf, p] = r.pick([['São Paulo', 'SP', '0'], ['Rio de Janeiro', 'RJ', '2'], ['Belo Horizonte', 'MG', '3'], ['Curitiba', 'PR', '8'], ['Porto Alegre', 'RS', '9'], ['Recife', 'PE', '5']] as const);
      const cep = `${p}${d4(r)}-${d3(r)}`;
      const street = `${r.pick(sp('Rua das Acácias,Avenida Paulista,Rua Augusta,Rua Oscar Freire,Avenida Atlântica,Rua XV de Novembro'))}, ${r.int(10, 3000)}${r.chance(0.4) ? `, apto ${r.int(11, 190)}` : ''}`;
      const bairro = r.pick(sp('Pinheiros,Copacabana,Savassi,Batel,Moinhos de Vento,Boa Viagem'));
      return m ? `${street}\n${bairro}, ${city} - ${uf}\nCEP ${cep}` : `${street} - ${bairro}, ${city} - ${uf}, ${cep}`;
    },
  },
  {
    id: 'nl',
    lang: 'nl',
    country: 'Nederland',
    cultures: ['nl', 'nl', 'tr', 'ar', 'id'],
    phone: (r) => r.pick([`+31 20 ${d3(r)} ${d4(r)}`, `06-${r.digits(8)}`, `020-${r.digits(7)}`, `+31 6 ${d4(r)} ${d4(r)}`]),
    addr: (r, m) => {
      const [city, p] = r.pick([['Utrecht', '35'], ['Amsterdam', '10'], ['Rotterdam', '30'], ['Groningen', '97'], ['Eindhoven', '56'], ['Haarlem', '20']] as const);
      return join(r, m, [`${r.pick(sp('Oudegracht,Keizersgracht,Lange Voorhout,Prinsengracht,Zonnebloemstraat,Kerkstraat'))} ${r.int(1, 400)}${r.chance(0.2) ? '-II' : ''}`, `${p}${d2(r)} ${letters(r, 2)} ${city}`]);
    },
  },
  {
    id: 'pl',
    lang: 'pl',
    country: 'Polska',
    cultures: ['pl', 'pl', 'ua', 'cz'],
    phone: (r) => r.pick([`+48 ${r.int(5, 8)}${d2(r)} ${d3(r)} ${d3(r)}`, `22 ${d3(r)} ${d2(r)} ${d2(r)}`, `${r.int(5, 8)}${d2(r)}-${d3(r)}-${d3(r)}`]),
    addr: (r, m) => {
      const [city, p] = r.pick([['Warszawa', '0'], ['Kraków', '3'], ['Gdańsk', '8'], ['Wrocław', '5'], ['Poznań', '6'], ['Łódź', '9']] as const);
      return join(r, m, [`ul. ${r.pick(sp('Marszałkowska,Długa,Floriańska,Piotrkowska,Świętojańska,Polna'))} ${r.int(1, 150)}${r.chance(0.5) ? '/' + r.int(1, 80) : ''}`, `${p}${r.int(0, 9)}-${d3(r)} ${city}`]);
    },
  },
  {
    id: 'sv',
    lang: 'sv',
    country: 'Sverige',
    cultures: ['sv', 'sv', 'no', 'da', 'fi', 'fa'],
    phone: (r) => r.pick([`070-${d3(r)} ${d2(r)} ${d2(r)}`, `+46 8 ${d3(r)} ${d3(r)} ${d2(r)}`, `08-${d3(r)} ${d2(r)} ${d2(r)}`, `+46 73 ${d3(r)} ${d2(r)} ${d2(r)}`]),
    addr: (r, m) => {
      const [city, p] = r.pick([['Stockholm', '11'], ['Göteborg', '41'], ['Malmö', '21'], ['Uppsala', '75'], ['Lund', '22']] as const);
      return join(r, m, [`${r.pick(sp('Storgatan,Drottninggatan,Vasagatan,Linnégatan,Kungsgatan,Södra Förstadsgatan'))} ${r.int(1, 90)}`, `${p}${r.int(0, 9)} ${d2(r)} ${r.chance(0.4) ? city.toUpperCase() : city}`]);
    },
  },
  {
    id: 'ja',
    lang: 'ja',
    country: '日本',
    cultures: ['jaS', 'jaS', 'ja'],
    phone: (r) => r.pick([`03-${d4(r)}-${d4(r)}`, `090-${d4(r)}-${d4(r)}`, `+81 3-${d4(r)}-${d4(r)}`, `+81 90 ${d4(r)} ${d4(r)}`, `06-${d4(r)}-${d4(r)}`, `080-${d4(r)}-${d4(r)}`]),
    addr: (r, m) => {
      const pc = `${d3(r)}-${d4(r)}`;
      if (r.chance(0.3)) return join(r, m, [`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(sp('Jingumae,Taishido,Nishiki,Tenjin,Umeda'))}, ${r.pick(sp('Shibuya-ku,Setagaya-ku,Naka-ku,Chuo-ku,Kita-ku'))}`, `${r.pick(sp('Tokyo,Nagoya,Fukuoka,Osaka'))} ${pc}`]);
      const body = `${r.pick(sp('東京都渋谷区神宮前,東京都世田谷区太子堂,大阪府大阪市北区梅田,愛知県名古屋市中区錦,福岡県福岡市中央区天神'))}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`;
      return m ? `〒${pc}\n${body}` : `〒${pc} ${body}`;
    },
  },
  {
    id: 'ko',
    lang: 'ko',
    country: '대한민국',
    cultures: ['koS', 'koS', 'ko'],
    phone: (r) => r.pick([`010-${d4(r)}-${d4(r)}`, `02-${d3(r)}-${d4(r)}`, `+82 10-${d4(r)}-${d4(r)}`, `031-${d3(r)}-${d4(r)}`]),
    addr: (r, m) => {
      const body = `${r.pick(sp('서울특별시 강남구 테헤란로,서울특별시 마포구 월드컵북로,부산광역시 해운대구 센텀중앙로,경기도 성남시 분당구 판교역로'))} ${r.int(1, 400)}`;
      const pc = r.digits(5);
      return m ? `${body}, ${r.int(101, 120)}동 ${r.int(101, 1502)}호\n(우) ${pc}` : `(${pc}) ${body}`;
    },
  },
];
const locById = (id: string): Loc => LOCS.find((l) => l.id === id) ?? (LOCS[0] as Loc);

// ---------------------------------------------------------------------------------------------------
// Language strings for mail clients.

interface Lang {
  /** From, Sent, To, Cc, Subject. */
  readonly H: readonly [string, string, string, string, string];
  readonly colon: string;
  readonly hi: readonly string[];
  readonly bye: readonly string[];
  readonly fill: readonly string[];
  /** Reply attribution: before the name, between name and address, after the address. */
  readonly wrote: (date: string) => readonly [string, string, string];
  readonly fwd: string;
  readonly re: string;
  readonly hon: readonly string[];
  readonly tel: string;
  readonly mob: string;
  readonly callMe: readonly (readonly [string, string])[];
  readonly dobCue: readonly (readonly [string, string])[];
  readonly addrCue: readonly string[];
  readonly ibanCue: readonly string[];
  readonly ooo: readonly string[];
  readonly disc: string;
}
const LANGS: Readonly<Record<string, Lang>> = {
  en: {
    H: ['From', 'Sent', 'To', 'Cc', 'Subject'],
    colon: ': ',
    hi: ['Hi', 'Hello', 'Dear', 'Morning', 'Hey'],
    bye: ['Thanks', 'Best regards', 'Kind regards', 'Cheers', 'Many thanks', 'All the best'],
    fill: [
      'Just circling back on this before the end of the week.',
      'Apologies for the delay, it has been a hectic few days here.',
      'Let me know if anything is unclear.',
      'Adding the team for visibility.',
      'See the attached PDF for the full breakdown.',
      'Happy to jump on a call if that is easier.',
      'Per our conversation on Tuesday, please see below.',
      'Sorry, resending because the attachment did not go through.',
    ],
    wrote: (dt) => [`On ${dt}, `, ' <', '> wrote:'],
    fwd: '---------- Forwarded message ---------',
    re: 'Re',
    hon: ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.', 'Mx.'],
    tel: 'T',
    mob: 'M',
    callMe: [['You can reach me on ', ' any time after 9.'], ['My mobile is ', ' if anything comes up.'], ['Best number for me is ', '.'], ['Please call ', ' to confirm.']],
    dobCue: [['Date of birth: ', ''], ['DOB: ', ''], ['born ', ''], ['Birth date - ', '']],
    addrCue: ['Please send the paperwork to:', 'My new address is', 'Ship to:', 'Mailing address:'],
    ibanCue: ['IBAN: ', 'Please pay into IBAN ', 'Beneficiary account (IBAN) '],
    ooo: ['I am out of the office until', 'I am currently on annual leave, returning', 'Thank you for your email. I am away until'],
    disc: 'This message and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Emails are not secure and may be intercepted.',
  },
  de: {
    H: ['Von', 'Gesendet', 'An', 'Cc', 'Betreff'],
    colon: ': ',
    hi: ['Hallo', 'Guten Tag', 'Liebe Grüße an alle,', 'Moin'],
    bye: ['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße', 'VG', 'Schöne Grüße'],
    fill: ['anbei wie besprochen die Unterlagen.', 'kurze Rückfrage zu unserem Termin.', 'ich leite Ihnen die Nachricht weiter.', 'bitte um kurze Bestätigung bis Freitag.', 'danke für die schnelle Rückmeldung!'],
    wrote: (dt) => [`Am ${dt} schrieb `, ' <', '>:'],
    fwd: '-------- Weitergeleitete Nachricht --------',
    re: 'AW',
    hon: ['Herr', 'Frau', 'Dr.', 'Herr Dr.', 'Frau Prof.'],
    tel: 'Tel.',
    mob: 'Mobil',
    callMe: [['Erreichbar bin ich unter ', '.'], ['Rufen Sie mich gerne an: ', ''], ['Meine neue Handynummer: ', '']],
    dobCue: [['Geburtsdatum: ', ''], ['geb. ', ''], ['geboren am ', '']],
    addrCue: ['Meine neue Anschrift lautet:', 'Lieferadresse:', 'Bitte an folgende Adresse senden:'],
    ibanCue: ['IBAN: ', 'Bankverbindung: IBAN ', 'Bitte auf folgendes Konto überweisen: '],
    ooo: ['Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich', 'Ich bin derzeit nicht im Büro und ab', 'Abwesenheitsnotiz: Ich bin bis'],
    disc: 'Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.',
  },
  fr: {
    H: ['De', 'Envoyé', 'À', 'Cc', 'Objet'],
    colon: ' : ',
    hi: ['Bonjour', 'Bonsoir', 'Chère équipe,', 'Salut'],
    bye: ['Cordialement', 'Bien à vous', 'Bonne journée', 'Merci d’avance', 'Belle soirée'],
    fill: ['je reviens vers vous concernant le dossier.', 'vous trouverez ci-joint les documents demandés.', 'je vous transfère le message ci-dessous.', 'merci de me confirmer la bonne réception.'],
    wrote: (dt) => [`Le ${dt}, `, ' <', '> a écrit :'],
    fwd: '-------- Message transféré --------',
    re: 'RE',
    hon: ['M.', 'Mme', 'Madame', 'Monsieur', 'Me', 'Dr'],
    tel: 'Tél.',
    mob: 'Port.',
    callMe: [['Vous pouvez me joindre au ', '.'], ['Mon portable : ', ''], ['Merci de rappeler le ', ' avant midi.']],
    dobCue: [['Date de naissance : ', ''], ['né le ', ''], ['née le ', '']],
    addrCue: ['Ma nouvelle adresse :', 'Adresse de livraison :', 'Merci d’envoyer le courrier à :'],
    ibanCue: ['IBAN : ', 'Mon RIB / IBAN : ', 'Coordonnées bancaires : '],
    ooo: ['Je suis absent(e) du bureau jusqu’au', 'Merci pour votre message. Je serai de retour le', 'Réponse automatique : je suis en congés jusqu’au'],
    disc: 'Ce message et ses pièces jointes sont confidentiels et établis à l’attention exclusive de leurs destinataires. Toute utilisation non conforme est interdite.',
  },
  es: {
    H: ['De', 'Enviado el', 'Para', 'CC', 'Asunto'],
    colon: ': ',
    hi: ['Hola', 'Buenos días', 'Estimado equipo,', 'Buenas tardes'],
    bye: ['Un saludo', 'Saludos cordiales', 'Atentamente', 'Gracias de antemano', 'Un abrazo'],
    fill: ['te reenvío el correo de abajo.', 'adjunto la documentación que nos pedisteis.', 'quedo a la espera de vuestra confirmación.', 'perdón por la demora en contestar.'],
    wrote: (dt) => [`El ${dt}, `, ' (<', '>) escribió:'],
    fwd: '---------- Mensaje reenviado ---------',
    re: 'RE',
    hon: ['Sr.', 'Sra.', 'D.', 'Dña.', 'Dr.', 'Dra.'],
    tel: 'Tel.',
    mob: 'Móvil',
    callMe: [['Mi móvil es el ', '.'], ['Podéis llamarme al ', ' por las mañanas.'], ['Teléfono de contacto: ', '']],
    dobCue: [['Fecha de nacimiento: ', ''], ['nacida el ', ''], ['nacido el ', '']],
    addrCue: ['Mi nueva dirección es', 'Dirección de envío:', 'Domicilio:'],
    ibanCue: ['IBAN: ', 'Número de cuenta (IBAN): ', 'Por favor, haced la transferencia a '],
    ooo: ['Estaré fuera de la oficina hasta el', 'Gracias por su mensaje. Estoy de vacaciones hasta el', 'Respuesta automática: ausente hasta el'],
    disc: 'Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.',
  },
  it: {
    H: ['Da', 'Inviato', 'A', 'Cc', 'Oggetto'],
    colon: ': ',
    hi: ['Ciao', 'Buongiorno', 'Gentile cliente,', 'Salve'],
    bye: ['Cordiali saluti', 'Un saluto', 'Grazie mille', 'A presto', 'Distinti saluti'],
    fill: ['ti inoltro la mail qui sotto.', 'in allegato trovi i documenti richiesti.', 'resto in attesa di un vostro riscontro.', 'scusa il ritardo nella risposta.'],
    wrote: (dt) => [`Il giorno ${dt} `, ' <', '> ha scritto:'],
    fwd: '---------- Messaggio inoltrato ---------',
    re: 'R',
    hon: ['Sig.', 'Sig.ra', 'Dott.', 'Dott.ssa', 'Avv.', 'Ing.'],
    tel: 'Tel.',
    mob: 'Cell.',
    callMe: [['Il mio cellulare è ', '.'], ['Mi potete chiamare al ', ' dopo le 14.'], ['Recapito telefonico: ', '']],
    dobCue: [['Data di nascita: ', ''], ['nata il ', ''], ['nato il ', '']],
    addrCue: ['Il mio nuovo indirizzo è', 'Indirizzo di spedizione:', 'Residenza:'],
    ibanCue: ['IBAN: ', 'Coordinate bancarie: ', 'Effettuare il bonifico su IBAN '],
    ooo: ['Sarò fuori ufficio fino al', 'Grazie per la sua email. Sono in ferie fino al', 'Risposta automatica: assente fino al'],
    disc: 'Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 è vietato qualsiasi utilizzo non autorizzato.',
  },
  pt: {
    H: ['De', 'Enviada em', 'Para', 'Cc', 'Assunto'],
    colon: ': ',
    hi: ['Olá', 'Bom dia', 'Boa tarde', 'Prezados,'],
    bye: ['Abraços', 'Atenciosamente', 'Obrigado', 'Att.', 'Um abraço'],
    fill: ['segue abaixo o e-mail encaminhado.', 'anexo os documentos solicitados.', 'fico no aguardo do retorno de vocês.', 'desculpe a demora para responder.'],
    wrote: (dt) => [`Em ${dt}, `, ' <', '> escreveu:'],
    fwd: '---------- Mensagem encaminhada ---------',
    re: 'RES',
    hon: ['Sr.', 'Sra.', 'Dr.', 'Dra.'],
    tel: 'Tel.',
    mob: 'Cel.',
    callMe: [['Meu celular é ', ' (WhatsApp também).'], ['Pode me ligar no ', '.'], ['Contato: ', '']],
    dobCue: [['Data de nascimento: ', ''], ['nascida em ', ''], ['nascido em ', '']],
    addrCue: ['Meu novo endereço é', 'Endereço para entrega:', 'Endereço de cobrança:'],
    ibanCue: ['IBAN: ', 'Conta para depósito (IBAN): ', 'Dados bancários internacionais: '],
    ooo: ['Estou fora do escritório até', 'Obrigado pela mensagem. Estarei de férias até', 'Resposta automática: ausente até'],
    disc: 'Esta mensagem pode conter informações confidenciais. Se você a recebeu por engano, avise o remetente e apague-a. Tratamos dados pessoais conforme a LGPD.',
  },
  nl: {
    H: ['Van', 'Verzonden', 'Aan', 'CC', 'Onderwerp'],
    colon: ': ',
    hi: ['Hoi', 'Beste', 'Goedemorgen', 'Hallo'],
    bye: ['Met vriendelijke groet', 'Groetjes', 'Mvg', 'Hartelijke groet'],
    fill: ['hierbij stuur ik de mail door.', 'in de bijlage vind je de stukken.', 'graag hoor ik of dit zo akkoord is.', 'excuses voor de late reactie.'],
    wrote: (dt) => [`Op ${dt} schreef `, ' <', '>:'],
    fwd: '---------- Doorgestuurd bericht ---------',
    re: 'RE',
    hon: ['dhr.', 'mevr.', 'mw.', 'dr.'],
    tel: 'T',
    mob: 'M',
    callMe: [['Je kunt me bereiken op ', '.'], ['Mijn nieuwe nummer is ', ''], ['Bel gerust naar ', '.']],
    dobCue: [['Geboortedatum: ', ''], ['geboren op ', '']],
    addrCue: ['Mijn nieuwe adres is', 'Afleveradres:', 'Correspondentieadres:'],
    ibanCue: ['IBAN: ', 'Rekeningnummer: ', 'Graag overmaken op '],
    ooo: ['Ik ben afwezig tot en met', 'Bedankt voor je bericht. Ik ben met vakantie tot', 'Automatisch antwoord: afwezig tot'],
    disc: 'Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.',
  },
  pl: {
    H: ['Od', 'Wysłano', 'Do', 'DW', 'Temat'],
    colon: ': ',
    hi: ['Dzień dobry', 'Cześć', 'Witam', 'Szanowni Państwo,'],
    bye: ['Pozdrawiam', 'Z poważaniem', 'Dziękuję', 'Serdecznie pozdrawiam'],
    fill: ['przesyłam poniżej wiadomość.', 'w załączniku dokumenty.', 'proszę o potwierdzenie.', 'przepraszam za opóźnienie.'],
    wrote: (dt) => [`W dniu ${dt} `, ' <', '> napisał(a):'],
    fwd: '-------- Przekazana wiadomość --------',
    re: 'Odp',
    hon: ['Pan', 'Pani', 'dr', 'mgr'],
    tel: 'tel.',
    mob: 'kom.',
    callMe: [['Mój numer: ', ''], ['Proszę dzwonić pod ', '.']],
    dobCue: [['Data urodzenia: ', ''], ['ur. ', '']],
    addrCue: ['Mój nowy adres:', 'Adres do korespondencji:'],
    ibanCue: ['IBAN: ', 'Numer rachunku: '],
    ooo: ['Jestem poza biurem do', 'Dziękuję za wiadomość. Jestem na urlopie do'],
    disc: 'Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata. Jeżeli nie są Państwo adresatem, prosimy o jej usunięcie.',
  },
  sv: {
    H: ['Från', 'Skickat', 'Till', 'Kopia', 'Ämne'],
    colon: ': ',
    hi: ['Hej', 'Hejsan', 'God morgon'],
    bye: ['Med vänliga hälsningar', 'Vänliga hälsningar', 'Mvh', 'Hälsningar'],
    fill: ['vidarebefordrar mejlet nedan.', 'bifogar underlaget.', 'återkom gärna snarast.', 'ursäkta sent svar.'],
    wrote: (dt) => [`Den ${dt} skrev `, ' <', '>:'],
    fwd: '---------- Vidarebefordrat meddelande ---------',
    re: 'SV',
    hon: [''],
    tel: 'Tel',
    mob: 'Mobil',
    callMe: [['Nå mig på ', '.'], ['Mitt mobilnummer: ', '']],
    dobCue: [['Födelsedatum: ', ''], ['född ', '']],
    addrCue: ['Min nya adress:', 'Leveransadress:'],
    ibanCue: ['IBAN: ', 'Kontonummer (IBAN): '],
    ooo: ['Jag är ledig till och med', 'Tack för ditt mejl. Jag är tillbaka'],
    disc: 'Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för mottagaren.',
  },
  ja: {
    H: ['差出人', '送信日時', '宛先', 'CC', '件名'],
    colon: ': ',
    hi: ['お世話になっております。', 'いつもお世話になっております。'],
    bye: ['よろしくお願いいたします。', '以上、よろしくお願い申し上げます。'],
    fill: ['下記の件、ご確認いただけますでしょうか。', '資料を添付いたします。', '取り急ぎご連絡まで。', '返信が遅くなり申し訳ございません。'],
    wrote: (dt) => [`${dt} `, ' <', '>:'],
    fwd: '---------- Forwarded message ---------',
    re: 'Re',
    hon: [''],
    tel: 'TEL',
    mob: '携帯',
    callMe: [['お急ぎの場合は ', ' までご連絡ください。'], ['携帯：', '']],
    dobCue: [['生年月日：', ''], ['生年月日 ', '']],
    addrCue: ['新しい住所は以下の通りです。', '送付先：'],
    ibanCue: ['IBAN: ', '海外送金先 IBAN: '],
    ooo: ['誠に勝手ながら、下記期間は不在にしております。戻りは', '休暇のため不在です。復帰予定日：'],
    disc: '本メールは機密情報を含む場合があります。誤って受信された場合は、送信者にご連絡のうえ削除してください。',
  },
  ko: {
    H: ['보낸 사람', '보낸 날짜', '받는 사람', '참조', '제목'],
    colon: ': ',
    hi: ['안녕하세요.', '안녕하십니까.'],
    bye: ['감사합니다.', '수고하세요.'],
    fill: ['아래 메일 전달드립니다.', '첨부 파일 확인 부탁드립니다.', '회신 부탁드립니다.'],
    wrote: (dt) => [`${dt}, `, ' <', '>님이 작성:'],
    fwd: '---------- Forwarded message ---------',
    re: 'RE',
    hon: [''],
    tel: 'Tel',
    mob: 'M',
    callMe: [['연락처: ', ''], ['급한 일은 ', '로 전화 주세요.']],
    dobCue: [['생년월일: ', '']],
    addrCue: ['주소:', '배송지:'],
    ibanCue: ['IBAN: '],
    ooo: ['휴가로 인해 부재중입니다. 복귀일:', '출장 중입니다. 복귀 예정일:'],
    disc: '본 메일은 기밀 정보를 포함하고 있으며 수신인 외의 사용을 금합니다.',
  },
};

// ---------------------------------------------------------------------------------------------------
// Context and shared pieces.

interface Ctx {
  readonly r: Rng;
  readonly d: Doc;
  readonly loc: Loc;
  readonly L: Lang;
  readonly me: Person;
  readonly co: Company;
}
const other = (c: Ctx): Person => person(c.r, c.loc.cultures);
const phone = (c: Ctx): string => c.loc.phone(c.r);
const multiOk = (c: Ctx): boolean => c.d.q === '';
const addr = (c: Ctx, multi = c.r.chance(0.5)): Ctx => {
  c.d.l('ADDRESS', c.loc.addr(c.r, multi && multiOk(c)));
  return c;
};
const hon = (c: Ctx): string => c.r.pick(c.L.hon);
/** An honorific + surname (or a full name for script names), honorific outside the span. */
function honName(c: Ctx, p: Person): void {
  const h = hon(c);
  if (c.loc.lang === 'ja') {
    c.d.p(c.r.chance(0.5) ? p.family : p.full).t(c.r.pick([' 様', '様', 'さん']));
    return;
  }
  if (c.loc.lang === 'ko') {
    c.d.p(p.full).t(c.r.pick([' 님', '님', ' 씨']));
    return;
  }
  if (h) c.d.t(h + ' ');
  c.d.p(p.latin ? p.family : p.full);
}
const fill = (c: Ctx): string => c.r.pick(c.L.fill);
const dateLine = (c: Ctx): string => (c.r.chance(0.5) ? rfcDate(c.r) : otherDate(c.r, c.loc) + ` ${pad(c.r.int(7, 20))}:${pad(c.r.int(0, 59))}`);

/** Distractor snippets that contain no personal data. */
function trap(c: Ctx): string {
  const r = c.r;
  switch (r.int(0, 27)) {
    case 0: return `Order #${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)}`;
    case 1: return `Tracking: 1Z${letters(r, 3)}${r.digits(3)}${r.digits(10)}`;
    case 2: return `Case ref CS-${r.digits(8)}`;
    case 3: return `commit ${hex(r, 8)}${r.digits(4)}${hex(r, 8)}`;
    case 4: return `build v${r.int(1, 12)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(100, 999)}`;
    case 5: return `card ending in ${r.digits(4)} (**** **** **** ${r.digits(4)})`;
    case 6: return `reference ${badCard(r)} (not a card, our internal voucher code)`;
    case 7: return `old account ${badIban(r, c.loc.lang)} (closed, do not use)`;
    case 8: return `EIN ${r.int(10, 99)}-${r.digits(7)}`;
    case 9: return `ABA routing ${r.pick(['021000021', '026009593', '121000358', '011401533', '322271627'])}`;
    case 10: return `invoice dated ${otherDate(r, c.loc)}`;
    case 11: return `the Parkinson's fundraiser in the Ada Lovelace room`;
    case 12: return `our Ford Transit and the Dell laptops`;
    case 13: return `timestamp ${r.int(2023, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
    case 14: return `sha256 ${hex(r, 16)}${hex(r, 16)}`;
    case 15: return `masked phone ***-***-${r.digits(4)}`;
    case 16: return `SSN on file: ***-**-${r.digits(4)}`;
    case 17: return `the Nobel Prize lecture and the Turing Award dinner`;
    case 18: return `delays caused by Storm ${r.pick(['Ciarán', 'Babet', 'Isha', 'Henk'])}`;
    case 19: return `our dog ${r.pick(['Biscuit', 'Charlie', 'Luna', 'Max'])} was born on ${otherDate(r, c.loc)}`;
    case 20: return `ticket JIRA-${r.int(1000, 9999)} in Team ${r.pick(['Phoenix', 'Aurora', 'Falcon', 'Orion'])}`;
    case 21: return `Crohn's and Alzheimer's research grants`;
    case 22: return `a meeting at Lincoln Center and dinner at McDonald's`;
    case 23: return `Murphy's law, as usual`;
    case 24: return `the Queen Mary 2 cruise deposit`;
    case 25: return `firmware 10.4.2.17 (not ${r.int(11, 12)}.0.1.3)`;
    case 26: return `the Marie Curie hospice collection on Baker Street`;
    default: return `policy number POL-${r.digits(9)}`;
  }
}

/** A sentence carrying one structured value. */
function extra(c: Ctx): void {
  const { r, d, L } = c;
  const k = r.int(0, 9);
  if (k === 0) {
    const [a, b] = r.pick(L.callMe);
    d.t(a).ph(phone(c)).t(b);
  } else if (k <= 2) {
    d.t(r.pick(['Card: ', 'Card number ', 'Kreditkarte: ', 'Carte : ', 'Tarjeta: ', 'CC# ', 'use my card '])).l('CARD', card(r)).t(`, exp ${pad(r.int(1, 12))}/${r.int(26, 31)}`);
  } else if (k <= 4) {
    d.t(r.pick(L.ibanCue)).l('IBAN', iban(r, c.loc.lang));
  } else if (k <= 6) {
    d.t(r.pick(['SSN: ', 'SSN ', 'Social Security No. ', 'ssn - ', 'my social is '])).l('NATIONAL_ID', ssn(r));
  } else if (k === 7) {
    const [a, b] = r.pick(L.dobCue);
    d.t(a).l('DOB', dob(r, c.loc)).t(b);
  } else if (k === 8) {
    d.t(r.pick(['Login came from ', 'Source IP ', 'client ip=', 'IP: '])).l('IP', ip(r));
  } else {
    d.t(r.pick(L.addrCue) + ' ');
    addr(c, false);
  }
}

function signature(c: Ctx, p: Person, opts: { self?: boolean; co?: Company; email?: string; disclaimer?: boolean } = {}): void {
  const { r, d, L } = c;
  d.t(r.pick(['\n-- \n', '\n\n', '\n__________\n', '\n']));
  if (opts.self) d.self(p);
  else d.p(r.chance(0.8) ? p.full : nameForm(r, p));
  if (r.chance(0.6)) d.t(' | ' + r.pick(sp('Head of Operations,Senior Accountant,Office Manager,Key Account Manager,Paralegal,Team Lead Payroll,Recruiter,Project Coordinator,Customer Success')));
  const co = opts.co;
  if (co) d.t('\n' + co.name);
  if (r.chance(0.8)) {
    d.t(`\n${L.tel}${r.pick([': ', ' ', ' | '])}`).ph(phone(c));
    if (r.chance(0.25)) d.t(r.pick([' ext. ', ' x', ' Durchwahl -', ' poste ']) + r.int(10, 499));
  }
  if (r.chance(0.4)) d.t(`\n${L.mob}: `).ph(phone(c));
  if (opts.email) d.t('\n').e(opts.email);
  if (r.chance(0.35)) {
    d.t('\n');
    addr(c, r.chance(0.5));
  }
  if (r.chance(0.2)) d.t('\nLinkedIn: linkedin.com/in/' + asc(p.ag) + '-' + hex(r, 6) + ' · Twitter @' + asc(p.af) + r.int(1, 99));
  if (opts.disclaimer ?? r.chance(0.4)) disclaimer(c);
}
function disclaimer(c: Ctx): void {
  const { r, d, L } = c;
  d.t('\n\n' + L.disc);
  if (c.loc.id === 'de' && r.chance(0.6)) {
    d.t(`\nSitz der Gesellschaft: Köln · Amtsgericht Köln HRB ${r.digits(5)} · Geschäftsführer: `);
    const a = other(c);
    const b = other(c);
    d.p(a.full).t(', ').p(b.full);
  } else if (c.loc.id === 'enGB' && r.chance(0.5)) d.t(`\nRegistered in England and Wales No. ${r.digits(8)}. VAT GB ${d3(r)} ${d4(r)} ${d2(r)}.`);
  else if (r.chance(0.3)) d.t(`\nPlease consider the environment before printing this email. ${r.pick(['♻', '🌱', ''])}`);
}

interface Who {
  readonly p: Person;
  readonly mail: string;
  readonly self?: boolean;
}
const who = (c: Ctx, p: Person, co?: Company): Who => ({ p, mail: emailOf(c.r, p, c.loc.lang, co) });
function nameAddr(c: Ctx, w: Who): void {
  const { r, d } = c;
  const k = r.int(0, 5);
  if (w.self) d.self(w.p);
  else if (k === 0) {
    d.t('"').p(w.p.latin ? `${w.p.family}, ${w.p.given}` : w.p.full).t('"');
  } else if (k === 1 && w.p.latin) d.p(w.p.full.toUpperCase());
  else d.p(w.p.full);
  d.t(' <').e(w.mail).t('>');
}
/** An Outlook-style header block. */
function outlookHdr(c: Ctx, from: Who, to: readonly Who[], subj: string, cc: readonly Who[] = []): void {
  const { d, L } = c;
  const [F, S, T, CC, SU] = L.H;
  d.t(`${F}${L.colon}`);
  nameAddr(c, from);
  d.t(`\n${S}${L.colon}${dateLine(c)}\n${T}${L.colon}`);
  to.forEach((w, i) => {
    if (i) d.t('; ');
    nameAddr(c, w);
  });
  if (cc.length) {
    d.t(`\n${CC}${L.colon}`);
    cc.forEach((w, i) => {
      if (i) d.t('; ');
      nameAddr(c, w);
    });
  }
  d.t(`\n${SU}${L.colon}${subj}\n`);
}
function attribution(c: Ctx, w: Who): void {
  const [a, b, e] = c.L.wrote(dateLine(c));
  c.d.t(a);
  if (w.self) c.d.self(w.p);
  else c.d.p(w.p.full);
  c.d.t(b).e(w.mail).t(e);
}
function greet(c: Ctx, p: Person): void {
  const { r, d, L } = c;
  const h = r.pick(L.hi);
  d.t(h);
  if (h.endsWith(',') || h.endsWith('。') || h.endsWith('.')) {
    d.t('\n\n');
    return;
  }
  d.t(' ');
  if (r.chance(0.5)) honName(c, p);
  else d.p(p.latin ? p.given : p.full);
  d.t(',\n\n');
}
const subj = (c: Ctx): string =>
  c.r.pick(sp('Q3 figures,Contract renewal,Your booking,Lease agreement,Onboarding documents,Invoice query,Project Kickoff,Follow-up,Updated details,Angebot 2025,Devis signé,Presupuesto,Preventivo,Orçamento,Offerte,Oferta,お見積りの件,견적 요청'));

// ---------------------------------------------------------------------------------------------------
// Templates with personal data.

type Tpl = (c: Ctx) => void;
const meWho = (c: Ctx, co?: Company): Who => ({ ...who(c, c.me, co), self: true });

const POS: readonly Tpl[] = [
  // 1 Gmail-style reply with quoted original
  (c) => {
    const { r, d, L } = c;
    const a = who(c, other(c));
    const me = meWho(c);
    greet(c, a.p);
    d.t(fill(c) + ' ');
    extra(c);
    d.t(`\n\n${r.pick(L.bye)},\n`).p(c.me.given).t('\n\n');
    attribution(c, a);
    d.t('\n');
    d.quote('> ', () => {
      d.t(`${r.pick(L.hi)},\n${fill(c)} `);
      const [x, y] = r.pick(L.callMe);
      d.t(x).ph(phone(c)).t(y + '\n');
      d.t(`${r.pick(L.bye)}\n`).p(a.p.latin ? a.p.given : a.p.full);
    });
    if (r.chance(0.5)) signature(c, me.p, { self: true, email: me.mail });
  },
  // 2 Forwarded chain, three levels deep
  (c) => {
    const { r, d, L } = c;
    const a = who(c, other(c), c.co);
    const b = who(c, other(c));
    const me = meWho(c);
    d.t(`${fill(c)}\n\n${L.fwd}\n${L.H[0]}${L.colon}`);
    nameAddr(c, a);
    d.t(`\nDate${L.colon}${rfcDate(r)}\n${L.H[4]}${L.colon}Fwd: ${subj(c)}\n${L.H[2]}${L.colon}`);
    nameAddr(c, me);
    d.t(`\n\n${fill(c)}\n`);
    extra(c);
    d.t(`\n\n${L.fwd}\n${L.H[0]}${L.colon}`);
    nameAddr(c, b);
    d.t(`\nDate${L.colon}${rfcDate(r)}\n${L.H[2]}${L.colon}`);
    nameAddr(c, a);
    d.t(`\n\n${r.pick(L.hi)}, ${fill(c)} ${trap(c)}.\n`);
    extra(c);
    signature(c, b.p, { email: b.mail });
    d.t(`\n\n${L.fwd}\n${L.H[0]}${L.colon}`).e(roleMail(r, c.co)).t(`\n${L.H[4]}${L.colon}${subj(c)}\n\n${fill(c)}`);
  },
  // 3 Outlook-style reply in any language, with quoted header block
  (c) => {
    const { r, d, L } = c;
    const a = who(c, other(c), c.co);
    const me = meWho(c);
    greet(c, a.p);
    d.t(fill(c) + '\n');
    extra(c);
    d.t(`\n\n${r.pick(L.bye)}\n`);
    signature(c, me.p, { self: true, email: r.chance(0.5) ? me.mail : undefined });
    d.t('\n\n________________________________\n');
    outlookHdr(c, a, [me], `${L.re}: ${subj(c)}`, r.chance(0.4) ? [who(c, other(c), c.co)] : []);
    d.t(`\n${fill(c)}\n`);
    if (r.chance(0.6)) extra(c);
    signature(c, a.p, { co: c.co, email: a.mail });
  },
  // 4 Out-of-office auto reply
  (c) => {
    const { r, d, L } = c;
    const deputy = who(c, other(c), c.co);
    d.t(`${L.H[4]}${L.colon}${r.pick(['Automatic reply', 'Automatische Antwort', 'Réponse automatique', 'Respuesta automática', 'Risposta automatica', 'Resposta automática', 'Automatisch antwoord', 'Autosvar', '自動応答', '자동 회신'])}: ${subj(c)}\n\n`);
    d.t(`${r.pick(L.ooo)} ${otherDate(r, c.loc)}. `);
    const urgent: Readonly<Record<string, string>> = { de: 'In dringenden Fällen wenden Sie sich bitte an ', fr: 'En cas d’urgence, contactez ', es: 'Para urgencias, contacte con ', it: 'Per urgenze contattare ', pt: 'Em caso de urgência, fale com ', nl: 'Voor dringende zaken: ', sv: 'Vid brådskande ärenden: ', pl: 'W pilnych sprawach proszę o kontakt z ', ja: '至急の場合は ', ko: '급한 용무는 ' };
    d.t(urgent[c.loc.lang] ?? r.pick(['In urgent cases please contact ', 'For anything urgent, reach out to ', 'Please direct queries to my colleague ']));
    d.p(deputy.p.full).t(' (').e(deputy.mail).t(r.chance(0.6) ? ', ' : ')');
    if (d.s.endsWith(', ')) d.ph(phone(c)).t(')');
    d.t('.\n');
    if (r.chance(0.4)) d.t('For invoices: ').e(roleMail(r, c.co)).t('\n');
    d.t(`\n${r.pick(L.bye)}\n`);
    signature(c, c.me, { self: true, co: c.co });
  },
  // 5 Calendar invitation, human readable
  (c) => {
    const { r, d } = c;
    const org = who(c, other(c), c.co);
    const guests = [who(c, other(c), c.co), who(c, other(c)), meWho(c, c.co)];
    d.t(`Invitation: ${r.pick(['Quarterly review', 'Site visit', 'Contract signing', 'Kick-off Project Aurora', 'Interview loop'])} @ ${otherDate(r, c.loc)} ${((h) => `${pad(h)}:00 – ${pad(h + 1)}:30`)(r.int(8, 17))} (${r.pick(['CET', 'GMT', 'EST', 'JST', 'IST'])})\n\n`);
    d.t('Organizer\n').p(org.p.full).t('\n').e(org.mail).t('\n\nWhere\n');
    if (r.chance(0.6)) addr(c, false);
    else d.t(`Meeting room "${r.pick(['Curie', 'Hopper', 'Turing', 'Fibonacci'])}", 4th floor`);
    d.t('\n\nGuests\n');
    for (const g of guests) {
      if (g.self) d.self(g.p);
      else d.p(g.p.full);
      d.t(' - ').e(g.mail).t(r.chance(0.3) ? ' - optional\n' : '\n');
    }
    d.t(`\nJoin by phone\n`).ph(phone(c)).t(` PIN: ${r.digits(9)}#\n`);
    d.t('\nInvitation from Google Calendar. You are receiving this email because you are an attendee on the event.');
  },
  // 6 iCalendar text
  (c) => {
    const { r, d } = c;
    const org = who(c, other(c), c.co);
    const att = [meWho(c), who(c, other(c))];
    const x = ymd(r, 2024, 2026);
    d.t(`BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:${x.y}${pad(x.m)}${pad(x.d)}T${pad(r.int(7, 16))}0000Z\nUID:${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}\nORGANIZER;CN=`);
    d.p(org.p.full).t(':mailto:').e(org.mail).t('\n');
    for (const a of att) {
      d.t('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=');
      if (a.self) d.self(a.p);
      else d.p(a.p.full);
      d.t(':mailto:').e(a.mail).t('\n');
    }
    d.t('LOCATION:');
    if (r.chance(0.6)) d.l('ADDRESS', c.loc.addr(r, false).replace(/,/g, '\\,').trim());
    else d.t('Teams');
    d.t(`\nSUMMARY:${subj(c)}\nDESCRIPTION:Dial-in `).ph(phone(c)).t(`\\nConference ID ${r.digits(6)}\nEND:VEVENT\nEND:VCALENDAR`);
  },
  // 7 Raw MIME headers with Received chain
  (c) => {
    const { r, d } = c;
    const from = who(c, other(c));
    const to = meWho(c, c.co);
    d.t('Return-Path: <').e(from.mail).t('>\nReceived: from mail-').t(`${letters(r, 2).toLowerCase()}1-f${r.int(10, 99)}.google.com (mail-${letters(r, 2).toLowerCase()}.google.com [`).l('IP', ipv4(r)).t(`])\n        by mx${r.int(1, 4)}.${c.co.dom} with ESMTPS id ${hex(r, 10)}\n        for <`).e(to.mail).t(`>; ${rfcDate(r)}\nReceived: by `).l('IP', ipv6(r)).t(` with SMTP id ${hex(r, 12)};\n        ${rfcDate(r)}\n`);
    d.t(`DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; bh=${hex(r, 20)}=\n`);
    d.t('From: ');
    nameAddr(c, from);
    d.t('\nTo: ');
    nameAddr(c, to);
    d.t(`\nSubject: ${subj(c)}\nDate: ${rfcDate(r)}\nMessage-ID: <CA${hex(r, 12)}${letters(r, 6)}@mail.gmail.com>\nMIME-Version: 1.0\nX-Originating-IP: [`).l('IP', ipv4(r)).t(']\nContent-Type: text/plain; charset="UTF-8"\n\n');
    d.t(fill(c) + '\n');
    extra(c);
    d.t('\n');
  },
  // 8 mbox dump with several messages
  (c) => {
    const { r, d } = c;
    const n = r.int(2, 3);
    for (let i = 0; i < n; i++) {
      const f = who(c, other(c));
      d.t('From ').e(f.mail).t(` ${r.pick(WD_EN)} ${r.pick(MON_EN)} ${r.int(1, 28)} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} ${r.int(2019, 2025)}\nFrom: `);
      nameAddr(c, f);
      d.t('\nTo: ');
      nameAddr(c, i === 0 ? meWho(c) : who(c, c.me));
      d.t(`\nSubject: ${subj(c)}\nX-Mozilla-Status: 000${r.int(0, 9)}\n\n${fill(c)}\n`);
      if (r.chance(0.7)) extra(c);
      d.t('\n\n');
    }
  },
  // 9 Multipart .eml with plain and html parts
  (c) => {
    const { r, d } = c;
    const f = who(c, other(c), c.co);
    const bnd = `----=_Part_${r.digits(6)}_${r.digits(9)}.${r.digits(13)}`;
    const ph = phone(c);
    d.t('From: ');
    nameAddr(c, f);
    d.t('\nTo: ');
    nameAddr(c, meWho(c));
    d.t(`\nSubject: ${subj(c)}\nContent-Type: multipart/alternative; boundary="${bnd}"\n\n--${bnd}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${fill(c)} `);
    d.ph(ph).t(`\n\n--${bnd}\nContent-Type: text/html; charset=utf-8\n\n<p>${fill(c)} <a href="tel:`).ph(ph.replace(/[^\d+]/g, '')).t('">').ph(ph).t('</a></p>\n<p><a href="mailto:').e(f.mail).t('">').p(f.p.full).t(`</a></p>\n--${bnd}--\n`);
  },
  // 10 Bounce / DSN
  (c) => {
    const { r, d } = c;
    const rcpt = who(c, other(c), r.chance(0.5) ? c.co : undefined);
    const me = meWho(c);
    d.t('From: Mail Delivery Subsystem <').e(`mailer-daemon@${r.pick(['googlemail.com', 'outlook.com', c.co.dom])}`).t('>\nTo: ').e(me.mail);
    d.t(`\nSubject: Delivery Status Notification (Failure)\n\nAddress not found\nYour message wasn't delivered to `).e(rcpt.mail).t(' because the address couldn\'t be found, or is unable to receive mail.\n\n');
    d.t('Reporting-MTA: dns; mx.google.com\nFinal-Recipient: rfc822; ').e(rcpt.mail).t(`\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx${r.int(1, 3)}.${c.co.dom}. (`).l('IP', ipv4(r)).t(`, the server for the domain ${c.co.dom}.)\nDiagnostic-Code: smtp; 550-5.1.1 <`).e(rcpt.mail).t(`>: Recipient address rejected\n\n----- Original message -----\nFrom: `);
    nameAddr(c, me);
    d.t('\nTo: ');
    nameAddr(c, rcpt);
    d.t(`\nSubject: ${subj(c)}\n\n`);
    greet(c, rcpt.p);
    d.t(fill(c) + ' ');
    extra(c);
  },
  // 11 German bounce
  (c) => {
    const { r, d } = c;
    const rcpt = who(c, person(r, ['de']));
    d.t('Von: ').e(`MAILER-DAEMON@mail.${r.pick(['gmx.net', 'web.de', 't-online.de'])}`).t('\nBetreff: Unzustellbar: ').t(subj(c)).t('\n\nDie Nachricht konnte nicht zugestellt werden an:\n    ').e(rcpt.mail).t(`\nGrund: Postfach voll (Quota überschritten). Host `).l('IP', ip(r)).t(` sagte: 452 4.2.2\n\nUrsprünglicher Empfänger: `).p(rcpt.p.full).t('\n');
  },
  // 12 Mailing-list digest
  (c) => {
    const { r, d } = c;
    const list = r.pick(['homebrew-wine', 'nordic-sailing', 'ham-radio-eu', 'postgres-users', 'vintage-bikes']);
    d.t(`${list} Digest, Vol ${r.int(10, 300)}, Issue ${r.int(1, 40)}\n\nSend ${list} mailing list submissions to\n\t`).e(`${list}@lists.${r.pick(['example.org', 'freelists.net', 'groups.io'])}`).t(`\n\nToday's Topics:\n\n`);
    const n = r.int(2, 4);
    const ws = Array.from({ length: n }, () => who(c, other(c)));
    ws.forEach((w, i) => {
      d.t(`   ${i + 1}. Re: ${r.pick(['Meetup next month', 'Server migration', 'Spare parts', 'Club fees'])} (`).p(w.p.full).t(')\n');
    });
    ws.forEach((w, i) => {
      d.t(`\n----------------------------------------------------------------------\n\nMessage: ${i + 1}\nDate: ${rfcDate(r)}\nFrom: `).e(w.mail).t(' (').p(w.p.full).t(`)\n\n${fill(c)} `);
      if (r.chance(0.5)) {
        d.t('The old box at ').l('IP', ip(r)).t(`:${r.pick([22, 5432, 8080])} is ${trap(c)}.`);
      } else extra(c);
      d.t('\n');
    });
    d.t(`\n------------------------------\nEnd of ${list} Digest\n`);
  },
  // 13 HR onboarding thread (US)
  (c) => {
    const { r, d } = c;
    const hr = who(c, person(r, ['en', 'mx', 'hi']), c.co);
    const lo = locById('enUS');
    d.t('Hi ').p(hr.p.given).t(',\n\nHere are the details for my I-9 and payroll setup:\n\nFull legal name: ').self(c.me);
    d.t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDate of birth: ').l('DOB', fmtDate(r, lo, ymd(r, 1960, 2004))).t('\nHome address: ').l('ADDRESS', lo.addr(r, false));
    d.t('\nCell: ').ph(lo.phone(r)).t('\nDirect deposit routing ').t(r.pick(['021000021', '121000358'])).t(`, account ending ${r.digits(4)}\n\nThanks!\n\n`);
    attribution(c, hr);
    d.t('\n');
    d.quote('> ', () => {
      d.t(`Welcome aboard! Please reply with your SSN, DOB and home address. Start date is ${fmtDate(r, lo, ymd(r, 2025, 2025))}.`);
    });
  },
  // 14 Supplier bank-details change
  (c) => {
    const { r, d, L } = c;
    const s = who(c, other(c), c.co);
    outlookHdr(c, s, [meWho(c)], `${r.pick(['Change of bank details', 'Neue Bankverbindung', 'Changement de RIB', 'Cambio de cuenta'])}`);
    d.t(`\n${r.pick(L.hi)},\n\n${fill(c)}\n${r.pick(L.ibanCue)}`).l('IBAN', iban(r, c.loc.lang)).t(`\nBIC: ${letters(r, 4)}${r.pick(['DE', 'FR', 'ES', 'GB', 'NL'])}${letters(r, 2)}XXX\n`);
    d.t(`(${r.pick(['previous', 'alte', 'ancien', 'antigua'])}: ${badIban(r, c.loc.lang)})\n`);
    signature(c, s.p, { co: c.co, email: s.mail, disclaimer: true });
  },
  // 15 Card dispute forwarded to bank
  (c) => {
    const { r, d } = c;
    const bank = COMPANIES.find((x) => x.dom === 'maplewoodcu.org') ?? c.co;
    d.t('To: ').e(`disputes@${bank.dom}`).t('\nSubject: Dispute – unauthorised charge\n\nHello,\n\nI do not recognise a charge of $' + r.int(20, 900) + '.' + d2(r) + ' on my card ').l('CARD', card(r)).t(`. ${trap(c)}.\nMy name on the account is `).self(c.me).t(' and my phone is ').ph(locById('enUS').phone(r)).t('.\n\nThanks,\n').p(c.me.given);
  },
  // 16 Travel booking forwarded
  (c) => {
    const { r, d, L } = c;
    const p2 = other(c);
    d.t(`${L.fwd}\nFrom: Booking <`).e(`reservations@${r.pick(['skylane-air.com', 'nordvik-rail.se', 'azulmar-hotels.es'])}`).t(`>\nSubject: Booking confirmation ${letters(r, 6)}\n\nPassengers:\n 1. `);
    d.p(c.me.latin ? `${c.me.family.toUpperCase()}/${c.me.given.toUpperCase()}` : c.me.full).t(` ${r.pick(['MR', 'MS', 'MRS'])} – DOB `).l('DOB', dob(r, c.loc)).t('\n 2. ');
    d.p(p2.latin ? `${p2.family.toUpperCase()}/${p2.given.toUpperCase()}` : p2.full).t(` – DOB `).l('DOB', dob(r, c.loc)).t(`\nFlight ${letters(r, 2)}${r.int(100, 9999)} departs ${otherDate(r, c.loc)}\nContact phone: `).ph(phone(c)).t(`\nPaid with ${r.pick(['Visa', 'Mastercard', 'Amex'])} ****${r.digits(4)}\n`);
  },
  // 17 Voicemail-to-mail transcript with spoken number and address
  (c) => {
    const { r, d } = c;
    const p = person(r, ['en', 'ie', 'sc']);
    const W = sp('zero,one,two,three,four,five,six,seven,eight,nine');
    const num = `${r.int(2, 9)}${d2(r)}${r.int(2, 9)}${d2(r)}${d4(r)}`;
    const spoken = [num.slice(0, 3), num.slice(3, 6), num.slice(6)].map((g) => [...g].map((x) => W[Number(x)] ?? 'oh').join(' ')).join(', ');
    const dom = r.pick(['gmail dot com', 'outlook dot com', 'yahoo dot com']);
    d.t(`New voicemail from ${r.chance(0.5) ? 'Unknown caller' : 'Wireless caller'} (`).ph(`${num.slice(0, 3)}-${num.slice(3, 6)}-${num.slice(6)}`).t(`)\nDuration: 0:${r.int(15, 59)}\n\nTranscription:\n"Hi, it's `).p(p.given).t(' ');
    d.t('calling back about the estimate. Call me at ').ph(spoken).t(', or email ').e(`${asc(p.ag)} dot ${asc(p.af)} at ${dom}`).t('. Thanks, bye."\n\nTranscription accuracy may vary. Powered by Voxly.');
  },
  // 18 Signature-heavy short reply
  (c) => {
    const { r, d, L } = c;
    const s = who(c, other(c), c.co);
    d.t(`${r.pick(['Noted, thanks!', 'OK 👍', 'Perfetto, grazie.', 'Passt, danke.', 'Entendido.', 'Bien reçu.'])}\n`);
    signature(c, s.p, { co: c.co, email: s.mail, disclaimer: true });
    d.t('\n\n');
    attribution(c, meWho(c));
    d.t('\n');
    d.quote('> ', () => {
      d.t(`${fill(c)}\n${r.pick(L.bye)}\n`).p(c.me.latin ? c.me.given : c.me.full);
    });
  },
  // 19 GDPR / data-subject request
  (c) => {
    const { r, d } = c;
    d.t('To: ').e(`privacy@${c.co.dom}`).t(`\nSubject: ${r.pick(['Data subject access request', 'Auskunftsersuchen nach Art. 15 DSGVO', 'Demande d’accès (RGPD)'])}\n\nUnder Article 15 GDPR I request a copy of all personal data you hold about me.\n\nName: `).self(c.me);
    d.t('\nAddress: ');
    addr(c, false);
    d.t('\nDate of birth: ').l('DOB', dob(r, c.loc)).t('\nEmail used with your service: ').e(emailOf(r, c.me, c.loc.lang)).t(`\nCustomer no.: ${r.digits(8)}\n\nPlease respond within one month.\n`);
  },
  // 20 Recruiter forwarding a candidate
  (c) => {
    const { r, d, L } = c;
    const cand = other(c);
    const rec = who(c, other(c), c.co);
    d.t(`${r.pick(L.hi)} `).p(c.me.latin ? c.me.given : c.me.full).t(`,\n\nforwarding a strong profile for the ${r.pick(['backend', 'finance', 'logistics', 'UX'])} role.\n\nCandidate: `).p(cand.full).t('\nMail: ').e(emailOf(r, cand, c.loc.lang)).t('\nPhone: ').ph(phone(c));
    if (r.chance(0.5)) d.t('\nDOB: ').l('DOB', dob(r, c.loc));
    d.t('\nLocation: ').t(r.pick(['Berlin', 'Lyon', 'Leeds', 'Pune', 'Utrecht', 'remote'])).t(`\nExpected salary: ${r.int(45, 120)}k\n\n`).p(cand.given).t(`'s CV attached.\n`);
    signature(c, rec.p, { co: c.co, email: rec.mail });
  },
  // 21 Parent writes to school about a child
  (c) => {
    const { r, d } = c;
    const kid = { ...other(c) };
    const teacher = other(c);
    d.t('Dear ').t(r.pick(['Mrs. ', 'Mr. ', 'Ms. '])).p(teacher.family).t(`,\n\nmy ${r.pick(['daughter', 'son', 'child'])} `).p(kid.given).t(` (class ${r.int(1, 6)}${r.pick(['A', 'B', 'C'])}, born `).l('DOB', fmtDate(r, c.loc, ymd(r, 2012, 2019))).t(`) will miss school on ${otherDate(r, c.loc)} for a hospital appointment.\nYou can reach me on `).ph(phone(c)).t('.\n\nBest wishes,\n').self(c.me);
  },
  // 22 Event RSVP list export
  (c) => {
    const { r, d } = c;
    d.t('name,email,phone,rsvp\n');
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const p = other(c);
      d.p(p.full).t(',').e(emailOf(r, p, c.loc.lang)).t(',');
      if (r.chance(0.7)) d.ph(phone(c));
      d.t(`,${r.pick(['yes', 'no', 'maybe'])}\n`);
    }
  },
  // 23 Long To/Cc list
  (c) => {
    const { r, d, L } = c;
    const from = who(c, other(c), c.co);
    const to = Array.from({ length: r.int(2, 4) }, () => who(c, other(c), c.co));
    const cc = Array.from({ length: r.int(1, 3) }, () => who(c, other(c), c.co));
    outlookHdr(c, from, to, subj(c), [...cc, meWho(c, c.co)]);
    d.t(`\n${r.pick(L.hi)} ${r.pick(['all', 'zusammen', 'à tous', 'a todos', 'a tutti', 'allemaal'])},\n\n${fill(c)} ${trap(c)}.\n\n${r.pick(L.bye)}\n`).p(nameForm(r, from.p));
  },
  // 24 Security alert: new sign-in
  (c) => {
    const { r, d } = c;
    d.t('From: ').e(`no-reply@accounts.${r.pick(['brightfold.io', 'tessera-analytics.com', c.co.dom])}`).t('\nTo: ').e(emailOf(r, c.me, c.loc.lang)).t('\n\nHi ').p(c.me.latin ? c.me.given : c.me.full).t(`,\n\nWe noticed a new sign-in to your account.\n\nDevice: ${r.pick(['Chrome on Windows', 'Safari on iPhone', 'Firefox on Linux'])}\nIP address: `).l('IP', ip(r)).t(`\nLocation: ${r.pick(['Frankfurt, Germany', 'Ashburn, US', 'Osaka, Japan', 'São Paulo, Brazil'])} (approximate)\nTime: ${rfcDate(r)}\n\nIf this wasn't you, reset your password. Client version 4.12.0.8.`);
  },
  // 25 Invoice reply with payment details
  (c) => {
    const { r, d, L } = c;
    const acc = who(c, other(c), c.co);
    attribution(c, acc);
    d.t('\n');
    d.quote('> ', () => {
      d.t(`Invoice INV-${r.digits(6)} dated ${otherDate(r, c.loc)} is overdue. ${r.pick(L.ibanCue)}`).l('IBAN', iban(r, c.loc.lang)).t(`\nReference: ${r.digits(10)}`);
    });
    d.t('\n\n');
    d.t(`${fill(c)} Paid today by card `).l('CARD', card(r)).t('.\n');
    signature(c, c.me, { self: true });
  },
  // 26 Rental application (US)
  (c) => {
    const { r, d } = c;
    const lo = locById('enUS');
    const ll = person(r, ['en', 'he', 'ie']);
    d.t('Hi ').p(ll.given).t(`,\n\nThanks for showing us the unit on Saturday. Application below.\n\nApplicant: `).self(c.me).t('\nDOB: ').l('DOB', fmtDate(r, lo, ymd(r, 1970, 2003))).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nCurrent address:\n').l('ADDRESS', lo.addr(r, true)).t('\nPrevious address: ').l('ADDRESS', lo.addr(r, false)).t('\nEmployer: ').t(c.co.name).t(' (HR: ').ph(lo.phone(r)).t(`)\nMonthly income: $${r.int(3, 12)},${r.digits(3)}\n`);
  },
  // 27 Medical appointment confirmation
  (c) => {
    const { r, d } = c;
    const doc = other(c);
    d.t(`Appointment confirmed: ${otherDate(r, c.loc)} at ${pad(r.int(8, 17))}:${r.pick(['00', '15', '30', '45'])} with Dr. `).p(doc.family).t(` at the ${r.pick(['Hodgkin Wing', 'Marie Curie Centre', 'St. Jude Clinic', 'Mayo Building'])}.\n\nPatient: `).self(c.me).t('\nDate of birth: ').l('DOB', dob(r, c.loc)).t(`\nNHS/insurance no.: ${r.pick([`${d3(r)} ${d3(r)} ${d4(r)}`, `${letters(r, 1)}${r.digits(9)}`])}\n\nTo reschedule call `).ph(phone(c)).t('. Please do not reply to this address.');
  },
  // 28 IT ticket e-mail with IPs and versions
  (c) => {
    const { r, d } = c;
    const tech = who(c, other(c), c.co);
    d.t(`[Ticket #${r.digits(6)}] VPN drops every few minutes\n\nReporter: `).self(c.me).t(`\nAssignee: `).p(nameForm(r, tech.p)).t(`\n\nClient ${r.int(4, 6)}.${r.int(0, 9)}.${r.int(0, 20)} on macOS 14.${r.int(1, 6)}. Tunnel endpoint `).l('IP', ipv4(r)).t(`:${r.pick([443, 1194, 51820])}, local address `).l('IP', ipv4(r)).t(', gateway ').l('IP', ip(r)).t(`.\nLogs: ${trap(c)}\n\n-- Reply above this line --\n`).p(tech.p.full).t(' (').e(tech.mail).t(') wrote: Can you try the beta build 6.2.0.114?');
  },
  // 29 Japanese business email
  (c) => {
    const { r, d } = c;
    const lo = locById('ja');
    const cx = { ...c, loc: lo, L: LANGS.ja as Lang };
    const to = person(r, ['jaS']);
    const me = person(r, ['jaS']);
    d.t('株式会社グリーンフィールド\n営業部 ').p(to.full).t(r.pick([' 様', '様']) + '\n\nいつもお世話になっております。\n池上商事の').p(me.family).t(`でございます。\n\n${r.pick(cx.L.fill)}\n\n送付先：`);
    d.l('ADDRESS', lo.addr(r, false)).t('\n電話：').ph(lo.phone(r)).t('\n\n以上、よろしくお願い申し上げます。\n\n――――――――――\n池上商事株式会社\n').p(me.full).t('\nTEL ').ph(lo.phone(r)).t(' / Mail ').e(`${asc(me.af)}@ikegami-shoji.co.jp`).t('\n');
  },
  // 30 Korean email
  (c) => {
    const { r, d } = c;
    const lo = locById('ko');
    const to = person(r, ['koS']);
    const me = person(r, ['koS']);
    d.p(to.full).t(r.pick([' 님', '님']) + ',\n안녕하세요. ').p(me.full).t('입니다.\n아래 메일 전달드립니다.\n\n연락처: ').ph(lo.phone(r)).t('\n주소: ').l('ADDRESS', lo.addr(r, false)).t('\n생년월일: ').l('DOB', fmtDate(r, lo, ymd(r, 1965, 2002))).t('\n\n감사합니다.\n').p(me.full).t(' 드림\n').e(`${asc(me.af)}${r.int(1, 99)}@${r.pick(FREEMAIL.ko ?? ['naver.com'])}`);
  },
  // 31 Polish email
  (c) => {
    const { r, d } = c;
    const lo = locById('pl');
    const p = person(r, ['pl']);
    d.t('Dzień dobry ').t(r.pick(['Pani ', 'Panie '])).p(p.given).t(',\n\nprzesyłam dane do umowy:\n').self(c.me).t('\n');
    d.l('ADDRESS', lo.addr(r, true)).t('\nNumer rachunku: ').l('IBAN', iban(r, 'pl')).t(`\nPESEL: ${r.digits(11)}\nTel. `).ph(lo.phone(r)).t('\n\nPozdrawiam');
  },
  // 32 Swedish thread
  (c) => {
    const { r, d } = c;
    const lo = locById('sv');
    const a = who({ ...c, loc: lo }, person(r, ['sv', 'no', 'fi']));
    d.t('Hej ').p(a.p.given).t(`!\n\nTack för senast. Här är uppgifterna:\n`).l('ADDRESS', lo.addr(r, true)).t('\nMobil ').ph(lo.phone(r)).t(`\nPersonnummer: ${r.int(60, 99)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${r.digits(4)}\n\nMvh\n`).self(c.me).t('\n\n');
    attribution({ ...c, L: LANGS.sv as Lang }, a);
    d.t('\n');
    d.quote('> ', () => {
      d.t('Skicka gärna din adress så postar jag avtalet.');
    });
  },
  // 33 Spanish legal / insurance with DNI (not labelled)
  (c) => {
    const { r, d } = c;
    const lo = locById('es');
    const ab = person(r, ['es']);
    d.t('Estimada Sra. ').p(c.me.family).t(':\n\nLe escribo en relación con el siniestro nº ').t(`${r.digits(4)}/${r.digits(6)}.\nDatos del tomador: `).self(c.me).t(`, DNI ${r.digits(8)}${letters(r, 1)}, con domicilio en `).l('ADDRESS', lo.addr(r, false)).t('.\nCuenta para la indemnización: ').l('IBAN', iban(r, 'es')).t('.\n\nAtentamente,\n').p(`${ab.given.charAt(0)}. ${ab.family}`).t('\nAltamira Seguros · Tel. ').ph(lo.phone(r));
  },
  // 34 UK GP surgery email
  (c) => {
    const { r, d } = c;
    const lo = locById('enGB');
    const gp = person(r, ['en', 'hi', 'sc']);
    d.t('Dear ').p(c.me.given).t(',\n\nYour repeat prescription is ready. Please bring ID.\n\nPatient: ').p(c.me.full.toUpperCase()).t('\nDOB: ').l('DOB', fmtDate(r, lo, ymd(r, 1940, 2005))).t(`\nNHS number: ${d3(r)} ${d3(r)} ${d4(r)}\nAddress on file:\n`).l('ADDRESS', lo.addr(r, true)).t('\n\nDr ').p(gp.family).t(`'s surgery · ${trap(c)}`);
  },
  // 35 Vendor onboarding (W-9, EIN vs SSN)
  (c) => {
    const { r, d } = c;
    const lo = locById('enUS');
    d.t('Attached is my W-9. I am a sole proprietor, so I use my SSN ').l('NATIONAL_ID', ssn(r)).t(` rather than an EIN (our LLC's EIN ${r.int(10, 99)}-${r.digits(7)} is only for the shop).\nRemit to:\n`).l('ADDRESS', lo.addr(r, true)).t('\n\n').self(c.me).t('\n').ph(lo.phone(r));
  },
  // 36 Refund request with card
  (c) => {
    const { r, d, L } = c;
    d.t(`${r.pick(L.hi)},\n\n${fill(c)} Please refund order #${r.digits(9)} to the original card `).l('CARD', card(r)).t(` (not the ${badCard(r)} one in your system).\n\n${r.pick(L.bye)}\n`).self(c.me).t('\n').e(emailOf(r, c.me, c.loc.lang));
  },
  // 37 SEPA transfer confirmation (German)
  (c) => {
    const { r, d } = c;
    const lo = locById('de');
    const p = person(r, ['de', 'tr']);
    d.t(`Überweisung ausgeführt\n\nAuftraggeber: `).self(c.me).t('\nIBAN: ').l('IBAN', iban(r, 'de')).t('\nEmpfänger: ').p(p.full.toUpperCase()).t('\nIBAN: ').l('IBAN', iban(r, 'de')).t(`\nBetrag: ${r.int(10, 3000)},${d2(r)} EUR\nVerwendungszweck: Miete ${MONTHS.de?.[r.int(0, 11)] ?? 'Mai'} RE-${r.digits(6)}\nAusführungsdatum: ${fmtDate(r, lo, ymd(r, 2024, 2025))}`);
  },
  // 38 List moderation notice
  (c) => {
    const { r, d } = c;
    const p = who(c, other(c));
    d.t('As list administrator, your authorization is requested for the following mailing list posting:\n\n    List:    ').e(`volunteers@lists.${r.pick(['riverside-garden.org', 'hackspace.net'])}`).t('\n    From:    ').e(p.mail).t(`\n    Subject: ${subj(c)}\n    Reason:  Post by non-member\n    Posted from: `).l('IP', ip(r)).t('\n\nAt your convenience, visit the admin page to approve or deny the request.\n');
  },
  // 39 Support ticket auto-acknowledgement
  (c) => {
    const { r, d } = c;
    d.t('From: ').e(`support@${c.co.dom}`).t(`\nSubject: [#${r.digits(7)}] We received your request\n\nHello `).p(c.me.latin ? c.me.given : c.me.full).t(`,\n\nThanks for contacting ${c.co.name}. Your request has been logged. Summary of what you sent:\n\n  Name: `).self(c.me).t('\n  Phone: ').ph(phone(c)).t('\n  Address: ');
    addr(c, false);
    d.t(`\n\nExpected response: within 2 business days. ${trap(c)}.`);
  },
  // 40 Password reset with IP
  (c) => {
    const { r, d } = c;
    d.t('Hi ').p(c.me.latin ? c.me.given.toLowerCase() : c.me.full).t(`,\n\nA password reset was requested for your account (`).e(emailOf(r, c.me, c.loc.lang)).t(') from ').l('IP', ip(r)).t(`.\nThe link expires in 30 minutes. Request id ${hex(r, 8)}-${hex(r, 4)}.\n`);
  },
  // 41 Apartment viewing (Italian)
  (c) => {
    const { r, d } = c;
    const lo = locById('it');
    const ag = person(r, ['it']);
    d.t('Gentile ').t(r.pick(['Sig.ra ', 'Sig. ', 'Dott. '])).p(c.me.family).t(`,\n\nconfermo la visita dell'appartamento in `).l('ADDRESS', lo.addr(r, false)).t(` il ${otherDate(r, lo)} alle ${r.int(9, 18)}:00 (citofono "Interno ${r.int(1, 20)}").\nPer qualsiasi cosa mi chiami al `).ph(lo.phone(r)).t('.\n\nCordiali saluti,\n').p(ag.full).t('\nImmobiliare Ferraro');
  },
  // 42 Wedding invitation e-mail
  (c) => {
    const { r, d } = c;
    const a = other(c);
    const b = other(c);
    d.p(a.given).t(' & ').p(b.given).t(` are getting married!\n\nPlease join us on ${otherDate(r, c.loc)} at\n`);
    addr(c, true);
    d.t('\n\nRSVP to ').e(emailOf(r, a, c.loc.lang)).t(' or text ').ph(phone(c)).t(`.\nNo boxed gifts please — our registry is at the Harrods list. ${r.chance(0.5) ? 'Dress code: Gatsby.' : ''}`);
  },
  // 43 Outlook French forward with address change
  (c) => {
    const { r, d } = c;
    const cx = { ...c, loc: locById('fr'), L: LANGS.fr as Lang };
    const a = who(cx, person(r, ['fr', 'ar']));
    d.t('Pour info.\n\n-----Message d’origine-----\n');
    outlookHdr(cx, a, [meWho(cx)], 'Changement d’adresse');
    d.t('\nBonjour ').p(c.me.latin ? c.me.given : c.me.full).t(',\nJe déménage le ').t(otherDate(r, cx.loc)).t('. Ma nouvelle adresse :\n');
    d.l('ADDRESS', cx.loc.addr(r, true)).t('\nPortable : ').ph(cx.loc.phone(r)).t('\nBises,\n').p(a.p.given);
  },
  // 44 Spanish Gmail reply
  (c) => {
    const { r, d } = c;
    const cx = { ...c, loc: locById('es'), L: LANGS.es as Lang };
    const a = who(cx, person(r, ['es', 'mx']));
    d.t('¡Perfecto, gracias! Te paso mis datos para la reserva: ').p(c.me.full).t(', nacida el ').l('DOB', dob(r, cx.loc)).t(', móvil ').ph(cx.loc.phone(r)).t('.\n\n');
    attribution(cx, a);
    d.t('\n');
    d.quote('> ', () => {
      d.t('Hola, ¿me mandas nombre completo, fecha de nacimiento y teléfono para la reserva del ' + otherDate(r, cx.loc) + '?\n');
      d.p(a.p.given);
    });
    d.known.add(c.me.full);
  },
  // 45 Portuguese order forwarded
  (c) => {
    const { r, d } = c;
    const cx = { ...c, loc: locById('ptBR'), L: LANGS.pt as Lang };
    const a = who(cx, person(r, ['pt']));
    d.t(`${cx.L.fwd}\nDe: `);
    nameAddr(cx, a);
    d.t(`\nData: ${otherDate(r, cx.loc)}\nAssunto: Pedido ${r.digits(10)}\n\nOlá! Segue endereço para entrega:\n`).l('ADDRESS', cx.loc.addr(r, true)).t(`\nCPF ${d3(r)}.${d3(r)}.${d3(r)}-${d2(r)}\nCel. `).ph(cx.loc.phone(r)).t('\nAbraços,\n').p(a.p.full);
  },
  // 46 Dutch thread
  (c) => {
    const { r, d } = c;
    const cx = { ...c, loc: locById('nl'), L: LANGS.nl as Lang };
    const a = who(cx, person(r, ['nl']));
    d.t('Hoi ').p(a.p.given).t(',\n\nHierbij mijn gegevens voor de huurovereenkomst:\n').self(c.me).t('\n').l('ADDRESS', cx.loc.addr(r, true)).t('\nGeboortedatum: ').l('DOB', dob(r, cx.loc)).t('\nIBAN: ').l('IBAN', iban(r, 'nl')).t(`\nBSN: ${r.digits(9)}\n\nGroetjes\n`);
  },
  // 47 Italian PEC-like formal email
  (c) => {
    const { r, d } = c;
    const cx = { ...c, loc: locById('it'), L: LANGS.it as Lang };
    const avv = person(r, ['it']);
    d.t('Da: ').e(`${asc(avv.af)}@pec.${r.pick(['ordineavvocati.it', 'studioferraro.it'])}`).t('\nOggetto: Diffida\n\nEgregio Sig. ').p(c.me.family).t(`,\nin nome e per conto della mia assistita, Le comunico quanto segue. Codice fiscale ${letters(r, 6)}${d2(r)}${letters(r, 1)}${d2(r)}${letters(r, 1)}${d3(r)}${letters(r, 1)}.\nIl pagamento dovrà avvenire su IBAN `).l('IBAN', iban(r, 'it')).t(' entro 15 giorni.\n\nAvv. ').p(avv.full).t('\n');
    d.l('ADDRESS', cx.loc.addr(r, true));
  },
  // 48 Shared inbox export (CSV-like)
  (c) => {
    const { r, d } = c;
    d.t('"Subject","From: (Name)","From: (Address)","To: (Address)","Received"\n');
    for (let i = 0; i < r.int(2, 4); i++) {
      const p = other(c);
      d.t(`"${subj(c)}","`).p(p.full).t('","').e(emailOf(r, p, c.loc.lang)).t('","').e(roleMail(r, c.co)).t(`","${otherDate(r, c.loc)}"\n`);
    }
  },
  // 49 Shipping notification with recipient
  (c) => {
    const { r, d } = c;
    d.t(`Your parcel is on its way!\nTracking number: ${r.pick(['JJD', 'LX', 'CP'])}${r.digits(14)}\n\nDelivering to:\n`).p(c.me.full).t('\n');
    addr(c, true);
    d.t(`\n\nEstimated delivery: ${otherDate(r, c.loc)}. ${trap(c)}.`);
    d.known.add(c.me.full);
  },
  // 50 Team newsletter mention with birthdays (only people's DOBs)
  (c) => {
    const { r, d } = c;
    const a = other(c);
    const b = other(c);
    d.t(`Team news – ${MONTHS.en?.[r.int(0, 11)] ?? 'May'} edition\n\nWelcome `).p(a.full).t(` who joins Team ${r.pick(['Falcon', 'Orion'])} as data engineer! `).p(a.latin ? a.given : a.full).t(` was born `).l('DOB', dob(r, c.loc)).t(` and grew up near Lake ${r.pick(['Geneva', 'Como', 'Tahoe'])}.\nFarewell to `).p(nameForm(r, b)).t(` — ${trap(c)}.\nOffice dog Pepper turns 5 on ${otherDate(r, c.loc)}.`);
  },
  // 51 Chat-like reply chain with nested quotes
  (c) => {
    const { d } = c;
    const a = who(c, other(c));
    d.t('Sounds good, ').p(a.p.latin ? a.p.given : a.p.full).t('.\n\n');
    attribution(c, a);
    d.t('\n');
    d.quote('> ', () => {
      d.t('Sure. Address for the courier: ');
      addr(c, false);
      d.t('\n\n');
      attribution(c, meWho(c));
      d.t('\n');
      d.quote('> ', () => {
        d.t('Where should I send the samples? And a phone for the driver? ');
        d.t(`Mine is `).ph(phone(c)).t('.');
      });
    });
  },
  // 52 Contact card (vCard) attached in mail
  (c) => {
    const { r, d } = c;
    const p = other(c);
    d.t('BEGIN:VCARD\nVERSION:3.0\nN:').p(p.family).t(';').p(p.given).t(';;;\nFN:').p(p.full).t('\nTEL;TYPE=CELL:').ph(phone(c)).t('\nEMAIL;TYPE=INTERNET:').e(emailOf(r, p, c.loc.lang)).t('\nADR;TYPE=HOME:;;').l('ADDRESS', c.loc.addr(r, false).replace(/, /g, ';')).t('\nBDAY:').l('DOB', (() => { const x = ymd(r, 1950, 2004); return `${x.y}-${pad(x.m)}-${pad(x.d)}`; })()).t('\nEND:VCARD');
  },
  // 53 Out-of-office in Japanese
  (c) => {
    const { r, d } = c;
    const lo = locById('ja');
    const me = person(r, ['jaS']);
    const dep = person(r, ['jaS']);
    d.t('【自動返信】\n').p(me.full).t(`です。誠に勝手ながら、${otherDate(r, lo)}まで休暇をいただいております。\n急ぎの件は`).p(dep.family).t(r.pick(['（', '('])).e(`${asc(dep.af)}@ikegami-shoji.co.jp`).t(r.pick(['）', ')'])).t('または ').ph(lo.phone(r)).t(' までご連絡ください。');
  },
  // 54 Credit card application reply (US) with many fields
  (c) => {
    const { r, d } = c;
    const lo = locById('enUS');
    d.t(`Re: Application ${letters(r, 3)}-${r.digits(8)}\n\nHere's the info your agent asked for on the phone:\n- Name: `).self(c.me).t('\n- DOB: ').l('DOB', fmtDate(r, lo, ymd(r, 1950, 2003))).t('\n- SSN: ').l('NATIONAL_ID', ssn(r)).t(`\n- Old SSN typo on the form was ${badSsn(r)}, ignore that\n- Existing card: `).l('CARD', card(r)).t('\n- Employer phone: ').ph(lo.phone(r)).t('\n');
  },
  // 55 Conference registration list forwarded (many names forms)
  (c) => {
    const { r, d } = c;
    d.t('FYI – speakers confirmed so far:\n');
    for (let i = 0; i < r.int(3, 5); i++) {
      const p = other(c);
      d.t('  • ');
      if (r.chance(0.3)) d.t(r.pick(['Dr. ', 'Prof. ', 'Dr '])).p(p.full);
      else d.p(nameForm(r, p));
      d.t(` – ${r.pick(['keynote', 'panel', 'workshop'])}${r.chance(0.3) ? ' (winner of the Fields Medal talk)' : ''}\n`);
    }
    d.t(`\nVenue: ${r.pick(['Hilton Garden Inn', 'Hotel Goethe', 'Marriott Riverside'])}, room ${r.int(100, 420)}.`);
  },
  // 56 Bank e-statement notification with masked card + real IBAN
  (c) => {
    const { r, d } = c;
    d.t('Dear ').t(r.pick(['customer', 'Mr/Ms'])).t(' ').p(c.me.family.toUpperCase()).t(`,\nyour statement for account `).l('IBAN', iban(r, c.loc.lang)).t(` is available. Card **** ${r.digits(4)} balance due ${otherDate(r, c.loc)}.\nWe will never ask for your PIN by e-mail.`);
  },
  // 57 Handwritten-style forwarded note with line-broken (unlabelled) phone
  (c) => {
    const { d } = c;
    const a = other(c);
    const ph = phone(c);
    const cut = Math.max(3, Math.floor(ph.length / 2));
    d.t('fwd from my phone, sorry for typos\n\n').p(a.full).t(' called, wants a callback re: the quote. number she left is ').t(ph.slice(0, cut) + '\n' + ph.slice(cut)).t(' (got cut off), try ').ph(phone(c)).t(' instead.');
  },
  // 58 Delegated calendar update in German
  (c) => {
    const { r, d } = c;
    const cx = { ...c, loc: locById('de'), L: LANGS.de as Lang };
    const org = who(cx, person(r, ['de']), c.co);
    d.t('Aktualisierte Einladung: Jahresgespräch\nWann: ').t(otherDate(r, cx.loc)).t(` ${((h) => `${h}:00–${h + 1}:00`)(r.int(8, 16))} (MEZ)\nWo: `);
    d.l('ADDRESS', cx.loc.addr(r, false)).t(', 3. OG, Raum "Einstein"\nOrganisator: ').p(org.p.full).t(' <').e(org.mail).t('>\nTeilnehmer: ').self(c.me).t(', ').p(person(r, ['de', 'tr']).full);
  },
  // 59 Expense report with card and IP of submission
  (c) => {
    const { r, d } = c;
    d.t(`Expense report ER-${r.digits(5)} submitted by `).self(c.me).t(` from `).l('IP', ip(r)).t(`\nCorporate card: `).l('CARD', card(r)).t(`\nItems: taxi ${r.int(10, 90)}.00, hotel ${r.int(100, 400)}.00\nApprover: `).p(nameForm(r, other(c))).t('\n');
  },
  // 60 Payroll correction reply with SSN and masked SSN
  (c) => {
    const { r, d } = c;
    const pr = who(c, other(c), c.co);
    d.t('Hi ').p(pr.p.latin ? pr.p.given : pr.p.full).t(',\n\nMy W-2 shows ***-**-').t(r.digits(4)).t(' but the full number on file must be wrong; it should be ').l('NATIONAL_ID', ssn(r)).t('. Please correct.\n\n').self(c.me).t('\n\n');
    attribution(c, pr);
    d.t('\n');
    d.quote('> ', () => {
      d.t('Please confirm your SSN so we can reissue the form.');
    });
  },
  // 61 Tax preparer thread (US) with household SSNs
  (c) => {
    const { r, d } = c;
    const lo = locById('enUS');
    const sp2 = person(r, lo.cultures);
    const kid = person(r, lo.cultures);
    const cpa = who({ ...c, loc: lo }, person(r, ['en', 'he']), c.co);
    d.t('Hi ').p(cpa.p.given).t(`,\n\nFor the ${r.int(2023, 2025)} return:\n\nTaxpayer: `).self(c.me).t(' – SSN ').l('NATIONAL_ID', ssn(r)).t(', DOB ').l('DOB', fmtDate(r, lo, ymd(r, 1955, 1998))).t('\nSpouse: ').p(sp2.full).t(' – SSN ').l('NATIONAL_ID', ssn(r)).t('\nDependent: ').p(kid.given).t(' – SSN ').l('NATIONAL_ID', ssn(r)).t(', born ').l('DOB', fmtDate(r, lo, ymd(r, 2008, 2022))).t(`\nRefund routing ${r.pick(['021000021', '322271627'])} / acct ${r.digits(9)} (IRS EFIN ${r.digits(6)}, PTIN P${r.digits(8)}).\n\nThanks!\n\n`);
    attribution({ ...c, loc: lo, L: LANGS.en as Lang }, cpa);
    d.t('\n');
    d.quote('> ', () => {
      d.t('Please send SSNs for everyone on the return. Do not include them in the subject line.');
    });
  },
  // 62 Hotel credit-card authorisation form returned by mail
  (c) => {
    const { r, d } = c;
    d.t(`CREDIT CARD AUTHORIZATION – Hotel ${r.pick(['Bellavista', 'Nordstern', 'Casa Azul', 'Harbour Lights'])}\nConfirmation no.: ${r.digits(9)}\nArrival: ${otherDate(r, c.loc)}   Nights: ${r.int(1, 9)}\n\nCardholder name: `).p(c.me.full.toUpperCase()).t(`\nCard type: ${r.pick(['VISA', 'MC', 'AMEX', 'JCB'])}\nCard number: `).l('CARD', card(r)).t(`\nExpiry: ${pad(r.int(1, 12))}/${r.int(26, 31)}   CVV: ***\nBilling address: `);
    addr(c, false);
    d.t('\nSignature: ______    Phone: ').ph(phone(c)).t(`\n(The deposit card ${badCard(r)} on the earlier form was declined.)`);
  },
  // 63 SEPA direct-debit mandate confirmation
  (c) => {
    const { r, d } = c;
    d.t(`SEPA-Lastschriftmandat / SEPA Direct Debit Mandate\nGläubiger-ID: DE${r.int(10, 99)}ZZZ0000${r.digits(7)}\nMandatsreferenz: M-${r.digits(8)}\n\nKontoinhaber / Account holder: `).self(c.me).t('\nIBAN: ').l('IBAN', iban(r, r.pick(['de', 'fr', 'nl', 'es', 'it']))).t('\nAnschrift: ');
    addr(c, false);
    d.t(`\nDatum: ${otherDate(r, c.loc)}\n\nBitte prüfen Sie die Angaben. Fragen? `).e(`service@${c.co.dom}`);
  },
  // 64 Expat payroll split between US and EU accounts
  (c) => {
    const { r, d, L } = c;
    const pay = who(c, other(c), c.co);
    outlookHdr(c, meWho(c), [pay], 'Payroll split – US/EU');
    d.t(`\n${r.pick(L.hi)} `).p(pay.p.latin ? pay.p.given : pay.p.full).t(',\n\nplease split my salary: 60% to my EU account ').l('IBAN', iban(r, c.loc.lang)).t(', the rest to the US account (routing 026009593). For the US side my SSN is ').l('NATIONAL_ID', ssn(r)).t(`.\n${r.pick(L.bye)}\n`).p(c.me.latin ? c.me.given : c.me.full);
  },
  // 65 Chargeback reply from a web shop, card quoted back by customer
  (c) => {
    const { r, d } = c;
    const agent = who(c, other(c), c.co);
    d.t('Hello,\n\nthe charge was on ').l('CARD', card(r)).t(` (I also have ${r.pick(['a Visa', 'an Amex'])} ending ${r.digits(4)} but that one was not used).\n\n`);
    attribution(c, agent);
    d.t('\n');
    d.quote('> ', () => {
      d.t(`We need the full card number to trace chargeback CB-${r.digits(7)}. Please don't send the CVV.\n> `).p(agent.p.given).t(`, ${c.co.name}`);
    });
  },
];

// ---------------------------------------------------------------------------------------------------
// Hard negatives: no personal data at all, but plenty of look-alikes.

const NEG: readonly Tpl[] = [
  // N1 product newsletter full of eponymous brands
  (c) => {
    const { r, d } = c;
    d.t(`This week at Brightfold: our integrations with Jenkins, Jupyter and Django are now GA (v${r.int(2, 9)}.${r.int(0, 20)}.${r.int(0, 9)}). The Tesla fleet pilot moves to phase ${r.int(2, 4)}, and the Ford and Porsche dashboards got a refresh.\nRead more in the Hubble release notes. ${trap(c)}. ${trap(c)}.\nUnsubscribe | Manage preferences`);
  },
  // N2 CI notification
  (c) => {
    const { r, d } = c;
    d.t(`[brightfold/api] Build #${r.int(1000, 9999)} failed on main (${hex(r, 7)})\n\nStage: integration-tests\nRunner image: node:20.${r.int(1, 18)}.0-bookworm\nDuration: ${r.int(2, 40)}m ${r.int(0, 59)}s\nFailed: test/auth/session.spec.ts › rotates refresh tokens\n${trap(c)}\n${trap(c)}\n\nYou are receiving this because you are subscribed to this pipeline.`);
  },
  // N3 shipping update with no recipient data
  (c) => {
    const { r, d } = c;
    d.t(`Sendungsstatus aktualisiert\n\nSendungsnummer: ${r.digits(12)}\nStatus: In Zustellung\nVoraussichtliche Zustellung: ${otherDate(r, locById('de'))}, 10:00–14:00 Uhr\nAbholung möglich in der Filiale am Goetheplatz. ${trap(c)}.`);
  },
  // N4 invoice notice with look-alike numbers
  (c) => {
    const { r, d } = c;
    d.t(`Invoice ${letters(r, 2)}-${r.digits(7)} (dated ${otherDate(r, c.loc)}) for $${r.int(100, 9000)}.${d2(r)} is due in 30 days.\nPay by ACH: ABA routing ${r.pick(['021000021', '011000138', '322271627'])}, account ${r.digits(10)}.\nOur EIN: ${r.int(10, 99)}-${r.digits(7)}. Do NOT use ${badIban(r, c.loc.lang)} (closed).\nVoucher code ${badCard(r)}. ${trap(c)}.`);
  },
  // N5 compliance announcement with eponymous laws
  (c) => {
    const { r, d } = c;
    d.t(`Compliance reminder\n\nAll staff must complete the Sarbanes-Oxley refresher and the Dodd-Frank module by ${otherDate(r, c.loc)}. HR will also brief on Megan's Law obligations for the volunteering programme and on Article 15 GDPR requests. Murphy's law applies: do it early.\n${trap(c)}.`);
  },
  // N6 room booking confirmation
  (c) => {
    const { r, d } = c;
    d.t(`Room booking confirmed\n\nRoom: ${r.pick(['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Marie Curie', 'Nikola Tesla'])} (Building ${r.pick(['Franklin', 'Darwin', 'Newton'])}, floor ${r.int(1, 9)})\nWhen: ${otherDate(r, c.loc)} ${pad(r.int(8, 17))}:00\nCapacity: ${r.int(4, 30)}\nCatering order CAT-${r.digits(6)}\n${trap(c)}.`);
  },
  // N7 storm office closure
  (c) => {
    const { r, d } = c;
    d.t(`Office closure: due to Storm ${r.pick(['Ciarán', 'Eunice', 'Babet', 'Isha'])} and Hurricane ${r.pick(['Milton', 'Helene', 'Beryl'])} warnings, the Galway and Tampa offices are closed on ${otherDate(r, c.loc)}. Work from home if safe. Updates on the intranet page "Business Continuity v${r.int(1, 5)}.${r.int(0, 9)}".`);
  },
  // N8 digest with handles only
  (c) => {
    const { r, d } = c;
    d.t(`Community digest #${r.int(100, 999)}\n\nTop threads:\n 1. "Best torque settings for the Campagnolo groupset" by @gravel_goat (${r.int(3, 80)} replies)\n 2. "Is the Raleigh Chopper worth restoring?" by @rustbucket${r.int(10, 99)}\n 3. "Eddy Merckx frames: real or replica?" — thread locked\n\n${trap(c)}.\nYou can change digest frequency in Settings.`);
  },
  // N9 maintenance notice with timestamps and versions
  (c) => {
    const { r, d } = c;
    d.t(`Scheduled maintenance\n\nWindow: ${r.int(2024, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T02:00:00Z – 04:00:00Z\nComponents: PostgreSQL 16.${r.int(1, 4)} → 16.${r.int(5, 8)}, Kafka 3.7.1, gateway 2.4.10.3\nExpected impact: brief 5xx errors. Status page: status.brightfold.io\n${trap(c)}.`);
  },
  // N10 German newsletter
  (c) => {
    const { r, d } = c;
    d.t(`Ihre Vorteile im ${MONTHS.de?.[r.int(0, 11)] ?? 'Mai'}\n\nJetzt neu: Kaffeevollautomaten von Siemens und Bosch, dazu die Steiff-Kollektion. Gutscheincode SOMMER${r.int(10, 30)} gültig bis ${otherDate(r, locById('de'))}.\nKundennummer und Bestellhistorie finden Sie in Ihrem Konto. ${trap(c)}.\nAbmelden`);
  },
  // N11 Japanese notice
  (c) => {
    const { r, d } = c;
    d.t(`【お知らせ】システムメンテナンスのご案内\n\n${otherDate(r, locById('ja'))} 午前2時〜5時まで、サービスを一時停止いたします。\n対象バージョン：ver.${r.int(3, 9)}.${r.int(0, 9)}.${r.int(0, 9)}\n注文番号 ${r.digits(10)} のお客様へは別途ご案内いたします。\n何卒よろしくお願い申し上げます。`);
  },
  // N12 holiday calendar
  (c) => {
    const { r, d } = c;
    d.t(`Holiday calendar ${r.int(2025, 2026)} (US office)\n- Martin Luther King Jr. Day\n- Presidents' Day\n- Juneteenth\n- Columbus Day / Indigenous Peoples' Day\nAll other offices follow local calendars. Payroll cut-off ${otherDate(r, locById('enUS'))}. ${trap(c)}.`);
  },
  // N13 out-of-office with no names
  (c) => {
    const { r, d } = c;
    d.t(`Automatic reply: The accounts office is closed between ${otherDate(r, c.loc)} and ${otherDate(r, c.loc)}. Messages will be answered in order of receipt. Ticket numbers (e.g. ${letters(r, 3)}-${r.digits(6)}) stay valid. ${trap(c)}.`);
  },
  // N14 quoted thread about brands only
  (c) => {
    const { d, r } = c;
    d.t('> Did the Chanel and Dior samples arrive?\n> The Hermès order is still pending.\n\nYes, both arrived. The Louis Vuitton trunk ships next week, carrier reference ').t(`${letters(r, 2)}${r.digits(9)}${letters(r, 2)}. ${trap(c)}.`);
  },
];
const NEG_COUNT = NEG.length;
/** Number of distinct document templates. */
export const INDEPENDENT43_TEMPLATE_COUNT = POS.length + NEG_COUNT;

// ---------------------------------------------------------------------------------------------------
// Generator.

export function generateIndependent43Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent43Entry[] {
  const seed = opts.seed ?? INDEPENDENT43_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT43_MIN_INSTANCES;
  const r = new Rng(seed);
  const out: Independent43Entry[] = [];
  let total = 0;
  while (total < min) {
    const loc = r.pick(LOCS);
    const L = LANGS[loc.lang] ?? (LANGS.en as Lang);
    const d = new Doc();
    const c: Ctx = { r, d, loc, L, me: person(r, loc.cultures), co: r.pick(COMPANIES) };
    if (r.chance(0.1)) r.pick(NEG)(c);
    else {
      r.pick(POS)(c);
      if (r.chance(0.25)) d.t(`\n\nP.S. ${trap(c)}.`);
      else if (r.chance(0.12)) {
        d.t('\n\nP.S. ');
        extra(c);
      }
    }
    const labels = d.labels.slice();
    out.push({ text: d.s, labels, knownNames: [...d.known] });
    total += labels.length;
  }
  return out;
}
