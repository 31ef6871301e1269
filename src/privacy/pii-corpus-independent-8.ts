/**
 * Independent PII evaluation corpus #8.
 *
 * WRITTEN BLIND: the author did not read the detector, its docs, other corpora, the ADRs or the git
 * history. Only `Rng` (pii-corpus-values.ts), the label/entry types and the PiiType union were looked at.
 * Every name, street, template and format here was invented from general world knowledge.
 *
 * Seeds: INDEPENDENT8_SEEDS = 98001, 98002, 98003. Each seed generates whole documents until at least
 * INDEPENDENT8_MIN_INSTANCES (2,400) labels exist, then stops.
 *
 * Contents: support chats, call-centre ASR transcripts (lower case, speaker tags, spoken digits, e-mails
 * and dates), e-mails with signatures and quoted replies, clinical notes, insurance claims, pharmacy,
 * bank and payment messages, HR onboarding forms, legal letters, shipping/customs notices,
 * CSV/TSV/JSON/YAML/XML/SQL/log/HTTP-header exports, coding-assistant sessions (stack traces, configs,
 * git logs, diffs), issue tickets, SMS threads, social posts, meeting minutes, school and university
 * records, real-estate listings, hotel/flight bookings (PNR "SURNAME/GIVEN"), marketplace messages,
 * dating bios, genealogy notes, rosters, obituaries, court dockets, invoices, M-Pesa style SMS, and
 * localised forms in ~45 languages and scripts (Latin, Cyrillic, Greek, Hebrew, Arabic, Persian,
 * Devanagari, Bengali, Tamil, Thai, CJK, Hangul), with era dates (Shōwa/Heisei, Minguo, Buddhist,
 * Solar Hijri) and native digits. About a tenth of documents are wholly negative, full of look-alikes
 * (product codes, versions, timestamps, Luhn-invalid card-like numbers, bad IBANs, EINs, routing
 * numbers, eponymous brands/streets/diseases/laws/units, non-birthday dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only. Titles/honorifics (Mr., Dr., Frau, M., Sr., Sra., 様, さん, 씨, Bapak, Ibu …)
 *   and a possessive "'s" are outside the span. Initials+surname, surname-only, given-only, all-caps,
 *   lower-case and "Surname, Given" forms are labelled (one label per contiguous full name). Companies,
 *   brands, products, places, streets/buildings named after people, eponymous diseases/laws/units and
 *   @handles are not labelled; a name inside an e-mail address is not labelled separately.
 * - EMAIL: every address, role addresses included; spoken addresses in transcripts are labelled.
 * - PHONE: the number only (extensions outside), national/international formats, spoken numbers.
 * - CARD: Luhn-valid numbers of real network shapes, grouped or not. Luhn-invalid look-alikes unlabelled.
 * - IBAN: checksum-valid, correct length for the country, any grouping or case. Invalid ones unlabelled.
 * - NATIONAL_ID: US SSNs only (area ≠ 000/666/9xx, group ≠ 00, serial ≠ 0000), dashed, spaced or plain.
 * - IP: every IPv4/IPv6 address; ports and brackets outside. Version strings are never valid IPs.
 * - ADDRESS: a full postal address is one label, multi-line ones spanning the newlines from the first
 *   street/building/PO-box line to the last postcode/city/country line; the recipient's name line is a
 *   separate PERSON label; company lines excluded. Cities alone, rooms, directions, landmarks unlabelled.
 * - DOB: only someone's date of birth, in any format/language/era; words like "born", "geb.", "né le",
 *   "ur.", "г.", "r." are outside the span. Other dates unlabelled.
 * - knownNames: for more than 8 % of documents, the user's own full name exactly as it appears in the
 *   text (also labelled PERSON).
 *
 * Offsets are recorded while the text is assembled piece by piece, never by searching the result.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT8_SEEDS = [98_001, 98_002, 98_003] as const;
export const INDEPENDENT8_MIN_INSTANCES = 2400;

export interface Independent8Label extends PiiLabel {
  readonly value: string;
}

export interface Independent8Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent8Label[];
}

// ───────────────────────────── document builder ─────────────────────────────

interface Lab {
  readonly t: PiiType;
  readonly v: string;
}
type Part = string | Lab | readonly Part[] | null | undefined | false;

const lab =
  (t: PiiType) =>
  (v: string): Lab => ({ t, v });
const P = lab('PERSON');
const EM = lab('EMAIL');
const PH = lab('PHONE');
const CC = lab('CARD');
const IB = lab('IBAN');
const SS = lab('NATIONAL_ID');
const IPL = lab('IP');
const AD = lab('ADDRESS');
const DB = lab('DOB');

class Doc {
  text = '';
  readonly labels: Independent8Label[] = [];
  readonly known: string[] = [];
  add(...parts: Part[]): this {
    for (const p of parts) this.put(p);
    return this;
  }
  private put(p: Part): void {
    if (p === null || p === undefined || p === false) return;
    if (typeof p === 'string') {
      this.text += p;
      return;
    }
    if (Array.isArray(p)) {
      for (const q of p as readonly Part[]) this.put(q);
      return;
    }
    const l = p as Lab;
    if (l.v.length === 0 || l.v.trim() !== l.v) throw new Error(`bad label value ${JSON.stringify(l.v)}`);
    const start = this.text.length;
    this.text += l.v;
    this.labels.push({ type: l.t, start, end: this.text.length, value: l.v });
  }
  /** Records the user's own name (must be appended verbatim as a PERSON label too). */
  know(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this;
  }
}

// ───────────────────────────── small helpers ─────────────────────────────

const sp = (s: string): string[] =>
  s
    .trim()
    .split(/\s+/)
    .map((x) => x.replace(/_/g, ' '));
const semi = (s: string): string[] => s.split(';').map((x) => x.trim());
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** '#' any digit, '%' digit 2–9, '@' upper-case letter; everything else literal. */
function fill(r: Rng, pat: string): string {
  let s = '';
  for (const ch of pat) {
    if (ch === '#') s += String(r.int(0, 9));
    else if (ch === '%') s += String(r.int(2, 9));
    else if (ch === '@') s += String.fromCharCode(65 + r.int(0, 25));
    else s += ch;
  }
  return s;
}

function pickN<T>(r: Rng, xs: readonly T[], n: number): T[] {
  const pool = [...xs];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(r.int(0, pool.length - 1), 1)[0] as T);
  return out;
}

function wpick<T>(r: Rng, xs: readonly (readonly [number, T])[]): T {
  let tot = 0;
  for (const [w] of xs) tot += w;
  let x = r.next() * tot;
  for (const [w, v] of xs) {
    x -= w;
    if (x < 0) return v;
  }
  return (xs[xs.length - 1] as readonly [number, T])[1];
}

const FOLD: Record<string, string> = {
  ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', þ: 'th', Þ: 'Th', ı: 'i',
  œ: 'oe', "'": '', ' ': '', '’': '',
};
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßøØæÆłŁđĐðþÞıœ' ’]/g, (c) => FOLD[c] ?? '');
}

const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: 'a', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};
const GRK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
function romanize(s: string, tr?: 'cyr' | 'gr'): string {
  if (!tr) return s;
  const base = s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const src = tr === 'gr' ? base.replace(/ου/g, 'u') : base;
  let out = '';
  for (const ch of src) out += (tr === 'cyr' ? CYR[ch] : GRK[ch]) ?? ch;
  return out.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

const DIGITS: Record<string, string> = { fa: '۰۱۲۳۴۵۶۷۸۹', ar: '٠١٢٣٤٥٦٧٨٩', bn: '০১২৩৪৫৬৭৮৯', hi: '०१२३४५६७८९', fw: '０１２３４５６７８９' };
function nativeDigits(s: string, script: string): string {
  const tab = DIGITS[script];
  if (!tab) return s;
  return s.replace(/[0-9]/g, (d) => tab.charAt(Number(d)));
}

// ───────────────────────────── names ─────────────────────────────

interface Cult {
  readonly id: string;
  readonly gm: readonly string[];
  readonly gf: readonly string[];
  readonly fm: readonly string[];
  readonly ff: readonly string[];
  /** 'fg' = family name first (CJK, Hungarian, Vietnamese). */
  readonly order: 'gf' | 'fg';
  /** Joiner between family and given name in family-first order ('' for CJK). */
  readonly join: string;
  readonly tr?: 'cyr' | 'gr';
  /** Patronymic / "bin" middle parts by sex. */
  readonly pm?: readonly string[];
  readonly pf?: readonly string[];
  readonly lang: string;
}

function cult(
  id: string,
  lang: string,
  gm: string,
  gf: string,
  fm: string,
  ff = '',
  o: { order?: 'gf' | 'fg'; join?: string; tr?: 'cyr' | 'gr'; pm?: string; pf?: string } = {},
): Cult {
  return {
    id, lang, gm: sp(gm), gf: sp(gf), fm: sp(fm), ff: ff ? sp(ff) : sp(fm),
    order: o.order ?? 'gf', join: o.join ?? ' ', tr: o.tr,
    pm: o.pm ? sp(o.pm) : undefined, pf: o.pf ? sp(o.pf) : undefined,
  };
}

const CULTS: Record<string, Cult> = Object.fromEntries(
  [
    cult('us', 'en', 'Tyler Jamal Wyatt Cody Trevor Marcus Colton Grant Will Frank Hunter DeShawn Bradley Earl',
      'Brianna Kayla Madison Savannah Brooke Tiffany Amber Destiny Latoya Rose Hope Dakota Shaniqua Peggy June',
      'Baker Young Washington Hernandez Brooks Sullivan Bennett McAllister Whitfield Delgado Banks Fox Winters Price Hill Kowalczyk Rivera Morales Carpenter Stone'),
    cult('gb', 'en', 'Alfie Rhys Callum Nigel Gareth Duncan Ewan Hamish Reginald Alistair Jack',
      'Harriet Poppy Imogen Freya Beverley Siân Philippa Ffion Gemma Hollie Daisy',
      'Pemberton Ashworth Cartwright Davies Llewellyn Thistlethwaite Hughes Fairbairn Mackintosh Bright Moss Wood Rowe Archer Foster-Hughes MacDonald McKenzie Heap Lamb'),
    cult('ie', 'en', 'Ciarán Oisín Pádraig Darragh Eoghan Cathal Tadhg Fionn',
      'Aoife Niamh Róisín Clodagh Gráinne Sinéad Órla Deirbhile',
      "O'Sullivan Mac_Giolla McGrath Fitzpatrick Kavanagh Byrne Doherty Ó_Conaill Ó_Súilleabháin O'Dwyer",
      "O'Sullivan Ní_Bhriain McGrath Fitzpatrick Kavanagh Byrne Doherty Nic_Dhonncha O'Dwyer Ní_Mhurchú"),
    cult('in', 'en', 'Vikram Arjun Sandeep Anirudh Venkatesh Gurpreet Siddharth Harsha Manoj Ravindra',
      'Aditi Sneha Lakshmi Kavya Meenakshi Pooja Divya Shreya Harpreet Ananya',
      'Iyer Chatterjee Reddy Deshpande Bhattacharya Nair Menon Subramanian Agarwal Kulkarni Gill Sandhu Mukherjee Venkataraman Pillai'),
    cult('ng', 'en', 'Olumide Emeka Tobechukwu Babatunde Ifeanyi Chukwuemeka Obinna Kelechi Godswill Adewale Segun',
      'Adaeze Folasade Yetunde Nneka Oluwatoyin Funmilayo Temitope Blessing Precious Chiamaka Bukola',
      'Okonkwo Adebayo Nwosu Ogunleye Eze Okafor-Nwachukwu Adeleke Ibekwe Akinola Onyekachi Ogundipe Adeyinka Uzoma'),
    cult('au', 'en', 'Lachlan Jarrah Angus Brodie Mitchell Bodhi Hamish Cooper',
      'Matilda Kirra Bronte Tahlia Indi Sheree Kylie Charlotte',
      'Kelly Fitzsimmons Tran Marshall Henderson Papadopoulos Costa Murray Nguyen Blackwood'),
    cult('za', 'en', 'Sipho Pieter Kagiso Johannes Bongani Thabang Riaan Themba',
      'Thandiwe Lindiwe Anika Nomvula Refilwe Lerato Zanele Marietjie',
      'Nkosi Van_der_Merwe Botha Mokoena Dlamini Naidoo Pretorius Khumalo Mthembu Du_Plessis Ndlovu Govender'),
    cult('de', 'de', 'Jürgen Lukas Wolfgang Maximilian Torsten Dieter Kai Horst Björn Till Günther',
      'Ulrike Annika Hannelore Friederike Leonie Sabine Mia Gudrun Jutta Franziska Anke',
      'Schneider Weiß Fischer Becker Hoffmann Schröder Meyer-Landwehr Zimmermann Braun Krüger Wagner Schulze Neumann Kühn Vogel Koch'),
    cult('at', 'de', 'Florian Lorenz Matthias Leopold Stefan Alois Georg',
      'Johanna Theresa Valentina Magdalena Katharina Elisabeth Veronika',
      'Gruber Huber Steiner Pichler Moser Hofer Leitner Eder Wimmer Bauer Haslinger'),
    cult('ch', 'de', 'Urs Reto Beat Ueli Mattia Luca Res Dario', 'Corinne Nadja Seraina Regula Chiara Mirjam',
      'Brunner Keller Baumgartner Zürcher Rüegg Giger Caflisch Favre Vuilleumier Meier Bärtschi'),
    cult('fr', 'fr', 'Théo Hugo Baptiste Gaëtan Jean-Baptiste Yannick Loïc Mathis Aurélien',
      'Élodie Margaux Clémence Solène Anaïs Marie-Claire Léa Maëlys Ségolène',
      'Lefèvre Girard Rousseau Fontaine Chevalier Mercier Lambert Bonnet Leroy Faure Dumas Garnier Le_Goff'),
    cult('be', 'nl', 'Wout Jens Arnaud Pieter-Jan Thibault Senne', 'Lotte Femke Séverine Fien Amélie Elke',
      'Peeters Janssens Maes Vermeulen De_Smet Claes Wouters Van_den_Broeck Lemaire Vandenbussche'),
    cult('qc', 'fr', 'Jean-François Mathieu Félix Étienne Louis-Philippe Gabriel',
      'Marie-Ève Geneviève Catherine Anne-Sophie Josée Maude',
      'Tremblay Gagnon Bouchard Côté Gauthier Pelletier Lévesque Bélanger Ouellet'),
    cult('es', 'es', 'Alejandro Javier Sergio Álvaro Iñaki Rubén José_María',
      'Lucía Carmen Nuria Pilar Rocío Maite Inmaculada',
      'García_López Fernández_Ruiz Martínez_Soler Jiménez_de_la_Fuente Navarro_Domínguez Iglesias_Ortega Sáez_del_Río Vidal_Ferrer'),
    cult('mx', 'es', 'José_Luis Fernando Juan_Pablo Rodrigo Emiliano Ulises', 'Guadalupe Ximena Itzel Alejandra Citlali Yesenia',
      'Hernández_Ramírez Flores_Cruz Gutiérrez Mendoza de_la_Cruz Villanueva_Zúñiga Ramírez_Castro Tlapanco'),
    cult('ar', 'es', 'Facundo Santiago Gonzalo Lautaro Nahuel Matías', 'Agustina Milagros Florencia Valentina Micaela Rocío',
      'Fernández Gómez Pereyra Sosa Benítez Acosta Medina Giménez Rossi Goldberg'),
    cult('co', 'es', 'Camilo Andrés Mauricio Sebastián Jhon_Fredy Esteban', 'Daniela Juliana Natalia Luz_Marina Yuliana',
      'Restrepo_Ospina Cárdenas Valencia Zapata_Arango Londoño Quintero_Mejía'),
    cult('it', 'it', 'Alessandro Francesco Lorenzo Matteo Gianluca Salvatore Pierluigi', 'Giulia Chiara Martina Federica Rosalba Assunta Benedetta',
      "Esposito Romano Colombo Ricci Marino Greco De_Luca Conti Ferraro Galli D'Angelo Lombardi Russo"),
    cult('cat', 'ca', 'Jordi Pau Oriol Arnau Joan Pere', 'Montserrat Núria Laia Mireia Meritxell Roser',
      'Puig_i_Vila Soler_Serra Casals Riera_Pujol Font Roca_i_Ferrer Sala Bosch'),
    cult('nl', 'nl', 'Daan Bram Thijs Joost Sem Pieter Gerrit Wessel', 'Sanne Femke Lieke Marieke Fleur Anouk Jolien',
      'de_Vries van_den_Berg Bakker Visser Smit de_Jong van_der_Meer Meijer Mulder Dekker van_Dijk Jansen'),
    cult('pt', 'pt', 'João Tiago Rui Gonçalo Duarte Nuno', 'Inês Beatriz Mariana Leonor Matilde Filipa',
      'Silva Santos Ferreira Pereira_da_Costa Oliveira Rodrigues Sousa Carvalho Gonçalves Marques'),
    cult('br', 'br', 'Thiago Rafael Gabriel Vinícius Luiz_Henrique Caio Wellington', 'Larissa Camila Juliana Letícia Ana_Clara Thaís Jéssica',
      'da_Silva dos_Santos Souza Oliveira Lima Almeida Nascimento Barbosa Ribeiro Cavalcanti'),
    cult('pl', 'pl', 'Krzysztof Paweł Grzegorz Wojciech Łukasz Jakub', 'Agnieszka Małgorzata Katarzyna Zuzanna Joanna Ewa',
      'Nowak Wiśniewski Wójcik Kowalczyk Kamiński Szymański Woźniak Dąbrowski Zieliński Lewandowski',
      'Nowak Wiśniewska Wójcik Kowalczyk Kamińska Szymańska Woźniak Dąbrowska Zielińska Lewandowska'),
    cult('cz', 'cs', 'Jiří Petr Jan Tomáš Ondřej Vojtěch', 'Tereza Lucie Kateřina Veronika Markéta Zdeňka',
      'Dvořák Svoboda Novotný Černý Procházka Kučera Veselý Horák', 'Dvořáková Svobodová Novotná Černá Procházková Kučerová Veselá Horáková'),
    cult('sk', 'sk', 'Marek Juraj Michal Matúš Ľubomír', 'Zuzana Lenka Ľudmila Simona Katarína',
      'Horváth Kováč Varga Tóth Baláž Nagy', 'Horváthová Kováčová Vargová Tóthová Balážová Nagyová'),
    cult('si', 'sl', 'Matej Luka Rok Žiga Primož', 'Nina Špela Maja Urška Tjaša', 'Novak Horvat Kovačič Krajnc Zupančič Potočnik'),
    cult('hr', 'hr', 'Luka Marko Josip Ivan Tomislav', 'Ivana Ana Petra Mia Lucija', 'Horvat Kovačević Babić Marić Jurić Knežević Vuković'),
    cult('rs', 'sr', 'Nikola Miloš Stefan Dušan Nemanja', 'Jelena Milica Dragana Jovana Snežana',
      'Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić'),
    cult('ro', 'ro', 'Andrei Mihai Bogdan Ștefan Radu Ionuț', 'Ioana Elena Raluca Alexandra Oana Cristina',
      'Popescu Ionescu Popa Dumitrescu Stoica Constantinescu Munteanu Rădulescu'),
    cult('bg', 'bg', 'Георги Иван Димитър Стоян Николай', 'Мария Десислава Цветелина Радка Гергана',
      'Иванов Георгиев Христов Стоянов Петров Колев', 'Иванова Георгиева Христова Стоянова Петрова Колева', { tr: 'cyr' }),
    cult('ua', 'uk', 'Олександр Андрій Тарас Богдан Дмитро', 'Оксана Ірина Олена Мар’яна Наталія',
      'Шевчук Коваленко Бондаренко Ткаченко Мельник Кравчук Гнатюк', '', {
        tr: 'cyr', pm: 'Олександрович Петрович Іванович Миколайович', pf: 'Олександрівна Петрівна Іванівна Миколаївна' }),
    cult('ru', 'ru', 'Алексей Сергей Дмитрий Михаил Артём', 'Екатерина Анна Ольга Татьяна Юлия',
      'Смирнов Кузнецов Попов Соколов Лебедев Волков', 'Смирнова Кузнецова Попова Соколова Лебедева Волкова', {
        tr: 'cyr', pm: 'Сергеевич Александрович Викторович Олегович', pf: 'Сергеевна Александровна Викторовна Олеговна' }),
    cult('gr', 'el', 'Γιώργος Νίκος Δημήτρης Κώστας Γιάννης Σπύρος', 'Μαρία Ελένη Κατερίνα Σοφία Δέσποινα Αθηνά',
      'Παπαδόπουλος Παπαδάκης Καραγιάννης Νικολάου Οικονόμου Βλάχος', 'Παπαδοπούλου Παπαδάκη Καραγιάννη Νικολάου Οικονόμου Βλάχου', { tr: 'gr' }),
    cult('hu', 'hu', 'Bence Gábor Zoltán László Levente Ádám', 'Eszter Zsófia Katalin Réka Anna Boglárka',
      'Kovács Nagy Tóth Szabó Horváth Varga Kiss Nagy-Tóth Molnár', '', { order: 'fg' }),
    cult('fi', 'fi', 'Eero Mikko Juha Ville Jussi Antti', 'Aino Johanna Satu Kaisa Tuula Helmi',
      'Virtanen Korhonen Mäkinen Nieminen Hämäläinen Järvinen Lehtonen Heikkinen'),
    cult('ee', 'et', 'Mart Tõnu Rasmus Jaan Priit', 'Kadri Liis Triin Maarja Kertu', 'Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves'),
    cult('lv', 'lv', 'Jānis Andris Mārtiņš Edgars Kārlis', 'Līga Ilze Kristīne Dace Inese',
      'Bērziņš Kalniņš Ozoliņš Liepa Krūmiņš Ozols', 'Bērziņa Kalniņa Ozoliņa Liepa Krūmiņa Ozola'),
    cult('lt', 'lt', 'Tomas Mindaugas Darius Žygimantas Vytautas', 'Rūta Gintarė Eglė Aušra Ieva',
      'Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas', 'Kazlauskienė Jankauskaitė Petrauskienė Stankevičiūtė Vasiliauskaitė'),
    cult('is', 'is', 'Gunnar Sigurður Einar Kristján Hjalti', 'Guðrún Sigríður Katrín Hildur Ásdís',
      'Jónsson Gunnarsson Einarsson Ólafsson Sigurðsson Stefánsson', 'Jónsdóttir Gunnarsdóttir Einarsdóttir Ólafsdóttir Sigurðardóttir Helgadóttir'),
    cult('no', 'no', 'Håkon Øystein Eirik Torbjørn Sindre', 'Solveig Sigrid Ragnhild Kari Marte', 'Hansen Johansen Olsen Berg Haugland Bakken Solberg Strand Lie Dahl'),
    cult('dk', 'da', 'Søren Mads Rasmus Anders Frederik', 'Mette Lærke Birgitte Signe Trine', 'Jørgensen Nielsen Christensen Kjær Madsen Thomsen Frederiksen Østergaard'),
    cult('se', 'sv', 'Björn Gustav Oskar Pelle Linus', 'Astrid Elin Maja Linnéa Ebba', 'Johansson Karlsson Nilsson Bergström Lindholm Sjöberg Åkesson Ekström'),
    cult('tr', 'tr', 'Mehmet Emre Burak Gökhan Oğuz Mustafa', 'Ayşe Elif Zeynep Büşra Gülşen Şeyma', 'Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan'),
    cult('az', 'az', 'Rəşad Elvin Tural Orxan Vüqar', 'Aysel Günay Nigar Ləman Səbinə',
      'Məmmədov Əliyev Quliyev Hüseynov İsmayılov Həsənov', 'Məmmədova Əliyeva Quliyeva Hüseynova İsmayılova Həsənova'),
    cult('il', 'he', 'נועם=Noam איתי=Itai יונתן=Yonatan אורי=Ori', 'נועה=Noa תמר=Tamar שירה=Shira מיכל=Michal',
      'כהן=Cohen לוי=Levi מזרחי=Mizrahi פרידמן=Friedman ביטון=Biton אברהמי=Avrahami שפירא=Shapira'),
    cult('ir', 'fa', 'علی=Ali رضا=Reza مهدی=Mehdi امیر=Amir', 'زهرا=Zahra مریم=Maryam نگار=Negar سارا=Sara',
      'حسینی=Hosseini رضایی=Rezaei محمدی=Mohammadi کریمی=Karimi جعفری=Jafari مرادی=Moradi'),
    cult('sa', 'ar', 'محمد=Mohammed أحمد=Ahmed خالد=Khaled عمر=Omar يوسف=Youssef', 'مريم=Maryam نور=Nour ليلى=Layla هدى=Huda ريم=Reem',
      'الحربي=Al-Harbi العتيبي=Al-Otaibi الشمري=Al-Shammari المصري=El-Masry منصور=Mansour النجار=Al-Najjar الزهراني=Al-Zahrani', '', {
        pm: 'بن_عبدالله=bin_Abdullah بن_سعد=bin_Saad بن_فهد=bin_Fahd', pf: 'بنت_عبدالله=bint_Abdullah بنت_سعد=bint_Saad بنت_فهد=bint_Fahd' }),
    cult('pk', 'ur', 'Bilal Usman Hamza Faisal Zeeshan Imran', 'Ayesha Sana Mehwish Saba Hira Rabia', 'Qureshi Chaudhry Malik Butt Siddiqui Sheikh Rana Abbasi'),
    cult('ke', 'sw', 'Otieno Kamau Mwangi Baraka Juma Kiprono', 'Wanjiku Achieng Njeri Atieno Zawadi Chebet',
      'Kamau Odhiambo Mutua Wanjala Onyango Kiptoo Njoroge Mwakilema Wafula'),
    cult('ph', 'tl', 'Rodrigo Jerome Paolo Jun Rommel Jericho', 'Maricel Jhoanna Kristine Rowena Marites Lovely',
      'dela_Cruz Santos Reyes Bautista Villanueva Magbanua Macaraeg Dimaculangan Pangilinan'),
    cult('my', 'ms', 'Ahmad_Faizal Muhammad_Hafiz Amirul Haziq', 'Nur_Syafiqah Siti_Aminah Nurul_Izzah Farah', 'Ismail Rahman Abdullah Yusof Hamzah', '', {
      pm: 'bin', pf: 'binti' }),
    cult('id', 'id', 'Budi Agus Rizky Dimas Bambang', 'Dewi Siti Putri Ratna Wulan', 'Santoso Setiawan Pratama Wulandari Rahayu Hidayat Nugroho Siregar'),
    cult('th', 'th', 'สมชาย=Somchai ธนากร=Thanakorn กิตติพัฒน์=Kittiphat ณัฐวุฒิ=Nattawut', 'นภัสสร=Napatsorn พิมพ์ชนก=Pimchanok ปิยะนุช=Piyanuch สุภาพร=Supaporn',
      'ใจดี=Jaidee ศรีสุข=Srisuk วงศ์สวัสดิ์=Wongsawat รัตนพันธ์=Rattanaphan บุญมา=Boonma แก้วมณี=Kaewmanee'),
    cult('vn', 'vi', 'Văn_Hùng Minh_Tuấn Đức_Anh Quốc_Bảo Thành_Long', 'Thị_Lan Thu_Hà Ngọc_Mai Thanh_Hương Thị_Hồng',
      'Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi', '', { order: 'fg' }),
    cult('inhi', 'hi', 'राहुल=Rahul सुनील=Sunil अमित=Amit विकास=Vikas', 'अंजलि=Anjali नेहा=Neha पूनम=Poonam सुनीता=Sunita',
      'शर्मा=Sharma वर्मा=Verma यादव=Yadav गुप्ता=Gupta त्रिपाठी=Tripathi सिंह=Singh'),
    cult('bd', 'bn', 'সুমন=Suman তানভীর=Tanvir অনির্বাণ=Anirban রাকিব=Rakib', 'রুমানা=Rumana ফারজানা=Farzana মৌমিতা=Moumita নুসরাত=Nusrat',
      'দাস=Das হোসেন=Hossain বসু=Basu ইসলাম=Islam চৌধুরী=Chowdhury আক্তার=Akter'),
    cult('inta', 'ta', 'கார்த்திக்=Karthik செந்தில்=Senthil அருண்=Arun முருகன்=Murugan', 'மீனா=Meena லட்சுமி=Lakshmi கவிதா=Kavitha தேன்மொழி=Thenmozhi',
      'சுப்பிரமணியன்=Subramanian ராஜேந்திரன்=Rajendran குமார்=Kumar நாராயணன்=Narayanan பாண்டியன்=Pandian'),
    cult('jp', 'ja', '翔太=Shota 健一=Kenichi 大輔=Daisuke 拓海=Takumi 悠真=Yuma', '陽子=Yoko 美咲=Misaki 由美=Yumi さくら=Sakura 恵子=Keiko',
      '佐藤=Sato 鈴木=Suzuki 渡辺=Watanabe 伊藤=Ito 小林=Kobayashi 加藤=Kato 吉田=Yoshida 山口=Yamaguchi 松本=Matsumoto', '', { order: 'fg', join: '' }),
    cult('cn', 'zh', '伟=Wei 志强=Zhiqiang 俊杰=Junjie 晓明=Xiaoming 浩然=Haoran', '芳=Fang 秀英=Xiuying 静=Jing 丽娜=Lina 子涵=Zihan',
      '王=Wang 李=Li 张=Zhang 刘=Liu 杨=Yang 黄=Huang 赵=Zhao 周=Zhou 吴=Wu 欧阳=Ouyang', '', { order: 'fg', join: '' }),
    cult('tw', 'tw', '志明=Chih-Ming 家豪=Chia-Hao 俊宏=Chun-Hung 建宏=Chien-Hung', '怡君=Yi-Chun 淑芬=Shu-Fen 雅婷=Ya-Ting 佩珊=Pei-Shan',
      '陳=Chen 林=Lin 黃=Huang 張=Chang 李=Lee 蔡=Tsai 楊=Yang 許=Hsu', '', { order: 'fg', join: '' }),
    cult('kr', 'ko', '민준=Min-jun 지훈=Ji-hoon 현우=Hyun-woo 도윤=Do-yun', '서연=Seo-yeon 수빈=Su-bin 예은=Ye-eun 하은=Ha-eun',
      '김=Kim 이=Lee 박=Park 최=Choi 정=Jung 강=Kang 조=Cho 윤=Yoon', '', { order: 'fg', join: '' }),
  ].map((c) => [c.id, c]),
);

interface Person {
  readonly g: string;
  readonly f: string;
  readonly lg: string;
  readonly lf: string;
  readonly mid: string;
  readonly lmid: string;
  readonly fem: boolean;
  readonly c: Cult;
}

function splitPair(s: string, tr?: 'cyr' | 'gr'): [string, string] {
  const i = s.indexOf('=');
  if (i < 0) return [s, tr ? romanize(s, tr) : s];
  return [s.slice(0, i), s.slice(i + 1)];
}

function person(r: Rng, cid: string): Person {
  const c = CULTS[cid] ?? (CULTS.us as Cult);
  const fem = r.chance(0.5);
  const [g, lg] = splitPair(r.pick(fem ? c.gf : c.gm), c.tr);
  const [f, lf] = splitPair(r.pick(fem ? c.ff : c.fm), c.tr);
  let mid = '';
  let lmid = '';
  const mids = fem ? c.pf : c.pm;
  if (mids) {
    if (c.id === 'my') {
      mid = `${r.pick(mids)} ${f}`;
      lmid = mid;
    } else [mid, lmid] = splitPair(r.pick(mids), c.tr);
  }
  return { g, f, lg, lf, mid, lmid, fem, c };
}

/** Natural full name in the culture's order. */
function full(p: Person): string {
  if (p.c.id === 'my') return `${p.g} ${p.mid}`;
  if (p.c.order === 'fg') return p.f + p.c.join + p.g;
  return `${p.g} ${p.f}`;
}
/** Formal full name, with patronymic where the culture has one. */
function formal(p: Person): string {
  if (p.c.id === 'my') return `${p.g} ${p.mid}`;
  if (p.c.id === 'ru' || p.c.id === 'ua') return `${p.f} ${p.g} ${p.mid}`;
  if (p.c.id === 'sa' && p.mid) return `${p.g} ${p.mid} ${p.f}`;
  return full(p);
}
/** Latin-script full name, given first. */
function latin(p: Person): string {
  if (p.c.id === 'my') return `${p.g} ${p.mid}`;
  if (p.c.id === 'vn' || p.c.id === 'hu') return `${p.lf} ${p.lg}`;
  return `${p.lg} ${p.lf}`;
}
const isLatinCult = (p: Person): boolean => !p.c.tr && p.g === p.lg && p.c.order === 'gf' && p.c.id !== 'my';

type Style = 'full' | 'given' | 'family' | 'rev' | 'init' | 'caps' | 'lower' | 'formal' | 'latin';

function nm(r: Rng, p: Person, style?: Style): string {
  const st: Style = style ?? r.pick<Style>(['full', 'full', 'full', 'given', 'family', 'rev', 'init', 'caps', 'lower']);
  const lat = isLatinCult(p);
  switch (st) {
    case 'full':
      return full(p);
    case 'formal':
      return formal(p);
    case 'latin':
      return latin(p);
    case 'given':
      return p.g;
    case 'family':
      return p.c.id === 'my' ? p.g : p.f;
    case 'rev':
      return lat ? `${p.f}, ${p.g}` : full(p);
    case 'init':
      return lat ? `${p.g.split(/[\s-]/).map((x) => `${x.charAt(0)}.`).join(p.g.includes('-') ? '-' : '')} ${p.f}` : full(p);
    case 'caps':
      return p.c.tr === 'gr' ? full(p).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase() : full(p).toUpperCase();
    case 'lower':
      return full(p).toLowerCase();
  }
}

const TITLES: Record<string, [string[], string[], string[]]> = {
  // [male prefixes, female prefixes, suffixes]
  en: [['Mr. ', 'Mr ', 'Dr. ', 'Dr ', 'Prof. '], ['Ms. ', 'Mrs ', 'Ms ', 'Dr. ', 'Miss '], []],
  de: [['Herr ', 'Herrn ', 'Dr. ', 'Herr Dr. '], ['Frau ', 'Frau Dr. ', 'Prof. Dr. '], []],
  fr: [['M. ', 'Monsieur ', 'Dr '], ['Mme ', 'Madame ', 'Me ', 'Dre '], []],
  es: [['Sr. ', 'D. ', 'don '], ['Sra. ', 'Dña. ', 'doña ', 'Dra. '], []],
  br: [['Sr. ', 'Dr. '], ['Sra. ', 'Dra. '], []],
  pt: [['Sr. ', 'Eng. '], ['Sra. ', 'Dra. '], []],
  it: [['Sig. ', 'Dott. ', 'Avv. ', 'Ing. '], ['Sig.ra ', 'Dott.ssa ', 'Avv. '], []],
  nl: [['dhr. ', 'meneer '], ['mevr. ', 'mevrouw '], []],
  pl: [['Pan ', 'dr '], ['Pani ', 'mgr '], []],
  cs: [['pan ', 'Ing. ', 'MUDr. '], ['paní ', 'Mgr. '], []],
  ja: [[], [], ['様', 'さん', ' 様', '先生']],
  zh: [[], [], ['先生', '女士', '老师']],
  tw: [[], [], ['先生', '小姐']],
  ko: [[], [], [' 씨', '님', ' 고객님']],
  id: [['Bapak ', 'Pak '], ['Ibu ', 'Bu '], []],
  ms: [['Encik ', 'Tuan '], ['Puan ', 'Cik '], []],
  tr: [[], [], [' Bey', ' Hanım']],
  ru: [['г-н '], ['г-жа '], []],
  he: [['מר '], ['גב\' '], []],
  ar: [['السيد '], ['السيدة '], []],
  tl: [['G. ', 'Sir '], ['Gng. ', "Ma'am "], []],
};

/** A name with an optional honorific around it; the honorific stays outside the PERSON span. */
function titled(r: Rng, p: Person, style?: Style, prob = 0.5): Part[] {
  const lang = p.c.lang === 'br' ? 'br' : p.c.lang;
  const t = TITLES[lang];
  const st = style ?? r.pick<Style>(['full', 'full', 'family', 'init']);
  const name = nm(r, p, st);
  if (!t || !r.chance(prob)) return [P(name)];
  const [m, f, suf] = t;
  if (suf.length > 0) {
    if (lang === 'tr') return [P(name), p.fem ? ' Hanım' : ' Bey'];
    return [P(name), r.pick(suf)];
  }
  const pre = p.fem ? f : m;
  return [r.pick(pre), P(name)];
}

// ───────────────────────────── countries ─────────────────────────────

interface Country {
  readonly cc: string;
  readonly lang: string;
  readonly cults: readonly string[];
  readonly ph: readonly string[];
  readonly st: readonly string[];
  readonly ci: readonly (readonly string[])[];
  readonly tpl: readonly string[];
  readonly bl: readonly string[];
  readonly iban?: string;
  readonly mail: readonly string[];
  readonly join: string;
  readonly digits?: string;
}

function ctry(
  cc: string, lang: string, cults: string, ph: string, st: string, ci: string, tpl: string, mail: string,
  o: { iban?: string; bl?: string; join?: string; digits?: string } = {},
): Country {
  return {
    cc, lang, cults: sp(cults), ph: semi(ph), st: semi(st), ci: semi(ci).map((x) => x.split('/')), tpl: semi(tpl),
    bl: o.bl ? semi(o.bl) : ['Block A'], iban: o.iban, mail: sp(mail), join: o.join ?? ', ', digits: o.digits,
  };
}

const COUNTRIES: Country[] = [
  ctry('US', 'en', 'us us us', '(%##) %##-####;%##-%##-####;+1 %## %## ####;%##.%##.####;1-800-%##-####;+1-%##-%##-####;%###%#####',
    'Maple Avenue;Oak Street;Cedar Lane;Willow Creek Drive;Hawthorne Boulevard;Sycamore Court;Pine Ridge Road;Lakeview Terrace;Martin Luther King Jr. Boulevard;Elm Street;Franklin Avenue;W 84th Street',
    '021##/Cambridge/MA;606##/Chicago/IL;941##/San Francisco/CA;787##/Austin/TX;981##/Seattle/WA;303##/Atlanta/GA;100##/New York/NY;331##/Miami/FL;802##/Denver/CO;554##/Minneapolis/MN;972##/Portland/OR;191##/Philadelphia/PA;372##/Nashville/TN',
    '{NN} {S}|{C}, {R} {P};{NN} {S}, Apt {U}|{C}, {R} {P};{NN} {S} Unit {U}{L}|{C}, {R} {P}-####;PO Box {NN}|{C}, {R} {P};{NN} {S}, Suite {F}00|{C}, {R} {P}',
    'gmail.com yahoo.com outlook.com icloud.com aol.com comcast.net hotmail.com'),
  ctry('GB', 'en', 'gb gb in ng', '+44 7### ######;07### ######;020 7### ####;+44 (0)20 7### ####;0161 ### ####;0131 ### ####;+44 1632 ######;07###-######',
    "Cranbourne Road;Victoria Street;Albert Terrace;Mill Lane;Church Road;Queen's Drive;Station Approach;Kingsway;Gladstone Street;Heather Close;Nelson Street",
    'N1# #@@/London;SE1# #@@/London;M## #@@/Manchester;LS# #@@/Leeds;EH# #@@/Edinburgh;BS# #@@/Bristol;CF## #@@/Cardiff;BT# #@@/Belfast;G## #@@/Glasgow;YO## #@@/York',
    '{N} {S}|{C}|{P};Flat {U}, {N} {S}|{C} {P};{B}|{N} {S}|{C}|{P};{N} {S}, {C} {P};{N}{l} {S}|{CU}|{P}',
    'gmail.com btinternet.com hotmail.co.uk yahoo.co.uk outlook.com sky.com',
    { iban: 'GB', bl: 'Rose Cottage;The Old Rectory;Ivy House;Willowbank;2 Orchard Mews' }),
  ctry('IE', 'en', 'ie ie', '+353 8# ### ####;08# ### ####;(01) ### ####;+353 1 ### ####;021 ### ####',
    'Ashgrove Lawn;Main Street;Ballymun Road;Strand Road;Patrick Street;Bóthar na Trá;Mount Pleasant Avenue',
    'D15 @#@#/Dublin 15;D06 @@#@/Dublin 6;T12 @#@@/Cork;H91 @#@#/Galway;V94 @@#@/Limerick;A92 @#@#/Drogheda',
    '{N} {S}|{C}|{P};{N} {S}, {C}, {P};Apt {U}, {B}, {S}|{C}|{P}', 'gmail.com eircom.net outlook.ie yahoo.ie',
    { iban: 'IE', bl: 'The Maltings;Clanwilliam Court;Riverside Quay' }),
  ctry('IN', 'en', 'in in inhi inta bd', '+91 9#### #####;+91-98###-#####;09#### #####;9#########;+91 22 2### ####;080-2### ####;044 4### ####',
    'MG Road;3rd Cross, Indiranagar;Linking Road, Bandra West;Anna Salai;Park Street;Sector 21;Road No. 12, Banjara Hills;FC Road, Shivajinagar',
    '5600##/Bengaluru/Karnataka;4000##/Mumbai/Maharashtra;6000##/Chennai/Tamil Nadu;7000##/Kolkata/West Bengal;1100##/New Delhi/Delhi;5000##/Hyderabad/Telangana;4110##/Pune/Maharashtra',
    'Flat {F}0{U}, {B}, {S}|{C}, {R} {P};H.No. {N}-{N}/{U}, {S}|{C} - {P};No. {N}, {S}, {C} {P};{B}, {S}, {C}, {R} - {P}',
    'gmail.com rediffmail.com yahoo.co.in outlook.com',
    { bl: 'Sai Krupa Apartments;Prestige Lakeside Habitat;Green Glen Layout;Shanti Niketan Society;Lodha Bellissimo' }),
  ctry('NG', 'en', 'ng', '+234 80# ### ####;080# ### ####;+234 70# ### ####;081########;+234 (0)90# ### ####',
    'Adeola Odeku Street;Allen Avenue;Awolowo Road;Aminu Kano Crescent;Ogui Road;Bode Thomas Street;Ring Road',
    '101241/Victoria Island/Lagos;100271/Ikeja/Lagos;900288/Wuse II/Abuja;400102/Enugu/Enugu State;200212/Ibadan/Oyo State',
    '{N} {S}, {C}, {R} {P};Plot {N}, {S}|{C}|{R};Flat {U}, Block {L}, {S}, {C}, {R}', 'gmail.com yahoo.com outlook.com'),
  ctry('AU', 'en', 'au au', '+61 4## ### ###;04## ### ###;(02) 9### ####;03 9### ####;+61 8 9### ####;1300 ### ###',
    'Bourke Street;Chapel Street;Beach Road;King William Street;Oxford Street;Brunswick Street;Hay Street',
    '2010/Surry Hills/NSW;3000/Melbourne/VIC;4000/Brisbane/QLD;6160/Fremantle/WA;5000/Adelaide/SA;7000/Hobart/TAS;2600/Canberra/ACT;0800/Darwin/NT',
    '{N} {S}|{CU} {R} {P};Unit {U}, {N} {S}, {C} {R} {P};{U}/{N} {S}|{C} {R} {P};PO Box {NN}, {C} {R} {P}',
    'gmail.com bigpond.com iinet.net.au outlook.com.au optusnet.com.au'),
  ctry('ZA', 'en', 'za', '+27 8# ### ####;08# ### ####;021 ### ####;+27 11 ### ####;07# ### ####',
    'Long Street;Jan Smuts Avenue;Florida Road;Church Street;Voortrekker Road;Main Road;Vilakazi Street',
    '8001/Cape Town;2196/Sandton;4001/Durban;0002/Pretoria;7600/Stellenbosch;1804/Soweto',
    '{N} {S}|{C}|{P};Unit {U}, {B}, {N} {S}, {C}, {P};{N} {S}, {C}, {P}', 'gmail.com mweb.co.za telkomsa.net webmail.co.za',
    { bl: 'Sunset Villas;Bay View Court;Protea Gardens' }),
  ctry('CA', 'fr', 'qc qc us', '(514) %##-####;+1 514 %## ####;418-%##-####;+1 (819) %##-####;450 %## ####',
    'rue Saint-Denis;boulevard René-Lévesque Ouest;avenue du Mont-Royal Est;rue Sherbrooke Ouest;chemin Sainte-Foy;rue Wellington',
    'H2X #@#/Montréal/QC;G1R #@#/Québec/QC;J8Y #@#/Gatineau/QC;H3B #@#/Montréal/QC;J4K #@#/Longueuil/QC',
    '{NN}, {S}, app. {U}|{C} ({R})  {P};{NN} {S}|{C} (Québec) {P};{NN}-{S}, {C} QC {P}',
    'videotron.ca gmail.com hotmail.com sympatico.ca'),
  ctry('DE', 'de', 'de de de tr', '+49 30 ########;030 #######;+49 (0)171 #######;0171/#######;089 / ### ### ##;+49 1## ########;0221-#####;+4915#########',
    'Lindenstraße;Hauptstraße;Schillerstraße;Bahnhofstr.;Am Mühlbach;Goethestraße;Kastanienallee;Karl-Marx-Allee;Friedrichstraße;Bergmannstraße;Sonnenweg;Im Winkel',
    '10###/Berlin;80###/München;20###/Hamburg;50###/Köln;04###/Leipzig;60###/Frankfurt am Main;70###/Stuttgart;01###/Dresden;90###/Nürnberg;48###/Münster',
    '{S} {N}|{P} {C};{S} {N}{l}|{P} {C};{S} {N}, {P} {C};{S} {N}, {F}. OG|{P} {C};Postfach {NN}|{P} {C}',
    'gmx.de web.de t-online.de posteo.de gmail.com freenet.de', { iban: 'DE' }),
  ctry('AT', 'de', 'at at', '+43 1 ### ## ##;0664 #######;+43 664 ### ## ##;0676/#######;+43 316 ######',
    'Mariahilfer Straße;Landstraßer Hauptstraße;Herrengasse;Getreidegasse;Wiener Straße;Linzer Gasse;Dr.-Karl-Lueger-Ring',
    '1070/Wien;1030/Wien;8010/Graz;5020/Salzburg;4020/Linz;6020/Innsbruck',
    '{S} {N}/{U}|{P} {C};{S} {N}/{F}/{U}, {P} {C};{S} {N}|A-{P} {C}', 'gmx.at aon.at chello.at gmail.com', { iban: 'AT' }),
  ctry('CH', 'de', 'ch ch fr it', '+41 44 ### ## ##;079 ### ## ##;+41 79 ### ## ##;031 ### ## ##;+41 (0)22 ### ## ##',
    'Bahnhofstrasse;Seefeldstrasse;Rue du Rhône;Marktgasse;Via Nassa;Spalenberg;Avenue de la Gare',
    '8001/Zürich;8008/Zürich;3011/Bern;4051/Basel;1204/Genève;6900/Lugano;6003/Luzern;1003/Lausanne',
    '{S} {N}|{P} {C};{S} {N}, CH-{P} {C};{S} {N}{l}|{P} {C}|Schweiz', 'bluewin.ch gmx.ch sunrise.ch hispeed.ch', { iban: 'CH' }),
  ctry('FR', 'fr', 'fr fr fr', '+33 6 ## ## ## ##;06 ## ## ## ##;01.##.##.##.##;+33 (0)1 ## ## ## ##;07 ## ## ## ##;04-##-##-##-##',
    'rue des Lilas;avenue Jean-Jaurès;boulevard Voltaire;rue de la République;allée des Tilleuls;place Bellecour;rue Victor-Hugo;chemin des Vignes;impasse des Acacias',
    '750##/Paris;69003/Lyon;13006/Marseille;31000/Toulouse;33000/Bordeaux;59000/Lille;44000/Nantes;67000/Strasbourg;35000/Rennes',
    '{N} {S}|{P} {C};{N} bis {S}|{P} {CU};Bât. {L}, {N} {S}|{P} {C};{N} {S}, {P} {C};Résidence {B}, {N} {S}|{P} {CU} CEDEX',
    'orange.fr free.fr laposte.net sfr.fr wanadoo.fr gmail.com', { iban: 'FR', bl: 'Les Tilleuls;Le Parc;Les Jardins de Flore' }),
  ctry('BE', 'nl', 'be be fr nl', '+32 2 ### ## ##;04## ## ## ##;+32 4## ## ## ##;09 ### ## ##;03/### ## ##',
    'Rue de la Loi;Kerkstraat;Meir;Chaussée de Waterloo;Veldstraat;Avenue Louise;Bondgenotenlaan;Rue Haute',
    '1040/Bruxelles;1050/Ixelles;2000/Antwerpen;9000/Gent;3000/Leuven;4000/Liège;8000/Brugge;5000/Namur',
    '{S} {N}|{P} {C};{S} {N} bus {U}, {P} {C};{S} {N}/{U}|{P} {C}', 'telenet.be skynet.be proximus.be gmail.com', { iban: 'BE' }),
  ctry('ES', 'es', 'es es cat', '+34 6## ### ###;91# ### ###;6## ## ## ##;+34 93 ### ## ##;(+34) 7## ### ###',
    'Calle de Alcalá;Calle Mayor;Avenida de la Constitución;Paseo de la Castellana;Calle Sierpes;Gran Vía;Calle de Cervantes;Calle Lope de Vega',
    '280##/Madrid;41###/Sevilla;46###/Valencia;29###/Málaga;48###/Bilbao;50###/Zaragoza;15###/A Coruña',
    '{S}, {N}, {F}º {L}|{P} {C};{S} {N}, {F}.º izq.|{P} {C};{S}, {N}, {F}º {U}ª, {P} {C}',
    'gmail.com hotmail.es telefonica.net yahoo.es movistar.es', { iban: 'ES' }),
  ctry('ES-CT', 'ca', 'cat cat es', '+34 93 ### ## ##;6## ### ###;972 ## ## ##',
    'Carrer de Mallorca;Carrer del Consell de Cent;Passeig de Gràcia;Carrer de Sants;Travessera de Gràcia;Carrer Major;Rambla del Poblenou',
    '080##/Barcelona;17###/Girona;25###/Lleida;43###/Tarragona;08###/Sabadell',
    '{S}, {N}, {F}r {U}a|{P} {C};{S} {N}, {F}è {U}a, {P} {C}', 'gmail.com hotmail.com xtec.cat', { iban: 'ES' }),
  ctry('MX', 'es', 'mx mx', '+52 55 #### ####;55 #### ####;+52 1 33 #### ####;(81) ####-####;+52 (998) ### ####',
    'Av. Insurgentes Sur;Calle Durango;Av. Juárez;Calle 5 de Mayo;Av. Paseo de la Reforma;Calle Miguel Hidalgo',
    '06700/Ciudad de México/CDMX;44100/Guadalajara/Jal.;64000/Monterrey/N.L.;72000/Puebla/Pue.;97000/Mérida/Yuc.',
    '{S} {NN}, Col. {B}|{P} {C}, {R};{S} {N} Int. {U}, Col. {B}, C.P. {P}, {C}, {R}', 'gmail.com hotmail.com prodigy.net.mx yahoo.com.mx',
    { bl: 'Roma Norte;Condesa;Del Valle;Centro;Americana;Obrera' }),
  ctry('AR', 'es', 'ar', '+54 9 11 ####-####;011 4###-####;15 ####-####;+54 351 ###-####;(0341) 15-###-####',
    'Av. Corrientes;Av. Santa Fe;Defensa;Av. Rivadavia;Florida;Av. Cabildo;Av. Pellegrini',
    'C1043@@@/CABA;C1425@@@/Ciudad Autónoma de Buenos Aires;X5000/Córdoba;S2000/Rosario;M5500/Mendoza',
    '{S} {NN}, piso {F} depto. {L}|{P} {C};{S} {NN} {F}°{L}, {P} {C}', 'gmail.com hotmail.com.ar fibertel.com.ar yahoo.com.ar'),
  ctry('CO', 'es', 'co', '+57 3## ### ####;3## #######;(601) ### ####;+57 604 ### ####',
    'Carrera 7;Calle 72;Avenida El Poblado;Calle 10;Carrera 43A;Transversal 5;Diagonal 40',
    '110221/Bogotá;050021/Medellín;760001/Cali;080001/Barranquilla', '{S} No. {N}-{N}, Apto {F}0{U}|{C};{S} No. {N} - {N}, {C} {P}',
    'gmail.com hotmail.com une.net.co'),
  ctry('IT', 'it', 'it it', '+39 06 #### ####;333 ### ####;+39 347 #######;02 #######;+39 3## ### ####;081-#######',
    'Via Giuseppe Garibaldi;Corso Vittorio Emanuele II;Via Roma;Piazza Navona;Via dei Mille;Viale Monza;Via Toledo;Via Dante Alighieri',
    '10122/Torino/TO;00186/Roma/RM;20121/Milano/MI;80134/Napoli/NA;40126/Bologna/BO;50123/Firenze/FI;90133/Palermo/PA',
    '{S} {N}|{P} {C} {R};{S}, {N}, int. {U}|{P} {C} ({R});{S} {N}/{L}, {P} {C} ({R})', 'libero.it virgilio.it alice.it tiscali.it gmail.com pec.it',
    { iban: 'IT' }),
  ctry('NL', 'nl', 'nl nl nl tr', '+31 6 ########;06-########;020-#######;+31 (0)20 ### ####;010 ### ## ##;06 ## ## ## ##',
    'Prinsengracht;Kalverstraat;Oudegracht;Dorpsstraat;Van Baerlestraat;Witte de Withstraat;Lange Voorhout;Burgemeester de Monchyplein',
    '1016 @@/Amsterdam;3511 @@/Utrecht;3012 @@/Rotterdam;2514 @@/Den Haag;9711 @@/Groningen;5611 @@/Eindhoven',
    '{S} {N}|{P} {C};{S} {N}-{U}, {P} {C};{S} {N}{l}|{P}  {CU}', 'ziggo.nl kpnmail.nl hetnet.nl xs4all.nl gmail.com', { iban: 'NL' }),
  ctry('PT', 'pt', 'pt', '+351 9## ### ###;9## ### ###;21 ### ####;+351 22 ### ####',
    'Rua Augusta;Avenida da Liberdade;Rua de Santa Catarina;Rua do Carmo;Travessa do Almada;Rua Dom Pedro V',
    '1100-###/Lisboa;1250-###/Lisboa;4000-###/Porto;3000-###/Coimbra;8000-###/Faro', '{S}, {N}, {F}.º Esq.|{P} {C};{S} {N} {F}º Dto, {P} {C}',
    'sapo.pt gmail.com netcabo.pt outlook.pt', { iban: 'PT' }),
  ctry('BR', 'br', 'br br', '+55 11 9####-####;(11) 9####-####;(21) 2###-####;+55 (31) 9 ####-####;11 9#### ####',
    'Rua Oscar Freire;Avenida Paulista;Rua das Laranjeiras;Rua XV de Novembro;Avenida Sete de Setembro;Rua Augusta;Rua Tiradentes',
    '01426-###/São Paulo/SP;22240-###/Rio de Janeiro/RJ;80010-###/Curitiba/PR;40140-###/Salvador/BA;30130-###/Belo Horizonte/MG',
    '{S}, {NN}, apto {F}{U} – {B}|{C} – {R}|CEP {P};{S}, {NN} - {B}, {C} - {R}, {P}', 'gmail.com uol.com.br bol.com.br terra.com.br hotmail.com',
    { iban: 'BR', bl: 'Jardins;Bela Vista;Botafogo;Centro;Savassi;Barra' }),
  ctry('PL', 'pl', 'pl', '+48 6## ### ###;6##-###-###;22 ### ## ##;+48 (12) ### ## ##;5## ### ###',
    'ul. Marszałkowska;ul. Floriańska;al. Jerozolimskie;ul. Piotrkowska;ul. Długa;ul. Świętojańska;ul. Mikołaja Kopernika',
    '00-###/Warszawa;31-###/Kraków;90-###/Łódź;80-###/Gdańsk;50-###/Wrocław;60-###/Poznań', '{S} {N}/{U}|{P} {C};{S} {N} m. {U}, {P} {C}',
    'wp.pl o2.pl onet.pl interia.pl gmail.com', { iban: 'PL' }),
  ctry('CZ', 'cs', 'cz', '+420 6## ### ###;7## ### ###;+420 2## ### ###', 'Vinohradská;Národní;Masarykova;Husova;Na Příkopě;Palackého',
    '120 00/Praha 2;110 00/Praha 1;602 00/Brno;779 00/Olomouc;301 00/Plzeň', '{S} {NN}/{N}|{P} {C};{S} {N}, {P} {C}',
    'seznam.cz email.cz centrum.cz gmail.com', { iban: 'CZ' }),
  ctry('SK', 'sk', 'sk', '+421 9## ### ###;09## ### ###;02/### ### ##', 'Obchodná;Hlavná;Štúrova;Panská;Mierová',
    '811 06/Bratislava;040 01/Košice;010 01/Žilina;974 01/Banská Bystrica', '{S} {N}|{P} {C};{S} {N}, {P} {C}', 'azet.sk centrum.sk gmail.com',
    { iban: 'SK' }),
  ctry('SI', 'sl', 'si', '+386 41 ### ###;041 ### ###;01 ### ## ##', 'Slovenska cesta;Čopova ulica;Trubarjeva cesta;Gosposvetska cesta',
    '1000/Ljubljana;2000/Maribor;6000/Koper;4000/Kranj', '{S} {N}|{P} {C};{S} {N}{l}, {P} {C}', 'siol.net gmail.com t-2.net', { iban: 'SI' }),
  ctry('HR', 'hr', 'hr', '+385 91 ### ####;091 ### ####;01 #### ###;+385 (0)98 ### ###', 'Ilica;Vlaška ulica;Ulica kralja Zvonimira;Stradun;Riva',
    '10000/Zagreb;21000/Split;20000/Dubrovnik;51000/Rijeka;31000/Osijek', '{S} {N}|{P} {C};{S} {N}, {P} {C}, Hrvatska', 'gmail.com t-com.hr net.hr',
    { iban: 'HR' }),
  ctry('RS', 'sr', 'rs', '+381 64 #######;064/###-####;011 #######;+381 (0)63 ### ####', 'Knez Mihailova;Bulevar kralja Aleksandra;Nemanjina;Zmaj Jovina;Bulevar oslobođenja',
    '11000/Beograd;21000/Novi Sad;18000/Niš;34000/Kragujevac', '{S} {N}|{P} {C};{S} {N}/{U}, {P} {C}', 'gmail.com eunet.rs mts.rs'),
  ctry('RO', 'ro', 'ro', '+40 7## ### ###;07## ### ###;021 ### ####;+40 (0)264 ### ###', 'Str. Lipscani;Bd. Unirii;Calea Victoriei;Str. Memorandumului;Bd. Eroilor',
    '030###/București;400###/Cluj-Napoca;700###/Iași;300###/Timișoara;500###/Brașov', '{S} nr. {N}, bl. {L}{N}, sc. {U}, ap. {U}|{P} {C};{S} nr. {N}, {C} {P}',
    'yahoo.com gmail.com yahoo.ro', { iban: 'RO' }),
  ctry('BG', 'bg', 'bg', '+359 88 ### ####;0888 ### ###;02 ### ####;+359 (0)87 #######', 'ул. „Витоша“;бул. „Цар Освободител“;ул. „Граф Игнатиев“;ул. „Шипка“;бул. „Мария Луиза“',
    '1000/София;4000/Пловдив;9000/Варна;8000/Бургас', '{S} {N}, ет. {F}, ап. {U}|{P} {C};гр. {C} {P}, {S} {N}', 'abv.bg mail.bg gmail.com', { iban: 'BG' }),
  ctry('UA', 'uk', 'ua', '+380 67 ### ## ##;067 ### ####;(044) ###-##-##;+380 (50) ###-##-##', 'вул. Хрещатик;просп. Шевченка;вул. Дерибасівська;вул. Сумська;вул. Личаківська',
    '01001/Київ;65000/Одеса;61000/Харків;79000/Львів', '{S}, {N}, кв. {U}, м. {C}, {P};{P}, м. {C}, {S}, буд. {N}, кв. {U}', 'ukr.net i.ua gmail.com meta.ua'),
  ctry('RU', 'ru', 'ru', '+7 (9##) ###-##-##;8 9## ### ## ##;+7 495 ###-##-##;8 (812) ###-##-##', 'ул. Тверская;Невский пр.;ул. Ленина;ул. Баумана;пр. Мира;ул. Арбат',
    '125009/Москва;191186/Санкт-Петербург;420111/Казань;630099/Новосибирск;620014/Екатеринбург',
    '{P}, г. {C}, {S}, д. {N}, кв. {U};{S}, д. {N}, корп. {F}, кв. {U}|{C}|{P}', 'mail.ru yandex.ru rambler.ru bk.ru gmail.com'),
  ctry('GR', 'el', 'gr', '+30 69# ### ####;69# ### ####;210 ### ####;+30 2310 ######', 'Οδός Ερμού;Λεωφόρος Βασιλίσσης Σοφίας;Οδός Τσιμισκή;Οδός Πανεπιστημίου;Λεωφόρος Κηφισίας',
    '105 63/Αθήνα;546 24/Θεσσαλονίκη;262 21/Πάτρα;712 02/Ηράκλειο', '{S} {N}|{P} {C};{S} {N}, {P} {C}', 'gmail.com otenet.gr yahoo.gr hotmail.gr', { iban: 'GR' }),
  ctry('HU', 'hu', 'hu', '+36 30 ### ####;06 30 ### ####;06 1 ### ####;+36 (20) ###-####;06-70-###-####', 'Andrássy út;Váci utca;Király utca;Rákóczi út;Kossuth Lajos utca;Bartók Béla út',
    '1061/Budapest;1052/Budapest;6720/Szeged;4025/Debrecen;7621/Pécs', '{P} {C}, {S} {N}. {F}. em. {U};{C}|{S} {N}.|{P}', 'freemail.hu citromail.hu gmail.com t-online.hu',
    { iban: 'HU' }),
  ctry('FI', 'fi', 'fi', '+358 40 ### ####;040 ### ####;09 #### ####;+358 50 #######;044-#######', 'Mannerheimintie;Aleksanterinkatu;Hämeenkatu;Kauppakatu;Puistokatu',
    '00100/Helsinki;33100/Tampere;20100/Turku;90100/Oulu;40100/Jyväskylä', '{S} {N} {L} {U}|{P} {CU};{S} {N} as {U}, {P} {C}', 'gmail.com elisanet.fi kolumbus.fi luukku.com',
    { iban: 'FI' }),
  ctry('EE', 'et', 'ee', '+372 5### ####;5### ####;+372 6## ####', 'Narva mnt;Pärnu mnt;Tartu mnt;Rüütli;Vabaduse pst',
    '10117/Tallinn;10141/Tallinn;51004/Tartu;80010/Pärnu', '{S} {N}-{U}|{P} {C};{S} {N}-{U}, {C} {P}', 'mail.ee gmail.com hot.ee', { iban: 'EE' }),
  ctry('LV', 'lv', 'lv', '+371 2### ####;2#######;+371 67######', 'Brīvības iela;Elizabetes iela;Krišjāņa Barona iela;Tērbatas iela',
    'LV-10##/Rīga;LV-3001/Jelgava;LV-5401/Daugavpils', '{S} {N}-{U}|{C}, {P};{S} {N}-{U}, {C}, {P}', 'inbox.lv gmail.com apollo.lv', { iban: 'LV' }),
  ctry('LT', 'lt', 'lt', '+370 6## #####;8 6## #####;+370 5 ### ####', 'Gedimino pr.;Pilies g.;Laisvės al.;Vilniaus g.;Savanorių pr.',
    'LT-01###/Vilnius;LT-44###/Kaunas;LT-92###/Klaipėda', '{S} {N}-{U}|{P} {C};{S} {N}-{U}, {P} {C}', 'gmail.com one.lt takas.lt', { iban: 'LT' }),
  ctry('IS', 'is', 'is', '+354 ### ####;8## ####;+354 5## ####', 'Laugavegur;Skólavörðustígur;Hverfisgata;Hafnarstræti;Túngata',
    '101/Reykjavík;105/Reykjavík;200/Kópavogur;600/Akureyri;220/Hafnarfjörður', '{S} {N}|{P} {C};{S} {N}, {P} {C}', 'simnet.is gmail.com internet.is', { iban: 'IS' }),
  ctry('NO', 'no', 'no', '+47 9## ## ###;4## ## ###;22 ## ## ##;+47 ## ## ## ##', 'Storgata;Karl Johans gate;Bryggen;Thorvald Meyers gate;Kongens gate',
    '0184/Oslo;0552/Oslo;5003/Bergen;7011/Trondheim;4006/Stavanger', '{S} {N}|{P} {CU};{S} {N}{L}, {P} {C}', 'online.no gmail.com hotmail.no', { iban: 'NO' }),
  ctry('DK', 'da', 'dk', '+45 ## ## ## ##;## ## ## ##;+45 ########', 'Nørrebrogade;Vesterbrogade;Jægersborggade;Søndergade;H.C. Andersens Boulevard',
    '2200/København N;1620/København V;8000/Aarhus C;5000/Odense C;9000/Aalborg', '{S} {N}, {F}. tv.|{P} {C};{S} {N}, {F}. th., {P} {C}', 'gmail.com mail.dk jubii.dk',
    { iban: 'DK' }),
  ctry('SE', 'sv', 'se', '+46 70 ### ## ##;070-### ## ##;08-### ### ##;+46 (0)31 ## ## ##', 'Drottninggatan;Kungsgatan;Storgatan;Vasagatan;Götgatan;Linnégatan',
    '111 ##/Stockholm;411 ##/Göteborg;211 ##/Malmö;753 ##/Uppsala', '{S} {N}|{P} {CU};{S} {N}, lgh 1{F}0{U}, {P} {C}', 'telia.com gmail.com hotmail.se bredband.net',
    { iban: 'SE' }),
  ctry('TR', 'tr', 'tr', '+90 5## ### ## ##;05## ### ## ##;(0212) ### ## ##;+90 (532) ### ####;0 5## ### ####', 'Atatürk Cad.;Bağdat Caddesi;İstiklal Caddesi;Cumhuriyet Mah. 1203. Sok.;Kızılay Sok.',
    '34710/Kadıköy/İstanbul;34433/Beyoğlu/İstanbul;06420/Çankaya/Ankara;35210/Konak/İzmir;07100/Muratpaşa/Antalya',
    '{S} No: {N} Daire: {U}|{P} {C}/{R};{S} No:{N}/{U}, {P} {C}/{R}', 'gmail.com hotmail.com yandex.com.tr', { iban: 'TR' }),
  ctry('AZ', 'az', 'az', '+994 50 ### ## ##;050 ### ## ##;(012) ### ## ##', 'Nizami küçəsi;Füzuli küçəsi;Azadlıq prospekti;Neftçilər prospekti',
    'AZ1000/Bakı;AZ1010/Bakı;AZ2000/Gəncə', '{S} {N}, mənzil {U}, {C} {P};{C} şəhəri, {S} {N}, m. {U}, {P}', 'mail.ru gmail.com box.az'),
  ctry('IL', 'he', 'il', '+972 5#-###-####;05#-#######;03-#######;+972 (0)2 ### ####', 'רחוב הרצל;שדרות רוטשילד;רחוב יפו;רחוב דיזנגוף',
    '66881##/תל אביב-יפו;94###00/ירושלים;33###00/חיפה', '{S} {N}, דירה {U}, {C} {P};{S} {N}|{C}|{P}', 'gmail.com walla.co.il 012.net.il', { iban: 'IL' }),
  ctry('IR', 'fa', 'ir', '+98 912 ### ####;0912 ### ####;021 #### ####', 'خیابان ولیعصر;خیابان انقلاب;بلوار کشاورز;خیابان شریعتی',
    '1#########/تهران;81########/اصفهان;71########/شیراز', '{C}، {S}، کوچه {N}، پلاک {U}، کد پستی {P}', 'gmail.com yahoo.com chmail.ir',
    { digits: 'fa' }),
  ctry('SA', 'ar', 'sa', '+966 5# ### ####;05# ### ####;+966 11 ### ####', 'شارع الملك فهد;طريق الملك عبدالعزيز;شارع التحلية;شارع العليا',
    '12211/الرياض;21442/جدة;31952/الدمام', '{N} {S}، حي {B}، {C} {P};{S}، مبنى {N}، {C} {P}', 'gmail.com hotmail.com outlook.sa',
    { iban: 'SA', bl: 'العليا;السليمانية;الروضة;النزهة' }),
  ctry('AE', 'en', 'sa pk in', '+971 5# ### ####;05# ### ####;04 ### ####;+971 2 ### ####', 'Street 15;Al Wasl Road;Sheikh Zayed Road;Al Khaleej Street',
    '/Dubai;/Abu Dhabi;/Sharjah', 'Villa {N}, {S}, {B}, {C};Apartment {F}0{U}, {B} Tower, {S}, {C}, UAE;PO Box {NN}, {C}, United Arab Emirates',
    'gmail.com emirates.net.ae outlook.com', { iban: 'AE', bl: 'Al Barsha 2;Jumeirah 1;Al Nahda;Khalifa City;Marina Pinnacle' }),
  ctry('PK', 'ur', 'pk', '+92 3## #######;03##-#######;042 3#######;+92 (21) 3### ####', 'Street 12;Main Boulevard;Shahrah-e-Faisal;Jail Road',
    '44000/Islamabad;54000/Lahore;75500/Karachi', 'House {N}, {S}, {B}, {C} {P};Flat {U}, {B}, {S}, {C}', 'gmail.com yahoo.com hotmail.com',
    { bl: 'F-7/2;G-11/3;DHA Phase 5;Gulberg III;Clifton Block 4' }),
  ctry('KE', 'sw', 'ke', '+254 7## ### ###;07## ######;+254 1## ######;0722 ### ###', 'Ngong Road;Kenyatta Avenue;Moi Avenue;Kimathi Street',
    '00100/Nairobi;80100/Mombasa;40100/Kisumu', 'P.O. Box {NN}-{P}, {C};{B}, {S}, {C};S.L.P. {NN}-{P}|{CU}', 'gmail.com yahoo.com',
    { bl: 'Hse No. 14, Kileleshwa Gardens;Flat 3B, Sunrise Court;Apt 7, Kilimani Heights' }),
  ctry('PH', 'tl', 'ph', '+63 9## ### ####;09## ### ####;(02) 8### ####;0917-###-####', 'Rizal Avenue;Ayala Avenue;Katipunan Avenue;Mabini Street;34th Street',
    '1634/Taguig;1226/Makati;1108/Quezon City;6000/Cebu City', 'Unit {F}0{U}, {B}, {S}, {C} {P};{N} {S}, Brgy. San Isidro, {C}, {P}', 'gmail.com yahoo.com.ph',
    { bl: 'Tower 2, Avida Residences;One Serendra;Greenbelt Residences' }),
  ctry('MY', 'ms', 'my', '+60 1#-### ####;01#-### ####;03-#### ####;+60 (0)12 ### ####', 'Jalan SS 2/24;Jalan Tun Razak;Jalan Bukit Bintang;Lorong Maarof;Jalan Ampang',
    '47300/Petaling Jaya/Selangor;50450/Kuala Lumpur/W.P. Kuala Lumpur;10050/George Town/Pulau Pinang;80000/Johor Bahru/Johor',
    'No. {N}, {S}|{P} {C}|{R};No. {N}, {S}, {P} {C}, {R}', 'gmail.com yahoo.com.my'),
  ctry('ID', 'id', 'id', '+62 812-####-####;0812 #### ####;+62 21 ### ####;08##-####-###', 'Jl. Sudirman;Jl. Gatot Subroto;Jl. Malioboro;Jl. Diponegoro;Jl. Kemang Raya',
    '12920/Jakarta Selatan;55271/Yogyakarta;40115/Bandung;60271/Surabaya;80361/Denpasar', '{S} No. {N}, RT 00{F}/RW 00{F}, {C} {P};{S} No. {N}|{C} {P}',
    'gmail.com yahoo.co.id'),
  ctry('TH', 'th', 'th', '+66 8# ### ####;08#-###-####;02 ### ####', 'ถนนสุขุมวิท;ถนนสีลม;ถนนพหลโยธิน;ถนนนิมมานเหมินท์',
    '10110/กรุงเทพฯ;50200/เชียงใหม่;83150/ภูเก็ต', '{N}/{U} {S} แขวงคลองเตย {C} {P};{N}/{U} ซอย {F} {S} {C} {P}', 'gmail.com hotmail.com'),
  ctry('VN', 'vi', 'vn', '+84 9# ### ## ##;09## ### ###;028 #### ####', 'Phố Huế;Đường Lê Lợi;Đường Nguyễn Huệ;Phố Hàng Bạc;Đường Trần Hưng Đạo',
    '/Hà Nội;/TP. Hồ Chí Minh;/Đà Nẵng', 'Số {N} Ngõ {U} {S}, Phường {B}, {C};{N} {S}, Quận {F}, {C}', 'gmail.com yahoo.com.vn',
    { bl: 'Bến Nghé;Phạm Đình Hổ;Hàng Bông;Thạch Thang' }),
  ctry('JP', 'ja', 'jp', '090-####-####;+81 90-####-####;03-####-####;06-6###-####;080 #### ####;(03)####-####', '渋谷;梅田;栄;大通西;河原町',
    '150-00##/東京都渋谷区;530-00##/大阪府大阪市北区;460-00##/愛知県名古屋市中区;060-00##/北海道札幌市中央区;604-8###/京都府京都市中京区',
    '〒{P} {C}{S}{F}丁目{N}-{U};〒{P}|{C}{S}{F}-{N}-{U} {B}{F}0{U}号室', 'docomo.ne.jp ezweb.ne.jp yahoo.co.jp gmail.com icloud.com',
    { join: ' ', bl: 'サンハイツ;グランドメゾン;コーポ山田;パークタワー' }),
  ctry('CN', 'zh', 'cn', '138 #### ####;+86 139-####-####;1#########;010-#### ####;+86 21 #### ####', '世纪大道;建国路;天河路;科技园南路;文三路',
    '200120/上海市浦东新区;100020/北京市朝阳区;510620/广州市天河区;518000/深圳市南山区;310012/杭州市西湖区', '{C}{S}{N}号{B}{F}0{U}室;{C}{S}{N}号 {F}楼 邮编{P}',
    'qq.com 163.com 126.com sina.com', { join: ' ', bl: '金茂大厦;阳光小区3栋;华润大厦' }),
  ctry('TW', 'tw', 'tw', '0912-###-###;+886 9## ### ###;(02) 2###-####;02-2###-####', '忠孝東路四段;信義路五段;英才路;四維三路',
    '106/台北市大安區;110/台北市信義區;404/台中市北區;802/高雄市苓雅區', '{P}{C}{S}{N}號{F}樓;{C}{S}{N}巷{U}號{F}樓之{F}', 'gmail.com yahoo.com.tw hinet.net',
    { join: ' ' }),
  ctry('KR', 'ko', 'kr', '010-####-####;+82 10-####-####;02-###-####;+82 (0)31-###-####', '테헤란로;세종대로;해운대해변로;대학로',
    '06236/서울특별시 강남구;04524/서울특별시 중구;48058/부산광역시 해운대구;34126/대전광역시 유성구', '{C} {S} {NN}, {F}층 ({B}) {P};({P}) {C} {S} {N}, {U}0{F}호',
    'naver.com daum.net hanmail.net gmail.com', { join: ' ', bl: '역삼동;우동;명동' }),
  ctry('BD', 'bn', 'bd', '+880 1###-######;01###-######;02-#######', 'Road 5;Road 27;Gulshan Avenue;Kemal Ataturk Avenue',
    '1205/Dhaka;4000/Chattogram;3100/Sylhet', 'House {N}, {S}, {B}, {C} {P};House {N}, {S}|{B}|{C}-{P}', 'gmail.com yahoo.com',
    { bl: 'Dhanmondi;Gulshan 2;Banani;Uttara Sector 7' }),
];
const CBY: Record<string, Country> = Object.fromEntries(COUNTRIES.map((c) => [c.cc, c]));
const co = (cc: string): Country => CBY[cc] ?? (CBY.US as Country);

const HOUSE_NAMES = ['Rose Cottage', 'The Old Rectory', 'Ivy House', 'Willowbank', 'Orchard View'];

function phone(r: Rng, c: Country): string {
  const s = fill(r, r.pick(c.ph));
  return c.cc === 'JP' && r.chance(0.08) ? nativeDigits(s, 'fw').replace(/-/g, '－') : s;
}

interface Addr {
  readonly lines: readonly string[];
  readonly one: string;
  readonly multi: string;
}
function address(r: Rng, c: Country): Addr {
  const city = r.pick(c.ci);
  const tpl = fill(r, r.pick(c.tpl));
  const cityName = city[1] ?? '';
  const rep: Record<string, () => string> = {
    S: () => r.pick(c.st),
    N: () => String(r.int(1, 180)),
    NN: () => String(r.int(10, 9899)),
    U: () => String(r.int(1, 48)),
    F: () => String(r.int(1, 12)),
    L: () => String.fromCharCode(65 + r.int(0, 5)),
    l: () => String.fromCharCode(97 + r.int(0, 5)),
    P: () => fill(r, city[0] ?? ''),
    C: () => cityName,
    CU: () => cityName.toUpperCase(),
    R: () => city[2] ?? '',
    B: () => (c.cc === 'GB' && r.chance(0.5) ? r.pick(HOUSE_NAMES) : r.pick(c.bl)),
  };
  const filled = tpl.replace(/\{(NN|CU|[A-Za-z])\}/g, (_m, k: string) => (rep[k] ?? (() => k))());
  const lines = filled.split('|').map((x) => {
    const t = x.trim().replace(/ {3,}/g, '  ');
    return c.digits ? nativeDigits(t, c.digits) : t;
  });
  const joiner = c.join;
  return { lines, one: lines.join(joiner), multi: lines.join('\n') };
}

// ───────────────────────────── e-mail ─────────────────────────────

const COMPANY_DOMAINS = sp(
  'kestrel-freight.com brightwater-analytics.io nordlicht-logistik.de halvorsen-marine.no cerulean.health aurora-kliniken.at ' +
    'pixelforge.dev tanager.co.uk maisonlambert.fr vela-seguros.es grupo-arrecife.mx studiolegale-ferri.it bouwbedrijf-kuipers.nl ' +
    'tecelagem-minas.com.br mlyn-zbozowy.pl sakura-shoji.co.jp hanbit-tech.co.kr jinhua-trading.cn ayala-props.ph nusantara-kopi.co.id ' +
    'savanna-agritech.co.ke lagoslens.ng fjordkraft-energi.no polarbyte.fi baltic-amber.lt anatolia-tekstil.com.tr',
);

function emailFor(r: Rng, p: Person | null, c: Country, work = false): string {
  const g = ascii(p ? p.lg : r.pick(['info', 'kontakt', 'office', 'hello'])).toLowerCase().replace(/[^a-z0-9-]/g, '');
  const f = ascii(p ? p.lf : '').toLowerCase().replace(/[^a-z0-9-]/g, '');
  const dom = work ? r.pick(COMPANY_DOMAINS) : r.pick(c.mail);
  if (!p) return `${g}@${dom}`;
  const y = String(r.int(60, 99));
  const local = r.pick([
    `${g}.${f}`, `${g.charAt(0)}${f}`, `${g}${f}${y}`, `${f}_${g}`, `${g}-${f}`, `${g}.${f}${r.int(1, 9)}`,
    `${f}.${g.charAt(0)}`, `${g}${r.int(100, 999)}`, `${g}.${f}+${r.pick(['shop', 'bank', 'news'])}`,
  ]).replace(/^[.-]+|[.-]+$/g, '');
  const out = `${local || 'user'}@${dom}`;
  return r.chance(0.05) ? out.replace(/^./, (x) => x.toUpperCase()) : out;
}
const ROLE_LOCAL = sp('support billing noreply no-reply privacy hr recruiting accounts service kundenservice servicio atendimento biuro info');
const roleMail = (r: Rng): string => `${r.pick(ROLE_LOCAL)}@${r.pick(COMPANY_DOMAINS)}`;

// ───────────────────────────── financial & technical values ─────────────────────────────

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body.charAt(body.length - 1 - i));
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

type Net = 'visa' | 'visa13' | 'visa19' | 'mc' | 'mc2' | 'amex' | 'disc' | 'jcb' | 'diners' | 'up';
const NET_NAMES: Record<Net, string> = {
  visa: 'Visa', visa13: 'Visa', visa19: 'Visa', mc: 'Mastercard', mc2: 'Mastercard', amex: 'American Express', disc: 'Discover', jcb: 'JCB',
  diners: 'Diners Club', up: 'UnionPay',
};

function cardDigits(r: Rng, net: Net): string {
  let pre: string;
  let len: number;
  switch (net) {
    case 'visa': pre = '4'; len = 16; break;
    case 'visa13': pre = '4'; len = 13; break;
    case 'visa19': pre = '4'; len = 19; break;
    case 'mc': pre = String(r.int(51, 55)); len = 16; break;
    case 'mc2': pre = String(r.int(2221, 2720)); len = 16; break;
    case 'amex': pre = r.pick(['34', '37']); len = 15; break;
    case 'disc': pre = r.pick(['6011', String(r.int(644, 649)), '65']); len = 16; break;
    case 'jcb': pre = String(r.int(3528, 3589)); len = 16; break;
    case 'diners': pre = r.pick(['36', '38', String(r.int(300, 305))]); len = 14; break;
    case 'up': pre = '62' + String(r.int(1, 9)); len = r.chance(0.7) ? 16 : 19; break;
  }
  const body = pre + r.digits(len - 1 - pre.length);
  return body + luhnDigit(body);
}

function groupCard(r: Rng, d: string, sep = r.pick([' ', ' ', '-', '', ' '])): string {
  if (sep === '') return d;
  let groups: number[];
  if (d.length === 15) groups = [4, 6, 5];
  else if (d.length === 14) groups = [4, 6, 4];
  else if (d.length === 13) groups = [4, 4, 5];
  else if (d.length === 19) groups = [4, 4, 4, 4, 3];
  else groups = [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(d.slice(i, i + g));
    i += g;
  }
  return out.join(sep);
}

function card(r: Rng, net?: Net): { v: string; net: Net } {
  const n: Net = net ?? r.pick<Net>(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'amex', 'disc', 'jcb', 'diners', 'up', 'visa13', 'visa19']);
  return { v: groupCard(r, cardDigits(r, n)), net: n };
}
/** Card-shaped but Luhn-invalid. */
function badCard(r: Rng): string {
  const d = cardDigits(r, r.pick<Net>(['visa', 'mc', 'amex', 'disc']));
  const last = (Number(d.charAt(d.length - 1)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, -1) + String(last));
}

const IBAN_SPEC: Record<string, string> = {
  DE: '18n', GB: '4a14n', FR: '10n11c2n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', CH: '5n12c', AT: '16n', PL: '24n',
  PT: '21n', IE: '4a14n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', LU: '3n13c', SA: '2n18c', AE: '19n', TR: '6n16c',
  GR: '7n16c', CZ: '20n', HU: '24n', RO: '4a16c', HR: '17n', BR: '23n1a1c', MT: '4a5n18c', CY: '8n16c', LT: '16n', LV: '4a13c',
  EE: '16n', SK: '20n', SI: '15n', BG: '4a6n8c', IS: '22n', IL: '19n', QA: '4a21c', MC: '10n11c2n', LI: '5n12c', KW: '4a22c',
};
const BANK_CODES: Record<string, string[]> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL'], IE: ['AIBK', 'BOFI'], NL: ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO'], RO: ['BTRL', 'RNCB', 'INGB'],
  BG: ['BNBG', 'UNCR', 'STSA'], LV: ['HABA', 'UNLA', 'PARX'], MT: ['MALT', 'VALL'], QA: ['DOHB', 'QNBA'], KW: ['CBKU', 'NBOK'],
};

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

function ibanRaw(r: Rng, cc: string): string {
  const spec = IBAN_SPEC[cc] ?? '18n';
  let bban = '';
  let first = true;
  for (const m of spec.matchAll(/(\d+)([nac])/g)) {
    const n = Number(m[1]);
    const k = m[2];
    if (k === 'a' && first && n === 4 && BANK_CODES[cc]) bban += r.pick(BANK_CODES[cc] as string[]);
    else
      for (let i = 0; i < n; i++) {
        if (k === 'n') bban += String(r.int(0, 9));
        else if (k === 'a') bban += String.fromCharCode(65 + r.int(0, 25));
        else bban += r.chance(0.85) ? String(r.int(0, 9)) : String.fromCharCode(65 + r.int(0, 25));
      }
    first = false;
  }
  const chk = 98 - mod97(`${bban}${cc}00`);
  return cc + pad(chk) + bban;
}
function fmtIban(r: Rng, raw: string): string {
  const x = r.next();
  const grouped = raw.replace(/(.{4})(?=.)/g, '$1 ');
  if (x < 0.55) return grouped;
  if (x < 0.85) return raw;
  if (x < 0.93) return grouped.toLowerCase();
  return raw.toLowerCase();
}
function iban(r: Rng, cc: string): string {
  return fmtIban(r, ibanRaw(r, cc));
}
/** IBAN-shaped but failing mod 97. */
function badIban(r: Rng, cc: string): string {
  const raw = ibanRaw(r, cc);
  const chk = Number(raw.slice(2, 4));
  const wrong = ((chk - 2 + r.int(1, 95)) % 97) + 2;
  return fmtIban(r, raw.slice(0, 2) + pad(wrong) + raw.slice(4));
}

function ssn(r: Rng, sep?: string): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const s = sep ?? r.pick(['-', '-', '-', ' ', '']);
  return pad(a, 3) + s + pad(r.int(1, 99)) + s + pad(r.int(1, 9999), 4);
}

function ipv4(r: Rng): string {
  switch (r.int(0, 5)) {
    case 0: return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    case 1: return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
    case 2: return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    case 3: return `${r.pick(['203.0.113', '198.51.100', '192.0.2'])}.${r.int(1, 254)}`;
    default: {
      let a = r.int(11, 223);
      if (a === 127) a = 128;
      return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    }
  }
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  let v: string;
  switch (r.int(0, 6)) {
    case 0: v = `2001:db8:${h()}:${h()}::${h()}`; break;
    case 1: v = `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`; break;
    case 2: v = `fe80::${h()}:${h()}:${h()}:${h()}`; break;
    case 3: v = `::ffff:${ipv4(r)}`; break;
    case 4: v = `2606:4700:${h()}::${h()}:${h()}`; break;
    case 5: v = `2001:0db8:${pad(r.int(0, 9999), 4)}:0000:0000:${h().padStart(4, '0')}:${h().padStart(4, '0')}:0001`; break;
    default: v = `2400:cb00:${h()}:${h()}::1`;
  }
  return r.chance(0.15) ? v.toUpperCase() : v;
}
const ip = (r: Rng): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));

// ───────────────────────────── dates of birth ─────────────────────────────

const MONTHS: Record<string, string> = {
  en: 'January February March April May June July August September October November December',
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
  at: 'Jänner Februar März April Mai Juni Juli August September Oktober November Dezember',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  ca: 'gener febrer març abril maig juny juliol agost setembre octubre novembre desembre',
  nl: 'januari februari maart april mei juni juli augustus september oktober november december',
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  cs: 'ledna února března dubna května června července srpna září října listopadu prosince',
  sk: 'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra',
  sl: 'januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra',
  hr: 'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca',
  sr: 'januar februar mart april maj jun jul avgust septembar oktobar novembar decembar',
  ro: 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
  bg: 'януари февруари март април май юни юли август септември октомври ноември декември',
  uk: 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  el: 'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου',
  hu: 'január február március április május június július augusztus szeptember október november december',
  fi: 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  et: 'jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember',
  lv: 'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī',
  lt: 'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio',
  is: 'janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember',
  no: 'januar februar mars april mai juni juli august september oktober november desember',
  da: 'januar februar marts april maj juni juli august september oktober november december',
  sv: 'januari februari mars april maj juni juli augusti september oktober november december',
  tr: 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık',
  az: 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr',
  he: 'בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר',
  ar: 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
  sw: 'Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba',
  tl: 'Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre',
  ms: 'Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember',
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember',
  th: 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม',
  hi: 'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर',
  bn: 'জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর',
  ta: 'ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்',
  fa: 'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند',
};
const MON = (lang: string, m: number): string => (MONTHS[lang] ?? (MONTHS.en as string)).split(' ')[m - 1] ?? '';

const DOB_FMT: Record<string, string[]> = {
  en: ['{MM}/{DD}/{Y}', '{MON} {D}, {Y}', '{Mon} {D} {Y}', '{Y}-{MM}-{DD}', '{M}/{D}/{YY}', '{MON} {Do}, {Y}'],
  gb: ['{DD}/{MM}/{Y}', '{D} {MON} {Y}', '{Do} {MON} {Y}', '{D} {Mon} {Y}', '{DD}.{MM}.{Y}', '{Y}-{MM}-{DD}'],
  de: ['{DD}.{MM}.{Y}', '{D}. {MON} {Y}', '{D}.{M}.{Y}', '{DD}.{MM}.{YY}'],
  at: ['{DD}.{MM}.{Y}', '{D}. {MON:at} {Y}'],
  fr: ['{DD}/{MM}/{Y}', '{D1} {MON} {Y}', '{DD}.{MM}.{Y}'],
  es: ['{DD}/{MM}/{Y}', '{D} de {MON} de {Y}', '{DD}-{MM}-{Y}'],
  it: ['{DD}/{MM}/{Y}', '{D} {MON} {Y}', '{DD}.{MM}.{Y}'],
  ca: ['{DD}/{MM}/{Y}', '{D} de {MON} de {Y}'],
  nl: ['{DD}-{MM}-{Y}', '{D} {MON} {Y}', '{DD}/{MM}/{Y}'],
  pt: ['{DD}/{MM}/{Y}', '{D} de {MON} de {Y}', '{DD}-{MM}-{Y}'],
  br: ['{DD}/{MM}/{Y}', '{D} de {MON:pt} de {Y}'],
  pl: ['{DD}.{MM}.{Y}', '{D} {MON} {Y}', '{Y}-{MM}-{DD}'],
  cs: ['{D}. {M}. {Y}', '{D}. {MON} {Y}', '{DD}.{MM}.{Y}'],
  sk: ['{D}. {M}. {Y}', '{D}. {MON} {Y}'],
  sl: ['{D}. {M}. {Y}', '{D}. {MON} {Y}'],
  hr: ['{DD}.{MM}.{Y}', '{D}. {MON} {Y}'],
  sr: ['{DD}.{MM}.{Y}', '{D}. {MON} {Y}'],
  ro: ['{DD}.{MM}.{Y}', '{D} {MON} {Y}'],
  bg: ['{DD}.{MM}.{Y}', '{D} {MON} {Y}'],
  uk: ['{DD}.{MM}.{Y}', '{D} {MON} {Y}'],
  ru: ['{DD}.{MM}.{Y}', '{D} {MON} {Y}'],
  el: ['{DD}/{MM}/{Y}', '{D} {MON} {Y}'],
  hu: ['{Y}. {MON} {D}', '{Y}.{MM}.{DD}', '{Y}. {MM}. {DD}'],
  fi: ['{D}.{M}.{Y}', '{D}. {MON} {Y}'],
  et: ['{DD}.{MM}.{Y}', '{D}. {MON} {Y}'],
  lv: ['{Y}. gada {D}. {MON}', '{DD}.{MM}.{Y}'],
  lt: ['{Y}-{MM}-{DD}', '{Y} m. {MON} {D} d.'],
  is: ['{D}. {MON} {Y}', '{DD}.{MM}.{Y}'],
  no: ['{DD}.{MM}.{Y}', '{D}. {MON} {Y}'],
  da: ['{DD}-{MM}-{Y}', '{D}. {MON} {Y}', '{DD}.{MM}.{Y}'],
  sv: ['{Y}-{MM}-{DD}', '{D} {MON} {Y}'],
  tr: ['{DD}.{MM}.{Y}', '{D} {MON} {Y}', '{DD}/{MM}/{Y}'],
  az: ['{DD}.{MM}.{Y}', '{D} {MON} {Y}'],
  he: ['{D}.{M}.{Y}', '{D} {MON} {Y}'],
  ar: ['{D} {MON} {Y}', '{ar:DD}/{ar:MM}/{ar:Y}', '{DD}/{MM}/{Y}'],
  fa: ['{FA}', '{FAN}'],
  ur: ['{D} {MON:en} {Y}', '{DD}-{MM}-{Y}', '{DD}/{MM}/{Y}'],
  sw: ['{DD}/{MM}/{Y}', '{D} {MON} {Y}'],
  tl: ['{MON} {D}, {Y}', '{MM}/{DD}/{Y}'],
  ms: ['{DD}/{MM}/{Y}', '{D} {MON} {Y}'],
  id: ['{DD}-{MM}-{Y}', '{D} {MON} {Y}'],
  th: ['{D} {MON} {BE}', '{DD}/{MM}/{BE}', '{DD}/{MM}/{Y}'],
  vi: ['{DD}/{MM}/{Y}', 'ngày {D} tháng {M} năm {Y}'],
  hi: ['{DD}/{MM}/{Y}', '{D} {MON} {Y}', '{hi:DD}/{hi:MM}/{hi:Y}'],
  bn: ['{bn:D} {MON} {bn:Y}', '{DD}/{MM}/{Y}'],
  ta: ['{DD}/{MM}/{Y}', '{D} {MON} {Y}'],
  ja: ['{Y}年{M}月{D}日', '{JE}{M}月{D}日', '{Y}/{MM}/{DD}', '{JS}.{M}.{D}'],
  zh: ['{Y}年{M}月{D}日', '{Y}-{MM}-{DD}', '{Y}.{M}.{D}'],
  tw: ['民國{ROC}年{M}月{D}日', '{Y}年{M}月{D}日', '{ROC}/{MM}/{DD}'],
  ko: ['{Y}년 {M}월 {D}일', '{Y}.{MM}.{DD}', '{YY}{MM}{DD}'],
};

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
function birthDate(r: Rng): Ymd {
  const m = r.int(1, 12);
  const max = m === 2 ? 28 : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return { y: r.int(1938, 2008), m, d: r.int(1, max) };
}
const ORD = (d: number): string => {
  const t = d % 100;
  if (t >= 11 && t <= 13) return `${d}th`;
  return `${d}${['th', 'st', 'nd', 'rd'][d % 10] ?? 'th'}`;
};
function jpEra(x: Ymd, short: boolean): string {
  const showa = x.y < 1989 || (x.y === 1989 && x.m === 1 && x.d < 8);
  const n = showa ? x.y - 1925 : x.y - 1988;
  if (short) return `${showa ? 'S' : 'H'}${n}`;
  return `${showa ? '昭和' : '平成'}${n === 1 ? '元' : n}年`;
}
function jalali(r: Rng, named: boolean): string {
  const y = r.int(1320, 1386);
  const m = r.int(1, 12);
  const d = r.int(1, m <= 6 ? 31 : 30);
  const s = named ? `${d} ${MON('fa', m)} ${y}` : `${y}/${pad(m)}/${pad(d)}`;
  return nativeDigits(s, 'fa');
}

function dobIn(r: Rng, lang: string, x: Ymd = birthDate(r)): string {
  const fmts = DOB_FMT[lang] ?? (DOB_FMT.en as string[]);
  const f = r.pick(fmts);
  const monLang = lang === 'gb' || lang === 'ur' ? 'en' : lang === 'br' ? 'pt' : lang;
  return f.replace(/\{(?:(ar|hi|bn):)?([A-Za-z0-9]+)(?::([a-z]+))?\}/g, (_m, script: string | undefined, k: string, ml: string | undefined) => {
    let v: string;
    switch (k) {
      case 'D': v = String(x.d); break;
      case 'D1': v = x.d === 1 ? '1er' : String(x.d); break;
      case 'DD': v = pad(x.d); break;
      case 'Do': v = ORD(x.d); break;
      case 'M': v = String(x.m); break;
      case 'MM': v = pad(x.m); break;
      case 'MON': v = MON(ml ?? monLang, x.m); break;
      case 'Mon': v = MON('en', x.m).slice(0, 3); break;
      case 'Y': v = String(x.y); break;
      case 'YY': v = pad(x.y % 100); break;
      case 'BE': v = String(x.y + 543); break;
      case 'ROC': v = String(x.y - 1911); break;
      case 'JE': v = jpEra(x, false); break;
      case 'JS': v = jpEra(x, true); break;
      case 'FA': v = jalali(r, false); break;
      case 'FAN': v = jalali(r, true); break;
      default: v = k;
    }
    return script ? nativeDigits(v, script) : v;
  });
}

// ───────────────────────────── spoken forms (ASR) ─────────────────────────────

const EN_DIG = sp('zero one two three four five six seven eight nine');
const DE_DIG = sp('null eins zwei drei vier fünf sechs sieben acht neun');
const ES_DIG = sp('cero uno dos tres cuatro cinco seis siete ocho nueve');
const FR_DIG = sp('zéro un deux trois quatre cinq six sept huit neuf');

function spokenDigits(r: Rng, num: string, lang: 'en' | 'de' | 'es' | 'fr'): string {
  const words = lang === 'de' ? DE_DIG : lang === 'es' ? ES_DIG : lang === 'fr' ? FR_DIG : EN_DIG;
  const ds = num.replace(/[^\d+]/g, '');
  const out: string[] = [];
  for (let i = 0; i < ds.length; i++) {
    const ch = ds.charAt(i);
    if (ch === '+') {
      out.push(lang === 'de' ? 'plus' : lang === 'es' ? 'más' : 'plus');
      continue;
    }
    if (lang === 'en' && ds.charAt(i + 1) === ch && r.chance(0.5)) {
      out.push(`double ${ch === '0' && r.chance(0.6) ? 'oh' : (EN_DIG[Number(ch)] as string)}`);
      i++;
      continue;
    }
    if (lang === 'en' && ch === '0' && r.chance(0.6)) out.push('oh');
    else if (lang === 'de' && ch === '2' && r.chance(0.4)) out.push('zwo');
    else out.push(words[Number(ch)] as string);
  }
  return out.join(r.chance(0.8) ? ' ' : ', ');
}

function spokenEmail(addr: string, lang: 'en' | 'de' | 'es' | 'fr'): string {
  const at = { en: ' at ', de: ' ät ', es: ' arroba ', fr: ' arobase ' }[lang];
  const dot = { en: ' dot ', de: ' punkt ', es: ' punto ', fr: ' point ' }[lang];
  const [local, dom] = addr.toLowerCase().split('@');
  const sayLocal = (local ?? '')
    .replace(/\./g, dot)
    .replace(/_/g, lang === 'en' ? ' underscore ' : ' unterstrich ')
    .replace(/-/g, lang === 'en' ? ' dash ' : ' minus ')
    .replace(/\+/g, ' plus ');
  return (sayLocal + at + (dom ?? '').replace(/\./g, dot)).replace(/\s+/g, ' ').trim();
}

const UNITS = sp('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen');
const TENS = sp('_ _ twenty thirty forty fifty sixty seventy eighty ninety');
const ORDW = sp(
  '_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth',
);
function num2w(n: number): string {
  if (n < 20) return UNITS[n] as string;
  const t = TENS[Math.floor(n / 10)] as string;
  return n % 10 ? `${t} ${UNITS[n % 10]}` : t;
}
function ordW(n: number): string {
  if (n <= 20) return ORDW[n] as string;
  if (n === 30) return 'thirtieth';
  return `${TENS[Math.floor(n / 10)]} ${ORDW[n % 10]}`;
}
function yearW(y: number): string {
  if (y >= 2000 && y < 2010) return `two thousand ${y === 2000 ? '' : UNITS[y - 2000]}`.trim();
  const hi = Math.floor(y / 100);
  const lo = y % 100;
  return `${num2w(hi)} ${lo === 0 ? 'hundred' : lo < 10 ? `oh ${UNITS[lo]}` : num2w(lo)}`;
}
function spokenDob(r: Rng, x: Ymd = birthDate(r)): string {
  const mon = MON('en', x.m).toLowerCase();
  return r.pick([
    `${mon} ${ordW(x.d)} ${yearW(x.y)}`,
    `the ${ordW(x.d)} of ${mon} ${yearW(x.y)}`,
    `${ordW(x.d)} of ${mon} ${yearW(x.y)}`,
    `${mon} ${num2w(x.d)} ${yearW(x.y)}`,
    `${x.m} ${x.d} ${pad(x.y % 100)}`,
  ]);
}

// ───────────────────────────── document helpers ─────────────────────────────

type Gen = (r: Rng, d: Doc) => void;

const LATIN_LANGS = new Set(sp('en de fr es it ca nl pt br pl cs sk sl hr sr ro hu fi et lv lt is no da sv tr az ur sw tl ms id vi'));
/** The same person written in Latin script, given name first (family first kept for vi/hu). */
function toLatin(p: Person): Person {
  if (isLatinCult(p) || p.c.id === 'my' || p.c.id === 'vn' || p.c.id === 'hu') return p;
  return { ...p, g: p.lg, f: p.lf, mid: p.lmid, c: { ...p.c, order: 'gf', join: ' ', tr: undefined, lang: 'en' } };
}
/** Another person of the same culture, in the same script as `p`. */
function rel(r: Rng, p: Person): Person {
  const q = person(r, p.c.id);
  return p.g === p.lg && q.g !== q.lg ? toLatin(q) : q;
}
const pp = (r: Rng, c: Country): Person => {
  const p = person(r, r.pick(c.cults));
  return LATIN_LANGS.has(c.lang) ? toLatin(p) : p;
};
const hm = (r: Rng): string => `${pad(r.int(7, 21))}:${pad(r.int(0, 59))}`;
const hms = (r: Rng): string => `${hm(r)}:${pad(r.int(0, 59))}`;
const day = (r: Rng): string => `2024-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
const isoTs = (r: Rng): string => `${day(r)}T${hms(r)}Z`;
const adrL = (r: Rng, c: Country, multi = false): Lab => {
  const a = address(r, c);
  return AD(multi ? a.multi : a.one);
};
/** DOB format family for a country. */
function dl(c: Country): string {
  if (c.cc === 'US') return 'en';
  if (c.cc === 'AT') return 'at';
  if (c.cc === 'PH') return 'tl';
  if (c.lang === 'en') return 'gb';
  return c.lang;
}
const dobL = (r: Rng, c: Country): Lab => DB(dobIn(r, dl(c)));
const ref = (r: Rng, pre: string): string => `${pre}-${fill(r, '@@#####')}`;
const IBAN_COUNTRIES = COUNTRIES.filter((c) => c.iban);
const ENGLISH = ['US', 'US', 'US', 'GB', 'GB', 'IE', 'IN', 'NG', 'AU', 'ZA', 'KE', 'PH'].map(co);
const ibanOf = (r: Rng, c: Country): string => iban(r, c.iban ?? r.pick(IBAN_COUNTRIES).iban ?? 'DE');

interface Lx {
  name: string; dob: string; addr: string; tel: string; mail: string; iban: string; hi: string; bye: string; form: string;
}
const LXS: Record<string, string> = {
  en: 'Name|Date of birth|Address|Phone|Email|IBAN|Hi|Thanks|Registration form',
  de: 'Name|Geburtsdatum|Anschrift|Telefon|E-Mail|IBAN|Hallo|Viele Grüße|Anmeldeformular',
  fr: 'Nom|Date de naissance|Adresse|Téléphone|Courriel|IBAN|Bonjour|Cordialement|Formulaire d’inscription',
  es: 'Nombre|Fecha de nacimiento|Domicilio|Teléfono|Correo electrónico|IBAN|Hola|Un saludo|Formulario de alta',
  it: 'Nome e cognome|Data di nascita|Indirizzo|Telefono|E-mail|IBAN|Buongiorno|Cordiali saluti|Modulo di iscrizione',
  ca: 'Nom i cognoms|Data de naixement|Adreça|Telèfon|Correu electrònic|IBAN|Hola|Salutacions|Full d’inscripció',
  nl: 'Naam|Geboortedatum|Adres|Telefoon|E-mailadres|IBAN|Hallo|Met vriendelijke groet|Inschrijfformulier',
  pt: 'Nome|Data de nascimento|Morada|Telemóvel|E-mail|IBAN|Olá|Cumprimentos|Ficha de inscrição',
  br: 'Nome completo|Data de nascimento|Endereço|Celular|E-mail|IBAN|Oi|Abraços|Ficha cadastral',
  pl: 'Imię i nazwisko|Data urodzenia|Adres|Telefon|E-mail|IBAN|Dzień dobry|Pozdrawiam|Formularz zgłoszeniowy',
  cs: 'Jméno a příjmení|Datum narození|Adresa|Telefon|E-mail|IBAN|Dobrý den|S pozdravem|Přihláška',
  sk: 'Meno a priezvisko|Dátum narodenia|Adresa|Telefón|E-mail|IBAN|Dobrý deň|S pozdravom|Prihláška',
  sl: 'Ime in priimek|Datum rojstva|Naslov|Telefon|E-pošta|IBAN|Pozdravljeni|Lep pozdrav|Prijavnica',
  hr: 'Ime i prezime|Datum rođenja|Adresa|Telefon|E-pošta|IBAN|Poštovani|Srdačan pozdrav|Prijavnica',
  sr: 'Ime i prezime|Datum rođenja|Adresa|Telefon|Imejl|Račun|Zdravo|Pozdrav|Prijava',
  ro: 'Nume și prenume|Data nașterii|Adresa|Telefon|E-mail|IBAN|Bună ziua|Cu stimă|Formular de înscriere',
  bg: 'Име|Дата на раждане|Адрес|Телефон|Имейл|IBAN|Здравейте|Поздрави|Формуляр за регистрация',
  uk: 'ПІБ|Дата народження|Адреса|Телефон|Ел. пошта|Рахунок|Добрий день|З повагою|Анкета',
  ru: 'ФИО|Дата рождения|Адрес|Телефон|Эл. почта|Счёт|Здравствуйте|С уважением|Анкета',
  el: 'Ονοματεπώνυμο|Ημερομηνία γέννησης|Διεύθυνση|Τηλέφωνο|Email|IBAN|Γεια σας|Με εκτίμηση|Αίτηση εγγραφής',
  hu: 'Név|Születési dátum|Lakcím|Telefonszám|E-mail|IBAN|Jó napot|Üdvözlettel|Jelentkezési lap',
  fi: 'Nimi|Syntymäaika|Osoite|Puhelin|Sähköposti|IBAN|Hei|Terveisin|Ilmoittautumislomake',
  et: 'Nimi|Sünnikuupäev|Aadress|Telefon|E-post|IBAN|Tere|Parimate soovidega|Registreerimisvorm',
  lv: 'Vārds, uzvārds|Dzimšanas datums|Adrese|Tālrunis|E-pasts|IBAN|Labdien|Ar cieņu|Pieteikuma anketa',
  lt: 'Vardas, pavardė|Gimimo data|Adresas|Telefonas|El. paštas|IBAN|Laba diena|Pagarbiai|Registracijos forma',
  is: 'Nafn|Fæðingardagur|Heimilisfang|Sími|Netfang|IBAN|Halló|Kveðja|Skráningarform',
  no: 'Navn|Fødselsdato|Adresse|Telefon|E-post|IBAN|Hei|Med vennlig hilsen|Påmeldingsskjema',
  da: 'Navn|Fødselsdato|Adresse|Telefon|E-mail|IBAN|Hej|Venlig hilsen|Tilmeldingsblanket',
  sv: 'Namn|Födelsedatum|Adress|Telefon|E-post|IBAN|Hej|Med vänliga hälsningar|Anmälningsblankett',
  tr: 'Ad Soyad|Doğum tarihi|Adres|Telefon|E-posta|IBAN|Merhaba|Saygılarımla|Kayıt formu',
  az: 'Ad, soyad|Doğum tarixi|Ünvan|Telefon|E-poçt|Hesab|Salam|Hörmətlə|Qeydiyyat forması',
  he: 'שם מלא|תאריך לידה|כתובת|טלפון|דוא"ל|IBAN|שלום|בברכה|טופס הרשמה',
  ar: 'الاسم الكامل|تاريخ الميلاد|العنوان|الهاتف|البريد الإلكتروني|الآيبان|مرحباً|مع خالص التحية|استمارة التسجيل',
  fa: 'نام و نام خانوادگی|تاریخ تولد|نشانی|تلفن همراه|ایمیل|شبا|سلام|با احترام|فرم ثبت‌نام',
  ur: 'Naam|Tareekh-e-paidaish|Pata|Phone|Email|Account|Assalam-o-alaikum|Shukriya|Registration form',
  sw: 'Jina kamili|Tarehe ya kuzaliwa|Anwani|Simu|Barua pepe|Akaunti|Habari|Asante|Fomu ya usajili',
  tl: 'Pangalan|Petsa ng kapanganakan|Tirahan|Telepono|Email|Account|Magandang araw|Salamat po|Pormularyo ng pagpaparehistro',
  ms: 'Nama|Tarikh lahir|Alamat|Telefon|E-mel|Akaun|Salam sejahtera|Terima kasih|Borang pendaftaran',
  id: 'Nama lengkap|Tanggal lahir|Alamat|No. HP|Email|Rekening|Halo|Terima kasih|Formulir pendaftaran',
  th: 'ชื่อ-นามสกุล|วันเกิด|ที่อยู่|โทรศัพท์|อีเมล|บัญชี|สวัสดีครับ|ขอบคุณครับ|แบบฟอร์มลงทะเบียน',
  vi: 'Họ và tên|Ngày sinh|Địa chỉ|Điện thoại|Email|Tài khoản|Xin chào|Trân trọng|Phiếu đăng ký',
  hi: 'नाम|जन्म तिथि|पता|फ़ोन|ईमेल|खाता|नमस्ते|धन्यवाद|पंजीकरण फ़ॉर्म',
  bn: 'নাম|জন্ম তারিখ|ঠিকানা|ফোন|ইমেইল|হিসাব|নমস্কার|ধন্যবাদ|নিবন্ধন ফর্ম',
  ta: 'பெயர்|பிறந்த தேதி|முகவரி|தொலைபேசி|மின்னஞ்சல்|கணக்கு|வணக்கம்|நன்றி|பதிவு படிவம்',
  ja: '氏名|生年月日|住所|電話番号|メールアドレス|口座|お世話になっております|よろしくお願いいたします|申込書',
  zh: '姓名|出生日期|地址|电话|邮箱|账户|您好|谢谢|登记表',
  tw: '姓名|出生日期|地址|電話|電子郵件|帳戶|您好|謝謝|報名表',
  ko: '성명|생년월일|주소|연락처|이메일|계좌|안녕하세요|감사합니다|신청서',
};
function lx(lang: string): Lx {
  const [name, dob, addr, tel, mail, ib, hi, bye, form] = (LXS[lang] ?? (LXS.en as string)).split('|') as string[];
  return { name: name ?? '', dob: dob ?? '', addr: addr ?? '', tel: tel ?? '', mail: mail ?? '', iban: ib ?? '', hi: hi ?? '', bye: bye ?? '', form: form ?? '' };
}

// ───────────────────────────── documents: chats & transcripts ─────────────────────────────

const BRANDS = sp('Lumora_Home Kestrel_Freight Brightwater_Energy Velo_Mobile Harbour_Bank Quillpad Nimbus_Telecom Orchard_Grocers Tidewell_Insurance');

const chatSupportEn: Gen = (r, d) => {
  const c = r.pick(ENGLISH);
  const u = pp(r, c);
  const agent = person(r, r.pick(['in', 'ph', 'us', 'za', 'gb']));
  const brand = r.pick(BRANDS);
  const uname = full(u);
  const known = r.chance(0.6);
  if (known) d.know(uname);
  d.add(`[${hms(r)}] system: chat started via web widget (${brand}, ticket ${ref(r, 'CS')})\n`);
  d.add(`[${hms(r)}] agent: Hi, you're chatting with `, P(agent.g), `. Who do I have the pleasure of speaking with?\n`);
  d.add(`[${hms(r)}] customer: `, r.chance(0.5) ? ['hi, this is ', P(uname)] : [P(uname), ' here, account holder'], '\n');
  d.add(`[${hms(r)}] agent: Thanks `, P(u.g), `! For verification can you confirm the email and phone on file?\n`);
  d.add(`[${hms(r)}] customer: `, EM(emailFor(r, u, c)), ' and ', PH(phone(r, c)), r.chance(0.4) ? [' (work: ', PH(phone(r, c)), ` ext. ${r.int(100, 999)})`] : '', '\n');
  const k = r.int(0, 3);
  if (k === 0) {
    const cd = card(r);
    d.add(`[${hms(r)}] customer: the charge of ${r.int(12, 480)}.${pad(r.int(0, 99))} on my ${NET_NAMES[cd.net]} `, CC(cd.v), ` is wrong, I never ordered order #${r.int(100000, 999999)}\n`);
    d.add(`[${hms(r)}] agent: Please never paste full card numbers in chat 🙏 I've masked it on our side. Refund raised for the card ending ${cd.v.slice(-4)}.\n`);
  } else if (k === 1) {
    d.add(`[${hms(r)}] customer: I moved, new address is `, adrL(r, c), `\n`);
    d.add(`[${hms(r)}] agent: Updated. Your next delivery window is ${r.int(1, 28)} ${MON('en', r.int(1, 12))}, 8am–12pm.\n`);
  } else if (k === 2 && c.cc === 'US') {
    d.add(`[${hms(r)}] agent: To reopen the account I need the last four of your SSN.\n`);
    d.add(`[${hms(r)}] customer: here's the whole thing lol `, SS(ssn(r)), `, DOB `, DB(dobIn(r, 'en')), `\n`);
  } else {
    d.add(`[${hms(r)}] customer: can you send the invoice to my wife `, P(nm(r, rel(r, u), 'full')), ` at `, EM(emailFor(r, null, c)), ` instead?\n`);
  }
  d.add(`[${hms(r)}] agent: Anything else I can help with today, `, P(nm(r, u, 'given')), `?\n[${hms(r)}] customer: no thats all, cheers\n`);
  d.add(`[${hms(r)}] system: transcript e-mailed to `, EM(emailFor(r, u, c)), '\n');
};

const TYPO: [RegExp, string][] = [[/ you/g, ' u'], [/ please/g, ' pls'], [/ the /g, ' teh '], [/ because/g, ' coz'], [/ are /g, ' r ']];
const sloppy = (s: string, r: Rng): string => {
  let t = s.toLowerCase();
  for (const [re, rep] of TYPO) if (r.chance(0.5)) t = t.replace(re, rep);
  return t;
};

const chatSloppy: Gen = (r, d) => {
  const c = co(r.pick(['IN', 'NG', 'PH', 'US', 'GB', 'KE', 'ZA']));
  const u = pp(r, c);
  const sib = rel(r, u);
  const who = r.chance(0.5) ? nm(r, u, 'lower') : nm(r, u, 'full');
  if (r.chance(0.6)) d.know(who);
  d.add(sloppy('hello sir/madam please help. ', r), 'my name is ', P(who), sloppy(' and my order still not came because courier guy says address wrong??\n', r));
  d.add(sloppy('correct address is ', r), adrL(r, c), sloppy(' pls update asap\n', r));
  d.add(sloppy('you can call me on ', r), PH(phone(r, c)), r.chance(0.5) ? [' or my bro ', P(nm(r, sib, r.chance(0.5) ? 'given' : 'lower')), ' ', PH(phone(r, c))] : '', '\n');
  if (r.chance(0.5)) d.add(sloppy('also refund to my acct, email is ', r), EM(emailFor(r, u, c).toLowerCase()), ' thx\n');
  if (r.chance(0.5)) {
    const cd = card(r);
    d.add('card used was ', CC(cd.v.replace(/ /g, r.chance(0.5) ? '' : ' ')), sloppy(' exp 0', r), `${r.int(1, 9)}/${r.int(25, 30)}`, '\n');
  }
  d.add(sloppy(r.pick(['thanks in advance', 'waiting for reply!!!', 'pls dont close the ticket again', 'god bless']), r));
};

const asrEn: Gen = (r, d) => {
  const c = co(r.pick(['US', 'US', 'US', 'GB', 'AU', 'IE', 'IN']));
  const u = pp(r, c);
  const ag = person(r, r.pick(['us', 'in', 'ph', 'gb']));
  const org = r.pick(['tidewell insurance', 'harbour bank', 'nimbus telecom', 'st. brendan medical group']);
  const L = (s: string): string => s.toLowerCase();
  d.add(`call_id=${fill(r, '@@##-####-##')} lang=en-${c.cc} asr_conf=0.${r.int(71, 97)}\n`);
  d.add(`agent: thank you for calling ${org} my name is `, P(L(ag.g)), ` can i have your full name please\n`);
  const callerName = L(full(u));
  if (r.chance(0.3)) d.know(callerName);
  d.add(`caller: yeah it's `, P(callerName), r.chance(0.4) && isLatinCult(u) ? [' that\'s ', P(L(ascii(u.f)).split('').join(' '))] : '', '\n');
  d.add('agent: and your date of birth\n');
  d.add('caller: ', r.chance(0.7) ? DB(spokenDob(r)) : DB(dobIn(r, dl(c))), '\n');
  d.add(`agent: thanks and the best number to reach you\n`);
  d.add('caller: ', PH(spokenDigits(r, phone(r, c), 'en')), r.chance(0.3) ? ' extension four one two' : '', '\n');
  d.add('agent: perfect and an email address\n');
  d.add('caller: ', EM(spokenEmail(emailFor(r, u, c), 'en')), '\n');
  if (c.cc === 'US' && r.chance(0.9)) d.add('agent: and to verify your identity your social security number\ncaller: ', SS(ssn(r, r.pick([' ', '-', '']))), '\n');
  if (r.chance(0.4)) d.add('agent: is the policy address still ', AD(L(address(r, c).one)), '\ncaller: yep that\'s right\n');
  if (r.chance(0.3)) d.add(`caller: oh and my husband `, P(L(full(rel(r, u)))), ` might call about the same claim\n`);
  d.add(`agent: great i've noted that [inaudible] reference number is ${r.pick(EN_DIG)} ${r.pick(EN_DIG)} alpha ${r.pick(EN_DIG)}\n`);
};

const asrDe: Gen = (r, d) => {
  const c = co(r.pick(['DE', 'AT', 'CH']));
  const u = pp(r, c);
  const ag = person(r, r.pick(['de', 'at', 'tr']));
  d.add(`[asr de-${c.cc}] kanal=2 dauer=${r.int(3, 14)}:${pad(r.int(0, 59))}\n`);
  d.add('A: guten tag sie sprechen mit ', P(full(ag).toLowerCase()), ' was kann ich für sie tun\n');
  d.add('K: ja hallo hier ist ', r.chance(0.5) ? 'frau ' : 'herr ', P(u.f.toLowerCase()), ' ich hab da ein problem mit meiner rechnung\n');
  d.add('A: können sie mir bitte ihren vollständigen namen und ihr geburtsdatum nennen\n');
  d.add('K: ', P(full(u).toLowerCase()), ' geboren am ', DB(dobIn(r, 'de')), '\n');
  d.add('A: und unter welcher nummer erreichen wir sie\n');
  d.add('K: ', PH(spokenDigits(r, phone(r, c), 'de')), '\n');
  d.add('A: und ihre e-mail\nK: ', EM(spokenEmail(emailFor(r, u, c), 'de')), '\n');
  if (r.chance(0.6)) d.add('A: die abbuchung erfolgt von der iban\nK: ', IB(ibanOf(r, c).toLowerCase()), ' ja genau\n');
  if (r.chance(0.4)) d.add('K: wir sind umgezogen die neue adresse ist ', AD(address(r, c).one.toLowerCase()), '\n');
  d.add('A: alles klar ich hab das notiert auf wiederhören\n');
};

const asrEs: Gen = (r, d) => {
  const c = co(r.pick(['MX', 'ES', 'AR', 'CO']));
  const u = pp(r, c);
  const ag = rel(r, u);
  d.add(`transcripción automática · idioma es-${c.cc} · agente=`, P(nm(r, ag, 'given').toLowerCase()), '\n');
  d.add('agente: buenas tardes gracias por llamar con quién tengo el gusto\n');
  d.add('cliente: sí hola soy ', P(full(u).toLowerCase()), '\n');
  d.add('agente: me confirma su fecha de nacimiento\ncliente: ', DB(dobIn(r, 'es').toLowerCase()), '\n');
  d.add('agente: y un número de contacto\ncliente: ', PH(spokenDigits(r, phone(r, c), 'es')), '\n');
  d.add('agente: su correo\ncliente: ', EM(spokenEmail(emailFor(r, u, c), 'es')), '\n');
  if (r.chance(0.5)) d.add('cliente: la entrega es en ', AD(address(r, c).one.toLowerCase()), ' con mi mamá ', P(nm(r, rel(r, u), 'given').toLowerCase()), '\n');
  d.add('agente: perfecto queda registrado que tenga buena tarde\n');
};

// ───────────────────────────── documents: e-mail ─────────────────────────────

function signature(r: Rng, p: Person, c: Country, company: string, multiAddr: boolean, q = ''): Part[] {
  const role = r.pick(['Account Manager', 'Head of Operations', 'Paralegal', 'Practice Manager', 'Senior Recruiter', 'Claims Handler']);
  return [
    `\n${q}--\n${q}`, P(nm(r, p, r.pick<Style>(['full', 'full', 'init']))), `\n${q}${role} | ${company}\n${q}`,
    multiAddr ? [adrL(r, c, true), `\n${q}`] : '',
    r.pick(['T ', 'Tel: ', 'M: ', 'Direct: ', '📞 ']), PH(phone(r, c)), r.chance(0.3) ? [' | Mobile ', PH(phone(r, c))] : '', '\n',
    r.chance(0.7) ? [q, EM(emailFor(r, p, c, true)), '\n'] : '',
  ];
}

const emailEn: Gen = (r, d) => {
  const c = r.pick(ENGLISH);
  const a = pp(r, c);
  const b = person(r, r.pick(['gb', 'us', 'in', 'ie', 'ng', 'za', 'au']));
  const company = r.pick(['Tanager Lettings Ltd', 'Kestrel Freight plc', 'Brightwater Analytics', 'Halden & Crowe LLP']);
  const aMail = emailFor(r, a, c);
  if (r.chance(0.3)) d.know(full(a));
  d.add('From: ', P(full(a)), ' <', EM(aMail), '>\nTo: ', EM(emailFor(r, b, c, true)), '\n');
  if (r.chance(0.4)) d.add('Cc: ', EM(roleMail(r)), '\n');
  d.add(`Subject: RE: ${r.pick(['tenancy renewal', 'your application', 'missing parcel', 'invoice query', 'reference request'])}\nDate: ${day(r)} ${hm(r)}\n\n`);
  d.add('Hi ', P(b.g), ',\n\n');
  d.add(r.pick(['Thanks for getting back to me so quickly. ', 'Apologies for the delay. ', 'Following up on our call. ']));
  const k = r.int(0, 2);
  if (k === 0) d.add('Please use my new address for all correspondence:\n\n', adrL(r, c, true), '\n\n');
  else if (k === 1) d.add('My mobile is ', PH(phone(r, c)), ' if it is easier to ring me after 5pm. ');
  else d.add('I have attached the reference from my previous landlord, ', titled(r, person(r, c.cults[0] ?? 'gb')), ', as requested. ');
  d.add(`The reference number on your letter is ${ref(r, 'TL')}.\n\nBest regards,\n`, P(nm(r, a, r.pick<Style>(['given', 'full']))), '\n\n');
  d.add(`On ${day(r)} at ${hm(r)}, `, P(full(b)), ' <', EM(emailFor(r, b, c, true)), '> wrote:\n');
  d.add('> Dear ', titled(r, a, 'family', 0.9), ',\n> We still need proof of address and a contact number.\n');
  d.add(signature(r, b, c, company, false, '> '));
};

const emailDe: Gen = (r, d) => {
  const c = co(r.pick(['DE', 'DE', 'AT', 'CH']));
  const a = pp(r, c);
  const b = pp(r, c);
  const firma = r.pick(['Nordlicht Logistik GmbH', 'Hausverwaltung Kuhn & Partner', 'Praxis am Stadtpark', 'Steuerkanzlei Brenner']);
  d.add('Von: ', P(full(a)), ' <', EM(emailFor(r, a, c)), '>\nAn: ', EM(emailFor(r, b, c, true)), `\nBetreff: AW: Ihre Anfrage vom ${r.int(1, 28)}.${r.int(1, 12)}.\n\n`);
  d.add('Sehr geehrte', b.fem ? ' Frau ' : 'r Herr ', P(b.f), ',\n\n');
  d.add('vielen Dank für Ihre Nachricht. ');
  const k = r.int(0, 2);
  if (k === 0) d.add('Bitte überweisen Sie die Kaution auf mein Konto:\nIBAN ', IB(ibanOf(r, c)), `\nBIC ${fill(r, '@@@@DE##')}\nKontoinhaber: `, P(nm(r, a, 'rev')), '\n\n');
  else if (k === 1) d.add('Meine neue Anschrift lautet:\n', P(full(a)), '\n', adrL(r, c, true), '\n\n');
  else d.add('Ich bin unter ', PH(phone(r, c)), ' erreichbar (Mo–Fr, 9–17 Uhr). Meine Tochter ', P(rel(r, a).g), ' ist am ', DB(dobIn(r, dl(c))), ' geboren.\n\n');
  d.add('Mit freundlichen Grüßen\n', P(full(a)), '\n\n');
  d.add(`Am ${r.int(1, 28)}.${pad(r.int(1, 12))}.2024 um ${hm(r)} schrieb `, P(full(b)), ' <', EM(emailFor(r, b, c, true)), '>:\n');
  d.add('> Guten Tag ', titled(r, a, 'family', 0.9), ',\n> bitte senden Sie uns die fehlenden Unterlagen.\n> --\n> ', firma, '\n> ', adrL(r, c), '\n> Tel. ', PH(phone(r, c)), '\n');
};

const emailFr: Gen = (r, d) => {
  const c = co(r.pick(['FR', 'FR', 'BE', 'CH', 'CA']));
  const a = person(r, c.cc === 'CA' ? 'qc' : r.pick(['fr', 'fr', 'be']));
  const b = person(r, c.cc === 'CA' ? 'qc' : 'fr');
  d.add('De : ', P(full(a)), ' <', EM(emailFor(r, a, c)), '>\nÀ : ', EM(roleMail(r)), `\nObjet : Réclamation dossier n° ${fill(r, '####/@@')}\n\n`);
  d.add(r.chance(0.5) ? ['Bonjour ', titled(r, b, 'family', 1), ',\n\n'] : 'Madame, Monsieur,\n\n');
  d.add('Je me permets de vous relancer au sujet de ma demande. ');
  if (r.chance(0.5)) d.add('Ma fille ', P(rel(r, a).g), ', née le ', DB(dobIn(r, 'fr')), ', est également concernée. ');
  d.add('Vous pouvez me joindre au ', PH(phone(r, c)), ' ou par courriel.\n\n');
  if (r.chance(0.5)) d.add('Pour le remboursement, voici mon RIB : ', IB(ibanOf(r, c)), '.\n\n');
  d.add('Veuillez agréer mes salutations distinguées.\n\n', P(nm(r, a, r.pick<Style>(['full', 'caps']))), '\n', adrL(r, c, true), '\n');
};

const emailRomance: Gen = (r, d) => {
  const cc = r.pick(['IT', 'ES', 'PT', 'BR', 'ES-CT', 'RO', 'MX']);
  const c = co(cc);
  const a = pp(r, c);
  const b = pp(r, c);
  const t = lx(c.lang);
  const phr: Record<string, string[]> = {
    it: ['Gentile ', 'come concordato telefonicamente, le invio i miei dati aggiornati.', 'Resto a disposizione per eventuali chiarimenti.'],
    es: ['Estimado/a ', 'tal y como hablamos por teléfono, le envío mis datos actualizados.', 'Quedo a la espera de su respuesta.'],
    pt: ['Caro/a ', 'conforme combinado, envio os meus dados atualizados.', 'Fico a aguardar a vossa resposta.'],
    br: ['Prezado(a) ', 'conforme conversamos, seguem meus dados atualizados.', 'Fico no aguardo do retorno.'],
    ca: ['Benvolgut/da ', 'tal com vam parlar per telèfon, us envio les meves dades actualitzades.', 'Resto a l’espera de la vostra resposta.'],
    ro: ['Stimate/Stimată ', 'conform discuției telefonice, vă trimit datele mele actualizate.', 'Aștept cu interes răspunsul dumneavoastră.'],
  };
  const [greet, body, close] = phr[c.lang] ?? (phr.es as string[]);
  d.add(greet ?? '', titled(r, b, 'family', 0.8), ',\n\n', body ?? '', '\n\n');
  d.add(`${t.name}: `, P(full(a)), `\n${t.dob}: `, dobL(r, c), `\n${t.addr}: `, adrL(r, c), `\n${t.tel}: `, PH(phone(r, c)), `\n${t.mail}: `, EM(emailFor(r, a, c)), '\n');
  if (c.iban) d.add(`${t.iban}: `, IB(ibanOf(r, c)), '\n');
  d.add('\n', close ?? '', '\n', t.bye, ',\n', P(nm(r, a, 'full')), '\n');
};

// ───────────────────────────── documents: health, insurance, finance ─────────────────────────────

const EPONYMS = [
  "Parkinson's disease", "Crohn's disease", "Hashimoto's thyroiditis", 'Raynaud phenomenon', 'Guillain-Barré syndrome', "Bell's palsy",
  "Hodgkin lymphoma", "Alzheimer's dementia", "Addison's disease", 'Osgood-Schlatter disease', "Sjögren's syndrome", 'Kawasaki disease',
];

const clinicalEn: Gen = (r, d) => {
  const c = co(r.pick(['US', 'US', 'GB', 'AU', 'IE', 'ZA']));
  const pt = pp(r, c);
  const doc = person(r, r.pick(['us', 'in', 'gb', 'ng', 'ie']));
  const nurse = person(r, r.pick(['ph', 'us', 'gb']));
  d.add(`PROGRESS NOTE — ${r.pick(['Internal Medicine', 'Neurology', 'Rheumatology', 'Family Practice'])}\nMRN: ${fill(r, '@#######')}   Encounter: ${day(r)}\n`);
  d.add('Patient: ', P(nm(r, pt, r.pick<Style>(['rev', 'caps', 'full']))), '   DOB: ', dobL(r, c), `   Sex: ${pt.fem ? 'F' : 'M'}\n`);
  if (c.cc === 'US' && r.chance(0.75)) d.add('SSN: ', SS(ssn(r)), `   Payer: ${r.pick(['Aetna PPO', 'Medicare Part B', 'BCBS IL'])} member ID ${fill(r, '@@@#########')}\n`);
  d.add('Home: ', adrL(r, c), '   Tel: ', PH(phone(r, c)), '\n\n');
  d.add(`S: ${r.int(24, 88)}-year-old with known ${r.pick(EPONYMS)} presents with ${r.pick(['worsening tremor', 'fatigue', 'joint pain', 'dizziness'])}. `);
  d.add('Accompanied by ', r.pick(['daughter', 'son', 'spouse', 'neighbour']), ' ', P(nm(r, rel(r, pt), r.pick<Style>(['full', 'given']))), ` (contact `, PH(phone(r, c)), ').\n');
  d.add(`O: BP ${r.int(100, 160)}/${r.int(60, 95)}, HR ${r.int(55, 110)}, SpO2 ${r.int(92, 99)}%. Babinski negative. Romberg ${r.pick(['positive', 'negative'])}.\n`);
  d.add(`A/P: Continue levodopa 100/25 mg TID. Refer to Dr. `, P(doc.f), `'s clinic (Apley building, room ${r.int(100, 499)}). Follow up 6 weeks.\n`);
  d.add('Signed: ', P(nm(r, doc, 'init')), `, MD — ${hm(r)}   Scribe: `, P(nm(r, nurse, 'given')), '\n');
};

const clinicalDe: Gen = (r, d) => {
  const c = co(r.pick(['DE', 'AT', 'CH']));
  const pt = pp(r, c);
  const arzt = pp(r, c);
  d.add(r.pick(['Arztbrief', 'Entlassungsbericht', 'Befundbericht']), '\n\n');
  d.add('Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über ', pt.fem ? 'Ihre Patientin ' : 'Ihren Patienten ', titled(r, pt, 'full', 0.6), ', geb. ', DB(dobIn(r, dl(c))), ', wohnhaft ', adrL(r, c), `, der/die sich vom ${r.int(1, 28)}.${r.int(1, 12)}. bis ${r.int(1, 28)}.${r.int(1, 12)}.2024 in unserer stationären Behandlung befand.\n\n`);
  d.add(`Diagnosen:\n- ${r.pick(['Morbus Crohn', 'Morbus Basedow', 'Hashimoto-Thyreoiditis', 'Morbus Bechterew', 'Alzheimer-Demenz'])} (ICD-10 ${fill(r, '@##.#')})\n- Z. n. Appendektomie\n\n`);
  d.add('Angehörige: ', P(nm(r, rel(r, pt), 'full')), ' (Ehepartner), Tel. ', PH(phone(r, c)), '\n\n');
  d.add('Mit freundlichen kollegialen Grüßen\n\n', 'Dr. med. ', P(full(arzt)), '\nOberärztin/Oberarzt, Klinik für Innere Medizin\n');
};

const clinicalJa: Gen = (r, d) => {
  const c = co('JP');
  const pt = pp(r, c);
  const dr = pp(r, c);
  d.add('診療情報提供書\n\n', r.pick(['さくら内科クリニック', '市立中央病院 整形外科']), '\n', P(full(dr)), ' 先生 御侍史\n\n');
  d.add('患者氏名：', P(full(pt)), ' 様（', pt.fem ? '女' : '男', '）\n生年月日：', DB(dobIn(r, 'ja')), '\n住所：', adrL(r, c), '\n電話：', PH(phone(r, c)), '\n\n');
  d.add(`傷病名：${r.pick(['パーキンソン病', '橋本病', 'クローン病', '川崎病の既往'])}\n紹介目的：精査加療のお願い\n\n`);
  d.add('いつもお世話になっております。上記患者様をご紹介申し上げます。ご多忙中恐縮ですが、よろしくお願いいたします。\n\n担当医　', P(nm(r, pp(r, c), 'full')), '\n');
};

const insuranceUs: Gen = (r, d) => {
  const c = co('US');
  const h = pp(r, c);
  const dep = rel(r, h);
  d.add(`CLAIM FORM CMS-1500 (excerpt)   Claim #: ${fill(r, '##-#######-@')}\n`);
  d.add('1a. Insured ID: ', fill(r, '@@@########'), '\n2. Patient name (Last, First, MI): ', P(`${h.f.toUpperCase()}, ${h.g.toUpperCase()}`), ` ${String.fromCharCode(65 + r.int(0, 25))}\n`);
  d.add('3. Patient birth date: ', DB(dobIn(r, 'en', birthDate(r)).replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, '$1 $2 $3')), `   Sex: ${h.fem ? 'F' : 'M'}\n`);
  d.add('5. Patient address: ', adrL(r, c), '\n   Telephone: ', PH(phone(r, c)), '\n');
  d.add("4. Insured's name: ", P(nm(r, dep, 'caps')), '   SSN: ', SS(ssn(r)), '\n');
  d.add(`11. Insured's policy group: ${fill(r, 'GRP-####')}   11a. Insured DOB: `, DB(dobIn(r, 'en')), '\n');
  d.add(`21. Diagnosis: ${fill(r, '@##.#')} (${r.pick(EPONYMS)})   24. DOS ${day(r)}   CPT 99214   $${r.int(90, 900)}.00\n`);
  d.add(`25. Federal Tax ID (EIN): ${fill(r, '##-#######')}   32. Facility: ${r.pick(['Mercy West Clinic', 'Lakeside Surgical Center'])}\n`);
  d.add('33. Billing provider ph #: ', PH(phone(r, c)), '\n');
};

const insuranceNl: Gen = (r, d) => {
  const c = co(r.pick(['NL', 'NL', 'BE']));
  const a = pp(r, c);
  const b = person(r, r.pick(['nl', 'be', 'tr', 'de']));
  d.add(`Europees Schadeformulier — polis ${fill(r, '##.###.###')}\n\nVoertuig A\n`);
  d.add('  Verzekeringnemer: ', P(nm(r, a, r.pick<Style>(['rev', 'full']))), '\n  Adres: ', adrL(r, c), '\n  Telefoon: ', PH(phone(r, c)), '\n  E-mail: ', EM(emailFor(r, a, c)), `\n  Kenteken: ${fill(r, '%%-@@@-#')}\n  Bestuurder geboren op: `, DB(dobIn(r, 'nl')), '\n');
  d.add('Voertuig B\n  Verzekeringnemer: ', P(full(b)), '\n  Telefoon: ', PH(phone(r, c)), '\n\n');
  d.add('Uitbetaling schade op rekening ', IB(ibanOf(r, c)), ' t.n.v. ', P(`${a.g.charAt(0)}. ${a.f}`), '.\n');
  d.add(`Plaats ongeval: kruising Johan Cruijff Boulevard / ${r.pick(['Burgemeester Stramanweg', 'Hoogoorddreef'])}, ${r.int(1, 28)}-${r.int(1, 12)}-2024 om ${hm(r)}.\n`);
};

const pharmacyUk: Gen = (r, d) => {
  const c = co(r.pick(['GB', 'IE', 'AU']));
  const pt = pp(r, c);
  const gp = person(r, r.pick(['gb', 'in', 'ie']));
  d.add(`${r.pick(['Boots', 'Lloyds Pharmacy', 'Hickey\'s Pharmacy', 'Chemist Warehouse'])} — prescription ready for collection\n\n`);
  d.add('Patient: ', titled(r, pt, 'full', 0.7), '\nDOB: ', dobL(r, c), `\nNHS/ref no.: ${fill(r, '### ### ####')}\n`);
  d.add(`Items: Sertraline 50mg x28, Levothyroxine 75mcg x56\nPrescriber: Dr `, P(nm(r, gp, r.pick<Style>(['family', 'init']))), ` (Fleming Road Surgery)\n`);
  d.add('Delivery to: ', adrL(r, c, r.chance(0.5)), '\nText updates to ', PH(phone(r, c)), `\nCollect by ${r.int(1, 28)} ${MON('en', r.int(1, 12))}. Reply STOP to opt out.\n`);
};

const bankDach: Gen = (r, d) => {
  const c = co(r.pick(['DE', 'AT', 'CH', 'NL', 'FR', 'IT', 'ES', 'BE', 'PL', 'FI', 'SE']));
  const a = pp(r, c);
  const b = pp(r, c);
  const t = lx(c.lang);
  d.add(`${r.pick(['SEPA-Überweisung', 'SEPA credit transfer', 'Virement SEPA', 'Bonifico SEPA', 'Transferencia SEPA'])} — ${isoTs(r)}\n`);
  d.add('Auftraggeber / Debtor: ', P(nm(r, a, r.pick<Style>(['full', 'caps', 'rev']))), '\n', `${t.iban}: `, IB(ibanOf(r, c)), '\n');
  d.add('Empfänger / Creditor: ', P(nm(r, b, 'caps')), '\nIBAN: ', IB(ibanOf(r, r.pick(IBAN_COUNTRIES))), `\nBetrag: ${r.int(10, 4000)},${pad(r.int(0, 99))} EUR\n`);
  d.add(`Verwendungszweck: ${r.pick(['Miete ', 'Rechnung ', 'Kaution ', 'Nebenkosten '])}${fill(r, '####/##')} `, r.chance(0.5) ? ['für ', P(nm(r, rel(r, a), 'given'))] : '', '\n');
  d.add(`End-to-End-ID: ${fill(r, 'NOTPROVIDED##########')}   Mandatsreferenz ${fill(r, 'MR-@@#######')}   Gläubiger-ID DE98ZZZ0999999999\n`);
  if (r.chance(0.4)) d.add('Hinweis: ungültige IBAN ', badIban(r, c.iban ?? 'DE'), ' wurde abgelehnt.\n');
};

const paymentLog: Gen = (r, d) => {
  const n = r.int(3, 6);
  const svc = r.pick(['checkout-api', 'payments-gw', 'billing-worker']);
  for (let i = 0; i < n; i++) {
    const c = r.pick(COUNTRIES);
    const u = pp(r, c);
    const cd = card(r);
    const ok = r.chance(0.6);
    d.add(`{"ts":"${isoTs(r)}","svc":"${svc}","level":"${ok ? 'info' : 'warn'}","msg":"${ok ? 'authorized' : 'declined'}","client_ip":"`, IPL(ip(r)), '","email":"', EM(emailFor(r, u, c)), '"');
    if (r.chance(0.75)) d.add(',"pan":"', CC(cd.v.replace(/[ -]/g, '')), '"');
    else d.add(`,"pan_masked":"${cd.v.replace(/[ -]/g, '').slice(0, 6)}******${cd.v.slice(-4)}"`);
    if (r.chance(0.4)) d.add(',"cardholder":"', P(nm(r, u, r.pick<Style>(['caps', 'full']))), '"');
    d.add(`,"amount":${r.int(1, 900)}.${pad(r.int(0, 99))},"currency":"${r.pick(['EUR', 'USD', 'GBP', 'JPY', 'BRL'])}","trace":"${fill(r, '########-####-4###-####-############').toLowerCase()}"}\n`);
  }
};

const hrYamlUs: Gen = (r, d) => {
  const c = co('US');
  const e = pp(r, c);
  const ec = toLatin(person(r, r.pick(['us', 'mx', 'in', 'cn'])));
  const fn = full(e);
  if (r.chance(0.4)) d.know(fn);
  d.add(`# onboarding/${ascii(e.lf).toLowerCase()}-${r.int(100, 999)}.yaml — generated by Workday export\nemployee:\n  legal_name: "`, P(fn), '"\n');
  if (r.chance(0.5)) d.add('  preferred_name: ', P(e.g), '\n');
  d.add('  ssn: "', SS(ssn(r)), '"\n  date_of_birth: ', DB(dobIn(r, 'en')), '\n');
  d.add('  home_address: "', adrL(r, c), '"\n  personal_email: ', EM(emailFor(r, e, c)), '\n  mobile: "', PH(phone(r, c)), '"\n');
  d.add(`  start_date: ${day(r)}\n  department: ${r.pick(['R&D', 'Finance', 'Support', 'Warehouse'])}\n  manager: `, P(nm(r, pp(r, c), 'full')), '\n');
  d.add(`  direct_deposit:\n    routing: "${r.pick(['021000021', '026009593', '121000248', '011000138'])}"\n    account: "${r.digits(10)}"\n`);
  d.add('  emergency_contact:\n    name: ', P(nm(r, ec, 'full')), '\n    phone: "', PH(phone(r, c)), '"\n');
  if (r.chance(0.5)) d.add('  dependents:\n    - name: ', P(nm(r, rel(r, e), 'full')), '\n      ssn: ', SS(ssn(r, '-')), '\n      dob: ', DB(`${r.int(2008, 2020)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`), '\n');
  d.add(`  i9_verified: true\n  w4_filing_status: ${r.pick(['single', 'married_jointly', 'head_of_household'])}\n`);
};

const kycChatUs: Gen = (r, d) => {
  const c = co('US');
  const u = pp(r, c);
  const fn = full(u);
  d.know(fn);
  d.add(`Harbour Bank • Secure messaging • Case ${ref(r, 'KYC')}\n\n`);
  d.add('Customer (', P(fn), '): Hi, my application got stuck at identity verification.\n');
  d.add('Banker: Sorry about that! Please confirm your SSN and date of birth exactly as on your application.\n');
  d.add('Customer: SSN ', SS(ssn(r)), ', born ', DB(dobIn(r, 'en')), '.\n');
  d.add('Banker: Thanks. The address we have is ', adrL(r, c), ' — is that current?\n');
  d.add('Customer: Yes. Also my spouse ', P(nm(r, rel(r, u), 'full')), ' wants to be a joint holder, her SSN is ', SS(ssn(r)), '.\n');
  d.add(`Banker: Noted. Our routing number is 0${r.digits(8)} and your new checking account ends in ${r.digits(4)}. EIN on the business form: ${fill(r, '##-#######')}.\n`);
  if (r.chance(0.5)) d.add('Customer: can you also link my debit card ', CC(card(r, 'visa').v), '?\nBanker: Please don\'t send card numbers here — I\'ll call you at ', PH(phone(r, c)), '.\n');
};

// ───────────────────────────── documents: letters, logistics, records ─────────────────────────────

const legalLetter: Gen = (r, d) => {
  const c = co(r.pick(['FR', 'IT', 'ES', 'DE', 'PT', 'NL', 'GB', 'PL', 'BE']));
  const client = pp(r, c);
  const opp = pp(r, c);
  const lawyer = pp(r, c);
  const city = r.pick(c.ci)[1] ?? '';
  const intro: Record<string, string> = {
    fr: 'Lettre recommandée avec accusé de réception\nObjet : mise en demeure', it: 'Raccomandata A/R\nOggetto: diffida e messa in mora',
    es: 'Burofax con certificación de texto\nAsunto: requerimiento extrajudicial', de: 'Einschreiben mit Rückschein\nBetreff: Abmahnung',
    pt: 'Carta registada com aviso de receção\nAssunto: interpelação para pagamento', nl: 'Aangetekend\nOnderwerp: ingebrekestelling',
    en: 'WITHOUT PREJUDICE SAVE AS TO COSTS\nRe: Letter before action', pl: 'List polecony za potwierdzeniem odbioru\nDotyczy: wezwanie do zapłaty',
  };
  d.add(`${city}, ${r.int(1, 28)}/${pad(r.int(1, 12))}/2024\n\n`);
  d.add(P(nm(r, opp, r.pick<Style>(['full', 'caps']))), '\n', adrL(r, c, true), '\n\n', intro[c.lang] ?? intro.en ?? '', '\n\n');
  d.add(titled(r, opp, 'family', 1), ',\n\n');
  const body: Record<string, [string, string, string, string, string]> = {
    fr: ['Au nom de notre client(e) ', ', né(e) le ', ', demeurant ', ', nous nous référons au contrat n° ', 'Le paiement devra intervenir sous 14 jours sur le compte '],
    it: ['Per conto del nostro assistito ', ', nato/a il ', ', residente in ', ', facciamo riferimento al contratto n. ', 'Il pagamento dovrà avvenire entro 14 giorni sul conto '],
    es: ['En nombre de nuestro/a cliente ', ', nacido/a el ', ', con domicilio en ', ', nos referimos al contrato n.º ', 'El pago deberá realizarse en 14 días en la cuenta '],
    de: ['Namens und in Vollmacht unseres Mandanten ', ', geb. ', ', wohnhaft ', ', nehmen wir Bezug auf den Vertrag Nr. ', 'Zahlung binnen 14 Tagen auf das Konto '],
    pt: ['Em nome do/a nosso/a cliente ', ', nascido/a em ', ', residente em ', ', referimo-nos ao contrato n.º ', 'O pagamento deverá ser feito em 14 dias para a conta '],
    nl: ['Namens onze cliënt ', ', geboren op ', ', wonende te ', ', verwijzen wij naar overeenkomst nr. ', 'Betaling dient binnen 14 dagen te geschieden op rekening '],
    pl: ['W imieniu naszego klienta ', ', ur. ', ', zam. ', ', powołujemy się na umowę nr ', 'Płatności należy dokonać w ciągu 14 dni na rachunek '],
    en: ['On behalf of our client ', ', born ', ', residing at ', ', we refer to contract no. ', 'Payment is to be made within 14 days to the client account '],
  };
  const [b1, b2, b3, b4, b5] = body[c.lang] ?? (body.en as [string, string, string, string, string]);
  d.add(b1, titled(r, client, 'full', 0.6), b2, DB(dobIn(r, dl(c))), b3, adrL(r, c), `${b4}${fill(r, '####/@@/##')} (${r.pick(['Code Napoléon', 'Sarbanes-Oxley Act', 'Ley Moyano', 'Codice Rocco', 'Wet Mulder'])}).\n`);
  if (c.iban) d.add(b5, IB(ibanOf(r, c)), '.\n');
  d.add('\n', P(nm(r, lawyer, r.pick<Style>(['full', 'init']))), `\n${r.pick(['Avocat au Barreau', 'Avvocato', 'Abogado, colegiado nº ' + r.int(1000, 99999), 'Rechtsanwalt', 'Solicitor'])}\n`, EM(emailFor(r, lawyer, c, true)), ' · ', PH(phone(r, c)), '\n');
};

const shipping: Gen = (r, d) => {
  const from = r.pick(COUNTRIES);
  const to = r.pick(COUNTRIES);
  const s = pp(r, from);
  const t = pp(r, to);
  d.add(`CN23 CUSTOMS DECLARATION   Item ${fill(r, '@@#########@@')}   Tracking ${fill(r, '1Z###@@#########')}\n\n`);
  d.add('Sender:\n', P(nm(r, s, r.pick<Style>(['full', 'caps', 'latin']))), '\n', adrL(r, from, true), '\n', PH(phone(r, from)), '\n\n');
  d.add('Recipient:\n', P(nm(r, t, r.pick<Style>(['full', 'latin']))), '\n', adrL(r, to, true), '\nTel: ', PH(phone(r, to)), '\nE-mail: ', EM(emailFor(r, t, to)), '\n\n');
  d.add(`Contents: ${r.pick(['gift — handmade scarf', 'documents', 'commercial sample', 'books'])}  HS code ${fill(r, '####.##')}  Value ${r.int(5, 300)} USD  Weight ${r.int(1, 20)}.${r.int(0, 9)} kg\n`);
  d.add(`Incoterm DAP. Customs ref ${fill(r, '##@@########@#')}. Held at ${r.pick(['Leipzig hub', 'JFK ISC', 'Schiphol', 'Heathrow Worldwide Distribution Centre'])} since ${day(r)}.\n`);
};

const csvExport: Gen = (r, d) => {
  const sep = r.pick([',', ';', '\t']);
  const q = sep === ',' ? '"' : '';
  const cols = ['id', 'name', 'email', 'phone', 'country', 'dob', r.pick(['iban', 'iban', 'card', 'card', 'ip'])];
  const last = cols[6] as string;
  d.add(cols.join(sep), '\n');
  const n = r.int(3, 7);
  for (let i = 0; i < n; i++) {
    const c = r.pick(last === 'iban' ? IBAN_COUNTRIES : COUNTRIES);
    const p = pp(r, c);
    d.add(String(1000 + r.int(0, 8999)), sep, q, P(nm(r, p, r.pick<Style>(['full', 'rev', 'caps', 'latin']))), q, sep, EM(emailFor(r, p, c)), sep, PH(phone(r, c)), sep, c.cc, sep);
    d.add(r.chance(0.8) ? DB(dobIn(r, r.pick(['en', 'gb', 'de']) === 'de' ? 'de' : 'gb')) : '', sep);
    if (last === 'iban') d.add(IB(ibanOf(r, c)));
    else if (last === 'card') d.add(CC(card(r).v.replace(/ /g, '')));
    else d.add(IPL(ip(r)));
    d.add('\n');
  }
};

const jsonUsers: Gen = (r, d) => {
  const n = r.int(2, 4);
  d.add(`// GET /api/v2/customers?page=${r.int(1, 40)} → 200 (${n} items)\n[\n`);
  for (let i = 0; i < n; i++) {
    const c = r.pick(COUNTRIES);
    const p = pp(r, c);
    d.add(`  {\n    "id": "cus_${fill(r, '@#@#@#@#@#').toLowerCase()}",\n    "firstName": "`, P(p.c.order === 'fg' ? p.g : p.g), '",\n    "lastName": "', P(p.f), '",\n');
    d.add('    "email": "', EM(emailFor(r, p, c)), '",\n    "phone": "', PH(phone(r, c)), '",\n');
    if (r.chance(0.6)) d.add('    "birthDate": "', DB(`${birthDate(r).y}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`), '",\n');
    d.add('    "shippingAddress": "', adrL(r, c), '",\n');
    d.add('    "lastLoginIp": "', IPL(ip(r)), `",\n    "createdAt": "${isoTs(r)}",\n    "plan": "${r.pick(['free', 'pro', 'team'])}"\n  }${i < n - 1 ? ',' : ''}\n`);
  }
  d.add(']\n');
};

const xmlSepa: Gen = (r, d) => {
  const c = r.pick(IBAN_COUNTRIES);
  const dbt = pp(r, c);
  d.add(`<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n <CstmrCdtTrfInitn>\n  <GrpHdr><MsgId>${fill(r, 'MSG-########')}</MsgId><CreDtTm>${isoTs(r)}</CreDtTm></GrpHdr>\n`);
  d.add('  <PmtInf>\n   <Dbtr><Nm>', P(nm(r, dbt, r.pick<Style>(['caps', 'full']))), '</Nm><PstlAdr><AdrLine>', adrL(r, c), '</AdrLine></PstlAdr></Dbtr>\n   <DbtrAcct><Id><IBAN>', IB(ibanRaw(r, c.iban ?? 'DE')), '</IBAN></Id></DbtrAcct>\n');
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(IBAN_COUNTRIES);
    const cr = pp(r, cc);
    d.add(`   <CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">${r.int(10, 9000)}.${pad(r.int(0, 99))}</InstdAmt></Amt>\n    <Cdtr><Nm>`, P(nm(r, cr, 'full')), '</Nm></Cdtr><CdtrAcct><Id><IBAN>', IB(ibanRaw(r, cc.iban ?? 'DE')), `</IBAN></Id></CdtrAcct>\n    <RmtInf><Ustrd>INV ${fill(r, '####-##')}</Ustrd></RmtInf></CdtTrfTxInf>\n`);
  }
  d.add('  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n');
};

const sqlDump: Gen = (r, d) => {
  d.add(`-- pg_dump excerpt, table public.patients (${day(r)})\nINSERT INTO patients (id, full_name, dob, ssn, phone, email, address) VALUES\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const c = co(r.chance(0.7) ? 'US' : r.pick(['GB', 'CA', 'MX']));
    const p = pp(r, c);
    d.add(`  (${r.int(1, 99999)}, '`, P(nm(r, p, 'full').replace(/'/g, "''")), "', '", DB(`${birthDate(r).y}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`), "', ");
    d.add(c.cc === 'US' ? ["'", SS(ssn(r, r.pick(['-', '']))), "'"] : 'NULL', ", '", PH(phone(r, c)), "', '", EM(emailFor(r, p, c)), "', '", AD(address(r, c).one.replace(/'/g, "''")), `')${i < n - 1 ? ',' : ';'}\n`);
  }
  d.add(`-- ${r.int(2, 90)} rows skipped; checksum ${fill(r, '########').toLowerCase()}\n`);
};

const accessLog: Gen = (r, d) => {
  const n = r.int(4, 8);
  for (let i = 0; i < n; i++) {
    const v6 = r.chance(0.25);
    const a = v6 ? ipv6(r) : ipv4(r);
    const path = r.pick(['/login', '/api/v1/orders', '/reset-password', '/static/app.4f9c2.js', '/account/profile', '/unsubscribe']);
    d.add(IPL(a), ` - - [${pad(r.int(1, 28))}/${MON('en', r.int(1, 12)).slice(0, 3)}/2024:${hms(r)} +0000] "${r.pick(['GET', 'POST'])} ${path}`);
    if (path === '/unsubscribe' || path === '/reset-password') {
      const c = r.pick(COUNTRIES);
      d.add('?email=', EM(emailFor(r, pp(r, c), c)), `&t=${fill(r, '########')}`);
    }
    d.add(` HTTP/1.1" ${r.pick(['200', '302', '401', '404', '500'])} ${r.int(120, 90000)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.6367.${r.int(10, 99)} Safari/537.36"`);
    if (r.chance(0.3)) d.add(' upstream=', IPL(ipv4(r)), `:${r.pick(['8080', '3000', '9000'])}`);
    d.add('\n');
  }
};

const httpHeaders: Gen = (r, d) => {
  const c = r.pick(COUNTRIES);
  const p = pp(r, c);
  d.add(`POST /v1/messages HTTP/2\nHost: api.${r.pick(['quillpad.io', 'nimbus-telecom.com', 'tidewell.co'])}\nUser-Agent: curl/8.${r.int(1, 9)}.${r.int(0, 3)}\n`);
  d.add('X-Forwarded-For: ', IPL(ipv4(r)), ', ', IPL(ipv4(r)), r.chance(0.4) ? [', ', IPL(ipv6(r))] : '', '\n');
  d.add('X-Real-IP: ', IPL(ipv4(r)), '\nForwarded: for="[', IPL(ipv6(r)), `]:${r.int(1024, 65000)}";proto=https\n`);
  d.add('From: ', EM(emailFor(r, p, c)), `\nX-Request-Id: ${fill(r, '########-####-####-####-############').toLowerCase()}\nAccept-Language: ${r.pick(['de-CH,de;q=0.9', 'pt-BR', 'ja-JP,ja;q=0.8,en;q=0.5', 'tr-TR'])}\n`);
  d.add(`Cookie: session=${fill(r, '@@##@@##@@##@@##')}; ajs_user_traits=%7B%22name%22%3A%22`, P(nm(r, p, 'latin').replace(/ /g, '%20')), '%22%7D\n\n');
  d.add('{"to":"', EM(emailFor(r, pp(r, c), c)), '","body":"Hi ', P(p.g), `, your code is ${r.digits(6)}"}\n`);
};

const codingSession: Gen = (r, d) => {
  const dev = pp(r, co(r.pick(['DE', 'US', 'IN', 'BR', 'PL', 'UA', 'FR', 'NL'])));
  const c = co('US');
  d.add('user: getting this when I run the seed script, any idea?\n\n```\n');
  d.add(`Traceback (most recent call last):\n  File "/srv/app/scripts/seed.py", line ${r.int(20, 300)}, in <module>\n    create_user(email=row["email"])\n`);
  d.add('psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(', EM(emailFor(r, dev, c, true)), ') already exists.\n```\n\n');
  d.add('my config:\n```env\n', `DATABASE_URL=postgres://app:${fill(r, '@@@@####')}@`, IPL(ipv4(r)), ':5432/app\nREDIS_HOST=', IPL(ipv4(r)), '\nADMIN_EMAIL=', EM(roleMail(r)), `\nAPP_VERSION=4.${r.int(0, 20)}.${r.int(0, 9)}\nNODE_VERSION=20.11.1\n`, '```\n\n');
  d.add('assistant: The row already exists. Check `git log` for who added the fixture:\n\n```\n');
  const n = r.int(2, 3);
  for (let i = 0; i < n; i++) {
    const a = pp(r, co(r.pick(['DE', 'US', 'IN', 'CN', 'BR', 'SE', 'KR'])));
    d.add(`commit ${fill(r, '################').toLowerCase()}\nAuthor: `, P(nm(r, a, 'latin')), ' <', EM(emailFor(r, a, c, true)), `>\nDate:   ${day(r)} ${hms(r)} +0${r.int(0, 9)}00\n\n    ${r.pick(['fix: seed duplicates', 'chore: bump deps to 2.14.3', 'feat(auth): rate-limit by IP', 'test: add fixtures'])}\n\n`);
  }
  d.add('```\nuser: thx, removed it. the staging box is at ', IPL(ip(r)), ' btw if you need to ssh\n');
};

const gitDiff: Gen = (r, d) => {
  const c = r.pick(COUNTRIES);
  d.add(`diff --git a/test/fixtures/users.json b/test/fixtures/users.json\nindex ${fill(r, '#######').toLowerCase()}..${fill(r, '#######').toLowerCase()} 100644\n--- a/test/fixtures/users.json\n+++ b/test/fixtures/users.json\n@@ -${r.int(1, 40)},6 +${r.int(1, 40)},9 @@\n`);
  const old = pp(r, c);
  const neu = pp(r, c);
  d.add('-  {"name": "', P(nm(r, old, 'full')), '", "email": "', EM(emailFor(r, old, c)), '"},\n');
  d.add('+  {"name": "', P(nm(r, neu, 'full')), '", "email": "', EM(emailFor(r, neu, c)), '",\n+   "phone": "', PH(phone(r, c)), '",\n');
  if (c.iban) d.add('+   "iban": "', IB(ibanOf(r, c)), '",\n');
  else d.add('+   "card": "', CC(card(r).v), '",\n');
  d.add('+   "address": "', adrL(r, c), `"},\n   {"name": "Test Runner", "sku": "TR-${r.int(100, 999)}"}\n`);
};

const issueTicket: Gen = (r, d) => {
  const c = r.pick(COUNTRIES);
  const rep = pp(r, c);
  const asg = pp(r, co(r.pick(['US', 'IN', 'DE', 'PL'])));
  d.add(`[${fill(r, '@@@@-####')}] ${r.pick(['Login loop for SSO users', 'Export CSV leaks customer emails', 'Rate limiter blocks office IP', 'Invoice PDF wrong address'])}\n`);
  d.add('Reporter: ', P(nm(r, rep, r.pick<Style>(['full', 'latin']))), ` (@${ascii(rep.lg).toLowerCase()}${r.int(1, 99)})   Assignee: `, P(nm(r, asg, 'full')), `   Priority: P${r.int(1, 3)}\n\n`);
  d.add('Steps: log in from ', IPL(ip(r)), ' as ', EM(emailFor(r, rep, c, true)), ', open /billing, click Export.\n');
  d.add(`Expected: masked data. Actual: full rows incl. phone `, PH(phone(r, c)), '.\n');
  d.add(`Env: build 10.0.${r.int(19000, 22999)}.${r.int(100, 3999)}, app v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}, region eu-west-1\n\n`);
  d.add('Comment from ', P(asg.g), ': blocked ', IPL(ipv4(r)), ' at the WAF; cc @', ascii(asg.lf).toLowerCase(), ' for review.\n');
};

const smsThread: Gen = (r, d) => {
  const c = r.pick(COUNTRIES);
  const a = pp(r, c);
  const b = pp(r, c);
  const t = lx(c.lang);
  d.add(`SMS · ${c.cc} ↔ me\n`);
  d.add(`${hm(r)} `, P(nm(r, a, 'given')), `: ${t.hi}! `, r.chance(0.5) ? ['new number: ', PH(phone(r, c))] : ['this is ', P(nm(r, a, 'full'))], '\n');
  d.add(`${hm(r)} me: ${t.hi} `, P(a.g), ' 👋 ', r.chance(0.5) ? ['send me your address for the invite?'] : ['email?'], '\n');
  d.add(`${hm(r)} `, P(nm(r, a, 'given')), ': ', r.chance(0.5) ? adrL(r, c) : EM(emailFor(r, a, c)), '\n');
  if (r.chance(0.5)) d.add(`${hm(r)} me: `, P(nm(r, b, 'given')), ' says hi, her number is ', PH(phone(r, c)), '\n');
  d.add(`${hm(r)} `, P(nm(r, a, 'given')), `: ${t.bye} ❤️\n`);
};

const socialPost: Gen = (r, d) => {
  const c = r.pick(ENGLISH);
  const a = pp(r, c);
  const b = pp(r, c);
  d.add(`@${ascii(a.lg).toLowerCase()}_${r.int(1, 999)} · ${r.int(1, 23)}h\n`);
  const k = r.int(0, 2);
  if (k === 0) d.add('LOST DOG 🐶 near Franklin Park! Brown lab, answers to Biscuit. Call/text ', PH(phone(r, c)), ' or DM. Owner: ', P(nm(r, a, 'full')), ' #lostdog\n');
  else if (k === 1) d.add('Happy birthday to my amazing sister ', P(nm(r, b, 'given')), '!!! 🎉 born ', DB(dobIn(r, dl(c))), ' and still the baby of the family 😂 @', ascii(b.lg).toLowerCase(), '\n');
  else d.add('Selling 2 tickets for the Beatles tribute night at the Lincoln Center, face value. Email ', EM(emailFor(r, a, c)), ' — no scammers pls\n');
  d.add(`♥ ${r.int(1, 900)}   ↻ ${r.int(0, 99)}\nReply from @${ascii(b.lf).toLowerCase()}: shared! cc `, P(nm(r, pp(r, c), 'full')), '\n');
};

const minutes: Gen = (r, d) => {
  const c = co(r.pick(['NL', 'SE', 'FI', 'DK', 'NO', 'BE', 'EE', 'IS', 'LT', 'LV']));
  const ppl = [pp(r, c), pp(r, c), pp(r, c), pp(r, c)];
  const head: Record<string, [string, string, string, string]> = {
    nl: ['Notulen', 'Aanwezig', 'Afwezig', 'Actiepunten'], sv: ['Protokoll', 'Närvarande', 'Frånvarande', 'Åtgärder'],
    fi: ['Pöytäkirja', 'Läsnä', 'Poissa', 'Toimenpiteet'], da: ['Referat', 'Til stede', 'Afbud', 'Opfølgning'],
    no: ['Referat', 'Til stede', 'Forfall', 'Oppfølging'], et: ['Protokoll', 'Kohal', 'Puudus', 'Ülesanded'],
    is: ['Fundargerð', 'Mættir', 'Fjarverandi', 'Verkefni'], lt: ['Protokolas', 'Dalyvavo', 'Nedalyvavo', 'Užduotys'],
    lv: ['Protokols', 'Piedalās', 'Nepiedalās', 'Uzdevumi'],
  };
  const [h1, h2, h3, h4] = head[c.lang] ?? (head.nl as [string, string, string, string]);
  d.add(`${h1} ${day(r)} — ${r.pick(['VvE', 'styrelsemöte', 'hallitus', 'bestyrelse', 'board'])}\n${h2}: `);
  d.add(P(nm(r, ppl[0] as Person, 'full')), ', ', P(nm(r, ppl[1] as Person, 'full')), ', ', P(nm(r, ppl[2] as Person, 'init')), `\n${h3}: `, P(nm(r, ppl[3] as Person, 'full')), '\n\n');
  d.add(`1. ${r.pick(['Begroting 2025', 'Budget', 'Talousarvio', 'Regnskab'])} — OK.\n2. `, P((ppl[1] as Person).g), ' → ', EM(emailFor(r, ppl[1] as Person, c)), ', ', PH(phone(r, c)), '\n');
  if (c.iban) d.add('3. IBAN: ', IB(ibanOf(r, c)), '\n');
  d.add(`${h4}: `, P((ppl[0] as Person).g), ` (${r.int(1, 28)}.${r.int(1, 12)}.), `, P((ppl[2] as Person).f), '\n');
};

const schoolRecord: Gen = (r, d) => {
  const c = co(r.pick(['GB', 'AU', 'IE', 'ZA', 'NG', 'US']));
  const kid = pp(r, c);
  const par = rel(r, kid);
  d.add(`${r.pick(['St Columba\'s Primary School', 'Westbrook Academy', 'Mount Pleasant College', 'Lincoln Elementary'])} — Pupil record\n`);
  const kb = birthDate(r);
  d.add('Surname: ', P(kid.f.toUpperCase()), '   Forename(s): ', P(kid.g), '\nDate of birth: ', DB(dobIn(r, dl(c), { ...kb, y: r.int(2008, 2019) })), `   Year group: ${r.int(1, 12)}   UPN: ${fill(r, '@############@')}\n`);
  d.add('Home address: ', adrL(r, c, r.chance(0.4)), '\n');
  d.add('Parent/carer 1: ', titled(r, par, 'full', 0.5), '  ', PH(phone(r, c)), '  ', EM(emailFor(r, par, c)), '\n');
  d.add(`Medical: ${r.pick(['asthma (inhaler in office)', 'nut allergy', "Perthes' disease", 'none'])}   SEN: ${r.pick(['no', 'dyslexia support'])}\n`);
  d.add(`Notes: collected on Fridays by grandmother `, P(nm(r, rel(r, kid), r.pick<Style>(['full', 'family']))), '.\n');
};

const uniRecord: Gen = (r, d) => {
  const c = co(r.pick(['ES', 'IT', 'PL', 'CZ', 'PT', 'RO', 'HR', 'SK', 'SI', 'HU']));
  const s = pp(r, c);
  const t = lx(c.lang);
  const prof = pp(r, c);
  d.add(`${r.pick(['Universidad Complutense', 'Università di Bologna', 'Uniwersytet Jagielloński', 'Univerzita Karlova', 'Universidade de Coimbra', 'ELTE'])} — ${r.pick(['Certificado académico', 'Transcript of Records'])}\n`);
  d.add(`${t.name}: `, P(nm(r, s, r.pick<Style>(['full', 'caps', 'rev']))), `\n${t.dob}: `, dobL(r, c), `\nID: ${fill(r, '########')}   ECTS: ${r.int(60, 240)}\n`);
  d.add(`${t.mail}: `, EM(`${ascii(s.lg).toLowerCase()}.${ascii(s.lf).toLowerCase().replace(/[^a-z]/g, '')}@${r.pick(['estudiante.ucm.es', 'studio.unibo.it', 'student.uj.edu.pl', 'student.cuni.cz'])}`), '\n');
  d.add(`Thesis supervisor: `, titled(r, prof, 'full', 0.8), `\nGrade: ${r.pick(['9,1 Sobresaliente', '30 e lode', '5,0 bardzo dobry', 'A výborně'])}\n`);
};

const realEstate: Gen = (r, d) => {
  const c = co(r.pick(['FR', 'PT', 'HU', 'DE', 'ES', 'IT', 'US', 'GB', 'AU', 'BR']));
  const ag = pp(r, c);
  d.add(`🏡 ${r.pick(['Appartement T3 lumineux', 'Moradia T4 com jardim', 'Felújított 2 szobás lakás', 'Helle 3-Zimmer-Wohnung', 'Charming 2-bed terrace', 'Casa com piscina'])} — ${r.int(45, 220)} m², ${r.int(90, 990)} 000 ${r.pick(['€', 'Ft', 'R$', '$'])}\n`);
  d.add('Adresse / Address: ', adrL(r, c), '\n');
  d.add(`Near the ${r.pick(['Gare Saint-Lazare', 'Rossio station', 'Nyugati pályaudvar', 'Victoria Park', 'Praça Dom Pedro IV'])}, ${r.int(3, 15)} min walk. DPE: ${r.pick(['B', 'C', 'D'])}. Ref. ${fill(r, '@@-#####')}\n`);
  d.add('Contact: ', P(nm(r, ag, 'full')), ' — ', PH(phone(r, c)), r.chance(0.6) ? [' — ', EM(emailFor(r, ag, c, true))] : '', '\nVisits on Saturdays 10:00–12:00.\n');
};

const hotelBooking: Gen = (r, d) => {
  const c = r.pick(COUNTRIES);
  const g = pp(r, c);
  const hotel = r.pick(['Hotel Astoria', 'The Grafton', 'Pousada do Largo', 'Hôtel des Voyageurs', 'Ryokan Hanaya', 'Hilton Garden Inn', 'Mandarin Oriental']);
  const gn = nm(r, g, r.pick<Style>(['full', 'latin']));
  if (r.chance(0.5)) d.know(gn);
  d.add(`Booking confirmation ${fill(r, '##########')} — ${hotel}\nCheck-in ${day(r)} 15:00 · Check-out ${day(r)} 11:00 · ${r.int(1, 4)} adults\n\n`);
  d.add('Guest: ', P(gn), '\nEmail: ', EM(emailFor(r, g, c)), '\nPhone: ', PH(phone(r, c)), '\n');
  const cd = card(r);
  d.add(`Guarantee: ${NET_NAMES[cd.net]} `, r.chance(0.75) ? CC(cd.v) : `•••• ${cd.v.slice(-4)}`, ` exp ${pad(r.int(1, 12))}/${r.int(25, 31)}\n`);
  if (r.chance(0.5)) d.add('Billing address: ', adrL(r, c), '\n');
  d.add(`Special requests: ${r.pick(['late arrival ~23:00', 'quiet room, high floor', 'cot for baby', 'none'])}\nFree cancellation until ${day(r)}.\n`);
};

const flightPnr: Gen = (r, d) => {
  const c = r.pick(COUNTRIES);
  const pax = [pp(r, c), pp(r, c)];
  const rl = fill(r, '@@@@@@');
  d.add(`RP/${fill(r, '@@@@#####')}/ AA/SU ${day(r)}/${rl}\n`);
  pax.forEach((p, i) => {
    d.add(`  ${i + 1}.`, P(`${ascii(p.lf).toUpperCase().replace(/[^A-Z-]/g, '')}/${ascii(p.lg).toUpperCase().replace(/[^A-Z-]/g, '')}`), ` ${p.fem ? 'MRS' : 'MR'}\n`);
  });
  d.add(`  3  LH ${r.int(100, 999)} Y ${pad(r.int(1, 28))}${MON('en', r.int(1, 12)).slice(0, 3).toUpperCase()} ${r.pick(['FRAJFK', 'MUCGRU', 'LHRDXB', 'CDGNRT'])} HK2 1025 1340\n`);
  d.add('  4 APM ', PH(phone(r, c).replace(/[^\d+]/g, '')), '\n  5 APE ', EM(emailFor(r, pax[0] as Person, c).toUpperCase()), '\n');
  const p0 = pax[0] as Person;
  const x = birthDate(r);
  d.add(`  6 SSR DOCS LH HK1 P/${c.cc}/${fill(r, '@########')}/${c.cc}/`, DB(`${pad(x.d)}${MON('en', x.m).slice(0, 3).toUpperCase()}${pad(x.y % 100)}`), `/${p0.fem ? 'F' : 'M'}/${pad(r.int(1, 28))}${MON('en', r.int(1, 12)).slice(0, 3).toUpperCase()}3${r.int(0, 4)}/`);
  d.add(P(`${ascii(p0.lf).toUpperCase().replace(/[^A-Z-]/g, '')}/${ascii(p0.lg).toUpperCase().replace(/[^A-Z-]/g, '')}`), '/P1\n');
  d.add(`  7 FP CC${r.pick(['VI', 'CA', 'AX'])}`, CC(card(r, r.pick<Net>(['visa', 'mc', 'amex'])).v.replace(/[ -]/g, '')), `/${pad(r.int(1, 12))}${r.int(25, 30)}\n  8 TK OK${day(r).slice(8)}/${fill(r, '@@@@#####')}\n`);
};

// ───────────────────────────── documents: people & community ─────────────────────────────

const marketplace: Gen = (r, d) => {
  const k = r.int(0, 3);
  const c = co(['DE', 'ES', 'PL', 'BR'][k] as string);
  const s = pp(r, c);
  const lines: Record<string, [string, string, string]> = {
    de: ['Hallo, ist das Fahrrad noch da? VB 120?', 'ja noch da. abholung bei mir: ', 'schreib mir auf whatsapp '],
    es: ['hola! sigue disponible el sofá? te doy 80', 'sí, recogida en ', 'escríbeme al '],
    pl: ['Dzień dobry, aktualne? Mogę odebrać jutro', 'tak, odbiór osobisty: ', 'proszę dzwonić '],
    br: ['oi, ainda tem a geladeira? faz 600 no pix?', 'tem sim, retirada no endereço ', 'me chama no zap '],
  };
  const [q, a1, a2] = lines[c.lang] ?? (lines.de as [string, string, string]);
  d.add(`${r.pick(['Kleinanzeigen', 'Wallapop', 'OLX', 'OLX'])} · Anzeige ${r.int(100000000, 999999999)}\n`);
  d.add(`käufer_${r.int(100, 999)}: ${q}\n`);
  d.add(P(nm(r, s, r.pick<Style>(['given', 'lower', 'full']))), `: ${a1}`, adrL(r, c), `\n`);
  d.add(P(nm(r, s, 'given')), `: ${a2}`, PH(phone(r, c)), r.chance(0.4) ? [c.lang === 'br' ? ' ou pix ' : ' / paypal ', EM(emailFor(r, s, c))] : '', '\n');
  if (c.lang === 'br' && r.chance(0.6)) d.add('chave pix CPF não, usa o email mesmo. nome da conta: ', P(nm(r, s, 'caps')), '\n');
  if (c.iban && r.chance(0.4)) d.add('Überweisung geht auch: ', IB(ibanOf(r, c)), '\n');
};

const datingBio: Gen = (r, d) => {
  const c = r.pick(COUNTRIES);
  const p = pp(r, c);
  d.add(P(nm(r, p, 'given')), `, ${r.int(21, 58)} · ${r.pick(c.ci)[1] ?? ''} · ${r.int(2, 40)} km away\n`);
  d.add(`${r.pick(['Sagittarius ♐', 'Capricorn', 'Leo ♌'])} · ${r.pick(['dog mum', 'climber', 'amateur baker', 'Arsenal fan', 'Studio Ghibli marathons'])} · ${r.pick(['she/her', 'he/him', 'they/them'])}\n`);
  if (r.chance(0.3)) d.add('Birthday twins? I was born ', DB(dobIn(r, dl(c))), ' 🎂\n');
  d.add(r.pick(['ig: @', 'insta @', 'sc: ']), `${ascii(p.lg).toLowerCase()}.${r.pick(['wanders', 'bakes', 'x', 'official'])}`, r.chance(0.4) ? [' — or just text ', PH(phone(r, c))] : '', '\n');
};

const genealogy: Gen = (r, d) => {
  const c = r.pick(COUNTRIES);
  const a = pp(r, c);
  const b = rel(r, a);
  const kid = rel(r, a);
  const born = (x: Person): Part[] => [P(nm(r, x, 'full')), ' (b. ', DB(dobIn(r, dl(c))), `, d. ${r.int(1, 28)} ${MON('en', r.int(1, 12))} ${r.int(1990, 2023)})`];
  d.add(`Family tree notes — ${r.pick(['parish register', 'Ellis Island manifest', 'census 1950', 'Kirchenbuch'])} transcription\n`);
  d.add('Husband: ', born(a), '\nWife: ', born(b), ' née ', P(rel(r, a).f), '\n');
  d.add('Child: ', P(nm(r, kid, 'full')), ', born ', DB(dobIn(r, dl(c))), ` in ${r.pick(c.ci)[1] ?? ''}, baptised ${r.int(1, 28)} ${MON('en', r.int(1, 12))} ${r.int(1940, 1990)}\n`);
  d.add(`Source: FamilySearch film ${r.int(1000000, 9999999)}, image ${r.int(1, 900)}. Contact researcher `, EM(emailFor(r, pp(r, c), c)), '\n');
};

const roster: Gen = (r, d) => {
  const c = r.pick(COUNTRIES);
  const team = r.pick(['U17 Girls', 'Masters Rugby', 'Futsal Sub-20', 'Volleyball Damen 1', 'U12 Hockey']);
  d.add(`${team} — squad list ${r.int(2024, 2025)}\n#  | Name | DOB | Emergency phone\n`);
  const n = r.int(4, 7);
  for (let i = 0; i < n; i++) {
    const p = pp(r, c);
    d.add(`${r.int(1, 99)} | `, P(nm(r, p, r.pick<Style>(['full', 'caps', 'rev', 'init']))), ' | ', dobL(r, c), ' | ', PH(phone(r, c)), '\n');
  }
  d.add(`Coach: `, P(nm(r, pp(r, c), 'full')), ` · Kit sponsor: ${r.pick(['Adidas', 'Puma', 'Ferrari Trento', 'Tim Hortons'])}\n`);
};

const obituary: Gen = (r, d) => {
  const c = co(r.pick(['US', 'IE', 'GB', 'AU', 'NG', 'ZA', 'CA']));
  const p = pp(r, c);
  const sp1 = rel(r, p);
  d.add(P(nm(r, p, r.pick<Style>(['caps', 'full']))), `\n`);
  d.add(r.pick(['Born ', 'Born on ']), DB(c.cc === 'US' ? dobIn(r, 'en') : dobIn(r, 'gb')), ` in ${r.pick(c.ci)[1] ?? ''}, passed away peacefully on ${day(r)} at St. Vincent's Hospital, aged ${r.int(60, 99)}.\n`);
  d.add('Beloved husband/wife of the late ', P(nm(r, sp1, 'full')), ', cherished parent of ', P(rel(r, p).g), ' and ', P(rel(r, p).g), `, and adored grandparent. ${r.pick(['A lifelong Red Sox fan', 'A proud member of the Knights of Columbus', 'Chair of the Rotary Club'])}.\n`);
  d.add(`Reposing at Fitzgerald's Funeral Home, `, adrL(r, c), `. Donations in lieu of flowers to the Alzheimer's Association.\n`);
};

const courtDocket: Gen = (r, d) => {
  const c = co(r.pick(['US', 'US', 'GB', 'AU']));
  const pl = pp(r, c);
  const df = pp(r, c);
  const judge = pp(r, c);
  d.add(`CASE NO. ${r.int(1, 9)}:${r.int(20, 24)}-cv-${pad(r.int(0, 9999), 5)}   ${r.pick(['U.S. District Court, N.D. Ill.', 'Superior Court of California, County of Alameda', 'County Court at Manchester'])}\n`);
  d.add(P(nm(r, pl, 'caps')), ', Plaintiff,\n  v.\n', P(nm(r, df, 'caps')), ` and ${r.pick(['ACME LOGISTICS LLC', 'JOHNSON & JOHNSON', 'WELLS FARGO BANK, N.A.'])}, Defendants.\n\n`);
  d.add(`Assigned to: Hon. `, P(nm(r, judge, 'full')), `\nCause: 42:1983 Civil Rights Act   Jury demand: Plaintiff\n\n`);
  d.add(`${day(r)}  1  COMPLAINT filed by `, P(nm(r, pl, 'full')), `. (Filing fee $405, receipt ${fill(r, '####-########')})\n`);
  d.add(`${day(r)}  4  SUMMONS returned executed as to `, P(nm(r, df, 'family')), ' at ', adrL(r, c), '\n');
  d.add(`${day(r)}  9  NOTICE of appearance by attorney `, P(nm(r, pp(r, c), 'full')), ' (', EM(emailFor(r, pp(r, c), c, true)), ', ', PH(phone(r, c)), ')\n');
};

const invoice: Gen = (r, d) => {
  const c = r.pick(IBAN_COUNTRIES);
  const cust = pp(r, c);
  const t = lx(c.lang);
  const seller = r.pick(['Bouwbedrijf Kuipers B.V.', 'Tischlerei Haas e.U.', 'Studio Grafico Ferri S.r.l.', 'Mlyn Zbożowy Sp. z o.o.', 'Polarbyte Oy', 'Anatolia Tekstil A.Ş.']);
  d.add(`${r.pick(['Rechnung', 'Factuur', 'Fattura', 'Faktura', 'Lasku', 'Fatura', 'Invoice'])} Nr. ${r.int(2024, 2025)}-${pad(r.int(1, 999), 4)}\n${seller}\n`, adrL(r, c, true), `\nUSt-IdNr./VAT ${c.cc === 'ES-CT' ? 'ES' : c.cc}${r.digits(9)}\n\n`);
  d.add(`${t.name}:\n`, P(nm(r, cust, r.pick<Style>(['full', 'caps']))), '\n', adrL(r, c, true), '\n\n');
  d.add(`Pos 1  ${r.pick(['Montage', 'Webdesign', 'Consulting', 'Reparatur'])}  ${r.int(1, 40)} h × ${r.int(40, 120)},00 €\nMwSt ${r.pick(['19', '21', '22', '23', '24'])} %\n\n`);
  d.add(`${t.iban}: `, IB(ibanOf(r, c)), `   BIC ${fill(r, '@@@@@@##')}\n`);
  d.add(`${t.tel}: `, PH(phone(r, c)), ' · ', EM(roleMail(r)), '\n');
  if (r.chance(0.3)) d.add('Paid by card / Kartenzahlung: ', CC(card(r).v), ` — auth ${fill(r, '######')}\n`);
};

const securityAlert: Gen = (r, d) => {
  const c = r.pick(COUNTRIES);
  const u = pp(r, c);
  const un = nm(r, u, 'given');
  d.add('To: ', EM(emailFor(r, u, c)), `\nFrom: ${r.pick(['Quillpad', 'Nimbus ID', 'Harbour Bank'])} Security <`, EM(`no-reply@${r.pick(COMPANY_DOMAINS)}`), '>\nSubject: New sign-in to your account\n\n');
  d.add('Hi ', P(un), `,\n\nWe noticed a new sign-in on ${day(r)} at ${hm(r)} UTC.\n\n`);
  d.add(`Device: ${r.pick(['iPhone 15 Pro (iOS 17.4.1)', 'Chrome 124.0.6367.91 on Windows 11', 'Firefox 125.0.3 on Ubuntu 22.04'])}\nIP address: `, IPL(ip(r)), `\nApprox. location: ${r.pick(c.ci)[1] ?? ''}\n\n`);
  d.add(`If this wasn't you, reset your password and call us at `, PH(phone(r, c)), `.\nRef ${fill(r, '@@@-####-####')}\n`);
};

// ───────────────────────────── documents: other scripts & regions ─────────────────────────────

const cyrillic: Gen = (r, d) => {
  const c = co(r.pick(['RU', 'UA', 'BG']));
  const p = pp(r, c);
  const t = lx(c.lang);
  const k = r.int(0, 1);
  if (k === 0) {
    d.add(`${t.form}\n\n${t.name}: `, P(nm(r, p, 'formal')), `\n${t.dob}: `, DB(dobIn(r, c.lang === 'uk' ? 'uk' : c.lang)), c.lang === 'bg' ? ' г.' : c.lang === 'ru' ? ' г.' : ' р.', `\n${t.addr}: `, adrL(r, c), `\n${t.tel}: `, PH(phone(r, c)), `\n${t.mail}: `, EM(emailFor(r, p, c)), '\n');
    if (c.iban) d.add(`${t.iban}: `, IB(ibanOf(r, c)), '\n');
    d.add(`Паспорт: ${fill(r, '## ## ######')}   ИНН: ${r.digits(12)}\n`);
  } else {
    d.add(`${t.hi}, `, P(nm(r, p, r.pick<Style>(['given', 'full']))), '!\n');
    const ln: Record<string, [string, string, string, string]> = {
      ru: ['Ваш заказ', 'передан в службу доставки. Курьер', 'позвонит по номеру', 'Адрес доставки'],
      uk: ['Ваше замовлення', 'передано до служби доставки. Кур’єр', 'зателефонує за номером', 'Адреса доставки'],
      bg: ['Вашата поръчка', 'е предадена на куриер. Куриерът', 'ще се обади на', 'Адрес за доставка'],
    };
    const [a1, a2, a3, a4] = ln[c.lang] ?? (ln.ru as [string, string, string, string]);
    d.add(`${a1} № ${r.int(100000, 999999)} ${a2} `, P(nm(r, pp(r, c), 'full')), ` ${a3} `, PH(phone(r, c)), '.\n');
    d.add(`${a4}: `, adrL(r, c), '\n', t.bye, ',\n', P(nm(r, pp(r, c), 'full')), '\n');
  }
};

const greekForm: Gen = (r, d) => {
  const c = co('GR');
  const p = pp(r, c);
  const t = lx('el');
  d.add(`${t.form} — Δήμος ${r.pick(['Αθηναίων', 'Θεσσαλονίκης', 'Πατρέων'])}\n`);
  d.add(`${t.name}: `, P(nm(r, p, r.pick<Style>(['full', 'caps']))), '\nΠατρώνυμο: ', P(r.pick(CULTS.gr?.gm ?? ['Νίκος'])), `\n${t.dob}: `, dobL(r, c), `\nΑΦΜ: ${r.digits(9)}   ΑΔΤ: ${fill(r, '@@ ######')}\n`);
  d.add(`${t.addr}: `, adrL(r, c), `\n${t.tel}: `, PH(phone(r, c)), `\n${t.mail}: `, EM(emailFor(r, p, c)), `\n${t.iban}: `, IB(ibanOf(r, c)), '\n');
};

const turkishChat: Gen = (r, d) => {
  const c = co(r.pick(['TR', 'TR', 'AZ', 'DE']));
  const p = person(r, c.cc === 'AZ' ? 'az' : 'tr');
  const ag = person(r, c.cc === 'AZ' ? 'az' : 'tr');
  const fn = full(p);
  if (r.chance(0.4)) d.know(fn);
  d.add('Müşteri Temsilcisi ', P(ag.g), ': Merhaba, size nasıl yardımcı olabilirim?\n');
  d.add('Müşteri: merhaba ben ', P(fn), ', kargom hâlâ gelmedi\n');
  d.add('Temsilci: ', P(p.g), p.fem ? ' Hanım' : ' Bey', ', teslimat adresinizi ve telefon numaranızı teyit eder misiniz?\n');
  d.add('Müşteri: ', adrL(r, c), ' — tel ', PH(phone(r, c)), '\n');
  if (r.chance(0.5)) d.add('Müşteri: iade için IBAN: ', IB(iban(r, 'TR')), ' (hesap sahibi ', P(nm(r, p, 'caps')), ')\n');
  if (r.chance(0.4)) d.add('Müşteri: doğum tarihim ', DB(dobIn(r, c.cc === 'AZ' ? 'az' : 'tr')), ' olarak kayıtlı olmalı\n');
  d.add(`Temsilci: Teşekkürler, talep no ${r.int(10000000, 99999999)} oluşturuldu. İyi günler!\n`);
};

const rtlMsg: Gen = (r, d) => {
  const c = co(r.pick(['IL', 'SA', 'IR', 'AE']));
  const p = c.cc === 'AE' ? person(r, 'sa') : pp(r, c);
  const t = lx(c.lang === 'en' ? 'ar' : c.lang);
  const lang = c.lang === 'en' ? 'ar' : c.lang;
  d.add(`${t.hi} `, P(nm(r, p, r.pick<Style>(['full', 'given', 'formal']))), '\n');
  d.add(`${t.name}: `, P(formal(p)), `\n${t.dob}: `, DB(dobIn(r, lang)), `\n${t.tel}: `, PH(phone(r, c)), `\n${t.mail}: `, EM(emailFor(r, p, c)), '\n');
  d.add(`${t.addr}: `, adrL(r, c), '\n');
  if (c.iban && r.chance(0.7)) d.add(`${t.iban}: `, IB(ibanOf(r, c)), '\n');
  d.add(t.bye, '\n', P(nm(r, pp(r, c.cc === 'AE' ? co('SA') : c), 'full')), '\n');
};

const indicMsg: Gen = (r, d) => {
  const cid = r.pick(['inhi', 'bd', 'inta']);
  const c = co(cid === 'bd' ? 'BD' : 'IN');
  const p = person(r, cid);
  const t = lx(p.c.lang);
  const mixed = r.chance(0.4);
  d.add(`${t.hi} `, P(mixed ? latin(p) : full(p)), mixed ? ' ji, aapka order dispatch ho gaya hai.\n' : '\n');
  d.add(`${t.name}: `, P(full(p)), `\n${t.dob}: `, DB(dobIn(r, p.c.lang)), `\n${t.tel}: `, PH(phone(r, c)), `\n${t.mail}: `, EM(emailFor(r, p, c)), `\n${t.addr}: `, adrL(r, c), '\n');
  d.add(`Aadhaar: ${fill(r, '#### #### ####')}   PAN: ${fill(r, '@@@@@####@')}\n`, t.bye, '\n');
};

const cjkMsg: Gen = (r, d) => {
  const cc = r.pick(['JP', 'CN', 'TW', 'KR']);
  const c = co(cc);
  const p = pp(r, c);
  const t = lx(c.lang);
  const fn = full(p);
  if (r.chance(0.5)) d.know(fn);
  const greet: Record<string, Part[]> = {
    JP: [P(fn), '様\n\nこの度はご注文いただき誠にありがとうございます。以下の内容で承りました。\n'],
    CN: [P(fn), '，您好！\n您的订单已发货，请保持电话畅通。\n'],
    TW: [P(fn), ' 先生/小姐 您好：\n您的訂單已出貨。\n'],
    KR: [P(fn), ' 고객님, 안녕하세요.\n주문하신 상품이 발송되었습니다.\n'],
  };
  d.add(greet[cc] ?? []);
  d.add(`${t.name}：`, P(fn), `\n${t.addr}：`, adrL(r, c), `\n${t.tel}：`, PH(phone(r, c)), `\n${t.mail}：`, EM(emailFor(r, p, c)), '\n');
  if (r.chance(0.4)) d.add(`${t.dob}：`, DB(dobIn(r, c.lang)), '\n');
  if (r.chance(0.5)) d.add('決済 / 支付 / 결제: ', CC(card(r, r.pick<Net>(['jcb', 'up', 'visa', 'mc'])).v), '\n');
  d.add(`注文番号 / 订单号: ${fill(r, '##########-####')}\n`);
};

const seaMsg: Gen = (r, d) => {
  const c = co(r.pick(['TH', 'VN', 'ID', 'MY', 'PH']));
  const p = pp(r, c);
  const t = lx(c.lang);
  const courier = pp(r, c);
  const body: Record<string, string> = {
    th: 'พัสดุของคุณกำลังจัดส่ง ผู้จัดส่ง: ', vi: 'Đơn hàng của bạn đang được giao. Shipper: ', id: 'Paket kamu sedang diantar oleh kurir ',
    ms: 'Bungkusan anda sedang dihantar oleh ', tl: 'Papunta na po ang parcel ninyo, rider: ',
  };
  d.add(`${t.hi} `, c.lang === 'id' ? (p.fem ? 'Ibu ' : 'Bapak ') : '', P(nm(r, p, r.pick<Style>(['full', 'given']))), '\n');
  d.add(body[c.lang] ?? '', P(nm(r, courier, 'full')), ' (', PH(phone(r, c)), ')\n');
  d.add(`${t.addr}: `, adrL(r, c), `\n${t.name}: `, P(full(p)), `\n${t.dob}: `, DB(dobIn(r, c.lang)), '\n');
  if (r.chance(0.4)) d.add(`${t.mail}: `, EM(emailFor(r, p, c)), '\n');
  d.add(`COD: ${r.int(10, 900)}.000 · Resi ${fill(r, '@@##########')}\n`);
};

const mpesa: Gen = (r, d) => {
  const c = co('KE');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = pp(r, c);
    const code = fill(r, '@@@#@@#@#@');
    const k = r.int(0, 2);
    if (k === 0) d.add(`${code} Confirmed. Ksh${r.int(50, 9000)}.00 sent to `, P(nm(r, p, 'caps')), ' ', PH(fill(r, '07## ######')), ` on ${r.int(1, 28)}/${r.int(1, 12)}/24 at ${r.int(1, 12)}:${pad(r.int(0, 59))} PM. New M-PESA balance is Ksh${r.int(10, 30000)}.00.\n`);
    else if (k === 1) d.add(`${code} Imethibitishwa. Umepokea Ksh${r.int(50, 9000)}.00 kutoka kwa `, P(nm(r, p, 'caps')), ' ', PH(phone(r, c)), ` tarehe ${r.int(1, 28)}/${r.int(1, 12)}/24.\n`);
    else d.add(`${code} Confirmed. Ksh${r.int(100, 5000)}.00 paid to ${r.pick(['NAIVAS SUPERMARKET', 'KPLC PREPAID', 'JAVA HOUSE'])}. Till ${r.int(100000, 999999)}.\n`);
  }
  if (r.chance(0.5)) d.add('Habari ', P(pp(r, c).g), ', nimetuma pesa. Nitumie barua pepe ', EM(emailFor(r, pp(r, c), c)), ' tafadhali. Asante!\n');
};

const genericForm: Gen = (r, d) => {
  const c = r.pick(COUNTRIES);
  const p = pp(r, c);
  const t = lx(c.lang);
  const layout = r.int(0, 3);
  const nameV = nm(r, p, r.pick<Style>(['full', 'full', 'formal', 'caps', 'rev']));
  if (r.chance(0.5)) d.know(nameV);
  const fields: [string, Part][] = [[t.name, P(nameV)], [t.dob, dobL(r, c)], [t.addr, adrL(r, c)], [t.tel, PH(phone(r, c))], [t.mail, EM(emailFor(r, p, c))]];
  if (c.iban && r.chance(0.8)) fields.push([t.iban, IB(ibanOf(r, c))]);
  if (c.cc === 'US' && r.chance(0.9)) fields.push(['SSN', SS(ssn(r))]);
  if (r.chance(0.3)) fields.push([r.pick(['Card', 'Karte', 'Carte', 'Tarjeta', 'カード', '카드', 'Kart', 'Kortti']), CC(card(r).v)]);
  const kept = fields.filter((_f, i) => i === 0 || r.chance(0.85));
  if (layout === 0) {
    d.add(`${t.form}\n${'='.repeat(Math.min(30, t.form.length))}\n`);
    for (const [k, v] of kept) d.add(`${k}: `, v, '\n');
  } else if (layout === 1) {
    d.add(`| ${t.form} | |\n|---|---|\n`);
    for (const [k, v] of kept) d.add(`| ${k} | `, v, ' |\n');
  } else if (layout === 2) {
    d.add(`# ${t.form}\n`);
    for (const [k, v] of kept) d.add(`${k.toLowerCase().replace(/[\s.,-]+/g, '_')}: "`, v, '"\n');
  } else {
    d.add(`<form name="${t.form}">\n`);
    kept.forEach(([k, v], i) => d.add(`  <field id="f${i}" label="${k.replace(/"/g, '&quot;')}">`, v, '</field>\n'));
    d.add('</form>\n');
  }
  d.add(`${t.bye}\n`);
};


const cardDispute: Gen = (r, d) => {
  const c = co(r.pick(['US', 'GB', 'DE', 'FR', 'ES', 'MX', 'BR', 'IN', 'AU', 'NL']));
  const u = pp(r, c);
  const fn = full(u);
  if (r.chance(0.5)) d.know(fn);
  const cd = card(r);
  const cd2 = card(r);
  const head: Record<string, string> = {
    en: 'Card dispute form', de: 'Reklamation Kartenzahlung', fr: 'Contestation d’opération par carte', es: 'Reclamación de cargo con tarjeta',
    br: 'Contestação de compra no cartão', nl: 'Betwisting kaarttransactie',
  };
  d.add(`${head[c.lang] ?? head.en} — ${ref(r, 'DSP')}\n\n`);
  d.add('Cardholder: ', P(fn), '\nCard number: ', CC(cd.v), ` (${NET_NAMES[cd.net]})\n`);
  d.add(`Transaction: ${day(r)}  ${r.pick(['AMZN Mktp', 'UBER *TRIP', 'SP * LUMORA HOME', 'PAYPAL *QUILLPAD', 'BOLT.EU/O/2404'])}  ${r.int(5, 900)}.${pad(r.int(0, 99))}\n`);
  d.add(`Reason: ${r.pick(['not recognised', 'charged twice', 'goods not received', 'subscription cancelled'])}\n`);
  if (r.chance(0.7)) d.add('Replacement card already issued: ', CC(cd2.v.replace(/ /g, r.chance(0.5) ? '-' : ' ')), '\n');
  if (r.chance(0.4)) d.add(`Old card ${badCard(r)} was reported lost on ${day(r)}.\n`);
  d.add('Contact: ', PH(phone(r, c)), ' / ', EM(emailFor(r, u, c)), '\n');
  if (c.cc === 'US' && r.chance(0.5)) d.add('Last 4 SSN: ', String(r.int(1000, 9999)), ' — full SSN on file: ', SS(ssn(r)), '\n');
};

const taxPrep: Gen = (r, d) => {
  const c = co('US');
  const t = pp(r, c);
  const s2 = rel(r, t);
  const fn = full(t);
  if (r.chance(0.5)) d.know(fn);
  d.add(`user: can you sanity-check my 1040 draft before I e-file? pasting the header\n\n`);
  d.add('Form 1040 (2023)  Filing status: Married filing jointly\nYour first name and middle initial: ', P(`${t.g} ${String.fromCharCode(65 + r.int(0, 25))}.`), '  Last name: ', P(t.f), '  Your SSN: ', SS(ssn(r, r.pick(['-', ' ', '']))), '\n');
  d.add("If joint return, spouse's first name: ", P(s2.g), '  Last name: ', P(s2.f), "  Spouse's SSN: ", SS(ssn(r)), '\n');
  d.add('Home address: ', adrL(r, c), '\n');
  d.add('Dependents: ', P(nm(r, rel(r, t), 'full')), ' — SSN ', SS(ssn(r)), ' — born ', DB(dobIn(r, 'en', { ...birthDate(r), y: r.int(2006, 2021) })), '\n');
  d.add('Signature: /s/ ', P(fn), `  Date: ${day(r)}\n`);
  d.add(`W-2 employer EIN ${fill(r, '##-#######')}, box 1 wages $${r.int(30, 250)},${r.digits(3)}; 1099-INT payer TIN ${fill(r, '##-#######')}\n\n`);
  d.add(`assistant: Looks consistent. Note the routing number ${r.pick(['021000021', '121000248'])} for your refund must match the bank's, and never share the full SSNs in chat — consider redacting them.\n`);
};

// ───────────────────────────── negative documents (no labels at all) ─────────────────────────────

const ver = (r: Rng): string => `${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`;
/** Four-part build number that is never a valid IPv4 address (third part > 255). */
const build4 = (r: Rng): string => `${r.int(1, 30)}.${r.int(0, 9)}.${r.int(300, 26999)}.${r.int(0, 4000)}`;
const ean = (r: Rng): string => `978-${r.int(0, 1)}-${r.digits(3)}-${r.digits(5)}-${r.int(0, 9)}`;

const negRelease: Gen = (r, d) => {
  d.add(`## Release ${ver(r)} (${day(r)})\n\n### Fixed\n`);
  const items = [
    `- Dijkstra's algorithm no longer loops on zero-weight edges (#${r.int(1000, 9999)})`,
    `- Levenshtein distance now Unicode-aware; Bloom filter false-positive rate back to 1%`,
    `- Kalman filter drift on Windows build ${build4(r)}`,
    `- Upgrade Chrome/${r.int(110, 126)}.0.${r.int(5000, 6999)}.${r.int(10, 200)} headless; Node ${r.int(18, 22)}.${r.int(0, 12)}.${r.int(0, 9)}`,
    `- Bayesian ranking weights reset after migration ${r.int(2020, 2024)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}_${r.digits(6)}`,
    `- Fibonacci heap decrease-key in O(1) amortised; Gaussian blur radius clamp`,
    `- SHA ${fill(r, '########').toLowerCase()}…; Docker image ghcr.io/acme/api:${ver(r)}-alpine`,
    `- Port 8443 → 9443; timeout ${r.int(5, 90)}s; retries ${r.int(2, 9)}`,
    `- Hertz/Kelvin unit conversions; pascal → psi rounding`,
  ];
  for (const it of pickN(r, items, r.int(4, 7))) d.add(it, '\n');
  d.add(`\nUpgrade with \`npm i @acme/sdk@${ver(r)}\`. Minimum macOS ${r.int(11, 14)}.${r.int(0, 6)}.\n`);
};

const negCatalog: Gen = (r, d) => {
  d.add(`SKU;Product;Brand;EAN/ISBN;Price\n`);
  const rows = [
    ['Cookie Dough 465ml', "Ben & Jerry's"], ['Tennessee Whiskey 0.7l', "Jack Daniel's"], ['Black Label 12y', 'Johnnie Walker'],
    ['Bottled Eau de Toilette', 'Hugo Boss'], ['Ristorante Pizza Margherita', 'Dr. Oetker'], ['1460 Smooth Boots', 'Dr. Martens'],
    ['Crew-neck tee', 'Tommy Hilfiger'], ['EQE 350 floor mats', 'Mercedes-Benz'], ['Keepall 50 tag', 'Louis Vuitton'],
    ['Original Glazed x12', 'Krispy Kreme'], ['Double-Double mug', 'Tim Hortons'], ['Whopper gift box', 'Burger King'],
    ['Sauce Béarnaise', 'Maille'], ['Vegemite 380g', 'Bega'], ['Percy Pig', 'Marks & Spencer'],
  ];
  for (const [prod, brand] of pickN(r, rows, r.int(4, 7))) d.add(`${fill(r, '@@-#####')};${prod};${brand};${ean(r)};${r.int(1, 299)},${pad(r.int(0, 99))} €\n`);
  d.add(`\nGift card range ${badCard(r).replace(/ /g, '')} – void. Promo code ${fill(r, '@@@@##')} valid until ${r.int(1, 28)}/${r.int(1, 12)}.\n`);
};

const negMedical: Gen = (r, d) => {
  d.add(`Lecture notes — ${r.pick(['Neurology', 'Paediatrics', 'Rheumatology'])} week ${r.int(1, 12)}\n\n`);
  const items = [
    `Parkinson's disease: bradykinesia + rest tremor; Hoehn and Yahr staging.`, `Kawasaki disease: fever ≥5 days, strawberry tongue.`,
    `Guillain-Barré syndrome follows Campylobacter in ~30%.`, `Apgar score at 1 and 5 min; Glasgow Coma Scale ${r.int(3, 15)}/15.`,
    `Hashimoto's vs Graves' disease — TSH, anti-TPO.`, `Heimlich manoeuvre contraindicated in infants <1 year.`,
    `Down syndrome: trisomy 21, risk rises after maternal age 35.`, `Crohn's disease skip lesions; Meckel's diverticulum rule of 2s.`,
    `Tourette syndrome onset typically ${r.int(4, 9)}–${r.int(10, 13)} years.`, `Asperger's is now part of ASD (DSM-5, ${r.int(2013, 2013)}).`,
    `Babinski sign, Romberg test, Kernig and Brudzinski signs in meningitis.`, `Cushing's syndrome vs Addison's disease — cortisol axis.`,
  ];
  for (const it of pickN(r, items, r.int(4, 7))) d.add('• ', it, '\n');
  d.add(`\nExam: ${r.int(1, 28)} ${MON('en', r.int(1, 12))}, room B-${r.int(100, 399)}, Huxley Building.\n`);
};

const negLegal: Gen = (r, d) => {
  const items = [
    `Under Megan's Law and Jessica's Law, registries are maintained by each state.`,
    `Sarbanes-Oxley §404 requires management assessment of internal controls.`,
    `The Dodd-Frank Act (2010) created the CFPB; Glass-Steagall was partly repealed in 1999.`,
    `Taft-Hartley amended the Wagner Act in 1947.`, `See also § ${r.int(100, 999)} BGB and Art. ${r.int(1, 300)} ZGB.`,
    `Sarah's Law (UK) allows parents to ask about individuals with access to children.`,
    `The Loi Évin restricts alcohol advertising in France; Ley Sinde targets piracy in Spain.`,
    `Employer Identification Number format: ${fill(r, '##-#######')} (example only).`,
    `ABA routing ${r.pick(['021000021', '026009593', '121000248', '011000138'])} belongs to a bank, not a customer.`,
    `Case ${r.int(1, 9)}:${r.int(10, 24)}-cr-${r.digits(5)} was stayed pending appeal.`,
  ];
  d.add(`Compliance brief ${ref(r, 'LEG')}\n\n`);
  for (const it of pickN(r, items, r.int(4, 7))) d.add(it, '\n');
};

const negTravel: Gen = (r, d) => {
  const items = [
    `From JFK take the AirTrain to Jamaica, then the E to Lexington Av/53 St.`,
    `Exit Charles de Gaulle T2, RER B to Gare du Nord, change for line 4 towards Mairie de Montrouge.`,
    `Leonardo da Vinci–Fiumicino: Leonardo Express every 15 min to Roma Termini.`,
    `Walk along Karl-Marx-Allee to Frankfurter Tor, then tram M10.`,
    `Turn left on Rue Victor-Hugo, continue to Place Charles-de-Gaulle.`,
    `Bus 12 along Avenida Simón Bolívar; get off at Parque Santander.`,
    `The hotel is on Jalan Tun Razak opposite the Petronas Towers.`,
    `Meet at Nelson Mandela Square, under the statue, Sandton.`,
    `Martin Luther King Jr. Blvd is closed between 5th and 9th Street on ${MON('en', r.int(1, 12))} ${r.int(1, 28)}.`,
    `Ninoy Aquino International Airport Terminal 3, then Grab to Bonifacio High Street.`,
    `Take Calle de Cervantes past the Prado; the Santiago Bernabéu is 4 stops on line 10.`,
    `Gate closes at ${hm(r)}; platform ${r.int(1, 20)}; seat ${r.int(1, 40)}${fill(r, '@')}; coach ${r.int(1, 14)}.`,
  ];
  d.add(`Directions (${r.pick(['conference', 'wedding', 'offsite'])})\n\n`);
  for (const it of pickN(r, items, r.int(4, 7))) d.add('- ', it, '\n');
};

const negSports: Gen = (r, d) => {
  const teams = ['Real Madrid', 'Bayern München', 'Boca Juniors', 'Galatasaray', 'Ajax', 'Celtic', 'Flamengo', 'Kaizer Chiefs', 'Urawa Reds', 'Club América'];
  d.add(`Results — matchday ${r.int(1, 34)} (${day(r)})\n`);
  for (let i = 0; i < r.int(4, 7); i++) {
    const [a, b] = pickN(r, teams, 2);
    d.add(`${a} ${r.int(0, 5)}–${r.int(0, 5)} ${b}   att. ${r.int(8, 80)},${r.digits(3)}   ${r.pick(['Santiago Bernabéu', 'Allianz Arena', 'La Bombonera', 'Estadio Azteca', 'Johan Cruijff ArenA', 'Maracanã'])}\n`);
  }
  d.add(`Next round: ${r.int(1, 28)}.${r.int(1, 12)}. — kick-off ${hm(r)} CET. Table updated at ${hms(r)}.\n`);
};

const negFinance: Gen = (r, d) => {
  d.add(`Treasury ops checklist ${day(r)}\n`);
  const items = [
    `SWIFT/BIC: ${fill(r, '@@@@DE@@')} · ${fill(r, '@@@@GB##')} · ${fill(r, '@@@@FR@@###')}`,
    `Rejected IBAN (checksum): ${badIban(r, r.pick(['DE', 'FR', 'NL', 'ES', 'IT']))}`,
    `Rejected IBAN (length): ${ibanRaw(r, 'DE').slice(0, -2)}`,
    `Test PAN (fails Luhn): ${badCard(r)}`, `Test PAN (fails Luhn): ${badCard(r).replace(/ /g, '')}`,
    `EIN ${fill(r, '##-#######')}; ABA ${r.pick(['021000021', '026009593', '121000248'])}; CUSIP ${fill(r, '###@@####')}`,
    `ISIN ${fill(r, 'US#########')}${r.int(0, 9)}; LEI ${fill(r, '####00@@##@@@@@@##')}`,
    `Q${r.int(1, 4)} close: ${r.int(1, 28)} ${MON('en', r.int(1, 12))}; FX cut-off ${hm(r)} CET; ${r.int(1, 999)},${r.digits(3)}.${pad(r.int(0, 99))} USD`,
    `Invoice batch ${fill(r, '####-####-####')} (12 digits, not a card)`,
  ];
  for (const it of pickN(r, items, r.int(5, 8))) d.add('☐ ', it, '\n');
};

const negQa: Gen = (r, d) => {
  d.add(`QA — validator edge cases (must all be REJECTED)\n`);
  const items = [
    `ssn: 000-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`, `ssn: 666-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`,
    `ssn: ${r.int(900, 999)}-${r.int(70, 88)}-${pad(r.int(1, 9999), 4)} (ITIN range)`, `ssn: ${r.int(100, 899)}-00-${pad(r.int(1, 9999), 4)}`,
    `ip: 256.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(0, 255)}`, `ip: ${r.int(1, 99)}.${r.int(0, 255)}.${r.int(0, 255)}`, `version: ${build4(r)}`,
    `mac: ${fill(r, '##:##:##:##:##:##')}`, `uuid: ${fill(r, '########-####-4###-####-############').toLowerCase()}`,
    `card: ${badCard(r)}`, `iban: ${badIban(r, r.pick(['GB', 'BE', 'PL']))}`, `email: missing-at-sign.example.com`, `email: @handle_only`,
    `date: ${day(r)} (created_at, not a birth date)`, `color: #${fill(r, '######')}`,
  ];
  for (const it of pickN(r, items, r.int(6, 9))) d.add('  - ', it, '\n');
};

const negSyslog: Gen = (r, d) => {
  for (let i = 0; i < r.int(5, 8); i++) {
    d.add(`${isoTs(r)} ${r.pick(['kubelet', 'containerd', 'nginx', 'postgres', 'systemd'])}[${r.int(100, 65000)}]: `);
    d.add(r.pick([
      `pod api-${fill(r, '#######').toLowerCase()}-${fill(r, '@@@##').toLowerCase()} OOMKilled (limit ${r.int(256, 4096)}Mi)`,
      `checkpoint complete: wrote ${r.int(100, 9000)} buffers (${r.int(1, 99)}.${r.int(0, 9)}%); distance=${r.int(1000, 99999)} kB`,
      `segfault at 0x7ffd${fill(r, '########').toLowerCase()} ip 0x55${fill(r, '##########').toLowerCase()} error 4`,
      `Started Daily apt upgrade (build ${build4(r)}).`,
      `upstream timed out (110: Connection timed out) after ${r.int(30, 60)}.${r.digits(3)}s`,
      `listening on port ${r.pick(['5432', '6379', '8080', '443'])} (tcp)`,
    ]), '\n');
  }
};

const negCalendar: Gen = (r, d) => {
  const items = [
    `Pi Day (3/14) — team lunch`, `Bastille Day / Fête nationale, 14 juillet — office closed (FR)`, `Martin Luther King Jr. Day — US holiday`,
    `St. Patrick's Day 17 March — Dublin office half day`, `Guy Fawkes Night 5 Nov`, `Tag der Deutschen Einheit 03.10.`,
    `Diwali ${r.int(1, 14)} November`, `Sprint review ${day(r)} ${hm(r)}`, `Valentine's Day 14.02. — marketing push`,
    `Dia de Tiradentes 21/04 — feriado (BR)`, `Labour Day long weekend (AU)`,
    `Día de la Hispanidad 12 de octubre`, `Boxing Day 26/12`, `Independence Day 4th July`,
  ];
  d.add(`Team calendar ${r.int(2024, 2026)}\n`);
  for (const it of pickN(r, items, r.int(5, 8))) d.add('* ', it, '\n');
};

const negFood: Gen = (r, d) => {
  const items = [
    'Eggs Benedict with hollandaise', 'Caesar salad', 'Beef Wellington', 'Pavlova with passionfruit', 'Pizza Margherita',
    'Wiener Schnitzel mit Erdäpfelsalat', 'Sachertorte', 'Kaiserschmarrn', 'Peach Melba', 'Nesselrode pudding', 'Carpaccio di manzo',
    'Crêpes Suzette', 'Oysters Rockefeller', 'Bloody Mary', 'Tom Collins', 'Earl Grey panna cotta', 'Salade niçoise', 'Bife à Marinheiro',
  ];
  d.add(`${r.pick(['Menu du jour', 'Tagesmenü', 'Specials', 'Carta'])} — ${r.int(1, 28)}/${r.int(1, 12)}\n`);
  for (const it of pickN(r, items, r.int(4, 7))) d.add(`${it} ........ ${r.int(6, 38)},${r.pick(['00', '50', '90'])}\n`);
  d.add(`Allergens per EU 1169/2011. Table ${r.int(1, 40)}, order ${r.int(1000, 9999)}.\n`);
};

// ───────────────────────────── generator ─────────────────────────────

const DOCS: readonly (readonly [number, Gen])[] = [
  [6, chatSupportEn], [4, chatSloppy], [5, asrEn], [2, asrDe], [2, asrEs], [4, emailEn], [3, emailDe], [3, emailFr], [3, emailRomance],
  [4, clinicalEn], [2, clinicalDe], [1.5, clinicalJa], [6, insuranceUs], [2, insuranceNl], [2, pharmacyUk], [4, bankDach], [4, paymentLog],
  [6, hrYamlUs], [5, kycChatUs], [2, legalLetter], [3, shipping], [3, csvExport], [2, jsonUsers], [3, xmlSepa], [2, sqlDump], [2, accessLog],
  [2, httpHeaders], [2, codingSession], [2, gitDiff], [2, issueTicket], [3, smsThread], [2, socialPost], [2, minutes], [2, schoolRecord],
  [2, uniRecord], [2, realEstate], [2, hotelBooking], [2, flightPnr], [2, marketplace], [1.5, datingBio], [2, genealogy], [1.5, roster],
  [1.5, obituary], [1.5, courtDocket], [3.5, invoice], [2, securityAlert], [2.5, cyrillic], [1, greekForm], [2, turkishChat], [2.5, rtlMsg],
  [2, indicMsg], [3, cjkMsg], [2.5, seaMsg], [1.5, mpesa], [8, genericForm], [6, cardDispute], [6, taxPrep],
];
const NEGATIVES: readonly Gen[] = [negRelease, negCatalog, negMedical, negLegal, negTravel, negSports, negFinance, negQa, negSyslog, negCalendar, negFood];

/** Generates whole documents until at least `minInstances` labels exist. Deterministic per seed. */
export function generateIndependent8Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent8Entry[] {
  const seed = opts.seed ?? INDEPENDENT8_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT8_MIN_INSTANCES;
  const r = new Rng(seed);
  const out: Independent8Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const neg = r.chance(0.11);
    (neg ? r.pick(NEGATIVES) : wpick(r, DOCS))(r, d);
    if (neg && d.labels.length > 0) throw new Error('negative document produced labels');
    for (const k of d.known) {
      if (!d.labels.some((l) => l.type === 'PERSON' && l.value === k)) throw new Error(`known name not labelled: ${k}`);
    }
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
