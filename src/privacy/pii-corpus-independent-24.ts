/**
 * @module privacy/pii-corpus-independent-24 — blind labelled PII corpus, split "independent24".
 *
 * WRITTEN BLIND. The author read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * The author did NOT read the detector, its other sources, the other corpora and their templates, the
 * tests, docs, benchmarks or the git history, and never ran the detector on this text. Every name, address,
 * template and value here was invented for this split.
 *
 * Seeds: 240001, 240002, 240003 (tests also use 1 and 424242). Each seed yields whole documents until at
 * least `minInstances` labels (default 2400) exist; generation is deterministic per seed.
 *
 * Contents. Emphasis on workplace and developer tooling: issue-tracker tickets and comment threads, code
 * review, CI logs and stack traces, config files and environment dumps, CRM / HR exports as CSV, JSON, YAML
 * and SQL, calendar invitations, team chat, incident post-mortems, access logs, e-mail threads pasted into
 * tickets. People from ~30 cultures, phones / addresses / dates written the way some 30 countries write them.
 * About one document in ten is a pure hard negative (eponymous brands, places, diseases, laws, algorithms,
 * order / tracking numbers, hashes, versions, Luhn-invalid card-like numbers, bad IBANs, EINs, routing
 * numbers, non-birth dates); such distractors are also sprinkled through labelled documents.
 *
 * Labelling conventions.
 * - PERSON: human beings only; honorifics and possessive 's outside the span; initials+surname,
 *   surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are labelled, one label per
 *   contiguous name. Brands, software, places, pets, ships, storms, streets/buildings named after people,
 *   eponymous diseases/laws/awards/algorithms and @handles are not labelled; names inside e-mail addresses
 *   are not labelled.
 * - EMAIL: every address including role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid / masked unlabelled.
 * - IBAN: checksum-valid and right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITIN-like 9xx numbers, EINs and other ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address; multi-line addresses from the first street/building/PO-box
 *   line to the last postcode/city/country line; recipient name is a separate PERSON; company lines,
 *   city-only mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT24_SEEDS = [240001, 240002, 240003] as const;
export const INDEPENDENT24_MIN_INSTANCES = 2400;

/** A gold label carrying the exact text of its span. */
export interface Independent24Label extends PiiLabel {
  readonly value: string;
}
/** One document of the split. */
export type Independent24Entry = PiiCorpusEntry & { readonly labels: readonly Independent24Label[] };

// ───────────────────────────── document builder ─────────────────────────────

class Doc {
  text = '';
  labels: Independent24Label[] = [];
  known: string[] = [];
  constructor(readonly selfOk: boolean) {}
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (!value || value.trim() !== value) throw new Error(`bad label value ${JSON.stringify(value)}`);
    this.labels.push({ type, start: this.text.length, end: this.text.length + value.length, value });
    this.text += value;
    return this;
  }
  /** Labels a person's full name and, for "self" documents, records it as the user's own name. */
  full(p: Person): this {
    if (this.selfOk && this.known.length === 0) this.known.push(p.full);
    return this.l('PERSON', p.full);
  }
  n(name: string): this {
    return this.l('PERSON', name);
  }
}

// ───────────────────────────── people ─────────────────────────────

interface Culture {
  readonly id: string;
  readonly cc: readonly string[];
  readonly g: readonly string[];
  readonly s: readonly string[];
  /** Native-script pools (surname first). */
  readonly ng?: readonly string[];
  readonly ns?: readonly string[];
  readonly nsep?: string;
}

const CULTURES: readonly Culture[] = [
  { id: 'en', cc: ['US', 'US', 'US', 'GB', 'AU', 'CA'], g: ['James', 'Olivia', 'Rose', 'Hope', 'Will', 'Bill', 'Grant', 'May', 'Guy', 'Faith', 'Mark', 'Dawn', 'Summer', 'Drew', 'Ray', 'Joy', 'Heather', 'Brooke', 'Carter', 'Madison', 'Chase', 'Penny'], s: ['Smith', 'Johnson', 'Brown', 'Young', 'King', 'Street', 'Bush', 'Long', 'Moss', 'Story', 'Love', 'Hunter', 'Page', 'Bishop', 'Baker', 'Marsh', 'Fox', 'Church', 'Wood', 'Cook', 'Sterling', 'Rivers'] },
  { id: 'ie', cc: ['IE', 'IE', 'GB', 'US'], g: ['Siobhán', 'Niamh', 'Ciarán', 'Aoife', 'Seán', 'Róisín', 'Pádraig', 'Orla', 'Eoin', 'Caoimhe'], s: ["O'Brien", 'Ó Súilleabháin', 'Murphy', 'Kelly', "O'Sullivan", 'MacCarthy', 'Byrne', 'Doyle', 'Fitzgerald', 'Quinn'] },
  { id: 'sc', cc: ['GB', 'GB', 'CA'], g: ['Callum', 'Isla', 'Hamish', 'Morag', 'Euan', 'Kirsty', 'Fergus', 'Ailsa'], s: ['MacLeod', 'Campbell', 'Fraser', 'McAllister', 'Sinclair', 'Drummond', 'Buchanan', 'Ross'] },
  { id: 'de', cc: ['DE', 'DE', 'DE', 'AT', 'CH'], g: ['Lukas', 'Anna-Lena', 'Jürgen', 'Sören', 'Wiebke', 'Maximilian', 'Gisela', 'Heike', 'Björn', 'Ute', 'Till', 'Frieda'], s: ['Müller', 'Schmidt', 'Weiß', 'Hoffmann', 'Köhler', 'Schäfer', 'Groß', 'Bäcker', 'Zimmermann', 'Krüger', 'von Brandt', 'Vogel'] },
  { id: 'fr', cc: ['FR', 'FR', 'BE', 'CH', 'CA'], g: ['Amélie', 'Benoît', 'Clémence', 'Hélène', 'Jérôme', 'Océane', 'Loïc', 'Margaux', 'Gaëlle', 'Thibault', 'Aurélien', 'Maëlle'], s: ['Lefèvre', 'Dubois', 'Girard', 'Rousseau', 'Faure', 'Mercier', 'Lemoine', 'Chevalier', 'Blanc', 'Leroy', 'Petit', 'Martin'] },
  { id: 'es', cc: ['ES', 'ES', 'US'], g: ['Alejandro', 'Lucía', 'Jesús', 'Rocío', 'Íñigo', 'Pilar', 'Nerea', 'Santiago', 'Begoña', 'Álvaro', 'Consuelo', 'Amparo'], s: ['García López', 'Fernández', 'Muñoz', 'Ibáñez', 'Sánchez', 'Ortega', 'Iglesias', 'Núñez', 'Castillo', 'Herrera', 'Vázquez', 'Domínguez'] },
  { id: 'mx', cc: ['MX', 'MX', 'US'], g: ['Guadalupe', 'José Luis', 'Itzel', 'Yolanda', 'Xóchitl', 'Rogelio', 'Marisol', 'Cuauhtémoc', 'Dulce', 'Efraín', 'Socorro', 'Rosario'], s: ['Hernández', 'Ramírez', 'Cruz', 'Flores', 'Morales', 'Reyes', 'Gutiérrez', 'Mendoza', 'Aguilar', 'Salazar'] },
  { id: 'pt', cc: ['BR', 'BR', 'PT'], g: ['João', 'Conceição', 'Thiago', 'Letícia', 'Gonçalo', 'Inês', 'Rafaela', 'Vinícius', 'Luana', 'Caio', 'Beatriz', 'Tiago'], s: ['Souza', 'Oliveira', 'Pereira', 'Carvalho', 'Gonçalves', 'Araújo', 'Ribeiro', 'Magalhães', 'Nascimento', 'Barbosa', 'Lima', 'Rocha'] },
  { id: 'it', cc: ['IT', 'IT', 'CH'], g: ['Giuseppe', 'Chiara', 'Lorenzo', 'Giulia', 'Matteo', 'Francesca', 'Alessio', 'Ilaria', 'Gianluca', 'Beatrice', 'Salvatore', 'Noemi'], s: ['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca'] },
  { id: 'nl', cc: ['NL', 'NL', 'BE'], g: ['Sanne', 'Joost', 'Femke', 'Maarten', 'Lieke', 'Bram', 'Anouk', 'Thijs', 'Eline', 'Wouter'], s: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Jong', 'Mulder', 'van Dijk'] },
  { id: 'pl', cc: ['PL', 'PL', 'GB', 'DE'], g: ['Małgorzata', 'Krzysztof', 'Agnieszka', 'Łukasz', 'Katarzyna', 'Wojciech', 'Zofia', 'Grzegorz', 'Paulina', 'Jędrzej'], s: ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Kozłowska'] },
  { id: 'se', cc: ['SE', 'SE', 'FI'], g: ['Linnea', 'Astrid', 'Oskar', 'Elsa', 'Nils', 'Ingrid', 'Gustav', 'Maja', 'Axel', 'Ebba'], s: ['Lindqvist', 'Andersson', 'Johansson', 'Bergström', 'Nyström', 'Sjöberg', 'Holm', 'Lundgren', 'Ek', 'Åberg'] },
  { id: 'no', cc: ['NO', 'DK', 'NO'], g: ['Sigrid', 'Øystein', 'Kari', 'Håkon', 'Solveig', 'Mads', 'Freja', 'Søren', 'Ida', 'Rasmus'], s: ['Hansen', 'Nørgaard', 'Pedersen', 'Berg', 'Dahl', 'Haugen', 'Kristiansen', 'Lund', 'Bakke', 'Mikkelsen'] },
  { id: 'fi', cc: ['FI', 'FI', 'SE'], g: ['Aino', 'Juha', 'Sanna', 'Mikko', 'Helmi', 'Eero', 'Tuula', 'Väinö', 'Kaisa', 'Onni'], s: ['Virtanen', 'Mäkinen', 'Korhonen', 'Nieminen', 'Heikkinen', 'Järvinen', 'Lehtonen', 'Hämäläinen', 'Laaksonen', 'Salo'] },
  { id: 'gr', cc: ['GR', 'GR', 'DE', 'AU'], g: ['Eleni', 'Giorgos', 'Dimitra', 'Nikos', 'Katerina', 'Vasilis', 'Sofia', 'Panagiotis', 'Ioanna', 'Stavros'], s: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Konstantinou', 'Papadaki', 'Vlachos', 'Oikonomou', 'Alexiou', 'Karagiannis', 'Dimitriou'] },
  { id: 'tr', cc: ['TR', 'TR', 'DE', 'NL'], g: ['Ayşe', 'Mehmet', 'Elif', 'Mustafa', 'Zeynep', 'Emre', 'Gülşen', 'Burak', 'Özlem', 'Çağrı'], s: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan'] },
  { id: 'ar', cc: ['AE', 'AE', 'GB', 'FR', 'US'], g: ['Mohammed', 'Fatima', 'Said', 'Amal', 'Omar', 'Noor', 'Khalid', 'Layla', 'Youssef', 'Huda', 'Tariq', 'Rania'], s: ['Al-Farsi', 'Haddad', 'Mansour', 'Nasser', 'El-Amin', 'Khoury', 'Bakr', 'Hamdan', 'Saleh', 'Abdullah', 'Al Mansoori', 'Qasim'] },
  { id: 'fa', cc: ['US', 'CA', 'DE', 'SE'], g: ['Dariush', 'Shirin', 'Reza', 'Parisa', 'Kian', 'Niloufar', 'Arash', 'Mahsa'], s: ['Hosseini', 'Rahimi', 'Moradi', 'Karimi', 'Tehrani', 'Jafari', 'Ahmadi', 'Sadeghi'] },
  { id: 'he', cc: ['IL', 'IL', 'US'], g: ['Noa', 'Yonatan', 'Tamar', 'Itai', 'Shira', 'Avi', 'Maayan', 'Eitan'], s: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Avraham', 'Katz'] },
  { id: 'ru', cc: ['DE', 'US', 'FI', 'PL', 'GB'], g: ['Dmitri', 'Anastasia', 'Sergei', 'Olga', 'Yevgenia', 'Mykola', 'Oksana', 'Taras', 'Svetlana', 'Pavel'], s: ['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova', 'Volkov', 'Shevchenko', 'Kovalenko', 'Bondarenko', 'Morozova', 'Sokolov'] },
  { id: 'hu', cc: ['DE', 'AT', 'GB', 'IT'], g: ['Zsófia', 'Bence', 'Réka', 'Levente', 'Ioana', 'Andrei', 'Mihaela', 'Bogdan'], s: ['Nagy', 'Kovács', 'Szabó', 'Tóth', 'Popescu', 'Ionescu', 'Dumitrescu', 'Constantin'] },
  { id: 'in', cc: ['IN', 'IN', 'IN', 'US', 'GB', 'SG', 'AE'], g: ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Deepika', 'Vikram', 'Sneha', 'Aditya', 'Kavya', 'Rahul', 'Pooja', 'Siddharth'], s: ['Sharma', 'Patel', 'Gupta', 'Iyer', 'Reddy', 'Nair', 'Chatterjee', 'Mehta', 'Desai', 'Singh', 'Banerjee', 'Kulkarni'] },
  { id: 'ta', cc: ['IN', 'SG', 'US'], g: ['Lakshmi', 'Karthik', 'Meenakshi', 'Senthil', 'Divya', 'Murugan'], s: ['Subramanian', 'Krishnan', 'Ramasamy', 'Venkatesan', 'Raghavan', 'Annamalai'] },
  { id: 'cn', cc: ['SG', 'US', 'CA', 'AU', 'GB'], g: ['Wei', 'Xiuying', 'Jing', 'Hao', 'Meiling', 'Zhiwei', 'Yan', 'Jun', 'Lihua', 'Bo'], s: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'], ng: ['伟', '芳', '娜', '敏', '静', '磊', '洋', '婷'], ns: ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'], nsep: '' },
  { id: 'jp', cc: ['JP', 'JP', 'JP', 'US'], g: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Riku', 'Hina', 'Kenji', 'Yuki', 'Daisuke', 'Sakura', 'Takumi', 'Mei'], s: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Matsumoto'], ng: ['翔太', '美咲', '大輔', '陽菜', '健一', '由美', '拓海', '彩'], ns: ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村'], nsep: ' ' },
  { id: 'kr', cc: ['KR', 'KR', 'KR', 'US'], g: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ha-eun', 'Do-yoon', 'Su-bin', 'Jae-won', 'Eun-ji', 'Hyun-woo', 'Ye-jin'], s: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'], ng: ['민준', '서연', '지훈', '하은', '도윤', '수빈'], ns: ['김', '이', '박', '최', '정', '강'], nsep: '' },
  { id: 'vi', cc: ['US', 'AU', 'FR', 'CA'], g: ['Minh', 'Linh', 'Tuấn', 'Hương', 'Đức', 'Thảo', 'Quang', 'Ngọc'], s: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'] },
  { id: 'ph', cc: ['US', 'SG', 'AE', 'CA'], g: ['Maricel', 'Jomar', 'Lorna', 'Rodel', 'Analyn', 'Rowena', 'Dindo', 'Cherry'], s: ['Dela Cruz', 'Santos', 'Bautista', 'Villanueva', 'Mercado', 'Ocampo', 'Manalo', 'Macaraeg'] },
  { id: 'sea', cc: ['SG', 'AU', 'NL'], g: ['Putri', 'Budi', 'Siti', 'Agus', 'Nattapong', 'Siriporn', 'Somchai', 'Kanya'], s: ['Wijaya', 'Santoso', 'Hidayat', 'Kusuma', 'Srisuk', 'Chaiyaporn', 'Wongsawat', 'Rattanakorn'] },
  { id: 'ng', cc: ['NG', 'NG', 'GB', 'US'], g: ['Chinonso', 'Adaeze', 'Oluwaseun', 'Ngozi', 'Babajide', 'Funmilayo', 'Emeka', 'Yetunde', 'Chiamaka', 'Tunde', 'Blessing', 'Precious'], s: ['Okafor', 'Adeyemi', 'Eze', 'Okonkwo', 'Balogun', 'Nwosu', 'Adebayo', 'Ogunleye', 'Chukwu', 'Ibrahim', 'Obi', 'Afolabi'] },
  { id: 'af', cc: ['KE', 'ZA', 'ZA', 'GB'], g: ['Wanjiru', 'Kamau', 'Achieng', 'Otieno', 'Thandiwe', 'Sipho', 'Nomvula', 'Themba', 'Abebe', 'Tigist', 'Selam', 'Dawit'], s: ['Mwangi', 'Odhiambo', 'Kiptoo', 'Njoroge', 'Dlamini', 'Nkosi', 'Mokoena', 'van der Merwe', 'Tesfaye', 'Bekele', 'Haile', 'Girma'] },
];

interface Person {
  readonly g: string;
  readonly s: string;
  readonly full: string;
  readonly cc: string;
  readonly cul: string;
  readonly native: boolean;
  /** Latin local part for e-mail addresses. */
  readonly local: string;
}

function fold(s: string): string {
  return s
    .replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/[æÆ]/g, 'ae').replace(/ı/g, 'i')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z]/g, '');
}

const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

const p2 = (n: number): string => String(n).padStart(2, '0');

// ───────────────────────────── value factory ─────────────────────────────

const COMPANY = ['Northwind Labs', 'Brightforge GmbH', 'Kestrel Analytics', 'Tideway Logistics', 'Pomelo Health', 'Quarry & Vine', 'Lumenpath SAS', 'Halcyon Freight', 'Orchard Ledger Ltd', 'Cobalt Harbor Inc.', 'Sakuraba Systems K.K.', 'Verdant Kiosk BV'];
const CORP_DOMAINS = ['northwind-labs.io', 'brightforge.de', 'kestrel.dev', 'tideway.co.uk', 'pomelohealth.com', 'quarryvine.com', 'lumenpath.fr', 'halcyonfreight.net', 'orchardledger.co', 'cobaltharbor.com', 'sakuraba.co.jp', 'verdantkiosk.nl'];
const FREE_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'libero.it', 'naver.com', 'yahoo.co.jp', 'proton.me', 'icloud.com', 'uol.com.br', 'wp.pl', 'qq.com', 'rediffmail.com', 'ziggo.nl', 'telia.com'];
const ROLES = ['support', 'billing', 'noreply', 'oncall', 'hr', 'payroll', 'security', 'privacy', 'ops-alerts', 'accounts-payable', 'recruiting', 'it-helpdesk'];
const TEAMS = ['Team Atlas', 'Platform Guild', 'Project Phoenix', 'Falcon squad', 'Payments Core', 'Growth Pod B', 'SRE Rotation', 'Data Infra', 'Mobile Chapter', 'Identity & Access'];
/** Eponymous / capitalised distractors that are not people. */
const TRAPS = [
  'the Dijkstra shortest-path step', 'a Bloom filter', 'the Levenshtein distance', 'a Kalman filter', 'the Jenkins pipeline',
  'the Hudson agent', 'Parkinson\'s law', 'the Sarbanes-Oxley audit', 'Dodd-Frank reporting', 'the Ford fleet account',
  'our Dell laptops', 'the Tesla wall charger', 'the Hilton near the venue', 'the Marriott booking API', 'Hurricane Katrina data',
  'Storm Ciarán', 'the Nobel-prize demo dataset', 'the Turing Award talk', 'Alzheimer\'s research partners', 'Crohn\'s disease cohort',
  'the Gaussian blur kernel', 'a Fourier transform', 'Boolean flags', 'the Pascal compiler', 'Julia notebooks',
  'the Django admin', 'Hugo static site', 'Wells Fargo sandbox', 'Morgan Stanley feed', 'Victoria station',
  'Lake Washington office', 'the Lincoln datacenter', 'Darwin builds', 'the Adelaide region', 'Florence pilot',
  'Charlotte hub', 'the Rockefeller Center sign', 'Martin Luther King Jr. Day', 'Queen Elizabeth Olympic Park', 'the Carnegie Hall fundraiser',
  'the Hodgkin lymphoma study', 'the Einstein build server', 'Ada Lovelace room', 'the Grace Hopper conference', 'Gantt chart',
];

function pick<T>(r: Rng, xs: readonly T[]): T {
  return r.pick(xs);
}

function person(r: Rng, noApos = false): Person {
  for (;;) {
    const c = pick(r, CULTURES);
    const cc = pick(r, c.cc);
    let g = pick(r, c.g);
    let s = pick(r, c.s);
    const local = localPart(r, g, s);
    let native = false;
    if (c.ng && c.ns && r.chance(0.3)) {
      g = pick(r, c.ng);
      s = pick(r, c.ns);
      native = true;
    }
    if (noApos && (g + s).includes("'")) continue;
    const full = native ? `${s}${c.nsep ?? ''}${g}` : `${g} ${s}`;
    return { g, s, full, cc, cul: c.id, native, local };
  }
}

function localPart(r: Rng, g: string, s: string): string {
  const fg = fold(g);
  const fs = fold(s);
  switch (r.int(0, 7)) {
    case 0: return `${fg}.${fs}`;
    case 1: return `${fg.charAt(0)}${fs}`;
    case 2: return `${fg}${fs}${r.int(1, 99)}`;
    case 3: return `${fs}.${fg}`;
    case 4: return `${fg}_${fs}`;
    case 5: return `${fg}`;
    case 6: return `${fg.charAt(0)}.${fs}`;
    default: return `${fg}.${fs}+${pick(r, ['jobs', 'work', 'shop', 'git'])}`;
  }
}

/** A variant of a person's name as it would appear in running text. */
function nameForm(r: Rng, p: Person): string {
  if (p.native) return r.chance(0.7) ? p.full : p.s;
  const x = r.next();
  if (x < 0.38) return p.full;
  if (x < 0.46) return `${p.s}, ${p.g}`;
  if (x < 0.54) return `${p.g.charAt(0)}. ${p.s}`;
  if (x < 0.66) return p.s;
  if (x < 0.82) return p.g;
  if (x < 0.88) return p.full.toUpperCase();
  if (x < 0.94) return p.full.toLowerCase();
  return `${p.s.toUpperCase()} ${p.g}`;
}

function honorific(r: Rng, p: Person): [string, string] {
  switch (p.cul) {
    case 'jp': return ['', pick(r, ['さん', '様', '-san'])];
    case 'kr': return ['', pick(r, ['씨', '님'])];
    case 'de': return [pick(r, ['Herr ', 'Frau ', 'Dr. ']), ''];
    case 'fr': return [pick(r, ['M. ', 'Mme ', 'Maître ']), ''];
    case 'es': case 'mx': return [pick(r, ['Sr. ', 'Sra. ', 'Lic. ']), ''];
    case 'pt': return [pick(r, ['Sr. ', 'Sra. ', 'Dra. ']), ''];
    case 'it': return [pick(r, ['Sig. ', 'Sig.ra ', 'Dott. ']), ''];
    case 'nl': return [pick(r, ['dhr. ', 'mevr. ']), ''];
    default: return [pick(r, ['Mr. ', 'Ms. ', 'Dr. ', 'Mrs. ', 'Prof. ']), ''];
  }
}

/** A chat / forge handle (never labelled). */
function handle(p: Person): string {
  return p.local.replace(/[^a-z0-9]/g, '').slice(0, 10);
}

function email(r: Rng, p?: Person, corp = false): string {
  if (!p) return `${pick(r, ROLES)}@${pick(r, CORP_DOMAINS)}`;
  return `${p.local}@${corp ? pick(r, CORP_DOMAINS) : pick(r, r.chance(0.5) ? FREE_DOMAINS : CORP_DOMAINS)}`;
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function spokenEmail(r: Rng, p: Person): string {
  const dom = pick(r, FREE_DOMAINS).replace(/\./g, ' dot ');
  const local = (p.local.split('+')[0] ?? p.local).replace(/\./g, ' dot ').replace(/_/g, ' underscore ');
  return `${local} at ${dom}`;
}

function spokenPhone(r: Rng): string {
  const d = `${r.int(2, 9)}${r.digits(2)}${r.int(2, 9)}${r.digits(6)}`;
  const w = (s: string): string => [...s].map((c) => DIGIT_WORDS[Number(c)]).join(' ');
  return `${w(d.slice(0, 3))}, ${w(d.slice(3, 6))}, ${w(d.slice(6))}`;
}

function phone(r: Rng, cc: string): string {
  const d = (n: number): string => r.digits(n);
  const i = r.int(0, 3);
  switch (cc) {
    case 'US': case 'CA': {
      const a = String(pick(r, cc === 'US' ? [212, 312, 415, 512, 617, 646, 702, 713, 206, 303, 404, 503, 602, 718, 919, 469, 347, 857] : [604, 416, 514, 403, 902, 613]));
      const e = String(r.int(201, 989));
      const l = d(4);
      return [`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `+1 ${a} ${e} ${l}`, `${a}.${e}.${l}`][i] as string;
    }
    case 'GB': return [`07${d(3)} ${d(6)}`, `+44 7${d(3)} ${d(6)}`, `020 7${d(3)} ${d(4)}`, `+44 (0)161 ${d(3)} ${d(4)}`][i] as string;
    case 'IE': return [`+353 87 ${d(3)} ${d(4)}`, `086 ${d(3)} ${d(4)}`, `(01) ${d(3)} ${d(4)}`, `+353 1 ${d(3)} ${d(4)}`][i] as string;
    case 'AU': return [`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`, `+61 3 ${d(4)} ${d(4)}`][i] as string;
    case 'DE': return [`+49 30 ${d(8)}`, `030 ${d(4)} ${d(4)}`, `0151 ${d(8)}`, `+49 (0)89 ${d(7)}`][i] as string;
    case 'AT': return [`+43 1 ${d(3)} ${d(4)}`, `0664 ${d(7)}`, `+43 664 ${d(7)}`, `01/${d(3)} ${d(2)} ${d(2)}`][i] as string;
    case 'CH': return [`+41 44 ${d(3)} ${d(2)} ${d(2)}`, `079 ${d(3)} ${d(2)} ${d(2)}`, `+41 79 ${d(3)} ${d(2)} ${d(2)}`, `031 ${d(3)} ${d(2)} ${d(2)}`][i] as string;
    case 'FR': { const a = r.int(1, 7); return [`0${a} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+33 ${a} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `0${a}.${d(2)}.${d(2)}.${d(2)}.${d(2)}`, `+33 (0)${a} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`][i] as string; }
    case 'BE': return [`+32 2 ${d(3)} ${d(2)} ${d(2)}`, `0475 ${d(2)} ${d(2)} ${d(2)}`, `+32 475 ${d(2)} ${d(2)} ${d(2)}`, `02 ${d(3)} ${d(2)} ${d(2)}`][i] as string;
    case 'NL': return [`06-${d(8)}`, `+31 6 ${d(8)}`, `020 ${d(3)} ${d(4)}`, `+31 (0)20 ${d(3)} ${d(4)}`][i] as string;
    case 'ES': return [`+34 6${d(2)} ${d(3)} ${d(3)}`, `9${d(2)} ${d(3)} ${d(3)}`, `6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+34 91 ${d(3)} ${d(2)} ${d(2)}`][i] as string;
    case 'PT': return [`+351 9${d(2)} ${d(3)} ${d(3)}`, `21 ${d(3)} ${d(4)}`, `9${d(2)} ${d(3)} ${d(3)}`, `+351 22 ${d(3)} ${d(4)}`][i] as string;
    case 'IT': return [`+39 3${d(2)} ${d(3)} ${d(4)}`, `06 ${d(4)} ${d(4)}`, `02-${d(8)}`, `3${d(2)} ${d(7)}`][i] as string;
    case 'PL': return [`+48 ${r.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`, `${r.int(5, 8)}${d(2)}-${d(3)}-${d(3)}`, `(22) ${d(3)} ${d(2)} ${d(2)}`, `+48 22 ${d(3)} ${d(2)} ${d(2)}`][i] as string;
    case 'SE': return [`07${r.int(0, 9)}-${d(3)} ${d(2)} ${d(2)}`, `+46 7${r.int(0, 9)} ${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(2)} ${d(2)}`, `+46 8 ${d(3)} ${d(2)} ${d(2)}`][i] as string;
    case 'NO': return [`+47 ${r.int(4, 9)}${d(2)} ${d(2)} ${d(3)}`, `${r.int(4, 9)}${d(2)} ${d(2)} ${d(3)}`, `+47 22 ${d(2)} ${d(2)} ${d(2)}`, `9${d(7)}`][i] as string;
    case 'DK': return [`+45 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+45 ${d(8)}`, `(+45) ${d(4)} ${d(4)}`][i] as string;
    case 'FI': return [`040 ${d(3)} ${d(4)}`, `+358 40 ${d(3)} ${d(4)}`, `050 ${d(7)}`, `+358 9 ${d(3)} ${d(4)}`][i] as string;
    case 'GR': return [`+30 69${r.int(0, 9)} ${d(3)} ${d(4)}`, `69${d(8)}`, `210 ${d(3)} ${d(4)}`, `+30 210 ${d(7)}`][i] as string;
    case 'TR': return [`+90 5${d(2)} ${d(3)} ${d(2)} ${d(2)}`, `0 (5${d(2)}) ${d(3)} ${d(2)} ${d(2)}`, `05${d(2)} ${d(3)} ${d(4)}`, `+90 212 ${d(3)} ${d(2)} ${d(2)}`][i] as string;
    case 'AE': return [`+971 5${r.int(0, 8)} ${d(3)} ${d(4)}`, `05${r.int(0, 8)} ${d(3)} ${d(4)}`, `04 ${d(3)} ${d(4)}`, `+971 4 ${d(3)} ${d(4)}`][i] as string;
    case 'IL': return [`+972 5${r.int(0, 8)}-${d(3)}-${d(4)}`, `05${r.int(0, 8)}-${d(3)}-${d(4)}`, `03-${d(3)}-${d(4)}`, `+972-3-${d(7)}`][i] as string;
    case 'IN': { const m = `${r.int(6, 9)}${d(4)}`; return [`+91 ${m} ${d(5)}`, `0${m} ${d(5)}`, `+91-${m}${d(5)}`, `080 ${d(4)} ${d(4)}`][i] as string; }
    case 'SG': return [`+65 ${r.int(8, 9)}${d(3)} ${d(4)}`, `${r.int(8, 9)}${d(3)} ${d(4)}`, `+65 6${d(3)} ${d(4)}`, `6${d(3)}-${d(4)}`][i] as string;
    case 'JP': return [`03-${d(4)}-${d(4)}`, `090-${d(4)}-${d(4)}`, `+81 90-${d(4)}-${d(4)}`, `06-${d(4)}-${d(4)}`][i] as string;
    case 'KR': return [`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`, `+82 2 ${d(4)} ${d(4)}`][i] as string;
    case 'BR': return [`+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`, `(11) ${d(4)}-${d(4)}`, `+55 (31) 9${d(4)}-${d(4)}`][i] as string;
    case 'MX': return [`+52 55 ${d(4)} ${d(4)}`, `55 ${d(4)} ${d(4)}`, `+52 33 ${d(4)} ${d(4)}`, `(81) ${d(4)}-${d(4)}`][i] as string;
    case 'NG': return [`+234 80${r.int(2, 9)} ${d(3)} ${d(4)}`, `080${r.int(2, 9)} ${d(3)} ${d(4)}`, `+234 70${r.int(2, 9)} ${d(3)} ${d(4)}`, `0909 ${d(3)} ${d(4)}`][i] as string;
    case 'ZA': return [`+27 ${pick(r, ['82', '83', '72', '71'])} ${d(3)} ${d(4)}`, `0${pick(r, ['82', '83', '72'])} ${d(3)} ${d(4)}`, `021 ${d(3)} ${d(4)}`, `+27 11 ${d(3)} ${d(4)}`][i] as string;
    case 'KE': return [`+254 7${d(2)} ${d(3)} ${d(3)}`, `07${d(2)} ${d(6)}`, `+254 20 ${d(7)}`, `07${d(2)} ${d(3)} ${d(3)}`][i] as string;
    default: return `+1 ${r.int(201, 989)} ${r.int(201, 989)} ${d(4)}`;
  }
}

/** A postal address as lines (first street/building/PO-box line to the last postcode/city/country line). */
function addrLines(r: Rng, cc: string): string[] {
  const n = r.int(1, 240);
  const LL = (): string => String.fromCharCode(65 + r.int(0, 25)) + String.fromCharCode(65 + r.int(0, 25));
  switch (cc) {
    case 'US': {
      const [city, st, z] = pick(r, [['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Columbus', 'OH', '432'], ['Madison', 'WI', '537'], ['Raleigh', 'NC', '276'], ['Tucson', 'AZ', '857'], ['Boise', 'ID', '837'], ['Albany', 'NY', '122'], ['Denver', 'CO', '802'], ['Savannah', 'GA', '314']] as const);
      const street = `${r.int(10, 9899)} ${pick(r, ['Maple Ave', 'Oak St', 'Cedar Ln', 'Willow Creek Dr', 'N 5th St', 'Sunset Blvd', 'Lakeview Ter', 'Pine Ridge Rd', 'Elm Ct', 'Harbor Way'])}`;
      const unit = r.chance(0.35) ? pick(r, [' Apt 4B', ' Suite 210', ' #12', ' Unit 7']) : '';
      if (r.chance(0.12)) return [`PO Box ${r.int(100, 9999)}`, `${city}, ${st} ${z}${r.digits(2)}`];
      const out = [`${street}${unit}`, `${city}, ${st} ${z}${r.digits(2)}${r.chance(0.2) ? '-' + r.digits(4) : ''}`];
      if (r.chance(0.25)) out.push('USA');
      return out;
    }
    case 'CA': {
      const [city, pr, fl] = pick(r, [['Toronto', 'ON', 'M'], ['Vancouver', 'BC', 'V'], ['Montréal', 'QC', 'H'], ['Calgary', 'AB', 'T'], ['Halifax', 'NS', 'B']] as const);
      const CL = (): string => pick(r, [...'ABCEGHJKLMNPRSTVXY']);
      const pc = `${fl}${r.int(1, 9)}${CL()} ${r.int(1, 9)}${CL()}${r.int(1, 9)}`;
      return [`${r.int(10, 2999)} ${pick(r, ['Queen St W', 'Rue Saint-Denis', 'Robson St', 'Elgin Ave', 'Jasper Ave'])}`, `${city} ${pr} ${pc}`, ...(r.chance(0.3) ? ['Canada'] : [])];
    }
    case 'GB': {
      const [city, a] = pick(r, [['London', 'SE'], ['Leeds', 'LS'], ['Bristol', 'BS'], ['Glasgow', 'G'], ['Cardiff', 'CF'], ['Edinburgh', 'EH'], ['Manchester', 'M'], ['Norwich', 'NR']] as const);
      const pc = `${a}${r.int(1, 28)} ${r.int(1, 9)}${LL()}`;
      const out = r.chance(0.3) ? [`Flat ${r.int(1, 24)}`, `${n} ${pick(r, ['Kingsley Road', 'Albion Street', 'Mill Lane', 'Church Walk', 'Harcourt Terrace'])}`] : [`${n} ${pick(r, ['Kingsley Road', 'Albion Street', 'Mill Lane', 'Victoria Crescent', 'Harcourt Terrace'])}`];
      out.push(city, pc);
      if (r.chance(0.2)) out.push('United Kingdom');
      return out;
    }
    case 'IE': return [`${n} ${pick(r, ['Ardmore Park', 'Harbour View', 'Seafield Road', 'Church Lane'])}`, pick(r, ['Bray, Co. Wicklow', 'Howth, Co. Dublin', 'Ballincollig, Co. Cork', 'Salthill, Galway']), `${pick(r, ['A98', 'D13', 'P31', 'H91'])} ${LL()}${r.digits(2)}`];
    case 'AU': {
      const [sub, st, pc] = pick(r, [['Surry Hills', 'NSW', '2010'], ['Fitzroy', 'VIC', '3065'], ['New Farm', 'QLD', '4005'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045']] as const);
      return [`${r.chance(0.4) ? `Unit ${r.int(1, 30)}, ` : ''}${n} ${pick(r, ['Wattle St', 'Bourke Rd', 'Banksia Ave', 'Jacaranda Pde'])}`, `${sub} ${st} ${pc}`];
    }
    case 'DE': {
      const [city, pre] = pick(r, [['Berlin', '10'], ['Hamburg', '20'], ['München', '80'], ['Köln', '50'], ['Leipzig', '04'], ['Stuttgart', '70'], ['Bremen', '28']] as const);
      const out = [`${pick(r, ['Lindenstraße', 'Hauptstraße', 'Am Mühlbach', 'Goethestraße', 'Bergstraße', 'Schillerplatz', 'Rosenweg', 'Kastanienallee'])} ${r.int(1, 140)}${r.chance(0.2) ? 'a' : ''}`, `${pre}${r.digits(3)} ${city}`];
      if (r.chance(0.2)) out.push('Deutschland');
      return out;
    }
    case 'AT': return [`${pick(r, ['Mariahilfer Straße', 'Herrengasse', 'Landstraßer Hauptstraße', 'Getreidegasse'])} ${r.int(1, 90)}/${r.int(1, 12)}`, pick(r, ['1060 Wien', '8010 Graz', '4020 Linz', '5020 Salzburg'])];
    case 'CH': return [`${pick(r, ['Bahnhofstrasse', 'Rue du Rhône', 'Spalenberg', 'Marktgasse'])} ${r.int(1, 80)}`, pick(r, ['8001 Zürich', '1204 Genève', '4051 Basel', '3011 Bern']), ...(r.chance(0.2) ? ['Schweiz'] : [])];
    case 'FR': {
      const out = [`${r.int(1, 160)}${r.chance(0.1) ? ' bis' : ''} ${pick(r, ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'place du Marché', 'chemin des Vignes', 'rue de la République'])}`, `${pick(r, ['750' + p2(r.int(1, 20)), '6900' + r.int(1, 9), '1300' + r.int(1, 9), '31000', '59000', '44000', '33000'])} ${pick(r, ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Lille', 'Nantes', 'Bordeaux'])}`];
      if (r.chance(0.25)) out.push('France');
      return out;
    }
    case 'BE': return [pick(r, [`Rue de la Loi ${r.int(1, 200)}`, `Meir ${r.int(1, 99)}`, `Veldstraat ${r.int(1, 99)}`, `Avenue Louise ${r.int(1, 500)}`]), pick(r, ['1000 Bruxelles', '2000 Antwerpen', '9000 Gent', '1050 Ixelles'])];
    case 'NL': return [`${pick(r, ['Keizersgracht', 'Oudegracht', 'Vondelstraat', 'Dorpsstraat', 'Prinsengracht'])} ${r.int(1, 400)}${r.chance(0.3) ? '-II' : ''}`, `${r.int(1011, 9999)} ${LL()} ${pick(r, ['Amsterdam', 'Utrecht', 'Rotterdam', 'Groningen', 'Eindhoven'])}`];
    case 'ES': return [`${pick(r, ['Calle Mayor', 'Carrer de Mallorca', 'Avenida de la Constitución', 'Calle de Alcalá', 'Paseo de Gracia'])} ${r.int(1, 300)}${r.chance(0.5) ? `, ${r.int(1, 8)}º ${pick(r, ['izq.', 'dcha.', 'B', 'A'])}` : ''}`, pick(r, ['28013 Madrid', '08013 Barcelona', '41001 Sevilla', '46002 Valencia', '48001 Bilbao'])];
    case 'PT': return [`${pick(r, ['Rua Augusta', 'Avenida dos Aliados', 'Rua de Santa Catarina', 'Travessa do Carmo'])} ${r.int(1, 200)}${r.chance(0.5) ? `, ${r.int(1, 6)}.º Esq.` : ''}`, pick(r, ['1100-053 Lisboa', '4000-064 Porto', '3000-150 Coimbra', '8000-138 Faro'])];
    case 'IT': return [`${pick(r, ['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Navona', 'Via Roma', 'Viale Monza'])} ${r.int(1, 120)}`, pick(r, ['20121 Milano MI', '10121 Torino TO', '80121 Napoli NA', '00186 Roma RM', '40121 Bologna BO'])];
    case 'PL': return [`${pick(r, ['ul. Marszałkowska', 'ul. Długa', 'ul. Piotrkowska', 'al. Jerozolimskie'])} ${r.int(1, 140)}${r.chance(0.5) ? '/' + r.int(1, 40) : ''}`, pick(r, ['00-514 Warszawa', '80-827 Gdańsk', '90-102 Łódź', '31-938 Kraków'])];
    case 'SE': return [`${pick(r, ['Storgatan', 'Kungsgatan', 'Västra Hamngatan', 'Drottninggatan'])} ${r.int(1, 90)}${r.chance(0.3) ? 'B' : ''}`, pick(r, ['114 51 Stockholm', '411 19 Göteborg', '211 22 Malmö', '753 20 Uppsala'])];
    case 'NO': return [`${pick(r, ['Karl Johans gate', 'Bryggen', 'Thorvald Meyers gate', 'Storgata'])} ${r.int(1, 80)}`, pick(r, ['0159 Oslo', '5003 Bergen', '7011 Trondheim'])];
    case 'DK': return [`${pick(r, ['Nørrebrogade', 'Vestergade', 'Amagerbrogade'])} ${r.int(1, 200)}, ${r.int(1, 5)}. ${pick(r, ['tv.', 'th.'])}`, pick(r, ['2200 København N', '8000 Aarhus C', '5000 Odense C'])];
    case 'FI': return [`${pick(r, ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu'])} ${r.int(1, 60)}${r.chance(0.4) ? ` B ${r.int(1, 40)}` : ''}`, pick(r, ['00100 Helsinki', '33200 Tampere', '20100 Turku'])];
    case 'GR': return [`${pick(r, ['Ermou', 'Tsimiski', 'Panepistimiou', 'Egnatias'])} ${r.int(1, 120)}`, pick(r, ['105 63 Athens', '546 23 Thessaloniki', '262 21 Patras'])];
    case 'TR': return [`${pick(r, ['Caferağa Mah. Moda Cad.', 'Kızılay Mah. Gazi Mustafa Kemal Blv.', 'Alsancak Mah. Kıbrıs Şehitleri Cad.'])} No: ${r.int(1, 150)} D: ${r.int(1, 20)}`, pick(r, ['34710 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])];
    case 'AE': return r.chance(0.5) ? [`Villa ${r.int(1, 80)}, Street ${r.int(1, 40)}, ${pick(r, ['Al Barsha 2', 'Jumeirah 1', 'Mirdif'])}`, 'Dubai', ...(r.chance(0.4) ? ['United Arab Emirates'] : [])] : [`PO Box ${r.int(1000, 99999)}`, pick(r, ['Dubai', 'Abu Dhabi', 'Sharjah']), 'UAE'];
    case 'IL': return [`${pick(r, ['Rothschild Blvd', 'Jaffa St', 'Herzl St', 'Dizengoff St'])} ${r.int(1, 200)}`, `${pick(r, ['Tel Aviv-Yafo', 'Jerusalem', 'Haifa'])} ${r.digits(7)}`];
    case 'IN': return pick(r, [
      [`Flat ${r.int(101, 1204)}, ${pick(r, ['Sunshine Residency', 'Prestige Lakeside', 'Green Glen Layout'])}`, `${r.int(1, 20)}th Cross, Indiranagar`, `Bengaluru, Karnataka ${560000 + r.int(1, 110)}`],
      [`B-${r.int(1, 90)}, Sector ${r.int(10, 140)}`, `Noida, Uttar Pradesh 2013${r.digits(2)}`],
      [`${r.int(1, 90)} Marine Drive`, `Mumbai 4000${r.digits(2)}`],
    ]);
    case 'SG': return [`Blk ${r.int(100, 999)} Ang Mo Kio Ave ${r.int(1, 10)}`, `#${p2(r.int(2, 20))}-${r.int(100, 1999)}`, `Singapore ${r.int(400000, 829999)}`];
    case 'JP': return r.chance(0.4)
      ? [`〒${r.int(100, 999)}-${r.digits(4)} ${pick(r, ['東京都渋谷区渋谷', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '福岡県福岡市博多区博多駅前'])}${r.int(1, 4)}-${r.int(1, 30)}-${r.int(1, 20)}`]
      : [...(r.chance(0.4) ? [`${pick(r, ['Sunrise Mansion', 'Park Heights', 'Maison Aoba'])} ${r.int(101, 1208)}`] : []), `${r.int(1, 4)}-${r.int(1, 30)}-${r.int(1, 20)} ${pick(r, ['Shibuya, Shibuya-ku, Tokyo', 'Umeda, Kita-ku, Osaka', 'Yamashita-cho, Naka-ku, Yokohama'])} ${r.int(100, 999)}-${r.digits(4)}`, ...(r.chance(0.3) ? ['Japan'] : [])];
    case 'KR': return r.chance(0.4)
      ? [`(${r.digits(5)}) ${pick(r, ['서울특별시 강남구 테헤란로', '부산광역시 해운대구 해운대로', '서울특별시 마포구 월드컵북로'])} ${r.int(1, 500)}`]
      : [`${r.int(1, 500)} ${pick(r, ['Teheran-ro, Gangnam-gu', 'Haeundae-ro, Haeundae-gu', 'World Cup buk-ro, Mapo-gu'])}`, `${pick(r, ['Seoul', 'Busan'])} ${r.digits(5)}`];
    case 'BR': return [`${pick(r, ['Rua das Palmeiras', 'Av. Atlântica', 'Rua Oscar Freire', 'Av. Afonso Pena'])}, ${r.int(10, 3000)}${r.chance(0.4) ? `, apto ${r.int(11, 204)}` : ''} - ${pick(r, ['Pinheiros', 'Copacabana', 'Centro', 'Savassi'])}`, `${pick(r, ['São Paulo - SP', 'Rio de Janeiro - RJ', 'Belo Horizonte - MG', 'Curitiba - PR'])}, ${r.digits(5)}-${r.digits(3)}`];
    case 'MX': return [`${pick(r, ['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Constitución', 'Calle Morelos'])} ${r.int(1, 2000)}, Col. ${pick(r, ['Del Valle', 'Centro', 'Roma Norte', 'Americana'])}`, `${r.digits(5)} ${pick(r, ['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}`];
    case 'NG': return [`${r.int(1, 90)} ${pick(r, ['Adeola Odeku Street', 'Aminu Kano Crescent', 'Awolowo Road'])}`, `${pick(r, ['Victoria Island, Lagos', 'Wuse II, Abuja', 'Ikoyi, Lagos'])} ${r.int(100001, 999999)}`];
    case 'ZA': return [`${r.int(1, 200)} ${pick(r, ['Long Street', 'Jan Smuts Ave', 'Florida Road'])}`, pick(r, ['Cape Town, 8001', 'Rosebank, Johannesburg, 2196', 'Morningside, Durban, 4001'])];
    case 'KE': return [`${pick(r, ['Ngong Road', 'Kimathi Street', 'Moi Avenue'])}, ${pick(r, ['Kilimani', 'CBD', 'Westlands'])}`, `P.O. Box ${r.int(1000, 99999)}-00100`, 'Nairobi'];
    default: return [`${n} Main Street`, 'Springfield'];
  }
}

function address(r: Rng, cc: string, sep = ', '): string {
  return addrLines(r, cc).join(sep);
}

function fmtDate(r: Rng, cc: string, y: number, m: number, d: number): string {
  const i = r.int(0, 2);
  const mm = p2(m);
  const dd = p2(d);
  switch (cc) {
    case 'US': return [`${mm}/${dd}/${y}`, `${MONTHS.en?.[m - 1]} ${d}, ${y}`, `${m}/${d}/${y}`][i] as string;
    case 'CA': return [`${y}-${mm}-${dd}`, `${MONTHS.en?.[m - 1]} ${d}, ${y}`, `${dd}/${mm}/${y}`][i] as string;
    case 'GB': case 'IE': case 'AU': case 'IN': case 'NG': case 'ZA': case 'KE': case 'SG': case 'AE':
      return [`${dd}/${mm}/${y}`, `${d} ${MONTHS.en?.[m - 1]} ${y}`, `${d} ${MONTHS.en?.[m - 1]?.slice(0, 3)} ${y}`][i] as string;
    case 'DE': case 'AT': case 'CH': return [`${dd}.${mm}.${y}`, `${d}. ${MONTHS.de?.[m - 1]} ${y}`, `${d}.${m}.${y}`][i] as string;
    case 'PL': case 'NO': case 'DK': case 'TR': case 'FI': return i === 2 ? `${d}.${m}.${y}` : `${dd}.${mm}.${y}`;
    case 'FR': case 'BE': return [`${dd}/${mm}/${y}`, `${d} ${MONTHS.fr?.[m - 1]} ${y}`, `${dd}/${mm}/${y}`][i] as string;
    case 'ES': case 'MX': return [`${dd}/${mm}/${y}`, `${d} de ${MONTHS.es?.[m - 1]} de ${y}`, `${d}/${m}/${y}`][i] as string;
    case 'PT': case 'BR': return [`${dd}/${mm}/${y}`, `${d} de ${MONTHS.pt?.[m - 1]} de ${y}`, `${dd}/${mm}/${y}`][i] as string;
    case 'IT': case 'GR': case 'IL': return [`${dd}/${mm}/${y}`, `${d} ${MONTHS.it?.[m - 1]} ${y}`, `${dd}/${mm}/${y}`][i] as string;
    case 'NL': return [`${dd}-${mm}-${y}`, `${d} ${MONTHS.nl?.[m - 1]} ${y}`, `${dd}-${mm}-${y}`][i] as string;
    case 'SE': return `${y}-${mm}-${dd}`;
    case 'JP': return [`${y}年${m}月${d}日`, `${y}/${mm}/${dd}`, `${y}年${mm}月${dd}日`][i] as string;
    case 'KR': return [`${y}.${mm}.${dd}`, `${y}년 ${m}월 ${d}일`, `${y}-${mm}-${dd}`][i] as string;
    default: return `${y}-${mm}-${dd}`;
  }
}
function dob(r: Rng, cc: string): string {
  return fmtDate(r, cc, r.int(1948, 2005), r.int(1, 12), r.int(1, 28));
}
function otherDate(r: Rng, cc: string): string {
  return fmtDate(r, cc, r.int(2022, 2026), r.int(1, 12), r.int(1, 28));
}
const isoDob = (r: Rng): string => `${r.int(1950, 2004)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`;
const isoTs = (r: Rng): string => `2025-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${r.digits(3)}Z`;
const hhmm = (r: Rng): string => `${p2(r.int(0, 23))}:${p2(r.int(0, 59))}`;
const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};

function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + c)) return body + c;
  throw new Error('unreachable');
}
function cardDigits(r: Rng): string {
  switch (r.int(0, 9)) {
    case 0: case 1: case 2: return luhnComplete('4' + r.digits(14));
    case 3: return luhnComplete('4' + r.digits(r.chance(0.5) ? 11 : 17));
    case 4: return luhnComplete(String(r.int(51, 55)) + r.digits(13));
    case 5: return luhnComplete(String(r.int(2221, 2720)) + r.digits(11));
    case 6: return luhnComplete(pick(r, ['34', '37']) + r.digits(12));
    case 7: return luhnComplete(pick(r, ['6011', '65' + r.digits(2)]) + r.digits(11));
    case 8: return luhnComplete(String(r.int(3528, 3589)) + r.digits(11));
    default: return r.chance(0.5) ? luhnComplete('36' + r.digits(11)) : luhnComplete('62' + r.digits(13));
  }
}
function groupCard(r: Rng, d: string): string {
  const style = r.int(0, 3);
  if (style === 0) return d;
  const sep = style === 1 ? ' ' : style === 2 ? '-' : ' ';
  let parts: string[];
  if (d.length === 15) parts = [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
  else if (d.length === 14) parts = [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
  else parts = d.match(/.{1,4}/g) ?? [d];
  return parts.join(sep);
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.slice(-1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
function maskedCard(r: Rng): string {
  return pick(r, [`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `4${r.digits(5)}******${r.digits(4)}`, `•••• ${r.digits(4)}`]);
}

const IBAN_CC = ['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'TR', 'AE', 'GR', 'BR', 'IL', 'LU', 'RO'];
function ibanCompact(r: Rng, cc?: string): string {
  const c = cc && IBAN_LENGTHS[cc] ? cc : pick(r, IBAN_CC);
  const len = IBAN_LENGTHS[c] ?? 22;
  const L = (): string => String.fromCharCode(65 + r.int(0, 25));
  let bban: string;
  if (c === 'GB' || c === 'IE') bban = L() + L() + L() + L() + r.digits(len - 8);
  else if (c === 'NL') bban = L() + L() + L() + L() + r.digits(len - 8);
  else if (c === 'RO') bban = L() + L() + L() + L() + r.digits(len - 8);
  else if (c === 'BR') bban = r.digits(len - 6) + 'C' + r.digits(1);
  else bban = r.digits(len - 4);
  const s = bban + c + '00';
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dd of v) rem = (rem * 10 + Number(dd)) % 97;
  }
  return c + p2(98 - rem) + bban;
}
function fmtIban(r: Rng, compact: string): string {
  const x = r.next();
  if (x < 0.55) return (compact.match(/.{1,4}/g) ?? []).join(' ');
  if (x < 0.9) return compact;
  return compact.toLowerCase();
}
const iban = (r: Rng, cc?: string): string => fmtIban(r, ibanCompact(r, cc));
function badIban(r: Rng): string {
  const c = ibanCompact(r);
  const chk = Number(c.slice(2, 4));
  return fmtIban(r, c.slice(0, 2) + p2(((chk + r.int(1, 90) - 2) % 97) + 2) + c.slice(4));
}

function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const area = String(a).padStart(3, '0');
  const x = r.next();
  return x < 0.75 ? `${area}-${g}-${s}` : x < 0.88 ? `${area} ${g} ${s}` : `${area}${g}${s}`;
}
function notSsn(r: Rng): string {
  return pick(r, [`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`, `000-${r.digits(2)}-${r.digits(4)}`, `666-${p2(r.int(10, 99))}-${r.digits(4)}`]);
}
const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;
const ROUTING = ['021000021', '026009593', '121000248', '011000138', '071000013'];

function ip4(r: Rng, priv = r.chance(0.5)): string {
  if (priv) return pick(r, [`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  return `${pick(r, [23, 34, 45, 52, 63, 81, 88, 91, 104, 141, 151, 185, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ip6(r: Rng): string {
  const h = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  return pick(r, [
    `2001:db8:${h()}:${h()}::${h()}`,
    `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
    `fe80::${h()}:${h()}:${h()}:${h()}`,
    `2600:1f18:${h()}:${h()}::${h()}`,
    `::ffff:${ip4(r, true)}`,
  ]);
}
const ip = (r: Rng): string => (r.chance(0.7) ? ip4(r) : ip6(r));
const version = (r: Rng): string => `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`;
const ticketId = (r: Rng): string => `${pick(r, ['OPS', 'PAY', 'HR', 'INFRA', 'WEB', 'SUP', 'SEC', 'DATA'])}-${r.int(100, 9999)}`;
const orderNo = (r: Rng): string => pick(r, [`ORD-${r.digits(8)}`, `#${r.digits(7)}`, `1Z${hex(r, 6).toUpperCase()}${r.digits(10)}`, `INV-2025-${r.digits(5)}`, `CASE-${r.digits(6)}`]);

function trap(r: Rng): string {
  return pick(r, TRAPS);
}
function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
/** Appends a CSV cell that holds a labelled value (quoted when needed). */
function csvL(d: Doc, type: PiiType, v: string): void {
  if (/[",\n]/.test(v)) d.t('"').l(type, v).t('"');
  else d.l(type, v);
}
function jsonAscii(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// ───────────────────────────── templates ─────────────────────────────

type Tpl = (d: Doc, r: Rng) => void;

/** Signature block in the person's country style. */
function signature(d: Doc, r: Rng, p: Person, withAddr: boolean): void {
  d.t(pick(r, p.cc === 'DE' || p.cc === 'AT' || p.cc === 'CH' ? ['\n\nMit freundlichen Grüßen\n', '\n\nViele Grüße\n'] : p.cc === 'FR' || p.cc === 'BE' ? ['\n\nCordialement,\n', '\n\nBien à vous,\n'] : p.cc === 'ES' || p.cc === 'MX' ? ['\n\nSaludos,\n', '\n\nUn cordial saludo,\n'] : p.cc === 'BR' || p.cc === 'PT' ? ['\n\nAtenciosamente,\n', '\n\nAbraços,\n'] : ['\n\nBest,\n', '\n\nThanks,\n', '\n\n-- \n', '\n\nKind regards,\n']));
  d.full(p).t(`\n${pick(r, ['Senior Engineer', 'Head of People', 'Account Executive', 'Staff SRE', 'Payroll Specialist', 'Product Manager'])} | ${pick(r, COMPANY)}\n`);
  if (withAddr) d.l('ADDRESS', address(r, p.cc, '\n')).t('\n');
  d.t(pick(r, ['T: ', 'Tel. ', 'Mobile: ', 'm. ', 'Phone '])).l('PHONE', phone(r, p.cc));
  if (r.chance(0.4)) d.t(pick(r, [' ext. ', ' x', ' Durchwahl -'])).t(String(r.int(10, 999)));
  d.t('\n').l('EMAIL', email(r, p, true));
}

const T: Tpl[] = [];

// 1 Jira-style ticket with a comment thread
T.push((d, r) => {
  const rep = person(r); const asg = person(r); const cust = person(r);
  d.t(`[${ticketId(r)}] ${pick(r, ['Customer cannot update billing address', 'Refund stuck in pending', 'Login loop after SSO change', 'Export missing rows'])}\nReporter: `).full(rep).t('\nAssignee: ').n(nameForm(r, asg)).t(`\nPriority: ${pick(r, ['P2', 'P3', 'Major', 'Minor'])}  Labels: ${pick(r, TEAMS)}\n\nDescription:\nCustomer `).n(cust.full).t(' (').l('EMAIL', email(r, cust)).t(`) wrote in on ${otherDate(r, cust.cc)}. They want the invoices sent to `).l('ADDRESS', address(r, cust.cc)).t(` instead. Callback number: `).l('PHONE', phone(r, cust.cc)).t('.\n\n— Comments —\n');
  d.n(nameForm(r, asg)).t(`: repro'd on staging, it's ${trap(r)} path again, not the address validator.\n`);
  d.n(nameForm(r, rep)).t(': ok, keep me posted. ').t(r.chance(0.5) ? 'Order ' + orderNo(r) + ' is the one they mean.' : 'Linked to ' + ticketId(r) + '.');
});

// 2 GitHub issue in markdown with @handles
T.push((d, r) => {
  const a = person(r); const b = person(r);
  d.t(`### Bug: webhook retries flood the queue (v${version(r)})\n\n@${handle(a)}${r.int(1, 99)} opened this issue · ${r.int(2, 14)} comments\n\n**Steps**\n1. POST to \`/hooks/inbound\` from `).l('IP', ip4(r, false)).t(`\n2. Observe 429s from ${trap(r)}\n\n**Environment**: node ${version(r)}, commit \`${hex(r, 7)}\`\n\n---\n**`).n(nameForm(r, b)).t('** commented:\n> can you share the full payload? redact anything personal pls\n\n**').full(a).t('** commented:\nSure, here (sender IP was ').l('IP', ip(r));
  if (r.chance(0.5)) d.t(', contact ').l('EMAIL', email(r)).t(' if needed');
  d.t(')');
});

// 3 code review comment on a fixture diff
T.push((d, r) => {
  const dev = person(r); const rev = person(r); const real = person(r, true);
  d.t(`src/test/fixtures/customers.ts\n@@ -12,6 +12,9 @@\n+  { name: '`).n(real.full).t(`', email: '`).l('EMAIL', email(r, real)).t(`', phone: '`).l('PHONE', phone(r, real.cc)).t(`' },\n+  { name: 'Test User', email: 'test@example.invalid', phone: '000' },\n\n`).n(nameForm(r, rev)).t(` (reviewer): Please don't commit real customer data — that first row looks like an actual person from ${ticketId(r)}. Use the faker seed instead.\n`).full(dev).t(': ').t(pick(r, ['oops, good catch, swapping it out.', 'my bad — copied from the prod export. Fixed in ' + hex(r, 7) + '.', 'done, also scrubbed the snapshot.']));
});

// 4 CI log with env and failing test
T.push((d, r) => {
  const p = person(r);
  d.t(`Run actions/checkout@v4\n${isoTs(r)} ##[group]Run npm test\n> vitest run --reporter=dot\n ❯ test/signup.spec.ts (${r.int(3, 40)} tests | 1 failed)\n   × rejects duplicate e-mail\n     AssertionError: expected 409 to be 201 // Object.is equality\n     at request body: {"email":"`).l('EMAIL', email(r, p)).t(`","fullName":"`).n(p.full).t(`","dob":"`).l('DOB', isoDob(r)).t(`"}\nRunner IP: `).l('IP', ip4(r, false)).t(`  image: ubuntu-22.04 (${version(r)})\nError: Process completed with exit code 1.`);
});

// 5 Java stack trace with message carrying PII
T.push((d, r) => {
  const p = person(r, true);
  d.t(`${isoTs(r)} ERROR [http-nio-8080-exec-${r.int(1, 20)}] c.k.billing.PayoutService - payout failed\norg.springframework.dao.DuplicateKeyException: duplicate key value violates unique constraint "employees_ssn_key"\n  Detail: Key (ssn)=(`).l('NATIONAL_ID', ssn(r)).t(`) already exists. Row owner: `).n(p.full).t(`\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:${r.int(2000, 2800)})\n\tat com.kestrel.billing.PayoutService.register(PayoutService.java:${r.int(40, 300)})\nCaused by: IllegalStateException: iban=`).l('IBAN', ibanCompact(r)).t(` rejected by ${trap(r)}`);
});

// 6 .env dump
T.push((d, r) => {
  const p = person(r);
  d.t(`# .env.staging — DO NOT COMMIT\nNODE_ENV=staging\nAPP_VERSION=${version(r)}\nDB_HOST=`).l('IP', ip4(r, true)).t(`\nDB_PORT=5432\nREDIS_URL=redis://`).l('IP', ip4(r, true)).t(`:6379/0\nSMTP_USER=`).l('EMAIL', email(r)).t('\nADMIN_EMAIL=').l('EMAIL', email(r, p, true)).t('\nONCALL_PHONE="').l('PHONE', phone(r, p.cc)).t(`"\nSENTRY_DSN=https://${hex(r, 32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}\nFEATURE_FLAGS=checkout_v2,${pick(r, ['dark_mode', 'ledger_sync'])}\nJWT_SECRET=${hex(r, 40)}`);
});

// 7 Helm values.yaml with maintainers
T.push((d, r) => {
  const a = person(r); const b = person(r);
  d.t(`# values.yaml\nimage:\n  repository: registry.internal/${pick(r, ['ledger', 'ingest', 'notify'])}\n  tag: "${version(r)}"\nmaintainers:\n  - name: `).full(a).t('\n    email: ').l('EMAIL', email(r, a, true)).t('\n  - name: ').n(b.full).t('\n    email: ').l('EMAIL', email(r, b, true)).t('\nservice:\n  loadBalancerIP: ').l('IP', ip4(r, false)).t('\n  allowlist:\n    - ').l('IP', ip4(r, true)).t('/32\n    - "').l('IP', ip6(r)).t(`"\nresources:\n  limits: { cpu: "${r.int(1, 4)}", memory: ${r.int(1, 8)}Gi }`);
});

// 8 CRM JSON record (escaped strings)
T.push((d, r) => {
  const p = person(r); const rep = person(r);
  d.t(`{\n  "id": "lead_${hex(r, 12)}",\n  "created_at": "${isoTs(r)}",\n  "contact": {\n    "first_name": "`).n(p.g).t('",\n    "last_name": "').n(p.s).t('",\n    "email": "').l('EMAIL', email(r, p)).t('",\n    "phone": "').l('PHONE', phone(r, p.cc)).t('",\n    "mailing_address": "').l('ADDRESS', address(r, p.cc)).t(`"\n  },\n  "owner": "`).n(rep.full).t(`",\n  "notes": "Asked for \\"`).n(nameForm(r, rep)).t(`\\" specifically; prefers calls after 5pm. Mentioned ${trap(r).replace(/"/g, '')}.",\n  "source": "webinar-${r.int(10, 99)}"\n}`);
});

// 9 CRM CSV export
T.push((d, r) => {
  d.t('account_id,contact_name,email,phone,city,last_touch\n');
  const rows = r.int(3, 6);
  for (let i = 0; i < rows; i++) {
    const p = person(r);
    d.t(`${r.int(10000, 99999)},`);
    csvL(d, 'PERSON', r.chance(0.5) ? p.full : `${p.s}, ${p.g}`);
    d.t(',').l('EMAIL', email(r, p)).t(',');
    if (r.chance(0.85)) d.l('PHONE', phone(r, p.cc)); else d.t(`***-***-${r.digits(4)}`);
    d.t(`,${csvCell(pick(r, ['Lyon', 'Austin', 'Osaka', 'Leeds', 'Porto', 'Pune', 'Gdańsk']))},${otherDate(r, 'SE')}\n`);
  }
});

// 10 HR CSV export with SSN, DOB and quoted address
T.push((d, r) => {
  d.t('emp_no;last_name;first_name;ssn;birth_date;home_address;hire_date\n');
  const rows = r.int(2, 5);
  for (let i = 0; i < rows; i++) {
    const p = person(r, true);
    d.t(`E${r.digits(5)};`).n(p.s).t(';').n(p.g).t(';');
    if (r.chance(0.8)) d.l('NATIONAL_ID', ssn(r)); else d.t(notSsn(r));
    d.t(';').l('DOB', isoDob(r)).t(';"').l('ADDRESS', address(r, 'US')).t(`";${otherDate(r, 'SE')}\n`);
  }
});

// 11 HR YAML record
T.push((d, r) => {
  const p = person(r); const mgr = person(r);
  d.t(`employee:\n  id: ${r.digits(6)}\n  legal_name: "`).full(p).t('"\n  preferred_name: ').n(p.g).t('\n  date_of_birth: ').l('DOB', r.chance(0.5) ? isoDob(r) : dob(r, p.cc)).t('\n  personal_email: ').l('EMAIL', email(r, p)).t('\n  mobile: "').l('PHONE', phone(r, p.cc)).t('"\n  home_address: "').l('ADDRESS', address(r, p.cc)).t('"\n  payroll:\n    iban: ').l('IBAN', iban(r, p.cc)).t(`\n    cost_center: CC-${r.int(100, 999)}\n  manager: `).n(nameForm(r, mgr)).t(`\n  start_date: ${otherDate(r, 'SE')}\n  team: ${pick(r, TEAMS)}`);
});

// 12 SQL INSERT rows
T.push((d, r) => {
  d.t('INSERT INTO customers (id, full_name, email, phone, birth_date, signup_ip) VALUES\n');
  const rows = r.int(2, 4);
  for (let i = 0; i < rows; i++) {
    const p = person(r, true);
    d.t(`  (${r.int(1000, 99999)}, '`).n(p.full).t("', '").l('EMAIL', email(r, p)).t("', '").l('PHONE', phone(r, p.cc)).t("', '").l('DOB', isoDob(r)).t("', '").l('IP', ip(r)).t(`')${i === rows - 1 ? ';' : ','}\n`);
  }
  d.t(`-- migrated from legacy CRM on ${otherDate(r, 'SE')}, batch ${hex(r, 8)}`);
});

// 13 ICS calendar invitation
T.push((d, r) => {
  const org = person(r); const att = person(r); const att2 = person(r);
  d.t(`BEGIN:VCALENDAR\nPRODID:-//Northwind//Scheduler ${version(r)}//EN\nBEGIN:VEVENT\nUID:${hex(r, 16)}@cal\nDTSTART:2025${p2(r.int(1, 12))}${p2(r.int(1, 28))}T${p2(r.int(7, 17))}0000Z\nSUMMARY:${pick(r, ['Quarterly access review', 'Interview loop', 'Post-incident review', 'Vendor onboarding sync'])}\nORGANIZER;CN=`).full(org).t(':mailto:').l('EMAIL', email(r, org, true)).t('\nATTENDEE;ROLE=REQ-PARTICIPANT;CN=').n(att.full).t(':mailto:').l('EMAIL', email(r, att)).t('\nATTENDEE;CN=').n(nameForm(r, att2)).t(':mailto:').l('EMAIL', email(r, att2, true)).t('\nLOCATION:').l('ADDRESS', address(r, org.cc)).t(`\nDESCRIPTION:Dial-in via bridge link, PIN ${r.digits(6)}#. Room ${pick(r, ['4.12', 'Ada Lovelace', 'B-201'])}.\nEND:VEVENT\nEND:VCALENDAR`);
});

// 14 calendar invite prose (Outlook style)
T.push((d, r) => {
  const org = person(r); const cand = person(r);
  d.t(`${pick(r, ['Invitation', 'Updated invitation', 'Einladung'])}: Interview – `).n(cand.full).t(` @ ${otherDate(r, org.cc)} ${hhmm(r)}\n\nOrganizer: `).full(org).t(' <').l('EMAIL', email(r, org, true)).t('>\nWhere: ').l('ADDRESS', address(r, org.cc)).t(` (reception on the ground floor, ask for ${pick(r, TEAMS)})\n\nCandidate phone (if the video link fails): `).l('PHONE', phone(r, cand.cc)).t('\nCV attached. Please leave feedback in the ATS before Friday.');
});

// 15 Slack thread
T.push((d, r) => {
  const a = person(r); const b = person(r); const c = person(r);
  d.n(a.full).t(`  ${hhmm(r)}\nanyone know who owns ${trap(r)}? it's paging again\n`);
  d.n(b.full).t(`  ${hhmm(r)}\nthat's `).n(nameForm(r, c)).t(`'s area — @${handle(c)} ping. their cell is `).l('PHONE', phone(r, c.cc)).t(' if slack is down\n');
  d.n(nameForm(r, a)).t(`  ${hhmm(r)}\nthx. also the box at `).l('IP', ip4(r, true)).t(` is at 98% disk :fire:`);
});

// 16 Teams chat export (German)
T.push((d, r) => {
  const a = person(r); const b = person(r);
  const [pre] = honorific(r, b);
  d.t(`[${otherDate(r, 'DE')} ${hhmm(r)}] `).full(a).t(`: Kannst du bitte ${pre}`).n(b.s).t(` zurückrufen? Nummer: `).l('PHONE', phone(r, 'DE')).t(`\n[${hhmm(r)}] `).n(b.full).t(': Erledigt. Neue Lieferadresse ist ').l('ADDRESS', address(r, 'DE')).t(`, Ticket ${ticketId(r)}.\n[${hhmm(r)}] `).n(nameForm(r, a)).t(`: Danke! Die Rechnung vom ${otherDate(r, 'DE')} schicke ich an `).l('EMAIL', email(r, b)).t('.');
});

// 17 incident post-mortem markdown with timeline table
T.push((d, r) => {
  const ic = person(r); const sme = person(r); const cust = person(r);
  d.t(`# Post-mortem: ${pick(r, ['Checkout latency spike', 'Partial outage of EU ingest', 'Stale DNS after failover'])}\n\n**Incident commander:** `).full(ic).t('  \n**Status:** resolved  \n**Severity:** SEV-').t(String(r.int(1, 3))).t('\n\n| time (UTC) | who | what |\n|---|---|---|\n');
  d.t(`| ${hhmm(r)} | `).n(nameForm(r, sme)).t(' | drained node `').l('IP', ip4(r, true)).t('` |\n');
  d.t(`| ${hhmm(r)} | `).n(nameForm(r, ic)).t(' | failover to `').l('IP', ip6(r)).t('` |\n');
  d.t(`| ${hhmm(r)} | bot | ${pick(r, TEAMS)} paged |\n\n## Customer impact\nOne enterprise admin (`).n(cust.full).t(', ').l('EMAIL', email(r, cust, true)).t(`) escalated by phone. ${r.int(2, 900)} requests failed; no data loss.\n\n## Contributing factors\n- retry storm from ${trap(r)}\n- runbook referenced ${version(r)} image`);
});

// 18 nginx access log with query-string e-mail
T.push((d, r) => {
  const lines = r.int(3, 5);
  for (let i = 0; i < lines; i++) {
    const p = person(r);
    d.l('IP', ip(r)).t(` - - [${p2(r.int(1, 28))}/Mar/2025:${hhmm(r)}:${p2(r.int(0, 59))} +0000] "GET /api/v${r.int(1, 3)}/`);
    if (r.chance(0.6)) d.t('users/lookup?email=').l('EMAIL', email(r, p)).t(`&ref=${hex(r, 6)}`);
    else d.t(`orders/${orderNo(r).replace('#', '')}`);
    d.t(` HTTP/1.1" ${pick(r, [200, 200, 404, 500, 302])} ${r.int(120, 9000)} "-" "Mozilla/5.0 (X11; Linux x86_64) Chrome/${r.int(110, 130)}.0.${r.int(1000, 6999)}.${r.int(10, 200)}"\n`);
  }
});

// 19 key=value application log
T.push((d, r) => {
  const p = person(r);
  d.t(`${isoTs(r)} level=warn svc=${pick(r, ['auth', 'kyc', 'notify'])} msg="otp sent" user=`).t(`u_${hex(r, 8)} email=`).l('EMAIL', email(r, p)).t(' phone="').l('PHONE', phone(r, p.cc)).t('" ip=').l('IP', ip(r)).t(` attempt=${r.int(1, 5)}\n${isoTs(r)} level=info svc=kyc msg="manual review" reviewer="`).n(nameForm(r, person(r))).t(`" case=${orderNo(r)} dob=`).l('DOB', isoDob(r)).t(` name="`).full(p).t('"');
});

// 20 Sentry-like event JSON with unicode escapes
T.push((d, r) => {
  const p = person(r);
  const esc = jsonAscii(p.full);
  d.t(`{"event_id":"${hex(r, 32)}","level":"error","release":"web@${version(r)}","user":{"id":"${r.digits(7)}","email":"`).l('EMAIL', email(r, p)).t('","ip_address":"').l('IP', ip(r)).t('","username":"').n(esc).t(`"},"exception":{"values":[{"type":"TypeError","value":"Cannot read properties of undefined (reading 'postcode')"}]},"tags":{"browser":"Firefox ${r.int(100, 130)}.0"}}`);
});

// 21 git log with co-authors
T.push((d, r) => {
  const a = person(r); const b = person(r);
  d.t(`commit ${hex(r, 40)}\nAuthor: `).full(a).t(' <').l('EMAIL', email(r, a, true)).t(`>\nDate:   ${pick(r, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} Mar ${r.int(1, 28)} ${hhmm(r)}:${p2(r.int(0, 59))} 2025 +0${r.int(0, 9)}00\n\n    fix(${pick(r, ['ledger', 'auth', 'ui'])}): guard against null ${pick(r, ['IBAN', 'postcode', 'locale'])} (${ticketId(r)})\n\n    Bumps ${pick(r, ['lodash', 'pg', 'zod'])} to ${version(r)}.\n\n    Co-authored-by: `).n(b.full).t(' <').l('EMAIL', email(r, b)).t('>\n    Reviewed-by: ').n(nameForm(r, person(r)));
});

// 22 CODEOWNERS / MAINTAINERS file
T.push((d, r) => {
  d.t(`# MAINTAINERS — last reviewed ${otherDate(r, 'SE')}\n\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = person(r);
    d.t(`${pick(r, ['/billing/', '/infra/', '/docs/', '/mobile/'])}  `).n(p.full).t(' <').l('EMAIL', email(r, p, true)).t(`>  @${handle(p)}-${hex(r, 2)}\n`);
  }
  d.t(`\n# escalation: `).l('EMAIL', email(r)).t(` · ${trap(r)} is owned by vendor`);
});

// 23 package.json author field
T.push((d, r) => {
  const a = person(r); const b = person(r);
  d.t(`{\n  "name": "@northwind/${pick(r, ['pdf-render', 'geo-utils', 'iban-tools'])}",\n  "version": "${version(r)}",\n  "author": "`).n(a.full).t(' <').l('EMAIL', email(r, a)).t(`> (https://${handle(a)}.dev)",\n  "contributors": [\n    { "name": "`).n(b.full).t('", "email": "').l('EMAIL', email(r, b)).t(`" }\n  ],\n  "license": "MIT",\n  "dependencies": { "luhn": "^${version(r)}" }\n}`);
});

// 24 payment debug log with full and masked cards
T.push((d, r) => {
  const p = person(r);
  d.t(`[payments-gw] ${isoTs(r)} DEBUG tokenize request\n  cardholder="`).n(p.full.toUpperCase()).t('"\n  pan=').l('CARD', card(r)).t(`  exp=${p2(r.int(1, 12))}/${r.int(26, 31)}\n  billing_zip=${r.digits(5)}\n  client_ip=`).l('IP', ip(r)).t(`\n[payments-gw] response: approved last4=${r.digits(4)} display="${maskedCard(r)}" auth=${hex(r, 6).toUpperCase()}\n# TODO(`).n(nameForm(r, person(r))).t('): stop logging the PAN in DEBUG!');
});

// 25 Zendesk ticket export with multi-line address
T.push((d, r) => {
  const c = person(r); const agent = person(r);
  d.t(`Ticket #${r.int(100000, 999999)} — "Wrong delivery address"\nRequester: `).full(c).t(' <').l('EMAIL', email(r, c)).t(`>\nVia: web form · Group: ${pick(r, ['Tier 1', 'Logistics', 'EMEA'])}\n\nHi, my parcel (tracking ${orderNo(r)}) went to my old place. Please ship to:\n\n`).n(c.full).t('\n').l('ADDRESS', address(r, c.cc, '\n')).t('\n\nThanks!\n\n---\nInternal note by ').n(nameForm(r, agent)).t(': updated in WMS, city-only field said "').t(pick(r, ['Springfield', 'Victoria', 'Florence', 'Charlotte'])).t('" which was wrong.');
});

// 26 meeting transcript with spoken email / phone
T.push((d, r) => {
  const a = person(r); const b = person(r);
  const fa = nameForm(r, a);
  d.t(`Transcript — vendor call (auto-generated)\n[00:0${r.int(1, 9)}:${p2(r.int(0, 59))}] `).n(a.g).t(': so the best address to reach me is ').l('EMAIL', spokenEmail(r, a)).t(`\n[00:${p2(r.int(10, 30))}:${p2(r.int(0, 59))}] `).n(b.g).t(': got it. And a phone number?\n[00:').t(`${p2(r.int(31, 50))}:${p2(r.int(0, 59))}] `).n(a.g).t(': yeah, it\'s ').l('PHONE', spokenPhone(r)).t(`\n[00:${p2(r.int(51, 59))}:${p2(r.int(0, 59))}] `).n(b.g).t(`: perfect, I'll loop in `).n(fa).t(` from ${pick(r, TEAMS)}.`);
});

// 27 on-call handoff notes
T.push((d, r) => {
  const from = person(r); const to = person(r);
  d.t(`On-call handoff ${otherDate(r, from.cc)}\nOutgoing: `).full(from).t(' → Incoming: ').n(to.full).t(`\n\n- ${trap(r)} flapping; muted until ${hhmm(r)}\n- bastion `).l('IP', ip4(r, false)).t(' rotated keys\n- if paging fails call ').n(to.g).t(' on ').l('PHONE', phone(r, to.cc)).t(` (not the desk line ***-***-${r.digits(4)})\n- customer escalations go to `).l('EMAIL', email(r));
});

// 28 markdown contact table
T.push((d, r) => {
  d.t('## Regional contacts\n\n| Region | Name | Phone | Email |\n|---|---|---|---|\n');
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = person(r);
    d.t(`| ${pick(r, ['EMEA', 'APAC', 'LATAM', 'NA', 'DACH', 'Nordics'])} | `).n(r.chance(0.7) ? p.full : `${p.s}, ${p.g}`).t(' | ').l('PHONE', phone(r, p.cc)).t(' | ').l('EMAIL', email(r, p, true)).t(' |\n');
  }
  d.t(`\n_Updated by ${pick(r, TEAMS)}; do not share outside ${pick(r, COMPANY)}._`);
});

// 29 vendor onboarding form
T.push((d, r) => {
  const p = person(r);
  d.t(`Vendor onboarding — ${pick(r, COMPANY)}\nLegal entity address: `).l('ADDRESS', address(r, p.cc)).t('\nPrimary contact: ').full(p).t('\nContact e-mail: ').l('EMAIL', email(r, p, true)).t('\nRemittance IBAN: ').l('IBAN', iban(r, p.cc)).t(`\nVAT / tax no.: ${p.cc}${r.digits(9)}  EIN (US entities): ${ein(r)}\nPayment terms: net ${pick(r, [30, 45, 60])}, first invoice dated ${otherDate(r, p.cc)}`);
});

// 30 payroll IBAN change ticket
T.push((d, r) => {
  const p = person(r); const hr = person(r);
  d.t(`${ticketId(r)} Payroll: bank details change\n\nHi payroll team,\nplease change my salary account from `).l('IBAN', iban(r, p.cc)).t(' to ').l('IBAN', iban(r, p.cc)).t(` starting next cycle. (An older form had ${badIban(r)} but that one bounced — typo.)\n\n`).full(p).t(`, employee #${r.digits(5)}\n\n--\n`).n(nameForm(r, hr)).t(': verified by phone callback to ').l('PHONE', phone(r, p.cc)).t('. Routing for the US sub-account stays ').t(pick(r, ROUTING)).t('.');
});

// 31 I-9 / background check HR ticket
T.push((d, r) => {
  const p = person(r, true); const hr = person(r);
  d.t(`HR-CONFIDENTIAL · Background check for `).full(p).t(`\nCandidate DOB: `).l('DOB', dob(r, 'US')).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t(`\nPrior employer EIN: ${ein(r)}\nCurrent address: `).l('ADDRESS', address(r, 'US')).t(`\nNote from `).n(nameForm(r, hr)).t(`: report came back clear on ${otherDate(r, 'US')}; I-9 reviewed. Do not paste the SSN into Slack — use the masked ***-**-${r.digits(4)} form.`);
});

// 32 expense report CSV with card numbers
T.push((d, r) => {
  const p = person(r);
  d.t('date,employee,merchant,amount,card\n');
  const n = r.int(2, 4);
  const emp = r.chance(0.5) ? p.full : `${p.s}, ${p.g}`;
  for (let i = 0; i < n; i++) {
    d.t(`${otherDate(r, 'SE')},`);
    csvL(d, 'PERSON', emp);
    d.t(`,${csvCell(pick(r, ['Hilton Garden Inn', "McDonald's", 'Uber *Trip', 'Deutsche Bahn', 'Marriott Bonvoy']))},${r.int(5, 600)}.${r.digits(2)},`);
    const x = r.next();
    if (x < 0.6) d.l('CARD', card(r)); else if (x < 0.8) d.t(maskedCard(r)); else d.t(badCard(r));
    d.t('\n');
  }
});

// 33 firewall change request
T.push((d, r) => {
  const p = person(r);
  d.t(`Change request CR-${r.digits(5)}: allow ${pick(r, ['SFTP', 'HTTPS', 'Postgres'])} from partner\nRequested by: `).full(p).t(' (').l('EMAIL', email(r, p, true)).t(')\nSource: ').l('IP', ip4(r, false)).t(`/32, `).l('IP', ip4(r, false)).t('\nDestination: ').l('IP', ip4(r, true)).t(`:${pick(r, [22, 443, 5432])}\nIPv6 peer: [`).l('IP', ip6(r)).t(`]:${r.int(1024, 65000)}\nFirmware on edge: ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(1, 9)} (not an address)\nApprover: `).n(nameForm(r, person(r)));
});

// 34 Terraform snippet with owner tags
T.push((d, r) => {
  const p = person(r);
  d.t(`resource "aws_instance" "bastion" {\n  ami           = "ami-${hex(r, 17)}"\n  instance_type = "t3.micro"\n  private_ip    = "`).l('IP', ip4(r, true)).t(`"\n  tags = {\n    Owner       = "`).l('EMAIL', email(r, p, true)).t(`"\n    OwnerName   = "`).n(p.full).t(`"\n    CostCenter  = "${r.int(1000, 9999)}"\n    Project     = "${pick(r, TEAMS)}"\n  }\n}\n# terraform ${version(r)}`);
});

// 35 SSH auth log
T.push((d, r) => {
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    d.t(`Mar ${r.int(1, 28)} ${hhmm(r)}:${p2(r.int(0, 59))} bastion sshd[${r.int(1000, 40000)}]: ${pick(r, ['Failed password for invalid user admin', 'Accepted publickey for deploy', 'Failed password for root', 'Connection closed by authenticating user git'])} from `).l('IP', ip(r)).t(` port ${r.int(1024, 65535)} ssh2\n`);
  }
});

// 36 docker-compose env with e-mails
T.push((d, r) => {
  const p = person(r);
  d.t(`services:\n  mailer:\n    image: ghcr.io/northwind/mailer:${version(r)}\n    environment:\n      - MAIL_FROM=`).l('EMAIL', email(r)).t('\n      - ALERT_TO=').l('EMAIL', email(r, p, true)).t(`\n      - UPSTREAM=http://`).l('IP', ip4(r, true)).t(`:8025\n    extra_hosts:\n      - "smtp.internal:`).l('IP', ip4(r, true)).t(`"\n    labels:\n      maintainer: "`).n(nameForm(r, p)).t('"');
});

// 37 Kubernetes pod describe
T.push((d, r) => {
  d.t(`Name:         ${pick(r, ['ingest', 'api', 'worker'])}-${hex(r, 10)}-${hex(r, 5)}\nNamespace:    prod\nNode:         ip-${r.int(10, 99)}-0-1-7.ec2.internal/`).l('IP', ip4(r, true)).t('\nStatus:       CrashLoopBackOff\nIP:           ').l('IP', ip4(r, true)).t(`\nContainers:\n  app:\n    Image: registry/app:${version(r)}\n    Last State: Terminated (OOMKilled)\nEvents:\n  Warning  BackOff  ${r.int(1, 59)}m  kubelet  Back-off restarting failed container`);
  if (r.chance(0.5)) d.t('\n  Normal   Pulled   kubelet  pulled from mirror ').l('IP', ip6(r));
});

// 38 Python traceback with locals
T.push((d, r) => {
  const p = person(r);
  d.t(`Traceback (most recent call last):\n  File "/srv/app/onboarding.py", line ${r.int(40, 400)}, in create_profile\n    validate_birthdate(payload["dob"])\nValueError: birthdate in the future\n\nLocals:\n  payload = {'name': '`).n(p.full).t("', 'dob': '").l('DOB', dob(r, p.cc)).t("', 'email': '").l('EMAIL', email(r, p)).t(`', 'signup_date': '${otherDate(r, p.cc)}'}\n  request_ip = '`).l('IP', ip(r)).t("'");
});

// 39 e-mail forwarded into a ticket, with signature
T.push((d, r) => {
  const a = person(r); const b = person(r);
  const [pre, post] = honorific(r, b);
  d.t('---------- Forwarded message ---------\nFrom: ').n(a.full).t(' <').l('EMAIL', email(r, a, true)).t('>\nTo: ').l('EMAIL', email(r)).t(`\nDate: ${otherDate(r, a.cc)}\nSubject: Re: contract renewal\n\n${pre}`).n(nameForm(r, b)).t(`${post},\n\nas discussed, the signed copy goes to our registered office. ${pick(r, ['Please note', 'FYI'])}: ${trap(r)} is not in scope.`);
  signature(d, r, a, r.chance(0.6));
});

// 40 GDPR data subject request
T.push((d, r) => {
  const p = person(r);
  d.t(`${ticketId(r)} · Data subject access request (Art. 15 GDPR)\nSubject: `).full(p).t('\nVerified identity via: ').l('EMAIL', email(r, p)).t(' + DOB ').l('DOB', dob(r, p.cc)).t('\nSystems to search: CRM, billing, support, logs (last seen IP ').l('IP', ip(r)).t(`)\nDeadline: ${otherDate(r, p.cc)} (30 days from receipt)\nNote: do not include data about other people, e.g. the referrer `).n(nameForm(r, person(r))).t('.');
});

// 41 order webhook JSON with shipping address
T.push((d, r) => {
  const p = person(r);
  const lines = addrLines(r, p.cc);
  d.t(`{"type":"order.created","id":"evt_${hex(r, 14)}","data":{"order":"${orderNo(r)}","customer":{"name":"`).n(p.full).t('","email":"').l('EMAIL', email(r, p)).t('","phone":"').l('PHONE', phone(r, p.cc)).t(`"},"shipping":{"line1":"${lines[0] ?? ''}"`);
  // individual fields are not a full address in one span; label only the "formatted" field
  d.t(`,"country":"${p.cc}","formatted":"`).l('ADDRESS', lines.join(', ')).t(`"},"total":"${r.int(10, 900)}.${r.digits(2)}","placed_at":"${isoTs(r)}"}}`);
});

// 42 audit log JSON lines
T.push((d, r) => {
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = person(r);
    d.t(`{"ts":"${isoTs(r)}","actor":"`).l('EMAIL', email(r, p, true)).t('","actor_name":"').n(p.full).t(`","action":"${pick(r, ['user.export', 'role.grant', 'mfa.reset', 'apikey.create'])}","src_ip":"`).l('IP', ip(r)).t(`","target":"org_${hex(r, 6)}"}\n`);
  }
});

// 43 Postgres slow query log with parameters
T.push((d, r) => {
  const p = person(r, true);
  d.t(`${isoTs(r)} [${r.int(1000, 30000)}] LOG:  duration: ${r.int(500, 9000)}.${r.digits(3)} ms  execute <unnamed>: SELECT * FROM accounts WHERE email = $1 AND phone = $2\n${isoTs(r)} [${r.int(1000, 30000)}] DETAIL:  parameters: $1 = '`).l('EMAIL', email(r, p)).t("', $2 = '").l('PHONE', phone(r, p.cc)).t(`'\nconnection from `).l('IP', ip4(r, true)).t(` user=app db=prod app=${pick(r, ['psql', 'pgbouncer'])}`);
});

// 44 emergency contact form
T.push((d, r) => {
  const p = person(r); const ec = person(r);
  d.t('Employee: ').full(p).t('\nDate of birth: ').l('DOB', dob(r, p.cc)).t('\nHome address:\n').l('ADDRESS', address(r, p.cc, '\n')).t(`\n\nEmergency contact (${pick(r, ['spouse', 'mother', 'brother', 'partner', 'friend'])}): `).n(ec.full).t('\nPhone: ').l('PHONE', phone(r, p.cc)).t(`\nAllergies: none · Dog "${pick(r, ['Max', 'Bella', 'Rocky', 'Luna'])}" born ${otherDate(r, p.cc)} (for pet insurance, not relevant)`);
});

// 45 interview scheduling thread
T.push((d, r) => {
  const rec = person(r); const cand = person(r);
  d.t('Re: Next steps\n\n').n(nameForm(r, rec)).t(' wrote:\n> Hi ').n(cand.g).t(`, could you do ${pick(r, ['Tue', 'Wed', 'Thu'])} ${hhmm(r)}? The panel includes `).n(nameForm(r, person(r))).t(' and ').n(nameForm(r, person(r))).t('.\n\n').full(cand).t(' wrote:\n> Works for me. Best number is ').l('PHONE', phone(r, cand.cc)).t(', or ').l('EMAIL', email(r, cand)).t('.');
});

// 46 offboarding checklist
T.push((d, r) => {
  const p = person(r); const it = person(r);
  d.t(`Offboarding: `).full(p).t(`\n- [x] revoke SSO (${pick(r, ['Okta', 'Entra ID'])})\n- [x] forward mail to `).l('EMAIL', email(r, it, true)).t(`\n- [ ] return laptop (${pick(r, ['Dell', 'Lenovo', 'MacBook'])} SN ${hex(r, 10).toUpperCase()})\n- [ ] final payslip to `).l('ADDRESS', address(r, p.cc)).t(`\n- [ ] remove VPN static IP `).l('IP', ip4(r, true)).t(`\nOwner: `).n(nameForm(r, it));
});

// 47 Japanese support ticket
T.push((d, r) => {
  const p: Person = { ...person(r), cc: 'JP' };
  const jp = CULTURES.find((c) => c.id === 'jp') as Culture;
  const s = pick(r, jp.ns ?? []); const g = pick(r, jp.ng ?? []);
  const nm = `${s} ${g}`;
  d.t(`件名: 配送先住所の変更について (${ticketId(r)})\n\nお客様名: `).n(nm).t(' 様\nメール: ').l('EMAIL', email(r, p)).t('\n電話: ').l('PHONE', phone(r, 'JP')).t('\n新しい住所: ').l('ADDRESS', address(r, 'JP', ' ')).t(`\n\n担当: `).n(s).t(`さんから引き継ぎ。注文番号 ${orderNo(r)}、${otherDate(r, 'JP')}発送予定。`);
});

// 48 Korean team chat
T.push((d, r) => {
  const kr = CULTURES.find((c) => c.id === 'kr') as Culture;
  const a = `${pick(r, kr.ns ?? [])}${pick(r, kr.ng ?? [])}`; const b = `${pick(r, kr.ns ?? [])}${pick(r, kr.ng ?? [])}`;
  const pp = person(r);
  d.t(`[${hhmm(r)}] `).n(a).t(': 고객 연락처 업데이트했어요 → ').l('PHONE', phone(r, 'KR')).t(`\n[${hhmm(r)}] `).n(b).t(': 감사합니다! 메일은 ').l('EMAIL', email(r, pp)).t(' 로 보내면 되나요?\n[').t(`${hhmm(r)}] `).n(a).t(`: 네. 서버 `).l('IP', ip4(r, true)).t(` 재시작은 ${pick(r, TEAMS)}에서 처리합니다.`);
});

// 49 Brazilian HR record
T.push((d, r) => {
  const p: Person = { ...person(r), cc: 'BR' };
  d.t('Ficha de admissão\nNome completo: ').full(p).t('\nData de nascimento: ').l('DOB', dob(r, 'BR')).t('\nEndereço: ').l('ADDRESS', address(r, 'BR')).t('\nCelular: ').l('PHONE', phone(r, 'BR')).t('\nE-mail: ').l('EMAIL', email(r, p)).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nConta para salário (IBAN): `).l('IBAN', iban(r, 'BR')).t(`\nAdmissão em ${otherDate(r, 'BR')}.`);
});

// 50 Spanish incident report
T.push((d, r) => {
  const p: Person = { ...person(r), cc: 'ES' }; const tec = person(r);
  d.t(`Informe de incidencia ${ticketId(r)}\nAfectado: `).full(p).t(' (').l('EMAIL', email(r, p)).t(`)\nFecha del incidente: ${otherDate(r, 'ES')}\nDescripción: el cliente no recibe el SMS en el `).l('PHONE', phone(r, 'ES')).t('. Dirección registrada: ').l('ADDRESS', address(r, 'ES')).t('.\nTécnico: ').n(nameForm(r, tec)).t(`. Causa raíz: caché de ${trap(r)}.`);
});

// 51 Italian invoice dispute
T.push((d, r) => {
  const p: Person = { ...person(r), cc: 'IT' };
  d.t(`Oggetto: contestazione fattura n. ${r.int(100, 999)}/2025 del ${otherDate(r, 'IT')}\n\nGentile amministrazione,\nil bonifico è stato eseguito sull'IBAN `).l('IBAN', iban(r, 'IT')).t(` e non su ${badIban(r)} come indicato per errore.\nSede: `).l('ADDRESS', address(r, 'IT')).t('\n\nCordiali saluti,\n').full(p).t('\nTel. ').l('PHONE', phone(r, 'IT'));
});

// 52 Dutch support ticket
T.push((d, r) => {
  const p: Person = { ...person(r), cc: 'NL' };
  d.t(`Melding ${ticketId(r)}: adreswijziging\n\nKlant `).n(nameForm(r, p)).t(' is verhuisd naar ').l('ADDRESS', address(r, 'NL')).t('. Nieuw nummer: ').l('PHONE', phone(r, 'NL')).t('. Terugbetaling op ').l('IBAN', iban(r, 'NL')).t(`.\nGeboortedatum ter verificatie: `).l('DOB', dob(r, 'NL')).t(`\nBehandeld door `).full(person(r)).t('.');
});

// 53 Polish HR note
T.push((d, r) => {
  const p: Person = { ...person(r), cc: 'PL' };
  d.t('Karta pracownika\nImię i nazwisko: ').full(p).t('\nData urodzenia: ').l('DOB', dob(r, 'PL')).t(`\nPESEL: (przechowywany w systemie kadrowym)\nAdres zamieszkania: `).l('ADDRESS', address(r, 'PL')).t('\nRachunek: ').l('IBAN', iban(r, 'PL')).t('\nTelefon: ').l('PHONE', phone(r, 'PL'));
});

// 54 French address change
T.push((d, r) => {
  const p: Person = { ...person(r), cc: 'FR' };
  const [pre] = honorific(r, p);
  d.t(`Bonjour,\n\nSuite à notre échange du ${otherDate(r, 'FR')}, ${pre}`).n(p.s).t(' nous communique sa nouvelle adresse :\n\n').full(p).t('\n').l('ADDRESS', address(r, 'FR', '\n')).t('\n\nMerci de mettre à jour le dossier client et le RIB (').l('IBAN', iban(r, 'FR')).t(').');
  signature(d, r, { ...person(r), cc: 'FR' }, false);
});

// 55 standup notes
T.push((d, r) => {
  const ps = [person(r), person(r), person(r)];
  d.t(`Standup ${otherDate(r, 'GB')} — ${pick(r, TEAMS)}\n`);
  for (const p of ps) d.t('* ').n(nameForm(r, p)).t(`: ${pick(r, ['finished the Dijkstra refactor', 'blocked on staging DB', 'reviewing PR #' + r.int(100, 9999), 'on call, quiet night', 'pairing on the Kalman filter'])}\n`);
  d.t('Blocker: staging API at ').l('IP', ip4(r, true)).t(` returns 502 since deploy ${hex(r, 7)}.`);
});

// 56 release notes thanking contributors
T.push((d, r) => {
  const a = person(r); const b = person(r);
  d.t(`## v${version(r)} (${otherDate(r, 'SE')})\n\n- Fix ${trap(r)} crash on empty input\n- Add IBAN validation for ${pick(r, IBAN_CC)} accounts\n- Bump node to ${version(r)}\n\nThanks to `).n(a.full).t(' and ').n(nameForm(r, b)).t(` for the patches! Security reports: `).l('EMAIL', email(r));
});

// 57 access request with IP allowlisting
T.push((d, r) => {
  const p = person(r); const m = person(r);
  d.t(`IAM request #${r.digits(6)}\nUser: `).full(p).t(' / ').l('EMAIL', email(r, p, true)).t(`\nRole: ${pick(r, ['read-only-prod', 'billing-admin', 'support-agent'])}\nHome IP for allowlist: `).l('IP', ip(r)).t(`\nJustification: covering for `).n(nameForm(r, m)).t(` during leave (back ${otherDate(r, p.cc)}).\nManager approval: `).n(m.full);
});

// 58 GraphQL request log
T.push((d, r) => {
  const p = person(r, true);
  d.t(`POST /graphql ${r.int(120, 900)}ms from `).l('IP', ip(r)).t(`\nmutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { id } }\nvariables: {"input":{"displayName":"`).n(nameForm(r, p)).t('","birthday":"').l('DOB', isoDob(r)).t('","contactPhone":"').l('PHONE', phone(r, p.cc)).t(`"}}\ntrace_id=${hex(r, 32)}`);
});

// 59 Airflow alert e-mail
T.push((d, r) => {
  const p = person(r);
  d.t(`From: `).l('EMAIL', email(r)).t('\nTo: ').l('EMAIL', email(r, p, true)).t(`\nSubject: [Airflow] DAG crm_sync failed on ${isoTs(r)}\n\nTask sync_contacts failed after 3 retries.\nLog: http://`).l('IP', ip4(r, true)).t(`:8080/log?dag_id=crm_sync&task_id=sync_contacts&try=3\nOwner: `).n(nameForm(r, p)).t(`\nError: row 1841 — invalid card-like value ${badCard(r)} in column "notes"`);
});

// 60 PagerDuty alert
T.push((d, r) => {
  const p = person(r);
  d.t(`[TRIGGERED] #${r.int(10000, 99999)} High 5xx rate on ${pick(r, ['edge-eu-1', 'api-us-2'])}\nHost: `).l('IP', ip(r)).t(`\nAssigned to: `).full(p).t(' (').l('PHONE', phone(r, p.cc)).t(`)\nEscalation policy: ${pick(r, TEAMS)} — level 2 after 15m`);
});

// 61 XML SOAP payload
T.push((d, r) => {
  const p = person(r, true);
  d.t(`<soapenv:Body>\n  <ns2:CreateBeneficiary>\n    <holderName>`).n(p.full).t('</holderName>\n    <iban>').l('IBAN', iban(r)).t(`</iban>\n    <bic>${pick(r, ['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A'])}</bic>\n    <dateOfBirth>`).l('DOB', isoDob(r)).t('</dateOfBirth>\n    <address>').l('ADDRESS', address(r, p.cc)).t(`</address>\n    <requestRef>${orderNo(r)}</requestRef>\n  </ns2:CreateBeneficiary>\n</soapenv:Body>`);
});

// 62 TSV paste from a spreadsheet
T.push((d, r) => {
  d.t('Name\tDOB\tSSN\tPhone\n');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = person(r);
    d.n(r.chance(0.5) ? p.full : p.full.toUpperCase()).t('\t').l('DOB', dob(r, 'US')).t('\t');
    if (r.chance(0.75)) d.l('NATIONAL_ID', ssn(r)); else d.t(notSsn(r));
    d.t('\t').l('PHONE', phone(r, 'US')).t('\n');
  }
});

// 63 bug bounty report
T.push((d, r) => {
  const p = person(r);
  d.t(`Bug bounty submission H1-${r.digits(6)}\nResearcher: `).full(p).t(` (@${handle(p)}sec)\nIssue: IDOR on /api/users/{id} exposes other users' data, e.g. `).l('EMAIL', email(r, person(r))).t(' and home address ').l('ADDRESS', address(r, 'US')).t(`.\nTested from `).l('IP', ip4(r, false)).t(` and `).l('IP', ip6(r)).t(`. CVSS ${r.int(4, 9)}.${r.int(0, 9)}.`);
});

// 64 customer card dispute thread
T.push((d, r) => {
  const c = person(r); const agent = person(r);
  d.n(nameForm(r, c)).t(`: hi, I was charged twice for order ${orderNo(r)}. card is `).l('CARD', card(r)).t('\n').n(agent.g).t(`: Sorry about that! For your security please don't share full card numbers here. I only need the last four (we show ${maskedCard(r)}).\n`).n(nameForm(r, c)).t(': ok. also my email changed to ').l('EMAIL', email(r, c));
});

// 65 hyphenated/line-split values (unlabelled) and clean ones (labelled)
T.push((d, r) => {
  const p = person(r);
  const ph = phone(r, 'US');
  const cut = Math.max(3, Math.floor(ph.length / 2));
  d.t(`$ kubectl logs notify-${hex(r, 5)} | tail\nsms queued to=${ph.slice(0, cut)}\n${ph.slice(cut)} status=wrapped_by_terminal\nsms queued to=`).l('PHONE', phone(r, 'US')).t(' status=sent\nemail queued to=').l('EMAIL', email(r, p)).t(' template=welcome_v2\n');
});

// 66 marketing consent export with DOB and self name
T.push((d, r) => {
  const p = person(r);
  d.t(`consent_export.json\n[{"name":"`).full(p).t('","born":"').l('DOB', dob(r, p.cc)).t(`","consent":{"email":true,"sms":false},"consent_date":"${otherDate(r, 'SE')}","email":"`).l('EMAIL', email(r, p)).t('"}]');
});

// 67 payment-provider webhook that leaked a raw PAN
T.push((d, r) => {
  const p = person(r);
  const pan = cardDigits(r);
  const brand = pan.startsWith('4') ? 'visa' : /^(5|2)/.test(pan) ? 'mastercard' : /^3[47]/.test(pan) ? 'amex' : /^35/.test(pan) ? 'jcb' : /^3/.test(pan) ? 'diners' : /^62/.test(pan) ? 'unionpay' : 'discover';
  d.t(`POST /webhooks/psp 200 (${r.int(20, 400)}ms)\n{"type":"charge.failed","livemode":true,"data":{"source":{"number":"`).l('CARD', pan).t(`","exp_month":${r.int(1, 12)},"brand":"${brand}","name":"`).n(p.full).t(`"},"failure_code":"${pick(r, ['card_declined', 'expired_card', 'incorrect_cvc'])}","receipt_email":"`).l('EMAIL', email(r, p)).t(`","outcome":{"risk_score":${r.int(1, 99)}}}}\n# ${ticketId(r)}: PSP sent the full number — ask `).n(nameForm(r, person(r))).t(' to purge the log bucket');
});

// 68 W-2 correction ticket
T.push((d, r) => {
  const p = person(r, true); const pay = person(r);
  d.t(`${ticketId(r)} W-2 correction (tax year ${r.int(2022, 2025)})\n\nEmployee `).full(p).t(' reports the SSN on the form is wrong.\nOn file: ').l('NATIONAL_ID', ssn(r)).t('\nCorrect: ').l('NATIONAL_ID', ssn(r)).t(`\nEmployer EIN ${ein(r)} unchanged. Mailing address for the reissued form: `).l('ADDRESS', address(r, 'US')).t('\n\n').n(nameForm(r, pay)).t(`: fixed in payroll, W-2c queued ${otherDate(r, 'US')}.`);
});

// 69 payment test fixture YAML under review
T.push((d, r) => {
  const rev = person(r);
  d.t(`# test/fixtures/cards.yml\nvalid:\n  - `).l('CARD', card(r)).t('\n  - ').l('CARD', card(r)).t(`\ninvalid_luhn:\n  - ${badCard(r)}\n  - ${badCard(r)}\nmasked:\n  - "${maskedCard(r)}"\n\nReview comment (`).n(nameForm(r, rev)).t(`): are the "valid" ones real issuer test PANs or did these come from ${pick(r, ['prod', 'the support inbox', 'a customer screenshot'])}?`);
});

// 70 benefits enrollment CSV with dependents' SSNs
T.push((d, r) => {
  const emp = person(r);
  d.t('member_id,relationship,name,ssn,dob\n');
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = i === 0 ? emp : { ...person(r), s: emp.s, full: `${person(r).g} ${emp.s}` };
    d.t(`M${r.digits(6)},${i === 0 ? 'self' : pick(r, ['spouse', 'child', 'child', 'domestic partner'])},`);
    csvL(d, 'PERSON', p.full);
    d.t(',');
    if (r.chance(0.8)) d.l('NATIONAL_ID', ssn(r)); else d.t(notSsn(r));
    d.t(',').l('DOB', dob(r, 'US')).t('\n');
  }
});

// 71 fraud analyst note
T.push((d, r) => {
  const p = person(r); const an = person(r);
  d.t(`Fraud review ${orderNo(r)} — analyst `).full(an).t('\nCardholder on file: ').n(nameForm(r, p)).t('\nCard used: ').l('CARD', card(r)).t(' (BIN country mismatch)\nShip-to: ').l('ADDRESS', address(r, p.cc)).t('\nDevice IP: ').l('IP', ip(r)).t(`\nPrevious attempt with ${badCard(r)} failed Luhn client-side. Verdict: ${pick(r, ['decline', 'allow', 'step-up 3DS'])}.`);
});

const NEG: Tpl[] = [];
// N1 CI log with versions and hashes only
NEG.push((d, r) => {
  d.t(`Run actions/setup-node@v4\n  node-version: ${r.int(18, 22)}.${r.int(0, 12)}.${r.int(0, 9)}\n${isoTs(r)} Cache restored from key: npm-${hex(r, 40)}\n> tsc -p tsconfig.build.json\n> vitest run\n ✓ ${r.int(100, 900)} tests passed (${r.int(5, 90)}s)\nDocker image sha256:${hex(r, 64)}\nPublished @northwind/${pick(r, ['core', 'ui'])}@${version(r)} (build ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(100, 999)})`);
});
// N2 billing ticket with invalid values
NEG.push((d, r) => {
  d.t(`${ticketId(r)} Invalid payment data rejected (expected)\nThe test suite feeds these and they must fail validation:\n- card ${badCard(r)} (Luhn fails)\n- card ${maskedCard(r)}\n- IBAN ${badIban(r)}\n- SSN ${notSsn(r)}\n- EIN ${ein(r)}, routing ${pick(r, ROUTING)}\nAll ${r.int(3, 9)} cases pass on ${version(r)}.`);
});
// N3 post-mortem without people
NEG.push((d, r) => {
  d.t(`# Post-incident review: ${pick(r, ['Storm Ciarán power loss in Dublin DC', 'Hurricane season failover drill', 'Leap-second clock skew'])}\nOwners: ${pick(r, TEAMS)}, ${pick(r, TEAMS)}\nTimeline (UTC): ${hhmm(r)} alerts fire; ${hhmm(r)} failover to Frankfurt; ${hhmm(r)} recovered.\nRoot cause: ${trap(r)} misconfigured after ${version(r)} upgrade. Action items tracked in ${ticketId(r)}, ${ticketId(r)}.`);
});
// N4 release notes with eponymous products
NEG.push((d, r) => {
  d.t(`Release ${version(r)} — "${pick(r, ['Darwin', 'Newton', 'Curie', 'Lovelace'])}" milestone\n- Faster ${trap(r)}\n- New export for Parkinson's and Alzheimer's research partners\n- Sarbanes-Oxley and Dodd-Frank report templates\n- Fixed ${pick(r, ['Ford', 'Tesla', 'Boeing'])} fleet import (${orderNo(r)})\nReleased ${otherDate(r, 'US')}.`);
});
// N5 config without PII
NEG.push((d, r) => {
  d.t(`[server]\nlisten = ":${r.int(3000, 9000)}"\nworkers = ${r.int(2, 32)}\n[features]\nmax_upload_mb = ${r.int(5, 200)}\nretry_backoff = "${r.int(1, 9)}s"\nschema_version = "${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}"\n[branding]\ntheme = "${pick(r, ['Victoria', 'Florence', 'Austin', 'Georgia'])}"\nsupport_page = "/help"\n# rotated ${otherDate(r, 'SE')}`);
});
// N6 metrics dump
NEG.push((d, r) => {
  d.t(`# HELP http_requests_total Total requests\nhttp_requests_total{route="/v1/orders",code="200"} ${r.int(1000, 900000)}\nhttp_requests_total{route="/v1/orders",code="500"} ${r.int(0, 900)}\nprocess_start_time_seconds ${r.int(1700000000, 1760000000)}\nbuild_info{version="${version(r)}",commit="${hex(r, 12)}",go="go1.${r.int(18, 23)}.${r.int(0, 9)}"} 1`);
});
// N7 dependency bump PR
NEG.push((d, r) => {
  d.t(`Bump ${pick(r, ['jenkins-client', 'hugo-extended', 'django', 'pascal-case'])} from ${version(r)} to ${version(r)}\n\nRelease notes: ${trap(r)} fixes. Compatibility score ${r.int(50, 99)}%.\nSigned-off-by: dependabot[bot]\nChecks: ${pick(r, ['Jenkins', 'Travis', 'Buildkite'])} ✓, CodeQL ✓`);
});
// N8 team chat about places and brands
NEG.push((d, r) => {
  d.t(`[${hhmm(r)}] #offsite: hotel is the ${pick(r, ['Hilton', 'Marriott', 'Ritz-Carlton'])} near ${pick(r, ['Victoria station', 'Lincoln Center', 'Washington Square'])}\n[${hhmm(r)}] #offsite: bring your ${pick(r, ['Dell', 'Lenovo'])} chargers; talk on the Turing Award paper at ${hhmm(r)}\n[${hhmm(r)}] #offsite: dinner booking ref ${orderNo(r)}, ${pick(r, ["McDonald's", 'Wendy\'s', 'Nando\'s'])} if it falls through`);
});
// N9 stack trace without PII
NEG.push((d, r) => {
  d.t(`java.lang.NullPointerException: Cannot invoke "Ledger.getIban()" because "account" is null\n\tat com.acme.Transfer.run(Transfer.java:${r.int(10, 400)})\n\tat java.base/java.lang.Thread.run(Thread.java:${r.int(700, 1600)})\nrequest_id=${hex(r, 16)} tenant=${hex(r, 6)} build=${version(r)}`);
});
// N10 calendar with no personal data
NEG.push((d, r) => {
  d.t(`BEGIN:VEVENT\nSUMMARY:Sprint planning — ${pick(r, TEAMS)}\nDTSTART:2025${p2(r.int(1, 12))}${p2(r.int(1, 28))}T090000Z\nLOCATION:Room ${pick(r, ['Grace Hopper', 'Einstein', 'Ada Lovelace'])} (3rd floor)\nDESCRIPTION:Agenda in Confluence; bridge code ${r.digits(9)}#\nEND:VEVENT`);
});

// N11 feature ticket about eponymous things
NEG.push((d, r) => {
  d.t(`${ticketId(r)} Feature: fuzzy search for product names\n\nUse the Levenshtein distance (or Jaro-Winkler) so "Tesla Model Y" matches "tesla modl y". Must also handle "McDonald's", "Johnson & Johnson", "Hewlett-Packard" and "Ben & Jerry's".\nAcceptance: p95 < ${r.int(20, 90)}ms on the ${pick(r, ['Adelaide', 'Frankfurt', 'Virginia'])} cluster. Story points: ${pick(r, [3, 5, 8])}. Sprint ${r.int(20, 80)}.`);
});
// N12 orders CSV without personal data
NEG.push((d, r) => {
  d.t('order_id,sku,qty,unit_price,warehouse,shipped_at\n');
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) d.t(`${orderNo(r)},${pick(r, ['WIDGET', 'CABLE', 'DOCK'])}-${r.digits(4)},${r.int(1, 20)},${r.int(1, 300)}.${r.digits(2)},${pick(r, ['Charlotte', 'Florence', 'Lincoln', 'Houston'])},${isoTs(r)}\n`);
});
// N13 SQL DDL
NEG.push((d, r) => {
  d.t(`-- migration 2025${p2(r.int(1, 12))}${p2(r.int(1, 28))}${r.digits(6)}_add_pii_columns.sql\nALTER TABLE customers ADD COLUMN date_of_birth DATE NULL;\nALTER TABLE customers ADD COLUMN ssn_last4 CHAR(4) NULL; -- never store the full SSN\nALTER TABLE customers ADD COLUMN iban_hash BYTEA; -- sha256, e.g. ${hex(r, 64)}\nCREATE INDEX CONCURRENTLY idx_customers_email ON customers (lower(email));\n-- NULL means unknown; see ${ticketId(r)}`);
});
// N14 HR announcement (no personal data)
NEG.push((d, r) => {
  d.t(`Team, reminder: offices close on Martin Luther King Jr. Day and Presidents' Day. Open enrollment runs ${otherDate(r, 'US')} – ${otherDate(r, 'US')}. Questions about the Family and Medical Leave Act or COBRA go to the benefits portal (not Slack). The Grace Hopper room is booked for the ${pick(r, ['Pulitzer', 'Nobel', 'Emmy'])} watch party. Parking lot B on Lincoln Ave is closed for repaving.`);
});
// N15 version and build numbers shaped like addresses
NEG.push((d, r) => {
  d.t(`$ ./gradlew --version\nGradle ${r.int(6, 8)}.${r.int(0, 9)}\nKotlin: ${r.int(1, 2)}.${r.int(0, 9)}.${r.int(0, 30)}\nJVM: ${r.int(11, 21)}.0.${r.int(1, 9)}+${r.int(1, 13)}\nfirmware-${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)}.bin sha1 ${hex(r, 40)}\nAndroid versionCode ${r.digits(8)} · build ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 20)}.${r.int(0, 200)}`);
});

// ───────────────────────────── generator ─────────────────────────────

/** Selection pool: every template once, the rarer types' templates (cards, SSNs, IBANs) a few more times. */
const POOL: readonly Tpl[] = [
  ...T,
  ...[23, 31, 63, 66, 68, 70, 9, 30, 61, 67, 69].flatMap((i) => [T[i], T[i]]),
  ...[10, 28, 29, 48, 50, 51, 52, 60].map((i) => T[i]),
].filter((t): t is Tpl => t !== undefined);

export function generateIndependent24Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent24Entry[] {
  const seed = opts.seed ?? INDEPENDENT24_SEEDS[0];
  const min = opts.minInstances ?? INDEPENDENT24_MIN_INSTANCES;
  const r = new Rng(seed);
  const out: Independent24Entry[] = [];
  let total = 0;
  while (total < min) {
    const neg = r.chance(0.1);
    const d = new Doc(!neg && r.chance(0.4));
    (neg ? pick(r, NEG) : pick(r, POOL))(d, r);
    if (d.known.length && !d.labels.some((l) => l.type === 'PERSON' && l.value === d.known[0])) d.known = [];
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}

/** Number of document templates (labelled + negative). */
export const INDEPENDENT24_TEMPLATE_COUNT = T.length + NEG.length;
