/**
 * @module privacy/pii-corpus-independent-45 — a seeded, labelled, BLIND evaluation split ("independent45")
 * for the PII detector, themed on recruitment, HR and payroll in many countries.
 *
 * WRITTEN BLIND. The author read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * The author did NOT read the detector, its rules, name lists or tests, any other corpus or template file,
 * the docs, benches or git history, and never ran the detector on this text. Every name, address,
 * template and value below was invented for this file.
 *
 * Seeds: {@link INDEPENDENT45_SEEDS} (450001, 450002, 450003); each seed yields whole documents until at
 * least `minInstances` (default 2400) labels exist, stopping right after the document that reaches it.
 *
 * Contents: CVs and résumés pasted into chats with a recruiting assistant, applicant-tracking exports
 * (CSV/JSON), interview schedules and panel notes, reference checks, offer letters, onboarding and
 * right-to-work forms, payroll, payslips and expense records, employee self-service chats,
 * background-check reports, HRIS audit logs and clinical-trial site staff rosters, in many countries'
 * formats; about one document in ten is a pure hard negative full of look-alike traps.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside the span; initials+surname,
 *   surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per
 *   contiguous name. Brands, software, places, pets, streets/buildings named after people, eponymous
 *   diseases/laws/awards and @handles are not labelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid or masked ones unlabelled.
 * - IBAN: checksum-valid with the right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line addresses from the first street/building/PO-box
 *   line to the last postcode/city/country line; recipient name a separate PERSON; company lines,
 *   city-only mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT45_SEEDS = [450001, 450002, 450003] as const;
export const INDEPENDENT45_MIN_INSTANCES = 2400;

/** A label that also carries the exact text of its span. */
export type Independent45Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent45Entry = PiiCorpusEntry & { readonly labels: readonly Independent45Label[] };

/** Builds a document while recording label offsets as the text is appended. */
class Doc {
  text = '';
  readonly labels: Independent45Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  p(name: string): this {
    return this.l('PERSON', name);
  }
  /** The user's own full name: labelled and recorded as a known name. */
  self(p: Person): this {
    if (!this.known.includes(p.full)) this.known.push(p.full);
    return this.l('PERSON', p.full);
  }
}

type R = Rng;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const split = (s: string): string[] => s.split(' ').map((x) => x.replace(/_/g, ' '));

// ---------------------------------------------------------------- names

/** [culture, given names, surnames, family-name-first]. */
const NAME_POOLS: ReadonlyArray<readonly [string, string, string, boolean]> = [
  ['us', 'James Olivia Tyler Madison Brandon Kayla Will Hope Grant Faith Chase Hunter Summer Wade Brooke', 'Whitaker Holloway Pruitt Dawson Kessler Young King Rich Little Moody Bishop Sterling Long', false],
  ['gb', 'Oliver Harriet Alfie Imogen Rupert Poppy Guy Rose Bill Dawn Nigel Fern Ewan', 'Ashworth Pemberton Blackwood Hargreaves Thornton Fairclough Winslow Cook Baker Price Bell Wood Stone', false],
  ['ie', 'Aoife Ciarán Siobhán Niamh Oisín Saoirse Declan Róisín Cathal Eimear Pádraig Orla', "O'Sullivan Ní_Bhriain McNamara Fitzgerald Kavanagh Ó_Ceallaigh Doherty Gallagher Mulcahy Keane Duggan", false],
  ['de', 'Lukas Johanna Maximilian Friederike Jürgen Annika Henrik Greta Matthias Sabine Ulrich Lena', 'Hoffmann Schäfer Wendler Krüger Brandt Vogel Lindemann Köhler Baumgartner Eichhorn Zimmermann von_Bredow', false],
  ['fr', 'Camille Théo Margaux Étienne Chloé Baptiste Léa Aurélien Solène Maël Inès Gaspard', 'Lefèvre Dubois Marchand Rousseau Garnier Fontaine Chevalier Bonnet Girard Mercier Lambert de_la_Tour', false],
  ['es', 'Alejandro Lucía Javier Carmen Iñigo Nerea Sergio Pilar Álvaro Marta Rocío Diego', 'García_Morales Fernández Ruiz Navarro Jiménez Delgado Castillo Ortega Serrano Iglesias Herrera de_la_Cruz', false],
  ['it', 'Giulia Matteo Chiara Lorenzo Francesca Alessandro Martina Davide Elisa Federico Sofia Tommaso', 'Rossi Bianchi Esposito Ferraro Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca', false],
  ['br', 'João Beatriz Thiago Larissa Gustavo Fernanda Rafael Camila Leonardo Juliana Caio Yasmin', 'Silva Oliveira Santos Souza Pereira Carvalho Almeida Ribeiro Nascimento Barbosa Rocha Cavalcanti', false],
  ['nl', 'Daan Sanne Bram Fleur Joris Lotte Sem Anouk Thijs Femke Ruben Noor', 'de_Vries van_den_Berg Jansen Bakker Visser Smit Meijer de_Boer Mulder Bos Vermeulen van_Dijk', false],
  ['pl', 'Katarzyna Piotr Agnieszka Tomasz Małgorzata Krzysztof Zofia Jakub Magdalena Paweł Weronika Bartosz', 'Kowalski Nowak Wiśniewska Wójcik Kamińska Lewandowski Zieliński Szymańska Woźniak Dąbrowski Kozłowska Jankowski', false],
  ['nordic', 'Astrid Erik Ingrid Magnus Sigrid Lars Freja Nils Elin Anders Maja Oskar', 'Lindqvist Johansson Andersson Bergström Nyström Halvorsen Sørensen Virtanen Korhonen Eriksen Dahl Holm', false],
  ['ru', 'Dmitri Anastasia Sergei Yekaterina Mikhail Olga Alexei Tatiana Nikolai Irina Pavel Svetlana', 'Ivanov Smirnova Kuznetsov Popova Volkov Sokolova Morozov Lebedeva Novikov Kozlova Petrov Orlova', false],
  ['ua', 'Oksana Taras Olena Bohdan Yulia Andriy Kateryna Mykola Iryna Vasyl', 'Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Oliynyk Moroz Boyko Lysenko', false],
  ['gr', 'Eleni Georgios Dimitra Konstantinos Katerina Nikos Ioannis Vasiliki Panagiotis Despina', 'Papadopoulos Georgiou Konstantinidou Nikolaidis Vlachou Dimitriou Angelopoulos Karagiannis Oikonomou', false],
  ['tr', 'Emre Elif Mehmet Zeynep Burak Ayşe Can Selin Oğuz Deniz Hakan Büşra', 'Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aksoy', false],
  ['ar', 'Mohammed Fatima Omar Layla Youssef Nour Khalid Amira Said Rania Tariq Hana', 'Al-Farsi El-Sayed Haddad Khalil Nasser Mansour Al-Hashimi Abboud Saleh Darwish Hamdan Bakr', false],
  ['he', 'Noa Yonatan Tamar Eitan Shira Ariel Yael Omri Maya Gideon', 'Cohen Levi Mizrahi Friedman Ben-David Shapiro Katz Peretz Avraham Goldberg', false],
  ['fa', 'Darius Shirin Kian Parisa Arash Nasrin Reza Leila Babak Mina', 'Hosseini Ahmadi Rezaei Moradi Karimi Jafari Tehrani Farahani Sadeghi Bahrami', false],
  ['hi', 'Aarav Priya Rohan Ananya Vikram Neha Arjun Pooja Siddharth Kavya Rahul Deepika', 'Sharma Verma Gupta Agarwal Mehta Malhotra Kapoor Bhatia Chopra Saxena Joshi Trivedi', false],
  ['ta', 'Karthik Lakshmi Arun Divya Senthil Meenakshi Vignesh Revathi Prakash Anitha', 'Subramanian Raman Krishnan Venkatesan Iyer Natarajan Ramasamy Pillai Balasubramanian Sundaram', false],
  ['pk', 'Ayesha Bilal Sana Hamza Zainab Imran Farhan Nusrat Tanvir Rukhsana', 'Chaudhry Malik Qureshi Siddiqui Hussain Rahman Chowdhury Ahmed Butt Akhtar', false],
  ['zh', 'Wei Xiaoling Jun Mingyu Lihua Hao Yiting Zhiwei Jing Yan Bo Xinyi', 'Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun', true],
  ['ja', 'Haruto Yui Sota Aoi Ren Hina Kaito Sakura Daiki Mei Takumi Yuna', 'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Saito Matsumoto Inoue', true],
  ['ko', 'Minjun Seoyeon Jiho Jiwoo Hyunwoo Soyeon Dohyun Jaehyun Eunji Taeyang Haeun Sumin', 'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin', true],
  ['vi', 'Minh Linh Tuan Thao Duc Huong Quang Lan Hieu Trang', 'Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do', true],
  ['th', 'Somchai Nattaya Prasert Kanya Anurak Siriporn Wichai Pimchanok', 'Srisuk Chaiyaporn Rattanakorn Boonmee Wongsawat Saetang Thongchai Kittisak', false],
  ['tl', 'Jericho Maricel Rodel Lovely Jomar Princess Arnel Girlie Mark Joy', 'Dela_Cruz Reyes Bautista Villanueva Mendoza Aquino Macaraeg Ocampo Dimaculangan Soriano', false],
  ['id', 'Budi Siti Agus Dewi Rizky Putri Hendra Ayu Wahyu Intan', 'Santoso Wijaya Pratama Susanto Hidayat Kusuma Nugroho Setiawan Halim Saputra', false],
  ['ng', 'Chidi Ngozi Oluwaseun Folake Emeka Adaeze Tunde Chiamaka Babatunde Funmilayo Ifeanyi Blessing', 'Okafor Adeyemi Okonkwo Balogun Nwosu Adebayo Eze Olawale Chukwu Ogunleye Obi Afolabi', false],
  ['ke', 'Wanjiru Baraka Achieng Jabari Zawadi Imani Amani Neema Kioko Makena', 'Kamau Otieno Mwangi Njoroge Odhiambo Wambui Kiptoo Mutua Chege Omondi', false],
  ['za', 'Thabo Lerato Sipho Nomvula Bongani Zanele Themba Palesa Pieter Annelie', 'Nkosi Dlamini Mokoena Ndlovu Botha van_der_Merwe Mahlangu Khumalo Pretorius Naidoo', false],
  ['gh', 'Kwame Ama Kofi Akosua Yaw Abena Kwabena Efua', 'Mensah Asante Boateng Owusu Agyeman Appiah Osei Acheampong', false],
  ['hu', 'Bence Réka Levente Zsófia Gergő Eszter Balázs Dóra', 'Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár', true],
  ['cz', 'Jiří Tereza Ondřej Kateřina Vojtěch Lucie Radek Markéta', 'Novák Svoboda Dvořák Černá Procházka Kučera Veselá Horák', false],
  ['ro', 'Andrei Ioana Mihai Elena Bogdan Raluca Cosmin Alina', 'Popescu Ionescu Dumitrescu Stan Gheorghiu Constantinescu Munteanu Rusu', false],
  ['mx', 'Guadalupe José_Luis Ximena Joaquín Itzel Emiliano Valeria Rodrigo Citlali Santiago', 'Hernández López Ramírez Gutiérrez Vázquez Sánchez Flores Cervantes Morales Aguilar', false],
];
const POOLS = NAME_POOLS.map(([c, g, f, east]) => ({ c, given: split(g), family: split(f), east }));

/** Native-script names: [full name as written, family-name length] for ja/zh/ko forms. */
const NATIVE_JA = ['佐藤 美咲', '高橋 健太', '田中 陽菜', '渡辺 大輔', '山本 さくら', '中村 翔', '小林 結衣', '伊藤 拓海', '加藤 真由美', '吉田 蓮'];
const NATIVE_KO = ['김민준', '이서연', '박지호', '최유나', '정하은', '강도윤', '윤서진', '한지민'];
const NATIVE_ZH = ['王伟', '李晓玲', '张俊', '刘明宇', '陈静', '杨丽华', '赵志伟', '周欣怡'];

interface Person {
  readonly g: string;
  readonly f: string;
  readonly c: string;
  readonly full: string;
}

function person(r: R, cultures?: readonly string[]): Person {
  const pool = cultures ? (POOLS.find((p) => p.c === r.pick(cultures)) ?? r.pick(POOLS)) : r.pick(POOLS);
  const g = r.pick(pool.given);
  const f = r.pick(pool.family);
  const full = pool.east && r.chance(0.3) ? `${f} ${g}` : r.chance(0.06) ? `${g} ${String.fromCharCode(65 + r.int(0, 25))}. ${f}` : `${g} ${f}`;
  return { g, f, c: pool.c, full };
}

/** A name as colleagues would write it: full, initials, reversed, caps, lower, given- or surname-only. */
function nameForm(r: R, p: Person): string {
  const x = r.next();
  if (x < 0.45) return p.full;
  if (x < 0.55) return `${p.g.charAt(0)}. ${p.f}`;
  if (x < 0.65) return `${p.f}, ${p.g}`;
  if (x < 0.72) return p.full.toUpperCase();
  if (x < 0.76) return p.full.toLowerCase();
  if (x < 0.88) return p.g;
  return p.f;
}

const CULTURE_OF: Record<string, readonly string[]> = {
  US: ['us', 'us', 'mx', 'hi', 'zh', 'ko', 'ng', 'vi', 'he'], GB: ['gb', 'gb', 'pk', 'ie', 'pl', 'ng', 'hi'],
  DE: ['de', 'de', 'tr', 'pl', 'ru'], FR: ['fr', 'fr', 'ar'], ES: ['es', 'es', 'ro'], IT: ['it', 'it', 'ro'],
  NL: ['nl', 'nl', 'tr'], BR: ['br'], MX: ['mx'], IN: ['hi', 'ta'], JP: ['ja'], KR: ['ko'], AU: ['gb', 'us', 'zh', 'vi'],
  CA: ['us', 'fr', 'zh', 'hi'], PL: ['pl'], SE: ['nordic', 'fa'], IE: ['ie', 'ie', 'pl'], ZA: ['za'], NG: ['ng'],
  SG: ['zh', 'ta', 'id'], CH: ['de', 'fr', 'it'], AE: ['ar', 'hi', 'tl', 'pk'], TR: ['tr'], PH: ['tl'], KE: ['ke'],
};

// ---------------------------------------------------------------- emails

function ascii(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .replace(/[^a-z0-9]/g, '');
}

const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'libero.it', 'uol.com.br', 'yahoo.co.jp', 'naver.com', 'proton.me', 'icloud.com', 'qq.com', 'rediffmail.com', 'wp.pl', 'seznam.cz', 'mail.ru', 'bigpond.com', 'gmx.ch'];

interface Company {
  readonly name: string;
  readonly domain: string;
}
const COMPANIES: readonly Company[] = [
  { name: 'Brightwell Logistics', domain: 'brightwell-logistics.com' }, { name: 'Korvath Analytics', domain: 'korvath.io' },
  { name: 'Nimbus Health GmbH', domain: 'nimbus-health.de' }, { name: 'Tidewater Foods', domain: 'tidewaterfoods.com' },
  { name: 'Quillon Labs', domain: 'quillonlabs.ai' }, { name: 'Halvorsen Marine AS', domain: 'halvorsen-marine.no' },
  { name: 'Sakuragawa Denki K.K.', domain: 'sakuragawa-denki.co.jp' }, { name: 'Oakmere Capital', domain: 'oakmere.co.uk' },
  { name: 'Veridia Pharma', domain: 'veridiapharma.com' }, { name: 'Lumen & Loom', domain: 'lumenloom.fr' },
  { name: 'Copperleaf Retail', domain: 'copperleaf.com.au' }, { name: 'Serrano Ingeniería S.L.', domain: 'serrano-ing.es' },
  { name: 'Pinewood Clinical Research', domain: 'pinewoodcr.com' }, { name: 'Arcadia Software BV', domain: 'arcadiasoft.nl' },
  { name: 'Mbeki Freight', domain: 'mbekifreight.co.za' }, { name: 'Zentrix Payments', domain: 'zentrix.com.br' },
  { name: 'Hanul Semiconductor', domain: 'hanulsemi.co.kr' }, { name: 'Cobalt Ridge Mining', domain: 'cobaltridge.ca' },
  { name: 'Nilgiri Tech Services', domain: 'nilgiritech.in' }, { name: 'Falcon Crest Hospitality', domain: 'falconcrest.ae' },
];

function emailFor(r: R, p: Person, domain?: string): string {
  const g = ascii(p.g);
  const f = ascii(p.f);
  const dom = domain ?? r.pick(FREE_MAIL);
  const local = r.pick([
    `${g}.${f}`, `${g.charAt(0)}${f}`, `${g}_${f}`, `${f}.${g}`, `${g}${r.int(1, 99)}`, `${g}.${f}${r.int(70, 99)}`,
    `${g.charAt(0)}.${f}`, `${f}${g.charAt(0)}`,
  ]);
  return `${local}@${dom}`;
}

function roleEmail(r: R, c: Company): string {
  return `${r.pick(['careers', 'hr', 'payroll', 'talent', 'recruiting', 'people', 'onboarding', 'hr-helpdesk', 'expenses', 'noreply'])}@${c.domain}`;
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function spokenEmail(r: R, p: Person): string {
  const dom = r.pick([['gmail', 'com'], ['outlook', 'com'], ['yahoo', 'co dot uk'], ['proton', 'me'], ['hotmail', 'com']] as const);
  const g = ascii(p.g);
  const f = ascii(p.f);
  const local = r.pick([`${g} dot ${f}`, `${g} underscore ${f}`, `${g.charAt(0)} ${f}`, `${f} ${r.pick(DIGIT_WORDS)} ${r.pick(DIGIT_WORDS)}`]);
  return `${local} at ${dom[0]} dot ${dom[1]}`;
}

// ---------------------------------------------------------------- phones

const US_AREAS = [212, 312, 415, 503, 512, 617, 646, 702, 720, 206, 919, 404, 305, 614, 608, 971, 385];
const nz = (r: R, n: number): string => String(r.int(2, 9)) + r.digits(n - 1);

function phone(r: R, cc: string): string {
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = r.pick(US_AREAS);
      const e = nz(r, 3);
      const s = r.digits(4);
      return r.pick([`(${a}) ${e}-${s}`, `${a}-${e}-${s}`, `+1 ${a} ${e} ${s}`, `${a}.${e}.${s}`, `+1-${a}-${e}-${s}`, `+1 (${a}) ${e}-${s}`]);
    }
    case 'GB':
      return r.pick([`07${r.digits(3)} ${r.digits(6)}`, `+44 7${r.digits(3)} ${r.digits(6)}`, `+44 (0)20 ${nz(r, 4)} ${r.digits(4)}`, `0161 ${nz(r, 3)} ${r.digits(4)}`, `0113 ${nz(r, 3)} ${r.digits(4)}`]);
    case 'DE':
    case 'AT':
      return r.pick([`+49 ${r.pick(['30', '89', '40', '221', '341'])} ${nz(r, 7)}`, `0${r.pick(['151', '160', '170', '176'])} ${r.digits(8)}`, `+49 (0)${r.pick(['69', '711'])} ${nz(r, 3)} ${r.digits(4)}`, `030/${nz(r, 8)}`, `+49 1${r.pick(['52', '57', '73'])} ${r.digits(4)} ${r.digits(4)}`]);
    case 'FR': {
      const q = (): string => `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return r.pick([`0${r.pick(['6', '7'])} ${q()}`, `+33 ${r.pick(['6', '7', '1'])} ${q()}`, `+33 (0)${r.pick(['4', '5'])} ${q()}`, `0${r.pick(['6', '7'])}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`]);
    }
    case 'ES':
      return r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]);
    case 'IT':
      return r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `02 ${nz(r, 4)} ${r.digits(4)}`, `3${r.digits(2)} ${r.digits(7)}`]);
    case 'NL':
      return r.pick([`+31 6 ${r.digits(8)}`, `06-${r.digits(8)}`, `020 ${nz(r, 3)} ${r.digits(4)}`, `+31 (0)6 ${r.digits(4)} ${r.digits(4)}`]);
    case 'BR': {
      const dd = r.pick(['11', '21', '31', '41', '51', '81']);
      return r.pick([`+55 ${dd} 9${r.digits(4)}-${r.digits(4)}`, `(${dd}) 9${r.digits(4)}-${r.digits(4)}`, `+55 (${dd}) 9${r.digits(4)}-${r.digits(4)}`]);
    }
    case 'MX':
      return r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `(33) ${r.digits(4)}-${r.digits(4)}`, `+52 1 81 ${r.digits(4)} ${r.digits(4)}`]);
    case 'IN':
      return r.pick([`+91 ${r.int(6, 9)}${r.digits(4)} ${r.digits(5)}`, `+91-${r.int(6, 9)}${r.digits(9)}`, `0${r.int(6, 9)}${r.digits(4)} ${r.digits(5)}`, `080-${nz(r, 8)}`]);
    case 'JP':
      return r.pick([`090-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `03-${nz(r, 4)}-${r.digits(4)}`, `+81 90 ${r.digits(4)} ${r.digits(4)}`, `+81-3-${nz(r, 4)}-${r.digits(4)}`]);
    case 'KR':
      return r.pick([`010-${nz(r, 4)}-${r.digits(4)}`, `+82 10-${nz(r, 4)}-${r.digits(4)}`, `02-${nz(r, 3)}-${r.digits(4)}`]);
    case 'AU':
      return r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${nz(r, 4)} ${r.digits(4)}`, `+61 3 ${nz(r, 4)} ${r.digits(4)}`]);
    case 'PL':
      return r.pick([`+48 ${r.int(5, 7)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.int(5, 7)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+48 22 ${nz(r, 3)} ${r.digits(2)} ${r.digits(2)}`]);
    case 'SE':
      return r.pick([`07${r.int(0, 6)}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 7${r.int(0, 6)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${nz(r, 3)} ${r.digits(2)} ${r.digits(2)}`]);
    case 'IE':
      return r.pick([`08${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`, `+353 8${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`, `(01) ${nz(r, 3)} ${r.digits(4)}`]);
    case 'ZA':
      return r.pick([`+27 ${r.pick(['82', '83', '71', '72', '61'])} ${r.digits(3)} ${r.digits(4)}`, `0${r.pick(['82', '21', '11'])} ${r.digits(3)} ${r.digits(4)}`]);
    case 'NG':
      return r.pick([`+234 ${r.pick(['803', '806', '813', '705', '802'])} ${r.digits(3)} ${r.digits(4)}`, `0${r.pick(['803', '809', '816'])} ${r.digits(3)} ${r.digits(4)}`]);
    case 'SG':
      return r.pick([`+65 ${r.int(8, 9)}${r.digits(3)} ${r.digits(4)}`, `${r.int(8, 9)}${r.digits(3)} ${r.digits(4)}`, `+65 6${r.digits(3)} ${r.digits(4)}`]);
    case 'CH':
      return r.pick([`+41 ${r.pick(['79', '78', '44', '31'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `0${r.pick(['79', '44', '22'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]);
    case 'AE':
      return r.pick([`+971 5${r.int(0, 8)} ${r.digits(3)} ${r.digits(4)}`, `05${r.int(0, 8)} ${r.digits(3)} ${r.digits(4)}`, `+971 4 ${nz(r, 3)} ${r.digits(4)}`]);
    case 'TR':
      return r.pick([`+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `0 (5${r.digits(2)}) ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `0212 ${nz(r, 3)} ${r.digits(2)} ${r.digits(2)}`]);
    case 'PH':
      return r.pick([`+63 9${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `09${r.digits(2)}-${r.digits(3)}-${r.digits(4)}`]);
    case 'KE':
      return r.pick([`+254 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `07${r.digits(2)} ${r.digits(3)}${r.digits(3)}`]);
    default:
      return `+${r.int(30, 49)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`;
  }
}

function spokenPhone(r: R): string {
  const w = (s: string): string => [...s].map((c) => (c === '0' && r.chance(0.6) ? 'oh' : DIGIT_WORDS[Number(c)] ?? c)).join(' ');
  return `${w(String(r.pick(US_AREAS)))}, ${w(nz(r, 3))}, ${w(r.digits(4))}`;
}

function maskedPhone(r: R): string {
  return r.pick([`***-***-${r.digits(4)}`, `(***) ***-${r.digits(4)}`, `+44 7*** ***${r.digits(3)}`, `XXX-XXX-${r.digits(4)}`, `+49 ••• •••• ${r.digits(2)}`]);
}

// ---------------------------------------------------------------- addresses

const L = (r: R, s: string): string => s.charAt(r.int(0, s.length - 1));
const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** A postal address as lines (first street/building line to last postcode/city/country line). */
function addressLines(r: R, cc: string): string[] {
  switch (cc) {
    case 'US': {
      if (r.chance(0.1)) {
        const [c, st, z] = r.pick([['Boise', 'ID', '837'], ['Tulsa', 'OK', '741'], ['Bend', 'OR', '977']] as const);
        return [`PO Box ${r.int(100, 9999)}`, `${c}, ${st} ${z}${r.digits(2)}`];
      }
      const street = r.pick(['Maple Ridge Dr', 'Old Mill Rd', 'W 34th St', 'Cedar Lane', 'Lakeshore Blvd', 'N Halsted St', 'Pinecrest Ave', 'Sycamore Ct', 'Redwood Hwy', 'Elm Street', 'Harbor View Terrace', 'Stonegate Pkwy', 'Martin Luther King Jr Blvd']);
      const [c, st, z] = r.pick([['Columbus', 'OH', '432'], ['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Raleigh', 'NC', '276'], ['Denver', 'CO', '802'], ['Madison', 'WI', '537'], ['Tucson', 'AZ', '857'], ['Albany', 'NY', '122'], ['Chicago', 'IL', '606'], ['Savannah', 'GA', '314'], ['Burlington', 'VT', '054']] as const);
      const unit = r.chance(0.35) ? `, ${r.pick(['Apt ', 'Unit ', 'Suite ', '#', 'Apt. '])}${r.int(1, 30)}${r.pick(['', 'B', 'C'])}` : '';
      const lines = [`${r.int(10, 9899)} ${street}${unit}`, `${c}, ${st} ${z}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`];
      if (r.chance(0.2)) lines.push(r.pick(['USA', 'United States']));
      return lines;
    }
    case 'CA': {
      const [c, pv, fl] = r.pick([['Toronto', 'ON', 'M'], ['Vancouver', 'BC', 'V'], ['Montréal', 'QC', 'H'], ['Calgary', 'AB', 'T'], ['Halifax', 'NS', 'B'], ['Ottawa', 'ON', 'K']] as const);
      const pc = `${fl}${r.int(1, 9)}${L(r, UPPER)} ${r.int(1, 9)}${L(r, UPPER)}${r.int(0, 9)}`;
      const st = fl === 'H' ? `${r.int(100, 4999)} rue ${r.pick(['Sherbrooke O', 'Saint-Denis', 'Beaubien E'])}` : `${r.int(10, 4999)} ${r.pick(['Queen St W', 'Bloor St E', 'Kingsway', 'Macleod Trail SE', 'Spring Garden Rd'])}`;
      return [r.chance(0.3) ? `${r.int(101, 2405)}-${st}` : st, `${c} ${pv} ${pc}`, ...(r.chance(0.3) ? ['Canada'] : [])];
    }
    case 'GB': {
      const [town, area] = r.pick([['Leeds', 'LS'], ['Manchester', 'M'], ['Birmingham', 'B'], ['Bristol', 'BS'], ['Edinburgh', 'EH'], ['Glasgow', 'G'], ['Cardiff', 'CF'], ['Newcastle upon Tyne', 'NE'], ['Oxford', 'OX'], ['Cambridge', 'CB'], ['London', 'SW']] as const);
      const pc = `${area}${r.int(1, 19)} ${r.int(1, 9)}${L(r, 'ABDEFGHJLNPQRSTUWXYZ')}${L(r, 'ABDEFGHJLNPQRSTUWXYZ')}`;
      const street = `${r.int(1, 220)} ${r.pick(['Ashgrove Road', 'Kingsmead Close', 'Victoria Terrace', 'Mill Lane', 'Barrowfield Street', 'Pennine Way', "St Mary's Walk", 'Hawthorn Crescent', 'Gladstone Avenue'])}`;
      const lines = r.chance(0.3) ? [`Flat ${r.int(1, 12)}${r.pick(['', 'A'])}`, street] : [street];
      if (r.chance(0.5)) return [...lines, town, pc];
      return [...lines, `${town} ${pc}`];
    }
    case 'IE': {
      const ec = `${r.pick(['D02', 'D08', 'T12', 'H91', 'V94', 'A96'])} ${L(r, 'ACDEFHKNPRTVWXY')}${r.digits(1)}${L(r, 'ACDEFHKNPRTVWXY')}${r.digits(1)}`;
      return [`${r.chance(0.3) ? `Apt ${r.int(1, 40)}, ` : ''}${r.int(1, 120)} ${r.pick(['Harcourt Terrace', 'Main Street', 'Sunday’s Well Road', 'Oranmore Road', 'Castle Park'])}`, `${r.pick(['Dublin 2', 'Cork', 'Galway', 'Limerick', 'Dún Laoghaire'])}`, ec];
    }
    case 'DE':
    case 'AT':
    case 'CH': {
      const street = `${r.pick(['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Schillerplatz', 'Bahnhofstraße', 'Kastanienallee', 'Hauptstraße', 'Rosenweg', 'Uhlandstraße', 'Kirchgasse'])} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`;
      if (cc === 'CH') {
        const [pc, c] = r.pick([['80', 'Zürich'], ['30', 'Bern'], ['12', 'Genève'], ['40', 'Basel'], ['10', 'Lausanne']] as const);
        return [street, `${pc}${r.digits(2)} ${c}`, ...(r.chance(0.3) ? ['Schweiz'] : [])];
      }
      if (cc === 'AT') return [street, `${r.pick(['10', '80', '40', '50'])}${r.digits(2)} ${r.pick(['Wien', 'Graz', 'Linz', 'Salzburg'])}`];
      const [pc, c] = r.pick([['10', 'Berlin'], ['80', 'München'], ['20', 'Hamburg'], ['50', 'Köln'], ['04', 'Leipzig'], ['79', 'Freiburg im Breisgau'], ['01', 'Dresden'], ['48', 'Münster']] as const);
      return [street, `${pc}${r.digits(3)} ${c}`, ...(r.chance(0.25) ? ['Deutschland'] : [])];
    }
    case 'FR': {
      const [cp, c] = r.pick([['6900', 'Lyon'], ['7501', 'Paris'], ['3300', 'Bordeaux'], ['4400', 'Nantes'], ['3100', 'Toulouse'], ['5900', 'Lille'], ['3500', 'Rennes']] as const);
      const lines = [`${r.int(1, 180)}${r.pick(['', '', ' bis'])} ${r.pick(['rue des Tanneurs', 'avenue Victor Hugo', 'boulevard de la République', 'rue Jean Jaurès', 'impasse du Moulin', 'allée des Lilas', 'rue Pasteur'])}`, `${cp}${r.int(0, 9)} ${r.chance(0.5) ? c.toUpperCase() : c}`];
      if (r.chance(0.25)) lines.unshift(`Bât. ${r.pick(['A', 'B', 'C'])}, ${r.int(1, 6)}e étage`);
      if (r.chance(0.2)) lines.push('France');
      return lines;
    }
    case 'ES': {
      const [cp, c] = r.pick([['280', 'Madrid'], ['080', 'Barcelona'], ['460', 'Valencia'], ['410', 'Sevilla'], ['480', 'Bilbao'], ['500', 'Zaragoza']] as const);
      return [`${r.pick(['Calle de Toledo', 'C/ Mayor', 'Avda. de la Constitución', 'Calle Alcalá', 'Paseo de Gràcia'])} ${r.int(1, 240)}, ${r.int(1, 9)}º ${r.pick(['B', 'izq.', 'dcha.', 'A'])}`, `${cp}${r.digits(2)} ${c}`];
    }
    case 'IT': {
      const [cp, c, pr] = r.pick([['201', 'Milano', 'MI'], ['001', 'Roma', 'RM'], ['101', 'Torino', 'TO'], ['401', 'Bologna', 'BO'], ['801', 'Napoli', 'NA'], ['501', 'Firenze', 'FI']] as const);
      return [`${r.pick(['Via Garibaldi', 'Viale Monza', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Cavour'])} ${r.int(1, 200)}`, `${cp}${r.digits(2)} ${c} ${r.chance(0.5) ? pr : `(${pr})`}`];
    }
    case 'NL': {
      const [pc, c] = r.pick([['10', 'Amsterdam'], ['35', 'Utrecht'], ['30', 'Rotterdam'], ['56', 'Eindhoven'], ['97', 'Groningen'], ['25', 'Den Haag']] as const);
      return [`${r.pick(['Keizersgracht', 'Oudegracht', 'Lindengracht', 'Stationsweg', 'Kerkstraat', 'Vondelstraat'])} ${r.int(1, 400)}${r.pick(['', '', '-2', ' A', '-hs'])}`, `${pc}${r.digits(2)} ${L(r, 'BCEGHJKLMNPRTVWXZ')}${L(r, 'BCEGHJKLMNPRTVWXZ')} ${c}`];
    }
    case 'BR': {
      const [c, uf, cep] = r.pick([['São Paulo', 'SP', '0'], ['Rio de Janeiro', 'RJ', '2'], ['Belo Horizonte', 'MG', '3'], ['Curitiba', 'PR', '8'], ['Recife', 'PE', '5'], ['Porto Alegre', 'RS', '9']] as const);
      const st = `${r.pick(['Rua das Acácias', 'Av. Paulista', 'Rua Marechal Deodoro', 'Rua Augusta', 'Travessa do Comércio'])}, ${r.int(10, 3000)}${r.chance(0.5) ? `, apto ${r.int(11, 204)}` : ''}`;
      const bairro = r.pick(['Pinheiros', 'Botafogo', 'Savassi', 'Batel', 'Boa Viagem', 'Moinhos de Vento']);
      const z = `${cep}${r.digits(4)}-${r.digits(3)}`;
      if (r.chance(0.5)) return [`${st} - ${bairro}, ${c} - ${uf}, ${z}`];
      return [st, bairro, `${c} - ${uf}`, `CEP ${z}`];
    }
    case 'MX':
      return [`${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Vallarta', 'Calz. de Tlalpan'])} ${r.int(10, 3000)}${r.chance(0.4) ? `, Int. ${r.int(1, 40)}` : ''}`, `Col. ${r.pick(['Roma Norte', 'Del Valle', 'Americana', 'Narvarte'])}`, `${r.digits(2)}${r.int(0, 9)}${r.digits(2)} ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}`];
    case 'IN': {
      const [c, pin, st] = r.pick([['Bengaluru', '5600', 'Karnataka'], ['Pune', '4110', 'Maharashtra'], ['Chennai', '6000', 'Tamil Nadu'], ['Hyderabad', '5000', 'Telangana'], ['Noida', '2013', 'Uttar Pradesh'], ['Kolkata', '7000', 'West Bengal']] as const);
      return [`Flat ${r.int(101, 1204)}, ${r.pick(['Lotus Residency', 'Prestige Lakeside', 'Shanti Apartments', 'Green Glen Layout'])}`, `${r.int(1, 40)}th Cross, ${r.pick(['Indiranagar', 'Kothrud', 'Adyar', 'Madhapur', 'Sector 62', 'Salt Lake'])}`, `${c} - ${pin}${r.digits(2)}`, ...(r.chance(0.5) ? [st] : [])];
    }
    case 'JP':
      if (r.chance(0.5)) {
        return [`〒${r.digits(3)}-${r.digits(4)} ${r.pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '神奈川県横浜市西区みなとみらい', '福岡県福岡市中央区天神'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}${r.chance(0.4) ? ` ${r.pick(['メゾン青葉', 'サンハイツ', 'グランドール'])}${r.int(101, 905)}号室` : ''}`];
      }
      return [`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Nishi-Azabu', 'Jingumae', 'Umeda', 'Tenjin'])}`, `${r.pick(['Minato-ku, Tokyo', 'Shibuya-ku, Tokyo', 'Kita-ku, Osaka', 'Chuo-ku, Fukuoka'])} ${r.digits(3)}-${r.digits(4)}`, ...(r.chance(0.4) ? ['Japan'] : [])];
    case 'KR':
      if (r.chance(0.5)) return [`${r.pick(['서울특별시 강남구 테헤란로', '서울특별시 마포구 월드컵북로', '부산광역시 해운대구 센텀중앙로'])} ${r.int(1, 500)}, ${r.int(101, 1502)}호 (우) ${r.digits(5)}`];
      return [`${r.int(1, 500)} ${r.pick(['Teheran-ro, Gangnam-gu', 'World Cup buk-ro, Mapo-gu', 'Olympic-ro, Songpa-gu'])}`, `Seoul ${r.digits(5)}`, ...(r.chance(0.4) ? ['Republic of Korea'] : [])];
    case 'AU': {
      const [sub, st, pc] = r.pick([['Fitzroy', 'VIC', '3065'], ['Newtown', 'NSW', '2042'], ['Fortitude Valley', 'QLD', '4006'], ['Subiaco', 'WA', '6008'], ['Norwood', 'SA', '5067'], ['Battery Point', 'TAS', '7004']] as const);
      const s = `${r.chance(0.4) ? `Unit ${r.int(1, 30)}, ` : ''}${r.int(1, 300)} ${r.pick(['Bridge Street', 'Brunswick St', 'King Street', 'Hay Street', 'The Parade', 'Sandy Bay Rd'])}`;
      return [s, `${r.chance(0.5) ? sub.toUpperCase() : sub} ${st} ${pc}`];
    }
    case 'PL': {
      const [pc, c] = r.pick([['00', 'Warszawa'], ['30', 'Kraków'], ['50', 'Wrocław'], ['80', 'Gdańsk'], ['60', 'Poznań'], ['90', 'Łódź']] as const);
      return [`ul. ${r.pick(['Mokotowska', 'Długa', 'Piotrkowska', 'Świętokrzyska', 'Kwiatowa'])} ${r.int(1, 120)}${r.chance(0.6) ? `/${r.int(1, 60)}` : ''}`, `${pc}-${r.digits(3)} ${c}`];
    }
    case 'SE': {
      const [pc, c] = r.pick([['11', 'Stockholm'], ['41', 'Göteborg'], ['21', 'Malmö'], ['75', 'Uppsala']] as const);
      return [`${r.pick(['Storgatan', 'Drottninggatan', 'Vasagatan', 'Linnégatan'])} ${r.int(1, 90)}${r.chance(0.3) ? ` lgh ${r.int(1001, 1405)}` : ''}`, `${pc}${r.int(0, 9)} ${r.digits(2)} ${c.toUpperCase()}`];
    }
    case 'ZA':
      return [`${r.int(1, 200)} ${r.pick(['Kloof Street', 'Jan Smuts Avenue', 'Florida Road', 'Church Street'])}`, r.pick(['Gardens', 'Rosebank', 'Morningside', 'Hatfield']), r.pick(['Cape Town', 'Johannesburg', 'Durban', 'Pretoria']), r.digits(4)];
    case 'NG':
      return [`${r.pick(['Plot', 'No.'])} ${r.int(1, 90)}, ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Aminu Kano Crescent', 'Ogui Road'])}`, `${r.pick(['Victoria Island', 'Ikoyi', 'Wuse II', 'GRA'])}, ${r.pick(['Lagos', 'Abuja', 'Enugu'])}${r.chance(0.5) ? ` ${r.int(1, 9)}0${r.digits(4)}` : ''}`];
    case 'SG':
      return [`Blk ${r.int(100, 799)} ${r.pick(['Ang Mo Kio Ave 3', 'Tampines St 21', 'Jurong West St 42', 'Bedok North Rd'])}`, `#${pad(r.int(2, 25))}-${r.int(100, 1999)}`, `Singapore ${r.digits(6)}`];
    case 'AE':
      return [`Apartment ${r.int(101, 3405)}, ${r.pick(['Marina Heights Tower', 'Al Noor Residence', 'Bay Square Building 7'])}`, r.pick(['Dubai Marina', 'Business Bay', 'Al Nahda']), `PO Box ${r.int(1000, 99999)}`, `${r.pick(['Dubai', 'Sharjah'])}, ${r.pick(['UAE', 'United Arab Emirates'])}`];
    case 'TR':
      return [`${r.pick(['Caferağa', 'Bahçelievler', 'Kızılay'])} Mah. ${r.pick(['Moda Cad.', 'Gül Sok.', 'Atatürk Blv.'])} No: ${r.int(1, 120)} D: ${r.int(1, 20)}`, `${r.digits(5)} ${r.pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}`];
    case 'PH':
      return [`${r.int(1, 300)} ${r.pick(['Mabini St.', 'Rizal Ave.', 'Katipunan Ave.'])}, Brgy. ${r.pick(['San Antonio', 'Poblacion', 'Loyola Heights'])}`, `${r.pick(['Makati City', 'Quezon City', 'Cebu City'])} ${r.digits(4)}`];
    case 'KE':
      return [`${r.pick(['Kindaruma Road', 'Ngong Road', 'Moi Avenue'])}, ${r.pick(['Apartment', 'House'])} ${r.int(1, 40)}`, `P.O. Box ${r.int(100, 99999)}-00${r.int(100, 610)}`, 'Nairobi'];
    default:
      return addressLines(r, 'US');
  }
}

function address(r: R, cc: string, multiline = false, indent = ''): string {
  const lines = addressLines(r, cc);
  return multiline ? lines.join(`\n${indent}`) : lines.join(', ');
}

// ---------------------------------------------------------------- dates

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const MONTHS: Record<string, readonly string[]> = {
  en: split('January February March April May June July August September October November December'),
  de: split('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  fr: split('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: split('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  it: split('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  pt: split('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  nl: split('januari februari maart april mei juni juli augustus september oktober november december'),
  sv: split('januari februari mars april maj juni juli augusti september oktober november december'),
  pl: split('stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'),
  tr: split('Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'),
};
const mon = (lang: string, m: number): string => MONTHS[lang]?.[m - 1] ?? String(m);
const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

const birthYmd = (r: R): Ymd => ({ y: r.int(1957, 2005), m: r.int(1, 12), d: r.int(1, 28) });
const recentYmd = (r: R): Ymd => ({ y: r.int(2023, 2026), m: r.int(1, 12), d: r.int(1, 28) });

function fmtDate(r: R, cc: string, x: Ymd): string {
  const { y, m, d } = x;
  const dd = pad(d);
  const mm = pad(m);
  switch (cc) {
    case 'US':
    case 'PH':
      return r.pick([`${m}/${d}/${y}`, `${mm}/${dd}/${y}`, `${mon('en', m)} ${d}, ${y}`, `${mon('en', m).slice(0, 3)} ${d}, ${y}`, `${y}-${mm}-${dd}`]);
    case 'CA':
      return r.pick([`${y}-${mm}-${dd}`, `${mon('en', m)} ${d}, ${y}`]);
    case 'GB':
    case 'IE':
    case 'AU':
    case 'SG':
    case 'NG':
    case 'ZA':
    case 'AE':
    case 'KE':
      return r.pick([`${dd}/${mm}/${y}`, `${d} ${mon('en', m)} ${y}`, `${ord(d)} ${mon('en', m)} ${y}`, `${d}-${mon('en', m).slice(0, 3)}-${y}`]);
    case 'IN':
      return r.pick([`${dd}/${mm}/${y}`, `${dd}-${mm}-${y}`, `${d} ${mon('en', m)} ${y}`, `${dd}-${mon('en', m).slice(0, 3)}-${y}`]);
    case 'DE':
    case 'AT':
    case 'CH':
      return r.pick([`${dd}.${mm}.${y}`, `${d}. ${mon('de', m)} ${y}`, `${d}.${m}.${y}`]);
    case 'PL':
      return r.pick([`${dd}.${mm}.${y}`, `${d} ${mon('pl', m)} ${y}`]);
    case 'FR':
      return r.pick([`${dd}/${mm}/${y}`, `${d === 1 ? '1er' : d} ${mon('fr', m)} ${y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${dd}/${mm}/${y}`, `${d} de ${mon('es', m)} de ${y}`]);
    case 'IT':
      return r.pick([`${dd}/${mm}/${y}`, `${d} ${mon('it', m)} ${y}`]);
    case 'BR':
      return r.pick([`${dd}/${mm}/${y}`, `${d} de ${mon('pt', m)} de ${y}`]);
    case 'NL':
      return r.pick([`${dd}-${mm}-${y}`, `${d} ${mon('nl', m)} ${y}`]);
    case 'SE':
      return r.pick([`${y}-${mm}-${dd}`, `${d} ${mon('sv', m)} ${y}`]);
    case 'JP':
      return r.pick([`${y}年${m}月${d}日`, `${y}/${mm}/${dd}`]);
    case 'KR':
      return r.pick([`${y}.${mm}.${dd}`, `${y}년 ${m}월 ${d}일`]);
    case 'TR':
      return r.pick([`${dd}.${mm}.${y}`, `${d} ${mon('tr', m)} ${y}`]);
    default:
      return `${y}-${mm}-${dd}`;
  }
}

const DOB_CUE: Record<string, string> = {
  US: 'Date of birth', GB: 'Date of birth', DE: 'Geburtsdatum', AT: 'Geburtsdatum', CH: 'Geburtsdatum', FR: 'Date de naissance',
  ES: 'Fecha de nacimiento', MX: 'Fecha de nacimiento', IT: 'Data di nascita', BR: 'Data de nascimento', NL: 'Geboortedatum',
  SE: 'Födelsedatum', PL: 'Data urodzenia', JP: '生年月日', KR: '생년월일', TR: 'Doğum tarihi',
};
const dobCue = (r: R, cc: string): string => DOB_CUE[cc] ?? r.pick(['Date of birth', 'DOB', 'D.O.B.', 'Birth date']);

// ---------------------------------------------------------------- cards, IBANs, SSNs, IPs

function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return `${body}0`;
}

function cardDigits(r: R): string {
  const k = r.int(0, 15);
  if (k <= 4) return luhnComplete(`4${r.digits(r.chance(0.06) ? 11 : 14)}`);
  if (k <= 7) return luhnComplete(`5${r.int(1, 5)}${r.digits(13)}`);
  if (k === 8) return luhnComplete(`${r.int(2221, 2720)}${r.digits(11)}`);
  if (k <= 10) return luhnComplete(`3${r.pick(['4', '7'])}${r.digits(12)}`);
  if (k === 11) return luhnComplete(`6011${r.digits(11)}`);
  if (k === 12) return luhnComplete(`${r.int(3528, 3589)}${r.digits(11)}`);
  if (k === 13) return luhnComplete(`36${r.digits(11)}`);
  if (k === 14) return luhnComplete(`62${r.digits(13)}`);
  return luhnComplete(`65${r.digits(13)}`);
}

function groupCard(r: R, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  return (d.match(/.{1,4}/g) ?? [d]).join(sep);
}

const card = (r: R): string => groupCard(r, cardDigits(r));

/** A card-like number that fails Luhn (never labelled). */
function badCard(r: R): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return groupCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

const maskedCard = (r: R): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `${r.pick(['4', '5'])}${r.digits(3)} •••• •••• ${r.digits(4)}`, `ending in ${r.digits(4)}`]);

const IBAN_BANK_LETTERS: Record<string, readonly string[]> = {
  GB: ['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL'], IE: ['AIBK', 'BOFI'], NL: ['ABNA', 'INGB', 'RABO', 'TRIO', 'KNAB'],
  BG: ['BNBG', 'UNCR'], MT: ['MALT', 'VALL'], RO: ['RNCB', 'BTRL'], IT: ['X', 'A', 'K'],
};
const IBAN_CCS = ['DE', 'DE', 'GB', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI', 'LU', 'AE', 'TR', 'SA', 'GR', 'CZ', 'HU', 'RO', 'HR', 'BG', 'MT'];

function ibanMod(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dg of v) rem = (rem * 10 + Number(dg)) % 97;
  }
  return rem;
}

function ibanCompact(r: R, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const letters = IBAN_BANK_LETTERS[cc] ? r.pick(IBAN_BANK_LETTERS[cc]) : '';
  const bban = letters + r.digits(len - 4 - letters.length);
  const check = 98 - ibanMod(`${bban}${cc}00`);
  return `${cc}${pad(check)}${bban}`;
}

function fmtIban(r: R, compact: string): string {
  const x = r.next();
  if (x < 0.6) return (compact.match(/.{1,4}/g) ?? [compact]).join(' ');
  if (x < 0.92) return compact;
  return compact.toLowerCase();
}

const iban = (r: R, cc?: string): string => fmtIban(r, ibanCompact(r, cc ?? r.pick(IBAN_CCS)));

/** An IBAN with one BBAN digit changed: the mod-97 check then fails. */
function badIban(r: R, cc?: string): string {
  const c = ibanCompact(r, cc ?? r.pick(IBAN_CCS));
  const last = Number(c.charAt(c.length - 1));
  return fmtIban(r, c.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

function ssn(r: R): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  const x = r.next();
  return x < 0.8 ? `${a}-${g}-${s}` : x < 0.9 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}

const maskedSsn = (r: R): string => r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`, `•••-••-${r.digits(4)}`]);
const invalidSsn = (r: R): string => r.pick([`000-${pad(r.int(1, 99))}-${r.digits(4)}`, `666-${pad(r.int(1, 99))}-${r.digits(4)}`, `9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`, `${r.int(100, 899)}-00-${r.digits(4)}`]);
const ein = (r: R): string => `${r.int(10, 98)}-${r.digits(7)}`;
const routing = (r: R): string => `0${r.int(1, 9)}${r.digits(7)}`;

function ipv4(r: R): string {
  const x = r.next();
  if (x < 0.25) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.4) return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
  let a = r.int(1, 223);
  if (a === 127 || a === 10) a = 81;
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: R): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const head = r.pick(['2001:db8', '2a02:' + h(), '2600:' + h(), 'fe80:', '2406:' + h(), 'fd12:' + h()]);
  if (head === 'fe80:') return `fe80::${h()}:${h()}:${h()}:${h()}`;
  if (r.chance(0.5)) return `${head}:${h()}:${h()}::${h()}`;
  return `${head}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}

const ip = (r: R): string => (r.chance(0.3) ? ipv6(r) : ipv4(r));

// ---------------------------------------------------------------- distractors (never labelled)

const BRANDS = ['Ford', 'Tesla', 'Dell', "Ben & Jerry's", "McDonald's", 'Johnson & Johnson', 'Hewlett-Packard', 'Ferrari', 'Porsche', 'Disney', 'Wells Fargo', 'Goldman Sachs', 'Morgan Stanley', 'Ernst & Young', 'Marriott', 'Hilton', 'Tim Hortons', 'Mercedes-Benz', 'Dyson', 'Boeing', 'Chanel', 'Kellogg'];
const SOFTWARE = ['Jenkins', 'Jira', 'Hadoop', 'Pandas', 'Django', 'Kafka', 'Ruby on Rails', 'Julia', 'Gatsby', 'Hugo', 'Grafana', 'Ansible', 'Workday', 'BambooHR', 'Greenhouse', 'SuccessFactors'];
const EPONYMS = ["Parkinson's disease", "Alzheimer's", "Crohn's disease", 'Hodgkin lymphoma', 'Tourette syndrome', "Asperger's", 'Sarbanes-Oxley', 'Dodd-Frank', 'the Nobel Prize', 'a Fulbright scholarship', 'a Rhodes Scholarship', 'the Pulitzer', "Murphy's law", 'the Bechdel test'];
const PLACES = ['Washington', 'Houston', 'Victoria', 'São Paulo', 'St. Louis', 'Jackson', 'Adelaide', 'Darwin', 'Wellington', 'Florence', 'Charlotte', 'Austin', 'Lincoln'];
const BUILDINGS = ['the Turing Building', 'Curie Wing', 'Franklin Hall', 'the Ada Lovelace room', 'Hopper meeting room', 'Mandela House', 'the Einstein auditorium'];
const PETS = ['Biscuit', 'Luna', 'Captain', 'Mochi', 'Pepper', 'Rosie', 'Winston'];

const hash = (r: R, n = 12): string => Array.from({ length: n }, () => '0123456789abcdef'.charAt(r.int(0, 15))).join('');
const version = (r: R): string => r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`, `${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(100, 9999)}`, `build ${r.int(2, 9)}.${r.int(0, 9)}.${r.int(0, 20)}`]);
const reqId = (r: R): string => r.pick([`REQ-${r.int(1000, 9999)}`, `JR${r.digits(6)}`, `R-${r.int(2023, 2026)}-${r.digits(4)}`]);
const empId = (r: R): string => r.pick([`EMP-${r.digits(6)}`, `E${r.digits(5)}`, `${r.int(100000, 999999)}`, `PN-${r.digits(4)}`]);
const caseId = (r: R): string => r.pick([`HR-${r.digits(6)}`, `CASE#${r.digits(7)}`, `INC${r.digits(7)}`, `BGC-${r.digits(4)}-${L(r, UPPER)}${L(r, UPPER)}`]);
const ts = (r: R): string => `${r.int(2024, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
const money = (r: R, cur: string): string => `${cur}${r.int(1, 180)},${r.digits(3)}.${r.digits(2)}`;
const tracking = (r: R): string => r.pick([`1Z${r.digits(3)}${L(r, UPPER)}${L(r, UPPER)}${r.digits(10)}`, `JD${r.digits(18)}`, `${r.digits(12)}`]);

// ---------------------------------------------------------------- templates

type Tpl = (r: R, d: Doc) => void;
const CCS = ['US', 'US', 'US', 'GB', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'MX', 'IN', 'JP', 'KR', 'AU', 'CA', 'PL', 'SE', 'IE', 'ZA', 'NG', 'SG', 'CH', 'AE', 'TR', 'PH', 'KE', 'AT'];
const ROLES = ['data analyst', 'payroll specialist', 'backend engineer', 'clinical research coordinator', 'HR business partner', 'warehouse supervisor', 'registered nurse', 'product designer', 'talent acquisition partner', 'site manager', 'account executive', 'QA engineer', 'finance controller'];
const TITLES = ['Head of Engineering', 'Recruiter', 'Hiring Manager', 'HRBP', 'Payroll Lead', 'VP Operations', 'Principal Investigator', 'Team Lead', 'Director of Nursing', 'CFO'];
const co = (r: R): Company => r.pick(COMPANIES);
const cand = (r: R): [string, Person] => {
  const cc = r.pick(CCS);
  return [cc, person(r, CULTURE_OF[cc])];
};
const greet = (r: R): string => r.pick(['Hi', 'Hello', 'Hey', 'Good morning', 'Dear']);

/** A CV header block: name, contact line, optional DOB. */
function cvHeader(r: R, d: Doc, cc: string, me: Person, self: boolean): void {
  if (self) d.self(me);
  else d.p(r.chance(0.3) ? me.full.toUpperCase() : me.full);
  d.t('\n');
  if (r.chance(0.5)) d.l('ADDRESS', address(r, cc)).t(r.pick([' | ', ' · ', '\n']));
  else d.t(`Based in ${r.pick(PLACES)} · `);
  d.l('PHONE', phone(r, cc)).t(r.pick([' | ', ' · ', '\n'])).l('EMAIL', emailFor(r, me)).t('\n');
  if (r.chance(0.45)) d.t(`${dobCue(r, cc)}: `).l('DOB', fmtDate(r, cc, birthYmd(r))).t('\n');
  if (r.chance(0.3)) d.t(`linkedin.com/in/${hash(r, 8)} · github @${ascii(me.g).slice(0, 3)}${hash(r, 3)}\n`);
}

function experience(r: R, d: Doc, cc: string): void {
  const c = co(r);
  d.t(`\nEXPERIENCE\n${c.name} — ${r.pick(ROLES)} (${r.int(2015, 2021)}–present)\n• Moved reporting from ${r.pick(SOFTWARE)} to ${r.pick(SOFTWARE)}; cut month-end close by ${r.int(2, 6)} days\n`);
  if (r.chance(0.5)) d.t('• Reported to ').p(nameForm(r, person(r, CULTURE_OF[cc]))).t(`, ${r.pick(TITLES)}\n`);
  d.t(`${r.pick(BRANDS)} — intern (${r.int(2010, 2014)})\n`);
}

const tCvChat: Tpl = (r, d) => {
  const [cc, me] = cand(r);
  const c = co(r);
  d.t(`User: ${r.pick(['Can you tighten up my CV for a', 'Please rewrite this résumé to fit one page — applying for a', 'Make this sound more senior, it is for a', 'Translate my CV into plain English for a'])} ${r.pick(ROLES)} role at ${c.name}?\n\n`);
  cvHeader(r, d, cc, me, true);
  experience(r, d, cc);
  if (r.chance(0.6)) {
    const ref = person(r, CULTURE_OF[cc]);
    d.t('\nREFERENCES\n').p(ref.full).t(`, ${r.pick(TITLES)} — `).l('PHONE', phone(r, cc)).t(', ').l('EMAIL', emailFor(r, ref, c.domain)).t('\n');
  }
  d.t(`\nAssistant: Happy to help. ${r.chance(0.5) ? 'I would drop the date of birth — most employers in ' + r.pick(PLACES) + ' do not need it.' : 'The summary could lead with the results.'}`);
};

const tCvGerman: Tpl = (r, d) => {
  const me = person(r, ['de', 'de', 'tr', 'pl']);
  const cc = r.pick(['DE', 'DE', 'AT', 'CH']);
  const self = r.chance(0.5);
  d.t(self ? 'Kannst du meinen Lebenslauf prüfen?\n\nLEBENSLAUF\n' : 'LEBENSLAUF\n\n');
  d.t('Name: ');
  if (self) d.self(me);
  else d.p(me.full);
  d.t(`\n${dobCue(r, cc)}: `).l('DOB', fmtDate(r, 'DE', birthYmd(r))).t(` in ${r.pick(['Kassel', 'Bremen', 'Ulm', 'Innsbruck', 'Rostock'])}\nAnschrift: `).l('ADDRESS', address(r, cc));
  d.t('\nTelefon: ').l('PHONE', phone(r, cc)).t('\nE-Mail: ').l('EMAIL', emailFor(r, me)).t(`\nFamilienstand: ${r.pick(['ledig', 'verheiratet'])}\nSteuer-ID: ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\n\nBERUFSERFAHRUNG\n`);
  d.t(`${r.int(2016, 2022)}–heute  ${co(r).name}, ${r.pick(['Lohnbuchhaltung', 'Personalreferentin', 'Softwareentwickler'])}\nSprachen: Deutsch (Muttersprache), Englisch (C1)`);
};

const tCvFrench: Tpl = (r, d) => {
  const me = person(r, ['fr', 'fr', 'ar']);
  const self = r.chance(0.5);
  if (self) d.t('Voici mon CV, peux-tu le raccourcir ?\n\n').self(me);
  else d.p(me.full.toUpperCase());
  d.t(`\n${r.pick(['Née', 'Né'])} le `).l('DOB', fmtDate(r, 'FR', birthYmd(r))).t(` à ${r.pick(['Lyon', 'Nantes', 'Oran', 'Dakar'])}\n`).l('ADDRESS', address(r, 'FR', true)).t('\nTél. : ').l('PHONE', phone(r, 'FR')).t(' — ').l('EMAIL', emailFor(r, me)).t('\n\n');
  d.t(`EXPÉRIENCES\n${r.int(2017, 2022)}–${r.int(2023, 2025)} : ${co(r).name}, chargée de paie (${r.int(120, 900)} bulletins/mois)\nN° de sécurité sociale : ${r.int(1, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`);
};

const tCvJapanese: Tpl = (r, d) => {
  const native = r.pick(NATIVE_JA);
  d.t('履歴書\n\nふりがな: ―\n氏名: ').p(native).t('\n生年月日: ').l('DOB', fmtDate(r, 'JP', birthYmd(r))).t(`（満${r.int(22, 55)}歳）\n現住所: `).l('ADDRESS', address(r, 'JP')).t('\n電話: ').l('PHONE', phone(r, 'JP'));
  d.t('\nメール: ').l('EMAIL', emailFor(r, person(r, ['ja']))).t(`\n\n学歴・職歴\n${r.int(2008, 2016)}年4月 ${r.pick(['早稲田大学', '大阪大学', '九州大学'])} 入学\n${r.int(2017, 2022)}年4月 ${co(r).name} 入社\n\n`);
  d.t('User: 上の履歴書を英語に訳してください。推薦者は').p(person(r, ['ja']).f).t('様です。');
};

const tCvSpanishBr: Tpl = (r, d) => {
  const cc = r.pick(['ES', 'MX', 'BR']);
  const me = person(r, CULTURE_OF[cc]);
  const pt = cc === 'BR';
  d.t(pt ? 'CURRÍCULO\n\n' : 'CURRÍCULUM VITAE\n\n').p(me.full).t(`\n${dobCue(r, cc)}: `).l('DOB', fmtDate(r, cc, birthYmd(r)));
  d.t(pt ? `\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nEndereço: ` : `\n${cc === 'MX' ? `CURP: ${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}${r.digits(6)}H${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}0${r.int(1, 9)}` : `DNI: ${r.digits(8)}${L(r, UPPER)}`}\nDirección: `);
  d.l('ADDRESS', address(r, cc)).t(pt ? '\nCelular: ' : '\nMóvil: ').l('PHONE', phone(r, cc)).t('\nE-mail: ').l('EMAIL', emailFor(r, me));
  d.t(`\n\n${pt ? 'Experiência' : 'Experiencia'}: ${co(r).name} (${r.int(2015, 2020)}–${r.int(2021, 2025)})`);
};

const tCvIndia: Tpl = (r, d) => {
  const me = person(r, ['hi', 'ta']);
  const dad = person(r, [me.c]);
  const self = r.chance(0.5);
  d.t('RESUME\n\n');
  if (self) d.self(me);
  else d.p(me.full);
  d.t(`\nMobile: `).l('PHONE', phone(r, 'IN')).t(` | Email: `).l('EMAIL', emailFor(r, me)).t(`\n\nPERSONAL DETAILS\nParent/Guardian: `).p(`${dad.g} ${me.f}`).t(`\nDate of Birth: `).l('DOB', fmtDate(r, 'IN', birthYmd(r)));
  d.t(`\nPAN: ${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}P${L(r, UPPER)}${r.digits(4)}${L(r, UPPER)}\nPermanent Address: `).l('ADDRESS', address(r, 'IN')).t(`\nLanguages Known: English, Hindi, ${r.pick(['Tamil', 'Marathi', 'Bengali'])}\n\nDECLARATION\nI hereby declare that the above information is true.\nPlace: ${r.pick(['Pune', 'Chennai', 'Noida'])}`);
  if (self) d.t('\n\nUser: make this ATS friendly please');
};

const tCvPdfBroken: Tpl = (r, d) => {
  const [cc, me] = cand(r);
  const ph = phone(r, cc);
  const cut = ph.lastIndexOf(' ');
  d.t('(pasted from PDF, formatting is weird)\n\n').self(me).t(`\n${r.pick(ROLES).toUpperCase()}\n`);
  if (cut > 0) d.t(`Tel ${ph.slice(0, cut)}\n${ph.slice(cut + 1)}  `);
  else d.t('Tel ').l('PHONE', ph).t('  ');
  d.l('EMAIL', emailFor(r, me)).t('\n');
  const mgr = person(r, CULTURE_OF[cc]);
  const long = mgr.f.length >= 4 ? mgr.f : mgr.g;
  const k = Math.floor(long.length / 2);
  const broken = long === mgr.f ? `${mgr.g} ${long.slice(0, k)}-\n${long.slice(k)}` : `${long.slice(0, k)}-\n${long.slice(k)} ${mgr.f}`;
  d.t(`Worked closely with ${broken} on the ${r.pick(SOFTWARE)} roll-out; promoted twice.\n`);
  d.t('Referee: ').p(nameForm(r, person(r, CULTURE_OF[cc]))).t(' (details on request)');
};

const tAboutMeChat: Tpl = (r, d) => {
  const [cc, me] = cand(r);
  d.t(`I'm `).self(me).t(`, born `).l('DOB', fmtDate(r, cc, birthYmd(r))).t(`, and I have an interview on ${fmtDate(r, cc, recentYmd(r))} for ${r.pick(ROLES)}. `);
  d.t(`Help me answer "tell me about yourself". I spent ${r.int(2, 9)} years at ${r.pick(BRANDS)} and I volunteer with a ${r.pick(EPONYMS.slice(0, 5))} charity. `);
  if (r.chance(0.5)) d.t('The recruiter, ').p(nameForm(r, person(r))).t(', said the panel likes concrete numbers.');
};

const tSalaryChat: Tpl = (r, d) => {
  const [cc, me] = cand(r);
  const c = co(r);
  d.t(`User: I got an offer from ${c.name} and want to negotiate. My name's `).self(me).t(`, the recruiter is `);
  const rec = person(r);
  d.p(rec.full).t(' (').l('EMAIL', emailFor(r, rec, c.domain)).t(`). Base is ${money(r, r.pick(['$', '£', '€']))}, start date ${fmtDate(r, cc, recentYmd(r))}. Draft a polite counter?\n\nAssistant: Of course. "Dear `).p(rec.g).t(`, thank you for the offer…"`);
};

const tEssAddress: Tpl = (r, d) => {
  const [cc, me] = cand(r);
  d.t(`[HR Self-Service Assistant · session ${hash(r, 8)} · client `).l('IP', ip(r)).t(`]\nEmployee: hi, I moved. I'm `).self(me).t(`, employee id ${empId(r)}. New address is `);
  d.l('ADDRESS', address(r, cc)).t(r.chance(0.5) ? ' and my new mobile is ' : '. Phone stays ');
  d.l('PHONE', phone(r, cc)).t(`.\nAssistant: Thanks! I've updated your home address effective ${fmtDate(r, cc, recentYmd(r))}. Your ${r.pick(['W-4', 'P45', 'Lohnsteuerkarte', 'tax residency'])} may need review.`);
};

const tEssBank: Tpl = (r, d) => {
  const cc = r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB', 'IE', 'BE', 'AT', 'PL', 'SE', 'CH', 'PT', 'TR', 'AE']);
  const me = person(r, CULTURE_OF[cc] ?? undefined);
  d.t('Employee: Please change my salary account. Name: ').self(me).t('\nOld IBAN: ').l('IBAN', iban(r, cc)).t('\nNew IBAN: ').l('IBAN', iban(r, cc));
  d.t(`\nBIC: ${r.pick(['COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'NWBKGB2L', 'CAIXESBB'])}\nAssistant: Done — the change applies from the ${r.pick(['March', 'June', 'October'])} payroll run (cut-off ${fmtDate(r, cc, recentYmd(r))}).`);
  if (r.chance(0.4)) d.t(' Note: the reference you gave, ').t(badIban(r, cc)).t(', fails validation, so I used the second one.');
};

const tEssSsnFix: Tpl = (r, d) => {
  const me = person(r, CULTURE_OF.US);
  const a = ssn(r);
  d.t('Employee: my W-2 has the wrong SSN. It shows ').l('NATIONAL_ID', a).t(' but mine is ').l('NATIONAL_ID', ssn(r)).t('. Full name ').self(me).t(', DOB ').l('DOB', fmtDate(r, 'US', birthYmd(r)));
  d.t(`.\nAssistant: Thanks, I've opened ${caseId(r)} with payroll. For security, future messages will show only ${maskedSsn(r)}. The employer EIN on the form (${ein(r)}) is correct.`);
};

const tEssLeave: Tpl = (r, d) => {
  const [cc, me] = cand(r);
  d.t('Employee: I need to book parental leave. I am ').self(me).t(', our daughter ').p(person(r, [me.c]).g).t(' was born on ').l('DOB', fmtDate(r, cc, recentYmd(r))).t('. My manager is ');
  d.p(nameForm(r, person(r, CULTURE_OF[cc]))).t(`.\nAssistant: Congratulations! Leave request ${caseId(r)} is pending approval. Under ${r.pick(['the Family and Medical Leave Act', 'the Mutterschutzgesetz', 'the Parental Leave Act'])} you qualify for ${r.int(10, 52)} weeks.`);
};

const tEssExpense: Tpl = (r, d) => {
  const [, me] = cand(r);
  d.t('Employee: my reimbursement bounced. I paid the ').t(r.pick(BRANDS.filter((b) => ['Marriott', 'Hilton', 'Tim Hortons', "McDonald's"].includes(b)))).t(' bill with my personal card ').l('CARD', card(r));
  d.t(` and the corporate one ${maskedCard(r)} was declined. Name on card: `).self(me).t(`.\nAssistant: I see report EXP-${r.digits(6)}. Please don't paste full card numbers here; I've flagged it for redaction.`);
};

const tAtsCsv: Tpl = (r, d) => {
  const c = co(r);
  d.t(`Here's our ${r.pick(['Greenhouse', 'Lever', 'Workable', 'SmartRecruiters'])} export for ${reqId(r)} — can you dedupe it?\n\ncandidate_id,full_name,email,phone,stage,applied_at,source,recruiter\n`);
  const n = r.int(3, 6);
  const rec = person(r);
  const recName = nameForm(r, rec);
  for (let i = 0; i < n; i++) {
    const [cc, p] = cand(r);
    d.t(`${r.int(100000, 999999)},`).p(r.chance(0.2) ? `${p.f}, ${p.g}`.replace(',', '') : p.full).t(',').l('EMAIL', emailFor(r, p)).t(',');
    if (r.chance(0.15)) d.t(maskedPhone(r));
    else d.l('PHONE', phone(r, cc).replace(/,/g, ''));
    d.t(`,${r.pick(['Applied', 'Phone Screen', 'Onsite', 'Offer', 'Rejected'])},${ts(r)},${r.pick(['LinkedIn', 'Referral', 'Indeed', 'Agency', 'Careers page'])},`).p(recName).t('\n');
  }
  d.t(`(export generated by ${c.name} ATS ${version(r)})`);
};

const tAtsJson: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  d.t(`{\n  "application_id": "${hash(r, 10)}",\n  "requisition": "${reqId(r)}",\n  "candidate": {\n    "first_name": "`).p(p.g).t('",\n    "last_name": "').p(p.f).t('",\n    "email": "').l('EMAIL', emailFor(r, p)).t('",\n    "phone": "').l('PHONE', phone(r, cc)).t('",\n');
  if (r.chance(0.5)) d.t('    "address": "').l('ADDRESS', address(r, cc)).t('",\n');
  if (r.chance(0.3)) d.t('    "date_of_birth": "').l('DOB', fmtDate(r, 'ISO', birthYmd(r))).t('",\n');
  d.t(`    "tags": ["${r.pick(SOFTWARE)}", "${r.pick(['relocation', 'visa-sponsor', 'silver-medalist'])}"]\n  },\n  "hiring_team": [\n    { "role": "recruiter", "name": "`).p(person(r).full).t('" },\n    { "role": "coordinator", "email": "').l('EMAIL', roleEmail(r, co(r))).t(`" }\n  ],\n  "created_at": "${ts(r)}",\n  "source_ip": "`).l('IP', ip(r)).t('"\n}');
};

const tInterviewSchedule: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  const c = co(r);
  const rooms = r.pick(BUILDINGS);
  d.t(`Subject: Interview schedule — ${r.pick(ROLES)} (${reqId(r)})\n\n${greet(r)} `).p(p.g).t(`,\n\nThanks for making time on ${fmtDate(r, cc, recentYmd(r))}. Your loop:\n`);
  for (let i = 0; i < r.int(2, 4); i++) {
    const iv = person(r);
    d.t(`  ${pad(r.int(9, 16))}:${r.pick(['00', '30', '45'])}  ${r.pick(['Technical deep-dive', 'Values', 'Hiring manager', 'Case study', 'Payroll systems'])} — `).p(r.chance(0.5) ? iv.full : `${iv.g.charAt(0)}. ${iv.f}`).t(`, ${r.pick(TITLES)}\n`);
  }
  d.t(`\nOnsite location: ${rooms}, `).l('ADDRESS', address(r, cc)).t(`. Ask reception for a visitor badge. If anything changes call me on `).l('PHONE', phone(r, cc));
  if (r.chance(0.4)) d.t(' ext. ' + r.int(100, 9999));
  d.t('.\n\nBest,\n').p(person(r).full).t(`\nTalent Acquisition, ${c.name}\n`).l('EMAIL', roleEmail(r, c));
};

const tPanelNotes: Tpl = (r, d) => {
  const p = person(r);
  const a = person(r);
  const b = person(r);
  d.t(`PANEL DEBRIEF — candidate: `).p(p.full).t(`\nInterviewers: `).p(a.full).t(', ').p(b.full).t(`\n\n`).p(a.g).t(`: strong on ${r.pick(SOFTWARE)} and ${r.pick(SOFTWARE)}; weaker on stakeholder management. Hire.\n`);
  d.p(b.g).t(`: mentioned a gap year caring for a parent with ${r.pick(EPONYMS.slice(0, 5))} — do NOT factor this in. Lean hire.\n`);
  d.t(`Bar raiser: `).p(nameForm(r, person(r))).t(`. Decision: ${r.pick(['offer', 'second round', 'hold'])}. Comp band ${r.pick(['L4', 'P3', 'M2'])}. Notes stored under ${caseId(r)}.`);
};

const tReferenceCheck: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  const ref = person(r, CULTURE_OF[cc]);
  d.t(`Reference check — candidate `).p(p.full).t(`\nReferee: `).p(ref.full).t(`, ${r.pick(TITLES)} at ${r.pick(BRANDS)}\nContact: `).l('PHONE', phone(r, cc)).t(' / ').l('EMAIL', emailFor(r, ref)).t(`\nRelationship: direct manager ${r.int(2014, 2019)}–${r.int(2020, 2024)}\n\n`);
  d.t(`Q: Would you rehire `).p(p.g).t(`?\nA: "Absolutely. `).p(r.chance(0.5) ? p.g : p.full.toLowerCase()).t(` rebuilt our payroll run on ${r.pick(SOFTWARE)} and trained `).p(person(r).g).t(` and `).p(person(r).g).t(`."\nChecked by `).p(nameForm(r, person(r))).t(` on ${fmtDate(r, cc, recentYmd(r))}.`);
};

const tOfferLetter: Tpl = (r, d) => {
  const [ac, p] = cand(r);
  const cc = ac === 'JP' || ac === 'KR' ? 'US' : ac;
  const c = co(r);
  const hon = r.pick(['Mr.', 'Ms.', 'Mx.', 'Dr.', '']);
  d.t(`${c.name}\n\n${fmtDate(r, cc, recentYmd(r))}\n\nPRIVATE & CONFIDENTIAL\n`);
  d.p(hon ? `${p.g.charAt(0)}. ${p.f}` : p.full).t('\n').l('ADDRESS', address(r, ac, true)).t(`\n\nDear ${hon ? hon + ' ' : ''}`).p(hon ? p.f : p.g);
  d.t(`,\n\nWe are delighted to offer you the position of ${r.pick(ROLES)}, starting on ${fmtDate(r, cc, recentYmd(r))}, at an annual salary of ${money(r, r.pick(['$', '£', '€', 'CHF ']))}. You will report to `).p(person(r).full);
  d.t(`. This offer is conditional on a satisfactory background check and proof of right to work.\n\nPlease sign and return by ${fmtDate(r, cc, recentYmd(r))}.\n\nYours sincerely,\n\n`).p(person(r).full).t(`\nChief People Officer`);
};

const tRecruiterOutreach: Tpl = (r, d) => {
  const p = person(r);
  const rec = person(r);
  const c = co(r);
  d.t(`${greet(r)} `).p(p.g).t(`,\n\nI came across your talk on ${r.pick(SOFTWARE)} at ${r.pick(PLACES)} DevDays and thought of our ${r.pick(ROLES)} opening. ${r.pick(['We are hiring fast', 'The team just closed its Series B', 'Hybrid, 3 days in office'])}.\n\nWould you be open to a 20-minute chat? You can grab time with me or reply to `).l('EMAIL', emailFor(r, rec, c.domain));
  d.t('.\n\nCheers,\n').p(rec.full).t(`\n${c.name} | `).l('PHONE', phone(r, r.pick(CCS)));
};

const tRejection: Tpl = (r, d) => {
  const p = person(r);
  const c = co(r);
  d.t(`Dear `).p(r.chance(0.5) ? p.full : p.g).t(`,\n\nThank you for interviewing for ${reqId(r)}. After careful consideration we have decided to move forward with other candidates. We will keep your details on file for 12 months under ${r.pick(['GDPR Art. 6(1)(a)', 'our retention policy'])}.\n\nKind regards,\n${c.name} Talent Team\n`).l('EMAIL', roleEmail(r, c));
};

const tReferral: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  const me = person(r);
  d.t(`EMPLOYEE REFERRAL FORM\nReferrer: `).p(me.full).t(` (${empId(r)})\nCandidate name: `).p(p.full).t('\nCandidate e-mail: ').l('EMAIL', emailFor(r, p)).t('\nCandidate mobile: ').l('PHONE', phone(r, cc));
  d.t(`\nHow do you know them? ${r.pick(['Former colleague at', 'University friend, we both interned at', 'Met at a meetup sponsored by'])} ${r.pick(BRANDS)}.\nBonus eligible after 90 days (policy ${version(r)}).`);
};

const tSmsReschedule: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  const rec = person(r);
  d.t(`[SMS thread]\n`).p(rec.g).t(` (Recruiter): Hi `).p(p.g).t(`, it's `).p(rec.g).t(` from ${co(r).name}. Can we move tomorrow's interview to ${r.int(1, 5)}pm?\n`).p(p.g).t(`: Sure! Can you call me on `).l('PHONE', phone(r, cc)).t(` instead of the landline? Also my other number ends in ${r.digits(4)}.\n`).p(rec.g).t(': Perfect 👍');
};

const tPhoneScreen: Tpl = (r, d) => {
  const p = person(r);
  const rec = person(r);
  d.t(`[Auto-transcript · phone screen · ${ts(r)}]\nRECRUITER: And what's the best email to send the assessment to?\nCANDIDATE: It's `).l('EMAIL', spokenEmail(r, p)).t(`.\nRECRUITER: Great. And a callback number?\nCANDIDATE: Sure, `).l('PHONE', spokenPhone(r)).t(`.\nRECRUITER: Thanks `).p(p.g).t(`. I'm `).p(rec.full).t(`, by the way; `).p(person(r).g).t(` will run the technical round.`);
};

const tVoicemail: Tpl = (r, d) => {
  const p = person(r);
  d.t(`Voicemail (transcribed, ${r.int(20, 70)}s): "Hi, this is `).p(r.chance(0.3) ? p.full.toLowerCase() : p.full).t(` returning the call about the ${r.pick(ROLES)} job. You can reach me at `).l('PHONE', spokenPhone(r)).t(` or email `).l('EMAIL', spokenEmail(r, p)).t(`. Thanks, bye."`);
};

const tOnboardingUs: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.US);
  const ec = person(r, CULTURE_OF.US);
  const self = r.chance(0.4);
  d.t(self ? 'Can you check I filled this in right?\n\n' : '').t(`NEW HIRE ONBOARDING — ${co(r).name}\nLegal name: `);
  if (self) d.self(p);
  else d.p(p.full);
  d.t('\nPreferred name: ').p(p.g).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDate of birth: ').l('DOB', fmtDate(r, 'US', birthYmd(r))).t('\nHome address: ').l('ADDRESS', address(r, 'US')).t('\nPersonal email: ').l('EMAIL', emailFor(r, p)).t('\nCell: ').l('PHONE', phone(r, 'US'));
  d.t(`\n\nDIRECT DEPOSIT\nRouting #: ${routing(r)}\nAccount #: ${r.digits(r.int(8, 12))}\nAccount type: ${r.pick(['Checking', 'Savings'])}\n\nEMERGENCY CONTACT\nName: `).p(ec.full).t(` (${r.pick(['spouse', 'mother', 'brother', 'partner'])})\nPhone: `).l('PHONE', phone(r, 'US')).t(`\n\nStart date: ${fmtDate(r, 'US', recentYmd(r))}   Laptop asset tag: ${r.pick(['DL', 'MB'])}-${r.digits(6)}`);
};

const tI9: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.US);
  d.t(`Form I-9, Section 1 (transcribed by HR)\nLast Name (Family Name): `).p(p.f.toUpperCase()).t('   First Name (Given Name): ').p(p.g.toUpperCase()).t(`   Middle Initial: ${L(r, UPPER)}\nAddress (Street Number and Name): `).l('ADDRESS', address(r, 'US'));
  d.t('\nDate of Birth (mm/dd/yyyy): ').l('DOB', `${pad(r.int(1, 12))}/${pad(r.int(1, 28))}/${r.int(1960, 2004)}`).t('   U.S. Social Security Number: ').l('NATIONAL_ID', ssn(r)).t("\nEmployee's E-mail Address: ").l('EMAIL', emailFor(r, p)).t("   Employee's Telephone Number: ").l('PHONE', phone(r, 'US'));
  d.t(`\nList A: U.S. Passport, document # ${L(r, UPPER)}${r.digits(8)}, expires ${fmtDate(r, 'US', recentYmd(r))}\nReviewed by: `).p(nameForm(r, person(r))).t(`, ${r.pick(['HR Generalist', 'People Ops'])}`);
};

const tRightToWorkUk: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.GB);
  d.t(`Right to work check (UK)\nEmployee: `).p(p.full).t(`\nShare code: ${L(r, UPPER)}${r.digits(1)}${L(r, UPPER)} ${L(r, UPPER)}${L(r, UPPER)}${r.digits(1)} ${r.digits(1)}${L(r, UPPER)}${L(r, UPPER)}\nNI number: ${L(r, 'ABCEGHJKLMNPRSTWXYZ')}${L(r, 'ABCEGHJKLMNPRSTWXYZ')} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}\nDOB: `).l('DOB', fmtDate(r, 'GB', birthYmd(r)));
  d.t('\nHome address:\n').l('ADDRESS', address(r, 'GB', true)).t(`\nChecked online on ${fmtDate(r, 'GB', recentYmd(r))} by `).p(nameForm(r, person(r, CULTURE_OF.GB))).t(`. Follow-up check due ${fmtDate(r, 'GB', recentYmd(r))}.`);
};

const tOnboardingEu: Tpl = (r, d) => {
  const cc = r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'PL', 'AT', 'SE', 'IE', 'CH']);
  const p = person(r, CULTURE_OF[cc]);
  const de = cc === 'DE' || cc === 'AT' || cc === 'CH';
  d.t(de ? 'PERSONALFRAGEBOGEN\nName, Vorname: ' : 'Employee master data form\nSurname, first name: ').p(`${p.f}, ${p.g}`).t(`\n${dobCue(r, cc)}: `).l('DOB', fmtDate(r, cc, birthYmd(r))).t(de ? '\nAnschrift: ' : '\nAddress: ').l('ADDRESS', address(r, cc));
  d.t(de ? '\nIBAN: ' : '\nSalary account (IBAN): ').l('IBAN', iban(r, cc)).t(de ? `\nSozialversicherungsnummer: ${r.digits(2)} ${r.digits(6)} ${L(r, UPPER)} ${r.digits(3)}\nKrankenkasse: ${r.pick(['TK', 'AOK Plus', 'Barmer'])}` : `\nTax id: ${r.digits(9)}`);
  d.t(de ? '\nTelefon privat: ' : '\nPrivate phone: ').l('PHONE', phone(r, cc)).t(`\nEintritt / start: ${fmtDate(r, cc, recentYmd(r))}`);
};

const tBenefits: Tpl = (r, d) => {
  const cc = r.pick(['US', 'US', 'CA', 'AU', 'GB']);
  const p = person(r, CULTURE_OF[cc]);
  d.t(`Benefits enrollment ${r.int(2025, 2026)} — employee `).p(p.full).t(` (${empId(r)})\nPlan: ${r.pick(['Aetna PPO 500', 'Cigna HDHP', 'Kaiser Permanente HMO', 'Bupa Gold'])}\nDependents:\n`);
  for (let i = 0; i < r.int(1, 3); i++) {
    const dep = person(r, [p.c]);
    const rel = r.pick(['spouse', 'child', 'child', 'domestic partner']);
    const born = rel === 'child' ? { y: r.int(2006, 2024), m: r.int(1, 12), d: r.int(1, 28) } : birthYmd(r);
    d.t('  - ').p(`${dep.g} ${p.f}`).t(`, ${rel}, born `).l('DOB', fmtDate(r, cc, born)).t('\n');
  }
  d.t(`Pet insurance: ${r.pick(PETS)} (dog), birthday ${fmtDate(r, cc, recentYmd(r))}\nCoverage begins ${fmtDate(r, cc, recentYmd(r))}. Questions: `).l('EMAIL', roleEmail(r, co(r)));
};

const tPayrollRegister: Tpl = (r, d) => {
  const cc = r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'BE', 'AT', 'IE', 'PT', 'PL']);
  d.t(`SEPA salary batch ${r.pick(['PAIN.001', 'SCT'])} · pay date ${fmtDate(r, cc, recentYmd(r))} · batch ${hash(r, 10).toUpperCase()}\nName;IBAN;Gross;Net;Ref\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    const p = person(r, CULTURE_OF[cc] ?? undefined);
    d.p(r.chance(0.3) ? p.full.toUpperCase() : p.full).t(';');
    if (r.chance(0.12)) d.t(badIban(r, cc));
    else d.l('IBAN', iban(r, r.chance(0.8) ? cc : undefined));
    d.t(`;${r.int(2, 9)}.${r.digits(3)},${r.digits(2)};${r.int(1, 6)}.${r.digits(3)},${r.digits(2)};SAL${r.digits(6)}\n`);
  }
  d.t(`Rows flagged: ${r.int(0, 2)} (invalid checksum)`);
};

const tPayslipUk: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.GB);
  d.t(`PAYSLIP  ${co(r).name}\nEmployee: `).p(`${p.g.charAt(0)} ${p.f}`.toUpperCase()).t(`   Payroll no: ${empId(r)}\nNI No: ${L(r, 'ABCEGHJKLMNPRSTWXYZ')}${L(r, 'ABCEGHJKLMNPRSTWXYZ')}${r.digits(6)}${r.pick(['A', 'B', 'C'])}   Tax code: ${r.pick(['1257L', 'BR', 'K475', 'S1257L'])}\nPay date: ${fmtDate(r, 'GB', recentYmd(r))}   Period: M${r.int(1, 12)}\n`);
  d.t(`Basic pay ${money(r, '£')}   PAYE ${money(r, '£')}   NIC ${money(r, '£')}\nPaid to sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)} acc ${r.digits(8)} / IBAN `).l('IBAN', iban(r, 'GB')).t('\n').l('ADDRESS', address(r, 'GB', true));
};

const tPayslipDe: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.DE);
  d.t(`Entgeltabrechnung ${mon('de', r.int(1, 12))} ${r.int(2024, 2026)}\n`).p(r.chance(0.5) ? `${p.g} ${p.f}` : `${p.f}, ${p.g}`).t('\n').l('ADDRESS', address(r, 'DE', true));
  d.t(`\nPersonalnummer ${r.digits(5)}  Steuerklasse ${r.int(1, 6)}  Konfession ${r.pick(['rk', 'ev', '--'])}\nGeburtsdatum `).l('DOB', fmtDate(r, 'DE', birthYmd(r))).t(`  Eintritt ${fmtDate(r, 'DE', recentYmd(r))}\nBrutto ${r.int(2, 9)}.${r.digits(3)},${r.digits(2)} €  Netto ${r.int(1, 6)}.${r.digits(3)},${r.digits(2)} €\nÜberweisung an `).l('IBAN', iban(r, 'DE'));
};

const tPayrollFrench: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.FR);
  const hon = r.pick(['M.', 'Mme', 'Madame', 'Monsieur']);
  d.t(`BULLETIN DE PAIE — période du 01/${pad(r.int(1, 12))}/${r.int(2024, 2026)}\nSalarié : ${hon} `).p(p.full.toUpperCase()).t('\n').l('ADDRESS', address(r, 'FR', true)).t(`\nEmploi : ${r.pick(['Technicienne de paie', 'Ingénieur', 'Infirmière'])}  Coefficient ${r.int(200, 450)}\nN° SS : ${r.int(1, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}\nVirement sur `).l('IBAN', iban(r, 'FR')).t(`\nNet à payer avant impôt : ${r.int(1, 5)} ${r.digits(3)},${r.digits(2)} €`);
};

const tExpenseReport: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  const appr = person(r);
  d.t(`EXPENSE REPORT EXP-${r.digits(6)}\nSubmitted by: `).p(p.full).t(`\nCorporate card: `).l('CARD', card(r)).t(`\n\nDate        Merchant                 Amount\n`);
  for (let i = 0; i < r.int(2, 4); i++) d.t(`${fmtDate(r, cc, recentYmd(r))}  ${r.pick(['Hilton Garden Inn', 'Marriott Courtyard', 'Tim Hortons', 'Uber', 'Lufthansa', 'Pret A Manger', 'Dyson store'])}  ${money(r, r.pick(['$', '€', '£']))}\n`);
  d.t(`\nPersonal card used for taxi: `);
  if (r.chance(0.3)) d.t(badCard(r)).t(' (rejected: invalid number)');
  else d.l('CARD', card(r));
  d.t('\nApprover: ').p(nameForm(r, appr)).t(` — approved ${ts(r)}`);
};

const tCardStatement: Tpl = (r, d) => {
  const p = person(r);
  d.t(`Corporate card programme — monthly reconciliation\nCardholder: `).p(p.full.toUpperCase()).t('\nCard number: ').l('CARD', card(r)).t(`\nReplacement card (old, cancelled): ${maskedCard(r)}\nStatement date: ${fmtDate(r, r.pick(CCS), recentYmd(r))}\nUnreconciled: ${r.int(1, 9)} items, oldest from ${r.pick(BRANDS)}.\nBilling address: `).l('ADDRESS', address(r, r.pick(['US', 'GB', 'CA', 'AU', 'IE'])));
  if (r.chance(0.5)) d.t('\nTest card in sandbox: ').t(badCard(r));
};

const tTravelBooking: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  d.t(`Travel request for new-hire onboarding week\nTraveller: `).p(p.full).t(' (as on passport)\nDate of birth: ').l('DOB', fmtDate(r, cc, birthYmd(r))).t('\nMobile: ').l('PHONE', phone(r, cc)).t(`\nFlights: ${r.pick(['LH', 'BA', 'AF', 'EK', 'QF'])}${r.int(100, 999)} on ${fmtDate(r, cc, recentYmd(r))}, booking ref ${L(r, UPPER)}${L(r, UPPER)}${r.digits(1)}${L(r, UPPER)}${L(r, UPPER)}${r.digits(1)}\nHotel: ${r.pick(['Hilton', 'Marriott', 'Ibis'])} near ${r.pick(BUILDINGS)}\nPay with card `).l('CARD', card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)}`);
};

const tBackgroundCheck: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.US);
  d.t(`CONSUMER REPORT — ${r.pick(['ClearPath Screening', 'VeriTrust Background', 'Sentinel Checks'])}\nOrder: ${caseId(r)}   Package: ${r.pick(['Standard', 'Pro + MVR', 'Healthcare'])}\nSubject: `).p(`${p.f.toUpperCase()}, ${p.g.toUpperCase()}`).t('\nAKA: ').p(`${p.g} ${person(r, CULTURE_OF.US).f}`).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('   DOB: ').l('DOB', fmtDate(r, 'US', birthYmd(r))).t('\n\nADDRESS HISTORY\n');
  let until = 0;
  for (let i = 0; i < r.int(2, 3); i++) {
    const from = r.int(2008, 2023) - i * 6;
    const to = until === 0 ? 'present' : String(Math.max(from + 1, until));
    until = from;
    d.t(`  ${from}–${to}  `).l('ADDRESS', address(r, 'US')).t('\n');
  }
  d.t(`\nCRIMINAL: ${r.pick(['No records found', 'Clear'])} (${r.pick(['Cook', 'Travis', 'Multnomah', 'Franklin'])} County)\nEMPLOYMENT: verified with ${r.pick(BRANDS)} via The Work Number\nFCRA notice sent to `).l('EMAIL', emailFor(r, p)).t(` on ${fmtDate(r, 'US', recentYmd(r))}.`);
};

const tHrisAudit: Tpl = (r, d) => {
  const c = co(r);
  d.t(`# HRIS audit export (${r.pick(['Workday', 'SAP SuccessFactors', 'BambooHR', 'Personio'])} ${version(r)})\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    const admin = person(r);
    const cc = r.pick(CCS);
    d.t(`${ts(r)} actor=`).l('EMAIL', emailFor(r, admin, c.domain)).t(' ip=').l('IP', ip(r));
    const k = r.int(0, 4);
    if (k === 0) d.t(` action=UPDATE emp=${empId(r)} field=home_phone new="`).l('PHONE', phone(r, cc)).t('"');
    else if (k === 1) d.t(` action=UPDATE emp=${empId(r)} field=bank_iban new="`).l('IBAN', iban(r)).t('"');
    else if (k === 2) d.t(` action=VIEW emp=${empId(r)} field=ssn value="${maskedSsn(r)}"`);
    else if (k === 3) d.t(` action=UPDATE emp=${empId(r)} field=legal_name new="`).p(person(r).full).t('"');
    else d.t(` action=EXPORT report="${r.pick(['Headcount', 'Turnover Q3', 'Comp review'])}" rows=${r.int(10, 9000)} sha256=${hash(r, 16)}`);
    d.t(` session=${hash(r, 8)}\n`);
  }
};

const tLoginLog: Tpl = (r, d) => {
  const p = person(r);
  const v6 = ipv6(r);
  d.t(`Ticket ${caseId(r)}: new hire `).p(p.full).t(` can't log into the payroll portal.\nUser: `).l('EMAIL', emailFor(r, p, co(r).domain)).t(`\nLast attempts:\n  ${ts(r)} FAIL from `).l('IP', ipv4(r)).t(`:${r.int(1024, 65535)} (MFA timeout)\n  ${ts(r)} FAIL from [`).l('IP', v6).t(`]:443\n  ${ts(r)} OK from `).l('IP', ipv4(r)).t(`\nClient: Chrome ${r.int(110, 130)}.0.${r.int(1000, 6999)}.${r.int(10, 200)}, portal ${version(r)}`);
};

const tItProvisioning: Tpl = (r, d) => {
  const p = person(r);
  const c = co(r);
  d.t(`IT provisioning — starter `).p(p.full).t(` (${r.pick(ROLES)})\nAccount: `).l('EMAIL', emailFor(r, p, c.domain)).t(`\nLaptop: ${r.pick(['Dell Latitude 7440', 'MacBook Pro 14', 'Lenovo T14'])}, hostname ${ascii(p.g).slice(0, 4)}-${hash(r, 4)}, static IP `).l('IP', ipv4(r)).t(`\nGroups: ${r.pick(SOFTWARE)}-users, payroll-ro, team-${r.pick(['hopper', 'lovelace', 'darwin', 'tesla'])}\nBuddy: `).p(nameForm(r, person(r))).t(`\nVPN pool: `).l('IP', ipv6(r)).t(`/64`);
};

const tTrialRoster: Tpl = (r, d) => {
  const cc = r.pick(['US', 'GB', 'DE', 'ES', 'PL', 'IN', 'AU', 'CA', 'BR', 'KR', 'JP', 'ZA']);
  d.t(`SITE STAFF ROSTER — Protocol ${r.pick(['VRD', 'PCR', 'NBX'])}-${r.digits(3)} (NCT0${r.digits(7)}), ${r.pick(["Parkinson's disease", "early Alzheimer's", "Crohn's disease", 'relapsed Hodgkin lymphoma'])}\nSite ${r.digits(3)} · `).l('ADDRESS', address(r, cc)).t('\n\nRole | Name | Email | Phone | GCP training\n');
  for (const role of ['PI', 'Sub-I', 'CRC', r.pick(['Pharmacist', 'Research Nurse', 'Data Manager'])]) {
    const p = person(r, CULTURE_OF[cc]);
    d.t(`${role} | `);
    if (role === 'PI' || role === 'Sub-I') d.t('Dr. ').p(r.chance(0.5) ? p.full : `${p.g.charAt(0)}. ${p.f}`);
    else d.p(p.full);
    d.t(' | ').l('EMAIL', emailFor(r, p, r.pick(['pinewoodcr.com', 'veridiapharma.com', 'uni-klinik.example.de', 'nhs.net']))).t(' | ').l('PHONE', phone(r, cc)).t(` | ${fmtDate(r, cc, recentYmd(r))}\n`);
  }
  d.t(`Sponsor contact: `).l('EMAIL', 'clinops@veridiapharma.com').t(`  IWRS ${version(r)}`);
};

const tDelegationLog: Tpl = (r, d) => {
  const cc = r.pick(['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE']);
  d.t(`DELEGATION OF AUTHORITY LOG — site ${r.digits(4)}\nStaff # | Printed name | Tasks | Start\n`);
  for (let i = 0; i < r.int(3, 5); i++) {
    const p = person(r, CULTURE_OF[cc]);
    d.t(`${pad(i + 1, 3)} | `).p(p.full.toUpperCase()).t(` | ${r.pick(['1,2,5,7', '3,4', '1-9', '6,8'])} | ${fmtDate(r, cc, recentYmd(r))}\n`);
  }
  d.t('PI signature: ').p(nameForm(r, person(r, CULTURE_OF[cc]))).t(`   Monitor: CRA from ${co(r).name}`);
};

const tSiteVisit: Tpl = (r, d) => {
  const cc = r.pick(['US', 'GB', 'DE', 'PL', 'ES', 'AU']);
  const pi = person(r, CULTURE_OF[cc]);
  const crc = person(r, CULTURE_OF[cc]);
  d.t(`Monitoring visit report (IMV ${r.int(2, 12)}) — ${fmtDate(r, cc, recentYmd(r))}\nAttendees: Dr `).p(pi.f).t(' (PI), ').p(crc.full).t(` (CRC)\nFindings: 2 ICF version errors (v${r.int(2, 6)}.0 vs v${r.int(2, 6)}.1); subject ${r.digits(3)}-${r.digits(3)} DOB transcribed incorrectly in EDC (source verified, corrected).\nAction: `).p(crc.g).t(` to re-train staff. Contact for follow-up: `).l('PHONE', phone(r, cc)).t(', ').l('EMAIL', emailFor(r, crc, 'pinewoodcr.com'));
};

const tStaffCv: Tpl = (r, d) => {
  const cc = r.pick(['US', 'GB', 'DE', 'IN', 'BR', 'ES', 'KR']);
  const p = person(r, CULTURE_OF[cc]);
  d.t(`Abbreviated CV for investigator file\nName: `).p(p.full).t(`, ${r.pick(['MD', 'MD, PhD', 'RN', 'PharmD', 'BSc'])}\nBusiness address: ${r.pick(['Dept. of Neurology', 'Clinical Research Unit', 'Oncology Day Ward'])}, `).l('ADDRESS', address(r, cc)).t('\nTel: ').l('PHONE', phone(r, cc)).t('   Email: ').l('EMAIL', emailFor(r, p)).t(`\nLicence no.: ${r.digits(7)}   GCP: ${fmtDate(r, cc, recentYmd(r))}\nSignature: ________  Date: ${fmtDate(r, cc, recentYmd(r))}`);
};

const tSlackThread: Tpl = (r, d) => {
  const a = person(r);
  const b = person(r);
  const c = person(r);
  d.t(`#recruiting-${r.pick(['emea', 'apac', 'na'])}\n@${ascii(a.g)}.${ascii(a.f).slice(0, 1)}: has anyone heard back from `).p(c.full).t(`? offer expires friday\n@${ascii(b.g)}${r.int(1, 9)}: yes — `).p(c.g).t(` asked to push the start date to ${fmtDate(r, 'US', recentYmd(r))}, `).p(b.g === a.g ? b.f : a.g).t(` can you approve?\n@${ascii(a.g)}.${ascii(a.f).slice(0, 1)}: approved. also ${r.pick(SOFTWARE)} is down again, ping #it-help\n`);
};

const tOrgChart: Tpl = (r, d) => {
  const c = co(r);
  const head = person(r);
  d.t(`${c.name} — People & Culture org (pasted from ${r.pick(['Lucidchart', 'Visio', 'Miro'])})\n\n`).p(head.full).t(', CPO\n');
  for (let i = 0; i < r.int(2, 4); i++) {
    const p = person(r);
    d.t('├── ').p(p.full).t(`, ${r.pick(['Payroll Manager', 'Head of TA', 'HRBP Engineering', 'Benefits Lead'])} (`).l('EMAIL', emailFor(r, p, c.domain)).t(')\n');
  }
  d.t(`└── vacancy: ${reqId(r)}\nAsk the assistant: which teams have no HRBP?`);
};

const tExitInterview: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  d.t('Exit interview notes — ').p(p.full).t(` (${empId(r)})\nLast day: ${fmtDate(r, cc, recentYmd(r))}\nReason: ${r.pick(['relocation', 'compensation', 'career change', 'manager relationship'])}. Said manager `).p(nameForm(r, person(r))).t(` was supportive but the ${r.pick(['Darwin', 'Hopper', 'Tesla'])} project was chaotic.\nForwarding address for P60/W-2: `).l('ADDRESS', address(r, cc));
  d.t('\nPersonal email: ').l('EMAIL', emailFor(r, p)).t(`\nFinal pay to `).l('IBAN', iban(r));
};

const tCompReview: Tpl = (r, d) => {
  d.t(`Comp review ${r.int(2025, 2026)} — ${r.pick(['Engineering', 'Clinical Ops', 'Finance'])} (CONFIDENTIAL)\nemployee | level | current | proposed | rating\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    const p = person(r);
    d.p(r.chance(0.25) ? `${p.f}, ${p.g}` : p.full).t(` | ${r.pick(['L3', 'L4', 'L5', 'M1'])} | ${money(r, '$')} | ${money(r, '$')} | ${r.pick(['Exceeds', 'Meets', 'Strong'])}\n`);
  }
  d.t(`Budget pool ${r.int(3, 5)}.${r.int(0, 9)}% — approved by `).p(person(r).full);
};

const tTimesheet: Tpl = (r, d) => {
  d.t(`timesheet_week_${r.int(1, 52)}.csv\nemployee,project,mon,tue,wed,thu,fri\n`);
  for (let i = 0; i < r.int(3, 6); i++) d.p(person(r).full).t(`,${r.pick(['PRJ-ATLAS', 'Project Darwin', 'Jenkins migration', 'Workday rollout'])},${r.int(0, 9)},${r.int(0, 9)},${r.int(0, 9)},${r.int(0, 9)},${r.int(0, 9)}\n`);
};

const tOffboarding: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  d.t('OFFBOARDING CHECKLIST — ').p(p.full).t(`\n[x] Laptop ${r.pick(['MB', 'DL'])}-${r.digits(6)} returned\n[x] Badge deactivated\n[ ] Final expenses: card `).l('CARD', card(r)).t(` to be closed\n[ ] Send P45 / separation docs to:\n`).l('ADDRESS', address(r, cc, true)).t(`\n[ ] Confirm personal phone `).l('PHONE', phone(r, cc)).t(' for COBRA/continuation letter');
};

const tVisaRelocation: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  const dest = r.pick(['DE', 'NL', 'GB', 'IE', 'AE', 'SG', 'CA', 'AU']);
  d.t(`${greet(r)} `).p(p.g).t(`,\n\nFor your relocation to ${r.pick(['Berlin', 'Amsterdam', 'London', 'Dublin', 'Dubai', 'Singapore', 'Toronto', 'Melbourne'])} the immigration lawyers need: passport no. ${L(r, UPPER)}${r.digits(7)}, date of birth (we have `).l('DOB', fmtDate(r, cc, birthYmd(r))).t('), and your temporary address, which the landlord gave as ').l('ADDRESS', address(r, dest)).t(`.\nYour relocation coordinator is `).p(person(r).full).t(' (').l('PHONE', phone(r, dest)).t(`).\n\nBest, Mobility team`);
};

const tW2Request: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.US);
  d.t(`To: `).l('EMAIL', roleEmail(r, co(r))).t(`\nSubject: W-2 reissue\n\nHi, I need my ${r.int(2023, 2025)} W-2 mailed to my new address:\n`).l('ADDRESS', address(r, 'US', true)).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t(`\nEmployer EIN shown on the old form: ${ein(r)}\n\nThanks,\n`).p(p.full).t('\n').l('PHONE', phone(r, 'US'));
};

const tLatamOnboarding: Tpl = (r, d) => {
  const cc = r.pick(['MX', 'BR']);
  const p = person(r, CULTURE_OF[cc]);
  const mx = cc === 'MX';
  d.t(mx ? 'ALTA DE PERSONAL\nNombre completo: ' : 'FICHA DE ADMISSÃO\nNome completo: ').p(p.full).t(`\n${dobCue(r, cc)}: `).l('DOB', fmtDate(r, cc, birthYmd(r)));
  d.t(mx ? `\nRFC: ${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}${r.digits(6)}${L(r, UPPER)}${r.digits(2)}\nNSS: ${r.digits(11)}\nCLABE: ${r.digits(18)}\nDomicilio: ` : `\nPIS: ${r.digits(3)}.${r.digits(5)}.${r.digits(2)}-${r.digits(1)}\nChave PIX (e-mail): `);
  if (!mx) d.l('EMAIL', emailFor(r, p)).t('\nEndereço: ');
  d.l('ADDRESS', address(r, cc)).t(mx ? '\nCelular: ' : '\nCelular/WhatsApp: ').l('PHONE', phone(r, cc)).t(mx ? '\nContacto de emergencia: ' : '\nContato de emergência: ').p(person(r, CULTURE_OF[cc]).full);
};

const tIndiaPayroll: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.IN);
  d.t(`Salary slip — ${mon('en', r.int(1, 12))} ${r.int(2024, 2026)}\nEmployee Name: `).p(p.full.toUpperCase()).t(`   Emp Code: ${empId(r)}\nPAN: ${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}P${L(r, UPPER)}${r.digits(4)}${L(r, UPPER)}   UAN: ${r.digits(12)}\nAadhaar (masked): XXXX XXXX ${r.digits(4)}\nDOB: `).l('DOB', fmtDate(r, 'IN', birthYmd(r))).t(`   DOJ: ${fmtDate(r, 'IN', recentYmd(r))}\nBank A/c: ${r.digits(14)}  IFSC: ${r.pick(['HDFC', 'ICIC', 'SBIN'])}0${r.digits(6)}\nNet Pay: ₹${r.int(30, 250)},${r.digits(3)}`);
};

const tAuOnboarding: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.AU);
  d.t(`Employee details (AU)\nFull name: `).p(p.full).t('\nDOB: ').l('DOB', fmtDate(r, 'AU', birthYmd(r))).t(`\nTFN: ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\nSuper fund USI: ${r.pick(['STA', 'AUS', 'HOS'])}0${r.digits(4)}AU, member no. ${r.digits(9)}\nBSB ${r.digits(3)}-${r.digits(3)}  Acc ${r.digits(8)}\nResidential address: `).l('ADDRESS', address(r, 'AU')).t('\nMobile: ').l('PHONE', phone(r, 'AU'));
};

const tCanadaOnboarding: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.CA);
  d.t(`TD1 / new employee info\nName: `).p(p.full).t(`\nSIN: ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}\nDate of birth (YYYY-MM-DD): `).l('DOB', `${r.int(1960, 2004)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`).t('\nAddress: ').l('ADDRESS', address(r, 'CA')).t('\nPhone: ').l('PHONE', phone(r, 'CA')).t('\nEmail: ').l('EMAIL', emailFor(r, p));
};

const tNordic: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.SE);
  d.t(`Anställningsavtal — bilaga\nNamn: `).p(p.full).t(`\nPersonnummer: ${r.int(60, 99)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${r.digits(4)}\nAdress: `).l('ADDRESS', address(r, 'SE')).t('\nTelefon: ').l('PHONE', phone(r, 'SE')).t('\nLönekonto (IBAN): ').l('IBAN', iban(r, r.pick(['SE', 'NO', 'DK', 'FI']))).t(`\nTillträde: ${fmtDate(r, 'SE', recentYmd(r))}`);
};

const tKoreanChat: Tpl = (r, d) => {
  const native = r.pick(NATIVE_KO);
  const p = person(r, ['ko']);
  d.t('사용자: 신입사원 ').p(native).t(' 씨의 입사 서류를 정리해 주세요.\n생년월일: ').l('DOB', fmtDate(r, 'KR', birthYmd(r))).t('\n연락처: ').l('PHONE', phone(r, 'KR')).t('\n이메일: ').l('EMAIL', emailFor(r, p, r.pick(['naver.com', 'hanulsemi.co.kr']))).t('\n주소: ').l('ADDRESS', address(r, 'KR'));
  d.t(`\n주민등록번호: ${r.digits(6)}-${r.int(1, 4)}******\n\nAssistant: 정리했습니다. 담당자 `).p(person(r, ['ko']).full).t(' 님께 전달할까요?');
};

const tJapaneseEmail: Tpl = (r, d) => {
  const to = r.pick(NATIVE_JA);
  const from = r.pick(NATIVE_JA);
  const fam = to.split(' ')[0] ?? to;
  d.t(`件名：最終面接日程のご案内\n\n`).p(fam).t(`様\n\nお世話になっております。${co(r).name} 人事部の`).p(from).t(`です。\n最終面接を${fmtDate(r, 'JP', recentYmd(r))} 14:00より実施いたします。\n会場：`).l('ADDRESS', address(r, 'JP')).t('\nご不明点は ').l('PHONE', phone(r, 'JP')).t(' または ').l('EMAIL', roleEmail(r, co(r))).t(' までご連絡ください。');
};

const tJobFair: Tpl = (r, d) => {
  d.t(`Campus career fair ${r.pick(PLACES)} — leads captured (badge scanner export)\n`);
  for (let i = 0; i < r.int(3, 5); i++) {
    const [cc, p] = cand(r);
    d.p(p.full).t(' · ').l('EMAIL', emailFor(r, p, r.pick(['student.uva.nl', 'alumni.ucl.ac.uk', 'ug.edu.gh', 'iitb.ac.in', 'usp.br', 'mail.utoronto.ca']))).t(' · ');
    if (r.chance(0.5)) d.l('PHONE', phone(r, cc));
    else d.t(`grad ${r.int(2025, 2027)}`);
    d.t(` · interest: ${r.pick(ROLES)}\n`);
  }
};

const tReferenceLetter: Tpl = (r, d) => {
  const p = person(r);
  const w = person(r);
  d.t('User: can you polish this reference letter?\n\nTo whom it may concern,\n\nI have known ').p(p.full).t(` for ${r.int(3, 9)} years, first as a student at ${r.pick(BUILDINGS)} and then as my ${r.pick(ROLES)}. `).p(p.g).t(`'s work on our ${r.pick(SOFTWARE)} pipeline was exceptional, and `).p(p.g).t(` was shortlisted for ${r.pick(EPONYMS.slice(7))}.\n\nPlease contact me at `).l('EMAIL', emailFor(r, w)).t(' or ').l('PHONE', phone(r, r.pick(CCS))).t('.\n\n').p(w.full);
};

const tAgencySubmission: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  const ag = person(r);
  d.t(`Candidate submission — ${r.pick(['Apex Talent', 'Northstar Search', 'Bluebird Staffing'])}\nCandidate: `).p(p.full).t(`\nPhone: ${maskedPhone(r)} (withheld until interview confirmed)\nNotice period: ${r.int(1, 3)} months\nCurrent employer: ${r.pick(BRANDS)}\nRate: ${money(r, r.pick(['£', '€', '$']))}/yr\nConsultant: `).p(ag.full).t(', ').l('PHONE', phone(r, cc)).t(', ').l('EMAIL', emailFor(r, ag, 'northstarsearch.com'));
};

const tIntlBackground: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'DE', 'IN', 'BR', 'ZA', 'NG', 'KE', 'PH']);
  const p = person(r, CULTURE_OF[cc]);
  d.t(`International screening summary (${cc})\nSubject: `).p(p.full).t('\nDOB: ').l('DOB', fmtDate(r, cc, birthYmd(r))).t(`\nNational ID checked: ${r.pick([`${r.digits(13)}`, `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, `${L(r, UPPER)}${L(r, UPPER)}${r.digits(6)}${L(r, UPPER)}`])} (not a US SSN; verified with local registry)\nCurrent address: `).l('ADDRESS', address(r, cc)).t(`\nEducation: verified (${r.pick(['University of Lagos', 'Universität Heidelberg', 'University of Nairobi', 'Ateneo de Manila'])})\nAnalyst: `).p(nameForm(r, person(r))).t(`, ${caseId(r)}`);
};

const tSalaryAdvance: Tpl = (r, d) => {
  const cc = r.pick(['PH', 'IN', 'NG', 'KE', 'ZA', 'AE', 'TR']);
  const me = person(r, CULTURE_OF[cc]);
  d.t('Employee: Good day po. I am ').self(me).t(` from the ${r.pick(['Cebu', 'Makati', 'Lagos', 'Nairobi', 'Dubai'])} warehouse. Can I request a salary advance? You can text me at `).l('PHONE', phone(r, cc)).t('.\nAssistant: Hi ').p(me.g).t(`, advances are limited to 50% of net pay. I've created ${caseId(r)}; your supervisor `).p(nameForm(r, person(r, CULTURE_OF[cc]))).t(' will approve it.');
};

const tRedactChat: Tpl = (r, d) => {
  const [cc, p] = cand(r);
  d.t(`User: Before I forward this to the hiring manager, strip out anything personal:\n"""\nCandidate `).p(p.full).t(', ').l('EMAIL', emailFor(r, p)).t(', ').l('PHONE', phone(r, cc)).t(`, lives at `).l('ADDRESS', address(r, cc)).t(`. Born `).l('DOB', fmtDate(r, cc, birthYmd(r))).t(`. Asked for relocation support and a ${r.pick(['Tesla', 'Ford', 'Porsche'])} lease car.\n"""\nAssistant: Here's the redacted version: "Candidate [NAME], [EMAIL], [PHONE]…"`);
};

const tChineseHr: Tpl = (r, d) => {
  const n = r.pick(NATIVE_ZH);
  d.t('员工信息登记表\n姓名：').p(n).t('\n出生日期：').l('DOB', fmtDate(r, 'JP', birthYmd(r))).t(`\n身份证号：${r.digits(6)}${r.int(1970, 2003)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${r.digits(3)}X\n手机：`).l('PHONE', r.pick([`+86 1${r.pick(['38', '39', '50', '86'])} ${r.digits(4)} ${r.digits(4)}`, `1${r.pick(['38', '59', '87'])}-${r.digits(4)}-${r.digits(4)}`])).t('\n邮箱：').l('EMAIL', `${r.digits(9)}@qq.com`).t(`\n入职日期：${fmtDate(r, 'JP', recentYmd(r))}\n部门主管：`).p(r.pick(NATIVE_ZH));
};

const tDutchPayslip: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.NL);
  d.t(`Loonstrook periode ${r.int(1, 12)}/${r.int(2024, 2026)}\nWerknemer: `).p(p.full).t('\n').l('ADDRESS', address(r, 'NL', true)).t(`\nGeboortedatum: `).l('DOB', fmtDate(r, 'NL', birthYmd(r))).t(`\nBSN: ${r.digits(9)}   Loonheffingskorting: ja\nUitbetaald op `).l('IBAN', iban(r, 'NL')).t(`\nVakantiegeld (8%): €${r.int(1, 4)}.${r.digits(3)},${r.digits(2)}`);
};

const tItalianPayslip: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.IT);
  d.t(`CEDOLINO PAGA — ${mon('it', r.int(1, 12))} ${r.int(2024, 2026)}\nDipendente: `).p(`${p.f.toUpperCase()} ${p.g.toUpperCase()}`).t(`\nCodice fiscale: ${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}${L(r, UPPER)}${r.digits(2)}${L(r, UPPER)}${r.digits(2)}${L(r, UPPER)}${r.digits(3)}${L(r, UPPER)}\nData di nascita: `).l('DOB', fmtDate(r, 'IT', birthYmd(r))).t('\nResidenza: ').l('ADDRESS', address(r, 'IT')).t('\nAccredito su IBAN ').l('IBAN', iban(r, 'IT'));
};

const tGulfOffer: Tpl = (r, d) => {
  const p = person(r, CULTURE_OF.AE);
  d.t('OFFER OF EMPLOYMENT\nCandidate: ').p(p.full).t(`\nNationality: ${r.pick(['Indian', 'Filipino', 'Egyptian', 'Pakistani', 'Jordanian'])}\nPassport: ${L(r, UPPER)}${r.digits(7)}\nDate of Birth: `).l('DOB', fmtDate(r, 'AE', birthYmd(r))).t(`\nPackage: AED ${r.int(8, 45)},${r.digits(3)}/month incl. housing\nSalary via WPS to `).l('IBAN', iban(r, 'AE')).t('\nLocal address: ').l('ADDRESS', address(r, 'AE')).t('\nMobile: ').l('PHONE', phone(r, 'AE'));
};

const tEmergencyContact: Tpl = (r, d) => {
  const [cc, me] = cand(r);
  const ec = person(r, CULTURE_OF[cc]);
  d.t('Employee: update my emergency contact please. I\'m ').self(me).t('. New contact: ').p(r.chance(0.3) ? ec.full.toLowerCase() : ec.full).t(`, my ${r.pick(['wife', 'husband', 'sister', 'father', 'partner'])}, `).l('PHONE', phone(r, cc));
  if (r.chance(0.5)) d.t(', email ').l('EMAIL', emailFor(r, ec));
  d.t(`.\nAssistant: Updated. Note your old contact (${maskedPhone(r)}) has been removed.`);
};

const tJobPosting: Tpl = (r, d) => {
  const c = co(r);
  d.t(`${r.pick(ROLES).toUpperCase()} — ${c.name} (${reqId(r)})\nWe're the team behind ${r.pick(SOFTWARE)} integrations for ${r.pick(BRANDS)} and ${r.pick(BRANDS)}. You'll work from ${r.pick(BUILDINGS)} in ${r.pick(PLACES)}.\nRequirements: ${r.int(3, 8)}+ years, ${r.pick(SOFTWARE)}, knowledge of ${r.pick(['Sarbanes-Oxley', 'GDPR', 'HIPAA'])}.\nApply: `).l('EMAIL', roleEmail(r, c)).t(` or call our hiring line `).l('PHONE', phone(r, r.pick(CCS))).t(` (Mon–Fri). Closing date ${fmtDate(r, 'GB', recentYmd(r))}.`);
};

const tHotlineTranscript: Tpl = (r, d) => {
  const me = person(r, CULTURE_OF.US);
  d.t(`[HR hotline · call ${hash(r, 6)} · transcript]\nAGENT: Can I get your full name?\nCALLER: `).self(me).t(`.\nAGENT: And the last four of your social?\nCALLER: ${r.digits(4)}. Actually, the full one is `).l('NATIONAL_ID', ssn(r)).t(`.\nAGENT: Thanks. Callback number?\nCALLER: `).l('PHONE', spokenPhone(r)).t(`.\nAGENT: And your date of birth?\nCALLER: `).l('DOB', `${mon('en', r.int(1, 12))} ${ord(r.int(1, 28))}, ${r.int(1960, 2002)}`).t(`.`);
};

const tAtsNotes: Tpl = (r, d) => {
  const p = person(r);
  d.t(`ATS activity — `).p(p.full.toUpperCase()).t(`\n${ts(r)} note by `).p(person(r).full.toLowerCase()).t(`: candidate prefers calls after 5pm, cell `).l('PHONE', phone(r, r.pick(CCS))).t(`\n${ts(r)} stage → Onsite (${r.pick(BUILDINGS)})\n${ts(r)} note: referred by `).p(nameForm(r, person(r))).t(`; also interviewing at ${r.pick(BRANDS)}\n${ts(r)} email bounced: `).l('EMAIL', emailFor(r, p));
};

const tBgFeeChat: Tpl = (r, d) => {
  const me = person(r, CULTURE_OF.US);
  d.t('User: the screening portal wants me to pay the $').t(String(r.int(25, 90))).t(' drug-test fee myself?? I entered ').l('CARD', card(r)).t(' and it failed, then tried ');
  if (r.chance(0.5)) d.l('CARD', card(r)).t(' which also failed');
  else d.t(badCard(r)).t(' — oh wait, I mistyped that one');
  d.t('. It also asked for my SSN (').l('NATIONAL_ID', ssn(r)).t(') and name (').self(me).t(`). Is this a scam?\nAssistant: Legitimate employers rarely charge candidates. Don't share more; call the recruiter on the number from the official site, not ${maskedPhone(r)}.`);
};

// ---------------------------------------------------------------- hard negatives (no PII at all)

const nPolicy: Tpl = (r, d) => {
  d.t(`HR Policy ${r.pick(['4.2', '7.1', '11.3'])} — Leave and accommodations (rev. ${fmtDate(r, 'US', recentYmd(r))})\nEmployees with ${r.pick(EPONYMS.slice(0, 6))} or similar conditions may request adjustments under the Americans with Disabilities Act and the Family and Medical Leave Act. Finance controls follow ${r.pick(['Sarbanes-Oxley', 'Dodd-Frank'])} section ${r.int(302, 404)}. Questions go to your HR business partner via the ${r.pick(SOFTWARE)} portal (ticket prefix HR-). Policy owner: People Operations. Next review ${fmtDate(r, 'GB', recentYmd(r))}.`);
};

const nPayrollCalendar: Tpl = (r, d) => {
  d.t(`Payroll calendar ${r.int(2025, 2026)} (US entity, EIN ${ein(r)})\n`);
  for (let i = 0; i < r.int(3, 6); i++) d.t(`  Period ${pad(i + 1)}: cut-off ${fmtDate(r, 'US', recentYmd(r))}, pay date ${fmtDate(r, 'US', recentYmd(r))}, batch ${hash(r, 8)}\n`);
  d.t(`ACH origin routing ${routing(r)}; NACHA file v${r.int(1, 3)}.${r.int(0, 9)}; test SSN placeholder ${maskedSsn(r)}; invalid test value ${invalidSsn(r)}.`);
};

const nReleaseNotes: Tpl = (r, d) => {
  d.t(`${r.pick(['Greenhouse', 'Workday', 'Personio', 'BambooHR'])} connector ${version(r)} release notes\n- Fixed: ${r.pick(SOFTWARE)} sync dropped rows when the ${r.pick(['Hopper', 'Lovelace', 'Turing'])} team filter was active (commit ${hash(r, 7)})\n- New: ${r.pick(['Jenkins', 'Ansible'])} pipeline for nightly exports at ${ts(r)}\n- Deprecated: SOAP endpoint ${version(r)}\n- Known issue: SDK ${r.int(1, 4)}.${r.int(0, 9)}.${r.int(0, 9)} misparses dates like ${fmtDate(r, 'DE', recentYmd(r))}`);
};

const nInvalidData: Tpl = (r, d) => {
  d.t(`QA fixtures for the payroll import validator (all values intentionally INVALID):\n  card: ${badCard(r)}\n  card: ${badCard(r)}\n  iban: ${badIban(r)}\n  iban: ${badIban(r)}\n  ssn: ${invalidSsn(r)}\n  ssn (masked): ${maskedSsn(r)}\n  phone (masked): ${maskedPhone(r)}\n  card (masked): ${maskedCard(r)}\nExpected result: 8 rejections, job ${hash(r, 10)}.`);
};

const nBenefitsSummary: Tpl = (r, d) => {
  d.t(`Benefits at a glance ${r.int(2025, 2026)}: medical via ${r.pick(['Aetna', 'Cigna', 'Kaiser Permanente', 'Blue Cross Blue Shield'])}, 401(k) with ${r.pick(['Fidelity', 'Vanguard', 'Charles Schwab'])} (match ${r.int(3, 6)}%), wellness stipend usable at ${r.pick(BRANDS)} and ${r.pick(BRANDS)}. Open enrollment ${fmtDate(r, 'US', recentYmd(r))} – ${fmtDate(r, 'US', recentYmd(r))}. Plan ID ${r.digits(5)}-${L(r, UPPER)}${L(r, UPPER)}, group ${r.digits(8)}.`);
};

const nProtocol: Tpl = (r, d) => {
  d.t(`Protocol synopsis NCT0${r.digits(7)}: a phase ${r.pick(['II', 'III'])} randomised study in ${r.pick(["Parkinson's disease", "Alzheimer's disease", 'Hodgkin lymphoma', "Crohn's disease"])}. Sites: Mayo Clinic (Rochester), Charité (Berlin), ${r.pick(['Johns Hopkins', 'Karolinska', 'St Vincent’s'])}. Screening window ${r.int(14, 28)} days; visit ${r.int(2, 9)} on day ${r.int(15, 90)} ± 3. IP lot ${L(r, UPPER)}${r.digits(6)}, expiry ${fmtDate(r, 'GB', recentYmd(r))}. EDC ${version(r)}.`);
};

const CHAT_QA: ReadonlyArray<readonly [string, string]> = [
  ['How do I write a kind rejection email for a candidate who reached the final round?', 'Start with thanks, be specific about the strengths you saw, and avoid vague promises about future roles.'],
  ['What should an onboarding checklist for a remote payroll analyst contain?', 'Accounts, equipment, payroll system access, a benefits briefing, a buddy, and 30/60/90-day goals.'],
  ['Give me five structured interview questions for a clinical research coordinator.', 'Ask about consent errors, protocol deviations, EDC queries, a difficult monitor visit, and juggling three studies.'],
  ['Is it legal to ask for date of birth on an application form in the UK?', 'Under the Equality Act 2010 age is a protected characteristic, so collect it only after an offer, and only if needed.'],
  ['Which fields should an HRIS audit log never show in full?', 'Bank details, national identifiers and home contact data should be masked; log who viewed them and when.'],
];

const nGenericChat: Tpl = (r, d) => {
  const [q, a] = r.pick(CHAT_QA);
  d.t(`User: ${q}\nAssistant: ${a}`);
};

const nRubric: Tpl = (r, d) => {
  d.t(`Interview rubric — Team ${r.pick(['Hopper', 'Curie', 'Darwin', 'Tesla', 'Franklin'])}\n1. System design (${r.pick(SOFTWARE)}): 1–4\n2. Data hygiene (e.g. spotting ${badCard(r)} as an invalid card): 1–4\n3. Communication: 1–4\nCalibrated ${fmtDate(r, 'GB', recentYmd(r))}; rubric id ${hash(r, 6)}; version ${version(r)}.`);
};

const nShipping: Tpl = (r, d) => {
  d.t(`Welcome-kit shipment status: order #${r.digits(8)}, tracking ${tracking(r)}, carrier ${r.pick(['UPS', 'DHL Express', 'FedEx'])}. Contents: ${r.pick(['Dell', 'Lenovo', 'Apple'])} laptop, ${r.pick(BRANDS)} hoodie, badge. Dispatched ${ts(r)} from the ${r.pick(PLACES)} depot; ETA ${fmtDate(r, 'US', recentYmd(r))}.`);
};

const nMetrics: Tpl = (r, d) => {
  d.t(`TA dashboard ${r.pick(['Q1', 'Q2', 'Q3', 'Q4'])}: ${r.int(40, 400)} hires, time-to-fill ${r.int(20, 60)} days, offer acceptance ${r.int(70, 95)}%. Top sources: LinkedIn, referrals, ${r.pick(['Indeed', 'StepStone', 'Seek'])}. Best-performing office: ${r.pick(PLACES)}. Report ${hash(r, 8)} generated ${ts(r)} by ${r.pick(SOFTWARE)} ${version(r)}.`);
};

// ---------------------------------------------------------------- generator

const TEMPLATES: ReadonlyArray<readonly [number, Tpl]> = [
  [3, tCvChat], [2, tCvGerman], [2, tCvFrench], [1, tCvJapanese], [2, tCvSpanishBr], [2, tCvIndia], [1, tCvPdfBroken],
  [2, tAboutMeChat], [2, tSalaryChat], [2, tEssAddress], [4, tEssBank], [4, tEssSsnFix], [1, tEssLeave], [4, tEssExpense],
  [2, tAtsCsv], [2, tAtsJson], [2, tInterviewSchedule], [1, tPanelNotes], [2, tReferenceCheck], [2, tOfferLetter],
  [1, tRecruiterOutreach], [1, tRejection], [1, tReferral], [1, tSmsReschedule], [1, tPhoneScreen], [1, tVoicemail],
  [3, tOnboardingUs], [4, tI9], [1, tRightToWorkUk], [2, tOnboardingEu], [2, tBenefits], [3, tPayrollRegister],
  [1, tPayslipUk], [1, tPayslipDe], [1, tPayrollFrench], [3, tExpenseReport], [4, tCardStatement], [3, tTravelBooking],
  [3, tBackgroundCheck], [3, tHrisAudit], [3, tLoginLog], [2, tItProvisioning], [2, tTrialRoster], [1, tDelegationLog],
  [1, tSiteVisit], [1, tStaffCv], [1, tSlackThread], [1, tOrgChart], [1, tExitInterview], [1, tCompReview], [1, tTimesheet],
  [3, tOffboarding], [1, tVisaRelocation], [2, tW2Request], [1, tLatamOnboarding], [1, tIndiaPayroll], [1, tAuOnboarding],
  [1, tCanadaOnboarding], [1, tNordic], [1, tKoreanChat], [1, tJapaneseEmail], [1, tJobFair], [1, tReferenceLetter],
  [1, tAgencySubmission], [1, tIntlBackground], [1, tSalaryAdvance], [1, tRedactChat], [1, tChineseHr], [1, tDutchPayslip],
  [1, tItalianPayslip], [1, tGulfOffer], [2, tEmergencyContact], [1, tJobPosting], [2, tHotlineTranscript], [1, tAtsNotes], [3, tBgFeeChat],
];
const NEGATIVES: readonly Tpl[] = [nPolicy, nPayrollCalendar, nReleaseNotes, nInvalidData, nBenefitsSummary, nProtocol, nGenericChat, nRubric, nShipping, nMetrics];
const TOTAL_WEIGHT = TEMPLATES.reduce((s, [w]) => s + w, 0);

/** Number of distinct document templates (labelled + pure negatives). */
export const INDEPENDENT45_TEMPLATE_COUNT = TEMPLATES.length + NEGATIVES.length;

function pickTemplate(r: R): Tpl {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [w, f] of TEMPLATES) {
    x -= w;
    if (x < 0) return f;
  }
  return tCvChat;
}

/** Generates whole documents until at least `minInstances` labels exist; deterministic per seed. */
export function generateIndependent45Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent45Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT45_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT45_MIN_INSTANCES;
  const out: Independent45Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEGATIVES)(r, d);
    else pickTemplate(r)(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
