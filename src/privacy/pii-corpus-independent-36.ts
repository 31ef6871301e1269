/**
 * @module privacy/pii-corpus-independent-36 — blind labelled PII corpus #36: patient-facing healthcare
 * assistants.
 *
 * WRITTEN BLIND. Its author read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts` (Luhn, mod-97, `IBAN_LENGTHS`), the `PiiType` union in `pii/types.ts`, the first
 * 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. The author did NOT read the detector, its tests, its docs, the other
 * corpora, their templates or value pools, the benchmarks or the git history, and never ran the detector
 * on this text. Every name, address, template and value here was invented for this split.
 *
 * Seeds: 360001, 360002, 360003 (`INDEPENDENT36_SEEDS`). Each seed yields whole documents until at least
 * `minInstances` labels (default 2,400) exist, deterministically.
 *
 * Contents: patient-portal messages, pharmacy and refill chats, appointment booking and reminders,
 * symptom-checker and triage sessions, telehealth follow-ups, lab-result questions, insurance
 * pre-authorisation and billing, records requests, clinic IT tickets and exports; written by patients,
 * carers, clinicians, receptionists and LLM assistants, in English, Spanish, German, French, Italian,
 * Portuguese, Dutch, Japanese and Korean, with country-specific phones, addresses and dates. About one
 * document in ten is a hard negative (no PII, but eponymous diseases, people-named brands and places,
 * order/Rx/claim numbers, hashes, versions, EINs, routing numbers, Luhn-invalid and masked numbers,
 * invalid IBANs, non-birth dates); such distractors are sprinkled through labelled documents too.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside;
 *   initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled,
 *   one label per contiguous name. Brands, software/bots, places, pets, ships, storms, streets/buildings
 *   named after people, eponymous diseases/laws/awards, @handles and names inside e-mails are not.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid/masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient names are separate PERSONs; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

/** The seeds this split is evaluated on. */
export const INDEPENDENT36_SEEDS = [360001, 360002, 360003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT36_MIN_INSTANCES = 2400;

/** A label that also carries its exact text. */
export type Independent36Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent36Entry = PiiCorpusEntry & { readonly labels: readonly Independent36Label[] };

/** Builds a document, recording offsets while text is appended. */
class Doc {
  text = '';
  readonly labels: Independent36Label[] = [];
  readonly known: string[] = [];
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
    this.l('PERSON', name);
    if (!this.known.includes(name)) this.known.push(name);
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------

interface Culture {
  readonly g: readonly string[];
  readonly s: readonly string[];
  readonly eastern?: boolean;
  readonly double?: boolean;
}
const C = (g: string, s: string, eastern = false, double = false): Culture => ({
  g: g.split('|'),
  s: s.split('|'),
  eastern,
  double,
});

const CULTURES: readonly Culture[] = [
  C('Oliver|Amelia|Harry|Rose|Hope|Will|Bill|Grant|May|Guy|Faith|Dawn|Mark|Frank|Joy|Summer|Hunter|Grace|Art|Holly', 'Baker|Cook|Young|Long|King|Black|White|Brown|Green|Rich|Ashworth|Pemberton|Whitfield|Hargreaves|Thornton|Fletcher|Walker|Marsh'),
  C('Jamal|Keisha|DeShawn|Latoya|Tyrone|Aaliyah|Darnell|Imani|Marcus|Jasmine|Precious|Earnest', 'Washington|Jefferson|Jackson|Robinson|Freeman|Banks|Brooks|Coleman|Hayes|Gaines|Merriweather|Battle'),
  C('Siobhan|Ciaran|Aoife|Padraig|Niamh|Oisin|Saoirse|Eoin|Grainne|Cathal', "O'Sullivan|Murphy|Byrne|Kavanagh|McCarthy|Doyle|Gallagher|Brennan|Nolan|Quinlan"),
  C('Ewan|Morag|Angus|Isla|Rhys|Cerys|Dafydd|Eilidh|Hamish|Gwen', 'MacLeod|Campbell|Fraser|Drummond|Sinclair|Llewellyn|Pritchard|Vaughan|Morgan|Buchanan'),
  C('Javier|Lucía|Álvaro|Carmen|Rocío|Sergio|Inmaculada|Iñaki|Begoña|Nerea|Consuelo|Paz', 'García|López|Fernández|Martínez|Ruiz|Jiménez|Navarro|Etxeberria|Castillo|Moreno|Gallego|Soler', false, true),
  C('Guadalupe|Juan Pablo|Ximena|Alejandro|Itzel|Citlali|Rodrigo|Fernanda|Mauricio|Dolores|Jesús|Socorro', 'Hernández|González|Ramírez|Cruz|Flores|Mendoza|Villaseñor|Ortega|Salazar|Delgado|Rosales|Zavala', false, true),
  C('João|Thiago|Luana|Gabriela|Rafael|Beatriz|Leandro|Francisca|Caio|Mariana|Conceição', 'Silva|Santos|Oliveira|Souza|Pereira|Carvalho|Ferreira|Rodrigues|Almeida|Nascimento|Cardoso'),
  C('Giulia|Matteo|Francesca|Lorenzo|Chiara|Alessandro|Federica|Giorgio|Benedetta|Salvatore|Assunta', 'Rossi|Bianchi|Esposito|Russo|Romano|Colombo|Ricci|Marino|Greco|Bruno|Ferraro'),
  C('Camille|Théo|Élodie|Mathieu|Océane|Baptiste|Solène|Gaëtan|Margaux|Aurélien|Aimé', 'Dubois|Lefebvre|Moreau|Laurent|Girard|Fournier|Mercier|Rousseau|Blanchard|Lemaire|Chevalier'),
  C('Jürgen|Anneliese|Lukas|Svenja|Matthias|Katrin|Florian|Heike|Dieter|Franziska|Uwe', 'Müller|Schneider|Fischer|Weber|Becker|Hoffmann|Schäfer|Koch|Richter|Wolf|Krüger'),
  C('Sander|Femke|Joris|Lotte|Bram|Sanne|Wouter|Marieke|Thijs|Anouk', 'de Vries|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|van den Berg|Jansen'),
  C('Katarzyna|Piotr|Agnieszka|Tomasz|Małgorzata|Krzysztof|Zofia|Wojciech|Magdalena|Grzegorz', 'Kowalczyk|Nowak|Wiśniewska|Wójcik|Kamiński|Lewandowska|Zieliński|Szymańska|Dąbrowski|Kozłowska'),
  C('Dmitri|Svetlana|Alexei|Natalia|Sergei|Yekaterina|Oleg|Irina|Pavel|Ludmila', 'Ivanov|Smirnova|Kuznetsov|Popova|Volkov|Sokolova|Morozov|Lebedeva|Novikov|Orlova'),
  C('Oksana|Taras|Mykola|Olena|Bohdan|Yulia|Andriy|Halyna|Vasyl|Iryna', 'Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Lysenko|Marchenko|Savchuk'),
  C('Astrid|Linnea|Björn|Sigrid|Anders|Ingrid|Magnus|Solveig|Henrik|Freja', 'Lindqvist|Andersson|Johansson|Nilsson|Bergström|Halvorsen|Lindgren|Sandberg|Eriksen|Holm'),
  C('Aino|Eero|Helmi|Juha|Kaisa|Ville|Tuula|Markku|Sanna|Jussi', 'Virtanen|Korhonen|Mäkinen|Nieminen|Heikkinen|Laaksonen|Järvinen|Lehtonen|Salonen|Hämäläinen'),
  C('Dimitris|Eleni|Giorgos|Katerina|Nikos|Sofia|Yannis|Despina|Kostas|Athina', 'Papadopoulos|Georgiou|Nikolaidis|Konstantinou|Vlachos|Karagiannis|Oikonomou|Alexiou|Makris|Dimitriou'),
  C('Emre|Zeynep|Mehmet|Elif|Burak|Ayşe|Cem|Selin|Murat|Derya', 'Yılmaz|Kaya|Demir|Şahin|Çelik|Aydın|Öztürk|Arslan|Doğan|Koç'),
  C('Said|Fatima|Omar|Layla|Youssef|Nour|Khalid|Amira|Tariq|Samira|Hassan|Rania', 'Al-Rashid|Haddad|Mansour|Khoury|Nasser|Farouk|Saleh|Hamdan|Al-Amin|Said|Bishara'),
  C('Dariush|Shirin|Reza|Parisa|Kourosh|Niloufar|Babak|Mahsa|Arash|Roya', 'Hosseini|Rahimi|Karimi|Moradi|Tehrani|Jafari|Ahmadi|Sadeghi|Farahani|Ebrahimi'),
  C('Aarav|Priya|Rohan|Ananya|Vikram|Sunita|Arjun|Pooja|Rahul|Kavita', 'Sharma|Verma|Gupta|Agarwal|Malhotra|Chopra|Singh|Kapoor|Joshi|Saxena'),
  C('Karthik|Lakshmi|Senthil|Divya|Venkatesh|Meenakshi|Arun|Revathi|Suresh|Deepa', 'Subramanian|Krishnan|Raghavan|Iyer|Natarajan|Pillai|Reddy|Venkataraman|Nair|Rao'),
  C('Arnab|Moumita|Sourav|Tanushree|Debashis|Rituparna|Anirban|Sharmila', 'Chatterjee|Banerjee|Mukherjee|Ghosh|Bose|Das|Sen|Chakraborty'),
  C('Wei|Xiaoling|Jian|Mei|Hao|Yuting|Zhiwei|Lina|Jun|Xiu', 'Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou', true),
  C('Yuki|Haruto|Sakura|Ren|Aoi|Daiki|Misaki|Takeshi|Hina|Kenji', 'Tanaka|Suzuki|Takahashi|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Sato|Yoshida', true),
  C('Minjun|Seoyeon|Jiho|Hayun|Dohyun|Jiwoo|Eunji|Sungmin', 'Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon', true),
  C('Thị Lan|Văn Minh|Thu Trang|Quốc Bảo|Ngọc Anh|Đức Huy|Thanh Hương|Hoàng Nam', 'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Võ|Đặng', true),
  C('Maricel|Jericho|Rowena|Arnel|Lovely|Jhun|Divina|Rodel|Cherry|Ramil', 'Dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza|Aquino|Manalo|Pascual|Macaraeg'),
  C('Adebayo|Folasade|Chidi|Ngozi|Oluwaseun|Chiamaka|Emeka|Temitope|Ifeoma|Babatunde', 'Okafor|Adeyemi|Okonkwo|Balogun|Eze|Oyelaran|Nwosu|Adebisi|Okeke|Olaniyan'),
  C('Wanjiru|Kamau|Achieng|Otieno|Amani|Baraka|Makena|Abebe|Tsion|Dawit', 'Mwangi|Kariuki|Odhiambo|Njoroge|Wambui|Kiprop|Tesfaye|Bekele|Haile|Girma'),
  C('Noa|Yonatan|Tamar|Eitan|Shira|Avi|Michal|Ori', 'Cohen|Levi|Mizrahi|Peretz|Friedman|Ben-David|Avraham|Katz'),
  C('Zsófia|Bence|Réka|Gergely|Eszter|Levente', 'Nagy|Kovács|Tóth|Szabó|Horváth|Varga', true),
  C('Jiří|Tereza|Ondřej|Kateřina|Lukáš|Barbora', 'Novák|Dvořák|Procházková|Černý|Svoboda|Veselá'),
];

interface Person {
  readonly given: string;
  readonly surname: string;
  readonly full: string;
  readonly eastern: boolean;
}

function person(r: Rng, c: Culture = r.pick(CULTURES)): Person {
  const given = r.pick(c.g);
  let surname = r.pick(c.s);
  if (c.double && r.chance(0.35)) {
    const s2 = r.pick(c.s);
    if (s2 !== surname) surname = `${surname} ${s2}`;
  }
  const eastern = c.eastern === true && r.chance(0.75);
  return { given, surname, full: eastern ? `${surname} ${given}` : `${given} ${surname}`, eastern };
}

/** A name as people really write it: mostly full, sometimes reordered, initialled, cased or partial. */
function nameForm(r: Rng, p: Person): string {
  const k = r.int(0, 19);
  if (k < 10) return p.full;
  if (k < 12 && !p.eastern) return `${p.surname}, ${p.given}`;
  if (k < 14 && !p.eastern) return `${p.given.charAt(0)}. ${p.surname}`;
  if (k === 14) return p.full.toUpperCase();
  if (k === 15) return p.full.toLowerCase();
  if (k < 18) return p.given;
  return p.full;
}

const JA_SURNAMES = ['田中', '鈴木', '高橋', '渡辺', '伊藤', '山本', '中村', '小林', '佐藤', '吉田', '松本', '井上'];
const JA_GIVEN = ['陽子', '健太', '美咲', '翔太', '由美', '大輔', 'さくら', '直樹', '恵子', '拓也'];
const KO_NAMES = ['김민준', '이서연', '박지호', '최하윤', '정도현', '강지우', '윤은지', '조성민', '한미경', '오세훈'];

// ---------------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------------

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'libero.it', 'hotmail.es', 'icloud.com', 'proton.me', 't-online.de', 'bigpond.com', 'uol.com.br', 'naver.com', 'yahoo.co.jp', 'free.fr', 'ziggo.nl', 'btinternet.com', 'comcast.net', 'rediffmail.com', 'aol.com', 'hotmail.com'];

function email(r: Rng, p: Person): string {
  const g = ascii(p.given) || 'pat';
  const s = ascii(p.surname) || 'x';
  const dom = r.pick(MAIL_DOMAINS);
  switch (r.int(0, 6)) {
    case 0: return `${g}.${s}@${dom}`;
    case 1: return `${g.charAt(0)}${s}${r.int(1, 99)}@${dom}`;
    case 2: return `${s}.${g}@${dom}`;
    case 3: return `${g}_${s}${r.int(60, 99)}@${dom}`;
    case 4: return `${g}${s.charAt(0)}@${dom}`;
    case 5: return `${s}${g.charAt(0)}.${r.int(1950, 2005)}@${dom}`;
    default: return `${g}-${s}@${dom}`;
  }
}

const CLINIC_DOMAINS = ['northgatefp.org', 'riversidemedgroup.com', 'lakeshore-peds.org', 'bayviewurgentcare.com', 'harborviewrx.com', 'cedarlanedental.net', 'praxis-lindenhof.de', 'cabinet-medical-tilleuls.fr', 'clinicasantateresa.es', 'ambulatorio-sanmarco.it', 'huisartsendebrug.nl', 'moorfield-surgery.nhs.uk', 'wattlehealth.com.au'];
const ROLES = ['refills', 'appointments', 'billing', 'frontdesk', 'support', 'records', 'priorauth', 'info', 'noreply', 'nurse.line', 'recepcion', 'empfang', 'accueil'];
const roleEmail = (r: Rng): string => `${r.pick(ROLES)}@${r.pick(CLINIC_DOMAINS)}`;

type Country = 'us' | 'uk' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'jp' | 'in' | 'au' | 'br' | 'mx' | 'kr' | 'pl' | 'se' | 'ie' | 'za' | 'ca';

function phone(r: Rng, cc: Country): string {
  const d = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  switch (cc) {
    case 'us':
    case 'ca': {
      const a = `${nz()}${d(2)}`;
      const e = `${nz()}${d(2)}`;
      const n = d(4);
      return r.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `+1 ${a} ${e} ${n}`, `1-${a}-${e}-${n}`, `+1 (${a}) ${e}-${n}`]);
    }
    case 'uk':
      return r.pick([`07${d(3)} ${d(6)}`, `+44 7${d(3)} ${d(6)}`, `020 ${nz()}${d(3)} ${d(4)}`, `0113 ${nz()}${d(2)} ${d(4)}`, `+44 (0)161 ${nz()}${d(2)} ${d(4)}`]);
    case 'de':
      return r.pick([`+49 30 ${nz()}${d(7)}`, `0151 ${d(8)}`, `030/${nz()}${d(6)}`, `+49 (0)89 ${nz()}${d(6)}`, `0172-${d(7)}`, `0221 ${nz()}${d(2)} ${d(2)} ${d(2)}`]);
    case 'fr':
      return r.pick([`06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `01.${d(2)}.${d(2)}.${d(2)}.${d(2)}`, `07${d(8)}`, `+33 (0)4 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
    case 'es':
      return r.pick([`6${d(2)} ${d(3)} ${d(3)}`, `+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `+34 93 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'it':
      return r.pick([`+39 3${d(2)} ${d(3)} ${d(4)}`, `3${d(2)} ${d(7)}`, `06 ${d(4)} ${d(4)}`, `02-${d(8)}`]);
    case 'nl':
      return r.pick([`06-${d(8)}`, `+31 6 ${d(8)}`, `020 ${nz()}${d(2)} ${d(4)}`, `+31 (0)30 ${nz()}${d(6)}`]);
    case 'jp':
      return r.pick([`090-${d(4)}-${d(4)}`, `080-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `+81 90-${d(4)}-${d(4)}`, `06-${d(4)}-${d(4)}`]);
    case 'in':
      return r.pick([`+91 9${d(4)} ${d(5)}`, `09${d(4)} ${d(5)}`, `+91-8${d(9)}`, `7${d(4)}-${d(5)}`]);
    case 'au':
      return r.pick([`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${nz()}${d(3)} ${d(4)}`, `+61 3 ${nz()}${d(3)} ${d(4)}`]);
    case 'br':
      return r.pick([`(11) 9${d(4)}-${d(4)}`, `+55 21 9${d(4)}-${d(4)}`, `(31) 3${d(3)}-${d(4)}`, `+55 (41) 9${d(4)}-${d(4)}`]);
    case 'mx':
      return r.pick([`55 ${d(4)} ${d(4)}`, `+52 55 ${d(4)} ${d(4)}`, `(33) ${d(4)}-${d(4)}`, `+52 1 81 ${d(4)} ${d(4)}`]);
    case 'kr':
      return r.pick([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`]);
    case 'pl':
      return r.pick([`+48 5${d(2)} ${d(3)} ${d(3)}`, `6${d(2)}-${d(3)}-${d(3)}`, `22 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'se':
      return r.pick([`070-${d(3)} ${d(2)} ${d(2)}`, `+46 70 ${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(3)} ${d(2)}`]);
    case 'ie':
      return r.pick([`087 ${d(3)} ${d(4)}`, `+353 86 ${d(3)} ${d(4)}`, `(01) ${nz()}${d(2)} ${d(4)}`]);
    case 'za':
      return r.pick([`082 ${d(3)} ${d(4)}`, `+27 71 ${d(3)} ${d(4)}`, `021 ${d(3)} ${d(4)}`]);
  }
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A spoken US number, e.g. "four one five, two nine three, oh one eight eight". */
function spokenPhone(r: Rng): string {
  const groups = [`${r.int(2, 9)}${r.digits(2)}`, `${r.int(2, 9)}${r.digits(2)}`, r.digits(4)];
  const oh = r.chance(0.5);
  return groups
    .map((g) => [...g].map((c) => (c === '0' && oh ? 'oh' : DIGIT_WORDS[Number(c)] ?? c)).join(' '))
    .join(', ');
}
function spokenEmail(r: Rng, p: Person): string {
  const dom = r.pick(['gmail dot com', 'yahoo dot com', 'outlook dot com', 'hotmail dot co dot uk', 'icloud dot com', 'comcast dot net']);
  const g = ascii(p.given) || 'pat';
  const s = ascii(p.surname) || 'x';
  return r.pick([`${g} dot ${s} at ${dom}`, `${g} underscore ${s} at ${dom}`, `${g.charAt(0)} ${s} ${r.int(10, 99)} at ${dom}`]);
}

// Dates ----------------------------------------------------------------------------------------------------

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};
const mon = (loc: string, m: number): string => MONTHS[loc]?.[m - 1] ?? 'January';

const birth = (r: Rng, lo = 1931, hi = 2019): Ymd => ({ y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) });
const soon = (r: Rng): Ymd => ({ y: r.int(2024, 2026), m: r.int(1, 12), d: r.int(1, 28) });

type Loc = 'us' | 'uk' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'jp' | 'kr' | 'iso';
function fdate(r: Rng, x: Ymd, loc: Loc): string {
  const { y, m, d } = x;
  switch (loc) {
    case 'us':
      return r.pick([`${m}/${d}/${y}`, `${pad(m)}/${pad(d)}/${y}`, `${mon('en', m)} ${d}, ${y}`, `${mon('en', m).slice(0, 3)} ${d}, ${y}`, `${m}-${d}-${y}`, `${pad(m)}/${pad(d)}/${String(y).slice(2)}`]);
    case 'uk':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon('en', m)} ${y}`, `${d} ${mon('en', m).slice(0, 3)} ${y}`, `${d}.${m}.${y}`]);
    case 'de':
      return r.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}. ${mon('de', m)} ${y}`, `${d}.${m}.${y}`]);
    case 'fr':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d === 1 ? '1er' : d} ${mon('fr', m)} ${y}`]);
    case 'es':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon('es', m)} de ${y}`, `${d}-${m}-${y}`]);
    case 'it':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon('it', m)} ${y}`]);
    case 'pt':
      return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon('pt', m)} de ${y}`]);
    case 'nl':
      return r.pick([`${pad(d)}-${pad(m)}-${y}`, `${d} ${mon('nl', m)} ${y}`]);
    case 'jp':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]);
    case 'kr':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}`]);
    case 'iso':
      return `${y}-${pad(m)}-${pad(d)}`;
  }
}
const locOf = (cc: Country): Loc =>
  cc === 'us' || cc === 'ca' ? 'us' : cc === 'br' ? 'pt' : cc === 'mx' ? 'es' : cc === 'de' || cc === 'fr' || cc === 'es' || cc === 'it' || cc === 'nl' || cc === 'jp' || cc === 'kr' ? cc : 'uk';
const time = (r: Rng): string => r.pick([`${r.int(8, 11)}:${r.pick(['00', '15', '30', '45'])} am`, `${r.int(1, 4)}:${r.pick(['00', '20', '40'])} pm`, `${r.int(8, 17)}:${r.pick(['00', '10', '30', '50'])}`]);

// Addresses ------------------------------------------------------------------------------------------------

const UK_L = 'ABDEFGHJLNPQRSTUWXYZ';
const ul = (r: Rng, n: number, set = 'ABCDEFGHJKLMNPRSTVWXYZ'): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += set.charAt(r.int(0, set.length - 1));
  return s;
};

/** Lines of a postal address (street first, postcode/city/country last). */
function addressLines(r: Rng, cc: Country): string[] {
  const n = r.int(2, 240);
  switch (cc) {
    case 'za':
      return [`${n} ${r.pick(['Kloof Street', 'Jan Smuts Avenue', 'Florida Road', 'Main Road'])}`, r.pick(['Gardens, Cape Town 8001', 'Rosebank, Johannesburg 2196', 'Morningside, Durban 4001'])];
    case 'pl':
      return [`ul. ${r.pick(['Długa', 'Kwiatowa', 'Piękna', 'Lipowa'])} ${r.int(1, 90)}/${r.int(1, 40)}`, `${r.int(0, 9)}${r.int(0, 9)}-${r.digits(3)} ${r.pick(['Warszawa', 'Kraków', 'Gdańsk', 'Poznań'])}`];
    case 'se':
      return [`${r.pick(['Storgatan', 'Kungsgatan', 'Björkvägen'])} ${r.int(1, 80)}`, `${r.int(111, 985)} ${r.digits(2)} ${r.pick(['Stockholm', 'Göteborg', 'Uppsala'])}`];
    case 'kr':
      return [`${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '서울특별시 마포구 월드컵북로'])} ${r.int(1, 400)}`];
    case 'us': {
      const [city, st, zip] = r.pick([['Columbus', 'OH', '432'], ['Tulsa', 'OK', '741'], ['Fresno', 'CA', '937'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'], ['Albany', 'NY', '122'], ['Tacoma', 'WA', '984'], ['Madison', 'WI', '537'], ['El Paso', 'TX', '799'], ['Savannah', 'GA', '314'], ['Des Moines', 'IA', '503'], ['Providence', 'RI', '029'], ['Lansing', 'MI', '489'], ['Omaha', 'NE', '681']] as const);
      const last = `${city}, ${st} ${zip}${r.digits(2)}${r.chance(0.15) ? `-${r.digits(4)}` : ''}`;
      if (r.chance(0.12)) return [`${r.pick(['PO Box', 'P.O. Box'])} ${r.int(100, 9999)}`, last];
      const street = `${r.int(10, 9899)} ${r.pick(['Maple Hollow Dr', 'Cedar Ridge Rd', 'W 41st St', 'Lakeview Ave', 'Old Mill Ln', 'Harbor Point Blvd', 'Sycamore Ct', 'N Elm St', 'Prairie Wind Way', 'Juniper Trl', 'Lincoln Ave', 'Martin Luther King Jr Blvd', 'S Washington St', 'Quail Run Cir'])}`;
      const unit = r.chance(0.35) ? r.pick([`Apt ${r.int(1, 12)}${r.pick(['A', 'B', 'C', ''])}`, `Unit ${r.int(100, 420)}`, `#${r.int(2, 40)}`]) : '';
      return unit && r.chance(0.5) ? [street, unit, last] : [unit ? `${street}, ${unit}` : street, last];
    }
    case 'uk': {
      const [town, out] = r.pick([['Leeds', 'LS6'], ['Bristol', 'BS3'], ['Norwich', 'NR2'], ['Cardiff', 'CF24'], ['Glasgow', 'G12'], ['Sheffield', 'S10'], ['Brighton', 'BN1'], ['York', 'YO31'], ['Leicester', 'LE2']] as const);
      const pc = `${out} ${r.int(1, 9)}${ul(r, 2, UK_L)}`;
      const street = `${n} ${r.pick(['Alder Road', 'Kingsway', 'Mill Lane', 'Brunswick Terrace', 'Hollybush Close', 'Station Approach', 'Cromwell Grove', 'Nelson Street', 'Victoria Crescent'])}`;
      const lines = r.chance(0.3) ? [`Flat ${r.int(1, 9)}`, street] : [street];
      return r.chance(0.5) ? [...lines, town, pc] : [...lines, `${town} ${pc}`];
    }
    case 'ie':
      return [`${n} ${r.pick(['Griffith Avenue', 'Main Street', 'Castle Park', 'Ashgrove Lawn'])}`, r.pick(['Drumcondra, Dublin 9', 'Ballincollig, Co. Cork', 'Salthill, Galway']), `${r.pick(['D09', 'P31', 'H91'])} ${ul(r, 1)}${r.int(1, 9)}${ul(r, 1)}${r.int(1, 9)}`];
    case 'de': {
      const [plz, city] = r.pick([['10', 'Berlin'], ['80', 'München'], ['50', 'Köln'], ['20', 'Hamburg'], ['70', 'Stuttgart'], ['04', 'Leipzig'], ['60', 'Frankfurt am Main'], ['28', 'Bremen'], ['90', 'Nürnberg']] as const);
      return [`${r.pick(['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Kastanienallee', 'Hauptstraße', 'Bergstraße', 'Schillerplatz', 'Ringstraße', 'Wiesenweg'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`, `${plz}${r.digits(3)} ${city}`];
    }
    case 'fr': {
      const [dep, city] = r.pick([['69', 'Lyon'], ['75', 'Paris'], ['13', 'Marseille'], ['31', 'Toulouse'], ['44', 'Nantes'], ['67', 'Strasbourg'], ['33', 'Bordeaux'], ['59', 'Lille']] as const);
      return [`${r.int(1, 120)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'allée des Tilleuls', 'impasse du Moulin', 'chemin des Vignes'])}`, `${dep}${r.int(0, 9)}${r.digits(2)} ${city}`];
    }
    case 'es': {
      const [cp, city] = r.pick([['28', 'Madrid'], ['08', 'Barcelona'], ['41', 'Sevilla'], ['46', 'Valencia'], ['29', 'Málaga'], ['48', 'Bilbao'], ['50', 'Zaragoza']] as const);
      return [`${r.pick(['Calle del Olmo', 'Avenida de América', 'Calle Mayor', 'Paseo de la Castellana', 'Calle de Alcalá', 'Carrer de Balmes', 'Calle Cervantes'])}, ${r.int(1, 150)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'D', 'izq.', 'dcha.'])}`, `${cp}0${r.digits(2)} ${city}`];
    }
    case 'it': {
      const [cap, city, pr] = r.pick([['20', 'Milano', 'MI'], ['00', 'Roma', 'RM'], ['10', 'Torino', 'TO'], ['40', 'Bologna', 'BO'], ['80', 'Napoli', 'NA'], ['50', 'Firenze', 'FI']] as const);
      return [`${r.pick(['Via Garibaldi', 'Via Roma', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Piazza Dante', 'Via Nazionale', 'Via dei Fiori'])} ${r.int(1, 200)}`, `${cap}1${r.digits(2)} ${city} ${pr}`];
    }
    case 'nl': {
      const city = r.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Eindhoven', 'Groningen', 'Haarlem', 'Zwolle']);
      return [`${r.pick(['Keizersgracht', 'Oudegracht', 'Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Vondelstraat', 'Lindelaan'])} ${r.int(1, 300)}${r.pick(['', '', '-2', ' A', '-bis'])}`, `${r.int(1011, 9999)} ${ul(r, 2, 'ABCDEGHJKLMNPRTVWXZ')} ${city}`];
    }
    case 'jp':
      if (r.chance(0.5))
        return [`〒${r.int(100, 999)}-${r.digits(4)}`, `${r.pick(['東京都渋谷区神宮前', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '京都府京都市左京区下鴨', '福岡県福岡市中央区天神', '北海道札幌市中央区南三条西'])}${r.int(1, 6)}-${r.int(1, 20)}-${r.int(1, 30)}`];
      return [`${r.int(1, 6)}-${r.int(1, 20)}-${r.int(1, 30)} ${r.pick(['Jingumae, Shibuya-ku, Tokyo', 'Umeda, Kita-ku, Osaka', 'Nishiazabu, Minato-ku, Tokyo', 'Tenjin, Chuo-ku, Fukuoka'])} ${r.int(100, 999)}-${r.digits(4)}`];
    case 'in': {
      const [city, pin] = r.pick([['Bengaluru', '560'], ['Mumbai', '400'], ['Chennai', '600'], ['Pune', '411'], ['Hyderabad', '500'], ['Kolkata', '700']] as const);
      return [`Flat ${r.int(101, 904)}, ${r.pick(['Sai Residency', 'Green Glen Apartments', 'Lotus Towers', 'Shanti Kunj'])}`, `${r.int(2, 18)}th Cross, ${r.pick(['Indiranagar', 'Andheri West', 'T. Nagar', 'Kothrud', 'Banjara Hills', 'Salt Lake'])}`, `${city} ${pin}0${r.digits(2)}`];
    }
    case 'au': {
      const [sub, st, pc] = r.pick([['Northcote', 'VIC', '3070'], ['Fremantle', 'WA', '6160'], ['Newtown', 'NSW', '2042'], ['Paddington', 'QLD', '4064'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005']] as const);
      return [`${r.chance(0.4) ? `Unit ${r.int(1, 20)}, ` : ''}${n} ${r.pick(['Banksia Street', 'Wattle Grove', 'Pacific Highway', 'Bourke Street', 'Jacaranda Avenue', 'Kookaburra Close'])}`, `${sub} ${st} ${pc}`];
    }
    case 'ca': {
      const [city, pr, fsa] = r.pick([['Montréal', 'QC', 'H2X'], ['Toronto', 'ON', 'M5S'], ['Edmonton', 'AB', 'T5J'], ['Vancouver', 'BC', 'V6Z'], ['Ottawa', 'ON', 'K2P'], ['Halifax', 'NS', 'B3H']] as const);
      return [`${r.int(10, 4999)} ${r.pick(['Rue Saint-Denis', 'Bloor St W', 'Jasper Ave', 'Granville St', 'Elgin St', 'Spring Garden Rd'])}${r.chance(0.3) ? `, Unit ${r.int(100, 2400)}` : ''}`, `${city}, ${pr} ${fsa} ${r.int(1, 9)}${ul(r, 1)}${r.int(1, 9)}`];
    }
    case 'br': {
      const [city, uf, c0] = r.pick([['São Paulo', 'SP', '0'], ['Rio de Janeiro', 'RJ', '2'], ['Belo Horizonte', 'MG', '3'], ['Curitiba', 'PR', '8'], ['Recife', 'PE', '5']] as const);
      return [`${r.pick(['Rua das Acácias', 'Avenida Paulista', 'Rua Sete de Setembro', 'Rua dos Ipês', 'Travessa do Ouvidor'])}, ${n}${r.chance(0.5) ? ` - apto ${r.int(11, 154)}` : ''}`, `${city} - ${uf}, ${c0}${r.digits(4)}-${r.digits(3)}`];
    }
    case 'mx':
      return r.pick([
        [`Av. Insurgentes Sur ${r.int(100, 3999)}, Col. Del Valle`, `03100 Ciudad de México, CDMX`],
        [`Calle Hidalgo ${n}, Col. Centro`, `44100 Guadalajara, Jal.`],
        [`Blvd. Constitución ${n} int. ${r.int(1, 12)}, Col. Obispado`, `64060 Monterrey, N.L.`],
      ]);
  }
}
const COUNTRY_LINE: Partial<Record<Country, string>> = { us: 'USA', uk: 'United Kingdom', de: 'Deutschland', fr: 'France', es: 'España', it: 'Italia', nl: 'Nederland', au: 'Australia', ca: 'Canada', br: 'Brasil', mx: 'México', in: 'India', ie: 'Ireland' };
function address(r: Rng, cc: Country, multi = r.chance(0.5), country = r.chance(0.15)): string {
  const lines = addressLines(r, cc);
  const cl = COUNTRY_LINE[cc];
  if (country && cl && cc !== 'jp') lines.push(cl);
  return lines.join(multi ? '\n' : cc === 'jp' || cc === 'kr' ? ' ' : ', ');
}

// Checksummed numbers --------------------------------------------------------------------------------------

function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return `${body}0`;
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 11);
  let prefix: string;
  let len = 16;
  if (k < 4) { prefix = '4'; len = r.chance(0.06) ? 19 : 16; }
  else if (k < 6) prefix = r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720));
  else if (k < 8) { prefix = r.pick(['34', '37']); len = 15; }
  else if (k === 8) prefix = r.pick(['6011', '65', '644']);
  else if (k === 9) prefix = String(r.int(3528, 3589));
  else if (k === 10) { prefix = r.pick(['36', '38', '300', '305']); len = 14; }
  else prefix = '62';
  return luhnComplete(prefix + r.digits(len - 1 - prefix.length));
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length !== 16) return r.chance(0.5) ? d : d.match(/.{1,4}/g)?.join(' ') ?? d;
  return d.match(/.{4}/g)?.join(sep) ?? d;
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));
/** A card-like number that fails Luhn (last digit bumped). */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = (Number(d.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, -1) + String(last));
}
const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending in ${r.digits(4)}`, `•••• ${r.digits(4)}`]);

const IBAN_SPEC: Readonly<Record<string, string>> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24', PT: 'n21', IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n16',
};
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, cc: string, valid = true): string {
  const spec = IBAN_SPEC[cc] ?? 'n18';
  let bban = '';
  for (const m of spec.matchAll(/([an])(\d+)/g)) bban += m[1] === 'a' ? ul(r, Number(m[2]), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') : r.digits(Number(m[2]));
  const check = 98 - mod97(`${bban}${cc}00`);
  let cd = check;
  if (!valid) {
    cd = r.int(2, 98);
    if (cd === check) cd = cd === 98 ? 2 : cd + 1;
  }
  const out = `${cc}${pad(cd)}${bban}`;
  if (valid && IBAN_LENGTHS[cc] !== out.length) throw new Error(`IBAN length ${cc}`);
  return out;
}
function fmtIban(r: Rng, c: string): string {
  const k = r.int(0, 9);
  if (k < 6) return c.match(/.{1,4}/g)?.join(' ') ?? c;
  if (k < 9) return c;
  return (c.match(/.{1,4}/g)?.join(' ') ?? c).toLowerCase();
}
const iban = (r: Rng, cc: string = r.pick(Object.keys(IBAN_SPEC))): string => fmtIban(r, ibanCompact(r, cc));
const badIban = (r: Rng, cc: string = r.pick(Object.keys(IBAN_SPEC))): string => fmtIban(r, ibanCompact(r, cc, false));

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);

function ipv4(r: Rng): string {
  return r.pick([
    `${r.pick([23, 45, 66, 73, 98, 104, 142, 174, 185, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `192.168.${r.int(0, 20)}.${r.int(2, 254)}`,
    `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ]);
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  return r.pick([
    `2001:db8:${h()}:${h()}::${h()}`,
    `${r.pick(['2a02', '2600', '2607', '2a01', '2804'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
    `fe80::${h()}:${h()}:${h()}:${h()}`,
    `2001:${h()}:${h()}::${h()}:${h()}`,
  ]);
}
const ip = (r: Rng): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));

// Distractors ----------------------------------------------------------------------------------------------

const rxNo = (r: Rng): string => r.pick([`Rx #${r.digits(7)}`, `Rx ${r.digits(2)}-${r.digits(6)}`, `prescription no. ${r.digits(8)}`]);
const mrn = (r: Rng): string => r.pick([`MRN ${r.digits(8)}`, `MRN: ${ul(r, 2)}${r.digits(7)}`, `patient ID ${r.digits(6)}-${r.digits(2)}`]);
const memberId = (r: Rng): string => `${ul(r, 3)}${r.digits(9)}`;
const claimNo = (r: Rng): string => `${r.pick(['CLM', 'C', 'PA'])}-${r.int(2024, 2026)}-${r.digits(7)}`;
const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;
const routing = (r: Rng): string => `0${r.int(1, 9)}${r.digits(7)}`;
const npi = (r: Rng): string => `1${r.digits(9)}`;
const ndc = (r: Rng): string => `${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`;
const hash = (r: Rng, n = 12): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
const version = (r: Rng): string => r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`, `${r.int(2, 12)}.${r.int(0, 9)}.${r.int(0, 40)}.${r.int(100, 999)}`, `build ${r.int(20, 26)}.${r.int(1, 12)}.${r.int(100, 9999)}`]);
const orderNo = (r: Rng): string => r.pick([`#${r.digits(9)}`, `ORD-${r.digits(6)}`, `1Z${ul(r, 3)}${r.digits(3)}${r.digits(10)}`, `${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`]);
const stamp = (r: Rng): string => `${r.int(2024, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
const nhsNo = (r: Rng): string => `${r.digits(3)} ${r.digits(3)} ${r.digits(4)}`;

const EPONYMS = ["Parkinson's", "Alzheimer's", "Crohn's disease", 'Hodgkin lymphoma', "Graves' disease", "Hashimoto's thyroiditis", 'Tourette syndrome', 'Down syndrome', "Bell's palsy", "Cushing's syndrome", "Addison's disease", 'Epstein-Barr virus', "Raynaud's", "Lou Gehrig's disease", "Sjögren's syndrome", "Ménière's disease", "Osgood-Schlatter", 'Guillain-Barré syndrome', "Huntington's disease", 'Kaposi sarcoma'];
const BRANDS = ['Johnson & Johnson', 'Walgreens', 'Mayo Clinic', "Dr. Scholl's", 'Eli Lilly', 'Bayer', 'Pfizer', 'Merck', 'Boots', 'Cedars-Sinai', 'Johns Hopkins', 'Kaiser Permanente', 'Mount Sinai', "St. Jude Children's", 'Ronald McDonald House', 'Dr. Oetker', 'Ben & Jerry\'s', 'Wellcome Trust', 'Abbott', "Kellogg's", 'Rite Aid'];
const BOTS = ['Florence', 'Ada', 'Sage', 'MediBot', 'Aria', 'Hugo'];
const CLINICS = ['Northgate Family Practice', 'Riverside Medical Group', 'Lakeshore Pediatrics', 'Bayview Urgent Care', 'Harborview Pharmacy', 'Cedar Lane Dental', "St. Luke's Health", 'Lincoln Park Clinic', 'Jefferson Medical Center', 'Wellspring Telehealth', 'Beacon Cardiology', 'Franklin Street Pharmacy'];
const MEDS = ['metformin 500 mg', 'lisinopril 10 mg', 'atorvastatin 20 mg', 'levothyroxine 75 mcg', 'sertraline 50 mg', 'amlodipine 5 mg', 'albuterol inhaler', 'omeprazole 20 mg', 'Ozempic 0.5 mg', 'insulin glargine', 'amoxicillin 875 mg', 'montelukast 10 mg', 'Eliquis 5 mg'];
const SYMPTOMS = ['a sore throat and a fever of 38.6', 'chest tightness when climbing stairs', 'a rash on both forearms', 'dizziness after standing up', 'a cough that has lasted three weeks', 'lower back pain radiating to the left leg', 'swollen ankles', 'blurred vision in the right eye', 'ear pain and pressure', 'heartburn most nights'];
const LABS = ['HbA1c 7.4 %', 'TSH 5.8 mIU/L', 'LDL 162 mg/dL', 'ferritin 9 ng/mL', 'eGFR 58', 'vitamin D 14 ng/mL', 'ALT 71 U/L', 'WBC 11.9', 'CRP 24 mg/L', 'PSA 4.6 ng/mL'];
const INSURERS = ['Blue Cross Blue Shield', 'Aetna', 'UnitedHealthcare', 'Cigna', 'Humana', 'Medicare Part D', 'Medicaid', 'Tricare'];
const RELATIVES = ['mother', 'father', 'husband', 'wife', 'son', 'daughter', 'grandmother', 'partner', 'brother', 'aunt'];

// ---------------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------------

type Tpl = (r: Rng, d: Doc) => void;
const nm = (d: Doc, r: Rng, p: Person): Doc => d.l('PERSON', nameForm(r, p));
/** Signs as the user: often the full name (a known name), otherwise a shorter form. */
const sign = (d: Doc, r: Rng, p: Person): Doc => (r.chance(0.6) ? d.self(p.full) : nm(d, r, p));
const usCountry = (r: Rng): Country => r.pick<Country>(['us', 'us', 'us', 'uk', 'au', 'ca', 'ie', 'in', 'za']);

const T_PORTAL: Tpl = (r, d) => {
  const pt = person(r);
  const doc = person(r);
  d.t(`Subject: ${r.pick(['Question about my ', 'Follow-up on ', 'RE: '])}${r.pick(['blood pressure meds', 'last visit', 'lab results', 'referral', 'MRI'])}\n\n`);
  d.t(r.pick(['Hi Dr. ', 'Dear Dr. ', 'Hello Dr. '])).l('PERSON', doc.surname).t(',\n\n');
  const paren = r.chance(0.3);
  d.t('This is ').self(pt.full).t(paren ? ' (date of birth ' : r.pick([', DOB ', ', born '])).l('DOB', fdate(r, birth(r), 'us'));
  d.t(`${paren ? ')' : ''}. I saw you on ${fdate(r, soon(r), 'us')} for ${r.pick(SYMPTOMS)}. `);
  d.t(r.pick(['It is not getting better and I wonder if I should up the dose of ', 'I ran out of ', 'Pharmacy says they need a new script for ']) + r.pick(MEDS) + '. ');
  if (r.chance(0.5)) d.t(`They also mentioned something about ${r.pick(EPONYMS)} — is that something to worry about? `);
  d.t("If it's easier to call, my cell is ").l('PHONE', phone(r, 'us')).t('.\n\nThanks,\n');
  nm(d, r, pt);
};

const T_REFILL_BOT: Tpl = (r, d) => {
  const bot = r.pick(BOTS);
  const pt = person(r);
  const cc = usCountry(r);
  d.t(`${bot} (${r.pick(CLINICS)} assistant): Hi! I can help with refills. What's the patient's full name and date of birth?\n`);
  d.t('User: ').l('PERSON', r.chance(0.5) ? pt.full.toLowerCase() : pt.full).t(r.pick([', ', ' ', ' - '])).l('DOB', fdate(r, birth(r), locOf(cc))).t('\n');
  d.t(`${bot}: Thanks. I found ${rxNo(r)} for ${r.pick(MEDS)}, last filled ${fdate(r, soon(r), locOf(cc))}. Deliver to the address on file?\n`);
  d.t(`User: ${r.pick(['no, send it to ', 'nope new place: ', 'No - please ship to '])}`).l('ADDRESS', address(r, cc, false)).t(r.pick([' please', '', ' thx']));
  d.t(r.pick(['. and text me at ', '. my number changed too, ', '. Text '])).l('PHONE', phone(r, cc)).t(' when it ships\n');
  d.t(`${bot}: Done! Hope you feel better. Tracking will be sent by SMS.`);
};

const T_BOOKING: Tpl = (r, d) => {
  const bot = r.pick(BOTS);
  const pt = person(r);
  const cc = usCountry(r);
  d.t(`[${r.pick(CLINICS)} · online booking]\n${bot}: What brings you in?\nPatient: ${r.pick(SYMPTOMS)}\n`);
  d.t(`${bot}: I can offer ${fdate(r, soon(r), locOf(cc))} at ${time(r)}. To book, I need your name, date of birth, phone and email.\nPatient: `);
  sign(d, r, pt).t(r.pick([', dob ', '\nDOB: ', ', born '])).l('DOB', fdate(r, birth(r), locOf(cc)));
  d.t(r.pick([', ', '\nphone: ', ' / '])).l('PHONE', phone(r, cc)).t(r.pick([', ', '\nemail: ', ' / '])).l('EMAIL', email(r, pt)).t('\n');
  d.t(`${bot}: You're booked, `).l('PERSON', pt.given).t(`! Confirmation #${r.digits(8)} is on its way.`);
};

const T_REMINDER: Tpl = (r, d) => {
  const pt = person(r);
  const doc = person(r);
  const cc = usCountry(r);
  d.t(`${r.pick(CLINICS)}: Hi `).l('PERSON', pt.given).t(`, reminder of your appointment with ${r.pick(['Dr. ', 'Dr ', 'NP '])}`).l('PERSON', doc.surname);
  d.t(` on ${fdate(r, soon(r), locOf(cc))} at ${time(r)}. ${r.pick(['Please arrive 15 min early. ', 'Bring your insurance card. ', ''])}Reply C to confirm, R to reschedule, or call `);
  d.l('PHONE', phone(r, cc)).t(r.pick(['', ` ext. ${r.int(100, 450)}`, ` option ${r.int(1, 4)}`])).t('. Txt STOP to opt out.');
};

const T_PRIOR_AUTH: Tpl = (r, d) => {
  const pt = person(r);
  const doc = person(r);
  d.t(`PRIOR AUTHORIZATION REQUEST — ${r.pick(INSURERS)}\nMember: `).l('PERSON', r.chance(0.4) ? pt.full.toUpperCase() : `${pt.surname}, ${pt.given}`);
  d.t(`\nMember ID: ${memberId(r)}   Group: ${r.digits(6)}\nDOB: `).l('DOB', fdate(r, birth(r, 1935, 2010), 'us'));
  d.t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nAddress: ').l('ADDRESS', address(r, 'us', false)).t('\n');
  d.t('Ordering provider: ').l('PERSON', r.chance(0.5) ? `${doc.given.charAt(0)}. ${doc.surname}` : doc.full).t(`, MD (NPI ${npi(r)}, TIN ${ein(r)})\n`);
  d.t(`Service: ${r.pick(['MRI lumbar spine w/o contrast (CPT 72148)', 'CT chest (CPT 71250)', 'sleep study (CPT 95810)', 'knee arthroscopy (CPT 29881)'])}\nDx: ${r.pick(['M54.16', 'R06.02', 'G47.33', 'M23.221'])}\nRef: ${claimNo(r)}\n`);
  d.t('Questions? Contact ').l('EMAIL', roleEmail(r)).t('.');
};

const T_PAY_CARD: Tpl = (r, d) => {
  const pt = person(r);
  const cc = usCountry(r);
  d.t(`hi, i want to pay my balance of $${r.int(20, 900)}.${r.digits(2)} for the visit on ${fdate(r, soon(r), 'us')} (statement ${orderNo(r)}).\n`);
  d.t('card: ').l('CARD', card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)} cvv ${r.digits(3)}\nname on card: `).l('PERSON', r.chance(0.5) ? pt.full.toUpperCase() : pt.full);
  d.t('\nbilling address: ').l('ADDRESS', address(r, cc, false)).t('\nreceipt to ').l('EMAIL', email(r, pt));
  if (r.chance(0.5)) d.t(`\n(the old card ${maskedCard(r)} expired)`);
};

const T_DE_ERSTATTUNG: Tpl = (r, d) => {
  const pt = person(r, r.pick(CULTURES.slice(9, 12)));
  d.t(`Sehr geehrte Damen und Herren,\n\nbitte erstatten Sie die Rechnung Nr. ${r.digits(6)} vom ${fdate(r, soon(r), 'de')} (Physiotherapie, ${r.int(6, 12)} Sitzungen) auf folgendes Konto:\n`);
  d.t('Kontoinhaber: ').l('PERSON', pt.full).t('\nIBAN: ').l('IBAN', iban(r, r.pick(['DE', 'DE', 'AT', 'CH', 'LU']))).t(`\nBIC: ${ul(r, 4)}DE${ul(r, 2)}XXX\n`);
  d.t(`Versichertennummer: ${ul(r, 1)}${r.digits(9)}\nGeburtsdatum: `).l('DOB', fdate(r, birth(r), 'de')).t('\nAnschrift:\n').l('ADDRESS', address(r, 'de', true)).t('\n\nMit freundlichen Grüßen\n');
  sign(d, r, pt);
};

const T_LAB_Q: Tpl = (r, d) => {
  const pt = person(r);
  const cc = usCountry(r);
  d.t(`Patient message via portal (${mrn(r)})\n\n`);
  d.t(`My results from ${fdate(r, soon(r), locOf(cc))} say ${r.pick(LABS)} and it is flagged red. Is that bad? `);
  d.t(`I'm ${r.int(22, 84)} and already on ${r.pick(MEDS)}. The ${r.pick(BRANDS)} website says it could be ${r.pick(EPONYMS)}. `);
  d.t(r.pick(["For verification: I'm ", 'Name: ', 'This is ']));
  d.self(pt.full).t(r.pick([', born ', ', DOB ', ' – date of birth '])).l('DOB', fdate(r, birth(r), locOf(cc))).t('. ');
  d.t(r.pick(['Please email me at ', 'Reply here or email ', 'You can also reach me at '])).l('EMAIL', email(r, pt)).t('.');
};

const T_TRIAGE_CARER: Tpl = (r, d) => {
  const carer = person(r);
  const pat = person(r);
  const rel = r.pick(RELATIVES);
  const cc = usCountry(r);
  d.t(`Symptom checker — session ${hash(r, 8)}\nQ: Who needs care today?\nA: my ${rel}, `).l('PERSON', r.chance(0.3) ? pat.given.toLowerCase() : pat.full);
  d.t(`\nQ: Age or date of birth?\nA: `).l('DOB', fdate(r, birth(r, 1928, 1960), locOf(cc))).t(`\nQ: Main symptom?\nA: ${r.pick(SYMPTOMS)} since ${r.pick(['yesterday', 'Tuesday', 'last week'])}. has ${r.pick(EPONYMS)}\n`);
  d.t('Q: Your name and a callback number in case we need to reach you?\nA: ');
  sign(d, r, carer).t(', ').l('PHONE', phone(r, cc)).t(`\nTriage result: ${r.pick(['Urgent care within 24 h', 'Call emergency services now', 'Self-care with follow-up in 3 days'])}.`);
};

const T_TELEHEALTH_IP: Tpl = (r, d) => {
  const pt = person(r);
  const doc = person(r);
  const v4 = ipv4(r);
  d.t(`Wellspring Telehealth — connection report\nVisit: ${stamp(r)}  clinician: Dr. `).l('PERSON', doc.surname).t('\nPatient: ').l('PERSON', nameForm(r, pt));
  d.t(`\nClient ${version(r)} on ${r.pick(['iPadOS 17.4', 'Android 14', 'Windows 11 23H2', 'macOS 14.5'])}\nPatient IP: `).l('IP', v4).t(r.chance(0.5) ? `:${r.int(1024, 65000)}` : '');
  d.t(`\nRelay: [`).l('IP', ipv6(r)).t(`]:${r.pick([443, 3478, 5349])}\nPacket loss ${r.int(2, 30)} %, jitter ${r.int(5, 90)} ms. Session dropped twice; patient rejoined from `).l('IP', ipv4(r)).t('.');
};

const T_SECURITY: Tpl = (r, d) => {
  const pt = person(r);
  d.t(`From: ${r.pick(['MyChart', 'FollowMyHealth', 'PatientPortal'])} <`).l('EMAIL', `security@${r.pick(CLINIC_DOMAINS)}`).t('>\nTo: ').l('EMAIL', email(r, pt)).t('\n\n');
  d.t('Hello ').l('PERSON', r.chance(0.5) ? pt.given : pt.full).t(`,\n\nWe noticed a new sign-in to your patient account on ${stamp(r)} from IP address `).l('IP', ip(r));
  d.t(` (${r.pick(['Dallas, TX', 'Frankfurt, DE', 'Lagos, NG', 'unknown location'])}). If this was you, no action is needed. Otherwise reset your password and call `).l('PHONE', phone(r, 'us')).t('.\n\nReference: ').t(hash(r, 16));
};

const T_IT_TICKET: Tpl = (r, d) => {
  const staff = person(r);
  const tech = person(r);
  d.t(`Ticket INC${r.digits(7)} — ${r.pick(['label printer offline at front desk', 'e-prescribing module timing out', 'fax-to-EHR queue stuck', 'scanner not reaching PACS'])}\nReported by: `);
  d.l('PERSON', staff.full).t(r.pick([' (reception)', ' (RN)', ' (pharmacy tech)'])).t(', ').l('EMAIL', email(r, staff)).t(`\nWorkstation ${ul(r, 3)}-${r.digits(3)} at `).l('IP', ipv4(r));
  d.t(`, printer `).l('IP', ipv4(r)).t(r.pick([':9100', '', ':631'])).t(`. Epic client ${version(r)}; error 0x${hash(r, 8)}.\nAssigned: `).l('PERSON', `${tech.given.charAt(0)}. ${tech.surname}`).t('\nNote: ');
  d.t(r.pick(['gateway ', 'DNS ', 'VPN concentrator '])).l('IP', r.chance(0.5) ? ipv4(r) : ipv6(r)).t(` unreachable since ${time(r)}.`);
};

const T_ES_CITA: Tpl = (r, d) => {
  const pt = person(r, r.pick([CULTURES[4], CULTURES[5]] as Culture[]));
  const doc = person(r, r.pick([CULTURES[4], CULTURES[5]] as Culture[]));
  const cc: Country = r.chance(0.6) ? 'es' : 'mx';
  d.t(`Hola, quería pedir cita con la Dra. `).l('PERSON', doc.surname).t(` para ${r.pick(['una revisión', 'el resultado de la analítica', 'renovar la receta de la tensión'])}. `);
  d.t('Me llamo ').self(pt.full).t(', fecha de nacimiento ').l('DOB', fdate(r, birth(r), 'es')).t('. ');
  d.t(`Mi número de tarjeta sanitaria es ${ul(r, 4)}${r.digits(10)}. Podéis llamarme al `).l('PHONE', phone(r, cc)).t(' o escribirme a ').l('EMAIL', email(r, pt)).t('.\n');
  if (r.chance(0.6)) d.t('Mi dirección nueva: ').l('ADDRESS', address(r, cc, false, false)).t('.\n');
  d.t(`Asistente: Gracias, Sra./Sr. `).l('PERSON', pt.surname).t(`. Le ofrezco el ${fdate(r, soon(r), 'es')} a las ${r.int(9, 19)}:${r.pick(['00', '30'])}.`);
};

const T_DE_REZEPT: Tpl = (r, d) => {
  const pt = person(r, r.pick(CULTURES.slice(9, 12)));
  const doc = person(r, CULTURES[9] as Culture);
  d.t(`Praxis Dr. `).l('PERSON', doc.surname).t(` – Rezeptbestellung\n\nName: `).l('PERSON', `${pt.surname}, ${pt.given}`).t('\nGeb.-Datum: ').l('DOB', fdate(r, birth(r), 'de'));
  d.t(`\nMedikament: ${r.pick(['Ramipril 5 mg', 'L-Thyroxin 50 µg', 'Metformin 1000 mg', 'Pantoprazol 40 mg'])}, N${r.int(1, 3)}\nKrankenkasse: ${r.pick(['AOK', 'TK', 'Barmer', 'DAK'])}, Vers.-Nr. ${ul(r, 1)}${r.digits(9)}\n`);
  d.t('Rückruf unter ').l('PHONE', phone(r, 'de')).t(`${r.chance(0.5) ? ' (ab 16 Uhr)' : ''}\nBitte an die Apotheke am Markt schicken, nicht nach Hause (`).l('ADDRESS', address(r, 'de', false)).t(').');
};

const T_FR_RDV: Tpl = (r, d) => {
  const pt = person(r, CULTURES[8] as Culture);
  const doc = person(r, CULTURES[8] as Culture);
  d.t('Bonjour,\nJe souhaiterais un rendez-vous avec le Dr ').l('PERSON', doc.surname).t(` pour ma fille `).l('PERSON', person(r, CULTURES[8] as Culture).given);
  d.t(', née le ').l('DOB', fdate(r, birth(r, 2008, 2022), 'fr')).t(`, qui a ${r.pick(['de la fièvre depuis deux jours', 'une otite', 'des boutons partout'])}.\n`);
  d.t('Mes coordonnées : ').l('PERSON', pt.full).t(', ').l('PHONE', phone(r, 'fr')).t(', ').l('EMAIL', email(r, pt)).t('\n').l('ADDRESS', address(r, 'fr', true)).t('\n');
  d.t(`Numéro de sécurité sociale : ${r.int(1, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}\nMerci, `).l('PERSON', pt.given);
};

const T_IT_VISITA: Tpl = (r, d) => {
  const pt = person(r, CULTURES[7] as Culture);
  d.t(`Prenotazione CUP — ${r.pick(['visita cardiologica', 'ecografia addome', 'esami del sangue', 'visita dermatologica'])}\nAssistito: `).l('PERSON', r.chance(0.5) ? pt.full.toUpperCase() : pt.full);
  d.t(`\nNato/a il `).l('DOB', fdate(r, birth(r), 'it')).t(`\nCodice fiscale: ${ul(r, 6)}${r.digits(2)}${ul(r, 1)}${r.digits(2)}${ul(r, 1)}${r.digits(3)}${ul(r, 1)}\nTelefono: `).l('PHONE', phone(r, 'it'));
  d.t(`\nResidenza: `).l('ADDRESS', address(r, 'it', false)).t(`\nData appuntamento: ${fdate(r, soon(r), 'it')} ore ${r.int(8, 17)}:${r.pick(['00', '30'])}, Ospedale San Raffaele, padiglione B.`);
};

const T_BR_FARMACIA: Tpl = (r, d) => {
  const pt = person(r, CULTURES[6] as Culture);
  d.t('Olá! Sou ').self(pt.full).t(` e gostaria de saber se a receita de ${r.pick(['losartana 50 mg', 'insulina NPH', 'sinvastatina 20 mg'])} já está pronta.\n`);
  d.t('Data de nascimento: ').l('DOB', fdate(r, birth(r), 'pt')).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nWhatsApp: `).l('PHONE', phone(r, 'br'));
  d.t('\nEntrega em: ').l('ADDRESS', address(r, 'br', r.chance(0.5))).t(`\nAtendente: Oi `).l('PERSON', pt.given).t(`, pedido ${r.digits(7)} separado! Farmácia Popular, retirada até ${fdate(r, soon(r), 'pt')}.`);
};

const T_NL_HUISARTS: Tpl = (r, d) => {
  const pt = person(r, CULTURES[10] as Culture);
  const doc = person(r, CULTURES[10] as Culture);
  d.t('Beste dokter ').l('PERSON', doc.surname).t(`,\n\nIk heb sinds ${r.pick(['maandag', 'vorige week', 'gisteren'])} ${r.pick(['last van mijn knie', 'hoofdpijn', 'een hoest die niet overgaat'])}. Kan ik een afspraak maken?\n`);
  d.t('Naam: ').l('PERSON', pt.full).t('\nGeboortedatum: ').l('DOB', fdate(r, birth(r), 'nl')).t(`\nBSN: ${r.digits(9)}\nAdres: `).l('ADDRESS', address(r, 'nl', false));
  d.t('\nTel: ').l('PHONE', phone(r, 'nl')).t('\n\nMet vriendelijke groet,\n');
  sign(d, r, pt);
};

const T_JP_YOYAKU: Tpl = (r, d) => {
  const sur = r.pick(JA_SURNAMES);
  const full = `${sur}${r.pick(['', ' '])}${r.pick(JA_GIVEN)}`;
  d.t('【予約確認】\n').l('PERSON', full).t(' 様\n').t(`${fdate(r, soon(r), 'jp')} ${r.int(9, 17)}:${r.pick(['00', '30'])} 内科外来のご予約を承りました。\n`);
  d.t('生年月日：').l('DOB', fdate(r, birth(r), 'jp')).t('\nご連絡先：').l('PHONE', phone(r, 'jp')).t('\nご住所：').l('ADDRESS', address(r, 'jp', false));
  d.t(`\n保険証記号番号：${r.digits(4)}-${r.digits(3)}\n担当：`).l('PERSON', r.pick(JA_SURNAMES)).t('（受付）\nご不明点は ').l('EMAIL', roleEmail(r)).t(' までお問い合わせください。');
};

const T_KR_YEYAK: Tpl = (r, d) => {
  const who = r.pick(KO_NAMES);
  d.t('안녕하세요, ').l('PERSON', who).t(' 씨. ').t(`${fdate(r, soon(r), 'kr')} 오후 ${r.int(1, 5)}시 진료 예약이 확정되었습니다.\n`);
  d.t('생년월일: ').l('DOB', fdate(r, birth(r), 'kr')).t('\n연락처: ').l('PHONE', phone(r, 'kr'));
  d.t(`\n변경은 앱 버전 ${r.int(3, 6)}.${r.int(0, 9)}.${r.int(0, 9)} 이상에서 가능합니다. 담당 의사: `).l('PERSON', r.pick(KO_NAMES)).t(' 선생님');
};

const T_UK_GP: Tpl = (r, d) => {
  const pt = person(r);
  d.t(`Moorfield Surgery — online consultation\nName: `).l('PERSON', pt.full).t('\nDate of birth: ').l('DOB', fdate(r, birth(r), 'uk'));
  d.t(`\nNHS number: ${nhsNo(r)}\nAddress:\n`).l('ADDRESS', address(r, 'uk', true)).t('\nMobile: ').l('PHONE', phone(r, 'uk'));
  d.t(`\nWhat can we help with? ${r.pick(['Repeat prescription for ', 'Side effects from ', 'Fit note after starting '])}${r.pick(MEDS)}. `);
  d.t(r.pick(['I may be away ', 'Will be at work ', 'Can only do calls '])).t(`after ${time(r)} most days. Ta.`);
};

const T_CARER_MUM: Tpl = (r, d) => {
  const carer = person(r);
  const mum = person(r);
  const cc = usCountry(r);
  const rel = r.pick(['mum', 'mom', 'dad', 'gran', 'father-in-law']);
  d.t(`Hi, I'm writing on behalf of my ${rel}, `).l('PERSON', mum.full).t(' (born ').l('DOB', fdate(r, birth(r, 1925, 1955), locOf(cc))).t(`). `);
  d.t(`Since the fall on ${fdate(r, soon(r), locOf(cc))} ${r.pick(['she', 'he'])} has been confused and we suspect ${r.pick(["Alzheimer's", 'a UTI', 'side effects'])}. `);
  d.t(`I have power of attorney. Could Dr. `).l('PERSON', person(r).surname).t(`'s nurse call me on `).l('PHONE', phone(r, cc)).t('?\n');
  d.t(r.pick(['Regards, ', 'Many thanks — ', 'Best,\n']));
  sign(d, r, carer);
};

const T_CALL_TRANSCRIPT: Tpl = (r, d) => {
  const pt = person(r);
  d.t(`[Voice assistant transcript · nurse advice line · ${stamp(r)}]\nAGENT: thanks for calling, can i get your name\nCALLER: yeah it's `).l('PERSON', pt.full.toLowerCase());
  d.t('\nAGENT: and your date of birth\nCALLER: ').l('DOB', `${mon('en', r.int(1, 12)).toLowerCase()} ${r.pick(['first', 'third', 'ninth', 'twelfth', 'twentieth', 'twenty second'])} ${r.pick(['nineteen fifty four', 'nineteen sixty', 'nineteen eighty one', 'two thousand three', 'nineteen seventy seven'])}`);
  d.t('\nAGENT: best number to call you back?\nCALLER: ').l('PHONE', spokenPhone(r));
  d.t('\nAGENT: and an email for the after-visit summary\nCALLER: ').l('EMAIL', spokenEmail(r, pt)).t(`\nAGENT: got it. i'm sending this to the triage nurse now.`);
};

const T_ADDR_UPDATE: Tpl = (r, d) => {
  const pt = person(r);
  const cc = r.pick<Country>(['us', 'us', 'uk', 'au', 'ca', 'de', 'nl', 'ie']);
  d.t('Please update my address for mail-order prescriptions.\nOld: ').l('ADDRESS', address(r, cc, r.chance(0.5))).t('\nNew: ').l('ADDRESS', address(r, cc, r.chance(0.5)));
  d.t(`\nEffective ${fdate(r, soon(r), locOf(cc))}. Leave packages with the ${r.pick(['concierge in the lobby', 'neighbour at no. 12', 'side gate'])}.\n— `);
  sign(d, r, pt).t(' (').l('EMAIL', email(r, pt)).t(')');
};

const T_DISCHARGE: Tpl = (r, d) => {
  const pt = person(r);
  const doc = person(r);
  const nurse = person(r);
  d.t(`DISCHARGE SUMMARY\nPatient: `).l('PERSON', pt.full.toUpperCase()).t(`   ${mrn(r)}\nDOB: `).l('DOB', fdate(r, birth(r), 'us')).t(`   Admitted: ${fdate(r, soon(r), 'us')}\n`);
  d.t(`Attending: `).l('PERSON', `${doc.surname}, ${doc.given}`).t(`, MD (NPI ${npi(r)})\nDiagnosis: ${r.pick(["community-acquired pneumonia", "exacerbation of Crohn's disease", 'NSTEMI', 'cellulitis of left leg'])}\n`);
  d.t(`Discharge meds: ${r.pick(MEDS)}, ${r.pick(MEDS)} (NDC ${ndc(r)})\nFollow-up with PCP in 7 days. Home health nurse `).l('PERSON', nameForm(r, nurse)).t(' will visit at ').l('ADDRESS', address(r, 'us', false)).t('.');
};

const T_REFERRAL: Tpl = (r, d) => {
  const pt = person(r);
  const from = person(r);
  const to = person(r);
  const cc = r.pick<Country>(['uk', 'au', 'ie', 'us', 'ca']);
  d.t('Dear Dr ').l('PERSON', to.surname).t(',\n\nRe: ').l('PERSON', pt.full).t(', DOB ').l('DOB', fdate(r, birth(r), locOf(cc))).t('\n').l('ADDRESS', address(r, cc, true)).t('\n\n');
  d.t(`Thank you for seeing this patient with ${r.pick(SYMPTOMS)}. Past history includes ${r.pick(EPONYMS)}. `);
  d.t('Best contact is ').l('PHONE', phone(r, cc)).t('.\n\nYours sincerely,\nDr ').l('PERSON', from.full).t(`\n${r.pick(CLINICS)}`);
};

const T_VACCINE: Tpl = (r, d) => {
  const pt = person(r);
  const cc = usCountry(r);
  d.t('I need a copy of my vaccination record for a new job. ').t(r.pick(['Name: ', 'I am ', 'Patient: '])).self(pt.full).t(', DOB ').l('DOB', fdate(r, birth(r, 1960, 2005), locOf(cc)));
  d.t(`. I had the ${r.pick(['Pfizer', 'Moderna', 'Novavax'])} booster on ${fdate(r, soon(r), locOf(cc))} (lot ${ul(r, 2)}${r.digits(4)}) and Tdap at ${r.pick(['Walgreens', 'Boots', 'CVS', 'Rite Aid', 'Kaiser Permanente'])}. Email it to `).l('EMAIL', email(r, pt)).t(' please.');
};

const T_CLAIM_DENIAL: Tpl = (r, d) => {
  const pt = person(r);
  d.t(`My claim ${claimNo(r)} from ${r.pick(INSURERS)} was denied "patient not found". The EOB shows SSN ${maskedSsn(r)} which is not mine. `);
  d.t('My SSN is ').l('NATIONAL_ID', ssn(r)).t(' and my DOB is ').l('DOB', fdate(r, birth(r), 'us')).t(`. The provider's EIN is ${ein(r)}. `);
  d.t(`Can someone fix this? — `);
  sign(d, r, pt).t(', ').l('PHONE', phone(r, 'us'));
};

const T_PAY_PLAN: Tpl = (r, d) => {
  const pt = person(r);
  d.t(`Billing office: Hi `).l('PERSON', pt.given).t(`, to set up the ${r.int(3, 12)}-month payment plan we need a card on file.\n`);
  d.t(`Patient: ok use `).l('CARD', card(r)).t(r.pick([' please', '', ', thanks'])).t(`. NOT the one ${maskedCard(r)}.\n`);
  d.t(`Billing office: Thank you. First charge ${fdate(r, soon(r), 'us')}. Account ${r.digits(10)}, routing ${routing(r)} stays for the HSA refund.`);
};

const T_HSA: Tpl = (r, d) => {
  const pt = person(r);
  d.t(`${r.pick(['Hi! ', 'Question: ', ''])}my ${r.pick(['HSA', 'FSA', 'HRA'])} debit card `).l('CARD', card(r)).t(` got declined at ${r.pick(['CVS', 'Walgreens', 'Rite Aid', 'Harborview Pharmacy'])} for ${r.pick(MEDS)}. `);
  d.t(`I tried the card number ${badCard(r)} from the letter too but it says invalid. `);
  d.t('Cardholder ').l('PERSON', nameForm(r, pt)).t(', ZIP on file ').t(r.digits(5)).t('.');
};

const T_TRAVEL_IBAN: Tpl = (r, d) => {
  const pt = person(r);
  const cc = r.pick<Country>(['de', 'fr', 'es', 'it', 'nl', 'uk', 'ie']);
  const ibcc = { de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', uk: 'GB', ie: 'IE' }[cc as 'de'] ?? 'DE';
  d.t(`Travel insurance claim — emergency visit abroad on ${fdate(r, soon(r), locOf(cc))}\nPolicyholder: `).l('PERSON', pt.full).t(`\nPassport: ${ul(r, 2)}${r.digits(7)}\nDate of birth: `).l('DOB', fdate(r, birth(r), locOf(cc)));
  d.t('\nReachable abroad: ').l('PHONE', phone(r, cc)).t('\nPay the refund to IBAN ').l('IBAN', iban(r, ibcc)).t(`\n(Note: the IBAN on the clinic invoice, ${badIban(r)}, is the clinic's and looks mistyped.)`);
};

const T_INTAKE: Tpl = (r, d) => {
  const pt = person(r);
  const em = person(r);
  d.t(`NEW PATIENT INTAKE\nLast name: `).l('PERSON', pt.surname).t('\nFirst name: ').l('PERSON', pt.given).t('\nDate of birth: ').l('DOB', fdate(r, birth(r), 'us'));
  d.t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nHome address: ').l('ADDRESS', address(r, 'us', false)).t('\nCell: ').l('PHONE', phone(r, 'us'));
  d.t('\nEmail: ').l('EMAIL', email(r, pt)).t('\nEmergency contact: ').l('PERSON', em.full).t(` (${r.pick(RELATIVES)}) `).l('PHONE', phone(r, 'us'));
  d.t(`\nPrimary insurance: ${r.pick(INSURERS)}  ID ${memberId(r)}\nAllergies: ${r.pick(['penicillin', 'none known', 'latex, sulfa'])}`);
};

const T_JSON: Tpl = (r, d) => {
  const pt = person(r);
  const cc = usCountry(r);
  d.t(`{"resourceType":"Patient","id":"${hash(r, 10)}","name":"`).l('PERSON', pt.full).t('","birthDate":"').l('DOB', fdate(r, birth(r), 'iso'));
  d.t('","telecom":[{"system":"phone","value":"').l('PHONE', phone(r, cc)).t('"},{"system":"email","value":"').l('EMAIL', email(r, pt)).t('"}],');
  d.t(`"meta":{"versionId":"${r.int(1, 9)}","lastUpdated":"${stamp(r)}","source":"`).l('IP', ipv4(r)).t('"}}');
};

const T_CSV: Tpl = (r, d) => {
  const cc = usCountry(r);
  d.t('appt_id,appt_time,patient,dob,phone,provider,room\n');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const pt = person(r);
    d.t(`${r.digits(6)},${stamp(r)},"`).l('PERSON', `${pt.surname}, ${pt.given}`).t('",').l('DOB', fdate(r, birth(r), 'iso')).t(',').l('PHONE', phone(r, cc).replace(/,/g, ''));
    d.t(',').l('PERSON', `${r.pick(CULTURES).s[0] ?? 'Baker'}`).t(`,${r.pick(['Exam 3', 'Room 12B', 'Tele', 'Lab'])}\n`);
  }
};

const T_CLIN_CHAT: Tpl = (r, d) => {
  const a = person(r);
  const b = person(r);
  const pt = person(r);
  d.t(`#${r.pick(['cardiology-consults', 'wards-4west', 'peds-oncall'])}\n`).l('PERSON', a.given).t(`: can someone see `).l('PERSON', `${pt.given.charAt(0)}. ${pt.surname}`);
  d.t(` in bay ${r.int(1, 14)}? ${r.pick(['troponin trending up', 'sats 89 % on room air', 'new AF'])}\n`).l('PERSON', b.given).t(`: on it. isn't that ${r.pick(['Mr.', 'Mrs.', 'Ms.'])} `).l('PERSON', pt.surname).t(` from the ${r.pick(['Johns Hopkins', 'Mayo Clinic', 'Cedars-Sinai'])} transfer? DOB `).l('DOB', fdate(r, birth(r), 'us'));
  d.t('?\n').l('PERSON', a.given).t(`: yes. family is ${r.pick(RELATIVES)} — `).l('PHONE', phone(r, 'us')).t(`. Pager ${r.digits(4)}.`);
};

const T_LLM_SUMMARY: Tpl = (r, d) => {
  const pt = person(r);
  const doc = person(r);
  const cc = usCountry(r);
  d.t(`Assistant: Here's a summary you can share with Dr. `).l('PERSON', doc.surname).t(`:\n• Patient: `).l('PERSON', pt.full).t(` (DOB `).l('DOB', fdate(r, birth(r), locOf(cc))).t(')\n');
  d.t(`• Symptoms: ${r.pick(SYMPTOMS)}, started ${fdate(r, soon(r), locOf(cc))}\n• Current meds: ${r.pick(MEDS)}\n• Contact: `).l('PHONE', phone(r, cc)).t('\n');
  d.t(`I can't diagnose ${r.pick(EPONYMS)}, but these details will help. Hope this helps, `).l('PERSON', pt.given).t('!');
};

const T_NEWBORN: Tpl = (r, d) => {
  const parent = person(r);
  const baby = person(r);
  const cc = usCountry(r);
  const b = birth(r, 2024, 2025);
  d.t(`Adding my newborn to our plan. Baby's name: `).l('PERSON', `${baby.given} ${parent.surname}`).t(', born ').l('DOB', fdate(r, b, locOf(cc))).t(` at ${r.pick(['Mercy Hospital', "St. Mary's", 'Ronald Reagan UCLA Medical Center'])}, ${r.int(6, 9)} lb ${r.int(0, 15)} oz. `);
  d.t(`First pediatric visit booked for ${fdate(r, soon(r), locOf(cc))}. Subscriber: `);
  sign(d, r, parent).t(', SSN ').l('NATIONAL_ID', ssn(r)).t('.');
};

const T_PET_TRAP: Tpl = (r, d) => {
  const pt = person(r);
  const cc = usCountry(r);
  const pet = r.pick(['Biscuit', 'Winston', 'Luna', 'Churchill', 'Bella', 'Einstein', 'Elvis']);
  d.t(`Can I bring my service dog ${pet} to the appointment on ${fdate(r, soon(r), locOf(cc))}? He turns ${r.int(3, 9)} on ${fdate(r, soon(r), locOf(cc))}, lol. `);
  d.t('Patient: ').l('PERSON', nameForm(r, pt)).t(', date of birth ').l('DOB', fdate(r, birth(r), locOf(cc))).t('. Phone ').l('PHONE', phone(r, cc)).t('.');
};

const T_AU_DENTAL: Tpl = (r, d) => {
  const pt = person(r);
  d.t(`G'day `).l('PERSON', pt.given).t(`, Cedar Lane Dental here. Your check-up & clean is on ${fdate(r, soon(r), 'uk')} at ${time(r)} with Dr `).l('PERSON', person(r).surname);
  d.t(`. Medicare card ${r.digits(4)} ${r.digits(5)} ${r.int(1, 9)}. Parking is off `).t(r.pick(['Victoria Street', 'King William Road', 'Flinders Lane'])).t('. Questions: ').l('PHONE', phone(r, 'au')).t(' or ').l('EMAIL', roleEmail(r)).t('.');
};

const T_AU_PHYSIO: Tpl = (r, d) => {
  const pt = person(r);
  d.t(`Physio intake — ${r.pick(['Wattle Health', 'Banksia Physio'])}\nClient: `).l('PERSON', pt.full).t('  DOB: ').l('DOB', fdate(r, birth(r), 'uk')).t('\nAddress: ').l('ADDRESS', address(r, 'au', false));
  d.t('\nMobile: ').l('PHONE', phone(r, 'au')).t(`\nReason: ${r.pick(['rolled ankle at netball', 'shoulder after surgery', 'runner\'s knee'])}. Health fund: ${r.pick(['Bupa', 'Medibank', 'HCF'])} ${r.digits(8)}.`);
};

const T_CA_INTAKE: Tpl = (r, d) => {
  const pt = person(r);
  d.t('Mental health services – self-referral\nName: ').self(pt.full).t('\nDate of birth: ').l('DOB', fdate(r, birth(r), r.pick<Loc>(['us', 'iso'])));
  d.t(`\nHealth card: ${r.digits(4)}-${r.digits(3)}-${r.digits(3)}-${ul(r, 2)}\nSIN (optional): ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\nAddress: `).l('ADDRESS', address(r, 'ca', false)).t('\nPhone: ').l('PHONE', phone(r, 'ca'));
  d.t(`\nOK to leave a voicemail: ${r.pick(['yes', 'no'])}`);
};

const T_IN_HOSPITAL: Tpl = (r, d) => {
  const pt = person(r, r.pick(CULTURES.slice(20, 23)));
  const doc = person(r, r.pick(CULTURES.slice(20, 23)));
  d.t(`OPD appointment confirmed with Dr. `).l('PERSON', doc.full).t(` (${r.pick(['Cardiology', 'ENT', 'Endocrinology'])}) on ${fdate(r, soon(r), 'uk')}.\nPatient: `).l('PERSON', pt.full);
  d.t(`, DOB `).l('DOB', fdate(r, birth(r), 'uk')).t(`\nAadhaar: ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}\nMobile: `).l('PHONE', phone(r, 'in')).t('\nAddress: ').l('ADDRESS', address(r, 'in', false));
  d.t(`\nUHID ${r.digits(10)}. Kindly pay ₹${r.int(300, 900)} consultation at counter.`);
};

const T_MX_RECETA: Tpl = (r, d) => {
  const pt = person(r, CULTURES[5] as Culture);
  d.t(`Receta médica — Farmacias del Ahorro\nPaciente: `).l('PERSON', pt.full).t(`\nCURP: ${ul(r, 4)}${r.digits(6)}${ul(r, 6)}${r.digits(2)}\nFecha de nacimiento: `).l('DOB', fdate(r, birth(r), 'es'));
  d.t(`\nDomicilio: `).l('ADDRESS', address(r, 'mx', false)).t('\nTel. ').l('PHONE', phone(r, 'mx')).t(`\nMédico: Dr. `).l('PERSON', person(r, CULTURES[5] as Culture).full).t(`, cédula prof. ${r.digits(7)}`);
};

const T_MAILORDER: Tpl = (r, d) => {
  const pt = person(r);
  d.t('From: ').l('EMAIL', roleEmail(r)).t('\nTo: ').l('EMAIL', email(r, pt)).t('\nSubject: Your order has shipped\n\nDear ').l('PERSON', pt.full);
  d.t(`,\nOrder ${orderNo(r)} (${r.pick(MEDS)}, 90-day supply) shipped ${fdate(r, soon(r), 'us')} via UPS, tracking ${orderNo(r)}.\nShip to:\n`).l('PERSON', pt.full).t('\n').l('ADDRESS', address(r, 'us', true));
  d.t(`\nPaid with ${maskedCard(r)}. Questions? Call the number on your member ID card.`);
};

const T_RECORDS: Tpl = (r, d) => {
  const pt = person(r);
  const cc = 'us';
  d.t(`AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION (HIPAA)\nPatient name: `).l('PERSON', pt.full).t('\nDate of birth: ').l('DOB', fdate(r, birth(r), 'us')).t('\nSocial Security No.: ').l('NATIONAL_ID', ssn(r));
  d.t('\nAddress: ').l('ADDRESS', address(r, cc, false)).t(`\nRelease records from ${r.pick(CLINICS)} to ${r.pick(CLINICS)} for dates of service ${fdate(r, soon(r), 'us')} – ${fdate(r, soon(r), 'us')}.\n`);
  d.t('Signature: /s/ ').self(pt.full).t(`   Date: ${fdate(r, soon(r), 'us')}`);
};

const T_PROXY: Tpl = (r, d) => {
  const me = person(r);
  const kid = person(r);
  const cc = usCountry(r);
  d.t(`I'd like proxy access to my ${r.pick(['son', 'daughter'])}'s portal account. `).t(r.pick(["Child's name: ", 'He/she is '])).l('PERSON', `${kid.given} ${me.surname}`).t(', DOB ').l('DOB', fdate(r, birth(r, 2009, 2022), locOf(cc)));
  d.t('. I am ').self(me.full).t(`, parent/guardian, `).l('EMAIL', email(r, me)).t('. Pediatrician is Dr. ').l('PERSON', person(r).surname).t('.');
};

const T_ROSTER: Tpl = (r, d) => {
  const n = r.int(3, 5);
  const main = phone(r, 'us');
  d.t(`${r.pick(CLINICS)} — on-call this weekend (main line `).l('PHONE', main).t(')\n');
  for (let i = 0; i < n; i++) {
    const p = person(r);
    d.t(r.pick(['Dr. ', 'NP ', 'RN ', ''])).l('PERSON', `${p.given.charAt(0)}. ${p.surname}`).t(` — ${r.pick(['Sat', 'Sun', 'Sat/Sun'])} — ext. ${r.int(200, 499)}\n`);
  }
  d.t(`Badge door code changes ${fdate(r, soon(r), 'us')}. Reminder: ${r.pick(['Grand Rounds', 'Schwartz Rounds', 'M&M'])} moved to the Carnegie room.`);
};

const T_VERIFY: Tpl = (r, d) => {
  const pt = person(r);
  const bot = r.pick(BOTS);
  const cc = usCountry(r);
  d.t(`${bot}: Before I share lab results I need to verify your identity. Full name?\nUser: `).self(pt.full);
  d.t(`\n${bot}: Date of birth?\nUser: `).l('DOB', fdate(r, birth(r), locOf(cc))).t(`\n${bot}: Thanks. Last 4 of your phone number?\nUser: ${r.digits(4)}\n`);
  d.t(`${bot}: That doesn't match ${r.pick(['***-***-', '(***) ***-'])}${r.digits(4)}. Please call ${r.pick(CLINICS)} to update your record.`);
};

const T_HOME_LAB: Tpl = (r, d) => {
  const pt = person(r);
  const cc = usCountry(r);
  const phleb = person(r);
  d.t(`Home blood draw scheduled ✔\nFor: `).l('PERSON', nameForm(r, pt)).t(`\nWhen: ${fdate(r, soon(r), locOf(cc))}, ${time(r)}–${time(r)}\nWhere:\n`).l('ADDRESS', address(r, cc, true));
  d.t(`\nGate code ${r.digits(4)}#, 2nd door on the left after the playground.\nPhlebotomist: `).l('PERSON', phleb.given).t(` (${r.pick(['Quest', 'Labcorp', 'Sonic Healthcare'])})\nFasting ${r.int(8, 12)} h. Tests: ${r.pick(LABS).split(' ')[0] ?? 'CBC'}, CMP.`);
};

const T_US_REFUND: Tpl = (r, d) => {
  const pt = person(r);
  d.t(`Refund for overpayment on invoice ${r.digits(7)}: we will mail a check to `).l('PERSON', pt.full.toUpperCase()).t(' at ').l('ADDRESS', address(r, 'us', false));
  d.t(`. Our EIN ${ein(r)}; bank routing ${routing(r)}. Questions: `).l('EMAIL', roleEmail(r)).t(` or `).l('PHONE', phone(r, 'us')).t(r.chance(0.5) ? ` ext ${r.int(10, 99)}` : '').t('.');
};

const T_EU_IBAN: Tpl = (r, d) => {
  const k = r.int(0, 3);
  if (k === 0) {
    const pt = person(r, CULTURES[8] as Culture);
    d.t(`Objet : remboursement mutuelle\nBonjour, merci de verser le remboursement de la consultation du ${fdate(r, soon(r), 'fr')} sur mon compte `).l('IBAN', iban(r, 'FR')).t('. Titulaire : ').l('PERSON', pt.full.toUpperCase()).t('.\nCordialement, ');
    sign(d, r, pt);
  } else if (k === 1) {
    const pt = person(r, CULTURES[4] as Culture);
    d.t(`Para el reembolso del seguro dental: IBAN `).l('IBAN', iban(r, 'ES')).t(', titular ').l('PERSON', pt.full).t(`, DNI ${r.digits(8)}${ul(r, 1)}. Gracias.`);
  } else if (k === 2) {
    const pt = person(r, CULTURES[7] as Culture);
    d.t(`Rimborso ticket sanitario n. ${r.digits(8)}: accredito su IBAN `).l('IBAN', iban(r, 'IT')).t(' intestato a ').l('PERSON', pt.full).t(`. ${r.chance(0.5) ? `Attenzione: l'IBAN ${badIban(r, 'IT')} indicato prima era sbagliato.` : ''}`);
  } else {
    const pt = person(r);
    d.t(`Refund request (private clinic, UK)\nAccount name: `).l('PERSON', pt.full).t('\nIBAN: ').l('IBAN', iban(r, r.pick(['GB', 'IE', 'NL', 'BE', 'PT', 'PL', 'SE', 'DK', 'FI', 'NO']))).t(`\nSort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}\nEmail: `).l('EMAIL', email(r, pt));
  }
};

const T_SCRIPT_TRANSFER: Tpl = (r, d) => {
  const pt = person(r);
  const ph = person(r);
  d.t('Pharmacist-to-pharmacist transfer\nFrom: ').l('PERSON', ph.full).t(', RPh, Franklin Street Pharmacy, ').l('PHONE', phone(r, 'us')).t(`\nPatient: `).l('PERSON', nameForm(r, pt)).t('  DOB ').l('DOB', fdate(r, birth(r), 'us'));
  d.t(`\n${rxNo(r)} ${r.pick(MEDS)}, ${r.int(0, 5)} refills remaining, DEA ${ul(r, 2)}${r.digits(7)}. Bayer generic OK.`);
};

const T_FEEDBACK: Tpl = (r, d) => {
  const pt = person(r);
  const staff = person(r);
  d.t(`${r.pick(['Just wanted to say', 'Shout-out:', 'Feedback -'])} `).l('PERSON', staff.given).t(` at the front desk was amazing when my ${r.pick(RELATIVES)} had the ${r.pick(EPONYMS)} flare. `);
  const pr = r.pick(['her', 'him']);
  d.t(`Please grant ${pr} a raise! Hope to see ${pr} at my ${r.pick(['May', 'June'])} check-up. Will recommend. From `).self(pt.full).t('.');
};

const T_SELF_SHORT: Tpl = (r, d) => {
  const pt = person(r);
  d.t(r.pick(['is my refill ready? ', 'need to move my 3pm. ', 'can you resend the lab link? '])).t(r.pick(['this is ', "it's ", '- '])).self(pt.full).t(r.pick([' ', ', ', ' dob '])).l('DOB', fdate(r, birth(r), r.pick<Loc>(['us', 'uk', 'iso'])));
};

const T_CARD_PHONE_PAY: Tpl = (r, d) => {
  const pt = person(r);
  d.t(`[IVR payment log ${stamp(r)}] caller `).l('PHONE', phone(r, 'us')).t(` keyed card `).l('CARD', card(r).replace(/[ -]/g, ''));
  d.t(` — declined (AVS mismatch). Retried with `).l('CARD', card(r)).t(` — approved, auth ${ul(r, 2)}${r.digits(4)}. Guarantor: `).l('PERSON', nameForm(r, pt)).t(`. Invalid attempt ${badCard(r)} logged.`);
};

const T_KIOSK_LOG: Tpl = (r, d) => {
  d.t(`${stamp(r)} kiosk-${r.int(1, 9)} checkin ok patient_ref=${hash(r, 10)} src=`).l('IP', ipv4(r)).t('\n');
  d.t(`${stamp(r)} kiosk-${r.int(1, 9)} firmware ${version(r)} heartbeat src=`).l('IP', ipv4(r)).t('\n');
  d.t(`${stamp(r)} portal login user=`).l('EMAIL', email(r, person(r))).t(' from ').l('IP', ipv6(r)).t(` ua="Mozilla/5.0" mfa=${r.pick(['sms', 'totp'])}\n`);
};

const T_SPOKEN_SCHED: Tpl = (r, d) => {
  const pt = person(r);
  d.t(`(voicemail transcription) hi this is `).l('PERSON', pt.given.toLowerCase()).t(` calling about my ${r.pick(['mri', 'colonoscopy prep', 'flu shot'])} appointment, please call me back at `).l('PHONE', spokenPhone(r));
  d.t(`, or on my work line `).l('PHONE', phone(r, 'us')).t(`, thanks bye`);
};

// Hard negatives: no PII at all, but plenty of look-alikes ----------------------------------------------

const N_EPONYM: Tpl = (r, d) => {
  d.t(`Is ${r.pick(EPONYMS)} hereditary? My ${r.pick(['neurologist', 'GP', 'rheumatologist'])} at ${r.pick(['Mayo Clinic', 'Johns Hopkins', 'Cedars-Sinai', 'Mount Sinai', 'Kaiser Permanente'])} mentioned a trial funded by the ${r.pick(['Wellcome Trust', 'Gates Foundation', 'Michael J. Fox Foundation'])}. `);
  d.t(`Also, does the ${r.pick(['Affordable Care Act', 'Ryan White CARE Act', 'Kennedy-Kassebaum Act', "Martha's Rule"])} cover genetic testing? The researcher won the ${r.pick(['Lasker Award', 'Nobel Prize', 'Albert Einstein Award'])} for it.`);
};
const N_PART_D: Tpl = (r, d) => {
  d.t(`${r.pick(['Medicare Part D', 'Medicaid', 'Tricare'])} question: my plan moved ${r.pick(MEDS)} (NDC ${ndc(r)}) to tier ${r.int(2, 5)}. ${rxNo(r)} and ${rxNo(r)} were both filled on ${fdate(r, soon(r), 'us')}. `);
  d.t(`The copay went from $${r.int(5, 20)} to $${r.int(40, 120)}. Is there a coverage determination form? Plan ID ${ul(r, 1)}${r.digits(4)}-${r.digits(3)}.`);
};
const N_ORDER: Tpl = (r, d) => {
  d.t(`Where is my order ${orderNo(r)}? Tracking ${orderNo(r)} hasn't moved since ${fdate(r, soon(r), 'us')}. `);
  d.t(`The website also rejected my card ${badCard(r)} — maybe I typed it wrong? Case number ${r.digits(8)}.`);
};
const N_CHANGELOG: Tpl = (r, d) => {
  d.t(`Patient app release notes — version ${r.int(4, 9)}.${r.int(0, 20)}.${r.int(0, 9)} (${version(r)})\n`);
  d.t(`- Fixed crash on Android when opening lab PDFs (commit ${hash(r, 7)})\n- Appointment reminders now respect DST; server time ${stamp(r)}\n- Updated ${r.pick(['Epic', 'Cerner', 'athenahealth'])} FHIR connector to ${version(r)}\n- Known issue: Apple Health sync fails on iOS 17.${r.int(0, 5)}.${r.int(1, 3)}\n`);
};
const N_INSURER: Tpl = (r, d) => {
  d.t(`Explanation of Benefits — claim ${claimNo(r)}, date of service ${fdate(r, soon(r), 'us')}. Billed $${r.int(200, 4000)}.00, allowed $${r.int(100, 900)}.00. `);
  d.t(`Provider TIN ${ein(r)}, group ${r.digits(6)}. Member SSN on file ${maskedSsn(r)}. Payments by EFT to routing ${routing(r)}. Appeal within 180 days under ERISA.`);
};
const N_SLOTS: Tpl = (r, d) => {
  d.t(`Available slots at ${r.pick(CLINICS)}:\n`);
  for (let i = 0; i < 3; i++) d.t(`• ${fdate(r, soon(r), r.pick<Loc>(['us', 'uk', 'iso']))} ${time(r)} — ${r.pick(['telehealth', 'in person', 'walk-in'])}\n`);
  d.t(`Reply with a number. Flu shots offered at ${r.pick(['Walgreens', 'Boots', 'Rite Aid'])} until ${fdate(r, soon(r), 'us')}.`);
};
const N_BAD_IBAN: Tpl = (r, d) => {
  d.t(`My bank says the IBAN ${badIban(r)} on the refund form is invalid — the check digits don't match. Which one should I use? The reference is ${claimNo(r)}.`);
};
const N_LABS: Tpl = (r, d) => {
  d.t(`Generally, ${r.pick(LABS)} is outside the usual reference range, but ranges differ between labs. Results collected ${fdate(r, soon(r), 'us')} at ${time(r)} should be compared with earlier ones. `);
  d.t(`If you have ${r.pick(EPONYMS)}, your clinician may use different targets. I'm an AI assistant and can't interpret your chart.`);
};
const N_DE: Tpl = (r, d) => {
  d.t(`Frage zu Hashimoto: Muss ich L-Thyroxin nüchtern nehmen? Die Apotheke am Markt hatte nur ${r.pick(['Ratiopharm', 'Berlin-Chemie', 'Aristo'])} vorrätig. Termin ist am ${fdate(r, soon(r), 'de')} um ${r.int(8, 17)} Uhr, Vorgangsnummer ${r.digits(10)}.`);
};
const N_ES: Tpl = (r, d) => {
  d.t(`¿El Hospital Gregorio Marañón atiende urgencias pediátricas los domingos? Tengo cita el ${fdate(r, soon(r), 'es')} y el número de expediente es ${r.digits(9)}. Gracias.`);
};
const N_FR: Tpl = (r, d) => {
  d.t(`Est-ce que la maladie de ${r.pick(['Crohn', 'Parkinson', 'Basedow', 'Lyme'])} est prise en charge à 100 % ? Mon rendez-vous à l'hôpital Georges-Pompidou est le ${fdate(r, soon(r), 'fr')}, dossier n° ${r.digits(8)}.`);
};
const N_MASKED: Tpl = (r, d) => {
  d.t(`To confirm: the card on file is ${maskedCard(r)}, the phone on file ends in ${r.digits(4)} (${r.pick(['***-***-', '(***) ***-'])}${r.digits(4)}) and the SSN is ${maskedSsn(r)}. `);
  d.t('For your security we never show full numbers in chat.');
};
const N_WORDS: Tpl = (r, d) => {
  d.t(`Will the ${r.pick(['May', 'June'])} appointment still happen if the grant funding ends? I hope so. `);
  d.t(`Our ${r.pick(['Rose Garden', 'Summer Fun', 'Joy of Movement', 'Grace Notes'])} support group meets in the Carnegie Room; the Bonfire Night event is cancelled. Faith-based counselling is ${r.pick(['available', 'on hold'])}.`);
};
const N_STORM: Tpl = (r, d) => {
  d.t(`Due to Hurricane ${r.pick(['Helene', 'Milton', 'Beryl', 'Francine'])}, the pharmacy on Washington Avenue is closed until ${fdate(r, soon(r), 'us')}. The hospital ship USNS ${r.pick(['Comfort', 'Mercy'])} is offering dialysis. Follow @${r.pick(['NorthgateFP', 'LakeshorePeds', 'BayviewUC'])} for updates.`);
};
const N_BOT_HELP: Tpl = (r, d) => {
  d.t(`Hi, I'm ${r.pick(BOTS)}, a virtual assistant. I can book appointments, request refills and explain your bill. I can't give a diagnosis. `);
  d.t(`For emergencies call your local emergency number. Session ${hash(r, 16)} started ${stamp(r)}.`);
};
const N_PETS: Tpl = (r, d) => {
  d.t(`Not a human question, sorry: our cat ${r.pick(['Ginger', 'Tigger', 'Oscar', 'Sherlock'])} was born ${fdate(r, soon(r), 'us')} and the vet prescribed ${r.pick(['gabapentin', 'prednisolone'])}. Can I fill it at a human pharmacy? Invoice ${r.digits(6)}.`);
};

// ---------------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------------

const POSITIVE: ReadonlyArray<readonly [number, Tpl]> = [
  [2, T_PORTAL], [2, T_REFILL_BOT], [2, T_BOOKING], [2, T_REMINDER], [3, T_PRIOR_AUTH], [3, T_PAY_CARD],
  [4, T_DE_ERSTATTUNG], [2, T_LAB_Q], [2, T_TRIAGE_CARER], [2, T_TELEHEALTH_IP], [1, T_SECURITY], [2, T_IT_TICKET],
  [2, T_ES_CITA], [1, T_DE_REZEPT], [1, T_FR_RDV], [1, T_IT_VISITA], [1, T_BR_FARMACIA], [1, T_NL_HUISARTS],
  [1, T_JP_YOYAKU], [1, T_KR_YEYAK], [2, T_UK_GP], [2, T_CARER_MUM], [1, T_CALL_TRANSCRIPT], [1, T_ADDR_UPDATE],
  [1, T_DISCHARGE], [1, T_REFERRAL], [1, T_VACCINE], [3, T_CLAIM_DENIAL], [3, T_PAY_PLAN], [3, T_HSA],
  [3, T_TRAVEL_IBAN], [2, T_INTAKE], [1, T_JSON], [1, T_CSV], [1, T_CLIN_CHAT], [1, T_LLM_SUMMARY], [2, T_NEWBORN],
  [1, T_PET_TRAP], [1, T_AU_DENTAL], [1, T_AU_PHYSIO], [1, T_CA_INTAKE], [1, T_IN_HOSPITAL], [1, T_MX_RECETA],
  [1, T_MAILORDER], [2, T_RECORDS], [1, T_PROXY], [1, T_ROSTER], [1, T_VERIFY], [1, T_HOME_LAB], [1, T_US_REFUND],
  [4, T_EU_IBAN], [1, T_SCRIPT_TRANSFER], [1, T_FEEDBACK], [2, T_SELF_SHORT], [2, T_CARD_PHONE_PAY], [2, T_KIOSK_LOG],
  [1, T_SPOKEN_SCHED],
];
const NEGATIVE: readonly Tpl[] = [
  N_EPONYM, N_PART_D, N_ORDER, N_CHANGELOG, N_INSURER, N_SLOTS, N_BAD_IBAN, N_LABS, N_DE, N_ES, N_FR, N_MASKED,
  N_WORDS, N_STORM, N_BOT_HELP, N_PETS,
];
/** Number of distinct document templates. */
export const INDEPENDENT36_TEMPLATE_COUNT = POSITIVE.length + NEGATIVE.length;
const POSITIVE_WEIGHT = POSITIVE.reduce((s, [w]) => s + w, 0);

function pickPositive(r: Rng): Tpl {
  let x = r.next() * POSITIVE_WEIGHT;
  for (const [w, t] of POSITIVE) {
    x -= w;
    if (x < 0) return t;
  }
  return T_PORTAL;
}

/** Generates whole documents until at least `minInstances` labels exist; deterministic per seed. */
export function generateIndependent36Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent36Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT36_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT36_MIN_INSTANCES;
  const out: Independent36Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEGATIVE)(r, d);
    else pickPositive(r)(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
