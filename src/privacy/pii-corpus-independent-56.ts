/**
 * @module privacy/pii-corpus-independent-56 — blind labelled PII corpus #56: education (international
 * admissions, study abroad and student services).
 *
 * WRITTEN BLIND. Read: the `Rng` class at the top of `pii-corpus-values.ts` (the lines after it scrolled past
 * once in the same terminal output and were not used), `pii-corpus-checks.ts`, the `PiiType` union in
 * `pii/types.ts`, the first 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`),
 * `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. Not read: the detector or any other
 * file under `src/`, `test/`, `docs/` or `bench/`, the other corpora, `/work/shared`, `/tmp` or the git
 * history. The detector was never run on this text. Every name, address, template and value was invented here.
 *
 * Seeds: 560001, 560002, 560003 ({@link INDEPENDENT56_SEEDS}); each yields whole documents until at least
 * {@link INDEPENDENT56_MIN_INSTANCES} labels exist, stopping right after the document that reaches it.
 *
 * Contents: application-portal CSV/JSON exports, enrolment and visa-support letters, I-20/CAS requests,
 * transcript and recommendation requests, homestay and housing matching, scholarship, refund and tuition
 * payment records, admissions-assistant chats in twelve languages, registrar and portal logs, call
 * transcripts with spoken values, US payroll/tax/loan forms, and about one document in ten a hard negative
 * (eponymous awards, buildings and diseases, order/tracking/case numbers, hashes, versions, EINs, routing
 * numbers, Luhn-invalid card-like numbers, invalid IBANs, non-birth dates). Distractors also appear inside
 * the labelled documents.
 *
 * Labelling conventions: PERSON covers human beings only, one label per contiguous name (initials+surname,
 * surname-only, given-only, ALL CAPS, lower case, "Surname, Given"), honorifics (Dr., Prof., Frau, 様, さん,
 * 씨 …) and possessive 's outside; brands, places, pets, buildings/awards/diseases/laws named after people and
 * @handles are unlabelled, as are names inside e-mail addresses. EMAIL: every address (role addresses too);
 * spoken addresses labelled as the whole spoken span. PHONE: the number only (extension outside), spoken
 * numbers labelled, masked numbers not. CARD: Luhn-valid numbers of real network shapes in any grouping;
 * invalid or masked ones unlabelled. IBAN: checksum-valid with the registry length, any grouping or case.
 * NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs and other countries' ids unlabelled. IP: every IPv4/IPv6
 * address, port and brackets outside; version strings are not IPs. ADDRESS: one label per full postal
 * address, from the first street/building/PO-box line to the last postcode/city/country line; recipient name
 * a separate PERSON; company lines, city-only mentions, rooms and landmarks unlabelled. DOB: a person's date
 * of birth only, cue words outside; other dates unlabelled. Values split by a line break are unlabelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT56_SEEDS = [560001, 560002, 560003] as const;
export const INDEPENDENT56_MIN_INSTANCES = 2400;

/** A gold label with the exact text of its span. */
export type Independent56Label = PiiLabel & { readonly value: string };
/** One corpus document. */
export type Independent56Entry = PiiCorpusEntry & { readonly labels: readonly Independent56Label[] };

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent56Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad label value ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: start + value.length, value });
    return this;
  }
  /** Labels the user's own full name and records it as known. */
  self(full: string): this {
    if (!this.known.includes(full)) this.known.push(full);
    return this.l('PERSON', full);
  }
}

// ---------------------------------------------------------------------------------------------- names

interface Culture {
  readonly code: string;
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Native-script forms aligned with `given`/`family` (CJK). */
  readonly nGiven?: readonly string[];
  readonly nFamily?: readonly string[];
  readonly home: Country;
  readonly familyFirst?: boolean;
}

const w = (s: string): string[] => s.trim().split(/\s+/).map((x) => x.replace(/_/g, ' '));

const CULTURES: readonly Culture[] = [
  { code: 'en', home: 'US', given: w(`Rose Hope Will Bill Grant May Guy Faith Joy Dawn April Summer Hunter Brooke Chase
      Hazel Jasper Reed Clay Bonnie Wade Marshall Carter Harper Destiny`),
    family: w(`Baker Young King Bell Page Fisher Hill Woods Rivers Sterling Mills Fox Gray Hart Cross Lamb Pierce
      Shepherd Carver Hollis Whitcombe Prescott Dunmore Ashby Gentry`) },
  { code: 'ie', home: 'IE', given: w('Aoife Cian Niamh Oisín Róisín Tadhg Clodagh Eoin Sorcha Ciarán Gráinne Donnacha'),
    family: w(`Ó_Súilleabháin Mac_Cárthaigh Brennan Doherty Keane Fitzpatrick Moynihan Ní_Bhriain Kinsella Quigley
      Hennessy Cullinane`) },
  { code: 'cy', home: 'GB', given: w('Rhys Carys Dafydd Ffion Gethin Seren Emrys Nia Iolo Angharad'),
    family: w('Pritchard Llewellyn Vaughan Bowen Prosser Gruffydd Powell Meredith Price Howells') },
  { code: 'de', home: 'DE', given: w('Lukas Leonie Henrik Mareike Florian Annika Jörg Friederike Matthias Wiebke Sönke Theresa'),
    family: w('Brandt Köhler Hoffmann Vogel Schäfer Ostermann Kretschmer Lindemann Wagenknecht Düring Strobel Baumgartner') },
  { code: 'fr', home: 'FR', given: w('Théo Margaux Aurélien Clémence Baptiste Solène Gaël Océane Loïc Maëlys Thibault Anaïs'),
    family: w('Lefèvre Marchand Girard Fontaine Rousseau Chevalier Lambert Garnier Bonnet Mercier Laurent Faure') },
  { code: 'es', home: 'ES', given: w('Álvaro Lucía Íñigo Nerea Sergio Ainhoa Rocío Guillermo Candela Jaime Pilar Maite'),
    family: w('Ruiz Moreno Jiménez Navarro Etxeberria Ortega Serrano Iglesias Castillo Vidal Delgado Medina') },
  { code: 'mx', home: 'MX', given: w('Ximena Santiago Guadalupe Emiliano Itzel Leonardo Valeria Joaquín Citlali Rodrigo Renata Alejandro'),
    family: w('Hernández López Ramírez Flores Cruz Mendoza Vázquez Aguilar Rojas Salazar de_la_Cruz Villalobos') },
  { code: 'br', home: 'BR', given: w('João Beatriz Thiago Larissa Gustavo Letícia Vinícius Camila Rafaela Caio Luana Matheus'),
    family: w('Souza Oliveira Pereira Carvalho Almeida Ribeiro Gomes Barbosa Cardoso Teixeira Nascimento Araújo') },
  { code: 'it', home: 'IT', given: w('Giulia Matteo Francesca Alessandro Chiara Lorenzo Federica Riccardo Beatrice Tommaso Martina Davide'),
    family: w('Esposito Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rinaldi') },
  { code: 'nl', home: 'NL', given: w('Sanne Daan Femke Joris Lotte Bram Maartje Thijs Eva Ruben Noor Sem'),
    family: w('de_Vries van_Dijk Bakker Janssen Visser Smit Meijer van_den_Berg Mulder de_Boer Bos Vermeulen') },
  { code: 'pl', home: 'PL', given: w('Zuzanna Jakub Małgorzata Krzysztof Agnieszka Paweł Katarzyna Łukasz Magdalena Wojciech Joanna Michał'),
    family: w('Nowak Wiśniewski Wójcicka Kamiński Lewandowska Zieliński Szymańska Woźniak Dąbrowski Kozłowska Jankowiak Mazur') },
  { code: 'ru', home: 'DE', given: w('Anastasia Dmitri Ekaterina Alexei Yulia Sergei Polina Mikhail Darya Nikolai Ksenia Artyom'),
    family: w('Smirnov Kuznetsova Popov Sokolova Lebedev Morozova Volkov Solovyova Vasiliev Zaitseva Pavlov Semenova') },
  { code: 'ua', home: 'PL', given: w('Oksana Taras Iryna Bohdan Olena Mykola Solomiia Andriy Khrystyna Yaroslav'),
    family: w('Shevchenko Bondarenko Tkachenko Kovalenko Kravchuk Oliinyk Marchenko Lysenko Rudenko Savchuk') },
  { code: 'tr', home: 'TR', given: w('Elif Emir Zeynep Mehmet Ayşe Burak Defne Can Ece Kerem Selin Oğuz'),
    family: w('Yıldız Kaya Demir Şahin Çelik Aydın Öztürk Arslan Doğan Kılıç Aslan Koç') },
  { code: 'ar', home: 'GB', given: w('Said Layla Youssef Mariam Khalid Huda Tariq Rania Bilal Salma Karim Nour'),
    family: w('Al-Mansouri El-Sayed Haddadin Nasser Khoury Al-Rashid Barakat Hamdan Saleh Mahmoud Aziz Qasim') },
  { code: 'fa', home: 'CA', given: w('Arash Shirin Dariush Parisa Kian Niloufar Babak Yasaman Omid Roya'),
    family: w('Hosseini Rahimi Moradi Karimi Tehrani Jafari Sadeghi Ahmadi Rostami Farahani') },
  { code: 'hi', home: 'IN', given: w('Ananya Arjun Kavya Vikram Ishita Aditya Sneha Rohit Meera Siddharth Pooja Karan'),
    family: w('Sharma Verma Gupta Iyer Reddy Nair Mehta Joshi Chatterjee Banerjee Agarwal Malhotra') },
  { code: 'ta', home: 'IN', given: w('Karthik Lakshmi Senthil Divya Murugan Priyanka Arun Kaviya Vignesh Nandhini'),
    family: w('Subramanian Ramasamy Krishnan Venkatesan Palaniappan Rajendran Sundaram Annamalai Natarajan Balasubramanian') },
  { code: 'bn', home: 'IN', given: w('Tahmid Nusrat Rafiq Farzana Sabbir Tasnim Imran Sadia Arif Mim'),
    family: w('Rahman Hossain Chowdhury Islam Akter Sarkar Uddin Talukder Bhuiyan Sikdar') },
  { code: 'zh', home: 'CN', given: w('Wei Fang Zihan Haoran Xinyi Yuxuan Zixuan Junjie Yutong Siyuan Xiaoming Jiayi'),
    family: w('Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun'),
    nGiven: w('伟 芳 子涵 浩然 欣怡 宇轩 梓萱 俊杰 雨桐 思远 晓明 佳怡'), nFamily: w('王 李 张 刘 陈 杨 黄 赵 周 吴 徐 孙') },
  { code: 'ja', home: 'JP', given: w('Shota Hina Daiki Misaki Ren Yui Yuma Aoi Kenta Sakura Takumi Mao'),
    family: w('Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Matsumoto'),
    nGiven: w('翔太 陽菜 大輝 美咲 蓮 結衣 悠真 葵 健太 さくら 拓海 真央'),
    nFamily: w('佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤 吉田 松本') },
  { code: 'ko', home: 'KR', given: w('Min-jun Seo-yeon Ji-hoon Ha-eun Do-yoon Ji-a Hyun-woo Su-bin Ye-jun Chae-won Eun-ji Tae-yang'),
    family: w('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin'),
    nGiven: w('민준 서연 지훈 하은 도윤 지아 현우 수빈 예준 채원 은지 태양'), nFamily: w('김 이 박 최 정 강 조 윤 장 임 한 신') },
  { code: 'vi', home: 'VN', familyFirst: true, given: w('Linh Minh Trang Huy Ngọc Tuấn Phương Đức Thảo Khoa Hương Bảo'),
    family: w('Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Đỗ Hồ Ngô') },
  { code: 'th', home: 'US', given: w('Siriporn Kittisak Nattaya Thanakorn Pimchanok Chaiwat Warunee Anan Kanokwan Somchai'),
    family: w('Srisuk Chaiyaporn Wongsakul Rattanakorn Phongsri Thongchai Kaewmanee Boonyarat Saetang Jaidee') },
  { code: 'id', home: 'AU', given: w('Putri Agus Dewi Rizky Ayu Bayu Sari Fajar Indah Wahyu'),
    family: w('Santoso Wijaya Pratama Hidayat Kusuma Saputra Nugroho Halim Setiawan Gunawan') },
  { code: 'ph', home: 'US', given: w('Maricel Jerome Kristine Rodel Angelica Jomar Rhea Paolo Cherry Rommel'),
    family: w('dela_Cruz Santos Reyes Bautista Villanueva Mercado Aquino Dizon Manalo Pangilinan') },
  { code: 'ng', home: 'NG', given: w('Adebayo Chiamaka Oluwaseyi Temitope Ikenna Folake Chukwuemeka Blessing Babatunde Adaeze Femi Precious'),
    family: w('Adeyinka Okonkwo Ogunleye Nwosu Okeke Afolabi Nnaji Oyewole Chukwu Adegoke Ekwueme Olanrewaju') },
  { code: 'ke', home: 'KE', given: w('Wanjiku Baraka Akinyi Kiprono Nyambura Jabari Zawadi Njeri Kibet Amani'),
    family: w('Mwangi Otieno Kamau Wambui Odhiambo Njoroge Chebet Kiptoo Achieng Omondi') },
  { code: 'gh', home: 'GB', given: w('Kwabena Ama Yaw Akosua Kojo Abena Kwaku Adwoa Kwesi Afia'),
    family: w('Asante Boateng Owusu Agyeman Darko Appiah Frimpong Ofori Amoah Nkansah') },
  { code: 'et', home: 'US', given: w('Selam Dawit Meron Abebe Tigist Yonas Mekdes Biniam Liya Henok'),
    family: w('Tesfaye Bekele Haile Girma Alemu Tadesse Wolde Mengistu Assefa Kebede') },
  { code: 'sv', home: 'SE', given: w('Linnea Axel Astrid Gustav Freja Oskar Ebba Viggo Maja Sindre'),
    family: w('Sandberg Bergman Nyström Holm Dahl Fjeld Strand Ekström Nordin Solberg') },
  { code: 'fi', home: 'SE', given: w('Aino Eero Helmi Juho Venla Lauri Iida Onni Saara Ville'),
    family: w('Virtanen Korhonen Mäkinen Nieminen Heikkinen Koskinen Järvinen Lehtonen Salminen Hämäläinen') },
  { code: 'el', home: 'GB', given: w('Eleni Giorgos Katerina Nikos Dimitra Stavros Despina Kostas Athina Panagiotis'),
    family: w('Papadopoulos Georgiou Konstantinidis Nikolaidou Alexiou Karagiannis Vlachos Economou Dimitriou Christodoulou') },
  { code: 'he', home: 'US', given: w('Noa Itai Yael Omer Shira Eitan Adi Yonatan Lior Roni'),
    family: w('Cohen Levi Mizrahi Peretz Biton Friedman Azoulay Ben-David Shapiro Katz') },
  { code: 'au', home: 'AU', given: w('Lachlan Matilda Fletcher Tahlia Angus Indi Banjo Willow Cooper Sunny'),
    family: w('Thornbury Waddell McAlister Kettering Blackwood Rudd Hadley Quinlan Dowling Elford') },
];

interface Person {
  readonly given: string;
  readonly family: string;
  /** Full name in the usual order for the context (given first unless the culture puts family first). */
  readonly full: string;
  /** Native-script full name, when the culture has one. */
  readonly native?: string;
  readonly nFamily?: string;
  readonly culture: string;
  readonly home: Country;
}

function person(r: Rng, culture?: string): Person {
  const c = (culture ? CULTURES.find((x) => x.code === culture) : undefined) ?? r.pick(CULTURES);
  const gi = r.int(0, c.given.length - 1);
  const fi = r.int(0, c.family.length - 1);
  const given = c.given[gi] ?? 'Rose';
  const family = c.family[fi] ?? 'Baker';
  let full = c.familyFirst ? `${family} ${given}` : `${given} ${family}`;
  if (c.code === 'vi') full = `${family} ${r.pick(['Thị', 'Văn', 'Hữu', 'Gia', 'Quang'])} ${given}`;
  const ng = c.nGiven?.[gi];
  const nf = c.nFamily?.[fi];
  const native = ng && nf ? (c.code === 'ja' ? `${nf} ${ng}` : `${nf}${ng}`) : undefined;
  return { given, family, full, native, nFamily: nf, culture: c.code, home: c.home };
}

/** Another written form of a person's name (always one contiguous span). */
function nameForm(r: Rng, p: Person): string {
  const k = r.int(0, 11);
  if (k <= 4) return p.full;
  if (k === 5) return `${p.given.charAt(0)}. ${p.family}`;
  if (k === 6) return `${p.family}, ${p.given}`;
  if (k === 7) return `${p.family.toUpperCase()} ${p.given}`;
  if (k === 8) return p.full.toUpperCase();
  if (k === 9) return p.full.toLowerCase();
  if (k === 10 && p.native) return p.native;
  return p.full;
}

function ascii(s: string): string {
  return s
    .replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i').replace(/ø/g, 'o')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z]/g, '');
}

const MAIL_DOMAINS = w(`gmail.com outlook.com yahoo.com hotmail.com icloud.com proton.me gmx.de web.de orange.fr
  libero.it yahoo.co.jp naver.com qq.com 163.com uol.com.br yandex.ru hotmail.es mail.com live.co.uk rediffmail.com`);

function email(r: Rng, p: Person, domain?: string): string {
  const g = ascii(p.given) || 'user';
  const f = ascii(p.family) || 'mail';
  const local = r.pick([
    `${g}.${f}`, `${g.charAt(0)}${f}`, `${g}${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}_${f}`, `${g}${r.int(1990, 2007)}`,
    `${f}${g.charAt(0)}`, `${g}.${f}.${r.digits(2)}`, `${g}-${f}`,
  ]);
  return `${local}@${domain ?? r.pick(MAIL_DOMAINS)}`;
}

// ------------------------------------------------------------------------------------------ countries

type Country =
  | 'US' | 'GB' | 'IE' | 'CA' | 'AU' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'PL' | 'MX' | 'BR' | 'JP' | 'KR' | 'CN'
  | 'IN' | 'NG' | 'KE' | 'TR' | 'VN' | 'SE';

const COUNTRY_NAMES: Record<Country, string> = {
  US: 'United States', GB: 'United Kingdom', IE: 'Ireland', CA: 'Canada', AU: 'Australia', DE: 'Germany',
  FR: 'France', ES: 'Spain', IT: 'Italy', NL: 'Netherlands', PL: 'Poland', MX: 'Mexico', BR: 'Brazil',
  JP: 'Japan', KR: 'South Korea', CN: 'China', IN: 'India', NG: 'Nigeria', KE: 'Kenya', TR: 'Türkiye',
  VN: 'Vietnam', SE: 'Sweden',
};
const ALL_COUNTRIES = Object.keys(COUNTRY_NAMES) as Country[];

function homeOr(r: Rng, p: Person): Country {
  return r.chance(0.75) ? p.home : r.pick(ALL_COUNTRIES);
}

const d2 = (n: number): string => String(n).padStart(2, '0');

function phone(r: Rng, c: Country): string {
  const D = (n: number): string => r.digits(n);
  switch (c) {
    case 'US':
    case 'CA': {
      const a = `${r.int(2, 9)}${D(2)}`;
      const b = `${r.int(2, 9)}${D(2)}`;
      const s = D(4);
      return r.pick([`(${a}) ${b}-${s}`, `${a}-${b}-${s}`, `${a}.${b}.${s}`, `+1 ${a} ${b} ${s}`, `+1 (${a}) ${b}-${s}`, `1-${a}-${b}-${s}`]);
    }
    case 'GB':
      return r.pick([`07${r.int(4, 9)}${D(2)} ${D(6)}`, `+44 7${r.int(4, 9)}${D(2)} ${D(6)}`, `020 ${r.int(3, 8)}${D(3)} ${D(4)}`,
        `+44 (0)1${D(2)} ${D(3)} ${D(4)}`, `0113 ${D(3)} ${D(4)}`]);
    case 'IE':
      return r.pick([`+353 8${r.pick(['3', '5', '6', '7'])} ${D(3)} ${D(4)}`, `08${r.pick(['3', '5', '6', '7'])} ${D(3)} ${D(4)}`, `(01) ${D(3)} ${D(4)}`]);
    case 'AU':
      return r.pick([`+61 4${D(2)} ${D(3)} ${D(3)}`, `04${D(2)} ${D(3)} ${D(3)}`, `(03) ${D(4)} ${D(4)}`, `+61 2 ${D(4)} ${D(4)}`]);
    case 'DE':
      return r.pick([`+49 1${r.pick(['51', '57', '60', '62', '70', '76'])} ${D(8)}`, `01${r.pick(['52', '71', '76'])} ${D(4)} ${D(4)}`,
        `+49 (0)30 ${D(8)}`, `06221 ${D(2)}-${D(4)}`, `0761 ${D(3)} ${D(4)}`]);
    case 'FR':
      return r.pick([`+33 ${r.int(6, 7)} ${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `0${r.int(6, 7)} ${D(2)} ${D(2)} ${D(2)} ${D(2)}`,
        `01.${D(2)}.${D(2)}.${D(2)}.${D(2)}`, `+33 (0)4 ${D(2)} ${D(2)} ${D(2)} ${D(2)}`]);
    case 'ES':
      return r.pick([`+34 6${D(2)} ${D(3)} ${D(3)}`, `6${D(2)} ${D(2)} ${D(2)} ${D(2)}`, `91 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'IT':
      return r.pick([`+39 3${D(2)} ${D(3)} ${D(4)}`, `3${D(2)} ${D(7)}`, `051 ${D(6)}`, `+39 06 ${D(4)} ${D(4)}`]);
    case 'NL':
      return r.pick([`+31 6 ${D(8)}`, `06-${D(8)}`, `020 ${D(3)} ${D(4)}`, `+31 (0)71 ${D(3)} ${D(4)}`]);
    case 'PL':
      return r.pick([`+48 ${r.int(5, 8)}${D(2)} ${D(3)} ${D(3)}`, `${r.int(5, 8)}${D(2)}-${D(3)}-${D(3)}`, `+48 22 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'MX':
      return r.pick([`+52 55 ${D(4)} ${D(4)}`, `+52 1 33 ${D(4)} ${D(4)}`, `(55) ${D(4)}-${D(4)}`, `81 ${D(4)} ${D(4)}`]);
    case 'BR':
      return r.pick([`+55 11 9${D(4)}-${D(4)}`, `(21) 9${D(4)}-${D(4)}`, `+55 (31) 9${D(4)} ${D(4)}`, `(11) 3${D(3)}-${D(4)}`]);
    case 'JP':
      return r.pick([`090-${D(4)}-${D(4)}`, `080-${D(4)}-${D(4)}`, `+81 90-${D(4)}-${D(4)}`, `03-${D(4)}-${D(4)}`, `+81 3 ${D(4)} ${D(4)}`, `070 ${D(4)} ${D(4)}`]);
    case 'KR':
      return r.pick([`010-${D(4)}-${D(4)}`, `+82 10-${D(4)}-${D(4)}`, `02-${D(3)}-${D(4)}`, `+82 10 ${D(4)} ${D(4)}`, `010 ${D(4)} ${D(4)}`]);
    case 'CN':
      return r.pick([`13${D(1)} ${D(4)} ${D(4)}`, `+86 1${r.pick(['38', '39', '50', '86', '58'])} ${D(4)} ${D(4)}`, `+86 10 ${D(4)} ${D(4)}`,
        `(021) ${D(4)} ${D(4)}`, `1${r.pick(['37', '59', '88'])}${D(8)}`]);
    case 'IN':
      return r.pick([`+91 ${r.int(6, 9)}${D(4)} ${D(5)}`, `+91-${r.int(7, 9)}${D(9)}`, `0${r.int(7, 9)}${D(4)} ${D(5)}`, `080-${D(4)} ${D(4)}`]);
    case 'NG':
      return r.pick([`+234 80${r.int(2, 9)} ${D(3)} ${D(4)}`, `080${r.int(2, 9)} ${D(3)} ${D(4)}`, `+234 (0)70${r.int(2, 9)} ${D(3)} ${D(4)}`]);
    case 'KE':
      return r.pick([`+254 7${D(2)} ${D(3)} ${D(3)}`, `07${D(2)} ${D(6)}`, `+254 (0) 7${D(2)} ${D(6)}`]);
    case 'TR':
      return r.pick([`+90 5${D(2)} ${D(3)} ${D(2)} ${D(2)}`, `0(5${D(2)}) ${D(3)} ${D(2)} ${D(2)}`, `0212 ${D(3)} ${D(2)} ${D(2)}`]);
    case 'VN':
      return r.pick([`+84 9${D(1)} ${D(3)} ${D(4)}`, `09${D(1)} ${D(3)} ${D(4)}`, `+84 24 ${D(4)} ${D(4)}`]);
    case 'SE':
      return r.pick([`+46 70 ${D(3)} ${D(2)} ${D(2)}`, `070-${D(3)} ${D(2)} ${D(2)}`, `08-${D(3)} ${D(2)} ${D(2)}`]);
  }
}

/** Lines of a postal address in the country's own layout. Some native forms are a single line. */
function addressLines(r: Rng, c: Country): string[] {
  const n = (lo: number, hi: number): string => String(r.int(lo, hi));
  const country = (): string[] => (r.chance(0.3) ? [COUNTRY_NAMES[c]] : []);
  switch (c) {
    case 'US': {
      const [city, st, zp] = r.pick([['Columbus', 'OH', '432'], ['Ann Arbor', 'MI', '481'], ['Austin', 'TX', '787'], ['Madison', 'WI', '537'],
        ['Eugene', 'OR', '974'], ['Durham', 'NC', '277'], ['Ithaca', 'NY', '148'], ['Tempe', 'AZ', '852'], ['Bloomington', 'IN', '474'],
        ['Gainesville', 'FL', '326'], ['Boulder', 'CO', '803'], ['Burlington', 'VT', '054']] as const);
      const street = r.chance(0.12)
        ? `PO Box ${n(100, 9999)}`
        : `${n(10, 9899)} ${r.pick(w('Maple_Crest Sycamore Larkspur Old_Mill Prospect Willow_Bend Juniper Harmon Ridgeview Cedar_Hollow Quarry Lakeshore'))} ${r.pick(w('St Ave Dr Rd Ln Blvd Ct Way Pl'))}${r.pick(['', '', ` Apt ${n(1, 9)}${r.pick(['A', 'B', 'C'])}`, ` Unit ${n(100, 420)}`, ` #${n(2, 40)}`])}`;
      return [street, `${city}, ${st} ${zp}${r.digits(2)}${r.chance(0.15) ? `-${r.digits(4)}` : ''}`, ...(r.chance(0.2) ? ['USA'] : [])];
    }
    case 'GB': {
      const [town, area] = r.pick([['Southampton', 'SO16'], ['Leeds', 'LS6'], ['Bristol', 'BS7'], ['Manchester', 'M14'], ['Glasgow', 'G12'],
        ['Cardiff', 'CF24'], ['Nottingham', 'NG7'], ['Sheffield', 'S10'], ['Edinburgh', 'EH9'], ['Norwich', 'NR4'], ['Exeter', 'EX4'], ['York', 'YO10']] as const);
      const L = 'ABDEFGHJLNPQRSTUWXYZ';
      const pc = `${area} ${r.int(1, 9)}${L.charAt(r.int(0, 19))}${L.charAt(r.int(0, 19))}`;
      const st = `${n(1, 240)} ${r.pick(w('Aldermoor_Road Hartington_Grove Kelvin_Crescent Mill_Lane Beechwood_Avenue Station_Road Tennyson_Street Orchard_Close Priory_Walk'))}`;
      return [...(r.chance(0.3) ? [`Flat ${n(1, 12)}`] : []), st, town, pc, ...country()];
    }
    case 'IE': {
      const [town, key] = r.pick([['Dublin 4', 'D04'], ['Dublin 8', 'D08'], ['Cork', 'T12'], ['Galway', 'H91'], ['Limerick', 'V94']] as const);
      const A = 'ACDEFHKNPRTVWXY';
      const code = `${key} ${A.charAt(r.int(0, 14))}${r.digits(1)}${A.charAt(r.int(0, 14))}${r.digits(1)}`;
      return [`${n(1, 88)} ${r.pick(w('Ailesbury_Road Griffith_Avenue Sundays_Well_Road Newcastle_Road O\'Connell_Avenue Raglan_Lane'))}`, town, code, ...country()];
    }
    case 'CA': {
      const [city, prov, fsa] = r.pick([['Toronto', 'ON', 'M5S'], ['Montréal', 'QC', 'H2X'], ['Vancouver', 'BC', 'V6T'], ['Halifax', 'NS', 'B3H'], ['Waterloo', 'ON', 'N2L']] as const);
      const L = 'ABCEGHJKLMNPRSTVXY';
      return [`${r.chance(0.4) ? `${n(101, 2405)}-` : ''}${n(10, 980)} ${r.pick(w('Bloor_St_W Rue_Sainte-Catherine_O West_10th_Ave Spring_Garden_Rd King_St_N Rue_Saint-Denis'))}`,
        `${city} ${prov} ${fsa} ${r.int(1, 9)}${L.charAt(r.int(0, 17))}${r.int(1, 9)}`, ...country()];
    }
    case 'AU': {
      const [sub, st, pc] = r.pick([['Fitzroy', 'VIC', '3065'], ['Carlton', 'VIC', '3053'], ['Newtown', 'NSW', '2042'], ['St Lucia', 'QLD', '4067'], ['Glenelg', 'SA', '5045'], ['Subiaco', 'WA', '6008']] as const);
      return [`${r.chance(0.4) ? `Unit ${n(1, 30)}, ` : ''}${n(1, 300)} ${r.pick(w('Banksia_Street Wattle_Avenue Kookaburra_Lane Brunswick_St Coronation_Drive Gouger_Street'))}`, `${sub} ${st} ${pc}`, ...country()];
    }
    case 'DE': {
      const [city, pc] = r.pick([['Berlin', '109'], ['Heidelberg', '691'], ['München', '803'], ['Freiburg im Breisgau', '791'], ['Göttingen', '370'],
        ['Leipzig', '041'], ['Köln', '509'], ['Hamburg', '203'], ['Tübingen', '720'], ['Aachen', '520']] as const);
      return [`${r.pick(w('Lindenstraße Am_Mühlbach Goethestraße Kastanienallee Bahnhofstraße Rosenweg Schillerplatz Hauptstraße Uhlandstraße Blumenstraße'))} ${n(1, 140)}${r.pick(['', '', 'a', 'b'])}`,
        `${pc}${r.digits(2)} ${city}`, ...country()];
    }
    case 'FR': {
      const [city, pc] = r.pick([['Strasbourg', '67000'], ['Lyon', '6900' + n(1, 9)], ['Montpellier', '34000'], ['Grenoble', '38000'], ['Toulouse', '31000'],
        ['Lille', '59000'], ['Bordeaux', '33000'], ['Nantes', '44000'], ['Paris', '750' + d2(r.int(1, 20))]] as const);
      return [...(r.chance(0.3) ? [`Appartement ${n(1, 60)}`] : []), `${n(1, 120)}${r.pick(['', '', ' bis'])} ${r.pick(w('rue_des_Tanneurs avenue_Jean_Jaurès boulevard_de_la_Liberté rue_du_Faubourg_National impasse_des_Lilas quai_Saint-Vincent'))}`,
        `${pc} ${city}`, ...country()];
    }
    case 'ES': {
      const [city, pc] = r.pick([['Madrid', '280'], ['Barcelona', '080'], ['Salamanca', '370'], ['Granada', '180'], ['Valencia', '460'], ['Sevilla', '410'], ['Bilbao', '480']] as const);
      return [`${r.pick(w('Calle_de_Alcalá Carrer_de_Mallorca Avenida_de_la_Constitución Calle_Mayor Paseo_de_Gracia Calle_Toro'))} ${n(1, 220)}, ${n(1, 8)}º ${r.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}`,
        `${pc}${r.digits(2)} ${city}`, ...country()];
    }
    case 'IT': {
      const [city, prov, pc] = r.pick([['Bologna', 'BO', '401'], ['Milano', 'MI', '201'], ['Padova', 'PD', '351'], ['Firenze', 'FI', '501'], ['Torino', 'TO', '101'], ['Roma', 'RM', '001'], ['Pisa', 'PI', '561']] as const);
      return [`${r.pick(w('Via_dei_Mille Via_Zamboni Corso_Vittorio_Emanuele_II Viale_Europa Via_San_Vitale Piazza_delle_Erbe'))} ${n(1, 140)}`, `${pc}${r.digits(2)} ${city} ${prov}`, ...country()];
    }
    case 'NL': {
      const [city, pc] = r.pick([['Amsterdam', '10'], ['Utrecht', '35'], ['Leiden', '23'], ['Groningen', '97'], ['Delft', '26'], ['Rotterdam', '30'], ['Maastricht', '62']] as const);
      const L = 'ABCDEGHJKLMNPRSTVWXZ';
      return [`${r.pick(w('Prinsengracht Oudegracht Breestraat Herestraat Oude_Delft Witte_de_Withstraat Tongersestraat'))} ${n(1, 300)}${r.pick(['', '-2', ' bis', 'A'])}`,
        `${pc}${r.digits(2)} ${L.charAt(r.int(0, 19))}${L.charAt(r.int(0, 19))} ${city}`, ...country()];
    }
    case 'PL': {
      const [city, pc] = r.pick([['Gdańsk', '80'], ['Kraków', '31'], ['Warszawa', '00'], ['Wrocław', '50'], ['Poznań', '61'], ['Łódź', '90']] as const);
      return [`ul. ${r.pick(w('Długa Floriańska Marszałkowska Piotrkowska Świętojańska Grunwaldzka Kwiatowa'))} ${n(1, 90)}${r.chance(0.5) ? `/${n(1, 40)}` : ''}`,
        `${pc}-${r.digits(3)} ${city}`, ...country()];
    }
    case 'MX':
      return r.pick([
        [`Av. Insurgentes Sur ${n(100, 3000)}, Col. ${r.pick(['Del Valle', 'Crédito Constructor', 'Roma Norte', 'Narvarte'])}`, `0${r.digits(4)} Ciudad de México, CDMX`],
        [`Calle ${r.pick(['Hidalgo', 'Morelos', 'Juárez', 'Pino Suárez'])} ${n(1, 900)}, Col. Centro`, `44${r.digits(3)} Guadalajara, Jal.`],
        [`Blvd. ${r.pick(['Díaz Ordaz', 'Constitución'])} ${n(100, 2000)} Int. ${n(1, 20)}`, `64${r.digits(3)} Monterrey, N.L.`, 'México'],
      ]);
    case 'BR':
      return [`${r.pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Laranjeiras', 'Rua Padre Chagas', 'Avenida Afonso Pena'])}, ${n(10, 2500)}${r.chance(0.5) ? `, apto ${n(11, 184)}` : ''} – ${r.pick(['Consolação', 'Bela Vista', 'Laranjeiras', 'Moinhos de Vento', 'Funcionários'])}`,
        `${r.pick(['São Paulo – SP', 'Rio de Janeiro – RJ', 'Porto Alegre – RS', 'Belo Horizonte – MG'])}`, `${r.digits(5)}-${r.digits(3)}`, ...country()];
    case 'JP':
      if (r.chance(0.5)) {
        const [pref, ward] = r.pick([['東京都', '文京区本郷'], ['東京都', '世田谷区北沢'], ['京都府', '京都市左京区吉田本町'], ['大阪府', '吹田市山田丘'], ['福岡県', '福岡市西区元岡']] as const);
        return [`〒${r.digits(3)}-${r.digits(4)} ${pref}${ward}${n(1, 9)}-${n(1, 30)}-${n(1, 20)}${r.chance(0.4) ? ` ${r.pick(['ハイツ', 'コーポ', 'メゾン'])}${r.pick(['本郷', '桜', '若葉'])}${n(101, 508)}` : ''}`];
      }
      return [`${n(1, 9)}-${n(1, 30)}-${n(1, 20)} ${r.pick(['Hongo, Bunkyo-ku', 'Kitazawa, Setagaya-ku', 'Yoshida-honmachi, Sakyo-ku', 'Motooka, Nishi-ku'])}`,
        `${r.pick(['Tokyo', 'Kyoto', 'Fukuoka'])} ${r.digits(3)}-${r.digits(4)}`, ...country()];
    case 'KR':
      if (r.chance(0.5)) {
        return [`${r.pick(['서울특별시 마포구 와우산로', '서울특별시 관악구 관악로', '부산광역시 해운대구 센텀중앙로', '대전광역시 유성구 대학로'])} ${n(1, 200)}${r.chance(0.5) ? `, ${n(101, 1504)}호` : ''} (${r.digits(5)})`];
      }
      return [`${r.chance(0.5) ? `${n(101, 1504)}-ho, ` : ''}${n(1, 200)} ${r.pick(['Wausan-ro, Mapo-gu', 'Gwanak-ro, Gwanak-gu', 'Daehak-ro, Yuseong-gu'])}`, `${r.pick(['Seoul', 'Daejeon'])} ${r.digits(5)}`, ...country()];
    case 'CN':
      if (r.chance(0.5)) {
        return [`${r.pick(['上海市徐汇区漕溪北路', '北京市海淀区中关村大街', '广州市天河区天河北路', '成都市武侯区科华北路'])}${n(1, 300)}号${r.chance(0.5) ? `${n(1, 12)}栋${n(101, 2505)}室` : ''}，邮编 ${r.digits(6)}`];
      }
      return [`Room ${n(101, 2505)}, No. ${n(1, 300)} ${r.pick(['Caoxi North Road, Xuhui District', 'Zhongguancun Street, Haidian District', 'Kehua North Road, Wuhou District'])}`,
        `${r.pick(['Shanghai', 'Beijing', 'Chengdu'])} ${r.digits(6)}`, ...(r.chance(0.5) ? ['China'] : [])];
    case 'IN': {
      const [city, pc, state] = r.pick([['Bengaluru', '5600', 'Karnataka'], ['Chennai', '6000', 'Tamil Nadu'], ['Pune', '4110', 'Maharashtra'], ['Kolkata', '7000', 'West Bengal'], ['Hyderabad', '5000', 'Telangana']] as const);
      return [`${r.chance(0.5) ? `Flat ${n(101, 904)}, ` : ''}${r.pick(['Sai Krupa Apartments', 'Green Meadows', 'Lakshmi Nilayam', 'Sunrise Residency'])}`,
        `${r.pick(['4th', '11th', '14th', '2nd', '3rd', '21st'])} ${r.pick(['Cross', 'Main Road', 'Block'])}, ${r.pick(['Indiranagar', 'Adyar', 'Kothrud', 'Salt Lake', 'Madhapur'])}`, `${city} ${pc}${r.digits(2)}, ${state}`, ...country()];
    }
    case 'NG':
      return r.pick([[`${n(1, 90)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Bode Thomas Street'])}`, `${r.pick(['Victoria Island', 'Ikoyi', 'Surulere'])}`, `Lagos ${r.digits(6)}`],
        [`Plot ${n(1, 400)}, ${r.pick(['Aminu Kano Crescent', 'Gana Street'])}`, `${r.pick(['Wuse II', 'Maitama'])}, Abuja ${r.digits(6)}`, ...country()]]);
    case 'KE':
      return r.pick([[`P.O. Box ${n(100, 60000)}-00${r.pick(['100', '200', '508'])}`, 'Nairobi', ...country()],
        [`${r.pick(['Kindaruma Road', 'Argwings Kodhek Road', 'Ngong Road'])}, ${r.pick(['Apt', 'House'])} ${n(1, 30)}${r.pick(['A', 'B', ''])}`, `${r.pick(['Kilimani', 'Lavington', 'Kileleshwa'])}, Nairobi`, ...country()]]);
    case 'TR':
      return r.pick([[`${r.pick(['Bağdat Cad.', 'Moda Cad.', 'Atatürk Bulvarı', 'Cumhuriyet Mah. Gül Sok.'])} No: ${n(1, 300)} D: ${n(1, 20)}`, `${r.digits(5)} ${r.pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Bornova/İzmir'])}`, ...country()]]);
    case 'VN':
      return [`${r.pick(['Số ', ''])}${n(1, 200)} ${r.pick(['Lý Thường Kiệt', 'Trần Duy Hưng', 'Nguyễn Huệ', 'Lê Lợi'])}, ${r.pick(['Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', 'Hoàn Kiếm, Hà Nội', 'Cầu Giấy, Hà Nội'])}`, ...country()];
    case 'SE': {
      const [city, pc] = r.pick([['Stockholm', '11'], ['Uppsala', '75'], ['Lund', '22'], ['Göteborg', '41']] as const);
      return [`${r.pick(['Storgatan', 'Kungsgatan', 'Svartbäcksgatan', 'Tomegapsgatan'])} ${n(1, 80)}${r.chance(0.4) ? ` lgh ${n(1001, 1603)}` : ''}`, `${pc}${r.digits(1)} ${r.digits(2)} ${city}`, ...country()];
    }
  }
}

function address(r: Rng, c: Country, multi = false, indent = ''): string {
  const lines = addressLines(r, c);
  return multi ? lines.join(`\n${indent}`) : lines.join(', ');
}

// ---------------------------------------------------------------------------------------------- dates

interface Ymd { readonly y: number; readonly m: number; readonly d: number }
const MONTHS: Record<string, readonly string[]> = {
  en: w('January February March April May June July August September October November December'),
  de: w('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  fr: w('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: w('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  pt: w('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  it: w('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  tr: w('Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'),
  nl: w('januari februari maart april mei juni juli augustus september oktober november december'),
};
const mon = (lang: string, m: number): string => MONTHS[lang]?.[m - 1] ?? 'May';

function ymd(r: Rng, y0: number, y1: number): Ymd {
  return { y: r.int(y0, y1), m: r.int(1, 12), d: r.int(1, 28) };
}
const birth = (r: Rng): Ymd => ymd(r, 1994, 2007);
const parentBirth = (r: Rng): Ymd => ymd(r, 1960, 1980);
const recent = (r: Rng): Ymd => ymd(r, 2024, 2026);

type DateStyle = 'us' | 'usLong' | 'uk' | 'ukLong' | 'iso' | 'de' | 'deLong' | 'fr' | 'frLong' | 'es' | 'pt' | 'it'
  | 'nl' | 'ja' | 'ko' | 'zh' | 'dot' | 'slash' | 'tr' | 'mon' | 'MON';

function fmt(x: Ymd, s: DateStyle): string {
  const { y, m, d } = x;
  switch (s) {
    case 'us': return `${d2(m)}/${d2(d)}/${y}`;
    case 'usLong': return `${mon('en', m)} ${d}, ${y}`;
    case 'uk': return `${d2(d)}/${d2(m)}/${y}`;
    case 'ukLong': return `${d} ${mon('en', m)} ${y}`;
    case 'iso': return `${y}-${d2(m)}-${d2(d)}`;
    case 'de': return `${d2(d)}.${d2(m)}.${y}`;
    case 'deLong': return `${d}. ${mon('de', m)} ${y}`;
    case 'fr': return `${d2(d)}/${d2(m)}/${y}`;
    case 'frLong': return `${d === 1 ? '1er' : d} ${mon('fr', m)} ${y}`;
    case 'es': return `${d} de ${mon('es', m)} de ${y}`;
    case 'pt': return `${d} de ${mon('pt', m)} de ${y}`;
    case 'it': return `${d} ${mon('it', m)} ${y}`;
    case 'nl': return `${d2(d)}-${d2(m)}-${y}`;
    case 'ja': return `${y}年${m}月${d}日`;
    case 'ko': return `${y}년 ${m}월 ${d}일`;
    case 'zh': return `${y}年${m}月${d}日`;
    case 'dot': return `${y}.${d2(m)}.${d2(d)}`;
    case 'slash': return `${y}/${d2(m)}/${d2(d)}`;
    case 'tr': return `${d} ${mon('tr', m)} ${y}`;
    case 'mon': return `${d2(d)}-${mon('en', m).slice(0, 3)}-${y}`;
    case 'MON': return `${d2(d)} ${mon('en', m).slice(0, 3).toUpperCase()} ${y}`;
  }
}

function styleFor(r: Rng, c: Country): DateStyle {
  const by: Record<Country, DateStyle[]> = {
    US: ['us', 'usLong', 'us'], CA: ['iso', 'usLong'], GB: ['uk', 'ukLong'], IE: ['uk', 'ukLong'], AU: ['uk', 'ukLong'],
    IN: ['uk', 'ukLong', 'mon'], NG: ['uk', 'ukLong'], KE: ['uk', 'ukLong'], DE: ['de', 'deLong'], PL: ['de', 'iso'],
    TR: ['de', 'tr'], FR: ['fr', 'frLong'], ES: ['uk', 'es'], MX: ['uk', 'es'], BR: ['uk', 'pt'], IT: ['uk', 'it'],
    NL: ['nl', 'iso'], JP: ['ja', 'slash'], KR: ['ko', 'dot'], CN: ['zh', 'iso'], VN: ['uk'], SE: ['iso'],
  };
  return r.pick(by[c]);
}

const stamp = (r: Rng): string => {
  const x = recent(r);
  return `${fmt(x, 'iso')}T${d2(r.int(0, 23))}:${d2(r.int(0, 59))}:${d2(r.int(0, 59))}${r.chance(0.5) ? `.${r.digits(3)}` : ''}Z`;
};
const clock = (r: Rng): string => `${d2(r.int(7, 22))}:${d2(r.int(0, 59))}`;
/** A clock that only moves forward, for chat transcripts. */
function clockSeq(r: Rng): () => string {
  let m = r.int(7 * 60, 20 * 60);
  return () => {
    m = Math.min(m + r.int(0, 4), 23 * 60 + 59);
    return `${d2(Math.floor(m / 60))}:${d2(m % 60)}`;
  };
}

// ------------------------------------------------------------------------------- checksummed values

function luhnDigit(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return String(c);
  return '0';
}

type Brand = 'visa' | 'mc' | 'mc2' | 'amex' | 'disc' | 'jcb' | 'diners' | 'unionpay';

function cardDigits(r: Rng, brand?: Brand): string {
  const b = brand ?? r.pick<Brand>(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'disc', 'jcb', 'diners', 'unionpay']);
  let prefix: string;
  let len = 16;
  switch (b) {
    case 'visa': prefix = '4'; len = r.chance(0.06) ? 19 : 16; break;
    case 'mc': prefix = `5${r.int(1, 5)}`; break;
    case 'mc2': prefix = String(r.int(2221, 2720)); break;
    case 'amex': prefix = r.pick(['34', '37']); len = 15; break;
    case 'disc': prefix = r.pick(['6011', '65', String(r.int(644, 649))]); break;
    case 'jcb': prefix = String(r.int(3528, 3589)); break;
    case 'diners': prefix = r.pick(['36', '38', String(r.int(300, 305))]); len = 14; break;
    case 'unionpay': prefix = '62'; len = r.pick([16, 16, 19]); break;
  }
  const body = prefix + r.digits(len - 1 - prefix.length);
  return body + luhnDigit(body);
}

function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  let parts: string[];
  if (d.length === 15) parts = [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
  else if (d.length === 14) parts = [d.slice(0, 4), d.slice(4, 10), d.slice(10)];
  else parts = d.match(/.{1,4}/g) ?? [d];
  return parts.join(sep);
}

const card = (r: Rng, brand?: Brand): string => groupCard(r, cardDigits(r, brand));

/** A card-like number that fails Luhn (unlabelled distractor). */
function badCard(r: Rng): string {
  const d = cardDigits(r, r.pick<Brand>(['visa', 'mc', 'amex']));
  const last = Number(d.slice(-1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `•••• ${r.digits(4)}`, `ending in ${r.digits(4)}`]);

const IBAN_COUNTRIES = ['DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'FI', 'TR', 'SA', 'AE', 'BR', 'GR', 'LU', 'RO', 'DK'] as const;

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}

function ibanCompact(r: Rng, cc?: string): string {
  const c = cc ?? r.pick(IBAN_COUNTRIES);
  const len = IBAN_LENGTHS[c] ?? 22;
  const letters = c === 'GB' || c === 'IE' || c === 'NL' || c === 'RO' ? 4 : c === 'IT' ? 1 : 0;
  const AZ = 'ABCDEFGHIJKLMNOPRSTUVWXYZ';
  let bban = '';
  for (let i = 0; i < letters; i++) bban += AZ.charAt(r.int(0, AZ.length - 1));
  if (c === 'GB' || c === 'IE') bban = r.pick(['NWBK', 'BARC', 'LOYD', 'AIBK', 'BOFI', 'MIDL', 'REVO']);
  bban += r.digits(len - 4 - bban.length);
  const check = 98 - mod97(`${bban}${c}00`);
  const out = `${c}${d2(check)}${bban}`;
  if (!ibanMod97Valid(out) || out.length !== len) throw new Error(`iban generator bug ${out}`);
  return out;
}

function groupIban(r: Rng, s: string): string {
  const k = r.int(0, 9);
  if (k <= 5) return s.match(/.{1,4}/g)?.join(' ') ?? s;
  if (k <= 7) return s;
  if (k === 8) return (s.match(/.{1,4}/g)?.join(' ') ?? s).toLowerCase();
  return s.toLowerCase();
}

const iban = (r: Rng, cc?: string): string => groupIban(r, ibanCompact(r, cc));

/** An IBAN with one digit changed: fails mod 97 (unlabelled distractor). */
function badIban(r: Rng): string {
  const s = ibanCompact(r, r.pick(['DE', 'GB', 'FR', 'ES', 'NL']));
  const i = r.int(s.length - 8, s.length - 1); // always inside the all-digit account part
  const nd = String((Number(s.charAt(i)) + r.int(1, 9)) % 10);
  const bad = s.slice(0, i) + nd + s.slice(i + 1);
  if (ibanMod97Valid(bad)) throw new Error(`bad IBAN still valid ${bad}`);
  return (bad.match(/.{1,4}/g) ?? [bad]).join(' ');
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = d2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}
const maskedSsn = (r: Rng): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
const itin = (r: Rng): string => `9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`;
const ein = (r: Rng): string => `${r.int(10, 88)}-${r.digits(7)}`;
const routing = (r: Rng): string => r.pick(['021000021', '026009593', '111000025', '122000661', '071000013', '031176110']);

function ipv4(r: Rng): string {
  const k = r.int(0, 5);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([31, 41, 49, 62, 77, 81, 88, 103, 117, 128, 141, 151, 176, 185, 190, 197, 201, 213])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const k = r.int(0, 3);
  if (k === 0) return `2001:db8:${h()}:${h()}::${h()}`;
  if (k === 1) return `${r.pick(['2a02', '2600', '2406', '2804', '2c0f'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (k === 2) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  return `${r.pick(['2a01', '2001', '240e'])}:${h()}::${h()}:${h()}`;
}
const ip = (r: Rng): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));

const ONES = w('zero one two three four five six seven eight nine');
function spokenDigits(r: Rng, num: string): string {
  const groups = num.replace(/^\+/, 'plus ').split(/[\s\-().]+/).filter((x) => x.length > 0);
  return groups
    .map((g) => (g === 'plus' ? 'plus' : [...g].map((c) => (c === '0' && r.chance(0.3) ? 'oh' : ONES[Number(c)] ?? c)).join(' ')))
    .join(r.pick([', ', ' ', ' … ']));
}
function spokenEmail(e: string): string {
  return e.replace(/\./g, ' dot ').replace('@', ' at ').replace(/_/g, ' underscore ').replace(/-/g, ' dash ');
}

// ------------------------------------------------------------------------------------- institutions

interface Inst { readonly name: string; readonly domain: string; readonly country: Country }
const INSTS: readonly Inst[] = [
  { name: 'Northgate University', domain: 'northgate.edu', country: 'US' },
  { name: 'Calder Valley College', domain: 'caldervalley.edu', country: 'US' },
  { name: 'University of Eastmere', domain: 'eastmere.ac.uk', country: 'GB' },
  { name: 'Kestrel Bay University', domain: 'kestrelbay.edu.au', country: 'AU' },
  { name: 'Hochschule Rheinau', domain: 'hs-rheinau.de', country: 'DE' },
  { name: 'Université de Belcourt', domain: 'univ-belcourt.fr', country: 'FR' },
  { name: 'Universidad del Valle Alto', domain: 'uvalto.es', country: 'ES' },
  { name: 'Aoba International University', domain: 'aoba-iu.ac.jp', country: 'JP' },
  { name: 'Hanul University', domain: 'hanul.ac.kr', country: 'KR' },
  { name: 'Lakeside Polytechnic', domain: 'lakesidepoly.ca', country: 'CA' },
  { name: 'Trinity Harbour Institute', domain: 'thi.ie', country: 'IE' },
  { name: 'Università di Colleverde', domain: 'unicolleverde.it', country: 'IT' },
  { name: 'Hogeschool Zuidkust', domain: 'zuidkust.nl', country: 'NL' },
];
const inst = (r: Rng, c?: Country): Inst => (c ? INSTS.find((i) => i.country === c) : undefined) ?? r.pick(INSTS);
const PROGRAMS = w(`MSc_Data_Science BA_International_Relations MEng_Civil_Engineering LLM_European_Law MA_Linguistics
  BSc_Nursing MBA MSc_Marine_Biology BFA_Illustration PhD_Chemistry Semester_Exchange_(Spring) Summer_School_Japanese
  Foundation_Year_Business MSc_Renewable_Energy BSc_Computer_Science MA_Translation_Studies`);
const EPONYMS = w(`Fulbright_grant Erasmus+_mobility_grant Rhodes_Scholarship Marshall_Scholarship Chevening_award
  Gates_Cambridge_scholarship Humboldt_fellowship Marie_Skłodowska-Curie_fellowship Mandela_Rhodes_award Monbukagakusho_(MEXT)_scholarship`);
const BUILDINGS = w(`Ellsworth_Hall Curie_Residence Hopper_Library Turing_Building Mandela_House Lovelace_Commons
  Franklin_Quad Nightingale_Court Darwin_Annex Tagore_Hall`);
const appId = (r: Rng): string => `${r.pick(['APP', 'UG', 'PG', 'INT'])}-${r.int(2025, 2027)}-${r.digits(6)}`;
const studentNo = (r: Rng): string => r.pick([`S${r.digits(8)}`, `${r.int(2021, 2026)}${r.digits(5)}`, `U${r.digits(7)}`]);
const passportNo = (r: Rng): string => r.pick([`${r.pick(['C', 'E', 'P', 'K', 'X'])}${r.digits(8)}`, `${r.pick(['AB', 'TR', 'MZ', 'LK'])}${r.digits(7)}`, `${r.digits(9)}`]);
const sevis = (r: Rng): string => `N00${r.digits(8)}`;
const cas = (r: Rng): string => `E4G${r.digits(3)}${r.pick(['A', 'K', 'M', 'Z'])}${r.digits(7)}`;
const ticket = (r: Rng): string => `${r.pick(['INC', 'REQ', 'CASE', 'TKT'])}${r.digits(7)}`;
const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
const version = (r: Rng): string => `${r.int(1, 12)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(0, 300)}`;
const money = (r: Rng, cur: string): string => `${cur}${r.int(2, 48)},${r.digits(3)}.${r.pick(['00', '50', r.digits(2)])}`;

// ------------------------------------------------------------------------------------------ templates

type Tpl = (d: Doc, r: Rng) => void;

const TITLES = w(`Admissions_Officer International_Student_Adviser Deputy_Registrar Study_Abroad_Coordinator Housing_Officer
  Scholarships_Administrator Student_Finance_Assistant Visa_Compliance_Officer`);

/** A staff signature block: name, title, institution, phone (maybe with extension), role or personal e-mail. */
function staffSig(d: Doc, r: Rng, i: Inst, s: Person = person(r)): void {
  d.t('\n\n').l('PERSON', r.chance(0.8) ? s.full : `${s.given.charAt(0)}. ${s.family}`).t(`\n${r.pick(TITLES)}\n${i.name}\n`);
  if (r.chance(0.6)) {
    d.t(r.pick(['T: ', 'Tel. ', 'Phone: ', 'Direct line: '])).l('PHONE', phone(r, i.country));
    if (r.chance(0.3)) d.t(` ext. ${r.int(100, 9999)}`);
    d.t('\n');
  }
  d.t(r.pick(['E: ', 'Email: ', ''])).l('EMAIL', r.chance(0.5) ? email(r, s, i.domain) : `${r.pick(['admissions', 'intl', 'registrar', 'studyabroad', 'housing', 'funding'])}@${i.domain}`);
}

const T_PORTAL_CSV: Tpl = (d, r) => {
  const i = inst(r);
  d.t(`# export: ${i.domain}/portal/applications?status=submitted  generated ${stamp(r)}\n`);
  d.t('application_id,first_name,last_name,date_of_birth,email,phone,citizenship,program,submitted_at,client_ip\n');
  for (let k = r.int(3, 6); k > 0; k--) {
    const p = person(r);
    const c = homeOr(r, p);
    d.t(`${appId(r)},`).l('PERSON', p.given).t(',').l('PERSON', p.family).t(',').l('DOB', fmt(birth(r), r.pick(['iso', 'iso', 'us', 'uk'] as const)))
      .t(',').l('EMAIL', email(r, p)).t(',').l('PHONE', phone(r, c)).t(`,${COUNTRY_NAMES[c]},${r.pick(PROGRAMS)},${stamp(r)},`).l('IP', ip(r)).t('\n');
  }
  d.t(`# rows with status=draft excluded; fee waiver codes redacted; checksum sha1=${hex(r, 40)}`);
};

const T_PORTAL_JSON: Tpl = (d, r) => {
  const p = person(r);
  const c = homeOr(r, p);
  const rec = person(r);
  const i = inst(r);
  d.t('{\n  "applicationId": "').t(appId(r)).t('",\n  "term": "').t(r.pick(['Fall 2026', 'Spring 2027', 'WS 2026/27'])).t('",\n  "applicant": {\n    "legalName": { "given": "')
    .l('PERSON', p.given).t('", "family": "').l('PERSON', p.family).t('" },\n    "preferredName": "').l('PERSON', r.chance(0.5) ? p.given : p.full)
    .t('",\n    "dateOfBirth": "').l('DOB', fmt(birth(r), 'iso')).t('",\n    "contact": { "email": "').l('EMAIL', email(r, p)).t('", "mobile": "').l('PHONE', phone(r, c))
    .t('" },\n    "homeAddress": "').l('ADDRESS', address(r, c)).t(`",\n    "passportNumber": "${passportNo(r)}"\n  },\n  "recommenders": [\n    { "name": "`)
    .l('PERSON', rec.full).t('", "email": "').l('EMAIL', email(r, rec, inst(r).domain))
    .t(`", "status": "${r.pick(['invited', 'submitted', 'reminded'])}" }\n  ],\n  "program": "${r.pick(PROGRAMS)}",\n  "submittedFrom": { "ip": "`).l('IP', ip(r))
    .t(`", "userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${r.int(118, 131)}.0.${r.int(5000, 6999)}.${r.int(10, 200)}" },\n  "reviewer": "`).l('EMAIL', `${ascii(person(r).given)}@${i.domain}`).t('"\n}');
};

const T_ENROL_LETTER: Tpl = (d, r) => {
  const i = inst(r, r.pick<Country>(['GB', 'IE', 'AU', 'US', 'CA']));
  const p = person(r);
  const st = styleFor(r, i.country);
  d.t(`${i.name}\nAcademic Registry\n`).l('ADDRESS', address(r, i.country, true)).t('\n');
  d.t(`\n${fmt(recent(r), st)}\n\nTO WHOM IT MAY CONCERN\n\nRe: Confirmation of enrolment – `).l('PERSON', p.full.toUpperCase()).t('\n\n');
  d.t('This letter confirms that ').l('PERSON', p.full).t(` (date of birth `).l('DOB', fmt(birth(r), st))
    .t(`; student number ${studentNo(r)}) is registered as a full-time student on the ${r.pick(PROGRAMS)} programme. `)
    .t(`The course started on ${fmt(recent(r), st)} and is expected to end on ${fmt(ymd(r, 2027, 2029), st)}. `)
    .t(`Tuition fees of ${money(r, r.pick(['£', '€', 'A$', 'C$']))} have been ${r.pick(['paid in full', 'partly paid', 'deferred under an approved plan'])}.\n\n`);
  d.t(`${r.pick(['Their', 'The student\'s'])} term-time address held on our records is:\n`).l('ADDRESS', address(r, i.country, true, '  ')).t('\n\n');
  d.t(`This letter was produced at the student's request for ${r.pick(['a council tax exemption', 'a bank account application', 'their embassy', 'a residence permit renewal'])}. `)
    .t(`To verify it, quote reference VER-${r.digits(6)} to `).l('EMAIL', `verifications@${i.domain}`).t('.');
  staffSig(d, r, i);
};

const T_DE_VISA_LETTER: Tpl = (d, r) => {
  const i = inst(r, 'DE');
  const p = person(r);
  const s = person(r, 'de');
  d.t(`${i.name} · International Office · `).l('ADDRESS', address(r, 'DE')).t('\n\n');
  d.t(r.pick(['Ausländerbehörde', 'Landesamt für Einwanderung', 'Bürgeramt – Abteilung Aufenthalt'])).t('\n\n')
    .t(`${r.pick(['Heidelberg', 'Berlin', 'Leipzig'])}, ${fmt(recent(r), 'deLong')}\n\n`);
  d.t('Bestätigung zur Vorlage bei der Ausländerbehörde\n\nHiermit bestätigen wir, dass ').l('PERSON', p.full).t(', geboren am ').l('DOB', fmt(birth(r), r.pick(['de', 'deLong'] as const)))
    .t(` in ${r.pick(['Izmir', 'Pune', 'Hanoi', 'Curitiba', 'Lagos', 'Busan', 'Puebla'])}, Staatsangehörigkeit ${r.pick(['türkisch', 'indisch', 'vietnamesisch', 'brasilianisch', 'nigerianisch', 'koreanisch', 'mexikanisch'])}, `)
    .t(`Matrikelnummer ${r.digits(7)}, im ${r.pick(['Wintersemester 2026/27', 'Sommersemester 2027'])} im Studiengang ${r.pick(['M.Sc. Informatik', 'B.A. Germanistik', 'M.A. Kunstgeschichte', 'M.Sc. Physik'])} immatrikuliert ist.\n`);
  d.t('Die Semesteranschrift lautet: ').l('ADDRESS', address(r, 'DE')).t('.\n');
  d.t(`Die Regelstudienzeit endet voraussichtlich am ${fmt(ymd(r, 2027, 2029), 'de')}. Die Studiengebühren für Nicht-EU-Studierende (1.500 € pro Semester) wurden entrichtet.\n\nMit freundlichen Grüßen\n`)
    .l('PERSON', s.full).t('\nSachbearbeitung Internationale Studierende\nTel. ').l('PHONE', phone(r, 'DE')).t(' · ').l('EMAIL', `international@${i.domain}`);
};

const T_I20_FORM: Tpl = (d, r) => {
  const p = person(r);
  const sp = person(r, r.chance(0.8) ? p.culture : undefined);
  const c = homeOr(r, p);
  const i = inst(r, 'US');
  d.t(`${i.name} — Request for Form I-20 (F-1)\nSubmitted ${stamp(r)} via ISSS portal\n\n`);
  d.t('1. Family name (as in passport): ').l('PERSON', p.family.toUpperCase()).t('\n2. Given name(s): ').l('PERSON', p.given.toUpperCase()).t('\n')
    .t('3. Date of birth (MM/DD/YYYY): ').l('DOB', fmt(birth(r), 'us')).t(`\n4. Country of birth: ${COUNTRY_NAMES[c]}\n5. Passport no.: ${passportNo(r)}  expires ${fmt(ymd(r, 2027, 2034), 'us')}\n`)
    .t(`6. Prior SEVIS ID (if transfer): ${r.chance(0.4) ? sevis(r) : 'N/A'}\n7. Foreign address: `).l('ADDRESS', address(r, c)).t('\n8. Mobile: ').l('PHONE', phone(r, c))
    .t('\n9. E-mail: ').l('EMAIL', email(r, p)).t('\n10. Financial sponsor: ').l('PERSON', sp.full).t(` (${r.pick(['father', 'mother', 'uncle', 'self', 'aunt', 'sister'])}), tel. `).l('PHONE', phone(r, c))
    .t(`\n11. Funds documented: USD ${r.int(38, 95)},${r.digits(3)} (estimated cost of attendance USD 61,240)\n12. Dependents: ${r.pick(['none', '1 (spouse)', '2'])}\n\nOffice use: DSO `)
    .l('PERSON', `${person(r).given.charAt(0)}. ${person(r, 'en').family}`).t(` — checklist complete, issue by ${fmt(recent(r), 'usLong')}`);
};

const T_CAS: Tpl = (d, r) => {
  const i = inst(r, 'GB');
  const p = person(r);
  const c = homeOr(r, p);
  d.t(`CAS STATEMENT — ${i.name} (sponsor licence ${r.pick(['ABCD', 'KT7Q', 'ZR2M'])}${r.digits(5)})\n`).t(`CAS number: ${cas(r)}\nStatus: ${r.pick(['Assigned', 'Used', 'Withdrawn'])}\n\n`);
  d.t('Family name: ').l('PERSON', p.family).t('\nGiven name: ').l('PERSON', p.given).t(`\nNationality: ${COUNTRY_NAMES[c]}\nDate of birth: `).l('DOB', fmt(birth(r), r.pick(['uk', 'MON'] as const)))
    .t(`\nPlace of birth: ${r.pick(['Chennai', 'Lagos', 'Chengdu', 'Almaty', 'Karachi', 'Accra', 'Medellín'])}\nPassport number: ${passportNo(r)}\n`)
    .t(`Course: ${r.pick(PROGRAMS)} (RQF level ${r.int(6, 8)})\nCourse start: ${fmt(recent(r), 'uk')}   Latest date for acceptance: ${fmt(recent(r), 'uk')}\n`)
    .t(`English language: ${r.pick(['IELTS 6.5 (no component below 6.0)', 'exempt – majority English-speaking country', 'assessed by the sponsor'])}\nATAS: ${r.pick(['not required', `certificate ${r.digits(10)}`])}\n`)
    .t(`Tuition fees first year: £${r.int(17, 33)},${r.digits(3)}; paid: £${r.int(0, 9)},${r.digits(3)}\n`)
    .t('Student contact on file: ').l('EMAIL', email(r, p)).t(' / ').l('PHONE', phone(r, c)).t(`\nPrevious UK study: ${r.pick(['none', 'BRP ZX' + r.digits(7) + ' (expired)'])}`);
};

const T_TRANSCRIPT_REQ: Tpl = (d, r) => {
  const i = inst(r);
  const p = person(r);
  const c = homeOr(r, p);
  const dest = inst(r);
  const st = styleFor(r, i.country);
  d.t(`Official transcript request #TR-${r.digits(6)}\n${i.name} · Office of the Registrar\n\n`)
    .t('Name while enrolled: ').l('PERSON', p.full).t('\n');
  if (r.chance(0.3)) d.t('Former name: ').l('PERSON', `${p.given} ${person(r, p.culture).family}`).t('\n');
  d.t('Date of birth: ').l('DOB', fmt(birth(r), st)).t(`\nStudent ID: ${studentNo(r)}   Years attended: ${r.int(2015, 2021)}–${r.int(2022, 2025)}\n`)
    .t(`Copies: ${r.int(1, 3)} × ${r.pick(['sealed paper', 'certified PDF'])}\n\nSend to:\n${dest.name}, Graduate Admissions\n`).l('ADDRESS', address(r, dest.country, true)).t('\n')
    .t('Notify me at: ').l('EMAIL', email(r, p)).t(' / ').l('PHONE', phone(r, c)).t('\n');
  if (i.country === 'US') {
    if (r.chance(0.6)) d.t('SSN (for record matching, optional): ').l('NATIONAL_ID', ssn(r)).t('\n');
    else d.t(`SSN: ${maskedSsn(r)}\n`);
  }
  d.t('\nFee: ').t(`${r.pick(['USD 15.00', '€12,00', '£10.00'])} per copy + courier\n`);
  if (r.chance(0.6)) {
    d.t('Card number: ').l('CARD', card(r)).t(`   Exp ${d2(r.int(1, 12))}/${r.int(27, 31)}   CVC ${r.digits(3)}\n`);
  } else {
    d.t(`Paid by card ${maskedCard(r)} (auth ${r.digits(6)})\n`);
  }
  d.t(`Courier: DHL Express, waybill ${r.digits(10)}`);
};

const T_REC_REQUEST: Tpl = (d, r) => {
  const p = person(r);
  const prof = person(r);
  const i = inst(r);
  const c = homeOr(r, p);
  d.t('Subject: Letter of recommendation – ').t(r.pick(PROGRAMS)).t(`\n\nDear ${r.pick(['Professor', 'Dr.', 'Prof.'])} `).l('PERSON', prof.family).t(',\n\n');
  d.t(`I hope you are well. I took your ${r.pick(['Thermodynamics II', 'Comparative Politics seminar', 'Organic Chemistry lab', 'Corpus Linguistics module'])} course in ${r.int(2022, 2025)} `)
    .t(`(final grade ${r.pick(['A', 'A-', '1.3', '18/20', 'First'])}) and I am applying to ${inst(r).name} for the ${r.pick(['2026/27', 'Fall 2026', 'Spring 2027'])} intake. `)
    .t('Would you be willing to write a recommendation? The portal will e-mail you an invitation from ').l('EMAIL', `no-reply@${inst(r).domain}`).t(' and the deadline is ')
    .t(`${fmt(recent(r), styleFor(r, i.country))}.\n\n`);
  d.t(`I have attached my CV, transcript and a draft statement of purpose. ${r.pick(['My friend', 'A classmate,', 'Your former TA'])} `).l('PERSON', person(r).given)
    .t(` said you prefer at least three weeks' notice, so I wanted to ask early.\n\nThank you so much,\n`);
  d.self(p.full).t(`\n${r.pick(['Student ID', 'Matriculation no.', 'Candidate no.'])} ${studentNo(r)}\n`).l('PHONE', phone(r, c));
};

const T_REC_INVITE: Tpl = (d, r) => {
  const i = inst(r);
  const p = person(r);
  const rec = person(r);
  d.t('From: ').l('EMAIL', `recommendations@${i.domain}`).t('\nTo: ').l('EMAIL', email(r, rec, inst(r).domain)).t(`\nSubject: Recommendation requested for `).l('PERSON', p.full)
    .t(`\n\nDear ${r.pick(['Dr. ', 'Professor ', 'Prof. ', ''])}`);
  d.l('PERSON', r.chance(0.5) ? rec.family : rec.full).t(',\n\n').l('PERSON', p.full).t(' has named you as a recommender for the ')
    .t(`${r.pick(PROGRAMS)} programme at ${i.name}. Please use the secure link below; it expires after 21 days.\n\n`)
    .t(`https://apply.${i.domain}/rec/${hex(r, 32)}\n\nThe applicant ${r.pick(['has', 'has not'])} waived the right to view your letter under FERPA. `)
    .t(`If you cannot write, click "Decline" so that `).l('PERSON', p.given).t(` can ask someone else. Questions: `).l('EMAIL', `gradadmit@${i.domain}`).t('.');
};

const PETS = w('Biscuit Einstein Bruno Mochi Pepper Luna Churchill Ziggy Frida Sherlock Nala Toffee');
const T_HOMESTAY_PROFILE: Tpl = (d, r) => {
  const a = person(r, r.pick(['en', 'au', 'ie', 'cy', 'de', 'fr', 'es', 'ja', 'it']));
  const b = person(r, a.culture);
  const c = a.home === 'US' ? r.pick<Country>(['US', 'CA', 'GB']) : a.home;
  d.t(`HOMESTAY HOST PROFILE  #H-${r.digits(4)}  (status: ${r.pick(['approved', 'renewal due', 'on hold'])})\n\nHosts: `)
    .l('PERSON', b.given).t(' & ').l('PERSON', a.full).t('\nAddress: ').l('ADDRESS', address(r, c)).t('\nHome phone: ').l('PHONE', phone(r, c))
    .t('   Mobile (').l('PERSON', a.given).t('): ').l('PHONE', phone(r, c)).t('\nEmail: ').l('EMAIL', email(r, a)).t('\n\n')
    .t(`Household: two adults, ${r.pick(['no children', 'a daughter (9)', 'two teenage sons', 'grandmother living with us'])}; a ${r.pick(['golden retriever', 'tabby cat', 'rabbit', 'parrot'])} called ${r.pick(PETS)}.\n`)
    .t(`Commute: ${r.int(12, 45)} min by bus to campus (line ${r.int(2, 48)}, stop "${r.pick(BUILDINGS)}"). Single room, shared bathroom, ${r.pick(['vegetarian-friendly', 'halal kitchen possible', 'no pork at home', 'all diets'])}.\n`)
    .t(`DBS / police check: ref ${r.digits(12)} issued ${fmt(recent(r), styleFor(r, c))}. Payout account: `).l('IBAN', iban(r, c === 'GB' ? 'GB' : c === 'DE' ? 'DE' : c === 'FR' ? 'FR' : c === 'ES' ? 'ES' : c === 'IE' ? 'IE' : c === 'IT' ? 'IT' : 'NL'));
};

const T_HOMESTAY_MATCH: Tpl = (d, r) => {
  const i = inst(r);
  d.t(`homestay_matches_${fmt(recent(r), 'iso')}.tsv\nstudent\tdob\tdiet\thost\thost_address\thost_phone\tarrival\tflight\n`);
  for (let k = r.int(2, 4); k > 0; k--) {
    const s = person(r);
    const h = person(r, r.pick(['en', 'au', 'ie', 'de', 'fr', 'es', 'ja', 'ko', 'it']));
    const c = i.country;
    d.l('PERSON', s.full).t('\t').l('DOB', fmt(birth(r), 'iso')).t(`\t${r.pick(['none', 'vegan', 'halal', 'nut allergy', 'lactose-free'])}\t`).l('PERSON', `${h.family}, ${h.given}`)
      .t('\t').l('ADDRESS', address(r, c)).t('\t').l('PHONE', phone(r, c)).t(`\t${fmt(recent(r), 'iso')} ${clock(r)}\t${r.pick(['LH', 'QR', 'EK', 'KE', 'NH', 'TK', 'AF', 'BA'])}${r.int(10, 999)}\n`);
  }
  d.t(`-- matched by `).l('EMAIL', `homestay@${i.domain}`).t(`; unmatched: ${r.int(0, 12)}`);
};

const T_HOUSING_APP: Tpl = (d, r) => {
  const i = inst(r);
  const p = person(r);
  const e = person(r, p.culture);
  const c = homeOr(r, p);
  d.t(`Residence Application — ${i.name} Housing Services\n\nApplicant: `).l('PERSON', nameForm(r, p)).t('\nDate of birth: ').l('DOB', fmt(birth(r), styleFor(r, i.country)))
    .t(`\nStudent no.: ${studentNo(r)}\nPreferred halls: 1) ${r.pick(BUILDINGS)} 2) ${r.pick(BUILDINGS)}\nRoommate request: `);
  if (r.chance(0.7)) d.l('PERSON', person(r).full).t(` (student no. ${studentNo(r)})`);
  else d.t('none');
  d.t(`\nQuiet floor: ${r.pick(['yes', 'no'])}   Accessibility needs: ${r.pick(['none', 'ground floor', 'visual alarm'])}\n\nEmergency contact: `).l('PERSON', e.full)
    .t(` (${r.pick(['mother', 'father', 'brother', 'partner', 'guardian'])})\nPhone: `).l('PHONE', phone(r, c)).t('\nEmail: ').l('EMAIL', email(r, e)).t('\n\n')
    .t(`Deposit ${r.pick(['$300', '£250', '€400', 'A$500'])} charged to `).l('CARD', card(r)).t(` on ${fmt(recent(r), 'iso')}.`);
};

const T_SCHOLARSHIP_AWARD: Tpl = (d, r) => {
  const i = inst(r);
  const p = person(r);
  const award = r.pick(['the Whitcombe Family Scholarship', 'the Harper Memorial Bursary', 'the Dean\'s International Excellence Award', 'a Global Horizons Scholarship', `the ${r.pick(EPONYMS)} top-up`]);
  d.t(`Dear `).l('PERSON', p.given).t(',\n\nCongratulations! On behalf of the Scholarships Committee I am delighted to offer you ').t(award)
    .t(` worth ${money(r, r.pick(['€', '£', '$']))} for the ${r.pick(['2026/27', '2027/28'])} academic year, paid in ${r.int(2, 3)} instalments.\n\n`)
    .t('We will pay the award into the account you gave us:\n  Account holder: ').l('PERSON', p.full.toUpperCase()).t('\n  IBAN: ').l('IBAN', iban(r))
    .t(`\n  BIC: ${r.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'NWBKGB2L', 'CAIXESBB', 'UNCRITMM'])}\n\n`)
    .t(`Please accept by ${fmt(recent(r), styleFor(r, i.country))}. Award reference SCH-${r.digits(5)}; your application number ${appId(r)}.`);
  staffSig(d, r, i);
};

const T_REFUND: Tpl = (d, r) => {
  const i = inst(r, r.pick<Country>(['DE', 'FR', 'ES', 'IT', 'NL', 'IE', 'GB']));
  const p = person(r);
  const holder = r.chance(0.6) ? p : person(r, p.culture);
  d.t(`Tuition refund request (form SF-12)\n${i.name} – Student Finance\n\nStudent: `).l('PERSON', p.full).t(`   ID ${studentNo(r)}\nReason: ${r.pick(['visa refused', 'withdrawal before census date', 'overpayment', 'scholarship received after payment', 'deferral to next year'])}\n`)
    .t(`Amount: ${money(r, '€')}\nOriginal payment ref: ${r.pick(['FLYWIRE', 'CONVERA', 'WU'])}-${r.digits(9)} dated ${fmt(recent(r), 'iso')}\n\n`)
    .t('Account holder: ').l('PERSON', holder.full).t(holder === p ? '' : ` (${r.pick(['parent', 'sponsor', 'spouse'])})`).t('\nIBAN: ').l('IBAN', iban(r))
    .t(`\nBIC/SWIFT: ${r.pick(['COBADEFFXXX', 'BCITITMM', 'AIBKIE2D', 'ABNANL2A', 'SOGEFRPP'])}\nContact e-mail: `).l('EMAIL', email(r, p))
    .t(`\n\nFinance use only: checked by ${r.pick(['AP-team', 'ledger bot', 'refunds queue'])}, batch ${r.digits(4)}/${r.int(2025, 2026)}`);
};

const T_SPONSOR_LETTER: Tpl = (d, r) => {
  const s = person(r);
  const c = homeOr(r, s);
  const kidGiven = person(r, s.culture).given;
  const kidFull = s.culture === 'vi' ? `${s.family} ${kidGiven}` : `${kidGiven} ${s.family}`;
  const st = styleFor(r, c);
  d.t(`${fmt(recent(r), st)}\n\nTo the Admissions Office,\n\nI, `).l('PERSON', s.full).t(', born on ').l('DOB', fmt(parentBirth(r), st)).t(', residing at ').l('ADDRESS', address(r, c))
    .t(', declare that I will financially support my child ').l('PERSON', kidFull).t(' (born ').l('DOB', fmt(birth(r), st))
    .t(`) for the full duration of studies, covering tuition and living costs of approximately ${money(r, r.pick(['€', '$', '£']))} per year.\n\n`)
    .t('Funds are held in my account ').l('IBAN', iban(r)).t(`; a bank certificate dated ${fmt(recent(r), st)} is enclosed. `)
    .t('I can be reached at ').l('PHONE', phone(r, c)).t(' or ').l('EMAIL', email(r, s)).t('.\n\nSincerely,\n').l('PERSON', s.full);
};

const T_BANK_STATEMENT: Tpl = (d, r) => {
  const p = person(r);
  const payer = person(r, p.culture);
  const i = inst(r);
  d.t(`${r.pick(['Banca Fiorentina', 'Rheinlandbank', 'Caja Meridional', 'Nordic Savings', 'Harbour & Co.'])} — account statement ${r.int(1, 12)}/${r.int(2025, 2026)}\n`)
    .t('Account holder: ').l('PERSON', p.full.toUpperCase()).t('\nIBAN: ').l('IBAN', iban(r)).t(`\nOpening balance: ${money(r, '€')}\n\nDate        Description                                   Amount\n`);
  for (let k = r.int(3, 5); k > 0; k--) {
    const x = r.int(0, 3);
    d.t(`${fmt(recent(r), 'de')}  `);
    if (x === 0) d.t('SEPA CREDIT FROM ').l('PERSON', payer.full.toUpperCase()).t(`  REF ALLOWANCE ${r.pick(['JAN', 'FEB', 'MAR', 'SEP'])}   +${r.int(200, 1500)},00\n`);
    else if (x === 1) d.t(`SEPA TRANSFER TO ${i.name.toUpperCase()} REF ${appId(r)}   -${r.int(1, 9)}.${r.digits(3)},00\n`);
    else if (x === 2) d.t(`CARD ${maskedCard(r)} ${r.pick(['REWE', 'LIDL', 'UNIMENSA', 'DB VERTRIEB', 'AMAZON MKTP'])}   -${r.int(3, 90)},${r.digits(2)}\n`);
    else d.t('TRANSFER FROM ').l('IBAN', iban(r)).t(`  ${r.pick(['RENT SHARE', 'LOAN', 'GIFT'])}   +${r.int(50, 900)},00\n`);
  }
  d.t(`Closing balance: ${money(r, '€')}   Page 1/1   Statement no. ${r.digits(8)}`);
};

const T_TUITION_CSV: Tpl = (d, r) => {
  const i = inst(r);
  d.t(`payments_export.csv (${i.domain} bursar, run ${stamp(r)})\ntxn_id,payer_name,card_number,amount,status,student_id\n`);
  for (let k = r.int(4, 8); k > 0; k--) {
    const p = person(r);
    d.t(`${hex(r, 10)},"`).l('PERSON', `${p.family}, ${p.given}`).t('",');
    const x = r.int(0, 5);
    if (x <= 3) d.l('CARD', cardDigits(r)).t(`,${r.int(500, 9999)}.00,${r.pick(['settled', 'settled', 'pending', 'refunded'])},`);
    else if (x === 4) d.t(`${badCard(r).replace(/[ -]/g, '')},0.00,rejected_invalid_number,`);
    else d.t(`${maskedCard(r)},${r.int(500, 9999)}.00,settled,`);
    d.t(`${studentNo(r)}\n`);
  }
  d.t('# PAN storage violates PCI DSS — purge after reconciliation');
};

const T_PAYOUT_TSV: Tpl = (d, r) => {
  d.t(`SCHOLARSHIP DISBURSEMENT BATCH ${r.int(2025, 2026)}-${r.digits(3)}\nbeneficiary\tiban\tamount_eur\tcheck\n`);
  for (let k = r.int(3, 6); k > 0; k--) {
    const p = person(r);
    d.l('PERSON', r.chance(0.5) ? p.full : `${p.family.toUpperCase()} ${p.given}`).t('\t');
    if (r.chance(0.8)) d.l('IBAN', ibanCompact(r)).t(`\t${r.int(300, 6000)}.00\tOK\n`);
    else d.t(`${badIban(r).replace(/ /g, '')}\t${r.int(300, 6000)}.00\tREJECTED – checksum\n`);
  }
  d.t(`approved by finance committee minute ${r.digits(3)}/${r.int(25, 26)}`);
};

const T_WIRE: Tpl = (d, r) => {
  const i = inst(r, r.pick<Country>(['DE', 'FR', 'ES', 'IT', 'NL', 'IE']));
  const p = person(r);
  d.t(`Payment instructions for international students — ${i.name}\n\nDear `).l('PERSON', p.full).t(',\n\nplease transfer your first-semester fee to:\n')
    .t(`Beneficiary: ${i.name}\nIBAN: `).l('IBAN', iban(r, i.country)).t(`\nBIC: ${r.pick(['BYLADEM1001', 'CEPAFRPP', 'BSCHESMM', 'BPMOIT22', 'RABONL2U', 'BOFIIE2D'])}\n`)
    .t(`Reference (mandatory): ${appId(r)} `).l('PERSON', p.family.toUpperCase()).t('\n\n')
    .t(`Warning: fraudulent e-mails have circulated asking students to pay into ${badIban(r)}. That account does not belong to us and the number is not even valid. `)
    .t(`Never pay through agents who are not listed on our website. The sanctioned amount is ${money(r, '€')}; bank charges are borne by the payer (OUR).\n`)
    .t('Questions: ').l('EMAIL', `fees@${i.domain}`).t(' · ').l('PHONE', phone(r, i.country));
};

const T_PAYMENT_PLAN: Tpl = (d, r) => {
  const i = inst(r, r.pick<Country>(['US', 'CA', 'AU', 'GB']));
  const p = person(r);
  const st = styleFor(r, i.country);
  d.t(`INSTALMENT PLAN AGREEMENT — ${i.name}\n\nStudent: `).l('PERSON', p.full).t(`   Student ID ${studentNo(r)}\nBilling address: `).l('ADDRESS', address(r, i.country))
    .t(`\nSchedule: ${[1, 2, 3, 4].map(() => fmt(recent(r), st)).join(', ')} (4 × ${money(r, '$')})\nCard on file: `).l('CARD', card(r))
    .t(`  exp ${d2(r.int(1, 12))}/${r.int(26, 31)}\n`).t(`Late fee: $75 per missed instalment. Plan ID PP-${r.digits(7)}.\n\nSigned electronically by `).l('PERSON', p.full)
    .t(` from IP `).l('IP', ipv4(r)).t(` at ${stamp(r)}`);
};

// ----------------------------------------------------------------------------- admissions-assistant chats

const T_CHAT_EN: Tpl = (d, r) => {
  const p = person(r);
  const c = homeOr(r, p);
  const i = inst(r, r.pick<Country>(['US', 'GB', 'AU', 'CA', 'IE']));
  const bot = r.pick(['Ava (admissions assistant)', 'Assistant', 'Northstar bot', 'Admissions Helper']);
  const tick = clockSeq(r);
  d.t(`[${tick()}] ${bot}: Hi! I can help with your application to ${i.name}. What's your full name?\n[${tick()}] You: `).self(p.full)
    .t(`\n[${tick()}] ${bot}: Thanks, `).l('PERSON', p.given).t('. And your date of birth, so I can find your record?\n')
    .t(`[${tick()}] You: `).l('DOB', fmt(birth(r), styleFor(r, c))).t(`\n[${tick()}] ${bot}: I found application ${appId(r)}. It says your transcript from ${r.pick(['Delhi Public School', 'Colegio San Patricio', 'Lycée Voltaire', 'Seoul Global High School'])} is missing.\n`)
    .t(`[${tick()}] You: i uploaded it on ${fmt(recent(r), 'usLong')}?? can someone email me at `).l('EMAIL', email(r, p)).t(' or whatsapp ').l('PHONE', phone(r, c)).t('\n')
    .t(`[${tick()}] ${bot}: I've opened case ${ticket(r)} and an adviser will reply within 2 working days. You can also write to `).l('EMAIL', `admissions@${i.domain}`).t('.');
};

const T_CHAT_EN2: Tpl = (d, r) => {
  const p = person(r);
  const c = homeOr(r, p);
  const i = inst(r);
  const agent = person(r);
  d.t(`Live chat — ${i.name} Study Abroad Office — ${fmt(recent(r), 'iso')}\n\n`).l('PERSON', agent.given).t(' (staff): Hello, you\'re through to the study abroad team. How can I help?\n')
    .t('Visitor: hi, this is ').self(p.full).t(`, I'm going to ${r.pick(['Kyoto', 'Lyon', 'Salamanca', 'Melbourne', 'Seoul', 'Bologna'])} next semester and the deposit payment keeps failing\n`)
    .t('Visitor: the card is ').l('CARD', card(r)).t(` exp ${d2(r.int(1, 12))}/${r.int(26, 30)}\n`).l('PERSON', agent.given)
    .t(' (staff): Please don\'t share full card numbers in chat — I\'ve redacted it on our side. Can you try the portal again, or pay by bank transfer?\n')
    .t(`Visitor: ok. btw my ${r.pick(['guardian', 'sponsor', 'parent', 'host'])} `).l('PERSON', person(r, p.culture).full).t(' might call you from ').l('PHONE', phone(r, c)).t(' about the housing deposit\n')
    .l('PERSON', agent.given).t(` (staff): No problem. Your reference is ${appId(r)}.`);
};

const T_CHAT_ES: Tpl = (d, r) => {
  const p = person(r, r.pick(['es', 'mx', 'es', 'mx', 'br', 'ph']));
  const c: Country = p.home === 'MX' ? 'MX' : 'ES';
  const i = inst(r);
  d.t(`Asistente de admisiones · ${i.name}\n\nAsistente: ¡Hola! ¿Con quién tengo el gusto?\nUsuario: Hola, soy `).self(p.full).t('\n')
    .t(`Asistente: Encantada, `).l('PERSON', p.given).t('. ¿Me indicas tu fecha de nacimiento para localizar tu solicitud?\nUsuario: nací el ').l('DOB', fmt(birth(r), r.pick(['es', 'uk'] as const)))
    .t(`\nAsistente: Perfecto. Veo la solicitud ${appId(r)} para ${r.pick(['el Máster en Ciencia de Datos', 'el semestre de intercambio', 'la escuela de verano'])}. Falta el certificado de notas apostillado.\n`)
    .t('Usuario: lo mando hoy. mi correo es ').l('EMAIL', email(r, p)).t(' y mi celular ').l('PHONE', phone(r, c)).t('\n');
  if (r.chance(0.5)) d.t('Usuario: y la tasa de solicitud, ¿la pago con esta tarjeta? ').l('CARD', card(r)).t(` vence ${d2(r.int(1, 12))}/${r.int(27, 31)}\n`);
  d.t(`Asistente: Anotado. El plazo vence el ${fmt(recent(r), 'es')}. Si necesitas la carta de admisión para el consulado, escribe a `).l('EMAIL', `admisiones@${i.domain}`).t('.');
};

const T_CHAT_DE: Tpl = (d, r) => {
  const p = person(r, r.pick(['de', 'tr', 'pl', 'ru', 'ua', 'de']));
  const i = inst(r, 'DE');
  d.t(`Chatprotokoll Bewerbungsportal ${i.name} (${stamp(r)})\n\nBot: Guten Tag! Wie heißen Sie?\nNutzer: `).self(p.full)
    .t('\nBot: Danke. Bitte nennen Sie Ihr Geburtsdatum.\nNutzer: ').l('DOB', fmt(birth(r), r.pick(['de', 'deLong'] as const)))
    .t(`\nBot: Ihre Bewerbung ${appId(r)} (Master ${r.pick(['Maschinenbau', 'Psychologie', 'Umweltwissenschaften'])}) ist eingegangen. Die VPD von uni-assist fehlt noch.\n`)
    .t('Nutzer: Ich wohne inzwischen hier: ').l('ADDRESS', address(r, 'DE')).t(', bitte Post dorthin. Telefon ').l('PHONE', phone(r, 'DE'))
    .t(`\nBot: Adresse aktualisiert. Ihr Ansprechpartner ist Herr `).l('PERSON', person(r, 'de').family).t(', erreichbar unter ').l('EMAIL', `bewerbung@${i.domain}`).t('.');
};

const T_CHAT_FR: Tpl = (d, r) => {
  const p = person(r, r.pick(['fr', 'fr', 'ar', 'ng']));
  const i = inst(r, 'FR');
  d.t(`Messagerie — Service des relations internationales, ${i.name}\n\nConseillère : Bonjour, à qui ai-je l'honneur ?\nÉtudiant : Bonjour, `).self(p.full)
    .t(`, je prépare mon dossier Campus France.\nConseillère : Très bien. Votre date de naissance ?\nÉtudiant : le `).l('DOB', fmt(birth(r), r.pick(['frLong', 'fr'] as const)))
    .t(`\nConseillère : J'ai votre candidature ${appId(r)}. Il manque l'attestation d'hébergement.\nÉtudiant : mon logeur est M. `).l('PERSON', person(r, 'fr').full)
    .t(', adresse ').l('ADDRESS', address(r, 'FR')).t('. Vous pouvez me joindre au ').l('PHONE', phone(r, 'FR')).t('\n')
    .t(`Conseillère : Merci. Rendez-vous pour la CVEC le ${fmt(recent(r), 'frLong')} à ${clock(r)}, salle B${r.int(100, 320)}.`);
};

const T_CHAT_PT: Tpl = (d, r) => {
  const p = person(r, 'br');
  const i = inst(r);
  d.t(`Atendimento virtual — ${i.name}\n\nAssistente: Olá! Qual é o seu nome completo?\nCandidato: `).self(p.full)
    .t('\nAssistente: Obrigado! E a data de nascimento?\nCandidato: ').l('DOB', fmt(birth(r), r.pick(['pt', 'uk'] as const)))
    .t(`\nAssistente: Encontrei a inscrição ${appId(r)}. O comprovante de pagamento da taxa não foi reconhecido.\n`)
    .t('Candidato: paguei com o cartão ').l('CARD', card(r, r.pick<Brand>(['visa', 'mc', 'mc2']))).t(`, deu erro. Meu WhatsApp é `).l('PHONE', phone(r, 'BR'))
    .t(` e o e-mail `).l('EMAIL', email(r, p)).t(`\nAssistente: Vou encaminhar ao financeiro (protocolo ${r.digits(10)}). CPF não é necessário para candidatos internacionais.`);
};

const T_CHAT_JA: Tpl = (d, r) => {
  const p = person(r, 'ja');
  const i = inst(r);
  const nat = p.native ?? p.full;
  d.t(`【${i.name} 入学相談チャット】\n\nAI: こんにちは。お名前をフルネームで教えてください。\nユーザー: `).self(nat)
    .t(`です。\nAI: `).l('PERSON', p.nFamily ?? p.family).t('様、ありがとうございます。生年月日をお願いします。\nユーザー: ').l('DOB', fmt(birth(r), r.pick(['ja', 'slash'] as const)))
    .t(`\nAI: 出願番号 ${appId(r)} を確認しました。推薦状が1通未提出です。\nユーザー: 推薦者の`).l('PERSON', person(r, 'ja').native ?? 'Sato')
    .t('先生に再送してください。連絡先は ').l('EMAIL', email(r, p)).t('、電話は ').l('PHONE', phone(r, 'JP')).t(' です。\n')
    .t(`AI: 承知しました。締切は${fmt(recent(r), 'ja')}です。`);
};

const T_CHAT_KO: Tpl = (d, r) => {
  const p = person(r, 'ko');
  const i = inst(r);
  const nat = p.native ?? p.full;
  d.t(`${i.name} 국제처 상담 챗봇\n\n챗봇: 안녕하세요! 성함을 알려 주세요.\n사용자: `).self(nat)
    .t('입니다\n챗봇: ').l('PERSON', nat).t(' 님, 생년월일을 입력해 주세요.\n사용자: ').l('DOB', fmt(birth(r), r.pick(['ko', 'dot'] as const)))
    .t(`\n챗봇: 지원서 ${appId(r)}를 찾았습니다. 기숙사 신청이 아직 완료되지 않았어요.\n사용자: 룸메이트는 `).l('PERSON', person(r, 'ko').native ?? 'Kim')
    .t(' 씨로 해 주세요. 제 연락처는 ').l('PHONE', phone(r, 'KR')).t(', 이메일은 ').l('EMAIL', email(r, p, r.pick(['naver.com', 'daum.net', 'gmail.com']))).t('입니다.\n')
    .t(`챗봇: 확인했습니다. 오리엔테이션은 ${fmt(recent(r), 'ko')} 오전 10시입니다.`);
};

const T_CHAT_ZH: Tpl = (d, r) => {
  const p = person(r, 'zh');
  const i = inst(r);
  const nat = p.native ?? p.full;
  d.t(`${i.name} 招生咨询在线客服\n\n客服：您好，请问怎么称呼？\n用户：我叫`).self(nat)
    .t(`，拼音 `).l('PERSON', `${p.family.toUpperCase()} ${p.given}`).t('\n客服：好的。请提供出生日期以便查询。\n用户：').l('DOB', fmt(birth(r), r.pick(['zh', 'iso'] as const)))
    .t(`\n客服：已找到申请 ${appId(r)}。语言成绩单还没有收到。\n用户：雅思成绩单已寄出，快递单号 SF${r.digits(12)}。我的邮箱 `).l('EMAIL', email(r, p, r.pick(['qq.com', '163.com', 'outlook.com'])))
    .t('，手机 ').l('PHONE', phone(r, 'CN')).t(`\n客服：收到，我们会在5个工作日内更新状态。`);
};

const T_CHAT_IT: Tpl = (d, r) => {
  const p = person(r, 'it');
  const i = inst(r, 'IT');
  d.t(`Chat Ufficio Mobilità Internazionale — ${i.name}\n\nOperatore: Buongiorno, come posso aiutarla?\nStudente: Salve, sono `).self(p.full)
    .t(`, vincitrice/vincitore della borsa ${r.pick(['Erasmus+', 'Overseas', 'Double Degree'])} per ${r.pick(['Lisbona', 'Cracovia', 'Lovanio', 'Uppsala'])}.\n`)
    .t('Operatore: Mi conferma la data di nascita?\nStudente: ').l('DOB', fmt(birth(r), r.pick(['it', 'uk'] as const)))
    .t('\nOperatore: Per il pagamento del contributo ci serve l\'IBAN intestato a lei.\nStudente: ').l('IBAN', iban(r, 'IT')).t('\n')
    .t('Operatore: Grazie. Il Learning Agreement va firmato dal prof. ').l('PERSON', person(r, 'it').family).t(` entro il ${fmt(recent(r), 'it')}.`);
};

const T_CHAT_TR: Tpl = (d, r) => {
  const p = person(r, 'tr');
  const i = inst(r);
  d.t(`${i.name} – Uluslararası Öğrenci Ofisi canlı destek\n\nTemsilci: Merhaba, adınız soyadınız nedir?\nÖğrenci: `).self(p.full)
    .t('\nTemsilci: Doğum tarihiniz?\nÖğrenci: ').l('DOB', fmt(birth(r), r.pick(['de', 'tr'] as const)))
    .t(`\nTemsilci: ${appId(r)} numaralı başvurunuz için vize destek mektubu hazır. Nereye gönderelim?\nÖğrenci: `).l('ADDRESS', address(r, 'TR'))
    .t(' adresine lütfen. Telefonum ').l('PHONE', phone(r, 'TR')).t('\nTemsilci: Kargo takip no: ').t(`${r.digits(12)}. İyi günler!`);
};

const T_CHAT_VI: Tpl = (d, r) => {
  const p = person(r, 'vi');
  const i = inst(r);
  d.t(`Hỗ trợ tuyển sinh quốc tế – ${i.name}\n\nTrợ lý: Xin chào! Bạn tên là gì?\nBạn: Em là `).self(p.full)
    .t('\nTrợ lý: Chào ').l('PERSON', p.given).t('. Ngày sinh của bạn là?\nBạn: ').l('DOB', fmt(birth(r), 'uk'))
    .t(`\nTrợ lý: Hồ sơ ${appId(r)} còn thiếu bảng điểm dịch công chứng.\nBạn: Em gửi qua email `).l('EMAIL', email(r, p))
    .t(' được không ạ? Số Zalo của em: ').l('PHONE', phone(r, 'VN')).t(`\nTrợ lý: Được, hạn chót ${fmt(recent(r), 'uk')}.`);
};

// ------------------------------------------------------------------------------------- logs and systems

const T_REGISTRAR_LOG: Tpl = (d, r) => {
  const i = inst(r);
  for (let k = r.int(4, 7); k > 0; k--) {
    const staff = person(r);
    const x = r.int(0, 4);
    d.t(`${stamp(r)} ${r.pick(['INFO', 'INFO', 'WARN', 'AUDIT'])} registrar-svc[${r.int(1000, 9999)}] `);
    if (x === 0) {
      const b = birth(r);
      const b2 = b.d <= 12 && b.d !== b.m ? { y: b.y, m: b.d, d: b.m } : { y: b.y + (r.chance(0.5) ? 1 : -1), m: b.m, d: b.d };
      d.t(`record.update student=${studentNo(r)} field=date_of_birth old="`).l('DOB', fmt(b, 'iso')).t('" new="').l('DOB', fmt(b2, 'iso')).t('" by=').l('EMAIL', email(r, staff, i.domain)).t('\n');
    } else if (x === 1) {
      const p = person(r);
      const nf = p.family === 'Smith' ? 'Jones' : person(r, 'en').family;
      d.t(`record.update student=${studentNo(r)} field=legal_name old="`).l('PERSON', p.full).t('" new="').l('PERSON', `${p.given} ${nf === p.family ? `${nf}-Hart` : nf}`).t(`" doc=deed_poll_${r.digits(5)}.pdf\n`);
    } else if (x === 2) {
      d.t('auth.login user=').l('EMAIL', email(r, staff, i.domain)).t(' src=').l('IP', ip(r)).t(` mfa=${r.pick(['totp', 'push', 'webauthn'])} ok\n`);
    } else if (x === 3) {
      d.t(`transcript.issue req=TR-${r.digits(6)} student=${studentNo(r)} copies=${r.int(1, 3)} job=${hex(r, 12)} printer=REG-PRN-${r.int(1, 4)}\n`);
    } else {
      d.t('enrolment.verify requester=').l('EMAIL', email(r, person(r), r.pick(['verify-check.com', 'hirerightish.net', 'employer.example.org']))).t(' subject=').l('PERSON', person(r).full.toUpperCase())
        .t(` result=${r.pick(['match', 'no_match', 'ambiguous'])}\n`);
    }
  }
  d.t(`${stamp(r)} INFO registrar-svc build=${version(r)} healthy`);
};

const T_AUDIT_V6: Tpl = (d, r) => {
  const i = inst(r);
  d.t(`portal-audit.jsonl (${i.domain})\n`);
  for (let k = r.int(3, 5); k > 0; k--) {
    const p = person(r);
    const v6 = r.chance(0.6);
    d.t(`{"ts":"${stamp(r)}","actor":"`).l('EMAIL', email(r, p)).t('","ip":"').l('IP', v6 ? ipv6(r) : ipv4(r))
      .t(`","action":"${r.pick(['document.upload', 'application.submit', 'fee.pay', 'profile.edit', 'reference.remind'])}","app":"${appId(r)}","sid":"${hex(r, 24)}"}\n`);
  }
  d.t(`{"ts":"${stamp(r)}","actor":"system","action":"retention.sweep","removed":${r.int(0, 400)},"client":"portal-web/${version(r)}"}`);
};

const T_LOGIN_ALERT: Tpl = (d, r) => {
  const p = person(r);
  const i = inst(r);
  const addr = ip(r);
  d.t(`From: ${i.name} Applicant Portal <`).l('EMAIL', `no-reply@${i.domain}`).t('>\nTo: ').l('EMAIL', email(r, p)).t('\nSubject: New sign-in to your account\n\nHello ')
    .self(p.full).t(`,\n\nWe noticed a new sign-in to your applicant account on ${fmt(recent(r), 'usLong')} at ${clock(r)} UTC.\n\n  Device: ${r.pick(['iPhone 15, iOS 18.1', 'Windows 11, Edge 131.0.2903.70', 'Pixel 8, Android 15', 'MacBook, Safari 18.2'])}\n  IP address: `)
    .l('IP', addr).t(`\n  Approximate location: ${r.pick(['Lagos, NG', 'Pune, IN', 'Ho Chi Minh City, VN', 'São Paulo, BR', 'Ankara, TR', 'Seoul, KR'])}\n\n`)
    .t(`If this was you, no action is needed. If not, reset your password and contact IT at `).l('PHONE', phone(r, i.country)).t('.');
};

const T_IT_TICKET: Tpl = (d, r) => {
  const p = person(r);
  const i = inst(r);
  const tech = person(r);
  d.t(`Ticket ${ticket(r)} — ${r.pick(['Cannot access student e-mail', 'Eduroam fails in halls', 'MFA device lost', 'VPN drops on campus Wi-Fi'])}\nRequester: `).l('PERSON', nameForm(r, p))
    .t(' <').l('EMAIL', email(r, p, `student.${i.domain}`)).t(`>\nCallback: `).l('PHONE', phone(r, homeOr(r, p))).t(`\nLocation: ${r.pick(BUILDINGS)}, room ${r.int(1, 4)}.${r.int(10, 99)}\n\n`)
    .t('Diagnostics: client ').l('IP', ip(r)).t(', gateway ').l('IP', ipv4(r))
    .t(`, MAC ${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}:${hex(r, 2)}, supplicant ${r.pick(['wpa_supplicant', 'NetworkManager'])} ${r.int(2, 9)}.${r.int(0, 10)}, firmware ${version(r)}\n`)
    .t('Assigned: ').l('PERSON', tech.given).t(` (L2). Status: ${r.pick(['waiting on user', 'resolved', 'escalated to networks'])}.`);
};

const T_SMS: Tpl = (d, r) => {
  const i = inst(r);
  d.t(`SMS gateway outbound log — sender ID ${i.name.split(' ')[0]?.toUpperCase() ?? 'UNI'}\n`);
  for (let k = r.int(3, 5); k > 0; k--) {
    const p = person(r);
    d.t(`${stamp(r)} to=`).l('PHONE', phone(r, homeOr(r, p))).t(' "Hi ').l('PERSON', p.given)
      .t(r.pick([`, your CAS is ready. Check the portal.`, `, your airport pickup is confirmed for ${fmt(recent(r), 'uk')} ${clock(r)}.`, `, a document was rejected (blurry). Re-upload by Friday.`, `, your verification code is ${r.digits(6)}.`]))
      .t(`" status=${r.pick(['DELIVRD', 'DELIVRD', 'UNDELIV', 'PENDING'])}\n`);
  }
  d.t(`${stamp(r)} to=***-***-${r.digits(4)} "Reminder: fees due" status=SUPPRESSED (opt-out)`);
};

// ------------------------------------------------------------------------------------- calls and e-mails

const T_CALL: Tpl = (d, r) => {
  const p = person(r, r.pick(['en', 'ie', 'au', 'ng', 'hi', 'gh', 'ke', 'ph']));
  const c = homeOr(r, p);
  const agent = person(r, 'en');
  const em = email(r, p, r.pick(['gmail.com', 'outlook.com', 'yahoo.com']));
  d.t(`Call recording transcript — admissions hotline — ${stamp(r)} — duration ${r.int(2, 14)}m${r.int(10, 59)}s\n\n`)
    .t('AGENT: Admissions, this is ').l('PERSON', agent.given).t(' speaking.\nCALLER: Hi, yeah, my name\'s ').self(p.full).t(`, I applied for the ${r.pick(PROGRAMS)} and I never got the confirmation e-mail.\n`)
    .t('AGENT: Let me check the address we have. Can you spell it for me?\nCALLER: sure, it\'s ').l('EMAIL', spokenEmail(em)).t('\n')
    .t('AGENT: Ah, there was a typo in our record. And a number to call you back?\nCALLER: ').l('PHONE', spokenDigits(r, phone(r, c))).t('\n')
    .t(`AGENT: Got it. I've resent the e-mail. Anything else?\nCALLER: No, that's all, thanks ${r.chance(0.5) ? 'so much' : ''}\n[END — QA score ${r.int(70, 100)}/100]`);
};

const T_VOICEMAIL: Tpl = (d, r) => {
  const p = person(r);
  const c = homeOr(r, p);
  const ph = phone(r, c);
  d.t(`Voicemail (auto-transcribed, confidence ${r.int(71, 97)}%) — received ${fmt(recent(r), 'usLong')} ${clock(r)}\n\n"Hi, this is `).self(p.full)
    .t(`, calling about my ${r.pick(['visa letter', 'homestay placement', 'scholarship payment', 'housing deposit refund'])}. My application number is ${appId(r)}. `)
    .t('Could someone call me back on ').l('PHONE', ph).t(r.pick(['', ', that\'s ']));
  if (d.text.endsWith('that\'s ')) d.l('PHONE', spokenDigits(r, ph));
  d.t(`. I'm in a different time zone so ${r.pick(['mornings', 'evenings'])} are best. Thanks, bye."`);
};

const T_EMAIL_THREAD: Tpl = (d, r) => {
  const i = inst(r);
  const a = person(r);
  const b = person(r);
  const s = person(r);
  d.t('---------- Forwarded message ---------\nFrom: ').l('PERSON', a.full).t(' <').l('EMAIL', email(r, a, i.domain)).t(`>\nDate: ${fmt(recent(r), 'usLong')}\nTo: `)
    .l('EMAIL', `intl-office@${i.domain}`).t('\nSubject: Fwd: visa delay – ').l('PERSON', s.full).t('\n\nHi all,\n\nforwarding below. ').l('PERSON', s.given)
    .t(`'s visa appointment was moved, so ${r.pick(['they', 'the student'])} will arrive after orientation. Can housing hold the room?\n\n`).l('PERSON', a.given)
    .t('\n\n> On ').t(fmt(recent(r), 'uk')).t(', ').l('PERSON', s.full).t(' <').l('EMAIL', email(r, s)).t('> wrote:\n> Dear ').l('PERSON', b.given)
    .t(`,\n> the consulate has moved my appointment to ${fmt(recent(r), 'ukLong')}. I attach the new confirmation (ref ${r.pick(['VFS', 'TLS', 'CGI'])}${r.digits(8)}).\n> Regards, `)
    .l('PERSON', s.given).t('\n> ').l('PHONE', phone(r, homeOr(r, s)));
};

const T_DEFERRAL: Tpl = (d, r) => {
  const p = person(r);
  const i = inst(r);
  const c = homeOr(r, p);
  const par = person(r, p.culture);
  d.t('To: ').l('EMAIL', `admissions@${i.domain}`).t(`\nSubject: Deferral request – ${appId(r)}\n\nDear Admissions Team,\n\n`)
    .t(`I was offered a place on the ${r.pick(PROGRAMS)} starting ${fmt(recent(r), styleFor(r, i.country))}, but my ${r.pick(['student visa is still being processed', 'father had surgery', 'military service was extended', 'scholarship decision is delayed'])}. `)
    .t(`I would like to defer to the next intake. My ${r.pick(['father', 'mother', 'guardian'])}, `).l('PERSON', par.full)
    .t(', can confirm the circumstances if needed.\n\nKind regards,\n').self(p.full).t('\nDOB: ').l('DOB', fmt(birth(r), styleFor(r, c))).t('\n').l('PHONE', phone(r, c))
    .t(r.chance(0.3) ? `\nP.S. my old number ended ***${r.digits(4)}, please don't use it.` : '');
};

const T_PARENT: Tpl = (d, r) => {
  const par = person(r);
  const c = homeOr(r, par);
  let kid = person(r, par.culture);
  if (kid.given === par.given) kid = person(r, 'en');
  const i = inst(r);
  const kname = par.culture === 'vi' ? `${par.family} ${kid.given}` : `${kid.given} ${par.family}`;
  const [rel, he, him, is] = r.pick([['son', 'he', 'him', 'is'], ['daughter', 'she', 'her', 'is'], ['child', 'they', 'them', 'are']] as const);
  d.t(`Dear ${i.name} admissions,\n\nMy ${rel} `).l('PERSON', kname).t(' (date of birth ').l('DOB', fmt(ymd(r, 2008, 2010), styleFor(r, c)))
    .t(`) applied to your ${r.pick(['foundation year', 'summer school', 'undergraduate programme'])}. Since ${he} ${is} under 18, I want to understand guardianship and who collects ${him} from the airport. `)
    .t(`Is the dormitory supervised? We live at `).l('ADDRESS', address(r, c)).t('.\n\nBest,\n').l('PERSON', par.full).t('\n').l('PHONE', phone(r, c)).t(' | ').l('EMAIL', email(r, par));
};

const T_AGENT: Tpl = (d, r) => {
  const ag = person(r, r.pick(['hi', 'ng', 'vi', 'zh', 'bn', 'ke', 'tr']));
  const s = person(r, ag.culture);
  const c = homeOr(r, s);
  const agency = r.pick(['BrightPath Overseas', 'Global Gateway Education', 'Lotus Study Consultants', 'Unibridge Partners', 'Horizon Edu Services']);
  d.t(`Agent submission — ${agency} (partner code AG-${r.digits(4)})\n\nCounsellor: `).l('PERSON', ag.full).t(', ').l('EMAIL', email(r, ag, `${ascii(agency).slice(0, 12)}.com`))
    .t(', ').l('PHONE', phone(r, c)).t('\n\nStudent: ').l('PERSON', `${s.family.toUpperCase()}, ${s.given}`).t('\nDOB: ').l('DOB', fmt(birth(r), r.pick(['uk', 'mon', 'iso'] as const)))
    .t(`\nPassport: ${passportNo(r)}\nAddress: `).l('ADDRESS', address(r, c)).t('\nStudent phone: ').l('PHONE', phone(r, c))
    .t(`\nCourse: ${r.pick(PROGRAMS)}\nEnglish: ${r.pick(['IELTS 6.5', 'TOEFL iBT 92', 'Duolingo 115', 'PTE 64'])}\nCommission tier: ${r.pick(['A', 'B', 'C'])}`);
};

// ---------------------------------------------------------------------------------- forms and letters

const T_PREDEPARTURE: Tpl = (d, r) => {
  const p = person(r, r.pick(['en', 'en', 'ph', 'he', 'th', 'et', 'mx']));
  const e = person(r, p.culture);
  const i = inst(r, 'US');
  const [city, host] = r.pick<[string, Country]>([['Kyoto', 'JP'], ['Seoul', 'KR'], ['Granada', 'ES'], ['Grenoble', 'FR'], ['Freiburg', 'DE'], ['Bologna', 'IT'], ['Brisbane', 'AU'], ['Edinburgh', 'GB']]);
  d.t(`${i.name} — Study Abroad Pre-Departure Form\nProgram: ${r.pick(['Semester in', 'Year in', 'Summer in'])} ${city}\n\n`)
    .t('Legal name: ').l('PERSON', p.full).t('\nDate of birth: ').l('DOB', fmt(birth(r), 'us')).t('\nPermanent address: ').l('ADDRESS', address(r, 'US'))
    .t('\nAddress abroad: ').l('ADDRESS', address(r, host)).t('\nLocal mobile: ').l('PHONE', phone(r, host)).t('\nUS mobile: ').l('PHONE', phone(r, 'US'));
  if (r.chance(0.7)) d.t('\nSSN (for consortium aid agreement): ').l('NATIONAL_ID', ssn(r));
  else d.t(`\nSSN: on file (${maskedSsn(r)})`);
  d.t(`\nInsurance: ${r.pick(['GeoBlue', 'ISIC', 'CISI'])} policy ${r.pick(['GB', 'PL', 'CI'])}-${r.digits(9)}\nPassport: ${r.digits(9)} exp ${fmt(ymd(r, 2028, 2035), 'us')}\n`)
    .t('Emergency contact: ').l('PERSON', e.full).t(`, ${r.pick(['parent', 'spouse', 'sibling'])}, `).l('PHONE', phone(r, 'US')).t(', ').l('EMAIL', email(r, e))
    .t(`\nMedications/allergies: ${r.pick(['none', 'penicillin', 'EpiPen (peanut)', 'asthma inhaler'])}`);
};

const T_NOMINATION: Tpl = (d, r) => {
  const from = inst(r);
  const to = inst(r);
  const coord = person(r);
  d.t(`Exchange nominations ${r.pick(['Spring 2027', 'AY 2026/27', 'Fall 2026'])} — ${from.name} → ${to.name}\n\n| Family name | Given name | Date of birth | E-mail | Field |\n|---|---|---|---|---|\n`);
  for (let k = r.int(2, 5); k > 0; k--) {
    const p = person(r);
    d.t('| ').l('PERSON', p.family).t(' | ').l('PERSON', p.given).t(' | ').l('DOB', fmt(birth(r), styleFor(r, from.country))).t(' | ').l('EMAIL', email(r, p, `stud.${from.domain}`))
      .t(` | ${r.pick(['Economics', 'Architecture', 'Law', 'Biology', 'Media Studies', 'Mechanical Eng.'])} |\n`);
  }
  d.t('\nNominating coordinator: ').l('PERSON', coord.full).t(' (').l('EMAIL', email(r, coord, from.domain)).t(`). Inter-institutional agreement no. ${r.int(2021, 2026)}-${r.digits(4)}.`);
};

const T_PICKUP: Tpl = (d, r) => {
  const p = person(r);
  const c = homeOr(r, p);
  const i = inst(r);
  d.t(`Airport pickup request #${r.digits(5)}\nStudent: `).l('PERSON', nameForm(r, p)).t(`\nFlight: ${r.pick(['QR', 'EK', 'LH', 'TK', 'KE', 'NH', 'ET', 'AI'])} ${r.int(10, 999)}, arriving ${fmt(recent(r), 'ukLong')} ${clock(r)} `)
    .t(`(${r.pick(['Terminal 2', 'T5', 'Terminal 1', 'Arrivals B'])})\nWhatsApp: `).l('PHONE', phone(r, c)).t(`\nLuggage: ${r.int(1, 3)} suitcases\nDestination: `)
    .l('ADDRESS', address(r, i.country)).t(`\nDriver will hold a sign reading "${i.name.toUpperCase()}". Driver contact: `).l('PHONE', phone(r, i.country));
};

const T_ID_CARD: Tpl = (d, r) => {
  const p = person(r);
  const i = inst(r);
  d.t(`Campus card request — ${i.name}\nName to print: `).l('PERSON', p.full.toUpperCase()).t('\nDate of birth: ').l('DOB', fmt(birth(r), styleFor(r, i.country)))
    .t(`\nStudent no.: ${studentNo(r)}\nPhoto: IMG_${fmt(recent(r), 'iso').replace(/-/g, '')}_${r.digits(4)}.jpg (passport style, ${r.pick(['approved', 'rejected: glare', 'rejected: hat'])})\n`)
    .t(`Library barcode: 2${r.digits(13)}   Door access group: ${r.pick(BUILDINGS)}\nCollection: ${r.pick(['Student Hub desk 3', 'post to term address', 'Welcome Week stall'])}`);
};

const T_CHANGE_ADDR: Tpl = (d, r) => {
  const p = person(r);
  const i = inst(r);
  d.t(`Change of address — ${i.name} student records\nStudent: `).l('PERSON', p.full).t(` (${studentNo(r)})\nEffective: ${fmt(recent(r), styleFor(r, i.country))}\n\nOld address:\n`)
    .l('ADDRESS', address(r, i.country, true)).t('\n\nNew address:\n').l('ADDRESS', address(r, i.country, true)).t('\n\nConfirm by e-mail to: ').l('EMAIL', email(r, p))
    .t(`\nReason: ${r.pick(['moved out of halls', 'new homestay', 'lease ended', 'moved in with relatives'])}`);
};

const T_MINUTES: Tpl = (d, r) => {
  const chair = person(r);
  const m1 = person(r);
  const c1 = person(r);
  const c2 = person(r);
  const c3 = person(r);
  d.t(`Scholarships Committee — minutes of ${fmt(recent(r), 'ukLong')}\nPresent: `).l('PERSON', chair.full).t(' (chair), ').l('PERSON', `${m1.given.charAt(0)}. ${m1.family}`)
    .t(`, Dean of Graduate Studies. Apologies: none.\n\n1. ${r.pick(EPONYMS)} nominations: the committee ranked `).l('PERSON', c1.family).t(' first and ').l('PERSON', c2.family)
    .t(` second. ${r.pick(['Prof.', 'Dr.'])} `).l('PERSON', m1.family).t(` declared a conflict of interest for `).l('PERSON', c2.given).t(' and left the room.\n')
    .t(`2. The Whitcombe Family Scholarship will be offered to `).l('PERSON', c3.full).t(` (score ${r.int(70, 98)}/100). Budget line ${r.digits(6)}.\n`)
    .t(`3. Hardship fund: ${r.int(3, 19)} applications, ${r.int(1, 5)} deferred pending evidence.\nNext meeting: ${fmt(recent(r), 'ukLong')}, ${r.pick(BUILDINGS)}.`);
};

const T_REC_LETTER: Tpl = (d, r) => {
  const s = person(r);
  const prof = person(r);
  const i = inst(r);
  d.t(`To the Graduate Admissions Committee:\n\nIt is a pleasure to recommend `).l('PERSON', s.full).t(`, whom I have known since ${r.int(2019, 2024)} as a student in my ${r.pick(['Advanced Microeconomics', 'Fluid Mechanics', 'Medieval History', 'Quantum Chemistry'])} course. `)
    .l('PERSON', s.given).t(` finished in the top ${r.int(2, 10)}% of a class of ${r.int(40, 240)}. Her/his project on ${r.pick(['Alzheimer\'s biomarkers', 'the Doppler effect in bat echolocation', 'Hodgkin lymphoma survival data', 'the Marshall Plan'])} was publishable.\n\n`)
    .t(`I have no hesitation in ranking ${r.pick(['Ms.', 'Mr.', 'Mx.'])} `).l('PERSON', s.family).t(' among the best students I have taught. Please contact me with any questions.\n\n')
    .l('PERSON', `${prof.given.charAt(0)}. ${prof.family}`).t(`, PhD\n${r.pick(['Professor', 'Associate Professor', 'Senior Lecturer'])}, ${i.name}\n`).l('EMAIL', email(r, prof, i.domain)).t(' | ').l('PHONE', phone(r, i.country));
};

const T_INTERVIEWS: Tpl = (d, r) => {
  const i = inst(r);
  d.t(`Interview schedule — ${r.pick(PROGRAMS)} — ${fmt(recent(r), 'ukLong')}\nZoom ID ${r.digits(3)} ${r.digits(4)} ${r.digits(4)}, passcode ${r.digits(6)}\n\n`);
  for (let k = r.int(3, 5); k > 0; k--) {
    const a = person(r);
    const iv = person(r);
    d.t(`${clock(r)}  `).l('PERSON', nameForm(r, a)).t(` (${appId(r)}) — panel: `).l('PERSON', iv.family).t(` + ${r.pick(['student ambassador', 'external examiner', 'programme lead'])}\n`);
  }
  d.t('Rescheduling: ').l('EMAIL', `interviews@${i.domain}`);
};

const T_ORIENTATION: Tpl = (d, r) => {
  const i = inst(r);
  d.t(`Welcome to ${i.name}! Your Welcome Week peer mentors are listed below. Meet them in front of ${r.pick(BUILDINGS)} on ${fmt(recent(r), 'ukLong')} at 09:30.\n\n`);
  for (let k = r.int(2, 4); k > 0; k--) {
    const m = person(r);
    d.l('PERSON', m.full).t(` (${r.pick(['Engineering', 'Business', 'Arts', 'Sciences'])}) — `).l('EMAIL', email(r, m, `student.${i.domain}`));
    if (r.chance(0.5)) d.t(', ').l('PHONE', phone(r, i.country));
    d.t(` — Insta ${'@'}${ascii(m.given)}.${r.pick(['mentor', 'uni', 'abroad'])}\n`);
  }
  d.t(`\nThe Tagore Hall café stays open until 22:00. Don't forget the Clery Act safety briefing!`);
};

const T_VISA_APPT: Tpl = (d, r) => {
  const p = person(r);
  const cons = r.pick<Country>(['DE', 'GB', 'US', 'FR', 'IT', 'ES', 'NL', 'IN', 'NG', 'KE']);
  d.t(`APPOINTMENT CONFIRMATION — National (D) visa, study\n\nApplicant: `).l('PERSON', `${p.family.toUpperCase()} ${p.given.toUpperCase()}`).t('\nDate of birth: ').l('DOB', fmt(birth(r), 'MON'))
    .t(`\nPassport no.: ${passportNo(r)}\nAppointment: ${fmt(recent(r), 'MON')}, ${clock(r)}\nLocation: Visa Application Centre, `).l('ADDRESS', address(r, cons))
    .t('\nHelpline: ').l('PHONE', phone(r, cons)).t(`\nBooking ref: ${r.pick(['VAC', 'BKG'])}${r.digits(9)}. Bring your admission letter, blocked-account confirmation and biometric photo.`);
};

const T_INSURANCE: Tpl = (d, r) => {
  const p = person(r);
  const i = inst(r, 'US');
  d.t(`Student Health Insurance Waiver — ${i.name}\nStudent: `).l('PERSON', p.full).t('   DOB: ').l('DOB', fmt(birth(r), 'us'))
    .t(`\nInsurer: ${r.pick(['Meridian Global Health', 'Orbis Student Care', 'Compass International'])}\nMember ID: ${r.pick(['MGH', 'OSC', 'CMP'])}${r.digits(9)}   Group: ${r.digits(5)}\n`)
    .t(`Coverage: 08/15/${r.int(2025, 2026)} – 08/14/${r.int(2026, 2027)}\nInsurer phone (US-based, required): `).l('PHONE', phone(r, 'US'))
    .t(`\nDecision: ${r.pick(['approved', 'denied – deductible exceeds $500', 'pending – needs English policy summary'])}`);
};

const T_IMMUNIZATION: Tpl = (d, r) => {
  const p = person(r);
  const st = r.pick<DateStyle>(['us', 'uk', 'iso']);
  d.t(`Immunization record upload — Health Services\nName: `).l('PERSON', nameForm(r, p)).t('\nBorn: ').l('DOB', fmt(birth(r), st)).t('\n\n')
    .t(`MMR dose 1: ${fmt(ymd(r, 1996, 2008), st)}\nMMR dose 2: ${fmt(ymd(r, 1998, 2012), st)}\nMeningococcal ACWY: ${fmt(ymd(r, 2015, 2025), st)}\n`)
    .t(`TB screening (IGRA): ${r.pick(['negative', 'indeterminate – repeat'])} on ${fmt(recent(r), st)}\nClinic: ${r.pick(['Harbour Travel Clinic', 'St. Jude Polyclinic', 'City Vaccination Centre'])}`);
};

const T_HOST_FEEDBACK: Tpl = (d, r) => {
  const h = person(r, r.pick(['en', 'au', 'ie', 'ja', 'es', 'fr', 'de']));
  const s = person(r);
  const pet = r.pick(PETS);
  d.t('Homestay check-in survey (host)\n\nHost name: ').l('PERSON', h.full).t('\nStudent: ').l('PERSON', s.given).t('\n\n')
    .l('PERSON', s.given).t(' has settled in well').t(r.pick(['. ', ' — ']));
  d.l('PERSON', s.given).t(` cooks ${r.pick(['bibimbap', 'jollof rice', 'pho', 'arepas', 'dal'])} for us on Sundays and our dog ${pet} adores ${r.pick(['him', 'her', 'them'])}. `)
    .t(`Only concern: late nights at the ${r.pick(BUILDINGS)} library. My partner `).l('PERSON', person(r, h.culture).given).t(' drives them to the bus stop on rainy days.\n')
    .t('Best number to reach me: ').l('PHONE', phone(r, h.home));
};

const T_MAINTENANCE: Tpl = (d, r) => {
  const p = person(r);
  d.t(`Maintenance request ${ticket(r)}\nBuilding: ${r.pick(BUILDINGS)}, flat ${r.int(1, 9)}${r.pick(['A', 'B', 'C'])}, room ${r.int(1, 6)}\nReported by: `).l('PERSON', nameForm(r, p))
    .t('\nContact: ').l('PHONE', phone(r, r.pick(ALL_COUNTRIES))).t(`\nIssue: ${r.pick(['radiator not heating', 'shower leaking into corridor', 'window will not lock', 'mould behind wardrobe'])}\n`)
    .t(`Access: ${r.pick(['permission to enter', 'student must be present'])}\nPriority: ${r.pick(['P2', 'P3'])} — contractor ${r.pick(['Ashby Plumbing Ltd', 'Fox & Sons Heating', 'QuickFix Facilities'])}`);
};

// ------------------------------------------------------------------------------------------ US forms

const T_PAYROLL: Tpl = (d, r) => {
  const p = person(r);
  const i = inst(r, 'US');
  d.t(`${i.name} Student Employment — New Hire Packet (on-campus, F-1 ≤20 h/week)\n\nEmployee: `).l('PERSON', `${p.family}, ${p.given}`).t('\nSSN: ');
  if (r.chance(0.85)) d.l('NATIONAL_ID', ssn(r));
  else d.t(`applied for ${fmt(recent(r), 'us')} (receipt SSA-${r.digits(6)}); ITIN ${itin(r)} not accepted for payroll`);
  d.t('\nDate of birth: ').l('DOB', fmt(birth(r), 'us')).t('\nLocal address: ').l('ADDRESS', address(r, 'US')).t('\nPhone: ').l('PHONE', phone(r, 'US'))
    .t(`\nPosition: ${r.pick(['Library Assistant', 'Dining Services', 'Lab Technician', 'Peer Tutor'])} @ $${r.int(15, 19)}.${r.pick(['00', '25', '50'])}/h\n`)
    .t(`Direct deposit: routing ${routing(r)}, account ${r.digits(r.int(9, 12))} (checking)\nSupervisor: `).l('PERSON', person(r, 'en').full)
    .t(`\nEmployer EIN ${ein(r)} · I-9 List A document: passport + I-20 (SEVIS ${sevis(r)})`);
};

const T_1098T: Tpl = (d, r) => {
  const p = person(r);
  const i = inst(r, 'US');
  d.t(`Form 1098-T  Tuition Statement  ${r.int(2025, 2026)}\nFILER: ${i.name}, `).l('ADDRESS', address(r, 'US')).t(`, tel. `).l('PHONE', phone(r, 'US'))
    .t(`\nFILER'S EIN: ${ein(r)}\nSTUDENT'S TIN: `);
  if (r.chance(0.7)) d.l('NATIONAL_ID', ssn(r));
  else d.t(maskedSsn(r));
  d.t("\nSTUDENT'S name: ").l('PERSON', p.full.toUpperCase()).t('\nStreet address, city, state, ZIP: ').l('ADDRESS', address(r, 'US'))
    .t(`\nAccount number: ${studentNo(r)}\nBox 1 Payments received: ${r.int(4, 38)},${r.digits(3)}.00\nBox 5 Scholarships or grants: ${r.int(0, 20)},${r.digits(3)}.00\nBox 8 At least half-time: X`);
};

const T_BACKGROUND: Tpl = (d, r) => {
  const p = person(r);
  const req = person(r, 'en');
  const i = inst(r, 'US');
  d.t(`Degree verification request — ${r.pick(['TalentLedger Screening', 'CheckPoint HR', 'VeriDegree Inc.'])} order ${r.digits(9)}\n\nSubject: `).l('PERSON', p.full)
    .t('\nOther names used: ').l('PERSON', `${p.given} ${person(r, p.culture).family}`).t('\nDOB: ').l('DOB', fmt(birth(r), 'us')).t('\nSSN: ').l('NATIONAL_ID', ssn(r))
    .t(`\nInstitution: ${i.name}\nClaimed: ${r.pick(['B.S. Biology', 'M.A. Economics', 'B.F.A. Design'])}, ${r.int(2018, 2025)}\n\nRequester: `).l('PERSON', req.full)
    .t(', ').l('EMAIL', email(r, req, 'talentledger.example')).t(', ').l('PHONE', phone(r, 'US')).t(`\nSigned release on file (FCRA). Case ${ticket(r)}.`);
};

const T_NAME_CHANGE: Tpl = (d, r) => {
  const p = person(r);
  const nf = person(r).family;
  const i = inst(r, 'US');
  d.t(`Registrar — Legal Name Change\nCurrent name on record: `).l('PERSON', p.full).t('\nNew legal name: ').l('PERSON', `${p.given} ${nf}`).t(' (').l('PERSON', `${nf}, ${p.given}`)
    .t(' in "Last, First" systems)\nDate of birth: ').l('DOB', fmt(birth(r), 'us')).t('\nSSN: ');
  if (r.chance(0.6)) d.l('NATIONAL_ID', ssn(r));
  else d.t(`not applicable (international student; passport ${passportNo(r)})`);
  d.t(`\nSupporting document: ${r.pick(['marriage certificate', 'court order', 'deed poll', 'new passport'])} no. ${r.digits(8)}\nProcessed by `).l('EMAIL', `registrar@${i.domain}`).t(` on ${fmt(recent(r), 'us')}`);
};

const T_US_OUTBOUND: Tpl = (d, r) => {
  const i = inst(r, 'US');
  d.t(`study_abroad_aid_${r.int(2026, 2027)}.csv — ${i.name} Financial Aid (restricted)\nstudent,ssn,dob,email,program\n`);
  for (let k = r.int(4, 7); k > 0; k--) {
    const p = person(r, r.pick(['en', 'en', 'mx', 'ph', 'et', 'he', 'th', 'zh', 'ko']));
    d.l('PERSON', p.full).t(',');
    if (r.chance(0.85)) d.l('NATIONAL_ID', ssn(r));
    else d.t(r.pick([maskedSsn(r), `${r.pick(['000', '666', String(r.int(900, 999))])}-${r.digits(2)}-${r.digits(4)}`]));
    d.t(',').l('DOB', fmt(birth(r), 'iso')).t(',').l('EMAIL', email(r, p, i.domain)).t(`,${r.pick(['Kyoto SP', 'Granada Fall', 'Seoul Summer', 'Lyon Year', 'Accra Spring'])}\n`);
  }
  d.t('# rows with invalid or masked SSNs need manual FAFSA match');
};

const T_LOAN: Tpl = (d, r) => {
  const p = person(r, r.pick(['en', 'he', 'et', 'th', 'ph', 'mx']));
  d.t(`IN-SCHOOL DEFERMENT REQUEST\nBorrower: `).l('PERSON', p.full.toUpperCase()).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDate of Birth: ').l('DOB', fmt(birth(r), 'us'))
    .t('\nAddress: ').l('ADDRESS', address(r, 'US')).t('\nHome Phone: ').l('PHONE', phone(r, 'US')).t('\nE-mail: ').l('EMAIL', email(r, p))
    .t(`\n\nSchool certification: enrolled at least half-time abroad (${r.pick(['Université de Belcourt', 'Aoba International University', 'Hanul University'])}), anticipated graduation ${fmt(recent(r), 'us')}. `)
    .t(`Loan servicer ref ${r.digits(10)}; do not use ${maskedSsn(r)} from the old file.`);
};

const T_GRADUATION: Tpl = (d, r) => {
  const p = person(r);
  const i = inst(r);
  const c = homeOr(r, p);
  d.t(`Application to graduate — ${i.name}\nName as it should appear on the diploma: `).l('PERSON', p.full.toUpperCase()).t(`\nPhonetic spelling for the ceremony: "${r.pick(['stress the first syllable', 'silent h', 'as written'])}"\n`)
    .t('Date of birth: ').l('DOB', fmt(birth(r), styleFor(r, i.country))).t('\nDiploma mailing address:\n').l('ADDRESS', address(r, c, true)).t('\nPersonal e-mail after graduation: ')
    .l('EMAIL', email(r, p)).t(`\nGuests: ${r.int(0, 4)}   Ceremony: ${fmt(recent(r), 'ukLong')}, ${r.pick(BUILDINGS)}`);
};

const T_SLACK: Tpl = (d, r) => {
  const a = person(r);
  const b = person(r);
  const s1 = person(r);
  const s2 = person(r);
  d.t(`#intl-admissions  (${fmt(recent(r), 'iso')})\n`).l('PERSON', a.given).t(`  ${clock(r)}\n  has anyone heard back from `).l('PERSON', s1.given).t(` about the bank letter? CAS is blocked\n`)
    .l('PERSON', b.given).t(`  ${clock(r)}\n  @${ascii(a.given)} yes she sent it this morning, I put it on the S: drive. Also `).l('PERSON', s2.family.toLowerCase())
    .t(` (the ${r.pick(['nursing', 'LLM', 'MBA'])} one) wants to defer\n`).l('PERSON', a.given).t(`  ${clock(r)}\n  ok ping ${'@'}registrar-bot, and can someone check why Jira ticket ADM-${r.digits(4)} is still open? Grafana shows portal ${version(r)} throwing 502s`);
};

const T_CREDENTIAL: Tpl = (d, r) => {
  const p = person(r);
  d.t(`CREDENTIAL EVALUATION REPORT  No. ${r.pick(['WE', 'EC', 'CE'])}-${r.digits(7)}\n\nName: `).l('PERSON', `${p.family.toUpperCase()}, ${p.given}`).t('\nDate of birth: ').l('DOB', fmt(birth(r), 'usLong'))
    .t(`\nCountry of education: ${COUNTRY_NAMES[homeOr(r, p)]}\n\nCredential: ${r.pick(['Bachelor of Technology', 'Licenciatura en Derecho', 'Diplom-Ingenieur', 'Bacharelado em Administração'])}, awarded ${fmt(recent(r), 'usLong')}\n`)
    .t(`U.S. equivalency: bachelor's degree; GPA ${r.int(2, 3)}.${r.digits(2)}\nPrepared for: ${inst(r).name}\nEvaluator: `).l('PERSON', `${person(r).given.charAt(0)}. ${person(r, 'en').family}`);
};

const T_TESTSCORE: Tpl = (d, r) => {
  const p = person(r);
  const ielts = r.chance(0.5);
  d.t(`${ielts ? 'TEST REPORT FORM (Academic)' : 'Official score report'}\nCandidate: `).l('PERSON', ielts ? `${p.family.toUpperCase()} ${p.given.toUpperCase()}` : p.full)
    .t(`\nCandidate number: ${r.digits(6)}   Centre: ${r.pick(['IN', 'NG', 'VN', 'CN', 'TR'])}${r.digits(3)}\nDate of birth: `).l('DOB', fmt(birth(r), ielts ? 'uk' : 'usLong'))
    .t(`\nTest date: ${fmt(recent(r), ielts ? 'uk' : 'usLong')}\n`)
    .t(ielts ? `Listening ${r.int(5, 9)}.${r.pick(['0', '5'])}  Reading ${r.int(5, 9)}.${r.pick(['0', '5'])}  Writing ${r.int(5, 8)}.${r.pick(['0', '5'])}  Speaking ${r.int(5, 9)}.0  Overall 7.0\n`
      : `Reading ${r.int(15, 30)} Listening ${r.int(15, 30)} Speaking ${r.int(15, 30)} Writing ${r.int(15, 30)} Total ${r.int(70, 118)}\n`)
    .t(`TRF/registration no.: ${r.digits(2)}${r.pick(['VN', 'IN', 'GB'])}${r.digits(6)}${r.pick(['ABCD', 'TRAN', 'NGUY'])}${r.digits(3)}A`);
};

const T_WRAPPED: Tpl = (d, r) => {
  const p = person(r);
  const c = homeOr(r, p);
  const ph = phone(r, c);
  const cut = ph.lastIndexOf(' ');
  const i = inst(r);
  d.t('> Sent from my phone, sorry for the formatting\n\nhello, i need the enrolment letter again for the bank, the last one had my name wrong (').l('PERSON', p.family)
    .t(` spelled with a typo). best number is ${cut > 0 ? `${ph.slice(0, cut)}\n${ph.slice(cut + 1)}` : `${ph.slice(0, 4)}-\n${ph.slice(4)}`} after 6pm,\n`)
    .t('or mail me: ').l('EMAIL', email(r, p)).t(`\nthanks!! student no ${studentNo(r)}\n\n-- \n`).self(p.full).t(`\n${r.pick(PROGRAMS)}, ${i.name}`);
};


const T_SSO_LOG: Tpl = (d, r) => {
  const i = inst(r);
  d.t(`== idp.${i.domain} auth log (excerpt) ==\n`);
  for (let k = r.int(3, 6); k > 0; k--) {
    const p = person(r);
    d.t(`${stamp(r)} sso-idp[${r.int(100, 999)}]: ${r.pick(['login ok', 'login ok', 'mfa challenge', 'password fail'])} user=`).l('EMAIL', email(r, p, `student.${i.domain}`)).t(' from ');
    if (r.chance(0.6)) d.l('IP', ipv4(r)).t(`:${r.int(1024, 65535)}`);
    else d.t('[').l('IP', ipv6(r)).t(`]:${r.int(1024, 65535)}`);
    d.t(` client=${r.pick(['ShibbolethSP', 'portal-web', 'moodle', 'eduroam-cat'])}/${version(r)}\n`);
  }
  d.t(`${stamp(r)} radius: NAS-IP-Address=`).l('IP', ipv4(r)).t(` Called-Station-Id=${hex(r, 2)}-${hex(r, 2)}-${hex(r, 2)}-${hex(r, 2)}-${hex(r, 2)}-${hex(r, 2)}:eduroam Acct-Session-Id=${hex(r, 16).toUpperCase()}`);
};

const T_CHARGEBACK: Tpl = (d, r) => {
  const p = person(r);
  const c = homeOr(r, p);
  const i = inst(r);
  d.t(`Card dispute form — ${r.pick(['Meridian Card Services', 'Atlas Bank', 'Banco Costa Azul', 'Nordlicht Kreditkarten'])}\n\nCardholder: `).l('PERSON', p.full.toUpperCase())
    .t('\nCard number: ').l('CARD', card(r)).t(`\nTransaction: ${fmt(recent(r), styleFor(r, c))}, ${money(r, r.pick(['USD ', 'EUR ', 'GBP ']))}, merchant "${i.name.toUpperCase().slice(0, 22)} ADMISSIONS"\n`)
    .t(`Reason: ${r.pick(['charged twice for the application fee', 'refund promised after visa refusal not received', 'deposit amount differs from invoice'])}\n`)
    .t('Contact: ').l('PHONE', phone(r, c)).t(', ').l('EMAIL', email(r, p)).t(`\nPrevious card (replaced): ${maskedCard(r)}. Case no. ${r.digits(12)}.`);
};

const T_FEE_RECEIPT: Tpl = (d, r) => {
  const p = person(r);
  const i = inst(r);
  const c = homeOr(r, p);
  d.t(`Payment ${r.pick(['receipt', 'confirmation'])} — ${i.name}\nReceipt no. ${r.digits(9)}   Date ${fmt(recent(r), styleFor(r, i.country))}\n\nPaid by: `).l('PERSON', nameForm(r, p))
    .t('\nBilling address: ').l('ADDRESS', address(r, c)).t(`\nItem: ${r.pick(['Application fee', 'Tuition deposit', 'Housing deposit', 'Airport pickup'])}   Amount: ${money(r, r.pick(['$', '£', '€', 'A$']))}\n`);
  if (r.chance(0.75)) {
    const brand = r.pick<Brand>(['amex', 'jcb', 'unionpay', 'diners', 'disc', 'visa', 'mc2']);
    d.t(`Card (${brand === 'mc2' ? 'Mastercard' : brand === 'disc' ? 'Discover' : brand.toUpperCase()}): `).l('CARD', card(r, brand)).t('  ← shown in full because the gateway was in debug mode (incident SEC-')
      .t(`${r.digits(4)})\n`);
  } else {
    d.t(`Card: ${maskedCard(r)}\n`);
  }
  d.t(`Authorisation code ${r.digits(6)} · terminal ${r.digits(8)} · questions `).l('EMAIL', `payments@${i.domain}`);
};

const T_US_SCHOLARSHIP_APP: Tpl = (d, r) => {
  const p = person(r, r.pick(['en', 'en', 'mx', 'ph', 'et', 'he', 'th', 'ko', 'zh', 'hi']));
  d.t(`Global Bridges Award — applicant record (US undergraduates studying abroad)\n\nApplicant: `).l('PERSON', p.full).t('\nSocial Security Number: ').l('NATIONAL_ID', ssn(r))
    .t('\nDate of birth: ').l('DOB', fmt(birth(r), r.pick(['us', 'usLong'] as const))).t('\nPermanent address:\n').l('ADDRESS', address(r, 'US', true)).t('\nCell: ').l('PHONE', phone(r, 'US'))
    .t('\nEmail: ').l('EMAIL', email(r, p, inst(r, 'US').domain)).t(`\nPell Grant recipient: ${r.pick(['yes', 'no'])}   Host country: ${r.pick(['Japan', 'Ghana', 'Chile', 'Jordan', 'Vietnam', 'Morocco'])}\n`)
    .t(`Study abroad adviser: `).l('PERSON', person(r, 'en').full).t(`\nSubmitted ${stamp(r)}; previous award ID GBA-${r.digits(6)}`);
};

// --------------------------------------------------------------------------------------- hard negatives

const T_NEG_DEADLINES: Tpl = (d, r) => {
  d.t(`Key dates for international applicants (${r.pick(['2026/27', '2027/28'])})\n\n`)
    .t(`• ${fmt(recent(r), 'ukLong')} — priority deadline for the ${r.pick(EPONYMS)} and the Whitcombe Family Scholarship\n`)
    .t(`• ${fmt(recent(r), 'ukLong')} — CAS requests close; allow 15 working days\n`)
    .t(`• ${fmt(recent(r), 'ukLong')} — Welcome Week starts at ${r.pick(BUILDINGS)}\n`)
    .t(`• ${fmt(recent(r), 'ukLong')} — last date to pay the ${r.pick(['£2,000', '€1,500', '$5,000'])} deposit (ref format APP-YYYY-NNNNNN)\n`)
    .t(`Applicants born before ${fmt(ymd(r, 2008, 2009), 'ukLong')} do not need a guardianship form. Office hours: Mon–Thu 10:00–16:00.`);
};

const T_NEG_RELEASE: Tpl = (d, r) => {
  d.t(`Applicant portal — release notes v${r.int(3, 9)}.${r.int(0, 20)}.${r.int(0, 9)}\n\n`)
    .t(`- Upgraded PDF renderer to ${version(r)} (commit ${hex(r, 40)})\n- Fixed the Grant Tracker widget showing "Hope Scholarship" twice\n`)
    .t(`- Maxwell and Faraday themes retired; default theme is now "Aurora"\n- Node ${r.int(18, 22)}.${r.int(0, 15)}.${r.int(0, 9)}, Postgres ${r.int(14, 17)}.${r.int(1, 6)}\n`)
    .t(`- Migration ${stamp(r)}_add_deferral_reason.sql\n- Sentry issue PORTAL-${r.digits(4)} closed; p95 latency ${r.int(120, 480)} ms\n`)
    .t(`- Build ${version(r)} signed with key id ${hex(r, 16).toUpperCase()}`);
};

const T_NEG_CATALOG: Tpl = (d, r) => {
  const k = r.int(0, 3);
  d.t(`${['BIOL', 'PHYS', 'HIST', 'LAW'][k] ?? 'GEN'} ${r.int(100, 499)} — ${['Neurodegeneration', 'Classical Mechanics', 'Europe after 1945', 'Comparative Constitutional Law'][k] ?? 'Seminar'} (${r.int(3, 6)} ECTS)\n`)
    .t([
      'Covers Parkinson\'s and Alzheimer\'s disease, Huntington\'s chorea and Creutzfeldt–Jakob disease, with a lab on Golgi staining.',
      'Newton\'s laws, Hooke\'s law, Kepler\'s laws and the Lagrange formalism; problem sets use Euler angles and Fourier series.',
      'From the Marshall Plan and the Schuman Declaration to the fall of the Berlin Wall and the Maastricht Treaty.',
      'Judicial review, Megan\'s Law, the Magnitsky Act, the Dodd–Frank Act and the Napoleonic Code compared.',
    ][k] ?? '')
    .t(`\nPrerequisite: ${r.pick(['none', 'BIOL 101', 'MATH 210'])}. Taught in ${r.pick(BUILDINGS)}, ${r.pick(['Mon/Wed', 'Tue/Thu'])} ${clock(r)}. CRN ${r.digits(5)}.`);
};

const T_NEG_DIRECTIONS: Tpl = (d, r) => {
  d.t(`Getting to the International Office\n\nFrom the central station take tram ${r.int(1, 12)} towards ${r.pick(['Victoria Park', 'St. George\'s Square', 'Lincoln Road', 'San Marco'])} and get off at "${r.pick(BUILDINGS)}". `)
    .t(`Walk past the ${r.pick(['clock tower', 'old observatory', 'fountain'])}, through the ${r.pick(['Jefferson', 'Rousseau', 'Humboldt'])} Gardens, and the office is on floor ${r.int(1, 4)}, room ${r.int(100, 420)}. `)
    .t(`Parking: lot ${r.pick(['P3', 'P7', 'C'])}, permit code ${r.digits(4)}. Wi-Fi: eduroam or "Guest-${r.digits(3)}".`);
};

const T_NEG_FINANCE: Tpl = (d, r) => {
  d.t(`Finance office — how to pay (policy FIN-${r.digits(3)}, rev. ${fmt(recent(r), 'iso')})\n\n`)
    .t(`US wires: ABA routing ${routing(r)}, SWIFT ${r.pick(['CHASUS33', 'BOFAUS3N', 'CITIUS33'])}. University EIN ${ein(r)}.\n`)
    .t(`Do NOT use the test card ${badCard(r)} shown in old screenshots — it is not a real card. `)
    .t(`Our former account ${badIban(r)} was closed and fails validation anyway.\n`)
    .t(`Individual taxpayer numbers start with 9 (format 9XX-7X-XXXX) and cannot be used for payroll. Refunds over $10,000 need approval from the Bursar's office.`);
};

const T_NEG_STATUS: Tpl = (d, r) => {
  for (let k = r.int(4, 7); k > 0; k--) {
    d.t(`${stamp(r)} ${r.pick(['INFO', 'WARN', 'DEBUG'])} ${r.pick(['queue', 'pdfgen', 'mailer', 'sis-sync'])}: ${r.pick([
      `processed batch ${r.digits(6)} in ${r.int(10, 900)} ms`,
      `retrying job ${hex(r, 12)} (attempt ${r.int(2, 5)}/5)`,
      `sis-sync cursor=${r.digits(12)} lag=${r.int(0, 90)}s`,
      `template "offer_letter_v${r.int(2, 9)}" rendered, sha256=${hex(r, 64)}`,
      `version ${version(r)} deployed to pool b`,
    ])}\n`);
  }
  d.t('all checks green');
};

const T_NEG_TRACKING: Tpl = (d, r) => {
  d.t(`Transcript shipments this week\n`);
  for (let k = r.int(3, 5); k > 0; k--) {
    d.t(`order ${r.pick(['TR', 'DIP'])}-${r.digits(6)}  ${r.pick(['DHL', 'FedEx', 'UPS', 'Royal Mail'])} ${r.pick([r.digits(10), `1Z${hex(r, 6).toUpperCase()}${r.digits(10)}`, `RR${r.digits(9)}GB`])}  ${r.pick(['delivered', 'in transit', 'customs hold'])} ${fmt(recent(r), 'iso')}\n`);
  }
  d.t(`Total postage: ${money(r, '$')} charged to cost centre ${r.digits(6)}.`);
};

const T_NEG_STATS: Tpl = (d, r) => {
  d.t(`International admissions dashboard — cycle ${r.int(2025, 2026)}\n`)
    .t(`Applications: ${r.int(4, 19)},${r.digits(3)} (+${r.int(1, 30)}%)  Offers: ${r.int(1, 7)},${r.digits(3)}  Deposits: ${r.int(300, 2500)}\n`)
    .t(`Top markets: India ${r.int(15, 30)}%, China ${r.int(10, 25)}%, Nigeria ${r.int(5, 12)}%, Vietnam ${r.int(3, 9)}%\n`)
    .t(`Visa refusal rate ${r.int(2, 19)}.${r.int(0, 9)}%; median CAS turnaround ${r.int(3, 12)} days; Hope Street Bursary uptake ${r.int(40, 99)}%.\n`)
    .t(`Figures as of ${stamp(r)}; source table sis.adm_funnel_v${r.int(2, 5)}.`);
};

const T_NEG_HOUSING_FAQ: Tpl = (d, r) => {
  d.t('Housing FAQ\n\nQ: Can I bring a pet?\nA: Only registered assistance animals. (Yes, we know about Professor Whiskers, the library cat.)\n\n')
    .t(`Q: When can I move in?\nA: From ${fmt(recent(r), 'ukLong')}, 10:00–18:00, at ${r.pick(BUILDINGS)} reception.\n\n`)
    .t(`Q: What if my flight lands at night?\nA: Book the late-arrival service at least 72 hours ahead; the shuttle leaves from Terminal ${r.int(1, 5)}, stand ${r.int(10, 40)}.\n\n`)
    .t(`Q: Is there a homestay option?\nA: Yes — over ${r.int(80, 400)} vetted host families; allow ${r.int(3, 6)} weeks for matching.`);
};

const T_NEG_CLOSURE: Tpl = (d, r) => {
  d.t(`CAMPUS ALERT ${fmt(recent(r), 'usLong')} ${clock(r)}: due to ${r.pick(['Storm Ciarán', 'Hurricane Milton', 'Typhoon Haishen', 'Storm Babet'])}, `)
    .t(`all classes and the visa drop-in are cancelled. ${r.pick(BUILDINGS)} remains open as a warming centre. `)
    .t(`The Amazon locker and the Tesla charging bays in lot C are closed. Updates: alert code ${r.digits(5)}.`);
};

const T_NEG_FEES: Tpl = (d, r) => {
  d.t('Tuition and fees (international)\n| Item | Amount | Due |\n|---|---|---|\n');
  for (const item of ['Tuition, per semester', 'Student services fee', 'Health insurance', 'Late registration']) {
    d.t(`| ${item} | ${money(r, '$')} | ${fmt(recent(r), 'us')} |\n`);
  }
  d.t(`Fee code ${r.pick(['TUI', 'SSF'])}-${r.digits(4)}; GL account ${r.digits(4)}-${r.digits(6)}; invoice ${r.digits(10)}.`);
};

// ------------------------------------------------------------------------------------------ generator

const LABELLED: readonly Tpl[] = [
  T_PORTAL_CSV, T_PORTAL_JSON, T_ENROL_LETTER, T_DE_VISA_LETTER, T_I20_FORM, T_CAS, T_TRANSCRIPT_REQ, T_REC_REQUEST, T_REC_INVITE,
  T_HOMESTAY_PROFILE, T_HOMESTAY_MATCH, T_HOUSING_APP, T_SCHOLARSHIP_AWARD, T_REFUND, T_SPONSOR_LETTER, T_BANK_STATEMENT,
  T_TUITION_CSV, T_PAYOUT_TSV, T_WIRE, T_PAYMENT_PLAN, T_CHAT_EN, T_CHAT_EN2, T_CHAT_ES, T_CHAT_DE, T_CHAT_FR, T_CHAT_PT,
  T_CHAT_JA, T_CHAT_KO, T_CHAT_ZH, T_CHAT_IT, T_CHAT_TR, T_CHAT_VI, T_REGISTRAR_LOG, T_AUDIT_V6, T_LOGIN_ALERT, T_IT_TICKET,
  T_SMS, T_CALL, T_VOICEMAIL, T_EMAIL_THREAD, T_DEFERRAL, T_PARENT, T_AGENT, T_PREDEPARTURE, T_NOMINATION, T_PICKUP,
  T_ID_CARD, T_CHANGE_ADDR, T_MINUTES, T_REC_LETTER, T_INTERVIEWS, T_ORIENTATION, T_VISA_APPT, T_INSURANCE, T_IMMUNIZATION,
  T_HOST_FEEDBACK, T_MAINTENANCE, T_PAYROLL, T_1098T, T_BACKGROUND, T_NAME_CHANGE, T_US_OUTBOUND, T_LOAN, T_GRADUATION,
  T_SLACK, T_CREDENTIAL, T_TESTSCORE, T_WRAPPED, T_SSO_LOG, T_CHARGEBACK, T_FEE_RECEIPT, T_US_SCHOLARSHIP_APP,
];
const NEGATIVE: readonly Tpl[] = [
  T_NEG_DEADLINES, T_NEG_RELEASE, T_NEG_CATALOG, T_NEG_DIRECTIONS, T_NEG_FINANCE, T_NEG_STATUS, T_NEG_TRACKING, T_NEG_STATS,
  T_NEG_HOUSING_FAQ, T_NEG_CLOSURE, T_NEG_FEES,
];
/** Labelled templates again, weighted towards the ones carrying the rarer types (SSNs, cards, IBANs). */
const WEIGHTED: readonly Tpl[] = [
  ...LABELLED, T_PAYROLL, T_1098T, T_BACKGROUND, T_US_OUTBOUND, T_LOAN, T_US_SCHOLARSHIP_APP, T_NAME_CHANGE, T_CHARGEBACK,
  T_FEE_RECEIPT, T_TUITION_CSV, T_HOUSING_APP, T_PAYMENT_PLAN, T_PAYOUT_TSV, T_REFUND, T_SCHOLARSHIP_AWARD, T_BANK_STATEMENT,
  T_SPONSOR_LETTER, T_WIRE, T_CHAT_IT, T_TRANSCRIPT_REQ, T_CHAT_EN2, T_CHAT_PT, T_CHARGEBACK, T_FEE_RECEIPT, T_SSO_LOG,
];
/** Number of distinct document templates. */
export const INDEPENDENT56_TEMPLATE_COUNT = LABELLED.length + NEGATIVE.length;

/** Generates corpus #56: whole documents until at least `minInstances` labels exist. */
export function generateIndependent56Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent56Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT56_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT56_MIN_INSTANCES;
  const out: Independent56Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    const neg = r.chance(0.11);
    (neg ? r.pick(NEGATIVE) : r.pick(WEIGHTED))(d, r);
    if (neg && d.labels.length > 0) throw new Error('negative template produced a label');
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
