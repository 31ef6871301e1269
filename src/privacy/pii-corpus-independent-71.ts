/**
 * @module privacy/pii-corpus-independent-71 — a blind, labelled PII evaluation split ("independent71")
 * themed on gyms, fitness clubs, personal trainers and sports leagues.
 *
 * WRITTEN BLIND. While writing it the author read only `src/privacy/pii-corpus-rng.ts` (the `Rng`
 * class), `src/privacy/pii-corpus-checks.ts` (Luhn, IBAN mod 97, `IBAN_LENGTHS`), the first 30 lines of
 * `src/privacy/pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. The detector, its patterns and name lists, the other corpora and
 * their value pools (`pii-corpus-values.ts`, the templates, the other independent splits), the docs and
 * the git history were NOT read, and the detector was never run on this text. Every name, address,
 * template and value below was invented for this file.
 *
 * Seeds: {@link INDEPENDENT71_SEEDS} (710001, 710002, 710003); each seed yields whole documents until at
 * least {@link INDEPENDENT71_MIN_INSTANCES} labels exist, deterministically.
 *
 * Contents: membership sign-ups, freezes and cancellations, SEPA / Bacs direct-debit mandates, PAR-Q
 * health questionnaires, class bookings and waitlists, trainer notes, youth league registrations and
 * team rosters, injury and referee reports, tournament and race entries, check-in logs, CSV / JSON
 * exports, server logs, call and chat transcripts, in English, German, French, Spanish, Italian,
 * Portuguese, Dutch, Polish, Swedish, Japanese, Korean and more, with each country's own phone,
 * address and date formats. About one document in ten is a pure hard negative (people-named brands,
 * places, diseases and laws; order, tracking and case numbers; hashes, versions, timestamps; invalid
 * cards and IBANs; EINs, routing numbers; non-birth dates), and such distractors are also sprinkled
 * through the labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's are
 *   outside the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and
 *   "Surname, Given" forms are labelled, one label per contiguous name. Brands, software, places,
 *   pets, ships, storms, streets/buildings named after people, eponymous diseases/laws/awards and
 *   @handles are not labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses in transcripts are labelled as
 *   the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked
 *   numbers unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids (DNI, PESEL, CPF, BSN,
 *   personnummer, codice fiscale …) unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line addresses from the first street / building
 *   / PO-box line to the last postcode / city / country line; the recipient name is a separate PERSON;
 *   company lines, city-only mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiLabel, PiiCorpusEntry } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-rng.js';

export const INDEPENDENT71_SEEDS = [710001, 710002, 710003] as const;
export const INDEPENDENT71_MIN_INSTANCES = 2400;

/** A gold label that also carries the exact text of its span. */
export interface Independent71Label extends PiiLabel {
  readonly value: string;
}

/** One document of the split. */
export interface Independent71Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent71Label[];
}

/** Builds a document, recording label offsets while text is appended. */
class Doc {
  text = '';
  readonly labels: Independent71Label[] = [];
  readonly known: string[] = [];
  /** Appends plain text. */
  t(s: string): this {
    this.text += s;
    return this;
  }
  /** Appends a labelled value. */
  l(type: PiiType, value: string): this {
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** Appends the user's own full name (labelled PERSON and recorded as a known name). */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
  /** Appends a person's name in the given form. */
  p(name: string): this {
    return this.l('PERSON', name);
  }
}

type Tpl = (r: Rng, d: Doc) => void;

// ---------------------------------------------------------------------------------------------------
// Name pools (invented for this split): culture → given names, family names, name order.
// ---------------------------------------------------------------------------------------------------

interface Culture {
  readonly id: string;
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Family name first in running text. */
  readonly eastern: boolean;
}

function cult(id: string, given: string, family: string, eastern = false): Culture {
  const split = (s: string): string[] => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0);
  return { id, given: split(given), family: split(family), eastern };
}

const CULTURES: readonly Culture[] = [
  cult('en', 'Rose, Hope, Will, Bill, Grant, May, Guy, Mark, Faith, Joy, Dawn, Summer, Hunter, Chase, Miles, Brooke, Tyler, Logan, Heather, Wesley, Nora, Derek, Pat, Sunny',
    'Young, Brown, Fox, King, Baker, Long, Rich, Bell, Hill, Stone, Price, Love, Carter, Hughes, Walsh, Turner, Fletcher, Sutton, Pryce, Whitlock, Haworth, Penrose, Marsh, Wood'),
  cult('ie', 'Siobhán, Niamh, Cian, Oisín, Aoife, Ciarán, Pádraig, Eimear, Róisín, Declan, Sorcha, Tadhg',
    "Ó Briain, Murphy, Gallagher, O'Sullivan, McCarthy, Doyle, Kavanagh, Ní Dhomhnaill, Fitzgerald, Brennan, Moloney, Quinlan"),
  cult('sc', 'Hamish, Morag, Ewan, Isla, Callum, Kirsty, Fraser, Ailsa, Lachlan, Mhairi',
    'MacLeod, Sinclair, Buchanan, Crawford, Munro, Drummond, Baird, McIntyre, Ogilvie, Gillespie'),
  cult('de', 'Jürgen, Anneliese, Lukas, Frauke, Mats, Henrike, Ulrich, Wiebke, Till, Greta, Ole, Sönke',
    'Müller, Schröder, Weißmann, Krüger, Becker, Hoffmann, Vogt, Engel, Brandt, Kühn, Winkler, Jäger'),
  cult('fr', 'Amélie, Théo, Clémence, Baptiste, Solène, Maël, Océane, Grégoire, Anaïs, Loïc, Margaux, Bastien',
    'Lefèvre, Moreau, Garnier, Rousseau, Fontaine, Chevalier, Lemoine, Girard, Faure, Mercier, Dubois, Marchand'),
  cult('es', 'Lucía, Álvaro, Nerea, Íñigo, Pilar, Sergio, Ainhoa, Rocío, Guillermo, Begoña, Joaquín, Maite',
    'García Ruiz, Fernández, Martínez, Sánchez Vidal, Iglesias, Navarro, Ortega, Castillo, Romero, Herrero, Domínguez, Vázquez'),
  cult('mx', 'Guadalupe, Ximena, Santiago, Itzel, Emiliano, Citlali, Rodrigo, Valeria, Mateo, Dulce, Esperanza, Jesús',
    'Hernández, Ramírez, Cruz, Morales, Reyes, Gutiérrez, Mendoza, Aguilar, Salazar, Espinoza, Cervantes, Quintero'),
  cult('br', 'João, Thiago, Luana, Gabriela, Caio, Raíssa, Vinícius, Letícia, Conceição, Rafael, Débora, Iara',
    'Silva, Oliveira, Santos, Pereira, Carvalho, Rodrigues, Almeida, Nascimento, Barbosa, Rocha, Cardoso, Teixeira'),
  cult('it', 'Giulia, Matteo, Chiara, Lorenzo, Francesca, Davide, Beatrice, Gianluca, Serena, Tommaso, Ilaria, Nicolò',
    'Rossi, Esposito, Bianchi, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini'),
  cult('nl', 'Sanne, Joris, Femke, Bram, Lieke, Thijs, Noor, Sem, Maartje, Jelle',
    'de Vries, van Dijk, Bakker, Jansen, Visser, van den Berg, Smit, Mulder, de Boer, Meijer'),
  cult('pl', 'Zofia, Kacper, Agnieszka, Wojciech, Małgorzata, Bartłomiej, Katarzyna, Grzegorz, Joanna, Łukasz',
    'Kowalski, Nowak, Wiśniewska, Wójcik, Kamińska, Lewandowski, Zieliński, Szymańska, Woźniak, Dąbrowski'),
  cult('no', 'Astrid, Björn, Ingrid, Sven, Freja, Lars, Sigrid, Anders, Linnea, Espen, Solveig, Henrik',
    'Lindqvist, Johansson, Andersson, Nygård, Halvorsen, Berg, Sjöberg, Dahl, Holm, Lund, Eriksen, Bergström'),
  cult('fi', 'Aino, Eetu, Venla, Juho, Sanna, Tuomas, Kaisa, Lauri', 'Virtanen, Mäkinen, Korhonen, Nieminen, Heikkinen, Järvinen, Laaksonen, Koskinen'),
  cult('gr', 'Eleni, Giorgos, Dimitra, Nikos, Katerina, Stavros, Sofia, Yannis', 'Papadopoulos, Konstantinou, Georgiou, Nikolaidis, Vlachos, Papadaki, Alexiou, Karagiannis'),
  cult('tr', 'Ayşe, Mehmet, Elif, Emre, Zeynep, Burak, Selin, Oğuz, Deniz, Cem', 'Yılmaz, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Kılıç'),
  cult('ar', 'Said, Fatima, Omar, Layla, Youssef, Mariam, Khalid, Noura, Hamza, Amira, Tariq, Salma',
    'Al-Mansouri, Haddad, El-Amin, Khoury, Nasser, Saleh, Al-Farsi, Bakr, Darwish, Mansour, Aziz, Qasim'),
  cult('fa', 'Dariush, Shirin, Arash, Parisa, Kian, Roya, Babak, Nasrin', 'Tehrani, Rahimi, Hosseini, Karimi, Moradi, Farahani, Jafari, Sadeghi'),
  cult('hi', 'Priya, Rahul, Ananya, Vikram, Sneha, Arjun, Kavya, Rohan, Pooja, Aditya, Meera, Sanjay',
    'Sharma, Patel, Gupta, Reddy, Iyer, Malhotra, Chopra, Desai, Kulkarni, Banerjee, Nair, Joshi'),
  cult('ta', 'Karthik, Lakshmi, Murugan, Deepa, Senthil, Revathi, Arun, Kavitha', 'Subramanian, Ramasamy, Venkatesan, Krishnan, Balasubramaniam, Pillai, Natarajan, Shanmugam'),
  cult('zh', 'Wei, Xiaoling, Jun, Mei, Hao, Yan, Zhiwei, Lingling, Tao, Jing', 'Wang, Li, Zhang, Liu, Chen, Huang, Zhao, Zhou, Wu, Xu', true),
  cult('ja', 'Haruto, Yui, Sota, Aoi, Ren, Hina, Kaito, Sakura, Yuto, Mio', 'Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato'),
  cult('ko', 'Min-jun, Seo-yeon, Ji-ho, Ha-eun, Do-yun, Su-bin, Ye-jin, Hyun-woo', 'Kim, Lee, Park, Choi, Jung, Kang, Yoon, Jang', true),
  cult('vi', 'Minh, Thảo, Quang, Linh, Tuấn, Hương, Khoa, Ngọc', 'Nguyễn, Trần, Lê, Phạm, Hoàng, Võ, Đặng, Bùi', true),
  cult('ph', 'Maricel, Jomar, Rhea, Dindo, Analyn, Jericho, Liezl, Bong', 'Dela Cruz, Bautista, Villanueva, Macapagal, Dimaculangan, Manalo, Tolentino, Pangilinan'),
  cult('ng', 'Chidi, Ngozi, Oluwaseun, Adaeze, Emeka, Funmilayo, Tunde, Blessing, Precious, Godswill, Chiamaka, Femi',
    'Okafor, Adeyemi, Okonkwo, Balogun, Nwosu, Eze, Adebayo, Obi, Ogunleye, Nnamdi'),
  cult('ke', 'Wanjiru, Otieno, Achieng, Kamau, Njeri, Akinyi, Baraka, Zawadi', 'Mwangi, Kariuki, Wambui, Odhiambo, Kiprono, Njoroge, Chebet, Omondi'),
  cult('ru', 'Olga, Dmitri, Natalia, Sergei, Oksana, Pavlo, Yulia, Andriy, Irina, Mykola', 'Ivanova, Petrenko, Sokolov, Kovalenko, Morozova, Shevchuk, Volkov, Bondarenko, Lebedeva, Tkachenko'),
  cult('he', 'Noa, Eitan, Tamar, Yonatan, Shira, Itai, Maya, Ariel', 'Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Avraham, Shapiro'),
  cult('hu', 'Zsófia, Bence, Réka, Levente, Dóra, Gergő', 'Nagy, Kovács, Tóth, Szabó, Horváth, Varga', true),
  cult('cz', 'Tereza, Jakub, Klára, Ondřej, Veronika, Vojtěch', 'Novák, Svobodová, Dvořák, Černý, Procházková, Kučera'),
  cult('gh', 'Kwame, Ama, Kofi, Akosua, Yaw, Efua', 'Mensah, Asante, Owusu, Boateng, Appiah, Osei'),
];

/** Native-script pools for Japanese, Korean and Chinese documents. */
const JA_FAMILY = ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤', '吉田', '松本'];
const JA_GIVEN = ['陽翔', '結衣', '蒼', '葵', '蓮', '陽菜', '大翔', '美桜', '湊', '凛', '悠真', '咲良'];
const KO_FAMILY = ['김', '이', '박', '최', '정', '강', '윤', '장', '임', '한'];
const KO_GIVEN = ['민준', '서연', '지호', '하은', '도윤', '수빈', '예진', '현우', '지민', '서준'];
const ZH_FAMILY = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'];
const ZH_GIVEN = ['伟', '芳', '晓玲', '俊杰', '美玲', '浩然', '静', '志强'];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly eastern: boolean;
  readonly culture: string;
}

function personOf(r: Rng, c: Culture): Person {
  return { given: r.pick(c.given), family: r.pick(c.family), eastern: c.eastern, culture: c.id };
}

function cultureById(id: string): Culture {
  return CULTURES.find((c) => c.id === id) ?? (CULTURES[0] as Culture);
}

/** A person, mostly from the preferred cultures, sometimes from anywhere. */
function person(r: Rng, prefer: readonly string[] = []): Person {
  if (prefer.length > 0 && r.chance(0.7)) return personOf(r, cultureById(r.pick(prefer)));
  return personOf(r, r.pick(CULTURES));
}

function full(p: Person): string {
  return p.eastern ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
}

/** The name in one of the labelled surface forms. */
function variant(r: Rng, p: Person): string {
  const x = r.next();
  if (x < 0.5) return full(p);
  if (x < 0.6) return `${p.given.charAt(0)}. ${p.family}`;
  if (x < 0.7) return p.family;
  if (x < 0.8) return p.given;
  if (x < 0.87) return full(p).toUpperCase();
  if (x < 0.94) return `${p.family}, ${p.given}`;
  return full(p).toLowerCase();
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------------
// E-mail addresses.
// ---------------------------------------------------------------------------------------------------

const MAIL_DOMAINS = [
  'gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'libero.it', 'hotmail.es', 'naver.com',
  'yahoo.co.jp', 'icloud.com', 'proton.me', 'uol.com.br', 'wp.pl', 'telia.com', 'bigpond.com', 'rediffmail.com',
  'seznam.cz', 'freenet.de', 'laposte.net', 'yandex.ru', 'zoho.com', 'fastmail.fm', 'me.com', 'eircom.net',
];
const CLUB_DOMAINS = [
  'ironforge-fitness.com', 'pulse-athletic.co.uk', 'sportverein-lindenau.de', 'clubdeportivo-arenal.es',
  'tidewater-youthsoccer.org', 'kettlebellkollektiv.nl', 'palestra-ritmo.it', 'boxe-montreuil.fr', 'northshore-rowing.com.au',
  'highlinecrossfit.com', 'academia-movimento.com.br', 'sakuragym.jp', 'harborview-swim.org', 'gridiron-juniors.us',
];
const ROLE_LOCALS = ['membership', 'info', 'support', 'referees', 'registrar', 'frontdesk', 'billing', 'coaches', 'kontakt', 'accueil', 'inscripciones', 'no-reply', 'safeguarding', 'welfare'];

function email(r: Rng, p: Person): string {
  const g = ascii(p.given) || 'member';
  const f = ascii(p.family) || 'user';
  const dom = r.chance(0.85) ? r.pick(MAIL_DOMAINS) : r.pick(CLUB_DOMAINS);
  const local = r.pick([
    `${g}.${f}`, `${g.charAt(0)}${f}`, `${f}.${g}${r.int(1, 99)}`, `${g}_${f}`, `${g}${r.int(70, 2012)}`,
    `${g}+gym`, `${f}${g.charAt(0)}`, `${g}.${f.charAt(0)}`, `${g}-${f}`, `${f}${r.digits(3)}`,
  ]);
  return `${local}@${dom}`;
}

function roleEmail(r: Rng): string {
  return `${r.pick(ROLE_LOCALS)}@${r.pick(CLUB_DOMAINS)}`;
}

function spokenEmail(addr: string): string {
  return addr
    .replace(/\./g, ' dot ')
    .replace(/@/g, ' at ')
    .replace(/_/g, ' underscore ')
    .replace(/-/g, ' dash ')
    .replace(/\+/g, ' plus ');
}

// ---------------------------------------------------------------------------------------------------
// Countries: phones, postal addresses, date formats, IBAN country.
// ---------------------------------------------------------------------------------------------------

type Locale = 'us' | 'gb' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'sv' | 'ja' | 'ko' | 'iso';

interface Country {
  readonly code: string;
  readonly name: string;
  readonly cultures: readonly string[];
  readonly locale: Locale;
  readonly iban?: string;
  phone(r: Rng): string;
  addr(r: Rng): string[];
}

const up = (r: Rng, k: number): string => {
  let s = '';
  for (let i = 0; i < k; i++) s += String.fromCharCode(65 + r.int(0, 25));
  return s;
};

const US_STREETS = ['Maple', 'Cedar Ridge', 'Martin Luther King Jr', 'Juniper', 'Sycamore', 'Lincoln', 'Harbor View', 'Old Mill', 'Prairie Wind', 'Willow Bend', 'Chestnut', 'Magnolia'];
const US_CITIES: readonly [string, string, string][] = [
  ['Portland', 'OR', '972'], ['Columbus', 'OH', '432'], ['Austin', 'TX', '787'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'],
  ['Madison', 'WI', '537'], ['Tucson', 'AZ', '857'], ['Burlington', 'VT', '054'], ['Savannah', 'GA', '314'], ['Fresno', 'CA', '937'],
];
const GB_PLACES: readonly [string, string][] = [
  ['Leeds', 'LS6'], ['Manchester', 'M14'], ['Bristol', 'BS7'], ['Glasgow', 'G12'], ['Cardiff', 'CF24'], ['Norwich', 'NR2'], ['York', 'YO10'], ['Brighton', 'BN2'], ['Sheffield', 'S11'], ['Exeter', 'EX4'],
];
const GB_STREETS = ['Kingsley Road', 'Mafeking Terrace', 'Orchard Close', 'Wellington Street', 'Brunswick Lane', 'Heathfield Avenue', 'Cromwell Grove', 'Tanners Row', 'Elmfield Crescent'];
const DE_PLACES: readonly [string, string][] = [['Berlin', '10'], ['Hamburg', '22'], ['München', '81'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Dresden', '01'], ['Bremen', '28']];
const DE_STREETS = ['Lindenstraße', 'Goethestraße', 'Am Sportpark', 'Kastanienallee', 'Schillerplatz', 'Bergmannstraße', 'Turnerweg', 'Hauptstraße', 'Mühlenkamp'];
const FR_PLACES: readonly [string, string][] = [['Paris', '750'], ['Lyon', '6900'], ['Marseille', '1300'], ['Toulouse', '3100'], ['Bordeaux', '3300'], ['Nantes', '4400'], ['Lille', '5900']];
const FR_STREETS = ['rue des Tanneurs', 'avenue Victor Hugo', 'boulevard de la Liberté', 'rue du Stade', 'impasse des Lilas', 'rue Jean Jaurès', 'allée des Platanes'];
const ES_PLACES: readonly [string, string][] = [['Madrid', '280'], ['Barcelona', '080'], ['Valencia', '460'], ['Sevilla', '410'], ['Bilbao', '480'], ['Zaragoza', '500']];
const ES_STREETS = ['Calle de Toledo', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de la Castellana', 'Carrer de Sants', 'Calle Sierpes', 'Calle del Polideportivo'];
const IT_PLACES: readonly [string, string, string][] = [['Milano', '201', 'MI'], ['Roma', '001', 'RM'], ['Bologna', '401', 'BO'], ['Torino', '101', 'TO'], ['Napoli', '801', 'NA'], ['Firenze', '501', 'FI']];
const IT_STREETS = ['Via Garibaldi', 'Via Giuseppe Verdi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale dello Sport', 'Via Roma', 'Piazza Maggiore'];

function usAddr(r: Rng): string[] {
  const [city, st, z] = r.pick(US_CITIES);
  const l1 = `${r.int(12, 9870)} ${r.pick(US_STREETS)} ${r.pick(['St', 'Ave', 'Blvd', 'Dr', 'Ln', 'Ct', 'Way', 'Road'])}`;
  const apt = r.chance(0.35) ? `${r.pick(['Apt', 'Unit', 'Ste', '#'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : '';
  const last = `${city}, ${st} ${z}${r.digits(2)}${r.chance(0.15) ? `-${r.digits(4)}` : ''}`;
  const out = apt && r.chance(0.5) ? [l1, apt, last] : [apt ? `${l1} ${apt}` : l1, last];
  if (r.chance(0.15)) out.push(r.pick(['USA', 'United States']));
  return out;
}

const COUNTRIES: readonly Country[] = [
  {
    code: 'US', name: 'United States', cultures: ['en', 'mx', 'hi', 'ng', 'ko', 'zh', 'vi', 'he'], locale: 'us',
    phone: (r) => {
      const a = `${r.int(2, 9)}${r.digits(2)}`;
      const b = `${r.int(2, 9)}${r.digits(2)}`;
      const c = r.digits(4);
      return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]);
    },
    addr: usAddr,
  },
  {
    code: 'CA', name: 'Canada', cultures: ['en', 'fr', 'zh', 'hi', 'ph'], locale: 'iso',
    phone: (r) => r.pick([`(${r.pick(['416', '604', '514', '403', '613'])}) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`, `+1 ${r.pick(['647', '778', '438'])}-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`]),
    addr: (r) => {
      const [city, pr] = r.pick([['Toronto', 'ON'], ['Montréal', 'QC'], ['Calgary', 'AB'], ['Vancouver', 'BC'], ['Halifax', 'NS']] as const);
      const pc = `${up(r, 1)}${r.int(0, 9)}${up(r, 1)} ${r.int(0, 9)}${up(r, 1)}${r.int(0, 9)}`;
      const l1 = pr === 'QC' ? `${r.int(10, 4999)}, rue ${r.pick(['Saint-Denis', 'Rachel Est', 'Beaubien'])}` : `${r.int(10, 4999)} ${r.pick(['Queen St W', 'Dundas St E', 'Kensington Rd NW', 'Robie St'])}`;
      return [l1, `${city} ${pr} ${pc}`];
    },
  },
  {
    code: 'GB', name: 'United Kingdom', cultures: ['en', 'sc', 'hi', 'ng', 'pl', 'ar'], locale: 'gb', iban: 'GB',
    phone: (r) => r.pick([`07${r.digits(3)} ${r.digits(6)}`, `+44 7${r.digits(3)} ${r.digits(6)}`, `020 7${r.digits(3)} ${r.digits(4)}`, `0113 ${r.digits(3)} ${r.digits(4)}`, `+44 (0)161 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [town, out] = r.pick(GB_PLACES);
      const lines = [`${r.chance(0.2) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 220)} ${r.pick(GB_STREETS)}`];
      if (r.chance(0.3)) lines.push(r.pick(['Headingley', 'Fallowfield', 'Bishopston', 'Hillhead', 'Roath']));
      lines.push(r.chance(0.5) ? town.toUpperCase() : town, `${out} ${r.int(1, 9)}${up(r, 2)}`);
      if (r.chance(0.5)) return [lines.slice(0, -2).join(', '), `${lines.at(-2) ?? town} ${lines.at(-1) ?? ''}`];
      return lines;
    },
  },
  {
    code: 'IE', name: 'Ireland', cultures: ['ie', 'en', 'pl', 'br'], locale: 'gb', iban: 'IE',
    phone: (r) => r.pick([`08${r.pick(['3', '5', '6', '7', '9'])} ${r.digits(3)} ${r.digits(4)}`, `+353 8${r.pick(['5', '6', '7'])} ${r.digits(3)} ${r.digits(4)}`, `(01) ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const d = r.int(1, 18);
      return [`${r.int(1, 140)} ${r.pick(['Seaview Park', 'Griffith Avenue', 'Church Road', 'Marino Crescent'])}`, r.pick(['Clontarf', 'Drumcondra', 'Rathmines', 'Ranelagh']), `Dublin ${d}`, `D${String(d).padStart(2, '0')} ${up(r, 1)}${r.digits(1)}${up(r, 1)}${r.digits(1)}`];
    },
  },
  {
    code: 'DE', name: 'Deutschland', cultures: ['de', 'tr', 'pl', 'ru', 'gr'], locale: 'de', iban: 'DE',
    phone: (r) => r.pick([`01${r.pick(['51', '60', '70', '71', '76', '52'])} ${r.digits(7)}`, `+49 1${r.pick(['51', '60', '72', '77'])} ${r.digits(7)}`, `030 ${r.digits(8)}`, `+49 (0)89 ${r.digits(3)} ${r.digits(4)}`, `0221/${r.digits(6)}`]),
    addr: (r) => {
      const [city, pre] = r.pick(DE_PLACES);
      return [`${r.pick(DE_STREETS)} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`, `${pre}${r.digits(3)} ${city}`];
    },
  },
  {
    code: 'AT', name: 'Österreich', cultures: ['de', 'tr', 'cz', 'hu'], locale: 'de', iban: 'AT',
    phone: (r) => r.pick([`+43 664 ${r.digits(7)}`, `0676 ${r.digits(3)} ${r.digits(4)}`, `+43 1 ${r.digits(7)}`]),
    addr: (r) => r.pick([[`${r.pick(['Kaiserstraße', 'Laudongasse', 'Hernalser Hauptstraße'])} ${r.int(1, 90)}/${r.int(1, 24)}`, `1${String(r.int(1, 23)).padStart(2, '0')}0 Wien`], [`Annenstraße ${r.int(1, 60)}`, '8020 Graz']]),
  },
  {
    code: 'CH', name: 'Schweiz', cultures: ['de', 'fr', 'it'], locale: 'de', iban: 'CH',
    phone: (r) => r.pick([`+41 79 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `078 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `044 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => r.pick([[`Badenerstrasse ${r.int(1, 400)}`, '8004 Zürich'], [`Rue de Carouge ${r.int(1, 120)}`, '1205 Genève'], [`Breitenrainstrasse ${r.int(1, 60)}`, '3013 Bern']]),
  },
  {
    code: 'FR', name: 'France', cultures: ['fr', 'ar', 'pt', 'ng'], locale: 'fr', iban: 'FR',
    phone: (r) => {
      const p = (): string => `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return r.pick([`0${r.pick(['6', '7'])} ${p()}`, `+33 ${r.pick(['6', '7'])} ${p()}`, `01.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`, `+33 (0)4 ${p()}`]);
    },
    addr: (r) => {
      const [city, pre] = r.pick(FR_PLACES);
      const cp = city === 'Paris' ? `750${String(r.int(1, 20)).padStart(2, '0')}` : `${pre}${r.int(0, 9)}`;
      const out = [`${r.int(1, 180)}${r.pick(['', '', ' bis'])} ${r.pick(FR_STREETS)}`];
      if (r.chance(0.25)) out.push(`Bât. ${up(r, 1)}, ${r.int(1, 8)}e étage`);
      out.push(`${cp} ${r.chance(0.4) ? city.toUpperCase() : city}`);
      return out;
    },
  },
  {
    code: 'BE', name: 'Belgique', cultures: ['fr', 'nl', 'ar'], locale: 'fr', iban: 'BE',
    phone: (r) => r.pick([`+32 47${r.int(0, 9)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `0486 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => r.pick([[`Rue Gray ${r.int(1, 200)}`, '1050 Ixelles'], [`Kerkstraat ${r.int(1, 90)}`, '2060 Antwerpen'], [`Sint-Pietersnieuwstraat ${r.int(1, 150)}`, '9000 Gent']]),
  },
  {
    code: 'ES', name: 'España', cultures: ['es', 'mx', 'ar'], locale: 'es', iban: 'ES',
    phone: (r) => r.pick([`6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+34 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`]),
    addr: (r) => {
      const [city, pre] = r.pick(ES_PLACES);
      return [`${r.pick(ES_STREETS)}, ${r.int(1, 220)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'Izda.', 'Dcha.'])}`, `${pre}${r.digits(2)} ${city}`];
    },
  },
  {
    code: 'IT', name: 'Italia', cultures: ['it'], locale: 'it', iban: 'IT',
    phone: (r) => r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `3${r.digits(2)} ${r.digits(7)}`, `02 ${r.digits(8)}`, `+39 06 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => {
      const [city, pre, prov] = r.pick(IT_PLACES);
      return [`${r.pick(IT_STREETS)}, ${r.int(1, 200)}`, `${pre}${r.digits(2)} ${city} (${prov})`];
    },
  },
  {
    code: 'PT', name: 'Portugal', cultures: ['br', 'es'], locale: 'pt', iban: 'PT',
    phone: (r) => r.pick([`+351 9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `21 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => r.pick([[`Rua da Prata, ${r.int(1, 300)}, ${r.int(1, 6)}º Esq.`, `1100-${r.digits(3)} Lisboa`], [`Avenida da Boavista ${r.int(100, 3000)}`, `4100-${r.digits(3)} Porto`]]),
  },
  {
    code: 'NL', name: 'Nederland', cultures: ['nl', 'tr', 'ar'], locale: 'nl', iban: 'NL',
    phone: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(4)} ${r.digits(4)}`, `020 ${r.digits(3)} ${r.digits(4)}`, `010-${r.digits(7)}`]),
    addr: (r) => [`${r.pick(['Kerkstraat', 'Vondelstraat', 'Oudegracht', 'Sportlaan', 'Zeeburgerdijk'])} ${r.int(1, 300)}${r.pick(['', '-II', 'A'])}`, `${r.int(1011, 3599)} ${up(r, 2)} ${r.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag'])}`],
  },
  {
    code: 'PL', name: 'Polska', cultures: ['pl', 'ru'], locale: 'pl', iban: 'PL',
    phone: (r) => r.pick([`+48 ${r.pick(['5', '6', '7', '8'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.pick(['5', '6'])}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`, `22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [city, pc] = r.pick([['Warszawa', '0'], ['Kraków', '3'], ['Gdańsk', '8'], ['Wrocław', '5']] as const);
      return [`ul. ${r.pick(['Kwiatowa', 'Sportowa', 'Marszałkowska', 'Długa', 'Mickiewicza'])} ${r.int(1, 120)}${r.chance(0.6) ? `/${r.int(1, 60)}` : ''}`, `${pc}${r.digits(1)}-${r.digits(3)} ${city}`];
    },
  },
  {
    code: 'SE', name: 'Sverige', cultures: ['no', 'fi', 'ar', 'fa'], locale: 'sv', iban: 'SE',
    phone: (r) => r.pick([`070-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 73 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`]),
    addr: (r) => r.pick([[`Storgatan ${r.int(1, 80)}`, `${r.int(111, 118)} ${r.digits(2)} Stockholm`], [`Linnégatan ${r.int(1, 90)}`, `413 ${r.digits(2)} Göteborg`], [`Södra Förstadsgatan ${r.int(1, 120)}`, `211 ${r.digits(2)} Malmö`]]),
  },
  {
    code: 'NO', name: 'Norge', cultures: ['no'], locale: 'de', iban: 'NO',
    phone: (r) => r.pick([`+47 ${r.pick(['4', '9'])}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`, `${r.pick(['4', '9'])}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`]),
    addr: (r) => r.pick([[`Trondheimsveien ${r.int(1, 200)}`, `0${r.int(550, 589)} Oslo`], [`Nygårdsgaten ${r.int(1, 90)}`, '5015 Bergen']]),
  },
  {
    code: 'FI', name: 'Suomi', cultures: ['fi'], locale: 'de', iban: 'FI',
    phone: (r) => r.pick([`040 ${r.digits(3)} ${r.digits(4)}`, `+358 50 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Mannerheimintie', 'Hämeenkatu', 'Urheilukatu'])} ${r.int(1, 90)} ${up(r, 1)} ${r.int(1, 40)}`, `${r.pick(['00', '33', '20'])}${r.int(1, 9)}${r.int(0, 9)}0 ${r.pick(['Helsinki', 'Tampere', 'Turku'])}`],
  },
  {
    code: 'JP', name: 'Japan', cultures: ['ja'], locale: 'ja',
    phone: (r) => r.pick([`090-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 90-${r.digits(4)}-${r.digits(4)}`, `06-${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => r.pick([
      [`〒${r.int(100, 199)}-${r.digits(4)} 東京都${r.pick(['世田谷区三軒茶屋', '渋谷区神宮前', '江東区豊洲', '杉並区高円寺南'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`],
      [`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Sangenjaya, Setagaya-ku', 'Toyosu, Koto-ku', 'Umeda, Kita-ku'])}`, `${r.pick(['Tokyo', 'Osaka'])} ${r.int(100, 599)}-${r.digits(4)}`],
    ]),
  },
  {
    code: 'KR', name: 'Korea', cultures: ['ko'], locale: 'ko',
    phone: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) => [`서울특별시 ${r.pick(['마포구 월드컵북로', '강남구 테헤란로', '송파구 올림픽로'])} ${r.int(1, 400)}, ${r.int(101, 112)}동 ${r.int(101, 1504)}호 (${r.digits(5)})`],
  },
  {
    code: 'BR', name: 'Brasil', cultures: ['br'], locale: 'pt', iban: 'BR',
    phone: (r) => r.pick([`(${r.pick(['11', '21', '31', '41', '51', '71'])}) 9${r.digits(4)}-${r.digits(4)}`, `+55 ${r.pick(['11', '21', '48'])} 9${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => {
      const [city, uf] = r.pick([['São Paulo', 'SP'], ['Rio de Janeiro', 'RJ'], ['Belo Horizonte', 'MG'], ['Curitiba', 'PR'], ['Porto Alegre', 'RS']] as const);
      return [`${r.pick(['Rua Oscar Freire', 'Av. Paulista', 'Rua das Laranjeiras', 'Rua Marechal Deodoro'])}, ${r.int(10, 2999)}${r.chance(0.5) ? ` - Apto ${r.int(11, 204)}` : ''}`, `${r.pick(['Pinheiros', 'Bela Vista', 'Centro', 'Savassi'])}, ${city} - ${uf}`, `${r.digits(5)}-${r.digits(3)}`];
    },
  },
  {
    code: 'MX', name: 'México', cultures: ['mx'], locale: 'es',
    phone: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `33 ${r.digits(4)} ${r.digits(4)}`, `(81) ${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Av. Insurgentes Sur', 'Calle Benito Juárez', 'Av. Chapultepec', 'Calle Morelos'])} ${r.int(10, 3999)}${r.chance(0.4) ? `, Int. ${r.int(1, 30)}` : ''}, Col. ${r.pick(['Del Valle', 'Roma Norte', 'Providencia', 'Centro'])}`, `${r.digits(5)} ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}`],
  },
  {
    code: 'AU', name: 'Australia', cultures: ['en', 'zh', 'vi', 'gr'], locale: 'gb',
    phone: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.digits(4)} ${r.digits(4)}`, `(03) ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => [`${r.chance(0.3) ? `Unit ${r.int(1, 20)}/` : ''}${r.int(1, 300)} ${r.pick(['Wattle Crescent', 'Beach Parade', 'Macquarie Street', 'Bottlebrush Drive'])}`, `${r.pick(['GLENROY VIC 3046', 'MANLY NSW 2095', 'FORTITUDE VALLEY QLD 4006', 'FREMANTLE WA 6160', 'Glenelg SA 5045'])}`],
  },
  {
    code: 'IN', name: 'India', cultures: ['hi', 'ta'], locale: 'gb',
    phone: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `9${r.digits(4)} ${r.digits(5)}`, `+91-8${r.digits(9)}`, `080 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => [`Flat ${r.int(1, 12)}0${r.int(1, 9)}, ${r.pick(['Lotus Residency', 'Sai Krupa Apartments', 'Green Glen Layout'])}`, `${r.int(1, 30)}th Cross, ${r.pick(['Indiranagar', 'Koramangala', 'Anna Nagar', 'Andheri West'])}`, `${r.pick(['Bengaluru 5600', 'Chennai 6000', 'Mumbai 4000'])}${r.digits(2)}`],
  },
  {
    code: 'NG', name: 'Nigeria', cultures: ['ng'], locale: 'gb',
    phone: (r) => r.pick([`+234 80${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `0803 ${r.digits(3)} ${r.digits(4)}`, `+234 (0)70${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 80)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Allen Avenue'])}, ${r.pick(['Victoria Island', 'Ikoyi', 'Ikeja'])}`, `Lagos ${r.pick(['101241', '106104', '100271'])}`],
  },
  {
    code: 'KE', name: 'Kenya', cultures: ['ke'], locale: 'gb',
    phone: (r) => r.pick([`+254 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `07${r.digits(2)} ${r.digits(6)}`]),
    addr: (r) => [`P.O. Box ${r.int(100, 99999)}-00${r.pick(['100', '200', '505'])}`, 'Nairobi', 'Kenya'],
  },
  {
    code: 'TR', name: 'Türkiye', cultures: ['tr'], locale: 'de', iban: 'TR',
    phone: (r) => r.pick([`+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `05${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Caferağa Mah.', 'Moda Mah.', 'Bostancı Mah.'])} ${r.pick(['Bahariye Cad.', 'Dr. Esat Işık Cad.', 'Yasa Sok.'])} No: ${r.int(1, 90)} D: ${r.int(1, 20)}`, `34${r.digits(3)} Kadıköy/İstanbul`],
  },
  {
    code: 'GR', name: 'Greece', cultures: ['gr'], locale: 'gb', iban: 'GR',
    phone: (r) => r.pick([`+30 69${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `69${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `210 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Ermou', 'Patision', 'Tsimiski', 'Vasilissis Sofias'])} ${r.int(1, 150)}`, `${r.pick(['105 63 Athens', '546 24 Thessaloniki', '262 21 Patras'])}`],
  },
];

function country(r: Rng, codes?: readonly string[]): Country {
  if (codes && codes.length > 0) {
    const code = r.pick(codes);
    const c = COUNTRIES.find((x) => x.code === code);
    if (c) return c;
  }
  return r.pick(COUNTRIES);
}

function addrText(r: Rng, c: Country, multi: boolean, withCountry = false): string {
  const lines = c.addr(r);
  if (withCountry && !lines.some((x) => /Kenya|USA|United States/.test(x))) lines.push(c.name);
  return multi ? lines.join('\n') : lines.join(', ');
}

// ---------------------------------------------------------------------------------------------------
// Dates.
// ---------------------------------------------------------------------------------------------------

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
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
};

function ymd(r: Rng, y0: number, y1: number): Ymd {
  return { y: r.int(y0, y1), m: r.int(1, 12), d: r.int(1, 28) };
}

const p2 = (x: number): string => String(x).padStart(2, '0');
const mon = (lang: string, m: number): string => (MONTHS[lang] ?? MONTHS['en'] ?? [])[m - 1] ?? 'May';
const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A date written the way the locale writes it. */
function fmtDate(r: Rng, loc: Locale, x: Ymd): string {
  const { y, m, d } = x;
  switch (loc) {
    case 'us':
      return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${mon('en', m)} ${d}, ${y}`, `${mon('en', m).slice(0, 3)} ${d} ${y}`]);
    case 'gb':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mon('en', m)} ${y}`, `${ord(d)} ${mon('en', m)} ${y}`, `${d} ${mon('en', m).slice(0, 3)} ${y}`]);
    case 'de':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}. ${mon('de', m)} ${y}`, `${d}.${m}.${y}`]);
    case 'fr':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d === 1 ? '1er' : d} ${mon('fr', m)} ${y}`]);
    case 'es':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mon('es', m)} de ${y}`, `${d}-${p2(m)}-${y}`]);
    case 'it':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mon('it', m)} ${y}`]);
    case 'pt':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mon('pt', m)} de ${y}`]);
    case 'nl':
      return r.pick([`${p2(d)}-${p2(m)}-${y}`, `${d} ${mon('nl', m)} ${y}`]);
    case 'pl':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d} ${mon('pl', m)} ${y}`]);
    case 'sv':
      return `${y}-${p2(m)}-${p2(d)}`;
    case 'ja':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`]);
    case 'ko':
      return r.pick([`${y}년 ${m}월 ${d}일`, `${y}-${p2(m)}-${p2(d)}`]);
    case 'iso':
      return `${y}-${p2(m)}-${p2(d)}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs.
// ---------------------------------------------------------------------------------------------------

const CARD_SHAPES: readonly ((r: Rng) => [string, number])[] = [
  (r) => ['4', r.chance(0.9) ? 16 : r.pick([13, 19])],
  (r) => [String(r.int(51, 55)), 16],
  (r) => [String(r.int(2221, 2720)), 16],
  (r) => [r.pick(['34', '37']), 15],
  (r) => [r.pick(['6011', '65', String(r.int(644, 649))]), 16],
  (r) => [String(r.int(3528, 3589)), 16],
  (r) => [r.pick(['36', '38', String(r.int(300, 305))]), 14],
  (r) => ['62', r.pick([16, 19])],
];

function cardDigits(r: Rng): string {
  const [pre, len] = r.pick(CARD_SHAPES)(r);
  const body = pre + r.digits(len - pre.length - 1);
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}

function groupCard(r: Rng, dg: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (sep === '') return dg;
  let parts: string[];
  if (dg.length === 15) parts = [dg.slice(0, 4), dg.slice(4, 10), dg.slice(10)];
  else if (dg.length === 14) parts = [dg.slice(0, 4), dg.slice(4, 10), dg.slice(10)];
  else parts = dg.match(/.{1,4}/g) ?? [dg];
  return parts.join(sep);
}

function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}

/** A card-like number that fails Luhn (unlabelled distractor). */
function badCard(r: Rng): string {
  const dg = cardDigits(r);
  const last = Number(dg.slice(-1));
  return groupCard(r, dg.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

function maskedCard(r: Rng): string {
  const last = r.digits(4);
  return r.pick([`**** **** **** ${last}`, `XXXX-XXXX-XXXX-${last}`, `•••• ${last}`, `ending in ${last}`, `${r.pick(['4', '5'])}${r.digits(3)} ** **** ${last}`]);
}

const IBAN_SHAPES: Readonly<Record<string, string>> = {
  DE: '9', GB: 'A4 9', FR: '9', ES: '9', IT: 'A1 9', NL: 'A4 9', BE: '9', CH: '9', AT: '9', PL: '9', PT: '9', IE: 'A4 9',
  SE: '9', NO: '9', DK: '9', FI: '9', LU: '9', TR: '9', GR: '9', BR: '9', CZ: '9', HU: '9', RO: 'A4 9', HR: '9', LT: '9', SI: '9', EE: '9',
};

function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const shape = IBAN_SHAPES[cc] ?? '9';
  let bban = '';
  const m = /^A(\d) 9$/.exec(shape);
  if (m) bban = up(r, Number(m[1]));
  bban += r.digits(len - 4 - bban.length);
  if (cc === 'BR') bban = bban.slice(0, -2) + 'C1';
  const num = (bban + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const dch of num) rem = (rem * 10 + Number(dch)) % 97;
  return cc + p2(98 - rem) + bban;
}

function groupIban(r: Rng, s: string): string {
  const x = r.next();
  if (x < 0.6) return (s.match(/.{1,4}/g) ?? [s]).join(' ');
  if (x < 0.9) return s;
  return (s.match(/.{1,4}/g) ?? [s]).join(' ').toLowerCase();
}

function iban(r: Rng, cc: string): string {
  return groupIban(r, ibanCompact(r, cc));
}

/** An IBAN with a wrong check (unlabelled distractor). */
function badIban(r: Rng, cc: string): string {
  const s = ibanCompact(r, cc);
  let bad = s;
  for (let i = 0; i < 10 && ibanMod97Valid(bad); i++) bad = s.slice(0, 2) + p2(r.int(2, 98)) + s.slice(4);
  if (ibanMod97Valid(bad)) bad = s.slice(0, -1) + String((Number(s.slice(-1)) + 1) % 10);
  return groupIban(r, bad);
}

function ssnParts(r: Rng): [string, string, string] {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return [String(area).padStart(3, '0'), p2(r.int(1, 99)), String(r.int(1, 9999)).padStart(4, '0')];
}

function ssn(r: Rng): string {
  const [a, g, s] = ssnParts(r);
  const sep = r.pick(['-', '-', '-', ' ', '']);
  return `${a}${sep}${g}${sep}${s}`;
}

/** Masked or structurally impossible SSN-like strings (unlabelled). */
function badSsn(r: Rng): string {
  const [, g, s] = ssnParts(r);
  return r.pick([`***-**-${s}`, `XXX-XX-${s}`, `000-${g}-${s}`, `666-${g}-${s}`, `9${r.digits(2)}-${g}-${s}`, `${r.int(100, 899)}-00-${s}`]);
}

function ipv4(r: Rng): string {
  return r.pick([
    `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `192.168.${r.int(0, 20)}.${r.int(2, 254)}`,
    `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ]);
}

function ipv6(r: Rng): string {
  const g = (): string => r.int(0, 0xffff).toString(16);
  const head = r.pick(['2001:db8', '2a02:8108', '2600:1700', '2406:da18', 'fe80:0', '2a01:4f8']);
  const x = r.next();
  if (x < 0.45) return `${head}:${g()}:${g()}::${g()}`;
  if (x < 0.75) return `${head}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`;
  if (x < 0.9) return `${head}::${g()}:${g()}`;
  return `${head}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`.toUpperCase();
}

function ip(r: Rng): string {
  return r.chance(0.7) ? ipv4(r) : ipv6(r);
}

// ---------------------------------------------------------------------------------------------------
// Distractors (never labelled).
// ---------------------------------------------------------------------------------------------------

const EPONYMS = [
  'Osgood-Schlatter disease', "Sever's disease", 'a Jones fracture', 'Tommy John surgery', 'the Heimlich manoeuvre', "Lou Gehrig's disease",
  "Raynaud's", "Achilles tendinopathy", 'a Bankart lesion', "Hashimoto's", "Parkinson's", "Wolff's law", 'the Valsalva manoeuvre', 'a Baker\'s cyst',
];
const BRANDS = [
  'Les Mills BODYPUMP', 'Pilates reformer', 'Tabata', 'Jack Wolfskin', 'Adidas Predator', 'Tommy Hilfiger', 'Dr. Martens', 'Gold\'s Gym',
  'Joe Weider bench', 'Ralph Lauren', 'Peloton', 'Hugo Boss', 'Jenny Craig', 'Ben & Jerry\'s', 'Wendy\'s', 'Technogym', 'Concept2', 'Garmin Forerunner',
  'Stanley cup', 'Mizuno Wave Rider', 'Asics Gel-Kayano', 'Hoka Clifton', 'Lagree', 'Zumba Gold',
];
const PLACES = [
  'Marie Curie Leisure Centre', 'Jesse Owens Sportpark', 'Lake Louise', 'St Helens', 'Victoria Park', 'Jackson Hole', 'Nelson Mandela Hall',
  'Fanny Blankers-Koen baan', 'Estadio Santiago Bernabéu', 'Sala Pietro Mennea', 'Stade Pierre de Coubertin', 'Clyde Walker Field', 'Fort William',
];
const LAWS = ["Lindsay's Law", 'the Zackery Lystedt Law', 'Title IX', "Megan's Law", "Martyn's Law", "Jessica's Law"];
const AWARDS = ['the Ballon d\'Or', 'the Heisman Trophy', 'the Lady Byng Trophy', 'the Vince Lombardi Trophy', 'the Stanley Cup', 'the Webb Ellis Cup'];
const PETS = ['our spaniel Bella', 'the club cat Winston', 'my dog Rocky', 'the mascot Bruno the Bear', 'our labrador Duke', 'the goalkeeper\'s dog Murphy'];
const STORMS = ['Storm Ciarán', 'Storm Eunice', 'Hurricane Beryl', 'Storm Babet', 'Typhoon Nanmadol'];
const TEAMS = ['Riverside Hornets U12', 'FC Lindenau 1899 II', 'Northgate Harriers', 'CD Arenal Femenino', 'Tidewater Tritons', 'Sakura Kickers', 'AS Montreuil Boxe', 'Kettlebell Kollektiv', 'Highline Barbell Club', 'Ridgeway Rovers U9'];
const SOFTWARE = ['Jenkins', 'Mindbody', 'Glofox', 'TeamSnap', 'Django', 'Eversports', 'ClubRight', 'Zapier', 'Hudson'];

function orderNo(r: Rng): string {
  return r.pick([
    `ORD-${r.int(2019, 2025)}-${r.digits(5)}`, `#${r.digits(7)}`, `1Z${up(r, 3)}${r.digits(3)}${up(r, 2)}${r.digits(8)}`, `MBR-${r.digits(6)}`,
    `CASE ${r.digits(8)}`, `INV/${r.int(2021, 2025)}/${r.digits(4)}`, `TKT-${r.digits(5)}`, `RMA ${r.digits(4)}-${up(r, 2)}`,
  ]);
}

function hash(r: Rng): string {
  let s = '';
  for (let i = 0; i < r.pick([7, 12, 40, 64]); i++) s += r.int(0, 15).toString(16);
  return s;
}

function version(r: Rng): string {
  return r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`, `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(10, 250)}`, `build ${r.int(10, 99)}.${r.int(0, 9)}.${r.digits(5)}`]);
}

function timestamp(r: Rng): string {
  const x = ymd(r, 2023, 2025);
  return `${x.y}-${p2(x.m)}-${p2(x.d)}T${p2(r.int(5, 22))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
}

function ein(r: Rng): string {
  return `${r.int(10, 98)}-${r.digits(7)}`;
}

function routing(r: Rng): string {
  return r.pick(['021000021', '011000138', '121000358', '026009593', '322271627', '071000013']);
}

/** One distractor sentence (no PII). */
function distractor(r: Rng): string {
  return r.pick([
    `Reminder: ${r.pick(BRANDS)} classes move to studio ${r.int(1, 4)} from ${r.pick(['Monday', 'next week', 'the 1st'])}.`,
    `Ref ${orderNo(r)} — please quote it in any reply.`,
    `Physio note mentions ${r.pick(EPONYMS)}, nothing more for now.`,
    `Venue: ${r.pick(PLACES)} (parking behind the main stand).`,
    `Under ${r.pick(LAWS)} all coaches must complete the annual module.`,
    `Our app (${version(r)}) syncs with ${r.pick(SOFTWARE)} every night at 02:00.`,
    `Tournament cancelled last year because of ${r.pick(STORMS)}.`,
    `${r.pick(TEAMS)} still lead the table on goal difference.`,
    `Photo of ${r.pick(PETS)} at the finish line is on the noticeboard.`,
    `Commit ${hash(r)} fixed the waitlist bug.`,
    `Card ${maskedCard(r)} was charged for the ${r.pick(['annual', 'monthly', 'off-peak'])} plan.`,
    `Season opener is ${fmtDate(r, r.pick(['gb', 'us', 'de'] as const), ymd(r, 2024, 2026))}; bring ${r.pick(BRANDS)} gear if you have it.`,
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Template helpers.
// ---------------------------------------------------------------------------------------------------

const CLUBS = [
  'IronForge Fitness', 'Pulse Athletic Club', 'SV Lindenau 1899 e.V.', 'Club Deportivo Arenal', 'Tidewater Youth Soccer', 'Kettlebell Kollektiv',
  'Palestra Ritmo', 'Boxe Montreuil', 'Northshore Rowing Club', 'Highline CrossFit', 'Academia Movimento', 'Sakura Gym', 'Harborview Swim Team',
  'Gridiron Juniors', 'FitLab 24/7', 'Basecamp Climbing', 'Studio Équilibre', 'Klub Sportowy Orzeł', 'Friskis Södermalm', 'Moda Spor Kulübü',
];
const CLASSES = ['Spin 45', 'HIIT Express', 'Reformer Pilates', 'Yoga Flow', 'Boxfit', 'Aqua Aerobics', 'Olympic Lifting 101', 'Kettlebell Complex', 'Barre', 'Les Mills BODYCOMBAT', 'Zumba Gold', 'Mobility & Core'];
const RELATIONS = ['mother', 'father', 'partner', 'wife', 'husband', 'sister', 'brother', 'friend', 'neighbour', 'grandmother'];
const club = (r: Rng): string => r.pick(CLUBS);
const hhmm = (r: Rng): string => `${p2(r.int(6, 21))}:${r.pick(['00', '15', '30', '45'])}`;

/** A labelled name in one of the surface forms. */
function nm(r: Rng, d: Doc, p: Person): Doc {
  return d.p(variant(r, p));
}
/** A date of birth for an adult or a youth athlete, labelled. */
function dob(r: Rng, d: Doc, loc: Locale, youth = false): Doc {
  return d.l('DOB', fmtDate(r, loc, youth ? ymd(r, 2008, 2019) : ymd(r, 1948, 2006)));
}
/** A non-birth date (unlabelled). */
function other(r: Rng, loc: Locale): string {
  return fmtDate(r, loc, ymd(r, 2023, 2026));
}
/** Two ordered non-birth dates in one consistent format (unlabelled). */
function span(r: Rng, loc: Locale): [string, string] {
  const a = ymd(r, 2024, 2025);
  const b = { y: a.m > 9 ? a.y + 1 : a.y, m: a.m > 9 ? a.m - 9 : a.m + r.int(1, 3), d: r.int(1, 28) };
  const fmt = (x: Ymd): string => (loc === 'us' ? `${p2(x.m)}/${p2(x.d)}/${x.y}` : loc === 'de' ? `${p2(x.d)}.${p2(x.m)}.${x.y}` : `${x.d} ${mon('en', x.m)} ${x.y}`);
  return [fmt(a), fmt(b)];
}
function maybeDistractor(r: Rng, d: Doc, p = 0.4): void {
  if (r.chance(p)) d.t(`\n${distractor(r)}`);
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spokenPhone(r: Rng, phone: string): string {
  const oh = r.chance(0.5);
  const groups = phone.replace(/[()]/g, '').split(/[\s.\-/]+/).filter((g) => g.length > 0);
  return groups
    .map((g) => [...g].map((ch) => (ch === '+' ? 'plus' : ch === '0' && oh ? 'oh' : (DIGIT_WORDS[Number(ch)] ?? ch))).join(' '))
    .join(', ');
}

function dni(r: Rng): string {
  const num = r.int(10000000, 99999999);
  return `${num}${'TRWAGMYFPDXBNJZSQVHLCKE'.charAt(num % 23)}`;
}
function codiceFiscale(r: Rng): string {
  return `${up(r, 6)}${r.digits(2)}${up(r, 1)}${r.digits(2)}${up(r, 1)}${r.digits(3)}${up(r, 1)}`;
}
function bic(r: Rng, cc: string): string {
  return `${up(r, 4)}${cc}${up(r, 2)}${r.chance(0.5) ? 'XXX' : ''}`;
}

// ---------------------------------------------------------------------------------------------------
// Templates (labelled documents).
// ---------------------------------------------------------------------------------------------------

const signupForm: Tpl = (r, d) => {
  const c = country(r, ['US', 'GB', 'IE', 'AU', 'CA', 'IN', 'NG', 'KE']);
  const me = person(r, c.cultures);
  const ec = person(r, c.cultures);
  d.t(`NEW MEMBER APPLICATION — ${club(r)}\nMembership no.: MBR-${r.digits(6)}\nFull name: `);
  if (r.chance(0.5)) d.self(full(me));
  else d.p(full(me).toUpperCase());
  d.t('\nDate of birth: ');
  dob(r, d, c.locale);
  d.t('\nEmail: ').l('EMAIL', email(r, me)).t('\nMobile: ').l('PHONE', c.phone(r));
  d.t('\nHome address:\n').l('ADDRESS', addrText(r, c, true, r.chance(0.3)));
  d.t('\nEmergency contact: ');
  nm(r, d, ec).t(` (${r.pick(RELATIONS)}) — `).l('PHONE', c.phone(r));
  d.t(`\nPlan: ${r.pick(['Off-peak', 'Anytime', 'Student', 'Family add-on', 'Corporate'])} | Start date: ${other(r, c.locale)}`);
  maybeDistractor(r, d);
};

const freezeRequest: Tpl = (r, d) => {
  const c = country(r, ['GB', 'US', 'IE', 'AU', 'NL', 'DE']);
  const me = person(r, c.cultures);
  d.t(`Subject: Membership freeze request\n\nHi ${club(r)} team,\n\n`);
  const [f0, f1] = span(r, c.locale);
  d.t(`I'd like to freeze my membership from ${f0} until ${f1}. `);
  d.t(r.pick([`My physio says it's ${r.pick(EPONYMS)} and I need 8 weeks off. `, "I'm travelling for work for two months. ", "I'm having a baby in the spring! "]));
  d.t(`My member number is MBR-${r.digits(6)}`);
  if (r.chance(0.6)) d.t(' and you can reach me on ').l('PHONE', c.phone(r));
  d.t('.\n\n');
  if (r.chance(0.3)) d.t(`The payment card ${maskedCard(r)} should not be charged while frozen.\n\n`);
  d.t(r.pick(['Thanks,\n', 'Best wishes,\n', 'Cheers,\n'])).self(full(me));
  if (r.chance(0.4)) d.t('\n').l('EMAIL', email(r, me));
};

const SEPA_TEXT: Readonly<Record<string, readonly string[]>> = {
  de: ['SEPA-Lastschriftmandat', 'Gläubiger-Identifikationsnummer', 'Mandatsreferenz', 'Kontoinhaber/in', 'Anschrift', 'Kreditinstitut', 'Ort, Datum', 'Unterschrift'],
  fr: ['Mandat de prélèvement SEPA', 'Identifiant créancier SEPA', 'Référence unique du mandat', 'Titulaire du compte', 'Adresse', 'Banque', 'Fait à', 'Signature'],
  es: ['Orden de domiciliación SEPA', 'Identificador del acreedor', 'Referencia de la orden', 'Titular de la cuenta', 'Dirección', 'Entidad', 'Lugar y fecha', 'Firma'],
  it: ['Mandato per addebito diretto SEPA', 'Codice identificativo del creditore', 'Riferimento del mandato', 'Intestatario del conto', 'Indirizzo', 'Banca', 'Luogo e data', 'Firma'],
  nl: ['Doorlopende machtiging SEPA', 'Incassant ID', 'Kenmerk machtiging', 'Naam rekeninghouder', 'Adres', 'Bank', 'Plaats en datum', 'Handtekening'],
  en: ['SEPA Direct Debit Mandate', 'Creditor identifier', 'Mandate reference', 'Account holder', 'Address', 'Bank', 'Place, date', 'Signature'],
};

const sepaMandate: Tpl = (r, d) => {
  const c = country(r, ['DE', 'AT', 'FR', 'BE', 'ES', 'IT', 'NL', 'IE', 'PT', 'FI']);
  const lang = { DE: 'de', AT: 'de', FR: 'fr', BE: 'fr', ES: 'es', IT: 'it', NL: 'nl' }[c.code] ?? 'en';
  const w = SEPA_TEXT[lang] ?? SEPA_TEXT['en'] ?? [];
  const me = person(r, c.cultures);
  const cc = c.iban ?? 'DE';
  d.t(`${w[0]} — ${club(r)}\n${w[1]}: ${cc}${r.digits(2)}ZZZ${r.digits(11)}\n${w[2]}: ${up(r, 3)}-${r.digits(7)}\n\n${w[3]}: `);
  if (r.chance(0.35)) d.self(full(me));
  else nm(r, d, me);
  d.t(`\n${w[4]}: `).l('ADDRESS', addrText(r, c, false));
  d.t('\nIBAN: ').l('IBAN', iban(r, cc)).t(`\nBIC: ${bic(r, cc)}\n${w[5]}: ${r.pick(['Sparkasse', 'Volksbank', 'Crédit Mutuel', 'Caja Rural', 'Banca Sella', 'Rabobank', 'AIB', 'Millennium bcp', 'Nordea'])}\n`);
  d.t(`${w[6]}: ${other(r, c.locale)}\n${w[7]}: ______________`);
  maybeDistractor(r, d, 0.3);
};

const bacsDirectDebit: Tpl = (r, d) => {
  const c = country(r, ['GB']);
  const me = person(r, c.cultures);
  d.t(`Instruction to your bank or building society to pay by Direct Debit\nService user number: ${r.digits(6)}\nReference: ${club(r).toUpperCase().replace(/[^A-Z]/g, '').slice(0, 6)}${r.digits(5)}\n\nName(s) of account holder(s): `);
  nm(r, d, me);
  d.t('\nPostal address of your bank:\n').l('ADDRESS', addrText(r, c, true));
  d.t(`\nBranch sort code: ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}\nBank/building society account number: ${r.digits(8)}\n`);
  if (r.chance(0.5)) d.t('Overseas members only — IBAN: ').l('IBAN', iban(r, r.pick(['GB', 'IE', 'FR', 'DE']))).t('\n');
  else d.t(`(An earlier form quoted IBAN ${badIban(r, 'GB')}, which failed validation.)\n`);
  d.t(`Date: ${other(r, 'gb')}\nContact number: `).l('PHONE', c.phone(r));
};

const parq: Tpl = (r, d) => {
  const c = country(r, ['GB', 'CA', 'US', 'AU', 'IE', 'IN']);
  const pt = person(r, c.cultures);
  const gp = person(r, c.cultures);
  const youth = r.chance(0.3);
  d.t(`PAR-Q+ Physical Activity Readiness Questionnaire — ${club(r)}\nParticipant: `);
  nm(r, d, pt).t('   DOB: ');
  dob(r, d, c.locale, youth);
  const qs = ['Has your doctor ever said that you have a heart condition?', 'Do you feel pain in your chest at rest?', 'Do you lose balance because of dizziness?', 'Do you have a bone or joint problem that could be made worse?', 'Are you currently taking prescribed medication?', 'Are you pregnant or have you given birth in the last 6 months?'];
  qs.forEach((q, i) => d.t(`\n${i + 1}. ${q} ${r.chance(0.2) ? 'YES' : 'NO'}`));
  d.t(`\nDetails: ${r.pick([`history of ${r.pick(EPONYMS)}`, 'none', 'asthma, uses inhaler', 'knee reconstruction 2019'])}`);
  d.t('\nGP / physician: Dr ');
  d.p(r.chance(0.5) ? gp.family : full(gp)).t(', ').l('PHONE', c.phone(r));
  if (youth) {
    d.t('\nParent/guardian signature: ');
    nm(r, d, person(r, c.cultures));
  }
  d.t(`\nDate completed: ${other(r, c.locale)}`);
};

const classBooking: Tpl = (r, d) => {
  const c = country(r);
  const me = person(r, c.cultures);
  const coach = person(r);
  d.t('Hi ').p(me.given).t(`, you're booked! ✅\n\n${r.pick(CLASSES)} with `);
  nm(r, d, coach).t(`\n${other(r, 'gb')} at ${hhmm(r)} · Studio ${r.int(1, 4)} · Booking ref ${orderNo(r)}\n`);
  if (r.chance(0.4)) d.t(`You were #${r.int(1, 9)} on the waitlist — a spot opened up.\n`);
  d.t('Need to cancel? Do it 12h before in the app or e-mail ').l('EMAIL', roleEmail(r)).t('.');
  if (r.chance(0.3)) d.t('\nBooked for: ').l('EMAIL', email(r, me));
  maybeDistractor(r, d, 0.3);
};

const waitlistSms: Tpl = (r, d) => {
  const c = country(r);
  const me = person(r, c.cultures);
  d.t('To: ').l('PHONE', c.phone(r)).t(`\nFrom: ${club(r).replace(/\s/g, '').slice(0, 11)}\n\n`);
  d.p(me.given).t(`, a place opened in ${r.pick(CLASSES)} (${other(r, 'gb')}, ${hhmm(r)}). Reply YES within 30 min to claim it. Ref ${orderNo(r)}. STOP to opt out`);
};

const trainerNotes: Tpl = (r, d) => {
  const c = country(r, ['GB', 'US', 'AU', 'IE', 'CA']);
  const cl = person(r, c.cultures);
  const friend = person(r, c.cultures);
  d.t('Client: ');
  nm(r, d, cl).t(' (DOB ');
  dob(r, d, c.locale).t(`)\nSession ${r.int(2, 40)} — ${other(r, c.locale)}\n`);
  d.t(`- Back squat 3x8 @ ${r.int(30, 120)}kg, RPE ${r.int(6, 9)}\n- ${r.pick(['Left knee', 'Right shoulder', 'Lower back'])}: ${r.pick(EPONYMS)} flagged by physio, avoid deep flexion\n`);
  d.t(`- Body fat ${r.int(12, 34)}.${r.int(0, 9)}% (scan ${other(r, c.locale)})\n`);
  if (r.chance(0.6)) {
    d.t(`- Mentioned ${r.pick(['her', 'his', 'their'])} ${r.pick(RELATIONS)} `);
    nm(r, d, friend).t(' wants PT too, number: ').l('PHONE', c.phone(r));
  } else {
    d.t(`- Wants to train for ${r.pick(PLACES)} 10k; lent ${r.pick(PETS)} a spare lead, lol`);
  }
  if (r.chance(0.2)) d.t(`\n- Old number on file was 0${r.digits(4)}\n${r.digits(6)} (split when pasted — check)`);
};

const youthRegistration: Tpl = (r, d) => {
  const c = country(r, ['US']);
  const kid = person(r, c.cultures);
  const par = person(r, c.cultures);
  d.t(`${r.pick(['Tidewater Youth Soccer', 'Gridiron Juniors', 'Little Sluggers Baseball', 'Eastside Youth Basketball'])} — ${r.pick(['Fall', 'Spring'])} ${r.int(2024, 2026)} Player Registration\n`);
  d.t('Player first name: ').p(kid.given).t('\nPlayer last name: ').p(kid.family).t('\nBirthdate: ');
  dob(r, d, 'us', true).t(`\nGrade: ${r.int(1, 8)}   Shirt size: Youth ${r.pick(['S', 'M', 'L'])}\n`);
  d.t('Parent/Guardian 1: ').p(full(par)).t('\nEmail: ').l('EMAIL', email(r, par)).t('\nCell: ').l('PHONE', c.phone(r));
  d.t('\nHome address: ').l('ADDRESS', addrText(r, c, false));
  d.t(`\nInsurance: ${r.pick(['Aetna', 'Kaiser', 'BlueCross'])} member ID ${up(r, 3)}${r.digits(9)}\nAllergies: ${r.pick(['none', 'peanuts', 'bee stings'])}\nI acknowledge ${r.pick(LAWS)} concussion information. Signed ${other(r, 'us')}`);
};

const rosterCsv: Tpl = (r, d) => {
  const c = country(r, ['US', 'CA', 'GB', 'AU']);
  const loc = c.locale === 'us' ? 'us' : 'iso';
  d.t(`# ${r.pick(TEAMS)} roster export (${r.pick(SOFTWARE)}) ${timestamp(r)}\nplayer_id,first_name,last_name,dob,jersey,guardian_email,guardian_phone\n`);
  const rows = r.int(4, 8);
  for (let i = 0; i < rows; i++) {
    const k = person(r, c.cultures);
    const g = person(r, c.cultures);
    d.t(`P${r.digits(5)},`).p(k.given).t(',').p(k.family).t(',');
    d.l('DOB', fmtDate(r, loc, ymd(r, 2009, 2018))).t(`,${r.int(1, 99)},`);
    if (r.chance(0.85)) d.l('EMAIL', email(r, g));
    d.t(',');
    if (r.chance(0.8)) d.l('PHONE', c.phone(r).replace(/,/g, ''));
    d.t('\n');
  }
  d.t(`# ${rows} rows`);
};

const injuryReport: Tpl = (r, d) => {
  const c = country(r, ['GB', 'IE', 'AU', 'US', 'NG', 'KE', 'IN']);
  const inj = person(r, c.cultures);
  const staff = person(r, c.cultures);
  const wit = person(r, c.cultures);
  d.t(`INCIDENT / INJURY REPORT  Ref ${orderNo(r)}\nDate of incident: ${other(r, c.locale)}   Time: ${hhmm(r)}\n`);
  d.t(`Location: ${r.pick(PLACES)}, ${r.pick(['free-weights area', 'Studio 2', 'pool deck', 'pitch 3', 'climbing wall, bay B'])}\n`);
  d.t('Injured person: ');
  nm(r, d, inj).t(`   ${r.pick(['DOB', 'Date of birth', 'D.O.B.'])}: `);
  dob(r, d, c.locale, r.chance(0.3)).t('\nContact number: ').l('PHONE', c.phone(r));
  d.t(`\nDescription: ${r.pick(['Slipped on wet floor near lockers', 'Dropped dumbbell on foot', 'Collided with teammate', 'Fell from bouldering wall'])}; suspected ${r.pick(EPONYMS)}.\n`);
  d.t('First aid given by: ');
  nm(r, d, staff).t(` (${r.pick(['duty manager', 'lifeguard', 'coach'])})\nWitness: `);
  nm(r, d, wit);
  if (r.chance(0.6)) d.t(', ').l('PHONE', c.phone(r));
  d.t(`\nAmbulance called: ${r.pick(['No', 'Yes — handed over at 14:20'])}\nRIDDOR reportable: ${r.pick(['no', 'under review'])}`);
};

const refereeReport: Tpl = (r, d) => {
  const c = country(r, ['GB', 'IE', 'AU', 'US', 'NL', 'DE', 'ES']);
  const [h, a] = [r.pick(TEAMS), r.pick(TEAMS)];
  d.t(`MATCH REPORT — ${h} v ${a}\nCompetition: ${r.pick(['County Cup R2', 'Division 3', 'U16 League', 'Veterans Shield'])}   Date: ${other(r, c.locale)}\nReferee: `);
  nm(r, d, person(r, c.cultures)).t(`   Reg. no. ${r.digits(8)}\nAR1: `);
  nm(r, d, person(r, c.cultures)).t('   AR2: ');
  nm(r, d, person(r, c.cultures)).t('\n\nCautions:\n');
  for (let i = 0, k = r.int(1, 4); i < k; i++) {
    d.t(` ${r.int(1, 90)}' #${r.int(2, 30)} `);
    const pl = person(r, c.cultures);
    d.p(r.pick([pl.family.toUpperCase(), full(pl), `${pl.given.charAt(0)}. ${pl.family}`]));
    d.t(` (${r.pick([h, a])}) — ${r.pick(['unsporting behaviour', 'dissent', 'persistent infringement', 'delaying the restart'])}\n`);
  }
  d.t(`Sending-offs: ${r.pick(['none', 'see supplementary report'])}\nPitch/facilities: ${r.pick(['good', 'goal nets torn', 'no hot water'])}\nReferee contact: `);
  d.l('EMAIL', email(r, person(r, c.cultures))).t(' / ').l('PHONE', c.phone(r));
};

const tournamentEntry: Tpl = (r, d) => {
  const c = country(r, ['US', 'GB', 'CA', 'AU', 'IE', 'DE', 'NL']);
  const me = person(r, c.cultures);
  d.t(`${r.pick(['Summer 5-a-side Slam', 'Beach Volley Open', 'Masters Padel Cup', 'Charity Futsal Night', 'Regional Kettlebell Throwdown'])} — entry form\nTeam: ${r.pick(TEAMS)}\nCaptain: `);
  d.self(full(me)).t('\nEmail: ').l('EMAIL', email(r, me)).t('\nPhone: ').l('PHONE', c.phone(r));
  d.t(`\nEntry fee: ${r.pick(['€120', '£95', '$150', 'A$110'])}\nCard number: `).l('CARD', card(r));
  d.t(`\nExpiry: ${p2(r.int(1, 12))}/${r.int(26, 30)}   CVV: ***\nBilling address:\n`).l('ADDRESS', addrText(r, c, true));
  if (r.chance(0.4)) d.t(`\nOrder ${orderNo(r)} — previous attempt with ${badCard(r)} was declined (invalid number).`);
};

const checkinLog: Tpl = (r, d) => {
  const c = country(r);
  const site = r.pick(['Main door', 'Turnstile 2', 'Pool gate', 'Staff entrance']);
  d.t(`timestamp,member_id,name,door,kiosk_ip,result\n`);
  for (let i = 0, k = r.int(4, 9); i < k; i++) {
    d.t(`${timestamp(r)},M${r.digits(6)},`);
    if (r.chance(0.15)) d.t('GUEST');
    else {
      const p = person(r, c.cultures);
      d.p(r.chance(0.5) ? full(p) : `${p.family}, ${p.given}`.replace(/,/g, ''));
    }
    d.t(`,${site},`).l('IP', ipv4(r)).t(`,${r.pick(['OK', 'OK', 'OK', 'DENIED_EXPIRED', 'OK_FROZEN_OVERRIDE'])}\n`);
  }
  d.t(`-- exported by ${r.pick(SOFTWARE)} ${version(r)}`);
};

const memberCsvDe: Tpl = (r, d) => {
  const c = country(r, ['DE', 'AT']);
  d.t('mitgliedsnr;vorname;nachname;geburtsdatum;email;telefon;iban;abteilung\n');
  for (let i = 0, k = r.int(3, 7); i < k; i++) {
    const p = person(r, c.cultures);
    d.t(`${r.digits(5)};`).p(p.given).t(';').p(p.family).t(';');
    dob(r, d, 'de', r.chance(0.4)).t(';');
    if (r.chance(0.8)) d.l('EMAIL', email(r, p));
    d.t(';').l('PHONE', c.phone(r)).t(';');
    if (r.chance(0.75)) d.l('IBAN', groupIbanCompact(iban(r, c.iban ?? 'DE')));
    d.t(`;${r.pick(['Fußball', 'Turnen', 'Leichtathletik', 'Handball', 'Reha-Sport'])}\n`);
  }
};

function groupIbanCompact(s: string): string {
  return s.replace(/\s/g, '');
}

const paymentFailure: Tpl = (r, d) => {
  const c = country(r, ['GB', 'US', 'AU', 'IE', 'CA']);
  const me = person(r, c.cultures);
  d.t('Dear ').p(me.given).t(`,\n\nWe couldn't take your monthly payment of ${r.pick(['£39.99', '$49', '€34.90', 'A$26.95'])} from card ${maskedCard(r)}. `);
  d.t(`We'll retry on ${other(r, c.locale)}. Update your details in the app or reply to this e-mail.\n\n— ${club(r)} billing\n\n`);
  d.t('> Reply:\n> Hi, please use my new card ').l('CARD', card(r)).t(`, exp ${p2(r.int(1, 12))}/${r.int(26, 31)}.\n> Thanks, `).self(full(me));
};

const chargeback: Tpl = (r, d) => {
  const c = country(r, ['US', 'GB', 'CA', 'AU']);
  const ch = person(r, c.cultures);
  d.t(`Dispute notification  Case ${r.digits(10)}\nReason code: ${r.pick(['13.2 Cancelled recurring', '4853 Cardholder dispute', 'C08 Goods not received'])}\nCardholder: `);
  d.p(full(ch).toUpperCase()).t('\nCard: ').l('CARD', card(r));
  d.t(`\nMerchant: ${club(r)} (MID ${r.digits(12)})\nTransaction date: ${other(r, c.locale)}   Amount: ${r.int(20, 400)}.${r.digits(2)}\n`);
  d.t(`Cardholder statement: "I cancelled my membership on ${other(r, c.locale)} by e-mail to `).l('EMAIL', roleEmail(r)).t(' and was still charged."\n');
  d.t(`Respond by ${other(r, c.locale)} with the signed contract and cancellation log. ARN ${r.digits(23)}`);
};

const supportChat: Tpl = (r, d) => {
  const c = country(r);
  const me = person(r, c.cultures);
  const agent = person(r);
  const t0 = r.int(8, 20);
  d.t(`[${t0}:02] Agent `).p(agent.given).t(': Hi! Thanks for contacting support, how can I help?\n');
  d.t(`[${t0}:03] `).p(me.given).t(`: I can't log in to the app since the update (${version(r)}). My account e-mail is `).l('EMAIL', email(r, me)).t('\n');
  d.t(`[${t0}:04] Agent `).p(agent.given).t(': Sorry about that! Can you confirm your full name and phone number?\n');
  d.t(`[${t0}:05] `).p(me.given).t(': ').self(full(me)).t(', ').l('PHONE', c.phone(r)).t('\n');
  d.t(`[${t0}:07] Agent `).p(agent.given).t(`: Thanks — I've reset the session. Ticket ${orderNo(r)}. Anything else?\n`);
  d.t(`[${t0}:08] `).p(me.given).t(`: ${r.pick(['No, all good', 'Can you also move me off the Zumba Gold waitlist?', `Yes — my card ending ${r.digits(4)} shows twice`])}`);
};

const callTranscript: Tpl = (r, d) => {
  const c = country(r, ['GB', 'US', 'IE', 'AU', 'CA', 'IN']);
  const me = person(r, c.cultures);
  const x = ymd(r, 1955, 2005);
  d.t(`[Call recording transcript — front desk — ${timestamp(r)}]\nAGENT: ${club(r)}, you're speaking with `).p(person(r).given).t('. How can I help?\n');
  d.t("CALLER: Hi, I want to switch to the off-peak plan. My name's ").self(full(me)).t('.\n');
  d.t("AGENT: No problem. Can I take the e-mail on the account?\nCALLER: Yeah it's ").l('EMAIL', spokenEmail(email(r, me))).t('.\n');
  d.t('AGENT: And a contact number?\nCALLER: ').l('PHONE', spokenPhone(r, c.phone(r))).t('.\n');
  d.t('AGENT: Lovely. And your date of birth, just for security?\nCALLER: ');
  const form = r.int(0, 2);
  if (form === 0) d.t('the ').l('DOB', `${ord(x.d)} of ${mon('en', x.m)}, ${x.y}`);
  else d.l('DOB', form === 1 ? `${mon('en', x.m)} ${ord(x.d)}, ${x.y}` : fmtDate(r, c.locale, x));
  d.t(`.\nAGENT: Perfect, that's changed from ${other(r, c.locale)}. Anything else?\nCALLER: No, thanks.`);
};

const w9Onboarding: Tpl = (r, d) => {
  const c = country(r, ['US']);
  const me = person(r, c.cultures);
  d.t(`Contractor onboarding — ${club(r)} (Form W-9 details)\nName (as shown on your income tax return): `);
  d.p(full(me)).t('\nFederal tax classification: Individual/sole proprietor\n');
  d.t(r.pick([`Taxpayer identification number — SSN: `, 'SSN: ', 'Social Security Number: '])).l('NATIONAL_ID', ssn(r));
  d.t(`\n(Club EIN for your records: ${ein(r)})\nAddress:\n`).l('ADDRESS', addrText(r, c, true));
  d.t(`\nDirect deposit — routing no. ${routing(r)}, account no. ${r.digits(r.int(8, 12))}\nCertifications: ${r.pick(['NASM-CPT', 'ACE', 'NSCA-CSCS', 'ACSM-EP'])}, CPR exp. ${other(r, 'us')}`);
  if (r.chance(0.3)) d.t(`\nNote: the earlier form had ${badSsn(r)} — invalid, corrected above.`);
};

const backgroundCheck: Tpl = (r, d) => {
  const c = country(r, ['US']);
  const me = person(r, c.cultures);
  d.t(`Volunteer coach background screening — consent & disclosure\nLeague: ${r.pick(['Eastside Youth Basketball', 'Tidewater Youth Soccer', 'Gridiron Juniors'])}\nLegal name: `);
  d.p(full(me)).t('\nOther names used: ');
  if (r.chance(0.5)) d.p(`${me.given} ${r.pick(cultureById('en').family)}`);
  else d.t('N/A');
  d.t('\nDate of birth: ');
  dob(r, d, 'us').t('\nSSN: ').l('NATIONAL_ID', ssn(r));
  d.t(`\nDriver's license: ${r.pick(['OR', 'TX', 'OH', 'GA'])} ${r.digits(8)}\nCurrent address: `).l('ADDRESS', addrText(r, c, false));
  if (r.chance(0.5)) d.t('\nPrevious address (if less than 3 years): ').l('ADDRESS', addrText(r, c, false));
  d.t(`\nI authorize the league to obtain consumer reports under the FCRA. Signed electronically ${other(r, 'us')} from `).l('IP', ip(r));
};

const mitgliedsantrag: Tpl = (r, d) => {
  const c = country(r, ['DE', 'AT', 'CH']);
  const me = person(r, c.cultures);
  d.t(`Mitgliedsantrag ${r.pick(['SV Lindenau 1899 e.V.', 'TSV Blau-Weiß Eichstätt', 'Turnerschaft Harburg', 'Post SV Wien'])}\nAbteilung: ${r.pick(['Fußball', 'Turnen', 'Schwimmen', 'Tischtennis'])}\n\nName, Vorname: `);
  d.p(`${me.family}, ${me.given}`).t('\nGeburtsdatum: ');
  dob(r, d, 'de', r.chance(0.4)).t('\nAnschrift:\n').l('ADDRESS', addrText(r, c, true));
  d.t('\nTelefon: ').l('PHONE', c.phone(r)).t('\nE-Mail: ').l('EMAIL', email(r, me));
  d.t('\n\nBankverbindung (SEPA-Lastschrift)\nIBAN: ').l('IBAN', iban(r, c.iban ?? 'DE')).t(`\nBIC: ${bic(r, c.iban ?? 'DE')}\nKontoinhaber (falls abweichend): `);
  if (r.chance(0.5)) d.t('Frau ').p(`${r.pick(cultureById('de').given)} ${me.family}`);
  else d.t('—');
  d.t(`\n\n${r.pick(['Berlin', 'Leipzig', 'Wien', 'Zürich'])}, den ${other(r, 'de')}   Unterschrift: ______`);
  maybeDistractor(r, d, 0.2);
};

const inscriptionFr: Tpl = (r, d) => {
  const c = country(r, ['FR', 'BE', 'CH']);
  const me = person(r, c.cultures);
  const doc = person(r, ['fr', 'ar']);
  d.t(`Fiche d'inscription saison ${r.int(2024, 2026)}-${r.int(2025, 2027)} — ${r.pick(['Boxe Montreuil', 'Studio Équilibre', 'AS Rhône Natation', 'Judo Club Lyon 7'])}\n`);
  d.t('Nom : ').p(me.family.toUpperCase()).t('\nPrénom : ').p(me.given).t('\nNé(e) le : ');
  dob(r, d, 'fr', r.chance(0.35)).t('\nAdresse : ').l('ADDRESS', addrText(r, c, false));
  d.t('\nTél. portable : ').l('PHONE', c.phone(r)).t('\nCourriel : ').l('EMAIL', email(r, me));
  d.t('\nCertificat médical délivré par le Dr ').p(doc.family).t(` le ${other(r, 'fr')}\nPersonne à prévenir : `);
  nm(r, d, person(r, c.cultures)).t(' — ').l('PHONE', c.phone(r));
  d.t(`\nRèglement : chèque n° ${r.digits(7)} / Pass'Sport`);
};

const altaSocio: Tpl = (r, d) => {
  const c = country(r, ['ES', 'MX']);
  const me = person(r, c.cultures);
  d.t(`Alta de socio/a — ${r.pick(['Club Deportivo Arenal', 'Gimnasio Fuerza Norte', 'CN Sant Andreu', 'Box Sierpes'])}\nNombre y apellidos: `);
  d.p(full(me)).t(`\n${c.code === 'ES' ? `DNI: ${dni(r)}` : `CURP: ${up(r, 4)}${r.digits(6)}${up(r, 6)}${r.digits(2)}`}\nFecha de nacimiento: `);
  dob(r, d, 'es').t('\nDomicilio: ').l('ADDRESS', addrText(r, c, false));
  d.t('\nTeléfono: ').l('PHONE', c.phone(r)).t('\nCorreo electrónico: ').l('EMAIL', email(r, me));
  if (c.code === 'ES') d.t('\nDomiciliación bancaria (IBAN): ').l('IBAN', iban(r, 'ES'));
  else d.t('\nPago con tarjeta: ').l('CARD', card(r));
  d.t(`\nCuota: ${r.pick(['mensual', 'trimestral', 'anual'])} · Alta efectiva: ${other(r, 'es')}`);
};

const iscrizioneIt: Tpl = (r, d) => {
  const c = country(r, ['IT']);
  const me = person(r, ['it']);
  d.t(`Modulo di iscrizione — ${r.pick(['Palestra Ritmo', 'ASD Atletica Navigli', 'Polisportiva San Donato', 'CrossBox Testaccio'])}\nCognome e nome: `);
  d.p(`${me.family} ${me.given}`).t(`\nNato/a a ${r.pick(['Bergamo', 'Bari', 'Pavia', 'Lecce'])} il `);
  dob(r, d, 'it').t(`\nCodice fiscale: ${codiceFiscale(r)}\nResidente in `).l('ADDRESS', addrText(r, c, false));
  d.t('\nCellulare: ').l('PHONE', c.phone(r)).t('\nEmail: ').l('EMAIL', email(r, me));
  d.t(`\nCertificato medico agonistico — scadenza ${other(r, 'it')}\nIBAN per eventuali rimborsi: `).l('IBAN', iban(r, 'IT'));
  if (r.chance(0.3)) d.t(`\n(Attenzione: l'IBAN indicato a matita, ${badIban(r, 'IT')}, non è valido.)`);
};

const inschrijvingNl: Tpl = (r, d) => {
  const c = country(r, ['NL', 'BE']);
  const me = person(r, c.cultures);
  d.t(`Inschrijfformulier ${r.pick(['Kettlebell Kollektiv', 'Hockeyclub De Uilen', 'Zwemvereniging Spetter', 'Atletiek Utrecht'])}\nNaam: `);
  nm(r, d, me).t('\nGeboortedatum: ');
  dob(r, d, 'nl', r.chance(0.3)).t('\nAdres: ').l('ADDRESS', addrText(r, c, false));
  d.t('\nTelefoon: ').l('PHONE', c.phone(r)).t('\nE-mail: ').l('EMAIL', email(r, me));
  d.t('\nIBAN: ').l('IBAN', iban(r, c.iban ?? 'NL')).t(`\nKenmerk machtiging: ${up(r, 2)}${r.digits(8)}\nLid sinds: ${other(r, 'nl')}`);
};

const nyuukaiJa: Tpl = (r, d) => {
  const c = country(r, ['JP']);
  const rom = person(r, ['ja']);
  d.t(`入会申込書（${r.pick(['さくらジム', 'ファイトクラブ渋谷', 'スイムスクール豊洲', 'ヨガスタジオ凛'])}）\n会員番号：${r.digits(7)}\n氏名：`);
  d.p(`${r.pick(JA_FAMILY)} ${r.pick(JA_GIVEN)}`).t('\n生年月日：');
  dob(r, d, 'ja').t('\n住所：').l('ADDRESS', addrText(r, c, false));
  d.t('\n電話番号：').l('PHONE', c.phone(r)).t('\nメール：').l('EMAIL', email(r, rom));
  d.t('\n緊急連絡先：').p(`${r.pick(JA_FAMILY)} ${r.pick(JA_GIVEN)}`).t(`（${r.pick(['母', '父', '配偶者'])}） `).l('PHONE', c.phone(r));
  d.t(`\n入会日：${fmtDate(r, 'ja', ymd(r, 2024, 2026))}\u3000担当：`).p(r.pick(JA_FAMILY)).t('トレーナー');
};

const koreanSignup: Tpl = (r, d) => {
  const c = country(r, ['KR']);
  const rom = person(r, ['ko']);
  const nameKo = `${r.pick(KO_FAMILY)}${r.pick(KO_GIVEN)}`;
  d.t(`[${r.pick(['핏라인 피트니스', '한강 러닝크루', '스카이 클라이밍'])}] 회원 등록 안내\n`).p(nameKo).t('님, 가입을 환영합니다!\n');
  d.t('생년월일: ');
  dob(r, d, 'ko').t('\n연락처: ').l('PHONE', c.phone(r)).t('\n이메일: ').l('EMAIL', email(r, rom));
  d.t('\n주소: ').l('ADDRESS', addrText(r, c, false));
  d.t('\nPT 담당: ').p(`${r.pick(KO_FAMILY)}${r.pick(KO_GIVEN)}`).t(` 트레이너 · 첫 수업 ${fmtDate(r, 'ko', ymd(r, 2024, 2026))} ${hhmm(r)}`);
  if (r.chance(0.4)) d.t('\n문의: ').p(`${r.pick(KO_FAMILY)}${r.pick(KO_GIVEN)}`).t(' 씨 (프런트)');
};

const matriculaBr: Tpl = (r, d) => {
  const c = country(r, ['BR']);
  const me = person(r, ['br']);
  d.t(`Ficha de matrícula — ${r.pick(['Academia Movimento', 'Arena Jiu-Jitsu Savassi', 'Studio Pilates Leblon', 'CT Força Total'])}\nNome completo: `);
  d.p(full(me)).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nData de nascimento: `);
  dob(r, d, 'pt').t('\nEndereço:\n').l('ADDRESS', addrText(r, c, true));
  d.t('\nCelular/WhatsApp: ').l('PHONE', c.phone(r)).t('\nE-mail: ').l('EMAIL', email(r, me));
  d.t(`\nPlano: ${r.pick(['mensal', 'trimestral', 'anual recorrente'])}\nPagamento: cartão `).l('CARD', card(r));
  d.t(`\nAtestado médico: entregue em ${other(r, 'pt')}`);
};

const karnetPl: Tpl = (r, d) => {
  const c = country(r, ['PL']);
  const me = person(r, ['pl']);
  d.t(`Umowa członkowska nr ${r.digits(4)}/${r.int(2024, 2026)} — ${r.pick(['Klub Sportowy Orzeł', 'Fitness Wawel', 'Gdańska Szkoła Boksu'])}\nImię i nazwisko: `);
  d.p(full(me)).t(`\nPESEL: ${r.digits(11)}\nData urodzenia: `);
  dob(r, d, 'pl').t('\nAdres zamieszkania: ').l('ADDRESS', addrText(r, c, false));
  d.t('\nTelefon: ').l('PHONE', c.phone(r)).t('\nE-mail: ').l('EMAIL', email(r, me));
  d.t('\nNumer rachunku do polecenia zapłaty: ').l('IBAN', iban(r, 'PL')).t(`\nNIP klubu: ${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`);
};

const medlemSe: Tpl = (r, d) => {
  const c = country(r, ['SE', 'NO', 'FI']);
  const me = person(r, c.cultures);
  const b = ymd(r, 1960, 2006);
  d.t(`Medlemsansökan – ${r.pick(['Friskis Södermalm', 'IK Stjärnan Innebandy', 'Oslo Roklubb', 'Tampereen Uimaseura'])}\nNamn: `);
  nm(r, d, me);
  if (c.code === 'SE') d.t(`\nPersonnummer: ${b.y}${p2(b.m)}${p2(b.d)}-${r.digits(4)}`);
  else d.t('\nFödelsedatum: ').l('DOB', fmtDate(r, c.locale, b));
  d.t('\nAdress: ').l('ADDRESS', addrText(r, c, false));
  d.t('\nMobil: ').l('PHONE', c.phone(r)).t('\nE-post: ').l('EMAIL', email(r, me));
  d.t('\nAutogiro, IBAN: ').l('IBAN', iban(r, c.iban ?? 'SE')).t(`\nStartdatum: ${other(r, 'sv')}`);
};

const serverLog: Tpl = (r, d) => {
  const c = country(r);
  for (let i = 0, k = r.int(3, 7); i < k; i++) {
    d.l('IP', ip(r));
    const x = ymd(r, 2024, 2025);
    d.t(` - - [${p2(x.d)}/${r.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])}/${x.y}:${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))} +0000] "${r.pick(['POST /api/v2/bookings', 'GET /api/v2/classes?day=mon', 'POST /login', 'PUT /api/v2/members/me', 'DELETE /api/v2/waitlist/88'])} HTTP/1.1" ${r.pick(['200', '201', '401', '429', '500'])} ${r.int(120, 9000)} "-" "${r.pick(['GymApp', 'ClubApp', 'Mozilla/5.0'])}/${version(r).replace(/^[a-z ]+/, '')}"`);
    if (r.chance(0.35)) d.t(' user=').l('EMAIL', email(r, person(r, c.cultures)));
    d.t('\n');
  }
  d.t(`# upstream ${r.pick(['10.0.0.0/8', 'pool-a', 'eu-west-1'])}, build ${hash(r)}`);
};

const securityAlert: Tpl = (r, d) => {
  const c = country(r);
  const me = person(r, c.cultures);
  d.t(`New sign-in to your ${club(r)} account\n\nHi `).p(me.given).t(`,\n\nWe noticed a new sign-in on ${other(r, 'gb')} at ${hhmm(r)} UTC.\n`);
  d.t(`Device: ${r.pick(['iPhone 15', 'Pixel 8', 'Galaxy S23', 'Chrome on Windows'])}\nIP address: `).l('IP', ip(r));
  if (r.chance(0.5)) d.t(':' + String(r.int(1024, 65535)));
  d.t(`\nApproximate location: ${r.pick(['Leeds, UK', 'Lyon, France', 'Austin, TX', 'Osaka, Japan', 'Kraków, Poland'])}\n`);
  if (r.chance(0.4)) d.t('Previous sign-in: [').l('IP', ipv6(r)).t(']:443\n');
  d.t("If this wasn't you, reset your password and contact ").l('EMAIL', roleEmail(r)).t('.');
};

const deviceConfig: Tpl = (r, d) => {
  d.t(`# access-control controller config — ${club(r)}\n# firmware ${version(r)}  (do not confuse with device IPs)\n`);
  for (const dev of ['turnstile_main', 'turnstile_pool', 'kiosk_frontdesk', 'nvr_cctv', 'treadmill_bank_A']) {
    if (r.chance(0.75)) d.t(`${dev}.addr = `).l('IP', ip(r)).t(`\n${dev}.mac = ${[0, 1, 2, 3, 4, 5].map(() => r.int(0, 255).toString(16).padStart(2, '0')).join(':')}\n`);
  }
  d.t(`gateway = `).l('IP', ipv4(r)).t(`\nntp = pool.ntp.org\nlicence = ${up(r, 4)}-${r.digits(4)}-${up(r, 4)}`);
};

const ptInvoice: Tpl = (r, d) => {
  const c = country(r, ['GB', 'IE', 'DE', 'NL', 'FR', 'ES']);
  const tr = person(r, c.cultures);
  const cl = person(r, c.cultures);
  d.t(`INVOICE ${orderNo(r)}\nFrom: `).p(full(tr)).t(' — Personal Trainer (Level 3)\n').l('ADDRESS', addrText(r, c, true));
  d.t('\n').l('EMAIL', email(r, tr)).t('\n\nBill to: ');
  nm(r, d, cl).t('\n').l('ADDRESS', addrText(r, c, true));
  d.t(`\n\nInvoice date: ${other(r, c.locale)}\n${r.int(4, 12)} x 1:1 sessions @ ${r.int(35, 70)}.00\nVAT no.: ${c.code}${r.digits(9)}\n`);
  d.t('Please pay to IBAN ').l('IBAN', iban(r, c.iban ?? 'GB')).t(` (ref ${up(r, 3)}${r.digits(4)}) within 14 days.`);
};

const fixturesNotice: Tpl = (r, d) => {
  const c = country(r, ['GB', 'IE', 'AU', 'US']);
  d.t(`Fixtures — weekend of ${other(r, c.locale)}\n`);
  for (let i = 0, k = r.int(3, 5); i < k; i++) d.t(`${r.pick(TEAMS)} v ${r.pick(TEAMS)} — ${r.pick(PLACES)}, ${hhmm(r)}\n`);
  d.t(`Pitches inspected after ${r.pick(STORMS)}.\nQuestions to the fixtures secretary, `);
  nm(r, d, person(r, c.cultures)).t(', on ').l('PHONE', c.phone(r)).t(' (evenings only).');
};

const coachWhatsApp: Tpl = (r, d) => {
  const c = country(r, ['GB', 'IE', 'AU', 'ES', 'NL', 'ZA', 'US']);
  const coach = person(r, c.cultures);
  const kids = [person(r, c.cultures), person(r, c.cultures), person(r, c.cultures)];
  const parent = person(r, c.cultures);
  const stamp = `[${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/25, ${hhmm(r)}]`;
  d.t(`${stamp} Coach `).p(coach.given).t(`: Training moved to ${r.pick(PLACES)} tomorrow 🌧️ `);
  kids.forEach((k, i) => {
    d.p(k.given).t(i === 0 ? ', ' : i === 1 ? ' and ' : ' — please bring shin pads. ');
  });
  d.t('If you can drive, call me on ').l('PHONE', c.phone(r)).t('. Thanks!\n');
  d.t(`${stamp} `).p(full(parent)).t(': 👍 ').p(kids[0]?.given ?? 'Sam').t("'s mum here, we can take 3.\n");
  d.t(`${stamp} @${ascii(coach.given)}_coach: tagged in the photo from the ${r.pick(AWARDS)} viewing 😂`);
};

const referral: Tpl = (r, d) => {
  const c = country(r);
  const me = person(r, c.cultures);
  const fr = person(r, c.cultures);
  d.t(`Refer a friend 🎉 — both get a month free at ${club(r)}\nYour name: `).self(full(me));
  d.t('\nYour e-mail: ').l('EMAIL', email(r, me)).t("\nFriend's name: ");
  nm(r, d, fr).t("\nFriend's e-mail: ").l('EMAIL', email(r, fr));
  if (r.chance(0.6)) d.t("\nFriend's mobile: ").l('PHONE', c.phone(r));
  d.t(`\nPromo code: ${up(r, 4)}${r.int(10, 99)}`);
};

const cancellationLetter: Tpl = (r, d) => {
  const de = r.chance(0.5);
  const c = de ? country(r, ['DE', 'AT']) : country(r, ['GB', 'IE', 'AU']);
  const me = person(r, c.cultures);
  d.self(full(me)).t('\n').l('ADDRESS', addrText(r, c, true)).t('\n\n');
  d.t(de ? `${r.pick(['FitLab 24/7 GmbH', 'Pulse Athletic Deutschland GmbH'])}\nMitgliederverwaltung\n` : `${r.pick(['Pulse Athletic Club Ltd', 'IronForge Fitness UK Ltd'])}\nMembership Services\n`);
  d.l('ADDRESS', addrText(r, c, true)).t('\n\n');
  if (de) {
    d.t(`${r.pick(['Berlin', 'Hamburg', 'Graz'])}, ${other(r, 'de')}\n\nKündigung meiner Mitgliedschaft (Mitgliedsnr. ${r.digits(7)})\n\nSehr geehrte Damen und Herren,\n\n`);
    d.t(`hiermit kündige ich meinen Vertrag fristgerecht zum ${other(r, 'de')}. Bitte stoppen Sie die Lastschriften von meinem Konto `).l('IBAN', iban(r, c.iban ?? 'DE'));
    d.t('. Eine Bestätigung bitte an ').l('EMAIL', email(r, me)).t('.\n\nMit freundlichen Grüßen\n').self(full(me));
  } else {
    d.t(`${other(r, 'gb')}\n\nRe: cancellation of membership ${r.digits(7)}\n\nDear Sir or Madam,\n\nPlease accept this letter as notice to cancel my membership with effect from ${other(r, 'gb')}. `);
    d.t(`I have cancelled the Direct Debit with my bank. Please confirm by e-mail to `).l('EMAIL', email(r, me)).t('.\n\nYours faithfully,\n\n').self(full(me));
  }
};

const emergencyUpdate: Tpl = (r, d) => {
  const c = country(r);
  const me = person(r, c.cultures);
  const nw = person(r, c.cultures);
  d.t(`Hi, please update my emergency contact to `);
  d.p(full(nw)).t(` (my ${r.pick(RELATIONS)}), `).l('PHONE', c.phone(r));
  if (r.chance(0.5)) d.t(', ').l('EMAIL', email(r, nw));
  d.t('. Please remove ');
  nm(r, d, person(r, c.cultures)).t(` — we're no longer in touch.\n— `).self(full(me)).t(`, member ${r.digits(6)}`);
};

const physioLetter: Tpl = (r, d) => {
  const c = country(r, ['GB', 'IE', 'AU', 'NZ', 'CA']);
  const pt = person(r, c.cultures);
  const coach = person(r, c.cultures);
  const phys = person(r, c.cultures);
  d.t(`${r.pick(['Riverside Sports Physio', 'Peak Motion Clinic', 'Harbour Physiotherapy'])}\n`).l('ADDRESS', addrText(r, c, true));
  d.t('\nTel ').l('PHONE', c.phone(r)).t(`\n\n${other(r, c.locale)}\n\nRe: `);
  d.p(full(pt)).t(', DOB ');
  dob(r, d, c.locale, r.chance(0.5)).t('\n\nDear Coach ').p(coach.family).t(',\n\nI assessed ');
  d.p(pt.given).t(` for ${r.pick(EPONYMS)} and ${r.pick(['a grade 1 hamstring strain', 'patellar tendon pain', 'an ankle sprain'])}. `);
  d.t(`I am happy for a graded return to training from ${other(r, c.locale)}, no contact for 2 weeks.\n\nYours sincerely,\n`);
  d.p(full(phys)).t(' MCSP HCPC');
};

const concussionForm: Tpl = (r, d) => {
  const c = country(r, ['US']);
  const k = person(r, c.cultures);
  d.t(`Concussion & Sudden Cardiac Arrest Information Sheet (per ${r.pick(LAWS)})\nStudent-athlete: `);
  nm(r, d, k).t('   Date of birth: ');
  dob(r, d, 'us', true).t(`\nSport: ${r.pick(['Football', 'Soccer', 'Lacrosse', 'Wrestling', 'Cheer'])}   School: ${r.pick(['Jefferson Middle', 'Roosevelt High', 'Lincoln Elementary'])}\n`);
  d.t('Parent/guardian: ');
  nm(r, d, person(r, c.cultures)).t('   Phone: ').l('PHONE', c.phone(r));
  d.t(`\nBaseline ImPACT test date: ${other(r, 'us')}\nSigned: ${other(r, 'us')}`);
};

const raceEntry: Tpl = (r, d) => {
  const c = country(r);
  const me = person(r, c.cultures);
  d.t(`${r.pick(['Riverside', 'Harbour', 'Old Town', 'Lakeside'])} Half Marathon ${r.int(2025, 2026)} — entry confirmation\nBib: ${r.int(100, 9999)}\nName: `);
  nm(r, d, me).t('\nGender / DOB: ').t(r.pick(['F', 'M', 'X'])).t(' / ');
  dob(r, d, c.locale).t(`\nClub: ${r.pick(TEAMS)}\nEmergency contact: `);
  nm(r, d, person(r, c.cultures)).t(', ').l('PHONE', c.phone(r));
  d.t(`\nT-shirt: ${r.pick(['S', 'M', 'L', 'XL'])}   Predicted finish: ${r.int(1, 2)}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}\nChip ${up(r, 2)}${r.digits(6)}`);
};

const swimGala: Tpl = (r, d) => {
  const c = country(r, ['GB', 'IE', 'AU']);
  d.t(`Gala entries — ${r.pick(['Harborview Swim Team', 'City of Leeds SC', 'Marlins ASC'])} — closing ${other(r, c.locale)}\nReg no. | Name | DOB | Event | Entry time\n`);
  for (let i = 0, k = r.int(3, 6); i < k; i++) {
    const s = person(r, c.cultures);
    d.t(`${r.digits(7)} | `).p(r.chance(0.5) ? `${s.family.toUpperCase()}, ${s.given}` : full(s)).t(' | ');
    d.l('DOB', fmtDate(r, 'gb', ymd(r, 2008, 2016))).t(` | ${r.pick(['50m Free', '100m Back', '200m IM', '100m Breast'])} | ${r.int(0, 2)}:${p2(r.int(25, 59))}.${p2(r.int(0, 99))}\n`);
  }
  d.t(`Team manager: `);
  nm(r, d, person(r, c.cultures)).t(' ').l('EMAIL', roleEmail(r));
};

const martialGrading: Tpl = (r, d) => {
  const c = country(r, ['GB', 'US', 'DE', 'FR', 'BR', 'JP', 'KR']);
  const s = person(r, c.cultures);
  const sensei = person(r, c.cultures);
  d.t(`Grading certificate request — ${r.pick(['Judo', 'Karate', 'BJJ', 'Taekwondo'])}\nStudent: `);
  nm(r, d, s).t('\nDate of birth: ');
  dob(r, d, c.locale, r.chance(0.5)).t(`\nCurrent grade: ${r.pick(['6th kyu', 'blue belt', '1st dan', 'green tag'])}   Licence no.: ${r.digits(7)}\n`);
  d.t(`Instructor: ${r.pick(['Sensei', 'Professor', 'Master', 'Coach'])} `).p(sensei.family);
  d.t(`\nGrading date: ${other(r, c.locale)}  Fee paid: ${maskedCard(r)}`);
};

const corporateWellness: Tpl = (r, d) => {
  const c = country(r, ['US', 'GB', 'CA', 'IN']);
  const e = person(r, c.cultures);
  d.t(`Corporate wellness enrolment — ${r.pick(['Northwind Logistics', 'Helix Biotech', 'Quarry Lane Bank'])}\nEmployee: `);
  d.p(full(e)).t(`\nEmployee ID: E${r.digits(6)}\nWork e-mail: `).l('EMAIL', `${ascii(e.given)}.${ascii(e.family)}@${r.pick(['northwind-logistics.com', 'helixbio.co.uk', 'quarrylane.com'])}`);
  d.t('\nDesk phone: ').l('PHONE', c.phone(r)).t(` ext. ${r.int(100, 9999)}\nPreferred site: ${r.pick(PLACES)}\nSubsidy tier: ${r.pick(['A', 'B', 'C'])}`);
};

const guestPass: Tpl = (r, d) => {
  const c = country(r);
  d.t(`Guest pass issued ${timestamp(r)}\nGuest: `);
  nm(r, d, person(r, c.cultures)).t('\nHost member: ');
  nm(r, d, person(r, c.cultures)).t(` (MBR-${r.digits(6)})\nGuest phone: `).l('PHONE', c.phone(r));
  d.t(`\nID checked: ${r.pick(['passport', 'driving licence', 'national ID card'])} ending …${r.digits(4)}\nValid on: ${other(r, c.locale)} only`);
};

const lockerRental: Tpl = (r, d) => {
  const c = country(r);
  const p = person(r, c.cultures);
  d.t(`Locker rental #${r.int(1, 300)}\nMember: `);
  nm(r, d, p).t(`\nMobile (on file): ${r.pick(['***-***-' + r.digits(4), '+44 ••••• ••' + r.digits(4), '07*** ***' + r.digits(3)])}\nNew mobile: `).l('PHONE', c.phone(r));
  const [f0, f1] = span(r, c.locale);
  d.t(`\nPayment: ${maskedCard(r)}\nPeriod: ${f0} – ${f1}`);
};

const trainerRota: Tpl = (r, d) => {
  const c = country(r);
  d.t(`Trainer rota — week ${r.int(1, 52)}\n`);
  for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']) {
    if (r.chance(0.3)) continue;
    d.t(`${day} ${hhmm(r)} ${r.pick(CLASSES)} — `);
    const p = person(r, c.cultures);
    d.p(r.chance(0.7) ? p.given : full(p)).t('\n');
  }
  d.t(`Cover requests to `).l('EMAIL', roleEmail(r)).t('. Spin bikes 4 and 9 out of order.');
};

const bodyScan: Tpl = (r, d) => {
  const c = country(r);
  const p = person(r, c.cultures);
  d.t(`InBody 770 — Result Sheet\nID: `);
  nm(r, d, p).t(`   Height: ${r.int(150, 200)} cm   Gender: ${r.pick(['F', 'M'])}   Test date: ${other(r, c.locale)} ${hhmm(r)}\nDOB: `);
  dob(r, d, c.locale).t(`\nWeight ${r.int(48, 120)}.${r.int(0, 9)} kg · SMM ${r.int(20, 45)}.${r.int(0, 9)} kg · PBF ${r.int(8, 40)}.${r.int(0, 9)}%\nDevice S/N ${up(r, 2)}${r.digits(9)} · firmware ${version(r)}`);
};

const review: Tpl = (r, d) => {
  const c = country(r);
  const a = person(r, c.cultures);
  const t = person(r, c.cultures);
  d.t(`${'★'.repeat(r.int(3, 5))} `).p(`${a.given} ${a.family.charAt(0)}.`).t(` — ${other(r, 'gb')}\n"`);
  d.t(r.pick(['Coach ', 'Trainer ', 'Honestly ', ''])).p(r.chance(0.6) ? t.given : full(t));
  d.t(` ${r.pick(['completely changed how I train', 'got me through my first pull-up', 'is patient and funny', 'pushed me harder than my old coach'])}. ${r.pick(['The changing rooms need work though.', `Way better than ${r.pick(BRANDS)} classes elsewhere.`, 'Parking is a nightmare.'])}"`);
};

const refundRequest: Tpl = (r, d) => {
  const c = country(r, ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'IE', 'AT', 'PT', 'GB', 'PL']);
  const me = person(r, c.cultures);
  d.t(`Refund request\n\nI cancelled within the 14-day cooling-off period (contract ${orderNo(r)}). Please refund ${r.int(20, 200)},00 € to:\n`);
  d.t('Account holder: ').self(full(me)).t('\nIBAN: ').l('IBAN', iban(r, c.iban ?? 'DE')).t(`\nBIC: ${bic(r, c.iban ?? 'DE')}\n\nThanks, `).p(me.given);
};

const sepaReturns: Tpl = (r, d) => {
  const c = country(r, ['DE', 'NL', 'FR', 'ES', 'IT', 'AT', 'BE']);
  d.t(`SEPA R-transactions report ${other(r, 'iso')}\nmandate_ref | debtor | iban | amount | reason\n`);
  for (let i = 0, k = r.int(2, 5); i < k; i++) {
    const p = person(r, c.cultures);
    d.t(`${up(r, 3)}${r.digits(6)} | `).p(full(p)).t(' | ');
    if (r.chance(0.85)) d.l('IBAN', iban(r, c.iban ?? 'DE'));
    else d.t(badIban(r, c.iban ?? 'DE'));
    d.t(` | ${r.int(19, 89)}.${r.digits(2)} | ${r.pick(['AC04 account closed', 'MD01 no mandate', 'AM04 insufficient funds', 'MS03 reason not specified'])}\n`);
  }
};

const disciplinary: Tpl = (r, d) => {
  const c = country(r, ['GB', 'IE', 'AU', 'NZ', 'ZA']);
  d.t(`Disciplinary panel outcome — Case ${orderNo(r)}\nPlayer: `);
  nm(r, d, person(r, c.cultures)).t(` (reg. ${r.digits(8)}), ${r.pick(TEAMS)}\nReported by referee `);
  nm(r, d, person(r, c.cultures)).t(` for ${r.pick(['violent conduct', 'abusive language towards a match official', 'spitting'])} on ${other(r, c.locale)}.\nPanel: `);
  nm(r, d, person(r, c.cultures)).t(' (chair), ');
  nm(r, d, person(r, c.cultures)).t(', ');
  nm(r, d, person(r, c.cultures)).t(`\nSanction: ${r.int(2, 8)}-match suspension and £${r.int(25, 150)} fine. Appeals within 14 days to `).l('EMAIL', roleEmail(r)).t('.');
};

const transferRequest: Tpl = (r, d) => {
  const c = country(r);
  const p = person(r, c.cultures);
  d.t(`International transfer certificate request\nPlayer: `).p(`${p.family.toUpperCase()}, ${p.given}`).t('\nDate of birth: ');
  dob(r, d, c.locale, r.chance(0.4)).t(`\nNationality: ${c.name}\nPrevious club: ${r.pick(TEAMS)} (${c.name})\nPlayer e-mail: `).l('EMAIL', email(r, p));
  d.t(`\nRequesting association: ${r.pick(['FAI', 'KNVB', 'RFEF', 'DFB'])} ref ${orderNo(r)}`);
};

const trialApplication: Tpl = (r, d) => {
  const c = country(r, ['US', 'GB', 'CA', 'AU', 'NG', 'KE']);
  const a = person(r, c.cultures);
  const coach = person(r, c.cultures);
  d.t(`Trial application — ${r.pick(['Elite Pathway Academy', 'Regional Performance Centre', 'Summit Track Club'])}\nAthlete: `);
  d.p(full(a)).t(', born ');
  dob(r, d, c.locale, true).t(`\nSchool: ${r.pick(['St Aidan\'s', 'Westfield Academy', 'Lincoln High'])}   Event: ${r.pick(['400m', 'U15 midfield', 'javelin', 'backstroke'])}\nCoach reference: `);
  d.p(full(coach)).t(' <').l('EMAIL', email(r, coach)).t('>\nParent phone: ').l('PHONE', c.phone(r));
};

const insuranceClaim: Tpl = (r, d) => {
  const c = country(r, ['US']);
  const p = person(r, c.cultures);
  d.t(`Sports accident claim — policy POL-${r.digits(8)}\nClaimant: `);
  d.p(full(p)).t('\nSSN: ');
  if (r.chance(0.8)) d.l('NATIONAL_ID', ssn(r));
  else d.t(badSsn(r));
  d.t('\nDOB: ');
  dob(r, d, 'us', r.chance(0.4)).t('\nAddress: ').l('ADDRESS', addrText(r, c, false));
  d.t(`\nDate of injury: ${other(r, 'us')}\nDescription: ${r.pick(EPONYMS)} during league game; treated at ${r.pick(PLACES)} urgent care.\nProvider NPI ${r.digits(10)}, Tax ID ${ein(r)}`);
};

const surveyJson: Tpl = (r, d) => {
  const c = country(r);
  for (let i = 0, k = r.int(2, 4); i < k; i++) {
    const p = person(r, c.cultures);
    d.t(`{"response_id":"${hash(r).slice(0, 12)}","submitted":"${timestamp(r)}","name":"`).p(full(p)).t('","email":"').l('EMAIL', email(r, p));
    d.t('","ip":"').l('IP', ip(r)).t(`","nps":${r.int(0, 10)},"class":"${r.pick(CLASSES)}"}\n`);
  }
  d.t(`{"meta":{"form":"post-class-survey","version":"${version(r)}"}}`);
};

const crashReport: Tpl = (r, d) => {
  const c = country(r);
  d.t(`App crash report\nApp version: ${version(r)}\nOS: Android 14 (build UP1A.${r.digits(6)}.${r.digits(3)})\nUser: `);
  d.l('EMAIL', email(r, person(r, c.cultures))).t('\nClient IP: ').l('IP', ip(r));
  d.t(`\nSession: ${hash(r)}\nStack: NullPointerException at BookingRepository.kt:${r.int(20, 400)}\nLast screen: ${r.pick(CLASSES)} waitlist`);
};

const smsLog: Tpl = (r, d) => {
  const c = country(r);
  d.t('sent_at,to,template,member_name,status\n');
  for (let i = 0, k = r.int(3, 7); i < k; i++) {
    d.t(`${timestamp(r)},`).l('PHONE', c.phone(r)).t(`,${r.pick(['class_reminder', 'payment_failed', 'waitlist_offer', 'birthday_promo'])},`);
    const p = person(r, c.cultures);
    d.p(r.chance(0.6) ? full(p) : p.given).t(`,${r.pick(['delivered', 'delivered', 'failed'])}\n`);
  }
};

const giftCard: Tpl = (r, d) => {
  const c = country(r, ['GB', 'US', 'IE', 'AU', 'CA', 'DE']);
  const me = person(r, c.cultures);
  const to = person(r, c.cultures);
  d.t(`Gift card order ${orderNo(r)}\nPurchaser: `).self(full(me)).t(' (').l('EMAIL', email(r, me)).t(')\nRecipient: ');
  d.p(full(to)).t(' — ').l('EMAIL', email(r, to));
  d.t('\nMessage: "Happy birthday ').p(to.given).t(`! Enjoy the spa day x"\nDeliver on: ${other(r, c.locale)}\nPaid with: `).l('CARD', card(r));
};

const partyBooking: Tpl = (r, d) => {
  const c = country(r, ['GB', 'IE', 'AU', 'US']);
  const par = person(r, c.cultures);
  const kid = person(r, c.cultures);
  d.t(`Kids' party booking — ${r.pick(['trampoline park', 'soft play + pool', 'climbing taster'])}\nParent: `);
  d.p(full(par)).t(', ').l('PHONE', c.phone(r));
  d.t('\nBirthday child: ').p(kid.given).t(`, turning ${r.int(5, 12)}\nParty date: ${other(r, c.locale)} at ${hhmm(r)}\nChild's date of birth (for insurance): `);
  dob(r, d, c.locale, true).t(`\nGuests: ${r.int(8, 25)}  Dietary: ${r.pick(['none', 'gluten free x2', 'nut allergy'])}\nCake from ${r.pick(["Ben & Jerry's", "Wendy's", 'the café'])}`);
};

const trainerNoteJa: Tpl = (r, d) => {
  const c = country(r, ['JP']);
  d.t(`トレーニング記録 ${fmtDate(r, 'ja', ymd(r, 2024, 2026))}\n`).p(`${r.pick(JA_FAMILY)}${r.pick(JA_GIVEN)}`).t(`さん（${r.int(20, 70)}歳）\n`);
  d.t(`・スクワット ${r.int(30, 100)}kg × ${r.int(5, 12)}回 × 3セット\n・膝に違和感あり、${r.pick(['オスグッド病', 'アキレス腱炎', 'テニス肘'])}の既往\n`);
  d.t('・次回予約の変更は本人携帯 ').l('PHONE', c.phone(r)).t(' へ\n担当：').p(r.pick(JA_FAMILY));
};

const trainerNoteDe: Tpl = (r, d) => {
  const c = country(r, ['DE', 'AT', 'CH']);
  const p = person(r, c.cultures);
  d.t(`Notiz ${other(r, 'de')} – ${r.pick(['Frau', 'Herr'])} `).p(p.family).t(`: Probetraining absolviert, ${r.pick(['Rückenschmerzen (LWS)', 'Knie-OP 2021', 'Morbus Bechterew laut Hausarzt'])}.\n`);
  d.t('Möchte Vertrag über 12 Monate, Rückruf unter ').l('PHONE', c.phone(r)).t(` ab 17 Uhr. Tarif ${r.pick(['Basic', 'Premium', 'Flex'])}, Aktion „${r.pick(BRANDS)}“.`);
  if (r.chance(0.4)) d.t('\nGeboren am ').l('DOB', fmtDate(r, 'de', ymd(r, 1940, 1960))).t(' – Seniorenrabatt prüfen.');
};

const parentWhatsAppEs: Tpl = (r, d) => {
  const c = country(r, ['ES', 'MX']);
  const coach = person(r, c.cultures);
  const kid = person(r, c.cultures);
  const mum = person(r, c.cultures);
  d.t('Hola ').p(coach.given).t(', soy la madre de ').p(kid.given).t('. ');
  d.p(kid.given).t(` no podrá ir al entreno del jueves porque tiene ${r.pick(['la enfermedad de Sever', 'fiebre', 'examen'])}. `);
  d.t('Mi número nuevo es ').l('PHONE', c.phone(r)).t('. Un saludo, ').p(full(mum));
  if (r.chance(0.4)) d.t('\nPD: su fecha de nacimiento para la ficha federativa es ').l('DOB', fmtDate(r, 'es', ymd(r, 2010, 2018))).t('.');
};

const refereeAssignment: Tpl = (r, d) => {
  const c = country(r, ['GB', 'US', 'IE', 'AU', 'CA', 'NL']);
  const ref = person(r, c.cultures);
  d.t('From: ').l('EMAIL', roleEmail(r)).t('\nTo: ').l('EMAIL', email(r, ref)).t(`\nSubject: Appointments ${other(r, c.locale)}\n\nHi `).p(ref.given);
  d.t(`,\n\nYou are appointed as referee for ${r.pick(TEAMS)} v ${r.pick(TEAMS)} at ${r.pick(PLACES)}, KO ${hhmm(r)}.\nAssistants: `);
  nm(r, d, person(r, c.cultures)).t(' (').l('PHONE', c.phone(r)).t(') and ');
  nm(r, d, person(r, c.cultures)).t(' (').l('PHONE', c.phone(r)).t(`).\nPlease confirm on ${r.pick(SOFTWARE)} by Thursday.\n\nRefs' appointments secretary`);
};

const poolWaitlist: Tpl = (r, d) => {
  const c = country(r);
  d.t(`Lane swim waitlist — ${other(r, c.locale)} ${hhmm(r)} (lanes 3–6)\n`);
  for (let i = 1, k = r.int(3, 6); i <= k; i++) {
    d.t(`${i}. `);
    nm(r, d, person(r, c.cultures));
    if (r.chance(0.7)) d.t(' — ').l('PHONE', c.phone(r));
    else d.t(' — no phone, e-mail ').l('EMAIL', email(r, person(r, c.cultures)));
    d.t('\n');
  }
  d.t('Offers expire after 20 minutes.');
};

const freezeTr: Tpl = (r, d) => {
  const c = country(r, ['TR']);
  const me = person(r, ['tr']);
  d.t(`Üyelik dondurma talebi — ${r.pick(['Moda Spor Kulübü', 'Fenerbahçe Spor Salonu', 'Kadıköy CrossFit'])}\nAd Soyad: `).self(full(me));
  d.t('\nDoğum tarihi: ').l('DOB', fmtDate(r, 'de', ymd(r, 1965, 2005))).t('\nTelefon: ').l('PHONE', c.phone(r));
  d.t(`\nDondurma süresi: ${r.int(1, 3)} ay (${other(r, 'de')} itibarıyla)\nİade için IBAN: `).l('IBAN', iban(r, 'TR'));
};

const leagueEmailGr: Tpl = (r, d) => {
  const c = country(r, ['GR', 'CY']);
  const me = person(r, ['gr']);
  d.t(`Subject: Εγγραφή στο πρωτάθλημα μπάσκετ βετεράνων\n\nΚαλησπέρα σας, είμαι ο/η `).self(full(me)).t(`. Θα ήθελα να δηλώσω την ομάδα μας για τη σεζόν.\n`);
  d.t('Τηλέφωνο: ').l('PHONE', c.phone(r)).t('\nEmail: ').l('EMAIL', email(r, me)).t('\nΔιεύθυνση: ').l('ADDRESS', addrText(r, c, false));
  d.t('\nIBAN για την επιστροφή εγγύησης: ').l('IBAN', iban(r, 'GR'));
};

const badmintonZh: Tpl = (r, d) => {
  const rom = person(r, ['zh']);
  const b = ymd(r, 1960, 2012);
  d.t(`${r.pick(['浦江羽毛球俱乐部', '静安游泳队', '徐汇篮球联赛'])} 报名表\n姓名：`).p(`${r.pick(ZH_FAMILY)}${r.pick(ZH_GIVEN)}`);
  d.t('\n出生日期：').l('DOB', `${b.y}年${b.m}月${b.d}日`).t(`\n身份证号：310${r.digits(3)}${b.y}${p2(b.m)}${p2(b.d)}${r.digits(3)}${r.pick(['X', String(r.int(0, 9))])}`);
  d.t('\n手机：').l('PHONE', r.pick([`+86 13${r.digits(1)} ${r.digits(4)} ${r.digits(4)}`, `13${r.digits(1)}-${r.digits(4)}-${r.digits(4)}`, `15${r.digits(9)}`]));
  d.t('\n邮箱：').l('EMAIL', email(r, rom));
  d.t('\n地址：').l('ADDRESS', `上海市${r.pick(['徐汇区漕溪北路', '浦东新区世纪大道', '静安区南京西路'])}${r.int(1, 999)}号${r.int(1, 12)}栋${r.int(101, 2804)}室，${r.pick(['200030', '200120', '200040'])}`);
  d.t(`\n紧急联系人：`).p(`${r.pick(ZH_FAMILY)}${r.pick(ZH_GIVEN)}`).t('（家长）\n备注：比赛日期 ').t(fmtDate(r, 'ja', ymd(r, 2024, 2026)));
};

const arabicGymSignup: Tpl = (r, d) => {
  const c = country(r, ['GB', 'FR', 'SE', 'NL', 'DE']);
  const me = person(r, ['ar']);
  d.t(`Ladies-only swim sessions — sign-up\nName: `);
  d.p(full(me)).t('\nPhone: ').l('PHONE', c.phone(r));
  d.t(`\nPreferred session: ${r.pick(['Sun 18:00', 'Wed 20:30', 'Fri 10:00'])}\nFemale lifeguard requested: yes\nNotes: ${r.pick(['Sister ', 'Cousin ', 'Friend '])}`);
  d.p(r.pick(cultureById('ar').given)).t(' will join from next month.');
};

const payrollCsv: Tpl = (r, d) => {
  const c = country(r, ['US']);
  d.t(`# ${club(r)} — contractor payroll ${other(r, 'iso')} (CONFIDENTIAL)\nemployee_id,name,ssn,rate,routing,account\n`);
  for (let i = 0, k = r.int(3, 6); i < k; i++) {
    const p = person(r, c.cultures);
    d.t(`T${r.digits(4)},`).p(r.chance(0.6) ? full(p) : `${p.family} ${p.given}`).t(',');
    if (r.chance(0.85)) d.l('NATIONAL_ID', ssn(r));
    else d.t(badSsn(r));
    d.t(`,${r.int(18, 65)}.00,${routing(r)},${r.digits(10)}\n`);
  }
  d.t(`# employer EIN ${ein(r)}`);
};

const motoLog: Tpl = (r, d) => {
  const c = country(r, ['US', 'GB', 'CA', 'AU', 'IE']);
  d.t(`Manually keyed (MOTO) transactions — front desk terminal ${up(r, 2)}${r.digits(4)}\n`);
  for (let i = 0, k = r.int(2, 5); i < k; i++) {
    const p = person(r, c.cultures);
    d.t(`${timestamp(r)} | `).p(full(p).toUpperCase()).t(' | ');
    if (r.chance(0.8)) d.l('CARD', card(r));
    else d.t(r.chance(0.5) ? badCard(r) : maskedCard(r));
    d.t(` | ${r.int(10, 250)}.${r.digits(2)} | ${r.pick(['APPROVED', 'DECLINED', 'APPROVED'])}\n`);
  }
  d.t('Reminder: never write full card numbers on paper forms.');
};

const arrearsChat: Tpl = (r, d) => {
  const c = country(r);
  const me = person(r, c.cultures);
  d.t('Member: hi, I got a letter about arrears. I\'m ').self(full(me)).t('. can I just pay by card here?\n');
  d.t('Staff: Sure — please send the long number and expiry.\nMember: ').l('CARD', card(r)).t(` exp ${p2(r.int(1, 12))}/${r.int(26, 31)}\n`);
  d.t(`Staff: Thanks, £${r.int(20, 180)}.00 taken. Receipt sent to your e-mail on file. Please don't share the CVV here.`);
  if (r.chance(0.4)) d.t(`\nMember: the old card ${badCard(r)} is cancelled btw`);
};

const hsaClaim: Tpl = (r, d) => {
  const c = country(r, ['US']);
  const p = person(r, c.cultures);
  d.t(`HSA/FSA reimbursement — gym membership (medically prescribed)\nAccount holder: `).p(full(p)).t('\nSSN (last 4 only): ');
  d.t(`${r.digits(4)}\nFull SSN for new enrolment: `).l('NATIONAL_ID', ssn(r));
  d.t('\nCard used at club: ').l('CARD', card(r)).t(`\nLetter of medical necessity from Dr. `);
  d.p(person(r, c.cultures).family).t(`, dated ${other(r, 'us')}. Claim ${orderNo(r)}`);
};

// ---------------------------------------------------------------------------------------------------
// Hard negatives (no PII at all, plenty of traps).
// ---------------------------------------------------------------------------------------------------

const negTimetable: Tpl = (r, d) => {
  d.t(`${club(r)} — timetable from ${other(r, 'gb')}\n`);
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) d.t(`${day}: ${hhmm(r)} ${r.pick(CLASSES)} · ${hhmm(r)} ${r.pick(CLASSES)} (Studio ${r.int(1, 3)})\n`);
  d.t(`Pool closed ${other(r, 'gb')} for the ${r.pick(AWARDS)} screening. ${r.pick(BRANDS)} launches in May — Grant funding from the council paid for the new racks.`);
};

const negLeagueTable: Tpl = (r, d) => {
  d.t('Pos | Team | P | W | D | L | GD | Pts\n');
  for (let i = 1; i <= r.int(5, 8); i++) d.t(`${i} | ${r.pick(TEAMS)} | ${r.int(10, 20)} | ${r.int(2, 14)} | ${r.int(0, 5)} | ${r.int(0, 8)} | ${r.int(-15, 25)} | ${r.int(5, 40)}\n`);
  d.t(`Updated ${timestamp(r)}. Next round at ${r.pick(PLACES)} — the May Day fixtures move to ${other(r, 'gb')}.`);
};

const negMaintenance: Tpl = (r, d) => {
  d.t(`Equipment maintenance log — ${r.pick(PLACES)}\n`);
  for (let i = 0, k = r.int(3, 6); i < k; i++) {
    d.t(`${other(r, 'iso')} | ${r.pick(['Technogym Skillrun', 'Concept2 RowErg', 'Life Fitness 95T', 'Jacob\'s Ladder', 'Matrix S-Drive'])} S/N ${up(r, 3)}${r.digits(8)} | fw ${version(r)} | ${r.pick(['belt replaced', 'console reset', 'OK', 'awaiting part RMA ' + r.digits(5)])}\n`);
  }
  d.t(`Service contract ${orderNo(r)}; engineer visit booked for ${other(r, 'gb')}.`);
};

const negReleaseNotes: Tpl = (r, d) => {
  d.t(`Member app ${version(r)} release notes\n- Fixed waitlist race condition (commit ${hash(r)})\n- Upgraded ${r.pick(SOFTWARE)} to ${r.int(2, 5)}.${r.int(0, 9)}.${r.int(0, 20)}\n`);
  d.t(`- Android min SDK ${r.int(24, 29)}; iOS build ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(10, 250)}\n- Default API timeout ${r.int(5, 30)}s; retry after ${timestamp(r)} window\n- Known issue: ${r.pick(BRANDS)} tiles show twice`);
};

const negPolicy: Tpl = (r, d) => {
  d.t(`Safeguarding & compliance update (${other(r, 'gb')})\nFollowing ${r.pick(LAWS)} and ${r.pick(LAWS)}, every volunteer must renew training by ${other(r, 'gb')}. `);
  d.t(`Cases are logged as ${orderNo(r)}-style references only. The Will Rogers Memorial Fund grant (ref ${r.digits(6)}) covers AED units. ${r.pick(EPONYMS)} awareness sessions run monthly.`);
};

const negFinance: Tpl = (r, d) => {
  d.t(`Month-end finance summary\nGross receipts: ${r.int(20, 90)},${r.digits(3)}.${r.digits(2)}\nClub EIN ${ein(r)}, ABA routing ${routing(r)}\n`);
  d.t(`Rejected card entries (failed Luhn): ${badCard(r)}, ${badCard(r)}\nIBANs returned as invalid: ${badIban(r, r.pick(['DE', 'FR', 'NL', 'ES']))}; ${badIban(r, r.pick(['IT', 'BE', 'GB']))}\n`);
  d.t(`Masked examples for training: ${maskedCard(r)}, ${badSsn(r)}\nInvoice ${orderNo(r)} dated ${other(r, 'gb')}; tracking ${orderNo(r)}.`);
};

const negNewsletter: Tpl = (r, d) => {
  d.t(`Club newsletter — ${r.pick(['Spring', 'Summer', 'Autumn', 'Winter'])} edition\n`);
  d.t(`Our juniors visited ${r.pick(PLACES)} and watched the ${r.pick(AWARDS)} ceremony on the big screen. `);
  d.t(`Shout-out to ${r.pick(PETS)}, who never misses a Saturday. ${r.pick(STORMS)} flooded pitch 2, so the Hope Cup moves to ${other(r, 'gb')}. `);
  d.t(`Talks this term: ${r.pick(EPONYMS)} prevention; nutrition myths (no, ${r.pick(BRANDS)} won't fix your deadlift). Sponsored by ${r.pick(['Tim Hortons', 'Jack Daniel\'s Lemonade', 'Ralph Lauren Sport', 'Chase Bank'])}.`);
};

const negShipment: Tpl = (r, d) => {
  d.t(`Your order ${orderNo(r)} has shipped!\n${r.int(2, 20)} x ${r.pick(['Rogue Echo bike', 'Eleiko bumper plates', 'Concept2 SkiErg', 'Reebok step'])}\nCarrier tracking: ${orderNo(r)}\nEstimated delivery: ${other(r, 'us')}\n`);
  d.t(`Warehouse: Bay ${r.int(1, 40)}, Dock ${up(r, 1)}. Pallet hash ${hash(r)}. Questions? Use the chat in your account portal.`);
};

const negMinutes: Tpl = (r, d) => {
  d.t(`Minutes of the AGM held ${other(r, 'gb')}\nPresent: the chair, treasurer, secretary and ${r.int(12, 60)} members.\n`);
  d.t(`1. Accounts approved (surplus ${r.int(1, 30)},${r.digits(3)}).\n2. Proposal to rename the clubhouse the "${r.pick(['Rose Walker', 'Bill Shankly', 'Guy Fawkes'])} Pavilion" deferred.\n`);
  d.t(`3. Kit supplier switch to ${r.pick(BRANDS)} agreed.\n4. AOB: ${r.pick(PETS)} banned from the bar. Meeting closed ${hhmm(r)}.`);
};

const negClosure: Tpl = (r, d) => {
  d.t(`⚠️ Closure notice: due to ${r.pick(STORMS)} all sites close ${other(r, 'gb')} from ${hhmm(r)}. `);
  d.t(`Online classes continue on ${r.pick(SOFTWARE)} (stream key rotated, ref ${hash(r).slice(0, 10)}). Memberships paused automatically — no action needed. Status page build ${version(r)}.`);
};

const negMaskedExport: Tpl = (r, d) => {
  d.t('member_ref,phone,card,ssn,dob\n');
  for (let i = 0, k = r.int(3, 6); i < k; i++) {
    d.t(`MBR-${r.digits(6)},***-***-${r.digits(4)},${maskedCard(r)},${badSsn(r)},**/**/${r.int(1950, 2010)}\n`);
  }
  d.t(`# masked export generated ${timestamp(r)} — PII redacted by policy`);
};

// ---------------------------------------------------------------------------------------------------
// Generator.
// ---------------------------------------------------------------------------------------------------

/** Labelled templates with their weights. */
const TEMPLATES: readonly (readonly [Tpl, number])[] = [
  [signupForm, 3], [freezeRequest, 2], [sepaMandate, 3], [bacsDirectDebit, 2], [parq, 2], [classBooking, 2], [waitlistSms, 1],
  [trainerNotes, 2], [youthRegistration, 2], [rosterCsv, 2], [injuryReport, 2], [refereeReport, 2], [tournamentEntry, 3],
  [checkinLog, 2], [memberCsvDe, 2], [paymentFailure, 3], [chargeback, 3], [supportChat, 2], [callTranscript, 2], [w9Onboarding, 4],
  [backgroundCheck, 4], [mitgliedsantrag, 2], [inscriptionFr, 2], [altaSocio, 2], [iscrizioneIt, 2], [inschrijvingNl, 2],
  [nyuukaiJa, 2], [koreanSignup, 2], [matriculaBr, 2], [karnetPl, 2], [medlemSe, 2], [serverLog, 2], [securityAlert, 2],
  [deviceConfig, 1], [ptInvoice, 2], [fixturesNotice, 1], [coachWhatsApp, 2], [referral, 2], [cancellationLetter, 2],
  [emergencyUpdate, 2], [physioLetter, 2], [concussionForm, 2], [raceEntry, 2], [swimGala, 1], [martialGrading, 2],
  [corporateWellness, 1], [guestPass, 1], [lockerRental, 1], [trainerRota, 1], [bodyScan, 2], [review, 1], [refundRequest, 2],
  [sepaReturns, 1], [disciplinary, 1], [transferRequest, 2], [trialApplication, 2], [insuranceClaim, 3], [surveyJson, 1],
  [crashReport, 1], [smsLog, 1], [giftCard, 2], [partyBooking, 2], [trainerNoteJa, 1], [trainerNoteDe, 2], [parentWhatsAppEs, 2],
  [refereeAssignment, 1], [poolWaitlist, 1], [freezeTr, 1], [leagueEmailGr, 1], [arabicGymSignup, 1], [badmintonZh, 1], [payrollCsv, 4],
  [motoLog, 3], [arrearsChat, 3], [hsaClaim, 3],
];

const NEGATIVES: readonly Tpl[] = [
  negTimetable, negLeagueTable, negMaintenance, negReleaseNotes, negPolicy, negFinance, negNewsletter, negShipment, negMinutes, negClosure, negMaskedExport,
];

const TOTAL_WEIGHT = TEMPLATES.reduce((s, [, w]) => s + w, 0);

function pickTemplate(r: Rng): Tpl {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [t, w] of TEMPLATES) {
    x -= w;
    if (x < 0) return t;
  }
  return signupForm;
}

/** Number of distinct document templates (labelled + negative). */
export const INDEPENDENT71_TEMPLATE_COUNT = TEMPLATES.length + NEGATIVES.length;

/**
 * Generates the split: whole documents until at least `minInstances` labels exist (the last document
 * is the one that reaches it), deterministic for a seed.
 */
export function generateIndependent71Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent71Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT71_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT71_MIN_INSTANCES;
  const out: Independent71Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.11)) r.pick(NEGATIVES)(r, d);
    else pickTemplate(r)(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
