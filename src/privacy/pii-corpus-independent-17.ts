/**
 * @module privacy/pii-corpus-independent-17 — blind labelled PII corpus #17: documents, records and
 * messages that customers paste or upload into support conversations.
 *
 * WRITTEN BLIND. Read: the `Rng` class at the top of `pii-corpus-values.ts` (nothing after it),
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * NOT read: the detector or any other source, test, doc or bench file, any other corpus split, the git
 * history, /work/shared. The detector was never run on this text. Every name, address, template and
 * value here was invented for this file.
 *
 * Seeds: 170001, 170002, 170003. Each seed yields whole documents until at least `minInstances`
 * labels (default 2400) exist.
 *
 * Contents: scanned-form OCR text (noise only in the field labels), invoices and receipts, bank
 * statements and transfer confirmations, prescriptions and lab results, insurance policies and claims,
 * rental and employment contracts, school and university records, itineraries and boarding passes,
 * shipping labels and customs forms, government letters, classified ads and marketplace listings,
 * e-mail threads with quoted replies and signatures, spreadsheets pasted as CSV/TSV/fixed-width/
 * Markdown, and logs/configuration files — from many countries, in their languages and conventions —
 * plus about one document in ten with no personal data at all but full of look-alike traps.
 *
 * Labelling conventions: PERSON = human beings only, honorifics and possessive 's outside, one label
 * per contiguous name in any form (initials, surname-only, given-only, ALL CAPS, "Surname, Given");
 * brands, places, streets, eponyms, pets and @handles unlabelled, nor names inside e-mail addresses.
 * EMAIL = every address incl. role addresses and spoken ones. PHONE = the number only (extension
 * outside), masked numbers unlabelled. CARD = Luhn-valid, real network shapes only. IBAN = checksum-
 * valid, right length, any grouping/case. NATIONAL_ID = valid US SSNs only. IP = every IPv4/IPv6,
 * port and brackets outside. ADDRESS = one label per full postal address, from the first street/
 * building/PO-box line to the last postcode/city/country line; recipient names separate; company lines
 * and city-only mentions unlabelled. DOB = a person's date of birth only, cue words outside. Values
 * split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT17_SEEDS = [170001, 170002, 170003] as const;
export const INDEPENDENT17_MIN_INSTANCES = 2400;

/** A label of this split: also carries its exact text. */
export type Independent17Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent17Entry = PiiCorpusEntry & { readonly labels: readonly Independent17Label[] };

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent17Label[] = [];
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
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
}

// ---------------------------------------------------------------- names

type Cc =
  | 'US' | 'GB' | 'IE' | 'DE' | 'FR' | 'ES' | 'MX' | 'BR' | 'IT' | 'NL' | 'PL' | 'TR' | 'AE' | 'IN' | 'CN'
  | 'JP' | 'KR' | 'VN' | 'PH' | 'NG' | 'KE' | 'ZA' | 'SE' | 'AU' | 'CA' | 'GR' | 'HU';

interface Culture {
  readonly cc: Cc;
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Family name first in native order. */
  readonly ff?: boolean;
}

const w = (s: string): string[] => s.trim().split(/\s+/).map((x) => x.replace(/_/g, ' '));

const CULTURES: readonly Culture[] = [
  { cc: 'US', given: w('Rose Hope Will Bill Grant May Guy Dustin Tanisha Brayden Kayla Marcus Shelby Dwayne Latoya Colton Brooke Hunter'), family: w('Whitaker Delgado Pruitt Haskins Brennan Lockhart Mercer Dawson Rhodes Kowalczyk Banks Royal Sterling') },
  { cc: 'US', given: w('Jamal Keisha DeShawn Imani Tyrone Aaliyah Darnell Ebony'), family: w('Washington Jefferson Freeman Mayfield Battle Booker Goodwin') },
  { cc: 'GB', given: w('Nigel Gemma Alfie Poppy Rhys Ffion Callum Imogen Harriet Ewan Morag Tamsin'), family: w('Pembroke Ashworth Fairclough Threlfall Hargreaves Penhaligon Baird Cartwright Rowntree Mould') },
  { cc: 'IE', given: w('Niamh Oisín Ciarán Aoife Pádraig Síle Dervla Cathal Grainne Eoin'), family: w('Ní_Bhriain Mac_Gearailt Moynihan Coughlan Brosnan Geraghty Hegarty Keogh Tierney Flanagan') },
  { cc: 'DE', given: w('Jürgen Heike Wolfgang Ursula Torsten Gudrun Lennart Mareike Björn Friederike Dieter Sabine'), family: w('Brandstätter Kühn Großmann Vogelsang Hüttenrauch Pfeiffer Eichhorn Lindemann Sauer Fröhlich Winkler Adler') },
  { cc: 'FR', given: w('Aurélien Ségolène Gaëlle Thibault Clémence Benoît Océane Loïc Maëlys Hervé Solène Yannick'), family: w('Lefèvre Beaumarchais Chevalier Garnier Rousseau Marchand Perrin Lacroix Fontaine Blanchard Roux Mercier') },
  { cc: 'ES', given: w('Iñaki Rocío Álvaro Macarena Sergio Begoña Íñigo Nuria Jordi Montserrat Consuelo Pilar'), family: w('Etxeberria Sánchez-Vidal Ruiz Domínguez Peñalver Iglesias Ferrer Aguirre Ortega Calvo Cano Bravo') },
  { cc: 'MX', given: w('Guadalupe Jesús Xóchitl Rigoberto Itzel Araceli Cuauhtémoc Yesenia Refugio Dolores Amparo'), family: w('Hernández-Tlapa Zúñiga Villaseñor Cervantes Olvera Téllez Barrientos Ochoa Salazar Mendoza Luna') },
  { cc: 'BR', given: w('Thiago Luana Caio Rayssa Gustavo Jéssica Wesley Tainá Vinícius Graça Anderson Kauã'), family: w('Conceição Nascimento Albuquerque Figueiredo Assunção Rocha Barbosa Cavalcanti Teixeira Moura Gomes Pinto') },
  { cc: 'IT', given: w('Gianluca Ottavia Ludovica Carmine Beatrice Salvatore Ilaria Raffaele Fiorella Donatella Marco'), family: w('Esposito Pellegrino Santoro Fabbri Ricciardi Marchetti De_Luca Colombo Mancini Gentile Caruso') },
  { cc: 'NL', given: w('Sjoerd Femke Joris Marieke Thijs Lieke Bram Anouk Gerrit Wietske'), family: w('van_der_Meulen de_Vries Bakker Visser Hoekstra van_Dijk Mulder Smit de_Boer Kuipers') },
  { cc: 'PL', given: w('Grzegorz Małgorzata Wojciech Agnieszka Przemysław Katarzyna Jędrzej Bożena Zbigniew Urszula'), family: w('Wiśniewski Dąbrowska Zieliński Szczepańska Woźniak Krawczyk Grabowski Pawlak Michalska Sikora') },
  { cc: 'TR', given: w('Mehmet Elif Burak Zeynep Emre Ayşe Oğuz Gülşen Serkan Büşra Tarık Hülya'), family: w('Yıldırım Öztürk Aydın Çelik Şahin Kılıç Doğan Arslan Korkmaz Özdemir Erdem Güneş') },
  { cc: 'AE', given: w('Mariam Khalid Noura Saeed Hessa Rashid Latifa Omar Said Reem Youssef Layla'), family: w('Al_Mansoori Al_Nuaimi Al_Shamsi Al_Ketbi Haddad Bin_Sulayem Al_Falasi Khoury Nasser Al_Zaabi') },
  { cc: 'IN', given: w('Ananya Vikram Deepika Siddharth Lakshmi Arjun Meenakshi Harpreet Sanjay Kavya Pooja Raghav Ishita Venkatesh'), family: w('Iyer Chatterjee Deshpande Subramanian Bhattacharya Reddy Malhotra Nair Gill Banerjee Kulkarni Menon Joshi Agarwal') },
  { cc: 'CN', given: w('Xiaoming Yiling Jianguo Meiling Haoran Shufen Zhiwei Ruoxi Guangzhi Lihua'), family: w('Zhang Wang Liu Huang Zhao Zhou Xu Sun Ma Gao Lin Guo'), ff: true },
  { cc: 'JP', given: w('Haruto Sakura Ren Aoi Daisuke Misaki Takumi Yui Shota Nanami Kazuya Emi'), family: w('Sato Suzuki Watanabe Ito Kobayashi Kato Yoshida Yamaguchi Matsumoto Inoue Kimura Shimizu'), ff: true },
  { cc: 'KR', given: w('Minjun Seoyeon Jiho Haeun Dohyun Jiwoo Eunji Seungho Yuna Taeyang'), family: w('Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song'), ff: true },
  { cc: 'VN', given: w('Lan Minh Thu Hùng Phương Tuấn Hằng Dũng Ngọc Khoa'), family: w('Phạm Hoàng Huỳnh Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương'), ff: true },
  { cc: 'PH', given: w('Maricel Rodel Jovelyn Arnel Lorna Jericho Marites Rowena Joemar Analyn'), family: w('Dela_Cruz Bautista Mercado Villanueva Macaraeg Soriano Manalo Dimaculangan Tolentino Pangilinan') },
  { cc: 'NG', given: w('Chiamaka Obinna Folake Babatunde Ngozika Emeka Temitope Yetunde Chukwudi Funmilayo Adaeze Olumide'), family: w('Okonkwo Adebayo Nwachukwu Ogunleye Balogun Eze Afolabi Okoro Adeyinka Onyekachi Olaniyan Ibrahim') },
  { cc: 'KE', given: w('Wanjiku Otieno Akinyi Kiprono Nyambura Mutua Chebet Kamau Atieno Njeri'), family: w('Mwangi Ochieng Kipchoge Wambui Odhiambo Njoroge Kiplagat Muthoni Omondi Chege') },
  { cc: 'ZA', given: w('Sipho Thandeka Lindiwe Bongani Nomvula Pieter Anri Themba Zanele Mandla'), family: w('Ndlovu Khumalo van_Wyk Nkosi Botha Mokoena Dube Pretorius Zulu Sithole') },
  { cc: 'SE', given: w('Linnea Oskar Sigrid Gustav Elsa Viggo Astrid Hjalmar Maja Nils'), family: w('Lundqvist Bergman Sjöberg Holm Åkesson Nyström Engström Lindahl Ekström Dahl') },
  { cc: 'AU', given: w('Bronte Jarrod Kylie Lachlan Tahlia Brodie Shane Matilda Mitchell Skye'), family: w('McAllister Kennedy Gilchrist Waugh Bramwell Thorpe Hollis Pearce Cahill Fenwick') },
  { cc: 'CA', given: w('Mathieu Geneviève Tremaine Chantal Kerrigan Sylvie Donovan Isabelle Mackenzie'), family: w('Tremblay Gagnon Bouchard Côté Pelletier Lavoie MacKinnon Fraser Bélanger Poirier') },
  { cc: 'GR', given: w('Giorgos Eleni Dimitris Katerina Nikos Vasiliki Panagiotis Sofia Stavros Despina'), family: w('Papadopoulos Georgiou Nikolaidis Karagiannis Oikonomou Vlachos Alexiou Mavridis Christodoulou Kyriakou') },
  { cc: 'HU', given: w('Zsófia Bence Réka Levente Csilla Gergő Eszter Ákos Boglárka Tamás'), family: w('Nagy Kovács Szabó Tóth Varga Farkas Balogh Papp Takács Juhász'), ff: true },
  { cc: 'US', given: w('Rahim Farzana Tenzin Pema Kalinda Hoku Makoa Noelani Ashkii Nizhoni'), family: w('Rahman Chowdhury Sherpa Lhamo Kahananui Akana Begay Yazzie Tsosie Keawe') },
];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly cu: Culture;
}

function person(r: Rng, cc?: Cc): Person {
  const pool = cc ? CULTURES.filter((c) => c.cc === cc) : CULTURES;
  const cu = r.pick(pool.length ? pool : CULTURES);
  return { given: r.pick(cu.given), family: r.pick(cu.family), cu };
}

/** Full name in the culture's order. */
function full(p: Person): string {
  return p.cu.ff ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
}
/** Given-first in western documents. */
function west(p: Person): string {
  return `${p.given} ${p.family}`;
}
/** One of the many written forms of a name. */
function nameForm(r: Rng, p: Person): string {
  const k = r.int(0, 9);
  if (k <= 3) return full(p);
  if (k === 4) return `${p.family}, ${p.given}`;
  if (k === 5) return full(p).toUpperCase();
  if (k === 6) return `${p.given.charAt(0)}. ${p.family}`;
  if (k === 7) return west(p);
  if (k === 8) return `${p.family.toUpperCase()} ${p.given}`;
  return full(p).toLowerCase();
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const MAIL_DOMAINS = w(
  'gmail.com outlook.com yahoo.co.uk web.de gmx.net orange.fr free.fr hotmail.es yahoo.com.br libero.it ziggo.nl wp.pl ' +
    'yandex.com.tr qq.com 163.com naver.com docomo.ne.jp rediffmail.com icloud.com proton.me bigpond.com shaw.ca otenet.gr freemail.hu',
);
const ORG_DOMAINS = w('nordhafen-logistik.de atelier-sorel.fr clinica-azahar.es kestrel-insure.com brightwater.edu pacificrim-travel.co tessellate.io umoja-freight.co.ke');

function email(r: Rng, p: Person, domain?: string): string {
  const g = ascii(p.given) || `u${r.digits(3)}`;
  const f = ascii(p.family) || `m${r.digits(3)}`;
  const dom = domain ?? r.pick(MAIL_DOMAINS);
  const k = r.int(0, 5);
  const local =
    k === 0 ? `${g}.${f}` : k === 1 ? `${g.charAt(0)}${f}` : k === 2 ? `${f}.${g}${r.int(1, 99)}` : k === 3 ? `${g}_${f}` : k === 4 ? `${g}${r.int(70, 99)}` : `${f}-${g.charAt(0)}`;
  return `${local}@${dom}`;
}

// ---------------------------------------------------------------- countries: phones, addresses, dates

const pad = (n: number, k = 2): string => String(n).padStart(k, '0');
const d = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
/** A North American area code or exchange (first digit 2-9). */
const nanp = (r: Rng): string => String(r.int(2, 9)) + r.digits(2);

const PHONES: Record<Cc, (r: Rng) => string> = {
  US: (r) => r.pick([`(${nanp(r)}) ${nanp(r)}-${d(r, 4)}`, `+1 ${nanp(r)}-${nanp(r)}-${d(r, 4)}`, `${nanp(r)}.${nanp(r)}.${d(r, 4)}`, `1-${nanp(r)}-${nanp(r)}-${d(r, 4)}`]),
  CA: (r) => r.pick([`(${r.pick(['416', '514', '604', '403', '613'])}) ${nanp(r)}-${d(r, 4)}`, `+1 ${r.pick(['902', '819', '780'])} ${nanp(r)} ${d(r, 4)}`]),
  GB: (r) => r.pick([`07${d(r, 3)} ${d(r, 6)}`, `+44 7${d(r, 3)} ${d(r, 6)}`, `0161 ${nz(r, 3)} ${d(r, 4)}`, `+44 (0)20 ${nz(r, 4)} ${d(r, 4)}`]),
  IE: (r) => r.pick([`08${r.int(3, 9)} ${d(r, 3)} ${d(r, 4)}`, `+353 8${r.int(3, 9)} ${d(r, 3)} ${d(r, 4)}`, `(01) ${nz(r, 3)} ${d(r, 4)}`]),
  DE: (r) => r.pick([`015${r.int(1, 9)} ${d(r, 8)}`, `+49 30 ${nz(r, 8)}`, `0${r.pick(['89', '40', '221'])}/${nz(r, 7)}`, `+49 (0)17${r.int(0, 9)} ${d(r, 3)} ${d(r, 4)}`]),
  FR: (r) => r.pick([`0${r.int(6, 7)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `+33 ${r.int(6, 7)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `01.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}`]),
  ES: (r) => r.pick([`6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `+34 6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `91 ${nz(r, 3)} ${d(r, 2)} ${d(r, 2)}`]),
  MX: (r) => r.pick([`55 ${nz(r, 4)} ${d(r, 4)}`, `+52 1 33 ${nz(r, 4)} ${d(r, 4)}`, `(81) ${nz(r, 4)}-${d(r, 4)}`]),
  BR: (r) => r.pick([`(11) 9${d(r, 4)}-${d(r, 4)}`, `+55 21 9${d(r, 4)}-${d(r, 4)}`, `(31) 3${d(r, 3)}-${d(r, 4)}`]),
  IT: (r) => r.pick([`3${r.int(20, 49)} ${d(r, 3)} ${d(r, 4)}`, `+39 06 ${nz(r, 4)} ${d(r, 4)}`, `+39 3${r.int(20, 49)} ${d(r, 7)}`]),
  NL: (r) => r.pick([`06-${nz(r, 8)}`, `+31 6 ${nz(r, 8)}`, `020-${nz(r, 7)}`, `+31 (0)10 ${nz(r, 3)} ${d(r, 4)}`]),
  PL: (r) => r.pick([`${r.int(5, 8)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `+48 ${r.int(5, 8)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `+48 22 ${nz(r, 3)} ${d(r, 2)} ${d(r, 2)}`]),
  TR: (r) => r.pick([`05${r.int(30, 59)} ${nz(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+90 5${r.int(30, 59)} ${nz(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `0(212) ${nz(r, 3)} ${d(r, 2)} ${d(r, 2)}`]),
  AE: (r) => r.pick([`05${r.pick(['0', '2', '5', '6'])} ${nz(r, 3)} ${d(r, 4)}`, `+971 5${r.pick(['0', '5', '6'])} ${nz(r, 3)} ${d(r, 4)}`, `+971 4 ${nz(r, 3)} ${d(r, 4)}`]),
  IN: (r) => r.pick([`9${d(r, 4)} ${d(r, 5)}`, `+91 ${r.int(7, 9)}${d(r, 4)} ${d(r, 5)}`, `+91-${r.int(7, 9)}${d(r, 9)}`, `080-${nz(r, 4)} ${d(r, 4)}`]),
  CN: (r) => r.pick([`13${d(r, 1)} ${d(r, 4)} ${d(r, 4)}`, `+86 15${d(r, 1)} ${d(r, 4)} ${d(r, 4)}`, `(021) ${nz(r, 4)} ${d(r, 4)}`, `18${d(r, 9)}`]),
  JP: (r) => r.pick([`090-${d(r, 4)}-${d(r, 4)}`, `080-${d(r, 4)}-${d(r, 4)}`, `03-${nz(r, 4)}-${d(r, 4)}`, `+81 90-${d(r, 4)}-${d(r, 4)}`]),
  KR: (r) => r.pick([`010-${nz(r, 4)}-${d(r, 4)}`, `+82 10-${nz(r, 4)}-${d(r, 4)}`, `02-${nz(r, 3)}-${d(r, 4)}`]),
  VN: (r) => r.pick([`09${d(r, 1)} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+84 9${d(r, 1)} ${d(r, 3)} ${d(r, 4)}`, `028 ${nz(r, 4)} ${d(r, 4)}`]),
  PH: (r) => r.pick([`09${r.int(15, 99)} ${d(r, 3)} ${d(r, 4)}`, `+63 9${r.int(15, 99)} ${d(r, 3)} ${d(r, 4)}`, `(02) 8${d(r, 3)} ${d(r, 4)}`]),
  NG: (r) => r.pick([`080${r.int(3, 9)} ${d(r, 3)} ${d(r, 4)}`, `+234 80${r.int(3, 9)} ${d(r, 3)} ${d(r, 4)}`, `0${r.pick(['703', '813', '906'])}${d(r, 7)}`]),
  KE: (r) => r.pick([`07${d(r, 2)} ${d(r, 6)}`, `+254 7${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `0${r.int(110, 115)}${d(r, 6)}`]),
  ZA: (r) => r.pick([`08${r.int(1, 4)} ${d(r, 3)} ${d(r, 4)}`, `+27 8${r.int(1, 4)} ${d(r, 3)} ${d(r, 4)}`, `021 ${nz(r, 3)} ${d(r, 4)}`]),
  SE: (r) => r.pick([`07${r.pick(['0', '2', '3', '6'])}-${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+46 7${r.pick(['0', '3'])} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `08-${nz(r, 3)} ${d(r, 3)} ${d(r, 2)}`]),
  AU: (r) => r.pick([`04${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `+61 4${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `(02) 9${d(r, 3)} ${d(r, 4)}`, `(08) 8${d(r, 3)} ${d(r, 4)}`]),
  GR: (r) => r.pick([`69${r.int(3, 9)} ${d(r, 3)} ${d(r, 4)}`, `+30 69${r.int(3, 9)} ${d(r, 3)} ${d(r, 4)}`, `210 ${nz(r, 3)} ${d(r, 4)}`]),
  HU: (r) => r.pick([`06 ${r.pick(['20', '30', '70'])} ${nz(r, 3)} ${d(r, 4)}`, `+36 ${r.pick(['20', '30', '70'])} ${nz(r, 3)} ${d(r, 4)}`, `+36 1 ${nz(r, 3)} ${d(r, 4)}`]),
};

const STREETS = w('Maple Oakridge Willow Harbour Juniper Ashgrove Larkspur Foxglove Kingfisher Meadowbank Quarry Ferncliff Elmstead Copperbeech');
const US_CITIES: readonly (readonly [string, string, string])[] = [
  ['Tacoma', 'WA', '984'], ['Dayton', 'OH', '454'], ['Boise', 'ID', '837'], ['Savannah', 'GA', '314'], ['Albuquerque', 'NM', '871'],
  ['Worcester', 'MA', '016'], ['Fresno', 'CA', '937'], ['Knoxville', 'TN', '379'], ['Duluth', 'MN', '558'], ['Lubbock', 'TX', '794'],
];

/** Postal address lines (no recipient, no company). */
const ADDRS: Record<Cc, (r: Rng) => string[]> = {
  US: (r) => {
    const [c, s, z] = r.pick(US_CITIES);
    const l1 = `${r.int(12, 9870)} ${r.pick(STREETS)} ${r.pick(['St', 'Ave', 'Dr', 'Blvd', 'Lane', 'Ct'])}${r.chance(0.3) ? `, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}` : ''}`;
    return r.chance(0.2) ? [`PO Box ${r.int(100, 9999)}`, `${c}, ${s} ${z}${d(r, 2)}`] : [l1, `${c}, ${s} ${z}${d(r, 2)}${r.chance(0.3) ? `-${d(r, 4)}` : ''}`, ...(r.chance(0.25) ? ['USA'] : [])];
  },
  CA: (r) => {
    const L = 'ABCEGHJKLMNPRSTVXY';
    const pc = `${r.pick([...L])}${r.int(0, 9)}${r.pick([...L])} ${r.int(0, 9)}${r.pick([...L])}${r.int(0, 9)}`;
    return [`${r.int(10, 4999)} ${r.pick(['Rue Saint-Denis', 'Dundas Street West', 'Jasper Avenue', 'Barrington Street', 'Rue Sherbrooke Est'])}${r.chance(0.3) ? `, Unit ${r.int(101, 2405)}` : ''}`, `${r.pick(['Montréal, QC', 'Toronto, ON', 'Edmonton, AB', 'Halifax, NS'])} ${pc}`, ...(r.chance(0.3) ? ['Canada'] : [])];
  },
  GB: (r) => {
    const pc = `${r.pick(['M', 'LS', 'BS', 'EH', 'NG', 'SW', 'CF'])}${r.int(1, 20)} ${r.int(1, 9)}${r.pick(['AB', 'QT', 'HW', 'JX', 'DN', 'RL'])}`;
    return [`${r.chance(0.3) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 240)} ${r.pick(STREETS)} ${r.pick(['Road', 'Close', 'Crescent', 'Gardens', 'Terrace'])}`, r.pick(['Salford', 'Headingley', 'Bristol', 'Edinburgh', 'Nottingham', 'Cardiff']), pc, ...(r.chance(0.2) ? ['United Kingdom'] : [])];
  },
  IE: (r) => [`${r.int(1, 90)} ${r.pick(['Castle', 'Abbey', 'Mill', 'Orchard', 'Church'])} ${r.pick(['View', 'Park', 'Grove', 'Lawn'])}`, `${r.pick(['Ballincollig, Co. Cork', 'Tullamore, Co. Offaly', 'Swords, Co. Dublin', 'Ennis, Co. Clare'])}`, `${r.pick(['P31', 'R35', 'K67', 'V95'])} ${r.pick(['X', 'F', 'W', 'K'])}${d(r, 2)}${r.pick(['T', 'N', 'E'])}`],
  DE: (r) => [`${r.pick(['Lindenallee', 'Am Mühlbach', 'Kastanienweg', 'Hafenstraße', 'Bergstr.', 'Schillerplatz'])} ${r.int(1, 140)}${r.chance(0.2) ? 'a' : ''}`, `${nz(r, 5)} ${r.pick(['Bielefeld', 'Würzburg', 'Leipzig', 'Kiel', 'Freiburg im Breisgau', 'Mainz'])}`, ...(r.chance(0.2) ? ['Deutschland'] : [])],
  FR: (r) => [`${r.int(1, 180)}${r.chance(0.15) ? ' bis' : ''} ${r.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'boulevard de la Liberté', 'impasse des Lilas', 'chemin du Moulin'])}`, ...(r.chance(0.25) ? [`Bât. ${r.pick(['A', 'B', 'C'])}, ${r.int(1, 6)}e étage`] : []), `${nz(r, 5)} ${r.pick(['LYON', 'RENNES', 'MONTPELLIER', 'LILLE', 'NANTES', 'Tours'])}`, ...(r.chance(0.2) ? ['FRANCE'] : [])],
  ES: (r) => [`${r.pick(['C/', 'Calle', 'Avda.', 'Paseo'])} ${r.pick(['del Carmen', 'de la Alameda', 'Mayor', 'de los Olivos', 'San Bernardo'])}, ${r.int(1, 120)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'D', 'izda.'])}`, `${r.pick(['28', '41', '46', '08', '50'])}${d(r, 3)} ${r.pick(['Madrid', 'Sevilla', 'Valencia', 'Barcelona', 'Zaragoza'])}`],
  MX: (r) => [`${r.pick(['Av.', 'Calle', 'Calz.'])} ${r.pick(['de los Insurgentes Sur', 'Río Lerma', 'Tlacotalpan', 'Pino'])} ${r.int(10, 2999)}${r.chance(0.4) ? ` Int. ${r.int(1, 40)}` : ''}, Col. ${r.pick(['Roma Norte', 'Del Valle', 'Americana', 'Mitras Centro'])}`, `C.P. ${nz(r, 5)}, ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}`],
  BR: (r) => [`${r.pick(['Rua', 'Av.', 'Travessa'])} ${r.pick(['das Palmeiras', 'Bela Cintra', 'dos Andradas', 'Sete de Setembro'])}, ${r.int(10, 3000)}${r.chance(0.4) ? ` - apto ${r.int(11, 1204)}` : ''}`, `${r.pick(['Pinheiros', 'Savassi', 'Boa Viagem', 'Centro'])} - ${r.pick(['São Paulo/SP', 'Belo Horizonte/MG', 'Recife/PE', 'Curitiba/PR'])}`, `CEP ${nz(r, 5)}-${d(r, 3)}`],
  IT: (r) => [`${r.pick(['Via', 'Viale', 'Piazza', 'Corso'])} ${r.pick(['dei Mille', 'delle Rose', 'San Vitale', 'Roma', 'della Repubblica'])} ${r.int(1, 200)}${r.chance(0.2) ? '/B' : ''}`, `${nz(r, 5)} ${r.pick(['Bologna (BO)', 'Torino (TO)', 'Bari (BA)', 'Verona (VR)', 'Palermo (PA)'])}`],
  NL: (r) => [`${r.pick(['Prinsengracht', 'Lindenlaan', 'Kerkstraat', 'Molenweg', 'Havenkade'])} ${r.int(1, 400)}${r.chance(0.3) ? '-II' : ''}`, `${nz(r, 4)} ${r.pick(['AB', 'KL', 'TR', 'XZ', 'GM'])} ${r.pick(['Utrecht', 'Groningen', 'Haarlem', 'Eindhoven', 'Zwolle'])}`],
  PL: (r) => [`ul. ${r.pick(['Kwiatowa', 'Polna', 'Długa', 'Lipowa', 'Ogrodowa'])} ${r.int(1, 90)}${r.chance(0.5) ? `/${r.int(1, 60)}` : ''}`, `${r.int(10, 99)}-${d(r, 3)} ${r.pick(['Kraków', 'Poznań', 'Gdańsk', 'Łódź', 'Wrocław'])}`],
  TR: (r) => [`${r.pick(['Bağdat Cad.', 'Cumhuriyet Mah. Gül Sok.', 'Atatürk Bulvarı', 'Moda Cad.'])} No: ${r.int(1, 200)} D: ${r.int(1, 30)}`, `${r.int(10, 81)}${d(r, 3)} ${r.pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir', 'Nilüfer/Bursa'])}`],
  AE: (r) => [`${r.pick(['Apt', 'Flat'])} ${r.int(101, 3402)}, ${r.pick(['Marina Crest', 'Al Noor', 'Palm View', 'Sahara'])} Tower`, `${r.pick(['Dubai Marina', 'Al Barsha 1', 'Al Nahda 2', 'Khalifa City A'])}, ${r.pick(['Dubai', 'Sharjah', 'Abu Dhabi'])}`, ...(r.chance(0.5) ? ['United Arab Emirates'] : [])],
  IN: (r) => [`${r.pick(['Flat', 'H.No.', 'Plot'])} ${r.int(1, 999)}${r.chance(0.3) ? '/B' : ''}, ${r.pick(['Shanti Apartments', 'Green Park Enclave', 'Sai Krupa Residency'])}`, `${r.pick(['MG Road', '4th Cross, Indiranagar', 'Linking Road, Bandra West', 'Anna Salai'])}`, `${r.pick(['Bengaluru', 'Mumbai', 'Chennai', 'Pune', 'Hyderabad'])} - ${r.int(4, 6)}${d(r, 5)}`],
  CN: (r) => r.chance(0.5)
    ? [`${r.pick(['上海市浦东新区', '北京市朝阳区', '广州市天河区', '成都市武侯区'])}${r.pick(['世纪大道', '建国路', '天河路', '人民南路'])}${r.int(1, 999)}号${r.int(1, 30)}栋${r.int(101, 2801)}室`]
    : [`Room ${r.int(101, 2801)}, No. ${r.int(1, 999)} ${r.pick(['Century Avenue', 'Jianguo Road', 'Tianhe Road'])}`, `${r.pick(['Pudong New District, Shanghai', 'Chaoyang District, Beijing', 'Tianhe District, Guangzhou'])} ${nz(r, 6)}`, ...(r.chance(0.4) ? ['China'] : [])],
  JP: (r) => r.chance(0.5)
    ? [`〒${nz(r, 3)}-${d(r, 4)}`, `${r.pick(['東京都世田谷区', '大阪府大阪市北区', '神奈川県横浜市中区', '福岡県福岡市博多区'])}${r.pick(['桜新町', '梅田', '山下町', '博多駅前'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`]
    : [`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Sakurashinmachi', 'Umeda', 'Yamashitacho'])}${r.chance(0.4) ? `, Room ${r.int(101, 905)}` : ''}`, `${r.pick(['Setagaya-ku, Tokyo', 'Kita-ku, Osaka', 'Naka-ku, Yokohama'])} ${nz(r, 3)}-${d(r, 4)}`, ...(r.chance(0.4) ? ['Japan'] : [])],
  KR: (r) => [`${r.pick(['서울특별시 마포구 월드컵로', '부산광역시 해운대구 센텀로', '서울특별시 강남구 테헤란로'])} ${r.int(1, 400)}${r.chance(0.5) ? `, ${r.int(101, 1504)}호` : ''}`, `(${nz(r, 5)})`],
  VN: (r) => [`${r.int(1, 300)}${r.chance(0.3) ? `/${r.int(1, 40)}` : ''} ${r.pick(['Lê Lợi', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Trần Hưng Đạo'])}, Phường ${r.int(1, 15)}, Quận ${r.int(1, 12)}`, `${r.pick(['TP. Hồ Chí Minh', 'Hà Nội', 'Đà Nẵng'])}${r.chance(0.4) ? `, ${nz(r, 6)}` : ''}`],
  PH: (r) => [`${r.chance(0.4) ? `Unit ${r.int(101, 2410)}, ` : ''}${r.int(1, 999)} ${r.pick(['Mabini St.', 'Rizal Ave.', 'Sampaguita St.', 'Katipunan Ave.'])}, Brgy. ${r.pick(['San Isidro', 'Poblacion', 'Malanday', 'Loyola Heights'])}`, `${r.pick(['Quezon City', 'Makati City', 'Cebu City', 'Pasig City'])}, ${nz(r, 4)}${r.chance(0.4) ? ' Metro Manila' : ''}`],
  NG: (r) => [`${r.int(1, 80)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Ogui Road', 'Allen Avenue'])}`, `${r.pick(['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Enugu, Enugu State', 'Ikeja, Lagos State'])}${r.chance(0.4) ? ` ${nz(r, 6)}` : ''}`, ...(r.chance(0.3) ? ['Nigeria'] : [])],
  KE: (r) => r.chance(0.5) ? [`P.O. Box ${r.int(100, 99999)}-00${r.int(100, 623)}`, r.pick(['Nairobi', 'Kisumu', 'Eldoret'])] : [`${r.pick(['Riverside Drive', 'Ngong Road', 'Oginga Odinga Street'])}, House No. ${r.int(1, 90)}`, `${r.pick(['Kilimani, Nairobi', 'Milimani, Kisumu'])} 00${r.int(100, 623)}`, ...(r.chance(0.4) ? ['Kenya'] : [])],
  ZA: (r) => [`${r.int(1, 300)} ${r.pick(['Jan Smuts Avenue', 'Long Street', 'Florida Road', 'Voortrekker Road'])}`, `${r.pick(['Rosebank', 'Gardens', 'Morningside', 'Bellville'])}`, `${r.pick(['Johannesburg', 'Cape Town', 'Durban'])}, ${nz(r, 4)}`],
  SE: (r) => [`${r.pick(['Storgatan', 'Vasavägen', 'Björkvägen', 'Kungsgatan'])} ${r.int(1, 90)}${r.chance(0.3) ? ' lgh 1102' : ''}`, `${nz(r, 3)} ${d(r, 2)} ${r.pick(['Uppsala', 'Malmö', 'Göteborg', 'Umeå'])}`],
  AU: (r) => [`${r.chance(0.4) ? `Unit ${r.int(1, 40)}/` : ''}${r.int(1, 300)} ${r.pick(STREETS)} ${r.pick(['Street', 'Parade', 'Esplanade', 'Road'])}`, `${r.pick(['Fitzroy VIC 3065', 'Glenelg SA 5045', 'Paddington QLD 4064', 'Fremantle WA 6160', 'Newtown NSW 2042'])}`],
  GR: (r) => [`${r.pick(['Ermou', 'Tsimiski', 'Vasilissis Sofias', 'Patision'])} ${r.int(1, 200)}`, `${nz(r, 3)} ${d(r, 2)} ${r.pick(['Athens', 'Thessaloniki', 'Patras'])}`],
  HU: (r) => [`${nz(r, 4)} ${r.pick(['Budapest', 'Debrecen', 'Szeged', 'Pécs'])}`, `${r.pick(['Petőfi Sándor utca', 'Rákóczi út', 'Kossuth Lajos tér', 'Váci utca'])} ${r.int(1, 120)}.${r.chance(0.4) ? ` ${r.int(1, 6)}/${r.int(1, 20)}.` : ''}`],
};

const MONTHS: Record<string, readonly string[]> = {
  en: w('January February March April May June July August September October November December'),
  de: w('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  fr: w('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: w('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  pt: w('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  it: w('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  nl: w('januari februari maart april mei juni juli augustus september oktober november december'),
};

interface Ymd {
  y: number;
  m: number;
  d: number;
}
function birth(r: Rng): Ymd {
  return { y: r.int(1938, 2007), m: r.int(1, 12), d: r.int(1, 28) };
}
function recent(r: Rng): Ymd {
  return { y: r.int(2023, 2026), m: r.int(1, 12), d: r.int(1, 28) };
}
function mon(lang: string, m: number): string {
  return (MONTHS[lang] ?? MONTHS.en ?? [])[m - 1] ?? '';
}
/** A date written the way the country writes it. */
function fmtDate(r: Rng, cc: Cc, x: Ymd): string {
  const D = pad(x.d);
  const M = pad(x.m);
  switch (cc) {
    case 'US':
      return r.pick([`${M}/${D}/${x.y}`, `${x.m}/${x.d}/${x.y}`, `${mon('en', x.m)} ${x.d}, ${x.y}`]);
    case 'CA':
      return r.pick([`${x.y}-${M}-${D}`, `${mon('en', x.m)} ${x.d}, ${x.y}`]);
    case 'GB': case 'IE': case 'AU': case 'NG': case 'KE': case 'ZA': case 'AE': case 'GR':
      return r.pick([`${D}/${M}/${x.y}`, `${x.d} ${mon('en', x.m)} ${x.y}`, `${x.d} ${mon('en', x.m).slice(0, 3)} ${x.y}`]);
    case 'DE':
      return r.pick([`${D}.${M}.${x.y}`, `${x.d}. ${mon('de', x.m)} ${x.y}`]);
    case 'FR':
      return r.pick([`${D}/${M}/${x.y}`, `${x.d === 1 ? '1er' : x.d} ${mon('fr', x.m)} ${x.y}`]);
    case 'ES': case 'MX':
      return r.pick([`${D}/${M}/${x.y}`, `${x.d} de ${mon('es', x.m)} de ${x.y}`]);
    case 'BR':
      return r.pick([`${D}/${M}/${x.y}`, `${x.d} de ${mon('pt', x.m)} de ${x.y}`]);
    case 'IT':
      return r.pick([`${D}/${M}/${x.y}`, `${x.d} ${mon('it', x.m)} ${x.y}`]);
    case 'NL':
      return r.pick([`${D}-${M}-${x.y}`, `${x.d} ${mon('nl', x.m)} ${x.y}`]);
    case 'PL': case 'TR':
      return `${D}.${M}.${x.y}`;
    case 'IN':
      return r.pick([`${D}-${M}-${x.y}`, `${D}/${M}/${x.y}`, `${x.d} ${mon('en', x.m).slice(0, 3)} ${x.y}`]);
    case 'CN':
      return r.pick([`${x.y}年${x.m}月${x.d}日`, `${x.y}-${M}-${D}`]);
    case 'JP':
      return r.pick([`${x.y}年${x.m}月${x.d}日`, `${x.y}/${M}/${D}`]);
    case 'KR':
      return r.pick([`${x.y}.${M}.${D}`, `${x.y}년 ${x.m}월 ${x.d}일`]);
    case 'VN':
      return r.pick([`${D}/${M}/${x.y}`, `${x.d} tháng ${x.m} năm ${x.y}`]);
    case 'PH':
      return r.pick([`${M}/${D}/${x.y}`, `${mon('en', x.m)} ${x.d}, ${x.y}`]);
    case 'SE':
      return `${x.y}-${M}-${D}`;
    case 'HU':
      return `${x.y}. ${M}. ${D}.`;
  }
}

// ---------------------------------------------------------------- checksummed values

function luhnComplete(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}
/** A Luhn-valid number of a real network shape, compact. */
function cardDigits(r: Rng): string {
  const k = r.int(0, 11);
  let pre: string;
  let n: number;
  if (k <= 3) [pre, n] = ['4', r.chance(0.08) ? 19 : 16];
  else if (k <= 5) [pre, n] = [r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720)), 16];
  else if (k === 6) [pre, n] = [r.pick(['34', '37']), 15];
  else if (k === 7) [pre, n] = [r.pick(['6011', '65', String(r.int(644, 649))]), 16];
  else if (k === 8) [pre, n] = [String(r.int(3528, 3589)), 16];
  else if (k === 9) [pre, n] = [r.pick(['36', '38', String(r.int(300, 305))]), 14];
  else if (k === 10) [pre, n] = ['62', r.pick([16, 19])];
  else [pre, n] = ['4', 16];
  return luhnComplete(pre + r.digits(n - pre.length - 1));
}
function groupCard(r: Rng, c: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (c.length === 15) return [c.slice(0, 4), c.slice(4, 10), c.slice(10)].join(sep);
  if (c.length === 14) return [c.slice(0, 4), c.slice(4, 10), c.slice(10)].join(sep);
  const g: string[] = [];
  for (let i = 0; i < c.length; i += 4) g.push(c.slice(i, i + 4));
  return g.join(sep);
}
function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}
/** Card-like but Luhn-invalid. */
function badCard(r: Rng): string {
  const c = cardDigits(r);
  const last = (Number(c.charAt(c.length - 1)) + r.int(1, 9)) % 10;
  return groupCard(r, c.slice(0, -1) + String(last));
}
function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${d(r, 4)}`, `XXXX-XXXX-XXXX-${d(r, 4)}`, `${r.pick(['Visa', 'Mastercard', 'Amex'])} ending ${d(r, 4)}`, `•••• ${d(r, 4)}`]);
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
const LETTER_BANKS: Record<string, number> = { GB: 4, IE: 4, NL: 4, MT: 4, BG: 4, QA: 4, KW: 4, LV: 4, CY: 0, RO: 4 };
const IBAN_CCS = Object.keys(IBAN_LENGTHS);
function ibanCompact(r: Rng, cc?: string): string {
  const c = cc && IBAN_LENGTHS[cc] ? cc : r.pick(IBAN_CCS);
  const len = IBAN_LENGTHS[c] ?? 22;
  const nl = LETTER_BANKS[c] ?? 0;
  let bban = '';
  for (let i = 0; i < nl; i++) bban += String.fromCharCode(65 + r.int(0, 25));
  bban += r.digits(len - 4 - nl);
  const check = 98 - mod97(bban + c + '00');
  return c + pad(check) + bban;
}
function groupIban(r: Rng, c: string): string {
  const k = r.int(0, 5);
  if (k <= 2) return c.replace(/(.{4})(?=.)/g, '$1 ');
  if (k === 3) return c;
  if (k === 4) return c.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
  return c.replace(/(.{4})(?=.)/g, '$1 ');
}
function iban(r: Rng, cc?: string): string {
  return groupIban(r, ibanCompact(r, cc));
}
/** Right shape, wrong check digits. */
function badIban(r: Rng, cc?: string): string {
  const c = ibanCompact(r, cc);
  const ck = Number(c.slice(2, 4));
  const out = c.slice(0, 2) + pad(2 + ((ck - 2 + r.int(1, 95)) % 97)) + c.slice(4);
  return out.replace(/(.{4})(?=.)/g, '$1 ');
}

function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const g = r.int(1, 99);
  const s = r.int(1, 9999);
  const sep = r.pick(['-', '-', '-', ' ', '']);
  return `${pad(a, 3)}${sep}${pad(g)}${sep}${pad(s, 4)}`;
}
function maskedSsn(r: Rng): string {
  return r.pick([`***-**-${nz(r, 4)}`, `XXX-XX-${nz(r, 4)}`, `xxx-xx-${nz(r, 4)}`]);
}
function ein(r: Rng): string {
  return `${r.int(10, 88)}-${nz(r, 7)}`;
}

function ipv4(r: Rng): string {
  const first = r.pick([r.int(11, 223), 192, 10, 172, 81, 203, 41, 187]);
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function hex(r: Rng): string {
  return r.int(1, 0xffff).toString(16);
}
function ipv6(r: Rng): string {
  const pre = r.pick(['2001:db8', '2a02:8108', '2600:1700', '2804:14c', '2400:4051', 'fe80:']);
  if (pre === 'fe80:') return `fe80::${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}`;
  return r.chance(0.5) ? `${pre}:${hex(r)}:${hex(r)}::${hex(r)}` : `${pre}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}`;
}
function ip(r: Rng): string {
  return r.chance(0.7) ? ipv4(r) : ipv6(r);
}
function ver(r: Rng): string {
  return `${r.int(1, 12)}.${r.int(0, 30)}.${r.int(0, 99)}${r.chance(0.5) ? `.${r.int(0, 400)}` : ''}`;
}
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function code(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALNUM.charAt(r.int(0, ALNUM.length - 1));
  return s;
}
function sha(r: Rng, n = 40): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}

// ---------------------------------------------------------------- helpers for templates

type Tpl = (r: Rng, x: Doc) => void;

const ph = (r: Rng, cc: Cc): string => PHONES[cc](r);
const ad = (r: Rng, cc: Cc): string[] => ADDRS[cc](r);
const dob = (r: Rng, cc: Cc): string => fmtDate(r, cc, birth(r));
const day = (r: Rng, cc: Cc): string => fmtDate(r, cc, recent(r));
const ALL_CC: readonly Cc[] = ['US', 'GB', 'IE', 'DE', 'FR', 'ES', 'MX', 'BR', 'IT', 'NL', 'PL', 'TR', 'AE', 'IN', 'CN', 'JP', 'KR', 'VN', 'PH', 'NG', 'KE', 'ZA', 'SE', 'AU', 'CA', 'GR', 'HU'];
const EU_IBAN: readonly Cc[] = ['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'IE', 'GB', 'SE', 'GR', 'HU', 'TR', 'AE', 'BR'];

/** Labels a multi-line (or single-line joined) address. */
function addr(x: Doc, lines: readonly string[], sep = '\n'): Doc {
  return x.l('ADDRESS', lines.join(sep));
}
/** The main person of a document: sometimes the user's own (known) name. */
function me(r: Rng, x: Doc, p: Person, prefer?: string): Doc {
  if (r.chance(0.4)) return x.self(prefer && !prefer.includes(',') ? prefer : full(p));
  return x.l('PERSON', prefer && r.chance(0.5) ? prefer : nameForm(r, p));
}
/** OCR noise in a field label only: l/1 and O/0 swaps, broken spacing. */
function ocr(r: Rng, label: string): string {
  let s = label;
  if (r.chance(0.5)) s = s.replace(/l/g, () => (r.chance(0.6) ? '1' : 'l'));
  if (r.chance(0.4)) s = s.replace(/O/g, '0').replace(/o(?=[a-z]*:)/, '0');
  if (r.chance(0.35) && s.length > 4) {
    const i = r.int(1, s.length - 2);
    if (s.charAt(i) !== ' ' && s.charAt(i - 1) !== ' ') s = s.slice(0, i) + ' ' + s.slice(i);
  }
  return s;
}
const money = (r: Rng, lo = 5, hi = 900): string => `${r.int(lo, hi)}.${pad(r.int(0, 99))}`;
const COMPANIES = w('Fernwood_Outfitters Sorel_&_Fils Kestrel_Mutual Azahar_Salud Umoja_Freight Tessellate_Ltd Nordhafen_Logistik Baobab_Mobile Pinecrest_Pharmacy Harborline_Bank Lumen_Dental Quokka_Rentals');
const EPONYMS = w('Alzheimer’s_disease Parkinson’s Crohn’s_disease the_Nobel_Prize Hodgkin_lymphoma Asperger_syndrome Tourette’s Down_syndrome Graves’_disease the_Magnitsky_Act');
const PEOPLE_BRANDS = w('Ben_&_Jerry’s Ford_Ranger Tesla_Model_3 Dr._Martens Jack_Daniel’s Wendy’s Hugo_Boss Ralph_Lauren Mercedes-Benz Ferrari Dell_XPS Johnson_&_Johnson');
const PLACES = w('Washington_Heights Victoria_Station St._Petersburg Lake_Louise Port_Elizabeth Mount_Kosciuszko Queen_Elizabeth_Hospital San_José Martin_Luther_King_Jr._Blvd Simón_Bolívar_Airport');

// ---------------------------------------------------------------- templates: scanned forms (OCR)

const T: Tpl[] = [];

// 1 patient registration form, OCR
T.push((r, x) => {
  const cc = r.pick<Cc>(['US', 'GB', 'AU', 'IE', 'CA', 'ZA']);
  const p = person(r, cc);
  x.t(`[scan p.1/2]  ${ocr(r, 'NEW PATIENT REGISTRATION')}\n${ocr(r, 'Full name')}: `);
  me(r, x, p, west(p));
  x.t(`\n${ocr(r, 'Date of birth')}: `).l('DOB', dob(r, cc)).t(`   ${ocr(r, 'Sex')}: ${r.pick(['F', 'M', 'X'])}\n${ocr(r, 'Home address')}:\n`);
  addr(x, ad(r, cc));
  x.t(`\n${ocr(r, 'Mobile')}: `).l('PHONE', ph(r, cc)).t(`\n${ocr(r, 'Email')}: `).l('EMAIL', email(r, p));
  const k = person(r, cc);
  x.t(`\n${ocr(r, 'Emergency contact')}: `).l('PERSON', west(k)).t(` (${r.pick(['spouse', 'mother', 'son', 'friend'])}) `).l('PHONE', ph(r, cc));
  x.t(`\n${ocr(r, 'Allergies')}: ${r.pick(['none known', 'penicillin', 'latex, shellfish'])}\n${ocr(r, 'Signature')}: ________  ${ocr(r, 'Date')}: ${day(r, cc)}\n`);
});

// 2 US employment eligibility / payroll form, OCR
T.push((r, x) => {
  const p = person(r, 'US');
  x.t(`${ocr(r, 'EMPLOYEE WITHHOLDING INFORMATION')} — page 1\n${ocr(r, 'Last name')}: `).l('PERSON', p.family.toUpperCase()).t(`  ${ocr(r, 'First name')}: `).l('PERSON', p.given.toUpperCase());
  x.t(`\n${ocr(r, 'Social Security No.')}: `).l('NATIONAL_ID', ssn(r)).t(`\n${ocr(r, 'Address')}: `);
  addr(x, ad(r, 'US'), ', ');
  x.t(`\n${ocr(r, 'Date of Birth')}: `).l('DOB', dob(r, 'US')).t(`\n${ocr(r, 'Employer EIN')}: ${ein(r)}   ${ocr(r, 'Filing status')}: ${r.pick(['Single', 'Married filing jointly', 'Head of household'])}\n`);
});

// 3 SEPA direct debit mandate, OCR
T.push((r, x) => {
  const cc = r.pick<Cc>(['DE', 'FR', 'NL', 'ES', 'IT']);
  const p = person(r, cc);
  x.t(`${ocr(r, 'SEPA-Lastschriftmandat / SEPA Direct Debit Mandate')}\n${ocr(r, 'Mandate reference')}: MR-${code(r, 10)}   ${ocr(r, 'Creditor ID')}: ${cc}${d(r, 2)}ZZZ0000${d(r, 7)}\n${ocr(r, 'Name of debtor')}: `);
  me(r, x, p);
  x.t(`\n${ocr(r, 'Address')}: `);
  addr(x, ad(r, cc), ', ');
  x.t(`\n${ocr(r, 'IBAN')}: `).l('IBAN', iban(r, cc)).t(`\n${ocr(r, 'BIC')}: ${code(r, 4)}${cc}${code(r, 2)}\n${ocr(r, 'Place, date')}: ${r.pick(['Köln', 'Lyon', 'Utrecht', 'Sevilla', 'Parma'])}, ${day(r, cc)}\n`);
});

// 4 car rental agreement, OCR
T.push((r, x) => {
  const cc = r.pick<Cc>(['US', 'AU', 'GB', 'ZA']);
  const p = person(r);
  x.t(`${ocr(r, 'RENTAL AGREEMENT')} #RA${d(r, 8)}\n${ocr(r, 'Driver')}: `).l('PERSON', `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`);
  x.t(`\n${ocr(r, 'D.O.B.')}: `).l('DOB', dob(r, cc)).t(`   ${ocr(r, 'Licence No')}: ${code(r, 2)}${d(r, 7)}\n${ocr(r, 'Local address')}: `);
  addr(x, ad(r, cc), ', ');
  x.t(`\n${ocr(r, 'Contact')}: `).l('PHONE', ph(r, p.cu.cc)).t(`\n${ocr(r, 'Card on file')}: `);
  if (r.chance(0.7)) x.l('CARD', card(r));
  else x.t(maskedCard(r));
  x.t(`  ${ocr(r, 'Exp')}: ${pad(r.int(1, 12))}/${r.int(27, 31)}\n${ocr(r, 'Vehicle')}: ${r.pick(['Toyota Corolla', 'Ford Ranger', 'Kia Picanto', 'Tesla Model 3'])}  ${ocr(r, 'Odometer')}: ${r.int(4000, 90000)} km\n`);
});

// 5 card payment authorisation form, OCR
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const p = person(r, cc);
  x.t(`${ocr(r, 'CREDIT CARD AUTHORIZATION FORM')}\n${ocr(r, 'Cardholder name')}: `);
  me(r, x, p);
  x.t(`\n${ocr(r, 'Card number')}: `).l('CARD', card(r)).t(`\n${ocr(r, 'Expiry')}: ${pad(r.int(1, 12))}/${r.int(26, 32)}   CVV: ${d(r, 3)}\n${ocr(r, 'Billing address')}: `);
  addr(x, ad(r, cc), ', ');
  x.t(`\n${ocr(r, 'Phone')}: `).l('PHONE', ph(r, cc)).t(`\n${ocr(r, 'Amount authorised')}: ${money(r)} ${r.pick(['USD', 'EUR', 'GBP', 'AUD'])}\n`);
});

// 6 Japanese resume-style form (OCR of 履歴書)
T.push((r, x) => {
  const p = person(r, 'JP');
  const kanjiFam = r.pick(w('佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤'));
  const kanjiGiv = r.pick(w('陽翔 さくら 蓮 葵 大輔 美咲 拓海 結衣 翔太 七海'));
  x.t(`履 歴 書   ${day(r, 'JP')}現在\nふりがな ${r.pick(['さとう', 'すずき', 'たなか'])}\n氏名 `).l('PERSON', `${kanjiFam} ${kanjiGiv}`).t(`（`).l('PERSON', `${p.family} ${p.given}`).t(`）\n生年月日 `).l('DOB', fmtDate(r, 'JP', birth(r))).t(`生（満${r.int(20, 60)}歳）\n現住所 `);
  addr(x, ad(r, 'JP'), ' ');
  x.t(`\n電話 `).l('PHONE', ph(r, 'JP')).t(`\nE-mail `).l('EMAIL', email(r, p)).t(`\n学歴・職歴: ${r.pick(['早稲田大学 商学部 卒業', '株式会社ミドリ商事 入社', '東京工業高等専門学校 卒業'])}\n`);
});

// ---------------------------------------------------------------- invoices, receipts

// 7 EU invoice
T.push((r, x) => {
  const cc = r.pick<Cc>(['DE', 'FR', 'NL', 'IT', 'ES', 'PL']);
  const p = person(r, cc);
  const seller = r.pick(COMPANIES);
  x.t(`${seller}\n${r.pick(['Rechnung', 'Facture', 'Factuur', 'Fattura', 'Factura', 'Faktura'])} Nr. ${r.int(2024, 2026)}-${d(r, 5)}   ${day(r, cc)}\nUSt-IdNr./VAT: ${cc}${d(r, 9)}\n\n`);
  me(r, x, p, west(p));
  x.t('\n');
  addr(x, ad(r, cc));
  x.t(`\n\n1 x ${r.pick(['Wartung Heizung', 'Consultation', 'Reparatur Waschmaschine', 'Abonnement annuel'])} ... ${money(r, 40, 900)} EUR\n${r.pick(['MwSt', 'TVA', 'BTW', 'IVA'])} ${r.pick(['19', '20', '21', '22'])}% ... ${money(r, 5, 150)} EUR\n\nZahlbar an / Payable to: ${seller}, IBAN `).l('IBAN', iban(r, cc)).t(`\nReferenz: ${code(r, 8)}\n`);
});

// 8 US contractor invoice with remit info
T.push((r, x) => {
  const p = person(r, 'US');
  const c = person(r, 'US');
  x.t(`INVOICE #${r.int(1000, 9999)}\nFrom: `).l('PERSON', west(p)).t(` — Handyman Services\n`);
  addr(x, ad(r, 'US'));
  x.t(`\n`).l('PHONE', ph(r, 'US')).t(` | `).l('EMAIL', email(r, p)).t(`\n\nBill to: `);
  me(r, x, c, west(c));
  x.t(`\n`);
  addr(x, ad(r, 'US'));
  x.t(`\n\nLabor 6 hrs @ $65 ... $390.00\nParts (Home Depot receipt #${d(r, 12)}) ... $${money(r)}\nTIN on file: `).l('NATIONAL_ID', ssn(r)).t(`\nRouting ${r.pick(['021000021', '026009593', '121000358'])}  Acct ending ${d(r, 4)}\n`);
});

// 9 retail receipt (mostly masked card, cashier first name)
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const cashier = person(r, cc);
  x.t(`${r.pick(COMPANIES).toUpperCase()}\nStore #${d(r, 4)}  Reg ${r.int(1, 9)}  Txn ${d(r, 6)}\n${day(r, cc)} ${pad(r.int(8, 21))}:${pad(r.int(0, 59))}\nCashier: `).l('PERSON', cashier.given);
  x.t(`\n${r.pick(['Oat milk 1L', 'AA batteries x8', 'Shampoo 400ml', 'Notebook A5'])}   ${money(r, 1, 30)}\n${r.pick(['Rice 5kg', 'Coffee beans', 'HDMI cable'])}   ${money(r, 3, 40)}\nTOTAL   ${money(r, 10, 90)}\n`);
  x.t(`${maskedCard(r)}  AUTH ${code(r, 6)}\n`);
  if (r.chance(0.5)) x.t(`Loyalty member: `).l('EMAIL', email(r, person(r, cc))).t('\n');
  else x.t(`Questions? Call `).l('PHONE', ph(r, cc)).t('\n');
  x.t(`Thank you for shopping with us!\n`);
});

// 10 hotel folio
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const p = person(r);
  x.t(`GUEST FOLIO   Room ${r.int(101, 1820)}   Conf. ${code(r, 8)}\nGuest: `);
  me(r, x, p);
  x.t(`\nHome address: `);
  addr(x, ad(r, p.cu.cc), ', ');
  x.t(`\nArrival ${day(r, cc)}   Departure ${day(r, cc)}\nRoom charge ... ${money(r, 80, 400)}\nMinibar ... ${money(r, 4, 40)}\nPayment: `);
  if (r.chance(0.8)) x.l('CARD', card(r));
  else x.t(maskedCard(r));
  x.t(`\nGuest e-mail: `).l('EMAIL', email(r, p)).t('\n');
});

// 11 Mexican CFDI / factura
T.push((r, x) => {
  const p = person(r, 'MX');
  x.t(`FACTURA CFDI 4.0   Folio ${code(r, 4)}-${d(r, 6)}\nUUID: ${sha(r, 8)}-${sha(r, 4)}-${sha(r, 4)}-${sha(r, 4)}-${sha(r, 12)}\nReceptor: `);
  me(r, x, p);
  x.t(`\nRFC receptor: ${code(r, 4)}${d(r, 6)}${code(r, 3)}   Uso CFDI: G03\nDomicilio fiscal: `);
  addr(x, ad(r, 'MX'), ', ');
  x.t(`\nTel. `).l('PHONE', ph(r, 'MX')).t(`   Correo: `).l('EMAIL', email(r, p)).t(`\nFecha de emisión: ${day(r, 'MX')}   Total: $${money(r, 200, 9000)} MXN\n`);
});

// 12 Chinese receipt / 发票
T.push((r, x) => {
  const fam = r.pick(w('张 王 李 刘 陈 杨 黄 赵 周 吴'));
  const giv = r.pick(w('伟 芳 娜 秀英 敏 静 丽 强 磊 洋 艳 勇'));
  x.t(`电子发票（普通发票）\n发票号码：${d(r, 20)}\n开票日期：${fmtDate(r, 'CN', recent(r))}\n购买方名称：`).l('PERSON', fam + giv);
  x.t(`\n联系电话：`).l('PHONE', ph(r, 'CN')).t(`\n地址：`);
  addr(x, ad(r, 'CN'), ' ');
  x.t(`\n项目：${r.pick(['技术服务费', '办公用品', '餐饮服务'])}  金额：¥${money(r, 50, 3000)}\n`);
});

// ---------------------------------------------------------------- bank

// 13 bank statement excerpt (EU)
T.push((r, x) => {
  const cc = r.pick<Cc>(['DE', 'NL', 'FR', 'IT', 'ES', 'IE', 'GB']);
  const p = person(r, cc);
  x.t(`Kontoauszug / Statement ${r.int(1, 12)}/${r.int(2024, 2026)}\nAccount holder: `);
  me(r, x, p);
  x.t(`\nIBAN `).l('IBAN', iban(r, cc)).t(`\n\nDate        Description                                   Amount\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const q = person(r);
    x.t(`${day(r, cc)}  ${r.pick(['SEPA transfer from', 'Überweisung an', 'Virement de', 'Overboeking naar'])} `).l('PERSON', nameForm(r, q).toUpperCase()).t(' ');
    if (r.chance(0.7)) x.l('IBAN', iban(r));
    else x.t(`ref ${code(r, 10)}`);
    x.t(`   ${r.chance(0.5) ? '-' : '+'}${money(r, 5, 2000)}\n`);
  }
  x.t(`${day(r, cc)}  CARD PAYMENT ${r.pick(PEOPLE_BRANDS)} ${r.pick(['Berlin', 'Paris', 'Dublin'])}   -${money(r, 3, 60)}\nClosing balance ${money(r, 100, 9000)}\n`);
});

// 14 transfer confirmation
T.push((r, x) => {
  const cc = r.pick(EU_IBAN);
  const a = person(r, cc);
  const b = person(r);
  x.t(`Transfer confirmation — ${r.pick(['Harborline Bank', 'Banco Azahar', 'Nordhafen Sparkasse', 'Revolut'])}\nStatus: Executed on ${day(r, cc)}\n\nFrom: `);
  me(r, x, a, west(a));
  x.t(`\n  `).l('IBAN', iban(r, cc)).t(`\nTo: `).l('PERSON', nameForm(r, b)).t(`\n  `).l('IBAN', iban(r)).t(`\nAmount: ${money(r, 20, 5000)} EUR\nReference: ${r.pick(['Miete', 'rent', 'loyer', 'Invoice', 'Kaution'])} ${code(r, 6)}\nTransaction ID: ${sha(r, 16).toUpperCase()}\n`);
});

// 15 US wire/ACH confirmation
T.push((r, x) => {
  const p = person(r, 'US');
  const q = person(r);
  x.t(`Outgoing Wire Confirmation\nFed reference: ${d(r, 8)}${code(r, 4)}\nOriginator: `);
  me(r, x, p);
  x.t(`, `);
  addr(x, ad(r, 'US'), ', ');
  x.t(`\nBeneficiary: `).l('PERSON', west(q).toUpperCase()).t(`\nBeneficiary IBAN: `).l('IBAN', iban(r)).t(`\nIntermediary ABA: ${r.pick(['021000089', '026009593', '011000138'])}\nAmount: USD ${money(r, 500, 20000)}\nContact on file: `).l('PHONE', ph(r, 'US')).t('\n');
});

// 16 Nigerian bank transfer receipt
T.push((r, x) => {
  const a = person(r, 'NG');
  const b = person(r, 'NG');
  x.t(`${r.pick(['GTBank', 'Access Bank', 'Zenith', 'Opay'])} Transaction Receipt\nTransaction Date: ${day(r, 'NG')} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}\nSender: `);
  me(r, x, a, full(a).toUpperCase());
  x.t(`\nBeneficiary: `).l('PERSON', full(b).toUpperCase()).t(`\nBeneficiary Account: ${d(r, 10)}\nAmount: ₦${r.int(2, 900)},${d(r, 3)}.00\nNarration: ${r.pick(['school fees', 'rent balance', 'for mama', 'POS settlement'])}\nSession ID: ${d(r, 30)}\nSupport: `).l('PHONE', ph(r, 'NG')).t('\n');
});

// 17 Kenyan mobile-money SMS
T.push((r, x) => {
  const b = person(r, 'KE');
  x.t(`${code(r, 10)} Confirmed. Ksh${r.int(50, 20000)}.00 sent to `).l('PERSON', full(b).toUpperCase()).t(' ').l('PHONE', ph(r, 'KE').replace(/\s/g, ''));
  x.t(` on ${r.int(1, 28)}/${r.int(1, 12)}/${r.int(24, 26)} at ${r.int(1, 12)}:${pad(r.int(0, 59))} PM. New balance is Ksh${r.int(0, 90000)}.00. Transaction cost, Ksh${r.int(0, 100)}.00.\n`);
});

// 18 Filipino remittance slip
T.push((r, x) => {
  const s = person(r, 'PH');
  const rc = person(r, 'PH');
  x.t(`REMITTANCE RECEIPT  MTCN ${d(r, 10)}\nSender: `);
  me(r, x, s, west(s));
  x.t(` (${r.pick(['Dubai', 'Riyadh', 'Hong Kong', 'Doha'])})\nReceiver: `).l('PERSON', west(rc)).t(`\nReceiver address: `);
  addr(x, ad(r, 'PH'), ', ');
  x.t(`\nReceiver mobile: `).l('PHONE', ph(r, 'PH')).t(`\nPayout: PHP ${r.int(1, 90)},${d(r, 3)}.00  Rate ${r.int(14, 16)}.${d(r, 2)}\n`);
});

// ---------------------------------------------------------------- medical

// 19 German prescription
T.push((r, x) => {
  const p = person(r, 'DE');
  const doc = person(r, 'DE');
  x.t(`Muster 16 — Kassenrezept\nKrankenkasse: ${r.pick(['AOK Nordwest', 'TK', 'Barmer', 'DAK-Gesundheit'])}   Versicherten-Nr.: ${code(r, 1)}${d(r, 9)}\nName, Vorname des Versicherten:\n`).l('PERSON', `${p.family}, ${p.given}`);
  x.t(`\ngeb. am `).l('DOB', fmtDate(r, 'DE', birth(r))).t('\n');
  addr(x, ad(r, 'DE'));
  x.t(`\n\nRp. ${r.pick(['Ibuprofen 600 mg', 'Ramipril 5 mg', 'Metformin 1000 mg', 'Amoxicillin 1000 mg'])} N${r.int(1, 3)} 1-0-1\nArzt: Dr. med. `).l('PERSON', west(doc)).t(`, ${r.pick(['Allgemeinmedizin', 'Innere Medizin'])}, BSNR ${d(r, 9)}   Datum: ${day(r, 'DE')}\n`);
});

// 20 UK lab result
T.push((r, x) => {
  const cc = r.pick<Cc>(['GB', 'IE', 'AU']);
  const p = person(r);
  const cons = person(r, cc);
  x.t(`PATHOLOGY REPORT\nPatient: `);
  me(r, x, p, `${p.family.toUpperCase()}, ${p.given}`);
  x.t(`   ${ocr(r, 'DOB')}: `).l('DOB', dob(r, cc)).t(`   Hosp No: ${code(r, 1)}${d(r, 7)}\nNHS/IHI No: ${d(r, 3)} ${d(r, 3)} ${d(r, 4)}\nRequested by: Dr `).l('PERSON', `${cons.given.charAt(0)} ${cons.family}`).t(`   Collected: ${day(r, cc)}\n\nHbA1c   ${r.int(30, 80)} mmol/mol   (20-41)\neGFR    ${r.int(40, 110)} mL/min/1.73m2\nTSH     ${r.int(0, 6)}.${r.int(0, 9)} mU/L\nComment: ${r.pick(['Please repeat in 3 months.', 'Consistent with Graves’ disease follow-up.', 'No action needed.'])}\n`);
});

// 21 US lab / EOB with SSN
T.push((r, x) => {
  const p = person(r, 'US');
  x.t(`EXPLANATION OF BENEFITS — THIS IS NOT A BILL\nMember: `);
  me(r, x, p, west(p));
  x.t(`   Member ID: ${code(r, 3)}${d(r, 9)}\nSubscriber SSN: `).l('NATIONAL_ID', ssn(r)).t(`   DOB: `).l('DOB', dob(r, 'US')).t(`\nProvider: ${r.pick(['Lumen Dental', 'Pinecrest Urgent Care', 'Mayo Clinic', 'St. Jude Children’s'])}\nClaim #${d(r, 12)}   Service date ${day(r, 'US')}\nBilled $${money(r, 100, 3000)}  Allowed $${money(r, 50, 900)}  You owe $${money(r, 0, 300)}\nQuestions: `).l('PHONE', ph(r, 'US')).t('\n');
});

// 22 Spanish prescription / informe
T.push((r, x) => {
  const cc = r.pick<Cc>(['ES', 'MX']);
  const p = person(r, cc);
  const doc = person(r, cc);
  x.t(`RECETA MÉDICA\nPaciente: `);
  me(r, x, p);
  x.t(`\nFecha de nacimiento: `).l('DOB', dob(r, cc)).t(`\nDomicilio: `);
  addr(x, ad(r, cc), ', ');
  x.t(`\nTeléfono: `).l('PHONE', ph(r, cc)).t(`\nDiagnóstico: ${r.pick(['faringitis aguda', 'enfermedad de Crohn', 'hipertensión arterial'])}\nTratamiento: ${r.pick(['Paracetamol 1 g c/8h', 'Omeprazol 20 mg', 'Enalapril 10 mg'])}\nDra. `).l('PERSON', west(doc)).t(` — Col. ${d(r, 9)}  Fecha: ${day(r, cc)}\n`);
});

// 23 vet record (pet birthday is not a DOB)
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const o = person(r, cc);
  x.t(`VACCINATION CERTIFICATE\nPet: ${r.pick(['Biscuit', 'Luna', 'Max', 'Churro', 'Mochi'])} (${r.pick(['cat', 'dog', 'rabbit'])})  Born: ${day(r, cc)}\nMicrochip: ${d(r, 15)}\nOwner: `);
  me(r, x, o);
  x.t(`\nOwner phone: `).l('PHONE', ph(r, cc)).t(`\nRabies: ${day(r, cc)}  next due ${day(r, cc)}\n`);
});

// ---------------------------------------------------------------- insurance

// 24 French insurance policy
T.push((r, x) => {
  const p = person(r, 'FR');
  x.t(`CONDITIONS PARTICULIÈRES — Contrat n° ${d(r, 10)}\nAssuré : `);
  me(r, x, p, `${p.family.toUpperCase()} ${p.given}`);
  x.t(`\nNé(e) le : `).l('DOB', fmtDate(r, 'FR', birth(r))).t(`\nAdresse :\n`);
  addr(x, ad(r, 'FR'));
  x.t(`\nTél. : `).l('PHONE', ph(r, 'FR')).t(`\nPrélèvement mensuel sur IBAN : `).l('IBAN', iban(r, 'FR')).t(`\nCotisation : ${money(r, 10, 90)} € / mois   Effet : ${day(r, 'FR')}\n`);
});

// 25 US auto claim
T.push((r, x) => {
  const p = person(r, 'US');
  const o = person(r, 'US');
  x.t(`FIRST NOTICE OF LOSS\nClaim no.: ${r.pick(['AU', 'CL'])}-${d(r, 9)}\nPolicyholder: `);
  me(r, x, p);
  x.t(`\nMailing address:\n`);
  addr(x, ad(r, 'US'));
  if (r.chance(0.6)) x.t(`\nSSN (for subrogation): `).l('NATIONAL_ID', ssn(r));
  x.t(`\nPhone: `).l('PHONE', ph(r, 'US')).t(`   Email: `).l('EMAIL', email(r, p)).t(`\nLoss date: ${day(r, 'US')}  Location: ${r.pick(PLACES)}\nOther driver: `).l('PERSON', west(o)).t(`, phone `).l('PHONE', ph(r, 'US')).t(`\nVehicle: ${r.int(2012, 2025)} ${r.pick(['Ford F-150', 'Honda Civic', 'Tesla Model 3'])} VIN ${code(r, 17)}\n`);
});

// 26 travel insurance claim (multi-country)
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const p = person(r, cc);
  x.t(`Travel Insurance Claim Form\n1. ${ocr(r, 'Insured person')}: `);
  me(r, x, p);
  x.t(`\n2. ${ocr(r, 'Date of birth')}: `).l('DOB', dob(r, cc)).t(`\n3. ${ocr(r, 'Policy')} no.: TRV-${d(r, 8)}\n4. ${ocr(r, 'Bank details for reimbursement')}: `);
  x.l('IBAN', iban(r)).t(`\n5. ${ocr(r, 'Incident')}: ${r.pick(['lost luggage on flight', 'hospital visit abroad', 'trip cancelled due to storm Ciarán'])}\n6. ${ocr(r, 'Contact')}: `).l('EMAIL', email(r, p)).t('\n');
});

// ---------------------------------------------------------------- contracts

// 27 Spanish rental contract
T.push((r, x) => {
  const a = person(r, 'ES');
  const b = person(r);
  x.t(`CONTRATO DE ARRENDAMIENTO DE VIVIENDA\nEn ${r.pick(['Madrid', 'Valencia', 'Bilbao'])}, a ${day(r, 'ES')}\n\nREUNIDOS\nDe una parte, D. `).l('PERSON', west(a)).t(`, con DNI ${d(r, 8)}${code(r, 1)}, en calidad de ARRENDADOR.\nDe otra parte, D.ª `);
  me(r, x, b, west(b));
  x.t(`, nacida el `).l('DOB', dob(r, 'ES')).t(`, con NIE ${code(r, 1)}${d(r, 7)}${code(r, 1)}, en calidad de ARRENDATARIA.\n\nObjeto: la vivienda sita en `);
  addr(x, ad(r, 'ES'), ', ');
  x.t(`.\nRenta: ${r.int(600, 1900)} € mensuales, a ingresar en la cuenta `).l('IBAN', iban(r, 'ES')).t(`.\n`);
});

// 28 Dutch/German employment contract
T.push((r, x) => {
  const cc = r.pick<Cc>(['NL', 'DE']);
  const p = person(r, cc);
  const boss = person(r, cc);
  x.t(cc === 'NL' ? `ARBEIDSOVEREENKOMST\nWerknemer: ` : `ARBEITSVERTRAG\nArbeitnehmer/in: `);
  me(r, x, p);
  x.t(cc === 'NL' ? `\ngeboren op ` : `\ngeboren am `).l('DOB', dob(r, cc)).t(cc === 'NL' ? `\nwonende te ` : `\nwohnhaft in `);
  addr(x, ad(r, cc), ', ');
  x.t(`\n${cc === 'NL' ? 'BSN' : 'Steuer-ID'}: ${d(r, cc === 'NL' ? 9 : 11)}\nBeginn/Ingangsdatum: ${day(r, cc)}\nGehalt/Salaris: ${r.int(2800, 7500)},00 EUR brutto\nUitbetaling op/Auszahlung auf: `).l('IBAN', iban(r, cc)).t(`\n\nFür den Arbeitgeber / Namens werkgever: `).l('PERSON', west(boss)).t(`, ${r.pick(['HR Manager', 'Geschäftsführer', 'directeur'])}\n`);
});

// 29 South African lease
T.push((r, x) => {
  const l = person(r, 'ZA');
  const t = person(r, 'ZA');
  x.t(`RESIDENTIAL LEASE AGREEMENT\nLessor: `).l('PERSON', west(l)).t(`\nLessee: `);
  me(r, x, t, west(t));
  x.t(` (ID ${d(r, 13)})\nPremises: `);
  addr(x, ad(r, 'ZA'), ', ');
  x.t(`\nMonthly rental: R${r.int(4, 30)} ${d(r, 3)}.00 payable by EFT, branch code ${d(r, 6)}\nLessee contact: `).l('PHONE', ph(r, 'ZA')).t(`, `).l('EMAIL', email(r, t)).t('\n');
});

// 30 Canadian pay stub
T.push((r, x) => {
  const p = person(r, 'CA');
  x.t(`PAY STATEMENT   Period ending ${day(r, 'CA')}\nEmployee: `);
  me(r, x, p, west(p));
  x.t(`   Emp #${d(r, 6)}\nSIN: ${d(r, 3)} ${d(r, 3)} ${d(r, 3)}\n`);
  addr(x, ad(r, 'CA'));
  x.t(`\nGross ${money(r, 1500, 6000)}  CPP ${money(r, 80, 300)}  EI ${money(r, 20, 90)}  Net ${money(r, 1200, 4800)}\nDeposited to acct ****${d(r, 4)}\n`);
});

// ---------------------------------------------------------------- education

// 31 US university transcript
T.push((r, x) => {
  const p = person(r, 'US');
  x.t(`UNOFFICIAL TRANSCRIPT — Brightwater State University\nStudent: `);
  me(r, x, p, `${p.family}, ${p.given}`);
  x.t(`   ID: ${r.pick(['B', 'U'])}${d(r, 8)}\nBirth date: `).l('DOB', dob(r, 'US')).t(`\nProgram: ${r.pick(['BS Biology', 'BA Economics', 'BSc Computer Science'])}\nFall ${r.int(2021, 2025)}: CHEM 101 A-, MATH 221 B+, HIST 140 A\nCumulative GPA: ${r.int(2, 3)}.${d(r, 2)}\nIssued to: `).l('EMAIL', email(r, p, 'brightwater.edu')).t('\n');
});

// 32 Indian school leaving certificate
T.push((r, x) => {
  const p = person(r, 'IN');
  const f = person(r, 'IN');
  x.t(`SCHOOL LEAVING CERTIFICATE\nAdmission No.: ${d(r, 5)}\nName of pupil: `);
  me(r, x, p, full(p).toUpperCase());
  x.t(`\nFather's name: Shri `).l('PERSON', `${f.given} ${p.family}`).t(`\nDate of birth (in figures): `).l('DOB', fmtDate(r, 'IN', birth(r))).t(`\nResidential address: `);
  addr(x, ad(r, 'IN'), ', ');
  x.t(`\nParent mobile: `).l('PHONE', ph(r, 'IN')).t(`\nClass last studied: ${r.pick(['X', 'XII', 'VIII'])}   Conduct: ${r.pick(['Good', 'Very good'])}\n`);
});

// 33 Brazilian university enrollment
T.push((r, x) => {
  const p = person(r, 'BR');
  x.t(`COMPROVANTE DE MATRÍCULA\nAluno(a): `);
  me(r, x, p);
  x.t(`\nData de nascimento: `).l('DOB', fmtDate(r, 'BR', birth(r))).t(`\nCPF: ${d(r, 3)}.${d(r, 3)}.${d(r, 3)}-${d(r, 2)}\nEndereço: `);
  addr(x, ad(r, 'BR'), ', ');
  x.t(`\nCelular: `).l('PHONE', ph(r, 'BR')).t(`\nCurso: ${r.pick(['Engenharia Civil', 'Direito', 'Medicina Veterinária'])} — ${r.int(1, 10)}º período\n`);
});

// 34 Korean student record
T.push((r, x) => {
  const fam = r.pick(w('김 이 박 최 정 강 조 윤'));
  const giv = r.pick(w('민준 서연 지호 하은 도윤 지우 은지 승호'));
  x.t(`재학증명서\n성명: `).l('PERSON', fam + giv).t(`\n생년월일: `).l('DOB', fmtDate(r, 'KR', birth(r))).t(`\n학번: ${d(r, 10)}\n주소: `);
  addr(x, ad(r, 'KR'), ' ');
  x.t(`\n연락처: `).l('PHONE', ph(r, 'KR')).t(`\n발급일: ${fmtDate(r, 'KR', recent(r))}\n`);
});

// ---------------------------------------------------------------- travel

// 35 flight itinerary
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const a = person(r, cc);
  const b = person(r, cc);
  x.t(`E-TICKET ITINERARY RECEIPT\nBooking ref: ${code(r, 6)}   Ticket: ${r.int(100, 999)}-${d(r, 10)}\nPassengers:\n  1. `).l('PERSON', `${a.family.toUpperCase()}, ${a.given.toUpperCase()}`).t(` ${r.pick(['MR', 'MS', 'MRS'])}\n  2. `).l('PERSON', `${b.family.toUpperCase()}, ${b.given.toUpperCase()}`).t(` ${r.pick(['MR', 'MS', 'CHD'])}\n`);
  x.t(`${r.pick(['LH', 'AF', 'EK', 'QR', 'NH', 'LA'])}${r.int(10, 999)}  ${r.pick(['FRA', 'CDG', 'DXB', 'DOH', 'NRT', 'GRU'])} → ${r.pick(['JFK', 'LHR', 'SIN', 'NBO', 'SYD'])}  ${day(r, cc)} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}\nContact: `).l('PHONE', ph(r, cc)).t(' / ').l('EMAIL', email(r, a)).t('\n');
});

// 36 boarding pass OCR
T.push((r, x) => {
  const p = person(r);
  x.t(`${ocr(r, 'BOARDING PASS')}\n${ocr(r, 'Name')}: `);
  me(r, x, p, `${p.family}, ${p.given}`);
  x.t(`\n${ocr(r, 'Flight')} ${r.pick(['KQ', 'ET', 'TK', 'SQ'])}${r.int(100, 999)}  ${ocr(r, 'Gate')} ${r.pick(['A', 'B', 'C'])}${r.int(1, 40)}  ${ocr(r, 'Seat')} ${r.int(1, 45)}${r.pick(['A', 'C', 'F', 'K'])}\n${ocr(r, 'Boarding')} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}   ${ocr(r, 'Seq')} ${pad(r.int(1, 300), 3)}\n${ocr(r, 'Frequent flyer')}: ${code(r, 2)}${d(r, 9)}\n`);
});

// 37 hotel booking confirmation email
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const p = person(r);
  x.t(`Subject: Your reservation at ${r.pick(['Hotel Meridiana', 'Riad Zitoun', 'Casa do Limoeiro', 'Ryokan Hanabi'])} is confirmed\n\nDear `);
  me(r, x, p, p.given);
  x.t(`,\nConfirmation number: ${d(r, 10)}  PIN ${d(r, 4)}\nCheck-in ${day(r, cc)} from 15:00 — check-out ${day(r, cc)}\nGuest phone: `).l('PHONE', ph(r, p.cu.cc)).t(`\nProperty address: `);
  addr(x, ad(r, cc), ', ');
  x.t(`\nNeed help? Write to `).l('EMAIL', `reservations@${r.pick(ORG_DOMAINS)}`).t('\n');
});

// ---------------------------------------------------------------- shipping / customs

// 38 shipping label
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const s = person(r);
  const p = person(r, cc);
  x.t(`${r.pick(['DHL EXPRESS', 'UPS GROUND', 'FedEx Priority', 'PostNL', 'Correios SEDEX'])}   ${r.int(1, 3)} of ${r.int(3, 4)}   ${r.int(1, 30)}.${r.int(0, 9)} KG\nFROM: `).l('PERSON', west(s).toUpperCase()).t('\n');
  addr(x, ad(r, s.cu.cc).map((q) => q.toUpperCase()));
  x.t(`\n\nSHIP TO:\n`);
  me(r, x, p, full(p).toUpperCase());
  x.t('\n');
  if (r.chance(0.3)) x.t(`${r.pick(COMPANIES).toUpperCase()}\n`);
  addr(x, ad(r, cc).map((q) => q.toUpperCase()));
  x.t(`\nTEL: `).l('PHONE', ph(r, cc)).t(`\nTRACKING #: ${r.pick(['1Z', 'JD', 'LX'])}${d(r, 16)}\nREF: ${code(r, 8)}\n`);
});

// 39 CN23 customs declaration
T.push((r, x) => {
  const a = person(r);
  const b = person(r);
  x.t(`CUSTOMS DECLARATION CN 23\nSender: `).l('PERSON', west(a)).t(`\n`);
  addr(x, ad(r, a.cu.cc));
  x.t(`\nSender e-mail: `).l('EMAIL', email(r, a)).t(`\nAddressee: `);
  me(r, x, b, west(b));
  x.t(`\n`);
  addr(x, ad(r, b.cu.cc));
  x.t(`\nAddressee tel.: `).l('PHONE', ph(r, b.cu.cc)).t(`\nContents: ${r.pick(['handmade ceramics', 'used clothing', 'books', 'tea, 2 kg'])}  HS tariff ${d(r, 4)}.${d(r, 2)}  Value ${money(r, 10, 300)} ${r.pick(['EUR', 'USD'])}\n[x] Gift  [ ] Commercial sample\n`);
});

// 40 Korean delivery note
T.push((r, x) => {
  const fam = r.pick(w('한 서 권 황 안 송 류 홍'));
  const giv = r.pick(w('예린 태양 유나 현우 수빈 지민 하준'));
  x.t(`[배송 정보]\n받는 분: `).l('PERSON', fam + giv).t(`님\n주소: `);
  addr(x, ad(r, 'KR'), ' ');
  x.t(`\n휴대폰: `).l('PHONE', ph(r, 'KR')).t(`\n배송 메모: 문 앞에 놓아주세요\n운송장 번호: ${d(r, 12)}\n`);
});

// ---------------------------------------------------------------- government letters

// 41 UK tax letter
T.push((r, x) => {
  const p = person(r, 'GB');
  x.t(`HM Revenue & Customs\nPAYE and Self Assessment\n\n`);
  x.t(`${r.pick(['Mr', 'Ms', 'Mx'])} `);
  me(r, x, p, west(p));
  x.t('\n');
  addr(x, ad(r, 'GB'));
  x.t(`\n\nDate: ${day(r, 'GB')}\nNational Insurance number: ${code(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${r.pick(['A', 'B', 'C', 'D'])}\nUnique Taxpayer Reference: ${d(r, 5)} ${d(r, 5)}\n\nDear `).l('PERSON', p.family).t(`,\nYour tax code for ${r.int(2024, 2026)} to ${r.int(2026, 2027)} is ${r.int(1000, 1400)}L.\n`);
});

// 42 US SSA letter
T.push((r, x) => {
  const p = person(r, 'US');
  x.t(`Social Security Administration\nRetirement, Survivors and Disability Insurance\nNotice of Award\n\n`);
  me(r, x, p, west(p).toUpperCase());
  x.t('\n');
  addr(x, ad(r, 'US').map((q) => q.toUpperCase()));
  x.t(`\n\nYou are entitled to monthly benefits beginning ${mon('en', r.int(1, 12))} ${r.int(2025, 2026)}.\nBeneficiary's SSN: `).l('NATIONAL_ID', ssn(r)).t(`\nClaim number on older letters: ${maskedSsn(r)}A\nIf you have questions, call ${r.pick(['1-800-772-1213', '1-800-325-0778'])} (TTY).\n`);
});

// 43 German authority letter
T.push((r, x) => {
  const p = person(r, 'DE');
  x.t(`Stadt ${r.pick(['Bielefeld', 'Mainz', 'Kiel'])} · Bürgeramt · ${r.pick(['Niederwall 23', 'Rathausplatz 1'])}\n\n${r.pick(['Herrn', 'Frau'])}\n`);
  me(r, x, p, west(p));
  x.t('\n');
  addr(x, ad(r, 'DE'));
  x.t(`\n\nIhr Zeichen: ${code(r, 3)}-${d(r, 6)}   Datum: ${day(r, 'DE')}\nAnmeldung einer Wohnung — Bestätigung\nSehr geehrte/r `).l('PERSON', p.family).t(`,\nwir bestätigen Ihre Anmeldung. Geburtsdatum laut Melderegister: `).l('DOB', fmtDate(r, 'DE', birth(r))).t(`.\nRückfragen: `).l('EMAIL', `buergeramt@${r.pick(['bielefeld', 'mainz', 'kiel'])}.de`).t('\n');
});

// 44 Australian Medicare letter
T.push((r, x) => {
  const p = person(r, 'AU');
  x.t(`Services Australia — Medicare\n\n`);
  me(r, x, p, west(p).toUpperCase());
  x.t('\n');
  addr(x, ad(r, 'AU').map((q) => q.toUpperCase()));
  x.t(`\n\nMedicare card number: ${d(r, 4)} ${d(r, 5)} ${r.int(1, 9)}  IRN ${r.int(1, 5)}\nDate of birth: `).l('DOB', dob(r, 'AU')).t(`\nClaim ${code(r, 8)} for service on ${day(r, 'AU')}: benefit $${money(r, 20, 200)} paid.\n`);
});

// 45 Turkish e-devlet / official letter
T.push((r, x) => {
  const p = person(r, 'TR');
  x.t(`T.C. NÜFUS VE VATANDAŞLIK İŞLERİ\nAd Soyad: `);
  me(r, x, p, full(p).toUpperCase());
  x.t(`\nT.C. Kimlik No: ${nz(r, 11)}\nDoğum Tarihi: `).l('DOB', fmtDate(r, 'TR', birth(r))).t(`\nAdres: `);
  addr(x, ad(r, 'TR'), ', ');
  x.t(`\nCep: `).l('PHONE', ph(r, 'TR')).t(`\nBelge No: ${code(r, 4)}-${d(r, 6)}   Tarih: ${day(r, 'TR')}\n`);
});

// ---------------------------------------------------------------- classifieds / marketplace

// 46 classified ad (English)
T.push((r, x) => {
  const cc = r.pick<Cc>(['US', 'GB', 'AU', 'CA', 'IE', 'NG', 'KE', 'ZA', 'IN', 'PH']);
  const p = person(r, cc);
  x.t(`FOR SALE: ${r.pick(['2016 Toyota Hilux, 180k km', 'IKEA Hemnes dresser', 'Trek mountain bike, size L', 'iPhone 13 128GB'])}\n${r.pick(['Price firm', 'ONO', 'Negotiable'])} — ${money(r, 50, 9000).split('.')[0]}\nCollection in ${r.pick(PLACES)}. No time-wasters. Text `).l('PERSON', p.given).t(` on `).l('PHONE', ph(r, cc)).t(r.chance(0.5) ? '' : ` or email `);
  if (x.text.endsWith('email ')) x.l('EMAIL', email(r, p));
  x.t(`\nPosted ${day(r, cc)} · Ad ID ${d(r, 9)}\n`);
});

// 47 apartment listing (es/pt/fr)
T.push((r, x) => {
  const cc = r.pick<Cc>(['ES', 'BR', 'FR', 'MX']);
  const p = person(r, cc);
  const head = { ES: 'Se alquila piso', BR: 'Aluga-se apartamento', FR: 'Appartement à louer', MX: 'Se renta departamento' }[cc as 'ES' | 'BR' | 'FR' | 'MX'];
  x.t(`${head} — ${r.int(1, 4)} hab./quartos, ${r.int(35, 140)} m²\nDirección/Endereço/Adresse: `);
  addr(x, ad(r, cc), ', ');
  x.t(`\n${r.int(500, 3000)} / mes · fianza 2 meses\nContacto: `).l('PERSON', p.given).t(' ').l('PHONE', ph(r, cc)).t(` (WhatsApp)\n`);
});

// 48 marketplace chat pasted
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const a = person(r, cc);
  const b = person(r, cc);
  x.t(`[${pad(r.int(0, 23))}:${pad(r.int(0, 59))}] `).l('PERSON', west(a)).t(`: is the ${r.pick(['sofa', 'camera', 'stroller', 'PS5'])} still available?\n[${pad(r.int(0, 23))}:${pad(r.int(0, 59))}] `).l('PERSON', west(b)).t(`: yes! you can pick it up at `);
  addr(x, ad(r, cc), ', ');
  x.t(`\n[${pad(r.int(0, 23))}:${pad(r.int(0, 59))}] `).l('PERSON', a.given).t(`: great, my number is `).l('PHONE', ph(r, cc)).t(`\n`);
});

// ---------------------------------------------------------------- e-mail threads

function signature(r: Rng, x: Doc, p: Person, cc: Cc): void {
  x.t(`\n--\n`).l('PERSON', west(p)).t(`\n${r.pick(['Account Manager', 'Office Coordinator', 'Freelance translator', 'Head of Ops'])}${r.chance(0.5) ? ` | ${r.pick(COMPANIES)}` : ''}\n`);
  x.t(`${r.pick(['T', 'Tel', 'M', 'Mob.'])}: `).l('PHONE', ph(r, cc));
  if (r.chance(0.5)) x.t(` ext. ${r.int(10, 999)}`);
  x.t(`\n`).l('EMAIL', email(r, p, r.chance(0.5) ? r.pick(ORG_DOMAINS) : undefined)).t('\n');
}

// 49 reply with quoted thread
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const a = person(r, cc);
  const b = person(r);
  const ea = email(r, a);
  const eb = email(r, b, r.pick(ORG_DOMAINS));
  x.t(`Hi `).l('PERSON', b.given).t(`,\n\nThanks — my new delivery address is:\n`);
  addr(x, ad(r, cc));
  x.t(`\nand please use `).l('PHONE', ph(r, cc)).t(` for the courier.\n\nBest,\n`);
  me(r, x, a, a.given);
  x.t(`\n\nOn ${day(r, cc)}, `).l('PERSON', west(b)).t(` <`).l('EMAIL', eb).t(`> wrote:\n> Dear `).l('PERSON', west(a)).t(`,\n> could you confirm your address for order #${d(r, 8)}?\n> Regards, `).l('PERSON', b.given).t(`\n>\n>> From: `).l('EMAIL', ea).t(`\n>> Subject: Where is my parcel?\n`);
});

// 50 forwarded email with headers
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const a = person(r, cc);
  const b = person(r, cc);
  const c = person(r);
  x.t(`---------- Forwarded message ---------\nFrom: `).l('PERSON', west(a)).t(` <`).l('EMAIL', email(r, a)).t(`>\nDate: ${day(r, cc)}\nSubject: Re: ${r.pick(['invoice dispute', 'lease renewal', 'refund request', 'booking change'])}\nTo: `).l('EMAIL', email(r, b)).t(`\nCc: `).l('PERSON', west(c)).t(` <`).l('EMAIL', email(r, c, r.pick(ORG_DOMAINS))).t(`>, `).l('EMAIL', r.pick(['billing', 'support', 'accounts', 'noreply']) + '@' + r.pick(ORG_DOMAINS)).t(`\n\n`).l('PERSON', b.given).t(`, see below. The card they charged was `);
  if (r.chance(0.7)) x.l('CARD', card(r));
  else x.t(maskedCard(r));
  x.t(`.\n`);
  signature(r, x, a, cc);
});

// 51 email with signature & legal footer
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const p = person(r, cc);
  x.t(`Good morning,\n\nPlease find attached the signed ${r.pick(['contract', 'claim form', 'timesheet', 'purchase order PO-' + d(r, 6)])}. Let me know if `).l('PERSON', r.pick(['Hope', 'Grant', 'Will', 'May', 'Rose', 'Guy'])).t(` needs anything else from us.\n`);
  signature(r, x, p, cc);
  x.t(`\nThis e-mail and any attachments are confidential. If you received it in error, notify `).l('EMAIL', `legal@${r.pick(ORG_DOMAINS)}`).t(` and delete it.\n`);
});

// ---------------------------------------------------------------- spreadsheets pasted as text

// 52 CSV customer export
T.push((r, x) => {
  x.t(`customer_id,name,email,phone,country,signup\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(ALL_CC);
    const p = person(r, cc);
    x.t(`${d(r, 6)},`);
    const nm = nameForm(r, p);
    if (nm.includes(',')) x.t('"').l('PERSON', nm).t('"');
    else x.l('PERSON', nm);
    x.t(',').l('EMAIL', email(r, p)).t(',').l('PHONE', ph(r, cc)).t(`,${cc},${fmtDate(r, 'SE', recent(r))}\n`);
  }
});

// 53 TSV HR export with SSN and DOB
T.push((r, x) => {
  x.t(`emp_no\tlast\tfirst\tssn\tdob\thire_date\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = person(r, 'US');
    x.t(`${d(r, 5)}\t`).l('PERSON', p.family).t('\t').l('PERSON', p.given).t('\t').l('NATIONAL_ID', ssn(r)).t('\t').l('DOB', fmtDate(r, 'SE', birth(r))).t(`\t${fmtDate(r, 'SE', recent(r))}\n`);
  }
});

// 54 fixed-width payroll
T.push((r, x) => {
  x.t(`NAME                      IBAN                                  AMOUNT   REF\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(EU_IBAN);
    const p = person(r, cc);
    const nm = west(p).toUpperCase();
    const ib = ibanCompact(r, cc);
    x.l('PERSON', nm).t(' '.repeat(Math.max(1, 26 - nm.length))).l('IBAN', ib).t(' '.repeat(Math.max(1, 38 - ib.length)) + `${money(r, 900, 6000).padStart(8)}   SAL${d(r, 4)}\n`);
  }
  x.t(`TOTAL LINES ${r.int(2, 4)}   BATCH ${code(r, 8)}\n`);
});

// 55 Markdown table guest list
T.push((r, x) => {
  x.t(`| # | Guest | Phone | Dietary | Table |\n|---|---|---|---|---|\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(ALL_CC);
    const p = person(r, cc);
    x.t(`| ${i + 1} | `).l('PERSON', nameForm(r, p)).t(' | ');
    if (r.chance(0.8)) x.l('PHONE', ph(r, cc));
    else x.t('—');
    x.t(` | ${r.pick(['vegan', 'halal', 'none', 'gluten-free', 'kosher'])} | ${r.int(1, 12)} |\n`);
  }
});

// 56 CSV with card payments (chargeback export)
T.push((r, x) => {
  x.t(`date;cardholder;pan;amount;status\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(ALL_CC);
    const p = person(r, cc);
    x.t(`${fmtDate(r, 'DE', recent(r))};`).l('PERSON', west(p).toUpperCase()).t(';');
    const k = r.int(0, 4);
    if (k <= 2) x.l('CARD', cardDigits(r));
    else if (k === 2) x.t(badCard(r).replace(/[ -]/g, ''));
    else x.t(`${d(r, 6)}******${d(r, 4)}`);
    x.t(`;${money(r)};${r.pick(['disputed', 'refunded', 'won', 'pending'])}\n`);
  }
});

// 57 address list (mail merge) CSV
T.push((r, x) => {
  x.t(`Name\tStreet\tPostcode\tCity\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = person(r, 'DE');
    const cc: Cc = 'DE';
    const lines = ad(r, cc);
    x.l('PERSON', west(p)).t('\t');
    const l2 = lines[1] ?? '';
    const sp = l2.indexOf(' ');
    x.l('ADDRESS', `${lines[0] ?? ''}\t${l2.slice(0, sp)}\t${l2.slice(sp + 1)}`).t('\n');
  }
});

// ---------------------------------------------------------------- logs / configuration

// 58 web access log
T.push((r, x) => {
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const v = ipv4(r);
    x.l('IP', v).t(` - - [${pad(r.int(1, 28))}/${r.pick(['Mar', 'Jul', 'Oct'])}/${r.int(2025, 2026)}:${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0000] "GET /${r.pick(['account', 'api/v2/orders', 'reset-password', 'static/app.' + sha(r, 8) + '.js'])}`);
    if (r.chance(0.3)) {
      const p = person(r);
      x.t(`?email=`).l('EMAIL', email(r, p));
    }
    x.t(` HTTP/1.1" ${r.pick(['200', '302', '404', '500'])} ${r.int(200, 90000)} "-" "Mozilla/5.0 (Windows NT 10.0) Chrome/${ver(r)}"\n`);
  }
});

// 59 JSON application log
T.push((r, x) => {
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(ALL_CC);
    const p = person(r, cc);
    x.t(`{"ts":"${r.int(2025, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${d(r, 3)}Z","level":"${r.pick(['info', 'warn', 'error'])}","msg":"${r.pick(['login ok', 'password reset requested', 'payment declined', 'profile updated'])}","user":"`).l('EMAIL', email(r, p)).t(`","ip":"`).l('IP', ip(r)).t(`"`);
    if (r.chance(0.4)) x.t(`,"name":"`).l('PERSON', west(p)).t(`"`);
    if (r.chance(0.3)) x.t(`,"phone":"`).l('PHONE', ph(r, cc)).t(`"`);
    x.t(`,"trace":"${sha(r, 32)}","app":"${ver(r)}"}\n`);
  }
});

// 60 .env / YAML config
T.push((r, x) => {
  const p = person(r);
  if (r.chance(0.5)) {
    x.t(`# production.env — do not commit\nAPP_VERSION=${ver(r)}\nDB_HOST=`).l('IP', ipv4(r)).t(`\nDB_PORT=5432\nSMTP_RELAY=`).l('IP', ipv4(r)).t(`:587\nADMIN_EMAIL=`).l('EMAIL', email(r, p)).t(`\nALERT_SMS=`).l('PHONE', `+${r.pick(['44 7', '1 4', '49 15'])}${d(r, 9)}`).t(`\nSESSION_SECRET=${sha(r, 48)}\n`);
  } else {
    x.t(`server:\n  listen: "[`).l('IP', ipv6(r)).t(`]:8443"\n  allow:\n    - `).l('IP', ipv4(r)).t(`/32\n    - `).l('IP', ipv4(r)).t(`\nmaintainer:\n  name: `).l('PERSON', west(p)).t(`\n  email: `).l('EMAIL', email(r, p)).t(`\nrelease: v${ver(r)}\n`);
  }
});

// 61 sshd auth log
T.push((r, x) => {
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    x.t(`${r.pick(['Jan', 'Feb', 'Nov'])} ${pad(r.int(1, 28))} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} ${r.pick(['bastion-01', 'web3', 'db-replica'])} sshd[${r.int(1000, 60000)}]: ${r.pick(['Accepted publickey for deploy', 'Failed password for invalid user admin', 'Disconnected from authenticating user root'])} from `).l('IP', ip(r)).t(` port ${r.int(1024, 65535)} ssh2\n`);
  }
});

// 62 CRM export log with addresses
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const p = person(r, cc);
  x.t(`2026-0${r.int(1, 9)}-${pad(r.int(10, 28))} INFO  crm.sync  upsert contact id=${d(r, 7)}\n  name     = `);
  me(r, x, p);
  x.t(`\n  address  = `);
  addr(x, ad(r, cc), ', ');
  x.t(`\n  born     = `).l('DOB', fmtDate(r, 'SE', birth(r))).t(`\n  source   = `).l('IP', ip(r)).t(`\n  checksum = ${sha(r)}\n`);
});

// ---------------------------------------------------------------- miscellaneous documents

// 63 call transcript with spoken contact details
T.push((r, x) => {
  const p = person(r, 'US');
  const g = ascii(p.given) || 'sam';
  const f = ascii(p.family) || 'lee';
  const digs = [...d(r, 3), ...d(r, 3), ...d(r, 4)];
  const words = w('zero one two three four five six seven eight nine');
  x.t(`[Call transcript, auto-generated]\nAgent: Can I have your full name please?\nCaller: Yes, it's `);
  me(r, x, p, west(p));
  x.t(`.\nAgent: And the best email?\nCaller: `).l('EMAIL', `${g} dot ${f} at ${r.pick(['gmail', 'yahoo', 'outlook'])} dot com`).t(`.\nAgent: Phone number?\nCaller: `).l('PHONE', digs.map((c) => words[Number(c)] ?? c).join(' ')).t(`.\nAgent: Thanks, your case number is ${d(r, 8)}.\n`);
});

// 64 CV / résumé pasted
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const p = person(r, cc);
  me(r, x, p, full(p).toUpperCase());
  x.t(`\n${r.pick(['Data Analyst', 'Registered Nurse', 'Civil Engineer', 'Chef de partie'])}\n`).l('PHONE', ph(r, cc)).t(' · ').l('EMAIL', email(r, p)).t(' · ');
  addr(x, ad(r, cc), ', ');
  x.t(`\nDate of birth: `).l('DOB', dob(r, cc)).t(`\n\nEXPERIENCE\n${r.pick(COMPANIES)} — ${r.int(2015, 2022)}–present\n• Led migration to Kubernetes ${ver(r)}; cut costs ${r.int(10, 40)}%\nREFERENCES\n`);
  const ref = person(r, cc);
  x.l('PERSON', west(ref)).t(`, ${r.pick(['former manager', 'professor'])} — `).l('PHONE', ph(r, cc)).t('\n');
});

// 65 gym/club membership form with emergency contact
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const p = person(r, cc);
  const k = person(r, cc);
  x.t(`MEMBERSHIP APPLICATION — ${r.pick(['Quokka Fitness', 'Club Náutico', 'Harbourside Tennis'])}\nMember name: `);
  me(r, x, p);
  x.t(`\nBirthday: `).l('DOB', dob(r, cc)).t(`\nMobile: `).l('PHONE', ph(r, cc)).t(`\nIn case of emergency contact `).l('PERSON', k.given).t(` on `).l('PHONE', ph(r, cc)).t(`\nMonthly fee debited from card `);
  x.l('CARD', card(r)).t(`\nMember since ${day(r, cc)}\n`);
});

// 66 court / traffic notice
T.push((r, x) => {
  const cc = r.pick<Cc>(['US', 'CA', 'AU', 'GB']);
  const p = person(r, cc);
  x.t(`NOTICE OF TRAFFIC INFRACTION   Citation #${code(r, 2)}${d(r, 7)}\nDefendant: `).l('PERSON', `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`).t(`\nDOB: `).l('DOB', dob(r, cc)).t(`\nAddress: `);
  addr(x, ad(r, cc), ', ');
  if (cc === 'US' && r.chance(0.5)) x.t(`\nSSN: `).l('NATIONAL_ID', ssn(r));
  x.t(`\nViolation: speeding ${r.int(10, 30)} over on ${r.pick(PLACES)}\nHearing: ${day(r, cc)} 9:00 AM, Courtroom ${r.int(1, 12)}${r.pick(['A', 'B'])}\n`);
});

// 67 Vietnamese invoice / delivery
T.push((r, x) => {
  const p = person(r, 'VN');
  x.t(`HÓA ĐƠN BÁN HÀNG  Số: ${d(r, 7)}\nKhách hàng: `);
  me(r, x, p, full(p));
  x.t(`\nĐịa chỉ: `);
  addr(x, ad(r, 'VN'), ', ');
  x.t(`\nĐiện thoại: `).l('PHONE', ph(r, 'VN')).t(`\nNgày sinh: `).l('DOB', fmtDate(r, 'VN', birth(r))).t(`\nTổng cộng: ${r.int(100, 9000)}.000 ₫\n`);
});

// 68 Greek / Hungarian utility bill
T.push((r, x) => {
  const cc = r.pick<Cc>(['GR', 'HU']);
  const p = person(r, cc);
  x.t(cc === 'GR' ? `ΛΟΓΑΡΙΑΣΜΟΣ ΡΕΥΜΑΤΟΣ\nΟνοματεπώνυμο: ` : `VILLAMOSENERGIA SZÁMLA\nFelhasználó neve: `);
  me(r, x, p, full(p));
  x.t(cc === 'GR' ? `\nΔιεύθυνση: ` : `\nCím: `);
  addr(x, ad(r, cc), ', ');
  x.t(`\nIBAN: `).l('IBAN', iban(r, cc)).t(cc === 'GR' ? `\nΑρ. παροχής: ${d(r, 11)}\n` : `\nMérőóra: ${d(r, 9)}\n`);
});

// 69 Arabic/English bilingual tenancy (Ejari-like)
T.push((r, x) => {
  const t = person(r, 'AE');
  const l = person(r, 'AE');
  x.t(`TENANCY CONTRACT / عقد إيجار\nLandlord / المؤجر: `).l('PERSON', west(l)).t(`\nTenant / المستأجر: `);
  me(r, x, t, west(t));
  x.t(`\nTenant mobile: `).l('PHONE', ph(r, 'AE')).t(`\nEmirates ID: 784-${d(r, 4)}-${d(r, 7)}-${r.int(1, 9)}\nProperty: `);
  addr(x, ad(r, 'AE'), ', ');
  x.t(`\nAnnual rent: AED ${r.int(40, 200)},000 in ${r.int(1, 4)} cheques\nPayment IBAN: `).l('IBAN', iban(r, 'AE')).t('\n');
});

// 70 Polish / Italian courier note
T.push((r, x) => {
  const cc = r.pick<Cc>(['PL', 'IT']);
  const p = person(r, cc);
  x.t(cc === 'PL' ? `Awizo — przesyłka nr ${d(r, 20)}\nOdbiorca: ` : `Avviso di giacenza — spedizione ${code(r, 3)}${d(r, 9)}\nDestinatario: `);
  me(r, x, p);
  x.t('\n');
  addr(x, ad(r, cc));
  x.t(`\nTel.: `).l('PHONE', ph(r, cc)).t(cc === 'PL' ? `\nOdbiór do: ${day(r, cc)}\n` : `\nRitiro entro: ${day(r, cc)}\n`);
});

// 71 1099-NEC pasted
T.push((r, x) => {
  const p = person(r, 'US');
  x.t(`Form 1099-NEC (${r.int(2023, 2025)})  Nonemployee Compensation\nPAYER'S TIN ${ein(r)}    RECIPIENT'S TIN `).l('NATIONAL_ID', ssn(r)).t(`\nRECIPIENT'S name: `);
  me(r, x, p, west(p).toUpperCase());
  x.t(`\nStreet address (including apt. no.), City, state, ZIP:\n`);
  addr(x, ad(r, 'US'));
  x.t(`\n1 Nonemployee compensation $${money(r, 600, 40000)}   4 Federal income tax withheld $0.00\nAccount number (see instructions): ${d(r, 10)}\n`);
});

// 72 US rental application
T.push((r, x) => {
  const p = person(r, 'US');
  const e = person(r, 'US');
  x.t(`RENTAL APPLICATION — Quokka Rentals LLC\nApplicant: `);
  me(r, x, p);
  x.t(`\nSSN: `).l('NATIONAL_ID', ssn(r)).t(`   Date of birth: `).l('DOB', dob(r, 'US')).t(`\nCurrent address: `);
  addr(x, ad(r, 'US'), ', ');
  x.t(`\nCell: `).l('PHONE', ph(r, 'US')).t(`\nEmployer: ${r.pick(COMPANIES)}, supervisor `).l('PERSON', west(e)).t(` `).l('PHONE', ph(r, 'US')).t(`\nApplication fee ($${r.int(30, 75)}) charged to `).l('CARD', card(r)).t(`\n`);
});

// 73 card dispute letter
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const p = person(r, cc);
  me(r, x, p, west(p));
  x.t('\n');
  addr(x, ad(r, cc));
  x.t(`\n${day(r, cc)}\n\nRe: Dispute of charge — card number `).l('CARD', card(r)).t(`\n\nTo whom it may concern,\nOn ${day(r, cc)} I was charged ${money(r, 20, 900)} by "${r.pick(PEOPLE_BRANDS)} ONLINE" (merchant ref ${badCard(r).replace(/[ -]/g, '')}). I did not authorise this. Please reply to `).l('EMAIL', email(r, p)).t(`.\n\nSincerely,\n`).l('PERSON', west(p)).t('\n');
});

// 74 security alert email
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const p = person(r, cc);
  x.t(`From: security@${r.pick(ORG_DOMAINS)}\nSubject: New sign-in to your account\n\nHi `).l('PERSON', p.given).t(`,\nWe noticed a new sign-in to `).l('EMAIL', email(r, p)).t(`\nDevice: ${r.pick(['iPhone 15 (iOS 18.1)', 'Windows 11, Edge 131.0', 'Pixel 8, Android 15'])}\nIP address: `).l('IP', ip(r)).t(`\nApprox. location: ${r.pick(['Lagos', 'Osaka', 'Porto', 'Calgary', 'Pune'])} (may be inaccurate)\nIf this wasn't you, reset your password. Previous sign-in from `).l('IP', ip(r)).t(`.\n`);
});

// 75 raw e-mail headers
T.push((r, x) => {
  const a = person(r);
  const b = person(r);
  x.t(`Received: from mail-${r.pick(['ej1', 'wr1', 'pl1'])}-f${r.int(40, 99)}.google.com (mail-ej1-f${r.int(40, 99)}.google.com [`).l('IP', ipv4(r)).t(`])\n        by mx.${r.pick(ORG_DOMAINS)} with ESMTPS id ${sha(r, 12)}\nReceived: from [`).l('IP', r.chance(0.5) ? ipv4(r) : ipv6(r)).t(`] (port=${r.int(1024, 65535)})\nX-Originating-IP: [`).l('IP', ipv4(r)).t(`]\nFrom: "`).l('PERSON', west(a)).t(`" <`).l('EMAIL', email(r, a)).t(`>\nTo: `).l('EMAIL', email(r, b)).t(`\nMessage-ID: <${sha(r, 20)}@mail.gmail.com>\nX-Mailer: ${r.pick(['Apple Mail (2.3774.500)', 'Microsoft Outlook 16.0'])}\n`);
});

// 76 Indian KYC form
T.push((r, x) => {
  const p = person(r, 'IN');
  x.t(`${ocr(r, 'KYC APPLICATION FORM')} — Individual\n${ocr(r, 'Name (as per PAN)')}: `);
  me(r, x, p, full(p).toUpperCase());
  x.t(`\nPAN: ${code(r, 5)}${d(r, 4)}${code(r, 1)}   Aadhaar: XXXX XXXX ${d(r, 4)}\n${ocr(r, 'Date of Birth')}: `).l('DOB', fmtDate(r, 'IN', birth(r))).t(`\n${ocr(r, 'Mobile')}: `).l('PHONE', ph(r, 'IN')).t(`   ${ocr(r, 'Email')}: `).l('EMAIL', email(r, p)).t(`\n${ocr(r, 'Correspondence address')}:\n`);
  addr(x, ad(r, 'IN'));
  x.t(`\nIFSC ${code(r, 4)}0${d(r, 6)}  A/c ${d(r, 12)}\n`);
});

// 77 merchant admin fraud review pasted
T.push((r, x) => {
  const cc = r.pick(ALL_CC);
  const p = person(r, cc);
  x.t(`Order #${d(r, 6)} — flagged for review (risk score ${r.int(60, 99)})\nCustomer: `);
  me(r, x, p);
  x.t(` <`).l('EMAIL', email(r, p)).t(`>\nPayment: `).l('CARD', card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)}\nBilling: `);
  addr(x, ad(r, cc), ', ');
  x.t(`\nCheckout IP: `).l('IP', ip(r)).t(`  (proxy: ${r.pick(['yes', 'no'])})\nAVS: ${r.pick(['Y', 'N', 'Z'])}  CVV: ${r.pick(['M', 'N'])}\n`);
});

// 78 Japanese / Brazilian card statement line items
T.push((r, x) => {
  const cc = r.pick<Cc>(['JP', 'BR']);
  const p = person(r, cc);
  if (cc === 'JP') {
    x.t(`ご利用代金明細書 ${fmtDate(r, 'JP', recent(r))}\nカード名義: `).l('PERSON', `${p.given.toUpperCase()} ${p.family.toUpperCase()}`).t(` 様\nカード番号: `).l('CARD', card(r)).t(`\nお支払い金額: ¥${r.int(1, 300)},${d(r, 3)}\nお問い合わせ: `).l('PHONE', ph(r, 'JP')).t('\n');
  } else {
    x.t(`Fatura do cartão — vencimento ${day(r, 'BR')}\nTitular: `);
    me(r, x, p, full(p).toUpperCase());
    x.t(`\nCartão: `).l('CARD', card(r)).t(`\nTotal: R$ ${r.int(100, 9000)},${d(r, 2)}\nSAC: `).l('PHONE', ph(r, 'BR')).t('\n');
  }
});

// 79 subscription cancellation request (US) with SSN verification
T.push((r, x) => {
  const p = person(r, 'US');
  x.t(`Hello, I want to cancel my plan. Account holder `);
  me(r, x, p, west(p));
  x.t(`, last 4 of SSN on file were wrong so here is the full one: `).l('NATIONAL_ID', ssn(r)).t(`. Refund to card `).l('CARD', card(r)).t(` please. You can reach me at `).l('PHONE', ph(r, 'US')).t(`.\n`);
});

// ---------------------------------------------------------------- hard negatives (no personal data)

const N: Tpl[] = [];

// n1 order confirmation with tracking, masked card, invalid card-like ref
N.push((r, x) => {
  x.t(`Order ${code(r, 3)}-${d(r, 7)} confirmed (${day(r, r.pick(ALL_CC))})\nItems: ${r.pick(PEOPLE_BRANDS)} gift set x1, ${r.pick(PEOPLE_BRANDS)} voucher\nPaid with ${maskedCard(r)}\nTracking: ${r.pick(['1Z', 'JD0', 'LX'])}${d(r, 15)}\nPromo code: ${code(r, 12)}\nReference number: ${badCard(r)}\n`);
});
// n2 bank/tax identifiers that are not PII here
N.push((r, x) => {
  x.t(`Company remittance details\nPayee: ${r.pick(COMPANIES)} GmbH\nEIN ${ein(r)}   ABA routing ${r.pick(['021000021', '111000025', '322271627'])}\nIBAN (test, invalid checksum): ${badIban(r)}\nSWIFT ${code(r, 4)}DEFF${code(r, 3)}\nInvoice date ${day(r, 'DE')}, due ${day(r, 'DE')}\nSSN field: ${maskedSsn(r)}\n`);
});
// n3 medical information leaflet with eponyms
N.push((r, x) => {
  x.t(`Patient information: ${r.pick(EPONYMS)}\nThis leaflet explains ${r.pick(EPONYMS)} and how it differs from ${r.pick(EPONYMS)}. Clinic opens ${day(r, 'GB')}. Leaflet ref ${code(r, 3)}-${d(r, 4)} v${ver(r)}.\nCall NHS 111 or visit ${r.pick(PLACES)}.\n`);
});
// n4 release notes / version strings / hashes
N.push((r, x) => {
  x.t(`Release ${ver(r)} (${r.int(2025, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))})\n- Bump openssl to ${ver(r)}\n- Fix crash on Android ${r.int(10, 15)}.${r.int(0, 3)} (#${d(r, 5)})\n- commit ${sha(r)}\n- Node ${r.int(18, 24)}.${r.int(0, 12)}.${r.int(0, 9)}, build 10.0.${d(r, 5)}.${d(r, 3)}\nTeam Falcon and Project Grant Street signed off.\n`);
});
// n5 timetable / itinerary without passenger data
N.push((r, x) => {
  x.t(`Route ${r.pick(['Victoria Station', 'Lake Louise', 'San José'])} → ${r.pick(PLACES)}\nDep ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}  Arr ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}  Platform ${r.int(1, 14)}\nTrain ICE ${r.int(100, 999)} · Coach ${r.int(1, 12)} · Fare class 2 · Booking ${code(r, 6)}\nValid on ${day(r, 'DE')} only. Price €${money(r, 20, 140)}\n`);
});
// n6 insurance product sheet / law references
N.push((r, x) => {
  x.t(`Policy wording ${code(r, 2)}-${r.int(2019, 2026)}/${d(r, 3)}\nCover follows the ${r.pick(['Magnitsky Act', 'Sarbanes-Oxley Act', 'Dodd-Frank Act', 'Ley Sinde'])} and excludes losses caused by Storm ${r.pick(['Ophelia', 'Ciarán', 'Babet', 'Isha'])}.\nClaims form CF-${d(r, 4)}; premium table effective ${day(r, 'GB')}.\nSample card for testing: ${badCard(r)}\n`);
});
// n7 spreadsheet of products
N.push((r, x) => {
  x.t(`sku,product,price,stock,updated\n`);
  for (let i = 0; i < r.int(3, 5); i++) x.t(`${code(r, 8)},${r.pick(PEOPLE_BRANDS)} ${r.pick(['mug', 'cap', 'boots', 'poster'])},${money(r, 3, 200)},${r.int(0, 500)},${fmtDate(r, 'SE', recent(r))}\n`);
});
// n8 server metrics log without IPs
N.push((r, x) => {
  for (let i = 0; i < r.int(3, 5); i++) x.t(`${r.int(2025, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:00Z host=web-${r.int(1, 9)} cpu=${r.int(1, 99)}% mem=${r.int(10, 95)}% req_id=${sha(r, 12)} version=${ver(r)} status=${r.pick(['ok', 'degraded'])}\n`);
});
// n9 classified with no contact details
N.push((r, x) => {
  x.t(`WANTED: ${r.pick(['vintage Ford Mustang parts', 'Dr. Martens boots size 42', 'Wendy’s collectible toys', 'Tesla Model 3 wheels'])}. Will collect from ${r.pick(PLACES)}. Reply via the app only — ad #${d(r, 9)}, posted ${day(r, 'AU')}.\n`);
});
// n10 government form instructions
N.push((r, x) => {
  x.t(`${ocr(r, 'INSTRUCTIONS')} — Form ${r.pick(['W-9', 'DS-160', 'P60', 'Cerfa 12485*03'])}\n${ocr(r, 'Line 1')}: enter your name as shown on your tax return.\n${ocr(r, 'Line 2')}: format XXX-XX-XXXX.\n${ocr(r, 'Example')}: ${maskedSsn(r)} (not a real number)\nReturn to the ${r.pick(['Franklin Court', 'Lincoln Building', 'Hamilton Annex'])} office by ${day(r, 'US')}.\n`);
});

// ---------------------------------------------------------------- generator

/** Number of distinct document templates (labelled + negative). */
export const INDEPENDENT17_TEMPLATE_COUNT = T.length + N.length;

export function generateIndependent17Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent17Entry[] {
  const seed = opts.seed ?? INDEPENDENT17_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT17_MIN_INSTANCES;
  const r = new Rng(seed);
  const out: Independent17Entry[] = [];
  let total = 0;
  while (total < min) {
    const x = new Doc();
    if (r.chance(0.1)) r.pick(N)(r, x);
    else r.pick(T)(r, x);
    out.push({ text: x.text, labels: x.labels, knownNames: x.known });
    total += x.labels.length;
  }
  return out;
}
