/**
 * @module privacy/pii-corpus-independent-68 — a blind, labelled PII evaluation corpus ("independent68")
 * about municipal and city-government services: 311 requests and call transcripts, permit and licence
 * applications, parking-ticket appeals, council-tax / property-tax / Grundsteuer / taxe foncière / IPTU
 * letters, waste collection, library cards, voter registration, case-worker notes, council minutes and
 * public comments, building inspections — in many countries and languages (English, German, French,
 * Spanish, Italian, Dutch, Portuguese, Polish, Turkish, Japanese, Korean and more), plus about one
 * document in ten that is a pure hard negative.
 *
 * WRITTEN BLIND. The author read only: `src/privacy/pii-corpus-rng.ts` (the `Rng` class),
 * `src/privacy/pii-corpus-checks.ts`, the first 30 lines of `src/privacy/pii-corpus.ts` (`PiiLabel`,
 * `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. The author
 * did NOT read the detector, its tests, the other corpora, their value pools or templates, the docs, or
 * the git history, and never ran the detector on this text. Every name, street, template and value here
 * was invented for this file.
 *
 * Seeds: {@link INDEPENDENT68_SEEDS} = 680001, 680002, 680003. Each seed yields whole documents until at
 * least `minInstances` labels exist (default {@link INDEPENDENT68_MIN_INSTANCES} = 2400); generation
 * stops right after the document that reaches it. Offsets are recorded while text is appended (the
 * `Doc` builder), never found by searching the finished text.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's are
 *   outside the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and
 *   "Surname, Given" forms are labelled, one label per contiguous name. Brands, software, places, pets,
 *   ships, storms, streets/buildings named after people, eponymous diseases/laws/awards and @handles are
 *   not labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses ("j dot ruiz at gmail dot com")
 *   are labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid / masked not.
 * - IBAN: checksum-valid with the registry length, any grouping or case; invalid ones not labelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' identifiers are not labelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address; multi-line addresses run from the first
 *   street/building/PO-box line to the last postcode/city/country line; the recipient is a separate
 *   PERSON; company lines, city-only mentions, directions, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates are not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-rng.js';
import type { PiiType } from './pii/types.js';

/** The seeds this split is evaluated on. */
export const INDEPENDENT68_SEEDS = [680001, 680002, 680003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT68_MIN_INSTANCES = 2400;

/** A label that also carries the exact text of its span. */
export type Independent68Label = PiiLabel & { readonly value: string };
/** One document of the split. */
export type Independent68Entry = PiiCorpusEntry & { readonly labels: readonly Independent68Label[] };

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent68Label[] = [];
  readonly known: string[] = [];
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
  /** A PERSON label. */
  p(value: string): this {
    return this.l('PERSON', value);
  }
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(person: Person): this {
    const v = full(person);
    if (!this.known.includes(v)) this.known.push(v);
    return this.p(v);
  }
}

// ---------------------------------------------------------------------------------------------------
// Names (invented pools across many cultures; "_" stands for a space inside one name)
// ---------------------------------------------------------------------------------------------------

interface Culture {
  readonly id: string;
  readonly g: readonly string[];
  readonly s: readonly string[];
  /** Family name first. */
  readonly east?: boolean;
  /** Written without a space between family and given name (CJK scripts). */
  readonly tight?: boolean;
}

function cult(id: string, g: string, s: string, east = false, tight = false): Culture {
  const split = (x: string) => x.split(' ').map((w) => w.replace(/_/g, ' '));
  return { id, g: split(g), s: split(s), east, tight };
}

const CULTURES: readonly Culture[] = [
  cult('us', 'Will Bill Grant May Guy Hope Rose Faith Joy Mark Pat Dawn Summer Hunter Chase Drew Ivy Amber Miles Destiny Tyler Brooke Linda Earl',
    'Baker Cook Young Long King Little Brown Green Mills Hill Wood Price Page Bell Rich Case Rivers Stone Walker Fields Frost Sharp Moody Summers'),
  cult('uk', 'Alistair Harriet Rupert Imogen Callum Kirsty Gareth Rhiannon Dylan Ffion Bethan Nigel Gemma',
    'Pritchard Whitfield Ashworth Hargreaves Thornton Llewellyn Davies Evans Marsh Holloway Featherstone Openshaw'),
  cult('ie', 'Siobhan Niamh Ciarán Aoife Oisín Saoirse Pádraig Róisín Eoin Caoimhe Darragh',
    "O'Sullivan Murphy Byrne Ní_Bhriain Fitzgerald Kavanagh Donnelly Quigley Ó_Ceallaigh McCarthy Mac_Giolla"),
  cult('de', 'Jürgen Sabine Lukas Annika Wolfgang Ursula Felix Mareike Dieter Hannelore Jonas Friederike',
    'Müller Schneider Weiß Köhler Hoffmann Schäfer Becker Zimmermann Krüger Vogel Fuchs Lehmann Wagner'),
  cult('fr', 'Élodie Théo Margaux Benoît Camille Sébastien Gaëlle Loïc Amandine Jérôme Solène Thibault',
    'Lefèvre Moreau Girard Fontaine Rousseau Chevalier Lemoine Dubois Bonnet Gauthier Perrin Marchand'),
  cult('es', 'Lucía Alejandro Pilar Iñaki Nerea Javier Montserrat Álvaro Rocío Sergio Consuelo Íker',
    'García López Martínez Fernández Sánchez Ruiz Domínguez Ibáñez Ortega Navarro Castillo Vázquez'),
  cult('mx', 'Guadalupe Jesús Ximena Santiago Itzel Emiliano Marisol Rogelio Yesenia Leonardo Araceli',
    'Hernández Ramírez Flores Cruz Morales Reyes Gutiérrez Mendoza Aguilar de_la_Cruz Cervantes'),
  cult('pt', 'João Thiago Luana Gabriela Rafael Beatriz Caio Vitória Gonçalo Inês Leandro Tânia',
    'Silva Santos Oliveira Souza Pereira Carvalho Almeida Rodrigues Ferreira Costa Nascimento Barbosa'),
  cult('it', 'Giulia Matteo Chiara Lorenzo Federica Alessandro Francesca Davide Martina Gianluca Ilaria Simone',
    'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti'),
  cult('nl', 'Sanne Daan Femke Bram Lotte Joost Maartje Sven Eline Ruud Anouk Thijs',
    'de_Vries van_Dijk Bakker Jansen Visser Smit Meijer de_Boer Mulder van_den_Berg Bos Vos'),
  cult('pl', 'Katarzyna Tomasz Agnieszka Paweł Małgorzata Krzysztof Zofia Grzegorz Magdalena Łukasz Joanna Wojciech',
    'Nowak Kowalski Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Woźniak Dąbrowski Kozłowska'),
  cult('nordic', 'Linnea Erik Astrid Oskar Ingrid Nils Freja Magnus Sigrid Anders Maja Lars',
    'Lindqvist Johansson Andersson Nilsson Berg Halvorsen Haugen Jensen Nielsen Sørensen Lund Dahl'),
  cult('fi', 'Aino Eero Helmi Juhani Venla Timo Kaarina Ville Sanna Pekka Ilona',
    'Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salo'),
  cult('ru', 'Dmitri Olga Sergei Natalia Alexei Tatiana Yuri Svetlana Oksana Bohdan Iryna Mykola',
    'Ivanov Petrova Smirnov Kuznetsova Volkov Sokolova Shevchenko Kovalenko Bondarenko Tkachuk Melnyk'),
  cult('gr', 'Eleni Giorgos Dimitra Nikos Katerina Yannis Sofia Kostas Vasiliki Panagiotis Anastasia',
    'Papadopoulos Georgiou Nikolaidis Karagiannis Oikonomou Vlachou Dimitriou Angelopoulos Christodoulou Makris Pappas'),
  cult('tr', 'Elif Mehmet Ayşe Mustafa Zeynep Emre Fatma Burak Selin Hakan Derya Oğuz',
    'Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç'),
  cult('ar', 'Said Fatima Omar Layla Khalid Nour Youssef Amira Tariq Huda Karim Mariam Hassan',
    'Al-Masri Haddad Khoury Mansour Nasser Saleh Abdullah El-Amin Qasim Hamdan Farouk Bakr'),
  cult('fa', 'Dariush Shirin Reza Parisa Kaveh Mahsa Arash Nasrin Babak Leila Farhad',
    'Hosseini Rahimi Karimi Tehrani Moradi Jafari Ahmadi Sadeghi Mohammadi Rostami Bahrami'),
  cult('hi', 'Priya Rahul Ananya Vikram Sunita Arjun Kavita Rohan Deepa Sanjay Meera Amit',
    'Sharma Gupta Verma Agarwal Mehta Joshi Chauhan Malhotra Kapoor Saxena Trivedi'),
  cult('ta', 'Karthik Lakshmi Senthil Divya Murugan Revathi Arun Kamala Prakash Vani Suresh',
    'Subramanian Iyer Ramasamy Krishnan Venkatesan Natarajan Pillai Rajendran Balasubramaniam Sundaram Gopal'),
  cult('bd', 'Farhan Nusrat Imran Sadia Tanvir Ayesha Rashed Bilal Sana Zubair Rukhsana',
    'Rahman Chowdhury Hossain Islam Akhtar Siddiqui Qureshi Malik Butt Mirza Sheikh'),
  cult('zh', 'Wei Mei Jun Xiaoling Hao Yan Zhiwei Jing Tao Xin Yu Lina',
    'Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Lin', true),
  cult('ja', 'Haruto Yui Sota Aoi Ren Sakura Kenji Yumiko Takeshi Naoko Daiki Emi',
    'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamaguchi'),
  cult('ko', 'Min-jun Seo-yeon Ji-hoon Ha-eun Do-yoon Su-bin Young-ho Eun-ji Hyun-woo Ji-young',
    'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han'),
  cult('vi', 'Thanh Huong Minh Lan Duc Linh Tuan Ngoc Quang Hoa Phuong',
    'Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong', true),
  cult('fil', 'Maricel Jomar Rowena Arnel Cherry Rodel Lovely Jericho Marites Dindo Girlie',
    'Santos Dela_Cruz Bautista Villanueva Mercado Manalo Dimaculangan Soriano Pangilinan Macaraeg Tolentino'),
  cult('ng', 'Adebayo Chiamaka Oluwaseun Ngozi Emeka Funmilayo Chukwudi Ifeoma Tunde Blessing Obinna Kemi',
    'Okafor Adeyemi Okonkwo Balogun Eze Oyelaran Nwosu Adebisi Obi Ogunleye Chukwu'),
  cult('eaf', 'Kwame Ama Kofi Akosua Wanjiru Otieno Achieng Baraka Zawadi Njeri Precious',
    'Mensah Asante Owusu Boateng Mwangi Kamau Odhiambo Wambui Kariuki Ochieng Mutua'),
  cult('et', 'Abebe Meron Tesfaye Selam Dawit Hiwot Yonas Tigist Bereket Liya Girma',
    'Bekele Haile Tadesse Alemu Gebremedhin Wolde Mekonnen Assefa Desta Kebede Negash'),
  cult('he', 'Noa Yael Eitan Tamar Avi Shira Itai Michal Oren Dafna Gilad',
    'Cohen Levi Mizrahi Peretz Biton Friedman Avraham Katz Shapiro Ben-David Dahan'),
  cult('hu', 'Zsófia Bence Réka Gergő Eszter Ádám Katalin Levente Dóra Balázs Krisztina',
    'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh', true),
  cult('cz', 'Jana Petr Lucie Jiří Tereza Ondřej Markéta Václav Kateřina Tomáš',
    'Novák Dvořák Černá Procházka Krejčí Svoboda Horáková Veselý Marek Pokorná'),
];

const JA_NATIVE = cult('ja-native', '陽菜 結衣 蓮 大翔 美咲 健太 直樹 由美 翔太 さくら 和子 誠',
  '佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山口', true, true);
const KO_NATIVE = cult('ko-native', '민준 서연 지훈 하은 도윤 수빈 영호 은지 현우 지영', '김 이 박 최 정 강 조 윤 장 임', true, true);

interface Person {
  readonly g: string;
  readonly s: string;
  readonly c: Culture;
}

const CULT_BY_ID = new Map(CULTURES.map((c) => [c.id, c]));

/** A person, mostly from the given cultures and sometimes from anywhere (cities are mixed). */
function person(r: Rng, ids?: readonly string[]): Person {
  let c: Culture;
  if (ids && ids.length > 0 && r.chance(0.7)) {
    const id = r.pick(ids);
    c = id === 'ja-native' ? JA_NATIVE : id === 'ko-native' ? KO_NATIVE : (CULT_BY_ID.get(id) ?? r.pick(CULTURES));
  } else c = r.pick(CULTURES);
  let s = r.pick(c.s);
  if ((c.id === 'es' || c.id === 'mx') && r.chance(0.5)) s = `${s} ${r.pick(c.s)}`;
  if (c.id === 'pt' && r.chance(0.4)) s = `${r.pick(c.s)} ${s}`;
  return { g: r.pick(c.g), s, c };
}

function full(p: Person): string {
  if (p.c.tight) return p.s + p.g;
  return p.c.east ? `${p.s} ${p.g}` : `${p.g} ${p.s}`;
}

/** A name written the way people and systems actually write it. */
function form(r: Rng, p: Person): string {
  if (p.c.tight) return r.chance(0.7) ? full(p) : p.s;
  const x = r.next();
  if (x < 0.5) return full(p);
  if (x < 0.6) return p.g;
  if (x < 0.68) return p.s;
  if (x < 0.76) return `${p.g.charAt(0)}. ${p.s}`;
  if (x < 0.85) return `${p.s}, ${p.g}`;
  if (x < 0.94) return full(p).toUpperCase();
  return full(p).toLowerCase();
}

/** Strips a name down to e-mail-safe ASCII. */
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------------
// E-mail, phones, dates
// ---------------------------------------------------------------------------------------------------

const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'proton.me', 'aol.com', 'fastmail.com',
  'comcast.net', 'btinternet.com', 'yahoo.co.uk', 'eircom.net', 'web.de', 'gmx.de', 'gmx.at', 'bluewin.ch', 'orange.fr', 'free.fr',
  'laposte.net', 'telefonica.net', 'hotmail.es', 'libero.it', 'virgilio.it', 'ziggo.nl', 'kpnmail.nl', 'sapo.pt', 'uol.com.br',
  'bol.com.br', 'prodigy.net.mx', 'wp.pl', 'onet.pl', 'naver.com', 'daum.net', 'yahoo.co.jp', 'docomo.ne.jp', 'rediffmail.com',
  'bigpond.com', 'optusnet.com.au', 'telus.net', 'shaw.ca', 'yandex.ru', 'mail.ru', 'safaricom.co.ke', 'skynet.be'];
const HANDLE_WORDS = ['bluefinch', 'oldmill', 'greenporch', 'nightowl', 'kitebird', 'riverbend', 'cedarhouse', 'sunnyside', 'tinkerer',
  'maplelane', 'moonpie', 'northstar', 'quietcat', 'redkayak', 'hilltop', 'saltmarsh', 'copperpot', 'wildthyme'];
const ORG_DOMAINS = ['harrowfield.gov', 'cityofmillbrook.org', 'lakemont-wa.gov', 'brennick.gov.uk', 'ostenfeld.de', 'mairie-valcourbe.fr',
  'ayto-santaolalla.es', 'comune.castelvaro.it', 'gemeente-wierdam.nl', 'pref.kisaragi.lg.jp', 'northhaven.ca', 'kerrigan.nsw.gov.au',
  'corbinparish.ie', 'prefeitura.sertaozinho-norte.br', 'greyvale.gov', 'pinecrest-township.us'];
const ROLE_LOCALS = ['311', 'permits', 'licensing', 'parking.appeals', 'counciltax', 'clerk', 'waste', 'library', 'elections', 'noreply',
  'inspections', 'publiccomment', 'buergerservice', 'contact', 'atencion.ciudadana', 'tributi', 'belastingen', 'helpdesk', 'records'];

function email(r: Rng, p?: Person): string {
  const dom = r.chance(0.12) ? r.pick(ORG_DOMAINS) : r.pick(MAIL_DOMAINS);
  const g = p ? ascii(p.g) : '';
  const s = p ? ascii(p.s) : '';
  if (!p || g === '' || s === '' || r.chance(0.15)) return `${r.pick(HANDLE_WORDS)}${r.chance(0.5) ? r.int(1, 99) : ''}@${dom}`;
  const k = r.int(0, 6);
  const local = k === 0 ? `${g}.${s}` : k === 1 ? `${g}_${s}` : k === 2 ? `${g.charAt(0)}${s}` : k === 3 ? `${s}.${g}`
    : k === 4 ? `${g}${r.int(1, 99)}` : k === 5 ? `${g}.${s}${r.int(60, 99)}` : `${s}${g.charAt(0)}`;
  return `${local}@${dom}`;
}
function roleEmail(r: Rng): string {
  return `${r.pick(ROLE_LOCALS)}@${r.pick(ORG_DOMAINS)}`;
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** An address spoken aloud on a call ("ana dot ruiz at gmail dot com"). */
function spokenEmail(addr: string): string {
  const [local = '', dom = ''] = addr.split('@');
  const say = (x: string) => x.replace(/\./g, ' dot ').replace(/_/g, ' underscore ').replace(/-/g, ' dash ')
    .replace(/\d/g, (d) => ` ${DIGIT_WORDS[Number(d)]} `).replace(/\s+/g, ' ').trim();
  return `${say(local)} at ${say(dom)}`;
}
/** A phone number spoken digit by digit, in groups. */
function spokenDigits(num: string): string {
  return num.replace(/[()+]/g, '').split(/[\s.-]+/).filter((g) => g.length > 0)
    .map((g) => g.split('').map((c) => DIGIT_WORDS[Number(c)] ?? c).join(' ')).join(', ');
}

type CC = 'US' | 'CA' | 'UK' | 'IE' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'IT' | 'PT' | 'NL' | 'PL' | 'AU' | 'JP' | 'KR'
  | 'IN' | 'BR' | 'MX' | 'TR' | 'NG' | 'KE' | 'PH';

function phone(r: Rng, cc: CC): string {
  const D = (n: number) => r.digits(n);
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = `${r.int(2, 9)}${D(2)}`;
      const e = `${r.int(2, 9)}${D(2)}`;
      const l = D(4);
      return r.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1 ${a} ${e} ${l}`, `1-${a}-${e}-${l}`, `+1 (${a}) ${e}-${l}`, `${a}-${e}-${l}`]);
    }
    case 'UK':
      return r.pick([`07${r.int(4, 9)}${D(2)} ${D(6)}`, `+44 7${r.int(4, 9)}${D(2)} ${D(6)}`, `020 ${r.int(3, 8)}${D(3)} ${D(4)}`,
        `0113 ${D(3)} ${D(4)}`, `01632 ${D(6)}`, `+44 (0)1${r.int(2, 9)}${D(2)} ${D(6)}`]);
    case 'IE':
      return r.pick([`08${r.pick(['3', '5', '6', '7', '9'])} ${D(3)} ${D(4)}`, `+353 8${r.pick(['5', '6', '7'])} ${D(3)} ${D(4)}`, `(01) ${D(3)} ${D(4)}`, `021 ${D(3)} ${D(4)}`]);
    case 'DE':
      return r.pick([`030 ${D(7)}`, `0${r.pick(['40', '89', '221', '341', '761', '561'])} ${D(6)}`, `015${r.int(1, 9)} ${D(8)}`,
        `+49 17${r.int(0, 9)} ${D(7)}`, `+49 (0)30 ${D(8)}`, `0221/${D(6)}`, `0176-${D(8)}`]);
    case 'AT':
      return r.pick([`+43 1 ${D(3)} ${D(2)} ${D(2)}`, `0664 ${D(7)}`, `+43 664 ${D(3)} ${D(4)}`, `0316 ${D(6)}`]);
    case 'CH':
      return r.pick([`+41 44 ${D(3)} ${D(2)} ${D(2)}`, `079 ${D(3)} ${D(2)} ${D(2)}`, `031 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'FR':
      return r.pick([`0${r.int(1, 7)} ${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `+33 ${r.int(1, 7)} ${D(2)} ${D(2)} ${D(2)} ${D(2)}`,
        `0${r.int(6, 7)}.${D(2)}.${D(2)}.${D(2)}.${D(2)}`, `+33 (0)${r.int(1, 5)} ${D(2)} ${D(2)} ${D(2)} ${D(2)}`]);
    case 'BE':
      return r.pick([`+32 4${r.int(7, 9)}${D(1)} ${D(2)} ${D(2)} ${D(2)}`, `02 ${D(3)} ${D(2)} ${D(2)}`, `04${r.int(7, 9)}${D(1)}/${D(2)}.${D(2)}.${D(2)}`]);
    case 'ES':
      return r.pick([`6${D(2)} ${D(3)} ${D(3)}`, `+34 9${D(2)} ${D(3)} ${D(3)}`, `+34 6${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `91 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'IT':
      return r.pick([`3${r.int(2, 9)}${D(1)} ${D(3)} ${D(4)}`, `+39 0${r.pick(['2', '6', '51', '11', '81'])} ${D(4)} ${D(4)}`, `+39 3${r.int(2, 9)}${D(1)} ${D(7)}`, `051 ${D(6)}`]);
    case 'PT':
      return r.pick([`+351 9${r.pick(['1', '2', '3', '6'])}${D(1)} ${D(3)} ${D(3)}`, `21 ${D(3)} ${D(4)}`, `9${r.pick(['1', '3', '6'])}${D(1)} ${D(3)} ${D(3)}`]);
    case 'NL':
      return r.pick([`06-${D(8)}`, `+31 6 ${D(8)}`, `020 ${D(3)} ${D(4)}`, `(030) ${D(3)} ${D(2)} ${D(2)}`, `+31 (0)50 ${D(7)}`]);
    case 'PL':
      return r.pick([`+48 ${r.int(5, 8)}${D(2)} ${D(3)} ${D(3)}`, `${r.int(5, 8)}${D(2)}-${D(3)}-${D(3)}`, `22 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'AU':
      return r.pick([`04${D(2)} ${D(3)} ${D(3)}`, `+61 4${D(2)} ${D(3)} ${D(3)}`, `(0${r.pick(['2', '3', '7', '8'])}) ${D(4)} ${D(4)}`, `0${r.pick(['2', '3'])} ${D(4)} ${D(4)}`]);
    case 'JP':
      return r.pick([`0${r.pick(['7', '8', '9'])}0-${D(4)}-${D(4)}`, `03-${D(4)}-${D(4)}`, `06-${D(4)}-${D(4)}`, `+81 90-${D(4)}-${D(4)}`, `045-${D(3)}-${D(4)}`]);
    case 'KR':
      return r.pick([`010-${D(4)}-${D(4)}`, `02-${D(3)}-${D(4)}`, `+82 10-${D(4)}-${D(4)}`, `031-${D(3)}-${D(4)}`]);
    case 'IN':
      return r.pick([`+91 ${r.int(7, 9)}${D(4)} ${D(5)}`, `0${r.int(7, 9)}${D(9)}`, `080-${D(8)}`, `+91-${r.int(7, 9)}${D(9)}`]);
    case 'BR':
      return r.pick([`(${r.int(11, 99)}) 9${D(4)}-${D(4)}`, `+55 ${r.int(11, 99)} 9${D(4)}-${D(4)}`, `(${r.int(11, 99)}) ${r.int(2, 5)}${D(3)}-${D(4)}`]);
    case 'MX':
      return r.pick([`+52 55 ${D(4)} ${D(4)}`, `(33) ${D(4)} ${D(4)}`, `81 ${D(4)} ${D(4)}`, `+52 1 55 ${D(4)} ${D(4)}`]);
    case 'TR':
      return r.pick([`0 (5${D(2)}) ${D(3)} ${D(2)} ${D(2)}`, `+90 5${D(2)} ${D(3)} ${D(2)} ${D(2)}`, `0312 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'NG':
      return r.pick([`+234 80${r.int(2, 9)} ${D(3)} ${D(4)}`, `080${r.int(2, 9)} ${D(3)} ${D(4)}`, `0${r.pick(['70', '81', '90'])}${D(8)}`]);
    case 'KE':
      return r.pick([`+254 7${D(2)} ${D(3)} ${D(3)}`, `07${D(2)} ${D(6)}`, `+254 (0) 7${D(2)} ${D(6)}`]);
    case 'PH':
      return r.pick([`0917 ${D(3)} ${D(4)}`, `+63 9${D(2)} ${D(3)} ${D(4)}`, `(02) 8${D(3)} ${D(4)}`, `09${D(2)}-${D(3)}-${D(4)}`]);
  }
}

const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
};

type DateStyle = 'us' | 'usl' | 'usShort' | 'uk' | 'ukl' | 'de' | 'del' | 'fr' | 'frl' | 'es' | 'esl' | 'it' | 'itl' | 'nl' | 'nll'
  | 'pt' | 'ptl' | 'pl' | 'pll' | 'tr' | 'iso' | 'ja' | 'ko' | 'abbr';

const p2 = (n: number) => String(n).padStart(2, '0');
function fmtDate(y: number, m: number, d: number, st: DateStyle): string {
  const mo = (lang: string) => (MONTHS[lang] ?? [])[m - 1] ?? '';
  switch (st) {
    case 'us': return `${p2(m)}/${p2(d)}/${y}`;
    case 'usShort': return `${m}/${d}/${y}`;
    case 'usl': return `${mo('en')} ${d}, ${y}`;
    case 'abbr': return `${d}-${mo('en').slice(0, 3)}-${y}`;
    case 'uk': return `${p2(d)}/${p2(m)}/${y}`;
    case 'ukl': return `${d} ${mo('en')} ${y}`;
    case 'de': return `${p2(d)}.${p2(m)}.${y}`;
    case 'del': return `${d}. ${mo('de')} ${y}`;
    case 'fr': return `${p2(d)}/${p2(m)}/${y}`;
    case 'frl': return `${d === 1 ? '1er' : d} ${mo('fr')} ${y}`;
    case 'es': return `${d}/${m}/${y}`;
    case 'esl': return `${d} de ${mo('es')} de ${y}`;
    case 'it': return `${p2(d)}/${p2(m)}/${y}`;
    case 'itl': return `${d} ${mo('it')} ${y}`;
    case 'nl': return `${p2(d)}-${p2(m)}-${y}`;
    case 'nll': return `${d} ${mo('nl')} ${y}`;
    case 'pt': return `${p2(d)}/${p2(m)}/${y}`;
    case 'ptl': return `${d} de ${mo('pt')} de ${y}`;
    case 'pl': return `${p2(d)}.${p2(m)}.${y}`;
    case 'pll': return `${d} ${mo('pl')} ${y}`;
    case 'tr': return `${d} ${mo('tr')} ${y}`;
    case 'iso': return `${y}-${p2(m)}-${p2(d)}`;
    case 'ja': return `${y}年${m}月${d}日`;
    case 'ko': return `${y}년 ${m}월 ${d}일`;
  }
}
/** A date of birth between the given years. */
function dob(r: Rng, st: DateStyle, y0 = 1938, y1 = 2004): string {
  return fmtDate(r.int(y0, y1), r.int(1, 12), r.int(1, 28), st);
}
/** Some other date (a deadline, a hearing, a collection day). */
function someDate(r: Rng, st: DateStyle): string {
  return fmtDate(r.int(2023, 2026), r.int(1, 12), r.int(1, 28), st);
}
function time(r: Rng): string {
  return `${p2(r.int(7, 18))}:${r.pick(['00', '15', '30', '45', '05', '20'])}`;
}
/** A reference code from a pattern: # digit, A letter, anything else kept. */
function code(r: Rng, pat: string): string {
  let s = '';
  for (const ch of pat) s += ch === '#' ? String(r.int(0, 9)) : ch === 'A' ? String.fromCharCode(65 + r.int(0, 25)) : ch;
  return s;
}
function money(r: Rng, lo: number, hi: number): string {
  return `${r.int(lo, hi)}.${p2(r.pick([0, 0, 50, 25, 75, r.int(0, 99)]))}`;
}

// ---------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs (and their look-alikes)
// ---------------------------------------------------------------------------------------------------

function luhnComplete(r: Rng, prefix: string, len: number): string {
  const body = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  throw new Error('unreachable');
}
function cardDigits(r: Rng): string {
  switch (r.int(0, 10)) {
    case 0: case 1: case 2: return luhnComplete(r, '4', r.chance(0.05) ? 19 : 16);
    case 3: return luhnComplete(r, `5${r.int(1, 5)}`, 16);
    case 4: return luhnComplete(r, String(r.int(2221, 2720)), 16);
    case 5: return luhnComplete(r, r.pick(['34', '37']), 15);
    case 6: return luhnComplete(r, r.pick(['6011', '65', `64${r.int(4, 9)}`]), 16);
    case 7: return luhnComplete(r, String(r.int(3528, 3589)), 16);
    case 8: return luhnComplete(r, r.pick(['36', '38', `30${r.int(0, 5)}`]), 14);
    case 9: return luhnComplete(r, '62', r.chance(0.3) ? 19 : 16);
    default: return luhnComplete(r, '4', 16);
  }
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', ' ', '-', '']);
  let parts: string[];
  if (d.length === 15) parts = [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
  else if (d.length === 14) parts = [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
  else parts = d.match(/.{1,4}/g) ?? [d];
  return parts.join(sep);
}
function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}
/** A card-shaped number that fails Luhn. */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = (Number(d.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, -1) + String(last));
}
function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `ending in ${r.digits(4)}`, `•••• ${r.digits(4)}`]);
}

const LETTER_LEAD: Record<string, number> = { GB: 4, IE: 4, NL: 4, IT: 1, RO: 4, MT: 4, BG: 4, LV: 4, QA: 4, KW: 4 };
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc];
  if (len === undefined) throw new Error(`no IBAN length for ${cc}`);
  const lead = LETTER_LEAD[cc] ?? 0;
  let bban = '';
  for (let i = 0; i < lead; i++) bban += String.fromCharCode(65 + r.int(0, 25));
  bban += r.digits(len - 4 - lead);
  const check = 98 - mod97(`${bban}${cc}00`);
  const iban = `${cc}${p2(check)}${bban}`;
  if (!ibanMod97Valid(iban) || iban.length !== len) throw new Error(`bad IBAN ${iban}`);
  return iban;
}
function groupIban(r: Rng, c: string): string {
  const x = r.next();
  if (x < 0.6) return (c.match(/.{1,4}/g) ?? [c]).join(' ');
  if (x < 0.92) return c;
  return (c.match(/.{1,4}/g) ?? [c]).join(' ').toLowerCase();
}
function iban(r: Rng, cc: string): string {
  return groupIban(r, ibanCompact(r, cc));
}
/** An IBAN-shaped string whose check digits are wrong. */
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const old = Number(c.slice(2, 4));
  let nw = r.int(2, 98);
  if (nw === old) nw = old === 98 ? 2 : old + 1;
  return groupIban(r, `${c.slice(0, 2)}${p2(nw)}${c.slice(4)}`);
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const x = r.next();
  return x < 0.75 ? `${a}-${g}-${s}` : x < 0.87 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}
/** SSN look-alikes that are not valid SSNs (masked, impossible areas, ITIN-like, EIN). */
function notSsn(r: Rng): string {
  return r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`, `000-${r.int(10, 99)}-${r.digits(4)}`,
    `666-${r.int(10, 99)}-${r.digits(4)}`, `9${r.digits(2)}-7${r.int(0, 9)}-${r.digits(4)}`, `${r.int(100, 899)}-00-${r.digits(4)}`]);
}
function ein(r: Rng): string {
  return `${r.int(10, 98)}-${r.digits(7)}`;
}

function ipv4(r: Rng): string {
  const k = r.int(0, 5);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([24, 45, 62, 73, 81, 89, 98, 104, 146, 151, 176, 185, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const pre = r.pick([['2001', 'db8'], ['2a02', '8108'], ['2600', '1700'], ['2406', 'da18'], ['2a01', 'cb19'], ['fe80', '0'], ['2804', '14c']]);
  const groups: string[] = [...pre];
  while (groups.length < 8) groups.push(r.chance(0.3) ? '0' : r.int(1, 65535).toString(16));
  if (pre[0] === 'fe80') groups.splice(1, 3, '0', '0', '0');
  // compress the longest run of zero groups (length >= 2)
  let bestS = -1;
  let bestL = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestL) {
      bestS = i;
      bestL = j - i;
    }
  }
  const s = bestS < 0 ? groups.join(':') : `${groups.slice(0, bestS).join(':')}::${groups.slice(bestS + bestL).join(':')}`;
  return r.chance(0.1) ? s.toUpperCase() : s;
}
function ip(r: Rng): string {
  return r.chance(0.75) ? ipv4(r) : ipv6(r);
}
/** Version strings that look like dotted quads but are not addresses. */
function versionString(r: Rng): string {
  return r.pick([`v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 40)}`, `${r.int(2, 12)}.${r.int(0, 9)}.${r.int(0, 30)}.${r.int(100, 9999)}`,
    `build ${r.int(20, 24)}.${r.int(1, 12)}.${r.int(0, 9)}`]);
}
function hash(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += r.int(0, 15).toString(16);
  return s;
}

// ---------------------------------------------------------------------------------------------------
// Postal addresses, written the way each country writes them (first element = street/building line)
// ---------------------------------------------------------------------------------------------------

const US_STREETS = ['Maple Ridge', 'Cedar Hollow', 'Willow Creek', 'Harmon', 'Lakeview', 'Juniper', 'Sycamore', 'Prairie Wind', 'Birchwood',
  'Elm', 'Quarry', 'Mill Pond', 'Chestnut', 'Tamarack', 'Old Orchard', 'Fox Run', 'Magnolia', 'Kestrel', 'Granite Falls', '5th', '12th', 'Pioneer'];
const US_SUFFIX = ['St', 'Ave', 'Dr', 'Ln', 'Rd', 'Blvd', 'Ct', 'Way', 'Pl', 'Ter', 'Street', 'Avenue', 'Drive'];
const US_CITIES: readonly (readonly [string, string, string])[] = [['Springfield', 'IL', '627'], ['Tacoma', 'WA', '984'], ['Dayton', 'OH', '454'],
  ['Fresno', 'CA', '937'], ['Albany', 'NY', '122'], ['Tulsa', 'OK', '741'], ['Boise', 'ID', '837'], ['Savannah', 'GA', '314'],
  ['Madison', 'WI', '537'], ['Providence', 'RI', '029'], ['Durham', 'NC', '277'], ['El Paso', 'TX', '799'], ['Mesa', 'AZ', '852'],
  ['Lansing', 'MI', '489'], ['Burlington', 'VT', '054'], ['Pueblo', 'CO', '810'], ['Des Moines', 'IA', '503'], ['Chattanooga', 'TN', '374']];
const UK_STREETS = ['Ashdown Road', 'Mill Lane', 'Church Walk', 'Orchard Close', 'Station Road', 'Highfield Avenue', 'Larkspur Way',
  'Kingsley Crescent', 'The Paddocks', 'Beech Grove', 'Tanners Row', 'Cromwell Street', 'Moorside Drive', 'Harebell Gardens'];
const UK_TOWNS: readonly (readonly [string, string])[] = [['Reading', 'RG'], ['Leeds', 'LS'], ['Norwich', 'NR'], ['Bristol', 'BS'], ['Sheffield', 'S'],
  ['Cardiff', 'CF'], ['Glasgow', 'G'], ['Derby', 'DE'], ['Exeter', 'EX'], ['York', 'YO'], ['Swansea', 'SA'], ['Bolton', 'BL']];
const IE_PLACES: readonly (readonly [string, string, string])[] = [['Tallaght', 'Dublin 24', 'D24'], ['Ballincollig', 'Co. Cork', 'P31'],
  ['Salthill', 'Galway', 'H91'], ['Castletroy', 'Limerick', 'V94'], ['Ennis', 'Co. Clare', 'V95'], ['Navan', 'Co. Meath', 'C15']];
const DE_STREETS = ['Lindenstraße', 'Am Mühlbach', 'Gartenweg', 'Hauptstraße', 'Schillerstraße', 'Bahnhofstraße', 'Birkenallee', 'Ringstraße',
  'Kirchgasse', 'Talstraße', 'Goethestraße', 'Am Sonnenhang', 'Heinrich-Heine-Platz', 'Kastanienweg'];
const DE_CITIES: readonly (readonly [string, string])[] = [['Berlin', '10'], ['Hamburg', '22'], ['München', '80'], ['Köln', '50'], ['Leipzig', '04'],
  ['Freiburg im Breisgau', '79'], ['Bremen', '28'], ['Dresden', '01'], ['Kassel', '34'], ['Münster', '48'], ['Bielefeld', '33']];
const AT_CITIES: readonly (readonly [string, string])[] = [['Wien', '1'], ['Graz', '8'], ['Linz', '4'], ['Innsbruck', '6'], ['Salzburg', '5']];
const CH_CITIES: readonly (readonly [string, string])[] = [['Zürich', '80'], ['Bern', '30'], ['Winterthur', '84'], ['Luzern', '60'], ['Basel', '40']];
const FR_STREETS = ['rue des Tilleuls', 'avenue Jean Jaurès', 'boulevard Victor Hugo', 'place de la République', 'impasse des Lilas',
  'chemin du Moulin', 'rue Pasteur', 'allée des Peupliers', 'rue de la Fontaine', 'quai des Brumes', 'rue du Four'];
const FR_CITIES: readonly (readonly [string, string])[] = [['Lyon', '6900'], ['Nantes', '4400'], ['Lille', '5900'], ['Toulouse', '3100'],
  ['Rennes', '3500'], ['Montpellier', '3400'], ['Grenoble', '3800'], ['Strasbourg', '6700'], ['Bordeaux', '3300'], ['Dijon', '2100']];
const BE_CITIES: readonly (readonly [string, string])[] = [['Bruxelles', '10'], ['Liège', '40'], ['Namur', '50'], ['Gent', '90'], ['Leuven', '30']];
const ES_STREETS = ['Calle Mayor', 'Calle de la Paz', 'Avenida de Andalucía', 'Calle San Bernardo', 'Calle Goya', 'Ronda de Segovia',
  'Calle del Olmo', 'Plaza de la Constitución', 'Calle Real', 'Camino de las Huertas'];
const ES_CITIES: readonly (readonly [string, string])[] = [['Madrid', '280'], ['Sevilla', '410'], ['Valencia', '460'], ['Zaragoza', '500'],
  ['Málaga', '290'], ['Bilbao', '480'], ['Granada', '180'], ['Valladolid', '470']];
const IT_STREETS = ['Via Garibaldi', 'Via Roma', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Cavour', 'Via del Pratello',
  'Viale Europa', 'Via Manzoni', 'Vicolo del Pozzo', 'Via delle Rose'];
const IT_CITIES: readonly (readonly [string, string, string])[] = [['Bologna', 'BO', '401'], ['Torino', 'TO', '101'], ['Napoli', 'NA', '801'],
  ['Firenze', 'FI', '501'], ['Milano', 'MI', '201'], ['Bari', 'BA', '701'], ['Padova', 'PD', '351'], ['Genova', 'GE', '161']];
const NL_STREETS = ['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Prinsengracht', 'Oudegracht', 'Lindelaan', 'Beukenlaan', 'Stationsweg', 'Zuiderdiep'];
const NL_CITIES = ['Utrecht', 'Groningen', 'Eindhoven', 'Haarlem', 'Leiden', 'Zwolle', 'Tilburg', 'Nijmegen', 'Deventer'];
const PT_STREETS = ['Rua das Flores', 'Avenida da Liberdade', 'Rua do Almada', 'Travessa do Carmo', 'Rua Direita', 'Largo do Chafariz'];
const PT_CITIES: readonly (readonly [string, string])[] = [['Lisboa', '1'], ['Porto', '4'], ['Braga', '47'], ['Coimbra', '30'], ['Faro', '80']];
const BR_STREETS = ['Rua das Palmeiras', 'Avenida Brasil', 'Rua Sete de Setembro', 'Rua XV de Novembro', 'Travessa do Comércio', 'Rua Augusta', 'Rua dos Ipês'];
const BR_CITIES: readonly (readonly [string, string, string])[] = [['Curitiba', 'PR', '80'], ['Recife', 'PE', '50'], ['Porto Alegre', 'RS', '90'],
  ['Belo Horizonte', 'MG', '30'], ['Salvador', 'BA', '40'], ['Campinas', 'SP', '13'], ['Fortaleza', 'CE', '60']];
const MX_STREETS = ['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Juárez', 'Calle 5 de Mayo', 'Calzada de Tlalpan', 'Calle Morelos', 'Av. Revolución'];
const MX_PLACES: readonly (readonly [string, string, string])[] = [['Del Valle', 'Ciudad de México', 'CDMX'], ['Centro', 'Guadalajara', 'Jal.'],
  ['Obispado', 'Monterrey', 'N.L.'], ['La Paz', 'Puebla', 'Pue.'], ['Jardines del Bosque', 'Guadalajara', 'Jal.']];
const CA_PLACES: readonly (readonly [string, string, string, string])[] = [['Queen St W', 'Toronto', 'ON', 'M'], ['Rue Saint-Denis', 'Montréal', 'QC', 'H'],
  ['Jasper Ave', 'Edmonton', 'AB', 'T'], ['Granville St', 'Vancouver', 'BC', 'V'], ['Portage Ave', 'Winnipeg', 'MB', 'R'],
  ['Barrington St', 'Halifax', 'NS', 'B'], ['Bank St', 'Ottawa', 'ON', 'K']];
const AU_STREETS = ['Banksia St', 'Wattle Ave', 'Kingfisher Cres', 'Bellbird Rd', 'Jacaranda Dr', 'Railway Pde', 'Ocean View Tce', 'Currawong Pl'];
const AU_PLACES: readonly (readonly [string, string, string])[] = [['Fitzroy', 'VIC', '3065'], ['Newtown', 'NSW', '2042'], ['Fortitude Valley', 'QLD', '4006'],
  ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005'], ['Braddon', 'ACT', '2612']];
const PL_STREETS = ['ul. Kwiatowa', 'ul. Lipowa', 'al. Niepodległości', 'ul. Polna', 'ul. Ogrodowa', 'os. Słoneczne', 'ul. Krótka'];
const PL_CITIES: readonly (readonly [string, string])[] = [['Warszawa', '0'], ['Kraków', '3'], ['Gdańsk', '80'], ['Wrocław', '5'], ['Poznań', '6']];
const TR_STREETS = ['Atatürk Cad.', 'Gül Sok.', 'Cumhuriyet Cad.', 'Menekşe Sok.', 'İstiklal Cad.', 'Çınar Sok.'];
const TR_PLACES: readonly (readonly [string, string, string])[] = [['Çankaya', 'Ankara', '06'], ['Kadıköy', 'İstanbul', '34'], ['Konak', 'İzmir', '35'], ['Nilüfer', 'Bursa', '16']];
const JP_PLACES: readonly (readonly [string, string])[] = [['東京都', '世田谷区桜新町'], ['大阪府', '大阪市北区天満'], ['神奈川県', '横浜市港北区日吉'],
  ['福岡県', '福岡市中央区薬院'], ['北海道', '札幌市豊平区月寒'], ['京都府', '京都市左京区岡崎']];
const JP_BUILDINGS = ['サンライズ桜', 'グリーンハイツ', 'メゾン若葉', 'コーポ青山', 'パークサイド月見'];
const KR_PLACES = ['서울특별시 마포구 월드컵북로', '서울특별시 관악구 봉천로', '부산광역시 해운대구 좌동순환로', '대전광역시 유성구 대학로', '경기도 수원시 팔달구 정조로'];
const IN_PLACES: readonly (readonly [string, string, string])[] = [['Indiranagar', 'Bengaluru', '5600'], ['Andheri West', 'Mumbai', '4000'],
  ['Anna Nagar', 'Chennai', '6000'], ['Salt Lake', 'Kolkata', '7000'], ['Kothrud', 'Pune', '4110'], ['Gachibowli', 'Hyderabad', '5000']];
const IN_BUILDINGS = ['Sai Residency', 'Green Meadows Apartments', 'Lakshmi Towers', 'Shanti Kunj', 'Orchid Enclave'];
const NG_STREETS = ['Adeola Odeku Street', 'Allen Avenue', 'Ogui Road', 'Ring Road', 'Aminu Kano Crescent', 'Bode Thomas Street'];
const NG_PLACES: readonly (readonly [string, string])[] = [['Victoria Island, Lagos', 'Lagos'], ['Ikeja, Lagos', 'Lagos'], ['Wuse II, Abuja', 'FCT'],
  ['Enugu', 'Enugu'], ['Ibadan', 'Oyo']];
const PH_PLACES: readonly (readonly [string, string, string])[] = [['San Isidro', 'Quezon City', '1100'], ['Poblacion', 'Makati City', '1210'],
  ['Lahug', 'Cebu City', '6000'], ['Talomo', 'Davao City', '8000']];
const PH_STREETS = ['Sampaguita St.', 'Mabini St.', 'Narra Ave.', 'Ilang-Ilang St.', 'Kamagong Rd.'];

function letters(r: Rng, n: number, set = 'ABDEFGHJLNPQRSTUWXYZ'): string {
  let s = '';
  for (let i = 0; i < n; i++) s += set.charAt(r.int(0, set.length - 1));
  return s;
}

/** A postal address as lines (first = street/building/PO box line, last = postcode/city/country line). */
function addrLines(r: Rng, cc: CC): string[] {
  const n = (lo: number, hi: number) => String(r.int(lo, hi));
  switch (cc) {
    case 'US': {
      const [city, st, zp] = r.pick(US_CITIES);
      const dir = r.chance(0.25) ? `${r.pick(['N', 'S', 'E', 'W', 'NE', 'SW'])} ` : '';
      let l1 = `${n(2, 9899)} ${dir}${r.pick(US_STREETS)} ${r.pick(US_SUFFIX)}`;
      if (r.chance(0.3)) l1 += r.pick([`, Apt ${n(1, 40)}${r.pick(['', 'B', 'C'])}`, ` Unit ${n(100, 520)}`, ` #${n(2, 30)}`]);
      if (r.chance(0.08)) l1 = `PO Box ${n(100, 9999)}`;
      return [l1, `${city}, ${st} ${zp}${r.digits(2)}${r.chance(0.15) ? `-${r.digits(4)}` : ''}`];
    }
    case 'CA': {
      const [street, city, prov, fsa] = r.pick(CA_PLACES);
      const pc = `${fsa}${n(1, 9)}${letters(r, 1, 'ABCEGHJKLMNPRSTVXY')} ${n(1, 9)}${letters(r, 1, 'ABCEGHJKLMNPRSTVXY')}${n(0, 9)}`;
      const unit = r.chance(0.3) ? `${n(101, 2408)}-` : '';
      return [`${unit}${n(10, 2999)} ${street}`, `${city} ${prov} ${pc}`];
    }
    case 'UK': {
      const [town, area] = r.pick(UK_TOWNS);
      const pc = `${area}${n(1, 20)} ${n(1, 9)}${letters(r, 2)}`;
      const lines = [`${n(1, 212)} ${r.pick(UK_STREETS)}`, town, pc];
      if (r.chance(0.3)) lines.unshift(r.pick([`Flat ${n(1, 12)}`, `${r.pick(['Rose', 'Ivy', 'Mill', 'Willow'])} Cottage`, `Flat ${n(1, 9)}${r.pick(['A', 'B'])}, ${r.pick(['Kestrel House', 'Albion Court', 'Meadow View'])}`]));
      return lines;
    }
    case 'IE': {
      const [area, county, rk] = r.pick(IE_PLACES);
      return [`${n(1, 180)} ${r.pick(['Glenview Park', 'Hazel Grove', 'Castle Heights', 'Bóthar na Trá', 'Oakwood Drive'])}`, area, county, `${rk} ${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.digits(1)}${letters(r, 2, 'ACDEFHKNPRTVWXY')}`];
    }
    case 'DE': {
      const [city, plz] = r.pick(DE_CITIES);
      return [`${r.pick(DE_STREETS)} ${n(1, 140)}${r.pick(['', '', 'a', 'b'])}`, `${plz}${r.digits(3)} ${city}`];
    }
    case 'AT': {
      const [city, plz] = r.pick(AT_CITIES);
      return [`${r.pick(DE_STREETS)} ${n(1, 90)}${r.chance(0.5) ? `/${n(1, 4)}/${n(1, 20)}` : ''}`, `${plz}${r.digits(3)} ${city}`];
    }
    case 'CH': {
      const [city, plz] = r.pick(CH_CITIES);
      return [`${r.pick(DE_STREETS)} ${n(1, 90)}`, `${plz}${r.digits(2)} ${city}`];
    }
    case 'FR': {
      const [city, cp] = r.pick(FR_CITIES);
      const lines = [`${n(1, 120)}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(FR_STREETS)}`, `${cp}${n(0, 9)} ${r.chance(0.2) ? city.toUpperCase() : city}`];
      if (r.chance(0.25)) lines.unshift(`Bâtiment ${r.pick(['A', 'B', 'C'])}, appartement ${n(1, 60)}`);
      return lines;
    }
    case 'BE': {
      const [city, cp] = r.pick(BE_CITIES);
      return [`${r.pick(['Rue de la Station', 'Avenue des Combattants', 'Kerkstraat', 'Rue Haute', 'Molenstraat'])} ${n(1, 200)}${r.chance(0.3) ? ` bte ${n(1, 12)}` : ''}`, `${cp}${r.digits(2)} ${city}`];
    }
    case 'ES': {
      const [city, cp] = r.pick(ES_CITIES);
      return [`${r.pick(ES_STREETS)}, ${n(1, 140)}${r.chance(0.6) ? `, ${n(1, 8)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}` : ''}`, `${cp}${r.digits(2)} ${city}`];
    }
    case 'IT': {
      const [city, prov, cap] = r.pick(IT_CITIES);
      return [`${r.pick(IT_STREETS)}, ${n(1, 180)}${r.chance(0.2) ? `/${r.pick(['A', 'B'])}` : ''}`, `${cap}${r.digits(2)} ${city} (${prov})`];
    }
    case 'NL':
      return [`${r.pick(NL_STREETS)} ${n(1, 300)}${r.pick(['', '', '-A', ' bis', '-2'])}`, `${n(1000, 9999)} ${letters(r, 2, 'ABCDEGHJKLMNPRTVWXZ')} ${r.pick(NL_CITIES)}`];
    case 'PT': {
      const [city, cp] = r.pick(PT_CITIES);
      return [`${r.pick(PT_STREETS)}, ${n(1, 300)}${r.chance(0.5) ? `, ${n(1, 6)}º ${r.pick(['Esq.', 'Dto.', 'Frt.'])}` : ''}`, `${cp}${r.digits(4 - cp.length)}-${r.digits(3)} ${city}`];
    }
    case 'BR': {
      const [city, uf, cep] = r.pick(BR_CITIES);
      return [`${r.pick(BR_STREETS)}, ${n(10, 3200)}${r.chance(0.4) ? `, apto ${n(11, 1504)}` : ''} - ${r.pick(['Centro', 'Jardim América', 'Boa Vista', 'Vila Nova'])}`, `${city} - ${uf}`, `${cep}${r.digits(3)}-${r.digits(3)}`];
    }
    case 'MX': {
      const [col, city, st] = r.pick(MX_PLACES);
      return [`${r.pick(MX_STREETS)} ${n(10, 4200)}${r.chance(0.4) ? ` Int. ${n(1, 30)}` : ''}`, `Col. ${col}`, `C.P. ${r.digits(5)}, ${city}, ${st}`];
    }
    case 'AU': {
      const [sub, st, pc] = r.pick(AU_PLACES);
      return [`${r.chance(0.3) ? `Unit ${n(1, 24)}/` : ''}${n(1, 220)} ${r.pick(AU_STREETS)}`, `${r.chance(0.3) ? sub.toUpperCase() : sub} ${st} ${pc}`];
    }
    case 'PL': {
      const [city, pre] = r.pick(PL_CITIES);
      return [`${r.pick(PL_STREETS)} ${n(1, 120)}${r.chance(0.5) ? `/${n(1, 60)}` : ''}`, `${pre}${r.digits(2 - pre.length)}-${r.digits(3)} ${city}`];
    }
    case 'TR': {
      const [ilce, il, pre] = r.pick(TR_PLACES);
      return [`${r.pick(['Bahçelievler', 'Yenimahalle', 'Moda', 'Alsancak'])} Mah. ${r.pick(TR_STREETS)} No: ${n(1, 120)} D: ${n(1, 20)}`, `${pre}${r.digits(3)} ${ilce}/${il}`];
    }
    case 'JP': {
      const [pref, city] = r.pick(JP_PLACES);
      const bld = r.chance(0.5) ? ` ${r.pick(JP_BUILDINGS)}${n(101, 905)}号室` : '';
      return [`〒${r.digits(3)}-${r.digits(4)} ${pref}${city}${n(1, 5)}丁目${n(1, 30)}-${n(1, 20)}${bld}`];
    }
    case 'KR':
      return [`${r.pick(KR_PLACES)} ${n(1, 300)}${r.chance(0.5) ? `, ${n(101, 1502)}호` : ''} (우편번호 ${r.digits(5)})`];
    case 'IN': {
      const [area, city, pin] = r.pick(IN_PLACES);
      return [`Flat ${n(101, 1204)}, ${r.pick(IN_BUILDINGS)}`, `${n(1, 18)}th Cross, ${area}`, `${city} - ${pin}${r.digits(2)}`];
    }
    case 'NG': {
      const [area, st] = r.pick(NG_PLACES);
      return [`${r.chance(0.3) ? 'Plot ' : ''}${n(1, 260)} ${r.pick(NG_STREETS)}`, area, `${st} State`];
    }
    case 'KE':
      return [`P.O. Box ${n(100, 99999)}-${r.pick(['00100', '00200', '40100', '80100'])}`, r.pick(['Nairobi', 'Kisumu', 'Mombasa', 'Nakuru'])];
    case 'PH': {
      const [brgy, city, zip] = r.pick(PH_PLACES);
      return [`${r.chance(0.5) ? `Blk ${n(1, 40)} Lot ${n(1, 60)}, ` : `${n(1, 300)} `}${r.pick(PH_STREETS)}`, `Brgy. ${brgy}`, `${city} ${zip}`];
    }
  }
}
/** The address on one line. */
function addr(r: Rng, cc: CC): string {
  return addrLines(r, cc).join(', ');
}
/** The address as a block of lines. */
function addrBlock(r: Rng, cc: CC): string {
  return addrLines(r, cc).join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Template helpers
// ---------------------------------------------------------------------------------------------------

type Tpl = (r: Rng, d: Doc) => void;

const NAMES: Record<CC, readonly string[]> = {
  US: ['us', 'mx', 'hi', 'zh', 'ng', 'vi', 'ko', 'ar', 'fil', 'et', 'he', 'ru', 'it', 'ie', 'pl'], CA: ['uk', 'fr', 'zh', 'ta', 'ie', 'ar', 'fil', 'ko'],
  UK: ['uk', 'ie', 'bd', 'hi', 'pl', 'ng', 'eaf', 'gr', 'tr'], IE: ['ie', 'uk', 'pl', 'ng', 'pt'], DE: ['de', 'tr', 'pl', 'ru', 'ar', 'gr'],
  AT: ['de', 'cz', 'hu', 'tr'], CH: ['de', 'it', 'fr', 'pt'], FR: ['fr', 'ar', 'pt', 'eaf', 'vi'], BE: ['fr', 'nl', 'ar', 'tr', 'it'],
  ES: ['es', 'ar', 'mx', 'nordic'], IT: ['it', 'ar', 'fil', 'eaf'], PT: ['pt', 'eaf', 'hi'], NL: ['nl', 'tr', 'ar', 'de'], PL: ['pl', 'ru'],
  AU: ['uk', 'zh', 'gr', 'it', 'vi', 'hi'], JP: ['ja-native'], KR: ['ko-native'], IN: ['hi', 'ta', 'bd'], BR: ['pt', 'ja', 'it'],
  MX: ['mx', 'es'], TR: ['tr'], NG: ['ng'], KE: ['eaf'], PH: ['fil', 'es'],
};
const who = (r: Rng, cc: CC) => person(r, NAMES[cc]);
/** Writes a name in a random form as a PERSON label. */
function nm(r: Rng, d: Doc, p: Person): Doc {
  return d.p(form(r, p));
}
const EN_HON = ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mx.', 'Mr', 'Ms'];
/** Honorific + surname (honorific outside the span). */
function honS(r: Rng, d: Doc, p: Person, hons: readonly string[] = EN_HON): Doc {
  return d.t(`${r.pick(hons)} `).p(p.s);
}
const CITY_NAMES = ['Harrowfield', 'Millbrook', 'Lakemont', 'Greyvale', 'Pinecrest Township', 'Northhaven', 'Brennick', 'Corbin'];
const STAFF_FIRST = ['Dana', 'Marcus', 'Renee', 'Tomás', 'Keisha', 'Owen', 'Priyanka', 'Lorraine', 'Jamal', 'Beth'];
const DISTRACT_EN = [
  'The pothole is right outside the Wendy\'s on Martin Luther King Jr. Blvd.',
  'Ref. Megan\'s Law notice posted at the Rosa Parks Community Center last week.',
  'This was logged in the Salesforce queue under Team Hawthorne.',
  'Same issue as ticket #24-0081736 from last spring.',
  'The Ford Transit crew came by but left without finishing.',
  'Our block captain uses the Nextdoor group "Lincoln Heights Neighbors".',
  'The Alzheimer\'s Association van parks there every Tuesday.',
  'The storm drain has been blocked since Hurricane Ida.',
  'Crew lead said to follow up via @HarrowfieldDPW on X.',
  'The streetlight pole number is SL-0047219.',
  'Tracking no. 1Z 999 AA1 01 2345 6784 for the replacement bin.',
];

// ---------------------------------------------------------------------------------------------------
// Templates: United States
// ---------------------------------------------------------------------------------------------------

const US_TEMPLATES: Tpl[] = [
  // 311 web form
  (r, d) => {
    const p = who(r, 'US');
    d.t(`Service Request ${code(r, 'SR-2024-#######')} | Category: ${r.pick(['Pothole / Street Defect', 'Missed Trash Pickup', 'Graffiti Removal', 'Streetlight Out', 'Illegal Dumping', 'Abandoned Vehicle'])}\n`);
    d.t(`Submitted: 2024-${p2(r.int(1, 12))}-${p2(r.int(1, 28))} ${time(r)} via ${r.pick(['web portal', 'mobile app'])} (client IP `).l('IP', ip(r)).t(`, app ${versionString(r)})\n`);
    d.t('Contact name: ');
    if (r.chance(0.6)) d.self(p);
    else nm(r, d, p);
    d.t('\nEmail: ').l('EMAIL', email(r, p)).t('\nPhone: ').l('PHONE', phone(r, 'US'));
    d.t('\nLocation of issue: ').l('ADDRESS', addr(r, 'US'));
    d.t(`\nDescription: ${r.pick(DISTRACT_EN)} ${r.pick(['Please send someone before the weekend.', 'Third time reporting this.', 'Kids walk past here to school.'])}\n`);
  },
  // 311 call transcript with spoken contact details
  (r, d) => {
    const p = who(r, 'US');
    const agent = r.pick(STAFF_FIRST);
    const city = r.pick(CITY_NAMES);
    d.t(`[311 call transcript · queue ${r.pick(['Sanitation', 'Streets', 'Code Enforcement'])} · agent `).p(agent).t(` (ID ${r.int(1000, 9999)})]\n`);
    d.t(`AGENT: City of ${city} 311, this is `).p(agent).t('. How can I help you today?\n');
    d.t(`CALLER: Hi, um, yeah, my name is `);
    if (r.chance(0.5)) d.self(p);
    else d.p(full(p).toLowerCase());
    d.t(' and nobody picked up our recycling again.\nAGENT: Sorry about that. What\'s the service address?\nCALLER: ').l('ADDRESS', addr(r, 'US'));
    d.t('.\nAGENT: And a good callback number?\nCALLER: ');
    const ph = `${r.int(2, 9)}${r.digits(2)}-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`;
    d.l('PHONE', spokenDigits(ph));
    d.t('.\nAGENT: Would you like updates by email?\nCALLER: Sure, it\'s ').l('EMAIL', spokenEmail(email(r, p)));
    d.t(`.\nAGENT: Got it. Your reference number is ${code(r, '#######')}, and collection should happen within two business days.\n`);
  },
  // parking citation appeal
  (r, d) => {
    const p = who(r, 'US');
    d.t(`PARKING CITATION APPEAL — Citation No. ${code(r, 'PK-########')}   Plate: ${code(r, '#AAA###')} (${r.pick(['CA', 'WA', 'OH', 'TX'])})\n`);
    d.t('Registered owner / appellant: ');
    if (r.chance(0.5)) d.self(p);
    else d.p(`${p.s}, ${p.g}`);
    d.t('\nMailing address: ').l('ADDRESS', addr(r, 'US')).t('\nDaytime phone: ').l('PHONE', phone(r, 'US'));
    if (r.chance(0.4)) d.t(` ext. ${r.int(10, 499)}`);
    d.t('\nEmail: ').l('EMAIL', email(r, p));
    d.t(`\nReason: The meter at ${r.pick(['Oak & 3rd', 'the Kennedy Library lot', 'the Walmart entrance'])} was out of order; photo attached (IMG_${r.int(1000, 9999)}.HEIC).\n`);
    d.t(`Administrative review fee $${money(r, 20, 60)} charged to card `).l('CARD', card(r)).t(` exp ${p2(r.int(1, 12))}/${r.int(25, 30)}.\n`);
  },
  // voter registration
  (r, d) => {
    const p = who(r, 'US');
    d.t(`VOTER REGISTRATION APPLICATION (county form VR-${r.int(100, 999)})\n1. Name (last, first): `).p(`${p.s.toUpperCase()}, ${p.g.toUpperCase()}`);
    d.t('\n2. Date of birth: ').l('DOB', dob(r, r.pick(['us', 'usShort', 'usl']), 1940, 2006));
    d.t('\n3. Residence address: ').l('ADDRESS', addr(r, 'US'));
    d.t(`\n4. ID: Driver license ${code(r, 'A###-####-####')}`);
    if (r.chance(0.5)) d.t('   SSN: ').l('NATIONAL_ID', ssn(r));
    else d.t(`   Last four of SSN: ${r.digits(4)}`);
    d.t('\n5. Phone (optional): ').l('PHONE', phone(r, 'US')).t(`\n6. Party: ${r.pick(['Democratic', 'Republican', 'No party preference', 'Libertarian', 'Green'])}`);
    if (r.chance(0.4)) {
      const old = person(r, [p.c.id]);
      d.t('\n7. Previously registered under the name ').p(`${old.g} ${p.s}`).t(' at ').l('ADDRESS', addr(r, 'US'));
    }
    d.t(`\nReceived ${someDate(r, 'us')} — batch ${code(r, 'B##-####')}\n`);
  },
  // case-worker note (benefits / housing)
  (r, d) => {
    const p = who(r, 'US');
    const cw = who(r, 'US');
    d.t(`CASE NOTE — Case #${code(r, 'HS-######')} — ${someDate(r, 'us')}\nWorker: `).p(`${cw.g.charAt(0)}. ${cw.s}`).t('\n');
    d.t('Met with client ').p(full(p)).t(' (DOB ').l('DOB', dob(r, 'us', 1950, 2000)).t(', SSN ').l('NATIONAL_ID', ssn(r));
    d.t(`) at the ${r.pick(['Eastside', 'Carver', 'Riverside'])} office re: ${r.pick(['SNAP recertification', 'emergency rental assistance', 'LIHEAP utility help'])}. `);
    const kid = person(r, [p.c.id]);
    d.t('Household includes son/daughter ').p(kid.g).t(', born ').l('DOB', dob(r, 'us', 2008, 2021)).t(`. Client's `);
    d.t(`${r.pick(['landlord', 'property manager'])} `).p(form(r, who(r, 'US'))).t(' can be reached at ').l('PHONE', phone(r, 'US')).t('. ');
    d.t(`Client reports lease ends ${someDate(r, 'usl')}. Current address: `).l('ADDRESS', addr(r, 'US'));
    d.t(`. Docs pending: pay stubs, employer EIN ${ein(r)}. Next appt ${someDate(r, 'usShort')} ${time(r)}.\n`);
  },
  // building inspection report
  (r, d) => {
    const owner = who(r, 'US');
    const insp = who(r, 'US');
    d.t(`BUILDING INSPECTION REPORT\nPermit: ${code(r, 'BLD2024-#####')}   Inspection type: ${r.pick(['Rough framing', 'Final electrical', 'Footing', 'Insulation', 'Final building'])}\n`);
    d.t('Site address: ').l('ADDRESS', addr(r, 'US')).t(`\nParcel/APN: ${code(r, '###-###-###-000')}\nOwner: `);
    nm(r, d, owner).t('   Owner phone: ').l('PHONE', phone(r, 'US'));
    d.t(`\nContractor: ${r.pick(['Summit Ridge Builders LLC', 'Grant & Sons Roofing', 'Hope Valley Electric', 'Baker Brothers Plumbing'])} (Lic. #${code(r, '######')})\n`);
    d.t(`Result: ${r.pick(['APPROVED', 'CORRECTIONS REQUIRED', 'PARTIAL'])} — ${r.pick(['Smoke alarms per NFPA 72 missing in hallway.', 'Handrail height below IRC R311.7.8.', 'GFCI protection missing at kitchen island.'])}\n`);
    d.t('Inspector: ').p(`${insp.g} ${insp.s}`).t(`, badge ${r.int(100, 999)} — ${someDate(r, 'us')}\n`);
  },
  // building permit application with fee payment and audit footer
  (r, d) => {
    const p = who(r, 'US');
    d.t(`Online Permit Application ${code(r, 'PRJ-24-######')} (${r.pick(['Fence', 'Deck', 'Re-roof', 'Water heater', 'Solar PV'])})\nApplicant: `);
    if (r.chance(0.6)) d.self(p);
    else nm(r, d, p);
    d.t(' — ').l('EMAIL', email(r, p)).t(' — ').l('PHONE', phone(r, 'US')).t('\nProject address: ').l('ADDRESS', addr(r, 'US'));
    d.t(`\nValuation: $${r.int(2, 90)},${r.digits(3)}   Fee: $${money(r, 45, 900)}\n`);
    d.t('Payment: ').l('CARD', card(r)).t(` (auth ${code(r, 'AA####')})\n`);
    d.t(`-- audit: submitted ${r.int(2023, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${time(r)}:${p2(r.int(0, 59))}Z from `).l('IP', ip(r)).t(` session ${hash(r, 16)}\n`);
  },
  // council minutes with public comment
  (r, d) => {
    const mayor = who(r, 'US');
    const c1 = who(r, 'US');
    const c2 = who(r, 'US');
    d.t(`MINUTES — Regular Meeting of the City Council, ${someDate(r, 'usl')}\nPresent: Mayor `).p(full(mayor)).t('; Councilmembers ').p(full(c1)).t(', ').p(full(c2));
    d.t(`.\nItem ${r.int(4, 12)}: Ordinance ${r.int(2024, 2025)}-${r.int(10, 99)} (rezoning near Cesar Chavez Park).\nPublic comment:\n`);
    for (let i = 0; i < r.int(1, 3); i++) {
      const sp = who(r, 'US');
      d.t('– ').p(full(sp)).t(', ').l('ADDRESS', addr(r, 'US')).t(`, spoke ${r.pick(['in opposition', 'in support', 'about parking'])}. `);
      if (r.chance(0.3)) d.t('Contact: ').l('EMAIL', email(r, sp)).t('. ');
      d.t('\n');
    }
    d.t('Motion by Councilmember ').p(c1.s).t(', second by ').p(c2.s).t(`; passed ${r.int(4, 7)}-${r.int(0, 2)}.\n`);
  },
  // public comment submission (web form)
  (r, d) => {
    const p = who(r, 'US');
    d.t(`Public Comment — Agenda item ${r.int(1, 20)}${r.pick(['A', 'B', ''])} — ${r.pick(['Budget FY25', 'Short-term rental ordinance', 'Bike lane on Grant Ave'])}\nName: `);
    if (r.chance(0.6)) d.self(p);
    else nm(r, d, p);
    d.t('\nAddress: ').l('ADDRESS', addr(r, 'US')).t('\nEmail: ').l('EMAIL', email(r, p));
    d.t(`\nComment: I've lived here ${r.int(3, 40)} years. ${r.pick(DISTRACT_EN)} My neighbor `).p(form(r, who(r, 'US'))).t(' agrees.\n');
    d.t('Submitted from ').l('IP', ip(r)).t(` at ${time(r)}\n`);
  },
  // library card application
  (r, d) => {
    const p = who(r, 'US');
    const minor = r.chance(0.4);
    d.t(`${r.pick(CITY_NAMES)} Public Library — Card Application (${r.pick(['Carnegie', 'Eastgate', 'Frederick Douglass'])} Branch)\nApplicant: `);
    nm(r, d, p).t('\nDate of birth: ').l('DOB', dob(r, 'us', minor ? 2010 : 1945, minor ? 2019 : 2005));
    if (minor) d.t('\nParent/guardian: ').p(full(person(r, [p.c.id])));
    d.t('\nHome address: ').l('ADDRESS', addr(r, 'US')).t('\nPhone: ').l('PHONE', phone(r, 'US'));
    if (r.chance(0.7)) d.t('\nEmail for notices: ').l('EMAIL', email(r, p));
    d.t(`\nBarcode issued: 2${r.digits(13)}   PIN set: yes\n`);
  },
  // property tax homestead / senior exemption
  (r, d) => {
    const p = who(r, 'US');
    d.t(`APPLICATION FOR RESIDENCE HOMESTEAD EXEMPTION — Tax year ${r.int(2024, 2026)}\nProperty ID ${code(r, 'R######')}  Account ${code(r, '#####-###-####')}\nOwner name: `);
    d.p(full(p).toUpperCase()).t('   Owner SSN: ').l('NATIONAL_ID', ssn(r)).t('   Birth date: ').l('DOB', dob(r, 'us', 1935, 1962));
    d.t('\nProperty address: ').l('ADDRESS', addr(r, 'US'));
    d.t(`\nAssessed value $${r.int(120, 640)},${r.digits(3)}; over-65 exemption requested. Taxing unit EIN ${ein(r)}.\n`);
    if (r.chance(0.5)) {
      const sp = person(r, [p.c.id]);
      d.t('Spouse: ').p(`${sp.g} ${p.s}`).t(', SSN ').l('NATIONAL_ID', ssn(r)).t('\n');
    }
  },
  // business licence renewal
  (r, d) => {
    const p = who(r, 'US');
    d.t(`BUSINESS LICENSE RENEWAL ${code(r, 'BL-######')}\nBusiness: ${r.pick(['May Flower Bakery', 'Hope Street Tattoo', 'Grant Auto Detailing', 'Little Saigon Pho', 'Rose & Thistle Florist'])} (sole proprietor)\n`);
    d.t('Owner: ').p(full(p)).t('   SSN/TIN: ').l('NATIONAL_ID', ssn(r)).t('\nBusiness address: ').l('ADDRESS', addr(r, 'US'));
    d.t('\nOwner phone: ').l('PHONE', phone(r, 'US')).t(`\nGross receipts: $${r.int(20, 400)},${r.digits(3)}   State seller's permit ${code(r, 'SR AAA ##-######')}\n`);
    d.t(`Renewal fee $${money(r, 60, 400)} paid with `).l('CARD', card(r)).t('.\n');
  },
  // marriage licence application
  (r, d) => {
    const a = who(r, 'US');
    const b = who(r, 'US');
    d.t(`COUNTY CLERK — MARRIAGE LICENSE WORKSHEET #${code(r, 'ML-#####')}\nParty A: `).p(full(a)).t('  DOB ').l('DOB', dob(r, 'usShort', 1960, 2003)).t('  SSN ').l('NATIONAL_ID', ssn(r));
    d.t('\nParty B: ').p(full(b)).t('  DOB ').l('DOB', dob(r, 'usShort', 1960, 2003)).t('  SSN ');
    if (r.chance(0.7)) d.l('NATIONAL_ID', ssn(r));
    else d.t(notSsn(r));
    d.t('\nMailing address: ').l('ADDRESS', addr(r, 'US')).t(`\nCeremony date: ${someDate(r, 'usl')}  Officiant: Rev. `).p(form(r, who(r, 'US'))).t('\n');
  },
  // rec centre youth programme signup
  (r, d) => {
    const parent = who(r, 'US');
    const kid = person(r, [parent.c.id]);
    d.t(`Parks & Rec Registration — ${r.pick(['Summer Day Camp', 'Youth Soccer U10', 'Learn to Swim', 'After-school Robotics'])} (session ${code(r, 'SU25-###')})\n`);
    d.t('Participant: ').p(`${kid.g} ${parent.s}`).t('  Birthdate: ').l('DOB', dob(r, 'us', 2011, 2020)).t('\nParent/guardian: ');
    if (r.chance(0.5)) d.self(parent);
    else nm(r, d, parent);
    d.t('  Cell: ').l('PHONE', phone(r, 'US')).t('\nEmergency contact: ').p(form(r, who(r, 'US'))).t(' ').l('PHONE', phone(r, 'US'));
    d.t(`\nAllergies: ${r.pick(['none', 'peanuts', 'bee stings'])}. Fee $${money(r, 40, 300)} — card `).l('CARD', card(r)).t('\n');
  },
  // utility payment-plan live chat
  (r, d) => {
    const p = who(r, 'US');
    const agent = r.pick(STAFF_FIRST);
    d.t(`Live chat — Utilities Billing — session ${hash(r, 12)}\nVisitor IP: `).l('IP', ip(r)).t('\n');
    d.t(`[${time(r)}] `).p(agent).t(': Hi, you\'re chatting with ').p(agent).t(' from Utility Billing. Account number please?\n');
    d.t(`[${time(r)}] Visitor: ${code(r, '#######-##')}. This is `);
    if (r.chance(0.6)) d.self(p);
    else nm(r, d, p);
    d.t(', I need a payment plan for the water bill, it doubled after the leak.\n');
    d.t(`[${time(r)}] `).p(agent).t(`: I can set up 6 installments of $${money(r, 30, 120)}. Card to use?\n`);
    d.t(`[${time(r)}] Visitor: `).l('CARD', card(r)).t(` exp ${p2(r.int(1, 12))}/${r.int(25, 30)} — not the old one ${maskedCard(r)}.\n`);
  },
];

const US_TEMPLATES_2: Tpl[] = [
  // permitting portal audit log
  (r, d) => {
    d.t(`# eplans-portal audit export ${versionString(r)} — tz=UTC\n`);
    for (let i = 0; i < r.int(3, 5); i++) {
      const p = who(r, 'US');
      d.t(`${r.int(2024, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))} ${time(r)}:${p2(r.int(0, 59))} user=`).l('EMAIL', email(r, p)).t(' ip=');
      if (r.chance(0.3)) d.t('[').l('IP', ipv6(r)).t(`]:${r.int(1024, 65535)}`);
      else d.l('IP', ipv4(r)).t(`:${r.pick([443, 8443, 51234, 61002])}`);
      d.t(` action=${r.pick(['LOGIN', 'UPLOAD_PLAN', 'PAY_FEE', 'REQUEST_INSPECTION'])} record=${code(r, 'BLD24-#####')} req=${hash(r, 8)}\n`);
    }
  },
  // inter-department e-mail thread
  (r, d) => {
    const a = who(r, 'US');
    const b = who(r, 'US');
    const res = who(r, 'US');
    d.t('From: ').p(full(a)).t(' <').l('EMAIL', email(r, a)).t('>\nTo: ').l('EMAIL', roleEmail(r)).t('\nCc: ').p(full(b)).t(' <').l('EMAIL', email(r, b)).t('>\n');
    d.t(`Subject: FW: complaint ${code(r, '#24-#######')} — ${r.pick(['overgrown lot', 'noise from bar', 'blocked sidewalk'])}\n\n`);
    d.t('Forwarding — resident ').p(form(r, res)).t(' called twice about ').l('ADDRESS', addr(r, 'US'));
    d.t('. Best number for ').p(res.g).t(' is ').l('PHONE', phone(r, 'US')).t('. Can Code Enforcement take a look before the ');
    d.t(`${someDate(r, 'usl')} hearing?\n\nThanks,\n`).p(a.g).t(`\nConstituent Services | ${r.pick(CITY_NAMES)} City Hall, Room ${r.int(100, 420)}\n`).l('PHONE', phone(r, 'US'));
    d.t(` x${r.int(100, 999)}\n`);
  },
  // dog licence
  (r, d) => {
    const p = who(r, 'US');
    const dog = r.pick(['Baxter', 'Luna', 'Rosie', 'Duke', 'Marley', 'Biscuit', 'Winston', 'Penny', 'Murphy', 'Ginger']);
    d.t(`DOG LICENSE ${r.int(2025, 2026)} — Tag #${r.int(10000, 99999)}\nDog's name: ${dog}   Breed: ${r.pick(['Labrador mix', 'Beagle', 'Shih Tzu', 'Pit bull terrier'])}\n`);
    d.t(`Dog's date of birth: ${dob(r, 'us', 2015, 2024)}   Rabies cert #${code(r, 'RV######')}, vaccinated ${someDate(r, 'usShort')}\nOwner: `);
    nm(r, d, p).t('\nOwner date of birth: ').l('DOB', dob(r, 'us', 1945, 2005)).t('\nAddress: ').l('ADDRESS', addr(r, 'US'));
    d.t('\nPhone: ').l('PHONE', phone(r, 'US')).t(`\nFee: $${money(r, 10, 40)} (spayed/neutered)`);
    if (r.chance(0.5)) d.t(' paid by card ').l('CARD', card(r));
    else d.t(` — card ${badCard(r)} declined, paid cash`);
    d.t('\n');
  },
  // code-enforcement notice of violation letter
  (r, d) => {
    const owner = who(r, 'US');
    const insp = who(r, 'US');
    d.t(`${someDate(r, 'usl')}\n\n`).p(full(owner).toUpperCase()).t('\n');
    if (r.chance(0.3)) d.t(`${r.pick(['Summit Property Holdings LLC', 'Grant Street Partners LP', 'Rosewood Rentals Inc.'])}\n`);
    d.l('ADDRESS', addrBlock(r, 'US')).t(`\n\nRE: NOTICE OF VIOLATION — Case ${code(r, 'CE24-####')}\nProperty: `).l('ADDRESS', addr(r, 'US'));
    d.t('\n\nDear ');
    honS(r, d, owner).t(`:\nAn inspection on ${someDate(r, 'usShort')} found ${r.pick(['tall grass and weeds over 12 inches', 'an inoperable vehicle in the driveway', 'an unpermitted carport'])}. Correct within 14 days.\n\nInspector `);
    d.p(`${insp.g.charAt(0)}. ${insp.s}`).t(', ').l('PHONE', phone(r, 'US')).t(`, ext. ${r.int(2000, 2999)}\n`);
  },
  // public records request
  (r, d) => {
    const p = who(r, 'US');
    d.t(`PUBLIC RECORDS REQUEST ${code(r, 'PRR-2024-####')}\nRequester: `);
    if (r.chance(0.5)) d.self(p);
    else nm(r, d, p);
    d.t(` (${r.pick(['resident', 'The Greyvale Gazette', 'attorney'])})\nEmail: `).l('EMAIL', email(r, p));
    d.t(`\nRecords sought: all emails between the Planning Director and ${r.pick(['Tesla Energy', 'Dollar General', 'the Hilton Garden Inn developer'])} regarding the parcel at `);
    d.l('ADDRESS', addr(r, 'US')).t(`, ${someDate(r, 'usShort')} to present. Also inspection logs signed by `).p(form(r, who(r, 'US'))).t('.\n');
    if (r.chance(0.5)) d.t(`Copy fee $${money(r, 5, 40)} — authorize card `).l('CARD', card(r)).t('\n');
  },
  // Spanish-language case note in the US
  (r, d) => {
    const p = who(r, 'US');
    d.t(`NOTA DE CASO — Programa de Asistencia de Alquiler — Caso ${code(r, 'ERA-#####')}\nCliente: `).p(full(p)).t(', fecha de nacimiento ').l('DOB', dob(r, 'us', 1950, 2002));
    d.t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDomicilio: ').l('ADDRESS', addr(r, 'US'));
    d.t('\nTeléfono: ').l('PHONE', phone(r, 'US')).t(` (prefiere WhatsApp). La cliente dice que el casero, Sr. `).p(person(r, ['mx', 'us']).s);
    d.t(`, no ha reparado la calefacción desde ${someDate(r, 'esl')}. Próxima cita: ${someDate(r, 'es')}.\n`);
  },
  // sidewalk/snow SMS notifications log
  (r, d) => {
    d.t(`SMS gateway log — SnowAlert ${versionString(r)}\n`);
    for (let i = 0; i < r.int(3, 5); i++) {
      const p = who(r, 'US');
      d.t(`${time(r)} OUT to `).l('PHONE', phone(r, 'US')).t(` "Hi `).p(p.g).t(`, plowing on your street starts ${r.pick(['tonight', 'at 4am', 'after 10pm'])}. Move cars off the odd side. Reply STOP to opt out." status=DELIVERED id=${hash(r, 10)}\n`);
    }
    d.t(`${time(r)} IN from ***-***-${r.digits(4)} "STOP"\n`);
  },
  // benefits household roster
  (r, d) => {
    const head = who(r, 'US');
    d.t(`HOUSEHOLD COMPOSITION — ${r.pick(['SNAP', 'Medicaid', 'Section 8'])} intake ${code(r, 'IN-######')}\nName | Relationship | DOB | SSN\n`);
    d.p(full(head)).t(' | Head | ').l('DOB', dob(r, 'us', 1955, 1998)).t(' | ').l('NATIONAL_ID', ssn(r)).t('\n');
    for (let i = 0; i < r.int(1, 3); i++) {
      const m = person(r, [head.c.id]);
      d.p(`${m.g} ${head.s}`).t(` | ${r.pick(['Child', 'Spouse', 'Grandchild', 'Other'])} | `).l('DOB', dob(r, 'us', 1960, 2022)).t(' | ');
      if (r.chance(0.75)) d.l('NATIONAL_ID', ssn(r));
      else d.t(r.pick(['pending', 'none', notSsn(r)]));
      d.t('\n');
    }
    d.t('Mailing address: ').l('ADDRESS', addr(r, 'US')).t(`\nVerified by worker #${r.int(100, 999)} on ${someDate(r, 'us')}\n`);
  },
  // outreach note
  (r, d) => {
    const p = who(r, 'US');
    const w = who(r, 'US');
    d.t(`Street outreach log ${someDate(r, 'us')} — worker `).p(w.g).t('\nContact with ').p(p.g).t(' (goes by "');
    d.t(`${r.pick(['Tex', 'Shorty', 'Red', 'Doc'])}"), full name `).p(full(p)).t(', says born ').l('DOB', dob(r, 'usl', 1955, 1995));
    d.t(`. Sleeping near the Greyhound station. Has a prepaid phone `).l('PHONE', phone(r, 'US'));
    d.t(`. Referred to shelter intake and SSA card replacement (no SSN on file; old card showed ${notSsn(r)}).\n`);
  },
  // poll worker application
  (r, d) => {
    const p = who(r, 'US');
    d.t(`Election Worker Application — ${r.pick(['General', 'Primary'])} ${r.int(2024, 2026)}\nFull legal name: `).self(p);
    d.t('\nDate of birth: ').l('DOB', dob(r, 'usShort', 1940, 2006)).t('\nSSN (for payroll): ').l('NATIONAL_ID', ssn(r));
    d.t('\nHome address: ').l('ADDRESS', addr(r, 'US')).t('\nMobile: ').l('PHONE', phone(r, 'US')).t('\nEmail: ').l('EMAIL', email(r, p));
    d.t(`\nLanguages: ${r.pick(['English, Spanish', 'English, Vietnamese', 'English, Tagalog', 'English'])}. Training session: ${someDate(r, 'usShort')} at ${time(r)}.\n`);
  },
  // tenant complaint for rental inspection
  (r, d) => {
    const t = who(r, 'US');
    const ll = who(r, 'US');
    d.t('Rental Housing Complaint\nTenant: ');
    if (r.chance(0.6)) d.self(t);
    else nm(r, d, t);
    d.t('  Unit address: ').l('ADDRESS', addr(r, 'US')).t('\nLandlord/manager: ').p(form(r, ll)).t('  Landlord phone: ').l('PHONE', phone(r, 'US'));
    d.t(`\nLandlord mailing address: `).l('ADDRESS', addr(r, 'US'));
    d.t(`\nProblem: ${r.pick(['mold in bathroom', 'no heat', 'roaches', 'broken smoke detector'])}. I told `).p(ll.g).t(`'s office on ${someDate(r, 'usShort')}. Preferred contact: `).l('EMAIL', email(r, t)).t('\n');
  },
  // library overdue notice
  (r, d) => {
    const p = who(r, 'US');
    d.t('To: ').l('EMAIL', email(r, p)).t('\nFrom: ').l('EMAIL', `library@${r.pick(ORG_DOMAINS)}`).t('\nSubject: Item overdue\n\nDear ').p(p.g.toUpperCase());
    d.t(`,\n"${r.pick(['The Grapes of Wrath', 'Harry Potter and the Goblet of Fire', 'Becoming', 'Charlotte\'s Web'])}" was due ${someDate(r, 'usShort')}. Fines: $${money(r, 1, 15)}.\n`);
    if (r.chance(0.5)) d.t('Your payment of the replacement fee with card ').l('CARD', card(r)).t(' was received, thank you.\n');
    else d.t(`Pay at any branch or online. Last payment on file: ${maskedCard(r)}.\n`);
  },
  // voicemail transcript (inspection scheduling)
  (r, d) => {
    const p = who(r, 'US');
    d.t(`Voicemail (auto-transcribed, ${r.int(20, 95)}s) to Inspections line:\n"Hi, this is `);
    if (r.chance(0.5)) d.self(p);
    else d.p(full(p).toLowerCase());
    d.t(` calling about permit B L D ${r.digits(5)}, we need a final inspection at `).l('ADDRESS', addr(r, 'US'));
    const ph = `${r.int(2, 9)}${r.digits(2)}-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`;
    d.t('. You can call me back at ').l('PHONE', spokenDigits(ph)).t(', again that\'s ').l('PHONE', ph).t('. Thanks."\n');
  },
  // OCR'd paper form with wrapped values (split values unlabelled)
  (r, d) => {
    const p = who(r, 'US');
    d.t(`[OCR scan p.1 — form CE-${r.int(10, 99)} — confidence 0.8${r.int(1, 9)}]\nCOMPLAINANT: `).p(full(p).toUpperCase()).t('\nPHONE: ');
    const ph = phone(r, 'US');
    const cut = Math.max(3, Math.floor(ph.length / 2));
    d.t(`${ph.slice(0, cut)}\n${ph.slice(cut)}`).t('\nEMAIL: ').l('EMAIL', email(r, p)).t('\nSSN: ').l('NATIONAL_ID', ssn(r));
    d.t(`\nFEE PAID BY CARD: ${card(r).replace(/[ -]/g, '').slice(0, 8)}-\n${r.digits(8)}\nNOTES: illegible\n`);
  },
];

// ---------------------------------------------------------------------------------------------------
// Templates: UK, Ireland, Australia, Canada
// ---------------------------------------------------------------------------------------------------

const UK_HON = ['Mr', 'Mrs', 'Miss', 'Ms', 'Dr', 'Mr.', 'Mrs.'];
const COMMONWEALTH_TEMPLATES: Tpl[] = [
  // council tax bill with direct debit
  (r, d) => {
    const p = who(r, 'UK');
    d.t(`${r.pick(['Brennick', 'Harrowgate Vale', 'North Corbin'])} Borough Council — Council Tax Bill ${r.int(2025, 2026)}/${r.int(26, 27)}\n\n`);
    d.t(`${r.pick(UK_HON)} `).p(`${p.g.charAt(0)} ${p.s}`.toUpperCase()).t('\n').l('ADDRESS', addrBlock(r, 'UK'));
    d.t(`\n\nAccount reference: ${r.digits(10)}   Band ${r.pick(['A', 'B', 'C', 'D', 'E'])}   Annual charge £${r.int(1100, 2900)}.${r.digits(2)}\n`);
    d.t(`Single person discount (25%) applied from ${someDate(r, 'ukl')}.\n`);
    if (r.chance(0.6)) d.t('Direct Debit from IBAN ').l('IBAN', iban(r, 'GB')).t(` on the ${r.pick(['1st', '15th', '28th'])} of each month.\n`);
    else d.t(`Direct Debit: sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, account ending ${r.digits(4)}.\n`);
    d.t('Queries: ').l('EMAIL', 'counciltax@brennick.gov.uk').t(' or ').l('PHONE', `0300 ${r.digits(3)} ${r.digits(4)}`).t(' (Mon–Fri).\n');
  },
  // penalty charge notice appeal (e-mail)
  (r, d) => {
    const p = who(r, 'UK');
    d.t('To: ').l('EMAIL', roleEmail(r)).t(`\nSubject: Challenge to PCN ${code(r, 'AA########')} — vehicle ${code(r, 'AA## AAA')}\n\nDear Sir or Madam,\n\n`);
    d.t(`I received the above Penalty Charge Notice on ${someDate(r, 'uk')} for parking in a resident bay on Cromwell Street. I hold a valid permit (no. ${code(r, 'RP/####')}) for `);
    d.l('ADDRESS', addr(r, 'UK')).t(`; the permit had slipped off the dashboard. Photos attached.\n`);
    if (r.chance(0.5)) d.t('I have paid the discounted £35 under protest with card ').l('CARD', card(r)).t(' so it does not escalate.\n');
    d.t('\nYours faithfully,\n');
    if (r.chance(0.5)) d.self(p);
    else nm(r, d, p);
    d.t('\n').l('PHONE', phone(r, 'UK')).t('\n');
  },
  // missed bin report
  (r, d) => {
    const p = who(r, 'UK');
    d.t(`Report a missed bin — ref ${code(r, 'WST-#######')}\nBin type: ${r.pick(['Green (garden)', 'Blue (recycling)', 'Black (general)', 'Food caddy'])}\nCollection day: ${r.pick(['Monday', 'Tuesday', 'Thursday'])} ${someDate(r, 'uk')}\n`);
    d.t('Address: ').l('ADDRESS', addr(r, 'UK')).t('\nYour name: ');
    if (r.chance(0.5)) d.self(p);
    else nm(r, d, p);
    d.t('\nEmail: ').l('EMAIL', email(r, p)).t('\nPhone: ').l('PHONE', phone(r, 'UK'));
    d.t(`\nNotes: bin was out by 7am, the crew skipped the whole of ${r.pick(['Larkspur Way', 'the cul-de-sac', 'Church Walk'])}. ${r.pick(['Storm Ciarán knocked the lid off last time.', 'The Veolia lorry was seen at 6:40.', 'Same as last fortnight.'])}\n`);
  },
  // blue badge application
  (r, d) => {
    const p = who(r, 'UK');
    d.t('Blue Badge application — section 1: about the applicant\nTitle: ').t(r.pick(UK_HON)).t('\nSurname: ').p(p.s).t('\nForename(s): ').p(p.g);
    d.t('\nDate of birth: ').l('DOB', dob(r, r.pick(['uk', 'ukl']), 1930, 1990)).t(`\nNational Insurance number: ${code(r, 'AA ## ## ## A')}\n`);
    d.t('Home address: ').l('ADDRESS', addr(r, 'UK')).t('\nContact phone: ').l('PHONE', phone(r, 'UK'));
    d.t(`\nQualifying benefit: ${r.pick(['PIP mobility 10 points', 'War Pensioners\' Mobility Supplement', 'DLA higher rate mobility'])}. GP: Dr `).p(who(r, 'UK').s).t('.\n');
  },
  // moving out: forwarding address and refund IBAN
  (r, d) => {
    const p = who(r, 'UK');
    d.t('Council Tax — tell us you are moving\nName: ');
    d.self(p).t(`\nMoving out of: `).l('ADDRESS', addr(r, 'UK')).t(` on ${someDate(r, 'uk')}\nForwarding address: `);
    const abroad = r.pick(['IE', 'DE', 'FR', 'ES'] as const);
    d.l('ADDRESS', addr(r, abroad)).t('\nRefund any credit to: ').l('IBAN', iban(r, abroad === 'IE' ? 'IE' : abroad));
    d.t('\nEmail: ').l('EMAIL', email(r, p)).t('\n');
  },
  // Irish council housing application
  (r, d) => {
    const p = who(r, 'IE');
    d.t(`${r.pick(['Corbin', 'Kilbarron', 'Ardcullen'])} County Council — Social Housing Support Application\nApplicant: `);
    nm(r, d, p).t('\nDate of birth: ').l('DOB', dob(r, 'uk', 1950, 2004)).t(`\nPPS Number: ${r.digits(7)}${letters(r, 1, 'ABCDEFGHW')}\n`);
    d.t('Current address: ').l('ADDRESS', addr(r, 'IE')).t('\nMobile: ').l('PHONE', phone(r, 'IE')).t('\nEmail: ').l('EMAIL', email(r, p));
    d.t('\nHAP payments to landlord account ').l('IBAN', iban(r, 'IE')).t(`. Landlord: `).p(form(r, who(r, 'IE'))).t('.\n');
  },
  // Australian council rates notice + pet registration
  (r, d) => {
    const p = who(r, 'AU');
    d.t(`${r.pick(['Kerrigan Shire', 'City of Banksia Vale', 'Wattle Creek Council'])} — Rates & Charges Notice ${r.int(2024, 2025)}/${r.int(25, 26)}\nAssessment no. ${r.digits(8)}\n\n`);
    d.p(full(p).toUpperCase()).t('\n').l('ADDRESS', addrBlock(r, 'AU')).t(`\n\nFirst instalment $${money(r, 300, 900)} due ${someDate(r, 'uk')}. BPAY Biller Code ${r.digits(6)}, Ref ${r.digits(10)}.\n`);
    if (r.chance(0.6)) d.t('Paid by card ').l('CARD', card(r)).t(` on ${someDate(r, 'uk')} — receipt ${code(r, 'R#######')}.\n`);
    d.t(`Pet registration renewed for "${r.pick(['Bluey', 'Ned', 'Matilda', 'Skip'])}" (microchip ${r.digits(15)}). Enquiries `).l('PHONE', phone(r, 'AU')).t('\n');
  },
  // Canadian 311 (bilingual) water bill dispute
  (r, d) => {
    const p = who(r, 'CA');
    d.t(`311 ${r.pick(['Toronto', 'Montréal', 'Ottawa'])} — Demande / Request ${code(r, '##########')}\nNom / Name: `);
    if (r.chance(0.5)) d.self(p);
    else nm(r, d, p);
    d.t('\nAdresse de service / Service address: ').l('ADDRESS', addr(r, 'CA')).t('\nTél. / Phone: ').l('PHONE', phone(r, 'CA'));
    d.t('\nCourriel / Email: ').l('EMAIL', email(r, p)).t(`\nDescription: Water bill of $${money(r, 200, 900)} for ${r.pick(['Q2', 'Q3'])} — meter ${code(r, 'M########')} likely faulty. Submitted from `).l('IP', ip(r)).t('.\n');
  },
  // UK council minutes: public questions
  (r, d) => {
    const chair = who(r, 'UK');
    d.t(`Minutes of the ${r.pick(['Planning Committee', 'Full Council', 'Environment Scrutiny Panel'])} held ${someDate(r, 'ukl')}\nChair: Cllr `).p(full(chair)).t('\n');
    for (let i = 0; i < r.int(1, 3); i++) {
      const q = who(r, 'UK');
      d.t(`Q${i + 1}. `).p(form(r, q)).t(' (resident, ').l('ADDRESS', addr(r, 'UK')).t(`) asked about ${r.pick(['the Cromwell Street HMO licence', 'fly-tipping behind the Lidl', 'the closure of the Nelson Mandela Library'])}. Cllr `);
      d.p(who(r, 'UK').s).t(' responded.\n');
    }
    d.t(`Resolved: application ${code(r, '##/####/FUL')} REFUSED.\n`);
  },
];

// ---------------------------------------------------------------------------------------------------
// Templates: continental Europe and Türkiye
// ---------------------------------------------------------------------------------------------------

const EU_TEMPLATES: Tpl[] = [
  // DE Bürgeramt appointment / Anmeldung
  (r, d) => {
    const p = who(r, 'DE');
    d.t(`Terminbestätigung Bürgeramt ${r.pick(['Ostenfeld', 'Mitte', 'Lindenau'])} — Vorgangsnummer ${code(r, '#######')}\nAnliegen: Anmeldung einer Wohnung\nName: `);
    if (r.chance(0.5)) d.self(p);
    else d.p(`${p.s}, ${p.g}`);
    d.t('\nGeburtsdatum: ').l('DOB', dob(r, r.pick(['de', 'del']), 1945, 2005)).t('\nNeue Anschrift: ').l('ADDRESS', addr(r, 'DE'));
    d.t(`\nTermin: ${someDate(r, 'de')}, ${time(r)} Uhr, Raum ${r.int(1, 3)}.${p2(r.int(1, 40))}\nBitte mitbringen: Wohnungsgeberbestätigung, Personalausweis. Steuer-ID (${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}) wird automatisch übermittelt.\n`);
    d.t('Rückfragen: ').l('EMAIL', email(r, p)).t('\n');
  },
  // DE Grundsteuer SEPA mandate
  (r, d) => {
    const p = who(r, 'DE');
    d.t(`Stadtkasse ${r.pick(['Ostenfeld', 'Bad Lindow', 'Kassel'])} — SEPA-Lastschriftmandat für Grundsteuer B und Abfallgebühren\nGläubiger-ID: DE${r.digits(2)}ZZZ0000${r.digits(7)}  Mandatsreferenz: ${code(r, 'GS-######-##')}\n`);
    d.t('Kontoinhaber/in: ').p(full(p)).t('\nAnschrift: ').l('ADDRESS', addr(r, 'DE')).t('\nIBAN: ').l('IBAN', iban(r, 'DE'));
    d.t(`\nBIC: ${r.pick(['COBADEFFXXX', 'GENODEF1S10', 'BYLADEM1001'])}\nKassenzeichen ${r.digits(4)}.${r.digits(4)}.${r.digits(2)} — Fälligkeit 15.02./15.05./15.08./15.11.\n`);
    d.t(`${r.pick(['Ostenfeld', 'Kassel'])}, den ${someDate(r, 'de')}   Unterschrift: `).p(`${p.g.charAt(0)}. ${p.s}`).t('\n');
  },
  // DE Sperrmüll booking
  (r, d) => {
    const p = who(r, 'DE');
    d.t(`Sperrmüll-Anmeldung Nr. ${r.digits(7)}\nAbholadresse: `).l('ADDRESS', addr(r, 'DE')).t('\nAuftraggeber: ');
    d.t(r.pick(['Herr ', 'Frau ', ''])).p(full(p)).t('\nTelefon: ').l('PHONE', phone(r, 'DE')).t('\nE-Mail: ').l('EMAIL', email(r, p));
    d.t(`\nGegenstände: ${r.pick(['Sofa, 2 Matratzen', 'Kleiderschrank (zerlegt)', 'Waschmaschine, Fahrrad'])}\nAbholtermin: ${someDate(r, 'del')} ab 6:00 Uhr. Bitte nichts von IKEA-Verpackungen dazustellen.\n`);
  },
  // AT Parkpickerl
  (r, d) => {
    const p = who(r, 'AT');
    d.t(`Magistrat — Antrag Parkpickerl (Bezirk ${r.int(1, 23)}.)\nAntragsteller/in: `);
    nm(r, d, p).t('\nGeburtsdatum: ').l('DOB', dob(r, 'de', 1945, 2004)).t('\nHauptwohnsitz: ').l('ADDRESS', addr(r, 'AT'));
    d.t(`\nKennzeichen: W-${r.digits(5)}${letters(r, 1, 'ABCDEFGHKLMNPRSTUVWXYZ')}\nAbbuchung vom Konto `).l('IBAN', iban(r, 'AT'));
    d.t(`\nTelefon: `).l('PHONE', phone(r, 'AT')).t('\n');
  },
  // CH Hundesteuer
  (r, d) => {
    const p = who(r, 'CH');
    d.t(`Gemeindeverwaltung — Hundeabgabe ${r.int(2025, 2026)}\nHalter/in: `).p(full(p)).t('\n').l('ADDRESS', addrBlock(r, 'CH'));
    d.t(`\nHund: «${r.pick(['Bello', 'Nala', 'Fritz', 'Kira'])}», geboren ${someDate(r, 'de')}, Chip ${r.digits(15)}\nAbgabe CHF ${r.int(80, 180)}.– Rückerstattung auf `).l('IBAN', iban(r, 'CH')).t('\n');
  },
  // FR taxe foncière / prélèvement
  (r, d) => {
    const p = who(r, 'FR');
    d.t(`Mairie de ${r.pick(['Valcourbe', 'Saint-Aubin-les-Prés', 'Montrevault'])} — Demande de prélèvement (cantine, eau, ordures ménagères)\nNom du titulaire : `);
    d.p(`${p.s.toUpperCase()} ${p.g}`);
    d.t('\nAdresse : ').l('ADDRESS', addr(r, 'FR')).t('\nIBAN : ').l('IBAN', iban(r, 'FR')).t(`\nBIC : ${r.pick(['CCBPFRPPXXX', 'AGRIFRPP882', 'SOGEFRPP'])}\n`);
    d.t('Téléphone : ').l('PHONE', phone(r, 'FR')).t(`\nRUM : ${code(r, 'FR##ZZZ######-####')}  Fait le ${someDate(r, 'frl')}\n`);
  },
  // FR birth certificate request
  (r, d) => {
    const p = who(r, 'FR');
    const mum = person(r, ['fr']);
    d.t(`Demande d'acte de naissance (copie intégrale) — n° ${code(r, '######')}\nPersonne concernée : `).p(full(p)).t(', né(e) le ').l('DOB', dob(r, r.pick(['frl', 'fr']), 1940, 2010));
    d.t(` à ${r.pick(['Lyon 3e', 'Nantes', 'Lille', 'Rennes'])}\nFils/fille de `).p(full(person(r, [p.c.id]))).t(' et de ').p(full(mum));
    d.t('\nDemandeur : ');
    if (r.chance(0.5)) d.self(p);
    else nm(r, d, p);
    d.t(`, adresse d'envoi : `).l('ADDRESS', addr(r, 'FR')).t('\nCourriel : ').l('EMAIL', email(r, p)).t('\n');
  },
  // FR electoral list registration
  (r, d) => {
    const p = who(r, 'FR');
    d.t('Cerfa n°12669 — Inscription sur les listes électorales\nNom de naissance : ').p(p.s.toUpperCase()).t('   Prénom(s) : ').p(p.g);
    d.t('\nDate de naissance : ').l('DOB', dob(r, 'fr', 1945, 2007)).t('\nDomicile : ').l('ADDRESS', addr(r, 'FR'));
    d.t('\nPortable : ').l('PHONE', phone(r, 'FR')).t(`\nReçu en mairie le ${someDate(r, 'fr')} — bureau de vote n° ${r.int(1, 30)} (école Jules-Ferry)\n`);
  },
  // BE domicile change
  (r, d) => {
    const p = who(r, 'BE');
    d.t(`Commune / Gemeente — Changement d'adresse\nNom : `).p(full(p)).t(`\nN° registre national : ${r.digits(2)}.${r.digits(2)}.${r.digits(2)}-${r.digits(3)}.${r.digits(2)}\n`);
    d.t('Ancienne adresse : ').l('ADDRESS', addr(r, 'BE')).t('\nNouvelle adresse : ').l('ADDRESS', addr(r, 'BE'));
    d.t(`\nVisite de l'agent de quartier prévue le ${someDate(r, 'fr')}. Redevance payée depuis `).l('IBAN', iban(r, 'BE'));
    d.t('\nGSM : ').l('PHONE', phone(r, 'BE')).t('\n');
  },
  // ES empadronamiento
  (r, d) => {
    const p = who(r, 'ES');
    d.t(`Ayuntamiento de ${r.pick(['Santaolalla', 'Villanueva del Río', 'Alcalá'])} — Solicitud de alta en el Padrón Municipal\nNombre y apellidos: `);
    if (r.chance(0.5)) d.self(p);
    else nm(r, d, p);
    d.t(`\nDNI/NIE: ${r.digits(8)}${letters(r, 1, 'TRWAGMYFPDXBNJZSQVHLCKE')}\nFecha de nacimiento: `).l('DOB', dob(r, r.pick(['es', 'esl']), 1940, 2006));
    d.t('\nDomicilio: ').l('ADDRESS', addr(r, 'ES')).t('\nTeléfono: ').l('PHONE', phone(r, 'ES')).t('\nCorreo electrónico: ').l('EMAIL', email(r, p));
    d.t(`\nCita previa: ${someDate(r, 'es')} a las ${time(r)}. Autoriza: `).p(form(r, who(r, 'ES'))).t(' (titular del contrato de alquiler).\n');
  },
  // ES traffic fine allegation
  (r, d) => {
    const p = who(r, 'ES');
    d.t(`ESCRITO DE ALEGACIONES — Expediente sancionador ${code(r, '####/####/AA')}\nMatrícula: ${r.digits(4)} ${letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}\n`);
    d.t('D./Dña. ').p(full(p)).t(', con domicilio en ').l('ADDRESS', addr(r, 'ES'));
    d.t(`, EXPONE: que el día ${someDate(r, 'esl')} el vehículo estaba estacionado con el ticket de la ORA visible. SOLICITA la anulación y, en su caso, la devolución del importe a la cuenta `);
    d.l('IBAN', iban(r, 'ES')).t(`. Teléfono de contacto: `).l('PHONE', phone(r, 'ES')).t('\n');
  },
  // IT residenza + TARI
  (r, d) => {
    const p = who(r, 'IT');
    d.t(`Comune di ${r.pick(['Castelvaro', 'San Vito al Colle', 'Borgo Ferrari'])} — Ufficio Tributi — Dichiarazione TARI\nContribuente: `).p(`${p.s.toUpperCase()} ${p.g.toUpperCase()}`);
    d.t(`\nCodice fiscale: ${letters(r, 6, 'BCDFGLMNPRSTVZ')}${r.digits(2)}${letters(r, 1, 'ABCDEHLMPRST')}${r.digits(2)}${letters(r, 1, 'ADFGHLMZ')}${r.digits(3)}${letters(r, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}\n`);
    d.t('Nato/a il ').l('DOB', dob(r, r.pick(['it', 'itl']), 1940, 2004)).t(`\nImmobile: `).l('ADDRESS', addr(r, 'IT'));
    d.t(`\nSuperficie ${r.int(40, 180)} mq — addebito SDD su `).l('IBAN', iban(r, 'IT')).t('\nPEC/e-mail: ').l('EMAIL', email(r, p)).t('\n');
  },
  // NL parking permit
  (r, d) => {
    const p = who(r, 'NL');
    d.t(`Gemeente ${r.pick(['Wierdam', 'Utrecht', 'Zwolle'])} — Aanvraag bewonersparkeervergunning\nNaam: `);
    if (r.chance(0.5)) d.self(p);
    else nm(r, d, p);
    d.t(`\nBSN: ${r.digits(9)}\nAdres: `).l('ADDRESS', addr(r, 'NL')).t(`\nKenteken: ${code(r, 'AA-###-A')}\nIncasso van rekening `).l('IBAN', iban(r, 'NL'));
    d.t('\nTelefoon: ').l('PHONE', phone(r, 'NL')).t(`\nIngediend op ${someDate(r, 'nll')} via DigiD (IP `).l('IP', ip(r)).t(')\n');
  },
  // NL WOZ objection
  (r, d) => {
    const p = who(r, 'NL');
    d.t(`Bezwaarschrift WOZ-beschikking ${r.int(2025, 2026)} — aanslagnummer ${r.digits(12)}\n\nGeachte heer/mevrouw,\n\nHierbij maak ik bezwaar tegen de WOZ-waarde van €${r.int(250, 690)}.000 voor `);
    d.l('ADDRESS', addr(r, 'NL')).t(`. Vergelijkbare woningen in de straat zijn lager getaxeerd. Ik ben geboren op `).l('DOB', dob(r, 'nll', 1940, 2000));
    d.t(' en woon er sinds 2009.\n\nMet vriendelijke groet,\n').p(full(p)).t('\n').l('EMAIL', email(r, p)).t('\n');
  },
  // PT Câmara Municipal
  (r, d) => {
    const p = who(r, 'PT');
    d.t(`Câmara Municipal de ${r.pick(['Sertã Nova', 'Vila Real de Baixo', 'Braga'])} — Pedido de licença de ocupação da via pública\nRequerente: `).p(full(p));
    d.t(`\nNIF: ${r.digits(9)}\nMorada: `).l('ADDRESS', addr(r, 'PT')).t('\nTelemóvel: ').l('PHONE', phone(r, 'PT')).t('\nIBAN para devolução da caução: ').l('IBAN', iban(r, 'PT'));
    d.t(`\nPeríodo: ${someDate(r, 'pt')} a ${someDate(r, 'pt')} (andaime, ${r.int(5, 30)} m²)\n`);
  },
  // PL urząd
  (r, d) => {
    const p = who(r, 'PL');
    d.t(`Urząd Miasta — Wniosek o zameldowanie na pobyt stały (sprawa ${code(r, 'WSO.####.##.2025')})\nImię i nazwisko: `).p(full(p));
    d.t(`\nPESEL: ${r.digits(11)}\nData urodzenia: `).l('DOB', dob(r, r.pick(['pl', 'pll']), 1945, 2005)).t('\nAdres: ').l('ADDRESS', addr(r, 'PL'));
    d.t('\nTelefon: ').l('PHONE', phone(r, 'PL')).t('\nZwrot opłaty na rachunek: ').l('IBAN', iban(r, 'PL')).t('\n');
  },
  // TR belediye application
  (r, d) => {
    const p = who(r, 'TR');
    d.t(`${r.pick(['Çankaya', 'Kadıköy', 'Nilüfer'])} Belediyesi — Ruhsat Başvurusu ${code(r, '2025/#####')}\nAd Soyad: `).p(full(p));
    d.t(`\nT.C. Kimlik No: ${r.int(1, 9)}${r.digits(10)}\nDoğum tarihi: `).l('DOB', dob(r, r.pick(['de', 'tr']), 1950, 2004));
    d.t('\nAdres: ').l('ADDRESS', addr(r, 'TR')).t('\nCep: ').l('PHONE', phone(r, 'TR')).t('\nİade IBAN: ').l('IBAN', iban(r, 'TR'));
    d.t(`\nAtatürk Kültür Merkezi yanındaki işyeri için. Başvuru tarihi: ${someDate(r, 'de')}\n`);
  },
];

// ---------------------------------------------------------------------------------------------------
// Templates: Asia, Latin America, Africa
// ---------------------------------------------------------------------------------------------------

const WORLD_TEMPLATES: Tpl[] = [
  // JP oversized-waste booking
  (r, d) => {
    const p = who(r, 'JP');
    d.t(`粗大ごみ収集申込書（受付番号 ${r.digits(8)}）\nお名前：`).p(full(p)).t(' 様\n収集場所：').l('ADDRESS', addr(r, 'JP'));
    d.t('\n電話番号：').l('PHONE', phone(r, 'JP')).t(`\n品目：${r.pick(['ソファ', '自転車', '電子レンジ', 'たんす'])}\u3000手数料 ${r.pick(['400', '800', '1200'])}円\n収集日：${someDate(r, 'ja')}（朝8時30分まで）\n`);
  },
  // JP residence certificate request
  (r, d) => {
    const p = who(r, 'JP');
    d.t('住民票の写し等交付請求書\n請求者氏名：');
    if (r.chance(0.5)) d.self(p);
    else d.p(full(p));
    d.t('\n生年月日：').l('DOB', dob(r, 'ja', 1940, 2005)).t('\n住所：').l('ADDRESS', addr(r, 'JP')).t('\n連絡先：').l('PHONE', phone(r, 'JP'));
    d.t(`\n担当：市民課 `).p(who(r, 'JP').s).t(`さん（内線 ${r.int(100, 999)}）\n交付日：${someDate(r, 'ja')}\n`);
  },
  // KR civil complaint
  (r, d) => {
    const p = who(r, 'KR');
    d.t(`민원 접수증 (접수번호 ${code(r, '2AA-####-#######')})\n신청인: `).p(full(p)).t(`\n생년월일: `).l('DOB', dob(r, 'ko', 1945, 2005));
    d.t('\n주소: ').l('ADDRESS', addr(r, 'KR')).t('\n연락처: ').l('PHONE', phone(r, 'KR'));
    d.t('\n내용: 집 앞 불법 주정차 단속 요청. 담당 공무원 ').p(who(r, 'KR').s).t(` 주무관이 ${someDate(r, 'ko')}까지 회신 예정. `).p(p.g).t(' 씨에게 문자 안내 완료.\n');
  },
  // BR IPTU
  (r, d) => {
    const p = who(r, 'BR');
    d.t(`Prefeitura de ${r.pick(['Sertãozinho do Norte', 'Curitiba', 'Campinas'])} — Requerimento de parcelamento de IPTU ${r.int(2025, 2026)}\nContribuinte: `);
    nm(r, d, p).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nData de nascimento: `).l('DOB', dob(r, 'pt', 1940, 2004));
    d.t('\nEndereço do imóvel: ').l('ADDRESS', addr(r, 'BR')).t('\nCelular/WhatsApp: ').l('PHONE', phone(r, 'BR')).t('\nE-mail: ').l('EMAIL', email(r, p));
    d.t(`\nInscrição imobiliária ${r.digits(2)}.${r.digits(3)}.${r.digits(3)}.${r.digits(4)} — ${r.int(2, 10)} parcelas.\n`);
  },
  // MX predial
  (r, d) => {
    const p = who(r, 'MX');
    d.t(`Tesorería Municipal — Pago de impuesto predial\nCuenta predial: ${code(r, '###-###-##-###-#')}\nPropietario(a): `).p(full(p));
    d.t(`\nCURP: ${letters(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${r.digits(6)}${letters(r, 6, 'HMABCDEFGJLNPRSTVZ')}${r.digits(2)}\nDomicilio: `).l('ADDRESS', addr(r, 'MX'));
    d.t('\nTel.: ').l('PHONE', phone(r, 'MX')).t(`\nPago con tarjeta `).l('CARD', card(r)).t(` — folio ${code(r, 'AA-######')}, descuento INAPAM aplicado.\n`);
  },
  // IN municipal corporation
  (r, d) => {
    const p = who(r, 'IN');
    d.t(`Municipal Corporation — Property Tax Mutation Request ${code(r, 'PTM/2025/#####')}\nApplicant: `);
    if (r.chance(0.5)) d.self(p);
    else nm(r, d, p);
    d.t(' S/o ').p(full(person(r, [p.c.id]))).t(`\nAadhaar: ${r.int(2, 9)}${r.digits(3)} ${r.digits(4)} ${r.digits(4)} (verified)\nDate of Birth: `).l('DOB', dob(r, 'uk', 1945, 2002));
    d.t('\nProperty address: ').l('ADDRESS', addr(r, 'IN')).t('\nMobile: ').l('PHONE', phone(r, 'IN')).t('\nEmail: ').l('EMAIL', email(r, p));
    d.t(`\nOnline fee ₹${r.int(200, 2500)} paid via card `).l('CARD', card(r)).t(' from IP ').l('IP', ip(r)).t('\n');
  },
  // NG LGA tenement rate
  (r, d) => {
    const p = who(r, 'NG');
    d.t(`${r.pick(['Eti-Osa', 'Ikeja', 'Enugu North'])} Local Government — Tenement Rate Demand Notice ${code(r, 'TR/####/25')}\nOccupier: `).p(full(p).toUpperCase());
    d.t('\nProperty: ').l('ADDRESS', addr(r, 'NG')).t('\nPhone: ').l('PHONE', phone(r, 'NG'));
    d.t(`\nAmount: ₦${r.int(15, 250)},000. Pay at any bank; quote RRR ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}. Contact the rating officer, Mr. `).p(who(r, 'NG').s).t('.\n');
  },
  // KE county business permit
  (r, d) => {
    const p = who(r, 'KE');
    d.t(`County Government — Unified Business Permit ${code(r, 'UBP/####/2025')}\nBusiness: ${r.pick(['Baraka Hardware', 'Mama Njeri Kiosk', 'Precious Salon'])}\nOwner: `).p(full(p));
    d.t('\nPostal address: ').l('ADDRESS', addr(r, 'KE')).t('\nM-Pesa number: ').l('PHONE', phone(r, 'KE'));
    d.t(`\nKRA PIN: A${r.digits(9)}${letters(r, 1, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}  Paybill ${r.digits(6)}\n`);
  },
  // PH barangay clearance
  (r, d) => {
    const p = who(r, 'PH');
    d.t(`BARANGAY CLEARANCE — Control No. ${r.digits(6)}\nThis is to certify that `).p(full(p).toUpperCase()).t(', of legal age, born on ').l('DOB', dob(r, 'usl', 1950, 2004));
    d.t(', is a bonafide resident of ').l('ADDRESS', addr(r, 'PH')).t(`. Purpose: ${r.pick(['employment', 'business permit', 'bank requirement'])}. Contact no. `).l('PHONE', phone(r, 'PH'));
    d.t(`\nCTC No. ${r.digits(8)} issued ${someDate(r, 'usl')}.\nHon. `).p(full(who(r, 'PH'))).t(', Punong Barangay\n');
  },
  // generic city chatbot transcript (English, anywhere)
  (r, d) => {
    const cc = r.pick(['US', 'UK', 'AU', 'CA', 'IE'] as const);
    const p = who(r, cc);
    d.t(`CityBot ${versionString(r)} — conversation ${hash(r, 10)} (client `).l('IP', ip(r)).t(')\n');
    d.t(`bot: Hi! I can help with bins, permits and parking. What do you need?\nuser: bulky pickup for a fridge\nbot: Sure. Full name?\nuser: `);
    if (r.chance(0.6)) d.self(p);
    else d.p(full(p).toLowerCase());
    d.t('\nbot: Collection address?\nuser: ').l('ADDRESS', addr(r, cc)).t('\nbot: Phone or email for the confirmation?\nuser: ').l('EMAIL', email(r, p));
    d.t(` or text me on `).l('PHONE', phone(r, cc)).t(`\nbot: Booked for ${someDate(r, cc === 'US' ? 'usl' : 'ukl')}. Fee charged to the card on file (${maskedCard(r)}).\n`);
  },
  // meeting agenda with staff contacts
  (r, d) => {
    d.t(`AGENDA — ${r.pick(['Neighbourhood Services', 'Housing Authority', 'Planning'])} staff meeting, ${someDate(r, 'usl')}\n1. Budget variance (ref. FY25-Q${r.int(1, 4)})\n2. New Accela release ${versionString(r)}\nContacts:\n`);
    for (let i = 0; i < r.int(2, 4); i++) {
      const p = who(r, 'US');
      d.t('• ').p(full(p)).t(`, ${r.pick(['Permit Technician', 'Case Manager', 'Senior Inspector', 'Clerk'])} — `).l('EMAIL', email(r, p)).t(' — ').l('PHONE', phone(r, 'US'));
      d.t(` ext. ${r.int(100, 999)}\n`);
    }
    d.t('• Front desk — ').l('EMAIL', roleEmail(r)).t('\n');
  },
];

// ---------------------------------------------------------------------------------------------------
// Hard negatives: no personal data, many look-alikes
// ---------------------------------------------------------------------------------------------------

const NEGATIVE_TEMPLATES: Tpl[] = [
  (r, d) => {
    d.t(`CITY COUNCIL AGENDA — ${someDate(r, 'usl')}, 6:30 p.m., Council Chambers\n1. Proclamation: Martin Luther King Jr. Day parade route\n`);
    d.t(`2. Resolution ${r.int(2024, 2025)}-${r.int(100, 199)} accepting a grant from the Bill & Melinda Gates Foundation\n3. Ordinance ${r.int(10, 99)}-${r.int(2024, 2025)}: Megan's Law notification map update\n`);
    d.t(`4. Contract with Ford Motor Co. for ${r.int(4, 12)} Transit vans, not to exceed $${r.int(200, 900)},${r.digits(3)}\n5. Rename Grant Street Park to Hope Meadow (public hearing)\n`);
  },
  (r, d) => {
    d.t(`311 monthly dashboard — ${r.pick(['March', 'October', 'June'])} ${r.int(2024, 2025)}\nTotal requests: ${r.int(9, 30)},${r.digits(3)}  Median close time: ${r.int(2, 9)}.${r.int(0, 9)} days\n`);
    d.t(`Top categories: potholes (${r.int(800, 2000)}), missed pickup (${r.int(500, 1500)}), graffiti (${r.int(100, 600)})\nOldest open ticket: SR-2023-${r.digits(7)} (opened ${someDate(r, 'iso')}T${time(r)}:00Z)\n`);
    d.t(`Export checksum sha1 ${hash(r, 40)}; generated by Tableau ${versionString(r)}\n`);
  },
  (r, d) => {
    d.t(`Abfuhrkalender ${r.int(2025, 2026)} — Bezirk ${r.int(1, 12)}\nRestmüll: jeden 2. Dienstag (nächster Termin ${someDate(r, 'de')})\nBiotonne: wöchentlich, Gelber Sack: ${someDate(r, 'del')}\n`);
    d.t(`Weihnachtsbaumabholung am ${someDate(r, 'de')}. Wertstoffhof an der Konrad-Adenauer-Straße geöffnet Mo–Sa 8–16 Uhr. Hotline-Version ${versionString(r)}.\n`);
  },
  (r, d) => {
    d.t(`Release notes — Permit Portal ${versionString(r)} (${someDate(r, 'iso')})\n- Fixed fee rounding for Fee Code ${code(r, 'AA###')}\n- Upgraded Jenkins agents to ${r.int(2, 3)}.${r.int(100, 450)}\n`);
    d.t(`- Node ${r.int(18, 22)}.${r.int(0, 12)}.${r.int(0, 9)}, build ${r.int(10, 12)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(1000, 4000)}\n- commit ${hash(r, 40)}\n- Test card ${badCard(r)} now correctly rejected (Luhn)\n`);
  },
  (r, d) => {
    d.t(`Parking enforcement policy PE-${r.int(10, 40)}\nA Penalty Charge Notice (e.g. ${code(r, 'AA########')}) may be challenged within 28 days. Higher rate £${r.int(70, 110)}, lower rate £${r.int(35, 60)}.\n`);
    d.t(`Example masked payment reference: ${maskedCard(r)}. Do not email full card numbers. Cameras at the Churchill Gardens junction operate 07:00–19:00.\n`);
  },
  (r, d) => {
    d.t(`Library events this week\n• Parkinson's support group — Tuesday ${time(r)}, Room B\n• Lego League robotics (ages 9–14)\n• Nobel Prize lecture livestream\n`);
    d.t(`• Tax help for seniors (bring your own forms) — ${someDate(r, 'usl')}\n• Storytime in the Victoria Room. Wi-Fi: LIB-GUEST, portal ${versionString(r)}\n`);
  },
  (r, d) => {
    d.t(`NOTICE OF TAX RATE — Greyvale Independent School District\nProposed rate $${r.int(0, 1)}.${r.digits(4)} per $100 valuation. Public hearing ${someDate(r, 'usl')}.\n`);
    d.t(`Payments: ACH routing ${r.digits(9)}, district EIN ${ein(r)}. Invalid sample IBAN ${badIban(r, 'DE')} shown for illustration only.\n`);
  },
  (r, d) => {
    d.t(`Building code bulletin ${code(r, 'BCB-##-##')}: Effective ${someDate(r, 'usl')}, guards per IRC R312, egress per IBC 1030. Case ${code(r, 'CE##-#####')} closed.\n`);
    d.t(`Reminder: Legionnaires' disease risk in cooling towers; Hodgkin clinic moved. Reference standard ASTM E${r.int(100, 2999)}-${r.int(10, 24)}.\n`);
  },
  (r, d) => {
    d.t('tree_id,species,dbh_cm,lat,lon,last_inspected\n');
    for (let i = 0; i < r.int(3, 6); i++) {
      d.t(`${r.digits(6)},${r.pick(['Acer rubrum', 'Quercus robur', 'Tilia cordata', 'Ginkgo biloba'])},${r.int(10, 90)},${r.int(40, 52)}.${r.digits(5)},-${r.int(70, 122)}.${r.digits(5)},${someDate(r, 'iso')}\n`);
    }
  },
  (r, d) => {
    d.t(`Aviso — Ayuntamiento: cortes de tráfico en la Calle Miguel de Cervantes y Avenida Reina Sofía del ${someDate(r, 'esl')} al ${someDate(r, 'esl')}.\n`);
    d.t(`Expediente ${code(r, '####/####')}. Referencia catastral ${r.digits(7)}${letters(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(4)}${letters(r, 1, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${r.digits(4)}${letters(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}.\n`);
  },
  (r, d) => {
    d.t(`Avis de la mairie : collecte des encombrants le ${someDate(r, 'frl')}, rue Victor-Hugo et place Jean-Moulin. Prélèvement SEPA test ${badIban(r, 'FR')} (refusé).\n`);
    d.t(`Le gymnase Marie-Curie reste fermé. Numéro de dossier ${code(r, 'PC ### ### ## A####')}.\n`);
  },
  (r, d) => {
    d.t(`Voter file maintenance job ${hash(r, 8)} finished in ${r.int(2, 90)}s: ${r.int(100, 900)} records updated, ${notSsn(r)} masked values retained, ${r.int(0, 5)} errors. Host db-${r.int(1, 9)} build ${versionString(r)}.\n`);
  },
];

// ---------------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------------

const POSITIVE_TEMPLATES: readonly Tpl[] = [...US_TEMPLATES, ...US_TEMPLATES_2, ...COMMONWEALTH_TEMPLATES, ...EU_TEMPLATES, ...WORLD_TEMPLATES];
/** Number of distinct document templates (positive + negative). */
export const INDEPENDENT68_TEMPLATE_COUNT = POSITIVE_TEMPLATES.length + NEGATIVE_TEMPLATES.length;

/** Generates the split for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent68Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent68Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT68_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT68_MIN_INSTANCES;
  const out: Independent68Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const tpl = r.chance(0.1) ? r.pick(NEGATIVE_TEMPLATES) : r.pick(POSITIVE_TEMPLATES);
    tpl(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
