/**
 * @module privacy/pii-corpus-independent-50 — blind labelled PII corpus #50 (car dealerships, auto finance
 * and vehicle service, in many countries).
 *
 * WRITTEN BLIND. While writing it the author read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * The author did NOT read the detector, its tests, the other corpora or their templates/value pools, the docs,
 * the benchmarks or the git history, and never ran the detector on this text. Every name, address, template
 * and value below was invented for this split.
 *
 * Seeds: {@link INDEPENDENT50_SEEDS} (500001, 500002, 500003); each seed yields whole documents until at least
 * `minInstances` labels (default {@link INDEPENDENT50_MIN_INSTANCES}) exist, deterministically.
 *
 * Contents: lead and test-drive bookings, chats with an LLM dealership assistant, trade-in valuations,
 * finance/lease applications and credit checks, dealer-management-system CSV/JSON exports, workshop job cards,
 * MOT/TÜV/APK/NCT inspection papers, recall letters, roadside-assistance call transcripts, registration and
 * title-transfer forms, customer e-mails, portal/audit logs; about one document in ten is a pure hard negative
 * (eponymous brands, places, laws and diseases, VINs, order/RO/claim numbers, hashes, versions, routing numbers,
 * EINs, Luhn-invalid card-like numbers, invalid IBANs, masked values, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, software, chat-bots, places, pets, ships, storms,
 *   streets/buildings named after people, eponymous diseases/laws/awards and @handles are not labelled; a name
 *   inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked ones not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient name a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT50_SEEDS = [500001, 500002, 500003] as const;
export const INDEPENDENT50_MIN_INSTANCES = 2400;

/** A label that carries the exact text of its span. */
export type Independent50Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent50Entry = PiiCorpusEntry & { readonly labels: readonly Independent50Label[] };

const w = (s: string): string[] => s.trim().split(/\s+/);
const wb = (s: string): string[] => s.split('|').map((x) => x.trim());

// ---------------------------------------------------------------- names
interface Culture {
  readonly g: readonly string[];
  readonly s: readonly string[];
  /** Family name first in the home country. */
  readonly fg?: boolean;
}
const CUL: Record<string, Culture> = {
  en: {
    g: w('James Olivia Rose Hope Will Bill Grant May Guy Faith Joy Mark Frank Dawn Summer Hunter Chase Ivy Penny Ray Carol Iris Wesley Brooke Heather Dean Tracy'),
    s: w('Young King Brown Green White Rich Long Baker Cook Price Church Fox Hill Wood Moody Sharp Best Little Stone Walker Hughes Fletcher Bishop Marsh Hardy'),
  },
  ie: { g: w('Siobhán Niamh Ciarán Aoife Oisín Pádraig Róisín Declan Saoirse Eoin Caoimhe Fionn'), s: w("O'Brien Kavanagh Doyle McCarthy Quinlan McGrath Fitzgerald Nolan Brennan Lynch O'Sullivan Geraghty") },
  sc: { g: w('Callum Isla Hamish Morag Eilidh Angus Ewan Kirsty Lachlan Mhairi Innes Fraser'), s: w('MacLeod Campbell Sinclair Buchanan Drummond Urquhart Ferguson MacKenzie Robertson Munro Stewart Galbraith') },
  de: { g: w('Lukas Hannah Jürgen Sabine Matthias Katrin Felix Ursula Tobias Anke Florian Heike Dieter'), s: w('Müller Schneider Becker Hoffmann Schäfer Wagner Krüger Zimmermann Braun Hartmann Lange Vogel Fuchs Schwarz Weiß') },
  fr: { g: w('Amélie Théo Camille Mathis Léa Antoine Margaux Baptiste Chloé Étienne Manon Guillaume'), s: w('Dubois Lefèvre Moreau Girard Fontaine Rousseau Chevalier Garnier Lambert Faure Mercier Blanc') },
  es: { g: w('Alejandro Lucía Javier Carmen Sergio Pilar Álvaro Nerea Íñigo Rocío Marta Jorge'), s: w('García Fernández López Martínez Sánchez Romero Navarro Domínguez Gil Ortega Rubio Iglesias Vázquez') },
  mx: { g: w('Guadalupe Jesús Ximena Santiago Itzel Emiliano Citlali Rodrigo Fernanda Araceli Leonardo Dolores'), s: w('Hernández Ramírez Cruz Flores Morales Reyes Gutiérrez Mendoza Castillo Vargas Juárez Guzmán Ochoa') },
  pt: { g: w('João Luíza Thiago Beatriz Rafael Gabriela Vinícius Letícia Gonçalo Inês Caio Larissa'), s: w('Silva Santos Oliveira Souza Pereira Costa Carvalho Almeida Ferreira Rodrigues Barbosa Rocha Gomes') },
  it: { g: w('Giulia Matteo Francesca Lorenzo Chiara Alessandro Federica Davide Martina Giorgio Elisa Riccardo'), s: w('Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti') },
  nl: { g: w('Sanne Daan Femke Joris Lotte Bram Maaike Thijs Anouk Ruben Ilse Wouter'), s: wb('de Vries|van Dijk|Jansen|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters') },
  sv: { g: w('Astrid Linnea Oskar Elsa Gustav Maja Nils Ebba Axel Signe Viktor Ingrid'), s: w('Lindqvist Andersson Johansson Bergström Nyberg Holm Sjöberg Lundgren Engström Åkesson Forsberg Eklund') },
  no: { g: w('Sigrid Magnus Freja Henrik Kaja Søren Mette Jonas Ida Rasmus Tove Anders'), s: w('Hansen Nielsen Kristiansen Haugen Bakke Rasmussen Jørgensen Dahl Halvorsen Madsen Berg Strand') },
  fi: { g: w('Aino Eero Onni Veera Juha Kaisa Lauri Satu Mikko Helmi Ville Riikka'), s: w('Virtanen Korhonen Mäkinen Nieminen Heikkinen Laine Koskinen Järvinen Lehtonen Salminen Hämäläinen Kinnunen') },
  pl: { g: w('Zofia Jakub Agnieszka Krzysztof Małgorzata Wojciech Katarzyna Paweł Magdalena Tomasz Joanna Grzegorz'), s: w('Nowak Kowalski Wiśniewska Wójcik Kamiński Lewandowska Zieliński Szymańska Woźniak Dąbrowski Kozłowska Jankowski') },
  cz: { g: w('Jiří Tereza Ondřej Lucie Petr Markéta Tomáš Eliška Vojtěch Kateřina Lukáš Barbora'), s: w('Novák Svobodová Dvořák Černý Procházková Kučera Veselý Horáková Němec Marek Pospíšil Hájek') },
  hu: { g: w('Bence Zsófia Levente Réka Dániel Eszter Gergely Anna Csaba Noémi Balázs Krisztina'), s: w('Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp'), fg: true },
  gr: { g: w('Giorgos Eleni Dimitris Katerina Nikos Sofia Yannis Despina Kostas Athina Stavros Vasiliki'), s: w('Papadopoulos Georgiou Nikolaidis Konstantinou Christodoulou Vlachos Antoniou Karagiannis Pappas Oikonomou Makris Dimitriou') },
  tr: { g: w('Emre Elif Mehmet Zeynep Burak Ayşe Can Deniz Oğuz Merve Kerem Selin'), s: w('Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Koç') },
  ar: { g: w('Said Fatima Omar Layla Youssef Noura Khalid Mariam Tariq Huda Karim Amal Rania'), s: w('Al-Mansouri Haddad Khoury Nasser Al-Farsi Saleh Hamdan El-Amin Qasim Bakr Aziz Mahmoud') },
  fa: { g: w('Dariush Shirin Reza Parisa Arash Nasrin Kaveh Leila Babak Mina Navid Golnaz'), s: w('Hosseini Ahmadi Karimi Rahimi Tehrani Moradi Jafari Sadeghi Shirazi Rostami Farahani Mohammadi') },
  he: { g: w('Noa Itai Yael Eitan Tamar Omri Shira Yonatan Maya Avi Liat Gilad'), s: w('Cohen Levi Mizrahi Peretz Biton Friedman Avraham Katz Shapiro Ben-David Azoulay Dahan') },
  in: { g: w('Priya Arjun Ananya Rohan Kavya Vikram Sneha Aditya Pooja Rahul Meera Sanjay Deepika'), s: w('Sharma Patel Gupta Iyer Reddy Nair Chatterjee Mehta Kapoor Joshi Banerjee Malhotra') },
  ta: { g: w('Karthik Lakshmi Senthil Divya Murugan Revathi Saravanan Anitha Prakash Kalaivani Vignesh Janani'), s: w('Subramanian Raman Krishnan Venkatesh Pillai Natarajan Sundaram Ramasamy Balakrishnan Chandrasekaran Murthy Gopal') },
  zh: { g: w('Wei Fang Jun Xiuying Hao Mei Lin Jian Yan Qiang Xiaoming Na'), s: w('Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Ma'), fg: true },
  ja: { g: w('Haruto Yui Sota Aoi Ren Hina Takumi Sakura Daiki Misaki Kenji Yuka'), s: w('Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Matsumoto'), fg: true },
  ko: { g: w('Minjun Seoyeon Jihoon Subin Dohyun Jiwoo Hyunwoo Yuna Jaewon Eunji Sungmin Hana'), s: w('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin'), fg: true },
  vi: { g: w('Anh Minh Linh Tuan Huong Duc Thao Quang Lan Phuong Hieu Ngoc'), s: w('Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo Duong Ly'), fg: true },
  fil: { g: w('Maricel Jomar Rizalyn Paolo Kristine Jericho Lovely Angelica Rodel Cherry Arnel Marites'), s: wb('Bautista|Villanueva|Manalo|Aquino|Dizon|Pascual|Soriano|Macaraeg|Tolentino|Dela Cruz|Galang|Lacson') },
  ng: { g: w('Chinedu Adaeze Oluwaseun Ngozi Emeka Funmilayo Tunde Chiamaka Babajide Ifeoma Obinna Yetunde'), s: w('Okafor Adeyemi Nwosu Balogun Eze Okonkwo Adebayo Olawale Chukwu Ogunleye Nnamdi Afolabi') },
  ke: { g: w('Wanjiru Achieng Baraka Zawadi Juma Imani Amani Neema Kamau Akinyi Mumbua Kiprono'), s: w('Otieno Mwangi Kariuki Odhiambo Njoroge Wambua Kiptoo Chebet Omondi Mutua Ndungu Korir') },
  za: { g: w('Thabo Lerato Sipho Nomvula Bongani Zanele Themba Ayanda Lwazi Naledi Mandla Palesa'), s: wb('Nkosi|Dlamini|Mokoena|Khumalo|Ndlovu|van der Merwe|Botha|Pretorius|Mahlangu|Zulu|Molefe|Naidoo') },
  ru: { g: w('Dmitri Anastasia Sergei Olga Alexei Tatiana Ivan Yekaterina Mikhail Svetlana Nikolai Irina'), s: w('Ivanov Smirnova Kuznetsov Popova Sokolov Volkova Morozov Lebedeva Novikov Fedorova Pavlov Orlova') },
  ua: { g: w('Oksana Taras Olena Bohdan Iryna Mykola Yulia Andriy Halyna Ostap Solomiya Vasyl'), s: w('Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Melnyk Lysenko Marchenko Savchenko Rudenko Petrenko') },
};
const JA_KANJI = { s: w('佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤'), g: w('翔太 陽菜 大輝 美咲 蓮 結衣 健一 直美 拓海 彩花') };
const KO_HANGUL = { s: w('김 이 박 최 정 강 윤 장'), g: w('민준 서연 지훈 수빈 도현 지우 현우 유나') };

interface P {
  readonly g: string;
  readonly s: string;
  readonly full: string;
  readonly cul: string;
}

// ---------------------------------------------------------------- countries
type CC = 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'JP' | 'AU' | 'CA' | 'BR' | 'MX' | 'IN' | 'SE' | 'PL' | 'IE' | 'ZA' | 'KR' | 'CH' | 'AE' | 'AT';
const CULTURES_OF: Record<CC, string[]> = {
  US: w('en en en mx ie in zh ko vi fil ng ar he pl it ru gr'),
  GB: w('en en en sc ie in ng pl gr ta fa'),
  DE: w('de de de tr pl ru gr it ua'),
  FR: w('fr fr fr ar pt it vi'),
  ES: w('es es es ar pt mx'),
  IT: w('it it it ar ua'),
  NL: w('nl nl nl tr ar'),
  JP: w('ja ja ja'),
  AU: w('en en en zh vi gr in it'),
  CA: w('en en fr zh in ua ta'),
  BR: w('pt pt pt it ja'),
  MX: w('mx mx mx es'),
  IN: w('in in ta'),
  SE: w('sv sv sv fi fa ar'),
  PL: w('pl pl pl ua'),
  IE: w('ie ie en pl'),
  ZA: w('za za en ng'),
  KR: w('ko ko ko'),
  CH: w('de de fr it'),
  AE: w('ar ar in fa fil'),
  AT: w('de de cz hu tr'),
};
const MONTHS: Record<string, readonly string[]> = {
  en: w('January February March April May June July August September October November December'),
  de: w('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  fr: w('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: w('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  it: w('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  pt: w('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
};
const p2 = (n: number): string => String(n).padStart(2, '0');

/** A date written the way the country writes it. */
function fmtDate(r: Rng, cc: CC, y: number, m: number, d: number): string {
  const en = MONTHS.en as readonly string[];
  const mo = en[m - 1] as string;
  switch (cc) {
    case 'US':
      return r.pick([`${p2(m)}/${p2(d)}/${y}`, `${m}/${d}/${y}`, `${mo} ${d}, ${y}`, `${mo.slice(0, 3)} ${d}, ${y}`]);
    case 'GB': case 'IE': case 'AU': case 'ZA': case 'IN': case 'AE':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mo} ${y}`, `${d} ${mo.slice(0, 3)} ${y}`, `${p2(d)}-${p2(m)}-${y}`]);
    case 'DE': case 'AT': case 'CH':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}.${m}.${y}`, `${d}. ${(MONTHS.de as string[])[m - 1]} ${y}`]);
    case 'PL':
      return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${y}-${p2(m)}-${p2(d)}`]);
    case 'FR':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${(MONTHS.fr as string[])[m - 1]} ${y}`]);
    case 'ES': case 'MX':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${(MONTHS.es as string[])[m - 1]} de ${y}`]);
    case 'IT':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${(MONTHS.it as string[])[m - 1]} ${y}`]);
    case 'BR':
      return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${(MONTHS.pt as string[])[m - 1]} de ${y}`]);
    case 'NL':
      return r.pick([`${p2(d)}-${p2(m)}-${y}`, `${d}-${m}-${y}`]);
    case 'SE': case 'CA':
      return `${y}-${p2(m)}-${p2(d)}`;
    case 'JP':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`]);
    case 'KR':
      return r.pick([`${y}.${p2(m)}.${p2(d)}`, `${y}년 ${m}월 ${d}일`]);
  }
}
const dobOf = (r: Rng, cc: CC): string => fmtDate(r, cc, r.int(1946, 2005), r.int(1, 12), r.int(1, 28));
const recentDate = (r: Rng, cc: CC): string => fmtDate(r, cc, r.int(2023, 2026), r.int(1, 12), r.int(1, 28));

// ---------------------------------------------------------------- phones
function phoneOf(r: Rng, cc: CC): string {
  const d = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  switch (cc) {
    case 'US': case 'CA': {
      const a = nz() + d(2), b = nz() + d(2), c = d(4);
      return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 (${a}) ${b} ${c}`, `1-${a}-${b}-${c}`]);
    }
    case 'GB': {
      const m = '7' + r.pick(['4', '5', '7', '8', '9']) + d(2);
      return r.pick([`0${m} ${d(6)}`, `+44 ${m} ${d(6)}`, `+44 (0)${m} ${d(3)} ${d(3)}`, `020 ${nz()}${d(3)} ${d(4)}`, `0113 ${nz()}${d(2)} ${d(4)}`]);
    }
    case 'DE': case 'AT': {
      const m = '1' + r.pick(['51', '60', '70', '71', '76', '52']);
      if (cc === 'AT') return r.pick([`+43 664 ${d(7)}`, `0664 ${d(3)} ${d(4)}`, `+43 1 ${nz()}${d(6)}`]);
      return r.pick([`+49 ${m} ${d(7)}`, `0${m} ${d(7)}`, `0${m}/${d(3)} ${d(4)}`, `030 ${nz()}${d(7)}`, `+49 (0)711 ${nz()}${d(5)}`]);
    }
    case 'FR': {
      const g = (): string => d(2);
      return r.pick([`06 ${g()} ${g()} ${g()} ${g()}`, `+33 6 ${g()} ${g()} ${g()} ${g()}`, `07.${g()}.${g()}.${g()}.${g()}`, `01 ${g()} ${g()} ${g()} ${g()}`]);
    }
    case 'ES': return r.pick([`6${d(2)} ${d(3)} ${d(3)}`, `+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `91 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'IT': return r.pick([`+39 3${d(2)} ${d(3)} ${d(4)}`, `3${d(2)} ${d(7)}`, `011 ${d(7)}`]);
    case 'NL': return r.pick([`06-${d(8)}`, `+31 6 ${d(8)}`, `+31 (0)20 ${d(3)} ${d(4)}`, `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
    case 'JP': return r.pick([`090-${d(4)}-${d(4)}`, `080-${d(4)}-${d(4)}`, `+81 90-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`, `06-${d(4)}-${d(4)}`]);
    case 'AU': return r.pick([`04${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${nz()}${d(3)} ${d(4)}`, `03 ${nz()}${d(3)} ${d(4)}`]);
    case 'BR': return r.pick([`(11) 9${d(4)}-${d(4)}`, `+55 21 9${d(4)}-${d(4)}`, `(41) 9${d(4)}-${d(4)}`, `+55 (31) 9${d(4)}-${d(4)}`]);
    case 'MX': return r.pick([`55 ${d(4)} ${d(4)}`, `+52 55 ${d(4)} ${d(4)}`, `+52 1 33 ${d(4)} ${d(4)}`, `81 ${d(4)} ${d(4)}`]);
    case 'IN': return r.pick([`+91 9${d(4)} ${d(5)}`, `09${d(4)} ${d(5)}`, `+91-8${d(9)}`, `7${d(4)} ${d(5)}`]);
    case 'SE': return r.pick([`070-${d(3)} ${d(2)} ${d(2)}`, `+46 70 ${d(3)} ${d(2)} ${d(2)}`, `08-${d(3)} ${d(2)} ${d(2)}`]);
    case 'PL': return r.pick([`+48 ${r.pick(['50', '60', '69', '79'])}${d(1)} ${d(3)} ${d(3)}`, `${r.pick(['50', '60', '69', '79'])}${d(1)} ${d(3)} ${d(3)}`, `22 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'IE': return r.pick([`08${r.pick(['3', '5', '6', '7'])} ${d(3)} ${d(4)}`, `+353 8${r.pick(['3', '5', '6', '7'])} ${d(3)} ${d(4)}`, `(01) ${nz()}${d(6)}`]);
    case 'ZA': return r.pick([`08${r.int(2, 4)} ${d(3)} ${d(4)}`, `+27 8${r.int(2, 4)} ${d(3)} ${d(4)}`, `012 ${d(3)} ${d(4)}`, `072 ${d(3)} ${d(4)}`]);
    case 'KR': return r.pick([`010-${d(4)}-${d(4)}`, `+82 10-${d(4)}-${d(4)}`, `02-${d(3)}-${d(4)}`]);
    case 'CH': return r.pick([`079 ${d(3)} ${d(2)} ${d(2)}`, `+41 79 ${d(3)} ${d(2)} ${d(2)}`, `044 ${d(3)} ${d(2)} ${d(2)}`, `+41 76 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'AE': return r.pick([`050 ${d(3)} ${d(4)}`, `+971 50 ${d(3)} ${d(4)}`, `+971 4 ${d(3)} ${d(4)}`, `055-${d(7)}`]);
  }
}
const DIGW = w('zero one two three four five six seven eight nine');
/** A phone number read out digit by digit, as a call transcript writes it. */
function spokenPhone(r: Rng, cc: CC): string {
  const groups: number[] = cc === 'US' || cc === 'CA' ? [3, 3, 4] : cc === 'GB' ? [5, 3, 3] : cc === 'AU' ? [4, 3, 3] : [3, 3, 4];
  let first = true;
  const out: string[] = [];
  for (const n of groups) {
    const ds: string[] = [];
    for (let i = 0; i < n; i++) {
      const v = first && i === 0 ? (cc === 'US' || cc === 'CA' ? r.int(2, 9) : 0) : r.int(0, 9);
      ds.push(v === 0 && cc !== 'US' && r.chance(0.6) ? 'oh' : (DIGW[v] as string));
    }
    first = false;
    out.push(ds.join(' '));
  }
  return out.join(r.pick([', ', ' ', ' ... ']));
}

// ---------------------------------------------------------------- addresses
const UPL = 'ABDEFGHJLNPQRSTUWXYZ';
function letters(r: Rng, n: number, alphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ'): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet.charAt(r.int(0, alphabet.length - 1));
  return s;
}
/** The lines of a postal address written the way the country writes them. */
function addrLines(r: Rng, cc: CC): string[] {
  const n = (a: number, b: number): number => r.int(a, b);
  switch (cc) {
    case 'US': case 'CA': {
      if (cc === 'CA') {
        const [city, prov, fsa] = r.pick([['Toronto', 'ON', 'M'], ['Calgary', 'AB', 'T'], ['Halifax', 'NS', 'B'], ['Ottawa', 'ON', 'K'], ['Vancouver', 'BC', 'V'], ['Winnipeg', 'MB', 'R'], ['Montréal', 'QC', 'H']] as const);
        const pc = `${fsa}${n(1, 9)}${letters(r, 1)} ${n(0, 9)}${letters(r, 1)}${n(0, 9)}`;
        const unit = r.chance(0.3) ? `${n(101, 2409)}-` : '';
        return [`${unit}${n(10, 9800)} ${r.pick(w('Sherbrooke Bathurst Kingsway Lakeshore Portage Oak Birchmount Elgin Dufferin'))} ${r.pick(w('St Ave Rd Blvd Dr'))}${r.pick(['', ' W', ' E', ' N'])}`, `${city} ${prov} ${pc}`].concat(r.chance(0.3) ? ['Canada'] : []);
      }
      const [city, st, z] = r.pick([['Columbus', 'OH', '432'], ['Tucson', 'AZ', '857'], ['Raleigh', 'NC', '276'], ['Spokane', 'WA', '992'], ['Madison', 'WI', '537'], ['Albany', 'NY', '122'], ['Boise', 'ID', '837'], ['Tulsa', 'OK', '741'], ['Savannah', 'GA', '314'], ['Fresno', 'CA', '937'], ['Lincoln', 'NE', '685'], ['Dayton', 'OH', '454'], ['Plano', 'TX', '750'], ['Worcester', 'MA', '016'], ['Knoxville', 'TN', '379']] as const);
      const zip = `${z}${r.digits(2)}${r.chance(0.15) ? '-' + r.digits(4) : ''}`;
      if (r.chance(0.12)) return [`${r.pick(['PO Box', 'P.O. Box'])} ${n(100, 99999)}`, `${city}, ${st} ${zip}`];
      const street = `${n(3, 19999)} ${r.chance(0.3) ? r.pick(['N ', 'S ', 'E ', 'W ']) : ''}${r.pick(wb('Maple Ridge|Cedar Hollow|Lakeview|Juniper|Old Mill|Martin Luther King Jr|Sycamore|Briarwood|Kingsley|Foxglove|Harvest Moon|Elm|Quail Run|Prospect'))} ${r.pick(w('Dr Ave St Rd Ln Blvd Ct Way Pkwy'))}`;
      const apt = r.chance(0.25) ? r.pick([`, Apt ${n(1, 40)}${letters(r, 1, 'ABCD')}`, `, Unit ${n(100, 999)}`, ` #${n(2, 60)}`]) : '';
      return [street + apt, `${city}, ${st} ${zip}`].concat(r.chance(0.15) ? ['USA'] : []);
    }
    case 'GB': {
      const [town, a] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Glasgow', 'G'], ['Nottingham', 'NG'], ['Reading', 'RG'], ['Sheffield', 'S'], ['Exeter', 'EX'], ['York', 'YO'], ['Milton Keynes', 'MK']] as const);
      const pc = `${a}${n(1, 20)} ${n(1, 9)}${letters(r, 2, UPL)}`;
      const l1 = `${r.chance(0.25) ? `Flat ${n(1, 24)}, ` : ''}${n(1, 240)} ${r.pick(w('Kingsmead Wharncliffe Alder Hawthorn Priory Mill Beechwood Cavendish Stanley Gladstone Orchard Willow'))} ${r.pick(w('Road Lane Close Crescent Avenue Street Gardens Way'))}`;
      return [l1].concat(r.chance(0.35) ? [r.pick(w('Headingley Clifton Eaton Roath Partick Beeston Caversham Ecclesall Heavitree Acomb Bletchley'))] : [], [town.toUpperCase() === town ? town : r.chance(0.3) ? town.toUpperCase() : town, pc], r.chance(0.2) ? ['United Kingdom'] : []);
    }
    case 'DE': {
      const [city, z] = r.pick([['Stuttgart', '70'], ['München', '80'], ['Köln', '50'], ['Leipzig', '04'], ['Hamburg', '22'], ['Bremen', '28'], ['Dresden', '01'], ['Freiburg im Breisgau', '79'], ['Nürnberg', '90'], ['Mainz', '55'], ['Wolfsburg', '38']] as const);
      const st = r.pick(wb('Lindenstraße|Goethestraße|Am Kirchberg|Hauptstraße|Schillerplatz|Birkenweg|Rosenauer Str.|Kastanienallee|Im Wiesengrund|Bahnhofstr.|Friedrich-Ebert-Straße'));
      return [`${st} ${n(1, 180)}${r.chance(0.15) ? letters(r, 1, 'abc') : ''}`, `${z}${r.digits(3)} ${city}`].concat(r.chance(0.15) ? ['Deutschland'] : []);
    }
    case 'AT': {
      const [city, z] = r.pick([['Wien', '1'], ['Graz', '80'], ['Linz', '40'], ['Salzburg', '50'], ['Innsbruck', '60']] as const);
      const pc = z === '1' ? `1${p2(n(1, 23))}0` : `${z}${r.digits(2)}`;
      return [`${r.pick(wb('Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Schmiedgasse|Lindengasse|Annenstraße'))} ${n(1, 140)}/${n(1, 20)}`, `${pc} ${city}`].concat(r.chance(0.2) ? ['Österreich'] : []);
    }
    case 'CH': {
      const [city, pc] = r.pick([['Zürich', '80'], ['Bern', '30'], ['Basel', '40'], ['Luzern', '60'], ['Winterthur', '84'], ['Lausanne', '10'], ['Lugano', '69']] as const);
      return [`${r.pick(wb('Bahnhofstrasse|Seefeldstrasse|Rue de Bourg|Via Nassa|Kramgasse|Weinbergstrasse|Zürcherstrasse'))} ${n(1, 120)}`, `${pc}${r.digits(2)} ${city}`].concat(r.chance(0.2) ? ['Schweiz'] : []);
    }
    case 'FR': {
      const [city, cp] = r.pick([['Lyon', '6900'], ['Nantes', '4400'], ['Toulouse', '3100'], ['Lille', '5900'], ['Bordeaux', '3300'], ['Rennes', '3500'], ['Marseille', '1300'], ['Grenoble', '3800']] as const);
      return [`${n(1, 180)}${r.chance(0.15) ? ' bis' : ''} ${r.pick(w('rue avenue boulevard impasse chemin allée'))} ${r.pick(wb('des Tanneurs|Victor Hugo|de la République|du Moulin|Jean Jaurès|des Lilas|Pasteur|du Général Leclerc|des Peupliers'))}`].concat(r.chance(0.2) ? [`Bâtiment ${letters(r, 1, 'ABC')}, ${r.pick(['Résidence les Tilleuls', 'Résidence du Parc'])}`] : [], [`${cp}${n(0, 9)} ${r.chance(0.3) ? city.toUpperCase() : city}`], r.chance(0.15) ? ['France'] : []);
    }
    case 'ES': {
      const [city, cp] = r.pick([['Madrid', '280'], ['Valencia', '460'], ['Sevilla', '410'], ['Zaragoza', '500'], ['Bilbao', '480'], ['Málaga', '290'], ['Murcia', '300']] as const);
      return [`${r.pick(['Calle', 'C/', 'Avda.', 'Paseo', 'Plaza'])} ${r.pick(wb('de Alcalá|Mayor|de la Constitución|San Vicente|del Río|Gran Vía|de los Olivos|Real'))}, ${n(1, 240)}, ${n(1, 9)}º ${letters(r, 1, 'ABCDI')}`, `${cp}${r.digits(2)} ${city}`].concat(r.chance(0.3) ? [r.pick(['España', `(${city})`])] : []);
    }
    case 'IT': {
      const [city, cap, prov] = r.pick([['Torino', '101', 'TO'], ['Milano', '201', 'MI'], ['Bologna', '401', 'BO'], ['Napoli', '801', 'NA'], ['Firenze', '501', 'FI'], ['Bari', '701', 'BA'], ['Verona', '371', 'VR']] as const);
      return [`${r.pick(['Via', 'Corso', 'Viale', 'Piazza'])} ${r.pick(wb('Garibaldi|Roma|dei Mille|Cavour|XX Settembre|della Libertà|San Donato|Mazzini|dei Tigli'))}, ${n(1, 210)}${r.chance(0.1) ? '/B' : ''}`, `${cap}${r.digits(2)} ${city} ${r.chance(0.5) ? `(${prov})` : prov}`].concat(r.chance(0.1) ? ['Italia'] : []);
    }
    case 'NL': {
      const [city, pc] = r.pick([['Amsterdam', '10'], ['Utrecht', '35'], ['Rotterdam', '30'], ['Eindhoven', '56'], ['Groningen', '97'], ['Haarlem', '20'], ['Zwolle', '80']] as const);
      return [`${r.pick(wb('Keizersgracht|Dorpsstraat|Kerkweg|Molenstraat|Lindenlaan|Vondelstraat|Spoorsingel|Oude Gracht'))} ${n(1, 320)}${r.chance(0.2) ? r.pick(['-bis', ' A', '-2', ' hs']) : ''}`, `${pc}${r.digits(2)} ${letters(r, 2, 'ABCEGHJKLMNPRSTVWXZ')} ${r.chance(0.3) ? city.toUpperCase() : city}`];
    }
    case 'SE': {
      const city = r.pick(w('Stockholm Göteborg Malmö Uppsala Västerås Örebro Linköping'));
      return [`${r.pick(w('Storgatan Drottninggatan Kungsvägen Björkvägen Skolgatan Sveavägen Hamngatan'))} ${n(1, 90)}${r.chance(0.2) ? ` lgh ${n(1001, 1402)}` : ''}`, `${n(111, 984)} ${r.digits(2)} ${city}`].concat(r.chance(0.15) ? ['Sverige'] : []);
    }
    case 'PL': {
      const city = r.pick(wb('Warszawa|Kraków|Wrocław|Poznań|Gdańsk|Łódź|Lublin'));
      return [`ul. ${r.pick(wb('Długa|Marszałkowska|Kwiatowa|Polna|Ogrodowa|Mickiewicza|Lipowa'))} ${n(1, 150)}${r.chance(0.6) ? '/' + n(1, 80) : ''}`, `${r.digits(2)}-${r.digits(3)} ${city}`].concat(r.chance(0.1) ? ['Polska'] : []);
    }
    case 'IE': {
      const [loc, county, ek] = r.pick([['Terenure', 'Dublin 6W', 'D6W'], ['Ballincollig', 'Co. Cork', 'P31'], ['Salthill', 'Galway', 'H91'], ['Castletroy', 'Co. Limerick', 'V94'], ['Swords', 'Co. Dublin', 'K67']] as const);
      return [`${n(1, 140)} ${r.pick(w('Ashfield Glenview Rathmore Clonskeagh Meadowbrook Oakpark'))} ${r.pick(w('Park Drive Grove Avenue Lawns'))}`, `${loc}, ${county}`, `${ek} ${letters(r, 1, 'ACDEFHKNPRTVWXY')}${n(1, 9)}${letters(r, 1, 'ACDEFHKNPRTVWXY')}${n(1, 9)}`];
    }
    case 'AU': {
      const [sub, st, pc] = r.pick([['Penrith', 'NSW', '2750'], ['Fitzroy', 'VIC', '3065'], ['Toowong', 'QLD', '4066'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045'], ['Sandy Bay', 'TAS', '7005'], ['Parramatta', 'NSW', '2150']] as const);
      return [`${r.chance(0.3) ? `${n(1, 40)}/` : ''}${n(1, 300)} ${r.pick(w('Wattle Banksia Jacaranda Koala Bottlebrush Mitchell Waratah Ironbark'))} ${r.pick(w('St Rd Pde Cres Ave Ct'))}`, `${r.chance(0.6) ? sub.toUpperCase() : sub} ${st} ${pc}`].concat(r.chance(0.1) ? ['Australia'] : []);
    }
    case 'BR': {
      const [city, uf, cep] = r.pick([['São Paulo', 'SP', '01'], ['Curitiba', 'PR', '80'], ['Belo Horizonte', 'MG', '30'], ['Porto Alegre', 'RS', '90'], ['Recife', 'PE', '50'], ['Campinas', 'SP', '13']] as const);
      return [`${r.pick(['Rua', 'Av.', 'Avenida', 'Travessa'])} ${r.pick(wb('Augusta|das Palmeiras|Sete de Setembro|XV de Novembro|Afonso Pena|dos Andradas|Boa Viagem'))}, ${n(10, 3200)}${r.chance(0.4) ? ` - Apto ${n(11, 204)}` : ''}`, `${r.pick(w('Consolação Centro Batel Savassi Moinhos Boa Vista Cambuí'))}, ${city} - ${uf}`, `${cep}${r.digits(3)}-${r.digits(3)}`];
    }
    case 'MX': {
      const [city, st, cp] = r.pick([['Ciudad de México', 'CDMX', '03'], ['Guadalajara', 'Jal.', '44'], ['Monterrey', 'N.L.', '64'], ['Puebla', 'Pue.', '72'], ['Querétaro', 'Qro.', '76']] as const);
      return [`${r.pick(['Av.', 'Calle', 'Blvd.'])} ${r.pick(wb('Insurgentes Sur|Reforma|Hidalgo|Juárez|Vallarta|Constitución|Morelos'))} ${n(10, 2800)}${r.chance(0.4) ? `, Int. ${n(1, 30)}` : ''}`, `Col. ${r.pick(wb('Del Valle|Roma Norte|Americana|Centro|Obispado|La Paz|Juriquilla'))}`, `C.P. ${cp}${r.digits(3)}, ${city}, ${st}`];
    }
    case 'IN': {
      const [city, pin] = r.pick([['Bengaluru', '560'], ['Pune', '411'], ['Chennai', '600'], ['Hyderabad', '500'], ['New Delhi', '110'], ['Kochi', '682'], ['Ahmedabad', '380']] as const);
      return [`${r.pick(['Flat', 'No.', 'House No.'])} ${n(1, 904)}, ${r.pick(wb('Sai Krupa Apartments|Green Meadows|Lakshmi Nivas|Prestige Shantiniketan|Shanti Kunj|Rose Villa'))}`, `${r.pick(['1st', '2nd', '3rd', '4th', '5th', '8th', '11th', '12th', '14th', '21st'])} ${r.pick(['Cross', 'Main'])}, ${r.pick(w('Indiranagar Kothrud Adyar Madhapur Kakkanad Navrangpura Jayanagar'))}`, `${city} ${r.chance(0.5) ? '- ' : ''}${pin}${r.digits(3)}`];
    }
    case 'ZA': {
      return [`${n(1, 220)} ${r.pick(w('Jacaranda Protea Acacia Marula Bloukrans Voortrekker Kloof'))} ${r.pick(['Street', 'Avenue', 'Road', 'Crescent'])}`, r.pick(wb('Menlo Park|Sea Point|Parkhurst|Umhlanga|Brooklyn|Observatory')), r.pick(['Pretoria', 'Cape Town', 'Johannesburg', 'Durban']), r.digits(4)];
    }
    case 'KR': {
      if (r.chance(0.5)) return [`서울특별시 ${r.pick(w('강남구 마포구 송파구 서초구 용산구'))} ${r.pick(w('테헤란로 월드컵로 올림픽로 반포대로 이태원로'))} ${n(1, 320)}, ${n(101, 1904)}호`];
      return [`${n(1, 320)}, ${r.pick(w('Teheran-ro Worldcup-ro Olympic-ro Banpo-daero Itaewon-ro'))}, ${r.pick(w('Gangnam-gu Mapo-gu Songpa-gu Seocho-gu Yongsan-gu'))}, Seoul ${r.digits(5)}`];
    }
    case 'JP': {
      if (r.chance(0.5)) return [jpKanjiAddr(r)];
      return [`${n(1, 5)}-${n(1, 30)}-${n(1, 20)} ${r.pick(wb('Jingumae, Shibuya-ku|Sangenjaya, Setagaya-ku|Umeda, Kita-ku|Sakae, Naka-ku'))}`, `${r.pick(['Tokyo', 'Osaka', 'Nagoya'])} ${r.digits(3)}-${r.digits(4)}`].concat(r.chance(0.3) ? ['Japan'] : []);
    }
    case 'AE': {
      if (r.chance(0.4)) return [`P.O. Box ${n(1000, 99999)}`, `${r.pick(['Dubai', 'Abu Dhabi', 'Sharjah'])}, United Arab Emirates`];
      return [`${r.pick(['Villa', 'Apartment'])} ${n(1, 2400)}, ${r.pick(wb('Street 4, Al Barsha 2|Al Wasl Road, Jumeirah 1|Marina Gate 2, Dubai Marina|Khalifa City A'))}`, `${r.pick(['Dubai', 'Abu Dhabi'])}, UAE`];
    }
  }
}
/** A Japanese address in kanji, prefecture first. */
function jpKanjiAddr(r: Rng): string {
  const base = r.pick(w('東京都渋谷区神宮前 東京都世田谷区三軒茶屋 大阪府大阪市北区梅田 愛知県名古屋市中区栄 神奈川県横浜市青葉区美しが丘 福岡県福岡市中央区天神'));
  return `${base}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}${r.chance(0.4) ? ` ${r.pick(['コーポ桜', 'メゾン青葉', 'グランドハイツ'])}${r.int(101, 905)}号室` : ''}`;
}
const addrOf = (r: Rng, cc: CC, ml = r.chance(0.55)): string => addrLines(r, cc).join(ml ? '\n' : ', ');

// ---------------------------------------------------------------- e-mail, cards, IBANs, SSNs, IPs
function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z]/g, '');
}
const MAIL_DOM: Partial<Record<CC, string[]>> = {
  US: w('gmail.com yahoo.com outlook.com icloud.com aol.com comcast.net'), GB: w('btinternet.com gmail.com hotmail.co.uk sky.com outlook.com'),
  DE: w('web.de gmx.de t-online.de gmail.com posteo.de'), FR: w('orange.fr free.fr laposte.net gmail.com'), ES: w('hotmail.es gmail.com telefonica.net'),
  IT: w('libero.it gmail.com virgilio.it'), NL: w('ziggo.nl kpnmail.nl gmail.com'), JP: w('docomo.ne.jp gmail.com yahoo.co.jp'), AU: w('bigpond.com gmail.com outlook.com.au'),
  BR: w('uol.com.br gmail.com terra.com.br'), IN: w('gmail.com rediffmail.com yahoo.co.in'), SE: w('telia.com gmail.com'), PL: w('wp.pl onet.pl gmail.com'),
  KR: w('naver.com daum.net'), CH: w('bluewin.ch gmx.ch'), ZA: w('mweb.co.za gmail.com'), MX: w('hotmail.com gmail.com prodigy.net.mx'),
};
function emailOf(r: Rng, p: P, cc: CC): string {
  const g = ascii(p.g) || 'info', s = ascii(p.s) || 'mail';
  const local = r.pick([`${g}.${s}`, `${g.charAt(0)}${s}`, `${s}.${g}${r.int(70, 99)}`, `${g}${s}${r.int(1, 999)}`, `${g}_${s}`, `${g}.${s.charAt(0)}`, `${s}${g.charAt(0)}${r.int(1, 31)}`]);
  return `${local}@${r.pick(MAIL_DOM[cc] ?? w('gmail.com outlook.com'))}`;
}
function withCheckDigit(payload: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(payload + c)) return payload + c;
  throw new Error('unreachable');
}
type Net = 'visa' | 'mc' | 'amex' | 'disc' | 'jcb' | 'diners' | 'up';
function cardDigits(r: Rng, net: Net = r.pick(['visa', 'visa', 'visa', 'mc', 'mc', 'amex', 'disc', 'jcb', 'diners', 'up'] as const)): string {
  const spec: Record<Net, () => [string, number]> = {
    visa: () => ['4' + r.digits(5), r.chance(0.06) ? 13 : 16],
    mc: () => [r.chance(0.7) ? String(r.int(51, 55)) + r.digits(4) : String(r.int(2221, 2720)) + r.digits(2), 16],
    amex: () => [r.pick(['34', '37']) + r.digits(4), 15],
    disc: () => [r.chance(0.5) ? '6011' + r.digits(2) : '65' + r.digits(4), 16],
    jcb: () => [String(r.int(3528, 3589)) + r.digits(2), 16],
    diners: () => [r.pick(['36', '38']) + r.digits(4), 14],
    up: () => ['62' + r.digits(4), r.chance(0.3) ? 19 : 16],
  };
  const [pre, len] = spec[net]();
  const d = withCheckDigit(pre + r.digits(len - pre.length - 1));
  if (!luhnValid(d)) throw new Error('bad card');
  return d;
}
function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (sep === '') return d;
  const pat = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : d.length === 13 ? [4, 3, 3, 3] : d.length === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const k of pat) { out.push(d.slice(i, i + k)); i += k; }
  return out.join(sep);
}
const cardOf = (r: Rng, net?: Net): string => groupCard(r, cardDigits(r, net));
/** A 16-digit card-like number that fails Luhn. */
function badCard(r: Rng): string {
  const d = cardDigits(r, 'visa');
  const last = (Number(d.charAt(15)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, 15) + last);
}
function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
const IBAN_ALPHA: Record<string, number> = { GB: 4, NL: 4, IE: 4 };
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc];
  if (!len) throw new Error(`no IBAN length for ${cc}`);
  const nAlpha = IBAN_ALPHA[cc] ?? 0;
  let bban = letters(r, nAlpha, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  if (cc === 'IT') bban = letters(r, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  bban += r.digits(len - 4 - bban.length);
  const check = 98 - mod97(bban + cc + '00');
  const iban = cc + p2(check) + bban;
  if (!ibanMod97Valid(iban) || iban.length !== len) throw new Error(`bad IBAN ${iban}`);
  return iban;
}
function groupIban(r: Rng, c: string): string {
  const v = r.chance(0.6) ? c.replace(/(.{4})(?=.)/g, '$1 ') : c;
  return r.chance(0.08) ? v.toLowerCase() : v;
}
const ibanOf = (r: Rng, cc: string): string => groupIban(r, ibanCompact(r, cc));
/** An IBAN with one digit changed (fails mod 97). */
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const i = c.length - 1 - r.int(0, 5);
  const bad = c.slice(0, i) + String((Number(c.charAt(i)) + r.int(1, 9)) % 10) + c.slice(i + 1);
  return groupIban(r, bad);
}
const IBAN_CC: Partial<Record<CC, string>> = { GB: 'GB', DE: 'DE', FR: 'FR', ES: 'ES', IT: 'IT', NL: 'NL', CH: 'CH', AT: 'AT', PL: 'PL', IE: 'IE', SE: 'SE', AE: 'AE', BR: 'BR' };
function ssnOf(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, '0')}-${p2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  const k = r.next();
  return k < 0.8 ? s : k < 0.9 ? s.replace(/-/g, ' ') : s.replace(/-/g, '');
}
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
const badSsn = (r: Rng): string => r.pick([`000-${p2(r.int(10, 99))}-${r.digits(4)}`, `666-${p2(r.int(10, 99))}-${r.digits(4)}`, `9${r.digits(2)}-${p2(r.int(70, 88))}-${r.digits(4)}`, `${r.int(100, 899)}-00-${r.digits(4)}`]);
function ipv4(r: Rng): string {
  const k = r.next();
  if (k < 0.2) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k < 0.35) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (k < 0.42) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([23, 31, 45, 62, 77, 81, 89, 91, 102, 109, 145, 151, 176, 185, 188, 193, 203, 212, 217])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const k = r.next();
  if (k < 0.35) return `2a02:${h()}:${h()}:${h()}::${h()}`;
  if (k < 0.6) return `2001:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (k < 0.8) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  return `2600:${h()}:${h()}::${h()}:${h()}`.toUpperCase();
}
const ipOf = (r: Rng): string => (r.chance(0.72) ? ipv4(r) : ipv6(r));

// ---------------------------------------------------------------- vehicles, dealers, distractors
const VEHICLES = wb('Ford Focus|Ford Ranger|Ford Mustang Mach-E|Ford Transit Custom|Toyota Corolla|Toyota RAV4 Hybrid|Toyota Hilux|Toyota Yaris Cross|Toyota Land Cruiser|Honda Civic|Honda CR-V|Mazda CX-5|Nissan Leaf|Nissan Qashqai|Subaru Outback|Kia Sportage|Kia Ceed|Kia Sorento|Hyundai Ioniq 5|Hyundai Santa Fe|Hyundai Tucson|Volkswagen Golf|VW ID.4|Škoda Octavia Combi|Peugeot 3008|Renault Clio|Citroën C4|Dacia Duster|Opel Astra|Fiat 500e|Alfa Romeo Giulia|Volvo XC60|BMW 320d Touring|Audi A4 Avant|Mercedes-Benz GLC 300|Mercedes-Benz Sprinter|Porsche Cayenne|Porsche Macan|Ferrari Roma|Lamborghini Urus|Aston Martin DB12|Bentley Continental GT|Morgan Plus Four|Rolls-Royce Ghost|Tesla Model Y|Tesla Model 3|Polestar 2|Cupra Born|MG4 EV|BYD Atto 3|Suzuki Swift|Dodge Durango|Chevrolet Silverado 1500|Chevrolet Malibu|Lincoln Aviator|Jeep Grand Cherokee|Chrysler Pacifica|Lexus RX 450h|Mini Cooper SE|Land Rover Defender 110');
const VINCH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const vin = (r: Rng): string => r.pick(['WVW', 'WBA', 'VF3', 'JTD', 'KMH', '1FA', '5YJ', 'SAL', 'ZFA', 'YV1', 'TMB', 'KNA', '3GN']) + letters(r, 14, VINCH);
function plate(r: Rng, cc: CC): string {
  const L = (n: number): string => letters(r, n, 'ABCDEFGHJKLMNPRSTVWXYZ');
  switch (cc) {
    case 'GB': return `${L(2)}${r.int(10, 74)} ${L(3)}`;
    case 'DE': return `${r.pick(['S', 'M', 'K', 'L', 'HH', 'B', 'WOB'])}-${L(2)} ${r.int(1, 9999)}${r.chance(0.2) ? 'E' : ''}`;
    case 'FR': return `${L(2)}-${r.digits(3)}-${L(2)}`;
    case 'ES': return `${r.digits(4)} ${letters(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}`;
    case 'IT': return `${L(2)} ${r.digits(3)}${L(2)}`;
    case 'NL': return `${r.digits(2)}-${L(3)}-${r.digits(1)}`;
    case 'SE': return `${L(3)} ${r.digits(2)}${L(1)}`;
    case 'PL': return `${r.pick(['WA', 'KR', 'PO', 'GD'])} ${r.digits(5)}`;
    case 'IE': return `${r.int(151, 252)}-${r.pick(['D', 'C', 'G', 'L', 'KE'])}-${r.int(100, 99999)}`;
    case 'CH': return `${r.pick(['ZH', 'BE', 'BS', 'LU', 'VD'])} ${r.int(1000, 999999)}`;
    case 'AT': return `${r.pick(['W', 'G', 'L', 'S'])}-${r.int(100, 99999)} ${L(1)}`;
    case 'JP': return `${r.pick(['品川', '横浜', '名古屋', 'なにわ'])} ${r.int(300, 599)} ${r.pick(['あ', 'さ', 'ろ', 'わ'])} ${r.digits(2)}-${r.digits(2)}`;
    case 'KR': return `${r.int(12, 399)}${r.pick(['가', '나', '라', '허'])} ${r.digits(4)}`;
    case 'AU': return `${L(3)}-${r.digits(3)}`;
    case 'BR': return `${L(3)}${r.digits(1)}${L(1)}${r.digits(2)}`;
    default: return `${r.digits(1)}${L(3)}${r.digits(3)}`;
  }
}
const DEALER_WORDS = w('Kingsway Riverside Northgate Summit Harbour Meridian Crossroads Lakeshore Highfield Westpoint Sterling Beacon Orchard Redwood Parkside');
function dealer(r: Rng, cc: CC): { name: string; dom: string } {
  const wd = r.pick(DEALER_WORDS);
  const mk = r.pick(w('Toyota Ford Kia Hyundai Volkswagen Škoda Peugeot Renault Nissan Mazda Volvo Honda'));
  const name = ({
    DE: `Autohaus ${wd} GmbH`, AT: `Autohaus ${wd} GmbH`, CH: `Garage ${wd} AG`, FR: `Garage ${wd} ${mk} SAS`, ES: `Concesionario ${wd} Motor S.L.`,
    IT: `Autosalone ${wd} S.r.l.`, NL: `Autobedrijf ${wd} B.V.`, SE: `${wd} Bil AB`, PL: `Salon ${wd} Auto Sp. z o.o.`, JP: `${mk}販売 ${wd}店`, BR: `${wd} Veículos Ltda.`, MX: `Autos ${wd} S.A. de C.V.`,
  } as Partial<Record<CC, string>>)[cc] ?? `${wd} ${mk}`;
  const tld = ({ GB: 'co.uk', DE: 'de', AT: 'at', CH: 'ch', FR: 'fr', ES: 'es', IT: 'it', NL: 'nl', SE: 'se', PL: 'pl', JP: 'co.jp', AU: 'com.au', BR: 'com.br', MX: 'mx', IN: 'in', IE: 'ie', ZA: 'co.za', KR: 'co.kr', CA: 'ca', AE: 'ae' } as Partial<Record<CC, string>>)[cc] ?? 'com';
  return { name, dom: `${wd.toLowerCase()}${r.pick(['-motors', 'auto', '-' + ascii(mk), 'cars'])}.${tld}` };
}
const hex = (r: Rng, n: number): string => { let s = ''; for (let i = 0; i < n; i++) s += r.int(0, 15).toString(16); return s; };
const BOTS = w('Aria Max Nova Otto Vela Sky Juno Remi');
/** One distractor sentence with no PII in it. */
function trap(r: Rng, cc: CC): string {
  const k = r.int(0, 27);
  const L = (n: number): string => letters(r, n);
  switch (k) {
    case 0: return `Recall campaign ${r.int(19, 25)}V-${r.digits(3)} (Takata inflator) covers VINs ${vin(r)} to ${vin(r)}.`;
    case 1: return `RO-${r.digits(6)} opened ${recentDate(r, cc)} at ${p2(r.int(7, 18))}:${p2(r.int(0, 59))}, mileage ${r.int(3, 190)},${r.digits(3)} km.`;
    case 2: return `Head unit software version ${r.int(1, 12)}.${r.int(0, 40)}.${r.int(0, 9)}.${r.int(100, 250)} — please do not downgrade.`;
    case 3: return `Build hash ${hex(r, 40)}, checksum sha256:${hex(r, 24)}…`;
    case 4: return `Under the Magnuson-Moss Warranty Act and the state Lemon Law you keep your warranty rights.`;
    case 5: return `Our next customer evening is at the Henry Ford Museum, then the Mercedes-Benz Stadium tour on ${recentDate(r, cc)}.`;
    case 6: return `Voucher no. ${badCard(r)} (not a payment card) is valid until ${recentDate(r, cc)}.`;
    case 7: return `Dealer EIN ${r.digits(2)}-${r.digits(7)}, floorplan bank routing no. 0${r.digits(8)}.`;
    case 8: return `Tracking: 1Z${L(6)}${r.digits(10)} via DHL Express, order ORD-${r.int(2023, 2026)}-${r.digits(6)}.`;
    case 9: return `The car was caught in Hurricane Helene flooding, so check the Carfax report (case ${L(2)}-${r.digits(7)}).`;
    case 10: return `Card on file: **** **** **** ${r.digits(4)} (exp ${p2(r.int(1, 12))}/${r.int(26, 31)}).`;
    case 11: return `Old account ${badIban(r, r.pick(['DE', 'GB', 'FR', 'NL', 'ES']))} was rejected as invalid by the bank.`;
    case 12: return `Contact number on the old file was ***-***-${r.digits(4)}; SSN on file ${maskedSsn(r)}.`;
    case 13: return `Team Porsche Penske and the Ford Performance crew will be at the Nürburgring on ${recentDate(r, cc)}.`;
    case 14: return `Stock #${L(1)}${r.digits(5)}, ${r.pick(VEHICLES)}, list price ${r.int(18, 95)},${r.int(100, 999)}.00, ${r.int(2, 48)} days on lot.`;
    case 15: return `Timestamp 20${r.int(24, 26)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z, job ${hex(r, 8)}-${hex(r, 4)}.`;
    case 16: return `Parts: ${r.digits(5)}-${L(3)}-${r.digits(3)} brake pads, ${r.pick(['Bosch', 'Brembo', 'Denso', 'Ferodo'])} discs, torque ${r.int(80, 180)} Nm.`;
    case 17: return `Note: Lou Gehrig's disease and Parkinson's are listed conditions for the Blue Badge adaptive-controls grant.`;
    case 18: return `Tyre DOT code ${r.digits(4)}, pressure ${r.int(2, 3)}.${r.int(0, 9)} bar, APR ${r.int(2, 12)}.${r.int(0, 9)}% over ${r.pick([24, 36, 48, 60])} months.`;
    case 19: return `The ${r.pick(['Mercedes', 'Ferrari', 'Bentley', 'Morgan', 'Lincoln', 'Chevrolet', 'Dodge'])} Owners Club meets at Lincoln Park every ${r.pick(['first Sunday', 'second Saturday'])}.`;
    case 20: return `Loan ref LN${r.digits(10)}, sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, BIC ${L(4)}${r.pick(['DE', 'GB', 'FR', 'NL'])}${L(2)}XXX.`;
    case 21: return `Diagnostic P0${r.digits(3)} and U0${r.digits(3)} stored; Android Auto ${r.int(10, 14)}.${r.int(0, 9)}.${r.digits(6)} connected.`;
    case 22: return `Booked on the Queen Mary 2 shipping slot, ETA ${recentDate(r, cc)}, container ${L(4)}${r.digits(7)}.`;
    case 23: return `Rewards member tier: Gold, ${r.int(1, 90)},${r.digits(3)} points, referral code ${L(3)}${r.digits(3)}.`;
    case 24: return `The Will and Grant Scheme rebate applies; May deliveries are Bill-to-dealer.`;
    case 25: return `Server build 10.0.${r.int(17000, 26000)}.${r.int(100, 9999)}, DMS client v${r.int(3, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.`;
    case 26: return `Appointment confirmed for ${recentDate(r, cc)} at ${r.int(8, 17)}:${r.pick(['00', '15', '30', '45'])}, bay ${r.int(1, 14)}.`;
    default: return `Policy no. ${L(3)}/${r.digits(7)}/${r.int(23, 26)}, claim CLM-${r.digits(8)}.`;
  }
}

// ---------------------------------------------------------------- document builder
const HON: Record<string, readonly string[]> = {
  en: ['Mr. ', 'Ms. ', 'Mrs. ', 'Dr. ', 'Mr ', 'Mrs '], de: ['Herr ', 'Frau ', 'Hr. ', 'Fr. ', 'Dr. '], fr: ['M. ', 'Mme ', 'Madame ', 'Monsieur '],
  es: ['Sr. ', 'Sra. ', 'Don ', 'Doña '], it: ['Sig. ', 'Sig.ra ', 'Dott. '], nl: ['dhr. ', 'mevr. ', 'de heer '], pt: ['Sr. ', 'Sra. '],
};
const HON_OF: Record<string, string> = { de: 'de', fr: 'fr', es: 'es', mx: 'es', it: 'it', nl: 'nl', pt: 'pt' };

class G {
  text = '';
  readonly labels: Independent50Label[] = [];
  readonly known: string[] = [];
  constructor(readonly r: Rng, public cc: CC) {}
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, v: string): this {
    if (!v || v.trim() !== v) throw new Error(`untrimmed ${type} value ${JSON.stringify(v)}`);
    const start = this.text.length;
    this.text += v;
    this.labels.push({ type, start, end: this.text.length, value: v });
    return this;
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  ch(p: number): boolean {
    return this.r.chance(p);
  }
  /** Picks a country for this document. */
  in(ccs: readonly CC[]): CC {
    this.cc = this.r.pick(ccs);
    return this.cc;
  }
  person(cc: CC = this.cc): P {
    const r = this.r;
    const cul = r.pick(CULTURES_OF[cc]);
    const c = CUL[cul] as Culture;
    const g = r.pick(c.g);
    let s = r.pick(c.s);
    if ((cul === 'es' || cul === 'mx' || cul === 'pt') && r.chance(0.4)) {
      const s2 = r.pick(c.s);
      if (s2 !== s) s = `${s} ${s2}`;
    }
    const home = (cul === 'ja' && cc === 'JP') || (cul === 'ko' && cc === 'KR') || cul === 'hu';
    let full = c.fg && (home || r.chance(0.25)) ? `${s} ${g}` : `${g} ${s}`;
    if (cul === 'en' && r.chance(0.15)) full = `${g} ${letters(r, 1, 'ABCDEGJKLMPRST')}. ${s}`;
    return { g, s, full, cul };
  }
  full(p: P): this {
    return this.l('PERSON', p.full);
  }
  /** The user's own full name: labelled and recorded in knownNames. */
  self(p: P): this {
    if (!this.known.includes(p.full)) this.known.push(p.full);
    return this.l('PERSON', p.full);
  }
  /** Some way of referring to a person (honorific outside the span). */
  ref(p: P): this {
    const k = this.r.int(0, 11);
    if (k <= 3) return this.full(p);
    if (k <= 5) {
      if (p.cul === 'ja') return this.l('PERSON', p.s).t(this.pick(['-san', ' san', 'さん', '様']));
      if (p.cul === 'ko') return this.l('PERSON', p.full).t(this.pick([' 씨', '님', ' 님']));
      return this.t(this.pick(HON[HON_OF[p.cul] ?? 'en'] as readonly string[])).l('PERSON', p.s);
    }
    if (k === 6) return this.l('PERSON', p.g);
    if (k === 7) return this.l('PERSON', `${p.g.charAt(0)}. ${p.s}`);
    if (k === 8) return this.l('PERSON', `${p.s}, ${p.g}`);
    if (k === 9) return this.l('PERSON', p.full.toUpperCase());
    if (k === 10) return this.l('PERSON', p.full.toLowerCase());
    return this.t(this.pick(['Dr. ', 'Prof. ', 'Mx. ', 'Capt. '])).l('PERSON', p.full);
  }
  ph(cc: CC = this.cc): this {
    return this.l('PHONE', phoneOf(this.r, cc));
  }
  em(p: P, cc: CC = this.cc): this {
    return this.l('EMAIL', emailOf(this.r, p, cc));
  }
  role(dom: string, box?: string): this {
    return this.l('EMAIL', `${box ?? this.pick(w('service sales finance info noreply parts bookings aftersales leads customercare'))}@${dom}`);
  }
  ad(cc: CC = this.cc, ml?: boolean): this {
    return this.l('ADDRESS', addrOf(this.r, cc, ml));
  }
  dob(cc: CC = this.cc): this {
    return this.l('DOB', dobOf(this.r, cc));
  }
  card(net?: Net): this {
    return this.l('CARD', cardOf(this.r, net));
  }
  iban(cc: CC = this.cc): this {
    return this.l('IBAN', ibanOf(this.r, IBAN_CC[cc] ?? 'DE'));
  }
  ssn(): this {
    return this.l('NATIONAL_ID', ssnOf(this.r));
  }
  ip(): this {
    return this.l('IP', ipOf(this.r));
  }
  date(): this {
    return this.t(recentDate(this.r, this.cc));
  }
  trap(): this {
    return this.t(trap(this.r, this.cc));
  }
  veh(): string {
    return `${this.r.int(2012, 2026)} ${this.pick(VEHICLES)}`;
  }
  bot(): string {
    return this.pick(BOTS);
  }
  /** A chat turn prefix. */
  #up?: string;
  #ap?: string;
  u(): this {
    this.#up ??= this.pick(['\nUser: ', '\nCustomer: ', '\n> ', '\nme: ', '\nVisitor: ']);
    return this.t(this.#up);
  }
  a(name: string): this {
    this.#ap ??= this.pick([`\nAssistant: `, `\n${name}: `, `\n${name} (AI): `, '\nBot: ']);
    return this.t(this.#ap);
  }
}
const ALL: readonly CC[] = w('US GB DE FR ES IT NL JP AU CA BR MX IN SE PL IE ZA KR CH AE AT') as CC[];
const EN_CC: readonly CC[] = ['US', 'GB', 'AU', 'CA', 'IE', 'ZA', 'IN', 'AE'];
const IBAN_CCS: readonly CC[] = ['GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'CH', 'AT', 'PL', 'IE', 'SE', 'AE'];

// ---------------------------------------------------------------- templates with PII
type T = (g: G) => void;
/** Templates drawn a little more often so that SSNs, cards, IBANs and IPs reach every seed in good numbers. */
const BOOST: T[] = [];
function boost(f: T): T {
  BOOST.push(f);
  return f;
}
const POS: T[] = [
  // web lead / test-drive booking form
  (g) => {
    const cc = g.in(ALL), p = g.person(), d = dealer(g.r, cc);
    g.t(`New lead — ${d.name}\nSource: website test-drive form\nVehicle: ${g.veh()}\nName: `).full(p).t('\nEmail: ').em(p).t('\nPhone: ').ph().t('\nPreferred date: ').date();
    g.t(`\nComments: ${g.pick(['Can I bring my dog?', 'Only free after work.', 'Interested in the hybrid.', 'Need a tow bar.'])}\nAssigned to: `).ref(g.person()).t('\n');
  },
  // assistant chat: test drive
  (g) => {
    const cc = g.in(EN_CC), p = g.person(), b = g.bot(), d = dealer(g.r, cc);
    g.t(`[chat widget — ${d.name}]`).a(b).t(`Hi! I'm ${b}, the virtual assistant. How can I help?`).u().t(`I'd like to test drive the ${g.pick(VEHICLES)} this ${g.pick(w('Saturday Friday weekend'))}`);
    g.a(b).t('Sure. Could I have your full name and a mobile number?').u().t(g.pick(['', 'sure, ', 'It is '])).self(p).t(g.pick([', ', ' - ', '\n'])).ph();
    g.a(b).t('Thanks! And an e-mail for the confirmation?').u().em(p).a(b).t(`Booked. ${g.pick(['Our product genius', 'Your sales advisor', 'Our specialist'])} `).ref(g.person()).t(' will meet you at the showroom. ').trap();
  },
  // assistant chat: trade-in
  (g) => {
    const cc = g.in(['GB', 'US', 'AU', 'IE', 'CA']), p = g.person(), b = g.bot();
    g.a(b).t('Let\'s value your trade-in. Registration or VIN?').u().t(`${plate(g.r, cc)} - it's a ${g.veh()}, ${g.r.int(20, 160)}k miles, one owner`);
    g.a(b).t('Great. Where should we send the appraisal?').u().t('name is ').self(p).t(', ').em(p).t(g.pick([' or text me on ', ', mobile '])).ph();
    if (g.ch(0.6)) g.u().t('and the car is kept at ').ad(cc, false).t(' if your buyer wants to inspect it');
    g.a(b).t('Thanks ').l('PERSON', p.g).t(`, an indicative offer is ${g.r.int(4, 38)},${g.r.int(100, 999)}. `).trap();
  },
  // assistant chat: US finance pre-qualification
  boost(boost((g) => {
    g.in(['US']);
    const p = g.person(), b = g.bot();
    g.a(b).t('To pre-qualify you for financing I need a few details. This is a soft pull and will not affect your score.').u().t('ok. ').self(p).t(', born ').dob().t(g.pick([', social is ', ', ssn ', '. SSN: '])).ssn();
    g.u().t('address ').ad('US', false).t(' and cell ').ph();
    g.a(b).t(`Thank you. Your pre-approval is valid until `).date().t('. ').trap();
  })),
  // US credit application
  boost(boost((g) => {
    g.in(['US']);
    const p = g.person(), co = g.person(), d = dealer(g.r, 'US');
    g.t(`${d.name.toUpperCase()} — RETAIL INSTALLMENT CREDIT APPLICATION\nDeal #${g.r.digits(6)}   Date: `).date().t('\n\nAPPLICANT\nName (Last, First): ').l('PERSON', `${p.s}, ${p.g}`).t('\nDate of Birth: ').dob().t('   SSN: ').ssn();
    g.t('\nHome Address: ').ad('US', false).t(`   Time at address: ${g.r.int(0, 20)} yrs\nCell: `).ph().t('   Email: ').em(p).t(`\nEmployer: ${g.pick(['Meridian Logistics LLC', 'Ford Motor Company', 'Tesla Gigafactory', 'St. Jude Hospital', 'Walgreens #4471'])}   Monthly income: $${g.r.int(2, 14)},${g.r.digits(3)}`);
    if (g.ch(0.6)) g.t('\n\nCO-APPLICANT\nName: ').full(co).t('   DOB: ').dob().t('   SSN: ').ssn().t('\nPhone: ').ph();
    g.t('\n\nPrevious SSN on file (ignore): ').t(g.ch(0.5) ? maskedSsn(g.r) : badSsn(g.r)).t(`\nSalesperson: `).ref(g.person()).t('\n');
  })),
  // UK PCP application
  boost((g) => {
    g.in(['GB']);
    const p = g.person();
    g.t('PCP finance proposal\nTitle: ').t(g.pick(['Mr', 'Mrs', 'Miss', 'Ms', 'Dr'])).t('\nFull name: ').full(p).t('\nDate of birth: ').dob().t('\nCurrent address:\n').ad('GB', true).t(`\nTime at address: ${g.r.int(0, 15)} years ${g.r.int(0, 11)} months\n`);
    if (g.ch(0.5)) g.t('Previous address:\n').ad('GB', true).t('\n');
    g.t('Mobile: ').ph().t('\nEmail: ').em(p).t(`\nBank: sort code ${g.r.digits(2)}-${g.r.digits(2)}-${g.r.digits(2)}, IBAN `).iban('GB').t(`\nVehicle: ${g.veh()} (${plate(g.r, 'GB')}), deposit £${g.r.int(1, 9)},${g.r.digits(3)}\n`);
  }),
  // German finance application
  boost((g) => {
    g.in(['DE', 'AT']);
    const p = g.person(), d = dealer(g.r, g.cc);
    g.t(`${d.name}\nFinanzierungsantrag Nr. ${g.r.digits(8)}\n\nAntragsteller: `).full(p).t('\nGeburtsdatum: ').dob().t('\nAnschrift: ').ad(g.cc, false).t('\nTelefon: ').ph().t('\nE-Mail: ').em(p);
    g.t(`\nArbeitgeber: ${g.pick(['Bosch GmbH', 'Porsche AG', 'Stadtwerke', 'Siemens Mobility'])}, seit ${g.r.int(2001, 2023)}\nBankverbindung (SEPA-Lastschrift): `).iban().t(`\nSCHUFA-Auskunft eingeholt am `).date().t(`, Score ${g.r.int(80, 99)},${g.r.digits(2)} %\nBearbeiter: `).ref(g.person('DE')).t('\n');
  }),
  // Spanish finance application
  boost((g) => {
    g.in(['ES']);
    const p = g.person();
    g.t(`Solicitud de financiación — ${g.veh()}\nTitular: `).full(p).t(`\nDNI/NIE: ${g.r.digits(8)}${letters(g.r, 1)}\nFecha de nacimiento: `).dob().t('\nDomicilio: ').ad('ES', false).t('\nMóvil: ').ph().t('\nCorreo: ').em(p).t('\nCuenta de cargo (IBAN): ').iban('ES');
    g.t(`\nCIRBE consultada el `).date().t('. Gestor: ').ref(g.person('ES')).t('\n');
  }),
  // French LOA application
  boost((g) => {
    g.in(['FR']);
    const p = g.person();
    g.t(`Demande de location avec option d'achat (LOA)\nVéhicule : ${g.veh()}\nNom, prénom : `).l('PERSON', `${p.s.toUpperCase()} ${p.g}`).t('\nNé(e) le : ').dob().t('\nAdresse :\n').ad('FR', true).t('\nTél. : ').ph().t('\nCourriel : ').em(p).t('\nRIB / IBAN : ').iban('FR').t(`\nNuméro fiscal (non contrôlé) : ${g.r.digits(2)} ${g.r.digits(2)} ${g.r.digits(3)} ${g.r.digits(3)} ${g.r.digits(3)}\n`);
  }),
  // credit bureau report
  boost(boost((g) => {
    g.in(['US']);
    const p = g.person();
    g.t(`CREDIT REPORT — SOFT INQUIRY   Pulled: `).date().t(`\nSubject: `).l('PERSON', p.full.toUpperCase()).t('   SSN: ').ssn().t('   DOB: ').dob().t('\nCurrent address: ').ad('US', false);
    if (g.ch(0.6)) g.t('\nFormer address: ').ad('US', false);
    g.t(`\nAKA: `).l('PERSON', `${p.g.charAt(0)}. ${p.s}`.toUpperCase()).t(`\nScore: ${g.r.int(520, 830)} (FICO Auto 8)\nTradelines: ${g.r.int(2, 19)} open, ${g.r.int(0, 3)} derogatory\nInquiry by dealer EIN ${g.r.digits(2)}-${g.r.digits(7)}\nPhone on file: `).ph().t('\n');
  })),
  // DMS CSV export
  (g) => {
    const cc = g.in(ALL);
    g.t(`# DMS export customers_${g.r.int(2024, 2026)}${p2(g.r.int(1, 12))}.csv\ncustomer_id,name,email,phone,vin,last_service\n`);
    const n = g.r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const p = g.person(cc);
      g.t(`C${g.r.digits(6)},`).l('PERSON', g.ch(0.4) ? `${p.s}, ${p.g}` : p.full).t(',').em(p).t(',').ph().t(`,${vin(g.r)},${g.r.int(2023, 2026)}-${p2(g.r.int(1, 12))}-${p2(g.r.int(1, 28))}\n`);
    }
  },
  // DMS JSON export
  boost(boost((g) => {
    const cc = g.in(ALL);
    const p = g.person();
    g.t('{\n  "dealCode": "D-').t(g.r.digits(7)).t('",\n  "buyer": {\n    "name": "').full(p).t('",\n    "dob": "').l('DOB', `${g.r.int(1950, 2004)}-${p2(g.r.int(1, 12))}-${p2(g.r.int(1, 28))}`).t('",\n    "email": "').em(p).t('",\n    "mobile": "').ph().t('",\n    "address": "').l('ADDRESS', addrLines(g.r, cc).join(', ')).t('"');
    if (IBAN_CC[cc] && g.ch(0.6)) g.t(',\n    "iban": "').l('IBAN', ibanCompact(g.r, IBAN_CC[cc] as string)).t('"');
    if (cc === 'US' && g.ch(0.6)) g.t(',\n    "ssn": "').ssn().t('"');
    g.t(`\n  },\n  "vehicle": { "vin": "${vin(g.r)}", "model": "${g.pick(VEHICLES)}", "odometer": ${g.r.int(5, 200000)} },\n  "createdBy": "`).ref(g.person(cc)).t(`",\n  "createdAt": "${g.r.int(2024, 2026)}-${p2(g.r.int(1, 12))}-${p2(g.r.int(1, 28))}T${p2(g.r.int(0, 23))}:${p2(g.r.int(0, 59))}:00Z"\n}\n`);
  })),
  // workshop job card
  (g) => {
    const cc = g.in(ALL), p = g.person(), d = dealer(g.r, cc);
    g.t(`JOB CARD ${g.r.digits(6)} — ${d.name}\nCustomer: `).ref(p).t('   Tel: ').ph().t(`\nVehicle: ${g.veh()}  Reg: ${plate(g.r, cc)}  VIN: ${vin(g.r)}\nIn: `).date().t(`   Odometer: ${g.r.int(1000, 240000)}\nWork requested: ${g.pick(['annual service + brake fluid', 'rattle from rear nearside', 'EV battery health check', 'timing belt', 'AC regas'])}\nTechnician: `).ref(g.person(cc)).t('   QC: ').ref(g.person(cc)).t('\n').trap().t('\n');
  },
  // MOT reminder letter
  (g) => {
    g.in(['GB']);
    const p = g.person(), d = dealer(g.r, 'GB');
    g.t(`${d.name}\n`).ad('GB', true).t('\n\n').t(g.pick(['Mr ', 'Mrs ', 'Ms ', ''])).full(p).t('\n').ad('GB', true).t(`\n\nDear `).ref(p).t(`,\nThe MOT for your ${g.pick(VEHICLES)} (${plate(g.r, 'GB')}) expires on `).date().t('. Call us on ').ph().t(' or book online. Previous test no. ').t(`${g.r.digits(4)} ${g.r.digits(4)} ${g.r.digits(4)}`).t('.\n\nYours sincerely,\n').full(g.person('GB')).t('\nService Manager\n');
  },
  // German HU reminder
  (g) => {
    g.in(['DE', 'AT']);
    const p = g.person(), d = dealer(g.r, g.cc);
    g.t(`Erinnerung: Hauptuntersuchung (HU/AU) fällig im ${g.pick(MONTHS.de as string[])} ${g.r.int(2025, 2027)}\n\n`).t(g.pick(['Sehr geehrte Frau ', 'Sehr geehrter Herr '])).l('PERSON', p.s).t(`,\n\nIhr Fahrzeug ${plate(g.r, 'DE')} ist zur HU fällig. Wir haben einen Termin am `).date().t(' reserviert. Halter laut Zulassungsbescheinigung Teil I: ').full(p).t(', ').ad(g.cc, false).t(`.\nRückfragen: `).ph().t(' oder ').role(d.dom).t(`.\n\nMit freundlichen Grüßen\n`).full(g.person('DE')).t(`\n${d.name}\n`);
  },
  // recall letter
  (g) => {
    const cc = g.in(['US', 'CA', 'AU', 'GB']), p = g.person();
    g.t(`IMPORTANT SAFETY RECALL\nNHTSA Campaign ${g.r.int(20, 25)}V${g.r.digits(3)} / Manufacturer ${letters(g.r, 2)}${g.r.digits(3)}\n\n`).l('PERSON', p.full.toUpperCase()).t('\n').l('ADDRESS', addrLines(g.r, cc).join('\n').toUpperCase()).t(`\n\nVIN: ${vin(g.r)}\n\nDear `).ref(p).t(`:\nThe airbag inflator in your vehicle may rupture. Repairs are free. Call `).ph().t(` Monday–Friday. `).trap().t('\n');
  },
  // roadside assistance transcript
  boost((g) => {
    const cc = g.in(['US', 'GB', 'AU', 'CA', 'IE']), p = g.person(), agent = g.person();
    g.t(`[Roadside Assistance — call ${g.r.digits(9)} — ${g.r.int(0, 23)}:${p2(g.r.int(0, 59))}]\nAGENT (`).l('PERSON', agent.g).t(`): Roadside, you're speaking with `).l('PERSON', agent.g).t('. Can I take your name?\nCALLER: Yeah it\'s ').full(p).t(`. My ${g.pick(VEHICLES)} just died on the motorway, near ${g.pick(['junction 14', 'the Shell garage', 'exit 32B', 'the Big Banana'])}.\nAGENT: And the best number to call you back?\nCALLER: `).l('PHONE', spokenPhone(g.r, cc));
    g.t('\nAGENT: Thanks. Home address for the membership?\nCALLER: ').ad(cc, false).t(`\nAGENT: The tow isn't covered on your plan, it's ${g.r.int(90, 240)}. Card number?\nCALLER: `).card().t(`, expiry ${p2(g.r.int(1, 12))}/${g.r.int(26, 31)}\nAGENT: Done. ETA ${g.r.int(20, 90)} minutes.\n`);
  }),
  // US title transfer
  (g) => {
    g.in(['US']);
    const s = g.person(), b = g.person();
    g.t(`APPLICATION FOR CERTIFICATE OF TITLE — ${g.pick(['OHIO BMV', 'TEXAS DMV Form 130-U', 'CA DMV REG 227'])}\nVIN ${vin(g.r)}   Odometer ${g.r.int(1000, 200000)} (actual)\nSELLER: `).full(s).t('\n').ad('US', false).t('\nBUYER: ').full(b).t('   DOB ').dob().t('\n').ad('US', false).t('\nBuyer phone: ').ph().t(`\nSale price $${g.r.int(2, 60)},${g.r.digits(3)}   Date of sale: `).date().t(`\nLienholder: ${g.pick(['Ally Financial', 'Capital One Auto', 'Chase Auto', 'none'])}\nSignature: `).l('PERSON', b.full).t('\n');
  },
  // UK V5C change of keeper
  (g) => {
    g.in(['GB']);
    const p = g.person();
    g.t(`V5C section 2 — new keeper details (${plate(g.r, 'GB')})\nName: `).l('PERSON', p.full.toUpperCase()).t('\nAddress: ').ad('GB', true).t('\nDate of sale: ').date().t(`\nDocument reference: ${g.r.digits(11)}\nNote: keeper's date of birth `).dob().t(' confirmed against driving licence.\n');
  },
  // complaint e-mail from the user
  (g) => {
    const cc = g.in(ALL), p = g.person(), d = dealer(g.r, cc), mgr = g.person();
    g.t('From: ').self(p).t(' <').em(p).t('>\nTo: ').role(d.dom).t(`\nSubject: Still waiting for my ${g.pick(VEHICLES)}\n\nHello `).ref(mgr).t(`,\n\nI ordered on `).date().t(` and was promised delivery within six weeks. Nobody calls back. ${g.pick(['Your colleague', 'The salesman', 'Your finance guy'])} `).ref(g.person()).t(` said it was "on the boat".\n`).trap().t('\nPlease call me on ').ph().t('.\n\nRegards,\n').l('PERSON', p.g).t('\n');
  },
  // e-mail paying by card
  boost((g) => {
    const cc = g.in(EN_CC), p = g.person(), d = dealer(g.r, cc);
    g.t('Hi ').ref(g.person()).t(`,\nPlease take the £/$${g.r.int(200, 2500)} reservation deposit for the ${g.pick(VEHICLES)} from my card `).card().t(` exp ${p2(g.r.int(1, 12))}/${g.r.int(26, 31)} cvv ${g.r.digits(3)}.\nBilling address is `).ad(cc, false).t('.\nThanks,\n').self(p).t('\n').ph().t('\n\n---\nReply from ').role(d.dom, 'sales').t(': please never send card numbers by e-mail — we have deleted it. Card ending ').t(g.r.digits(4)).t(' will be charged by phone instead.\n');
  }),
  // chat deposit with card
  boost((g) => {
    g.in(EN_CC);
    const p = g.person(), b = g.bot();
    g.u().t(`hi can i put a deposit down on stock ${letters(g.r, 1)}${g.r.digits(5)}`).a(b).t('Of course. Please use the secure payment link; I can\'t take card numbers in chat.').u().t('just take it: ').card().t(' name on card ').l('PERSON', p.full.toUpperCase());
    g.a(b).t('I have removed that from our records for your safety. A link was sent to the email on file.').u().t('which one? I use ').em(p).a(b).t('That one. ').trap();
  }),
  // SMS service thread
  (g) => {
    g.in(ALL);
    const p = g.person(), adv = g.person();
    g.t(`SMS thread — service advisor `).ref(adv).t(` ↔ `).ph().t(`\n[${p2(g.r.int(7, 11))}:${p2(g.r.int(0, 59))}] Hi `).l('PERSON', p.g).t(`, your ${g.pick(VEHICLES)} is ready. Total ${g.r.int(90, 1400)}.${g.r.digits(2)}.\n[reply] great, my partner `).ref(g.person()).t(' will collect it, their number is ').ph().t(`\n[${p2(g.r.int(12, 17))}:${p2(g.r.int(0, 59))}] No problem. Keys at reception, ask for `).l('PERSON', adv.g).t('.\n');
  },
  // portal login audit log
  boost((g) => {
    const cc = g.in(ALL);
    g.t(`auth.log — owner portal (${dealer(g.r, cc).dom})\n`);
    const n = g.r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const p = g.person();
      g.t(`${g.r.int(2024, 2026)}-${p2(g.r.int(1, 12))}-${p2(g.r.int(1, 28))} ${p2(g.r.int(0, 23))}:${p2(g.r.int(0, 59))}:${p2(g.r.int(0, 59))} ${g.pick(['LOGIN_OK', 'LOGIN_FAIL', 'MFA_SENT', 'PASSWORD_RESET'])} user=`).em(p).t(' ip=').ip().t(g.ch(0.3) ? `:${g.r.int(1024, 65535)}` : '').t(` ua="${g.pick(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'okhttp/4.12.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0.6478.127'])}"\n`);
    }
  }),
  // chat metadata + chat
  boost((g) => {
    const cc = g.in(ALL), p = g.person(), b = g.bot();
    g.t(`{"session":"${hex(g.r, 8)}-${hex(g.r, 4)}","user":"`).self(p).t('","client_ip":"').ip().t(`","widget":"${b} v${g.r.int(1, 4)}.${g.r.int(0, 9)}.${g.r.int(0, 9)}","locale":"${cc.toLowerCase()}"}\n`);
    g.u().t(`is the ${g.pick(VEHICLES)} still available? you can reach me at `).em(p).a(b).t('Yes, it is! Would you like to book a viewing?').u().t(g.pick(['maybe next week', 'yes please, tuesday', 'not yet, thanks'])).t('\n');
  }),
  // connected car ticket
  boost((g) => {
    g.in(ALL);
    const p = g.person();
    g.t(`Ticket CC-${g.r.digits(7)} — Connected Services\nOwner: `).ref(p).t(` (`).em(p).t(`)\nIssue: app cannot wake vehicle. TCU firmware ${g.r.int(1, 9)}.${g.r.int(0, 20)}.${g.r.int(0, 9)}.${g.r.int(0, 300)}, modem IMEI ${g.r.digits(15)}\nLast seen from `).ip().t(' and ').ip().t(`\nAction: re-provisioned eSIM, advised owner. `).trap().t('\n');
  }),
  // GAP / insurance quote
  (g) => {
    const cc = g.in(['GB', 'IE', 'AU', 'ZA', 'US', 'CA']), p = g.person();
    g.t(`GAP insurance quotation ${letters(g.r, 3)}-${g.r.digits(6)}\nPolicyholder: `).full(p).t('\nDOB: ').dob().t('\nRisk address: ').ad(cc, false).t('\nContact: ').ph().t(' / ').em(p).t(`\nNamed driver: `).full(g.person()).t(' (born ').dob().t(`)\nVehicle value ${g.r.int(10, 90)},${g.r.digits(3)}, term ${g.pick([3, 4, 5])} years, quote valid until `).date().t('.\n');
  },
  // SEPA mandate
  boost((g) => {
    const cc = g.in(['DE', 'FR', 'NL', 'IT', 'ES', 'AT', 'IE']), p = g.person(), d = dealer(g.r, cc);
    g.t(`SEPA Direct Debit Mandate\nCreditor: ${d.name}, Creditor ID ${cc}${g.r.digits(2)}ZZZ${g.r.digits(11)}\nMandate reference: LEASE-${g.r.digits(8)}\nDebtor name: `).full(p).t('\nDebtor address: ').ad(cc, false).t('\nIBAN: ').iban().t(`\nBIC: ${letters(g.r, 4)}${cc}${letters(g.r, 2)}\nPlace and date: ${g.pick(['Köln', 'Lyon', 'Utrecht', 'Milano', 'Valencia', 'Cork'])}, `).date().t('\nSignature: ').full(p).t('\n');
  }),
  // refund request with IBAN
  boost((g) => {
    const cc = g.in(IBAN_CCS), p = g.person();
    g.t('Subject: refund of overpaid service invoice INV-').t(g.r.digits(6)).t('\n\nHello,\nyou charged me twice for the ').t(g.pick(['oil change', 'wheel alignment', 'windscreen', 'tyre hotel'])).t('. Please refund to ').iban().t(g.ch(0.5) ? ' (account holder: ' : ' in the name of ').full(p).t(g.ch(0.5) ? ')' : '').t('.\nThe IBAN I gave last time, ').t(badIban(g.r, IBAN_CC[cc] ?? 'DE')).t(', had a typo.\n\nBest,\n').self(p).t('\n');
  }),
  // Japanese inquiry
  (g) => {
    g.in(['JP']);
    const s = g.pick(JA_KANJI.s), gv = g.pick(JA_KANJI.g), d = dealer(g.r, 'JP');
    g.t(`【お見積り依頼】${g.pick(['ヤリスクロス', 'ハリアー', 'N-BOX', 'フォレスター', 'ノート e-POWER'])}\nお名前：`).l('PERSON', `${s} ${gv}`).t(' 様\nご住所：〒').l('ADDRESS', `${g.r.digits(3)}-${g.r.digits(4)} ${jpKanjiAddr(g.r)}`).t('\n電話番号：').ph('JP').t('\nメール：').em(g.person('JP'), 'JP').t(`\n生年月日：`).dob('JP').t(`\n下取り車：あり（${plate(g.r, 'JP')}）\n担当：`).l('PERSON', g.pick(JA_KANJI.s)).t(`（${d.name}）\n`);
  },
  // Korean service reservation
  (g) => {
    g.in(['KR']);
    const s = g.pick(KO_HANGUL.s), gv = g.pick(KO_HANGUL.g), p = g.person('KR');
    g.t(`[정비 예약 확인] ${g.pick(['아반떼', '쏘렌토', '그랜저', 'EV6'])} 엔진오일 교환\n예약자: `).l('PERSON', `${s}${gv}`).t(' 님\n연락처: ').ph('KR').t('\n예약일: ').date().t(`\n차량번호: ${plate(g.r, 'KR')}\n주소: `).ad('KR', false).t('\n담당 어드바이저: ').full(p).t('\n');
  },
  // Brazilian financing proposal
  (g) => {
    g.in(['BR']);
    const p = g.person();
    g.t(`Proposta de financiamento CDC nº ${g.r.digits(9)}\nCliente: `).full(p).t(`\nCPF: ${g.r.digits(3)}.${g.r.digits(3)}.${g.r.digits(3)}-${g.r.digits(2)}\nData de nascimento: `).dob('BR').t('\nEndereço:\n').ad('BR', true).t('\nCelular: ').ph('BR').t('\nE-mail: ').em(p).t(`\nVeículo: ${g.veh()}, entrada R$ ${g.r.int(5, 60)}.${g.r.digits(3)},00\n`);
  },
  // Mexican credit application
  (g) => {
    g.in(['MX']);
    const p = g.person();
    g.t(`Solicitud de crédito automotriz\nNombre: `).full(p).t(`\nCURP: ${letters(g.r, 4)}${g.r.digits(6)}${letters(g.r, 6)}${g.r.digits(2)}\nRFC: ${letters(g.r, 4)}${g.r.digits(6)}${letters(g.r, 3)}\nFecha de nacimiento: `).dob('MX').t('\nDomicilio: ').ad('MX', false).t('\nTeléfono: ').ph('MX').t('\nCorreo: ').em(p).t('\nAsesor: ').ref(g.person('MX')).t('\n');
  },
  // Indian car loan
  (g) => {
    g.in(['IN']);
    const p = g.person();
    g.t(`Car Loan Application — ${g.pick(['Maruti Suzuki Brezza', 'Tata Nexon EV', 'Mahindra XUV700', 'Hyundai Creta'])}\nApplicant: `).full(p).t(`\nPAN: ${letters(g.r, 5)}${g.r.digits(4)}${letters(g.r, 1)}   Aadhaar: XXXX XXXX ${g.r.digits(4)}\nDOB: `).dob('IN').t('\nAddress:\n').ad('IN', true).t('\nMobile: ').ph('IN').t('\nEmail: ').em(p).t(`\nCIBIL score ${g.r.int(650, 890)}. Relationship manager: `).ref(g.person('IN')).t('\n');
  },
  // Australian roadside membership update
  (g) => {
    g.in(['AU']);
    const p = g.person();
    g.t(`Roadside membership ${g.r.digits(10)} — details updated\nMember: `).full(p).t('\nPostal: ').ad('AU', true).t('\nMobile: ').ph('AU').t('\nEmail: ').em(p).t(`\nRego: ${plate(g.r, 'AU')} (${g.pick(VEHICLES)})\nRenewal due `).date().t('. ').trap().t('\n');
  },
  // Canadian lease
  (g) => {
    g.in(['CA']);
    const p = g.person();
    g.t(`Lease application — ${g.veh()}\nLessee: `).full(p).t(`\nSIN: ${g.r.digits(3)} ${g.r.digits(3)} ${g.r.digits(3)}\nDate of birth: `).dob('CA').t('\nAddress: ').ad('CA', false).t('\nPhone: ').ph('CA').t('\nEmail: ').em(p).t(`\nBusiness manager: `).ref(g.person('CA')).t('\n');
  },
  // CRM sales notes
  (g) => {
    g.in(ALL);
    const p = g.person(), sp = g.person(), wife = g.person();
    g.t(`CRM notes — opportunity ${g.r.digits(7)}\n- `).ref(p).t(` came in with `).ref(wife).t(`, looked at the ${g.pick(VEHICLES)}. Wants ${g.pick(['white', 'grey', 'a tow bar', 'the tech pack'])}.\n- `).ref(sp).t(`'s follow-up call: no answer on `).ph().t('.\n- Prefers e-mail: ').em(p).t(`\n- Trade-in is a ${g.pick(VEHICLES)}, named "${g.pick(['Betsy', 'Herbie', 'Rosie', 'Old Bill'])}" by the kids.\n- `).trap().t('\n');
  },
  // test-drive agreement
  (g) => {
    const cc = g.in(['US', 'GB', 'AU', 'IE', 'CA', 'ZA']), p = g.person(), d = dealer(g.r, cc);
    g.t(`${d.name} — Demonstrator / Test Drive Agreement\nDriver: `).full(p).t('\nDate of birth: ').dob().t(`\nLicence no.: ${letters(g.r, 2)}${g.r.digits(7)}\nAddress: `).ad().t('\nMobile: ').ph().t(`\nVehicle: ${plate(g.r, cc)}, out ${p2(g.r.int(9, 16))}:00, fuel ${g.r.int(1, 4)}/4\nAccompanied by: `).ref(g.person()).t('\nSigned: ').l('PERSON', p.full).t('\n');
  },
  // loaner agreement
  boost((g) => {
    const cc = g.in(EN_CC), p = g.person();
    g.t(`COURTESY VEHICLE AGREEMENT #${g.r.digits(5)}\nHirer: `).full(p).t('   Tel: ').ph().t(`\nCourtesy car: ${g.veh()} (${plate(g.r, cc)})\nPre-authorisation card: `).card().t(`\nExcess: ${g.r.int(250, 1500)}. Card previously on file **** ${g.r.digits(4)} was declined.\nReturn by `).date().t('.\n');
  }),
  // warranty call transcript with spoken e-mail
  (g) => {
    const cc = g.in(['US', 'GB', 'CA', 'AU']), p = g.person(), ag = g.person();
    const ge = ascii(p.g), se = ascii(p.s);
    g.t(`Call recording transcript — Extended Warranty desk\nAgent `).l('PERSON', ag.full).t(`: Thanks for calling, can I have your name?\nCustomer: `).full(p).t(`\nAgent: And an email to send the contract?\nCustomer: it's `).l('EMAIL', `${ge} ${g.pick(['dot', 'underscore'])} ${se} at ${g.pick(['gmail', 'yahoo', 'outlook', 'hotmail'])} dot com`).t(`\nAgent: And a phone number?\nCustomer: `).l('PHONE', spokenPhone(g.r, cc)).t(`\nAgent: Perfect, the plan covers ${g.r.int(3, 7)} years. `).trap().t('\n');
  },
  // chat with pasted invoice
  (g) => {
    const cc = g.in(ALL), p = g.person(), b = g.bot(), d = dealer(g.r, cc);
    g.u().t('can you explain this invoice line "diagnostic labour 1.5h"? pasting it:\n---\n').t(`${d.name}\n`).ad(cc, true).t('\nTel ').ph().t(`\nINVOICE ${g.r.digits(7)}  Date `).date().t('\nBill to: ').self(p).t('\n').ad(cc, true).t(`\nDiagnostic labour 1.5h ..... ${g.r.int(90, 210)}.00\n---`).a(b).t('That is the time the technician spent reading fault codes and testing. ').trap();
  },
  // bill of sale private
  (g) => {
    const cc = g.in(['US', 'GB', 'AU', 'CA', 'IE', 'ZA', 'IN']), s = g.person(), b = g.person();
    g.t(`BILL OF SALE\nI, `).full(s).t(', of ').ad(cc, false).t(`, sell my ${g.veh()}, VIN ${vin(g.r)}, to `).full(b).t(', of ').ad(cc, false).t(`, for ${g.r.int(1, 40)},${g.r.digits(3)}, paid by bank transfer on `).date().t(`.\nSeller phone: `).ph().t('   Buyer phone: ').ph().t(`\nWitness: `).ref(g.person()).t('\n');
  },
  // review replies
  (g) => {
    const cc = g.in(EN_CC), a = g.person(), b = g.person(), d = dealer(g.r, cc);
    g.t(`Google reviews — ${d.name}\n★★★★★ `).l('PERSON', a.g).t(` ${a.s.charAt(0)}.: "`).ref(g.person()).t(` in service was brilliant, kept me updated."\n↳ Owner reply: Thanks `).l('PERSON', a.g).t(`!\n★☆☆☆☆ `).l('PERSON', b.full).t(`: "Waited 3 hours. Ask for the manager and you get voicemail."\n↳ Owner reply: Sorry `).l('PERSON', b.g).t(', please e-mail ').role(d.dom, 'customercare').t(' and quote your RO number.\n');
  },
  // parts order e-mail
  (g) => {
    const cc = g.in(ALL), p = g.person(), d = dealer(g.r, cc);
    g.t('To: ').role(d.dom, 'parts').t('\nFrom: ').em(p).t(`\nSubject: roof bars for ${g.pick(VEHICLES)}\n\nHi parts team,\nDo you have OE roof bars in stock (part ${g.r.digits(3)}-${g.r.digits(3)}-${g.r.digits(3)}-${letters(g.r, 1)})? I can collect on `).date().t('.\n\nCheers, ').ref(p).t('\n').ph().t('\n');
  },
  // collections notice
  (g) => {
    const cc = g.in(['US', 'GB', 'CA', 'AU']), p = g.person();
    g.t(`NOTICE OF DEFAULT — Account ${g.r.digits(12)}\n`).l('PERSON', p.full.toUpperCase()).t('\n').ad(cc, true).t(`\n\nDear `).ref(p).t(`,\nYour auto loan is ${g.r.int(30, 90)} days past due (${g.r.int(300, 2900)}.${g.r.digits(2)}). Call `).ph().t(` to avoid repossession. If you have already paid, ignore this letter.\n`);
  },
  // fleet contacts CSV
  (g) => {
    const cc = g.in(ALL);
    g.t(`fleet_drivers.csv (${g.pick(['Acme Logistics', 'Greenline Couriers', 'Northwind Facilities'])})\nreg;driver;mobile;email;pool\n`);
    const n = g.r.int(3, 5);
    for (let i = 0; i < n; i++) {
      const p = g.person(cc);
      g.t(`${plate(g.r, cc)};`).l('PERSON', g.ch(0.5) ? p.full : `${p.s}, ${p.g}`).t(';').ph().t(';').em(p).t(`;${g.pick(['A', 'B', 'EV', 'vans'])}\n`);
    }
  },
  // forwarded e-mail headers
  (g) => {
    const cc = g.in(ALL), p = g.person(), q = g.person(), d = dealer(g.r, cc);
    g.t('---------- Forwarded message ---------\nFrom: ').full(p).t(' <').em(p).t('>\nDate: ').date().t('\nTo: ').full(q).t(' <').l('EMAIL', `${ascii(q.g)}.${ascii(q.s)}@${d.dom}`).t(`>\nSubject: Re: order confirmation ${g.pick(VEHICLES)}\n\n`).ref(q).t(`, can you check the delivery slot? My new address from next month is `).ad(cc, false).t('.\n');
  },
  // body shop claim
  (g) => {
    const cc = g.in(ALL), p = g.person(), o = g.person();
    g.t(`Accident repair estimate EST-${g.r.digits(6)}\nInsured: `).full(p).t(', ').ph().t(`\nThird party: `).full(o).t(', ').ad(cc, false).t(`, tel. `).ph().t(`\nDamage: ${g.pick(['rear bumper, tailgate', 'front wing + headlamp', 'door mirror'])}. `).trap().t(`\nAssessor: `).ref(g.person()).t('\n');
  },
  // voicemail transcript
  (g) => {
    const cc = g.in(['US', 'GB', 'AU', 'CA', 'IE']), p = g.person();
    g.t(`Voicemail (auto-transcribed, ${g.r.int(14, 58)}s): "Hi, this is `).full(p).t(` calling about the ${g.pick(VEHICLES)} I saw online. Could someone call me back on `).l('PHONE', spokenPhone(g.r, cc)).t(`? Or the landline, `).ph().t(`. Thanks, bye."\n`);
  },
  // IT network ticket
  boost((g) => {
    const cc = g.in(ALL), a = g.person(), d = dealer(g.r, cc);
    g.t(`IT ticket #${g.r.digits(5)} — ${d.name}\nReported by: `).ref(a).t(' (').l('EMAIL', `${ascii(a.g)}.${ascii(a.s)}@${d.dom}`).t(`)\nDMS thin client cannot reach the server at `).ip().t(`:${g.pick([443, 8443, 1433, 5432])}. Gateway `).ip().t(`, workstation `).ip().t(`.\nDiagnostic printer firmware ${g.r.int(2, 9)}.${g.r.int(0, 9)}.${g.r.int(0, 9)}.${g.r.int(10, 99)}. Assigned to `).ref(g.person()).t('.\n');
  }),
  // web form spam log
  boost((g) => {
    const cc = g.in(ALL);
    g.t('contact-form rate-limit log\n');
    const n = g.r.int(2, 5);
    for (let i = 0; i < n; i++) {
      const p = g.person(cc);
      g.t(`[${g.pick(['BLOCK', 'ALLOW', 'CAPTCHA'])}] src=`).l('IP', ipv6(g.r)).t(' email=').em(p).t(` score=0.${g.r.digits(2)}\n`);
    }
  }),
  // test-drive export with DOB
  (g) => {
    const cc = g.in(ALL);
    g.t('Test drive log (age check for performance models, min. 25)\nDate | Driver | DOB | Model\n');
    const n = g.r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const p = g.person(cc);
      g.date().t(' | ').full(p).t(' | ').dob().t(` | ${g.pick(VEHICLES)}\n`);
    }
  },
  // key replacement identity check
  (g) => {
    g.in(ALL);
    const p = g.person();
    g.t(`Key replacement — ownership verification\nRequested by: `).full(p).t('\nDate of birth: ').dob().t('\nRegistered address: ').ad().t(`\nVIN ${vin(g.r)}, key code ${hex(g.r, 6).toUpperCase()}\nVerified by `).ref(g.person()).t(' on ').date().t('.\n');
  },
  // connected services cancellation chat
  boost((g) => {
    g.in(ALL);
    const p = g.person(), b = g.bot();
    g.u().t('cancel my remote-start subscription please. account ').em(p).a(b).t('Found it. The next charge would go to the card ending ').t(g.r.digits(4)).t('. Do you want to update the card instead?').u().t('no, but refund last month to ').card().t(g.ch(0.5) ? ' it\'s the new one' : '').a(b).t('I\'ve passed this to billing. ').trap();
  }),
  // NL APK reminder
  (g) => {
    g.in(['NL']);
    const p = g.person(), d = dealer(g.r, 'NL');
    g.t(`${d.name}\nAPK-herinnering\n\nBeste `).t(g.pick(['heer ', 'mevrouw ', ''])).l('PERSON', p.full).t(`,\nDe APK van uw ${g.pick(VEHICLES)} (${plate(g.r, 'NL')}) verloopt op `).date().t('. Wij sturen deze brief naar ').ad('NL', false).t('. Bel ').ph('NL').t(' of mail ').role(d.dom).t('.\n\nMet vriendelijke groet,\n').full(g.person('NL')).t('\n');
  },
  // Italian service booking
  boost((g) => {
    g.in(['IT']);
    const p = g.person();
    g.t(`Prenotazione tagliando / revisione\nCliente: `).full(p).t(`\nTarga: ${plate(g.r, 'IT')}\nIndirizzo: `).ad('IT', false).t('\nCellulare: ').ph('IT').t('\nPagamento con addebito su IBAN ').iban('IT').t('\nData: ').date().t('\nNote: chiedere di ').ref(g.person('IT')).t(' in accettazione.\n');
  }),
  // Swedish inspection
  (g) => {
    g.in(['SE']);
    const p = g.person();
    g.t(`Besiktning bokad — ${plate(g.r, 'SE')}\nÄgare: `).full(p).t(`\nPersonnummer: ${g.r.digits(8)}-${g.r.digits(4)}\nAdress: `).ad('SE').t('\nTelefon: ').ph('SE').t('\nTid: ').date().t(` kl. ${g.r.int(7, 17)}.${g.pick(['00', '20', '40'])}\n`);
  },
  // Polish lease
  boost((g) => {
    g.in(['PL']);
    const p = g.person();
    g.t(`Umowa leasingu nr ${g.r.digits(4)}/${g.r.int(2024, 2026)}\nLeasingobiorca: `).full(p).t(`\nPESEL: ${g.r.digits(11)}\nData urodzenia: `).dob('PL').t('\nAdres: ').ad('PL', false).t('\nTel.: ').ph('PL').t('\nRachunek: ').iban('PL').t(`\nNIP firmy: ${g.r.digits(3)}-${g.r.digits(3)}-${g.r.digits(2)}-${g.r.digits(2)}\n`);
  }),
  // Irish NCT booking
  (g) => {
    g.in(['IE']);
    const p = g.person();
    g.t(`NCT booking confirmation ${letters(g.r, 2)}${g.r.digits(8)}\nName: `).full(p).t(`\nReg: ${plate(g.r, 'IE')}\nCentre: ${g.pick(['Deansgrange', 'Little Island', 'Ballinasloe', 'Northpoint'])}\nDate: `).date().t('\nMobile: ').ph('IE').t('\nEmail: ').em(p).t('\nPostal address: ').ad('IE').t('\n');
  },
  // South Africa service booking
  (g) => {
    g.in(['ZA']);
    const p = g.person();
    g.t(`Service booking — ${g.pick(VEHICLES)}\nClient: `).full(p).t(`\nID no.: ${g.r.digits(13)}\nCell: `).ph('ZA').t('\nEmail: ').em(p).t('\nPhysical address: ').ad('ZA').t('\nLoad-shedding note: we close at 16:00 during stage 4.\n');
  },
  // UAE finance
  boost((g) => {
    g.in(['AE']);
    const p = g.person();
    g.t(`Auto finance application — ${g.veh()}\nCustomer: `).full(p).t(`\nEmirates ID: 784-${g.r.int(1970, 2004)}-${g.r.digits(7)}-${g.r.digits(1)}\nDOB: `).dob('AE').t('\nMobile: ').ph('AE').t('\nSalary transfer IBAN: ').iban('AE').t('\nAddress: ').ad('AE').t('\n');
  }),
  // Swiss leasing
  boost((g) => {
    g.in(['CH']);
    const p = g.person();
    g.t(`Leasingantrag ${g.veh()}\nName: `).full(p).t('\nGeburtsdatum: ').dob('CH').t(`\nAHV-Nr.: 756.${g.r.digits(4)}.${g.r.digits(4)}.${g.r.digits(2)}\nAdresse:\n`).ad('CH', true).t('\nNatel: ').ph('CH').t('\nKonto: ').iban('CH').t('\n');
  }),
  // chat: update details
  (g) => {
    const cc = g.in(ALL), p = g.person(), b = g.bot();
    g.u().t("hi, I'm ").self(p).t(` and I moved. Please update my service account.`).a(b).t('Happy to help. What is the new address?').u().ad(cc).a(b).t('And is your phone still the one ending in ').t(g.r.digits(4)).t('?').u().t('no, new one is ').ph().t(` (old was ***-***-${g.r.digits(4)})`).a(b).t('Updated. ').trap();
  },
  // pasted PDF with broken lines
  (g) => {
    const cc = g.in(['GB', 'US', 'AU', 'IE']), p = g.person(), q = g.person();
    const ph = phoneOf(g.r, cc);
    const cut = Math.max(3, Math.floor(ph.length / 2));
    g.t('(pasted from PDF)\nVEHICLE HANDOVER CHECKLIST Page 1 of 2\nCustomer name ').full(p).t(' Sales exec ').ref(q).t(`\nCustomer tel ${ph.slice(0, cut).trim()}\n${ph.slice(cut).trim()} (see overleaf)\nEmail `).em(p).t(`\nSigned by the customer's partner ${q.s.length > 4 ? q.s.slice(0, 3) + '-\n' + q.s.slice(3) : '(illegible)'}\n`);
  },
  // Austrian inspection
  (g) => {
    g.in(['AT']);
    const p = g.person();
    g.t(`§57a-Begutachtung (Pickerl) — Terminbestätigung\nZulassungsbesitzer: `).full(p).t('\nAnschrift: ').ad('AT').t('\nTelefon: ').ph('AT').t(`\nKennzeichen: ${plate(g.r, 'AT')}\nTermin: `).date().t('\n');
  },
  // DMS webhook log
  boost((g) => {
    const cc = g.in(ALL), p = g.person(), d = dealer(g.r, cc);
    g.t(`POST /webhooks/leads 201 from `).ip().t(` (${g.r.int(12, 480)} ms)\npayload: {"first":"`).l('PERSON', p.g).t(`","last":"`).l('PERSON', p.s).t(`","email":"`).em(p).t(`","phone":"`).ph().t(`","dealer":"${d.name}","consent":true}\nforwarded to `).role(d.dom, 'leads').t(` via relay `).ip().t('\n');
  }),
  // finance manager e-mail about co-signer
  boost(boost((g) => {
    g.in(['US']);
    const p = g.person(), c = g.person(), fm = g.person();
    g.t('Hi ').l('PERSON', p.g).t(',\n\nThe bank wants a co-signer. For ').ref(c).t(' we need the SSN (').ssn().t(`) confirmed — the one you sent, ${badSsn(g.r)}, is not a valid number. DOB we have as `).dob().t('.\n\n').full(fm).t('\nF&I Manager\n').ph().t(' ext. ').t(String(g.r.int(100, 499))).t('\n');
  })),
  // owner e-mail with card and address (localized EU)
  boost((g) => {
    const cc = g.in(['DE', 'FR', 'ES', 'IT', 'NL']), p = g.person();
    const intro: Partial<Record<CC, string>> = { DE: 'Guten Tag, bitte buchen Sie die Anzahlung von meiner Karte ab: ', FR: 'Bonjour, merci de prélever l\'acompte sur ma carte ', ES: 'Hola, podéis cobrar la señal en mi tarjeta ', IT: 'Buongiorno, potete addebitare la caparra sulla carta ', NL: 'Hallo, de aanbetaling mag van mijn kaart: ' };
    g.t(intro[cc] ?? '').card().t(`\n${cc === 'DE' ? 'Lieferadresse' : cc === 'FR' ? 'Adresse de livraison' : cc === 'ES' ? 'Dirección de entrega' : cc === 'IT' ? 'Indirizzo di consegna' : 'Afleveradres'}: `).ad(cc, true).t('\n\n').self(p).t('\n').ph().t('\n');
  }),
  // US lease chat with SSN and deposit card
  boost(boost((g) => {
    g.in(['US']);
    const p = g.person(), b = g.bot();
    g.a(b).t(`Welcome back! Ready to finish your lease application for the ${g.pick(VEHICLES)}?`).u().t('yes. full legal name ').self(p).t(g.pick([', ssn ', '. social: ', ' / SSN '])).ssn().t(g.pick([', dob ', ', born '])).dob('US');
    g.a(b).t('Thank you. The $').t(String(g.r.int(500, 3000))).t(' due at signing can be paid by card.').u().t(g.pick(['use ', 'charge ', ''])).card().t(g.ch(0.5) ? ` exp ${p2(g.r.int(1, 12))}/${g.r.int(26, 31)}` : '').a(b).t('Submitted to the lender. ').trap();
  })),
  // US deal jacket checklist
  boost(boost((g) => {
    g.in(['US']);
    const p = g.person(), d = dealer(g.r, 'US');
    g.t(`DEAL JACKET CHECKLIST — ${d.name}  Stock ${letters(g.r, 1)}${g.r.digits(5)}\n[x] Buyer: `).l('PERSON', `${p.s.toUpperCase()}, ${p.g.toUpperCase()}`).t('\n[x] SSN verified: ').ssn().t(`\n[x] DL ${letters(g.r, 1)}${g.r.digits(8)}, DOB `).dob('US').t('\n[x] Residence: ').ad('US', false).t('\n[x] Down payment card: ').card().t(`\n[ ] OFAC check (EIN of dealer ${g.r.digits(2)}-${g.r.digits(7)})\nDesk manager: `).ref(g.person('US')).t('\n');
  })),
  // payment taken over the phone
  boost((g) => {
    g.in(EN_CC);
    const p = g.person(), adv = g.person();
    g.t(`Service cashier note, RO ${g.r.digits(6)}: `).ref(p).t(` phoned from `).ph().t(` to pay ${g.r.int(80, 1900)}.${g.r.digits(2)}. Card read out: `).card().t(`. Receipt e-mailed to `).em(p).t('. Taken by ').ref(adv).t('.\n');
  }),
  // fraud review ticket
  boost((g) => {
    const cc = g.in(ALL), p = g.person();
    g.t(`FRAUD REVIEW — online reservation ${hex(g.r, 10)}\nName given: `).full(p).t('\nEmail: ').em(p).t('\nIP: ').ip().t(` (geo mismatch)\nCard: `).card().t(` / previous attempt ${badCard(g.r)} (Luhn fail)\nBilling: `).ad(cc, false).t('\nDecision: ').t(g.pick(['approve', 'decline', 'manual call-back'])).t('\n');
  }),
  // US income verification
  boost(boost((g) => {
    g.in(['US']);
    const p = g.person(), hr = g.person();
    g.t(`Verification of employment — auto loan ${g.r.digits(9)}\nEmployee: `).full(p).t('   SSN: ').ssn().t(`\nEmployer contact: `).ref(hr).t(', HR, ').ph('US').t(`\nStart date: `).date().t(`   Base pay: $${g.r.int(30, 160)},${g.r.digits(3)}/yr\n`);
  })),
];

// ---------------------------------------------------------------- hard negatives (no PII at all)
const NEG: T[] = [
  (g) => {
    const cc = g.in(['US', 'GB', 'AU', 'CA', 'DE']);
    g.t(`SERVICE CAMPAIGN BULLETIN ${letters(g.r, 2)}${g.r.digits(3)}\nModels: ${g.pick(VEHICLES)}, ${g.pick(VEHICLES)}\nIssue: the ${g.pick(['Takata', 'ZF', 'Continental'])} module may short. `).trap().t(`\nParts availability from `).date().t('. ').trap().t(`\nDealers must complete the repair before retail sale (Safety Act §30120). ${cc === 'DE' ? 'KBA-Referenz ' + g.r.digits(5) : 'Labor op ' + g.r.digits(6)}.\n`);
  },
  (g) => {
    g.in(ALL);
    g.t('stock_no,vin,model,year,km,price,status\n');
    const n = g.r.int(4, 8);
    for (let i = 0; i < n; i++) g.t(`${letters(g.r, 1)}${g.r.digits(5)},${vin(g.r)},${g.pick(VEHICLES)},${g.r.int(2015, 2026)},${g.r.int(5, 180000)},${g.r.int(9, 120)}${g.r.digits(3)},${g.pick(['in stock', 'sold', 'in transit', 'demo'])}\n`);
    g.trap().t('\n');
  },
  (g) => {
    g.in(['US']);
    g.t(`F&I desk memo — rate sheet effective `).date().t(`\nTier 1 (720+): ${g.r.int(4, 7)}.${g.r.digits(2)}% / Tier 3: ${g.r.int(9, 14)}.${g.r.digits(2)}%\n`).trap().t('\n').trap().t(`\nReminder: never e-mail a full SSN or card number. Use the vault (ticket ${hex(g.r, 6)}).\n`);
  },
  (g) => {
    g.in(EN_CC);
    const b = g.bot();
    g.u().t(`what's the towing capacity difference between the Ford Ranger and the Toyota Hilux?`).a(b).t(`The Ranger is rated to ${g.r.int(3000, 3500)} kg and the Hilux to ${g.r.int(2800, 3500)} kg braked.`).u().t('does the Grant Thornton report say anything about EV residuals?').a(b).t("I can't access that report, but Tesla and Polestar residuals fell in May. ").trap().u().t('ok thanks, will check with the guy at the desk');
  },
  (g) => {
    g.in(ALL);
    g.t(`Technical Service Bulletin TSB-${g.r.int(20, 26)}-${g.r.digits(3)}-${g.r.digits(2)}\nSymptom: intermittent loss of CarPlay. Update infotainment to ${g.r.int(2, 9)}.${g.r.int(0, 30)}.${g.r.int(0, 9)}.${g.r.int(0, 255)} using tool ${g.pick(['ODIS', 'Techstream', 'ISTA', 'GDS2'])} v${g.r.int(10, 30)}.${g.r.int(0, 9)}.\n`).trap().t('\n').trap().t('\n');
  },
  (g) => {
    g.in(ALL);
    g.t('payment-gateway sandbox log\n');
    for (let i = 0; i < 3; i++) g.t(`order=${g.r.digits(8)} amount=${g.r.int(50, 900)}.00 pan=${badCard(g.r)} result=INVALID_LUHN\n`);
    g.t(`order=${g.r.digits(8)} pan=**** **** **** ${g.r.digits(4)} result=OK\nmandate iban=${badIban(g.r, g.pick(['DE', 'FR', 'ES', 'IT', 'NL']))} result=BAD_CHECKSUM\n`).trap().t('\n');
  },
  (g) => {
    g.in(['US', 'GB', 'AU', 'DE']);
    g.t(`Staff newsletter\nThis month the Mustang team hit target, the Ferrari display is moving to the Lincoln Center atrium and the Rolls-Royce Enthusiasts will visit on `).date().t(`. Congratulations to the Service North team on winning the Golden Spanner. Dr. Martens boots are no longer PPE-approved in the workshop. `).trap().t('\n');
  },
  (g) => {
    g.in(['US', 'GB', 'CA']);
    const b = g.bot();
    g.u().t('i dont want to give my details in chat. can you see my account?').a(b).t(`I only see a masked phone (***-***-${g.r.digits(4)}) and SSN ${maskedSsn(g.r)}. That's enough for me to book you in.`).u().t(`fine. RO number is ${g.r.digits(7)}`).a(b).t('Thanks — see you at the service lane. ').trap();
  },
  (g) => {
    g.in(ALL);
    g.t(`DMS nightly job report — ${g.r.int(2024, 2026)}-${p2(g.r.int(1, 12))}-${p2(g.r.int(1, 28))}\nsync_customers: OK (${g.r.int(100, 9000)} rows, ${g.r.int(1, 60)}s)\nsync_parts: WARN schema ${g.r.int(1, 9)}.${g.r.int(0, 9)}.${g.r.int(0, 9)}.${g.r.int(0, 99)} expected\nbackup sha1 ${hex(g.r, 40)}\n`).trap().t('\n');
  },
];

/** Generates the corpus for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent50Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent50Entry[] {
  const seed = opts.seed ?? INDEPENDENT50_SEEDS[0];
  const minInstances = opts.minInstances ?? INDEPENDENT50_MIN_INSTANCES;
  const r = new Rng(seed);
  const out: Independent50Entry[] = [];
  let total = 0;
  while (total < minInstances) {
    const g = new G(r, 'US');
    const tpl = r.chance(0.1) ? r.pick(NEG) : r.chance(0.18) ? r.pick(BOOST) : r.pick(POS);
    tpl(g);
    if (r.chance(0.15)) g.t(r.pick(['\nP.S. ', '\n', ' '])).trap();
    out.push({ text: g.text, labels: g.labels, knownNames: g.known });
    total += g.labels.length;
  }
  return out;
}

/** Number of distinct document templates (positive and hard-negative). */
export const INDEPENDENT50_TEMPLATE_COUNT = POS.length + NEG.length;
