/**
 * @module privacy/pii-corpus-independent-21 — blind labelled PII corpus, split 21.
 *
 * WRITTEN BLIND. Read: the `Rng` class of `pii-corpus-values.ts` (nothing after it), `pii-corpus-checks.ts`,
 * the `PiiType` union of `pii/types.ts`, the first 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`),
 * `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. Not read: the detector, its
 * patterns, name lists or tests, any other corpus or template file, docs, benchmarks, git history.
 * Every name, street, template and value here was invented for this split.
 *
 * Seeds: 210001, 210002, 210003. Each seed yields whole documents until at least `minInstances` labels
 * (default 2400) exist. Contents, weighted like an LLM-agent platform's traffic: multi-turn support and
 * assistant chats (~60 %), agent tool traces and API payloads (~15 %), e-mails (~10 %), pasted documents
 * and forms (~10 %), logs (~5 %); about one document in ten is a hard negative with no PII. Over fifteen
 * languages and regional Englishes; values split across turns, corrected, masked, or read back by the agent.
 *
 * Labelling conventions: PERSON = human beings only, honorifics and possessive 's outside the span, one label
 * per contiguous name in any form (initials, surname-only, given-only, ALL CAPS, lower case, "Surname, Given");
 * brands, places, pets, streets, eponymous diseases/laws, @handles and names inside e-mail addresses are not
 * labelled. EMAIL = every address (role addresses too), spoken addresses as the whole spoken span. PHONE = the
 * number only (extension outside), spoken numbers too; masked numbers not. CARD = Luhn-valid numbers of real
 * network shapes; invalid or masked not. IBAN = checksum-valid and right length, any grouping or case.
 * NATIONAL_ID = valid US SSNs only. IP = IPv4/IPv6, port and brackets outside; versions not. ADDRESS = one
 * label per full postal address, multi-line from the first street line to the last postcode/city/country line;
 * recipient names separate PERSON labels. DOB = a person's date of birth only, cue words outside. Values split
 * by a line break, a turn boundary or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT21_SEEDS = [210001, 210002, 210003] as const;
export const INDEPENDENT21_MIN_INSTANCES = 2400;

/** A label carrying its exact text. */
export type Independent21Label = PiiLabel & { readonly value: string };
/** One document of split 21. */
export type Independent21Entry = PiiCorpusEntry & { readonly labels: readonly Independent21Label[] };

/** Builds a document while recording label offsets. */
class Doc {
  text = '';
  readonly labels: Independent21Label[] = [];
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
  /** A multi-line address labelled as one span. */
  a(lines: readonly string[], sep = '\n'): this {
    return this.l('ADDRESS', lines.join(sep));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------

interface Culture {
  readonly given: readonly string[];
  readonly sur: readonly string[];
  /** Surname written first with no separator (zh, ko) or with a space (ja). */
  readonly order?: 'east' | 'eastSpace';
}

const sp = (s: string): string[] => s.split(s.includes('|') ? '|' : ',').map((x) => x.trim());

const CULTURES: Readonly<Record<string, Culture>> = {
  us: { given: sp('Brandon,Kayla,Tyler,Hope,Will,Bill,Grant,Guy,Faith,Dawn,Chance,Destiny,Rusty,Shelby'), sur: sp('Hollister,Pruitt,Barnhart,Whitlock,Grant,Rich,Young,Price,Mays,Cobb,Tillman,Swanson,Kessler,Bishop') },
  uk: { given: sp('Rose,May,Harriet,Alfie,Poppy,Rhys,Imogen,Ollie,Nigel,Gemma,Tamsin,Callum,Frank,Pippa'), sur: sp('Ashdown,Featherstone,Pennington,Cobbold,Wickham,Baker,Thwaite,Moss,Hale,Frost,Pickering,Marsh,Lightfoot,Ridley') },
  ie: { given: sp('Siobhan,Niamh,Cathal,Aoife,Darragh,Orla,Ciaran,Saoirse,Eoin,Grainne'), sur: sp("O'Donovan,McGrath,Fitzgerald,Kinsella,Brennan,Ni Bhriain,Mulcahy,Quigley,Dunne,Cronin") },
  de: { given: sp('Jannik,Wiebke,Torsten,Henrike,Malte,Frauke,Sönke,Ulrike,Jörg,Birte,Till,Gesa'), sur: sp('Kettler,Brandstätter,Hollweg,Niemeyer,Großkopf,Seidenfaden,Vogt,Lindqvist-Maier,Wolff,Schwarzer,Krüger,Hübner') },
  fr: { given: sp('Aurélien,Maëlle,Gaspard,Solène,Théo,Clémence,Yannick,Ophélie,Benoît,Capucine,Margaux'), sur: sp('Lefebvre-Roux,Garnier,Delacroix,Pelletier,Rousseau,Marchand,Fontaine,Bonnet,Chevalier,Lemaire,Duval') },
  es: { given: sp('Iñaki,Lucía,Begoña,Álvaro,Nerea,Rocío,Gonzalo,Maite,Íñigo,Pilar,Amparo'), sur: sp('Echeverría,Ruiz de la Torre,Arrieta,Calvo,Montoya,Salcedo,Villalobos,Ibarra,Peña,Cordero,Mateos') },
  mx: { given: sp('Guadalupe,Jesús,Ximena,Rodrigo,Itzel,Marisol,Emiliano,Dulce,Socorro,Esperanza'), sur: sp('Hernández Olvera,Zúñiga,Cervantes,Tapia,Guzmán,Orozco,Barragán,Ochoa,Quintero,Cisneros') },
  br: { given: sp('Thiago,Luana,Caio,Fernanda,Joaquim,Raíssa,Vinícius,Graça,Anderson,Jéssica,Cauã'), sur: sp('Nascimento,Albuquerque,Figueiredo,Cavalcanti,Moura,Rocha,Brandão,Siqueira,Teixeira,Lacerda,Prado') },
  it: { given: sp('Gianluca,Chiara,Rocco,Benedetta,Ludovica,Pietro,Serena,Ottavio,Assunta,Domenico'), sur: sp('Bellandi,Esposito,Caruso,Fumagalli,Rinaldi,Ferraro,Colombo,Santoro,Pellegrini,Marchetti') },
  nl: { given: sp('Sjoerd,Femke,Joost,Anouk,Maarten,Lieke,Bram,Marloes,Ruud,Ilse'), sur: sp('van der Linden,de Boer,Bakker,Visser,Hoekstra,van Dijk,Smit,Mulder,Brouwer,Kuipers') },
  pl: { given: sp('Agnieszka,Grzegorz,Małgorzata,Wojciech,Zofia,Przemysław,Katarzyna,Jędrzej,Halina,Bartosz'), sur: sp('Wiśniewska,Kowalczyk,Zieliński,Szymańska,Woźniak,Dąbrowski,Grabowska,Pawlak,Michalski,Jabłońska') },
  se: { given: sp('Linnea,Björn,Ebba,Gustav,Saga,Oskar,Maj,Torbjörn,Elsa,Viggo'), sur: sp('Lindqvist,Bergström,Sandberg,Holmgren,Åkesson,Nyström,Sjöberg,Ekdahl,Falk,Wallin') },
  tr: { given: sp('Emre,Elif,Burak,Zeynep,Oğuz,Büşra,Kaan,Ayşegül,Murat,Şule'), sur: sp('Yılmaz,Kaya,Demirci,Öztürk,Aydın,Çelik,Arslan,Doğan,Koç,Şahin') },
  ar: { given: sp('Omar,Layla,Said,Yousef,Fatima,Khalid,Noor,Hamza,Amal,Rania,Tariq'), sur: sp('Al-Mansouri,Haddad,Nasser,El-Sayed,Khoury,Al-Harbi,Mansour,Saleh,Qasim,Bakr') },
  fa: { given: sp('Dariush,Shirin,Kourosh,Parisa,Babak,Nasrin,Arash,Golnaz'), sur: sp('Tehrani,Rostami,Farahani,Moradi,Karimi,Jafari,Sadeghi,Ahmadi') },
  in: { given: sp('Aarav,Priyanka,Rohit,Sneha,Vikram,Ananya,Sunil,Deepa,Karan,Meenakshi,Arjun,Pooja'), sur: sp('Sharma,Iyer,Deshpande,Chatterjee,Reddy,Nair,Malhotra,Kulkarni,Bhattacharya,Menon,Gupta,Verma') },
  ta: { given: sp('Karthik,Lakshmi,Senthil,Revathi,Murugan,Kavya,Balaji,Janani'), sur: sp('Subramanian,Ramasamy,Krishnan,Venkatesan,Pillai,Sundaram,Annamalai,Rajendran') },
  zh: { given: sp('伟,芳,秀英,志强,丽娜,建国,晓明,婷婷,子涵,浩然'), sur: sp('王,李,张,刘,陈,杨,黄,赵,周,吴'), order: 'east' },
  zhr: { given: sp('Wei,Xiaoling,Jun,Mei,Zhiwei,Yuxin,Hao,Lan,Jiahui,Tao'), sur: sp('Zhang,Liu,Chen,Huang,Zhou,Xu,Sun,Ma,Guo,Lin') },
  ja: { given: sp('美咲,翔太,陽菜,大輝,さくら,健一,優子,蓮,真由美,拓也'), sur: sp('田中,佐藤,鈴木,高橋,渡辺,伊藤,山本,中村,小林,加藤'), order: 'eastSpace' },
  jar: { given: sp('Haruto,Yui,Sota,Aoi,Kenji,Naoko,Riku,Emi'), sur: sp('Takahashi,Matsumoto,Inoue,Kimura,Hayashi,Shimizu,Yamaguchi,Mori') },
  ko: { given: sp('민준,서연,지호,하은,도윤,수빈,예준,지우,현우,은지'), sur: sp('김,이,박,최,정,강,조,윤,장,임'), order: 'east' },
  kor: { given: sp('Minjun,Seoyeon,Jiho,Haeun,Doyun,Subin,Yejin,Hyunwoo'), sur: sp('Kim,Lee,Park,Choi,Jung,Kang,Yoon,Jang') },
  vi: { given: sp('Thảo,Minh,Lan,Huy,Ngọc,Tuấn,Phương,Khoa'), sur: sp('Nguyễn,Trần,Lê,Phạm,Hoàng,Vũ,Đặng,Bùi') },
  ph: { given: sp('Jericho,Maricel,Rommel,Lovely,Jhun,Cherry,Joy,Arnel,Princess'), sur: sp('Dela Cruz,Bautista,Villanueva,Mercado,Pascual,Manalo,Dimaculangan,Soriano,Aquino') },
  id: { given: sp('Budi,Siti,Agus,Dewi,Wahyu,Rina,Eko,Putri,Sari'), sur: sp('Santoso,Wijaya,Hidayat,Nugroho,Kusuma,Setiawan,Pratama,Halim') },
  ng: { given: sp('Chinedu,Ngozi,Oluwaseun,Adaeze,Emeka,Funmilayo,Tunde,Blessing,Ifeoma,Gift'), sur: sp('Okonkwo,Adeyemi,Nwosu,Balogun,Eze,Okafor,Adebayo,Obi,Uchenna,Afolabi') },
  ke: { given: sp('Wanjiru,Kamau,Achieng,Otieno,Njeri,Kipchoge,Akinyi,Mwangi'), sur: sp('Kariuki,Odhiambo,Wekesa,Mutua,Chebet,Kiprono,Wafula,Njoroge') },
  ru: { given: sp('Dmitri,Svetlana,Yaroslav,Oksana,Anatoly,Vera,Grigori,Lyudmila'), sur: sp('Volkova,Sokolov,Lebedev,Morozova,Kuznetsov,Orlova,Zaitsev,Belova') },
  gr: { given: sp('Eleni,Giorgos,Dimitra,Stavros,Katerina,Nikos,Sophia,Vasilis'), sur: sp('Papadopoulos,Georgiou,Konstantinidou,Nikolaidis,Alexiou,Pappas,Karamanlis,Vlachou') },
  he: { given: sp('Noa,Itai,Tamar,Yonatan,Shira,Eitan,Maayan,Lior'), sur: sp('Ben-David,Friedman,Mizrahi,Peretz,Avraham,Shapiro,Katz,Levi') },
  au: { given: sp('Bronwyn,Lachlan,Kylie,Mitchell,Tegan,Jarrah,Shane,Brooke'), sur: sp('McAllister,Fairweather,Dunstan,Ellery,Burgess,Cartwright,Pendlebury,Loxton') },
};
const CULTURE_KEYS = Object.keys(CULTURES);

interface Person {
  readonly given: string;
  readonly sur: string;
  readonly full: string;
  readonly cult: string;
}

function person(r: Rng, cult?: string): Person {
  const key = cult ?? r.pick(CULTURE_KEYS);
  const c = CULTURES[key] ?? CULTURES.us!;
  const given = r.pick(c.given);
  const sur = r.pick(c.sur);
  const full = c.order === 'east' ? sur + given : c.order === 'eastSpace' ? `${sur} ${given}` : `${given} ${sur}`;
  return { given, sur, full, cult: key };
}

const isEast = (p: Person): boolean => ['zh', 'ja', 'ko'].includes(p.cult);

/** A name form for a third-party mention (the whole returned string is the label). */
function nameForm(r: Rng, p: Person): string {
  if (isEast(p)) return r.chance(0.6) ? p.full : p.sur;
  const k = r.int(0, 9);
  if (k === 0) return `${p.given.charAt(0)}. ${p.sur}`;
  if (k === 1) return `${p.sur}, ${p.given}`;
  if (k === 2) return p.full.toUpperCase();
  if (k === 3) return p.full.toLowerCase();
  if (k === 4) return p.given;
  return p.full;
}

const HONORIFIC: Readonly<Record<string, readonly string[]>> = {
  de: ['Frau', 'Herr', 'Dr.'], fr: ['M.', 'Mme', 'Maître'], es: ['Sra.', 'Sr.', 'D.ª'], mx: ['Lic.', 'Sra.', 'Ing.'],
  br: ['Sr.', 'Sra.', 'Dra.'], it: ['Sig.ra', 'Dott.', 'Avv.'], nl: ['mevrouw', 'meneer'], pl: ['Pani', 'Pan'],
  tr: ['Sayın'], us: ['Mr.', 'Ms.', 'Dr.', 'Mrs.'], uk: ['Mr', 'Mrs', 'Dr', 'Ms'],
};
function honor(r: Rng, p: Person): string {
  return r.pick(HONORIFIC[p.cult] ?? ['Mr.', 'Ms.', 'Dr.']);
}

// ---------------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------------

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/ı/g, 'i').replace(/ø/g, 'o');
}
const HANDLES = sp('sunflower,bluejay,quietfox,mapleleaf,nightowl,redkite,pixelpea,tidepool,oakmoss,lumen');
const DOMAINS = sp('gmail.com,outlook.com,yahoo.co.uk,web.de,gmx.net,orange.fr,libero.it,hotmail.es,uol.com.br,naver.com,qq.com,yahoo.co.jp,rediffmail.com,proton.me,icloud.com,mail.ru,bigpond.com,t-online.de,wp.pl,telia.se');
const ORG_DOMAINS = sp('larkspur-logistics.com,tidewell.io,brennholz-gmbh.de,quillmark.co.uk,serrano-asesores.es,pontevia.it,kanaalzicht.nl,harbourmint.com.au,orbitfold.dev,nimbuscrate.com');

function email(r: Rng, p?: Person): string {
  const g = p ? ascii(p.given).toLowerCase().replace(/[^a-z]/g, '') : '';
  const s = p ? ascii(p.sur).toLowerCase().replace(/[^a-z]/g, '') : '';
  let local: string;
  if (!g || !s) local = `${r.pick(HANDLES)}${r.int(1, 999)}`;
  else {
    const k = r.int(0, 5);
    local = k === 0 ? `${g}.${s}` : k === 1 ? `${g.charAt(0)}${s}` : k === 2 ? `${g}_${s}${r.int(70, 99)}` : k === 3 ? `${s}.${g}` : k === 4 ? `${g}${r.int(1, 2024)}` : `${g}.${s.charAt(0)}`;
  }
  return `${local}@${r.chance(0.25) ? r.pick(ORG_DOMAINS) : r.pick(DOMAINS)}`;
}
function roleEmail(r: Rng): string {
  return `${r.pick(sp('support,billing,hr,privacy,noreply,info,accounts,facturacion,kundenservice'))}@${r.pick(ORG_DOMAINS)}`;
}
const WORD = sp('zero,one,two,three,four,five,six,seven,eight,nine');
function spokenEmail(e: string): string {
  return e.replace(/\./g, ' dot ').replace('@', ' at ').replace(/_/g, ' underscore ').replace(/\s+/g, ' ').trim();
}

const d = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng): string => String(r.int(2, 9));

/** Phones by country, written the way each country does. */
const PHONES: Readonly<Record<string, (r: Rng) => string>> = {
  us: (r) => r.pick([`(${nz(r)}${d(r, 2)}) ${nz(r)}${d(r, 2)}-${d(r, 4)}`, `+1 ${nz(r)}${d(r, 2)}-${nz(r)}${d(r, 2)}-${d(r, 4)}`, `${nz(r)}${d(r, 2)}.${nz(r)}${d(r, 2)}.${d(r, 4)}`]),
  uk: (r) => r.pick([`07${d(r, 3)} ${d(r, 6)}`, `+44 7${d(r, 3)} ${d(r, 6)}`, `020 7${d(r, 3)} ${d(r, 4)}`, `+44 (0)161 ${d(r, 3)} ${d(r, 4)}`]),
  de: (r) => r.pick([`+49 30 ${d(r, 8)}`, `0151 ${d(r, 8)}`, `089/${d(r, 7)}`, `+49 (0)40 ${d(r, 3)} ${d(r, 4)}`]),
  fr: (r) => r.pick([`06 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `+33 6 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `01.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}`]),
  es: (r) => r.pick([`6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `+34 91 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`]),
  mx: (r) => r.pick([`+52 55 ${d(r, 4)} ${d(r, 4)}`, `33 ${d(r, 4)} ${d(r, 4)}`]),
  br: (r) => r.pick([`(11) 9${d(r, 4)}-${d(r, 4)}`, `+55 21 9${d(r, 4)}-${d(r, 4)}`]),
  it: (r) => r.pick([`3${d(r, 2)} ${d(r, 3)} ${d(r, 4)}`, `+39 02 ${d(r, 4)} ${d(r, 4)}`]),
  nl: (r) => r.pick([`06-${d(r, 8)}`, `+31 6 ${d(r, 4)} ${d(r, 4)}`, `020 ${d(r, 3)} ${d(r, 4)}`]),
  pl: (r) => r.pick([`${r.pick(['501', '602', '721', '884'])} ${d(r, 3)} ${d(r, 3)}`, `+48 22 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`]),
  se: (r) => r.pick([`070-${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+46 8 ${d(r, 3)} ${d(r, 3)} ${d(r, 2)}`]),
  tr: (r) => r.pick([`0532 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+90 212 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`]),
  in: (r) => r.pick([`+91 9${d(r, 4)} ${d(r, 5)}`, `09${d(r, 3)}-${d(r, 6)}`, `080-${d(r, 8)}`]),
  ja: (r) => r.pick([`090-${d(r, 4)}-${d(r, 4)}`, `03-${d(r, 4)}-${d(r, 4)}`, `+81 80-${d(r, 4)}-${d(r, 4)}`]),
  ko: (r) => r.pick([`010-${d(r, 4)}-${d(r, 4)}`, `+82 10-${d(r, 4)}-${d(r, 4)}`, `02-${d(r, 3)}-${d(r, 4)}`]),
  zh: (r) => r.pick([`138 ${d(r, 4)} ${d(r, 4)}`, `+86 139-${d(r, 4)}-${d(r, 4)}`, `(010) ${d(r, 4)} ${d(r, 4)}`]),
  au: (r) => r.pick([`04${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `+61 4${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `(02) ${d(r, 4)} ${d(r, 4)}`]),
  ng: (r) => r.pick([`0803 ${d(r, 3)} ${d(r, 4)}`, `+234 81${d(r, 1)} ${d(r, 3)} ${d(r, 4)}`]),
  sg: (r) => r.pick([`+65 9${d(r, 3)} ${d(r, 4)}`, `8${d(r, 3)} ${d(r, 4)}`]),
  id: (r) => r.pick([`0812-${d(r, 4)}-${d(r, 4)}`, `+62 21 ${d(r, 4)} ${d(r, 4)}`]),
  ph: (r) => r.pick([`0917 ${d(r, 3)} ${d(r, 4)}`, `+63 2 ${d(r, 4)} ${d(r, 4)}`]),
  ke: (r) => r.pick([`0712 ${d(r, 3)} ${d(r, 3)}`, `+254 722 ${d(r, 6)}`]),
};
function phone(r: Rng, cc?: string): string {
  const f = (cc && PHONES[cc]) || PHONES[r.pick(Object.keys(PHONES))] || PHONES.us!;
  return f(r);
}
function spokenDigits(digits: string): string {
  return [...digits].map((c) => WORD[Number(c)] ?? c).join(' ');
}

function luhnFinish(partial: string): string {
  for (let k = 0; k < 10; k++) if (luhnValid(partial + String(k))) return partial + String(k);
  return partial + '0';
}
/** A Luhn-valid card number of a real network shape, digits only. */
function cardDigits(r: Rng): string {
  const k = r.int(0, 9);
  if (k <= 2) return luhnFinish('4' + d(r, 14));
  if (k === 3) return luhnFinish(String(r.int(51, 55)) + d(r, 13));
  if (k === 4) return luhnFinish(String(r.int(2221, 2720)) + d(r, 11));
  if (k === 5) return luhnFinish(r.pick(['34', '37']) + d(r, 12));
  if (k === 6) return luhnFinish(r.pick(['6011', '65' + d(r, 2)]) + d(r, 11));
  if (k === 7) return luhnFinish(String(r.int(3528, 3589)) + d(r, 11));
  if (k === 8) return luhnFinish('36' + d(r, 11));
  return luhnFinish('62' + d(r, 13));
}
function groupCard(r: Rng, c: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (c.length === 15) return [c.slice(0, 4), c.slice(4, 10), c.slice(10)].join(sep);
  if (c.length === 14) return [c.slice(0, 4), c.slice(4, 10), c.slice(10)].join(sep);
  return (c.match(/.{1,4}/g) ?? [c]).join(sep);
}
function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}
/** Same shape, Luhn check broken. */
function badCard(r: Rng): string {
  const c = cardDigits(r);
  const last = Number(c.charAt(c.length - 1));
  return groupCard(r, c.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  let bban = '';
  if (cc === 'GB' || cc === 'NL' || cc === 'IE') {
    for (let i = 0; i < 4; i++) bban += LETTERS.charAt(r.int(0, 25));
    bban += d(r, len - 8);
  } else bban = d(r, len - 4);
  const cd = 98 - mod97(bban + cc + '00');
  return cc + String(cd).padStart(2, '0') + bban;
}
function groupIban(r: Rng, c: string): string {
  const k = r.int(0, 5);
  if (k === 0) return c;
  if (k === 1) return (c.match(/.{1,4}/g) ?? [c]).join(' ').toLowerCase();
  return (c.match(/.{1,4}/g) ?? [c]).join(' ');
}
const IBAN_CC = Object.keys(IBAN_LENGTHS);
function iban(r: Rng, cc?: string): string {
  const c = ibanCompact(r, cc ?? r.pick(IBAN_CC));
  if (!ibanMod97Valid(c)) throw new Error('iban');
  return groupIban(r, c);
}
function badIban(r: Rng, cc?: string): string {
  const c = ibanCompact(r, cc ?? r.pick(IBAN_CC));
  const cd = Number(c.slice(2, 4));
  const wrong = String(cd >= 50 ? cd - r.int(1, 40) : cd + r.int(1, 40)).padStart(2, '0');
  return groupIban(r, c.slice(0, 2) + wrong + c.slice(4));
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = String(r.int(1, 99)).padStart(2, '0');
  const s = String(r.int(1, 9999)).padStart(4, '0');
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}
function maskedSsn(r: Rng): string {
  return r.pick([`***-**-${d(r, 4)}`, `XXX-XX-${d(r, 4)}`, `xxx-xx-${d(r, 4)}`]);
}

function ipv4(r: Rng): string {
  const first = r.pick([r.int(1, 223), 10, 172, 192, 203, 198, 81, 100]);
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const k = r.int(0, 3);
  if (k === 0) return `2001:db8:${h()}:${h()}::${h()}`;
  if (k === 1) return `${r.pick(['2a02', '2600', '2406', 'fe80'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (k === 2) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  return `::ffff:${ipv4(r)}`;
}
const ip = (r: Rng): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));

// Dates ---------------------------------------------------------------------------------------------------
const MON_EN = sp('January,February,March,April,May,June,July,August,September,October,November,December');
const MON_DE = sp('Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember');
const MON_FR = sp('janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre');
const MON_ES = sp('enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre');
const MON_PT = sp('janeiro,fevereiro,março,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro');
const MON_IT = sp('gennaio,febbraio,marzo,aprile,maggio,giugno,luglio,agosto,settembre,ottobre,novembre,dicembre');
const MON_NL = sp('januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december');
const MON_PL = sp('stycznia,lutego,marca,kwietnia,maja,czerwca,lipca,sierpnia,września,października,listopada,grudnia');
const MON_SV = sp('januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december');
const MON_TR = sp('Ocak,Şubat,Mart,Nisan,Mayıs,Haziran,Temmuz,Ağustos,Eylül,Ekim,Kasım,Aralık');

interface Ymd {
  y: number;
  m: number;
  dd: number;
}
function ymd(r: Rng, lo = 1938, hi = 2006): Ymd {
  return { y: r.int(lo, hi), m: r.int(1, 12), dd: r.int(1, 28) };
}
const p2 = (n: number): string => String(n).padStart(2, '0');
const mon = (xs: readonly string[], m: number): string => xs[m - 1] ?? '';
/** A date written the way a locale writes it. */
function fmtDate(r: Rng, loc: string, x: Ymd): string {
  const { y, m, dd } = x;
  switch (loc) {
    case 'us': return r.pick([`${p2(m)}/${p2(dd)}/${y}`, `${m}/${dd}/${y}`, `${mon(MON_EN, m)} ${dd}, ${y}`, `${mon(MON_EN, m).slice(0, 3)} ${dd} ${y}`]);
    case 'uk': case 'au': case 'ng': case 'ie': case 'sg': return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} ${mon(MON_EN, m)} ${y}`, `${dd}${dd === 1 || dd === 21 ? 'st' : dd === 2 || dd === 22 ? 'nd' : dd === 3 || dd === 23 ? 'rd' : 'th'} ${mon(MON_EN, m)} ${y}`]);
    case 'in': return r.pick([`${p2(dd)}-${p2(m)}-${y}`, `${p2(dd)}/${p2(m)}/${y}`, `${dd} ${mon(MON_EN, m).slice(0, 3)} ${y}`]);
    case 'de': return r.pick([`${p2(dd)}.${p2(m)}.${y}`, `${dd}. ${mon(MON_DE, m)} ${y}`]);
    case 'fr': return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd === 1 ? '1er' : dd} ${mon(MON_FR, m)} ${y}`]);
    case 'es': case 'mx': return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} de ${mon(MON_ES, m)} de ${y}`]);
    case 'br': return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} de ${mon(MON_PT, m)} de ${y}`]);
    case 'it': return r.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} ${mon(MON_IT, m)} ${y}`]);
    case 'nl': return r.pick([`${p2(dd)}-${p2(m)}-${y}`, `${dd} ${mon(MON_NL, m)} ${y}`]);
    case 'pl': return r.pick([`${p2(dd)}.${p2(m)}.${y}`, `${dd} ${mon(MON_PL, m)} ${y} r.`]);
    case 'se': return r.pick([`${y}-${p2(m)}-${p2(dd)}`, `${dd} ${mon(MON_SV, m)} ${y}`]);
    case 'tr': return r.pick([`${p2(dd)}.${p2(m)}.${y}`, `${dd} ${mon(MON_TR, m)} ${y}`]);
    case 'ja': return r.pick([`${y}年${m}月${dd}日`, `${y}/${p2(m)}/${p2(dd)}`]);
    case 'zh': return `${y}年${m}月${dd}日`;
    case 'ko': return r.pick([`${y}년 ${m}월 ${dd}일`, `${y}.${p2(m)}.${p2(dd)}`]);
    default: return `${y}-${p2(m)}-${p2(dd)}`;
  }
}

// Addresses (lines) -----------------------------------------------------------------------------------------
const US_ST = sp('Larchmont Ave,Quarry Hill Rd,W Pinecrest Blvd,Sorrel Ln,Copperfield Dr,N Halsted Ct,Bramblewood Way,Tamarack St');
const US_CITY = sp('Dayton, OH 45409|Boise, ID 83702|Tacoma, WA 98405|Savannah, GA 31401|Lowell, MA 01852|Tucson, AZ 85719|Madison, WI 53703');
const UK_ST = sp('Foxglove Road,Abbotsfield Close,Mill Lane,Harrowgate Terrace,Kingfisher Walk,Cobham Mews');
const UK_TOWN = sp('Leeds LS6 2QT,Bristol BS7 8NX,Norwich NR2 4HB,York YO31 7EH,Cardiff CF24 3AA,Reading RG1 5JR');
const DE_ST = sp('Lindenhofstraße,Am Kiesgrund,Birkenweg,Hafenkamp,Sonnenbühl,Grevenbroicher Str.');
const DE_CITY = sp('10437 Berlin,50823 Köln,80469 München,20357 Hamburg,04229 Leipzig,70173 Stuttgart');
const FR_ST = sp('rue des Tanneurs,avenue du Clos-Vert,boulevard Saint-Aurèle,impasse des Glycines,allée des Peupliers');
const FR_CITY = sp('75011 Paris,69003 Lyon,33000 Bordeaux,31400 Toulouse,44000 Nantes');
const ES_ST = sp('Calle del Almendro,Avenida de los Tilos,Carrer de la Pruna,Calle Mayor,Paseo de la Ribera');
const ES_CITY = sp('28013 Madrid,08012 Barcelona,46004 Valencia,41003 Sevilla,48009 Bilbao');
const BR_ST = sp('Rua das Acácias,Avenida Ipanguaçu,Rua Professor Lemos,Travessa do Mirante');
const BR_CITY = sp('São Paulo - SP, 04532-010|Rio de Janeiro - RJ, 22071-900|Belo Horizonte - MG, 30130-110|Curitiba - PR, 80010-000');
const IT_ST = sp('Via dei Mille,Via Borgonuovo,Corso Venezia,Viale delle Rimembranze,Via San Fulgenzio');
const IT_CITY = sp('20121 Milano MI,00184 Roma RM,40126 Bologna BO,10123 Torino TO,80134 Napoli NA');
const NL_ST = sp('Keizerslaan,Bloemgracht,Oude Vismarkt,Zeeheldenkade,Lijsterbeslaan');
const NL_CITY = sp('1015 DV Amsterdam,3512 KX Utrecht,2511 AB Den Haag,9711 LM Groningen');
const PL_ST = sp('ul. Kwiatowa,ul. Leśna,al. Jerozolimskie,ul. Piastowska,ul. Ogrodowa');
const PL_CITY = sp('00-695 Warszawa,31-042 Kraków,80-831 Gdańsk,50-077 Wrocław');
const IN_AREA = sp('Indiranagar, Bengaluru 560038|Koregaon Park, Pune 411001|Salt Lake Sector V, Kolkata 700091|Banjara Hills, Hyderabad 500034|Adyar, Chennai 600020');
const AU_SUB = sp('Fitzroy VIC 3065,Paddington NSW 2021,New Farm QLD 4005,Fremantle WA 6160,Glenelg SA 5045');
const JA_ADDR = sp('東京都世田谷区太子堂3-14-2,大阪府大阪市北区天満1-8-19,神奈川県横浜市中区山手町7-3,京都府京都市左京区北白川5-2-11');
const KO_ADDR = sp('서울특별시 마포구 양화로 45,부산광역시 해운대구 센텀중앙로 78,서울특별시 강남구 테헤란로 152');
const ZH_ADDR = sp('上海市徐汇区漕溪北路88号,北京市朝阳区建国路71号,广州市天河区体育西路103号,深圳市南山区科技园南区9栋');
const SE_ST = sp('Storgatan,Björkvägen,Hornsgatan,Sjövallen');
const SE_CITY = sp('114 55 Stockholm,413 04 Göteborg,211 42 Malmö,753 20 Uppsala');
const TR_ADDR = sp('Bağdat Cad. No: 214 D: 7, 34728 Kadıköy/İstanbul|Atatürk Bulvarı No: 58/3, 06420 Çankaya/Ankara');

const ADDR: Readonly<Record<string, (r: Rng) => string[]>> = {
  us: (r) => [`${r.int(12, 9870)} ${r.pick(US_ST)}${r.chance(0.3) ? ` Apt ${r.int(1, 40)}${r.pick(['A', 'B', ''])}` : ''}`, r.pick(US_CITY)],
  uk: (r) => [`${r.int(1, 220)} ${r.pick(UK_ST)}`, r.pick(UK_TOWN)],
  de: (r) => [`${r.pick(DE_ST)} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}`, r.pick(DE_CITY)],
  fr: (r) => [`${r.int(1, 120)}${r.pick(['', ' bis'])} ${r.pick(FR_ST)}`, r.pick(FR_CITY)],
  es: (r) => [`${r.pick(ES_ST)}, ${r.int(1, 90)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'izq.'])}`, r.pick(ES_CITY)],
  br: (r) => [`${r.pick(BR_ST)}, ${r.int(10, 2400)}${r.chance(0.4) ? ` - apto ${r.int(11, 304)}` : ''}`, r.pick(BR_CITY)],
  it: (r) => [`${r.pick(IT_ST)} ${r.int(1, 160)}`, r.pick(IT_CITY)],
  nl: (r) => [`${r.pick(NL_ST)} ${r.int(1, 300)}${r.pick(['', '-II', ' hs'])}`, r.pick(NL_CITY)],
  pl: (r) => [`${r.pick(PL_ST)} ${r.int(1, 99)}/${r.int(1, 40)}`, r.pick(PL_CITY)],
  in: (r) => [`Flat ${r.int(1, 12)}0${r.int(1, 4)}, ${r.pick(['Sai Krupa Residency', 'Green Glen Layout', 'Prestige Palms', 'Shanti Niwas'])}`, r.pick(IN_AREA)],
  au: (r) => [`${r.pick(['Unit ' + String(r.int(1, 30)) + '/', ''])}${r.int(2, 400)} ${r.pick(['Brunswick St', 'Oxford St', 'Merthyr Rd', 'Marine Pde'])}`, r.pick(AU_SUB)],
  ja: (r) => [`〒${d(r, 3)}-${d(r, 4)} ${r.pick(JA_ADDR)}`],
  ko: (r) => [`${r.pick(KO_ADDR)}, ${r.int(101, 1204)}호`],
  zh: (r) => [`${r.pick(ZH_ADDR)}${r.int(1, 30)}楼${r.int(101, 2803)}室`],
  se: (r) => [`${r.pick(SE_ST)} ${r.int(1, 60)}`, r.pick(SE_CITY)],
  tr: (r) => [r.pick(TR_ADDR)],
};
function addrLines(r: Rng, cc?: string): string[] {
  const f = (cc && ADDR[cc]) || ADDR[r.pick(Object.keys(ADDR))] || ADDR.us!;
  return f(r);
}
/** A single-line address. */
function addr1(r: Rng, cc?: string): string {
  return addrLines(r, cc).join(', ');
}

// ---------------------------------------------------------------------------------------------------------
// Distractors (never labelled)
// ---------------------------------------------------------------------------------------------------------
const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
const EPONYMS = sp("Parkinson's disease,Crohn's,Hashimoto's thyroiditis,Asperger's,Tourette syndrome,Raynaud's,Alzheimer's,Bell's palsy");
const BRANDS = sp('Ford Ranger,Dell XPS,Tesla Model 3,Mercedes-Benz,Ben & Jerry’s,Tim Hortons,Johnnie Walker,Jack Daniel’s,Ferrero Rocher,Dr. Martens,Louis Vuitton,Hugo Boss');
const PLACES = sp('Victoria Station,Lake Louise,St. Petersburg,Washington Square,Charles de Gaulle airport,Kennedy Space Center,Mount Kosciuszko,Rosa Luxemburg Platz');
const LAWS = sp("Murphy's law,the Sarbanes-Oxley Act,Moore's law,the Nobel Prize,the Turing Award,Hooke's law");
const TEAMS = sp('Team Falcon,Project Bluebird,the Helios rollout,Orion squad,Phoenix Guild');
const PETS = sp('Biscuit,Luna,Mochi,Captain,Pepper,Winston,Maple,Ziggy');
function orderNo(r: Rng): string {
  return r.pick([`#${d(r, 7)}`, `ORD-${d(r, 4)}-${hex(r, 4).toUpperCase()}`, `A${d(r, 9)}`, `1Z${hex(r, 6).toUpperCase()}${d(r, 10)}`]);
}
function caseNo(r: Rng): string {
  return r.pick([`CS-${d(r, 6)}`, `INC${d(r, 7)}`, `TKT-${d(r, 5)}`, `case ${d(r, 8)}`]);
}
function version(r: Rng): string {
  return r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 12)}`, `${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 20)}.${r.int(100, 999)}`, `build ${r.int(20, 26)}.${r.int(1, 12)}.${r.int(0, 9)}`]);
}
function someDate(r: Rng): string {
  return `20${r.int(24, 27)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`;
}
function ts(r: Rng): string {
  return `${someDate(r)}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${d(r, 3)}Z`;
}
const ein = (r: Rng): string => `${d(r, 2)}-${d(r, 7)}`;
const routing = (r: Rng): string => r.pick(['021000021', '121000358', '026009593', '011401533']);

// ---------------------------------------------------------------------------------------------------------
// Locales for chats
// ---------------------------------------------------------------------------------------------------------
interface Locale {
  readonly cc: string;
  readonly cult: readonly string[];
  readonly ibanCc: string;
  readonly roles: readonly [string, string];
  readonly hi: readonly string[];
  readonly ask: string;
  readonly me: string;
  readonly mail: string;
  readonly tel: string;
  readonly adr: string;
  readonly born: string;
  readonly bank: string;
  readonly rb: string;
  readonly fix: string;
  readonly ok: string;
}
const L = (
  cc: string, cult: string, ibanCc: string, roles: [string, string], hi: string, ask: string, me: string, mail: string,
  tel: string, adr: string, born: string, bank: string, rb: string, fix: string, ok: string,
): Locale => ({ cc, cult: sp(cult), ibanCc, roles, hi: hi.split('|'), ask, me, mail, tel, adr, born, bank, rb, fix, ok });

const LOCALES: readonly Locale[] = [
  L('us', 'us,mx,kor,zhr,ng', 'DE', ['User', 'Assistant'], 'hey, I need to update my account info|Hi there! my package never showed up and I want a refund|hello I want to change the details on my subscription', 'Sure, I can help with that. Can I get your full name first?', 'it’s ', 'email is ', 'best number to reach me is ', 'ship to ', 'DOB ', 'refund to this IBAN please: ', 'Thanks! Just to confirm, ', 'oops typo, it should be ', 'All set — your profile is updated.'),
  L('uk', 'uk,ie,in,ng', 'GB', ['Customer', 'Agent'], 'Hiya, I’ve moved house and need to change my details|Hello, I think I was charged twice this month|Morning, can you sort out my direct debit?', 'Of course, could I take your full name please?', 'It’s ', 'my email’s ', 'mobile: ', 'new address is ', 'date of birth ', 'sort the refund into my account please, IBAN ', 'Lovely, let me read that back: ', 'sorry, mistyped — it’s ', 'Brilliant, that’s all updated for you.'),
  L('in', 'in,ta', 'GB', ['User', 'Bot'], 'Hello sir, my order is not delivered till now|Hi, kindly update my KYC details|Good evening, need help with my EMI payment', 'Sure! Please share your registered name.', 'myself ', 'mail id: ', 'contact no. ', 'kindly deliver to ', 'DOB is ', 'please do the refund in account ', 'Noted. Confirming: ', 'sorry sir, correct one is ', 'Thank you for your patience, details are updated.'),
  L('au', 'au,uk,vi', 'GB', ['user', 'assistant'], 'g’day, need to update my postal address|hey mate, my parcel’s gone walkabout|hi, can I change the card on my plan?', 'No worries! What’s your full name?', 'name’s ', 'email: ', 'mob ', 'send it to ', 'born ', 'pay it back into ', 'Cheers, just confirming ', 'whoops, make that ', 'Too easy, all updated.'),
  L('ng', 'ng,ke', 'GB', ['Customer', 'Support'], 'Good afternoon, please my transfer has not reflected|Hello, I want to update my profile abeg|Please I need help with my account', 'You are welcome. Kindly provide your full name.', 'my name is ', 'my email na ', 'my line is ', 'my address is ', 'I was born on ', 'account IBAN for the refund: ', 'Thank you. To confirm: ', 'sorry, the correct one is ', 'Your request has been treated.'),
  L('sg', 'zhr,in,id,ph', 'GB', ['User', 'Assistant'], 'Hi, can help me change my delivery address?|hello, my card kena charged twice leh|Hi, I want to update my contact lah', 'Sure, may I have your full name?', 'I’m ', 'email is ', 'HP: ', 'deliver to ', 'DOB ', 'refund to ', 'Ok, confirming ', 'sorry typo, is ', 'Done, updated already.'),
  L('de', 'de,tr,pl', 'DE', ['Kunde', 'Assistent'], 'Hallo, ich bin umgezogen und möchte meine Adresse ändern.|Guten Tag, meine Bestellung ist nicht angekommen.|Hi, ich möchte meine Bankverbindung aktualisieren.', 'Gerne helfe ich Ihnen. Wie lautet Ihr vollständiger Name?', 'Ich heiße ', 'E-Mail: ', 'Telefon ', 'neue Anschrift: ', 'geboren am ', 'Erstattung bitte auf IBAN ', 'Danke! Zur Kontrolle: ', 'Korrektur, richtig ist ', 'Vielen Dank, Ihre Daten wurden aktualisiert.'),
  L('fr', 'fr,ar', 'FR', ['Client', 'Assistant'], 'Bonjour, je souhaite modifier mes coordonnées.|Bonsoir, ma commande n’est jamais arrivée.|Salut, j’ai un souci avec mon prélèvement.', 'Bien sûr. Pouvez-vous me donner votre nom complet ?', 'Je m’appelle ', 'mon e-mail : ', 'mon portable : ', 'ma nouvelle adresse : ', 'née le ', 'merci de rembourser sur l’IBAN ', 'Merci, je récapitule : ', 'pardon, c’est plutôt ', 'C’est noté, vos informations sont à jour.'),
  L('es', 'es', 'ES', ['Cliente', 'Asistente'], 'Hola, quiero cambiar la dirección de envío.|Buenas, me han cobrado dos veces.|Hola, necesito actualizar mis datos.', 'Claro, ¿me indica su nombre completo?', 'Soy ', 'mi correo es ', 'mi móvil: ', 'la dirección nueva es ', 'fecha de nacimiento: ', 'el reembolso a esta cuenta: ', 'Gracias, confirmo: ', 'perdón, es ', 'Listo, sus datos están actualizados.'),
  L('mx', 'mx', 'ES', ['Usuario', 'Asistente'], 'Buenas tardes, no me ha llegado mi pedido|Hola, quiero cambiar mi número de contacto', '¡Con gusto! ¿Me compartes tu nombre completo?', 'me llamo ', 'correo: ', 'cel ', 'mi domicilio: ', 'nací el ', 'cuenta para el reembolso: ', 'Perfecto, confirmo: ', 'me equivoqué, es ', '¡Listo! Quedó actualizado.'),
  L('br', 'br', 'BR', ['Cliente', 'Atendente'], 'Oi, preciso trocar meu endereço de entrega|Olá, fui cobrada duas vezes no cartão|Bom dia, quero atualizar meu cadastro', 'Claro! Pode me informar seu nome completo?', 'meu nome é ', 'e-mail: ', 'celular ', 'endereço novo: ', 'nascimento: ', 'reembolso nessa conta: ', 'Obrigado! Confirmando: ', 'ops, o certo é ', 'Pronto, cadastro atualizado.'),
  L('it', 'it', 'IT', ['Cliente', 'Assistente'], 'Buongiorno, devo cambiare l’indirizzo di spedizione|Salve, il rimborso non è ancora arrivato', 'Certo, mi può dire nome e cognome?', 'Sono ', 'la mia email è ', 'cellulare ', 'nuovo indirizzo: ', 'nato il ', 'IBAN per il rimborso: ', 'Grazie, riepilogo: ', 'scusi, è ', 'Perfetto, dati aggiornati.'),
  L('nl', 'nl', 'NL', ['Klant', 'Assistent'], 'Hoi, ik ben verhuisd en wil mijn adres wijzigen|Goedemiddag, mijn pakket is niet bezorgd', 'Natuurlijk! Wat is uw volledige naam?', 'Ik ben ', 'mijn e-mail is ', 'tel. ', 'nieuw adres: ', 'geboren op ', 'terugbetalen op ', 'Dank u, ter controle: ', 'sorry, moet zijn ', 'Uw gegevens zijn bijgewerkt.'),
  L('pl', 'pl', 'PL', ['Klient', 'Konsultant'], 'Dzień dobry, chcę zmienić adres dostawy|Cześć, zostałem obciążony dwa razy', 'Oczywiście, proszę podać imię i nazwisko.', 'Nazywam się ', 'mój e-mail: ', 'telefon ', 'nowy adres: ', 'data urodzenia ', 'zwrot proszę na konto ', 'Dziękuję, potwierdzam: ', 'przepraszam, poprawnie: ', 'Dane zostały zaktualizowane.'),
  L('se', 'se', 'SE', ['Kund', 'Assistent'], 'Hej, jag har flyttat och vill byta adress|Hej! Mitt paket har inte kommit', 'Absolut, vad heter du?', 'Jag heter ', 'mejl: ', 'mobil ', 'ny adress: ', 'född ', 'återbetala till ', 'Tack, jag bekräftar: ', 'förlåt, det ska vara ', 'Klart, uppgifterna är uppdaterade.'),
  L('tr', 'tr', 'TR', ['Müşteri', 'Asistan'], 'Merhaba, teslimat adresimi değiştirmek istiyorum|İyi günler, kartımdan iki kez çekim yapıldı', 'Tabii ki, adınızı ve soyadınızı alabilir miyim?', 'Adım ', 'e-posta adresim ', 'telefonum ', 'yeni adresim: ', 'doğum tarihim ', 'iade için IBAN: ', 'Teşekkürler, teyit ediyorum: ', 'pardon, doğrusu ', 'Bilgileriniz güncellendi.'),
  L('ja', 'ja', 'DE', ['ユーザー', 'アシスタント'], 'すみません、配送先住所を変更したいです。|こんにちは、注文がまだ届いていません。', 'かしこまりました。お名前をフルネームで教えていただけますか？', '名前は', 'メール：', '電話番号は', '新しい住所：', '生年月日：', '返金先IBAN：', 'ありがとうございます。確認いたします：', 'すみません、正しくは', '登録情報を更新しました。'),
  L('ko', 'ko', 'DE', ['사용자', '상담원'], '안녕하세요, 배송지를 변경하고 싶어요.|주문한 상품이 아직 안 왔어요.', '네, 성함을 알려주시겠어요?', '제 이름은 ', '이메일: ', '연락처 ', '새 주소: ', '생년월일 ', '환불 계좌 IBAN: ', '감사합니다. 확인하겠습니다: ', '죄송해요, 정확히는 ', '정보가 업데이트되었습니다.'),
  L('zh', 'zh', 'DE', ['用户', '客服'], '你好，我想修改收货地址。|您好，我的订单还没到。', '好的，请问您的全名是？', '我叫', '邮箱：', '手机号', '新地址：', '出生日期：', '退款请打到IBAN ', '谢谢，跟您确认一下：', '不好意思，正确的是', '您的信息已更新。'),
  L('id', 'id', 'NL', ['Pelanggan', 'Asisten'], 'Halo kak, paket saya belum sampai|Selamat siang, saya mau ganti alamat', 'Baik kak, boleh minta nama lengkapnya?', 'nama saya ', 'email: ', 'no HP ', 'alamat baru: ', 'lahir ', 'refund ke rekening IBAN ', 'Terima kasih, saya konfirmasi: ', 'maaf, yang benar ', 'Data sudah diperbarui ya kak.'),
];
const ADDR_CC_FOR: Readonly<Record<string, string>> = { ng: 'uk', sg: 'uk', mx: 'us', id: 'nl' };
const DATE_CC_FOR: Readonly<Record<string, string>> = { id: 'nl' };

// ---------------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------------
type Tpl = (r: Rng, d: Doc) => void;

function shuffle<T>(r: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    const a = xs[i] as T;
    xs[i] = xs[j] as T;
    xs[j] = a;
  }
  return xs;
}
const last4 = (s: string): string => s.replace(/\D/g, '').slice(-4);
const eol = (loc: Locale): string => (['ja', 'zh'].includes(loc.cc) ? '。\n' : loc.cc === 'ko' ? '.\n' : '\n');

/** Multi-turn profile / refund chat in one of twenty locales. */
function chatLocale(r: Rng, d: Doc, loc: Locale): void {
  const [U, A] = loc.roles;
  const p = person(r, r.pick(loc.cult));
  const acc = ADDR_CC_FOR[loc.cc] ?? loc.cc;
  const dcc = DATE_CC_FOR[loc.cc] ?? loc.cc;
  const e = eol(loc);
  d.t(`${U}: ${r.pick(loc.hi)}\n${A}: ${loc.ask}\n${U}: ${loc.me}`).l('PERSON', p.full).t(e);
  if (r.chance(0.6)) d.known.push(p.full);
  const fields = shuffle(r, ['mail', 'tel', 'adr', 'born', 'bank', 'card', 'none']).slice(0, r.int(2, 4));
  for (const f of fields) {
    if (f === 'mail') {
      const m = email(r, isEast(p) ? undefined : p);
      if (r.chance(0.15)) {
        d.t(`${U}: ${loc.mail}`).l('EMAIL', email(r, isEast(p) ? undefined : p)).t(`${e}${U}: ${loc.fix}`).l('EMAIL', m).t(e);
      } else d.t(`${U}: ${loc.mail}`).l('EMAIL', m).t(e);
      if (r.chance(0.3)) d.t(`${A}: ${loc.rb}`).l('EMAIL', m).t(e);
    } else if (f === 'tel') {
      const t = phone(r, PHONES[loc.cc] ? loc.cc : acc);
      const cut = t.lastIndexOf(' ');
      if (cut > 4 && r.chance(0.25)) {
        d.t(`${U}: ${loc.tel}${t.slice(0, cut)}\n${U}: ${t.slice(cut + 1)}\n${A}: ${loc.rb}`).l('PHONE', t).t(e);
      } else {
        d.t(`${U}: ${loc.tel}`).l('PHONE', t).t(e);
        if (r.chance(0.25)) d.t(`${A}: ${loc.rb}***${t.slice(-4)}${e}`);
        else if (r.chance(0.2)) d.t(`${A}: ${loc.rb}`).l('PHONE', t).t(e);
      }
    } else if (f === 'adr') {
      const lines = addrLines(r, acc);
      if (lines.length > 1 && r.chance(0.4)) d.t(`${U}: ${loc.adr.trimEnd()}\n`).a(lines);
      else d.t(`${U}: ${loc.adr}`).l('ADDRESS', lines.join(', '));
      d.t(e);
    } else if (f === 'born') {
      d.t(`${U}: ${loc.born}`).l('DOB', fmtDate(r, dcc, ymd(r))).t(e);
    } else if (f === 'bank') {
      const cc = r.chance(0.7) ? loc.ibanCc : r.pick(IBAN_CC);
      if (r.chance(0.15)) d.t(`${U}: ${loc.bank}${badIban(r, cc)}${e}${U}: ${loc.fix}`).l('IBAN', iban(r, cc)).t(e);
      else d.t(`${U}: ${loc.bank}`).l('IBAN', iban(r, cc)).t(e);
    } else if (f === 'card') {
      const c = card(r);
      if (r.chance(0.2)) d.t(`${U}: ${badCard(r)}${e}${A}: ✗ (Luhn)${e}${U}: ${loc.fix}`).l('CARD', c).t(e);
      else d.t(`${U}: 💳 `).l('CARD', c).t(e);
      d.t(`${A}: **** **** **** ${last4(c)} ✓${e}`);
    } else {
      d.t(`${U}: ${orderNo(r)} / ${caseNo(r)}${e}`);
    }
  }
  d.t(`${A}: ${loc.ok}`);
}

const ENG = LOCALES.slice(0, 6);
const chatAny: Tpl = (r, d) => chatLocale(r, d, r.pick(LOCALES));
const chatEng: Tpl = (r, d) => chatLocale(r, d, r.pick(ENG));

const chatTax: Tpl = (r, d) => {
  const p = person(r, 'us');
  const sp2 = person(r, r.pick(['us', 'mx', 'in']));
  d.known.push(p.full);
  d.t('User: can you help me fill out the W-4 and the dependent section? I keep messing it up\nAssistant: Happy to help. What name goes on line 1?\nUser: ').l('PERSON', p.full)
    .t(', SSN ').l('NATIONAL_ID', ssn(r)).t('. address ').l('ADDRESS', addr1(r, 'us'))
    .t(`\nAssistant: Got it. Employer EIN ${ein(r)} is from the pay stub, correct? Filing status?\nUser: married filing jointly, spouse is `).l('PERSON', sp2.full)
    .t(', their ssn is ').l('NATIONAL_ID', ssn(r)).t(', born ').l('DOB', fmtDate(r, 'us', ymd(r, 1960, 2000)))
    .t(`\nAssistant: Thanks. For privacy I'll refer to it as ${maskedSsn(r)} from here on. Routing number ${routing(r)} goes on the direct-deposit form, not the W-4.`);
};

const chatVoice: Tpl = (r, d) => {
  const p = person(r, r.pick(['us', 'uk', 'au', 'ie']));
  const e = email(r, p);
  const t = phone(r, r.pick(['us', 'uk', 'au']));
  const digits = t.replace(/\D/g, '');
  d.known.push(p.given);
  d.t(`[voice transcript, call ${caseNo(r)}]\nCaller: yeah hi this is `).l('PERSON', p.given).t(' um calling about my bill\nAgent: sure, can you spell the email on the account\nCaller: it\'s ')
    .l('EMAIL', spokenEmail(e)).t('\nAgent: and a callback number\nCaller: ').l('PHONE', spokenDigits(digits)).t(r.pick([' extension two one four\n', '\n']))
    .t(`Agent: thank you, I have ${spokenDigits(digits.slice(-4))} as the last four. anything else?\nCaller: no that's it, thanks `).l('PERSON', person(r, 'us').given).t('!');
};

const chatFamily: Tpl = (r, d) => {
  const cult = r.pick(['us', 'it', 'ie', 'pl', 'de', 'gr']);
  const a = person(r, cult);
  const b = person(r, cult);
  const pet = r.pick(PETS);
  d.t('User: help me write a short bio of my grandparents for the family reunion booklet. Grandpa ').l('PERSON', a.full).t(' was born ')
    .l('DOB', fmtDate(r, 'us', ymd(r, 1920, 1945))).t(` in a village near ${r.pick(PLACES)}, grandma `).l('PERSON', b.given).t(' was born ').l('DOB', fmtDate(r, 'us', ymd(r, 1922, 1948)))
    .t(`. They married on June ${r.int(1, 28)}, 19${r.int(46, 69)}. Grandpa died in 20${r.int(0, 19)}. Their dog ${pet} had a birthday party every March ${r.int(1, 28)}, lol\nAssistant: What a lovely story! Here's a draft:\n\n"`)
    .l('PERSON', a.given).t(' and ').l('PERSON', b.given).t(` met at a dance hall and never looked back. ${pet} the dog was, of course, the true head of the household…"`);
};

const chatDebug: Tpl = (r, d) => {
  const h = person(r);
  d.t(`User: my staging box keeps refusing ssh after upgrading to ${version(r)}. here's the output\n\`\`\`\n$ ssh deploy@`).l('IP', ipv4(r))
    .t(`\nssh: connect to host port 22: Connection timed out\n$ git log -1 --format=%H\n${hex(r, 40)}\n\`\`\`\nthe firewall only allows `).l('IP', ipv4(r)).t(' and [').l('IP', ipv6(r))
    .t(`]:22, config was written by `).l('PERSON', h.full).t(` (${email(r, h).replace(/@.*/, '')} on slack)\nAssistant: The timeout suggests the allow-list doesn't include your current egress address. Check with \`curl ifconfig.me\` and add it; also note the node runs image ${hex(r, 12)}.`);
};

const chatTravel: Tpl = (r, d) => {
  const cc = r.pick(['uk', 'de', 'fr', 'in', 'au', 'us']);
  const a = person(r, cc === 'us' ? 'us' : cc === 'in' ? 'in' : cc);
  const b = person(r, a.cult);
  d.known.push(a.full);
  d.t(`User: please book the ${r.int(6, 22)}:${p2(r.int(0, 59))} flight to Lisbon for two. passengers: `).l('PERSON', a.full).t(' (DOB ').l('DOB', fmtDate(r, cc, ymd(r)))
    .t(') and ').l('PERSON', b.full).t(', born ').l('DOB', fmtDate(r, cc, ymd(r))).t(`. passport ${r.pick(LETTERS.split(''))}${d_(r, 8)} expires ${someDate(r)}. contact `).l('PHONE', phone(r, cc))
    .t(`\nAssistant: Booked! Confirmation ${hex(r, 6).toUpperCase()}. Seats 14A/14B. I've sent the itinerary to `).l('EMAIL', email(r, a)).t('.');
};
function d_(r: Rng, n: number): string {
  return r.digits(n);
}

const chatLandlord: Tpl = (r, d) => {
  const cc = r.pick(['uk', 'us', 'au', 'ie']);
  const me = person(r, cc === 'ie' ? 'ie' : cc);
  const ll = person(r, r.pick(['uk', 'us', 'gr', 'in']));
  const lines = addrLines(r, cc === 'ie' ? 'uk' : cc);
  d.known.push(me.full);
  d.t('User: draft a firm but polite letter to my landlord about the mould, I\'ve asked three times\nAssistant: Here you go:\n\n').l('PERSON', me.full).t('\n').a(lines)
    .t(`\n\nDear ${honor(r, ll)} `).l('PERSON', ll.sur).t(`,\n\nI am writing again about the damp in the back bedroom, first reported on ${someDate(r)}. Under ${r.pick(LAWS)} — just kidding. Please arrange a repair within 14 days.\n\nYours sincerely,\n`)
    .l('PERSON', me.full).t('\n').l('PHONE', phone(r, cc === 'ie' ? 'uk' : cc));
};

const chatMedical: Tpl = (r, d) => {
  const p = person(r, r.pick(['us', 'uk', 'ph', 'in', 'ng']));
  const doc = person(r);
  d.t(`User: I need to reschedule my mum's appointment with Dr. `).l('PERSON', doc.sur).t(` — it's for her ${r.pick(EPONYMS)} follow-up\nAssistant: I can help. Patient's name and date of birth?\nUser: `)
    .l('PERSON', p.full).t(', ').l('DOB', fmtDate(r, r.pick(['us', 'uk']), ymd(r, 1940, 1965))).t(`\nAssistant: Thanks. The next free slot is ${someDate(r)} at 10:40. Reminder goes to `).l('PHONE', phone(r, r.pick(['us', 'uk'])))
    .t(' — is that still right?\nUser: yes');
};

const chatJapanese: Tpl = (r, d) => {
  const p = person(r, 'ja');
  const q = person(r, 'ja');
  d.known.push(p.full);
  d.t('ユーザー：来週の打ち合わせの件で、').l('PERSON', q.sur).t(r.pick(['さん', '様'])).t('に連絡したいです。私は').l('PERSON', p.full).t('です。\nアシスタント：承知しました。').l('PERSON', q.sur)
    .t('様の連絡先は分かりますか？\nユーザー：電話は').l('PHONE', phone(r, 'ja')).t('、メールは').l('EMAIL', email(r)).t(`です。会議室は${r.int(3, 12)}階のB会議室です。\nアシスタント：ありがとうございます。ご住所は`).l('ADDRESS', addr1(r, 'ja')).t('でよろしいですか？');
};

const chatKorean: Tpl = (r, d) => {
  const p = person(r, 'ko');
  const q = person(r, 'ko');
  d.known.push(p.full);
  d.t('사용자: 안녕하세요 ').l('PERSON', p.full).t('입니다. 택배 받는 분을 ').l('PERSON', q.full).t(' 씨로 바꾸고 싶어요.\n상담원: 네, 받는 분 연락처 알려주세요.\n사용자: ').l('PHONE', phone(r, 'ko'))
    .t('이고 주소는 ').l('ADDRESS', addr1(r, 'ko')).t(`입니다.\n상담원: 확인했습니다. 주문번호 ${orderNo(r)} 배송지가 변경되었습니다.`);
};

const chatChinese: Tpl = (r, d) => {
  const p = person(r, 'zh');
  d.known.push(p.full);
  d.t('用户：我是').l('PERSON', p.full).t('，上次买的手机壳有问题，想退货。\n客服：好的，请提供下单手机号。\n用户：').l('PHONE', phone(r, 'zh')).t('\n客服：收到。退货地址写').l('ADDRESS', addr1(r, 'zh'))
    .t(`可以吗？\n用户：可以。身份证我就不发了，订单号${orderNo(r)}。`);
};

const chatHinglish: Tpl = (r, d) => {
  const p = person(r, 'in');
  const f = { ...person(r, 'in'), given: r.pick(['Sunil', 'Rohit', 'Vikram', 'Karan', 'Arjun']) };
  d.known.push(p.full);
  d.t('User: bhai mera naam ').l('PERSON', p.full).t(' hai, papa ').l('PERSON', f.given).t(' ji ke account me UPI se paise nahi aa rahe. unka number ').l('PHONE', phone(r, 'in'))
    .t(`\nBot: Samajh gaya. Kripya transaction ID share karein.\nUser: ${d_(r, 12)} hai. aur email `).l('EMAIL', email(r, f)).t('\nBot: Dhanyavaad, ticket raise kar diya hai.');
};

const chatCardIssue: Tpl = (r, d) => {
  const p = person(r, r.pick(['us', 'uk', 'br', 'it', 'se']));
  const c = card(r);
  d.known.push(p.full);
  d.t(`User: the checkout keeps rejecting my card, tried 3 times\nAssistant: Sorry about that! Can you tell me the last four digits and the name on the card?\nUser: it's `).l('CARD', c).t(' exp 0').t(String(r.int(1, 9))).t(`/2${r.int(6, 9)}, name `).l('PERSON', p.full.toUpperCase())
    .t(`\nAssistant: Please don't share full card numbers here — I only needed the last four (${last4(c)}). I've redacted it on our side. Earlier attempts show ${badCard(r)} was entered, which fails validation.\nUser: oh oops. ok`);
};

const chatAgentMemory: Tpl = (r, d) => {
  const p = person(r);
  const b = person(r);
  d.known.push(p.given);
  d.t(`User: remember that my name is `).l('PERSON', p.given).t(' and my partner ').l('PERSON', b.given).t(' and I have an anniversary on ').t(`${mon(MON_EN, r.int(1, 12))} ${r.int(1, 28)}`)
    .t(' — remind me a week before\nAssistant: Noted! I\'ll remind you. Anything else?\nUser: also my partner was born ').l('DOB', fmtDate(r, 'uk', ymd(r, 1975, 2000))).t(', so it\'s a big one this year');
};

const chatCV: Tpl = (r, d) => {
  const cc = r.pick(['uk', 'in', 'de', 'ng', 'ph', 'us']);
  const p = person(r, cc === 'uk' ? 'uk' : cc === 'us' ? 'us' : cc);
  const ref = person(r);
  d.known.push(p.full);
  d.t('User: tidy up my CV header pls\n\n').l('PERSON', p.full.toUpperCase()).t('\n').l('EMAIL', email(r, p)).t(' | ').l('PHONE', phone(r, cc)).t(' | ').l('ADDRESS', addr1(r, cc === 'ph' || cc === 'ng' ? 'uk' : cc))
    .t(`\nSkills: TypeScript, Kubernetes, ${r.pick(TEAMS)}\nReferee: `).l('PERSON', ref.full).t(', ').l('EMAIL', email(r, ref))
    .t(`\n\nAssistant: Here's a cleaner version:\n\n**`).l('PERSON', p.full).t(`**\n${r.pick(['London', 'Pune', 'Hamburg', 'Lagos', 'Manila', 'Austin'])} · `).l('EMAIL', email(r, p)).t('\n\n(I dropped the full street address — most recruiters only need a city.)');
};

// Tool traces and API payloads --------------------------------------------------------------------------------
const j = (s: string): string => JSON.stringify(s).slice(1, -1);

const toolTicket: Tpl = (r, d) => {
  const p = person(r);
  const m = email(r, isEast(p) ? undefined : p);
  d.t(`{"type":"tool_use","id":"toolu_${hex(r, 20)}","name":"create_ticket","input":{"requester_name":"`).l('PERSON', j(p.full)).t('","requester_email":"').l('EMAIL', m)
    .t(`","priority":"${r.pick(['low', 'normal', 'high'])}","subject":"Refund for ${orderNo(r)}","callback":"`).l('PHONE', phone(r)).t(`"}}\n{"type":"tool_result","tool_use_id":"toolu_${hex(r, 20)}","content":"created ${caseNo(r)}"}`);
};

const toolCrm: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'de', 'fr', 'es', 'it', 'nl', 'br', 'au']);
  const p = person(r, cc);
  d.t(`→ crm.lookup_customer({"query": "${orderNo(r)}"})\n← {\n  "customer_id": "cus_${hex(r, 14)}",\n  "name": "`).l('PERSON', j(p.full)).t('",\n  "dob": "')
    .l('DOB', `${r.int(1950, 2004)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`).t('",\n  "shipping_address": "').l('ADDRESS', j(addr1(r, cc))).t('",\n  "phone": "').l('PHONE', phone(r, cc))
    .t(`",\n  "created_at": "${ts(r)}",\n  "tier": "${r.pick(['gold', 'basic', 'Pro Max'])}"\n}\nassistant: I found the customer. Shall I resend the order to the address on file?`);
};

const toolPayment: Tpl = (r, d) => {
  const p = person(r);
  d.t(`POST /v1/payment_intents HTTP/1.1\nHost: api.${r.pick(ORG_DOMAINS)}\nIdempotency-Key: ${hex(r, 32)}\nContent-Type: application/json\n\n{"amount": ${r.int(500, 99999)}, "currency": "${r.pick(['usd', 'eur', 'gbp'])}", "payment_method": {"card": {"number": "`)
    .l('CARD', cardDigits(r)).t(`", "exp_month": ${r.int(1, 12)}, "exp_year": 20${r.int(26, 31)}, "cvc": "${d_(r, 3)}"}, "billing_details": {"name": "`).l('PERSON', j(p.full)).t('", "email": "').l('EMAIL', email(r, isEast(p) ? undefined : p))
    .t(`"}}, "metadata": {"order": "${orderNo(r)}"}}\n\nHTTP/1.1 402 Payment Required\n{"error": {"code": "card_declined", "request_id": "req_${hex(r, 16)}"}}`);
};

const toolPayout: Tpl = (r, d) => {
  const p = person(r, r.pick(['de', 'fr', 'es', 'it', 'nl', 'pl', 'se', 'tr', 'gr', 'ar']));
  d.t(`tool_call: payouts.create\nargs:\n  beneficiary: "`).l('PERSON', p.full).t('"\n  iban: "').l('IBAN', iban(r)).t(`"\n  bic: "${LETTERS.charAt(r.int(0, 25))}${LETTERS.charAt(r.int(0, 25))}AADE${d_(r, 2)}XXX"\n  amount: ${r.int(10, 4000)}.${p2(r.int(0, 99))}\n  reference: "${caseNo(r)}"\nresult: {status: queued, eta: "${someDate(r)}"}\n`);
  if (r.chance(0.5)) d.t(`note: previous attempt with ${badIban(r)} was rejected (checksum).`);
};

const toolSearch: Tpl = (r, d) => {
  const rows = r.int(2, 4);
  d.t(`sql> SELECT id, full_name, email, last_ip FROM users WHERE plan = 'trial' LIMIT ${rows};\n id    | full_name              | email                         | last_ip\n`);
  for (let i = 0; i < rows; i++) {
    const p = person(r);
    d.t(` ${r.int(1000, 99999)} | `).l('PERSON', p.full).t(' | ').l('EMAIL', email(r, isEast(p) ? undefined : p)).t(' | ').l('IP', ip(r)).t('\n');
  }
  d.t(`(${rows} rows)\nassistant: These ${rows} trial users signed up after the ${version(r)} release.`);
};

const toolMemoryYaml: Tpl = (r, d) => {
  const cc = r.pick(['uk', 'us', 'au', 'nl', 'se']);
  const p = person(r, cc === 'nl' ? 'nl' : cc === 'se' ? 'se' : cc);
  d.known.push(p.full);
  d.t(`# agent memory snapshot ${ts(r)}\nuser_profile:\n  display_name: "`).l('PERSON', p.full).t('"\n  preferred_contact: ').l('EMAIL', email(r, p)).t('\n  home: |\n    ')
    .a(addrLines(r, cc), '\n    ').t(`\n  favourite_team: "${r.pick(TEAMS)}"\n  tz: Europe/London\n`);
};

const toolWebhook: Tpl = (r, d) => {
  const p = person(r, r.pick(['us', 'br', 'mx']));
  d.t(`webhook received ${ts(r)} from `).l('IP', ipv4(r)).t(` sig=sha256=${hex(r, 64)}\n{"event":"kyc.submitted","applicant":{"first_name":"`).l('PERSON', p.given).t('","last_name":"').l('PERSON', p.sur)
    .t('","ssn":"').l('NATIONAL_ID', ssn(r)).t('","birth_date":"').l('DOB', `${r.int(1950, 2004)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`).t(`","employer_ein":"${ein(r)}"}}`);
};

const toolCsv: Tpl = (r, d) => {
  d.t('Here is the export you asked for:\n\nname,email,phone,signup_date\n');
  for (let i = 0, n = r.int(2, 5); i < n; i++) {
    const cc = r.pick(['us', 'uk', 'de', 'in', 'au']);
    const p = person(r, cc);
    d.t('"').l('PERSON', p.full).t('",').l('EMAIL', email(r, p)).t(',').l('PHONE', phone(r, cc)).t(`,${someDate(r)}\n`);
  }
};

// E-mails -----------------------------------------------------------------------------------------------------
const mailSupport: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'au', 'in', 'ie']);
  const p = person(r, cc === 'ie' ? 'ie' : cc);
  const m = email(r, p);
  d.known.push(p.full);
  d.t('From: ').l('PERSON', p.full).t(' <').l('EMAIL', m).t('>\nTo: ').l('EMAIL', roleEmail(r)).t(`\nDate: ${ts(r)}\nSubject: Re: ${caseNo(r)} still not resolved\n\nHi team,\n\nI was promised a call back two weeks ago. My order ${orderNo(r)} went to my old place. The correct address is:\n\n`)
    .a(addrLines(r, cc === 'ie' ? 'uk' : cc)).t('\n\nYou can reach me on ').l('PHONE', phone(r, cc === 'ie' ? 'uk' : cc)).t(' after 5pm.\n\nThanks,\n').l('PERSON', p.given).t('\n\nSent from my iPhone');
};

const mailInvoice: Tpl = (r, d) => {
  const cc = r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'BE', 'AT', 'IE', 'PT', 'FI']);
  const p = person(r, r.pick(['de', 'nl', 'fr', 'es', 'it']));
  d.t(`Subject: Invoice INV-${d_(r, 6)} (due ${someDate(r)})\n\nDear `).l('PERSON', p.given).t(`,\n\nplease find attached our invoice dated ${someDate(r)} for the ${r.pick(TEAMS)} workshop. Kindly transfer the amount to\n\nIBAN `).l('IBAN', iban(r, cc))
    .t(`\nVAT ID: ${cc}${d_(r, 9)}\n\nBest regards\n`).l('PERSON', person(r).full).t('\nAccounts · ').l('EMAIL', roleEmail(r)).t(' · ').l('PHONE', phone(r, r.pick(['de', 'nl', 'fr'])));
};

const mailGerman: Tpl = (r, d) => {
  const p = person(r, 'de');
  const q = person(r, 'de');
  d.t(`Betreff: Kündigung Vertrag ${d_(r, 8)}\n\nSehr geehrte${r.chance(0.5) ? ' Frau' : 'r Herr'} `).l('PERSON', q.sur).t(',\n\nhiermit kündige ich fristgerecht zum nächstmöglichen Termin. Bitte überweisen Sie das Guthaben auf mein Konto ').l('IBAN', iban(r, 'DE'))
    .t('.\n\nMit freundlichen Grüßen\n').l('PERSON', p.full).t('\n').a(addrLines(r, 'de')).t('\nTel. ').l('PHONE', phone(r, 'de'));
};

const mailSpanish: Tpl = (r, d) => {
  const cc = r.pick(['es', 'mx']);
  const p = person(r, cc);
  d.known.push(p.full);
  d.t('De: ').l('EMAIL', email(r, p)).t('\nPara: ').l('EMAIL', roleEmail(r)).t('\nAsunto: Cambio de titular\n\nBuenos días:\n\nMe llamo ').l('PERSON', p.full).t(', con fecha de nacimiento ').l('DOB', fmtDate(r, cc, ymd(r)))
    .t(`. Solicito el cambio de titular del contrato. Adjunto copia del DNI (la envío cifrada). Mi número es el `).l('PHONE', phone(r, cc)).t('.\n\nUn saludo,\n').l('PERSON', p.given);
};

const mailFrench: Tpl = (r, d) => {
  const p = person(r, 'fr');
  d.t(`Objet : Réservation gîte — semaine du ${r.int(1, 28)} ${mon(MON_FR, r.int(5, 9))}\n\nBonjour ${r.pick(['Madame', 'Monsieur'])} `).l('PERSON', p.sur).t(`,\n\nJe confirme la réservation pour quatre personnes. Mon adresse postale : `).l('ADDRESS', addr1(r, 'fr'))
    .t('. Vous pouvez me joindre au ').l('PHONE', phone(r, 'fr')).t('.\n\nCordialement,\n').l('PERSON', person(r, 'fr').full);
};

const mailOoo: Tpl = (r, d) => {
  const p = person(r);
  const q = person(r);
  d.t('Automatic reply: I am out of the office until ').t(someDate(r)).t(' with limited access to email. For urgent matters please contact ').l('PERSON', q.full).t(' at ').l('EMAIL', email(r, isEast(q) ? undefined : q))
    .t(' or call ').l('PHONE', phone(r)).t('.\n\n— ').l('PERSON', p.full);
};

const mailForward: Tpl = (r, d) => {
  const a = person(r, 'us');
  const b = person(r, 'us');
  d.t('---------- Forwarded message ---------\nFrom: ').l('PERSON', a.full).t(' <').l('EMAIL', email(r, a)).t(`>\nDate: ${someDate(r)}\nSubject: new hire paperwork\n\n`).l('PERSON', b.given)
    .t(', for payroll I need your SSN — you wrote ').l('NATIONAL_ID', ssn(r)).t(` but the form shows ${maskedSsn(r)}, can you confirm? Start date is ${someDate(r)}.\n\n> On Monday `).l('PERSON', b.full).t(' wrote:\n> my direct deposit routing is ').t(routing(r)).t(', thanks!');
};

// Pasted documents and forms ------------------------------------------------------------------------------------
const formIntake: Tpl = (r, d) => {
  const p = person(r, 'us');
  const ec = person(r, r.pick(['us', 'mx', 'ph']));
  d.known.push(p.full);
  d.t('User: can you check this intake form for mistakes before I submit?\n\nPATIENT INTAKE\nName (Last, First): ').l('PERSON', `${p.sur}, ${p.given}`).t('\nDate of Birth: ').l('DOB', fmtDate(r, 'us', ymd(r)))
    .t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nHome address: ').l('ADDRESS', addr1(r, 'us')).t('\nCell: ').l('PHONE', phone(r, 'us')).t('\nEmergency contact: ').l('PERSON', ec.full).t(' — ').l('PHONE', phone(r, 'us'))
    .t(`\nInsurance member ID: ${LETTERS.charAt(r.int(0, 25))}${d_(r, 9)}   Group: ${d_(r, 6)}\n\nAssistant: Looks complete. One thing: the visit date (${someDate(r)}) is in the DOB format box — fine as is.`);
};

const formRental: Tpl = (r, d) => {
  const cc = r.pick(['uk', 'au', 'nl', 'de', 'ie']);
  const p = person(r, cc === 'ie' ? 'ie' : cc);
  const e = person(r);
  const acc = cc === 'ie' ? 'uk' : cc;
  d.t('RENTAL APPLICATION\n\nApplicant: ').l('PERSON', p.full).t('\nDate of birth: ').l('DOB', fmtDate(r, acc, ymd(r, 1970, 2004))).t('\nCurrent address:\n').a(addrLines(r, acc))
    .t('\nEmail: ').l('EMAIL', email(r, p)).t('\nPhone: ').l('PHONE', phone(r, acc)).t('\nEmployer: ').t(`${r.pick(['Harbourmint Pty', 'Kanaalzicht BV', 'Quillmark Ltd'])}, contact `).l('PERSON', e.full)
    .t('\nBank (for deposit return): ').l('IBAN', iban(r, r.pick(['GB', 'NL', 'DE', 'IE']))).t(`\n\nMove-in date: ${someDate(r)}\nPets: 1 cat (${r.pick(PETS)})`);
};

const docMinutes: Tpl = (r, d) => {
  const ps = [person(r), person(r), person(r), person(r)];
  d.t(`Meeting notes — ${r.pick(TEAMS)} sync, ${someDate(r)}\nAttendees: `);
  ps.forEach((p, i) => {
    if (i) d.t(', ');
    d.l('PERSON', nameForm(r, p));
  });
  d.t(`\n\n1. Rollout of ${version(r)} slipped; `).l('PERSON', (ps[0] as Person).given).t(' to check the canary at ').l('IP', ipv4(r))
    .t(`.\n2. Vendor escalation ${caseNo(r)} — `).l('PERSON', (ps[1] as Person).sur).t(' owns it.\n3. AOB: office closed on the 24th.');
};

const docWire: Tpl = (r, d) => {
  const p = person(r, r.pick(['uk', 'ar', 'he', 'de']));
  d.t('User: translate these wire instructions into plain English pls\n\nBeneficiary: ').l('PERSON', p.full.toUpperCase()).t('\nBeneficiary address: ').l('ADDRESS', addr1(r, r.pick(['uk', 'de', 'fr'])))
    .t('\nIBAN: ').l('IBAN', iban(r, r.pick(['SA', 'AE', 'IL', 'CH', 'QA', 'KW', 'TR']))).t(`\nSWIFT: ${r.pick(['QZBK', 'MRLN', 'TAVI'])}AE${d_(r, 2)}\nIntermediary ABA: ${routing(r)}\nRef: ${caseNo(r)}\n\nAssistant: Send the money to that person's account at the listed bank; the ABA routing number is for the US correspondent bank.`);
};

const docResume: Tpl = (r, d) => {
  const cc = r.pick(['de', 'pl', 'it', 'br', 'se', 'nl', 'fr']);
  const p = person(r, cc);
  d.known.push(p.full);
  const lab = { de: ['Lebenslauf', 'Geburtsdatum', 'Anschrift', 'heute'], pl: ['Życiorys', 'Data urodzenia', 'Adres', 'obecnie'], it: ['Curriculum vitae', 'Data di nascita', 'Indirizzo', 'oggi'], br: ['Currículo', 'Data de nascimento', 'Endereço', 'atual'], se: ['CV', 'Födelsedatum', 'Adress', 'nu'], nl: ['Curriculum vitae', 'Geboortedatum', 'Adres', 'heden'], fr: ['CV', 'Date de naissance', 'Adresse', 'présent'] }[cc] ?? ['CV', 'DOB', 'Address', 'now'];
  d.t(`User: can you turn this into English?\n\n${lab[0]}\n`).l('PERSON', p.full).t(`\n${lab[1]}: `).l('DOB', fmtDate(r, cc, ymd(r, 1965, 2003))).t(`\n${lab[2]}: `).l('ADDRESS', addr1(r, cc))
    .t('\nE-Mail: ').l('EMAIL', email(r, p)).t('\nTel.: ').l('PHONE', phone(r, cc)).t(`\n\n${someDate(r).slice(0, 4)}–${lab[3] ?? ''}: Senior Analyst, ${r.pick(TEAMS)}`);
};

const docContract: Tpl = (r, d) => {
  const a = person(r, 'us');
  const b = person(r, 'us');
  d.t(`SERVICES AGREEMENT\n\nThis Agreement is made on ${mon(MON_EN, r.int(1, 12))} ${r.int(1, 28)}, 20${r.int(24, 27)} between `).l('PERSON', a.full).t(', residing at ').l('ADDRESS', addr1(r, 'us'))
    .t(' ("Client"), and ').l('PERSON', b.full).t(`, EIN ${ein(r)} ("Contractor").\n\nPayments by ACH to routing ${routing(r)}. Notices: `).l('EMAIL', email(r, b)).t('.\n\nSigned: ____________ (').l('PERSON', `${a.given.charAt(0)}. ${a.sur}`).t(')');
};

// Logs ------------------------------------------------------------------------------------------------------------
const logNginx: Tpl = (r, d) => {
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const v6 = r.chance(0.3);
    d.l('IP', v6 ? ipv6(r) : ipv4(r)).t(` - - [${r.int(1, 28)}/Nov/2026:${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))} +0000] "${r.pick(['GET', 'POST'])} /api/v2/${r.pick(['orders', 'sessions', 'health'])}?id=${hex(r, 8)} HTTP/1.1" ${r.pick([200, 200, 304, 401, 500])} ${r.int(80, 9000)} "-" "Mozilla/5.0 (${r.pick(['X11; Linux x86_64', 'Macintosh', 'iPhone'])}) Chrome/${r.int(110, 131)}.0.${r.int(1000, 6999)}.${r.int(10, 200)}"\n`);
  }
};

const logApp: Tpl = (r, d) => {
  for (let i = 0, n = r.int(2, 5); i < n; i++) {
    const p = person(r);
    d.t(`${ts(r)} ${r.pick(['INFO', 'WARN', 'ERROR'])} auth.login user=`).l('EMAIL', email(r, isEast(p) ? undefined : p)).t(' src=').l('IP', ip(r)).t(`:${r.int(1024, 65535)} trace=${hex(r, 16)} result=${r.pick(['ok', 'bad_password', 'mfa_required'])}\n`);
  }
};

const logAudit: Tpl = (r, d) => {
  const p = person(r);
  d.t(`{"ts":"${ts(r)}","actor":"`).l('PERSON', j(p.full)).t('","action":"profile.update","changes":{"phone":{"old":"').l('PHONE', phone(r)).t('","new":"').l('PHONE', phone(r))
    .t('"},"address":{"new":"').l('ADDRESS', j(addr1(r))).t('"}},"ip":"').l('IP', ip(r)).t(`","request_id":"${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}"}`);
};

// Hard negatives (no PII) ------------------------------------------------------------------------------------------
const negHealth: Tpl = (r, d) => {
  d.t(`User: is ${r.pick(EPONYMS)} hereditary? my doctor mentioned it alongside ${r.pick(EPONYMS)}\nAssistant: Some forms have a genetic component, but most cases are not directly inherited. ${r.pick(LAWS)} aside, it's worth asking for a referral. Appointment reminders like the one on ${someDate(r)} can be set in the app.`);
};
const negOrder: Tpl = (r, d) => {
  d.t(`User: where is my order ${orderNo(r)}? tracking says ${orderNo(r)} and the gift card code ${badCard(r)} didn't work either\nAssistant: The parcel left the Kennedy depot on ${someDate(r)} and is due ${someDate(r)}. Your case is ${caseNo(r)}. Gift card codes are not the same as card numbers — the one you entered fails our check.`);
};
const negDev: Tpl = (r, d) => {
  d.t(`User: CI broke after bumping to ${version(r)} — log:\n\`\`\`\n${ts(r)} step 4/9 sha256:${hex(r, 64)}\n${ts(r)} npm ERR! peer dep ${r.pick(['react@18.3.1', 'typescript@5.6.3', 'vite@5.4.11'])}\n${ts(r)} test fixture IBAN ${badIban(r)} rejected as expected\n\`\`\`\nAssistant: The ${r.pick(TEAMS)} lockfile pins an old peer. Run \`npm dedupe\` and re-run job ${d_(r, 9)}. The IBAN line is a deliberate negative test.`);
};
const negFinance: Tpl = (r, d) => {
  d.t(`User: what's the difference between an EIN like ${ein(r)} and a routing number like ${routing(r)}?\nAssistant: An EIN identifies a business for tax purposes; a routing (ABA) number identifies a bank. Neither is personal. Test card numbers such as ${badCard(r)} are invalid on purpose. Masked values like ${maskedSsn(r)} or ***-***-${d_(r, 4)} are safe to show.`);
};
const negTravel: Tpl = (r, d) => {
  d.t(`User: itinerary ideas? landing at ${r.pick(PLACES)}, want to see ${r.pick(PLACES)} and try ${r.pick(BRANDS)}\nAssistant: Day 1: walk from ${r.pick(PLACES)} to the old harbour (about 40 min). Day 2: rent a ${r.pick(BRANDS)} and drive out to ${r.pick(PLACES)}. Flight ${r.pick(['LH', 'BA', 'QF', 'TK'])}${r.int(100, 9999)} departs ${r.int(6, 22)}:${p2(r.int(0, 59))} on ${someDate(r)}.`);
};
const negLog: Tpl = (r, d) => {
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    d.t(`${ts(r)} ${r.pick(['INFO', 'DEBUG'])} worker-${r.int(1, 32)} job=${hex(r, 8)}-${hex(r, 4)} duration_ms=${r.int(3, 9000)} version=${version(r)} pid=${r.int(100, 65000)}\n`);
  }
};
const negChat: Tpl = (r, d) => {
  d.t(`User: write a haiku about ${r.pick(['Mercury in retrograde', 'the Ford assembly line', 'Storm Ciarán', 'a Dell laptop fan', 'Tesla coils'])}\nAssistant: Quiet fans spin slow / ${r.pick(TEAMS)} dreams of release / ${version(r)} ships at dawn\nUser: lol ok. now one for my cat ${r.pick(PETS)}`);
};

// More English chats ------------------------------------------------------------------------------------------------
const chatSplit: Tpl = (r, d) => {
  const cc = r.pick(['us', 'uk', 'au', 'in']);
  const p = person(r, cc);
  const c = cardDigits(r);
  const half = Math.floor(c.length / 2);
  d.known.push(p.full);
  d.t(`User: ok the card on file expired. new one: ${c.slice(0, half)}\nUser: ${c.slice(half)}\nAssistant: For security, please enter it in one piece via the secure form — I can't stitch numbers together. Is the cardholder `).l('PERSON', p.full)
    .t('?\nUser: yes. actually here: ').l('CARD', groupCard(r, c)).t(`\nAssistant: Thanks, updated. I'll show it as •••• ${last4(c)} from now on.`);
};
const chatCorrection: Tpl = (r, d) => {
  const p = person(r, r.pick(['us', 'uk', 'ng', 'ke', 'ph']));
  const cc = p.cult === 'ph' ? 'ph' : p.cult === 'ke' ? 'ke' : p.cult === 'ng' ? 'ng' : p.cult;
  d.t('User: update my number to ').l('PHONE', phone(r, cc)).t('\nUser: wait no that\'s my old one. it\'s ').l('PHONE', phone(r, cc)).t('\nAssistant: No problem — updated. And the email stays ').l('EMAIL', email(r, p))
    .t('?\nUser: yep. oh and my name is misspelled, it should be ').l('PERSON', p.full).t(' not ').l('PERSON', p.full.slice(0, -1)).t('\nAssistant: Fixed!');
};
const chatGift: Tpl = (r, d) => {
  const me = person(r);
  const to = person(r, r.pick(['uk', 'us', 'au', 'ie']));
  d.t('User: send the gift box to my sister ').l('PERSON', to.given).t(' at\n').a(addrLines(r, r.pick(['uk', 'us', 'au']))).t(`\nand put "love, `).l('PERSON', me.given).t(`" on the card. her birthday is next ${r.pick(['Tuesday', 'Friday'])}\nAssistant: Done! Estimated delivery ${someDate(r)}. Order ${orderNo(r)}.`);
};
const chatReadback: Tpl = (r, d) => {
  const p = person(r, r.pick(['us', 'uk']));
  const m = email(r, p);
  const s = ssn(r);
  d.known.push(p.full);
  d.t('User: I\'m ').l('PERSON', p.full).t(', locked out of my benefits portal. email ').l('EMAIL', m).t(', ssn ').l('NATIONAL_ID', s)
    .t('\nAssistant: Thanks. To verify: the account under ').l('EMAIL', m).t(` with SSN ending ${s.slice(-4)} — I've sent a reset link. Never share your full SSN in chat again; use ${maskedSsn(r)} style if asked.`);
};
const chatWork: Tpl = (r, d) => {
  const a = person(r);
  const b = person(r);
  d.t('User: summarise this slack thread for me\n\n').l('PERSON', a.given.toLowerCase()).t(`: prod db is at 92% disk\n`).l('PERSON', b.given.toLowerCase()).t(': which host?\n').l('PERSON', a.given.toLowerCase())
    .t(': ').l('IP', ipv4(r)).t(`, replica too. I opened ${caseNo(r)}\n\nAssistant: `).l('PERSON', a.given).t(' reported the primary DB near full disk; ').l('PERSON', b.given).t(' asked for the host. A ticket was opened.');
};
const chatWordNames: Tpl = (r, d) => {
  const w = r.pick([['Hope', 'Dawn'], ['Will', 'Grant'], ['Rose', 'May'], ['Bill', 'Guy'], ['Faith', 'Joy']]);
  const s = person(r, 'us').sur;
  d.t(`User: I hope the grant comes through in May. Can you remind `).l('PERSON', w[0] ?? 'Hope').t(' and ').l('PERSON', `${w[1] ?? 'Dawn'} ${s}`)
    .t(` to send the draft? It will be due at dawn basically lol\nAssistant: Sure — reminder set for both of them. The rose garden tour at ${r.pick(PLACES)} is still on.`);
};

// ---------------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------------
type Weighted = readonly (readonly [Tpl, number])[];

const CHATS: Weighted = [
  [chatAny, 12], [chatEng, 4], [chatTax, 2.5], [chatVoice, 2], [chatFamily, 1.5], [chatDebug, 1.5], [chatTravel, 2], [chatLandlord, 1.5],
  [chatMedical, 1.5], [chatJapanese, 1], [chatKorean, 1], [chatChinese, 1], [chatHinglish, 1], [chatCardIssue, 2], [chatAgentMemory, 1],
  [chatCV, 1.5], [chatSplit, 1.5], [chatCorrection, 1.5], [chatGift, 1], [chatReadback, 2], [chatWork, 1], [chatWordNames, 1],
];
const TOOLS: Weighted = [[toolTicket, 1], [toolCrm, 1], [toolPayment, 1], [toolPayout, 1], [toolSearch, 1], [toolMemoryYaml, 1], [toolWebhook, 1], [toolCsv, 1]];
const MAILS: Weighted = [[mailSupport, 1.5], [mailInvoice, 1], [mailGerman, 1], [mailSpanish, 1], [mailFrench, 1], [mailOoo, 1], [mailForward, 1.2]];
const DOCS: Weighted = [[formIntake, 1.2], [formRental, 1], [docMinutes, 1], [docWire, 1], [docResume, 1], [docContract, 1]];
const LOGS: Weighted = [[logNginx, 1], [logApp, 1], [logAudit, 1]];
const NEGS: Weighted = [[negHealth, 1], [negOrder, 1], [negDev, 1], [negFinance, 1], [negTravel, 1], [negLog, 0.6], [negChat, 1.2]];
const GROUPS: readonly (readonly [Weighted, number])[] = [[CHATS, 60], [TOOLS, 15], [MAILS, 10], [DOCS, 10], [LOGS, 5]];

function pickW(r: Rng, xs: Weighted): Tpl {
  const total = xs.reduce((s, x) => s + x[1], 0);
  let u = r.next() * total;
  for (const [t, w] of xs) {
    u -= w;
    if (u < 0) return t;
  }
  return (xs[xs.length - 1] as readonly [Tpl, number])[0];
}

/** Number of distinct document templates (the locale chat counts once per locale). */
export const INDEPENDENT21_TEMPLATE_COUNT =
  CHATS.length - 2 + LOCALES.length + TOOLS.length + MAILS.length + DOCS.length + LOGS.length + NEGS.length;

export function generateIndependent21Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent21Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT21_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT21_MIN_INSTANCES;
  const out: Independent21Entry[] = [];
  let count = 0;
  while (count < min) {
    const d = new Doc();
    let tpl: Tpl;
    if (r.chance(0.1)) tpl = pickW(r, NEGS);
    else {
      const total = GROUPS.reduce((s, g) => s + g[1], 0);
      let u = r.next() * total;
      let grp: Weighted = CHATS;
      for (const [g, w] of GROUPS) {
        u -= w;
        if (u < 0) {
          grp = g;
          break;
        }
      }
      tpl = pickW(r, grp);
    }
    tpl(r, d);
    const known = [...new Set(d.known)].filter((k) => d.text.includes(k));
    out.push({ text: d.text, labels: d.labels, knownNames: known });
    count += d.labels.length;
  }
  return out;
}
