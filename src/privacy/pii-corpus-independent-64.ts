/**
 * @module privacy/pii-corpus-independent-64 — blind labelled PII corpus "independent64": retail banking
 * call centres and card fraud.
 *
 * WRITTEN BLIND. While writing it the author read only `src/privacy/pii-corpus-rng.ts` (the `Rng` class),
 * `src/privacy/pii-corpus-checks.ts` (Luhn, IBAN mod-97, `IBAN_LENGTHS`), the first 30 lines of
 * `src/privacy/pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. The author did NOT read the detector (`src/privacy/pii/**`), the
 * other corpora or their name pools (`pii-corpus-values.ts`, `pii-corpus-templates.ts`, the other
 * `pii-corpus-independent-*` files), tests, docs, benchmarks or git history, and never ran the detector
 * on this text. Every name, address, template and value below was invented for this file.
 *
 * Seeds: 640001, 640002, 640003 (each yields whole documents until at least 2,400 labels exist).
 *
 * Contents: call-centre transcripts with identity verification (read-backs, spelled and spoken details),
 * chargeback and dispute forms, fraud alerts and analyst case notes, KYC / account-opening records,
 * standing orders, payee changes and direct-debit mandates, secure-message threads, complaint letters,
 * CSV exports of transactions and flagged payments, wire and SEPA forms, login / 3-D Secure logs, and
 * documents in UK, US, German, French, Spanish, Italian, Dutch, Polish, Swedish, Irish, Australian,
 * Canadian, Indian, Brazilian, Japanese and Korean styles. About one document in ten is a hard negative
 * (no PII, but sort codes, routing numbers, EINs, masked and Luhn-invalid card numbers, invalid IBANs,
 * authorisation codes, case ids, hashes, versions, people-named brands, places, laws and diseases).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr, Dr, Frau, Sra., 様, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets and
 *   buildings named after people, eponymous diseases/laws/awards and @handles are not labelled; a name
 *   inside an e-mail address is not labelled. Letter-by-letter (phonetic) spellings are not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses ("anna dot berg at gmail dot com")
 *   labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes in any grouping; Luhn-invalid and masked
 *   numbers unlabelled.
 * - IBAN: checksum-valid and of the right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, last-four, ITINs/EINs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line addresses from the first street/building/PO-box
 *   line to the last postcode/city/country line; the recipient name is a separate PERSON; company lines,
 *   city-only mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { Rng } from './pii-corpus-rng.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT64_SEEDS = [640001, 640002, 640003] as const;
export const INDEPENDENT64_MIN_INSTANCES = 2400;

/** A label of this split: also carries the exact text of its span. */
export type Independent64Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent64Entry = PiiCorpusEntry & { readonly labels: readonly Independent64Label[] };

/** Builds a document while recording label offsets as the text is appended. */
class Doc {
  text = '';
  readonly labels: Independent64Label[] = [];
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
  entry(): Independent64Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

// ───────────────────────────── names ─────────────────────────────

type Sex = 'm' | 'f';
interface Culture {
  readonly id: string;
  readonly m: readonly string[];
  readonly f: readonly string[];
  readonly s: readonly string[];
  /** Family name first in the culture's own order. */
  readonly ff?: boolean;
}

const CULTURES: readonly Culture[] = [
  { id: 'en', m: ['Will', 'Bill', 'Guy', 'Grant', 'Mark', 'Reginald', 'Toby', 'Nigel'], f: ['Rose', 'Hope', 'May', 'Dawn', 'Penny', 'Faith', 'Harriet', 'Joy'], s: ['Banks', 'Cook', 'Baker', 'Price', 'Sterling', 'Whitlock', 'Ashdown', 'Fairbairn', 'Pennington', 'Hale', 'Young', 'Marsh', 'Cash'] },
  { id: 'us', m: ['Chase', 'Tucker', 'Dwayne', 'Brandon', 'Cody', 'Tyrell', 'Hunter'], f: ['Brooke', 'Madison', 'Summer', 'Crystal', 'Shaniqua', 'Autumn', 'Destiny'], s: ['Washington', 'Holloway', 'McAllister', 'Bergstrom', 'Castle', 'Winters', 'Stone', 'Rivers', 'Hill', 'Pruitt', 'Vance', 'Dupree', 'Whitaker'] },
  { id: 'ie', m: ['Cian', 'Oisín', 'Pádraig', 'Darragh', 'Eoin', 'Ciarán'], f: ['Aoife', 'Siobhán', 'Niamh', 'Róisín', 'Gráinne', 'Orla', 'Clodagh'], s: ["O'Sullivan", 'Ní Bhriain', 'MacNamara', 'Byrne', 'Quinlan', 'Fitzgerald', 'Keogh', 'Mulcahy', 'Doherty', 'Lynch', 'Gallagher', 'Tierney', "O'Driscoll"] },
  { id: 'sc', m: ['Hamish', 'Callum', 'Fraser', 'Angus', 'Ewan', 'Alasdair'], f: ['Morag', 'Isla', 'Kirsty', 'Eilidh', 'Fiona', 'Catriona'], s: ['MacLeod', 'Drummond', 'Buchanan', 'Guthrie', 'Lennox', 'Urquhart', 'Munro', 'Sinclair', 'Dalgleish', 'Kerr', 'Baird', 'Rennie', 'Crawford'] },
  { id: 'de', m: ['Jürgen', 'Matthias', 'Dieter', 'Florian', 'Lukas', 'Benedikt', 'Wolfgang'], f: ['Ursula', 'Birgit', 'Anneliese', 'Katrin', 'Svenja', 'Heike', 'Lotte'], s: ['Müller', 'Schmitt', 'Hoffmann', 'Krüger', 'Weißenborn', 'Brandt', 'Vogel', 'Zimmermann', 'Kessler', 'Schröder', 'Lehmann', 'Fuchs', 'Engel'] },
  { id: 'fr', m: ['Thibault', 'Étienne', 'Guillaume', 'Rémi', 'Baptiste', 'Yannick'], f: ['Margaux', 'Océane', 'Séverine', 'Amélie', 'Clémence', 'Élodie', 'Sandrine'], s: ['Lefèvre', 'Moreau', 'Girard', 'Rousseau', 'Dubois', 'Fontaine', 'Chevalier', 'Marchand', 'Bonnet', 'Gauthier', 'Perrin', 'Lemaire', 'Faure'] },
  { id: 'es', m: ['Iñaki', 'Álvaro', 'Joaquín', 'Sergio', 'Ignacio', 'Rubén'], f: ['Ainhoa', 'Lucía', 'Itziar', 'Remedios', 'Paloma', 'Nerea', 'Consuelo'], s: ['Fernández Ortega', 'Etxeberria', 'Navarro', 'Iglesias Soto', 'Castillo', 'Serrano', 'Vidal', 'Moreno', 'Gil', 'Herrera', 'Domínguez', 'Peña', 'Ruiz de Alda'] },
  { id: 'mx', m: ['Jesús', 'Alejandro', 'Rodrigo', 'Emiliano', 'Héctor', 'Luis'], f: ['Guadalupe', 'Ximena', 'Mariana', 'Rocío', 'Yesenia', 'Fernanda'], s: ['Hernández', 'Ramírez', 'Salazar', 'Mendoza', 'Guzmán', 'Ochoa', 'Zúñiga', 'Cervantes', 'Aguilar', 'Barrera', 'Trujillo', 'Espinoza', 'Villalobos'] },
  { id: 'pt', m: ['João', 'Thiago', 'Gonçalo', 'Rafael', 'Vinícius', 'Caio'], f: ['Beatriz', 'Inês', 'Thaís', 'Leonor', 'Raquel', 'Conceição', 'Graça'], s: ['Carvalho', 'Gonçalves', 'Pereira', 'Albuquerque', 'Magalhães', 'Nogueira', 'Teixeira', 'Sousa', 'Ferreira', 'Lima', 'Barros', 'Rocha', 'Cardoso'] },
  { id: 'it', m: ['Giuseppe', 'Alessandro', 'Matteo', 'Gianluca', 'Salvatore', 'Pietro'], f: ['Chiara', 'Giulia', 'Francesca', 'Serena', 'Donatella', 'Benedetta'], s: ['Esposito', 'Russo', 'Bianchi', 'Colombo', 'Romano', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Galli', 'Conti', 'De Luca', 'Mancini'] },
  { id: 'nl', m: ['Joost', 'Maarten', 'Sjoerd', 'Bram', 'Thijs', 'Wouter'], f: ['Femke', 'Annelies', 'Sanne', 'Marloes', 'Ilse', 'Lieke'], s: ['de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Jong', 'Mulder', 'van Dijk', 'Jansen', 'Peeters', 'Claes', 'Vermeulen'] },
  { id: 'pl', m: ['Łukasz', 'Grzegorz', 'Wojciech', 'Piotr', 'Tomasz', 'Krzysztof'], f: ['Agnieszka', 'Małgorzata', 'Katarzyna', 'Zofia', 'Magdalena', 'Joanna'], s: ['Kowalski', 'Wiśniewska', 'Nowak', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowska', 'Mazur'] },
  { id: 'no', m: ['Søren', 'Björn', 'Anders', 'Magnus', 'Henrik', 'Lars', 'Espen'], f: ['Ingrid', 'Astrid', 'Sigrid', 'Linnea', 'Freja', 'Maja'], s: ['Lindqvist', 'Johansson', 'Ørsted', 'Halvorsen', 'Bergström', 'Nygaard', 'Sørensen', 'Andersson', 'Dahl', 'Holm', 'Lund', 'Eriksen', 'Sandberg'] },
  { id: 'fi', m: ['Juha', 'Mikko', 'Antti', 'Jukka', 'Tapio', 'Eero'], f: ['Aino', 'Satu', 'Päivi', 'Tuulikki', 'Helmi', 'Riikka'], s: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Salo', 'Räsänen', 'Kallio'] },
  { id: 'gr', m: ['Giorgos', 'Dimitrios', 'Konstantinos', 'Nikos', 'Stavros', 'Vasilis'], f: ['Eleni', 'Despina', 'Katerina', 'Sofia', 'Anastasia', 'Vasiliki'], s: ['Papadopoulos', 'Georgiou', 'Konstantinidis', 'Nikolaou', 'Vlachos', 'Oikonomou', 'Christodoulou', 'Pappas', 'Antoniou', 'Stavropoulou', 'Lamprou', 'Galanis', 'Kyriakidou'] },
  { id: 'tr', m: ['Mehmet', 'Emre', 'Oğuz', 'Burak', 'Serkan', 'Kerem'], f: ['Elif', 'Zeynep', 'Ayşe', 'Gülşen', 'Şule', 'Derya'], s: ['Yılmaz', 'Kaya', 'Demir', 'Çelik', 'Şahin', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Koç'] },
  { id: 'ar', m: ['Said', 'Omar', 'Khalid', 'Tariq', 'Youssef', 'Hamza', 'Karim'], f: ['Amal', 'Noor', 'Layla', 'Fatima', 'Huda', 'Rania', 'Salma'], s: ['Al-Masri', 'Haddad', 'El-Amin', 'Mansour', 'Nasser', 'Al-Farsi', 'Khoury', 'Aziz', 'Saleh', 'Hamdan', 'Abdelrahman', 'Bishara', 'Darwish'] },
  { id: 'fa', m: ['Dariush', 'Kourosh', 'Babak', 'Arash', 'Farhad', 'Reza'], f: ['Shirin', 'Parisa', 'Negin', 'Golnaz', 'Leila', 'Mahsa'], s: ['Tehrani', 'Hosseini', 'Rahimi', 'Farahani', 'Karimi', 'Jafari', 'Moradi', 'Ahmadi', 'Sadeghi', 'Mousavi', 'Rostami', 'Ghorbani', 'Nazari'] },
  { id: 'hi', m: ['Arjun', 'Rohit', 'Vikram', 'Sanjay', 'Aditya', 'Rahul'], f: ['Priya', 'Ananya', 'Deepika', 'Kavita', 'Sunita', 'Pooja'], s: ['Sharma', 'Verma', 'Gupta', 'Malhotra', 'Kapoor', 'Agarwal', 'Mehta', 'Chopra', 'Bhatia', 'Saxena', 'Joshi', 'Trivedi', 'Banerjee'] },
  { id: 'ta', m: ['Karthik', 'Senthil', 'Murugan', 'Venkatesh', 'Arvind', 'Balaji'], f: ['Lakshmi', 'Meenakshi', 'Revathi', 'Divya', 'Kaveri', 'Janani'], s: ['Subramaniam', 'Raman', 'Krishnan', 'Natarajan', 'Iyer', 'Pillai', 'Venkataraman', 'Ramasamy', 'Srinivasan', 'Nair', 'Menon', 'Rajagopal', 'Chandrasekaran'] },
  { id: 'zh', ff: true, m: ['Wei', 'Jun', 'Hao', 'Zhiwei', 'Jianguo', 'Yong'], f: ['Mei', 'Xiaoling', 'Ying', 'Lihua', 'Fang', 'Jing'], s: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma'] },
  { id: 'ja', ff: true, m: ['Hiroshi', 'Takeshi', 'Kenta', 'Daisuke', 'Haruto', 'Shota'], f: ['Yuki', 'Aiko', 'Haruka', 'Sakura', 'Yui', 'Misaki'], s: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Matsumoto'] },
  { id: 'ko', ff: true, m: ['Min-jun', 'Seo-jun', 'Ji-hoon', 'Hyun-woo', 'Dong-hyun', 'Jae-sung'], f: ['Ji-yeon', 'Seo-yeon', 'Min-ji', 'Eun-ji', 'Ha-eun', 'Soo-ah'], s: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Oh'] },
  { id: 'vi', ff: true, m: ['Minh', 'Tuấn', 'Dũng', 'Quang', 'Huy', 'Phong'], f: ['Linh', 'Thảo', 'Hương', 'Ngọc', 'Trang', 'Lan'], s: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'] },
  { id: 'ph', m: ['Rodel', 'Jomar', 'Ramil', 'Jerome', 'Arnel', 'Dindo'], f: ['Maricel', 'Jocelyn', 'Rowena', 'Lorna', 'Analyn', 'Marites'], s: ['dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Villanueva', 'Macaraeg', 'Aquino', 'Ramos', 'Dimaculangan', 'Tolentino', 'Manalo', 'Pangilinan', 'Soriano'] },
  { id: 'ng', m: ['Chinedu', 'Oluwaseun', 'Emeka', 'Babatunde', 'Ifeanyi', 'Tunde'], f: ['Ngozi', 'Chiamaka', 'Funmilayo', 'Adaeze', 'Yetunde', 'Blessing'], s: ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Nwosu', 'Adebayo', 'Oyelaran', 'Obi', 'Chukwu', 'Afolabi', 'Ogunleye', 'Nnamdi'] },
  { id: 'gh', m: ['Kwame', 'Kofi', 'Kwabena', 'Baraka', 'Otieno', 'Jomo'], f: ['Ama', 'Akosua', 'Abena', 'Wanjiru', 'Achieng', 'Nafula'], s: ['Mensah', 'Asante', 'Owusu', 'Boateng', 'Ofori', 'Appiah', 'Mwangi', 'Kamau', 'Njoroge', 'Wekesa', 'Kiprop', 'Ochieng', 'Adjei'] },
  { id: 'ru', m: ['Dmitri', 'Oleksandr', 'Sergei', 'Mykola', 'Andriy', 'Yaroslav'], f: ['Svetlana', 'Oksana', 'Natalia', 'Yulia', 'Tetiana', 'Irina'], s: ['Ivanova', 'Shevchenko', 'Kovalenko', 'Petrov', 'Smirnova', 'Bondarenko', 'Melnyk', 'Volkov', 'Sokolova', 'Tkachenko', 'Morozov', 'Lysenko', 'Kuznetsov'] },
  { id: 'he', m: ['Yosef', 'Avi', 'Eitan', 'Noam', 'Ariel', 'Uri'], f: ['Tamar', 'Noa', 'Shira', 'Yael', 'Ayelet', 'Michal'], s: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Ben-David', 'Shapiro', 'Katz', 'Avraham', 'Golan', 'Dahan', 'Azoulay'] },
  { id: 'ce', m: ['Zoltán', 'Bence', 'Jiří', 'Radek', 'Mihai', 'Bogdan'], f: ['Zsófia', 'Réka', 'Lenka', 'Hana', 'Ioana', 'Andreea'], s: ['Nagy', 'Kovács', 'Szabó', 'Tóth', 'Novák', 'Dvořák', 'Procházka', 'Svoboda', 'Popescu', 'Ionescu', 'Dumitrescu', 'Munteanu', 'Horváth'] },
];

const JA_FAMILY = ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤', '吉田', '松本'];
const JA_GIVEN = ['健太', '美咲', '大輔', '陽子', '翔太', '由美', '拓也', '彩花', '直樹', '真由美', '和也', '恵'];
const KO_FAMILY = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'];
const KO_GIVEN = ['민준', '서연', '지훈', '하은', '현우', '지영', '성민', '수빈', '동현', '예린'];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly middle: string;
  readonly sex: Sex;
  readonly c: Culture;
  /** The name as the person writes it in full. */
  readonly full: string;
}

function person(r: Rng, c: Culture = r.pick(CULTURES)): Person {
  const sex: Sex = r.chance(0.5) ? 'm' : 'f';
  const given = r.pick(sex === 'm' ? c.m : c.f);
  const family = r.pick(c.s);
  let middle = '';
  if (!c.ff && r.chance(0.15)) {
    const m = r.pick(sex === 'm' ? c.m : c.f);
    if (m !== given) middle = m;
  }
  const full = c.ff && r.chance(0.4) ? `${family} ${given}` : `${given}${middle ? ` ${middle}` : ''} ${family}`;
  return { given, family, middle, sex, c, full };
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pl' | 'pt' | 'sv';

function hon(r: Rng, p: Person, lang: Lang = 'en'): string {
  const m = p.sex === 'm';
  switch (lang) {
    case 'de': return m ? 'Herr' : 'Frau';
    case 'fr': return m ? 'M.' : r.pick(['Mme', 'Madame']);
    case 'es': return m ? r.pick(['Sr.', 'D.']) : r.pick(['Sra.', 'Dña.']);
    case 'it': return m ? r.pick(['Sig.', 'Dott.']) : r.pick(['Sig.ra', 'Dott.ssa']);
    case 'nl': return m ? r.pick(['meneer', 'dhr.']) : r.pick(['mevrouw', 'mevr.']);
    case 'pl': return m ? 'Pan' : 'Pani';
    case 'pt': return m ? 'Sr.' : 'Sra.';
    case 'sv': return m ? 'herr' : 'fru';
    default: return r.chance(0.15) ? r.pick(['Dr', 'Dr.', 'Mx']) : m ? r.pick(['Mr', 'Mr.']) : r.pick(['Mrs', 'Ms', 'Miss', 'Ms.']);
  }
}

type NameStyle = 'full' | 'formal' | 'initial' | 'caps' | 'commaCaps' | 'comma' | 'lower' | 'given' | 'family';

/** Writes a person's name in the given (or a random) style; the honorific goes outside the label. */
function nm(d: Doc, r: Rng, p: Person, style?: NameStyle, lang: Lang = 'en'): void {
  const st: NameStyle =
    style ?? r.pick<NameStyle>(['full', 'full', 'full', 'formal', 'initial', 'caps', 'commaCaps', 'comma', 'lower', 'given', 'family']);
  switch (st) {
    case 'full': d.l('PERSON', p.full); break;
    case 'formal': d.t(`${hon(r, p, lang)} `).l('PERSON', p.family); break;
    case 'initial': d.l('PERSON', `${p.given.charAt(0)}${r.pick(['. ', ' ', '.'])}${p.family}`); break;
    case 'caps': d.l('PERSON', `${p.given} ${p.family}`.toUpperCase()); break;
    case 'commaCaps': d.l('PERSON', `${p.family.toUpperCase()}, ${p.given}`); break;
    case 'comma': d.l('PERSON', `${p.family}, ${p.given}`); break;
    case 'lower': d.l('PERSON', `${p.given} ${p.family}`.toLowerCase()); break;
    case 'given': d.l('PERSON', p.given); break;
    case 'family': d.l('PERSON', p.family); break;
  }
}

/** The user's own full name: labelled and recorded as a known name. */
function selfName(d: Doc, p: Person): void {
  d.l('PERSON', p.full);
  if (!d.known.includes(p.full)) d.known.push(p.full);
}

// ───────────────────────────── contact values ─────────────────────────────

const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'libero.it', 'hotmail.es', 'icloud.com', 'proton.me', 'btinternet.com', 'bigpond.com', 'rediffmail.com', 'naver.com', 'yahoo.co.jp', 'wp.pl', 'telia.com', 'uol.com.br', 'sky.com', 'comcast.net', 'shaw.ca', 'xtra.co.nz', 'eircom.net', 'ziggo.nl', 'aol.com', 'hotmail.com', 'mail.ru', 'seznam.cz'];

function email(r: Rng, p: Person): string {
  const g = ascii(p.given) || 'user';
  const f = ascii(p.family) || 'mail';
  const local = r.pick([`${g}.${f}`, `${g.charAt(0)}${f}`, `${g}_${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}${f}${r.int(1950, 2005)}`, `${g}.${f.charAt(0)}`, `${f}${g.charAt(0)}${r.int(10, 99)}`]);
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}

function spokenEmail(r: Rng, p: Person): string {
  const e = email(r, p).replace(/\d+/g, '');
  return e.replace(/\./g, ' dot ').replace(/_/g, ' underscore ').replace(/@/, r.chance(0.8) ? ' at ' : ' at sign ').replace(/ {2,}/g, ' ').trim();
}

interface Bank {
  readonly name: string;
  readonly domain: string;
}
const BANKS: readonly Bank[] = [
  { name: 'Northmoor Bank', domain: 'northmoorbank.co.uk' },
  { name: 'Harbourline Savings', domain: 'harbourline.com' },
  { name: 'Caldera Federal Credit Union', domain: 'calderafcu.org' },
  { name: 'Thistle & Crown Building Society', domain: 'thistlecrown.co.uk' },
  { name: 'Rheinufer Bank', domain: 'rheinufer-bank.de' },
  { name: 'Banco Meridiano', domain: 'bancomeridiano.es' },
  { name: 'Crédit Vallée', domain: 'credit-vallee.fr' },
  { name: 'Banca Lagunare', domain: 'bancalagunare.it' },
  { name: 'Fjordkassen', domain: 'fjordkassen.se' },
  { name: 'Kestrel Direct', domain: 'kestreldirect.com' },
  { name: 'Prairie Union Bank', domain: 'prairieunion.com' },
  { name: 'Wattle Mutual', domain: 'wattlemutual.com.au' },
];
const ROLE_LOCALS = ['fraud', 'disputes', 'support', 'noreply', 'complaints', 'kyc', 'chargebacks', 'secure', 'card.services', 'help'];
function roleEmail(r: Rng, b: Bank): string {
  return `${r.pick(ROLE_LOCALS)}@${b.domain}`;
}

const TENS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spokenDigits(r: Rng, num: string): string {
  const groups = num.replace(/^\+/, 'plus ').split(/[\s\-().]+/).filter((g) => g.length > 0);
  const out: string[] = [];
  for (const g of groups) {
    if (g === 'plus') {
      out.push('plus');
      continue;
    }
    const words: string[] = [];
    for (let i = 0; i < g.length; i++) {
      const ch = g.charAt(i);
      if (i + 1 < g.length && g.charAt(i + 1) === ch && r.chance(0.5)) {
        words.push(`double ${ch === '0' ? r.pick(['oh', 'zero']) : (TENS[Number(ch)] ?? ch)}`);
        i++;
      } else words.push(ch === '0' ? r.pick(['oh', 'zero']) : (TENS[Number(ch)] ?? ch));
    }
    out.push(words.join(' '));
  }
  return out.join(r.pick([', ', ' ', '... ']));
}

// ───────────────────────────── locales: addresses, phones, dates ─────────────────────────────

const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};
const p2 = (n: number): string => String(n).padStart(2, '0');
function mon(lang: string, m: number): string {
  return MONTHS[lang]?.[m - 1] ?? 'January';
}
function ordinal(n: number): string {
  const s = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${s}`;
}

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
function birth(r: Rng): Ymd {
  return { y: r.int(1938, 2005), m: r.int(1, 12), d: r.int(1, 28) };
}
function recent(r: Rng): Ymd {
  return { y: r.int(2023, 2025), m: r.int(1, 12), d: r.int(1, 28) };
}

interface Locale {
  readonly id: string;
  readonly lang: Lang;
  readonly cur: string;
  readonly iban: readonly string[];
  addr(r: Rng): string[];
  phone(r: Rng): string;
  date(r: Rng, x: Ymd): string;
}

const ukDate = (r: Rng, x: Ymd): string =>
  r.pick([`${p2(x.d)}/${p2(x.m)}/${x.y}`, `${x.d} ${mon('en', x.m)} ${x.y}`, `${ordinal(x.d)} ${mon('en', x.m)} ${x.y}`, `${p2(x.d)}-${mon('en', x.m).slice(0, 3)}-${x.y}`, `${x.d} ${mon('en', x.m).slice(0, 3)} ${x.y}`]);
const usDate = (r: Rng, x: Ymd): string =>
  r.pick([`${p2(x.m)}/${p2(x.d)}/${x.y}`, `${mon('en', x.m)} ${x.d}, ${x.y}`, `${x.m}/${x.d}/${x.y}`, `${x.y}-${p2(x.m)}-${p2(x.d)}`, `${mon('en', x.m).slice(0, 3)} ${x.d}, ${x.y}`]);

const UK_TOWNS: ReadonlyArray<readonly [string, string]> = [['Leeds', 'LS'], ['Manchester', 'M'], ['Birmingham', 'B'], ['Glasgow', 'G'], ['Edinburgh', 'EH'], ['Cardiff', 'CF'], ['Bristol', 'BS'], ['Nottingham', 'NG'], ['London', 'SW'], ['London', 'N'], ['Oxford', 'OX'], ['Cambridge', 'CB'], ['York', 'YO'], ['Harrogate', 'HG'], ['Belfast', 'BT'], ['Aberdeen', 'AB'], ['Plymouth', 'PL'], ['Norwich', 'NR'], ['Swansea', 'SA'], ['Sheffield', 'S']];
const UK_STREETS = ['Larkspur Close', 'Fennel Road', 'Marlow Terrace', 'Gladstone Avenue', 'Nelson Street', 'Quarry Lane', 'Beech Grove', 'Victoria Road', 'Cobden Place', 'Wyvern Crescent', 'Tannery Row', 'Orchard Mews', 'Kingfisher Way', 'Hawthorn Drive', 'St Aidan’s Walk', 'Mill Brow'];
const LET = 'ABDEFGHJLNPQRSTUWXYZ';
const letters = (r: Rng, n: number, set = LET): string => Array.from({ length: n }, () => set.charAt(r.int(0, set.length - 1))).join('');
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const UK: Locale = {
  id: 'UK', lang: 'en', cur: '£', iban: ['GB'],
  addr(r) {
    const [town, pc] = r.pick(UK_TOWNS);
    const lines: string[] = [];
    if (r.chance(0.25)) lines.push(r.pick([`Flat ${r.int(1, 24)}`, `Flat ${r.int(1, 9)}${r.pick(['A', 'B', 'C'])}`, `${r.pick(['Rowan', 'Ashby', 'Kelvin', 'Brunel'])} House`]));
    lines.push(`${r.int(1, 240)} ${r.pick(UK_STREETS)}`);
    if (r.chance(0.3)) lines.push(r.pick(['Headingley', 'Didsbury', 'Moseley', 'Roath', 'Clifton', 'Jesmond', 'Portobello', 'Heaton']));
    lines.push(town);
    lines.push(`${pc}${r.int(1, 28)} ${r.int(1, 9)}${letters(r, 2)}`);
    if (r.chance(0.15)) lines.push(r.pick(['United Kingdom', 'UK']));
    return lines;
  },
  phone(r) {
    return r.pick([`07${r.digits(3)} ${r.digits(6)}`, `+44 7${r.digits(3)} ${r.digits(6)}`, `+44 (0)20 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`, `0161 ${r.digits(3)} ${r.digits(4)}`, `020 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`, `0113 ${r.digits(3)} ${r.digits(4)}`, `07${r.digits(9)}`]);
  },
  date: ukDate,
};

const US_CITIES: ReadonlyArray<readonly [string, string, string]> = [['Dayton', 'OH', '454'], ['Tucson', 'AZ', '857'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'], ['Spokane', 'WA', '992'], ['Albany', 'NY', '122'], ['Madison', 'WI', '537'], ['Savannah', 'GA', '314'], ['El Paso', 'TX', '799'], ['Fresno', 'CA', '937'], ['Omaha', 'NE', '681'], ['Providence', 'RI', '029'], ['Lansing', 'MI', '489'], ['Knoxville', 'TN', '379'], ['Eugene', 'OR', '974'], ['Houston', 'TX', '770']];
const US_STREETS = ['Wexley Ave', 'Maple Ridge Dr', 'Juniper St', 'Old Mill Rd', 'Lincoln Blvd', 'Cedar Hollow Ln', 'Harrison Pkwy', 'Sycamore Ct', 'W Magnolia Ave', 'N Prospect St', 'Martin Luther King Jr Blvd', 'Bluebonnet Trl', 'Franklin Ave', 'Quail Run Rd'];
const US: Locale = {
  id: 'US', lang: 'en', cur: '$', iban: [],
  addr(r) {
    const [city, st, zip] = r.pick(US_CITIES);
    let line = `${r.int(10, 9899)} ${r.pick(US_STREETS)}`;
    const unit = r.chance(0.35) ? r.pick([`Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`, `Unit ${r.int(100, 912)}`, `#${r.int(2, 30)}`, `Suite ${r.int(100, 450)}`]) : '';
    const last = `${city}, ${st} ${zip}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
    if (unit && r.chance(0.5)) return [line, unit, last];
    if (unit) line += ` ${unit}`;
    return r.chance(0.1) ? [line, last, 'USA'] : [line, last];
  },
  phone(r) {
    const a = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`;
    const e = `${r.int(2, 9)}${r.digits(2)}`;
    const n = r.digits(4);
    return r.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `+1 ${a} ${e} ${n}`, `${a}.${e}.${n}`, `1-${a}-${e}-${n}`, `+1 (${a}) ${e}-${n}`]);
  },
  date: usDate,
};

const DE_CITIES: ReadonlyArray<readonly [string, string]> = [['Köln', '50'], ['München', '80'], ['Hamburg', '22'], ['Leipzig', '04'], ['Stuttgart', '70'], ['Bremen', '28'], ['Dresden', '01'], ['Freiburg im Breisgau', '79'], ['Mainz', '55'], ['Kassel', '34']];
const DE_STREETS = ['Lindenstraße', 'Goethestraße', 'Am Mühlbach', 'Schillerplatz', 'Kastanienallee', 'Bahnhofstraße', 'Hauptstraße', 'Rosenweg', 'Friedrich-Ebert-Straße', 'Talstraße'];
const DE: Locale = {
  id: 'DE', lang: 'de', cur: '€', iban: ['DE', 'AT'],
  addr(r) {
    const [city, plz] = r.pick(DE_CITIES);
    const lines = [`${r.pick(DE_STREETS)} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`, `${plz}${r.digits(3)} ${city}`];
    if (r.chance(0.15)) lines.push('Deutschland');
    return lines;
  },
  phone(r) {
    return r.pick([`+49 30 ${r.digits(7)}`, `0171 ${r.digits(7)}`, `+49 (0)89 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `0221/${r.digits(7)}`, `+49 152 ${r.digits(8)}`, `040 ${r.digits(3)} ${r.digits(4)}`]);
  },
  date(r, x) {
    return r.pick([`${p2(x.d)}.${p2(x.m)}.${x.y}`, `${x.d}. ${mon('de', x.m)} ${x.y}`, `${p2(x.d)}.${p2(x.m)}.${x.y}`]);
  },
};

const FR: Locale = {
  id: 'FR', lang: 'fr', cur: '€', iban: ['FR', 'BE', 'LU'],
  addr(r) {
    const [city, cp] = r.pick<readonly [string, string]>([['Lyon', '6900'], ['Toulouse', '3100'], ['Nantes', '4400'], ['Lille', '5900'], ['Marseille', '1300'], ['Bordeaux', '3300'], ['Rennes', '3500'], ['Paris', '7501']]);
    const lines: string[] = [];
    if (r.chance(0.25)) lines.push(r.pick([`Bât. ${r.pick(['A', 'B', 'C'])}`, `Appt ${r.int(2, 60)}`, `Résidence ${r.pick(['Les Tilleuls', 'Le Clos Fleuri', 'Beauséjour'])}`]));
    lines.push(`${r.int(1, 180)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard Victor Hugo', 'impasse des Lilas', 'rue de la République', 'chemin du Moulin', 'place Bellecour', 'quai de la Fosse'])}`);
    lines.push(`${cp}${r.int(1, 9)} ${city}`);
    if (r.chance(0.15)) lines.push('France');
    return lines;
  },
  phone(r) {
    const n = `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
    return r.pick([`06 ${n}`, `+33 6 ${n}`, `07 ${n}`, `01.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`, `+33 (0)4 ${n}`]);
  },
  date(r, x) {
    return r.pick([`${p2(x.d)}/${p2(x.m)}/${x.y}`, `${x.d === 1 ? '1er' : x.d} ${mon('fr', x.m)} ${x.y}`]);
  },
};

const ES: Locale = {
  id: 'ES', lang: 'es', cur: '€', iban: ['ES', 'PT'],
  addr(r) {
    const [city, cp] = r.pick<readonly [string, string]>([['Madrid', '280'], ['Barcelona', '080'], ['Valencia', '460'], ['Sevilla', '410'], ['Bilbao', '480'], ['Zaragoza', '500'], ['Málaga', '290']]);
    return [`${r.pick(['Calle de Toledo', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Calle Mayor', 'Paseo de Gràcia', 'Calle de Cervantes', 'Plaza del Pilar'])} ${r.int(1, 220)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`, `${cp}${r.digits(2)} ${city}`];
  },
  phone(r) {
    return r.pick([`${r.pick(['6', '7'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 ${r.pick(['6', '9'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 ${r.pick(['91', '93', '96'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]);
  },
  date(r, x) {
    return r.pick([`${p2(x.d)}/${p2(x.m)}/${x.y}`, `${x.d} de ${mon('es', x.m)} de ${x.y}`, `${p2(x.d)}-${p2(x.m)}-${x.y}`]);
  },
};

const IT: Locale = {
  id: 'IT', lang: 'it', cur: '€', iban: ['IT'],
  addr(r) {
    const [city, cap, pr] = r.pick<readonly [string, string, string]>([['Milano', '201', 'MI'], ['Torino', '101', 'TO'], ['Bologna', '401', 'BO'], ['Napoli', '801', 'NA'], ['Firenze', '501', 'FI'], ['Bari', '701', 'BA'], ['Verona', '371', 'VR']]);
    return [`${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Cavour', 'Viale Mazzini', 'Via Roma', 'Vicolo del Pozzo'])} ${r.int(1, 160)}${r.chance(0.2) ? '/B' : ''}`, `${cap}${r.digits(2)} ${city} ${r.chance(0.5) ? `(${pr})` : pr}`];
  },
  phone(r) {
    return r.pick([`3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `+39 3${r.digits(2)} ${r.digits(7)}`, `+39 02 ${r.digits(4)} ${r.digits(4)}`, `06 ${r.digits(8)}`]);
  },
  date(r, x) {
    return r.pick([`${p2(x.d)}/${p2(x.m)}/${x.y}`, `${x.d} ${mon('it', x.m)} ${x.y}`, `${p2(x.d)}.${p2(x.m)}.${x.y}`]);
  },
};

const NL: Locale = {
  id: 'NL', lang: 'nl', cur: '€', iban: ['NL', 'BE'],
  addr(r) {
    const [city, pc] = r.pick<readonly [string, string]>([['Amsterdam', '10'], ['Utrecht', '35'], ['Rotterdam', '30'], ['Groningen', '97'], ['Eindhoven', '56'], ['Haarlem', '20']]);
    return [`${r.pick(['Keizersgracht', 'Dorpsstraat', 'Lange Nieuwstraat', 'Willemsparkweg', 'Prinsengracht', 'Spoorlaan'])} ${r.int(1, 400)}${r.pick(['', '', '-H', '-2', ' A'])}`, `${pc}${r.digits(2)} ${letters(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')} ${city}`];
  },
  phone(r) {
    return r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(8)}`, `+31 20 ${r.digits(3)} ${r.digits(4)}`, `030-${r.digits(7)}`]);
  },
  date(r, x) {
    return r.pick([`${p2(x.d)}-${p2(x.m)}-${x.y}`, `${x.d} ${mon('nl', x.m)} ${x.y}`]);
  },
};

const PL: Locale = {
  id: 'PL', lang: 'pl', cur: 'zł', iban: ['PL'],
  addr(r) {
    const [city, pc] = r.pick<readonly [string, string]>([['Warszawa', '00'], ['Kraków', '31'], ['Gdańsk', '80'], ['Wrocław', '50'], ['Poznań', '61'], ['Łódź', '90']]);
    return [`ul. ${r.pick(['Marszałkowska', 'Długa', 'Kwiatowa', 'Piotrkowska', 'Mickiewicza', 'Słoneczna'])} ${r.int(1, 150)}${r.chance(0.5) ? ` m. ${r.int(1, 60)}` : ''}`, `${pc}-${r.digits(3)} ${city}`];
  },
  phone(r) {
    return r.pick([`+48 ${r.int(5, 8)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.int(5, 8)}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`, `${r.int(5, 8)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`]);
  },
  date(r, x) {
    return r.pick([`${p2(x.d)}.${p2(x.m)}.${x.y}`, `${x.d} ${mon('pl', x.m)} ${x.y}`, `${p2(x.d)}.${p2(x.m)}.${x.y} r.`]);
  },
};

const SE: Locale = {
  id: 'SE', lang: 'sv', cur: 'kr', iban: ['SE', 'NO', 'DK', 'FI'],
  addr(r) {
    const [city, pc] = r.pick<readonly [string, string]>([['Göteborg', '41'], ['Stockholm', '11'], ['Malmö', '21'], ['Uppsala', '75'], ['Umeå', '90']]);
    return [`${r.pick(['Storgatan', 'Kungsgatan', 'Björkvägen', 'Sveavägen', 'Linnégatan'])} ${r.int(1, 90)}${r.pick(['', ' B', ' lgh 1102'])}`, `${pc}${r.digits(1)} ${r.digits(2)} ${city}`];
  },
  phone(r) {
    return r.pick([`070-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 8 ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`, `+46 73 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]);
  },
  date(r, x) {
    return r.pick([`${x.y}-${p2(x.m)}-${p2(x.d)}`, `${x.d} ${mon('sv', x.m)} ${x.y}`]);
  },
};

const IE: Locale = {
  id: 'IE', lang: 'en', cur: '€', iban: ['IE'],
  addr(r) {
    const lines = [`${r.int(1, 90)} ${r.pick(['Clonard Court', 'Ashgrove Park', 'Seafield Road', 'Main Street', 'Glasthule Terrace', 'Bóthar na Trá'])}`];
    if (r.chance(0.5)) lines.push(r.pick(['Dundrum', 'Ballincollig', 'Salthill', 'Rathmines', 'Douglas']));
    lines.push(r.pick(['Dublin 16', 'Co. Cork', 'Galway', 'Dublin 6', 'Co. Kildare', 'Limerick']));
    lines.push(`${r.pick(['D16', 'T12', 'H91', 'D06', 'W23', 'V94'])} ${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}`);
    return lines;
  },
  phone(r) {
    return r.pick([`08${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`, `+353 8${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`, `+353 1 ${r.digits(3)} ${r.digits(4)}`, `(021) ${r.digits(3)} ${r.digits(4)}`]);
  },
  date: ukDate,
};

const AU: Locale = {
  id: 'AU', lang: 'en', cur: 'A$', iban: [],
  addr(r) {
    const [sub, st, pc] = r.pick<readonly [string, string, string]>([['Brunswick', 'VIC', '3056'], ['Fremantle', 'WA', '6160'], ['Paddington', 'QLD', '4064'], ['Newtown', 'NSW', '2042'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005']]);
    const line = `${r.chance(0.4) ? `Unit ${r.int(1, 30)}, ` : ''}${r.int(1, 200)} ${r.pick(['Banksia Street', 'Wattle Grove', 'Sturt Road', 'Jacaranda Crescent', 'Bourke Parade'])}`;
    return r.chance(0.5) ? [line, `${sub} ${st} ${pc}`] : [line, `${sub.toUpperCase()} ${st} ${pc}`, 'Australia'];
  },
  phone(r) {
    return r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(0${r.pick(['2', '3', '7', '8'])}) ${r.digits(4)} ${r.digits(4)}`, `+61 2 ${r.digits(4)} ${r.digits(4)}`]);
  },
  date: ukDate,
};

const CA: Locale = {
  id: 'CA', lang: 'en', cur: 'C$', iban: [],
  addr(r) {
    const [city, pv, fsa] = r.pick<readonly [string, string, string]>([['Montréal', 'QC', 'H3A'], ['Toronto', 'ON', 'M5V'], ['Calgary', 'AB', 'T2P'], ['Halifax', 'NS', 'B3H'], ['Winnipeg', 'MB', 'R3C'], ['Victoria', 'BC', 'V8W']]);
    const line = `${r.int(10, 2999)} ${r.pick(['Sherbrooke St W', 'Rue Saint-Denis', 'Queen St E', 'Portage Ave', 'Spring Garden Rd', 'Douglas St'])}${r.chance(0.3) ? `, Apt ${r.int(101, 2210)}` : ''}`;
    return [line, `${city} ${pv} ${fsa} ${r.digits(1)}${letters(r, 1, 'ABCEGHJKLMNPRSTVXY')}${r.digits(1)}`];
  },
  phone: US.phone,
  date(r, x) {
    return r.pick([`${x.y}-${p2(x.m)}-${p2(x.d)}`, `${mon('en', x.m)} ${x.d}, ${x.y}`, `${p2(x.d)}/${p2(x.m)}/${x.y}`]);
  },
};

const IN: Locale = {
  id: 'IN', lang: 'en', cur: '₹', iban: [],
  addr(r) {
    const [city, state, pin] = r.pick<readonly [string, string, string]>([['Bengaluru', 'Karnataka', '5600'], ['Chennai', 'Tamil Nadu', '6000'], ['Pune', 'Maharashtra', '4110'], ['Hyderabad', 'Telangana', '5000'], ['Kochi', 'Kerala', '6820']]);
    return [`Flat ${r.int(101, 904)}, ${r.pick(['Sai Residency', 'Prestige Lakeview', 'Green Acres Apartments', 'Shanti Nilayam'])}`, `${r.int(1, 18)}th Cross, ${r.pick(['Indiranagar', 'Adyar', 'Kothrud', 'Banjara Hills', 'Kadavanthra'])}`, `${city}, ${state} ${pin}${r.digits(2)}`];
  },
  phone(r) {
    return r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `09${r.digits(4)} ${r.digits(5)}`, `+91-80-${r.digits(8)}`]);
  },
  date(r, x) {
    return r.pick([`${p2(x.d)}-${p2(x.m)}-${x.y}`, `${p2(x.d)}/${p2(x.m)}/${x.y}`, `${x.d} ${mon('en', x.m).slice(0, 3)} ${x.y}`]);
  },
};

const BR: Locale = {
  id: 'BR', lang: 'pt', cur: 'R$', iban: ['BR'],
  addr(r) {
    return [`${r.pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Laranjeiras', 'Rua XV de Novembro', 'Avenida Getúlio Vargas'])}, ${r.int(10, 2200)}${r.chance(0.4) ? `, apto ${r.int(11, 180)}` : ''}`, `${r.pick(['Consolação', 'Bela Vista', 'Centro', 'Laranjeiras'])}, ${r.pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Curitiba - PR', 'Belo Horizonte - MG'])}`, `${r.digits(5)}-${r.digits(3)}`];
  },
  phone(r) {
    return r.pick([`+55 11 9${r.digits(4)}-${r.digits(4)}`, `(21) ${r.digits(4)}-${r.digits(4)}`, `(11) 9${r.digits(4)}-${r.digits(4)}`]);
  },
  date(r, x) {
    return r.pick([`${p2(x.d)}/${p2(x.m)}/${x.y}`, `${x.d} de ${mon('pt', x.m)} de ${x.y}`]);
  },
};

const LOCALES_EN: readonly Locale[] = [UK, US, IE, AU, CA, IN];
const LOCALES_ALL: readonly Locale[] = [UK, US, DE, FR, ES, IT, NL, PL, SE, IE, AU, CA, IN, BR];
const EU: readonly Locale[] = [DE, FR, ES, IT, NL, PL, SE, IE];

function jpDate(r: Rng, x: Ymd): string {
  if (r.chance(0.3)) {
    if (x.y >= 1989) return `平成${x.y - 1988}年${x.m}月${x.d}日`;
    return `昭和${x.y - 1925}年${x.m}月${x.d}日`;
  }
  return r.pick([`${x.y}年${x.m}月${x.d}日`, `${x.y}/${p2(x.m)}/${p2(x.d)}`]);
}
function jpAddr(r: Rng): string {
  return `〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都渋谷区宇田川町', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '福岡県福岡市中央区天神', '京都府京都市左京区岡崎'])}${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}${r.chance(0.4) ? ` ${r.pick(['ハイツ', 'コーポ', 'メゾン'])}${r.pick(['桜', '青葉', '緑町'])}${r.int(101, 509)}号室` : ''}`;
}
function jpPhone(r: Rng): string {
  return r.pick([`090-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 90 ${r.digits(4)} ${r.digits(4)}`]);
}

// ───────────────────────────── cards, IBANs, SSNs, IPs ─────────────────────────────

function luhnFinish(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return `${body}0`;
}

/** A Luhn-valid card number (digits only) of a real network shape. */
function cardDigits(r: Rng): string {
  const k = r.int(0, 19);
  let prefix: string;
  let len = 16;
  if (k < 7) {
    prefix = '4' + r.digits(5);
    len = r.chance(0.05) ? 13 : r.chance(0.04) ? 19 : 16;
  } else if (k < 11) prefix = r.chance(0.7) ? String(r.int(51, 55)) + r.digits(4) : String(r.int(2221, 2720)) + r.digits(2);
  else if (k < 14) {
    prefix = r.pick(['34', '37']) + r.digits(4);
    len = 15;
  } else if (k < 16) prefix = r.pick(['6011', '65' + r.digits(2), String(r.int(644, 649)) + r.digits(1)]) + r.digits(2);
  else if (k < 17) prefix = String(r.int(3528, 3589)) + r.digits(2);
  else if (k < 18) {
    prefix = r.pick(['36', '38', String(r.int(300, 305))]) + r.digits(3);
    len = 14;
  } else prefix = '62' + r.digits(4);
  return luhnFinish(prefix + r.digits(len - prefix.length - 1));
}

function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', ' ', '-', '']);
  if (sep === '') return d;
  let sizes: number[];
  if (d.length === 15) sizes = [4, 6, 5];
  else if (d.length === 14) sizes = [4, 6, 4];
  else if (d.length === 13) sizes = [4, 3, 3, 3];
  else if (d.length === 19) sizes = [4, 4, 4, 4, 3];
  else sizes = [4, 4, 4, 4];
  const parts: string[] = [];
  let i = 0;
  for (const n of sizes) {
    parts.push(d.slice(i, i + n));
    i += n;
  }
  return parts.join(sep);
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));

/** A card-shaped number that fails Luhn (unlabelled distractor). */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
function maskedCard(r: Rng): string {
  const l4 = r.digits(4);
  return r.pick([`**** **** **** ${l4}`, `XXXX-XXXX-XXXX-${l4}`, `4${r.digits(5)}******${l4}`, `•••• ${l4}`, `5${r.digits(3)} **** **** ${l4}`, `************${l4}`]);
}

const IBAN_BBAN: Readonly<Record<string, string>> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24',
  PT: 'n21', IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n16', GR: 'n23', CZ: 'n20', RO: 'a4n16',
  HR: 'n17', SA: 'n20', AE: 'n19', TR: 'n22', BR: 'n23a1n1', MT: 'a4n23', LT: 'n16', EE: 'n16', SI: 'n15', BG: 'a4n14',
  HU: 'n24', IS: 'n22', IL: 'n19', CY: 'n24', SK: 'n20', LV: 'a4n13',
};

function ibanCheck(cc: string, bban: string): string {
  const s = bban + cc + '00';
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dd of v) rem = (rem * 10 + Number(dd)) % 97;
  }
  return p2(98 - rem);
}

/** A compact, valid IBAN of the given country. */
function ibanCompact(r: Rng, cc: string): string {
  const pat = IBAN_BBAN[cc] ?? 'n18';
  let bban = '';
  for (const m of pat.matchAll(/([an])(\d+)/g)) {
    const n = Number(m[2]);
    bban += m[1] === 'a' ? letters(r, n, UPPER) : r.digits(n);
  }
  const out = cc + ibanCheck(cc, bban) + bban;
  if (IBAN_LENGTHS[cc] !== out.length || !ibanMod97Valid(out)) throw new Error(`bad IBAN ${out}`);
  return out;
}
function fmtIban(r: Rng, compact: string): string {
  const k = r.int(0, 9);
  if (k < 6) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  if (k < 9) return compact;
  return compact.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
}
const ALL_IBAN_CC = Object.keys(IBAN_BBAN);
function iban(r: Rng, cc?: string): string {
  return fmtIban(r, ibanCompact(r, cc ?? r.pick(ALL_IBAN_CC)));
}
function ibanFor(r: Rng, loc: Locale): string {
  return iban(r, loc.iban.length > 0 && r.chance(0.8) ? r.pick(loc.iban) : r.pick(ALL_IBAN_CC));
}
/** An IBAN-shaped string whose check digits are wrong (unlabelled distractor). */
function badIban(r: Rng, cc?: string): string {
  const good = ibanCompact(r, cc ?? r.pick(ALL_IBAN_CC));
  for (let i = 0; i < 20; i++) {
    const pos = r.int(4, good.length - 1);
    const ch = good.charAt(pos);
    if (!/\d/.test(ch)) continue;
    const bad = good.slice(0, pos) + String((Number(ch) + r.int(1, 9)) % 10) + good.slice(pos + 1);
    if (!ibanMod97Valid(bad)) return fmtIban(r, bad);
  }
  return fmtIban(r, `${good.slice(0, 2)}00${good.slice(4)}`);
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const k = r.int(0, 9);
  return k < 7 ? `${a}-${g}-${s}` : k < 9 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}

function ipv4(r: Rng): string {
  const k = r.int(0, 9);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  return `${r.pick([81, 86, 92, 109, 176, 185, 203, 45, 73, 98, 24, 66, 142, 151, 194, 212, 217, 88, 5, 31, 102, 154, 197, 41])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2a02:c7f', '2001:4860', '2a01:e0a', '2600:1700', '2406:3003', '2001:b07', '2a00:23c5', '2c0f:f8f0']);
  if (r.chance(0.5)) return `${pre}:${h()}:${h()}::${h()}`;
  return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}
const ip = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));

// ───────────────────────────── distractors ─────────────────────────────

const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('');
const caseId = (r: Rng): string => r.pick([`FRD-${r.int(2023, 2025)}-${r.digits(6)}`, `CB${r.digits(8)}`, `DSP-${letters(r, 2, UPPER)}${r.digits(5)}`, `CASE #${r.digits(7)}`, `INC${r.digits(7)}`]);
const txnId = (r: Rng): string => r.pick([`TXN-${hex(r, 4).toUpperCase()}-${hex(r, 4).toUpperCase()}`, `${r.digits(12)}`, `T${r.digits(10)}`, `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}`]);
const authCode = (r: Rng): string => r.pick([r.digits(6), `${letters(r, 1, UPPER)}${r.digits(2)}${letters(r, 2, UPPER)}${r.digits(1)}`]);
const sortCode = (r: Rng): string => `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`;
const acctNo = (r: Rng): string => r.digits(8);
const routing = (r: Rng): string => r.pick(['021000021', '026009593', '111000025', '121000358', '322271627', '061000104', '071000013', '091000019']);
const ein = (r: Rng): string => `${r.digits(2)}-${r.digits(7)}`;
const arn = (r: Rng): string => `7${r.digits(22)}`;
const bic = (r: Rng): string => r.pick(['NRMBGB2L', 'HBLNUS33', 'RHUFDEFFXXX', 'BMERESMM', 'CRVLFRPP', 'BLAGITMM', 'FJRKSESS', 'KSTRGB22']);
const money = (r: Rng, cur: string): string => {
  const v = `${r.int(3, 2400)}.${r.digits(2)}`;
  return cur === '€' || cur === 'kr' || cur === 'zł' ? `${v.replace('.', ',')} ${cur}` : `${cur}${v}`;
};
const MERCHANTS = ['TESCO STORES 2231', 'SAINSBURYS S/MKT', 'JOHN LEWIS', 'MCDONALDS 0412', 'TED BAKER LTD', 'AMZN Mktp UK', 'UBER *TRIP', 'PAYPAL *STEAMGAMES', "WENDY'S #4412", "TRADER JOE'S #552", 'DISNEY PLUS', 'TESLA SUPERCHARGER', 'BOOTS 1123', 'HARVEY NICHOLS', 'MARKS&SPENCER', 'TK MAXX', 'BINANCE.COM', 'COINFLIP ATM', 'ALIEXPRESS', 'RYANAIR', 'LIDL SAGT DANKE', 'CARREFOUR CITY', 'ZARA ES', 'ESSELUNGA', 'ALBERT HEIJN 1187', 'BIEDRONKA 3321', 'ICA NARA', 'WOOLWORTHS 3342', 'TIM HORTONS #221', 'FLIPKART', 'GUCCI FIRENZE', 'JACK DANIELS DISTILLERY'];
const MCC = ['5411', '5812', '5814', '4121', '5999', '6051', '4511', '5732', '5651', '7995', '5311', '5912', '6011', '4829'];
const version = (r: Rng): string => r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`, `${r.int(1, 14)}.${r.int(0, 9)}.${r.int(0, 40)}`, `build ${r.int(2, 9)}.${r.int(0, 12)}.${r.int(0, 9)}.${r.int(100, 9999)}`]);
const ts = (r: Rng, x: Ymd = recent(r)): string => `${x.y}-${p2(x.m)}-${p2(x.d)}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
const hhmm = (r: Rng): string => `${p2(r.int(7, 21))}:${p2(r.int(0, 59))}`;
const EPONYMS = ['Crohn’s disease', 'Parkinson’s', 'Alzheimer’s', 'Hodgkin lymphoma', 'Tourette syndrome', 'the Dodd-Frank Act', 'the Sarbanes-Oxley Act', 'the Gramm-Leach-Bliley Act', 'the Durbin amendment', 'a Nobel Prize', 'the Turing Award', 'Storm Ciarán', 'Hurricane Helene', 'the Queen Mary 2', 'Victoria station', 'Nelson’s Column', 'Churchill House', 'the Cabot Tower', 'Jenkins', 'Lake Louise', 'Marks & Spencer', 'Morgan Stanley', 'Charles Schwab', 'Wells Fargo', 'Dr. Martens', 'Ben & Jerry’s', 'Tommy Hilfiger', 'Louis Vuitton', 'the Hoover Dam', 'Hugo Boss'];
const PETS = ['Biscuit', 'Winston', 'Bella', 'Oscar', 'Rosie', 'Alfie', 'Luna', 'Murphy'];
const eponym = (r: Rng): string => r.pick(EPONYMS);

// ───────────────────────────── template helpers ─────────────────────────────

type Tpl = (r: Rng, d: Doc) => void;

function ad(d: Doc, r: Rng, loc: Locale, multi = r.chance(0.4)): void {
  d.l('ADDRESS', loc.addr(r).join(multi ? '\n' : ', '));
}
const ph = (d: Doc, r: Rng, loc: Locale): Doc => d.l('PHONE', loc.phone(r));
const dob = (d: Doc, r: Rng, loc: Locale): Doc => d.l('DOB', loc.date(r, birth(r)));
const NATO: Readonly<Record<string, string>> = { A: 'Alpha', B: 'Bravo', C: 'Charlie', D: 'Delta', E: 'Echo', F: 'Foxtrot', G: 'Golf', H: 'Hotel', I: 'India', J: 'Juliet', K: 'Kilo', L: 'Lima', M: 'Mike', N: 'November', O: 'Oscar', P: 'Papa', Q: 'Quebec', R: 'Romeo', S: 'Sierra', T: 'Tango', U: 'Uniform', V: 'Victor', W: 'Whiskey', X: 'X-ray', Y: 'Yankee', Z: 'Zulu' };
function phonetic(s: string): string {
  return [...ascii(s).toUpperCase()].map((c) => `${c} for ${NATO[c] ?? c}`).join(', ');
}
const bank = (r: Rng): Bank => r.pick(BANKS);
const l4 = (r: Rng): string => r.digits(4);
const greet = (r: Rng): string => r.pick(['Good morning', 'Good afternoon', 'Hi there', 'Hello', 'Thanks for calling']);
const fmtRecent = (r: Rng, loc: Locale): string => loc.date(r, recent(r));

// ───────────────────────────── labelled templates ─────────────────────────────

const callUkIdv: Tpl = (r, d) => {
  const b = bank(r);
  const loc = r.pick([UK, UK, IE, AU]);
  const agent = person(r);
  const cust = person(r);
  d.t(`[Call transcript — ${b.name} Card Services — ${ts(r)}]\n`);
  d.t(`AGENT: ${greet(r)}, you're through to `).l('PERSON', agent.given).t(` at ${b.name}. Before we go any further I need to run through security. Can I take your full name please?\n`);
  d.t(`CUSTOMER: Yeah, it's `).l('PERSON', cust.full).t('.\n');
  if (r.chance(0.5)) d.t(`AGENT: Could you spell the surname for me?\nCUSTOMER: ${phonetic(cust.family)}.\n`);
  d.t('AGENT: Thank you. And your date of birth?\nCUSTOMER: ');
  const x = birth(r);
  d.l('DOB', r.chance(0.5) ? `${ordinal(x.d)} of ${mon('en', x.m)} ${x.y}` : loc.date(r, x)).t('.\n');
  d.t('AGENT: And the full address we hold, including the postcode?\nCUSTOMER: ');
  ad(d, r, loc, false);
  d.t(`.\nAGENT: That all matches. The mobile on file ends in ${r.digits(3)}, is that still the best number?\nCUSTOMER: No, it's `);
  if (r.chance(0.5)) d.l('PHONE', spokenDigits(r, loc.phone(r)));
  else ph(d, r, loc);
  d.t(` now.\nAGENT: Updated. So there's a payment you don't recognise?\nCUSTOMER: ${money(r, loc.cur)} to ${r.pick(MERCHANTS)}, yesterday. I've never shopped there.\n`);
  d.t(`AGENT: Okay, I've stopped the card ending ${l4(r)} and opened case ${caseId(r)}. A replacement will arrive in three to five working days.`);
};

const callUsCardLost: Tpl = (r, d) => {
  const b = r.pick(BANKS.filter((x) => x.domain.endsWith('.com') || x.domain.endsWith('.org')));
  const agent = person(r);
  const cust = person(r);
  d.t(`${b.name} — Lost/Stolen line — call ${r.digits(9)}\n\n`);
  d.t('Rep (').l('PERSON', `${agent.given} ${agent.family.charAt(0)}.`).t(`): Thank you for calling ${b.name}, who do I have the pleasure of speaking with?\n`);
  d.t('Caller: This is ').l('PERSON', cust.full).t(', I think my wallet was stolen at the ' + r.pick(['Houston', 'Jefferson City', 'Lincoln', 'Washington']) + ' airport.\n');
  d.t('Rep: I am sorry to hear that. To verify, can I have your full Social Security number?\nCaller: Sure, ').l('NATIONAL_ID', ssn(r)).t('.\n');
  d.t('Rep: And your date of birth?\nCaller: ');
  dob(d, r, US).t('.\n');
  d.t(`Rep: Thank you. I see two cards. Can you read me the number of the one that's missing, if you have it?\nCaller: I have a photo of it... `).l('CARD', card(r)).t('.\n');
  d.t(`Rep: Got it, that one is now blocked. Expiry was ${p2(r.int(1, 12))}/${r.int(26, 30)}, correct? I'll ship a new one to `);
  ad(d, r, US, false);
  d.t('.\nCaller: Yes, that\'s home. Can you text me at ');
  ph(d, r, US).t(' when it ships?\n');
  d.t(`Rep: Will do. Your claim reference is ${caseId(r)}. Routing for direct deposits stays ${routing(r)}.`);
};

const callSpokenContact: Tpl = (r, d) => {
  const loc = r.pick(LOCALES_EN);
  const cust = person(r);
  const agent = person(r);
  d.t(`Speech-to-text (auto) | queue: ${r.pick(['fraud-inbound', 'cards-general', 'disputes-l2'])} | ${ts(r)}\n`);
  d.t('agent: can i have the name on the account\n');
  d.t('caller: ').l('PERSON', cust.full.toLowerCase()).t('\n');
  d.t("agent: and what's the best email for the dispute paperwork\n");
  d.t('caller: ').l('EMAIL', spokenEmail(r, cust)).t('\n');
  d.t('agent: and a contact number\n');
  d.t('caller: ').l('PHONE', spokenDigits(r, loc.phone(r))).t('\n');
  if (r.chance(0.5)) d.t('caller: or my husband ').l('PERSON', person(r).given.toLowerCase()).t(' on the landline\n');
  d.t('agent: thank you my name is ').l('PERSON', agent.given.toLowerCase()).t(` and your reference is ${r.digits(8)}`);
};

const callWrapNote: Tpl = (r, d) => {
  const loc = r.pick(LOCALES_ALL);
  const cust = person(r);
  d.t(`WRAP-UP ${ts(r)} | agent ${letters(r, 2, UPPER)}${r.digits(4)}\n`);
  d.t('Cust ');
  nm(d, r, cust, r.pick<NameStyle>(['full', 'caps', 'commaCaps', 'initial']));
  d.t(' called re declined txn at ' + r.pick(MERCHANTS) + ` (MCC ${r.pick(MCC)}). ID&V passed (DOB `);
  dob(d, r, loc).t(', postcode, last txn). ');
  if (r.chance(0.5)) d.t('Confirmed new mobile ').l('PHONE', loc.phone(r)).t('. ');
  d.t(`Card ${maskedCard(r)} unblocked after cust confirmed genuine. Auth ${authCode(r)}. Advised re ${r.pick(['3DS prompts', 'travel notice', 'contactless limit'])}.`);
  if (r.chance(0.4)) d.t(` Cust mentioned ${r.pick(PETS)} the dog chewed the old card.`);
};

const chargebackForm: Tpl = (r, d) => {
  const loc = r.pick([UK, US, US, CA, AU, IE]);
  const b = bank(r);
  const cust = person(r);
  const x = recent(r);
  d.t(`${b.name.toUpperCase()} — CARD DISPUTE / CHARGEBACK REQUEST\n`);
  d.t('Cardholder name: ');
  nm(d, r, cust, r.pick<NameStyle>(['full', 'caps', 'commaCaps']));
  d.t('\nCard number: ').l('CARD', card(r));
  d.t('\nDate of birth: ');
  dob(d, r, loc);
  d.t('\nDaytime phone: ');
  ph(d, r, loc);
  d.t('\nEmail: ').l('EMAIL', email(r, cust));
  d.t('\nBilling address: ');
  ad(d, r, loc, false);
  d.t(`\nMerchant: ${r.pick(MERCHANTS)}    MCC: ${r.pick(MCC)}\nTransaction date: ${loc.date(r, x)}    Amount: ${money(r, loc.cur)}\n`);
  d.t(`Authorisation code: ${authCode(r)}    ARN: ${arn(r)}\n`);
  d.t(`Reason: ${r.pick(['Goods not received', 'Duplicate charge', 'Cancelled subscription still billed', 'Item not as described', 'I did not authorise this transaction'])}\n`);
  d.t('Signature: ').l('PERSON', cust.full).t(`   Date: ${fmtRecent(r, loc)}`);
};

const disputeFormDe: Tpl = (r, d) => {
  const cust = person(r, r.chance(0.6) ? CULTURES[4] : undefined);
  d.t('Rheinufer Bank – Reklamation einer Kartenzahlung\n\n');
  d.t('Karteninhaber/in: ').l('PERSON', cust.full);
  d.t('\nGeburtsdatum: ');
  dob(d, r, DE);
  d.t('\nAnschrift: ');
  ad(d, r, DE, false);
  d.t('\nKartennummer: ').l('CARD', card(r));
  d.t('\nIBAN Referenzkonto: ').l('IBAN', iban(r, 'DE'));
  d.t(`\nBIC: ${bic(r)}\nHändler: ${r.pick(MERCHANTS)} | Umsatz vom ${fmtRecent(r, DE)} über ${money(r, '€')}\n`);
  d.t('Telefon (tagsüber): ');
  ph(d, r, DE);
  d.t(`\n\nIch versichere, die Zahlung nicht autorisiert zu haben. Vorgangsnummer ${caseId(r)}.\nOrt, Datum: ${r.pick(['Köln', 'Mainz', 'Kassel'])}, ${fmtRecent(r, DE)}   Unterschrift: `).l('PERSON', `${cust.given.charAt(0)}. ${cust.family}`);
};

const fraudSms: Tpl = (r, d) => {
  const loc = r.pick([UK, US, AU, IE, CA]);
  const b = bank(r);
  const cust = person(r);
  d.t(`${b.name}: Hi `).l('PERSON', cust.given);
  d.t(`, did you attempt ${money(r, loc.cur)} at ${r.pick(MERCHANTS)} on card ending ${l4(r)} at ${hhmm(r)}? Reply Y or N. If you didn't, call us on `);
  ph(d, r, loc).t('. We will never ask for your PIN. Ref ' + authCode(r));
};

const fraudEmail: Tpl = (r, d) => {
  const b = bank(r);
  const cust = person(r);
  const loc = r.pick(LOCALES_ALL);
  d.t(`From: ${b.name} Fraud Prevention <`).l('EMAIL', `fraud@${b.domain}`).t('>\nTo: ').l('EMAIL', email(r, cust));
  d.t(`\nSubject: Unusual sign-in to your account\n\nDear `);
  nm(d, r, cust, r.pick<NameStyle>(['formal', 'full', 'given']));
  d.t(`,\n\nWe noticed a sign-in to online banking on ${fmtRecent(r, loc)} at ${hhmm(r)} from a new device (${r.pick(['Chrome 124 on Windows', 'Safari on iPhone', 'Firefox 126 on Linux'])}) at IP address `).l('IP', ip(r));
  d.t(` near ${r.pick(['Lagos', 'Bucharest', 'Manila', 'Dallas', 'Rotterdam'])}. A payment of ${money(r, loc.cur)} to a new payee was held.\n\n`);
  d.t('If this was you, no action is needed. If not, call us immediately on ');
  ph(d, r, loc).t(` quoting ${caseId(r)}.\n\n${b.name} Fraud Team`);
};

const fraudCaseNote: Tpl = (r, d) => {
  const cust = person(r);
  const analyst = person(r);
  const loc = r.pick(LOCALES_ALL);
  d.t(`Case ${caseId(r)} — ${r.pick(['CNP fraud', 'account takeover', 'card testing', 'friendly fraud'])} — priority ${r.int(1, 4)}\n`);
  d.t('Analyst: ');
  nm(d, r, analyst, 'initial');
  d.t('\nSubject: ');
  nm(d, r, cust, r.pick<NameStyle>(['commaCaps', 'full', 'caps']));
  d.t(' (DOB ');
  dob(d, r, loc).t(')\n');
  d.t('PAN: ').l('CARD', card(r)).t(`  BIN country: ${r.pick(['GB', 'US', 'DE', 'NG', 'BR', 'RO'])}\n`);
  d.t(`${r.int(3, 14)} auths in ${r.int(2, 40)} min at ${r.pick(MERCHANTS)} (MCC ${r.pick(MCC)}), amounts ${money(r, loc.cur)}-${money(r, loc.cur)}.\n`);
  d.t('Device IPs: ').l('IP', ipv4(r)).t(', ').l('IP', ip(r));
  d.t(`\nDevice fp ${hex(r, 16)}; email on order `).l('EMAIL', `${ascii(person(r).given)}${r.digits(4)}@${r.pick(['mailinator.com', 'tempmail.dev', 'gmail.com'])}`);
  d.t(`\nCust contacted on `);
  ph(d, r, loc).t(`: denies txns. Card blocked, reissue requested. ${r.chance(0.3) ? `Test card ${badCard(r)} seen in same session (fails Luhn).` : ''}`);
};

const kycUk: Tpl = (r, d) => {
  const loc = r.pick([UK, IE]);
  const cust = person(r);
  d.t(`ACCOUNT OPENING — CUSTOMER DUE DILIGENCE RECORD\nApplication ref: APP-${r.digits(8)}   Product: ${r.pick(['Everyday Current Account', 'Easy Saver', 'Student Account'])}\n\n`);
  d.t('Title: ' + hon(r, cust) + '\nForename(s): ').l('PERSON', cust.middle ? `${cust.given} ${cust.middle}` : cust.given);
  d.t('\nSurname: ').l('PERSON', cust.family.toUpperCase());
  d.t('\nDate of birth: ');
  dob(d, r, loc);
  d.t(`\nNationality: ${r.pick(['British', 'Irish', 'Nigerian', 'Polish', 'Indian', 'Portuguese'])}\nResidential address (3 yrs):\n`);
  ad(d, r, loc, true);
  d.t('\nMobile: ');
  ph(d, r, loc);
  d.t('\nEmail: ').l('EMAIL', email(r, cust));
  d.t(`\nNI number: ${letters(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}\n`);
  d.t(`ID verified: ${r.pick(['passport', 'driving licence', 'BRP'])} no. ${r.digits(9)} (exp ${fmtRecent(r, UK)})\nPEP/sanctions: no match   Risk: ${r.pick(['low', 'medium'])}\nInitial deposit from: `).l('IBAN', iban(r, loc === UK ? 'GB' : 'IE'));
};

const kycUs: Tpl = (r, d) => {
  const cust = person(r);
  d.t(`CIP / KYC — New Account (${r.pick(['Checking', 'Savings', 'Credit Builder'])})\n`);
  d.t('Applicant: ');
  nm(d, r, cust, r.pick<NameStyle>(['comma', 'full', 'caps']));
  d.t('\nSSN: ').l('NATIONAL_ID', ssn(r));
  d.t('\nDOB: ');
  dob(d, r, US);
  d.t('\nPhysical address: ');
  ad(d, r, US, r.chance(0.5));
  d.t('\nMailing address: ' + r.pick(['same as physical', 'same']) + '\nPhone: ');
  ph(d, r, US);
  d.t('\nEmail: ').l('EMAIL', email(r, cust));
  d.t(`\nEmployer EIN (self-employed): ${ein(r)}\nFunding: ACH from routing ${routing(r)} acct ****${l4(r)}\nOFAC: clear   OTP sent to device at `).l('IP', ipv4(r));
  d.t(`\nReviewer: `).l('PERSON', person(r).full).t(` — approved ${fmtRecent(r, US)}`);
};

const KYC_FIELDS: Readonly<Record<string, readonly string[]>> = {
  de: ['Kontoeröffnung – Legitimationsprüfung', 'Name, Vorname', 'Geburtsdatum', 'Wohnanschrift', 'Telefon', 'E-Mail', 'Referenzkonto', 'Steuer-ID'],
  fr: ['Ouverture de compte – Connaissance client', 'Nom, prénom', 'Date de naissance', 'Adresse', 'Téléphone', 'Courriel', 'IBAN de référence', 'N° fiscal'],
  es: ['Apertura de cuenta – Conozca a su cliente', 'Apellidos, nombre', 'Fecha de nacimiento', 'Domicilio', 'Teléfono', 'Correo electrónico', 'IBAN de origen', 'NIF'],
  it: ['Apertura conto – Adeguata verifica', 'Cognome, nome', 'Data di nascita', 'Indirizzo di residenza', 'Telefono', 'E-mail', 'IBAN di appoggio', 'Codice fiscale'],
  nl: ['Rekening openen – Klantonderzoek', 'Achternaam, voornaam', 'Geboortedatum', 'Adres', 'Telefoon', 'E-mail', 'Tegenrekening', 'BSN'],
  pl: ['Otwarcie rachunku – Identyfikacja klienta', 'Nazwisko, imię', 'Data urodzenia', 'Adres zamieszkania', 'Telefon', 'E-mail', 'Rachunek do przelewu', 'PESEL'],
};
const kycEu: Tpl = (r, d) => {
  const loc = r.pick([DE, FR, ES, IT, NL, PL]);
  const f = KYC_FIELDS[loc.lang] ?? [];
  const cust = person(r);
  const fld = (i: number): string => f[i] ?? '';
  d.t(`${fld(0)}\n${'='.repeat(12)}\n${fld(1)}: `).l('PERSON', `${cust.family}, ${cust.given}`);
  d.t(`\n${fld(2)}: `);
  dob(d, r, loc);
  d.t(`\n${fld(3)}: `);
  ad(d, r, loc, false);
  d.t(`\n${fld(4)}: `);
  ph(d, r, loc);
  d.t(`\n${fld(5)}: `).l('EMAIL', email(r, cust));
  d.t(`\n${fld(6)}: `).l('IBAN', ibanFor(r, loc));
  d.t(`\n${fld(7)}: ${r.digits(11)}\nRef. ${caseId(r)} · ${ts(r)}`);
};

const standingOrderUk: Tpl = (r, d) => {
  const b = r.pick(BANKS.slice(0, 4));
  const payee = person(r);
  const x = recent(r);
  d.t(`${b.name} — Standing order set up\n\nPayee name: `);
  nm(d, r, payee, r.pick<NameStyle>(['caps', 'initial', 'full']));
  d.t(`\nSort code: ${sortCode(r)}   Account number: ${acctNo(r)}\nReference: ${r.pick(['RENT FLAT 2', 'POCKET MONEY', 'LOAN REPAY', 'ALLOTMENT'])}\nAmount: ${money(r, '£')} ${r.pick(['monthly', 'weekly', 'every 4 weeks'])}\nFirst payment: ${ukDate(r, x)}\n`);
  if (r.chance(0.6)) d.t('International payee IBAN: ').l('IBAN', iban(r)).t(`\nBIC: ${bic(r)}\n`);
  d.t(`Confirmation of Payee: ${r.pick(['full match', 'close match — you entered a slightly different name', 'no match'])}\nIf you didn't set this up, call `);
  ph(d, r, UK).t(' now.');
};

const payeeChange: Tpl = (r, d) => {
  const loc = r.pick(EU);
  const cust = person(r);
  const payee = person(r);
  d.t(`SECURITY ALERT — payee details changed (${ts(r)})\n\nCustomer: `).l('PERSON', cust.full);
  d.t(`\nPayee: `);
  nm(d, r, payee, r.pick<NameStyle>(['caps', 'full', 'comma']));
  d.t('\nOld IBAN: ').l('IBAN', ibanFor(r, loc)).t('\nNew IBAN: ').l('IBAN', ibanFor(r, loc));
  d.t(`\nChanged via: mobile app ${version(r)} from IP `).l('IP', ip(r));
  d.t(`\nStep-up: SMS OTP to ${r.pick(['+44 **** ***', '+49 *** ****', '******'])}${r.digits(3)} — passed.\nRisk score ${r.int(310, 990)}/1000 → queued for callback.`);
};

const secureThread: Tpl = (r, d) => {
  const loc = r.pick(LOCALES_EN);
  const b = bank(r);
  const me = person(r);
  const agent = person(r);
  d.t(`Secure message thread #${r.digits(7)} — ${b.name}\n\n[${fmtRecent(r, loc)} ${hhmm(r)}] You wrote:\nHi, there are ${r.int(2, 6)} payments to ${r.pick(MERCHANTS)} I didn't make. `);
  if (r.chance(0.5)) d.t('My card is ').l('CARD', card(r)).t('. ');
  d.t(`Please refund them.\n`);
  d.t('Thanks, ');
  selfName(d, me);
  d.t(`\n\n[${fmtRecent(r, loc)} ${hhmm(r)}] ${b.name} wrote:\nDear `);
  nm(d, r, me, r.pick<NameStyle>(['formal', 'given']));
  d.t(`, thank you for your message. We've raised dispute ${caseId(r)}. Please never send full card numbers by message. Can you confirm your date of birth and a phone number we can reach you on?\n`);
  d.t('Kind regards, ').l('PERSON', agent.given).t(` (Disputes Team)\n\n[${fmtRecent(r, loc)} ${hhmm(r)}] You wrote:\nSorry! DOB is `);
  dob(d, r, loc).t(', phone ');
  ph(d, r, loc).t('. ' + r.pick(['Ta', 'Cheers', 'Many thanks', 'Best']) + ', ').l('PERSON', me.given);
};

const complaintLetter: Tpl = (r, d) => {
  const loc = r.pick([UK, UK, IE, AU, US]);
  const b = bank(r);
  const me = person(r);
  selfName(d, me);
  d.t('\n');
  ad(d, r, loc, true);
  d.t('\n');
  ph(d, r, loc).t('\n\n');
  d.t(`Complaints Department\n${b.name}\n`);
  ad(d, r, loc, true);
  d.t(`\n\n${fmtRecent(r, loc)}\n\nDear Sir or Madam,\n\nRe: account ending ${l4(r)} — complaint about handling of fraud claim ${caseId(r)}\n\n`);
  d.t(`On ${fmtRecent(r, loc)} I reported ${r.int(2, 9)} unauthorised card payments totalling ${money(r, loc.cur)}. Your agent, `);
  d.t(r.chance(0.5) ? '' : `${r.pick(['Mr', 'Ms'])} `).l('PERSON', person(r).family);
  d.t(`, told me it would be resolved within ${r.int(5, 15)} working days. It has now been eight weeks. Under ${r.pick(['the Payment Services Regulations', 'Regulation E', 'the Consumer Duty'])} I expect a full refund.\n\n`);
  d.t('You can reach me at ').l('EMAIL', email(r, me)).t('.\n\nYours faithfully,\n\n');
  d.l('PERSON', me.full);
};

const csvTxUk: Tpl = (r, d) => {
  d.t('Date,Type,Description,Paid out,Paid in,Balance\n');
  const n = r.int(5, 9);
  let bal = r.int(300, 5000);
  for (let i = 0; i < n; i++) {
    const x = recent(r);
    const amt = r.int(2, 400);
    d.t(`${p2(x.d)}/${p2(x.m)}/${x.y},`);
    const k = r.int(0, 5);
    if (k === 0) {
      d.t('FPO,"');
      nm(d, r, person(r), r.pick<NameStyle>(['caps', 'initial']));
      d.t(` ${r.pick(['RENT', 'DINNER', 'LOAN'])} ${sortCode(r)}",${amt}.00,,`);
    } else if (k === 1) {
      d.t('FPI,"');
      d.l('PERSON', `${person(r).given.charAt(0)} ${person(r).family}`.toUpperCase());
      d.t(` REF ${r.digits(6)}",,${amt}.00,`);
    } else d.t(`DEB,"${r.pick(MERCHANTS)} CD ${l4(r)}",${amt}.${r.digits(2)},,`);
    bal += r.int(-200, 200);
    d.t(`${bal}.${r.digits(2)}\n`);
  }
};

const csvFlagged: Tpl = (r, d) => {
  const loc = r.pick(LOCALES_ALL);
  d.t('case_id,flagged_at,customer,email,pan,merchant,mcc,ip,score,rule\n');
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const c = person(r);
    d.t(`${caseId(r).replace(/[ #]/g, '')},${ts(r)},"`);
    nm(d, r, c, r.pick<NameStyle>(['comma', 'caps', 'full']));
    d.t('",').l('EMAIL', email(r, c)).t(',');
    if (r.chance(0.6)) d.l('CARD', cardDigits(r));
    else d.t(maskedCard(r));
    d.t(`,${r.pick(MERCHANTS).replace(/,/g, '')},${r.pick(MCC)},`).l('IP', ip(r));
    d.t(`,${r.int(40, 99)},${r.pick(['VELOCITY_3', 'GEO_MISMATCH', 'BIN_ATTACK', 'NEW_DEVICE', 'CNP_HIGH_VALUE'])}\n`);
  }
  d.t(`# exported ${ts(r)} by fraud-ops (${loc.id})`);
};

const csvSepa: Tpl = (r, d) => {
  const loc = r.pick(EU);
  d.t('Buchungstag;Empfänger/Auftraggeber;IBAN;Verwendungszweck;Betrag\n');
  const n = r.int(4, 7);
  for (let i = 0; i < n; i++) {
    d.t(`${fmtRecent(r, DE)};`);
    if (r.chance(0.4)) {
      d.t(`${r.pick(['Stadtwerke Mainz', 'Telekom Deutschland', 'Netflix International', 'Allianz Versicherung', 'Lidl Dienstleistung'])};${r.chance(0.5) ? badIban(r, 'DE') : ''}`);
      d.t(`;Mandatsref. ${r.digits(10)} Gläubiger-ID DE${r.digits(2)}ZZZ${r.digits(11)};-${money(r, '€').replace(' €', '')}\n`);
    } else {
      nm(d, r, person(r), r.pick<NameStyle>(['full', 'caps', 'comma']));
      d.t(';').l('IBAN', ibanFor(r, loc)).t(`;${r.pick(['Miete Mai', 'Rückzahlung', 'Geschenk', 'Nebenkosten', 'Handwerker'])};${r.chance(0.5) ? '-' : ''}${money(r, '€').replace(' €', '')}\n`);
    }
  }
};

const csvAch: Tpl = (r, d) => {
  d.t('effective_date,trace_no,routing,account,name,ssn,amount,sec\n');
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const c = person(r);
    d.t(`${usDate(r, recent(r)).replace(/,/g, '')},${r.digits(15)},${routing(r)},${r.digits(r.int(8, 12))},`);
    d.l('PERSON', `${c.family} ${c.given}`.toUpperCase());
    d.t(',');
    if (r.chance(0.7)) d.l('NATIONAL_ID', ssn(r));
    else d.t(`XXX-XX-${l4(r)}`);
    d.t(`,${r.int(10, 4000)}.${r.digits(2)},${r.pick(['PPD', 'WEB', 'CCD'])}\n`);
  }
};

const wireForm: Tpl = (r, d) => {
  const ben = person(r);
  const orig = person(r);
  d.t(`OUTGOING WIRE REQUEST — ${r.pick(['Prairie Union Bank', 'Caldera Federal Credit Union', 'Kestrel Direct'])}\nOriginator: `).l('PERSON', orig.full);
  d.t('\nOriginator SSN: ').l('NATIONAL_ID', ssn(r));
  d.t(`\nDebit account: ${r.digits(10)}\nBeneficiary name: `);
  nm(d, r, ben, r.pick<NameStyle>(['caps', 'full']));
  d.t('\nBeneficiary address:\n');
  const intl = r.chance(0.5);
  const loc = intl ? r.pick(EU) : US;
  ad(d, r, loc, true);
  if (intl) d.t(`\nBeneficiary IBAN: `).l('IBAN', ibanFor(r, loc)).t(`\nSWIFT/BIC: ${bic(r)}`);
  else d.t(`\nABA routing: ${routing(r)}  Account: ${r.digits(10)}`);
  d.t(`\nAmount: ${money(r, '$')}  Purpose: ${r.pick(['property deposit', 'family support', 'invoice 4471', 'tuition'])}\nCallback verification: `);
  ph(d, r, US).t(` (called ${hhmm(r)}, spoke to originator)\nFed IMAD: ${r.digits(8)}${letters(r, 4, UPPER)}${r.digits(6)}`);
};

const sepaMandate: Tpl = (r, d) => {
  const loc = r.pick([DE, FR, ES, IT, NL]);
  const deb = person(r);
  d.t(`SEPA Direct Debit Mandate\nCreditor: ${r.pick(['Stadtwerke Kassel GmbH', 'Fitness Olympia SARL', 'Gimnasio Atlas S.L.'])}  Creditor ID: ${r.pick(['DE', 'FR', 'ES'])}${r.digits(2)}ZZZ${r.digits(11)}\nMandate reference: MR-${r.digits(9)}\n\n`);
  d.t('Debtor name: ').l('PERSON', deb.full);
  d.t('\nDebtor address: ');
  ad(d, r, loc, false);
  d.t('\nDebtor IBAN: ').l('IBAN', ibanFor(r, loc));
  d.t(`\nType of payment: ${r.pick(['recurrent', 'one-off'])}\nSigned at ${r.pick(['Lyon', 'Köln', 'Bilbao', 'Bologna', 'Utrecht'])} on ${fmtRecent(r, loc)}\n`);
  d.t('Signature: ').l('PERSON', `${deb.given.charAt(0)}. ${deb.family}`);
};

const cardReplacement: Tpl = (r, d) => {
  const loc = r.pick(LOCALES_EN);
  const c = person(r);
  d.t(`Card replacement request — ${r.pick(['damaged', 'lost', 'stolen', 'compromised in merchant breach'])}\nName on card: `).l('PERSON', `${c.given} ${c.family}`.toUpperCase());
  d.t(`\nOld card: ${maskedCard(r)}\nDeliver to:\n`);
  d.l('PERSON', c.full).t('\n');
  ad(d, r, loc, true);
  d.t(`\nDelivery: ${r.pick(['standard post', 'courier (signature required)', 'branch collection'])}\nContact: `);
  ph(d, r, loc);
  d.t(`\nOld PAN (for hotlist): `).l('CARD', card(r)).t(`\nTicket ${caseId(r)}`);
};

const addressChange: Tpl = (r, d) => {
  const loc = r.pick(LOCALES_ALL);
  const me = person(r);
  d.t('Change of address form\n\nFull name: ');
  selfName(d, me);
  d.t('\nDate of birth: ');
  dob(d, r, loc);
  d.t('\nPrevious address: ');
  ad(d, r, loc, false);
  d.t('\nNew address: ');
  ad(d, r, loc, false);
  d.t(`\nEffective from: ${fmtRecent(r, loc)}\nPlease also update my e-mail to `).l('EMAIL', email(r, me)).t('.');
};

const bereavement: Tpl = (r, d) => {
  const loc = r.pick([UK, IE, AU, CA]);
  const dec = person(r);
  const ex = person(r);
  d.t('Bereavement notification\n\nName of the deceased: ').l('PERSON', dec.full);
  d.t('\nDate of birth: ');
  dob(d, r, loc);
  d.t(`\nDate of death: ${fmtRecent(r, loc)}\nLast address: `);
  ad(d, r, loc, false);
  d.t(`\nAccounts held: current ${sortCode(r)} ${acctNo(r)}; credit card ${maskedCard(r)}\nNotified by: `);
  nm(d, r, ex, 'full');
  d.t(` (${r.pick(['executor', 'daughter', 'son', 'spouse', 'solicitor'])}), `);
  ph(d, r, loc).t(', ').l('EMAIL', email(r, ex));
  d.t(`\nCause noted on certificate: ${r.pick(['complications of Parkinson’s', 'Alzheimer’s', 'heart failure'])} — not required for processing.`);
};

const powerOfAttorney: Tpl = (r, d) => {
  const loc = r.pick([UK, US, CA, AU]);
  const donor = person(r);
  const att = person(r);
  d.t(`Third-party authority registered (${r.pick(['LPA', 'durable POA', 'enduring power of attorney'])}) — ref ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}\n`);
  d.t('Donor: ');
  nm(d, r, donor, r.pick<NameStyle>(['full', 'formal']));
  d.t(', born ');
  dob(d, r, loc);
  d.t('\nAttorney: ');
  nm(d, r, att, 'full');
  d.t(', of ');
  ad(d, r, loc, false);
  d.t('\nAttorney phone: ');
  ph(d, r, loc);
  if (loc === US && r.chance(0.7)) d.t('\nAttorney SSN: ').l('NATIONAL_ID', ssn(r));
  d.t(`\nScope: view + payments up to ${money(r, loc.cur)}. Donor has ${r.pick(['dementia', 'Huntington’s disease', 'limited mobility'])}.`);
};

const jpMemo: Tpl = (r, d) => {
  const fam = r.pick(JA_FAMILY);
  const giv = r.pick(JA_GIVEN);
  d.t(`【不正利用受付メモ】桜川銀行 カードセンター ${ts(r)}\nお客様氏名：`).l('PERSON', `${fam} ${giv}`).t(' 様\n生年月日：');
  d.l('DOB', jpDate(r, birth(r)));
  d.t('\nご住所：').l('ADDRESS', jpAddr(r));
  d.t('\n連絡先：').l('PHONE', jpPhone(r));
  d.t(`\nカード番号：`).l('CARD', card(r));
  d.t(`\n内容：${r.int(1, 12)}月${r.int(1, 28)}日に海外サイトで${r.int(3, 9)}件の不審な決済（承認番号 ${authCode(r)}）。`).l('PERSON', fam).t('様ご本人の利用ではないとのこと。カード停止済み。\n担当：').l('PERSON', r.pick(JA_FAMILY));
};

const krMessage: Tpl = (r, d) => {
  const name = r.pick(KO_FAMILY) + r.pick(KO_GIVEN);
  d.t(`[한빛은행] 이상거래 안내\n`).l('PERSON', name).t(` 고객님, ${r.int(1, 12)}월 ${r.int(1, 28)}일 해외 가맹점(${r.pick(MERCHANTS)})에서 승인 요청이 있었습니다.\n본인 거래가 아니면 `);
  d.l('PHONE', r.pick([`1588-${r.digits(4)}`, `010-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`])).t('로 연락 주세요.\n생년월일 확인: ');
  const x = birth(r);
  d.l('DOB', r.pick([`${x.y}년 ${x.m}월 ${x.d}일`, `${x.y}.${p2(x.m)}.${p2(x.d)}`]));
  d.t(`\n상담원 `).l('PERSON', r.pick(KO_FAMILY) + r.pick(KO_GIVEN)).t(` 씨가 배정되었습니다. 접수번호 ${r.digits(10)}`);
};

const esLetter: Tpl = (r, d) => {
  const c = person(r, r.chance(0.6) ? r.pick(CULTURES.filter((x) => x.id === 'es' || x.id === 'mx')) : undefined);
  d.t('Banco Meridiano – Servicio de Atención al Cliente\n');
  ad(d, r, ES, true);
  d.t(`\n\n${r.pick(['Madrid', 'Sevilla', 'Bilbao'])}, ${fmtRecent(r, ES)}\n\nEstimad${c.sex === 'f' ? 'a' : 'o'} ${hon(r, c, 'es')} `).l('PERSON', c.family);
  d.t(`:\n\nEn relación con su reclamación n.º ${r.digits(8)} sobre el cargo no reconocido de ${money(r, '€')} en su tarjeta ${maskedCard(r)}, le confirmamos el abono provisional en su cuenta `);
  d.l('IBAN', iban(r, 'ES'));
  d.t('.\nSi necesita ayuda, llámenos al ');
  ph(d, r, ES).t(' o escriba a ').l('EMAIL', `reclamaciones@${'bancomeridiano.es'}`);
  d.t('.\n\nAtentamente,\n').l('PERSON', person(r, CULTURES[6]).full).t('\nDepartamento de Fraude');
};

const frDeclaration: Tpl = (r, d) => {
  const c = person(r);
  d.t('DÉCLARATION DE CONTESTATION D’OPÉRATIONS PAR CARTE\n\nJe soussigné(e) ').l('PERSON', `${c.family.toUpperCase()} ${c.given}`);
  d.t(', né(e) le ');
  dob(d, r, FR);
  d.t(', demeurant ');
  ad(d, r, FR, false);
  d.t(`, déclare contester les opérations suivantes effectuées avec ma carte n° `).l('CARD', card(r));
  d.t(` :\n- ${fmtRecent(r, FR)} ${r.pick(MERCHANTS)} ${money(r, '€')}\n- ${fmtRecent(r, FR)} ${r.pick(MERCHANTS)} ${money(r, '€')}\n`);
  d.t('Compte à créditer : ').l('IBAN', iban(r, r.pick(['FR', 'FR', 'BE', 'LU'])));
  d.t('\nTél. : ');
  ph(d, r, FR).t(`\nFait à ${r.pick(['Nantes', 'Lille', 'Rennes'])}, le ${fmtRecent(r, FR)}. Dépôt de plainte n° ${r.digits(5)}/${r.digits(5)}/${r.int(2023, 2025)}.`);
};

const itContest: Tpl = (r, d) => {
  const c = person(r, r.chance(0.6) ? CULTURES[9] : undefined);
  d.t('Spett.le Banca Lagunare – Ufficio Reclami\n\nOggetto: disconoscimento operazioni carta\n\nIl/La sottoscritto/a ').l('PERSON', c.full);
  d.t(', nato/a a ' + r.pick(['Bari', 'Verona', 'Treviso']) + ' il ');
  dob(d, r, IT);
  d.t(`, codice fiscale ${letters(r, 6, UPPER)}${r.digits(2)}${letters(r, 1, UPPER)}${r.digits(2)}${letters(r, 1, UPPER)}${r.digits(3)}${letters(r, 1, UPPER)}, residente in `);
  ad(d, r, IT, false);
  d.t(', disconosce il pagamento di ' + money(r, '€') + ' del ' + fmtRecent(r, IT) + ' e chiede il riaccredito sul conto ').l('IBAN', iban(r, 'IT'));
  d.t('.\nRecapito: ');
  ph(d, r, IT).t(' – ').l('EMAIL', email(r, c)).t('\nIn fede, ').l('PERSON', c.family);
};

const nlPayee: Tpl = (r, d) => {
  const c = person(r, r.chance(0.6) ? CULTURES[10] : undefined);
  const p = person(r);
  d.t(`Beste `);
  nm(d, r, c, 'formal', 'nl');
  d.t(`,\n\nU heeft op ${fmtRecent(r, NL)} om ${hhmm(r)} een nieuwe begunstigde toegevoegd:\nNaam: `).l('PERSON', p.full);
  d.t('\nRekening: ').l('IBAN', ibanFor(r, NL));
  d.t(`\nApparaat: ${r.pick(['iPhone 13', 'Samsung Galaxy S22', 'Pixel 8'])}, IP-adres `).l('IP', ip(r));
  d.t('\n\nHerkent u dit niet? Bel direct ');
  ph(d, r, NL).t(`. Let op: wij vragen nooit om uw pincode.\nKenmerk ${caseId(r)}`);
};

const plTransfer: Tpl = (r, d) => {
  const c = person(r, r.chance(0.7) ? CULTURES[11] : undefined);
  const p = person(r, CULTURES[11]);
  d.t(`Potwierdzenie przelewu\nZleceniodawca: `).l('PERSON', c.full);
  d.t('\nAdres: ');
  ad(d, r, PL, false);
  d.t('\nOdbiorca: ').l('PERSON', `${p.given} ${p.family}`.toUpperCase());
  d.t('\nRachunek odbiorcy: ').l('IBAN', iban(r, 'PL'));
  d.t(`\nTytuł: ${r.pick(['zwrot za bilety', 'czynsz', 'faktura FV/2024/118'])}\nKwota: ${money(r, 'zł')}\nData: ${fmtRecent(r, PL)}\nNr referencyjny: ${r.digits(16)}`);
};

const seMessage: Tpl = (r, d) => {
  const me = person(r, r.chance(0.6) ? CULTURES[12] : undefined);
  d.t(`Meddelande till Fjordkassen\n\nHej! Jag har blivit lurad av någon som ringde från ett dolt nummer och påstod sig vara från banken. Jag godkände en betalning på ${money(r, 'kr')} till konto `);
  d.l('IBAN', iban(r, r.pick(['SE', 'NO', 'DK', 'FI', 'LT', 'EE'])));
  d.t('. Ring mig på ');
  ph(d, r, SE).t('.\nMin adress är ');
  ad(d, r, SE, false);
  d.t('.\n\nMvh\n');
  selfName(d, me);
};

const brPix: Tpl = (r, d) => {
  const c = person(r, CULTURES[8]);
  d.t('Contestação de Pix / MED — Mecanismo Especial de Devolução\nCliente: ').l('PERSON', c.full);
  d.t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nNascimento: `);
  dob(d, r, BR);
  d.t('\nEndereço: ');
  ad(d, r, BR, false);
  d.t('\nCelular: ');
  ph(d, r, BR);
  d.t(`\nChave Pix do golpista: `).l('EMAIL', `${r.pick(['premios', 'suporte.loja', 'vendas'])}${r.digits(3)}@${r.pick(['gmail.com', 'outlook.com'])}`);
  d.t('\nConta do cliente: ').l('IBAN', iban(r, 'BR'));
  d.t(`\nE2E ID: E${r.digits(8)}${ts(r).replace(/\D/g, '').slice(0, 12)}${hex(r, 11)}`);
};

const inUpi: Tpl = (r, d) => {
  const c = person(r, r.pick(CULTURES.filter((x) => x.id === 'hi' || x.id === 'ta')));
  d.t(`Cyber fraud complaint — UPI\nComplainant: `);
  nm(d, r, c, r.pick<NameStyle>(['full', 'caps']));
  d.t(`\nAadhaar: XXXX XXXX ${l4(r)}   PAN: ${letters(r, 5, UPPER)}${r.digits(4)}${letters(r, 1, UPPER)}\nDOB: `);
  dob(d, r, IN);
  d.t('\nAddress: ');
  ad(d, r, IN, r.chance(0.5));
  d.t('\nMobile: ');
  ph(d, r, IN);
  d.t(`\nFraudster UPI: ${r.pick(['refund.helpdesk', 'kyc-update', 'lucky.draw'])}@${r.pick(['ybl', 'okaxis', 'paytm'])}  UTR ${r.digits(12)}\nDebit card used: `).l('CARD', card(r));
  d.t(`\nNCRP ack no. ${r.digits(14)}`);
};

const auScam: Tpl = (r, d) => {
  const c = person(r);
  const scam = person(r);
  d.t(`Scam report — Wattle Mutual\nMember: `);
  selfName(d, c);
  d.t(`\nMember no: ${r.digits(8)}  BSB ${r.digits(3)}-${r.digits(3)}\n\nI met "`).l('PERSON', scam.given);
  d.t(`" on ${r.pick(['Facebook Marketplace', 'a dating app', 'Instagram'])}. He asked me to pay ${money(r, 'A$')} to a crypto platform. His number was `);
  ph(d, r, AU).t(' and his email ').l('EMAIL', email(r, scam));
  d.t('. My address for correspondence: ');
  ad(d, r, AU, false);
  d.t('.');
};

const caInterac: Tpl = (r, d) => {
  const c = person(r);
  const rcpt = person(r);
  d.t(`Interac e-Transfer dispute\nSender: `).l('PERSON', c.full);
  d.t('\nSender email: ').l('EMAIL', email(r, c));
  d.t(`\nRecipient entered: `).l('PERSON', rcpt.full).t(' / ');
  if (r.chance(0.5)) d.l('EMAIL', email(r, rcpt));
  else ph(d, r, CA);
  d.t(`\nReference: CA${hex(r, 6).toUpperCase()}  Amount ${money(r, 'C$')}\nSender DOB: `);
  dob(d, r, CA);
  d.t('\nSender address: ');
  ad(d, r, CA, false);
  d.t(`\nSecurity answer was shared by text message — auto-deposit not enabled.`);
};

const appScamUk: Tpl = (r, d) => {
  const me = person(r);
  const fake = person(r);
  d.t(`APP fraud claim — reimbursement request\n\nClaimant: `).l('PERSON', me.full).t(' (DOB ');
  dob(d, r, UK).t(')\n\n');
  d.t(`Someone called me from `);
  if (r.chance(0.3)) d.t(`a number ending ${r.digits(3)}`);
  else ph(d, r, UK);
  d.t(` saying they were ${r.pick(['from the bank’s fraud team', 'HMRC', 'a courier', 'my son on a new phone'])}. They said their name was `).l('PERSON', fake.full);
  d.t(` and told me to move my savings to a "safe account": sort code ${sortCode(r)}, account ${acctNo(r)}`);
  if (r.chance(0.6)) d.t(', IBAN ').l('IBAN', iban(r, r.pick(['GB', 'LT', 'IE', 'MT'])));
  d.t(`. I sent ${money(r, '£')} in ${r.int(2, 5)} payments. CoP came back "no match" but they said that was normal.\nContact me at `);
  d.l('EMAIL', email(r, me)).t(` or at home: `);
  ad(d, r, UK, false);
};

const copMismatch: Tpl = (r, d) => {
  const p = person(r);
  d.t(`Confirmation of Payee result\nName you entered: `).l('PERSON', `${p.given} ${p.family}`);
  d.t(`\nName on the account: `).l('PERSON', `${p.given.charAt(0)} ${p.family}`.toUpperCase());
  d.t(`\nResult: CLOSE MATCH\nSort code ${sortCode(r)}  Account ${acctNo(r)}\nIf in doubt, don't pay. Checked ${ts(r)}.`);
};

const threeDsLog: Tpl = (r, d) => {
  d.t(`# 3DS2 auth log export ${ts(r)}\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    d.t(`${ts(r)} acs=${r.pick(['frictionless', 'challenge', 'decoupled'])} eci=${r.pick(['05', '06', '07', '02'])} pan=`);
    if (r.chance(0.5)) d.l('CARD', cardDigits(r));
    else d.t(maskedCard(r).replace(/ /g, ''));
    d.t(` ip=`);
    const v6 = r.chance(0.3);
    if (v6) d.t('[').l('IP', ipv6(r)).t(`]:${r.int(1024, 65535)}`);
    else d.l('IP', ipv4(r)).t(`:${r.int(1024, 65535)}`);
    d.t(` email=`).l('EMAIL', email(r, person(r)));
    d.t(` cavv=${hex(r, 28)} ua="${r.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)', 'okhttp/4.9.3', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)'])}" result=${r.pick(['Y', 'N', 'A', 'R'])}\n`);
  }
};

const loginAudit: Tpl = (r, d) => {
  const c = person(r);
  const e = email(r, c);
  d.t(`Online banking audit — customer `).l('PERSON', c.full).t(` <`).l('EMAIL', e).t('>\n');
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    d.t(`${ts(r)}  ${r.pick(['LOGIN_OK', 'LOGIN_FAIL', 'OTP_SENT', 'PAYEE_ADD', 'PWD_RESET'])}  src=`).l('IP', ip(r));
    d.t(`  app=${version(r)}  session=${hex(r, 12)}\n`);
  }
  d.t(`Flag: ${r.pick(['impossible travel', 'TOR exit node', 'credential stuffing pattern', 'none'])}`);
};

const sarNarrative: Tpl = (r, d) => {
  const subj = person(r);
  const assoc = person(r);
  d.t(`SAR narrative (draft) — internal ref ${caseId(r)}\n\n`);
  d.t('Subject ');
  nm(d, r, subj, 'full');
  d.t(' (SSN ').l('NATIONAL_ID', ssn(r)).t(', DOB ');
  dob(d, r, US).t('), residing at ');
  ad(d, r, US, false);
  d.t(`, received ${r.int(8, 40)} structured cash deposits under $10,000 between ${fmtRecent(r, US)} and ${fmtRecent(r, US)}, followed by wires to `);
  nm(d, r, assoc, r.pick<NameStyle>(['full', 'caps']));
  d.t(' at IBAN ').l('IBAN', iban(r, r.pick(['AE', 'TR', 'CY', 'MT', 'LV'])));
  d.t(`. Business EIN ${ein(r)} listed on account appears inactive. `);
  nm(d, r, subj, 'family');
  d.t(`'s stated occupation (${r.pick(['consultant', 'car dealer', 'student'])}) does not support the volume. Filed under the Bank Secrecy Act.`);
};

const ccApplication: Tpl = (r, d) => {
  const loc = r.pick([US, US, CA, UK]);
  const c = person(r);
  d.t(`Credit card application — ${r.pick(['Platinum Cashback', 'Travel Rewards', 'Student Starter'])}\n`);
  d.t('Name: ').l('PERSON', c.full);
  d.t('\nDate of Birth: ');
  dob(d, r, loc);
  if (loc === US) d.t('\nSocial Security Number: ').l('NATIONAL_ID', ssn(r));
  d.t('\nHome Address: ');
  ad(d, r, loc, r.chance(0.3));
  d.t(`\nYears at address: ${r.int(0, 20)}\nMobile: `);
  ph(d, r, loc);
  d.t('\nEmail: ').l('EMAIL', email(r, c));
  d.t(`\nAnnual income: ${money(r, loc.cur)}k   Employer: ${r.pick(['Hilton Worldwide', 'Ford Motor Co.', 'Walt Disney Parks', 'self'])}\nApplication submitted from `).l('IP', ip(r));
};

const chatbot: Tpl = (r, d) => {
  const loc = r.pick(LOCALES_EN);
  const me = person(r);
  d.t(`Chat with Penny (virtual assistant) — ${ts(r)}\nPenny: Hi! I'm Penny, ${r.pick(BANKS).name}'s assistant. How can I help?\n`);
  d.t(`You: someone used my card, I'm `);
  selfName(d, me);
  d.t(`\nPenny: I'm sorry to hear that. I've frozen card ${maskedCard(r)} for you. Please don't share your full card number here.\nYou: too late lol it's `);
  if (r.chance(0.5)) d.l('CARD', card(r));
  else {
    const c = cardDigits(r);
    d.t(`${c.slice(0, 8)}\n${c.slice(8)}`);
  }
  d.t(`\nPenny: Connecting you to a human agent...\n`);
  d.l('PERSON', person(r).given).t(` (agent): Hi `).l('PERSON', me.given).t(", I'll take it from here. Is ");
  ph(d, r, loc).t(' still a good number?\nYou: yes');
};

const voicemail: Tpl = (r, d) => {
  const loc = r.pick(LOCALES_EN);
  const c = person(r);
  d.t(`Voicemail transcription (${r.int(20, 80)}s) — fraud callback line\n"Hi, this is `).l('PERSON', c.full);
  d.t(`, I got a text about a payment to ${r.pick(MERCHANTS)} that wasn't me. Can someone call me back on `);
  d.l('PHONE', r.chance(0.5) ? spokenDigits(r, loc.phone(r)) : loc.phone(r));
  d.t(r.chance(0.5) ? ` extension ${r.int(100, 999)}` : '');
  d.t(` or email me at `).l('EMAIL', spokenEmail(r, c));
  d.t(`. My date of birth is `);
  const x = birth(r);
  d.l('DOB', loc === US ? `${mon('en', x.m)} ${ordinal(x.d)}, ${x.y}` : `the ${ordinal(x.d)} of ${mon('en', x.m)}, ${x.y}`);
  d.t(` if you need it. Thanks, bye."`);
};

const agentChat: Tpl = (r, d) => {
  const a = person(r);
  const b = person(r);
  const c = person(r);
  d.t(`#fraud-ops-l2\n`).l('PERSON', a.given.toLowerCase()).t(` [${hhmm(r)}]: anyone seen this BIN before? cust `);
  nm(d, r, c, r.pick<NameStyle>(['full', 'family', 'caps']));
  d.t(` has ${r.int(4, 20)} declines from ip `).l('IP', ipv4(r));
  d.t(`\n`).l('PERSON', b.given.toLowerCase()).t(` [${hhmm(r)}]: yeah same range hit us last week, see ${caseId(r)}. it's the ${r.pick(['Jenkins', 'Grafana', 'Splunk'])} dashboard "BIN attack" panel\n`);
  d.l('PERSON', a.given.toLowerCase()).t(` [${hhmm(r)}]: ok blocking. @${ascii(b.given)}${r.digits(2)} can you ring the cust on `);
  ph(d, r, r.pick(LOCALES_ALL)).t('?\n');
  d.l('PERSON', b.given.toLowerCase()).t(` [${hhmm(r)}]: 👍 after standup`);
};

const atmDispute: Tpl = (r, d) => {
  const loc = r.pick([UK, US, AU, IE]);
  const c = person(r);
  d.t(`ATM dispute — cash not dispensed\nCustomer: `).l('PERSON', c.full);
  d.t(`\nATM ID: ${letters(r, 2, UPPER)}${r.digits(6)}  Location: ${r.pick(['Tesco Extra, Nelson Street', 'Victoria station concourse', 'outside Boots, Kingston', 'Lincoln Center lobby'])}\n`);
  d.t(`Date/time: ${fmtRecent(r, loc)} ${hhmm(r)}  Amount: ${money(r, loc.cur)}  Card: ${maskedCard(r)}  STAN ${r.digits(6)}\n`);
  d.t('Customer contact: ');
  ph(d, r, loc).t(' / ').l('EMAIL', email(r, c));
  d.t(`\nJournal shows ${r.pick(['presenter error', 'retract', 'full dispense'])}. Balancing due ${fmtRecent(r, loc)}.`);
};

const zelleDispute: Tpl = (r, d) => {
  const me = person(r);
  const other = person(r);
  d.t(`P2P payment dispute (Zelle)\nSender: `).l('PERSON', me.full);
  d.t(`\nSent to token: `);
  if (r.chance(0.5)) ph(d, r, US);
  else d.l('EMAIL', email(r, other));
  d.t(` (enrolled as "`).l('PERSON', `${other.given} ${other.family.charAt(0)}`).t(`")\n`);
  d.t(`Seller on Marketplace: @${ascii(other.given)}_${ascii(other.family)}${r.digits(2)}  Item: ${r.pick(['PS5', 'puppy deposit', 'concert tickets', 'iPhone 15'])}\nAmount ${money(r, '$')}  Conf# ${hex(r, 9).toUpperCase()}\n`);
  d.t('Sender SSN (for Reg E claim): ').l('NATIONAL_ID', ssn(r));
  d.t(`\nSender address: `);
  ad(d, r, US, false);
};

const callbackForm: Tpl = (r, d) => {
  const loc = r.pick(LOCALES_ALL);
  const me = person(r);
  d.t(`Request a callback\nYour name: `);
  selfName(d, me);
  d.t('\nPhone: ');
  ph(d, r, loc);
  d.t(`\nBest time: ${r.pick(['mornings', 'after 5pm', 'lunchtime', 'any'])}\nTopic: ${r.pick(['Card fraud', 'Disputed payment', 'Scam', 'Account access'])}\nMessage: `);
  d.t(r.pick([`my ${r.pick(['mum', 'dad', 'partner'])} `, 'my friend ']));
  nm(d, r, person(r), 'given');
  d.t(` says you called them about my account?? not sure if that was really you. submitted from `).l('IP', ip(r));
};

const closureLetter: Tpl = (r, d) => {
  const loc = r.pick([UK, US, CA, AU, IE]);
  const c = person(r);
  d.t(`${fmtRecent(r, loc)}\n\n`);
  nm(d, r, c, r.pick<NameStyle>(['full', 'initial', 'caps']));
  d.t('\n');
  ad(d, r, loc, true);
  d.t(`\n\nDear `);
  nm(d, r, c, 'formal');
  d.t(`,\n\nFollowing our review we have decided to close your account ending ${l4(r)} with 60 days' notice, in line with our terms. Any remaining balance will be sent to `);
  if (loc.iban.length > 0) d.l('IBAN', ibanFor(r, loc));
  else d.t(`account ${r.digits(9)}`);
  d.t('. Questions: ').l('EMAIL', roleEmail(r, bank(r)));
  d.t(`\n\nAccount Review Team`);
};

const jointAccount: Tpl = (r, d) => {
  const loc = r.pick(LOCALES_ALL);
  const a = person(r);
  const b = person(r);
  d.t(`Add joint account holder — ref ${r.digits(9)}\nExisting holder: `).l('PERSON', a.full).t(', DOB ');
  dob(d, r, loc);
  d.t('\nNew holder: ').l('PERSON', b.full).t(', DOB ');
  dob(d, r, loc);
  d.t('\nShared address: ');
  ad(d, r, loc, false);
  d.t('\nNew holder mobile: ');
  ph(d, r, loc);
  d.t('\nNew holder email: ').l('EMAIL', email(r, b));
  if (loc === US) d.t('\nNew holder SSN: ').l('NATIONAL_ID', ssn(r));
  d.t(`\nRelationship: ${r.pick(['spouse', 'civil partner', 'parent', 'sibling'])}`);
};

const fraudRing: Tpl = (r, d) => {
  d.t(`Link analysis — cluster ${hex(r, 6)} (${r.int(4, 12)} accounts)\nShared attributes:\n`);
  d.t(' - device IP ').l('IP', ipv4(r)).t(' (' + r.int(3, 9) + ' accounts)\n');
  d.t(' - IPv6 ').l('IP', ipv6(r)).t('\n');
  d.t(' - payout IBAN ').l('IBAN', iban(r)).t('\n');
  d.t(' - recovery email ').l('EMAIL', `${r.pick(['cash', 'quick', 'boss', 'lucky'])}${r.pick(['king', 'money', 'life'])}${r.digits(3)}@${r.pick(MAIL_DOMAINS)}`).t('\n');
  d.t('Account holders: ');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    if (i > 0) d.t('; ');
    nm(d, r, person(r), r.pick<NameStyle>(['caps', 'full', 'commaCaps']));
  }
  d.t(`\nMule herder suspected: `);
  nm(d, r, person(r), 'full');
  d.t(`, phone `);
  ph(d, r, r.pick(LOCALES_ALL)).t(`\nNext: SAR + freeze. Graph ver ${version(r)}.`);
};

const merchantResponse: Tpl = (r, d) => {
  const c = person(r);
  const m = r.pick(['Ted Baker Ltd', 'Harvey Nichols', 'Gucci Firenze', 'Trader Joe’s']);
  d.t(`Merchant representment — ${m}\nChargeback ${caseId(r)}  ARN ${arn(r)}  Reason code ${r.pick(['10.4', '13.1', '4837', '4853'])}\n\n`);
  d.t('The cardholder, ');
  nm(d, r, c, r.pick<NameStyle>(['full', 'formal']));
  d.t(', placed the order from IP ').l('IP', ip(r));
  d.t(' with email ').l('EMAIL', email(r, c));
  d.t(' and the goods were delivered to ');
  const loc = r.pick([UK, US, DE, FR]);
  ad(d, r, loc, false);
  d.t(`, signed for by "`).l('PERSON', c.family.toUpperCase()).t(`" (tracking 1Z${r.digits(2)}${letters(r, 2, UPPER)}${r.digits(10)}). We consider the transaction valid.`);
};

const cardActivationCall: Tpl = (r, d) => {
  const loc = r.pick([US, CA, UK]);
  const c = person(r);
  d.t(`IVR + agent log — card activation\nIVR: caller entered card `).l('CARD', cardDigits(r));
  d.t(`, ZIP/postcode match=Y, CVV match=${r.pick(['Y', 'N'])}\nANI: `);
  ph(d, r, loc);
  d.t('\nAgent: verified ');
  nm(d, r, c, r.pick<NameStyle>(['full', 'formal', 'caps']));
  d.t(' via DOB ');
  dob(d, r, loc);
  if (loc === US) d.t(' and SSN ').l('NATIONAL_ID', ssn(r));
  else d.t(' and security word');
  d.t(`. Activation ok ${ts(r)}.`);
};

const customerEmail: Tpl = (r, d) => {
  const loc = r.pick(LOCALES_ALL);
  const me = person(r);
  const b = bank(r);
  d.t('From: ').l('EMAIL', email(r, me)).t('\nTo: ').l('EMAIL', roleEmail(r, b));
  d.t(`\nSubject: ${r.pick(['Unauthorised transactions!!', 'Refund still missing', 'Why was my card declined', 'Fraud claim update?'])}\n\n`);
  d.t(r.pick(['Hello,', 'Hi,', 'To whom it may concern,', 'Dear team,']) + `\n\nI still haven't received the refund for claim ${caseId(r)}. `);
  if (r.chance(0.5)) d.t('The money should go to ').l('IBAN', ibanFor(r, loc)).t('. ');
  d.t(`I've been a customer since ${r.int(1995, 2020)} and ${r.pick(['my wife', 'my brother', 'my neighbour'])} `);
  nm(d, r, person(r), r.pick<NameStyle>(['given', 'full']));
  d.t(` had the same problem with ${r.pick(['Wells Fargo', 'Morgan Stanley', 'Charles Schwab', 'Lloyds'])}.\n\nRegards,\n`);
  selfName(d, me);
  d.t('\n');
  ph(d, r, loc);
};

// ───────────────────────────── hard negatives (no PII) ─────────────────────────────

const negPolicy: Tpl = (r, d) => {
  d.t(`Card Operations Policy CO-${r.int(10, 99)} (rev ${version(r)})\n\n1. Never key live card data into test systems. Use the published test numbers only; the sample ${badCard(r)} deliberately fails the Luhn check.\n`);
  d.t(`2. Disputes under Regulation E and ${eponym(r)} must be acknowledged within 10 business days.\n3. Masked display format is ${maskedCard(r)}; SSNs display as XXX-XX-${l4(r)}.\n`);
  d.t(`4. IBAN ${badIban(r)} in the training deck is invalid on purpose.\n5. Escalate merchant category ${r.pick(MCC)} (quasi-cash) to L2. Effective ${fmtRecent(r, UK)}.`);
};

const negRelease: Tpl = (r, d) => {
  d.t(`fraud-scoring-engine ${version(r)} release notes\n- model ${hex(r, 7)} replaces ${hex(r, 7)} (AUC ${(0.9 + r.next() * 0.09).toFixed(3)})\n- new rule VELOCITY_${r.int(2, 9)} for MCC ${r.pick(MCC)}\n`);
  d.t(`- fixed timezone bug: events at ${ts(r)} were bucketed into the previous day\n- artefact sha256 ${hex(r, 64)}\n- deps: kafka-client ${version(r)}, onnxruntime ${r.int(1, 2)}.${r.int(10, 19)}.${r.int(0, 3)}\n- Thanks to team Falcon and the Turing squad.`);
};

const negMcc: Tpl = (r, d) => {
  d.t('MCC,Description,Risk tier\n');
  const rows: ReadonlyArray<readonly [string, string]> = [['5411', 'Grocery stores, supermarkets'], ['5812', 'Eating places, restaurants'], ['6051', 'Quasi-cash, crypto'], ['7995', 'Betting, casino gaming'], ['4829', 'Money transfer'], ['5732', 'Electronics stores'], ['4511', 'Airlines'], ['5912', 'Drug stores, pharmacies']];
  for (const [m, desc] of rows) if (r.chance(0.7)) d.t(`${m},"${desc}",${r.pick(['low', 'medium', 'high'])}\n`);
  d.t(`# source: scheme bulletin ${r.int(2023, 2025)}-${p2(r.int(1, 12))}`);
};

const negTxCsv: Tpl = (r, d) => {
  d.t('posted,description,mcc,card,auth,amount\n');
  const n = r.int(5, 9);
  for (let i = 0; i < n; i++) d.t(`${fmtRecent(r, UK)},"${r.pick(MERCHANTS)}",${r.pick(MCC)},${maskedCard(r)},${authCode(r)},${r.int(1, 300)}.${r.digits(2)}\n`);
  d.t(`total rows ${n}; export id ${txnId(r)}`);
};

const negPostmortem: Tpl = (r, d) => {
  d.t(`Incident ${caseId(r)} — card authorisations degraded\nStart ${ts(r)}, end ${ts(r)}. Root cause: connection pool exhaustion on auth-gw-${r.int(1, 9)} after deploy ${version(r)}.\n`);
  d.t(`Impact: ${r.int(1000, 90000)} declines (response code 91). Merchants most affected: ${r.pick(MERCHANTS)}, ${r.pick(MERCHANTS)}.\nCommit ${hex(r, 40)} reverted. Action items owned by Platform (Team Tesla) and Payments (Team Lovelace).`);
};

const negBranch: Tpl = (r, d) => {
  d.t(`Branch update: our ${r.pick(['Wellington Road', 'King William Street', 'Gladstone Avenue', 'Churchill Square'])} branch moves next to ${r.pick(['Nelson’s Column', 'the Cabot Tower', 'St Helens library', 'Victoria station'])} from ${fmtRecent(r, UK)}.\n`);
  d.t(`Opening hours Mon–Fri 0${r.int(8, 9)}:${r.pick(['00', '30'])}–17:00. Cash machines outside ${r.pick(['Marks & Spencer', 'Boots', 'John Lewis'])} remain available. Sort code ${sortCode(r)} is unchanged.`);
};

const negAlertNoName: Tpl = (r, d) => {
  const loc = r.pick([UK, US, AU]);
  d.t(`${bank(r).name}: A payment of ${money(r, loc.cur)} to ${r.pick(MERCHANTS)} was declined on card ending ${l4(r)} at ${hhmm(r)} on ${fmtRecent(r, loc)}. If this was you, try again. Auth ref ${authCode(r)}. Never share your one-time code ${r.digits(6)} with anyone.`);
};

const negTraining: Tpl = (r, d) => {
  d.t(`ID&V training — module ${r.int(1, 9)}\nExamples of what agents may see on screen:\n  Phone: ***-***-${l4(r)}\n  SSN: ***-**-${l4(r)}\n  Card: ${maskedCard(r)}\n  Invalid card (fails Luhn): ${badCard(r)}\n  Invalid IBAN: ${badIban(r)}\n`);
  d.t(`Remember: ${eponym(r)} and ${eponym(r)} come up in complaints but are not customer data. Quiz closes ${fmtRecent(r, UK)}.`);
};

const negAch: Tpl = (r, d) => {
  d.t(`ACH return summary ${fmtRecent(r, US)}\n`);
  const n = r.int(4, 7);
  for (let i = 0; i < n; i++) d.t(`R${p2(r.pick([1, 2, 3, 4, 10, 29]))}  RDFI ${routing(r)}  trace ${r.digits(15)}  company EIN ${ein(r)}  $${r.int(5, 900)}.${r.digits(2)}\n`);
  d.t(`Returns rate ${(r.next() * 2).toFixed(2)}% (threshold 0.5% unauthorised, per Nacha rules).`);
};

const negMarketing: Tpl = (r, d) => {
  d.t(`Earn 5% back at ${r.pick(['Tommy Hilfiger', 'Ralph Lauren', 'Ben & Jerry’s', 'Trader Joe’s', 'Wendy’s'])} and ${r.pick(['Disney+', 'McDonald’s', 'Ted Baker', 'Hugo Boss'])} with the new ${r.pick(['Sterling', 'Grant', 'Rose Gold', 'Chase Freedom'])} card. Winner of ${r.pick(['the Pulitzer of banking apps', 'a Webby', 'Which? Recommended Provider'])}. `);
  d.t(`Offer code ${letters(r, 3, UPPER)}${r.digits(3)}, ends ${fmtRecent(r, US)}. Representative ${r.int(19, 34)}.9% APR variable.`);
};

const negQueue: Tpl = (r, d) => {
  d.t(`Fraud queue snapshot ${ts(r)}\n`);
  for (const t of ['Team Hawking', 'Team Curie', 'Team Franklin', 'Overnight']) d.t(`${t}: ${r.int(0, 80)} open, oldest ${caseId(r)} (${r.int(1, 30)}h), SLA ${r.int(70, 100)}%\n`);
  d.t(`Spike linked to ${r.pick(['Storm Ciarán outages', 'Black Friday', 'a merchant breach', 'Hurricane Helene'])}.`);
};

const negWeather: Tpl = (r, d) => {
  d.t(`Ops note ${fmtRecent(r, UK)}: card volumes dipped during ${r.pick(['Storm Ciarán', 'Hurricane Helene', 'Storm Babet'])}; the ${r.pick(['Queen Mary 2', 'Spirit of Tasmania'])} onboard terminals were offline until ${hhmm(r)}. `);
  d.t(`Staff with ${r.pick(['Crohn’s disease', 'Raynaud’s'])} may work remotely. Bug ${letters(r, 3, UPPER)}-${r.digits(4)} in Jenkins job card-settle ${version(r)} fixed.`);
};

const POSITIVE: readonly Tpl[] = [
  callUkIdv, callUsCardLost, callSpokenContact, callWrapNote, chargebackForm, disputeFormDe, fraudSms, fraudEmail,
  fraudCaseNote, kycUk, kycUs, kycEu, standingOrderUk, payeeChange, secureThread, complaintLetter, csvTxUk, csvFlagged,
  csvSepa, csvAch, wireForm, sepaMandate, cardReplacement, addressChange, bereavement, powerOfAttorney, jpMemo,
  krMessage, esLetter, frDeclaration, itContest, nlPayee, plTransfer, seMessage, brPix, inUpi, auScam, caInterac,
  appScamUk, copMismatch, threeDsLog, loginAudit, sarNarrative, ccApplication, chatbot, voicemail, agentChat,
  atmDispute, zelleDispute, callbackForm, closureLetter, jointAccount, fraudRing, merchantResponse,
  cardActivationCall, customerEmail,
];
const NEGATIVE: readonly Tpl[] = [
  negPolicy, negRelease, negMcc, negTxCsv, negPostmortem, negBranch, negAlertNoName, negTraining, negAch,
  negMarketing, negQueue, negWeather,
];

/** Generates the corpus: whole documents until at least `minInstances` labels exist. */
export function generateIndependent64Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent64Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT64_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT64_MIN_INSTANCES;
  const out: Independent64Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEGATIVE)(r, d);
    else r.pick(POSITIVE)(r, d);
    out.push(d.entry());
    total += d.labels.length;
  }
  return out;
}
