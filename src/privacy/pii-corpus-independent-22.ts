/**
 * @module privacy/pii-corpus-independent-22 — blind labelled PII split #22: narrative text written ABOUT
 * people by professionals and agents (case notes, handovers, incident and complaint write-ups, minutes,
 * assistant session summaries, references, reviews, news items, obituaries and announcements, journals).
 *
 * WRITTEN BLIND. Read: the `Rng` class of `pii-corpus-values.ts` (nothing else of that file),
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json`, `package.json`.
 * Not read: the detector, its tests, any other corpus or template file, docs, benches, git history.
 * Every name, place, template and value here was invented for this split.
 *
 * Seeds: 220001, 220002, 220003. Each seed yields whole documents until at least `minInstances` labels
 * exist (default 2400). About one document in ten is a hard negative with no PII but with traps
 * (people-named brands, places, diseases, laws, awards, storms, ships; order, case and tracking numbers,
 * hashes, versions, timestamps, Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers,
 * non-birth dates). Names come from 30+ cultures and include names that are also common words.
 *
 * Labelling conventions: PERSON = human beings only, one label per contiguous name, honorifics and a
 * possessive 's outside; initials+surname, surname-only, given-only, ALL CAPS, lower-case and
 * "Surname, Given" forms labelled; brands, software, places, pets, ships, storms, eponymous streets,
 * diseases, laws and awards, @handles and names inside e-mail addresses are not. EMAIL = every address,
 * role addresses included, spoken addresses as the whole spoken span. PHONE = the number only (extension
 * outside), spoken numbers labelled, masked numbers not. CARD = Luhn-valid numbers of real network shapes.
 * IBAN = mod-97-valid, right length, any grouping or case. NATIONAL_ID = valid US SSNs only (masked ones
 * and other countries' ids unlabelled). IP = IPv4/IPv6, port and brackets outside, versions are not IPs.
 * ADDRESS = one label per full postal address (multi-line from first street/building/PO-box line to the
 * last postcode/city/country line); recipient names are separate PERSON labels; company lines, city-only
 * mentions, rooms and landmarks unlabelled. DOB = a person's date of birth only, cue words outside.
 * Offsets are recorded while the text is appended; the finished string is never searched.
 */
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT22_SEEDS = [220001, 220002, 220003] as const;
export const INDEPENDENT22_MIN_INSTANCES = 2400;

/** A gold label that also carries its exact text. */
export interface Independent22Label extends PiiLabel {
  readonly value: string;
}

/** One document of split #22. */
export interface Independent22Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent22Label[];
}

/** Appends text and records label offsets as it goes. */
class Doc {
  text = '';
  readonly labels: Independent22Label[] = [];
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
  /** A PERSON mention. */
  n(name: string): this {
    return this.l('PERSON', name);
  }
  /** The user's own full name (session metadata). */
  self(full: string): this {
    if (!this.known.includes(full)) this.known.push(full);
    return this.l('PERSON', full);
  }
}

type R = Rng;
const pick = <T>(r: R, xs: readonly T[]): T => r.pick(xs);
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------

interface Culture {
  readonly id: string;
  readonly cc: readonly string[];
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Family name first when written in full. */
  readonly familyFirst?: boolean;
  readonly hon: readonly string[];
}

const C = (
  id: string,
  cc: string,
  given: string,
  family: string,
  hon: string,
  familyFirst = false,
): Culture => ({ id, cc: cc.split(' '), given: given.split(','), family: family.split(','), hon: hon.split(','), familyFirst });

const CULTURES: readonly Culture[] = [
  C('us', 'US CA', 'James,Emily,Tyler,Madison,Brandon,Ashley,Marcus,Keisha,Rose,Hope,Will,Bill,Grant,May,Guy,Joy,Faith,Mark,Dawn,Frank,Chase,Drew,Dean,Summer,Hunter,Amber,Ivy,Pearl,Sunny,Miles,Destiny,Royal', 'Walker,Brooks,Young,Brown,White,King,Cook,Baker,Fisher,Long,Rich,Stone,Banks,Hart,Reed,Lane,Price,Bell,Little,Strong,Love,Black,Green,Wolf,Fox,Washington,Jefferson', 'Mr.,Ms.,Mrs.,Dr.,Officer,Coach'),
  C('uk', 'GB', 'Oliver,Harriet,Alfie,Imogen,Rhys,Nigel,Poppy,Callum,Beatrice,Florence,Jasper,Tilly,Barnaby,Gwen', 'Pemberton,Ashworth,Hughes,Cartwright,Thackeray,Fairbairn,Blackwood,Whitlock,Moss,Bishop,Marsh,Frost,Gardner,Sparrow', 'Mr,Mrs,Ms,Dr,Sister,Cllr'),
  C('ie', 'IE', 'Aoife,Niamh,Cian,Oisín,Saoirse,Pádraig,Ciara,Eoin,Róisín,Declan,Fiachra,Caoimhe', "O'Sullivan,McCarthy,Byrne,Kavanagh,Fitzgerald,Quigley,Mulcahy,Doherty,Breathnach,Ní Dhomhnaill,Ó Briain", 'Mr,Ms,Dr,Garda'),
  C('sc', 'GB', 'Isla,Lachlan,Morag,Fraser,Eilidh,Hamish,Ailsa,Euan,Kirsty,Struan', 'MacLeod,Drummond,Sinclair,Ferguson,Buchanan,Gillespie,Lindsay,Urquhart,McIntyre', 'Mr,Mrs,Dr'),
  C('de', 'DE', 'Lukas,Anja,Jürgen,Friederike,Matthias,Ulrike,Torsten,Heike,Jannik,Sabine,Wolfgang,Mareike,Till,Gesine', 'Müller,Schäfer,Hoffmann,Weißenborn,Krüger,Becker,Vogel,Lehmann,Brandt,Zimmermann,Schulze,Engel,Fuchs,Winter,Sommer', 'Herr,Frau,Dr.'),
  C('fr', 'FR', 'Amélie,Théo,Margaux,Benoît,Solène,Guillaume,Océane,Thibault,Élodie,Yannick,Clémence,Aurélien,Maëlle', 'Lefèvre,Dubois,Moreau,Girard,Rousseau,Fontaine,Chevalier,Leblanc,Marchand,Bonnet,Lambert,Mercier,Delacroix', 'M.,Mme,Dr'),
  C('es', 'ES', 'Alejandro,Lucía,Javier,Carmen,Rocío,Íñigo,Pilar,Sergio,Nerea,Álvaro,Inmaculada,Consuelo,Rosario', 'García,Fernández,Ruiz,Navarro,Iglesias,Domínguez,Castillo,Herrera,Ortega,Serrano,Vidal,Cabrera,Prieto', 'Sr.,Sra.,Dra.,Dr.'),
  C('mx', 'MX US', 'Guadalupe,Jesús,Ximena,Itzel,Rodrigo,Yolanda,Mauricio,Citlali,Armando,Paloma,Socorro,Amor', 'Hernández,Ramírez,Morales,Villanueva,Reyes,Zúñiga,Espinoza,Aguilar,Salazar,Mendoza,Cervantes,Tapia', 'Sr.,Sra.,Lic.,Dr.'),
  C('pt', 'BR', 'João,Beatriz,Thiago,Luana,Gonçalo,Raquel,Vinícius,Francisca,Caio,Leandro,Graça,Glória', 'Silva,Oliveira,Sousa,Carvalho,Pereira,Almeida,Costa,Rodrigues,Barbosa,Nogueira,Figueiredo,Moura', 'Sr.,Sra.,Dr.,Dona'),
  C('it', 'IT', 'Giulia,Lorenzo,Francesca,Matteo,Chiara,Alessandro,Serena,Davide,Ilaria,Gianluca,Benedetta,Nicolò', 'Rossi,Bianchi,Esposito,Colombo,Ricci,Marino,Greco,Bruno,Galli,Conti,De Luca,Mancini,Ferrara', 'Sig.,Sig.ra,Dott.,Dott.ssa'),
  C('nl', 'NL', 'Sanne,Bram,Femke,Joost,Lieke,Maarten,Anouk,Ruud,Willemijn,Sjoerd,Floor,Maaike', 'de Vries,van den Berg,Jansen,Bakker,Visser,Smit,Meijer,de Jong,van Dijk,Mulder,Hendriks,Brouwer', 'dhr.,mevr.,Dr.'),
  C('pl', 'PL', 'Agnieszka,Krzysztof,Małgorzata,Piotr,Zofia,Grzegorz,Katarzyna,Wojciech,Joanna,Tomasz,Jadwiga', 'Kowalski,Nowak,Wiśniewska,Wójcik,Kamińska,Lewandowski,Zieliński,Szymańska,Dąbrowski,Kozłowska,Mazur', 'Pan,Pani,Dr'),
  C('ua', 'PL DE', 'Dmitri,Olena,Sergei,Natalia,Oleksandr,Yulia,Bohdan,Svetlana,Artem,Irina,Taras', 'Ivanova,Petrenko,Kuznetsov,Shevchenko,Sokolova,Bondarenko,Morozov,Kovalenko,Volkova,Tkachenko,Hrytsenko', 'Mr.,Ms.,Dr.'),
  C('gr', 'DE GB', 'Eleni,Giorgos,Katerina,Nikos,Despina,Yannis,Sofia,Stavros,Chrysa,Panagiotis', 'Papadopoulos,Georgiou,Konstantinou,Alexiou,Karagiannis,Nikolaidou,Vlachos,Economou', 'Mr.,Mrs.,Dr.'),
  C('tr', 'TR DE', 'Elif,Mehmet,Zeynep,Emre,Ayşe,Burak,Selin,Oğuz,Deniz,Cem,Tülay', 'Yılmaz,Kaya,Demir,Şahin,Çelik,Aydın,Öztürk,Arslan,Doğan,Koç,Kılıç', 'Bay,Bayan,Dr.'),
  C('ar', 'AE GB', 'Said,Layla,Omar,Fatima,Youssef,Noor,Khalid,Amira,Tariq,Hana,Karim,Rania,Jamal,Salma', 'Al-Rashid,Haddad,Mansour,El-Amin,Nasser,Khoury,Saleh,Abdullah,Farouk,Hamdan,Aziz,Al Mazrouei', 'Mr.,Mrs.,Dr.,Sheikh'),
  C('fa', 'US CA SE', 'Dariush,Shirin,Reza,Parisa,Kaveh,Nasrin,Arash,Leila,Golnar,Babak', 'Tehrani,Hosseini,Karimi,Rahimi,Moradi,Farahani,Jafari,Sadeghi', 'Mr.,Ms.,Dr.'),
  C('hi', 'IN GB', 'Priya,Arjun,Ananya,Rohan,Kavita,Vikram,Sunita,Aditya,Neha,Rajesh,Pooja,Sanjay,Asha,Dev', 'Sharma,Verma,Gupta,Patel,Mehta,Agarwal,Kapoor,Malhotra,Joshi,Chopra,Desai,Bhattacharya', 'Mr.,Mrs.,Dr.,Shri,Smt.'),
  C('ta', 'IN', 'Karthik,Lakshmi,Senthil,Meena,Murugan,Divya,Arul,Kaveri,Selvi,Prakash', 'Subramanian,Krishnan,Ramasamy,Natarajan,Venkatesan,Pillai,Iyer,Raghavan,Sundaram', 'Mr.,Mrs.,Dr.,Thiru'),
  C('pk', 'GB AE', 'Imran,Ayesha,Bilal,Sadia,Faisal,Rubina,Tanvir,Nusrat,Zainab,Hamza', 'Chowdhury,Qureshi,Rahman,Siddiqui,Hussain,Akhtar,Malik,Begum,Butt', 'Mr.,Mrs.,Dr.'),
  C('zh', 'US CA AU', 'Wei,Xiaoling,Jun,Mei,Hao,Yan,Zhiwei,Lihua,Qiang,Fang,Jing,Ming', 'Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou,Xu,Lin,Guo', 'Mr.,Ms.,Dr.', true),
  C('ja', 'JP', 'Haruto,Yui,Sota,Aoi,Ren,Hina,Daiki,Sakura,Kenji,Misaki,Takumi,Yuki', 'Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato,Yoshida,Matsumoto', 'Mr.,Ms.,Dr.'),
  C('ko', 'KR US', 'Minjun,Seoyeon,Jihoon,Jiwoo,Hyunwoo,Soyeon,Dongha,Eunji,Taeyang,Haeun', 'Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim,Seo', 'Mr.,Ms.,Dr.', true),
  C('vi', 'US AU', 'Minh,Linh,Tuan,Huong,Duc,Thao,Quang,Lan,Phuong,Hieu,Bao', 'Nguyen,Tran,Le,Pham,Hoang,Vu,Dang,Bui,Do,Ngo,Duong', 'Mr.,Ms.,Dr.', true),
  C('ph', 'PH US', 'Maricel,Jericho,Analyn,Rodel,Jhoanna,Dante,Lovely,Ronaldo,Princess,Bong,Marites', 'Dela Cruz,Santos,Bautista,Mercado,Aquino,Pascual,Dimaculangan,Macaraeg,Manalo,Soriano', 'Mr.,Ms.,Engr.,Atty.'),
  C('yo', 'NG GB', 'Adebayo,Folake,Olumide,Yetunde,Babatunde,Funmilayo,Tunde,Bisola,Kehinde,Damilola', 'Adeyemi,Ogunleye,Oladipo,Afolabi,Balogun,Adesanya,Ogundipe,Oyelaran', 'Mr.,Mrs.,Dr.,Chief'),
  C('ig', 'NG', 'Chinedu,Ngozi,Emeka,Chiamaka,Obinna,Adaeze,Ifeanyi,Uchenna,Chidi', 'Okafor,Eze,Nwosu,Okonkwo,Obi,Uzoma,Chukwu,Anyanwu,Ibekwe', 'Mr.,Mrs.,Dr.'),
  C('ke', 'KE', 'Wanjiru,Otieno,Achieng,Kamau,Njeri,Mwangi,Baraka,Zawadi,Juma,Amani,Faraji', 'Kariuki,Odhiambo,Wafula,Mutua,Njoroge,Chebet,Kiprono,Omondi,Wambui', 'Mr.,Mrs.,Dr.'),
  C('et', 'US SE', 'Abebe,Tigist,Dawit,Meron,Yonas,Selamawit,Bereket,Hiwot,Lidya', 'Bekele,Tesfaye,Haile,Girma,Alemu,Wolde,Getachew,Mengistu', 'Mr.,Ms.,Dr.'),
  C('se', 'SE', 'Astrid,Björn,Ingrid,Linnea,Henrik,Sigrid,Magnus,Elin,Sven,Freja,Ebba', 'Lindqvist,Johansson,Bergström,Nyström,Sandberg,Holm,Åkesson,Lund,Eriksson,Dahl', 'Mr.,Ms.,Dr.'),
  C('fi', 'SE', 'Aino,Juhani,Eero,Kaisa,Ville,Sanna,Onni,Helmi,Tuuli', 'Virtanen,Korhonen,Mäkinen,Nieminen,Heikkinen,Laaksonen,Järvinen,Salo', 'Mr.,Ms.,Dr.'),
  C('hu', 'DE GB', 'Zsófia,Bence,Réka,Levente,Dóra,Gergely,Csilla,Ákos', 'Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Farkas,Balogh', 'Mr.,Ms.,Dr.'),
  C('he', 'US GB', 'Noa,Yonatan,Tamar,Eitan,Shira,Avi,Michal,Ori,Yael', 'Cohen,Levi,Mizrahi,Peretz,Biton,Friedman,Katz,Ben-David,Shapiro', 'Mr.,Ms.,Dr.,Rabbi'),
  C('pa', 'AU NZ US', 'Keoni,Leilani,Kai,Malia,Sione,Mele,Tevita,Losana,Mana', 'Kahananui,Fonoti,Tuilagi,Makoa,Fifita,Kealoha,Taufa,Leota', 'Mr.,Ms.,Dr.'),
  C('au', 'AU NZ', 'Bronwyn,Lachie,Kylie,Darcy,Shane,Tahlia,Brodie,Jarrah,Sheree', 'Mitchell,Kelly,Henderson,Pratt,Nicholls,Whitford,Dunstan,Tregenza', 'Mr,Mrs,Ms,Dr'),
];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly full: string;
  readonly c: Culture;
  readonly cc: string;
}

function person(r: R, c: Culture = pick(r, CULTURES)): Person {
  const given = pick(r, c.given);
  let family = pick(r, c.family);
  if ((c.id === 'es' || c.id === 'mx') && r.chance(0.35)) {
    const second = pick(r, c.family);
    if (second !== family) family = `${family} ${second}`;
  }
  const full = c.familyFirst && r.chance(0.5) ? `${family} ${given}` : `${given} ${family}`;
  const cc = r.chance(0.75) ? pick(r, c.cc) : pick(r, COUNTRY_CODES);
  return { given, family, full, c, cc };
}

/** Distinct people (no repeated full names). */
function people(r: R, n: number): Person[] {
  const out: Person[] = [];
  let guard = 0;
  while (out.length < n && guard++ < 200) {
    const p = person(r);
    if (!out.some((q) => q.given === p.given || q.family === p.family)) out.push(p);
  }
  return out;
}

/** A varied later reference to someone (full, given, surname, initial, caps, lower, "Surname, Given"). */
function ref(r: R, p: Person): string {
  const x = r.next();
  if (x < 0.3) return p.full;
  if (x < 0.6) return p.given;
  if (x < 0.75) return p.family;
  if (x < 0.83) return `${p.given.charAt(0)}. ${p.family}`;
  if (x < 0.88) return p.full.toUpperCase();
  if (x < 0.93) return p.full.toLowerCase();
  return `${p.family}, ${p.given}`;
}

/** Writes an honorific (outside) and the surname (labelled). */
function hon(r: R, d: Doc, p: Person, title?: string): void {
  d.t(`${title ?? pick(r, p.c.hon)} `).n(r.chance(0.25) ? p.full : p.family);
}

/** ASCII slug for e-mail local parts. */
function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

// ---------------------------------------------------------------------------------------------------------
// E-mail
// ---------------------------------------------------------------------------------------------------------

const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'gmx.de', 'web.de', 'orange.fr', 'libero.it', 'hotmail.es', 'uol.com.br', 'naver.com', 'yahoo.co.jp', 'rediffmail.com', 'fastmail.fm', 'hey.com', 'mail.ru', 'seznam.cz', 'bigpond.com', 'xtra.co.nz'];
const ORGS = ['harrowgate-care.org.uk', 'northfield-clinic.com', 'tallis-legal.co.uk', 'quaymarine.ie', 'brightwater.edu', 'kestrel-logistics.de', 'sunhaven.org', 'veldt-analytics.co.za', 'arbor-housing.ca', 'lumenhr.io', 'cobaltbank.example', 'meadowvale.school.nz', 'orchardlane.com.au', 'rivermede.nhs.uk', 'saltmarsh-press.com', 'pinecrest-realty.us'];
const ROLES = ['support', 'info', 'complaints', 'safeguarding', 'hr', 'billing', 'press', 'accounts', 'frontdesk', 'noreply', 'dpo', 'admissions', 'careers', 'help'];

function email(r: R, p?: Person): string {
  if (!p || r.chance(0.12)) return `${pick(r, ROLES)}@${pick(r, ORGS)}`;
  const g = slug(p.given) || 'x';
  const f = slug(p.family) || 'y';
  const dom = r.chance(0.6) ? pick(r, FREEMAIL) : pick(r, ORGS);
  switch (r.int(0, 6)) {
    case 0: return `${g}.${f}@${dom}`;
    case 1: return `${g.charAt(0)}${f}@${dom}`;
    case 2: return `${g}${r.int(70, 99)}@${dom}`;
    case 3: return `${f}.${g}@${dom}`;
    case 4: return `${g}_${f}${r.int(1, 9)}@${dom}`;
    case 5: return `${g}-${f.charAt(0)}@${dom}`;
    default: return `${f}${g.charAt(0)}${r.int(1, 99)}@${dom}`;
  }
}

/** "priya dot sharma at gmail dot com" */
function spokenEmail(r: R, p: Person): string {
  const g = slug(p.given) || 'x';
  const f = slug(p.family) || 'y';
  const dom = pick(r, ['gmail', 'outlook', 'yahoo', 'icloud', 'hotmail']);
  const tld = pick(r, ['com', 'co dot uk', 'com', 'de', 'fr']);
  const sep = pick(r, [' dot ', ' underscore ', ' dot ']);
  return `${g}${sep}${f} at ${dom} dot ${tld}`;
}

// ---------------------------------------------------------------------------------------------------------
// Phones, addresses and dates by country
// ---------------------------------------------------------------------------------------------------------

const COUNTRY_CODES = ['US', 'CA', 'GB', 'IE', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'BR', 'MX', 'JP', 'KR', 'IN', 'AU', 'NZ', 'NG', 'KE', 'SE', 'TR', 'AE', 'PH'] as const;

function phone(r: R, cc: string): string {
  const d = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = nz() + d(2);
      const b = nz() + d(2);
      const c = d(4);
      return pick(r, [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `+1 (${a}) ${b}-${c}`, `1-${a}-${b}-${c}`]);
    }
    case 'GB':
      return pick(r, [`07${d(3)} ${d(6)}`, `+44 7${d(3)} ${d(6)}`, `020 ${nz()}${d(3)} ${d(4)}`, `+44 (0)1${d(2)} ${d(3)} ${d(4)}`, `0161 ${nz()}${d(2)} ${d(4)}`]);
    case 'IE':
      return pick(r, [`08${pick(r, ['3', '5', '6', '7'])} ${d(3)} ${d(4)}`, `+353 8${pick(r, ['5', '6', '7'])} ${d(3)} ${d(4)}`, `(01) ${nz()}${d(2)} ${d(4)}`]);
    case 'DE':
      return pick(r, [`+49 30 ${nz()}${d(7)}`, `0151 ${d(8)}`, `+49 171 ${d(7)}`, `089 ${nz()}${d(6)}`, `+49 (0)221 ${nz()}${d(5)}`, `0176/${d(8)}`]);
    case 'FR':
      return pick(r, [`06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `01 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `07.${d(2)}.${d(2)}.${d(2)}.${d(2)}`]);
    case 'ES':
      return pick(r, [`+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `6${d(2)} ${d(3)} ${d(3)}`, `91 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'IT':
      return pick(r, [`+39 3${d(2)} ${d(3)} ${d(4)}`, `3${d(2)} ${d(7)}`, `02 ${d(4)} ${d(4)}`]);
    case 'NL':
      return pick(r, [`+31 6 ${d(8)}`, `06-${d(8)}`, `020 ${nz()}${d(2)} ${d(4)}`, `+31 (0)6 ${d(4)} ${d(4)}`]);
    case 'PL':
      return pick(r, [`+48 ${r.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`, `${r.int(5, 8)}${d(2)}-${d(3)}-${d(3)}`]);
    case 'BR':
      return pick(r, [`+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`, `+55 (31) 9${d(4)}-${d(4)}`]);
    case 'MX':
      return pick(r, [`+52 55 ${d(4)} ${d(4)}`, `55 ${d(4)} ${d(4)}`, `+52 1 33 ${d(4)} ${d(4)}`]);
    case 'JP':
      return pick(r, [`090-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `+81 80-${d(4)}-${d(4)}`, `080 ${d(4)} ${d(4)}`]);
    case 'KR':
      return pick(r, [`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`]);
    case 'IN':
      return pick(r, [`+91 ${r.int(7, 9)}${d(4)} ${d(5)}`, `${r.int(7, 9)}${d(4)} ${d(5)}`, `+91-${r.int(7, 9)}${d(9)}`, `080 ${d(4)} ${d(4)}`]);
    case 'AU':
      return pick(r, [`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`, `(08) ${d(4)} ${d(4)}`]);
    case 'NZ':
      return pick(r, [`021 ${d(3)} ${d(4)}`, `+64 21 ${d(3)} ${d(4)}`, `(09) ${d(3)} ${d(4)}`]);
    case 'NG':
      return pick(r, [`+234 80${r.int(2, 9)} ${d(3)} ${d(4)}`, `080${r.int(2, 9)} ${d(3)} ${d(4)}`, `0813-${d(3)}-${d(4)}`]);
    case 'KE':
      return pick(r, [`+254 7${d(2)} ${d(3)} ${d(3)}`, `07${d(2)} ${d(3)} ${d(3)}`, `+254 (0) 7${d(2)} ${d(6)}`]);
    case 'SE':
      return pick(r, [`+46 70 ${d(3)} ${d(2)} ${d(2)}`, `070-${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(2)} ${d(2)}`]);
    case 'TR':
      return pick(r, [`+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}`, `0 (5${d(2)}) ${d(3)} ${d(2)} ${d(2)}`]);
    case 'AE':
      return pick(r, [`+971 5${r.int(0, 8)} ${d(3)} ${d(4)}`, `05${r.int(0, 8)} ${d(3)} ${d(4)}`, `+971 4 ${d(3)} ${d(4)}`]);
    default:
      return pick(r, [`+63 9${d(2)} ${d(3)} ${d(4)}`, `09${d(2)} ${d(3)} ${d(4)}`, `(02) 8${d(3)} ${d(4)}`]);
  }
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "oh seven seven, double four ..." style spoken number (US or UK shape). */
function spokenPhone(r: R): string {
  const groups = r.chance(0.5) ? [String(r.int(2, 9)) + r.digits(2), String(r.int(2, 9)) + r.digits(2), r.digits(4)] : ['07' + r.digits(3), r.digits(3), r.digits(3)];
  const word = (ch: string): string => (ch === '0' && r.chance(0.6) ? 'oh' : (DIGIT_WORDS[Number(ch)] ?? 'zero'));
  return groups.map((g) => [...g].map(word).join(' ')).join(', ');
}

const US_PLACES = [['Portland', 'OR', '972'], ['Dayton', 'OH', '454'], ['Tucson', 'AZ', '857'], ['Savannah', 'GA', '314'], ['Duluth', 'MN', '558'], ['Albany', 'NY', '122'], ['Boise', 'ID', '837'], ['Raleigh', 'NC', '276'], ['Spokane', 'WA', '992'], ['Lubbock', 'TX', '794'], ['Worcester', 'MA', '016'], ['Fresno', 'CA', '937']] as const;
const US_STREETS = ['Alder Creek Rd', 'Maple Ave', 'Juniper Ct', 'Martin Luther King Jr Blvd', 'Cesar Chavez Ave', 'Hollis Street', 'Old Mill Rd', 'Washington St', 'Lincoln Way', 'Cedar Hollow Dr', 'Sycamore Ln', 'Kennedy Pkwy'];
const GB_PLACES = [['Bristol', 'BS'], ['Leeds', 'LS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Glasgow', 'G'], ['Brighton', 'BN'], ['York', 'YO'], ['Exeter', 'EX'], ['Sheffield', 'S'], ['Manchester', 'M']] as const;
const GB_STREETS = ['Wexford Lane', 'Nelson Street', 'Gladstone Road', 'Tannery Close', 'Orchard Rise', 'Victoria Terrace', 'Mill Lane', 'Cromwell Road', 'Kingfisher Way', 'Churchill Gardens', 'Abbey Mews'];
const DE_PLACES = [['10115', 'Berlin'], ['80331', 'München'], ['50667', 'Köln'], ['20095', 'Hamburg'], ['04109', 'Leipzig'], ['70173', 'Stuttgart'], ['01067', 'Dresden'], ['28195', 'Bremen']] as const;
const DE_STREETS = ['Lindenstraße', 'Goethestraße', 'Karl-Marx-Allee', 'Schillerplatz', 'Am Mühlenteich', 'Beethovenweg', 'Bahnhofstraße', 'Rosenheimer Str.', 'Kastanienallee'];
const FR_PLACES = [['69002', 'Lyon'], ['75011', 'Paris'], ['13006', 'Marseille'], ['33000', 'Bordeaux'], ['59800', 'Lille'], ['31000', 'Toulouse'], ['44000', 'Nantes']] as const;
const FR_STREETS = ['rue des Tanneurs', 'avenue Victor Hugo', 'boulevard Voltaire', 'rue Jean Jaurès', 'impasse des Lilas', 'quai de la Fosse', 'rue du Faubourg Saint-Antoine'];
const ES_PLACES = [['28005', 'Madrid'], ['08012', 'Barcelona'], ['41003', 'Sevilla'], ['46001', 'Valencia'], ['48001', 'Bilbao'], ['29015', 'Málaga']] as const;
const ES_STREETS = ['Calle de Toledo', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de Gracia', 'Calle Alfonso XII', 'Plaza de Cervantes'];
const IT_PLACES = [['20121', 'Milano', 'MI'], ['00184', 'Roma', 'RM'], ['40126', 'Bologna', 'BO'], ['10123', 'Torino', 'TO'], ['80134', 'Napoli', 'NA'], ['50122', 'Firenze', 'FI']] as const;
const IT_STREETS = ['Via Garibaldi', 'Via Giuseppe Verdi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale Mazzini', 'Piazza Cavour'];
const NL_PLACES = [['1016', 'Amsterdam'], ['3511', 'Utrecht'], ['2511', 'Den Haag'], ['9711', 'Groningen'], ['5611', 'Eindhoven'], ['3012', 'Rotterdam']] as const;
const NL_STREETS = ['Keizersgracht', 'Oudegracht', 'Vondelstraat', 'Prins Hendrikkade', 'Lange Voorhout', 'Molenstraat'];
const PL_PLACES = [['00-950', 'Warszawa'], ['31-042', 'Kraków'], ['50-384', 'Wrocław'], ['80-831', 'Gdańsk'], ['61-758', 'Poznań']] as const;
const PL_STREETS = ['ul. Marszałkowska', 'ul. Floriańska', 'ul. Mickiewicza', 'al. Jana Pawła II', 'ul. Długa', 'ul. Kościuszki'];
const BR_PLACES = [['São Paulo', 'SP'], ['Rio de Janeiro', 'RJ'], ['Belo Horizonte', 'MG'], ['Curitiba', 'PR'], ['Recife', 'PE'], ['Porto Alegre', 'RS']] as const;
const BR_STREETS = ['Rua Augusta', 'Avenida Presidente Vargas', 'Rua das Laranjeiras', 'Rua Oscar Freire', 'Avenida Getúlio Vargas', 'Rua XV de Novembro'];
const MX_PLACES = [['06700', 'Ciudad de México', 'CDMX', 'Roma Norte'], ['44100', 'Guadalajara', 'Jal.', 'Centro'], ['64000', 'Monterrey', 'N.L.', 'Centro'], ['72000', 'Puebla', 'Pue.', 'El Carmen']] as const;
const MX_STREETS = ['Av. Álvaro Obregón', 'Calle Durango', 'Av. Benito Juárez', 'Calle Hidalgo', 'Av. Insurgentes Sur', 'Calle Morelos'];
const JP_WARDS = [['Shibuya-ku', 'Tokyo', '150'], ['Setagaya-ku', 'Tokyo', '154'], ['Naka-ku', 'Yokohama', '231'], ['Kita-ku', 'Osaka', '530'], ['Chuo-ku', 'Sapporo', '060'], ['Sakyo-ku', 'Kyoto', '606']] as const;
const KR_PLACES = [['Gangnam-gu', 'Seoul', 'Teheran-ro'], ['Mapo-gu', 'Seoul', 'World Cup-ro'], ['Haeundae-gu', 'Busan', 'Haeundaehaebyeon-ro'], ['Yuseong-gu', 'Daejeon', 'Daehak-ro']] as const;
const IN_PLACES = [['Bengaluru', '560'], ['Pune', '411'], ['Chennai', '600'], ['Hyderabad', '500'], ['Kolkata', '700'], ['Jaipur', '302']] as const;
const IN_AREAS = ['Indiranagar', 'Koregaon Park', 'T. Nagar', 'Banjara Hills', 'Salt Lake Sector V', 'Malviya Nagar', 'Jayanagar 4th Block'];
const AU_PLACES = [['Fremantle', 'WA', '6160'], ['Newtown', 'NSW', '2042'], ['Fitzroy', 'VIC', '3065'], ['Paddington', 'QLD', '4064'], ['Glenelg', 'SA', '5045'], ['Battery Point', 'TAS', '7004']] as const;
const AU_STREETS = ['Banksia St', 'Wattle Rd', 'Brunswick St', 'Macquarie St', 'Jacaranda Ave', 'Flinders Lane'];
const CA_PLACES = [['Montréal', 'QC', 'H2X'], ['Halifax', 'NS', 'B3H'], ['Winnipeg', 'MB', 'R3C'], ['Victoria', 'BC', 'V8W'], ['Toronto', 'ON', 'M5V'], ['Calgary', 'AB', 'T2P']] as const;
const CA_STREETS = ['Rue Saint-Denis', 'Spring Garden Rd', 'Portage Ave', 'Fort Street', 'Queen St W', 'Elbow Dr SW'];
const SE_PLACES = [['113 51', 'Stockholm'], ['411 19', 'Göteborg'], ['211 22', 'Malmö'], ['753 10', 'Uppsala']] as const;
const SE_STREETS = ['Drottninggatan', 'Kungsgatan', 'Linnégatan', 'Storgatan', 'Södra Vägen'];

function up(r: R, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPRSTUWXY'.charAt(r.int(0, 20));
  return s;
}

/** A full postal address; `multi` joins its lines with newlines. */
function address(r: R, cc: string, multi = false): string {
  const n = (lo = 1, hi = 240): number => r.int(lo, hi);
  let lines: string[];
  switch (cc) {
    case 'US': {
      const [city, st, z] = pick(r, US_PLACES);
      lines = [`${n(10, 9800)} ${pick(r, US_STREETS)}${r.chance(0.3) ? `, Apt ${n(1, 30)}${up(r, 1)}` : ''}`, `${city}, ${st} ${z}${r.digits(2)}`];
      break;
    }
    case 'GB': {
      const [city, pc] = pick(r, GB_PLACES);
      lines = [`${r.chance(0.2) ? `Flat ${n(1, 12)}, ` : ''}${n(1, 180)} ${pick(r, GB_STREETS)}`, `${city} ${pc}${n(1, 20)} ${r.int(1, 9)}${up(r, 2)}`];
      break;
    }
    case 'IE': {
      const [town, key] = pick(r, [['Rathmines, Dublin 6', 'D06'], ['Ballincollig, Co. Cork', 'P31'], ['Salthill, Galway', 'H91'], ['Ennis, Co. Clare', 'V95']] as const);
      lines = [`${n(1, 90)} ${pick(r, ['Castlewood Avenue', 'Ard na Gréine', 'Main Street', 'Cois Abhann'])}`, `${town}`, `${key} ${up(r, 1)}${r.digits(1)}${up(r, 1)}${r.digits(1)}`];
      break;
    }
    case 'DE': {
      const [plz, city] = pick(r, DE_PLACES);
      lines = [`${pick(r, DE_STREETS)} ${n(1, 140)}${r.chance(0.2) ? 'a' : ''}`, `${plz} ${city}`];
      break;
    }
    case 'FR': {
      const [cp, city] = pick(r, FR_PLACES);
      lines = [`${n(1, 120)}${r.chance(0.15) ? ' bis' : ''} ${pick(r, FR_STREETS)}`, `${cp} ${city}`];
      break;
    }
    case 'ES': {
      const [cp, city] = pick(r, ES_PLACES);
      lines = [`${pick(r, ES_STREETS)} ${n(1, 160)}, ${n(1, 8)}º ${up(r, 1)}`, `${cp} ${city}`];
      break;
    }
    case 'IT': {
      const [cap, city, prov] = pick(r, IT_PLACES);
      lines = [`${pick(r, IT_STREETS)} ${n(1, 90)}`, `${cap} ${city} (${prov})`];
      break;
    }
    case 'NL': {
      const [pc, city] = pick(r, NL_PLACES);
      lines = [`${pick(r, NL_STREETS)} ${n(1, 400)}${r.chance(0.2) ? '-II' : ''}`, `${pc} ${up(r, 2)} ${city}`];
      break;
    }
    case 'PL': {
      const [pc, city] = pick(r, PL_PLACES);
      lines = [`${pick(r, PL_STREETS)} ${n(1, 120)}/${n(1, 60)}`, `${pc} ${city}`];
      break;
    }
    case 'BR': {
      const [city, uf] = pick(r, BR_PLACES);
      lines = [`${pick(r, BR_STREETS)}, ${n(10, 2400)}, apto ${n(11, 190)}`, `${city} - ${uf}`, `${r.digits(5)}-${r.digits(3)}`];
      break;
    }
    case 'MX': {
      const [cp, city, st, col] = pick(r, MX_PLACES);
      lines = [`${pick(r, MX_STREETS)} ${n(10, 1800)}, Col. ${col}`, `${cp} ${city}, ${st}`];
      break;
    }
    case 'JP': {
      const [ward, city, z] = pick(r, JP_WARDS);
      lines = [`${n(1, 6)}-${n(1, 30)}-${n(1, 20)} ${pick(r, ['Jingumae', 'Kitazawa', 'Motomachi', 'Umeda', 'Minami 3-jo', 'Shimogamo'])}`, `${ward}, ${city} ${z}-${r.digits(4)}`];
      break;
    }
    case 'KR': {
      const [gu, city, road] = pick(r, KR_PLACES);
      lines = [`${n(1, 400)} ${road}, ${gu}`, `${city} ${r.digits(5)}`];
      break;
    }
    case 'IN': {
      const [city, pin] = pick(r, IN_PLACES);
      lines = [`Flat ${n(101, 904)}, ${pick(r, ['Sai Residency', 'Green Meadows', 'Prestige Lakeside', 'Shanti Kunj'])}`, `${ordinal(n(1, 40))} Cross, ${pick(r, IN_AREAS)}`, `${city} ${pin}${r.digits(3)}`];
      break;
    }
    case 'AU': {
      const [sub, st, pc] = pick(r, AU_PLACES);
      lines = [`${r.chance(0.3) ? `Unit ${n(1, 20)}, ` : ''}${n(1, 200)} ${pick(r, AU_STREETS)}`, `${sub} ${st} ${pc}`];
      break;
    }
    case 'NZ':
      lines = [r.chance(0.5) ? `PO Box ${n(100, 9999)}` : `${n(1, 300)} ${pick(r, ['Cuba Street', 'Ponsonby Road', 'Riccarton Rd'])}`, `${pick(r, ['Wellington 6140', 'Auckland 1011', 'Christchurch 8011'])}`, 'New Zealand'];
      break;
    case 'NG':
      lines = [`${n(1, 60)} ${pick(r, ['Adeola Odeku Street', 'Awolowo Road', 'Herbert Macaulay Way', 'Ogui Road'])}`, `${pick(r, ['Victoria Island, Lagos', 'Ikoyi, Lagos', 'Yaba, Lagos', 'Enugu'])}`, 'Nigeria'];
      break;
    case 'KE':
      lines = [`P.O. Box ${n(1000, 99999)}-00${pick(r, ['100', '200', '506'])}`, 'Nairobi', 'Kenya'];
      break;
    case 'SE': {
      const [pc, city] = pick(r, SE_PLACES);
      lines = [`${pick(r, SE_STREETS)} ${n(1, 90)}`, `${pc} ${city}`];
      break;
    }
    case 'CA': {
      const [city, prov, fsa] = pick(r, CA_PLACES);
      lines = [`${n(10, 4800)} ${pick(r, CA_STREETS)}${r.chance(0.25) ? `, Unit ${n(1, 40)}` : ''}`, `${city} ${prov} ${fsa} ${r.digits(1)}${up(r, 1)}${r.digits(1)}`];
      break;
    }
    case 'TR':
      lines = [`${pick(r, ['Bağdat Cad.', 'İstiklal Cad.', 'Atatürk Bulvarı'])} No: ${n(1, 300)} D: ${n(1, 20)}`, `${r.int(34, 35)}${r.digits(3)} ${pick(r, ['Kadıköy/İstanbul', 'Beyoğlu/İstanbul', 'Konak/İzmir'])}`];
      break;
    case 'AE':
      lines = [`Villa ${n(1, 90)}, Street ${n(1, 40)}`, `${pick(r, ['Al Wasl', 'Jumeirah 1', 'Al Barsha 2'])}, Dubai`, 'United Arab Emirates'];
      break;
    default:
      lines = [`${n(1, 99)} ${pick(r, ['Mabini St', 'Rizal Ave', 'Katipunan Ave'])}, Brgy. ${pick(r, ['San Antonio', 'Loyola Heights', 'Poblacion'])}`, `${pick(r, ['Quezon City 1108', 'Makati 1210', 'Cebu City 6000'])}`];
  }
  if (multi && r.chance(0.3) && !['NZ', 'NG', 'KE', 'AE'].includes(cc)) lines.push(countryName(cc));
  return lines.join(multi ? '\n' : ', ');
}

function countryName(cc: string): string {
  const m: Record<string, string> = { US: 'USA', CA: 'Canada', GB: 'United Kingdom', IE: 'Ireland', DE: 'Germany', FR: 'France', ES: 'Spain', IT: 'Italy', NL: 'Netherlands', PL: 'Poland', BR: 'Brasil', MX: 'México', JP: 'Japan', KR: 'South Korea', IN: 'India', AU: 'Australia', SE: 'Sweden', TR: 'Türkiye', PH: 'Philippines' };
  return m[cc] ?? 'United Kingdom';
}

const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};

function ordinal(n: number): string {
  if (n % 10 === 1 && n !== 11) return `${n}st`;
  if (n % 10 === 2 && n !== 12) return `${n}nd`;
  if (n % 10 === 3 && n !== 13) return `${n}rd`;
  return `${n}th`;
}

/** A date written the way `cc` writes it. */
function dateIn(r: R, cc: string, y: number, m: number, dd: number): string {
  const mon = (lang: string): string => MONTHS[lang]?.[m - 1] ?? 'March';
  const num = `${pad(dd)}/${pad(m)}/${y}`;
  switch (cc) {
    case 'US':
    case 'PH':
      return pick(r, [`${mon('en')} ${dd}, ${y}`, `${pad(m)}/${pad(dd)}/${y}`, `${m}/${dd}/${y}`, `${mon('en').slice(0, 3)}. ${dd}, ${y}`]);
    case 'CA':
    case 'SE':
      return pick(r, [`${y}-${pad(m)}-${pad(dd)}`, `${mon('en')} ${dd}, ${y}`]);
    case 'DE':
      return pick(r, [`${pad(dd)}.${pad(m)}.${y}`, `${dd}. ${mon('de')} ${y}`]);
    case 'PL':
    case 'TR':
      return `${pad(dd)}.${pad(m)}.${y}`;
    case 'FR':
      return pick(r, [num, `${dd === 1 ? '1er' : dd} ${mon('fr')} ${y}`]);
    case 'ES':
    case 'MX':
      return pick(r, [num, `${dd} de ${mon('es')} de ${y}`]);
    case 'IT':
      return pick(r, [num, `${dd} ${mon('it')} ${y}`]);
    case 'NL':
      return pick(r, [`${pad(dd)}-${pad(m)}-${y}`, `${dd} ${mon('nl')} ${y}`]);
    case 'BR':
      return pick(r, [num, `${dd} de ${mon('pt')} de ${y}`]);
    case 'JP':
      return pick(r, [`${y}年${m}月${dd}日`, `${y}/${pad(m)}/${pad(dd)}`]);
    case 'KR':
      return pick(r, [`${y}년 ${m}월 ${dd}일`, `${y}.${pad(m)}.${pad(dd)}`]);
    default:
      return pick(r, [`${dd} ${mon('en')} ${y}`, num, `${ordinal(dd)} ${mon('en')} ${y}`, `${dd} ${mon('en').slice(0, 3)} ${y}`]);
  }
}

function dob(r: R, cc: string, lo = 1938, hi = 2006): string {
  return dateIn(r, cc, r.int(lo, hi), r.int(1, 12), r.int(1, 28));
}

/** A recent non-birth date (appointments, incidents, invoices). */
function recent(r: R, cc: string): string {
  return dateIn(r, cc, r.int(2021, 2025), r.int(1, 12), r.int(1, 28));
}

// ---------------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs
// ---------------------------------------------------------------------------------------------------------

function luhnComplete(payload: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(payload + String(c))) return payload + String(c);
  return payload + '0';
}

function cardDigits(r: R): string {
  const x = r.int(0, 9);
  if (x <= 3) return luhnComplete('4' + r.digits(14));
  if (x <= 5) return mcCard(r);
  if (x === 6) return luhnComplete(pick(r, ['34', '37']) + r.digits(12));
  if (x === 7) return luhnComplete('6011' + r.digits(11));
  if (x === 8) return luhnComplete(String(r.int(3528, 3589)) + r.digits(11));
  return r.chance(0.5) ? luhnComplete('36' + r.digits(11)) : luhnComplete('62' + r.digits(13));
}

function mcCard(r: R): string {
  const prefix = r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720));
  return luhnComplete(prefix + r.digits(15 - prefix.length));
}

function groupCard(r: R, d: string): string {
  const sep = pick(r, [' ', ' ', '-', '']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return (d.match(/.{1,4}/g) ?? [d]).join(sep);
}

function card(r: R): string {
  return groupCard(r, cardDigits(r));
}

/** Same shape as a card, Luhn-invalid. */
function badCard(r: R): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

const IBAN_CCS = ['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'LU', 'SA', 'AE', 'TR', 'GR', 'CZ', 'HU', 'RO', 'HR', 'BR', 'MT', 'CY', 'LT', 'EE', 'SI', 'BG', 'IL', 'QA', 'KW'];
const IBAN_BANK_LETTERS: Record<string, number> = { GB: 4, NL: 4, IE: 4, RO: 4, BG: 4, MT: 4, QA: 4, KW: 4 };

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dgt of v) rem = (rem * 10 + Number(dgt)) % 97;
  }
  return rem;
}

function ibanCompact(r: R, cc = pick(r, IBAN_CCS)): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const letters = IBAN_BANK_LETTERS[cc] ?? 0;
  const bban = up(r, letters) + r.digits(len - 4 - letters);
  const check = 98 - mod97(bban + cc + '00');
  const out = cc + pad(check) + bban;
  return ibanMod97Valid(out) ? out : ibanCompact(r, 'DE');
}

function formatIban(r: R, c: string): string {
  const x = r.next();
  if (x < 0.6) return (c.match(/.{1,4}/g) ?? [c]).join(' ');
  if (x < 0.9) return c;
  return ((c.match(/.{1,4}/g) ?? [c]).join(' ')).toLowerCase();
}

function iban(r: R, cc?: string): string {
  return formatIban(r, ibanCompact(r, cc));
}

function badIban(r: R): string {
  const c = ibanCompact(r);
  const k = Number(c.charAt(2));
  return formatIban(r, c.slice(0, 2) + String((k + r.int(1, 9)) % 10) + c.slice(3));
}

function ssn(r: R): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  const x = r.next();
  if (x < 0.75) return `${a}-${g}-${s}`;
  if (x < 0.88) return `${a} ${g} ${s}`;
  return `${a}${g}${s}`;
}

function ipv4(r: R): string {
  const x = r.next();
  if (x < 0.25) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.4) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.5) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${pick(r, [23, 31, 45, 62, 81, 89, 94, 103, 141, 151, 178, 185, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: R): string {
  const g: string[] = [pick(r, ['2001', '2a02', '2607', '2c0f', 'fd12', 'fe80', '2400'])];
  for (let i = 1; i < 8; i++) g.push(r.int(0, 65535).toString(16));
  if (r.chance(0.2)) return g.join(':');
  const start = r.int(1, 5);
  const len = r.int(1, Math.min(4, 8 - start));
  const head = g.slice(0, start).join(':');
  const tail = g.slice(start + len).join(':');
  return `${head}::${tail}`;
}

function ip(r: R): string {
  return r.chance(0.75) ? ipv4(r) : ipv6(r);
}

// ---------------------------------------------------------------------------------------------------------
// Distractors (never labelled)
// ---------------------------------------------------------------------------------------------------------

const EPONYMS = ["Alzheimer's", "Parkinson's", "Crohn's disease", 'Hodgkin lymphoma', "Raynaud's", 'Tourette syndrome', "Graves' disease", "Bell's palsy", "Asperger's", "Hashimoto's"];
const BRANDS = ['Ford Transit', 'Dell laptop', 'Tesla charger', 'Chanel No. 5', 'Ferrari red', 'Johnson & Johnson plasters', "McDonald's voucher", 'Disney+ subscription', 'Philips kettle', 'Heinz beans', 'Porsche Cayenne', 'Hermès scarf', 'Boeing 737', 'Dyson fan', 'Kellogg\'s cereal', 'Ben & Jerry\'s tub'];
const PLACES_NAMED = ['Victoria Station', 'Lincoln Center', "St Mary's Hospital", 'Mount Kosciuszko', 'Washington Square', 'King Edward VII Park', 'Charles de Gaulle airport', 'the Hoover Dam', 'Wellington harbour', 'the Elizabeth line', 'Churchill College', 'Lake Victoria'];
const LAWS = ["Murphy's law", "Moore's law", 'the Nobel Prize', 'the Turing Award', 'the Pulitzer', 'the Fields Medal', "Sarah's Law", 'the Magnitsky Act', 'the Booker Prize', 'the Heimlich manoeuvre', 'Occam\'s razor'];
const STORMS_SHIPS = ['Storm Ciarán', 'Hurricane Beryl', 'Typhoon Hagibis', 'the Queen Mary 2', 'HMS Victory', 'the MV Ingrid Sol', 'Cyclone Gabrielle', 'Storm Babet'];
const SHIPS = STORMS_SHIPS.filter((s) => !/^(Storm|Hurricane|Typhoon|Cyclone)/.test(s));
const STORMS = STORMS_SHIPS.filter((s) => /^(Storm|Hurricane|Typhoon|Cyclone)/.test(s));
const SOFTWARE = ['Jenkins', 'Kafka', 'Hadoop', 'Pascal', 'Ada', 'Django', 'Sphinx', 'Grafana', 'Ansible', 'Jupyter'];
const PETS = ['Biscuit', 'Max', 'Luna', 'Pepper', 'Bella', 'Winston', 'Mochi', 'Rufus', 'Clementine', 'Otis'];
const TEAMS = ['Team Falcon', 'Project Marigold', 'the Phoenix squad', 'Operation Lark', 'Blue Heron release', 'Sprint Tangerine'];

function refNo(r: R): string {
  return pick(r, [
    `case ${up(r, 2)}-${r.digits(6)}`,
    `order #${r.digits(8)}`,
    `ticket INC${r.digits(7)}`,
    `tracking 1Z${up(r, 3)}${r.digits(13)}`,
    `claim ${r.digits(3)}/${r.int(2021, 2025)}/${r.digits(5)}`,
    `booking ref ${up(r, 6)}`,
    `invoice INV-${r.int(2022, 2025)}-${r.digits(5)}`,
    `PO ${r.digits(10)}`,
    `policy ${up(r, 3)}${r.digits(9)}`,
  ]);
}

function techNoise(r: R): string {
  return pick(r, [
    `commit ${r.int(0, 0xfffffff).toString(16)}${r.int(0, 0xfff).toString(16)}`,
    `build ${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}`,
    `firmware ${r.int(1, 4)}.${r.int(0, 12)}.${r.int(0, 9)}.${r.int(0, 9)}`,
    `version v${r.int(1, 12)}.${r.int(0, 40)}.${r.int(0, 9)}`,
    `sha256 ${[...Array(4)].map(() => r.int(0, 0xffff).toString(16).padStart(4, '0')).join('')}…`,
    `at ${r.int(2022, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`,
    `request id ${r.int(0, 0xffffff).toString(16)}-${r.int(0, 0xffff).toString(16)}`,
    `exit code ${r.int(1, 255)}`,
  ]);
}

function moneyNoise(r: R): string {
  return pick(r, [
    `EIN ${r.digits(2)}-${r.digits(7)}`,
    `routing number ${pick(r, ['0', '1', '2'])}${r.digits(8)}`,
    `sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`,
    `account ending ${r.digits(4)}`,
    `card ending in ${r.digits(4)}`,
    `card **** **** **** ${r.digits(4)}`,
    `SSN ***-**-${r.digits(4)}`,
    `phone ***-***-${r.digits(4)}`,
    `VAT no. GB${r.digits(9)}`,
    `BIC ${up(r, 4)}${pick(r, ['DE', 'GB', 'FR', 'NL'])}${up(r, 2)}`,
  ]);
}

const JA_NATIVE = [['田中', '美咲'], ['佐藤', '健太'], ['鈴木', '陽菜'], ['高橋', '翔'], ['渡辺', 'さくら'], ['山本', '大輝'], ['中村', '結衣'], ['小林', '蓮']] as const;
const KO_NATIVE = [['김', '민준'], ['이', '서연'], ['박', '지훈'], ['최', '유진'], ['정', '하은'], ['윤', '도현']] as const;
const ZH_NATIVE = [['王', '伟'], ['李', '娜'], ['张', '敏'], ['刘', '洋'], ['陈', '静'], ['黄', '磊']] as const;

// ---------------------------------------------------------------------------------------------------------
// Sentence helpers
// ---------------------------------------------------------------------------------------------------------

type T = (r: R, d: Doc) => void;

/** One distractor sentence (no labels). */
function noise(r: R, d: Doc): void {
  switch (r.int(0, 11)) {
    case 0: d.t(` There is a family history of ${pick(r, EPONYMS)}, noted for context only.`); break;
    case 1: d.t(` Everything is filed under ${refNo(r)}.`); break;
    case 2: d.t(` The system log shows ${techNoise(r)} around the same time.`); break;
    case 3: d.t(` Travel was disrupted by ${pick(r, STORMS)} that week.`); break;
    case 4: d.t(` The family dog, ${pick(r, PETS)}, turned ${r.int(2, 14)} on ${recent(r, 'GB')}, which came up more than once.`); break;
    case 5: d.t(` For the file: ${moneyNoise(r)}.`); break;
    case 6: d.t(` The ${pick(r, BRANDS)} mentioned earlier is not relevant.`); break;
    case 7: d.t(` The agreed meeting point was ${pick(r, PLACES_NAMED)}.`); break;
    case 8: d.t(` A number read out as ${badCard(r)} failed the card check and was discarded.`); break;
    case 9: d.t(` The account number given as ${badIban(r)} was rejected as invalid.`); break;
    case 10: d.t(` Someone joked about ${pick(r, LAWS)} at this point.`); break;
    default: d.t(` Work on ${pick(r, TEAMS)} continues in ${pick(r, SOFTWARE)}.`);
  }
}

/** One sentence carrying a structured value about `p` (pronoun subject, value in running text). */
function extra(r: R, d: Doc, p: Person): void {
  const they = pick(r, ['They', 'The client', 'The caller', 'The customer', 'The resident']);
  switch (r.int(0, 13)) {
    case 0:
    case 1:
      d.t(` ${they} read the full card number out loud, `).l('CARD', card(r)).t(', so the recording has been masked.');
      break;
    case 2:
      d.t(` ${they} confirmed that the payment came from card `).l('CARD', card(r)).t(r.chance(0.5) ? ` (expiry ${pad(r.int(1, 12))}/${r.int(26, 31)}).` : '.');
      break;
    case 3:
    case 4:
      d.t(` Refunds should go to the account `).l('IBAN', iban(r)).t(` held in ${pick(r, ['their own name', 'joint names', 'a business name'])}.`);
      break;
    case 5:
      d.t(` ${they} asked us to use IBAN `).l('IBAN', iban(r)).t(' from now on.');
      break;
    case 6:
    case 7:
      d.t(` For the tax form ${they.toLowerCase()} supplied social security number `).l('NATIONAL_ID', ssn(r)).t('.');
      break;
    case 8:
      d.t(` ${pick(r, ['Their', 'The applicant\'s', 'The claimant\'s'])} SSN (`).l('NATIONAL_ID', ssn(r)).t(') was verified against the letter.');
      break;
    case 9:
    case 10:
      d.t(` The sign-in came from `).l('IP', ip(r)).t(r.chance(0.5) ? ', which matches the home router.' : ' rather than the usual network.');
      break;
    case 11:
      d.t(` Best number is `).l('PHONE', phone(r, p.cc)).t(r.chance(0.3) ? `, ext. ${r.int(10, 999)}.` : '.');
      break;
    case 12:
      d.t(` Copies go to `).l('EMAIL', email(r, p)).t('.');
      break;
    default:
      d.t(` Post should now go to `).l('ADDRESS', address(r, p.cc)).t('.');
  }
}

function maybe(r: R, p: number, f: () => void): void {
  if (r.chance(p)) f();
}

// ---------------------------------------------------------------------------------------------------------
// Document templates (labelled)
// ---------------------------------------------------------------------------------------------------------

const caseNote: T = (r, d) => {
  const [c, w, s] = people(r, 3) as [Person, Person, Person];
  d.t(`Case note, ${recent(r, c.cc)}\n`).t('Home visit completed by ').n(w.full).t('. ').n(c.full).t(' (DOB ').l('DOB', dob(r, c.cc)).t(') was at home with ').n(s.given).t(', a cousin who has been staying since spring. ');
  d.t('Address confirmed as ').l('ADDRESS', address(r, c.cc)).t('. ').n(ref(r, c)).t(' asked that letters go by e-mail to ').l('EMAIL', email(r, c)).t(' instead.');
  maybe(r, 0.5, () => noise(r, d));
  d.t(' Next visit in two weeks; ').n(w.given).t(' will ring the surgery on ').l('PHONE', phone(r, c.cc)).t(' beforehand.');
  maybe(r, 0.35, () => extra(r, d, c));
};

const nursingHandover: T = (r, d) => {
  const [pt, n1, n2, kin] = people(r, 4) as [Person, Person, Person, Person];
  d.t('Handover, bay 4, bed ' + r.int(1, 6) + '. ').n(pt.full).t(', born ').l('DOB', dob(r, pt.cc)).t(`, admitted with a chest infection; background of ${pick(r, EPONYMS)}. `);
  d.t('Seen by ');
  hon(r, d, n2, 'Dr');
  d.t(' this morning. Obs stable overnight per ').n(n1.given).t('. Next of kin is ').n(kin.full).t(', reachable on ').l('PHONE', phone(r, kin.cc)).t('. ');
  d.n(ref(r, pt)).t(' is anxious about discharge and asked for ').n(n1.given).t(' by name.');
};

const opsHandover: T = (r, d) => {
  const [a, b, c] = people(r, 3) as [Person, Person, Person];
  d.t('Shift handover from ').n(a.given).t(' to ').n(b.given).t(`. The ${pick(r, SOFTWARE)} worker at `).l('IP', ipv4(r)).t(`:${r.int(2000, 9999)} kept timing out after the ${techNoise(r)}. `);
  d.t('I blocked ').l('IP', ip(r)).t(' at the edge after repeated failed logins against ').n(c.full).t("'s account (").l('EMAIL', email(r, c)).t('). ');
  d.n(ref(r, c)).t(' has been told and will reset MFA. Still open: IPv6 peer [').l('IP', ipv6(r)).t(']:443 flapping.');
};

const incidentReport: T = (r, d) => {
  const [rep, v, mgr] = people(r, 3) as [Person, Person, Person];
  d.t(`Incident report (${refNo(r)})\n`).t('On ').t(recent(r, v.cc)).t(' at about ' + r.int(7, 11) + ' pm, ').n(rep.full).t(' reported that a visitor had slipped near the lifts. The visitor, ').n(v.full).t(', gave a home address of ').l('ADDRESS', address(r, v.cc)).t(' and a mobile number, ').l('PHONE', phone(r, v.cc)).t('. ');
  d.t('Duty manager ').n(mgr.full).t(' attended, and ').n(ref(r, v)).t(' declined an ambulance.');
  maybe(r, 0.5, () => noise(r, d));
  maybe(r, 0.35, () => extra(r, d, v));
};

const complaintWriteup: T = (r, d) => {
  const [cu, ag] = people(r, 2) as [Person, Person];
  d.t('Complaint summary. ');
  hon(r, d, cu);
  d.t(' contacted us on ').t(recent(r, cu.cc)).t(' because a charge appeared twice on card ').l('CARD', card(r)).t('. Agent ').n(ag.given).t(' apologised and raised a dispute. ');
  d.t('The customer wants replies at ').l('EMAIL', email(r, cu)).t(' only.');
  maybe(r, 0.6, () => extra(r, d, cu));
  maybe(r, 0.4, () => noise(r, d));
};

const minutes: T = (r, d) => {
  const ps = people(r, r.int(4, 6));
  const [chair, sec, ...rest] = ps as [Person, Person, ...Person[]];
  d.t(`Minutes of the ${pick(r, ['residents\' association', 'board', 'PTA', 'allotment society', 'steering group'])} meeting, ${recent(r, chair.cc)}\nPresent: `);
  [chair, ...rest].forEach((p, i) => {
    if (i > 0) d.t(i === rest.length ? ' and ' : ', ');
    d.n(p.full);
  });
  d.t(' (chair: ').n(chair.given).t('). Apologies: ').n(sec.full).t('.\n');
  const p1 = rest[0] ?? chair;
  d.n(ref(r, p1)).t(' reported on the budget; the treasurer\'s account is ').l('IBAN', iban(r)).t('. ');
  d.t('Action: ').n(ref(r, chair)).t(` to write to the council about ${pick(r, PLACES_NAMED)}.`);
  maybe(r, 0.5, () => noise(r, d));
};

const sessionSummary: T = (r, d) => {
  const u = person(r);
  const f = person(r);
  d.t('Session summary: ').self(u.full).t(' asked for help drafting a letter to the landlord about damp. ');
  d.t('They live at ').l('ADDRESS', address(r, u.cc)).t(' and mentioned that their partner ').n(f.given).t(' has asthma. ');
  d.t('I suggested keeping copies and sending the letter from ').l('EMAIL', email(r, u)).t('. ');
  maybe(r, 0.5, () => extra(r, d, u));
  d.t(' Follow-up: check whether ').n(ref(r, u)).t(' heard back.');
};

const bankingSummary: T = (r, d) => {
  const u = person(r);
  d.t('Conversation summary. The user, ').self(u.full).t(', wanted to understand a failed transfer to IBAN ').l('IBAN', iban(r)).t('. ');
  d.t(`It was sent from their own account `).l('IBAN', iban(r)).t('. ');
  maybe(r, 0.5, () => noise(r, d));
  d.t(' I explained SEPA timings. ').n(u.given).t(' will call the bank on ').l('PHONE', phone(r, u.cc)).t(' tomorrow.');
};

const referenceLetter: T = (r, d) => {
  const [cand, ref1] = people(r, 2) as [Person, Person];
  const multi = r.chance(0.6);
  d.t('To whom it may concern,\n\nI have known ').n(cand.full).t(` for ${r.int(2, 9)} years, first as a ${pick(r, ['student', 'volunteer', 'junior analyst', 'apprentice'])} and later as a colleague. `);
  d.n(ref(r, cand)).t(' is dependable, warm with clients and calm under pressure. I recommend ').n(cand.given).t(' without reservation.\n\nYours faithfully,\n').n(ref1.full).t('\n');
  if (multi) d.l('ADDRESS', address(r, ref1.cc, true)).t('\n');
  d.l('PHONE', phone(r, ref1.cc)).t(' | ').l('EMAIL', email(r, ref1));
};

const performanceReview: T = (r, d) => {
  const [e, m, peer] = people(r, 3) as [Person, Person, Person];
  d.t('Mid-year review for ').n(e.full).t(', written by ').n(m.full).t('. ').n(e.given).t(` led ${pick(r, TEAMS)} through the migration and mentored `).n(peer.given).t('. ');
  d.t('Feedback from ').n(ref(r, peer)).t(' was glowing. Development area: delegating more. ');
  d.n(ref(r, e)).t(`'s rating: ${pick(r, ['exceeds', 'meets', 'strongly exceeds'])} expectations.`);
};

const productReview: T = (r, d) => {
  const [a, b] = people(r, 2) as [Person, Person];
  d.t(`★★★★${r.chance(0.5) ? '★' : '☆'} Stayed three nights. `).n(a.given).t(' on the front desk sorted out a room mix-up in minutes and ').n(b.given).t(` in the restaurant remembered my allergy. The ${pick(r, BRANDS)} in the room was a nice touch. `);
  d.t('Would ask for ').n(ref(r, a)).t(' again.');
};

const newsItem: T = (r, d) => {
  const [v, o, s] = people(r, 3) as [Person, Person, Person];
  d.t(`A ${r.int(19, 88)}-year-old cyclist was taken to hospital after a collision near ${pick(r, PLACES_NAMED)} on ${pick(r, ['Tuesday', 'Friday', 'Sunday'])}. `);
  d.t('Witness ').n(v.full).t(' said the driver stopped immediately. "').n(o.given).t(' and I ran over to help," ').n(v.family).t(' told reporters. ');
  d.t('Police spokesperson ').n(s.full).t(' asked anyone with dashcam footage to call ').l('PHONE', phone(r, s.cc)).t('.');
};

const obituary: T = (r, d) => {
  const [dec, sp, c1, c2] = people(r, 4) as [Person, Person, Person, Person];
  d.n(dec.full.toUpperCase()).t('\n').n(dec.full).t(' died peacefully at home on ').t(recent(r, dec.cc)).t(`, aged ${r.int(64, 97)}. Born in ${pick(r, ['Cork', 'Lagos', 'Kraków', 'Busan', 'Fresno', 'Leeds', 'Porto Alegre'])} on `).l('DOB', dob(r, dec.cc, 1926, 1960)).t(', ');
  d.n(dec.given).t(' is survived by ').n(sp.given).t(', by children ').n(c1.full).t(' and ').n(c2.full).t(', and by a great many friends. ');
  d.t(`Donations in lieu of flowers to the ${pick(r, EPONYMS)} Society, `).l('ADDRESS', address(r, dec.cc)).t('.');
};

const birthAnnouncement: T = (r, d) => {
  const [m, f] = people(r, 2) as [Person, Person];
  const baby = pick(r, pick(r, CULTURES).given);
  d.n(m.given).t(' and ').n(f.given).t(' are delighted to announce the arrival of ').n(`${baby} ${m.family}`).t(', born ').l('DOB', dob(r, m.cc, 2023, 2025)).t(` weighing ${r.int(5, 9)} lb ${r.int(0, 15)} oz. `);
  d.t('Thanks to the midwives at ').t(pick(r, ["St Mary's Hospital", 'Rosie Maternity', 'the Lister unit'])).t(', especially ').n(person(r).full).t('.');
};

const weddingAnnouncement: T = (r, d) => {
  const [a, b, o] = people(r, 3) as [Person, Person, Person];
  d.t('The engagement is announced between ').n(a.full).t(', of ').t(pick(r, ['Bath', 'Galway', 'Graz', 'Nagoya', 'Austin'])).t(', and ').n(b.full).t('. The couple met through ').n(o.given).t(` at a ${pick(r, SOFTWARE)} meetup. `);
  d.t('RSVPs to ').l('EMAIL', email(r, a)).t(' by ').t(recent(r, a.cc)).t('.');
};

const journal: T = (r, d) => {
  const u = person(r);
  const [x, y] = people(r, 2) as [Person, Person];
  d.t(pick(r, ['Journal, ', 'Dear diary, ', 'Note to self, '])).t(recent(r, u.cc)).t(': ran into ').n(x.given.toLowerCase()).t(' at the market, then ').n(y.given).t(` came round and we watched the ${pick(r, ['storm', 'match', 'eclipse'])}. `);
  d.t('Signed the form as ').self(u.full).t(' and posted it. ').n(x.given).t(' still owes me a call back on ').l('PHONE', phone(r, x.cc)).t('.');
};

const hrInvestigation: T = (r, d) => {
  const [comp, resp, wit, inv] = people(r, 4) as [Person, Person, Person, Person];
  d.t('Investigation notes (confidential). Complainant: ').n(comp.full).t('. Respondent: ').n(resp.full).t('. Investigator: ').n(inv.full).t('.\n');
  d.n(ref(r, comp)).t(' states that ').n(ref(r, resp)).t(' made remarks in the team channel; witness ').n(wit.full).t(' corroborates this. ');
  d.n(wit.given).t(' supplied screenshots from ').l('EMAIL', email(r, wit)).t('.');
  maybe(r, 0.5, () => noise(r, d));
};

const insuranceClaim: T = (r, d) => {
  const ph = person(r, pick(r, CULTURES.filter((c) => c.cc.includes('US'))));
  const adj = person(r);
  d.t('Claim narrative. Policyholder ').n(ph.full).t(' (SSN ').l('NATIONAL_ID', ssn(r)).t(', date of birth ').l('DOB', dob(r, 'US')).t(') reports water damage at ').l('ADDRESS', address(r, 'US')).t(`. Filed as ${refNo(r)}. `);
  d.t('Adjuster ').n(adj.full).t(' inspected on ').t(recent(r, 'US')).t('. ').n(ref(r, ph)).t(' prefers contact at ').l('PHONE', phone(r, 'US')).t('.');
  maybe(r, 0.5, () => noise(r, d));
  maybe(r, 0.35, () => extra(r, d, ph));
};

const tenancyNote: T = (r, d) => {
  const [t1, t2, ag] = people(r, 3) as [Person, Person, Person];
  d.t('Letting agent note: tenants ').n(t1.full).t(' and ').n(t2.full).t(' have renewed at ').l('ADDRESS', address(r, t1.cc)).t('. Rent to be paid into ').l('IBAN', iban(r)).t(' from next month. ');
  d.n(ag.given).t(` handled the inventory; the ${pick(r, ['Dyson fan', 'Philips kettle', 'Bosch washer'])} in the kitchen is theirs. `).n(ref(r, t2)).t(' asked for a copy of the gas certificate.');
  maybe(r, 0.35, () => extra(r, d, t1));
};

const witnessStatement: T = (r, d) => {
  const [w, s1, s2, off] = people(r, 4) as [Person, Person, Person, Person];
  d.t('Summary of statement given by ').n(w.full).t(`, ${r.int(18, 80)}, of `).l('ADDRESS', address(r, w.cc)).t('. ');
  d.t('The witness saw two men arguing; one was called "').n(s1.given).t('" by the other. The second, later identified as ').n(s2.full).t(', left in a ').t(pick(r, ['Ford Fiesta', 'white Toyota', 'Vauxhall Corsa'])).t('. ');
  d.t('Statement taken by ');
  hon(r, d, off, pick(r, ['PC', 'DC', 'Officer', 'Sgt']));
  d.t('.');
  maybe(r, 0.35, () => extra(r, d, w));
};

const pastoralNote: T = (r, d) => {
  const [st, par, tch] = people(r, 3) as [Person, Person, Person];
  d.t('Pastoral log: ').n(st.full).t(` (Year ${r.int(7, 11)}) was upset after PE. `).n(tch.full).t(' spoke with ').n(st.given).t(' and then phoned the parent, ').n(par.full).t(', on ').l('PHONE', phone(r, par.cc)).t('. ');
  d.t('Date of birth on file: ').l('DOB', dob(r, par.cc, 2008, 2014)).t('. Parent e-mail for follow-up: ').l('EMAIL', email(r, par)).t('.');
};

const escalation: T = (r, d) => {
  const [cu, a1, a2] = people(r, 3) as [Person, Person, Person];
  d.t('Escalating to tier 2. ').n(a1.full).t(' spoke to ').n(cu.full).t(` twice about ${refNo(r)}; the account e-mail is `).l('EMAIL', email(r, cu)).t(' and the last login came from ').l('IP', ip(r)).t('. ');
  d.n(a2.given).t(', can you take it from here? ').n(ref(r, cu)).t(' is getting frustrated.');
  maybe(r, 0.5, () => extra(r, d, cu));
};

const fraudCase: T = (r, d) => {
  const [h, an] = people(r, 2) as [Person, Person];
  d.t('Fraud review by ').n(an.full).t(': cardholder ').n(h.full).t(' disputes four purchases. Genuine card: ').l('CARD', card(r)).t('. ');
  d.t(`A second number in the notes, ${badCard(r)}, fails the check and looks like a typo. Orders were placed from `).l('IP', ipv4(r)).t(' and ').l('IP', ip(r)).t(', neither near ').n(ref(r, h)).t("'s home.");
  maybe(r, 0.4, () => noise(r, d));
};

const payrollQuery: T = (r, d) => {
  const e = person(r, pick(r, CULTURES.filter((c) => c.cc.includes('US'))));
  const pa = person(r);
  d.n(pa.given).t(' from payroll here. ').n(e.full).t(' queried a missing bonus. Records show SSN ').l('NATIONAL_ID', ssn(r)).t(' and salary paid to ').l('IBAN', iban(r)).t('. ');
  d.t(`Our ${moneyNoise(r)} is unchanged. I've asked `).n(ref(r, e)).t(' to confirm by e-mail.');
};

const immigrationNote: T = (r, d) => {
  const [cl, sp, cw] = people(r, 3) as [Person, Person, Person];
  d.t('Caseworker ').n(cw.full).t(' met ').n(cl.full).t(' today. The client was born on ').l('DOB', dob(r, cl.cc)).t(' and previously lived at ').l('ADDRESS', address(r, cl.cc, r.chance(0.4))).t('. ');
  d.t('Spouse ').n(sp.full).t(' (date of birth ').l('DOB', dob(r, sp.cc)).t(') remains abroad, contactable on ').l('PHONE', phone(r, sp.cc)).t('.');
  maybe(r, 0.35, () => extra(r, d, cl));
};

const volunteerUpdate: T = (r, d) => {
  const ps = people(r, 4);
  d.t('Volunteer update: thanks to ');
  ps.forEach((p, i) => {
    if (i > 0) d.t(i === ps.length - 1 ? ' and ' : ', ');
    d.n(r.chance(0.6) ? p.given : p.full);
  });
  d.t(' for Saturday\'s litter pick. ');
  const p0 = ps[0] as Person;
  d.n(ref(r, p0)).t(' is coordinating next month; text ').l('PHONE', phone(r, p0.cc)).t(' to sign up.');
};

const referralLetter: T = (r, d) => {
  const [pt, gp, cons] = people(r, 3) as [Person, Person, Person];
  d.t('Dear ');
  hon(r, d, cons, 'Dr');
  d.t(',\n\nRe: ').n(pt.full).t(', DOB ').l('DOB', dob(r, pt.cc)).t('\n').l('ADDRESS', address(r, pt.cc, true)).t('\n\nThank you for seeing this patient with suspected ').t(pick(r, EPONYMS)).t('. ');
  d.n(ref(r, pt)).t(' is happy to be contacted on ').l('PHONE', phone(r, pt.cc)).t('.\n\nKind regards,\n').n(gp.full);
};

const therapySummary: T = (r, d) => {
  const [cl, mum, fr] = people(r, 3) as [Person, Person, Person];
  d.t('Session ').t(String(r.int(2, 20))).t(' summary. ').n(cl.given).t(' talked about the move and about ').n(mum.given).t(', their mother, who has been unwell. A friend, ').n(fr.full).t(', has been a support. ');
  d.t('Homework: journal three times a week. ').n(cl.given).t(' cancelled next week because of ').t(pick(r, STORMS)).t('.');
};

const probateNote: T = (r, d) => {
  const [dec, ex, sol] = people(r, 3) as [Person, Person, Person];
  d.t('Estate of the late ').n(dec.full).t(' (born ').l('DOB', dob(r, dec.cc, 1925, 1955)).t('). Executor ').n(ex.full).t(' has provided the estate account ').l('IBAN', iban(r)).t('. ');
  d.n(sol.full).t(' at ').t(pick(r, ['Tallis & Reed LLP', 'Marchetti Avvocati', 'Okafor Legal'])).t(' will write to ').n(ref(r, ex)).t(' at ').l('ADDRESS', address(r, ex.cc)).t('.');
};

const recruiterNote: T = (r, d) => {
  const [cand, hm] = people(r, 2) as [Person, Person];
  d.t('Screening call with ').n(cand.full).t(` for the ${pick(r, ['data engineer', 'nurse manager', 'store lead', 'UX researcher'])} role. Strong on ${pick(r, SOFTWARE)}. `);
  d.t(`Goes by @${slug(cand.given)}${r.int(1, 99)} online. `).t('Contact: ').l('EMAIL', email(r, cand)).t(', ').l('PHONE', phone(r, cand.cc)).t('. Passing to ').n(hm.given).t(' for round two.');
};

const hotelIncident: T = (r, d) => {
  const [g, m] = people(r, 2) as [Person, Person];
  d.t(`Night audit: guest in room ${r.int(101, 950)}, `);
  hon(r, d, g);
  d.t(', disputed the minibar charge. Card on file ').l('CARD', card(r)).t(` was pre-authorised for ${r.int(50, 400)}.00. `).n(m.given).t(' waived it and noted it for the morning team.');
  maybe(r, 0.35, () => extra(r, d, g));
};

const airlineDisruption: T = (r, d) => {
  const [p1, p2, ag] = people(r, 3) as [Person, Person, Person];
  d.t(`Flight cancelled due to ${pick(r, STORMS)}. Passengers `).n(p1.full).t(' and ').n(p2.full).t(` (${refNo(r)}) were rebooked by `).n(ag.given).t('. ');
  d.n(ref(r, p1)).t(' asked for updates on ').l('PHONE', phone(r, p1.cc)).t(' and a receipt to ').l('EMAIL', email(r, p1)).t('.');
  maybe(r, 0.35, () => extra(r, d, p1));
};

const deliveryComplaint: T = (r, d) => {
  const [cu, dr] = people(r, 2) as [Person, Person];
  d.t('Customer ').n(cu.full).t(' says the parcel was left in the rain outside ').l('ADDRESS', address(r, cu.cc)).t(' instead of with a neighbour. Driver ').n(dr.given).t(' disputes this; photo shows the door. ');
  d.t('Customer can be reached on ').l('PHONE', phone(r, cu.cc)).t('.');
  maybe(r, 0.4, () => extra(r, d, cu));
};

const donorThanks: T = (r, d) => {
  const [dn, dir] = people(r, 2) as [Person, Person];
  d.t('Dear ').n(dn.given).t(',\n\nThank you for your gift to the ').t(pick(r, ['Hope Springs food bank', 'Rose Lane hospice', 'Grant Street youth club'])).t('. Your standing order from ').l('IBAN', iban(r)).t(' will start next month. ');
  d.t('With gratitude,\n').n(dir.full);
};

const alumniNews: T = (r, d) => {
  const [a, b, c] = people(r, 3) as [Person, Person, Person];
  d.t(`Class of ${r.int(1985, 2015)} notes: `).n(a.full).t(` has joined ${pick(r, ['a Lagos fintech', 'the Lisbon orchestra', 'a Kyoto design studio'])}; `).n(b.full).t(' married ').n(c.full).t(' in June. ');
  d.t('Send your news to ').l('EMAIL', email(r)).t('.');
};

const retirement: T = (r, d) => {
  const [ret, boss] = people(r, 2) as [Person, Person];
  d.t('After ').t(String(r.int(15, 40))).t(' years, ').n(ret.full).t(` retires on Friday. They started on the post room floor under `).n(boss.full).t(' and ended up running the depot. ');
  d.t('Cards for ').n(ret.given).t(' are at reception; a card for ').n(ref(r, boss)).t(' too, who turns ' + r.int(70, 90) + ' this year.');
};

const mentoringJournal: T = (r, d) => {
  const [me, mentee] = people(r, 2) as [Person, Person];
  d.t('Mentoring log (').n(me.given).t('): met ').n(mentee.full).t(' over coffee. We talked about ').t(pick(r, LAWS)).t(' and about saying no. ');
  d.n(mentee.given).t(' wants to shadow ').n(person(r).full).t(' in procurement next quarter.');
};

const lostProperty: T = (r, d) => {
  const [f, o] = people(r, 2) as [Person, Person];
  d.t('A wallet handed in by ').n(f.full).t(' at ').t(pick(r, PLACES_NAMED)).t(' held a bank card, ').l('CARD', card(r)).t(', and a driving licence in the name of ').n(o.full).t('. ');
  d.t('The owner was traced via ').l('EMAIL', email(r, o)).t(' and collected it.');
};

const clubMinutes: T = (r, d) => {
  const [cap, tr, sec] = people(r, 3) as [Person, Person, Person];
  d.t('Club AGM. Captain ').n(cap.full).t(' thanked everyone; treasurer ').n(tr.full).t(' reported subs paid into ').l('IBAN', iban(r)).t('. Secretary ').n(sec.given).t(' stands down; nominations to ').l('EMAIL', email(r, sec)).t('.');
  maybe(r, 0.5, () => noise(r, d));
};

const vetNote: T = (r, d) => {
  const o = person(r);
  const pet = pick(r, PETS);
  d.t(`Vaccination reminder for ${pet}, owner `).n(o.full).t(`. ${pet}'s birthday is on ${recent(r, o.cc)}. Owner's number: `).l('PHONE', phone(r, o.cc)).t('.');
};

const postmortem: T = (r, d) => {
  const [oc, ic, sr] = people(r, 3) as [Person, Person, Person];
  d.t('Postmortem: checkout outage.\nTimeline: ').n(oc.full).t(' was paged when ').l('IP', ipv4(r)).t(' stopped answering health checks. ').n(ic.given).t(' took incident command. ');
  d.t('Root cause: a bad route pushed to ').l('IP', ipv6(r)).t(` during ${techNoise(r)}. `).n(sr.full).t(' owns the follow-up.');
};

const callSummarySpoken: T = (r, d) => {
  const [cu, ag] = people(r, 2) as [Person, Person];
  d.t('Call notes (').n(ag.given).t('): caller said her name was ').n(cu.full).t(' and spelled out her e-mail as "').l('EMAIL', spokenEmail(r, cu)).t('". Callback number given as "').l('PHONE', spokenPhone(r)).t('". ');
  d.n(ref(r, cu)).t(' was polite but in a hurry.');
};

const memoryNote: T = (r, d) => {
  const u = person(r);
  const ucc = u.cc;
  d.t('Memory for future sessions: the user is ').self(u.full).t(', born ').l('DOB', dob(r, ucc)).t('. Lives at ').l('ADDRESS', address(r, ucc)).t('. ');
  d.t('Prefers to be called ').n(u.given).t('. Has a cat called ').t(pick(r, PETS)).t('.');
};

const academicReference: T = (r, d) => {
  const [s, prof] = people(r, 2) as [Person, Person];
  d.t('Letter of recommendation for ').n(s.full).t('. I supervised ').n(s.given).t(`'s thesis on ${pick(r, LAWS)} and its critics. `).n(ref(r, s)).t(' was the strongest student in the cohort.\n— ');
  hon(r, d, prof, 'Prof.');
  d.t(', ').l('EMAIL', email(r, prof));
};

const tradesTestimonial: T = (r, d) => {
  const t = person(r, pick(r, CULTURES.filter((c) => c.id === 'us' || c.id === 'uk' || c.id === 'au')));
  d.t('"').n(t.given).t(` fixed our boiler on a Sunday and would not take a tip. Sue me if I ever hire anyone else!" — `).n(person(r).given).t(', ').t(pick(r, ['Leeds', 'Fremantle', 'Dayton'])).t('. Call ').n(t.given).t(' on ').l('PHONE', phone(r, t.cc)).t('.');
};

const pressRelease: T = (r, d) => {
  const [ceo, pr] = people(r, 2) as [Person, Person];
  d.t(`${pick(r, ['Kestrel Logistics', 'Saltmarsh Press', 'Brightwater'])} today named `).n(ceo.full).t(' as chief executive. "We are ready," said ').n(ceo.family).t('. Media contact: ').n(pr.full).t(', ').l('EMAIL', email(r, pr)).t(', ').l('PHONE', phone(r, pr.cc)).t('.');
};

const genealogy: T = (r, d) => {
  const [a, b, c] = people(r, 3) as [Person, Person, Person];
  d.t('Family tree notes: great-great-grandparent ').n(a.full).t(' was born ').l('DOB', dob(r, a.cc, 1850, 1900)).t(' and married ').n(b.full).t(' (b. ').l('DOB', dob(r, b.cc, 1850, 1905)).t('). ');
  d.t('Their son ').n(c.given).t(' emigrated on the ').t(pick(r, ['SS Ravenna', 'RMS Caronia', 'MV Ingrid Sol'])).t('.');
};

const propertyFeedback: T = (r, d) => {
  const [b, ag] = people(r, 2) as [Person, Person];
  d.t('Viewing feedback: ').n(b.full).t(' liked ').l('ADDRESS', address(r, b.cc)).t(' but found the second bedroom small. ').n(ag.given).t(' will send floor plans to ').l('EMAIL', email(r, b)).t('.');
};

const trialEnrolment: T = (r, d) => {
  const p = person(r, pick(r, CULTURES.filter((c) => c.cc.includes('US'))));
  const co = person(r);
  d.t('Participant enrolled: ').n(p.full).t(', DOB ').l('DOB', dob(r, 'US')).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(' (for stipend only). Coordinator ').n(co.full).t(` noted ${pick(r, EPONYMS)} in the exclusions check was negative.`);
};

const gymCancellation: T = (r, d) => {
  const m = person(r);
  d.t('Member ').n(m.full).t(' cancelled after moving to ').l('ADDRESS', address(r, m.cc)).t('. Final direct debit from ').l('IBAN', iban(r)).t('.');
  maybe(r, 0.5, () => extra(r, d, m));
};

const travelItinerary: T = (r, d) => {
  const [t1, t2] = people(r, 2) as [Person, Person];
  d.t('Itinerary for ').n(t1.full).t(' and ').n(t2.given).t(`: depart ${recent(r, t1.cc)}, ${refNo(r)}. Passport no. ${up(r, 2)}${r.digits(7)} on file (not an SSN). Emergency contact `).l('PHONE', phone(r, t1.cc)).t('.');
};

const scholarship: T = (r, d) => {
  const [w, don] = people(r, 2) as [Person, Person];
  d.t(`This year's ${don.family} Scholarship goes to `).n(w.full).t(`, whose project was shortlisted for ${pick(r, LAWS)}. `).n(w.given).t(' thanked ').n(don.full).t("'s family.");
};

const staffMemo: T = (r, d) => {
  const [n1, n2, l] = people(r, 3) as [Person, Person, Person];
  d.t('Please welcome ').n(n1.full).t(', who joins the ').t(pick(r, TEAMS)).t(' team, and ').n(n2.full).t(', our new office manager. ').n(l.given).t(' will buddy with ').n(n1.given).t('. Desk phone: ').l('PHONE', phone(r, n1.cc)).t(`, ext. ${r.int(100, 999)}.`);
};

const takeoverSummary: T = (r, d) => {
  const u = person(r);
  d.t('Account takeover summary: ').n(u.full).t("'s recovery e-mail was changed to ").l('EMAIL', email(r, person(r))).t(' from ').l('IP', ip(r)).t('. The original address ').l('EMAIL', email(r, u)).t(' was restored. ').n(u.given).t(' was advised to rotate passwords.');
  maybe(r, 0.35, () => extra(r, d, u));
};

const parentSummary: T = (r, d) => {
  const u = person(r);
  const [kid, t] = people(r, 2) as [Person, Person];
  d.t('Summary: ').self(u.full).t(' wanted help replying to ').n(t.full).t(", their son's teacher, about ").n(kid.given).t("'s reading. I drafted a polite note and suggested a meeting. ");
  d.t(`The school's ${moneyNoise(r)} came up only in passing.`);
};

const selfJournal: T = (r, d) => {
  const u = person(r);
  const x = person(r);
  d.t(`hi, it's me, `).self(u.full).t('. long day. ').n(x.given).t(' said ').n(pick(r, ['Hope', 'Joy', 'May', 'Will'])).t(` quit the choir?? anyway the ${pick(r, BRANDS)} finally arrived at `).l('ADDRESS', address(r, u.cc)).t('.');
};

const charityStory: T = (r, d) => {
  const [b, w] = people(r, 2) as [Person, Person];
  d.t('When ').n(b.given).t(' first came to us, ').t(pick(r, ['she', 'he', 'they'])).t(' had nowhere to sleep. Our worker ').n(w.full).t(` helped with benefits and a room near ${pick(r, PLACES_NAMED)}. Today `).n(b.given).t(' volunteers with us.');
};

const landlordDispute: T = (r, d) => {
  const u = person(r);
  const ll = person(r);
  d.t('Session recap for ').self(u.full).t(': the dispute with landlord ').n(ll.full).t(' is about the deposit. ');
  hon(r, d, ll);
  d.t(' can be written to at ').l('ADDRESS', address(r, ll.cc, r.chance(0.5))).t('. ').n(u.given).t(' will send photos first.');
};

const backgroundCheck: T = (r, d) => {
  const s = person(r, pick(r, CULTURES.filter((c) => c.cc.includes('US'))));
  d.t('Background check: subject ').n(s.full).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(', DOB ').l('DOB', dob(r, 'US')).t('. Prior addresses: ').l('ADDRESS', address(r, 'US')).t('; ').l('ADDRESS', address(r, 'US')).t('. No records found.');
};

const taxNote: T = (r, d) => {
  const [a, b] = people(r, 2) as [Person, Person];
  d.t('Preparer note: ').n(a.full).t(' (SSN ').l('NATIONAL_ID', ssn(r)).t(') and spouse ').n(b.full).t(' (SSN ').l('NATIONAL_ID', ssn(r)).t(`) file jointly. Employer ${moneyNoise(r)}; refund by direct deposit, ${moneyNoise(r)}. Masked copy shows XXX-XX-${r.digits(4)}.`);
};

const pharmacyNote: T = (r, d) => {
  const [p, ph] = people(r, 2) as [Person, Person];
  d.t('Pharmacist ').n(ph.given).t(' called ').n(p.full).t(' (date of birth ').l('DOB', dob(r, p.cc)).t(') about the interaction with the ').t(pick(r, EPONYMS)).t(' medication. Left a voicemail on ').l('PHONE', phone(r, p.cc)).t('.');
};

const japaneseNote: T = (r, d) => {
  const [fam, giv] = pick(r, JA_NATIVE);
  const w = person(r);
  d.t('対応記録：').n(`${fam}${giv}`).t('様より電話。住所変更の依頼あり。新住所：').l('ADDRESS', `〒${r.digits(3)}-${r.digits(4)} 東京都${pick(r, ['渋谷区神宮前', '世田谷区北沢', '新宿区西新宿'])}${r.int(1, 6)}-${r.int(1, 20)}-${r.int(1, 15)}`).t('。連絡先 ').l('PHONE', phone(r, 'JP')).t('。担当：').n(w.family).t('。');
};

const koreanNote: T = (r, d) => {
  const [fam, giv] = pick(r, KO_NATIVE);
  const [f2, g2] = pick(r, ZH_NATIVE);
  d.t('Handover: ').n(`${fam}${giv}`).t(' 씨 called again about the refund; her colleague ').n(`${f2}${g2}`).t(' 先生 confirmed the transfer to ').l('IBAN', iban(r)).t('. Reply to ').l('EMAIL', email(r, person(r, CULTURES.find((c) => c.id === 'ko')))).t('.');
};

const hospitalDischarge: T = (r, d) => {
  const [p, carer, sw] = people(r, 3) as [Person, Person, Person];
  d.t('Discharge planning: ').n(p.full).t(' goes home to ').l('ADDRESS', address(r, p.cc, true)).t('\nwith support from ').n(carer.full).t(' (').l('PHONE', phone(r, carer.cc)).t('). Social worker ').n(sw.given).t(' to review in a week.');
  maybe(r, 0.35, () => extra(r, d, p));
};

const neighbourhood: T = (r, d) => {
  const [a, b] = people(r, 2) as [Person, Person];
  d.t('Around the block: ').n(a.full).t(` won the marrow contest again, and ${pick(r, ['Mrs', 'Mr', 'Dr'])} `).n(b.family).t(` is organising a bake sale on ${recent(r, b.cc)} near ${pick(r, PLACES_NAMED)}. `).t('Questions to ').l('EMAIL', email(r, b)).t('.');
};

const sponsorshipSsn: T = (r, d) => {
  const p = person(r, pick(r, CULTURES.filter((c) => c.cc.includes('US'))));
  const hr = person(r);
  d.t('Onboarding: ').n(hr.given).t(' verified ').n(p.full).t("'s I-9. SSN ").l('NATIONAL_ID', ssn(r)).t(' matches the card; the ITIN-looking ').t(`9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`).t(' on the old form is not an SSN. Start date ').t(recent(r, 'US')).t('.');
};

const vpnIncident: T = (r, d) => {
  const [u, s] = people(r, 2) as [Person, Person];
  d.t('VPN anomaly: ').n(`${u.family}, ${u.given}`).t(' authenticated from ').l('IP', ip(r)).t(' and, four minutes later, from ').l('IP', ip(r)).t('. ').n(s.full).t(' confirmed ').n(ref(r, u)).t(` was travelling; closed as benign (${techNoise(r)}).`);
};

const cardRecovery: T = (r, d) => {
  const u = person(r);
  d.t('Assistant note: ').self(u.full).t(' reported a lost card. They first read ').t(badCard(r)).t(', then corrected it to ').l('CARD', card(r)).t('. I advised freezing it in the banking app.');
};

const loanNote: T = (r, d) => {
  const [a, g] = people(r, 2) as [Person, Person];
  d.t('Credit memo: applicant ').n(a.full).t(', born ').l('DOB', dob(r, a.cc)).t(', guarantor ').n(g.full).t('. Salary account ').l('IBAN', iban(r)).t('; card ').l('CARD', card(r)).t(' used for the fee.');
  maybe(r, 0.35, () => extra(r, d, a));
};

const interviewPanel: T = (r, d) => {
  const ps = people(r, 5);
  const [c, ...panel] = ps as [Person, ...Person[]];
  d.t('Panel: ');
  panel.forEach((p, i) => {
    if (i > 0) d.t('; ');
    d.n(`${p.family}, ${p.given}`);
  });
  d.t('. Candidate ').n(c.full).t(' interviewed well. Scores forwarded to ').l('EMAIL', email(r)).t('.');
};

const coachingSummary: T = (r, d) => {
  const u = person(r);
  const b = person(r);
  d.t('Coaching summary for ').self(u.full).t(': we practised the conversation with their manager, ').n(b.full).t('. ').n(u.given).t(' will raise workload, not pay, first. Reach ').n(u.given).t(' at ').l('PHONE', phone(r, u.cc)).t(' if the slot moves.');
};

const sportsReport: T = (r, d) => {
  const [a, b, c] = people(r, 3) as [Person, Person, Person];
  d.n(a.full).t(' scored twice as the under-16s beat ').t(pick(r, ['Rovers', 'Athletic', 'United'])).t('. Coach ').n(b.family).t(' praised keeper ').n(c.given).t(', who saved a penalty. ');
  d.t(`Sponsor: ${pick(r, BRANDS)}.`);
};

const landlordScreen: T = (r, d) => {
  const a = person(r, pick(r, CULTURES.filter((c) => c.cc.includes('US'))));
  d.t('Rental application for ').n(a.full).t(`: current address `).l('ADDRESS', address(r, 'US')).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(', phone ').l('PHONE', phone(r, 'US')).t('.');
};

const serverAccess: T = (r, d) => {
  const u = person(r);
  d.t('Access request: ').n(u.full).t(' needs SSH to ').l('IP', ipv4(r)).t(' and ').l('IP', ipv4(r)).t(' for the ').t(pick(r, SOFTWARE)).t(' upgrade. Approved by ').n(person(r).full).t('.');
};

const selfCardDispute: T = (r, d) => {
  const u = person(r);
  const m = person(r);
  d.t('Summary of today\'s chat: ').self(u.full).t(' was charged by a gym they left in spring. The charges hit card ').l('CARD', card(r)).t('. ');
  d.t('They had already e-mailed the gym manager, ').n(m.full).t(', without reply. I drafted a chargeback request for ').n(u.given).t(' to send.');
};

const selfTaxHelp: T = (r, d) => {
  const u = person(r, pick(r, CULTURES.filter((c) => c.cc.includes('US'))));
  const k = person(r);
  d.t('Recap: ').self(u.full).t(' asked which boxes to fill on the W-4. They shared their SSN, ').l('NATIONAL_ID', ssn(r)).t(', which I did not store, and asked about claiming ').n(k.given).t(', who was born ').l('DOB', dob(r, 'US', 2010, 2020)).t('.');
};

const selfSecurityCheck: T = (r, d) => {
  const u = person(r);
  d.t('Assistant session notes. ').self(u.full).t(' noticed unfamiliar sessions from ').l('IP', ip(r)).t(' and ').l('IP', ip(r)).t('. Their home address resolves to ').l('IP', ipv4(r)).t('. We walked through revoking tokens and enabling a passkey.');
};

const subscriptionRefund: T = (r, d) => {
  const [cu, ag] = people(r, 2) as [Person, Person];
  d.t('Refund approved by ').n(ag.full).t(' for ').n(cu.full).t(`, who was billed after cancelling ${pick(r, ['Disney+', 'a meal-kit plan', 'cloud storage'])}. Refund to the original card `).l('CARD', card(r)).t(` within five working days; the card ending ${r.digits(4)} was not touched.`);
};

const chargebackNote: T = (r, d) => {
  const [h, m] = people(r, 2) as [Person, Person];
  d.t('Merchant note: ').n(m.given).t(' at the till swiped ').l('CARD', card(r)).t(' twice for ').n(h.full).t('. The second swipe was voided; ').n(ref(r, h)).t(' also showed us a backup card, ').l('CARD', card(r)).t(', which was not charged.');
};

const weddingVendor: T = (r, d) => {
  const [a, b, pl] = people(r, 2).concat(person(r)) as [Person, Person, Person];
  d.t('Planner notes: ').n(a.given).t(' & ').n(b.given).t(`'s deposit was paid on card `).l('CARD', card(r)).t('. Florist ').n(pl.full).t(' needs the final count by ').t(recent(r, a.cc)).t('.');
};

const benefitsAdvice: T = (r, d) => {
  const c = person(r, pick(r, CULTURES.filter((x) => x.cc.includes('US'))));
  const adv = person(r);
  d.t('Advice session: ').n(adv.full).t(' helped ').n(c.full).t(' with a disability benefits appeal. Claimant SSN ').l('NATIONAL_ID', ssn(r)).t(', born ').l('DOB', dob(r, 'US')).t('. Agency letters go to ').l('ADDRESS', address(r, 'US')).t('.');
};

const loginAudit: T = (r, d) => {
  const ps = people(r, 3);
  d.t('Weekly login audit. ');
  for (const p of ps) {
    d.n(r.chance(0.5) ? p.full : `${p.family}, ${p.given}`).t(' signed in from ').l('IP', ip(r)).t('. ');
  }
  d.t(`Nothing unusual apart from ${techNoise(r)}.`);
};

const selfDepositReturn: T = (r, d) => {
  const u = person(r);
  const ag = person(r);
  d.t('Follow-up summary for ').self(u.full).t(': the agency (contact ').n(ag.full).t(') agreed to return the deposit to ').l('IBAN', iban(r)).t('. I reminded ').n(u.given).t(' that the old account, ').t(badIban(r)).t(', was mistyped on the form.');
};

const payoutChange: T = (r, d) => {
  const [f, fin] = people(r, 2) as [Person, Person];
  d.t('Finance log: freelancer ').n(f.full).t(' asked to move payouts from ').l('IBAN', iban(r)).t(' to ').l('IBAN', iban(r)).t('. ').n(fin.given).t(' called back on the number held on file before approving, per policy.');
};

const studentLoan: T = (r, d) => {
  const s = person(r, pick(r, CULTURES.filter((c) => c.cc.includes('US'))));
  const par = person(r);
  d.t('Financial aid office: ').n(s.full).t(' submitted the FAFSA correction with SSN ').l('NATIONAL_ID', ssn(r)).t('; parent ').n(par.full).t(' added theirs, ').l('NATIONAL_ID', ssn(r)).t(`. The school code and ${moneyNoise(r)} were left blank.`);
};

const PII_TEMPLATES: readonly T[] = [
  caseNote, nursingHandover, opsHandover, incidentReport, complaintWriteup, minutes, sessionSummary, bankingSummary,
  referenceLetter, performanceReview, productReview, newsItem, obituary, birthAnnouncement, weddingAnnouncement, journal,
  hrInvestigation, insuranceClaim, tenancyNote, witnessStatement, pastoralNote, escalation, fraudCase, payrollQuery,
  immigrationNote, volunteerUpdate, referralLetter, therapySummary, probateNote, recruiterNote, hotelIncident,
  airlineDisruption, deliveryComplaint, donorThanks, alumniNews, retirement, mentoringJournal, lostProperty, clubMinutes,
  vetNote, postmortem, callSummarySpoken, memoryNote, academicReference, tradesTestimonial, pressRelease, genealogy,
  propertyFeedback, trialEnrolment, gymCancellation, travelItinerary, scholarship, staffMemo, takeoverSummary,
  parentSummary, selfJournal, charityStory, landlordDispute, backgroundCheck, taxNote, pharmacyNote, japaneseNote,
  koreanNote, hospitalDischarge, neighbourhood, sponsorshipSsn, vpnIncident, cardRecovery, loanNote, interviewPanel,
  coachingSummary, sportsReport, landlordScreen, serverAccess, selfCardDispute, selfTaxHelp, selfSecurityCheck,
  subscriptionRefund, chargebackNote, weddingVendor, benefitsAdvice, loginAudit, selfDepositReturn, payoutChange, studentLoan,
];

// ---------------------------------------------------------------------------------------------------------
// Hard negatives (no PII, many traps)
// ---------------------------------------------------------------------------------------------------------

const releaseNotes: T = (r, d) => {
  d.t(`Release notes, ${techNoise(r)}. The ${pick(r, SOFTWARE)} pipeline now retries flaky jobs; ${techNoise(r)} fixes the ${pick(r, TEAMS)} dashboard. `);
  d.t(`Upgrade path: ${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)} → ${r.int(5, 9)}.${r.int(0, 9)}.0; see ${techNoise(r)}. Listener moved to port ${r.int(1024, 65000)}.`);
};

const diseaseLeaflet: T = (r, d) => {
  const e1 = pick(r, EPONYMS);
  d.t(`Living with ${e1}: what to expect. Symptoms vary from person to person. Your care team may suggest physiotherapy; the Heimlich manoeuvre is covered separately in first-aid training. `);
  d.t(`Clinic reopens on ${recent(r, 'GB')}; bring ${refNo(r)}.`);
};

const stormUpdate: T = (r, d) => {
  d.t(`${pick(r, STORMS)} update: ferries from ${pick(r, ['Holyhead', 'Dover', 'Rosslare'])} are suspended until ${pad(r.int(6, 22))}:00. The ${pick(r, PLACES_NAMED)} closure continues and ${pick(r, SHIPS)} will dock a day late. `);
  d.t(`Rail replacement buses run from ${pick(r, PLACES_NAMED)}. Reference ${refNo(r)}.`);
};

const orderTracking: T = (r, d) => {
  d.t(`Your ${refNo(r)} has shipped. The parcel for ${refNo(r)} is expected on ${recent(r, 'US')}. `);
  d.t(`Items: ${pick(r, BRANDS)}, ${pick(r, BRANDS)}. Paid with ${moneyNoise(r)}.`);
};

const invoiceSummary: T = (r, d) => {
  d.t(`Invoice dated ${recent(r, pick(r, ['US', 'GB', 'DE']))}. Supplier ${moneyNoise(r)}; ${moneyNoise(r)}. `);
  d.t(`The account printed on the old letterhead, ${badIban(r)}, fails validation, and so does the card-like reference ${badCard(r)}. Due in ${r.int(14, 60)} days.`);
};

const productUpdate: T = (r, d) => {
  d.t(`${pick(r, TEAMS)} shipped the ${pick(r, ['Hope', 'Grace', 'Sterling', 'Summit', 'Aurora'])} onboarding flow. Grant applications open ${recent(r, 'GB')}; the Will Writing Service moves to ${pick(r, PLACES_NAMED)}. `);
  d.t(`Metrics: ${r.int(2, 40)}% more sign-ups, ${techNoise(r)}.`);
};

const placesGuide: T = (r, d) => {
  d.t(`Getting here: from ${pick(r, PLACES_NAMED)} walk along Martin Luther King Jr Blvd, past the Lincoln Memorial fountain, to ${pick(r, PLACES_NAMED)}. `);
  d.t(`The ${pick(r, ['Turing', 'Lovelace', 'Curie', 'Mandela'])} Room is on the third floor. Doors open ${pad(r.int(8, 11))}:30.`);
};

const lawExplainer: T = (r, d) => {
  d.t(`Explainer: ${pick(r, LAWS)} and ${pick(r, LAWS)} are often confused. Neither applies to ${pick(r, TEAMS)}. `);
  d.t(`Further reading is filed under ${refNo(r)}.`);
};

const policyText: T = (r, d) => {
  d.t(`Policy: staff must never store a full card number; use the masked form (${moneyNoise(r)}). Social security numbers appear only as ***-**-${r.digits(4)}. `);
  d.t(`Escalate to the on-call lead via the usual rota. Last reviewed ${recent(r, 'GB')}.`);
};

const petClinic: T = (r, d) => {
  const a = pick(r, PETS);
  const b = pick(r, PETS);
  d.t(`Puppy class roster: ${a} (birthday ${recent(r, 'GB')}), ${b} and ${pick(r, PETS)}. ${a} needs the ${pick(r, ['Ruffwear', 'Julius-K9', 'Kong'])} harness. Next class ${recent(r, 'GB')}.`);
};

const fixtures: T = (r, d) => {
  d.t(`Fixtures: Rovers v Athletic, kick-off ${pad(r.int(12, 20))}:${pick(r, ['00', '30', '45'])}; United ${r.int(0, 5)}–${r.int(0, 5)} City. `);
  d.t(`Sponsored by ${pick(r, BRANDS)}. Tickets: ${refNo(r)}.`);
};

const systemIncident: T = (r, d) => {
  d.t(`Incident ${refNo(r)}: ${techNoise(r)}; ${techNoise(r)}; error 0x${r.int(0, 0xfffffff).toString(16)}. `);
  d.t(`${pick(r, SOFTWARE)} restarted cleanly; ${techNoise(r)}. No customer impact.`);
};

const NEGATIVE_TEMPLATES: readonly T[] = [
  releaseNotes, diseaseLeaflet, stormUpdate, orderTracking, invoiceSummary, productUpdate, placesGuide, lawExplainer,
  policyText, petClinic, fixtures, systemIncident,
];

// ---------------------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------------------

/**
 * Generates split #22 for one seed: whole documents until at least `minInstances` labels exist, stopping
 * right after the document that reaches it.
 */
export function generateIndependent22Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent22Entry[] {
  const seed = opts.seed ?? INDEPENDENT22_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT22_MIN_INSTANCES;
  const r = new Rng(seed);
  const out: Independent22Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) {
      pick(r, NEGATIVE_TEMPLATES)(r, d);
      maybe(r, 0.3, () => noise(r, d));
    } else {
      pick(r, PII_TEMPLATES)(r, d);
      maybe(r, 0.25, () => noise(r, d));
    }
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
