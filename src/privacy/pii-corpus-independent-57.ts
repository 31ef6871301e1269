/**
 * @module privacy/pii-corpus-independent-57 — blind labelled PII split #57: home services and trades
 * marketplaces (plumbers, electricians, cleaners, movers, handymen).
 *
 * WRITTEN BLIND. While writing it the author read only: the `Rng` class at the top of
 * `pii-corpus-values.ts` (the first screenful of that file, which also showed the start of its name-pool
 * constant; none of those names were deliberately reused), `pii-corpus-checks.ts`, the `PiiType` union in
 * `pii/types.ts`, the first 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`),
 * `test/support/pii-blind-checks.ts`, `tsconfig.json`, `package.json` and the lint config (`eslint.config.*`). The author did NOT read the
 * detector, its tests, the evaluation scripts, docs, benchmarks, other corpus splits or the git history, and
 * never ran the detector on this text. Every name, address, template and value was invented here.
 *
 * Seeds: 570001, 570002, 570003 (see {@link INDEPENDENT57_SEEDS}). Each seed yields whole documents until at
 * least `minInstances` labels (default 2,400) exist, stopping right after the document that reaches it.
 *
 * Contents: 83 document templates (73 labelled, 10 hard-negative) from a trades marketplace — quote requests, booking confirmations,
 * job sheets and work orders, technician dispatch logs, invoices and payouts to tradespeople, contractor
 * tax and bank forms, customer reviews and disputes, chats with a booking assistant, SMS threads between
 * customers and workers, call transcripts, CSV/JSON exports, and several locales (en-US/GB/AU/CA/IE/IN/ZA/NZ,
 * de, fr, es, it, nl, pt-BR, pl, sv, ja, ko). About one document in ten is a pure hard negative (no PII,
 * but people-named brands, places, diseases and laws, job/order/tracking numbers, hashes, versions, EINs,
 * routing numbers, Luhn-invalid card-like numbers, checksum-invalid IBANs, non-birth dates). Such
 * distractors are sprinkled through the labelled documents too.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets and
 *   buildings named after people, eponymous diseases/laws/awards and @handles are not labelled; a name
 *   inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address; multi-line addresses from the first street/building/PO-box
 *   line to the last postcode/city/country line; the recipient name is a separate PERSON; company lines,
 *   city-only mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

/** The seeds this split is evaluated on. */
export const INDEPENDENT57_SEEDS = [570001, 570002, 570003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT57_MIN_INSTANCES = 2400;

/** A label carrying the exact text of its span. */
export type Independent57Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent57Entry = PiiCorpusEntry & { readonly labels: readonly Independent57Label[] };

/** Builds a document, recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent57Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad span ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
  entry(): Independent57Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

// ---------------------------------------------------------------------------------------------------
// Name pools: [given names, family names, family-name-first culture?]. Comma separated.
// ---------------------------------------------------------------------------------------------------
const CULTURE_SRC: ReadonlyArray<readonly [string, string, boolean]> = [
  [
    'Rose, Hope, Will, Bill, Grant, May, Guy, Faith, Dawn, Mark, Frank, Sandy, Penny, Summer, Hunter, Chase, Wade, Drew, Ray, Ivy, Brandi, Tanner, Kaylee, Dustin, Shelby, Travis',
    'Mason, Carpenter, Baker, Plummer, Sawyer, Turner, Fuller, Cooper, Slater, Gardner, Little, Young, Rich, Bright, Stone, Moody, Frost, Winter, Best, Love, Sweet, Sharp, Banks, Bishop, Major, Cash, Whitlock, Pruitt, Hargrove, Dunaway',
    false,
  ],
  [
    'Alfie, Poppy, Harriet, Rhys, Imogen, Callum, Jago, Tamsin, Barnaby, Gemma, Nigel, Beverley, Dean',
    'Thatcher, Glazier, Ashworth, Pickering, Braithwaite, Cartwright, Whitehead, Entwistle, Ramsbottom, Featherstone, Hollins, Catterall, Wainwright',
    false,
  ],
  [
    'Niamh, Ciarán, Aoife, Oisín, Róisín, Pádraig, Clodagh, Donal, Gráinne, Tadhg, Eimear, Cathal',
    "Ó Súilleabháin, McGuinness, Fitzpatrick, Kavanagh, O'Dwyer, Brennan, Mac Giolla Bhríde, Toomey, Hegarty, Ní Bhriain, Lenihan, Scanlon",
    false,
  ],
  [
    'Ailsa, Fraser, Morag, Hamish, Isla, Euan, Kirsty, Lachlan, Shona, Alasdair, Catriona, Ruaridh',
    'MacKinnon, Drummond, Urquhart, Galbraith, MacAulay, Sinclair, Menzies, Lamont, Buchanan, Carmichael, Dalgleish, Rennie',
    false,
  ],
  [
    'Jürgen, Anke, Till, Wiebke, Malte, Heike, Sönke, Birgit, Dieter, Frauke, Lennart, Ute, Kai',
    'Schäfer, Böhm, Zimmer, Krüger, Hoffmann, Neumeier, Vogt, Pfeiffer, Brandstätter, Lehmann, Kühn, Wagner-Ost, Fuchs',
    false,
  ],
  [
    'Benoît, Solène, Gaëlle, Théo, Aurélien, Margaux, Hervé, Léonie, Jean-Baptiste, Maëlys, Yannick, Océane',
    'Lefèvre, Garnier, Rousseau, Chevalier, Lemaire, Fontaine, Marchand, Dupuis, Carpentier, Boulanger, Masson, Girard',
    false,
  ],
  [
    'Iñigo, Nuria, Begoña, Xavi, Montserrat, Rocío, Íker, Amparo, Jordi, Inmaculada, Gonzalo, Maite',
    'de la Fuente, Echeverría, Gallego, Iglesias, Zubizarreta, Quintana, Carrasco, Ferrer, Bermúdez, Ortega, Villanueva, Arrieta',
    false,
  ],
  [
    'Guadalupe, Itzel, Ximena, Juan Pablo, Araceli, Rigoberto, Yesenia, Alondra, Efraín, Maricela, Ulises, Nayeli, Eréndira',
    'Zavala, Olvera, Trejo, Becerra, Salgado, Villaseñor, Ochoa, Galindo, Arreola, Cervantes, Padilla, Mondragón',
    false,
  ],
  [
    'João Vitor, Thiago, Luana, Gabriela, Rodrigo, Letícia, Caio, Fernanda, Wellington, Jussara, Raimundo, Daiane',
    'Souza, Albuquerque, Cavalcanti, Nascimento, Medeiros, Rocha, Figueiredo, Teixeira, Magalhães, Barbosa, dos Santos, Lacerda',
    false,
  ],
  [
    'Gianluca, Federica, Matteo, Ilaria, Alessio, Benedetta, Raffaele, Loredana, Salvatore, Ornella, Simona, Pierpaolo',
    'Esposito, Ferraro, Colombo, Marchetti, Barone, Santoro, De Luca, Caruso, Vitale, Gallo, Rinaldi, Lombardo',
    false,
  ],
  [
    'Sanne, Joost, Femke, Bram, Maartje, Thijs, Anouk, Wouter, Lotte, Gert-Jan, Marloes, Sjoerd',
    'van den Berg, de Vries, Bakker, Visser, Jansen, van Dijk, Smit, Meijer, de Groot, Mulder, Hendriks, van Leeuwen',
    false,
  ],
  [
    'Grzegorz, Małgorzata, Krzysztof, Agnieszka, Wojciech, Katarzyna, Przemysław, Jadwiga, Łukasz, Bożena, Mirosław, Ewelina',
    'Wiśniewski, Wróblewska, Lewandowski, Kamińska, Zieliński, Szymańska, Woźniak, Dąbrowski, Kozłowska, Jabłoński, Mazur, Krawczyk',
    false,
  ],
  [
    'Sigrid, Magnus, Astrid, Leif, Solveig, Torbjørn, Freja, Anders, Ragnhild, Per, Kerstin, Håkon',
    'Johansson, Bjørnstad, Lundqvist, Nyström, Haugland, Dahl, Eriksson, Holmberg, Sundberg, Virtanen, Korhonen, Mäkinen',
    false,
  ],
  [
    'Dimitrios, Eleni, Giorgos, Katerina, Nikos, Vasiliki, Panagiotis, Despina, Stavros, Athina, Kostas, Eirini',
    'Papadopoulos, Georgiou, Konstantinidis, Nikolaou, Vlachos, Karagiannis, Oikonomou, Makris, Christodoulou, Antoniou, Pappas, Zervas',
    false,
  ],
  [
    'Mehmet, Ayşe, Burak, Elif, Oğuz, Zeynep, Serkan, Gülşen, Cem, Derya, Hakan, Selin',
    'Öztürk, Demir, Çelik, Şahin, Aydın, Arslan, Doğan, Kılıç, Koç, Kurt, Özdemir, Erdem',
    false,
  ],
  [
    'Said, Layla, Yousef, Mariam, Karim, Huda, Tariq, Rania, Bilal, Salma, Khalid, Noura',
    'Al-Mansouri, El-Amin, Khoury, Nasser, Al-Farsi, Mansour, Saleh, Barakat, Hamdan, Qasim, Abboud, Darwish',
    false,
  ],
  [
    'Dariush, Shirin, Kourosh, Parisa, Arash, Golnaz, Babak, Mahsa, Siavash, Niloufar, Reza, Fereshteh',
    'Tehrani, Farahani, Rostami, Jafari, Moradi, Hosseini, Karimi, Sadeghi, Ebrahimi, Ghorbani, Rahimi, Bagheri',
    false,
  ],
  [
    'Ananya, Vikram, Sneha, Arjun, Kavya, Siddharth, Deepika, Pranav, Lakshmi, Ishaan, Meenakshi, Harpreet',
    'Iyer, Reddy, Deshpande, Bhattacharya, Chaudhary, Menon, Nair, Agarwal, Malhotra, Sandhu, Gill, Venkataraman',
    false,
  ],
  [
    'Xiaoming, Yufei, Haoran, Jingyi, Zihan, Mingyu, Lihua, Jiayi, Zhiqiang, Xinyi, Bo, Lan',
    'Wang, Li, Zhou, Xu, Sun, Zhao, Huang, Lin, Guo, He, Luo, Liang',
    true,
  ],
  [
    'Haruto, Sakura, Ren, Aoi, Daichi, Misaki, Sota, Yui, Kaito, Natsuki, Shun, Emi',
    'Sato, Suzuki, Watanabe, Ito, Kobayashi, Kato, Yoshida, Matsumoto, Inoue, Kimura, Hayashi, Shimizu',
    true,
  ],
  [
    'Minjun, Seoyeon, Jiho, Haeun, Doyoon, Soyeon, Jiwoo, Yerin, Taeyang, Eunji, Sungmin, Dahye',
    'Lee, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin, Seo, Kwon',
    true,
  ],
  [
    'Minh, Linh, Huy, Thao, Duc, Lan Anh, Khoa, Ngoc, Phuong, Trung, Hoa, Bao',
    'Pham, Hoang, Vu, Dang, Bui, Do, Ngo, Duong, Ly, Truong, Phan, Vo',
    true,
  ],
  [
    'Maricel, Jomar, Rowena, Jericho, Lourdes, Bong, Precious, Arnel, Joy, Rommel, Divina, Carlo',
    'dela Cruz, Bautista, Macaraeg, Dimaculangan, Manalo, Pangilinan, Soriano, Tolentino, Lacson, Dizon, Gatchalian, Sarmiento',
    false,
  ],
  [
    'Chiamaka, Obinna, Funmilayo, Tunde, Adaeze, Chukwuemeka, Yetunde, Ikenna, Folake, Babatunde, Nkechi, Gbenga',
    'Adebayo, Okonkwo, Nwosu, Olatunji, Chukwu, Afolabi, Okeke, Ogunleye, Uzoma, Bello, Onyekachi, Adewale',
    false,
  ],
  [
    'Wambui, Otieno, Achieng, Kipchoge, Njeri, Akinyi, Baraka, Zawadi, Juma, Imani, Wairimu, Mwende',
    'Kamau, Odhiambo, Wanjiku, Kiprotich, Mutua, Njoroge, Ochieng, Wekesa, Chege, Korir, Nyambura, Onyango',
    false,
  ],
  [
    'Ama, Kwabena, Akosua, Yaw, Abena, Kojo, Adwoa, Kwesi, Afia, Fiifi, Esi, Yaa',
    'Asante, Boateng, Owusu, Agyeman, Ofori, Darko, Appiah, Amoah, Acheampong, Frimpong, Quaye, Tetteh',
    false,
  ],
  [
    'Dmitri, Oksana, Yaroslav, Anastasia, Bohdan, Lyudmila, Igor, Tetiana, Vadim, Olena, Artem, Galina',
    'Kuznetsov, Shevchenko, Bondarenko, Sokolova, Melnyk, Volkov, Kovalenko, Morozova, Tkachenko, Lebedev, Popova, Hrytsenko',
    false,
  ],
  [
    'Noa, Itai, Yael, Avi, Shira, Eitan, Liat, Oren, Michal, Doron, Hadas, Gilad, Ronit',
    'Friedman, Ben-David, Katz, Mizrahi, Peretz, Shapiro, Levi, Avraham, Goldberg, Dahan, Azoulay, Rosenthal',
    false,
  ],
  [
    'Zsófia, Bence, Réka, Levente, Eszter, Gergely, Dóra, Balázs, Katalin, Csaba, Ildikó, Zoltán',
    'Nagy, Tóth, Kovács, Varga, Molnár, Farkas, Balogh, Papp, Lakatos, Takács, Juhász, Mészáros',
    true,
  ],
  [
    'Keoni, Mahina, Kainoa, Noelani, Makoa, Kiele, Ikaika, Malia, Kekoa, Pualani, Nalu, Kawika',
    'Kahananui, Akana, Kealoha, Kamakau, Nakoa, Kalani, Palakiko, Kaleikini, Mahoe, Kanahele, Keawe, Apo',
    false,
  ],
  [
    'Delroy, Shanice, Tevin, Marcia, Courtney, Kerry-Ann, Leroy, Shantel, Fitzroy, Odessa, Winston, Yanique',
    'Campbell, Ferguson, Grant, McKenzie, Bailey, Francis, Reid, Gayle, Clarke, Powell, Walters, Spence',
    false,
  ],
];

interface Culture {
  readonly given: readonly string[];
  readonly family: readonly string[];
  readonly familyFirst: boolean;
}
const CULTURES: readonly Culture[] = CULTURE_SRC.map(([g, f, ff]) => ({
  given: g.split(',').map((s) => s.trim()),
  family: f.split(',').map((s) => s.trim()),
  familyFirst: ff,
}));

/** Japanese and Korean names in native script, [family, given]. */
const JA_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['佐藤', '健太'], ['鈴木', '美咲'], ['高橋', '大輔'], ['田中', '陽子'], ['伊藤', '翔'], ['渡辺', '由美'],
  ['山本', '拓也'], ['中村', '真由'], ['小林', '誠'], ['加藤', '千尋'], ['吉田', '悠斗'], ['松本', '彩'],
];
const KO_NAMES: readonly string[] = ['김민준', '이서연', '박지호', '최예린', '정도윤', '강하은', '윤성민', '장다혜', '임태양', '한은지'];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly familyFirst: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Country data
// ---------------------------------------------------------------------------------------------------
const CCS = ['US', 'US', 'US', 'GB', 'GB', 'CA', 'AU', 'IE', 'NZ', 'ZA', 'IN', 'DE', 'AT', 'CH', 'FR', 'BE', 'ES', 'MX', 'IT', 'NL', 'BR', 'PT', 'PL', 'SE', 'JP', 'KR'] as const;
type Cc = (typeof CCS)[number];

const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};

const IBAN_SHAPES: Readonly<Record<string, string>> = {
  DE: '##################', GB: 'AAAA##############', FR: '#######################', ES: '####################',
  IT: 'A######################', NL: 'AAAA##########', BE: '############', CH: '#################', AT: '################',
  PL: '########################', PT: '#####################', IE: 'AAAA##############', SE: '####################',
  NO: '###########', DK: '##############', FI: '##############', LU: '################', GR: '#######################',
  CZ: '####################', HU: '########################', RO: 'AAAA################', HR: '#################',
  BR: '#######################A#', TR: '######################', SA: '####################', AE: '###################',
  LT: '################', EE: '################', SI: '###############', MT: 'AAAA#######################',
};
const IBAN_CCS = Object.keys(IBAN_SHAPES);
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const US_CITIES: ReadonlyArray<readonly [string, string, string]> = [
  ['Tucson', 'AZ', '857'], ['Boise', 'ID', '837'], ['Raleigh', 'NC', '276'], ['Columbus', 'OH', '432'], ['Spokane', 'WA', '992'],
  ['Omaha', 'NE', '681'], ['Tulsa', 'OK', '741'], ['Madison', 'WI', '537'], ['Savannah', 'GA', '314'], ['Albany', 'NY', '122'],
  ['Austin', 'TX', '787'], ['Pasadena', 'CA', '911'], ['Portland', 'OR', '972'], ['Denver', 'CO', '802'], ['Richmond', 'VA', '232'],
  ['Burlington', 'VT', '054'], ['Lancaster', 'PA', '176'], ['Chattanooga', 'TN', '374'], ['Des Moines', 'IA', '503'], ['Lincoln', 'NE', '685'],
];
const US_STREETS = ['Maple', 'Oak Ridge', 'Cedar Hollow', 'Willow Bend', 'Sycamore', 'Juniper', 'Magnolia', 'Pinecrest', 'Birchwood', 'Elm', 'Harbor View', 'Lakeshore', 'Cottonwood', 'Mesquite', 'Aspen Glen', 'Washington', 'Martin Luther King Jr', 'Jefferson', 'Old Mill', 'Quail Run'];
const US_SUFFIX = ['St', 'Ave', 'Dr', 'Ln', 'Rd', 'Ct', 'Blvd', 'Way', 'Pl', 'Terrace', 'Circle', 'Street', 'Avenue', 'Drive'];
const UK_STREETS = ['Kingsley Road', 'Alder Close', 'Mill Lane', 'Victoria Terrace', 'Cromwell Street', 'Beech Grove', 'Station Approach', 'Highfield Avenue', 'Orchard Way', "St Anne's Crescent", 'Tennyson Road', 'Chapel Row', 'Brunswick Square'];
const UK_TOWNS: ReadonlyArray<readonly [string, string]> = [
  ['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Sheffield', 'S'], ['Brighton', 'BN'], ['York', 'YO'],
  ['Exeter', 'EX'], ['Nottingham', 'NG'], ['Glasgow', 'G'], ['Edinburgh', 'EH'], ['Manchester', 'M'], ['Reading', 'RG'], ['Swansea', 'SA'],
];
const UK_HOUSES = ['Rose Cottage', 'The Old Forge', 'Ivy House', 'Hawthorn Lodge', 'The Granary'];
const DE_STREETS = ['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Schillerplatz', 'Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Kastanienallee', 'Friedrich-Ebert-Straße', 'Rosenweg', 'Ulmenring'];
const DE_CITIES: ReadonlyArray<readonly [string, string]> = [['Berlin', '10'], ['Hamburg', '22'], ['Leipzig', '04'], ['Köln', '50'], ['Freiburg im Breisgau', '79'], ['Münster', '48'], ['Dresden', '01'], ['Nürnberg', '90'], ['Bremen', '28'], ['Kassel', '34']];
const FR_STREETS = ['rue des Tanneurs', 'avenue Victor-Hugo', 'boulevard de la Liberté', 'impasse des Lilas', 'rue du Faubourg Saint-Antoine', 'allée des Châtaigniers', 'place Jean-Jaurès', 'chemin des Vignes'];
const FR_CITIES: ReadonlyArray<readonly [string, string]> = [['Lyon', '6900'], ['Nantes', '4400'], ['Toulouse', '3100'], ['Lille', '5900'], ['Rennes', '3500'], ['Bordeaux', '3300'], ['Montpellier', '3400'], ['Paris', '750']];
const ES_CITIES: ReadonlyArray<readonly [string, string]> = [['Madrid', '280'], ['Sevilla', '410'], ['Barcelona', '080'], ['València', '460'], ['Bilbao', '480'], ['Zaragoza', '500']];
const ES_STREETS = ['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Carrer de Mallorca', 'Paseo de la Castellana', 'Calle Santa Clara', 'Plaza del Pilar'];
const IT_STREETS = ['Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Piazza Santo Spirito', 'Via dei Serragli', 'Via Roma', 'Via Alessandro Manzoni'];
const IT_CITIES: ReadonlyArray<readonly [string, string, string]> = [['Milano', 'MI', '201'], ['Firenze', 'FI', '501'], ['Torino', 'TO', '101'], ['Napoli', 'NA', '801'], ['Bologna', 'BO', '401'], ['Verona', 'VR', '371']];
const NL_STREETS = ['Keizersgracht', 'Oudegracht', 'Laan van Meerdervoort', 'Vondelstraat', 'Kerkstraat', 'Zeedijk', 'Willemsparkweg'];
const NL_CITIES = ['Amsterdam', 'Utrecht', 'Den Haag', 'Groningen', 'Eindhoven', 'Haarlem', 'Leiden'];

// ---------------------------------------------------------------------------------------------------
// Value generator
// ---------------------------------------------------------------------------------------------------
function fold(s: string): string {
  return s
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

class G {
  constructor(readonly r: Rng) {}
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  chance(p: number): boolean {
    return this.r.chance(p);
  }
  int(a: number, b: number): number {
    return this.r.int(a, b);
  }
  dg(n: number): string {
    return this.r.digits(n);
  }
  /** n digits, first non-zero. */
  nz(n: number): string {
    return String(this.r.int(1, 9)) + this.r.digits(n - 1);
  }
  cc(): Cc {
    return this.pick(CCS);
  }

  // ---- names ----
  person(): Person {
    const c = this.pick(CULTURES);
    return { given: this.pick(c.given), family: this.pick(c.family), familyFirst: c.familyFirst };
  }
  full(p: Person): string {
    return p.familyFirst && this.chance(0.3) ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
  }
  /** A mention of a person in one of the labelled forms. */
  mention(p: Person): string {
    switch (this.int(0, 9)) {
      case 0:
      case 1:
        return this.full(p);
      case 2:
      case 3:
        return p.given;
      case 4:
        return `${p.given.charAt(0)}. ${p.family}`;
      case 5:
        return `${p.family}, ${p.given}`;
      case 6:
        return `${p.given} ${p.family}`.toUpperCase();
      case 7:
        return `${p.given} ${p.family}`.toLowerCase();
      case 8:
        return `${p.given} ${this.pick(UPPER.split(''))}. ${p.family}`;
      default:
        return p.family;
    }
  }
  hon(cc: Cc): string {
    const by: Partial<Record<Cc, readonly string[]>> = {
      DE: ['Herr', 'Frau'], AT: ['Herr', 'Frau'], CH: ['Herr', 'Frau'], FR: ['M.', 'Mme', 'Madame', 'Monsieur'], BE: ['M.', 'Mme'],
      ES: ['Sr.', 'Sra.', 'D.', 'Dña.'], MX: ['Sr.', 'Sra.', 'Lic.', 'Ing.'], IT: ['Sig.', 'Sig.ra', 'Dott.'], NL: ['dhr.', 'mevr.'],
      BR: ['Sr.', 'Sra.', 'Dona'], PT: ['Sr.', 'Sra.'], PL: ['Pan', 'Pani'],
    };
    return this.pick(by[cc] ?? ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Dr.', 'Dr', 'Mx.']);
  }

  // ---- e-mail ----
  email(p?: Person): string {
    const g = p ? fold(p.given) || 'user' : fold(this.pick(this.pick(CULTURES).given)) || 'home';
    const f = p ? fold(p.family) || 'mail' : fold(this.pick(this.pick(CULTURES).family)) || 'mail';
    const local = this.pick([
      `${g}.${f}`, `${g}${f}`, `${g.charAt(0)}${f}`, `${f}.${g}`, `${g}_${f}${this.int(1, 99)}`, `${g}${this.int(70, 99)}`,
      `${f}${g.charAt(0)}`, `${g}.${f}+quotes`, `${g}-${f}`, `${f}.family`,
    ]);
    const dom = this.pick([
      'gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com', 'proton.me', 'web.de', 'gmx.net', 'orange.fr', 'libero.it',
      'hotmail.es', 'btinternet.com', 'bigpond.com', 'uol.com.br', 'naver.com', 'yahoo.co.jp', 'rediffmail.com', 'shaw.ca', 'telenet.be',
      'ziggo.nl', 'wp.pl', 'live.se', 'eircom.net', 'xtra.co.nz', 'mweb.co.za', 'fastmail.fm', 'comcast.net', 'sapo.pt', 'bluewin.ch',
    ]);
    return `${local}@${dom}`;
  }
  roleEmail(domain: string): string {
    return `${this.pick(['support', 'bookings', 'help', 'payouts', 'disputes', 'dispatch', 'billing', 'no-reply', 'pros', 'trust-safety'])}@${domain}`;
  }
  workEmail(p: Person, domain: string): string {
    return `${fold(p.given) || 'tech'}${this.pick(['.', '', '_'])}${fold(p.family).slice(0, this.int(1, 12)) || 'pro'}@${domain}`;
  }
  spokenEmail(p: Person): string {
    const g = fold(p.given) || 'sam';
    const f = fold(p.family) || 'lee';
    const dom = this.pick(['gmail dot com', 'outlook dot com', 'yahoo dot com', 'icloud dot com', 'hotmail dot co dot uk']);
    return this.pick([`${g} dot ${f} at ${dom}`, `${g} ${f} at ${dom}`, `${g.charAt(0)} ${f} ${this.int(1, 9)} at ${dom}`, `${g} underscore ${f} at ${dom}`]);
  }

  // ---- phones ----
  phone(cc: Cc): string {
    const nz = (n: number): string => this.nz(n);
    const d = (n: number): string => this.dg(n);
    switch (cc) {
      case 'US':
      case 'CA': {
        const a = `${this.int(2, 9)}${this.int(0, 8)}${this.int(0, 9)}`;
        const e = `${this.int(2, 9)}${d(2)}`;
        const s = d(4);
        return this.pick([`(${a}) ${e}-${s}`, `${a}-${e}-${s}`, `${a}.${e}.${s}`, `+1 ${a} ${e} ${s}`, `1-${a}-${e}-${s}`, `+1 (${a}) ${e}-${s}`, `${a}${e}${s}`]);
      }
      case 'GB':
        return this.pick([`07${d(3)} ${d(6)}`, `+44 7${d(3)} ${d(6)}`, `020 7${d(3)} ${d(4)}`, `+44 (0)1${d(2)} ${d(3)} ${d(4)}`, `0113 ${d(3)} ${d(4)}`, `07${d(3)}${d(6)}`]);
      case 'IE':
        return this.pick([`08${this.pick(['3', '5', '6', '7', '9'])} ${d(3)} ${d(4)}`, `+353 8${this.pick(['3', '5', '7'])} ${d(3)} ${d(4)}`, `(01) ${d(3)} ${d(4)}`]);
      case 'DE':
      case 'AT':
      case 'CH':
        if (cc === 'AT') return this.pick([`+43 664 ${d(7)}`, `0664 ${d(3)} ${d(4)}`, `01 ${d(3)} ${d(4)}`]);
        if (cc === 'CH') return this.pick([`079 ${d(3)} ${d(2)} ${d(2)}`, `+41 44 ${d(3)} ${d(2)} ${d(2)}`, `+41 79 ${d(3)} ${d(2)} ${d(2)}`]);
        return this.pick([`+49 30 ${nz(8)}`, `0151 ${d(8)}`, `030 / ${nz(7)}`, `+49 (0)171 ${d(7)}`, `0221 ${d(3)} ${d(2)} ${d(2)}`, `0176-${d(8)}`]);
      case 'FR':
      case 'BE':
        if (cc === 'BE') return this.pick([`0470 ${d(2)} ${d(2)} ${d(2)}`, `+32 470 ${d(2)} ${d(2)} ${d(2)}`, `02 ${d(3)} ${d(2)} ${d(2)}`]);
        return this.pick([`06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `07.${d(2)}.${d(2)}.${d(2)}.${d(2)}`, `+33 (0)1 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `0${this.int(1, 5)}${d(8)}`]);
      case 'ES':
        return this.pick([`6${d(2)} ${d(3)} ${d(3)}`, `+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+34 91 ${d(3)} ${d(2)} ${d(2)}`, `6${d(8)}`]);
      case 'MX':
        return this.pick([`55 ${d(4)} ${d(4)}`, `+52 55 ${d(4)} ${d(4)}`, `+52 1 33 ${d(4)} ${d(4)}`, `(81) ${d(4)}-${d(4)}`]);
      case 'IT':
        return this.pick([`3${d(2)} ${d(3)} ${d(4)}`, `+39 3${d(2)} ${d(7)}`, `+39 02 ${d(4)} ${d(4)}`, `055 ${d(6)}`]);
      case 'NL':
        return this.pick([`06-${d(8)}`, `+31 6 ${d(8)}`, `020 ${d(3)} ${d(4)}`, `+31 (0)30 ${d(3)} ${d(4)}`, `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
      case 'BR':
        return this.pick([`(11) 9${d(4)}-${d(4)}`, `+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`, `+55 (31) 9${d(4)} ${d(4)}`]);
      case 'PT':
        return this.pick([`91${d(1)} ${d(3)} ${d(3)}`, `+351 93${d(1)} ${d(3)} ${d(3)}`, `22 ${d(3)} ${d(4)}`]);
      case 'PL':
        return this.pick([`5${d(2)} ${d(3)} ${d(3)}`, `+48 6${d(2)} ${d(3)} ${d(3)}`, `+48 22 ${d(3)} ${d(2)} ${d(2)}`, `7${d(2)}-${d(3)}-${d(3)}`]);
      case 'SE':
        return this.pick([`070-${d(3)} ${d(2)} ${d(2)}`, `+46 70 ${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(2)} ${d(2)}`, `073-${d(7)}`]);
      case 'AU':
        return this.pick([`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`, `(03) ${d(4)} ${d(4)}`, `04${d(8)}`]);
      case 'NZ':
        return this.pick([`021 ${d(3)} ${d(4)}`, `+64 21 ${d(3)} ${d(4)}`, `(09) ${d(3)} ${d(4)}`, `027 ${d(3)} ${d(4)}`]);
      case 'ZA':
        return this.pick([`082 ${d(3)} ${d(4)}`, `+27 82 ${d(3)} ${d(4)}`, `(011) ${d(3)} ${d(4)}`, `071 ${d(3)} ${d(4)}`]);
      case 'IN':
        return this.pick([`+91 9${d(4)} ${d(5)}`, `09${d(4)} ${d(5)}`, `+91-80-${d(4)}-${d(4)}`, `9${d(9)}`]);
      case 'JP':
        return this.pick([`090-${d(4)}-${d(4)}`, `080-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `+81 90-${d(4)}-${d(4)}`, `06-${d(4)}-${d(4)}`]);
      case 'KR':
        return this.pick([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`, `010 ${d(4)} ${d(4)}`]);
    }
  }
  spokenPhone(): string {
    const digits = `${this.int(2, 9)}${this.int(0, 8)}${this.dg(1)}${this.int(2, 9)}${this.dg(6)}`;
    const w = (s: string): string => [...s].map((c) => (c === '0' && this.chance(0.6) ? 'oh' : DIGIT_WORDS[Number(c)])).join(' ');
    return `${w(digits.slice(0, 3))}, ${w(digits.slice(3, 6))}, ${w(digits.slice(6))}`;
  }
  maskedPhone(): string {
    return this.pick([`***-***-${this.dg(4)}`, `(***) ***-${this.dg(4)}`, `+44 7*** ***${this.dg(3)}`, `•••• ••• ${this.dg(3)}`, `xxx-xxx-${this.dg(4)}`]);
  }

  // ---- cards ----
  cardDigits(): string {
    const net = this.int(0, 11);
    let prefix: string;
    let len: number;
    if (net <= 3) [prefix, len] = ['4', this.chance(0.06) ? 13 : 16];
    else if (net <= 5) [prefix, len] = [String(this.int(51, 55)), 16];
    else if (net === 6) [prefix, len] = [String(this.int(2221, 2720)), 16];
    else if (net === 7) [prefix, len] = [this.pick(['34', '37']), 15];
    else if (net === 8) [prefix, len] = [this.pick(['6011', '65', String(this.int(644, 649))]), 16];
    else if (net === 9) [prefix, len] = [String(this.int(3528, 3589)), 16];
    else if (net === 10) [prefix, len] = [this.pick(['36', '38', String(this.int(300, 305))]), 14];
    else [prefix, len] = ['62', 16];
    let body = prefix + this.dg(len - 1 - prefix.length);
    for (let c = 0; c <= 9; c++) {
      if (luhnValid(body + String(c))) {
        body += String(c);
        break;
      }
    }
    return body;
  }
  fmtCard(d: string): string {
    const sep = this.pick([' ', ' ', '-', '', ' ']);
    let groups: number[];
    if (d.length === 15) groups = [4, 6, 5];
    else if (d.length === 14) groups = [4, 6, 4];
    else if (d.length === 13) groups = [4, 3, 3, 3];
    else groups = [4, 4, 4, 4];
    const out: string[] = [];
    let i = 0;
    for (const n of groups) {
      out.push(d.slice(i, i + n));
      i += n;
    }
    return out.join(sep);
  }
  card(): string {
    return this.fmtCard(this.cardDigits());
  }
  badCard(): string {
    const d = this.cardDigits();
    const last = (Number(d.charAt(d.length - 1)) + this.int(1, 9)) % 10;
    return this.fmtCard(d.slice(0, -1) + String(last));
  }
  maskedCard(): string {
    return this.pick([`**** **** **** ${this.dg(4)}`, `•••• ${this.dg(4)}`, `XXXX-XXXX-XXXX-${this.dg(4)}`, `${this.pick(['4', '5'])}${this.dg(5)}******${this.dg(4)}`, `ending in ${this.dg(4)}`]);
  }

  // ---- IBAN ----
  ibanCompact(cc?: string): string {
    const c = cc && IBAN_SHAPES[cc] ? cc : this.pick(IBAN_CCS);
    const shape = IBAN_SHAPES[c] ?? '';
    let bban = '';
    for (const ch of shape) bban += ch === 'A' ? this.pick(UPPER.split('')) : String(this.int(0, 9));
    let rem = 0;
    for (const ch of bban + c + '00') {
      const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
      for (const x of v) rem = (rem * 10 + Number(x)) % 97;
    }
    const out = c + pad(98 - rem) + bban;
    if (!ibanMod97Valid(out) || IBAN_LENGTHS[c] !== out.length) throw new Error(`iban ${out}`);
    return out;
  }
  fmtIban(s: string): string {
    const k = this.int(0, 9);
    const grouped = s.replace(/(.{4})/g, '$1 ').trim();
    if (k <= 4) return grouped;
    if (k <= 7) return s;
    if (k === 8) return grouped.toLowerCase();
    return s.toLowerCase();
  }
  iban(cc?: string): string {
    return this.fmtIban(this.ibanCompact(cc));
  }
  badIban(cc?: string): string {
    const s = this.ibanCompact(cc);
    const i = s.length - 1;
    const last = s.charAt(i);
    const alt = /\d/.test(last) ? String((Number(last) + this.int(1, 9)) % 10) : last === 'A' ? 'B' : 'A';
    return this.fmtIban(s.slice(0, i) + alt);
  }

  // ---- SSN ----
  ssn(): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const a = pad(area, 3);
    const g = pad(this.int(1, 99));
    const s = pad(this.int(1, 9999), 4);
    const k = this.int(0, 9);
    return k <= 6 ? `${a}-${g}-${s}` : k <= 8 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
  }
  maskedSsn(): string {
    return this.pick([`***-**-${this.dg(4)}`, `XXX-XX-${this.dg(4)}`, `xxx-xx-${this.dg(4)}`, `•••-••-${this.dg(4)}`]);
  }

  // ---- IP ----
  ipv4(): string {
    const o = (): number => this.int(1, 254);
    return this.pick([`192.168.${this.int(0, 9)}.${o()}`, `10.${this.int(0, 255)}.${this.int(0, 255)}.${o()}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${o()}`, `${this.int(23, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${o()}`, `${this.int(60, 99)}.${o()}.${o()}.${o()}`]);
  }
  ipv6(): string {
    const h = (): string => this.int(0, 0xffff).toString(16);
    return this.pick([`2001:db8:${h()}:${h()}::${h()}`, `fe80::${h()}:${this.int(0, 255).toString(16)}ff:fe${this.int(16, 255).toString(16)}:${h()}`, `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`, `2600:1700:${h()}::${h()}`, `2c0f:fb50:${h()}::${this.int(1, 9)}`]);
  }
  ip(): string {
    return this.chance(0.7) ? this.ipv4() : this.ipv6();
  }

  // ---- dates ----
  date(cc: Cc, y: number, m: number, d: number): string {
    const en = MONTHS.en ?? [];
    const mn = (lang: string): string => (MONTHS[lang] ?? en)[m - 1] ?? '';
    switch (cc) {
      case 'US':
        return this.pick([`${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${y}`, `${mn('en')} ${d}, ${y}`, `${mn('en').slice(0, 3)} ${d}, ${y}`, `${y}-${pad(m)}-${pad(d)}`, `${m}/${d}/${String(y).slice(2)}`]);
      case 'CA':
        return this.pick([`${y}-${pad(m)}-${pad(d)}`, `${mn('en')} ${d}, ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
      case 'GB':
      case 'IE':
      case 'AU':
      case 'NZ':
      case 'ZA':
      case 'IN': {
        const th = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mn('en')} ${y}`, `${d}${th} ${mn('en')} ${y}`, `${d} ${mn('en').slice(0, 3)} ${y}`, `${pad(d)}-${pad(m)}-${y}`, `${pad(d)}.${pad(m)}.${y}`]);
      }
      case 'DE':
      case 'AT':
      case 'CH':
        return this.pick([`${pad(d)}.${pad(m)}.${y}`, `${d}. ${mn('de')} ${y}`, `${d}.${m}.${y}`]);
      case 'FR':
      case 'BE':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d === 1 ? '1er' : d} ${mn('fr')} ${y}`]);
      case 'ES':
      case 'MX':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mn('es')} de ${y}`, `${d}-${pad(m)}-${y}`]);
      case 'IT':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} ${mn('it')} ${y}`]);
      case 'NL':
        return this.pick([`${pad(d)}-${pad(m)}-${y}`, `${d} ${mn('nl')} ${y}`]);
      case 'BR':
      case 'PT':
        return this.pick([`${pad(d)}/${pad(m)}/${y}`, `${d} de ${mn('pt')} de ${y}`]);
      case 'PL':
        return this.pick([`${pad(d)}.${pad(m)}.${y}`, `${d} ${mn('pl')} ${y}`, `${pad(d)}.${pad(m)}.${y} r.`]);
      case 'SE':
        return this.pick([`${y}-${pad(m)}-${pad(d)}`, `${d} ${mn('sv')} ${y}`]);
      case 'JP':
        return this.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]);
      case 'KR':
        return this.pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}`]);
    }
  }
  dob(cc: Cc): string {
    return this.date(cc, this.int(1938, 2005), this.int(1, 12), this.int(1, 28));
  }
  /** A recent, non-birth date. */
  when(cc: Cc): string {
    return this.date(cc, this.int(2024, 2026), this.int(1, 12), this.int(1, 28));
  }
  time(): string {
    return this.pick([`${this.int(7, 11)}:${this.pick(['00', '15', '30', '45'])} am`, `${this.int(1, 5)}:${this.pick(['00', '30'])} pm`, `${this.int(8, 17)}:${this.pick(['00', '30'])}`, `${this.int(7, 11)}am`, `${this.int(1, 4)}pm`]);
  }
  window(): string {
    const a = this.int(7, 15);
    return `${pad(a)}:00–${pad(a + this.int(2, 4))}:00`;
  }
  stamp(): string {
    return `${this.int(2024, 2026)}-${pad(this.int(1, 12))}-${pad(this.int(1, 28))}T${pad(this.int(0, 23))}:${pad(this.int(0, 59))}:${pad(this.int(0, 59))}Z`;
  }
  money(cc: Cc): string {
    const n = this.int(45, 4800);
    const c = this.int(0, 99);
    switch (cc) {
      case 'GB':
        return `£${n.toLocaleString('en-GB')}.${pad(c)}`;
      case 'DE':
      case 'AT':
      case 'FR':
      case 'BE':
      case 'ES':
      case 'IT':
      case 'NL':
      case 'PT':
      case 'IE':
        return cc === 'IE' || cc === 'NL' ? `€${n},${pad(c)}` : `${n},${pad(c)} €`;
      case 'CH':
        return `CHF ${n}.${pad(c)}`;
      case 'BR':
        return `R$ ${n},${pad(c)}`;
      case 'MX':
        return `$${n} MXN`;
      case 'PL':
        return `${n},${pad(c)} zł`;
      case 'SE':
        return `${n} kr`;
      case 'JP':
        return `¥${(n * 150).toLocaleString('en-US')}`;
      case 'KR':
        return `₩${(n * 1300).toLocaleString('en-US')}`;
      case 'IN':
        return `₹${n * 80}`;
      case 'ZA':
        return `R${n * 18}`;
      default:
        return `$${n.toLocaleString('en-US')}.${pad(c)}`;
    }
  }

  // ---- addresses (lines) ----
  addr(cc: Cc, po = false): string[] {
    const L = (s: string): string => this.pick(s.split(''));
    const country = this.chance(0.2);
    switch (cc) {
      case 'US': {
        const [city, st, z] = this.pick(US_CITIES);
        const zip = z + this.dg(2) + (this.chance(0.15) ? `-${this.dg(4)}` : '');
        if (po && this.chance(0.2)) return [`PO Box ${this.int(12, 9800)}`, `${city}, ${st} ${zip}`];
        const line = `${this.int(12, 9870)} ${this.chance(0.2) ? this.pick(['N', 'S', 'E', 'W']) + ' ' : ''}${this.pick(US_STREETS)} ${this.pick(US_SUFFIX)}`;
        const unit = this.chance(0.3) ? [this.pick([`Apt ${this.int(1, 30)}${L('ABCD')}`, `Unit ${this.int(1, 400)}`, `#${this.int(100, 999)}`, `Suite ${this.int(100, 450)}`])] : [];
        const out = this.chance(0.5) && unit.length ? [`${line}, ${unit[0] ?? ''}`] : [line, ...unit];
        return [...out, `${city}, ${st} ${zip}`, ...(country ? [this.pick(['USA', 'United States'])] : [])];
      }
      case 'GB': {
        const [town, pc] = this.pick(UK_TOWNS);
        const post = `${pc}${this.int(1, 20)} ${this.int(1, 9)}${L('ABDEFGHJLNPQRSTUWXYZ')}${L('ABDEFGHJLNPQRSTUWXYZ')}`;
        const first = this.pick([`${this.int(1, 220)} ${this.pick(UK_STREETS)}`, `Flat ${this.int(1, 24)}, ${this.int(2, 90)} ${this.pick(UK_STREETS)}`, `${this.pick(UK_HOUSES)}, ${this.pick(['Mill Lane', 'Church Road', 'Back Lane'])}`]);
        return this.chance(0.5) ? [first, town, post, ...(country ? ['United Kingdom'] : [])] : [first, `${town} ${post}`, ...(country ? ['UK'] : [])];
      }
      case 'IE': {
        const key = this.pick(['A94', 'D02', 'D06W', 'T12', 'H91', 'V94', 'A96']);
        const eir = `${key.slice(0, 3)} ${L('ACDEFHKNPRTVWXY')}${this.int(1, 9)}${L('ACDEFHKNPRTVWXY')}${this.int(1, 9)}`;
        const area = this.pick(['Blackrock, Co. Dublin', 'Rathmines, Dublin 6', 'Ballincollig, Co. Cork', 'Salthill, Galway', 'Castletroy, Limerick']);
        return [`${this.int(1, 120)} ${this.pick(['Seaview Terrace', 'Oakpark Drive', 'Main Street', 'Ard na Gréine', 'Church View'])}`, area, eir, ...(country ? ['Ireland'] : [])];
      }
      case 'CA': {
        const [city, prov, fsa] = this.pick([['Halifax', 'NS', 'B3H'], ['Toronto', 'ON', 'M5V'], ['Calgary', 'AB', 'T2P'], ['Vancouver', 'BC', 'V6B'], ['Ottawa', 'ON', 'K1P'], ['Winnipeg', 'MB', 'R3C'], ['Montréal', 'QC', 'H2X']] as const);
        const pc = `${fsa} ${this.int(0, 9)}${L('ABCEGHJKLMNPRSTVXY')}${this.int(0, 9)}`;
        const line = this.pick([`${this.int(10, 999)} ${this.pick(['Maple Crescent', 'Front St W', 'Rue Saint-Denis', 'Lakeshore Blvd', 'Spruce Avenue'])}`, `Unit ${this.int(101, 2400)}, ${this.int(10, 900)} ${this.pick(['Queen St E', 'Bay Street', '17 Ave SW'])}`]);
        return [line, `${city} ${prov} ${pc}`, ...(country ? ['Canada'] : [])];
      }
      case 'AU': {
        const [sub, st, pc] = this.pick([['Fitzroy', 'VIC', '3065'], ['Newtown', 'NSW', '2042'], ['Paddington', 'QLD', '4064'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005'], ['Braddon', 'ACT', '2612']] as const);
        const line = this.pick([`Unit ${this.int(1, 40)}/${this.int(2, 180)} ${this.pick(['Wattle St', 'Banksia Rd', 'Brunswick St', 'King William Rd'])}`, `${this.int(1, 300)} ${this.pick(['Jacaranda Ave', 'Gum Tree Ct', 'Beach Rd', 'Hope St'])}`]);
        return po && this.chance(0.3) ? [`PO Box ${this.int(10, 999)}`, `${sub} ${st} ${pc}`] : [line, `${sub} ${st} ${pc}`, ...(country ? ['Australia'] : [])];
      }
      case 'NZ': {
        const [sub, city, pc] = this.pick([['Ponsonby', 'Auckland', '1011'], ['Te Aro', 'Wellington', '6011'], ['Riccarton', 'Christchurch', '8011'], ['Frankton', 'Hamilton', '3204']] as const);
        return [`${this.int(1, 200)} ${this.pick(['Kowhai Street', 'Rimu Road', 'Tui Crescent', 'Grey Street'])}`, sub, `${city} ${pc}`, ...(country ? ['New Zealand'] : [])];
      }
      case 'ZA': {
        const [sub, city, pc] = this.pick([['Parkhurst', 'Johannesburg', '2193'], ['Observatory', 'Cape Town', '7925'], ['Morningside', 'Durban', '4001'], ['Hatfield', 'Pretoria', '0083']] as const);
        return [`${this.int(1, 120)} ${this.pick(['Jacaranda Avenue', 'Protea Road', '4th Avenue', 'Kloof Street'])}`, sub, city, pc, ...(country ? ['South Africa'] : [])];
      }
      case 'IN': {
        const [area, city, st, pin] = this.pick([['Indiranagar', 'Bengaluru', 'Karnataka', '560038'], ['Kothrud', 'Pune', 'Maharashtra', '411038'], ['Adyar', 'Chennai', 'Tamil Nadu', '600020'], ['Banjara Hills', 'Hyderabad', 'Telangana', '500034'], ['Salt Lake', 'Kolkata', 'West Bengal', '700091']] as const);
        return [`Flat ${this.int(101, 1204)}, ${this.pick(['Sai Residency', 'Green Meadows Apartments', 'Lakshmi Nivas', 'Prestige Palms'])}`, `${this.int(1, 20)}th Cross, ${area}`, `${city}, ${st} ${pin}`];
      }
      case 'DE': {
        const [city, p] = this.pick(DE_CITIES);
        const first = `${this.pick(DE_STREETS)} ${this.int(1, 140)}${this.chance(0.2) ? L('abc') : ''}`;
        return [first, `${p}${this.dg(3)} ${city}`, ...(country ? ['Deutschland'] : [])];
      }
      case 'AT':
        return [`${this.pick(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Mozartgasse'])} ${this.int(1, 120)}/${this.int(1, 30)}`, `${this.pick(['1060 Wien', '1030 Wien', '8010 Graz', '5020 Salzburg', '6020 Innsbruck'])}`, ...(country ? ['Österreich'] : [])];
      case 'CH':
        return [`${this.pick(['Seestrasse', 'Bahnhofstrasse', 'Rue de Lausanne', 'Dorfstrasse'])} ${this.int(1, 90)}`, this.pick(['8002 Zürich', '3011 Bern', '1201 Genève', '4051 Basel', '6003 Luzern']), ...(country ? ['Schweiz'] : [])];
      case 'FR': {
        const [city, p] = this.pick(FR_CITIES);
        const pc = p.length === 3 ? `${p}${pad(this.int(1, 20))}` : `${p}${this.int(1, 9)}`;
        const res = this.chance(0.25) ? [`Résidence ${this.pick(['Les Tilleuls', 'Le Parc', 'Les Glycines'])}, bât. ${L('ABC')}`] : [];
        return [...res, `${this.int(1, 140)}${this.chance(0.1) ? ' bis' : ''} ${this.pick(FR_STREETS)}`, `${pc} ${city}`, ...(country ? ['France'] : [])];
      }
      case 'BE':
        return [this.pick([`Rue de la Loi ${this.int(1, 200)}`, `Kerkstraat ${this.int(1, 200)}`, `Chaussée de Waterloo ${this.int(1, 900)}`, `Meir ${this.int(1, 90)}`]), this.pick(['1040 Etterbeek', '9000 Gent', '2000 Antwerpen', '4000 Liège', '1180 Uccle']), ...(country ? ['Belgique'] : [])];
      case 'ES': {
        const [city, p] = this.pick(ES_CITIES);
        const fl = this.pick(['1º A', '2º izq.', '3º dcha.', '4t 2a', 'bajo B', '5º C']);
        return [`${this.pick(ES_STREETS)} ${this.int(1, 180)}, ${fl}`, `${p}${pad(this.int(1, 50))} ${city}`, ...(country ? ['España'] : [])];
      }
      case 'MX':
        return [`${this.pick(['Calle Tehuantepec', 'Av. Insurgentes Sur', 'Calle Durango', 'Av. Chapultepec'])} ${this.int(10, 1900)}${this.chance(0.4) ? `, Int. ${this.int(1, 12)}` : ''}`, this.pick(['Col. Roma Sur, Cuauhtémoc', 'Col. Del Valle, Benito Juárez', 'Col. Americana']), this.pick([`06760 Ciudad de México, CDMX`, `03100 Ciudad de México, CDMX`, `44160 Guadalajara, Jal.`, `64000 Monterrey, N.L.`])];
      case 'IT': {
        const [city, pr, p] = this.pick(IT_CITIES);
        return [`${this.pick(IT_STREETS)}, ${this.int(1, 120)}`, `${p}${pad(this.int(0, 40))} ${city} ${pr}`, ...(country ? ['Italia'] : [])];
      }
      case 'NL': {
        const pc = `${this.int(1011, 9999)} ${L('ABCDEGHJKLMNPRSTVWXZ')}${L('ABCDEGHJKLMNPRSTVWXZ')}`;
        return [`${this.pick(NL_STREETS)} ${this.int(1, 400)}${this.pick(['', '-2', ' bis', 'A', '-hs'])}`, `${pc} ${this.pick(NL_CITIES)}`, ...(country ? ['Nederland'] : [])];
      }
      case 'BR':
        return [`${this.pick(['Rua Augusta', 'Av. Afonso Pena', 'Rua das Laranjeiras', 'Rua Padre Chagas'])}, ${this.int(10, 3900)}${this.chance(0.5) ? `, apto ${this.int(11, 184)}` : ''}`, this.pick(['Consolação, São Paulo - SP', 'Funcionários, Belo Horizonte - MG', 'Laranjeiras, Rio de Janeiro - RJ', 'Moinhos de Vento, Porto Alegre - RS']), `CEP ${this.dg(5)}-${this.dg(3)}`];
      case 'PT':
        return [`Rua ${this.pick(['de Santa Catarina', 'do Almada', 'da Prata', 'Augusta'])}, ${this.int(1, 300)}, ${this.int(1, 6)}.º ${this.pick(['Esq.', 'Dto.'])}`, this.pick([`4000-${this.dg(3)} Porto`, `1100-${this.dg(3)} Lisboa`, `3000-${this.dg(3)} Coimbra`])];
      case 'PL':
        return [`ul. ${this.pick(['Długa', 'Floriańska', 'Piotrkowska', 'Marszałkowska', 'Świętojańska'])} ${this.int(1, 140)}${this.chance(0.6) ? `/${this.int(1, 40)}` : ''}`, this.pick([`80-${this.dg(3)} Gdańsk`, `31-${this.dg(3)} Kraków`, `00-${this.dg(3)} Warszawa`, `50-${this.dg(3)} Wrocław`, `90-${this.dg(3)} Łódź`]), ...(country ? ['Polska'] : [])];
      case 'SE':
        return [`${this.pick(['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Björkstigen'])} ${this.int(1, 80)}${this.chance(0.3) ? ' B' : ''}`, this.pick([`114 ${this.int(10, 60)} Stockholm`, `411 ${this.int(10, 60)} Göteborg`, `211 ${this.int(10, 60)} Malmö`, `753 ${this.int(10, 40)} Uppsala`]), ...(country ? ['Sverige'] : [])];
      case 'JP':
        if (this.chance(0.5)) {
          return [`〒${this.pick(['150', '530', '604', '812', '060'])}-${this.dg(4)}`, `${this.pick(['東京都渋谷区神宮前', '大阪府大阪市北区梅田', '京都府京都市中京区河原町', '福岡県福岡市博多区博多駅前', '北海道札幌市中央区北一条西'])}${this.int(1, 6)}-${this.int(1, 20)}-${this.int(1, 30)}`, ...(this.chance(0.5) ? [`${this.pick(['サンライズハイツ', 'グランメゾン', 'コーポ桜'])}${this.int(101, 905)}`] : [])];
        }
        return [`${this.pick(['Sunrise Heights', 'Maison Aoyama', 'Corpo Sakura'])} ${this.int(101, 905)}, ${this.int(1, 6)}-${this.int(1, 20)}-${this.int(1, 30)} ${this.pick(['Jingumae', 'Umeda', 'Nakameguro', 'Tenjin'])}`, `${this.pick(['Shibuya-ku, Tokyo', 'Kita-ku, Osaka', 'Meguro-ku, Tokyo', 'Chuo-ku, Fukuoka'])} ${this.dg(3)}-${this.dg(4)}`, ...(country ? ['Japan'] : [])];
      case 'KR':
        if (this.chance(0.5)) return [`${this.pick(['서울특별시 마포구 와우산로', '서울특별시 강남구 테헤란로', '부산광역시 해운대구 우동'])} ${this.int(1, 300)}, ${this.int(101, 112)}동 ${this.int(101, 2304)}호`];
        return [`${this.int(1, 300)} ${this.pick(['Wausan-ro, Mapo-gu', 'Teheran-ro, Gangnam-gu', 'Itaewon-ro, Yongsan-gu'])}`, `Seoul ${this.dg(5)}`, ...(country ? ['South Korea'] : [])];
    }
  }
  /** Multi-line or one-line address string. */
  address(cc: Cc, multi = this.chance(0.5), po = false): string {
    const lines = this.addr(cc, po);
    return lines.join(multi ? '\n' : ', ');
  }

  // ---- distractors (never PII) ----
  jobId(): string {
    return this.pick([`JOB-${this.dg(6)}`, `WO-${this.int(2024, 2026)}-${this.dg(5)}`, `#${this.nz(7)}`, `Q${this.dg(6)}`, `BK${this.nz(8)}`, `T-${this.dg(4)}-${this.pick(UPPER.split(''))}`]);
  }
  trap(cc: Cc = 'US'): string {
    const k = this.int(0, 27);
    const hex = (n: number): string => Array.from({ length: n }, () => this.int(0, 15).toString(16)).join('');
    switch (k) {
      case 0:
        return `Ref ${this.jobId()}.`;
      case 1:
        return `Tracking: 1Z${this.dg(3)}${this.pick(['AA', 'E8', 'W2'])}${this.dg(10)}.`;
      case 2:
        return `App version ${this.int(3, 9)}.${this.int(0, 30)}.${this.int(0, 99)} (build ${this.dg(5)}).`;
      case 3:
        return `Photo hash sha256:${hex(24)}…`;
      case 4:
        return `Card on file: ${this.maskedCard()}.`;
      case 5:
        return `Customer phone (masked): ${this.maskedPhone()}.`;
      case 6:
        return `SSN on file: ${this.maskedSsn()}.`;
      case 7:
        return `Company EIN ${this.nz(2)}-${this.dg(7)}.`;
      case 8:
        return `Routing no. ${this.pick(['0', '1', '2'])}${this.dg(8)}.`;
      case 9:
        return `Rejected card ${this.badCard()} (failed check).`;
      case 10:
        return `Old IBAN ${this.badIban()} bounced — invalid.`;
      case 11:
        return `Parts: ${this.pick(['Grohe', 'Hansgrohe', 'Kohler', 'Moen', 'Vaillant', 'Worcester Bosch', 'Baxi'])} cartridge, SKU ${this.dg(6)}-${this.dg(2)}.`;
      case 12:
        return `Paint: ${this.pick(['Benjamin Moore', 'Farrow & Ball', 'Sherwin-Williams', 'Dulux'])} "${this.pick(['Chantilly Lace', 'Elephant\'s Breath', 'Agreeable Gray', 'Timeless'])}".`;
      case 13:
        return `Tools: ${this.pick(['Makita', 'DeWalt', 'Hilti', 'Stanley', 'Milwaukee'])} ${this.int(12, 36)}V kit.`;
      case 14:
        return this.pick(['Remember Ohm\'s law before you touch the board.', 'Murphy\'s law: the leak starts on Friday evening.', 'Crew briefed on Weil\'s disease risk near drains.', 'Vibration limits per HAVS guidance (Raynaud\'s).', 'Legionnaires\' disease check on the cylinder done.']);
      case 15:
        return `Logged ${this.stamp()}.`;
      case 16:
        return `Slot ${this.window()} on ${this.when(cc)}.`;
      case 17:
        return `Lockbox code ${this.dg(4)}, gate ${this.dg(4)}#.`;
      case 18:
        return `Invoice date ${this.when(cc)}, due ${this.when(cc)}.`;
      case 19:
        return this.pick(['Left the Dyson in the hall cupboard.', 'Used the Miele on the rugs.', 'Mrs. Meyer\'s soap only, please.', 'Dr. Bronner\'s on the worktops.', 'Picked up supplies at Lowe\'s.', 'Bought the fitting at John Lewis.', 'Left the Hoover charging.', 'Uses a Bissell for the stairs.']);
      case 20:
        return this.pick(['Job delayed by Storm Eunice.', 'Hurricane Helene backlog still clearing.', 'Storm Babet flooding in the cellar.']);
      case 21:
        return this.pick(['The dog, Bailey, is friendly.', 'Please keep the cat (Oliver) inside.', 'Our parrot Winston talks a lot.', 'Mind the puppy, Bella.']);
      case 22:
        return `Licence no. ${this.pick(['C-10', 'EC', 'NICEIC', 'Gas Safe'])} ${this.nz(6)}.`;
      case 23:
        return `Meter serial ${this.pick(UPPER.split(''))}${this.dg(2)}${this.pick(UPPER.split(''))}${this.dg(5)}.`;
      case 24:
        return `Permit ${this.pick(['BP', 'EL', 'PL'])}${this.int(2024, 2026)}-${this.dg(5)}.`;
      case 25:
        return `Firmware v${this.int(1, 4)}.${this.int(0, 9)}.${this.int(0, 9)}.${this.int(0, 9)} on the thermostat.`;
      case 26:
        return this.pick(['Access via the Washington Street side.', 'Park near the Lincoln Memorial Library.', 'Across from St. Vincent\'s church.', 'Behind the Victoria Mall loading bay.']);
      default:
        return `Quote valid 30 days; VAT ${this.pick(['GB', 'DE', 'FR'])}${this.dg(9)}.`;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------
type Tpl = (d: Doc, g: G) => void;

const PLATFORMS = ['HandyHive', 'Fixwell', 'TradeNest', 'Jobly Home', 'Taskbench', 'Bricks & Bolts', 'Homekeepr', 'Wrenchly'];
const PLATFORM_DOMAINS = ['handyhive.example', 'fixwell.co', 'tradenest.app', 'joblyhome.com', 'taskbench.io', 'bricksandbolts.co.uk', 'homekeepr.com', 'wrenchly.net'];
const TRADES = ['plumber', 'electrician', 'cleaner', 'mover', 'handyman', 'painter', 'locksmith', 'gas engineer', 'carpenter', 'roofer', 'tiler', 'gardener'];
const JOBS = [
  'leaking kitchen tap', 'burst pipe under the sink', 'boiler not firing', 'tripping RCD in the fuse box', 'end-of-tenancy deep clean',
  'two-bedroom flat move', 'flat-pack wardrobe assembly', 'replace bathroom extractor fan', 'blocked shower drain', 'rewire the garage',
  'weekly clean, 3 hours', 'mount a 65" TV on plasterboard', 'new EV charger install', 'repaint hallway and stairs', 'fix a sticking front door',
  'piano move to the 3rd floor', 'gutter clearing', 'install outdoor sockets', 'replace toilet fill valve', 'regrout the shower',
];
const BIZ = ['Baxter & Sons Plumbing', "O'Malley Bros. Removals", 'Jenkins Electric LLC', 'Sparkle Squad Cleaning', 'PipeDream Plumbing', 'Two Vans Removals', 'Brightspark Electrical', 'Mr. Fixit Handyman Co.', 'Tidy Dwellings Ltd', 'Volt & Vine Electric'];

function sign(d: Doc, g: G, p: Person, self: boolean): void {
  const n = g.full(p);
  if (self) d.self(n);
  else d.l('PERSON', n);
}

/** The word with its indefinite article. */
function an(w: string): string {
  return `${/^[aeiou]/i.test(w) ? 'an' : 'a'} ${w}`;
}

function plat(g: G): { name: string; dom: string } {
  const i = g.int(0, PLATFORMS.length - 1);
  return { name: PLATFORMS[i] ?? 'HandyHive', dom: PLATFORM_DOMAINS[i] ?? 'handyhive.example' };
}
function addrL(d: Doc, g: G, cc: Cc, multi?: boolean, po = false): void {
  d.l('ADDRESS', g.address(cc, multi, po));
}
/** A neutral sentence with a distractor, or nothing. */
function maybeTrap(d: Doc, g: G, cc: Cc, p = 0.6): void {
  if (g.chance(p)) d.t(` ${g.trap(cc)}`);
}
const EN: readonly Cc[] = ['US', 'US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'ZA', 'IN'];

const LABELLED: Tpl[] = [
  // 1 quote request form
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const p = plat(g);
    d.t(`New quote request — ${p.name}\nRef: ${g.jobId()}\nName: `);
    sign(d, g, c, g.chance(0.6));
    d.t('\nEmail: ').l('EMAIL', g.email(c)).t('\nPhone: ').l('PHONE', g.phone(cc));
    d.t('\nProperty address: ');
    addrL(d, g, cc, false);
    d.t(`\nService: ${g.pick(TRADES)}\nDetails: ${g.pick(JOBS)}.`);
    maybeTrap(d, g, cc);
    d.t(`\nPreferred date: ${g.when(cc)} (${g.time()})\n`);
  },
  // 2 booking confirmation e-mail
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const w = g.person();
    const p = plat(g);
    d.t(`Subject: Your ${g.pick(TRADES)} is booked ✔\n\nHi `).l('PERSON', c.given);
    d.t(`,\n\nThanks for booking with ${p.name}. `).l('PERSON', g.full(w));
    d.t(` will arrive on ${g.when(cc)} between ${g.window()} at:\n\n`);
    addrL(d, g, cc, true);
    d.t(`\n\nJob: ${g.pick(JOBS)}\nEstimated total: ${g.money(cc)}`);
    if (g.chance(0.5)) d.t('\nPaid with card ').l('CARD', g.card()).t('.');
    else d.t(`\nPayment: ${g.maskedCard()}`);
    d.t(`\n\nNeed to change anything? Reply to this e-mail or write to `).l('EMAIL', g.roleEmail(p.dom));
    d.t(`.\n${p.name} · Booking ${g.jobId()}\n`);
  },
  // 3 work order / job sheet
  (d, g) => {
    const cc = g.cc();
    const c = g.person();
    const w = g.person();
    d.t(`WORK ORDER ${g.jobId()}\nTrade: ${g.pick(TRADES).toUpperCase()}\nCustomer: `).l('PERSON', g.mention(c));
    d.t('\nSite:\n');
    addrL(d, g, cc, true);
    d.t('\nContact: ').l('PHONE', g.phone(cc));
    if (g.chance(0.4)) d.t(' / ').l('EMAIL', g.email(c));
    d.t('\nAssigned tech: ').l('PERSON', `${w.given.charAt(0)}. ${w.family}`);
    d.t(`\nScope: ${g.pick(JOBS)}; ${g.pick(JOBS)}.\nAccess: ${g.trap(cc)}\nMaterials: ${g.trap(cc)}\nSign-off: ____________\n`);
  },
  // 4 dispatch log
  (d, g) => {
    const cc = g.pick(EN);
    const n = g.int(3, 6);
    d.t(`# dispatch-log ${g.when(cc)}\n`);
    for (let i = 0; i < n; i++) {
      const w = g.person();
      d.t(`${g.stamp()} tech=`).l('PERSON', g.pick([w.given, `${w.given} ${w.family}`, `${w.given.charAt(0)}.${w.family}`.replace('.', '. ')]));
      d.t(` job=${g.jobId()} status=${g.pick(['EN_ROUTE', 'ARRIVED', 'DONE', 'DELAYED', 'ACCEPTED'])} device_ip=`).l('IP', g.ip());
      if (g.chance(0.3)) d.t(` note="${g.trap(cc)}"`);
      d.t('\n');
    }
    d.t(`${g.stamp()} system: ${g.int(2, 40)} jobs pending, app ${g.int(4, 7)}.${g.int(0, 20)}.${g.int(0, 9)}\n`);
  },
  // 5 invoice from tradesperson (EU)
  (d, g) => {
    const cc = g.pick(['DE', 'NL', 'FR', 'IE', 'GB', 'BE', 'ES', 'IT', 'AT', 'PT'] as const);
    const w = g.person();
    const c = g.person();
    d.t(`INVOICE ${g.int(2024, 2026)}-${g.dg(4)}\n${g.pick(BIZ)}\nProprietor: `).l('PERSON', g.full(w));
    d.t('\n');
    addrL(d, g, cc, true, true);
    d.t('\nTel. ').l('PHONE', g.phone(cc)).t(' · ').l('EMAIL', g.email(w));
    d.t('\n\nBill to: ').l('PERSON', g.mention(c)).t('\n');
    addrL(d, g, cc, true);
    d.t(`\n\nDate: ${g.when(cc)}\n1 × ${g.pick(JOBS)} ……… ${g.money(cc)}\nCall-out fee ……… ${g.money(cc)}\n\nPlease pay within 14 days to IBAN `);
    d.l('IBAN', g.iban(cc === 'GB' ? 'GB' : cc)).t(` (BIC ${g.pick(['DEUTDEFF', 'INGBNL2A', 'BNPAFRPP', 'AIBKIE2D', 'BARCGB22'])}). Reference: ${g.jobId()}\n`);
  },
  // 6 payout statement
  (d, g) => {
    const p = plat(g);
    const w = g.person();
    const cc = g.pick(['US', 'US', 'GB', 'DE', 'FR', 'NL', 'ES'] as const);
    d.t(`${p.name} Pro Payouts — statement for `).l('PERSON', g.full(w));
    d.t(`\nPeriod: ${g.when(cc)} – ${g.when(cc)}\nJobs completed: ${g.int(3, 41)}\nGross: ${g.money(cc)}  Fees: ${g.money(cc)}\n`);
    if (cc === 'US') {
      d.t('Payout account: ACH, ').t(`routing ${g.pick(['0', '1', '2'])}${g.dg(8)}, account ****${g.dg(4)}\nTax ID (SSN): `).l('NATIONAL_ID', g.ssn());
    } else {
      d.t('Payout account: ').l('IBAN', g.iban(cc));
    }
    d.t('\nQuestions: ').l('EMAIL', g.roleEmail(p.dom)).t('\n');
  },
  // 7 W-9 style contractor onboarding
  (d, g) => {
    const w = g.person();
    d.t('Contractor onboarding — tax details (W-9)\n1. Name (as shown on your income tax return): ');
    sign(d, g, w, g.chance(0.5));
    d.t(`\n2. Business name: ${g.chance(0.5) ? g.pick(BIZ) : '(none)'}\n3. Federal tax classification: Individual/sole proprietor\n5. Address:\n`);
    addrL(d, g, 'US', true, true);
    d.t('\nPart I — Social security number: ').l('NATIONAL_ID', g.ssn());
    d.t('\nDate of birth: ').l('DOB', g.dob('US'));
    d.t(`\nSigned electronically ${g.when('US')} from `).l('IP', g.ip()).t('\n');
  },
  // 8 customer review
  (d, g) => {
    const cc = g.pick(EN);
    const w = g.person();
    const c = g.person();
    const stars = g.int(1, 5);
    d.t(`${'★'.repeat(stars)}${'☆'.repeat(5 - stars)}  ${g.pick(TRADES)} · ${g.when(cc)}\n`);
    if (stars >= 4) {
      d.l('PERSON', w.given).t(` turned up on time, sorted the ${g.pick(JOBS)} in under two hours and cleaned up after. `);
      d.t('Would book ').l('PERSON', w.given).t(' again. ');
    } else {
      d.t('Booked ').l('PERSON', g.full(w)).t(` for ${an(g.pick(JOBS))}. Arrived three hours late and left a mess. `);
    }
    maybeTrap(d, g, cc, 0.4);
    d.t('\n— ').l('PERSON', g.pick([c.given, `${c.given} ${c.family.charAt(0)}.`, g.full(c)])).t(`, ${g.pick(['Austin', 'Leeds', 'Halifax', 'Fremantle', 'Cork', 'Pune', 'Durban'])}\n`);
  },
  // 9 dispute ticket
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const w = g.person();
    const p = plat(g);
    d.t(`[Dispute ${g.jobId()}] opened by `).l('EMAIL', g.email(c));
    d.t('\n\nI was charged twice for the same clean. Both charges went to my card ').l('CARD', g.card());
    d.t(`, ${g.money(cc)} each. The cleaner (`).l('PERSON', g.mention(w));
    d.t(`) only came once. ${g.trap(cc)}\nPlease refund the duplicate. You can call me on `).l('PHONE', g.phone(cc)).t('.\n\n');
    sign(d, g, c, g.chance(0.5));
    d.t(`\n\n--- agent note: verified duplicate auth, ${g.maskedCard()}; escalated to `).l('EMAIL', g.roleEmail(p.dom)).t('\n');
  },
  // 10 booking assistant chat
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const p = plat(g);
    d.t(`Assistant: Hi! I'm the ${p.name} booking assistant. What do you need help with?\nUser: need ${an(g.pick(TRADES))} for ${an(g.pick(JOBS))}\nAssistant: Sure. What's the full address?\nUser: `);
    addrL(d, g, cc, false);
    d.t('\nAssistant: Got it. And your name?\nUser: ');
    sign(d, g, c, true);
    d.t('\nAssistant: Thanks! Best number to reach you?\nUser: ').l('PHONE', g.phone(cc));
    if (g.chance(0.5)) d.t(' or email ').l('EMAIL', g.email(c));
    d.t(`\nAssistant: You're booked for ${g.when(cc)}, ${g.window()}. `);
    if (g.chance(0.35)) d.t('Card to hold the slot?\nUser: ').l('CARD', g.card()).t('\nAssistant: Saved. ');
    d.t(`Reference ${g.jobId()}.\n`);
  },
  // 11 SMS thread customer <-> worker
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const w = g.person();
    d.t(`SMS · ${g.stamp()}\n[Worker] Hi it's `).l('PERSON', w.given).t(` from ${g.pick(PLATFORMS)}, running ${g.int(10, 40)} min late, sorry!\n[Customer] no worries `);
    d.l('PERSON', w.given.toLowerCase()).t('. door code is ').t(`${g.dg(4)}`).t(', flat is on the 2nd floor\n');
    d.t('[Worker] Great. Is this still the address: ');
    addrL(d, g, cc, false);
    d.t('?\n[Customer] yes. if the buzzer fails ring my partner ').l('PERSON', g.person().given).t(' on ').l('PHONE', g.phone(cc));
    d.t(`\n[Worker] 👍 ${g.chance(0.5) ? 'parked outside' : 'see you soon'}\n`);
    if (g.chance(0.5)) d.t('[Customer] thanks, ').l('PERSON', c.given).t('\n');
  },
  // 12 call transcript with spoken contacts
  (d, g) => {
    const c = g.person();
    const a = g.person();
    d.t(`Call recording ${g.jobId()} — transcript (auto)\nAgent `).l('PERSON', a.given).t(': Thanks for calling, can I take your name?\nCaller: yeah it\'s ');
    sign(d, g, c, g.chance(0.5));
    d.t(`\nAgent: And an email for the quote?\nCaller: `).l('EMAIL', g.spokenEmail(c));
    d.t('\nAgent: And a callback number?\nCaller: ').l('PHONE', g.spokenPhone());
    d.t(`\nAgent: Perfect. ${((w: string): string => w.charAt(0).toUpperCase() + w.slice(1))(an(g.pick(TRADES)))} will call you back within the hour. Anything else?\nCaller: the last guy quoted ${g.money('US')} is that normal\nAgent: Depends on parts. ${g.trap('US')}\n`);
  },
  // 13 moving estimate with origin/destination
  (d, g) => {
    const cc = g.pick(['US', 'GB', 'CA', 'AU', 'DE', 'NL', 'FR'] as const);
    const c = g.person();
    d.t(`${g.pick(BIZ)} — Moving estimate ${g.jobId()}\nCustomer: `).l('PERSON', g.mention(c));
    d.t(`\nMove date: ${g.when(cc)}\n\nFROM:\n`);
    addrL(d, g, cc, true);
    d.t(`\n(${g.pick(['3rd floor, no lift', 'ground floor', 'parking permit needed', 'narrow stairs'])})\n\nTO:\n`);
    addrL(d, g, cc, true);
    d.t(`\n\nInventory: ${g.int(18, 90)} boxes, sofa, ${g.pick(['upright piano', 'fridge-freezer', 'gym bench', 'dining table'])}\nCrew: 3 movers, 1 van\nQuote: ${g.money(cc)} (${g.trap(cc)})\nContact on the day: `).l('PHONE', g.phone(cc)).t('\n');
  },
  // 14 recurring cleaning schedule
  (d, g) => {
    const cc = g.pick(EN);
    const w = g.person();
    const c = g.person();
    d.t('Recurring clean — ').l('PERSON', `${c.family}, ${c.given}`).t(`\nFrequency: every ${g.pick(['Tuesday', 'other Friday', 'Monday and Thursday'])}, ${g.window()}\nCleaner: `).l('PERSON', w.given);
    d.t(` (backup: `).l('PERSON', g.person().given).t(`)\nHome: `);
    addrL(d, g, cc, false);
    d.t(`\nNotes: ${g.trap(cc)} ${g.trap(cc)}\nNext visit ${g.when(cc)}.\n`);
  },
  // 15 background check consent
  (d, g) => {
    const w = g.person();
    const p = plat(g);
    d.t(`${p.name} — background check authorization\n\nI, `);
    sign(d, g, w, true);
    d.t(', authorize the screening provider to obtain consumer reports about me.\n\nFull legal name: ').l('PERSON', `${w.family.toUpperCase()}, ${w.given.toUpperCase()}`);
    d.t('\nDOB: ').l('DOB', g.dob('US')).t('\nSSN: ').l('NATIONAL_ID', g.ssn());
    d.t('\nCurrent address: ');
    addrL(d, g, 'US', false);
    d.t('\nEmail: ').l('EMAIL', g.email(w)).t(`\nSigned ${g.when('US')}\n`);
  },
  // 16 account security log
  (d, g) => {
    const w = g.person();
    const p = plat(g);
    d.t(`security/audit — pro account of `).l('EMAIL', g.workEmail(w, g.pick(['gmail.com', 'outlook.com', 'icloud.com'])));
    d.t('\n');
    const n = g.int(2, 5);
    for (let i = 0; i < n; i++) {
      d.t(`${g.stamp()}  ${g.pick(['login_ok', 'login_failed', 'payout_details_viewed', 'password_reset', '2fa_challenge'])}  src=`).l('IP', g.ip());
      d.t(g.chance(0.3) ? `:${g.int(1024, 65535)}` : '').t(`  ua="${p.name}Pro/${g.int(3, 9)}.${g.int(0, 40)}.${g.int(0, 9)} (iOS ${g.int(15, 18)}.${g.int(0, 6)})"\n`);
    }
    d.t('flag: ').t(g.chance(0.5) ? 'new device; payout change held for 24h\n' : 'none\n');
  },
  // 17 refund request
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    d.t(`Hi team,\n\nThe ${g.pick(TRADES)} cancelled on ${g.when(cc)} and I still haven't been refunded. Card used: `).l('CARD', g.card());
    d.t(`. Amount: ${g.money(cc)}. Booking ${g.jobId()}.\n\nThanks,\n`);
    sign(d, g, c, g.chance(0.7));
    if (g.chance(0.5)) d.t('\n').l('PHONE', g.phone(cc));
    d.t('\n');
  },
  // 18 CRM internal notes
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const a = g.person();
    const b = g.person();
    d.t(`CRM › Customer › notes\n• ${g.when(cc)} `).l('PERSON', a.given).t(': customer says the previous pro broke a tile. Offered 20% credit.\n• ');
    d.t(`${g.when(cc)} `).l('PERSON', b.given).t(': spoke to ').l('PERSON', g.mention(c)).t(' — prefers calls after 6pm on ').l('PHONE', g.phone(cc));
    d.t(`.\n• ${g.trap(cc)}\n• Do not send `).l('PERSON', g.pick(['Kai', 'Guy', 'Will', g.person().given])).t(' (pro id ').t(g.dg(5)).t(') again.\n');
  },
  // 19 referral e-mail
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const f = g.person();
    const p = plat(g);
    d.t('From: ').l('EMAIL', g.email(c)).t('\nTo: ').l('EMAIL', g.email(f));
    d.t(`\nSubject: the ${g.pick(TRADES)} I told you about\n\nHey `).l('PERSON', f.given);
    d.t(`, this is the one — `).l('PERSON', g.full(g.person())).t(` on ${p.name}. Use my code ${g.pick(UPPER.split(''))}${g.dg(5)} for £20 off. `);
    maybeTrap(d, g, cc, 0.5);
    d.t('\n\nx ').l('PERSON', c.given).t('\n');
  },
  // 20 emergency call-out log
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const w = g.person();
    d.t(`EMERGENCY CALL-OUT ${g.jobId()}\nReceived ${g.stamp()} — ${g.pick(['water through ceiling', 'no power whole house', 'gas smell', 'locked out, child inside'])}\nCaller: `).l('PERSON', g.mention(c));
    d.t(' / ').l('PHONE', g.phone(cc)).t('\nLocation: ');
    addrL(d, g, cc, false);
    d.t(`\n${g.pick(['Cross street', 'Nearest landmark'])}: ${g.pick(['the Lincoln Park gates', 'St. Mary\'s Hospital', 'the old Ferguson depot', 'Victoria Station'])}\nDispatched: `).l('PERSON', g.full(w));
    d.t(` (eta ${g.int(15, 60)} min), van reg ${g.pick(UPPER.split(''))}${g.pick(UPPER.split(''))}${g.int(10, 74)} ${g.pick(UPPER.split(''))}${g.pick(UPPER.split(''))}${g.pick(UPPER.split(''))}\n`);
  },
  // 21 UK electrical certificate
  (d, g) => {
    const w = g.person();
    const c = g.person();
    d.t(`ELECTRICAL INSTALLATION CONDITION REPORT\nReport no. ${g.dg(7)}\nClient: `);
    if (g.chance(0.5)) d.t(`${g.hon('GB')} `).l('PERSON', c.family);
    else d.l('PERSON', `${c.given} ${c.family}`);
    d.t('\nInstallation address:\n');
    addrL(d, g, 'GB', true);
    d.t(`\nOverall condition: ${g.pick(['SATISFACTORY', 'UNSATISFACTORY'])}\nNext inspection: ${g.when('GB')}\nInspector: `).l('PERSON', `${w.given} ${w.family}`);
    d.t(`, NICEIC reg. ${g.nz(6)}\nTel: `).l('PHONE', g.phone('GB')).t(`\nNote: ${g.trap('GB')}\n`);
  },
  // 22 landlord books for tenant
  (d, g) => {
    const cc = g.pick(EN);
    const l = g.person();
    const t = g.person();
    d.t(`Booking note from landlord `).l('PERSON', g.full(l));
    d.t(`:\nPlease fix the ${g.pick(JOBS)} at my rental, `);
    addrL(d, g, cc, false);
    d.t('. The tenant is ').t(g.hon(cc)).t(' ').l('PERSON', t.family).t(', call them first on ').l('PHONE', g.phone(cc));
    d.t(`. Invoice to me at `).l('EMAIL', g.email(l)).t(`. ${g.trap(cc)}\n`);
  },
  // 23 warranty claim
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    d.t(`Warranty claim — ${g.pick(['Vaillant ecoTEC', 'Worcester Bosch Greenstar', 'Kohler Highline', 'Dyson V15', 'Miele G7000'])}\nSerial: ${g.pick(UPPER.split(''))}${g.dg(9)}\nInstalled: ${g.when(cc)} by ${g.pick(BIZ)}\nOwner: `);
    sign(d, g, c, g.chance(0.5));
    d.t('\nOwner address: ');
    addrL(d, g, cc, false);
    d.t('\nContact: ').l('EMAIL', g.email(c)).t(`\nFault: ${g.pick(['F28 ignition lockout', 'pump noise', 'leak at the valve', 'will not charge'])}. ${g.trap(cc)}\n`);
  },
  // 24 cancellation notice
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const p = plat(g);
    d.t('Hi ').l('PERSON', c.given).t(`,\n\nYour booking ${g.jobId()} for ${g.when(cc)} has been cancelled. `);
    d.t(g.pick(['A refund of ', 'A credit of ']) + g.money(cc) + ' will appear in 3–5 days on ' + g.maskedCard() + '.\n\n');
    d.t(`— ${p.name} Support · `).l('EMAIL', g.roleEmail(p.dom)).t(' · ').l('PHONE', g.phone(cc)).t('\n');
  },
  // 25 reschedule SMS (with line-break split trap)
  (d, g) => {
    const cc = g.pick(EN);
    const w = g.person();
    const ph = g.phone(cc);
    d.t(`Hi it's `).l('PERSON', w.given).t(`, can we move tomorrow to ${g.time()}? `);
    if (g.chance(0.4)) {
      const i = Math.floor(ph.length / 2);
      d.t(`If not text me on my other no. ${ph.slice(0, i)}\n${ph.slice(i)}\n`);
    } else {
      d.t('If not text me on ').l('PHONE', ph).t('\n');
    }
    d.t(`> Reply: ok ${g.time()} works. ${g.pick(['Gate is open', 'Dog will be out', 'Park on the drive'])}\n`);
  },
  // 26 payment failed
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const p = plat(g);
    d.t('Dear ').t(g.hon(cc)).t(' ').l('PERSON', c.family).t(`,\n\nWe couldn't charge the card `);
    if (g.chance(0.5)) d.l('CARD', g.card()).t(' (declined by issuer). ');
    else d.t(`${g.badCard()} (card number failed validation). `);
    d.t(`Please update your payment method before ${g.when(cc)} to keep your ${g.pick(TRADES)} booking.\n\n${p.name} Billing · `).l('EMAIL', g.roleEmail(p.dom)).t('\n');
  },
  // 27 worker profile with DOB for age check
  (d, g) => {
    const cc = g.cc();
    const w = g.person();
    d.t(`PRO PROFILE (internal)\nDisplay name: `).l('PERSON', `${w.given} ${w.family.charAt(0)}.`);
    d.t(`\nLegal name: `).l('PERSON', g.full(w)).t('\nDate of birth: ').l('DOB', g.dob(cc)).t(` (age verified ✓)\nTrades: ${g.pick(TRADES)}, ${g.pick(TRADES)}\nMember since: ${g.when(cc)}\nMobile: `);
    d.l('PHONE', g.phone(cc)).t(`\nBio: "${g.int(5, 25)} years on the tools. Fully insured. ${g.trap(cc)}"\n`);
  },
  // 28 CSV export of jobs
  (d, g) => {
    const cc = g.pick(['US', 'US', 'CA'] as const);
    d.t('job_id,customer,phone,email,address,trade,price\n');
    const n = g.int(2, 4);
    for (let i = 0; i < n; i++) {
      const c = g.person();
      d.t(`${g.jobId()},`).l('PERSON', g.full(c)).t(',').l('PHONE', g.phone(cc)).t(',').l('EMAIL', g.email(c)).t(',"');
      addrL(d, g, cc, false);
      d.t(`",${g.pick(TRADES)},${g.int(80, 900)}.00\n`);
    }
  },
  // 29 JSON booking payload
  (d, g) => {
    const cc = g.cc();
    const c = g.person();
    d.t(`{\n  "booking_id": "${g.jobId()}",\n  "customer": {\n    "name": "`).l('PERSON', g.full(c)).t('",\n    "email": "').l('EMAIL', g.email(c));
    d.t('",\n    "phone": "').l('PHONE', g.phone(cc)).t('"\n  },\n  "address": "').l('ADDRESS', g.address(cc, false));
    d.t(`",\n  "service": "${g.pick(TRADES)}",\n  "created_at": "${g.stamp()}",\n  "client_ip": "`).l('IP', g.ip());
    d.t(`",\n  "app_version": "${g.int(2, 9)}.${g.int(0, 20)}.${g.int(0, 9)}"\n}\n`);
  },
  // 30 webhook / access log
  (d, g) => {
    const n = g.int(3, 6);
    for (let i = 0; i < n; i++) {
      const v6 = g.chance(0.3);
      d.t(v6 ? '[' : '').l('IP', v6 ? g.ipv6() : g.ipv4()).t(v6 ? ']' : '').t(` - - [${g.stamp()}] "POST /api/v${g.int(1, 3)}/bookings/${g.dg(6)}/status HTTP/1.1" ${g.pick(['200', '201', '409', '500'])} ${g.int(90, 4000)}\n`);
    }
  },
  // 31 German order confirmation
  (d, g) => {
    const cc = g.pick(['DE', 'DE', 'AT', 'CH'] as const);
    const c = g.person();
    const w = g.person();
    d.t(`Auftragsbestätigung Nr. ${g.dg(6)}\n\nSehr geehrte${g.chance(0.5) ? 'r Herr' : ' Frau'} `).l('PERSON', c.family);
    d.t(`,\n\nvielen Dank für Ihren Auftrag (${g.pick(['Heizungswartung', 'Badsanierung', 'Umzug', 'Endreinigung', 'Elektroprüfung'])}). Unser Monteur `).l('PERSON', g.full(w));
    d.t(` kommt am ${g.when(cc)} zwischen ${g.window()} Uhr zu Ihnen:\n\n`);
    addrL(d, g, cc, true);
    d.t(`\n\nRückfragen: `).l('PHONE', g.phone(cc)).t('\nBitte überweisen Sie die Anzahlung von ').t(g.money('DE')).t(' auf IBAN ').l('IBAN', g.iban(cc));
    d.t(`.\n\nMit freundlichen Grüßen\n`).l('PERSON', g.full(g.person())).t(`\n${g.trap(cc)}\n`);
  },
  // 32 French quote
  (d, g) => {
    const cc = g.pick(['FR', 'FR', 'BE'] as const);
    const c = g.person();
    const w = g.person();
    d.t(`DEVIS n° ${g.dg(5)} — ${g.pick(['plomberie', 'électricité', 'ménage', 'déménagement'])}\nClient : `).t(g.hon(cc)).t(' ').l('PERSON', `${c.given} ${c.family.toUpperCase()}`);
    d.t('\nAdresse du chantier :\n');
    addrL(d, g, cc, true);
    d.t(`\nTél. : `).l('PHONE', g.phone(cc)).t(`\nMontant TTC : ${g.money('FR')} — validité 30 jours.\nArtisan : `).l('PERSON', g.full(w)).t(`, SIRET ${g.dg(14)}\nRèglement par virement : `);
    d.l('IBAN', g.iban(cc)).t(`\nDate du devis : ${g.when(cc)}\n`);
  },
  // 33 Spanish quote
  (d, g) => {
    const cc = g.pick(['ES', 'ES', 'MX'] as const);
    const c = g.person();
    const w = g.person();
    d.t(`Presupuesto ${g.jobId()}\n\nEstimad${g.chance(0.5) ? 'o' : 'a'} `).t(g.hon(cc)).t(' ').l('PERSON', c.family);
    d.t(`:\n\nLe enviamos el presupuesto para ${g.pick(['la reforma del baño', 'la mudanza', 'la limpieza a fondo', 'revisar la instalación eléctrica'])} en `);
    addrL(d, g, cc, false);
    d.t(`. Importe: ${g.money(cc === 'MX' ? 'MX' : 'ES')}.\nEl técnico asignado es `).l('PERSON', g.full(w)).t(' (móvil ').l('PHONE', g.phone(cc)).t(').\n');
    if (cc === 'ES') d.t('Para la señal, transferencia a ').l('IBAN', g.iban('ES')).t('.\n');
    else d.t('Para la señal, pago con tarjeta ').l('CARD', g.card()).t('.\n');
    d.t('Un saludo,\n').l('EMAIL', g.roleEmail(plat(g).dom)).t('\n');
  },
  // 34 Japanese booking
  (d, g) => {
    const [fam, giv] = g.pick(JA_NAMES);
    const [wf] = g.pick(JA_NAMES);
    d.l('PERSON', g.chance(0.5) ? `${fam} ${giv}` : fam).t(' 様\n\nこの度はハウスクリーニングのご予約ありがとうございます。\n');
    d.t(`日時：${g.when('JP')} ${g.int(9, 16)}:00〜\nご住所：`).l('ADDRESS', g.address('JP', false));
    d.t('\nお電話：').l('PHONE', g.phone('JP')).t('\n担当：').l('PERSON', wf).t(`（スタッフ）\n予約番号：${g.jobId()}\n`);
    if (g.chance(0.5)) d.t('お問い合わせ：').l('EMAIL', g.roleEmail(plat(g).dom)).t('\n');
  },
  // 35 Korean booking
  (d, g) => {
    const c = g.pick(KO_NAMES);
    const w = g.pick(KO_NAMES);
    d.l('PERSON', c).t(' 고객님, 이사 예약이 확정되었습니다.\n');
    d.t(`일시: ${g.when('KR')}\n주소: `).l('ADDRESS', g.address('KR', false)).t('\n연락처: ').l('PHONE', g.phone('KR'));
    d.t('\n담당 기사: ').l('PERSON', w).t(` 씨\n예약번호 ${g.jobId()}\n`);
  },
  // 36 Dutch quote
  (d, g) => {
    const c = g.person();
    const w = g.person();
    d.t(`Offerte ${g.dg(6)}\n\nBeste `).l('PERSON', c.given).t(`,\n\nHierbij de offerte voor ${g.pick(['het vervangen van de cv-ketel', 'de verhuizing', 'de schoonmaak', 'een nieuwe groepenkast'])}.\nAdres: `);
    addrL(d, g, 'NL', false);
    d.t(`\nPrijs: ${g.money('NL')} incl. btw\nUitvoerder: `).l('PERSON', g.full(w)).t(', ').l('PHONE', g.phone('NL'));
    d.t('\nBetaling op rekening ').l('IBAN', g.iban('NL')).t(` t.n.v. ${g.pick(BIZ)}\n\nMet vriendelijke groet,\n`).l('PERSON', w.given).t('\n');
  },
  // 37 Italian quote
  (d, g) => {
    const c = g.person();
    d.t(`Preventivo n. ${g.dg(4)}/${g.int(2024, 2026)}\nGent.${g.chance(0.5) ? 'mo' : 'ma'} `).t(g.hon('IT')).t(' ').l('PERSON', g.full(c));
    d.t('\n');
    addrL(d, g, 'IT', true);
    d.t(`\n\nOggetto: ${g.pick(['sostituzione caldaia', 'trasloco', 'pulizie di fine cantiere', 'rifacimento impianto elettrico'])}\nTotale: ${g.money('IT')}\nBonifico su IBAN `).l('IBAN', g.iban('IT'));
    d.t('\nCell. ').l('PHONE', g.phone('IT')).t(` — ${g.trap('IT')}\n`);
  },
  // 38 Brazilian quote via WhatsApp
  (d, g) => {
    const c = g.person();
    const w = g.person();
    d.t(`[WhatsApp] `).l('PERSON', w.given).t(`: Bom dia `).l('PERSON', c.given);
    d.t(`! Segue o orçamento da ${g.pick(['faxina', 'mudança', 'instalação elétrica', 'troca do sifão'])}: ${g.money('BR')}.\n`).l('PERSON', c.given);
    d.t(': Fechado. O endereço é ').l('ADDRESS', g.address('BR', false)).t('\n');
    d.l('PERSON', w.given).t(`: Combinado, ${g.when('BR')} às ${g.int(8, 16)}h. Qualquer coisa me liga no `).l('PHONE', g.phone('BR')).t('\n');
  },
  // 39 insurance claim
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const w = g.person();
    d.t(`Claim ${g.pick(UPPER.split(''))}${g.dg(8)} — escape of water\nPolicyholder: `);
    sign(d, g, c, g.chance(0.5));
    d.t(' (DOB ').l('DOB', g.dob(cc)).t(')\nRisk address:\n');
    addrL(d, g, cc, true);
    d.t(`\nDate of loss: ${g.when(cc)}\nRepairer: ${g.pick(BIZ)}, attending engineer `).l('PERSON', g.mention(w));
    d.t(`\nRepair invoice: ${g.money(cc)}\n${g.trap(cc)}\n`);
  },
  // 40 key handover
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const w = g.person();
    d.t('Key handover\nI, ').l('PERSON', g.full(c)).t(', hand ').t(g.int(1, 3) === 1 ? 'one key' : 'two keys').t(' to ').l('PERSON', g.full(w));
    d.t(` (${g.pick(TRADES)}) for access to `);
    addrL(d, g, cc, false);
    d.t(` from ${g.when(cc)} until ${g.when(cc)}. Alarm code will be texted separately. ${g.trap(cc)}\n`);
  },
  // 41 bank details change request
  (d, g) => {
    const w = g.person();
    const p = plat(g);
    const cc = g.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'PL', 'SE', 'IE'] as const);
    d.t(`To: `).l('EMAIL', g.roleEmail(p.dom)).t('\nFrom: ').l('EMAIL', g.email(w));
    d.t(`\n\nPlease change my payout account. The old one (${g.badIban(cc)}) was closed — I mistyped it anyway.\nNew IBAN: `).l('IBAN', g.iban(cc));
    d.t('\nAccount holder: ');
    sign(d, g, w, true);
    d.t(`\nPro ID ${g.dg(6)}\n`);
  },
  // 42 chargeback evidence
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const w = g.person();
    d.t(`CHARGEBACK EVIDENCE PACK — case ${g.dg(10)}\nCardholder: `).l('PERSON', `${c.given} ${c.family}`.toUpperCase()).t('\nCard: ').l('CARD', g.card());
    d.t(`\nReason code: ${g.pick(['13.1', '10.4', '4853'])}\nService provided on ${g.when(cc)} by `).l('PERSON', g.full(w));
    d.t(` at `);
    addrL(d, g, cc, false);
    d.t('\nBooking made from IP ').l('IP', g.ip()).t(` using ${g.maskedPhone()} for SMS verification.\nPhotos attached (${g.trap(cc)})\n`);
  },
  // 43 business reply to review
  (d, g) => {
    const c = g.person();
    const o = g.person();
    d.t('Response from the owner:\nHi ').l('PERSON', c.given).t(`, sorry to read this. Our team member `).l('PERSON', g.person().given);
    d.t(` says the ${g.pick(['drain', 'socket', 'skirting board'])} was already damaged — but that's no excuse. Please email me directly at `).l('EMAIL', g.email(o));
    d.t(' and I will sort it. — ').l('PERSON', o.given).t(`, owner, ${g.pick(BIZ)}\n`);
  },
  // 44 e-mail thread with quoted reply
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const w = g.person();
    const we = g.email(w);
    d.t('Thanks — Thursday is fine. Parking is on the street.\n\n');
    sign(d, g, c, g.chance(0.5));
    d.t(`\n\nOn ${g.when(cc)}, `).l('PERSON', g.full(w)).t(' <').l('EMAIL', we).t('> wrote:\n> Hi ').l('PERSON', c.given);
    d.t(`, I can do Thursday ${g.time()} for the ${g.pick(JOBS)}.\n> Materials approx ${g.money(cc)}.\n> `).l('PERSON', w.given).t('\n> ').l('PHONE', g.phone(cc)).t('\n');
  },
  // 45 subcontractor agreement
  (d, g) => {
    const cc = g.pick(['GB', 'IE', 'DE', 'NL', 'FR'] as const);
    const a = g.person();
    const b = g.person();
    d.t(`SUBCONTRACTOR AGREEMENT\nBetween ${g.pick(BIZ)} ("Contractor"), represented by `).l('PERSON', g.full(a));
    d.t(', and ').l('PERSON', g.full(b)).t(', of ');
    addrL(d, g, cc, false);
    d.t(' ("Subcontractor").\n1. Rates: ').t(g.money(cc)).t(' per day.\n2. Payment to: ').l('IBAN', g.iban(cc));
    d.t(`\n3. Term: from ${g.when(cc)}.\nSigned `).l('PERSON', a.family).t(' / ').l('PERSON', b.family).t('\n');
  },
  // 46 dispatch board table
  (d, g) => {
    const cc = g.pick(EN);
    d.t(`| Slot | Tech | Customer | Phone |\n|---|---|---|---|\n`);
    const n = g.int(2, 4);
    for (let i = 0; i < n; i++) {
      d.t(`| ${g.window()} | `).l('PERSON', g.person().given).t(' | ').l('PERSON', g.mention(g.person())).t(' | ').l('PHONE', g.phone(cc)).t(' |\n');
    }
    d.t(`| ${g.window()} | (unassigned) | — | ${g.maskedPhone()} |\n`);
  },
  // 47 punch list
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    d.t(`${g.when(cc)} — `);
    d.t('Punch list — ').l('PERSON', g.chance(0.5) ? c.given : g.full(c)).t(`'s kitchen\n[ ] re-hang cupboard door\n[x] seal around sink\n[ ] touch up ${g.pick(['Benjamin Moore', 'Dulux', 'Behr'])} white on skirting\n[ ] ${g.pick(['swap the Hansgrohe mixer', 'bleed radiators', 'fit smoke alarm'])}\n`);
    d.t('Homeowner will be out; spare key with neighbour ').l('PERSON', g.person().given).t('.\n');
  },
  // 48 voicemail transcription
  (d, g) => {
    const c = g.person();
    d.t(`Voicemail (${g.int(0, 1)}:${pad(g.int(5, 59))}) — transcribed\n"Hi, this is `).l('PERSON', g.full(c));
    d.t(`, I booked ${an(g.pick(TRADES))} for tomorrow but nobody's confirmed. Can you call me back on `).l('PHONE', g.chance(0.5) ? g.spokenPhone() : g.phone('US'));
    d.t(`? Or email `).l('EMAIL', g.chance(0.5) ? g.spokenEmail(c) : g.email(c)).t('. Thanks, bye."\n');
  },
  // 49 deposit dispute after move-out clean
  (d, g) => {
    const cc = g.pick(['GB', 'AU', 'NZ', 'IE'] as const);
    const c = g.person();
    const ag = g.person();
    d.t(`Re: deposit deduction for `);
    addrL(d, g, cc, false);
    d.t('\n\nDear ').l('PERSON', ag.given).t(`,\nThe end-of-tenancy clean was done by a pro from ${g.pick(PLATFORMS)} on ${g.when(cc)} (receipt attached). I dispute the ${g.money(cc)} cleaning deduction.\n\nRegards,\n`);
    sign(d, g, c, g.chance(0.6));
    d.t('\n').l('PHONE', g.phone(cc)).t('\n');
  },
  // 50 KYC verification for payouts
  (d, g) => {
    const w = g.person();
    const p = plat(g);
    d.t(`${p.name} identity check ✅ passed\nName match: `).l('PERSON', g.full(w));
    d.t('\nDOB: ').l('DOB', g.dob('US')).t('\nSSN (last 4 shown to support): ').t(g.maskedSsn());
    d.t('\nFull SSN (restricted field): ').l('NATIONAL_ID', g.ssn()).t('\nVerified from device ').l('IP', g.ip());
    d.t(`\nChecked ${g.stamp()}\n`);
  },
  // 51 crew roster
  (d, g) => {
    const cc = g.pick(['US', 'GB', 'AU', 'CA'] as const);
    d.t(`Crew roster — ${g.pick(BIZ)} — week of ${g.when(cc)}\n`);
    const n = g.int(3, 5);
    for (let i = 0; i < n; i++) {
      const w = g.person();
      d.t('- ').l('PERSON', `${w.family.toUpperCase()} ${w.given}`).t(` (${g.pick(['lead', 'mover', 'driver', 'apprentice'])}) `).l('PHONE', g.phone(cc));
      if (cc === 'US' && g.chance(0.6)) d.t(' SSN ').l('NATIONAL_ID', g.ssn());
      d.t('\n');
    }
  },
  // 52 lost item report
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    d.t('Lost property report\nI think the ').t(g.pick(TRADES)).t(` left a ${g.pick(['drill', 'torch', 'tape measure', 'phone charger'])} at my place. Name on it says "`).l('PERSON', g.person().given).t('". ');
    d.t('Collect from ');
    addrL(d, g, cc, false);
    d.t(' any evening. — ').l('PERSON', c.given).t(' (').l('PHONE', g.phone(cc)).t(')\n');
  },
  // 53 damage incident report
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const w = g.person();
    d.t(`INCIDENT REPORT ${g.jobId()}\nReported by: `).l('PERSON', g.full(w)).t(' (mover)\nCustomer: ').l('PERSON', g.mention(c));
    d.t(`\nWhat happened: ${g.pick(['dropped a mirror on the stairs', 'scraped the hallway wall', 'cracked a tile while moving the fridge'])}. Customer was shown the damage at ${g.time()}. ${g.trap(cc)}\nDate of incident: ${g.when(cc)}\nCustomer email: `);
    d.l('EMAIL', g.email(c)).t('\n');
  },
  // 54 forum post comparing quotes
  (d, g) => {
    const cc = g.pick(EN);
    const a = g.person();
    const b = g.person();
    d.t(`Got three quotes for ${an(g.pick(JOBS))}: `).l('PERSON', a.family).t(` wanted ${g.money(cc)}, a guy called `).l('PERSON', b.given);
    d.t(` wanted ${g.money(cc)}, and ${g.pick(BIZ)} wanted ${g.money(cc)}. `).t(g.trap(cc)).t(' Anyone used ').l('PERSON', `${a.given} ${a.family}`).t(' before? posted by @').t(`${fold(b.family) || 'user'}${g.int(1, 99)}`).t('\n');
  },
  // 55 gift card purchase
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const r = g.person();
    const p = plat(g);
    d.t(`Gift card order ${g.jobId()}\nBuyer: `);
    sign(d, g, c, g.chance(0.5));
    d.t(' · card ').l('CARD', g.card()).t(`\nRecipient: `).l('PERSON', r.given).t(' <').l('EMAIL', g.email(r));
    d.t(`>\nMessage: "For the deep clean you keep talking about! Happy birthday x"\nValue: ${g.money(cc)} · ${p.name}\n`);
  },
  // 56 ops chat (slack-like)
  (d, g) => {
    const cc = g.pick(EN);
    const a = g.person();
    const b = g.person();
    const w = g.person();
    d.t('#ops-dispatch\n').l('PERSON', a.given).t(`: who can cover ${g.pick(['the Hackney', 'the Oak Park', 'the Fitzroy', 'the Kanata'])} job? `).l('PERSON', w.given).t(' called in sick\n');
    d.l('PERSON', b.given).t(': I can ask ').l('PERSON', g.full(g.person())).t(', her number is ').l('PHONE', g.phone(cc)).t('\n');
    d.l('PERSON', a.given).t(`: ta. ${g.trap(cc)}\n`);
  },
  // 57 booking for elderly parent
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const m = g.person();
    d.t(`Hello, I'd like to book ${an(g.pick(TRADES))} for my ${g.pick(['mother', 'father', 'grandmother', 'uncle'])}, `).l('PERSON', `${m.given} ${c.family}`);
    const [open, close] = g.pick([[' (born ', ')'], [' (DOB ', ')'], [', date of birth ', ','], [', born ', ',']] as const);
    d.t(open).l('DOB', g.dob(cc)).t(`${close === ')' ? '). They' : ', and they'}'re ${g.pick(['hard of hearing', 'in a wheelchair', 'living alone'])}, so please call me, not them. Their place is `);
    addrL(d, g, cc, false);
    d.t('. My number: ').l('PHONE', g.phone(cc)).t('. — ');
    sign(d, g, c, g.chance(0.7));
    d.t('\n');
  },
  // 58 Polish order
  (d, g) => {
    const c = g.person();
    const w = g.person();
    d.t(`Zlecenie nr ${g.dg(5)}\nKlient: `).t(g.hon('PL')).t(' ').l('PERSON', g.full(c)).t('\nAdres: ');
    addrL(d, g, 'PL', false);
    d.t('\nTel.: ').l('PHONE', g.phone('PL')).t(`\nTermin: ${g.when('PL')}, ${g.window()}\nWykonawca: `).l('PERSON', g.full(w));
    d.t('\nPłatność przelewem: ').l('IBAN', g.iban('PL')).t('\n');
  },
  // 59 Swedish ROT deduction (personnummer is not a US SSN: unlabelled)
  (d, g) => {
    const c = g.person();
    d.t(`Offert – ${g.pick(['badrumsrenovering', 'flytthjälp', 'elinstallation'])}\nKund: `).l('PERSON', g.full(c));
    d.t(`\nPersonnummer (för ROT-avdrag): ${g.int(1950, 2000)}${pad(g.int(1, 12))}${pad(g.int(1, 28))}-${g.dg(4)}\nFastighet: `);
    addrL(d, g, 'SE', false);
    d.t('\nTelefon: ').l('PHONE', g.phone('SE')).t(`\nPris: ${g.money('SE')} efter ROT\nBetala till bankgiro ${g.dg(3)}-${g.dg(4)}\n`);
  },
  // 60 Indian booking (other national ids unlabelled)
  (d, g) => {
    const c = g.person();
    d.t(`Namaste `).l('PERSON', c.given).t(`, your ${g.pick(['RO water purifier service', 'deep cleaning', 'AC servicing', 'pest control'])} is confirmed for ${g.when('IN')}.\nAddress:\n`);
    addrL(d, g, 'IN', true);
    d.t(`\nAadhaar (masked): XXXX XXXX ${g.dg(4)}\nTechnician will call from `).l('PHONE', g.phone('IN')).t(`. Pay ${g.money('IN')} by UPI to ${g.pick(['homeserve', 'fixit', 'cleanpro'])}@${g.pick(['okaxis', 'ybl', 'paytm'])}.\n`);
  },
  // 61 1099-NEC summary
  (d, g) => {
    const w = g.person();
    d.t(`Form 1099-NEC (copy B) — ${g.int(2024, 2025)}\nPAYER: ${g.pick(PLATFORMS)} Inc., EIN ${g.nz(2)}-${g.dg(7)}\nRECIPIENT'S TIN: `).l('NATIONAL_ID', g.ssn());
    d.t('\nRECIPIENT: ').l('PERSON', g.full(w).toUpperCase()).t('\n');
    addrL(d, g, 'US', true, true);
    d.t(`\nBox 1 Nonemployee compensation: ${g.money('US')}\nAccount number: ${g.dg(8)}\n`);
  },
  // 62 fraud alert – shared IP
  (d, g) => {
    const ip = g.ip();
    d.t('Trust & Safety alert: ').t(String(g.int(2, 4))).t(' pro accounts signed up from ').l('IP', ip).t(' within 10 minutes:\n');
    const n = g.int(2, 3);
    for (let i = 0; i < n; i++) {
      const w = g.person();
      d.t('  · ').l('PERSON', g.full(w)).t(' — ').l('EMAIL', g.email(w));
      if (g.chance(0.5)) d.t(' — DOB ').l('DOB', g.dob('US'));
      d.t('\n');
    }
    d.t(`Rule ${g.pick(['TS-17', 'TS-22'])}, score ${g.int(60, 99)}. Related gateway `).l('IP', g.ipv4()).t('\n');
  },
  // 63 GDPR data-export
  (d, g) => {
    const cc = g.pick(['GB', 'IE', 'DE', 'FR', 'NL', 'ES'] as const);
    const c = g.person();
    d.t('=== Your data export ===\nprofile.name: ');
    sign(d, g, c, true);
    d.t('\nprofile.email: ').l('EMAIL', g.email(c)).t('\nprofile.phone: ').l('PHONE', g.phone(cc)).t('\nprofile.date_of_birth: ').l('DOB', g.dob(cc));
    d.t('\naddresses[0]: ').l('ADDRESS', g.address(cc, false)).t('\npayment_methods[0]: ').l('CARD', g.card()).t('\nrefund_account: ').l('IBAN', g.iban(cc));
    d.t('\nlast_login_ip: ').l('IP', g.ip()).t(`\nmarketing_opt_in: false\nexported_at: ${g.stamp()}\n`);
  },
  // 64 handyman found documents during clear-out
  (d, g) => {
    const c = g.person();
    const w = g.person();
    d.t(`Hi, `).l('PERSON', w.given).t(` here from the garage clear-out. Found a folder with an old tax form — `).l('PERSON', g.mention(c));
    d.t(', SSN ').l('NATIONAL_ID', g.ssn()).t(', born ').l('DOB', g.dob('US')).t(`. Didn't want to bin it. Leaving it on the kitchen counter.\n`);
  },
  // 65 multi-stop move day plan
  (d, g) => {
    const cc = g.pick(['US', 'CA', 'AU', 'GB'] as const);
    const c = g.person();
    d.t(`Move day plan for `).l('PERSON', g.full(c)).t('\nStop 1 (pickup): ');
    addrL(d, g, cc, false);
    d.t('\nStop 2 (storage unit #').t(String(g.int(10, 400))).t(`): ${g.pick(['StorQuest', 'Big Yellow', 'Kennards'])}, off the ${g.pick(['I-10', 'M25', 'Pacific Hwy'])}\nStop 3 (drop-off): `);
    addrL(d, g, cc, false);
    d.t('\nOn-site contact: ').l('PERSON', g.person().given).t(' ').l('PHONE', g.phone(cc)).t('\n');
  },
  // 66 tenant SMS with hyphen-split e-mail trap
  (d, g) => {
    const cc = g.pick(EN);
    const c = g.person();
    const w = g.person();
    const em = g.email(c);
    d.t('Text from ').l('PERSON', c.given).t(': the cleaner ').l('PERSON', w.given).t(' never showed. ');
    const cut = em.indexOf('@') + 3;
    if (g.chance(0.4)) d.t(`Send the receipt to ${em.slice(0, cut)}-\n${em.slice(cut)} pls\n`);
    else d.t('Send the receipt to ').l('EMAIL', em).t(' pls\n');
    d.t('Reply: Sorry about that — rebooking now. ').t(g.trap(cc)).t('\n');
  },
  // 67 worker payout SMS with card payout
  (d, g) => {
    const w = g.person();
    d.t(`${g.pick(PLATFORMS)}: Hi `).l('PERSON', w.given).t(`, instant payout of ${g.money('US')} sent to debit card `).l('CARD', g.card());
    d.t('. Not you? Call ').l('PHONE', g.phone('US')).t('.\n');
  },
  // 68 payroll onboarding for an employed cleaner (I-9 / W-4)
  (d, g) => {
    const w = g.person();
    d.t(`New hire — ${g.pick(BIZ)}\nEmployee: `);
    sign(d, g, w, g.chance(0.5));
    d.t('\nBirth date: ').l('DOB', g.dob('US')).t('\nSocial Security No.: ').l('NATIONAL_ID', g.ssn());
    d.t('\nHome address:\n');
    addrL(d, g, 'US', true);
    d.t(`\nStart date: ${g.when('US')}\nPay rate: $${g.int(17, 32)}/h · ${g.trap('US')}\n`);
  },
  // 69 phone order, card read back by the agent
  (d, g) => {
    const c = g.person();
    const a = g.person();
    d.t('Agent ').l('PERSON', a.given).t(': I can take the deposit by card. Long number please?\nCustomer: ').l('CARD', g.card());
    d.t(`\nAgent: Expiry?\nCustomer: ${pad(g.int(1, 12))}/${g.int(26, 31)}\nAgent: Thanks `).l('PERSON', g.pick([c.given, g.full(c)]));
    d.t(`. That's ${g.money('US')} for the ${g.pick(JOBS)}. Receipt will go to the email on file.\n`);
  },
  // 70 note left for the electrician
  (d, g) => {
    const c = g.person();
    const w = g.person();
    d.t('Hi ').l('PERSON', w.given).t(`! Had to dash out. Please charge the balance plus ${g.int(10, 20)}% tip to `).l('CARD', g.card());
    d.t(` — it's the ${g.pick(['card', 'same card', 'work card'])} I used last time. Fuse box is under the stairs. Thanks! `).l('PERSON', c.given);
    d.t(`\n(${g.trap('US')})\n`);
  },
  // 71 support chat identity verification
  (d, g) => {
    const c = g.person();
    const p = plat(g);
    d.t(`${p.name} Support chat\nAgent: To change the payout method I need to verify you. Full name, date of birth and SSN please.\nPro: `);
    sign(d, g, c, true);
    d.t(', ').l('DOB', g.dob('US')).t(', ').l('NATIONAL_ID', g.ssn());
    d.t(`\nAgent: Thanks — verified against ${g.maskedSsn()}. Note: we never ask for your password.\n`);
  },
  // 72 direct deposit form
  (d, g) => {
    const w = g.person();
    d.t('DIRECT DEPOSIT AUTHORIZATION\nEmployee name: ').l('PERSON', g.full(w)).t('\nSSN: ').l('NATIONAL_ID', g.ssn());
    d.t(`\nBank routing number: ${g.pick(['0', '1', '2'])}${g.dg(8)}\nAccount number: ${g.dg(10)}\nAccount type: ${g.pick(['Checking', 'Savings'])}\nEmployer EIN: ${g.nz(2)}-${g.dg(7)}\nDate: ${g.when('US')}\n`);
  },
  // 73 TIN-mismatch batch (IRS B-notice follow-up)
  (d, g) => {
    d.t(`TIN mismatch follow-up — batch ${g.dg(6)} (${g.when('US')})\nname|tin|status\n`);
    const n = g.int(2, 4);
    for (let i = 0; i < n; i++) {
      const w = g.person();
      d.l('PERSON', `${w.family}, ${w.given}`).t('|').l('NATIONAL_ID', g.ssn()).t(`|${g.pick(['MISMATCH', 'CORRECTED', 'PENDING W-9'])}\n`);
    }
    d.t(`payer EIN ${g.nz(2)}-${g.dg(7)}; masked copy sent to pros as ${g.maskedSsn()}\n`);
  },
];

const NEGATIVE: Tpl[] = [
  (d, g) => {
    d.t(`FAQ: How do you price a plumbing job?\nMost pros charge a call-out fee plus an hourly rate. A ${g.pick(['Grohe', 'Kohler', 'Moen'])} mixer tap costs more to fit than a basic one. We never ask for payment outside the app. Quote ${g.jobId()} is an example only. Murphy's law applies: budget 10% extra.\n`);
  },
  (d, g) => {
    d.t(`Weekly ops report (${g.when('US')} – ${g.when('US')})\nJobs completed: ${g.int(800, 4000)}\nMedian response: ${g.int(8, 40)} min\nTop cities: Austin, Charlotte, Jackson, Lincoln, Florence\nTickets: ${g.jobId()}, ${g.jobId()}, ${g.jobId()}\nTeam Falcon beat Team Orion on NPS (${g.int(40, 70)} vs ${g.int(30, 60)}).\n`);
  },
  (d, g) => {
    d.t(`Release notes ${g.int(4, 9)}.${g.int(0, 20)}.${g.int(0, 9)}\n- Dispatch map now loads 2× faster (commit ${g.dg(7)}).\n- Fixed crash when a job had more than 20 photos.\n- Pros can now export jobs to CSV.\n- Minimum OS: iOS ${g.int(15, 17)}.0, Android ${g.int(10, 13)}.\nBuild ${g.stamp()}\n`);
  },
  (d, g) => {
    d.t(`Safety bulletin ${g.when('GB')}\nWorking near sewers? Weil's disease is spread by rat urine — cover cuts, wear gloves. Stored hot water below 60 °C risks Legionnaires' disease. Anyone with Raynaud's symptoms should limit breaker use. And remember Ohm's law: isolate before testing. ${g.trap('GB')}\n`);
  },
  (d, g) => {
    d.t(`Service notice: Storm ${g.pick(['Ciarán', 'Isha', 'Darragh', 'Éowyn'])} has closed roads around Galway and Limerick. Bookings for ${g.when('IE')} may move. Hurricane-style gusts expected; roofers are grounded until ${g.when('IE')}. No action needed — we'll message you.\n`);
  },
  (d, g) => {
    d.t(`payment-gateway.log\n${g.stamp()} DECLINE reason=luhn_check card=${g.badCard()}\n${g.stamp()} REJECT reason=iban_checksum iban=${g.badIban()}\n${g.stamp()} payer EIN ${g.nz(2)}-${g.dg(7)}, routing ${g.pick(['0', '1', '2'])}${g.dg(8)}\n${g.stamp()} masked=${g.maskedCard()} ssn=${g.maskedSsn()}\n`);
  },
  (d, g) => {
    d.t(`Blog: Benjamin Moore vs Farrow & Ball — which white for a north-facing hall?\nOur painters prefer Sherwin-Williams for trim and Dulux for ceilings. Pick up samples at Lowe's or John Lewis. Prices checked ${g.when('US')}. Tip: the Dyson handheld is great for dust before you paint.\n`);
  },
  (d, g) => {
    d.t(`Open jobs near you\n• ${g.pick(JOBS)} — customer in ${g.pick(['Austin', 'Savannah', 'Leeds', 'Fitzroy'])} — ${g.money('US')} — ${g.jobId()}\n• ${g.pick(JOBS)} — ${g.pick(['Victoria', 'Adelaide', 'Wellington'])} — ${g.money('AU')} — ${g.jobId()}\n• ${g.pick(JOBS)} — near Martin Luther King Jr. Blvd — ${g.jobId()}\n`);
  },
  (d, g) => {
    d.t(`RECALL: ${g.pick(['Makita', 'DeWalt', 'Stanley', 'Black+Decker'])} ${g.int(12, 20)}V battery packs, batch ${g.pick(UPPER.split(''))}${g.dg(6)}, made ${g.when('US')}. Stop using immediately. Mr. Fixit Handyman Co. franchisees: return via depot. Mrs. Meyer's and Dr. Bronner's products unaffected (obviously).\n`);
  },
  (d, g) => {
    d.t(`Holiday hours: closed ${g.when('GB')} and ${g.when('GB')}. Emergency plumbers still available through the app. Happy birthday to our app — ${g.int(3, 9)} years old on ${g.when('GB')}! Mascot Sir Spanner says thanks. Version ${g.int(1, 9)}.${g.int(0, 9)}.${g.int(0, 9)}.${g.int(0, 99)}\n`);
  },
];

/** Generates the split for one seed. */
export function generateIndependent57Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent57Entry[] {
  const g = new G(new Rng(opts.seed ?? INDEPENDENT57_SEEDS[0]));
  const min = opts.minInstances ?? INDEPENDENT57_MIN_INSTANCES;
  const out: Independent57Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const tpl = g.chance(0.1) ? g.pick(NEGATIVE) : g.pick(LABELLED);
    tpl(d, g);
    const e = d.entry();
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
