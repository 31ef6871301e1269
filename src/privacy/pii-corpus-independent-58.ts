/**
 * @module privacy/pii-corpus-independent-58 — independent PII split #58, WRITTEN BLIND.
 *
 * Blindness: the author opened only the `Rng` class of `pii-corpus-values.ts` (the read ran on by a
 * few lines into the name-pool constant below it; no name from those lines is used on purpose),
 * `pii-corpus-checks.ts`, the `PiiType` union of `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * The author did NOT read the detector, its other corpora or templates, docs, benchmarks or git history,
 * and never ran the detector on this text. Every name, address, template and value here is invented.
 *
 * Seeds: {@link INDEPENDENT58_SEEDS} (580001, 580002, 580003); each seed yields whole documents until at
 * least {@link INDEPENDENT58_MIN_INSTANCES} labels exist, deterministically.
 *
 * Contents: genealogy and family-history services — a DNA/ancestry service's support chats and tickets,
 * family-tree exports (GEDCOM-like, CSV), archive and records-office requests in several languages,
 * obituary, headstone, parish-register, census and passenger-list transcriptions, relative-match
 * messages, subscription billing, refunds, SEPA mandates and chargebacks, plus agent notes, access logs
 * with IPs and call/voicemail transcripts. About one document in ten is a hard negative with traps
 * (people-named brands, places, diseases, laws and awards; order, case, kit and tracking numbers;
 * hashes, versions, timestamps; Luhn-invalid card-like numbers, invalid IBANs, EINs, routing numbers;
 * non-birth dates; capitalised product and team names). Distractors also appear in labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only (living or deceased ancestors); honorifics and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, software, places, pets, ships, storms,
 *   streets/buildings named after people, eponymous diseases/laws/awards and @handles are not labelled;
 *   a name inside an e-mail address is not labelled separately.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid and masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITIN-like 9xx numbers and other ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address (multi-line: first street/building/PO-box line to the last
 *   postcode/city/country line); recipient is a separate PERSON; company lines, city-only mentions,
 *   places of birth, cemetery plots, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only (ancestors too); cue words outside; death, baptism, marriage,
 *   burial, order and appointment dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import { Rng } from './pii-corpus-values.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT58_SEEDS = [580001, 580002, 580003] as const;
export const INDEPENDENT58_MIN_INSTANCES = 2400;

/** A label of this split: it carries the exact text of its span. */
export type Independent58Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent58Entry = PiiCorpusEntry & { readonly labels: readonly Independent58Label[] };

// ---------------------------------------------------------------------------------------------------
// Document builder: offsets are recorded while appending, never searched for afterwards.

class Doc {
  text = '';
  readonly labels: Independent58Label[] = [];
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
  /** The user's own full name: labelled PERSON and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
}

// ---------------------------------------------------------------------------------------------------
// Names: 31 cultures, ~12 given and ~12 family names each.

const CULTURES: Readonly<Record<string, readonly [string, string]>> = {
  en: [
    'Rose Hope Will Bill Grant May Guy Faith Dawn Mark Frank Joy Penny Wesley Harriet Clifford Mabel Ernest Doris Walter Hunter Ivy',
    'Baker Cook Mason Young Little Fields Woods Hill Stone Fox Bird Whitaker Pryce Lowell Ashby Thornton Kettering Crane',
  ],
  ie: [
    'Aoife Ciarán Niamh Padraig Brigid Declan Róisín Eamon Mairead Cormac Sinead Fionn',
    "Kearney Walsh Dunleavy Mulcahy O'Sullivan Flanagan Geraghty Brennan McGrath Tierney Costigan Hennessy",
  ],
  sc: [
    'Alasdair Morag Hamish Isla Fraser Catriona Ewan Kirsty Lachlan Mhairi Angus Shona',
    'MacKinnon Drummond Buchanan Sinclair Menzies Guthrie Lamont Cruickshank Urquhart Ross Baird Kerr',
  ],
  we: [
    'Rhys Eluned Dafydd Cerys Gethin Nia Iwan Bethan Emrys Seren Owain Ffion',
    'Pritchard Bevan Llewellyn Parry Gwynne Prosser Vaughan Howells Pugh Meredith Rees Jenkins',
  ],
  de: [
    'Wolfgang Gisela Jürgen Ursula Friedrich Hildegard Lukas Annika Matthias Brigitte Ottokar Lieselotte',
    'Brandt Vogel Hoffmeister Krüger Becker Schäfer Wagenknecht Lehmann Kuhn Weißenborn Fuchs Hartmann',
  ],
  nl: [
    'Maarten Anouk Pieter Femke Joris Sanne Bram Lotte Willem Ineke Ruud Marieke',
    'van der Berg|de Vries|Bakker|Visser|Jansen|Mulder|Smit|Dekker|van Leeuwen|Hendriks|Bosman|Kuipers',
  ],
  fr: [
    'Amélie Étienne Margaux Thibault Élodie Gaspard Sylvie Yves Héloïse Baptiste Odile Rémi',
    'Lefèvre Girard Fontaine Rousseau Chevalier Marchand Boucher Garnier Lemaire Faure Perrin Carré',
  ],
  es: [
    'Alejandro Pilar Rocío Íñigo Consuelo Javier Amparo Gonzalo Inmaculada Santiago Nuria Álvaro',
    'Fernández Ruiz Moreno Jiménez Navarro Domínguez Gil Serrano Molina Ortega Delgado Rubio',
  ],
  pt: [
    'João Conceição Thiago Fernanda Gonçalo Luana Rodrigo Graça Vinícius Bruna Afonso Leandra',
    'Albuquerque Carvalho Pereira Rodrigues Magalhães Teixeira Moura Cardoso Barbosa Nogueira Ribeiro Azevedo',
  ],
  it: [
    'Giuseppe Francesca Alessandro Giulia Vittorio Serena Matteo Rosalba Salvatore Ilaria Enzo Carmela',
    'Esposito|Russo|Ferrari|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca',
  ],
  pl: [
    'Krzysztof Agnieszka Wojciech Małgorzata Grzegorz Jadwiga Przemysław Katarzyna Zbigniew Bożena Mirosław Halina',
    'Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowski Pawlak',
  ],
  cz: [
    'Jiří Věra Luboš Zdeňka Radek Jarmila Ondřej Blanka Vojtěch Libuše Miroslav Dana',
    'Dvořák Procházka Kučera Veselý Horáková Němec Marek Pokorný Růžička Beneš Fiala Sedláček',
  ],
  hu: [
    'Zsófia László Erzsébet Gábor Ildikó Zoltán Katalin Levente Enikő Balázs Réka Ferenc',
    'Nagy Tóth Szűcs Kovács Varga Farkas Balogh Papp Takács Juhász Mészáros Lakatos',
  ],
  sv: [
    'Astrid Björn Sigrid Nils Solveig Magnus Karin Gunnar Freja Leif Ragnhild Torsten',
    'Bergström Halvorsen Johansen Lindberg Sandvik Nyström Dahl Holmberg Eklund Strand Pedersen Kjær',
  ],
  fi: [
    'Aino Juhani Tuula Mikko Marjatta Eero Kirsi Heikki Satu Pekka Liisa Ville',
    'Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salonen Turunen',
  ],
  gr: [
    'Dimitrios Eleni Konstantinos Vasiliki Spyros Panagiota Georgios Despina Nikos Athina Christos Eirini',
    'Papadopoulos Georgiou Nikolaidis Oikonomou Karagiannis Vlachos Pappas Antoniou Makris Dimitriou Stavrou Zervas',
  ],
  ru: [
    'Oksana Dmitri Lyudmila Vladimir Tatiana Yaroslav Galina Arkady Olena Mykola Irina Boris',
    'Sokolov Kuznetsova Volkov Shevchenko Morozov Bondarenko Lebedev Kovalenko Popova Tkachenko Orlov Melnyk',
  ],
  tr: [
    'Mehmet Ayşe Mustafa Elif Hüseyin Zeynep Emine Burak Gülşen Kemal Serkan Derya',
    'Yıldız Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Aslan Koç Kurt',
  ],
  ar: [
    'Said Layla Youssef Mariam Khalid Noor Tariq Huda Karim Samira Walid Rania',
    'Mansour Al-Masri Nasser Khoury Saleh Hamdan Barakat Darwish Aziz Sabbagh Qasim El-Amin',
  ],
  fa: [
    'Dariush Shirin Kourosh Parisa Bijan Golnar Arash Mahnaz Behrouz Roya Farshid Nasrin',
    'Tehrani Rostami Hosseini Karimi Moradi Jafari Ahmadi Rahimi Sadeghi Ebrahimi Mirzaei Ghorbani',
  ],
  hi: [
    'Ananya Vikram Lakshmi Arjun Deepika Sanjay Kavita Nikhil Meenakshi Rajesh Pooja Anil',
    'Sharma Iyer Reddy Chatterjee Menon Deshpande Agarwal Bhattacharya Nair Joshi Kulkarni Srinivasan',
  ],
  zh: [
    'Xiaoling Jianguo Meilin Haoran Yufei Zhiwei Lihua Jun Shulan Guoqiang Ruolan Tao',
    'Zhang Liu Wang Huang Zhou Xu Sun Ma Zhu Hu Guo Lin',
  ],
  ja: [
    'Haruto Sakura Hiroshi Keiko Daisuke Emiko Takeshi Naoko Shota Aiko Masaru Yumiko',
    'Sato Suzuki Watanabe Ito Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura',
  ],
  ko: [
    'Minjun Seoyeon Jihoon Eunji Dongha Sooyoung Hyejin Jaewon Yuna Sungmin Mirae Taeyang',
    'Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Song',
  ],
  vi: [
    'Minh Lan Huong Duc Thuy Quang Ngoc Hieu Phuong Khanh Hoa Linh Bao',
    'Pham Le Hoang Vu Dang Bui Do Ho Ngo Duong Ly Trinh',
  ],
  fil: [
    'Maricel Jericho Rowena Dindo Analyn Rommel Jocelyn Ferdinand Lorna Arnel Cherry Bong',
    'Santos|Reyes|Dela Cruz|Bautista|Mendoza|Villanueva|Aquino|Ramos|Pascual|Manalo|Soriano|Tolentino',
  ],
  ng: [
    'Adaeze Chukwuemeka Folasade Babatunde Chiamaka Olumide Yetunde Ikenna Funmilayo Tochukwu Bisola Obinna Kehinde',
    'Adebayo Nwosu Okonkwo Afolabi Ogunleye Chukwu Onyekachi Adeleke Nwachukwu Oyebanji Akinola Ibekwe',
  ],
  ke: [
    'Wambui Otieno Akinyi Kamau Njeri Mwangi Atieno Baraka Zawadi Juma Nyambura Kipchoge',
    'Ochieng Mutua Njoroge Wafula Kiprono Omondi Gitau Kimani Chebet Odhiambo Wanjiku Muriuki',
  ],
  za: [
    'Sipho Nomvula Thandiwe Bongani Lindiwe Mandla Zanele Themba Nokuthula Sibusiso Ayanda Lwazi',
    'Nkosi Mthembu Zulu Khumalo Ndlovu Mahlangu Buthelezi Cele Sithole Mokoena Radebe Zwane',
  ],
  mx: [
    'Guadalupe Jesús Xiomara Ramiro Itzel Rogelio Yolanda Efraín Citlali Heriberto Maricela Arturo',
    'Ramírez Cervantes Villaseñor Zúñiga Treviño Alvarado Ochoa Guzmán Salazar Rangel Ibarra Tapia',
  ],
  he: [
    'Avraham Tova Yosef Shira Moshe Rivka Eitan Noa Yitzhak Tamar Ari Dalia',
    'Cohen Levi Friedman Rosenberg Katz Mizrahi Goldberg Ben-David Shapiro Weiss Peretz Azoulay',
  ],
  mi: [
    'Aroha Wiremu Mere Tane Hemi Ngaire Rangi Kiri Manaia Anahera Tipene Huia',
    'Ngata|Parata|Tawhiri|Henare|Pomare|Waititi|Te Rangi|Kereama|Rewiti|Tamihana|Paewai|Horomona',
  ],
};

function splitPool(s: string): string[] {
  return s.includes('|') ? s.split('|') : s.split(/\s+/);
}
const POOLS: ReadonlyArray<{ c: string; given: string[]; family: string[] }> = Object.entries(CULTURES).map(
  ([c, [g, f]]) => ({ c, given: splitPool(g), family: splitPool(f) }),
);
const JA_FAMILY = '佐藤 鈴木 渡辺 伊藤 小林 加藤 吉田 山田 佐々木 松本 井上 木村'.split(' ');
const JA_GIVEN = '花子 陽翔 浩 恵子 大輔 恵美子 武 直子 翔太 愛子 勝 由美子'.split(' ');
const KO_FULL = '박서연 최지훈 정은지 강동하 조수영 윤혜진 장재원 임유나 한성민 신미래'.split(' ');

interface Person {
  readonly given: string;
  readonly family: string;
  readonly c: string;
  readonly full: string;
}

function person(r: Rng, c?: string): Person {
  const pool = (c && POOLS.find((p) => p.c === c)) || r.pick(POOLS);
  const given = r.pick(pool.given);
  const family = r.pick(pool.family);
  return { given, family, c: pool.c, full: `${given} ${family}` };
}
/** A relative sharing a surname. */
function kin(r: Rng, p: Person): Person {
  const pool = POOLS.find((x) => x.c === p.c) ?? r.pick(POOLS);
  let given = r.pick(pool.given);
  if (given === p.given) given = r.pick(pool.given);
  return { given, family: p.family, c: p.c, full: `${given} ${p.family}` };
}

/** A written form of a name (one contiguous span). */
function nameForm(r: Rng, p: Person): string {
  const x = r.next();
  if (x < 0.58) return p.full;
  if (x < 0.66) return `${p.family}, ${p.given}`;
  if (x < 0.73) return `${p.given.charAt(0)}. ${p.family}`;
  if (x < 0.79) return p.full.toUpperCase();
  if (x < 0.83) return p.full.toLowerCase();
  if (x < 0.93) return p.given;
  return p.family;
}

function honorific(r: Rng, c: string): string {
  const m: Record<string, readonly string[]> = {
    de: ['Herr', 'Frau', 'Dr.'],
    fr: ['M.', 'Mme', 'Mlle'],
    es: ['Sr.', 'Sra.', 'D.ª'],
    mx: ['Sr.', 'Sra.', 'Lic.'],
    pt: ['Sr.', 'Sra.', 'Dona'],
    it: ['Sig.', 'Sig.ra', 'Dott.'],
    nl: ['dhr.', 'mevr.'],
    pl: ['Pan', 'Pani'],
  };
  return r.pick(m[c] ?? ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mx.', 'Rev.']);
}

// ---------------------------------------------------------------------------------------------------
// Values.

const ASCII: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', ł: 'l', ı: 'i', đ: 'd' };
function asciiLower(s: string): string {
  return s
    .toLowerCase()
    .replace(/[ßøæłıđ]/g, (ch) => ASCII[ch] ?? '')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

const MAIL_DOMAINS = [
  'gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'icloud.com', 'proton.me', 'gmx.at',
  'libero.it', 'hotmail.com', 'btinternet.com', 'bigpond.com', 'naver.com', 'eircom.net', 'telia.se',
  'wp.pl', 'seznam.cz', 'uol.com.br', 'xtra.co.nz', 'fastmail.fm', 'mail.ru', 'yandex.com', 'aol.com',
  'comcast.net', 'shaw.ca', 'ziggo.nl', 'rediffmail.com', 'qq.com', 'docomo.ne.jp',
];
const ROLE_MAILS = [
  'support@kinfold.com', 'billing@kinfold.com', 'privacy@kinfold.com', 'records@clarehistory.ie',
  'enquiries@nationalarchive-demo.org.uk', 'help@rootwise.io', 'refunds@heritagehelix.com',
  'matches@kinfold.com', 'genealogy@stbrendanparish.org', 'archivdienst@landesarchiv-demo.de',
  'no-reply@rootwise.io', 'dpo@heritagehelix.com', 'volunteers@gravefinders.net',
];

function email(r: Rng, p: Person): string {
  const g = asciiLower(p.given) || 'user';
  const f = asciiLower(p.family) || 'family';
  const y = String(r.int(40, 99));
  const local = r.pick([
    `${g}.${f}`, `${g}${f}`, `${g.charAt(0)}${f}`, `${f}.${g}`, `${g}_${f}${y}`, `${g}${y}`,
    `${f}family`, `${g}.${f}.genealogy`, `${f}${r.int(1, 999)}`,
  ]);
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}
const SPOKEN_DIGITS = 'zero one two three four five six seven eight nine'.split(' ');
function spokenEmail(r: Rng, p: Person): string {
  const g = asciiLower(p.given) || 'anna';
  const f = asciiLower(p.family) || 'lee';
  const dom = r.pick([
    ['gmail', 'com'], ['outlook', 'com'], ['yahoo', 'com'], ['icloud', 'com'], ['hotmail', 'co dot uk'],
  ] as const);
  const sep = r.pick([' dot ', ' underscore ', ' ']);
  const local = sep === ' ' ? `${g}${f}` : `${g}${sep}${f}`;
  return `${local} at ${dom[0]} dot ${dom[1]}`;
}

const LOCALES = ['us', 'uk', 'de', 'fr', 'ie', 'ca', 'au', 'nl', 'es', 'it', 'br', 'jp', 'se', 'pl', 'nz', 'in', 'za', 'mx', 'at', 'ch'] as const;
type Locale = (typeof LOCALES)[number];

function d3(r: Rng): string {
  return String(r.int(200, 989));
}
function phone(r: Rng, L: Locale): string {
  switch (L) {
    case 'us':
    case 'ca': {
      const a = d3(r);
      const b = d3(r);
      const c = r.digits(4);
      return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]);
    }
    case 'uk':
      return r.pick([
        `07${r.digits(3)} ${r.digits(6)}`, `+44 7${r.digits(3)} ${r.digits(6)}`, `020 7${r.digits(3)} ${r.digits(4)}`,
        `+44 (0)161 ${r.digits(3)} ${r.digits(4)}`, `0113 ${r.digits(3)} ${r.digits(4)}`,
      ]);
    case 'de':
    case 'at':
      return L === 'at'
        ? r.pick([`+43 664 ${r.digits(7)}`, `0650 ${r.digits(3)} ${r.digits(4)}`, `+43 1 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`])
        : r.pick([`+49 30 ${r.digits(8)}`, `0171 ${r.digits(7)}`, `+49 (0)89 ${r.digits(4)} ${r.digits(4)}`, `0221/${r.digits(6)}`]);
    case 'fr': {
      const p = () => r.digits(2);
      return r.pick([`06 ${p()} ${p()} ${p()} ${p()}`, `+33 1 ${p()} ${p()} ${p()} ${p()}`, `07.${p()}.${p()}.${p()}.${p()}`]);
    }
    case 'ie':
      return r.pick([`087 ${r.digits(3)} ${r.digits(4)}`, `+353 1 ${r.digits(3)} ${r.digits(4)}`, `(065) ${r.digits(3)} ${r.digits(4)}`]);
    case 'au':
      return r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 2 ${r.digits(4)} ${r.digits(4)}`, `(03) ${r.digits(4)} ${r.digits(4)}`]);
    case 'nz':
      return r.pick([`021 ${r.digits(3)} ${r.digits(4)}`, `+64 9 ${r.digits(3)} ${r.digits(4)}`]);
    case 'nl':
      return r.pick([`06-${r.digits(8)}`, `+31 20 ${r.digits(3)} ${r.digits(4)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]);
    case 'es':
      return r.pick([`6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]);
    case 'it':
      return r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `06 ${r.digits(4)} ${r.digits(4)}`]);
    case 'br':
      return r.pick([`(11) 9${r.digits(4)}-${r.digits(4)}`, `+55 21 9${r.digits(4)}-${r.digits(4)}`]);
    case 'jp':
      return r.pick([`090-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 80 ${r.digits(4)} ${r.digits(4)}`]);
    case 'se':
      return r.pick([`070-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 8 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]);
    case 'pl':
      return r.pick([`+48 ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `${r.int(500, 889)} ${r.digits(3)} ${r.digits(3)}`]);
    case 'in':
      return r.pick([`+91 98${r.digits(3)} ${r.digits(5)}`, `0${r.int(70, 99)}${r.digits(2)} ${r.digits(6)}`]);
    case 'za':
      return r.pick([`082 ${r.digits(3)} ${r.digits(4)}`, `+27 21 ${r.digits(3)} ${r.digits(4)}`]);
    case 'mx':
      return r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `33 ${r.digits(4)} ${r.digits(4)}`]);
    case 'ch':
      return r.pick([`+41 44 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `079 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]);
  }
}
function spokenPhone(r: Rng): string {
  const ds = `${d3(r)}${d3(r)}${r.digits(4)}`;
  const w = (s: string) => [...s].map((c) => SPOKEN_DIGITS[Number(c)]).join(' ');
  return `${w(ds.slice(0, 3))}, ${w(ds.slice(3, 6))}, ${w(ds.slice(6))}`;
}
function maskedPhone(r: Rng): string {
  return r.pick([`***-***-${r.digits(4)}`, `(•••) •••-${r.digits(4)}`, `+44 7*** ***${r.digits(3)}`, `XXX-XXX-${r.digits(4)}`]);
}

/** Appends the Luhn check digit. */
function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 9);
  if (k <= 2) return luhnComplete('4' + r.digits(r.chance(0.08) ? 11 : 14));
  if (k <= 4) return mcCard(r);
  if (k === 5) return luhnComplete(r.pick(['34', '37']) + r.digits(12));
  if (k === 6) return luhnComplete(r.pick(['6011', '65' + r.digits(2), String(r.int(644, 649)) + r.digits(1)]) + r.digits(11));
  if (k === 7) return luhnComplete(String(r.int(3528, 3589)) + r.digits(11));
  if (k === 8) return luhnComplete(r.pick(['36', '38']) + r.digits(11));
  return luhnComplete('62' + r.digits(13));
}
function mcCard(r: Rng): string {
  return r.chance(0.6) ? luhnComplete(String(r.int(51, 55)) + r.digits(13)) : luhnComplete(String(r.int(2221, 2720)) + r.digits(11));
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  const g: string[] = [];
  for (let i = 0; i < d.length; i += 4) g.push(d.slice(i, i + 4));
  return g.join(sep);
}
function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}
/** A card-shaped number that fails Luhn. */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = (Number(d.charAt(d.length - 1)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, -1) + String(last));
}

const IBAN_CC = ['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'LU', 'GR', 'CZ'] as const;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, cc?: string): string {
  const c = cc ?? r.pick(IBAN_CC);
  const n = (IBAN_LENGTHS[c] ?? 22) - 4;
  let bban: string;
  if (c === 'GB' || c === 'IE') bban = r.pick(['NWBK', 'BARC', 'AIBK', 'BOFI', 'LOYD', 'MIDL']) + r.digits(n - 4);
  else if (c === 'NL') bban = r.pick(['ABNA', 'RABO', 'INGB', 'SNSB']) + r.digits(n - 4);
  else if (c === 'IT') bban = (LETTERS.charAt(r.int(0, 25))) + r.digits(n - 1);
  else bban = r.digits(n);
  const check = 98 - mod97(bban + c + '00');
  return c + String(check).padStart(2, '0') + bban;
}
function groupIban(r: Rng, c: string): string {
  const x = r.next();
  if (x < 0.6) return c.replace(/(.{4})(?=.)/g, '$1 ');
  if (x < 0.9) return c;
  return c.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
}
function iban(r: Rng, cc?: string): string {
  return groupIban(r, ibanCompact(r, cc));
}
function badIban(r: Rng): string {
  const c = ibanCompact(r);
  const i = r.int(6, c.length - 1);
  const ch = c.charAt(i);
  const repl = /\d/.test(ch) ? String((Number(ch) + r.int(1, 9)) % 10) : ch === 'A' ? 'B' : 'A';
  return groupIban(r, c.slice(0, i) + repl + c.slice(i + 1));
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = String(r.int(1, 99)).padStart(2, '0');
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const x = r.next();
  return x < 0.75 ? `${a}-${g}-${s}` : x < 0.88 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}
function maskedSsn(r: Rng): string {
  return r.pick([`XXX-XX-${r.digits(4)}`, `***-**-${r.digits(4)}`, `9${r.int(0, 9)}${r.int(0, 9)}-${r.int(70, 88)}-${r.digits(4)}`, `000-${r.digits(2)}-${r.digits(4)}`]);
}

function ipv4(r: Rng): string {
  const first = r.pick([24, 31, 46, 62, 77, 81, 86, 92, 98, 103, 109, 142, 151, 176, 185, 192, 203, 212, 217, 10, 172]);
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function hex4(r: Rng): string {
  return r.int(0, 65535).toString(16);
}
function ipv6(r: Rng): string {
  const pre = r.pick(['2001:db8', '2a02:c7f', '2600:1700', '2a01:4f8', '2406:da18', 'fe80:0']);
  if (r.chance(0.5)) return `${pre}:${hex4(r)}:${hex4(r)}::${hex4(r)}`;
  if (r.chance(0.5)) return `${pre}:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}`;
  return `${pre}::${hex4(r)}:${hex4(r)}`;
}
function ip(r: Rng): string {
  return r.chance(0.75) ? ipv4(r) : ipv6(r);
}

// Dates ----------------------------------------------------------------------------------------------

const MONTHS_EN = 'January February March April May June July August September October November December'.split(' ');
const MONTHS = {
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
  sv: 'januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
};
interface Ymd {
  y: number;
  m: number;
  d: number;
}
function ymd(r: Rng, y0: number, y1: number): Ymd {
  return { y: r.int(y0, y1), m: r.int(1, 12), d: r.int(1, 28) };
}
const p2 = (n: number) => String(n).padStart(2, '0');
function fmtDate(r: Rng, L: Locale | 'ged', v: Ymd): string {
  const mo = (a: readonly string[]) => a[v.m - 1] ?? 'May';
  const en = mo(MONTHS_EN);
  switch (L) {
    case 'ged':
      return `${v.d} ${en.slice(0, 3).toUpperCase()} ${v.y}`;
    case 'us':
      return r.pick([`${p2(v.m)}/${p2(v.d)}/${v.y}`, `${v.m}/${v.d}/${v.y}`, `${en} ${v.d}, ${v.y}`, `${en.slice(0, 3)}. ${v.d}, ${v.y}`]);
    case 'uk':
    case 'ie':
    case 'au':
    case 'nz':
    case 'za':
    case 'in':
      return r.pick([`${p2(v.d)}/${p2(v.m)}/${v.y}`, `${v.d} ${en} ${v.y}`, `${v.d}${v.d === 1 || v.d === 21 ? 'st' : v.d === 2 || v.d === 22 ? 'nd' : v.d === 3 || v.d === 23 ? 'rd' : 'th'} ${en} ${v.y}`, `${v.d} ${en.slice(0, 3)} ${v.y}`]);
    case 'ca':
    case 'se':
    case 'jp':
      if (L === 'jp' && r.chance(0.5)) return `${v.y}年${v.m}月${v.d}日`;
      if (L === 'se' && r.chance(0.4)) return `${v.d} ${mo(MONTHS.sv)} ${v.y}`;
      return `${v.y}-${p2(v.m)}-${p2(v.d)}`;
    case 'de':
    case 'at':
    case 'ch':
      return r.chance(0.7) ? `${p2(v.d)}.${p2(v.m)}.${v.y}` : `${v.d}. ${mo(MONTHS.de)} ${v.y}`;
    case 'pl':
      return r.chance(0.6) ? `${p2(v.d)}.${p2(v.m)}.${v.y}` : `${v.d} ${mo(MONTHS.pl)} ${v.y}`;
    case 'fr':
      return r.chance(0.5) ? `${p2(v.d)}/${p2(v.m)}/${v.y}` : `${v.d === 1 ? '1er' : v.d} ${mo(MONTHS.fr)} ${v.y}`;
    case 'es':
    case 'mx':
      return r.chance(0.5) ? `${p2(v.d)}/${p2(v.m)}/${v.y}` : `${v.d} de ${mo(MONTHS.es)} de ${v.y}`;
    case 'it':
      return r.chance(0.5) ? `${p2(v.d)}/${p2(v.m)}/${v.y}` : `${v.d} ${mo(MONTHS.it)} ${v.y}`;
    case 'nl':
      return r.chance(0.5) ? `${p2(v.d)}-${p2(v.m)}-${v.y}` : `${v.d} ${mo(MONTHS.nl)} ${v.y}`;
    case 'br':
      return r.chance(0.6) ? `${p2(v.d)}/${p2(v.m)}/${v.y}` : `${v.d} de ${mo(MONTHS.pt)} de ${v.y}`;
  }
}
function date(r: Rng, L: Locale | 'ged', y0: number, y1: number): string {
  return fmtDate(r, L, ymd(r, y0, y1));
}
const livingDob = (r: Rng, L: Locale | 'ged') => date(r, L, 1936, 2006);
const oldDate = (r: Rng, L: Locale | 'ged') => date(r, L, 1790, 1935);

// Addresses -----------------------------------------------------------------------------------------

const US_CITIES = [
  ['Dayton', 'OH', '454'], ['Spokane', 'WA', '992'], ['Savannah', 'GA', '314'], ['Duluth', 'MN', '558'],
  ['Tucson', 'AZ', '857'], ['Lowell', 'MA', '018'], ['Boise', 'ID', '837'], ['Wichita', 'KS', '672'],
  ['Asheville', 'NC', '288'], ['Provo', 'UT', '846'], ['Scranton', 'PA', '185'], ['Lafayette', 'LA', '705'],
] as const;
const UK_TOWNS = [['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['York', 'YO'], ['Exeter', 'EX'], ['Belfast', 'BT'], ['Glasgow', 'G'], ['Swansea', 'SA']] as const;
const STREET_WORDS = 'Larkspur Juniper Copper Beech Orchard Millbrook Tanner Heron Quarry Willow Saddler Ferncliff Hawthorn Marsh Sycamore Granary Linden Pilgrim Thistle Bramble'.split(' ');
const IE_PLACES = [['Ennis', 'Co. Clare', 'V95'], ['Tralee', 'Co. Kerry', 'V92'], ['Castlebar', 'Co. Mayo', 'F23'], ['Navan', 'Co. Meath', 'C15'], ['Dublin 6', '', 'D06']] as const;

function addrLines(r: Rng, L: Locale): string[] {
  const n = r.int(2, 248);
  const w = r.pick(STREET_WORDS);
  const AZ = () => LETTERS.charAt(r.int(0, 25));
  switch (L) {
    case 'us': {
      const [city, st, zp] = r.pick(US_CITIES);
      const first = r.chance(0.12) ? `PO Box ${r.int(100, 9999)}` : `${r.int(10, 9899)} ${w} ${r.pick(['St', 'Ave', 'Road', 'Lane', 'Dr.', 'Ct', 'Blvd'])}`;
      const lines = [first];
      if (r.chance(0.3)) lines.push(r.pick([`Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`, `Unit ${r.int(1, 300)}`, `Suite ${r.int(100, 900)}`]));
      lines.push(`${city}, ${st} ${zp}${r.digits(2)}${r.chance(0.2) ? '-' + r.digits(4) : ''}`);
      if (r.chance(0.2)) lines.push('USA');
      return lines;
    }
    case 'uk': {
      const [town, pc] = r.pick(UK_TOWNS);
      const lines = r.chance(0.3) ? [`Flat ${r.int(1, 12)}, ${w} House`, `${n} ${r.pick(STREET_WORDS)} Road`] : [`${n} ${w} ${r.pick(['Close', 'Road', 'Lane', 'Terrace', 'Gardens'])}`];
      lines.push(town, `${pc}${r.int(1, 20)} ${r.int(1, 9)}${AZ()}${AZ()}`);
      if (r.chance(0.2)) lines.push('United Kingdom');
      return lines;
    }
    case 'ie': {
      const [town, county, ek] = r.pick(IE_PLACES);
      const lines = [`${n} ${w} ${r.pick(['Park', 'Avenue', 'Road', 'Grove'])}`, town];
      if (county) lines.push(county);
      lines.push(`${ek} ${AZ()}${r.digits(1)}${AZ()}${r.digits(1)}`);
      return lines;
    }
    case 'de':
    case 'at':
    case 'ch': {
      const st = `${r.pick(['Linden', 'Mühlen', 'Kirch', 'Garten', 'Brunnen', 'Tannen', 'Bahnhof'])}${r.pick(['straße', 'weg', 'gasse'])} ${n}${r.pick(['', 'a', ''])}`;
      const city = L === 'de' ? `${r.digits(5)} ${r.pick(['Leipzig', 'Bielefeld', 'Freiburg im Breisgau', 'Kassel', 'Rostock'])}` : L === 'at' ? `${r.int(1010, 9999)} ${r.pick(['Graz', 'Linz', 'Wien', 'Innsbruck'])}` : `${r.int(1000, 9658)} ${r.pick(['Bern', 'Luzern', 'Winterthur', 'St. Gallen'])}`;
      const lines = [st, city];
      if (r.chance(0.25)) lines.push(L === 'de' ? 'Deutschland' : L === 'at' ? 'Österreich' : 'Schweiz');
      return lines;
    }
    case 'fr':
      return [`${n}${r.pick(['', ' bis'])} ${r.pick(['rue des Tilleuls', 'avenue Jean-Jaurès', 'chemin du Moulin', 'rue de la Forge', 'boulevard Carnot'])}`, `${r.digits(2)}${r.int(100, 999)} ${r.pick(['Rennes', 'Limoges', 'Besançon', 'Nîmes', 'Angers'])}`];
    case 'ca':
      return [`${r.int(10, 9899)} ${w} ${r.pick(['Street', 'Crescent', 'Avenue'])}`, `${r.pick(['Halifax NS', 'Guelph ON', 'Red Deer AB', 'Kamloops BC', 'Sherbrooke QC'])} ${AZ()}${r.digits(1)}${AZ()} ${r.digits(1)}${AZ()}${r.digits(1)}`];
    case 'au':
    case 'nz':
      return L === 'au'
        ? [r.chance(0.15) ? `PO Box ${r.int(10, 999)}` : `${n} ${w} St`, `${r.pick(['BALLARAT VIC', 'TOOWOOMBA QLD', 'WOLLONGONG NSW', 'BUNBURY WA'])} ${r.int(2000, 6999)}`]
        : [`${n} ${w} Street`, r.pick(['Ponsonby', 'Karori', 'Riccarton']), `${r.pick(['Auckland', 'Wellington', 'Christchurch'])} ${r.int(1010, 8099)}`];
    case 'nl':
      return [`${r.pick(['Kerkstraat', 'Molenweg', 'Dorpsstraat', 'Prinsengracht', 'Lindelaan'])} ${n}`, `${r.int(1011, 9999)} ${AZ()}${AZ()} ${r.pick(['Utrecht', 'Zwolle', 'Groningen', 'Haarlem'])}`];
    case 'es':
    case 'mx':
      return L === 'es'
        ? [`Calle ${r.pick(['del Olivo', 'Mayor', 'de la Fuente', 'San Roque'])}, ${n}, ${r.int(1, 6)}º ${r.pick(['A', 'B', 'izq.'])}`, `${r.pick(['28', '41', '46', '50'])}${r.digits(3)} ${r.pick(['Madrid', 'Sevilla', 'Valencia', 'Zaragoza'])}`]
        : [`Av. ${r.pick(['de los Insurgentes Sur', 'Hidalgo', 'Morelos'])} ${n}, Col. ${r.pick(['Del Valle', 'Centro', 'Roma Norte'])}`, `${r.digits(5)} ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Puebla, Pue.'])}`];
    case 'it':
      return [`Via ${r.pick(['dei Mille', 'Roma', 'Garibaldi', 'delle Rose', 'San Francesco'])} ${n}`, `${r.digits(5)} ${r.pick(['Bari (BA)', 'Lecce (LE)', 'Parma (PR)', 'Udine (UD)'])}`];
    case 'br':
      return [`Rua ${r.pick(['das Palmeiras', 'Sete de Setembro', 'Augusta', 'dos Andradas'])}, ${n} - ${r.pick(['Centro', 'Boa Vista', 'Jardim América'])}`, `${r.pick(['São Paulo - SP', 'Recife - PE', 'Curitiba - PR'])}, ${r.digits(5)}-${r.digits(3)}`];
    case 'jp':
      return r.chance(0.5)
        ? [`〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都世田谷区', '大阪府大阪市北区', '福岡県福岡市中央区'])}${r.pick(['桜丘', '梅田', '天神'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`]
        : [`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Sakuragaoka', 'Umeda', 'Tenjin'])}`, `${r.pick(['Setagaya-ku, Tokyo', 'Kita-ku, Osaka', 'Chuo-ku, Fukuoka'])} ${r.digits(3)}-${r.digits(4)}`];
    case 'se':
      return [`${r.pick(['Storgatan', 'Kyrkvägen', 'Björkgatan', 'Sjövägen'])} ${n}`, `${r.int(100, 989)} ${r.digits(2)} ${r.pick(['Umeå', 'Västerås', 'Örebro', 'Lund'])}`];
    case 'pl':
      return [`ul. ${r.pick(['Lipowa', 'Ogrodowa', 'Długa', 'Kościuszki'])} ${n}/${r.int(1, 40)}`, `${r.digits(2)}-${r.digits(3)} ${r.pick(['Kraków', 'Lublin', 'Gdańsk', 'Poznań'])}`];
    case 'in':
      return [`Flat ${r.int(101, 904)}, ${r.pick(['Sai Krupa Apartments', 'Lotus Residency', 'Green Park Towers'])}`, `${r.pick(['Kothrud', 'Indiranagar', 'Salt Lake Sector II'])}, ${r.pick(['Pune', 'Bengaluru', 'Kolkata'])} ${r.int(400001, 799999)}`];
    case 'za':
      return [`${n} ${w} Road`, r.pick(['Rondebosch', 'Melville', 'Umhlanga']), `${r.pick(['Cape Town', 'Johannesburg', 'Durban'])}`, `${r.int(1000, 9999)}`];
  }
}
/** Appends one full postal address as a single ADDRESS label. */
function addr(d: Doc, r: Rng, L: Locale, multi: boolean): void {
  const lines = addrLines(r, L);
  d.l('ADDRESS', lines.join(multi ? '\n' : ', '));
}

// Distractors ----------------------------------------------------------------------------------------

function hexStr(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}
const trap = {
  kit: (r: Rng) => `${r.pick(['KF', 'RW', 'HX'])}-${r.digits(4)}-${r.digits(4)}`,
  order: (r: Rng) => `${r.pick(['ORD', 'INV', 'R'])}-${r.int(2019, 2025)}-${r.digits(6)}`,
  ticket: (r: Rng) => `#${r.int(100000, 999999)}`,
  tracking: (r: Rng) => r.pick([`1Z${r.digits(3)}E${r.digits(2)}${r.digits(10)}`, `RR${r.digits(9)}GB`, `9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`]),
  hash: (r: Rng) => hexStr(r, r.pick([12, 40, 64])),
  version: (r: Rng) => r.pick([`v${r.int(1, 9)}.${r.int(0, 24)}.${r.int(0, 9)}`, `${r.int(2, 9)}.${r.int(0, 9)}.${r.int(0, 19)}.${r.int(100, 999)}`, `5.5.1`, `build ${r.int(1000, 9999)}`]),
  ts: (r: Rng) => `${r.int(2022, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`,
  ein: (r: Rng) => `${r.int(10, 98)}-${r.digits(7)}`,
  routing: (r: Rng) => `0${r.int(11, 99)}${r.digits(6)}`,
  cm: (r: Rng) => `${r.int(8, 3400)} cM across ${r.int(1, 60)} segments`,
  haplo: (r: Rng) => r.pick(['R1b-M269', 'H1a1', 'I2a-L621', 'J2a1', 'E-M2', 'U5b2a1a', 'O-M122', 'K1a']),
  rsid: (r: Rng) => `rs${r.int(1000, 99999999)}`,
  brand: (r: Rng) => r.pick(['Ferrari', 'Ford Transit', 'Dell laptop', 'Tesla', 'Chanel No. 5', 'Mercedes', 'Disney+', 'McDonald’s', 'Heinz beans', 'Gillette']),
  eponym: (r: Rng) => r.pick(["Huntington's disease", "Alzheimer's", "Parkinson's", 'Tay-Sachs', 'Down syndrome', "Mendel's laws", 'the Nobel Prize', "Crohn's", 'Hardy–Weinberg equilibrium', "Hodgkin's lymphoma"]),
  place: (r: Rng) => r.pick(['Ellis Island', 'St. Louis', 'Victoria Station', 'Lake Washington', 'Port Elizabeth', 'Fort William', 'San Francisco', 'Mount Vernon', 'Williamsburg', 'Charlottesville']),
  ship: (r: Rng) => r.pick(['SS Ardmore Castle', 'the Lady Glenora', 'RMS Caledonian Star', 'the Princess Adelaide', 'SS Konigin Marit']),
  record: (r: Rng) => r.pick([`RG14/PN${r.int(1000, 35000)}`, `Piece ${r.int(100, 9000)}, Folio ${r.int(1, 120)}, Page ${r.int(1, 40)}`, `FHL film ${r.int(1000000, 2500000)}`, `Reg. ${r.int(1, 9)}A/${r.int(100, 999)}`, `ED ${r.int(1, 400)}, sheet ${r.int(1, 30)}B`]),
};

// ---------------------------------------------------------------------------------------------------
// Templates.

type Template = (d: Doc, r: Rng) => void;

const AGENT_SIG = ['— Kinfold Support', '-- Rootwise Help Team', 'Heritage Helix Customer Care', 'Kinfold DNA | Member Services'];
function agent(d: Doc, r: Rng): void {
  const a = person(r);
  d.l('PERSON', r.chance(0.7) ? a.given : a.full);
}
/** The user: full name + known name with probability p, else some other form. */
function user(d: Doc, r: Rng, p: Person, known = 0.5): void {
  if (r.chance(known)) d.self(p.full);
  else d.l('PERSON', nameForm(r, p));
}

const T: Template[] = [];
const NEG: Template[] = [];

// 1. DNA kit activation chat
T.push((d, r) => {
  const u = person(r);
  const L = r.pick(LOCALES);
  d.t(`[chat] Agent `);
  agent(d, r);
  d.t(`: Hi! Welcome to Kinfold DNA. How can I help?\n[chat] Customer: hi, my kit ${trap.kit(r)} won't activate. account is under `);
  user(d, r, u, 0.6);
  d.t(`, email `).l('EMAIL', email(r, u));
  d.t(`\n[chat] Agent: Thanks. For verification, can you confirm your date of birth?\n[chat] Customer: `).l('DOB', livingDob(r, L));
  d.t(`\n[chat] Agent: Perfect, the kit is now linked. Lab processing usually takes 6–8 weeks.\n[sys] session ip=`).l('IP', ip(r));
  d.t(` ua="KinfoldApp/${trap.version(r)}"`);
});
// 2. refund ticket with card
T.push((d, r) => {
  const u = person(r);
  d.t(`Ticket ${trap.ticket(r)} — Refund request\nFrom: `).l('EMAIL', email(r, u));
  d.t(`\n\nHello, I was charged twice for the Heritage Plus annual plan (order ${trap.order(r)}). The card is `).l('CARD', card(r));
  d.t(r.pick([', exp 09/27.', '. The second charge shows as KINFOLD*SUBS.', ' — please refund the duplicate.']));
  if (r.chance(0.4)) d.t(' If a card refund is not possible, use my account ').l('IBAN', iban(r)).t('.');
  d.t(`\nThanks,\n`);
  user(d, r, u, 0.7);
  if (r.chance(0.5)) d.t(`\n`).l('PHONE', phone(r, r.pick(LOCALES)));
});
// 3. GEDCOM individual records
T.push((d, r) => {
  const anc = person(r);
  const sp = person(r, anc.c);
  d.t(`0 HEAD\n1 SOUR KinfoldTree\n2 VERS ${r.pick(['5.5.1', '7.0.2'])}\n1 DATE ${date(r, 'ged', 2021, 2025)}\n1 CHAR UTF-8\n`);
  d.t(`0 @I${r.int(1, 999)}@ INDI\n1 NAME `).l('PERSON', anc.full).t(`\n2 GIVN `).l('PERSON', anc.given).t(`\n2 SURN `).l('PERSON', anc.family);
  const by = ymd(r, 1800, 1900);
  d.t(`\n1 SEX ${r.pick(['M', 'F'])}\n1 BIRT\n2 DATE `).l('DOB', fmtDate(r, 'ged', by)).t(`\n2 PLAC ${r.pick(['Ballina, Mayo, Ireland', 'Kraków, Galicia', 'Bergen, Hordaland, Norway', 'Lecce, Puglia, Italy', 'Dundee, Angus, Scotland'])}`);
  d.t(`\n1 CHR\n2 DATE ${fmtDate(r, 'ged', { ...by, d: Math.min(28, by.d + r.int(0, 14)) })}\n1 DEAT\n2 DATE ${date(r, 'ged', by.y + 30, by.y + 90)}\n1 BURI\n2 PLAC ${trap.place(r)}\n1 _UID ${trap.hash(r).toUpperCase()}`);
  d.t(`\n0 @I${r.int(1000, 1999)}@ INDI\n1 NAME `).l('PERSON', sp.full).t(`\n1 BIRT\n2 DATE `).l('DOB', oldDate(r, 'ged'));
  if (r.chance(0.6)) {
    const sub = person(r);
    d.t(`\n0 @SUBM1@ SUBM\n1 NAME `).l('PERSON', sub.full).t(`\n1 EMAIL `).l('EMAIL', email(r, sub));
    if (r.chance(0.5)) d.t(`\n1 ADDR `).l('ADDRESS', addrLines(r, r.pick(LOCALES)).join(', '));
  }
  d.t(`\n0 TRLR`);
});
// 4. family tree CSV export
T.push((d, r) => {
  const root = person(r);
  d.t(`id,given,surname,birth_date,birth_place,death_date,contact\n`);
  const rows = r.int(3, 6);
  for (let i = 0; i < rows; i++) {
    const p = i === 0 ? root : kin(r, root);
    const living = i === 0 || r.chance(0.3);
    d.t(`P${r.int(100, 999)},`).l('PERSON', p.given).t(',').l('PERSON', p.family).t(',');
    if (r.chance(0.85)) {
      const b = living ? livingDob(r, r.pick(['us', 'uk', 'ca'] as const)) : date(r, 'ged', 1850, 1930);
      if (b.includes(',')) d.t('"').l('DOB', b).t('"');
      else d.l('DOB', b);
    }
    d.t(`,${r.pick(['Cork', 'Boston', 'Toronto', 'Liverpool', 'Hamburg', 'unknown'])},${living ? '' : date(r, 'uk', 1936, 1999)},`);
    if (living && r.chance(0.7)) d.l('EMAIL', email(r, p));
    d.t('\n');
  }
  d.t(`# exported ${trap.ts(r)} by Rootwise ${trap.version(r)}`);
});
// 5. obituary transcription
T.push((d, r) => {
  const dec = person(r);
  const L = r.pick(['us', 'uk', 'ca', 'au', 'ie'] as const);
  const sp = kin(r, dec);
  d.t(`Obituary transcription (${r.pick(['The Daily Courier', 'Western Gazette', 'Prairie Sentinel'])}, page ${r.int(2, 30)})\n\n`);
  d.l('PERSON', dec.full.toUpperCase()).t(` of ${r.pick(['Millbrook', 'Elm Creek', 'Ashford', 'Kilrush'])} passed away peacefully on ${date(r, L, 1960, 2024)}. Born `);
  d.l('DOB', date(r, L, 1920, 1950)).t(` in ${r.pick(['Galway', 'Naples', 'Saskatoon', 'Hull'])}, ${dec.given.length > 4 ? 'she' : 'he'} was the beloved spouse of the late `).l('PERSON', sp.given);
  d.t(` and is survived by `);
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const c = r.chance(0.5) ? kin(r, dec) : person(r);
    d.t(i === 0 ? '' : i === n - 1 ? ' and ' : ', ').l('PERSON', c.full);
  }
  d.t(`. In lieu of flowers, donations to research on ${trap.eponym(r)} are welcome. Arrangements by ${r.pick(['Lincoln & Sons Funeral Home', 'Hartley Memorial Chapel', 'Kennedy Bros. Undertakers'])}.`);
});
// 6. baptism register
T.push((d, r) => {
  const child = person(r, r.pick(['ie', 'en', 'it', 'pl', 'de', 'es', 'sc']));
  const father = kin(r, child);
  const mother = person(r, child.c);
  d.t(`Parish register — Baptisms, ${r.pick(['St. Brendan', 'San Rocco', 'St. Mary', 'Sankt Nikolai', 'Santa Ana'])} (transcribed by volunteer)\n`);
  const bap = ymd(r, 1800, 1915);
  const born = { ...bap, d: Math.max(1, bap.d - r.int(1, 20)) };
  d.t(`Entry ${r.int(1, 400)}: Baptised ${fmtDate(r, 'uk', bap)}: `);
  d.l('PERSON', child.given).t(r.chance(0.5) ? ', daughter of ' : ', son of ').l('PERSON', father.full).t(' and ').l('PERSON', mother.given);
  d.t(' (née ').l('PERSON', mother.family).t(`). Born `).l('DOB', fmtDate(r, 'uk', born));
  d.t(`. Sponsors: `).l('PERSON', person(r, child.c).full).t(', ').l('PERSON', person(r, child.c).full);
  d.t(`. Officiant: Rev. `).l('PERSON', `${person(r, 'en').given.charAt(0)}. ${person(r, child.c).family}`).t(`.\nSource: ${trap.record(r)}`);
});
// 7. marriage register (no DOB)
T.push((d, r) => {
  const g = person(r);
  const b = person(r, r.chance(0.6) ? g.c : undefined);
  d.t(`Marriage solemnized ${oldDate(r, 'uk')} at ${r.pick(['the Register Office, Salford', 'St. Columba’s', 'the Methodist Chapel, Redruth'])}.\n`);
  d.t('Groom: ').l('PERSON', g.full).t(`, ${r.int(19, 40)}, ${r.pick(['bachelor', 'widower'])}, ${r.pick(['collier', 'clerk', 'farmer', 'mariner'])}. Father: `).l('PERSON', kin(r, g).full);
  d.t('\nBride: ').l('PERSON', b.full).t(`, ${r.int(17, 35)}, spinster. Father: `).l('PERSON', kin(r, b).full).t(` (deceased)`);
  d.t('\nWitnesses: ').l('PERSON', person(r).full).t(', ').l('PERSON', person(r).full).t(`\n${trap.record(r)}`);
});
// 8. burial register
T.push((d, r) => {
  d.t(`Burials in the parish of ${r.pick(['Llanfair', 'Kilmore', 'Whitby', 'Oakhampton'])}\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = person(r, r.pick(['we', 'ie', 'en', 'sc']));
    d.t(`No. ${r.int(100, 900)} | `).l('PERSON', r.chance(0.3) ? `${p.family}, ${p.given}` : p.full).t(` | abode: ${r.pick(['Pen-y-bryn', 'Mill Lane', 'the Workhouse', 'Quay Street'])} | buried ${oldDate(r, 'uk')} | age ${r.int(0, 92)}\n`);
  }
  d.t(`Plot ${r.pick(['C', 'F', 'K'])}-${r.int(1, 300)}, row ${r.int(1, 20)}.`);
});
// 9. relative match message
T.push((d, r) => {
  const me = person(r);
  const them = person(r);
  d.t(`New message from your DNA match\n\nHi `).l('PERSON', them.given).t(`,\nThe site says we share ${trap.cm(r)} — predicted 2nd–3rd cousin. My grandmother was `);
  d.l('PERSON', person(r).full).t(` (born `).l('DOB', oldDate(r, r.pick(['uk', 'us'] as const))).t(`). Does that ring a bell? My tree is private but I can share it. You can reach me at `).l('EMAIL', email(r, me));
  if (r.chance(0.5)) d.t(' or ').l('PHONE', phone(r, r.pick(LOCALES)));
  d.t(`.\n\nBest,\n`);
  user(d, r, me, 0.5);
});
// 10. archive request letter, multi-line address
T.push((d, r) => {
  const u = person(r);
  const L = r.pick(['uk', 'ie', 'us', 'au', 'nz', 'ca'] as const);
  user(d, r, u, 0.6);
  d.t('\n');
  addr(d, r, L, true);
  d.t(`\n\n${date(r, L, 2023, 2025)}\n\nThe Archivist\nCounty Records Office\n\nDear Sir or Madam,\n\nI am researching my great-grandfather `);
  const a = person(r, u.c);
  d.l('PERSON', a.full).t(`, born `).l('DOB', date(r, L, 1845, 1905)).t(`, who emigrated via ${trap.place(r)}. Could you search the workhouse admission books (${trap.record(r)})? I enclose a cheque for £${r.int(15, 60)}.\n\nYours faithfully,\n`);
  d.l('PERSON', r.chance(0.5) ? u.full : `${u.given.charAt(0)}. ${u.family}`).t('\nTel: ').l('PHONE', phone(r, L)).t('\n').l('EMAIL', email(r, u));
});
// 11. birth certificate order
T.push((d, r) => {
  const u = person(r);
  const subj = kin(r, u);
  d.t(`Certificate order ${trap.order(r)}\nApplicant: `).self(u.full).t('\nSubject: ').l('PERSON', subj.full);
  d.t('\nDate of birth: ').l('DOB', date(r, 'uk', 1900, 1990)).t(`\nPlace of birth: ${r.pick(['Preston', 'Sunderland', 'Derby', 'Perth'])}\nFather: `).l('PERSON', kin(r, u).full).t('\nMother (maiden name): ').l('PERSON', person(r, u.c).family);
  d.t(`\nDelivery: `);
  addr(d, r, 'uk', false);
  d.t(`\nPaid by card `).l('CARD', card(r)).t(` (£${r.int(11, 38)}.00)`);
});
// 12. subscription invoice
T.push((d, r) => {
  const u = person(r);
  const L = r.pick(['uk', 'de', 'fr', 'nl', 'ie', 'it', 'es'] as const);
  d.t(`HERITAGE HELIX LTD — INVOICE ${trap.order(r)}\nInvoice date: ${date(r, L, 2023, 2025)}   VAT no. GB${r.digits(9)}\nBill to:\n`);
  d.l('PERSON', u.full).t('\n');
  addr(d, r, L, true);
  d.t(`\n\nWorld Explorer membership (12 months) ....... €${r.int(99, 299)}.00\nPayment: `);
  if (r.chance(0.35)) d.t(`card ending ${r.digits(4)} (Visa)`);
  else d.t('SEPA direct debit from ').l('IBAN', iban(r, L === 'uk' ? 'GB' : L.toUpperCase()));
  d.t(`\nQuestions? `).l('EMAIL', 'billing@heritagehelix.com');
});
// 13. SEPA mandate
T.push((d, r) => {
  const u = person(r, r.pick(['de', 'nl', 'fr', 'it', 'es', 'pt', 'fi', 'sv', 'pl']));
  d.t(`SEPA-Lastschriftmandat / SEPA Direct Debit Mandate\nMandatsreferenz: KF-${r.digits(10)}  Gläubiger-ID: DE${r.digits(2)}ZZZ0000${r.digits(7)}\nKontoinhaber: `);
  d.l('PERSON', u.full).t('\nAnschrift: ');
  addr(d, r, r.pick(['de', 'at', 'nl', 'fr'] as const), false);
  d.t('\nIBAN: ').l('IBAN', iban(r)).t(`\nBIC: ${r.pick(['COBADEFFXXX', 'INGDDEFFXXX', 'RABONL2U', 'BNPAFRPP'])}\nDatum: ${date(r, 'de', 2024, 2025)}`);
});
// 14. chargeback dispute
T.push((d, r) => {
  const u = person(r);
  d.t(`Dispute notice (reason 13.1) for txn ${trap.hash(r).slice(0, 12)}\nCardholder: `).l('PERSON', u.full.toUpperCase()).t('\nPAN: ').l('CARD', card(r));
  d.t(`\nBilling email: `).l('EMAIL', email(r, u)).t(`\nOrder IP: `).l('IP', ipv4(r)).t(`\nAmount: USD ${r.int(29, 199)}.${r.digits(2)}  Merchant: Kinfold DNA  Routing: ${trap.routing(r)}`);
});
// 15. access log
T.push((d, r) => {
  const u = person(r);
  const e = email(r, u);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    d.t(`${trap.ts(r)} auth ${r.pick(['login_ok', 'login_fail', 'mfa_challenge', 'password_reset'])} user=`).l('EMAIL', e).t(' src=');
    const v = ip(r);
    if (v.includes(':') && r.chance(0.5)) d.t('[').l('IP', v).t(`]:${r.int(1024, 65535)}`);
    else d.l('IP', v);
    d.t(` req=${hexStr(r, 16)}\n`);
  }
});
// 16. agent verification notes with masked SSN + DOB
T.push((d, r) => {
  const u = person(r, r.pick(['en', 'mx', 'ie', 'hi', 'ko']));
  d.t(`Internal note (agent `);
  agent(d, r);
  d.t(`): Caller `).l('PERSON', u.full).t(` verified with DOB `).l('DOB', livingDob(r, 'us')).t(` and SSN `);
  if (r.chance(0.5)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t(`. Callback number `).l('PHONE', phone(r, 'us'));
  d.t(`, requested export of raw data (${trap.rsid(r)} etc.). Escalated to tier 2. Do not read back ${maskedPhone(r)} on file.`);
});
// 17. SS-5 / SSACI request with deceased's SSN
T.push((d, r) => {
  const u = person(r, 'en');
  const anc = person(r, r.pick(['en', 'ie', 'it', 'pl', 'de']));
  d.t(`Request for a copy of an original SS-5 application (FOIA)\nRequester: `).l('PERSON', u.full).t(', ');
  addr(d, r, 'us', false);
  d.t(`\nNumber holder: `).l('PERSON', anc.full).t(` (deceased)\nSSN: `).l('NATIONAL_ID', ssn(r)).t('\nDate of birth: ').l('DOB', date(r, 'us', 1890, 1940));
  d.t(`\nDate of death: ${date(r, 'us', 1950, 2010)}\nFather: `).l('PERSON', kin(r, anc).full).t(`\nFee paid: $${r.pick([27, 29, 41])}.00`);
});
// 18. GDPR deletion request
T.push((d, r) => {
  const u = person(r, r.pick(['de', 'fr', 'nl', 'it', 'es', 'pl', 'sv', 'cz']));
  const L = r.pick(['de', 'fr', 'nl', 'it', 'es', 'pl', 'se', 'at'] as const);
  d.t(`To: `).l('EMAIL', 'dpo@heritagehelix.com').t('\nSubject: Art. 17 GDPR — erase my genetic data\n\nI, ');
  d.self(u.full).t(`, born `).l('DOB', livingDob(r, L)).t(`, request deletion of my account and DNA sample (kit ${trap.kit(r)}). Registered address: `);
  addr(d, r, L, false);
  d.t(`. I last logged in from `).l('IP', ip(r)).t(`. Please confirm in writing to `).l('EMAIL', email(r, u)).t('.');
});
// 19. phone transcript with spoken values
T.push((d, r) => {
  const u = person(r, r.pick(['en', 'ie', 'sc', 'we']));
  d.t('[call transcript, auto]\nAGENT: thanks for calling kinfold, this is ');
  const a = person(r);
  d.l('PERSON', a.given.toLowerCase()).t(', who am I speaking with\nCALLER: yeah hi it\'s ').l('PERSON', u.full.toLowerCase());
  d.t('\nAGENT: and the best number to reach you\nCALLER: ').l('PHONE', spokenPhone(r)).t('\nAGENT: and email\nCALLER: ').l('EMAIL', spokenEmail(r, u));
  d.t(`\nAGENT: great, I see the order from ${r.pick(['march', 'last week', 'christmas'])}, the gift kit for your uncle `).l('PERSON', kin(r, u).given.toLowerCase()).t('\nCALLER: yes that one');
});
// 20. kit registration form
T.push((d, r) => {
  const u = person(r);
  const L = r.pick(LOCALES);
  d.t(`KIT REGISTRATION\nKit barcode: ${trap.kit(r)}\nFull name: `).self(u.full).t('\nDate of birth: ').l('DOB', livingDob(r, L)).t('\nEmail: ').l('EMAIL', email(r, u));
  d.t('\nMobile: ').l('PHONE', phone(r, L)).t(`\nSex at birth: ${r.pick(['F', 'M'])}\nConsent to research: ${r.pick(['yes', 'no'])}\nSubmitted from `).l('IP', ip(r));
});
// 21. raw data ready notification
T.push((d, r) => {
  const u = person(r);
  d.t(`From: `).l('EMAIL', 'no-reply@rootwise.io').t(`\nTo: `).l('EMAIL', email(r, u));
  d.t(`\n\nHi `).l('PERSON', u.given).t(`, your raw DNA file (build GRCh37, ${r.int(600, 700)}k markers, e.g. ${trap.rsid(r)}) is ready. The download link was requested from `).l('IP', ip(r));
  d.t(` and expires in 7 days. SHA-256: ${hexStr(r, 64)}\nIf this wasn't you, call us on `).l('PHONE', phone(r, r.pick(['uk', 'us', 'au'] as const))).t('.');
});
// 22. ethnicity estimate complaint
T.push((d, r) => {
  const u = person(r);
  d.t(`My ethnicity estimate says ${r.int(20, 60)}% Scandinavian but my whole family is from ${r.pick(['Sicily', 'Cork', 'Oaxaca', 'Lagos', 'Punjab'])}. My mum `);
  d.l('PERSON', kin(r, u).given).t(` tested too and got ${trap.haplo(r)}. Can `).l('PERSON', person(r).given).t(` from your science team explain? – `);
  user(d, r, u, 0.4);
});
// 23. gift purchase
T.push((d, r) => {
  const buyer = person(r);
  const rec = person(r);
  const L = r.pick(['us', 'uk', 'ca', 'au'] as const);
  d.t(`Gift order ${trap.order(r)}\nBuyer: `).self(buyer.full).t(' <').l('EMAIL', email(r, buyer)).t('>\nShip to: ').l('PERSON', rec.full).t('\n');
  addr(d, r, L, true);
  d.t(`\nGift message: "Happy birthday `).l('PERSON', rec.given).t(`! Find out if we're really related to `).l('PERSON', r.pick(['Abraham Lincoln', 'Charlemagne', 'Genghis Khan', 'Brian Boru'])).t(` 😄"\nCard: `).l('CARD', card(r)).t(`\nTracking: ${trap.tracking(r)}`);
});
// 24. adoption search
T.push((d, r) => {
  const u = person(r);
  const L = r.pick(['us', 'uk', 'ie', 'au'] as const);
  d.t(`I was adopted in ${r.int(1958, 1990)} (case ${r.int(10, 99)}/${r.digits(5)}). My birth date is `).l('DOB', date(r, L, 1955, 1990)).t(` and my birth mother's name on the papers is `);
  d.l('PERSON', person(r).full).t(`. A close match (${trap.cm(r)}) called `).l('PERSON', person(r).given).t(` hasn't replied. Please help — `);
  user(d, r, u, 0.5);
  d.t(', ').l('PHONE', phone(r, L));
});
// 25. cemetery photo request
T.push((d, r) => {
  const v = person(r);
  const dec = person(r);
  d.t(`Photo request ${trap.ticket(r)}: headstone of `).l('PERSON', dec.full).t(` (d. ${oldDate(r, 'us')}), ${r.pick(['Mount Hope Cemetery', 'Greenwood', 'Glasnevin', 'Holy Cross'])}, section ${r.pick(['B', 'D', 'F'])}, lot ${r.int(1, 500)}. Volunteer `);
  d.l('PERSON', v.full).t(` claimed it. Contact: `).l('EMAIL', email(r, v)).t(' / ').l('EMAIL', r.pick(ROLE_MAILS));
});
// 26. military records request
T.push((d, r) => {
  const u = person(r, 'en');
  const vet = kin(r, u);
  d.t(`Standard Form 180 — request pertaining to military records\nVeteran: `).l('PERSON', `${vet.family}, ${vet.given}`).t(`\nService number: ${r.digits(8)}\nSocial Security No.: `).l('NATIONAL_ID', ssn(r)).t(`\nDate of birth: `).l('DOB', date(r, 'us', 1915, 1950));
  d.t(`\nBranch: ${r.pick(['Army', 'Navy', 'Marine Corps'])}\nRequester: `).self(u.full).t(`, ${r.pick(['son', 'daughter', 'grandchild'])}\nMail to: `);
  addr(d, r, 'us', false);
  d.t('\nPhone: ').l('PHONE', phone(r, 'us'));
});
// 27. passenger list transcription
T.push((d, r) => {
  d.t(`Passenger manifest, ${trap.ship(r)}, arriving ${r.pick(['New York', 'Boston', 'Quebec', 'Baltimore'])} ${date(r, 'us', 1880, 1924)}\nLine | Name | Age | Occupation | Last residence\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = person(r, r.pick(['it', 'pl', 'ie', 'de', 'sv', 'he', 'gr', 'ru']));
    d.t(`${i + 1} | `).l('PERSON', r.chance(0.6) ? `${p.family.toUpperCase()}, ${p.given}` : p.full).t(` | ${r.int(1, 60)} | ${r.pick(['laborer', 'tailor', 'servant', 'farmer', 'none'])} | ${r.pick(['Palermo', 'Białystok', 'Queenstown', 'Bremen', 'Göteborg', 'Odessa'])}\n`);
  }
  d.t(`Image ${r.int(100, 999)} of ${r.int(1000, 2000)}`);
});
// 28. census transcription
T.push((d, r) => {
  const head = person(r, r.pick(['en', 'we', 'sc', 'ie']));
  d.t(`${r.pick(['1881', '1901', '1911', '1921'])} Census, ${trap.record(r)}\n`);
  d.l('PERSON', head.full).t(` | Head | ${r.int(30, 60)} | ${r.pick(['Coal miner', 'Grocer', 'Boilermaker'])} | b. ${r.pick(['Merthyr', 'Wigan', 'Paisley'])}\n`);
  const n = r.int(1, 4);
  for (let i = 0; i < n; i++) d.l('PERSON', kin(r, head).full).t(` | ${r.pick(['Wife', 'Son', 'Daur', 'Boarder'])} | ${r.int(1, 50)} | ${r.pick(['Scholar', '—', 'Dressmaker'])} | b. ${r.pick(['Cardiff', 'Leigh', 'Govan'])}\n`);
  d.t(`Address column: ${r.int(1, 99)} ${r.pick(['Victoria Terrace', 'Gladstone Street', 'Nelson Row'])}`);
});
// 29. forum post
T.push((d, r) => {
  const me = person(r);
  const anc = person(r);
  d.t(`[Forum] Surname interests: the `).l('PERSON', anc.family.toUpperCase()).t(` family of ${r.pick(['Co. Sligo', 'Silesia', 'the Azores', 'Friesland'])}\n\nLooking for descendants of `);
  d.l('PERSON', anc.full).t(' (born ').l('DOB', oldDate(r, r.pick(['uk', 'us'] as const))).t(') and ').l('PERSON', person(r, anc.c).full);
  d.t(`. Posted by @${asciiLower(me.given)}_roots. Email me: `).l('EMAIL', email(r, me)).t(` — `).l('PERSON', me.given);
});
// 30. German Standesamt request
T.push((d, r) => {
  const u = person(r, 'de');
  const a = person(r, 'de');
  d.l('PERSON', u.full).t('\n');
  addr(d, r, 'de', true);
  d.t(`\n\nStandesamt ${r.pick(['Görlitz', 'Passau', 'Lübeck'])}\n\nAntrag auf Auskunft aus dem Geburtenregister\n\nSehr geehrte Damen und Herren,\nich bitte um eine beglaubigte Abschrift des Geburtseintrags meiner Großmutter `);
  d.l('PERSON', a.full).t(`, geboren am `).l('DOB', date(r, 'de', 1900, 1935)).t(`, verstorben am ${date(r, 'de', 1960, 2015)}. Mein eigenes Geburtsdatum: `).l('DOB', livingDob(r, 'de'));
  d.t(`.\nDie Gebühr überweise ich von `).l('IBAN', iban(r, 'DE')).t(`.\n\nMit freundlichen Grüßen\n`).l('PERSON', u.full).t('\nTel. ').l('PHONE', phone(r, 'de'));
});
// 31. French état civil
T.push((d, r) => {
  const u = person(r, 'fr');
  const a = person(r, 'fr');
  d.t(`Objet : demande de copie intégrale d'acte de naissance\n\nMadame, Monsieur,\nJe souhaiterais obtenir la copie de l'acte de naissance de mon arrière-grand-père, `);
  d.l('PERSON', a.full).t(', né le ').l('DOB', date(r, 'fr', 1870, 1925)).t(` à ${r.pick(['Quimper', 'Arras', 'Millau'])}, décédé le ${date(r, 'fr', 1940, 1990)}. Je suis `);
  d.t(honorific(r, 'fr') + ' ').self(u.full).t(', domicilié(e) ');
  addr(d, r, 'fr', false);
  d.t(`.\nTél. : `).l('PHONE', phone(r, 'fr')).t(` — courriel : `).l('EMAIL', email(r, u));
});
// 32. Spanish partida
T.push((d, r) => {
  const u = person(r, r.pick(['es', 'mx']));
  const a = person(r, u.c);
  const L = u.c === 'mx' ? ('mx' as const) : ('es' as const);
  d.t(`Solicitud de partida de bautismo y nacimiento\nSolicitante: `).l('PERSON', `${u.given} ${u.family} ${r.pick(CULTURES.es?.[1].split(' ') ?? ['Ruiz'])}`);
  d.t(`\nDomicilio: `);
  addr(d, r, L, false);
  d.t(`\nDatos del antepasado: `).l('PERSON', a.full).t(`, nacido el `).l('DOB', date(r, L, 1860, 1930)).t(`, bautizado el ${date(r, L, 1860, 1930)} en la parroquia de ${r.pick(['San Isidro', 'Santa María la Mayor', 'San Juan Bautista'])}.`);
  d.t(`\nTeléfono: `).l('PHONE', phone(r, L));
});
// 33. Japanese koseki request (kanji names)
T.push((d, r) => {
  const fam = r.pick(JA_FAMILY);
  const name = `${fam} ${r.pick(JA_GIVEN)}`;
  const anc = `${fam} ${r.pick(JA_GIVEN)}`;
  d.t(`戸籍謄本の請求について\n請求者：`).l('PERSON', name).t(`様\n生年月日：`).l('DOB', fmtDate(r, 'jp', { ...ymd(r, 1950, 2000) }));
  d.t(`\n住所：`);
  addr(d, r, 'jp', false);
  d.t(`\n対象者：`).l('PERSON', anc).t(`（曽祖父、${r.int(1950, 1990)}年死亡）\n連絡先：`).l('PHONE', phone(r, 'jp')).t(`\n受付番号 ${r.digits(8)}`);
});
// 34. Korean support message
T.push((d, r) => {
  const n = r.pick(KO_FULL);
  d.t(`[상담 기록] `).l('PERSON', n).t(`씨 문의: 족보 자료 업로드 오류. 생년월일 `).l('DOB', `${r.int(1955, 2000)}년 ${r.int(1, 12)}월 ${r.int(1, 28)}일`);
  d.t(`, 연락처 `).l('PHONE', `010-${r.digits(4)}-${r.digits(4)}`).t(`, 이메일 `).l('EMAIL', `${r.pick(['kim', 'park', 'jiwoo', 'hana', 'minseo', 'dh.kang'])}${r.int(10, 99)}@${r.pick(['naver.com', 'daum.net', 'gmail.com'])}`).t(`. 접속 IP `).l('IP', ipv4(r));
});
// 35. Italian request
T.push((d, r) => {
  const u = person(r, 'it');
  const a = person(r, 'it');
  d.t(`Spett.le Ufficio di Stato Civile del Comune di ${r.pick(['Agrigento', 'Potenza', 'Benevento'])},\nil sottoscritto `).l('PERSON', u.full).t(', nato il ').l('DOB', livingDob(r, 'it'));
  d.t(`, residente in `);
  addr(d, r, 'it', false);
  d.t(`, chiede l'estratto dell'atto di nascita del bisnonno `).l('PERSON', a.full).t(`, nato il `).l('DOB', date(r, 'it', 1860, 1920)).t(`, emigrato a ${r.pick(['Buenos Aires', 'New York', 'São Paulo'])} a bordo del ${r.pick(['piroscafo Regina Elena', 'Principessa Mafalda'])}.\nCell. `).l('PHONE', phone(r, 'it'));
});
// 36. Brazilian certidão
T.push((d, r) => {
  const u = person(r, 'pt');
  d.t(`Pedido de certidão de inteiro teor — protocolo ${r.digits(6)}/${r.int(2023, 2025)}\nRequerente: `).self(u.full).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nNascimento: `).l('DOB', livingDob(r, 'br'));
  d.t(`\nEndereço: `);
  addr(d, r, 'br', false);
  d.t(`\nCelular: `).l('PHONE', phone(r, 'br')).t(`\nDe cujus: `).l('PERSON', person(r, 'pt').full).t(`, falecido em ${date(r, 'br', 1950, 2000)}`);
});
// 37. Swedish household examination roll
T.push((d, r) => {
  const h = person(r, 'sv');
  d.t(`Husförhörslängd ${r.int(1840, 1895)}–${r.int(1896, 1910)}, ${r.pick(['Tuna', 'Ljusdal', 'Grythyttan'])} socken, sid. ${r.int(10, 400)}\n`);
  d.l('PERSON', `${h.given} ${h.family}`).t(', torpare, född ').l('DOB', date(r, 'se', 1820, 1880)).t(` i ${r.pick(['Bro', 'Ovanåker', 'Rättvik'])}\n`);
  d.t('hustru ').l('PERSON', person(r, 'sv').full).t(', född ').l('DOB', date(r, 'se', 1820, 1880)).t(`\nflyttade till Amerika ${date(r, 'se', 1880, 1905)}`);
});
// 38. Polish akt urodzenia
T.push((d, r) => {
  const u = person(r, 'pl');
  d.t(`Wniosek o odpis aktu urodzenia\nWnioskodawca: `).l('PERSON', u.full).t(`\nAdres: `);
  addr(d, r, 'pl', false);
  d.t(`\nDotyczy: `).l('PERSON', kin(r, u).full).t(`, urodzonego `).l('DOB', date(r, 'pl', 1880, 1935)).t(` w ${r.pick(['Tarnów', 'Zamość', 'Łomża'])}\nTel.: `).l('PHONE', phone(r, 'pl')).t(`\nOpłata przelewem z `).l('IBAN', iban(r, 'PL'));
});
// 39. refund by bank transfer
T.push((d, r) => {
  const u = person(r);
  if (r.chance(0.5)) d.t(`Dear ${honorific(r, u.c)} `).l('PERSON', u.family);
  else d.t(`Hi `).l('PERSON', u.given);
  d.t(`,\n\nI'm sorry the card refund failed (the card ending ${r.digits(4)} was closed). We can send the €${r.int(19, 99)} by bank transfer instead. I have:\nAccount holder: `);
  d.l('PERSON', u.full).t('\nIBAN: ').l('IBAN', iban(r)).t(`\nPlease reply to confirm. Refund reference RF${r.digits(8)}.\n\n`);
  agent(d, r);
  d.t(`\n${r.pick(AGENT_SIG)}`);
});
// 40. payment webhook JSON
T.push((d, r) => {
  const u = person(r);
  d.t(`{"event":"invoice.payment_failed","id":"evt_${hexStr(r, 20)}","customer":{"name":"`).l('PERSON', u.full).t(`","email":"`).l('EMAIL', email(r, u));
  d.t(`"},"card":{"brand":"visa","last4":"${r.digits(4)}","exp":"${p2(r.int(1, 12))}/${r.int(25, 30)}"},"ip":"`).l('IP', ip(r)).t(`","amount":${r.int(1000, 30000)},"created":"${trap.ts(r)}"}`);
});
// 41. escalation thread with signature
T.push((d, r) => {
  const a = person(r);
  const u = person(r);
  const L = r.pick(['uk', 'us', 'ie', 'au', 'ca'] as const);
  d.t(`Re: [${trap.ticket(r)}] Tree merge deleted my relatives\n\n`);
  d.l('PERSON', a.given).t(`, after the merge my great-aunt `).l('PERSON', person(r).full).t(`'s profile and her son `).l('PERSON', person(r).given).t(` are gone. I spent years on that!\n\n-- \n`);
  d.l('PERSON', u.full).t('\n');
  addr(d, r, L, true);
  d.t('\nm: ').l('PHONE', phone(r, L)).t(r.chance(0.5) ? ` ext. ${r.int(10, 999)}` : '');
  d.t(`\n\n> On ${date(r, L, 2024, 2025)}, `).l('PERSON', a.full).t(` <`).l('EMAIL', 'support@kinfold.com').t(`> wrote:\n> We've restored version ${trap.version(r)} of your tree.`);
});
// 42. agent handover summary
T.push((d, r) => {
  const u = person(r);
  d.t(`HANDOVER — shift ${r.pick(['A', 'B', 'night'])}\n- `).l('PERSON', nameForm(r, u)).t(`: waiting on DNA re-run, kit ${trap.kit(r)}. Contact `).l('EMAIL', email(r, u)).t('.\n- ');
  const v = person(r);
  d.l('PERSON', v.full).t(`: refund approved by `);
  agent(d, r);
  d.t(`, card `).l('CARD', card(r)).t(` (customer read it out, please purge from notes).\n- Outage on match list ${trap.ts(r)}, see INC-${r.digits(4)}.\n- Team Darwin owns the fix.`);
});
// 43. shared tree invite
T.push((d, r) => {
  const inv = person(r);
  const to = person(r);
  d.l('PERSON', inv.full).t(` invited you to view the tree "`).l('PERSON', inv.family).t(' & ').l('PERSON', person(r).family).t(` Family" on Rootwise.\nInvitation sent to `).l('EMAIL', email(r, to));
  d.t(` from `).l('IP', ip(r)).t(`. Link expires ${date(r, 'us', 2025, 2026)}.`);
});
// 44. family reunion invite
T.push((d, r) => {
  const org = person(r, r.pick(['en', 'fil', 'ng', 'mx', 'vi']));
  const L = r.pick(['us', 'ca', 'au', 'uk'] as const);
  d.t(`🎉 `).l('PERSON', org.family.toUpperCase()).t(` FAMILY REUNION 🎉\nSaturday ${date(r, L, 2025, 2026)}, noon till late\nat Aunt `).l('PERSON', kin(r, org).given).t(`'s place:\n`);
  addr(d, r, L, true);
  d.t(`\nBring a dish! RSVP to `).l('PERSON', org.given).t(' (').l('PHONE', phone(r, L)).t(') or ').l('PERSON', kin(r, org).given).t(' (').l('PHONE', phone(r, L)).t(`). We'll print the tree back to great-grandpa `);
  d.l('PERSON', kin(r, org).full).t(` (born `).l('DOB', date(r, L, 1862, 1925)).t(`). No dogs please, Biscuit excepted.`);
});
// 45. internal agents chat with handles
T.push((d, r) => {
  const u = person(r);
  const a1 = person(r);
  d.t(`#support-escalations\n@${asciiLower(a1.given)}.${asciiLower(a1.family).slice(0, 3)}: anyone know why `).l('PERSON', u.full).t(`'s matches vanished?\n@bot-triage: matched account `).l('EMAIL', email(r, u)).t(`, last IP `).l('IP', ip(r));
  d.t(`\n@${asciiLower(person(r).given)}: probably the ${trap.version(r)} matcher regression, ping `).l('PERSON', person(r).given).t(' on Team Mendel');
});
// 46. fraud review
T.push((d, r) => {
  const u = person(r);
  d.t(`Fraud review ${trap.ticket(r)} — velocity rule R${r.int(10, 99)} fired\nName on order: `).l('PERSON', u.full).t('\nCards tried:\n');
  const n = r.int(2, 3);
  for (let i = 0; i < n; i++) {
    if (r.chance(0.7)) d.t('  ').l('CARD', card(r)).t(' — declined\n');
    else d.t(`  ${badCard(r)} — invalid number\n`);
  }
  d.t('IPs: ').l('IP', ipv4(r)).t(', ').l('IP', ip(r)).t('\nEmails: ').l('EMAIL', email(r, u)).t(', ').l('EMAIL', email(r, person(r)));
});
// 47. account merge
T.push((d, r) => {
  const u = person(r);
  const L = r.pick(LOCALES);
  d.t(`Hi, I have two accounts, `).l('EMAIL', email(r, u)).t(` (old) and `).l('EMAIL', email(r, u)).t(` (new). Both are me, `).self(u.full).t(`, DOB `).l('DOB', livingDob(r, L));
  d.t(`. Please merge them and keep the tree from the new one. My kit from ${date(r, L, 2018, 2023)} should move too.`);
});
// 48. deceased member closure by executor
T.push((d, r) => {
  const dec = person(r);
  const ex = person(r);
  const L = r.pick(['uk', 'us', 'au', 'ie', 'ca'] as const);
  d.t(`Bereavement notification\nMember: `).l('PERSON', dec.full).t('\nDate of birth: ').l('DOB', date(r, L, 1930, 1960)).t(`\nDate of death: ${date(r, L, 2022, 2025)}\nDeath cert. no. ${r.pick(['DYE', 'QDB', 'HCB'])} ${r.digits(6)}\n`);
  d.t('Executor: ').l('PERSON', ex.full).t(`, ${r.pick(['solicitor', 'son', 'daughter', 'nephew'])}\nExecutor address:\n`);
  addr(d, r, L, true);
  d.t('\nPhone: ').l('PHONE', phone(r, L)).t(`\nPlease transfer the DNA results to the executor and cancel the subscription.`);
});
// 49. newsletter bounce log
T.push((d, r) => {
  const n = r.int(3, 5);
  d.t(`mailer ${trap.version(r)} bounce report ${trap.ts(r)}\n`);
  for (let i = 0; i < n; i++) {
    d.t(`${r.pick(['550 5.1.1', '552 5.2.2', '421 4.7.0'])} rcpt=`).l('EMAIL', email(r, person(r))).t(' relay=').l('IP', ipv4(r)).t('\n');
  }
});
// 50. adoptee hospital record with SSN
T.push((d, r) => {
  const u = person(r, 'en');
  d.t(`Authorization for release of birth records\nPatient: `).self(u.full).t(`\nDOB: `).l('DOB', livingDob(r, 'us')).t('\nSSN: ').l('NATIONAL_ID', ssn(r));
  d.t(`\nHospital: ${r.pick(['St. Jude', 'Mercy General', 'Johns Hopkins'])} — MRN ${r.digits(8)}\nSend records to:\n`);
  addr(d, r, 'us', true);
  d.t(`\nSignature on file ${date(r, 'us', 2024, 2025)}`);
});
// 51. voicemail transcription
T.push((d, r) => {
  const u = person(r);
  d.t(`Voicemail (${r.int(20, 90)}s): "hi it's `).l('PERSON', u.full.toLowerCase()).t(` ... or `).l('PERSON', u.given.toLowerCase()).t(` from the ${r.pick(['choir', 'tree group', 'reunion'])}`);
  d.t(`, calling about the refund, you can call me back on `).l('PHONE', r.chance(0.5) ? spokenPhone(r) : phone(r, r.pick(LOCALES))).t(` any time after five, thanks, bye"`);
});
// 52. heritage trip booking
T.push((d, r) => {
  const u = person(r);
  const L = r.pick(LOCALES);
  d.t(`Roots Tour booking ${trap.order(r)}: ${r.pick(['Donegal', 'Calabria', 'Galicia', 'Skye'])} heritage week\nLead traveller: `).self(u.full).t(`\nDate of birth: `).l('DOB', livingDob(r, L)).t(`\nPassport no.: ${LETTERS.charAt(r.int(0, 25))}${r.digits(8)}\nMobile: `).l('PHONE', phone(r, L));
  d.t(`\nDeposit paid: `).l('CARD', card(r)).t(`\nCompanion: `).l('PERSON', person(r).full).t(` (born `).l('DOB', livingDob(r, L)).t(')');
});
// 53. family bible transcription
T.push((d, r) => {
  const f = person(r, r.pick(['en', 'sc', 'we', 'de', 'nl']));
  d.t(`Family Bible of the `).l('PERSON', f.family).t(` family (transcribed)\nBIRTHS\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) d.l('PERSON', kin(r, f).given).t(` was born `).l('DOB', oldDate(r, 'us')).t('\n');
  d.t('MARRIAGES\n').l('PERSON', f.full).t(' and ').l('PERSON', person(r, f.c).full).t(` were married ${oldDate(r, 'us')}\nDEATHS\n`).l('PERSON', kin(r, f).given).t(` died ${oldDate(r, 'us')}, aged ${r.int(1, 80)}`);
});
// 54. headstone inscription
T.push((d, r) => {
  const p = person(r);
  const s = kin(r, p);
  d.t(`Inscription (photo ${trap.hash(r).slice(0, 8)}.jpg):\nIN LOVING MEMORY OF\n`).l('PERSON', p.full.toUpperCase()).t(`\nBORN `).l('DOB', date(r, 'uk', 1880, 1940).toUpperCase()).t(`\nDIED ${date(r, 'uk', 1940, 2000).toUpperCase()}\nALSO HIS WIFE `);
  d.l('PERSON', s.given.toUpperCase()).t(`\nAT REST\nPlot ${r.int(1, 40)}, ${r.pick(['Lincoln Road Cemetery', 'Wellington Park Burial Ground', 'St. Patrick’s churchyard'])}`);
});
// 55. surname society query
T.push((d, r) => {
  const m = person(r);
  d.t(`Membership ${r.digits(5)} — query for the ${r.pick(['Guild of One-Name Studies', 'Huguenot Society', 'Clan Society'])} journal:\n"`);
  d.l('PERSON', person(r).full).t(` m. `).l('PERSON', person(r).full).t(` c.${r.int(1780, 1850)}, ${r.pick(['Norfolk', 'Ulster', 'Lorraine'])}. Any info gratefully received." — `).l('PERSON', `${m.given.charAt(0)}. ${m.family}`).t(', ').l('EMAIL', email(r, m));
});
// 56. address change
T.push((d, r) => {
  const u = person(r);
  const L = r.pick(LOCALES);
  d.t(`Please update my shipping address for the replacement kit. Old: `);
  addr(d, r, L, false);
  d.t(`. New: `);
  addr(d, r, L, false);
  d.t(`. Thanks, `);
  user(d, r, u, 0.6);
  d.t(` (`).l('PHONE', phone(r, L)).t(')');
});
// 57. US genealogy account verification with SSN
T.push((d, r) => {
  const u = person(r, r.pick(['en', 'mx', 'fil', 'vi', 'he']));
  d.t(`Identity verification for estate access\nName: `).l('PERSON', `${u.family.toUpperCase()}, ${u.given.toUpperCase()}`).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t(`\nEmployer EIN (not personal): ${trap.ein(r)}\nBank routing: ${trap.routing(r)}`);
  d.t(`\nAddress: `);
  addr(d, r, 'us', false);
  d.t(`\nAgent `);
  agent(d, r);
  d.t(` confirmed via callback to `).l('PHONE', phone(r, 'us'));
});
// 58. login anomaly email
T.push((d, r) => {
  const u = person(r);
  d.t(`Subject: New sign-in to your Kinfold account\n\nHi `).l('PERSON', u.given).t(`,\nWe noticed a sign-in from a new device (${r.pick(['Chrome 124 on Windows', 'Safari on iPhone', 'Firefox 126 on Linux'])}) at ${trap.ts(r)} from IP `).l('IP', ip(r));
  d.t(` near ${r.pick(['Frankfurt', 'Dublin', 'Sydney', 'Toronto'])}. If this wasn't you, reset your password or write to `).l('EMAIL', r.pick(ROLE_MAILS.slice(0, 3))).t('.');
});
// 59. DNA results share between cousins (chat)
T.push((d, r) => {
  const a = person(r);
  const b = person(r);
  d.l('PERSON', a.given).t(`: did u get the results? mine says ${trap.haplo(r)}\n`).l('PERSON', b.given).t(`: yes!! and we match `).l('PERSON', person(r).full).t(` at ${trap.cm(r)}\n`);
  d.l('PERSON', a.given).t(`: grandad `).l('PERSON', kin(r, a).given).t(` always said his mum was born `).l('DOB', oldDate(r, r.pick(['uk', 'us', 'au'] as const))).t(` on a farm in ${r.pick(['Kerry', 'Cumbria', 'Manitoba'])}\n`);
  d.l('PERSON', b.given).t(': text me on ').l('PHONE', phone(r, r.pick(LOCALES))).t(' later');
});
// 60. multi-card billing correction
T.push((d, r) => {
  const u = person(r);
  d.t(`Billing correction for `).l('PERSON', u.full).t(`: annual renewal was taken from old card ${badCard(r)} — that number fails validation, so the processor retried on the backup card `).l('CARD', card(r));
  d.t(`. Refund of ${r.int(5, 60)}.00 due. IBAN on file for payouts: `).l('IBAN', iban(r)).t(`; the one typed in the form (${badIban(r)}) was rejected.`);
});
// 61. Irish records request (multi-line address, Eircode)
T.push((d, r) => {
  const u = person(r, 'ie');
  d.t(`General Register Office request\nName: `).self(u.full).t(`\nAddress:\n`);
  addr(d, r, 'ie', true);
  d.t(`\nRecord: birth of `).l('PERSON', kin(r, u).full).t(`, born `).l('DOB', date(r, 'ie', 1864, 1925)).t(`, registered in the district of ${r.pick(['Ennistymon', 'Dingle', 'Swinford'])}\nEmail: `).l('EMAIL', email(r, u)).t(`\nMobile: `).l('PHONE', phone(r, 'ie'));
});
// 62. Dutch archief request
T.push((d, r) => {
  const u = person(r, 'nl');
  d.t(`Aan het Regionaal Archief ${r.pick(['Tilburg', 'Alkmaar', 'Zutphen'])},\n\nGraag ontvang ik een scan van de geboorteakte van `).l('PERSON', person(r, 'nl').full).t(`, geboren `).l('DOB', date(r, 'nl', 1850, 1920)).t(`. Mijn gegevens: `);
  d.l('PERSON', u.full).t(', ');
  addr(d, r, 'nl', false);
  d.t(', tel. ').l('PHONE', phone(r, 'nl')).t('. Betaling via ').l('IBAN', iban(r, 'NL')).t('.');
});
// 63. subscription cancellation, SSN masked, US card
T.push((d, r) => {
  const u = person(r);
  d.t(`Cancel my membership please. Account `).l('EMAIL', email(r, u)).t(`, name `).l('PERSON', u.full).t(`. Your app asked for my SSN (${maskedSsn(r)}) which I refuse to give. Refund the last charge to `).l('CARD', card(r)).t('.');
});

// 64. SSDI-style transcription (several SSNs)
T.push((d, r) => {
  d.t(`Death index extract — search "${r.pick(['Kowal*', 'Mc*', 'Rein*', 'Sant*'])}" (${r.int(3, 40)} results, showing ${r.int(2, 4)})\nName | SSN | Born | Died | Last residence\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = person(r, r.pick(['en', 'pl', 'it', 'ie', 'de', 'mx', 'he']));
    d.l('PERSON', `${p.family.toUpperCase()}, ${p.given.toUpperCase()}`).t(' | ').l('NATIONAL_ID', ssn(r)).t(' | ').l('DOB', date(r, 'us', 1885, 1935)).t(` | ${date(r, 'us', 1962, 2012)} | ${r.pick(['Scranton, PA', 'Toledo, OH', 'ZIP 60629', 'Fresno, CA'])}\n`);
  }
  d.t(`Issued by state: ${r.pick(['Illinois', 'New Jersey', 'Ohio'])} (${r.pick(['before 1951', '1955–1956'])})`);
});
// 65. heir-search affidavit
T.push((d, r) => {
  const dec = person(r, 'en');
  d.t(`AFFIDAVIT OF HEIRSHIP — Estate of `).l('PERSON', dec.full).t(`, deceased ${date(r, 'us', 2015, 2024)}\nDecedent SSN: `).l('NATIONAL_ID', ssn(r)).t(`; born `).l('DOB', date(r, 'us', 1925, 1950)).t('\nKnown heirs:\n');
  const n = r.int(2, 3);
  for (let i = 0; i < n; i++) {
    const h = r.chance(0.6) ? kin(r, dec) : person(r);
    d.t(`  ${i + 1}. `).l('PERSON', h.full).t(`, ${r.pick(['daughter', 'son', 'nephew', 'grandchild'])}, SSN `).l('NATIONAL_ID', ssn(r)).t(', ');
    addr(d, r, 'us', false);
    d.t('\n');
  }
  d.t(`Prepared by heir-search firm, file ${r.pick(['HS', 'PR'])}-${r.digits(5)}, EIN ${trap.ein(r)}`);
});
// 66. contractor researcher payout (1099 / SEPA)
T.push((d, r) => {
  if (r.chance(0.5)) {
    const u = person(r, r.pick(['en', 'mx', 'vi', 'fil', 'he']));
    d.t(`Form W-9 received from freelance genealogist `).l('PERSON', u.full).t(`\nTIN (SSN): `).l('NATIONAL_ID', ssn(r)).t(`\nAddress: `);
    addr(d, r, 'us', false);
    d.t(`\nPayee email: `).l('EMAIL', email(r, u)).t(`\nACH routing ${trap.routing(r)}, account ending ${r.digits(4)}`);
  } else {
    const u = person(r, r.pick(['de', 'nl', 'fr', 'it', 'es', 'pt', 'fi', 'sv', 'pl', 'cz', 'gr']));
    d.t(`Researcher payout batch ${trap.order(r)}\nPayee: `).l('PERSON', u.full).t('\nIBAN: ').l('IBAN', iban(r)).t(`\nAmount: €${r.int(80, 900)}.00 for ${r.int(2, 20)} hours of archive research\nPrevious IBAN `).l('IBAN', iban(r)).t(' closed by customer.');
  }
});
// 67. German refund chat
T.push((d, r) => {
  const u = person(r, r.pick(['de', 'tr', 'pl', 'ru']));
  d.t(`[Chat] Kundin: Hallo, ich bin `).l('PERSON', u.full).t(` und möchte die Rückerstattung für das Jahresabo. Bitte auf mein Konto `).l('IBAN', iban(r, r.pick(['DE', 'AT', 'CH', 'LU'])));
  d.t(`\n[Chat] Agent `);
  agent(d, r);
  d.t(`: Gerne, Frau `).l('PERSON', u.family).t(`. Die Gutschrift erfolgt innerhalb von 5–7 Werktagen. Ihre alte Kontonummer ${badIban(r)} war leider ungültig.`);
});
// 68. US identity-check chat (SSN spoken as digits)
T.push((d, r) => {
  const u = person(r, r.pick(['en', 'mx', 'ko', 'hi', 'ng']));
  d.t(`Agent: To unlock the estate records I need to verify the account holder.\nCustomer: sure, I'm `).self(u.full).t(`, my social is `).l('NATIONAL_ID', ssn(r)).t(` and I was born `).l('DOB', livingDob(r, 'us'));
  d.t(`\nAgent: Thank you. I see a login from `).l('IP', ip(r)).t(` yesterday — was that you?\nCustomer: yes, on my ${r.pick(['Dell laptop', 'iPad', 'work PC', 'Pixel phone'])}`);
});

// 69. customer pastes card into chat to upgrade
T.push((d, r) => {
  const u = person(r);
  d.t(`[chat] Customer: can I upgrade to the World Explorer plan over chat? the website keeps timing out. name `);
  user(d, r, u, 0.5);
  d.t(`, card number `).l('CARD', card(r)).t(` exp ${p2(r.int(1, 12))}/${r.int(26, 31)}\n[chat] Agent `);
  agent(d, r);
  d.t(`: Please don't share card numbers here — I've redacted it from our side. Use the secure link I've emailed to `).l('EMAIL', email(r, u)).t('.');
  if (r.chance(0.4)) d.t(`\n[chat] Customer: ok, or take it from my other card `).l('CARD', card(r));
});
// 70. Iberian refund by transfer
T.push((d, r) => {
  const u = person(r, r.pick(['es', 'pt', 'mx']));
  const cc = u.c === 'pt' ? 'PT' : 'ES';
  d.t(u.c === 'pt' ? 'Olá, ' : 'Hola, ').t(u.c === 'pt' ? 'sou ' : 'soy ').l('PERSON', u.full).t(u.c === 'pt' ? '. Cancelei a subscrição a ' : '. Cancelé la suscripción el ').t(date(r, cc === 'PT' ? 'br' : 'es', 2024, 2025));
  d.t(u.c === 'pt' ? ' e peço o reembolso para o IBAN ' : ' y pido el reembolso al IBAN ').l('IBAN', iban(r, cc)).t(`. ${u.c === 'pt' ? 'Cartão' : 'Tarjeta'} usada: `).l('CARD', card(r)).t('. Gracias / Obrigado.');
});

// 71. direct-debit account change (Nordic/Benelux)
T.push((d, r) => {
  const u = person(r, r.pick(['sv', 'fi', 'nl', 'fr', 'de', 'en']));
  const cc = r.pick(['SE', 'NO', 'DK', 'FI', 'NL', 'BE', 'LU', 'IE'] as const);
  d.t(`Change of payment details — member ${r.digits(7)}\nName: `).l('PERSON', nameForm(r, u)).t('\nOld account: ').l('IBAN', iban(r, cc)).t('\nNew account: ').l('IBAN', iban(r, cc));
  d.t(`\nEffective from the ${r.pick(['March', 'July', 'November'])} renewal. Note: a mistyped ${badIban(r)} was entered first and rejected.`);
});

// Hard negatives -----------------------------------------------------------------------------------

NEG.push((d, r) => {
  d.t(`Release notes Kinfold ${trap.version(r)} (${trap.ts(r)})\n- Matching engine upgraded to ${trap.version(r)}; new Darwin clustering for ${trap.haplo(r)}.\n- Fixed crash when GEDCOM ${r.pick(['5.5.1', '7.0'])} files had a BOM.\n- Commit ${trap.hash(r)}.`);
});
NEG.push((d, r) => {
  d.t(`How DNA inheritance works: you share about ${r.int(3300, 3720)} cM with a parent. Risk variants for ${trap.eponym(r)} and ${trap.eponym(r)} are not reported. ${trap.rsid(r)} and ${trap.rsid(r)} sit near ${trap.haplo(r)} markers. Births, deaths and marriages are the backbone of any tree.`);
});
NEG.push((d, r) => {
  d.t(`Incident INC-${r.digits(4)}: match list latency. Started ${trap.ts(r)}, resolved ${trap.ts(r)}. Root cause: cache node 7 on build ${trap.version(r)}. Request ids ${hexStr(r, 24)}, ${hexStr(r, 24)}. Masked caller on the bridge: ${maskedPhone(r)}.`);
});
NEG.push((d, r) => {
  d.t(`Finance month-end: EIN ${trap.ein(r)}, ABA routing ${trap.routing(r)}. Test card ${badCard(r)} failed as expected; IBAN ${badIban(r)} rejected by the mandate validator (check digits). Refund ledger total €${r.int(1000, 90000)}.${r.digits(2)}, invoice date ${date(r, 'uk', 2024, 2025)}.`);
});
NEG.push((d, r) => {
  d.t(`Catalogue entry: Records of the ${r.pick(['Lincoln', 'Jefferson', 'Victoria', 'Wellington'])} County Court, ${r.int(1820, 1880)}–${r.int(1881, 1950)}. ${trap.record(r)}. Held at the ${r.pick(['Carnegie Library', 'Mitchell Library', 'Bodleian'])}; reading room closed ${date(r, 'uk', 2025, 2025)}. Baptisms from ${r.int(1700, 1800)}, burials to ${r.int(1850, 1900)}.`);
});
NEG.push((d, r) => {
  d.t(`This ${r.pick(["Father's Day", "Mother's Day", "St. Patrick's Day"])}, give the gift of discovery! Was your family on ${trap.ship(r)} or at ${trap.place(r)}? Use code ROOTS${r.int(10, 40)} before ${date(r, 'us', 2025, 2026)}. Kits ship in ${r.int(2, 5)} days. Not valid with ${trap.brand(r)} promotions.`);
});
NEG.push((d, r) => {
  d.t(`Shipment ${trap.order(r)} dispatched ${date(r, 'uk', 2025, 2025)}. Tracking ${trap.tracking(r)}. Return label ${trap.tracking(r)}. Kit ${trap.kit(r)} — please register it before mailing the sample back.`);
});
NEG.push((d, r) => {
  d.t(`Standup: Team Hawking shipped the Lovelace importer; Team Curie is blocked on ${trap.version(r)}. Storm ${r.pick(['Ciarán', 'Isha', 'Babet'])} closed the Galway lab on ${date(r, 'ie', 2024, 2025)}. Product names: Ancestor Lens, Kinfold Plus, Heritage Helix Pro.`);
});
NEG.push((d, r) => {
  d.t(`0 HEAD\n1 SOUR Rootwise\n2 VERS ${trap.version(r)}\n1 DATE ${date(r, 'ged', 2020, 2025)}\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n0 TRLR`);
});
NEG.push((d, r) => {
  d.t(`Parish office hours for ${r.pick(["St. Mary's", "St. Brigid's", "San Rocco"])}: Tue–Thu 10:00–13:00. Baptism and marriage registers before ${r.int(1900, 1930)} are at the diocesan archive. Next open day ${date(r, 'uk', 2025, 2026)}. Buses 14 and 22 stop at ${r.pick(['Washington Square', 'Victoria Road', 'Nelson Quay'])}.`);
});
NEG.push((d, r) => {
  d.t(`Your DNA results: ${r.int(30, 70)}% ${r.pick(['Ireland & Scotland', 'Southern Italy', 'Baltic', 'West Africa'])}, haplogroup ${trap.haplo(r)}. ${r.int(50, 900)} new matches. Firmware ${r.int(2, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(10, 99)} on the lab sequencer; batch ${hexStr(r, 8).toUpperCase()}.`);
});

// ---------------------------------------------------------------------------------------------------

/** Number of distinct document templates (labelled + hard negatives). */
export const INDEPENDENT58_TEMPLATE_COUNT = T.length + NEG.length;

export function generateIndependent58Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent58Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT58_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT58_MIN_INSTANCES;
  const out: Independent58Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEG)(d, r);
    else r.pick(T)(d, r);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
