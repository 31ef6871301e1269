/**
 * @module privacy/pii-corpus-independent-49 — a blind, labelled PII evaluation split ("independent49")
 * about immigration, visas and legal-aid casework in many countries.
 *
 * WRITTEN BLIND. While writing it the author read only: the `Rng` class at the top of
 * `pii-corpus-values.ts`, `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30
 * lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. The author did NOT read the detector, its patterns, name lists or
 * tests, any other corpus module or template file, the docs, the benches or the git history, and never
 * ran the detector on this text. Every name, address, template and value here was invented for it.
 *
 * Seeds: {@link INDEPENDENT49_SEEDS} (490001, 490002, 490003). Each seed yields whole documents until at
 * least `minInstances` labels exist (default {@link INDEPENDENT49_MIN_INSTANCES}); output is deterministic
 * per seed. Offsets are recorded while the text is appended, never searched for afterwards.
 *
 * Contents: chats with the assistant of a legal-aid charity or an immigration law firm, e-mails, visa and
 * residence-permit forms, sponsor and family details, certified translations of civil documents, case
 * notes and exports (CSV, JSON, audit logs), court and tribunal notices, interpreted intake transcripts,
 * fee payment records and letters to and from authorities, in several languages; 85 document templates
 * (77 labelled, 8 hard negatives) drawn from shuffled weighted decks, so about one document in ten is a
 * hard negative with no PII at all but with look-alike traps (people-named brands, places, buildings,
 * diseases and laws, case and receipt numbers, hashes, versions, Luhn-invalid cards, invalid IBANs,
 * masked values, ITINs, EINs, routing numbers and other countries' ids, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and a possessive 's stay
 *   outside; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms
 *   are labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets and
 *   buildings named after people, eponymous diseases/laws/awards and @handles are not; nor is a name inside
 *   an e-mail address.
 * - EMAIL: every address, role addresses included; spoken addresses are labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes in any grouping; Luhn-invalid or masked ones not.
 * - IBAN: checksum-valid and of the right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs and other countries' ids are not labelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; the recipient is a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only; cue words outside; other dates are not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT49_SEEDS = [490001, 490002, 490003] as const;
export const INDEPENDENT49_MIN_INSTANCES = 2400;

/** A gold label that also carries its exact text. */
export interface Independent49Label extends PiiLabel {
  readonly value: string;
}
/** One document of the split. */
export interface Independent49Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent49Label[];
}

/** Builds a document while recording label offsets. */
class Doc {
  text = '';
  readonly labels: Independent49Label[] = [];
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
  p(name: string): this {
    return this.l('PERSON', name);
  }
  /** The user's own full name: labelled and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.p(name);
  }
}

type Tpl = (r: Rng, d: Doc) => void;

// ─────────────────────────────────────────────── names ───────────────────────────────────────────────

interface Culture {
  readonly id: string;
  readonly home: string;
  readonly f: readonly string[];
  readonly m: readonly string[];
  readonly s: readonly string[];
  readonly famFirst: boolean;
}
const cu = (id: string, home: string, f: string, m: string, s: string, famFirst = false): Culture => ({
  id, home, f: f.split('|'), m: m.split('|'), s: s.split('|'), famFirst,
});

const CULTURES: readonly Culture[] = [
  cu('en', 'GB', 'Rose|Hope|May|Faith|Joy|Dawn|Emily|Charlotte|Holly|Ivy', 'Will|Bill|Grant|Guy|Mark|Victor|Oliver|Harry|Rob|Jack',
    'Grant|Young|King|Brown|Hall|Price|Fox|Baker|Walsh|Turner|Hughes|Bishop|Marsh|Cotterill'),
  cu('us', 'US', 'Tiffany|Brianna|Shanice|Kayla|Madison|Summer|Destiny|Autumn', 'Tyrone|Cody|DeShawn|Chase|Hunter|Wade|Dwayne|Buck',
    'Washington|Jackson|Miller|Johnson|Carter|Brooks|Rivers|Banks|Hill|Whitfield'),
  cu('ie', 'IE', 'Siobhán|Aoife|Niamh|Róisín|Orla', 'Cian|Pádraig|Eoin|Darragh|Ruairí',
    'Ó Briain|Murphy|Kavanagh|Ní Dhomhnaill|McCarthy|Doyle|Fitzgerald|Byrne|Mac Giolla'),
  cu('de', 'DE', 'Ingrid|Lena|Johanna|Ute|Frieda|Hannelore', 'Jürgen|Lukas|Matthias|Wolfgang|Tobias|Horst',
    'Müller|Schneider|Becker|Hoffmann|Krüger|Wagner|Schäfer|Vogel|Weiß|Brandt'),
  cu('fr', 'FR', 'Élodie|Margaux|Camille|Anaïs|Océane|Solène', 'Thibault|Mathieu|Olivier|Rémi|Benoît|Gaëtan',
    'Lefèvre|Moreau|Dubois|Girard|Rousseau|Fontaine|Chevalier|Lambert|Marchand'),
  cu('es', 'ES', 'Lucía|Carmen|Pilar|Rocío|Inmaculada|Nieves', 'Álvaro|Javier|Sergio|Íñigo|Rafael|Chema',
    'García López|Fernández Ruiz|Martín|Navarro Gil|Jiménez|Romero Vidal|Castillo|Ortega'),
  cu('mx', 'MX', 'Guadalupe|Xóchitl|Maricela|Esperanza|Yesenia|Dolores', 'Jesús|Eduardo|Ulises|Rigoberto|Santiago|Amado',
    'Hernández Cruz|Ramírez|Gutiérrez Flores|Mendoza|Vázquez|Morales Aguilar|Pérez|Domínguez|Salazar'),
  cu('co', 'CO', 'Yuliana|Marisol|Luz Dary|Daniela|Paola', 'Jhon Fredy|Wilmer|Andrés Felipe|Yeison|Camilo',
    'Restrepo|Cardona|Ospina|Quintero|Valencia|Zapata|Arango'),
  cu('ve', 'VE', 'Yusmary|Oriana|Milagros|Génesis', 'Yorman|Douglas|Franklin|Leonel',
    'Briceño|Urdaneta|Rangel|Peña|Colmenares|Bracho'),
  cu('br', 'BR', 'Luana|Thaís|Conceição|Graça|Beatriz|Raimunda', 'João|Thiago|Rodrigo|Vinícius|Duarte|Edivaldo',
    'da Silva|Oliveira Santos|Carvalho|Gonçalves|Pereira|Ferreira Costa|Almeida|Nascimento'),
  cu('it', 'IT', 'Giulia|Chiara|Francesca|Rosaria|Benedetta', 'Giuseppe|Lorenzo|Matteo|Salvatore|Davide',
    'Esposito|Romano|Colombo|Ricci|Marino|Greco|Bruno|De Luca|Fontana'),
  cu('pl', 'PL', 'Agnieszka|Małgorzata|Katarzyna|Zofia|Grażyna', 'Krzysztof|Wojciech|Paweł|Grzegorz|Tomasz',
    'Kowalczyk|Wiśniewska|Zieliński|Wójcik|Lewandowski|Kamińska|Szymański|Dąbrowski'),
  cu('ua', 'UA', 'Oksana|Olena|Tetiana|Iryna|Svitlana|Nadiia', 'Mykola|Oleksandr|Dmytro|Bohdan|Andriy|Taras',
    'Shevchenko|Kovalenko|Bondarenko|Tkachenko|Melnyk|Kravchuk|Lysenko|Hrytsenko|Savchuk'),
  cu('ro', 'RO', 'Ioana|Mihaela|Andreea|Florentina', 'Ionuț|Bogdan|Cătălin|Radu',
    'Popescu|Ionescu|Dumitrescu|Stan|Constantin|Munteanu|Stoica'),
  cu('tr', 'TR', 'Ayşe|Elif|Zeynep|Gülşen|Emine', 'Mehmet|Mustafa|Emre|Hakan|Burak',
    'Yılmaz|Kaya|Demir|Şahin|Çelik|Aydın|Öztürk|Arslan|Doğan'),
  cu('ar', 'SY', 'Fatima|Amal|Rania|Noor|Huda|Layla|Rasha', 'Mohammed|Omar|Said|Khalid|Yousef|Ahmad|Bilal',
    'Al-Hassan|Haddad|Khalil|Mansour|El-Sayed|Abdelrahman|Al-Tamimi|Nasser|Said|Hamdan|Al-Jubouri'),
  cu('sd', 'SD', 'Amna|Safaa|Hawa|Mawada', 'Osman|Abuzar|Musab|Hatim',
    'Elnour|Abdalla|Babiker|Elamin|Adam|Ibrahim'),
  cu('fa', 'IR', 'Shirin|Maryam|Parisa|Zahra|Farah|Nasrin', 'Reza|Dariush|Hamid|Farshid|Arash|Babak',
    'Hosseini|Rahimi|Karimi|Tehrani|Moradi|Rezaei|Sadeghi|Jafari'),
  cu('af', 'AF', 'Malalai|Zarghuna|Nargis|Freshta|Mursal', 'Wahid|Naveed|Rahmatullah|Habib|Samiullah',
    'Popal|Stanikzai|Wardak|Noorzai|Mohmand|Safi|Ahmadzai|Sultani'),
  cu('ku', 'IQ', 'Berivan|Rojda|Hêvî|Shilan', 'Rêbîn|Dilshad|Kawa|Azad',
    'Zebari|Hawrami|Shwani|Baban|Goran|Kakayi'),
  cu('so', 'SO', 'Hodan|Ifrah|Sahra|Faadumo|Hibo', 'Abdirahman|Liban|Mahad|Abdullahi|Guled',
    'Warsame|Farah|Jama|Abdi|Hersi|Osman|Mohamud|Yusuf|Egal'),
  cu('er', 'ER', 'Selam|Mebrat|Tsega|Hiwet|Senait|Luwam', 'Yonas|Dawit|Tesfaye|Biniam|Mulugeta|Filmon',
    'Tesfamariam|Ghebremedhin|Haile|Bekele|Gebreyesus|Woldemichael|Kidane|Asfaw|Tekle'),
  cu('ng', 'NG', 'Adaeze|Chiamaka|Funmilayo|Ngozi|Blessing|Precious', 'Chukwuemeka|Oluwaseun|Babatunde|Ikenna|Godwin|Sunday',
    'Okonkwo|Adeyemi|Nwosu|Okafor|Balogun|Eze|Ogunleye|Adebayo|Obi'),
  cu('gh', 'GH', 'Akosua|Abena|Efua|Ama|Comfort', 'Kwame|Kofi|Yaw|Kwabena|Fiifi',
    'Mensah|Owusu|Asante|Boateng|Appiah|Ofori|Quaye'),
  cu('ea', 'CD', 'Mwajuma|Wanjiru|Nyambura|Grace|Furaha|Neema', 'Otieno|Mutombo|Jean-Baptiste|Kiprono|Baraka|Emmanuel',
    'Kamau|Njoroge|Wafula|Mukendi|Ilunga|Kabongo|Mwangi|Tshisekedi'),
  cu('in', 'IN', 'Priya|Anjali|Lakshmi|Deepika|Sunita|Pooja', 'Rahul|Vikram|Arjun|Sanjay|Rohit|Harpreet',
    'Sharma|Patel|Iyer|Reddy|Nair|Gupta|Chatterjee|Deshpande|Sandhu|Gill'),
  cu('pk', 'PK', 'Ayesha|Sadia|Nusrat|Farzana|Rukhsana|Mehwish', 'Imran|Tariq|Faisal|Shahid|Rafiq|Usman',
    'Chaudhry|Qureshi|Malik|Siddiqui|Rahman|Hossain|Begum|Akhtar|Butt'),
  cu('lk', 'LK', 'Tharshini|Kavitha|Nirosha|Vasuki', 'Sivakumar|Thayaparan|Kajan|Prasanth',
    'Sivarajah|Kanagaratnam|Thambipillai|Balasingham|Yogarajah|Selvarajah'),
  cu('np', 'NP', 'Sita|Anjana|Sabina|Pratiksha', 'Bishnu|Prakash|Dipendra|Suman',
    'Shrestha|Gurung|Thapa|Tamang|Rai|Adhikari|Magar'),
  cu('cn', 'CN', 'Xiuying|Mei|Lina|Jing|Yan', 'Wei|Jun|Hao|Zhiqiang|Tao',
    'Wang|Li|Zhang|Liu|Chen|Huang|Zhou|Long|Xu', true),
  cu('vn', 'VN', 'Thị Hương|Ngọc Anh|Thu Trang|Bảo Châu', 'Văn Minh|Quang Huy|Đức Anh|Tuấn',
    'Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi', true),
  cu('ph', 'PH', 'Maricel|Jocelyn|Rowena|Lovely|Cherry|Precious', 'Rodel|Jerome|Arnel|Jomar|Rommel|Junjun',
    'Dela Cruz|Bautista|Reyes|Santos|Villanueva|Manalo|Mercado|Aquino|Macaraeg'),
  cu('kr', 'KR', 'Ji-woo|Seo-yeon|Min-ji|Eun-ji', 'Min-jun|Seo-jun|Hyun-woo|Dong-hyun',
    'Kim|Lee|Park|Choi|Jung|Kang|Yoon', true),
  cu('jp', 'JP', 'Yui|Haruka|Sakura|Aoi', 'Haruto|Kenji|Takumi|Ren',
    'Sato|Suzuki|Takahashi|Tanaka|Watanabe|Kobayashi', true),
  cu('ht', 'HT', 'Nadège|Fabienne|Mirlande|Guerline|Mackenson', 'Jean-Robert|Wilner|Frantz|Pierre-Louis|Ti-Jean',
    'Joseph|Jean-Baptiste|Pierre|Charles|Saint-Fleur|Desrosiers|Louis|Célestin'),
  cu('al', 'AL', 'Arta|Drita|Blerina|Elira', 'Arben|Besnik|Gent|Driton',
    'Hoxha|Krasniqi|Berisha|Gashi|Shehu|Dervishi|Kola'),
  cu('nl', 'NL', 'Femke|Sanne|Anouk|Marieke', 'Joost|Sjoerd|Maarten|Bram',
    'de Vries|van Dijk|Jansen|Bakker|van den Berg|Visser|Smit|Meijer'),
  cu('sv', 'SE', 'Astrid|Ebba|Maja|Linnea', 'Björn|Nils|Oskar|Linus',
    'Lindqvist|Andersson|Johansson|Bergström|Nyström|Sandberg'),
];

/** Native-script names for a few templates: [family, given]. */
const JP_NATIVE: readonly (readonly [string, string])[] = [['佐藤', '健二'], ['鈴木', '陽菜'], ['高橋', '蓮'], ['田中', 'さくら'], ['渡辺', '大翔'], ['伊藤', '結衣'], ['山本', '美咲']];
const KR_NATIVE: readonly string[] = ['김민준', '이서연', '박지호', '최유나', '정하은', '강도윤'];
const AR_NATIVE: readonly string[] = ['أحمد الخطيب', 'فاطمة حداد', 'عمر منصور', 'ليلى ناصر', 'يوسف الحلبي', 'هدى السيد'];

interface Person {
  readonly g: string;
  readonly s: string;
  readonly f: boolean;
  readonly c: Culture;
}

function person(r: Rng, cid?: string, female?: boolean): Person {
  const c = (cid ? CULTURES.find((x) => x.id === cid) : undefined) ?? r.pick(CULTURES);
  const f = female ?? r.chance(0.5);
  return { g: r.pick(f ? c.f : c.m), s: r.pick(c.s), f, c };
}
/** Someone sharing a family name with `p` (a relative). */
function relative(r: Rng, p: Person, female?: boolean): Person {
  const f = female ?? r.chance(0.5);
  return { g: r.pick(f ? p.c.f : p.c.m), s: p.s, f, c: p.c };
}
const full = (p: Person): string => (p.c.famFirst ? `${p.s} ${p.g}` : `${p.g} ${p.s}`);
/** A varied written form of a name (one contiguous label). */
function nf(r: Rng, p: Person): string {
  const x = r.next();
  if (x < 0.62) return full(p);
  if (x < 0.72) return `${p.s.toUpperCase()}, ${p.g}`;
  if (x < 0.8) return `${p.g.charAt(0)}. ${p.s}`;
  if (x < 0.87) return full(p).toUpperCase();
  if (x < 0.91) return full(p).toLowerCase();
  return `${p.s}, ${p.g}`;
}
function hon(r: Rng, p: Person, lang = 'en'): string {
  if (r.chance(0.1)) return 'Dr.';
  const t: Record<string, [string[], string[]]> = {
    en: [['Ms', 'Mrs', 'Ms.', 'Miss'], ['Mr', 'Mr.']], de: [['Frau'], ['Herr']], fr: [['Mme', 'Madame'], ['M.', 'Monsieur']],
    es: [['Sra.', 'Doña'], ['Sr.', 'Don']], it: [['Sig.ra'], ['Sig.']], nl: [['mevrouw', 'mevr.'], ['meneer', 'dhr.']],
    pt: [['Sra.', 'D.'], ['Sr.']], sv: [['fru'], ['herr']], pl: [['Pani'], ['Pan']],
  };
  const e = t[lang] ?? t.en;
  return r.pick((p.f ? e?.[0] : e?.[1]) ?? ['Mx']);
}

// ─────────────────────────────────────────────── dates ───────────────────────────────────────────────

const EN_M = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DE_M = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const FR_M = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const ES_M = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const NL_M = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const IT_M = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const PL_M = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const PT_M = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const SV_M = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

interface Ymd { y: number; m: number; d: number }
const birth = (r: Rng, lo = 1952, hi = 2006): Ymd => ({ y: r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) });
const recent = (r: Rng): Ymd => ({ y: r.int(2023, 2026), m: r.int(1, 12), d: r.int(1, 28) });
const p2 = (n: number): string => String(n).padStart(2, '0');
const mon = (ms: readonly string[], m: number): string => ms[m - 1] ?? '';

/** A date written the way the given country writes it. */
function fdate(r: Rng, cc: string, x: Ymd): string {
  const { y, m, d } = x;
  const alt = r.chance(0.45);
  switch (cc) {
    case 'US': return alt ? `${mon(EN_M, m)} ${d}, ${y}` : r.chance(0.8) ? `${p2(m)}/${p2(d)}/${y}` : `${m}/${d}/${y}`;
    case 'GB': case 'IE': case 'AU': return alt ? `${d} ${mon(EN_M, m)} ${y}` : `${p2(d)}/${p2(m)}/${y}`;
    case 'DE': case 'AT': case 'CH': return alt ? `${d}. ${mon(DE_M, m)} ${y}` : `${p2(d)}.${p2(m)}.${y}`;
    case 'FR': case 'BE': return alt ? `${d === 1 ? '1er' : d} ${mon(FR_M, m)} ${y}` : `${p2(d)}/${p2(m)}/${y}`;
    case 'ES': case 'MX': return alt ? `${d} de ${mon(ES_M, m)} de ${y}` : `${p2(d)}/${p2(m)}/${y}`;
    case 'NL': return alt ? `${d} ${mon(NL_M, m)} ${y}` : `${p2(d)}-${p2(m)}-${y}`;
    case 'IT': return alt ? `${d} ${mon(IT_M, m)} ${y}` : `${p2(d)}/${p2(m)}/${y}`;
    case 'PL': return alt ? `${d} ${mon(PL_M, m)} ${y} r.` : `${p2(d)}.${p2(m)}.${y}`;
    case 'PT': case 'BR': return alt ? `${d} de ${mon(PT_M, m)} de ${y}` : `${p2(d)}/${p2(m)}/${y}`;
    case 'SE': return alt ? `${d} ${mon(SV_M, m)} ${y}` : `${y}-${p2(m)}-${p2(d)}`;
    case 'CA': return alt ? `${mon(EN_M, m)} ${d}, ${y}` : `${y}-${p2(m)}-${p2(d)}`;
    case 'JP': case 'CN': return `${y}年${m}月${d}日`;
    case 'PASS': return `${p2(d)} ${mon(EN_M, m).slice(0, 3).toUpperCase()} ${y}`;
    default: return `${y}-${p2(m)}-${p2(d)}`;
  }
}
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth'];
const two = (n: number): string => (n < 20 ? (ONES[n] ?? '') : `${TENS[Math.floor(n / 10)] ?? ''}${n % 10 ? `-${ONES[n % 10] ?? ''}` : ''}`);
function yearWords(y: number): string {
  if (y < 2000) return `nineteen ${y % 100 < 10 ? `oh ${ONES[y % 10] ?? ''}` : two(y % 100)}`;
  if (y < 2010) return `two thousand${y % 10 ? ` and ${ONES[y % 10] ?? ''}` : ''}`;
  return `twenty ${two(y % 100)}`;
}
const spokenDate = (x: Ymd): string => `${ORD[x.d] ?? ''} of ${mon(EN_M, x.m)}, ${yearWords(x.y)}`;

// ───────────────────────────────────────────── countries ─────────────────────────────────────────────

const UP = 'ABDEFGHJLNPQRSTUWXYZ';
const letters = (r: Rng, n: number, set = 'ABCDEFGHJKLMNPRSTUVWXYZ'): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += set.charAt(r.int(0, set.length - 1));
  return s;
};
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const lines = (multi: boolean, parts: string[], sep = ', '): string => parts.join(multi ? '\n' : sep);

interface Country {
  readonly cc: string;
  readonly name: string;
  readonly lang: string;
  phone(r: Rng): string;
  addr(r: Rng, multi: boolean): string;
  readonly emails: readonly string[];
}

const US_AREA = ['212', '312', '415', '713', '305', '617', '206', '404', '612', '718', '347', '832', '202', '973', '480', '614'];
const CA_AREA = ['416', '514', '604', '204', '403', '613', '902', '647'];
function nanp(r: Rng, areas: readonly string[]): string {
  const a = r.pick(areas), e = `${r.int(2, 9)}${r.digits(2)}`, n = r.digits(4);
  return r.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `+1 ${a} ${e} ${n}`, `+1-${a}-${e}-${n}`, `1 (${a}) ${e}-${n}`]);
}

const COUNTRIES: readonly Country[] = [
  {
    cc: 'GB', name: 'United Kingdom', lang: 'en', emails: ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'btinternet.com', 'hotmail.co.uk'],
    phone: (r) => r.pick([`07${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`, `+44 7${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`, `020 ${r.int(7, 8)}${r.digits(3)} ${r.digits(4)}`, `0161 ${r.digits(3)} ${r.digits(4)}`, `+44 (0)113 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r, multi) => {
      const [town, out] = r.pick([['Leeds', 'LS6'], ['Manchester', 'M14'], ['Birmingham', 'B10'], ['Glasgow', 'G42'], ['Cardiff', 'CF24'], ['London', 'E7'], ['Bradford', 'BD3'], ['Leicester', 'LE2'], ['Croydon', 'CR0'], ['Newcastle upon Tyne', 'NE4'], ['Belfast', 'BT7']] as const);
      const pc = `${out} ${r.int(1, 9)}${letters(r, 2, UP)}`;
      const st = `${r.int(1, 240)} ${r.pick(['Cedar Road', 'Albion Street', 'Whitworth Lane', 'Marlowe Close', 'Gladstone Terrace', 'Harrow View', 'Nelson Street', 'Stanley Grove', 'Beech Crescent'])}`;
      const parts = r.chance(0.3) ? [`Flat ${r.int(1, 30)}${r.pick(['', 'A', 'B'])}`, st] : [st];
      if (multi) return lines(true, [...parts, town, pc, ...(r.chance(0.3) ? ['United Kingdom'] : [])]);
      return `${parts.join(', ')}, ${town} ${pc}`;
    },
  },
  {
    cc: 'US', name: 'United States', lang: 'en', emails: ['gmail.com', 'yahoo.com', 'icloud.com', 'aol.com', 'outlook.com', 'hotmail.com'],
    phone: (r) => nanp(r, US_AREA),
    addr: (r, multi) => {
      const [city, st, z] = r.pick([['Houston', 'TX', '770'], ['Chicago', 'IL', '606'], ['Jackson Heights', 'NY', '113'], ['Los Angeles', 'CA', '900'], ['Miami', 'FL', '331'], ['Minneapolis', 'MN', '554'], ['San Diego', 'CA', '921'], ['Newark', 'NJ', '071'], ['Phoenix', 'AZ', '850'], ['Silver Spring', 'MD', '209'], ['Columbus', 'OH', '432']] as const);
      const zip = `${z}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`;
      const line1 = `${r.int(12, 9800)} ${r.pick(['W Maple Ave', 'Martin Luther King Jr Blvd', 'Roosevelt Rd', 'Cypress St', 'Elm Street', 'Lincoln Ave', 'Pine Ridge Dr', 'Jefferson St', 'N Broadway', '37th Ave'])}`;
      const unit = r.chance(0.5) ? r.pick([`Apt ${r.int(1, 9)}${r.pick(['A', 'B', 'C', 'F'])}`, `Unit ${r.int(100, 999)}`, `# ${r.int(2, 40)}`]) : '';
      if (r.chance(0.08)) return lines(multi, [`PO Box ${r.int(100, 99999)}`, `${city}, ${st} ${zip}`]);
      if (multi) return lines(true, [unit ? `${line1} ${unit}` : line1, `${city}, ${st} ${zip}`]);
      return `${line1}${unit ? `, ${unit}` : ''}, ${city}, ${st} ${zip}`;
    },
  },
  {
    cc: 'DE', name: 'Deutschland', lang: 'de', emails: ['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'posteo.de'],
    phone: (r) => r.pick([`+49 30 ${r.digits(8)}`, `0151 ${r.digits(8)}`, `0176-${r.digits(8)}`, `+49 (0)221 ${r.digits(6)}`, `030 / ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+49 160 ${r.digits(7)}`]),
    addr: (r, multi) => {
      const [pc, city] = r.pick([['10247', 'Berlin'], ['12043', 'Berlin'], ['50667', 'Köln'], ['80331', 'München'], ['20095', 'Hamburg'], ['60311', 'Frankfurt am Main'], ['04109', 'Leipzig'], ['70173', 'Stuttgart'], ['44135', 'Dortmund']] as const);
      const st = `${r.pick(['Karl-Marx-Straße', 'Lindenstraße', 'Hauptstraße', 'Sonnenallee', 'Goethestraße', 'Am Mühlenberg', 'Bahnhofstraße', 'Friedrich-Ebert-Ring'])} ${r.int(1, 180)}${r.pick(['', '', 'a', 'b'])}`;
      const parts = r.chance(0.2) ? [st, `${r.pick(['Hinterhaus', 'Aufgang B', 'WE 12'])}`] : [st];
      return lines(multi, [...parts, `${pc} ${city}`, ...(multi && r.chance(0.2) ? ['Deutschland'] : [])]);
    },
  },
  {
    cc: 'FR', name: 'France', lang: 'fr', emails: ['orange.fr', 'free.fr', 'hotmail.fr', 'laposte.net', 'gmail.com'],
    phone: (r) => {
      const pr = () => `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return r.pick([`0${r.int(6, 7)} ${pr()}`, `+33 ${r.int(6, 7)} ${pr()}`, `+33 (0)1 ${pr()}`, `0${r.int(1, 5)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`]);
    },
    addr: (r, multi) => {
      const [pc, city] = r.pick([['75011', 'Paris'], ['69003', 'Lyon'], ['13001', 'Marseille'], ['31000', 'Toulouse'], ['59000', 'Lille'], ['67000', 'Strasbourg'], ['93200', 'Saint-Denis'], ['44000', 'Nantes']] as const);
      const st = `${r.int(1, 120)}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(['rue des Lilas', 'avenue Victor Hugo', 'rue de la République', 'boulevard Jean Jaurès', 'rue du Faubourg Saint-Antoine', 'impasse des Acacias', 'rue Gambetta'])}`;
      const parts = r.chance(0.25) ? [`Bât. ${r.pick(['A', 'B', 'C'])}, appt ${r.int(1, 60)}`, st] : [st];
      return lines(multi, [...parts, `${pc} ${city}`, ...(multi && r.chance(0.2) ? ['France'] : [])]);
    },
  },
  {
    cc: 'ES', name: 'España', lang: 'es', emails: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net'],
    phone: (r) => r.pick([`6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+34 7${r.digits(8)}`]),
    addr: (r, multi) => {
      const [pc, city] = r.pick([['28005', 'Madrid'], ['08001', 'Barcelona'], ['46001', 'València'], ['41003', 'Sevilla'], ['29002', 'Málaga'], ['50001', 'Zaragoza'], ['35001', 'Las Palmas de Gran Canaria'], ['30001', 'Murcia']] as const);
      const st = `${r.pick(['Calle de Toledo', 'Calle Mayor', 'Calle del Pez', 'Calle de Alcalá', 'Avda. de la Constitución', 'Calle de Blasco Ibáñez', 'Plaza de Lavapiés'])}, ${r.int(1, 150)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'Izda.', 'Dcha.'])}`;
      return lines(multi, [st, `${pc} ${city}`]);
    },
  },
  {
    cc: 'NL', name: 'Nederland', lang: 'nl', emails: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
    phone: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(4)} ${r.digits(4)}`, `020 ${r.digits(3)} ${r.digits(4)}`, `+31 (0)10 ${r.digits(7)}`]),
    addr: (r, multi) => {
      const st = `${r.pick(['Prinsengracht', 'Kerkstraat', 'Vondelstraat', 'Bilderdijkstraat', 'Laan van Meerdervoort', 'Oudegracht', 'Stationsweg'])} ${r.int(1, 400)}${r.pick(['', '', '-III', ' bis', 'A', '-2'])}`;
      return lines(multi, [st, `${nz(r, 4)} ${letters(r, 2, 'ABCDEGHJKLMNPRTVWXZ')} ${r.pick(['Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Eindhoven', 'Groningen', 'Ter Apel'])}`]);
    },
  },
  {
    cc: 'IE', name: 'Ireland', lang: 'en', emails: ['gmail.com', 'eircom.net', 'outlook.ie', 'yahoo.ie'],
    phone: (r) => r.pick([`08${r.pick(['3', '5', '6', '7', '9'])} ${r.digits(3)} ${r.digits(4)}`, `+353 8${r.pick(['3', '5', '7'])} ${r.digits(3)} ${r.digits(4)}`, `(01) ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r, multi) => {
      const [area, city, rk] = r.pick([['Tallaght', 'Dublin 24', 'D24'], ['Blanchardstown', 'Dublin 15', 'D15'], ['Ballyfermot', 'Dublin 10', 'D10'], ['Knocknaheeny', 'Cork', 'T23'], ['Mervue', 'Galway', 'H91'], ['Castletroy', 'Limerick', 'V94']] as const);
      const ec = `${rk} ${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}`;
      return lines(multi, [`${r.int(1, 120)} ${r.pick(['Oakfield Drive', 'Clonard Park', "St. Brigid's Terrace", 'Castle Avenue', 'Millbrook Lawns'])}`, area, city, ec]);
    },
  },
  {
    cc: 'CA', name: 'Canada', lang: 'en', emails: ['gmail.com', 'hotmail.ca', 'videotron.ca', 'rogers.com', 'yahoo.ca'],
    phone: (r) => nanp(r, CA_AREA),
    addr: (r, multi) => {
      const [city, pr, l] = r.pick([['Montréal', 'QC', 'H'], ['Toronto', 'ON', 'M'], ['Vancouver', 'BC', 'V'], ['Winnipeg', 'MB', 'R'], ['Calgary', 'AB', 'T'], ['Ottawa', 'ON', 'K'], ['Halifax', 'NS', 'B']] as const);
      const L = 'ABCEGHJKLMNPRSTVXY';
      const pc = `${l}${r.int(1, 9)}${letters(r, 1, L)} ${r.digits(1)}${letters(r, 1, L)}${r.digits(1)}`;
      const st = `${r.chance(0.5) ? `${r.int(101, 2405)}-` : ''}${r.int(10, 9999)} ${r.pick(['Rue Sainte-Catherine O', 'Bloor St W', 'Jane St', 'Kingsway', 'Rue Jean-Talon E', 'Main St', 'Portage Ave', 'Boul. René-Lévesque'])}`;
      return multi ? lines(true, [st, `${city} ${pr}  ${pc}`]) : `${st}, ${city}, ${pr} ${pc}`;
    },
  },
  {
    cc: 'AU', name: 'Australia', lang: 'en', emails: ['gmail.com', 'bigpond.com', 'outlook.com.au', 'optusnet.com.au'],
    phone: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.digits(4)} ${r.digits(4)}`, `+61 3 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r, multi) => {
      const [sub, st, pc] = r.pick([['Fitzroy', 'VIC', '3065'], ['Dandenong', 'VIC', '3175'], ['Auburn', 'NSW', '2144'], ['Blacktown', 'NSW', '2148'], ['Woolloongabba', 'QLD', '4102'], ['Mirrabooka', 'WA', '6061'], ['Salisbury', 'SA', '5108']] as const);
      const l1 = `${r.chance(0.5) ? `Unit ${r.int(1, 40)}/` : ''}${r.int(1, 400)} ${r.pick(['Smith Street', 'Parramatta Road', 'Sydney Road', 'Chapel Street', 'Flemington Road', 'Logan Road', 'Lonsdale St'])}`;
      return multi ? lines(true, [l1, `${sub.toUpperCase()} ${st} ${pc}`]) : `${l1}, ${sub} ${st} ${pc}`;
    },
  },
  {
    cc: 'SE', name: 'Sverige', lang: 'sv', emails: ['gmail.com', 'telia.com', 'hotmail.se', 'bredband.net'],
    phone: (r) => r.pick([`07${r.pick(['0', '2', '3', '6'])}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 7${r.pick(['0', '2', '3'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r, multi) => {
      const [pc, city] = r.pick([['411 38', 'Göteborg'], ['163 72', 'Spånga'], ['753 20', 'Uppsala'], ['211 42', 'Malmö'], ['582 24', 'Linköping']] as const);
      return lines(multi, [`${r.pick(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Järnvägsgatan', 'Rinkebysvängen'])} ${r.int(1, 90)}${r.pick(['', ' B', ', lgh 1102', ' 3 tr'])}`, `${pc} ${city}`]);
    },
  },
  {
    cc: 'IT', name: 'Italia', lang: 'it', emails: ['libero.it', 'virgilio.it', 'gmail.com', 'alice.it'],
    phone: (r) => r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `3${r.digits(2)} ${r.digits(7)}`, `011 ${r.digits(7)}`, `+39 06 ${r.digits(8)}`]),
    addr: (r, multi) => {
      const [cap, city, pv] = r.pick([['10152', 'Torino', 'TO'], ['20124', 'Milano', 'MI'], ['00185', 'Roma', 'RM'], ['80139', 'Napoli', 'NA'], ['90133', 'Palermo', 'PA'], ['40121', 'Bologna', 'BO']] as const);
      return lines(multi, [`${r.pick(['Via Giuseppe Garibaldi', 'Via Roma', 'Corso Giulio Cesare', 'Via Padova', 'Via Alessandro Manzoni', 'Via dei Mille', 'Piazza Vittorio Emanuele II'])} ${r.int(1, 200)}${r.pick(['', '/B', ', int. 7', ', scala C'])}`, `${cap} ${city} (${pv})`]);
    },
  },
  {
    cc: 'CH', name: 'Schweiz', lang: 'de', emails: ['bluewin.ch', 'gmail.com', 'gmx.ch', 'sunrise.ch'],
    phone: (r) => r.pick([`+41 7${r.int(6, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `07${r.int(6, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `044 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r, multi) => {
      const [pc, city] = r.pick([['8004', 'Zürich'], ['1202', 'Genève'], ['3011', 'Bern'], ['4057', 'Basel'], ['6900', 'Lugano']] as const);
      return lines(multi, [`${r.pick(['Bahnhofstrasse', 'Langstrasse', 'Rue de Lausanne', 'Badenerstrasse', 'Via Cantonale', 'Pestalozzistrasse'])} ${r.int(1, 150)}`, `${r.chance(0.3) ? 'CH-' : ''}${pc} ${city}`]);
    },
  },
  {
    cc: 'BE', name: 'Belgique', lang: 'fr', emails: ['skynet.be', 'telenet.be', 'gmail.com', 'proximus.be'],
    phone: (r) => r.pick([`+32 4${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `04${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `02 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r, multi) => {
      const [pc, city] = r.pick([['1000', 'Bruxelles'], ['1080', 'Molenbeek-Saint-Jean'], ['2060', 'Antwerpen'], ['9000', 'Gent'], ['4000', 'Liège']] as const);
      return lines(multi, [`${r.pick(['Rue Haute', 'Chaussée de Gand', 'Lange Beeldekensstraat', 'Rue Brialmont', 'Avenue Louise'])} ${r.int(1, 300)}${r.pick(['', ' bte 3', '/12'])}`, `${pc} ${city}`]);
    },
  },
  {
    cc: 'AT', name: 'Österreich', lang: 'de', emails: ['gmx.at', 'aon.at', 'gmail.com', 'chello.at'],
    phone: (r) => r.pick([`+43 6${r.int(50, 99)} ${r.digits(7)}`, `0664 ${r.digits(7)}`, `+43 1 ${r.digits(7)}`]),
    addr: (r, multi) => {
      const [pc, city] = r.pick([['1100', 'Wien'], ['1160', 'Wien'], ['8020', 'Graz'], ['4020', 'Linz'], ['5020', 'Salzburg']] as const);
      return lines(multi, [`${r.pick(['Favoritenstraße', 'Ottakringer Straße', 'Landstraßer Hauptstraße', 'Mariahilfer Straße', 'Annenstraße'])} ${r.int(1, 200)}/${r.int(1, 4)}/${r.int(1, 30)}`, `${pc} ${city}`]);
    },
  },
  {
    cc: 'PL', name: 'Polska', lang: 'pl', emails: ['wp.pl', 'onet.pl', 'o2.pl', 'gmail.com', 'interia.pl'],
    phone: (r) => r.pick([`+48 ${r.int(5, 8)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.int(5, 8)}${r.digits(2)}-${r.digits(3)}-${r.digits(3)}`]),
    addr: (r, multi) => {
      const [pc, city] = r.pick([['00-514', 'Warszawa'], ['90-102', 'Łódź'], ['80-831', 'Gdańsk'], ['31-042', 'Kraków'], ['50-001', 'Wrocław']] as const);
      return lines(multi, [`ul. ${r.pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Mickiewicza', 'Grunwaldzka'])} ${r.int(1, 140)}${r.chance(0.6) ? `/${r.int(1, 80)}` : ''}`, `${pc} ${city}`]);
    },
  },
  {
    cc: 'PT', name: 'Portugal', lang: 'pt', emails: ['sapo.pt', 'gmail.com', 'hotmail.com', 'netcabo.pt'],
    phone: (r) => r.pick([`+351 9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `21 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r, multi) => {
      const [pc, city] = r.pick([['1100', 'Lisboa'], ['4000', 'Porto'], ['2700', 'Amadora'], ['3000', 'Coimbra']] as const);
      return lines(multi, [`${r.pick(['Rua da Prata', 'Rua Augusta', 'Rua de São Bento', 'Rua do Benformoso', 'Avenida Almirante Reis'])}, ${r.int(1, 250)}, ${r.int(1, 6)}.º ${r.pick(['Esq.', 'Dto.'])}`, `${pc}-${r.digits(3)} ${city}`]);
    },
  },
];
const byCc = (cc: string): Country => COUNTRIES.find((c) => c.cc === cc) ?? (COUNTRIES[0] as Country);
const dest = (r: Rng, ccs?: readonly string[]): Country => (ccs ? byCc(r.pick(ccs)) : r.pick(COUNTRIES));

/** Origin-country phones in international form: code, group sizes, leading digits. */
const ORIGIN_PHONES: Record<string, readonly [string, readonly number[], readonly string[]]> = {
  NG: ['234', [3, 3, 4], ['80', '70', '81', '90']], IN: ['91', [5, 5], ['98', '97', '88', '70']], SY: ['963', [3, 3, 3], ['9']],
  AF: ['93', [2, 3, 4], ['7']], PK: ['92', [3, 7], ['30', '31', '33']], PH: ['63', [3, 3, 4], ['91', '92', '99']],
  MX: ['52', [2, 4, 4], ['55', '33', '81']], UA: ['380', [2, 3, 4], ['67', '50', '93', '97']], TR: ['90', [3, 3, 2, 2], ['53', '54', '50']],
  IR: ['98', [3, 3, 4], ['91', '93']], ER: ['291', [1, 6], ['7']], SO: ['252', [2, 7], ['61', '63']], GH: ['233', [2, 3, 4], ['24', '54', '20']],
  CD: ['243', [3, 3, 3], ['81', '99', '97']], CO: ['57', [3, 7], ['31', '30']], VE: ['58', [3, 7], ['412', '414', '424']],
  CN: ['86', [3, 4, 4], ['13', '15', '18']], VN: ['84', [3, 3, 3], ['91', '98', '90']], LK: ['94', [2, 3, 4], ['77', '71']],
  NP: ['977', [3, 7], ['98']], KR: ['82', [2, 4, 4], ['10']], JP: ['81', [2, 4, 4], ['90', '80']], HT: ['509', [4, 4], ['3', '4']],
  AL: ['355', [2, 3, 4], ['6']], IQ: ['964', [3, 3, 4], ['75', '77']], SD: ['249', [2, 3, 4], ['91', '12']], BR: ['55', [2, 5, 4], ['11', '21']],
  RO: ['40', [3, 3, 3], ['7']], ES: ['34', [3, 3, 3], ['6']],
};
function originPhone(r: Rng, cc: string): string {
  const o = ORIGIN_PHONES[cc];
  if (!o) return byCc(COUNTRIES.some((c) => c.cc === cc) ? cc : 'GB').phone(r);
  const [code, groups, leads] = o;
  const total = groups.reduce((a, b) => a + b, 0);
  const lead = r.pick(leads);
  const ds = lead + r.digits(total - lead.length);
  const out: string[] = [];
  let i = 0;
  for (const g of groups) { out.push(ds.slice(i, i + g)); i += g; }
  return r.chance(0.8) ? `+${code} ${out.join(' ')}` : `00${code} ${out.join(r.pick([' ', '-']))}`;
}
/** A phone for a person: where they live now, or their home country. */
const phoneOf = (r: Rng, live: Country, p?: Person): string => (p && r.chance(0.3) ? originPhone(r, p.c.home) : live.phone(r));

/** Origin-country addresses. */
function originAddr(r: Rng, multi: boolean): string {
  switch (r.int(0, 6)) {
    case 0: return lines(multi, [`Plot ${r.int(1, 90)}, ${r.pick(['Adeola Odeku Street', 'Allen Avenue', 'Bode Thomas Street', 'Ogui Road'])}`, r.pick(['Victoria Island, Lagos', 'Ikeja, Lagos', 'Surulere, Lagos', 'Enugu, Enugu State']), 'Nigeria']);
    case 1: { const [a, c, pin] = r.pick([['Indiranagar', 'Bengaluru', '5600'], ['Andheri West', 'Mumbai', '4000'], ['Kukatpally', 'Hyderabad', '5000'], ['Anna Nagar', 'Chennai', '6000']] as const);
      return lines(multi, [`Flat ${r.int(101, 904)}, ${r.pick(['Sai Residency', 'Green Park Apartments', 'Shanti Nagar Society'])}`, `${r.int(1, 18)}th Cross, ${a}`, `${c} ${pin}${r.digits(2)}`, 'India']); }
    case 2: { const [s, c] = r.pick([['F-8/3', 'Islamabad'], ['G-11/2', 'Islamabad'], ['Gulberg III', 'Lahore'], ['DHA Phase 5', 'Karachi']] as const);
      return lines(multi, [`House ${r.int(1, 400)}, Street ${r.int(1, 60)}, ${s}`, `${c} ${nz(r, 5)}`, 'Pakistan']); }
    case 3: { const [s, col, cp, c] = r.pick([['Av. Insurgentes Sur', 'Crédito Constructor', '03940', 'Ciudad de México, CDMX'], ['Calle Hidalgo', 'Centro', '68000', 'Oaxaca de Juárez, Oax.'], ['Av. Vallarta', 'Arcos Vallarta', '44130', 'Guadalajara, Jal.']] as const);
      return lines(multi, [`${s} ${r.int(10, 2500)}, Col. ${col}`, `${cp} ${c}`, 'México']); }
    case 4: { const [s, b, c, z] = r.pick([['Rizal Street', 'San Roque', 'Marikina City, Metro Manila', '1801'], ['Mabini Street', 'Poblacion', 'Batangas City, Batangas', '4200'], ['Osmeña Blvd', 'Kamputhaw', 'Cebu City', '6000']] as const);
      return lines(multi, [`${r.int(1, 300)} ${s}, Brgy. ${b}`, `${c} ${z}`, 'Philippines']); }
    case 5: { const [s, c, z] = r.pick([['vul. Sumska', 'Kharkiv', '61002'], ['vul. Deribasivska', 'Odesa', '65026'], ['prosp. Nauky', 'Kyiv', '03039']] as const);
      return lines(multi, [`${s} ${r.int(1, 90)}, kv. ${r.int(1, 120)}`, `${c} ${z}`, 'Ukraine']); }
    default: { const [mh, sk, pc, ds, c] = r.pick([['Akşemsettin', 'Dervişler', '34080', 'Fatih', 'İstanbul'], ['Bahçelievler', 'Aşkabat', '06490', 'Çankaya', 'Ankara'], ['Yenişehir', 'Gazi', '21100', 'Kayapınar', 'Diyarbakır']] as const);
      return lines(multi, [`${mh} Mah. ${sk} Sok. No: ${r.int(1, 80)} D: ${r.int(1, 20)}`, `${pc} ${ds}/${c}`, 'Türkiye']); }
  }
}

// ───────────────────────────────────────────── values ─────────────────────────────────────────────

const ascii = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ıİ]/g, 'i').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]/g, '');
function emailOf(r: Rng, p: Person, c?: Country): string {
  const g = ascii(p.g), s = ascii(p.s);
  const dom = r.pick(c && r.chance(0.6) ? c.emails : ['gmail.com', 'outlook.com', 'proton.me', 'icloud.com', 'yahoo.com', 'hotmail.com', 'mail.ru']);
  const local = r.pick([`${g}.${s}`, `${g}${s}`, `${g.charAt(0)}${s}`, `${g}_${s}${r.int(1, 99)}`, `${s}.${g}`, `${g}${r.int(1970, 2005)}`, `${g}.${s.charAt(0)}`]);
  return `${local}@${dom}`;
}
const spokenEmail = (e: string): string => e.replace(/\./g, ' dot ').replace('@', ' at ').replace(/_/g, ' underscore ').replace(/\s+/g, ' ').trim();
const DIGW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spokenPhone(r: Rng, ph: string): string {
  const groups = ph.replace(/[()]/g, '').split(/[\s./-]+/).filter((x) => x.length > 0);
  return groups.map((g) => [...g].map((ch) => (ch === '+' ? 'plus' : ch === '0' && r.chance(0.6) ? 'oh' : (DIGW[Number(ch)] ?? ch))).join(' ')).join(', ');
}

interface CardSpec { readonly pre: () => string; readonly len: number; readonly net: string }
function cardSpecs(r: Rng): CardSpec[] {
  return [
    { pre: () => '4', len: 16, net: 'Visa' }, { pre: () => '4', len: 16, net: 'Visa' }, { pre: () => '4', len: 13, net: 'Visa' },
    { pre: () => String(r.int(51, 55)), len: 16, net: 'Mastercard' }, { pre: () => String(r.int(2221, 2720)), len: 16, net: 'Mastercard' },
    { pre: () => r.pick(['34', '37']), len: 15, net: 'Amex' }, { pre: () => r.pick(['6011', '65', String(r.int(644, 649))]), len: 16, net: 'Discover' },
    { pre: () => String(r.int(3528, 3589)), len: 16, net: 'JCB' }, { pre: () => r.pick(['36', '38', String(r.int(300, 305))]), len: 14, net: 'Diners' },
    { pre: () => '62', len: r.pick([16, 19]), net: 'UnionPay' },
  ];
}
function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return String(c);
  return '0';
}
function group(d: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) { if (i >= d.length) break; out.push(d.slice(i, i + s)); i += s; }
  if (i < d.length) out.push(d.slice(i));
  return out.join(sep);
}
function fmtCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '', ' ']);
  if (sep === '') return d;
  if (d.length === 15) return group(d, [4, 6, 5], sep);
  if (d.length === 14) return group(d, [4, 6, 4], sep);
  return group(d, [4, 4, 4, 4, 4], sep);
}
function cardDigits(r: Rng): { d: string; net: string } {
  const s = r.pick(cardSpecs(r));
  const pre = s.pre();
  const body = pre + r.digits(s.len - 1 - pre.length);
  return { d: body + luhnDigit(body), net: s.net };
}
const card = (r: Rng): { v: string; net: string; last4: string } => {
  const c = cardDigits(r);
  return { v: fmtCard(r, c.d), net: c.net, last4: c.d.slice(-4) };
};
function badCard(r: Rng): string {
  const c = cardDigits(r).d;
  const last = (Number(c.slice(-1)) + r.int(1, 9)) % 10;
  return fmtCard(r, c.slice(0, -1) + String(last));
}

const IBAN_BBAN: Record<string, string> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24', PT: 'n21',
  IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n16', TR: 'n22', AE: 'n19', SA: 'n20', GR: 'n23', RO: 'a4n16', HR: 'n17',
  LT: 'n16', BG: 'a4n14',
};
const BANK_CODES: Record<string, readonly string[]> = { GB: ['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK', 'MONZ'], IE: ['AIBK', 'BOFI', 'IPBS'], NL: ['INGB', 'ABNA', 'RABO', 'TRIO', 'BUNQ'], RO: ['BTRL', 'RNCB', 'BRDE'], BG: ['UNCR', 'BPBI'] };
function ibanCompact(r: Rng, cc: string): string {
  const spec = IBAN_BBAN[cc] ?? 'n18';
  let bban = '';
  for (const m of spec.matchAll(/([an])(\d+)/g)) {
    const n = Number(m[2]);
    if (m[1] === 'a') bban += n === 4 ? r.pick(BANK_CODES[cc] ?? [letters(r, 4)]) : letters(r, n);
    else bban += r.digits(n);
  }
  const numeric = (bban + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  const iban = `${cc}${p2(98 - rem)}${bban}`;
  return iban.length === IBAN_LENGTHS[cc] && ibanMod97Valid(iban) ? iban : ibanCompact(r, 'DE');
}
const fmtIban = (r: Rng, c: string): string => {
  const x = r.next();
  const s = x < 0.55 ? c.replace(/(.{4})(?=.)/g, '$1 ') : c;
  return x > 0.93 ? s.toLowerCase() : s;
};
const iban = (r: Rng, cc: string): string => fmtIban(r, ibanCompact(r, cc));
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const ck = Number(c.slice(2, 4));
  let bad = `${c.slice(0, 2)}${p2(ck === 97 ? 2 : ck + 1)}${c.slice(4)}`;
  if (ibanMod97Valid(bad)) bad = `${c.slice(0, 2)}${p2(ck === 2 ? 3 : 2)}${c.slice(4)}`;
  return r.chance(0.5) ? bad.replace(/(.{4})(?=.)/g, '$1 ') : bad;
}

function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const area = String(a).padStart(3, '0'), g = p2(r.int(1, 99)), s = String(r.int(1, 9999)).padStart(4, '0');
  const x = r.next();
  return x < 0.75 ? `${area}-${g}-${s}` : x < 0.88 ? `${area} ${g} ${s}` : `${area}${g}${s}`;
}
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`, `•••-••-${r.digits(4)}`]);
const itin = (r: Rng): string => `9${r.digits(2)}-${r.pick(['70', '78', '83', '88', '92'])}-${r.digits(4)}`;
const ipv4 = (r: Rng): string => r.pick([
  `${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  `192.168.${r.int(0, 20)}.${r.int(2, 254)}`, `203.0.113.${r.int(1, 254)}`, `198.51.100.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
]);
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  return r.pick([
    `2001:db8:${h()}:${h()}::${h()}`, `fe80::${h()}:${h()}:${h()}:${h()}`, `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
    `2607:f8b0:${h()}:${h()}::${h()}`, `2001:0db8:85a3:0000:0000:8a2e:${h()}:${h()}`, `2c0f:${h()}::${h()}`,
  ]);
}
const ip = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));

// ───────────────────────────────────────── distractors (unlabelled) ─────────────────────────────────────────

const hex = (r: Rng, n: number): string => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15)); return s; };
const aNumber = (r: Rng): string => r.pick([`A${nz(r, 9)}`, `A-${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`, `A# ${r.digits(9)}`]);
const receipt = (r: Rng): string => `${r.pick(['IOE', 'MSC', 'EAC', 'WAC', 'LIN', 'SRC'])}${nz(r, 10)}`;
const hoRef = (r: Rng): string => r.pick([`${letters(r, 1)}${r.digits(7)}`, `${letters(r, 1)}${r.digits(7)}/${r.digits(3)}`, `GWF0${r.digits(8)}`, `${letters(r, 4)}-${r.digits(6)}`]);
const appealNo = (r: Rng): string => r.pick([`PA/${r.digits(5)}/${r.int(2023, 2026)}`, `HU/${r.digits(5)}/${r.int(2022, 2026)}`, `EA/${r.digits(5)}/${r.int(2023, 2026)}`, `UI-${r.int(2023, 2026)}-${r.digits(6)}`]);
const caseId = (r: Rng): string => r.pick([`IMM-${r.int(2021, 2026)}-${r.digits(5)}`, `LA/${r.digits(4)}/${letters(r, 2)}`, `C${r.digits(6)}`, `#${r.digits(5)}`, `MAT-${r.digits(4)}-${letters(r, 3)}`]);
const otherId = (r: Rng): string => r.pick([
  `NI number ${letters(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}`,
  `BSN ${r.digits(9)}`, `NIE ${r.pick(['X', 'Y', 'Z'])}${r.digits(7)}${letters(r, 1)}`, `SIN ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
  `Aadhaar ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, `PPS ${r.digits(7)}${letters(r, 1, 'ABCDEFW')}`, `passport ${letters(r, 2)}${r.digits(7)}`,
  `UCI ${r.digits(4)}-${r.digits(4)}`, `Steuer-ID ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `ITIN ${itin(r)}`,
  `personnummer ${r.digits(6)}-${r.digits(4)}`, `codice fiscale ${letters(r, 6)}${r.digits(2)}${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(3)}${letters(r, 1)}`,
]);
const money = (r: Rng, cur = r.pick(['£', '€', '$', 'CA$', 'A$', 'CHF '])): string => `${cur}${r.int(35, 4800)}.${r.pick(['00', '50', '20', '99'])}`;

/** One unlabelled trap sentence (no PII). */
function trap(r: Rng): string {
  const v = `${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`;
  return r.pick([
    `The hearing centre is Taylor House, not Field House, apparently.`,
    `I sent the deposit through Western Union from a Wells Fargo branch.`,
    `My brother drives a Ford Transit for a courier firm.`,
    `After Hurricane ${r.pick(['Maria', 'Irma', 'Matthew'])} we lost most of the originals.`,
    `They said it falls under the Dublin III Regulation.`,
    `Her mother has ${r.pick(["Alzheimer's", "Parkinson's", "Crohn's disease", 'Graves’ disease', 'Hodgkin lymphoma', "Lou Gehrig's disease"])} and needs daily care.`,
    `We were told to check the Windrush Compensation Scheme pages.`,
    `The school is St. ${r.pick(["Mary's", "Jude's", "Joseph's", "Patrick's"])} Primary, five minutes from the station.`,
    `I work weekends at ${r.pick(['Tim Hortons', "McDonald's", 'Marks & Spencer', "Sainsbury's", 'Dunkin'])}.`,
    `Our dog ${r.pick(['Bella', 'Max', 'Simba', 'Luna'])} stays with a neighbour while we travel.`,
    `The CaseBox app is on version ${v} and the portal says build ${r.digits(5)}.`,
    `The detention rules are sometimes compared with the Mandela Rules.`,
    `She was shortlisted for a ${r.pick(['Chevening', 'Rhodes', 'Fulbright', 'Erasmus Mundus'])} scholarship.`,
    `He has a Nansen passport from his grandfather's time, framed on the wall.`,
    `Team ${r.pick(['Phoenix', 'Harbour', 'Atlas', 'Juniper'])} handles the Appendix FM queue this month.`,
    `Reference ${caseId(r)} was opened on ${fdate(r, 'GB', recent(r))}.`,
    `The courier tracking number is 1Z${letters(r, 3)}${r.digits(13)}.`,
    `The Magnitsky sanctions list was mentioned at the briefing.`,
    `We live near Victoria station, by the Jackson Heights stop on the other line.`,
    `Invoice ${r.digits(6)} dated ${fdate(r, 'US', recent(r))} is for translation only.`,
  ]);
}

const FIRMS: readonly (readonly [string, string])[] = [
  ['Harbourside Migrant Legal Aid', 'harboursidelegal.org.uk'], ['Open Gate Immigration Advice', 'opengate-advice.org'],
  ['Northbank Refugee Law Centre', 'northbanklaw.org'], ['Lantern Legal Aid Trust', 'lanternlegal.ie'],
  ['Meridian Immigration Lawyers LLP', 'meridian-immigration.com'], ['Crossroads Asylum Support', 'crossroads-asylum.org'],
  ['Bridgeway Visa Counsel', 'bridgewayvisa.ca'], ['Puente Legal Services', 'puentelegal.org'], ['Rechtshilfe Brückenschlag e.V.', 'brueckenschlag-rechtshilfe.de'],
  ['Southern Cross Migration Advice', 'sxmigration.com.au'], ['Kompas Juridisch Loket', 'kompasloket.nl'],
];
const BOTS = ['Lantern Assistant', 'Ask Meridian', 'Open Gate Helper', 'Puente AI', 'Bridgeway Assistant', 'Harbourside chat'];
const CHAT_TAGS: readonly (readonly [string, string])[] = [['User: ', 'Assistant: '], ['**You:** ', '**Assistant:** '], ['> ', 'AI: '], ['[client] ', '[assistant] '], ['Me: ', 'Bot: '], ['Human: ', 'AI: ']];
const roleEmail = (r: Rng, dom: string): string => `${r.pick(['intake', 'support', 'casework', 'info', 'fees', 'noreply', 'appeals', 'hello'])}@${dom}`;
const staffEmail = (r: Rng, p: Person, dom: string): string => `${ascii(p.g).charAt(0)}${r.chance(0.5) ? '.' : ''}${ascii(p.s)}@${dom}`;
const tsIso = (r: Rng): string => `${r.int(2024, 2026)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`;


// ───────────────────────────────────────────── templates: chats ─────────────────────────────────────────────

const firm = (r: Rng): readonly [string, string] => r.pick(FIRMS);
const tags = (r: Rng): readonly [string, string] => r.pick(CHAT_TAGS);

const chatSpouseVisa: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const c = dest(r, ['GB', 'IE', 'GB', 'AU']);
  const me = person(r), partner = person(r, c.cc === 'GB' ? 'en' : undefined);
  d.t(`${U}hi, my name is `).self(full(me)).t(`, born `).l('DOB', fdate(r, c.cc, birth(r, 1970, 2002))).t(`. I want to apply for a spouse visa to join my husband/wife `)
    .p(full(partner)).t(` who lives in ${c.cc === 'GB' ? 'Sheffield' : 'the city'}. ${trap(r)}\n`);
  d.t(`${A}${r.chance(0.4) ? `This is ${r.pick(BOTS)}. ` : ''}Thanks`).t(r.chance(0.5) ? ', ' : ' ').p(me.g).t(`. For the partner route you normally need evidence of the relationship and the financial requirement. Do you know `).p(partner.g)
    .t(`'s income?\n${U}about ${money(r, '£')} a month. you can call me on `).l('PHONE', phoneOf(r, c, me)).t(r.chance(0.5) ? ` or email ` : ` / `).l('EMAIL', emailOf(r, me, c)).t(`\n`);
  d.t(`${A}Please don't share contact details here unless you want a caseworker to call back; the intake team will reference ${caseId(r)}.\n`);
};

const chatAsylumHearing: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r, r.pick(['er', 'af', 'sd', 'ar', 'fa', 'ku', 'so'])), sol = person(r, r.pick(['en', 'ie', 'in', 'pk'])), interp = person(r, me.c.id);
  const [fn, dom] = firm(r);
  d.t(`${U}My appeal ${appealNo(r)} is listed on ${fdate(r, 'GB', recent(r))} at ${r.pick(['Taylor House', 'Hatton Cross', 'Bradford', 'Glasgow (Eagle Building)', 'Field House'])}. My solicitor is `)
    .p(nf(r, sol)).t(` at ${fn} (`).l('EMAIL', staffEmail(r, sol, dom)).t(`) but she is not answering.\n`);
  d.t(`${A}I'm sorry to hear that. You can also write to `).l('EMAIL', roleEmail(r, dom)).t(`. Do you need an interpreter at the hearing?\n`);
  d.t(`${U}yes ${r.pick(['Tigrinya', 'Dari', 'Pashto', 'Arabic (Sudanese)', 'Kurdish Sorani', 'Somali'])}. last time the interpreter was ${hon(r, interp)} `).p(interp.s)
    .t(` and we did not understand each other. I was born `).l('DOB', fdate(r, 'GB', birth(r, 1975, 2006))).t(` but the Home Office wrote my age wrong, ref ${hoRef(r)}.\n`);
  d.t(`${A}You can ask the tribunal for a different interpreter and raise the age dispute. ${trap(r)}\n`);
};

const chatFeeCard: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r);
  const c1 = card(r);
  const [fn] = firm(r);
  d.t(`${U}I paid the ${r.pick(['IHS surcharge', 'application fee', 'biometrics fee', 'priority service fee', 'I-765 filing fee'])} twice!! both on card `).l('CARD', c1.v)
    .t(`, ${money(r)} each, on ${fdate(r, 'GB', recent(r))}.${r.chance(0.5) ? ` The receipt shows **** **** **** ${c1.last4}.` : ''}\n`);
  d.t(`${A}Please don't paste full card numbers here. For a refund of a duplicate payment, ${fn} can help you write to the fees team. What name was on the card?\n`);
  d.t(`${U}`).self(full(me)).t(`. the other card I tried was ${badCard(r)} but it got declined${r.chance(0.5) ? `, then my sister's card ` : ''}`);
  if (d.text.endsWith(`card `)) d.l('CARD', card(r).v).t(' went through');
  d.t(`.\n`);
};

const chatSponsorFunds: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const sponsor = person(r, undefined, false), me = relative(r, sponsor);
  const cc = r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'BE', 'AT', 'IE', 'GB', 'PL', 'PT', 'SE']);
  d.t(`${U}my ${r.pick(['uncle', 'brother', 'cousin', 'father'])} `).p(nf(r, sponsor)).t(` is sponsoring me. his account is `).l('IBAN', iban(r, cc))
    .t(` and he has ${money(r, '€')} saved. is that enough for the ${r.pick(['student', 'visitor', 'family', 'Chancenkarte'])} visa?\n`);
  d.t(`${A}Requirements differ by country. Embassies usually want six months of statements in the sponsor's name. Is the account in `).p(sponsor.g).t(`'s name alone?\n`);
  d.t(`${U}joint with his wife `).p(full(relative(r, sponsor, true))).t(`. `);
  if (r.chance(0.5)) d.t(`the old account ${badIban(r, cc)} was closed. `);
  d.t(`I am `).self(full(me)).t(`, DOB `).l('DOB', fdate(r, cc, birth(r, 1990, 2006))).t(`.\n`);
};

const chatUsStatus: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r, r.pick(['mx', 'co', 've', 'ht', 'ph', 'in', 'ng', 'cn', 'kr']));
  const us = byCc('US');
  d.t(`${U}I have DACA and my renewal is due. my SSN is `).l('NATIONAL_ID', ssn(r)).t(` and my A number is ${aNumber(r)}. I moved to `).l('ADDRESS', us.addr(r, false)).t(`. do I file the AR-11 first?\n`);
  d.t(`${A}Yes, you should update your address with USCIS within 10 days of moving. Don't share your SSN in chat; our DOJ-accredited rep can review your I-821D.\n`);
  d.t(`${U}ok. name is `).self(full(me)).t(`, dob `).l('DOB', fdate(r, 'US', birth(r, 1982, 2006))).t(`, cell `).l('PHONE', us.phone(r)).t(`. my ${r.pick(['old', 'mom’s'])} ITIN was ${itin(r)} if that matters.\n`);
};

const chatBirthCertCheck: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const child = person(r), mom = relative(r, child, true), dad = relative(r, child, false);
  const cc = r.pick(['GB', 'US', 'DE', 'FR', 'ES', 'NL', 'IT']);
  d.t(`${U}Can you check this translation before I send it?\n\n"Name of child: `).p(full(child)).t(`\nDate of birth: `).l('DOB', fdate(r, cc, birth(r, 1995, 2022)))
    .t(`\nPlace of birth: ${r.pick(['Asmara', 'Kabul', 'Aleppo', 'Lagos', 'Mogadishu', 'Herat', 'Khartoum', 'Port-au-Prince', 'Cebu'])}\nMother: `).p(nf(r, mom)).t(`\nFather: `).p(nf(r, dad))
    .t(`\nDate of registration: ${fdate(r, cc, recent(r))}\nRegister no. ${r.digits(4)}/${r.int(1990, 2022)}"\n\n`);
  d.t(`${A}The layout looks fine. A certified translation normally also needs the translator's statement, signature and contact details. Note the registration date is not the birth date.\n`);
};

const chatGerman: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r), c = byCc(r.pick(['DE', 'DE', 'AT', 'CH']));
  d.t(`${U}Hallo, ich bin `).self(full(me)).t(` (geb. am `).l('DOB', fdate(r, 'DE', birth(r))).t(`). Mein Aufenthaltstitel läuft am ${fdate(r, 'DE', recent(r))} ab und die Ausländerbehörde antwortet nicht. Meine Adresse: `)
    .l('ADDRESS', c.addr(r, false)).t(`.\n`);
  d.t(`${A}Sie können eine Fiktionsbescheinigung beantragen. Haben Sie den Antrag vor Ablauf gestellt?\n`);
  d.t(`${U}Ja, per E-Mail an die Sachbearbeiterin ${hon(r, person(r, 'de'), 'de')} `).p(person(r, 'de').s).t(`. Erreichbar bin ich unter `).l('PHONE', c.phone(r)).t(`. ${r.chance(0.5) ? `Meine Steuer-ID ${r.digits(11)} hab ich auch.` : 'Vorgangsnummer ' + caseId(r) + '.'}\n`);
};

const chatSpanish: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r, r.pick(['co', 've', 'mx', 'es'])), c = byCc('ES');
  d.t(`${U}Buenas, soy `).self(full(me)).t(`, nací el `).l('DOB', fdate(r, 'ES', birth(r))).t(`. Quiero pedir el arraigo social, tengo ${otherId(r).startsWith('NIE') ? 'NIE' : 'pasaporte'} y vivo en `).l('ADDRESS', c.addr(r, false)).t(` desde hace tres años.\n`);
  d.t(`${A}Para el arraigo social necesitarás el certificado de empadronamiento y, normalmente, un contrato o informe de inserción. ¿Tienes cita en la Oficina de Extranjería?\n`);
  d.t(`${U}Sí, el ${fdate(r, 'ES', recent(r))}. Mi abogada es la Sra. `).p(person(r, 'es').s).t(`, su correo `).l('EMAIL', emailOf(r, person(r, 'es'), c)).t(`. Mi móvil `).l('PHONE', c.phone(r)).t(`.\n`);
};

const chatFrench: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r, r.pick(['fr', 'ht', 'ea', 'ar', 'sd'])), c = byCc(r.pick(['FR', 'FR', 'BE']));
  d.t(`${U}Bonjour, je m'appelle `).self(full(me)).t(`, né${me.f ? 'e' : ''} le `).l('DOB', fdate(r, 'FR', birth(r))).t(`. La préfecture m'a donné un rendez-vous le ${fdate(r, 'FR', recent(r))} pour mon titre de séjour.\n`);
  d.t(`${A}Pensez à apporter le récépissé, votre passeport et un justificatif de domicile de moins de trois mois.\n`);
  d.t(`${U}Mon justificatif est au nom de mon hébergeur, ${hon(r, person(r, 'fr'), 'fr')} `).p(full(person(r, 'fr'))).t(`, `).l('ADDRESS', c.addr(r, false)).t(`. ${trap(r)}\n`);
};

const chatFamilyReunion: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r, r.pick(['er', 'so', 'af', 'ar', 'ku', 'sd'])), c = dest(r, ['GB', 'DE', 'SE', 'NL', 'IE']);
  d.t(`${U}I got refugee status and want to bring my family. My wife/husband `).p(full(relative(r, me))).t(` (born `).l('DOB', fdate(r, c.cc, birth(r, 1975, 2000))).t(`) and our children:\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const k = relative(r, me);
    d.t(`${i + 1}. `).p(r.chance(0.5) ? k.g : full(k)).t(` – `).l('DOB', fdate(r, c.cc, birth(r, 2008, 2022))).t(`\n`);
  }
  d.t(`They are in ${r.pick(['Addis Ababa', 'Kampala', 'Islamabad', 'Beirut', 'Nairobi', 'Erbil'])} now. My number is `).l('PHONE', phoneOf(r, c)).t(`.\n`);
  d.t(`${A}Refugee family reunion covers a partner and children under 18. The embassy appointment date is separate from the application date. ${trap(r)}\n`);
};

const chatPortalLockout: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r);
  d.t(`${U}I'm locked out of the ${r.pick(['ImmiAccount', 'UKVI account', 'myUSCIS account', 'IRCC portal', 'Migrationsverket e-service'])}. It says suspicious logins from `).l('IP', ip(r)).t(` and `).l('IP', ip(r))
    .t(`. My own IP is `).l('IP', ipv4(r)).t(`. Login email `).l('EMAIL', emailOf(r, me)).t(`.\n`);
  d.t(`${A}Those addresses may just be your mobile network. Reset your password and enable two-step verification. The portal runs version ${r.int(2, 9)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(0, 9)} so old browsers may fail.\n`);
  if (r.chance(0.6)) d.t(`${U}thanks, it's `).self(full(me)).t(` btw\n`);
};

const chatEmployerSponsor: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const hr = person(r, r.pick(['en', 'de', 'nl', 'ie', 'us'])), w = person(r, r.pick(['in', 'ph', 'ng', 'pk', 'np', 'br', 'tr']));
  const c = dest(r, ['GB', 'IE', 'NL', 'DE', 'US', 'CA', 'AU']);
  d.t(`${U}I'm `).self(full(hr)).t(`, HR at a care home. We want to sponsor `).p(nf(r, w)).t(` as a ${r.pick(['senior carer', 'nurse', 'chef', 'software engineer', 'welder'])}. CoS ref ${letters(r, 1)}${r.digits(1)}${letters(r, 1)}${r.digits(7)}${letters(r, 1)}.\n`);
  d.t(`${A}Check the salary threshold and the occupation code. Do you have the worker's contact details for the onboarding pack?\n`);
  d.t(`${U}`).p(w.g).t(`'s email is `).l('EMAIL', emailOf(r, w)).t(` and phone `).l('PHONE', originPhone(r, w.c.home)).t(`. Our EIN is ${r.digits(2)}-${r.digits(7)} if this goes to the US branch. Reach me on `).l('PHONE', c.phone(r)).t(`.\n`);
};

const chatDutch: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r, r.pick(['ar', 'er', 'tr', 'nl', 'so'])), c = byCc('NL');
  d.t(`${U}Goedendag, ik ben `).self(full(me)).t(`, geboren op `).l('DOB', fdate(r, 'NL', birth(r))).t(`. De IND heeft mijn MVV-aanvraag afgewezen. BSN ${r.digits(9)}. Mijn adres is `).l('ADDRESS', c.addr(r, false)).t(`.\n`);
  d.t(`${A}U kunt binnen vier weken bezwaar maken. Wilt u dat een jurist van het Juridisch Loket u belt?\n`);
  d.t(`${U}Ja graag, op `).l('PHONE', c.phone(r)).t(`. Mijn advocaat was mr. `).p(full(person(r, 'nl'))).t(`.\n`);
};

const chatJapanese: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const [fam, giv] = r.pick(JP_NATIVE);
  const nm = `${fam} ${giv}`;
  const pc = `${r.digits(3)}-${r.digits(4)}`;
  d.t(`${U}こんにちは。`).self(nm).t(`です。生年月日は `).l('DOB', fdate(r, 'JP', birth(r))).t(` です。在留資格の更新について相談したいです。住所は `)
    .l('ADDRESS', `〒${pc} ${r.pick(['東京都新宿区西新宿', '大阪府大阪市北区梅田', '愛知県名古屋市中区栄'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)} ${r.pick(['ハイツ西新宿', 'メゾン梅田', 'グランコート栄'])}${r.int(101, 905)}`)
    .t(`、電話は `).l('PHONE', `0${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}`).t(` です。\n`);
  d.t(`${A}${fam}様、在留期間の満了日の3か月前から申請できます。担当の`).p(r.pick(JP_NATIVE)[0]).t(`さんにおつなぎします。\n`);
};

const chatKorean: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const nm = r.pick(KR_NATIVE), c = dest(r, ['US', 'CA', 'AU', 'DE', 'GB']), b = birth(r, 1975, 2003);
  d.t(`${U}안녕하세요, 저는 `).self(nm).t(`입니다. 생년월일은 `).l('DOB', `${b.y}년 ${b.m}월 ${b.d}일`).t(`이고 배우자 비자 갱신 때문에 문의드립니다. 연락처는 `).l('PHONE', c.phone(r)).t(`입니다.\n`);
  d.t(`${A}`).p(nm).t(` 씨, 안녕하세요. ${r.pick(BOTS)}입니다. 갱신 신청은 만료 ${r.int(2, 6)}개월 전부터 가능합니다. ${trap(r)}\n`);
  if (r.chance(0.5)) d.t(`${U}제 이메일은 `).l('EMAIL', `${r.pick(['minjun', 'seoyeon', 'jiho', 'yuna', 'haeun'])}.${r.pick(['kim', 'lee', 'park', 'choi'])}${r.int(1, 99)}@${r.pick(['naver.com', 'daum.net', 'gmail.com'])}`).t(`입니다.\n`);
};

const chatItalian: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r, r.pick(['ng', 'gh', 'al', 'ua', 'it', 'pk'])), c = byCc('IT');
  d.t(`${U}Salve, sono `).self(full(me)).t(`, nato/a il `).l('DOB', fdate(r, 'IT', birth(r))).t(`. La Questura non mi ha ancora dato il permesso di soggiorno. Abito in `).l('ADDRESS', c.addr(r, false)).t(`.\n`);
  d.t(`${A}Può chiedere lo stato della pratica con il numero della ricevuta postale. Ha un avvocato?\n`);
  d.t(`${U}L'avv. `).p(full(person(r, 'it'))).t(`, tel. `).l('PHONE', c.phone(r)).t(`. Il mio ${otherId(r)}.\n`);
};

const chatCanada: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r), c = byCc('CA');
  d.t(`${U}Hey, IRCC asked for a PFL for my spousal sponsorship. I'm `).self(full(me)).t(` DOB `).l('DOB', fdate(r, 'CA', birth(r, 1970, 2004))).t(`, ${otherId(r)}. Address on file: `).l('ADDRESS', c.addr(r, false)).t(`\n`);
  d.t(`${A}A procedural fairness letter needs a careful reply before the deadline. Do you want a call back from our RCIC?\n`);
  d.t(`${U}Yes at `).l('PHONE', c.phone(r)).t(` ext. ${r.int(10, 999)} or `).l('EMAIL', emailOf(r, me, c)).t(`. My sponsor is `).p(nf(r, person(r))).t(`.\n`);
};

const chatAustralia: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const me = person(r), partner = person(r), c = byCc('AU');
  d.t(`${U}G'day, partner visa (subclass 820) question. I'm `).self(full(me)).t(`, my partner is `).p(full(partner)).t(`, born `).l('DOB', fdate(r, 'AU', birth(r))).t(`. TRN ${letters(r, 3)}${r.digits(9)}. We live at `).l('ADDRESS', c.addr(r, r.chance(0.3))).t(`\n`);
  d.t(`${A}Thanks. Joint evidence like leases and bills helps. You can reach our registered agent via `).l('EMAIL', roleEmail(r, 'sxmigration.com.au')).t(`.\n`);
  if (r.chance(0.6)) d.t(`${U}cheers, my mobile is `).l('PHONE', c.phone(r)).t(`\n`);
};

const chatDetention: Tpl = (r, d) => {
  const [U, A] = tags(r);
  const det = person(r, undefined, false), me = relative(r, det);
  const c = dest(r, ['GB', 'US']);
  d.t(`${U}my ${r.pick(['brother', 'son', 'husband', 'cousin'])} `).p(nf(r, det)).t(` was taken to ${c.cc === 'GB' ? r.pick(['Harmondsworth', 'Brook House', 'Colnbrook', 'Dungavel']) : r.pick(['Krome', 'Otay Mesa', 'Adelanto', 'Port Isabel'])} yesterday. date of birth `).l('DOB', fdate(r, c.cc, birth(r, 1970, 2005)))
    .t(`, ${c.cc === 'GB' ? `HO ref ${hoRef(r)}` : `A-number ${aNumber(r)}`}.\n`);
  d.t(`${A}I'm sorry. We can refer this to our detention duty line. Who should they call back?\n`);
  d.t(`${U}me, `).self(full(me)).t(`, `).l('PHONE', phoneOf(r, c, me)).t(`. ${c.cc === 'US' ? 'his SSN is ' : ''}`);
  if (c.cc === 'US') d.l('NATIONAL_ID', ssn(r)).t(` (he had TPS)`);
  d.t(`\n`);
};

// ───────────────────────────────────────────── templates: e-mails ─────────────────────────────────────────────

function signature(r: Rng, d: Doc, p: Person, dom: string, c: Country, firmName: string): void {
  d.t(`\n\n${r.pick(['Kind regards', 'Best wishes', 'Mit freundlichen Grüßen', 'Cordialement', 'Regards'])},\n`).p(full(p)).t(`\n${r.pick(['Senior Caseworker', 'Immigration Adviser (OISC Level 2)', 'Paralegal', 'Solicitor', 'Accredited Representative'])}\n${firmName}\n`);
  if (r.chance(0.6)) d.l('ADDRESS', c.addr(r, true)).t('\n');
  d.t(`T: `).l('PHONE', c.phone(r));
  if (r.chance(0.4)) d.t(` ext. ${r.int(100, 499)}`);
  d.t(` | E: `).l('EMAIL', staffEmail(r, p, dom)).t(`\n`);
  if (r.chance(0.3)) d.t(`Registered charity no. ${r.digits(7)}. This e-mail is confidential.\n`);
}

const emailClientToFirm: Tpl = (r, d) => {
  const me = person(r), cw = person(r, r.pick(['en', 'ie', 'in', 'gh', 'pl'])), [, dom] = firm(r), c = dest(r);
  const my = emailOf(r, me, c);
  d.t(`From: `).p(full(me)).t(` <`).l('EMAIL', my).t(`>\nTo: `).l('EMAIL', roleEmail(r, dom)).t(`\nSubject: documents for my case ${caseId(r)}\n\nDear ${hon(r, cw)} `).p(cw.s)
    .t(`,\n\nPlease find attached my passport scan, the translated ${r.pick(['birth', 'marriage'])} certificate and my bank statements. ${trap(r)} My new address is:\n\n`)
    .l('ADDRESS', c.addr(r, true)).t(`\n\nYou can call me on `).l('PHONE', phoneOf(r, c, me)).t(` after 5pm.\n\nThank you,\n`).p(r.chance(0.5) ? me.g : full(me)).t(`\n`);
};

const emailFirmToClient: Tpl = (r, d) => {
  const cl = person(r), cw = person(r), [fn, dom] = firm(r), c = dest(r, ['GB', 'IE', 'US', 'CA', 'AU']);
  d.t(`To: `).l('EMAIL', emailOf(r, cl, c)).t(`\nFrom: `).l('EMAIL', staffEmail(r, cw, dom)).t(`\nDate: ${fdate(r, c.cc, recent(r))}\nRe: Your ${r.pick(['Further Leave to Remain', 'naturalisation', 'adjustment of status', 'PR', 'EU Settlement Scheme'])} application\n\nDear `)
    .p(r.chance(0.5) ? full(cl) : cl.g).t(`,\n\nYour biometrics appointment is booked for ${fdate(r, c.cc, recent(r))} at 10:40. Please bring your BRP/passport and the ${r.pick(['original', 'certified copy of the'])} birth certificate of `)
    .p(full(relative(r, cl))).t(`. Fees of ${money(r)} are due by ${fdate(r, c.cc, recent(r))}; our client account is `).l('IBAN', iban(r, r.pick(['GB', 'IE']))).t(` (reference ${caseId(r)}).`);
  signature(r, d, cw, dom, c, fn);
};

const emailForwardHeaders: Tpl = (r, d) => {
  const a = person(r), b = person(r), [, dom] = firm(r);
  d.t(`---------- Forwarded message ---------\nFrom: `).p(full(a)).t(` <`).l('EMAIL', emailOf(r, a)).t(`>\nDate: ${tsIso(r)}\nSubject: Fwd: asylum interview record\nTo: `).l('EMAIL', roleEmail(r, dom))
    .t(`\nX-Originating-IP: [`).l('IP', ipv4(r)).t(`]\nReceived: from mail${r.int(1, 9)}.example.net (`).l('IP', ip(r)).t(`) by mx.${dom} with ESMTPS id ${hex(r, 12)}\n\n`);
  d.t(`Please add this to the file for `).p(nf(r, b)).t(`. The substantive interview was on ${fdate(r, 'GB', recent(r))}, the record is 42 pages.\n`);
};

const emailInterpreterBooking: Tpl = (r, d) => {
  const cl = person(r, r.pick(['er', 'af', 'ku', 'so', 'vn', 'al', 'ar'])), ip1 = person(r, cl.c.id), cw = person(r), [fn, dom] = firm(r), c = dest(r, ['GB', 'IE']);
  d.t(`Subject: Interpreter booking – ${r.pick(['Tigrinya', 'Dari', 'Sorani', 'Somali', 'Vietnamese', 'Albanian', 'Arabic'])}\n\nHi `).p(ip1.g).t(`,\n\nCan you attend a client conference for `).p(nf(r, cl))
    .t(` on ${fdate(r, c.cc, recent(r))}, 14:00–16:00, Room 3B at our office (ask at reception next to the Costa)? The client's mobile is `).l('PHONE', phoneOf(r, c, cl)).t(` if you need to confirm dialect.\n`);
  d.t(`Invoices to `).l('EMAIL', `accounts@${dom}`).t(`, PO ${r.digits(6)}.`);
  signature(r, d, cw, dom, c, fn);
};

const emailSponsorLetter: Tpl = (r, d) => {
  const sp = person(r), ap = person(r, sp.c.id), c = dest(r);
  d.t(`To whom it may concern,\n\nI, `).p(full(sp)).t(`, of `).l('ADDRESS', c.addr(r, false)).t(`, confirm that I will support my ${r.pick(['nephew', 'niece', 'fiancée', 'daughter', 'friend'])} `).p(full(ap)).t(` (born `).l('DOB', fdate(r, c.cc, birth(r, 1985, 2006)))
    .t(`) during the visit from ${fdate(r, c.cc, recent(r))} to ${fdate(r, c.cc, recent(r))}. I will pay for accommodation and flights. My salary is paid into `).l('IBAN', iban(r, r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'BE', 'GB', 'CH', 'SE', 'AT'])))
    .t(`.\n\nContact: `).l('PHONE', c.phone(r)).t(`, `).l('EMAIL', emailOf(r, sp, c)).t(`\n\n`).p(full(sp)).t(`\n`);
};

const emailFeeReceipt: Tpl = (r, d) => {
  const cl = person(r), [fn, dom] = firm(r), c1 = card(r);
  d.t(`From: `).l('EMAIL', `noreply@${dom}`).t(`\nSubject: Payment received – thank you\n\nDear `).p(full(cl)).t(`,\n\nWe received ${money(r)} on ${fdate(r, 'GB', recent(r))} for ${fn}, invoice ${r.digits(6)}. Card: ${c1.net} ending ${c1.last4}. Auth code ${letters(r, 2)}${r.digits(4)}.\n`);
  if (r.chance(0.85)) {
    d.t(`\n> On ${fdate(r, 'GB', recent(r))}, `).p(cl.g).t(` wrote:\n> here is the card number as you asked on the phone `).l('CARD', c1.v).t(` exp ${p2(r.int(1, 12))}/${r.int(26, 31)}\n`);
  }
  d.t(`\nTransaction id ${hex(r, 16)} · Merchant ref ${r.digits(10)}\n`);
};

const emailReferral: Tpl = (r, d) => {
  const cl = person(r), cw1 = person(r), cw2 = person(r), [fn1, dom1] = firm(r), [fn2, dom2] = firm(r), c = dest(r);
  d.t(`Hi `).p(cw2.g).t(`,\n\nReferring `).p(full(cl)).t(` (DOB `).l('DOB', fdate(r, c.cc, birth(r))).t(`) from ${fn1} to ${fn2} for ${r.pick(['a fresh claim', 'an EUSS late application', 'a U-visa assessment', 'a statelessness application', 'a judicial review pre-action letter'])}. Consent form signed ${fdate(r, c.cc, recent(r))}.\n`);
  d.t(`Client lives at `).l('ADDRESS', c.addr(r, false)).t(` and prefers WhatsApp on `).l('PHONE', phoneOf(r, c, cl)).t(`. Vulnerabilities: ${r.pick(['PTSD', 'pregnant', 'limited literacy', 'none disclosed'])}.\n\nThanks,\n`).p(cw1.g).t(` (`).l('EMAIL', staffEmail(r, cw1, dom1)).t(`)\ncc: `).l('EMAIL', roleEmail(r, dom2)).t(`\n`);
};

const emailGermanBehoerde: Tpl = (r, d) => {
  const me = person(r), sb = person(r, 'de'), c = byCc('DE');
  d.t(`An: `).l('EMAIL', `${r.pick(['auslaenderbehoerde', 'abh-service', 'einwanderung'])}@${r.pick(['stadt-koeln.de', 'lea.berlin.de', 'muenchen.de', 'leipzig.de'])}`).t(`\nBetreff: Antrag auf Verlängerung – Az. ${r.digits(3)}.${r.digits(2)}-${r.digits(6)}\n\nSehr geehrte${sb.f ? ' Frau' : 'r Herr'} `).p(sb.s)
    .t(`,\n\nich, `).self(full(me)).t(`, geboren am `).l('DOB', fdate(r, 'DE', birth(r))).t(`, wohnhaft `).l('ADDRESS', c.addr(r, false)).t(`, beantrage die Verlängerung meiner Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG. Die Gebühr von ${money(r, '€')} habe ich überwiesen von `)
    .l('IBAN', iban(r, 'DE')).t(`.\n\nMit freundlichen Grüßen\n`).p(full(me)).t(`\nTel. `).l('PHONE', c.phone(r)).t(`\n`);
};

const emailSwedish: Tpl = (r, d) => {
  const me = person(r), c = byCc('SE');
  d.t(`Till: `).l('EMAIL', `${r.pick(['registrator', 'kundtjanst'])}@migrationsverket.example`).t(`\nÄmne: Komplettering ärende ${r.digits(8)}\n\nHej,\n\nJag heter `).self(full(me)).t(` och är född `).l('DOB', fdate(r, 'SE', birth(r)))
    .t(`. Jag skickar intyg från min arbetsgivare. Min nya adress är `).l('ADDRESS', c.addr(r, false)).t(`. ${r.chance(0.5) ? `Samordningsnummer ${r.digits(6)}-${r.digits(4)}.` : ''}\n\nMvh\n`).p(me.g).t(`\n`).l('PHONE', c.phone(r)).t(`\n`);
};

// ───────────────────────────────────────────── templates: forms ─────────────────────────────────────────────

const formUkVisa: Tpl = (r, d) => {
  const ap = person(r), sp = person(r, 'en'), c = byCc('GB'), h = birth(r);
  d.t(`APPLICATION FOR LEAVE TO REMAIN – PARTNER\n\nSection 1 – Applicant\nFamily name: `).p(ap.s.toUpperCase()).t(`\nGiven names: `).p(ap.g).t(`\nDate of birth (DD/MM/YYYY): `).l('DOB', `${p2(h.d)}/${p2(h.m)}/${h.y}`)
    .t(`\nNationality: ${r.pick(['Nigerian', 'Indian', 'Pakistani', 'Filipino', 'Ghanaian', 'Brazilian', 'Turkish'])}\nPassport no.: ${letters(r, 1)}${r.digits(8)}\nUK address:\n`).l('ADDRESS', c.addr(r, true))
    .t(`\nTelephone: `).l('PHONE', c.phone(r)).t(`\nEmail: `).l('EMAIL', emailOf(r, ap, c)).t(`\n\nSection 2 – Partner (sponsor)\nFull name: `).p(full(sp)).t(`\nDate of birth: `).l('DOB', fdate(r, 'GB', birth(r)))
    .t(`\n${otherId(r)}\nDate relationship began: ${fdate(r, 'GB', birth(r, 2010, 2022))}\nDate of marriage: ${fdate(r, 'GB', birth(r, 2015, 2024))}\n\nDeclaration signed: ${fdate(r, 'GB', recent(r))}\n`);
};

const formGermanAntrag: Tpl = (r, d) => {
  const ap = person(r), c = byCc(r.pick(['DE', 'DE', 'AT'])), sp = relative(r, ap);
  d.t(`Antrag auf Erteilung / Verlängerung eines Aufenthaltstitels\n\n1. Familienname: `).p(ap.s).t(`\n2. Vorname(n): `).p(ap.g).t(`\n3. Geburtsdatum: `).l('DOB', fdate(r, 'DE', birth(r))).t(`   Geburtsort: ${r.pick(['Damaskus', 'Kabul', 'Teheran', 'Istanbul', 'Lagos', 'Kyjiw'])}\n4. Anschrift:\n`)
    .l('ADDRESS', c.addr(r, true)).t(`\n5. Telefon: `).l('PHONE', c.phone(r)).t(`\n6. Ehegatte: `).p(full(sp)).t(`, geb. `).l('DOB', fdate(r, 'DE', birth(r))).t(`\n7. Kinder: `);
  const k = relative(r, ap);
  d.p(k.g).t(` (`).l('DOB', fdate(r, 'DE', birth(r, 2010, 2023))).t(`)\n8. Krankenversicherung: ${r.pick(['AOK', 'TK', 'Barmer'])}, Vers.-Nr. ${letters(r, 1)}${r.digits(9)}\n\nDatum: ${fdate(r, 'DE', recent(r))}   Unterschrift: ____________\n`);
};

const formUsPetition: Tpl = (r, d) => {
  const pet = person(r), ben = person(r), us = byCc('US');
  d.t(`PART 2. INFORMATION ABOUT YOU (PETITIONER)\n1.a. Family Name: `).p(pet.s.toUpperCase()).t(`   1.b. Given Name: `).p(pet.g.toUpperCase()).t(`\n2. A-Number (if any): ${r.chance(0.5) ? aNumber(r) : 'N/A'}\n3. U.S. Social Security Number: `).l('NATIONAL_ID', ssn(r))
    .t(`\n4. Mailing Address: `).l('ADDRESS', us.addr(r, false)).t(`\n5. Date of Birth (mm/dd/yyyy): `).l('DOB', fdate(r, 'US', birth(r))).t(`\n6. Daytime Phone: `).l('PHONE', us.phone(r)).t(`\n\nPART 4. INFORMATION ABOUT BENEFICIARY\n1. Full Name: `).p(full(ben))
    .t(`\n2. Date of Birth: `).l('DOB', fdate(r, 'US', birth(r))).t(`\n3. Address Abroad: `).l('ADDRESS', originAddr(r, false)).t(`\n4. SSN (if any): `);
  if (r.chance(0.4)) d.l('NATIONAL_ID', ssn(r)); else d.t(r.pick(['None', 'N/A', maskedSsn(r)]));
  d.t(`\n5. Date of marriage: ${fdate(r, 'US', birth(r, 2012, 2025))}\nReceipt: ${receipt(r)}\n`);
};

const formSponsorUndertaking: Tpl = (r, d) => {
  const sp = person(r), ap = person(r, sp.c.id), c = dest(r, ['DE', 'NL', 'BE', 'FR', 'AT', 'CH', 'IT', 'ES']);
  d.t(`SPONSOR DECLARATION / Verpflichtungserklärung\n\nSponsor: `).p(nf(r, sp)).t(`\nBorn: `).l('DOB', fdate(r, c.cc, birth(r, 1955, 1995))).t(`\nResidence: `).l('ADDRESS', c.addr(r, false)).t(`\nBank account (IBAN): `).l('IBAN', iban(r, c.cc))
    .t(`\nMonthly net income: ${money(r, '€')}\nInvited person: `).p(nf(r, ap)).t(`\nPurpose: ${r.pick(['family visit', 'wedding', 'medical treatment', 'language course'])}\nValid from ${fdate(r, c.cc, recent(r))}\nForm no. ${r.digits(3)}-${r.digits(5)}\n`);
};

const formLegalAidMeans: Tpl = (r, d) => {
  const ap = person(r), c = dest(r, ['GB', 'IE', 'NL', 'BE', 'DE']), pt = relative(r, ap);
  d.t(`LEGAL AID – MEANS ASSESSMENT\nClient: `).p(`${ap.s}, ${ap.g}`).t(`\nDate of birth: `).l('DOB', fdate(r, c.cc, birth(r))).t(`\nAddress: `).l('ADDRESS', c.addr(r, false)).t(`\nPartner: `).p(full(pt))
    .t(`\nIncome: ${r.pick(['asylum support (s95)', 'none', 'part-time wages', 'Universal Credit'])} – ${money(r)} per week\nBank: `).l('IBAN', iban(r, c.cc === 'GB' ? 'GB' : c.cc)).t(`\nSavings: ${money(r)}\nPassported: ${r.pick(['yes', 'no'])}\nAdviser: `).p(nf(r, person(r))).t(`   Supervisor checked: ${fdate(r, c.cc, recent(r))}\n`);
};

const formFeeWaiverUs: Tpl = (r, d) => {
  const ap = person(r, r.pick(['mx', 'ht', 've', 'so', 'af', 'co'])), us = byCc('US');
  d.t(`Request for Fee Waiver – worksheet\nRequestor: `).p(full(ap)).t(`  SSN: `).l('NATIONAL_ID', ssn(r)).t(`  DOB: `).l('DOB', fdate(r, 'US', birth(r))).t(`\nAddress: `).l('ADDRESS', us.addr(r, r.chance(0.4))).t(`\nHousehold members:\n`);
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const m = relative(r, ap);
    d.t(`  - `).p(full(m)).t(`, born `).l('DOB', fdate(r, 'US', birth(r, 2005, 2022))).t(`, SSN `);
    if (r.chance(0.5)) d.l('NATIONAL_ID', ssn(r)); else d.t(r.pick(['none', maskedSsn(r), 'pending']));
    d.t(`\n`);
  }
  d.t(`Means-tested benefit: ${r.pick(['SNAP', 'Medicaid', 'TANF'])} case ${r.digits(9)}\nPreparer EIN ${r.digits(2)}-${r.digits(7)}, routing ${r.digits(9)}\n`);
};

const formChangeAddress: Tpl = (r, d) => {
  const ap = person(r), c = dest(r);
  d.t(`CHANGE OF CIRCUMSTANCES – ADDRESS\nName: `).p(nf(r, ap)).t(`\nRef: ${hoRef(r)}\nPrevious address:\n`).l('ADDRESS', c.addr(r, true)).t(`\nNew address:\n`).l('ADDRESS', c.addr(r, true))
    .t(`\nDate of move: ${fdate(r, c.cc, recent(r))}\nContact number: `).l('PHONE', c.phone(r)).t(`\nEmail: `).l('EMAIL', emailOf(r, ap, c)).t(`\n`);
};

const formBiometrics: Tpl = (r, d) => {
  const ap = person(r), c = dest(r, ['GB', 'US', 'CA', 'IE', 'AU']);
  d.t(`APPOINTMENT CONFIRMATION\nApplicant: `).p(full(ap).toUpperCase()).t(`\nDate of birth: `).l('DOB', fdate(r, 'PASS', birth(r))).t(`\nAppointment: ${fdate(r, c.cc, recent(r))} 09:${p2(r.int(0, 59))}\nLocation: ${r.pick(['Service and Support Centre, Croydon', 'ASC Houston', 'VFS Global, Lagos', 'TLScontact Cairo', 'Service Canada, Scarborough'])}\nBooking ref: ${letters(r, 3)}${r.digits(7)}\nContact: `)
    .l('EMAIL', emailOf(r, ap)).t(` / `).l('PHONE', phoneOf(r, c, ap)).t(`\nBring: passport, this letter. Do not bring bags larger than 30×20 cm.\n`);
};

const formSpanishSolicitud: Tpl = (r, d) => {
  const ap = person(r, r.pick(['co', 've', 'mx', 'es', 'ua', 'ng'])), c = byCc('ES');
  d.t(`SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA\n1) DATOS DEL EXTRANJERO\nPasaporte: ${letters(r, 2)}${r.digits(7)}   ${otherId(r).startsWith('NIE') ? 'N.I.E.' : 'N.I.E.'}: ${r.pick(['X', 'Y', 'Z'])}${r.digits(7)}${letters(r, 1)}\n1er Apellido: `).p(ap.s.split(' ')[0] ?? ap.s)
    .t(`\nNombre: `).p(ap.g).t(`\nFecha de nacimiento: `).l('DOB', fdate(r, 'ES', birth(r))).t(`\nDomicilio en España: `).l('ADDRESS', c.addr(r, false)).t(`\nTeléfono móvil: `).l('PHONE', c.phone(r)).t(`\nE-mail: `).l('EMAIL', emailOf(r, ap, c))
    .t(`\n2) REPRESENTANTE: `).p(full(person(r, 'es'))).t(`, abogada, colegiada nº ${r.digits(5)}\nFecha: ${fdate(r, 'ES', recent(r))}\n`);
};

// ─────────────────────────────────────── templates: translated civil documents ───────────────────────────────────────

function translatorStatement(r: Rng, d: Doc): void {
  const tr = person(r), c = dest(r);
  d.t(`\n\nTRANSLATOR'S CERTIFICATE\nI, `).p(full(tr)).t(`, certify that I am fluent in ${r.pick(['Tigrinya', 'Arabic', 'Dari', 'Spanish', 'Ukrainian', 'Vietnamese', 'Amharic', 'Portuguese'])} and English and that the above is a true translation. Member no. ${r.digits(5)}.\n`);
  if (r.chance(0.5)) d.l('ADDRESS', c.addr(r, true)).t(`\n`);
  d.t(`Tel `).l('PHONE', c.phone(r)).t(` · `).l('EMAIL', emailOf(r, tr, c)).t(`\nDate: ${fdate(r, c.cc, recent(r))}\n`);
}

const docBirthCert: Tpl = (r, d) => {
  const ch = person(r), mo = relative(r, ch, true), fa = relative(r, ch, false), reg = person(r, ch.c.id);
  const dob = birth(r, 1980, 2022);
  d.t(`[Certified translation from ${r.pick(['Tigrinya', 'Arabic', 'Dari', 'Spanish', 'Ukrainian', 'Vietnamese', 'Amharic', 'Portuguese'])}]\n${r.pick(['STATE OF ERITREA', 'REPUBLIC OF ', 'MINISTRY OF INTERIOR – CIVIL REGISTRY', 'REGISTRO CIVIL', 'ВИТЯГ З ДЕРЖАВНОГО РЕЄСТРУ'])}\nBIRTH CERTIFICATE  No. ${r.digits(7)}\n\n`);
  d.t(`Surname: `).p(ch.s.toUpperCase()).t(`\nForename(s): `).p(ch.g).t(`\nSex: ${ch.f ? 'Female' : 'Male'}\nDate of birth: `).l('DOB', r.chance(0.5) ? fdate(r, 'GB', dob) : fdate(r, 'PASS', dob))
    .t(r.chance(0.4) ? ` (${r.pick(['Gregorian, converted by translator', 'as stated in the original', 'day and month per hospital card'])})` : '').t(`\nPlace of birth: ${r.pick(['Asmara', 'Kabul', 'Homs', 'Kharkiv', 'Ibadan', 'Baidoa', 'Hué', 'Gonaïves'])}\n\nMother: `).p(full(mo)).t(`, born `).l('DOB', fdate(r, 'GB', birth(r, 1950, 1990))).t(`\nFather: `).p(full(fa)).t(`\n\nRegistered on ${fdate(r, 'GB', { ...dob, y: dob.y + r.int(0, 3) })} by `).p(nf(r, reg)).t(`, Registrar\n[stamp illegible] [signature]\n`);
  if (r.chance(0.3)) d.t(`Tel. of office: +291 1\n${r.digits(6)} (split in original)\n`);
  translatorStatement(r, d);
};

const docMarriageCert: Tpl = (r, d) => {
  const h = person(r), w = person(r, h.c.id), w1 = person(r, h.c.id), w2 = person(r), off = person(r, h.c.id);
  d.t(`CERTIFICATE OF MARRIAGE (translation)\nEntry no. ${r.digits(4)}/${r.int(2000, 2023)}\n\nHusband: `).p(nf(r, h)).t(`, born `).l('DOB', fdate(r, r.pick(['GB', 'FR', 'ES', 'DE']), birth(r, 1960, 2000))).t(` in ${r.pick(['Mazar-i-Sharif', 'Sulaymaniyah', 'Kandy', 'Kumasi', 'Tirana', 'Cali'])}\nWife: `).p(nf(r, w)).t(`, born `).l('DOB', fdate(r, 'GB', birth(r, 1965, 2002)))
    .t(`\nDate of marriage: ${fdate(r, 'GB', birth(r, 2000, 2024))}\nWitnesses: `).p(full(w1)).t(` and `).p(full(w2)).t(`\nOfficiant: ${r.pick(['Imam', 'Pastor', 'Father', 'Registrar'])} `).p(nf(r, off)).t(`\nResidence of spouses: `).l('ADDRESS', originAddr(r, false)).t(`\n`);
  translatorStatement(r, d);
};

const docPoliceClearance: Tpl = (r, d) => {
  const ap = person(r), c = dest(r, ['FR', 'IT', 'ES', 'PL', 'PT', 'DE']);
  d.t(`CERTIFICATE OF NO CRIMINAL RECORD (translated)\nIssued: ${fdate(r, c.cc, recent(r))}   Valid 6 months\nThis certifies that `).p(full(ap).toUpperCase()).t(`, date of birth `).l('DOB', fdate(r, c.cc, birth(r)))
    .t(`, father's name `).p(relative(r, ap, false).g).t(`, residing at `).l('ADDRESS', c.addr(r, false)).t(`, has no entries in the central register.\nVerification code: ${hex(r, 8).toUpperCase()}-${r.digits(4)}\n`);
  translatorStatement(r, d);
};

const docDivorceDecree: Tpl = (r, d) => {
  const a = person(r), b = person(r, a.c.id), judge = person(r, a.c.id);
  d.t(`DECREE OF DIVORCE – ${r.pick(['Family Court of Kabul (translation)', 'Tribunal de Première Instance', 'Juzgado de Familia nº 4', 'Sharia Court, Hargeisa'])}\nCase no. ${r.digits(3)}/${r.int(2010, 2024)}\n\nPetitioner: `).p(full(a)).t(` (born `).l('DOB', fdate(r, 'FR', birth(r))).t(`)\nRespondent: `).p(full(b))
    .t(`\nThe marriage contracted on ${fdate(r, 'FR', birth(r, 1995, 2018))} is dissolved with effect from ${fdate(r, 'FR', recent(r))}. Custody of the child `).p(relative(r, a).g).t(` (born `).l('DOB', fdate(r, 'FR', birth(r, 2010, 2022))).t(`) is granted to the petitioner.\nJudge: `).p(nf(r, judge)).t(`\n`);
  translatorStatement(r, d);
};

const docBilingualArabic: Tpl = (r, d) => {
  const ar = r.pick(AR_NATIVE), lat = person(r, 'ar'), dob = birth(r, 1960, 2015);
  d.t(`شهادة ولادة / BIRTH CERTIFICATE\nالاسم / Name: `).p(ar).t(` / `).p(full(lat)).t(`\nتاريخ الولادة / Date of birth: `).l('DOB', `${dob.y}/${p2(dob.m)}/${p2(dob.d)}`).t(`\nمكان الولادة / Place: ${r.pick(['حلب Aleppo', 'بغداد Baghdad', 'الخرطوم Khartoum', 'الموصل Mosul'])}\nاسم الأب / Father: `).p(r.pick(AR_NATIVE))
    .t(`\nرقم القيد / Record no.: ${r.digits(5)}/${r.digits(3)}\n`);
};

// ─────────────────────────────────────── templates: case notes and exports ───────────────────────────────────────

const caseNote: Tpl = (r, d) => {
  const cl = person(r), cw = person(r), c = dest(r);
  d.t(`CASE NOTE ${caseId(r)} – ${fdate(r, c.cc, recent(r))} – by `).p(`${cw.g.charAt(0)}. ${cw.s}`).t(`\n\nTelephone advice to `).p(nf(r, cl)).t(` (`).l('PHONE', phoneOf(r, c, cl))
    .t(`). Client says the ${r.pick(['Home Office', 'IND', 'BAMF', 'USCIS', 'IRCC'])} decision arrived ${r.int(2, 20)} days ago. Discussed appeal rights and deadline. Client's ${r.pick(['daughter', 'son', 'nephew'])} `).p(relative(r, cl).g)
    .t(` attended too, interpreting informally (not ideal – book professional next time). ${trap(r)}\nClient's DOB on the decision is `).l('DOB', fdate(r, c.cc, birth(r))).t(` but passport says `).l('DOB', fdate(r, c.cc, birth(r))).t(` – raise in grounds.\nTime: ${r.int(1, 9)} units. Next review ${fdate(r, c.cc, recent(r))}.\n`);
};

const csvCell = (v: string): string => (/[,"\n]/.test(v) ? `"${v}"` : v);
const csvExport: Tpl = (r, d) => {
  const c = dest(r);
  d.t(`case_id,client_name,dob,phone,email,nationality,status,opened\n`);
  const n = r.int(3, 7);
  for (let i = 0; i < n; i++) {
    const p = person(r);
    const nm = r.chance(0.5) ? full(p) : `${p.s.toUpperCase()}, ${p.g}`;
    d.t(`${caseId(r)},`);
    if (nm.includes(',')) d.t('"').p(nm).t('"'); else d.p(nm);
    d.t(',').l('DOB', r.chance(0.5) ? fdate(r, 'ISO', birth(r)) : fdate(r, c.cc, birth(r)).replace(/,/g, '')).t(',');
    if (r.chance(0.85)) d.l('PHONE', phoneOf(r, c, p));
    d.t(',');
    if (r.chance(0.8)) d.l('EMAIL', emailOf(r, p, c));
    d.t(`,${csvCell(r.pick(['Eritrean', 'Afghan', 'Syrian', 'Venezuelan', 'Albanian', 'Sudanese', 'Iranian', 'Ukrainian']))},${r.pick(['open', 'closed', 'awaiting decision', 'appeal lodged', 'on hold'])},${fdate(r, 'ISO', recent(r))}\n`);
  }
};

const jsonExport: Tpl = (r, d) => {
  const p = person(r), c = dest(r), sp = relative(r, p);
  d.t(`{\n  "matter": "${caseId(r)}",\n  "client": {\n    "name": "`).p(full(p)).t(`",\n    "dateOfBirth": "`).l('DOB', fdate(r, 'ISO', birth(r))).t(`",\n    "email": "`).l('EMAIL', emailOf(r, p, c)).t(`",\n    "phone": "`).l('PHONE', phoneOf(r, c, p))
    .t(`",\n    "address": "`).l('ADDRESS', c.addr(r, false)).t(`"\n  },\n  "dependants": [{ "name": "`).p(sp.g).t(`", "dob": "`).l('DOB', fdate(r, 'ISO', birth(r, 2008, 2023))).t(`" }],\n  "lastLoginIp": "`).l('IP', ip(r))
    .t(`",\n  "app": { "version": "${r.int(1, 4)}.${r.int(0, 12)}.${r.int(0, 9)}", "build": "${hex(r, 7)}" },\n  "created": "${tsIso(r)}"\n}\n`);
};

const auditLog: Tpl = (r, d) => {
  const [, dom] = firm(r);
  const staff = [person(r), person(r)];
  const n = r.int(4, 8);
  for (let i = 0; i < n; i++) {
    const s = r.pick(staff);
    d.t(`${tsIso(r)} user=`).l('EMAIL', staffEmail(r, s, dom)).t(` src=`);
    const v = ip(r);
    if (r.chance(0.3) && !v.includes(':')) d.l('IP', v).t(`:${r.int(1024, 65535)}`); else if (v.includes(':') && r.chance(0.3)) d.t('[').l('IP', v).t(`]:${r.int(1024, 65535)}`); else d.l('IP', v);
    d.t(` action=${r.pick(['VIEW', 'EXPORT', 'EDIT', 'LOGIN', 'DOWNLOAD'])} case=${caseId(r)} ua="CaseBox/${r.int(2, 5)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}"\n`);
  }
};

const hearingListMd: Tpl = (r, d) => {
  d.t(`| Time | Appellant | Appeal no. | Judge | Interpreter | Rep |\n|---|---|---|---|---|---|\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const a = person(r), j = person(r, r.pick(['en', 'ie', 'in', 'pk', 'ng'])), it = person(r, a.c.id), rep = person(r);
    d.t(`| ${p2(r.int(9, 15))}:${r.pick(['00', '30'])} | `).p(nf(r, a)).t(` | ${appealNo(r)} | Judge `).p(j.s).t(` | ${r.chance(0.5) ? '' : 'Mr '}`).p(r.chance(0.5) ? full(it) : it.s).t(` | `).p(`${rep.g.charAt(0)}. ${rep.s}`).t(` |\n`);
  }
  d.t(`\nCourt ${r.int(1, 12)}, listed by @listing-team. ${trap(r)}\n`);
};

const caseTimeline: Tpl = (r, d) => {
  const cl = person(r), c = dest(r);
  d.t(`Timeline – `).p(full(cl)).t(`\n• ${fdate(r, c.cc, recent(r))}: first contact via web form (IP `).l('IP', ip(r)).t(`)\n• ${fdate(r, c.cc, recent(r))}: intake call; @${ascii(cl.g)}_${r.digits(2)} on Signal\n• ${fdate(r, c.cc, recent(r))}: passport copy received, DOB confirmed as `)
    .l('DOB', fdate(r, c.cc, birth(r))).t(`\n• ${fdate(r, c.cc, recent(r))}: fee paid, receipt ${r.digits(8)}\n• ${fdate(r, c.cc, recent(r))}: letter sent to `).l('ADDRESS', c.addr(r, false)).t(`\n• ${fdate(r, c.cc, recent(r))}: handed to `).p(nf(r, person(r))).t(` (@cw-${r.pick(['north', 'south', 'detention'])})\n`);
};

// ─────────────────────────────────────── templates: court and tribunal notices ───────────────────────────────────────

const ukTribunalNotice: Tpl = (r, d) => {
  const a = person(r), rep = person(r), j = person(r, r.pick(['en', 'ie', 'in'])), c = byCc('GB');
  d.t(`FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)\nNOTICE OF HEARING\nAppeal number: ${appealNo(r)}\n\nAppellant: `).p(full(a).toUpperCase()).t(`\nDate of birth: `).l('DOB', fdate(r, 'GB', birth(r))).t(`\nHome Office ref: ${hoRef(r)}\n\nTo: `).p(full(a)).t(`\n`)
    .l('ADDRESS', c.addr(r, true)).t(`\n\nThe appeal will be heard at ${r.pick(['Taylor House', 'Field House', 'Hatton Cross', 'Manchester Piccadilly', 'Newport (Columbus House)'])}, `).l('ADDRESS', `${r.int(1, 120)} ${r.pick(['Rosebery Avenue', 'Chancery Lane', 'Piccadilly Plaza', 'Market Street'])}, ${r.pick(['London EC1R 4QU', 'Manchester M1 4AH', 'Newport NP20 2GT'])}`)
    .t(` on ${fdate(r, 'GB', recent(r))} at 10:00. Before Judge `).p(j.s).t(`.\nRepresentative: `).p(nf(r, rep)).t(`, `).l('EMAIL', `${r.pick(['appeals', 'immigration'])}@${firm(r)[1]}`).t(`\nAn interpreter in ${r.pick(['Tigrinya', 'Kurdish Sorani', 'Albanian', 'Urdu', 'Pashto'])} has been booked.\n`);
};

const usEoirNotice: Tpl = (r, d) => {
  const a = person(r, r.pick(['mx', 'ht', 've', 'co', 'in', 'cn', 'ea', 'af'])), j = person(r, r.pick(['us', 'mx', 'en'])), us = byCc('US');
  d.t(`U.S. DEPARTMENT OF JUSTICE\nEXECUTIVE OFFICE FOR IMMIGRATION REVIEW\nNOTICE OF HEARING IN REMOVAL PROCEEDINGS\n\nIn the matter of: `).p(`${a.s.toUpperCase()}, ${a.g.toUpperCase()}`).t(`   File: ${aNumber(r)}\nDOB: `).l('DOB', fdate(r, 'US', birth(r))).t(`\n\n`).p(full(a)).t(`\nc/o `).p(full(person(r))).t(`\n`)
    .l('ADDRESS', us.addr(r, true)).t(`\n\nYour ${r.pick(['master calendar', 'individual'])} hearing is scheduled for ${fdate(r, 'US', recent(r))} at 8:30 AM before Immigration Judge `).p(nf(r, j)).t(` at `).l('ADDRESS', `${r.pick(['26 Federal Plaza, 12th Floor, New York, NY 10278', '1 Federal Dr, Suite 1850, Fort Snelling, MN 55111', '606 S Olive St, 15th Floor, Los Angeles, CA 90014'])}`)
    .t(`.\nCourt phone: `).l('PHONE', us.phone(r)).t(`. Failure to appear may result in an order of removal. (Jacob K. Javits Federal Building entrance on Duane St.)\n`);
};

const caIrbNotice: Tpl = (r, d) => {
  const a = person(r), c = byCc('CA'), m = person(r);
  d.t(`Immigration and Refugee Board of Canada – Refugee Protection Division\nNOTICE TO APPEAR\nFile: ${letters(r, 2)}${r.digits(1)}-${r.digits(5)}   UCI ${r.digits(4)}-${r.digits(4)}\n\nClaimant: `).p(full(a)).t(`, born `).l('DOB', fdate(r, 'CA', birth(r))).t(`\nMailing address: `).l('ADDRESS', c.addr(r, false))
    .t(`\nHearing: ${fdate(r, 'CA', recent(r))}, 9:00 a.m., by Microsoft Teams. Member: `).p(nf(r, m)).t(`\nCounsel of record: `).p(full(person(r))).t(` `).l('EMAIL', roleEmail(r, 'bridgewayvisa.ca')).t(`\n`);
};

const auArtNotice: Tpl = (r, d) => {
  const a = person(r), c = byCc('AU');
  d.t(`Administrative Review Tribunal – Migration and Refugee Division\nHEARING INVITATION\nCase number: ${r.digits(7)}\n\nDear `).p(r.chance(0.5) ? `${a.s}` : full(a)).t(`,\n\nYou are invited to a hearing on ${fdate(r, 'AU', recent(r))}. The Tribunal has your date of birth as `).l('DOB', fdate(r, 'AU', birth(r))).t(` and your address as\n`)
    .l('ADDRESS', c.addr(r, true)).t(`\nIf these are wrong, call `).l('PHONE', c.phone(r)).t(` and quote the case number, not the old visa application id ${r.digits(11)}.\n`);
};

const deVgLadung: Tpl = (r, d) => {
  const kl = person(r), ri = person(r, 'de'), c = byCc('DE');
  d.t(`VERWALTUNGSGERICHT ${r.pick(['BERLIN', 'KÖLN', 'MÜNCHEN', 'HAMBURG'])}\nLADUNG zur mündlichen Verhandlung\nAz.: VG ${r.int(1, 40)} K ${r.digits(4)}/${r.int(20, 26)} A\n\nIn der Verwaltungsstreitsache\n`).p(full(kl)).t(`, geb. `).l('DOB', fdate(r, 'DE', birth(r))).t(`,\n`)
    .l('ADDRESS', c.addr(r, true)).t(`\n– Kläger –\nProzessbevollmächtigte: RAin `).p(full(person(r, 'de'))).t(`\ngegen\nBundesrepublik Deutschland, vertreten durch das BAMF\n\nTermin: ${fdate(r, 'DE', recent(r))}, 10:30 Uhr, Saal ${r.int(1, 9)}${r.pick(['', 'A', 'B'])}. Berichterstatter: Richter `).p(ri.s).t(`\n`);
};

const ieIpatNotice: Tpl = (r, d) => {
  const a = person(r), c = byCc('IE');
  d.t(`INTERNATIONAL PROTECTION APPEALS TRIBUNAL\nNotice of Oral Hearing\nTribunal ref: ${r.int(2023, 2026)}/${r.digits(4)}   IPO ref: ${r.digits(4)}/${r.int(20, 26)}\n\nTo: `).p(full(a)).t(`\n`).l('ADDRESS', c.addr(r, true))
    .t(`\n\nYour hearing will take place on ${fdate(r, 'IE', recent(r))}. Please confirm attendance to `).l('EMAIL', `${r.pick(['info', 'hearings'])}@ipat.example.ie`).t(` or `).l('PHONE', c.phone(r)).t(`.\n`);
};

// ─────────────────────────────────────── templates: interpreted intake transcripts ───────────────────────────────────────

const intakeTranscript: Tpl = (r, d) => {
  const cl = person(r, r.pick(['er', 'af', 'so', 'ar', 'ku', 'vn', 'al', 'fa', 'sd', 'ua']), false), cw = person(r), it = person(r, cl.c.id), c = dest(r, ['GB', 'IE', 'US', 'CA', 'AU']);
  const em = emailOf(r, cl), ph = phoneOf(r, c, cl), dob = birth(r, 1965, 2006);
  d.t(`[Intake call – recorded with consent – interpreter `).p(full(it)).t(` (${r.pick(['Tigrinya', 'Dari', 'Somali', 'Arabic', 'Sorani', 'Vietnamese', 'Albanian', 'Farsi', 'Ukrainian'])})]\n\n`);
  d.t(`CASEWORKER (`).p(cw.g).t(`): Can you ask for the full name please?\nINTERPRETER: He says his name is `).p(full(cl)).t(`.\nCASEWORKER: And date of birth?\nINTERPRETER: The `).l('DOB', spokenDate(dob)).t(`. He is not sure about the day, his mother told him.\n`);
  d.t(`CASEWORKER: Best number to reach him?\nCLIENT: `).l('PHONE', spokenPhone(r, ph)).t(`\nINTERPRETER: That is his own mobile.\nCASEWORKER: Email?\nCLIENT: `).l('EMAIL', spokenEmail(em)).t(`\n`);
  d.t(`CASEWORKER: Thank you, Mr `).p(cl.s).t(`. I'll note that. ${r.chance(0.5) ? `He arrived on ${fdate(r, c.cc, recent(r))}, correct?` : `Does he have a lawyer already?`}\nINTERPRETER: Yes.`);
  if (r.chance(0.5)) d.t(` His cousin `).p(relative(r, cl).g).t(` helped him with the forms.`);
  d.t(`\n[${p2(r.int(0, 59))}:${p2(r.int(0, 59))}] – end of extract\n`);
};

const callTranscriptTimestamps: Tpl = (r, d) => {
  const cl = person(r), cw = person(r), c = dest(r), pa = r.chance(0.5) ? c.addr(r, false) : '';
  let sec = r.int(0, 40);
  const ts = (): string => {
    sec += r.int(3, 50);
    return `[00:${p2(Math.floor(sec / 60))}:${p2(sec % 60)}]`;
  };
  d.t(`${ts()} `).p(cw.g.toUpperCase()).t(`: ${r.pick(['Legal aid helpline', 'Advice line'])}, you're speaking to `).p(cw.g).t(`.\n${ts()} CALLER: Hi, this is `).self(full(cl)).t(`, I had a letter about my ${r.pick(['visa', 'asylum claim', 'green card', 'citizenship'])}.\n`);
  d.t(`${ts()} `).p(cw.g.toUpperCase()).t(`: Can I take a date of birth to find your file?\n${ts()} CALLER: `).l('DOB', fdate(r, c.cc, birth(r))).t(`.\n`);
  if (pa) d.t(`${ts()} CALLER: and I moved, it's `).l('ADDRESS', pa).t(` now.\n`);
  d.t(`${ts()} `).p(cw.g.toUpperCase()).t(`: Got it. I'll text you from `).l('PHONE', c.phone(r)).t(`, that's our office line. ${trap(r)}\n`);
};

const intakeSpanish: Tpl = (r, d) => {
  const cl = person(r, r.pick(['mx', 'co', 've'])), it = person(r, 'mx'), us = byCc('US');
  d.t(`TRANSCRIPCIÓN – entrevista inicial (intérprete: `).p(nf(r, it)).t(`)\n\nABOGADA: ¿Nombre completo?\nCLIENTE: `).p(full(cl)).t(`.\nABOGADA: ¿Fecha de nacimiento?\nCLIENTE: El `).l('DOB', fdate(r, 'ES', birth(r))).t(`.\nABOGADA: ¿Dirección actual?\nCLIENTE: `).l('ADDRESS', us.addr(r, false))
    .t(`.\nABOGADA: ¿Número de seguro social?\nCLIENTE: `);
  if (r.chance(0.6)) d.l('NATIONAL_ID', ssn(r)).t(`, me lo dieron con el permiso de trabajo.`); else d.t(`No tengo, solo el ITIN ${itin(r)}.`);
  d.t(`\nABOGADA: ¿Teléfono?\nCLIENTE: `).l('PHONE', us.phone(r)).t(`, o el de mi hermana en ${r.pick(['Honduras', 'México', 'Colombia'])}, `).l('PHONE', originPhone(r, r.pick(['MX', 'CO', 'VE']))).t(`.\n`);
};

// ─────────────────────────────────────── templates: fee payment records ───────────────────────────────────────

const paymentLedger: Tpl = (r, d) => {
  d.t(`Fee ledger export (legacy system, pre-tokenisation) – ${fdate(r, 'ISO', recent(r))}\nDATE;CLIENT;DESCRIPTION;AMOUNT;CARD;STATUS\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = person(r);
    d.t(`${fdate(r, 'GB', recent(r))};`).p(nf(r, p)).t(`;${r.pick(['Stage 1 fixed fee', 'Disbursement – translation', 'Court fee', 'Interpreter', 'Tribunal fee'])};${money(r)};`);
    const x = r.next();
    if (x < 0.6) d.l('CARD', card(r).v); else if (x < 0.8) d.t(`**** ${r.digits(4)}`); else d.t(badCard(r));
    d.t(`;${r.pick(['SETTLED', 'REFUNDED', 'DECLINED', 'CHARGEBACK'])}\n`);
  }
};

const bankTransferInstructions: Tpl = (r, d) => {
  const cl = person(r), [fn, dom] = firm(r), cc = r.pick(['GB', 'IE', 'NL', 'DE', 'BE', 'FR']);
  d.t(`PAYMENT INSTRUCTIONS – ${fn}\nPlease pay the fixed fee of ${money(r, '€')} by bank transfer.\nAccount name: ${fn} Client Account\nIBAN: `).l('IBAN', iban(r, cc)).t(`\nBIC: ${letters(r, 4)}${cc}${letters(r, 2)}\nReference: ${caseId(r)} / `).p(cl.s.toUpperCase())
    .t(`\nDo NOT pay into ${badIban(r, cc)} – that account was closed and appears on old invoices.\nQueries: `).l('EMAIL', `fees@${dom}`).t(`\n\nRefunds will be made to the payer's account, e.g. `).l('IBAN', iban(r, r.pick(['ES', 'IT', 'PL', 'RO', 'PT', 'TR', 'AE', 'SA', 'GR', 'HR']))).t(` as given by `).p(full(cl)).t(` on the form.\n`);
};

const receiptMasked: Tpl = (r, d) => {
  const cl = person(r), [fn, dom] = firm(r), c1 = card(r);
  d.t(`RECEIPT ${r.digits(7)}\n${fn}\nReceived from: `).p(full(cl)).t(`\nAmount: ${money(r)}   Date: ${fdate(r, 'GB', recent(r))}\nMethod: ${c1.net} **** **** **** ${c1.last4}\nPayer IP: `).l('IP', ip(r)).t(`\nTerminal ${r.digits(8)}, batch ${r.digits(3)}\n`);
  if (r.chance(0.5)) d.t(`NOTE (fees team): client also read out `).l('CARD', card(r).v).t(` for the next instalment – stored in vault, delete from this note.\n`);
  d.t(`Questions? `).l('EMAIL', roleEmail(r, dom)).t(`\n`);
};

const refundRequest: Tpl = (r, d) => {
  const cl = person(r), c = dest(r, ['GB', 'IE', 'DE', 'FR', 'NL', 'ES', 'IT', 'SE', 'CH']);
  d.t(`REFUND REQUEST\nApplicant: `).self(full(cl)).t(`\nApplication no.: ${hoRef(r)}\nReason: application withdrawn before processing\nOriginal payment: card `).l('CARD', card(r).v).t(` on ${fdate(r, c.cc, recent(r))}\nIf the card is expired, refund to IBAN `).l('IBAN', iban(r, c.cc))
    .t(`\nAddress: `).l('ADDRESS', c.addr(r, false)).t(`\nSignature: `).p(full(cl)).t(`\n`);
};

const instalmentPlan: Tpl = (r, d) => {
  const cl = person(r), c = dest(r, ['US', 'CA', 'GB', 'AU']);
  d.t(`Instalment plan agreed with `).p(nf(r, cl)).t(` on ${fdate(r, c.cc, recent(r))}:\n`);
  for (let i = 1; i <= 3; i++) d.t(`  ${i}) ${money(r)} due ${fdate(r, c.cc, recent(r))}\n`);
  d.t(`Card on file: `).l('CARD', card(r).v).t(`\nConsent captured online from `).l('IP', ip(r)).t(` at ${tsIso(r)}\nClient phone: `).l('PHONE', c.phone(r)).t(`\n${c.cc === 'US' ? `Client SSN for credit check: ` : ''}`);
  if (c.cc === 'US') d.l('NATIONAL_ID', ssn(r)).t(`\n`);
};

const paymentFormCapture: Tpl = (r, d) => {
  const cl = person(r), c = dest(r, ['US', 'GB', 'CA', 'AU', 'IE']), c1 = card(r);
  d.t(`--- payment form submission (debug dump, ticket ${r.pick(['OPS', 'FEES', 'WEB'])}-${r.digits(4)}) ---\ncardholder_name: `).p(full(cl).toUpperCase()).t(`\ncard_number: `).l('CARD', c1.v).t(`\ncard_brand: ${c1.net}\nexpiry: ${p2(r.int(1, 12))}/${r.int(26, 32)}\nbilling_address: `)
    .l('ADDRESS', c.addr(r, false)).t(`\nclient_ip: `).l('IP', ip(r)).t(`\namount: ${money(r)}\nmatter: ${caseId(r)}\nuser_agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${r.int(110, 131)}.0.${r.int(4000, 6999)}.${r.int(10, 200)}\n`);
  if (r.chance(0.4)) d.t(`previous_attempt: ${badCard(r)} (luhn_fail)\n`);
};

const usIntakeSheet: Tpl = (r, d) => {
  const cl = person(r, r.pick(['mx', 'ht', 've', 'co', 'ph', 'in', 'ng', 'ea', 'af', 'ua', 'cn', 'vn'])), sp = relative(r, cl), us = byCc('US');
  d.t(`INTAKE SHEET – ${r.pick(['Puente Legal Services', 'Crossroads Asylum Support'])} (${r.pick(['U visa', 'VAWA', 'TPS re-registration', 'asylum EOIR', 'SIJS'])})\nClient: `).p(`${cl.s}, ${cl.g}`).t(`   DOB `).l('DOB', fdate(r, 'US', birth(r))).t(`   SSN `).l('NATIONAL_ID', ssn(r))
    .t(`\nAddress: `).l('ADDRESS', us.addr(r, false)).t(`\nSafe to call? ${r.pick(['yes', 'only after 6pm', 'no – text only'])} `).l('PHONE', us.phone(r)).t(`\nSpouse/partner: `).p(full(sp)).t(`   SSN `);
  if (r.chance(0.6)) d.l('NATIONAL_ID', ssn(r)); else d.t(r.pick(['unknown', maskedSsn(r), `ITIN ${itin(r)}`]));
  d.t(`\nA#: ${aNumber(r)}   Receipt: ${receipt(r)}\nIntake by: `).p(nf(r, person(r))).t(` on ${fdate(r, 'US', recent(r))}\n`);
};

// ─────────────────────────────────────── templates: letters to and from authorities ───────────────────────────────────────

function letterHead(r: Rng, d: Doc, from: Person, c: Country): void {
  d.p(full(from)).t(`\n`).l('ADDRESS', c.addr(r, true)).t(`\n`);
  if (r.chance(0.6)) d.l('PHONE', c.phone(r)).t(`\n`);
  d.t(`\n${fdate(r, c.cc, recent(r))}\n\n`);
}

const letterUkvi: Tpl = (r, d) => {
  const me = person(r), c = byCc('GB'), dep = relative(r, me);
  letterHead(r, d, me, c);
  d.t(`UK Visas and Immigration\n`).l('ADDRESS', `${r.pick(['Lunar House', 'Vulcan House', 'Capital Building'])}\n${r.int(2, 90)} ${r.pick(['Wellesley Road', 'Steel Street', 'Old Hall Street'])}\n${r.pick(['Croydon CR9 2BY', 'Sheffield S3 8NU', 'Liverpool L3 9PP'])}`).t(`\n\nDear Sir or Madam,\n\nRe: `).p(full(me)).t(` – DOB `).l('DOB', fdate(r, 'GB', birth(r))).t(` – ref ${hoRef(r)}\n\nI write to request that my ${r.pick(['son', 'daughter'])} `).p(full(dep)).t(` (DOB `).l('DOB', fdate(r, 'GB', birth(r, 2008, 2022)))
    .t(`) is added as a dependant. ${trap(r)} Please reply to `).l('EMAIL', emailOf(r, me, c)).t(`.\n\nYours faithfully,\n`).p(me.g.charAt(0) + '. ' + me.s).t(`\n`);
};

const letterUscisCover: Tpl = (r, d) => {
  const me = person(r), atty = person(r), us = byCc('US');
  d.t(`${fdate(r, 'US', recent(r))}\n\nVIA COURIER\nUSCIS\nAttn: I-485\n`).l('ADDRESS', r.pick(['2500 Westfield Dr.\nElgin, IL 60124-7836', '131 S Dearborn St, 3rd Floor\nChicago, IL 60603-5517', 'P.O. Box 660867\nDallas, TX 75266'])).t(`\n\nRe: Applicant `).p(`${me.s.toUpperCase()}, ${me.g}`).t(`\n    A-Number: ${aNumber(r)}\n    SSN: `).l('NATIONAL_ID', ssn(r)).t(`\n    DOB: `).l('DOB', fdate(r, 'US', birth(r)))
    .t(`\n\nDear Officer:\n\nEnclosed please find Form I-485 with supporting evidence, including Form I-864 from the joint sponsor, `).p(full(person(r))).t(` (SSN `).l('NATIONAL_ID', ssn(r)).t(`). The filing fee of $${r.int(1, 2)},${r.digits(3)} is paid by check no. ${r.digits(4)}, routing ${r.digits(9)}.\n\nSincerely,\n`).p(full(atty)).t(`, Esq.\n`)
    .l('PHONE', us.phone(r)).t(` · `).l('EMAIL', staffEmail(r, atty, 'puentelegal.org')).t(`\n`);
};

const letterAuslaenderbehoerde: Tpl = (r, d) => {
  const me = person(r), c = byCc('DE');
  letterHead(r, d, me, c);
  d.t(`Landesamt für Einwanderung\n`).l('ADDRESS', `Friedrich-Krause-Ufer ${r.int(2, 40)}\n13353 Berlin`).t(`\n\nWiderspruch gegen den Bescheid vom ${fdate(r, 'DE', recent(r))}, Az. ${r.digits(6)}\n\nSehr geehrte Damen und Herren,\n\nhiermit lege ich, `).p(full(me)).t(`, geboren am `).l('DOB', fdate(r, 'DE', birth(r)))
    .t(`, Widerspruch ein. Meine Ehefrau/Mein Ehemann `).p(full(relative(r, me))).t(` lebt mit mir unter der oben genannten Anschrift. Die Verwaltungsgebühr wurde von Konto `).l('IBAN', iban(r, 'DE')).t(` gezahlt.\n\nMit freundlichen Grüßen\n`).p(full(me)).t(`\n`);
};

const letterFromInd: Tpl = (r, d) => {
  const ap = person(r), c = byCc('NL'), off = person(r, 'nl');
  d.t(`Immigratie- en Naturalisatiedienst\nAfzender: `).l('ADDRESS', `Postbus ${r.int(1000, 9999)}\n${r.digits(4)} ${letters(r, 2, 'ABCDEGHJKLMNPRTVWXZ')} ${r.pick(['Rijswijk', 'Zwolle', 'Den Bosch'])}`).t(`\n\n${hon(r, ap, 'nl')} `).p(full(ap)).t(`\n`).l('ADDRESS', c.addr(r, true)).t(`\n\nDatum ${fdate(r, 'NL', recent(r))}\nV-nummer ${r.digits(10)}\n\nGeachte `).p(ap.s)
    .t(`,\n\nUw aanvraag voor een verblijfsvergunning regulier is ontvangen. Wij hebben uw geboortedatum geregistreerd als `).l('DOB', fdate(r, 'NL', birth(r))).t(`. Legeskosten: ${money(r, '€ ')}.\n\nMet vriendelijke groet,\n`).p(`${off.g.charAt(0)}. ${off.s}`).t(`\nnamens de Staatssecretaris van Justitie en Veiligheid\n`);
};

const letterIrcc: Tpl = (r, d) => {
  const me = person(r), sp = person(r), c = byCc('CA');
  letterHead(r, d, me, c);
  d.t(`Immigration, Refugees and Citizenship Canada\nCase Processing Centre – Mississauga\n\nRE: Letter of explanation – sponsorship of `).p(full(sp)).t(` (DOB `).l('DOB', fdate(r, 'CA', birth(r))).t(`)\nApplication no. ${letters(r, 1)}${r.digits(9)}\n\nTo the officer,\n\nWe met in ${r.int(2015, 2023)} at a Tim Hortons in ${r.pick(['Brampton', 'Surrey', 'Laval'])}. `)
    .p(sp.g).t(` can be reached at `).l('PHONE', originPhone(r, sp.c.home)).t(` and `).l('EMAIL', emailOf(r, sp)).t(`.\n\nRespectfully,\n`).p(full(me)).t(`\n`);
};

const letterHomeAffairsAu: Tpl = (r, d) => {
  const me = person(r), c = byCc('AU');
  letterHead(r, d, me, c);
  d.t(`Department of Home Affairs\n`).l('ADDRESS', `GPO Box ${r.int(100, 9999)}\n${r.pick(['Sydney NSW 2001', 'Melbourne VIC 3001', 'Brisbane QLD 4001'])}`).t(`\n\nRequest for bridging visa B – `).p(full(me).toUpperCase()).t(`, born `).l('DOB', fdate(r, 'AU', birth(r))).t(`\n\nI need to travel to ${r.pick(['Kathmandu', 'Manila', 'Colombo', 'Chengdu'])} because my father `).p(full(relative(r, me, false)))
    .t(` is in hospital. My employer is ${r.pick(['Woolworths', 'Bunnings', 'a Ramsay Health hospital'])}. Contact: `).l('EMAIL', emailOf(r, me, c)).t(`.\n\nYours sincerely,\n`).p(me.g).t(`\n`);
};

const letterMigrationsverket: Tpl = (r, d) => {
  const ap = person(r), c = byCc('SE'), hand = person(r, 'sv');
  d.t(`MIGRATIONSVERKET\nBeslut ${fdate(r, 'SE', recent(r))}\nDnr ${r.digits(2)}-${r.digits(6)}\n\nSökande: `).p(full(ap)).t(`, född `).l('DOB', fdate(r, 'SE', birth(r))).t(`\nAdress: `).l('ADDRESS', c.addr(r, false))
    .t(`\n\nMigrationsverket beviljar uppehållstillstånd på grund av arbete. Beslutet har fattats av handläggare `).p(full(hand)).t(`. Frågor: `).l('PHONE', `0771-${r.digits(3)} ${r.digits(3)}`).t(`.\n`);
};

const letterRepresentative: Tpl = (r, d) => {
  const me = person(r), rep = person(r, r.pick(['en', 'us', 'ie'])), c = dest(r, ['GB', 'US']);
  letterHead(r, d, me, c);
  d.t(`Dear ${c.cc === 'GB' ? `${hon(r, rep)} ` : `${r.pick(['Congresswoman', 'Congressman', 'Representative'])} `}`).p(rep.s).t(`,\n\nI am your constituent and my ${r.pick(['naturalisation', 'I-130', 'Skilled Worker', 'asylum'])} case has been pending for ${r.int(14, 40)} months. ${c.cc === 'US' ? 'My SSN is ' : 'My reference is '}`);
  if (c.cc === 'US') d.l('NATIONAL_ID', ssn(r)); else d.t(hoRef(r));
  d.t(` and my date of birth `).l('DOB', fdate(r, c.cc, birth(r))).t(`. Privacy release form attached.\n\nSincerely,\n`).self(full(me)).t(`\n`).l('EMAIL', emailOf(r, me, c)).t(`\n`);
};

const subjectAccessRequest: Tpl = (r, d) => {
  const me = person(r), c = dest(r, ['GB', 'IE', 'DE', 'NL', 'FR']);
  d.t(`Subject: Subject Access Request (Article 15 GDPR)\n\nI request a copy of all personal data held about me, including interview records and any notes made by officers.\n\nFull name: `).self(full(me)).t(`\nOther names used: `).p(`${me.s.toUpperCase()} ${me.g.toUpperCase()}`).t(`\nDate of birth: `).l('DOB', fdate(r, c.cc, birth(r)))
    .t(`\nNationality: ${r.pick(['Iraqi', 'Albanian', 'Eritrean', 'Vietnamese', 'Iranian'])}\n${otherId(r)}\nAddress: `).l('ADDRESS', c.addr(r, false)).t(`\nEmail for reply: `).l('EMAIL', emailOf(r, me, c)).t(`\nIP address used for the online form: `).l('IP', ip(r)).t(`\n`);
};

const letterPrefecture: Tpl = (r, d) => {
  const me = person(r), c = byCc('FR');
  letterHead(r, d, me, c);
  d.t(`Préfecture du ${r.pick(['Rhône', 'Nord', 'Bas-Rhin'])} – Direction des migrations\n\nObjet : demande de renouvellement – `).p(`${me.s.toUpperCase()} ${me.g}`).t(`, né${me.f ? 'e' : ''} le `).l('DOB', fdate(r, 'FR', birth(r)))
    .t(`\nN° AGDREF ${r.digits(10)}\n\nMadame, Monsieur,\n\nJe sollicite le renouvellement de ma carte de séjour « vie privée et familiale ». Mon conjoint, `).p(full(relative(r, me))).t(`, est de nationalité française. ${trap(r)}\n\nVeuillez agréer mes salutations distinguées.\n`).p(full(me)).t(`\n`);
};

const letterSwissSem: Tpl = (r, d) => {
  const me = person(r), c = byCc('CH');
  d.t(`Staatssekretariat für Migration SEM\n`).l('ADDRESS', `Quellenweg ${r.int(1, 12)}\n3003 Bern-Wabern`).t(`\n\nN-Nummer ${r.digits(3)}.${r.digits(3)}\n\nGesuch um Familiennachzug\nGesuchsteller: `).p(full(me)).t(`, geb. `).l('DOB', fdate(r, 'CH', birth(r))).t(`\nWohnadresse: `).l('ADDRESS', c.addr(r, false)).t(`\nTelefon: `).l('PHONE', c.phone(r)).t(`\nNachzuziehende Person: `).p(full(relative(r, me))).t(`, geb. `)
    .l('DOB', fdate(r, 'CH', birth(r, 2005, 2020))).t(`\nKonto für Rückerstattungen: `).l('IBAN', iban(r, 'CH')).t(`\n`);
};

const letterPortuguese: Tpl = (r, d) => {
  const me = person(r, r.pick(['br', 'pk', 'np', 'in', 'ua'])), c = byCc('PT');
  d.t(`Exmos. Senhores da AIMA,\n\nEu, `).self(full(me)).t(`, nascido/a em `).l('DOB', fdate(r, 'PT', birth(r))).t(`, residente em `).l('ADDRESS', c.addr(r, false)).t(`, NIF ${r.digits(9)}, venho requerer a marcação de atendimento para renovação da autorização de residência.\nContacto: `).l('PHONE', c.phone(r)).t(` · `).l('EMAIL', emailOf(r, me, c))
    .t(`\nIBAN para devolução de taxas: `).l('IBAN', iban(r, 'PT')).t(`\n\nCom os melhores cumprimentos,\n`).p(me.g).t(`\n`);
};

const letterPolish: Tpl = (r, d) => {
  const me = person(r, r.pick(['ua', 'pl', 'tr', 'in', 'ph'])), c = byCc('PL');
  d.t(`Mazowiecki Urząd Wojewódzki\nWydział Spraw Cudzoziemców\n\nWnioskodawca: `).p(full(me)).t(`\nData urodzenia: `).l('DOB', fdate(r, 'PL', birth(r))).t(`\nAdres: `).l('ADDRESS', c.addr(r, false)).t(`\nTel.: `).l('PHONE', c.phone(r))
    .t(`\n\nProszę o wydanie karty pobytu. Opłatę ${r.int(100, 440)} zł uiszczono z rachunku `).l('IBAN', iban(r, 'PL')).t(`.\nSygn. akt ${letters(r, 2)}-II-${r.digits(4)}.${r.digits(4)}.${r.int(2023, 2026)}\n`);
};

// ─────────────────────────────────────── hard negatives (no PII at all) ───────────────────────────────────────

const negPolicyChat: Tpl = (r, d) => {
  const [U, A] = tags(r);
  d.t(`${U}${r.pick(['does the Dublin III Regulation still apply after Brexit?', 'what is the difference between a Blue Card and a Chancenkarte?', 'can I work while my asylum claim is pending?', 'how long does a Zambrano carer right last now?', 'is the Windrush scheme still open?'])}\n`);
  d.t(`${A}Generally, rules changed on ${fdate(r, 'GB', recent(r))}. Check Appendix FM, section 3C and the guidance version ${r.int(5, 19)}.0 published by the department. ${trap(r)} ${trap(r)}\n`);
  d.t(`${U}ok and the fee? I saw ${money(r)} on one site and ${money(r)} on another\n${A}Fees are reviewed every April; the official page (updated ${fdate(r, 'GB', recent(r))}) is authoritative. I can't see your case, so please don't share personal details here.\n`);
};

const negReleaseNotes: Tpl = (r, d) => {
  d.t(`CaseBox ${r.int(3, 6)}.${r.int(0, 20)}.${r.int(0, 9)} release notes (${fdate(r, 'ISO', recent(r))})\n- Fixed: export of hearing lists dropped the "Judge" column (#${r.digits(4)})\n- New: Tigrinya and Dari templates for client letters\n- Security: bumped openssl to ${r.int(1, 3)}.${r.int(0, 3)}.${r.int(0, 15)}, firmware ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)} on scanners\n- Commit ${hex(r, 40)}\n- Docker image sha256:${hex(r, 64)}\n- Team Phoenix owns the Einstein search index migration; Ada runtime upgraded to ${r.int(1, 4)}.${r.int(0, 9)}.\n`);
};

const negFeeSchedule: Tpl = (r, d) => {
  d.t(`FEE SCHEDULE ${r.int(2024, 2026)}/${r.int(25, 27)}\nForm I-130 ........ $${r.int(600, 700)}\nForm N-400 ........ $${r.int(700, 800)}\nSpouse visa (outside UK) ........ £${r.int(1800, 1900)}\nImmigration Health Surcharge ........ £${r.int(700, 1100)} per year\nAufenthaltstitel (Verlängerung) ........ €${r.int(90, 110)}\n\nFor testing the payment page use card ${badCard(r)} (always declined) or IBAN ${badIban(r, r.pick(['DE', 'NL', 'GB']))} (always rejected).\nEIN of the charity: ${r.digits(2)}-${r.digits(7)} · ABA routing ${r.digits(9)} · charity no. ${r.digits(7)}\n`);
};

const negTrainingAgenda: Tpl = (r, d) => {
  d.t(`Volunteer training – ${fdate(r, 'GB', recent(r))}\n09:30 Welcome (Room 4.12, Nightingale Wing)\n10:00 Refugee Convention basics & the Nobel-winning Nansen office history\n11:15 Working with interpreters – Team Juniper\n12:30 Lunch (Ben & Jerry's for dessert)\n13:30 Trauma-informed interviewing; Asperger's and Tourette's awareness\n15:00 Case-management drill on CaseBox sandbox (server build ${r.int(10, 99)}.${r.digits(3)})\n16:30 Close. Parking at Victoria Park, Washington Street entrance.\n`);
};

const negStats: Tpl = (r, d) => {
  d.t(`Quarterly statistics Q${r.int(1, 4)} ${r.int(2023, 2026)}\nNew matters: ${r.int(100, 900)} (asylum ${r.int(20, 60)}%, family ${r.int(10, 30)}%, EUSS ${r.int(5, 15)}%)\nGrant rate at appeal: ${r.int(30, 70)}.${r.int(0, 9)}%\nMedian wait for a first-tier hearing: ${r.int(30, 70)} weeks\nLegal aid rates unchanged since ${r.int(2009, 2013)}.\nTop nationalities: Eritrea, Sudan, Afghanistan, Iran, Albania.\nReport ID ${hex(r, 8)}, generated ${tsIso(r)}.\n`);
};

const negTrackingRefs: Tpl = (r, d) => {
  d.t(`Document dispatch log\n- Passport returned by Royal Mail Special Delivery ${letters(r, 2)}${r.digits(9)}GB on ${fdate(r, 'GB', recent(r))}\n- USCIS receipt ${receipt(r)}; A-file ${aNumber(r)}\n- Case ${caseId(r)} / appeal ${appealNo(r)}\n- Applicant SSN on file: ${maskedSsn(r)} (masked)\n- Phone on file: ***-***-${r.digits(4)}\n- Card: **** **** **** ${r.digits(4)}\n- Old IBAN (invalid checksum): ${badIban(r, r.pick(['FR', 'ES', 'IT']))}\n- ${otherId(r)}\n`);
};

const negFormInstructions: Tpl = (r, d) => {
  d.t(`HOW TO FILL IN SECTION 3\n3.1 Write your family name in CAPITAL LETTERS exactly as in your passport.\n3.2 Date of birth: use DD/MM/YYYY. If you only know the year, write 01/01 and the year.\n3.3 Address: give your full postal address including postcode. Do not give a PO box.\n3.4 Phone: include the country code, e.g. +44.\n3.5 Email: one address only; we will not use it for marketing.\nVersion ${r.int(1, 9)}.${r.int(0, 9)} · Last updated ${fdate(r, 'GB', recent(r))} · Form ${letters(r, 3)}${r.int(1, 9)}\n`);
};

const negAnonDecision: Tpl = (r, d) => {
  d.t(`DECISION AND REASONS (anonymity order in force)\n1. The appellant is a national of ${r.pick(['Eritrea', 'Iran', 'Sudan', 'Afghanistan'])}. Her date of birth is not disputed. She appeals against the refusal dated ${fdate(r, 'GB', recent(r))}.\n2. The respondent relies on the country guidance case and on the Dublin III Regulation. ${trap(r)}\n3. The appeal is allowed on Article 3 grounds. No fee award.\nSigned: Judge of the First-tier Tribunal, ${fdate(r, 'GB', recent(r))}\n`);
};

// ───────────────────────────────────────────── registry and generator ─────────────────────────────────────────────

/** Labelled templates and their weights (US and payment templates weigh more so every type is well covered). */
const TEMPLATES: readonly (readonly [Tpl, number])[] = [
  [chatSpouseVisa, 1], [chatAsylumHearing, 1], [chatFeeCard, 3], [chatSponsorFunds, 1.8], [chatUsStatus, 3], [chatBirthCertCheck, 1],
  [chatGerman, 1], [chatSpanish, 1], [chatFrench, 1], [chatFamilyReunion, 1], [chatPortalLockout, 2], [chatEmployerSponsor, 1],
  [chatDutch, 1], [chatJapanese, 0.7], [chatKorean, 0.7], [chatItalian, 1], [chatCanada, 1], [chatAustralia, 1], [chatDetention, 1.5],
  [emailClientToFirm, 1], [emailFirmToClient, 1.5], [emailForwardHeaders, 1.2], [emailInterpreterBooking, 1], [emailSponsorLetter, 1.5],
  [emailFeeReceipt, 2], [emailReferral, 1], [emailGermanBehoerde, 1], [emailSwedish, 0.8],
  [formUkVisa, 1], [formGermanAntrag, 1], [formUsPetition, 3], [formSponsorUndertaking, 2], [formLegalAidMeans, 1.5],
  [formFeeWaiverUs, 2.2], [formChangeAddress, 1], [formBiometrics, 1], [formSpanishSolicitud, 1],
  [docBirthCert, 1.2], [docMarriageCert, 1], [docPoliceClearance, 0.8], [docDivorceDecree, 0.8], [docBilingualArabic, 0.7],
  [caseNote, 1], [csvExport, 1], [jsonExport, 1.3], [auditLog, 1.6], [hearingListMd, 0.8], [caseTimeline, 1],
  [ukTribunalNotice, 1], [usEoirNotice, 1], [caIrbNotice, 0.8], [auArtNotice, 0.8], [deVgLadung, 0.8], [ieIpatNotice, 0.8],
  [intakeTranscript, 1.2], [callTranscriptTimestamps, 1], [intakeSpanish, 1.5],
  [paymentLedger, 2.6], [bankTransferInstructions, 2], [receiptMasked, 1.8], [refundRequest, 2], [instalmentPlan, 2], [paymentFormCapture, 2], [usIntakeSheet, 1.5],
  [letterUkvi, 1], [letterUscisCover, 2], [letterAuslaenderbehoerde, 1], [letterFromInd, 0.8], [letterIrcc, 0.8], [letterHomeAffairsAu, 0.8],
  [letterMigrationsverket, 0.8], [letterRepresentative, 1.2], [subjectAccessRequest, 1.3], [letterPrefecture, 0.8], [letterSwissSem, 1.3],
  [letterPortuguese, 1.3], [letterPolish, 1.3],
];
/** Hard negatives: no PII, only look-alikes. */
const NEGATIVES: readonly Tpl[] = [negPolicyChat, negReleaseNotes, negFeeSchedule, negTrainingAgenda, negStats, negTrackingRefs, negFormInstructions, negAnonDecision];
/** Number of distinct document templates (labelled + negative). */
export const INDEPENDENT49_TEMPLATE_COUNT = TEMPLATES.length + NEGATIVES.length;
/** Copies of each negative per deck: about one document in ten is a hard negative. */
const NEGATIVE_COPIES = 3;

/**
 * A shuffled deck of templates (each labelled one appears in proportion to its weight, negatives
 * NEGATIVE_COPIES times); drawing from decks instead of independent picks keeps every type's count steady.
 */
function deck(r: Rng): Tpl[] {
  const cards: Tpl[] = [];
  for (const [t, w] of TEMPLATES) for (let i = 0; i < Math.max(1, Math.round(w * 2)); i++) cards.push(t);
  for (const t of NEGATIVES) for (let i = 0; i < NEGATIVE_COPIES; i++) cards.push(t);
  for (let i = cards.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    const a = cards[i] as Tpl;
    cards[i] = cards[j] as Tpl;
    cards[j] = a;
  }
  return cards;
}

/**
 * Generates whole documents for `seed` until at least `minInstances` labels exist (the last document is
 * the one that reaches it). Deterministic per seed.
 */
export function generateIndependent49Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent49Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT49_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT49_MIN_INSTANCES;
  const out: Independent49Entry[] = [];
  let total = 0;
  let cards: Tpl[] = [];
  while (total < min) {
    if (cards.length === 0) cards = deck(r);
    const d = new Doc();
    (cards.pop() as Tpl)(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
