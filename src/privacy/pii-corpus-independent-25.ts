/**
 * @module privacy/pii-corpus-independent-25 — blind labelled PII corpus #25 (independent25): voice.
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts` (Luhn, mod-97, `IBAN_LENGTHS`), the `PiiType` union in `pii/types.ts`, the
 * first 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. I did NOT read the detector, its tests, the other corpora or their
 * templates/value pools, the docs, the benchmarks or the git history, and never ran the detector on this text.
 * Every name, address, template and value here was invented for this file.
 *
 * Seeds: {@link INDEPENDENT25_SEEDS} (250001, 250002, 250003); each seed yields whole documents until at
 * least `minInstances` labels (default 2400) exist, deterministically.
 *
 * Contents: call-centre and telehealth call transcripts as speech recognition writes them (inconsistent
 * casing, little punctuation, fillers, false starts, spoken and half-spoken numbers, e-mails and dates,
 * speaker turns in several export styles: plain, bracketed timestamps, diarised speaker ids, captions,
 * JSON and CSV segments, markdown), next to the agent's typed after-call notes, summaries and CRM updates;
 * support, insurance, healthcare and banking calls from many countries and several languages; about one
 * document in ten is a hard negative with no PII but many traps.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside
 *   the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets/buildings
 *   named after people, eponymous diseases/laws/awards and @handles are not labelled; nor is a name inside an
 *   e-mail address.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address (first street/building/PO-box line to the last
 *   postcode/city/country line); recipient names are separate PERSON labels; company lines, city-only
 *   mentions, directions, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates not.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT25_SEEDS = [250001, 250002, 250003] as const;
export const INDEPENDENT25_MIN_INSTANCES = 2400;

/** A label of this split: it carries its exact text. */
export type Independent25Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent25Entry = PiiCorpusEntry & { readonly labels: readonly Independent25Label[] };

// ---------------------------------------------------------------- people

interface Culture {
  readonly g: readonly string[];
  readonly s: readonly string[];
  /** Family name first in the full form. */
  readonly ff: boolean;
}

const words = (x: string): string[] => x.split(' ').map((w) => w.replace(/_/g, ' '));
const cult = (g: string, s: string, ff = false): Culture => ({ g: words(g), s: words(s), ff });

const CULTURES: readonly Culture[] = [
  cult('Will Bill Grant Hope Rose Faith Joy Dawn Mark Frank Guy May April Summer Hunter Brooke', 'Baker Young King Bishop Cook Stone Wood Church Fox Little Fields Rich Love Hale'),
  cult('Nigel Imogen Rupert Harriet Callum Poppy Alfie Tamsin Gareth Bronwen Rhys Ffion', 'Thistlewood Pemberton Ashcombe Hartley Crowther Beddoes Pryce Lloyd-Evans Marsh Ainsworth Fairbrother Penrose'),
  cult('Siobhan Niamh Cillian Oisin Aoife Padraig Grainne Eoin Caoimhe Ruairi Orla Dara', 'Ni_Bhriain Mulcahy Fitzgerald Donnelly Kavanagh Breathnach Carroll Geraghty Moran Quinlan Doherty Keane'),
  cult('Jürgen Annegret Lukas Friederike Dieter Wiebke Till Henrike Matthias Ute Jannik Sabine', 'Müller-Lüdenscheidt Brandauer Kessler Hoffmeister Vogelsang Lindqvist Baumgärtner Rieger Achterberg Schöller Wendland Krebs'),
  cult('Aurélie Benoît Clémence Thibault Margaux Gaëtan Solène Yannick Ophélie Loïc Maëlle Régis', 'Delacroix Fontaine Lemaître Rousseau Vasseur Beaumont Chevallier Garnier Lacombe Marchetti Perrin Tessier'),
  cult('Ximena Iñaki Nerea Álvaro Itziar Gonzalo Rocío Íker Pilar Jaime Montserrat Borja', 'Etxeberria Villalobos Castañeda Olmedo Garrido Salcedo Arrieta Benavides Quintana Zubiri Lozano Pastor'),
  cult('Guadalupe Jesús Xóchitl Ulises Citlali Rodrigo Yazmín Efraín Maricela Abundio Nayeli Heriberto', 'Hernández Cuauhtémoc Zavala Tapia Ochoa Barragán Cisneros Robles Mendoza Aguirre Peralta Valdivia'),
  cult('Thiago Luana Caio Mariana Wesley Thaís Rafael Jéssica Gustavo Bianca Leandro Fernanda', 'Nascimento Figueiredo Albuquerque Cavalcanti Siqueira Damasceno Tavares Barbosa Moura Brandão Pinheiro Guimarães'),
  cult('Giacomo Ilaria Matteo Chiara Lorenzo Benedetta Salvatore Federica Raffaele Ludovica Corrado Serena', 'Bellandi Pagliarulo Esposito Fontana Marchesini Russo Caputo Lombardi Sartori Cattaneo Ferraro Galli'),
  cult('Joost Femke Maarten Sanne Bram Lieke Sjoerd Marieke Wouter Anouk Thijs Floor', 'van_der_Berg de_Vries Jansen Bakker Visser Smit Meijer de_Boer Mulder Dekker Hendriks Bosman'),
  cult('Grzegorz Agnieszka Wojciech Małgorzata Krzysztof Katarzyna Bartosz Zofia Mirosław Jadwiga Tomasz Ewelina', 'Wiśniewski Kowalczyk Zieliński Szymańska Woźniak Dąbrowski Kozłowska Jankowski Mazur Krawczyk Piotrowski Grabowska'),
  cult('Sven Ingrid Björn Astrid Lars Sigrid Olle Maja Anders Linnea Nils Elsa', 'Lindgren Håkansson Bergström Sandberg Nyström Eklund Forsberg Lundqvist Sjöberg Holm Engström Dahl'),
  cult('Aleksandr Yekaterina Dmitri Svetlana Nikolai Oksana Vladimir Anastasia Igor Lyudmila Bogdan Taras', 'Volkov Petrenko Smirnova Kuznetsov Shevchenko Morozov Bondarenko Lebedeva Kovalenko Sokolov Melnyk Orlova'),
  cult('Eleni Dimitris Katerina Yiannis Sofia Nikos Vasiliki Giorgos Despina Stavros Athina Kostas', 'Papadopoulos Karagiannis Theodorou Nikolaidis Georgiou Alexiou Konstantinou Vlachos Antoniou Pappas Dimou Economou'),
  cult('Emre Zeynep Burak Elif Mert Ayşe Oğuz Derya Serkan Gülşen Kaan Ebru', 'Yılmaz Öztürk Demir Şahin Çelik Aydın Arslan Doğan Kılıç Korkmaz Erdoğan Aksoy'),
  cult('Said Omar Layla Yousef Fatima Khalid Noor Tariq Amira Hamza Rania Samir', 'Al-Masri Haddad Khoury Nasser Saleh Mansour Farouk El-Amin Qureshi Bakr Hamdan Suleiman'),
  cult('Dariush Shirin Kourosh Nasrin Arash Parisa Babak Roya Farhad Mahsa Siavash Leila', 'Tehrani Moradi Ahmadi Rostami Karimi Jafari Hosseini Rahimi Esfahani Sadeghi Navabi Farahani'),
  cult('Priya Arjun Sunita Rohan Kavya Vikram Ananya Sanjay Deepika Rahul Meera Aditya', 'Sharma Iyer Chatterjee Patel Reddy Malhotra Banerjee Nair Deshpande Joshi Kulkarni Agarwal'),
  cult('Murugan Lakshmi Senthil Kalaivani Arumugam Thenmozhi Karthik Vaishnavi Selvam Revathi Ilango Anbu', 'Subramaniam Ramasamy Krishnan Venkatesan Palaniappan Rajendran Sivakumar Annamalai Natarajan Pillai Ganesan Murthy'),
  cult('Wei Xiu Ying Jun Mei Lin Hao Yan Zhi Qiang Lei Fang Tao', 'Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun', true),
  cult('Haruto Yui Sota Aoi Ren Hina Daiki Sakura Kenji Yumiko Takeshi Emi', 'Tanaka Suzuki Takahashi Watanabe Ito Nakamura Kobayashi Yamamoto Kato Yoshida Sasaki Matsumoto', true),
  cult('Minjun Seoyeon Jiho Haeun Dohyun Jiwoo Eunji Sungmin Yuna Hyunwoo Soyeon Taeyang', 'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin', true),
  cult('Minh Linh Tuan Huong Duc Thao Quang Ngoc Bao Trang Khoa Hanh', 'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo', true),
  cult('Maricel Jun-Jun Rowena Jericho Lovely Arnel Precious Rommel Marites Dindo Joy-Ann Bong', 'Dela_Cruz Bautista Macaraeg Villanueva Manalo Dimaculangan Pangilinan Soriano Aquino Magbanua Ocampo Tolentino'),
  cult('Adebayo Folasade Olumide Yetunde Tunde Funmilayo Babatunde Kehinde Temitope Adewale Bisola Segun', 'Adeyemi Ogunleye Balogun Okonkwo Adeleke Eze Nwosu Afolabi Okafor Oyelaran Chukwu Abiodun'),
  cult('Wanjiru Otieno Akinyi Kamau Njeri Mwangi Achieng Kiprop Wambui Baraka Zawadi Jabari', 'Kariuki Odhiambo Mutua Wekesa Chebet Njoroge Omondi Kimani Wafula Ndungu Kiplagat Muthoni'),
  cult('Kwame Ama Kofi Efua Yaw Akosua Kwabena Adwoa Kojo Abena Kwesi Esi', 'Mensah Asante Boateng Owusu Appiah Ofori Darko Agyeman Osei Acheampong Frimpong Amoako'),
  cult('Ferenc Zsuzsanna Gábor Erzsébet Levente Katalin Bence Ildikó Zoltán Réka Csaba Anikó', 'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp', true),
  cult('Yael Avi Noa Eitan Tamar Yonatan Shira Ariel Michal Oren Dalia Ido', 'Cohen Levi Mizrahi Peretz Biton Friedman Avraham Katz Azoulay Ben-David Rosen Shapiro'),
  cult('Somchai Malee Anan Siriporn Niran Ratana Prasert Kanya Wichai Sunee Chaiya Porntip', 'Srisuk Wongsawat Chaiyaporn Rattanakul Boonmee Thongchai Sangkhaphan Phromma Kaewmanee Jaidee Suwannarat Intharachai'),
  cult('Budi Siti Agus Dewi Hendra Ratna Joko Wulan Eko Intan Bambang Ayu', 'Santoso Wijaya Setiawan Kusuma Hartono Purnomo Nugroho Halim Saputra Gunawan Susanto Hidayat'),
];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly ff: boolean;
}

function person(r: Rng, c?: Culture): Person {
  const cu = c ?? r.pick(CULTURES);
  return { given: r.pick(cu.g), family: r.pick(cu.s), ff: cu.ff };
}

const full = (p: Person): string => (p.ff ? `${p.family} ${p.given}` : `${p.given} ${p.family}`);

type NameForm = 'full' | 'given' | 'family' | 'initial' | 'caps' | 'lower' | 'comma' | 'lowergiven';

function nameIn(p: Person, f: NameForm): string {
  switch (f) {
    case 'full':
      return full(p);
    case 'given':
      return p.given;
    case 'family':
      return p.family;
    case 'initial':
      return `${p.given.charAt(0)}. ${p.family}`;
    case 'caps':
      return full(p).toUpperCase();
    case 'lower':
      return full(p).toLowerCase();
    case 'comma':
      return `${p.family}, ${p.given}`;
    case 'lowergiven':
      return p.given.toLowerCase();
  }
}

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[şŞ]/g, 's')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

// ---------------------------------------------------------------- small helpers

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Fills a pattern: X → digit, N → 2-9, L → upper-case letter. */
function fill(r: Rng, pat: string): string {
  let o = '';
  for (const ch of pat) {
    if (ch === 'X') o += r.digits(1);
    else if (ch === 'N') o += String(r.int(2, 9));
    else if (ch === 'L') o += 'ABCDEFGHJKLMNPRSTUVWXY'.charAt(r.int(0, 21));
    else o += ch;
  }
  return o;
}

type Lang = 'en' | 'es' | 'de' | 'fr' | 'pt' | 'it' | 'nl';

const DIGIT_WORDS: Record<Lang, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  pt: ['zero', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'],
  it: ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
};

/** Speaks a formatted number the way a speech recogniser writes it out. */
function speakNumber(r: Rng, s: string, lang: Lang): string {
  const groups = s.replace(/[()]/g, '').split(/[\s./-]+/).filter(Boolean);
  const oh = lang === 'en' && r.chance(0.6);
  const sep = r.pick([' ', ', ', ' ', '... ']);
  return groups
    .map((g) => {
      const out: string[] = [];
      for (let i = 0; i < g.length; i++) {
        const ch = g.charAt(i);
        if (ch === '+') {
          out.push(lang === 'es' ? 'más' : lang === 'pt' ? 'mais' : lang === 'it' ? 'più' : 'plus');
          continue;
        }
        const d = Number(ch);
        if (lang === 'en' && i + 1 < g.length && g.charAt(i + 1) === ch && r.chance(0.5)) {
          out.push(`double ${d === 0 && oh ? 'oh' : DIGIT_WORDS.en[d]}`);
          i++;
          continue;
        }
        out.push(d === 0 && oh ? 'oh' : (DIGIT_WORDS[lang][d] as string));
      }
      return out.join(' ');
    })
    .join(sep);
}

// ---------------------------------------------------------------- countries

type Country =
  | 'US' | 'GB' | 'IE' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'IN' | 'AU' | 'CA' | 'JP' | 'BR' | 'MX' | 'ZA' | 'PT'
  | 'SE' | 'PL' | 'NG' | 'SG' | 'KR' | 'PH' | 'KE' | 'AE';

const PHONE_PATTERNS: Record<Country, readonly string[]> = {
  US: ['(NXX) NXX-XXXX', 'NXX-NXX-XXXX', 'NXX.NXX.XXXX', '+1 NXX NXX XXXX', '1-NXX-NXX-XXXX', '+1 (NXX) NXX-XXXX'],
  CA: ['(NXX) NXX-XXXX', 'NXX-NXX-XXXX', '+1 NXX-NXX-XXXX'],
  GB: ['020 7XXX XXXX', '+44 20 7XXX XXXX', '07XXX XXXXXX', '+44 7XXX XXXXXX', '0113 XXX XXXX', '(0161) XXX XXXX', '+44 (0)7XXX XXX XXX'],
  IE: ['+353 8X XXX XXXX', '08X XXX XXXX', '(01) XXX XXXX', '+353 1 XXX XXXX'],
  DE: ['030 XXXXXXXX', '+49 30 XXXXXXXX', '0151 XXXXXXXX', '+49 (0)171 XXXX XXXX', '089/XXXXXXX', '0221 XXX XX XX'],
  FR: ['01 XX XX XX XX', '+33 6 XX XX XX XX', '06 XX XX XX XX', '+33 (0)4 XX XX XX XX', '07.XX.XX.XX.XX'],
  ES: ['+34 6XX XXX XXX', '91X XXX XXX', '6XX XX XX XX', '+34 93 XXX XX XX'],
  IT: ['+39 3XX XXX XXXX', '06 XXXX XXXX', '3XX XXXXXXX', '+39 02 XXXX XXXX'],
  NL: ['+31 6 XXXXXXXX', '06-XXXXXXXX', '020-XXX XXXX', '+31 (0)30 XXX XXXX'],
  IN: ['+91 9XXXX XXXXX', '09XXXX XXXXX', '+91-8XXXXXXXXX', '080 XXXX XXXX'],
  AU: ['+61 4XX XXX XXX', '04XX XXX XXX', '(02) 9XXX XXXX', '+61 3 9XXX XXXX'],
  JP: ['090-XXXX-XXXX', '03-XXXX-XXXX', '+81 90-XXXX-XXXX', '080-XXXX-XXXX', '06-XXXX-XXXX'],
  BR: ['(11) 9XXXX-XXXX', '+55 21 9XXXX-XXXX', '(31) 3XXX-XXXX', '+55 (11) 9XXXX-XXXX'],
  MX: ['+52 55 XXXX XXXX', '55 XXXX XXXX', '+52 1 33 XXXX XXXX', '(81) XXXX-XXXX'],
  ZA: ['082 XXX XXXX', '+27 82 XXX XXXX', '021 XXX XXXX', '+27 11 XXX XXXX'],
  PT: ['+351 91X XXX XXX', '21X XXX XXX', '96X XXX XXX'],
  SE: ['070-XXX XX XX', '+46 70 XXX XX XX', '08-XXX XXX XX'],
  PL: ['+48 5XX XXX XXX', '6XX-XXX-XXX', '22 XXX XX XX'],
  NG: ['0803 XXX XXXX', '+234 803 XXX XXXX', '0812 XXX XXXX', '+234 (0)706 XXX XXXX'],
  SG: ['+65 9XXX XXXX', '8XXX XXXX', '6XXX XXXX'],
  KR: ['010-XXXX-XXXX', '+82 10-XXXX-XXXX', '02-XXX-XXXX'],
  PH: ['0917 XXX XXXX', '+63 917 XXX XXXX', '(02) 8XXX XXXX', '0998-XXX-XXXX'],
  KE: ['0712 XXXXXX', '+254 712 XXXXXX', '0722 XXX XXX'],
  AE: ['+971 50 XXX XXXX', '050 XXX XXXX', '04 XXX XXXX', '+971-4-XXX-XXXX'],
};

const phone = (r: Rng, c: Country): string => fill(r, r.pick(PHONE_PATTERNS[c]));

const MAIL_DOMAINS = [
  'gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'proton.me', 'yahoo.co.uk', 'btinternet.com',
  'web.de', 'gmx.de', 't-online.de', 'orange.fr', 'free.fr', 'laposte.net', 'hotmail.es', 'telefonica.net', 'libero.it',
  'virgilio.it', 'ziggo.nl', 'kpnmail.nl', 'rediffmail.com', 'bigpond.com', 'uol.com.br', 'terra.com.br', 'naver.com',
  'yahoo.co.jp', 'eircom.net', 'wp.pl', 'seznam.cz', 'mail.ru', 'fastmail.fm', 'me.com', 'aol.com', 'sky.com',
];
const ORG_DOMAINS = [
  'kestrelmutual.com', 'brightwave-telecom.net', 'halcyonhealth.org', 'northgate-bank.co.uk', 'lumenlink.io',
  'orchardcare.com', 'sentinel-assure.de', 'vantapay.eu', 'copperline-isp.com', 'meridianclinic.ca', 'bluepine.insure',
];

function email(r: Rng, p: Person): string {
  const g = ascii(p.given) || 'user';
  const f = ascii(p.family) || 'mail';
  const y = String(r.int(60, 99));
  const local = r.pick([
    `${g}.${f}`, `${g.charAt(0)}${f}`, `${g}_${f}${y}`, `${f}.${g}`, `${g}${r.int(1, 999)}`, `${g}.${f.charAt(0)}`,
    `${f}${g.charAt(0)}${y}`, `${g}-${f}`,
  ]);
  return `${local}@${r.chance(0.12) ? r.pick(ORG_DOMAINS) : r.pick(MAIL_DOMAINS)}`;
}

const roleEmail = (r: Rng): string =>
  `${r.pick(['support', 'claims', 'billing', 'noreply', 'care', 'help', 'disputes', 'records', 'privacy', 'escalations'])}@${r.pick(ORG_DOMAINS)}`;

const SPOKEN_AT: Record<Lang, readonly string[]> = {
  en: ['at'], es: ['arroba'], de: ['at', 'ät'], fr: ['arobase', 'at'], pt: ['arroba'], it: ['chiocciola'], nl: ['apenstaartje', 'at'],
};
const SPOKEN_DOT: Record<Lang, string> = { en: 'dot', es: 'punto', de: 'punkt', fr: 'point', pt: 'ponto', it: 'punto', nl: 'punt' };

/** An e-mail address as a speech recogniser transcribes it when the caller spells it out. */
function speakEmail(r: Rng, e: string, lang: Lang): string {
  const [local = '', domain = ''] = e.split('@');
  const dot = SPOKEN_DOT[lang];
  const half = r.chance(0.25);
  const loc = local
    .replace(/\./g, ` ${dot} `)
    .replace(/_/g, lang === 'en' ? ' underscore ' : lang === 'es' ? ' guion bajo ' : ' underscore ')
    .replace(/-/g, lang === 'en' ? ' dash ' : ' ')
    .replace(/(\d+)/g, (m) => (r.chance(0.5) ? ` ${m}` : ` ${m.split('').map((d) => DIGIT_WORDS[lang][Number(d)]).join(' ')}`))
    .replace(/\s+/g, ' ')
    .trim();
  const dom = half ? domain : domain.replace(/\./g, ` ${dot} `).replace(/-/g, ' dash ');
  return `${loc} ${r.pick(SPOKEN_AT[lang])} ${dom}`;
}

// ---------------------------------------------------------------- cards, IBANs, SSNs, IPs

function luhnFinish(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + c)) return body + c;
  throw new Error('unreachable');
}

type Net = 'visa' | 'mc' | 'amex' | 'disc' | 'jcb' | 'diners' | 'up';
const NET_NAMES: Record<Net, string> = {
  visa: 'Visa', mc: 'Mastercard', amex: 'Amex', disc: 'Discover', jcb: 'JCB', diners: 'Diners', up: 'UnionPay',
};

function cardDigits(r: Rng, net?: Net): { d: string; net: Net } {
  const n = net ?? r.pick<Net>(['visa', 'visa', 'visa', 'mc', 'mc', 'mc', 'amex', 'disc', 'jcb', 'diners', 'up']);
  let prefix: string;
  let len = 16;
  switch (n) {
    case 'visa':
      prefix = '4';
      len = r.chance(0.06) ? 19 : 16;
      break;
    case 'mc':
      prefix = r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720));
      break;
    case 'amex':
      prefix = r.pick(['34', '37']);
      len = 15;
      break;
    case 'disc':
      prefix = r.pick(['6011', '65', String(r.int(644, 649))]);
      break;
    case 'jcb':
      prefix = String(r.int(3528, 3589));
      break;
    case 'diners':
      prefix = r.pick(['36', '38', String(r.int(300, 305))]);
      len = 14;
      break;
    case 'up':
      prefix = '62' + r.digits(1);
      break;
  }
  return { d: luhnFinish(prefix + r.digits(len - 1 - prefix.length)), net: n };
}

function groupCard(r: Rng, d: string, sep?: string): string {
  const s = sep ?? r.pick([' ', ' ', '-', '', ' ']);
  const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const z of sizes) {
    out.push(d.slice(i, i + z));
    i += z;
  }
  return out.join(s);
}

/** A typed card number, valid. */
const card = (r: Rng, net?: Net): string => groupCard(r, cardDigits(r, net).d);

/** A card-shaped number that fails Luhn. */
function badCard(r: Rng): string {
  const { d } = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

const BBAN: Record<string, string> = {
  DE: 'X18', GB: 'B4X14', FR: 'X23', ES: 'X20', IT: 'L1X22', NL: 'B4X10', BE: 'X12', CH: 'X17', AT: 'X16', PL: 'X24',
  PT: 'X21', IE: 'B4X14', SE: 'X20', NO: 'X11', DK: 'X14', FI: 'X14', SA: 'X20', AE: 'X19', TR: 'X22', GR: 'X23',
  CZ: 'X20', LU: 'X16', HU: 'X24', RO: 'B4X16',
};
const BANK_CODES: Record<string, readonly string[]> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ'], NL: ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'KNAB'],
  IE: ['AIBK', 'BOFI', 'IPBS'], RO: ['BTRL', 'RNCB', 'BRDE'],
};

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

/** A compact, valid IBAN of country `cc`. */
function ibanCompact(r: Rng, cc: string): string {
  const spec = BBAN[cc] ?? 'X18';
  let bban = '';
  const m = /^(?:B4|L1)?X(\d+)$/.exec(spec);
  if (spec.startsWith('B4')) bban += r.pick(BANK_CODES[cc] ?? ['ABCD']);
  if (spec.startsWith('L1')) bban += fill(r, 'L');
  bban += r.digits(Number(m?.[1] ?? 18));
  const check = pad(98 - mod97(bban + cc + '00'));
  const out = cc + check + bban;
  if (!ibanMod97Valid(out) || IBAN_LENGTHS[cc] !== out.length) throw new Error(`bad IBAN ${out}`);
  return out;
}

const group4 = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

function ibanFmt(r: Rng, compact: string): string {
  const k = r.int(0, 9);
  if (k < 6) return group4(compact);
  if (k < 9) return compact;
  return group4(compact).toLowerCase();
}

/** A one-digit change: never mod-97 valid. */
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const i = r.int(6, c.length - 1);
  const ch = c.charAt(i);
  const nd = /\d/.test(ch) ? String((Number(ch) + r.int(1, 9)) % 10) : ch;
  return group4(c.slice(0, i) + nd + c.slice(i + 1));
}

const EU_IBAN = ['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'SA', 'AE', 'TR', 'GR', 'CZ', 'LU', 'HU', 'RO'];

function ssn(r: Rng, sep?: string): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const s = sep ?? r.pick(['-', '-', '-', ' ', '']);
  return `${pad(a, 3)}${s}${pad(r.int(1, 99))}${s}${pad(r.int(1, 9999), 4)}`;
}

function ipv4(r: Rng): string {
  const a = r.pick([10, 172, 192, 203, 198, 81, 45, 100, 62, 213, 89, 24, 73, 185, 91, 37, 154]);
  const b = a === 192 ? 168 : a === 172 ? r.int(16, 31) : r.int(0, 255);
  return `${a}.${b}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  switch (r.int(0, 3)) {
    case 0:
      return `2001:db8:${h()}:${h()}::${h()}`;
    case 1:
      return `fe80::${h()}:${h()}:${h()}:${h()}`;
    case 2:
      return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
    default:
      return `2600:${h()}:${h()}::${h()}:${h()}`;
  }
}

const ip = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));

// ---------------------------------------------------------------- postal addresses

interface Addr {
  readonly lines: readonly string[];
  /** How a speech recogniser writes it when the caller reads it out. */
  readonly spoken: string;
}

const US_STREETS = ['Maple Grove', 'Tamarack', 'Cedar Hollow', 'Willowbrook', 'Lakeview', 'Hillcrest', 'Juniper', 'Quarry', 'Magnolia', 'Chestnut Ridge', 'Sycamore', 'Prairie Wind', 'Old Mill', 'Harbor View', 'Copper Creek', 'Bluebonnet', 'Aspen Glen', 'Foxtail'];
const US_SUFFIX = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Way', 'Blvd', 'Pl', 'Terrace'];
const US_CITIES: readonly (readonly [string, string, string, string])[] = [
  ['Springfield', 'IL', 'illinois', '627'], ['Columbus', 'OH', 'ohio', '432'], ['Tucson', 'AZ', 'arizona', '857'],
  ['Boise', 'ID', 'idaho', '837'], ['Raleigh', 'NC', 'north carolina', '276'], ['Spokane', 'WA', 'washington', '992'],
  ['Duluth', 'MN', 'minnesota', '558'], ['Albany', 'NY', 'new york', '122'], ['Savannah', 'GA', 'georgia', '314'],
  ['Lubbock', 'TX', 'texas', '794'], ['Worcester', 'MA', 'massachusetts', '016'], ['Fresno', 'CA', 'california', '937'],
  ['Knoxville', 'TN', 'tennessee', '379'], ['Omaha', 'NE', 'nebraska', '681'], ['Eugene', 'OR', 'oregon', '974'],
  ['Baton Rouge', 'LA', 'louisiana', '708'], ['Trenton', 'NJ', 'new jersey', '086'], ['Madison', 'WI', 'wisconsin', '537'],
];

function usAddress(r: Rng): Addr {
  const num = String(r.int(3, 9899));
  const st = `${r.pick(US_STREETS)} ${r.pick(US_SUFFIX)}`;
  const unit = r.chance(0.35) ? r.pick(['Apt 4B', `Apt ${r.int(1, 40)}`, `Unit ${r.int(100, 920)}`, `#${r.int(2, 30)}${r.pick(['', 'A', 'C'])}`]) : '';
  const [city, stc, stname, z3] = r.pick(US_CITIES);
  const zip = z3 + r.digits(2) + (r.chance(0.1) ? `-${r.digits(4)}` : '');
  const l1 = `${num} ${st}${unit && r.chance(0.6) ? ` ${unit}` : ''}`;
  const lines = unit && !l1.includes(unit) ? [l1, unit, `${city}, ${stc} ${zip}`] : [l1, `${city}, ${stc} ${zip}`];
  const spoken = `${num} ${st.toLowerCase()}${unit ? ` ${unit.toLowerCase().replace('#', 'number ').replace('apt', 'apartment')}` : ''} ${city.toLowerCase()} ${stname} ${zip}`;
  return { lines, spoken };
}

const GB_STREETS = ['Rosebery Avenue', 'Mill Lane', 'Station Road', 'Kingsley Close', 'Beech Grove', 'Tanners Row', 'Orchard Way', 'Weavers Yard', 'Heathfield Crescent', 'Lark Rise', 'Cromwell Terrace', 'Bramble Walk'];
const GB_TOWNS: readonly (readonly [string, string])[] = [['Leeds', 'LS'], ['Manchester', 'M'], ['Bristol', 'BS'], ['Cardiff', 'CF'], ['Norwich', 'NR'], ['Glasgow', 'G'], ['Edinburgh', 'EH'], ['Brighton', 'BN'], ['Nottingham', 'NG'], ['Sheffield', 'S'], ['London', 'SE'], ['York', 'YO'], ['Exeter', 'EX']];

function gbAddress(r: Rng): Addr {
  const [town, area] = r.pick(GB_TOWNS);
  const pc = `${area}${r.int(1, 28)} ${r.int(1, 9)}${fill(r, 'LL')}`;
  const street = `${r.int(1, 220)} ${r.pick(GB_STREETS)}`;
  const lines = r.chance(0.3) ? [`Flat ${r.int(1, 24)}`, street, town, pc] : [street, town, pc];
  return { lines, spoken: `${lines.join(' ').toLowerCase().replace(pc.toLowerCase(), pc)}` };
}

function ieAddress(r: Rng): Addr {
  const loc = r.pick([
    ['Drumcondra', 'Dublin 9', 'D09'], ['Ballincollig', 'Co. Cork', 'P31'], ['Salthill', 'Galway', 'H91'], ['Ennis', 'Co. Clare', 'V95'],
    ['Rathmines', 'Dublin 6', 'D06'], ['Dundalk', 'Co. Louth', 'A91'],
  ] as const);
  const street = `${r.int(1, 140)} ${r.pick(['Griffith Avenue', 'Main Street', 'Seaview Park', 'Ashgrove Lawn', 'Church Road', 'The Maltings'])}`;
  const code = `${loc[2]} ${fill(r, 'LXLX')}`;
  const lines = [street, loc[0], loc[1], code];
  return { lines, spoken: lines.join(' ').toLowerCase() };
}

function deAddress(r: Rng): Addr {
  const [city, plz] = r.pick([['Berlin', '10'], ['Hamburg', '22'], ['München', '81'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Dresden', '01'], ['Nürnberg', '90'], ['Bremen', '28'], ['Kassel', '34']] as const);
  const st = `${r.pick(['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Gartenweg', 'Kastanienallee', 'Hafenstraße', 'Im Wiesengrund', 'Eichendorffring', 'Brunnenstr.', 'Zur Alten Ziegelei'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`;
  const lines = [st, `${plz}${r.digits(3)} ${city}`];
  if (r.chance(0.2)) lines.push('Deutschland');
  return { lines, spoken: lines.join(' ').toLowerCase() };
}

function frAddress(r: Rng): Addr {
  const [city, cp] = r.pick([['Lyon', `6900${r.int(1, 9)}`], ['Paris', `750${pad(r.int(1, 20))}`], ['Toulouse', '31000'], ['Nantes', '44000'], ['Lille', '59000'], ['Bordeaux', '33000'], ['Rennes', '35000'], ['Strasbourg', '67000'], ['Montpellier', '34000']] as const);
  const st = `${r.int(1, 90)}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(['rue des Tanneurs', 'avenue des Acacias', 'boulevard de la Liberté', 'impasse des Lilas', 'chemin de la Croix-Rousse', 'rue du Vieux Puits', 'quai des Brumes', 'allée des Cerisiers'])}`;
  const lines = r.chance(0.3) ? [`Bât. ${r.pick(['A', 'B', 'C'])}, apt ${r.int(2, 60)}`, st, `${cp} ${city.toUpperCase()}`] : [st, `${cp} ${r.chance(0.5) ? city.toUpperCase() : city}`];
  return { lines, spoken: lines.join(' ').toLowerCase() };
}

function esAddress(r: Rng): Addr {
  const [city, cp] = r.pick([['Madrid', '280'], ['Barcelona', '080'], ['Valencia', '460'], ['Sevilla', '410'], ['Bilbao', '480'], ['Zaragoza', '500'], ['Málaga', '290']] as const);
  const st = `${r.pick(['Calle de Toledo', 'Avenida de la Albufera', 'Calle Mayor', 'Paseo de las Acacias', 'Calle del Olivo', 'Ronda de Poniente', 'Carrer de Mallorca'])} ${r.int(1, 240)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'izq.', 'dcha.'])}`;
  const lines = [st, `${cp}${pad(r.int(1, 50))} ${city}`];
  return { lines, spoken: lines.join(' ').toLowerCase().replace(/,/g, '') };
}

function itAddress(r: Rng): Addr {
  const [city, cap, prov] = r.pick([['Milano', '201', 'MI'], ['Roma', '001', 'RM'], ['Torino', '101', 'TO'], ['Bologna', '401', 'BO'], ['Napoli', '801', 'NA'], ['Firenze', '501', 'FI'], ['Bari', '701', 'BA']] as const);
  const st = `${r.pick(['Via dei Mille', 'Viale delle Rimembranze', 'Corso Vittorio Emanuele II', 'Via del Pratello', 'Piazza delle Erbe', 'Via Santa Croce', 'Vicolo dei Tintori'])} ${r.int(1, 180)}${r.pick(['', '', '/B'])}`;
  const lines = [st, `${cap}${pad(r.int(0, 60))} ${city} (${prov})`];
  return { lines, spoken: lines.join(' ').toLowerCase().replace(/[()]/g, '') };
}

function nlAddress(r: Rng): Addr {
  const [city, pc] = r.pick([['Amsterdam', '10'], ['Utrecht', '35'], ['Rotterdam', '30'], ['Den Haag', '25'], ['Eindhoven', '56'], ['Groningen', '97'], ['Zwolle', '80']] as const);
  const st = `${r.pick(['Keizersgracht', 'Oudegracht', 'Lange Voorhout', 'Marnixstraat', 'Dorpsstraat', 'Vondellaan', 'Zeedijk', 'Merelstraat'])} ${r.int(1, 400)}${r.pick(['', '', '-2', 'A', '-hs'])}`;
  const lines = [st, `${pc}${r.digits(2)} ${fill(r, 'LL')} ${city}`];
  return { lines, spoken: lines.join(' ').toLowerCase() };
}

function inAddress(r: Rng): Addr {
  const [city, state, pin] = r.pick([['Bengaluru', 'Karnataka', '560'], ['Mumbai', 'Maharashtra', '400'], ['Chennai', 'Tamil Nadu', '600'], ['Pune', 'Maharashtra', '411'], ['Hyderabad', 'Telangana', '500'], ['Kolkata', 'West Bengal', '700'], ['New Delhi', 'Delhi', '110']] as const);
  const lines = [
    `${r.pick(['Flat', 'Flat No.', 'H.No.'])} ${r.int(101, 904)}, ${r.pick(['Sai Krupa Apartments', 'Green Meadows', 'Shanti Niketan CHS', 'Lotus Residency', 'Vrindavan Enclave'])}`,
    `${r.int(4, 18)}th ${r.pick(['Cross', 'Main'])}, ${r.pick(['Indiranagar', 'Koramangala', 'Andheri East', 'Adyar', 'Kothrud', 'Banjara Hills', 'Salt Lake'])}`,
    `${city}, ${state} ${pin}${r.digits(3)}`,
  ];
  return { lines, spoken: lines.join(' ').toLowerCase().replace(/,/g, '') };
}

function auAddress(r: Rng): Addr {
  const [sub, st, pc] = r.pick([['Bondi', 'NSW', '2026'], ['Fitzroy', 'VIC', '3065'], ['New Farm', 'QLD', '4005'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005'], ['Braddon', 'ACT', '2612']] as const);
  const street = `${r.chance(0.4) ? `${r.int(1, 30)}/` : ''}${r.int(1, 300)} ${r.pick(['Wattle Street', 'Banksia Rd', 'Jacaranda Ave', 'Kookaburra Cres', 'Ocean Parade', 'Gum Tree Lane'])}`;
  const lines = [street, `${sub} ${st} ${pc}`];
  return { lines, spoken: lines.join(' ').toLowerCase().replace('/', ' slash ') };
}

function caAddress(r: Rng): Addr {
  const [city, prov, l] = r.pick([['Toronto', 'ON', 'M'], ['Montréal', 'QC', 'H'], ['Vancouver', 'BC', 'V'], ['Calgary', 'AB', 'T'], ['Halifax', 'NS', 'B'], ['Ottawa', 'ON', 'K'], ['Winnipeg', 'MB', 'R']] as const);
  const street = prov === 'QC' ? `${r.int(10, 4999)}, rue ${r.pick(['des Érables', 'Sherbrooke Est', 'de la Montagne'])}` : `${r.int(10, 4999)} ${r.pick(['Birchmount Rd', 'Elm St', 'Lakeshore Blvd W', 'Spruce Ave', 'Harvest Moon Dr'])}`;
  const pc = `${l}${fill(r, 'XL X')}${fill(r, 'LX')}`;
  const lines = [street, `${city} ${prov} ${pc}`];
  return { lines, spoken: lines.join(' ').toLowerCase().replace(/,/g, '') };
}

function jpAddress(r: Rng): Addr {
  const i = r.int(0, 4);
  const ro = [['Jingumae', 'Shibuya-ku', 'Tokyo', '150-0001'], ['Nishi-Shinjuku', 'Shinjuku-ku', 'Tokyo', '160-0023'], ['Umeda', 'Kita-ku', 'Osaka', '530-0001'], ['Sakae', 'Naka-ku', 'Nagoya', '460-0008'], ['Tenjin', 'Chuo-ku', 'Fukuoka', '810-0001']][i] as string[];
  const kj = ['東京都渋谷区神宮前', '東京都新宿区西新宿', '大阪府大阪市北区梅田', '愛知県名古屋市中区栄', '福岡県福岡市中央区天神'][i] as string;
  const block = `${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)}`;
  if (r.chance(0.5)) {
    const line = `〒${ro[3]} ${kj}${block}`;
    return { lines: r.chance(0.4) ? [line, `${r.pick(['メゾン緑ヶ丘', 'コーポ青葉', 'パークハイツ'])}${r.int(101, 905)}号室`] : [line], spoken: line };
  }
  const lines = [`${block} ${ro[0]}, ${ro[1]}`, `${ro[2]} ${ro[3]}`];
  return { lines, spoken: lines.join(' ').toLowerCase() };
}

function brAddress(r: Rng): Addr {
  const [city, uf, c1] = r.pick([['Rio de Janeiro', 'RJ', '2'], ['São Paulo', 'SP', '0'], ['Belo Horizonte', 'MG', '3'], ['Curitiba', 'PR', '8'], ['Porto Alegre', 'RS', '9'], ['Recife', 'PE', '5']] as const);
  const lines = [
    `${r.pick(['Rua das Laranjeiras', 'Avenida Atlântica', 'Rua dos Inconfidentes', 'Travessa do Ouvidor', 'Rua Bela Vista', 'Alameda dos Anjos'])}, ${r.int(10, 2400)}${r.chance(0.5) ? `, apto ${r.int(101, 1204)}` : ''}`,
    `${r.pick(['Centro', 'Botafogo', 'Savassi', 'Batel', 'Moinhos de Vento', 'Boa Viagem'])}, ${city} - ${uf}`,
    `${c1}${r.digits(4)}-${r.digits(3)}`,
  ];
  return { lines, spoken: lines.join(' ').toLowerCase().replace(/[,-]/g, ' ').replace(/\s+/g, ' ') };
}

function mxAddress(r: Rng): Addr {
  const [city, cp] = r.pick([['Ciudad de México, CDMX', '03'], ['Guadalajara, Jal.', '44'], ['Monterrey, N.L.', '64'], ['Puebla, Pue.', '72'], ['Mérida, Yuc.', '97']] as const);
  const lines = [`${r.pick(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Calle 5 de Mayo', 'Av. Revolución', 'Calle Jacarandas', 'Privada Los Pinos'])} ${r.int(1, 2100)}${r.chance(0.4) ? ` Int. ${r.int(1, 12)}` : ''}`, `Col. ${r.pick(['Del Valle', 'Americana', 'Centro', 'Las Águilas', 'Jardines del Sur'])}`, `${cp}${r.digits(3)} ${city}`];
  return { lines, spoken: lines.join(' ').toLowerCase().replace(/[,.]/g, '') };
}

function zaAddress(r: Rng): Addr {
  const [sub, city, pc] = r.pick([['Rosebank', 'Johannesburg', '2196'], ['Sea Point', 'Cape Town', '8005'], ['Umhlanga', 'Durban', '4320'], ['Hatfield', 'Pretoria', '0083'], ['Observatory', 'Cape Town', '7925']] as const);
  const lines = [`${r.int(1, 160)} ${r.pick(['Kloof Street', 'Main Road', 'Protea Avenue', 'Marula Close', 'Acacia Drive'])}`, sub, `${city}, ${pc}`];
  return { lines, spoken: lines.join(' ').toLowerCase().replace(/,/g, '') };
}

function ptAddress(r: Rng): Addr {
  const [city, cp] = r.pick([['Lisboa', '1100'], ['Porto', '4000'], ['Coimbra', '3000'], ['Braga', '4700'], ['Faro', '8000']] as const);
  const lines = [`${r.pick(['Rua das Flores', 'Travessa do Carmo', 'Avenida da Boavista', 'Rua da Saudade', 'Largo do Chafariz'])} ${r.int(1, 300)}, ${r.int(1, 8)}º ${r.pick(['Esq.', 'Dto.', 'Frente'])}`, `${cp}-${r.digits(3)} ${city}`];
  return { lines, spoken: lines.join(' ').toLowerCase().replace(/,/g, '') };
}

function seAddress(r: Rng): Addr {
  const [city, pc] = r.pick([['Stockholm', '11'], ['Göteborg', '41'], ['Malmö', '21'], ['Uppsala', '75'], ['Umeå', '90']] as const);
  const lines = [`${r.pick(['Storgatan', 'Björkvägen', 'Sjögatan', 'Ekhagsvägen', 'Tallbacken'])} ${r.int(1, 90)}${r.chance(0.4) ? `, lgh ${r.int(1001, 1404)}` : ''}`, `${pc}${r.digits(1)} ${r.digits(2)} ${city}`];
  return { lines, spoken: lines.join(' ').toLowerCase().replace(/,/g, '') };
}

function plAddress(r: Rng): Addr {
  const [city, pc] = r.pick([['Warszawa', '0'], ['Kraków', '3'], ['Gdańsk', '8'], ['Wrocław', '5'], ['Poznań', '6']] as const);
  const lines = [`ul. ${r.pick(['Klonowa', 'Długa', 'Ogrodowa', 'Polna', 'Słoneczna', 'Leśna'])} ${r.int(1, 120)}${r.chance(0.5) ? ` m. ${r.int(1, 60)}` : ''}`, `${pc}${r.digits(1)}-${r.digits(3)} ${city}`];
  return { lines, spoken: lines.join(' ').toLowerCase() };
}

function ngAddress(r: Rng): Addr {
  const lines = r.chance(0.5)
    ? [`Plot ${r.int(1, 90)}, ${r.pick(['Adeola Hopewell Street', 'Palm Grove Estate Road', 'Oduduwa Crescent'])}`, r.pick(['Victoria Island', 'Ikeja GRA', 'Lekki Phase 1']), `Lagos ${r.pick(['101241', '100271', '106104'])}`]
    : [`${r.int(1, 60)} ${r.pick(['Lake Chad Crescent', 'Gana Street', 'Mississippi Close'])}`, r.pick(['Maitama', 'Wuse II', 'Garki']), `Abuja ${r.pick(['904101', '900288'])}`];
  return { lines, spoken: lines.join(' ').toLowerCase().replace(/,/g, '') };
}

function sgAddress(r: Rng): Addr {
  const blk = r.int(100, 699);
  const lines = [`Blk ${blk} ${r.pick(['Ang Mo Kio Avenue 3', 'Tampines Street 21', 'Jurong West Street 42', 'Bedok North Road'])}`, `#${pad(r.int(2, 25))}-${r.int(10, 480)}`, `Singapore ${r.int(1, 8)}${r.digits(2)}${blk}`];
  return { lines, spoken: lines.join(' ').toLowerCase().replace('#', 'hash ') };
}

const ADDRESSERS: Partial<Record<Country, (r: Rng) => Addr>> = {
  US: usAddress, GB: gbAddress, IE: ieAddress, DE: deAddress, FR: frAddress, ES: esAddress, IT: itAddress, NL: nlAddress,
  IN: inAddress, AU: auAddress, CA: caAddress, JP: jpAddress, BR: brAddress, MX: mxAddress, ZA: zaAddress, PT: ptAddress,
  SE: seAddress, PL: plAddress, NG: ngAddress, SG: sgAddress,
};

const address = (r: Rng, c: Country): Addr => (ADDRESSERS[c] ?? usAddress)(r);
const oneLine = (a: Addr): string => a.lines.join(', ');
const multiLine = (a: Addr): string => a.lines.join('\n');

// ---------------------------------------------------------------- dates

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const birth = (r: Rng): Ymd => ({ y: r.int(1936, 2005), m: r.int(1, 12), d: r.int(1, 28) });
const childBirth = (r: Rng): Ymd => ({ y: r.int(2011, 2023), m: r.int(1, 12), d: r.int(1, 28) });
const recent = (r: Rng): Ymd => ({ y: r.int(2022, 2025), m: r.int(1, 12), d: r.int(1, 28) });

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

const under100 = (n: number): string => (n < 20 ? (ONES[n] as string) : `${TENS[Math.floor(n / 10)]}${n % 10 ? `${' '}${ONES[n % 10]}` : ''}`);
const ordinal = (n: number): string => (n <= 20 ? (ORD[n] as string) : n === 30 ? 'thirtieth' : `${TENS[Math.floor(n / 10)]} ${ORD[n % 10]}`);
const yearWords = (y: number): string => (y >= 2000 ? `two thousand${y % 100 ? ` ${r2(y % 100)}` : ''}` : `nineteen ${y % 100 < 10 ? `oh ${ONES[y % 100]}` : under100(y % 100)}`);
const yy = (y: number): string => (y % 100 === 0 ? 'two thousand' : y % 100 < 10 ? `oh ${ONES[y % 100]}` : under100(y % 100));
const r2 = (n: number): string => (n < 10 ? `and ${ONES[n]}` : under100(n));

/** An English date as a speech recogniser writes it when it is said aloud (or half aloud). */
function spokenDate(r: Rng, t: Ymd): string {
  const mon = (MONTHS.en[t.m - 1] as string).toLowerCase();
  switch (r.int(0, 5)) {
    case 0:
      return `${mon} ${ordinal(t.d)} ${yearWords(t.y)}`;
    case 1:
      return `the ${ordinal(t.d)} of ${mon} ${yearWords(t.y)}`;
    case 2:
      return `${mon} ${t.d} ${t.y}`;
    case 3:
      return `${under100(t.m)} ${under100(t.d)} ${yy(t.y)}`;
    case 4:
      return `${t.d}${['th', 'st', 'nd', 'rd'][t.d % 10 > 3 || (t.d > 10 && t.d < 14) ? 0 : t.d % 10]} of ${mon} ${t.y}`;
    default:
      return `${mon} ${ordinal(t.d)} ${yy(t.y)}`;
  }
}

/** A date as people in country `c` type it. */
function dateIn(r: Rng, t: Ymd, c: Country): string {
  const { y, m, d } = t;
  const k = r.int(0, 3);
  switch (c) {
    case 'US':
    case 'PH':
      return [`${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${y}`, `${MONTHS.en[m - 1]} ${d}, ${y}`, `${m}/${d}/${pad(y % 100)}`][k] as string;
    case 'CA':
      return [`${y}-${pad(m)}-${pad(d)}`, `${MONTHS.en[m - 1]} ${d}, ${y}`, `${pad(d)}/${pad(m)}/${y}`, `${y}-${pad(m)}-${pad(d)}`][k] as string;
    case 'GB':
    case 'IE':
    case 'AU':
    case 'ZA':
    case 'IN':
    case 'NG':
    case 'SG':
    case 'KE':
    case 'AE':
      return [`${pad(d)}/${pad(m)}/${y}`, `${d} ${MONTHS.en[m - 1]} ${y}`, `${d} ${(MONTHS.en[m - 1] as string).slice(0, 3)} ${y}`, `${pad(d)}-${pad(m)}-${y}`][k] as string;
    case 'DE':
      return [`${pad(d)}.${pad(m)}.${y}`, `${d}. ${MONTHS.de[m - 1]} ${y}`, `${d}.${m}.${y}`, `${pad(d)}.${pad(m)}.${pad(y % 100)}`][k] as string;
    case 'PL':
      return [`${pad(d)}.${pad(m)}.${y}`, `${pad(d)}.${pad(m)}.${y} r.`, `${y}-${pad(m)}-${pad(d)}`, `${d}.${pad(m)}.${y}`][k] as string;
    case 'FR':
      return [`${pad(d)}/${pad(m)}/${y}`, `${d} ${MONTHS.fr[m - 1]} ${y}`, `${d === 1 ? '1er' : d} ${MONTHS.fr[m - 1]} ${y}`, `${pad(d)}/${pad(m)}/${y}`][k] as string;
    case 'ES':
    case 'MX':
      return [`${pad(d)}/${pad(m)}/${y}`, `${d} de ${MONTHS.es[m - 1]} de ${y}`, `${d}/${m}/${y}`, `${pad(d)}-${pad(m)}-${y}`][k] as string;
    case 'IT':
      return [`${pad(d)}/${pad(m)}/${y}`, `${d} ${MONTHS.it[m - 1]} ${y}`, `${d}/${m}/${y}`, `${pad(d)}.${pad(m)}.${y}`][k] as string;
    case 'PT':
    case 'BR':
      return [`${pad(d)}/${pad(m)}/${y}`, `${d} de ${MONTHS.pt[m - 1]} de ${y}`, `${pad(d)}/${pad(m)}/${y}`, `${d}/${m}/${y}`][k] as string;
    case 'NL':
      return [`${pad(d)}-${pad(m)}-${y}`, `${d} ${MONTHS.nl[m - 1]} ${y}`, `${d}-${m}-${y}`, `${pad(d)}-${pad(m)}-${y}`][k] as string;
    case 'SE':
      return [`${y}-${pad(m)}-${pad(d)}`, `${String(y).slice(2)}${pad(m)}${pad(d)}`, `${y}-${pad(m)}-${pad(d)}`, `${d} ${['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'][m - 1]} ${y}`][k] as string;
    case 'JP':
      return [`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`, `${y}年${pad(m)}月${pad(d)}日`, `${y}.${m}.${d}`][k] as string;
    case 'KR':
      return [`${y}년 ${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}`, `${y}-${pad(m)}-${pad(d)}`, `${y}. ${m}. ${d}.`][k] as string;
  }
}

// ---------------------------------------------------------------- the document builder

type Role = 'A' | 'C' | 'X';

interface Style {
  head(role: Role, name: string, ts: number, n: number): string;
  readonly close: string;
  readonly gap: string;
}

const hms = (s: number): string => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(Math.floor(s) % 60)}`;
const ms = (s: number): string => `${Math.floor(s / 60)}:${pad(Math.floor(s) % 60)}`;

const STYLES: readonly Style[] = [
  { head: (_r, n) => `${n}: `, close: '', gap: '\n' },
  { head: (_r, n, ts) => `[${hms(ts)}] ${n.toUpperCase()}: `, close: '', gap: '\n' },
  { head: (r, _n) => `spk_${r === 'A' ? 0 : r === 'C' ? 1 : 2}: `, close: '', gap: '\n' },
  { head: (r, _n, ts) => `Speaker ${r === 'A' ? 1 : r === 'C' ? 2 : 3}  ${ms(ts)}\n`, close: '', gap: '\n\n' },
  { head: (_r, n) => `>> ${n.toUpperCase()}: `, close: '', gap: '\n' },
  { head: (r) => `${r === 'A' ? 'A' : r === 'C' ? 'C' : 'O'}: `, close: '', gap: '\n' },
  { head: (_r, n, ts) => `${hms(ts)}.${r3(ts)} --> ${hms(ts + 3)}.${r3(ts + 1)}\n<v ${n}>`, close: '', gap: '\n\n' },
  { head: (r, _n, ts) => `{"speaker":"${r === 'A' ? 'agent' : r === 'C' ? 'customer' : 'other'}","start":${ts.toFixed(2)},"text":"`, close: '"}', gap: ',\n' },
  { head: (_r, n, ts) => `${n.toLowerCase()} (${ms(ts)}): `, close: '', gap: '\n' },
  { head: (r, _n, _ts, i) => `${i},${r === 'A' ? 'AGENT' : r === 'C' ? 'CALLER' : 'THIRD'},"`, close: '"', gap: '\n' },
  { head: (_r, n) => `**${n}:** `, close: '', gap: '\n\n' },
  { head: (r, n, ts) => `${ms(ts)} ${r === 'A' ? 'Agent' : r === 'C' ? 'Customer' : n} | `, close: '', gap: '\n' },
];
function r3(x: number): string {
  return pad(Math.floor(x * 397) % 1000, 3);
}

const FILLERS = ['um ', 'uh ', 'uhm ', 'er ', 'like ', 'you know ', 'so ', 'okay so ', 'yeah ', 'erm ', 'hmm ', ''];

class Doc {
  text = '';
  readonly labels: Independent25Label[] = [];
  readonly known: string[] = [];
  /** 0: cased with punctuation; 1: lower-case, no punctuation; 2: cased, no punctuation. */
  asr: 0 | 1 | 2 = 0;
  style: Style = STYLES[0] as Style;
  roles: Record<Role, string> = { A: 'Agent', C: 'Customer', X: 'Interpreter' };
  ts = 0;
  turns = 0;
  open = false;
  selfOn = false;
  constructor(readonly r: Rng) {}

  t(s: string): this {
    this.text += s;
    return this;
  }

  l(type: PiiType, value: string): this {
    if (!value || value.trim() !== value) throw new Error(`untrimmed ${type} value "${value}"`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: start + value.length, value });
    return this;
  }

  /** Spoken words, as the recogniser renders them. */
  s(s: string): this {
    if (this.asr === 1) return this.t(s.toLowerCase().replace(/[.,?!;:]/g, ''));
    if (this.asr === 2) return this.t(s.replace(/[.,?!;:]/g, ''));
    return this.t(s);
  }

  /** A filler word or a false start, sometimes. */
  f(p = 0.45): this {
    if (!this.r.chance(p)) return this;
    return this.s(this.r.pick(FILLERS));
  }

  turn(role: Role): this {
    if (this.open) this.t(this.style.close + this.style.gap);
    this.ts += this.r.int(2, 14) + this.r.next();
    this.turns++;
    this.open = true;
    return this.t(this.style.head(role, this.roles[role], this.ts, this.turns));
  }

  end(): this {
    if (this.open) this.t(this.style.close);
    this.open = false;
    return this;
  }

  /** A name as a speaker says it. */
  said(p: Person, form?: NameForm): this {
    const f = form ?? this.r.pick<NameForm>(['full', 'full', 'given', 'full']);
    let v = nameIn(p, f);
    if (this.asr === 1) v = v.toLowerCase();
    return this.l('PERSON', v);
  }

  /** A name typed in notes; the user's own full name when this document carries knownNames. */
  typed(p: Person, form: NameForm = 'full'): this {
    const v = nameIn(p, form);
    if (form === 'full' && this.selfOn && this.known.length === 0) this.known.push(v);
    return this.l('PERSON', v);
  }

  sayPhone(c: Country, lang: Lang = 'en'): this {
    const v = phone(this.r, c);
    const k = this.r.int(0, 9);
    if (k < 5) return this.l('PHONE', speakNumber(this.r, v, lang));
    if (k < 8) return this.l('PHONE', v.replace(/[().-]/g, ' ').replace(/\s+/g, ' ').trim());
    return this.l('PHONE', v);
  }

  sayEmail(e: string, lang: Lang = 'en'): this {
    if (this.asr !== 1 && this.r.chance(0.3)) return this.l('EMAIL', e);
    return this.l('EMAIL', speakEmail(this.r, e, lang));
  }

  sayDob(t: Ymd, c: Country, lang: Lang = 'en'): this {
    if (lang === 'en' && this.r.chance(0.65)) return this.l('DOB', spokenDate(this.r, t));
    return this.l('DOB', dateIn(this.r, t, c));
  }

  sayAddress(a: Addr): this {
    return this.l('ADDRESS', this.asr === 1 ? a.spoken : this.asr === 2 ? a.spoken.replace(/\b\p{Ll}/gu, (m) => m.toUpperCase()) : oneLine(a));
  }

  entry(): Independent25Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

// ---------------------------------------------------------------- shared bits of calls and notes

const ASR_ADDR: readonly Country[] = ['US', 'GB', 'IE', 'AU', 'CA', 'IN', 'ZA', 'NG', 'SG'];
const EN_PHONE: readonly Country[] = ['US', 'CA', 'GB', 'IE', 'AU', 'IN', 'ZA', 'NG', 'SG', 'PH', 'KE', 'AE'];

const callId = (r: Rng): string => `${r.int(0x10000000, 0x7fffffff).toString(16)}-${r.int(0x1000, 0xffff).toString(16)}-4${r.int(0x100, 0xfff).toString(16)}-${r.int(0x8000, 0xbfff).toString(16)}-${r.int(0x10000000, 0x7fffffff).toString(16)}${r.int(0x1000, 0xffff).toString(16)}`;
const ticket = (r: Rng): string => r.pick([`INC${r.digits(7)}`, `CS-${r.int(100000, 999999)}`, `#${r.int(1000000, 9999999)}`, `CASE-${r.int(2022, 2025)}-${r.digits(6)}`, `TKT${r.digits(8)}`, `SR ${r.digits(4)}-${r.digits(4)}`]);
const stamp = (r: Rng): string => `${r.int(2023, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(7, 21))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
const sha = (r: Rng, n = 40): string => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('');
const dur = (r: Rng): string => `${pad(r.int(2, 38))}:${pad(r.int(0, 59))}`;
const agentId = (r: Rng): string => r.pick([`AG${r.int(1000, 9999)}`, `agent-${r.int(100, 999)}`, `EMP${r.digits(6)}`, `ext. ${r.int(2000, 7999)}`]);

/** Brands, diseases, laws, places and things named after people: never PERSON. */
const EPONYMS = [
  'Alzheimer\'s', 'Parkinson\'s', 'Crohn\'s disease', 'Hodgkin lymphoma', 'Asperger\'s', 'Tourette\'s', 'Down syndrome', 'Lou Gehrig\'s disease',
  'Graves\' disease', 'Hashimoto\'s', 'Bell\'s palsy', 'Raynaud\'s', 'Addison\'s disease', 'Cushing\'s syndrome',
];
const BRANDS = [
  'Wendy\'s', 'Ben & Jerry\'s', 'Tim Hortons', 'McDonald\'s', 'Dr. Martens', 'Johnson & Johnson', 'Ford', 'Tesla', 'Dell', 'Hewlett-Packard',
  'Charles Schwab', 'Ralph Lauren', 'Walt Disney World', 'Marks & Spencer', 'Sainsbury\'s', 'Carrefour', 'Lidl', 'Philips', 'Siemens', 'Porsche',
  'Mercedes-Benz', 'Kellogg\'s', 'Heinz', 'Boots', 'Tommy Hilfiger', 'Chanel', 'Dyson', 'Barnes & Noble', 'Trader Joe\'s', 'Ferrari',
];
const PLACES = [
  'Washington', 'Victoria Station', 'Lincoln Memorial', 'Jefferson City', 'St. Mary\'s Hospital', 'Queen Elizabeth Hospital', 'Kennedy Airport',
  'Charles de Gaulle', 'the Churchill wing', 'Martin Luther King Jr. Blvd', 'King George V Dock', 'Franklin County', 'Lake Victoria',
  'Mount Kosciuszko', 'the Darwin office', 'Sydney', 'Florence', 'Eugene', 'Austin', 'Adelaide', 'Marie Curie Ward',
];
const LAWS = ['the Affordable Care Act', 'HIPAA', 'the Sarbanes-Oxley rules', 'Megan\'s Law', 'the Dodd-Frank Act', 'GDPR', 'the Magnuson-Moss Warranty Act', 'Lemon law', 'the Nobel Prize', 'a Pulitzer'];
const PETS = ['Biscuit', 'Luna', 'Mr. Whiskers', 'Pepper', 'Rocky', 'Daisy', 'Captain', 'Mochi', 'Bruno', 'Sir Barksalot', 'Churro', 'Olive'];
const STORMS = ['Hurricane Helene', 'Storm Ciarán', 'Typhoon Haishen', 'Hurricane Milton', 'Storm Babet', 'Cyclone Alfred'];
const PRODUCTS = ['Fibre Max 900', 'SmartHub 6', 'Premier Plus', 'Gold Shield cover', 'CareConnect app', 'Orion router', 'Nimbus plan', 'Atlas Pro', 'HomeGuard Silver', 'PulseWatch 3'];
const TEAMS = ['Team Falcon', 'Tier 2 Escalations', 'Night Owls', 'Retention Squad', 'Claims Intake East', 'Blue Queue', 'Harbour desk'];

/** A distractor sentence: no PII. */
function trap(r: Rng): string {
  switch (r.int(0, 13)) {
    case 0:
      return `Ref ${ticket(r)} logged at ${stamp(r)}.`;
    case 1:
      return `Order ${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)} shipped via tracking 1Z${fill(r, 'XXXLXXXXXXXXXXXXX').slice(0, 16)}.`;
    case 2:
      return `Customer mentioned ${r.pick(BRANDS)} and the ${r.pick(PRODUCTS)}.`;
    case 3:
      return `History of ${r.pick(EPONYMS)} in the family, noted for triage only.`;
    case 4:
      return `Card ending ${r.digits(4)} (masked ****${r.digits(4)}); full PAN not read back.`;
    case 5:
      return `Firmware v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(0, 99)} build ${sha(r, 7)}.`;
    case 6:
      return `SSN on file ***-**-${r.digits(4)}; caller passed KBA.`;
    case 7:
      return `Routing number ${r.pick(['021000021', '111000025', '026009593', '121000358'])} is the bank's, not the member's.`;
    case 8:
      return `Callback window ${dateIn(r, recent(r), 'US')} between ${r.int(9, 11)} and ${r.int(1, 4)}pm.`;
    case 9:
      return `Policy ${fill(r, 'LLL')}-${r.digits(8)} renews ${dateIn(r, recent(r), 'GB')}.`;
    case 10:
      return `Outage linked to ${r.pick(STORMS)} near ${r.pick(PLACES)}.`;
    case 11:
      return `Escalated to ${r.pick(TEAMS)} (queue ${r.int(10, 99)}).`;
    case 12:
      return `Number given was ***-***-${r.digits(4)}, masked by the IVR.`;
    default:
      return `EIN ${r.int(10, 98)}-${r.digits(7)} belongs to the employer, not the member.`;
  }
}

function setup(d: Doc, a: string, c: string, queue: string, asr?: 0 | 1 | 2): void {
  const r = d.r;
  d.style = r.pick(STYLES);
  d.asr = asr ?? r.pick<0 | 1 | 2>([0, 1, 1, 2]);
  d.roles = { A: a, C: c, X: r.pick(['Interpreter', 'Supervisor', 'Spouse']) };
  d.ts = r.int(0, 20);
  const k = r.int(0, 5);
  if (k === 0) d.t(`Call ID: ${callId(r)} | Queue: ${queue} | Start: ${stamp(r)}\n\n`);
  else if (k === 1) d.t(`=== TRANSCRIPT (auto) ${stamp(r)} dur ${dur(r)} ===\n`);
  else if (k === 2) d.t(`recording_id=${sha(r, 12)} channel=stereo asr_conf=0.${r.int(71, 97)}\n`);
  else if (k === 3) d.t(`Transcript - ${queue} - ${agentId(r)}\n\n`);
}

function notes(d: Doc): Doc {
  const r = d.r;
  d.end();
  return d.t(r.pick(['\n\n--- After-call notes ---\n', '\n\nWRAP-UP (typed by agent):\n', `\n\nCRM update ${stamp(r)}\n`, '\n\nSummary:\n', '\n\n[Agent notes]\n', '\n\nDisposition: Resolved\nNotes: ', '\n\nACW:\n']));
}

const yes = (r: Rng): string => r.pick(['yeah', 'yes', 'yep', 'mhm', 'correct', 'that\'s right', 'yes ma\'am', 'uh huh']);
const hon = (r: Rng): string => r.pick(['Mr. ', 'Mrs. ', 'Ms. ', 'Dr. ', 'Miss ', 'Mx. ']);

// ---------------------------------------------------------------- support calls

function tIspOutage(r: Rng, d: Doc): void {
  const c = r.pick(ASR_ADDR);
  const p = person(r);
  const ag = person(r);
  setup(d, 'Agent', 'Customer', 'Broadband L1');
  d.turn('A').s(`thank you for calling ${r.pick(['Brightwave', 'Copperline', 'Lumen Link'])} my name is `).said(ag, 'given').s(' who am I speaking with');
  d.turn('C').f().s('hi yeah it\'s ').said(p).s(' ').f().s('my internet has been down since this morning');
  d.turn('A').s('sorry about that can you confirm the service address');
  d.turn('C').f().s('sure it\'s ').sayAddress(address(r, c));
  d.turn('A').s('thank you and a good callback number');
  d.turn('C').f().sayPhone(c);
  d.turn('A').s('okay so the modem last checked in from ').l('IP', ipv4(r)).s(` about ${r.int(2, 9)} hours ago `).f().s(`firmware ${r.int(3, 9)}.${r.int(0, 20)}.${r.int(0, 9)} so that's fine`);
  d.turn('C').s(`${yes(r)} the lights are orange`);
  d.turn('A').s(`i'll send a reset ${r.pick(['right now', 'from my side'])} it may take ten minutes`);
  notes(d).t('Cust ').typed(p).t(` reports no sync. WAN ${r.chance(0.5) ? 'IP' : 'addr'} `).l('IP', ip(r)).t(`. ${trap(r)} Remote reset sent, ticket ${ticket(r)}.`);
}

function tRouterIpv6(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick(EN_PHONE);
  setup(d, 'Tech', 'Caller', 'Tier 2 Network');
  d.turn('A').s('can you read me the address on the status page the long one with the colons');
  d.turn('C').s('okay it says ').l('IP', ipv6(r)).s(' ').f().s('and then the gateway is ').l('IP', ipv4(r));
  d.turn('A').s(`great and your port forward is going to `).l('IP', `192.168.${r.int(0, 2)}.${r.int(2, 250)}`).t(`:${r.pick([8080, 443, 3389, 32400, 25565])}`).s(' right');
  d.turn('C').s(`${yes(r)} for the ${r.pick(['plex server', 'minecraft thing', 'camera', 'nas'])}`);
  d.turn('A').s('okay and who is the account holder');
  d.turn('C').s('that\'s my ').s(r.pick(['wife', 'husband', 'dad', 'mum', 'partner'])).s(' ').said(person(r)).s(' but i\'m on it too ').said(p, 'given');
  d.turn('A').s('no problem and an email for the case notes');
  d.turn('C').sayEmail(email(r, p));
  notes(d).t('Port fwd check for ').typed(p).t('. Client [').l('IP', ipv6(r)).t(`]:${r.int(1024, 65000)} unreachable from outside; ISP CGNAT suspected. Callback `).l('PHONE', phone(r, c)).t('.');
}

function tOrderMissing(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick<Country>(['US', 'GB', 'CA', 'AU', 'IE']);
  setup(d, 'Associate', 'Customer', 'Orders');
  d.turn('A').s(`hi you've reached order support this is `).said(person(r), 'given').s(' can I start with the email on the order');
  d.turn('C').f(0.8).s('yeah it\'s ').sayEmail(email(r, p));
  d.turn('A').s(`and the order number starts with ${r.int(100, 999)}`);
  d.turn('C').s(`${r.int(100, 999)} ${r.digits(7)} ${r.digits(7)} `).f().s('it says delivered but it is not here');
  d.turn('A').s('I\'m sorry let me confirm the delivery address');
  d.turn('C').sayAddress(address(r, c));
  d.turn('A').s('and the name on the order');
  d.turn('C').said(p, r.pick<NameForm>(['full', 'full', 'comma'])).s(' ').f().s(`i ordered a ${r.pick(PRODUCTS)} from ${r.pick(BRANDS)}`);
  notes(d).t('Reship approved for ').typed(p).t('. Ship-to:\n').l('ADDRESS', multiLine(address(r, c))).t(`\n${trap(r)}`);
}

function tAccountRecovery(r: Rng, d: Doc): void {
  const p = person(r);
  const e = email(r, p);
  setup(d, 'Agent', 'User', 'Account Security');
  d.turn('C').f().s('hi i got locked out of my account ').f().s('i think someone changed the password');
  d.turn('A').s('let\'s get that sorted can you spell the email for me');
  const [loc = '', dom = ''] = e.split('@');
  d.turn('C').s('okay it\'s ').l('EMAIL', `${loc.split('').map((ch) => (ch === '.' ? 'dot' : ch === '_' ? 'underscore' : ch === '-' ? 'dash' : ch)).join(' ')} at ${dom.replace(/\./g, ' dot ')}`);
  d.turn('A').s('and your date of birth please');
  d.turn('C').f().sayDob(birth(r), 'US');
  d.turn('A').s('I see a login from ').l('IP', ip(r)).s(` on ${dateIn(r, recent(r), 'US')} was that you`);
  d.turn('C').s('no i was asleep ').f().s('i\'m near ').s(r.pick(['Sydney', 'Austin', 'Adelaide', 'Florence', 'Eugene']));
  d.turn('A').s(`okay I'll lock the session and send a reset link to the backup address the one at ${r.pick(['outlook', 'gmail', 'yahoo'])} correct`);
  d.turn('C').s(yes(r));
  notes(d).t(`ATO suspected. User `).typed(p).t(' (').l('EMAIL', e).t(`) - foreign login `).l('IP', ipv4(r)).t(` blocked. MFA reset. ${trap(r)}`);
}

function tMobilePort(r: Rng, d: Doc): void {
  const c = r.pick(EN_PHONE);
  const p = person(r);
  setup(d, 'Rep', 'Customer', 'Porting');
  d.turn('A').s('what number are we bringing over today');
  d.turn('C').f().sayPhone(c);
  d.turn('A').s(`and the account PIN with the old carrier not the SIM PIN`);
  d.turn('C').s(`${r.digits(4)} `).f().s(`wait no ${r.digits(6)}`);
  d.turn('A').s('thanks and the temporary number on the new SIM');
  d.turn('C').s('it\'s ').l('PHONE', phone(r, c)).s(' ').f().s('i think');
  d.turn('A').s('perfect and your full name as it appears on the old bill');
  d.turn('C').said(p, r.pick<NameForm>(['full', 'caps', 'full'])).s(` my ${r.pick(['son', 'daughter'])} `).said(person(r), 'given').s(' uses the other line');
  notes(d).t(`Port-in ${ticket(r)} for `).typed(p).t(`. IMEI ${r.digits(15)} (not a card). ${trap(r)}`);
}

function tSubscriptionCancel(r: Rng, d: Doc): void {
  const p = person(r);
  setup(d, 'Agent', 'Member', 'Retention');
  d.turn('A').s(`thanks for calling this is `).said(person(r), 'given').s(` in ${r.pick(TEAMS)} can I have your name`);
  d.turn('C').s(`it's ${hon(r).toLowerCase()}`).said(p, 'family').s(' ').f().s('i want to cancel the ').s(r.pick(PRODUCTS));
  d.turn('A').s(`sorry to see you go ${r.pick(['can I confirm', 'could you confirm'])} the card ending ${r.digits(4)}`);
  d.turn('C').s(`no that's the old one the new one is `).l('CARD', card(r)).s(' expiry ').s(`${pad(r.int(1, 12))} ${r.int(26, 31)}`);
  d.turn('A').s('got it and the email for the confirmation');
  d.turn('C').sayEmail(email(r, p));
  notes(d).t('Cancel req from ').typed(p).t(`. Retention offer declined. Refund to new card (masked ${r.pick(['****', 'XXXX-XXXX-XXXX-'])}${r.digits(4)}). ${trap(r)}`);
}

function tVoicemail(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick(EN_PHONE);
  d.asr = r.pick<0 | 1 | 2>([0, 1, 1]);
  d.t(r.pick([`Voicemail transcription (${dur(r)}) from `, `New voicemail - ${stamp(r)} - caller ID `, 'VM to text: from ']));
  d.l('PHONE', phone(r, c)).t('\n\n');
  d.s('hi ').f().s(r.pick(['this message is for ', 'hey it\'s a message for '])).said(person(r), r.pick<NameForm>(['given', 'full'])).s(' ').f().s('my name is ').said(p).s(' ');
  d.s(`i'm calling about ${r.pick(['the claim', 'my bill', 'the appointment on tuesday', 'the refund'])} `).f().s('you can call me back on ').sayPhone(c).s(' ');
  if (r.chance(0.5)) d.s('or email ').sayEmail(email(r, p)).s(' ');
  d.s(r.pick(['thanks bye', 'okay thank you bye bye', 'cheers', 'talk soon']));
  d.t(`\n\n(confidence ${r.int(60, 96)}%) `);
  if (r.chance(0.5)) d.t('Assigned to ').typed(p, 'full').t(`'s case ${ticket(r)}.`);
}

function tDeliveryReschedule(r: Rng, d: Doc): void {
  const c = r.pick<Country>(['GB', 'DE', 'FR', 'NL', 'IE', 'AU', 'US', 'ES', 'IT', 'PT', 'SE', 'PL']);
  const p = person(r);
  setup(d, 'Courier desk', 'Recipient', 'Deliveries');
  d.turn('A').s(`parcel ${fill(r, 'LLXXXXXXXXXGB')} is that for `).said(p, 'given');
  d.turn('C').s(`${yes(r)} `).f().s(`i won't be home on ${dateIn(r, recent(r), c)} can you do saturday`);
  d.turn('A').s('sure can you confirm the mobile for the driver');
  d.turn('C').sayPhone(c);
  d.turn('A').s('and leave with a neighbour ok');
  d.turn('C').s(`yes number ${r.int(2, 80)} `).f().s(`mrs `).said(person(r), 'family').s(' she\'s always in');
  notes(d).t('Redelivery booked. Deliver to:\n').typed(p).t('\n').l('ADDRESS', multiLine(address(r, c))).t(`\nSafe place: porch. Not before ${pad(r.int(8, 11))}:00. ${trap(r)}`);
}

function tCrmUpdate(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick<Country>(['US', 'GB', 'DE', 'FR', 'ES', 'NL', 'IN', 'AU', 'CA', 'BR', 'MX', 'IT']);
  d.t(`CRM UPDATE | ${stamp(r)} | by ${agentId(r)}\n`);
  d.t('Contact: ').typed(p, r.pick<NameForm>(['full', 'comma'])).t('\n');
  d.t(r.pick(['Phone (mobile): ', 'Tel: ', 'CB#: '])).l('PHONE', phone(r, c));
  if (r.chance(0.4)) d.t(` ext. ${r.int(10, 999)}`);
  d.t('\nEmail: ').l('EMAIL', email(r, p)).t('\n');
  d.t(r.pick(['DOB: ', 'Date of birth: ', 'D.O.B. '])).l('DOB', dateIn(r, birth(r), c)).t('\n');
  if (r.chance(0.35)) d.t('Card on file: ').l('CARD', card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)}\n`);
  d.t('Mailing address:\n').l('ADDRESS', multiLine(address(r, c))).t('\n');
  d.t(`Last contact: ${dateIn(r, recent(r), c)}\nTags: ${r.pick(TEAMS)}, ${r.pick(PRODUCTS)}\nNote: ${trap(r)}`);
}

function tAiSummary(r: Rng, d: Doc): void {
  const p = person(r);
  const ag = person(r);
  const c = r.pick(EN_PHONE);
  d.t(r.pick(['AI call summary (draft, agent-reviewed)\n', 'Auto-summary v2 - please verify\n', 'Generated summary:\n']));
  d.t('- Caller: ').typed(p).t(r.chance(0.5) ? ' (verified via DOB ' : ' (DOB ').l('DOB', dateIn(r, birth(r), c === 'US' ? 'US' : 'GB')).t(')\n');
  d.t('- Agent: ').typed(ag, 'given').t(` (${agentId(r)})\n`);
  d.t(`- Reason: ${r.pick(['billing dispute', 'plan change', 'claim status', 'lost card', 'address change'])}\n`);
  d.t('- Callback: ').l('PHONE', phone(r, c)).t('\n');
  if (r.chance(0.6)) d.t('- Email on file updated to ').l('EMAIL', email(r, p)).t('\n');
  if (r.chance(0.3)) d.t('- New card added: ').l('CARD', card(r)).t(' (caller read it out; mask in recording)\n');
  d.t(`- Sentiment: ${r.pick(['negative -> neutral', 'neutral', 'frustrated'])}\n- ${trap(r)}`);
}

function tChatToCall(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick(EN_PHONE);
  d.t(`[chat ${stamp(r)}] Visitor: hi can someone call me? i'm `).l('PERSON', nameIn(p, 'lower')).t(' my number is ').l('PHONE', phone(r, c)).t('\n');
  d.t(`[chat] Bot: Thanks! An advisor will call you within ${r.int(5, 30)} minutes.\n\n`);
  setup(d, 'Advisor', 'Visitor', 'Callback');
  d.turn('A').s(`hi is that `).said(p, 'given').s(' calling about the web chat');
  d.turn('C').s(`${yes(r)} `).f().s(`i couldn't log in from work the IT guy says our IP is `).l('IP', ipv4(r)).s(' and it\'s blocked');
  d.turn('A').s('let me whitelist that one moment ').f().s('done');
  notes(d).t('Unblocked office IP for ').typed(p).t(`. ${trap(r)}`);
}

function tIvrLog(r: Rng, d: Doc): void {
  const p = person(r);
  d.t(`IVR session ${sha(r, 16)}\n`);
  d.t(`${hms(r.int(0, 60))} ANI: `).l('PHONE', phone(r, 'US')).t('\n');
  d.t(`${hms(r.int(61, 90))} menu=1 (billing)\n`);
  d.t(`${hms(r.int(91, 120))} prompt: say or enter your date of birth\n`);
  d.t(`${hms(r.int(121, 140))} asr_result: "`).l('DOB', spokenDate(r, birth(r))).t(`" conf=0.${r.int(60, 99)}\n`);
  d.t(`${hms(r.int(141, 160))} dtmf_ssn_last4=${r.digits(4)} (masked)\n`);
  d.t(`${hms(r.int(161, 200))} transfer -> queue ${r.int(100, 400)}\n`);
  d.t('Agent screen-pop: ').typed(p).t(` | acct ${r.digits(10)} | ${trap(r)}`);
}

// ---------------------------------------------------------------- insurance calls

function tAutoClaim(r: Rng, d: Doc): void {
  const p = person(r);
  const other = person(r);
  const c = r.pick<Country>(['US', 'CA', 'GB', 'AU', 'IE']);
  setup(d, 'Adjuster', 'Claimant', 'FNOL Auto');
  d.turn('A').s(`this call is recorded for quality first notice of loss can I get the policyholder's name`);
  d.turn('C').said(p).s(` policy ${fill(r, 'LL')}${r.digits(7)}`);
  d.turn('A').s('and what happened');
  d.turn('C').f().s(`i was stopped at the light on ${r.pick(['Main and 5th', 'the corner by the Walgreens', 'Elm near the school', 'the roundabout by Tesco'])} and `).f().s(`a ${r.pick(['Ford', 'Toyota', 'Tesla', 'Honda'])} rear-ended me`);
  d.turn('A').s('did you get the other driver\'s details');
  d.turn('C').s(`${yes(r)} `).said(other).s(' ').f().s('her number is ').sayPhone(c);
  d.turn('A').s('and your date of birth for verification');
  d.turn('C').sayDob(birth(r), c);
  notes(d).t('FNOL: insured ').typed(p).t(', other party ').typed(other, r.pick<NameForm>(['full', 'comma', 'caps'])).t(`. Loss date ${dateIn(r, recent(r), c)}. Rental authorised. ${trap(r)}`);
}

function tHomeClaimEu(r: Rng, d: Doc): void {
  const cc = r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'BE', 'AT', 'IE', 'PT', 'FI']);
  const c: Country = (['DE', 'NL', 'FR', 'ES', 'IT', 'IE', 'PT'].includes(cc) ? cc : 'DE') as Country;
  const p = person(r);
  setup(d, 'Claims handler', 'Policyholder', 'Property EU', r.pick<0 | 1 | 2>([0, 2]));
  d.turn('A').s(`so the water came through the ceiling on the ${r.int(1, 28)}th and you'd like the payout by transfer`);
  d.turn('C').s(`yes to my account it's `).l('IBAN', group4(ibanCompact(r, cc))).s(' ').f().s('in my name ').said(p);
  d.turn('A').s('and the insured address');
  d.turn('C').l('ADDRESS', oneLine(address(r, c)));
  d.turn('A').s(`thanks the assessor ${r.pick(['Herr', 'Mr', 'Mme', 'Sr.'])} `).said(person(r), 'family').s(' will call you');
  notes(d).t(`Claim ${ticket(r)} - escape of water. Payee `).typed(p).t(', IBAN ').l('IBAN', ibanFmt(r, ibanCompact(r, cc))).t(`. Old IBAN ${badIban(r, cc)} rejected (checksum). ${trap(r)}`);
}

function tHealthEligibility(r: Rng, d: Doc): void {
  const p = person(r);
  const prov = person(r);
  setup(d, 'Rep', 'Provider office', 'Provider Services', r.pick<0 | 1>([0, 1]));
  d.turn('A').s(`provider services this is `).said(person(r), 'given').s(' may I have the NPI');
  d.turn('C').s(`${r.digits(10)} this is `).said(prov, 'given').s(` calling from Dr. `).said(person(r), 'family').s('\'s office');
  d.turn('A').s('thank you patient name and date of birth');
  d.turn('C').said(p, r.pick<NameForm>(['full', 'comma'])).s(' ').f().s('born ').sayDob(birth(r), 'US');
  d.turn('A').s(`and member ID`);
  d.turn('C').s(`${fill(r, 'LLL')}${r.digits(9)} `).f().s('and they gave us the social too ').l('NATIONAL_ID', ssn(r));
  d.turn('A').s(`okay the plan is active through ${dateIn(r, recent(r), 'US')} ${r.pick(['copay is forty dollars', 'deductible met'])}`);
  notes(d).t('Elig verified for ').typed(p).t(`. Caller ${r.pick(['MA', 'front desk', 'billing'])} `).typed(prov, 'given').t(`. ${trap(r)}`);
}

function tLifeBeneficiary(r: Rng, d: Doc): void {
  const p = person(r);
  const b1 = person(r);
  const b2 = person(r);
  setup(d, 'Agent', 'Policy owner', 'Life Service');
  d.turn('C').f().s(`i want to update my beneficiaries after the divorce`);
  d.turn('A').s('of course I\'ll need your social to verify');
  d.turn('C').l('NATIONAL_ID', ssn(r, r.pick(['-', ' ', '']))).s(' ').f().s('and i\'m ').said(p);
  d.turn('A').s('who would you like to add');
  d.turn('C').s('my daughter ').said(b1).s(' born ').sayDob(birth(r), 'US').s(' and my brother ').said(b2, 'given');
  d.turn('A').s(`fifty fifty or`);
  d.turn('C').s(`${r.pick(['seventy thirty', 'sixty forty', 'fifty fifty'])} please`);
  notes(d).t('Bene change: primary ').typed(b1).t(', contingent ').typed(b2).t(`. Owner `).typed(p).t(` SSN `).l('NATIONAL_ID', ssn(r, '-')).t(`. Form sent. ${trap(r)}`);
}

function tTravelClaim(r: Rng, d: Doc): void {
  const p = person(r);
  const home = r.pick<Country>(['GB', 'IE', 'DE', 'NL', 'FR']);
  const cc = home === 'GB' ? 'GB' : home;
  setup(d, 'Assistance', 'Traveller', '24h Travel Assist');
  d.turn('A').s('emergency assistance line where are you calling from');
  d.turn('C').f().s(`i'm in ${r.pick(['Florence', 'Lisbon', 'Bangkok', 'Cancún', 'Cape Town'])} my husband fell and they want a deposit`);
  d.turn('A').s('what is the patient\'s name and date of birth');
  d.turn('C').said(p).s(' ').sayDob(birth(r), home === 'GB' || home === 'IE' ? 'GB' : home, 'en');
  d.turn('A').s('and a local number we can reach you on');
  d.turn('C').sayPhone(r.pick<Country>(['IT', 'PT', 'MX', 'ZA', 'ES']));
  d.turn('A').s('we\'ll guarantee the deposit and reimburse the rest to your account');
  d.turn('C').s(`it's `).l('IBAN', group4(ibanCompact(r, cc)));
  notes(d).t('Med assist opened for ').typed(p).t(`. Hospital: ${r.pick(PLACES)} (not a home address). ${trap(r)}`);
}

function tPetInsurance(r: Rng, d: Doc): void {
  const p = person(r);
  const pet = r.pick(PETS);
  setup(d, 'Agent', 'Owner', 'Pet Cover');
  d.turn('A').s('and the pet\'s name and date of birth');
  d.turn('C').s(`${pet} `).f().s(`she was born ${dateIn(r, recent(r), 'GB')} so she's only a puppy`);
  d.turn('A').s('lovely and the policyholder');
  d.turn('C').said(p).s(' ').f().s('my email is ').sayEmail(email(r, p));
  d.turn('A').s(`the vet ${r.pick(['Dr. ', 'Dr '])}`).said(person(r), 'family').s(' sent the invoice dated ').s(dateIn(r, recent(r), 'GB'));
  notes(d).t(`Pet: ${pet} (${r.pick(['Cockapoo', 'Maine Coon', 'Labrador', 'Dachshund'])}). Owner `).typed(p).t(`. Claim amt £${r.int(80, 2400)}. ${trap(r)}`);
}

function tAdjusterNotes(r: Rng, d: Doc): void {
  const p = person(r);
  const w = person(r);
  const c = r.pick<Country>(['US', 'CA', 'AU']);
  d.t(`ADJUSTER LOG ${ticket(r)}\n${stamp(r)} - call w/ insured `).typed(p).t('. ');
  d.t(`Witness ${r.pick(['', 'Mr. ', 'Ms. '])}`).typed(w, r.pick<NameForm>(['initial', 'family', 'full'])).t(' reachable at ').l('PHONE', phone(r, c)).t('.\n');
  d.t(`${stamp(r)} - Risk address: `).l('ADDRESS', oneLine(address(r, c))).t(`. Roof inspection ${dateIn(r, recent(r), c)}.\n`);
  d.t(`${stamp(r)} - ${trap(r)}\n${stamp(r)} - Insured DOB `).l('DOB', dateIn(r, birth(r), c)).t(' confirmed; SSN ').l('NATIONAL_ID', ssn(r)).t(' matched ISO ClaimSearch.');
}

// ---------------------------------------------------------------- healthcare and telehealth

function tTelehealthIntake(r: Rng, d: Doc): void {
  const p = person(r);
  const doc = person(r);
  const c = r.pick<Country>(['US', 'CA', 'GB', 'AU', 'IE', 'IN']);
  setup(d, 'Nurse', 'Patient', 'Virtual Care');
  d.roles.A = r.pick(['Nurse', 'RN', 'Intake']);
  d.turn('A').s('before we start can you confirm your full name and date of birth');
  d.turn('C').f().said(p).s(' ').f().sayDob(birth(r), c);
  d.turn('A').s('and where are you physically located right now for the licence');
  d.turn('C').s('at home ').sayAddress(address(r, c));
  d.turn('A').s(`okay ${r.pick(['Dr.', 'Dr'])} `).said(doc, r.pick<NameForm>(['family', 'full'])).s(' will join in a minute is this ').s(r.pick(['the best number', 'a good number'])).s(' if we drop');
  d.turn('C').sayPhone(c);
  notes(d).t('Televisit intake: ').typed(p).t(`. Sx: ${r.pick(['sore throat x3d', 'rash', 'UTI sx', 'migraine'])}. PMH ${r.pick(EPONYMS)}. Provider `).typed(doc, 'initial').t(`. ${trap(r)}`);
}

function tSoapNote(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick<Country>(['US', 'CA', 'GB', 'AU']);
  d.t(`TELEHEALTH NOTE (video, ${r.int(9, 35)} min)\nPatient: `).typed(p, r.pick<NameForm>(['full', 'comma', 'caps'])).t('  DOB: ').l('DOB', dateIn(r, birth(r), c)).t(`  MRN ${r.digits(8)}\n`);
  d.t(`S: ${r.int(24, 80)}yo reports ${r.pick(['cough', 'low back pain', 'anxiety', 'ankle swelling'])}; family hx ${r.pick(EPONYMS)}.\n`);
  d.t(`O: Visual exam only. BP self-reported ${r.int(105, 150)}/${r.int(65, 95)}.\nA/P: ${r.pick(['Viral URI', 'Mechanical LBP', 'GAD'])}. Follow-up ${dateIn(r, recent(r), c)}.\n`);
  d.t('Pharmacy: ').t(r.pick(['Boots', 'CVS', 'Walgreens', 'Shoppers Drug Mart', 'Chemist Warehouse'])).t(', ').l('ADDRESS', oneLine(address(r, c))).t('\n');
  d.t('Signed: ').typed(person(r), r.pick<NameForm>(['full', 'initial'])).t(r.pick([', MD', ', NP', ' PA-C', ', FNP-BC']));
}

function tAppointment(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick<Country>(['US', 'GB', 'AU', 'CA', 'IE', 'SG', 'ZA']);
  setup(d, 'Scheduler', 'Patient', 'Appointments');
  d.turn('A').s(`${r.pick(['Mayo', 'Cleveland', 'Hopkins', 'Meridian'])} clinic scheduling how can I help`);
  d.turn('C').f().s('i need to move my appointment with doctor ').said(person(r), 'family');
  d.turn('A').s('sure what\'s the patient\'s date of birth');
  d.turn('C').f().s('it\'s ').sayDob(birth(r), c).s(' ').f().s('and the name is ').said(p, r.pick<NameForm>(['full', 'comma', 'full']));
  d.turn('A').s(`I have ${dateIn(r, recent(r), c)} at ${r.int(1, 4)} would that work`);
  d.turn('C').s(`${yes(r)} `).f().s(`and can you text the reminder to `).sayPhone(c);
  notes(d).t('Resched for ').typed(p).t(`. New slot ${dateIn(r, recent(r), c)} ${pad(r.int(8, 16))}:${r.pick(['00', '15', '30', '45'])}. ${trap(r)}`);
}

function tRefill(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick<Country>(['US', 'CA', 'AU', 'GB']);
  setup(d, 'Pharmacist', 'Caller', 'Rx Line');
  d.turn('C').f().s(`calling for a refill for my ${r.pick(['mother', 'father', 'grandmother', 'husband'])} she has ${r.pick(EPONYMS)}`);
  d.turn('A').s('okay the patient name and birthday');
  d.turn('C').said(p).s(' ').f().sayDob(birth(r), c);
  d.turn('A').s(`I see ${r.pick(['carbidopa', 'donepezil', 'levothyroxine', 'metformin'])} ${r.pick(['25 100', '10 mg', '50 mcg'])} last filled ${dateIn(r, recent(r), c)}`);
  d.turn('C').s(`${yes(r)} and can it be delivered to `).sayAddress(address(r, c));
  d.turn('A').s(`that's the ${r.pick(['Franklin', 'Lincoln', 'Jefferson'])} street store area fine`);
  notes(d).t('Refill queued, patient ').typed(p, r.pick<NameForm>(['full', 'comma'])).t(`. Caregiver on HIPAA form. ${trap(r)}`);
}

function tNurseTriage(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick(EN_PHONE);
  setup(d, 'Triage nurse', 'Caller', 'Nurse Line');
  d.turn('A').s('nurse line what\'s the patient\'s name');
  d.turn('C').f().said(p, r.pick<NameForm>(['given', 'full'])).s(` he's ${r.int(2, 14)} `).f().s('he has a fever of a hundred and two');
  d.turn('A').s(`okay and his date of birth`);
  d.turn('C').sayDob(childBirth(r), c === 'US' ? 'US' : 'GB');
  d.turn('A').s('and a callback number in case we get cut off');
  d.turn('C').sayPhone(c);
  d.turn('A').s(`I'd like him seen today the urgent care on ${r.pick(PLACES)} is open till eight`);
  notes(d).t('Triage: ').typed(p).t(`, fever. Disposition: UC within 4h. Protocol ${r.pick(['Schmitt-Thompson', 'Barton-Schmitt'])} fever-child. ${trap(r)}`);
}

function tLabResults(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick<Country>(['US', 'GB', 'CA', 'AU']);
  setup(d, 'Clinic', 'Patient', 'Results');
  d.turn('A').s('hi this is ').said(person(r), 'given').s(' from the oncology clinic am I speaking with ').said(p, r.pick<NameForm>(['full', 'given']));
  d.turn('C').s(`${yes(r)}`);
  d.turn('A').s('for security can you confirm your date of birth');
  d.turn('C').f().sayDob(birth(r), c);
  d.turn('A').s(`thank you the biopsy ruled out ${r.pick(['Hodgkin lymphoma', 'Crohn\'s', 'Cushing\'s syndrome'])} and doctor `).said(person(r), 'family').s(` wants to see you on ${dateIn(r, recent(r), c)}`);
  notes(d).t('Results given to ').typed(p).t(` by phone (2 identifiers). ${trap(r)}`);
}

function tNhs111(r: Rng, d: Doc): void {
  const p = person(r);
  setup(d, 'Call handler', 'Caller', 'Urgent Care GB');
  d.turn('A').s('can I take the patient\'s postcode and NHS number if you have it');
  const a = gbAddress(r);
  d.turn('C').f().s(`the NHS number is ${r.digits(3)} ${r.digits(3)} ${r.digits(4)} `).f().s('and we\'re at ').l('ADDRESS', oneLine(a));
  d.turn('A').s('and the patient\'s name and date of birth');
  d.turn('C').said(p).s(' ').sayDob(birth(r), 'GB');
  d.turn('A').s('and the GP surgery');
  d.turn('C').s(`the ${r.pick(['Darwin', 'Nightingale', 'Fleming', 'Jenner'])} practice on the high street`);
  d.turn('A').s('a clinician will call back on ').sayPhone('GB');
  notes(d).t('111 call for ').typed(p).t(`. Dx: ${r.pick(['cat 3 ambulance', 'ED within 1h', 'GP within 6h'])}. ${trap(r)}`);
}

// ---------------------------------------------------------------- banking calls

function tLostCard(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick<Country>(['US', 'GB', 'CA', 'AU', 'IE', 'SG', 'IN']);
  setup(d, 'Agent', 'Cardholder', 'Card Services');
  d.turn('C').f().s('i lost my card i think it was stolen at the ').s(r.pick(BRANDS));
  d.turn('A').s('I\'m sorry can you read me the card number if you have it');
  const lost = cardDigits(r);
  const pairs = d.asr === 1 && r.chance(0.4);
  d.turn('C').s('yeah i have a photo ').l('CARD', pairs ? lost.d.replace(/(\d{2})(?=\d)/g, '$1 ') : groupCard(r, lost.d)).s(' ').f().s('that one');
  d.turn('A').s('and the cardholder name and date of birth');
  d.turn('C').said(p).s(' ').sayDob(birth(r), c);
  d.turn('A').s('I\'ve blocked it the replacement goes to ').sayAddress(address(r, c)).s(' is that right');
  d.turn('C').s(yes(r));
  notes(d).t('Card blocked, reissue ordered for ').typed(p).t(`. Old PAN ending ${r.digits(4)}. Disputed txns: ${r.int(1, 4)}. ${trap(r)}`);
}

function tFraudDispute(r: Rng, d: Doc): void {
  const p = person(r);
  setup(d, 'Fraud analyst', 'Customer', 'Fraud');
  d.turn('A').s(`I see charges at ${r.pick(BRANDS)} and ${r.pick(BRANDS)} were those yours`);
  d.turn('C').f().s('no none of them ').f().s('the card is ').l('CARD', card(r));
  d.turn('A').s(`thank you the other number you gave me ${badCard(r)} doesn't pass the check so we'll use that one`);
  d.turn('C').s('okay and my name is ').said(p, r.pick<NameForm>(['full', 'caps'])).s(' email ').sayEmail(email(r, p));
  d.turn('A').s(`provisional credit of ${r.int(20, 900)} dollars posted`);
  notes(d).t('Dispute ').t(ticket(r)).t(' for ').typed(p).t(`. Test number ${badCard(r)} (fails Luhn) given by caller first. Device IP `).l('IP', ip(r)).t('.');
}

function tSepaTransfer(r: Rng, d: Doc): void {
  const p = person(r);
  const ben = person(r);
  const cc = r.pick(EU_IBAN);
  setup(d, 'Banker', 'Client', 'Payments', r.pick<0 | 1 | 2>([0, 1, 2]));
  d.turn('C').f().s('i need to send a payment to ').said(ben).s(' for the rent');
  d.turn('A').s('sure what\'s the beneficiary IBAN');
  const ib = ibanCompact(r, cc);
  const spoken = r.chance(0.4) ? `${ib.charAt(0)} ${ib.charAt(1)} ${group4(ib.slice(2))}` : group4(ib);
  d.turn('C').s('it\'s ').l('IBAN', d.asr === 1 ? spoken.toLowerCase() : spoken);
  d.turn('A').s(`and the reference`);
  d.turn('C').s(`rent ${MONTHS.en[r.int(0, 11)]} `).f().s(`invoice ${r.int(2024, 2025)}-${r.digits(4)}`);
  d.turn('A').s(`I'll send a code to `).sayPhone(r.pick<Country>(['GB', 'DE', 'FR', 'NL', 'ES', 'IE']));
  notes(d).t('Client ').typed(p).t(` authorised ${r.pick(['SEPA', 'SWIFT', 'Faster Payments'])} to `).typed(ben).t(' ').l('IBAN', ibanFmt(r, ib)).t(`. BIC ${fill(r, 'LLLL')}${cc}${fill(r, 'LL')}. ${trap(r)}`);
}

function tAccountOpening(r: Rng, d: Doc): void {
  const p = person(r);
  setup(d, 'Banker', 'Applicant', 'New Accounts', r.pick<0 | 1 | 2>([0, 1]));
  d.turn('A').s('to open the account I need your social security number');
  d.turn('C').f().l('NATIONAL_ID', ssn(r, r.pick(['-', ' ', '']))).s(' ').f().s('sorry that\'s right');
  d.turn('A').s('and date of birth');
  d.turn('C').sayDob(birth(r), 'US');
  d.turn('A').s('home address');
  d.turn('C').sayAddress(usAddress(r));
  d.turn('A').s('and email for e-statements');
  d.turn('C').sayEmail(email(r, p));
  d.turn('A').s('employer');
  d.turn('C').s(`${r.pick(['Kellogg\'s', 'Walt Disney World', 'Johnson & Johnson', 'Dell'])} their EIN is on my W-2 ${r.int(10, 98)}-${r.digits(7)}`);
  notes(d).t('New DDA opened: ').typed(p).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(`, CIP passed. Routing ${r.pick(['021000021', '011000138'])}. ${trap(r)}`);
}

function tMortgage(r: Rng, d: Doc): void {
  const p = person(r);
  const co = person(r);
  setup(d, 'Loan officer', 'Borrower', 'Mortgage');
  d.turn('C').f().s(`we're refinancing the house at `).sayAddress(usAddress(r));
  d.turn('A').s('and the co-borrower');
  d.turn('C').s('my wife ').said(co).s(' her social ends in ').s(r.digits(4));
  d.turn('A').s('I\'ll need the full one for the credit pull');
  d.turn('C').l('NATIONAL_ID', ssn(r));
  d.turn('A').s('and best number');
  d.turn('C').sayPhone('US');
  notes(d).t('Refi app for ').typed(p).t(' & ').typed(co).t(`. Loan # ${r.digits(10)}. Rate lock exp ${dateIn(r, recent(r), 'US')}. ${trap(r)}`);
}

function tTaxPrep(r: Rng, d: Doc): void {
  const p = person(r);
  const dep = person(r);
  setup(d, 'Preparer', 'Client', 'Tax Desk');
  d.turn('A').s('I need the SSN for your dependent');
  d.turn('C').s('for ').said(dep, 'given').s(' it\'s ').l('NATIONAL_ID', ssn(r)).s(' and she was born ').sayDob(childBirth(r), 'US');
  d.turn('A').s(`and the daycare EIN`);
  d.turn('C').s(`${r.int(10, 98)}-${r.digits(7)} `).f().s('and the direct deposit routing ').s(r.pick(['021000021', '111000025', '122105278'])).s(` account ${r.digits(10)}`);
  d.turn('A').s('and your own social');
  d.turn('C').l('NATIONAL_ID', ssn(r, ' '));
  notes(d).t('1040 prep - taxpayer ').typed(p).t(', dependent ').typed(dep, 'given').t(`. Refund via DD. ${trap(r)}`);
}

function tBankCrm(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick<Country>(['GB', 'DE', 'FR', 'ES', 'NL', 'IT', 'PT', 'IE']);
  const cc = c;
  d.t(`Banking CRM | case ${ticket(r)} | ${stamp(r)}\n`);
  d.t('Customer name: ').typed(p).t('\nVerified via: DOB ').l('DOB', dateIn(r, birth(r), c)).t(' + OTP\n');
  d.t('Primary account: ').l('IBAN', ibanFmt(r, ibanCompact(r, cc))).t('\n');
  d.t('Card: ').l('CARD', card(r, r.pick<Net>(['visa', 'mc']))).t(r.pick([' (debit)', ' (credit)', '']) + '\n');
  d.t('Contact: ').l('PHONE', phone(r, c)).t(' / ').l('EMAIL', email(r, p)).t('\n');
  d.t(`Action: ${r.pick(['raised limit', 'unblocked card', 'replaced card', 'closed savings pot'])}. ${trap(r)}`);
}

function tDirectDebitUk(r: Rng, d: Doc): void {
  const p = person(r);
  setup(d, 'Advisor', 'Customer', 'Direct Debits');
  d.turn('A').s('can I take the sort code and account number');
  d.turn('C').s(`${r.digits(2)}-${r.digits(2)}-${r.digits(2)} and ${r.digits(8)} `).f().s('or do you want the long one the IBAN');
  d.turn('A').s('both please');
  d.turn('C').l('IBAN', group4(ibanCompact(r, 'GB')));
  d.turn('A').s('and the account holder');
  d.turn('C').said(p).s(' ').f().s(`at `).sayAddress(gbAddress(r));
  notes(d).t('DD mandate set up for ').typed(p).t(`, collection ${r.int(1, 28)}th monthly. ${trap(r)}`);
}

function tIndiaBank(r: Rng, d: Doc): void {
  const p = person(r, CULTURES[17]);
  setup(d, 'Executive', 'Customer', 'Phone Banking IN');
  d.turn('A').s('namaste welcome to phone banking may I know your name sir');
  d.turn('C').said(p).s(` `).f().s(`my card is not working at the ATM`);
  d.turn('A').s(`please tell registered mobile number`);
  d.turn('C').sayPhone('IN');
  d.turn('A').s(`and card number`);
  d.turn('C').l('CARD', card(r, r.pick<Net>(['visa', 'mc', 'up']))).s(` and my PAN is ${fill(r, 'LLLLL')}${r.digits(4)}${fill(r, 'L')} aadhaar ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`);
  d.turn('A').s('thank you card is unblocked');
  notes(d).t('Cust ').typed(p).t(' card unblocked. Addr on file ').l('ADDRESS', oneLine(inAddress(r))).t('.');
}

function tFintechNg(r: Rng, d: Doc): void {
  const p = person(r, CULTURES[24]);
  setup(d, 'Agent', 'Customer', 'Wallet NG');
  d.turn('C').f().s('good afternoon my transfer has not reflected since yesterday');
  d.turn('A').s('sorry about that please your full name and phone number');
  d.turn('C').said(p).s(' ').sayPhone('NG');
  d.turn('A').s(`and your BVN`);
  d.turn('C').s(`${r.digits(11)} `).f().s('and my email is ').sayEmail(email(r, p));
  d.turn('A').s(`the session ID is ${r.digits(30).slice(0, 30)} it was reversed`);
  notes(d).t('Reversal confirmed for ').typed(p).t('. Home: ').l('ADDRESS', oneLine(ngAddress(r))).t(`. ${trap(r)}`);
}

function tUaeBank(r: Rng, d: Doc): void {
  const p = person(r, CULTURES[15]);
  setup(d, 'Relationship manager', 'Client', 'Priority AE');
  d.turn('A').s('marhaba welcome back ').said(p, 'given').s(' how can I help');
  d.turn('C').s('i need to update my mobile it\'s ').sayPhone('AE');
  d.turn('A').s('and transfer to the account ending').s(` ${r.digits(4)}`).s(' or a new one');
  d.turn('C').s('new one ').l('IBAN', group4(ibanCompact(r, r.pick(['AE', 'SA', 'TR']))));
  d.turn('A').s(`noted Emirates ID ${r.pick(['784'])}-${r.int(1960, 2000)}-${r.digits(7)}-${r.digits(1)} on file`);
  notes(d).t('Client ').typed(p).t(' updated mobile, new beneficiary added. Login IP ').l('IP', ip(r)).t('.');
}

// ---------------------------------------------------------------- calls in other languages

function tGermanTelehealth(r: Rng, d: Doc): void {
  const p = person(r, r.pick([CULTURES[3], CULTURES[14], CULTURES[12]]));
  setup(d, 'Praxis', 'Patient', 'Videosprechstunde');
  d.turn('A').s(`Praxis ${r.pick(['Dr. Hoffmann', 'am Stadtpark', 'Lindenhof'])} guten Tag wie ist Ihr Name`);
  d.turn('C').f(0.3).s(`ja hallo hier ist ${r.pick(['Frau', 'Herr'])} `).said(p, r.pick<NameForm>(['family', 'full'])).s(' ');
  d.turn('A').s('und Ihr Geburtsdatum bitte');
  d.turn('C').s('ähm ').l('DOB', dateIn(r, birth(r), 'DE'));
  d.turn('A').s('unter welcher Nummer erreichen wir Sie');
  d.turn('C').sayPhone('DE', 'de');
  d.turn('A').s('und Ihre Adresse hat sich nicht geändert');
  d.turn('C').s('doch neu ist ').l('ADDRESS', oneLine(deAddress(r)));
  notes(d).t('Videosprechstunde: ').typed(p).t(`, AU bis ${dateIn(r, recent(r), 'DE')}. eRezept an Apotheke. ${trap(r)}`);
}

function tGermanBank(r: Rng, d: Doc): void {
  const p = person(r, CULTURES[3]);
  setup(d, 'Berater', 'Kunde', 'Telefonbanking', r.pick<0 | 2>([0, 2]));
  d.turn('A').s('Telefonbanking mein Name ist ').said(person(r), 'full').s(' was kann ich für Sie tun');
  d.turn('C').s('ich möchte eine Überweisung an ').said(person(r)).s(' machen');
  d.turn('A').s('die IBAN bitte');
  d.turn('C').l('IBAN', group4(ibanCompact(r, r.pick(['DE', 'AT', 'CH']))));
  d.turn('A').s('und zur Sicherheit Ihr Geburtsdatum');
  d.turn('C').l('DOB', dateIn(r, birth(r), 'DE')).s(' ').f(0.2).s('und meine E-Mail ist ').sayEmail(email(r, p), 'de');
  notes(d).t('Kunde ').typed(p).t(`: Überweisung freigegeben. Alte IBAN ${badIban(r, 'DE')} ungültig. ${trap(r)}`);
}

function tFrenchTeleconsult(r: Rng, d: Doc): void {
  const p = person(r, r.pick([CULTURES[4], CULTURES[15]]));
  setup(d, 'Secrétariat', 'Patient', 'Téléconsultation');
  d.turn('A').s('cabinet médical bonjour vous êtes');
  d.turn('C').s(`${r.pick(['Madame', 'Monsieur'])} `).said(p, r.pick<NameForm>(['family', 'full'])).s(' euh je voudrais une téléconsultation');
  d.turn('A').s('votre date de naissance');
  d.turn('C').l('DOB', dateIn(r, birth(r), 'FR'));
  d.turn('A').s('et un numéro où vous joindre');
  d.turn('C').sayPhone('FR', 'fr');
  d.turn('A').s('et votre mail pour le lien');
  d.turn('C').sayEmail(email(r, p), 'fr');
  notes(d).t('RDV télé ').typed(p).t(` le ${dateIn(r, recent(r), 'FR')} avec Dr `).typed(person(r, CULTURES[4]), 'family').t(`. ${trap(r)}`);
}

function tSpanishCita(r: Rng, d: Doc): void {
  const c = r.pick<Country>(['ES', 'MX']);
  const p = person(r, c === 'ES' ? CULTURES[5] : CULTURES[6]);
  setup(d, 'Operadora', 'Paciente', 'Citas');
  d.turn('A').s('buenos días centro de salud dígame');
  d.turn('C').s('hola quería pedir cita soy ').said(p).s(' ');
  d.turn('A').s('fecha de nacimiento');
  d.turn('C').l('DOB', dateIn(r, birth(r), c));
  d.turn('A').s(`tengo hueco el ${dateIn(r, recent(r), c)} a las ${r.int(9, 13)} con la doctora `).said(person(r, CULTURES[5]), 'family');
  d.turn('C').s('vale y me lo manda al móvil ').sayPhone(c, 'es');
  d.turn('A').s('y su domicilio sigue siendo ').l('ADDRESS', oneLine(address(r, c)));
  notes(d).t('Cita para ').typed(p).t(`. DNI ${r.digits(8)}${fill(r, 'L')} (no se etiqueta). ${trap(r)}`);
}

function tBrazilSupport(r: Rng, d: Doc): void {
  const p = person(r, CULTURES[7]);
  setup(d, 'Atendente', 'Cliente', 'Suporte BR');
  d.turn('A').s('obrigado por ligar com quem eu falo');
  d.turn('C').s('é ').said(p).s(' ').s('meu pix não caiu');
  d.turn('A').s(`pode confirmar o CPF`);
  d.turn('C').s(`${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)} `).s('e o email é ').sayEmail(email(r, p), 'pt');
  d.turn('A').s('e o telefone');
  d.turn('C').sayPhone('BR', 'pt');
  d.turn('A').s('e o endereço');
  d.turn('C').l('ADDRESS', oneLine(brAddress(r)));
  notes(d).t('Cliente ').typed(p).t(` - estorno PIX ${sha(r, 32)}. ${trap(r)}`);
}

function tItalianPharmacy(r: Rng, d: Doc): void {
  const p = person(r, CULTURES[8]);
  setup(d, 'Farmacia', 'Cliente', 'Farmacia');
  d.turn('A').s('farmacia buongiorno');
  d.turn('C').s('buongiorno sono ').said(p).s(' volevo prenotare un farmaco per mia madre');
  d.turn('A').s('la data di nascita della paziente');
  d.turn('C').l('DOB', dateIn(r, birth(r), 'IT'));
  d.turn('A').s('e un recapito');
  d.turn('C').sayPhone('IT', 'it');
  notes(d).t('Prenotazione per ').typed(p).t(`. Consegna a `).l('ADDRESS', oneLine(itAddress(r))).t(`. ${trap(r)}`);
}

function tDutchBank(r: Rng, d: Doc): void {
  const p = person(r, CULTURES[9]);
  setup(d, 'Medewerker', 'Klant', 'Klantenservice');
  d.turn('A').s('goedemiddag u spreekt met ').said(person(r, CULTURES[9]), 'given').s(' waarmee kan ik u helpen');
  d.turn('C').s('ja ik ben ').said(p).s(' mijn pas is ingeslikt');
  d.turn('A').s('wat is uw rekeningnummer');
  d.turn('C').l('IBAN', group4(ibanCompact(r, 'NL')));
  d.turn('A').s('en uw geboortedatum');
  d.turn('C').l('DOB', dateIn(r, birth(r), 'NL'));
  notes(d).t('Nieuwe pas besteld voor ').typed(p).t(' naar ').l('ADDRESS', oneLine(nlAddress(r))).t(`. ${trap(r)}`);
}

function tJapaneseClinic(r: Rng, d: Doc): void {
  const fam = r.pick(['田中', '佐藤', '鈴木', '高橋', '渡辺', '伊藤', '山本', '中村', '小林', '加藤', '吉田', '松本']);
  const giv = r.pick(['陽子', '健太', '美咲', '大輔', '由美', '翔太', '恵', '拓也', '真由美', '浩']);
  setup(d, '受付', '患者', 'クリニック', 0);
  d.turn('A').s('お電話ありがとうございます。お名前をお願いします。');
  d.turn('C').s('えっと、').l('PERSON', `${fam} ${giv}`).s('です。');
  d.turn('A').t('').l('PERSON', fam).s('様、生年月日をお願いします。');
  d.turn('C').l('DOB', dateIn(r, birth(r), 'JP')).s('です。');
  d.turn('A').s('ご連絡先は？');
  d.turn('C').l('PHONE', phone(r, 'JP')).s('です。');
  notes(d).t('予約: ').l('PERSON', `${fam}${giv}`).t(` 様 ${r.int(1, 12)}月${r.int(1, 28)}日 10:30\n住所: `).l('ADDRESS', jpAddress(r).lines.join(' ')).t(`\n${trap(r)}`);
}

function tKoreanCall(r: Rng, d: Doc): void {
  const fam = r.pick(['김', '이', '박', '최', '정', '강', '조', '윤']);
  const giv = r.pick(['민준', '서연', '지호', '하은', '도윤', '지우', '은지', '성민']);
  setup(d, '상담원', '고객', '고객센터', 0);
  d.turn('A').s('고객센터입니다. 성함 말씀해 주시겠어요?');
  d.turn('C').l('PERSON', `${fam}${giv}`).s('입니다.');
  d.turn('A').l('PERSON', `${fam}${giv}`).s(' 고객님, 생년월일 확인 부탁드립니다.');
  d.turn('C').l('DOB', dateIn(r, birth(r), 'KR')).s('요.');
  d.turn('A').s('연락처는요?');
  d.turn('C').l('PHONE', phone(r, 'KR'));
  notes(d).t('상담 메모: ').l('PERSON', `${fam}${giv}`).t(' 씨 요금 문의, 이메일 ').l('EMAIL', `${r.pick(['minjun', 'seoyeon', 'jiho', 'haeun'])}${r.int(10, 99)}@naver.com`).t(`. ${trap(r)}`);
}

// ---------------------------------------------------------------- more support / mixed

function tAirline(r: Rng, d: Doc): void {
  const p = person(r);
  const p2 = person(r);
  const c = r.pick(EN_PHONE);
  setup(d, 'Agent', 'Passenger', 'Reservations');
  d.turn('A').s(`locator ${fill(r, 'LLLLLL')} I have two passengers `).said(p, 'caps').s(' and ').said(p2, 'caps');
  d.turn('C').s(`${yes(r)} `).f().s('the flight to ').s(r.pick(['Charles de Gaulle', 'Kennedy', 'Sydney', 'Austin'])).s(' got cancelled');
  d.turn('A').s('I can rebook you what\'s a number for flight alerts');
  d.turn('C').sayPhone(c);
  d.turn('A').s('and your date of birth for the secure flight data');
  d.turn('C').sayDob(birth(r), c === 'US' ? 'US' : 'GB');
  notes(d).t('Reaccom: ').typed(p).t(' + ').typed(p2).t(`, ${fill(r, 'LL')}${r.int(100, 9999)} -> ${fill(r, 'LL')}${r.int(100, 9999)}. ${trap(r)}`);
}

function tUtility(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick<Country>(['GB', 'AU', 'US', 'IE', 'CA', 'ZA']);
  setup(d, 'Agent', 'Customer', 'Energy');
  d.turn('A').s('can I have the supply address');
  d.turn('C').sayAddress(address(r, c));
  d.turn('A').s(`and the meter reading`);
  d.turn('C').s(`${r.digits(5)} `).f().s(`the meter serial is ${fill(r, 'XXLXXXXXXX')}`);
  d.turn('A').s('and the account holder');
  d.turn('C').s(`it's in my late husband's name `).said(person(r)).s(' but i\'m ').said(p).s(' now');
  notes(d).t('Bereavement - account transferred to ').typed(p).t(`. ${trap(r)}`);
}

function tHotel(r: Rng, d: Doc): void {
  const p = person(r);
  setup(d, 'Reservations', 'Guest', 'Hotel');
  d.turn('A').s(`thanks for calling the ${r.pick(['Ritz', 'Hilton', 'Marriott', 'Savoy'])} reservations`);
  d.turn('C').s(`hi booking for `).said(p, 'comma').s(' ').f().s('two nights');
  d.turn('A').s('card to guarantee');
  const cd = cardDigits(r, r.pick<Net>(['amex', 'visa', 'mc', 'jcb', 'diners']));
  d.turn('C').s(`it's my ${NET_NAMES[cd.net]} `).l('CARD', groupCard(r, cd.d)).s(' ').f().s('and the email is ').sayEmail(email(r, p));
  d.turn('A').s(`the ${r.pick(['Churchill', 'Windsor', 'Hemingway'])} suite is available`);
  notes(d).t('Res for ').typed(p).t(`, conf ${fill(r, 'XXXXXXXX')}. ${trap(r)}`);
}

function tPhilippinesBpo(r: Rng, d: Doc): void {
  const ag = person(r, CULTURES[23]);
  const p = person(r, CULTURES[0]);
  setup(d, 'Agent', 'Customer', 'US Care (Manila)');
  d.turn('A').s('thank you for calling my name is ').said(ag, 'given').s(' may I have your first and last name');
  d.turn('C').said(p).s(' ').f().s('it\'s spelled the usual way');
  d.turn('A').s('thank you and the last four of your social');
  d.turn('C').s(r.digits(4));
  d.turn('A').s('and your zip code');
  d.turn('C').s(r.digits(5));
  d.turn('A').s('may I also have your email');
  d.turn('C').sayEmail(email(r, p));
  notes(d).t('Verified ').typed(p).t(` (L4 SSN + zip). Agent `).typed(ag).t(`. ${trap(r)}`);
}

function tAustraliaTelco(r: Rng, d: Doc): void {
  const p = person(r);
  setup(d, 'Consultant', 'Customer', 'Mobile AU');
  d.turn('A').s('g\'day you\'re through to mobiles what\'s the number on the account');
  d.turn('C').sayPhone('AU');
  d.turn('A').s('and the name and DOB');
  d.turn('C').said(p).s(' ').sayDob(birth(r), 'AU');
  d.turn('A').s('and the address for the new SIM');
  d.turn('C').sayAddress(auAddress(r));
  notes(d).t('eSIM swap for ').typed(p).t(`. ${trap(r)}`);
}

function tQaScorecard(r: Rng, d: Doc): void {
  const ag = person(r);
  const p = person(r);
  d.t(`QA SCORECARD - call ${callId(r)}\nAgent: `).typed(ag).t(` (${agentId(r)})  Evaluator: `).typed(person(r), 'initial').t('\n');
  d.t(`Customer: `).typed(p).t(`\nGreeting 5/5 | Verification ${r.int(2, 5)}/5 | Resolution ${r.int(2, 5)}/5\n`);
  d.t('Comment: agent read the full card number ').l('CARD', card(r)).t(' back to the caller - PCI breach, coach.\n');
  d.t(`Comment: ${trap(r)}`);
}

function tEscalationEmail(r: Rng, d: Doc): void {
  const sup = person(r);
  const p = person(r);
  const c = r.pick(EN_PHONE);
  d.t('From: ').l('EMAIL', roleEmail(r)).t('\nTo: ').l('EMAIL', email(r, sup)).t(`\nSubject: Escalation ${ticket(r)}\n\nHi `).typed(sup, 'given').t(',\n\n');
  d.t('Customer ').typed(p).t(' called three times about the same outage. Contact ').l('PHONE', phone(r, c)).t(', ').l('EMAIL', email(r, p)).t('.\n');
  d.t(`Service at `).l('ADDRESS', oneLine(address(r, r.pick(ASR_ADDR)))).t(`.\n${trap(r)}\n\nThanks,\n`).typed(person(r), 'given');
}

function tCallbackNote(r: Rng, d: Doc): void {
  const p = person(r);
  const c = r.pick<Country>(['US', 'GB', 'DE', 'FR', 'IN', 'JP', 'BR', 'MX', 'ZA', 'KE', 'PH', 'SE', 'PL', 'KR', 'SG']);
  d.t(`Callback scheduled ${dateIn(r, recent(r), c === 'JP' || c === 'KR' ? 'US' : c)} ${pad(r.int(8, 18))}:${r.pick(['00', '30'])} local\n`);
  d.t('Name: ').typed(p).t('\nNumber: ').l('PHONE', phone(r, c));
  if (r.chance(0.5)) d.t(` (ext ${r.int(100, 9999)})`);
  d.t('\nAlt: ');
  const split = phone(r, c).split(' ');
  if (split.length > 2 && r.chance(0.4)) d.t(`${split.slice(0, 2).join(' ')}\n${split.slice(2).join(' ')} (split in the paste, left as is)`);
  else d.l('PHONE', phone(r, c));
  d.t(`\nReason: ${r.pick(['follow-up on claim', 'refund status', 'results', 'tech visit'])}. ${trap(r)}`);
}

function tSrtCaptions(r: Rng, d: Doc): void {
  const p = person(r);
  d.asr = 1;
  let i = 1;
  let t = r.int(0, 30);
  const cue = (): void => {
    d.t(`${i}\n${hms(t)},${pad(r.int(0, 999), 3)} --> ${hms(t + 3)},${pad(r.int(0, 999), 3)}\n`);
    i++;
    t += r.int(3, 8);
  };
  cue();
  d.s('okay can i get your name and your ');
  d.t('\n\n');
  cue();
  d.s('date of birth please\n\n');
  cue();
  d.said(p).s(' ').f().sayDob(birth(r), 'US');
  d.t('\n\n');
  cue();
  d.s('and the card you want to use ').l('CARD', card(r));
  d.t('\n\n');
  cue();
  d.s('and your ip for the fraud check is ').l('IP', ipv4(r));
}

function tTechDevice(r: Rng, d: Doc): void {
  const p = person(r);
  setup(d, 'Support', 'Customer', 'Smart Home');
  d.turn('A').s(`what version is the ${r.pick(PRODUCTS)} app on`);
  d.turn('C').s(`it says ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(10, 99)} `).f().s('and the camera IP is ').l('IP', ipv4(r));
  d.turn('A').s('and your hub is on ').l('IP', ipv4(r)).s(' too');
  d.turn('C').s(`${yes(r)} `).f().s('my name is ').said(p).s(' if you need it');
  notes(d).t('Cam offline - ').typed(p).t(`, hub ${sha(r, 12)}, LAN `).l('IP', ipv4(r)).t(`. ${trap(r)}`);
}

function tInterpreter(r: Rng, d: Doc): void {
  const p = person(r, r.pick([CULTURES[15], CULTURES[16], CULTURES[22], CULTURES[12], CULTURES[20]]));
  const it = person(r);
  setup(d, 'Agent', 'Member', 'Member Services');
  d.roles.X = 'Interpreter';
  d.turn('X').s('this is the interpreter my name is ').said(it, 'given').s(` ID ${r.int(10000, 99999)}`);
  d.turn('A').s('thank you please ask for the member\'s name and date of birth');
  d.turn('X').s('she says her name is ').said(p).s(' and she was born ').sayDob(childBirth(r), 'US');
  d.turn('A').s('and her social security number');
  d.turn('X').l('NATIONAL_ID', ssn(r)).s(' ').f().s('she is reading it from the card');
  d.turn('A').s('and current address');
  d.turn('X').sayAddress(usAddress(r));
  notes(d).t('Interpreter-assisted call (').typed(it, 'given').t('). Member ').typed(p).t(`. ${trap(r)}`);
}

// ---------------------------------------------------------------- hard negatives (no PII at all)

function nAnonCall(r: Rng, d: Doc): void {
  setup(d, 'Agent', 'Caller', 'General');
  d.turn('A').s(`thanks for calling how can I help`);
  d.turn('C').f().s(`hi i just wanted to know if the ${r.pick(BRANDS)} voucher works at ${r.pick(BRANDS)}`);
  d.turn('A').s(`it does not sorry and your order ${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)} shipped ${dateIn(r, recent(r), 'US')}`);
  d.turn('C').s(`okay the card I tried was ${badCard(r)} `).f().s('it kept failing');
  d.turn('A').s(`that number doesn't pass validation please check it no need to give it again`);
  d.turn('C').s(`${yes(r)} thanks bye`);
  notes(d).t(`Anonymous caller, general query. ${trap(r)} ${trap(r)}`);
}

function nMetrics(r: Rng, d: Doc): void {
  d.t(`Weekly contact-centre report w/e ${dateIn(r, recent(r), 'GB')}\n`);
  for (const t of [r.pick(TEAMS), r.pick(TEAMS), r.pick(TEAMS)]) d.t(`${t}: AHT ${dur(r)}, FCR ${r.int(60, 92)}%, CSAT ${r.int(3, 4)}.${r.int(0, 9)}, calls ${r.int(200, 5000)}\n`);
  d.t(`Dialer ${r.pick(['Genesys', 'Five9', 'Avaya'])} upgraded to ${r.int(20, 25)}.${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 99)}; ASR WER down to ${r.int(6, 14)}.${r.int(0, 9)}%.\n${trap(r)}\n${trap(r)}`);
}

function nReleaseNotes(r: Rng, d: Doc): void {
  d.t(`agent-desktop ${r.int(3, 9)}.${r.int(0, 40)}.${r.int(0, 9)} (${sha(r)})\n`);
  d.t(`- Transcript redaction now masks PAN to ****${r.digits(4)} and SSN to ***-**-${r.digits(4)}\n`);
  d.t(`- Fixed timestamp drift (${stamp(r)} vs ${stamp(r)})\n- Bumped speech model to v${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 9)}\n- ${trap(r)}\n- Sample test IBAN ${badIban(r, r.pick(EU_IBAN))} is rejected as expected\n`);
}

function nKbArticle(r: Rng, d: Doc): void {
  d.t(`KB-${r.int(1000, 9999)}: Handling calls about ${r.pick(EPONYMS)} and ${r.pick(EPONYMS)}\n\n`);
  d.t(`Under ${r.pick(LAWS)} and ${r.pick(LAWS)}, do not give medical advice. Refer callers to the nurse line.\n`);
  d.t(`Members travelling to ${r.pick(PLACES)} or ${r.pick(PLACES)} should use the travel card. The ${r.pick(PRODUCTS)} does not cover ${r.pick(STORMS)} damage.\n${trap(r)}`);
}

function nStormOutage(r: Rng, d: Doc): void {
  setup(d, 'Agent', 'Caller', 'Outage');
  d.turn('C').f().s(`is the power out on ${r.pick(['Martin Luther King Jr Boulevard', 'Lincoln Avenue', 'Washington Street', 'Victoria Road'])} because of ${r.pick(STORMS)}`);
  d.turn('A').s(`yes the whole of ${r.pick(PLACES)} is affected estimated restoration ${dateIn(r, recent(r), 'US')} by ${r.int(6, 11)} pm`);
  d.turn('C').s(`okay near the ${r.pick(['Walgreens', 'McDonald\'s', 'Tim Hortons', 'Trader Joe\'s'])} too`);
  d.turn('A').s(`yes outage ${ticket(r)} covers that grid`);
  d.end();
}

function nMaskedOnly(r: Rng, d: Doc): void {
  setup(d, 'Agent', 'Caller', 'Billing');
  d.turn('A').s(`I see the card ending in ${r.digits(4)} and the phone ending ${r.digits(4)}`);
  d.turn('C').s(`${yes(r)} `).f().s('that\'s the one');
  d.turn('A').s(`the statement shows ***-***-${r.digits(4)} and ${fill(r, 'XXXX')} **** **** ${r.digits(4)}`);
  notes(d).t(`Verified with masked data only. SSN ***-**-${r.digits(4)}. Acct ****${r.digits(4)}. ${trap(r)}`);
}

function nPetClinic(r: Rng, d: Doc): void {
  const pet = r.pick(PETS);
  setup(d, 'Vet reception', 'Caller', 'Vet');
  d.turn('A').s(`is this about ${pet}`);
  d.turn('C').s(`yes his birthday is ${dateIn(r, recent(r), 'US')} and he needs his boosters`);
  d.turn('A').s(`we have ${dateIn(r, recent(r), 'US')} at ${r.int(1, 4)} with the ${r.pick(['Darwin', 'Herriot'])} team`);
  notes(d).t(`Pet ${pet}, microchip ${r.digits(15)}. ${trap(r)}`);
}

function nSprintRetro(r: Rng, d: Doc): void {
  d.t(`Retro - Project ${r.pick(['Dewey', 'Tesla', 'Hopper', 'Lovelace', 'Turing'])} (speech analytics)\n`);
  d.t(`+ ${r.pick(PRODUCTS)} rollout to ${r.pick(TEAMS)}\n- Kafka lag at ${stamp(r)}; commit ${sha(r, 12)}\n- Test host 999.12.4.1 is not a real address (typo in the config)\n? ${trap(r)}\n? ${trap(r)}`);
}

function nTracking(r: Rng, d: Doc): void {
  setup(d, 'Agent', 'Caller', 'Shipping');
  d.turn('C').f().s(`tracking number is ${fill(r, 'LLXXXXXXXXXLL')} `).f().s(`and the case number was ${r.digits(8)}`);
  d.turn('A').s(`it left the ${r.pick(PLACES)} hub at ${pad(r.int(0, 23))}:${pad(r.int(0, 59))} it's due ${dateIn(r, recent(r), 'GB')}`);
  d.turn('C').s('great thank you');
  d.end();
  d.t(`\n\n${trap(r)}`);
}

function nRoutingFaq(r: Rng, d: Doc): void {
  setup(d, 'Agent', 'Caller', 'Banking FAQ');
  d.turn('C').s('where do i find the routing number');
  d.turn('A').s(`it's the nine digits at the bottom left for us it's ${r.pick(['021000021', '026009593', '121000358'])} and the check number is ${r.int(100, 9999)}`);
  d.turn('C').s(`and the swift code`);
  d.turn('A').s(`${fill(r, 'LLLL')}US${fill(r, 'LL')}`);
  notes(d).t(`FAQ only, no account accessed. ${trap(r)}`);
}

// ---------------------------------------------------------------- generator

type Template = (r: Rng, d: Doc) => void;

const TEMPLATES: readonly Template[] = [
  tIspOutage, tRouterIpv6, tOrderMissing, tAccountRecovery, tMobilePort, tSubscriptionCancel, tVoicemail, tDeliveryReschedule,
  tCrmUpdate, tAiSummary, tChatToCall, tIvrLog, tAutoClaim, tHomeClaimEu, tHealthEligibility, tLifeBeneficiary, tTravelClaim,
  tPetInsurance, tAdjusterNotes, tTelehealthIntake, tSoapNote, tAppointment, tRefill, tNurseTriage, tLabResults, tNhs111,
  tLostCard, tFraudDispute, tSepaTransfer, tAccountOpening, tMortgage, tTaxPrep, tBankCrm, tDirectDebitUk, tIndiaBank,
  tFintechNg, tUaeBank, tGermanTelehealth, tGermanBank, tFrenchTeleconsult, tSpanishCita, tBrazilSupport, tItalianPharmacy,
  tDutchBank, tJapaneseClinic, tKoreanCall, tAirline, tUtility, tHotel, tPhilippinesBpo, tAustraliaTelco, tQaScorecard,
  tEscalationEmail, tCallbackNote, tSrtCaptions, tTechDevice, tInterpreter,
];

const NEGATIVES: readonly Template[] = [
  nAnonCall, nMetrics, nReleaseNotes, nKbArticle, nStormOutage, nMaskedOnly, nPetClinic, nSprintRetro, nTracking, nRoutingFaq,
];

/** Number of distinct document templates (labelled and negative). */
export const INDEPENDENT25_TEMPLATE_COUNT = TEMPLATES.length + NEGATIVES.length;

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent25Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent25Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT25_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT25_MIN_INSTANCES;
  const out: Independent25Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc(r);
    if (r.chance(0.1)) {
      r.pick(NEGATIVES)(r, d);
    } else {
      d.selfOn = r.chance(0.25);
      r.pick(TEMPLATES)(r, d);
    }
    d.end();
    const e = d.entry();
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
