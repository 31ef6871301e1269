/**
 * @module privacy/pii-corpus-independent-67 — blind labelled PII evaluation split #67 (travel agencies and
 * visa services).
 *
 * WRITTEN BLIND. Read: `src/privacy/pii-corpus-rng.ts` (the `Rng` class), `src/privacy/pii-corpus-checks.ts`,
 * the first 30 lines of `src/privacy/pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`),
 * `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. NOT read: the detector (`src/privacy/pii/`),
 * the other corpora and their name pools / templates (`pii-corpus-values.ts`, `pii-corpus-templates.ts`, the
 * other `pii-corpus-independent-*.ts`), tests, docs, benches, AGENTS.md, /work/shared or git history. The
 * detector was never run on this text. Every name, address, template and value here was invented for this file.
 *
 * Seeds: 670001, 670002, 670003 (`INDEPENDENT67_SEEDS`). Each seed yields whole documents until at least
 * `minInstances` labels exist (default 2400), deterministically.
 *
 * Contents: booking confirmations and itineraries, passenger manifests, GDS-style PNR displays and CSV/JSON
 * exports, visa application forms, appointment and refusal letters, passport-detail requests and replies,
 * travel-insurance schedules and claims, agent–client chats, call notes and voicemail transcripts, group-tour
 * rooming lists, refund/rebooking/compensation requests, supplier invoices and payment batches, hotel
 * registration cards, US passport-expedite, financing and contractor forms, booking-site logs; in English,
 * German, French, Spanish, Italian, Portuguese, Dutch, Japanese and Korean, with country-specific phone,
 * address and date formats. About one document in ten is a pure hard negative (booking references, ticket and
 * flight numbers, hotel and visa case codes, Luhn-invalid card-like numbers, invalid IBANs, EINs, routing
 * numbers, versions, hashes, non-birth dates, people-named brands, airports, ships, storms, diseases, laws).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case, "Surname, Given" and GDS
 *   "SURNAME/GIVEN" forms are labelled, one label per contiguous name. Brands, software, places, pets, ships,
 *   storms, streets/buildings named after people, eponymous diseases/laws/awards and @handles are not labelled;
 *   a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITIN-like/invalid numbers and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line from the first street/building/PO-box line to the
 *   last postcode/city/country line; recipient name is a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-rng.js';

export const INDEPENDENT67_SEEDS = [670001, 670002, 670003] as const;
export const INDEPENDENT67_MIN_INSTANCES = 2400;

export type Independent67Label = PiiLabel & { readonly value: string };
export type Independent67Entry = PiiCorpusEntry & { readonly labels: readonly Independent67Label[] };

/** Builds a document while recording label offsets as the text is appended. */
class Doc {
  text = '';
  readonly labels: Independent67Label[] = [];
  readonly knownNames: string[] = [];
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
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(full: string): this {
    if (!this.knownNames.includes(full)) this.knownNames.push(full);
    return this.l('PERSON', full);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Name pools (invented for this split): [id, given names, surnames, order, script, typical countries, honorifics]
// ---------------------------------------------------------------------------------------------------------
type Cc =
  | 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'JP' | 'AU' | 'CA' | 'IN' | 'BR' | 'MX' | 'AE' | 'SG' | 'ZA'
  | 'PL' | 'IE' | 'KR' | 'TR' | 'CH' | 'NZ';
interface Culture {
  readonly id: string;
  readonly given: readonly string[];
  readonly sur: readonly string[];
  readonly sg: boolean;
  readonly script: 'lat' | 'cjk' | 'cyr';
  readonly cc: readonly Cc[];
  readonly hon: readonly string[];
}
const C = (
  id: string, given: string, sur: string, sg: boolean, script: Culture['script'], cc: string, hon: string,
): Culture => ({
  id, given: given.split('|'), sur: sur.split('|'), sg, script, cc: cc.split('|') as Cc[], hon: hon.split('|'),
});
const CULTURES: readonly Culture[] = [
  C('en-us', 'James|Mary|Will|Hope|Grant|Bill|Rose|Guy|May|Faith|Chase|Dawn|Hunter|Brooke|Tyler|Madison|Wesley|Summer',
    'Miller|Johnson|Price|Young|King|Bishop|Story|Banks|Hill|Green|Sterling|Page|Walker|Brooks|Fisher|Baker|Cook|Marsh',
    false, 'lat', 'US|US|CA', 'Mr.|Mrs.|Ms.|Dr.'),
  C('en-gb', 'Oliver|Charlotte|Harry|Imogen|Alfie|Poppy|Rhys|Gemma|Nigel|Sian|Callum|Ffion|Joy|Frank',
    'Whitfield|Pemberton|Ashworth|Holloway|Cartwright|Thwaite|Blackwood|Fairbairn|Hughes|Rowntree|Lockhart|Crabtree|Long',
    false, 'lat', 'GB|GB|AU|NZ', 'Mr|Mrs|Ms|Miss|Dr'),
  C('ga', 'Siobhan|Ciaran|Aoife|Padraig|Niamh|Eoin|Grainne|Declan|Saoirse|Tadhg',
    "O'Sullivan|McCarthy|Ni Bhriain|Fitzgerald|Brennan|Doherty|Kavanagh|O'Connell|Quinlan|Mac Giolla",
    false, 'lat', 'IE|IE|GB', 'Mr|Ms|Mrs|Dr'),
  C('de', 'Lukas|Annika|Jürgen|Sabine|Maximilian|Heike|Torsten|Franziska|Dieter|Ute|Kai|Wiebke',
    'Müller|Schröder|Hoffmann|Weißenborn|Krause|Becker|Zimmermann|Vogt|Lehmann|Kühn|Brandt|Esser',
    false, 'lat', 'DE|DE|CH', 'Herr|Frau|Dr.'),
  C('fr', 'Élodie|Mathieu|Camille|Grégoire|Solène|Benoît|Margaux|Thibault|Noémie|Yannick|Aurélie|Loïc',
    'Lefèvre|Moreau|Girard|Fontaine|Rousseau|Chevalier|Faure|Lemaire|Dupuis|Marchand|Perrin|Vasseur',
    false, 'lat', 'FR|FR|CH', 'M.|Mme|Mlle|Dr'),
  C('es', 'Álvaro|Lucía|Íñigo|Pilar|Javier|Nerea|Sergio|Inmaculada|Rocío|Gonzalo|Amparo|Unai',
    'García Ortega|Fernández|Martínez|Ruiz|Iglesias|Navarro|Domínguez|Sáez|Castillo|Herrera|Vidal|Ibáñez',
    false, 'lat', 'ES', 'Sr.|Sra.|D.|Dña.'),
  C('mx', 'Guadalupe|Alejandro|Ximena|Jesús|Mariana|Rodrigo|Itzel|Emiliano|Citlali|Fernando|Yesenia|Santiago',
    'Hernández|López|Ramírez|Cervantes|Villanueva|Zapata|Quintero|Mendoza|Treviño|Salazar|Orozco|Cuevas',
    false, 'lat', 'MX|MX|US', 'Sr.|Sra.|Lic.'),
  C('pt', 'João|Thaís|Gustavo|Luana|Rafael|Bruna|Caio|Fernanda|Duarte|Inês|Tiago|Leonor',
    'Souza|Oliveira|Carvalho|Pereira|Almeida|Rodrigues|Nascimento|Barbosa|Figueiredo|Gonçalves|Cardoso|Teixeira',
    false, 'lat', 'BR|BR', 'Sr.|Sra.'),
  C('it', 'Giulia|Lorenzo|Chiara|Alessandro|Federica|Matteo|Beatrice|Davide|Serena|Gianluca|Ilaria|Salvatore',
    'Rossi|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca',
    false, 'lat', 'IT', 'Sig.|Sig.ra|Dott.'),
  C('nl', 'Sanne|Daan|Femke|Joost|Lotte|Bram|Marieke|Thijs|Anouk|Sjoerd',
    'de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Jong|Mulder|van Dijk|Jansen',
    false, 'lat', 'NL', 'dhr.|mevr.'),
  C('pl', 'Katarzyna|Piotr|Agnieszka|Tomasz|Małgorzata|Krzysztof|Zofia|Wojciech|Joanna|Łukasz',
    'Kowalski|Nowak|Wiśniewska|Wójcik|Kamińska|Lewandowski|Zieliński|Szymańska|Woźniak|Dąbrowski',
    false, 'lat', 'PL|DE|GB', 'Pan|Pani'),
  C('ru', 'Dmitri|Natalia|Sergei|Ekaterina|Alexei|Olga|Mikhail|Yulia|Igor|Svetlana',
    'Ivanov|Smirnova|Kuznetsov|Popova|Volkov|Sokolova|Morozov|Lebedeva|Novikov|Kozlova',
    false, 'lat', 'DE|AE|TR', 'Mr|Ms'),
  C('uk', 'Oksana|Taras|Yaroslava|Bohdan|Iryna|Andriy|Solomiya|Mykola|Halyna|Ostap',
    'Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Hnatyuk|Lysenko|Savchuk',
    false, 'lat', 'PL|DE|CA', 'Mr|Mrs|Ms'),
  C('el', 'Georgios|Eleni|Dimitrios|Katerina|Nikos|Sofia|Panagiotis|Vasiliki|Christos|Despina',
    'Papadopoulos|Georgiou|Konstantinidis|Nikolaidou|Karagiannis|Vlachos|Oikonomou|Papanikolaou|Alexiou|Dimitriou',
    false, 'lat', 'DE|AU|GB', 'Mr|Mrs|Ms'),
  C('tr', 'Mehmet|Ayşe|Emre|Zeynep|Burak|Elif|Oğuz|Gülşen|Kerem|Defne',
    'Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan|Kılıç',
    false, 'lat', 'TR|TR|DE', 'Bay|Bayan|Mr|Ms'),
  C('ar', 'Mohammed|Fatima|Omar|Aisha|Khalid|Layla|Youssef|Mariam|Said|Noor|Hamza|Amal',
    'Al-Farsi|Haddad|Al-Mansouri|Khoury|Nasser|Bin Rashid|El-Sayed|Al-Hashimi|Saleh|Abdullah|Mansour|Al-Amiri',
    false, 'lat', 'AE|AE|GB|FR', 'Mr|Mrs|Ms|Sheikh'),
  C('fa', 'Dariush|Shirin|Reza|Parisa|Arash|Nasrin|Kourosh|Maryam|Babak|Leila',
    'Tehrani|Hosseini|Rahimi|Moradi|Karimi|Jafari|Ahmadi|Sadeghi|Farahani|Rostami',
    false, 'lat', 'CA|DE|US', 'Mr|Mrs|Ms|Dr'),
  C('hi', 'Priya|Rahul|Ananya|Vikram|Sneha|Arjun|Kavya|Rohan|Pooja|Aditya|Deepika|Sanjay',
    'Sharma|Verma|Gupta|Malhotra|Agarwal|Chopra|Mehta|Kapoor|Joshi|Bhatia|Saxena|Trivedi',
    false, 'lat', 'IN|IN|GB|US', 'Mr.|Mrs.|Ms.|Shri|Smt.'),
  C('ta', 'Karthik|Lakshmi|Senthil|Meenakshi|Aravind|Divya|Murugan|Revathi|Venkatesh|Shalini',
    'Subramanian|Ramasamy|Krishnan|Iyer|Natarajan|Pillai|Rajagopal|Srinivasan|Menon|Reddy',
    false, 'lat', 'IN|SG|US', 'Mr.|Mrs.|Dr.'),
  C('ur', 'Imran|Ayesha|Bilal|Sana|Faisal|Hira|Usman|Mehwish|Zainab|Asad',
    'Chaudhry|Malik|Butt|Siddiqui|Awan|Sheikh|Raza|Mirza|Javed|Hussain',
    false, 'lat', 'GB|AE|CA', 'Mr|Mrs|Ms'),
  C('zh', 'Wei|Xiaoling|Jun|Mei|Hao|Yan|Zhiwei|Lina|Jianguo|Fang|Yuxuan',
    'Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Xu|Guo', true, 'lat', 'SG|AU|CA|US', 'Mr|Ms|Mrs'),
  C('zh-h', '伟|芳|娜|强|敏|静|磊|婷', '王|李|张|刘|陈|杨|黄|吴', true, 'cjk', 'SG', '先生|女士'),
  C('ja', 'Haruto|Yui|Sota|Aoi|Ren|Hina|Takumi|Sakura|Kenji|Yuki|Daichi|Misaki',
    'Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Matsumoto',
    true, 'lat', 'JP', 'Mr|Ms'),
  C('ja-k', '健太|美咲|翔|陽菜|大輔|愛|拓海|結衣', '佐藤|鈴木|高橋|田中|渡辺|伊藤|山本|中村', true, 'cjk', 'JP', '様|さん'),
  C('ko', 'Minjun|Seoyeon|Jiho|Haeun|Dohyun|Jiwoo|Yejin|Sungmin|Hyejin|Taeyang',
    'Kim|Lee|Park|Choi|Jung|Kang|Yoon|Jang|Lim|Han', true, 'lat', 'KR|KR|US', 'Mr|Ms'),
  C('ko-h', '민준|서연|지호|하은|도윤|수아', '김|이|박|최|정|강', true, 'cjk', 'KR', '씨|님'),
  C('vi', 'Minh|Thao|Tuan|Lan|Duc|Huong|Quang|Ngoc|Phuong|Bao',
    'Nguyen|Tran|Le|Pham|Hoang|Vu|Dang|Bui|Do|Ngo', true, 'lat', 'AU|US|FR', 'Mr|Ms|Mrs'),
  C('fil', 'Maricel|Jomar|Rowena|Jerome|Lovely|Rhea|Arnel|Ramil|Cherry|Precious',
    'Dela Cruz|Santos|Reyes|Bautista|Aquino|Manalo|Ramos|Pascual|Navarro|Lacson', false, 'lat', 'AE|SG|US', 'Mr|Ms|Mrs'),
  C('th', 'Somchai|Nattaya|Prasert|Siriporn|Anan|Kanya|Chaiwat|Pimchanok',
    'Srisuk|Wongsawat|Chaiyaporn|Rattanakorn|Boonmee|Suksawat|Thongchai|Kittisak', false, 'lat', 'SG|AU', 'Mr|Ms|Khun'),
  C('id', 'Budi|Siti|Agus|Dewi|Rizky|Putri|Hendra|Wulan',
    'Santoso|Wijaya|Saputra|Hidayat|Kusuma|Pratama|Nugroho|Lestari', false, 'lat', 'SG|NL|AU', 'Mr|Mrs|Bapak|Ibu'),
  C('ng', 'Chinedu|Ngozi|Oluwaseun|Adaeze|Emeka|Funmilayo|Tunde|Chiamaka|Babajide|Ifeoma',
    'Okafor|Adeyemi|Okonkwo|Balogun|Eze|Oyelaran|Nwosu|Adebayo|Obi|Olawale', false, 'lat', 'GB|US|ZA', 'Mr|Mrs|Ms|Chief'),
  C('ke', 'Wanjiru|Otieno|Akinyi|Kipchoge|Njeri|Mwangi|Auma|Baraka',
    'Kamau|Odhiambo|Wafula|Njoroge|Mutua|Chebet|Kiprono|Achieng', false, 'lat', 'ZA|GB', 'Mr|Ms|Mrs'),
  C('sv', 'Astrid|Lars|Ingrid|Magnus|Sigrid|Henrik|Freja|Erik|Solveig|Nils',
    'Lindqvist|Johansson|Berg|Haugen|Nilsen|Sandberg|Eriksson|Dahl|Holm|Strand', false, 'lat', 'DE|NL|GB', 'Mr|Mrs|Ms'),
  C('he', 'Yael|Noam|Tamar|Eitan|Shira|Avi|Noa|Itai', 'Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Avraham|Katz',
    false, 'lat', 'US|GB|FR', 'Mr|Ms|Mrs'),
  C('hu', 'Zsófia|Bence|Eszter|Levente|Réka|Gergely', 'Nagy|Kovács|Tóth|Szabó|Horváth|Varga',
    false, 'lat', 'DE|CH', 'Mr|Mrs|Ms'),
  C('ru-c', 'Иван|Анна|Сергей|Мария|Дмитрий|Елена', 'Петров|Иванова|Смирнов|Кузнецова|Попов|Соколова',
    false, 'cyr', 'DE|TR', 'г-н|г-жа'),
];

interface Person {
  readonly given: string;
  readonly sur: string;
  readonly full: string;
  readonly cul: Culture;
  readonly cc: Cc;
}

// ---------------------------------------------------------------------------------------------------------
// Month names and date formatting
// ---------------------------------------------------------------------------------------------------------
const MONTHS: Record<string, readonly string[]> = {
  en: 'January|February|March|April|May|June|July|August|September|October|November|December'.split('|'),
  de: 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'.split('|'),
  fr: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'.split('|'),
  es: 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'.split('|'),
  it: 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'.split('|'),
  pt: 'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'.split('|'),
  nl: 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'.split('|'),
};
const mon = (lang: string, m: number): string => (MONTHS[lang] ?? MONTHS.en ?? [])[m - 1] ?? '';
const p2 = (n: number): string => String(n).padStart(2, '0');
interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const LANG_OF: Partial<Record<Cc, string>> = { DE: 'de', CH: 'de', FR: 'fr', ES: 'es', MX: 'es', IT: 'it', BR: 'pt', NL: 'nl' };

// ---------------------------------------------------------------------------------------------------------
// Street / city material per country
// ---------------------------------------------------------------------------------------------------------
const US_CITIES = [
  ['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Columbus', 'OH', '432'], ['Tampa', 'FL', '336'],
  ['Denver', 'CO', '802'], ['Raleigh', 'NC', '276'], ['Madison', 'WI', '537'], ['Boise', 'ID', '837'],
  ['Tucson', 'AZ', '857'], ['Albany', 'NY', '122'], ['Savannah', 'GA', '314'], ['Spokane', 'WA', '992'],
] as const;
const US_STREETS = 'Maple Ridge|Juniper|Hawthorne|Sycamore|Lakeview|Cedar Hollow|Magnolia|Willow Creek|Sunset|Martin Luther King Jr|Lincoln|Pine Bluff'.split('|');
const US_SUF = 'Dr|St|Ave|Blvd|Ln|Ct|Rd|Way|Terrace'.split('|');
const GB_PLACES = [['Leeds', 'LS6'], ['Bristol', 'BS7'], ['Norwich', 'NR2'], ['Cardiff', 'CF24'], ['York', 'YO31'],
  ['Brighton', 'BN1'], ['Glasgow', 'G12'], ['London', 'SE15'], ['London', 'N16'], ['Exeter', 'EX4'], ['Belfast', 'BT9']] as const;
const GB_STREETS = 'Kingsdown Avenue|Hollybank Road|Cromwell Terrace|Station Road|Nelson Street|Albert Crescent|Mill Lane|Wordsworth Close|Church View|Dalston Lane'.split('|');
const DE_STREETS = 'Lindenstraße|Goethestraße|Am Mühlbach|Schillerplatz|Bahnhofstraße|Kastanienallee|Hauptstraße|Bismarckstraße|Rosenweg|Friedrich-Ebert-Straße'.split('|');
const DE_CITIES = [['10969', 'Berlin'], ['80331', 'München'], ['50667', 'Köln'], ['20095', 'Hamburg'], ['04109', 'Leipzig'],
  ['70173', 'Stuttgart'], ['60311', 'Frankfurt am Main'], ['01067', 'Dresden'], ['28195', 'Bremen']] as const;
const FR_STREETS = 'rue des Tanneurs|avenue Victor Hugo|boulevard Voltaire|rue de la République|impasse des Lilas|quai Saint-Antoine|rue Pasteur|allée des Cerisiers'.split('|');
const FR_CITIES = [['69002', 'Lyon'], ['75011', 'Paris'], ['13006', 'Marseille'], ['31000', 'Toulouse'], ['33000', 'Bordeaux'],
  ['44000', 'Nantes'], ['67000', 'Strasbourg'], ['59800', 'Lille']] as const;
const ES_STREETS = 'Calle de Alcalá|Calle Mayor|Avenida de Cervantes|Carrer de Provença|Calle Sierpes|Paseo de la Castellana|Calle del Sol|Rambla de Catalunya'.split('|');
const ES_CITIES = [['28009', 'Madrid'], ['08008', 'Barcelona'], ['41004', 'Sevilla'], ['46002', 'València'], ['48001', 'Bilbao'], ['29015', 'Málaga']] as const;
const IT_STREETS = 'Via Garibaldi|Via dei Mille|Corso Vittorio Emanuele II|Via Roma|Viale Mazzini|Via della Spiga|Piazza Dante|Via San Vitale'.split('|');
const IT_CITIES = [['40124', 'Bologna', 'BO'], ['20121', 'Milano', 'MI'], ['00185', 'Roma', 'RM'], ['80134', 'Napoli', 'NA'],
  ['50122', 'Firenze', 'FI'], ['10121', 'Torino', 'TO'], ['90133', 'Palermo', 'PA']] as const;
const NL_STREETS = 'Prinsengracht|Oudegracht|Witte de Withstraat|Kerkstraat|Vondelstraat|Lange Voorhout|Nieuwe Binnenweg'.split('|');
const NL_CITIES = [['1016', 'Amsterdam'], ['3511', 'Utrecht'], ['3014', 'Rotterdam'], ['2514', 'Den Haag'], ['9711', 'Groningen']] as const;
const JP_AREAS = [['Jingumae', 'Shibuya-ku', 'Tokyo', '150'], ['Nishiki', 'Naka-ku', 'Nagoya', '460'], ['Gion-machi', 'Higashiyama-ku', 'Kyoto', '605'],
  ['Umeda', 'Kita-ku', 'Osaka', '530'], ['Tenjin', 'Chuo-ku', 'Fukuoka', '810']] as const;
const JP_KANJI = ['東京都渋谷区神宮前', '大阪府大阪市北区梅田', '京都府京都市東山区祇園町', '愛知県名古屋市中区錦', '福岡県福岡市中央区天神'];
const AU_PLACES = [['Fitzroy', 'VIC', '3065'], ['Newtown', 'NSW', '2042'], ['Fremantle', 'WA', '6160'], ['Paddington', 'QLD', '4064'],
  ['Glenelg', 'SA', '5045'], ['Braddon', 'ACT', '2612']] as const;
const AU_STREETS = 'Wattle St|Brunswick Rd|Banksia Cres|Kingfisher Pde|Lachlan Ave|Macquarie St|Bottlebrush Way'.split('|');
const CA_PLACES = [['Toronto', 'ON', 'M5H'], ['Vancouver', 'BC', 'V6B'], ['Montréal', 'QC', 'H2X'], ['Calgary', 'AB', 'T2P'],
  ['Halifax', 'NS', 'B3J'], ['Ottawa', 'ON', 'K1P']] as const;
const IN_PLACES = [['Indiranagar', 'Bengaluru', '5600', 'Karnataka'], ['Andheri West', 'Mumbai', '4000', 'Maharashtra'],
  ['Salt Lake Sector V', 'Kolkata', '7000', 'West Bengal'], ['T. Nagar', 'Chennai', '6000', 'Tamil Nadu'],
  ['Vasant Kunj', 'New Delhi', '1100', 'Delhi'], ['Banjara Hills', 'Hyderabad', '5000', 'Telangana']] as const;
const IN_BLDG = 'Sai Krupa Apartments|Lotus Residency|Green Park Society|Shanti Niketan|Orchid Heights|Gulmohar Towers'.split('|');
const BR_PLACES = [['Consolação', 'São Paulo', 'SP', '01304'], ['Copacabana', 'Rio de Janeiro', 'RJ', '22070'],
  ['Savassi', 'Belo Horizonte', 'MG', '30140'], ['Moinhos de Vento', 'Porto Alegre', 'RS', '90570'], ['Boa Viagem', 'Recife', 'PE', '51020']] as const;
const BR_STREETS = 'Rua Augusta|Rua Barata Ribeiro|Avenida Getúlio Vargas|Rua Padre Chagas|Rua das Laranjeiras|Avenida Boa Viagem'.split('|');
const MX_PLACES = [['Roma Norte', '06700', 'Ciudad de México', 'CDMX'], ['Providencia', '44630', 'Guadalajara', 'Jal.'],
  ['San Pedro Garza García', '66220', 'Monterrey', 'N.L.'], ['Centro', '68000', 'Oaxaca de Juárez', 'Oax.']] as const;
const MX_STREETS = 'Calle Colima|Av. Álvaro Obregón|Calle Durango|Av. Benito Juárez|Calle Morelos|Av. Chapultepec'.split('|');

/** The generator of values for one corpus. */
class Gen {
  constructor(readonly r: Rng) {}

  person(cc?: Cc): Person {
    const r = this.r;
    const pool = cc ? CULTURES.filter((c) => c.cc.includes(cc)) : CULTURES;
    const cul = r.pick(pool.length > 0 && r.chance(0.7) ? pool : CULTURES);
    const given = r.pick(cul.given);
    const sur = r.pick(cul.sur);
    let full: string;
    if (cul.script === 'cjk') full = cul.id === 'ja-k' && r.chance(0.5) ? `${sur} ${given}` : `${sur}${given}`;
    else if (cul.sg && r.chance(0.5)) full = `${sur} ${given}`;
    else full = `${given} ${sur}`;
    return { given, sur, full, cul, cc: cc ?? r.pick(cul.cc) };
  }
  latinPerson(cc?: Cc): Person {
    for (;;) {
      const p = this.person(cc);
      if (p.cul.script === 'lat') return p;
    }
  }
  hon(p: Person): string {
    return this.r.pick(p.cul.hon);
  }
  /** A labelled name variant (caller writes honorifics outside). */
  nameVar(p: Person): string {
    const r = this.r;
    if (p.cul.script !== 'lat') return r.pick([p.full, p.full, p.sur, p.given]);
    const k = r.int(0, 11);
    if (k <= 4) return p.full;
    if (k === 5) return `${p.sur}, ${p.given}`;
    if (k === 6) return `${p.sur.toUpperCase()} ${p.given}`;
    if (k === 7) return `${p.given.charAt(0)}. ${p.sur}`;
    if (k === 8) return p.given;
    if (k === 9) return p.sur;
    if (k === 10) return p.full.toLowerCase();
    return p.full.toUpperCase();
  }
  gds(p: Person): string {
    const s = asciiUp(p.sur).trim();
    const g = asciiUp(p.given).trim();
    return s && g ? `${s}/${g}` : p.full;
  }
  email(p?: Person): string {
    const r = this.r;
    const dom = r.pick(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'libero.it', 'hotmail.es',
      'uol.com.br', 'naver.com', 'yahoo.co.jp', 'icloud.com', 'proton.me', 'rediffmail.com', 'bigpond.com', 't-online.de',
      'free.fr', 'wp.pl', 'hotmail.com', 'mail.com', 'fastmail.fm', 'telenet.be', 'xs4all.nl', 'shaw.ca']);
    const g = p ? ascii(p.given) : '';
    const s = p ? ascii(p.sur) : '';
    if (!g || !s) return `${r.pick(['travelbug', 'sunny.days', 'wanderer', 'kiwi.mum', 'globetrotter', 'mochi', 'hana.trip', 'seoul.mate'])}${r.digits(3)}@${dom}`;
    const k = r.int(0, 5);
    const local = [`${g}.${s}`, `${g.charAt(0)}${s}`, `${s}${g}${r.int(60, 99)}`, `${g}_${s}${r.digits(2)}`, `${g}${s.charAt(0)}`, `${g}.${s}+travel`][k] ?? g;
    return `${local}@${dom}`;
  }
  roleEmail(dom: string): string {
    return `${this.r.pick(['bookings', 'support', 'visas', 'claims', 'reservations', 'groups', 'accounts', 'info', 'noreply', 'ops'])}@${dom}`;
  }
  spokenEmail(p: Person): string {
    const g = ascii(p.given) || 'hana';
    const s = ascii(p.sur) || 'trip';
    const dom = this.r.pick(['gmail dot com', 'hotmail dot co dot uk', 'outlook dot com', 'yahoo dot com', 'icloud dot com']);
    return this.r.pick([`${g} dot ${s} at ${dom}`, `${g} underscore ${s} at ${dom}`, `${g.charAt(0)} ${s} at ${dom}`]);
  }

  phone(cc: Cc): string {
    const r = this.r;
    const d = (n: number): string => r.digits(n);
    const nz = (): string => String(r.int(2, 9));
    switch (cc) {
      case 'US':
      case 'CA': {
        const a = `${nz()}${d(2)}`;
        const b = `${nz()}${d(2)}`;
        const c = d(4);
        return r.pick([`(${a}) ${b}-${c}`, `+1 ${a}-${b}-${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`, `${a}-${b}-${c}`]);
      }
      case 'GB':
        return r.pick([`07${d(3)} ${d(6)}`, `+44 7${d(3)} ${d(6)}`, `+44 20 7${d(3)} ${d(4)}`, `020 8${d(3)} ${d(4)}`, `0161 ${d(3)} ${d(4)}`, `+44 (0)113 ${d(3)} ${d(4)}`]);
      case 'IE':
        return r.pick([`+353 8${r.int(3, 9)} ${d(3)} ${d(4)}`, `08${r.int(3, 9)} ${d(3)} ${d(4)}`, `01 ${d(3)} ${d(4)}`]);
      case 'DE':
        return r.pick([`+49 30 ${d(8)}`, `+49 151 ${d(4)} ${d(4)}`, `0176 ${d(8)}`, `(0221) ${d(7)}`, `089 ${d(3)} ${d(4)}`, `+49 (0)40 ${d(3)} ${d(3)}-${d(2)}`]);
      case 'CH':
        return r.pick([`+41 79 ${d(3)} ${d(2)} ${d(2)}`, `044 ${d(3)} ${d(2)} ${d(2)}`, `+41 22 ${d(3)} ${d(2)} ${d(2)}`]);
      case 'FR':
        return r.pick([`+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `01 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+33 (0)4 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `07.${d(2)}.${d(2)}.${d(2)}.${d(2)}`]);
      case 'ES':
        return r.pick([`+34 6${d(2)} ${d(3)} ${d(3)}`, `6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `+34 93 ${d(3)} ${d(2)} ${d(2)}`]);
      case 'IT':
        return r.pick([`+39 3${d(2)} ${d(3)} ${d(4)}`, `3${d(2)} ${d(7)}`, `06 ${d(4)} ${d(4)}`, `+39 02 ${d(8)}`]);
      case 'NL':
        return r.pick([`+31 6 ${d(4)} ${d(4)}`, `06-${d(8)}`, `020-${d(3)} ${d(4)}`, `+31 (0)10 ${d(3)} ${d(4)}`]);
      case 'JP':
        return r.pick([`03-${d(4)}-${d(4)}`, `090-${d(4)}-${d(4)}`, `+81 90-${d(4)}-${d(4)}`, `+81 3 ${d(4)} ${d(4)}`, `06-${d(4)}-${d(4)}`, `080${d(8)}`]);
      case 'KR':
        return r.pick([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`, `+82 2 ${d(4)} ${d(4)}`]);
      case 'AU':
        return r.pick([`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${nz()}${d(3)} ${d(4)}`, `+61 3 ${nz()}${d(3)} ${d(4)}`]);
      case 'NZ':
        return r.pick([`+64 21 ${d(3)} ${d(4)}`, `021 ${d(3)} ${d(4)}`, `09 ${d(3)} ${d(4)}`, `+64 4 ${d(3)} ${d(4)}`]);
      case 'IN':
        return r.pick([`+91 9${d(4)} ${d(5)}`, `+91-${r.int(7, 9)}${d(9)}`, `09${d(3)}${d(6)}`, `+91-80-${d(4)}-${d(4)}`, `022 ${d(4)} ${d(4)}`]);
      case 'BR':
        return r.pick([`+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`, `+55 (31) 9${d(4)}-${d(4)}`, `(11) 3${d(3)}-${d(4)}`]);
      case 'MX':
        return r.pick([`+52 55 ${d(4)} ${d(4)}`, `+52 1 33 ${d(4)} ${d(4)}`, `55 ${d(4)} ${d(4)}`, `(81) ${d(4)}-${d(4)}`]);
      case 'AE':
        return r.pick([`+971 50 ${d(3)} ${d(4)}`, `+971 4 ${d(3)} ${d(4)}`, `050 ${d(3)} ${d(4)}`, `04 ${d(3)} ${d(4)}`, `+971 55 ${d(7)}`]);
      case 'SG':
        return r.pick([`+65 9${d(3)} ${d(4)}`, `+65 8${d(3)} ${d(4)}`, `6${d(3)} ${d(4)}`, `+65 6${d(7)}`]);
      case 'ZA':
        return r.pick([`+27 82 ${d(3)} ${d(4)}`, `082 ${d(3)} ${d(4)}`, `021 ${d(3)} ${d(4)}`, `+27 (0)11 ${d(3)} ${d(4)}`]);
      case 'PL':
        return r.pick([`+48 6${d(2)} ${d(3)} ${d(3)}`, `22 ${d(3)} ${d(2)} ${d(2)}`, `+48 5${d(2)}-${d(3)}-${d(3)}`]);
      case 'TR':
        return r.pick([`+90 532 ${d(3)} ${d(2)} ${d(2)}`, `0212 ${d(3)} ${d(2)} ${d(2)}`, `0 (5${d(2)}) ${d(3)} ${d(2)} ${d(2)}`]);
    }
  }
  spokenPhone(): string {
    const r = this.r;
    const W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const digits = r.pick([`07${r.digits(9)}`, `${r.int(2, 9)}${r.digits(9)}`, `04${r.digits(8)}`, `06${r.digits(8)}`]);
    const groups = digits.length === 11 ? [digits.slice(0, 5), digits.slice(5, 8), digits.slice(8)] : [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
    const oh = r.chance(0.6);
    return groups.map((g) => [...g].map((c) => (c === '0' && oh ? 'oh' : (W[Number(c)] ?? ''))).join(' ')).join(r.pick([', ', ' ', ' ... ']));
  }

  /** Lines of a full postal address. */
  address(cc: Cc): string[] {
    const r = this.r;
    switch (cc) {
      case 'US': {
        const [city, st, z] = r.pick(US_CITIES);
        const l1 = `${r.int(12, 9870)} ${r.pick(US_STREETS)} ${r.pick(US_SUF)}${r.chance(0.3) ? `, ${r.pick(['Apt', 'Unit', 'Suite', '#'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : ''}`;
        return r.chance(0.3) ? [l1, `${city}, ${st} ${z}${r.digits(2)}`, 'USA'] : [l1, `${city}, ${st} ${z}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`];
      }
      case 'GB':
      case 'IE': {
        const [town, out] = r.pick(GB_PLACES);
        const pc = `${out} ${r.int(1, 9)}${r.pick(['AB', 'DX', 'PR', 'EJ', 'HL', 'NW', 'TQ'])}`;
        const l1 = `${r.chance(0.35) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 180)} ${r.pick(GB_STREETS)}`;
        return r.chance(0.5) ? [l1, town, pc] : r.chance(0.5) ? [l1, `${town} ${pc}`, 'United Kingdom'] : [l1, `${town} ${pc}`];
      }
      case 'DE':
      case 'CH':
      case 'PL': {
        if (cc === 'PL') return [`ul. ${r.pick(['Marszałkowska', 'Długa', 'Kwiatowa', 'Piotrkowska'])} ${r.int(1, 140)}/${r.int(1, 30)}`, `${r.int(0, 9)}${r.int(0, 9)}-${r.digits(3)} ${r.pick(['Warszawa', 'Kraków', 'Gdańsk', 'Łódź'])}`];
        if (cc === 'CH') return [`${r.pick(['Bahnhofstrasse', 'Seefeldstrasse', 'Rue du Rhône', 'Marktgasse'])} ${r.int(1, 90)}`, `${r.pick(['8001 Zürich', '1204 Genève', '3011 Bern', '4051 Basel'])}`, ...(r.chance(0.4) ? ['Schweiz'] : [])];
        const [plz, city] = r.pick(DE_CITIES);
        const l1 = `${r.pick(DE_STREETS)} ${r.int(1, 120)}${r.pick(['', '', 'a', 'b'])}`;
        return r.chance(0.3) ? [l1, `${plz} ${city}`, r.pick(['Deutschland', 'Germany'])] : [l1, `${plz} ${city}`];
      }
      case 'FR': {
        const [cp, city] = r.pick(FR_CITIES);
        const l1 = `${r.int(1, 88)}${r.pick(['', '', ' bis'])} ${r.pick(FR_STREETS)}`;
        return r.chance(0.3) ? [l1, `${cp} ${city}`, 'France'] : [l1, `${cp} ${city}`];
      }
      case 'ES': {
        const [cp, city] = r.pick(ES_CITIES);
        return [`${r.pick(ES_STREETS)}, ${r.int(1, 210)}, ${r.int(1, 8)}º ${r.pick(['izq.', 'dcha.', 'B', 'A'])}`, `${cp} ${city}`];
      }
      case 'IT': {
        const [cap, city, prov] = r.pick(IT_CITIES);
        return [`${r.pick(IT_STREETS)}, ${r.int(1, 150)}`, `${cap} ${city} (${prov})`];
      }
      case 'NL': {
        const [pc, city] = r.pick(NL_CITIES);
        return [`${r.pick(NL_STREETS)} ${r.int(1, 400)}${r.pick(['', '-2', ' A', '-hs'])}`, `${pc} ${r.pick(['AB', 'GV', 'KL', 'XT', 'BN'])} ${city}`];
      }
      case 'JP': {
        const zip = `${r.int(100, 999)}-${r.digits(4)}`;
        if (r.chance(0.5)) return [`〒${zip} ${r.pick(JP_KANJI)}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`];
        const [dist, ward, city] = r.pick(JP_AREAS);
        return [`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${dist}`, `${ward}, ${city} ${zip}`, ...(r.chance(0.4) ? ['Japan'] : [])];
      }
      case 'KR':
        return [`${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 우동', '서울특별시 마포구 양화로'])} ${r.int(1, 400)}, ${r.int(101, 1204)}호`];
      case 'AU':
      case 'NZ': {
        if (cc === 'NZ') return r.chance(0.5) ? [`PO Box ${r.int(100, 9999)}`, r.pick(['Dunedin 9054', 'Wellington 6140', 'Christchurch 8140']), 'New Zealand'] : [`${r.int(1, 200)} ${r.pick(['Ponsonby Road', 'Cuba Street', 'Riccarton Road'])}`, r.pick(['Auckland 1011', 'Wellington 6011', 'Christchurch 8041'])];
        const [sub, st, pc] = r.pick(AU_PLACES);
        return [`${r.chance(0.4) ? `Unit ${r.int(1, 30)}, ` : ''}${r.int(1, 300)} ${r.pick(AU_STREETS)}`, `${sub} ${st} ${pc}`];
      }
      case 'CA': {
        const [city, pr, fsa] = r.pick(CA_PLACES);
        return [`${r.int(10, 4000)} ${r.pick(['Queen St W', 'Rue Saint-Denis', 'Robson St', 'Spring Garden Rd', 'Elgin St'])}${r.chance(0.3) ? `, Suite ${r.int(100, 900)}` : ''}`, `${city}, ${pr} ${fsa} ${r.int(1, 9)}${r.pick(['N', 'A', 'K', 'W'])}${r.int(1, 9)}`];
      }
      case 'IN': {
        const [area, city, pin, state] = r.pick(IN_PLACES);
        return [`Flat ${r.int(101, 1204)}, ${r.pick(IN_BLDG)}`, `${r.int(1, 20)}th Cross, ${area}`, `${city} ${pin}${r.digits(2)}, ${state}`];
      }
      case 'BR': {
        const [bairro, city, uf, cep] = r.pick(BR_PLACES);
        return [`${r.pick(BR_STREETS)}, ${r.int(10, 3000)}${r.chance(0.5) ? `, apto ${r.int(11, 204)}` : ''}`, `${bairro}, ${city} - ${uf}`, `CEP ${cep}-${r.digits(3)}`];
      }
      case 'MX': {
        const [col, cp, city, st] = r.pick(MX_PLACES);
        return [`${r.pick(MX_STREETS)} ${r.int(10, 900)}${r.chance(0.4) ? `, Int. ${r.int(1, 12)}` : ''}, Col. ${col}`, `C.P. ${cp}, ${city}, ${st}`];
      }
      case 'AE':
        return r.chance(0.5) ? [`Apartment ${r.int(101, 2204)}, ${r.pick(['Marina Heights Tower', 'Al Noor Building', 'Palm View Residence'])}`, `${r.pick(['Dubai Marina', 'Al Barsha 1', 'Jumeirah Lake Towers'])}, Dubai`, 'United Arab Emirates'] : [`Villa ${r.int(1, 90)}, Street ${r.int(1, 40)}, Al Khalidiyah`, `PO Box ${r.int(1000, 99999)}, Abu Dhabi`, 'UAE'];
      case 'SG':
        return [`Blk ${r.int(100, 999)} ${r.pick(['Tampines Street 21', 'Ang Mo Kio Ave 3', 'Bedok North Road', 'Toa Payoh Lorong 1'])} #${p2(r.int(2, 25))}-${r.int(10, 999)}`, `Singapore ${r.int(3, 8)}${r.digits(5)}`];
      case 'ZA':
        return [`${r.int(1, 200)} ${r.pick(['Kloof Street', 'Jan Smuts Avenue', 'Florida Road', 'Main Road'])}`, r.pick(['Gardens', 'Rosebank', 'Morningside', 'Observatory']), `${r.pick(['Cape Town', 'Johannesburg', 'Durban'])}, ${r.digits(4)}`];
      case 'TR':
        return [`${r.pick(['Bağdat Caddesi', 'İstiklal Caddesi', 'Atatürk Bulvarı'])} No: ${r.int(1, 300)} D: ${r.int(1, 20)}`, `${r.int(34000, 35999)} ${r.pick(['Kadıköy/İstanbul', 'Beyoğlu/İstanbul', 'Konak/İzmir'])}`];
    }
  }
  addr(d: Doc, cc: Cc, sep = '\n'): void {
    d.l('ADDRESS', this.address(cc).join(sep));
  }

  dob(y0 = 1942, y1 = 2004): Ymd {
    return this.date(y0, y1);
  }
  date(y0: number, y1: number): Ymd {
    const r = this.r;
    const y = r.int(y0, y1);
    const m = r.int(1, 12);
    return { y, m, d: r.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate()) };
  }
  fmtDate(x: Ymd, cc: Cc | 'ISO' | 'GDS'): string {
    const r = this.r;
    const { y, m, d } = x;
    if (cc === 'ISO') return `${y}-${p2(m)}-${p2(d)}`;
    if (cc === 'GDS') return `${p2(d)}${mon('en', m).slice(0, 3).toUpperCase()}${String(y).slice(2)}`;
    const lang = LANG_OF[cc];
    const k = r.int(0, 2);
    if (cc === 'US') return k === 0 ? `${mon('en', m)} ${d}, ${y}` : k === 1 ? `${p2(m)}/${p2(d)}/${y}` : `${m}/${d}/${y}`;
    if (cc === 'JP') return k === 0 ? `${y}/${p2(m)}/${p2(d)}` : `${y}年${m}月${d}日`;
    if (cc === 'KR') return k === 0 ? `${y}.${p2(m)}.${p2(d)}` : `${y}년 ${m}월 ${d}일`;
    if (cc === 'DE' || cc === 'CH' || cc === 'PL' || cc === 'TR') return k === 0 && lang ? `${d}. ${mon(lang, m)} ${y}` : `${p2(d)}.${p2(m)}.${y}`;
    if (cc === 'NL') return k === 0 ? `${d} ${mon('nl', m)} ${y}` : `${p2(d)}-${p2(m)}-${y}`;
    if (cc === 'ES' || cc === 'MX' || cc === 'BR') return k === 0 ? `${d} de ${mon(lang ?? 'es', m)} de ${y}` : `${p2(d)}/${p2(m)}/${y}`;
    if (cc === 'FR' || cc === 'IT') return k === 0 ? `${d} ${mon(lang ?? 'fr', m)} ${y}` : `${p2(d)}/${p2(m)}/${y}`;
    if (k === 0) return `${d} ${mon('en', m)} ${y}`;
    if (k === 1) return `${p2(d)}/${p2(m)}/${y}`;
    return `${d} ${mon('en', m).slice(0, 3)} ${y}`;
  }
  travelDate(cc: Cc | 'ISO' | 'GDS' = 'ISO'): string {
    return this.fmtDate(this.date(2024, 2026), cc);
  }

  card(): string {
    const r = this.r;
    const k = r.int(0, 11);
    const spec: [string, number] =
      k <= 3 ? ['4', r.chance(0.1) ? 13 : 16]
        : k <= 5 ? [String(r.int(51, 55)), 16]
          : k === 6 ? [String(r.int(2221, 2720)), 16]
            : k === 7 ? [r.pick(['34', '37']), 15]
              : k === 8 ? [r.pick(['6011', '65', '644']), 16]
                : k === 9 ? [String(r.int(3528, 3589)), 16]
                  : k === 10 ? [r.pick(['36', '38', '300', '305']), 14]
                    : ['62', r.pick([16, 19])];
    const [pre, len] = spec;
    const body = pre + r.digits(len - pre.length - 1);
    for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
    throw new Error('unreachable');
  }
  badCard(): string {
    const c = this.card();
    const last = Number(c.charAt(c.length - 1));
    return c.slice(0, -1) + String((last + 1 + this.r.int(0, 7)) % 10);
  }
  fmtCard(c: string): string {
    const r = this.r;
    const sep = r.pick([' ', ' ', '-', '']);
    if (!sep) return c;
    if (c.length === 15) return [c.slice(0, 4), c.slice(4, 10), c.slice(10)].join(sep);
    if (c.length === 14) return [c.slice(0, 4), c.slice(4, 10), c.slice(10)].join(sep);
    return (c.match(/.{1,4}/g) ?? [c]).join(sep);
  }
  maskedCard(): string {
    const r = this.r;
    const last = r.digits(4);
    return r.pick([`**** **** **** ${last}`, `XXXX-XXXX-XXXX-${last}`, `ending ${last}`, `${r.pick(['4', '5'])}${r.digits(3)} **** **** ${last}`, `•••• ${last}`]);
  }

  iban(cc?: string): string {
    const r = this.r;
    const c = cc ?? r.pick(['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'AE', 'TR', 'GR', 'CZ', 'HU', 'RO', 'HR', 'SA', 'LU', 'MT', 'CY', 'BR', 'LT', 'EE', 'SI', 'BG', 'IS', 'IL', 'QA']);
    const len = IBAN_LENGTHS[c];
    if (!len) throw new Error(`no IBAN length for ${c}`);
    const L = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
    const prefix = ['GB', 'IE', 'NL', 'MT', 'BG', 'QA', 'RO'].includes(c) ? L(4) : c === 'LV' ? L(4) : '';
    let bban = prefix + r.digits(len - 4 - prefix.length);
    if (c === 'BR') bban = bban.slice(0, -2) + 'C1';
    const num = [...`${bban}${c}00`].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
    let rem = 0;
    for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
    const iban = `${c}${p2(98 - rem)}${bban}`;
    if (!ibanMod97Valid(iban) || iban.length !== len) throw new Error(`bad IBAN ${iban}`);
    return iban;
  }
  fmtIban(i: string): string {
    const r = this.r;
    const k = r.int(0, 9);
    if (k <= 5) return (i.match(/.{1,4}/g) ?? [i]).join(' ');
    if (k <= 8) return i;
    return (i.match(/.{1,4}/g) ?? [i]).join(' ').toLowerCase();
  }
  badIban(): string {
    const i = this.iban();
    const pos = i.length - 1 - this.r.int(0, 3);
    const ch = i.charAt(pos);
    const nd = /\d/.test(ch) ? String((Number(ch) + this.r.int(1, 8)) % 10) : ch;
    const bad = i.slice(0, pos) + nd + i.slice(pos + 1);
    return ibanMod97Valid(bad) ? bad.slice(0, -1) : bad;
  }

  ssn(): string {
    const r = this.r;
    let a = r.int(1, 899);
    if (a === 666) a = 665;
    const s = `${String(a).padStart(3, '0')}`;
    const g = p2(r.int(1, 99));
    const n = String(r.int(1, 9999)).padStart(4, '0');
    const k = r.int(0, 9);
    return k <= 6 ? `${s}-${g}-${n}` : k <= 8 ? `${s} ${g} ${n}` : `${s}${g}${n}`;
  }
  badSsn(): string {
    const r = this.r;
    return r.pick([`9${r.digits(2)}-7${r.int(0, 9)}-${r.digits(4)}`, `000-${p2(r.int(10, 99))}-${r.digits(4)}`, `666-${p2(r.int(10, 99))}-${r.digits(4)}`,
      `***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `${r.int(100, 599)}-00-${r.digits(4)}`]);
  }

  ipv4(): string {
    const r = this.r;
    const k = r.int(0, 5);
    if (k === 0) return `203.0.113.${r.int(1, 254)}`;
    if (k === 1) return `198.51.100.${r.int(1, 254)}`;
    if (k === 2) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    if (k === 3) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
    return `${r.pick([31, 46, 77, 81, 89, 91, 109, 151, 176, 185, 212, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
  ipv6(): string {
    const r = this.r;
    const h = (): string => r.int(1, 0xffff).toString(16);
    const k = r.int(0, 3);
    if (k === 0) return `2001:db8:${h()}:${h()}::${h()}`;
    if (k === 1) return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
    if (k === 2) return `fe80::${h()}:${h()}:${h()}:${h()}`;
    return `2600:${h()}:${h()}::${h()}`;
  }
  ip(): string {
    return this.r.chance(0.7) ? this.ipv4() : this.ipv6();
  }

  // distractors
  pnr(): string {
    const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    let s = '';
    for (let i = 0; i < 6; i++) s += A.charAt(this.r.int(0, A.length - 1));
    return s;
  }
  ticket(): string {
    return `${this.r.pick(['125', '176', '220', '057', '074', '016', '006', '618', '081', '180', '157', '235'])}${this.r.chance(0.5) ? '-' : ''}${this.r.digits(10)}`;
  }
  flight(): string {
    return `${this.r.pick(['LH', 'BA', 'AF', 'KL', 'EK', 'QR', 'IB', 'AZ', 'TK', 'NH', 'JL', 'KE', 'SQ', 'QF', 'UA', 'AC', 'LA', 'ET'])}${this.r.pick(['', ' '])}${this.r.int(1, 2999)}`;
  }
  hotelConf(): string {
    return this.r.pick([`${this.r.digits(8)}`, `HCN-${this.r.digits(7)}`, `${this.r.digits(4)}.${this.r.digits(3)}.${this.r.digits(3)}`, `${this.r.digits(10)}`]);
  }
  visaCase(): string {
    const r = this.r;
    return r.pick([`GWF0${r.digits(8)}`, `AA00${this.pnr()}`, `VFS/${r.pick(['LON', 'MUM', 'DXB', 'LOS', 'MNL'])}/${r.int(2024, 2026)}/${r.digits(6)}`, `${r.pick(['DEU', 'FRA', 'ITA', 'ESP'])}${r.digits(2)}${r.pick(['LON', 'DEL', 'SHA'])}${r.digits(9)}`]);
  }
  passportNo(): string {
    const r = this.r;
    return r.pick([r.digits(9), `C${this.pnr().slice(0, 4)}${r.digits(4)}`, `${r.pick(['X', 'P', 'M'])}${r.digits(7)}`, `${r.pick(['TR', 'AB', 'FA'])}${r.digits(7)}`]);
  }
  amount(): string {
    return `${this.r.int(45, 8900)}.${p2(this.r.int(0, 99))}`;
  }
  sha(): string {
    let s = '';
    for (let i = 0; i < 40; i++) s += '0123456789abcdef'.charAt(this.r.int(0, 15));
    return s;
  }
  version(): string {
    return `${this.r.int(1, 12)}.${this.r.int(0, 20)}.${this.r.int(0, 40)}${this.r.chance(0.4) ? `.${this.r.int(100, 9999)}` : ''}`;
  }
}

function ascii(x: string): string {
  return x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss')
    .replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
}
function asciiUp(x: string): string {
  return x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'SS')
    .replace(/ı/g, 'i').replace(/[^A-Za-z ]/g, '').toUpperCase();
}

// ---------------------------------------------------------------------------------------------------------
// Shared fragments
// ---------------------------------------------------------------------------------------------------------
const AGENCIES = ['Wayfarer & Co Travel', 'Atlas Horizons', 'Blue Compass Reisen', 'Voyages Lumière', 'Viajes Brújula Azul', 'Sakura Tabi Travel',
  'Kompas Podróże', 'Meridian Visa Services', 'VisaBridge Consulting', 'Passport Express Desk', 'Hollis & Grant Travel', 'Northstar Journeys',
  'Cinnamon Route Holidays', 'Terra Alta Viaggi', 'Oranje Reizen', 'Seoul Gateway Tours', 'Kestrel Corporate Travel', 'Mesa Verde Viajes'];
const INSURERS = ['GlobeShield Insurance', 'Nomad Assure', 'TravelSafe Mutual', 'Aegis Reise-Versicherung', 'Vigil Voyage Assurances'];
const HOTELS = ['Hotel Adlon Kempinski', 'Marriott Marquis', 'Hilton Garden Inn', 'The Ritz-Carlton', 'Hotel Sacher', 'Ryokan Hoshinoya',
  'Casa Bonita Boutique Hotel', 'Hotel Le Meurice', 'Park Hyatt', 'The Langham', 'Raffles Hotel', 'Pousada Vila Rica', 'Hotel Alfonso XIII'];
const AIRPORTS = ['John F. Kennedy International (JFK)', 'Charles de Gaulle (CDG)', 'Leonardo da Vinci–Fiumicino (FCO)', 'Indira Gandhi International (DEL)',
  'Marco Polo (VCE)', 'Benito Juárez International (MEX)', 'Václav Havel Airport Prague (PRG)', 'Warsaw Chopin (WAW)', 'George Bush Intercontinental (IAH)',
  'Jorge Chávez International (LIM)', 'Heathrow (LHR)', 'Narita (NRT)', 'Incheon (ICN)', 'Dubai International (DXB)', 'Changi (SIN)', 'Guarulhos (GRU)'];
const TRAPS = [
  'Our partner Thomas Cook desk at the airport can help with currency.',
  'Note: Hurricane Beryl may affect Caribbean sailings this week.',
  'The Queen Mary 2 transatlantic crossing is waitlisted.',
  'Compensation is governed by EU261 and the Montreal Convention.',
  'Pre-existing conditions such as Crohn\'s disease or Parkinson\'s must be declared.',
  'Transfers are operated by Hertz and Sixt at the terminal.',
  'The Abercrombie & Kent lodge is fully booked.',
  'Please follow @wanderwithmaya for updates on the tour.',
  'Guests rave about the Hemingway Bar at the Ritz.',
  'The Nelson Mandela Bridge walk is included on day 3.',
  'Fares are filed in Amadeus and Galileo; Sabre shows the same class.',
  'Our dog-friendly partner hotel welcomes pets like Biscuit and Luna.',
  'Storm Ciarán caused delays across northern France.',
  'Travel is not covered for Lyme disease contracted before departure.',
  'Visit the Van Gogh Museum on your free afternoon.',
  'The Magellan Lounge is on level 4 past gate B12.',
  'Tickets for the Sagrada Família are timed; arrive 15 minutes early.',
];

const sig = (g: Gen): string => `${g.r.pick(['Kind regards', 'Best', 'Thanks', 'Cheers', 'Mit freundlichen Grüßen', 'Cordialement', 'Saludos', 'Cordiali saluti', 'Atenciosamente', 'Met vriendelijke groet'])},\n`;
const trap = (g: Gen): string => g.r.pick(TRAPS);
/** Writes an honorific (outside the label) and a name variant. */
function honName(d: Doc, g: Gen, p: Person): void {
  const h = g.hon(p);
  if (h === '様' || h === 'さん' || h === '씨' || h === '님' || h === '先生' || h === '女士') {
    d.l('PERSON', p.cul.script === 'cjk' ? g.r.pick([p.full, p.sur]) : p.sur).t(h);
  } else {
    d.t(`${h} `).l('PERSON', g.r.pick([p.full, p.sur, p.full]));
  }
}
/** Writes either the user's own name (known) or a variant. */
function selfOrName(d: Doc, g: Gen, p: Person, selfP = 0.5): void {
  if (g.r.chance(selfP)) d.self(p.full);
  else d.l('PERSON', g.nameVar(p));
}
function possessive(d: Doc, g: Gen, p: Person): void {
  d.l('PERSON', g.r.pick([p.given, p.full])).t("'s");
}

type Tpl = (d: Doc, g: Gen) => void;

// ---------------------------------------------------------------------------------------------------------
// Positive templates
// ---------------------------------------------------------------------------------------------------------
const T: Array<[number, Tpl]> = [];
const add = (w: number, f: Tpl): void => {
  T.push([w, f]);
};

// 1 booking confirmation e-mail
add(3, (d, g) => {
  const r = g.r;
  const p = g.person();
  const ag = r.pick(AGENCIES);
  d.t(`From: ${ag} <`).l('EMAIL', g.roleEmail('wayfarer-travel.example')).t('>\nTo: ').l('EMAIL', g.email(p)).t(`\nSubject: Booking confirmed – ref ${g.pnr()}\n\nDear `);
  honName(d, g, p);
  d.t(`,\n\nThank you for booking with ${ag}. Your trip to ${r.pick(['Lisbon', 'Kyoto', 'Cartagena', 'Marrakech', 'Reykjavík', 'Hanoi'])} is confirmed.\n`);
  d.t(`Flight ${g.flight()} departs ${g.travelDate(p.cc)} from ${r.pick(AIRPORTS)}. E-ticket ${g.ticket()}.\n`);
  d.t(`Hotel: ${r.pick(HOTELS)}, confirmation ${g.hotelConf()}.\nPaid with card ${g.maskedCard()}.\n`);
  d.t('Lead passenger contact: ').l('PHONE', g.phone(p.cc)).t('\nBilling address:\n').l('ADDRESS', g.address(p.cc).join('\n')).t('\n\n');
  if (r.chance(0.4)) d.t(`${trap(g)}\n\n`);
  d.t(sig(g)).t(`${ag} reservations team`);
});

// 2 multi-segment itinerary
add(3, (d, g) => {
  const r = g.r;
  const pax = Array.from({ length: r.int(1, 4) }, () => g.person());
  d.t(`ITINERARY / RECEIPT   Booking ref: ${g.pnr()}   Issued: ${g.travelDate('ISO')}\n\nPassengers:\n`);
  pax.forEach((p, i) => {
    d.t(`  ${i + 1}. `).l('PERSON', r.chance(0.5) ? g.gds(p) : p.full.toUpperCase()).t(` ${r.pick(['MR', 'MRS', 'MS', 'MSTR', 'MISS'])}   ticket ${g.ticket()}\n`);
  });
  for (let s = 0; s < r.int(2, 4); s++) d.t(`\n${g.flight()}  ${g.travelDate('GDS')}  ${r.pick(['LHR', 'FRA', 'CDG', 'DXB', 'SIN', 'JFK', 'GRU', 'NRT', 'MAD'])}-${r.pick(['BKK', 'CPT', 'YYZ', 'MEX', 'ICN', 'LIS', 'SYD'])}  ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}  Class ${r.pick(['Y', 'M', 'J', 'W'])}  Seat ${r.int(1, 60)}${r.pick(['A', 'C', 'D', 'K'])}`);
  const lead = pax[0] ?? g.person();
  d.t('\n\nContact: ').l('EMAIL', g.email(lead)).t(' / ').l('PHONE', g.phone(lead.cc)).t(`\nFare basis ${r.pick(['YLOWGB', 'MSAVER', 'KFLEX'])}, baggage 1PC.\n`);
});

// 3 passenger manifest CSV
add(3, (d, g) => {
  const r = g.r;
  d.t('pax_no,surname,given_names,dob,nationality,passport_no,mobile,email\n');
  for (let i = 1; i <= r.int(4, 9); i++) {
    const p = g.latinPerson();
    d.t(`${i},`).l('PERSON', asciiUp(p.sur)).t(',').l('PERSON', asciiUp(p.given)).t(',').l('DOB', g.fmtDate(g.dob(1950, 2015), r.pick(['ISO', 'DE', 'GDS'] as const)));
    d.t(`,${r.pick(['GBR', 'DEU', 'IND', 'USA', 'BRA', 'JPN', 'NGA', 'FRA'])},${g.passportNo()},`).l('PHONE', g.phone(p.cc).replace(/,/g, '')).t(',');
    if (r.chance(0.8)) d.l('EMAIL', g.email(p));
    d.t('\n');
  }
  d.t(`# exported ${g.travelDate('ISO')}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:00Z, group ${g.pnr()}\n`);
});

// 4 GDS PNR display
add(3, (d, g) => {
  const r = g.r;
  const pax = Array.from({ length: r.int(1, 3) }, () => g.latinPerson());
  d.t(`RP/${r.pick(['LONU12345', 'FRAL2208A', 'DXBAB3101'])}/\n`);
  pax.forEach((p, i) => {
    d.t(`  ${i + 1}.1`).l('PERSON', g.gds(p)).t(` ${r.pick(['MR', 'MRS', 'MS'])}\n`);
  });
  d.t(`  ${pax.length + 1} ${g.flight()} Y ${g.travelDate('GDS').slice(0, 5)} ${r.int(1, 7)} LHRJFK HK${pax.length} 1105 1410\n`);
  pax.forEach((p, i) => {
    d.t(`  SSR DOCS ${r.pick(['BA', 'LH', 'AF'])} HK1 P/${r.pick(['GBR', 'DEU', 'FRA', 'IND'])}/${g.passportNo()}/${r.pick(['GBR', 'DEU', 'FRA', 'IND'])}/`).l('DOB', g.fmtDate(g.dob(), 'GDS'));
    d.t(`/${r.pick(['M', 'F'])}/${g.travelDate('GDS')}/`).l('PERSON', g.gds(p)).t(`/P${i + 1}\n`);
  });
  const lead = pax[0] ?? g.latinPerson();
  d.t('  APE ').l('EMAIL', g.email(lead)).t('\n  SSR CTCM YY HK1/').l('PHONE', `${r.pick(['44', '49', '33', '91'])}${r.digits(10)}`).t('/P1\n');
  d.t(`  TK OK${g.travelDate('GDS').slice(0, 5)}/LONU12345\n  RM ACCT ${r.digits(6)} PAID FOP CC${r.pick(['VI', 'CA', 'AX'])}XXXXXXXXXXXX${r.digits(4)}\n`);
});

// 5 visa application form
add(3, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`${r.pick(['SCHENGEN VISA APPLICATION', 'APPLICATION FOR VISITOR VISA', 'e-VISA REQUEST FORM'])} — prepared by ${r.pick(AGENCIES)}\n\n`);
  d.t('1. Surname: ').l('PERSON', p.sur).t('\n2. First name(s): ').l('PERSON', p.given).t('\n3. Date of birth: ').l('DOB', g.fmtDate(g.dob(), p.cc));
  d.t(`\n4. Place of birth: ${r.pick(['Lagos', 'Pune', 'Izmir', 'Cebu', 'Porto', 'Guadalajara', 'Daegu'])}\n5. Passport no.: ${g.passportNo()}  valid until ${g.travelDate(p.cc)}\n`);
  d.t('6. Home address: ').l('ADDRESS', g.address(p.cc).join(', ')).t('\n7. Telephone: ').l('PHONE', g.phone(p.cc)).t('\n8. E-mail: ').l('EMAIL', g.email(p));
  const host = g.person(r.pick(['DE', 'FR', 'IT', 'ES', 'NL'] as const));
  d.t(`\n9. Purpose: ${r.pick(['tourism', 'visiting family', 'business meeting', 'conference'])}\n10. Inviting person / hotel: `);
  if (r.chance(0.5)) {
    d.l('PERSON', host.full).t(', ').l('ADDRESS', g.address(host.cc).join(', '));
  } else d.t(`${r.pick(HOTELS)} (booking ${g.hotelConf()})`);
  d.t(`\n11. Intended arrival: ${g.travelDate(p.cc)}\n12. Previous Schengen visa: ${r.pick(['none', `yes, ${g.visaCase()}`])}\n`);
});

// 6 visa appointment letter
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  const cc = r.pick(['GB', 'IN', 'AE', 'US', 'ZA'] as const);
  d.t(`APPOINTMENT CONFIRMATION\nReference: ${g.visaCase()}\n\nApplicant: `).l('PERSON', r.chance(0.5) ? p.full.toUpperCase() : p.full);
  d.t(`\nAppointment: ${g.travelDate(cc)} at ${p2(r.int(8, 15))}:${r.pick(['00', '15', '30', '45'])}\nVisa application centre:\n${r.pick(['VFS Global', 'TLScontact', 'BLS International'])}\n`);
  d.l('ADDRESS', g.address(cc).join('\n'));
  d.t('\n\nPlease bring your passport, printed form and photographs. Arrive no earlier than 15 minutes before. Enquiries: ').l('PHONE', g.phone(cc)).t(' or ').l('EMAIL', g.roleEmail('visa-centre.example'));
  d.t(`\nPrepared for you by ${r.pick(AGENCIES)}.\n`);
});

// 7 passport-detail request and client reply
add(3, (d, g) => {
  const r = g.r;
  const agent = g.person('GB');
  const p = g.person();
  d.t('Hi ').l('PERSON', p.given).t(`,\n\nTo issue the tickets for booking ${g.pnr()} we still need each traveller's passport details exactly as printed. Could you reply with name, date of birth, nationality and passport number?\n\n`);
  d.l('PERSON', agent.given).t(` | ${r.pick(AGENCIES)}\n\n---- reply ----\n`);
  d.t('Here you go:\n');
  selfOrName(d, g, p, 0.7);
  d.t(' — DOB ').l('DOB', g.fmtDate(g.dob(), p.cc)).t(` — ${r.pick(['British', 'Indian', 'German', 'Filipino', 'Brazilian', 'Korean'])} — ${g.passportNo()}\n`);
  for (let i = 0; i < r.int(0, 3); i++) {
    const kid = g.person(p.cc);
    d.l('PERSON', `${kid.given} ${p.sur}`).t(`${r.pick([' (son)', ' (daughter)', ''])}, born `).l('DOB', g.fmtDate(g.dob(2008, 2022), p.cc)).t(`, passport ${g.passportNo()}\n`);
  }
  d.t(`My mobile is `).l('PHONE', g.phone(p.cc)).t(` if anything's unclear. ${r.chance(0.3) ? 'Passport expires next year, hope that\'s fine.' : ''}\n`);
});

// 8 travel-insurance policy schedule
add(3, (d, g) => {
  const r = g.r;
  const p = g.person();
  const ins = r.pick(INSURERS);
  d.t(`${ins}\nPOLICY SCHEDULE  No. ${r.pick(['TS', 'GS', 'NA'])}-${r.digits(8)}\nIssued: ${g.travelDate(p.cc)}\n\nPolicyholder: `).l('PERSON', p.full);
  d.t('\nAddress:\n').l('ADDRESS', g.address(p.cc).join('\n')).t('\nE-mail: ').l('EMAIL', g.email(p)).t('\n\nInsured persons:\n');
  const n = r.int(1, 4);
  for (let i = 0; i < n; i++) {
    const q = i === 0 ? p : g.person(p.cc);
    d.t(`  - `).l('PERSON', i === 0 ? p.full : `${q.given} ${p.sur}`).t(', date of birth ').l('DOB', g.fmtDate(g.dob(1940, 2020), p.cc)).t('\n');
  }
  d.t(`\nCover: ${r.pick(['Annual multi-trip, Europe', 'Single trip, worldwide excl. USA', 'Schengen visa medical cover €30,000'])}\nPremium: ${g.amount()} ${r.pick(['EUR', 'GBP', 'USD'])} charged to ${g.maskedCard()}\n`);
  d.t(`Emergency assistance 24/7: `).l('PHONE', g.phone(r.pick(['GB', 'DE', 'FR'] as const))).t(`\n${r.chance(0.5) ? trap(g) : ''}\n`);
});

// 9 insurance claim with IBAN
add(3, (d, g) => {
  const r = g.r;
  const p = g.person(r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'GB', 'IE', 'CH', 'PL'] as const));
  const doc = g.person();
  d.t(`CLAIM FORM — ${r.pick(INSURERS)}\nPolicy number: ${r.digits(9)}  Claim ref: CL${r.digits(7)}\n\nClaimant: `);
  selfOrName(d, g, p, 0.5);
  d.t('\nDate of birth: ').l('DOB', g.fmtDate(g.dob(), p.cc)).t('\nAddress: ').l('ADDRESS', g.address(p.cc).join(', ')).t('\nPhone: ').l('PHONE', g.phone(p.cc));
  d.t(`\n\nIncident: ${r.pick(['fell ill with food poisoning', 'twisted ankle on excursion', 'baggage delayed 3 days', 'trip cancelled due to illness'])} on ${g.travelDate(p.cc)} in ${r.pick(['Bali', 'Cancún', 'Phuket', 'Madeira', 'Cusco'])}.\n`);
  d.t(`Treated by Dr. `).l('PERSON', g.r.pick([doc.full, doc.sur])).t(` at ${r.pick(['St. Vincent\'s Hospital', 'Clínica San José', 'Bumrungrad International', 'Hospital Cruz Azul'])}.\n`);
  d.t(`Amount claimed: ${g.amount()} EUR\n\nPlease pay the reimbursement to:\nAccount holder: `).l('PERSON', p.full).t('\nIBAN: ').l('IBAN', g.fmtIban(g.iban(p.cc)));
  d.t(`\nBIC: ${r.pick(['DEUTDEFF', 'BNPAFRPP', 'CAIXESBB', 'INGBNL2A', 'BOFIIE2D'])}\n`);
});

// 10 agent-client chat (messaging app)
add(4, (d, g) => {
  const r = g.r;
  const p = g.person();
  const agent = g.person();
  let min = r.int(8 * 60, 20 * 60);
  const ts = (): string => {
    min += r.int(0, 6);
    return `[${p2(Math.floor(min / 60))}:${p2(min % 60)}]`;
  };
  d.t(`${ts()} `).l('PERSON', agent.given).t(` (${r.pick(AGENCIES)}): Hi! Is this still the best number for you? Just confirming your ${r.pick(['Maldives', 'Bali', 'Tuscany', 'Japan Rail'])} package.\n`);
  d.t(`${ts()} `);
  selfOrName(d, g, p, 0.6);
  d.t(': yes, or call my husband on ').l('PHONE', g.phone(p.cc)).t('\n');
  d.t(`${ts()} `).l('PERSON', agent.given).t(': Great. Card for the deposit?\n');
  d.t(`${ts()} `).l('PERSON', p.given).t(': ');
  const c = g.card();
  if (r.chance(0.85)) d.l('CARD', g.fmtCard(c)).t(` exp ${p2(r.int(1, 12))}/${r.int(26, 31)} cvv ${r.digits(3)}`);
  else d.t(`${c.slice(0, 4)} ${c.slice(4, 8)}\n${c.slice(8)}`).t(' (sorry, typo earlier)');
  d.t('\n');
  d.t(`${ts()} `).l('PERSON', agent.given).t(`: Got it, please don't send card numbers here in future 🙏 I'll email the invoice to `).l('EMAIL', g.email(p)).t('\n');
  if (r.chance(0.4)) d.t(`${ts()} `).l('PERSON', p.given).t(`: thanks! also my mum's birthday is on the trip (${g.travelDate('GB')}) if the hotel can do a cake\n`);
});

// 11 call notes with spoken values
add(3, (d, g) => {
  const r = g.r;
  const p = g.latinPerson(r.pick(['GB', 'US', 'AU', 'IE'] as const));
  const agent = g.latinPerson('GB');
  d.t(`CALL NOTES — ${g.travelDate('GB')} ${p2(r.int(9, 18))}:${p2(r.int(0, 59))} — agent `).l('PERSON', agent.full).t(`\nCase ${r.digits(6)} / booking ${g.pnr()}\n\n`);
  d.t('Caller: ').l('PERSON', r.pick([p.full, `${p.sur}, ${p.given}`])).t(` (lead pax)\n`);
  d.t(`Caller said: "it's `).l('EMAIL', g.spokenEmail(p)).t(`, all lower case"\n`);
  d.t(`Callback number read out as "`).l('PHONE', g.spokenPhone()).t(`"\n`);
  d.t(`Wants to move ${r.pick(['outbound', 'return'])} from ${g.travelDate('GB')} to ${g.travelDate('GB')} because of ${r.pick(['a family wedding', 'work', 'jury service', 'a hospital appointment'])}. `);
  d.t(`Quoted change fee ${g.amount()} GBP. Verified identity with DOB `).l('DOB', g.fmtDate(g.dob(), 'GB')).t(' and postcode.\n');
  if (r.chance(0.5)) d.t('Also mentioned her sister ').l('PERSON', g.latinPerson(p.cc).given).t(' may join; will call back.\n');
});

// 12 group-tour rooming list
add(3, (d, g) => {
  const r = g.r;
  d.t(`ROOMING LIST — ${r.pick(['Silk Road Discovery', 'Andes Explorer', 'Highlights of Vietnam', 'Grand Tour of Italy', 'Kyoto & Hakone'])} — group ${g.pnr()}\nHotel: ${r.pick(HOTELS)}  check-in ${g.travelDate('GB')}\n\n`);
  d.t('Room | Type | Guests | Notes\n');
  for (let i = 0; i < r.int(3, 7); i++) {
    const a = g.latinPerson();
    d.t(`${r.int(101, 720)} | ${r.pick(['TWIN', 'DBL', 'SGL', 'TRPL'])} | `).l('PERSON', `${a.sur}, ${a.given}`);
    if (r.chance(0.6)) {
      const b = g.latinPerson(a.cc);
      d.t(' + ').l('PERSON', `${r.chance(0.5) ? a.sur : b.sur}, ${b.given}`);
    }
    d.t(` | ${r.pick(['vegetarian', 'ground floor', 'celebrating anniversary', 'late arrival', '—', 'nut allergy'])}`);
    if (r.chance(0.25)) d.t(', DOB ').l('DOB', g.fmtDate(g.dob(2010, 2020), 'ISO')).t(' (child rate)');
    d.t('\n');
  }
  d.t('\nTour leader: ');
  const tl = g.latinPerson();
  d.l('PERSON', tl.full).t(' ').l('PHONE', g.phone(tl.cc)).t('\n');
});

// 13 refund request with IBAN
add(3, (d, g) => {
  const r = g.r;
  const p = g.person(r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'GB', 'PL', 'TR', 'AE', 'BR'] as const));
  const ibanCc: string = p.cc;
  d.t(`Subject: Refund request for cancelled flight ${g.flight()} (booking ${g.pnr()})\n\nHello,\n\nmy flight on ${g.travelDate(p.cc)} was cancelled and I would like a full refund rather than a voucher. `);
  d.t(`Ticket numbers ${g.ticket()} and ${g.ticket()}. Please transfer the amount to my account `).l('IBAN', g.fmtIban(g.iban(ibanCc)));
  if (r.chance(0.5)) d.t(` (not the old one ${g.fmtIban(g.badIban())}, which was closed)`);
  d.t('.\n\nThank you,\n');
  selfOrName(d, g, p, 0.6);
  d.t('\n').l('PHONE', g.phone(p.cc)).t('\n');
});

// 14 rebooking request
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  const q = g.person(p.cc);
  d.t(`Hi team,\n\nCould you rebook `).l('PERSON', q.full).t(` and me onto a later flight? We're on ${g.flight()} (${g.pnr()}) but `);
  possessive(d, g, q);
  d.t(` visa appointment got moved to ${g.travelDate(p.cc)}. Anything after ${g.travelDate(p.cc)} works. `);
  d.t(`The fare difference can go on the same card, ${g.maskedCard()}.\n\nThanks,\n`).l('PERSON', p.given).t('\n');
  if (r.chance(0.5)) d.t('Sent from my iPhone\n');
});

// 15 supplier invoice
add(3, (d, g) => {
  const r = g.r;
  const cc = r.pick(['DE', 'IT', 'ES', 'FR', 'NL', 'AT', 'GR', 'PT', 'HR'] as const);
  const acc = g.person(cc === 'AT' || cc === 'GR' || cc === 'PT' || cc === 'HR' ? undefined : cc);
  d.t(`${r.pick(['Hotel Bellavista S.r.l.', 'Alpenhof Betriebs GmbH', 'Transportes Sol y Mar S.L.', 'Autocars Riviera SARL', 'Santorini Sunset Villas IKE'])}\n`);
  const addrCc: Cc = cc === 'AT' ? 'DE' : cc === 'GR' || cc === 'HR' ? 'IT' : cc === 'PT' ? 'ES' : cc;
  d.l('ADDRESS', g.address(addrCc).join('\n')).t(`\nVAT ${cc === 'AT' ? 'ATU' : cc}${r.digits(9)}\n\nINVOICE ${r.int(2024, 2026)}/${r.digits(4)}   Date: ${g.travelDate(addrCc)}\n`);
  d.t(`Bill to: ${r.pick(AGENCIES)}, attn. `).l('PERSON', acc.full).t('\n\n');
  for (let i = 0; i < r.int(2, 5); i++) d.t(`  ${r.pick(['Double room BB', 'Airport transfer', 'Half-day excursion', 'City tax', 'Coach 49 seats'])} x${r.int(1, 20)}  ${g.amount()}\n`);
  d.t(`\nTotal due: ${g.amount()} EUR within 30 days.\nBank: IBAN `).l('IBAN', g.fmtIban(g.iban(cc))).t(`  BIC ${r.pick(['UNCRITMM', 'COBADEFF', 'BSCHESMM', 'RZBAATWW', 'ETHNGRAA'])}\n`);
  d.t('Questions: ').l('EMAIL', g.roleEmail(r.pick(['bellavista.example', 'alpenhof.example', 'solymar.example']))).t(' / ').l('PHONE', g.phone(addrCc)).t('\n');
});

// 16 bookings CSV export
add(3, (d, g) => {
  const r = g.r;
  d.t('booking_ref;created_at;lead_name;email;phone;total;currency;status;client_ip\n');
  for (let i = 0; i < r.int(4, 8); i++) {
    const p = g.person();
    d.t(`${g.pnr()};${g.travelDate('ISO')} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))};`).l('PERSON', p.full).t(';').l('EMAIL', g.email(p)).t(';').l('PHONE', g.phone(p.cc));
    d.t(`;${g.amount()};${r.pick(['EUR', 'USD', 'GBP', 'JPY'])};${r.pick(['CONFIRMED', 'TICKETED', 'CANCELLED', 'PENDING'])};`).l('IP', g.ip()).t('\n');
  }
});

// 17 JSON export from booking API
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`{\n  "bookingId": "${g.pnr()}",\n  "createdAt": "${g.travelDate('ISO')}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z",\n  "traveller": {\n    "firstName": "`).l('PERSON', p.given);
  d.t('",\n    "lastName": "').l('PERSON', p.sur).t('",\n    "dateOfBirth": "').l('DOB', g.fmtDate(g.dob(), 'ISO')).t('",\n    "email": "').l('EMAIL', g.email(p)).t('",\n    "phone": "').l('PHONE', g.phone(p.cc));
  d.t(`"\n  },\n  "segments": ["${g.flight()}", "${g.flight()}"],\n  "payment": { "last4": "${r.digits(4)}", "token": "tok_${g.sha().slice(0, 24)}" },\n  "meta": { "ip": "`).l('IP', g.ip()).t(`", "sdk": "${g.version()}" }\n}\n`);
});

// 18 booking-site access log
add(3, (d, g) => {
  const r = g.r;
  for (let i = 0; i < r.int(4, 8); i++) {
    const v6 = r.chance(0.3);
    const ip = v6 ? g.ipv6() : g.ipv4();
    d.t(`${g.travelDate('ISO')}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${r.digits(3)}Z `);
    if (v6 && r.chance(0.5)) d.t('[').l('IP', ip).t(`]:${r.int(1024, 65535)}`);
    else if (!v6 && r.chance(0.4)) d.l('IP', ip).t(`:${r.int(1024, 65535)}`);
    else d.l('IP', ip);
    d.t(` "${r.pick(['GET', 'POST'])} ${r.pick(['/api/v2/bookings/', '/checkout/', '/visa/status/', '/manage/'])}${g.pnr()} HTTP/1.1" ${r.pick([200, 302, 404, 500, 201])} ${r.int(200, 90000)} "okhttp/${g.version()}"\n`);
  }
});

// 19 fraud review note
add(2, (d, g) => {
  const r = g.r;
  const p = g.person('US');
  const q = g.person();
  d.t(`FRAUD REVIEW #${r.digits(6)}\nOrder ${g.pnr()} — ${g.amount()} USD — ${r.pick(['3 one-way tickets JFK-LOS', 'business class MIA-GRU', '2x hotel nights + car'])}\n`);
  d.t('Card: ').l('CARD', g.fmtCard(g.card())).t(' (AVS mismatch)\nCardholder on file: ').l('PERSON', p.full).t('\nBilling: ').l('ADDRESS', g.address('US').join(', '));
  d.t('\nPassenger name: ').l('PERSON', q.full).t('\nOrder IP: ').l('IP', g.ip()).t(` (geo: ${r.pick(['Lagos', 'Bucharest', 'Ho Chi Minh City', 'Frankfurt'])}) — device ${g.sha().slice(0, 16)}\n`);
  d.t(`Decision: ${r.pick(['declined', 'manual call-back', 'approved after 3DS'])}. Test card ${g.fmtCard(g.badCard())} also attempted.\n`);
});

// 20 emergency contact form
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  const k = g.person(p.cc);
  d.t(`EMERGENCY CONTACT — trip ${g.pnr()}\nTraveller: `).l('PERSON', p.full).t('\nNext of kin: ').l('PERSON', k.full).t(` (${r.pick(['mother', 'partner', 'brother', 'friend', 'wife', 'husband'])})\n`);
  d.t('Phone: ').l('PHONE', g.phone(k.cc));
  if (r.chance(0.5)) d.t(' ext. ').t(String(r.int(10, 999)));
  d.t('\nAlt phone: ').l('PHONE', g.phone(k.cc)).t('\nMedical notes: ').t(r.pick(['none', 'asthma, carries inhaler', 'type 1 diabetes', 'allergic to penicillin'])).t('\n');
});

// 21 visa refusal letter
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`Reference: ${g.visaCase()}\nDate: ${g.travelDate('GB')}\n\n`).l('PERSON', p.full.toUpperCase()).t('\nDate of birth: ').l('DOB', g.fmtDate(g.dob(), 'GB'));
  d.t(`\n\nREFUSAL OF ${r.pick(['A VISIT VISA', 'A SHORT-STAY VISA', 'ENTRY CLEARANCE'])}\n\nYou have applied for entry clearance to visit for ${r.int(2, 6)} weeks. I have refused your application because `);
  d.t(`${r.pick(['the bank statements provided do not show a consistent source of funds', 'you have not demonstrated ties to your home country', 'the invitation letter could not be verified'])}.\n`);
  d.t(`You may reapply at any time. This decision was made under paragraph V 4.2 of the Immigration Rules.\nEntry Clearance Officer ${r.pick(['ECO 4471', 'ECO/MNL/12', 'ECO-DXB-7'])}\n`);
});

// 22 US passport expedite order (SSN)
add(4, (d, g) => {
  const r = g.r;
  const p = g.latinPerson('US');
  d.t(`${r.pick(['Passport Express Desk', 'RushMyTrip Passports', 'Liberty Passport & Visa'])} — EXPEDITED RENEWAL ORDER ${r.digits(7)}\n\n`);
  d.t('Applicant name: ').l('PERSON', p.full).t('\nDate of birth: ').l('DOB', g.fmtDate(g.dob(), 'US')).t(`\nPlace of birth: ${r.pick(['Tulsa, OK', 'San Juan, PR', 'Dayton, OH', 'Fresno, CA'])}\n`);
  d.t('Social Security Number: ').l('NATIONAL_ID', g.ssn()).t(`\nCurrent passport: ${r.digits(9)} issued ${g.travelDate('US')}\n`);
  d.t('Mailing address:\n').l('ADDRESS', g.address('US').join('\n')).t('\nPhone: ').l('PHONE', g.phone('US')).t('\nEmail: ').l('EMAIL', g.email(p));
  d.t(`\nTravel date: ${g.travelDate('US')} (${g.flight()})\nService: ${r.pick(['3-day', '5-day', 'same-week'])} — fee ${g.amount()} USD\n`);
  if (r.chance(0.3)) d.t(`Note: client's old SSN card shows ${g.badSsn()} — ignore, typed by mistake.\n`);
});

// 23 travel financing application (SSN x2)
add(3, (d, g) => {
  const r = g.r;
  const p = g.latinPerson('US');
  d.t(`TRAVEL NOW, PAY LATER — credit application\nPackage: ${r.pick(['Hawaii 7 nights', 'Cruise Alaska Inside Passage', 'Disney World 5 days', 'Cancún all-inclusive'])} (${g.pnr()})\n\nApplicant\n  Name: `);
  selfOrName(d, g, p, 0.5);
  d.t('\n  DOB: ').l('DOB', g.fmtDate(g.dob(1950, 2003), 'US')).t('\n  SSN: ').l('NATIONAL_ID', g.ssn()).t('\n  Address: ').l('ADDRESS', g.address('US').join(', ')).t('\n  Mobile: ').l('PHONE', g.phone('US'));
  d.t(`\n  Employer: ${r.pick(['Walgreens', 'Kroger', 'self-employed', 'Ford Motor Company', 'Wells Fargo'])}  Annual income: $${r.int(28, 190)},000\n`);
  if (r.chance(0.6)) {
    const c = g.latinPerson('US');
    d.t('Co-applicant\n  Name: ').l('PERSON', c.full).t('\n  SSN: ').l('NATIONAL_ID', g.ssn()).t('\n  DOB: ').l('DOB', g.fmtDate(g.dob(1950, 2003), 'US')).t('\n');
  }
  d.t(`Routing no. for autopay: ${r.pick(['021000021', '026009593', '121000358', '011000138'])}  Account: ${r.digits(10)}\n`);
});

// 24 tour guide contractors payout CSV (SSN many)
add(5, (d, g) => {
  const r = g.r;
  d.t(`# 1099 contractor payouts ${r.int(2024, 2026)} — ${r.pick(AGENCIES)} (EIN ${r.digits(2)}-${r.digits(7)})\nname,ssn,email,city,total_usd\n`);
  for (let i = 0; i < r.int(3, 7); i++) {
    const p = g.latinPerson(r.pick(['US', 'US', 'MX'] as const));
    d.l('PERSON', p.full).t(',');
    if (r.chance(0.85)) d.l('NATIONAL_ID', g.ssn());
    else d.t(g.badSsn());
    d.t(',').l('EMAIL', g.email(p)).t(`,${r.pick(['Orlando', 'Las Vegas', 'New Orleans', 'Sedona', 'Anchorage'])},${g.amount()}\n`);
  }
});

// 25 EU261 compensation claim
add(3, (d, g) => {
  const r = g.r;
  const p = g.person(r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'IE', 'PL'] as const));
  d.t(`To: `).l('EMAIL', g.roleEmail(r.pick(['airline-claims.example', 'customer-relations.example']))).t(`\nRe: Compensation under EU261 — ${g.flight()} on ${g.travelDate(p.cc)}, delay ${r.int(3, 9)}h\n\n`);
  d.t(`Dear Sir or Madam,\n\nI am writing on behalf of myself and `).l('PERSON', g.person(p.cc).full).t(`. Our booking reference is ${g.pnr()}. We arrived more than three hours late and claim €${r.pick([250, 400, 600])} each.\n`);
  d.t('Bank details: ').l('IBAN', g.fmtIban(g.iban(p.cc))).t(', account holder ').l('PERSON', p.full).t('.\nPostal address: ').l('ADDRESS', g.address(p.cc).join(', ')).t('\n\nYours faithfully,\n');
  selfOrName(d, g, p, 0.6);
  d.t('\n');
});

// 26 lost baggage report (PIR)
add(2, (d, g) => {
  const r = g.r;
  const p = g.latinPerson();
  d.t(`PROPERTY IRREGULARITY REPORT\nFile ref: ${r.pick(['LHR', 'CDG', 'FRA', 'MAD'])}${r.pick(['BA', 'AF', 'LH', 'IB'])}${r.digits(5)}\nTag: ${r.pick(['BA', 'AF', 'LH'])}${r.digits(6)}\n`);
  d.t('Name: ').l('PERSON', `${asciiUp(p.sur)}/${asciiUp(p.given)}`).t(` ${r.pick(['MR', 'MS'])}\nFlight: ${g.flight()} / ${g.travelDate('GDS').slice(0, 5)}\n`);
  d.t('Permanent address: ').l('ADDRESS', g.address(p.cc).join(', ').toUpperCase()).t('\nTemporary address: ').t(`${r.pick(HOTELS)}, room ${r.int(101, 1200)} until ${g.travelDate('GDS').slice(0, 5)}\n`);
  d.t('Phone: ').l('PHONE', g.phone(p.cc)).t('  Email: ').l('EMAIL', g.email(p).toUpperCase()).t(`\nBag: ${r.pick(['black Samsonite spinner', 'red duffel', 'navy hard case with yellow strap'])}\n`);
});

// 27 car rental voucher
add(2, (d, g) => {
  const r = g.r;
  const p = g.latinPerson();
  d.t(`CAR RENTAL VOUCHER ${r.pick(['Hertz', 'Avis', 'Sixt', 'Europcar', 'Enterprise'])} — confirmation ${r.digits(9)}${r.pick(['COUNT', 'US', 'DE'])}\n`);
  d.t('Main driver: ').l('PERSON', p.full).t(' (date of birth ').l('DOB', g.fmtDate(g.dob(1950, 2002), p.cc)).t(`) — licence ${r.pick(['MORGA', 'B07', 'D-'])}${r.digits(8)}\n`);
  d.t(`Pick-up: ${r.pick(AIRPORTS)} ${g.travelDate(p.cc)} 10:00\nGuarantee card: `).l('CARD', g.fmtCard(g.card())).t(`\nYoung-driver surcharge applies under 25. Fuel policy: full-to-full.\n`);
});

// 28 German hotel registration card (Meldeschein)
add(2, (d, g) => {
  const r = g.r;
  const p = g.person(r.pick(['DE', 'CH', 'DE'] as const));
  d.t(`Meldeschein für Beherbergungsstätten — ${r.pick(['Hotel Zur Post', 'Gasthof Bergblick', 'Hotel Adlon Kempinski', 'Pension Schiller'])}\n`);
  d.t('Familienname: ').l('PERSON', p.sur).t('\nVorname: ').l('PERSON', p.given).t('\nGeburtsdatum: ').l('DOB', g.fmtDate(g.dob(), 'DE')).t('\nAnschrift: ').l('ADDRESS', g.address('DE').join(', '));
  d.t(`\nStaatsangehörigkeit: ${r.pick(['deutsch', 'schweizerisch', 'österreichisch'])}\nAnreise: ${g.travelDate('DE')}  Abreise: ${g.travelDate('DE')}\nMitreisende: `);
  if (r.chance(0.6)) d.t('Ehepartner ').l('PERSON', g.person('DE').given).t(', Kinder: ').t(String(r.int(0, 3)));
  else d.t('keine');
  d.t(`\nZimmer ${r.int(1, 60)} — Kurtaxe ${r.int(1, 4)},${p2(r.int(0, 99))} €\nUnterschrift: ____\n`);
});

// 29 Spanish parte de viajeros
add(2, (d, g) => {
  const r = g.r;
  const p = g.person(r.pick(['ES', 'MX'] as const));
  d.t(`PARTE DE ENTRADA DE VIAJEROS — ${r.pick(['Hostal La Giralda', 'Hotel Alfonso XIII', 'Apartamentos Sol'])}\nNº de parte: ${r.digits(6)}\n`);
  d.t('Nombre: ').l('PERSON', p.given).t('\nApellidos: ').l('PERSON', p.sur).t(`\nDNI/NIE/Pasaporte: ${r.digits(8)}${r.pick(['X', 'K', 'R', 'T'])}\n`);
  d.t('Fecha de nacimiento: ').l('DOB', g.fmtDate(g.dob(), 'ES')).t(`\nFecha de entrada: ${g.travelDate('ES')}\nTeléfono: `).l('PHONE', g.phone(p.cc)).t('\nCorreo: ').l('EMAIL', g.email(p));
  d.t('\nDirección: ').l('ADDRESS', g.address(p.cc).join(', ')).t('\n');
});

// 30 Japanese ryokan booking
add(2, (d, g) => {
  const r = g.r;
  const p = g.person('JP');
  d.t(`【ご予約確認】${r.pick(['旅館 花月', '箱根 翠松園', '湯布院 山荘'])}\n予約番号：${r.digits(8)}\n\n`);
  if (p.cul.script === 'cjk') d.l('PERSON', p.full).t(' 様\n\n');
  else d.l('PERSON', p.full).t(' 様\n\n');
  d.t(`このたびはご予約いただき誠にありがとうございます。\nチェックイン：${g.travelDate('JP')} 15:00\n人数：大人${r.int(1, 4)}名\n`);
  d.t('ご連絡先：').l('PHONE', g.phone('JP')).t('\nメール：').l('EMAIL', g.email(p)).t('\nご住所：').l('ADDRESS', g.address('JP').join(' '));
  d.t(`\n\n担当：`).l('PERSON', g.person('JP').sur).t(`\n※夕食は18:00からです。\n`);
});

// 31 French booking confirmation
add(2, (d, g) => {
  const r = g.r;
  const p = g.person('FR');
  d.t(`Objet : Confirmation de votre réservation n° ${g.pnr()}\n\n`);
  d.t(`${r.pick(['Bonjour', 'Madame, Monsieur'])} `).l('PERSON', p.full).t(`,\n\nNous avons le plaisir de vous confirmer votre séjour à ${r.pick(['Marrakech', 'La Réunion', 'Tahiti', 'Rome'])} du ${g.travelDate('FR')} au ${g.travelDate('FR')}.\n`);
  d.t('Voyageurs : ').l('PERSON', p.full);
  const q = g.person('FR');
  d.t(', ').l('PERSON', q.full).t(' (né(e) le ').l('DOB', g.fmtDate(g.dob(), 'FR')).t(')\n');
  d.t(`Acompte réglé par carte ${g.maskedCard()}. Solde à régler avant le ${g.travelDate('FR')}.\n`);
  d.t('Votre conseillère : ').l('PERSON', g.person('FR').given).t(' — ').l('PHONE', g.phone('FR')).t('\n').l('EMAIL', g.roleEmail('voyages-lumiere.example')).t('\n');
});

// 32 Italian confirmation
add(2, (d, g) => {
  const r = g.r;
  const p = g.person('IT');
  d.t(`Gentile Sig.${r.pick(['', 'ra'])} `).l('PERSON', p.sur).t(`,\n\nconfermiamo la prenotazione ${g.pnr()} presso ${r.pick(['Terra Alta Viaggi', 'Hotel Bellavista', 'Agriturismo Il Poggio'])}.\n`);
  d.t(`Arrivo: ${g.travelDate('IT')}\nIntestatario: `).l('PERSON', p.full).t(', nato il ').l('DOB', g.fmtDate(g.dob(), 'IT')).t('\nIndirizzo: ').l('ADDRESS', g.address('IT').join(', '));
  d.t(`\nCodice fiscale: ${asciiUp(p.sur).slice(0, 3)}${asciiUp(p.given).slice(0, 3)}${r.digits(2)}A${r.digits(2)}H${r.digits(3)}X\nCellulare: `).l('PHONE', g.phone('IT'));
  d.t(`\nBonifico su IBAN `).l('IBAN', g.fmtIban(g.iban('IT'))).t(` causale "${g.pnr()} saldo"\n`);
});

// 33 Brazilian confirmation
add(2, (d, g) => {
  const r = g.r;
  const p = g.person('BR');
  d.t(`Olá, `).l('PERSON', p.given).t(`!\n\nSua reserva ${g.pnr()} está confirmada. Embarque em ${g.travelDate('BR')} no voo ${g.flight()} saindo de ${r.pick(['Guarulhos (GRU)', 'Galeão (GIG)', 'Confins (CNF)'])}.\n`);
  d.t('Titular: ').l('PERSON', p.full).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nData de nascimento: `).l('DOB', g.fmtDate(g.dob(), 'BR'));
  d.t('\nEndereço:\n').l('ADDRESS', g.address('BR').join('\n')).t('\nWhatsApp: ').l('PHONE', g.phone('BR'));
  d.t(`\nParcelado em ${r.int(2, 10)}x no cartão `).l('CARD', g.fmtCard(g.card())).t('\n');
});

// 34 ops channel chat
add(3, (d, g) => {
  const r = g.r;
  const a = g.latinPerson();
  const b = g.latinPerson();
  const c = g.person();
  d.t('#ops-desk\n').l('PERSON', a.given).t(`: anyone seen the manifest for ${g.flight()}? `).l('PERSON', c.full).t(` is missing from it\n`);
  d.t('').l('PERSON', b.given).t(`: checked — name in PNR is `).l('PERSON', g.gds(c)).t(', ticket ').t(g.ticket()).t(' ok\n');
  d.l('PERSON', a.given).t(': she emailed from ').l('EMAIL', g.email(c)).t(` asking about ${r.pick(['wheelchair assist', 'a bassinet seat', 'vegan meals'])}\n`);
  d.l('PERSON', b.given).t(`: ok ping @${ascii(b.given)}.${r.pick(['ops', 'desk'])} if the GDS throws again, version ${g.version()} is flaky\n`);
  if (r.chance(0.5)) d.l('PERSON', a.given).t(': also VPN gateway changed to ').l('IP', g.ipv4()).t(' fyi\n');
});

// 35 support ticket thread with quoted reply
add(3, (d, g) => {
  const r = g.r;
  const p = g.person();
  const agent = g.latinPerson();
  d.t(`Ticket #${r.digits(6)} — "${r.pick(['Name misspelled on ticket', 'Change of hotel', 'Visa letter needed', 'Seat upgrade'])}"\n\n`);
  d.l('PERSON', agent.full).t(' wrote:\n> Hi ').l('PERSON', p.given).t(`, thanks for your patience. Name corrections on ${r.pick(['Ryanair', 'Emirates', 'Lufthansa', 'LATAM'])} cost 35 EUR.\n\n`);
  d.t('Customer wrote:\n> My passport says ').l('PERSON', p.full.toUpperCase()).t(` but the ticket says ${r.chance(0.5) ? 'MR' : 'MS'} `);
  const typo = `${p.given.slice(0, -1)}${p.given.slice(-1) === 'a' ? 'e' : 'a'}`;
  d.l('PERSON', asciiUp(`${typo} ${p.sur}`).trim() || p.full).t('. Please fix. My number is ').l('PHONE', g.phone(p.cc)).t('.\n');
});

// 36 visa invitation letter
add(3, (d, g) => {
  const r = g.r;
  const cc = r.pick(['DE', 'FR', 'IT', 'NL', 'ES', 'GB', 'US'] as const);
  const host = g.person(cc);
  const guest = g.person(r.pick(['IN', 'ZA', 'TR', 'AE', 'BR', 'MX'] as const));
  d.t('Invitation Letter\n\n').l('PERSON', host.full).t('\n').l('ADDRESS', g.address(cc).join('\n')).t('\n').l('PHONE', g.phone(cc)).t('\n\n');
  d.t(`${g.travelDate(cc)}\n\nTo the Consular Section,\n\nI, `).l('PERSON', host.full).t(`, hereby invite my ${r.pick(['cousin', 'friend', 'sister-in-law', 'business partner'])} `).l('PERSON', guest.full);
  d.t(', born ').l('DOB', g.fmtDate(g.dob(), cc)).t(`, passport ${g.passportNo()}, to stay with me from ${g.travelDate(cc)} for ${r.int(2, 8)} weeks. I will cover accommodation and meals.\n\n`);
  d.t('Sincerely,\n').l('PERSON', host.full).t('\n');
});

// 37 school trip consent
add(2, (d, g) => {
  const r = g.r;
  const cc = r.pick(['GB', 'IE', 'AU', 'US'] as const);
  const parent = g.latinPerson(cc);
  const kid = g.latinPerson(cc);
  d.t(`${r.pick(['St Aidan\'s', 'Riverside', 'Oakwood', 'Holy Cross'])} School — ${r.pick(['Paris art trip', 'Iceland geography field trip', 'Berlin history tour'])} consent form\n\n`);
  d.t('Student name: ').l('PERSON', `${kid.given} ${parent.sur}`).t('  Year: ').t(String(r.int(7, 12))).t('\nDate of birth: ').l('DOB', g.fmtDate(g.dob(2008, 2014), cc));
  d.t('\nParent/guardian: ').l('PERSON', parent.full).t('\nEmergency phone: ').l('PHONE', g.phone(cc)).t('\nHome address: ').l('ADDRESS', g.address(cc).join(', '));
  d.t(`\nEHIC/GHIC: ${r.digits(20)}\nDietary needs: ${r.pick(['none', 'halal', 'coeliac', 'vegetarian'])}\n`);
});

// 38 corporate travel request
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  const appr = g.person();
  d.t(`TRAVEL REQUEST TR-${r.digits(5)} — ${r.pick(['Kestrel Corporate Travel', 'Northstar Journeys'])} portal\nTraveller: `).l('PERSON', p.full).t(` (employee ${r.digits(6)}, cost centre ${r.int(1000, 9999)})\n`);
  d.t(`Route: ${r.pick(['FRA-SIN-FRA', 'LHR-JFK-LHR', 'CDG-NRT', 'AMS-GRU'])}  Dates: ${g.travelDate('ISO')} – ${g.travelDate('ISO')}\nPurpose: ${r.pick(['Q3 customer workshop', 'trade fair', 'board meeting', 'site audit'])}\n`);
  d.t('Approver: ').l('PERSON', r.pick([appr.full, `${appr.given.charAt(0)}. ${appr.sur}`])).t(' — approved\nCorporate card: ').l('CARD', g.fmtCard(g.card())).t(`\nPolicy: economy under 6h (rule ${r.pick(['TP-4.2', 'TP-7.1'])})\n`);
});

// 39 loyalty account change log with IPs
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`Member ${r.digits(9)} — ${r.pick(['Miles&More', 'Flying Blue', 'Avios', 'SkyPass', 'KrisFlyer'])} profile audit\n`);
  d.t(`${g.travelDate('ISO')} email changed from `).l('EMAIL', g.email(p)).t(' to ').l('EMAIL', g.email(p)).t(' from ').l('IP', g.ip()).t('\n');
  d.t(`${g.travelDate('ISO')} phone set to `).l('PHONE', g.phone(p.cc)).t(' from ').l('IP', g.ip()).t('\n');
  d.t(`${g.travelDate('ISO')} login OK from `).l('IP', g.ip()).t(` app ${g.version()}\n`);
  d.t('Account holder: ').l('PERSON', p.full).t('\n');
});

// 40 chargeback dispute
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`Chargeback ${r.pick(['CB', 'DSP'])}-${r.digits(8)} — reason code ${r.pick(['4837', '10.4', '13.1', '4853'])}\nMerchant: ${r.pick(AGENCIES)}\n`);
  d.t('Cardholder: ').l('PERSON', p.full).t('\nCard: ').l('CARD', g.fmtCard(g.card())).t(`\nTransaction: ${g.travelDate('ISO')} ${g.amount()} ${r.pick(['EUR', 'USD'])} auth ${r.digits(6)}\n`);
  d.t('Evidence: booking IP ').l('IP', g.ip()).t(', ticket ').t(g.ticket()).t(` flown on ${g.travelDate('ISO')}; boarding pass scanned at gate.\n`);
});

// 41 bank transfer instruction for deposit
add(3, (d, g) => {
  const r = g.r;
  const p = g.person();
  const c = r.pick(['GB', 'DE', 'NL', 'FR', 'AE', 'SA', 'TR', 'PL', 'CH', 'SE', 'DK', 'NO', 'BE', 'AT', 'PT', 'LU', 'QA', 'CZ', 'HU', 'RO']);
  d.t('Dear ').l('PERSON', p.given).t(`,\n\nPlease pay the deposit of ${g.amount()} for booking ${g.pnr()} by bank transfer:\n\nBeneficiary: ${r.pick(AGENCIES)}\nIBAN: `).l('IBAN', g.fmtIban(g.iban(c)));
  d.t(`\nReference: ${g.pnr()}-${r.digits(4)}\n\nPlease do not use the account ${g.fmtIban(g.badIban())} from our old letterhead.\n\nBest,\n`).l('PERSON', g.person().full).t('\n');
});

// 42 agent commission statement
add(2, (d, g) => {
  const r = g.r;
  const p = g.person(r.pick(['DE', 'NL', 'ES', 'GB', 'IT', 'FR'] as const));
  d.t(`COMMISSION STATEMENT ${r.pick(['Q1', 'Q2', 'Q3', 'Q4'])}/${r.int(2024, 2026)}\nIATA no. ${r.digits(8)}  ABTA ${r.pick(['P', 'Y'])}${r.digits(4)}\nHomeworker: `).l('PERSON', p.full);
  d.t('\nPayout account: ').l('IBAN', g.fmtIban(g.iban(p.cc))).t('\n\n');
  for (let i = 0; i < r.int(2, 5); i++) d.t(`  ${g.pnr()}  ${r.pick(['TUI', 'Jet2holidays', 'Carnival', 'Royal Caribbean', 'Marriott Bonvoy'])}  ${g.amount()}  ${r.int(5, 12)}%\n`);
});

// 43 airport transfer booking
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  const drv = g.person();
  d.t(`TRANSFER ${g.pnr()}\nPassenger: `).l('PERSON', p.full).t(` x${r.int(1, 6)}\nArrival: ${g.flight()} ${g.travelDate('GB')} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))} at ${r.pick(AIRPORTS)}\n`);
  d.t('Mobile (WhatsApp): ').l('PHONE', g.phone(p.cc)).t('\nDriver: ').l('PERSON', drv.given).t(' ').l('PHONE', g.phone(r.pick(['ES', 'IT', 'TR', 'AE', 'MX', 'ZA'] as const)));
  d.t('\nMeeting point: exit B, next to the Costa Coffee, name board "').l('PERSON', p.cul.script === 'lat' ? asciiUp(p.sur) : p.full).t('"\n');
});

// 44 tour guide assignment
add(2, (d, g) => {
  const r = g.r;
  const guide = g.person();
  d.t(`Guide roster ${g.travelDate('ISO')}\n- ${r.pick(['Hemingway Walking Tour (Havana)', 'Gaudí Modernisme Route', 'Mozart Concert & Dinner', 'Darwin Centre Visit', 'Mandela Heritage Day'])}: `).l('PERSON', guide.full).t(' ').l('PHONE', g.phone(guide.cc)).t('\n');
  const g2 = g.person();
  d.t(`- ${r.pick(['Lake Louise Sunrise', 'Victoria Falls', 'Marco Polo Cruise'])}: `).l('PERSON', `${g2.given.charAt(0)}. ${g2.sur}`).t(` (backup `).l('PERSON', g.person().given).t(')\n');
  d.t(`- Coach ${r.pick(['MAN Lion\'s Coach', 'Setra S 517', 'Volvo 9700'])} plate ${r.pick(['B-TR', 'M-XK', 'HH-RZ'])} ${r.int(100, 9999)}\n`);
});

// 45 medical disclosure for insurance
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`MEDICAL SCREENING — ${r.pick(INSURERS)}\nName: `).l('PERSON', p.full).t('  DOB: ').l('DOB', g.fmtDate(g.dob(1938, 1990), p.cc)).t('\n');
  d.t(`Declared conditions: ${r.pick(['Crohn\'s disease (stable)', 'Hodgkin lymphoma (in remission)', 'Graves\' disease', 'Alzheimer\'s (early stage, travelling with carer)', 'none'])}\n`);
  d.t('GP: Dr ').l('PERSON', g.person().sur).t(`, ${r.pick(['Wilson Medical Centre', 'Praxis am Goetheplatz', 'Clinique Pasteur'])}\n`);
  d.t(`Screening ID ${r.digits(10)}; additional premium ${g.amount()}\n`);
});

// 46 name change / split PNR request
add(2, (d, g) => {
  const r = g.r;
  const a = g.latinPerson();
  const b = g.latinPerson(a.cc);
  d.t(`Please split ${g.pnr()}: remove `).l('PERSON', g.gds(b)).t(` MRS into a new record and cancel her segments; keep `).l('PERSON', g.gds(a)).t(' MR as is.\n');
  d.t(`She will travel on ${g.travelDate('GDS')} instead. Waiver code ${r.pick(['WV', 'CX'])}${r.digits(5)}. New contact for her: `).l('EMAIL', g.email(b)).t('\n');
});

// 47 customer review (given names only)
add(2, (d, g) => {
  const r = g.r;
  const a = g.person();
  const b = g.person();
  d.t(`★★★★${r.pick(['★', '☆'])} "${r.pick(['Unforgettable honeymoon', 'Great value group tour', 'Smooth visa process'])}"\n`);
  d.l('PERSON', a.given).t(' from the agency sorted everything, and our guide ').l('PERSON', b.given).t(` in ${r.pick(['Petra', 'Cusco', 'Hoi An', 'Zanzibar'])} was brilliant. Only downside: ${r.pick(['the Sheraton pool was closed', 'Hurricane Lee delayed the ferry', 'the Marriott lost our booking'])}.\n`);
  d.t('— ').l('PERSON', `${g.person().given} ${r.pick(['K.', 'M.', 'T.'])}`).t(`, ${r.pick(['Leeds', 'Lyon', 'Osaka', 'Perth', 'Denver'])}\n`);
});

// 48 embassy appointment reschedule
add(2, (d, g) => {
  const p = g.person();
  d.t(`Subject: Reschedule request — case ${g.visaCase()}\n\nDear Consular Officer,\n\nI, `).self(p.full).t(`, would like to move my biometrics appointment from ${g.travelDate('GB')} to any date after ${g.travelDate('GB')}, as I will be abroad for work.\n`);
  d.t('Date of birth: ').l('DOB', g.fmtDate(g.dob(), p.cc)).t('\nContact: ').l('EMAIL', g.email(p)).t(' / ').l('PHONE', g.phone(p.cc)).t(`\n\nRegards\n`);
});

// 49 CRM bullet notes
add(3, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`CRM > Client 0${r.digits(6)} > Notes\n• `).l('PERSON', p.full).t(` prefers ${r.pick(['aisle seats', 'Hilton properties', 'morning flights', 'Star Alliance'])}\n`);
  d.t('• DOB ').l('DOB', g.fmtDate(g.dob(), p.cc)).t(` — passport exp ${g.travelDate(p.cc)}\n• Wife `).l('PERSON', g.person(p.cc).given).t(`, kids (${r.int(2, 15)} & ${r.int(2, 15)})\n`);
  d.t('• Mobile ').l('PHONE', g.phone(p.cc)).t('; ').l('EMAIL', g.email(p)).t('\n');
  if (r.chance(0.5)) d.t('• Home: ').l('ADDRESS', g.address(p.cc).join(', ')).t('\n');
  d.t(`• Dog ${r.pick(['Winston', 'Bella', 'Archie', 'Mochi'])} goes to kennels — ask about pet-friendly villas\n`);
});

// 50 GDPR request from traveller
add(2, (d, g) => {
  const r = g.r;
  const p = g.person(r.pick(['DE', 'FR', 'NL', 'IE', 'GB', 'ES', 'IT', 'PL'] as const));
  d.t(`Subject: ${r.pick(['Data access request (Art. 15 GDPR)', 'Request for erasure (Art. 17 GDPR)'])}\n\nTo the Data Protection Officer,\n\nplease ${r.pick(['send me a copy of', 'delete'])} all data held about me. For identification:\nName: `);
  d.self(p.full).t('\nDate of birth: ').l('DOB', g.fmtDate(g.dob(), p.cc)).t('\nEmail used for bookings: ').l('EMAIL', g.email(p)).t('\nAddress: ').l('ADDRESS', g.address(p.cc).join(', ')).t(`\nBooking refs: ${g.pnr()}, ${g.pnr()}\n\n`).l('PERSON', p.given).t('\n');
});

// 51 cruise manifest
add(2, (d, g) => {
  const r = g.r;
  d.t(`${r.pick(['MS Queen Victoria', 'MV Magellan', 'Queen Mary 2', 'MSC Grandiosa', 'Hurtigruten MS Richard With'])} — guest manifest, sailing ${g.travelDate('ISO')}\nCabin  Guest                         DOB           Nationality\n`);
  for (let i = 0; i < r.int(3, 7); i++) {
    const p = g.person();
    d.t(`${r.int(4, 12)}${r.digits(3)}   `).l('PERSON', p.full.toUpperCase()).t(' '.repeat(Math.max(2, 30 - p.full.length))).l('DOB', g.fmtDate(g.dob(1935, 2018), 'ISO')).t(`    ${r.pick(['USA', 'GBR', 'DEU', 'AUS', 'CAN', 'JPN'])}\n`);
  }
});

// 52 Korean booking
add(2, (d, g) => {
  const r = g.r;
  const p = g.person('KR');
  d.t(`[${r.pick(['하나투어 예약 확인', '서울게이트웨이 투어 예약 안내'])}]\n`).l('PERSON', p.cul.script === 'cjk' ? p.full : p.full).t(`${p.cul.script === 'cjk' ? ' 님' : ' 님'}, 예약번호 ${g.pnr()} 확정되었습니다.\n`);
  d.t(`출발일: ${g.travelDate('KR')}  항공편: ${g.flight()}\n연락처: `).l('PHONE', g.phone('KR')).t('\n이메일: ').l('EMAIL', g.email(p)).t('\n생년월일: ').l('DOB', g.fmtDate(g.dob(), 'KR'));
  d.t('\n주소: ').l('ADDRESS', g.address('KR').join(' ')).t('\n');
});

// 53 supplier rooming CSV (hotel)
add(2, (d, g) => {
  const r = g.r;
  d.t(`"Conf","Arrival","Nights","Guest","Phone","Card guarantee"\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    const p = g.person();
    d.t(`"${g.hotelConf()}","${g.travelDate('ISO')}","${r.int(1, 9)}","`).l('PERSON', `${p.sur}/${p.given}`).t('","').l('PHONE', g.phone(p.cc)).t('","');
    if (r.chance(0.6)) d.l('CARD', g.fmtCard(g.card()));
    else d.t(g.maskedCard());
    d.t('"\n');
  }
});

// 54 voicemail transcript
add(2, (d, g) => {
  const r = g.r;
  const p = g.latinPerson(r.pick(['US', 'GB', 'AU', 'CA'] as const));
  d.t(`Voicemail (auto-transcribed, ${r.int(20, 80)}s): "hi it's `);
  d.l('PERSON', p.full.toLowerCase()).t(` um calling about our trip to ${r.pick(['costa rica', 'lisbon', 'the amalfi coast', 'new zealand'])} next month, could someone call me back on `);
  d.l('PHONE', g.spokenPhone()).t(` or email me at `).l('EMAIL', g.spokenEmail(p)).t(` ... my booking number is ${[...g.pnr()].join(' ').toLowerCase()} thanks bye"\n`);
});

// 55 Dutch confirmation
add(2, (d, g) => {
  const r = g.r;
  const p = g.person('NL');
  d.t('Beste ').l('PERSON', p.full).t(`,\n\nBedankt voor je boeking bij Oranje Reizen. Je reis naar ${r.pick(['Curaçao', 'Bonaire', 'Kreta', 'Lapland'])} vertrekt op ${g.travelDate('NL')}.\n`);
  d.t('Hoofdboeker: ').l('PERSON', p.full).t(', geboren ').l('DOB', g.fmtDate(g.dob(), 'NL')).t('\nAdres: ').l('ADDRESS', g.address('NL').join(', ')).t('\nTelefoon: ').l('PHONE', g.phone('NL'));
  d.t(`\nAanbetaling via iDEAL ontvangen (transactie ${r.digits(16)}).\nRestbedrag overmaken naar `).l('IBAN', g.fmtIban(g.iban('NL'))).t(` o.v.v. ${g.pnr()}\n`);
});

// 56 Umrah group list
add(2, (d, g) => {
  const r = g.r;
  d.t(`Umrah group ${r.pick(['Ramadan', 'Shawwal', 'December'])} ${r.int(2024, 2026)} — visa batch ${r.digits(7)}\nGroup leader: `);
  const lead = g.person(r.pick(['AE', 'GB'] as const));
  d.l('PERSON', lead.full).t(' ').l('PHONE', g.phone(r.pick(['AE', 'GB'] as const))).t('\n\n#  Name                     Passport    DOB\n');
  for (let i = 1; i <= r.int(3, 7); i++) {
    const p = g.person(r.pick(['AE', 'GB', 'IN'] as const));
    d.t(`${i}  `).l('PERSON', p.full).t(`  ${g.passportNo()}  `).l('DOB', g.fmtDate(g.dob(1940, 2015), 'GB')).t('\n');
  }
  d.t(`Mahram relations verified. Hotel: ${r.pick(['Swissôtel Makkah', 'Pullman Zamzam', 'Hilton Suites Makkah'])}\n`);
});

// 57 insurance adjuster notes
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`Adjuster notes — claim CL${r.digits(7)}\n`);
  d.t(`${g.travelDate('ISO')}: spoke to claimant `).l('PERSON', p.full).t(` (DOB `).l('DOB', g.fmtDate(g.dob(), 'ISO')).t(`). Incident date ${g.travelDate('ISO')} confirmed by hospital invoice dated ${g.travelDate('ISO')}.\n`);
  d.t(`${g.travelDate('ISO')}: requested receipts; claimant's daughter `).l('PERSON', g.person(p.cc).given).t(' will send from ').l('EMAIL', g.email(g.person(p.cc))).t('.\n');
  d.t(`${g.travelDate('ISO')}: settlement ${g.amount()} approved to card `).l('CARD', g.fmtCard(g.card())).t('.\n');
});

// 58 ferry / rail booking
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`${r.pick(['Eurostar', 'Brittany Ferries', 'Trenitalia Frecciarossa', 'Renfe AVE', 'Shinkansen Nozomi', 'Stena Line'])} — e-ticket ${r.digits(12)}\n`);
  d.t(`Coach ${r.int(1, 18)} seat ${r.int(1, 90)}  ${g.travelDate(p.cc)} ${p2(r.int(5, 21))}:${p2(r.int(0, 59))}\nTraveller: `).l('PERSON', p.full).t('\n');
  if (r.chance(0.5)) d.t('Holder of railcard, DOB ').l('DOB', g.fmtDate(g.dob(1950, 2000), 'GB')).t('\n');
  d.t('Booked by ').l('EMAIL', g.email(p)).t(' from ').l('IP', g.ip()).t('\n');
});

// 59 W-9 style contractor onboarding (single)
add(3, (d, g) => {
  const r = g.r;
  const p = g.latinPerson('US');
  d.t(`Tour leader onboarding — ${r.pick(AGENCIES)}\n\nLegal name: `).l('PERSON', p.full).t(`\nBusiness name (if different): ${r.pick(['', `${p.sur} Adventures LLC`, 'Trailhead Guiding'])}\n`);
  d.t('Taxpayer ID (SSN): ').l('NATIONAL_ID', g.ssn()).t('\nAddress: ').l('ADDRESS', g.address('US').join(', ')).t('\nDOB: ').l('DOB', g.fmtDate(g.dob(1960, 2000), 'US'));
  d.t(`\nDirect deposit: routing ${r.pick(['021000021', '322271627', '061000104'])} account ${r.digits(11)}\nFirst aid cert exp ${g.travelDate('US')}\n`);
});

// 60 chat where client shares SSN for expedite
add(4, (d, g) => {
  const r = g.r;
  const p = g.latinPerson('US');
  const agent = g.latinPerson('US');
  d.l('PERSON', agent.given).t(': For the DS-82 we need your SSN and the date you were born.\n');
  d.self(p.full).t(': sure — ').l('NATIONAL_ID', g.ssn()).t(', born ').l('DOB', g.fmtDate(g.dob(), 'US')).t('\n');
  d.l('PERSON', agent.given).t(`: Thanks. And the old passport number? Not the one starting ${r.digits(3)}, the book.\n`);
  d.l('PERSON', p.given).t(`: ${r.digits(9)}. Ship it to `).l('ADDRESS', g.address('US').join(', ')).t(' please\n');
  if (r.chance(0.4)) d.l('PERSON', agent.given).t(`: Noted. Your card ${g.maskedCard()} will be charged ${g.amount()}.\n`);
});

// 61 group tour final invoice to client
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  const cc = p.cc;
  d.t(`${r.pick(AGENCIES)}\nINVOICE ${r.digits(6)}  Date ${g.travelDate(cc)}\n\nBill to:\n`).l('PERSON', p.full).t('\n').l('ADDRESS', g.address(cc).join('\n')).t('\n\n');
  d.t(`${r.pick(['Tour "Highlights of Peru"', 'Tour "Nordic Lights"', 'Safari "Big Five"'])} x${r.int(1, 4)} pax   ${g.amount()}\nSingle supplement   ${g.amount()}\nInsurance           ${g.amount()}\n`);
  d.t('Paid: ').l('CARD', g.fmtCard(g.card())).t(`\nBalance: 0.00\nThank you for travelling with us!\n`);
});

// 62 visa document checklist reply (with self)
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t('Hello, this is ').self(p.full).t(`. I've attached the documents for my ${r.pick(['UK Standard Visitor', 'US B1/B2', 'Schengen C', 'Canadian TRV', 'Japan eVisa'])} application: bank statements, employment letter and the hotel booking (${g.hotelConf()}).\n`);
  d.t('My date of birth is ').l('DOB', g.fmtDate(g.dob(), p.cc)).t(` — the form auto-filled ${g.travelDate(p.cc)}, which is my travel date, not my birthday.\n`);
  d.t('Best way to reach me: ').l('PHONE', g.phone(p.cc)).t('\n');
});

// 63 SMS notifications
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`To: `).l('PHONE', g.phone(p.cc)).t(`\n${r.pick(AGENCIES)}: Hi `).l('PERSON', p.given).t(`, your ${g.flight()} on ${g.travelDate(p.cc)} is now ${r.pick(['delayed 2h', 'on time, gate B14', 'rebooked to 18:45'])}. Ref ${g.pnr()}. Reply STOP to opt out.\n`);
});

// 64 payment batch (supplier payouts, IBAN x many)
add(3, (d, g) => {
  const r = g.r;
  d.t(`SEPA batch ${r.digits(10)} — execution ${g.travelDate('ISO')} — debtor ${r.pick(AGENCIES)}\nbeneficiary|iban|amount|remittance\n`);
  for (let i = 0; i < r.int(3, 7); i++) {
    const cc = r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'PT', 'GR', 'HR', 'MT', 'CY', 'SI', 'SK', 'EE', 'LV', 'LT', 'FI', 'IE']);
    if (r.chance(0.4)) {
      d.l('PERSON', g.person().full);
    } else d.t(r.pick(['Hotel Miramar', 'Autocares Costa', 'Guide Services OÜ', 'Vila Mar Lda', 'Taverna Nikos']));
    d.t('|');
    if (r.chance(0.88)) d.l('IBAN', g.fmtIban(g.iban(cc)));
    else d.t(g.fmtIban(g.badIban()));
    d.t(`|${g.amount()}|INV ${r.digits(5)}\n`);
  }
});

// 65 self-introduction e-mail to agency
add(3, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`Hi there,\n\nMy name is `).self(p.full).t(` and my ${r.pick(['partner', 'colleague', 'friend'])} `).l('PERSON', g.person().given).t(` recommended you. We'd like to plan ${r.pick(['two weeks in Japan', 'a safari in Kenya', 'a Patagonia trek', 'a honeymoon in Bali'])} around ${g.travelDate(p.cc)}.\n`);
  d.t('You can reach me at ').l('EMAIL', g.email(p));
  if (r.chance(0.6)) d.t(' or ').l('PHONE', g.phone(p.cc));
  d.t(`.\n\n${r.chance(0.5) ? trap(g) : ''}\nThanks,\n`).l('PERSON', p.given).t('\n');
});

// 66 payment-gateway settlement export (cards and IPs)
add(4, (d, g) => {
  const r = g.r;
  d.t(`psp_ref\tcreated\tpan\tholder\tamount\tresult\tip\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    const p = g.person();
    d.t(`${r.pick(['pi_', 'ch_', 'txn_'])}${g.sha().slice(0, 14)}\t${g.travelDate('ISO')}\t`);
    const k = r.int(0, 9);
    if (k <= 6) d.l('CARD', g.fmtCard(g.card()));
    else if (k === 7) d.t(g.fmtCard(g.badCard()));
    else d.t(g.maskedCard());
    d.t('\t').l('PERSON', r.chance(0.5) ? p.full.toUpperCase() : p.full).t(`\t${g.amount()}\t${r.pick(['AUTHORISED', 'REFUSED', 'SETTLED', 'CHARGEBACK'])}\t`).l('IP', g.ip()).t('\n');
  }
});

// 67 hotel guarantee fax (OCR)
add(2, (d, g) => {
  const r = g.r;
  const p = g.person();
  d.t(`CREDIT CARD AUTHORISATION FORM — ${r.pick(HOTELS)}\nReservation ${g.hotelConf()}  Arrival ${g.travelDate(p.cc)}\n\nGuest name: `).l('PERSON', p.full);
  d.t('\nCardholder: ').l('PERSON', r.chance(0.7) ? p.full : g.person().full).t('\nCard number: ').l('CARD', g.fmtCard(g.card()));
  d.t(`\nExpiry: ${p2(r.int(1, 12))}/${r.int(26, 31)}\nBilling address: `).l('ADDRESS', g.address(p.cc).join(', ')).t(`\nI authorise charges for room and tax only. Signature: ______\n`);
});

// ---------------------------------------------------------------------------------------------------------
// Hard negatives (no PII at all)
// ---------------------------------------------------------------------------------------------------------
const N: Tpl[] = [
  (d, g) => {
    const r = g.r;
    d.t(`OPS BULLETIN ${g.travelDate('ISO')}\n`);
    for (let i = 0; i < r.int(3, 6); i++) d.t(`- ${g.flight()} ${r.pick(['delayed', 'cancelled', 'retimed'])} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}, affected PNRs: ${g.pnr()}, ${g.pnr()}\n`);
    d.t(`${trap(g)}\nSabre release ${g.version()} deployed; Amadeus queue 8C${r.int(1, 99)} cleared.\n`);
  },
  (d, g) => {
    const r = g.r;
    d.t(`Fare rules ${r.pick(['YLOWGB', 'KSAVER', 'MFLEXUS'])}: changes permitted for ${r.int(50, 250)} EUR before departure; no-show fee applies. Valid for travel ${g.travelDate('GB')} – ${g.travelDate('GB')}. `);
    d.t(`Ticket stock ${g.ticket()} to ${g.ticket()} voided. Compensation per Montreal Convention Article 19.\n`);
  },
  (d, g) => {
    const r = g.r;
    d.t('Card validation test report\n');
    for (let i = 0; i < r.int(3, 6); i++) d.t(`  ${g.fmtCard(g.badCard())}  -> REJECTED (checksum)\n`);
    d.t(`  ${g.maskedCard()} -> tokenised\nAll test PANs failed Luhn as expected. Build ${g.sha().slice(0, 10)}.\n`);
  },
  (d, g) => {
    const r = g.r;
    d.t('IBAN import errors (batch ').t(r.digits(8)).t(')\n');
    for (let i = 0; i < r.int(3, 6); i++) d.t(`  row ${r.int(2, 400)}: ${g.fmtIban(g.badIban())} — invalid check digits\n`);
    d.t(`Routing ${r.pick(['021000021', '026009593'])} and EIN ${r.digits(2)}-${r.digits(7)} belong to the agency's US entity.\n`);
  },
  (d, g) => {
    const r = g.r;
    d.t(`Visa processing times (updated ${g.travelDate('GB')}):\n`);
    for (const c of ['UK Standard Visitor', 'Schengen C (France)', 'US B1/B2 interview', 'Canada TRV', 'Australia ETA', 'India e-Visa']) d.t(`  ${c}: ${r.int(3, 90)} days, case format ${g.visaCase()}\n`);
  },
  (d, g) => {
    const r = g.r;
    d.t(`Destination guide: arriving at ${r.pick(AIRPORTS)}, take the express train to ${r.pick(['Victoria Station', 'St. Pancras', 'Gare de Lyon', 'Roma Termini'])}. `);
    d.t(`Don't miss the ${r.pick(['Van Gogh Museum', 'Rembrandt House', 'Frida Kahlo Museum', 'Goethe House', 'Anne Frank House'])} or a stroll down ${r.pick(['Via Garibaldi', 'Nelson Street', 'Avenida Paulista', 'Boulevard Haussmann'])}. `);
    d.t(`${trap(g)} ${trap(g)}\n`);
  },
  (d, g) => {
    const r = g.r;
    d.t(`Changelog booking-engine ${g.version()}\n- bump firmware of kiosk to ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}\n- fix timezone bug on ${g.travelDate('ISO')}T${p2(r.int(0, 23))}:00:00Z\n- commit ${g.sha()}\n- rename team "Grant Squad" to "Phoenix"\n`);
  },
  (d, g) => {
    const r = g.r;
    d.t(`Shipment of brochures: tracking ${r.pick(['1Z', 'JD'])}${r.digits(16)}, order ${r.digits(10)}, case ${r.digits(8)}. Delivery window ${g.travelDate('GB')} 09:00–13:00. `);
    d.t(`Storm ${r.pick(['Ciarán', 'Babet', 'Henk', 'Isha'])} may delay couriers.\n`);
  },
  (d, g) => {
    const r = g.r;
    d.t(`Policy wording §${r.int(3, 12)}.${r.int(1, 9)}: We do not cover claims arising from Lyme disease, Legionnaires' disease or Guillain-Barré syndrome contracted before the policy start date. `);
    d.t(`Premium table ref ${r.pick(['PT', 'RT'])}-${r.digits(6)}, effective ${g.travelDate('GB')}.\n`);
  },
  (d, g) => {
    const r = g.r;
    d.t(`Group allotment: ${r.pick(HOTELS)} ${r.int(10, 40)} rooms, release ${g.travelDate('ISO')}, rate code ${g.pnr()}, hotel confirmation ${g.hotelConf()}. `);
    d.t(`Pax list to follow. Coach ${r.pick(['Mercedes Tourismo', 'Irizar i6'])}, ${r.int(30, 55)} seats. Will confirm by ${g.travelDate('ISO')}.\n`);
  },
  (d, g) => {
    const r = g.r;
    d.t(`Cruise ${r.pick(['Queen Elizabeth', 'Carnival Legend', 'Celebrity Edge', 'Disney Wish'])} itinerary: day ${r.int(1, 3)} at sea; day 4 Port Said; day 5 Aqaba. `);
    d.t(`Muster drill ${p2(r.int(13, 17))}:00. Excursion codes ${r.pick(['AQB', 'PSD'])}${r.digits(3)}, ${r.pick(['AQB', 'PSD'])}${r.digits(3)}.\n`);
  },
  (d, g) => {
    const r = g.r;
    d.t(`KPI ${r.pick(['Q1', 'Q2', 'Q3', 'Q4'])}: ${r.int(500, 9000)} bookings, ${r.int(1, 9)}.${r.int(0, 9)}% refunds, NPS ${r.int(20, 80)}. Top products: "Will & Grace Fan Tour", "Hope Island Escape", "May Day Lisbon". `);
    d.t(`Session IDs hashed with SHA-1 (${g.sha().slice(0, 12)}…). Next review ${g.travelDate('GB')}.\n`);
  },
];

/**
 * Generates the corpus for one seed: whole documents until at least `minInstances` labels exist.
 */
export function generateIndependent67Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent67Entry[] {
  const seed = opts.seed ?? INDEPENDENT67_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT67_MIN_INSTANCES;
  const r = new Rng(seed);
  const g = new Gen(r);
  const totalW = T.reduce((s, [w]) => s + w, 0);
  const out: Independent67Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) {
      r.pick(N)(d, g);
    } else {
      let x = r.next() * totalW;
      let f: Tpl = (T[0] ?? [0, () => undefined])[1];
      for (const [w, t] of T) {
        if ((x -= w) < 0) {
          f = t;
          break;
        }
      }
      f(d, g);
    }
    out.push({ text: d.text, labels: d.labels, knownNames: d.knownNames });
    total += d.labels.length;
  }
  return out;
}
