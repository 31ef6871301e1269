/**
 * @module privacy/pii-corpus-independent-31 — blind labelled PII corpus #31: people paperwork.
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts` (Luhn, mod-97, `IBAN_LENGTHS`), the `PiiType` union in `pii/types.ts`, the first
 * 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. I did NOT read the detector, its tests, the other corpora or their
 * templates and values, docs, benches or git history, and never ran the detector on this text. Every
 * name, address, template and value below was invented for this file.
 *
 * Seeds: 310001, 310002, 310003 (`INDEPENDENT31_SEEDS`); each seed yields whole documents until at least
 * `minInstances` (default 2400) labels exist, deterministically.
 *
 * Contents: HR and recruiting (CVs and résumés in US, UK, German, French, Spanish, Japanese and Indian
 * styles, applications, recruiter chats and notes, references, onboarding and payroll forms, employee
 * relations notes, offboarding), tenancy and real estate (rental applications, referencing, leases,
 * landlord/tenant chats, viewings, deposits, notices, portals) and legal and immigration matters (law-firm
 * intake forms and calls, court and tribunal filings, visa and residence papers, notarial deeds, powers of
 * attorney, statements, e-signature certificates), written by the people themselves, by assistants and by
 * agents; about one document in ten is a hard negative with no PII but many look-alikes.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., Don, 様, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, firms, software, places, pets, ships, storms, streets
 *   and buildings named after people, eponymous diseases/laws/awards and @handles are not labelled; a name
 *   inside an e-mail address or URL is not labelled.
 * - EMAIL: every address including role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked not.
 * - IBAN: checksum-valid with the registry length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs, EINs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line from the first street/building/PO-box line to
 *   the last postcode/city/country line; recipient names are separate PERSON labels; company lines,
 *   city-only mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT31_SEEDS = [310001, 310002, 310003] as const;
export const INDEPENDENT31_MIN_INSTANCES = 2400;

/** A gold label with its text. */
export type Independent31Label = PiiLabel & { readonly value: string };
/** One corpus document. */
export type Independent31Entry = PiiCorpusEntry & { readonly labels: readonly Independent31Label[] };

/** Builds a document, recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent31Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value === '' || value.trim() !== value) throw new Error(`untrimmed span ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** The user's own full name (session metadata), labelled PERSON. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
  p(name: string): this {
    return this.l('PERSON', name);
  }
}

// ---------------------------------------------------------------- names

type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pl' | 'pt';
interface Culture {
  readonly id: string;
  readonly f: readonly string[];
  readonly m: readonly string[];
  readonly s: readonly string[];
  readonly eastern: boolean;
}
function cu(id: string, f: string, m: string, s: string, eastern = false): Culture {
  const sp = (x: string): string[] => x.split(' ').map((w) => w.replace(/_/g, ' '));
  return { id, f: sp(f), m: sp(m), s: sp(s), eastern };
}
const CULTURES: readonly Culture[] = [
  cu('us', 'Hope Faith Brooke Madison Tamika Shannon Crystal Dawn Summer Amber', 'Will Grant Guy Bill Mark Tyrone Cody Dwayne Chase Hunter', 'Hill Young King Bush Price Stone Little Moody Banks Rich Washington Cash Hunt'),
  cu('gb', 'Rose May Poppy Imogen Harriet Ivy Joy Holly', 'Alfie Rhys Nigel Graham Stanley Ronnie Reggie Miles', 'Baker Fletcher Bell Wood Hall Sharp Cook Marsh Brook Love Fox Lamb'),
  cu('ie', 'Aoife Siobhán Niamh Caoimhe Róisín Gráinne', 'Cian Oisín Pádraig Declan Ciarán Eoin', 'Ó_Briain Kavanagh Byrne Doherty McGrath Quinlan Brennan Gallagher'),
  cu('sc', 'Isla Morag Eilidh Kirsty Ailsa Fiona', 'Hamish Angus Callum Ewan Fraser Lachlan', 'MacLeod Campbell Sinclair Munro Fraser Drummond Buchanan Ross'),
  cu('de', 'Anneliese Jana Friederike Sabine Lena Henrike', 'Jörg Torsten Matthias Lukas Heiko Wolfgang', 'Müller Schröder Weißmann Hoffmann Brandt Krüger Vogel Engel Fuchs Winter Sommer'),
  cu('fr', 'Océane Capucine Solène Margaux Élodie Maëlle', 'Benoît Gaëtan Thibault Régis Loïc Mathis', 'Lefebvre Moreau Dubois Girard Rousseau Fontaine Chevalier Lemaire Marchand Petit'),
  cu('es', 'Lucía Ainhoa Nerea Rocío Montserrat Pilar', 'Íñigo Álvaro Jordi Sergio Iker Joaquín', 'García_López Fernández Etxeberria Ruiz Navarro Serrano Iglesias Castillo Delgado Prieto'),
  cu('mx', 'Guadalupe Xóchitl Itzel Ximena Araceli Dulce', 'Jesús Ángel Rodrigo Emiliano Cuauhtémoc Salvador', 'Hernández Ramírez Cervantes Zúñiga Villaseñor Torres Mendoza Olvera Espinoza'),
  cu('br', 'Thaís Luana Jéssica Raíssa Vitória Graça', 'João Thiago Caio Raimundo Wellington Cauã', 'Silva Souza Carvalho Gonçalves Pereira Rocha Albuquerque Nascimento Barbosa'),
  cu('pt', 'Inês Beatriz Leonor Conceição Fátima Matilde', 'Duarte Tiago Rui Gonçalo Nuno Vasco', 'Ferreira Costa Rodrigues Martins Sousa Lopes Marques Pinto'),
  cu('it', 'Chiara Giulia Federica Benedetta Serena Gioia', 'Giuseppe Lorenzo Matteo Raffaele Salvatore Ettore', 'Russo Esposito Bianchi Colombo Ferrari Fontana Romano Greco Ricci Marino'),
  cu('nl', 'Femke Sanne Marloes Anouk Lieke Fleur', 'Joost Sjoerd Bram Ruud Wouter Thijs', 'de_Vries van_Dijk Bakker Jansen Visser Smit Mulder de_Boer van_den_Berg Dekker'),
  cu('pl', 'Agnieszka Małgorzata Zofia Katarzyna Wiktoria Jadwiga', 'Łukasz Krzysztof Grzegorz Wojciech Paweł Mieczysław', 'Kowalski Wiśniewski Wójcik Kamińska Lewandowski Zieliński Szymańska Dąbrowski'),
  cu('cz', 'Tereza Veronika Markéta Lucie Kateřina Zdeňka', 'Jiří Tomáš Ondřej Vojtěch Radek Miroslav', 'Novák Svoboda Dvořák Černý Procházka Kučera Veselý Horák'),
  cu('sv', 'Ingrid Sigrid Linnea Astrid Elsa Maja', 'Björn Anders Sven Oskar Nils Gustav', 'Lindqvist Johansson Bergström Nyberg Sjöberg Holm Ek Lund'),
  cu('fi', 'Aino Helmi Satu Tuuli Kaisa Minna', 'Juho Matti Ilkka Onni Veikko Janne', 'Korhonen Virtanen Mäkinen Nieminen Heikkinen Koskinen Järvinen Lehtonen'),
  cu('gr', 'Eleni Dimitra Despoina Anastasia Chrysa Irini', 'Giorgos Dimitrios Konstantinos Spyros Thanasis Stavros', 'Papadopoulos Georgiou Oikonomou Karagiannis Vlachos Alexiou Christodoulou Nikolaidis'),
  cu('tr', 'Ayşe Elif Zeynep Gülşen Nur Deniz', 'Mehmet Emre Burak Oğuz Serkan Umut', 'Yılmaz Kaya Demir Çelik Şahin Öztürk Aydın Arslan Doğan'),
  cu('ar', 'Fatima Amira Layla Noor Huda Rania', 'Said Omar Khalid Youssef Tariq Hamza', 'Al-Masri Haddad Khoury Mansour Nasser Saleh Al-Farsi Abdullah Hamdan'),
  cu('fa', 'Shirin Parisa Golnaz Maryam Nasrin Azadeh', 'Dariush Babak Kourosh Reza Farhad Arash', 'Tehrani Hosseini Karimi Rahimi Jafari Moradi Ahmadi Farahani'),
  cu('hi', 'Priya Ananya Kavita Sunita Pooja Lakshmi', 'Rajesh Arjun Vikram Sanjay Rohit Amit', 'Sharma Gupta Verma Agarwal Mehta Chaudhary Patel Joshi Kapoor Singh'),
  cu('ta', 'Meenakshi Kaviya Revathi Thenmozhi Divya Malar', 'Karthik Senthil Murugan Arvind Balaji Dinesh', 'Subramanian Ramasamy Krishnan Venkatesan Natarajan Annamalai Ramachandran Sundaram'),
  cu('zh', 'Xiaomei Yuting Jing Fang Huifen Meiling', 'Wei Jun Hao Zhiqiang Long Bo', 'Wang Zhang Liu Chen Yang Huang Zhou Wu Xu Li', true),
  cu('ja', 'Yui Haruka Sakura Aoi Misaki Yoko', 'Hiroshi Kenta Daisuke Takumi Shota Ren', 'Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Sato Ito Kato', true),
  cu('ko', 'Seo-yeon Ji-woo Ha-eun Min-ji Soo-ah Yuna', 'Min-jun Ji-hoon Do-yoon Seung-woo Hyun-woo Jae-sung', 'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim', true),
  cu('vi', 'Linh Thảo Ngọc Hương Trang Mai', 'Minh Tuấn Dũng Huy Khoa Phúc', 'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Đặng', true),
  cu('fil', 'Maricel Rowena Jocelyn Marites Lovely Princess', 'Jomar Rodel Arnel Jericho Dindo Bong', 'Dela_Cruz Santos Reyes Bautista Villanueva Mercado Manalo Macaraeg Pascual'),
  cu('yo', 'Adebimpe Folasade Oluwaseun Titilayo Bukola Abimbola', 'Babatunde Olumide Adewale Segun Tunde Femi', 'Adeyemi Ogunleye Balogun Adebayo Oyelaran Akinola Fashola Olaniyan'),
  cu('ig', 'Chiamaka Ngozi Adaeze Ifeoma Chinwe Uchenna', 'Chukwuemeka Obinna Ikenna Nnamdi Chinedu Emeka', 'Okafor Eze Nwosu Okeke Obi Nwachukwu Okonkwo Igwe'),
  cu('sw', 'Wanjiru Akinyi Neema Zawadi Achieng Nyokabi', 'Baraka Otieno Kamau Jabari Mwangi Kipchoge', 'Kariuki Odhiambo Wekesa Njoroge Kiplagat Mutua Chebet Wambui'),
  cu('ak', 'Akosua Ama Efua Abena Afua Adwoa', 'Kwame Kofi Kwabena Yaw Kojo Kwesi', 'Mensah Owusu Asante Boateng Appiah Osei Agyeman Darko'),
  cu('et', 'Selamawit Tigist Hiwot Meron Bethlehem Mekdes', 'Dawit Yonas Abebe Tesfaye Kebede Haile', 'Bekele Tadesse Girma Alemu Wolde Gebremedhin Mengistu Assefa'),
  cu('ru', 'Svetlana Yekaterina Olga Tatiana Lyudmila Nadezhda', 'Dmitri Sergei Aleksandr Igor Vladimir Mikhail', 'Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Volkov Morozov'),
  cu('ua', 'Oksana Iryna Halyna Solomiia Yaryna Lesia', 'Taras Bohdan Ostap Mykola Andrii Yurii', 'Shevchenko Kovalenko Bondarenko Tkachenko Kravchuk Melnyk Boyko Hnatyuk'),
  cu('he', 'Noa Tamar Shira Yael Michal Adi', 'Itai Yonatan Eitan Omer Noam Ariel', 'Cohen Levi Mizrahi Peretz Biton Friedman Katz Avraham'),
  cu('hu', 'Zsófia Réka Eszter Boglárka Ildikó Orsolya', 'Bence Levente Gergely Zoltán Csaba Attila', 'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár', true),
];
const CULT = (id: string): Culture => CULTURES.find((c) => c.id === id) ?? (CULTURES[0] as Culture);
const KO_S = ['김', '이', '박', '최', '정', '강', '조', '윤'];
const KO_G = ['민준', '서연', '지훈', '하은', '도윤', '수아', '예준', '지민'];
const JA_S = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村'];
const JA_G = ['健太', '美咲', '大輔', '陽菜', '翔太', '結衣', '直樹', '優子'];
const JA_S_ROMAJI = ['sato', 'suzuki', 'takahashi', 'tanaka', 'ito', 'watanabe', 'yamamoto', 'nakamura'];

interface P {
  readonly g: string;
  readonly s: string;
  readonly c: Culture;
  readonly fem: boolean;
}
function person(r: Rng, cid?: string): P {
  const c = cid ? CULT(cid) : r.pick(CULTURES);
  const fem = r.chance(0.5);
  return { g: r.pick(fem ? c.f : c.m), s: r.pick(c.s), c, fem };
}
/** Same family, new given name. */
function relative(r: Rng, p: P, fem: boolean): P {
  return { g: r.pick(fem ? p.c.f : p.c.m), s: p.s, c: p.c, fem };
}
/** A different surname from the same culture (maiden or former name). */
function otherSurname(r: Rng, p: P): string {
  for (let i = 0; i < 8; i++) {
    const s = r.pick(p.c.s);
    if (s !== p.s) return s;
  }
  return p.c.s.find((x) => x !== p.s) ?? 'Okonjo';
}
const full = (p: P): string => `${p.g} ${p.s}`;
const native = (p: P): string => (p.c.eastern ? `${p.s} ${p.g}` : full(p));
const rev = (p: P): string => `${p.s}, ${p.g}`;
const initial = (p: P): string => `${p.g.charAt(0)}. ${p.s}`;
function hon(r: Rng, p: P, lang: Lang = 'en'): string {
  switch (lang) {
    case 'de': return p.fem ? 'Frau' : 'Herr';
    case 'fr': return p.fem ? r.pick(['Mme', 'Madame']) : r.pick(['M.', 'Monsieur']);
    case 'es': return p.fem ? r.pick(['Sra.', 'Dña.']) : r.pick(['Sr.', 'D.']);
    case 'it': return p.fem ? 'Sig.ra' : r.pick(['Sig.', 'Dott.']);
    case 'nl': return p.fem ? 'mevrouw' : 'meneer';
    case 'pl': return p.fem ? 'Pani' : 'Pan';
    case 'pt': return p.fem ? 'Sra.' : 'Sr.';
    default: return r.chance(0.15) ? 'Dr.' : p.fem ? r.pick(['Ms.', 'Mrs.', 'Ms']) : r.pick(['Mr.', 'Mr']);
  }
}
/** A mention of someone else in a random but realistic form (honorific outside the span). */
function who(r: Rng, d: Doc, p: P, lang: Lang = 'en'): void {
  const k = r.int(0, 9);
  if (k <= 3) d.p(native(p));
  else if (k === 4) d.p(initial(p));
  else if (k === 5) d.t(`${hon(r, p, lang)} `).p(p.s);
  else if (k === 6) d.t(`${hon(r, p, lang)} `).p(full(p));
  else if (k === 7) d.p(p.g);
  else if (k === 8) d.p(rev(p));
  else d.p(full(p));
}

// ---------------------------------------------------------------- small values

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
/** Chat timestamps that only move forward. */
function clock(r: Rng, startHour: number): () => string {
  let m = startHour * 60 + r.int(0, 59);
  return () => {
    m = Math.min(m + r.int(0, 40), 23 * 60 + 59);
    return `[${pad(Math.floor(m / 60))}:${pad(m % 60)}] `;
  };
}
const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
const up = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPRSTUVWXYZ'.charAt(r.int(0, 22));
  return s;
};
function fold(s: string): string {
  return s
    .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ı/g, 'i')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.com', 'icloud.com', 'proton.me', 'web.de', 'gmx.de', 'orange.fr', 'free.fr', 'libero.it', 'hotmail.es', 'naver.com', 'yahoo.co.jp', 'rediffmail.com', 'bigpond.com', 'uol.com.br', 'seznam.cz', 'wp.pl', 'fastmail.com', 'eircom.net', 'live.nl', 'gmail.com', 'outlook.com'];
function email(r: Rng, p: P, domain?: string): string {
  const g = fold(p.g) || 'info';
  const s = fold(p.s) || 'mail';
  const dom = domain ?? r.pick(MAIL_DOMAINS);
  const local = r.pick([
    `${g}.${s}`, `${g.charAt(0)}${s}`, `${s}.${g}${r.int(1, 99)}`, `${g}_${s}`, `${g}${s}${r.int(70, 99)}`,
    `${g}.${s.charAt(0)}`, `${g}-${s}`, `${s}${g.charAt(0)}`,
  ]);
  return `${local}@${dom}`;
}
const ROLE = ['careers', 'hr', 'people', 'payroll', 'lettings', 'intake', 'info', 'recruiting', 'tenancy', 'noreply', 'support', 'visas'];
const roleMail = (r: Rng, dom: string): string => `${r.pick(ROLE)}@${dom}`;
const FIRM_DOMAINS = ['northwind-logistics.com', 'ashdownpryce.co.uk', 'keller-partner.de', 'brightmoor.io', 'oakhurstlettings.co.uk', 'casanorte.es', 'quaywise.ie', 'larkspur-dental.com', 'halvorsen-freight.no', 'verlaine-avocats.fr', 'ridgeline-staffing.com', 'tidewater-law.com', 'kanto-precision.co.jp', 'meridian-hr.nl', 'sunbird-homes.com.au'];

type Cc = 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'PL' | 'IE' | 'AU' | 'CA' | 'IN' | 'JP' | 'KR' | 'BR' | 'MX' | 'CH' | 'AE' | 'NG' | 'SE' | 'KE';
const ALL_CC: readonly Cc[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'IE', 'AU', 'CA', 'IN', 'JP', 'KR', 'BR', 'MX', 'CH', 'AE', 'NG', 'SE', 'KE'];

function phone(r: Rng, cc: Cc): string {
  const d = (n: number): string => r.digits(n);
  switch (cc) {
    case 'US': case 'CA': {
      const a = r.pick(['212', '312', '415', '503', '617', '713', '202', '305', '404', '512', '604', '416', '514', '206', '720', '919', '614', '480']);
      const e = `${r.int(2, 9)}${d(2)}`;
      const l = d(4);
      return r.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1 ${a} ${e} ${l}`, `+1 (${a}) ${e}-${l}`, `1-${a}-${e}-${l}`]);
    }
    case 'GB': return r.pick([`07${r.int(4, 9)}${d(2)} ${d(6)}`, `+44 7${r.int(4, 9)}${d(2)} ${d(6)}`, `020 ${r.int(7, 8)}${d(3)} ${d(4)}`, `0161 ${d(3)} ${d(4)}`, `+44 (0)113 ${d(3)} ${d(4)}`, `0117 ${d(3)} ${d(4)}`]);
    case 'DE': return r.pick([`0151 ${d(8)}`, `+49 170 ${d(7)}`, `030 ${d(8)}`, `+49 (0)89 ${d(7)}`, `0171/${d(7)}`, `0221 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'FR': {
      const pr = (): string => `${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
      return r.pick([`0${r.int(6, 7)} ${pr()}`, `+33 ${r.int(6, 7)} ${pr()}`, `01 ${pr()}`, `+33 (0)4 ${pr()}`]);
    }
    case 'ES': return r.pick([`6${d(2)} ${d(3)} ${d(3)}`, `+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `91 ${d(3)} ${d(2)} ${d(2)}`, `+34 93 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'IT': return r.pick([`+39 3${d(2)} ${d(3)} ${d(4)}`, `3${d(2)} ${d(7)}`, `02 ${d(8)}`, `+39 06 ${d(4)} ${d(4)}`]);
    case 'NL': return r.pick([`06-${d(8)}`, `+31 6 ${d(8)}`, `020-${d(3)} ${d(4)}`, `+31 (0)30 ${d(3)} ${d(4)}`]);
    case 'PL': return r.pick([`+48 ${r.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`, `${r.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`, `+48 22 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'IE': return r.pick([`08${r.int(3, 9)} ${d(3)} ${d(4)}`, `+353 8${r.int(3, 9)} ${d(3)} ${d(4)}`, `01 ${d(3)} ${d(4)}`, `+353 (0)21 ${d(3)} ${d(4)}`]);
    case 'AU': return r.pick([`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`, `(03) ${d(4)} ${d(4)}`]);
    case 'IN': return r.pick([`+91 ${r.int(7, 9)}${d(4)} ${d(5)}`, `${r.int(7, 9)}${d(9)}`, `+91-${r.int(7, 9)}${d(9)}`, `0${r.int(7, 9)}${d(4)} ${d(5)}`]);
    case 'JP': return r.pick([`090-${d(4)}-${d(4)}`, `080-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `+81 90 ${d(4)} ${d(4)}`, `06-${d(4)}-${d(4)}`]);
    case 'KR': return r.pick([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`]);
    case 'BR': return r.pick([`(11) 9${d(4)}-${d(4)}`, `+55 21 9${d(4)}-${d(4)}`, `(31) 9${d(4)}-${d(4)}`]);
    case 'MX': return r.pick([`+52 55 ${d(4)} ${d(4)}`, `33 ${d(4)} ${d(4)}`, `(81) ${d(4)}-${d(4)}`]);
    case 'CH': return r.pick([`+41 79 ${d(3)} ${d(2)} ${d(2)}`, `044 ${d(3)} ${d(2)} ${d(2)}`, `+41 22 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'AE': return r.pick([`+971 5${r.int(0, 8)} ${d(3)} ${d(4)}`, `05${r.int(0, 8)} ${d(3)} ${d(4)}`, `+971 4 ${d(3)} ${d(4)}`]);
    case 'NG': return r.pick([`+234 80${r.int(2, 9)} ${d(3)} ${d(4)}`, `080${r.int(2, 9)} ${d(3)} ${d(4)}`, `+234 (0)81${r.int(0, 9)} ${d(3)} ${d(4)}`]);
    case 'SE': return r.pick([`070-${d(3)} ${d(2)} ${d(2)}`, `+46 70 ${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(2)} ${d(2)}`]);
    case 'KE': return r.pick([`+254 7${d(2)} ${d(3)} ${d(3)}`, `07${d(2)} ${d(6)}`]);
  }
}
const WORD = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A phone number read aloud, digit by digit, groups separated by commas. */
function spokenPhone(r: Rng, cc: Cc): string {
  const num = phone(r, cc).replace(/^\+\d+\s*/, '').replace(/[()]/g, '');
  const groups = num.split(/[\s.\-/]+/).filter((x) => x !== '');
  return groups
    .map((g) => [...g].map((c) => (c === '0' && r.chance(0.5) ? 'oh' : WORD[Number(c)] ?? c)).join(' '))
    .join(', ');
}
function spokenEmail(r: Rng, p: P): string {
  const dom = r.pick([['gmail', 'com'], ['outlook', 'com'], ['yahoo', 'co dot uk'], ['hotmail', 'com'], ['icloud', 'com'], ['proton', 'me']] as const);
  const g = fold(p.g) || 'mail';
  const s = fold(p.s) || 'box';
  const local = r.pick([`${g} dot ${s}`, `${g}${s}`, `${g} underscore ${s}`, `${g.charAt(0)} ${s}`]);
  return `${local} at ${dom[0]} dot ${dom[1]}`;
}

// ---------------------------------------------------------------- cards, IBANs, SSNs, IPs

function luhnFinish(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  throw new Error('unreachable');
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 11);
  if (k <= 3) return luhnFinish('4' + r.digits(14));
  if (k <= 5) return mc(r);
  if (k <= 7) return luhnFinish(r.pick(['34', '37']) + r.digits(12));
  if (k === 8) return luhnFinish('6011' + r.digits(11));
  if (k === 9) return luhnFinish(String(r.int(3528, 3589)) + r.digits(11));
  if (k === 10) return luhnFinish('36' + r.digits(11));
  return luhnFinish('62' + r.digits(13));
}
function mc(r: Rng): string {
  const pre = r.chance(0.7) ? `5${r.int(1, 5)}` : String(r.int(2221, 2720));
  return luhnFinish(pre + r.digits(15 - pre.length));
}
function groupCard(r: Rng, n: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return (n.match(/.{1,4}/g) ?? [n]).join(sep);
}
const card = (r: Rng): string => groupCard(r, cardDigits(r));
/** A card-like number that fails Luhn. */
function badCard(r: Rng): string {
  const n = cardDigits(r);
  const last = Number(n.charAt(n.length - 1));
  return groupCard(r, n.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
const cardBrand = (n: string): string => {
  const d = n.replace(/\D/g, '');
  if (d.startsWith('4')) return 'Visa';
  if (d.startsWith('34') || d.startsWith('37')) return 'Amex';
  if (d.startsWith('6011')) return 'Discover';
  if (d.startsWith('35')) return 'JCB';
  if (d.startsWith('36')) return 'Diners Club';
  if (d.startsWith('62')) return 'UnionPay';
  return 'Mastercard';
};

const IBAN_BANKS: Readonly<Record<string, readonly string[]>> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ'], IE: ['AIBK', 'BOFI', 'IPBS'], NL: ['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB', 'BUNQ'],
  RO: ['BTRL', 'RNCB', 'INGB'], MT: ['MALT', 'VALL'],
};
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  let bban = '';
  const banks = IBAN_BANKS[cc];
  if (banks) bban = r.pick(banks);
  else if (cc === 'IT') bban = up(r, 1);
  bban += r.digits(len - 4 - bban.length);
  if (cc === 'BR') bban = bban.slice(0, -2) + 'C1';
  const check = 98 - mod97(bban + cc + '00');
  const out = cc + pad(check) + bban;
  if (!ibanMod97Valid(out)) throw new Error('iban');
  return out;
}
function groupIban(r: Rng, c: string): string {
  const k = r.int(0, 9);
  if (k <= 6) return (c.match(/.{1,4}/g) ?? [c]).join(' ');
  if (k <= 8) return c;
  return c.toLowerCase();
}
const IBAN_CC = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'IE', 'PT', 'PL', 'CH', 'GB', 'SE', 'FI', 'LU', 'GR', 'CZ', 'HU', 'RO', 'HR', 'DK', 'NO', 'AE', 'TR', 'BR', 'SA', 'MT'];
const iban = (r: Rng, cc?: string): string => groupIban(r, ibanCompact(r, cc ?? r.pick(IBAN_CC)));
function badIban(r: Rng, cc?: string): string {
  const c = ibanCompact(r, cc ?? r.pick(IBAN_CC));
  for (;;) {
    const alt = c.slice(0, 2) + pad(r.int(2, 97)) + c.slice(4);
    if (!ibanMod97Valid(alt)) return groupIban(r, alt);
  }
}
function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const parts = [pad(a, 3), pad(r.int(1, 99)), pad(r.int(1, 9999), 4)];
  const k = r.int(0, 9);
  return parts.join(k <= 7 ? '-' : k === 8 ? ' ' : '');
}
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
const itin = (r: Rng): string => `9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`;
const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;
function ipv4(r: Rng): string {
  const k = r.int(0, 5);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([24, 31, 45, 62, 78, 81, 89, 92, 103, 109, 151, 176, 185, 188, 195, 203, 212, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  const k = r.int(0, 3);
  if (k === 0) return `2001:db8:${h()}:${h()}::${h()}`;
  if (k === 1) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  if (k === 2) return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  return `2600:${h()}:${h()}::${h()}:${h()}`;
}
const ip = (r: Rng): string => (r.chance(0.72) ? ipv4(r) : ipv6(r));
const mac = (r: Rng): string => Array.from({ length: 6 }, () => hex(r, 2)).join(':');

// ---------------------------------------------------------------- dates

interface Ymd { readonly y: number; readonly m: number; readonly d: number }
const rdate = (r: Rng, y0: number, y1: number): Ymd => ({ y: r.int(y0, y1), m: r.int(1, 12), d: r.int(1, 28) });
const birth = (r: Rng): Ymd => rdate(r, 1948, 2004);
const recent = (r: Rng): Ymd => rdate(r, 2023, 2025);
const M_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const M_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const M_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const M_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const M_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const M_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const M_PL = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const M_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
type DS = 'us' | 'uk' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pl' | 'pt' | 'jp' | 'kr' | 'iso';
const mon = (xs: readonly string[], m: number): string => xs[m - 1] ?? '';
function fmt(r: Rng, t: Ymd, s: DS, form: 'any' | 'num' | 'long' = 'any'): string {
  const { y, m, d } = t;
  const long = form === 'long' || (form === 'any' && r.chance(0.4));
  switch (s) {
    case 'us': return long ? r.pick([`${mon(M_EN, m)} ${d}, ${y}`, `${mon(M_EN, m).slice(0, 3)} ${d}, ${y}`]) : r.pick([`${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${y}`]);
    case 'uk': {
      const ord = d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th';
      return long ? r.pick([`${d} ${mon(M_EN, m)} ${y}`, `${d}${ord} ${mon(M_EN, m)} ${y}`, `${d} ${mon(M_EN, m).slice(0, 3)} ${y}`]) : r.pick([`${pad(d)}/${pad(m)}/${y}`, `${pad(d)}-${pad(m)}-${y}`]);
    }
    case 'de': return long ? `${d}. ${mon(M_DE, m)} ${y}` : `${pad(d)}.${pad(m)}.${y}`;
    case 'fr': return long ? `${d === 1 ? '1er' : d} ${mon(M_FR, m)} ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'es': return long ? `${d} de ${mon(M_ES, m)} de ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'it': return long ? `${d} ${mon(M_IT, m)} ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'nl': return long ? `${d} ${mon(M_NL, m)} ${y}` : `${pad(d)}-${pad(m)}-${y}`;
    case 'pl': return long ? `${d} ${mon(M_PL, m)} ${y}` : `${pad(d)}.${pad(m)}.${y}`;
    case 'pt': return long ? `${d} de ${mon(M_PT, m)} de ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'jp': return long ? `${y}年${m}月${d}日` : `${y}/${pad(m)}/${pad(d)}`;
    case 'kr': return long ? `${y}년 ${m}월 ${d}일` : `${y}.${pad(m)}.${pad(d)}`;
    case 'iso': return `${y}-${pad(m)}-${pad(d)}`;
  }
}
const DS_OF: Readonly<Record<Cc, DS>> = {
  US: 'us', CA: 'iso', GB: 'uk', IE: 'uk', AU: 'uk', IN: 'uk', AE: 'uk', NG: 'uk', KE: 'uk', DE: 'de', CH: 'de', FR: 'fr',
  ES: 'es', MX: 'es', IT: 'it', NL: 'nl', PL: 'pl', BR: 'pt', JP: 'jp', KR: 'kr', SE: 'iso',
};

// ---------------------------------------------------------------- postal addresses

interface Addr { readonly lines: readonly string[]; readonly one: string }
const A = (lines: string[], one?: string): Addr => ({ lines, one: one ?? lines.join(', ') });
const COUNTRY_NAME: Readonly<Record<Cc, string>> = {
  US: 'USA', GB: 'United Kingdom', DE: 'Germany', FR: 'France', ES: 'Spain', IT: 'Italy', NL: 'Netherlands', PL: 'Poland', IE: 'Ireland',
  AU: 'Australia', CA: 'Canada', IN: 'India', JP: 'Japan', KR: 'South Korea', BR: 'Brazil', MX: 'Mexico', CH: 'Switzerland', AE: 'United Arab Emirates',
  NG: 'Nigeria', SE: 'Sweden', KE: 'Kenya',
};
function ukPost(r: Rng, out: string): string {
  return `${out} ${r.int(1, 9)}${'ABDEFGHJLNPQRSTUWXYZ'.charAt(r.int(0, 19))}${'ABDEFGHJLNPQRSTUWXYZ'.charAt(r.int(0, 19))}`;
}
function address(r: Rng, cc: Cc, withCountry = false, allowBox = false): Addr {
  const n = r.int(1, 240);
  const a = ((): Addr => {
    switch (cc) {
      case 'US': {
        const st = `${r.int(12, 9870)} ${r.pick(['Maple Ridge', 'Oak Hollow', 'Cedar Crest', 'Willow Bend', 'Lincoln', 'Martin Luther King Jr', 'Juniper', 'Sycamore', 'Prospect', 'Lakeview', 'Jefferson', 'Harbor View', 'Old Mill', 'Magnolia'])} ${r.pick(['St', 'Ave', 'Dr', 'Blvd', 'Ln', 'Rd', 'Ct', 'Way', 'Pl', 'Street', 'Avenue'])}`;
        const unit = r.pick(['', '', `, Apt ${r.int(1, 9)}${r.pick(['A', 'B', 'C', 'D'])}`, `, Unit ${r.int(2, 40)}`, ` #${r.int(101, 950)}`]);
        const [city, stt, zp] = r.pick([['Columbus', 'OH', '432'], ['Austin', 'TX', '787'], ['Sacramento', 'CA', '958'], ['Tacoma', 'WA', '984'], ['Raleigh', 'NC', '276'], ['Denver', 'CO', '802'], ['Milwaukee', 'WI', '532'], ['Tucson', 'AZ', '857'], ['Brooklyn', 'NY', '112'], ['Newark', 'NJ', '071'], ['Richmond', 'VA', '232'], ['Minneapolis', 'MN', '554'], ['Providence', 'RI', '029'], ['Omaha', 'NE', '681'], ['Savannah', 'GA', '314'], ['Portland', 'OR', '972'], ['Oakland', 'CA', '946']] as const);
        const zip = `${zp}${r.digits(2)}${r.chance(0.2) ? '-' + r.digits(4) : ''}`;
        if (allowBox && r.chance(0.12)) return A([`P.O. Box ${r.int(100, 9999)}`, `${city}, ${stt} ${zip}`]);
        return A([st + unit, `${city}, ${stt} ${zip}`]);
      }
      case 'GB': {
        const [town, out] = r.pick([['Leeds', 'LS6'], ['Manchester', 'M14'], ['Bristol', 'BS3'], ['Glasgow', 'G12'], ['Cardiff', 'CF24'], ['Norwich', 'NR2'], ['Brighton', 'BN2'], ['Sheffield', 'S10'], ['Edinburgh', 'EH7'], ['Belfast', 'BT7'], ['London', 'N16'], ['London', 'SE15'], ['London', 'E8'], ['Nottingham', 'NG7']] as const);
        const street = `${n} ${r.pick(['Elmwood Road', 'Hawthorn Close', 'Victoria Terrace', 'Mill Lane', 'Kingsway', "St Mary's Walk", 'Albion Street', 'Cromwell Grove', 'Nelson Row', 'Beech Avenue', 'Granby Crescent'])}`;
        const pc = ukPost(r, out);
        const flat = r.chance(0.4) ? `Flat ${r.int(1, 12)}${r.pick(['', 'A', 'B'])}` : '';
        if (flat && r.chance(0.5)) return A([flat, street, town, pc], `${flat}, ${street}, ${town} ${pc}`);
        const first = flat ? `${flat}, ${street}` : street;
        return r.chance(0.5) ? A([first, town, pc], `${first}, ${town} ${pc}`) : A([first, `${town} ${pc}`]);
      }
      case 'DE': {
        const st = `${r.pick(['Lindenstraße', 'Goethestraße', 'Am Mühlbach', 'Bahnhofstraße', 'Schillerweg', 'Kastanienallee', 'Hauptstraße', 'Friedrich-Ebert-Straße', 'Birkenweg', 'Sonnenallee'])} ${n}${r.pick(['', '', 'a', 'b'])}`;
        const [pz, city] = r.pick([['109', 'Berlin'], ['803', 'München'], ['506', 'Köln'], ['200', 'Hamburg'], ['041', 'Leipzig'], ['701', 'Stuttgart'], ['603', 'Frankfurt am Main'], ['281', 'Bremen'], ['010', 'Dresden']] as const);
        const l2 = `${pz}${r.digits(2)} ${city}`;
        return A([st, l2]);
      }
      case 'FR': {
        const st = `${n}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'place du Marché', 'impasse des Lilas', 'chemin des Vignes', 'rue de la République', 'allée des Peupliers'])}`;
        const [pz, city] = r.pick([['69002', 'Lyon'], ['75011', 'Paris'], ['13006', 'Marseille'], ['31000', 'Toulouse'], ['44000', 'Nantes'], ['33000', 'Bordeaux'], ['67000', 'Strasbourg'], ['59000', 'Lille']] as const);
        return r.chance(0.3) ? A([`Bât. ${r.pick(['A', 'B', 'C'])}, esc. ${r.int(1, 4)}`, st, `${pz} ${city}`]) : A([st, `${pz} ${city}`]);
      }
      case 'ES': {
        const st = r.pick([`Calle de Alcalá ${n}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'izq.', 'dcha.'])}`, `Avda. de la Constitución ${n}`, `C/ Mayor ${n}, ${r.int(1, 6)}º ${r.pick(['1ª', '2ª', 'izda.'])}`, `Plaza de España ${n}`, `Carrer de Mallorca ${n}, ${r.int(1, 6)}r ${r.int(1, 4)}a`]);
        const [pz, city] = r.pick([['28009', 'Madrid'], ['08013', 'Barcelona'], ['46001', 'Valencia'], ['41003', 'Sevilla'], ['29015', 'Málaga'], ['48001', 'Bilbao'], ['50001', 'Zaragoza']] as const);
        return A([st, `${pz} ${city}`]);
      }
      case 'IT': {
        const st = r.pick([`Via Garibaldi ${n}`, `Corso Vittorio Emanuele II ${n}`, `Viale dei Mille ${n}`, `Piazza della Repubblica ${n}`, `Via Roma ${n}, int. ${r.int(1, 12)}`, `Via Dante ${n}`]);
        return A([st, r.pick(['20121 Milano MI', '00184 Roma RM', '10121 Torino TO', '40126 Bologna BO', '80132 Napoli NA', '50123 Firenze FI'])]);
      }
      case 'NL': {
        const st = r.pick([`Prinsengracht ${n}`, `Kerkstraat ${n}-${r.int(1, 3)}`, `Van Woustraat ${n}-hs`, `Laan van Meerdervoort ${n}`, `Oudegracht ${n}`, `Willemsparkweg ${n}`]);
        const [pre, city] = r.pick([['10', 'Amsterdam'], ['35', 'Utrecht'], ['30', 'Rotterdam'], ['25', 'Den Haag'], ['56', 'Eindhoven'], ['97', 'Groningen']] as const);
        return A([st, `${pre}${r.digits(2)} ${up(r, 2)} ${city}`]);
      }
      case 'PL': {
        const st = r.pick([`ul. Długa ${n}/${r.int(1, 40)}`, `ul. Marszałkowska ${n} m. ${r.int(1, 60)}`, `al. Jerozolimskie ${n}`, `os. Słoneczne ${r.int(1, 30)}/${r.int(1, 80)}`, `ul. Piotrkowska ${n}`]);
        return A([st, r.pick(['00-238 Warszawa', '31-042 Kraków', '50-001 Wrocław', '80-831 Gdańsk', '61-701 Poznań', '90-102 Łódź'])]);
      }
      case 'IE': {
        const st = r.pick([`${n} Seaview Terrace`, `Apartment ${r.int(1, 60)}, The Granary`, `${n} Oakpark Avenue`, `${n} Castle Street`, `${n} Shandon Street`]);
        const [loc, key] = r.pick([['Dún Laoghaire, Co. Dublin', 'A96'], ['Ballincollig, Co. Cork', 'P31'], ['Salthill, Galway', 'H91'], ['Rathmines, Dublin 6', 'D06'], ['Castletroy, Limerick', 'V94']] as const);
        const ec = `${key} ${up(r, 1)}${r.int(1, 9)}${up(r, 1)}${r.int(1, 9)}`;
        return r.chance(0.5) ? A([st, loc, ec]) : A([st, `${loc} ${ec}`]);
      }
      case 'AU': {
        const st = r.pick([`Unit ${r.int(1, 20)}, ${n} Banksia St`, `${n} Wattle Grove`, `${r.int(1, 20)}/${n} Pittwater Rd`, `${n} Lygon Street`]);
        return A([st, r.pick(['Fitzroy VIC 3065', 'Newtown NSW 2042', 'Fremantle WA 6160', 'West End QLD 4101', 'Glenelg SA 5045', 'Sandy Bay TAS 7005'])]);
      }
      case 'CA': {
        const st = r.pick([`${n} Rue Sainte-Catherine O`, `${n} Queen St W, Unit ${r.int(100, 2400)}`, `${n} Jasper Ave NW`, `${r.int(100, 1900)}-${n} Robson St`]);
        const [city, pl] = r.pick([['Montréal QC', 'H'], ['Toronto ON', 'M'], ['Edmonton AB', 'T'], ['Vancouver BC', 'V'], ['Halifax NS', 'B'], ['Ottawa ON', 'K']] as const);
        return A([st, `${city} ${pl}${r.int(1, 9)}${up(r, 1)} ${r.int(1, 9)}${up(r, 1)}${r.int(1, 9)}`]);
      }
      case 'IN': return r.pick([
        A([`Flat ${r.int(101, 1204)}, ${r.pick(['Sai Residency', 'Prestige Lakeside', 'Green Glen Layout'])}`, `${r.int(1, 20)}th Cross, Indiranagar`, `Bengaluru 5600${r.digits(2)}`]),
        A([`H.No. ${r.int(1, 20)}-${r.int(1, 9)}-${n}/A, Vijayapuri Colony`, 'Tarnaka, Hyderabad', `Telangana 5000${r.digits(2)}`]),
        A([`B-${n}, Greater Kailash I`, `New Delhi 1100${r.digits(2)}`]),
        A([`${n}, Sector ${r.int(4, 56)}`, 'Gurugram, Haryana', `1220${r.digits(2)}`]),
        A([`${r.int(1, 40)}/${r.int(1, 9)} Gandhi Road, T. Nagar`, `Chennai 6000${r.digits(2)}`]),
      ]);
      case 'JP': {
        const cm = `${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`;
        return r.pick([
          A([`${cm} Jingumae, Shibuya-ku`, `Tokyo 150-00${r.digits(2)}`]),
          A([`〒150-00${r.digits(2)}`, `東京都渋谷区神宮前${cm}`], `〒150-00${r.digits(2)} 東京都渋谷区神宮前${cm}`),
          A([`〒530-00${r.digits(2)}`, `大阪府大阪市北区梅田${cm}`, `${r.pick(['サンハイツ', 'グランメゾン', 'コーポ緑'])}${r.int(1, 9)}0${r.int(1, 9)}号室`], `〒530-00${r.digits(2)} 大阪府大阪市北区梅田${cm} ${r.pick(['サンハイツ', 'コーポ緑'])}${r.int(1, 9)}0${r.int(1, 9)}号室`),
          A([`Room ${r.int(1, 9)}0${r.int(1, 9)}, ${cm} Sakae, Naka-ku`, `Nagoya, Aichi 460-00${r.digits(2)}`]),
        ]);
      }
      case 'KR': return r.pick([
        A([`${n} Teheran-ro, Gangnam-gu`, `Seoul 06${r.digits(3)}`]),
        A([`서울특별시 강남구 테헤란로 ${n}, ${r.int(2, 20)}층`], `서울특별시 강남구 테헤란로 ${n}, ${r.int(2, 20)}층`),
        A([`부산광역시 해운대구 우동 ${n}-${r.int(1, 40)}`, `${r.int(101, 120)}동 ${r.int(1, 25)}0${r.int(1, 4)}호`]),
      ]);
      case 'BR': return r.pick([
        A([`Rua Augusta, ${r.int(100, 2800)}, apto ${r.int(11, 180)}`, 'Consolação, São Paulo – SP', `01304-${r.digits(3)}`], `Rua Augusta, ${r.int(100, 2800)}, apto ${r.int(11, 180)} – Consolação, São Paulo – SP, 01304-${r.digits(3)}`),
        A([`Av. Atlântica, ${r.int(100, 3800)}, bloco B`, 'Copacabana, Rio de Janeiro – RJ', `22021-${r.digits(3)}`]),
        A([`Rua da Bahia, ${n}`, 'Centro, Belo Horizonte – MG', `30160-${r.digits(3)}`]),
      ]);
      case 'MX': return r.pick([
        A([`Av. Insurgentes Sur ${r.int(100, 3000)}`, 'Col. Crédito Constructor', '03940 Ciudad de México, CDMX']),
        A([`Calle Morelos ${n}`, 'Col. Centro', '44100 Guadalajara, Jal.']),
        A([`Blvd. Díaz Ordaz ${n}`, 'Col. Santa María', '64650 Monterrey, N.L.']),
      ]);
      case 'CH': return r.pick([A([`Bahnhofstrasse ${n}`, '8001 Zürich']), A([`Rue du Rhône ${n}`, '1204 Genève']), A([`Kramgasse ${n}`, '3011 Bern'])]);
      case 'AE': return A([`Apartment ${r.int(101, 3200)}, ${r.pick(['Marina Heights Tower', 'Al Waleed Residence', 'Creek Vista'])}`, `${r.pick(['Dubai Marina', 'Al Barsha 1', 'Business Bay'])}, PO Box ${r.int(1000, 99999)}`, 'Dubai']);
      case 'NG': return r.pick([A([`Plot ${n}, Admiralty Way`, 'Lekki Phase 1', 'Lagos 106104']), A([`${n} Awolowo Road`, 'Ikoyi, Lagos']), A([`${n} Aminu Kano Crescent`, 'Wuse II, Abuja 904101'])]);
      case 'SE': return A([`${r.pick(['Storgatan', 'Drottninggatan', 'Sveavägen', 'Götgatan'])} ${n}, lgh ${r.int(1001, 1604)}`, `${r.int(111, 118)} ${r.int(10, 65)} Stockholm`]);
      case 'KE': return A([`Apartment ${r.int(1, 12)}${r.pick(['A', 'B', 'C'])}, Riverside Gardens, Riverside Drive`, `P.O. Box ${r.int(10000, 99999)}-00100`, 'Nairobi']);
    }
  })();
  if (!withCountry) return a;
  const c = COUNTRY_NAME[cc];
  return { lines: [...a.lines, c], one: `${a.one}, ${c}` };
}
/** Writes an address label, multi-line or one-line. */
function addr(d: Doc, a: Addr, multi: boolean): void {
  d.l('ADDRESS', multi ? a.lines.join('\n') : a.one);
}
const CITY = ['Leeds', 'Lyon', 'Porto', 'Kraków', 'Osaka', 'Nairobi', 'Austin', 'Rotterdam', 'Seville', 'Bologna', 'Pune', 'Calgary', 'Gothenburg', 'Lagos', 'Busan', 'Puebla', 'Curitiba', 'Graz', 'Cork', 'Adelaide'];

// ---------------------------------------------------------------- look-alikes (never labelled)

const EMPLOYERS = ['John Lewis', 'Ford Motor Company', 'Dell Technologies', 'Johnson & Johnson', 'Morgan Stanley', 'Hilton', 'Marriott International', 'Siemens', 'Porsche', 'Bosch', 'Philips', 'Tesla', 'Disney', "Kellogg's", 'Dyson', "Sainsbury's", 'Marks & Spencer', 'Wells Fargo', 'Charles Schwab', 'Ralph Lauren', 'Boeing', 'Goldman Sachs', 'Northwind Logistics', 'Brightmoor Analytics', 'Larkspur Dental Group', 'Halvorsen Freight', 'Kanto Precision', 'Ridgeline Staffing', 'Meridian HR Services', "Ben & Jerry's", 'Deloitte', 'Mercedes-Benz', 'Ferrero', 'Tommy Hilfiger', 'Calvin Klein', 'Hewlett Packard Enterprise'];
const TITLES = ['Payroll Specialist', 'Senior Accountant', 'Warehouse Supervisor', 'Registered Nurse', 'Software Engineer', 'HR Business Partner', 'Paralegal', 'Leasing Consultant', 'Data Analyst', 'Site Manager', 'Customer Success Lead', 'Pharmacist', 'Quantity Surveyor', 'Sous Chef', 'Logistics Coordinator', 'Teacher', 'Product Designer'];
const AGENCIES = ['Oakhurst Lettings', 'Quaywise Property Management', 'Casa Norte Inmobiliaria', 'Sunbird Homes', 'Harbourside Estates', 'Greenlane Residential', 'Immobilien Kranich GmbH', 'Agence du Parc'];
const FIRMS = ['Ashdown Pryce LLP', 'Tidewater Legal Group', 'Keller & Partner Rechtsanwälte', 'Verlaine Avocats', 'Halcyon Immigration Advisers', 'Bramble & Finch Solicitors', 'Baker McKenzie', 'Alcázar Abogados'];
const ts = (r: Rng): string => `${r.int(2023, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
function noise(r: Rng): string {
  switch (r.int(0, 24)) {
    case 0: return `Our ref: ${up(r, 2)}/${r.digits(4)}/${up(r, 2)}`;
    case 1: return `Ticket HR-${r.digits(5)} updated ${ts(r)}`;
    case 2: return `Document hash (SHA-256): ${hex(r, 64)}`;
    case 3: return `Generated by PeoplePortal v${r.int(2, 9)}.${r.int(0, 20)}.${r.int(0, 30)}`;
    case 4: return `Card on file: **** **** **** ${r.digits(4)}`;
    case 5: return `Note: test card ${badCard(r)} was declined (failed check digit).`;
    case 6: return `The account ${badIban(r)} was rejected as invalid; please re-check.`;
    case 7: return `Employer EIN: ${ein(r)}`;
    case 8: return `ABA routing ${r.pick(['021000021', '026009593', '121000358', '011000138', '322271627'])}, account ending ${r.digits(4)}`;
    case 9: return `SSN on file: ${maskedSsn(r)}`;
    case 10: return `Callback number (masked): ***-***-${r.digits(4)}`;
    case 11: return `Legal basis: ${r.pick(['Lilly Ledbetter Fair Pay Act', 'Sarbanes-Oxley Act s.806', "Megan's Law disclosure", 'Dodd-Frank whistleblower rules', 'Housing Act 1988, s.21', 'Equality Act 2010', 'Family and Medical Leave Act'])}.`;
    case 12: return `Adjustments discussed for ${r.pick(["Crohn's disease", "Parkinson's", "Tourette's", 'Hodgkin lymphoma', "Alzheimer's (carer leave)", "Asperger's", "Raynaud's"])}.`;
    case 13: return `Office closed on ${fmt(r, recent(r), 'us', 'long')} for ${r.pick(['Martin Luther King Jr. Day', "Presidents' Day", "St Patrick's Day", 'Juneteenth', "the King's Birthday holiday"])}.`;
    case 14: return `Meeting room: ${r.pick(['Turing', 'Lovelace', 'Curie', 'Mandela', 'Hopper', 'Einstein'])} (3rd floor)`;
    case 15: return `UK NI number ${up(r, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])} is not required for this form.`;
    case 16: return `Canadian SIN ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} supplied separately.`;
    case 17: return `ITIN ${itin(r)} (not an SSN).`;
    case 18: return `Build ${hex(r, 7)} deployed ${ts(r)}`;
    case 19: return r.pick(['Sent from my iPhone', 'Sent from Outlook for Android', 'Get Outlook for iOS']);
    case 20: return `Our founder was shortlisted for the ${r.pick(['Nobel Prize', 'Pulitzer Prize', 'Turing Award', 'Booker Prize', 'Fields Medal'])}.`;
    case 21: return `Policy no. ${up(r, 3)}${r.digits(8)}`;
    case 22: return `Passport no. ${up(r, 2)}${r.digits(7)} (copy on file).`;
    case 23: return `Firmware ${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)} installed on the door entry panel.`;
    default: return `Order #${r.digits(3)}-${r.digits(7)}-${r.digits(7)} shipped via ${r.pick(['DHL', 'UPS', 'Royal Mail'])}.`;
  }
}
const maybeNoise = (r: Rng, d: Doc, p = 0.5): void => {
  if (r.chance(p)) d.t(`\n${noise(r)}`);
};
const job = (r: Rng): string => `${r.pick(TITLES)}, ${r.pick(EMPLOYERS)}, ${r.pick(CITY)} (${r.int(2009, 2018)}–${r.chance(0.4) ? 'present' : r.int(2019, 2024)})`;

type Tpl = (r: Rng, d: Doc) => void;

// ---------------------------------------------------------------- HR and recruiting

const usResume: Tpl = (r, d) => {
  const p = person(r);
  const name = full(p);
  if (r.chance(0.3)) d.p(name.toUpperCase());
  else d.self(name);
  d.t('\n');
  addr(d, address(r, 'US'), false);
  d.t(r.pick([' | ', ' • ', '\n'])).l('PHONE', phone(r, 'US')).t(r.pick([' | ', ' • ', '\n'])).l('EMAIL', email(r, p));
  d.t(`\nlinkedin.com/in/${fold(p.g)}-${fold(p.s)}-${hex(r, 3)}\n\nSUMMARY\n${r.pick(['Detail-oriented', 'Results-driven', 'Bilingual'])} ${r.pick(TITLES).toLowerCase()} with ${r.int(3, 15)} years of experience.\n\nEXPERIENCE\n`);
  d.t(`${job(r)}\n${job(r)}\n\nEDUCATION\nB.S., ${r.pick(['University of Oregon', 'Georgia State University', 'Rutgers', 'Purdue University'])}, ${r.int(2004, 2016)}\n\nREFERENCES\n`);
  if (r.chance(0.6)) {
    const ref = person(r);
    d.p(full(ref)).t(`, ${r.pick(TITLES)}, ${r.pick(EMPLOYERS)} — `).l('PHONE', phone(r, 'US'));
  } else d.t('Available upon request.');
  maybeNoise(r, d, 0.3);
};

const ukCv: Tpl = (r, d) => {
  const p = person(r);
  d.t('CURRICULUM VITAE\n\n').self(full(p)).t('\n');
  addr(d, address(r, r.chance(0.8) ? 'GB' : 'IE'), true);
  d.t('\nMobile: ').l('PHONE', phone(r, 'GB')).t('\nEmail: ').l('EMAIL', email(r, p));
  if (r.chance(0.6)) d.t('\nDate of birth: ').l('DOB', fmt(r, birth(r), 'uk'));
  d.t(`\nDriving licence: full, clean\n\nPERSONAL PROFILE\nA motivated ${r.pick(TITLES).toLowerCase()} who hopes to grow with a forward-thinking team.\n\nEMPLOYMENT HISTORY\n${job(r)}\n${job(r)}\n\nREFEREES\n`);
  for (let i = 0; i < 2; i++) {
    const ref = person(r);
    d.t(r.chance(0.3) ? `${hon(r, ref)} ` : '').p(full(ref)).t(`, ${r.pick(TITLES)}, ${r.pick(EMPLOYERS)}\nTel: `).l('PHONE', phone(r, 'GB')).t(' | ').l('EMAIL', email(r, ref)).t('\n');
  }
};

const deLebenslauf: Tpl = (r, d) => {
  const p = person(r, r.pick(['de', 'de', 'tr', 'pl', 'it', 'ua', 'gr']));
  const city = r.pick(['München', 'Köln', 'Ankara', 'Danzig', 'Bari', 'Lwiw', 'Thessaloniki', 'Dresden']);
  d.t('Lebenslauf\n\nPersönliche Daten\nName: ').self(full(p)).t('\nAnschrift: ');
  addr(d, address(r, r.chance(0.85) ? 'DE' : 'CH'), r.chance(0.4));
  d.t('\nTelefon: ').l('PHONE', phone(r, 'DE')).t('\nE-Mail: ').l('EMAIL', email(r, p)).t('\nGeburtsdatum: ').l('DOB', fmt(r, birth(r), 'de')).t(` in ${city}`);
  d.t(`\nStaatsangehörigkeit: ${r.pick(['deutsch', 'türkisch', 'polnisch', 'italienisch'])}\nFamilienstand: ${r.pick(['ledig', 'verheiratet', 'geschieden'])}\n\nBerufserfahrung\n${r.int(2012, 2018)} – heute  ${r.pick(TITLES)}, ${r.pick(EMPLOYERS)}\n\nSprachen: Deutsch (Muttersprache), Englisch (C1)\n\n`);
  d.t(`${r.pick(['Berlin', 'Hamburg', 'Leipzig'])}, den ${fmt(r, recent(r), 'de', 'num')}\n`).p(full(p));
};

const frCv: Tpl = (r, d) => {
  const p = person(r, r.pick(['fr', 'fr', 'ar', 'pt', 'vi', 'ak']));
  d.t('CV — ').p(`${p.g} ${p.s.toUpperCase()}`).t(`\n${r.pick(TITLES)}\n\n`);
  addr(d, address(r, 'FR'), true);
  d.t('\nTél. : ').l('PHONE', phone(r, 'FR')).t('\nCourriel : ').l('EMAIL', email(r, p));
  d.t(p.fem ? '\nNée le ' : '\nNé le ').l('DOB', fmt(r, birth(r), 'fr', r.chance(0.7) ? 'long' : 'num')).t(` à ${r.pick(['Lyon', 'Oran', 'Porto', 'Hanoï', 'Kumasi', 'Nantes'])}`);
  d.t(`\nPermis B — véhicule personnel\n\nEXPÉRIENCE\n${r.int(2015, 2020)}–${r.int(2021, 2024)} : ${r.pick(TITLES)} chez ${r.pick(EMPLOYERS)}\n\nCENTRES D'INTÉRÊT\nRandonnée, photographie\n`);
  if (r.chance(0.5)) d.t('\nFait à Lyon, ').self(full(p));
};

const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
const esCv: Tpl = (r, d) => {
  const p = person(r, r.pick(['es', 'es', 'mx', 'br', 'ar']));
  const num = r.int(10000000, 99999999);
  d.t('CURRÍCULUM VITAE\n\nDatos personales\nNombre: ').self(full(p)).t('\nFecha de nacimiento: ').l('DOB', fmt(r, birth(r), 'es'));
  d.t(`\nDNI/NIE: ${num}${DNI.charAt(num % 23)}\nDomicilio: `);
  addr(d, address(r, 'ES'), false);
  d.t('\nMóvil: ').l('PHONE', phone(r, 'ES')).t('\nCorreo electrónico: ').l('EMAIL', email(r, p));
  d.t(`\n\nExperiencia profesional\n${r.int(2014, 2019)}–actualidad: ${r.pick(TITLES)} en ${r.pick(EMPLOYERS)}\n\nIdiomas: castellano (nativo), inglés (B2)\n`);
  maybeNoise(r, d, 0.25);
};

const jpRirekisho: Tpl = (r, d) => {
  const si = r.int(0, JA_S.length - 1);
  const nm = `${JA_S[si] ?? '佐藤'} ${r.pick(JA_G)}`;
  const b = birth(r);
  d.t(`履歴書\n${fmt(r, recent(r), 'jp', 'long')}現在\n\n氏名\u3000`).self(nm).t('\n生年月日\u3000').l('DOB', fmt(r, b, 'jp', 'long')).t(`生（満${2024 - b.y}歳）\n現住所\u3000`);
  addr(d, address(r, 'JP'), false);
  d.t('\n電話\u3000').l('PHONE', phone(r, 'JP')).t('\nE-mail\u3000').l('EMAIL', `${r.pick(['k', 'm', 'y', 'n', 'd', 's'])}.${JA_S_ROMAJI[si] ?? 'sato'}${r.int(10, 99)}@${r.pick(['yahoo.co.jp', 'gmail.com', 'docomo.ne.jp'])}`);
  d.t(`\n\n学歴・職歴\n${r.int(2008, 2014)}年4月\u3000${r.pick(['早稲田大学', '大阪大学', '名古屋大学'])} 入学\n${r.int(2015, 2019)}年4月\u3000${r.pick(EMPLOYERS)} 入社\n\n本人希望記入欄\n貴社規定に従います。`);
};

const inResume: Tpl = (r, d) => {
  const p = person(r, r.pick(['hi', 'ta', 'hi']));
  const father = relative(r, p, false);
  d.t('RESUME\n\n').self(full(p)).t('\nMobile: ').l('PHONE', phone(r, 'IN')).t('\nEmail: ').l('EMAIL', email(r, p));
  d.t(`\n\nCAREER OBJECTIVE\nTo work in a challenging environment.\n\nEXPERIENCE\n${job(r)}\n\nPERSONAL DETAILS\nDate of Birth: `).l('DOB', fmt(r, birth(r), 'uk', 'num'));
  d.t("\nFather's Name: ").p(r.chance(0.5) ? full(father) : `${father.g} ${p.s}`.toUpperCase()).t(`\nPAN: ${up(r, 5)}${r.digits(4)}${up(r, 1)}\nPermanent Address: `);
  addr(d, address(r, 'IN'), false);
  d.t(`\nLanguages Known: English, Hindi, ${r.pick(['Tamil', 'Marathi', 'Telugu'])}\n\nDECLARATION\nI hereby declare that the above information is true to the best of my knowledge.\nPlace: ${r.pick(['Pune', 'Chennai', 'Noida'])}\nDate: ${fmt(r, recent(r), 'uk', 'num')}\n(`).p(full(p).toUpperCase()).t(')');
};

const applicationEmail: Tpl = (r, d) => {
  const p = person(r);
  const hm = person(r);
  const cc = r.pick(ALL_CC);
  d.t(`Subject: Application – ${r.pick(TITLES)} (Ref REQ-${r.digits(5)})\n\n`);
  if (r.chance(0.6)) d.t(`Dear ${hon(r, hm)} `).p(hm.s).t(',\n\n');
  else d.t('Dear Hiring Team,\n\n');
  d.t('My name is ').self(full(p)).t(`, and I would like to apply for the role advertised on ${r.pick(['LinkedIn', 'Indeed', 'your careers page'])}. I will bring ${r.int(3, 12)} years of experience at ${r.pick(EMPLOYERS)}. `);
  d.t('I hope to hear from you; I can be reached on ').l('PHONE', phone(r, cc)).t(' or at ').l('EMAIL', email(r, p)).t('.\n\nKind regards,\n').p(p.g).t('\n');
  maybeNoise(r, d, 0.3);
};

const recruiterChat: Tpl = (r, d) => {
  const rec = person(r);
  const c = person(r);
  const hm = person(r);
  const cc = r.pick(ALL_CC);
  const time = clock(r, r.int(8, 17));
  d.t(time()).p(full(rec)).t(': Hi ').p(c.g).t(`, thanks for your interest in the ${r.pick(TITLES)} role at ${r.pick(EMPLOYERS)}. Are you still looking?\n`);
  d.t(time()).p(full(c).toLowerCase()).t(': hi! yes still interested. best number is ').l('PHONE', phone(r, cc)).t('\n');
  d.t(time()).p(rec.g).t(': Great. Can you confirm your email too?\n');
  d.t(time()).p(full(c).toLowerCase()).t(': ').l('EMAIL', email(r, c)).t('\n');
  d.t(time()).p(rec.g).t(': Perfect. The hiring manager, ').p(r.chance(0.5) ? initial(hm) : full(hm)).t(", would like a call on Thursday at 14:30. Will that work?\n");
  d.t(time()).p(full(c).toLowerCase()).t(': will do, thanks 👍');
};

const atsNote: Tpl = (r, d) => {
  const c = person(r);
  const ref = person(r);
  d.t('Candidate summary (generated by assistant)\nCandidate: ').p(rev(c)).t('\nSource: referral from ').p(full(ref)).t(` (employee #${r.digits(5)})\nPhone: `).l('PHONE', phone(r, r.pick(ALL_CC))).t(' | Email: ').l('EMAIL', email(r, c));
  d.t('\nApplication submitted from ').l('IP', ip(r)).t(` at ${ts(r)}`);
  d.t('\nNotes: ').p(c.g).t(` is currently at ${r.pick(EMPLOYERS)}; notice period ${r.int(1, 3)} months; expected salary ${r.int(45, 120)}k. Previously interviewed for Team Phoenix (no offer).`);
  maybeNoise(r, d, 0.4);
};

const referenceLetter: Tpl = (r, d) => {
  const emp = person(r);
  const ref = person(r);
  const cc = r.pick(['GB', 'US', 'IE', 'AU', 'CA'] as const);
  d.t(`${r.pick(EMPLOYERS)}\n`);
  addr(d, address(r, cc), true);
  d.t(`\n\n${fmt(r, recent(r), DS_OF[cc], 'long')}\n\nTo whom it may concern,\n\nI am pleased to recommend `).p(full(emp)).t(`, who worked in my team as ${r.pick(TITLES)} from ${r.int(2015, 2019)} to ${r.int(2020, 2024)}. `);
  d.t(emp.fem ? 'She' : 'He').t(' was reliable and well liked, and ').p(emp.g).t("'s handling of the year-end audit was exemplary.\n\nShould you need anything further, please contact me on ").l('PHONE', phone(r, cc)).t(' or ').l('EMAIL', email(r, ref, r.pick(FIRM_DOMAINS))).t('.\n\nYours faithfully,\n\n').p(full(ref)).t(`\n${r.pick(['Head of Finance', 'Operations Director', 'Ward Manager', 'Engineering Manager'])}`);
};

const referenceRequest: Tpl = (r, d) => {
  const referee = person(r);
  const cand = person(r);
  const hr = person(r);
  const dom = r.pick(FIRM_DOMAINS);
  d.t(`Dear ${hon(r, referee)} `).p(referee.s).t(',\n\n').p(full(cand)).t(` has applied for a position with us and has given your name as a referee. Could you confirm dates of employment (${r.int(2016, 2020)}–${r.int(2021, 2024)}), job title and reason for leaving?\n\nPlease reply to `).l('EMAIL', roleMail(r, dom)).t(' or complete the secure form. May we also call you?\n\nKind regards,\n').p(full(hr)).t(`\nPeople Team\n`).l('PHONE', phone(r, r.pick(['GB', 'US', 'IE'] as const))).t(` ext. ${r.int(100, 899)}`);
};

const usOnboarding: Tpl = (r, d) => {
  const p = person(r);
  const ec = person(r);
  d.t(`NEW HIRE INFORMATION — ${r.pick(EMPLOYERS)}\nLegal name (Last, First): `).p(rev(p)).t('\nOther last names used: N/A\nHome address: ');
  addr(d, address(r, 'US'), false);
  d.t('\nDate of birth: ').l('DOB', fmt(r, birth(r), 'us', 'num')).t('\nSocial Security Number: ').l('NATIONAL_ID', ssn(r));
  d.t('\nPersonal email: ').l('EMAIL', email(r, p)).t('   Mobile: ').l('PHONE', phone(r, 'US'));
  d.t('\nEmergency contact: ').p(full(ec)).t(` (${r.pick(['spouse', 'mother', 'brother', 'partner', 'friend'])}) `).l('PHONE', phone(r, 'US'));
  d.t(`\nDirect deposit — routing ${r.pick(['021000021', '121000358', '071000013'])}, account ${r.digits(10)} (checking)\nStart date: ${fmt(r, recent(r), 'us', 'num')}\nW-4 filing status: ${r.pick(['Single', 'Married filing jointly', 'Head of household'])}\nEmployer EIN: ${ein(r)}\n\nEmployee signature: `).self(full(p));
};

const dePersonalbogen: Tpl = (r, d) => {
  const p = person(r, r.pick(['de', 'pl', 'tr', 'hu', 'gr', 'cz']));
  d.t('Personalfragebogen\n\nName: ').p(p.s).t('\nVorname: ').p(p.g).t('\nGeburtsdatum: ').l('DOB', fmt(r, birth(r), 'de', 'num')).t(`\nGeburtsort: ${r.pick(['Augsburg', 'Posen', 'Izmir', 'Pécs', 'Brünn'])}\nAnschrift: `);
  addr(d, address(r, 'DE'), false);
  d.t('\nTelefon: ').l('PHONE', phone(r, 'DE')).t('\nE-Mail privat: ').l('EMAIL', email(r, p));
  d.t(`\nSteuer-ID: ${r.int(1, 9)}${r.digits(10)}\nSozialversicherungsnummer: ${r.digits(2)} ${r.digits(6)} ${p.s.charAt(0).toUpperCase()} ${r.digits(3)}\nKrankenkasse: ${r.pick(['TK', 'AOK Bayern', 'Barmer', 'DAK'])}\nBankverbindung — IBAN: `).l('IBAN', iban(r, 'DE')).t(`\nBIC: ${r.pick(['COBADEFFXXX', 'DEUTDEDBXXX', 'GENODEF1M04'])}\nEintritt: ${fmt(r, recent(r), 'de', 'num')}`);
};

const payrollBankChange: Tpl = (r, d) => {
  const p = person(r);
  const pay = person(r);
  d.t('Hi ').p(pay.g).t(`,\n\nI've switched banks — could you pay my salary into `).l('IBAN', iban(r)).t(` from the ${r.pick(M_EN)} run? The old account ending ${r.digits(4)} can be closed in the system.\n\nThanks,\n`);
  d.self(full(p)).t(`\nEmployee no. ${r.digits(6)}`);
  if (r.chance(0.4)) d.t('\nMobile ').l('PHONE', phone(r, r.pick(ALL_CC)));
  maybeNoise(r, d, 0.3);
};

const payslip: Tpl = (r, d) => {
  const p = person(r);
  const cc = r.pick(['IE', 'NL', 'DE', 'FR', 'ES', 'IT', 'PL'] as const);
  d.t(`PAYSLIP — ${r.pick(EMPLOYERS)}\nPay date: ${fmt(r, recent(r), DS_OF[cc], 'num')}   Period: ${r.int(1, 12)}/12\n\nEmployee: `).p(p.s.toUpperCase() + ' ' + p.g).t(`   ID ${r.digits(6)}\n`);
  addr(d, address(r, cc), true);
  d.t(`\n\nGross pay ${r.int(2100, 7800)}.00   Tax ${r.int(300, 1900)}.00   Net ${r.int(1800, 5600)}.00\nPaid to: `).l('IBAN', iban(r, cc === 'IE' ? r.pick(['IE', 'GB']) : cc));
  d.t(`\nTax ref: ${up(r, 2)}${r.digits(7)}`);
};

const itTicket: Tpl = (r, d) => {
  const p = person(r);
  const mgr = person(r);
  const dom = r.pick(FIRM_DOMAINS);
  d.t(`INC${r.digits(7)} — New starter: `).p(full(p)).t(`\nStart: ${fmt(r, recent(r), 'uk', 'long')}\nWork account to create: `).l('EMAIL', `${fold(p.g)}.${fold(p.s)}@${dom}`);
  d.t('\nSend credentials to personal address: ').l('EMAIL', email(r, p));
  d.t(`\nLaptop: Dell Latitude 7440, asset LT-${r.digits(5)}, MAC ${mac(r)}\nVPN static IP: `).l('IP', ipv4(r)).t('\nOffice egress: ').l('IP', ipv4(r));
  if (r.chance(0.6)) d.t(' / ').l('IP', ipv6(r));
  d.t('\nManager: ').p(r.chance(0.5) ? full(mgr) : rev(mgr)).t('\nDesk: Room 4.12, Lovelace wing');
};

const erNote: Tpl = (r, d) => {
  const a = person(r);
  const b = person(r);
  const w = person(r);
  const hr = person(r);
  d.t(`CONFIDENTIAL — Employee Relations case ER-${r.int(2023, 2025)}-${r.digits(4)}\nComplainant: `).p(full(a)).t(` (${r.pick(TITLES)})\nRespondent: `).p(full(b)).t('\nWitness: ').p(full(w));
  d.t(`\n\nSummary: on ${fmt(r, recent(r), 'uk', 'long')} `).p(a.g).t(' reported that ');
  who(r, d, b);
  d.t(' raised their voice during the Project Atlas stand-up. ').p(w.g).t(' confirmed this. HR advisor: ').p(initial(hr)).t('.\nNext step: investigation meeting, Room 2.07. Contact ').p(a.g).t(' on ').l('PHONE', phone(r, r.pick(['GB', 'US', 'IE', 'AU'] as const))).t(' (personal mobile).');
  maybeNoise(r, d, 0.5);
};

const disciplinaryLetter: Tpl = (r, d) => {
  const p = person(r);
  const chair = person(r);
  const cc = r.pick(['GB', 'IE', 'AU'] as const);
  d.t('PRIVATE & CONFIDENTIAL\n').p(full(p)).t('\n');
  addr(d, address(r, cc), true);
  d.t(`\n\n${fmt(r, recent(r), 'uk', 'long')}\n\nDear ${hon(r, p)} `).p(p.s).t(`,\n\nInvitation to a disciplinary hearing\n\nYou are required to attend a hearing on ${fmt(r, recent(r), 'uk', 'long')} at 10:00 in the Mandela Room. The hearing will be chaired by `).p(full(chair));
  d.t('. You may be accompanied by a colleague or trade union representative.\n\nYours sincerely,\n\n').p(initial(chair)).t('\nHR Manager');
};

const offboarding: Tpl = (r, d) => {
  const p = person(r);
  const cc = r.pick(ALL_CC);
  d.t('Leaver checklist — ').p(full(p)).t(` (ID ${r.digits(5)})\nLast working day: ${fmt(r, recent(r), 'iso')}\nForwarding address for final payslip: `);
  addr(d, address(r, cc), false);
  d.t('\nPersonal email: ').l('EMAIL', email(r, p)).t('\nMobile: ').l('PHONE', phone(r, cc));
  d.t('\nAccess: last VPN session from ').l('IP', ip(r)).t(` ended 17:42; badge deactivated.\nEquipment: MacBook Pro (serial C02${up(r, 8)}) returned.`);
};

const backgroundCheck: Tpl = (r, d) => {
  const p = person(r);
  d.t('Background Screening Authorization\n\nFull legal name: ').self(full(p)).t('\nOther names used: ');
  if (r.chance(0.5)) d.p(`${p.g} ${otherSurname(r, p)}`);
  else d.t('none');
  d.t('\nDate of birth: ').l('DOB', fmt(r, birth(r), 'us')).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nCurrent address: ');
  addr(d, address(r, 'US'), false);
  d.t('\nPrevious address (last 7 years): ');
  addr(d, address(r, 'US'), false);
  d.t(`\nDriver's license: ${r.pick(['CA', 'TX', 'NY', 'WA'])} ${up(r, 1)}${r.digits(7)}\nSignature: /s/ `).p(full(p)).t(`   Date: ${fmt(r, recent(r), 'us', 'num')}`);
};

const interviewAssistant: Tpl = (r, d) => {
  const c = person(r);
  const i1 = person(r);
  const i2 = person(r);
  d.t("I've scheduled ").p(c.g).t("'s interview with ").p(full(i1)).t(` (${r.pick(TITLES)}) for ${fmt(r, recent(r), 'uk', 'long')} at 10:00 CET. Dial-in: `).l('PHONE', phone(r, r.pick(['GB', 'DE', 'NL', 'US'] as const))).t(`, PIN ${r.digits(3)} ${r.digits(3)}#.\n`);
  d.p(c.g).t(' asked to be contacted at ').l('EMAIL', email(r, c)).t(' rather than the work address. Panel: ').p(full(i1)).t(' and ');
  who(r, d, i2);
  d.t('. The room (Hopper, 2nd floor) is booked.');
};

const expenseClaim: Tpl = (r, d) => {
  const p = person(r);
  const ap = person(r);
  d.t(`Expense claim EXP-${r.digits(5)}\nClaimant: `).p(full(p)).t('\nCorporate card: ').l('CARD', card(r)).t(` (exp ${pad(r.int(1, 12))}/${r.int(26, 30)})\nItems: Hilton Garden Inn 2 nights; taxi; dinner with client\nOut-of-pocket amount to reimburse to: `).l('IBAN', iban(r));
  d.t('\nApprover: ').p(initial(ap));
  maybeNoise(r, d, 0.4);
};

const employmentVerification: Tpl = (r, d) => {
  const t = person(r);
  const ag = person(r);
  d.t('Re: Employment verification — ').p(full(t)).t('\n\nHello,\n\nWe have received a rental application from your employee. Date of birth given: ').l('DOB', fmt(r, birth(r), 'us', 'num'));
  d.t(`; SSN (last four): ${maskedSsn(r)}. Current address: `);
  addr(d, address(r, 'US'), false);
  d.t('.\nPlease confirm start date and current salary. You can reach me at ').l('PHONE', phone(r, 'US')).t(' or ').l('EMAIL', email(r, ag, r.pick(FIRM_DOMAINS))).t('.\n\n').p(full(ag)).t(`\n${r.pick(AGENCIES)}`);
};

const relocation: Tpl = (r, d) => {
  const p = person(r);
  const a = r.pick(ALL_CC);
  const b = r.pick(['DE', 'NL', 'IE', 'FR', 'ES', 'CH'] as const);
  d.t('Relocation allowance request\nEmployee: ').self(full(p)).t('\nMoving from: ');
  addr(d, address(r, a, true), false);
  d.t('\nMoving to:\n');
  addr(d, address(r, b, r.chance(0.5)), true);
  d.t(`\nMove date: ${fmt(r, recent(r), DS_OF[b], 'num')}\nPay allowance into: `).l('IBAN', iban(r, b === 'CH' ? 'CH' : b)).t('\nContact during move: ').l('PHONE', phone(r, a));
};

const slackWelcome: Tpl = (r, d) => {
  const a = person(r);
  const n = person(r);
  const c = person(r);
  d.t('#general\n').p(full(a)).t(': please welcome ').p(full(n)).t(` (@${fold(n.g)}.${fold(n.s).slice(0, 3)}) who joins People Ops as HRBP! 🎉\n`);
  d.p(full(c)).t(': welcome ').p(n.g).t('!! 👋 lunch at the Ben & Jerry\'s place?\n').p(full(n)).t(': thank you all! my desk phone is ').l('PHONE', phone(r, r.pick(ALL_CC))).t(' until IT sorts Teams');
};

// ---------------------------------------------------------------- tenancy and real estate

const usRentalApp: Tpl = (r, d) => {
  const p = person(r);
  const ll = person(r);
  d.t(`RENTAL APPLICATION — ${r.pick(AGENCIES)}\nUnit applied for: 2BR, move-in ${fmt(r, recent(r), 'us', 'num')}\n\nApplicant: `).self(full(p)).t('\nDOB: ').l('DOB', fmt(r, birth(r), 'us', 'num')).t('   SSN: ').l('NATIONAL_ID', ssn(r));
  d.t('\nPhone: ').l('PHONE', phone(r, 'US')).t('   Email: ').l('EMAIL', email(r, p)).t('\nCurrent address: ');
  addr(d, address(r, 'US'), false);
  d.t(`  (${r.int(1, 9)} yrs)\nCurrent landlord: `).p(full(ll)).t(', ').l('PHONE', phone(r, 'US')).t(`\nEmployer: ${r.pick(EMPLOYERS)}, monthly income $${r.int(3, 12)},${r.int(100, 999)}`);
  if (r.chance(0.5)) {
    const co = person(r);
    d.t('\nCo-applicant: ').p(full(co)).t(', DOB ').l('DOB', fmt(r, birth(r), 'us', 'num')).t(', SSN ').l('NATIONAL_ID', ssn(r));
  }
  d.t(`\nPets: 1 cat (Einstein)\nApplication fee $${r.pick([35, 45, 50, 55])} paid by card `).l('CARD', card(r)).t('\nSubmitted online from ').l('IP', ip(r)).t(` on ${fmt(r, recent(r), 'us', 'num')}`);
};

const ukReferencing: Tpl = (r, d) => {
  const p = person(r);
  const er = person(r);
  const g = person(r);
  d.t(`Tenant referencing — ${r.pick(AGENCIES)}\nApplicant: `).self(full(p)).t('\nDOB: ').l('DOB', fmt(r, birth(r), 'uk')).t('\nCurrent address:\n');
  addr(d, address(r, 'GB'), true);
  d.t('\nEmployer reference contact: ').p(full(er)).t(', ').l('PHONE', phone(r, 'GB')).t(', ').l('EMAIL', email(r, er, r.pick(FIRM_DOMAINS)));
  d.t('\nGuarantor: ').p(full(g)).t(', ');
  addr(d, address(r, 'GB'), false);
  d.t(', ').l('PHONE', phone(r, 'GB')).t('\nGuarantor date of birth: ').l('DOB', fmt(r, birth(r), 'uk')).t(`\nRight to Rent share code: ${up(r, 3)} ${up(r, 3)} ${up(r, 3)}`);
};

const leaseExcerpt: Tpl = (r, d) => {
  const cc = r.pick(['IE', 'NL', 'DE', 'FR', 'ES', 'PT', 'BE', 'AT'] as const);
  const acc = r.pick(['IE', 'NL', 'DE', 'FR', 'ES'] as const);
  const ll = person(r);
  const t1 = person(r);
  const t2 = person(r);
  const two = r.chance(0.5);
  d.t(`RESIDENTIAL TENANCY AGREEMENT\n\nThis agreement is made on ${fmt(r, recent(r), 'uk', 'long')} between `).p(full(ll)).t(' ("the Landlord") of ');
  addr(d, address(r, acc), false);
  d.t(' and ').p(full(t1));
  if (two) d.t(' and ').p(full(t2));
  d.t(` ("the Tenant${two ? 's' : ''}").\n\n1. Property:\n`);
  addr(d, address(r, acc), true);
  d.t(`\n2. Term: 12 months from ${fmt(r, recent(r), 'uk', 'long')}.\n3. Rent: €${r.int(900, 2600)} per month, payable by standing order to `).l('IBAN', iban(r, cc === 'PT' || cc === 'BE' || cc === 'AT' ? cc : acc));
  d.t('.\n4. Deposit: one month, held in accordance with the Residential Tenancies Act.\n\nSigned: ______  ').p(initial(ll));
};

const landlordChat: Tpl = (r, d) => {
  const ll = person(r);
  const tn = person(r);
  const pl = person(r, r.pick(['gb', 'pl', 'ie', 'sc']));
  const cc = r.pick(['GB', 'IE', 'AU'] as const);
  const day = `${pad(r.int(1, 28))}/${pad(r.int(1, 12))}/2024`;
  const tick = clock(r, r.int(7, 18));
  const ln = (): string => `[${day}, ${tick().slice(1)}`;
  d.t(ln()).p(full(ll)).t(': Morning ').p(tn.g).t(', the plumber (').p(pl.g).t(') will come Thursday between 9 and 11\n');
  d.t(ln()).p(full(tn)).t(': ok thanks. has he got a number in case?\n');
  d.t(ln()).p(full(ll)).t(': ').l('PHONE', phone(r, cc)).t('\n');
  d.t(ln()).p(full(tn)).t(`: great. also the boiler code is E${r.int(100, 199)} again 🙄\n`);
  d.t(ln()).p(full(ll)).t(': noted. May is fine for the rent review btw\n');
  if (r.chance(0.5)) d.t(ln()).p(full(tn)).t(': sent this month\'s rent to ').l('IBAN', iban(r, cc === 'GB' ? 'GB' : 'IE')).t(' as usual');
};

const viewingBooking: Tpl = (r, d) => {
  const ap = person(r);
  const ag = person(r);
  const cc = r.pick(['GB', 'IE', 'AU', 'US', 'CA'] as const);
  const dom = r.pick(FIRM_DOMAINS);
  d.t('Hi ').p(ap.g).t(',\n\nThanks for your enquiry about the two-bedroom flat at ');
  addr(d, address(r, cc), false);
  d.t(`. I've booked your viewing for ${fmt(r, recent(r), DS_OF[cc], 'long')} at 17:30. The entrance is next to the Costa Coffee, opposite the Victoria pub. If you're running late, call my mobile `).l('PHONE', phone(r, cc)).t(' or the office on ').l('PHONE', phone(r, cc)).t(` ext. ${r.int(10, 99)}.\n\nBest,\n`).p(full(ag)).t(`\nLettings Negotiator, ${r.pick(AGENCIES)}\n`).l('EMAIL', roleMail(r, dom));
};

const depositDispute: Tpl = (r, d) => {
  const p = person(r);
  const ll = person(r);
  const cc = r.pick(['IE', 'DE', 'NL', 'FR', 'ES', 'IT'] as const);
  d.t('To: ').l('EMAIL', `disputes@${r.pick(['rtb.example.ie', 'depositcare.eu', 'kautionshilfe.de'])}`).t(`\nSubject: Deposit dispute — tenancy ref ${up(r, 3)}-${r.digits(6)}\n\nI, `).self(full(p)).t(', was the tenant at ');
  addr(d, address(r, cc), false);
  d.t(` until ${fmt(r, recent(r), 'uk', 'long')}. The landlord, ${hon(r, ll)} `).p(ll.s).t(` has withheld €${r.int(300, 1800)} for "cleaning". Please return the undisputed amount to `).l('IBAN', iban(r, cc)).t('.\nPhone: ').l('PHONE', phone(r, cc));
};

const crmNote: Tpl = (r, d) => {
  const b = person(r);
  const partner = person(r);
  const sol = person(r);
  const cc = r.pick(['GB', 'IE', 'AU', 'US'] as const);
  d.t(`Lead #L-${r.digits(5)} | Buyer: `).p(full(b)).t(' | Tel: ').l('PHONE', phone(r, cc)).t(' | Email: ').l('EMAIL', email(r, b));
  d.t(`\nBudget: ${r.int(300, 900)}k | AIP: yes (Halifax) | Chain-free\nNotes: wants 3-bed near Lincoln Park or the Churchill Gardens estate. Partner `).p(partner.g).t(` works at ${r.pick(EMPLOYERS)}. 2nd viewing ${fmt(r, recent(r), DS_OF[cc], 'num')}.\nSolicitor: `).p(full(sol)).t(`, ${r.pick(FIRMS)}, `).l('PHONE', phone(r, cc));
  maybeNoise(r, d, 0.4);
};

const deSelbstauskunft: Tpl = (r, d) => {
  const p = person(r, r.pick(['de', 'de', 'tr', 'pl', 'ru', 'it', 'ar']));
  const sp = relative(r, p, !p.fem);
  const vm = person(r, 'de');
  d.t('Mieterselbstauskunft\n\nName, Vorname: ').p(rev(p)).t('\nGeburtsdatum: ').l('DOB', fmt(r, birth(r), 'de')).t('\nDerzeitige Anschrift: ');
  addr(d, address(r, 'DE'), false);
  d.t('\nTelefon: ').l('PHONE', phone(r, 'DE')).t('\nE-Mail: ').l('EMAIL', email(r, p)).t(`\nArbeitgeber: ${r.pick(['Siemens AG', 'Porsche AG', 'Robert Bosch GmbH', 'Deutsche Bahn'])}, seit ${r.int(2010, 2022)}\nNettoeinkommen: ${r.int(2, 6)}.${r.int(100, 999)} €\nMitziehende Personen: `);
  d.p(full(sp)).t(`, geb. `).l('DOB', fmt(r, birth(r), 'de', 'num'));
  d.t('\nHaustiere: Katze „Mozart“\nBisheriger Vermieter: ').t(`${hon(r, vm, 'de')} `).p(vm.s).t(', Tel. ').l('PHONE', phone(r, 'DE')).t(`\nSCHUFA-Auskunft liegt bei.\n\nKöln, ${fmt(r, recent(r), 'de', 'num')}\nUnterschrift: `).self(full(p));
};

const frDossier: Tpl = (r, d) => {
  const p = person(r, r.pick(['fr', 'fr', 'ar', 'pt', 'vi']));
  const g = person(r, r.pick(['fr', 'ar', 'pt']));
  d.t(`Dossier de location — ${r.pick(AGENCIES)}\n\nLocataire : ${hon(r, p, 'fr')} `).p(full(p)).t(p.fem ? '\nNée le ' : '\nNé le ').l('DOB', fmt(r, birth(r), 'fr')).t('\nAdresse actuelle :\n');
  addr(d, address(r, 'FR'), true);
  d.t('\nTél : ').l('PHONE', phone(r, 'FR')).t('\nCourriel : ').l('EMAIL', email(r, p));
  d.t('\n\nGarant : ').p(full(g)).t(', ');
  addr(d, address(r, 'FR'), false);
  d.t(', tél. ').l('PHONE', phone(r, 'FR')).t('\n\nMandat de prélèvement SEPA — IBAN : ').l('IBAN', iban(r, 'FR')).t(`\nRéférence unique de mandat : RUM-${r.digits(8)}`);
};

const esLandlordEmail: Tpl = (r, d) => {
  const t = person(r, r.pick(['es', 'mx', 'ar', 'br']));
  const ll = person(r, 'es');
  d.t('Hola ').p(t.g).t(':\n\nTe confirmo que el contrato del piso de ');
  addr(d, address(r, 'ES'), false);
  d.t(` empieza el ${fmt(r, recent(r), 'es', 'long')}. La fianza (dos mensualidades) se ingresa en la cuenta `).l('IBAN', iban(r, 'ES')).t('. Mi móvil es ').l('PHONE', phone(r, 'ES')).t('. Cualquier cosa me dices.\n\nUn saludo,\n').p(full(ll));
};

const maintenancePortal: Tpl = (r, d) => {
  const p = person(r);
  const cc = r.pick(['US', 'CA', 'GB', 'AU'] as const);
  d.t(`Tenant portal — maintenance request #MR-${r.digits(4)}\nSubmitted by: `).p(full(p)).t(' (').l('EMAIL', email(r, p)).t(')\nUnit: ');
  addr(d, address(r, cc), false);
  d.t(`\nCategory: ${r.pick(['Plumbing', 'Heating', 'Electrical', 'Pest control'])}\nDescription: leak under kitchen sink, getting worse. Access: tenant consents to entry. Call `).l('PHONE', phone(r, cc)).t(' after 5pm.\nAudit: created ').t(`${ts(r)} from `).l('IP', ip(r)).t(` (Chrome ${r.int(110, 126)}.0.${r.int(5000, 6500)}.${r.int(50, 200)})`);
};

const rentReceipt: Tpl = (r, d) => {
  const p = person(r);
  d.t('Payment received — thank you, ').p(p.g).t(`!\nAmount: £${r.int(600, 2400)}.00\nMethod: ${r.pick(['Visa', 'Mastercard'])} **** **** **** ${r.digits(4)}\nReference: RENT-${r.digits(4)}-${r.digits(2)}\nProperty: `);
  addr(d, address(r, 'GB'), false);
  d.t('\nA copy has been sent to ').l('EMAIL', email(r, p)).t('.');
  maybeNoise(r, d, 0.5);
};

const noticeToQuit: Tpl = (r, d) => {
  const t1 = person(r);
  const ll = person(r);
  d.t('FORM 6A — NOTICE SEEKING POSSESSION OF A PROPERTY LET ON AN ASSURED SHORTHOLD TENANCY\n\nTo: ').p(full(t1).toUpperCase()).t('\nOf:\n');
  addr(d, address(r, 'GB'), true);
  d.t(`\n\nYou are required to leave the property after ${fmt(r, recent(r), 'uk', 'long')}.\n\nName of landlord: `).p(full(ll)).t('\nAddress for service: ');
  addr(d, address(r, 'GB'), false);
  d.t('\nTelephone: ').l('PHONE', phone(r, 'GB')).t(`\nDate: ${fmt(r, recent(r), 'uk', 'num')}`);
};

const roommateChat: Tpl = (r, d) => {
  const a = person(r);
  const b = person(r);
  const f = person(r);
  d.p(a.g.toLowerCase()).t(': hey!! ').p(f.g).t(' gave me ur number, is the room still free?\n');
  d.p(b.g.toLowerCase()).t(': yes! $').t(`${r.int(700, 1400)}/mo + utilities, deposit is one month. the place is `);
  addr(d, address(r, 'US'), false);
  d.t('\n').p(a.g.toLowerCase()).t(`: amazing. i'm `).p(full(a).toLowerCase()).t(` btw, venmo is @${fold(a.g)}-${fold(a.s)}-${r.int(1, 9)}\n`).p(b.g.toLowerCase()).t(': cool, text me at ').l('PHONE', phone(r, 'US')).t(' when ur here');
};

const pmAssistantSummary: Tpl = (r, d) => {
  const p = person(r, r.pick(['us', 'gb', 'ie', 'sc', 'ig', 'hi']));
  const cc = r.pick(['US', 'GB', 'IE'] as const);
  d.t('Call summary (AI assistant)\nCaller identified as ').p(full(p)).t(', tenant at ');
  addr(d, address(r, cc), false);
  d.t('.\nCaller spelled the email as "').l('EMAIL', spokenEmail(r, p)).t('" and gave the callback number "').l('PHONE', spokenPhone(r, cc)).t(`".\nIssue: front door lock jammed since Hurricane-season storm damage; ticket MNT-${r.digits(5)} raised.`);
};

const offerLetter: Tpl = (r, d) => {
  const s = person(r);
  const b1 = person(r);
  const b2 = person(r);
  const ag = person(r);
  d.t('Re: Offer on ');
  addr(d, address(r, 'US'), false);
  d.t(`\n\nDear ${hon(r, s)} `).p(s.s).t(',\n\nOn behalf of my clients, ').p(full(b1)).t(' and ').p(full(b2)).t(`, I am pleased to submit an offer of $${r.int(310, 980)},000. Earnest money of $${r.int(5, 30)},000 will be deposited with First American Title within 3 days; closing on or before ${fmt(r, recent(r), 'us', 'long')}.\n\nPlease contact me at `).l('PHONE', phone(r, 'US')).t(' or ').l('EMAIL', email(r, ag)).t('.\n\n').p(full(ag)).t(`, REALTOR®, License #0${r.digits(7)}`);
};

const cardAuthForm: Tpl = (r, d) => {
  const p = person(r);
  const cc = r.pick(['GB', 'IE', 'US', 'AU'] as const);
  const num = card(r);
  d.t(`Card authorisation form — holding deposit\n\nCard type: ${cardBrand(num)}\nCardholder name: `).self(full(p)).t('\nCard number: ').l('CARD', num).t(`\nExpiry: ${pad(r.int(1, 12))}/${r.int(26, 30)}   CVV: ${r.digits(3)}\nBilling address: `);
  addr(d, address(r, cc), false);
  d.t('\nEmail for receipt: ').l('EMAIL', email(r, p)).t(`\nAmount: ${cc === 'US' ? '$' : '£'}${r.int(150, 600)}\nSigned: `).p(initial(p)).t(`   Date: ${fmt(r, recent(r), DS_OF[cc], 'num')}`);
};

const krTenancy: Tpl = (r, d) => {
  const nm = `${r.pick(KO_S)}${r.pick(KO_G)}`;
  const ag = `${r.pick(KO_S)}${r.pick(KO_G)}`;
  d.t('전세 계약 관련 안내\n\n').p(nm).t(' 님, 안녕하세요. 공인중개사 ').p(ag).t('입니다.\n계약 예정 주소: ');
  addr(d, address(r, 'KR'), false);
  d.t(`\n계약일: ${fmt(r, recent(r), 'kr', 'long')}\n연락처: `).l('PHONE', phone(r, 'KR')).t('\n이메일: ').l('EMAIL', `${r.pick(['minjun', 'seoyeon', 'jihoon', 'haeun'])}${r.int(80, 99)}@${r.pick(['naver.com', 'daum.net', 'kakao.com'])}`).t('\n잔금은 계약일에 지급 부탁드립니다.');
};

const jpViewing: Tpl = (r, d) => {
  const c = `${r.pick(JA_S)} ${r.pick(JA_G)}`;
  const ag = `${r.pick(JA_S)}`;
  d.p(c).t('様\n\nいつもお世話になっております。ミドリ不動産の').p(ag).t('です。\n内見のご予約を').t(`${fmt(r, recent(r), 'jp', 'long')}14時で承りました。\n物件所在地：`);
  addr(d, address(r, 'JP'), false);
  d.t('\nご不明点は').l('PHONE', phone(r, 'JP')).t('までご連絡ください。');
};

// ---------------------------------------------------------------- legal and immigration

const lawIntakeForm: Tpl = (r, d) => {
  const p = person(r);
  const op = person(r);
  const rf = person(r);
  d.t(`CLIENT INTAKE — ${r.pick(FIRMS)}\nName: `).self(full(p)).t('\nDate of birth: ').l('DOB', fmt(r, birth(r), 'us')).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nMailing address: ');
  addr(d, address(r, 'US', false, true), false);
  d.t('\nPhone: ').l('PHONE', phone(r, 'US')).t('\nEmail: ').l('EMAIL', email(r, p));
  d.t(`\nMatter: ${r.pick(['wrongful termination — former employer Tesla, Inc.', 'security deposit dispute', 'wage claim under the FLSA', 'green card through marriage'])}\nOpposing party: `).p(full(op)).t('\nReferred by: ').p(full(rf)).t('\nForm submitted from ').l('IP', ip(r));
  maybeNoise(r, d, 0.3);
};

const intakeTranscript: Tpl = (r, d) => {
  const p = person(r, r.pick(['us', 'gb', 'ie', 'mx', 'hi', 'ig', 'fil']));
  const pl = person(r);
  const cc = r.pick(['US', 'GB', 'IE'] as const);
  d.t('[Call recording transcript]\nParalegal: Thanks for calling, this is ').p(pl.g).t('. Can I take your full name?\nCaller: Yeah, it\'s ').p(full(p)).t('.\nParalegal: And the best number to reach you?\nCaller: ').l('PHONE', spokenPhone(r, cc)).t('.\nParalegal: Email?\nCaller: ').l('EMAIL', spokenEmail(r, p));
  d.t('.\nParalegal: And your date of birth?\nCaller: ').l('DOB', fmt(r, birth(r), DS_OF[cc], 'long')).t(`.\nParalegal: Thank you. I'll pass this to the attorney and we'll call you back before Friday.`);
};

const courtCaption: Tpl = (r, d) => {
  const at = person(r);
  const pl = person(r);
  d.p(full(at).toUpperCase()).t(` (SBN ${r.digits(6)})\n${r.pick(FIRMS).toUpperCase()}\n`);
  addr(d, address(r, 'US'), true);
  d.t('\nTelephone: ').l('PHONE', phone(r, 'US')).t('\nEmail: ').l('EMAIL', email(r, at, r.pick(FIRM_DOMAINS)));
  d.t('\n\nAttorney for Plaintiff\n').p(full(pl).toUpperCase()).t(`\n\nSUPERIOR COURT OF THE STATE OF CALIFORNIA\nCOUNTY OF ${r.pick(['ALAMEDA', 'SAN DIEGO', 'SACRAMENTO'])}\n\n`);
  d.p(full(pl).toUpperCase()).t(`, an individual,\n\t\tPlaintiff,\n\tv.\n${r.pick(['NORTHWIND LOGISTICS, INC.', 'BRIGHTMOOR ANALYTICS LLC', 'HARBOURSIDE ESTATES, L.P.'])}, a Delaware corporation; and DOES 1 through 20, inclusive,\n\t\tDefendants.\n\nCase No. ${r.int(22, 25)}CV${r.digits(6)}\n\nCOMPLAINT FOR DAMAGES\n(1) Violation of Labor Code § 1102.5`);
};

const et1Claim: Tpl = (r, d) => {
  const p = person(r);
  const mgr = person(r);
  d.t(`Employment Tribunal claim form (ET1)\n1.1 Title: ${p.fem ? 'Ms' : 'Mr'}\n1.2 First name: `).p(p.g).t('\n1.3 Surname: ').p(p.s).t('\n1.4 Date of birth: ').l('DOB', fmt(r, birth(r), 'uk', 'num')).t('\n1.5 Address:\n');
  addr(d, address(r, 'GB'), true);
  d.t('\n1.6 Phone: ').l('PHONE', phone(r, 'GB')).t('\n1.7 Email: ').l('EMAIL', email(r, p)).t(`\n2.1 Respondent: ${r.pick(EMPLOYERS)} Ltd\n2.2 Address: `);
  addr(d, address(r, 'GB'), false);
  d.t(`\n2.3 Acas early conciliation certificate number: R${r.digits(6)}/${r.int(23, 25)}/${r.digits(2)}\n8.2 Details: my line manager, `);
  who(r, d, mgr);
  d.t(', repeatedly refused my flexible working request after I returned from leave.');
};

const schengenForm: Tpl = (r, d) => {
  const p = person(r, r.pick(['hi', 'ta', 'zh', 'ak', 'yo', 'ig', 'tr', 'ar', 'fil', 'vi', 'ru', 'ua', 'fa']));
  const host = person(r, r.pick(['de', 'fr', 'nl', 'it', 'es']));
  const hc = r.pick(['DE', 'FR', 'NL', 'IT', 'ES'] as const);
  const home = r.pick(['IN', 'NG', 'AE', 'KE', 'BR', 'MX'] as const);
  d.t('APPLICATION FOR SCHENGEN VISA\n1. Surname (Family name): ').p(p.s.toUpperCase()).t('\n3. First name(s): ').p(p.g).t('\n4. Date of birth (day-month-year): ').l('DOB', `${fmt(r, birth(r), 'nl', 'num')}`);
  d.t(`\n5. Place of birth: ${r.pick(CITY)}\n13. Number of travel document: ${up(r, 1)}${r.digits(7)}\n17. Applicant's home address and e-mail address: `);
  addr(d, address(r, home), false);
  d.t(', ').l('EMAIL', email(r, p)).t('\nTelephone no.: ').l('PHONE', phone(r, home)).t('\n31. Surname and first name of the inviting person: ').p(rev(host)).t(', ');
  addr(d, address(r, hc), false);
  d.t(', ').l('PHONE', phone(r, hc));
  if (r.chance(0.6)) d.t('\nVisa fee €90 paid online with card ').l('CARD', card(r)).t(' from ').l('IP', ip(r));
};

const i130Notes: Tpl = (r, d) => {
  const pt = person(r, r.pick(['us', 'us', 'mx', 'hi', 'fil']));
  const bn = person(r, r.pick(['mx', 'fil', 'vi', 'yo', 'br', 'ua', 'ig']));
  const home = r.pick(['MX', 'BR', 'NG', 'KE', 'IN'] as const);
  d.t('I-130 prep notes (paralegal)\nPetitioner: ').p(full(pt)).t(`, A-Number: none, SSN `).l('NATIONAL_ID', ssn(r)).t(', DOB ').l('DOB', fmt(r, birth(r), 'us', 'num')).t('\nPetitioner mailing address: ');
  addr(d, address(r, 'US', false, true), false);
  d.t('\nBeneficiary: ').p(full(bn)).t(`, A-${r.digits(3)} ${r.digits(3)} ${r.digits(3)}, DOB `).l('DOB', fmt(r, birth(r), 'us', 'num')).t(`, born in ${r.pick(CITY)}\nBeneficiary address abroad:\n`);
  addr(d, address(r, home, true), true);
  d.t(`\nMarriage date: ${fmt(r, recent(r), 'us', 'num')}\nUSCIS receipt: IOE${r.digits(10)}`);
};

const auslaenderbehoerde: Tpl = (r, d) => {
  const p = person(r, r.pick(['tr', 'ar', 'fa', 'ua', 'hi', 'vi', 'sw', 'et']));
  const sb = person(r, 'de');
  d.t(`Sehr ${p.fem ? 'geehrte Frau' : 'geehrter Herr'} `).p(p.s).t(`,\n\nIhr Termin zur Verlängerung des Aufenthaltstitels: ${fmt(r, recent(r), 'de', 'long')} um 09:40 Uhr, Raum 2.114.\nVorgangsnummer: ABH-${r.int(2024, 2025)}-${r.digits(6)}\n\nBitte bringen Sie Reisepass, biometrisches Foto und Mietvertrag mit. Die Gebühr von 100 € überweisen Sie bitte vorab an `).l('IBAN', iban(r, 'DE'));
  d.t(' und geben Sie als Verwendungszweck die Vorgangsnummer und Ihr Geburtsdatum (').l('DOB', fmt(r, birth(r), 'de', 'num')).t(') an.\n\nMit freundlichen Grüßen\nIm Auftrag\n').p(full(sb)).t('\nTel. ').l('PHONE', phone(r, 'DE'));
};

const notaryEs: Tpl = (r, d) => {
  const n = person(r, 'es');
  const a = person(r, r.pick(['es', 'es', 'mx', 'br']));
  const b = person(r, r.pick(['es', 'pt', 'it']));
  d.t(`NÚMERO ${r.int(100, 3000)}\nEn Madrid, a ${fmt(r, recent(r), 'es', 'long')}.\nAnte mí, `).p(full(n)).t(', Notario del Ilustre Colegio de Madrid,\n\nCOMPARECEN\n\n').t(a.fem ? 'Doña ' : 'Don ').p(full(a)).t(', mayor de edad, nacid').t(a.fem ? 'a' : 'o').t(' el ').l('DOB', fmt(r, birth(r), 'es', 'long')).t(', con domicilio en ');
  const nn = r.int(10000000, 99999999);
  addr(d, address(r, 'ES'), false);
  d.t(`, y D.N.I. número ${nn}${DNI.charAt(nn % 23)}.\n\n`).t(b.fem ? 'Doña ' : 'Don ').p(full(b)).t(`, con N.I.E. ${up(r, 1)}${r.digits(7)}${up(r, 1)}, teléfono `).l('PHONE', phone(r, 'ES')).t('.\n\nINTERVIENEN en su propio nombre y derecho.');
};

const powerOfAttorney: Tpl = (r, d) => {
  const p = person(r);
  const at = person(r);
  const cc = r.pick(['GB', 'IE', 'AU', 'US', 'CA'] as const);
  d.t('GENERAL POWER OF ATTORNEY\n\nI, ').self(full(p)).t(', born ').l('DOB', fmt(r, birth(r), DS_OF[cc], 'long')).t(', of ');
  addr(d, address(r, cc), false);
  d.t(', appoint ').p(full(at)).t(' of ');
  addr(d, address(r, cc), false);
  d.t(` to be my attorney in accordance with section 1 of the Powers of Attorney Act 1971.\n\nSigned as a deed on ${fmt(r, recent(r), DS_OF[cc], 'long')}.`);
};

const paralegalEmail: Tpl = (r, d) => {
  const c = person(r);
  const pl = person(r);
  const sup = person(r);
  const cc = r.pick(['GB', 'IE', 'AU'] as const);
  const dom = r.pick(FIRM_DOMAINS);
  d.t(`Dear ${hon(r, c)} `).p(c.s).t(`,\n\nThank you for instructing us. Our ref: ${up(r, 3)}/${r.digits(4)}/${up(r, 2)}.\nTo complete our ID checks please send a copy of your passport and a utility bill dated within the last 3 months. You can reach me directly on `).l('PHONE', phone(r, cc)).t(` ext. ${r.int(2000, 2999)} or at `).l('EMAIL', `${fold(pl.g).charAt(0)}.${fold(pl.s)}@${dom}`).t('. ').p(full(sup)).t(' (Partner) will supervise.\n\nKind regards,\n').p(full(pl)).t('\nTrainee Solicitor');
  maybeNoise(r, d, 0.4);
};

const immigrationChat: Tpl = (r, d) => {
  const c = person(r, r.pick(['yo', 'ig', 'hi', 'fil', 'ak', 'sw']));
  const w = relative(r, c, !c.fem);
  const lw = person(r);
  const home = r.pick(['NG', 'IN', 'KE'] as const);
  const t = clock(r, r.int(8, 19));
  d.t(t()).p(full(c).toLowerCase()).t(': good morning, for the spouse visa — my dob is ').l('DOB', fmt(r, birth(r), 'uk', 'num')).t(c.fem ? " and my husband's is " : " and my wife's is ").l('DOB', fmt(r, birth(r), 'uk', 'num'));
  d.t('\n').t(t()).p(lw.g).t(` (Halcyon): thanks. ${c.fem ? 'his' : 'her'} full name as on the passport?\n`);
  d.t(t()).p(full(c).toLowerCase()).t(': ').p(full(w).toUpperCase()).t(`. passport ${up(r, 1)}${r.digits(8)}\n`);
  d.t(t()).p(full(c).toLowerCase()).t(': our address at home is ');
  addr(d, address(r, home), false);
  d.t('\n').t(t()).p(lw.g).t(' (Halcyon): perfect. call me on ').l('PHONE', phone(r, 'GB')).t(' if easier');
};

const retainerInvoice: Tpl = (r, d) => {
  const c = person(r);
  d.t(`Retainer invoice INV-${r.int(2024, 2025)}-${r.digits(4)} — ${r.pick(FIRMS)}\nClient: `).p(rev(c)).t(`\nAmount due: $${r.int(1, 9)},${r.int(100, 999)}.00\n\nPay by card: `).l('CARD', card(r)).t(' (authorised by ').self(full(c)).t(`)\nor wire to our IOLTA trust account: routing ${r.pick(['021000021', '121000358'])}, account ${r.digits(9)}\nInternational clients: `).l('IBAN', iban(r, r.pick(['GB', 'IE', 'NL', 'CH']))).t(`\nBIC ${up(r, 4)}GB2L`);
};

const witnessStatement: Tpl = (r, d) => {
  const w = person(r);
  const x = person(r);
  const cc = r.pick(['GB', 'IE', 'AU'] as const);
  d.t('WITNESS STATEMENT\n\nName: ').p(full(w)).t('\nAddress: ');
  addr(d, address(r, cc), false);
  d.t('\nDate of birth: ').l('DOB', fmt(r, birth(r), 'uk')).t(`\nOccupation: ${r.pick(TITLES)}\n\nI, `).p(full(w)).t(`, will say as follows:\n1. On ${fmt(r, recent(r), 'uk', 'long')} at about 18:30 I was outside the Wellington Arms when I saw `);
  who(r, d, x);
  d.t(' push the door of the flat.\n2. I believe the facts stated in this witness statement are true.\n\nSigned: ').p(initial(w)).t(`   Dated: ${fmt(r, recent(r), 'uk', 'num')}`);
};

const statDec: Tpl = (r, d) => {
  const p = person(r);
  const cc = r.pick(['GB', 'AU', 'IE'] as const);
  d.t('STATUTORY DECLARATION\n\nI, ').self(full(p)).t(', of ');
  addr(d, address(r, cc), false);
  d.t(', do solemnly and sincerely declare that:\n1. I was born on ').l('DOB', fmt(r, birth(r), 'uk', 'long')).t(` in ${r.pick(CITY)}.\n2. My name is recorded on my birth certificate as `).p(`${p.g.toUpperCase()} ${otherSurname(r, p).toUpperCase()}`).t(`.\n3. I make this declaration for the purpose of my visa application (GWF${r.digits(9)}).\n\nDeclared at ${r.pick(['Manchester', 'Perth', 'Galway'])} on ${fmt(r, recent(r), 'uk', 'long')}.`);
};

const conflictMemo: Tpl = (r, d) => {
  const c = person(r);
  const a1 = person(r);
  const a2 = person(r);
  d.t(`Conflict check — new matter ${r.int(2024, 2025)}-${r.digits(3)}\nProposed client: `).p(full(c)).t(`\nAdverse parties: ${r.pick(EMPLOYERS)} (employer); `).p(full(a1)).t(' (CEO); ');
  who(r, d, a2);
  d.t(" (HR Director)\nRelated entities searched: Johnson & Johnson, Kellogg's, Porsche Holding — no hits.\nResult: cleared by ").p(initial(person(r))).t(` on ${fmt(r, recent(r), 'us', 'num')}.`);
};

const deedPoll: Tpl = (r, d) => {
  const p = person(r);
  const old = `${p.g} ${otherSurname(r, p)}`;
  const w = person(r);
  d.t('CHANGE OF NAME DEED\n\nBY THIS DEED OF CHANGE OF NAME made by myself the undersigned ').self(full(p)).t(' of ');
  addr(d, address(r, 'GB'), false);
  d.t(' formerly known as ').p(old).t(', born ').l('DOB', fmt(r, birth(r), 'uk', 'long')).t(', I absolutely renounce and abandon the use of my said former name.\n\nSIGNED AS A DEED by the above-named ').p(full(p).toUpperCase()).t('\nin the presence of: ').p(full(w)).t(', ');
  addr(d, address(r, 'GB'), false);
};

const smallClaims: Tpl = (r, d) => {
  const c = person(r);
  const df = person(r);
  d.t('SMALL CLAIMS — PLAINTIFF\'S CLAIM (SC-100)\nPlaintiff: ').p(full(c)).t(', ');
  addr(d, address(r, 'US'), false);
  d.t(', ').l('PHONE', phone(r, 'US')).t('\nDefendant (landlord): ').p(full(df)).t(', ');
  addr(d, address(r, 'US'), false);
  d.t(`\nAmount claimed: $${r.int(800, 4900)} — security deposit not returned within 21 days (Civ. Code § 1950.5).\nDate deposit paid: ${fmt(r, rdate(r, 2019, 2023), 'us', 'num')}`);
};

const esignCert: Tpl = (r, d) => {
  d.t(`Certificate of Completion\nEnvelope Id: ${hex(r, 32).toUpperCase()}\nSubject: Please sign: ${r.pick(['Lease Agreement', 'Offer Letter', 'Engagement Letter', 'Settlement Agreement'])}\nStatus: Completed\n\nSigner Events\n`);
  const n = r.int(2, 3);
  for (let i = 0; i < n; i++) {
    const s = person(r);
    d.p(full(s)).t('\n').l('EMAIL', email(r, s)).t(`\nSecurity level: Email, Account Authentication (None)\nSigned using IP address: `).l('IP', ip(r)).t(`\nSigned: ${pad(r.int(1, 12))}/${pad(r.int(1, 28))}/2024 | ${r.int(1, 12)}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} PM\n\n`);
  }
  d.t('Electronic Record and Signature Disclosure accepted.');
};

const securityAlert: Tpl = (r, d) => {
  const p = person(r);
  d.t('Hi ').p(p.g).t(',\n\nWe noticed a new sign-in to your tenant account (').l('EMAIL', email(r, p)).t(') from ').l('IP', ip(r)).t(` near ${r.pick(CITY)} on ${fmt(r, recent(r), 'uk', 'long')} at ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}. Device: Firefox ${r.int(110, 128)}.0 on Windows 11.\nIf this was you, no action is needed. Otherwise contact `).l('EMAIL', `security@${r.pick(FIRM_DOMAINS)}`).t('.');
};

const birthCertTranslation: Tpl = (r, d) => {
  const c = person(r, r.pick(['es', 'mx', 'br', 'pt', 'it', 'pl', 'ua']));
  const f = relative(r, c, false);
  const m = person(r, c.c.id);
  const tr = person(r);
  const b = birth(r);
  const reg: Ymd = b.m === 12 ? { y: b.y + 1, m: 1, d: b.d } : { y: b.y, m: b.m + 1, d: b.d };
  d.t('CERTIFIED TRANSLATION — BIRTH CERTIFICATE\n\nFull name of registrant: ').p(full(c)).t('\nDate of birth: ').l('DOB', fmt(r, b, 'uk', 'long')).t(`\nPlace of birth: ${r.pick(CITY)}\nFather: `).p(full(f)).t('\nMother: ').p(full(m)).t(`\nDate of registration: ${fmt(r, reg, 'uk', 'long')}\n\nI, `).p(full(tr)).t(', certify that this is a true translation. Contact: ').l('EMAIL', email(r, tr));
};

const employmentContract: Tpl = (r, d) => {
  const p = person(r);
  const cc = r.pick(['DE', 'NL', 'IE', 'AT', 'BE', 'LU'] as const);
  const ac: Cc = cc === 'AT' || cc === 'BE' || cc === 'LU' ? 'DE' : cc;
  d.t(`EMPLOYMENT CONTRACT\n\nbetween ${r.pick(EMPLOYERS)} B.V., `);
  addr(d, address(r, ac), false);
  d.t(' (the Employer)\nand ').p(full(p)).t(', born ').l('DOB', fmt(r, birth(r), DS_OF[ac], 'num')).t(', residing at ');
  addr(d, address(r, ac), false);
  d.t(` (the Employee).\n\n§1 Start of employment: ${fmt(r, recent(r), DS_OF[ac], 'long')}\n§3 Remuneration: EUR ${r.int(3, 9)}.${r.int(100, 999)},00 gross per month, paid to `).l('IBAN', iban(r, cc)).t('.\n§7 Grant of stock options: see Schedule 2.');
};

const forwardedWrapped: Tpl = (r, d) => {
  const p = person(r);
  const q = person(r);
  d.t('---------- Forwarded message ---------\nFrom: ').p(full(p)).t(' <').l('EMAIL', email(r, p)).t(`>\n\n> Hi, could you call me about the flat tomorrow on +44 7${r.int(4, 9)}${r.digits(2)}\n> ${r.digits(6)} please? My new account is ${ibanCompact(r, 'GB').slice(0, 12)}\n> ${r.digits(10)} if the refund is ready.\n\n`);
  d.p(q.g).t(', can you pick this one up? Thanks.');
};

// ---------------------------------------------------------------- payments and identifiers in people paperwork

const tenantScreening: Tpl = (r, d) => {
  const p = person(r);
  const pm = person(r);
  d.t(`TENANT SCREENING REPORT — requested by `).p(full(pm)).t(`, ${r.pick(AGENCIES)}\nReport ID TSR-${r.digits(8)} · ${ts(r)}\n\nSubject: `).p(rev(p).toUpperCase()).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('   DOB: ').l('DOB', fmt(r, birth(r), 'us', 'num'));
  d.t('\nAddress history:\n  1. ');
  addr(d, address(r, 'US'), false);
  d.t(' (current)\n  2. ');
  addr(d, address(r, 'US'), false);
  d.t(`\nEvictions: none found · Credit score band: ${r.pick(['620-679', '680-739', '740-799'])}\nAlias SSN reported: ${maskedSsn(r)} (different subject, ignore)\nScreening fee charged to `).l('CARD', card(r));
};

const retainerChat: Tpl = (r, d) => {
  const c = person(r);
  const st = person(r);
  const cc = r.pick(['US', 'GB', 'IE', 'AU', 'CA'] as const);
  d.p(full(st)).t(` (${r.pick(FIRMS)}): Hi `).p(c.g).t(', the engagement letter is signed 👍 We just need the retainer before we can file.\n');
  d.p(c.g).t(': can I just pay by card? ').l('CARD', card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 30)}\n`);
  d.p(st.g).t(": Thanks — please don't send card numbers over chat in future, I'll delete this message once it's processed. Receipt will go to your email.\n");
  d.p(c.g).t(': sorry! use ').l('EMAIL', email(r, c)).t(' for the receipt. my number is ').l('PHONE', phone(r, cc)).t(' if it fails');
};

const hrBotSsn: Tpl = (r, d) => {
  const p = person(r);
  d.t('HR Assistant: Hi! I can help you update your tax withholding. What is your full legal name?\nYou: ').self(full(p)).t('\nHR Assistant: Thanks. Please confirm your Social Security number and date of birth.\nYou: ').l('NATIONAL_ID', ssn(r)).t(r.pick([', born ', ' and my dob is ', ' / '])).l('DOB', fmt(r, birth(r), 'us'));
  if (r.chance(0.4)) d.t(`\nYou: oh and my spouse's SSN for the W-4 is `).l('NATIONAL_ID', ssn(r));
  d.t(`\nHR Assistant: Got it. Your W-4 has been updated (confirmation W4-${r.digits(6)}). For reference, the employer EIN is ${ein(r)}.`);
};

const sepaMandate: Tpl = (r, d) => {
  const cc = r.pick(['DE', 'NL', 'AT', 'BE', 'FR', 'IT', 'ES', 'IE'] as const);
  const ac: Cc = cc === 'AT' || cc === 'BE' ? 'DE' : cc;
  const p = person(r);
  d.t(`SEPA Direct Debit Mandate\nCreditor: ${r.pick(AGENCIES)}, Creditor ID ${cc}${r.digits(2)}ZZZ${r.digits(11)}\nMandate reference: MIETE-${r.digits(6)}\n\nDebtor name: `).p(full(p)).t('\nDebtor address:\n');
  addr(d, address(r, ac), true);
  d.t('\nIBAN: ').l('IBAN', iban(r, cc)).t(`\nBIC: ${up(r, 4)}${cc}${up(r, 2)}\nType: recurrent — monthly rent\nPlace and date: ${r.pick(CITY)}, ${fmt(r, recent(r), DS_OF[ac], 'num')}\nSignature: `).p(initial(p));
};

const visaCentreBooking: Tpl = (r, d) => {
  const p = person(r, r.pick(['hi', 'ta', 'zh', 'yo', 'ig', 'fil', 'vi', 'ar', 'fa', 'tr', 'et', 'sw']));
  d.t(`Appointment confirmation — Visa Application Centre\nReference: ${up(r, 3)}${r.digits(9)}\nApplicant: `).p(p.s.toUpperCase() + ' ' + p.g.toUpperCase()).t('\nDate of birth: ').l('DOB', fmt(r, birth(r), 'uk', 'num')).t(`\nPassport: ${up(r, 1)}${r.digits(7)}\nAppointment: ${fmt(r, recent(r), 'uk', 'long')}, 09:15, counter 4\nContact: `).l('EMAIL', email(r, p)).t(' / ').l('PHONE', phone(r, r.pick(['IN', 'NG', 'AE', 'KE'] as const)));
  d.t('\nPayment: ').l('CARD', card(r)).t(' charged GBP 115.00\nBooked from IP ').l('IP', ip(r)).t(`\nPrime-time slot upgrade: declined.`);
};

// ---------------------------------------------------------------- hard negatives (no PII at all)

const negPolicy: Tpl = (r, d) => {
  d.t(`Leave & Wellbeing Policy v${r.int(2, 6)}.${r.int(0, 9)} (effective ${fmt(r, recent(r), 'uk', 'long')})\n\n`);
  d.t(`3.1 Employees caring for a relative with Alzheimer's or Parkinson's may request up to 10 days' carer leave.\n3.2 Nothing in this policy limits rights under the ${r.pick(['Family and Medical Leave Act', 'Lilly Ledbetter Fair Pay Act', 'Equality Act 2010'])} or Sarbanes-Oxley whistleblower protections.\n3.3 Requests go through the HR portal; Will you be away longer than 4 weeks? Use form HR-14.\n`);
  d.t(`${noise(r)}\nDocument ID HRP-${r.digits(4)}, rev ${r.int(2, 12)}, SHA-256 ${hex(r, 64)}`);
};
const negJobPosting: Tpl = (r, d) => {
  d.t(`Req #R-${r.digits(5)} — ${r.pick(TITLES)} (Team ${r.pick(['Phoenix', 'Atlas', 'Orion', 'Kestrel'])})\nLocation: ${r.pick(CITY)} (hybrid, 3 days on site)\nSalary: ${r.int(38, 95)},000–${r.int(96, 140)},000 + bonus\n\n`);
  d.t(`About us: we supply ${r.pick(EMPLOYERS)} and ${r.pick(EMPLOYERS)} and won a ${r.pick(['Queen\'s Award for Enterprise', 'Webby Award', 'Pulitzer-nominated data project'])} in ${r.int(2015, 2023)}.\nBenefits: Cycle to Work, Bupa cover, Grant-matching for charity days, May bank holiday bonus day.\nWe use Workday, ADP and Greenhouse v${r.int(3, 9)}.${r.int(0, 30)}. Employer EIN ${ein(r)}.\nApply through the careers portal by ${fmt(r, recent(r), 'uk', 'long')}.`);
};
const negListing: Tpl = (r, d) => {
  d.t(`Ref LET-${r.digits(5)} — Bright two-bed flat, ${r.pick(['Jackson Heights', 'Notting Hill', 'Kingston upon Thames', 'St. Kilda', 'Prenzlauer Berg'])}\n£${r.int(1200, 3200)} pcm · EPC ${r.pick(['B', 'C', 'D'])} · Council tax band ${r.pick(['C', 'D', 'E'])}\n\n`);
  d.t(`Five minutes to Victoria Station and Lincoln Park, above a Marks & Spencer Simply Food. Available from ${fmt(r, recent(r), 'uk', 'long')}. Pets considered — the current tenants' spaniel Winston is moving out with them. Viewings via the app only; floor plan ${hex(r, 8)}.pdf.`);
};
const negImmigrationGuide: Tpl = (r, d) => {
  d.t(`How family-based petitions work (updated ${fmt(r, recent(r), 'us', 'long')})\n\n1. File Form I-130 (fee $${r.pick([625, 675])}). Your receipt number looks like IOE${r.digits(10)}.\n2. Median processing time: ${r.int(10, 16)}.${r.int(1, 9)} months.\n3. Check the Visa Bulletin for your priority date; the H-1B cap season opens in March.\n4. Do not send your SSN by e-mail; we only ever display it as ${maskedSsn(r)}.\nFee calculator v${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}; ITINs such as ${itin(r)} are not accepted here.`);
};
const negReleaseNotes: Tpl = (r, d) => {
  d.t(`PayCore ${r.int(20, 25)}.${r.int(1, 12)}.${r.int(0, 9)} release notes — build ${hex(r, 7)} (${ts(r)})\n\n`);
  d.t(`- Fixed: the card validator accepted ${badCard(r)}, which fails the Luhn check.\n- Fixed: IBAN ${badIban(r)} is now rejected (bad check digits).\n- ABA routing numbers such as 021000021 are validated against the Fed directory.\n- Upgraded the Dyson-Kelvin scheduler to ${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}; firmware ${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(0, 99)} on the badge readers.\n- Known issue ${up(r, 3)}-${r.digits(4)}: payslips for the Ferrari fleet cost centre show ${r.int(2, 9)} decimals.`);
};
const negBuildingNotice: Tpl = (r, d) => {
  d.t(`NOTICE TO ALL RESIDENTS — ${r.pick(['Kingsway House', 'Mandela Court', 'Shakespeare Tower', 'Nightingale Mews'])}\n\n`);
  d.t(`The lift will be serviced on ${fmt(r, recent(r), 'uk', 'long')} between 09:00 and 13:00. Following Storm ${r.pick(['Ciarán', 'Babet', 'Isha'])}, roofers from ${r.pick(['Ford & Sons Roofing', 'Wellington Roofing Ltd', 'Jackson Property Care'])} will be on site. The residents' committee meets in the Churchill Room on the first Tuesday of each month. Please don't leave bikes by the Queen Mary mural. Parcel lockers: code changes to ${r.digits(4)} on Monday.\n${noise(r)}`);
};
const negDashboard: Tpl = (r, d) => {
  d.t(`Q${r.int(1, 4)} recruiting dashboard — Talent Acquisition\n\nApplicants: ${r.int(200, 900)} | Phone screens: ${r.int(50, 180)} | Onsites: ${r.int(10, 60)} | Offers: ${r.int(4, 20)} | Acceptance: ${r.int(60, 95)}%\nTop sources: LinkedIn, Indeed, Glassdoor, employee referrals\nTime to hire: ${r.int(18, 49)} days (target 30)\n`);
  d.t(`Open tickets: HR-${r.digits(4)}, HR-${r.digits(4)}; commit ${hex(r, 12)}\n${noise(r)}\n${noise(r)}`);
};
const negFeeSchedule: Tpl = (r, d) => {
  d.t(`Notarkosten — Übersicht (Stand ${fmt(r, recent(r), 'de', 'num')})\n\nBeglaubigung einer Unterschrift: 20–70 € (KV-Nr. 25100)\nBeurkundung Kaufvertrag: 2,0-Gebühr nach GNotKG\nBeispiel-Aktenzeichen: ${r.int(1, 9)} O ${r.int(10, 999)}/${r.int(23, 25)} (LG Köln)\nHinweis: Die Steuer-ID ${r.int(1, 9)}${r.digits(10)} ist kein Ausweisdokument.\nKontoangaben werden gesondert mitgeteilt; das Beispiel ${badIban(r, 'DE')} ist ungültig.`);
};
const negMasked: Tpl = (r, d) => {
  d.t(`Your rental application APP-${r.digits(5)} is complete.\n\nWe verified: SSN ${maskedSsn(r)} · card **** **** **** ${r.digits(4)} · phone ***-***-${r.digits(4)} · IBAN DE** **** **** **** **${r.digits(2)} ${r.digits(2)}\nDecision expected within 2 business days. Questions? Use the chat in the Hope Street Lettings app.\nSession ${hex(r, 16)} · ${ts(r)}`);
};
const negLeaseClauses: Tpl = (r, d) => {
  d.t(`Schedule 2 — Tenant obligations\n\n2.1 Pay the rent on the ${r.pick(['1st', '15th', '28th'])} of each month.\n2.2 Not keep pets other than those listed (current: one cat, "Darwin").\n2.3 Allow access on 24 hours' notice, e.g. for the gas safety check due ${fmt(r, recent(r), 'uk', 'long')}.\n2.4 Megan's Law disclosure: see California Civil Code § 2079.10a.\n2.5 Deposit protected under the Housing Act 2004, certificate ${up(r, 2)}${r.digits(8)}.\n${noise(r)}`);
};

const POSITIVE: readonly Tpl[] = [
  usResume, ukCv, deLebenslauf, frCv, esCv, jpRirekisho, inResume, applicationEmail, recruiterChat, atsNote, referenceLetter,
  referenceRequest, usOnboarding, dePersonalbogen, payrollBankChange, payslip, itTicket, erNote, disciplinaryLetter, offboarding,
  backgroundCheck, interviewAssistant, expenseClaim, employmentVerification, relocation, slackWelcome,
  usRentalApp, ukReferencing, leaseExcerpt, landlordChat, viewingBooking, depositDispute, crmNote, deSelbstauskunft, frDossier,
  esLandlordEmail, maintenancePortal, rentReceipt, noticeToQuit, roommateChat, pmAssistantSummary, offerLetter, cardAuthForm,
  krTenancy, jpViewing,
  lawIntakeForm, intakeTranscript, courtCaption, et1Claim, schengenForm, i130Notes, auslaenderbehoerde, notaryEs, powerOfAttorney,
  paralegalEmail, immigrationChat, retainerInvoice, witnessStatement, statDec, conflictMemo, deedPoll, smallClaims, esignCert,
  securityAlert, birthCertTranslation, employmentContract, forwardedWrapped,
  tenantScreening, retainerChat, hrBotSsn, sepaMandate, visaCentreBooking,
];
const NEGATIVE: readonly Tpl[] = [
  negPolicy, negJobPosting, negListing, negImmigrationGuide, negReleaseNotes, negBuildingNotice, negDashboard, negFeeSchedule,
  negMasked, negLeaseClauses,
];
/** Templates carrying the scarcer types get a little more weight. */
const EXTRA: readonly Tpl[] = [
  usRentalApp, esignCert, itTicket, cardAuthForm, expenseClaim, lawIntakeForm, backgroundCheck, schengenForm, retainerInvoice,
  securityAlert, usOnboarding, i130Notes, maintenancePortal, tenantScreening, retainerChat, hrBotSsn, sepaMandate,
  visaCentreBooking, payrollBankChange, depositDispute, leaseExcerpt,
];

/** Number of distinct document templates. */
export const INDEPENDENT31_TEMPLATE_COUNT = POSITIVE.length + NEGATIVE.length;

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent31Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent31Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT31_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT31_MIN_INSTANCES;
  const out: Independent31Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const k = r.next();
    const tpl = k < 0.1 ? r.pick(NEGATIVE) : k < 0.34 ? r.pick(EXTRA) : r.pick(POSITIVE);
    tpl(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
