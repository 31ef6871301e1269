/**
 * @module privacy/pii-corpus-independent-12 — blind labelled PII corpus #12: transcripts of LLM-agent sessions.
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts` (and,
 * incidentally, that file's first import lines), `pii-corpus-checks.ts`, the `PiiType` union in
 * `pii/types.ts`, the first 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`),
 * `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. I did NOT read the detector, its
 * tests, the other corpora or their templates, the docs, the benches or the git history, and I never ran the
 * detector on this text. Every name, address, template and value here was invented for this file.
 * (Only this file's own output was inspected, with throwaway scripts, to check counts and labels.)
 *
 * Seeds: 120001, 120002, 120003. Each seed yields whole documents until at least `minInstances` labels exist
 * (default 2400), deterministically.
 *
 * Contents: what users of an LLM-agent platform store — agent session transcripts (customer support,
 * banking, insurance, healthcare assistants, telecom, travel, e-commerce, HR, real estate, education and
 * coding agents) in several layouts (`User:`/`Assistant:`, timestamped lines, JSON message arrays, markdown
 * exports, Slack/Teams/WhatsApp exports, voice-call ASR), tool calls and tool results with customer records,
 * agent summaries, handoff notes, escalation tickets, memory files about users, feedback comments and
 * e-mails the agent drafts. About 60 % English, the rest in Spanish, Portuguese, French, German, Italian,
 * Dutch, Polish, Turkish, Hinglish, Arabic, Japanese, Korean, Chinese, Vietnamese, Indonesian, Swahili and
 * Yoruba-English. About one document in ten is a hard negative with traps only.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside the span; initials+surname,
 *   surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are labelled, one label per
 *   contiguous name. Brands, software, places, pets, storms, streets/buildings named after people,
 *   eponymous diseases/laws/awards, bot personas and @handles are not labelled; names inside e-mail
 *   addresses are not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked not.
 * - IBAN: checksum-valid with the right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids are not labelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line addresses from the first street/building/PO-box
 *   line to the last postcode/city/country line; recipient names are separate PERSON labels; company
 *   lines, city-only mentions, directions, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates are not labelled.
 * - Values split by a line break, hyphenation or across chat turns are not labelled.
 */
import type { PiiType } from './pii/types.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT12_SEEDS = [120001, 120002, 120003] as const;
export const INDEPENDENT12_MIN_INSTANCES = 2400;

/** A label of this split, with the exact text of its span. */
export type Independent12Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent12Entry = PiiCorpusEntry & { readonly labels: readonly Independent12Label[] };

type Part = string | readonly [PiiType, string];

/** Appends text and records label offsets as it goes. */
class Doc {
  text = '';
  readonly labels: Independent12Label[] = [];
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
  p(...parts: Part[]): this {
    for (const x of parts) {
      if (typeof x === 'string') this.t(x);
      else if (x[0] === 'PERSON' && x[1].startsWith('\u0000')) this.self(x[1].slice(1));
      else this.l(x[0], x[1]);
    }
    return this;
  }
  /** The session user's own full name: labelled and recorded as a known name. */
  self(full: string): this {
    if (!this.known.includes(full)) this.known.push(full);
    return this.l('PERSON', full);
  }
}

const E = (v: string): Part => ['EMAIL', v];
const P = (v: string): Part => ['PHONE', v];
const N = (v: string): Part => ['PERSON', v];
const A = (v: string): Part => ['ADDRESS', v];
const B = (v: string): Part => ['DOB', v];
const C = (v: string): Part => ['CARD', v];
const I = (v: string): Part => ['IBAN', v];
const S = (v: string): Part => ['NATIONAL_ID', v];
const IPL = (v: string): Part => ['IP', v];

// ---------------------------------------------------------------------------------------------- names

/** Given names and surnames by culture (invented pools; several given names are also common words). */
const CULTURES: Record<string, readonly [string, string]> = {
  us: [
    'James Emily Grant Hope Will Bill Rose May Guy Faith Chase Hunter Mason Brooke Dawn Joy Summer Hazel Frank Mark Amber Ruby Holly Sandy Wesley Tanner Kayla Darnell',
    'Miller Carter Brooks Whitfield Sullivan Hale Fisher Baker Price Young Gray Rivers Cooper Bishop Little Strong King Hall Stone Moody Jenkins Tucker Wolfe',
  ],
  gb: [
    'Oliver Harriet Alfie Imogen Rory Pippa Callum Freya Nigel Gemma Penny Ivy Reggie Bethan',
    'Hughes Pembroke Ashworth Fletcher Barnes Holloway Marsh Thornton Pritchard Cole Best Moon Field Church',
  ],
  ie: ['Siobhan Niamh Cian Aoife Padraig Oisin Roisin Eoin', "O'Donnell Byrne Kavanagh McCarthy Doyle Gallagher Fitzgerald Quinn"],
  es: [
    'Lucía Javier Mercedes Álvaro Pilar Rocío Sergio Inés Diego Dolores Consuelo Nerea',
    'García Fernández Ruiz Navarro Morales Ortega Castillo Iglesias Serrano Vidal Molina Delgado',
  ],
  mx: [
    'Guadalupe Jesús Ximena Alejandro Itzel Rogelio Esperanza Mateo Yareli Joaquín',
    'Hernández Ramírez Cervantes Villalobos Zúñiga Ochoa Barragán Tapia Sandoval Gallardo',
  ],
  br: [
    'João Thiago Larissa Beatriz Gabriel Rafaela Vinícius Luana Caio Letícia Renata Murilo',
    'Silva Santos Oliveira Souza Pereira Carvalho Almeida Rocha Barbosa Nascimento Ferreira Cardoso',
  ],
  pt: ['Tiago Gonçalo Leonor Duarte Matilde Rui Filipa', 'Costa Martins Rodrigues Gonçalves Teixeira Lopes Magalhães'],
  fr: [
    'Amélie Théo Camille Mathieu Océane Benoît Margaux Lucien Solène Grégoire Clémence Aurélien',
    'Lefèvre Moreau Dubois Girard Fontaine Rousseau Chevalier Mercier Lambert Garnier Faure Perrin',
  ],
  de: [
    'Jürgen Annika Lukas Greta Matthias Henrike Florian Ingrid Tobias Wiebke Klaus Svenja',
    'Müller Schneider Becker Hoffmann Schäfer Krüger Wagner Zimmermann Vogel Lehmann Brandt Kessler',
  ],
  it: [
    'Giulia Lorenzo Chiara Alessandro Francesca Matteo Rosalba Gianluca Vittoria Ettore Beatrice',
    'Rossi Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Santoro',
  ],
  nl: ['Sanne Joris Femke Bram Maartje Thijs Lieke Ruud Anouk Gijs', 'de Vries|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|van den Berg|Jansen'],
  pl: [
    'Katarzyna Wojciech Agnieszka Grzegorz Małgorzata Łukasz Zofia Bartosz Jadwiga Tomasz',
    'Kowalski Wiśniewska Nowak Wójcik Kamińska Lewandowski Zieliński Szymańska Dąbrowski Kozłowska',
  ],
  tr: ['Elif Mehmet Zeynep Emre Ayşe Burak Selin Oğuz Deniz Cem Hülya', 'Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç'],
  in: [
    'Priya Arjun Ananya Rohan Kavya Vikram Sneha Aditya Lakshmi Rahul Deepika Sanjay Pooja Nikhil',
    'Sharma Iyer Reddy Patel Nair Gupta Chatterjee Menon Kulkarni Deshpande Banerjee Joshi Agarwal Pillai',
  ],
  ar: [
    'Mohammed Fatima Omar Layla Youssef Noura Khalid Mariam Said Hassan Amira Tariq',
    'Al-Mansouri Haddad Khalil Nasser Al-Farsi Saleh Aziz Al-Hashimi Mahmoud Rahman Qasim',
  ],
  jp: ['Haruto Yui Sota Aoi Ren Hina Takeshi Keiko Daiki Misaki', 'Tanaka Suzuki Takahashi Watanabe Yamamoto Nakamura Kobayashi Sato Ito Kimura'],
  kr: ['Minjun Seoyeon Jiwoo Hyunwoo Soojin Donghyun Eunji Jaehyun', 'Kim Lee Park Choi Jung Kang Yoon Han'],
  cn: ['Wei Xiaoling Jun Mei Hao Yuting Zhiwei Lan', 'Wang Li Zhang Liu Chen Yang Huang Zhou Xu'],
  vn: ['Minh Linh Tuấn Hương Đức Thảo Quang Ngọc', 'Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi'],
  id: ['Putri Budi Sari Agus Dewi Rizky Indah Wahyu', 'Santoso Wijaya Pratama Kusuma Hidayat Saputra Nugroho Setiawan'],
  ke: ['Baraka Neema Achieng Zawadi Imani Jabari Wanjiru Amani', 'Mwangi Otieno Kamau Odhiambo Wekesa Chebet Njoroge Mutua'],
  ng: [
    'Adebayo Funmilayo Oluwaseun Tunde Bisola Emeka Ngozi Folake Segun Blessing Favour Precious',
    'Okafor Adeyemi Balogun Okonkwo Olawale Adeleke Eze Ogunleye Afolabi Nwosu',
  ],
  ru: ['Dmitri Anastasia Sergei Yekaterina Mikhail Olga', 'Ivanov Petrova Sokolov Kuznetsova Volkov Orlova'],
  nord: ['Sigrid Henrik Freja Magnus Solveig Nils', 'Lindqvist Johansson Andersen Halvorsen Nyberg Eriksen'],
  gr: ['Eleni Nikos Dimitra Yannis Sofia Kostas', 'Papadopoulos Georgiou Nikolaidis Karagiannis Vlachos Antonopoulou'],
  il: ['Noa Itai Tamar Yonatan Shira Eitan', 'Cohen Levi Mizrahi Friedman Ben-David Katz'],
  ph: ['Maricel Jericho Rowena Paolo Lorna Marlon', 'Dela Cruz|Santiago|Reyes|Bautista|Mendoza|Villanueva'],
  gh: ['Kwame Ama Kofi Akosua Yaw Efua', 'Mensah Boateng Asante Owusu Appiah Darko'],
};
const splitPool = (s: string): string[] => (s.includes('|') ? s.split('|') : s.split(' '));
const GIVEN: Record<string, string[]> = {};
const SUR: Record<string, string[]> = {};
for (const [k, [g, s]] of Object.entries(CULTURES)) {
  GIVEN[k] = splitPool(g);
  SUR[k] = splitPool(s);
}
const CULTURE_KEYS = Object.keys(CULTURES);
const EASTERN = new Set(['jp', 'kr', 'cn', 'vn']);

interface Person {
  readonly g: string;
  readonly s: string;
  /** Full name in the culture's usual Latin order. */
  readonly full: string;
  readonly c: string;
}

function person(r: Rng, c?: string): Person {
  const k = c ?? r.pick(CULTURE_KEYS);
  const g = r.pick(GIVEN[k] ?? ['Alex']);
  const s = r.pick(SUR[k] ?? ['Reed']);
  const full = EASTERN.has(k) && k !== 'vn' && r.chance(0.4) ? `${s} ${g}` : k === 'vn' ? `${s} ${g}` : `${g} ${s}`;
  return { g, s, full, c: k };
}

/** A varied written form of a person's name (always one contiguous span). */
function nameForm(r: Rng, p: Person): string {
  const x = r.int(0, 11);
  if (x === 0) return p.g;
  if (x === 1) return p.s;
  if (x === 2) return `${p.s}, ${p.g}`;
  if (x === 3) return p.full.toUpperCase();
  if (x === 4) return p.full.toLowerCase();
  if (x === 5) return `${p.g.charAt(0)}. ${p.s}`;
  return p.full;
}

// Native-script pools for CJK and Arabic sessions.
const JA_S = '田中 佐藤 鈴木 高橋 渡辺 山本 中村 小林 加藤 吉田 松本 井上'.split(' ');
const JA_G = '翔太 さくら 大輔 美咲 健 陽菜 蓮 結衣 直樹 恵子'.split(' ');
const KO_S = '김 이 박 최 정 강 조 윤 임 한'.split(' ');
const KO_G = '민준 서연 지우 현우 수진 동현 은지 재현 하은 성민'.split(' ');
const ZH_S = '王 李 张 刘 陈 杨 黄 周 吴 孙'.split(' ');
const ZH_G = '伟 晓玲 俊杰 美华 浩然 雨婷 志伟 秀兰 子涵 建国'.split(' ');
const AR_G = 'محمد فاطمة عمر ليلى يوسف نورة خالد مريم سعيد هدى'.split(' ');
const AR_S = 'الحسن المنصوري حداد خليل النعيمي الشامسي العتيبي القحطاني'.split(' ');

// ---------------------------------------------------------------------------------------------- values

function asciiName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const MAIL_DOMAINS = [
  'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.co.uk', 'web.de', 'gmx.de', 'orange.fr',
  'free.fr', 'libero.it', 'uol.com.br', 'terra.com.br', 'wp.pl', 'o2.pl', 'yandex.com', 'naver.com', 'qq.com',
  '163.com', 'yahoo.co.jp', 'rediffmail.com', 'yahoo.co.in', 'ziggo.nl', 'sapo.pt', 'telefonica.net', 'fastmail.com',
];

function email(r: Rng, p?: Person): string {
  const g = asciiName(p?.g ?? r.pick(GIVEN['us'] ?? ['sam'])) || 'user';
  const s = asciiName(p?.s ?? r.pick(SUR['gb'] ?? ['lee'])) || 'mail';
  const x = r.int(0, 6);
  const local =
    x === 0 ? `${g}.${s}` : x === 1 ? `${g}${s}${r.int(1, 99)}` : x === 2 ? `${g.charAt(0)}${s}` : x === 3 ? `${s}.${g}` : x === 4 ? `${g}_${s}` : x === 5 ? `${g}${r.int(70, 99)}` : `${s}.${g.charAt(0)}`;
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}
function workEmail(r: Rng, p: Person, domain: string): string {
  return `${asciiName(p.g)}.${asciiName(p.s)}@${domain}`;
}
const ROLE_MAILS = ['support', 'billing', 'claims', 'privacy', 'helpdesk', 'noreply', 'hr', 'sales', 'care', 'reservations'];
const COMPANY_DOMAINS = ['northwind-mutual.com', 'lumentel.net', 'brightcart.shop', 'calderabank.eu', 'meridian-health.org', 'skylark-air.com', 'harborlets.co.uk', 'quillfinance.io', 'tessellate.dev', 'verdantstudy.edu'];

const dg = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng): string => String(r.int(1, 9));

/** A phone number written the way people in that country write it. */
function phone(r: Rng, cc: string): string {
  const x = r.int(0, 2);
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = r.pick(['212', '312', '415', '503', '614', '702', '737', '919', '206', '305', '404', '617', '720', '416', '604']);
      const b = `${r.int(2, 9)}${dg(r, 2)}`;
      const c = dg(r, 4);
      return [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`][r.int(0, 4)] ?? '';
    }
    case 'GB':
      return [`07${dg(r, 3)} ${dg(r, 6)}`, `+44 7${dg(r, 3)} ${dg(r, 6)}`, `020 7${dg(r, 3)} ${dg(r, 4)}`, `0113 ${r.int(2, 9)}${dg(r, 2)} ${dg(r, 4)}`][r.int(0, 3)] ?? '';
    case 'IE':
      return x === 0 ? `08${r.int(3, 7)} ${dg(r, 3)} ${dg(r, 4)}` : `+353 8${r.int(3, 7)} ${dg(r, 3)} ${dg(r, 4)}`;
    case 'AU':
      return x === 0 ? `04${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}` : `+61 4${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`;
    case 'DE':
      return [`+49 151 ${dg(r, 8)}`, `0171 ${dg(r, 7)}`, `030 ${nz(r)}${dg(r, 7)}`, `+49 (0)89 ${nz(r)}${dg(r, 6)}`][r.int(0, 3)] ?? '';
    case 'BE':
      return x === 0 ? `+32 4${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}` : `04${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`;
    case 'AT':
      return `+43 664 ${dg(r, 7)}`;
    case 'CH':
      return `+41 79 ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`;
    case 'FR': {
      const pr = `0${r.int(6, 7)}`;
      const g = [dg(r, 2), dg(r, 2), dg(r, 2), dg(r, 2)];
      return x === 0 ? `${pr} ${g.join(' ')}` : x === 1 ? `+33 ${pr.slice(1)} ${g.join(' ')}` : `${pr}.${g.join('.')}`;
    }
    case 'ES':
      return x === 0 ? `6${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}` : `+34 6${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`;
    case 'MX':
      return x === 0 ? `+52 55 ${dg(r, 4)} ${dg(r, 4)}` : `33 ${nz(r)}${dg(r, 3)} ${dg(r, 4)}`;
    case 'BR':
      return x === 0 ? `(11) 9${dg(r, 4)}-${dg(r, 4)}` : x === 1 ? `+55 21 9${dg(r, 4)}-${dg(r, 4)}` : `(31) 9${dg(r, 4)}${dg(r, 4)}`;
    case 'PT':
      return x === 0 ? `+351 91${r.int(1, 9)} ${dg(r, 3)} ${dg(r, 3)}` : `96${r.int(1, 9)} ${dg(r, 3)} ${dg(r, 3)}`;
    case 'IT':
      return x === 0 ? `+39 3${dg(r, 2)} ${dg(r, 3)} ${dg(r, 4)}` : `3${dg(r, 2)} ${dg(r, 7)}`;
    case 'NL':
      return x === 0 ? `06-${nz(r)}${dg(r, 7)}` : x === 1 ? `+31 6 ${nz(r)}${dg(r, 7)}` : `020 ${nz(r)}${dg(r, 2)} ${dg(r, 4)}`;
    case 'PL':
      return x === 0 ? `+48 ${r.int(5, 8)}${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}` : `${r.int(5, 8)}${dg(r, 2)}-${dg(r, 3)}-${dg(r, 3)}`;
    case 'TR':
      return x === 0 ? `0(5${dg(r, 2)}) ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}` : `+90 5${dg(r, 2)} ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`;
    case 'IN':
      return x === 0 ? `+91 ${r.int(7, 9)}${dg(r, 4)} ${dg(r, 5)}` : x === 1 ? `${r.int(7, 9)}${dg(r, 9)}` : `+91-98${dg(r, 3)}-${dg(r, 5)}`;
    case 'AE':
      return x === 0 ? `+971 50 ${dg(r, 3)} ${dg(r, 4)}` : `055 ${dg(r, 3)} ${dg(r, 4)}`;
    case 'SA':
      return x === 0 ? `+966 5${r.int(0, 9)} ${dg(r, 3)} ${dg(r, 4)}` : `05${r.int(0, 9)} ${dg(r, 3)} ${dg(r, 4)}`;
    case 'JP':
      return x === 0 ? `090-${dg(r, 4)}-${dg(r, 4)}` : x === 1 ? `03-${dg(r, 4)}-${dg(r, 4)}` : `+81 80 ${dg(r, 4)} ${dg(r, 4)}`;
    case 'KR':
      return x === 0 ? `010-${dg(r, 4)}-${dg(r, 4)}` : `+82 10 ${dg(r, 4)} ${dg(r, 4)}`;
    case 'CN':
      return x === 0 ? `1${r.int(3, 9)}${dg(r, 1)} ${dg(r, 4)} ${dg(r, 4)}` : `+86 13${dg(r, 9)}`;
    case 'VN':
      return x === 0 ? `09${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}` : `+84 9${dg(r, 1)} ${dg(r, 3)} ${dg(r, 4)}`;
    case 'ID':
      return x === 0 ? `0812-${dg(r, 4)}-${dg(r, 4)}` : `+62 813 ${dg(r, 4)} ${dg(r, 4)}`;
    case 'KE':
      return x === 0 ? `+254 7${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}` : `07${dg(r, 2)} ${dg(r, 6)}`;
    case 'NG':
      return x === 0 ? `080${r.int(2, 9)} ${dg(r, 3)} ${dg(r, 4)}` : `+234 803 ${dg(r, 3)} ${dg(r, 4)}`;
    default:
      return `+${r.int(30, 49)} ${dg(r, 3)} ${dg(r, 3)} ${dg(r, 3)}`;
  }
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A US number read aloud, as a speech-to-text transcript renders it. */
function spokenPhone(r: Rng): string {
  const w = (s: string): string => [...s].map((c) => (c === '0' && r.chance(0.3) ? 'oh' : DIGIT_WORDS[Number(c)] ?? c)).join(' ');
  return `${w(`${r.int(2, 9)}${dg(r, 2)}`)}, ${w(`${r.int(2, 9)}${dg(r, 2)}`)}, ${w(dg(r, 4))}`;
}
function spokenEmail(r: Rng, p: Person): string {
  const dom = r.pick(['gmail dot com', 'yahoo dot com', 'outlook dot com', 'icloud dot com', 'hotmail dot com']);
  const g = asciiName(p.g);
  const s = asciiName(p.s);
  return r.chance(0.5) ? `${g} dot ${s} at ${dom}` : `${g} underscore ${s} ${r.int(1, 9)} at ${dom}`;
}

// Cards ------------------------------------------------------------------------------------------------
function luhnComplete(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return body + String(c);
  return `${body}0`;
}
function cardDigits(r: Rng): string {
  const k = r.int(0, 9);
  if (k <= 3) return luhnComplete(`4${dg(r, 14)}`);
  if (k <= 5) return luhnComplete(r.chance(0.7) ? `5${r.int(1, 5)}${dg(r, 13)}` : `2${r.int(221, 720)}${dg(r, 11)}`);
  if (k === 6) return luhnComplete(`3${r.pick(['4', '7'])}${dg(r, 12)}`);
  if (k === 7) return luhnComplete(r.chance(0.5) ? `6011${dg(r, 11)}` : `65${dg(r, 13)}`);
  if (k === 8) return luhnComplete(r.chance(0.6) ? `35${r.int(28, 89)}${dg(r, 11)}` : `62${dg(r, 13)}`);
  return luhnComplete(`36${dg(r, 11)}`);
}
function groupCard(r: Rng, n: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  if (n.length === 14) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return (n.match(/.{1,4}/g) ?? [n]).join(sep);
}
function card(r: Rng): string {
  return groupCard(r, cardDigits(r));
}
/** Same shape as a card but failing Luhn. */
function badCard(r: Rng): string {
  const n = cardDigits(r);
  const last = (Number(n.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(r, n.slice(0, -1) + String(last));
}
const last4 = (r: Rng): string => dg(r, 4);

// IBANs ------------------------------------------------------------------------------------------------
const IBAN_BBAN: Record<string, string> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24',
  PT: 'n21', IE: 'a4n14', TR: 'n22', SA: 'n20', AE: 'n19', BR: 'n23a2', LU: 'n16', GR: 'n23', SE: 'n20', NO: 'n11',
  DK: 'n14', FI: 'n14',
};
const BANK_CODES: Record<string, string[]> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK'], IE: ['AIBK', 'BOFI'], NL: ['ABNA', 'RABO', 'INGB', 'TRIO', 'SNSB'],
};
function ibanRem(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}
function ibanCompact(r: Rng, cc: string): string {
  const pat = IBAN_BBAN[cc] ?? 'n18';
  let bban = '';
  for (const m of pat.matchAll(/([an])(\d+)/g)) {
    const n = Number(m[2]);
    if (m[1] === 'a') bban += n === 4 ? r.pick(BANK_CODES[cc] ?? ['ABCD']) : Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
    else bban += dg(r, n);
  }
  const check = String(98 - ibanRem(`${bban}${cc}00`)).padStart(2, '0');
  const out = `${cc}${check}${bban}`;
  if (IBAN_LENGTHS[cc] !== out.length || !ibanMod97Valid(out)) throw new Error(`bad IBAN generator for ${cc}`);
  return out;
}
function fmtIban(r: Rng, c: string): string {
  const x = r.int(0, 9);
  if (x <= 5) return (c.match(/.{1,4}/g) ?? [c]).join(' ');
  if (x === 9) return c.toLowerCase();
  return c;
}
function iban(r: Rng, cc: string): string {
  return fmtIban(r, ibanCompact(r, cc));
}
/** An IBAN-shaped string whose check digits are wrong. */
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const i = c.length - 1 - r.int(0, 5);
  const ch = c.charAt(i);
  const repl = /\d/.test(ch) ? String((Number(ch) + r.int(1, 9)) % 10) : ch === 'Z' ? 'Y' : 'Z';
  return fmtIban(r, c.slice(0, i) + repl + c.slice(i + 1));
}
const EU_IBAN = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'PT', 'IE', 'PL', 'GB', 'CH', 'LU', 'GR', 'SE', 'DK', 'FI', 'NO'];

// SSNs, IPs --------------------------------------------------------------------------------------------
function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = String(r.int(1, 99)).padStart(2, '0');
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const x = r.int(0, 9);
  return x <= 6 ? `${a}-${g}-${s}` : x <= 8 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}
function ipv4(r: Rng): string {
  const x = r.int(0, 5);
  if (x === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x === 1) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (x === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  let a = r.int(11, 223);
  if (a === 127) a = 128;
  return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const x = r.int(0, 3);
  if (x === 0) return `2001:db8:${h()}:${h()}::${h()}`;
  if (x === 1) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  if (x === 2) return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  return `2600:${h()}:${h()}::${h()}:${h()}`;
}
const ip = (r: Rng): string => (r.chance(0.75) ? ipv4(r) : ipv6(r));

// Dates ------------------------------------------------------------------------------------------------
const MONTHS: Record<string, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '),
  tr: 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(' '),
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
  sw: 'Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba'.split(' '),
};
interface Ymd {
  y: number;
  m: number;
  day: number;
}
const birth = (r: Rng): Ymd => ({ y: r.int(1941, 2006), m: r.int(1, 12), day: r.int(1, 28) });
const recent = (r: Rng): Ymd => ({ y: r.int(2024, 2026), m: r.int(1, 12), day: r.int(1, 28) });
const p2 = (n: number): string => String(n).padStart(2, '0');
const ord = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** A date as people in `loc` write it. */
function fmtDate(r: Rng, t: Ymd, loc: string): string {
  const mn = (l: string): string => MONTHS[l]?.[t.m - 1] ?? '';
  const x = r.int(0, 3);
  switch (loc) {
    case 'us':
      return [`${p2(t.m)}/${p2(t.day)}/${t.y}`, `${mn('en')} ${t.day}, ${t.y}`, `${t.m}/${t.day}/${String(t.y).slice(2)}`, `${mn('en').slice(0, 3)} ${t.day} ${t.y}`][x] ?? '';
    case 'gb':
      return [`${p2(t.day)}/${p2(t.m)}/${t.y}`, `${t.day} ${mn('en')} ${t.y}`, `${ord(t.day)} ${mn('en')} ${t.y}`, `${t.day} ${mn('en').slice(0, 3)} ${t.y}`][x] ?? '';
    case 'iso':
      return `${t.y}-${p2(t.m)}-${p2(t.day)}`;
    case 'de':
      return x <= 1 ? `${p2(t.day)}.${p2(t.m)}.${t.y}` : `${t.day}. ${mn('de')} ${t.y}`;
    case 'fr':
      return x <= 1 ? `${p2(t.day)}/${p2(t.m)}/${t.y}` : `${t.day === 1 ? '1er' : t.day} ${mn('fr')} ${t.y}`;
    case 'es':
      return x <= 1 ? `${p2(t.day)}/${p2(t.m)}/${t.y}` : `${t.day} de ${mn('es')} de ${t.y}`;
    case 'pt':
      return x <= 1 ? `${p2(t.day)}/${p2(t.m)}/${t.y}` : `${t.day} de ${mn('pt')} de ${t.y}`;
    case 'it':
      return x <= 1 ? `${p2(t.day)}/${p2(t.m)}/${t.y}` : `${t.day} ${mn('it')} ${t.y}`;
    case 'nl':
      return x <= 1 ? `${p2(t.day)}-${p2(t.m)}-${t.y}` : `${t.day} ${mn('nl')} ${t.y}`;
    case 'pl':
      return x <= 1 ? `${p2(t.day)}.${p2(t.m)}.${t.y}` : `${t.day} ${mn('pl')} ${t.y}`;
    case 'tr':
      return x <= 1 ? `${p2(t.day)}.${p2(t.m)}.${t.y}` : `${t.day} ${mn('tr')} ${t.y}`;
    case 'id':
      return x <= 1 ? `${p2(t.day)}-${p2(t.m)}-${t.y}` : `${t.day} ${mn('id')} ${t.y}`;
    case 'sw':
      return x <= 1 ? `${p2(t.day)}/${p2(t.m)}/${t.y}` : `${t.day} ${mn('sw')} ${t.y}`;
    case 'vi':
      return x <= 1 ? `${p2(t.day)}/${p2(t.m)}/${t.y}` : `${t.day} tháng ${t.m} năm ${t.y}`;
    case 'ja':
    case 'zh':
      return x <= 1 ? `${t.y}年${t.m}月${t.day}日` : `${t.y}/${p2(t.m)}/${p2(t.day)}`;
    case 'ko':
      return x <= 1 ? `${t.y}년 ${t.m}월 ${t.day}일` : `${t.y}.${p2(t.m)}.${p2(t.day)}`;
    case 'in':
      return x <= 1 ? `${p2(t.day)}-${p2(t.m)}-${t.y}` : `${ord(t.day)} ${mn('en')} ${t.y}`;
    default:
      return `${p2(t.day)}/${p2(t.m)}/${t.y}`;
  }
}
const dob = (r: Rng, loc: string): string => fmtDate(r, birth(r), loc);
const someDate = (r: Rng, loc: string): string => fmtDate(r, recent(r), loc);
const ORD_WORDS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(' ');
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
function twoDigitWords(n: number): string {
  if (n < 10) return `oh ${DIGIT_WORDS[n] ?? ''}`;
  if (n < 20) return TEENS[n - 10] ?? '';
  const u = n % 10;
  return u === 0 ? (TENS[Math.floor(n / 10)] ?? '') : `${TENS[Math.floor(n / 10)] ?? ''}-${DIGIT_WORDS[u] ?? ''}`;
}
/** A birth date read aloud ("march fourth nineteen eighty-seven"). */
function spokenDob(r: Rng): string {
  const t = birth(r);
  const day = t.day <= 20 ? (ORD_WORDS[t.day - 1] ?? '') : `twenty-${ORD_WORDS[t.day - 21] ?? ''}`;
  const year = t.y < 2000 ? `nineteen ${twoDigitWords(t.y - 1900)}` : `two thousand ${t.y === 2000 ? '' : DIGIT_WORDS[t.y - 2000] ?? ''}`.trim();
  return `${(MONTHS['en']?.[t.m - 1] ?? '').toLowerCase()} ${day} ${year}`;
}

// Addresses ------------------------------------------------------------------------------------------
const US_CITIES: readonly (readonly [string, string, string])[] = [
  ['Columbus', 'OH', '432'], ['Tucson', 'AZ', '857'], ['Raleigh', 'NC', '276'], ['Spokane', 'WA', '992'], ['Albany', 'NY', '122'],
  ['Madison', 'WI', '537'], ['Boise', 'ID', '837'], ['Savannah', 'GA', '314'], ['Dayton', 'OH', '454'], ['Fresno', 'CA', '937'],
  ['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Omaha', 'NE', '681'], ['Burlington', 'VT', '054'], ['Tulsa', 'OK', '741'],
];
const US_STREETS = ['Maple', 'Juniper', 'Birchwood', 'Orchard', 'Willow Creek', 'Lakeview', 'Hawthorne', 'Cedar Hollow', 'Ridgecrest', 'Sycamore', 'Foxglove', 'Quail Run', 'Lincoln', 'Jefferson', 'Martin Luther King Jr', 'Prospect', 'Elm'];
const US_SUFFIX = ['St', 'Ave', 'Dr', 'Rd', 'Ln', 'Blvd', 'Ct', 'Way', 'Street', 'Avenue', 'Drive'];
const GB_PLACES: readonly (readonly [string, string])[] = [['Leeds', 'LS6'], ['Bristol', 'BS7'], ['Manchester', 'M14'], ['Glasgow', 'G12'], ['Cardiff', 'CF24'], ['Norwich', 'NR2'], ['York', 'YO10'], ['Brighton', 'BN2'], ['Sheffield', 'S11']];
const GB_STREETS = ['Kestrel Road', 'Albion Terrace', 'Mill Lane', 'Cromwell Avenue', 'Hollybush Close', 'Station Road', 'Victoria Crescent', 'Tanners Row', 'Elmfield Grove'];
const PC_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const gbInward = (r: Rng): string => `${r.int(1, 9)}${PC_LETTERS.charAt(r.int(0, 19))}${PC_LETTERS.charAt(r.int(0, 19))}`;

/** A full postal address for country `cc`; `ml` asks for a multi-line layout where the country uses one. */
function address(r: Rng, cc: string, ml = false): string {
  const nl = ml ? '\n' : ', ';
  switch (cc) {
    case 'US': {
      const [city, st, z] = r.pick(US_CITIES);
      const unit = r.chance(0.35) ? `${r.pick(['Apt', 'Unit', 'Suite', '#'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : '';
      const street = `${r.int(12, 9870)} ${r.pick(['', 'N ', 'W ', 'S '])}${r.pick(US_STREETS)} ${r.pick(US_SUFFIX)}`;
      return ml ? `${street}${unit ? `\n${unit}` : ''}\n${city}, ${st} ${z}${dg(r, 2)}` : `${street}${unit ? ` ${unit}` : ''}, ${city}, ${st} ${z}${dg(r, 2)}`;
    }
    case 'CA':
      return `${r.int(10, 999)} ${r.pick(['Queen St W', 'Bloor St E', 'Rue Saint-Denis', 'Robson St'])}${r.chance(0.5) ? `, Unit ${r.int(100, 2400)}` : ''}${nl}${r.pick(['Toronto, ON M5H', 'Montréal, QC H2X', 'Vancouver, BC V6Z'])} ${r.int(1, 9)}${PC_LETTERS.charAt(r.int(0, 19))}${r.int(1, 9)}`;
    case 'GB': {
      const [city, out] = r.pick(GB_PLACES);
      const flat = r.chance(0.3) ? `Flat ${r.int(1, 12)}${nl}` : '';
      return `${flat}${r.int(1, 240)} ${r.pick(GB_STREETS)}${nl}${city}${ml ? '\n' : ' '}${out} ${gbInward(r)}`;
    }
    case 'IE':
      return `${r.int(1, 90)} ${r.pick(['Ashgrove Park', 'Seafield Road', 'Clonard Drive'])}${nl}${r.pick(['Dundrum, Dublin 14, D14 ', 'Ballsbridge, Dublin 4, D04 ', 'Douglas, Cork, T12 '])}${r.pick(['X2F3', 'K7P1', 'W9N6', 'HR40'])}`;
    case 'AU':
      return `${r.chance(0.4) ? `Unit ${r.int(1, 30)}, ` : ''}${r.int(1, 200)} ${r.pick(['Banksia Street', 'Wattle Avenue', 'Brunswick Road'])}${nl}${r.pick(['Fitzroy VIC 3065', 'Paddington NSW 2021', 'New Farm QLD 4005'])}`;
    case 'DE':
      return `${r.pick(['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Goethestraße', 'Bergstraße', 'Rosenweg', 'Schillerplatz', 'Hauptstr.'])} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}${nl}${r.pick(['10', '12', '20', '22', '80', '81', '50', '04', '79'])}${dg(r, 3)} ${r.pick(['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Freiburg im Breisgau'])}`;
    case 'AT':
      return `${r.pick(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse'])} ${r.int(1, 120)}/${r.int(1, 20)}${nl}${r.pick(['1060 Wien', '1030 Wien', '8010 Graz'])}`;
    case 'CH':
      return `${r.pick(['Bahnhofstrasse', 'Seefeldstrasse', 'Rue du Rhône'])} ${r.int(1, 90)}${nl}${r.pick(['8001 Zürich', '8008 Zürich', '1204 Genève', '3011 Bern'])}`;
    case 'FR':
      return `${r.int(1, 180)}${r.pick(['', ' bis'])} ${r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse des Lilas', 'allée des Cerisiers', 'chemin du Moulin', 'rue de la République'])}${ml && r.chance(0.5) ? `\nBât. ${r.pick(['A', 'B', 'C'])}` : ''}${nl}${r.pick(['69002 Lyon', '75011 Paris', '13006 Marseille', '31000 Toulouse', '44000 Nantes', '33800 Bordeaux', '67000 Strasbourg'])}`;
    case 'BE':
      return `${r.pick(['Rue Royale', 'Kerkstraat', 'Avenue Louise'])} ${r.int(1, 200)}${nl}${r.pick(['1000 Bruxelles', '2000 Antwerpen', '9000 Gent'])}`;
    case 'ES':
      return `${r.pick(['C/ Alcalá', 'Calle de la Sierra', 'Avda. de la Constitución', 'Calle Mayor', 'Paseo de Gràcia', 'C/ San Vicente Mártir'])} ${r.int(1, 220)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'izq.', 'dcha.'])}${nl}${r.pick(['28009 Madrid', '28014 Madrid', '41001 Sevilla', '08008 Barcelona', '46002 Valencia', '50001 Zaragoza'])}`;
    case 'MX':
      return `${r.pick(['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Chapultepec', 'Calle Hidalgo'])} ${r.int(10, 2400)}${r.chance(0.5) ? `, Int. ${r.int(1, 30)}` : ''}, ${r.pick(['Col. Del Valle, Benito Juárez, 03100 Ciudad de México, CDMX', 'Col. Americana, 44160 Guadalajara, Jal.', 'Col. Centro, 64000 Monterrey, N.L.'])}`;
    case 'BR':
      return `${r.pick(['Rua das Palmeiras', 'Av. Sete de Setembro', 'Rua Augusta', 'Rua Tiradentes', 'Av. Brasil'])}, ${r.int(10, 3000)}${r.chance(0.5) ? `, apto ${r.int(11, 1504)}` : ''} - ${r.pick(['Pinheiros, São Paulo - SP, 05422', 'Centro, Salvador - BA, 40060', 'Savassi, Belo Horizonte - MG, 30140', 'Boa Viagem, Recife - PE, 51020', 'Copacabana, Rio de Janeiro - RJ, 22070'])}-${dg(r, 3)}`;
    case 'PT':
      return `${r.pick(['Rua do Almada', 'Av. da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])} ${r.int(1, 300)}, ${r.int(1, 6)}.º ${r.pick(['Esq.', 'Dto.'])}${nl}${r.pick(['4050', '1250', '4000', '3000'])}-${dg(r, 3)} ${r.pick(['Porto', 'Lisboa', 'Coimbra'])}`;
    case 'IT':
      return `${r.pick(['Via Roma', 'Corso Vittorio Emanuele II', 'Piazza Garibaldi', 'Via dei Mille', 'Viale Monza', 'Via Toledo'])} ${r.int(1, 200)}${nl}${r.pick(['20121 Milano MI', '10121 Torino (TO)', '80142 Napoli', '00185 Roma RM', '40126 Bologna BO', '50123 Firenze'])}`;
    case 'NL':
      return `${r.pick(['Keizersgracht', 'Oudegracht', 'Witte de Withstraat', 'Lange Voorhout', 'Vondelstraat', 'Kerkstraat'])} ${r.int(1, 400)}${r.pick(['', '-2', 'A', ' hs'])}${nl}${r.int(1011, 3599)} ${PC_LETTERS.charAt(r.int(0, 19))}${PC_LETTERS.charAt(r.int(0, 19))} ${r.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag', 'Leiden'])}`;
    case 'PL':
      return `${r.pick(['ul. Lipowa', 'ul. Marszałkowska', 'al. Grunwaldzka', 'ul. Długa', 'ul. Piotrkowska'])} ${r.int(1, 150)}${r.chance(0.6) ? `/${r.int(1, 60)}` : ''}${nl}${r.pick(['31-5', '00-5', '80-2', '90-0', '50-3'])}${dg(r, 2)} ${r.pick(['Kraków', 'Warszawa', 'Gdańsk', 'Łódź', 'Wrocław'])}`;
    case 'TR':
      return `${r.pick(['Caferağa Mah. Moda Cad.', 'Kızılay Mah. Atatürk Blv.', 'Alsancak Mah. Kıbrıs Şehitleri Cad.', 'Bağdat Cad.'])} No: ${r.int(1, 220)} D: ${r.int(1, 30)}${nl}${r.pick(['34710 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])}`;
    case 'IN':
      return `${r.pick(['Flat 402, Sai Residency, 14th Cross', 'B-17, Sector 62', '12/3 Lake Road', 'H.No. 8-2-293, Road No. 12', 'C-104, Shanti Kunj, Link Road'])}, ${r.pick(['Indiranagar, Bengaluru 5600', 'Noida, Uttar Pradesh 2013', 'Ballygunge, Kolkata 7000', 'Banjara Hills, Hyderabad 5000', 'Malad West, Mumbai 4000'])}${dg(r, 2)}`;
    case 'AE':
      return r.chance(0.3) ? `P.O. Box ${r.int(1000, 99999)}, ${r.pick(['Dubai', 'Abu Dhabi', 'Sharjah'])}, UAE` : `${r.pick(['Villa', 'Apt'])} ${r.int(1, 2400)}, ${r.pick(['Street 14, Al Barsha 2', 'Marina Heights Tower, Dubai Marina', 'Al Wasl Road, Jumeirah 1'])}, Dubai${r.chance(0.5) ? ', UAE' : ''}`;
    case 'SA':
      return `${r.int(1000, 9999)} ${r.pick(['King Fahd Rd', 'Prince Sultan St', 'Olaya St'])}, ${r.pick(['Al Olaya, Riyadh 12214', 'Al Rawdah, Jeddah 23435', 'Al Khobar 34424'])}`;
    case 'JP':
      return r.chance(0.5)
        ? `〒${r.pick(['150-0002 東京都渋谷区渋谷', '530-0001 大阪府大阪市北区梅田', '060-0042 北海道札幌市中央区大通西', '460-0008 愛知県名古屋市中区栄'])}${r.int(1, 4)}-${r.int(1, 30)}-${r.int(1, 20)}${r.chance(0.5) ? ` ${r.pick(['グリーンハイツ', 'メゾン桜'])}${r.int(101, 905)}` : ''}`
        : `${r.int(1, 4)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Shibuya, Shibuya-ku, Tokyo 150-0002', 'Umeda, Kita-ku, Osaka 530-0001', 'Sakae, Naka-ku, Nagoya 460-0008'])}`;
    case 'KR':
      return r.chance(0.6)
        ? `${r.pick(['서울특별시 강남구 테헤란로', '서울특별시 마포구 월드컵북로', '부산광역시 해운대구 센텀중앙로'])} ${r.int(1, 400)}, ${r.int(101, 112)}동 ${r.int(101, 2304)}호`
        : `${r.int(1, 400)} ${r.pick(['Teheran-ro, Gangnam-gu, Seoul 06', 'Worldcup buk-ro, Mapo-gu, Seoul 03'])}${dg(r, 3)}`;
    case 'CN':
      return `${r.pick(['上海市浦东新区世纪大道', '北京市朝阳区建国路', '广州市天河区体育西路', '深圳市南山区科技园南路'])}${r.int(1, 300)}号${r.chance(0.6) ? `${r.int(1, 9)}栋${r.int(101, 2802)}室` : ''}`;
    case 'VN':
      return `${r.pick(['Số ', ''])}${r.int(1, 300)} ${r.pick(['Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', 'Lê Lợi, Phường Bến Thành, Quận 1, TP.HCM', 'Phố Huế, Quận Hai Bà Trưng, Hà Nội', 'Trần Phú, Quận Hải Châu, Đà Nẵng'])}`;
    case 'ID':
      return `Jl. ${r.pick(['Melati', 'Kenanga', 'Sudirman', 'Diponegoro', 'Cempaka Putih'])} No. ${r.int(1, 150)}, RT ${p2(r.int(1, 12))}/RW ${p2(r.int(1, 9))}, ${r.pick(['Kebayoran Baru, Jakarta Selatan 121', 'Coblong, Bandung 401', 'Gubeng, Surabaya 602'])}${dg(r, 2)}`;
    case 'KE':
      return r.chance(0.5) ? `P.O. Box ${r.int(100, 99999)}-00${r.pick(['100', '200', '506'])}, Nairobi` : `${r.pick(['Kindaruma Road', 'Ngong Road', 'Moi Avenue'])}, ${r.pick(['Kilimani', 'Westlands', 'Kileleshwa'])}, Nairobi${r.chance(0.5) ? ', Kenya' : ''}`;
    case 'NG':
      return `${r.chance(0.5) ? `Plot ${r.int(1, 90)}, ` : `${r.int(1, 90)} `}${r.pick(['Adeola Odeku Street, Victoria Island, Lagos', 'Aminu Kano Crescent, Wuse 2, Abuja', 'Awolowo Road, Ikoyi, Lagos', 'Ring Road, Ibadan, Oyo State'])}`;
    default:
      return address(r, 'US', ml);
  }
}

// ---------------------------------------------------------------------------------------------- chats

type Style = 'plain' | 'ts' | 'md' | 'json' | 'slack' | 'wa' | 'teams';
type Speaker = string | Part;

/** Renders user/assistant turns in one of the transcript layouts people export. */
class Chat {
  /** Seconds since midnight of the transcript clock. */
  #t: number;
  #first = true;
  constructor(
    readonly d: Doc,
    readonly r: Rng,
    readonly st: Style,
    readonly uLab: Speaker = 'User',
    readonly aLab: Speaker = 'Assistant',
  ) {
    this.#t = r.int(7 * 3600, 21 * 3600);
    if (st === 'json') d.t('[\n');
    if (st === 'wa') this.day = `${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/${r.int(2024, 2026)}`;
  }
  day = '';
  #clock(twelve = false, secs = false): string {
    this.#t = (this.#t + this.r.int(4, 190)) % 86400;
    const h = Math.floor(this.#t / 3600);
    const m = Math.floor(this.#t / 60) % 60;
    if (twelve) return `${((h + 11) % 12) + 1}:${p2(m)} ${h < 12 ? 'AM' : 'PM'}`;
    return `${p2(h)}:${p2(m)}${secs ? `:${p2(this.#t % 60)}` : ''}`;
  }
  #who(s: Speaker): void {
    if (typeof s === 'string') this.d.t(s);
    else this.d.p(s);
  }
  u(...parts: Part[]): this {
    return this.turn(this.uLab, 'user', parts);
  }
  a(...parts: Part[]): this {
    return this.turn(this.aLab, 'assistant', parts);
  }
  turn(lab: Speaker, role: string, parts: Part[]): this {
    const d = this.d;
    switch (this.st) {
      case 'plain':
        this.#who(lab);
        d.t(': ').p(...parts).t('\n');
        break;
      case 'ts':
        d.t(`[${this.#clock()}] `);
        this.#who(lab);
        d.t(': ').p(...parts).t('\n');
        break;
      case 'md':
        d.t('**');
        this.#who(lab);
        d.t(':** ').p(...parts).t('\n\n');
        break;
      case 'json':
        d.t(this.#first ? '  ' : ',\n  ').t(`{"role": "${role}", "content": "`).p(...parts).t('"}');
        break;
      case 'slack':
        this.#who(lab);
        d.t(`  ${this.#clock(true)}\n`).p(...parts).t('\n\n');
        break;
      case 'wa':
        d.t(`[${this.day}, ${this.#clock(false, true)}] `);
        this.#who(lab);
        d.t(': ').p(...parts).t('\n');
        break;
      case 'teams':
        this.#who(lab);
        d.t(`, ${this.#clock(true)}\n`).p(...parts).t('\n');
        break;
    }
    this.#first = false;
    return this;
  }
  end(): void {
    if (this.st === 'json') this.d.t('\n]\n');
  }
}

/** The session user's own full name (labelled PERSON and recorded in knownNames). */
const SELF = (v: string): Part => ['PERSON', `\u0000${v}`];
const BOTS = ['Assistant', 'AI', 'Nova', 'Helper Bot', 'Aria (virtual agent)', 'Sage', 'assistant', 'Bot'];
const USERS = ['User', 'Customer', 'customer', 'user', 'Client', 'Caller'];
const chatStyle = (r: Rng): Style => r.pick(['plain', 'plain', 'ts', 'ts', 'md', 'json']);
function chat(d: Doc, r: Rng, st: Style = chatStyle(r), u?: Speaker, a?: Speaker): Chat {
  return new Chat(d, r, st, u ?? r.pick(USERS), a ?? r.pick(BOTS));
}

// English-speaking contexts.
interface Ctx {
  readonly cc: string;
  readonly dl: string;
  readonly p: Person;
}
const EN_CC = ['US', 'US', 'US', 'US', 'GB', 'GB', 'CA', 'AU', 'IE', 'IN', 'NG', 'KE'];
const CC_CULT: Record<string, string[]> = {
  US: ['us', 'us', 'us', 'mx', 'in', 'cn', 'kr', 'ng', 'ie', 'il', 'ph', 'ru', 'ar', 'gr', 'vn', 'jp', 'pl', 'it', 'gh'],
  CA: ['us', 'fr', 'cn', 'in', 'ph', 'gb', 'kr'],
  GB: ['gb', 'gb', 'gb', 'in', 'pl', 'ng', 'gh', 'ie', 'ar', 'it', 'tr'],
  AU: ['gb', 'us', 'gr', 'vn', 'cn', 'it'],
  IE: ['ie', 'ie', 'pl', 'gb', 'br'],
  IN: ['in'],
  NG: ['ng'],
  KE: ['ke'],
};
const DATE_LOC: Record<string, string> = { US: 'us', CA: 'iso', GB: 'gb', AU: 'gb', IE: 'gb', IN: 'in', NG: 'gb', KE: 'gb' };
function enCtx(r: Rng, cc = r.pick(EN_CC)): Ctx {
  return { cc, dl: DATE_LOC[cc] ?? 'gb', p: person(r, r.pick(CC_CULT[cc] ?? ['us'])) };
}
const usCtx = (r: Rng): Ctx => enCtx(r, 'US');
const id8 = (r: Rng): string => Array.from({ length: 8 }, () => '0123456789abcdef'.charAt(r.int(0, 15))).join('');
const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => '0123456789abcdef'.charAt(r.int(0, 15))).join('');
const letters = (r: Rng, n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
const upper = (r: Rng, n: number): string => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.charAt(r.int(0, 31))).join('');
const sessionHeader = (d: Doc, r: Rng, self: string): void => {
  d.p(`session ${id8(r)}-${hex(r, 4)} · user: `, SELF(self), ` · ${r.pick(['web', 'ios', 'android', 'widget', 'api'])} · ${someDate(r, 'iso')}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}Z\n\n`);
};

// ---------------------------------------------------------------------------------------------- templates

interface Template {
  readonly id: string;
  readonly lang: string;
  readonly w: number;
  readonly fn: (d: Doc, r: Rng) => void;
}

const EN: Template[] = [
  {
    id: 'support-contact-update',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r);
      if (r.chance(0.6)) sessionHeader(d, r, c.p.full);
      const ch = chat(d, r);
      let casual = phone(r, c.cc);
      let formal = casual;
      if (c.cc === 'US' || c.cc === 'CA') {
        const a = r.pick(['312', '415', '503', '614', '919', '206', '720', '512', '646', '416']);
        const b = `${r.int(2, 9)}${dg(r, 2)}`;
        const e = dg(r, 4);
        casual = r.chance(0.5) ? `${a}${b}${e}` : `${a} ${b} ${e}`;
        formal = `(${a}) ${b}-${e}`;
      }
      const em = email(r, c.p);
      const at = em.indexOf('@');
      ch.u(r.pick(['hey', 'hi', 'hello', 'hii']), ' i got a new phone so need to change my number on the account')
        .a('Sure, I can help with that. What is the new number?')
        .u(P(casual));
      if (r.chance(0.4)) {
        ch.a('Thanks. Which email should receipts go to?')
          .u(`its ${em.slice(0, at)}`)
          .u(`${em.slice(at)} sorry`)
          .a('Got it: ', E(em), '.');
      } else {
        ch.a('Thanks. And is ', E(em), ' still the best email for receipts?').u(r.pick(['yep', 'yes thats fine', 'ya', 'correct']));
      }
      ch.a('Done! Your mobile number is now ', P(formal), `. Reference ${upper(r, 3)}-${dg(r, 6)}. Anything else, `, N(c.p.g), '?');
      ch.end();
    },
  },
  {
    id: 'bank-iban-payee',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r, r.pick(['GB', 'IE', 'US']));
      const payee = person(r, r.pick(['de', 'fr', 'es', 'it', 'nl', 'pl', 'pt']));
      const cc = r.pick(EU_IBAN);
      const compact = ibanCompact(r, cc);
      const casual = r.chance(0.5) ? compact.toLowerCase() : compact;
      const formal = (compact.match(/.{1,4}/g) ?? []).join(' ');
      const ch = chat(d, r);
      ch.u('need to add a new payee for rent, my landlord is ', N(payee.full.toLowerCase()), ' in ', r.pick(['germany', 'spain', 'the netherlands', 'france', 'portugal']))
        .a('Of course. Please share the recipient IBAN.')
        .u(I(casual), r.chance(0.5) ? ' thats it' : '')
        .a('Thank you. To confirm, I will add ', N(payee.full), ' with IBAN ', I(formal), ` as a payee. The first transfer may take 1-2 business days. BIC ${letters(r, 4)}${cc}${letters(r, 2)} was detected automatically.`)
        .u('ok go ahead, thanks. ', N(nameForm(r, c.p)));
      ch.end();
    },
  },
  {
    id: 'bank-card-pieces',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r);
      const cd = cardDigits(r);
      const ch = chat(d, r, r.pick(['plain', 'ts', 'md']));
      sessionHeader(d, r, c.p.full);
      ch.u('someone used my card at a petrol station i dont recognise')
        .a("I'm sorry to hear that. Could you give me the card number so I can freeze it?")
        .u(`${cd.slice(0, 8)}`)
        .u(`${cd.slice(8)} sorry it sent early`)
        .a('No problem. Just to be sure, the full number is ', C(groupCard(r, cd)), '?')
        .u('yes')
        .a(`The card ending ${cd.slice(-4)} is now frozen. A replacement will go to the address on file. Dispute case DSP-${dg(r, 7)} opened on ${someDate(r, c.dl)}.`);
      ch.end();
    },
  },
  {
    id: 'insurance-fnol',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r, r.pick(['US', 'US', 'GB', 'CA', 'AU']));
      const other = person(r);
      const ch = chat(d, r);
      ch.u('i need to report an accident. rear ended at a light this morning')
        .a("I'm sorry — are you safe? I'll open a claim. Policy holder's full name and date of birth please.")
        .u(SELF(c.p.full), ', ', B(dob(r, c.dl)))
        .a(`Thanks. Policy ${upper(r, 2)}-${dg(r, 8)} found. What's the best number to reach you?`)
        .u(P(phone(r, c.cc)))
        .a('And the other driver?')
        .u('his name was ', N(r.chance(0.5) ? other.full : other.s), ' he gave me his number ', P(phone(r, c.cc)), ` plate ${upper(r, 3)} ${dg(r, 4)}`)
        .a(`Claim CLM-${dg(r, 9)} created. An adjuster will call within 24 hours. Your ${r.pick(['Ford Escape', 'Toyota Corolla', 'Honda Civic', 'Tesla Model 3'])} can go to any partner body shop.`);
      ch.end();
    },
  },
  {
    id: 'health-appointment',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r, r.pick(['US', 'US', 'GB', 'AU', 'CA', 'IN']));
      const doc = person(r);
      const ch = chat(d, r);
      ch.u('can i book a follow up with ', r.chance(0.5) ? 'dr ' : 'Dr. ', N(doc.s), ' about my ', r.pick(["Hashimoto's", "Crohn's", 'migraines', "Graves' disease", 'knee']))
        .a('I can help with that. For verification, please give your full name and date of birth.')
        .u(N(c.p.full.toLowerCase()), ' dob ', B(dob(r, c.dl)))
        .a(`Thank you. The next opening is ${someDate(r, c.dl)} at ${r.int(8, 16)}:${r.pick(['00', '15', '30', '45'])}. Shall I text the confirmation to the number ending ${last4(r)}?`)
        .u('no send it to ', P(phone(r, c.cc)), ' instead')
        .a(`Booked. Member ID ${upper(r, 3)}${dg(r, 9)} is on file. Please arrive 10 minutes early at the ${r.pick(['Wexner', 'Mayo', 'Kellogg'])} building, 3rd floor.`);
      ch.end();
    },
  },
  {
    id: 'telecom-sim-swap',
    lang: 'en',
    w: 3,
    fn: (d, r) => {
      const c = usCtx(r);
      const ch = chat(d, r);
      sessionHeader(d, r, c.p.full);
      const s = ssn(r);
      ch.u('my phone says no sim, i think someone ported my number??')
        .a('That sounds urgent. I need to verify you. Please provide the last 4 of your SSN.')
        .u(`${s.slice(-4)}`)
        .a('Thanks. For a SIM change I also need your full SSN and the account number.')
        .u(S(s), ` acct ${dg(r, 9)}-${dg(r, 5)}`)
        .a('Verified. The affected line is ', P(phone(r, 'US')), `. A port-out was requested yesterday from a device at `, IPL(ip(r)), '. I have locked the account and added a port-out PIN.')
        .u('thank god. masked one in the email was ***-***-', `${last4(r)} is that mine`)
        .a('Yes, that is your line. You will receive a new eSIM QR code by email.');
      ch.end();
    },
  },
  {
    id: 'travel-booking',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r);
      const pax = [c.p, person(r, c.p.c), person(r)];
      const ch = chat(d, r);
      ch.u(`booking for 3 to ${r.pick(['Lisbon', 'Denver', 'Marrakesh', 'Bali', 'Reykjavik', 'Cancún'])} on ${someDate(r, c.dl)}. names: `, SELF(pax[0]?.full ?? ''), ', ', N(pax[1]?.full ?? ''), ' and ', N(pax[2]?.full ?? ''))
        .a('Lovely! I need each passenger\u2019s date of birth as on the passport.')
        .u('me ', B(dob(r, c.dl)), ', ', N(pax[1]?.g ?? ''), ' ', B(dob(r, c.dl)), ' and ', N(pax[2]?.g ?? ''), ' is ', B(dob(r, c.dl)))
        .a(`Thanks. Fare held under PNR ${upper(r, 6)} until 23:59. Where should I send the e-tickets?`)
        .u(E(email(r, c.p)))
        .a(`Sent. Passport numbers can be added later in Manage Booking (format ${upper(r, 1)}${dg(r, 8)}).`);
      ch.end();
    },
  },
  {
    id: 'ecom-order-tool',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r);
      const ord = `${r.int(100, 999)}-${dg(r, 7)}-${dg(r, 7)}`;
      d.t(`{"type": "tool_call", "name": "orders.lookup", "arguments": {"order_id": "${ord}"}}\n`);
      d.p('{"type": "tool_result", "content": {"order_id": "', ord, '", "customer": {"name": "', SELF(c.p.full), '", "email": "', E(email(r, c.p)), '", "phone": "', P(phone(r, c.cc)), '"}, "shipping_address": "', A(address(r, c.cc)), `", "payment": {"brand": "${r.pick(['visa', 'mastercard', 'amex'])}", "last4": "${last4(r)}"}, "status": "${r.pick(['shipped', 'processing', 'delivered'])}", "tracking": "1Z${upper(r, 6)}${dg(r, 10)}"}}\n`);
      d.p('assistant: Good news, ', N(c.p.g), ` — your order is ${r.pick(['on its way', 'with the courier', 'out for delivery'])}. Tracking is live.\n`);
    },
  },
  {
    id: 'hr-onboarding',
    lang: 'en',
    w: 3,
    fn: (d, r) => {
      const c = usCtx(r);
      const ch = chat(d, r, r.pick(['plain', 'md', 'ts']), r.pick(['New hire', 'Employee', 'user']), r.pick(['HR Assistant', 'PeopleBot', 'Assistant']));
      const acct = dg(r, 10);
      ch.u('hi starting monday, the form wants a bunch of stuff for payroll')
        .a('Welcome aboard! Let us fill in your W-4 and direct deposit. Legal name?')
        .u(SELF(c.p.full))
        .a('Social Security number?')
        .u(S(ssn(r)))
        .a('Home address?')
        .u(A(address(r, 'US')))
        .a('Direct deposit: routing number and account number?')
        .u(`routing ${r.pick(['021000021', '122105155', '071000013', '011401533'])} acct ${acct}`)
        .a(`Saved. Employer EIN ${r.int(10, 99)}-${dg(r, 7)} will appear on your pay stub. Your manager `, N(person(r).full), ' will meet you at 9:00.');
      ch.end();
    },
  },
  {
    id: 'realestate-application',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = usCtx(r);
      const ref = person(r);
      d.p(`## Rental application — unit ${r.int(1, 9)}${r.pick(['A', 'B', 'C'])}\n\n`, '**Applicant:** ', SELF(c.p.full), '\n', '**DOB:** ', B(dob(r, 'us')), '\n');
      d.p('**Current address:** ', A(address(r, 'US')), '\n', `**Years at address:** ${r.int(1, 9)}\n`, '**Previous address:**\n', A(address(r, 'US', true)), '\n');
      d.p('**Phone:** ', P(phone(r, 'US')), '  \n**Email:** ', E(email(r, c.p)), '\n', '**SSN (for credit check):** ', S(ssn(r)), '\n');
      d.p(`**Monthly income:** $${r.int(3, 12)},${dg(r, 3)}\n**Landlord reference:** `, N(ref.full), ', ', P(phone(r, 'US')), '\n\n');
      d.t(`_Agent note: application fee $${r.int(25, 60)} paid ${someDate(r, 'us')}. Screening via TransUnion SmartMove._\n`);
    },
  },
  {
    id: 'education-enrollment',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = enCtx(r, r.pick(['US', 'GB', 'AU', 'IN', 'KE', 'NG']));
      const kid = person(r, c.p.c);
      const ch = chat(d, r);
      ch.u(`hello im enrolling my ${r.pick(['son', 'daughter'])} for the fall term`)
        .a("Wonderful! What is the student's full name and date of birth?")
        .u(N(`${kid.g} ${c.p.s}`), ', born ', B(dob(r, c.dl)))
        .a('And the parent or guardian contact details?')
        .u('me, ', SELF(c.p.full), ' ', P(phone(r, c.cc)), ' ', E(email(r, c.p)))
        .a(`Thank you. Student number S${dg(r, 7)} has been reserved. Orientation is on ${someDate(r, c.dl)} in the Carnegie Hall auditorium.`);
      ch.end();
    },
  },
];

EN.push(
  {
    id: 'coding-agent-logs',
    lang: 'en',
    w: 3,
    fn: (d, r) => {
      const dev = person(r);
      const cust = person(r);
      const ch = chat(d, r, r.pick(['plain', 'md']), r.pick(['user', 'dev', 'You']), r.pick(['Agent', 'Claude', 'Copilot', 'assistant']));
      ch.u(`the webhook handler keeps 500ing after we bumped express to ${r.int(4, 5)}.${r.int(0, 21)}.${r.int(0, 9)}, logs below`);
      d.t('```\n').p(`${someDate(r, 'iso')}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}.${dg(r, 3)}Z ERROR req_id=${hex(r, 12)} src=`, IPL(ipv4(r)), `:${r.int(1024, 65000)} user=`, E(email(r, cust)), ' TypeError: Cannot read properties of undefined (reading \'address\')\n');
      d.p(`    at normalizeCustomer (src/hooks/stripe.ts:${r.int(20, 300)}:${r.int(5, 40)})\n${someDate(r, 'iso')}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:01Z WARN retry 3/5 upstream=[`, IPL(ipv6(r)), `]:443 sha=${hex(r, 40)}\n\`\`\`\n`);
      ch.a(`The payload from the fixture uses \`billing_details\` instead of \`address\`. In v${r.int(2, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(1, 99)} of the SDK the field moved. Patch:`);
      d.t('```ts\nconst addr = evt.data.object.billing_details?.address ?? null;\n```\n');
      ch.u('cool. also the seed file still has real-looking data from ', N(r.chance(0.5) ? dev.full : dev.g), "'s test, is that a problem?");
      ch.a('Yes — `fixtures/customers.json` contains `', E(email(r, cust)), '` and the phone `', P(phone(r, 'US')), '`. I suggest replacing them with example.com addresses before committing.');
      ch.end();
    },
  },
  {
    id: 'coding-sql-result',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      d.t(`> run: SELECT id, full_name, email, phone, dob, last_login_ip FROM users WHERE created_at > '${someDate(r, 'iso')}' LIMIT ${r.int(3, 5)};\n\n`);
      d.t('| id | full_name | email | phone | dob | last_login_ip |\n|---|---|---|---|---|---|\n');
      const n = r.int(3, 5);
      for (let i = 0; i < n; i++) {
        const cc = r.pick(['US', 'GB', 'DE', 'BR', 'IN', 'FR']);
        const p = person(r);
        d.p(`| ${r.int(1000, 99999)} | `, N(p.full), ' | ', E(email(r, p)), ' | ', P(phone(r, cc)), ' | ', B(fmtDate(r, birth(r), 'iso')), ' | ', IPL(ip(r)), ' |\n');
      }
      d.t(`\n(${n} rows, ${r.int(2, 90)} ms)\n\nassistant: The query works. Note that \`dob\` is stored as DATE and \`last_login_ip\` as INET (Postgres ${r.int(12, 17)}.${r.int(1, 9)}). Consider masking these columns in the analytics replica.\n`);
    },
  },
  {
    id: 'memory-file',
    lang: 'en',
    w: 3,
    fn: (d, r) => {
      const c = enCtx(r);
      const partner = person(r, c.p.c);
      d.t(r.pick(['# user_profile.md\n\n', '<!-- memory: user_profile.md -->\n', '### Memory — about the user\n\n']));
      d.p('name: ', SELF(c.p.full), '\n', 'preferred_name: ', N(c.p.g), '\n');
      if (r.chance(0.7)) d.p('email: ', E(email(r, c.p)), '\n');
      if (r.chance(0.7)) d.p('phone: ', P(phone(r, c.cc)), '\n');
      if (r.chance(0.6)) d.p('birthday: ', B(dob(r, c.dl)), '\n');
      if (r.chance(0.6)) d.p('home: ', A(address(r, c.cc)), '\n');
      d.t(`timezone: ${r.pick(['America/Chicago', 'Europe/London', 'Asia/Kolkata', 'Africa/Lagos', 'Australia/Melbourne'])}\n`);
      d.p('partner: ', N(partner.g), r.chance(0.5) ? ` (anniversary ${someDate(r, c.dl)})` : '', '\n');
      d.t(`dog: ${r.pick(['Biscuit', 'Luna', 'Winston', 'Pepper', 'Churchill'])} (birthday ${someDate(r, c.dl)})\n`);
      d.t(`notes:\n- prefers short answers, no emojis\n- works at ${r.pick(['Dell', 'Johnson & Johnson', 'Wells Fargo', 'a small bakery', 'Morgan Stanley'])} as ${r.pick(['analyst', 'nurse', 'teacher', 'engineer'])}\n- allergic to penicillin\n`);
    },
  },
  {
    id: 'handoff-note',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r);
      const agent = person(r);
      d.p(`HANDOFF → Tier 2 (${r.pick(['billing', 'fraud', 'retention', 'tech'])})\n`, 'Customer: ', SELF(c.p.full), ` | acct #${dg(r, 8)}\n`);
      d.p('Contact: ', P(phone(r, c.cc)), ' / ', E(email(r, c.p)), '\n');
      d.p(`Summary: customer was charged twice ($${r.int(20, 400)}.${dg(r, 2)}) on ${someDate(r, c.dl)}. Card on file ends ${last4(r)}. Verified via DOB (`, B(dob(r, c.dl)), ') and postcode.\n');
      d.p('Customer asked specifically for ', N(nameForm(r, agent)), ' who handled the previous case. Sentiment: frustrated. Do NOT offer the goodwill credit again.\n');
      d.t(`— generated by the agent at ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}, model v${r.int(1, 4)}.${r.int(0, 9)}\n`);
    },
  },
  {
    id: 'escalation-ticket',
    lang: 'en',
    w: 3,
    fn: (d, r) => {
      const c = usCtx(r);
      const rep = person(r);
      d.t(`Ticket ESC-${dg(r, 5)} · Priority: ${r.pick(['P1', 'P2', 'High'])} · Queue: Identity\n`);
      d.p('Reporter: ', N(rep.full), ' (', E(workEmail(r, rep, r.pick(COMPANY_DOMAINS))), ')\n');
      d.p('Affected customer: ', SELF(c.p.full), ', DOB ', B(dob(r, 'us')), ', SSN ', S(ssn(r)), '\n');
      d.p('Mailing address:\n', A(address(r, 'US', true)), '\n');
      d.p(`Description: Customer reports a tax return filed under their SSN. Login from `, IPL(ip(r)), ` on ${someDate(r, 'us')} was not theirs. Old SSN shown in portal as ***-**-${last4(r)}.\n`);
      d.t(`Labels: identity-theft, irs-form-14039, sla-${r.int(4, 48)}h\n`);
    },
  },
  {
    id: 'drafted-email',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r);
      const rec = person(r);
      d.p('Draft prepared by the assistant:\n\n', 'To: ', E(email(r, rec)), '\n', 'Cc: ', E(`${r.pick(ROLE_MAILS)}@${r.pick(COMPANY_DOMAINS)}`), '\n');
      d.t(`Subject: ${r.pick(['Deposit return', 'Reference request', 'Follow-up on our call', 'Invoice INV-' + dg(r, 5)])}\n\n`);
      d.p(r.pick(['Dear ', 'Hi ', 'Hello ']), r.chance(0.5) ? `${r.pick(['Mr.', 'Ms.', 'Dr.'])} ` : '', N(r.chance(0.5) ? rec.s : rec.g), ',\n\n');
      d.p(`Following our conversation on ${someDate(r, c.dl)}, please send the deposit to my account `, I(iban(r, r.pick(EU_IBAN))), '. If anything is unclear you can reach me on ', P(phone(r, c.cc)), '.\n\n');
      d.p('Kind regards,\n', SELF(c.p.full), '\n', A(address(r, c.cc, true)), '\n');
    },
  },
  {
    id: 'feedback-comments',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      d.t('csat_export.csv\nresponse_id,score,comment\n');
      const n = r.int(4, 7);
      for (let i = 0; i < n; i++) {
        const a = person(r);
        const x = r.int(0, 5);
        d.t(`${hex(r, 6)},${r.int(1, 5)},"`);
        if (x === 0) d.p(N(nameForm(r, a)), ' was super patient with me thank you!!');
        else if (x === 1) d.p('bot kept asking for my number even after i typed it twice ', P(phone(r, r.pick(EN_CC))));
        else if (x === 2) d.t(`the ${r.pick(['Hilton', 'Marriott', 'Ritz-Carlton'])} upgrade never showed up, order #${dg(r, 8)}`);
        else if (x === 3) d.p('please have ', N(a.full), ' call me back, ', E(email(r, a)), ' is better than phone');
        else if (x === 4) d.t(`fine. ${r.pick(['slow', 'ok', 'could be faster'])}`);
        else d.p('agent ', N(a.full.toUpperCase()), ' promised a refund on ', someDate(r, 'us'), ' still nothing');
        d.t('"\n');
      }
    },
  },
  {
    id: 'crm-function-call',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r);
      const q = r.chance(0.5) ? email(r, c.p) : phone(r, c.cc);
      d.p('assistant → function_call crm_search({"query": "', q.includes('@') ? E(q) : P(q), '"})\n');
      d.p(`function ← {"matches": 1, "record": {"crm_id": "0035${upper(r, 11)}", "first_name": "`, N(c.p.g), '", "last_name": "', N(c.p.s), '", "email": "', E(q.includes('@') ? q : email(r, c.p)), '", "mobile": "', P(q.includes('@') ? phone(r, c.cc) : q), '", "birthdate": "', B(fmtDate(r, birth(r), 'iso')), `", "tier": "${r.pick(['gold', 'silver', 'basic'])}", "owner": "`, N(person(r).full), '", "mailing_address": "', A(address(r, c.cc)), `", "created": "${someDate(r, 'iso')}"}}\n`);
      d.p('assistant: I found your profile, ', SELF(c.p.full), `. I see your ${r.pick(['subscription renews', 'warranty ends'])} on ${someDate(r, c.dl)}.\n`);
    },
  },
  {
    id: 'slack-export',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const a1 = person(r);
      const a2 = person(r);
      const cust = person(r);
      d.t(`#support-escalations — exported ${someDate(r, 'iso')}\n\n`);
      const ch = new Chat(d, r, 'slack', N(a1.full), N(a2.full));
      ch.u('anyone know why ', N(cust.full), "'s refund is stuck? the bot says it's waiting on bank details");
      ch.a('yeah the IBAN they gave failed validation: ', badIban(r, r.pick(EU_IBAN)), ' — asked them to resend');
      ch.u('they just replied in the ticket: ', I(iban(r, r.pick(EU_IBAN))), ' and said call ', P(phone(r, r.pick(['GB', 'IE', 'DE', 'NL']))), ' if needed');
      ch.a(`ok processing now. fyi @${asciiName(cust.g)} is their handle in the community, don't tag them`);
      ch.end();
    },
  },
  {
    id: 'teams-export',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const a1 = person(r);
      const a2 = person(r);
      const c = usCtx(r);
      const ch = new Chat(d, r, 'teams', N(`${a1.s}, ${a1.g}`), N(`${a2.s}, ${a2.g}`));
      ch.u('can you check the KYC for ', SELF(c.p.full), '? SSN entered as ', S(ssn(r)), ', DOB ', B(dob(r, 'us')));
      ch.a('SSN validates. Address mismatch though — bureau has ', A(address(r, 'US')), ' but they typed a PO box');
      ch.u(`ok I'll ask. case ${upper(r, 2)}${dg(r, 6)}`);
      ch.end();
    },
  },
  {
    id: 'whatsapp-export',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r, r.pick(['GB', 'IN', 'NG', 'KE', 'AU', 'IE']));
      const ch = new Chat(d, r, 'wa', SELF(c.p.full), r.pick(['BrightCart Support', 'Skylark Air', 'Lumentel']));
      ch.u('hi my parcel says delivered but nothing here');
      ch.a(`Hello! Sorry about that. Could you confirm the delivery address for order BC${dg(r, 9)}?`);
      ch.u(A(address(r, c.cc)));
      ch.a('Thanks, and a phone number the courier can call?');
      ch.u(P(phone(r, c.cc)), ' or my sister ', N(person(r, c.p.c).g), ' on ', P(phone(r, c.cc)));
      ch.a('Noted. The driver photo shows the parcel at a green door. We will investigate within 48h.');
      ch.end();
    },
  },
  {
    id: 'voice-asr',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = usCtx(r);
      d.t(`[call transcript · IVR → agent · ${r.int(3, 18)} min · asr-confidence 0.${r.int(80, 97)}]\n`);
      const ch = new Chat(d, r, 'ts', 'caller', 'agent');
      ch.u('yeah hi um my name is ', N(c.p.full.toLowerCase()), ' i am calling about my bill');
      ch.a('thanks for calling can you spell the email on the account');
      ch.u('sure its ', E(spokenEmail(r, c.p)));
      ch.a('and a callback number');
      ch.u(P(spokenPhone(r)));
      ch.a('and for security your date of birth');
      ch.u('its ', B(spokenDob(r)));
      ch.a(`perfect youre verified i see a late fee from ${(MONTHS['en']?.[r.int(0, 11)] ?? '').toLowerCase()} ill waive that`);
      ch.end();
    },
  },
  {
    id: 'login-alert',
    lang: 'en',
    w: 3,
    fn: (d, r) => {
      const c = enCtx(r);
      const ch = chat(d, r);
      ch.u('got an email about a new sign in from ', r.pick(['Frankfurt', 'São Paulo', 'Singapore', 'Ohio']), ' that wasnt me');
      ch.a('Let me check the sign-in history.');
      ch.a(`Tool result: 3 sessions — `, IPL(ip(r)), ` (${r.pick(['Chrome 131', 'Safari 18.1', 'Firefox 133'])}, trusted), `, IPL(ip(r)), ' (unknown, ', someDate(r, c.dl), '), ', IPL(ipv6(r)), ' (mobile app). I have signed out the unknown one.');
      ch.u('ok my wifi is ', IPL(`192.168.${r.int(0, 3)}.1`), ' if that matters lol');
      ch.a('Not needed, but thanks. Please change your password and enable 2FA.');
      ch.end();
    },
  },
  {
    id: 'fraud-investigation',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r);
      d.t(`FRAUD REVIEW ${upper(r, 3)}-${dg(r, 6)}\n`);
      d.p('Cardholder: ', SELF(c.p.full), '\n', 'PAN: ', C(card(r)), ` (exp ${p2(r.int(1, 12))}/${r.int(26, 31)})\n`);
      d.p('Billing address: ', A(address(r, c.cc)), '\n');
      d.p(`Txn ${someDate(r, 'iso')} ${r.pick(['USD', 'GBP', 'EUR'])} ${r.int(100, 3000)}.${dg(r, 2)} from `, IPL(ip(r)), ' — device fingerprint ', hex(r, 16), '\n');
      d.t(`Rejected attempts used ${badCard(r)} (fails Luhn) and ${badCard(r)}.\n`);
      d.p('Analyst: ', N(nameForm(r, person(r))), ` · decision: ${r.pick(['chargeback', 'block', 'monitor'])}\n`);
    },
  },
  {
    id: 'address-change-multiline',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r, r.pick(['US', 'GB', 'GB', 'AU', 'CA', 'IE']));
      const ch = chat(d, r, r.pick(['plain', 'md', 'ts']));
      ch.u('moving next week, can you update my address');
      ch.a('Of course. What is the new address?');
      ch.u(A(address(r, c.cc, true)));
      ch.a('Got it. And the old one, so I can remove it?');
      ch.u(A(address(r, c.cc)));
      ch.a('All updated. Letters will go to ', N(c.p.full), ' at the new address from the next billing cycle.');
      ch.end();
    },
  },
  {
    id: 'payment-tool-args',
    lang: 'en',
    w: 3,
    fn: (d, r) => {
      const c = enCtx(r);
      const cn = card(r);
      d.p('user: charge my card for the annual plan, ', C(cn), ` exp ${p2(r.int(1, 12))}/${r.int(26, 30)} cvc ${dg(r, 3)}\n`);
      d.p(`assistant tool_call: payments.create_charge({"amount": ${r.int(49, 399)}00, "currency": "usd", "card_number": "`, C(cn.replace(/[ -]/g, '')), '", "cardholder": "', SELF(c.p.full), `", "idempotency_key": "${hex(r, 32)}"})\n`);
      d.t(`tool_result: {"id": "ch_${upper(r, 24)}", "status": "succeeded", "last4": "${cn.slice(-4)}"}\n`);
      d.t('assistant: Payment received. For your safety, please avoid pasting full card numbers in chat next time.\n');
    },
  },
  {
    id: 'kyc-verification',
    lang: 'en',
    w: 3,
    fn: (d, r) => {
      const c = usCtx(r);
      d.t(`{"event": "kyc.submitted", "applicant_id": "app_${hex(r, 10)}", "data": {`);
      d.p('"legal_name": "', SELF(c.p.full), '", "dob": "', B(fmtDate(r, birth(r), r.pick(['iso', 'us']))), '", "ssn": "', S(ssn(r)), '", "address": "', A(address(r, 'US')), '", "phone": "', P(phone(r, 'US')), '", "ip": "', IPL(ip(r)), `", "document": {"type": "drivers_license", "number": "${upper(r, 1)}${dg(r, 7)}", "state": "${r.pick(['OH', 'TX', 'CA'])}"}}}\n`);
      d.t(`assistant: Thanks — your identity check is ${r.pick(['in review', 'approved', 'pending a selfie'])}. Document expiry ${someDate(r, 'us')} noted.\n`);
    },
  },
  {
    id: 'medical-intake-summary',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r, r.pick(['US', 'GB', 'AU', 'CA', 'IN']));
      const ec = person(r, c.p.c);
      d.t('Pre-visit summary (generated by intake assistant)\n');
      d.p('Patient: ', SELF(c.p.full), ' · DOB ', B(dob(r, c.dl)), ` · MRN ${dg(r, 8)}\n`);
      d.t(`Chief complaint: ${r.pick(["worsening tremor, family history of Parkinson's", 'rash after starting amoxicillin', "fatigue, suspected Addison's disease", 'chest tightness on exertion'])}\n`);
      d.p('Emergency contact: ', N(ec.full), ` (${r.pick(['spouse', 'mother', 'brother', 'daughter'])}) `, P(phone(r, c.cc)), '\n');
      d.p('Referring physician: Dr ', N(person(r).s), `, ${r.pick(['St. Jude', 'Mount Sinai', 'Johns Hopkins'])} clinic\n`);
      d.t(`Next review: ${someDate(r, c.dl)}. Vaccination (Pfizer-BioNTech) ${someDate(r, c.dl)}.\n`);
    },
  },
  {
    id: 'pharmacy-refill',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = usCtx(r);
      const ch = chat(d, r);
      ch.u(`need a refill on my ${r.pick(['lisinopril', 'metformin', 'sertraline', 'levothyroxine'])} rx ${dg(r, 7)}`);
      ch.a('I can request that. Patient name and date of birth?');
      ch.u(N(r.chance(0.5) ? c.p.full.toLowerCase() : c.p.full), ' ', B(dob(r, 'us')));
      ch.a('Found it. Prescribed by Dr. ', N(person(r).full), '. Pickup at the store on ', `${r.pick(['Elm', 'Main', 'Washington'])} St or delivery to `, A(address(r, 'US')), '?');
      ch.u('delivery pls');
      ch.end();
    },
  },
  {
    id: 'tax-dependents',
    lang: 'en',
    w: 3,
    fn: (d, r) => {
      const c = usCtx(r);
      const sp = person(r, c.p.c);
      const k1 = person(r, c.p.c);
      const ch = chat(d, r, r.pick(['plain', 'md']));
      ch.u("filing jointly this year. spouse is ", N(`${sp.g} ${c.p.s}`), ' ssn ', S(ssn(r)), ' born ', B(dob(r, 'us')));
      ch.a('Got it. Any dependents?');
      ch.u('one, ', N(k1.g), ', ssn ', S(ssn(r)), ' dob ', B(dob(r, 'us')));
      ch.a(`Thanks. I have added both. Your AGI from the ${r.int(2023, 2025)} return and the IRS PIN (${dg(r, 6)}) are needed to e-file. Routing number ${r.pick(['021000021', '111000025'])} is for your refund.`);
      ch.end();
    },
  },
);

EN.push(
  {
    id: 'loan-json',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = usCtx(r);
      const co = person(r);
      d.t('```json\n{\n  "application": {\n');
      d.p('    "borrower": {"name": "', SELF(c.p.full), '", "ssn": "', S(ssn(r)), '", "dob": "', B(fmtDate(r, birth(r), 'us')), '"},\n');
      d.p('    "co_borrower": {"name": "', N(co.full), '", "ssn": "', S(ssn(r)), '", "dob": "', B(fmtDate(r, birth(r), 'iso')), '"},\n');
      d.p('    "property": "', A(address(r, 'US')), `",\n    "loan_amount": ${r.int(120, 900)}000,\n    "rate_lock_expires": "${someDate(r, 'iso')}",\n    "nmls_id": "${dg(r, 6)}"\n  }\n}\n\`\`\`\n`);
      d.t('assistant: I have pre-filled the Fannie Mae 1003 form from this JSON. Please double-check the co-borrower details.\n');
    },
  },
  {
    id: 'car-insurance-quote',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = enCtx(r, r.pick(['US', 'GB', 'CA', 'AU']));
      const ch = chat(d, r);
      ch.u(`quote for a ${r.int(2012, 2024)} ${r.pick(['Mercedes-Benz C300', 'Ford Mustang', 'Porsche Macan', 'Chevrolet Bolt', 'Lincoln Navigator'])} pls`);
      ch.a(`Happy to. VIN ${upper(r, 17)} decoded. Main driver's name, date of birth and garaging address?`);
      ch.u(N(c.p.full), ' ', B(dob(r, c.dl)), ' ', A(address(r, c.cc)));
      ch.a(`Thanks ${''}`, N(c.p.g), `. Your quote is ${r.int(60, 240)}.${dg(r, 2)}/month. Quote ref Q-${dg(r, 8)} valid until ${someDate(r, c.dl)}.`);
      ch.end();
    },
  },
  {
    id: 'hotel-modify',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r);
      const g2 = person(r);
      const ch = chat(d, r);
      ch.u(`can u add a second guest to conf ${upper(r, 2)}${dg(r, 8)}, name `, N(g2.full.toLowerCase()));
      ch.a(`Done. The reservation at the ${r.pick(['Hilton Garden Inn', 'Ritz-Carlton', 'Four Seasons', 'Marriott Marquis'])} now lists `, N(c.p.full), ' and ', N(g2.full), '. Would you like to keep the card ending in ', `${last4(r)} on file?`);
      ch.u('no use this one ', C(card(r)));
      ch.a(`Updated. Check-in ${someDate(r, c.dl)}, room type King Deluxe, floor ${r.int(3, 30)}.`);
      ch.end();
    },
  },
  {
    id: 'airline-rebook',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = enCtx(r);
      const ch = chat(d, r, r.pick(['ts', 'plain']), 'passenger', r.pick(['Skylark Air Assistant', 'Agent']));
      ch.u(`flight ${upper(r, 2)}${r.int(10, 2999)} cancelled. rebook me. booking ref ${upper(r, 6)}`);
      ch.a('I am sorry for the disruption. Could you confirm the lead passenger surname?');
      ch.u(N(c.p.s.toUpperCase()));
      ch.a('Thank you, ', r.pick(['Mr ', 'Ms ', 'Mx ', '']), N(c.p.s), `. I can offer ${someDate(r, c.dl)} at ${p2(r.int(5, 22))}:${r.pick(['05', '40', '55'])}, seat ${r.int(3, 40)}${r.pick(['A', 'C', 'F'])}. Frequent flyer ${dg(r, 9)} will earn miles.`);
      ch.u('ok and send confirmation to ', E(email(r, c.p)), ' and text ', P(phone(r, c.cc)));
      ch.end();
    },
  },
  {
    id: 'it-helpdesk-vpn',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const emp = person(r);
      const ch = chat(d, r, r.pick(['plain', 'ts', 'md']), r.pick(['employee', 'user']), 'ITBot');
      ch.u(`vpn drops every 10 min, client ${r.pick(['GlobalProtect', 'AnyConnect', 'WireGuard'])} ${r.int(5, 6)}.${r.int(0, 3)}.${r.int(0, 9)}`);
      ch.a('Please share your username and the IP shown under Connection Details.');
      ch.u(`${asciiName(emp.g)}.${asciiName(emp.s)} / `, IPL(ipv4(r)), ', gateway says ', IPL(ipv4(r)));
      ch.a('Thanks ', N(emp.g), '. The tunnel falls back to IPv6 ', IPL(ipv6(r)), ' which is blocked. I pushed a profile fix. Ticket INC', dg(r, 7), ' assigned to ', N(person(r).full), '.');
      ch.end();
    },
  },
  {
    id: 'agent-summary-markdown',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r);
      d.t(`### Conversation summary (${someDate(r, 'iso')})\n\n`);
      d.p('- **Customer:** ', SELF(c.p.full), r.chance(0.5) ? ` (prefers "${c.p.g}")` : '', '\n');
      d.p('- **Intent:** cancel subscription; retention offer declined\n- **Verified with:** DOB ', B(dob(r, c.dl)), ' and e-mail ', E(email(r, c.p)), '\n');
      d.p('- **Refund to:** ', r.chance(0.5) ? I(iban(r, r.pick(EU_IBAN))) : C(card(r)), '\n');
      d.t(`- **Follow-up:** ${someDate(r, c.dl)}, owner: billing team\n- **Sentiment:** ${r.pick(['neutral', 'negative', 'positive'])}\n`);
    },
  },
  {
    id: 'contacts-csv',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      d.t('The agent exported these contacts from the CRM:\n\nname,email,phone,city\n');
      const n = r.int(3, 6);
      for (let i = 0; i < n; i++) {
        const cc = r.pick(EN_CC);
        const p = person(r, r.pick(CC_CULT[cc] ?? ['us']));
        d.p(N(p.full), ',', E(email(r, p)), ',', P(phone(r, cc)), `,${r.pick(['Leeds', 'Austin', 'Pune', 'Lagos', 'Cork', 'Perth', 'Toronto'])}\n`);
      }
    },
  },
  {
    id: 'app-logs',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      d.t('assistant: Here are the relevant lines from `auth.log`:\n\n');
      const n = r.int(4, 7);
      for (let i = 0; i < n; i++) {
        const ts = `${someDate(r, 'iso')} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}`;
        const x = r.int(0, 3);
        if (x === 0) d.p(`${ts} INFO login ok user=`, E(email(r)), ' ip=', IPL(ipv4(r)), '\n');
        else if (x === 1) d.p(`${ts} WARN failed password for ${r.pick(['root', 'admin', 'deploy'])} from `, IPL(ip(r)), ` port ${r.int(1024, 65535)} ssh2\n`);
        else if (x === 2) d.t(`${ts} INFO build ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 99)}.${r.int(0, 9999)} deployed sha=${hex(r, 7)}\n`);
        else d.p(`${ts} INFO password reset sent to `, E(email(r)), '\n');
      }
      d.t('\nThe failed SSH attempts come from a scanner; consider fail2ban.\n');
    },
  },
  {
    id: 'eval-feedback-json',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = enCtx(r);
      d.p(`{"trace_id": "${hex(r, 32)}", "rating": "${r.pick(['thumbs_down', 'thumbs_up'])}", "feedback": "the assistant wrote my address wrong, its `, A(address(r, c.cc)), ` not what it said", "reviewer": "`, N(person(r).full), `", "labels": ["hallucination", "pii"], "model": "agent-v${r.int(2, 7)}"}\n`);
    },
  },
  {
    id: 'wire-international',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r, r.pick(['US', 'GB', 'IN', 'NG', 'KE']));
      const ben = person(r, r.pick(['tr', 'ar', 'de', 'br', 'pl', 'fr', 'it']));
      const cc = r.pick(['TR', 'SA', 'AE', 'DE', 'BR', 'PL', 'FR', 'IT', 'PT', 'CH']);
      const ch = chat(d, r);
      ch.u('sending money to my ', r.pick(['brother', 'mum', 'friend', 'supplier']), ' abroad first time how does it work');
      ch.a('I can set up an international transfer. I need the beneficiary name, IBAN and address.');
      ch.u(N(ben.full), ' ', I(iban(r, cc)));
      ch.u('address ', A(address(r, cc)));
      ch.a('Thank you, ', N(c.p.g), `. Fee ${r.int(5, 25)}.00, FX rate locked for 30 minutes, reference TRF${dg(r, 10)}. The old IBAN in your notes (${badIban(r, cc)}) fails validation, so I ignored it.`);
      ch.end();
    },
  },
  {
    id: 'ecom-return',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = enCtx(r);
      const ch = chat(d, r);
      ch.u(`the ${r.pick(['Levi\u2019s jeans', 'Dyson airwrap', 'Nike Air Max', 'Tommy Hilfiger jacket', 'Calvin Klein set'])} dont fit, want to return`);
      ch.a(`No problem. Order ${dg(r, 3)}-${dg(r, 7)}-${dg(r, 7)} qualifies. Pickup from the delivery address?`);
      ch.u('no pick up from work instead ', A(address(r, c.cc)), ', ask for ', N(c.p.g), ' at reception');
      ch.a(`Pickup booked for ${someDate(r, c.dl)} between 9:00 and 13:00. Label RMA-${upper(r, 8)} sent to your email.`);
      ch.end();
    },
  },
  {
    id: 'life-beneficiary',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = usCtx(r);
      const b1 = person(r, c.p.c);
      const b2 = person(r, c.p.c);
      d.p('Beneficiary change request — submitted via assistant\n', 'Policy owner: ', SELF(c.p.full), '\n');
      d.p('Primary: ', N(b1.full), ' (spouse), DOB ', B(dob(r, 'us')), ', SSN ', S(ssn(r)), ', 100%\n');
      d.p('Contingent: ', N(b2.full), ' (child), born ', B(dob(r, 'us')), '\n');
      d.t(`Signed electronically ${someDate(r, 'us')} — UETA/E-SIGN Act consent on file.\n`);
    },
  },
  {
    id: 'telecom-bill',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = enCtx(r, r.pick(['US', 'GB', 'IN', 'NG', 'KE', 'AU']));
      const ch = chat(d, r);
      ch.u('why is my bill so high this month', r.chance(0.5) ? '??' : '');
      ch.a(`I see roaming charges in ${r.pick(['Mexico', 'Turkey', 'Georgia', 'Jordan'])} on the line `, P(phone(r, c.cc)), '. Account holder is ', N(c.p.full), ', correct?');
      ch.u('yes thats my daughters line, she was on a school trip');
      ch.a(`I have applied a one-time credit of ${r.int(10, 60)}.00. Account ${dg(r, 10)}, bill date ${someDate(r, c.dl)}.`);
      ch.end();
    },
  },
  {
    id: 'edu-transcript-request',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = enCtx(r);
      const ch = chat(d, r);
      ch.u('i need my transcript sent to a university abroad, graduated in ', String(r.int(1995, 2022)));
      ch.a('I can help. Please provide your name at graduation, date of birth and the mailing address.');
      ch.u(N(`${c.p.g} ${person(r, c.p.c).s}`), ' (maiden name), born ', B(dob(r, c.dl)));
      ch.u('send to ', A(address(r, r.pick(['DE', 'NL', 'FR', 'GB', 'IE']))));
      ch.a(`Request TR-${dg(r, 6)} created. Fee paid; FERPA release signed ${someDate(r, c.dl)}.`);
      ch.end();
    },
  },
  {
    id: 'hinglish-chat',
    lang: 'hi',
    w: 3,
    fn: (d, r) => {
      const c = enCtx(r, 'IN');
      const ch = chat(d, r, r.pick(['plain', 'ts', 'wa']), r.pick(['User', 'customer']), r.pick(['Assistant', 'Bot']));
      if (ch.st === 'wa') ch.turn(SELF(c.p.full), 'user', ['hello ji']);
      ch.u('mera order abhi tak nahi aaya, ', r.chance(0.5) ? 'kya hua' : 'plz check karo');
      ch.a('Namaste! Aapka registered mobile number bata dijiye.');
      ch.u(P(phone(r, 'IN')), ' hai');
      ch.a('Dhanyavaad, ', N(c.p.g), ' ji. Delivery address confirm kar dijiye.');
      ch.u(A(address(r, 'IN')));
      ch.u('aur email ', E(email(r, c.p)), ' pe invoice bhej do');
      ch.a(`Ho gaya. Aadhaar ${r.int(2, 9)}${dg(r, 3)} ${dg(r, 4)} ${dg(r, 4)} ki zaroorat nahi hai, please share mat kijiye. Order OD${dg(r, 15)} kal tak deliver ho jayega.`);
      ch.end();
    },
  },
  {
    id: 'naija-chat',
    lang: 'yo',
    w: 3,
    fn: (d, r) => {
      const c = enCtx(r, 'NG');
      const ch = chat(d, r, r.pick(['plain', 'wa', 'ts']), 'customer', 'agent');
      if (ch.st === 'wa') ch.turn(SELF(c.p.full), 'user', ['good morning o']);
      ch.u(r.pick(['e kaaro', 'abeg', 'good day']), ', my transfer don hang since yesterday');
      ch.a('Sorry about that. Please share your account name and phone number.');
      ch.u(N(c.p.full.toLowerCase()), ' ', P(phone(r, 'NG')), ', e se');
      ch.a('Thank you ', N(c.p.g), `. The transfer of NGN ${r.int(10, 900)},000 to ${r.pick(['Access Bank', 'GTBank', 'Zenith Bank'])} is pending. BVN ${dg(r, 11)} is not needed here.`);
      ch.u('my office address na ', A(address(r, 'NG')), ' if una wan send letter');
      ch.a('Noted. Session ID ', `${dg(r, 30)}`, ' for your reference.');
      ch.end();
    },
  },
);

EN.push(
  {
    id: 'ecom-checkout-card',
    lang: 'en',
    w: 4,
    fn: (d, r) => {
      const c = enCtx(r);
      const cd = cardDigits(r);
      const ch = chat(d, r);
      ch.u('checkout keeps failing', r.chance(0.5) ? ' wtf' : '', ', card is ', C(cd), ` exp ${r.int(1, 12)}/${r.int(26, 31)}`);
      ch.a('Sorry about that! I can see the attempt. Just to double-check, is it ', C(groupCard(r, cd)), '? The earlier attempt used ', badCard(r), ', which fails validation.');
      ch.u('yes the first one, i typed it wrong before');
      ch.a(`Thanks, `, N(c.p.g), `. The payment of ${r.pick(['$', '£', '€'])}${r.int(12, 480)}.${dg(r, 2)} went through. Order ${upper(r, 2)}-${dg(r, 8)}; receipt sent.`);
      ch.end();
    },
  },
  {
    id: 'subscription-card-update',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r);
      const cn = card(r);
      d.t(`{"conversation_id": "conv_${hex(r, 12)}", "messages": [\n`);
      d.p('  {"role": "user", "content": "update my card for the ', r.pick(['Spotify', 'Netflix', 'gym', 'Adobe', 'cloud storage']), ' plan to ', C(cn), ' billing zip same as before"},\n');
      d.p('  {"role": "tool", "name": "billing.update_payment_method", "content": "{\\"customer\\": \\"', SELF(c.p.full), '\\", \\"card_last4\\": \\"', cn.slice(-4), '\\", \\"billing_address\\": \\"', A(address(r, c.cc)), '\\"}"},\n');
      d.p(`  {"role": "assistant", "content": "Done — the card ending ${cn.slice(-4)} will be charged on ${someDate(r, c.dl)}."}\n]}\n`);
    },
  },
  {
    id: 'benefits-enrollment',
    lang: 'en',
    w: 3,
    fn: (d, r) => {
      const c = usCtx(r);
      const sp = person(r, c.p.c);
      const kid = person(r, c.p.c);
      d.p('Open enrollment — summary the HR assistant saved\n\nEmployee: ', SELF(c.p.full), ' (SSN ', S(ssn(r)), ')\n');
      d.p(`Plan: ${r.pick(['PPO 500', 'HDHP + HSA', 'HMO Gold'])}, effective ${someDate(r, 'us')}\nDependents:\n`);
      d.p('  1. ', N(`${sp.g} ${c.p.s}`), ' — spouse — DOB ', B(dob(r, 'us')), ' — SSN ', S(ssn(r)), '\n');
      d.p('  2. ', N(`${kid.g} ${c.p.s}`), ' — child — DOB ', B(dob(r, 'us')), ' — SSN ', S(ssn(r)), '\n');
      d.t(`Employee ID E${dg(r, 6)} · payroll group ${upper(r, 2)}${dg(r, 2)} · COBRA notice mailed ${someDate(r, 'us')}\n`);
    },
  },
  {
    id: 'credit-dispute',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = usCtx(r);
      const ch = chat(d, r, r.pick(['plain', 'md', 'ts']));
      ch.u('theres an account on my credit report i never opened');
      ch.a("Let's draft a dispute. I need your full name, SSN, date of birth and current address.");
      ch.u(N(c.p.full.toLowerCase()), ' / ', S(ssn(r)), ' / ', B(dob(r, 'us')));
      ch.u(A(address(r, 'US')));
      ch.a('Thank you, ', N(c.p.full), `. I will reference tradeline #${dg(r, 12)} opened ${someDate(r, 'us')} and cite the Fair Credit Reporting Act, section 611. I will send the letter to Equifax, Experian and TransUnion.`);
      ch.end();
    },
  },
);

EN.push(
  {
    id: 'email-reply-quoted',
    lang: 'en',
    w: 2,
    fn: (d, r) => {
      const c = enCtx(r, r.pick(['GB', 'US', 'IE', 'AU']));
      const agent = person(r);
      const ph = phone(r, c.cc);
      const sp = ph.lastIndexOf(' ');
      const cut = sp > 0 ? sp : Math.floor(ph.length / 2);
      const em = email(r, c.p);
      d.p('From: ', E(`${r.pick(ROLE_MAILS)}@${r.pick(COMPANY_DOMAINS)}`), '\nTo: ', E(em), '\nSubject: Re: your account\n\n');
      const hon = r.pick(['Mrs. ', 'Mr. ', 'Ms. ', 'Dr. ']);
      d.p(r.pick(['Dear ', 'Hello ']), hon, N(c.p.s), ',\n\nThank you for your message. We have updated ', hon, N(c.p.s), "'s account as requested and confirm the number ", P(ph), ` for SMS alerts. Your case ${upper(r, 3)}-${dg(r, 6)} is now closed.\n\n`);
      d.p('Best wishes,\n', N(agent.full), `, Customer Care\n${r.pick(['Northwind Mutual', 'Lumentel', 'Harbor Lets Ltd'])}\n\n`);
      d.p(`> On ${someDate(r, c.dl)}, `, E(em), ' wrote:\n');
      d.t(`> hi pls change my mobile to ${ph.slice(0, cut)}\n> ${ph.slice(sp > 0 ? cut + 1 : cut)} and stop the paper statements\n`);
      d.t(`> (the old one ended ${last4(r)}). thanks\n`);
    },
  },
  {
    id: 'agent-notes-hyphenated',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const c = enCtx(r);
      const other = person(r, r.pick(['pl', 'de', 'gr', 'in']));
      const s = other.s;
      const cut = Math.max(2, Math.floor(s.length / 2));
      d.p('Agent scratchpad:\n- caller: ', SELF(c.p.full), ' (', P(phone(r, c.cc)), ')\n');
      d.t(`- says a refund went to a Mr ${s.slice(0, cut)}-\n  ${s.slice(cut)} by mistake; bank ref ${upper(r, 4)}${dg(r, 8)}\n`);
      d.p('- spoke to ', N(other.g), ' at the branch; follow up by ', someDate(r, c.dl), '\n');
      d.p('- new e-mail for statements: ', E(email(r, c.p)), '\n');
    },
  },
);

EN.push({
  id: 'realestate-viewing',
  lang: 'en',
  w: 2,
  fn: (d, r) => {
    const c = enCtx(r, r.pick(['GB', 'US', 'AU', 'IE', 'CA']));
    const agent = person(r);
    const ch = chat(d, r, r.pick(['plain', 'ts', 'slack']), r.pick(['Renter', 'user', N(c.p.full)]), r.pick(['LetBot', 'Assistant']));
    ch.u(`is the ${r.int(1, 4)}-bed still available? the one listed at `, A(address(r, c.cc)));
    ch.a(`Yes! Viewings are on ${someDate(r, c.dl)} between 17:00 and 19:00. It's two minutes from the ${r.pick(['Victoria', 'Jubilee', 'Elizabeth'])} line, opposite the Nelson's Column replica in the square.`);
    ch.u('great, book me in. ', r.chance(0.5) ? 'my number is ' : 'reach me on ', P(phone(r, c.cc)));
    ch.a('Booked. Your viewing agent is ', N(agent.full), ', who will meet you at the main door. Bring photo ID; no need to send your ', r.pick(['passport number', 'NI number', 'bank statements']), ' in chat.');
    ch.end();
  },
});

// ---------------------------------------------------------------------------------------------- other languages

interface Loc {
  readonly lang: string;
  readonly ccs: readonly string[];
  readonly cult: readonly string[];
  readonly dl: string;
  readonly u: string;
  readonly a: string;
  readonly hi: readonly string[];
  readonly askName: string;
  readonly nameIs: string;
  readonly askPhone: string;
  readonly phoneIs: string;
  readonly askEmail: string;
  readonly askAddr: string;
  readonly askDob: string;
  readonly dobIs: string;
  readonly ibanIs: string;
  readonly cardIs: string;
  readonly thanks: string;
  readonly done: string;
  /** Field labels: name, phone, e-mail, address, date of birth, IBAN. */
  readonly f: readonly [string, string, string, string, string, string];
  readonly trap: (r: Rng) => string;
}

const LOCS: Loc[] = [
  {
    lang: 'es', ccs: ['ES', 'ES', 'MX'], cult: ['es', 'es', 'mx'], dl: 'es', u: 'Usuario', a: 'Asistente',
    hi: ['hola necesito cambiar los datos de mi cuenta', 'buenas, no me llega el pedido', 'hola q tal, quiero darme de alta'],
    askName: '¡Claro! ¿Me indica su nombre completo?', nameIs: 'soy ', askPhone: '¿Y un teléfono de contacto?', phoneIs: 'mi cel es ',
    askEmail: '¿Correo electrónico?', askAddr: '¿Cuál es la dirección de envío?', askDob: 'Por seguridad, ¿su fecha de nacimiento?', dobIs: 'naci el ',
    cardIs: 'cóbralo a mi tarjeta ', ibanIs: 'el reembolso a esta cuenta porfa ', thanks: 'Muchas gracias, ', done: 'Listo, sus datos quedaron actualizados.',
    f: ['Nombre', 'Teléfono', 'Correo', 'Dirección', 'Fecha de nacimiento', 'IBAN'],
    trap: (r) => `Su número de pedido es PED-${dg(r, 8)} y la factura F-${r.int(2024, 2026)}/${dg(r, 5)}. El envío sale desde la calle Cervantes.`,
  },
  {
    lang: 'pt', ccs: ['BR', 'BR', 'PT'], cult: ['br', 'br', 'pt'], dl: 'pt', u: 'Cliente', a: 'Assistente',
    hi: ['oi, meu pedido nao chegou ainda', 'bom dia preciso atualizar meu cadastro', 'ola, quero trocar o endereço de entrega'],
    askName: 'Claro! Pode me informar seu nome completo?', nameIs: 'é ', askPhone: 'E um telefone para contato?', phoneIs: 'meu zap é ',
    askEmail: 'Qual é o seu e-mail?', askAddr: 'Qual o endereço completo?', askDob: 'Para confirmar, qual sua data de nascimento?', dobIs: 'nasci em ',
    cardIs: 'pode cobrar no cartão ', ibanIs: 'pode devolver nessa conta ', thanks: 'Obrigado, ', done: 'Pronto! Cadastro atualizado com sucesso.',
    f: ['Nome', 'Telefone', 'E-mail', 'Endereço', 'Data de nascimento', 'IBAN'],
    trap: (r) => `Protocolo ${r.int(2025, 2026)}${dg(r, 10)}; CPF ${dg(r, 3)}.${dg(r, 3)}.${dg(r, 3)}-${dg(r, 2)} não é necessário aqui. Código de rastreio BR${dg(r, 9)}BR.`,
  },
  {
    lang: 'fr', ccs: ['FR', 'FR', 'BE', 'CH'], cult: ['fr', 'fr', 'fr', 'ar'], dl: 'fr', u: 'Client', a: 'Assistant',
    hi: ['bonjour je voudrais modifier mes coordonnées', "bjr, mon colis n'est jamais arrivé", 'bonjour, je dois déclarer un sinistre'],
    askName: 'Bien sûr. Pouvez-vous me donner votre nom complet ?', nameIs: 'je suis ', askPhone: 'Un numéro de téléphone ?', phoneIs: 'mon portable : ',
    askEmail: 'Votre adresse e-mail ?', askAddr: 'Quelle est votre adresse postale ?', askDob: 'Pour vérification, votre date de naissance ?', dobIs: 'né le ',
    cardIs: 'ma carte : ', ibanIs: 'remboursement sur ce compte svp ', thanks: 'Merci ', done: 'Parfait, vos informations sont à jour.',
    f: ['Nom', 'Téléphone', 'E-mail', 'Adresse', 'Date de naissance', 'IBAN'],
    trap: (r) => `Dossier n° ${dg(r, 10)}, contrat ${upper(r, 3)}${dg(r, 7)}. Le centre Pasteur est fermé le ${someDate(r, 'fr')}.`,
  },
  {
    lang: 'de', ccs: ['DE', 'DE', 'AT', 'CH'], cult: ['de', 'de', 'de', 'tr', 'pl'], dl: 'de', u: 'Kunde', a: 'Assistent',
    hi: ['hallo, ich möchte meine Adresse ändern', 'guten tag mein paket ist nicht angekommen', 'hi, ich will meinen vertrag kündigen'],
    askName: 'Gerne. Wie lautet Ihr vollständiger Name?', nameIs: 'ich bin ', askPhone: 'Unter welcher Nummer erreichen wir Sie?', phoneIs: 'handy ',
    askEmail: 'Und Ihre E-Mail-Adresse?', askAddr: 'Wie lautet die neue Anschrift?', askDob: 'Zur Sicherheit: Ihr Geburtsdatum?', dobIs: 'geb. am ',
    cardIs: 'meine Karte: ', ibanIs: 'bitte auf dieses Konto erstatten ', thanks: 'Vielen Dank, ', done: 'Erledigt, Ihre Daten wurden aktualisiert.',
    f: ['Name', 'Telefon', 'E-Mail', 'Anschrift', 'Geburtsdatum', 'IBAN'],
    trap: (r) => `Vorgangsnummer ${dg(r, 9)}, Kundennummer K-${dg(r, 7)}. Steuer-ID wird nicht benötigt. Ihr Tarif „Max Flex“ endet am ${someDate(r, 'de')}.`,
  },
  {
    lang: 'it', ccs: ['IT'], cult: ['it'], dl: 'it', u: 'Utente', a: 'Assistente',
    hi: ['buongiorno devo cambiare il numero di telefono', 'ciao il mio ordine è in ritardo', 'salve vorrei aprire un conto'],
    askName: 'Certo. Mi può dire nome e cognome?', nameIs: 'sono ', askPhone: 'Un recapito telefonico?', phoneIs: 'cell ',
    askEmail: 'Indirizzo email?', askAddr: "Qual è l'indirizzo di residenza?", askDob: 'Per sicurezza, la data di nascita?', dobIs: 'nato il ',
    cardIs: 'la carta è ', ibanIs: 'il rimborso su questo conto ', thanks: 'Grazie ', done: 'Perfetto, dati aggiornati.',
    f: ['Nome', 'Telefono', 'Email', 'Indirizzo', 'Data di nascita', 'IBAN'],
    trap: (r) => `Pratica n. ${dg(r, 8)}; codice fiscale non richiesto. La consegna passa da Piazza Garibaldi entro il ${someDate(r, 'it')}.`,
  },
  {
    lang: 'nl', ccs: ['NL', 'NL', 'BE'], cult: ['nl', 'nl', 'tr', 'ar'], dl: 'nl', u: 'Klant', a: 'Assistent',
    hi: ['hoi ik ga verhuizen en wil mijn adres wijzigen', 'goedemiddag, mijn pakket is kwijt', 'hallo ik wil mijn abonnement opzeggen'],
    askName: 'Natuurlijk. Wat is uw volledige naam?', nameIs: 'ik ben ', askPhone: 'Op welk nummer kunnen we u bereiken?', phoneIs: 'mijn nummer is ',
    askEmail: 'En uw e-mailadres?', askAddr: 'Wat is het nieuwe adres?', askDob: 'Ter controle: uw geboortedatum?', dobIs: 'geboren ',
    cardIs: 'mijn kaart: ', ibanIs: 'graag terugstorten op ', thanks: 'Dank u wel, ', done: 'Gelukt, uw gegevens zijn bijgewerkt.',
    f: ['Naam', 'Telefoon', 'E-mail', 'Adres', 'Geboortedatum', 'IBAN'],
    trap: (r) => `Zaaknummer ${dg(r, 8)}. Uw BSN hoeven we niet te hebben. Het pakket ligt bij het afhaalpunt Albert Heijn.`,
  },
  {
    lang: 'pl', ccs: ['PL'], cult: ['pl'], dl: 'pl', u: 'Klient', a: 'Asystent',
    hi: ['dzien dobry chce zmienic adres dostawy', 'hej, paczka nie doszła', 'dzień dobry, chcę złożyć reklamację'],
    askName: 'Oczywiście. Proszę podać imię i nazwisko.', nameIs: '', askPhone: 'Numer telefonu do kontaktu?', phoneIs: 'tel. ',
    askEmail: 'Adres e-mail?', askAddr: 'Jaki jest nowy adres?', askDob: 'Dla weryfikacji: data urodzenia?', dobIs: 'ur. ',
    cardIs: 'karta: ', ibanIs: 'zwrot na konto ', thanks: 'Dziękuję, ', done: 'Gotowe, dane zostały zaktualizowane.',
    f: ['Imię i nazwisko', 'Telefon', 'E-mail', 'Adres', 'Data urodzenia', 'IBAN'],
    trap: (r) => `Numer zamówienia ${dg(r, 10)}; PESEL nie jest potrzebny. NIP firmy ${dg(r, 3)}-${dg(r, 3)}-${dg(r, 2)}-${dg(r, 2)}.`,
  },
  {
    lang: 'tr', ccs: ['TR'], cult: ['tr'], dl: 'tr', u: 'Müşteri', a: 'Asistan',
    hi: ['merhaba kargom hala gelmedi', 'selam adres değiştirmem lazım', 'iyi günler faturamda hata var'],
    askName: 'Tabii. Adınızı ve soyadınızı alabilir miyim?', nameIs: 'ben ', askPhone: 'İletişim numaranız?', phoneIs: 'numaram ',
    askEmail: 'E-posta adresiniz?', askAddr: 'Teslimat adresiniz nedir?', askDob: 'Doğrulama için doğum tarihiniz?', dobIs: 'doğum tarihim ',
    cardIs: 'kartım ', ibanIs: 'iadeyi şu hesaba yapın ', thanks: 'Teşekkürler ', done: 'Bilgileriniz güncellendi.',
    f: ['Ad Soyad', 'Telefon', 'E-posta', 'Adres', 'Doğum tarihi', 'IBAN'],
    trap: (r) => `Takip no: ${dg(r, 12)}. TC kimlik numaranızı paylaşmayın. Atatürk Havalimanı şubesi ${someDate(r, 'tr')} tarihinde kapalı.`,
  },
  {
    lang: 'vi', ccs: ['VN'], cult: ['vn'], dl: 'vi', u: 'Khách hàng', a: 'Trợ lý',
    hi: ['chào shop, đơn hàng của mình chưa tới', 'mình muốn đổi địa chỉ giao hàng', 'cho mình hỏi về hóa đơn'],
    askName: 'Dạ, anh/chị cho em xin họ tên đầy đủ ạ?', nameIs: 'mình là ', askPhone: 'Số điện thoại liên hệ ạ?', phoneIs: 'sdt ',
    askEmail: 'Email của anh/chị ạ?', askAddr: 'Địa chỉ nhận hàng ạ?', askDob: 'Để xác minh, anh/chị cho em ngày sinh ạ?', dobIs: 'sinh ngày ',
    cardIs: 'thẻ của mình ', ibanIs: 'hoàn tiền vào tài khoản ', thanks: 'Cảm ơn ', done: 'Dạ, em đã cập nhật thông tin.',
    f: ['Họ tên', 'Điện thoại', 'Email', 'Địa chỉ', 'Ngày sinh', 'IBAN'],
    trap: (r) => `Mã đơn hàng SPX${dg(r, 10)}. Không cần số CCCD. Bệnh viện Chợ Rẫy mở cửa lúc 7:00.`,
  },
  {
    lang: 'id', ccs: ['ID'], cult: ['id'], dl: 'id', u: 'Pelanggan', a: 'Asisten',
    hi: ['halo kak paket saya belum sampai', 'mau ganti alamat pengiriman dong', 'permisi, saya mau daftar akun baru'],
    askName: 'Baik kak, boleh minta nama lengkapnya?', nameIs: 'saya ', askPhone: 'Nomor HP yang bisa dihubungi?', phoneIs: 'no hp ',
    askEmail: 'Alamat email kakak?', askAddr: 'Alamat lengkap pengiriman?', askDob: 'Untuk verifikasi, tanggal lahir kakak?', dobIs: 'lahir ',
    cardIs: 'kartu kredit ', ibanIs: 'refund ke rekening ', thanks: 'Terima kasih kak ', done: 'Data sudah diperbarui ya kak.',
    f: ['Nama', 'Telepon', 'Email', 'Alamat', 'Tanggal lahir', 'IBAN'],
    trap: (r) => `Nomor resi JNE${dg(r, 12)}. NIK tidak perlu dikirim. Pengiriman lewat Jl. Sudirman saja.`,
  },
  {
    lang: 'sw', ccs: ['KE'], cult: ['ke'], dl: 'sw', u: 'Mteja', a: 'Msaidizi',
    hi: ['habari, mzigo wangu haujafika', 'sasa, nataka kubadilisha namba yangu', 'habari za asubuhi, nina shida na M-Pesa'],
    askName: 'Pole sana. Naomba jina lako kamili?', nameIs: 'naitwa ', askPhone: 'Namba ya simu?', phoneIs: 'namba ni ',
    askEmail: 'Barua pepe yako?', askAddr: 'Anwani yako ni ipi?', askDob: 'Kwa uthibitisho, tarehe ya kuzaliwa?', dobIs: 'nilizaliwa ',
    cardIs: 'kadi yangu ni ', ibanIs: 'rudisha pesa kwa akaunti ', thanks: 'Asante ', done: 'Tayari, taarifa zako zimesasishwa.',
    f: ['Jina', 'Simu', 'Barua pepe', 'Anwani', 'Tarehe ya kuzaliwa', 'IBAN'],
    trap: (r) => `Namba ya muamala ${upper(r, 10)}. Usitume namba ya kitambulisho. Ofisi iko karibu na Kenyatta Avenue.`,
  },
];

function locCtx(r: Rng, L: Loc): Ctx {
  return { cc: r.pick(L.ccs), dl: L.dl, p: person(r, r.pick(L.cult)) };
}
const ibanCcFor = (r: Rng, cc: string): string => (IBAN_LENGTHS[cc] ? cc : r.pick(EU_IBAN));

const LOC_TEMPLATES: Template[] = [];
for (const L of LOCS) {
  LOC_TEMPLATES.push(
    {
      id: `${L.lang}-collect`,
      lang: L.lang,
      w: 0.7,
      fn: (d, r) => {
        const c = locCtx(r, L);
        const ch = chat(d, r, chatStyle(r), L.u, L.a);
        ch.u(r.pick(L.hi)).a(L.askName).u(L.nameIs, SELF(c.p.full)).a(L.askPhone).u(L.phoneIs, P(phone(r, c.cc)));
        if (r.chance(0.7)) ch.a(L.askEmail).u(E(email(r, c.p)));
        ch.a(L.askAddr).u(A(address(r, c.cc)));
        if (r.chance(0.6)) ch.a(L.askDob).u(L.dobIs, B(dob(r, c.dl)));
        ch.a(L.thanks, N(r.chance(0.6) ? c.p.g : c.p.full), '. ', L.done, ' ', L.trap(r));
        ch.end();
      },
    },
    {
      id: `${L.lang}-profile`,
      lang: L.lang,
      w: 0.7,
      fn: (d, r) => {
        const c = locCtx(r, L);
        const [fn, fp, fe, fa, fd, fi] = L.f;
        d.t(r.pick(['# memory/user.md\n', '## Perfil / profile\n', `<!-- agent memory ${hex(r, 6)} -->\n`]));
        d.p(`${fn}: `, SELF(c.p.full), '\n', `${fp}: `, P(phone(r, c.cc)), '\n', `${fe}: `, E(email(r, c.p)), '\n');
        if (r.chance(0.7)) d.p(`${fd}: `, B(dob(r, c.dl)), '\n');
        d.p(`${fa}:\n`, A(address(r, c.cc, true)), '\n');
        if (r.chance(0.5)) d.p(`${fi}: `, I(iban(r, ibanCcFor(r, c.cc))), '\n');
        d.t(`lang: ${L.lang}\n${L.trap(r)}\n`);
      },
    },
    {
      id: `${L.lang}-refund-iban`,
      lang: L.lang,
      w: 0.7,
      fn: (d, r) => {
        const c = locCtx(r, L);
        const cc = ibanCcFor(r, c.cc);
        const ch = chat(d, r, chatStyle(r), L.u, L.a);
        ch.u(r.pick(L.hi)).a(L.askName).u(N(r.chance(0.4) ? c.p.full.toLowerCase() : c.p.full));
        if (r.chance(0.5)) ch.u(L.ibanIs, badIban(r, cc)).a(`${L.f[5]} ✗ (mod-97)`);
        ch.u(L.ibanIs, I(iban(r, cc)));
        ch.a(L.thanks, N(c.p.g), '. ', L.done, ' ', L.trap(r));
        ch.end();
      },
    },
    {
      id: `${L.lang}-card-payment`,
      lang: L.lang,
      w: 0.7,
      fn: (d, r) => {
        const c = locCtx(r, L);
        const ch = chat(d, r, chatStyle(r), L.u, L.a);
        const cd = cardDigits(r);
        ch.u(r.pick(L.hi)).a(L.askName).u(L.nameIs, SELF(c.p.full));
        if (r.chance(0.4)) ch.u(L.cardIs, badCard(r)).a('✗ Luhn');
        ch.u(L.cardIs, C(r.chance(0.5) ? cd : groupCard(r, cd)));
        ch.a(`**** ${cd.slice(-4)} ✓ — `, L.thanks, N(c.p.g), '. ', L.done);
        if (r.chance(0.5)) ch.a(L.askEmail).u(E(email(r, c.p)));
        ch.end();
      },
    },
    {
      id: `${L.lang}-whatsapp`,
      lang: L.lang,
      w: 0.7,
      fn: (d, r) => {
        const c = locCtx(r, L);
        const agent = person(r, r.pick(L.cult));
        const ch = new Chat(d, r, 'wa', SELF(c.p.full), N(agent.g));
        ch.u(r.pick(L.hi));
        ch.a(L.askPhone);
        ch.u(L.phoneIs, P(phone(r, c.cc)));
        ch.a(L.askAddr);
        ch.u(A(address(r, c.cc)));
        if (r.chance(0.5)) ch.a(L.askDob).u(L.dobIs, B(dob(r, c.dl)));
        ch.a(L.thanks, N(c.p.g), '! ', L.done);
        ch.end();
      },
    },
  );
}

const ja = (r: Rng): { full: string; s: string } => {
  const s = r.pick(JA_S);
  const g = r.pick(JA_G);
  return { full: r.chance(0.5) ? `${s} ${g}` : `${s}${g}`, s };
};
const ko = (r: Rng): { full: string; g: string } => {
  const g = r.pick(KO_G);
  return { full: `${r.pick(KO_S)}${g}`, g };
};
const zh = (r: Rng): { full: string; s: string } => {
  const s = r.pick(ZH_S);
  return { full: `${s}${r.pick(ZH_G)}`, s };
};
const ar = (r: Rng): { full: string; g: string } => {
  const g = r.pick(AR_G);
  return { full: `${g} ${r.pick(AR_S)}`, g };
};
const romanEmail = (r: Rng, c: string): string => email(r, person(r, c));

const NATIVE: Template[] = [
  {
    id: 'ja-chat',
    lang: 'ja',
    w: 3,
    fn: (d, r) => {
      const n = ja(r);
      const ch = chat(d, r, r.pick(['plain', 'ts', 'json']), 'ユーザー', 'アシスタント');
      ch.u(r.pick(['住所変更をお願いしたいです', '引っ越したので登録情報を変えたい', '荷物が届かないんですけど']));
      ch.a('かしこまりました。ご契約者様のお名前をお願いいたします。');
      ch.u(SELF(n.full), 'です');
      ch.a('', N(n.s), '様、ありがとうございます。新しいご住所をお知らせください。');
      ch.u(A(address(r, 'JP')));
      ch.a('お電話番号と生年月日もお願いいたします。');
      ch.u(P(phone(r, 'JP')), '、', B(dob(r, 'ja')), '生まれです');
      ch.a(`承りました。受付番号は${upper(r, 1)}-${dg(r, 8)}です。マイナンバーのご提示は不要です。配送予定日は${fmtDate(r, recent(r), 'ja')}です。`);
      ch.end();
    },
  },
  {
    id: 'ja-tool-result',
    lang: 'ja',
    w: 2,
    fn: (d, r) => {
      const n = ja(r);
      d.p(`tool_result(customer.get): {"顧客ID": "C${dg(r, 9)}", "氏名": "`, N(n.full), '", "メール": "', E(romanEmail(r, 'jp')), '", "電話": "', P(phone(r, 'JP')), '", "生年月日": "', B(fmtDate(r, birth(r), 'ja')), '", "住所": "', A(address(r, 'JP')), `", "会員ランク": "ゴールド"}\n`);
      d.p('assistant: ', N(n.s), `様のご登録情報を確認しました。ポイント残高は${r.int(100, 9000)}ptです。\n`);
    },
  },
  {
    id: 'ko-chat',
    lang: 'ko',
    w: 3,
    fn: (d, r) => {
      const n = ko(r);
      const ch = chat(d, r, r.pick(['plain', 'ts', 'md']), '사용자', '상담원');
      ch.u(r.pick(['배송지 변경하고 싶어요', '환불 요청합니다', '카드 분실 신고하려구요']));
      ch.a('네, 고객님 성함을 알려주세요.');
      ch.u(SELF(n.full), '입니다');
      ch.a('', N(n.full), ' 고객님, 연락처와 생년월일을 확인 부탁드립니다.');
      ch.u(P(phone(r, 'KR')), ' / ', B(dob(r, 'ko')));
      ch.a('변경할 주소를 알려주세요.');
      ch.u(A(address(r, 'KR')));
      ch.a(`변경 완료되었습니다. 주문번호 ${r.int(2024, 2026)}${dg(r, 10)}. 주민등록번호는 입력하지 마세요.`);
      ch.end();
    },
  },
  {
    id: 'ko-email-draft',
    lang: 'ko',
    w: 1,
    fn: (d, r) => {
      const n = ko(r);
      const to = ko(r);
      d.p('받는 사람: ', E(romanEmail(r, 'kr')), '\n제목: 계약서 송부의 건\n\n', N(to.full), ' 님께,\n\n');
      d.p(`요청하신 계약서를 첨부합니다. ${fmtDate(r, recent(r), 'ko')}까지 회신 부탁드립니다. 문의는 `, P(phone(r, 'KR')), '로 연락 주세요.\n\n', SELF(n.full), ' 드림\n');
    },
  },
  {
    id: 'zh-chat',
    lang: 'zh',
    w: 3,
    fn: (d, r) => {
      const n = zh(r);
      const ch = chat(d, r, r.pick(['plain', 'ts', 'json']), '用户', '助手');
      ch.u(r.pick(['你好，我想修改收货地址', '我的快递一直没到', '帮我查一下退款进度']));
      ch.a('好的，请提供您的姓名和手机号。');
      ch.u(SELF(n.full), '，', P(phone(r, 'CN')));
      ch.a('', N(n.s), r.pick(['先生', '女士']), '您好，请告诉我新的地址。');
      ch.u(A(address(r, 'CN')));
      ch.u('邮箱是', E(romanEmail(r, 'cn')));
      ch.a(`已更新。订单号 ${dg(r, 18)}，身份证号无需提供。预计${fmtDate(r, recent(r), 'zh')}送达。`);
      ch.end();
    },
  },
  {
    id: 'zh-wechat-export',
    lang: 'zh',
    w: 1,
    fn: (d, r) => {
      const a = zh(r);
      const b = zh(r);
      d.t(`微信聊天记录导出 ${fmtDate(r, recent(r), 'zh')}\n`);
      d.p(N(a.full), ' ', `${p2(r.int(8, 22))}:${p2(r.int(0, 59))}`, '\n明天把合同寄到', A(address(r, 'CN')), '吧\n');
      d.p(N(b.full), ' ', `${p2(r.int(8, 22))}:${p2(r.int(0, 59))}`, '\n好的，收件电话写', P(phone(r, 'CN')), '。我的生日是', B(dob(r, 'zh')), '，快递单上要填吗？\n');
    },
  },
  {
    id: 'ar-chat',
    lang: 'ar',
    w: 3,
    fn: (d, r) => {
      const n = ar(r);
      const cc = r.pick(['AE', 'SA']);
      const ch = chat(d, r, r.pick(['plain', 'ts', 'wa']), 'المستخدم', 'المساعد');
      ch.u(r.pick(['مرحبا، أريد تحديث رقم هاتفي', 'السلام عليكم، طلبي تأخر', 'مرحبا أريد استرداد المبلغ']));
      ch.a('بالتأكيد. ما اسمك الكامل؟');
      ch.u(SELF(n.full));
      ch.a('شكرا ', N(n.g), '. ما هو رقم الهاتف الجديد؟');
      ch.u(P(phone(r, cc)));
      ch.a('والبريد الإلكتروني؟');
      ch.u(E(romanEmail(r, 'ar')));
      if (r.chance(0.6)) ch.u('الآيبان للاسترداد: ', I(iban(r, cc)));
      ch.a(`تم التحديث. رقم الطلب ${dg(r, 9)}. لا حاجة لرقم الهوية الوطنية.`);
      ch.end();
    },
  },
  {
    id: 'ar-handoff',
    lang: 'ar',
    w: 1,
    fn: (d, r) => {
      const n = ar(r);
      const cc = r.pick(['AE', 'SA']);
      d.p('ملاحظة تحويل إلى الفريق المختص\n', 'العميل: ', SELF(n.full), '\n', 'الهاتف: ', P(phone(r, cc)), '\n', 'العنوان: ', A(address(r, cc)), '\n');
      d.p('تاريخ الميلاد: ', B(dob(r, 'iso')), '\n', `الموضوع: نزاع على عملية بتاريخ ${someDate(r, 'iso')}\n`);
    },
  },
  {
    id: 'es-mx-clabe',
    lang: 'es',
    w: 1,
    fn: (d, r) => {
      const p = person(r, 'mx');
      const ch = chat(d, r, r.pick(['plain', 'wa', 'ts']), r.pick(['cliente', 'Usuario']), 'Asistente');
      ch.u('oye quiero que me depositen el reembolso');
      ch.a('Con gusto. ¿A nombre de quién está la cuenta?');
      ch.u(SELF(p.full));
      ch.u(`clabe ${dg(r, 18)}`);
      ch.a('Gracias, ', N(p.g), `. La CLABE quedó registrada; el depósito se verá en 3 días hábiles. Folio ${upper(r, 4)}${dg(r, 6)}. No necesitamos tu CURP.`);
      ch.u('ok y me mandas el comprobante a ', E(email(r, p)));
      ch.end();
    },
  },
  {
    id: 'pt-br-pix',
    lang: 'pt',
    w: 1,
    fn: (d, r) => {
      const p = person(r, 'br');
      const ch = chat(d, r, r.pick(['plain', 'wa', 'ts']), 'Cliente', 'Atendente virtual');
      ch.u('oi, fiz um pix errado, como cancelo?');
      ch.a('Olá! Vou verificar. Qual o seu nome completo e o telefone cadastrado?');
      ch.u(SELF(p.full), ' ', P(phone(r, 'BR')));
      ch.a(`Obrigado, `, N(p.g), `. Encontrei o Pix de R$ ${r.int(20, 900)},${dg(r, 2)} em ${someDate(r, 'pt')}. Abri um pedido MED ${dg(r, 12)}.`);
      ch.u('minha chave pix é o email ', E(email(r, p)), ' e nasci em ', B(dob(r, 'pt')));
      ch.end();
    },
  },
  {
    id: 'de-kuendigung-letter',
    lang: 'de',
    w: 1,
    fn: (d, r) => {
      const p = person(r, r.pick(['de', 'de', 'tr', 'pl']));
      d.t('Entwurf (vom Assistenten erstellt):\n\n');
      d.p(SELF(p.full), '\n', A(address(r, 'DE', true)), '\n\n');
      d.p(`${r.pick(['FitLife GmbH', 'Stadtwerke Nord', 'Telemobil AG'])}\nKundenservice\n`, A(`Postfach ${dg(r, 5)}\n${r.pick(['20095 Hamburg', '80331 München'])}`), '\n\n');
      d.p(`Kündigung meines Vertrags Nr. ${dg(r, 9)}\n\nSehr geehrte Damen und Herren,\n\nhiermit kündige ich fristgerecht zum ${someDate(r, 'de')}. Bitte erstatten Sie das Guthaben auf `, I(iban(r, 'DE')), '.\nGeburtsdatum zur Zuordnung: ', B(dob(r, 'de')), '\n\nMit freundlichen Grüßen\n', N(p.full), '\n');
    },
  },
  {
    id: 'fr-assurance-email',
    lang: 'fr',
    w: 1,
    fn: (d, r) => {
      const p = person(r, r.pick(['fr', 'fr', 'ar']));
      const exp = person(r, 'fr');
      d.p('À : ', E(`sinistres@${r.pick(COMPANY_DOMAINS)}`), '\nObjet : Déclaration de dégât des eaux\n\nBonjour ', r.pick(['Monsieur ', 'Madame ']), N(exp.s), ',\n\n');
      d.p(`Suite à notre échange du ${someDate(r, 'fr')}, je vous confirme le sinistre survenu à mon domicile, `, A(address(r, 'FR')), `. Mon contrat porte le numéro ${upper(r, 2)}${dg(r, 8)}.\n`);
      d.p('Vous pouvez me joindre au ', P(phone(r, 'FR')), '.\n\nCordialement,\n', SELF(p.full), '\n');
    },
  },
  {
    id: 'it-booking',
    lang: 'it',
    w: 1,
    fn: (d, r) => {
      const p = person(r, 'it');
      const ch = chat(d, r, r.pick(['plain', 'ts']), 'Utente', 'Assistente');
      ch.u('vorrei prenotare una visita dal dottor ', N(person(r, 'it').s), ' per mia madre');
      ch.a('Certo. Nome, cognome e data di nascita della paziente?');
      ch.u(N(`${person(r, 'it').g} ${p.s}`), ', nata il ', B(dob(r, 'it')));
      ch.a(`Disponibile il ${someDate(r, 'it')} alle 10:30. Un recapito?`);
      ch.u(P(phone(r, 'IT')), ', sono la figlia ', SELF(p.full));
      ch.end();
    },
  },
];

// ---------------------------------------------------------------------------------------------- hard negatives

const NEG: Template[] = [
  {
    id: 'neg-coding-versions',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const ch = chat(d, r, r.pick(['plain', 'md']), 'user', r.pick(['Agent', 'assistant']));
      ch.u(`tests fail on windows build ${r.int(10, 11)}.0.${r.int(19041, 26100)}.${r.int(1000, 4999)} but pass on mac`);
      ch.a(`The lockfile pins typescript ${r.int(4, 5)}.${r.int(0, 9)}.${r.int(1, 9)} and @types/node ${r.int(18, 22)}.${r.int(0, 19)}.${r.int(0, 30)}. Commit ${hex(r, 40)} changed path handling; \`path.join\` returns backslashes there.`);
      ch.u(`ok, also docker says image sha256:${hex(r, 64)} is stale and the service on localhost:${r.int(3000, 9000)} times out after ${r.int(10, 60)}s`);
      ch.a(`Rebuild with --no-cache. The Grafana panel "Team Phoenix latency" shows p99 ${r.int(100, 900)} ms since release ${r.int(2024, 2026)}.${r.int(1, 12)}.${r.int(1, 4)}. Nothing sensitive in these logs.`);
      ch.end();
    },
  },
  {
    id: 'neg-order-status',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const ch = chat(d, r);
      ch.u(`where is order #${dg(r, 3)}-${dg(r, 7)}-${dg(r, 7)}`);
      ch.a(`It left the ${r.pick(['Louisville', 'Memphis', 'Jacksonville'])} hub on ${someDate(r, 'us')}. Tracking 1Z${upper(r, 6)}${dg(r, 10)}, carrier UPS. Estimated delivery ${someDate(r, 'us')}.`);
      ch.u(`also my gift card ${badCard(r)} says invalid`);
      ch.a('That number fails our checksum, so it was probably mistyped. Please check the back of the card; the card ending ' + last4(r) + ' on your account is unaffected.');
      ch.end();
    },
  },
  {
    id: 'neg-health-info',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const ch = chat(d, r);
      ch.u(`whats the difference between ${r.pick(["Parkinson's", "Alzheimer's", "Huntington's"])} and ${r.pick(['Lewy body dementia', "Tourette's", "Hodgkin's lymphoma", 'Down syndrome'])}`);
      ch.a(`They are different conditions. The ${r.pick(['Mayo Clinic', 'Cleveland Clinic', 'Johns Hopkins Medicine'])} guide is a good starting point. If you'd like, I can help you prepare questions for your appointment on ${someDate(r, 'us')}. Note: the Apgar score and the Heimlich maneuver are unrelated.`);
      ch.u('thanks, may as well ask about the Salk vaccine history too');
      ch.a('Sure — the polio vaccine trials of 1954 were among the largest ever run.');
      ch.end();
    },
  },
  {
    id: 'neg-finance-numbers',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      d.t(`Agent note — vendor setup ${someDate(r, 'iso')}\n`);
      d.t(`EIN: ${r.int(10, 99)}-${dg(r, 7)}\nABA routing: ${r.pick(['021000021', '026009593', '121000248'])}\nSWIFT: ${letters(r, 4)}${r.pick(['DE', 'GB', 'FR'])}${letters(r, 2)}\n`);
      d.t(`IBAN given by vendor: ${badIban(r, r.pick(EU_IBAN))} (rejected: check digits)\n`);
      d.t(`Card on file: **** **** **** ${last4(r)} · SSN on W-9: ***-**-${last4(r)}\nPO ${dg(r, 10)} approved by Procurement (Wells Fargo commercial account). Net 30.\n`);
    },
  },
  {
    id: 'neg-travel-places',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const ch = chat(d, r);
      ch.u(`cheapest way from ${r.pick(['Washington Dulles', 'JFK', 'Charles de Gaulle', 'Houston Hobby'])} to ${r.pick(['St. Petersburg', 'Jefferson City', 'San Francisco', 'Victoria Falls', 'Darwin'])} in may?`);
      ch.a(`Flights via ${r.pick(['Atlanta', 'Denver', 'Frankfurt'])} start around $${r.int(200, 900)}. Flight ${upper(r, 2)}${r.int(100, 999)} departs ${p2(r.int(5, 22))}:${p2(r.int(0, 59))} on ${someDate(r, 'us')}. Lincoln Memorial and the Smithsonian are free to visit.`);
      ch.u('will the hotel near Kennedy Center have parking');
      ch.a('Yes, valet is available. Grant Park is a 10-minute walk if you are in Chicago instead.');
      ch.end();
    },
  },
  {
    id: 'neg-brands-teams',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      d.t(`Weekly agent digest — ${someDate(r, 'gb')}\n`);
      d.t(`• Top intents: ${r.pick(['Tesla', 'Ford', 'Dell'])} warranty, ${r.pick(["McDonald's", "Ben & Jerry's", "Trader Joe's"])} coupons, Johnson & Johnson recall\n`);
      d.t(`• Team Atlas closed ${r.int(100, 900)} tickets; Project Hermes slipped to Q${r.int(1, 4)}\n`);
      d.t(`• Grant applications portal down ${r.int(2, 5)}h; Hope Street office reopened\n• Will add Morgan Stanley and Charles Schwab to the partner list\n• Avg handle time ${r.int(3, 9)}m${r.int(0, 59)}s, CSAT ${r.int(70, 95)}%\n`);
    },
  },
  {
    id: 'neg-legal-awards',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const ch = chat(d, r);
      ch.u(`does ${r.pick(['Sarbanes-Oxley', 'Dodd-Frank', 'the Magnitsky Act', "Megan's Law"])} apply to our ${r.pick(['startup', 'nonprofit', 'bank'])}`);
      ch.a(`Generally only in specific cases. Section ${r.int(100, 999)} is the relevant part. For background, the ${r.pick(['Nobel Prize', 'Pulitzer Prize', 'Turing Award', 'Fields Medal'])} lecture you mentioned is unrelated. Consider asking counsel before the ${someDate(r, 'us')} filing.`);
      ch.end();
    },
  },
  {
    id: 'neg-weather-pets',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      const ch = chat(d, r);
      ch.u(`is Hurricane ${r.pick(['Milton', 'Helene', 'Beryl', 'Francine'])} going to hit before my dog ${r.pick(['Max', 'Bella', 'Charlie', 'Duke'])}'s birthday on ${someDate(r, 'us')} lol`);
      ch.a(`The current NHC advisory #${r.int(10, 40)} puts landfall ${r.int(2, 5)} days out. Keep an emergency kit ready.`);
      ch.end();
    },
  },
  {
    id: 'neg-memory-prefs',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      d.t(`# memory.md (updated ${someDate(r, 'iso')})\n- tone: ${r.pick(['casual', 'formal'])}\n- language: ${r.pick(['en-GB', 'en-US', 'es-ES'])}\n- likes: ${r.pick(['Nordic noir novels', 'Taylor guitars', 'Nikon cameras'])}\n- dislikes: long answers\n- project: migrating from Jenkins to GitHub Actions\n- reminder: renew car insurance in ${r.pick(['March', 'May', 'August'])}\n`);
    },
  },
  {
    id: 'neg-es-de',
    lang: 'es',
    w: 1,
    fn: (d, r) => {
      if (r.chance(0.5)) {
        const ch = chat(d, r, 'plain', 'Usuario', 'Asistente');
        ch.u(`mi pedido ${dg(r, 10)} sigue en reparto desde el ${someDate(r, 'es')}`);
        ch.a(`Lo siento. El paquete está en el centro de San Fernando; la incidencia INC-${dg(r, 6)} queda abierta y la tarjeta terminada en ${last4(r)} no se ha cobrado dos veces.`);
        ch.end();
      } else {
        const ch = chat(d, r, 'plain', 'Kunde', 'Assistent');
        ch.u(`wann kommt die Rechnung ${r.int(2024, 2026)}-${dg(r, 6)}?`);
        ch.a(`Die Rechnung wird am ${someDate(r, 'de')} erstellt. Zahlung per SEPA, Mandatsreferenz ${upper(r, 10)}. Der Mercedes-Benz Leasingvertrag ist nicht betroffen.`);
        ch.end();
      }
    },
  },
  {
    id: 'neg-ja-faq',
    lang: 'ja',
    w: 1,
    fn: (d, r) => {
      const ch = chat(d, r, 'plain', 'ユーザー', 'アシスタント');
      ch.u('営業時間を教えてください');
      ch.a(`平日9:00〜18:00です。${fmtDate(r, recent(r), 'ja')}は臨時休業です。お問い合わせ番号は${dg(r, 8)}です。`);
      ch.end();
    },
  },
  {
    id: 'neg-tool-schema',
    lang: 'en',
    w: 1,
    fn: (d, r) => {
      d.t(`tools: [{"name": "crm_search", "description": "Find a customer by e-mail or phone", "parameters": {"type": "object", "properties": {"query": {"type": "string"}, "limit": {"type": "integer", "default": ${r.int(1, 20)}}}}}, {"name": "refund", "parameters": {"order_id": {"type": "string", "pattern": "^[0-9]{3}-[0-9]{7}$"}}}]\nsystem: Never reveal full card numbers; mask as **** ${last4(r)}. Model temperature 0.${r.int(0, 9)}, max_tokens ${r.int(256, 4096)}.\n`);
    },
  },
];

// ---------------------------------------------------------------------------------------------- generator

const ALL: readonly Template[] = [...EN, ...LOC_TEMPLATES, ...NATIVE];
/** Share of documents that are pure hard negatives. */
const NEG_SHARE = 0.1;

function pickWeighted(r: Rng, ts: readonly Template[]): Template {
  const total = ts.reduce((s, t) => s + t.w, 0);
  let x = r.next() * total;
  for (const t of ts) {
    x -= t.w;
    if (x < 0) return t;
  }
  return ts[ts.length - 1] as Template;
}

/** Generates whole documents until at least `minInstances` labels exist (deterministic per seed). */
export function generateIndependent12Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent12Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT12_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT12_MIN_INSTANCES;
  const out: Independent12Entry[] = [];
  let total = 0;
  while (total < min) {
    const t = r.chance(NEG_SHARE) ? pickWeighted(r, NEG) : pickWeighted(r, ALL);
    const doc = new Doc();
    t.fn(doc, r);
    out.push({ text: doc.text, labels: doc.labels, knownNames: doc.known });
    total += doc.labels.length;
  }
  return out;
}

/** Template ids (for reporting). */
export const INDEPENDENT12_TEMPLATE_IDS: readonly string[] = [...ALL, ...NEG].map((t) => t.id);
