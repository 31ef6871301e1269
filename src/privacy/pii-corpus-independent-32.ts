/**
 * @module privacy/pii-corpus-independent-32 — blind, labelled PII evaluation split #32.
 *
 * WRITTEN BLIND. To write it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts` (Luhn, IBAN mod 97, IBAN lengths), the `PiiType` union in `pii/types.ts`, the
 * first 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. I did NOT read the detector, its tests, its docs or benches, any
 * other corpus or its templates, the git history or anything under /work/shared; I never ran the
 * detector on this text. Every name, address, template and value here was invented for this split.
 *
 * Seeds: 320001, 320002, 320003 (see {@link INDEPENDENT32_SEEDS}); each seed yields whole documents until
 * at least {@link INDEPENDENT32_MIN_INSTANCES} labels exist, deterministically.
 *
 * Contents: telecom, utility and motoring customer service — number porting and SIM swaps, broadband
 * outages and technician visits, energy and water bills, meter readings and payment plans, car rental
 * and leasing, roadside assistance, accident reports and repair-shop claims — as chats, call-centre
 * notes, e-mails, SMS threads, web forms, logs and exports from many countries and languages. About one
 * document in ten is a hard negative with no PII but many traps (people-named brands, places, storms,
 * diseases and laws, order / tracking / case numbers, hashes, versions, IMEIs, ICCIDs, VINs, meter ids,
 * Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers, masked values, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Frau, Sra., 様, さん, 씨 …) and possessive 's are outside
 *   the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" are
 *   labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets or
 *   buildings named after people, eponymous diseases / laws / awards, @handles and names inside e-mail
 *   addresses are not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid or masked ones unlabelled.
 * - IBAN: checksum-valid with the registry length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4 / IPv6 address, port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street / building / PO-box line to the
 *   last postcode / city / country line; the recipient is a separate PERSON; company lines, city-only
 *   mentions, postcodes alone, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { Rng } from './pii-corpus-values.js';
import { ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';

/** The seeds of split #32. */
export const INDEPENDENT32_SEEDS = [320001, 320002, 320003] as const;
/** Labels each seed reaches at least. */
export const INDEPENDENT32_MIN_INSTANCES = 2400;

/** A gold label that also carries the exact text of its span. */
export type Independent32Label = PiiLabel & { readonly value: string };
/** One document of split #32. */
export type Independent32Entry = PiiCorpusEntry & { readonly labels: readonly Independent32Label[] };

/** Builds a document, recording label offsets while text is appended. */
class Doc {
  text = '';
  readonly labels: Independent32Label[] = [];
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
}

// ---------------------------------------------------------------------------------------------- names

interface Culture {
  readonly f: readonly string[];
  readonly m: readonly string[];
  readonly s: readonly string[];
  /** Surname usually written first. */
  readonly sf?: boolean;
}
const cu = (f: string, m: string, s: string, sf = false): Culture => ({
  f: f.split(','),
  m: m.split(','),
  s: s.split(','),
  sf,
});

const K = {
  us: cu('Jennifer,Ashley,Brittany,Hope,Faith,Summer,Kayla', 'Tyler,Bill,Grant,Hunter,Dwayne,Cody', 'Dawson,Pruitt,Hollister,Bishop,Carpenter,Rich,Young,Baker,Sharp,Price,Holloway,Mercer'),
  gb: cu('Rose,May,Imogen,Harriet,Poppy,Joy', 'Will,Guy,Rupert,Alfie,Nigel,Mark', 'Pemberton,Ashworth,Cook,Ward,Bell,Page,Thistlewood,Fairbairn,Hebblethwaite,Stone,Marsh,King'),
  ie: cu('Siobhán,Aoife,Niamh,Clodagh,Gráinne,Róisín', 'Cillian,Tadhg,Oisín,Declan,Ruairí,Pádraig', "O'Sullivan,Ní Bhriain,MacNamara,Fitzgerald,Mulcahy,Brennan,Kavanagh,Doherty,Geraghty,Lynch,Tierney,Ó Ceallaigh"),
  de: cu('Annika,Friederike,Jutta,Heike,Leonie,Lotte', 'Jörg,Till,Maximilian,Uwe,Hannes,Wolfgang', 'Brüggemann,Schäfer,Kleinschmidt,Vogt,Haverkamp,Oberländer,Janßen,Wächter,Ziegler,Krämer,Falk,Roth'),
  fr: cu('Margaux,Solène,Anaïs,Clémence,Aurore,Maëlle', 'Thibault,Grégoire,Benoît,Loïc,Aurélien,Yannick', 'Lefebvre,Moreau,Chevalier,Dubois-Lambert,Garnier,Rousseau,Fontaine,Mercier,Gauthier,Perrin,Lemaire,Boucher'),
  es: cu('Ainhoa,Rocío,Nerea,María José,Begoña,Pilar', 'Íñigo,Jorge,Sergio,Álvaro,Josep,Borja', 'García Ortega,Fernández,Iglesias,Echeverría,Castells,Navarro,Ruiz de Alda,Serrano,Domínguez,Vidal,Arrieta,Olmedo'),
  mx: cu('Guadalupe,Ximena,Itzel,Citlali,Marisol,Dulce', 'Jesús,Alejandro,Emiliano,Rigoberto,Joaquín,Tonatiuh', 'Hernández,Villalobos,Cárdenas,Zamora,Tapia,de la Cruz,Quintero,Barrera,Sandoval,Ochoa,Maldonado,Reyes'),
  it: cu('Chiara,Giulia,Benedetta,Ilaria,Rosaria,Federica', 'Matteo,Gianluca,Salvatore,Pierpaolo,Lorenzo,Davide', 'Esposito,Bianchi,Colombo,Ferraro,Mancini,De Luca,Lombardi,Galli,Caruso,Santoro,Marchetti,Russo'),
  pt: cu('Thaís,Luana,Conceição,Juliana,Beatriz,Graça', 'João Pedro,Thiago,Caio,Rodrigo,Gonçalo,Vinícius', 'Oliveira,Carvalho,Nascimento,Figueiredo,Albuquerque,Rocha,Pereira da Silva,Moura,Teixeira,Cavalcanti,Barbosa,Lima'),
  nl: cu('Femke,Sanne,Marloes,Anouk,Ineke,Wilma', 'Daan,Joost,Sjoerd,Bram,Pieter,Gert-Jan', 'van der Berg,de Vries,Bakker,Visser,Smit,Meijer,van Dijk,Jansen,de Groot,Mulder,Hoekstra,Kuipers'),
  pl: cu('Agnieszka,Małgorzata,Zofia,Katarzyna,Joanna,Dorota', 'Wojciech,Grzegorz,Krzysztof,Łukasz,Bartosz,Tomasz', 'Kowalczyk,Wiśniewski,Zielińska,Wójcik,Kamiński,Lewandowska,Szymański,Dąbrowski,Piotrowska,Grabowski,Nowakowska,Pawlak'),
  nord: cu('Ingrid,Sigrid,Maja,Frida,Astrid,Linnea', 'Björn,Henrik,Anders,Magnus,Sven,Oskar', 'Lindqvist,Johansson,Bergström,Sandberg,Haugen,Nørgaard,Eriksson,Halvorsen,Sjöberg,Dahl,Holm,Lund'),
  fi: cu('Aino,Tuulikki,Helmi,Kaisa', 'Juhani,Eero,Ville,Timo', 'Virtanen,Mäkinen,Korhonen,Heikkinen,Nieminen,Järvinen'),
  ru: cu('Svetlana,Oksana,Yevgenia,Natalia,Larisa,Olena', 'Dmitri,Yaroslav,Sergei,Bohdan,Mikhail,Taras', 'Ivanova,Shevchenko,Kuznetsov,Bondarenko,Volkov,Melnyk,Sokolova,Tkachenko,Orlov,Kovalenko,Petrenko,Lebedev'),
  gr: cu('Eleni,Despina,Katerina,Athina', 'Giorgos,Stavros,Nikos,Panagiotis', 'Papadakis,Antonopoulou,Christodoulou,Vlachos,Economou,Katsaros'),
  tr: cu('Elif,Zeynep,Ayşe,Merve,Gülşen', 'Mehmet,Emre,Burak,Oğuz,Serkan', 'Yılmaz,Demir,Öztürk,Çelik,Aydın,Kaya,Şahin,Arslan'),
  ar: cu('Fatima,Layla,Noor,Amira,Huda,Mariam', 'Said,Omar,Khalid,Youssef,Tariq,Hamza', 'Al-Mansouri,Haddad,El-Amin,Nasser,Al-Farsi,Khoury,Saleh,Bakr,Hijazi,Abboud,Mahfouz,Qureshi'),
  ir: cu('Shirin,Parisa,Niloufar,Mahsa', 'Dariush,Kourosh,Reza,Babak', 'Tehrani,Moradi,Rahimi,Karimi,Ahmadi-Nejad,Farahani'),
  inn: cu('Priya,Ananya,Sunita,Pooja,Kavya,Neha', 'Arjun,Rohit,Vikram,Sanjay,Abhishek,Rahul', 'Sharma,Agarwal,Mehta,Chopra,Malhotra,Bhatnagar,Srivastava,Joshi,Gupta,Kapoor,Saxena,Trivedi'),
  ins: cu('Lakshmi,Deepa,Revathi,Meenakshi', 'Karthik,Venkatesh,Suresh,Arvind', 'Subramanian,Iyer,Reddy,Nair,Krishnamurthy,Pillai,Venkataraman,Raghavan'),
  cn: cu('Mei,Xiaoling,Yan,Jing,Hui,Lan', 'Wei,Jun,Hao,Zhiwei,Jianguo,Bo', 'Wang,Zhang,Liu,Chen,Huang,Zhou,Xu,Lin,Guo,Tang,Long,Ho', true),
  jp: cu('Yuki,Haruka,Aiko,Sakura,Emi,Nanami', 'Takeshi,Hiroshi,Kenji,Ryota,Daisuke,Sho', 'Tanaka,Suzuki,Watanabe,Yamamoto,Nakamura,Kobayashi,Saito,Matsumoto,Inoue,Kimura,Hayashi,Shimizu', true),
  kr: cu('Ji-woo,Seo-yeon,Min-ji,Eun-ji', 'Min-jun,Seung-ho,Dong-hyun,Jae-won', 'Kim,Lee,Park,Choi,Jung,Kang,Yoon,Han', true),
  vn: cu('Thu,Lan Anh,Ngọc,Hương', 'Minh,Tuấn,Quang,Đức', 'Nguyễn,Trần,Lê,Phạm,Hoàng,Vũ,Đặng,Bùi', true),
  ph: cu('Maricel,Rowena,Jocelyn,Analyn', 'Jomar,Rodel,Jerome,Ramil', 'Dela Cruz,Santos,Bautista,Mendoza,Villanueva,Macaraeg,Pangilinan,Soriano'),
  ng: cu('Chiamaka,Ngozi,Funmilayo,Adaeze,Temitope,Blessing', 'Chukwuemeka,Oluwaseun,Babatunde,Emeka,Ifeanyi,Godspower', 'Okafor,Adeyemi,Nwosu,Balogun,Okonkwo,Eze,Adebayo,Obi,Ogunleye,Nwachukwu,Oyelaran,Igwe'),
  ke: cu('Wanjiru,Akinyi,Njeri,Zawadi', 'Kamau,Otieno,Baraka,Kipchoge', 'Mwangi,Odhiambo,Kiprono,Wekesa,Njoroge,Achieng'),
  gh: cu('Akosua,Ama,Efua', 'Kwame,Kofi,Yaw', 'Mensah,Owusu,Asante,Boateng,Acheampong,Darko'),
  et: cu('Selam,Tigist,Hiwot', 'Dawit,Yonas,Bereket', 'Tesfaye,Bekele,Haile,Girma,Alemu,Wolde'),
  hu: cu('Zsófia,Réka,Ildikó', 'Gábor,Zoltán,Levente', 'Nagy,Kovács,Szabó,Tóth,Horváth,Farkas', true),
  cz: cu('Tereza,Lucie,Markéta', 'Jiří,Ondřej,Vojtěch', 'Novák,Dvořáková,Procházka,Černý,Svobodová,Kučera'),
  he: cu('Noa,Tamar,Yael,Shira', 'Eitan,Yossi,Avi,Noam', 'Cohen,Levi,Mizrahi,Friedman,Ben-David,Peretz'),
  th: cu('Siriporn,Kanya,Malee', 'Somchai,Anan,Thanawat', 'Srisuk,Chaiyaporn,Wongsakul,Rattanakorn,Boonmee,Kittisak'),
  id: cu('Dewi,Sri,Putri', 'Agus,Budi,Wahyu', 'Santoso,Wijaya,Hidayat,Kusuma,Nugroho,Setiawan'),
} as const;
const ALL_CULTURES: readonly Culture[] = Object.values(K);

/** Cultures of each country's residents (repeats weight them). */
const CC_CULT: Readonly<Record<string, readonly Culture[]>> = {
  US: [K.us, K.us, K.us, K.us, K.mx, K.inn, K.cn, K.ph, K.ng, K.kr, K.vn, K.ar, K.he],
  GB: [K.gb, K.gb, K.gb, K.ie, K.inn, K.ng, K.gh, K.pl, K.ar, K.cn],
  IE: [K.ie, K.ie, K.ie, K.gb, K.pl, K.ng],
  DE: [K.de, K.de, K.de, K.tr, K.pl, K.ru, K.gr, K.ar],
  AT: [K.de, K.de, K.hu, K.cz, K.tr],
  CH: [K.de, K.fr, K.it, K.pt],
  FR: [K.fr, K.fr, K.fr, K.ar, K.pt, K.vn],
  BE: [K.fr, K.nl, K.ar, K.it],
  ES: [K.es, K.es, K.es, K.ar, K.mx],
  PT: [K.pt, K.pt, K.pt],
  IT: [K.it, K.it, K.it, K.ar],
  NL: [K.nl, K.nl, K.nl, K.tr, K.ar, K.id],
  PL: [K.pl, K.pl, K.pl, K.ru],
  SE: [K.nord, K.nord, K.nord, K.fi, K.ar, K.ir],
  AU: [K.gb, K.us, K.cn, K.vn, K.ins, K.gr, K.it],
  CA: [K.us, K.gb, K.fr, K.cn, K.inn, K.ir],
  IN: [K.inn, K.inn, K.ins, K.ins],
  BR: [K.pt, K.pt, K.jp, K.it],
  MX: [K.mx, K.mx, K.mx],
  JP: [K.jp],
  ZA: [K.gb, K.ke, K.nl, K.ins, K.ng],
  NG: [K.ng],
  PH: [K.ph, K.ph, K.cn],
  KR: [K.kr],
};

interface Person {
  readonly g: string;
  readonly s: string;
  readonly f: boolean;
  readonly full: string;
}

// Native-script names for the Japanese, Korean and Chinese documents.
const JP_SUR = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山口'];
const JP_GIV = ['健太', '翔', '陽菜', '美咲', '大輔', '由美', '拓也', 'さくら', '直樹', '愛', '恵子', '誠'];
const KR_SUR = ['김', '이', '박', '최', '정', '강', '조', '윤'];
const KR_GIV = ['민준', '서연', '지훈', '하은', '도윤', '수빈', '예준', '지아'];

// ------------------------------------------------------------------------------------------- helpers

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/[øØ]/g, 'o')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: 'January,February,March,April,May,June,July,August,September,October,November,December'.split(','),
  de: 'Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember'.split(','),
  fr: 'janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre'.split(','),
  es: 'enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre'.split(','),
  pt: 'janeiro,fevereiro,março,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro'.split(','),
  it: 'gennaio,febbraio,marzo,aprile,maggio,giugno,luglio,agosto,settembre,ottobre,novembre,dicembre'.split(','),
  nl: 'januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december'.split(','),
  pl: 'stycznia,lutego,marca,kwietnia,maja,czerwca,lipca,sierpnia,września,października,listopada,grudnia'.split(','),
  sv: 'januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december'.split(','),
};
const mon = (lang: string, m: number): string => (MONTHS[lang] ?? MONTHS.en ?? [])[m - 1] ?? '';
const ord = (n: number): string => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

const US_AREA = ['212', '415', '312', '617', '503', '512', '303', '919', '520', '608', '518', '208', '402', '912', '509', '614', '404', '713'];
const CA_AREA = ['416', '604', '514', '403', '902', '613', '780', '204'];
const OCT1 = [23, 31, 41, 62, 77, 81, 86, 90, 94, 102, 109, 145, 151, 176, 185, 188, 197, 203, 212, 217];
const V6P = ['2a02:8109', '2001:db8', '2a01:4f8', '2600:1700', '2406:da18', '2003:e2', '2a00:23c5', '2605:a601', '2804:14c'];

const DOMAINS: Readonly<Record<string, readonly string[]>> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net'],
  GB: ['gmail.com', 'btinternet.com', 'yahoo.co.uk', 'hotmail.co.uk', 'sky.com'],
  IE: ['gmail.com', 'eircom.net', 'hotmail.com'],
  DE: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmail.com'],
  AT: ['gmx.at', 'aon.at', 'gmail.com'],
  CH: ['bluewin.ch', 'gmx.ch', 'gmail.com'],
  FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'],
  BE: ['skynet.be', 'telenet.be', 'gmail.com'],
  ES: ['hotmail.es', 'telefonica.net', 'gmail.com', 'yahoo.es'],
  PT: ['sapo.pt', 'gmail.com', 'netcabo.pt'],
  IT: ['libero.it', 'virgilio.it', 'tiscali.it', 'gmail.com'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'xs4all.nl'],
  PL: ['wp.pl', 'o2.pl', 'onet.pl', 'gmail.com'],
  SE: ['telia.com', 'gmail.com', 'bredband.net'],
  AU: ['bigpond.com', 'gmail.com', 'optusnet.com.au'],
  CA: ['rogers.com', 'shaw.ca', 'gmail.com', 'videotron.ca'],
  IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  BR: ['uol.com.br', 'bol.com.br', 'gmail.com', 'yahoo.com.br'],
  MX: ['prodigy.net.mx', 'hotmail.com', 'gmail.com'],
  JP: ['docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com', 'yahoo.co.jp'],
  ZA: ['mweb.co.za', 'gmail.com', 'telkomsa.net'],
  NG: ['yahoo.com', 'gmail.com'],
  PH: ['yahoo.com.ph', 'gmail.com'],
  KR: ['naver.com', 'daum.net', 'gmail.com'],
};

const COUNTRIES = ['US', 'US', 'US', 'GB', 'GB', 'IE', 'DE', 'DE', 'AT', 'CH', 'FR', 'BE', 'ES', 'PT', 'IT', 'NL', 'PL', 'SE', 'AU', 'CA', 'IN', 'BR', 'MX', 'ZA', 'NG', 'PH', 'JP'];
const IBAN_CC = new Set(['DE', 'AT', 'CH', 'FR', 'BE', 'ES', 'PT', 'IT', 'NL', 'PL', 'SE', 'IE', 'GB', 'BR']);
/** Language of a country's own dates. */
const LANG: Readonly<Record<string, string>> = { DE: 'de', AT: 'de', CH: 'de', FR: 'fr', BE: 'fr', ES: 'es', MX: 'es', PT: 'pt', BR: 'pt', IT: 'it', NL: 'nl', PL: 'pl', SE: 'sv' };

const BBAN: Readonly<Record<string, string>> = {
  DE: 'n18', AT: 'n16', CH: 'n17', FR: 'n23', BE: 'n12', ES: 'n20', PT: 'n21', IT: 'a1n22', NL: 'b4n10', PL: 'n24',
  SE: 'n20', IE: 'b4n14', GB: 'b4n14', BR: 'n23a1n1', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n16', TR: 'n22', GR: 'n23',
  SA: 'n20', AE: 'n19',
};
const BANKS: Readonly<Record<string, readonly string[]>> = {
  NL: ['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB', 'SNSB', 'ASNB'],
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'SRLG', 'MONZ'],
  IE: ['AIBK', 'BOFI', 'IPBS', 'ULSB'],
};

const CARRIERS = ['Skylark Mobile', 'Halyard Telecom', 'Northwind Wireless', 'Bramble Mobile', 'Quokka Connect', 'Zephyr One', 'Tidewire', 'Orbis Telecom'];
const ISPS = ['Brightwave Broadband', 'Fibrelink', 'Kestrel Fibre', 'NetHarbour', 'Copperleaf Internet', 'Lumo Fibre'];
const ENERGY = ['Fernleaf Energy', 'Northgate Power & Gas', 'Solstice Utilities', 'Hearthside Energy', 'Voltaic Home', 'Greywater Gas'];
const WATER = ['Aquilo Water', 'Riverbend Water Services', 'Clearbrook Water', 'Tarn Valley Water'];
const RENTAL = ['Rotavia Car Rental', 'Wayfarer Rentals', 'Milepost Car Hire', 'Avis', 'Hertz', 'Sixt', 'Drivewell'];
const LEASE = ['Veloce Leasing', 'Keystone Auto Finance', 'Meridian Lease', 'Cobalt Drive Lease'];
const ROADSIDE = ['Halcyon Roadside', 'RescueLane', 'TowTrust', 'Rapid Recovery 24'];
const INSURER = ['Tandem Insurance', 'Bluewater Mutual', 'Harbourline Assurance', 'Crestmark Insurance'];
const GARAGE = ['Corvid Motors', 'Ironbridge Autobody', 'Smith & Sons Panel Beaters', 'Kwik Fit', 'Ace Collision Centre', 'Ferraro Carrozzeria'];
const CARS = ['Ford Fiesta', 'Toyota Corolla', 'VW Golf', 'Tesla Model 3', 'Peugeot 208', 'Honda Civic', 'Škoda Octavia', 'Kia Niro', 'Renault Clio', 'Dodge Charger', 'Mercedes-Benz C 220', 'Porsche Macan', 'Chevrolet Malibu', 'Citroën C3', 'Nissan Leaf'];
const STORMS = ['Storm Éowyn', 'Storm Babet', 'Hurricane Milton', 'Typhoon Shanshan', 'Storm Ciarán', 'Cyclone Alfred', 'Storm Boris'];
const EPONYM = ["Parkinson's disease", "Alzheimer's", "Crohn's disease", 'Down syndrome', "Hodgkin lymphoma", "Ménière's disease", 'Asperger syndrome', "Huntington's disease"];
const PLACES = ['Victoria Station', 'Lake Louise', 'Port Elizabeth', 'Georgetown', 'Jackson Heights', 'Kingston', 'San Francisco', 'St. Helens', 'Charles de Gaulle airport', 'JFK', 'Lincoln Tunnel', 'Washington Square', 'Martin Luther King Jr. Blvd', 'Queen Elizabeth Hospital'];
const PETS = ['Biscuit', 'Luna', 'Max', 'Pepper', 'Bella', 'Oscar', 'Toby'];

class G {
  constructor(readonly r: Rng) {}
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(a: number, b: number): number {
    return this.r.int(a, b);
  }
  chance(p: number): boolean {
    return this.r.chance(p);
  }
  dig(n: number): string {
    return this.r.digits(n);
  }
  nz(n: number): string {
    return String(this.int(1, 9)) + this.dig(n - 1);
  }
  up(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += this.pick([...'ABCDEFGHJKLMNPRSTUVWXYZ']);
    return s;
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += this.pick([...'0123456789abcdef']);
    return s;
  }
  country(): string {
    return this.pick(COUNTRIES);
  }
  ibanCountry(cc: string): string {
    return IBAN_CC.has(cc) ? cc : this.pick(['DE', 'FR', 'ES', 'NL', 'GB', 'IT', 'BE', 'PT', 'IE', 'PL', 'AT']);
  }

  // ------------------------------------------------------------------------------------ people
  person(cc?: string, female?: boolean): Person {
    const pool = cc ? CC_CULT[cc] : undefined;
    const c = pool && this.chance(0.78) ? this.pick(pool) : this.pick(ALL_CULTURES);
    const f = female ?? this.chance(0.5);
    const g = this.pick(f ? c.f : c.m);
    const s = this.pick(c.s);
    const full = c.sf && this.chance(0.35) ? `${s} ${g}` : `${g} ${s}`;
    return { g, s, f, full };
  }
  hon(p: Person, lang = 'en'): string {
    switch (lang) {
      case 'de': return p.f ? 'Frau' : 'Herr';
      case 'fr': return p.f ? 'Mme' : 'M.';
      case 'es': case 'pt': return p.f ? 'Sra.' : 'Sr.';
      case 'it': return p.f ? 'Sig.ra' : 'Sig.';
      case 'nl': return p.f ? 'mevrouw' : 'meneer';
      case 'pl': return p.f ? 'Pani' : 'Pan';
      default: return this.chance(0.12) ? 'Dr.' : p.f ? this.pick(['Ms.', 'Mrs.', 'Ms', 'Miss']) : this.pick(['Mr.', 'Mr']);
    }
  }
  /** Writes a name in one of its labelled forms. */
  name(d: Doc, p: Person, lang = 'en', casual = false): void {
    const k = this.r.next();
    if (k < 0.4) d.l('PERSON', p.full);
    else if (k < 0.48) d.t(`${this.hon(p, lang)} `).l('PERSON', p.full);
    else if (k < 0.62) d.t(`${this.hon(p, lang)} `).l('PERSON', p.s);
    else if (k < 0.7) d.l('PERSON', `${[...p.g][0] ?? ''}. ${p.s}`);
    else if (k < 0.77) d.l('PERSON', `${p.s}, ${p.g}`);
    else if (k < 0.84) d.l('PERSON', p.full.toUpperCase());
    else if (k < 0.9 && casual) d.l('PERSON', p.full.toLowerCase());
    else d.l('PERSON', p.g);
  }
  /** The user's own full name, verbatim, as session metadata. */
  self(d: Doc, p: Person): void {
    d.l('PERSON', p.full);
    if (!d.known.includes(p.full)) d.known.push(p.full);
  }
  /** The user's own name, sometimes registered as known. */
  me(d: Doc, p: Person, lang = 'en', casual = false): void {
    if (this.chance(0.55)) this.self(d, p);
    else this.name(d, p, lang, casual);
  }
  agent(d: Doc, cc?: string): void {
    d.l('PERSON', this.person(cc).g);
  }

  // ------------------------------------------------------------------------------------ contact
  email(p: Person, cc = 'US'): string {
    const g = ascii(p.g) || 'user';
    const s = ascii(p.s) || 'mail';
    const local = this.pick([`${g}.${s}`, `${g[0] ?? 'x'}${s}`, `${s}${this.int(70, 99)}`, `${g}_${s}${this.int(1, 99)}`, `${g}${s[0] ?? ''}`, `${g}.${s}${this.int(1980, 2004)}`]);
    return `${local}@${this.pick(DOMAINS[cc] ?? ['gmail.com'])}`;
  }
  role(company: string): string {
    const dom = company.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return `${this.pick(['support', 'billing', 'care', 'noreply', 'claims', 'service', 'help', 'disputes'])}@${dom}.${this.pick(['com', 'co.uk', 'net', 'eu'])}`;
  }
  phone(cc: string, intl = this.chance(0.35)): string {
    const dg = (n: number): string => this.dig(n);
    switch (cc) {
      case 'US': case 'CA': {
        const a = this.pick(cc === 'US' ? US_AREA : CA_AREA);
        const e = `${this.int(2, 9)}${dg(2)}`;
        const n = dg(4);
        return intl ? this.pick([`+1 ${a} ${e} ${n}`, `+1-${a}-${e}-${n}`, `+1 (${a}) ${e}-${n}`]) : this.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `1-${a}-${e}-${n}`]);
      }
      case 'GB': {
        const m = `7${this.int(4, 9)}${dg(2)} ${dg(6)}`;
        return intl ? this.pick([`+44 ${m}`, `+44 (0)20 ${this.int(3, 8)}${dg(3)} ${dg(4)}`]) : this.pick([`0${m}`, `020 ${this.int(3, 8)}${dg(3)} ${dg(4)}`, `0113 ${dg(3)} ${dg(4)}`, `0161 ${dg(3)} ${dg(4)}`]);
      }
      case 'IE': {
        const p = this.pick(['3', '5', '6', '7', '9']);
        return intl ? `+353 8${p} ${dg(3)} ${dg(4)}` : this.pick([`08${p} ${dg(3)} ${dg(4)}`, `(01) ${dg(3)} ${dg(4)}`, `021 ${dg(3)} ${dg(4)}`]);
      }
      case 'DE': {
        const p = this.pick(['51', '52', '57', '60', '62', '70', '71', '72', '76']);
        return intl ? this.pick([`+49 1${p} ${dg(8)}`, `+49 (0)30 ${dg(8)}`, `+49 89 ${dg(4)} ${dg(4)}`]) : this.pick([`01${p} ${dg(8)}`, `01${p}/${dg(7)}`, `030 ${dg(8)}`, `0221/${dg(7)}`, `089 ${dg(4)} ${dg(4)}`]);
      }
      case 'AT': {
        const p = this.pick(['64', '60', '76', '99']);
        return intl ? this.pick([`+43 6${p} ${dg(7)}`, `+43 1 ${dg(7)}`]) : `06${p} ${dg(7)}`;
      }
      case 'CH': {
        const p = this.pick(['6', '7', '8', '9']);
        const rest = `${dg(3)} ${dg(2)} ${dg(2)}`;
        return intl ? `+41 7${p} ${rest}` : this.pick([`07${p} ${rest}`, `044 ${rest}`, `031 ${rest}`]);
      }
      case 'FR': case 'BE': {
        if (cc === 'BE') {
          const p = this.pick(['70', '75', '85', '95']);
          return intl ? `+32 4${p} ${dg(2)} ${dg(2)} ${dg(2)}` : this.pick([`04${p} ${dg(2)} ${dg(2)} ${dg(2)}`, `02 ${dg(3)} ${dg(2)} ${dg(2)}`]);
        }
        const pr = [dg(2), dg(2), dg(2), dg(2)];
        const p = this.pick(['6', '7', '1', '4']);
        return intl ? this.pick([`+33 ${p} ${pr.join(' ')}`, `+33 (0)${p} ${pr.join(' ')}`]) : this.pick([`0${p} ${pr.join(' ')}`, `0${p}.${pr.join('.')}`, `0${p}${pr.join('')}`]);
      }
      case 'ES': {
        const m = `6${dg(2)} ${dg(3)} ${dg(3)}`;
        return intl ? this.pick([`+34 ${m}`, `+34 91 ${dg(3)} ${dg(2)} ${dg(2)}`]) : this.pick([m, `93 ${dg(3)} ${dg(2)} ${dg(2)}`]);
      }
      case 'PT': {
        const m = `9${this.pick(['1', '2', '3', '6'])}${dg(1)} ${dg(3)} ${dg(3)}`;
        return intl ? `+351 ${m}` : this.pick([m, `21 ${dg(3)} ${dg(4)}`]);
      }
      case 'IT': {
        const m = `3${this.pick(['33', '35', '38', '40', '47', '49', '66', '92'])} ${dg(3)} ${dg(4)}`;
        return intl ? this.pick([`+39 ${m}`, `+39 02 ${dg(4)} ${dg(4)}`]) : this.pick([m, `06 ${dg(4)} ${dg(4)}`, `0${this.int(10, 99)} ${dg(6)}`]);
      }
      case 'NL':
        return intl ? this.pick([`+31 6 ${dg(8)}`, `+31 (0)20 ${dg(3)} ${dg(4)}`]) : this.pick([`06-${dg(8)}`, `06 ${dg(4)} ${dg(4)}`, `020-${dg(7)}`, `010 ${dg(3)} ${dg(4)}`]);
      case 'PL': {
        const m = `${this.pick(['5', '6', '7', '8'])}${dg(2)} ${dg(3)} ${dg(3)}`;
        return intl ? this.pick([`+48 ${m}`, `+48 22 ${dg(3)} ${dg(2)} ${dg(2)}`]) : m;
      }
      case 'SE': {
        const p = this.pick(['0', '2', '3', '6']);
        return intl ? `+46 7${p} ${dg(3)} ${dg(2)} ${dg(2)}` : this.pick([`07${p}-${dg(3)} ${dg(2)} ${dg(2)}`, `08-${dg(3)} ${dg(3)} ${dg(2)}`]);
      }
      case 'AU':
        return intl ? this.pick([`+61 4${dg(2)} ${dg(3)} ${dg(3)}`, `+61 2 ${dg(4)} ${dg(4)}`]) : this.pick([`04${dg(2)} ${dg(3)} ${dg(3)}`, `(0${this.pick(['2', '3', '7', '8'])}) ${dg(4)} ${dg(4)}`]);
      case 'IN': {
        const m = `${this.pick(['9', '8', '7'])}${dg(4)} ${dg(5)}`;
        return intl ? this.pick([`+91 ${m}`, `+91-${m.replace(' ', '')}`]) : this.pick([m, `0${m}`, `080 ${dg(4)} ${dg(4)}`]);
      }
      case 'BR': {
        const ddd = this.pick(['11', '21', '31', '41', '51', '61', '71', '81']);
        return intl ? `+55 ${ddd} 9${dg(4)}-${dg(4)}` : this.pick([`(${ddd}) 9${dg(4)}-${dg(4)}`, `(${ddd}) ${this.int(2, 5)}${dg(3)}-${dg(4)}`]);
      }
      case 'MX':
        return intl ? `+52 ${this.pick(['55', '33', '81'])} ${dg(4)} ${dg(4)}` : this.pick([`55 ${dg(4)} ${dg(4)}`, `33 ${dg(4)} ${dg(4)}`, `222 ${dg(3)} ${dg(4)}`]);
      case 'JP': {
        const p = this.pick(['9', '8', '7']);
        return intl ? `+81 ${p}0-${dg(4)}-${dg(4)}` : this.pick([`0${p}0-${dg(4)}-${dg(4)}`, `03-${dg(4)}-${dg(4)}`, `06-${dg(4)}-${dg(4)}`]);
      }
      case 'ZA': {
        const p = this.pick(['72', '73', '76', '82', '83', '84']);
        return intl ? `+27 ${p} ${dg(3)} ${dg(4)}` : this.pick([`0${p} ${dg(3)} ${dg(4)}`, `021 ${dg(3)} ${dg(4)}`]);
      }
      case 'NG': {
        const p = this.pick(['803', '806', '813', '703', '705', '805', '809']);
        return intl ? `+234 ${p} ${dg(3)} ${dg(4)}` : `0${p} ${dg(3)} ${dg(4)}`;
      }
      case 'PH': {
        const p = this.pick(['17', '18', '27', '55', '98']);
        return intl ? `+63 9${p} ${dg(3)} ${dg(4)}` : this.pick([`09${p} ${dg(3)} ${dg(4)}`, `(02) 8${dg(3)} ${dg(4)}`]);
      }
      case 'KR':
        return intl ? `+82 10-${dg(4)}-${dg(4)}` : `010-${dg(4)}-${dg(4)}`;
      default:
        return `+1 ${this.pick(US_AREA)} ${this.int(2, 9)}${dg(2)} ${dg(4)}`;
    }
  }
  /** A phone number read aloud. */
  spokenPhone(cc: string): string {
    const W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const num = this.phone(cc, false).replace(/[()]/g, '');
    const oh = cc === 'GB' || cc === 'IE' || cc === 'AU' || this.chance(0.3);
    return num
      .split(/[ .\-/]+/)
      .map((grp) => [...grp].map((c) => (c === '0' && oh ? 'oh' : (W[Number(c)] ?? c))).join(' '))
      .join(', ');
  }
  spokenEmail(p: Person, cc: string): string {
    return this.email(p, cc).replace(/\./g, ' dot ').replace('@', ' at ').replace(/_/g, ' underscore ');
  }
  maskedPhone(): string {
    return this.pick([`***-***-${this.dig(4)}`, `(***) ***-${this.dig(4)}`, `07*** ***${this.dig(3)}`, `+49 15* **** ${this.dig(3)}`, `XXX-XXX-${this.dig(4)}`]);
  }

  // ------------------------------------------------------------------------------------ addresses
  addrLines(cc: string): string[] {
    const n = (a: number, b: number): number => this.int(a, b);
    switch (cc) {
      case 'US': {
        const [city, st, zp] = this.pick([['Columbus', 'OH', '432'], ['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Denver', 'CO', '802'], ['Raleigh', 'NC', '276'], ['Tucson', 'AZ', '857'], ['Madison', 'WI', '537'], ['Albany', 'NY', '122'], ['Boise', 'ID', '837'], ['Omaha', 'NE', '681'], ['Savannah', 'GA', '314'], ['Spokane', 'WA', '992']] as const);
        const last = `${city}, ${st} ${zp}${this.dig(2)}`;
        if (this.chance(0.1)) return [`${this.pick(['PO Box', 'P.O. Box'])} ${n(100, 9999)}`, last];
        const l1 = `${n(12, 9899)} ${this.pick(['Maple Ridge Dr', 'Oak Hollow Ln', 'W 14th St', 'Cedar Bluff Rd', 'Lakeview Ave', 'Birchwood Ct', 'N Harmon Blvd', 'Sycamore St', 'Old Mill Rd', 'E Pine St'])}`;
        const apt = this.pick(['', '', `Apt ${n(1, 40)}${this.pick(['', 'A', 'B'])}`, `Unit ${n(100, 999)}`]);
        return apt ? (this.chance(0.5) ? [`${l1}, ${apt}`, last] : [l1, apt, last]) : [l1, last];
      }
      case 'CA': {
        const [city, pr, fsa] = this.pick([['Toronto', 'ON', 'M'], ['Vancouver', 'BC', 'V'], ['Calgary', 'AB', 'T'], ['Halifax', 'NS', 'B'], ['Ottawa', 'ON', 'K'], ['Montréal', 'QC', 'H']] as const);
        const pc = `${fsa}${n(1, 9)}${this.up(1)} ${n(1, 9)}${this.up(1)}${n(1, 9)}`;
        const l1 = city === 'Montréal' ? `${n(10, 4999)} rue ${this.pick(['Saint-Denis', 'Rachel Est', 'Beaubien'])}, app. ${n(1, 30)}` : `${n(10, 4999)} ${this.pick(['Queen St W', 'Bathurst St', 'Kingsway', 'Elbow Dr SW', 'Robie St', 'Bank St'])}`;
        return [l1, `${city} ${pr} ${pc}`];
      }
      case 'GB': {
        const [town, pc, area] = this.pick([['Leeds', 'LS6', 'Headingley'], ['Bristol', 'BS3', 'Southville'], ['Norwich', 'NR2', 'Golden Triangle'], ['Cardiff', 'CF24', 'Roath'], ['Glasgow', 'G12', 'Hillhead'], ['Leicester', 'LE2', 'Clarendon Park'], ['Brighton', 'BN2', 'Kemptown'], ['York', 'YO10', 'Fulford'], ['Derby', 'DE22', 'Darley Abbey'], ['Exeter', 'EX4', 'St Davids']] as const);
        const l1 = `${n(1, 240)} ${this.pick(['Elmhurst Road', 'Carrow Road', 'Albion Street', 'Hawthorn Close', 'Mill Lane', 'Station Road', 'Queens Crescent', 'Beech Grove'])}`;
        const lines = this.chance(0.35) ? [`Flat ${n(1, 12)}`, l1] : [l1];
        if (this.chance(0.3)) lines.push(area);
        lines.push(town, `${pc} ${n(1, 9)}${this.up(2)}`);
        return lines;
      }
      case 'IE': {
        const l1 = this.chance(0.3) ? `Apt ${n(1, 40)}, ${this.pick(['The Maltings', 'Riverside Court', 'Castle Quay'])}` : `${n(1, 90)} ${this.pick(['Ashgrove Park', 'Oakfield Lawn', 'Church View', 'Greenmount Avenue'])}`;
        const [town, ek] = this.pick([['Ballincollig, Co. Cork', 'P31'], ['Galway', 'H91'], ['Dublin 8', 'D08'], ['Limerick', 'V94'], ['Naas, Co. Kildare', 'W91']] as const);
        return [l1, town, `${ek} ${this.up(1)}${n(1, 9)}${this.up(1)}${n(1, 9)}`];
      }
      case 'DE': case 'AT': case 'CH': {
        const st = `${this.pick(cc === 'CH' ? ['Bahnhofstrasse', 'Seefeldstrasse', 'Rosenweg', 'Kirchgasse'] : ['Birkenweg', 'Hauptstraße', 'Am Mühlbach', 'Lindenallee', 'Schillerstraße', 'Gartenstraße', 'Mariahilfer Straße'])} ${n(1, 140)}${this.pick(['', '', 'a', 'b'])}${cc === 'AT' ? `/${n(1, 20)}` : ''}`;
        const city = cc === 'DE' ? this.pick(['10437 Berlin', '50672 Köln', '80331 München', '20095 Hamburg', '70173 Stuttgart', '04109 Leipzig', '60311 Frankfurt am Main', '28195 Bremen', '01067 Dresden']) : cc === 'AT' ? this.pick(['1070 Wien', '8010 Graz', '4020 Linz', '5020 Salzburg', '6020 Innsbruck']) : this.pick(['8001 Zürich', '3011 Bern', '4051 Basel', '6003 Luzern', '9000 St. Gallen']);
        return this.chance(0.15) ? [st, city, cc === 'DE' ? 'Deutschland' : cc === 'AT' ? 'Österreich' : 'Schweiz'] : [st, city];
      }
      case 'FR': case 'BE': {
        if (cc === 'BE') return [`${this.pick(['Rue de la Loi', 'Kerkstraat', 'Avenue Louise', 'Chaussée de Wavre'])} ${n(1, 200)}${this.chance(0.3) ? ` bte ${n(1, 9)}` : ''}`, this.pick(['1040 Etterbeek', '2000 Antwerpen', '4000 Liège', '1050 Ixelles', '9000 Gent'])];
        const l1 = `${n(1, 180)}${this.pick(['', '', ' bis'])} ${this.pick(['rue des Lilas', 'avenue de la République', 'boulevard Carnot', 'rue du Faubourg', 'impasse des Tanneurs', 'allée des Cerisiers'])}`;
        const lines = this.chance(0.3) ? [`Appt ${n(1, 60)}, ${this.pick(['Bât. B', 'Résidence Les Pins', 'Esc. 2'])}`, l1] : [l1];
        lines.push(this.pick(['69003 Lyon', '31000 Toulouse', '13006 Marseille', '44000 Nantes', '33000 Bordeaux', '59800 Lille', '67000 Strasbourg', '35000 Rennes']));
        return lines;
      }
      case 'ES':
        return [`${this.pick(['Calle Mayor', 'Avda. de la Constitución', 'C/ Sierpes', 'Paseo de Gracia', 'Calle del Pez'])} ${n(1, 150)}, ${n(1, 8)}º ${this.pick(['A', 'B', 'izda.', 'dcha.'])}`, this.pick(['28013 Madrid', '41001 Sevilla', '46002 Valencia', '08008 Barcelona', '50001 Zaragoza', '29015 Málaga', '48001 Bilbao'])];
      case 'MX':
        return [`${this.pick(['Calle Durango', 'Av. Insurgentes Sur', 'Calle Morelos', 'Av. Vallarta'])} ${n(10, 2400)}${this.chance(0.4) ? `, Int. ${n(1, 40)}` : ''}`, `Col. ${this.pick(['Roma Norte', 'Del Valle', 'Centro', 'Americana'])}`, this.pick(['06700 Ciudad de México, CDMX', '44160 Guadalajara, Jal.', '64000 Monterrey, N.L.', '72000 Puebla, Pue.'])];
      case 'PT':
        return [`${this.pick(['Rua de Santa Catarina', 'Avenida da Liberdade', 'Rua do Almada', 'Travessa do Carmo'])} ${n(1, 400)}, ${n(1, 6)}.º ${this.pick(['Esq.', 'Dto.'])}`, this.pick(['4000-447 Porto', '1250-096 Lisboa', '3000-214 Coimbra', '4700-325 Braga'])];
      case 'BR':
        return [`${this.pick(['Rua Augusta', 'Av. Sete de Setembro', 'Rua das Laranjeiras', 'Rua XV de Novembro'])}, ${n(10, 3000)}${this.chance(0.5) ? ` - apto ${n(11, 1204)}` : ''}`, `${this.pick(['Consolação', 'Centro', 'Laranjeiras', 'Savassi'])}`, `${this.pick(['São Paulo - SP', 'Curitiba - PR', 'Salvador - BA', 'Belo Horizonte - MG', 'Rio de Janeiro - RJ'])}, ${this.dig(5)}-${this.dig(3)}`];
      case 'IT':
        return [`${this.pick(['Via dei Mille', 'Corso Vittorio Emanuele II', 'Piazza Santo Spirito', 'Via Roma', 'Viale Monza'])} ${n(1, 220)}`, this.pick(['20121 Milano MI', '00185 Roma RM', '10123 Torino TO', '40126 Bologna BO', '80138 Napoli NA', '50125 Firenze FI'])];
      case 'NL':
        return [`${this.pick(['Prinsengracht', 'Vondelstraat', 'Laan van Meerdervoort', 'Oudegracht', 'Kerkstraat'])} ${n(1, 400)}${this.pick(['', '', '-II', 'A', ' bis'])}`, `${n(1011, 9999)} ${this.up(2)} ${this.pick(['Amsterdam', 'Utrecht', 'Den Haag', 'Rotterdam', 'Groningen', 'Eindhoven'])}`];
      case 'PL':
        return [`${this.pick(['ul. Kwiatowa', 'ul. Długa', 'al. Jerozolimskie', 'ul. Piotrkowska', 'os. Tysiąclecia'])} ${n(1, 160)}${this.chance(0.6) ? `/${n(1, 60)}` : ''}`, this.pick(['00-695 Warszawa', '30-001 Kraków', '50-043 Wrocław', '80-831 Gdańsk', '61-756 Poznań', '90-001 Łódź'])];
      case 'SE':
        return [`${this.pick(['Storgatan', 'Vasavägen', 'Drottninggatan', 'Kungsgatan', 'Södra Allén'])} ${n(1, 90)}${this.chance(0.3) ? ` lgh ${n(1001, 1504)}` : ''}`, `${n(100, 985)} ${n(10, 99)} ${this.pick(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Umeå'])}`];
      case 'AU': {
        const l1 = `${this.chance(0.35) ? `Unit ${n(1, 30)}, ` : ''}${n(1, 300)} ${this.pick(['Wattle St', 'Banksia Cres', 'Hargrave St', 'Bay Rd', 'Gympie Tce', 'Rokeby Rd'])}`;
        if (this.chance(0.1)) return [`PO Box ${n(100, 9999)}`, `${this.pick(['Fitzroy VIC 3065', 'Paddington NSW 2021', 'West End QLD 4101'])}`];
        return [l1, this.pick(['Fitzroy VIC 3065', 'Paddington NSW 2021', 'West End QLD 4101', 'Subiaco WA 6008', 'Norwood SA 5067', 'Sandy Bay TAS 7005'])];
      }
      case 'IN':
        return [`${this.pick(['Flat', 'H.No.'])} ${n(101, 1204)}, ${this.pick(['Sai Krupa Apartments', 'Lotus Residency', 'Green Park Enclave', 'Shanti Nivas'])}`, `${n(1, 18)}${ord(n(4, 9))} ${this.pick(['Main Road', 'Cross', 'Street'])}, ${this.pick(['Jayanagar', 'Kothrud', 'T. Nagar', 'Banjara Hills', 'Saket'])}`, this.pick(['Bengaluru, Karnataka 560041', 'Pune, Maharashtra 411038', 'Chennai, Tamil Nadu 600017', 'Hyderabad, Telangana 500034', 'New Delhi, Delhi 110017'])];
      case 'ZA':
        return [`${n(1, 140)} ${this.pick(['Jacaranda Ave', 'Bree St', 'Main Rd', 'Protea Cres'])}`, this.pick(['Rondebosch', 'Sandton', 'Durban North', 'Hatfield']), this.pick(['Cape Town, 7700', 'Johannesburg, 2196', 'Durban, 4051', 'Pretoria, 0083'])];
      case 'NG':
        return [`${this.pick(['Plot', 'No.'])} ${n(1, 90)}, ${this.pick(['Admiralty Way', 'Ogui Road', 'Allen Avenue', 'Aminu Kano Crescent'])}`, this.pick(['Lekki Phase 1, Lagos', 'Enugu, Enugu State', 'Ikeja, Lagos', 'Wuse II, Abuja'])];
      case 'PH':
        return [`${this.chance(0.5) ? `Unit ${n(1, 40)}${this.up(1)}, ` : ''}${n(1, 300)} ${this.pick(['Kalayaan Ave', 'Mabini St', 'Rizal Ave Ext', 'Ortigas Ave'])}`, `${this.pick(['Brgy. Poblacion, Makati City', 'Diliman, Quezon City', 'Kapitolyo, Pasig City', 'Lahug, Cebu City'])} ${n(1000, 6000)}`];
      case 'JP':
        return [`${n(1, 5)}-${n(1, 20)}-${n(1, 30)} ${this.pick(['Jingumae', 'Nishi-Shinjuku', 'Umeda', 'Sakae', 'Tenjin'])}`, `${this.pick(['Shibuya-ku, Tokyo', 'Shinjuku-ku, Tokyo', 'Kita-ku, Osaka', 'Naka-ku, Nagoya', 'Chuo-ku, Fukuoka'])} ${n(100, 999)}-${this.dig(4)}`];
      default:
        return this.addrLines('US');
    }
  }
  /** Writes a labelled address on one line or several. */
  addr(d: Doc, cc: string, multi = this.chance(0.4)): void {
    const lines = this.addrLines(cc);
    d.l('ADDRESS', lines.join(multi ? '\n' : ', '));
  }
  jpAddr(): string {
    return `〒${this.int(100, 999)}-${this.dig(4)} ${this.pick(['東京都世田谷区三軒茶屋', '大阪府大阪市北区梅田', '神奈川県横浜市港北区日吉', '愛知県名古屋市中区栄', '福岡県福岡市中央区天神', '北海道札幌市中央区大通西'])}${this.int(1, 5)}-${this.int(1, 20)}-${this.int(1, 30)}${this.pick(['', ' サンハイツ201', ' メゾン緑305', ' コーポ桜102'])}`;
  }
  krAddr(): string {
    return `${this.pick(['서울특별시 마포구 월드컵북로', '서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '경기도 성남시 분당구 판교역로'])} ${this.int(1, 300)}${this.chance(0.6) ? `, ${this.int(101, 120)}동 ${this.int(101, 2503)}호` : ''}`;
  }

  // ------------------------------------------------------------------------------------ dates
  ymd(y0: number, y1: number): [number, number, number] {
    return [this.int(y0, y1), this.int(1, 12), this.int(1, 28)];
  }
  fmt(cc: string, [y, m, d]: [number, number, number]): string {
    if (this.chance(0.1)) return `${y}-${pad(m)}-${pad(d)}`;
    const lang = LANG[cc] ?? 'en';
    switch (cc) {
      case 'US': case 'PH':
        return this.pick([`${pad(m)}/${pad(d)}/${y}`, `${mon('en', m)} ${d}, ${y}`, `${m}/${d}/${y}`, `${mon('en', m).slice(0, 3)} ${d}, ${y}`]);
      case 'CA':
        return this.pick([`${y}-${pad(m)}-${pad(d)}`, `${mon('en', m)} ${d}, ${y}`]);
      case 'DE': case 'AT': case 'CH': case 'PL':
        return this.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}.${m}.${y}`, cc === 'PL' ? `${d} ${mon(lang, m)} ${y}` : `${d}. ${mon(lang, m)} ${y}`]);
      case 'FR': case 'BE':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d === 1 ? '1er' : d} ${mon(lang, m)} ${y}`]);
      case 'ES': case 'MX': case 'PT': case 'BR':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mon(lang, m)} de ${y}`]);
      case 'IT':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon(lang, m)} ${y}`]);
      case 'NL':
        return this.pick([`${pad(d)}-${pad(m)}-${y}`, `${d} ${mon(lang, m)} ${y}`]);
      case 'SE':
        return this.pick([`${y}-${pad(m)}-${pad(d)}`, `${d} ${mon(lang, m)} ${y}`]);
      case 'JP':
        return this.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]);
      case 'KR':
        return `${y}년 ${m}월 ${d}일`;
      case 'IN':
        return this.pick([`${pad(d)}-${pad(m)}-${y}`, `${pad(d)}/${pad(m)}/${y}`, `${d} ${mon('en', m)} ${y}`]);
      default:
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mon('en', m)} ${y}`, `${d}${ord(d)} ${mon('en', m)} ${y}`, `${d} ${mon('en', m).slice(0, 3)} ${y}`]);
    }
  }
  dob(cc: string): string {
    return this.fmt(cc, this.ymd(1938, 2005));
  }
  /** A date that is not a birth date (appointments, bills, incidents). */
  date(cc: string): string {
    return this.fmt(cc, this.ymd(2023, 2025));
  }
  time(): string {
    return `${pad(this.int(7, 21))}:${pad(this.pick([0, 15, 30, 45, this.int(0, 59)]))}`;
  }

  // ------------------------------------------------------------------------------------ numbers
  cardDigits(): string {
    const k = this.int(0, 99);
    let pre: string;
    let len = 16;
    if (k < 40) { pre = '4'; len = this.chance(0.05) ? 13 : this.chance(0.04) ? 19 : 16; }
    else if (k < 62) pre = this.chance(0.7) ? `5${this.int(1, 5)}` : String(this.int(2221, 2720));
    else if (k < 76) { pre = this.pick(['34', '37']); len = 15; }
    else if (k < 84) pre = this.pick(['6011', '65', String(this.int(644, 649))]);
    else if (k < 90) pre = String(this.int(3528, 3589));
    else if (k < 95) { pre = this.pick(['36', '38', String(this.int(300, 305))]); len = 14; }
    else pre = '62';
    let body = pre + this.dig(len - pre.length - 1);
    for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
    body += '0';
    return body;
  }
  group(dg: string, sep = this.pick([' ', ' ', '-', ''])): string {
    const parts = dg.length === 15 ? [4, 6, 5] : dg.length === 14 ? [4, 6, 4] : dg.length === 13 ? [4, 4, 5] : dg.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
    const out: string[] = [];
    let i = 0;
    for (const p of parts) { out.push(dg.slice(i, i + p)); i += p; }
    return out.join(sep);
  }
  card(): string {
    return this.group(this.cardDigits());
  }
  /** A card-like number that fails Luhn. */
  badCard(): string {
    const c = this.cardDigits();
    const last = Number(c.slice(-1));
    return this.group(c.slice(0, -1) + String((last + this.int(1, 9)) % 10));
  }
  maskedCard(): string {
    return this.pick([`**** **** **** ${this.dig(4)}`, `XXXX-XXXX-XXXX-${this.dig(4)}`, `ending ${this.dig(4)}`, `${this.pick(['4', '5'])}${this.dig(3)} **** **** ${this.dig(4)}`, `•••• ${this.dig(4)}`]);
  }
  ibanCompact(cc: string): string {
    const spec = BBAN[cc] ?? 'n18';
    let bban = '';
    for (const [, k, w] of spec.matchAll(/([nab])(\d+)/g)) {
      const n = Number(w);
      bban += k === 'n' ? this.dig(n) : k === 'b' ? this.pick(BANKS[cc] ?? ['BANK']) : this.up(n);
    }
    const conv = (s: string): string => [...s].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
    let rem = 0;
    for (const dch of conv(`${bban}${cc}00`)) rem = (rem * 10 + Number(dch)) % 97;
    return `${cc}${pad(98 - rem)}${bban}`;
  }
  iban(cc: string): string {
    const c = this.ibanCompact(cc);
    const k = this.r.next();
    if (k < 0.6) return c.replace(/(.{4})/g, '$1 ').trim();
    if (k < 0.9) return c;
    return c.toLowerCase().replace(/(.{4})/g, '$1 ').trim();
  }
  badIban(cc: string): string {
    const c = this.ibanCompact(cc);
    for (let i = 0; i < 20; i++) {
      const pos = this.int(4, c.length - 1);
      const ch = c.charAt(pos);
      if (!/\d/.test(ch)) continue;
      const bad = c.slice(0, pos) + String((Number(ch) + this.int(1, 9)) % 10) + c.slice(pos + 1);
      if (!ibanMod97Valid(bad)) return bad.replace(/(.{4})/g, '$1 ').trim();
    }
    return `${c.slice(0, 2)}00${c.slice(4)}`.replace(/(.{4})/g, '$1 ').trim();
  }
  ssn(): string {
    let a = this.int(1, 899);
    if (a === 666) a = 667;
    const parts = [pad(a, 3), pad(this.int(1, 99)), pad(this.int(1, 9999), 4)];
    const k = this.r.next();
    return k < 0.78 ? parts.join('-') : k < 0.9 ? parts.join(' ') : parts.join('');
  }
  maskedSsn(): string {
    return this.pick([`***-**-${pad(this.int(1, 9999), 4)}`, `XXX-XX-${pad(this.int(1, 9999), 4)}`, `xxx-xx-${pad(this.int(1, 9999), 4)}`]);
  }
  /** SSN-shaped but invalid (area 000, 666 or 9xx, group 00 or serial 0000). */
  badSsn(): string {
    return this.pick([`000-${pad(this.int(1, 99))}-${this.dig(4)}`, `666-${pad(this.int(1, 99))}-${this.dig(4)}`, `9${this.dig(2)}-${pad(this.int(1, 99))}-${this.dig(4)}`, `${this.int(100, 899)}-00-${this.dig(4)}`]);
  }
  ip4(priv = this.chance(0.25)): string {
    if (priv) return this.pick([`192.168.${this.int(0, 2)}.${this.int(2, 254)}`, `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`]);
    return `${this.pick(OCT1)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  ip6(linkLocal = true): string {
    const h = (): string => this.int(1, 0xffff).toString(16);
    if (linkLocal && this.chance(0.2)) return `fe80::${h()}:${this.hex(2)}ff:fe${this.hex(2)}:${h()}`;
    const p = this.pick(V6P);
    const have = p.split(':').length;
    if (this.chance(0.5)) return `${p}::${Array.from({ length: this.int(1, 3) }, h).join(':')}`;
    return `${p}:${Array.from({ length: 8 - have }, h).join(':')}`;
  }
  ip(): string {
    return this.chance(0.7) ? this.ip4() : this.ip6();
  }

  // ------------------------------------------------------------------------------------ traps
  ticket(): string {
    return this.pick([`INC${this.dig(7)}`, `CS-${this.dig(6)}`, `#${this.dig(8)}`, `REF ${this.up(3)}-${this.dig(5)}`, `Case ${this.dig(9)}`, `TCK-${this.int(2023, 2025)}-${this.dig(5)}`]);
  }
  imei(): string {
    const body = `35${this.dig(12)}`;
    for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
    return `${body}0`;
  }
  iccid(): string {
    return `89${this.pick(['44', '31', '49', '01', '33'])}${this.dig(15)}`;
  }
  vin(): string {
    const A = [...'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'];
    let s = this.pick(['WVW', '1FA', 'JTD', 'VF1', 'ZFA', 'KNA', 'TMB', '5YJ', 'WDD']);
    for (let i = 0; i < 14; i++) s += this.pick(A);
    return s;
  }
  plate(cc: string): string {
    switch (cc) {
      case 'GB': return `${this.up(2)}${this.int(10, 74)} ${this.up(3)}`;
      case 'DE': case 'AT': return `${this.pick(['B', 'K', 'M', 'HH', 'S', 'W', 'G'])}-${this.up(2)} ${this.int(1, 9999)}`;
      case 'FR': return `${this.up(2)}-${this.dig(3)}-${this.up(2)}`;
      case 'ES': return `${this.dig(4)} ${this.up(3)}`;
      case 'IT': return `${this.up(2)} ${this.dig(3)}${this.up(2)}`;
      case 'NL': return `${this.up(2)}-${this.dig(3)}-${this.up(1)}`;
      default: return `${this.up(3)}-${this.dig(4)}`;
    }
  }
  hash(): string {
    return this.hex(this.pick([7, 12, 40]));
  }
  version(): string {
    return this.pick([`v${this.int(1, 9)}.${this.int(0, 30)}.${this.int(0, 99)}`, `${this.int(1, 9)}.${this.int(0, 30)}.${this.int(0, 99)}.${this.int(1, 999)}`, `build ${this.int(2023, 2025)}.${this.int(1, 12)}.${this.int(1, 28)}`]);
  }
  mac(): string {
    return Array.from({ length: 6 }, () => this.hex(2)).join(':').toUpperCase();
  }
  money(cc: string): string {
    const v = `${this.int(12, 980)}.${this.dig(2)}`;
    switch (cc) {
      case 'GB': return `£${v}`;
      case 'US': case 'CA': case 'AU': return `$${v}`;
      case 'IN': return `₹${this.int(300, 9000)}`;
      case 'BR': return `R$ ${v.replace('.', ',')}`;
      case 'JP': return `¥${this.int(1, 40)},${this.dig(3)}`;
      case 'ZA': return `R${v}`;
      case 'NG': return `₦${this.int(2, 90)},${this.dig(3)}`;
      case 'PH': return `₱${this.int(300, 9000)}.00`;
      case 'MX': return `$${v} MXN`;
      case 'PL': return `${v.replace('.', ',')} zł`;
      case 'SE': return `${this.int(120, 3000)} kr`;
      case 'CH': return `CHF ${v}`;
      default: return `${v.replace('.', ',')} €`;
    }
  }
}

type Tpl = (g: G, d: Doc) => void;

// ------------------------------------------------------------------------------------------ telecom

const TELECOM: Tpl[] = [
  // web form: number transfer request
  (g, d) => {
    const cc = g.pick(['US', 'GB', 'AU', 'CA', 'IE', 'ZA']);
    const p = g.person(cc);
    d.t(`${g.pick(CARRIERS)} — Keep your number (port-in) request\n\nFull name: `);
    g.me(d, p);
    d.t('\nNumber to transfer: ').l('PHONE', g.phone(cc));
    d.t(`\nCurrent provider: ${g.pick(CARRIERS)}\nAccount PIN / PAC: ${cc === 'GB' ? `${g.up(3)}${g.dig(6)}` : g.dig(4)}\nDate of birth: `).l('DOB', g.dob(cc));
    d.t('\nService address: ');
    g.addr(d, cc, false);
    d.t('\nContact e-mail: ').l('EMAIL', g.email(p, cc));
    d.t(`\nPreferred transfer date: ${g.date(cc)}\nIMEI of handset: ${g.imei()}\n[x] I confirm I am the account holder`);
  },
  // chat: SIM swap with verification
  (g, d) => {
    const cc = g.pick(['US', 'US', 'CA', 'PH']);
    const p = g.person(cc);
    const ag = g.person(cc);
    const t0 = g.int(8, 20);
    d.t(`[${pad(t0)}:02] `).l('PERSON', ag.g).t(` (${g.pick(CARRIERS)}): Hi! I can help with a replacement SIM. Can I have the account holder's full name?\n[${pad(t0)}:03] You: `);
    g.me(d, p, 'en', true);
    d.t(`\n[${pad(t0)}:03] `).l('PERSON', ag.g).t(': Thanks. And your date of birth?\n[' + pad(t0) + ':04] You: ').l('DOB', g.dob(cc));
    d.t(`\n[${pad(t0)}:05] `).l('PERSON', ag.g).t(`: I see an SSN on file ending ${g.maskedSsn()}. For the swap I need the full number please.\n[${pad(t0)}:06] You: `).l('NATIONAL_ID', g.ssn());
    d.t(`\n[${pad(t0)}:08] `).l('PERSON', ag.g).t(`: Verified. Please read me the ICCID printed on the new card.\n[${pad(t0)}:08] You: ${g.iccid()}\n[${pad(t0)}:10] `).l('PERSON', ag.g).t(': Done — the SIM for ').l('PHONE', g.phone(cc)).t(' is active. Your old SIM will stop working within 15 minutes. Anything else?');
  },
  // e-mail: SIM swap fraud complaint
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'AU', 'IE', 'NG', 'ZA', 'IN']);
    const p = g.person(cc);
    const co = g.pick(CARRIERS);
    d.t('From: ').l('EMAIL', g.email(p, cc)).t('\nTo: ').l('EMAIL', g.role(co)).t(`\nSubject: Unauthorised SIM swap — ${g.ticket()}\n\nHello,\n\nOn ${g.date(cc)} at around ${g.time()} my phone lost signal. Someone had moved my number `).l('PHONE', g.phone(cc)).t(` to a new SIM in one of your shops in ${g.pick(['Manchester', 'Lagos', 'Perth', 'Houston', 'Pretoria', 'Cork', 'Mumbai'])}. Within an hour my bank app showed a login from `).l('IP', g.ip4(false)).t(` and a transfer I never made. I have reported it to the police (crime ref ${g.up(2)}${g.dig(8)}).\n\nPlease lock the account and call me on my partner's phone, `).l('PHONE', g.phone(cc)).t(', ');
    d.t(g.pick(['any time after 5pm', 'mornings only', 'or just text me']));
    d.t('.\n\nRegards,\n');
    g.self(d, p);
  },
  // call-centre note: UK port-out with postcode-only verification
  (g, d) => {
    const p = g.person('GB');
    const ag = g.person('GB');
    d.t(`NOTE ${g.date('GB')} ${g.time()} — agent `).l('PERSON', `${[...ag.g][0] ?? ''}. ${ag.s}`).t('\nCust ');
    g.name(d, p);
    d.t(' rang re leaving. Verified via DOB ').l('DOB', g.dob('GB')).t(` + postcode only (${g.pick(['LS6', 'BS3', 'NR2', 'CF24'])} ${g.int(1, 9)}${g.up(2)}). PAC issued ${g.up(3)}${g.dig(6)}, valid 30 days, for `).l('PHONE', g.phone('GB', false)).t(`. Offered Unlimited Plus retention deal — declined. Cust says ${g.pick(['signal at home is poor', 'cheaper SIM-only elsewhere', 'moving abroad'])}. Callback no. `).l('PHONE', g.phone('GB')).t('.');
  },
  // family plan: add lines
  (g, d) => {
    const cc = g.pick(['US', 'CA', 'AU', 'GB', 'PH']);
    const p = g.person(cc);
    const n = g.int(2, 3);
    d.t(`${g.pick(CARRIERS)} Family Share — add lines\nPrimary account holder: `);
    g.self(d, p);
    d.t(' (').l('EMAIL', g.email(p, cc)).t(')\n\n');
    for (let i = 1; i <= n; i++) {
      const k = g.person(cc);
      d.t(`Line ${i + 1}: `).l('PERSON', `${k.g} ${p.s}`).t(' — born ').l('DOB', g.dob(cc)).t(', number ');
      if (g.chance(0.5)) d.l('PHONE', g.phone(cc, false)).t(' (keep)');
      else d.t('new number requested');
      d.t(`, ${g.pick(['5 GB', 'Unlimited', '20 GB + roaming', 'Kids Safe 2 GB'])}\n`);
    }
    d.t(`\nBill to card on file ${g.maskedCard()}. Order ${g.ticket()}.`);
  },
  // contract application with SSN credit check (US)
  (g, d) => {
    const p = g.person('US');
    d.t(`POSTPAID APPLICATION — ${g.pick(CARRIERS).toUpperCase()}\nApplicant: `);
    g.me(d, p);
    d.t('\nSSN: ').l('NATIONAL_ID', g.ssn()).t('\nDOB: ').l('DOB', g.dob('US')).t('\nHome address: ');
    g.addr(d, 'US', false);
    d.t('\nMobile: ').l('PHONE', g.phone('US')).t('\nEmail: ').l('EMAIL', g.email(p)).t(`\nEmployer: ${g.pick(['Dawson Logistics LLC', 'Walgreens', 'Ford Motor Company', 'St. Jude Medical Center', 'Hollister Co.'])}\nAnnual income: $${g.int(28, 190)},000\nDevice: ${g.pick(['iPhone 15 128GB', 'Galaxy S24', 'Pixel 8a'])} on 36-month plan, IMEI ${g.imei()}\nCredit decision: ${g.pick(['APPROVED tier 2', 'DEPOSIT REQUIRED $200', 'REFER'])}`);
  },
  // Japanese MNP reservation
  (g, d) => {
    const sur = g.pick(JP_SUR);
    const giv = g.pick(JP_GIV);
    const full = `${sur} ${giv}`;
    const own = g.chance(0.5);
    d.t(`【${g.pick(['スカイラーク', 'ハルヤード', 'ゼファー'])}モバイル】MNP予約番号発行のお知らせ\n\n`);
    if (own) { d.l('PERSON', full); d.known.push(full); } else d.l('PERSON', g.chance(0.5) ? full : sur);
    d.t(' 様\n\nMNP予約番号：').t(g.dig(10)).t(`\n有効期限：${g.date('JP')}\n対象電話番号：`).l('PHONE', `0${g.pick(['9', '8', '7'])}0-${g.dig(4)}-${g.dig(4)}`).t('\nご契約者生年月日：').l('DOB', g.dob('JP')).t('\nご登録住所：').l('ADDRESS', g.jpAddr()).t('\n\nお問い合わせ：').l('PHONE', `0120-${g.dig(3)}-${g.dig(3)}`).t('（受付 9:00〜20:00）');
  },
  // Korean number porting chat
  (g, d) => {
    const full = `${g.pick(KR_SUR)}${g.pick(KR_GIV)}`;
    const ag = `${g.pick(KR_SUR)}${g.pick(KR_GIV)}`;
    d.t('상담원 ').l('PERSON', ag).t(': 안녕하세요, 번호이동 상담입니다. 성함 말씀해 주세요.\n고객: ');
    if (g.chance(0.5)) { d.l('PERSON', full); d.known.push(full); } else d.l('PERSON', full);
    d.t('입니다.\n상담원: ').l('PERSON', full).t(' 고객님, 생년월일 확인 부탁드립니다.\n고객: ').l('DOB', g.fmt('KR', g.ymd(1950, 2004))).t('\n상담원: 이동하실 번호가 ').l('PHONE', g.phone('KR', false)).t(' 맞으신가요?\n고객: 네. 유심은 ').l('ADDRESS', g.krAddr()).t('로 보내주세요.\n상담원: 접수되었습니다. 접수번호 ').t(`${g.dig(4)}-${g.dig(6)}`).t('입니다.');
  },
  // German porting letter
  (g, d) => {
    const p = g.person('DE');
    d.t(`${g.pick(CARRIERS)} GmbH · Kundenservice\n\n`);
    d.t(`${g.hon(p, 'de')} `).l('PERSON', p.full).t('\n');
    g.addr(d, 'DE', true);
    d.t(`\n\n${g.pick(['Düsseldorf', 'München'])}, ${g.date('DE')}\n\nIhre Rufnummernmitnahme – Kundennummer ${g.dig(10)}\n\nSehr geehrte${p.f ? ' Frau' : 'r Herr'} `).l('PERSON', p.s).t(',\n\nwir haben Ihren Auftrag zur Mitnahme der Rufnummer ').l('PHONE', g.phone('DE', false)).t(' erhalten. Für die Prüfung benötigen wir die Angaben Ihres bisherigen Vertrags; das Geburtsdatum ').l('DOB', g.dob('DE')).t(` stimmt mit unseren Daten überein. Der Wechsel erfolgt am ${g.date('DE')} zwischen 6 und 10 Uhr.\n\nMit freundlichen Grüßen\n`).l('PERSON', g.person('DE').full).t('\nKundenservice');
  },
  // French porting with RIO code
  (g, d) => {
    const p = g.person('FR');
    d.t('Bonjour,\n\nje souhaite garder mon numéro ').l('PHONE', g.phone('FR', false)).t(` en passant chez ${g.pick(CARRIERS)}. Mon code RIO est ${g.dig(2)}P${g.dig(6)}${g.up(3)}. Je suis né${p.f ? 'e' : ''} le `).l('DOB', g.dob('FR')).t(' et mon adresse de livraison pour la carte SIM est :\n');
    g.addr(d, 'FR', true);
    d.t('\n\nVous pouvez me joindre au ').l('PHONE', g.phone('FR')).t(' ou par mail : ').l('EMAIL', g.email(p, 'FR')).t('.\n\nCordialement,\n');
    g.me(d, p, 'fr');
  },
  // Spanish WhatsApp porting
  (g, d) => {
    const cc = g.pick(['ES', 'MX']);
    const p = g.person(cc);
    const ag = g.person(cc);
    d.t(`${g.time()} - ${g.pick(CARRIERS)}: Hola, soy `).l('PERSON', ag.g).t('. ¿Me confirmas el nombre del titular para la portabilidad?\n' + g.time() + ' - Tú: ');
    g.me(d, p, 'es', true);
    d.t(`\n${g.time()} - ${g.pick(CARRIERS)}: Gracias. ¿Qué número quieres portar?\n${g.time()} - Tú: el `).l('PHONE', g.phone(cc, false)).t(`\n${g.time()} - Tú: y la fecha de nacimiento es `).l('DOB', g.dob(cc)).t(`\n${g.time()} - ${g.pick(CARRIERS)}: Perfecto. Te enviamos la SIM a `);
    g.addr(d, cc, false);
    d.t(`. El cambio será efectivo el ${g.date(cc)}.`);
  },
  // India MNP SMS + KYC with Aadhaar (not an SSN)
  (g, d) => {
    const p = g.person('IN');
    d.t('SMS from 1900: Your UPC for porting ').l('PHONE', `9${g.dig(9)}`).t(` is ${g.up(2)}${g.dig(6)}. Valid till ${g.date('IN')}.\n\n--- forwarded to ${g.pick(CARRIERS)} KYC desk ---\nName: `);
    g.me(d, p);
    d.t('\nNumber: ').l('PHONE', g.phone('IN')).t(`\nAadhaar: ${g.chance(0.5) ? `XXXX XXXX ${g.dig(4)}` : `${g.int(2, 9)}${g.dig(3)} ${g.dig(4)} ${g.dig(4)}`}\nDOB: `).l('DOB', g.dob('IN')).t('\nAddress: ');
    g.addr(d, 'IN', false);
    d.t('\nAlt. contact: ').l('EMAIL', g.email(p, 'IN'));
  },
  // Brazil portability with CPF
  (g, d) => {
    const p = g.person('BR');
    d.t('Olá! Quero fazer a portabilidade do meu número ').l('PHONE', g.phone('BR', false)).t(' para a ' + g.pick(CARRIERS) + '.\nNome completo: ');
    g.me(d, p, 'pt');
    d.t(`\nCPF: ${g.dig(3)}.${g.dig(3)}.${g.dig(3)}-${g.dig(2)}\nData de nascimento: `).l('DOB', g.dob('BR')).t('\nEndereço para entrega do chip: ');
    g.addr(d, 'BR', false);
    d.t('\nE-mail: ').l('EMAIL', g.email(p, 'BR')).t(`\nProtocolo anterior: 20${g.dig(12)}`);
  },
  // roaming bill complaint
  (g, d) => {
    const cc = g.pick(['GB', 'DE', 'NL', 'IE', 'FR', 'AU']);
    const p = g.person(cc);
    d.t(`Hi, I was charged ${g.money(cc)} for roaming in ${g.pick(['Switzerland', 'Turkey', 'Morocco', 'the US', 'Serbia'])} between ${g.date(cc)} and ${g.date(cc)} even though I bought the Travel Pass add-on. My number is `).l('PHONE', g.phone(cc)).t('. ');
    if (g.chance(0.5)) d.t(`My daughter `).l('PERSON', g.person(cc, true).g).t(` was on the same trip and her line (${g.maskedPhone()}) was not charged. `);
    d.t('Please refund this to my account ').l('IBAN', g.iban(g.ibanCountry(cc))).t(` — not as bill credit.\nThanks, `);
    g.me(d, p, 'en', true);
  },
  // Polish complaint with PESEL (not a US SSN)
  (g, d) => {
    const p = g.person('PL');
    d.t(`Reklamacja nr ${g.dig(6)}/${g.int(2023, 2025)}\n\nImię i nazwisko: `);
    g.me(d, p, 'pl');
    d.t(`\nPESEL: ${g.dig(11)}\nData urodzenia: `).l('DOB', g.dob('PL')).t('\nAdres: ');
    g.addr(d, 'PL', false);
    d.t('\nNumer telefonu: ').l('PHONE', g.phone('PL')).t(`\n\nTreść: od ${g.date('PL')} nie działa internet mobilny, mimo że pakiet został opłacony. Proszę o zwrot ${g.money('PL')} na konto `).l('IBAN', g.iban('PL')).t('.');
  },
  // SMS thread with carrier and a friend
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'AU', 'ZA', 'NG']);
    const fr = g.person(cc);
    d.t(`${g.pick(CARRIERS)}: Your one-time code is ${g.dig(6)}. Never share it. If you didn't request a SIM change call ${g.pick(['150', '611', '191'])}.\n`);
    d.t(`${g.pick(CARRIERS)}: Your PUK is ${g.dig(8)}.\n`);
    d.t('Me → ').l('PERSON', fr.g).t(': new sim came, my number is still ').l('PHONE', g.phone(cc)).t(' but whatsapp is asking to verify again ugh\n');
    d.l('PERSON', fr.g).t(': lol same happened to ').l('PERSON', g.person(cc).g).t('. btw send me your address for the parcel\n');
    d.t('Me: ');
    g.addr(d, cc, false);
  },
];

// ---------------------------------------------------------------------------------------- broadband

const BROADBAND: Tpl[] = [
  // outage chat with router IPs
  (g, d) => {
    const cc = g.pick(['GB', 'DE', 'US', 'NL', 'AU', 'IE', 'CA']);
    const p = g.person(cc);
    const ag = g.person(cc).g;
    d.t(`${g.pick(ISPS)} live chat — ${g.ticket()}\n`).l('PERSON', ag).t(': Sorry to hear you\'re offline. Can you confirm the name on the account?\nCustomer: ');
    g.me(d, p, 'en', true);
    d.t(', and the line is at ');
    g.addr(d, cc, false);
    d.t('\n').l('PERSON', ag).t(': Thanks. What does the router status page show?\nCustomer: WAN IP ').l('IP', g.ip4(false)).t(', gateway ').l('IP', g.ip4(false)).t(', IPv6 prefix ').l('IP', g.ip6(false)).t(`/56, firmware ${g.version()}. DSL light flashing orange.\n`).l('PERSON', ag).t(`: I can see an area fault near you (${g.pick(STORMS)} damage). Estimated fix ${g.date(cc)} ${g.time()}. I'll text updates to `).l('PHONE', g.phone(cc)).t('.');
  },
  // technician appointment e-mail
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'IE', 'AU', 'CA', 'ZA']);
    const p = g.person(cc);
    const eng = g.person(cc);
    const isp = g.pick(ISPS);
    d.t('From: ').l('EMAIL', g.role(isp)).t('\nTo: ').l('EMAIL', g.email(p, cc)).t(`\nSubject: Your engineer visit is booked\n\nHi `);
    d.l('PERSON', p.g);
    d.t(`,\n\nYour engineer, `).l('PERSON', eng.g).t(`, will visit on ${g.date(cc)} between ${g.pick(['8am–1pm', '1pm–6pm', '7:30–11:00'])} at:\n\n`);
    g.addr(d, cc, true);
    d.t(`\n\nPlease make sure someone over 18 is home and that the router is accessible. If you need to rearrange, call `).l('PHONE', g.phone(cc, false)).t(` or reply to this e-mail quoting ${g.ticket()}.\n\n${isp} Field Services`);
  },
  // engineer job sheet
  (g, d) => {
    const cc = g.pick(['GB', 'DE', 'US', 'NL', 'IE', 'AU']);
    const p = g.person(cc);
    d.t(`JOB SHEET ${g.dig(8)} | ${g.pick(ISPS)}\nSite: `);
    g.addr(d, cc, false);
    d.t('\nContact: ');
    g.name(d, p);
    d.t(' / ').l('PHONE', g.phone(cc)).t(`\nArrived ${g.time()} — left ${g.time()}\nWork: replaced ONT (old S/N ${g.up(4)}${g.hex(8).toUpperCase()}), new router MAC ${g.mac()}, fw ${g.version()}. Sync 900/110. Static IP `).l('IP', g.ip4(false)).t(' re-provisioned.\nNotes: ');
    d.t(g.pick([`dog (${g.pick(PETS)}) friendly, gate code ${g.dig(4)}.`, `park behind ${g.pick(PLACES)}.`, `customer works nights, ring before 10am.`, `cabinet at corner of ${g.pick(['Mill Lane', 'Church Street', 'Lincoln Ave'])} needs follow-up.`]));
  },
  // router log paste
  (g, d) => {
    const cc = g.pick(['US', 'DE', 'GB', 'NL', 'SE']);
    const yr = g.int(2024, 2025);
    d.t('here is the log from the router like you asked:\n\n');
    const n = g.int(4, 6);
    for (let i = 0; i < n; i++) {
      d.t(`${yr}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}T${g.time()}:${pad(g.int(0, 59))}Z `);
      const k = g.int(0, 3);
      if (k === 0) d.t('PPP up, local ').l('IP', g.ip4(false)).t(' remote ').l('IP', g.ip4(false)).t('\n');
      else if (k === 1) d.t('DHCPv6 delegated prefix ').l('IP', g.ip6(false)).t('/56\n');
      else if (k === 2) d.t(`WARN dropped inbound from `).l('IP', g.ip4(false)).t(`:${g.int(1024, 65535)} (rule ${g.int(1, 40)})\n`);
      else d.t(`INFO firmware ${g.version()} sha ${g.hash()} ok\n`);
    }
    d.t('\nthe lan pc is ').l('IP', g.ip4(true)).t(' if that matters. — ');
    const p = g.person(cc);
    g.me(d, p, 'en', true);
  },
  // speed complaint with compensation claim
  (g, d) => {
    const cc = g.pick(['GB', 'IE', 'AU', 'NZ']);
    const c2 = cc === 'NZ' ? 'AU' : cc;
    const p = g.person(c2);
    d.t(`Dear ${g.pick(ISPS)},\n\nFor the past three weeks my ${g.pick(['Fibre Max 900', 'Superfast 80', 'Full Fibre 500'])} connection has averaged 12 Mbps. Speed tests attached (server ${g.pick(['London', 'Sydney', 'Dublin'])}, my public IP `).l('IP', g.ip4(false)).t(`). Under Ofcom's automatic compensation scheme I believe I am owed ${g.money(c2)}.\n\nAccount holder: `);
    g.self(d, p);
    d.t('\nInstallation address: ');
    g.addr(d, c2, false);
    d.t('\nPhone: ').l('PHONE', g.phone(c2)).t('\n\nPlease pay by card refund to ').l('CARD', g.card()).t(' rather than bill credit.');
  },
  // German technician appointment SMS + reply
  (g, d) => {
    const p = g.person('DE');
    d.t(`${g.pick(ISPS)}: Ihr Techniker-Termin am ${g.date('DE')} zwischen 8 und 12 Uhr ist bestätigt. Adresse: `);
    g.addr(d, 'DE', false);
    d.t('. Rückfragen: ').l('PHONE', g.phone('DE')).t('\n\nAntwort: Hallo, bitte vorher bei ');
    const nb = g.person('DE');
    d.t(`${g.hon(nb, 'de')} `).l('PERSON', nb.s).t(' im Erdgeschoss klingeln, dort liegt der Kellerschlüssel. Gruß ');
    g.me(d, p, 'de');
  },
  // account security alert
  (g, d) => {
    const cc = g.pick(['US', 'GB', 'CA', 'AU', 'IN', 'DE']);
    const p = g.person(cc);
    d.t(`Security alert for your ${g.pick([...ISPS, ...CARRIERS])} account\n\nHi `).l('PERSON', p.g).t(`,\n\nWe noticed a new sign-in to your account (`).l('EMAIL', g.email(p, cc)).t(`):\n\nWhen: ${g.date(cc)} ${g.time()} UTC\nWhere: ${g.pick(['Amsterdam, NL', 'Lagos, NG', 'Ashburn, US', 'Frankfurt, DE', 'Singapore'])}\nIP address: `).l('IP', g.ip()).t(`\nDevice: ${g.pick(['Chrome 126 on Windows', 'Safari on iPhone', 'Firefox 128.0.3 on Linux'])}\n\nIf this was you, ignore this message. If not, reset your password and call us on `).l('PHONE', g.phone(cc, false)).t('.');
  },
  // Dutch outage call note
  (g, d) => {
    const p = g.person('NL');
    d.t(`Belnotitie ${g.date('NL')} — storing internet\nKlant: `);
    g.name(d, p, 'nl');
    d.t(', adres ');
    g.addr(d, 'NL', false);
    d.t('. Modem reset gedaan, geen sync. Publiek IP ').l('IP', g.ip4(false)).t(` niet bereikbaar. Monteur ingepland ${g.date('NL')}. Klant bereikbaar op `).l('PHONE', g.phone('NL')).t(`. Storingsnummer ${g.dig(9)}.`);
  },
];

// -------------------------------------------------------------------------------------------- energy

const UTILITY: Tpl[] = [
  // energy bill e-mail with meter ids
  (g, d) => {
    const cc = g.pick(['GB', 'GB', 'IE', 'AU']);
    const p = g.person(cc);
    const co = g.pick(ENERGY);
    d.t(`From: ${co} <`).l('EMAIL', g.role(co)).t('>\nTo: ').l('EMAIL', g.email(p, cc)).t('\n\nDear ');
    g.name(d, p);
    d.t(`,\n\nYour bill for ${mon('en', g.int(1, 12))} is ready: ${g.money(cc)}, due ${g.date(cc)}.\nAccount number: ${g.dig(10)}\nSupply address: `);
    g.addr(d, cc, false);
    d.t(`\nElectricity MPAN: ${g.pick(['S 01 801 ', ''])}${g.int(10, 23)}${g.dig(11)}\nGas MPRN: ${g.dig(10)}\nMeter serial: ${g.dig(2)}${g.up(1)}${g.dig(7)}\n\nWe'll collect this by Direct Debit from the account ending ${g.dig(4)}. Prices fall by 7% from 1 ${mon('en', g.int(1, 12))} under the new price cap.`);
  },
  // meter reading web form
  (g, d) => {
    const cc = g.pick(['GB', 'DE', 'NL', 'US', 'AU', 'IE', 'FR']);
    const p = g.person(cc);
    d.t(`Submit a meter reading — ${g.pick([...ENERGY, ...WATER])}\n\nYour name*: `);
    g.me(d, p);
    d.t(`\nCustomer reference*: ${g.up(2)}${g.dig(8)}\nMeter serial number*: ${g.dig(2)}${g.up(1)}${g.dig(6)}\nReading (kWh)*: ${g.int(10000, 99999)}\nDate of reading*: ${g.date(cc)}\nE-mail for confirmation: `).l('EMAIL', g.email(p, cc)).t('\nProperty address: ');
    g.addr(d, cc, false);
    d.t('\nComments: ');
    d.t(g.pick(['Estimated bills have been far too high.', `Meter is in the cellar behind the ${g.pick(['Bosch', 'Vaillant', 'Worcester'])} boiler.`, 'Second reading for the night rate: ' + g.int(1000, 9999), 'Photo attached.']));
  },
  // payment plan call notes
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'AU', 'IE', 'CA']);
    const p = g.person(cc);
    d.t(`CALL NOTES — ${g.pick(ENERGY)} Collections — ${g.date(cc)}\nAgent: `);
    d.l('PERSON', g.person(cc).full);
    d.t('\nCustomer: ');
    g.name(d, p);
    d.t(' (DPA passed: DOB ').l('DOB', g.dob(cc)).t(', first line of address)\nArrears: ' + g.money(cc) + `. Cust recently lost job, two children under 5. Agreed payment plan ${g.money(cc)}/month over ${g.int(6, 18)} months starting ${g.date(cc)}.\nPayment method: `);
    if (cc === 'US' || cc === 'AU' || cc === 'CA' || g.chance(0.5)) d.t('card ').l('CARD', g.card()).t(`, exp ${pad(g.int(1, 12))}/${g.int(26, 31)}`);
    else d.t('DD from ').l('IBAN', g.iban(cc === 'GB' ? 'GB' : 'IE'));
    d.t('\nBest contact: ').l('PHONE', g.phone(cc)).t(` (prefers text). Referred to hardship fund; ${g.pick(['no smart meter', 'prepay switch declined', 'warm home discount applied'])}.`);
  },
  // water leak report
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'AU', 'ZA', 'IE', 'NL', 'DE']);
    const p = g.person(cc);
    d.t(`Report a leak — ${g.pick(WATER)}\nWhere is the leak? ${g.pick(['In the pavement outside', 'Front garden, near the stopcock', 'In the road by the hydrant', 'Under the kitchen sink'])}\nLocation: `);
    if (g.chance(0.7)) g.addr(d, cc, false);
    else d.t(`opposite ${g.pick(PLACES)}, about 50 m past the bus stop`);
    d.t(`\nHow much water? ${g.pick(['Steady stream', 'Gushing', 'Small puddle'])}\nYour name: `);
    g.me(d, p);
    d.t('\nPhone: ').l('PHONE', g.phone(cc)).t(g.chance(0.4) ? ` ext. ${g.int(10, 999)}` : '').t(`\nSeen since: ${g.date(cc)}`);
  },
  // moving home / change of occupier
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'IE', 'AU', 'CA', 'DE', 'NL']);
    const p = g.person(cc);
    d.t('Hi, I\'m moving out and need to close my account and open one at my new place.\n\nOld address: ');
    g.addr(d, cc, g.chance(0.3));
    d.t(`\nFinal reading: ${g.int(1000, 80000)} on ${g.date(cc)}\nNew address: `);
    g.addr(d, cc, false);
    d.t('\nName: ');
    g.self(d, p);
    d.t('\nDate of birth: ').l('DOB', g.dob(cc)).t('\nEmail: ').l('EMAIL', g.email(p, cc));
    if (g.chance(0.5)) d.t('\nThe new tenant at the old flat is ').l('PERSON', g.person(cc).full).t(', I don\'t have their number.');
  },
  // priority services register with eponymous condition
  (g, d) => {
    const cc = g.pick(['GB', 'IE', 'AU', 'US']);
    const p = g.person(cc);
    const carer = g.person(cc);
    d.t(`Priority Services Register — application\nApplicant: `);
    g.name(d, p);
    d.t('\nDate of birth: ').l('DOB', g.dob(cc)).t(`\nReason: ${g.pick(EPONYM)}; uses ${g.pick(['a stairlift', 'an oxygen concentrator', 'a home dialysis machine', 'a powered wheelchair'])}\nNominated carer: `).l('PERSON', carer.full).t(', ').l('PHONE', g.phone(cc)).t('\nAddress: ');
    g.addr(d, cc, false);
    d.t(`\nPassword for callers: "${g.pick(['bluebell', 'Grant', 'harbour', 'Rose garden'])}"`);
  },
  // smart meter install SMS thread
  (g, d) => {
    const cc = g.pick(['GB', 'AU', 'IE', 'NL']);
    const eng = g.person(cc);
    const co = g.pick(ENERGY);
    d.t(`${co}: Your smart meter installation is on ${g.date(cc)}, 8am-12pm. Reply Y to confirm.\nY\n${co}: Thanks. Your installer `).l('PERSON', eng.g).t(' will call from ').l('PHONE', g.phone(cc)).t(` when on the way.\n`).l('PERSON', eng.g).t(`: Hi, running 20 mins late, stuck on the ${g.pick(['M62', 'A14', 'Pacific Hwy', 'N7'])}\nMe: no worries, side door, flat ${g.int(1, 9)}. Meter cupboard key is with `).l('PERSON', g.person(cc).g).t(' next door');
  },
  // ombudsman complaint letter
  (g, d) => {
    const cc = g.pick(['GB', 'AU', 'IE']);
    const p = g.person(cc);
    const co = g.pick(ENERGY);
    g.name(d, p);
    d.t('\n');
    g.addr(d, cc, true);
    d.t('\n').l('PHONE', g.phone(cc)).t(' · ').l('EMAIL', g.email(p, cc)).t(`\n\n${g.date(cc)}\n\nEnergy Ombudsman\nComplaint against ${co} — their ref ${g.ticket()}\n\nI have been back-billed ${g.money(cc)} for energy used more than 12 months ago, which is not allowed under the back-billing rules. ${co}'s complaints manager, `).l('PERSON', g.person(cc).full).t(`, told me on ${g.date(cc)} that the charge stands. I enclose copies of my bills and my deadlock letter.\n\nYours faithfully,\n`);
    g.me(d, p);
  },
  // German Abschlag / SEPA mandate
  (g, d) => {
    const cc = g.pick(['DE', 'AT', 'DE']);
    const p = g.person(cc);
    d.t(`SEPA-Lastschriftmandat\nGläubiger: ${g.pick(ENERGY)} · Gläubiger-ID ${cc}${g.dig(2)}ZZZ0${g.dig(10)}\nMandatsreferenz: ${g.up(2)}${g.dig(9)}\n\nKontoinhaber: `);
    g.me(d, p, 'de');
    d.t('\nAnschrift: ');
    g.addr(d, cc, false);
    d.t('\nIBAN: ').l('IBAN', g.iban(cc)).t(`\nBIC: ${g.up(4)}${cc}${g.up(2)}XXX\nNeuer monatlicher Abschlag: ${g.money(cc)} ab ${g.date(cc)}\n\nOrt, Datum: ${g.pick(['Köln', 'Linz', 'Leipzig'])}, ${g.date(cc)}`);
  },
  // Dutch energy e-mail
  (g, d) => {
    const p = g.person('NL');
    d.t(`Beste ${g.hon(p, 'nl')} `).l('PERSON', p.s).t(`,\n\nBedankt voor het doorgeven van uw meterstanden. Uw jaarafrekening laat een teruggave zien van ${g.money('NL')}. We storten dit binnen 10 werkdagen op rekening `).l('IBAN', g.iban('NL')).t(` t.n.v. `).l('PERSON', `${[...p.g][0] ?? ''}. ${p.s}`).t(`.\n\nLeveringsadres: `);
    g.addr(d, 'NL', false);
    d.t(`\nEAN-code: 871${g.dig(15)}\n\nMet vriendelijke groet,\n`).l('PERSON', g.person('NL').full).t(`\n${g.pick(ENERGY)}`);
  },
  // Italian bill with codice fiscale
  (g, d) => {
    const p = g.person('IT');
    d.t(`Gentile `);
    g.name(d, p, 'it');
    d.t(`,\nla bolletta n. ${g.dig(10)} di ${g.money('IT')} scade il ${g.date('IT')}.\nCodice fiscale: ${g.up(6)}${g.dig(2)}${g.up(1)}${g.dig(2)}${g.up(1)}${g.dig(3)}${g.up(1)}\nPOD: IT001E${g.dig(8)}\nIndirizzo di fornitura: `);
    g.addr(d, 'IT', false);
    d.t('\nAddebito su IBAN: ').l('IBAN', g.iban('IT')).t('\nPer assistenza: ').l('PHONE', g.phone('IT')).t(' oppure ').l('EMAIL', g.role(g.pick(ENERGY))).t('.');
  },
  // Australian hardship program
  (g, d) => {
    const p = g.person('AU');
    d.t(`Hardship program application (${g.pick(ENERGY)})\n\n1. Account holder: `);
    g.self(d, p);
    d.t('   DOB: ').l('DOB', g.dob('AU')).t('\n2. Supply address: ');
    g.addr(d, 'AU', false);
    d.t(`\n3. NMI: ${g.int(4, 7)}${g.dig(9)}\n4. Concession card: ${g.dig(9)}${g.up(1)}\n5. Mobile: `).l('PHONE', g.phone('AU')).t(`\n6. Can you pay something now? ${g.money('AU')} per fortnight\n7. Anything else: ${g.pick(['Partner in hospital since the floods.', `My son ${'lives with me'}.`, `Lost hours at ${g.pick(['Bunnings', 'Woolworths', 'Qantas'])}.`])}`);
  },
  // US utility deposit waiver with SSN
  (g, d) => {
    const p = g.person('US');
    d.t(`${g.pick(ENERGY)} — New Service / Deposit Waiver\n\nName: `);
    if (g.chance(0.5)) d.l('PERSON', `${p.s.toUpperCase()}, ${p.g.toUpperCase()}`); else g.me(d, p);
    d.t('\nSocial Security #: ').l('NATIONAL_ID', g.ssn()).t('\nDate of Birth: ').l('DOB', g.dob('US')).t('\nService address: ');
    g.addr(d, 'US', false);
    d.t('\nPhone: ').l('PHONE', g.phone('US', false)).t(`\nStart date: ${g.date('US')}\nLandlord: ${g.pick(['Riverside Property Mgmt', 'Greystar', 'Hollister Apartments LLC'])}\nLetter of credit from prior utility attached (acct ${g.dig(12)}). Deposit of $${g.int(100, 400)} waived.`);
  },
  // autopay card update
  (g, d) => {
    const cc = g.pick(['US', 'CA', 'AU', 'GB', 'MX', 'JP']);
    const p = g.person(cc);
    d.t(`Update AutoPay — ${g.pick([...ENERGY, ...WATER, ...CARRIERS])}\nCardholder name: `);
    d.l('PERSON', p.full.toUpperCase());
    d.t('\nCard number: ').l('CARD', g.card()).t(`\nExpiry: ${pad(g.int(1, 12))}/${g.int(26, 31)}   CVV: ***\nBilling ZIP/postcode: ${g.dig(5)}\nReplacing: ${g.maskedCard()}\nContact: `).l('EMAIL', g.email(p, cc));
  },
  // refund of credit balance
  (g, d) => {
    const cc = g.pick(['GB', 'IE', 'FR', 'ES', 'DE', 'BE', 'PT', 'CH']);
    const p = g.person(cc);
    d.t('Hello, I closed my account on ' + g.date(cc) + ' and there is a credit of ' + g.money(cc) + ' left. Please send it to ');
    if (g.chance(0.3)) d.t('my new account at ').l('IBAN', g.iban(g.pick(['NO', 'DK', 'FI', 'LU', 'SE']))).t(' (I moved abroad)');
    else d.l('IBAN', g.iban(g.ibanCountry(cc)));
    d.t('. The old one ').t(g.badIban(g.ibanCountry(cc))).t(' was rejected, I think I mistyped it. Account name ');
    g.me(d, p);
    d.t('.\nForwarding address: ');
    g.addr(d, cc, false);
  },
  // gas emergency call transcript (spoken values)
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'IE', 'AU']);
    const p = g.person(cc);
    d.t(`[Transcript — Gas Emergency Line — ${g.date(cc)} ${g.time()}]\nHandler: Emergency line, what's the address?\nCaller: it's `);
    g.addr(d, cc, false);
    d.t('\nHandler: And your name?\nCaller: ');
    g.name(d, p, 'en', true);
    d.t('\nHandler: A number we can reach you on?\nCaller: ').l('PHONE', g.spokenPhone(cc)).t(`\nHandler: Thank you. Leave the door open, don't use switches. An engineer will be with you within the hour. Your reference is ${g.dig(7)}.`);
  },
  // Swedish electricity contract with personnummer (not SSN)
  (g, d) => {
    const p = g.person('SE');
    const [y, m, dd] = g.ymd(1945, 2003);
    d.t(`Elavtal – bekräftelse\n\nNamn: `);
    g.me(d, p);
    d.t(`\nPersonnummer: ${y}${pad(m)}${pad(dd)}-${g.dig(4)}\nFödd: `).l('DOB', g.fmt('SE', [y, m, dd])).t('\nAnläggningsadress: ');
    g.addr(d, 'SE', false);
    d.t(`\nAnläggnings-ID: 735999${g.dig(12)}\nAvtal: Rörligt pris, start ${g.date('SE')}\nMobil: `).l('PHONE', g.phone('SE')).t('\nE-post: ').l('EMAIL', g.email(p, 'SE'));
  },
  // Portuguese water bill with NIF
  (g, d) => {
    const p = g.person('PT');
    d.t(`${g.pick(WATER)} — Fatura ${g.up(2)} ${g.int(2024, 2025)}/${g.dig(6)}\nCliente: `);
    g.name(d, p, 'pt');
    d.t(`\nNIF: ${g.int(1, 3)}${g.dig(8)}\nLocal de consumo: `);
    g.addr(d, 'PT', false);
    d.t(`\nConsumo: ${g.int(4, 30)} m³ · Total: ${g.money('PT')}\nDébito direto: `).l('IBAN', g.iban('PT')).t(`\nData limite: ${g.date('PT')}`);
  },
  // South African prepaid electricity token dispute
  (g, d) => {
    const p = g.person('ZA');
    d.t(`Hi, I bought prepaid electricity for R${g.int(50, 800)} but the token ${g.dig(4)} ${g.dig(4)} ${g.dig(4)} ${g.dig(4)} ${g.dig(4)} is rejected by the meter (meter no. ${g.dig(11)}). Paid with card `).l('CARD', g.card()).t(` on ${g.date('ZA')}. Please resend the token to `).l('PHONE', g.phone('ZA')).t('. Thanks, ');
    g.me(d, p, 'en', true);
  },
];

// ------------------------------------------------------------------------------------------ motoring

const MOTOR: Tpl[] = [
  // rental confirmation
  (g, d) => {
    const cc = g.pick(['US', 'GB', 'ES', 'IT', 'FR', 'DE', 'PT', 'AU', 'IE']);
    const p = g.person(cc);
    const co = g.pick(RENTAL);
    d.t(`${co} — Reservation confirmed ${g.up(2)}${g.dig(8)}\n\nDriver: `);
    g.me(d, p);
    d.t('\nDriver DOB: ').l('DOB', g.dob(cc)).t(`\nLicence no.: ${g.up(5)}${g.dig(6)}${g.up(2)}${g.dig(2)}\nPick-up: ${g.pick(['Málaga Airport', 'Heathrow T5', 'Lisbon Santa Apolónia', 'Newark Liberty', 'Munich Hbf', 'Nice Côte d\'Azur'])}, ${g.date(cc)} ${g.time()}\nCar: ${g.pick(CARS)} or similar\nGuarantee card: `).l('CARD', g.card()).t('\nMobile: ').l('PHONE', g.phone(cc, true)).t(`\nFlight no.: ${g.up(2)}${g.int(100, 9999)}`);
  },
  // rental damage dispute
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'IE', 'AU', 'DE', 'NL']);
    const p = g.person(cc);
    const co = g.pick(RENTAL);
    d.t('To: ').l('EMAIL', g.role(co)).t(`\nSubject: Dispute of damage charge, agreement ${g.dig(9)}\n\nI returned the ${g.pick(CARS)} (reg ${g.plate(cc)}) on ${g.date(cc)} at ${g.time()}. The agent, `).l('PERSON', g.person(cc).g).t(`, checked it and said everything was fine. Two weeks later ${g.money(cc)} was taken from my card `).t(g.maskedCard()).t(' for a "scratched bumper". I have photos with timestamps showing no damage.\n\nPlease reverse the charge or send me the repair invoice to ');
    g.addr(d, cc, false);
    d.t('.\n\n');
    g.self(d, p);
    d.t('\n').l('PHONE', g.phone(cc));
  },
  // rental counter notes with additional driver
  (g, d) => {
    const cc = g.pick(['US', 'ES', 'IT', 'PT', 'FR', 'GB']);
    const p = g.person(cc);
    const q = g.person(cc);
    d.t(`RA ${g.dig(9)} counter notes (${g.pick(RENTAL)})\nMain driver `);
    d.l('PERSON', `${p.s.toUpperCase()}, ${p.g}`);
    d.t(' DOB ').l('DOB', g.dob(cc)).t('; addl driver ');
    d.l('PERSON', `${q.s.toUpperCase()}, ${q.g}`);
    d.t(' DOB ').l('DOB', g.dob(cc)).t(` (under 25 surcharge). Upgraded to ${g.pick(CARS)}. Fuel full/full. Deposit ${g.money(cc)} on `).l('CARD', g.card()).t(`. Existing damage: chip windscreen, scuff rear left. Return ${g.date(cc)}.`);
  },
  // US lease application
  (g, d) => {
    const p = g.person('US');
    const co = g.person('US');
    d.t(`${g.pick(LEASE)} — Consumer Lease Application\n\nApplicant\n  Name: `);
    g.self(d, p);
    d.t('\n  SSN: ').l('NATIONAL_ID', g.ssn()).t('\n  Date of birth: ').l('DOB', g.dob('US')).t('\n  Address: ');
    g.addr(d, 'US', false);
    d.t(`\n  Time at address: ${g.int(1, 12)} yrs\n  Cell: `).l('PHONE', g.phone('US')).t('\n  Email: ').l('EMAIL', g.email(p)).t(`\nCo-applicant\n  Name: `).l('PERSON', co.full).t('\n  SSN: ').l('NATIONAL_ID', g.ssn()).t(`\nVehicle: ${g.int(2024, 2026)} ${g.pick(CARS)}, VIN ${g.vin()}, 36 mo / 12k mi\nDealer EIN: ${g.dig(2)}-${g.dig(7)}`);
  },
  // lease-end inspection
  (g, d) => {
    const cc = g.pick(['GB', 'DE', 'FR', 'NL', 'US']);
    const p = g.person(cc);
    d.t(`LEASE RETURN INSPECTION — ${g.pick(LEASE)}\nLessee: `);
    g.name(d, p);
    d.t(`\nVehicle: ${g.pick(CARS)} ${g.plate(cc)} / VIN ${g.vin()}\nMileage: ${g.int(20000, 60000)} (allowance ${g.int(2, 6)}0,000)\nInspector: `).l('PERSON', g.person(cc).full).t(`, ${g.date(cc)}\nFindings: alloy scuff (front right) ${g.money(cc)}; excess mileage ${g.money(cc)}\nInvoice will be sent to `);
    g.addr(d, cc, false);
    d.t('. Payment within 30 days to ');
    if (cc === 'US') d.t(`routing ${g.dig(9)}, account ${g.dig(10)}.`);
    else d.t('our account; refunds go to your IBAN ').l('IBAN', g.iban(g.ibanCountry(cc))).t('.');
  },
  // roadside assistance call transcript
  (g, d) => {
    const cc = g.pick(['US', 'GB', 'CA', 'AU', 'IE', 'ZA']);
    const p = g.person(cc);
    const ag = g.person(cc).g;
    d.t(`${g.pick(ROADSIDE)} — call ${g.dig(8)}\n`).l('PERSON', ag).t(': Roadside assistance, are you in a safe place?\nCaller: yes, on the hard shoulder, hazards on. My name is ');
    g.me(d, p, 'en', true);
    d.t(`\n`).l('PERSON', ag).t(': Where are you exactly?\nCaller: ');
    d.t(g.pick([`southbound past junction ${g.int(2, 40)}, near the ${g.pick(PLACES)} exit`, `on the ${g.pick(['I-84', 'M6', 'Trans-Canada Hwy', 'N2'])} about two miles after the ${g.pick(['Shell', 'BP', 'Chevron'])} station`, `in the car park of ${g.pick(['Tesco Extra', 'Walmart Supercenter', 'Dunnes Stores'])}`]));
    d.t(`\n`).l('PERSON', ag).t(': What\'s the problem with the vehicle?\nCaller: flat tyre and the spare\'s flat too. It\'s a ' + g.pick(CARS) + '.\n').l('PERSON', ag).t(': And a callback number?\nCaller: ').l('PHONE', g.spokenPhone(cc)).t(`\n`).l('PERSON', ag).t(`: Thanks. A patrol is about ${g.int(25, 90)} minutes away. You'll get a text with the driver's name.`);
  },
  // roadside SMS thread
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'AU', 'IE', 'NL', 'DE']);
    const drv = g.person(cc);
    d.t(`${g.pick(ROADSIDE)}: Help is on the way. Your patrol `).l('PERSON', drv.g).t(` (van ${g.plate(cc)}) ETA ${g.time()}. Track: https://trk.example/${g.hex(8)}\n`);
    d.l('PERSON', drv.g).t(': Hi, can you drop a pin? The address you gave doesn\'t come up\nMe: ');
    g.addr(d, cc, false);
    d.t(`, it's the new estate behind the ${g.pick(PLACES)}\n`).l('PERSON', drv.g).t(': got it, 10 min. If I can\'t find you I\'ll ring ').l('PHONE', g.phone(cc)).t('\nMe: 👍');
  },
  // accident report form, two drivers
  (g, d) => {
    const cc = g.pick(['US', 'GB', 'AU', 'CA', 'IE', 'IN', 'PH']);
    const a = g.person(cc);
    const b = g.person(cc);
    d.t(`MOTOR VEHICLE ACCIDENT REPORT\nDate/time of accident: ${g.date(cc)} ${g.time()}\nLocation: intersection of ${g.pick(['Main St', 'King St', 'Elm Ave', 'Queen St'])} and ${g.pick(['2nd Ave', 'Victoria Rd', 'Kennedy Blvd', 'Park Lane'])}\n\nDRIVER A (our insured)\nName: `);
    g.me(d, a);
    d.t('\nDOB: ').l('DOB', g.dob(cc)).t('\nAddress: ');
    g.addr(d, cc, false);
    d.t('\nPhone: ').l('PHONE', g.phone(cc)).t(`\nPolicy: ${g.up(3)}-${g.dig(7)}\nVehicle: ${g.pick(CARS)}, plate ${g.plate(cc)}\n\nDRIVER B\nName: `);
    g.name(d, b);
    d.t('\nPhone: ').l('PHONE', g.phone(cc)).t(`\nInsurer: ${g.pick(INSURER)}, policy ${g.dig(10)}\nVehicle: ${g.pick(CARS)}\n\nWitness: `).l('PERSON', g.person(cc).full).t(', ').l('PHONE', g.phone(cc)).t(`\nPolice report no.: ${g.dig(2)}-${g.dig(6)}\nDescription: B ran the red light and struck A's passenger side.`);
  },
  // repair-shop claim e-mail with payout IBAN
  (g, d) => {
    const cc = g.pick(['DE', 'NL', 'FR', 'BE', 'IE', 'GB', 'ES', 'IT', 'AT']);
    const p = g.person(cc);
    const gar = g.pick(GARAGE);
    d.t('From: ').l('EMAIL', g.role(gar)).t('\nTo: ').l('EMAIL', g.role(g.pick(INSURER))).t(`\nSubject: Claim ${g.up(2)}${g.dig(7)} — repair estimate\n\nHello,\n\nPlease find our estimate ${g.dig(6)} for the ${g.pick(CARS)} (VIN ${g.vin()}) belonging to your policyholder `);
    g.name(d, p);
    d.t(`. Total ${g.money(cc)} incl. VAT: rear bumper, tailgate, parking sensor (${g.pick(['Bosch', 'Valeo', 'Continental'])} part ${g.dig(4)}-${g.dig(3)}-${g.dig(3)}). Courtesy car provided from ${g.date(cc)}.\n\nPlease settle to our account `).l('IBAN', g.iban(g.ibanCountry(cc))).t('. The customer\'s excess will be collected on collection; contact them on ').l('PHONE', g.phone(cc)).t('.\n\nBest regards\n').l('PERSON', g.person(cc).full).t(`\nService Advisor, ${gar}`);
  },
  // insurance claim chat
  (g, d) => {
    const cc = g.pick(['US', 'GB', 'AU', 'CA', 'ZA', 'NG']);
    const p = g.person(cc);
    const ag = g.person(cc).g;
    d.t(`${g.pick(INSURER)} Claims Chat\n`).l('PERSON', ag).t(`: Hi, I'm here to help with your claim. What's your policy number?\n`);
    d.t(`Customer: ${g.up(3)}${g.dig(8)}\n`).l('PERSON', ag).t(': Thanks, and your full name and DOB?\nCustomer: ');
    g.me(d, p, 'en', true);
    d.t(', ').l('DOB', g.dob(cc)).t('\n').l('PERSON', ag).t(': What happened?\nCustomer: someone reversed into me in the car park at ').t(g.pick(['Westfield', 'the Mall of Africa', 'Lincoln Center garage', 'Costco'])).t('. the other driver was ');
    g.name(d, g.person(cc), 'en', true);
    d.t(', their number is ').l('PHONE', g.phone(cc)).t('\n').l('PERSON', ag).t(`: Sorry to hear that. I've opened claim ${g.dig(9)}. A repairer will contact you within 2 business days.`);
  },
  // parking / toll fine dispute
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'FR', 'IE', 'NL', 'IT']);
    const p = g.person(cc);
    d.t(`Appeal — Penalty Charge Notice ${g.up(2)}${g.dig(8)}\nVehicle registration: ${g.plate(cc)}\nKeeper: `);
    g.self(d, p);
    d.t('\nAddress: ');
    g.addr(d, cc, g.chance(0.5));
    d.t(`\n\nGrounds: the car was a rental from ${g.pick(RENTAL)} and was not in my possession on ${g.date(cc)}. The hirer at the time was `).l('PERSON', g.person(cc).full).t(` (agreement ${g.dig(8)}). Please transfer liability.\nContact e-mail: `).l('EMAIL', g.email(p, cc));
  },
  // German accident report
  (g, d) => {
    const a = g.person('DE');
    const b = g.person('DE');
    d.t(`Unfallbericht vom ${g.date('DE')}, ${g.time()} Uhr\nUnfallort: Kreuzung ${g.pick(['Goethestraße', 'Bismarckallee', 'Adenauerring'])} / ${g.pick(['Marktplatz', 'Lindenweg', 'Ring'])}\n\nFahrer A: `);
    g.me(d, a, 'de');
    d.t(', geb. ').l('DOB', g.dob('DE')).t('\nAnschrift: ');
    g.addr(d, 'DE', false);
    d.t(`\nKennzeichen: ${g.plate('DE')} · Versicherung: ${g.pick(INSURER)}, Schein-Nr. ${g.dig(10)}\n\nFahrer B: `);
    g.name(d, b, 'de');
    d.t(', Tel. ').l('PHONE', g.phone('DE')).t(`\nKennzeichen: ${g.plate('DE')}\n\nHergang: B wechselte ohne zu blinken die Spur. Polizei (Vorgangsnummer ${g.dig(3)}/${g.dig(6)}/${g.int(2023, 2025)}) war vor Ort.`);
  },
  // French constat amiable
  (g, d) => {
    const a = g.person('FR');
    const b = g.person('FR');
    d.t(`Constat amiable — ${g.date('FR')}\nLieu : rond-point ${g.pick(['Charles-de-Gaulle', 'de la Liberté', 'Jean-Moulin'])}, ${g.pick(['Nantes', 'Lyon', 'Rennes'])}\n\nVéhicule A — conducteur : `);
    d.l('PERSON', `${a.s.toUpperCase()} ${a.g}`);
    d.t(', né' + (a.f ? 'e' : '') + ' le ').l('DOB', g.dob('FR')).t('\nAdresse : ');
    g.addr(d, 'FR', false);
    d.t(`\nImmatriculation : ${g.plate('FR')}\n\nVéhicule B — conducteur : `);
    d.l('PERSON', `${b.s.toUpperCase()} ${b.g}`);
    d.t(' · tél. ').l('PHONE', g.phone('FR')).t(`\nAssureur : ${g.pick(INSURER)}, contrat n° ${g.dig(9)}\nCirconstances : case 10 (changeait de file).`);
  },
  // Spanish parte amistoso via e-mail
  (g, d) => {
    const p = g.person('ES');
    const o = g.person('ES');
    d.t('Hola,\n\nadjunto el parte amistoso del golpe que tuve el ' + g.date('ES') + '. La otra conductora/conductor es ');
    g.name(d, o, 'es');
    d.t(' y su teléfono es ').l('PHONE', g.phone('ES')).t(`. Su matrícula ${g.plate('ES')}. Yo llevaba mi ${g.pick(CARS)}.\nMis datos: `);
    g.self(d, p);
    d.t(`, DNI ${g.dig(8)}${g.up(1)}, ${p.f ? 'nacida' : 'nacido'} el `).l('DOB', g.dob('ES')).t(', domicilio en ');
    g.addr(d, 'ES', false);
    d.t('.\nEl taller ' + g.pick(GARAGE) + ' me pide que el pago se haga a ').l('IBAN', g.iban('ES')).t('.\n\nUn saludo');
  },
  // UK breakdown recovery job log
  (g, d) => {
    const p = g.person('GB');
    d.t(`RECOVERY JOB ${g.dig(7)} | ${g.pick(ROADSIDE)}\nMember: `);
    d.l('PERSON', p.full.toUpperCase());
    d.t(` | Membership ${g.dig(16).replace(/^./, '7')}\nVehicle: ${g.plate('GB')} ${g.pick(CARS)}\nFault: ${g.pick(['clutch failure', 'alternator', 'EV 12V battery', 'snapped cambelt'])}\nFrom: ${g.pick(['M1 J24 northbound', 'A303 near Stonehenge', 'Tesco car park, Hucknall'])}\nTo (home): `);
    g.addr(d, 'GB', false);
    d.t('\nMember phone: ').l('PHONE', g.phone('GB')).t(`\nPatrol: `).l('PERSON', g.person('GB').full).t(` (call sign ${g.up(1)}${g.int(10, 99)})`);
  },
  // Japanese rental car reservation
  (g, d) => {
    const sur = g.pick(JP_SUR);
    const giv = g.pick(JP_GIV);
    d.t('【レンタカー予約確認】\nご予約者：');
    if (g.chance(0.5)) { d.l('PERSON', `${sur} ${giv}`); d.known.push(`${sur} ${giv}`); } else d.l('PERSON', `${sur} ${giv}`);
    d.t(` 様\n予約番号：${g.up(2)}${g.dig(8)}\n貸出：${g.date('JP')} 10:00 ${g.pick(['那覇空港店', '新千歳空港店', '博多駅前店'])}\n車種：${g.pick(['トヨタ ヤリス', '日産 ノート', 'ホンダ フィット'])}\nご連絡先：`).l('PHONE', g.phone('JP', false)).t('\nメール：').l('EMAIL', `${ascii(g.pick(K.jp.s))}.${g.int(10, 99)}@${g.pick(DOMAINS.JP ?? ['gmail.com'])}`).t('\nお支払いカード：').l('CARD', g.card()).t(`\n運転者 `).l('PERSON', g.pick(JP_SUR)).t('さん の同乗あり');
  },
  // fleet manager CSV of drivers
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'DE', 'NL', 'AU', 'IE']);
    d.t(`Hi team, please add these drivers to our fleet account ${g.up(3)}${g.dig(5)} for the ${g.pick(['Team Phoenix', 'Project Atlas', 'Northern Lights'])} roll-out:\n\nname,dob,mobile,email\n`);
    const n = g.int(3, 5);
    for (let i = 0; i < n; i++) {
      const p = g.person(cc);
      d.l('PERSON', p.full).t(',').l('DOB', `${g.int(1960, 2002)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`).t(',').l('PHONE', g.phone(cc)).t(',').l('EMAIL', g.email(p, cc)).t('\n');
    }
    d.t('\nThanks,\n');
    d.l('PERSON', g.person(cc).full).t(`\nFleet Manager, ${g.pick(['Dawson Logistics', 'Fairbairn Freight', 'Grant Thornton', 'Kowalczyk Transport Sp. z o.o.'])}`);
  },
  // EV charging billing dispute
  (g, d) => {
    const cc = g.pick(['NL', 'DE', 'GB', 'NO', 'SE', 'FR']);
    const c2 = cc === 'NO' ? 'SE' : cc;
    const p = g.person(c2);
    d.t(`Support ticket ${g.ticket()} — ${g.pick(['VoltPoint', 'Chargeway Plus', 'Tesla Supercharger', 'Ionity'])}\n\nI was billed for a 3-hour session at the ${g.pick(PLACES)} charger on ${g.date(c2)} but the car (${g.pick(['Tesla Model 3', 'Kia Niro', 'Nissan Leaf'])}) only took 22 kWh. Charge card ${g.up(2)}-${g.up(3)}-C${g.dig(8)}-${g.int(0, 9)}. The payment came from `).l('CARD', g.card()).t('.\nPlease refund and reply to ').l('EMAIL', g.email(p, c2)).t('.\n');
    g.me(d, p);
  },
  // Canadian roadside + SIN trap
  (g, d) => {
    const p = g.person('CA');
    d.t(`Membership renewal — ${g.pick(ROADSIDE)} Canada\nMember: `);
    g.me(d, p);
    d.t('\nBorn: ').l('DOB', g.dob('CA')).t(`\nSIN (optional, for tax receipt): ${g.dig(3)} ${g.dig(3)} ${g.dig(3)}\nAddress: `);
    g.addr(d, 'CA', g.chance(0.4));
    d.t('\nPhone: ').l('PHONE', g.phone('CA')).t(`\nPlan: Plus, 4 service calls, towing 200 km\nPaid: `).l('CARD', g.card()).t(` on ${g.date('CA')}`);
  },
  // Italian body shop quote by WhatsApp
  (g, d) => {
    const p = g.person('IT');
    const gar = g.pick(GARAGE);
    d.t(`${gar}: Buongiorno `).l('PERSON', p.g).t(`, il preventivo per la sua ${g.pick(['Fiat Panda', 'Lancia Ypsilon', 'Alfa Romeo Giulietta'])} targata ${g.plate('IT')} è di ${g.money('IT')}. Il perito dell'assicurazione, ${g.hon(g.person('IT'), 'it')} `).l('PERSON', g.person('IT').s).t(`, passa ${g.date('IT')}.\nIo: va bene. per il rimborso il mio IBAN è `).l('IBAN', g.iban('IT')).t(`\n${gar}: perfetto, grazie. Mi conferma anche la mail?\nIo: `).l('EMAIL', g.email(p, 'IT'));
  },
];

// ----------------------------------------------------------------------------------------- generic

const GENERIC: Tpl[] = [
  // CRM JSON export
  (g, d) => {
    const cc = g.country();
    const p = g.person(cc);
    d.t(`{\n  "customerId": "${g.up(2)}-${g.dig(8)}",\n  "name": "`);
    if (g.chance(0.5)) g.self(d, p); else d.l('PERSON', p.full);
    if (cc === 'US' && g.chance(0.7)) d.t('",\n  "ssn": "').l('NATIONAL_ID', g.ssn());
    d.t('",\n  "email": "').l('EMAIL', g.email(p, cc)).t('",\n  "phone": "').l('PHONE', g.phone(cc, true)).t('",\n  "dateOfBirth": "').l('DOB', `${g.int(1945, 2004)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}`).t(`",\n  "segment": "${g.pick(['broadband', 'mobile', 'energy', 'motor'])}",\n  "lastLoginIp": "`).l('IP', g.ip()).t(`",\n  "createdAt": "${g.int(2019, 2024)}-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}T${g.time()}:00Z",\n  "crmVersion": "${g.version()}",\n  "hash": "${g.hash()}"\n}`);
  },
  // fraud team notes
  (g, d) => {
    const p = g.person('US');
    d.t(`FRAUD REVIEW ${g.ticket()}\nSubject: `);
    g.name(d, p);
    d.t('\nSSN provided at store: ').l('NATIONAL_ID', g.ssn()).t(` — does NOT match bureau record (bureau shows ${g.maskedSsn()}).\nDOB provided: `).l('DOB', g.dob('US')).t('\nOrder IPs: ').l('IP', g.ip4(false)).t(', ').l('IP', g.ip6()).t(`\nDevices ordered: 3 × ${g.pick(['iPhone 16 Pro', 'Galaxy S25'])}, ship-to `);
    g.addr(d, 'US', false);
    d.t(`\nTest SSN ${g.badSsn()} also tried. Decision: cancel, flag account, notify `).l('EMAIL', g.role(g.pick(CARRIERS))).t('.');
  },
  // satisfaction survey free text
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'IE', 'AU', 'CA', 'NZ']);
    const c2 = cc === 'NZ' ? 'AU' : cc;
    d.t(`How likely are you to recommend us? ${g.int(0, 10)}/10\nTell us more: `);
    const who = g.person(c2);
    d.t(g.pick(['The engineer ', 'Your agent ', 'The tow driver ', 'The lady on the phone, ']));
    d.l('PERSON', who.g);
    d.t(g.pick([', was brilliant', ' was rude and hung up on me', ', sorted it in ten minutes', ' will get a 5-star review from me']));
    d.t(`. ${g.pick(['Hope you pass this on.', 'May I also say the app is awful.', 'Grant her a raise!', 'Will be switching anyway.'])} Contact me on `).l('PHONE', g.phone(c2)).t(' if you want details.');
  },
  // agent handover note
  (g, d) => {
    const cc = g.country();
    const p = g.person(cc);
    d.t('Handover from ').l('PERSON', g.person(cc).g).t(' to ').l('PERSON', g.person(cc).g).t(`, ${g.date(cc)}:\n- `);
    g.name(d, p, 'en', true);
    d.t(`'s ${g.pick(['broadband', 'meter exchange', 'tow', 'SIM replacement'])} case still open (${g.ticket()}). Promised callback before 5 on `).l('PHONE', g.phone(cc)).t('.\n- ');
    d.t(`${g.pick(['Dr.', 'Mr.', 'Ms.'])} `);
    d.l('PERSON', g.person(cc).s);
    d.t(` wants the complaint escalated; do NOT offer another credit (already ${g.money(cc)}).\n- Outage in ${g.pick(['Kingston', 'Georgetown', 'Victoria'])} resolved, no action.`);
  },
  // voicemail transcription
  (g, d) => {
    const cc = g.pick(['US', 'GB', 'CA', 'AU', 'IE']);
    const p = g.person(cc);
    d.t(`Voicemail (${g.int(0, 1)}:${pad(g.int(10, 59))}) from ${g.maskedPhone()} — automatic transcript:\n"Hi, this is `);
    g.name(d, p, 'en', true);
    d.t(` calling about the ${g.pick(['water bill', 'technician visit', 'rental car', 'tow'])}. Can someone call me back on `).l('PHONE', g.spokenPhone(cc)).t(' or e-mail me at ').l('EMAIL', g.spokenEmail(p, cc)).t(`. Thanks, bye."`);
  },
  // help-desk e-mail with IP and IPv6 bracket-port
  (g, d) => {
    const cc = g.pick(['DE', 'NL', 'US', 'GB', 'SE', 'FR']);
    const p = g.person(cc);
    d.t(`Hi support,\n\nmy home server behind your ${g.pick(['Fibre 1000', 'Business Static', 'Pro 500'])} line is unreachable. From outside, https://[`).l('IP', g.ip6()).t(`]:${g.int(1024, 9999)} times out and `).l('IP', g.ip4(false)).t(`:${g.pick([22, 443, 8443, 51820])} refuses. Inside the LAN `).l('IP', g.ip4(true)).t(` works fine. Router firmware ${g.version()}, Docker ${g.int(20, 27)}.${g.int(0, 9)}.${g.int(0, 9)}.\n\nCheers\n`);
    g.me(d, p);
    d.t('\n').l('PHONE', g.phone(cc));
  },
  // Philippines postpaid application
  (g, d) => {
    const p = g.person('PH');
    d.t(`POSTPAID PLAN APPLICATION\nFull name (Last, First): `);
    d.l('PERSON', `${p.s}, ${p.g}`);
    d.t('\nBirthday: ').l('DOB', g.dob('PH')).t(`\nTIN: ${g.dig(3)}-${g.dig(3)}-${g.dig(3)}-000\nBilling address: `);
    g.addr(d, 'PH', false);
    d.t('\nMobile: ').l('PHONE', g.phone('PH')).t('\nEmail: ').l('EMAIL', g.email(p, 'PH')).t(`\nPlan: ${g.pick(['Plan 999', 'Plan 1499 w/ iPhone', 'Fiber 1699'])}\nMother's maiden name: `).l('PERSON', g.pick(K.ph.s));
  },
  // Nigerian recharge complaint
  (g, d) => {
    const p = g.person('NG');
    d.t(`Good afternoon, I recharged ₦${g.int(1, 20)},000 to `).l('PHONE', g.phone('NG')).t(` on ${g.date('NG')} with my card `).l('CARD', g.card()).t(` but it's not reflecting. NIN ${g.dig(11)} already linked. Please help urgently, I'm `);
    g.me(d, p);
    d.t(' and you can also reach me at ').l('EMAIL', g.email(p, 'NG')).t('.');
  },
  // Mexican utility web form
  (g, d) => {
    const p = g.person('MX');
    d.t(`Formulario de contacto — ${g.pick([...ENERGY, ...CARRIERS])}\nNombre: `);
    g.me(d, p, 'es');
    d.t(`\nCURP: ${g.up(4)}${g.dig(6)}${g.up(6)}${g.dig(2)}\nFecha de nacimiento: `).l('DOB', g.dob('MX')).t('\nTeléfono: ').l('PHONE', g.phone('MX')).t('\nDomicilio: ');
    g.addr(d, 'MX', false);
    d.t(`\nMensaje: El recibo de ${mon('es', g.int(1, 12))} llegó por ${g.money('MX')}, muy por encima de lo normal. Número de servicio ${g.dig(12)}.`);
  },
  // Belgian / Swiss telecom contract change letter
  (g, d) => {
    const cc = g.pick(['BE', 'CH']);
    const p = g.person(cc);
    d.t(`${g.hon(p, 'fr')} `).l('PERSON', p.full).t('\n');
    g.addr(d, cc, true);
    d.t(`\n\nObjet : modification de votre abonnement ${g.pick(['Internet + TV', 'Mobile Illimité', 'Fibre 500'])}\n\n${p.f ? 'Madame' : 'Monsieur'}, à partir du ${g.date(cc)}, le prix mensuel passe à ${g.money(cc)}. La domiciliation sur le compte `).l('IBAN', g.iban(cc)).t(` reste inchangée. Pour toute question : `).l('PHONE', g.phone(cc)).t('.\n\nVotre conseiller, ').l('PERSON', g.person(cc).full);
  },
];

// ------------------------------------------------------------------------------------- negatives

const NEGATIVE: Tpl[] = [
  (g, d) => {
    d.t(`Customer: hi my ${g.pick(['Rose Gold iPhone 13', 'Galaxy A54', 'Pixel 7'])} says SIM not provisioned since the update to ${g.version()}\nAgent: Sorry about that! Can you restart it and check Settings > About?\nCustomer: will do. IMEI is ${g.imei()}, ICCID ${g.iccid()}\nAgent: Thanks, I've re-sent the provisioning profile (job ${g.hash()}). Please allow 10 minutes.\nCustomer: great, working now. may i also ask when 5G comes to ${g.pick(['Kingston', 'Georgetown', 'Victoria', 'Hamilton'])}?\nAgent: It's planned for ${g.pick(['Q3', 'spring', 'next year'])}, no firm date yet.`);
  },
  (g, d) => {
    d.t(`Water quality notice\nFollowing ${g.pick(STORMS)}, customers in ${g.pick(['Lincoln', 'Jackson', 'Washington', 'Victoria'])} county should boil tap water until further notice. Sample batch ${g.up(2)}-${g.dig(6)} tested on ${g.date('US')} showed turbidity of ${g.int(2, 9)}.${g.int(0, 9)} NTU. Bottled water is available at the Roosevelt High School gym and at Walt Disney Elementary. Hotline open 24/7; notice no. ${g.dig(5)}.`);
  },
  (g, d) => {
    d.t(`Depot handover — shift ${g.pick(['A', 'B', 'C'])}\nTrucks out: ${g.int(4, 20)} · tows completed: ${g.int(10, 60)} · avg ETA ${g.int(20, 70)} min\nRecovery truck ${g.plate('GB')} booked for MOT on ${g.date('GB')} (Halfords). Fuel card ending ${g.dig(4)} reported lost — cancelled, new card ${g.badCard()} (unactivated).\nGrant funding for EV chargers approved by the council. Hope to have the Mercer Street yard open by ${mon('en', g.int(1, 12))}.`);
  },
  (g, d) => {
    const cc = g.pick(['GB', 'IE', 'US', 'AU']);
    d.t(`NETWORK STATUS — ${g.pick(ISPS)}\n${g.pick(STORMS)} has damaged overhead lines in ${g.pick(['Kingston', 'Georgetown', 'St. Helens', 'Victoria', 'Jackson'])} and surrounding areas. Incident ${g.ticket()} opened ${g.date(cc)} ${g.time()}. ${g.int(300, 9000)} customers affected. Engineers will work through the weekend; we may grant automatic compensation. Next update ${g.time()}. Customers calling from ${g.maskedPhone()} style numbers are our field teams, not scammers.`);
  },
  (g, d) => {
    const cc = g.pick(['GB', 'US', 'IE', 'AU']);
    d.t(`Important changes to your tariff\n\nFrom ${g.date(cc)} the standing charge will rise by ${g.int(2, 9)}%. Wholesale prices rose sharply in ${mon('en', g.int(1, 12))}. We hope this helps you plan. Will this affect your Direct Debit? Only if your balance is below zero. You may cancel without penalty within 30 days. Ofgem's price cap and Ohm's law still apply, sadly. Reference ${g.dig(10)}. Promo code SPRING${g.int(10, 50)}.`);
  },
  (g, d) => {
    d.t(`SAFETY RECALL ${g.up(2)}${g.dig(3)}\n${g.pick(['Ford', 'Dodge', 'Chrysler', 'Porsche', 'Citroën', 'Mercedes-Benz', 'Tesla'])} is recalling certain ${g.int(2019, 2024)} vehicles (VIN range ${g.vin()} to ${g.vin()}) because the ${g.pick(['Bosch', 'Takata', 'Denso', 'Michelin'])} component 0${g.dig(3)}-${g.dig(4)}-${g.dig(4)}-${g.dig(4)} may fail. Dealers will replace it free of charge. Owners will be notified by mail from ${g.date('US')}. NHTSA campaign ${g.dig(2)}V-${g.dig(3)}. Questions: see the Lemon Law FAQ.`);
    d.t(`\nInternal part ref: ${g.badCard()}`);
  },
  (g, d) => {
    d.t(`Release notes — router firmware ${g.version()}\n- Fixed DHCP lease renewal when uptime > 49 days\n- Updated TR-069 client to ${g.version()}\n- Build ${g.hash()} / ${g.hash()}\n- Known issue: devices named "Alexa" or "Siri" may appear twice\n- Default LAN range unchanged; admin UI on port 8080\n- Tested on ${g.pick(['Kestrel K9', 'NetHarbour Hub 4', 'Lumo Box X'])} hw rev ${g.int(1, 5)}.${g.int(0, 9)}\nReleased ${g.date('US')}`);
  },
  (g, d) => {
    d.t(`Weekly KPIs — ${g.pick(['Team Phoenix', 'Team Hope', 'Grant Desk', 'Nightingale Team'])}\nTickets opened: ${g.int(800, 3000)} · closed: ${g.int(800, 3000)} · AHT ${g.int(4, 12)}m${pad(g.int(0, 59))}s\nTop drivers: ${g.pick(['porting delays', 'SIM swaps', 'meter exchanges', 'tow ETAs'])}, billing disputes, ${g.pick(['Storm Babet', 'Hurricane Milton'])} follow-ups\nCSAT ${g.int(60, 95)}% (target 85%). Escalations to ombudsman: ${g.int(0, 20)}. Next review ${g.date('GB')} in the Turing meeting room.`);
  },
  (g, d) => {
    d.t(`${g.pick(CARRIERS)}: Summer deal! Unlimited data for ${g.money('GB')}/mo for 24 months. Use code MAY${g.int(10, 99)} by ${g.date('GB')}. Reply STOP to ${g.int(60000, 89999)} to opt out. T&Cs at ${g.pick(['bit.ly/', 'sky.lrk/'])}${g.hex(6)}`);
  },
  (g, d) => {
    const cc = g.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB']);
    d.t(`Payment failed — action needed\n\nThe bank details you entered could not be validated:\nIBAN: ${g.badIban(cc)}\nCard: ${g.badCard()}\nPlease check the numbers and try again. For security we never show full card numbers (${g.maskedCard()}). Error code E${g.dig(4)}, request id ${g.hex(8)}-${g.hex(4)}-${g.hex(4)}.`);
  },
  (g, d) => {
    d.t(`FAQ: How do I read my meter?\nDigital meters show a reading like 01234 kWh. Press button A until "1.8.0" appears. Your meter serial looks like ${g.dig(2)}${g.up(1)}${g.dig(6)} and your customer number like ${g.dig(10)}. Never share your full SSN with us by chat — agents only ever ask for the last four digits (e.g. XXX-XX-1234). Smart meters talk to the DCC using firmware ${g.version()}.`);
  },
  (g, d) => {
    d.t(`Roadside cover — policy wording (extract)\nSection 4: We will not cover breakdowns caused by Murphy's law-type events, i.e. running out of fuel twice in 7 days. Cover applies across mainland UK including the Isle of Wight and ferries such as the Pride of Kent. Incidents at ${g.pick(PLACES)} are covered. Claims must be made within 28 days. Policy form RS-${g.int(2023, 2025)}-${g.dig(2)}, effective ${g.date('GB')}.`);
  },
  (g, d) => {
    d.t(`Accounts payable remittance\nVendor: ${g.pick(GARAGE)} · EIN ${g.dig(2)}-${g.dig(7)}\nRouting ${g.dig(9)} · Account ${g.dig(11)}\nInvoices: ${g.dig(6)} (${g.date('US')}), ${g.dig(6)} (${g.date('US')})\nTotal $${g.int(1000, 90000)}.${g.dig(2)}\nCheck no. ${g.dig(6)} · Batch ${g.hash()}`);
  },
  (g, d) => {
    d.t(`Parts stock check — bay ${g.int(1, 12)}\n${g.pick(['Michelin Pilot Sport 5', 'Pirelli P Zero', 'Goodyear EfficientGrip'])} 225/45 R17 × ${g.int(2, 30)}\nBosch S5 battery × ${g.int(1, 9)}\nPhillips-head screwdriver set × ${g.int(1, 5)}\nMcLaren & Ferrari wiper blades × ${g.int(1, 20)}\nAllen keys × ${g.int(1, 10)}\nDiesel particulate filter, part ${g.dig(5)}-${g.dig(5)}\nLast audited ${g.date('GB')}.`);
  },
  (g, d) => {
    d.t(`[${g.date('US')} ${g.time()}] ticket ${g.ticket()} updated by system\nstatus: PENDING_CUSTOMER → CLOSED\nreason: no response after 3 attempts to ${g.maskedPhone()}\nsla_breached: false\ntrace_id=${g.hash()} span=${g.hex(16)}\nclient ${g.version()} on ${g.pick(['Android 14', 'iOS 17.5.1', 'Windows 11 23H2'])}\nnote: "will call again in May if the customer reopens"`);
  },
  (g, d) => {
    d.t(`Hi, just checking: my package from Amazon (tracking 1Z${g.up(3)}${g.dig(3)}${g.up(2)}${g.dig(8)}) and the router from ${g.pick(ISPS)} (order ${g.dig(10)}) both say delivered on ${g.date('GB')} but nothing arrived. The Ring doorbell shows nobody came. Is it the same courier as the Parkinson's medication delivery? Thanks.`);
  },
];

// ----------------------------------------------------------------------------- payments and identity

const EXTRA: Tpl[] = [
  // telecom billing dispute with a new card
  (g, d) => {
    const cc = g.pick(['US', 'GB', 'CA', 'AU', 'IE', 'DE']);
    const p = g.person(cc);
    const co = g.pick(CARRIERS);
    d.t('To: ').l('EMAIL', g.role(co)).t(`\nSubject: Charged twice for ${mon('en', g.int(1, 12))}\n\nHi,\n\nmy bill (${g.money(cc)}) was taken twice from my old card ${g.maskedCard()}, which I have since cancelled. Please refund the duplicate and use my new card `).l('CARD', g.card()).t(` for future bills. The account is under `);
    g.me(d, p);
    d.t(', mobile ').l('PHONE', g.phone(cc)).t(`. Your agent on ${g.date(cc)}, `).l('PERSON', g.person(cc).g).t(`, said it would be fixed in 48 hours — it wasn't.\n\nThanks`);
  },
  // US identity theft affidavit for a phone account
  (g, d) => {
    const p = g.person('US');
    d.t(`IDENTITY THEFT AFFIDAVIT — ${g.pick(CARRIERS)} Fraud Dept.\n\n1. My full legal name: `);
    g.self(d, p);
    d.t('\n2. Date of birth: ').l('DOB', g.dob('US')).t('\n3. Social Security number: ').l('NATIONAL_ID', g.ssn()).t('\n4. Current address: ');
    g.addr(d, 'US', false);
    d.t('\n5. Daytime phone: ').l('PHONE', g.phone('US')).t('\n6. Email: ').l('EMAIL', g.email(p)).t(`\n7. Fraudulent account(s): ${g.up(2)}${g.dig(7)}-${g.dig(5)}, opened ${g.date('US')} from IP `).l('IP', g.ip4(false)).t(`\n8. FTC report number: ${g.dig(9)}\nI declare under penalty of perjury that the above is true.`);
  },
  // US auto-loan refinance form
  (g, d) => {
    const p = g.person('US');
    d.t(`Refinance your auto loan — ${g.pick(LEASE)}\nFirst name: `).l('PERSON', p.g).t('\nLast name: ').l('PERSON', p.s).t('\nSSN: ').l('NATIONAL_ID', g.ssn()).t('\nBirth date: ').l('DOB', g.dob('US')).t(`\nVehicle: ${g.pick(CARS)} · VIN ${g.vin()} · ${g.int(8, 90)},${g.dig(3)} mi\nCurrent lender: ${g.pick(['Ally', 'Capital One Auto', 'Chase Auto'])} · payoff $${g.int(4, 40)},${g.dig(3)}\nMobile: `).l('PHONE', g.phone('US')).t('\nEmail: ').l('EMAIL', g.email(p)).t(`\nSubmitted from `).l('IP', g.ip()).t(` at ${g.time()}`);
  },
  // pay-by-phone IVR log
  (g, d) => {
    const cc = g.pick(['US', 'GB', 'AU', 'CA', 'IE', 'ZA']);
    d.t(`IVR PAYMENT LOG ${g.hex(10)}\ncaller_id=`).l('PHONE', g.phone(cc, true)).t(`\nacct=${g.dig(10)}\nverify=postcode_ok\ncard_entered=`).l('CARD', g.cardDigits()).t(`\nexp=${pad(g.int(1, 12))}${g.int(26, 31)}\namount=${g.money(cc)}\nauth=${g.up(1)}${g.dig(5)}\nresult=APPROVED\nagent_transfer=`);
    if (g.chance(0.5)) d.l('PERSON', g.person(cc).g);
    else d.t('none');
  },
  // US utility start-service call note
  (g, d) => {
    const p = g.person('US');
    d.t(`${g.date('US')} ${g.time()} START SERVICE — ${g.pick([...ENERGY, ...WATER])}\nCaller `);
    g.name(d, p);
    d.t(' moving into ');
    g.addr(d, 'US', false);
    d.t('. Verified SSN ').l('NATIONAL_ID', g.ssn()).t(' and DOB ').l('DOB', g.dob('US')).t(`. No prior debt. Roommate `).l('PERSON', g.person('US').full).t(` to be added as authorized user. Turn-on ${g.date('US')}. Cb # `).l('PHONE', g.phone('US')).t('.');
  },
  // US roadside membership fraud callback
  (g, d) => {
    const p = g.person('US');
    d.t(`Hi `).l('PERSON', p.g).t(`, this is ${g.pick(ROADSIDE)} confirming your request to change the phone number on your membership from ${g.maskedPhone()} to `).l('PHONE', g.phone('US')).t(`. For your security we matched the last four of your SSN (${g.maskedSsn()}). If you did not make this change, call `).l('PHONE', g.phone('US', false)).t(' immediately.');
  },
  // US repair-shop customer authorization form
  (g, d) => {
    const p = g.person('US');
    d.t(`${g.pick(GARAGE)} — REPAIR AUTHORIZATION\nRO# ${g.dig(6)}   Date ${g.date('US')}\nCustomer: `);
    d.l('PERSON', `${p.s.toUpperCase()}, ${p.g.toUpperCase()}`);
    d.t('\nAddress: ');
    g.addr(d, 'US', g.chance(0.5));
    d.t('\nPhone: ').l('PHONE', g.phone('US')).t(`\nVehicle: ${g.pick(CARS)}  Lic ${g.plate('US')}  VIN ${g.vin()}\nWork: ${g.pick(['replace front brake pads & rotors', 'diagnose check engine P0420', 'R&R windshield'])}\nEstimate: $${g.int(180, 3400)}.${g.dig(2)}\nPayment on file: `).l('CARD', g.card()).t(`\nSigned: `).l('PERSON', `${[...p.g][0] ?? ''}. ${p.s}`);
  },
  // US upgrade from prepaid to postpaid, chat
  (g, d) => {
    const p = g.person('US');
    const ag = g.person('US').g;
    d.l('PERSON', ag).t(`: Happy to move you to a postpaid plan! I'll need a soft credit check. Full name as on your ID?\nCustomer: `);
    g.me(d, p, 'en', true);
    d.t('\n').l('PERSON', ag).t(': And your Social Security number?\nCustomer: ').l('NATIONAL_ID', g.ssn()).t('\n').l('PERSON', ag).t(': Date of birth?\nCustomer: ').l('DOB', g.dob('US')).t('\n').l('PERSON', ag).t(`: You're approved for up to ${g.int(2, 5)} lines, no deposit. Your number `).l('PHONE', g.phone('US')).t(` stays the same. Confirmation ${g.ticket()} goes to `).l('EMAIL', g.email(p)).t('.');
  },
  // Spanish electricity bill with direct debit
  (g, d) => {
    const p = g.person('ES');
    d.t(`${g.pick(ENERGY)} — Factura de luz ${g.up(2)}${g.dig(9)}\nTitular: `);
    g.name(d, p, 'es');
    d.t(`\nNIF: ${g.dig(8)}${g.up(1)}\nCUPS: ES00${g.dig(16)}${g.up(2)}\nDirección de suministro: `);
    g.addr(d, 'ES', false);
    d.t(`\nPeriodo: ${g.date('ES')} – ${g.date('ES')}\nImporte: ${g.money('ES')}\nSe cargará en la cuenta `).l('IBAN', g.iban('ES')).t(`\nAtención al cliente: `).l('PHONE', g.phone('ES', false)).t(`\nSi quieres cambiar la cuenta, responde a este correo o escribe a `).l('EMAIL', g.role(g.pick(ENERGY))).t('.');
  },
  // car lease deposit refund request (UK / IE)
  (g, d) => {
    const cc = g.pick(['GB', 'IE']);
    const p = g.person(cc);
    d.t(`Hello ${g.pick(LEASE)},\n\nThe ${g.pick(CARS)} (${g.plate('GB')}) was collected on ${g.date(cc)} and the inspection found no damage. Please refund my deposit of ${cc === 'GB' ? '£' : '€'}${g.int(200, 900)} to:\n\nAccount name: `);
    g.self(d, p);
    d.t('\nIBAN: ').l('IBAN', g.iban(cc)).t(`\nBIC: ${g.up(4)}${cc}${g.up(2)}\n\nMy new address is `);
    g.addr(d, cc, false);
    d.t(' and my mobile is ').l('PHONE', g.phone(cc)).t('.\n\nKind regards');
  },
  // Austrian / Swiss water bill
  (g, d) => {
    const cc = g.pick(['AT', 'CH']);
    const p = g.person(cc);
    d.t(`${g.pick(WATER)} · Wasserrechnung ${g.int(2024, 2025)}\n\n${g.hon(p, 'de')} `).l('PERSON', p.full).t('\n');
    g.addr(d, cc, true);
    d.t(`\n\nZählernummer ${g.dig(8)} · Verbrauch ${g.int(20, 200)} m³\nRechnungsbetrag ${g.money(cc)}, fällig am ${g.date(cc)}\nZahlung an IBAN `).l('IBAN', g.iban(cc)).t(`, Verwendungszweck ${g.dig(12)}\nRückfragen: `).l('PHONE', g.phone(cc)).t(' (Mo–Fr)');
  },
];

const TEMPLATES: readonly Tpl[] = [...TELECOM, ...BROADBAND, ...UTILITY, ...MOTOR, ...GENERIC, ...EXTRA];

/** Number of distinct document templates (labelled and negative). */
export const INDEPENDENT32_TEMPLATE_COUNT = TEMPLATES.length + NEGATIVE.length;

/**
 * Generates split #32: whole documents until at least `minInstances` labels exist (the last document is
 * the one that reaches it), deterministically for a seed.
 */
export function generateIndependent32Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent32Entry[] {
  const g = new G(new Rng(opts.seed ?? INDEPENDENT32_SEEDS[0]));
  const min = opts.minInstances ?? INDEPENDENT32_MIN_INSTANCES;
  const out: Independent32Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const k = g.r.next();
    if (k < 0.1) g.pick(NEGATIVE)(g, d);
    else if (k < 0.23) g.pick(EXTRA)(g, d);
    else g.pick(TEMPLATES)(g, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
