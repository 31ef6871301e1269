/**
 * @module privacy/pii-corpus-independent-33 — blind labelled PII corpus #33: community, charity and social
 * care casework.
 *
 * WRITTEN BLIND. The author read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * The author did NOT read the detector, its tests, its evaluation scripts, the other corpus templates or
 * value pools, the other blind splits, the docs or the git history, and never ran the detector on this text.
 * Every name, address, template and value here was invented for this split.
 *
 * Seeds: 330001, 330002, 330003 (`INDEPENDENT33_SEEDS`); each seed yields whole documents until at least
 * `minInstances` (default 2400) labels exist, deterministically.
 *
 * Contents: food-bank referrals and delivery sheets, shelter intake and night logs, refugee and migrant
 * casework (English, German, French, Spanish, Portuguese, Italian, Dutch, Polish, Ukrainian, Japanese, Korean
 * snippets), volunteer rotas and applications, gift-aid and donation forms, SEPA mandates, payment and
 * portal logs, youth and sports club forms, parish / mosque / gurdwara / synagogue notices, care-home
 * and home-care visit notes, voicemail and helpline transcripts, and about one document in ten that is a
 * pure hard negative (eponymous brands, places, diseases, laws, awards, case and tracking numbers,
 * hashes, versions, invalid cards and IBANs, EINs, routing numbers, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only, one label per contiguous name; honorifics and possessive 's outside;
 *   initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled.
 *   Brands, software, places, pets, ships, storms, streets/buildings named after people, eponymous
 *   diseases/laws/awards and @handles are not labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address incl. role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid or masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line from the first street/building/PO-box line
 *   to the last postcode/city/country line; recipient names are separate PERSON labels; company lines,
 *   city-only mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT33_SEEDS = [330001, 330002, 330003] as const;
export const INDEPENDENT33_MIN_INSTANCES = 2400;

/** A label that carries its text. */
export type Independent33Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent33Entry = PiiCorpusEntry & { readonly labels: readonly Independent33Label[] };

// ---------------------------------------------------------------------------------------------------
// Document builder

class Doc {
  text = '';
  labels: Independent33Label[] = [];
  known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad label value ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** The person's full name. */
  n(p: Person): this {
    return this.l('PERSON', p.full);
  }
  /** The user's own full name (labelled, and recorded as a known name). */
  self(p: Person): this {
    if (!this.known.includes(p.full)) this.known.push(p.full);
    return this.l('PERSON', p.full);
  }
}

// ---------------------------------------------------------------------------------------------------
// Names

interface Culture {
  readonly id: string;
  readonly g: readonly string[];
  readonly f: readonly string[];
  readonly familyFirst?: boolean;
}

function c(id: string, g: string, f: string, familyFirst = false): Culture {
  return { id, g: g.split(','), f: f.split(','), familyFirst };
}

const CULTURES: readonly Culture[] = [
  c('gb', 'Rose,Hope,Will,Bill,Grant,May,Guy,Faith,Joy,Mark,Dawn,Frank,Holly,Ivy,Amber,Harry,Olivia,Chloe,Oliver,Poppy,Tom,Jess,Stanley,Mabel,Barry', 'Young,Price,Long,Little,Brown,Green,Baker,Cook,Bishop,Church,Wood,Hill,Rich,Frost,Moss,Marsh,Rivers,Stone,Summers,Fox,Lamb,Love,Whitlock,Pemberton,Ashworth'),
  c('us', 'Tyler,Brittany,Dwayne,LaToya,Chase,Madison,Bradley,Shawna,Hunter,Summer,Destiny,Colton,Jaylen,Kayla,Wade,Dakota', 'Cash,Hunter,Page,Washington,Rodgers,Doyle,Pruitt,McAllister,Haskins,Tillman,Booker,Whitfield,Lusk,Carver,Delgado'),
  c('ie', 'Aoife,Siobhán,Niamh,Ciarán,Pádraig,Eoin,Orla,Caoimhe,Darragh,Saoirse,Fionn,Róisín', "Ó Súilleabháin,O'Connell,Mac Giolla Phádraig,Byrne,Keane,Fitzgerald,Nagle,Ó Briain,Moriarty,Dunne,Kavanagh,Scanlon"),
  c('sc', 'Callum,Kirsty,Eilidh,Fraser,Morag,Ruaridh,Iona,Hamish,Isla,Lachlan', 'MacLeod,Fraser,Cameron,Munro,Grieve,Sinclair,Buchanan,McIntyre,Drummond,Gillespie'),
  c('wa', 'Gareth,Siân,Rhys,Carys,Dafydd,Ffion,Iolo,Nia,Gethin,Bethan', 'Pritchard,Llewellyn,Vaughan,Prosser,Bowen,Griffiths,Rees,Powell'),
  c('jm', 'Delroy,Marcia,Errol,Sharmaine,Winston,Beverley,Clive,Yvonne,Desmond,Paulette', 'Campbell,Grant,Reid,Francis,Morrison,Henry,Gayle,Simpson,Barrett,Ebanks'),
  c('de', 'Jürgen,Sabine,Lukas,Anneliese,Friedrich,Katrin,Moritz,Heike,Dieter,Ursula,Jonas,Greta', 'Müller,Schröder,Weißmann,Hoffmann,Brandt,Kühn,Lehmann,Vogt,Becker,Ziegler,Fuchs,Großmann'),
  c('fr', 'Amélie,Théo,Guy,Sébastien,Margaux,Clément,Élodie,Benoît,Solène,Yannick,Chantal,Loïc', 'Dubois,Lefèvre,Moreau,Girard,Rousseau,Fontaine,Chevalier,Lemaire,Gauthier,Perrin,Mercier,Faure'),
  c('es', 'María José,Alejandro,Lucía,Javier,Inmaculada,Sergio,Nerea,Iker,Rocío,Álvaro,Pilar,Jesús', 'García López,Fernández,Ruiz,Martínez Soto,Iglesias,Domínguez,Navarro,Herrera,Ortega,Castillo,Blanco,Serrano'),
  c('mx', 'Guadalupe,Juan Carlos,Ximena,Yesenia,Rigoberto,Itzel,Araceli,Efraín,Maricela,Esperanza', 'Hernández,Ramírez Cruz,Villanueva,Guzmán,Zepeda,Cervantes,Ochoa,Quintero,Salazar,Mendoza'),
  c('pt', 'João,Thiago,Luíza,Gonçalo,Rafaela,Caio,Beatriz,Conceição,Vinícius,Fernanda', 'da Silva,Oliveira,Pereira,Gonçalves,dos Santos,Rocha,Carvalho,Ferreira,Almeida,Moura'),
  c('it', 'Giuseppe,Chiara,Matteo,Francesca,Lorenzo,Giulia,Salvatore,Rosaria,Davide,Ilaria', 'Esposito,Russo,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca'),
  c('nl', 'Sanne,Joost,Femke,Daan,Anouk,Bram,Mieke,Thijs,Lotte,Wouter', 'van der Berg,de Vries,Bakker,Visser,Smit,Jansen,de Jong,van Dijk,Mulder,Hendriks'),
  c('pl', 'Agnieszka,Grzegorz,Małgorzata,Wojciech,Katarzyna,Paweł,Zofia,Łukasz,Jadwiga,Krzysztof', 'Nowak,Wiśniewska,Kowalczyk,Zieliński,Wójcik,Kamińska,Lewandowski,Dąbrowska,Szymański,Woźniak'),
  c('ua', 'Oksana,Taras,Olena,Bohdan,Iryna,Mykola,Yulia,Dmytro,Kateryna,Andriy,Nadiya,Serhiy', 'Shevchenko,Kovalenko,Bondarenko,Tkachenko,Kravchuk,Melnyk,Oliynyk,Marchenko,Hrytsenko,Lysenko'),
  c('ru', 'Svetlana,Aleksei,Natalia,Igor,Tatiana,Vladimir,Ludmila,Pavel', 'Ivanova,Smirnov,Kuznetsova,Popov,Sokolova,Volkov,Morozova,Lebedev'),
  c('ro', 'Ionuț,Mihaela,Florin,Andreea,Bogdan,Loredana,Cătălin,Roxana', 'Popescu,Ionescu,Dumitrescu,Stan,Munteanu,Constantin,Ciobanu,Lungu'),
  c('tr', 'Emine,Mehmet,Ayşe,Mustafa,Zeynep,Hüseyin,Elif,Yusuf,Fatma,Burak', 'Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Öztürk,Aydın,Arslan,Doğan'),
  c('ar', 'Mohammed,Fatima,Ahmad,Amal,Omar,Rania,Khaled,Huda,Said,Nour,Yasmin,Tariq,Walid,Samira', 'Al-Hassan,Haddad,Khalil,Nasser,Al-Masri,Darwish,Hamdan,Saleh,Mansour,Abboud,El-Amin,Qasim,Said'),
  c('af', 'Farid,Zarghona,Ahmad Shah,Mariam,Habibullah,Nazanin,Rahim,Shukria,Wahid,Lina', 'Ahmadzai,Popal,Karimi,Stanikzai,Sultani,Noori,Hotak,Rahimi,Wardak,Safi'),
  c('ir', 'Reza,Shirin,Dariush,Parisa,Kourosh,Leila,Babak,Maryam', 'Hosseini,Tehrani,Rostami,Farahani,Mohammadi,Jafari,Ebrahimi,Sadeghi'),
  c('ku', 'Rebwar,Shilan,Dilan,Hêvî,Azad,Berfin', 'Shwani,Kurdi,Hawrami,Baban,Zebari,Mamand'),
  c('so', 'Abdirahman,Hodan,Farhiya,Abdullahi,Ayaan,Hamza,Sahra,Mahad', 'Warsame,Farah,Abdi,Jama,Hirsi,Egal,Mohamud,Dualeh'),
  c('er', 'Senait,Yonas,Meron,Dawit,Selam,Tesfaye,Helen,Biniam', 'Tesfamariam,Gebremedhin,Haile,Berhane,Woldemichael,Kidane,Tekle,Asfaw'),
  c('ng', 'Chinedu,Ngozi,Oluwaseun,Adaeze,Babatunde,Funmilayo,Emeka,Yetunde,Blessing,Godwin,Precious,Chioma', 'Okafor,Adeyemi,Nwosu,Olawale,Eze,Balogun,Okonkwo,Adebayo,Obi,Ogunleye'),
  c('gh', 'Kwame,Akosua,Kofi,Abena,Yaw,Efua,Kwabena,Ama', 'Mensah,Owusu,Asante,Boateng,Appiah,Agyeman,Osei,Darko'),
  c('ke', 'Wanjiru,Otieno,Achieng,Kiprono,Njeri,Wafula,Akinyi,Mutua', 'Kamau,Odhiambo,Wekesa,Cheruiyot,Ndungu,Omondi,Njoroge,Barasa'),
  c('in', 'Priya,Rajesh,Ananya,Vikram,Sunita,Arjun,Deepa,Sanjay,Kavya,Rohan,Lakshmi,Amit', 'Sharma,Patel,Iyer,Reddy,Nair,Gupta,Chatterjee,Deshpande,Menon,Kulkarni'),
  c('pk', 'Imran,Ayesha,Bilal,Saima,Usman,Nadia,Faisal,Rubina', 'Qureshi,Chaudhry,Butt,Malik,Siddiqui,Rana,Hussain,Mirza'),
  c('bd', 'Rahima,Shafiqul,Nasrin,Tanvir,Sumaiya,Mizanur', 'Begum,Rahman,Uddin,Akter,Chowdhury,Islam'),
  c('lk', 'Tharshini,Kajan,Vithya,Sivakumar,Mathuri,Niroshan', 'Sivanathan,Thevarajah,Kanagaratnam,Balasingham,Murugesu,Selvarajah'),
  c('cn', 'Wei,Xiaoling,Jianhua,Mei,Hao,Yuting,Zhiqiang,Lan', 'Wang,Li,Zhang,Liu,Chen,Huang,Zhao,Wu', true),
  c('vn', 'Thi Lan,Van Minh,Ngoc Anh,Duc Huy,Thu Trang,Quang,Hoa,Phuong', 'Nguyen,Tran,Le,Pham,Hoang,Vu,Dang,Bui', true),
  c('ph', 'Maricel,Rowena,Jericho,Lovely,Arnel,Joy,Marites,Rommel', 'dela Cruz,Santos,Reyes,Bautista,Villanueva,Ramos,Aquino,Manalo'),
  c('jp', 'Haruka,Takeshi,Yui,Kenji,Sakura,Daisuke,Aiko,Hiroshi', 'Tanaka,Suzuki,Watanabe,Yamamoto,Nakamura,Kobayashi,Saito,Matsumoto'),
  c('ko', 'Ji-woo,Min-jun,Seo-yeon,Dong-hyun,Eun-ji,Hyun-woo,Soo-ah,Jae-sung', 'Kim,Lee,Park,Choi,Jung,Kang,Yoon,Han'),
  c('gr', 'Eleni,Giorgos,Dimitra,Nikos,Katerina,Yannis', 'Papadopoulos,Georgiou,Nikolaidou,Karagiannis,Vlachou,Antoniou'),
  c('hu', 'Zsófia,László,Katalin,Bence,Erzsébet,Gábor', 'Nagy,Kovács,Tóth,Szabó,Horváth,Varga', true),
];
const CULTURE_BY_ID = new Map(CULTURES.map((x) => [x.id, x]));

/** Native-script name pools (family name first, no space). */
const JA_F = ['田中', '佐藤', '鈴木', '高橋', '伊藤', '渡辺', '山口', '森'];
const JA_G = ['花子', '健一', '美咲', '翔太', '陽菜', '大輔', '和子', '勇'];
const KO_F = ['김', '이', '박', '최', '정', '윤'];
const KO_G = ['민준', '서연', '지우', '하은', '도윤', '영희', '순자'];

interface Person {
  readonly g: string;
  readonly f: string;
  readonly full: string;
  readonly cid: string;
}

function mkPerson(cu: Culture, g: string, f: string): Person {
  return { g, f, full: cu.familyFirst ? `${f} ${g}` : `${g} ${f}`, cid: cu.id };
}

function person(r: Rng, ids?: readonly string[]): Person {
  const cu = ids ? (CULTURE_BY_ID.get(r.pick(ids)) ?? r.pick(CULTURES)) : r.pick(CULTURES);
  return mkPerson(cu, r.pick(cu.g), r.pick(cu.f));
}

/** A relative sharing the family name. */
function relative(r: Rng, p: Person): Person {
  const cu = CULTURE_BY_ID.get(p.cid) ?? r.pick(CULTURES);
  let g = r.pick(cu.g);
  if (g === p.g) g = r.pick(cu.g);
  return mkPerson(cu, g, p.f);
}

function nativeJa(r: Rng): string {
  return r.pick(JA_F) + r.pick(JA_G);
}
function nativeKo(r: Rng): string {
  return r.pick(KO_F) + r.pick(KO_G);
}

const HON_EN = ['Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Mrs.', 'Miss', 'Mx'];

/** Writes a person in one of many surface forms (honorifics outside the label). */
function anyForm(r: Rng, d: Doc, p: Person): void {
  const k = r.int(0, 11);
  if (k <= 3) d.n(p);
  else if (k === 4) d.t(`${r.pick(HON_EN)} `).l('PERSON', p.f);
  else if (k === 5) d.l('PERSON', p.g);
  else if (k === 6) d.l('PERSON', `${p.g.charAt(0)}. ${p.f}`);
  else if (k === 7) d.l('PERSON', p.full.toUpperCase());
  else if (k === 8) d.l('PERSON', p.full.toLowerCase());
  else if (k === 9) d.l('PERSON', `${p.f}, ${p.g}`);
  else if (k === 10) d.t(`${r.pick(HON_EN)} `).n(p);
  else d.l('PERSON', p.f.toUpperCase() + ' ' + p.g);
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}
function fill(r: Rng, pattern: string): string {
  let s = '';
  for (const ch of pattern) s += ch === '#' ? String(r.int(0, 9)) : ch === '@' ? String(r.int(1, 9)) : ch;
  return s;
}
const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';
function letters(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += UPPER.charAt(r.int(0, UPPER.length - 1));
  return s;
}
function hex(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}
function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------------
// Dates

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
type Age = 'child' | 'adult' | 'old';
function birth(r: Rng, age: Age): Ymd {
  const y = age === 'child' ? r.int(2008, 2021) : age === 'adult' ? r.int(1950, 2004) : r.int(1926, 1952);
  return { y, m: r.int(1, 12), d: r.int(1, 28) };
}
function recent(r: Rng): Ymd {
  return { y: r.int(2023, 2026), m: r.int(1, 12), d: r.int(1, 28) };
}

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
};
function mon(lang: string, m: number): string {
  return (MONTHS[lang] ?? MONTHS.en ?? [])[m - 1] ?? '';
}
function ordinal(n: number): string {
  const s = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${s}`;
}

/** A date written the way the given locale writes it. */
function fmtDate(r: Rng, x: Ymd, loc: string): string {
  const { y, m, d } = x;
  const k = r.int(0, 2);
  switch (loc) {
    case 'us':
      return k === 0 ? `${pad(m)}/${pad(d)}/${y}` : k === 1 ? `${m}/${d}/${y}` : `${mon('en', m)} ${d}, ${y}`;
    case 'gb':
      return k === 0 ? `${pad(d)}/${pad(m)}/${y}` : k === 1 ? `${d} ${mon('en', m)} ${y}` : `${ordinal(d)} ${mon('en', m).slice(0, 3)} ${y}`;
    case 'de':
      return k === 2 ? `${d}. ${mon('de', m)} ${y}` : `${pad(d)}.${pad(m)}.${y}`;
    case 'fr':
      return k === 2 ? `${d === 1 ? '1er' : d} ${mon('fr', m)} ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'es':
      return k === 2 ? `${d} de ${mon('es', m)} de ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'it':
      return k === 2 ? `${d} ${mon('it', m)} ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'nl':
      return k === 2 ? `${d} ${mon('nl', m)} ${y}` : `${pad(d)}-${pad(m)}-${y}`;
    case 'pt':
      return k === 2 ? `${d} de ${mon('pt', m)} de ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'pl':
      return k === 2 ? `${d} ${mon('pl', m)} ${y} r.` : `${pad(d)}.${pad(m)}.${y}`;
    case 'ua':
      return `${pad(d)}.${pad(m)}.${y}`;
    case 'jp':
      return k === 2 ? `${y}/${pad(m)}/${pad(d)}` : `${y}年${m}月${d}日`;
    case 'ko':
      return k === 2 ? `${y}.${pad(m)}.${pad(d)}` : `${y}년 ${m}월 ${d}일`;
    default:
      return `${y}-${pad(m)}-${pad(d)}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Phones

const PHONE_FORMATS: Readonly<Record<string, readonly string[]>> = {
  GB: ['07@## ######', '+44 7@## ######', '+44 (0)7@## ### ###', '020 @### ####', '0161 @## ####', '0113 @## ####', '07@##-###-###'],
  US: ['(@##) @##-####', '@##-@##-####', '+1 @##-@##-####', '@##.@##.####', '+1 (@##) @##-####'],
  DE: ['0151 @#######', '+49 151 @#######', '030 @#######', '+49 (0)30 @######', '0176/@######', '0341 @#####'],
  FR: ['06 ## ## ## ##', '+33 6 ## ## ## ##', '07.##.##.##.##', '01 ## ## ## ##', '+33 (0)7 ## ## ## ##'],
  ES: ['6## ### ###', '+34 6## ## ## ##', '91 ### ## ##', '+34 7## ### ###'],
  IT: ['3## ### ####', '+39 3## #######', '06 @#######', '+39 02 @#######'],
  NL: ['06-@#######', '+31 6 @#######', '020-@######', '+31 (0)6 @### ####'],
  PL: ['+48 5## ### ###', '6## ### ###', '+48 7## ### ###'],
  UA: ['+380 67 ### ## ##', '+380 (50) ###-##-##', '067 ### ####', '+380 93 #######'],
  TR: ['+90 5## ### ## ##', '05## ### ## ##'],
  SY: ['+963 9## ### ###', '+963 11 ### ####'],
  AF: ['+93 7# ### ####', '07# ### ####'],
  IN: ['+91 9#### #####', '+91-98###-#####', '09########'],
  PK: ['+92 3## #######', '03##-#######'],
  NG: ['+234 80# ### ####', '080# ### ####', '+234 (0)70# ### ####'],
  KE: ['+254 7## ######', '07## ######'],
  GH: ['+233 24 ### ####', '024 ### ####'],
  BR: ['+55 11 9####-####', '(21) 9####-####'],
  MX: ['+52 55 #### ####', '55 #### ####'],
  PH: ['+63 917 ### ####', '0917 ### ####'],
  AU: ['04## ### ###', '+61 4## ### ###', '(02) @### ####'],
  JP: ['090-####-####', '03-@###-####', '+81 90-####-####', '080-####-####'],
  KR: ['010-####-####', '+82 10-####-####'],
  IE: ['087 ### ####', '+353 87 ### ####', '01 @## ####'],
  ER: ['+291 7 ######'],
  SO: ['+252 61 #######'],
  CA: ['(@##) @##-####', '+1 @##-@##-####'],
};
const PHONE_CCS = Object.keys(PHONE_FORMATS);
function phone(r: Rng, cc?: string): string {
  return fill(r, r.pick(PHONE_FORMATS[cc ?? r.pick(PHONE_CCS)] ?? PHONE_FORMATS.GB ?? []));
}
function maskedPhone(r: Rng): string {
  return r.pick([`***-***-${r.digits(4)}`, `07*** ***${r.digits(3)}`, `+44 **** ***${r.digits(3)}`, `(***) ***-${r.digits(4)}`]);
}
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A phone number read aloud, as a transcript renders it. */
function spokenPhone(r: Rng, cc: string): string {
  const national = (PHONE_FORMATS[cc] ?? []).filter((f) => !f.startsWith('+'));
  const num = fill(r, r.pick(national.length ? national : ['07@## ######'])).replace(/[^\d ]/g, ' ').replace(/\s+/g, ' ').trim();
  const oh = r.chance(0.6);
  return num
    .split(' ')
    .map((grp) => [...grp].map((ch) => (ch === '0' && oh ? 'oh' : (DIGIT_WORDS[Number(ch)] ?? ''))).join(' '))
    .join(r.pick([', ', ' ', ' ... ']));
}

// ---------------------------------------------------------------------------------------------------
// E-mail

const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'hotmail.fr', 'web.de', 'gmx.de', 'icloud.com', 'proton.me', 'libero.it', 'wp.pl', 'ukr.net', 'orange.fr', 'btinternet.com', 'hotmail.com', 'naver.com', 'yahoo.com', 'live.nl', 'sapo.pt', 'mail.ru', 'yahoo.co.jp', 'aol.com', 'eircom.net', 'virginmedia.com'];
function email(r: Rng, p: Person): string {
  const g = ascii(p.g) || 'info';
  const f = ascii(p.f) || 'home';
  const k = r.int(0, 6);
  const local = k === 0 ? `${g}.${f}` : k === 1 ? `${g.charAt(0)}${f}` : k === 2 ? `${g}${f}${r.int(60, 99)}` : k === 3 ? `${f}.${g}` : k === 4 ? `${g}_${f.charAt(0)}${r.int(1, 999)}` : k === 5 ? `${g}${r.int(1, 2005)}` : `${f}${g.charAt(0)}`;
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}
function spokenEmail(r: Rng, p: Person): string {
  const g = ascii(p.g) || 'home';
  const f = ascii(p.f) || 'mail';
  const dom = r.pick(['gmail dot com', 'hotmail dot co dot uk', 'outlook dot com', 'yahoo dot com', 'icloud dot com']);
  return r.chance(0.5) ? `${g} dot ${f} at ${dom}` : `${g} underscore ${f}${r.int(1, 99)} at ${dom}`;
}

interface Org {
  readonly name: string;
  readonly domain: string;
}
const ORGS: readonly Org[] = [
  { name: 'Oakhollow Food Bank', domain: 'oakhollowfoodbank.org.uk' },
  { name: 'Harbour Light Shelter', domain: 'harbourlight.org' },
  { name: 'Westgate Refugee Welcome', domain: 'westgaterw.org.uk' },
  { name: 'Kettering Road Baby Bank', domain: 'krbabybank.org.uk' },
  { name: 'Casa Abierta', domain: 'casaabierta.org' },
  { name: 'Al-Noor Community Centre', domain: 'alnoorcc.org.uk' },
  { name: 'Meadowbank Care Home', domain: 'meadowbankcare.co.uk' },
  { name: 'HomeFirst Care', domain: 'homefirstcare.co.uk' },
  { name: 'Riverside Youth Club', domain: 'riversideyouth.org' },
  { name: 'Northside Juniors FC', domain: 'northsidejuniorsfc.com' },
  { name: 'Lantern House Night Shelter', domain: 'lanternhouse.org.uk' },
  { name: 'Bridgeway Migrant Support', domain: 'bridgeway-ms.org' },
  { name: 'Eastbrook Gurdwara Langar Sewa', domain: 'eastbrooksewa.org' },
  { name: 'Tide Street Community Pantry', domain: 'tidestreetpantry.org' },
  { name: 'Hillcrest Swim Club', domain: 'hillcrestswim.org.uk' },
];
const ROLES = ['info', 'volunteers', 'referrals', 'donations', 'giftaid', 'safeguarding', 'office', 'hello', 'rota', 'admin', 'support'];
function roleEmail(r: Rng, o: Org): string {
  return `${r.pick(ROLES)}@${o.domain}`;
}

// ---------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs

function luhnComplete(body: string): string {
  for (let x = 0; x <= 9; x++) if (luhnValid(body + String(x))) return body + String(x);
  return body + '0';
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 9);
  const [prefix, len] =
    k <= 3 ? ['4', 16] : k === 4 ? [String(r.int(51, 55)), 16] : k === 5 ? [String(r.int(2221, 2720)), 16] : k === 6 ? [r.pick(['34', '37']), 15] : k === 7 ? ['6011', 16] : k === 8 ? [String(r.int(3528, 3589)), 16] : ['36', 14];
  let body = prefix;
  while (body.length < len - 1) body += String(r.int(0, 9));
  return luhnComplete(body);
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (sep === '') return d;
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return d.match(/.{1,4}/g)?.join(sep) ?? d;
}
function card(r: Rng): string {
  const v = groupCard(r, cardDigits(r));
  return v;
}
/** A card-like number that fails Luhn. */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending ${r.digits(4)}`, `4*** **** **** ${r.digits(4)}`]);
}

const IBAN_BBAN: Readonly<Record<string, string>> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24',
  PT: 'n21', IE: 'a4n14', SE: 'n20', DK: 'n14', FI: 'n14', LU: 'n16', TR: 'n22', GR: 'n23', RO: 'a4n16', HR: 'n17', LT: 'n16', NO: 'n11',
};
const IBAN_CCS = Object.keys(IBAN_BBAN);
function ibanCheck(cc: string, bban: string): string {
  const s = bban + cc + '00';
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dd of v) rem = (rem * 10 + Number(dd)) % 97;
  }
  return pad(98 - rem);
}
function ibanCompact(r: Rng, cc?: string): string {
  const code = cc ?? r.pick(IBAN_CCS);
  const spec = IBAN_BBAN[code] ?? 'n18';
  let bban = '';
  for (const m of spec.matchAll(/([an])(\d+)/g)) {
    const n = Number(m[2]);
    bban += m[1] === 'a' ? letters(r, n) : r.digits(n);
  }
  const iban = code + ibanCheck(code, bban) + bban;
  if (IBAN_LENGTHS[code] !== iban.length || !ibanMod97Valid(iban)) throw new Error(`IBAN generator bug ${iban}`);
  return iban;
}
function groupIban(r: Rng, compact: string): string {
  const k = r.int(0, 9);
  if (k <= 5) return compact.match(/.{1,4}/g)?.join(' ') ?? compact;
  if (k <= 8) return compact;
  return (compact.match(/.{1,4}/g)?.join(' ') ?? compact).toLowerCase();
}
function iban(r: Rng, cc?: string): string {
  return groupIban(r, ibanCompact(r, cc));
}
/** An IBAN with one BBAN digit changed: always fails mod 97. */
function badIban(r: Rng, cc?: string): string {
  const v = ibanCompact(r, cc);
  const idxs: number[] = [];
  for (let i = 4; i < v.length; i++) if (/\d/.test(v.charAt(i))) idxs.push(i);
  const i = r.pick(idxs);
  const nd = (Number(v.charAt(i)) + r.int(1, 9)) % 10;
  return groupIban(r, v.slice(0, i) + String(nd) + v.slice(i + 1));
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const sep = r.pick(['-', '-', '-', ' ', '']);
  return `${pad(area, 3)}${sep}${pad(r.int(1, 99))}${sep}${pad(r.int(1, 9999), 4)}`;
}
function fakeSsnLike(r: Rng): string {
  return r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `9${r.int(0, 9)}${r.int(0, 9)}-${r.int(70, 88)}-${r.digits(4)}`, `000-${pad(r.int(1, 99))}-${r.digits(4)}`, `666-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`]);
}
function ein(r: Rng): string {
  return `${r.int(10, 98)}-${r.digits(7)}`;
}

function ipv4(r: Rng): string {
  const k = r.int(0, 5);
  if (k === 0) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (k === 1) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([31, 46, 62, 78, 81, 86, 90, 109, 145, 176, 185, 194, 212, 217, 51, 73, 98, 172, 203])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const g = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  const k = r.int(0, 2);
  if (k === 0) {
    const parts: string[] = [];
    for (let i = 0; i < 8; i++) parts.push(g());
    return parts.join(':');
  }
  const head = r.pick(['2001:db8', '2a02:c7f', '2a00:23c5', '2600:1700', 'fe80', '2003:e2', '2a01:4f8']);
  const tail: string[] = [];
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) tail.push(g());
  return `${head}::${tail.join(':')}`;
}
function ip(r: Rng): string {
  return r.chance(0.7) ? ipv4(r) : ipv6(r);
}

// ---------------------------------------------------------------------------------------------------
// Addresses (returned as lines)

type Cc = 'GB' | 'US' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'PL' | 'CA' | 'AU' | 'IE' | 'PT' | 'JP';
const PC_L = 'ABDEFGHJLNPQRSTUWXYZ';
function ukPostcode(r: Rng, area: string): string {
  return `${area}${r.int(1, 19)} ${r.int(1, 9)}${PC_L.charAt(r.int(0, PC_L.length - 1))}${PC_L.charAt(r.int(0, PC_L.length - 1))}`;
}
function address(r: Rng, cc: Cc, withCountry = false): string[] {
  const num = r.int(1, 240);
  let lines: string[];
  switch (cc) {
    case 'GB': {
      const [town, area] = r.pick([['Leeds', 'LS'], ['Sheffield', 'S'], ['Norwich', 'NR'], ['Bristol', 'BS'], ['Cardiff', 'CF'], ['Glasgow', 'G'], ['Leicester', 'LE'], ['Bradford', 'BD'], ['Coventry', 'CV'], ['Hull', 'HU'], ['Plymouth', 'PL'], ['Luton', 'LU'], ['Swansea', 'SA'], ['Dundee', 'DD'], ['Preston', 'PR']] as const);
      const street = r.pick(['Larkhill Road', 'Cranmore Avenue', 'Wellgate', 'Tannery Lane', 'Bishop Street', 'Orchard Close', 'Mill Hill Terrace', 'Prospect Row', 'Howden Crescent', 'Victoria Parade', 'Foundry Walk', 'Albion Street', 'Gladstone Road', 'Cromwell Court']);
      const k = r.int(0, 3);
      if (k === 0) lines = [`Flat ${r.int(1, 24)}`, `${r.pick(['Priory', 'Brunswick', 'Kestrel', 'Hawthorn'])} House`, `${num} ${street}`, town, ukPostcode(r, area)];
      else if (k === 1) lines = [`${num}${r.pick(['', 'a', 'b'])} ${street}`, r.pick(['Heaton', 'Southville', 'Moorside', 'Ely', 'Lower Earley', 'Gorse Hill']), town, ukPostcode(r, area)];
      else if (k === 2) lines = [`PO Box ${r.int(100, 9999)}`, town, ukPostcode(r, area)];
      else lines = [`${num} ${street}`, `${town.toUpperCase()} ${ukPostcode(r, area)}`];
      if (withCountry) lines.push('United Kingdom');
      return lines;
    }
    case 'US': {
      const [city, st, zip] = r.pick([['Dayton', 'OH', '454'], ['Tucson', 'AZ', '857'], ['Fresno', 'CA', '937'], ['Albany', 'NY', '122'], ['Louisville', 'KY', '402'], ['Spokane', 'WA', '992'], ['Toledo', 'OH', '436'], ['El Paso', 'TX', '799'], ['Providence', 'RI', '029'], ['Omaha', 'NE', '681'], ['Richmond', 'VA', '232'], ['Lansing', 'MI', '489']] as const);
      const street = r.pick(['Sycamore Ave', 'N Maple St', 'Dorchester Rd', 'Old Mill Pike', 'W 38th St', 'Martin Luther King Jr Blvd', 'Cherokee Dr', 'Lincoln Way', 'E Hampton Ct', 'Riverbend Pkwy']);
      const unit = r.pick(['', ` Apt ${r.int(1, 30)}${r.pick(['', 'B', 'C'])}`, ` Unit ${r.int(100, 420)}`, ` #${r.int(2, 90)}`]);
      const zip5 = zip + pad(r.int(1, 99));
      lines = r.chance(0.15) ? [`PO Box ${r.int(10, 9999)}`, `${city}, ${st} ${zip5}`] : [`${r.int(10, 9899)} ${street}${unit}`, `${city}, ${st} ${zip5}${r.chance(0.2) ? '-' + r.digits(4) : ''}`];
      if (withCountry) lines.push('USA');
      return lines;
    }
    case 'DE': {
      const [city, plz] = r.pick([['Leipzig', '04'], ['Dortmund', '44'], ['Bremen', '28'], ['Nürnberg', '90'], ['Kassel', '34'], ['Freiburg im Breisgau', '79'], ['Essen', '45'], ['Chemnitz', '09']] as const);
      const street = r.pick(['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Bahnhofstr.', 'Kastanienallee', 'Friedrich-Ebert-Ring', 'Hauptstraße', 'Rosenweg', 'Schillerplatz']);
      lines = [`${street} ${num}${r.pick(['', 'a', 'b'])}`, `${plz}${r.digits(3)} ${city}`];
      if (withCountry) lines.push('Deutschland');
      return lines;
    }
    case 'FR': {
      const [city, cp] = r.pick([['Lyon', '6900'], ['Marseille', '130'], ['Lille', '590'], ['Toulouse', '310'], ['Rennes', '350'], ['Grenoble', '380'], ['Nantes', '440'], ['Montreuil', '931']] as const);
      const rue = r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard de la Liberté', 'impasse des Lilas', 'rue Victor Hugo', 'allée des Peupliers', 'chemin du Moulin']);
      lines = [`${r.chance(0.4) ? `Bât. ${r.pick(['A', 'B', 'C'])}, ` : ''}${num}${r.pick(['', ' bis', ' ter'])} ${rue}`, `${(cp + r.digits(5)).slice(0, 5)} ${city}`];
      if (withCountry) lines.push('France');
      return lines;
    }
    case 'ES': {
      const [city, cp] = r.pick([['Madrid', '280'], ['Sevilla', '410'], ['Valencia', '460'], ['Zaragoza', '500'], ['Bilbao', '480'], ['Málaga', '290']] as const);
      const calle = r.pick(['Calle del Olmo', 'Avenida de la Constitución', 'Calle Sierpes', 'Paseo de la Castellana', 'Calle Real', 'Calle de Toledo']);
      lines = [`${calle}, ${num}, ${r.pick(['3º B', '2º izda.', 'bajo', '1º A', '4º dcha.'])}`, `${cp}${pad(r.int(1, 99))} ${city}`];
      if (withCountry) lines.push('España');
      return lines;
    }
    case 'IT': {
      const [city, cap, prov] = r.pick([['Bologna', '401', 'BO'], ['Torino', '101', 'TO'], ['Napoli', '801', 'NA'], ['Palermo', '901', 'PA'], ['Bari', '701', 'BA'], ['Milano', '201', 'MI']] as const);
      const via = r.pick(['Via Garibaldi', 'Via Roma', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Cavour', 'Via San Domenico']);
      lines = [`${via} ${num}`, `${cap}${pad(r.int(0, 99))} ${city} (${prov})`];
      if (withCountry) lines.push('Italia');
      return lines;
    }
    case 'NL': {
      const [city, pc] = r.pick([['Utrecht', '35'], ['Rotterdam', '30'], ['Groningen', '97'], ['Eindhoven', '56'], ['Zwolle', '80'], ['Den Haag', '25']] as const);
      lines = [`${r.pick(['Kerkstraat', 'Dorpsweg', 'Lindenlaan', 'Molenstraat', 'Vondelstraat', 'Schoolstraat'])} ${num}${r.pick(['', '-II', ' bis', 'A'])}`, `${pc}${r.int(10, 99)} ${letters(r, 2)} ${city}`];
      if (withCountry) lines.push('Nederland');
      return lines;
    }
    case 'PL': {
      const [city, pc] = r.pick([['Kraków', '31'], ['Gdańsk', '80'], ['Poznań', '61'], ['Wrocław', '50'], ['Lublin', '20'], ['Łódź', '90']] as const);
      lines = [`ul. ${r.pick(['Kwiatowa', 'Długa', 'Mickiewicza', 'Polna', 'Słoneczna', 'Ogrodowa'])} ${num}${r.chance(0.6) ? '/' + r.int(1, 60) : ''}`, `${pc}-${r.digits(3)} ${city}`];
      if (withCountry) lines.push('Polska');
      return lines;
    }
    case 'CA': {
      const [city, prov, fsa] = r.pick([['Hamilton', 'ON', 'L8P'], ['Winnipeg', 'MB', 'R3C'], ['Halifax', 'NS', 'B3H'], ['Surrey', 'BC', 'V3T'], ['Calgary', 'AB', 'T2E'], ['Laval', 'QC', 'H7N']] as const);
      lines = [`${r.int(10, 9999)} ${r.pick(['Elm St', 'Queen St E', 'Portage Ave', 'Rue Principale', 'Maple Cres'])}${r.chance(0.3) ? ` Unit ${r.int(1, 40)}` : ''}`, `${city}, ${prov} ${fsa} ${r.int(1, 9)}${letters(r, 1)}${r.int(1, 9)}`];
      if (withCountry) lines.push('Canada');
      return lines;
    }
    case 'AU': {
      const [sub, st, pc] = r.pick([['Parramatta', 'NSW', '2150'], ['Footscray', 'VIC', '3011'], ['Logan Central', 'QLD', '4114'], ['Elizabeth', 'SA', '5112'], ['Mirrabooka', 'WA', '6061'], ['Belconnen', 'ACT', '2617']] as const);
      lines = [`${r.chance(0.4) ? `${r.int(1, 12)}/` : ''}${num} ${r.pick(['Banksia Cres', 'Station St', 'Wattle Ave', 'Hume Hwy', 'Ridge Rd'])}`, `${sub} ${st} ${pc}`];
      if (withCountry) lines.push('Australia');
      return lines;
    }
    case 'IE': {
      const [town, key] = r.pick([['Dublin 15', 'D15'], ['Cork', 'T12'], ['Galway', 'H91'], ['Limerick', 'V94'], ['Drogheda', 'A92']] as const);
      lines = [`${num} ${r.pick(['Church View', 'Ashgrove Park', 'Main Street', 'Castle Court', 'Hazel Lawn'])}`, town, `${key} ${letters(r, 1)}${r.int(1, 9)}${letters(r, 1)}${r.int(1, 9)}`];
      if (withCountry) lines.push('Ireland');
      return lines;
    }
    case 'PT': {
      const [city, cp] = r.pick([['Lisboa', '1100'], ['Porto', '4000'], ['Amadora', '2700'], ['Braga', '4700']] as const);
      lines = [`${r.pick(['Rua das Flores', 'Avenida da Liberdade', 'Travessa do Carmo', 'Rua de Santa Catarina'])}, ${num}, ${r.int(1, 5)}º ${r.pick(['Esq.', 'Dto.'])}`, `${cp}-${r.digits(3)} ${city}`];
      if (withCountry) lines.push('Portugal');
      return lines;
    }
    case 'JP': {
      lines = [`〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都新宿区西新宿', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '愛知県名古屋市中村区名駅'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}${r.pick(['', ' ハイツ青葉203', ' コーポ緑101'])}`];
      return lines;
    }
  }
}
function one(lines: readonly string[]): string {
  return lines.join(', ');
}
function multi(lines: readonly string[]): string {
  return lines.join('\n');
}
const DATE_LOC: Readonly<Record<Cc, string>> = { GB: 'gb', US: 'us', DE: 'de', FR: 'fr', ES: 'es', IT: 'it', NL: 'nl', PL: 'pl', CA: 'iso', AU: 'gb', IE: 'gb', PT: 'pt', JP: 'jp' };
const PHONE_OF: Readonly<Record<Cc, string>> = { GB: 'GB', US: 'US', DE: 'DE', FR: 'FR', ES: 'ES', IT: 'IT', NL: 'NL', PL: 'PL', CA: 'CA', AU: 'AU', IE: 'IE', PT: 'ES', JP: 'JP' };

// ---------------------------------------------------------------------------------------------------
// Distractors (never labelled)

function caseRef(r: Rng): string {
  return r.pick([`CASE-${r.int(2022, 2026)}-${r.digits(6)}`, `REF/${letters(r, 2)}/${r.digits(5)}`, `HO ref ${letters(r, 1)}${r.digits(7)}`, `Ticket #${r.digits(6)}`, `voucher ${letters(r, 3)}-${r.digits(6)}`]);
}
function trackingNo(r: Rng): string {
  return r.pick([`1Z${letters(r, 3)}${r.digits(3)}${r.digits(10)}`, `JD${r.digits(18)}`, `${letters(r, 2)}${r.digits(9)}GB`, `order #${r.digits(8)}`, `PO-${r.digits(7)}`]);
}
function distractor(r: Rng): string {
  const k = r.int(0, 17);
  switch (k) {
    case 0: return `Registered charity no. ${r.int(1000000, 1199999)}`;
    case 1: return `Our EIN is ${ein(r)}`;
    case 2: return `Routing no. ${r.pick(['021000021', '011000138', '121000358', '026009593'])}`;
    case 3: return `(${caseRef(r)})`;
    case 4: return `Tracking: ${trackingNo(r)}`;
    case 5: return `App v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(0, 99)}`;
    case 6: return `commit ${hex(r, 12)}`;
    case 7: return `logged ${r.int(2023, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
    case 8: return `the old card ${badCard(r)} was declined`;
    case 9: return `(that IBAN ${badIban(r)} bounced, typo)`;
    case 10: return `Sort code ${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)}`;
    case 11: return `NHS no. ${r.digits(3)} ${r.digits(3)} ${r.digits(4)}`;
    case 12: return r.pick(["She's on the Alzheimer's Society list", "Parkinson's nurse visits Tuesdays", 'Down syndrome support group meets Thursdays', "Crohn's diet sheet attached"]);
    case 13: return r.pick(['Pick-up from the Ronald McDonald House car park', "Donation from Sainsbury's and Morrisons", 'Mr Kipling cakes and Dr. Oetker pizzas in the freezer', "Tins of Heinz beans and Kellogg's cereal"]);
    case 14: return r.pick(["Clare's Law disclosure leaflet given", "Martyn's Law training done", "Duke of Edinburgh's Award hike on Saturday", 'Queen’s Award for Voluntary Service plaque in reception']);
    case 15: return r.pick(['Meet at Victoria Station', 'Ward: Florence Nightingale', 'Session in the Mary Seacole Room', 'Storm Babet flooded the cellar', 'Leaflets for Charlotte and Jackson branches']);
    case 16: return `Postcode area only: ${r.pick(['LS8', 'BS5', 'NR3', 'G42'])}`;
    default: return `Invoice dated ${fmtDate(r, recent(r), r.pick(['gb', 'us', 'iso']))}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Templates

type Tpl = (r: Rng, d: Doc) => void;

const COUNTRIES: readonly Cc[] = ['GB', 'US', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'CA', 'AU', 'IE', 'PT'];
const REFUGEE = ['ar', 'af', 'ir', 'ku', 'so', 'er', 'ua', 'tr', 'ng', 'pk', 'bd', 'lk', 'vn'];
const LOCAL_UK = ['gb', 'sc', 'wa', 'ie', 'jm', 'in', 'pk', 'pl', 'ng', 'gh', 'bd'];
const ANY_CULTURE = CULTURES.map((x) => x.id);

function sign(r: Rng, d: Doc, p: Person, selfChance = 0.5): void {
  d.t(r.pick(['\n\nThanks,\n', '\n\nBest wishes,\n', '\n\nKind regards\n', '\n\nCheers\n', '\n\n— ', '\n\nMany thanks,\n']));
  if (r.chance(selfChance)) d.self(p);
  else d.n(p);
}

const TPL: Array<[number, Tpl]> = [];
function tpl(weight: number, f: Tpl): void {
  TPL.push([weight, f]);
}

// --- Food banks ---------------------------------------------------------------------------------------

tpl(3, (r, d) => {
  const o = r.pick(ORGS);
  const cl = person(r, LOCAL_UK.concat(REFUGEE));
  const ref = person(r, LOCAL_UK);
  const cc: Cc = 'GB';
  d.t(`${o.name.toUpperCase()} — E-REFERRAL\nVoucher: ${caseRef(r)}\n\nClient name: `).n(cl);
  d.t('\nDate of birth: ').l('DOB', fmtDate(r, birth(r, 'adult'), 'gb'));
  d.t('\nAddress:\n').l('ADDRESS', multi(address(r, cc)));
  d.t('\nContact no: ').l('PHONE', phone(r, 'GB'));
  const kids = r.int(0, 3);
  d.t(`\nHousehold: ${1 + kids} (`);
  for (let i = 0; i < kids; i++) {
    if (i) d.t(', ');
    d.l('PERSON', relative(r, cl).g).t(` age ${r.int(1, 16)}`);
  }
  d.t(kids ? ')' : 'lives alone)');
  d.t(`\nReason: ${r.pick(['benefit delay', 'low income', 'sickness', 'debt', 'asylum support not started', 'domestic abuse'])}\nReferred by: `).n(ref).t(`, ${r.pick(['Citizens Advice', 'GP surgery', 'Jobcentre work coach', 'school family support worker'])}\nReferrer email: `).l('EMAIL', email(r, ref));
  d.t(`\nDietary: ${r.pick(['halal', 'vegetarian', 'no pork', 'diabetic', 'none'])}. ${distractor(r)}.`);
});

tpl(3, (r, d) => {
  const a = person(r, LOCAL_UK);
  const b = person(r, ANY_CULTURE);
  const cl = person(r, ANY_CULTURE);
  const h = `${pad(r.int(8, 19))}:${pad(r.int(0, 59))}`;
  d.t(`[${h}] `).l('PERSON', a.g).t(`: anyone free to drive the van tmrw? `).l('PERSON', r.pick(['Bill', 'Will', 'Guy', 'Grant'])).t(' is off sick\n');
  d.t(`[${h}] `).l('PERSON', b.g).t(`: I can do the morning run. who's on the list\n`);
  d.t(`[${h}] `).l('PERSON', a.g).t(': 3 drops. first one is ');
  anyForm(r, d, cl);
  d.t(' at ').l('ADDRESS', one(address(r, 'GB'))).t(', she said ring on ').l('PHONE', phone(r, 'GB')).t(' when outside, buzzer broken\n');
  d.t(`[${h}] `).l('PERSON', b.g).t(`: 👍 ${r.pick(['also Tesco sent 4 crates of bread', 'Hope Valley Harriers dropped off their collection', 'the Grace Kitchen van has the chilled stuff'])}\n`);
});

tpl(2, (r, d) => {
  const me = person(r, LOCAL_UK);
  const mum = relative(r, me);
  const o = r.pick(ORGS);
  d.t(`To: `).l('EMAIL', roleEmail(r, o)).t(`\nSubject: delivery for my mum\n\nHi,\nMy mum `).n(mum).t(` was referred last week but nobody has been. She's at `).l('ADDRESS', one(address(r, 'GB')));
  d.t(`. She doesn't hear the phone well so please call me instead on `).l('PHONE', phone(r, 'GB')).t(r.chance(0.5) ? ` or email ${''}` : '.');
  if (d.text.endsWith(' ')) d.l('EMAIL', email(r, me)).t('.');
  d.t(` She's ${r.int(70, 93)} and has ${r.pick(["Parkinson's", "Alzheimer's", 'COPD', 'a bad hip'])}.`);
  sign(r, d, me, 0.8);
});

tpl(2, (r, d) => {
  d.t(`ROUTE SHEET — ${fmtDate(r, recent(r), 'gb')} — driver: `);
  d.l('PERSON', person(r, LOCAL_UK).g).t('\n');
  const n = r.int(3, 5);
  for (let i = 1; i <= n; i++) {
    const p = person(r, ANY_CULTURE);
    d.t(`${i}. `).l('PERSON', `${p.f.toUpperCase()}, ${p.g}`).t(' | ').l('ADDRESS', one(address(r, 'GB'))).t(' | ');
    if (r.chance(0.8)) d.l('PHONE', phone(r, 'GB'));
    else d.t(maskedPhone(r));
    d.t(` | ${r.pick(['dog called Bella, friendly', 'side door', 'leave with neighbour at no. 3', 'no pork', 'cat Winston will try to escape', '2 parcels'])}\n`);
  }
  d.t(`Van key in the safe. ${distractor(r)}.`);
});

tpl(2, (r, d) => {
  const cl = person(r, ['nl', 'ar', 'tr', 'so', 'pl']);
  d.t(`Intake Voedselbank — ${r.pick(['Zuidoost', 'Noord', 'Kanaleneiland'])}\nNaam: `).n(cl).t('\nGeboortedatum: ').l('DOB', fmtDate(r, birth(r, 'adult'), 'nl'));
  d.t('\nAdres: ').l('ADDRESS', one(address(r, 'NL'))).t('\nTel: ').l('PHONE', phone(r, 'NL'));
  d.t(`\nGezin: ${r.int(1, 6)} personen. Uitgiftepunt: ${r.pick(['De Ark', 'Buurthuis De Linde'])}. Intaker: `).l('PERSON', person(r, ['nl']).g).t('.');
  if (r.chance(0.7)) d.t('\nIBAN voor bijdrage: ').l('IBAN', iban(r, 'NL'));
});

tpl(2, (r, d) => {
  const cl = person(r, ['it', 'ar', 'ro', 'ng', 'ua']);
  d.t('Caritas — Centro di Ascolto\nScheda n. ').t(r.digits(4)).t('\nCognome e nome: ').l('PERSON', `${cl.f} ${cl.g}`).t('\nNata/o il ').l('DOB', fmtDate(r, birth(r, 'adult'), 'it')).t(` a ${r.pick(['Bucarest', 'Lagos', 'Tunisi', 'Kyiv', 'Napoli'])}`);
  d.t('\nResidenza: ').l('ADDRESS', one(address(r, 'IT'))).t('\nCellulare: ').l('PHONE', phone(r, 'IT'));
  d.t(`\nBisogni: ${r.pick(['pacco alimentare', 'bollette', 'affitto arretrato'])}. Operatrice: `).l('PERSON', person(r, ['it']).full).t('.');
});

// --- Shelters ---------------------------------------------------------------------------------------

tpl(5, (r, d) => {
  const cl = person(r, ['us', 'mx', 'jm', 'so', 'er', 'ar']);
  const ec = person(r, ['us', 'mx']);
  d.t(`HARBOR CITY EMERGENCY SHELTER — INTAKE\nBed: ${r.int(1, 60)}  Intake #: ${r.digits(6)}\n\nName (Last, First): `).l('PERSON', `${cl.f}, ${cl.g}`);
  d.t('\nDOB: ').l('DOB', fmtDate(r, birth(r, 'adult'), 'us'));
  d.t('\nSSN: ');
  if (r.chance(0.8)) d.l('NATIONAL_ID', ssn(r));
  else d.t(fakeSsnLike(r));
  d.t('\nLast permanent address: ').l('ADDRESS', one(address(r, 'US')));
  d.t('\nPhone: ');
  if (r.chance(0.75)) d.l('PHONE', phone(r, 'US'));
  else d.t('none (lost phone)');
  d.t('\nEmergency contact: ').n(ec).t(` (${r.pick(['sister', 'cousin', 'friend', 'sponsor'])}) `).l('PHONE', phone(r, 'US'));
  d.t(`\nStaff initials: ${letters(r, 2)}. HMIS ID ${r.digits(7)}.`);
});

tpl(2, (r, d) => {
  d.t(`Night log — Lantern House — ${fmtDate(r, recent(r), 'gb')}\n`);
  const staff = person(r, LOCAL_UK);
  d.t('On shift: ').l('PERSON', staff.g).t(' + ').l('PERSON', person(r, LOCAL_UK).g).t('\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const g = person(r, ANY_CULTURE);
    d.t(`${pad(r.int(20, 23))}:${pad(r.int(0, 59))} room ${r.int(1, 18)} — `).l('PERSON', r.chance(0.5) ? g.g : g.g.toLowerCase());
    d.t(` ${r.pick(['came in late, ok', 'asked for extra blanket', 'argument with room 4, calmed down', 'says he was at Victoria Station all day', 'phone charging at desk'])}\n`);
  }
  d.t(`Fire doors checked. ${distractor(r)}.`);
});

tpl(2, (r, d) => {
  const g = person(r, ANY_CULTURE);
  const st = person(r, LOCAL_UK);
  d.t(`Guest Wi-Fi incident\nReported by: `).n(st).t(`\nDevice seen at ${pad(r.int(0, 23))}:${pad(r.int(0, 59))} from `).l('IP', ipv4(r)).t(` (MAC ${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}) on router fw ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`);
  d.t('\nGuest says it belongs to ').l('PERSON', g.g).t(' in room ').t(String(r.int(1, 20))).t('. Blocked the address ');
  d.l('IP', ip(r)).t(r.chance(0.5) ? ':' + String(r.int(1024, 65000)) : '').t(' too. No further action.');
});

tpl(2, (r, d) => {
  const w = person(r, ['gb', 'sc', 'ie']);
  const g = person(r, ANY_CULTURE);
  d.t(`Outreach note (${fmtDate(r, recent(r), 'gb')}): met `).l('PERSON', g.g).t(` in the doorway by the old Woolworths, near the bus station. ${r.pick(['Says', 'Reports'])} surname is `).l('PERSON', g.f);
  d.t(`, gave DOB as `).l('DOB', fmtDate(r, birth(r, 'adult'), 'gb')).t(`. No phone. Sleeping out ${r.int(2, 30)} nights. Referred to ${r.pick(['Lantern House', 'the hub on Albion Street', 'StreetLink'])} (${caseRef(r)}). — `).l('PERSON', `${w.g.charAt(0)}. ${w.f}`);
});

// --- Refugee and migrant support ------------------------------------------------------------------------

tpl(3, (r, d) => {
  const cl = person(r, REFUGEE);
  const intp = person(r, REFUGEE);
  const cw = person(r, LOCAL_UK);
  d.t(`Case note — ${caseRef(r)}\nClient: `).n(cl).t(' (DOB ').l('DOB', fmtDate(r, birth(r, 'adult'), 'gb')).t(`)\nAttended with interpreter `).n(intp).t(` (${r.pick(['Arabic', 'Dari', 'Tigrinya', 'Kurdish Sorani', 'Ukrainian', 'Somali'])}).\n`);
  d.t('Client moved from the hotel to dispersal accommodation at ').l('ADDRESS', one(address(r, 'GB'))).t('. New number ').l('PHONE', phone(r, 'GB'));
  d.t(`. Spouse `).l('PERSON', relative(r, cl).g).t(` and ${r.int(1, 4)} children still in ${r.pick(['Idlib', 'Kabul', 'Khartoum', 'Asmara', 'Kharkiv'])}. Family reunion forms started. ${distractor(r)}.\n`);
  d.t('Next appointment ').t(fmtDate(r, recent(r), 'gb')).t('. — ').n(cw);
});

tpl(2, (r, d) => {
  const cl = person(r, ['ar', 'ua', 'af', 'tr', 'ku']);
  const kid = relative(r, cl);
  const sw = person(r, ['de']);
  d.t(`Brückenhaus e.V. — Aufnahmebogen\nFamilienname: ${''}`).l('PERSON', cl.f).t('\nVorname: ').l('PERSON', cl.g).t('\nGeburtsdatum: ').l('DOB', fmtDate(r, birth(r, 'adult'), 'de'));
  d.t('\nKind: ').l('PERSON', kid.g).t(', geb. ').l('DOB', fmtDate(r, birth(r, 'child'), 'de'));
  d.t('\nAnschrift: ').l('ADDRESS', one(address(r, 'DE'))).t('\nTelefon: ').l('PHONE', phone(r, r.pick(['DE', 'UA', 'SY', 'TR'])));
  d.t('\nKonto für Leistungen (IBAN): ');
  if (r.chance(0.8)) d.l('IBAN', iban(r, 'DE'));
  else d.t(badIban(r, 'DE'));
  d.t(`\nAktenzeichen ${r.digits(3)}/${r.digits(5)}. Beraterin: Frau `).l('PERSON', sw.f).t('.');
});

tpl(2, (r, d) => {
  const cl = person(r, ['fr', 'ar', 'er', 'so', 'af', 'ng']);
  d.t(`Fiche d'accueil — Refuge Solidaire\nNom : `).l('PERSON', cl.f.toUpperCase()).t('   Prénom : ').l('PERSON', cl.g).t('\nNé(e) le ').l('DOB', fmtDate(r, birth(r, 'adult'), 'fr'));
  d.t(`\nDomiciliation : `).l('ADDRESS', one(address(r, 'FR'))).t('\nTél. : ').l('PHONE', phone(r, 'FR'));
  if (r.chance(0.6)) d.t('\nCourriel : ').l('EMAIL', email(r, cl));
  d.t(`\nBesoins : ${r.pick(['hébergement, vestiaire', 'aide juridique (OFPRA)', 'cours de français'])}. Bénévole : `).l('PERSON', person(r, ['fr']).g).t(`. N° dossier ${r.digits(8)}.`);
});

tpl(2, (r, d) => {
  const me = person(r, ['mx', 'es']);
  d.t(`hola buenas tardes, soy `).self(me).t(`, me dijeron en la iglesia que ustedes ayudan con comida. vivimos en `).l('ADDRESS', one(address(r, r.pick(['ES', 'US'] as const))));
  d.t(` con mis ${r.int(2, 4)} hijos. mi número es `).l('PHONE', phone(r, r.pick(['ES', 'US', 'MX'])));
  d.t(`, o pueden escribir a mi hermana `).l('PERSON', relative(r, me).g).t(` al `).l('PHONE', phone(r, r.pick(['ES', 'US', 'MX']))).t(`. gracias, que Dios les bendiga 🙏`);
});

tpl(2, (r, d) => {
  const host = person(r, ['gb', 'sc', 'ie', 'wa']);
  const g1 = person(r, ['ua']);
  const g2 = relative(r, g1);
  d.t('Subject: Homes for Ukraine — welcome visit\n\nDear ').l('PERSON', host.g).t(`,\nThank you for hosting `).n(g1).t(' (born ').l('DOB', fmtDate(r, birth(r, 'adult'), 'gb')).t(') and their son ').l('PERSON', g2.g).t(' (born ').l('DOB', fmtDate(r, birth(r, 'child'), 'gb')).t(`).\n`);
  d.t('Our records show the property as:\n').l('ADDRESS', multi(address(r, 'GB')));
  d.t('\nPlease confirm the guests’ UK numbers; we have ').l('PHONE', phone(r, 'UA')).t(' (Ukrainian) and ').l('PHONE', phone(r, 'GB')).t('.\n');
  d.t(`The £350 thank-you payment goes to the account on file. ${distractor(r)}.\n\nCouncil resettlement team\n`).l('EMAIL', `${r.pick(['homesforukraine', 'resettlement'])}@${r.pick(['hullcc', 'leeds', 'norfolk'])}.gov.uk`);
});

tpl(2, (r, d) => {
  const cl = person(r, REFUGEE);
  const sol = person(r, ['gb', 'in', 'ng', 'jm']);
  d.t('Reminder: your appointment with ').t(r.pick(['solicitor ', 'immigration adviser '])).n(sol).t(` is on ${fmtDate(r, recent(r), 'gb')} at ${r.int(9, 16)}:${r.pick(['00', '30'])}. `);
  d.t('Bring your ARC card and BRP. If you cannot come call ').l('PHONE', phone(r, 'GB')).t(' ext. ').t(String(r.int(100, 499))).t('. Client: ').l('PERSON', cl.full.toUpperCase()).t(`. ${caseRef(r)}`);
});

tpl(2, (r, d) => {
  d.t(`Interpreter pool — ${r.pick(['Bridgeway Migrant Support', 'Westgate Refugee Welcome'])}\n`);
  for (let i = 0; i < r.int(3, 5); i++) {
    const p = person(r, REFUGEE);
    d.t(`• `).n(p).t(` — ${r.pick(['Arabic/Kurdish', 'Pashto/Dari', 'Tigrinya/Amharic', 'Somali', 'Ukrainian/Russian', 'Farsi', 'Bengali/Sylheti', 'Tamil'])} — `).l('PHONE', phone(r, 'GB'));
    if (r.chance(0.6)) d.t(' — ').l('EMAIL', email(r, p));
    d.t('\n');
  }
  d.t('DBS checked. Do not share outside the team.');
});

tpl(2, (r, d) => {
  const son = person(r, ['ar', 'af', 'ir', 'ku']);
  const me = relative(r, son);
  d.t(`[Translated from ${r.pick(['Arabic', 'Dari', 'Farsi', 'Kurdish'])} by volunteer]\nTo the respected organisation,\nI am `).self(me).t(', a parent of ').n(son).t(', born ').l('DOB', fmtDate(r, birth(r, 'adult'), 'gb')).t('. ');
  d.t('Our child lost contact with us after arriving. His last phone was ').l('PHONE', phone(r, r.pick(['SY', 'AF', 'TR'])));
  d.t('. We now live at ').l('ADDRESS', one(address(r, r.pick(['DE', 'GB', 'NL'] as const)))).t('. May God reward you.');
});

tpl(2, (r, d) => {
  const cl = person(r, ['pl', 'ua']);
  d.t('Fundacja Wspólny Stół — zgłoszenie\nImię i nazwisko: ').n(cl).t('\nData urodzenia: ').l('DOB', fmtDate(r, birth(r, 'adult'), 'pl'));
  d.t('\nAdres: ').l('ADDRESS', one(address(r, 'PL'))).t('\nTelefon: ').l('PHONE', phone(r, r.pick(['PL', 'UA'])));
  d.t('\nNr konta do zwrotu: ').l('IBAN', iban(r, 'PL')).t('\nWolontariusz: ').l('PERSON', person(r, ['pl']).g).t('.');
});

// --- Volunteers -----------------------------------------------------------------------------------------

tpl(3, (r, d) => {
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  d.t(`VOLUNTEER ROTA — week of ${fmtDate(r, recent(r), r.pick(['gb', 'us']))}\n`);
  for (const day of days.slice(0, r.int(3, 6))) {
    const p = person(r, ANY_CULTURE);
    d.t(`${day} ${r.pick(['9-12', '12-3', '4-7'])}: `);
    anyForm(r, d, p);
    if (r.chance(0.5)) d.t(' (').l('PHONE', phone(r, r.pick(['GB', 'US', 'IE', 'AU']))).t(')');
    if (r.chance(0.2)) d.t(' + ').l('PERSON', r.pick(['Hope', 'Will', 'Rose', 'Faith', 'Guy'])).t(' (shadowing)');
    d.t('\n');
  }
  d.t('Warehouse lead: ').l('PERSON', person(r, ANY_CULTURE).full).t('. Swaps to ').l('EMAIL', roleEmail(r, r.pick(ORGS))).t('.');
});

tpl(2, (r, d) => {
  const me = person(r, ANY_CULTURE);
  const ref1 = person(r, ANY_CULTURE);
  const cc = r.pick(COUNTRIES);
  d.t('Volunteer application\nFull name: ').self(me).t('\nDate of birth: ').l('DOB', fmtDate(r, birth(r, 'adult'), DATE_LOC[cc]));
  d.t('\nHome address: ').l('ADDRESS', one(address(r, cc))).t('\nMobile: ').l('PHONE', phone(r, PHONE_OF[cc])).t('\nEmail: ').l('EMAIL', email(r, me));
  d.t(`\nAvailability: ${r.pick(['weekends', 'Tue/Thu evenings', 'school holidays'])}\nDBS certificate no.: 00${r.digits(10)}\nReferee: `).n(ref1).t(', ').l('EMAIL', email(r, ref1));
  d.t(`\nWhy: ${r.pick(['I used the food bank myself in 2020', 'retired and want to help', 'my church recommended it', 'for my Duke of Edinburgh’s Award'])}.`);
});

tpl(3, (r, d) => {
  d.t(`# volunteer-portal auth log (build ${r.int(2, 6)}.${r.int(0, 12)}.${r.int(0, 9)})\n`);
  for (let i = 0; i < r.int(3, 5); i++) {
    const p = person(r, ANY_CULTURE);
    d.t(`${r.int(2024, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} ${r.pick(['LOGIN_OK', 'LOGIN_FAIL', 'PWD_RESET', 'SHIFT_SIGNUP'])} user=`).l('EMAIL', email(r, p)).t(' ip=');
    const v = ip(r);
    if (v.includes(':') && r.chance(0.5)) d.t('[').l('IP', v).t(`]:${r.int(1024, 65535)}`);
    else d.l('IP', v);
    d.t(` ua="Mozilla/5.0 (${r.pick(['Windows NT 10.0', 'iPhone; CPU iPhone OS 17_4', 'Linux; Android 14'])})" req=${hex(r, 8)}\n`);
  }
});

tpl(2, (r, d) => {
  const co = person(r, LOCAL_UK);
  const a = person(r, ANY_CULTURE);
  const b = person(r, ANY_CULTURE);
  d.t('Hi all,\nQuick rota change: ').n(a).t(` has swapped Saturday with `).l('PERSON', b.g).t(`, so `).l('PERSON', b.g).t(` is now on Thursday 4–7. If you can't reach `).l('PERSON', a.g).t(', her mobile is ').l('PHONE', phone(r, 'GB'));
  d.t(`. Reminder that the ${r.pick(['Will Power gym', 'Grace Kitchen', 'Joy Club'])} crew are using the hall after 6.`);
  sign(r, d, co, 0.6);
});

tpl(2, (r, d) => {
  const me = person(r, ANY_CULTURE);
  const ec = person(r, ANY_CULTURE);
  d.t('EMERGENCY CONTACT CARD (keep in lanyard)\nVolunteer: ').self(me).t('\nIn emergency contact: ').n(ec).t(` (${r.pick(['partner', 'mum', 'dad', 'husband', 'wife', 'flatmate'])})\nTel: `).l('PHONE', phone(r, r.pick(['GB', 'IE', 'AU', 'CA'])));
  d.t(`\nMedical: ${r.pick(['epipen in bag', 'type 1 diabetic', 'none', 'asthma'])}`);
});

// --- Donations and gift aid -------------------------------------------------------------------------

tpl(3, (r, d) => {
  const me = person(r, LOCAL_UK);
  d.t('GIFT AID DECLARATION\nBoost your donation by 25p of Gift Aid for every £1 you donate.\n\nTitle: ').t(r.pick(HON_EN)).t('   First name: ').l('PERSON', me.g).t('   Surname: ').l('PERSON', me.f);
  d.t('\nHome address:\n').l('ADDRESS', multi(address(r, 'GB'))).t(`\nDate: ${fmtDate(r, recent(r), 'gb')}\n`);
  d.t(`I want to Gift Aid my donation of £${r.int(5, 500)} and any donations I make in the future to ${r.pick(ORGS).name}. ${distractor(r)}.`);
  if (r.chance(0.5)) d.t('\nEmail for receipts: ').l('EMAIL', email(r, me));
});

tpl(3, (r, d) => {
  const me = person(r, ANY_CULTURE);
  const o = r.pick(ORGS);
  d.t(`Thank you for your gift to ${o.name}!\n\nDonor: `).self(me).t('\nEmail: ').l('EMAIL', email(r, me)).t(`\nAmount: ${r.pick(['£', '$', '€'])}${r.int(5, 300)}.00\nCard: ${maskedCard(r)}\nTransaction: ${hex(r, 16)}\nDate: ${fmtDate(r, recent(r), 'iso')}\n`);
  d.t(`Questions? `).l('EMAIL', roleEmail(r, o)).t(`. ${distractor(r)}.`);
});

tpl(5, (r, d) => {
  const me = person(r, ['de', 'nl', 'at' as string, 'fr', 'it', 'pl'].filter((x) => CULTURE_BY_ID.has(x)));
  const cc = r.pick(['DE', 'NL', 'AT', 'BE', 'FR', 'IT', 'LU'] as const);
  d.t(`SEPA-Lastschriftmandat\nGläubiger-ID: DE${r.digits(2)}ZZZ0000${r.digits(7)}\nMandatsreferenz: MR-${r.digits(8)}\n\nKontoinhaber: `).n(me);
  d.t('\nAnschrift: ').l('ADDRESS', one(address(r, r.pick(['DE', 'NL', 'FR', 'IT'] as const)))).t('\nIBAN: ').l('IBAN', iban(r, cc)).t(`\nBIC: ${letters(r, 4)}${r.pick(['DE', 'NL', 'FR'])}${letters(r, 2)}XXX`);
  d.t(`\nBetrag: ${r.int(5, 50)},00 EUR monatlich\nOrt, Datum: ${r.pick(['Leipzig', 'Kassel', 'Utrecht'])}, ${fmtDate(r, recent(r), 'de')}\nUnterschrift: `).l('PERSON', me.full);
});

tpl(9, (r, d) => {
  const donor = person(r, ['gb', 'us', 'ie', 'jm', 'in']);
  const vol = person(r, LOCAL_UK);
  d.t(`Phone donation (telethon) — taken by `).l('PERSON', vol.g).t('\nDonor: ');
  anyForm(r, d, donor);
  d.t('\nCard no: ').l('CARD', card(r)).t(`   exp ${pad(r.int(1, 12))}/${r.int(26, 31)}   (CVV not stored)\nAmount: £${r.int(10, 250)}\nCallback: `).l('PHONE', phone(r, 'GB'));
  d.t(`\nNotes: first card ${badCard(r)} rejected, re-read digits. Gift aid: ${r.pick(['yes', 'no'])}.`);
});

tpl(3, (r, d) => {
  const me = person(r, ANY_CULTURE);
  const o = r.pick(ORGS);
  d.t('To: ').l('EMAIL', roleEmail(r, o)).t('\nSubject: charged twice??\n\nHello, I was charged twice for my donation this month on my card ').l('CARD', card(r));
  d.t('. Can you refund one of them? If easier, send it to my bank: ').l('IBAN', iban(r, r.pick(['GB', 'IE', 'DE', 'FR', 'ES', 'NL'])));
  d.t(`. Reference on statement was DON-${r.digits(6)}.`);
  sign(r, d, me, 0.7);
});

tpl(3, (r, d) => {
  const p = person(r, ANY_CULTURE);
  d.t(`{"event":"charge.${r.pick(['succeeded', 'failed', 'refunded'])}","id":"ch_${hex(r, 20)}","created":${r.int(1700000000, 1790000000)},"billing":{"name":"`).l('PERSON', p.full).t('","email":"').l('EMAIL', email(r, p)).t('","phone":"').l('PHONE', phone(r, r.pick(['GB', 'US', 'IE']))).t('"},');
  d.t(`"card":{"brand":"${r.pick(['visa', 'mastercard', 'amex'])}","last4":"${r.digits(4)}"},"client_ip":"`).l('IP', ip(r)).t(`","campaign":"${r.pick(['winter-appeal', 'ramadan-2025', 'harvest'])}","sdk":"${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 9)}"}`);
});

tpl(2, (r, d) => {
  const me = person(r, ['us', 'mx', 'jm', 'ko', 'in']);
  const lines = address(r, 'US');
  d.t(`Riverbend Community Pantry · EIN ${ein(r)}\n${fmtDate(r, recent(r), 'us')}\n\n`).n(me).t('\n').l('ADDRESS', multi(lines)).t('\n\nDear ').l('PERSON', me.g).t(`,\nThank you for your generous gift of $${r.int(25, 5000)}. No goods or services were provided in exchange for your contribution. Please keep this letter for your tax records.\n\nWith gratitude,\n`).n(person(r, ['us']));
});

tpl(3, (r, d) => {
  const me = person(r, LOCAL_UK);
  d.t('STANDING ORDER FORM\nName of account holder: ').n(me).t(`\nSort code: ${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)}   Account no: ${r.digits(8)}\nFor donors abroad (IBAN): `);
  d.l('IBAN', iban(r, r.pick(['GB', 'IE'])));
  d.t(`\nPlease pay ${r.pick(ORGS).name} £${r.int(3, 40)} monthly starting ${fmtDate(r, recent(r), 'gb')}.\nSigned: `).l('PERSON', me.full);
});

tpl(3, (r, d) => {
  const a = person(r, ANY_CULTURE);
  d.t(`Fwd: Überweisungsbestätigung\n\nEmpfänger: ${r.pick(['Brückenhaus e.V.', 'Tafel Nord e.V.'])}\nIBAN Empfänger: `).l('IBAN', iban(r, 'DE')).t('\nAuftraggeber: ').n(a).t('\nIBAN Auftraggeber: ').l('IBAN', iban(r, r.pick(['DE', 'AT', 'CH', 'LU'])));
  d.t(`\nVerwendungszweck: Spende Weihnachten ${r.int(2023, 2025)}\nAusführung: ${fmtDate(r, recent(r), 'de')}`);
});

// --- Youth and sports clubs -----------------------------------------------------------------------------

tpl(3, (r, d) => {
  const kid = person(r, ANY_CULTURE);
  const par = relative(r, kid);
  const cc = r.pick(['GB', 'IE', 'AU', 'CA'] as const);
  d.t(`${r.pick(['Riverside Youth Club', 'St Columba’s Youth Group', 'Northside Juniors FC'])} — parental consent\nYoung person: `).n(kid).t('\nDOB: ').l('DOB', fmtDate(r, birth(r, 'child'), DATE_LOC[cc]));
  d.t('\nParent/carer: ').n(par).t('\nAddress: ').l('ADDRESS', one(address(r, cc))).t('\nPhone: ').l('PHONE', phone(r, PHONE_OF[cc])).t('\nEmail: ').l('EMAIL', email(r, par));
  d.t(`\nMedical info: ${r.pick(['asthma (blue inhaler)', 'nut allergy', 'none', 'ADHD, takes meds at breakfast'])}\nPhoto consent: ${r.pick(['Y', 'N'])}\nSigned: `);
  if (r.chance(0.5)) d.self(par);
  else d.l('PERSON', `${par.g.charAt(0)}. ${par.f}`);
});

tpl(3, (r, d) => {
  d.t(`U${r.int(9, 16)} squad registration ${r.int(2024, 2026)}/${r.int(25, 27)}\n#  Name                DOB          Parent phone\n`);
  const cc = r.pick(['GB', 'US', 'AU', 'IE'] as const);
  for (let i = 1; i <= r.int(3, 6); i++) {
    const k = person(r, ANY_CULTURE);
    d.t(`${i}  `).n(k).t('  ').l('DOB', fmtDate(r, birth(r, 'child'), DATE_LOC[cc])).t('  ');
    if (r.chance(0.85)) d.l('PHONE', phone(r, PHONE_OF[cc]));
    else d.t(maskedPhone(r));
    d.t('\n');
  }
  d.t(`Kit sponsor: ${r.pick(['Frank’s Plaice chippy', 'Baker & Cook Bakery', 'Grant Motors'])}.`);
});

tpl(2, (r, d) => {
  const a = person(r, ANY_CULTURE);
  const b = person(r, ANY_CULTURE);
  const c2 = person(r, ANY_CULTURE);
  d.t(`Match report: ${r.pick(['Hope Valley Harriers', 'Northside Juniors', 'St Jude’s Rovers'])} ${r.int(0, 5)}–${r.int(0, 5)} ${r.pick(['Bishop Road Rangers', 'Cromwell Park', 'Victoria Wanderers'])}\n`);
  d.t('Great battling performance. ').l('PERSON', a.g).t(' opened the scoring from a corner, ').l('PERSON', b.full).t(' was immense at the back and ').l('PERSON', c2.f.toUpperCase()).t(" got player of the match. Thanks to ");
  d.l('PERSON', person(r, LOCAL_UK).g).t("'s dad for the oranges. Next week away at ").t(r.pick(['Kingsmead', 'Jackson Park', 'Florence Road'])).t('.');
});

tpl(2, (r, d) => {
  const coach = person(r, LOCAL_UK);
  d.t(`Hi parents 👋 Sunday's team: `);
  for (let i = 0; i < r.int(5, 8); i++) {
    if (i) d.t(', ');
    const k = person(r, ANY_CULTURE);
    d.l('PERSON', r.chance(0.8) ? k.g : `${k.g} ${k.f.charAt(0)}`);
  }
  d.t(`. Meet 9:15 at the ${r.pick(['Duke’s Field', 'Nelson Mandela Park', 'Victoria Rec'])} gate. Subs £${r.int(2, 5)}. Any problems text me `).l('PHONE', phone(r, r.pick(['GB', 'IE', 'AU']))).t(' — ').l('PERSON', coach.g);
});

tpl(2, (r, d) => {
  const child = person(r, ANY_CULTURE);
  const lead = person(r, LOCAL_UK);
  d.t(`Safeguarding concern — ${fmtDate(r, recent(r), 'gb')}\nChild: `).n(child).t(' (DOB ').l('DOB', fmtDate(r, birth(r, 'child'), 'gb')).t(`)\nConcern: received messages from an account @${ascii(person(r).g)}_${r.digits(3)} asking to meet. Screenshots show the sender's IP in the header as `);
  d.l('IP', ip(r)).t('. Parent informed: ').l('PERSON', relative(r, child).full).t('. Reported to ').l('EMAIL', `safeguarding@${r.pick(ORGS).domain}`).t('.\nDSL: ').n(lead);
});

tpl(3, (r, d) => {
  const tr = person(r, LOCAL_UK);
  const par = person(r, ANY_CULTURE);
  d.t(`From: `).l('EMAIL', email(r, tr)).t(`\nTo: `).l('EMAIL', email(r, par)).t(`\n\nHi `).l('PERSON', par.g).t(`, subs for ${r.pick(['the spring term', 'the season', 'swim squad'])} are £${r.int(40, 180)}. You can pay the club account `).l('IBAN', iban(r, r.pick(['GB', 'IE'])));
  d.t(` (ref: surname + squad). Please don't send card numbers by email — last month someone sent ${badCard(r)}, which didn't even work!`);
  sign(r, d, tr, 0.4);
});

// --- Religious communities ------------------------------------------------------------------------------

tpl(3, (r, d) => {
  const baby = person(r, ANY_CULTURE);
  const sick = [person(r, LOCAL_UK), person(r, ANY_CULTURE)];
  d.t(`PARISH NEWSLETTER — ${r.pick(['St Brendan’s', 'St Mary & St Joseph', 'Holy Trinity'])}\n\nPlease pray for the sick: `);
  d.n(sick[0] as Person).t(', ');
  anyForm(r, d, sick[1] as Person);
  d.t('.\nBaptism: we welcome ').n(baby).t(', born ').l('DOB', fmtDate(r, birth(r, 'child'), 'gb')).t(', into our community.\n');
  d.t('Flowers rota: ').l('PERSON', person(r, LOCAL_UK).g).t(' and ').l('PERSON', person(r, LOCAL_UK).g).t(`. Parish office: `).l('PHONE', phone(r, r.pick(['GB', 'IE']))).t(`. Hall bookings via `).l('EMAIL', `office@${r.pick(['stbrendans', 'holytrinity', 'smsj'])}parish.org.uk`).t('.');
});

tpl(2, (r, d) => {
  d.t(`Ramadan iftar — volunteer list (${r.pick(['Al-Noor Community Centre', 'Masjid Al-Huda'])})\n`);
  for (let i = 0; i < r.int(3, 5); i++) {
    const p = person(r, ['ar', 'pk', 'bd', 'so', 'tr', 'af']);
    d.t(`- ${r.pick(['Br.', 'Sr.', 'Brother', 'Sister'])} `).n(p).t(`: ${r.pick(['samosas', 'setting up', 'washing up', 'dates & water', 'car park'])} — `).l('PHONE', phone(r, r.pick(['GB', 'GB', 'PK', 'TR'])));
    d.t('\n');
  }
  d.t(`JazakAllah khair. Zakat: ${distractor(r)}.`);
});

tpl(2, (r, d) => {
  d.t(`Langar sewa — ${r.pick(['Eastbrook Gurdwara', 'Gurdwara Sahib Southall Rd'])}\n`);
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = person(r, ['in']);
    d.t(`${r.pick(['Saturday', 'Sunday', 'Gurpurab'])}: `).l('PERSON', p.g).t(` ji (${r.pick(['roti', 'dal', 'cleaning', 'parshad'])}) `).l('PHONE', phone(r, 'GB')).t('\n');
  }
  d.t(`Please remember head covering. ${distractor(r)}.`);
});

tpl(2, (r, d) => {
  const me = person(r, ANY_CULTURE);
  const cc = r.pick(['GB', 'US', 'IE', 'AU'] as const);
  d.t('Church hall booking request\nName: ').self(me).t('\nAddress: ').l('ADDRESS', one(address(r, cc))).t('\nPhone: ').l('PHONE', phone(r, PHONE_OF[cc])).t('\nEmail: ').l('EMAIL', email(r, me));
  d.t(`\nEvent: ${r.pick(['christening party', '80th birthday party for my father', 'AA meeting', 'toddler group'])} on ${fmtDate(r, recent(r), DATE_LOC[cc])}, ${r.int(20, 120)} guests.`);
  if (r.chance(0.5)) d.t('\nDeposit (£50) by card: ').l('CARD', card(r)).t(r.chance(0.5) ? ` — the first number I gave, ${badCard(r)}, had a typo` : '');
});

tpl(2, (r, d) => {
  const dec = person(r, ANY_CULTURE);
  const sp = relative(r, dec);
  d.t('IN LOVING MEMORY\n').n(dec).t('\nBorn ').l('DOB', fmtDate(r, birth(r, 'old'), 'gb')).t(` — died peacefully on ${fmtDate(r, recent(r), 'gb')}\n`);
  d.t('Beloved wife/husband of ').l('PERSON', sp.g).t(', much loved by ').l('PERSON', relative(r, dec).g).t(' and ').l('PERSON', person(r, ANY_CULTURE).g).t('. Funeral at St Mary’s; donations to the Alzheimer’s Society in lieu of flowers.');
});

tpl(1, (r, d) => {
  const p1 = nativeKo(r);
  const p2 = nativeKo(r);
  d.t(`○○한인교회 주보\n새가족 환영: `).l('PERSON', p1).t(' 성도님\n기도 부탁: ').l('PERSON', p2).t(' 집사님 (수술 후 회복 중)\n연락처: ').l('PHONE', phone(r, 'KR'));
  d.t(`\n이번 주 애찬 봉사: 3구역. 헌금 계좌는 주보 뒷면 참조.`);
});

tpl(2, (r, d) => {
  const a = person(r, ['gb', 'us', 'ru', 'ua', 'pl', 'hu']);
  d.t(`Kiddush sponsorship this Shabbat by the `).l('PERSON', a.f).t(` family in honour of `).l('PERSON', relative(r, a).g).t(`'s bnei mitzvah. Yahrzeit: `).n(person(r, ['pl', 'ru', 'hu', 'de'])).t(`. Volunteers for the soup run contact `).l('PERSON', person(r, ['gb', 'us']).g).t(' on ').l('PHONE', phone(r, r.pick(['GB', 'US']))).t('.');
});

// --- Care homes and home care ---------------------------------------------------------------------------

tpl(3, (r, d) => {
  const res = person(r, ANY_CULTURE);
  const nok = relative(r, res);
  const gp = person(r, ['in', 'gb', 'ng', 'pk', 'ie']);
  const cc = r.pick(['GB', 'IE', 'AU'] as const);
  d.t(`${r.pick(['Meadowbank Care Home', 'Willow Court Nursing Home', 'The Laurels'])} — admission summary\nResident: `).n(res).t(`  Room ${r.int(1, 40)} (Florence Nightingale wing)\nDOB: `).l('DOB', fmtDate(r, birth(r, 'old'), DATE_LOC[cc]));
  d.t(`\nNHS/health no: ${r.digits(3)} ${r.digits(3)} ${r.digits(4)}\nPrevious address: `).l('ADDRESS', one(address(r, cc))).t('\nNext of kin: ').n(nok).t(` (${r.pick(['daughter', 'son', 'niece', 'nephew'])}) `).l('PHONE', phone(r, PHONE_OF[cc]));
  d.t('\nGP: Dr ').l('PERSON', gp.f).t(`\nDiagnoses: ${r.pick(["Alzheimer's disease", "Parkinson's", 'vascular dementia', 'CVA'])}; DNACPR in place.`);
});

tpl(4, (r, d) => {
  const carer = person(r, ['ph', 'ro', 'pl', 'ng', 'gh', 'ke', 'in', 'gb', 'pt']);
  const cl = person(r, ANY_CULTURE);
  d.t(`VISIT NOTES ${pad(r.int(7, 20))}:${pad(r.int(0, 59))} — carer: `).l('PERSON', r.chance(0.5) ? carer.g : carer.full).t('\n');
  d.t('Arrived, ').t(r.pick(['Mrs ', 'Mr ', ''])).l('PERSON', r.chance(0.5) ? cl.f : cl.g).t(` ${r.pick(['was still in bed', 'in good spirits', 'a bit confused this morning', 'had already made tea'])}. `);
  d.t(`Meds given as per MAR (incl. ${r.pick(['co-careldopa', 'donepezil', 'metformin', 'warfarin'])}). ${r.pick(['Ate porridge.', 'Refused breakfast.', 'Ate half a Victoria sponge.'])} `);
  if (r.chance(0.5)) d.t('Daughter ').l('PERSON', relative(r, cl).g).t(' rang, asked for call back on ').l('PHONE', phone(r, 'GB')).t('. ');
  d.t(`Key safe code NOT to be written here. Next visit ${r.pick(['lunch', 'tea', 'bed'])} call.`);
});

tpl(2, (r, d) => {
  const mgr = person(r, LOCAL_UK);
  const dau = person(r, ANY_CULTURE);
  const res = relative(r, dau);
  d.t('Dear ').t(r.pick(['Mrs ', 'Ms ', ''])).l('PERSON', dau.f).t(`,\nJust a quick update on `).l('PERSON', res.g).t(`. We had a lovely day: ${r.pick(['they', 'everyone'])} joined the music session with the Joy Singers today and enjoyed the Beef Wellington at lunch. `);
  d.t('The podiatrist is coming on ').t(fmtDate(r, recent(r), 'gb')).t('. Our new direct line is ').l('PHONE', phone(r, 'GB')).t(', or email ').l('EMAIL', email(r, mgr)).t('.');
  sign(r, d, mgr, 0.3);
});

tpl(2, (r, d) => {
  const a = person(r, ['ph', 'ng', 'ro', 'pl']);
  const b = person(r, ['gb', 'ke', 'jm']);
  d.t('handover pm→night\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = person(r, ANY_CULTURE);
    d.t(`rm ${r.int(1, 30)} `).l('PERSON', r.chance(0.5) ? p.g.toLowerCase() : p.f.toLowerCase()).t(` - ${r.pick(['fluids encouraged, pad changed 21:00', 'fall risk, sensor mat on', 'chesty, obs stable', 'settled'])}\n`);
  }
  d.t('from ').l('PERSON', a.g.toLowerCase()).t(' to ').l('PERSON', b.g).t(`. ${distractor(r)}.`);
});

tpl(2, (r, d) => {
  const res = person(r, ANY_CULTURE);
  const nurse = person(r, ['ph', 'in', 'ng', 'gb']);
  d.t(`Medication incident form\nResident: `).l('PERSON', `${res.f}, ${res.g}`).t('   DOB: ').l('DOB', fmtDate(r, birth(r, 'old'), 'gb'));
  d.t(`\nWhat happened: evening ${r.pick(['amlodipine', 'paracetamol', 'insulin'])} given twice. GP surgery informed: `).l('ADDRESS', one(address(r, 'GB'))).t('\nReported by: ').n(nurse).t(`, RN\nIncident no. IR-${r.digits(5)}`);
});

tpl(2, (r, d) => {
  const me = person(r, ['pl']);
  const mama = relative(r, me);
  d.t(`Dzień dobry, piszę w sprawie mojego rodzica, `).n(mama).t(` (ur. `).l('DOB', fmtDate(r, birth(r, 'old'), 'pl')).t(`). Opiekunka nie przyszła wczoraj wieczorem. Proszę o kontakt: `).l('PHONE', phone(r, r.pick(['PL', 'GB']))).t(' albo ').l('EMAIL', email(r, me)).t('. Pozdrawiam, ').self(me);
});

tpl(1, (r, d) => {
  const user = nativeJa(r);
  d.t('訪問介護記録\n利用者：').l('PERSON', user).t(' 様\n生年月日：').l('DOB', fmtDate(r, birth(r, 'old'), 'jp')).t('\n住所：').l('ADDRESS', one(address(r, 'JP'))).t('\n緊急連絡先：').l('PHONE', phone(r, 'JP'));
  d.t(`\n担当：`).l('PERSON', nativeJa(r)).t('\n本日の様子：昼食を完食。入浴介助あり。');
});

tpl(2, (r, d) => {
  const fam = person(r, ANY_CULTURE);
  const res = relative(r, fam);
  d.t('Visitor sign-in (Sat)\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const v = i === 0 ? fam : person(r, ANY_CULTURE);
    d.t(`${pad(r.int(10, 17))}:${pad(r.int(0, 59))}  `).n(v).t(`  visiting: `).l('PERSON', i === 0 ? res.g : person(r, ANY_CULTURE).g).t(`  car reg ${letters(r, 2)}${r.int(10, 74)} ${letters(r, 3)}\n`);
  }
  d.t('Pets visiting today: Biscuit (therapy dog).');
});

// --- Transcripts ----------------------------------------------------------------------------------------

tpl(3, (r, d) => {
  const me = person(r, ANY_CULTURE);
  d.t(`Voicemail transcript (${pad(r.int(0, 59))}s): "hi this is `).self(me).t(` um I was told to ring about the ${r.pick(['food parcel', 'winter coat bank', 'baby bank referral'])}, my number is `).l('PHONE', spokenPhone(r, r.pick(['GB', 'GB', 'IE'])));
  if (r.chance(0.6)) d.t(` or you can email me at `).l('EMAIL', spokenEmail(r, me));
  d.t(` thank you bye"`);
});

tpl(2, (r, d) => {
  const vol = person(r, LOCAL_UK);
  const cl = person(r, ANY_CULTURE);
  d.t('Helpline call — summary transcript\nVOL: Can I take your name?\nCALLER: ').n(cl).t('.\nVOL: And a number in case we get cut off?\nCALLER: ').l('PHONE', spokenPhone(r, r.pick(['GB', 'US', 'AU'])));
  d.t('.\nVOL: Date of birth?\nCALLER: ').l('DOB', fmtDate(r, birth(r, 'adult'), 'gb')).t('.\nVOL: Thanks. Email?\nCALLER: ').l('EMAIL', spokenEmail(r, cl)).t(`.\nVOL: I'll pass this to `).l('PERSON', vol.g).t(' in the advice team.');
});

// --- Governance / misc ------------------------------------------------------------------------------------

tpl(2, (r, d) => {
  d.t(`Minutes — trustees meeting ${fmtDate(r, recent(r), 'gb')}\nPresent: `);
  for (let i = 0; i < r.int(3, 5); i++) {
    if (i) d.t(', ');
    const p = person(r, ANY_CULTURE);
    d.l('PERSON', `${p.g.charAt(0)}. ${p.f}`).t(i === 0 ? ' (Chair)' : '');
  }
  d.t('\nApologies: ').n(person(r, ANY_CULTURE)).t('\n1. Treasurer reported reserves of 4.2 months. ');
  d.t(`${distractor(r)}.\n2. Safeguarding: no new cases.\nACTION: `).l('PERSON', person(r, LOCAL_UK).g).t(' to renew the insurance with Hope & Faith Mutual.');
});

tpl(2, (r, d) => {
  const fam = person(r, ANY_CULTURE);
  d.t('Christmas hamper list\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = i === 0 ? fam : person(r, ANY_CULTURE);
    d.t(`• `).l('PERSON', p.f).t(` family — `).l('ADDRESS', one(address(r, 'GB'))).t(' — ').l('PHONE', phone(r, 'GB')).t(` — kids ${r.int(1, 14)}, ${r.int(1, 14)}\n`);
  }
  d.t(`Toys from the Marks & Spencer collection go in box 3.`);
});

tpl(2, (r, d) => {
  d.t(`Contact form submission\nsubmitted_from: `).l('IP', ip(r)).t('\n');
  const p = person(r, ANY_CULTURE);
  d.t('name: ').l('PERSON', r.chance(0.3) ? p.full.toLowerCase() : p.full).t('\nemail: ').l('EMAIL', email(r, p)).t('\nphone: ').l('PHONE', phone(r));
  d.t(`\nmessage: ${r.pick(['I have a sofa to donate', 'Can my son do volunteering for DofE?', 'do you take opened baby formula', 'I need help with the gas bill'])}\nspam_score: 0.${r.digits(2)}`);
});

tpl(2, (r, d) => {
  d.t('first_name,last_name,email,phone,event\n');
  for (let i = 0; i < r.int(3, 5); i++) {
    const p = person(r, ANY_CULTURE);
    d.l('PERSON', p.g).t(',').l('PERSON', p.f).t(',').l('EMAIL', email(r, p)).t(',');
    const ph = phone(r, r.pick(['GB', 'US', 'AU', 'IE']));
    if (ph.includes(',')) d.t('"').l('PHONE', ph).t('"');
    else d.l('PHONE', ph);
    d.t(`,${r.pick(['Sleep Out 2025', 'Charity 10k', 'Quiz Night'])}\n`);
  }
});

tpl(6, (r, d) => {
  const tp = person(r, ['us', 'mx', 'jm', 'vn', 'ph', 'ko']);
  const sp = person(r, ['us', 'mx', 'jm', 'vn', 'ph', 'ko']);
  const kid = relative(r, tp);
  d.t(`VITA free tax clinic — intake sheet (volunteer: `).l('PERSON', person(r, ['us']).g).t(')\nTaxpayer: ').n(tp).t('  SSN: ').l('NATIONAL_ID', ssn(r)).t('  DOB: ').l('DOB', fmtDate(r, birth(r, 'adult'), 'us'));
  if (r.chance(0.6)) d.t('\nSpouse: ').n(sp).t('  SSN: ').l('NATIONAL_ID', ssn(r));
  d.t('\nDependent: ').l('PERSON', kid.g).t('  SSN: ').l('NATIONAL_ID', ssn(r)).t('  DOB: ').l('DOB', fmtDate(r, birth(r, 'child'), 'us'));
  d.t('\nMailing address: ').l('ADDRESS', one(address(r, 'US'))).t('\nPhone: ').l('PHONE', phone(r, 'US'));
  d.t(`\nPreparer EIN on 8879: ${ein(r)}. Prior-year AGI verified. ITIN applicant? ${r.pick(['no', 'yes — pending, ' + fakeSsnLike(r)])}`);
});

tpl(4, (r, d) => {
  const cl = person(r, ['us', 'mx', 'so', 'er']);
  const cm = person(r, ['us']);
  d.t('SNAP application help — notes\n').l('PERSON', `${cl.g.charAt(0)}. ${cl.f}`).t(` came in with ${r.int(1, 4)} kids. SSN on file ends ${r.digits(4)}; full number `).l('NATIONAL_ID', ssn(r));
  d.t(' confirmed against card. DOB ').l('DOB', fmtDate(r, birth(r, 'adult'), 'us')).t('. Living with cousin at ').l('ADDRESS', one(address(r, 'US'))).t('. Reach at ').l('PHONE', phone(r, 'US'));
  d.t(`. Interview scheduled ${fmtDate(r, recent(r), 'us')}. — `).n(cm);
});

tpl(2, (r, d) => {
  const p = person(r, ['ke', 'ng', 'gh', 'in', 'ph']);
  d.t(`Mobile money donation received\nFrom: `).l('PERSON', p.full.toUpperCase()).t(' ').l('PHONE', phone(r, r.pick(['KE', 'NG', 'GH', 'PH']))).t(`\nAmount: ${r.int(100, 5000)}\nTransaction ID: ${letters(r, 3)}${r.digits(7)}${letters(r, 1)}\nThank you for supporting the school feeding programme.`);
});

tpl(3, (r, d) => {
  const me = person(r, ANY_CULTURE);
  d.t(`hey it's `).l('PERSON', me.g).t(` from tuesday's shift 🙂 can't make it this week, my kid's sick. `).l('PERSON', r.pick(['May', 'Rose', 'Grant', 'Guy', 'Joy', 'Said'])).t(` said she might cover? her number is `).l('PHONE', phone(r, r.pick(['GB', 'AU', 'IE', 'CA'])));
  d.t(`. also the IBAN on the expenses form was wrong, correct one: `).l('IBAN', iban(r, r.pick(['GB', 'IE', 'NL', 'ES', 'PT'])));
});

tpl(2, (r, d) => {
  const vol = person(r, ['ca' as string, 'us', 'fr', 'ar', 'ph'].filter((x) => CULTURE_BY_ID.has(x)));
  const cc = r.pick(['CA', 'AU', 'US'] as const);
  d.t('Settlement services — welcome package sent to\n').n(vol).t('\n').l('ADDRESS', multi(address(r, cc, r.chance(0.5))));
  d.t(`\nContents: bus pass, SIM card, bedding. Caseworker tel. `).l('PHONE', phone(r, PHONE_OF[cc])).t(`. ${distractor(r)}.`);
});

tpl(2, (r, d) => {
  const me = person(r, ANY_CULTURE);
  const cc = r.pick(COUNTRIES);
  d.t(`Baby bank referral\nParent: `).n(me).t('\nBaby: ').l('PERSON', relative(r, me).g).t(', born ').l('DOB', fmtDate(r, birth(r, 'child'), DATE_LOC[cc]));
  d.t(`\nItems: pram, size 2 nappies, formula (not Aptamil)\nDeliver to: `).l('ADDRESS', one(address(r, cc))).t(`\nDue date for sibling: ${fmtDate(r, recent(r), DATE_LOC[cc])}`);
});

tpl(3, (r, d) => {
  const me = person(r, ['pt', 'es', 'it']);
  d.t(`Olá! Sou `).self(me).t(`, voluntária na cantina social. Nasci em `).l('DOB', fmtDate(r, birth(r, 'adult'), 'pt')).t(`, moro em `).l('ADDRESS', one(address(r, 'PT')));
  d.t(`. Podem pagar as despesas para o IBAN `).l('IBAN', iban(r, 'PT')).t('. Telemóvel ').l('PHONE', phone(r, 'ES')).t(' (número espanhol). Obrigada!');
});

tpl(2, (r, d) => {
  const p = person(r, ANY_CULTURE);
  d.t('Server access excerpt (donate page)\n');
  for (let i = 0; i < r.int(3, 5); i++) {
    d.l('IP', ip(r)).t(` - - [${pad(r.int(1, 28))}/${r.pick(['Mar', 'Nov', 'Dec'])}/${r.int(2024, 2026)}:${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0000] "POST /donate HTTP/1.1" ${r.pick(['200', '302', '403'])} ${r.int(200, 9000)}\n`);
  }
  d.t('Flagged by ').l('PERSON', p.g).t(' for repeated card testing from the same range.');
});

tpl(4, (r, d) => {
  const p1 = person(r, ANY_CULTURE);
  d.t('Lost card handed in at the pantry — ').t(r.pick(['Name on card: ', 'Cardholder: '])).l('PERSON', p1.full.toUpperCase()).t(', number ').l('CARD', card(r));
  d.t(`. Kept in the office safe. Please ring the bank, not the person. ${distractor(r)}.`);
});

tpl(3, (r, d) => {
  const kid = person(r, ['gb', 'ie', 'gr', 'tr', 'it']);
  const par = relative(r, kid);
  d.t('Hillcrest Swim Club — gala entry\nSwimmer: ').n(kid).t(`  Age on 31/12: ${r.int(9, 17)}\nDate of birth: `).l('DOB', fmtDate(r, birth(r, 'child'), 'gb')).t(`\nASA no: ${r.digits(7)}\nEvents: 50 free, 100 back\nPayment: card `).l('CARD', card(r)).t(' (parent: ').n(par).t(')');
});

tpl(2, (r, d) => {
  const a = person(r, ['ua']);
  d.t('Привіт! Я ').self(a).t(', ми зараз живемо в ').l('ADDRESS', one(address(r, r.pick(['PL', 'DE', 'GB'] as const)))).t('. Мій номер ').l('PHONE', phone(r, 'UA')).t('. Дата народження сина: ').l('DOB', fmtDate(r, birth(r, 'child'), 'ua')).t('. Дякую!');
});

tpl(2, (r, d) => {
  const a = person(r, ANY_CULTURE);
  const b = person(r, ANY_CULTURE);
  d.t(`Re: grant application — ${r.pick(['Lloyds Bank Foundation', 'Comic Relief', 'the Nobel Peace Centre'])}\n`).l('PERSON', a.g).t(', can you send me the bank details page? I only have the old IBAN ').t(badIban(r, 'GB')).t(` which they said fails validation. The right one should be `).l('IBAN', iban(r, 'GB'));
  d.t(`. Trustees listed: `).n(a).t(', ').n(b).t(`. Charity no. ${r.int(1000000, 1199999)}.`);
});

tpl(2, (r, d) => {
  const p = person(r, ANY_CULTURE);
  d.t('Shelter check-in kiosk log\n').t(`${fmtDate(r, recent(r), 'iso')} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))} guest=`).l('PERSON', p.full).t(' bed=').t(String(r.int(1, 80))).t(' kiosk_ip=').l('IP', ipv4(r)).t(` firmware=${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)}\n`);
  d.t(`${fmtDate(r, recent(r), 'iso')} sync ok -> `).l('IP', ip(r)).t('\n');
});

tpl(2, (r, d) => {
  const p = person(r, ANY_CULTURE);
  d.t(`Help desk ticket #${r.digits(5)}: volunteer `).n(p).t(' locked out of the rota app (').l('EMAIL', email(r, p)).t('). Last successful login from ').l('IP', ip(r)).t(`, failed attempts from `).l('IP', ip(r)).t(`. App version ${r.int(3, 5)}.${r.int(0, 9)}.${r.int(0, 9)}. Reset sent.`);
});

tpl(2, (r, d) => {
  const me = person(r, ANY_CULTURE);
  d.t(`Pls update my details for the newsletter: `).l('EMAIL', email(r, me)).t(' (old one ').l('EMAIL', email(r, me)).t(` no longer works). New address `).l('ADDRESS', one(address(r, r.pick(COUNTRIES)))).t('. Thx, ').self(me);
});

tpl(2, (r, d) => {
  const p = person(r, ANY_CULTURE);
  d.t(`Split-line note (scanned form, OCR): tel 07${r.digits(3)}\n${r.digits(6)} — unreadable. Name `).n(p).t(`. Card number partly hidden: ${maskedCard(r)}. SSN: ${fakeSsnLike(r)}. DOB `).l('DOB', fmtDate(r, birth(r, 'adult'), 'gb')).t('.');
});

tpl(1, (r, d) => {
  const p = person(r, ['ko']);
  const me = person(r, ['ko']);
  d.t(`Korean Community Food Share — 안녕하세요 `).l('PERSON', p.full).t(`씨, 이번 주 식료품 박스 배달은 ${fmtDate(r, recent(r), 'ko')}입니다. 주소 확인 부탁드립니다: `).l('ADDRESS', one(address(r, r.pick(['US', 'CA'] as const)))).t('. 문의: ').l('PHONE', phone(r, r.pick(['US', 'CA']))).t(' — ').self(me);
});

tpl(1, (r, d) => {
  const p = person(r, ['jp']);
  d.l('PERSON', p.f).t(`さん、フードパントリーのボランティア登録ありがとうございます。メール: `).l('EMAIL', email(r, p)).t(' 電話: ').l('PHONE', phone(r, 'JP')).t(`。初回は${fmtDate(r, recent(r), 'jp')}です。`);
});

tpl(4, (r, d) => {
  const me = person(r, ANY_CULTURE);
  const cc = r.pick(['GB', 'IE', 'NL', 'DE', 'ES', 'FR', 'BE'] as const);
  d.t('Volunteer expenses claim\nName: ').self(me).t(`\nMileage: ${r.int(4, 90)} miles (food collection)\nReceipts: ${r.int(1, 5)} attached (${trackingNo(r)})\nPay to IBAN: `);
  d.l('IBAN', iban(r, cc)).t(`\nApproved by: `).l('PERSON', person(r, LOCAL_UK).g).t(` on ${fmtDate(r, recent(r), 'gb')}`);
});

tpl(6, (r, d) => {
  const p = person(r, ANY_CULTURE);
  d.t(`[ERROR] donate-form v${r.int(2, 4)}.${r.int(0, 9)}.${r.int(0, 9)} payment_intent failed — payload dumped to log (to be purged)\n  name=`).l('PERSON', p.full).t('\n  email=').l('EMAIL', email(r, p)).t('\n  pan=').l('CARD', cardDigits(r)).t(`\n  exp=${pad(r.int(1, 12))}${r.int(26, 31)}\n  remote_addr=`).l('IP', ip(r)).t(`\n  trace=${hex(r, 32)}`);
});

tpl(5, (r, d) => {
  const me = person(r, ['us', 'mx', 'jm', 'so', 'vn', 'ph']);
  const co = person(r, ['us', 'mx']);
  d.t('EMERGENCY RENTAL ASSISTANCE — APPLICANT\nApplicant: ').self(me).t('\nSocial Security #: ').l('NATIONAL_ID', ssn(r)).t('\nDate of Birth: ').l('DOB', fmtDate(r, birth(r, 'adult'), 'us'));
  d.t('\nCo-applicant: ').n(co).t('  SSN ').l('NATIONAL_ID', ssn(r)).t('\nUnit address: ').l('ADDRESS', one(address(r, 'US'))).t('\nLandlord phone: ').l('PHONE', phone(r, 'US'));
  d.t(`\nMonths behind: ${r.int(1, 5)}. Landlord tax ID (EIN): ${ein(r)}. Bank routing ${r.pick(['021000021', '026009593'])}.`);
});

tpl(5, (r, d) => {
  const me = person(r, ['gb', 'ie', 'sc', 'in', 'jm']);
  d.t(`DONATION FORM (paper, keyed in by volunteer)\nName: `).n(me).t('\nAddress: ').l('ADDRESS', one(address(r, r.pick(['GB', 'IE'] as const)))).t('\nI enclose a gift of £').t(String(r.int(10, 100))).t('  /  Please debit my card: ').l('CARD', card(r)).t(`\nValid to ${pad(r.int(1, 12))}/${r.int(26, 31)}  Signature: ✓\nKeyed by: `).l('PERSON', person(r, LOCAL_UK).g);
});

tpl(3, (r, d) => {
  d.t(`Sleep Out ${r.int(2024, 2026)} — pledges taken at the stall (to be keyed into the till, then this sheet shredded)\n`);
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = person(r, ANY_CULTURE);
    d.t(`${i + 1}) `);
    anyForm(r, d, p);
    d.t(` £${r.int(5, 60)} `);
    if (r.chance(0.75)) d.l('CARD', card(r));
    else d.t(r.chance(0.5) ? maskedCard(r) : `${badCard(r)} (declined — check digits)`);
    if (r.chance(0.4)) d.t(' tel ').l('PHONE', phone(r, r.pick(['GB', 'IE'])));
    d.t('\n');
  }
  d.t(`Float: £${r.int(20, 60)}. ${distractor(r)}.`);
});

// ---------------------------------------------------------------------------------------------------
// Hard negatives (no PII at all)

const NEG: Tpl[] = [
  (r, d) => {
    d.t(`Stock report — ${fmtDate(r, recent(r), 'gb')}\nTins: ${r.int(100, 900)} (Heinz ${r.int(20, 90)}, own brand rest)\nCereal: Kellogg's ${r.int(5, 40)}, Weetabix ${r.int(5, 40)}\nRice: Ben's Original ${r.int(3, 30)} bags\nCakes: Mr Kipling ${r.int(2, 20)} boxes\nOut of date & binned: ${r.int(0, 15)} items\nCollection from Sainsbury's ${r.pick(['Victoria Road', 'Jackson Way'])} — ${trackingNo(r)}`);
  },
  (r, d) => {
    d.t(`Policy excerpt (v${r.int(2, 9)}.${r.int(0, 9)}): Staff must be aware of Clare's Law, Sarah's Law and Martyn's Law. Residents with Alzheimer's, Parkinson's or Huntington's disease need a care plan reviewed every ${r.int(4, 12)} weeks. Reviewed ${fmtDate(r, recent(r), 'gb')}. ${caseRef(r)}.`);
  },
  (r, d) => {
    d.t(`CHANGELOG rota-app\n## ${r.int(3, 5)}.${r.int(0, 12)}.${r.int(0, 9)} (${fmtDate(r, recent(r), 'iso')})\n- fix: shift swap crash on Android ${r.int(11, 15)}\n- bump sqlite to ${r.int(3, 3)}.${r.int(40, 46)}.${r.int(0, 3)}.${r.int(0, 9)}\n- commit ${hex(r, 40)}\n- sha256 ${hex(r, 64)}`);
  },
  (r, d) => {
    d.t(`Finance summary Q${r.int(1, 4)}\nEIN ${ein(r)} · Routing ${r.pick(['021000021', '011000138', '121000358'])} · Acct ****${r.digits(4)}\nRejected card on file: ${badCard(r)}\nRejected IBAN: ${badIban(r)}\nInvoice INV-${r.digits(6)} dated ${fmtDate(r, recent(r), 'gb')}: £${r.int(100, 9000)}.${r.digits(2)}\nGift Aid claim ref ${letters(r, 2)}${r.digits(5)}`);
  },
  (r, d) => {
    d.t(`Fixtures: Hope Valley Harriers v St Jude's Rovers (${fmtDate(r, recent(r), 'gb')}), Bishop Road Rangers v Victoria Wanderers. Pitch at Nelson Mandela Park closed after Storm ${r.pick(['Babet', 'Ciarán', 'Isha', 'Henk'])}. Ref fee £${r.int(20, 40)}.`);
  },
  (r, d) => {
    d.t(`Parish calendar: Harvest supper in the Wesley Hall, confirmations at St Mary's, youth group in the Lady Chapel. The Lord Mayor's charity appeal closes ${fmtDate(r, recent(r), 'gb')}. Room bookings: ${r.int(1, 9)} slots left.`);
  },
  (r, d) => {
    d.t(`Care home menu (week ${r.int(1, 52)}): Mon Eggs Benedict; Tue Beef Wellington; Wed shepherd's pie; Thu Victoria sponge for pudding; Fri fish & chips. Earl Grey or Yorkshire Tea. Activity: Bingo with the Joy Singers, then a film in the Florence Nightingale lounge.`);
  },
  (r, d) => {
    d.t(`Donation shipment status\n${trackingNo(r)} — delivered ${fmtDate(r, recent(r), 'us')}\n${trackingNo(r)} — in transit\n${trackingNo(r)} — returned to sender\nPallets: ${r.int(1, 12)}. Warehouse bay ${letters(r, 1)}${r.int(1, 20)}.`);
  },
  (r, d) => {
    d.t(`Funding guidance: applicants for the Marshall Scholarship or Duke of Edinburgh's Award may not apply. Past winners include the Nobel-nominated Grace Kitchen project. Deadline ${fmtDate(r, recent(r), 'gb')}. Ref ${caseRef(r)}; tel. numbers are on our website.`);
  },
  (r, d) => {
    d.t(`Wi-Fi setup: SSID "Shelter-Guest", router firmware ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)}, DHCP pool size ${r.int(20, 200)}, lease ${r.int(1, 24)}h. Printer model HP ${r.int(100, 999)}. Ticket ${caseRef(r)}.`);
  },
  (r, d) => {
    d.t(`Lost property: 1 black Jack Wolfskin coat, 2 Will & Grace DVDs, a Ford Mondeo key, a library card for Charlotte library. Unclaimed items go to the Ronald McDonald House shop after ${fmtDate(r, recent(r), 'gb')}.`);
  },
  (r, d) => {
    d.t(`Foster dog update: Bella (born ${fmtDate(r, { y: r.int(2018, 2023), m: r.int(1, 12), d: r.int(1, 28) }, 'gb')}) and Winston are ready for rehoming. Microchip ${r.digits(15)}. Vet invoice ${r.digits(6)}. Happy birthday to Biscuit the therapy dog!`);
  },
];

// ---------------------------------------------------------------------------------------------------
// Generator

const TOTAL_W = TPL.reduce((s, [w]) => s + w, 0);
function pickTemplate(r: Rng): Tpl {
  let x = r.next() * TOTAL_W;
  for (const [w, f] of TPL) {
    x -= w;
    if (x < 0) return f;
  }
  return (TPL[TPL.length - 1] as [number, Tpl])[1];
}

/** Types that few templates carry; documents are steered towards whichever of them is scarcest. */
const RARE: readonly PiiType[] = ['CARD', 'IBAN', 'NATIONAL_ID', 'IP'];
/** For each rare type, the templates that produce it (found by a dry run with a fixed private seed). */
const CARRIERS: ReadonlyMap<PiiType, readonly Tpl[]> = (() => {
  const m = new Map<PiiType, Tpl[]>(RARE.map((t) => [t, []]));
  const probe = new Rng(7);
  for (const [, f] of TPL) {
    const seen = new Set<PiiType>();
    for (let i = 0; i < 12; i++) {
      const d = new Doc();
      f(probe, d);
      for (const l of d.labels) seen.add(l.type);
    }
    for (const t of seen) m.get(t)?.push(f);
  }
  return m;
})();

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent33Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent33Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT33_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT33_MIN_INSTANCES;
  const out: Independent33Entry[] = [];
  const counts = new Map<PiiType, number>();
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEG)(r, d);
    else if (r.chance(0.25)) {
      let scarce: PiiType = 'CARD';
      for (const t of RARE) if ((counts.get(t) ?? 0) < (counts.get(scarce) ?? 0)) scarce = t;
      const pool = CARRIERS.get(scarce) ?? [];
      (pool.length ? r.pick(pool) : pickTemplate(r))(r, d);
    } else pickTemplate(r)(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    for (const l of d.labels) counts.set(l.type, (counts.get(l.type) ?? 0) + 1);
    total += d.labels.length;
  }
  return out;
}
