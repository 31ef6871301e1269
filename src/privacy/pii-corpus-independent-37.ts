/**
 * @module privacy/pii-corpus-independent-37 — blind labelled PII corpus #37: logistics and international trade.
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * I did NOT read the detector, its tests, its docs, its benchmarks, any other corpus or template file, the
 * git history or any shared scratch material; the detector was never run on this text. Every name, address,
 * template and value here was invented for this split.
 *
 * Seeds: 370001, 370002, 370003 ({@link INDEPENDENT37_SEEDS}); each seed yields whole documents until at
 * least `minInstances` labels exist (default 2,400), deterministically.
 *
 * Contents: shipping manifests, ocean bills of lading and air waybills, customs declarations and broker
 * e-mails, courier delivery exceptions and redelivery chats/calls, warehouse pick lists, driver logs and
 * rosters, claims and returns for damaged goods, import/export correspondence, EDI-like (X12, EDIFACT,
 * Cargo-IMP) and fixed-width records, CSV/JSON exports and logs, in many countries' formats and several
 * scripts; about one document in ten is a hard negative with logistics-style traps (tracking, container,
 * AWB and HS numbers, EORI/EIN/routing numbers, hashes, versions, timestamps, Luhn-invalid card-like
 * numbers, invalid IBANs, masked values, people-named brands/ships/airports/laws/storms, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside; initials+surname, surname-only,
 *   given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per contiguous name.
 *   Brands, companies, software, places, pets, ships, storms, streets/buildings/airports named after people,
 *   eponymous diseases/laws/awards, @handles and names inside e-mail addresses are not labelled.
 * - EMAIL: every address including role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked unlabelled.
 * - IBAN: checksum-valid with the right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITIN-like 9xx numbers, EINs and other countries' ids
 *   (CPF, passport, CDL, EORI …) unlabelled.
 * - IP: every IPv4/IPv6 address; ports and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient names are separate PERSON labels; company lines, city-only
 *   mentions, directions, rooms, docks and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { Rng } from './pii-corpus-values.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT37_SEEDS = [370001, 370002, 370003] as const;
export const INDEPENDENT37_MIN_INSTANCES = 2400;

/** A gold label with the exact text of its span. */
export type Independent37Label = PiiLabel & { readonly value: string };
/** One corpus document. */
export type Independent37Entry = PiiCorpusEntry & { readonly labels: Independent37Label[] };

/** Builds a document while recording label offsets as the text is appended. */
class Doc {
  text = '';
  labels: Independent37Label[] = [];
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
  /** The user's own full name: labelled and recorded as a known name. */
  self(full: string): this {
    if (!this.known.includes(full)) this.known.push(full);
    return this.l('PERSON', full);
  }
}

type R = Rng;
const pk = <T>(r: R, xs: readonly T[]): T => r.pick(xs);
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const nz = (r: R, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const split = (s: string): string[] => s.split(',').map((x) => x.trim());
const UP = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const letters = (r: R, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += UP.charAt(r.int(0, UP.length - 1));
  return s;
};
const hex = (r: R, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};

// ---------------------------------------------------------------------------------------------------------
// Names: [culture, given names, surnames, surname-first share]
// ---------------------------------------------------------------------------------------------------------
const CULTURES: ReadonlyArray<readonly [string, string, string, number]> = [
  ['en', 'Oliver, Charlotte, Harry, Amelia, Rose, Hope, Will, Bill, Grant, May, Guy, Mark, Joy, Dawn, Faith, Chase, Ivy, Pearl, Jack, Emily, Sunny, Amber',
    'Baker, Cook, Young, King, Hill, Wood, Stone, Banks, Fox, Price, Bell, Ward, Frost, Moss, Little, Long, Best, Strong, Carter, Marsh, Gold, Booth', 0],
  ['us', 'DeShawn, Latoya, Tyrone, Jasmine, Marcus, Keisha, Darnell, Aaliyah, Brandon, Kayla, Cody, Destiny',
    'Washington, Jefferson, Jackson, Robinson, Coleman, Freeman, Brooks, Simmons, Hayes, Porter, Bishop, Love', 0],
  ['ie', 'Siobhan, Niamh, Cillian, Oisin, Aoife, Declan, Roisin, Padraig, Saoirse, Eoin, Grainne, Ciaran',
    "O'Brien, Murphy, O'Sullivan, Byrne, Brennan, McCarthy, Doyle, Kavanagh, Gallagher, Quinn, Fitzgerald, Nolan", 0],
  ['sc', 'Callum, Isla, Fraser, Morag, Hamish, Ailsa, Ewan, Kirsty, Angus, Mhairi',
    'MacLeod, Campbell, Sinclair, Drummond, Munro, Buchanan, Urquhart, MacKenzie, Robertson, Findlay', 0],
  ['de', 'Lukas, Hannah, Jürgen, Sabine, Matthias, Katrin, Florian, Anke, Uwe, Heike, Tobias, Birgit',
    'Müller, Schmidt, Schneider, Fischer, Weber, Hoffmann, Schäfer, Becker, Krüger, Vogel, Zimmermann, Braun', 0],
  ['fr', 'Camille, Léa, Mathieu, Élodie, Théo, Margaux, Julien, Aurélie, Baptiste, Clémence, Yannick, Sandrine',
    'Dubois, Lefebvre, Moreau, Girard, Fontaine, Rousseau, Lambert, Bonnet, Mercier, Chevalier, Garnier, Faure', 0],
  ['es', 'Alejandro, Lucía, Javier, Carmen, Sergio, Pilar, Álvaro, Nuria, Iñigo, Rocío, Mateo, Inés',
    'García, Fernández, Martínez, Sánchez, Romero, Navarro, Domínguez, Iglesias, Ortega, Castillo, Vázquez, de la Fuente', 0],
  ['mx', 'Guadalupe, Jesús, Ximena, Itzel, Emiliano, Fernanda, Santiago, Araceli, Rodrigo, Paloma',
    'Hernández, López, Ramírez, Cruz, Flores, Gutiérrez, Mendoza, Salazar, Villarreal, Cervantes', 0],
  ['pt', 'João, Ana, Thiago, Beatriz, Rafael, Mariana, Gonçalo, Leandro, Luana, Caio, Larissa, Vitória',
    'Silva, Santos, Oliveira, Souza, Pereira, Costa, Rodrigues, Almeida, Carvalho, Ferreira, Barbosa, Nascimento', 0],
  ['it', 'Giulia, Marco, Francesca, Lorenzo, Chiara, Alessandro, Valentina, Giuseppe, Federica, Matteo, Sara, Davide',
    'Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo', 0],
  ['nl', 'Daan, Sanne, Bram, Femke, Joost, Lotte, Thijs, Marieke, Sem, Anouk, Ruud, Ilse',
    'de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, Mulder, Bos', 0],
  ['pl', 'Katarzyna, Piotr, Agnieszka, Tomasz, Małgorzata, Krzysztof, Zofia, Łukasz, Magdalena, Paweł, Joanna, Wojciech',
    'Nowak, Kowalski, Wiśniewski, Wójcik, Kamińska, Lewandowski, Zielińska, Szymański, Woźniak, Dąbrowski, Kozłowska, Jankowski', 0],
  ['cz', 'Jiří, Tereza, Petr, Lucie, Ondřej, Markéta', 'Dvořák, Novotná, Procházka, Černý, Kučerová, Veselý', 0],
  ['no', 'Erik, Ingrid, Lars, Sigrid, Henrik, Astrid, Magnus, Freja, Nils, Linnea, Sven, Maja',
    'Andersson, Johansson, Lindqvist, Nilsson, Berg, Hansen, Johansen, Pedersen, Nielsen, Halvorsen, Lund, Sørensen', 0],
  ['fi', 'Aino, Juha, Leena, Mikko, Satu, Ville', 'Virtanen, Korhonen, Mäkinen, Nieminen, Heikkinen, Laine', 0],
  ['gr', 'Giorgos, Eleni, Dimitris, Katerina, Nikos, Sofia, Yannis, Despina',
    'Papadopoulos, Georgiou, Konstantinou, Nikolaidis, Vlachos, Karagiannis, Oikonomou, Alexiou', 0],
  ['tr', 'Mehmet, Ayşe, Emre, Zeynep, Burak, Elif, Mustafa, Selin, Hakan, Deniz',
    'Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Aydın, Öztürk, Arslan, Doğan', 0],
  ['ar', 'Mohammed, Fatima, Ahmed, Layla, Omar, Noura, Khalid, Yasmin, Said, Huda, Tariq, Amal',
    'Al-Farsi, Haddad, Khoury, Mansour, Al-Mansoori, Nasser, Saleh, El-Sayed, Qasim, Hamdan, Al-Rashid, Abboud', 0],
  ['fa', 'Dariush, Shirin, Reza, Parisa, Kian, Niloufar, Arash, Leila',
    'Hosseini, Tehrani, Karimi, Rahimi, Moradi, Jafari, Sadeghi, Farahani', 0],
  ['he', 'Noa, Eitan, Tamar, Yossi, Shira, Avi, Michal, Oren', 'Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Shapiro, Azoulay', 0],
  ['in', 'Priya, Rahul, Ananya, Vikram, Sneha, Arjun, Deepika, Rohan, Kavya, Sanjay, Pooja, Aditya',
    'Sharma, Patel, Gupta, Reddy, Iyer, Nair, Mehta, Chatterjee, Desai, Kulkarni, Bose, Menon', 0],
  ['ta', 'Karthik, Lakshmi, Senthil, Meena, Murugan, Divya', 'Subramanian, Ramasamy, Krishnan, Balakrishnan, Venkatesan, Pillai', 0],
  ['pk', 'Imran, Ayesha, Bilal, Sana, Farhan, Nusrat, Tanvir, Rashida',
    'Khan, Hussain, Chowdhury, Rahman, Siddiqui, Qureshi, Mirza, Islam', 0],
  ['cn', 'Wei, Fang, Jun, Xiulan, Hao, Mei, Lei, Yan, Zhiwei, Jing, Tao, Ling',
    'Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Zhou, Wu, Xu, Sun', 0.5],
  ['jp', 'Haruto, Yui, Sota, Aoi, Ren, Hina, Takeshi, Keiko, Daisuke, Yuki, Kenji, Naomi',
    'Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, Matsumoto', 0.2],
  ['kr', 'Min-jun, Seo-yeon, Ji-hoon, Ha-eun, Do-yun, Su-bin, Hyun-woo, Ji-min', 'Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon', 0.3],
  ['vn', 'Minh, Linh, Tuan, Huong, Duc, Thao, Quang, Trang', 'Nguyen, Tran, Le, Pham, Hoang, Vu, Dang, Bui', 0.5],
  ['ph', 'Jose, Maricel, Rodel, Jocelyn, Ramil, Lorna, Arnel, Marites', 'Reyes, Bautista, Dela Cruz, Villanueva, Aquino, Mercado, Castro, Manalo', 0],
  ['id', 'Budi, Siti, Agus, Dewi, Hendra, Putri, Rizky, Wulan', 'Santoso, Wijaya, Gunawan, Setiawan, Pratama, Hidayat, Kusuma, Saputra', 0],
  ['th', 'Somchai, Siriporn, Anan, Kanya, Prasert, Malee', 'Srisuk, Chaiyaporn, Wongsawat, Rattanakorn, Boonmee, Thongchai', 0],
  ['ng', 'Chinedu, Ngozi, Oluwaseun, Adaeze, Emeka, Folake, Tunde, Chiamaka, Babajide, Blessing, Ifeanyi, Funmilayo',
    'Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Adebayo, Obi, Ogunleye, Chukwu, Afolabi, Onyekachi', 0],
  ['gh', 'Kwame, Akosua, Kofi, Ama, Yaw, Efua', 'Mensah, Owusu, Boateng, Asante, Appiah, Osei', 0],
  ['ke', 'Wanjiru, Otieno, Achieng, Kipchoge, Njeri, Baraka', 'Kamau, Odhiambo, Mwangi, Wanjala, Kiprono, Mutua', 0],
  ['et', 'Abebe, Tigist, Dawit, Hiwot, Yonas, Selam', 'Bekele, Tesfaye, Haile, Girma, Alemu, Mekonnen', 0],
  ['ru', 'Dmitri, Olga, Sergei, Natalia, Andriy, Oksana, Ivan, Svetlana, Mykola, Yulia',
    'Ivanov, Petrova, Smirnov, Kuznetsova, Shevchenko, Kovalenko, Bondarenko, Volkov, Morozova, Tkachenko', 0],
  ['hu', 'László, Zsófia, Bence, Eszter, Gábor, Réka', 'Nagy, Kovács, Tóth, Szabó, Horváth, Varga', 0.4],
  ['ro', 'Andrei, Ioana, Mihai, Elena, Radu, Bianca', 'Popescu, Ionescu, Dumitru, Stan, Constantin, Munteanu', 0],
];
const POOLS = CULTURES.map(([c, g, s, rev]) => ({ c, g: split(g), s: split(s), rev }));

interface Person {
  readonly g: string;
  readonly s: string;
  readonly full: string;
  readonly c: string;
}

function person(r: R, only?: readonly string[]): Person {
  const pools = only ? POOLS.filter((p) => only.includes(p.c)) : POOLS;
  const p = pk(r, pools);
  const g = pk(r, p.g);
  const s = pk(r, p.s);
  return { g, s, c: p.c, full: r.chance(p.rev) ? `${s} ${g}` : `${g} ${s}` };
}

/** Any labelled rendering of a name (full, initial, "Surname, Given", caps, lower, surname, given). */
function nameForm(r: R, p: Person): string {
  const x = r.next();
  if (x < 0.55) return p.full;
  if (x < 0.65) return `${p.g.charAt(0)}. ${p.s}`;
  if (x < 0.73) return `${p.s}, ${p.g}`;
  if (x < 0.81) return p.full.toUpperCase();
  if (x < 0.85) return p.full.toLowerCase();
  if (x < 0.93) return p.s;
  return p.g;
}

const FOLD: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', ß: 'ss', ı: 'i', æ: 'ae', đ: 'd' };
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøßıæđ]/g, (c) => FOLD[c] ?? c)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const FREEMAIL = split(
  'gmail.com, outlook.com, yahoo.co.uk, web.de, gmx.de, orange.fr, libero.it, hotmail.es, qq.com, 163.com, naver.com, yahoo.co.jp, icloud.com, proton.me, uol.com.br, rediffmail.com, wp.pl, t-online.de, bigpond.com, yandex.ru, mail.com, hotmail.com, seznam.cz, ziggo.nl',
);
const BIZMAIL = split(
  'hartwell-freight.co.uk, nordhafen-spedition.de, kestrel-gl.com, castellano-trasporti.it, pacrimfwd.com, lumentrade.nl, bluewater-cb.com, takumi-shoji.co.jp, huaxin-elec.cn, alnoor-trading.ae, ironbridge-fulfil.co.uk, baltica-log.pl, anatoliatekstil.com.tr, southerncrossfreight.com.au, mapleleafxdock.ca, volta-solar.eu, kowloonbay.hk, gothreefer.se, orinoco-imports.mx',
);

function email(r: R, p: Person, domain?: string): string {
  const g = ascii(p.g);
  const s = ascii(p.s);
  const dom = domain ?? (r.chance(0.6) ? pk(r, FREEMAIL) : pk(r, BIZMAIL));
  const local = pk(r, [`${g}.${s}`, `${g}${s}`, `${g.charAt(0)}${s}`, `${s}.${g}`, `${g}_${s}`, `${g}${r.int(1, 99)}`, `${s}${g.charAt(0)}${r.int(70, 99)}`, `${g}.${s.charAt(0)}`]);
  return `${local}@${dom}`;
}
const ROLES = split('customs, ops, claims, returns, export.docs, import, dispatch, support, noreply, billing, warehouse, bookings, tracking, cs, accounts.payable');
const roleEmail = (r: R): string => `${pk(r, ROLES)}@${pk(r, BIZMAIL)}`;

// ---------------------------------------------------------------------------------------------------------
// Countries: phones, postal addresses, dates
// ---------------------------------------------------------------------------------------------------------
const MON_EN = split('January, February, March, April, May, June, July, August, September, October, November, December');
const MON_DE = split('Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember');
const MON_FR = split('janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre');
const MON_ES = split('enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre');
const MON_NL = split('januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december');
const MON_PT = split('janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro');
const MON_IT = split('gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre');

type Cc = 'US' | 'CA' | 'GB' | 'DE' | 'FR' | 'NL' | 'ES' | 'IT' | 'JP' | 'CN' | 'SG' | 'AU' | 'BR' | 'MX' | 'IN' | 'AE' | 'PL' | 'TR' | 'KR' | 'ZA' | 'NG' | 'SE' | 'HK';
const CCS: readonly Cc[] = ['US', 'CA', 'GB', 'DE', 'FR', 'NL', 'ES', 'IT', 'JP', 'CN', 'SG', 'AU', 'BR', 'MX', 'IN', 'AE', 'PL', 'TR', 'KR', 'ZA', 'NG', 'SE', 'HK'];
const CC_CULTURE: Record<Cc, readonly string[]> = {
  US: ['en', 'us', 'mx', 'ie', 'cn', 'in', 'vn', 'ph', 'kr'], CA: ['en', 'fr', 'sc', 'cn', 'pk', 'in'], GB: ['en', 'sc', 'ie', 'pk', 'in', 'ng', 'pl'],
  DE: ['de', 'tr', 'pl', 'ru'], FR: ['fr', 'ar'], NL: ['nl', 'tr'], ES: ['es', 'ro'], IT: ['it', 'ro'], JP: ['jp'], CN: ['cn'], SG: ['cn', 'ta', 'id'],
  AU: ['en', 'gr', 'vn', 'cn'], BR: ['pt', 'jp'], MX: ['mx'], IN: ['in', 'ta'], AE: ['ar', 'fa', 'pk', 'in', 'ph'], PL: ['pl', 'cz'], TR: ['tr'],
  KR: ['kr'], ZA: ['en', 'ng', 'ke'], NG: ['ng', 'gh'], SE: ['no', 'fi', 'fa'], HK: ['cn', 'ph'],
};
const local = (r: R, cc: Cc): Person => person(r, CC_CULTURE[cc]);

function phone(r: R, cc: Cc): string {
  const d = (n: number): string => r.digits(n);
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = pk(r, cc === 'US' ? split('212, 310, 415, 512, 562, 617, 702, 713, 773, 786, 801, 832, 901, 912, 973, 206, 253, 305, 404, 469') : split('416, 604, 514, 905, 403, 647, 778'));
      const e = String(r.int(2, 9)) + d(2);
      const n = d(4);
      return pk(r, [`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `+1 ${a} ${e} ${n}`, `1-${a}-${e}-${n}`, `+1 (${a}) ${e}-${n}`]);
    }
    case 'GB':
      return pk(r, [`+44 20 7${d(3)} ${d(4)}`, `020 3${d(3)} ${d(4)}`, `+44 7${d(3)} ${d(6)}`, `07${d(3)} ${d(6)}`, `01${d(3)} ${d(6)}`, `+44 (0)1394 ${d(6)}`]);
    case 'DE': {
      const c = pk(r, split('40, 30, 89, 69, 421, 203, 341, 221, 911'));
      return pk(r, [`+49 ${c} ${nz(r, 7)}`, `0${c} ${d(4)} ${d(4)}`, `0${c}/${nz(r, 7)}`, `+49 1${r.int(5, 7)}${d(1)} ${d(7)}`, `01${r.int(5, 7)}${d(1)} ${d(7)}`]);
    }
    case 'FR': {
      const a = r.int(1, 7);
      const pp = (): string => d(2);
      return pk(r, [`+33 ${a} ${pp()} ${pp()} ${pp()} ${pp()}`, `0${a} ${pp()} ${pp()} ${pp()} ${pp()}`, `0${a}.${pp()}.${pp()}.${pp()}.${pp()}`, `+33 (0)${a} ${pp()} ${pp()} ${pp()} ${pp()}`]);
    }
    case 'NL':
      return pk(r, [`+31 10 ${d(3)} ${d(4)}`, `010-${d(7)}`, `06-${d(8)}`, `+31 6 ${d(4)} ${d(4)}`, `+31 (0)77 ${d(3)} ${d(4)}`]);
    case 'ES':
      return pk(r, [`+34 9${d(2)} ${d(3)} ${d(3)}`, `6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+34 6${d(2)} ${d(3)} ${d(3)}`, `9${d(2)} ${d(3)} ${d(3)}`]);
    case 'IT':
      return pk(r, [`+39 02 ${d(4)} ${d(4)}`, `+39 3${d(2)} ${d(3)} ${d(4)}`, `010 ${d(3)} ${d(4)}`, `3${d(2)} ${d(3)} ${d(4)}`, `+39 0586 ${d(6)}`]);
    case 'JP':
      return pk(r, [`03-${d(4)}-${d(4)}`, `+81 3-${d(4)}-${d(4)}`, `090-${d(4)}-${d(4)}`, `+81 90-${d(4)}-${d(4)}`, `045-${d(3)}-${d(4)}`, `06-${d(4)}-${d(4)}`]);
    case 'CN': {
      const m = `1${pk(r, ['3', '5', '8'])}${d(1)}`;
      return pk(r, [`+86 21 ${d(4)} ${d(4)}`, `021-${d(8)}`, `${m} ${d(4)} ${d(4)}`, `+86 ${m} ${d(4)} ${d(4)}`, `0755-${d(8)}`, `+86-574-${d(8)}`]);
    }
    case 'SG':
      return pk(r, [`+65 6${d(3)} ${d(4)}`, `${pk(r, ['8', '9'])}${d(3)} ${d(4)}`, `+65 9${d(3)} ${d(4)}`]);
    case 'AU':
      return pk(r, [`+61 2 ${d(4)} ${d(4)}`, `(02) ${d(4)} ${d(4)}`, `(03) ${d(4)} ${d(4)}`, `04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`]);
    case 'BR':
      return pk(r, [`+55 11 9${d(4)}-${d(4)}`, `(11) 9${d(4)}-${d(4)}`, `(21) ${nz(r, 4)}-${d(4)}`, `+55 13 3${d(3)}-${d(4)}`]);
    case 'MX':
      return pk(r, [`+52 55 ${d(4)} ${d(4)}`, `55 ${d(4)} ${d(4)}`, `+52 81 ${d(4)} ${d(4)}`, `(33) ${d(4)} ${d(4)}`, `+52 1 314 ${d(3)} ${d(4)}`]);
    case 'IN':
      return pk(r, [`+91 9${d(4)} ${d(5)}`, `+91-22-${d(4)}-${d(4)}`, `022 ${d(4)} ${d(4)}`, `98${d(3)} ${d(5)}`, `+91 44 ${d(4)} ${d(4)}`]);
    case 'AE':
      return pk(r, [`+971 4 ${d(3)} ${d(4)}`, `04 ${d(3)} ${d(4)}`, `+971 50 ${d(3)} ${d(4)}`, `055 ${d(3)} ${d(4)}`]);
    case 'PL':
      return pk(r, [`+48 58 ${d(3)} ${d(2)} ${d(2)}`, `${r.int(5, 7)}${d(2)} ${d(3)} ${d(3)}`, `+48 6${d(2)} ${d(3)} ${d(3)}`, `(22) ${d(3)} ${d(2)} ${d(2)}`]);
    case 'TR':
      return pk(r, [`+90 212 ${d(3)} ${d(2)} ${d(2)}`, `0532 ${d(3)} ${d(2)} ${d(2)}`, `+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}`, `0 324 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'KR':
      return pk(r, [`+82 2-${d(4)}-${d(4)}`, `02-${d(4)}-${d(4)}`, `010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `051-${d(3)}-${d(4)}`]);
    case 'ZA':
      return pk(r, [`+27 21 ${d(3)} ${d(4)}`, `021 ${d(3)} ${d(4)}`, `0${r.int(6, 8)}${d(1)} ${d(3)} ${d(4)}`, `+27 82 ${d(3)} ${d(4)}`, `+27 31 ${d(3)} ${d(4)}`]);
    case 'NG':
      return pk(r, [`+234 80${d(1)} ${d(3)} ${d(4)}`, `080${d(1)} ${d(3)} ${d(4)}`, `+234 1 ${d(3)} ${d(4)}`, `0703 ${d(3)} ${d(4)}`]);
    case 'SE':
      return pk(r, [`+46 31 ${d(3)} ${d(2)} ${d(2)}`, `031-${d(3)} ${d(2)} ${d(2)}`, `07${r.int(0, 6)}-${d(3)} ${d(2)} ${d(2)}`, `+46 7${r.int(0, 6)} ${d(3)} ${d(2)} ${d(2)}`]);
    case 'HK':
      return pk(r, [`+852 ${r.int(2, 3)}${d(3)} ${d(4)}`, `${pk(r, ['5', '6', '9'])}${d(3)} ${d(4)}`, `(852) 2${d(3)} ${d(4)}`]);
  }
}

const US_CITIES: ReadonlyArray<readonly [string, string, string]> = [
  ['Long Beach', 'CA', '908'], ['Savannah', 'GA', '314'], ['Memphis', 'TN', '381'], ['Newark', 'NJ', '071'], ['Laredo', 'TX', '780'],
  ['Louisville', 'KY', '402'], ['Tacoma', 'WA', '984'], ['Elizabeth', 'NJ', '072'], ['Joliet', 'IL', '604'], ['Doral', 'FL', '331'],
  ['Columbus', 'OH', '432'], ['Reno', 'NV', '895'], ['Ontario', 'CA', '917'], ['Charleston', 'SC', '294'], ['Edison', 'NJ', '088'],
  ['Kent', 'WA', '980'], ['Allentown', 'PA', '181'], ['Austin', 'TX', '787'], ['Brooklyn', 'NY', '112'], ['Portland', 'OR', '972'],
];
const US_STREETS = split('Harbor, Commerce, Maple, Industrial, Gateway, Terminal, Cypress, Pioneer, Lakeview, Foothill, Riverside, Oak Ridge, Union, Depot, Ridgecrest, Sunset, Magnolia, Cedar Hollow, Willow Bend, Quarry');
const US_SUF = split('St, Ave, Blvd, Rd, Dr, Pkwy, Way, Ln, Ct, Street, Avenue, Road');
const GB_PLACES: ReadonlyArray<readonly [string, string]> = [
  ['Felixstowe', 'IP'], ['Southampton', 'SO'], ['Birmingham', 'B'], ['Manchester', 'M'], ['Leeds', 'LS'], ['Glasgow', 'G'], ['Edinburgh', 'EH'],
  ['Cardiff', 'CF'], ['Newcastle upon Tyne', 'NE'], ['Bristol', 'BS'], ['Liverpool', 'L'], ['Doncaster', 'DN'], ['Milton Keynes', 'MK'], ['Northampton', 'NN'],
];
const DE_PLACES: ReadonlyArray<readonly [string, string]> = [
  ['Hamburg', '2'], ['Bremen', '28'], ['Duisburg', '47'], ['Frankfurt am Main', '60'], ['München', '8'], ['Leipzig', '04'], ['Köln', '5'], ['Nürnberg', '90'], ['Hannover', '30'],
];

function postcodeDigits(r: R, prefix: string, len: number): string {
  return prefix + r.digits(len - prefix.length);
}

/** Postal address lines for a country (first street/building/PO-box line to last city/postcode/country line). */
function address(r: R, cc: Cc): string[] {
  const n = (lo = 1, hi = 240): number => r.int(lo, hi);
  const opt = (p: number, s: string): string[] => (r.chance(p) ? [s] : []);
  switch (cc) {
    case 'US': {
      const [city, st, z] = pk(r, US_CITIES);
      const l1 = r.chance(0.1) ? `PO Box ${r.int(100, 9999)}` : `${r.int(10, 98999)} ${pk(r, US_STREETS)} ${pk(r, US_SUF)}`;
      const unit = r.chance(0.3) ? [pk(r, [`Suite ${r.int(100, 950)}`, `Apt ${r.int(1, 30)}${pk(r, ['A', 'B', 'C', 'F'])}`, `Unit ${r.int(2, 40)}`, `Dock Door ${r.int(1, 60)}`])] : [];
      const zip = `${z}${r.digits(2)}${r.chance(0.3) ? '-' + r.digits(4) : ''}`;
      if (unit.length && r.chance(0.5)) return [`${l1}, ${unit[0] ?? ''}`, `${city}, ${st} ${zip}`, ...opt(0.3, 'USA')];
      return [l1, ...unit, `${city}, ${st} ${zip}`, ...opt(0.3, pk(r, ['USA', 'United States']))];
    }
    case 'CA': {
      const [city, prov, a] = pk(r, [['Mississauga', 'ON', 'L'], ['Toronto', 'ON', 'M'], ['Vancouver', 'BC', 'V'], ['Montréal', 'QC', 'H'], ['Calgary', 'AB', 'T'], ['Halifax', 'NS', 'B'], ['Winnipeg', 'MB', 'R']] as const);
      const pc = `${a}${r.int(1, 9)}${letters(r, 1)} ${r.int(1, 9)}${letters(r, 1)}${r.int(0, 9)}`;
      return [`${n(10, 9999)} ${pk(r, ['Airport Rd', 'Courtneypark Dr E', 'Rue Notre-Dame Ouest', 'Marine Way', 'Dufferin St', 'Barlow Trail NE'])}`, `${city} ${prov}  ${pc}`, ...opt(0.5, 'Canada')];
    }
    case 'GB': {
      const [city, area] = pk(r, GB_PLACES);
      const pc = `${area}${r.int(1, 28)} ${r.int(1, 9)}${letters(r, 2)}`;
      const st = `${n()} ${pk(r, ['Dock', 'Station', 'Mill', 'Church', 'Carlton', 'Thornbury', 'Orwell', 'Wharf', 'Clifton'])} ${pk(r, ['Road', 'Street', 'Lane', 'Way', 'Avenue', 'Close'])}`;
      const pre = r.chance(0.35) ? [`Unit ${n(1, 40)}, ${pk(r, ['Orwell', 'Kingsway', 'Portway', 'Trafford', 'Wrenbridge'])} ${pk(r, ['Industrial Estate', 'Business Park', 'Trading Estate'])}`] : r.chance(0.2) ? [`Flat ${n(1, 60)}`] : [];
      return [...pre, st, pk(r, [city, city.toUpperCase()]), pc, ...opt(0.4, pk(r, ['United Kingdom', 'UK']))];
    }
    case 'DE': {
      const [city, p] = pk(r, DE_PLACES);
      const st = pk(r, [`${pk(r, ['Hafen', 'Linden', 'Industrie', 'Bahnhof', 'Kanal', 'Speicher', 'Goethe', 'Schiller'])}straße ${n(1, 180)}`, `Am ${pk(r, ['Containerterminal', 'Güterbahnhof', 'Lagerplatz'])} ${n(1, 40)}`, `${pk(r, ['Birken', 'Ahorn', 'Gewerbe'])}weg ${n(1, 90)}${pk(r, ['', 'a', 'b'])}`]);
      return [st, `${postcodeDigits(r, p, 5)} ${city}`, ...opt(0.35, pk(r, ['Deutschland', 'Germany', 'GERMANY']))];
    }
    case 'FR': {
      const [city, p] = pk(r, [['LE HAVRE', '766'], ['MARSEILLE', '130'], ['LYON', '690'], ['ROISSY-EN-FRANCE', '957'], ['LILLE', '590'], ['BORDEAUX', '330'], ['TOULOUSE', '310']] as const);
      const st = `${n(1, 180)}${pk(r, ['', ' bis', ' ter'])} ${pk(r, ['rue de la République', 'avenue Jean Jaurès', 'boulevard Pasteur', 'quai de la Joliette', 'rue des Entrepreneurs', 'chemin du Halage', 'allée des Vignes'])}`;
      return [...opt(0.2, `Bâtiment ${letters(r, 1)}`), st, `${postcodeDigits(r, p, 5)} ${city}`, ...opt(0.4, 'FRANCE')];
    }
    case 'NL': {
      const [city, p] = pk(r, [['Rotterdam', '30'], ['Amsterdam', '10'], ['Venlo', '59'], ['Tilburg', '50'], ['Eindhoven', '56'], ['Schiphol-Rijk', '111']] as const);
      return [`${pk(r, ['Waalhaven Oostzijde', 'Keizersgracht', 'Havenstraat', 'Industrieweg', 'Marconistraat', 'Kruisweg', 'Columbusweg'])} ${n(1, 400)}${pk(r, ['', '-A', ' bis'])}`, `${postcodeDigits(r, p, 4)} ${letters(r, 2)} ${city}`, ...opt(0.4, pk(r, ['Nederland', 'The Netherlands']))];
    }
    case 'ES': {
      const [city, p] = pk(r, [['Madrid', '28'], ['Barcelona', '08'], ['Valencia', '46'], ['Algeciras', '11'], ['Bilbao', '48'], ['Zaragoza', '50']] as const);
      const st = pk(r, [`Calle de ${pk(r, ['Alcalá', 'la Marina', 'los Almendros', 'Atocha', 'Serrano'])}, ${n()}`, `Avda. de ${pk(r, ['la Constitución', 'Europa', 'los Pinos'])}, ${n()}, ${n(1, 9)}º ${pk(r, ['A', 'B', 'C', 'izq.', 'dcha.'])}`, `Polígono Industrial ${pk(r, ['El Goro', 'Las Salinas', 'Plaza'])}, nave ${n(1, 60)}`]);
      return [st, `${postcodeDigits(r, p, 5)} ${city}`, ...opt(0.4, 'España')];
    }
    case 'IT': {
      const [city, pr, p] = pk(r, [['Milano', 'MI', '201'], ['Genova', 'GE', '161'], ['Napoli', 'NA', '801'], ['Livorno', 'LI', '571'], ['Bologna', 'BO', '401'], ['Torino', 'TO', '101']] as const);
      return [`${pk(r, ['Via', 'Viale', 'Corso'])} ${pk(r, ['Roma', 'Garibaldi', 'dei Mille', 'del Porto', 'XX Settembre', 'delle Industrie', 'Milano'])}${pk(r, [', ', ' '])}${n()}`, `${postcodeDigits(r, p, 5)} ${city} (${pr})`, ...opt(0.4, 'Italia')];
    }
    case 'JP': {
      if (r.chance(0.5)) {
        const pre = pk(r, ['東京都港区海岸', '神奈川県横浜市中区本牧ふ頭', '大阪府大阪市住之江区南港北', '兵庫県神戸市中央区港島中町', '東京都江東区有明']);
        return [`〒${r.digits(3)}-${r.digits(4)} ${pre}${n(1, 9)}-${n(1, 30)}-${n(1, 20)}${pk(r, ['', ' 第二倉庫', ' ベイサイドビル3F'])}`];
      }
      const [city, ward, area] = pk(r, [['Tokyo', 'Minato-ku', 'Kaigan'], ['Yokohama', 'Naka-ku', 'Honmoku'], ['Osaka', 'Suminoe-ku', 'Nanko-kita'], ['Kobe', 'Chuo-ku', 'Minatojima'], ['Tokyo', 'Koto-ku', 'Ariake']] as const);
      return [`${n(1, 9)}-${n(1, 30)}-${n(1, 20)} ${area}, ${ward}`, `${city} ${r.digits(3)}-${r.digits(4)}`, ...opt(0.6, 'Japan')];
    }
    case 'CN': {
      if (r.chance(0.4)) return [`${pk(r, ['上海市浦东新区杨高北路', '深圳市南山区蛇口港湾大道', '广州市黄埔区港前路', '宁波市北仑区明州路'])}${n(1, 600)}号${pk(r, ['', ' 3号仓库', ' B座1205室'])}`];
      const [city, pc] = pk(r, [['Shanghai', '200'], ['Shenzhen', '518'], ['Guangzhou', '510'], ['Ningbo', '315'], ['Xiamen', '361']] as const);
      return [`No. ${n(1, 888)} ${pk(r, ['Yanggao North Road', 'Gangwan Avenue', 'Mingzhou Road', 'Haicang Road'])}, ${pk(r, ['Pudong New District', 'Nanshan District', 'Beilun District', 'Huangpu District'])}`, `${city} ${postcodeDigits(r, pc, 6)}`, ...opt(0.7, pk(r, ['China', 'P.R. China']))];
    }
    case 'SG':
      return [`${n(1, 90)} ${pk(r, ['Changi North Crescent', 'Jurong Port Road', 'Tuas South Avenue 2', 'Pioneer Road', 'Alexandra Terrace'])}${r.chance(0.5) ? `, #${pad(n(1, 12))}-${pad(n(1, 40))}` : ''}`, `Singapore ${nz(r, 6)}`];
    case 'AU': {
      const [sub, st, pc] = pk(r, [['Alexandria', 'NSW', '2015'], ['Port Melbourne', 'VIC', '3207'], ['Eagle Farm', 'QLD', '4009'], ['Welshpool', 'WA', '6106'], ['Wingfield', 'SA', '5013']] as const);
      return [`${r.chance(0.3) ? `Unit ${n(1, 20)}, ` : ''}${n(1, 300)} ${pk(r, ['Botany Road', 'Lorimer Street', 'Kingsford Smith Drive', 'Kewdale Road', 'Grand Junction Road'])}`, pk(r, [`${sub} ${st} ${pc}`, `${sub.toUpperCase()} ${st} ${pc}`]), ...opt(0.4, 'Australia')];
    }
    case 'BR': {
      const [city, uf, p] = pk(r, [['Santos', 'SP', '110'], ['São Paulo', 'SP', '040'], ['Rio de Janeiro', 'RJ', '200'], ['Itajaí', 'SC', '883'], ['Curitiba', 'PR', '810']] as const);
      return [`${pk(r, ['Rua das Palmeiras', 'Av. Conselheiro Nébias', 'Rua XV de Novembro', 'Av. Portuária'])}, ${n(1, 2000)}${r.chance(0.4) ? ` - sala ${n(1, 99)}` : ''}`, `${pk(r, ['Centro', 'Vila Mathias', 'Boqueirão', 'Cordovil'])}, ${city} - ${uf}`, `${postcodeDigits(r, p, 5)}-${r.digits(3)}`, ...opt(0.3, 'Brasil')];
    }
    case 'MX': {
      const [city, p] = pk(r, [['Ciudad de México, CDMX', '03'], ['Monterrey, N.L.', '64'], ['Guadalajara, Jal.', '44'], ['Manzanillo, Col.', '28']] as const);
      return [`${pk(r, ['Av. Insurgentes Sur', 'Calle Río Lerma', 'Blvd. Miguel de la Madrid', 'Av. Constitución'])} ${n(1, 2500)}, Col. ${pk(r, ['Centro', 'Cuauhtémoc', 'Industrial', 'Las Brisas'])}`, `C.P. ${postcodeDigits(r, p, 5)} ${city}`, ...opt(0.4, 'México')];
    }
    case 'IN': {
      const [city, p, state] = pk(r, [['Mumbai', '4000', 'Maharashtra'], ['Chennai', '6000', 'Tamil Nadu'], ['Navi Mumbai', '4007', 'Maharashtra'], ['Bengaluru', '5600', 'Karnataka'], ['Gurugram', '1220', 'Haryana']] as const);
      return [pk(r, [`Plot ${n(1, 200)}, MIDC Industrial Area`, `${n(1, 99)}, ${pk(r, ['Nehru', 'Station', 'Dock', 'Mount'])} Road`, `Warehouse ${n(1, 30)}, ${pk(r, ['Sector 37', 'Phase II', 'Bhiwandi'])}`]), `${pk(r, ['Andheri East', 'Guindy', 'Turbhe', 'Peenya', 'Udyog Vihar'])}, ${city} ${postcodeDigits(r, p, 6)}`, ...opt(0.5, `${state}, India`)];
    }
    case 'AE':
      return [`Warehouse ${n(1, 90)}, ${pk(r, ['Jebel Ali Free Zone South', 'Dubai Logistics City', 'Al Quoz Industrial Area 3', 'Mussafah M-26'])}`, `PO Box ${nz(r, 6)}`, `${pk(r, ['Dubai', 'Abu Dhabi'])}, ${pk(r, ['United Arab Emirates', 'UAE'])}`];
    case 'PL': {
      const [city, p] = pk(r, [['Gdynia', '81'], ['Gdańsk', '80'], ['Warszawa', '02'], ['Poznań', '61'], ['Łódź', '93']] as const);
      return [`ul. ${pk(r, ['Portowa', 'Morska', 'Lipowa', 'Przemysłowa', 'Kolejowa'])} ${n(1, 120)}${r.chance(0.4) ? `/${n(1, 40)}` : ''}`, `${p}-${r.digits(3)} ${city}`, ...opt(0.4, 'Polska')];
    }
    case 'TR': {
      const [dist, city, p] = pk(r, [['Şişli', 'İstanbul', '343'], ['Tuzla', 'İstanbul', '349'], ['Akdeniz', 'Mersin', '331'], ['Konak', 'İzmir', '352']] as const);
      return [`${pk(r, ['Atatürk Cad.', 'Liman Yolu Sok.', 'Cumhuriyet Cad.'])} No: ${n(1, 200)}${r.chance(0.4) ? ` D: ${n(1, 20)}` : ''}`, `${postcodeDigits(r, p, 5)} ${dist}/${city}`, ...opt(0.4, 'Türkiye')];
    }
    case 'KR':
      if (r.chance(0.4)) return [`${pk(r, ['서울특별시 강남구 테헤란로', '부산광역시 중구 중앙대로', '인천광역시 중구 서해대로'])} ${n(1, 500)}${pk(r, ['', ', 12층', ' 물류센터 B동'])}`];
      return [`${n(1, 500)} ${pk(r, ['Teheran-ro', 'Jungang-daero', 'Seohae-daero'])}, ${pk(r, ['Gangnam-gu', 'Jung-gu'])}`, `${pk(r, ['Seoul', 'Busan', 'Incheon'])} ${r.digits(5)}`, ...opt(0.5, pk(r, ['South Korea', 'Republic of Korea']))];
    case 'ZA': {
      const [sub, city, pc] = pk(r, [['Paarden Eiland', 'Cape Town', '7405'], ['Prospecton', 'Durban', '4110'], ['Isando', 'Kempton Park', '1600']] as const);
      return [`${n(1, 200)} ${pk(r, ['Marine Drive', 'Voortrekker Road', 'Quality Street', 'Main Reef Road'])}, ${sub}`, `${city}, ${pc}`, ...opt(0.4, 'South Africa')];
    }
    case 'NG':
      return [`${pk(r, ['Plot 5', 'No. 14', `${n(1, 60)}`])} ${pk(r, ['Creek Road', 'Wharf Road', 'Adeola Odeku Street', 'Herbert Macaulay Way'])}, ${pk(r, ['Apapa', 'Victoria Island', 'Yaba', 'Ikeja'])}`, `Lagos ${pk(r, ['102272', '101241', '100001', '101233'])}`, ...opt(0.5, 'Nigeria')];
    case 'SE': {
      const [city, p] = pk(r, [['Göteborg', '41'], ['Stockholm', '11'], ['Malmö', '21'], ['Helsingborg', '25']] as const);
      return [`${pk(r, ['Hamn', 'Skepps', 'Lager', 'Kvarn'])}gatan ${n(1, 90)}`, `${p}${r.digits(1)} ${r.digits(2)} ${city}`, ...opt(0.4, pk(r, ['Sverige', 'Sweden']))];
    }
    case 'HK':
      return [`${pk(r, ['Unit', 'Flat', 'Room'])} ${n(1, 20)}${pad(n(1, 30))}, ${n(2, 30)}/F, ${pk(r, ['Kwai Chung Plaza', 'Harbour Centre Tower 2', 'Goodman Interlink', 'Asia Logistics Hub'])}`, `${n(1, 99)} ${pk(r, ['Kwai Foo Road', 'Container Port Road', 'Tsing Yi Road'])}`, `${pk(r, ['Kwai Chung, N.T.', 'Tsing Yi, N.T.', 'Kowloon'])}, Hong Kong`];
  }
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}
const birth = (r: R): Ymd => ({ y: r.int(1942, 2005), m: r.int(1, 12), d: r.int(1, 28) });
const recent = (r: R): Ymd => ({ y: r.int(2023, 2025), m: r.int(1, 12), d: r.int(1, 28) });

/** A date written the way the country writes it. */
function date(r: R, cc: Cc, x: Ymd): string {
  const { y, m, d } = x;
  const mm = pad(m);
  const dd = pad(d);
  const en = MON_EN[m - 1] ?? '';
  const iso = `${y}-${mm}-${dd}`;
  switch (cc) {
    case 'US':
      return pk(r, [`${mm}/${dd}/${y}`, `${m}/${d}/${y}`, `${en} ${d}, ${y}`, `${en.slice(0, 3)} ${dd} ${y}`]);
    case 'CA':
      return pk(r, [iso, `${en} ${d}, ${y}`, `${dd}/${mm}/${y}`]);
    case 'GB': case 'AU': case 'SG': case 'IN': case 'NG': case 'ZA': case 'HK': case 'AE':
      return pk(r, [`${dd}/${mm}/${y}`, `${d} ${en} ${y}`, `${dd}-${en.slice(0, 3)}-${y}`, `${d}${pk(r, ['', 'th'])} ${en.slice(0, 3)} ${y}`.replace(/^(1|21)th/, '$1st').replace(/^(2|22)th/, '$1nd').replace(/^(3|23)th/, '$1rd')]);
    case 'DE':
      return pk(r, [`${dd}.${mm}.${y}`, `${d}. ${MON_DE[m - 1] ?? ''} ${y}`, `${dd}.${mm}.${String(y).slice(2)}`]);
    case 'PL': case 'TR':
      return pk(r, [`${dd}.${mm}.${y}`, `${dd}/${mm}/${y}`]);
    case 'FR':
      return pk(r, [`${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${MON_FR[m - 1] ?? ''} ${y}`]);
    case 'ES': case 'MX':
      return pk(r, [`${dd}/${mm}/${y}`, `${d} de ${MON_ES[m - 1] ?? ''} de ${y}`, `${dd}-${mm}-${y}`]);
    case 'BR':
      return pk(r, [`${dd}/${mm}/${y}`, `${d} de ${MON_PT[m - 1] ?? ''} de ${y}`]);
    case 'IT':
      return pk(r, [`${dd}/${mm}/${y}`, `${d} ${MON_IT[m - 1] ?? ''} ${y}`]);
    case 'NL':
      return pk(r, [`${dd}-${mm}-${y}`, `${d} ${MON_NL[m - 1] ?? ''} ${y}`]);
    case 'SE':
      return iso;
    case 'CN':
      return pk(r, [iso, `${y}年${m}月${d}日`, `${y}/${mm}/${dd}`]);
    case 'JP':
      return pk(r, [`${y}年${m}月${d}日`, `${y}/${mm}/${dd}`, iso]);
    case 'KR':
      return pk(r, [`${y}.${mm}.${dd}`, `${y}년 ${m}월 ${d}일`, iso]);
  }
}
/** Passport / travel-document style: 04 MAR 1986 or 04MAR86. */
const passportDate = (r: R, x: Ymd): string => {
  const mon = (MON_EN[x.m - 1] ?? '').slice(0, 3).toUpperCase();
  return r.chance(0.6) ? `${pad(x.d)} ${mon} ${x.y}` : `${pad(x.d)}${mon}${String(x.y).slice(2)}`;
};

// ---------------------------------------------------------------------------------------------------------
// Checksummed values and their invalid / masked look-alikes
// ---------------------------------------------------------------------------------------------------------
function luhnComplete(payload: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(payload + String(c))) return payload + String(c);
  return payload + '0';
}
/** Compact card digits of a real network shape. */
function cardDigits(r: R): string {
  const k = r.int(0, 19);
  let prefix: string;
  let len = 16;
  if (k < 7) {
    prefix = '4';
    len = r.chance(0.05) ? 13 : r.chance(0.05) ? 19 : 16;
  } else if (k < 11) prefix = r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720));
  else if (k < 14) {
    prefix = pk(r, ['34', '37']);
    len = 15;
  } else if (k < 16) prefix = pk(r, ['6011', '65', String(r.int(644, 649))]);
  else if (k < 17) prefix = String(r.int(3528, 3589));
  else if (k < 18) {
    prefix = pk(r, ['36', '38', String(r.int(300, 305))]);
    len = 14;
  } else {
    prefix = '62';
    len = r.chance(0.7) ? 16 : 19;
  }
  return luhnComplete(prefix + r.digits(len - 1 - prefix.length));
}
function groupCard(r: R, d: string): string {
  const sep = pk(r, [' ', ' ', '-', '']);
  if (sep === '') return d;
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  const parts: string[] = [];
  for (let i = 0; i < d.length; i += 4) parts.push(d.slice(i, i + 4));
  return parts.join(sep);
}
const card = (r: R): string => groupCard(r, cardDigits(r));
/** A card-shaped number that fails Luhn. */
function badCard(r: R): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
const maskedCard = (r: R): string => pk(r, [`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending in ${r.digits(4)}`, `${pk(r, ['4', '5'])}${r.digits(3)} ${'•'.repeat(4)} ${'•'.repeat(4)} ${r.digits(4)}`, `************${r.digits(4)}`]);

const IBAN_CCS = ['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'AE', 'TR', 'SA', 'GR', 'CZ', 'HU', 'RO', 'HR', 'BR', 'LU', 'MT'];
const IBAN_LETTERS: Record<string, number> = { GB: 4, NL: 4, IE: 4, MT: 4 };
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem;
}
function ibanCompact(r: R, cc0?: string): string {
  const cc = cc0 && IBAN_LENGTHS[cc0] ? cc0 : pk(r, IBAN_CCS);
  const len = IBAN_LENGTHS[cc] ?? 22;
  const nl = IBAN_LETTERS[cc] ?? 0;
  const bban = letters(r, nl).replace(/[^A-Z]/g, 'X') + r.digits(len - 4 - nl);
  const chk = 98 - mod97(bban + cc + '00');
  return cc + pad(chk) + bban;
}
function groupIban(r: R, c: string): string {
  const x = r.next();
  if (x < 0.65) return c.replace(/(.{4})(?=.)/g, '$1 ');
  if (x < 0.92) return c;
  return c.toLowerCase();
}
const iban = (r: R, cc?: string): string => groupIban(r, ibanCompact(r, cc));
/** Right shape, wrong checksum (one digit changed). */
function badIban(r: R, cc?: string): string {
  const c = ibanCompact(r, cc);
  const i = c.length - 1 - r.int(0, 5);
  const ch = Number(c.charAt(i));
  return groupIban(r, c.slice(0, i) + String((ch + r.int(1, 9)) % 10) + c.slice(i + 1));
}
const CC_IBAN: Partial<Record<Cc, string>> = { DE: 'DE', GB: 'GB', FR: 'FR', NL: 'NL', ES: 'ES', IT: 'IT', PL: 'PL', TR: 'TR', AE: 'AE', SE: 'SE', BR: 'BR' };

function ssn(r: R): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  const x = r.next();
  const A = pad(a, 3);
  return x < 0.75 ? `${A}-${g}-${s}` : x < 0.88 ? `${A} ${g} ${s}` : `${A}${g}${s}`;
}
const maskedSsn = (r: R): string => pk(r, [`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
const itin = (r: R): string => `9${r.digits(2)}-${pk(r, ['70', '78', '83', '88', '91'])}-${r.digits(4)}`;
const ein = (r: R): string => `${pk(r, ['12', '20', '27', '33', '46', '47', '81', '84', '88'])}-${r.digits(7)}`;

function ipv4(r: R): string {
  const x = r.next();
  if (x < 0.25) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.4) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.48) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${pk(r, [23, 31, 45, 62, 78, 81, 89, 91, 103, 109, 141, 151, 176, 185, 193, 203, 212, 217, 198])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: R): string {
  const pre = pk(r, ['2001:db8', '2a02:8108', '2604:a880', '2a01:4f8', '2400:cb00', 'fd12:3456', '2406:da18', 'fe80:0']);
  const g = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  if (r.chance(0.6)) {
    const a = Array.from({ length: r.int(0, 2) }, g);
    const b = Array.from({ length: r.int(1, 2) }, g);
    return [pre, ...a].join(':') + '::' + b.join(':');
  }
  return [pre, ...Array.from({ length: 6 }, g)].join(':');
}
const ip = (r: R): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));

// Spoken forms ------------------------------------------------------------------------------------------
const WORDS = split('zero, one, two, three, four, five, six, seven, eight, nine');
function spokenDigits(r: R, groups: readonly string[]): string {
  const say = (grp: string): string => {
    const out: string[] = [];
    for (let i = 0; i < grp.length; i++) {
      const c = grp.charAt(i);
      const w = c === '0' && r.chance(0.5) ? 'oh' : (WORDS[Number(c)] ?? c);
      if (grp.charAt(i + 1) === c && r.chance(0.5)) {
        out.push(`double ${w}`);
        i++;
      } else out.push(w);
    }
    return out.join(' ');
  };
  return groups.map(say).join(pk(r, [', ', ' ', ' ... ']));
}
/** A spoken phone number (country-shaped digits). */
function spokenPhone(r: R, cc: Cc): string {
  const num = phone(r, cc).replace(/^\+\d+\s*/, '').replace(/[()]/g, '');
  const groups = num.split(/[\s.\-/]+/).filter((x) => x.length > 0);
  return spokenDigits(r, groups);
}
function spokenEmail(r: R, p: Person): string {
  const e = email(r, p, pk(r, FREEMAIL));
  return e.replace('@', ' at ').replace(/\./g, ' dot ').replace(/_/g, ' underscore ');
}

// Distractors --------------------------------------------------------------------------------------------
const trackingNo = (r: R): string =>
  pk(r, [`1Z${letters(r, 3)}${r.digits(3)}${r.digits(10)}`, `7${r.digits(11)}`, `JD0146${r.digits(12)}`, `9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `${letters(r, 2)}${r.digits(9)}${pk(r, ['GB', 'DE', 'CN', 'NL', 'US'])}`, `${r.digits(10)}`]);
const container = (r: R): string => `${pk(r, ['MSCU', 'MAEU', 'CMAU', 'HLXU', 'TGHU', 'OOLU', 'TCNU', 'SEGU'])}${r.digits(7)}`;
const awbNo = (r: R): string => `${pk(r, ['176', '020', '057', '618', '157', '172', '235', '297'])}-${r.digits(8)}`;
const hsCode = (r: R): string => pk(r, [`${r.int(1, 97)}${r.digits(2)}.${r.digits(2)}`, `${r.int(1, 97)}${r.digits(2)}.${r.digits(2)}.${r.digits(4)}`, `${r.int(10, 97)}${r.digits(6)}`]);
const blNo = (r: R): string => pk(r, [`MEDU${r.digits(7)}`, `HLCU${pk(r, ['HAM', 'RTM', 'SHA'])}${r.digits(9)}`, `${pk(r, ['COSU', 'ONEY', 'MAEU'])}${r.digits(9)}`, `EGLV${r.digits(12)}`]);
const seal = (r: R): string => `${letters(r, 2)}${r.digits(7)}`;
const eori = (r: R): string => pk(r, [`GB${r.digits(12)}`, `DE${r.digits(7)}`, `NL${r.digits(9)}`, `FR${r.digits(11)}`, `XI${r.digits(12)}`]);
const uuid = (r: R): string => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${pk(r, ['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
const version = (r: R): string => pk(r, [`v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 30)}`, `${r.int(1, 9)}.${r.int(0, 12)}.${r.int(0, 40)}.${r.int(100, 9999)}`, `build ${r.int(2021, 2025)}.${r.int(1, 12)}.${r.int(1, 9)}`]);
const stamp = (r: R): string => `${r.int(2023, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
const hhmm = (r: R): string => `${pad(r.int(5, 21))}:${pad(r.int(0, 59))}`;
const money = (r: R): string => `${pk(r, ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'AED', '€', '$', '£'])} ${r.int(12, 98000).toLocaleString('en-US')}.${r.digits(2)}`;
const kg = (r: R): string => `${r.int(1, 26000)}${r.chance(0.3) ? '.' + r.digits(1) : ''} kg`;
const orderNo = (r: R): string => pk(r, [`PO-${r.digits(6)}`, `SO${r.digits(8)}`, `#${r.digits(7)}`, `ORD-${r.int(2023, 2025)}-${r.digits(5)}`, `RMA-${letters(r, 2)}${r.digits(6)}`]);
const routing = (r: R): string => `${pk(r, ['0', '1', '2', '3'])}${r.digits(8)}`;
const bic = (r: R): string => pk(r, ['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'HSBCHKHH', 'CHASUS33', 'BARCGB22', 'UNCRITMM', 'NDEASESS', 'BSCHESMM', 'EBILAEAD', 'ICICINBB']);
const goods = (r: R): string =>
  pk(r, ['cotton T-shirts', 'lithium-ion power banks (UN3481)', 'ceramic floor tiles', 'frozen shrimp', 'brake pads', 'LED panels', 'espresso machines', 'extra virgin olive oil', 'bicycle frames', 'solar inverters', 'printed books', 'nitrile gloves', 'wooden toys', 'industrial valves', 'sportswear', 'green coffee beans', 'CNC machine parts', 'laptop computers', 'red wine, 75cl', 'flat-packed furniture', 'hair dryers', 'spare tyres', 'dried mango', 'surgical masks']);
const COMPANIES = split(
  'Hartwell Freight Ltd, Nordhafen Spedition GmbH, Kestrel Global Logistics, Brennan & Daughters Haulage, Castellano Trasporti S.r.l., Pacific Rim Forwarding Co., Sahel Cargo SARL, Lumen Trade BV, Orinoco Imports S.A. de C.V., Bluewater Customs Brokerage LLC, Takumi Shoji K.K., Shenzhen Huaxin Electronics Co. Ltd, Al Noor General Trading LLC, Ironbridge Fulfilment, Baltica Logistics Sp. z o.o., Anatolia Tekstil A.S., Cedar & Pine Home Goods Inc., Southern Cross Freight Pty Ltd, Maple Leaf Cross-Dock Inc., Rheinland Maschinenbau AG, Volta Solar Components, Kowloon Bay Trading Ltd, Lagos Harbour Clearing Agents, Gothenburg Reefer AB, Port Jackson Wines, Harrison & Vance Outfitters, Okonkwo Brothers Import-Export, Maison Girard Textiles',
);
const company = (r: R): string => pk(r, COMPANIES);
const PORTS = split('Rotterdam (NLRTM), Hamburg (DEHAM), Shanghai (CNSHA), Ningbo (CNNGB), Singapore (SGSIN), Los Angeles (USLAX), Long Beach (USLGB), Felixstowe (GBFXT), Antwerp (BEANR), Busan (KRPUS), Jebel Ali (AEJEA), Santos (BRSSZ), Valencia (ESVLC), Genoa (ITGOA), Yokohama (JPYOK), Savannah (USSAV), Le Havre (FRLEH), Gdynia (PLGDY), Mersin (TRMER), Durban (ZADUR), Apapa (NGAPP), Nhava Sheva (INNSA), Manzanillo (MXZLO), Vancouver (CAVAN), Sydney (AUSYD), Hong Kong (HKHKG), Gothenburg (SEGOT)');
const AIRPORTS = split('FRA, LHR, JFK, ORD, LAX, HKG, PVG, NRT, ICN, DXB, SIN, AMS, CDG, MEX, GRU, BOM, SYD, LOS, JNB, IST, WAW, MXP, MAD, ARN, YYZ, LEJ, CVG, ANC');
const SHIPS = split('Emma Maersk, CMA CGM Jacques Saade, MSC Irina, Ever Alot, HMM Algeciras, MSC Gülsün, Madrid Maersk, Maersk Mc-Kinney Møller, ONE Innovation, Cosco Shipping Virgo, Hapag Berlin Express, MSC Loreto, Seaspan Amelia, Northern Julie, Santa Rosa, Cap San Nicolas, Frieda Schulte, Anna Sofie');
/** Lines that look like they name people or carry ids but hold no personal data. */
const TRAPS: ReadonlyArray<(r: R) => string> = [
  (r) => `Cabotage leg falls under the Jones Act; liability per the Carmack Amendment (ref ${orderNo(r)}).`,
  () => 'Claims are settled under the Hague-Visby Rules, not the Harter Act.',
  (r) => `Contents: ${r.int(12, 400)} pairs Dr. Martens boots, ${r.int(2, 60)} cases Johnnie Walker Black Label.`,
  (r) => `Transshipment via Charles de Gaulle cargo terminal, flight ${pk(r, ['AF', 'LH', 'CX', 'EK'])}${r.int(100, 9999)}.`,
  (r) => `Delay expected: Hurricane Helene closed the port on ${date(r, 'US', recent(r))}.`,
  () => 'Typhoon Gaemi has suspended berthing at Kaohsiung; Storm Ciarán caused rollovers at Felixstowe.',
  (r) => `Vessel ${pk(r, SHIPS)} omitted the call; cargo rolled to the next sailing.`,
  (r) => `Use the King Street gate, then follow signs past the Lincoln Tunnel exit to Dock ${r.int(1, 40)}.`,
  (r) => `Goods: ${r.int(20, 900)} units Hugo Boss outerwear, ${r.int(5, 80)} Louis Vuitton trunks (display only).`,
  (r) => `Payment via Wells Fargo lockbox; EIN ${ein(r)}, ABA ${routing(r)}.`,
  (r) => `Cold-chain: Parkinson's medication, keep 2–8 °C. Hash ${hex(r, 40)}.`,
  (r) => `Scanner firmware ${version(r)} rolled out by Team Falcon; see ticket OPS-${r.digits(4)}.`,
  (r) => `Card on file ${maskedCard(r)}; test number ${badCard(r)} rejected (checksum).`,
  (r) => `Old account ${badIban(r)} bounced — invalid IBAN.`,
  (r) => `Tracking ${trackingNo(r)} · container ${container(r)} · seal ${seal(r)}`,
  (r) => `Contact on file: ${pk(r, ['***-***-', '(***) ***-', '+44 **** ***'])}${r.digits(4)}; SSN ${maskedSsn(r)}.`,
  (r) => `Arrival at John F. Kennedy International; Kuehne+Nagel handles the break-bulk. Slot ${hhmm(r)}.`,
  (r) => `Invoice dated ${date(r, pk(r, CCS), recent(r))}, due ${date(r, 'GB', recent(r))}. Nobel Prize medal replicas (${r.int(2, 20)} pcs).`,
  (r) => `Request ID ${uuid(r)} logged at ${stamp(r)}.`,
  (r) => `Ask for the Ford Transit bay; Ben & Jerry's reefer at door ${r.int(1, 30)}.`,
  (r) => `ITIN ${itin(r)} is not accepted for CBP 5106; provide EIN ${ein(r)}.`,
];
const trap = (r: R): string => pk(r, TRAPS)(r);

// ---------------------------------------------------------------------------------------------------------
// Document templates
// ---------------------------------------------------------------------------------------------------------
type Tpl = (d: Doc, r: R) => void;
const addr = (d: Doc, lines: readonly string[], sep = '\n'): Doc => d.l('ADDRESS', lines.join(sep));
const compactPhone = (r: R, cc: Cc): string => phone(r, cc).replace(/[^\d+]/g, '');
const city = (port: string): string => port.split(' (')[0] ?? port;
const TITLES = split('Customs Broker, Export Coordinator, Import Specialist, Claims Handler, Dispatcher, Warehouse Supervisor, Account Manager, Ocean Desk, Air Export Agent, Trade Compliance Lead');
function sig(d: Doc, r: R, p: Person, cc: Cc): void {
  d.t(pk(r, ['\n\nKind regards,\n', '\n\nBest,\n', '\n\nMit freundlichen Grüßen\n', '\n\nCordialement,\n', '\n\nThanks\n', '\n\n--\n']));
  d.l('PERSON', r.chance(0.8) ? p.full : `${p.g.charAt(0)}. ${p.s}`).t(` | ${pk(r, TITLES)}\n${company(r)}\n`);
  if (r.chance(0.85)) d.t(pk(r, ['T: ', 'Tel ', 'Direct: ', 'M: '])).l('PHONE', phone(r, cc)).t(r.chance(0.3) ? ` ext. ${r.int(100, 899)}\n` : '\n');
  if (r.chance(0.7)) d.t('E: ').l('EMAIL', email(r, p, pk(r, BIZMAIL))).t('\n');
}
const JP_SUR = split('佐藤, 鈴木, 高橋, 田中, 渡辺, 伊藤, 山本, 中村, 小林, 加藤, 吉田, 山田');
const JP_GIV = split('翔太, 美咲, 健一, 由美, 大輔, さくら, 直樹, 陽子, 拓也, 恵, 蓮, 葵');
const CN_SUR = split('王, 李, 张, 刘, 陈, 杨, 黄, 赵, 周, 吴, 徐, 孙');
const CN_GIV = split('伟, 芳, 秀英, 敏, 静, 磊, 洋, 婷, 子轩, 梓涵, 建国, 丽娟');
const KR_SUR = split('김, 이, 박, 최, 정, 강, 조, 윤');
const KR_GIV = split('민준, 서연, 지훈, 하은, 도윤, 수빈, 현우, 지민');

const POS: Tpl[] = [
  // 1 ocean bill of lading
  (d, r) => {
    const sc = pk(r, CCS);
    const cc = pk(r, CCS);
    d.t(`BILL OF LADING   B/L No. ${blNo(r)}   Booking ${r.digits(9)}\n\nSHIPPER\n${company(r)}\n`);
    addr(d, address(r, sc)).t('\nAttn: ').l('PERSON', nameForm(r, local(r, sc))).t('  Tel: ').l('PHONE', phone(r, sc)).t('\n\nCONSIGNEE\n');
    if (r.chance(0.3)) d.t(`TO ORDER OF ${pk(r, ['SHIPPER', 'HSBC BANK PLC', 'BANK OF CHINA', 'DEUTSCHE BANK AG'])}\n`);
    else addr(d.t(`${company(r)}\n`), address(r, cc)).t('\n');
    const np = local(r, cc);
    d.t('\nNOTIFY PARTY\n').l('PERSON', np.full.toUpperCase()).t('\n').l('EMAIL', email(r, np)).t(' / ').l('PHONE', phone(r, cc)).t('\n\n');
    d.t(`Vessel / Voyage: ${pk(r, SHIPS)} / ${r.digits(3)}${letters(r, 1)}\nPort of Loading: ${pk(r, PORTS)}   Port of Discharge: ${pk(r, PORTS)}\n`);
    d.t(`Container No.  Seal       Pkgs       Description\n${container(r)}   ${seal(r)}  ${r.int(10, 1400)} CTNS  ${goods(r)}, HS ${hsCode(r)}, ${kg(r)}\nSHIPPER'S LOAD, STOW AND COUNT\n`);
    d.t(`\nFREIGHT ${pk(r, ['PREPAID', 'COLLECT'])}   Place and date of issue: ${city(pk(r, PORTS))}, ${date(r, sc, recent(r))}\n`);
    if (r.chance(0.4)) d.t(trap(r) + '\n');
  },
  // 2 air waybill
  (d, r) => {
    const sc = pk(r, CCS);
    const cc = pk(r, CCS);
    const a = pk(r, AIRPORTS);
    const b = pk(r, AIRPORTS);
    d.t(`AIR WAYBILL ${awbNo(r)}   ${a} → ${b}   Not negotiable\n`);
    d.t("Shipper's Name and Address\n");
    d.l('PERSON', nameForm(r, local(r, sc))).t(` c/o ${company(r)}\n`);
    addr(d, address(r, sc)).t('\nTel ').l('PHONE', phone(r, sc)).t("\n\nConsignee's Name and Address\n");
    const cp = local(r, cc);
    d.l('PERSON', r.chance(0.5) ? cp.full : cp.full.toUpperCase()).t('\n');
    addr(d, address(r, cc)).t('\nPhone: ').l('PHONE', phone(r, cc)).t('   Email: ').l('EMAIL', email(r, cp)).t('\n');
    d.t(`\nNo. of Pieces ${r.int(1, 40)}  Gross Weight ${kg(r)}  Chargeable ${r.int(5, 900)} K\nNature and Quantity of Goods: ${goods(r).toUpperCase()}\nHandling: ${pk(r, ['KEEP UPRIGHT', 'CAO', 'PER/COL', 'DGR ATTACHED'])}\nExecuted on ${date(r, sc, recent(r))} at ${a}\n`);
  },
  // 3 CBP 5106-style importer record for a private individual
  (d, r) => {
    const p = local(r, 'US');
    const b = birth(r);
    d.t(`CREATE/UPDATE IMPORTER IDENTITY — worksheet (broker copy)\nImporter type: Individual   Filer code ${letters(r, 3)}\n\n1. Name (Last, First): `);
    d.l('PERSON', `${p.s.toUpperCase()}, ${p.g.toUpperCase()}`).t('\n2. Importer number (SSN): ').l('NATIONAL_ID', ssn(r));
    d.t('\n3. Date of birth: ').l('DOB', date(r, 'US', b)).t('\n4. Mailing address:\n');
    addr(d, address(r, 'US')).t('\n5. Phone: ').l('PHONE', phone(r, 'US')).t('   6. Email: ').l('EMAIL', email(r, p)).t('\n');
    d.t(`7. Bond: single transaction, surety code ${r.digits(3)}\nRemarks: personal effects shipment ${container(r)}; ${pk(r, ['do not use', 'replaces'])} old EIN ${ein(r)}.\n`);
  },
  // 4 broker duty e-mail with payment IBAN
  (d, r) => {
    const cc = pk(r, ['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'PL', 'SE', 'TR', 'AE'] as const);
    const client = local(r, cc);
    const broker = local(r, cc);
    d.t(`Subject: Entry ${r.digits(3)}-${r.digits(7)}-${r.digits(1)} — duties & VAT payable\n\nDear `).l('PERSON', nameForm(r, client)).t(',\n\n');
    d.t(`Your shipment ${awbNo(r)} (${goods(r)}) has been assessed: duty ${money(r)}, import VAT ${money(r)}. Your EORI ${eori(r)} was used on the declaration.\n`);
    d.t('Please transfer the total to our client account ').l('IBAN', iban(r, CC_IBAN[cc])).t(` (BIC ${bic(r)}) quoting the entry number.`);
    if (r.chance(0.4)) d.t(` Note: the account ${badIban(r)} on your old statement is closed.`);
    d.t(' Once paid we release to the haulier the same day.');
    sig(d, r, broker, cc);
  },
  // 5 delivery exception notice
  (d, r) => {
    const cc = pk(r, ['US', 'GB', 'CA', 'AU', 'SG', 'IN', 'ZA'] as const);
    const p = local(r, cc);
    d.t(`DELIVERY EXCEPTION — ${pk(r, ['Recipient not available', 'Address incomplete', 'Access restricted', 'Business closed', 'Refused by recipient'])}\nTracking: ${trackingNo(r)}\nRecipient: `);
    d.l('PERSON', nameForm(r, p)).t('\nDelivery address: ');
    addr(d, address(r, cc), ', ').t(`\nAttempted: ${date(r, cc, recent(r))} ${hhmm(r)}\n\n`);
    d.t(`Your parcel is at the ${pk(r, ['depot', 'post office', 'Access Point', 'parcel locker'])} for ${r.int(3, 7)} days. To reschedule, call `).l('PHONE', phone(r, cc));
    d.t(` or reply to `).l('EMAIL', roleEmail(r)).t('.\n');
    if (r.chance(0.4)) d.t(`Driver note: ${pk(r, ['dog in yard (Max), did not enter', 'gate code needed', 'left card in mailbox', 'no safe place'])}.\n`);
  },
  // 6 redelivery chat (user's own name known)
  (d, r) => {
    const cc = pk(r, CCS);
    const p = local(r, cc);
    const agent = person(r);
    d.t(`[Chat] Redelivery request · ${stamp(r)}\nAgent `).l('PERSON', agent.g).t(': Hi, how can I help with your delivery today?\nCustomer: hi, this is ').self(p.full);
    d.t(`. tracking ${trackingNo(r)} says "delivery exception" again\nAgent `).l('PERSON', agent.g).t(': Sorry about that! Can you confirm the delivery address?\nCustomer: ');
    addr(d, address(r, cc), ', ').t('\nAgent ').l('PERSON', agent.g).t(': Thanks. And a mobile number the driver can call?\nCustomer: ').l('PHONE', phone(r, cc));
    if (r.chance(0.5)) d.t(' — not the one ending ').t(r.digits(4)).t(', that is my old one');
    d.t(`\nAgent `).l('PERSON', agent.g).t(`: Done — rebooked for ${date(r, cc, recent(r))} between ${hhmm(r)} and ${hhmm(r)}. Confirmation goes to `).l('EMAIL', email(r, p)).t('.\nCustomer: great thanks\n');
  },
  // 7 fixed-width pick list
  (d, r) => {
    d.t(`PICKLIST  WAVE ${r.digits(5)}  ${date(r, 'US', recent(r))}  DC-${pk(r, ['ONT2', 'EWR5', 'RNO1', 'LGB3'])}\n`);
    d.t('LN  ORDER        SKU            QTY  SHIP-TO NAME              SHIP-TO ADDRESS\n');
    const n = r.int(3, 6);
    for (let i = 1; i <= n; i++) {
      const cc = pk(r, ['US', 'US', 'CA'] as const);
      const nm = nameForm(r, local(r, cc)).toUpperCase();
      d.t(`${pad(i, 3)} ${orderNo(r).padEnd(12)} ${`${letters(r, 3)}-${r.digits(5)}`.padEnd(14)} ${String(r.int(1, 48)).padStart(3)}  `);
      d.l('PERSON', nm).t(' '.repeat(Math.max(1, 26 - nm.length)));
      addr(d, address(r, cc).map((x) => x.toUpperCase()), ', ').t('\n');
    }
    d.t(`PICKER: ${pk(r, ['RF-12', 'RF-07', 'VOICE-3'])}   SORT: ${pk(r, ['ZONE A', 'ZONE C', 'MEZZ'])}\n`);
  },
  // 8 driver log
  (d, r) => {
    const cc = pk(r, ['GB', 'US', 'DE', 'NL', 'AU', 'ZA'] as const);
    const drv = local(r, cc);
    d.t(`DRIVER DAY LOG  Route ${letters(r, 2)}-${r.int(10, 99)}  Vehicle ${letters(r, 2)}${r.digits(2)} ${letters(r, 3)}\nDriver: `).l('PERSON', drv.full).t(` (mobile `).l('PHONE', phone(r, cc)).t(')\n');
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const p = local(r, cc);
      d.t(`${hhmm(r)}  Stop ${i + 1}  `);
      addr(d, address(r, cc), ', ');
      const k = r.int(0, 3);
      if (k === 0) d.t('  POD signed: ').l('PERSON', nameForm(r, p)).t('\n');
      else if (k === 1) d.t(`  Left with neighbour at no. ${r.int(1, 90)} (`).l('PERSON', p.s).t(')\n');
      else if (k === 2) d.t(`  No answer, card left. Safe place refused.\n`);
      else d.t('  Delivered to reception — signed ').l('PERSON', p.full.toUpperCase()).t('\n');
    }
    d.t(`Odometer start ${r.int(10000, 99999)} end ${r.int(10000, 99999)}. ${r.chance(0.5) ? trap(r) : 'No defects.'}\n`);
  },
  // 9 damage claim form (own name)
  (d, r) => {
    const cc = pk(r, ['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'PL', 'SE', 'TR', 'AE', 'BR'] as const);
    const p = local(r, cc);
    d.t(`CARGO DAMAGE CLAIM  ${pk(r, ['Form C-12', 'Schadensmeldung', 'Déclaration de sinistre', 'Claim form'])}\nClaim ref: CLM-${r.digits(7)}   Shipment: ${trackingNo(r)}\n\nClaimant: `).self(p.full);
    if (r.chance(0.5)) d.t('\nDate of birth: ').l('DOB', date(r, cc, birth(r)));
    d.t('\nAddress: ');
    addr(d, address(r, cc), ', ').t('\nPhone: ').l('PHONE', phone(r, cc)).t('\nEmail: ').l('EMAIL', email(r, p));
    d.t(`\n\nDescription: ${r.int(1, 12)} of ${r.int(12, 40)} cartons of ${goods(r)} arrived crushed; photos attached (IMG_${r.digits(4)}.jpg). Delivered ${date(r, cc, recent(r))}.\nAmount claimed: ${money(r)}\nPay-out account (IBAN): `);
    d.l('IBAN', iban(r, CC_IBAN[cc])).t(`\nAccount holder: `).l('PERSON', p.full).t('\n');
  },
  // 10 returns / RMA email with card for return shipping
  (d, r) => {
    const cc = pk(r, ['US', 'GB', 'CA', 'AU', 'DE', 'FR'] as const);
    const p = local(r, cc);
    d.t(`Subject: Return ${orderNo(r)} – item damaged in transit\n\nHello,\n\nMy name is `).self(p.full).t(`. The ${goods(r)} I ordered arrived with the box torn open. I would like a replacement, not a refund to my card ${maskedCard(r)}.\n`);
    d.t('The return label fee can go on this card: ').l('CARD', card(r)).t(`, exp ${pad(r.int(1, 12))}/${r.int(26, 31)}.\nPickup from:\n`);
    addr(d, address(r, cc)).t('\nBest to reach me on ').l('PHONE', phone(r, cc)).t('.\n\nThanks,\n').l('PERSON', p.g).t('\n');
  },
  // 11 X12 856 / 214 segments
  (d, r) => {
    const p = local(r, 'US');
    const q = local(r, 'US');
    const ctl = r.digits(9);
    d.t(`ISA*00*          *00*          *ZZ*${letters(r, 6).padEnd(15)}*ZZ*${letters(r, 5).padEnd(15)}*${r.digits(6)}*${r.digits(4)}*U*00401*${ctl}*0*P*>~\nGS*SH*${letters(r, 5)}*${letters(r, 4)}*${r.int(2023, 2025)}${r.digits(4)}*${r.digits(4)}*${r.int(1, 999)}*X*004010~\nST*856*${r.digits(4)}~\nBSN*00*${orderNo(r).replace(/\W/g, '')}*${r.int(2023, 2025)}${r.digits(4)}*${r.digits(4)}~\n`);
    d.t(`N1*SF*${company(r).toUpperCase()}~\nN1*ST*`).l('PERSON', p.full.toUpperCase()).t('~\nPER*IC*').l('PERSON', q.full).t('*TE*').l('PHONE', compactPhone(r, 'US')).t('*EM*').l('EMAIL', email(r, q)).t('~\n');
    d.t(`TD5**2*${pk(r, ['UPSN', 'FDEG', 'ODFL', 'SAIA'])}~\nREF*BM*${r.digits(10)}~\nREF*CN*${trackingNo(r)}~\nSE*${r.int(8, 30)}*${r.digits(4)}~\nIEA*1*${ctl}~\n`);
  },
  // 12 EDIFACT IFTMIN
  (d, r) => {
    const cc = pk(r, ['DE', 'NL', 'FR', 'IT', 'ES', 'PL', 'SE'] as const);
    const p = local(r, cc);
    d.t(`UNB+UNOC:3+${letters(r, 6)}:ZZZ+${letters(r, 6)}:ZZZ+${r.digits(6)}:${r.digits(4)}+${r.digits(8)}'\nUNH+1+IFTMIN:D:04A:UN'\nBGM+610+${r.digits(10)}+9'\nDTM+137:${r.int(2023, 2025)}${r.digits(4)}${r.digits(4)}:203'\n`);
    d.t(`NAD+CZ+${r.digits(13)}::9++${company(r).toUpperCase().slice(0, 35)}'\nCTA+IC+:`).l('PERSON', p.full.toUpperCase()).t("'\nCOM+").l('PHONE', compactPhone(r, cc)).t(":TE'\nCOM+").l('EMAIL', email(r, p)).t(":EM'\n");
    d.t(`GID+1+${r.int(1, 33)}:PX'\nMEA+AAE+AAB+KGM:${r.int(10, 20000)}'\nPCI+33E'\nGIN+BJ+00${r.digits(16)}'\nUNT+${r.int(9, 40)}+1'\nUNZ+1+${r.digits(8)}'\n`);
  },
  // 13 CSV manifest export
  (d, r) => {
    d.t(`hawb,consignee,address,phone,email,declared_value,hs\n`);
    const n = r.int(2, 5);
    for (let i = 0; i < n; i++) {
      const cc = pk(r, CCS);
      const p = local(r, cc);
      d.t(`${awbNo(r).replace('-', '')},"`).l('PERSON', pk(r, [p.full, `${p.s}, ${p.g}`, p.full.toUpperCase()])).t('","');
      addr(d, address(r, cc), ', ').t('",').l('PHONE', compactPhone(r, cc)).t(',');
      if (r.chance(0.8)) d.l('EMAIL', email(r, p));
      d.t(`,${r.int(5, 2400)}.${r.digits(2)},${hsCode(r)}\n`);
    }
  },
  // 14 customs hold notice (UK/DE/FR)
  (d, r) => {
    const cc = pk(r, ['GB', 'DE', 'FR', 'NL'] as const);
    const p = local(r, cc);
    const hdr = { GB: 'HM Revenue & Customs — Notice of detention', DE: 'Zollamt — Mitteilung über die Zurückhaltung von Waren', FR: 'Douane — Avis de retenue de marchandises', NL: 'Douane — Kennisgeving vasthouden goederen' }[cc];
    d.t(`${hdr}\nOur ref: ${letters(r, 3)}/${r.digits(6)}   MRN ${r.digits(2)}${cc}${letters(r, 4)}${r.digits(10)}\n\n`);
    d.l('PERSON', p.full).t('\n');
    addr(d, address(r, cc)).t(`\n\n`);
    d.t(`${cc === 'DE' ? 'Sehr geehrte/r' : cc === 'FR' ? 'Madame, Monsieur' : 'Dear'} `).l('PERSON', p.s).t(`,\n\nthe parcel ${trackingNo(r)} addressed to you (declared as "${goods(r)}", value ${money(r)}) has been detained pending proof of value. `);
    d.t('Please contact the officer in charge, ').l('PERSON', nameForm(r, local(r, cc))).t(', on ').l('PHONE', phone(r, cc)).t(' or at ').l('EMAIL', roleEmail(r)).t(` within ${r.int(10, 30)} days.\n`);
  },
  // 15 duty payment chat with card
  (d, r) => {
    const cc = pk(r, ['US', 'GB', 'CA', 'AU', 'SG', 'IN', 'AE'] as const);
    const p = local(r, cc);
    const agent = person(r);
    d.t(`Live chat — Import charges\n[${hhmm(r)}] Bot: Please enter your waybill number.\n[${hhmm(r)}] You: ${awbNo(r)}\n[${hhmm(r)}] `).l('PERSON', agent.full).t(`: Hello! There are ${money(r)} in duties and a ${money(r)} clearance fee. Name on the shipment?\n[${hhmm(r)}] You: `).self(p.full);
    d.t(`\n[${hhmm(r)}] `).l('PERSON', agent.g).t(': I can take a card payment here.\n[' + hhmm(r) + '] You: ok ').l('CARD', card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)} cvv ${r.digits(3)}\n`);
    d.t(`[${hhmm(r)}] `).l('PERSON', agent.g).t(`: Payment approved (auth ${r.digits(6)}). Delivery ${date(r, cc, recent(r))}. Receipt sent to `).l('EMAIL', email(r, p)).t('.\n');
  },
  // 16 proforma invoice with bank block
  (d, r) => {
    const sc = pk(r, ['DE', 'IT', 'ES', 'FR', 'NL', 'PL', 'TR', 'GB', 'SE'] as const);
    const bc = pk(r, CCS);
    const p = local(r, sc);
    d.t(`PROFORMA INVOICE No. PI-${r.int(2023, 2025)}/${r.digits(4)}    Date: ${date(r, sc, recent(r))}\nSeller: ${company(r)}\n`);
    addr(d, address(r, sc)).t('\nContact: ').l('PERSON', nameForm(r, p)).t(' · ').l('EMAIL', email(r, p, pk(r, BIZMAIL))).t('\n\nBuyer: ');
    const bp = local(r, bc);
    d.l('PERSON', bp.full).t(` / ${company(r)}\n`);
    addr(d, address(r, bc)).t(`\n\nItem  Description                 Qty     Unit    Total\n1     ${goods(r).padEnd(26)}  ${r.int(10, 900)}   ${r.int(2, 300)}.00   ${money(r)}\nIncoterms: ${pk(r, ['FOB', 'CIF', 'DAP', 'EXW', 'FCA', 'DDP'])} ${city(pk(r, PORTS))}\n\nBank details\nBeneficiary: ${company(r)}\nIBAN: `);
    d.l('IBAN', iban(r, CC_IBAN[sc])).t(`\nSWIFT: ${bic(r)}\nPayment: ${pk(r, ['30% advance, 70% against B/L copy', 'L/C at sight', 'net 60'])}\n`);
  },
  // 17 letter of credit excerpt
  (d, r) => {
    const ac = pk(r, CCS);
    const bc = pk(r, ['DE', 'IT', 'TR', 'ES', 'GB', 'FR', 'NL'] as const);
    d.t(`MT700 ISSUE OF A DOCUMENTARY CREDIT\n:20: LC${r.digits(10)}\n:31C: ${r.int(23, 25)}${r.digits(4)}\n:50: APPLICANT\n`);
    const ap = local(r, ac);
    d.l('PERSON', ap.full.toUpperCase()).t('\n');
    addr(d, address(r, ac).map((x) => x.toUpperCase())).t(`\n:59: BENEFICIARY\n/`).l('IBAN', ibanCompact(r, CC_IBAN[bc])).t(`\n${company(r).toUpperCase()}\n`);
    addr(d, address(r, bc).map((x) => x.toUpperCase())).t(`\n:32B: ${pk(r, ['USD', 'EUR'])}${r.int(10000, 900000)},00\n:44E: ${pk(r, PORTS).toUpperCase()}\n:45A: ${goods(r).toUpperCase()} AS PER PROFORMA\n:46A: FULL SET CLEAN ON BOARD B/L, PACKING LIST, CERTIFICATE OF ORIGIN\n`);
  },
  // 18 forwarder booking confirmation
  (d, r) => {
    const cc = pk(r, CCS);
    const p = local(r, cc);
    const agent = local(r, pk(r, CCS));
    d.t(`BOOKING CONFIRMATION ${letters(r, 3)}${r.digits(8)}\nTo: `).l('PERSON', nameForm(r, p)).t(' <').l('EMAIL', email(r, p)).t('>\n');
    d.t(`Equipment: ${r.int(1, 6)} x ${pk(r, ["40'HC", "20'DV", "40'RF", "45'HC"])}  Commodity: ${goods(r)}\nCY cut-off: ${date(r, cc, recent(r))} ${hhmm(r)}  VGM cut-off: ${date(r, cc, recent(r))}\nVessel: ${pk(r, SHIPS)}  ETD ${pk(r, PORTS)}  ETA ${pk(r, PORTS)}\n`);
    d.t('Empty pick-up depot: ').t(`${pk(r, ['Depot', 'Terminal'])} ${letters(r, 3)}${r.int(1, 9)}, ${city(pk(r, PORTS))}\n`);
    if (r.chance(0.5)) d.t(trap(r) + '\n');
    d.t('Your booking agent: ').l('PERSON', agent.full).t(', ').l('PHONE', phone(r, cc)).t('\n');
  },
  // 19 proof of delivery record
  (d, r) => {
    const cc = pk(r, CCS);
    const p = local(r, cc);
    d.t(`POD ${trackingNo(r)}\nstatus: DELIVERED\nsigned_by: `).l('PERSON', pk(r, [p.full.toUpperCase(), p.s.toUpperCase(), p.full]));
    d.t(`\nsigned_at: ${stamp(r)}\ngps: ${(r.next() * 140 - 50).toFixed(5)}, ${(r.next() * 340 - 170).toFixed(5)}\ndelivered_to: `);
    addr(d, address(r, cc), ', ').t(`\nlocation_note: ${pk(r, ['front door', 'mailroom, Room 12', 'loading dock B', 'reception, 3rd floor'])}\ndevice: ${pk(r, ['TC52', 'CT40', 'MC3300'])} fw ${version(r)} ip `).l('IP', ipv4(r)).t('\ncourier: ').l('PERSON', nameForm(r, local(r, cc))).t('\n');
  },
  // 20 SMS delivery notice
  (d, r) => {
    const cc = pk(r, ['GB', 'US', 'AU', 'IN', 'SG', 'ZA', 'NG', 'AE'] as const);
    const p = local(r, cc);
    d.t(pk(r, ['Hi ', 'Dear ', 'Hello '])).l('PERSON', p.g).t(`, your ${pk(r, ['parcel', 'package', 'order'])} ${trackingNo(r)} from ${pk(r, ['ZARA', 'Marks & Spencer', 'Tommy Hilfiger', 'IKEA', 'Wendy\'s Merch'])} is ${pk(r, ['out for delivery', 'held at customs', 'delayed'])}. `);
    d.t(`Driver `).l('PERSON', local(r, cc).g).t(' can be reached on ').l('PHONE', phone(r, cc)).t(`. Manage at trk.example/${hex(r, 8)} Reply STOP to opt out.`);
  },
  // 21 tracking API JSON log
  (d, r) => {
    const p = person(r);
    const v6 = r.chance(0.4);
    d.t(`{"ts":"${stamp(r)}","level":"info","route":"/v2/shipments/${trackingNo(r).replace(/\s/g, '')}/redirect","request_id":"${uuid(r)}",\n "client_ip":"`).l('IP', v6 ? ipv6(r) : ipv4(r)).t(`","user":"`).l('EMAIL', email(r, p)).t(`","sdk":"${version(r)}",\n "payload":{"deliver_to":"`).l('PERSON', p.full).t(`","new_date":"${date(r, 'CN', recent(r))}","sha256":"${hex(r, 64)}"},"status":202}\n`);
    if (r.chance(0.5)) d.t(`{"ts":"${stamp(r)}","level":"warn","msg":"rate limited","client_ip":"`).l('IP', ipv4(r)).t(`","port":${r.int(1024, 65535)}}\n`);
  },
  // 22 tracking portal access log
  (d, r) => {
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const v6 = r.chance(0.3);
      const a = v6 ? ipv6(r) : ipv4(r);
      if (v6 && r.chance(0.5)) d.t('[').l('IP', a).t(`]:${r.int(1024, 65000)}`);
      else d.l('IP', a);
      d.t(` - - [${pad(r.int(1, 28))}/${pk(r, ['Mar', 'Apr', 'Oct'])}/${r.int(2023, 2025)}:${hhmm(r)}:${pad(r.int(0, 59))} +0000] "GET /track?id=${trackingNo(r).replace(/\s/g, '')} HTTP/1.1" ${pk(r, ['200', '304', '404'])} ${r.int(200, 9000)} "-" "Mozilla/5.0 (${pk(r, ['Windows NT 10.0', 'iPhone; CPU iPhone OS 17_4', 'X11; Linux x86_64'])})"\n`);
    }
  },
  // 23 customs power of attorney
  (d, r) => {
    const p = local(r, 'US');
    const b = local(r, 'US');
    d.t(`CUSTOMS POWER OF ATTORNEY\nKnow all men by these presents, that `).l('PERSON', p.full.toUpperCase()).t(', an individual, residing at ');
    addr(d, address(r, 'US'), ', ').t(', SSN ').l('NATIONAL_ID', ssn(r)).t(`, hereby appoints ${company(r)} (filer ${letters(r, 3)}) as true and lawful agent…\n\n`);
    d.t(`Signed: ____________________  Printed name: `).l('PERSON', p.full).t(`  Date: ${date(r, 'US', recent(r))}\nWitness: `).l('PERSON', nameForm(r, b)).t(`\nThe grantor's date of birth is required for identity verification: `).l('DOB', date(r, 'US', birth(r))).t('\n');
  },
  // 24 dangerous goods declaration
  (d, r) => {
    const cc = pk(r, CCS);
    const p = local(r, cc);
    d.t(`SHIPPER'S DECLARATION FOR DANGEROUS GOODS\nAir Waybill No. ${awbNo(r)}   Page 1 of 1\nUN${pk(r, ['3480', '3481', '1263', '1993', '2794'])}  Class ${pk(r, ['9', '3', '8'])}  PG ${pk(r, ['II', 'III'])}  ${r.int(1, 40)} fibreboard boxes x ${r.int(1, 30)} kg\n`);
    d.t('24-hour emergency contact: ').l('PERSON', nameForm(r, p)).t(' ').l('PHONE', phone(r, cc)).t('\n');
    d.t(`Name/title of signatory: `).l('PERSON', local(r, cc).full).t(`, ${pk(r, TITLES)}\nPlace and date: ${city(pk(r, PORTS))}, ${date(r, cc, recent(r))}\n`);
  },
  // 25 reefer alert
  (d, r) => {
    const cc = pk(r, CCS);
    const p = local(r, cc);
    d.t(`ALERT reefer ${container(r)} setpoint ${pk(r, ['-18.0', '2.0', '13.5'])}C actual ${(r.next() * 20 - 5).toFixed(1)}C at ${stamp(r)}\nGateway `).l('IP', ip(r)).t(` (modem fw ${version(r)}) lost power for ${r.int(5, 300)} min.\n`);
    d.t('On-call: ').l('PERSON', p.full).t(' — ').l('PHONE', phone(r, cc)).t(`. Escalate to `).l('EMAIL', roleEmail(r)).t(' if unacknowledged in 15 min.\n');
  },
  // 26 port agent e-mail with crew sign-off
  (d, r) => {
    const cc = pk(r, ['SG', 'NL', 'AE', 'ZA', 'BR', 'IN'] as const);
    const agent = local(r, cc);
    d.t(`Subject: ${pk(r, SHIPS)} — crew change at ${city(pk(r, PORTS))}\n\nDear Captain,\n\nfor the sign-off on ${date(r, cc, recent(r))} please find the crew details for immigration:\n`);
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const c = person(r, ['ph', 'in', 'ru', 'id', 'gr', 'pk', 'vn']);
      d.t(`- `).l('PERSON', `${c.s.toUpperCase()} ${c.g.toUpperCase()}`).t(`, ${pk(r, ['AB', 'OS', '2/O', 'C/E', 'Cook', 'Fitter'])}, born `).l('DOB', passportDate(r, birth(r))).t(`, passport ${letters(r, 1)}${r.digits(7)}\n`);
    }
    d.t(`Hotel: ${pk(r, ['Harbour View Inn', 'Seafarers Lodge', 'Airport Transit Hotel'])}, room block ${r.int(100, 900)}.`);
    sig(d, r, agent, cc);
  },
  // 27 crew list fixed width
  (d, r) => {
    d.t(`CREW LIST (IMO FAL 5)  Ship: ${pk(r, SHIPS).toUpperCase()}  IMO ${r.int(9100000, 9899999)}  Port of arrival: ${pk(r, PORTS)}\n`);
    d.t('NO FAMILY NAME        GIVEN NAMES      RANK   NAT  DATE OF BIRTH  ID DOC\n');
    const n = r.int(3, 6);
    for (let i = 1; i <= n; i++) {
      const c = person(r, ['ph', 'in', 'ru', 'id', 'gr', 'pl', 'ro', 'vn', 'cn', 'tr']);
      const s = c.s.toUpperCase();
      const g = c.g.toUpperCase();
      d.t(`${pad(i)} `).l('PERSON', s).t(' '.repeat(Math.max(1, 18 - s.length))).l('PERSON', g).t(' '.repeat(Math.max(1, 17 - g.length)));
      d.t(`${pk(r, ['MSTR', 'C/O', 'AB', 'OS', 'ETO', 'COOK']).padEnd(7)}${pk(r, ['PHL', 'IND', 'UKR', 'IDN', 'GRC', 'POL', 'ROU', 'VNM', 'CHN', 'TUR'])}  `).l('DOB', r.chance(0.5) ? `${pad(r.int(1, 28))}.${pad(r.int(1, 12))}.${r.int(1960, 2003)}` : passportDate(r, birth(r)));
      d.t(`    ${letters(r, 2)}${r.digits(7)}\n`);
    }
  },
  // 28 shipping label
  (d, r) => {
    const sc = pk(r, CCS);
    const cc = pk(r, CCS);
    const s = local(r, sc);
    const c = local(r, cc);
    d.t(`${pk(r, ['EXPRESS WORLDWIDE', 'PRIORITY', 'ECONOMY SELECT', 'GROUND'])}        ${r.int(1, 5)}/${r.int(5, 9)}\nFROM:\n`).l('PERSON', s.full).t('\n');
    addr(d, address(r, sc)).t('\n').l('PHONE', phone(r, sc)).t('\n\nTO:\n').l('PERSON', c.full.toUpperCase()).t('\n');
    if (r.chance(0.4)) d.t(`${company(r)}\n`);
    addr(d, address(r, cc)).t('\n').l('PHONE', phone(r, cc)).t(`\n\nWAYBILL ${trackingNo(r)}   REF ${orderNo(r)}   ${kg(r)}\n(J)JD01 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}\n`);
  },
  // 29 returns portal confirmation
  (d, r) => {
    const cc = pk(r, ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'AU', 'CA'] as const);
    const p = local(r, cc);
    d.t(`Return authorised: ${orderNo(r)}\nCustomer: `).self(p.full).t(`\nEmail: `).l('EMAIL', email(r, p)).t('\nCollection address: ');
    addr(d, address(r, cc), ', ').t(`\nCollection date: ${date(r, cc, recent(r))}\nRefund method: original card (${maskedCard(r)})\nReason: ${pk(r, ['arrived damaged', 'wrong size', 'missing parts', 'late delivery'])}\n`);
  },
  // 30 end-user statement
  (d, r) => {
    const cc = pk(r, ['AE', 'IN', 'TR', 'BR', 'MX', 'SG', 'KR'] as const);
    const p = local(r, cc);
    d.t(`END-USER STATEMENT (export control)\nExporter: ${company(r)}  Licence ${letters(r, 2)}-${r.digits(6)}\nEnd user: `).l('PERSON', nameForm(r, p)).t('\nAddress of end use:\n');
    addr(d, address(r, cc)).t(`\nPassport / national id: ${letters(r, 1)}${r.digits(8)} (not a US SSN)\nItems: ${goods(r)}, ECCN ${r.int(1, 9)}A${r.digits(3)}\nThe items will not be re-exported. Signed `).l('PERSON', p.full).t(`, ${date(r, cc, recent(r))}\nContact: `).l('PHONE', phone(r, cc)).t('\n');
  },
  // 31 bonded warehouse intake
  (d, r) => {
    const cc = pk(r, ['GB', 'DE', 'NL', 'SG', 'AE', 'HK'] as const);
    d.t(`BONDED WAREHOUSE INTAKE  Warrant ${letters(r, 2)}${r.digits(6)}\nReceived: ${date(r, cc, recent(r))} ${hhmm(r)}  Bay ${letters(r, 1)}${r.int(1, 40)}  Pallets ${r.int(1, 26)}\n`);
    d.t(`Haulier: ${company(r)}, driver `).l('PERSON', nameForm(r, local(r, cc))).t(`, trailer ${letters(r, 3)}${r.digits(4)}\nChecked by: `).l('PERSON', local(r, cc).full).t('\n');
    d.t(`Discrepancy: ${r.int(1, 6)} cartons short vs packing list; ${trap(r)}\n`);
  },
  // 32 WhatsApp-style driver/customer chat
  (d, r) => {
    const cc = pk(r, ['GB', 'IN', 'NG', 'ZA', 'BR', 'MX', 'AE', 'SG', 'ES'] as const);
    const drv = local(r, cc);
    const cu = local(r, cc);
    d.t(`[${hhmm(r)}] `).l('PERSON', drv.g).t(': Hello, I am outside with your delivery, nobody answering\n[' + hhmm(r) + '] ').l('PERSON', cu.full).t(': sorry! at work. can you leave it at the back door?\n');
    d.t(`[${hhmm(r)}] `).l('PERSON', drv.g).t(': Not allowed for this one, signature required. I can drop it to your office\n[' + hhmm(r) + '] ').l('PERSON', cu.full).t(': yes pls: ');
    addr(d, address(r, cc), ', ').t(`\n[${hhmm(r)}] `).l('PERSON', drv.g).t(': ok, call me when you are at reception ').l('PHONE', phone(r, cc)).t('\n');
  },
  // 33 call transcript with spoken phone and e-mail (own name)
  (d, r) => {
    const cc = pk(r, ['US', 'GB', 'AU', 'CA', 'IN', 'ZA', 'SG'] as const);
    const p = local(r, cc);
    const agent = person(r);
    d.t(`Call transcript — ${pk(r, ['Redelivery line', 'Customs clearance desk', 'Claims hotline'])}\nAGENT: Thanks for calling, you're speaking with `).l('PERSON', agent.g).t('. Who do I have on the line?\nCALLER: hi yes it\'s ').self(p.full).t(` — about parcel ${trackingNo(r)}\n`);
    d.t('AGENT: Got it. Best callback number?\nCALLER: it\'s ').l('PHONE', spokenPhone(r, cc)).t('\nAGENT: and an email for the customs invoice?\nCALLER: ').l('EMAIL', spokenEmail(r, p)).t('\n');
    d.t(`AGENT: Perfect. The duty is ${money(r)}; you'll get a link. Anything else?\nCALLER: no that's all, cheers\n`);
  },
  // 34 CN23 gift declaration
  (d, r) => {
    const sc = pk(r, CCS);
    const cc = pk(r, CCS);
    const s = local(r, sc);
    const c = local(r, cc);
    d.t(`CN 23 — CUSTOMS DECLARATION   No. ${letters(r, 2)}${r.digits(9)}${sc}\nFrom: `).l('PERSON', s.full).t('\n');
    addr(d, address(r, sc)).t('\nTel: ').l('PHONE', phone(r, sc)).t('\nTo: ').l('PERSON', c.full).t('\n');
    addr(d, address(r, cc)).t(`\nCategory: [X] Gift  [ ] Commercial sample  [ ] Returned goods\nContents: ${goods(r)} x${r.int(1, 6)}  Value ${money(r)}  HS ${hsCode(r)}\nImporter's reference: ${pk(r, ['none', 'VAT ' + letters(r, 2) + r.digits(9), 'EORI ' + eori(r)])}\nI certify the particulars given are correct. Date ${date(r, sc, recent(r))}\n`);
  },
  // 35 household goods inventory (US returnee)
  (d, r) => {
    const p = local(r, 'US');
    const sc = pk(r, ['GB', 'DE', 'JP', 'SG', 'AE', 'AU'] as const);
    d.t(`HOUSEHOLD GOODS — SUPPLEMENTAL DECLARATION (CBP 3299 worksheet)\nName of owner: `).self(p.full).t('\nDate of birth: ').l('DOB', date(r, 'US', birth(r))).t('\nSSN (importer no.): ').l('NATIONAL_ID', ssn(r));
    d.t('\nAddress abroad: ');
    addr(d, address(r, sc), ', ').t('\nUS delivery address: ');
    addr(d, address(r, 'US'), ', ').t(`\nLift van ${container(r)}, ${r.int(40, 400)} items, used >1 year. Spouse: `).l('PERSON', local(r, 'US').g).t('\n');
  },
  // 36 ISF filing summary
  (d, r) => {
    const p = local(r, 'US');
    const sc = pk(r, ['CN', 'IN', 'TR', 'MX', 'KR', 'JP', 'IT'] as const);
    const indiv = r.chance(0.5);
    d.t(`ISF 10+2 SUMMARY  Transaction ${r.digits(12)}\nImporter of record: `);
    if (indiv) d.l('PERSON', p.full.toUpperCase()).t('  ID type: SSN  ID: ').l('NATIONAL_ID', ssn(r));
    else d.t(`${company(r).toUpperCase()}  ID type: EIN  ID: ${ein(r)}`);
    d.t('\nBuyer:\n');
    addr(d, address(r, 'US')).t(`\nSeller / Manufacturer: ${company(r)}\n`);
    addr(d, address(r, sc)).t(`\nCountry of origin: ${sc}  HTS ${hsCode(r)}\nContainer stuffing location: ${city(pk(r, PORTS))}  Consolidator: ${company(r)}\nContact: `).l('PERSON', nameForm(r, local(r, 'US'))).t(', ').l('PHONE', phone(r, 'US')).t('\n');
  },
  // 37 demurrage invoice (company, IBAN)
  (d, r) => {
    const cc = pk(r, ['NL', 'DE', 'FR', 'ES', 'IT', 'GB', 'PL', 'TR'] as const);
    d.t(`DEMURRAGE & DETENTION INVOICE ${letters(r, 2)}${r.digits(8)}\nInvoice date: ${date(r, cc, recent(r))}   Due: ${date(r, cc, recent(r))}\nContainer ${container(r)}  Free time ${r.int(3, 10)} days  Excess ${r.int(1, 30)} days @ ${money(r)}\n`);
    d.t(`Remit to: ${company(r)}, IBAN `).l('IBAN', iban(r, CC_IBAN[cc])).t(`, BIC ${bic(r)}\nQueries: `).l('EMAIL', roleEmail(r)).t('\n');
    if (r.chance(0.5)) d.t(`${trap(r)}\n`);
  },
  // 38 owner-operator carrier onboarding
  (d, r) => {
    const p = local(r, 'US');
    d.t(`CARRIER SETUP PACKET — Owner-operator\nMC# ${r.int(100000, 1400000)}  USDOT ${r.int(1000000, 3999999)}\nLegal name: `).self(p.full).t(' dba ').t(`${pk(r, ['Lone Star', 'Blue Ridge', 'Great Lakes', 'Red Rock'])} Hauling\nTax ID (SSN for sole proprietor): `).l('NATIONAL_ID', ssn(r));
    d.t('\nDOB: ').l('DOB', date(r, 'US', birth(r))).t('\nPhysical address: ');
    addr(d, address(r, 'US'), ', ').t('\nCell: ').l('PHONE', phone(r, 'US')).t('  Dispatch email: ').l('EMAIL', email(r, p)).t('\n');
    d.t(`Quick-pay card on file: `).l('CARD', card(r)).t(`\nBank: ${pk(r, ['Chase', 'Wells Fargo', 'Regions'])} ABA ${routing(r)}  acct ****${r.digits(4)}\n`);
  },
  // 39 e-signature audit trail
  (d, r) => {
    const cc = pk(r, CCS);
    const a = local(r, cc);
    const b = local(r, pk(r, CCS));
    d.t(`Audit trail — "${pk(r, ['Freight Services Agreement', 'Customs Bond Application', 'Warehouse SLA 2025'])}.pdf" (doc ${uuid(r)})\n`);
    for (const p of [a, b]) {
      d.t(`${stamp(r)}  Sent to `).l('PERSON', p.full).t(' (').l('EMAIL', email(r, p)).t(')\n');
      d.t(`${stamp(r)}  Viewed by `).l('EMAIL', email(r, p)).t(' from IP ').l('IP', ip(r)).t('\n');
      d.t(`${stamp(r)}  Signed by `).l('PERSON', p.full).t(' from IP ').l('IP', ip(r)).t('\n');
    }
    d.t(`Document hash (SHA-256): ${hex(r, 64)}\n`);
  },
  // 40 ELD header
  (d, r) => {
    const p = local(r, 'US');
    const co = local(r, pk(r, ['US', 'MX'] as const));
    d.t(`ELD RECORD OF DUTY STATUS  ${date(r, 'US', recent(r))}\nDriver: `).l('PERSON', `${p.s}, ${p.g}`).t(`   CDL ${letters(r, 1)}${r.digits(8)} (${pk(r, ['TX', 'CA', 'IL', 'GA'])})\nCo-driver: `).l('PERSON', co.full).t(`\nCarrier: ${company(r)}  USDOT ${r.int(1000000, 3999999)}\nTruck ${r.int(100, 999)}  Trailer ${letters(r, 1)}${r.digits(5)}  ELD ${pk(r, ['KeepTruckin', 'Samsara', 'Omnitracs'])} ${version(r)}\n`);
    d.t(`OFF ${hhmm(r)}  SB ${hhmm(r)}  D ${hhmm(r)}  ON ${hhmm(r)}  Miles ${r.int(80, 700)}\nShipping docs: ${blNo(r)}\n`);
  },
  // 41 driver background check
  (d, r) => {
    const p = local(r, 'US');
    d.t(`Background screening request — Driver applicant\nApplicant: `).l('PERSON', p.full).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('   DOB: ').l('DOB', date(r, 'US', birth(r))).t('\nCurrent address: ');
    addr(d, address(r, 'US'), ', ').t('\nPrevious address: ');
    addr(d, address(r, 'US'), ', ').t('\nPhone: ').l('PHONE', phone(r, 'US')).t('  Email: ').l('EMAIL', email(r, p)).t(`\nPackage: MVR + PSP + ${pk(r, ['DOT drug test', 'FMCSA clearinghouse'])}\nRequested by: `).l('PERSON', nameForm(r, local(r, 'US'))).t('\n');
  },
  // 42 customs fee card payment e-mail (own name)
  (d, r) => {
    const cc = pk(r, ['GB', 'DE', 'FR', 'AU', 'CA', 'JP', 'KR', 'SG'] as const);
    const p = local(r, cc);
    d.t(`From: `).self(p.full).t(' <').l('EMAIL', email(r, p)).t(`>\nTo: `).l('EMAIL', roleEmail(r)).t(`\nSubject: Paying import VAT for ${awbNo(r)}\n\nHi, the payment link keeps failing, so here are the card details: `);
    d.l('CARD', card(r)).t(`, expiry ${pad(r.int(1, 12))}/${r.int(26, 31)}, name on card `).l('PERSON', p.full.toUpperCase()).t(`.\n(The previous card ${badCard(r)} was a typo, sorry.)\nPlease deliver when paid. `).l('PERSON', p.g).t('\n');
  },
  // 43 lost parcel claim
  (d, r) => {
    const cc = pk(r, CCS);
    const p = local(r, cc);
    d.t(`LOST SHIPMENT CLAIM\nSender: `).self(p.full).t('\nSender address: ');
    addr(d, address(r, cc), ', ').t(`\nRecipient: `).l('PERSON', nameForm(r, local(r, pk(r, CCS)))).t(`\nService: ${pk(r, ['Express', 'Tracked & Signed', 'Economy'])}  Posted ${date(r, cc, recent(r))}  Last scan: ${city(pk(r, PORTS))} hub\nContents value: ${money(r)}\nRefund to IBAN `).l('IBAN', iban(r, CC_IBAN[cc])).t('\nContact phone: ').l('PHONE', phone(r, cc)).t('\n');
  },
  // 44 cross-border order export JSON
  (d, r) => {
    const cc = pk(r, CCS);
    const p = local(r, cc);
    d.t(`{\n  "order": "${orderNo(r)}",\n  "created": "${stamp(r)}",\n  "customer": {"name": "`).l('PERSON', p.full).t('", "email": "').l('EMAIL', email(r, p)).t('", "phone": "').l('PHONE', phone(r, cc)).t('"},\n  "ship_to": "');
    addr(d, address(r, cc), ', ').t('",\n  "checkout_ip": "').l('IP', ip(r)).t(`",\n  "ddp": ${r.chance(0.5)},\n  "hs": "${hsCode(r)}",\n  "fraud_score": ${(r.next() * 100).toFixed(1)}\n}\n`);
  },
  // 45 sanctions screening result
  (d, r) => {
    const cc = pk(r, ['AE', 'TR', 'CN', 'HK', 'IN', 'MX', 'BR', 'NG'] as const);
    const p = local(r, cc);
    d.t(`DENIED-PARTY SCREENING  Run ${uuid(r)}\nParty screened: `).l('PERSON', p.full).t(' (consignee, ').t(`${company(r)})\nAddress: `);
    addr(d, address(r, cc), ', ').t('\nPossible match: list entry "').l('PERSON', nameForm(r, person(r)).toUpperCase()).t(`" score ${r.int(60, 89)}%`);
    d.t('\nParty DOB (from passport copy): ').l('DOB', date(r, cc, birth(r))).t(`; list entry DOB differs.\nDecision: ${pk(r, ['CLEARED — false positive', 'HOLD — escalate to compliance'])} by `).l('PERSON', nameForm(r, person(r))).t('\n');
  },
  // 46 KYC for freight payment on account
  (d, r) => {
    const cc = pk(r, ['GB', 'DE', 'NL', 'FR', 'ES', 'IT', 'PL', 'SE'] as const);
    const p = local(r, cc);
    d.t(`Credit account application — sole trader\nFull name: `).self(p.full).t('\nDate of birth: ').l('DOB', date(r, cc, birth(r))).t('\nHome address:\n');
    addr(d, address(r, cc)).t('\nMobile: ').l('PHONE', phone(r, cc)).t('\nE-mail: ').l('EMAIL', email(r, p)).t('\nDirect debit IBAN: ').l('IBAN', iban(r, CC_IBAN[cc])).t(`\nTrading as: ${company(r)}  VAT ${cc}${r.digits(9)}\n`);
  },
  // 47 Japanese delivery slip
  (d, r) => {
    const s = pk(r, JP_SUR);
    const g = pk(r, JP_GIV);
    const sp = r.chance(0.5) ? ' ' : '';
    d.t(`ご不在連絡票\nお問い合わせ番号: ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}\nお届け先: `).l('PERSON', `${s}${sp}${g}`).t(` ${pk(r, ['様', '様方'])}\n`);
    addr(d, address(r, 'JP')).t(`\nご依頼主: ${pk(r, ['株式会社タクミ商事', 'アマゾンジャパン合同会社', 'ヤマダ電機'])}\n再配達のご依頼は `).l('PHONE', phone(r, 'JP')).t(` まで。担当ドライバー: `).l('PERSON', pk(r, JP_SUR)).t(pk(r, [' さん', '']) + '\n');
    d.t(`お届け予定日: ${date(r, 'JP', recent(r))} ${pk(r, ['午前中', '14時〜16時', '18時〜20時'])}\n`);
  },
  // 48 Chinese export waybill
  (d, r) => {
    const s = pk(r, CN_SUR) + pk(r, CN_GIV);
    const c = pk(r, CN_SUR) + pk(r, CN_GIV);
    d.t(`国际快递运单  运单号 ${r.digits(12)}\n寄件人: `).l('PERSON', s).t('  电话: ').l('PHONE', phone(r, 'CN')).t('\n寄件地址: ');
    addr(d, address(r, 'CN'), ', ').t('\n收件人: ').l('PERSON', c).t(' 先生/女士\n收件地址: ');
    const cc = pk(r, ['US', 'DE', 'GB', 'AU', 'SG'] as const);
    addr(d, address(r, cc), ', ').t(`\n收件人电话: `).l('PHONE', phone(r, cc)).t(`\n品名: ${goods(r)}  申报价值: ${money(r)}  HS编码 ${hsCode(r)}\n寄件日期: ${date(r, 'CN', recent(r))}\n`);
  },
  // 49 Korean delivery notice
  (d, r) => {
    const n = pk(r, KR_SUR) + pk(r, KR_GIV);
    d.t(`[배송 안내] `).l('PERSON', n).t(` 고객님, 주문하신 상품이 통관 보류 중입니다.\n운송장 번호: ${r.digits(12)}\n배송지: `);
    addr(d, address(r, 'KR'), ', ').t('\n개인통관고유부호 확인 필요 (P' + r.digits(12) + ').\n문의: ').l('PHONE', phone(r, 'KR')).t(` / 담당 `).l('PERSON', pk(r, KR_SUR) + pk(r, KR_GIV)).t(' 씨\n');
  },
  // 50 German delivery note
  (d, r) => {
    const p = local(r, 'DE');
    const q = local(r, 'DE');
    d.t(`Lieferschein Nr. LS-${r.digits(6)}   Datum: ${date(r, 'DE', recent(r))}\nEmpfänger:\n${pk(r, ['Herr', 'Frau'])} `).l('PERSON', p.full).t('\n');
    addr(d, address(r, 'DE')).t(`\n\nPos. 1  ${goods(r)}  ${r.int(1, 50)} Stk.\nAnlieferung über Tor ${r.int(1, 12)}, Avisierung bei `).l('PERSON', q.full).t(' unter ').l('PHONE', phone(r, 'DE')).t('.\n');
    d.t(`Zollstatus: Unionsware. ${r.chance(0.4) ? 'Hinweis: Lagerung nicht über 25 °C.' : trap(r)}\n`);
  },
  // 51 French avis de passage
  (d, r) => {
    const p = local(r, 'FR');
    d.t(`AVIS DE PASSAGE\nNous sommes passés le ${date(r, 'FR', recent(r))} à ${hhmm(r).replace(':', 'h')} pour vous remettre le colis n° ${letters(r, 2)}${r.digits(9)}FR.\nDestinataire : `).l('PERSON', pk(r, [p.full, `${p.s.toUpperCase()} ${p.g}`])).t('\n');
    addr(d, address(r, 'FR')).t(`\nVotre colis est disponible en bureau de poste à partir de demain 15h. Pour une nouvelle livraison, appelez le `).l('PHONE', phone(r, 'FR')).t('.\n');
  },
  // 52 Spanish / Mexican delivery notice
  (d, r) => {
    const cc = pk(r, ['ES', 'MX'] as const);
    const p = local(r, cc);
    d.t(`Aviso de entrega fallida — envío ${trackingNo(r)}\nEstimado/a `).l('PERSON', nameForm(r, p)).t(`:\nIntentamos entregar su paquete el ${date(r, cc, recent(r))} en:\n`);
    addr(d, address(r, cc)).t(`\nPuede recogerlo en nuestra oficina o reprogramar la entrega llamando al `).l('PHONE', phone(r, cc)).t(' o escribiendo a ').l('EMAIL', roleEmail(r)).t('.\n');
  },
  // 53 Dutch delivery message
  (d, r) => {
    const p = local(r, 'NL');
    d.t(`Beste `).l('PERSON', p.g).t(`,\n\nJe pakket ${letters(r, 2)}${r.digits(9)}NL is vandaag niet bezorgd. We hebben het afgegeven bij de buren:\n`);
    d.l('PERSON', local(r, 'NL').full).t(', ');
    addr(d, address(r, 'NL'), ', ').t(`\nVragen? Bel `).l('PHONE', phone(r, 'NL')).t(`.\nGroet, team bezorging\n`);
  },
  // 54 Brazilian import notice (CPF not labelled)
  (d, r) => {
    const p = local(r, 'BR');
    d.t(`Aviso de importação — Remessa Conforme\nDestinatário: `).l('PERSON', p.full).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nEndereço:\n`);
    addr(d, address(r, 'BR')).t(`\nTributos: ${money(r)} (II + ICMS)\nPague até ${date(r, 'BR', recent(r))}. Dúvidas: `).l('PHONE', phone(r, 'BR')).t(' ou ').l('EMAIL', roleEmail(r)).t('\n');
  },
  // 55 warehouse incident report
  (d, r) => {
    const cc = pk(r, ['US', 'GB', 'AU', 'CA', 'ZA', 'DE', 'PL'] as const);
    const w = local(r, cc);
    const sup = local(r, cc);
    d.t(`INCIDENT REPORT IR-${r.digits(5)}  Site: DC ${letters(r, 3)}  Date of incident: ${date(r, cc, recent(r))} ${hhmm(r)}\nInjured employee: `).l('PERSON', w.full).t('   Employee DOB: ').l('DOB', date(r, cc, birth(r))).t(`\nWhat happened: reach truck reversed into racking in aisle ${r.int(1, 40)}; `).l('PERSON', w.g).t(' struck on the shoulder.\n');
    d.t('Witness: ').l('PERSON', nameForm(r, local(r, cc))).t('\nSupervisor: ').l('PERSON', sup.full).t(', ').l('PHONE', phone(r, cc)).t(`\nFirst aid given: yes. ${r.chance(0.5) ? 'Lyme disease test not relevant.' : 'Equipment tagged out.'}\n`);
  },
  // 56 shift roster
  (d, r) => {
    const cc = pk(r, CCS);
    d.t(`SHIFT ROSTER  Week ${r.int(1, 52)}  ${pk(r, ['Inbound', 'Outbound', 'Returns', 'Cross-dock'])}\n`);
    const n = r.int(3, 5);
    for (let i = 0; i < n; i++) {
      const p = local(r, cc);
      d.t(`${pk(r, ['Mon-Fri', 'Tue-Sat', 'Sun-Thu'])} ${hhmm(r)}-${hhmm(r)}  `).l('PERSON', nameForm(r, p)).t('  ').l('PHONE', phone(r, cc)).t(`  ${pk(r, ['FLT', 'Picker', 'Loader', 'Checker', 'Team lead'])}\n`);
    }
    d.t(`Team Falcon covers mezzanine; ${pk(r, ['Project Nightingale pilot', 'Kronos clock-in', 'SAP EWM go-live'])} on Thursday.\n`);
  },
  // 57 ops channel chat (handles not labelled)
  (d, r) => {
    const a = person(r);
    const b = person(r);
    d.t(`#ops-${pk(r, ['ewr', 'rtm', 'sin', 'dxb'])}\n@${ascii(a.g)}.${pk(r, ['ops', 'dc', 'wh'])}: scanner ${r.int(1, 40)} dropped off wifi again, it was on `).l('IP', ipv4(r)).t('\n');
    d.t(`@${ascii(b.s)}${r.int(1, 9)}: `).l('PERSON', a.g).t(`, reboot it and pin it to `).l('IP', ipv4(r)).t(`; firmware ${version(r)} is known bad\n`);
    d.t(`@${ascii(a.g)}.ops: done. also `).l('PERSON', nameForm(r, person(r))).t(` from night shift says dock ${r.int(1, 30)} door sensor is stuck\n`);
  },
  // 58 scanner network config
  (d, r) => {
    d.t(`# handheld fleet config ${pk(r, ['DC-EWR5', 'DC-RTM2', 'DC-SIN1'])}\n[network]\ngateway = `).l('IP', ipv4(r)).t('\ndns = ').l('IP', ipv4(r)).t(', ').l('IP', r.chance(0.5) ? ipv6(r) : ipv4(r)).t(`\nwms_endpoint = https://wms.internal:${r.int(8000, 9443)}/api\nsyslog = `).l('IP', ipv4(r)).t(`:514\n[device]\nmac = ${Array.from({ length: 6 }, () => hex(r, 2)).join(':')}\nfirmware = ${version(r)}\nowner = `).l('EMAIL', roleEmail(r)).t('\n');
  },
  // 59 invoice dispute (card + IBAN)
  (d, r) => {
    const cc = pk(r, ['GB', 'DE', 'FR', 'NL', 'ES', 'IT', 'SE', 'PL'] as const);
    const p = local(r, cc);
    d.t(`Subject: Charged twice for ${awbNo(r)}\n\nHello billing,\n\nI was charged ${money(r)} twice on my card `).l('CARD', card(r)).t(`. Please refund one of the charges to the card or to my account `).l('IBAN', iban(r, CC_IBAN[cc])).t('.\n\nThank you,\n').self(p.full).t('\n').l('PHONE', phone(r, cc)).t('\n');
  },
  // 60 Italian DDT
  (d, r) => {
    const p = local(r, 'IT');
    d.t(`DOCUMENTO DI TRASPORTO (DDT) n. ${r.int(1, 999)}/${r.int(2023, 2025)} del ${date(r, 'IT', recent(r))}\nDestinatario: `).l('PERSON', pk(r, [p.full, `${p.s.toUpperCase()} ${p.g.toUpperCase()}`])).t('\nLuogo di destinazione:\n');
    addr(d, address(r, 'IT')).t(`\nCausale: vendita   Colli ${r.int(1, 30)}   Peso ${kg(r)}\nVettore: ${company(r)} — autista `).l('PERSON', nameForm(r, local(r, 'IT'))).t(', cell. ').l('PHONE', phone(r, 'IT')).t('\n');
  },
  // 61 CMR consignment note
  (d, r) => {
    const sc = pk(r, ['PL', 'DE', 'NL', 'IT', 'TR', 'FR'] as const);
    const cc = pk(r, ['PL', 'DE', 'NL', 'IT', 'ES', 'SE', 'GB'] as const);
    const drv = local(r, sc);
    d.t(`CMR  No. ${r.digits(7)}\n1 Sender: ${company(r)}\n`);
    addr(d, address(r, sc)).t(`\n2 Consignee: ${company(r)}\n`);
    addr(d, address(r, cc)).t(`\n3 Place of delivery: ${pk(r, ['warehouse gate 4', 'ramp 12', 'cross-dock hall B'])}\n16 Carrier: ${company(r)}, driver `).l('PERSON', drv.full.toUpperCase()).t(`, tel. `).l('PHONE', phone(r, sc)).t(`\n   Truck ${letters(r, 2)} ${r.digits(5)} / trailer ${letters(r, 2)} ${r.digits(4)}${letters(r, 1)}\n23 Goods received: `).l('PERSON', nameForm(r, local(r, cc))).t(`, ${date(r, cc, recent(r))}\n`);
  },
  // 62 customs broker onboarding e-mail asking for SSN (US importer, own name)
  (d, r) => {
    const p = local(r, 'US');
    const b = local(r, 'US');
    d.t('From: ').l('EMAIL', email(r, b, pk(r, BIZMAIL))).t('\nTo: ').l('EMAIL', email(r, p)).t(`\nSubject: RE: first import — what we need\n\nHi `).l('PERSON', p.g).t(`,\n\nsince you are importing as an individual, CBP needs your SSN (or you can apply for a CBP-assigned number). `);
    d.t(`Please don't e-mail the full number — call me instead.\n\n> On ${date(r, 'US', recent(r))}, `).self(p.full).t(' wrote:\n> my SSN is ').l('NATIONAL_ID', ssn(r)).t(` and date of birth `).l('DOB', date(r, 'US', birth(r))).t(', address ');
    addr(d, address(r, 'US'), ', ').t('\n');
    sig(d, r, b, 'US');
  },
  // 63 hyphen-/line-broken values (unlabelled) plus labelled ones
  (d, r) => {
    const cc = pk(r, ['GB', 'US', 'DE', 'AU'] as const);
    const p = local(r, cc);
    const ph = phone(r, cc);
    const cut = ph.lastIndexOf(' ') > 0 ? ph.lastIndexOf(' ') : Math.floor(ph.length / 2);
    d.t(`Driver notes (OCR from handwritten manifest, page ${r.int(2, 9)}):\n  consignee `).l('PERSON', nameForm(r, p)).t(`, ph ${ph.slice(0, cut)}\n  ${ph.slice(cut).trim()} (line wrapped)\n  deliver to `);
    addr(d, address(r, cc), ', ').t(`\n  alt contact: `).l('PHONE', phone(r, cc)).t(`  packages: ${r.int(1, 9)}\n`);
  },
  // 64 storage / re-delivery fee payment form
  (d, r) => {
    const cc = pk(r, ['US', 'GB', 'CA', 'AU', 'DE', 'FR', 'NL', 'SG', 'AE'] as const);
    const p = local(r, cc);
    d.t(`PAYMENT FORM — storage charges, warehouse receipt ${letters(r, 2)}${r.digits(6)}\nCardholder: `).l('PERSON', pk(r, [p.full, p.full.toUpperCase()])).t('\nCard number: ').l('CARD', card(r));
    d.t(`\nExpiry: ${pad(r.int(1, 12))}/${r.int(26, 32)}   Amount: ${money(r)}\nBilling address: `);
    addr(d, address(r, cc), ', ').t(`\nSubmitted from `).l('IP', ip(r)).t(` at ${stamp(r)}\n`);
    if (r.chance(0.5)) d.t(`Previous attempt with ${badCard(r)} declined (invalid number).\n`);
  },
  // 65 COD terminal log on a delivery route
  (d, r) => {
    const cc = pk(r, ['US', 'MX', 'IN', 'AE', 'TR', 'BR', 'PL', 'ZA'] as const);
    const drv = local(r, cc);
    d.t(`COD SETTLEMENT  Route ${r.int(100, 999)}  Driver `).l('PERSON', nameForm(r, drv)).t(`  Terminal ${letters(r, 2)}${r.digits(6)}\n`);
    for (let i = 0; i < r.int(2, 3); i++) {
      d.t(`${hhmm(r)}  ${trackingNo(r)}  ${money(r)}  `);
      if (r.chance(0.6)) d.t('CARD ').l('CARD', card(r)).t(` auth ${r.digits(6)}\n`);
      else d.t(`CASH  (card ${maskedCard(r)} declined)\n`);
    }
    d.t(`Totals reconciled ${date(r, cc, recent(r))}.\n`);
  },
  // 66 W-9 style form for a freight agent
  (d, r) => {
    const p = local(r, 'US');
    d.t(`Request for Taxpayer Identification (agent commission setup)\n1 Name: `).self(p.full).t(`\n2 Business name: ${pk(r, ['', 'Gulf Coast Freight Agency', 'Tri-State Load Brokers'])}\n3 Classification: individual/sole proprietor\n5 Address: `);
    addr(d, address(r, 'US'), ', ').t('\nPart I  Social security number: ').l('NATIONAL_ID', ssn(r)).t(`   (or EIN: ${pk(r, ['—', ein(r)])})\nSigned ${date(r, 'US', recent(r))}\n`);
  },
  // 67 SEPA refund for returned goods (own name)
  (d, r) => {
    const cc = pk(r, ['DE', 'FR', 'NL', 'ES', 'IT', 'PL', 'SE', 'GB'] as const);
    const p = local(r, cc);
    d.t(`Subject: Refund for return ${orderNo(r)}\n\nHello, the parcel came back to your warehouse on ${date(r, cc, recent(r))} (tracking ${trackingNo(r)}). Please refund ${money(r)} by bank transfer:\nAccount holder: `).self(p.full).t('\nIBAN: ').l('IBAN', iban(r, CC_IBAN[cc]));
    d.t(`\nBIC: ${bic(r)}\n\nYou can reach me at `).l('EMAIL', email(r, p)).t('.\n');
  },
  // 68 chargeback notice (parcel not received)
  (d, r) => {
    const cc = pk(r, ['US', 'GB', 'CA', 'AU', 'DE', 'JP'] as const);
    const p = local(r, cc);
    d.t(`CHARGEBACK NOTIFICATION  Case ${r.digits(10)}  Reason 13.1 (merchandise not received)\nCardholder: `).l('PERSON', p.full.toUpperCase()).t('\nPAN: ').l('CARD', card(r)).t(`\nTransaction ${date(r, cc, recent(r))}  ${money(r)}  Order ${orderNo(r)}\nOrder IP: `).l('IP', ip(r)).t(`\nCarrier evidence: ${trackingNo(r)} delivered, signed "`).l('PERSON', p.s.toUpperCase()).t(`"\nRespond by ${date(r, cc, recent(r))}.\n`);
  },
  // 69 relocation intake (EU → US move)
  (d, r) => {
    const sc = pk(r, ['DE', 'NL', 'FR', 'GB', 'SE', 'IT', 'ES'] as const);
    const p = local(r, sc);
    d.t(`International move — client intake\nTransferee: `).l('PERSON', p.full).t('  Date of birth: ').l('DOB', date(r, sc, birth(r))).t('\nUS SSN (for customs entry): ').l('NATIONAL_ID', ssn(r)).t('\nOrigin residence:\n');
    addr(d, address(r, sc)).t(`\nSurvey ${date(r, sc, recent(r))}, ${r.int(20, 60)} m³, ${pk(r, ["20'", "40'HC", 'LCL'])}\nDeposit refund IBAN: `).l('IBAN', iban(r, CC_IBAN[sc])).t('\n');
  },
];

/** Hard negatives: logistics documents with no personal data, full of look-alikes. */
const NEG: Tpl[] = [
  // rate quote
  (d, r) => {
    d.t(`RATE QUOTE Q-${r.digits(6)}  valid until ${date(r, 'GB', recent(r))}\nLane: ${pk(r, PORTS)} → ${pk(r, PORTS)}\n`);
    for (const eq of ["20'DV", "40'HC", "40'RF"]) d.t(`${eq.padEnd(7)} ocean ${money(r)}  BAF ${money(r)}  THC ${money(r)}\n`);
    d.t(`Transit ${r.int(18, 45)} days via ${pk(r, PORTS)}. Subject to GRI on ${date(r, 'US', recent(r))}. ${trap(r)}\n`);
  },
  // tariff classification ruling
  (d, r) => {
    d.t(`CLASSIFICATION RULING N${r.digits(6)}\nTariff: ${hsCode(r)} — ${goods(r)}\nThe merchandise is not subject to the Jones Act; Section 301 duties of ${r.int(7, 25)}% apply. The Sarbanes-Oxley and Dodd-Frank references in the request are not relevant.\n`);
    d.t(`Ruling date ${date(r, 'US', recent(r))}; effective ${date(r, 'US', recent(r))}. Entry ${r.digits(3)}-${r.digits(7)}-${r.digits(1)}. ${trap(r)}\n`);
  },
  // vessel schedule
  (d, r) => {
    d.t('VESSEL SCHEDULE (all times local)\nVessel                       Voy    ETA                 ETD\n');
    for (let i = 0; i < r.int(3, 5); i++) d.t(`${pk(r, SHIPS).padEnd(28)} ${r.digits(3)}${letters(r, 1)}   ${stamp(r)}  ${stamp(r)}\n`);
    d.t(`Note: ${pk(r, ['Hurricane Milton', 'Typhoon Haikui', 'Cyclone Freddy', 'Storm Isha'])} may delay the rotation. Berth window at ${pk(r, ['Port Elizabeth', 'Port Louis', 'St. Petersburg', 'Victoria Harbour', 'San Jose'])} confirmed.\n`);
  },
  // sensor export
  (d, r) => {
    d.t('device_id,ts,temp_c,humidity,door,fw\n');
    for (let i = 0; i < r.int(4, 8); i++) d.t(`${hex(r, 12)},${stamp(r)},${(r.next() * 30 - 20).toFixed(2)},${r.int(20, 95)},${pk(r, ['open', 'closed'])},${version(r)}\n`);
    d.t(`# export ${uuid(r)} sha1 ${hex(r, 40)}\n`);
  },
  // KPI report
  (d, r) => {
    d.t(`WEEKLY DC KPI — ${pk(r, ['Team Falcon', 'Team Orion', 'Blue Shift', 'Night Owls'])}\nOn-time dispatch ${r.int(85, 99)}.${r.digits(1)}%  Pick accuracy ${r.int(97, 99)}.${r.digits(2)}%  Dock-to-stock ${r.int(2, 30)} h\n`);
    d.t(`Top SKUs: ${letters(r, 3)}-${r.digits(5)} (${pk(r, ['Adidas Originals', 'Tommy Hilfiger denim', 'Hewlett-Packard toner', 'Mrs. Fields cookie tins'])}), ${letters(r, 3)}-${r.digits(5)} (${pk(r, ['Ford Transit parts', 'Mercedes-Benz filters', 'Harley-Davidson apparel'])})\n`);
    d.t(`Blue Yonder WMS upgrade to ${version(r)} scheduled ${date(r, 'DE', recent(r))}. ${trap(r)}\n`);
  },
  // remittance advice (company only)
  (d, r) => {
    d.t(`REMITTANCE ADVICE  Payment run ${r.digits(8)}\nPayer: ${company(r)}  EIN ${ein(r)}\nPayee: ${company(r)}\nRouting ${routing(r)}  Account ****${r.digits(4)}\n`);
    for (let i = 0; i < r.int(2, 4); i++) d.t(`  INV-${r.digits(6)}  ${date(r, 'US', recent(r))}  ${money(r)}\n`);
    d.t(`Rejected beneficiary account ${badIban(r)} (check digits). Card-like ref ${badCard(r)} is a PO number.\n`);
  },
  // tracking history
  (d, r) => {
    d.t(`Shipment ${trackingNo(r)} — history\n`);
    for (let i = 0; i < r.int(4, 7); i++) d.t(`${stamp(r)}  ${pk(r, ['Picked up', 'Departed facility', 'Arrived at hub', 'Customs clearance', 'Held: awaiting duty', 'Out for delivery'])}  ${pk(r, ['LEIPZIG - DE', 'CINCINNATI HUB - US', 'EAST MIDLANDS - GB', 'HONG KONG - HK', 'DUBAI - AE', 'JACKSON, MS - US', 'LINCOLN, NE - US'])}\n`);
    d.t(`Estimated delivery ${date(r, 'US', recent(r))}. ${trap(r)}\n`);
  },
  // WMS release notes
  (d, r) => {
    d.t(`Release ${version(r)} — WMS\n- Fixed label printing for Zebra ZT${r.int(200, 600)} (firmware ${version(r)})\n- Test card ${badCard(r)} and masked display ${maskedCard(r)} in checkout sandbox\n- Default dev gateway is now documented in the wiki, not here\n- SSNs are shown as ${maskedSsn(r)} in reports\n`);
    d.t(`Commit ${hex(r, 40)}; migration ${r.int(2023, 2025)}${r.digits(10)}_add_dock_slots.\n`);
  },
  // customs FAQ
  (d, r) => {
    d.t(`FAQ: Why is my parcel held at customs?\nParcels over ${money(r)} need a commercial invoice. Items such as ${pk(r, ['Dr. Martens boots', 'Johnnie Walker whisky', 'Louis Vuitton bags', 'Ben & Jerry\'s merchandise'])} may need a brand-owner authorisation. `);
    d.t(`Duty is calculated on CIF value. EORI numbers look like ${pk(r, ['GB123456789000', 'DE1234567'])}. We will never ask for your full card number by e-mail. ${trap(r)}\n`);
  },
  // container survey report
  (d, r) => {
    d.t(`CONTAINER SURVEY  ${container(r)}  Seal ${seal(r)} intact: ${pk(r, ['YES', 'NO'])}\nFindings: ${r.int(1, 5)} dents on left side panel, floor wet near door end, ${pk(r, ['no odour', 'mould on cartons', 'pallets collapsed'])}.\n`);
    d.t(`Surveyed at ${pk(r, ['Charles de Gaulle', 'Indira Gandhi International', 'George Bush Intercontinental', 'Lester B. Pearson'])} cargo area on ${date(r, 'FR', recent(r))}. Lloyd's agent notified. ${trap(r)}\n`);
  },
];

/** Generates the corpus: whole documents until at least `minInstances` labels exist. */
export function generateIndependent37Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent37Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT37_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT37_MIN_INSTANCES;
  const out: Independent37Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    (r.chance(0.1) ? pk(r, NEG) : pk(r, POS))(d, r);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
