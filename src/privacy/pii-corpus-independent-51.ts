/**
 * @module privacy/pii-corpus-independent-51 — blind labelled PII corpus #51: charities, donors and volunteers.
 *
 * WRITTEN BLIND. To write it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts` (Luhn, IBAN mod-97, `IBAN_LENGTHS`), the `PiiType` union in `pii/types.ts`, the first
 * 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json`
 * and `package.json`. I did NOT read the detector, its other sources, tests, docs, benchmarks, the other corpora or
 * their templates, nor the git history, and did not run the detector on this text. Every name, address, template
 * and value here was invented for this split.
 *
 * Seeds: 510001, 510002, 510003 (`INDEPENDENT51_SEEDS`); each yields whole documents until at least
 * `minInstances` (default 2400) labels exist, deterministically per seed.
 *
 * Contents: documents from the charity sector in many countries — donor CRM exports (CSV/JSON), gift-aid and
 * tax-receipt letters, direct-debit / SEPA / recurring-card mandates, chats with an LLM supporter-care assistant,
 * volunteer applications with safeguarding and background checks, event sign-ups and sponsorship pages, legacy
 * correspondence, food-bank and shelter case notes, fundraising call-centre transcripts, newsletters with
 * unsubscribe footers, logs and pasted documents. About one document in ten is a pure hard negative (no PII but
 * traps: people-named brands, places, diseases, laws; reference numbers, hashes, versions, timestamps, Luhn-invalid
 * card-like numbers, invalid IBANs, EINs, routing numbers, non-birth dates). Distractors appear in labelled
 * documents too.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's are outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" are labelled, one
 *   label per contiguous name. Brands, software, organisations, places, pets, storms, streets/buildings named after
 *   people, eponymous diseases/laws/awards and @handles are not labelled; a name inside an e-mail is not labelled.
 * - EMAIL: every address including role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked ones unlabelled.
 * - IBAN: checksum-valid and of the right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' identifiers unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line ones from the first street/building/PO-box line to the
 *   last postcode/city/country line; recipient names are separate PERSON labels; company lines, city-only
 *   mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT51_SEEDS = [510001, 510002, 510003] as const;
export const INDEPENDENT51_MIN_INSTANCES = 2400;

/** A gold label carrying its exact text. */
export type Independent51Label = PiiLabel & { readonly value: string };
/** One document of the split. */
export type Independent51Entry = PiiCorpusEntry & { readonly labels: readonly Independent51Label[] };

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

function at<T>(xs: readonly T[], i: number): T {
  return xs[((i % xs.length) + xs.length) % xs.length] as T;
}
const p2 = (n: number): string => String(n).padStart(2, '0');
const HEX = '0123456789abcdef';
function hex(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += HEX.charAt(r.int(0, 15));
  return s;
}
function letters(r: Rng, n: number, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ'): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet.charAt(r.int(0, alphabet.length - 1));
  return s;
}
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
function money(r: Rng, cur: string): string {
  const v = r.pick([5, 10, 12, 15, 20, 25, 30, 50, 75, 100, 150, 250, 500, 1000]);
  return cur === '€' ? `${v},00 €` : `${cur}${v}${r.chance(0.4) ? '.00' : ''}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Names

interface Culture {
  readonly id: string;
  readonly m: readonly string[];
  readonly f: readonly string[];
  readonly s: readonly string[];
  readonly east: boolean;
}
const cu = (id: string, m: string, f: string, s: string, east = false): Culture => ({
  id,
  m: m.split(' '),
  f: f.split(' '),
  s: s.split(','),
  east,
});
const CULTURES: readonly Culture[] = [
  cu('engb', 'Oliver Harry George Will Guy Grant Bill Jack Alfie Rhys Reggie Stanley', 'Rose Hope May Amelia Poppy Imogen Faith Joy Daisy Ivy Pearl Hazel', 'Whitfield,Ashworth,Baker,Price,Long,Hill,Wood,King,Young,Church,Bell,Marsh,Pennington,Hargreaves,Lowe,Fairweather,Cotton,Fox'),
  cu('enus', 'Tyler Hunter Mason Wyatt Frank Mark Chase Rich Dwayne Cody Brett Lamar', 'Madison Brooke Summer Dawn Kayla Savannah Autumn Shay Tiffany Crystal Star Destiny', 'Carter,Brooks,Hayes,Sullivan,Whitaker,Jennings,Coleman,Reed,Foster,Barnes,Webb,Dalton,Washington,Banks,Story'),
  cu('ga', 'Cian Oisín Darragh Pádraig Seán Eoin Ruairí Colm', 'Aoife Siobhán Niamh Clodagh Saoirse Gráinne Róisín Orla', "O'Sullivan,Ní Bhriain,McCarthy,Fitzgerald,Kavanagh,Byrne,Doyle,Ó Ceallaigh,Mac Giolla,Brennan"),
  cu('gd', 'Callum Hamish Fraser Angus Euan Ruaridh', 'Isla Morag Eilidh Kirsty Catriona Ailsa', 'MacLeod,Campbell,Ross,Mackenzie,Drummond,Munro,Sinclair,Gillies'),
  cu('de', 'Lukas Jürgen Dieter Matthias Felix Tobias Klaus Wolfgang Jannik', 'Ursula Anneliese Sabine Katrin Lena Hannelore Gudrun Mareike Frieda', 'Müller,Schneider,Becker,Hoffmann,Schäfer,Krüger,Wagner,Zimmermann,Vogel,Brandt,Köhler,Lehmann,Engel,Sommer'),
  cu('fr', 'Étienne Thibault Mathieu Benoît Guillaume Rémi Yannick Loïc', 'Margaux Élodie Camille Océane Solène Brigitte Aurélie Maëlle', 'Lefèvre,Moreau,Girard,Fontaine,Rousseau,Mercier,Chevalier,Dubois,Lambert,Gauthier,Faure,Bonnet,Marchand'),
  cu('es', 'Alejandro Iñigo Javier Sergio Álvaro Jesús Borja Gonzalo', 'Lucía Pilar Rocío Nuria Inmaculada Montserrat Begoña Amparo', 'García,López,Fernández,Martínez,Sánchez,Romero,Navarro,Torres,Domínguez,Gil,Ortega,Iglesias,Prieto'),
  cu('mx', 'Rodrigo Emiliano Santiago Uriel Joaquín Efraín Ulises', 'Ximena Guadalupe Itzel Mariana Fernanda Dolores Yesenia Citlali', 'Hernández,Ramírez,Flores,Vázquez,Cruz,Morales,Reyes,Gutiérrez,Mendoza,Castillo,Villanueva,Cervantes'),
  cu('br', 'João Thiago Caio Rafael Gustavo Luiz Vinícius Matheus', 'Júlia Larissa Thaís Conceição Gabriela Luana Francisca Rayssa', 'Silva,Santos,Oliveira,Souza,Pereira,Costa,Rodrigues,Almeida,Nascimento,Carvalho,Araújo,Ribeiro'),
  cu('it', 'Giuseppe Lorenzo Matteo Alessandro Davide Salvatore Gennaro Pietro', 'Chiara Giulia Francesca Alessia Federica Rosaria Assunta Benedetta', 'Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Fontana'),
  cu('nl', 'Daan Bram Sander Joost Maarten Thijs Wouter', 'Sanne Fleur Anouk Lieke Marloes Femke Ilse', 'de Vries,van den Berg,Bakker,Jansen,Visser,Smit,Meijer,de Jong,Mulder,van Dijk,Bos,Vos,van der Linden'),
  cu('pl', 'Krzysztof Wojciech Piotr Tomasz Grzegorz Łukasz Bartosz', 'Agnieszka Małgorzata Katarzyna Joanna Zofia Magdalena Bożena', 'Nowak,Kowalski,Wiśniewski,Wójcik,Kamiński,Lewandowski,Zieliński,Szymański,Dąbrowski,Kozłowski,Mazur'),
  cu('sv', 'Erik Anders Lars Oskar Nils Björn Gustav', 'Ingrid Astrid Maja Elin Linnea Sigrid Ebba', 'Andersson,Johansson,Lindqvist,Bergström,Nilsson,Eklund,Sjöberg,Holm,Lundgren,Forsberg'),
  cu('fi', 'Juha Mikko Eero Antti Ville Jukka', 'Aino Sanna Tuuli Kaisa Johanna Riikka', 'Virtanen,Korhonen,Mäkinen,Nieminen,Heikkinen,Järvinen,Lehtonen,Koskinen'),
  cu('el', 'Giorgos Dimitris Nikos Kostas Yannis Stavros', 'Eleni Katerina Despina Sofia Vasiliki Ioanna', 'Papadopoulos,Georgiou,Nikolaidis,Papadakis,Oikonomou,Karagiannis,Vlachos,Alexiou'),
  cu('tr', 'Mehmet Mustafa Emre Burak Oğuz Can Serkan', 'Ayşe Elif Zeynep Merve Gül Şule Derya', 'Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Aydın,Öztürk,Arslan,Doğan'),
  cu('ar', 'Said Omar Khalid Youssef Tariq Hamza Bilal', 'Fatima Layla Noor Amira Huda Salma Rania', 'Al-Farsi,Haddad,Mansour,Nasser,Khoury,Saleh,El-Sayed,Abboud,Hamdan,Bakr,Darwish'),
  cu('fa', 'Dariush Kian Arash Babak Reza Farhad', 'Shirin Parisa Nasrin Leila Mahsa Roya', 'Hosseini,Rahimi,Karimi,Tehrani,Moradi,Jafari,Ahmadi,Sadeghi'),
  cu('hi', 'Arjun Rohan Vikram Aditya Sanjay Rahul Amit', 'Priya Ananya Kavya Deepika Sunita Meera Pooja', 'Sharma,Patel,Gupta,Iyer,Reddy,Nair,Chatterjee,Banerjee,Malhotra,Joshi,Kapoor,Desai'),
  cu('ta', 'Karthik Senthil Murugan Dinesh Balaji', 'Lakshmi Revathi Kalaivani Thenmozhi Vani', 'Subramaniam,Krishnan,Ramasamy,Pillai,Venkatesan,Arumugam'),
  cu('zh', 'Wei Jun Hao Zhiwei Jian Lei Bo', 'Mei Xiu Ying Lan Jing Yan Xue', 'Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Zhou,Wu,Xu,Sun', true),
  cu('ja', 'Haruto Kenji Takashi Hiroshi Yuto Daiki Sota', 'Yui Sakura Aiko Haruka Yuki Emi Misaki', 'Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato,Yoshida,Yamada', true),
  cu('ko', 'Min-jun Seo-jun Ji-ho Hyun-woo Dong-hyun Jae-won', 'Ji-woo Seo-yeon Ha-eun Min-seo Soo-ah Eun-ji', 'Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim,Han', true),
  cu('vi', 'Minh Duc Huy Quang Tuan Long Phuc', 'Linh Thu Huong Trang Ngoc Mai Thao', 'Nguyen,Tran,Le,Pham,Hoang,Phan,Vu,Dang,Bui,Do', true),
  cu('fil', 'Jericho Paolo Ramon Andres Rodel Nonoy', 'Maricel Rowena Divina Cherry Jasmine Lovely', 'Santos,Reyes,Bautista,Dela Cruz,Mendoza,Villanueva,Aquino,Pascual,Magsaysay'),
  cu('ng', 'Oluwaseun Chinedu Emeka Tunde Femi Obinna Kunle', 'Ngozi Chiamaka Funmilayo Adaeze Yetunde Blessing Precious', 'Okafor,Adeyemi,Okonkwo,Balogun,Nwosu,Adebayo,Eze,Ogunleye,Chukwu,Afolabi'),
  cu('ke', 'Baraka Juma Omondi Mutua Kibet Otieno', 'Wanjiku Akinyi Njeri Zawadi Achieng Neema', 'Kamau,Mwangi,Odhiambo,Kiprono,Wanjala,Njoroge,Chebet,Onyango'),
  cu('et', 'Dawit Tesfaye Yohannes Bereket Abebe', 'Selam Hiwot Meron Tigist Genet', 'Bekele,Tadesse,Haile,Gebremedhin,Alemu,Mengistu,Wolde'),
  cu('he', 'Yosef Avi Eitan Noam Ori', 'Tamar Noa Yael Shira Michal', 'Cohen,Levi,Mizrahi,Peretz,Biton,Friedman,Avraham'),
  cu('ru', 'Dmitri Sergei Alexei Oleksandr Taras Mykola', 'Natalia Olga Svetlana Oksana Iryna Tatiana', 'Ivanov,Petrenko,Smirnova,Kovalenko,Shevchuk,Bondarenko,Volkov,Morozova'),
  cu('hu', 'László Zoltán Gábor Bence Attila', 'Zsófia Katalin Erzsébet Réka Ildikó', 'Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár', true),
  cu('zu', 'Sipho Thabo Mandla Lwazi Themba', 'Nomvula Thandiwe Lindiwe Zanele Ayanda', 'Dlamini,Nkosi,Mthembu,Ndlovu,Khumalo,Mahlangu,Zungu'),
  cu('ms', 'Ahmad Faizal Hafiz Irfan Zul', 'Nurul Siti Aisyah Farah Azlina', 'Rahman,Ismail,Abdullah,Hassan,Yusof,Osman'),
];
const CULT = new Map(CULTURES.map((c) => [c.id, c]));

interface Person {
  readonly g: string;
  readonly f: string;
  readonly fem: boolean;
  readonly east: boolean;
  readonly full: string;
}
function mkPerson(r: Rng, cid: string, female?: boolean): Person {
  const c = CULT.get(cid) ?? at(CULTURES, 0);
  const fem = female ?? r.chance(0.55);
  const g = r.pick(fem ? c.f : c.m);
  let f = r.pick(c.s);
  if ((cid === 'es' || cid === 'mx') && r.chance(0.6)) f = `${f} ${r.pick(c.s)}`;
  if (cid === 'br' && r.chance(0.4)) f = `${r.pick(c.s)} ${f}`;
  const east = c.east && r.chance(0.6);
  return { g, f, fem, east, full: east ? `${f} ${g}` : `${g} ${f}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Countries: phones, addresses, dates

type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'sv' | 'ja';
const MONTHS: Record<Lang, readonly string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
  sv: 'januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
  ja: '1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月'.split(' '),
};

interface Country {
  readonly cc: string;
  readonly lang: Lang;
  readonly cultures: readonly string[];
  readonly cur: string;
  readonly name: string;
  phone(r: Rng): string;
  addr(r: Rng): string[];
  date(r: Rng, y: number, m: number, d: number): string;
  readonly join?: string;
}
const ord = (d: number): string => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');
function dmy(r: Rng, y: number, m: number, d: number, lang: Lang, sep = '/'): string {
  const k = r.int(0, 3);
  const mn = at(MONTHS[lang], m - 1);
  if (k === 0) return `${p2(d)}${sep}${p2(m)}${sep}${y}`;
  if (k === 1 && lang === 'en') return `${d}${r.chance(0.3) ? ord(d) : ''} ${mn} ${y}`;
  if (k === 1 && lang === 'de') return `${d}. ${mn} ${y}`;
  if (k === 1 && (lang === 'es' || lang === 'pt')) return `${d} de ${mn} de ${y}`;
  if (k === 1) return `${d} ${mn} ${y}`;
  if (k === 2) return `${d}${sep}${m}${sep}${y}`;
  return `${p2(d)}${sep}${p2(m)}${sep}${y}`;
}
const GBP = 'ABDEFGHJLNPQRSTUWXYZ';
const pc = (r: Rng, area: string): string => `${area}${r.int(1, 19)} ${r.int(1, 9)}${letters(r, 2, GBP)}`;

const COUNTRIES: readonly Country[] = [
  {
    cc: 'GB', lang: 'en', cur: '£', name: 'United Kingdom', cultures: ['engb', 'engb', 'engb', 'gd', 'ar', 'hi', 'ng', 'pl', 'zh', 'ga'],
    phone: (r) => r.pick([`07${r.int(400, 999)} ${r.digits(6)}`, `+44 7${r.int(400, 999)} ${r.digits(3)} ${r.digits(3)}`, `020 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`, `+44 (0)113 ${r.digits(3)} ${r.digits(4)}`, `0161 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [town, area, loc] = r.pick([['Leeds', 'LS', 'Headingley'], ['Bristol', 'BS', 'Southville'], ['Norwich', 'NR', 'Thorpe Hamlet'], ['Cardiff', 'CF', 'Roath'], ['Sheffield', 'S', 'Crookes'], ['York', 'YO', 'Heworth'], ['Brighton', 'BN', 'Hove'], ['Glasgow', 'G', 'Partick'], ['Edinburgh', 'EH', 'Leith'], ['Manchester', 'M', 'Levenshulme'], ['Exeter', 'EX', 'Heavitree'], ['Derby', 'DE', 'Allestree']] as const);
      const st = `${r.int(1, 240)} ${r.pick(['Elm Grove', 'Chapel Street', 'Wellington Road', 'Larch Close', 'Mill Lane', 'Station Road', 'Rosebery Avenue', 'Kestrel Way', 'Orchard Rise', 'Victoria Terrace', 'Cobden Street', 'Harebell Drive'])}`;
      const lines: string[] = [];
      if (r.chance(0.25)) lines.push(r.pick(['Flat 2', 'Flat 14B', 'Apartment 7', 'Rosemary Cottage', 'The Old Forge']));
      lines.push(st);
      if (r.chance(0.35)) lines.push(loc);
      const post = pc(r, area);
      if (r.chance(0.5)) lines.push(`${r.chance(0.3) ? town.toUpperCase() : town} ${post}`);
      else lines.push(town, post);
      if (r.chance(0.15)) lines.push('United Kingdom');
      return lines;
    },
    date: (r, y, m, d) => dmy(r, y, m, d, 'en'),
  },
  {
    cc: 'US', lang: 'en', cur: '$', name: 'USA', cultures: ['enus', 'enus', 'enus', 'mx', 'zh', 'ko', 'vi', 'fil', 'he', 'ru', 'ng'],
    phone: (r) => {
      const a = r.pick(['415', '312', '206', '617', '503', '512', '773', '919', '614', '404', '718', '971']);
      const x = `${r.int(201, 989)}`;
      const y = r.digits(4);
      return r.pick([`(${a}) ${x}-${y}`, `${a}-${x}-${y}`, `+1 ${a} ${x} ${y}`, `${a}.${x}.${y}`, `1-${a}-${x}-${y}`]);
    },
    addr: (r) => {
      const [city, st, zip] = r.pick([['Columbus', 'OH', '432'], ['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Chicago', 'IL', '606'], ['Seattle', 'WA', '981'], ['Raleigh', 'NC', '276'], ['Albuquerque', 'NM', '871'], ['Madison', 'WI', '537'], ['Savannah', 'GA', '314'], ['Burlington', 'VT', '054']] as const);
      const street = `${r.int(10, 9899)} ${r.pick(['Maple Ave', 'N Oak St', 'Juniper Ln', 'W 43rd St', 'Lakeshore Dr', 'Pecan Blvd', 'Cherry Hill Rd', 'Elmwood Ct', 'Sycamore St'])}`;
      const lines = [street];
      if (r.chance(0.3)) lines.push(r.pick([`Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`, `Unit ${r.int(100, 999)}`, `Suite ${r.int(100, 450)}`]));
      lines.push(`${city}, ${st} ${zip}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`);
      if (r.chance(0.1)) lines.push('USA');
      return lines;
    },
    date: (r, y, m, d) => r.pick([`${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${at(MONTHS.en, m - 1)} ${d}, ${y}`, `${y}-${p2(m)}-${p2(d)}`]),
  },
  {
    cc: 'IE', lang: 'en', cur: '€', name: 'Ireland', cultures: ['ga', 'ga', 'engb', 'pl'],
    phone: (r) => r.pick([`08${r.pick(['3', '5', '6', '7'])} ${r.digits(3)} ${r.digits(4)}`, `+353 8${r.int(3, 7)} ${r.digits(3)} ${r.digits(4)}`, `(01) ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [town, ek] = r.pick([['Galway', 'H91'], ['Cork', 'T12'], ['Limerick', 'V94'], ['Dublin 8', 'D08'], ['Sligo', 'F91']] as const);
      return [`${r.int(1, 90)} ${r.pick(['Seaview Terrace', 'Church Road', 'Ardilaun Park', 'Main Street', 'Bóthar na Trá'])}`, town, `${ek} ${letters(r, 1)}${r.digits(1)}${letters(r, 1)}${r.digits(1)}`];
    },
    date: (r, y, m, d) => dmy(r, y, m, d, 'en'),
  },
  {
    cc: 'DE', lang: 'de', cur: '€', name: 'Deutschland', cultures: ['de', 'de', 'de', 'tr', 'ru', 'el', 'fa', 'pl'],
    phone: (r) => r.pick([`+49 30 ${r.digits(8)}`, `030 ${r.digits(4)} ${r.digits(4)}`, `0151 ${r.digits(8)}`, `+49 (0)171 ${r.digits(3)} ${r.digits(4)}`, `0221/${r.digits(6)}`, `089 ${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`]),
    addr: (r) => {
      const [city, z] = r.pick([['Berlin', '10'], ['Köln', '50'], ['Hamburg', '22'], ['Leipzig', '04'], ['München', '80'], ['Freiburg im Breisgau', '79'], ['Kassel', '34']] as const);
      return [`${r.pick(['Lindenstraße', 'Am Mühlbach', 'Goethestr.', 'Kirchweg', 'Hauptstraße', 'Birkenallee', 'Schillerplatz'])} ${r.int(1, 120)}${r.pick(['', '', 'a', 'b'])}`, `${z}${r.digits(3)} ${city}`];
    },
    date: (r, y, m, d) => dmy(r, y, m, d, 'de', '.'),
  },
  {
    cc: 'FR', lang: 'fr', cur: '€', name: 'France', cultures: ['fr', 'fr', 'fr', 'ar', 'vi'],
    phone: (r) => r.pick([`06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+33 7 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `01.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`, `+33 (0)4 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [city, z] = r.pick([['Lyon', '6900'], ['Nantes', '4400'], ['Lille', '5900'], ['Toulouse', '3100'], ['Marseille', '1300'], ['Rennes', '3500']] as const);
      const lines = [`${r.int(1, 140)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard de la Liberté', 'impasse du Moulin', 'rue Victor Hugo', 'allée des Tilleuls'])}`];
      if (r.chance(0.25)) lines.unshift(r.pick(['Bâtiment C', 'Résidence Les Pins', 'Appartement 12']));
      lines.push(`${z}${r.int(1, 9)} ${city.toUpperCase()}`);
      return lines;
    },
    date: (r, y, m, d) => dmy(r, y, m, d, 'fr'),
  },
  {
    cc: 'ES', lang: 'es', cur: '€', name: 'España', cultures: ['es', 'es', 'es', 'ar'],
    phone: (r) => r.pick([`6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [city, z] = r.pick([['Madrid', '280'], ['Valencia', '460'], ['Sevilla', '410'], ['Bilbao', '480'], ['Zaragoza', '500']] as const);
      return [`${r.pick(['Calle Mayor', 'C/ de la Paz', 'Avda. de la Constitución', 'Calle Alcalá', 'Plaza del Pilar'])}, ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}`, `${z}${r.digits(2)} ${city}`];
    },
    date: (r, y, m, d) => dmy(r, y, m, d, 'es'),
  },
  {
    cc: 'IT', lang: 'it', cur: '€', name: 'Italia', cultures: ['it', 'it', 'it'],
    phone: (r) => r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `3${r.digits(2)} ${r.digits(7)}`, `06 ${r.digits(4)} ${r.digits(4)}`, `02-${r.digits(8)}`]),
    addr: (r) => {
      const [city, z, pr] = r.pick([['Milano', '201', 'MI'], ['Roma', '001', 'RM'], ['Napoli', '801', 'NA'], ['Bologna', '401', 'BO'], ['Torino', '101', 'TO']] as const);
      return [`${r.pick(['Via Roma', 'Corso Garibaldi', 'Via dei Mille', 'Piazza Mazzini', 'Viale Europa'])} ${r.int(1, 180)}`, `${z}${r.digits(2)} ${city} (${pr})`];
    },
    date: (r, y, m, d) => dmy(r, y, m, d, 'it'),
  },
  {
    cc: 'NL', lang: 'nl', cur: '€', name: 'Nederland', cultures: ['nl', 'nl', 'nl', 'tr'],
    phone: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(8)}`, `020 ${r.digits(3)} ${r.digits(4)}`, `+31 (0)30 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Keizersgracht', 'Lindenlaan', 'Dorpsstraat', 'Molenweg', 'Oudegracht'])} ${r.int(1, 300)}${r.pick(['', '-2', ' A', 'bis'])}`, `${r.int(1011, 9999)} ${letters(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')} ${r.pick(['Amsterdam', 'Utrecht', 'Zwolle', 'Groningen', 'Eindhoven'])}`],
    date: (r, y, m, d) => dmy(r, y, m, d, 'nl', '-'),
  },
  {
    cc: 'BE', lang: 'fr', cur: '€', name: 'Belgique', cultures: ['fr', 'nl', 'ar'],
    phone: (r) => r.pick([`+32 47${r.int(0, 9)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `0486 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `02 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Rue de la Station', 'Kerkstraat', 'Chaussée de Louvain', 'Meir'])} ${r.int(1, 250)}${r.chance(0.3) ? ` bte ${r.int(1, 9)}` : ''}`, `${r.pick(['1000 Bruxelles', '4000 Liège', '9000 Gent', '2000 Antwerpen', '5000 Namur'])}`],
    date: (r, y, m, d) => dmy(r, y, m, d, 'fr'),
  },
  {
    cc: 'AT', lang: 'de', cur: '€', name: 'Österreich', cultures: ['de', 'hu', 'tr'],
    phone: (r) => r.pick([`+43 664 ${r.digits(7)}`, `0664 ${r.digits(3)} ${r.digits(4)}`, `01 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Linzer Gasse'])} ${r.int(1, 150)}/${r.int(1, 20)}`, `${r.pick(['1070 Wien', '1030 Wien', '8010 Graz', '5020 Salzburg', '6020 Innsbruck'])}`],
    date: (r, y, m, d) => dmy(r, y, m, d, 'de', '.'),
  },
  {
    cc: 'CH', lang: 'de', cur: 'CHF ', name: 'Schweiz', cultures: ['de', 'fr', 'it'],
    phone: (r) => r.pick([`+41 79 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `078 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `044 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Bahnhofstrasse', 'Seefeldstrasse', 'Rue du Rhône', 'Via Nassa'])} ${r.int(1, 99)}`, `${r.pick(['8001 Zürich', '3011 Bern', '1204 Genève', '6900 Lugano', '4051 Basel'])}`],
    date: (r, y, m, d) => dmy(r, y, m, d, 'de', '.'),
  },
  {
    cc: 'PL', lang: 'pl', cur: 'zł ', name: 'Polska', cultures: ['pl', 'pl', 'ru'],
    phone: (r) => r.pick([`+48 5${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `6${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`, `(22) ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => [`ul. ${r.pick(['Kwiatowa', 'Długa', 'Słoneczna', 'Piękna', 'Ogrodowa'])} ${r.int(1, 90)}${r.chance(0.5) ? `/${r.int(1, 40)}` : ''}`, `${r.int(0, 9)}${r.digits(1)}-${r.digits(3)} ${r.pick(['Warszawa', 'Kraków', 'Gdańsk', 'Poznań', 'Wrocław'])}`],
    date: (r, y, m, d) => r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d} ${at(MONTHS.pl, m - 1)} ${y} r.`, `${y}-${p2(m)}-${p2(d)}`]),
  },
  {
    cc: 'SE', lang: 'sv', cur: 'kr ', name: 'Sverige', cultures: ['sv', 'sv', 'fi', 'fa'],
    phone: (r) => r.pick([`070-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 73 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`]),
    addr: (r) => [`${r.pick(['Storgatan', 'Vasagatan', 'Björkvägen', 'Kyrkogatan'])} ${r.int(1, 80)}${r.pick(['', '', ' B', ' lgh 1102'])}`, `${r.int(111, 984)} ${r.digits(2)} ${r.pick(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Umeå'])}`],
    date: (r, y, m, d) => r.pick([`${y}-${p2(m)}-${p2(d)}`, `${d} ${at(MONTHS.sv, m - 1)} ${y}`]),
  },
  {
    cc: 'CA', lang: 'en', cur: '$', name: 'Canada', cultures: ['enus', 'fr', 'zh', 'hi', 'fil'],
    phone: (r) => `${r.pick(['(416) ', '604-', '+1 514 ', '(613) ', '403-'])}${r.int(201, 989)}-${r.digits(4)}`,
    addr: (r) => {
      const [c, pr, f] = r.pick([['Toronto', 'ON', 'M'], ['Montréal', 'QC', 'H'], ['Vancouver', 'BC', 'V'], ['Halifax', 'NS', 'B'], ['Calgary', 'AB', 'T']] as const);
      return [`${r.int(10, 2999)} ${r.pick(['Queen St W', 'Rue Saint-Denis', 'Commercial Dr', 'Spring Garden Rd', '17 Ave SW'])}${r.chance(0.3) ? ` Unit ${r.int(1, 30)}` : ''}`, `${c} ${pr} ${f}${r.int(1, 9)}${letters(r, 1)} ${r.int(1, 9)}${letters(r, 1)}${r.int(0, 9)}`];
    },
    date: (r, y, m, d) => r.pick([`${y}-${p2(m)}-${p2(d)}`, `${at(MONTHS.en, m - 1)} ${d}, ${y}`, `${p2(d)}/${p2(m)}/${y}`]),
  },
  {
    cc: 'AU', lang: 'en', cur: '$', name: 'Australia', cultures: ['engb', 'engb', 'el', 'zh', 'vi', 'it'],
    phone: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.digits(4)} ${r.digits(4)}`, `03 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => {
      const [sub, st, z] = r.pick([['Fitzroy', 'VIC', '3065'], ['Marrickville', 'NSW', '2204'], ['Fremantle', 'WA', '6160'], ['West End', 'QLD', '4101'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005']] as const);
      return [`${r.chance(0.3) ? `Unit ${r.int(1, 12)}, ` : ''}${r.int(1, 200)} ${r.pick(['Banksia Street', 'Wattle Avenue', 'Jacaranda Crescent', 'Bourke Road', 'Ironbark Place'])}`, `${sub} ${st} ${z}`];
    },
    date: (r, y, m, d) => dmy(r, y, m, d, 'en'),
  },
  {
    cc: 'NZ', lang: 'en', cur: '$', name: 'New Zealand', cultures: ['engb', 'engb', 'zh', 'fil'],
    phone: (r) => r.pick([`021 ${r.digits(3)} ${r.digits(4)}`, `+64 27 ${r.digits(3)} ${r.digits(4)}`, `(09) ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 250)} ${r.pick(['Kauri Road', 'Rimu Street', 'Pōhutukawa Drive', 'Cuba Street'])}`, r.pick(['Ponsonby', 'Te Aro', 'Riccarton', 'Mount Maunganui']), `${r.pick(['Auckland', 'Wellington', 'Christchurch', 'Tauranga'])} ${r.int(1010, 9999)}`],
    date: (r, y, m, d) => dmy(r, y, m, d, 'en'),
  },
  {
    cc: 'IN', lang: 'en', cur: '₹', name: 'India', cultures: ['hi', 'hi', 'ta'],
    phone: (r) => r.pick([`+91 9${r.digits(4)} ${r.digits(5)}`, `09${r.digits(4)} ${r.digits(5)}`, `98${r.digits(3)}-${r.digits(5)}`, `080-${r.digits(8)}`]),
    addr: (r) => [`Flat ${r.int(101, 904)}, ${r.pick(['Shanti Apartments', 'Gokul Residency', 'Sai Krupa Towers', 'Lotus Enclave'])}`, `${r.int(4, 18)}th Cross, ${r.pick(['Indiranagar', 'Koramangala', 'Anna Nagar', 'Andheri West', 'Salt Lake'])}`, `${r.pick(['Bengaluru', 'Chennai', 'Mumbai', 'Kolkata', 'Pune'])} ${r.int(4, 7)}${r.digits(5)}`],
    date: (r, y, m, d) => r.pick([`${p2(d)}/${p2(m)}/${y}`, `${p2(d)}-${p2(m)}-${y}`, `${d} ${at(MONTHS.en, m - 1)} ${y}`]),
  },
  {
    cc: 'JP', lang: 'ja', cur: '¥', name: '日本', cultures: ['ja'],
    phone: (r) => r.pick([`090-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 90-${r.digits(4)}-${r.digits(4)}`, `06-${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) =>
      r.chance(0.5)
        ? [`〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '京都府京都市左京区岩倉', '北海道札幌市中央区南'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}`]
        : [`${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)} ${r.pick(['Kichijoji Honcho', 'Nishi-Shinjuku', 'Tenjin', 'Sakae'])}`, `${r.pick(['Musashino-shi, Tokyo', 'Shinjuku-ku, Tokyo', 'Chuo-ku, Fukuoka', 'Naka-ku, Nagoya'])} ${r.digits(3)}-${r.digits(4)}`],
    date: (r, y, m, d) => (r.chance(0.3) && y < 1989 ? `昭和${y - 1925}年${m}月${d}日` : r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`])),
  },
  {
    cc: 'BR', lang: 'pt', cur: 'R$ ', name: 'Brasil', cultures: ['br'],
    phone: (r) => r.pick([`(11) 9${r.digits(4)}-${r.digits(4)}`, `+55 21 9${r.digits(4)}-${r.digits(4)}`, `(31) 3${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Rua das Flores', 'Av. Paulista', 'Rua Augusta', 'Travessa do Comércio'])}, ${r.int(10, 2500)}${r.chance(0.4) ? `, apto ${r.int(11, 184)}` : ''}`, `${r.pick(['Pinheiros, São Paulo - SP', 'Botafogo, Rio de Janeiro - RJ', 'Savassi, Belo Horizonte - MG'])}`, `${r.digits(5)}-${r.digits(3)}`],
    date: (r, y, m, d) => dmy(r, y, m, d, 'pt'),
  },
  {
    cc: 'MX', lang: 'es', cur: '$', name: 'México', cultures: ['mx'],
    phone: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `55 ${r.digits(4)} ${r.digits(4)}`, `(33) ${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => [`${r.pick(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Juárez', 'Calle 5 de Mayo'])} ${r.int(10, 3000)}${r.chance(0.4) ? `, Int. ${r.int(1, 12)}` : ''}`, `Col. ${r.pick(['Del Valle', 'Roma Norte', 'Centro', 'Chapalita'])}`, `${r.digits(5)} ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Puebla, Pue.'])}`],
    date: (r, y, m, d) => dmy(r, y, m, d, 'es'),
  },
  {
    cc: 'ZA', lang: 'en', cur: 'R', name: 'South Africa', cultures: ['zu', 'zu', 'engb'],
    phone: (r) => r.pick([`082 ${r.digits(3)} ${r.digits(4)}`, `+27 71 ${r.digits(3)} ${r.digits(4)}`, `021 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 99)} ${r.pick(['Protea Road', 'Jacaranda Street', 'Main Reef Road', 'Long Street'])}`, r.pick(['Rondebosch', 'Soweto', 'Observatory', 'Umbilo']), `${r.pick(['Cape Town', 'Johannesburg', 'Durban'])}, ${r.int(1000, 8000)}`],
    date: (r, y, m, d) => r.pick([`${y}/${p2(m)}/${p2(d)}`, `${d} ${at(MONTHS.en, m - 1)} ${y}`, `${p2(d)}/${p2(m)}/${y}`]),
  },
  {
    cc: 'KE', lang: 'en', cur: 'KSh ', name: 'Kenya', cultures: ['ke'],
    phone: (r) => r.pick([`07${r.digits(2)} ${r.digits(6)}`, `+254 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `0722-${r.digits(6)}`]),
    addr: (r) => (r.chance(0.5) ? [`P.O. Box ${r.int(100, 99999)}-00${r.pick(['100', '200', '506'])}`, 'Nairobi'] : [`${r.pick(['Ngong Road', 'Kenyatta Avenue', 'Oginga Odinga Street'])}, House ${r.int(1, 80)}`, `P.O. Box ${r.int(100, 9999)}-40100`, 'Kisumu', 'Kenya']),
    date: (r, y, m, d) => dmy(r, y, m, d, 'en'),
  },
  {
    cc: 'SG', lang: 'en', cur: 'S$', name: 'Singapore', cultures: ['zh', 'ms', 'ta'],
    phone: (r) => r.pick([`+65 9${r.digits(3)} ${r.digits(4)}`, `8${r.digits(3)} ${r.digits(4)}`, `6${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [`Blk ${r.int(100, 999)} ${r.pick(['Ang Mo Kio Ave 3', 'Tampines St 21', 'Jurong West St 52', 'Bedok North Rd'])}`, `#${p2(r.int(2, 25))}-${r.int(10, 999)}`, `Singapore ${r.int(3, 7)}${r.digits(5)}`],
    date: (r, y, m, d) => dmy(r, y, m, d, 'en'),
  },
  {
    cc: 'NG', lang: 'en', cur: '₦', name: 'Nigeria', cultures: ['ng'],
    phone: (r) => r.pick([`+234 80${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `0803 ${r.digits(3)} ${r.digits(4)}`, `0706-${r.digits(3)}-${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 60)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Ogui Road', 'Herbert Macaulay Way'])}`, `${r.pick(['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Enugu', 'Yaba, Lagos'])} ${r.int(100001, 109999)}`],
    date: (r, y, m, d) => dmy(r, y, m, d, 'en'),
  },
];
const CTRY = new Map(COUNTRIES.map((c) => [c.cc, c]));
const ctry = (cc: string): Country => CTRY.get(cc) ?? at(COUNTRIES, 0);

// ---------------------------------------------------------------------------------------------------------------
// Structured values

function ibanFor(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const n = len - 4;
  let bban: string;
  if (cc === 'GB' || cc === 'IE') bban = letters(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + r.digits(n - 4);
  else if (cc === 'NL') bban = r.pick(['ABNA', 'RABO', 'INGB', 'TRIO', 'SNSB']) + r.digits(n - 4);
  else if (cc === 'IT') bban = letters(r, 1) + r.digits(n - 1);
  else bban = r.digits(n);
  for (let c = 2; c <= 98; c++) {
    const cand = `${cc}${p2(c)}${bban}`;
    if (ibanMod97Valid(cand)) return cand;
  }
  return `${cc}00${bban}`;
}
function fmtIban(r: Rng, raw: string): string {
  const k = r.int(0, 9);
  if (k < 6) return raw.replace(/(.{4})/g, '$1 ').trim();
  if (k < 9) return raw;
  return raw.toLowerCase();
}
function badIban(r: Rng, cc: string): string {
  const raw = ibanFor(r, cc);
  const ck = Number(raw.slice(2, 4));
  const bad = `${raw.slice(0, 2)}${p2(ck >= 97 ? ck - 1 : ck + 1)}${raw.slice(4)}`;
  return bad.replace(/(.{4})/g, '$1 ').trim();
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 11);
  const [pre, len] =
    k <= 3 ? ['4', r.chance(0.08) ? 13 : 16]
    : k <= 5 ? [r.chance(0.7) ? `5${r.int(1, 5)}` : String(r.int(2221, 2720)), 16]
    : k === 6 ? [r.pick(['34', '37']), 15]
    : k === 7 ? ['6011', 16]
    : k === 8 ? [String(r.int(3528, 3589)), 16]
    : k === 9 ? ['36', 14]
    : k === 10 ? ['62', 16]
    : [r.pick(['65', '4']), 16];
  const body = pre + r.digits(len - 1 - pre.length);
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}
function fmtCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return (d.match(/.{1,4}/g) ?? [d]).join(sep);
}
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.slice(-1));
  return fmtCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const s = `${String(a).padStart(3, '0')}`;
  const g = p2(r.int(1, 99));
  const e = String(r.int(1, 9999)).padStart(4, '0');
  const sep = r.pick(['-', '-', '-', ' ', '']);
  return `${s}${sep}${g}${sep}${e}`;
}
function ipv4(r: Rng): string {
  return r.pick([
    `${r.pick([81, 86, 92, 109, 151, 176, 185, 203, 212, 24, 73, 98])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    `192.168.${r.int(0, 10)}.${r.int(2, 254)}`,
    `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ]);
}
function ipv6(r: Rng): string {
  const h = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  return r.pick([
    `2a02:c7f:${h()}:${h()}::${h()}`,
    `2600:1700:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
    `fe80::${h()}:${h()}:${h()}:${h()}`,
    `2001:db8:${h()}::${h()}:${h()}`,
  ]);
}
const ip = (r: Rng): string => (r.chance(0.3) ? ipv6(r) : ipv4(r));

const MAILS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'free.fr', 'libero.it', 'hotmail.es', 'ziggo.nl', 'wp.pl', 'telia.com', 'bigpond.com', 'xtra.co.nz', 'rediffmail.com', 'yahoo.co.jp', 'naver.com', 'uol.com.br', 'icloud.com', 'proton.me', 'btinternet.com', 'comcast.net', 'shaw.ca', 'eircom.net', 'posteo.de'];
function emailFor(r: Rng, p: Person): string {
  let g = ascii(p.g);
  let f = ascii(p.f);
  if (!g) g = 'donor';
  if (!f) f = 'x';
  const local = r.pick([`${g}.${f}`, `${g.charAt(0)}${f}`, `${g}${f}${r.int(1, 99)}`, `${f}_${g}`, `${g}.${f.charAt(0)}${r.int(60, 99)}`, `${g}-${f}`]);
  return `${local}@${r.pick(MAILS)}`;
}

interface Org {
  readonly name: string;
  readonly dom: string;
  readonly cc: string;
  readonly kind: string;
}
const ORGS: readonly Org[] = [
  { name: 'Larkspur Food Bank', dom: 'larkspurfoodbank.org.uk', cc: 'GB', kind: 'food bank' },
  { name: 'Northgate Shelter Trust', dom: 'northgateshelter.org.uk', cc: 'GB', kind: 'shelter' },
  { name: 'The Edith Carrow Foundation', dom: 'edithcarrow.org', cc: 'GB', kind: 'foundation' },
  { name: 'Open Table Community Pantry', dom: 'opentablepantry.org', cc: 'US', kind: 'food bank' },
  { name: 'Harbor Lights Mission', dom: 'harborlightsmission.org', cc: 'US', kind: 'shelter' },
  { name: 'Brückenschlag e.V.', dom: 'brueckenschlag-ev.de', cc: 'DE', kind: 'Verein' },
  { name: 'Les Amis du Canal', dom: 'amisducanal.fr', cc: 'FR', kind: 'association' },
  { name: 'Fundación Raíces Solidarias', dom: 'raicessolidarias.org', cc: 'ES', kind: 'fundación' },
  { name: 'Stichting Warme Haven', dom: 'warmehaven.nl', cc: 'NL', kind: 'stichting' },
  { name: 'Kifaru Youth Trust', dom: 'kifaruyouth.or.ke', cc: 'KE', kind: 'trust' },
  { name: 'Bluegum Community Shelter', dom: 'bluegumshelter.org.au', cc: 'AU', kind: 'shelter' },
  { name: 'Instituto Semear', dom: 'semear.org.br', cc: 'BR', kind: 'instituto' },
  { name: 'Fundacja Ciepły Kąt', dom: 'cieplykat.pl', cc: 'PL', kind: 'fundacja' },
  { name: 'Marjorie Pell Hospice', dom: 'pellhospice.org.uk', cc: 'GB', kind: 'hospice' },
  { name: 'Lighthouse Paws Rescue', dom: 'lighthousepaws.org', cc: 'US', kind: 'animal rescue' },
  { name: 'Maple Hearth Food Share', dom: 'maplehearth.ca', cc: 'CA', kind: 'food bank' },
  { name: 'Casa Aperta Onlus', dom: 'casaaperta.it', cc: 'IT', kind: 'associazione' },
  { name: 'Wayfarers Hospice', dom: 'wayfarershospice.org.nz', cc: 'NZ', kind: 'hospice' },
];
const ROLE = ['donations', 'supportercare', 'giftaid', 'volunteer', 'legacies', 'info', 'events', 'hello', 'fundraising', 'safeguarding', 'privacy'];
const roleMail = (r: Rng, o: Org): string => `${r.pick(ROLE)}@${o.dom}`;

function spell(s: string, r: Rng): string {
  const W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const out: string[] = [];
  for (const ch of s) {
    if (ch === '+') out.push('plus');
    else if (/\d/.test(ch)) out.push(ch === '0' && r.chance(0.5) ? 'oh' : at(W, Number(ch)));
    else if (ch === ' ' || ch === '-') {
      const last = out.length - 1;
      if (last >= 0) out[last] = `${at(out, last)},`;
    }
  }
  return out.join(' ').replace(/,$/, '');
}
function spokenEmail(e: string): string {
  return e.replace(/\./g, ' dot ').replace('@', ' at ').replace(/_/g, ' underscore ').replace(/-/g, ' dash ').replace(/(\D)(\d)/g, '$1 $2');
}

/** Distractors: things that look like PII but are not, by the conventions. */
function junk(r: Rng): string {
  const k = r.int(0, 17);
  switch (k) {
    case 0: return `Gift ID GFT-${r.digits(8)}`;
    case 1: return `tracking 1Z ${r.digits(3)} ${letters(r, 2)}${r.digits(1)} ${r.digits(4)} ${r.digits(4)}`;
    case 2: return `commit ${hex(r, 12)}`;
    case 3: return `CRM build v${r.int(2, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`;
    case 4: return `EIN ${r.int(10, 98)}-${r.digits(7)}`;
    case 5: return `routing no. 0${r.digits(8)}`;
    case 6: return `registered charity no. ${r.int(200000, 1199999)}`;
    case 7: return `case ref. CS-${r.int(2019, 2025)}-${r.digits(5)}`;
    case 8: return `batch ${r.int(2019, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;
    case 9: return `test card ${badCard(r)} (declined, fails check)`;
    case 10: return `old mandate IBAN ${badIban(r, r.pick(['DE', 'FR', 'NL', 'ES', 'GB']))} (rejected: invalid)`;
    case 11: return `card ending ${r.digits(4)}`;
    case 12: return `SSN on file: ***-**-${r.digits(4)}`;
    case 13: return `phone on file ***-***-${r.digits(4)}`;
    case 14: return `uuid ${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;
    case 15: return `Sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`;
    case 16: return `campaign code ${r.pick(['XMAS', 'SPRING', 'LEGACY', 'EMERG'])}${r.int(21, 25)}-${letters(r, 3)}`;
    default: return `voucher no. ${r.digits(6)}`;
  }
}
const TRAPS = [
  'the Florence Nightingale Ward', "Alzheimer's Society", "Parkinson's UK", "Crohn's & Colitis", 'the Nobel Peace Prize', 'Ronald McDonald House', 'the Gates Foundation', 'Victoria Station', 'the Nelson Mandela Bay office', 'the Queen Elizabeth Hall', 'Martin Luther King Jr. Day', 'Hurricane Maria', 'Storm Ciarán', 'the Magnitsky Act', "Hodgkin's lymphoma", 'Salesforce Nonprofit Cloud', 'the Disney Store', 'Tesco', 'the Ford Transit van', 'McDonald’s', 'Lincoln Memorial', 'St Thomas’ Hospital', 'the Dalton Room', 'Down syndrome', 'the Duke of Edinburgh Award', 'Raiser’s Edge', 'Mailchimp', 'Jack Daniel’s', 'Kellogg’s', 'Ben & Jerry’s', 'Tommy Hilfiger', 'Halley’s Comet',
];

// ---------------------------------------------------------------------------------------------------------------
// The document builder

type NameStyle = 'full' | 'given' | 'family' | 'hon' | 'honfull' | 'init' | 'rev' | 'caps' | 'lower';
function honorific(r: Rng, lang: Lang, fem: boolean): string {
  switch (lang) {
    case 'de': return fem ? 'Frau' : 'Herr';
    case 'fr': return fem ? r.pick(['Mme', 'Madame']) : r.pick(['M.', 'Monsieur']);
    case 'es': return fem ? r.pick(['Sra.', 'Dña.']) : r.pick(['Sr.', 'D.']);
    case 'it': return fem ? 'Sig.ra' : 'Sig.';
    case 'nl': return fem ? 'mevrouw' : 'meneer';
    case 'pt': return fem ? 'Sra.' : 'Sr.';
    case 'pl': return fem ? 'Pani' : 'Pan';
    case 'sv': return '';
    default: return fem ? r.pick(['Mrs', 'Ms', 'Ms.', 'Mrs.', 'Dr', 'Miss']) : r.pick(['Mr', 'Mr.', 'Dr', 'Rev.']);
  }
}

class Doc {
  #text = '';
  readonly labels: Independent51Label[] = [];
  readonly known: string[] = [];
  constructor(readonly r: Rng) {}
  get text(): string {
    return this.#text;
  }
  t(s: string): this {
    this.#text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    const start = this.#text.length;
    this.#text += value;
    this.labels.push({ type, start, end: start + value.length, value });
    return this;
  }
  /** A person's name in a given style; honorifics stay outside the label. */
  nm(p: Person, style: NameStyle = 'full', lang: Lang = 'en'): this {
    const r = this.r;
    switch (style) {
      case 'full': return this.l('PERSON', p.full);
      case 'given': return this.l('PERSON', p.g);
      case 'family':
      case 'hon': {
        if (lang === 'ja') return this.l('PERSON', p.f).t(r.pick(['様', ' 様', 'さん']));
        const h = honorific(r, lang, p.fem);
        return this.t(h ? `${h} ` : '').l('PERSON', p.f);
      }
      case 'honfull': {
        const h = honorific(r, lang, p.fem);
        return this.t(h && lang !== 'ja' ? `${h} ` : '').l('PERSON', p.full).t(lang === 'ja' ? ' 様' : '');
      }
      case 'init': return this.l('PERSON', p.east ? p.full : `${p.g.charAt(0)}. ${p.f}`);
      case 'rev': return this.l('PERSON', p.east ? p.full : `${p.f}, ${p.g}`);
      case 'caps': return this.l('PERSON', p.full.toUpperCase());
      case 'lower': return this.l('PERSON', p.full.toLowerCase());
    }
  }
  /** The user's own full name (session metadata). */
  self(p: Person): this {
    if (!this.known.includes(p.full)) this.known.push(p.full);
    return this.l('PERSON', p.full);
  }
  addr(c: Country, multi: boolean, country = false): this {
    const lines = c.addr(this.r);
    if (country && !lines.includes(c.name)) lines.push(c.name);
    return this.l('ADDRESS', lines.join(multi ? '\n' : (c.join ?? ', ')));
  }
  phone(c: Country): this {
    return this.l('PHONE', c.phone(this.r));
  }
  dob(c: Country, y0 = 1931, y1 = 2006): this {
    const r = this.r;
    return this.l('DOB', c.date(r, r.int(y0, y1), r.int(1, 12), r.int(1, 28)));
  }
  date(c: Country, y0 = 2022, y1 = 2025): this {
    const r = this.r;
    return this.t(c.date(r, r.int(y0, y1), r.int(1, 12), r.int(1, 28)));
  }
  email(p: Person): this {
    return this.l('EMAIL', emailFor(this.r, p));
  }
  card(): this {
    return this.l('CARD', fmtCard(this.r, cardDigits(this.r)));
  }
  iban(cc: string): this {
    return this.l('IBAN', fmtIban(this.r, ibanFor(this.r, cc)));
  }
  build(): Independent51Entry {
    return { text: this.#text, labels: this.labels, knownNames: this.known };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Templates

type Tpl = (r: Rng, d: Doc) => void;
const who = (r: Rng, c: Country): Person => mkPerson(r, r.pick(c.cultures));
const EN_CC = ['GB', 'US', 'IE', 'CA', 'AU', 'NZ', 'IN', 'ZA', 'KE', 'SG', 'NG'];
const enC = (r: Rng): Country => ctry(r.pick(EN_CC));
const anyC = (r: Rng): Country => r.pick(COUNTRIES);
const SEPA = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'IE', 'PT', 'FI', 'LU'];
const ibanCc = (c: Country): string => (IBAN_LENGTHS[c.cc] !== undefined ? c.cc : 'GB');
const UA = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.6367.91', 'okhttp/4.12.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15'];
const nstyle = (r: Rng): NameStyle => r.pick(['full', 'full', 'full', 'given', 'hon', 'init', 'rev', 'caps', 'lower', 'honfull']);
const trap = (r: Rng): string => r.pick(TRAPS);
const trapBare = (r: Rng): string => r.pick(TRAPS).replace(/^the /, '');
const jtime = (r: Rng): string => `${p2(r.int(8, 21))}:${p2(r.int(0, 59))}`;

/** Two to five CRM rows as CSV. */
const crmCsv: Tpl = (r, d) => {
  const c = enC(r);
  d.t(`donor_id,first_name,last_name,email,phone,postal_address,date_of_birth,last_gift,gift_date,campaign\n`);
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    const cc = r.chance(0.7) ? c : anyC(r);
    const p = who(r, cc);
    d.t(`D${r.digits(6)},`).l('PERSON', p.g).t(',').l('PERSON', p.f).t(',');
    if (r.chance(0.85)) d.email(p);
    d.t(',');
    if (r.chance(0.7)) d.phone(cc);
    d.t(',"').addr(cc, false).t('",');
    if (r.chance(0.6)) d.dob(cc);
    d.t(`,"${money(r, cc.cur)}",`).date(cc).t(`,${r.pick(['WINTER24', 'Spring Appeal', 'RG-UPGRADE', 'LEG-25', 'EMERG-FLOOD'])}\n`);
  }
};
const crmJson: Tpl = (r, d) => {
  const c = anyC(r);
  const p = who(r, c);
  d.t(`{\n  "supporter_id": "SUP-${r.digits(7)}",\n  "display_name": "`).nm(p, r.pick(['full', 'rev', 'caps'])).t(`",\n  "email": "`).email(p).t(`",\n  "mobile": "`).phone(c).t(`",\n  "address": "`).addr(c, false).t(`",\n`);
  if (r.chance(0.6)) d.t(`  "date_of_birth": "`).l('DOB', `${r.int(1935, 2004)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`).t(`",\n`);
  if (r.chance(0.5)) d.t(`  "dd_iban": "`).l('IBAN', ibanFor(r, r.pick(SEPA))).t(`",\n`);
  d.t(`  "consent": { "email": ${r.chance(0.5)}, "ip": "`).l('IP', ip(r)).t(`", "captured_at": "${r.int(2021, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${jtime(r)}:00Z" },\n  "crm_version": "${r.int(3, 9)}.${r.int(0, 12)}.${r.int(0, 20)}.${r.int(1, 300)}"\n}`);
};
const giftAidLetter: Tpl = (r, d) => {
  const c = ctry('GB');
  const p = who(r, c);
  const o = r.pick(ORGS.filter((x) => x.cc === 'GB'));
  d.t(`${o.name}\n`).addr(c, true).t(`\n\n`).date(c).t(`\n\n`).nm(p, r.pick(['honfull', 'full'])).t('\n').addr(c, true).t(`\n\nDear `).nm(p, r.pick(['hon', 'given'])).t(`,\n\nThank you for your gift of ${money(r, '£')}. Because you are a UK taxpayer, your Gift Aid declaration means we can claim an extra 25p for every £1 you give. Your supporter number is ${r.digits(8)} and our ${junk(r)}.\n\nIf your circumstances change, email `).l('EMAIL', `giftaid@${o.dom}`).t(` or call `).phone(c).t(`.\n\nWith thanks,\n`).nm(who(r, c), 'full').t(`\nSupporter Care Manager`);
};
const taxReceiptUS: Tpl = (r, d) => {
  const c = ctry('US');
  const p = who(r, c);
  const o = r.pick(ORGS.filter((x) => x.cc === 'US'));
  d.t(`OFFICIAL DONATION RECEIPT — ${o.name} is a 501(c)(3) organization, EIN ${r.int(10, 98)}-${r.digits(7)}.\nReceipt #${r.int(2024, 2025)}-${r.digits(5)}   Date issued: `).date(c).t(`\n\nDonor: `).nm(p, r.pick(['full', 'caps', 'rev'])).t('\n').addr(c, true).t(`\n\nAmount: ${money(r, '$')} (${r.pick(['check #' + r.digits(4), 'Visa ending ' + r.digits(4), 'ACH'])})\nNo goods or services were provided in exchange for this contribution.\nQuestions? `).l('EMAIL', roleMail(r, o)).t(` | `).phone(c).t(` ext. ${r.int(100, 299)}`);
};
const taxReceiptCA: Tpl = (r, d) => {
  const c = ctry('CA');
  const p = who(r, c);
  d.t(`Official receipt for income tax purposes\nMaple Hearth Food Share — BN/Registration ${r.digits(9)} RR0001\nSerial no. ${r.digits(6)}  Location issued: Halifax\nDate donation received: `).date(c).t(`\nReceived from: `).nm(p, 'full').t(`, `).addr(c, false).t(`\nEligible amount of gift: ${money(r, '$')}\nCanada Revenue Agency: canada.ca/charities-giving`);
};
const taxReceiptDE: Tpl = (r, d) => {
  const c = ctry(r.pick(['DE', 'AT']));
  const p = who(r, c);
  d.t(`Bestätigung über Geldzuwendungen\nim Sinne des § 10b EStG an eine der in § 5 Abs. 1 Nr. 9 KStG bezeichneten Körperschaften\n\nName und Anschrift des Zuwendenden:\n`).nm(p, 'full').t('\n').addr(c, true).t(`\n\nBetrag der Zuwendung: ${money(r, '€')}   Tag der Zuwendung: `).date(c).t(`\nSteuernummer des Vereins: ${r.digits(2)}/${r.digits(3)}/${r.digits(5)}\nBrückenschlag e.V., Freistellungsbescheid vom `).date(c, 2021, 2023).t(`\nRückfragen bitte an `).l('EMAIL', 'spenden@brueckenschlag-ev.de');
};
const taxReceiptFR: Tpl = (r, d) => {
  const c = ctry('FR');
  const p = who(r, c);
  d.t(`Reçu au titre des dons à certains organismes d'intérêt général (Cerfa n° 11580*04)\nLes Amis du Canal — article 200 du CGI\n\nDonateur : `).nm(p, r.pick(['honfull', 'caps'])).t(`\nAdresse :\n`).addr(c, true).t(`\n\nMontant : ${money(r, '€')}  Date du versement : `).date(c).t(`\nMode : ${r.pick(['chèque', 'virement', 'prélèvement'])}\nContact : `).l('EMAIL', 'recus@amisducanal.fr').t(` — `).phone(c);
};
const ddMandateUK: Tpl = (r, d) => {
  const c = ctry('GB');
  const p = who(r, c);
  d.t(`Instruction to your bank or building society to pay by Direct Debit\nService user number: ${r.digits(6)}   Reference: NSH${r.digits(7)}\nName(s) of account holder(s): `).nm(p, r.pick(['full', 'caps', 'init'])).t(`\nBank/building society account number: ${r.digits(8)}   Branch sort code: ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}\nAddress: `).addr(c, false).t(`\nEmail: `).email(p).t(`\nMonthly amount: ${money(r, '£')} starting `).date(c).t(`\nDate: `).date(c).t(`\nThe Direct Debit Guarantee applies.`);
};
const sepaMandate: Tpl = (r, d) => {
  const cc = r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'AT', 'BE']);
  const c = ctry(cc);
  const p = who(r, c);
  const credId = `${cc}${r.digits(2)}ZZZ${r.digits(cc === 'DE' ? 11 : 8)}`;
  if (c.lang === 'de') d.t(`SEPA-Lastschriftmandat\nGläubiger-Identifikationsnummer: ${credId}\nMandatsreferenz: BSV-${r.digits(6)}\n\nKontoinhaber: `).nm(p, r.pick(['full', 'rev'])).t(`\nAnschrift: `).addr(c, false).t(`\nIBAN: `).iban(ibanCc(c)).t(`\nBIC: ${letters(r, 6)}XXX\nBetrag: monatlich ${money(r, '€')}\n`).t(`Ort, Datum: ${r.pick(['Berlin', 'Wien', 'Köln'])}, `).date(c).t(`  Unterschrift: `).nm(p, 'full');
  else if (c.lang === 'nl') d.t(`Doorlopende machtiging SEPA\nIncassant ID: ${credId}\nKenmerk machtiging: WH-${r.digits(6)}\nNaam: `).nm(p, 'full').t(`\nAdres: `).addr(c, false).t(`\nRekeningnummer (IBAN): `).iban('NL').t(`\nBedrag per maand: ${money(r, '€')}\nGeboortedatum: `).dob(c).t(`\nDatum: `).date(c);
  else if (c.lang === 'fr') d.t(`Mandat de prélèvement SEPA\nICS : ${credId}   RUM : ${r.digits(10)}\nNom du débiteur : `).nm(p, 'caps').t(`\nAdresse : `).addr(c, false).t(`\nIBAN : `).iban(ibanCc(c)).t(`\nFait à ${r.pick(['Lyon', 'Liège', 'Nantes'])}, le `).date(c);
  else if (c.lang === 'es') d.t(`Orden de domiciliación de adeudo directo SEPA\nIdentificador del acreedor: ${credId}\nTitular: `).nm(p, 'full').t(`\nDirección: `).addr(c, false).t(`\nIBAN: `).iban('ES').t(`\nCuota mensual: ${money(r, '€')} — socio/a n.º ${r.digits(5)}`);
  else d.t(`Mandato per addebito diretto SEPA\nCodice identificativo creditore: ${credId}\nDebitore: `).nm(p, 'full').t(`\nIndirizzo: `).addr(c, false).t(`\nIBAN: `).iban('IT').t(`\nData di nascita: `).dob(c).t(`\nData: `).date(c);
};
const recurringCard: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  const day = r.int(1, 28);
  d.t(`MONTHLY GIVING FORM\nFull name: `).nm(p, r.pick(['full', 'caps', 'lower'])).t(`\nEmail: `).email(p).t(`\nPhone: `).phone(c).t(`\nI'd like to give ${money(r, c.cur)} a month on the ${day}${ord(day)} of each month.\nCard number: `).card().t(`   Expiry: ${p2(r.int(1, 12))}/${r.int(26, 31)}   CVV: ${r.digits(3)}\nBilling address: `).addr(c, false).t(`\n[ ] Please keep me updated by post    [x] Email only`);
};

// ----- chats with the supporter-care assistant
const chatCardUpdate: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  d.t(`User: hi, my monthly donation to ${r.pick(ORGS).name} bounced because my old card expired. I'm `).self(p).t(`. New card is `).card().t(` exp ${p2(r.int(1, 12))}/${r.int(26, 30)}. can you update it?\n\nAssistant: Thanks — I can't store card details in this chat, so I've removed them from the record. Please update them via the secure donor portal or call our team. Is there anything else?\n\nUser: ok. also my phone changed, it's `).phone(c).t(` now`);
};
const chatAddressChange: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  d.t(`[supporter-care bot • session ${hex(r, 8)}]\nSupporter: We've moved house! Old address was `).addr(c, false).t(`, new one is\n`).addr(c, true).t(`\nplease send the Christmas appeal there. name on the account is `).self(p).t(`\nBot: Got it, `).nm(p, 'given').t(`. I've raised a change request (${junk(r)}). You'll get a confirmation email within 2 working days.`);
};
const chatGiftAidVerify: Tpl = (r, d) => {
  const c = ctry(r.pick(['GB', 'GB', 'IE']));
  const p = who(r, c);
  d.t(`User: I think I ticked gift aid but my receipt doesn't show it\nAssistant: I can look into that. Could you confirm your full name, postcode and date of birth?\nUser: `).self(p).t(`, `).addr(c, false).t(`, born `).dob(c).t(`\nAssistant: Thank you, `).nm(p, 'given').t(`. I can see a declaration dated `).date(c).t(`. It will appear on your next annual statement.`);
};
const chatCancelDD: Tpl = (r, d) => {
  const cc = r.pick(SEPA);
  const c = CTRY.get(cc) ?? ctry('DE');
  const p = who(r, c);
  d.t(`User: Please cancel my direct debit, money is tight this winter. Account `).iban(cc).t(`, email `).email(p).t(`\nAssistant: I'm sorry to hear that, and thank you for everything you've given. I've flagged the mandate for cancellation; no further collections will be taken after `).date(c).t(`. Would you like us to keep you on the newsletter?\nUser: no thanks. it's `).self(p).t(` btw`);
};
const chatBereavement: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  const sp = mkPerson(r, r.pick(c.cultures), false);
  d.t(`User: my husband `).nm(sp, 'full').t(` passed away in ${at(MONTHS.en, r.int(0, 11))}. he gave to you every month for 20 years. please stop the letters addressed to him at `).addr(c, false).t(`\nAssistant: I'm so sorry for your loss. I've marked `).nm(sp, 'given').t(`'s record as deceased so no more post is sent. Would you like a statement of his giving for the estate?\nUser: yes please, to me — `).self(p).t(`, `).email(p);
};
const chatForwardedMail: Tpl = (r, d) => {
  const c = anyC(r);
  const p = who(r, c);
  const q = who(r, c);
  const o = r.pick(ORGS);
  d.t(`User: got this, is it a scam?\n---------- Forwarded message ---------\nFrom: `).nm(q, 'full').t(` <`).email(q).t(`>\nTo: `).email(p).t(`\nSubject: Urgent: your pledge to ${o.name}\n\nDear donor, your ${junk(r)} needs confirming. Call `).phone(c).t(` today or reply with your card number.\n---------\nAssistant: This looks like phishing. Our only official addresses end in @${o.dom}. Please don't call that number — forward it to `).l('EMAIL', `security@${o.dom}`).t(`.`);
};
const chatThankVolunteers: Tpl = (r, d) => {
  const c = enC(r);
  const me = who(r, c);
  d.t(`User: can you write a short thank-you note to our Saturday food bank crew? They are `);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = who(r, c);
    d.t(i === 0 ? '' : i === n - 1 ? ' and ' : ', ').nm(p, r.pick(['given', 'full', 'given']));
  }
  d.t(`. Sign it from me, `).self(me).t(`, Volunteer Coordinator.\nAssistant: Of course! "Dear all, thank you for giving up your Saturdays — together you packed ${r.int(120, 900)} parcels this month, and the new rota for the ${trapBare(r)} fundraiser is nearly ready. With gratitude, `).nm(me, 'given').t(`"`);
};
const chatReferralDraft: Tpl = (r, d) => {
  const c = enC(r);
  const cl = who(r, c);
  const kid = mkPerson(r, r.pick(c.cultures), false);
  d.t(`Caseworker: Help me draft a food bank referral. Client `).nm(cl, r.pick(['full', 'init'])).t(`, DOB `).dob(c).t(`, lives at `).addr(c, false).t(` with her son `).nm(kid, 'given').t(` (age ${r.int(2, 15)}). Mobile `).phone(c).t(`. Universal Credit sanction since `).date(c).t(`.\nAssistant: Here is a draft:\nReferral — ${r.pick(ORGS.filter((o) => o.kind === 'food bank')).name}\nHousehold: 1 adult, 1 child. Reason: benefit delay/sanction. Dietary needs: none stated. Voucher to be issued by the referring agency (${junk(r)}).`);
};
const chatVolunteerSignup: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  d.t(`Assistant: Thanks for your interest in volunteering! What's your full name?\nUser: `).self(p).t(`\nAssistant: And your date of birth? (Volunteers must be 16+.)\nUser: `).dob(c).t(`\nAssistant: Best phone number and email?\nUser: `).phone(c).t(r.pick([' / ', ' and ', ', '])).email(p).t(`\nAssistant: Great — which shifts suit you? We have ${r.pick(['warehouse sorting', 'the Tuesday soup run', 'the charity shop on Mill Lane', 'driving the Ford Transit'])}.\nUser: weekends if possible`);
};
const chatDedupe: Tpl = (r, d) => {
  const c = anyC(r);
  const p = who(r, c);
  const e1 = emailFor(r, p);
  d.t(`User: are these two CRM records the same person? should I merge?\n\nA: {"name":"`).nm(p, 'full').t(`","email":"`).l('EMAIL', e1).t(`","postcode_area":"${r.pick(['LS6', 'BS3', 'M14', 'NR2'])}"}\nB: {"name":"`).nm(p, r.pick(['init', 'caps', 'rev'])).t(`","email":"`).email(p).t(`","phone":"`).phone(c).t(`"}\n\nAssistant: They share a name pattern, but the e-mail addresses differ. I'd confirm with the supporter before merging; merging on name alone risks combining two different donors.`);
};
const chatAppealWriter: Tpl = (r, d) => {
  const c = enC(r);
  const me = who(r, c);
  const ben = mkPerson(r, r.pick(c.cultures), false);
  const o = r.pick(ORGS);
  d.t(`User: write me a 150-word winter appeal for ${o.name}. Use the story of `).nm(ben, 'given').t(`, a dad of two who came to us after losing his job (he's happy for us to use his first name). End with my signature:\n`).self(me).t(`\nHead of Individual Giving\n`).phone(c).t(` | `).l('EMAIL', `${ascii(me.g) || 'team'}.${ascii(me.f) || 'giving'}@${o.dom}`).t(`\n\nAssistant: "When `).nm(ben, 'given').t(` walked through our doors in November, he hadn't eaten properly in days…" (full draft below)`);
};
const chatSarRequest: Tpl = (r, d) => {
  const c = anyC(r);
  const p = who(r, c);
  const o = r.pick(ORGS);
  d.t(`User: I want every piece of data ${o.name} holds about me (subject access request). Name: `).self(p).t(`. Date of birth: `).dob(c).t(`. Address: `).addr(c, false).t(`. Previous email `).email(p).t(`.\nAssistant: I've logged your request (${junk(r)}). The privacy team at `).l('EMAIL', `privacy@${o.dom}`).t(` will respond within one month.`);
};
const chatRefund: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  d.t(`User: you charged me twice for the raffle! order ORD-${r.digits(7)}. the card was `).card().t(`\nAssistant: Sorry about that. I can see two payments of ${money(r, c.cur)} at ${jtime(r)}. I've asked finance to refund the duplicate to the original card — please allow 5–10 working days. For security please don't share full card numbers in chat.\nUser: fine. `).nm(p, r.pick(['full', 'lower'])).t(`, `).phone(c);
};

// ----- volunteering & safeguarding
const volunteerAppUK: Tpl = (r, d) => {
  const c = ctry(r.pick(['GB', 'GB', 'IE']));
  const p = who(r, c);
  const ref = who(r, c);
  const em = who(r, c);
  d.t(`VOLUNTEER APPLICATION — ${r.pick(ORGS.filter((o) => o.cc === 'GB')).name}\n\nSurname: `).l('PERSON', p.f).t(`\nForename(s): `).l('PERSON', p.g).t(`\nDate of birth: `).dob(c).t(`\nHome address:\n`).addr(c, true).t(`\nMobile: `).phone(c).t(`\nEmail: `).email(p).t(`\n\nRole applied for: ${r.pick(['Youth club helper', 'Befriender', 'Shop volunteer', 'Night shelter host'])}\nThis role requires an enhanced DBS check. Previous names: ${r.chance(0.3) ? '' : 'none'}`);
  d.t(`\n\nReferee (not a relative): `).nm(ref, 'honfull').t(`, tel. `).phone(c).t(`\nEmergency contact: `).nm(em, 'full').t(` (${r.pick(['partner', 'parent', 'friend', 'sibling'])}) `).phone(c).t(`\nNational Insurance no.: ${letters(r, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}`);
};
const volunteerAppUS: Tpl = (r, d) => {
  const c = ctry('US');
  const p = who(r, c);
  d.t(`Background Check Authorization — Harbor Lights Mission\nApplicant: `).nm(p, r.pick(['full', 'rev', 'caps'])).t(`\nSocial Security Number: `).l('NATIONAL_ID', ssn(r)).t(`\nDate of Birth: `).dob(c).t(`\nDriver's License #: ${letters(r, 1)}${r.digits(7)} (${r.pick(['OH', 'OR', 'TX', 'IL'])})\nCurrent address: `).addr(c, false).t(`\nPrevious address (if < 3 yrs): `).addr(c, false).t(`\nPhone: `).phone(c).t(`  Email: `).email(p).t(`\nI authorize Harbor Lights Mission and its vendor to obtain a consumer report under the Fair Credit Reporting Act.\nSignature: `).nm(p, 'full').t(`   Date: `).date(c);
};
const backgroundReport: Tpl = (r, d) => {
  const c = ctry('US');
  const p = who(r, c);
  d.t(`SCREENING REPORT #${letters(r, 3)}-${r.digits(8)}\nOrdered by: Open Table Community Pantry (acct ${r.digits(6)})\nSubject: `).nm(p, 'caps').t(`\nSSN: `).l('NATIONAL_ID', ssn(r)).t(`   DOB: `).dob(c).t(`\nAddress history:\n  `).addr(c, false).t(`  (${r.int(2016, 2021)}–present)\n  `).addr(c, false).t(`\nNational criminal database: CLEAR\nSex offender registry: CLEAR\nMotor vehicle record: ${r.pick(['1 minor violation', 'CLEAR'])}\nAdjudication: ELIGIBLE — report generated `).date(c).t(` by screening engine ${r.int(4, 7)}.${r.int(0, 9)}.${r.int(0, 30)}`);
};
const volunteerAppDE: Tpl = (r, d) => {
  const c = ctry(r.pick(['DE', 'AT', 'CH']));
  const p = who(r, c);
  d.t(`Anmeldung Ehrenamt — Brückenschlag e.V.\nVorname: `).l('PERSON', p.g).t(`\nNachname: `).l('PERSON', p.f).t(`\nGeburtsdatum: `).dob(c).t(`\nAnschrift: `).addr(c, false).t(`\nTelefon: `).phone(c).t(`\nE-Mail: `).email(p).t(`\nTätigkeit: ${r.pick(['Hausaufgabenhilfe', 'Tafel-Ausgabe', 'Kleiderkammer', 'Fahrdienst'])}\nEin erweitertes Führungszeugnis (§ 30a BZRG) liegt vor: ${r.pick(['ja', 'nein — wird beantragt'])}`);
};
const volunteerAppAU: Tpl = (r, d) => {
  const c = ctry(r.pick(['AU', 'NZ']));
  const p = who(r, c);
  d.t(`Bluegum Community Shelter — volunteer onboarding\nName: `).self(p).t(`\nDOB: `).dob(c).t(`\nPostal address: `).addr(c, false).t(`\nMobile: `).phone(c).t(`\nWorking With Children Check: WWC${r.digits(7)}E (expires `).date(c, 2026, 2029).t(`)\nPolice check ref: NPC-${r.digits(9)}\nEmergency contact: `).nm(who(r, c), 'full').t(` — `).phone(c);
};
const safeguardingNote: Tpl = (r, d) => {
  const c = enC(r);
  const vol = who(r, c);
  const child = who(r, c);
  const dsl = who(r, c);
  d.t(`SAFEGUARDING CONCERN — CONFIDENTIAL\nReported by: `).nm(vol, 'full').t(` (volunteer)\nDate/time: `).date(c).t(` ${jtime(r)}\nChild: `).nm(child, 'given').t(`, aged ${r.int(7, 15)}\nConcern: `).nm(child, 'given').t(` arrived without a coat for the third week and said "mum's not home again". Bruising noted on left forearm, no explanation given.\nAction: passed to DSL `).nm(dsl, r.pick(['init', 'full'])).t(` who contacted the MASH. Log ${junk(r)}.\nDo not discuss outside the safeguarding team.`);
};
const referenceRequest: Tpl = (r, d) => {
  const c = enC(r);
  const app = who(r, c);
  const ref = who(r, c);
  const o = r.pick(ORGS);
  d.t(`Subject: Reference request — `).nm(app, 'full').t(`\n\nDear `).nm(ref, 'hon').t(`,\n\n`).nm(app, 'given').t(` has applied to volunteer with ${o.name} and named you as a referee. Could you tell us how long you've known them, and whether you have any concerns about them working with vulnerable adults? You can reply to `).l('EMAIL', `volunteer@${o.dom}`).t(` or ring `).phone(c).t(`.\n\nKind regards,\n`).nm(who(r, c), 'full').t(`\nVolunteer Services`);
};
const volunteerRota: Tpl = (r, d) => {
  const c = enC(r);
  d.t(`shift,date,lead,volunteer,mobile\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const lead = who(r, c);
    const v = who(r, c);
    d.t(`${r.pick(['AM sort', 'PM distribution', 'Van run', 'Café', 'Night shelter'])},`).date(c).t(',').nm(lead, r.pick(['given', 'init'])).t(',').nm(v, r.pick(['full', 'full', 'given'])).t(',');
    if (r.chance(0.75)) d.phone(c);
    d.t('\n');
  }
  d.t(`# van keys are in the Dalton Room; alarm code changed — ask Facilities`);
};
const smsThread: Tpl = (r, d) => {
  const c = enC(r);
  const a = who(r, c);
  const b = who(r, c);
  d.t(`[${jtime(r)}] `).nm(a, 'given').t(`: can u cover the soup run tonight? `).nm(b, 'given').t(` dropped out\n[${jtime(r)}] Me: yes. whose number do i call if the van breaks down\n[${jtime(r)}] `).nm(a, 'given').t(`: Grant at the depot `).phone(c).t(` — tell him it's for ${r.pick(ORGS).name}\n[${jtime(r)}] Me: 👍`);
};

// ----- events & sponsorship
const eventSignup: Tpl = (r, d) => {
  const c = anyC(r);
  const p = who(r, c);
  const em = who(r, c);
  d.t(`REGISTRATION CONFIRMED — ${r.pick(['Lantern Walk 10K', 'Midnight Mile', 'Big Bake Off for Shelters', 'Coast to Coast Cycle', 'Pancake Race'])}\nBib number: ${r.int(100, 4999)}   Wave: ${r.pick(['A', 'B', 'C'])}\nParticipant: `).nm(p, r.pick(['full', 'caps'])).t(`\nDate of birth: `).dob(c).t(`\nEmail: `).email(p).t(`\nMobile: `).phone(c).t(`\nT-shirt: ${r.pick(['S', 'M', 'L', 'XL'])}\nEmergency contact: `).nm(em, 'full').t(`, `).phone(c).t(`\nEvent date: `).date(c, 2025, 2026).t(` — start line by the Lincoln Memorial fountain, bag drop in the marquee.`);
};
const sponsorshipPage: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  d.t(``).nm(p, 'given').t(`'s page: Running the ${r.pick(['London', 'Dublin', 'Sydney', 'Toronto'])} Marathon for ${r.pick(ORGS).name}\nRaised ${money(r, c.cur)} of ${money(r, c.cur)} target\n\nRecent supporters:\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const s = who(r, c);
    const k = r.next();
    if (k < 0.2) d.t(`Anonymous — ${money(r, c.cur)}\n`);
    else if (k < 0.36) d.t(`@${ascii(s.g)}${r.int(1, 99)} — ${money(r, c.cur)} "go on!"\n`);
    else d.nm(s, r.pick(['full', 'full', 'lower', 'given'])).t(` — ${money(r, c.cur)} "${r.pick(['Good luck mate!', 'So proud of you x', 'Smash it', 'In memory of Dad', 'from all at the office'])}"\n`);
  }
  d.t(`Share: ${r.pick(['jg.me', 'give.ly', 'sponsor.me'])}/${hex(r, 6)}`);
};
const sponsorFormGiftAid: Tpl = (r, d) => {
  const c = ctry('GB');
  const walker = who(r, c);
  d.t(`SPONSORSHIP FORM (Gift Aid) — walker: `).nm(walker, 'full').t(`\nFull name | Home address | Amount | Gift Aid? | Date paid\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const s = who(r, c);
    d.nm(s, r.pick(['full', 'caps', 'init'])).t(' | ').addr(c, false).t(` | ${money(r, '£')} | ${r.pick(['✓', 'Y', 'N'])} | `).date(c).t('\n');
  }
  d.t(`Remember: only UK taxpayers should tick Gift Aid.`);
};
const schoolSignup: Tpl = (r, d) => {
  const c = enC(r);
  const parent = who(r, c);
  const kid = mkPerson(r, r.pick(c.cultures));
  d.t(`Junior Fun Run — parent/guardian consent\nChild's name: `).nm(kid, 'full').t(`\nChild's date of birth: `).dob(c, 2012, 2019).t(`\nSchool: ${r.pick(['St Aidan’s Primary', 'Oakfield Academy', 'Lincoln Elementary', 'Riverside Juniors'])}\nParent/guardian: `).self(parent).t(`\nContact: `).phone(c).t(` / `).email(parent).t(`\nMedical info: ${r.pick(['asthma — has inhaler', 'none', 'nut allergy'])}\nI consent to photographs: ${r.pick(['yes', 'no'])}`);
};
const teamPage: Tpl = (r, d) => {
  const c = enC(r);
  d.t(`Team Phoenix — Dragon Boat Challenge for ${r.pick(ORGS).name}\nCaptain: `).nm(who(r, c), 'full').t(`\nMembers: `);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) d.t(i ? ', ' : '').nm(who(r, c), r.pick(['full', 'given']));
  d.t(`\nFollow us @TeamPhoenixPaddles. Training at the Victoria Dock boathouse every ${r.pick(['Tuesday', 'Sunday'])}, sponsored by Ben & Jerry's.`);
};

// ----- legacies
const legacySolicitor: Tpl = (r, d) => {
  const c = ctry(r.pick(['GB', 'GB', 'IE', 'AU']));
  const dec = who(r, c);
  const ex = who(r, c);
  d.t(`${r.pick(['Harrow & Finch LLP', 'Blackwood Keane Solicitors', 'Mercer Tait Lawyers'])}\n`).addr(c, true).t(`\n\nOur ref: ${letters(r, 3)}/${r.digits(5)}/PRB   Your ref: LEG-${r.digits(4)}\n\nDear Legacy Officer,\n\nRe: the estate of `).nm(dec, r.pick(['full', 'caps'])).t(` deceased, late of `).addr(c, false).t(`, born `).dob(c, 1922, 1958).t(`, died `).date(c).t(`.\n\nWe act for the executors, `).nm(ex, 'honfull').t(` and ${r.pick(['the Bank of Scotland Trustee', 'the Public Trustee'])}. Clause ${r.int(3, 9)} of the Will leaves a residuary share of ${r.pick(['25%', 'one third', 'one half'])} to your charity. We expect to make an interim distribution of ${money(r, c.cur)}. Please confirm your bank details on headed paper.\n\nYours faithfully,\n`).nm(who(r, c), 'full').t(`\nPrivate Client Department`);
};
const legacyPledge: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  d.t(`Legacy intention form — ${r.pick(ORGS).name}\nI have remembered the charity in my will: ${r.pick(['residuary gift', 'pecuniary gift', 'not sure yet'])}\nName: `).nm(p, 'honfull').t(`\nDate of birth: `).dob(c).t(`\nAddress:\n`).addr(c, true).t(`\nTelephone: `).phone(c).t(`\nYou may contact me by: ${r.pick(['post only', 'phone', 'email'])}\nWill written: `).date(c, 2015, 2024).t(`  Solicitor: ${r.pick(['Harrow & Finch LLP', 'self-written', 'Co-op Legal Services'])}`);
};
const legacyExecutorMail: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'IE', 'DE', 'NL', 'FR']);
  const c = ctry(cc);
  const ex = who(r, c);
  const dec = who(r, c);
  d.t(`From: `).nm(ex, 'full').t(` <`).email(ex).t(`>\nSubject: Aunt `).nm(dec, 'given').t(`'s bequest\n\nHello, I'm executor for my late aunt `).nm(dec, 'full').t(`. Probate came through on `).date(c).t(`. Can the charity confirm the account to receive her gift? Your letter gave `).iban(ibanCc(c)).t(` but my bank says the name doesn't match — could you confirm by phone on `).phone(c).t(`?\n`).nm(ex, 'given');
};
const inMemory: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  const m = who(r, c);
  d.t(`In memory giving — online form\nGift in memory of: `).nm(m, 'full').t(`\nYour relationship: ${r.pick(['Mum', 'Grandad', 'Friend', 'Colleague'])}\nYour name: `).self(p).t(`\nNotify the family? Yes — send card to `).nm(who(r, c), 'honfull').t(`, `).addr(c, false).t(`\nMessage: "${r.pick(['Forever in our hearts', 'She loved the Tuesday lunch club', 'He never missed the Pancake Race'])}"\nAmount: ${money(r, c.cur)}   Paid by card ending ${r.digits(4)}`);
};

// ----- beneficiary case notes
const foodBankNote: Tpl = (r, d) => {
  const c = enC(r);
  const cl = who(r, c);
  const kid = who(r, c);
  const worker = who(r, c);
  d.t(`CASE NOTE — ${r.pick(ORGS.filter((o) => o.kind === 'food bank')).name}\nClient: `).nm(cl, r.pick(['full', 'rev', 'init'])).t(`   DOB: `).dob(c).t(`\nAddress: `).addr(c, false).t(`\nTel: `).phone(c).t(`\nHousehold: 2 adults, ${r.int(1, 4)} children (`).nm(kid, 'given').t(` ${r.int(3, 16)} and others)\nVisit ${r.int(2, 9)} of 3 this quarter. Voucher ${r.digits(6)} from Citizens Advice. Client says PIP appeal hearing on `).date(c, 2025, 2026).t(`. Gave extra nappies and a fuel voucher.\nKey worker: `).nm(worker, 'given').t(`\nNext review: `).date(c, 2025, 2026);
};
const shelterIntake: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  d.t(`Northgate Shelter Trust — intake\nName: `).nm(p, r.pick(['caps', 'full'])).t(`  Known as: `).nm(p, 'given').t(`\nDOB: `).dob(c).t(` (verified from letter)\nLast settled address: `).addr(c, false).t(`\nMobile: ${r.chance(0.4) ? 'none' : ''}`);
  if (d.text.endsWith(': ')) d.phone(c);
  d.t(`\nBed: Room ${r.int(1, 24)}, bunk ${r.pick(['A', 'B'])}\nSupport needs: ${r.pick(['alcohol', 'mental health — under crisis team', 'none disclosed', 'recently released'])}\nGP: Dr `).l('PERSON', who(r, c).f).t(`, ${r.pick(['Riverside Surgery', 'Canal Street Medical Centre'])}\nKey worker: `).nm(who(r, c), 'full').t(`\nNotes: arrived ${jtime(r)}, referred by outreach team near Victoria Station.`);
};
const shelterDischarge: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  d.t(`Move-on summary for `).nm(p, 'full').t(`\nDate left: `).date(c).t(`\nForwarding address:\n`).addr(c, true).t(`\nHousing officer: `).nm(who(r, c), r.pick(['hon', 'full'])).t(`, `).phone(c).t(`\nItems in storage: 1 bag, collect by `).date(c).t(`.`);
};

// ----- call centre
const callTranscript: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  const ag = who(r, c);
  const ph = c.phone(r);
  const em = emailFor(r, p);
  d.t(`[Call recording ${hex(r, 10)} — outbound, campaign RG-UPGRADE]\nAGENT: Hi, is that `).nm(p, r.pick(['hon', 'given', 'full'])).t(`? It's `).nm(ag, 'given').t(` calling from ${r.pick(ORGS).name}.\nSUPPORTER: Yes speaking.\nAGENT: … would you consider increasing your gift to ${money(r, c.cur)} a month?\nSUPPORTER: Go on then. Can you send the confirmation to `).l('EMAIL', spokenEmail(em)).t(`?\nAGENT: Perfect. And the best number to reach you?\nSUPPORTER: `).l('PHONE', spell(ph, r)).t(`\nAGENT: Thank you so much. Can I confirm your date of birth for security?\nSUPPORTER: `).dob(c).t(`\nAGENT: Lovely, all done.`);
};
const callCardTaken: Tpl = (r, d) => {
  const c = ctry(r.pick(['US', 'CA', 'GB', 'AU']));
  const p = who(r, c);
  const digits = cardDigits(r);
  const groups = digits.match(/.{1,4}/g) ?? [digits];
  d.t(`TRANSCRIPT (auto) — emergency appeal hotline\nAgent: and the long number on the card?\nCaller: `).l('CARD', groups.join(' ')).t(`\nAgent: expiry?\nCaller: ${p2(r.int(1, 12))} ${r.int(26, 30)}\nAgent: and the name as it appears on the card?\nCaller: `).nm(p, 'caps').t(`\nAgent: thank you, `).nm(p, 'hon').t(`. Your gift of ${money(r, c.cur)} for the ${trapBare(r)} appeal is processed. Reference ${r.digits(8)}.`);
};
const callDecline: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  d.t(`Outcome log\nAgent ID: ${r.int(1000, 9999)}   Record: `).nm(p, 'rev').t(`\nDisposition: DECLINED — "money's tight since the ${trapBare(r)} closure"\nCallback: no   TPS check: passed ${r.int(2024, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}\nPhone dialled: `).phone(c).t(`\nNotes: supporter asked to be removed from phone campaigns but keep post. Suppression flag set.`);
};
const callQA: Tpl = (r, d) => {
  const c = enC(r);
  const ag = who(r, c);
  const sup = who(r, c);
  d.t(`QA scorecard — call ${hex(r, 8)}\nAgent: `).nm(ag, 'full').t(`   Team lead: `).nm(who(r, c), 'given').t(`\nSupporter: `).nm(sup, 'init').t(` (phone ***-***-${r.digits(4)}, card ****${r.digits(4)})\nOpening ✓  Data protection statement ✓  Vulnerability check ✗\nComment: agent read back full card number aloud — coaching needed. Score ${r.int(60, 95)}%.`);
};
const voicemail: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  const ph = c.phone(r);
  d.t(`Voicemail transcription (${jtime(r)}):\n"Hi, this is `).nm(p, r.pick(['full', 'lower'])).t(`, I'm ringing about volunteering at the warehouse. My number is `).l('PHONE', r.chance(0.5) ? spell(ph, r) : ph).t(r.pick([`, again that's `, `. Or email me at `])).l('EMAIL', spokenEmail(emailFor(r, p))).t(`. Thanks, bye."`);
};

// ----- newsletters & logs
const newsletter: Tpl = (r, d) => {
  const o = r.pick(ORGS);
  const c = ctry(o.cc);
  const ben = who(r, c);
  const rec = who(r, anyC(r));
  d.t(`${o.name.toUpperCase()} — ${r.pick(['Spring', 'Summer', 'Autumn', 'Winter'])} newsletter\n\nMeet `).nm(ben, 'given').t(`\n"I never thought I'd need a food bank," says `).nm(ben, 'given').t(`. This season you helped us serve ${r.int(500, 9000)} meals, and our volunteers raised funds at ${trap(r)}.\n\nDates for your diary: quiz night `).date(c, 2025, 2026).t(`, sponsored walk `).date(c, 2025, 2026).t(`.\n\n—\nYou're receiving this because `).email(rec).t(` subscribed to updates. Unsubscribe | Manage preferences\n${o.name}, `).addr(c, false).t(`. Registered charity no. ${r.int(200000, 1199999)}.`);
};
const newsletterDE: Tpl = (r, d) => {
  const c = ctry(r.pick(['DE', 'AT', 'CH']));
  const rec = who(r, c);
  d.t(`Hallo `).nm(rec, r.pick(['given', 'hon']), 'de').t(`,\n\nunser Sommerfest findet am `).date(c, 2025, 2025).t(` statt — mit Kuchenbasar und Flohmarkt. Danke an alle Ehrenamtlichen!\n\n---\nDiese E-Mail wurde an `).email(rec).t(` gesendet. Abmelden: Link unten.\nBrückenschlag e.V. · `).addr(c, false).t(` · Vereinsregister VR ${r.digits(5)} · Vorstand: `).nm(who(r, c), 'full').t(`, `).nm(who(r, c), 'full');
};
const newsletterES: Tpl = (r, d) => {
  const c = ctry(r.pick(['ES', 'MX']));
  const rec = who(r, c);
  d.t(`Hola `).nm(rec, 'given').t(`:\n\nGracias a tu apoyo, este trimestre repartimos ${r.int(200, 3000)} lotes de alimentos. ¡Te esperamos en la carrera solidaria del `).date(c, 2025, 2026).t(`!\n\n---\nRecibes este correo en `).email(rec).t(` porque eres socio/a de Fundación Raíces Solidarias. Darte de baja. `).addr(c, false).t(` · CIF G${r.digits(8)}`);
};
const bounceLog: Tpl = (r, d) => {
  d.t(`# mailing-service events export (campaign ${hex(r, 6)})\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = who(r, anyC(r));
    d.t(`${r.int(2024, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${jtime(r)}:${p2(r.int(0, 59))}Z ${r.pick(['unsubscribe', 'hard_bounce', 'open', 'click', 'spam_complaint'])} `).email(p).t(' ip=');
    const v = ip(r);
    if (v.includes(':') && r.chance(0.5)) d.t('[').l('IP', v).t(`]:${r.int(1024, 65000)}`);
    else d.l('IP', v);
    d.t(` ua="${r.pick(UA)}"\n`);
  }
};
const webhook: Tpl = (r, d) => {
  const c = anyC(r);
  const p = who(r, c);
  d.t(`POST /webhooks/donation 200 (${r.int(40, 900)} ms)\n{"event":"donation.succeeded","amount":${r.int(5, 500)}00,"currency":"${r.pick(['gbp', 'usd', 'eur', 'aud'])}","donor":{"first":"`).l('PERSON', p.g).t(`","last":"`).l('PERSON', p.f).t(`","email":"`).email(p).t(`","billing":"`).addr(c, false).t(`"},"card":{"brand":"visa","last4":"${r.digits(4)}"},"client_ip":"`).l('IP', ip(r)).t(`","sdk":"donate-js/${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}"}`);
};
const auditLog: Tpl = (r, d) => {
  const c = anyC(r);
  d.t(`donor-portal audit trail\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = who(r, c);
    d.t(`${r.int(2024, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))} ${jtime(r)} user=`).email(p).t(` from `).l('IP', ip(r)).t(` action=${r.pick(['update_address', 'update_phone', 'login', 'change_iban', 'download_receipt'])}`);
    if (r.chance(0.4)) d.t(` new_value="`).phone(c).t(`"`);
    d.t(` app=v${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}\n`);
  }
};
const consentLog: Tpl = (r, d) => {
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const c = anyC(r);
    const p = who(r, c);
    d.t(`{"ts":"${r.int(2023, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${jtime(r)}:00Z","form":"${r.pick(['newsletter', 'petition', 'raffle'])}","email":"`).email(p).t(`","name":"`).nm(p, r.pick(['full', 'lower'])).t(`","ip":"`).l('IP', ip(r)).t(`","opt_in":true}\n`);
  }
};

// ----- letters and receipts in other countries
const letterES: Tpl = (r, d) => {
  const c = ctry(r.pick(['ES', 'MX']));
  const p = who(r, c);
  d.t(`Estimado/a `).nm(p, r.pick(['honfull', 'given']), 'es').t(`:\n\nTe adjuntamos el certificado de donativos del ejercicio ${r.int(2023, 2024)} (Ley 49/2002). Datos fiscales que constan:\nNombre: `).nm(p, 'caps').t(`\nNIF: ${r.digits(8)}${letters(r, 1)}\nDomicilio: `).addr(c, false).t(`\nFecha de nacimiento: `).dob(c).t(`\nTotal donado: ${money(r, '€')}\n\nSi algún dato es incorrecto, escríbenos a `).l('EMAIL', 'socios@raicessolidarias.org').t(` o llama al `).phone(c).t(`.`);
};
const letterIT: Tpl = (r, d) => {
  const c = ctry('IT');
  const p = who(r, c);
  d.t(`Gentile `).nm(p, 'honfull', 'it').t(`,\ngrazie per aver scelto di destinare il 5x1000 a Casa Aperta Onlus (C.F. ${r.digits(11)}).\nLa sua ricevuta per la donazione del `).date(c).t(` di ${money(r, '€')} è stata inviata a `).email(p).t(`.\nCodice fiscale donatore: ${letters(r, 6, 'ABCDEFGHILMNPRSTVZ')}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}\nIndirizzo:\n`).addr(c, true).t(`\nCordiali saluti,\n`).nm(who(r, c), 'full').t(`\nUfficio Donatori — tel. `).phone(c);
};
const letterNL: Tpl = (r, d) => {
  const c = ctry('NL');
  const p = who(r, c);
  d.t(`Beste `).nm(p, r.pick(['given', 'hon']), 'nl').t(`,\n\nHartelijk dank voor je periodieke gift aan Stichting Warme Haven (ANBI, RSIN ${r.digits(9)}). We schrijven ${money(r, '€')} per maand af van `).iban('NL').t(`.\nJe gegevens:\n`).nm(p, 'full').t(`\n`).addr(c, true).t(`\nGeboortedatum: `).dob(c).t(`\nTel. `).phone(c).t(`\n\nMet warme groet,\nTeam Donateurs`);
};
const letterJP: Tpl = (r, d) => {
  const c = ctry('JP');
  const natives = ['田中 健二', '佐藤 美咲', '高橋 由美', '渡辺 誠', '山本 さくら', '中村 大輔', '小林 恵', '加藤 翔太', '吉田 陽子', '松本 直樹', '井上 花子', '木村 拓也'];
  const n = r.pick(natives);
  d.t(`寄付金受領証明書\n\n`).l('PERSON', n).t(` 様\n住所：`).l('ADDRESS', `〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都世田谷区北沢', '神奈川県横浜市中区山下町', '福岡県福岡市中央区天神', '愛知県名古屋市中区栄'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}`).t(`\n電話：`).phone(c).t(`\n生年月日：`).dob(c).t(`\n\n寄付金額：¥${r.int(1, 100)},000\n受領日：`).date(c).t(`\n特定非営利活動法人 こども食堂ネット（認定番号 第${r.digits(4)}号）\nお問い合わせ：`).l('EMAIL', 'kifu@kodomo-shokudo.jp');
};
const letterBR: Tpl = (r, d) => {
  const c = ctry('BR');
  const p = who(r, c);
  const pixPhone = r.chance(0.5);
  d.t(`Olá, `).nm(p, 'given').t(`!\n\nRecebemos sua doação de ${money(r, 'R$ ')} ao Instituto Semear em `).date(c).t(`. Obrigado!\nDados do doador: `).nm(p, 'full').t(`, CPF ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}, nascido(a) em `).dob(c).t(`\nEndereço: `).addr(c, false).t(`\nPara doar de novo, use nossa chave PIX (CNPJ ${r.digits(2)}.${r.digits(3)}.${r.digits(3)}/0001-${r.digits(2)}). Sua chave cadastrada para reembolso: `);
  if (pixPhone) d.phone(c);
  else d.email(p);
};
const receiptIN: Tpl = (r, d) => {
  const c = ctry('IN');
  const p = who(r, c);
  d.t(`DONATION RECEIPT — eligible for deduction u/s 80G of the Income Tax Act, 1961\nReceipt No: SVT/${r.int(2024, 2025)}/${r.digits(5)}\nReceived with thanks from `).nm(p, r.pick(['honfull', 'caps'])).t(`\nPAN: ${letters(r, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(4)}${letters(r, 1)}\nAddress: `).addr(c, false).t(`\nMobile: `).phone(c).t(`  Email: `).email(p).t(`\nthe sum of ${money(r, '₹')} via UPI (txn ${r.digits(12)}) on `).date(c).t(`.`);
};
const mpesaSms: Tpl = (r, d) => {
  const c = ctry('KE');
  const p = who(r, c);
  d.t(`${letters(r, 3)}${r.digits(1)}${letters(r, 2)}${r.digits(1)}${letters(r, 3)} Confirmed. KSh${r.int(1, 20)},000.00 received from `).l('PERSON', p.full.toUpperCase()).t(` `).l('PHONE', `07${r.digits(8)}`).t(` on ${r.int(1, 28)}/${r.int(1, 12)}/${r.int(24, 25)} at ${r.int(1, 12)}:${p2(r.int(0, 59))} ${r.pick(['AM', 'PM'])} for Kifaru Youth Trust Paybill ${r.digits(6)}, account DONATE. New balance hidden.\n\nThank-you sent to donor: "Asante sana `).nm(p, 'given').t(`!"`);
};
const certZA: Tpl = (r, d) => {
  const c = ctry('ZA');
  const p = who(r, c);
  d.t(`SECTION 18A TAX CERTIFICATE\nPBO reference: 930${r.digits(6)}\nDonor: `).nm(p, 'full').t(`\nSA ID no.: ${r.digits(13)}\nPostal address: `).addr(c, false).t(`\nCell: `).phone(c).t(`\nAmount: R${r.int(100, 9000)}.00, received `).date(c).t(`\nThis certificate is issued in terms of section 18A of the Income Tax Act.`);
};
const letterPL: Tpl = (r, d) => {
  const c = ctry('PL');
  const p = who(r, c);
  d.t(`Szanowni Państwo,\ndziękujemy za przekazanie 1,5% podatku Fundacji Ciepły Kąt (KRS ${r.digits(10)}).\nDane darczyńcy: `).nm(p, 'full').t(`, ur. `).dob(c).t(`, PESEL ${r.digits(11)}\nAdres: `).addr(c, false).t(`\nKontakt: `).phone(c).t(`, `).email(p).t(`\nKonto do wpłat: `).iban('PL');
};
const swishSE: Tpl = (r, d) => {
  const c = ctry('SE');
  const p = who(r, c);
  d.t(`Gåva via Swish till 90-konto 123 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}\nAvsändare: `).nm(p, 'caps').t(`\nMobilnummer: `).phone(c).t(`\nBelopp: ${r.int(50, 1000)} kr\nMeddelande: "${r.pick(['Julinsamlingen', 'För barnen', 'Till minne av farmor'])}"\nKvitto skickat till `).email(p).t(`\nPersonnummer (för skattereduktion) lagrat separat.`);
};
const receiptAU: Tpl = (r, d) => {
  const c = ctry('AU');
  const p = who(r, c);
  d.t(`Tax receipt — Bluegum Community Shelter (DGR endorsed) ABN ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\nReceipt ${r.digits(7)} issued `).date(c).t(`\nReceived from: `).nm(p, 'honfull').t(`\n`).addr(c, true).t(`\nGift: ${money(r, '$')} — donations of $2 or more are tax deductible.\nPaid by: `).card().t(` (authorised)`);
};
const matchGift: Tpl = (r, d) => {
  const c = ctry(r.pick(['US', 'US', 'CA', 'GB']));
  const p = who(r, c);
  d.t(`Subject: Matching gift request\n\nHello, I work at ${r.pick(['Acme Analytics', 'Northwind Traders', 'Globex', 'Initech'])} and they match employee donations 1:1. Employee ID ${r.digits(6)}. My gift was ${money(r, c.cur)} on `).date(c).t(`. Please send the verification to our giving portal contact `).l('EMAIL', `matching@${r.pick(['northwind.com', 'globex.io', 'initech.co'])}`).t(`.\n\nThanks,\n`).self(p).t(`\n`).phone(c);
  if (r.chance(0.5)) d.t(` x${r.int(100, 999)}`);
};
const boardMinutes: Tpl = (r, d) => {
  const c = enC(r);
  d.t(`Minutes of the Board of Trustees — meeting held `).date(c).t(` in the Turing Suite\nPresent: `);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) d.t(i ? ', ' : '').nm(who(r, c), 'init');
  d.t(` (Chair). Apologies: `).nm(who(r, c), 'hon').t(`.\n1. Major donor update: `).nm(who(r, c), 'full').t(` pledged ${money(r, c.cur)} toward the ${trapBare(r)} project.\n2. Safeguarding: no open cases. Policy review under the Charities Act 2011 due.\n3. AOB: the Nightingale Room booking for the Christmas appeal.\nNext meeting: `).date(c, 2025, 2026);
};
const grantContact: Tpl = (r, d) => {
  const c = anyC(r);
  const p = who(r, c);
  const o = r.pick(ORGS);
  d.t(`Section 1 — Applicant organisation\nLegal name: ${o.name}\nRegistered office: `).addr(ctry(o.cc), false).t(`\nMain contact: `).nm(p, 'honfull').t(`, ${r.pick(['CEO', 'Grants Manager', 'Treasurer'])}\nDirect line: `).phone(c).t(`\nEmail: `).email(p).t(`\nWebsite: https://www.${o.dom}\nAnnual income: ${money(r, c.cur)}k  ${junk(r)}`);
};
const bankStatement: Tpl = (r, d) => {
  d.t(`Date       Description                                   Credit\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(SEPA);
    const c = ctry(cc);
    const p = who(r, c);
    d.t(`${p2(r.int(1, 28))}.${p2(r.int(1, 12))}.${r.int(2024, 2025)} SEPA-GUTSCHRIFT `).l('PERSON', p.full.toUpperCase()).t(` `).iban(cc).t(` SPENDE ${r.pick(['WEIHNACHTEN', 'MITGLIEDSBEITRAG', 'KATASTROPHENHILFE'])}  ${r.int(10, 900)},00\n`);
  }
  d.t(`Kontostand: ${r.int(10, 99)}.${r.digits(3)},${r.digits(2)} EUR`);
};
const ocrPledge: Tpl = (r, d) => {
  const c = ctry(r.pick(['GB', 'US', 'IE', 'AU']));
  const p = who(r, c);
  const ph = c.phone(r);
  const cut = ph.lastIndexOf(' ');
  d.t(`[OCR scan of paper pledge card, confidence 0.${r.int(70, 97)}]\nNAME: `).nm(p, r.pick(['caps', 'full'])).t(`\nADDRESS: `).addr(c, false).t(`\nTEL: `);
  if (cut > 0 && r.chance(0.4)) d.t(`${ph.slice(0, cut)}\n${ph.slice(cut + 1)} (wrapped)`);
  else d.l('PHONE', ph);
  d.t(`\nE-MAIL: `).email(p).t(`\nI pledge ${money(r, c.cur)} ☐ once ☑ monthly\nSIGNED: ~~scribble~~   DATE: `).date(c);
};
const ddFailure: Tpl = (r, d) => {
  const c = ctry(r.pick(['GB', 'IE', 'DE', 'FR', 'NL']));
  const p = who(r, c);
  d.t(`Subject: Your ${r.pick(['Direct Debit', 'SEPA direct debit'])} payment was returned\n\nDear `).nm(p, 'hon').t(`,\n\nYour bank returned this month's gift (reason code ${r.pick(['AC04', 'MD01', 'AM04', 'ARUDD 0'])}). Account on file: ****${r.digits(4)}. If you've changed bank, reply with your new account details or update them at our portal. We'll try again on `).date(c).t(`.\n\nSupporter Care\n`).l('EMAIL', `supportercare@${r.pick(ORGS).dom}`).t(` · `).phone(c);
};
const petAdoption: Tpl = (r, d) => {
  const c = ctry(r.pick(['US', 'GB', 'CA']));
  const p = who(r, c);
  const pet = r.pick(['Bella', 'Biscuit', 'Winston', 'Luna', 'Captain', 'Mabel', 'Rosie', 'Hunter']);
  d.t(`Lighthouse Paws Rescue — adoption agreement\nAnimal: ${pet} (${r.pick(['terrier mix', 'tabby', 'greyhound'])}), microchip ${r.digits(15)}, birthday `).date(c, 2019, 2024).t(`\nAdopter: `).nm(p, 'full').t(`\nAdopter DOB: `).dob(c).t(`\nAddress: `).addr(c, false).t(`\nPhone: `).phone(c).t(`\nAdoption fee ${money(r, c.cur)} — paid. Vet: Moreau Veterinary Clinic on Route 9.`);
};
const koreanDonor: Tpl = (r, d) => {
  const c = ctry(r.pick(['US', 'CA']));
  const n = r.pick(['김민준', '이서연', '박지호', '최유진', '정하늘', '강도윤', '윤서아']);
  const en = who(r, c);
  d.t(`[후원자 메모] `).l('PERSON', n).t(` 씨 — 정기후원 월 ${r.int(1, 10)}만원. English name on card: `).nm(en, 'caps').t(`\n연락처: `).phone(c).t(`\n이메일: `).email(en).t(`\n생년월일: `).l('DOB', `${r.int(1950, 2000)}. ${r.int(1, 12)}. ${r.int(1, 28)}.`);
};
const ipVolunteerPortal: Tpl = (r, d) => {
  const c = anyC(r);
  const p = who(r, c);
  d.t(`User: I can't log in to the volunteer portal, it says my account is locked.\nAssistant: I'm sorry about that. To help IT investigate, could you share your username and roughly when you tried?\nUser: username is `).email(p).t(`, tried around ${jtime(r)} from home, my IP is `).l('IP', ip(r)).t(` if that helps. browser is Firefox ${r.int(110, 130)}.0.${r.int(1, 3)}\nAssistant: Thanks, `).nm(p, 'given').t(`. The lock came from ${r.int(5, 12)} failed attempts; I've asked the team to reset it.`);
};
const dbsChat: Tpl = (r, d) => {
  const c = ctry('US');
  const p = who(r, c);
  d.t(`User: the volunteer form wants my social for a background check. is that normal? it's `).l('NATIONAL_ID', ssn(r)).t(` — can you just fill it in for me?\nAssistant: Background checks for roles with children usually do need your SSN, but please enter it only on the secure form, not in chat. I won't store it.\nUser: ok. my name is `).self(p).t(` and I was born `).dob(c);
};
const payrollGiving: Tpl = (r, d) => {
  const c = ctry('US');
  const p = who(r, c);
  d.t(`Payroll deduction pledge — United Neighbours Campaign\nEmployee: `).nm(p, 'rev').t(`   Employee #: ${r.digits(7)}\nSSN (last 4 only): ${r.digits(4)}\nFull SSN for W-2 reconciliation: `).l('NATIONAL_ID', ssn(r)).t(`\nHome address: `).addr(c, false).t(`\nDesignated agency: Open Table Community Pantry (EIN ${r.int(10, 98)}-${r.digits(7)})\nPer-paycheck amount: $${r.int(5, 50)}.00`);
};
const donorCallback: Tpl = (r, d) => {
  const c = anyC(r);
  const p = who(r, c);
  d.t(`Callback ticket ${r.digits(6)}\nRequested by: `).nm(p, nstyle(r), c.lang).t(`\nNumber: `).phone(c).t(`\nBest time: ${r.pick(['after 6pm', 'mornings', 'Saturday'])}\nTopic: ${r.pick(['legacy giving', 'gift aid', 'event refund', 'volunteering'])}\nAssigned: `).nm(who(r, c), 'given').t(`\n${junk(r)}`);
};
const giftAidCsv: Tpl = (r, d) => {
  const c = ctry('GB');
  d.t(`Title,First name,Last name,Home address,Donation date,Amount,Aggregated\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = who(r, c);
    d.t(`${honorific(r, 'en', p.fem)},`).l('PERSON', p.g).t(',').l('PERSON', p.f).t(',"').addr(c, false).t('",').date(c).t(`,${r.int(5, 200)}.00,${r.pick(['', 'Y'])}\n`);
  }
  d.t(`Charity HMRC reference: ${letters(r, 2)}${r.digits(5)}`);
};

const w9Form: Tpl = (r, d) => {
  const c = ctry('US');
  const p = who(r, c);
  d.t(`Form W-9 (stipended volunteer — Open Table Community Pantry)\n1 Name: `).nm(p, r.pick(['full', 'caps'])).t(`\n3 Federal tax classification: Individual/sole proprietor\n5 Address: `).l('ADDRESS', c.addr(r).join(', ')).t(`\nPart I Taxpayer Identification Number\nSocial security number: `).l('NATIONAL_ID', ssn(r)).t(`\nor Employer identification number: ____\nSignature of U.S. person: `).nm(p, 'full').t(`  Date: `).date(c);
};
const qcdLetter: Tpl = (r, d) => {
  const c = ctry('US');
  const p = who(r, c);
  const sp = who(r, c);
  d.t(`Re: Qualified Charitable Distribution from IRA ****${r.digits(4)}\n\nPlease send ${money(r, '$')} from my IRA directly to Harbor Lights Mission (EIN ${r.int(10, 98)}-${r.digits(7)}).\nAccount owner: `).self(p).t(`\nSSN: `).l('NATIONAL_ID', ssn(r)).t(`\nDate of birth: `).dob(c).t(` (over 70½)\nMailing address: `).addr(c, false).t(`\nSpouse/joint donor: `).nm(sp, 'full').t(`, SSN `).l('NATIONAL_ID', ssn(r)).t(`\nDaytime phone: `).phone(c);
};
const chatRaffle: Tpl = (r, d) => {
  const c = enC(r);
  const p = who(r, c);
  d.t(`User: I want 10 tickets for the ${r.pick(['Summer', 'Christmas', 'Grand'])} Raffle. pay with `).card().t(`, name `).nm(p, r.pick(['full', 'lower', 'caps'])).t(`\nAssistant: Thanks! I can't take payments in chat, so please don't send card numbers here — I've masked it in our records. You can buy tickets at the online shop (${junk(r)}).\nUser: oh ok, then use my other card `).card().t(` on the website`);
};
const cardDispute: Tpl = (r, d) => {
  const c = anyC(r);
  const p = who(r, c);
  d.t(`From: `).email(p).t(`\nSubject: Unknown charge\n\nThere is a charge of ${money(r, c.cur)} from "${r.pick(ORGS).name.toUpperCase()}" on my card `).card().t(` on `).date(c).t(`. I never signed up. Please refund or I will dispute it with my bank. Old card `).t(badCard(r)).t(` was cancelled in ${r.int(2023, 2024)}.\n— `).nm(p, 'full');
};

// ----- pure hard negatives
const negRelease: Tpl = (r, d) => {
  d.t(`DonorHub CRM release ${r.int(4, 9)}.${r.int(0, 20)}.${r.int(0, 9)} (build ${hex(r, 7)})\n- Gift Aid claim export now matches the HMRC schema ${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}\n- Fixed: Salesforce Nonprofit Cloud sync dropped legacy notes\n- Raiser's Edge import handles ${r.int(10, 99)}k rows\n- Minimum Node version 20.${r.int(0, 15)}.0; tested on Ubuntu 22.04\nChecksum sha256: ${hex(r, 64)}`);
};
const negStats: Tpl = (r, d) => {
  d.t(`Q${r.int(1, 4)} fundraising summary\nregion,donors,income,avg_gift\n`);
  for (const reg of ['North', 'Midlands', 'Wales', 'Scotland', 'London']) d.t(`${reg},${r.int(100, 9000)},${r.int(10, 900)}${r.digits(3)},${r.int(8, 60)}.${r.digits(2)}\n`);
  d.t(`Top causes: ${trap(r)}, ${trap(r)} and ${trap(r)}. Retention ${r.int(40, 80)}% vs ${r.int(40, 80)}% last year.`);
};
const negPolicy: Tpl = (r, d) => {
  d.t(`Gift acceptance policy (v${r.int(2, 6)}.${r.int(0, 9)})\nWe will not accept gifts that breach the Bribery Act 2010, the Sarbanes-Oxley Act or the Magnitsky Act. Donations from ${r.pick(['Philip Morris International', 'Johnson & Johnson', 'Wells Fargo'])} are reviewed case by case. Our EIN is ${r.int(10, 98)}-${r.digits(7)} and our ABA routing number for wires is 0${r.digits(8)}. Reviewed by the Audit Committee on ${at(MONTHS.en, r.int(0, 11))} ${r.int(1, 28)}, ${r.int(2023, 2025)}.`);
};
const negLogistics: Tpl = (r, d) => {
  d.t(`Warehouse intake — pallet ${letters(r, 2)}-${r.digits(6)}\n`);
  for (let i = 0; i < r.int(2, 4); i++) d.t(`item ${r.digits(13)} (EAN) ×${r.int(1, 80)}  ${r.pick(["Kellogg's Corn Flakes", 'Heinz beans', "Jacob's crackers", "Hellmann's mayo", 'Uncle Ben’s rice'])}\n`);
  d.t(`Carrier ref ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} (not a card — fails check: ${badCard(r)})\nRejected transfer from ${badIban(r, r.pick(['DE', 'FR', 'ES', 'NL', 'IT']))} — invalid checksum.`);
};
const negDirections: Tpl = (r, d) => {
  d.t(`Getting to the Gala: from Victoria Station walk past the Nelson Mandela statue, turn left at the Queen Elizabeth Hall and follow signs for the Churchill Room on level ${r.int(1, 4)}. Step-free access via the Elizabeth line. Doors open ${jtime(r)}. Parking at the Wellington Street NCP.`);
};
const negAppeal: Tpl = (r, d) => {
  d.t(`EMERGENCY APPEAL: ${r.pick(['Hurricane Maria', 'Storm Ciarán', 'Cyclone Freddy', 'Typhoon Haiyan'])} recovery\nYour gift of £${r.int(10, 50)} provides a family hygiene kit. Partner agencies include ${trap(r)} and Médecins Sans Frontières. Text GIVE to ${r.int(70000, 70999)} to donate £5. Registered charity ${r.int(200000, 1199999)}.`);
};
const negHowTo: Tpl = (r, d) => {
  d.t(`User: what info does the tax receipt need? can you show me an example with fake values?\nAssistant: Sure — use placeholders like these:\nDonor: [FULL NAME]\nSSN: XXX-XX-XXXX (leave masked)\nCard: **** **** **** ${r.digits(4)}\nDate of gift: ${at(MONTHS.en, r.int(0, 11))} ${r.int(1, 28)}, ${r.int(2024, 2025)}\nAmount: $___\nStatement: "No goods or services were provided." Keep receipts for ${r.int(3, 7)} years per IRS Publication 526.`);
};
const negAgenda: Tpl = (r, d) => {
  d.t(`Volunteer induction — ${r.pick(['Saturday', 'Tuesday'])} ${r.int(1, 28)} ${at(MONTHS.en, r.int(0, 11))}\n09:30 Welcome (Turing Suite)\n10:00 Safeguarding basics — Team Phoenix\n11:15 Manual handling, Forklift Team Bravo\n12:00 Lunch from Greggs\n13:00 Allergen awareness (Natasha's Law)\n14:00 Tour: the Nightingale Ward and the Marshall Room\nFire assembly point: car park B.`);
};
const negSyslog: Tpl = (r, d) => {
  for (let i = 0; i < r.int(3, 5); i++) d.t(`${r.int(2024, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${jtime(r)}:${p2(r.int(0, 59))}.${r.digits(3)}Z INFO worker-${r.int(1, 9)} job=${hex(r, 8)} ${r.pick(['gift-aid-claim', 'receipt-batch', 'dedupe', 'mailmerge'])} done in ${r.int(10, 9000)}ms (lib v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(0, 99)})\n`);
};
const negPets: Tpl = (r, d) => {
  d.t(`Adoptable this week: Bella (born ${r.int(1, 28)} ${at(MONTHS.en, r.int(0, 11))} ${r.int(2018, 2023)}), Winston the greyhound, and Luna, Max and Biscuit (kittens, birthday ${r.int(1, 28)}/${r.int(1, 12)}/${r.int(2024, 2025)}). All microchipped (chip ${r.digits(15)}). Named after our volunteer favourites — the Darwin enclosure is being repainted.`);
};
const negMasked: Tpl = (r, d) => {
  d.t(`Support summary (redacted for training)\nSupporter: [REDACTED]\nPhone: ***-***-${r.digits(4)}\nEmail: j****@*****.com\nSSN: XXX-XX-${r.digits(4)}\nCard: ${r.digits(4)} **** **** ${r.digits(4)}\nIBAN: DE** **** **** **** **${r.digits(2)} ${r.digits(2)}\nIssue: receipt reissued, ${junk(r)}, ${junk(r)}.`);
};
const negFinance: Tpl = (r, d) => {
  d.t(`Treasurer's note: Gift Aid claim ${r.int(2024, 2025)}-${p2(r.int(1, 12))} submitted (${junk(r)}); ${junk(r)}; ${junk(r)}. Reconciled against ${r.pick(['Xero', 'QuickBooks', 'Sage'])} ledger ${r.digits(6)}. Invoice INV-${r.digits(5)} dated ${r.int(1, 28)}/${r.int(1, 12)}/${r.int(2024, 2025)} from ${r.pick(['Marks & Spencer', 'Dell Technologies', 'Ford'])} paid.`);
};

const TEMPLATES: readonly Tpl[] = [
  crmCsv, crmJson, giftAidLetter, taxReceiptUS, taxReceiptCA, taxReceiptDE, taxReceiptFR, ddMandateUK, sepaMandate, recurringCard,
  chatCardUpdate, chatAddressChange, chatGiftAidVerify, chatCancelDD, chatBereavement, chatForwardedMail, chatThankVolunteers,
  chatReferralDraft, chatVolunteerSignup, chatDedupe, chatAppealWriter, chatSarRequest, chatRefund, volunteerAppUK, volunteerAppUS,
  backgroundReport, volunteerAppDE, volunteerAppAU, safeguardingNote, referenceRequest, volunteerRota, smsThread, eventSignup,
  sponsorshipPage, sponsorFormGiftAid, schoolSignup, teamPage, legacySolicitor, legacyPledge, legacyExecutorMail, inMemory,
  foodBankNote, shelterIntake, shelterDischarge, callTranscript, callCardTaken, callDecline, callQA, voicemail, newsletter,
  newsletterDE, newsletterES, bounceLog, webhook, auditLog, consentLog, letterES, letterIT, letterNL, letterJP, letterBR, receiptIN,
  mpesaSms, certZA, letterPL, swishSE, receiptAU, matchGift, boardMinutes, grantContact, bankStatement, ocrPledge, ddFailure,
  petAdoption, koreanDonor, ipVolunteerPortal, dbsChat, payrollGiving, donorCallback, giftAidCsv, w9Form, qcdLetter, chatRaffle,
  cardDispute,
];
const NEGATIVES: readonly Tpl[] = [
  negRelease, negStats, negPolicy, negLogistics, negDirections, negAppeal, negHowTo, negAgenda, negSyslog, negPets, negMasked, negFinance,
];
/** Templates that carry types which would otherwise be rare; drawn a little more often. */
const BOOST: readonly Tpl[] = [
  volunteerAppUS, backgroundReport, dbsChat, payrollGiving, w9Form, qcdLetter, recurringCard, callCardTaken, chatRaffle, cardDispute,
  chatCardUpdate, receiptAU, bounceLog, auditLog, sepaMandate, chatCancelDD, bankStatement, letterNL, legacyExecutorMail,
];

/** Number of distinct document templates (labelled + negative). */
export const INDEPENDENT51_TEMPLATE_COUNT = TEMPLATES.length + NEGATIVES.length;

export function generateIndependent51Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent51Entry[] {
  const seed = opts.seed ?? INDEPENDENT51_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT51_MIN_INSTANCES;
  const r = new Rng(seed);
  const out: Independent51Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc(r);
    const u = r.next();
    const tpl = u < 0.12 ? r.pick(NEGATIVES) : u < 0.36 ? r.pick(BOOST) : r.pick(TEMPLATES);
    tpl(r, d);
    if (u >= 0.12 && r.chance(0.15)) d.t(`\n\n(${junk(r)})`);
    const e = d.build();
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
