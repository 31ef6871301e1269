/**
 * @module privacy/pii-corpus-independent-16 — blind labelled PII corpus #16: stored LLM-agent sessions.
 *
 * WRITTEN BLIND. Read only: the `Rng` class at the top of `pii-corpus-values.ts`, `pii-corpus-checks.ts`,
 * the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts` (`PiiLabel`,
 * `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. NOT read:
 * the detector, its tests, any other corpus, templates or value lists, docs, benches or git history.
 * Every name, address, template and value here was invented for this file.
 *
 * Seeds: 160001, 160002, 160003. Each seed yields whole documents until at least `minInstances` labels.
 *
 * Contents: sessions (or excerpts) of LLM agents as a platform stores them, across banking, insurance,
 * healthcare, telecom, travel, retail, HR, education, government services and developer tools — turns in
 * plain `role: text`, timestamped, JSON event array, JSON-lines, Markdown and CSV layouts; tool calls and
 * tool results carrying customer records; retrieved knowledge snippets; scratch notes and summaries;
 * feedback; memory notes; escalation hand-offs. About half English, the rest in many languages with some
 * code-switching. About one document in ten is a hard negative with traps only.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside; one label per contiguous name, any
 *   form (initial+surname, surname-only, given-only, ALL CAPS, lower case, "Surname, Given"). Brands,
 *   software, bots, places, pets, ships, storms, streets/buildings, eponymous diseases/laws/awards and
 *   @handles unlabelled; names inside e-mail addresses unlabelled.
 * - EMAIL: every address incl. role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: Luhn-valid real network shapes, any grouping; Luhn-invalid and masked unlabelled.
 * - IBAN: mod-97 valid, right length, any grouping/case; invalid unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings unlabelled.
 * - ADDRESS: one label per full postal address (first street/building/PO-box line to last
 *   postcode/city/country line); recipient name separate PERSON; company lines, city-only, rooms unlabelled.
 * - DOB: dates of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT16_SEEDS = [160001, 160002, 160003] as const;
export const INDEPENDENT16_MIN_INSTANCES = 2400;

/** One entry: labels carry the exact text of their span. */
export type Independent16Entry = PiiCorpusEntry & {
  readonly labels: ReadonlyArray<PiiLabel & { readonly value: string }>;
};

// ───────────────────────────── segments, turns, layouts ─────────────────────────────

/** A labelled value inside a turn; `ml` is a multi-line rendering (addresses) for block layouts. */
interface Val {
  readonly k: PiiType;
  readonly v: string;
  readonly ml?: string;
}
type Seg = string | Val;
interface Turn {
  readonly role: string;
  readonly segs: readonly Seg[];
}

class Doc {
  text = '';
  readonly labels: Array<PiiLabel & { value: string }> = [];
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
}

const jsonEsc = (s: string): string => JSON.stringify(s).slice(1, -1);
const csvEsc = (s: string): string => s.replace(/"/g, '""');

/** Appends segments, escaping with `esc`; a value that escaping would change is written unlabelled. */
function emit(d: Doc, segs: readonly Seg[], esc: (s: string) => string, block: boolean): void {
  for (const s of segs) {
    if (typeof s === 'string') d.t(esc(s));
    else {
      const v = block && s.ml ? s.ml : s.v;
      if (esc(v) === v) d.l(s.k, v);
      else d.t(esc(v));
    }
  }
}

type Layout = 'plain' | 'stamp' | 'json' | 'jsonl' | 'md' | 'csv';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function render(r: Rng, turns: readonly Turn[], layout: Layout, sid: string): Doc {
  const d = new Doc();
  let sec = r.int(8, 20) * 3600 + r.int(0, 3599);
  const day = `2026-${pad2(r.int(1, 11))}-${pad2(r.int(1, 28))}`;
  const stamp = (): string => {
    sec += r.int(3, 140);
    return `${pad2(Math.floor(sec / 3600) % 24)}:${pad2(Math.floor(sec / 60) % 60)}:${pad2(sec % 60)}`;
  };
  const id = (s: string): string => s;
  if (layout === 'plain') {
    for (const t of turns) {
      d.t(`${t.role}: `);
      emit(d, t.segs, id, true);
      d.t('\n');
    }
  } else if (layout === 'stamp') {
    d.t(`session ${sid} · ${day}\n`);
    for (const t of turns) {
      d.t(`[${stamp()}] ${t.role.toUpperCase()}: `);
      emit(d, t.segs, id, true);
      d.t('\n');
    }
  } else if (layout === 'json') {
    d.t(`{"session_id": "${sid}", "events": [\n`);
    turns.forEach((t, i) => {
      d.t(`  {"ts": "${day}T${stamp()}Z", "role": "${t.role}", "content": "`);
      emit(d, t.segs, jsonEsc, false);
      d.t(i === turns.length - 1 ? '"}\n' : '"},\n');
    });
    d.t(']}\n');
  } else if (layout === 'jsonl') {
    turns.forEach((t, i) => {
      d.t(`{"sid":"${sid}","seq":${i + 1},"type":"${t.role === 'tool' ? 'tool_result' : 'message'}","role":"${t.role}","text":"`);
      emit(d, t.segs, jsonEsc, false);
      d.t('"}\n');
    });
  } else if (layout === 'md') {
    d.t(`## Transcript ${sid}\n\n`);
    for (const t of turns) {
      if (t.role === 'tool' || t.role === 'note' || t.role === 'memory') {
        d.t(`> _${t.role}_: `);
        emit(d, t.segs, id, false);
        d.t('\n\n');
      } else {
        d.t(`**${t.role.charAt(0).toUpperCase()}${t.role.slice(1)}:** `);
        emit(d, t.segs, id, true);
        d.t('\n\n');
      }
    }
  } else {
    d.t('session_id,turn,timestamp,role,content\n');
    turns.forEach((t, i) => {
      d.t(`${sid},${i + 1},${day} ${stamp()},${t.role},"`);
      emit(d, t.segs, csvEsc, false);
      d.t('"\n');
    });
  }
  return d;
}

// ───────────────────────────── names ─────────────────────────────

interface Culture {
  readonly id: string;
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Family name first, written without comma (East Asian, Hungarian). */
  readonly ff?: boolean;
}

const sp = (s: string): string[] => s.trim().split(/\s+/).map((x) => x.replace(/_/g, ' '));

const CULTURES: readonly Culture[] = [
  { id: 'us', given: sp('Rose Hope Will Bill Grant May Guy Faith Joy June Mark Dawn Tyler Brianna Dwayne Kayla Cody Shawna'), family: sp('Young King Brown Long Bishop Porter Fisher Sawyer Whitaker Gaines Holloway Pruitt Mercer Cobb Hatcher') },
  { id: 'uk', given: sp('Nigel Fiona Rhys Imogen Callum Harriet Alfie Poppy Gareth Siobhan Rupert Maisie'), family: sp('Ashworth Pennington Fairclough Haworth Blackwood Thistlethwaite Coates Lister Rowntree Pybus Chadwick') },
  { id: 'de', given: sp('Jürgen Anke Dieter Friederike Lukas Hannelore Björn Svenja Torsten Heike Matthias Ute'), family: sp('Schröder Hoffmann Brandt Kühne Wendland Obermeier Strauß Pohl Reinholz Lindemann Kessler Vogt') },
  { id: 'fr', given: sp('Thibault Élodie Gaëlle Benoît Margaux Yannick Solène Régis Capucine Loïc Maëlys Hervé'), family: sp('Lefebvre Moreau Girard Roussel Fontaine Chevallier Barbier Perrin Lemaire Dufresne Carpentier') },
  { id: 'es', given: sp('Iñaki Rocío Álvaro Nerea Guillermo Inmaculada Jorge Pilar Sergio Montserrat Ainhoa Paco'), family: sp('Etxeberria Navarro Castaño Ibáñez Quintana Salcedo Ortega Méndez Valbuena Herrero Aguado') },
  { id: 'mx', given: sp('Guadalupe Jesús Ximena Rogelio Itzel Octavio Citlali Efraín Araceli Heriberto Yesenia Socorro'), family: sp('Hernández Zúñiga Villaseñor Ruiz_Cortés Tapia Olvera Garza Barragán Cisneros Camacho Ochoa') },
  { id: 'br', given: sp('João Thaís Gustavo Luana Wellington Jéssica Caio Rafaela Edvaldo Bruna Anderson Lucimar'), family: sp('Oliveira Nascimento Cavalcanti Figueiredo Rocha Siqueira Bezerra Magalhães Teixeira Albuquerque') },
  { id: 'it', given: sp('Giuseppe Chiara Salvatore Federica Gianluca Benedetta Raffaele Ilaria Vincenzo Serena Ottavio Carla'), family: sp('Esposito Ferraro Colombo Marchetti Santoro Lombardi De_Luca Bellucci Caruso Pellegrini Fabbri') },
  { id: 'nl', given: sp('Sander Femke Joost Lieke Bram Marieke Thijs Sanne Wouter Anouk Gert Ilse'), family: sp('van_der_Berg de_Vries Bakker Visser Smit Meijer Mulder de_Groot Bosman Hendriks Kuipers') },
  { id: 'pl', given: sp('Wojciech Agnieszka Grzegorz Małgorzata Krzysztof Zofia Bartosz Katarzyna Przemysław Jadwiga Łukasz Ewa'), family: sp('Kowalczyk Wiśniewska Lewandowski Zielińska Szymański Woźniak Dąbrowski Kaczmarek Jabłońska Grabowski') },
  { id: 'tr', given: sp('Mehmet Ayşe Emre Zeynep Burak Elif Oğuz Gülşen Serkan Derya Kerem Nur'), family: sp('Yılmaz Demir Şahin Çelik Aydın Öztürk Arslan Doğan Kılıç Aksoy Erdoğan Kaya') },
  { id: 'ar', given: sp('Said Fatima Khalid Noura Yousef Mariam Omar Layla Tariq Huda Faisal Reem'), family: sp('Al-Mansouri Haddad Al-Qahtani Nasser Khoury El-Sayed Bakr Al-Harbi Saleh Mahfouz Al-Rashid') },
  { id: 'ng', given: sp('Chinedu Ngozi Oluwaseun Funmilayo Emeka Adaeze Tunde Blessing Ifeanyi Yetunde Babajide Chiamaka'), family: sp('Okonkwo Adebayo Eze Balogun Nwachukwu Ogunleye Okafor Adeyemi Obi Akinola Nnamdi') },
  { id: 'ke', given: sp('Wanjiru Otieno Achieng Kamau Njeri Kiprop Mumbi Mwangi Atieno Baraka Zawadi Juma'), family: sp('Odhiambo Kariuki Wambui Chebet Mutua Onyango Kipchoge Ndungu Wekesa Omondi Ruto') },
  { id: 'za', given: sp('Thabo Lerato Sipho Nomvula Pieter Annelie Bongani Zanele Johan Palesa Themba Riaan'), family: sp('Nkosi Dlamini van_Wyk Botha Mokoena Khumalo Pretorius Naidoo Mahlangu Coetzee') },
  { id: 'in', given: sp('Priya Arjun Lakshmi Rohit Ananya Venkatesh Sneha Harpreet Divya Karthik Pooja Sunny'), family: sp('Sharma Iyer Reddy Banerjee Kulkarni Chatterjee Nair Gupta Deshpande Sandhu Pillai Mehta') },
  { id: 'cn', ff: true, given: sp('伟 秀英 志强 婷婷 建国 丽娜 浩然 雪梅 俊杰 晓燕 子涵 国华'), family: sp('王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙') },
  { id: 'cnr', given: sp('Wei Xiuying Zhiqiang Tingting Haoran Xuemei Junjie Xiaoyan Zihan Meiling Jun Lan'), family: sp('Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Lin') },
  { id: 'jp', ff: true, given: sp('美咲 翔太 陽菜 大輔 さくら 健一 結衣 拓也 恵子 蓮 真由美 浩二'), family: sp('田中 佐藤 鈴木 高橋 渡辺 伊藤 山本 中村 小林 加藤 吉田 松本') },
  { id: 'jpr', given: sp('Misaki Shota Hina Daisuke Sakura Kenichi Yui Takuya Keiko Ren Mayumi Koji'), family: sp('Tanaka Sato Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Matsumoto') },
  { id: 'kr', ff: true, given: sp('민준 서연 지훈 하은 도윤 수빈 현우 지민 예린 성호 은지 태양'), family: sp('김 이 박 최 정 강 조 윤 장 임 한 오') },
  { id: 'krr', given: sp('Minjun Seoyeon Jihoon Haeun Doyoon Subin Hyunwoo Jimin Yerin Sungho Eunji Taeyang'), family: sp('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh') },
  { id: 'vn', ff: true, given: sp('Thị_Mai Văn_Hùng Ngọc_Anh Minh_Tuấn Thu_Hà Quốc_Bảo Thanh_Hương Đức_Long Kim_Oanh Hoàng_Nam'), family: sp('Nguyễn Trần Lê Phạm Hoàng Huỳnh Võ Đặng Bùi Đỗ') },
  { id: 'id', given: sp('Budi Siti Agus Dewi Rizky Ayu Bambang Intan Hendra Wulan Joko Putri'), family: sp('Santoso Wijaya Hartono Kusuma Pratama Saputra Halim Gunawan Setiawan Nugroho Susanto') },
  { id: 'se', given: sp('Linnea Oskar Ingrid Henrik Astrid Mattias Sigrid Nils Ebba Göran Frida Per'), family: sp('Lindqvist Johansson Bergström Åkesson Sjöberg Holmgren Nyström Wallin Engström Dahl') },
  { id: 'gr', given: sp('Dimitris Eleni Giorgos Katerina Nikos Sofia Yannis Despina Kostas Athina Stavros Vasiliki'), family: sp('Papadopoulos Georgiou Konstantinidis Oikonomou Alexiou Karalis Vlachos Mavridis Pappas') },
  { id: 'ph', given: sp('Jericho Maricel Rodel Lovely Arnel Precious Jomar Rowena Dindo Analyn Bong Cherry'), family: sp('dela_Cruz Bautista Macapagal Villanueva Santos Dimaculangan Manalo Ocampo Soriano Aquino') },
  { id: 'ir', given: sp('Dariush Shirin Kourosh Parisa Babak Nasrin Arash Golnar Farhad Mahsa Reza Leila'), family: sp('Tehrani Hosseini Rahimi Jafari Karimi Moradi Ahmadi Sadeghi Kazemi Rostami') },
  { id: 'il', given: sp('Noa Yair Tamar Eitan Shira Avi Michal Oren Yael Doron Liat Guy'), family: sp('Cohen Levi Mizrahi Peretz Biton Friedman Azoulay Katz Shapiro Ben-David') },
  { id: 'ru', given: sp('Dmitri Svetlana Alexei Tatiana Igor Yekaterina Sergei Natalia Pavel Olga Vadim Irina'), family: sp('Ivanov Smirnova Kuznetsov Popova Volkov Sokolova Morozov Lebedeva Novikov Fedorova') },
];

const CUL = new Map(CULTURES.map((c) => [c.id, c]));
function cul(id: string): Culture {
  const c = CUL.get(id);
  if (!c) throw new Error(`no culture ${id}`);
  return c;
}

interface Person {
  readonly g: string;
  readonly f: string;
  readonly ff: boolean;
  /** ASCII-ish romanisation used for e-mail local parts. */
  readonly rg: string;
  readonly rf: string;
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/đ/gi, 'd')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

const ROMAN: Record<string, string> = { cn: 'cnr', jp: 'jpr', kr: 'krr' };

function person(r: Rng, cid: string): Person {
  const c = cul(cid);
  const gi = r.int(0, c.given.length - 1);
  const fi = r.int(0, c.family.length - 1);
  const g = c.given[gi] as string;
  const f = c.family[fi] as string;
  const rc = ROMAN[cid];
  if (rc) {
    const rr = cul(rc);
    return { g, f, ff: true, rg: ascii(rr.given[gi % rr.given.length] as string), rf: ascii(rr.family[fi % rr.family.length] as string) };
  }
  return { g, f, ff: !!c.ff, rg: ascii(g) || 'user', rf: ascii(f) || 'mail' };
}

function full(p: Person): string {
  if (!p.ff) return `${p.g} ${p.f}`;
  return /^[\u3040-\u9fff\uac00-\ud7af]/.test(p.f) ? `${p.f}${p.g}` : `${p.f} ${p.g}`;
}
const nm = (v: string): Val => ({ k: 'PERSON', v });

/** A name in a random written form. */
function nameForm(r: Rng, p: Person): string {
  const x = r.int(0, 9);
  if (p.ff) return x < 6 ? full(p) : p.f;
  if (x <= 3) return `${p.g} ${p.f}`;
  if (x === 4) return `${p.g.charAt(0)}. ${p.f}`;
  if (x === 5) return `${p.f}, ${p.g}`;
  if (x === 6) return `${p.g} ${p.f}`.toUpperCase();
  if (x === 7) return `${p.g} ${p.f}`.toLowerCase();
  if (x === 8) return p.g;
  return p.f;
}

// ───────────────────────────── structured values ─────────────────────────────

function cardDigits(r: Rng): string {
  const k = r.int(0, 11);
  let body: string;
  if (k <= 3) body = `4${r.digits(14)}`;
  else if (k === 4) body = `4${r.digits(11)}`;
  else if (k <= 6) body = `5${r.int(1, 5)}${r.digits(13)}`;
  else if (k === 7) body = `${r.int(2221, 2720)}${r.digits(11)}`;
  else if (k === 8) body = `3${r.pick(['4', '7'])}${r.digits(12)}`;
  else if (k === 9) body = r.chance(0.5) ? `6011${r.digits(11)}` : `65${r.digits(13)}`;
  else if (k === 10) body = r.chance(0.5) ? `35${r.int(28, 89)}${r.digits(11)}` : `36${r.digits(11)}`;
  else body = `62${r.digits(13)}`;
  for (let d = 0; d < 10; d++) if (luhnValid(body + String(d))) return body + String(d);
  return body + '0';
}

function groupCard(r: Rng, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length !== 16) return d;
  return (d.match(/.{4}/g) ?? [d]).join(sep);
}
function card(r: Rng): Val {
  return { k: 'CARD', v: groupCard(r, cardDigits(r)) };
}
/** A card-shaped number that fails Luhn (unlabelled). */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = (Number(d.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, -1) + String(last));
}

const IBAN_LETTERS: Record<string, number> = { GB: 4, NL: 4, IE: 4, RO: 4, MT: 4, LV: 4, BG: 4, QA: 4, KW: 4, IT: 1 };
function ibanCheck(cc: string, bban: string): string {
  const s = bban + cc + '00';
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return pad2(98 - rem);
}
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const nl = IBAN_LETTERS[cc] ?? 0;
  let bban = '';
  for (let i = 0; i < nl; i++) bban += String.fromCharCode(65 + r.int(0, 25));
  bban += r.digits(len - 4 - nl);
  return cc + ibanCheck(cc, bban) + bban;
}
function groupIban(r: Rng, c: string): string {
  const x = r.int(0, 5);
  if (x <= 2) return (c.match(/.{1,4}/g) ?? [c]).join(' ');
  if (x === 3) return c.toLowerCase();
  return c;
}
function iban(r: Rng, cc: string): Val {
  return { k: 'IBAN', v: groupIban(r, ibanCompact(r, cc)) };
}
/** An IBAN with broken check digits (unlabelled). */
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  const chk = (Number(c.slice(2, 4)) + r.int(1, 40)) % 97;
  return groupIban(r, c.slice(0, 2) + pad2(chk < 2 ? chk + 2 : chk) + c.slice(4));
}

function ssnRaw(r: Rng): [string, string, string] {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return [String(a).padStart(3, '0'), pad2(r.int(1, 99)), String(r.int(1, 9999)).padStart(4, '0')];
}
function ssn(r: Rng): Val {
  const [a, b, c] = ssnRaw(r);
  const sep = r.pick(['-', '-', '-', ' ', '']);
  return { k: 'NATIONAL_ID', v: [a, b, c].join(sep) };
}

function ip4(r: Rng): Val {
  const first = r.pick([10, 172, 192, 81, 95, 203, 41, 187, 100, 24, 73, 151, 213, 45]);
  return { k: 'IP', v: `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}` };
}
function ip6(r: Rng): Val {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const x = r.int(0, 2);
  if (x === 0) return { k: 'IP', v: `2001:db8:${h()}:${h()}::${h()}` };
  if (x === 1) return { k: 'IP', v: `${r.pick(['2a02', '2607', '2400', 'fe80', '2c0f'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}` };
  return { k: 'IP', v: `fd${r.int(0, 255).toString(16).padStart(2, '0')}::${h()}` };
}
function ip(r: Rng): Val {
  return r.chance(0.7) ? ip4(r) : ip6(r);
}

const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'hotmail.co.uk', 'web.de', 'gmx.net', 'orange.fr', 'libero.it', 'naver.com', 'qq.com', 'yahoo.co.jp', 'uol.com.br', 'mail.ru', 'rediffmail.com', 'wp.pl', 'ziggo.nl'];
function email(r: Rng, p: Person): Val {
  const d = r.pick(DOMAINS);
  const x = r.int(0, 5);
  const local =
    x === 0 ? `${p.rg}.${p.rf}` : x === 1 ? `${p.rg}${p.rf}${r.int(1, 99)}` : x === 2 ? `${p.rg.charAt(0)}${p.rf}` : x === 3 ? `${p.rf}.${p.rg}` : x === 4 ? `${p.rg}_${r.int(1960, 2005)}` : `${p.rg}.${p.rf.charAt(0)}`;
  return { k: 'EMAIL', v: `${local}@${d}` };
}
function spokenEmail(r: Rng, p: Person): Val {
  const d = r.pick(['gmail dot com', 'outlook dot com', 'yahoo dot com', 'hotmail dot co dot uk']);
  return { k: 'EMAIL', v: `${p.rg} ${r.pick(['dot', 'underscore'])} ${p.rf} at ${d}` };
}
function roleEmail(r: Rng, org: string): Val {
  return { k: 'EMAIL', v: `${r.pick(['support', 'claims', 'help', 'privacy', 'noreply', 'billing', 'hr', 'admissions'])}@${org}` };
}

// ───────────────────────────── locales ─────────────────────────────

interface Locale {
  readonly cc: string;
  readonly cultures: readonly string[];
  phone(r: Rng): string;
  addr(r: Rng): string[];
  dob(r: Rng, y: number, m: number, d: number): string;
  /** IBAN country, when the locale has IBANs. */
  readonly iban?: string;
}

const MONTHS: Record<string, readonly string[]> = {
  en: sp('January February March April May June July August September October November December'),
  de: sp('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
  fr: sp('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  es: sp('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  it: sp('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  nl: sp('januari februari maart april mei juni juli augustus september oktober november december'),
  pt: sp('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
};
const mon = (lang: string, m: number): string => MONTHS[lang]?.[m - 1] ?? 'May';
const dmy = (sep: string) => (_r: Rng, y: number, m: number, d: number): string => `${pad2(d)}${sep}${pad2(m)}${sep}${y}`;
const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const D = (r: Rng, n: number): string => r.digits(n);
const ST = (r: Rng, xs: string): string => r.pick(sp(xs));

const LOCALES: Record<string, Locale> = {
  us: {
    cc: 'US', cultures: ['us', 'us', 'mx', 'in', 'cnr', 'krr', 'ng', 'ph', 'il', 'ru'],
    phone: (r) => { const a = `${r.int(2, 9)}${D(r, 2)}`; const b = `${r.int(2, 9)}${D(r, 2)}`; const c = D(r, 4); return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]); },
    addr: (r) => [`${r.int(12, 9899)} ${ST(r, 'Maple Oakridge Cedar_Hollow Birchwood Sycamore Juniper Larkspur Willow_Creek')} ${ST(r, 'Ave St Dr Ln Blvd Ct')}${r.chance(0.3) ? `, Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C'])}` : ''}`, `${ST(r, 'Columbus,_OH Tacoma,_WA Boise,_ID Raleigh,_NC Tucson,_AZ Duluth,_MN Savannah,_GA Albany,_NY Fresno,_CA')} ${r.int(10000, 99899)}`],
    dob: (r, y, m, d) => r.pick([`${pad2(m)}/${pad2(d)}/${y}`, `${m}/${d}/${y}`, `${mon('en', m)} ${d}, ${y}`, `${y}-${pad2(m)}-${pad2(d)}`]),
  },
  uk: {
    cc: 'GB', iban: 'GB', cultures: ['uk', 'uk', 'in', 'ng', 'ar', 'pl'],
    phone: (r) => r.pick([`07${D(r, 3)} ${D(r, 6)}`, `+44 7${D(r, 3)} ${D(r, 3)} ${D(r, 3)}`, `020 ${D(r, 4)} ${D(r, 4)}`, `0161 ${D(r, 3)} ${D(r, 4)}`]),
    addr: (r) => [`${r.int(1, 220)} ${ST(r, 'Kestrel_Road Hawthorn_Close Mill_Lane Albion_Terrace Ferndale_Avenue Quarry_Street')}`, ST(r, 'Leeds_LS6_2AB Norwich_NR2_4PQ Bristol_BS7_9DL Cardiff_CF24_3JT Leicester_LE2_1XW Hull_HU5_3RE')],
    dob: (r, y, m, d) => r.pick([`${pad2(d)}/${pad2(m)}/${y}`, `${d} ${mon('en', m)} ${y}`, `${ord(d)} ${mon('en', m)} ${y}`]),
  },
  de: {
    cc: 'DE', iban: 'DE', cultures: ['de', 'de', 'tr', 'pl', 'ru'],
    phone: (r) => r.pick([`+49 15${r.int(1, 9)} ${D(r, 8)}`, `0151 ${D(r, 4)} ${D(r, 4)}`, `030 ${D(r, 8)}`, `(089) ${D(r, 3)} ${D(r, 3)}-${D(r, 2)}`]),
    addr: (r) => [`${ST(r, 'Lindenstraße Am_Kirschgarten Birkenweg Hafenstraße Wiesenring Talstraße')} ${r.int(1, 140)}${r.chance(0.2) ? 'a' : ''}`, ST(r, '10115_Berlin 20095_Hamburg 50667_Köln 04109_Leipzig 79098_Freiburg_im_Breisgau 90402_Nürnberg')],
    dob: (r, y, m, d) => r.pick([`${pad2(d)}.${pad2(m)}.${y}`, `${d}. ${mon('de', m)} ${y}`]),
  },
  fr: {
    cc: 'FR', iban: 'FR', cultures: ['fr', 'fr', 'ar', 'ng'],
    phone: (r) => r.pick([`06 ${D(r, 2)} ${D(r, 2)} ${D(r, 2)} ${D(r, 2)}`, `+33 7 ${D(r, 2)} ${D(r, 2)} ${D(r, 2)} ${D(r, 2)}`, `01.${D(r, 2)}.${D(r, 2)}.${D(r, 2)}.${D(r, 2)}`]),
    addr: (r) => [`${r.int(1, 90)}${r.chance(0.2) ? ' bis' : ''} ${ST(r, 'rue_des_Tanneurs avenue_des_Tilleuls impasse_du_Moulin boulevard_de_la_Liberté chemin_des_Vignes')}`, ST(r, '69002_Lyon 13006_Marseille 31000_Toulouse 44000_Nantes 67000_Strasbourg 75011_Paris')],
    dob: (r, y, m, d) => r.pick([`${pad2(d)}/${pad2(m)}/${y}`, `${d} ${mon('fr', m)} ${y}`]),
  },
  es: {
    cc: 'ES', iban: 'ES', cultures: ['es', 'es', 'mx'],
    phone: (r) => r.pick([`+34 6${D(r, 2)} ${D(r, 3)} ${D(r, 3)}`, `6${D(r, 2)} ${D(r, 2)} ${D(r, 2)} ${D(r, 2)}`, `91 ${D(r, 3)} ${D(r, 2)} ${D(r, 2)}`]),
    addr: (r) => [`${ST(r, 'Calle_del_Olmo Avenida_de_la_Albufera Calle_Mayor Paseo_de_las_Acacias Calle_de_la_Sierra')} ${r.int(1, 120)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izq.', 'dcha.'])}`, ST(r, '28012_Madrid 46004_Valencia 41003_Sevilla 48005_Bilbao 50001_Zaragoza')],
    dob: (r, y, m, d) => r.pick([`${pad2(d)}/${pad2(m)}/${y}`, `${d} de ${mon('es', m)} de ${y}`]),
  },
  mx: {
    cc: 'MX', cultures: ['mx'],
    phone: (r) => r.pick([`+52 55 ${D(r, 4)} ${D(r, 4)}`, `33 ${D(r, 4)} ${D(r, 4)}`, `(81) ${D(r, 4)}-${D(r, 4)}`]),
    addr: (r) => [`${ST(r, 'Av._Insurgentes_Sur Calle_Tlacotalpan Av._Revolución Calle_Jacarandas')} ${r.int(10, 2400)}, Col. ${ST(r, 'Roma_Sur Narvarte Del_Valle Providencia Mitras_Centro')}`, ST(r, '03100_Ciudad_de_México,_CDMX 44630_Guadalajara,_Jal. 64460_Monterrey,_N.L.')],
    dob: (r, y, m, d) => r.pick([`${pad2(d)}/${pad2(m)}/${y}`, `${d} de ${mon('es', m)} de ${y}`]),
  },
  br: {
    cc: 'BR', iban: 'BR', cultures: ['br'],
    phone: (r) => r.pick([`(11) 9${D(r, 4)}-${D(r, 4)}`, `+55 21 9${D(r, 4)}-${D(r, 4)}`, `(31) 9 ${D(r, 4)} ${D(r, 4)}`]),
    addr: (r) => [`${ST(r, 'Rua_das_Acácias Avenida_Brigadeiro_Faria_Lima Rua_do_Catete Travessa_Aurora Rua_Padre_Chagas')}, ${r.int(10, 3000)}${r.chance(0.4) ? ` - apto ${r.int(11, 190)}` : ''}`, ST(r, 'Pinheiros,_São_Paulo_-_SP Botafogo,_Rio_de_Janeiro_-_RJ Savassi,_Belo_Horizonte_-_MG Moinhos_de_Vento,_Porto_Alegre_-_RS'), `CEP ${D(r, 5)}-${D(r, 3)}`],
    dob: (_r, y, m, d) => `${pad2(d)}/${pad2(m)}/${y}`,
  },
  it: {
    cc: 'IT', iban: 'IT', cultures: ['it'],
    phone: (r) => r.pick([`+39 3${D(r, 2)} ${D(r, 3)} ${D(r, 4)}`, `3${D(r, 2)} ${D(r, 7)}`, `06 ${D(r, 4)} ${D(r, 4)}`]),
    addr: (r) => [`${ST(r, 'Via_dei_Mille Via_della_Spiga Corso_Vittorio_Emanuele_II Viale_dei_Pini Piazza_Santo_Stefano')} ${r.int(1, 200)}`, ST(r, '20121_Milano_(MI) 00185_Roma 80134_Napoli 40126_Bologna 10123_Torino_TO')],
    dob: (r, y, m, d) => r.pick([`${pad2(d)}/${pad2(m)}/${y}`, `${d} ${mon('it', m)} ${y}`]),
  },
  nl: {
    cc: 'NL', iban: 'NL', cultures: ['nl', 'nl', 'tr', 'id'],
    phone: (r) => r.pick([`06-${D(r, 8)}`, `+31 6 ${D(r, 4)} ${D(r, 4)}`, `020 ${D(r, 3)} ${D(r, 4)}`]),
    addr: (r) => [`${ST(r, 'Keizersgracht Lindengracht Merelstraat Burgemeester_Reigerstraat Zonnebloemlaan')} ${r.int(1, 400)}${r.chance(0.3) ? '-hs' : ''}`, `${r.int(1000, 9999)} ${r.pick(['DV', 'KL', 'AB', 'RT'])} ${ST(r, 'Amsterdam Utrecht Groningen Eindhoven Haarlem')}`],
    dob: (r, y, m, d) => r.pick([`${pad2(d)}-${pad2(m)}-${y}`, `${d} ${mon('nl', m)} ${y}`]),
  },
  pl: {
    cc: 'PL', iban: 'PL', cultures: ['pl'],
    phone: (r) => r.pick([`+48 ${r.int(50, 79)}${D(r, 1)} ${D(r, 3)} ${D(r, 3)}`, `${r.int(500, 799)}-${D(r, 3)}-${D(r, 3)}`]),
    addr: (r) => [`ul. ${ST(r, 'Długa Ogrodowa Kwiatowa Lipowa Piłsudskiego')} ${r.int(1, 90)}${r.chance(0.5) ? `/${r.int(1, 60)}` : ''}`, ST(r, '80-831_Gdańsk 31-042_Kraków 00-950_Warszawa 60-101_Poznań')],
    dob: dmy('.'),
  },
  tr: {
    cc: 'TR', iban: 'TR', cultures: ['tr'],
    phone: (r) => r.pick([`+90 5${D(r, 2)} ${D(r, 3)} ${D(r, 2)} ${D(r, 2)}`, `0 (5${D(r, 2)}) ${D(r, 3)} ${D(r, 2)} ${D(r, 2)}`]),
    addr: (r) => [`${ST(r, 'Bağdat_Cad. Atatürk_Bulvarı Çiçek_Sok. Papatya_Sk.')} No: ${r.int(1, 150)} Daire ${r.int(1, 20)}`, ST(r, '34728_Kadıköy/İstanbul 06420_Çankaya/Ankara 35220_Konak/İzmir')],
    dob: dmy('.'),
  },
  ae: {
    cc: 'AE', iban: 'AE', cultures: ['ar', 'ar', 'in', 'ph'],
    phone: (r) => r.pick([`+971 5${r.int(0, 8)} ${D(r, 3)} ${D(r, 4)}`, `05${r.int(0, 8)} ${D(r, 3)} ${D(r, 4)}`]),
    addr: (r) => [`Villa ${r.int(1, 90)}, Street ${r.int(1, 40)}`, `${ST(r, 'Al_Barsha_2 Jumeirah_1 Al_Nahda_1 Mirdif')}, Dubai, United Arab Emirates`],
    dob: dmy('/'),
  },
  ng: {
    cc: 'NG', cultures: ['ng'],
    phone: (r) => r.pick([`+234 80${r.int(2, 9)} ${D(r, 3)} ${D(r, 4)}`, `080${r.int(2, 9)}${D(r, 7)}`, `0703 ${D(r, 3)} ${D(r, 4)}`]),
    addr: (r) => [`${r.int(1, 60)} ${ST(r, 'Adeola_Hopewell_Street Bode_Thomas_Street Awolowo_Road Ogui_Road')}`, `${ST(r, 'Victoria_Island,_Lagos Surulere,_Lagos Ikoyi,_Lagos Enugu,_Enugu_State')}`],
    dob: (r, y, m, d) => r.pick([`${pad2(d)}/${pad2(m)}/${y}`, `${ord(d)} ${mon('en', m)}, ${y}`]),
  },
  ke: {
    cc: 'KE', cultures: ['ke'],
    phone: (r) => r.pick([`+254 7${D(r, 2)} ${D(r, 3)} ${D(r, 3)}`, `07${D(r, 2)} ${D(r, 6)}`]),
    addr: (r) => r.pick([[`P.O. Box ${r.int(100, 99999)}-00100`, 'Nairobi, Kenya'], [`${ST(r, 'Ngong_Road Kimathi_Street Argwings_Kodhek_Road')}, House ${r.int(1, 80)}`, `${ST(r, 'Kilimani Westlands Lavington')}, Nairobi`]]),
    dob: dmy('/'),
  },
  in: {
    cc: 'IN', cultures: ['in'],
    phone: (r) => r.pick([`+91 9${D(r, 4)} ${D(r, 5)}`, `98${D(r, 3)}-${D(r, 5)}`, `0${r.int(11, 80)}-${D(r, 8)}`]),
    addr: (r) => [`Flat ${r.int(101, 904)}, ${ST(r, 'Sai_Residency Green_Meadows Lotus_Heights Shanti_Kunj')}, ${ST(r, '14th_Cross_Road MG_Road Link_Road Station_Road')}`, `${ST(r, 'Indiranagar,_Bengaluru Andheri_West,_Mumbai Salt_Lake,_Kolkata Kothrud,_Pune')} ${r.int(400001, 700099)}`],
    dob: (r, y, m, d) => r.pick([`${pad2(d)}-${pad2(m)}-${y}`, `${pad2(d)}/${pad2(m)}/${y}`]),
  },
  jp: {
    cc: 'JP', cultures: ['jp'],
    phone: (r) => r.pick([`090-${D(r, 4)}-${D(r, 4)}`, `080-${D(r, 4)}-${D(r, 4)}`, `03-${D(r, 4)}-${D(r, 4)}`, `+81 90 ${D(r, 4)} ${D(r, 4)}`]),
    addr: (r) => [`〒${D(r, 3)}-${D(r, 4)} ${ST(r, '東京都世田谷区三軒茶屋 大阪府大阪市北区梅田 福岡県福岡市中央区天神 北海道札幌市中央区北三条西')}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`],
    dob: (r, y, m, d) => r.pick([`${y}年${m}月${d}日`, `${y}/${pad2(m)}/${pad2(d)}`]),
  },
  kr: {
    cc: 'KR', cultures: ['kr'],
    phone: (r) => r.pick([`010-${D(r, 4)}-${D(r, 4)}`, `+82 10 ${D(r, 4)} ${D(r, 4)}`, `02-${D(r, 3)}-${D(r, 4)}`]),
    addr: (r) => [`${ST(r, '서울특별시_마포구_월드컵북로 부산광역시_해운대구_센텀중앙로 대전광역시_유성구_대학로')} ${r.int(1, 400)}, ${r.int(101, 120)}동 ${r.int(101, 1504)}호`],
    dob: (r, y, m, d) => r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad2(m)}.${pad2(d)}`]),
  },
  cn: {
    cc: 'CN', cultures: ['cn'],
    phone: (r) => r.pick([`138 ${D(r, 4)} ${D(r, 4)}`, `+86 139${D(r, 8)}`, `15${r.int(0, 9)}-${D(r, 4)}-${D(r, 4)}`]),
    addr: (r) => [`${ST(r, '上海市浦东新区张杨路 北京市朝阳区建国路 广州市天河区体育西路 杭州市西湖区文三路')}${r.int(1, 999)}号${r.int(1, 30)}栋${r.int(101, 2802)}室`],
    dob: (_r, y, m, d) => `${y}年${m}月${d}日`,
  },
  se: {
    cc: 'SE', iban: 'SE', cultures: ['se'],
    phone: (r) => r.pick([`070-${D(r, 3)} ${D(r, 2)} ${D(r, 2)}`, `+46 73 ${D(r, 3)} ${D(r, 2)} ${D(r, 2)}`]),
    addr: (r) => [`${ST(r, 'Storgatan Björkvägen Kungsgatan Ekbacken')} ${r.int(1, 80)}`, `${r.int(111, 985)} ${r.int(10, 99)} ${ST(r, 'Uppsala Malmö Umeå Göteborg')}`],
    dob: (_r, y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`,
  },
  za: {
    cc: 'ZA', cultures: ['za'],
    phone: (r) => r.pick([`082 ${D(r, 3)} ${D(r, 4)}`, `+27 71 ${D(r, 3)} ${D(r, 4)}`]),
    addr: (r) => [`${r.int(1, 200)} ${ST(r, 'Jacaranda_Street Protea_Road Long_Street Voortrekker_Road')}`, `${ST(r, 'Sea_Point,_Cape_Town Melville,_Johannesburg Hatfield,_Pretoria')}, ${r.int(1000, 8999)}`],
    dob: (r, y, m, d) => r.pick([`${y}/${pad2(m)}/${pad2(d)}`, `${d} ${mon('en', m)} ${y}`]),
  },
  vn: {
    cc: 'VN', cultures: ['vn'],
    phone: (r) => r.pick([`090 ${D(r, 3)} ${D(r, 4)}`, `+84 91 ${D(r, 3)} ${D(r, 4)}`]),
    addr: (r) => [`Số ${r.int(1, 300)} ${ST(r, 'Nguyễn_Trãi Lê_Lợi Hai_Bà_Trưng Trần_Hưng_Đạo')}, ${ST(r, 'Phường_Bến_Nghé,_Quận_1,_TP._Hồ_Chí_Minh Phường_Hàng_Bạc,_Hoàn_Kiếm,_Hà_Nội')}`],
    dob: dmy('/'),
  },
  id: {
    cc: 'ID', cultures: ['id'],
    phone: (r) => r.pick([`0812-${D(r, 4)}-${D(r, 4)}`, `+62 813 ${D(r, 4)} ${D(r, 4)}`]),
    addr: (r) => [`Jl. ${ST(r, 'Melati Kenanga Cempaka_Putih Anggrek')} No. ${r.int(1, 120)}, RT ${pad2(r.int(1, 15))}/RW ${pad2(r.int(1, 12))}`, `${ST(r, 'Menteng,_Jakarta_Pusat Coblong,_Bandung Gubeng,_Surabaya')} ${r.int(10110, 60299)}`],
    dob: dmy('-'),
  },
};
const LOC = (k: string): Locale => LOCALES[k] as Locale;

// ───────────────────────────── per-document context ─────────────────────────────

const WORDS = sp('zero one two three four five six seven eight nine');

class G {
  readonly known: string[] = [];
  constructor(
    readonly r: Rng,
    readonly loc: Locale,
  ) {}
  p(cid?: string): Person {
    return person(this.r, cid ?? this.r.pick(this.loc.cultures));
  }
  /** The user's own full name: labelled and recorded in knownNames. */
  self(p: Person): Val {
    const v = full(p);
    if (!this.known.includes(v)) this.known.push(v);
    return nm(v);
  }
  n(p: Person): Val {
    return nm(nameForm(this.r, p));
  }
  ph(): Val {
    return { k: 'PHONE', v: this.loc.phone(this.r) };
  }
  spokenPhone(): Val {
    const ds = `${this.r.int(2, 9)}${this.r.digits(9)}`;
    const w = [...ds].map((c) => (c === '0' && this.r.chance(0.5) ? 'oh' : (WORDS[Number(c)] as string)));
    return { k: 'PHONE', v: `${w.slice(0, 3).join(' ')}, ${w.slice(3, 6).join(' ')}, ${w.slice(6).join(' ')}` };
  }
  ad(multi = false): Val {
    const lines = this.loc.addr(this.r);
    return { k: 'ADDRESS', v: lines.join(', '), ...(multi && lines.length > 1 ? { ml: lines.join('\n') } : {}) };
  }
  dobParts(): [number, number, number] {
    return [this.r.int(1942, 2007), this.r.int(1, 12), this.r.int(1, 28)];
  }
  dobYoung(): Val {
    return { k: 'DOB', v: this.loc.dob(this.r, this.r.int(2006, 2012), this.r.int(1, 12), this.r.int(1, 28)) };
  }
  dob(): Val {
    const [y, m, d] = this.dobParts();
    return { k: 'DOB', v: this.loc.dob(this.r, y, m, d) };
  }
  em(p: Person): Val {
    return email(this.r, p);
  }
  cd(): Val {
    return card(this.r);
  }
  ib(cc?: string): Val {
    return iban(this.r, cc ?? this.loc.iban ?? this.r.pick(['DE', 'FR', 'NL', 'GB', 'ES', 'IT', 'BE', 'AT', 'CH', 'IE']));
  }
  ss(): Val {
    return ssn(this.r);
  }
  ip(): Val {
    return ip(this.r);
  }
  ip4(): Val {
    return ip4(this.r);
  }
  ip6(): Val {
    return ip6(this.r);
  }
  // distractors (never labelled)
  ord(): string {
    return `${this.r.pick(['ORD', 'SO', 'INV', 'RMA', 'CLM', 'CASE', 'TKT'])}-${this.r.int(2019, 2026)}-${this.r.digits(6)}`;
  }
  trk(): string {
    return this.r.pick([`1Z${this.r.digits(3)}AA1${this.r.digits(10)}`, `JD${this.r.digits(16)}`, `9${this.r.digits(3)} ${this.r.digits(4)} ${this.r.digits(4)} ${this.r.digits(2)}`]);
  }
  hash(): string {
    let s = '';
    for (let i = 0; i < this.r.pick([7, 12, 40]); i++) s += '0123456789abcdef'.charAt(this.r.int(0, 15));
    return s;
  }
  ver(): string {
    return this.r.pick([`v${this.r.int(1, 9)}.${this.r.int(0, 30)}.${this.r.int(0, 20)}`, `${this.r.int(1, 9)}.${this.r.int(0, 9)}.${this.r.int(0, 9)}.${this.r.int(0, 99)}`, `build ${this.r.int(20, 26)}.${this.r.int(1, 12)}.${this.r.digits(4)}`]);
  }
  iso(): string {
    return `2026-${pad2(this.r.int(1, 12))}-${pad2(this.r.int(1, 28))}`;
  }
  date(): string {
    const m = this.r.int(1, 12);
    const d = this.r.int(1, 28);
    return this.r.pick([`2026-${pad2(m)}-${pad2(d)}`, `${mon('en', m)} ${d}`, `${pad2(d)}/${pad2(m)}/2026`]);
  }
  badCard(): string {
    return badCard(this.r);
  }
  badIban(): string {
    return badIban(this.r, this.r.pick(['DE', 'FR', 'GB', 'NL', 'ES']));
  }
  maskCard(): string {
    return this.r.pick([`**** **** **** ${this.r.digits(4)}`, `ending in ${this.r.digits(4)}`, `XXXX-XXXX-XXXX-${this.r.digits(4)}`]);
  }
  maskSsn(): string {
    return this.r.pick([`***-**-${this.r.digits(4)}`, `XXX-XX-${this.r.digits(4)}`]);
  }
  maskPhone(): string {
    return this.r.pick([`***-***-${this.r.digits(4)}`, `+44 ***** ***${this.r.digits(3)}`, `•••• ${this.r.digits(4)}`]);
  }
  ein(): string {
    return `${this.r.int(10, 98)}-${this.r.digits(7)}`;
  }
  routing(): string {
    return this.r.pick(['021000021', '026009593', '121000358', '011401533', '091000019']);
  }
  /** A random trap sentence, no PII. */
  noise(): string {
    const r = this.r;
    return r.pick([
      `(ref ${this.ord()})`,
      `Tracking: ${this.trk()}.`,
      `agent build ${this.hash()} / policy ${this.ver()}`,
      `Last sync ${this.date()} 09:${pad2(r.int(0, 59))} UTC.`,
      `Test card ${this.badCard()} was rejected by the sandbox (Luhn fail).`,
      `Note: ${this.badIban()} failed validation.`,
      `Card on file ${this.maskCard()}.`,
      `Escalation queue: Tier-2 Disputes (SLA 48h).`,
      `Routing ${this.routing()}, EIN ${this.ein()}.`,
      `Retrieved: kb/${r.pick(['refunds', 'kyc', 'roaming', 'claims', 'appointments'])}-${r.int(100, 999)}.md`,
      `Customer tier: Gold. Region: ${r.pick(['EMEA', 'APAC', 'LATAM', 'NA'])}.`,
      `Model: ${r.pick(['helios-mini', 'orca-4', 'tern-large'])} ${this.ver()}`,
    ]);
  }
}

type Mk = (g: G) => Turn[];
interface Scn {
  readonly id: string;
  readonly w: number;
  readonly locs: readonly string[];
  readonly layouts?: readonly Layout[];
  readonly mk: Mk;
}
const turn = (role: string) => (...segs: Seg[]): Turn => ({ role, segs });
const U = turn('user');
const A = turn('assistant');
const T = turn('tool');
const N = turn('note');
const M = turn('memory');
const H = turn('agent');
const S = turn('system');

// ───────────────────────────── English session templates ─────────────────────────────

const EN: Scn[] = [
  { id: 'bank-dispute', w: 3, locs: ['us', 'uk'], mk: (g) => {
    const u = g.p();
    return [
      S(`You are Ledgerly Assist for Northbeam Bank. Never repeat full card numbers. ${g.noise()}`),
      U('Hi, this is ', g.self(u), '. There is a charge I did not make on my card ', g.cd(), '.'),
      A('Thanks. I have blocked the card ', g.maskCard(), '. Can you confirm the phone number on the account?'),
      U(g.ph(), ' is my mobile'),
      T(`{"fn":"crm.lookup","result":{"name":"`, g.n(u), `","email":"`, g.em(u), `","opened":"${g.date()}","dispute":"${g.ord()}"}}`),
      A('Dispute opened. A replacement card will go to the address we hold.'),
    ];
  } },
  { id: 'bank-wire', w: 3, locs: ['uk', 'us', 'de'], mk: (g) => {
    const u = g.p(); const b = g.p();
    return [
      U('need to send 2,400 EUR to my landlord ', g.n(b), ', iban ', g.ib(), ' reference rent march'),
      A('Before I prepare this: is the beneficiary name exactly "', g.n(b), '"? Transfers to new payees are held for 24h.'),
      U('yes. from my account, I am ', g.self(u)),
      N('Payee added. Old payee IBAN ', g.badIban(), ' rejected (checksum). ', g.noise()),
    ];
  } },
  { id: 'bank-typos', w: 3, locs: ['us'], mk: (g) => {
    const u = g.p();
    const nmv = `${u.g} ${u.f}`.toLowerCase();
    g.known.push(nmv);
    return [
      U('hi i want to open a cheking acount. my nme is ', nm(nmv)),
      A('Happy to help! Could you share your date of birth and SSN to run the identity check?'),
      U('dob ', g.dob(), ' ssn ', g.ss(), ' emial is ', g.em(u)),
      A("Thanks. I'll use the SSN for this check only — I don't keep it in memory or in this transcript summary."),
      M('user prefers text updates; do not store SSN; ', g.noise()),
    ];
  } },
  { id: 'card-split', w: 3, locs: ['us', 'uk'], mk: (g) => {
    const c = cardDigits(g.r);
    const shown = groupCard(g.r, c);
    return [
      U(`my card is ${c.slice(0, 8)}`),
      U(`rest is ${c.slice(8)} sorry hit enter`),
      A('Let me read that back: ', { k: 'CARD', v: shown }, '. Is that correct?'),
      U('yep'),
      A('Thanks — saved for this payment only, not to your profile. ', g.noise()),
    ];
  } },
  { id: 'fraud-login', w: 3, locs: ['us', 'uk', 'de'], layouts: ['json', 'jsonl', 'plain'], mk: (g) => {
    const u = g.p();
    return [
      U('I got an email about a login from somewhere I have never been'),
      T('auth.events → [{"ip":"', g.ip(), `","at":"${g.iso()}T02:14Z","ua":"Mobile ${g.ver()}"},{"ip":"`, g.ip(), `","at":"${g.iso()}T02:16Z"}]`),
      A('I see two sign-ins from ', g.ip4(), ' and another address. Did you travel recently?'),
      U('no. lock it please. my email is ', g.em(u)),
      A(`Done. Sessions revoked. Case ${g.ord()}.`),
    ];
  } },
  { id: 'ins-claim', w: 3, locs: ['us', 'uk', 'za'], mk: (g) => {
    const u = g.p();
    return [
      A('Welcome to Harborline Insurance claims. Who am I speaking with?'),
      U(g.self(u), ', policy HL-', g.r.digits(8)),
      A('Thanks. For verification, your date of birth?'),
      U(g.dob()),
      U(`the storm damage was on ${g.date()}, roof at my house`),
      U('address is\n', g.ad(true)),
      A('Got it. Adjuster will call on ', g.ph(), ' — is that still right?'),
      U('yes'),
      N(`Hurricane Beryl related? unclear. ${g.noise()}`),
    ];
  } },
  { id: 'ins-beneficiary', w: 2, locs: ['us'], mk: (g) => {
    const u = g.p(); const b = g.p();
    return [
      U('I want to add my daughter ', g.n(b), ' as beneficiary on my life policy'),
      A('Sure. Please provide her full name, date of birth and Social Security number.'),
      U(nm(`${b.g} ${b.f}`), ', born ', g.dob(), ', ssn ', g.ss()),
      A('Thank you. I will send the change form to ', g.em(u), ' for e-signature.'),
    ];
  } },
  { id: 'health-appt', w: 3, locs: ['us', 'uk', 'in'], mk: (g) => {
    const u = g.p(); const doc = g.p();
    return [
      S('HealthNest scheduling assistant. Do not give medical advice.'),
      U('hello, I need to see Dr. ', nm(doc.f), ' about my Parkinson’s meds'),
      A('I can help. Please confirm your full name and date of birth.'),
      U(g.self(u), ' ', g.dob()),
      A(`Dr. `, nm(doc.f), ` has an opening on ${g.date()} at 10:40. A reminder will be texted to `, g.ph(), '.'),
      U('perfect'),
    ];
  } },
  { id: 'health-handoff', w: 2, locs: ['us', 'uk'], layouts: ['md', 'plain', 'stamp'], mk: (g) => {
    const u = g.p(); const nurse = g.p();
    return [
      U('the pharmacy still has not got my refill, this is the 3rd time'),
      A('I am sorry. I will hand you to a pharmacist now.'),
      N('HANDOFF to ', g.n(nurse), ' — patient ', g.n(u), ', DOB ', g.dob(), ', delivery address ', g.ad(), `, member id MBR${g.r.digits(9)}. ${g.noise()}`),
      H('Hi, this is ', nm(nurse.g), ' from the pharmacy team. I can see the order now.'),
    ];
  } },
  { id: 'tel-port', w: 3, locs: ['uk', 'us', 'za'], mk: (g) => {
    const u = g.p();
    const e1 = g.em(u);
    const fixed = { k: 'EMAIL' as const, v: e1.v.replace(/@.*/, '@') + g.r.pick(DOMAINS) };
    return [
      U('want to port my number ', g.ph(), ' to a new sim'),
      A('For security I will send a code to the email on file. Is it still ', e1, '?'),
      U('no changed it, use ', fixed),
      A('Updated to ', fixed, '. The account holder is listed as ', g.n(u), ' — is that you?'),
      U('yes'),
    ];
  } },
  { id: 'tel-router', w: 3, locs: ['us', 'uk', 'de', 'in'], mk: (g) => [
    U('internet keeps dropping. router page says WAN ', g.ip4(), ' and firmware ', g.ver()),
    A('Thanks. Could you also tell me the IPv6 address it shows?'),
    U(g.ip6()),
    T(`line.diag {"wan":"`, g.ip4(), `","dns":["`, { k: 'IP', v: '1.1.1.1' }, '","', { k: 'IP', v: '8.8.4.4' }, `"],"sn":"${g.hash()}"}`),
    A('Your line looks stable; I reset the port. Please reboot the router at ', { k: 'IP', v: '192.168.1.1' }, ' if it drops again.'),
  ] },
  { id: 'travel-change', w: 3, locs: ['us', 'uk', 'de', 'fr', 'in'], mk: (g) => {
    const u = g.p(); const c = g.p();
    return [
      U('need to change our flight, booking ', `${'ABCDEFGHJK'.charAt(g.r.int(0, 9))}${g.r.pick(['X7Q', 'ZK2', 'P9M'])}${g.r.int(10, 99)}`),
      A('Of course. Who is travelling?'),
      U(g.self(u), ' and ', g.n(c)),
      A('For the passenger list I need each date of birth.'),
      U('mine is ', g.dob(), ', and ', nm(c.g), '’s is ', g.dob()),
      A(`New departure ${g.date()}. Confirmation will go to `, g.em(u), '.'),
    ];
  } },
  { id: 'travel-bag', w: 2, locs: ['uk', 'us', 'ng', 'ke'], layouts: ['plain', 'md', 'stamp'], mk: (g) => {
    const u = g.p();
    return [
      U(`my bag never arrived, tag ${g.r.pick(['BA', 'LH', 'KQ', 'AA'])}${g.r.digits(6)}`),
      A('Sorry about that. Where should the courier deliver it?'),
      U('deliver to:\n', g.n(u), '\n', g.ad(true), '\nphone ', g.ph()),
      U('sorry that number is old, use ', g.ph(), ' instead'),
      A(`Logged. Expected ${g.date()}.`),
    ];
  } },
  { id: 'retail-return', w: 3, locs: ['us', 'uk'], mk: (g) => {
    const u = g.p();
    return [
      U(`return for order ${g.ord()}? the Dr. Martens boots were too small`),
      A('Sure. What email did you order with?'),
      U(g.em(u)),
      T('orders.get → {"customer":"', g.n(u), '","ship_to":"', g.ad(), `","paid_with":"${g.maskCard()}","tracking":"${g.trk()}"}`),
      A('Label sent. Refund goes back to the card ending as shown in your order.'),
    ];
  } },
  { id: 'retail-addr-fix', w: 2, locs: ['us', 'uk', 'ke'], mk: (g) => {
    const u = g.p();
    return [
      U('pls change delivery adress to ', g.ad()),
      U('wait wrong one. it is ', g.ad()),
      A('Updated delivery address to the second one you gave. Name on parcel: ', g.n(u), '?'),
      U('yes thats me'),
    ];
  } },
  { id: 'hr-onboard', w: 3, locs: ['us'], mk: (g) => {
    const u = g.p(); const ec = g.p();
    return [
      S('PeopleDesk onboarding agent. Collect I-9/W-4 data; never echo SSNs back.'),
      U('hi, starting monday. ', g.self(u), ' here'),
      A('Welcome! I need your SSN, date of birth and home address for payroll.'),
      U(g.ss(), ' / ', g.dob(), ' / ', g.ad()),
      A('Thanks. Direct deposit: routing and account number?'),
      U(`routing ${g.routing()} account ${g.r.digits(10)}`),
      U('emergency contact: ', g.n(ec), ' ', g.ph()),
      A(`Recorded. Employer EIN on your W-2 will be ${g.ein()}. SSN on file: ${g.maskSsn()}.`),
    ];
  } },
  { id: 'hr-eu-payroll', w: 2, locs: ['uk', 'de', 'nl', 'fr'], mk: (g) => {
    const u = g.p();
    const acct = g.ib();
    return [
      U('my salary should go to a new account from next month'),
      A('Sure — please send the IBAN and the account holder name.'),
      U(acct, ' — holder ', g.n(u)),
      A('Let me read it back: ', { k: 'IBAN', v: acct.v.replace(/\s/g, '').toUpperCase() }, '. Correct?'),
      U('correct'),
      N('verify payee via callback to ', g.ph(), `. ${g.noise()}`),
    ];
  } },
  { id: 'edu-admission', w: 2, locs: ['us', 'uk', 'in', 'ng'], mk: (g) => {
    const st = g.p(); const par = g.p();
    return [
      U('Hello, I am ', g.self(par), ', applying on behalf of my ', g.r.pick(['son', 'daughter', 'kid', 'ward']), ' ', nm(st.g)),
      A('Great. What is the student’s full name and date of birth?'),
      U(nm(full(st)), ', DOB ', g.dobYoung()),
      A(`Application ${g.ord()} created. Updates go to `, g.em(par), ' and ', roleEmail(g.r, 'admissions.lakeridge.edu'), ' handles questions.'),
    ];
  } },
  { id: 'gov-benefits', w: 4, locs: ['us'], layouts: ['csv', 'json', 'plain'], mk: (g) => {
    const u = g.p();
    return [
      A('This is the state benefits assistant. Do you want to check an application?'),
      U('ya my unemployment claim is stuck. ssn ', g.ss()),
      A('Thanks. And your date of birth?'),
      U(g.dob()),
      T('claims.find {"claimant":"', g.n(u), '","mail_to":"', g.ad(), '","phone":"', g.ph(), `","status":"PENDING_ID","filed":"${g.date()}"}`),
      A('Your claim needs an ID check. Upload a photo ID in the portal.'),
    ];
  } },
  { id: 'dev-logs', w: 3, locs: ['us', 'de', 'in', 'uk'], layouts: ['md', 'plain', 'json'], mk: (g) => {
    const a = g.p(); const b = g.p();
    return [
      U(`our webhook fails since ${g.ver()}, here are logs`),
      U('```\n', `${g.iso()}T11:02:13Z WARN rate-limit client=`, g.ip(), ` key=sk_live_${g.hash()}\n`, `${g.iso()}T11:02:14Z ERROR user=`, g.em(a), ' 502 from upstream ', g.ip4(), '\n```'),
      A(`The 502 comes from upstream; commit ${g.hash()} changed the timeout. Retry with backoff.`),
      U('ok. cc ', g.n(b), ' on the ticket please, ', g.em(b)),
    ];
  } },
  { id: 'scratch-summary', w: 2, locs: ['us', 'uk', 'ng', 'za'], layouts: ['json', 'jsonl', 'md'], mk: (g) => {
    const u = g.p();
    return [
      U('I already told the other bot everything twice'),
      N('scratch: caller = ', g.n(u), '; cb number ', g.ph(), '; wants refund on ', `${g.ord()}`, '; angry'),
      A('I am sorry for the repetition. I have the details from your earlier chat.'),
      N('summary: refund approved; email confirmation to ', g.em(u), `. ${g.noise()}`),
    ];
  } },
  { id: 'feedback-csv', w: 2, locs: ['us', 'uk', 'in'], layouts: ['csv'], mk: (g) => {
    const u = g.p(); const ag = g.p();
    return [
      U('thanks ', nm(ag.g), ' you were great'),
      N('feedback: 5/5 "the human agent ', g.n(ag), ' fixed it in 5 min" — from ', g.em(u)),
      N(`feedback: 2/5 "bot kept asking for my card" ${g.noise()}`),
    ];
  } },
  { id: 'memory-notes', w: 3, locs: ['us', 'uk', 'in', 'ng', 'za'], layouts: ['json', 'jsonl', 'md', 'plain'], mk: (g) => {
    const u = g.p(); const sp2 = g.p();
    return [
      M('user name: ', g.self(u)),
      M('partner: ', nm(sp2.g), ' (prefers to be called ', nm(sp2.g.toLowerCase()), ')'),
      M('home: ', g.ad()),
      M('born ', g.dob(), '; dog is called Biscuit; his birthday is ', g.date(), ' (the dog’s, not the user’s)'),
      M(`do NOT store card numbers (user asked on ${g.date()})`),
    ];
  } },
  { id: 'voice-spoken', w: 3, locs: ['us', 'uk'], layouts: ['plain', 'stamp'], mk: (g) => {
    const u = g.p();
    return [
      A('voice agent: can I get an email for the receipt?'),
      U('sure its ', spokenEmail(g.r, u)),
      A('and a callback number?'),
      U(g.spokenPhone(), ' extension four'),
      A('Thanks ', nm(u.g), ', I have that.'),
    ];
  } },
  { id: 'escalation', w: 2, locs: ['us', 'uk', 'in', 'za'], layouts: ['stamp', 'plain', 'md'], mk: (g) => {
    const u = g.p(); const h = g.p('us');
    return [
      U('I want a human. now.'),
      A('Connecting you to a specialist. Estimated wait 3 minutes.'),
      N('ESCALATE → ', g.n(h), ' (Tier 2). Customer ', g.n(u), ', acct phone ', g.ph(), ', ip at login ', g.ip(), '.'),
      H('Hi, ', nm(h.g), ' here. Sorry for the wait — I see your case.'),
    ];
  } },
  { id: 'rag-snippet', w: 2, locs: ['us', 'uk'], layouts: ['json', 'md'], mk: (g) => {
    const u = g.p();
    return [
      U('how do I dispute under the fair credit billing act'),
      T('retrieve → [{"doc":"kb/fcba.md","text":"Under the Fair Credit Billing Act you have 60 days. Write to ', roleEmail(g.r, 'northbeam-bank.com'), '."},{"doc":"kb/sox.md","text":"Sarbanes-Oxley retention applies."}]'),
      A('You have 60 days to dispute. I can start it for you, ', nm(u.g), '.'),
      U('ok, my card ', g.cd()),
    ];
  } },
  { id: 'refuse-store', w: 3, locs: ['us', 'uk'], mk: (g) => [
    U('save my card so I dont have to type it every time: ', g.cd(), ' exp 09/29'),
    A('I can’t store card numbers in chat memory. Please add it under Wallet in the app. I have removed it from my notes.'),
    U('and my ssn? ', g.ss()),
    A(`I won’t keep that either. ${g.noise()}`),
  ] },
  { id: 'word-names', w: 3, locs: ['us', 'uk'], mk: (g) => {
    const u = person(g.r, 'us');
    return [
      U('hi im ', g.self(u), ', will you be able to grant me a refund? may I also ask about the bill?'),
      A('Hello ', nm(u.g), '! I can check. I hope so — let me look at your account.'),
      U('number is ', g.ph()),
    ];
  } },
  { id: 'ship-label', w: 2, locs: ['us', 'uk', 'de', 'fr', 'nl'], layouts: ['plain', 'md'], mk: (g) => {
    const u = g.p();
    return [
      A('Please confirm the shipping label:'),
      A('\n', g.n(u), '\nAcme Widgets GmbH — Receiving Dock 4\n', g.ad(true)),
      U('correct, and the invoice date should be ', g.date()),
    ];
  } },
  { id: 'dev-allowlist', w: 2, locs: ['us', 'de', 'in'], layouts: ['plain', 'jsonl', 'csv'], mk: (g) => [
    U('please allowlist our office egress ', g.ip4(), ' and ', g.ip6(), ' for the API'),
    A('Added. Note that port 8443 must be open: e.g. ', g.ip4(), ':8443. Version 4.2.1.7 of the SDK is required.'),
    U(`thx, ticket ${g.ord()}`),
  ] },
  { id: 'ins-car', w: 2, locs: ['us', 'uk', 'za'], mk: (g) => {
    const u = g.p(); const o = g.p();
    return [
      U('someone hit my car in a parking lot. the other driver was ', g.n(o), ' and gave me ', g.ph()),
      A('I’m sorry. Are you hurt? I will open a claim. Your name and DOB?'),
      U(g.self(u), ', ', g.dob()),
      A(`Claim ${g.ord()} opened. An assessor will contact you.`),
    ];
  } },
  { id: 'tel-bill', w: 2, locs: ['us', 'uk', 'ng', 'ke', 'za'], layouts: ['csv', 'plain', 'stamp'], mk: (g) => {
    const line = g.ph();
    return [
      U('why is my bill so high this month'),
      T(`billing.summary {"msisdn":"`, line, `","roaming":"${g.r.int(3, 80)}.00","invoice_date":"${g.date()}"}`),
      A('There were roaming charges. I can add a roaming bundle to ', line, ' if you want.'),
    ];
  } },
  { id: 'wrapped-summary', w: 2, locs: ['uk', 'us', 'de'], layouts: ['plain', 'md'], mk: (g) => {
    const u = g.p();
    const e = g.em(u).v;
    const cut = e.indexOf('@') + 3;
    const pv = g.loc.phone(g.r);
    const sp1 = pv.lastIndexOf(' ');
    return [
      U('can you summarise what we agreed? I am ', g.self(u)),
      A('Summary for the record (wrapped by the export at 40 columns):\n- refund approved for ', `${g.ord()}`, '\n- contact e-mail ', `${e.slice(0, cut)}-\n${e.slice(cut)}`, '\n- callback ', sp1 > 0 ? `${pv.slice(0, sp1)}\n${pv.slice(sp1 + 1)}` : 'on file', '\n- DOB confirmed: ', g.dob()),
      U('perfect, also my new number is ', g.ph()),
    ];
  } },
  { id: 'bank-kyc-multi', w: 2, locs: ['us'], mk: (g) => {
    const u = g.p();
    return [
      U('kyc form keeps failing'),
      A('Let me check. Name?'),
      U(nm(`${u.f}, ${u.g}`)),
      A('Date of birth?'),
      U(g.dob(), ' oh and my ssn might be wrong on file, its ', g.ss()),
      A(`Thanks, the file had ${g.maskSsn()}. Updated.`),
      U('address ', g.ad(), ' and ip if you need it ', g.ip()),
    ];
  } },
];

// ───────────────────────────── other languages ─────────────────────────────

const INTL: Scn[] = [
  { id: 'de-bank', w: 3, locs: ['de'], mk: (g) => {
    const u = g.p();
    return [
      U('Hallo, ich möchte meine Kontoverbindung für die Lastschrift ändern.'),
      A('Gern. Bitte nennen Sie Ihren vollständigen Namen und Ihr Geburtsdatum.'),
      U(g.self(u), ', geb. ', g.dob()),
      A('Danke, Frau/Herr ', nm(u.f), '. Wie lautet die neue IBAN?'),
      U(g.ib('DE'), ' – die alte war ', g.badIban()),
      A('Die neue IBAN ist hinterlegt. Die Bestätigung geht an ', g.em(u), '.'),
    ];
  } },
  { id: 'de-kasse', w: 2, locs: ['de'], layouts: ['stamp', 'json', 'plain'], mk: (g) => {
    const u = g.p(); const d = g.p();
    return [
      U('guten tag, brauche einen termin bei dr. ', nm(d.f.toLowerCase()), ', versichertennummer A', g.r.digits(9)),
      A(`Termin am ${g.date()} um 9:15 ist frei. Rückrufnummer?`),
      U(g.ph()),
      N('Patient ', g.n(u), ', Anschrift ', g.ad(), '. Morbus Crohn – keine Details speichern.'),
    ];
  } },
  { id: 'de-dev', w: 2, locs: ['de'], layouts: ['md', 'plain'], mk: (g) => {
    const u = g.p();
    return [
      U(`Seit Release ${g.ver()} bekommen wir 403 vom Gateway. Unser Server: `, g.ip()),
      A('Die Adresse ist nicht freigeschaltet. Ich trage sie ein. Wer ist technischer Ansprechpartner?'),
      U(g.n(u), ', ', g.em(u), ', Tel. ', g.ph(), ' Durchwahl 12'),
    ];
  } },
  { id: 'fr-tel', w: 3, locs: ['fr'], mk: (g) => {
    const u = g.p();
    return [
      U('Bonjour, je voudrais résilier ma ligne ', g.ph()),
      A('Bien sûr. Pouvez-vous confirmer votre nom et votre date de naissance ?'),
      U(g.self(u), ', née le ', g.dob()),
      A('Merci Mme ', nm(u.f), '. Le remboursement du dépôt sera versé sur quel IBAN ?'),
      U(g.ib('FR')),
      A(`C’est noté. Dossier ${g.ord()}.`),
    ];
  } },
  { id: 'fr-sante', w: 2, locs: ['fr'], layouts: ['md', 'plain', 'csv'], mk: (g) => {
    const u = g.p(); const d = g.p();
    return [
      U('bjr, rdv avec le Dr ', nm(d.f), ' svp, c pour ', g.r.pick(['ma fille', 'mon fils', 'ma mère']), ' ', nm(u.g)),
      A('Quelle est sa date de naissance ?'),
      U(g.dob()),
      A(`Créneau proposé : ${g.date()} à 14h. Numéro de sécurité sociale non requis ici.`),
      U('ok mon adresse a changé : ', g.ad()),
    ];
  } },
  { id: 'fr-rh', w: 2, locs: ['fr'], mk: (g) => {
    const u = g.p();
    return [
      U('Salut, je suis ', g.self(u), ', nouvel arrivant. Où je mets mon RIB ?'),
      A('Envoyez votre IBAN ici, je le transmets à la paie. Ne partagez pas votre numéro de sécu dans le chat.'),
      U('ok : ', g.ib('FR'), ' et mon mail perso ', g.em(u)),
    ];
  } },
  { id: 'es-viaje', w: 3, locs: ['es', 'mx'], mk: (g) => {
    const u = g.p(); const c = g.p();
    return [
      U('hola, quiero añadir a mi pareja ', g.n(c), ' a la reserva'),
      A('Claro. Necesito su fecha de nacimiento y número de pasaporte.'),
      U('nació el ', g.dob(), ', pasaporte PAB', g.r.digits(6)),
      A('Hecho. Enviaré el billete a ', g.em(u), ' y un SMS al ', g.ph(), '.'),
    ];
  } },
  { id: 'mx-retail', w: 2, locs: ['mx'], mk: (g) => {
    const u = g.p();
    return [
      U('buenas, mi pedido no llega, soy ', g.self(u)),
      T('pedido.consulta {"cliente":"', g.n(u), '","direccion":"', g.ad(), '","tel":"', g.ph(), `","guia":"${g.trk()}"}`),
      A('Su paquete está en ruta. ¿Desea pagar el envío express con la tarjeta terminación ', `${g.r.digits(4)}?`),
      U('no, usa esta otra ', g.cd()),
    ];
  } },
  { id: 'br-pix', w: 3, locs: ['br'], mk: (g) => {
    const u = g.p(); const b = g.p();
    return [
      U('oi, quero cadastrar uma chave pix pro ', g.n(b)),
      A('Claro! Qual a chave? Pode ser telefone, e-mail ou CPF.'),
      U('é o celular dele ', g.ph(), ' ou o email ', g.em(b)),
      A(`Chave cadastrada. Por segurança não guardo CPF (${g.r.digits(3)}.${g.r.digits(3)}.${g.r.digits(3)}-${g.r.digits(2)}) no histórico.`),
      N('titular: ', g.n(u), '; endereço: ', g.ad()),
    ];
  } },
  { id: 'br-seguro', w: 2, locs: ['br'], layouts: ['json', 'plain'], mk: (g) => {
    const u = g.p();
    return [
      U('bom dia, sou ', g.self(u), ', quero abrir um sinistro do carro'),
      A('Sinto muito! Qual sua data de nascimento para confirmar?'),
      U(g.dob()),
      A('Obrigado. Um perito vai ligar no ', g.ph(), `. Protocolo ${g.ord()}.`),
    ];
  } },
  { id: 'it-assic', w: 2, locs: ['it'], mk: (g) => {
    const u = g.p();
    return [
      U('Buongiorno, sono ', g.self(u), ', devo aggiornare l’IBAN per il rimborso.'),
      A('Certo. Mi indica il nuovo IBAN e la data di nascita?'),
      U(g.ib('IT'), ', nato il ', g.dob()),
      A(`Aggiornato. Codice fiscale non necessario. Pratica ${g.ord()}.`),
      U('spedite i documenti a ', g.ad()),
    ];
  } },
  { id: 'it-tel', w: 2, locs: ['it'], layouts: ['csv', 'stamp'], mk: (g) => {
    const u = g.p();
    return [
      U('ciao, il mio numero ', g.ph(), ' non prende da ieri'),
      A('Mi spiace. Verifico la linea intestata a ', g.n(u), '.'),
      T(`rete.stato {"cella":"MI-${g.r.digits(4)}","guasto":true,"ip_apn":"`, g.ip4(), '"}'),
    ];
  } },
  { id: 'nl-gemeente', w: 2, locs: ['nl'], mk: (g) => {
    const u = g.p();
    return [
      U('Goedemiddag, ik wil mijn verhuizing doorgeven.'),
      A('Prima. Wat is uw nieuwe adres en uw geboortedatum?'),
      U(g.ad(), ', geboren ', g.dob()),
      A(`Dank u. Uw BSN hoeft u hier niet te typen. Toeslag wordt gestort op uw IBAN — klopt `, g.ib('NL'), '?'),
      U('ja. mail me op ', g.em(u)),
    ];
  } },
  { id: 'pl-tel', w: 2, locs: ['pl'], mk: (g) => {
    const u = g.p();
    return [
      U('dzień dobry, chcę przenieść numer ', g.ph(), ' do was'),
      A('Oczywiście. Proszę podać imię i nazwisko oraz adres korespondencyjny.'),
      U(g.self(u), ', ', g.ad()),
      A(`Dziękuję. PESEL zweryfikujemy w salonie. Zgłoszenie ${g.ord()}.`),
    ];
  } },
  { id: 'tr-retail', w: 2, locs: ['tr'], mk: (g) => {
    const u = g.p();
    return [
      U('merhaba siparişim gelmedi, adım ', g.self(u)),
      A('Üzgünüm. Teslimat adresinizi ve telefonunuzu teyit eder misiniz?'),
      U(g.ad(), ' / ', g.ph()),
      A('Teşekkürler ', nm(u.g), ' Hanım/Bey. İade için IBAN: ', g.ib('TR'), ' doğru mu?'),
    ];
  } },
  { id: 'ar-bank', w: 3, locs: ['ae'], mk: (g) => {
    const u = g.p();
    return [
      U('مرحبا، أريد تحويل مبلغ إلى حساب ', g.ib('AE'), ' باسم ', g.n(g.p())),
      A('بالتأكيد. هل يمكنك تأكيد رقم هاتفك المسجل؟'),
      U(g.ph()),
      A('شكراً ', nm(u.g), '. سيتم إرسال رمز التحقق إلى ', g.em(u), '.'),
    ];
  } },
  { id: 'ar-health', w: 2, locs: ['ae'], layouts: ['json', 'md'], mk: (g) => {
    const u = g.p();
    return [
      U('أحتاج موعد مع الطبيب، اسمي ', g.self(u)),
      A('ما هو تاريخ ميلادك؟'),
      U(g.dob()),
      A(`الموعد المتاح ${g.date()} الساعة 11. العنوان المسجل لدينا: `, g.ad()),
    ];
  } },
  { id: 'ng-pidgin', w: 3, locs: ['ng'], mk: (g) => {
    const u = g.p();
    return [
      U('abeg my transfer never land, I don try 3 times. na ', g.self(u), ' be my name'),
      A('Sorry about that! Please share the phone number linked to the account.'),
      U(g.ph(), ' abeg quick'),
      A(`I see the reversal is pending. Do not share your BVN ${g.r.digits(11)} here again; I have masked it.`),
      U('ok send receipt to ', g.em(u)),
    ];
  } },
  { id: 'ke-sw', w: 3, locs: ['ke'], mk: (g) => {
    const u = g.p(); const r2 = g.p();
    return [
      U('habari, nimetuma pesa kwa namba mbaya ', g.ph(), ' badala ya ', g.ph()),
      A('Pole sana. Jina la mpokeaji aliyekusudiwa ni nani?'),
      U(g.n(r2), ". mimi ni ", g.self(u)),
      A('Asante. Tutakutumia barua kwa ', g.ad(), '.'),
    ];
  } },
  { id: 'in-hinglish', w: 3, locs: ['in'], mk: (g) => {
    const u = g.p();
    return [
      U('hello ji, mera card block karna hai, number hai ', g.cd()),
      A('Main abhi block kar deta hoon. Registered mobile number confirm kijiye.'),
      U(g.ph(), ' — aur naya card is address pe bhejna: ', g.ad()),
      A('Done, ', nm(u.g), ' ji. PAN ya Aadhaar yahan share mat kijiye. ', g.noise()),
    ];
  } },
  { id: 'in-edu', w: 2, locs: ['in'], layouts: ['csv', 'json'], mk: (g) => {
    const u = g.p();
    return [
      U('sir admission form me DOB galat hai. sahi DOB ', g.dob(), ' hai'),
      A('Theek hai, student ka naam?'),
      U(g.n(u), ', email ', g.em(u)),
    ];
  } },
  { id: 'jp-travel', w: 3, locs: ['jp'], mk: (g) => {
    const u = g.p();
    return [
      U('予約の変更をお願いします。', g.self(u), 'です。'),
      A(nm(u.f), '様、ご本人確認のため生年月日をお願いします。'),
      U(g.dob()),
      A(`ありがとうございます。${g.date()}のフライトに変更しました。確認メールを `, g.em(u), ' に送信します。'),
      U('携帯は', g.ph(), 'です'),
    ];
  } },
  { id: 'jp-retail', w: 2, locs: ['jp'], layouts: ['json', 'plain'], mk: (g) => {
    const u = g.p();
    return [
      U('届け先を変えたいです。住所は', g.ad(), 'です'),
      A('承知しました。お名前をお願いします。'),
      U(nm(full(u)), 'です'),
      A(nm(u.g), 'さん、変更しました。'),
    ];
  } },
  { id: 'kr-telecom', w: 3, locs: ['kr'], mk: (g) => {
    const u = g.p();
    return [
      U('안녕하세요 요금제 변경하려고요. 번호는 ', g.ph(), '입니다'),
      A('확인을 위해 성함과 생년월일을 알려주세요.'),
      U(g.self(u), ', ', g.dob()),
      A(nm(u.g), ' 님, 변경 완료되었습니다. 고지서는 ', g.ad(), '로 발송됩니다.'),
    ];
  } },
  { id: 'cn-bank', w: 3, locs: ['cn'], mk: (g) => {
    const u = g.p();
    return [
      U('你好，我的信用卡 ', g.cd(), ' 被盗刷了'),
      A('非常抱歉。请提供您的姓名和出生日期以核实身份。'),
      U(g.self(u), '，', g.dob()),
      A(nm(u.f), '先生/女士，已冻结该卡。新卡将寄到 ', g.ad(), '。请勿在此发送身份证号。'),
      U('手机 ', g.ph()),
    ];
  } },
  { id: 'se-gov', w: 2, locs: ['se'], mk: (g) => {
    const u = g.p();
    return [
      U('hej, jag har flyttat och vill uppdatera min adress'),
      A('Absolut. Vad är din nya adress? Skriv inte ditt personnummer här.'),
      U(g.ad(), '. jag heter ', g.self(u)),
      A('Tack! Bekräftelse skickas till ', g.em(u), '. Utbetalning till ', g.ib('SE'), '.'),
    ];
  } },
  { id: 'vn-tel', w: 2, locs: ['vn'], mk: (g) => {
    const u = g.p();
    return [
      U('chào em, chị muốn đăng ký gói cước mới cho số ', g.ph()),
      A('Dạ vâng, chị cho em xin họ tên và ngày sinh ạ.'),
      U(g.self(u), ', ', g.dob()),
      A('Cảm ơn chị ', nm(u.g.split(' ').pop() ?? u.g), '. Hóa đơn sẽ gửi về ', g.ad(), '.'),
    ];
  } },
  { id: 'id-ecom', w: 2, locs: ['id'], mk: (g) => {
    const u = g.p();
    return [
      U('kak paket saya belum sampai, atas nama ', g.n(u)),
      A('Mohon maaf kak. Boleh konfirmasi alamat dan nomor HP?'),
      U(g.ad(), ', hp ', g.ph()),
      A(`Terima kasih. NIK tidak perlu dikirim di chat. Resi: ${g.trk()}.`),
    ];
  } },
  { id: 'za-ins', w: 2, locs: ['za'], mk: (g) => {
    const u = g.p();
    return [
      U('howzit, need to claim for my stolen phone, I am ', g.self(u)),
      A('Sorry to hear. Please confirm your date of birth and cell number.'),
      U(g.dob(), ', ', g.ph()),
      A(`Thanks. Don’t send your ID number ${g.r.pick(['8', '9'])}${g.r.digits(12)} here — I’ve masked it. Claim ${g.ord()}.`),
    ];
  } },
  { id: 'us-es-switch', w: 3, locs: ['us'], mk: (g) => {
    const u = person(g.r, 'mx');
    return [
      U('hola, necesito ayuda con mi tax form, my SSN is ', g.ss()),
      A('Claro que sí. ¿Su nombre completo y fecha de nacimiento?'),
      U(g.self(u), ', ', g.dob()),
      A('Gracias. I will mail the form to the address on file: ', g.ad(), '.'),
    ];
  } },
  { id: 'gr-travel', w: 1, locs: ['uk', 'de'], mk: (g) => {
    const u = person(g.r, 'gr');
    return [
      U('Καλησπέρα, θέλω να αλλάξω την κράτηση. Είμαι ο ', g.self(u)),
      A('Βεβαίως. Το email σας;'),
      U(g.em(u), ', κινητό ', g.ph()),
    ];
  } },
  { id: 'ru-dev', w: 1, locs: ['de', 'us'], layouts: ['md', 'jsonl'], mk: (g) => {
    const u = person(g.r, 'ru');
    return [
      U(`привет, после обновления до ${g.ver()} сервер `, g.ip(), ' не отвечает'),
      A('Проверяю. Кто владелец аккаунта?'),
      U(g.n(u), ', почта ', g.em(u)),
    ];
  } },
  { id: 'multi-memory', w: 2, locs: ['de', 'fr', 'es', 'jp', 'br', 'in'], layouts: ['json', 'jsonl'], mk: (g) => {
    const u = g.p();
    return [
      M('name=', g.self(u), '; lang=', g.loc.cc.toLowerCase()),
      M('phone=', g.ph(), '; dob=', g.dob()),
      M('addr=', g.ad()),
      M(`notes=prefers evening calls; last ticket ${g.ord()}`),
    ];
  } },
];

// ───────────────────────────── hard negatives (no PII at all) ─────────────────────────────

const NEG: Scn[] = [
  { id: 'neg-release', w: 2, locs: ['us'], layouts: ['md', 'plain', 'jsonl'], mk: (g) => [
    U(`does ${g.ver()} fix the memory leak from 4.2.1.7?`),
    A(`Yes — commit ${g.hash()} (merged ${g.date()}) fixes it. The Hodgkin team’s dashboard uses the Kubernetes 1.29.3 runner.`),
    U(`great, pinning to ${g.ver()} then. ticket ${g.ord()}`),
  ] },
  { id: 'neg-bank-faq', w: 2, locs: ['us', 'uk'], mk: (g) => [
    U('what routing number do I use for wires?'),
    A(`Use ${g.routing()} for domestic wires. Our EIN for tax forms is ${g.ein()}. Under the Dodd-Frank Act, remittance transfers have a 30-minute cancellation window.`),
    U(`ok and why was the test card ${g.badCard()} declined`),
    A(`That number fails the Luhn check, so the gateway rejects it. Likewise ${g.badIban()} is not a valid IBAN.`),
  ] },
  { id: 'neg-health', w: 2, locs: ['us', 'uk'], mk: (g) => [
    U('is Alzheimer’s covered under the Gold plan? also does my mom’s Parkinson’s count as pre-existing'),
    A(`Both are covered after the waiting period. Your next appointment is ${g.date()} at 3:30 pm at the Mayo Clinic satellite office. Down syndrome screening is listed in section 4.`),
    U(`thx. card on file is ${g.maskCard()} right?`),
    A('Yes, that one.'),
  ] },
  { id: 'neg-travel', w: 2, locs: ['us', 'uk'], layouts: ['stamp', 'csv', 'plain'], mk: (g) => [
    U('are flights from Washington to San Jose affected by Hurricane Milton?'),
    A(`Some are. Flight UA${g.r.int(100, 2999)} on ${g.date()} is delayed. The Queen Mary 2 sailing is unaffected. Booking ref ${g.ord()}.`),
    U('and St. Louis?'),
    A('No disruptions reported for St. Louis or Lake Victoria routes.'),
  ] },
  { id: 'neg-retail', w: 2, locs: ['us', 'uk'], mk: (g) => [
    U('do you still sell the Tommy Hilfiger jacket and Dr. Martens 1460s?'),
    A(`Yes. Ben & Jerry’s is out of stock though. Your order ${g.ord()} ships via tracking ${g.trk()}.`),
    U(`paid with ${g.maskCard()}, phone ending ${g.maskPhone()}`),
    A('Confirmed, thanks.'),
  ] },
  { id: 'neg-refuse', w: 2, locs: ['us'], mk: (g) => [
    U('should I send my social here?'),
    A(`Please don’t. We only show it masked, like ${g.maskSsn()}. For verification I’ll send a code to your phone ${g.maskPhone()}.`),
    U('ok sent the code 482913'),
    A('Verified. Thank you!'),
  ] },
  { id: 'neg-de', w: 1, locs: ['de'], mk: (g) => [
    U('Ist der Porsche Taycan als Dienstwagen förderfähig? Und gilt das Nobelpreis-Stipendium als Einkommen?'),
    A(`Ja, laut §6 EStG. Das Stipendium nicht. Vorgang ${g.ord()}, Stand ${g.date()}.`),
  ] },
  { id: 'neg-fr-es', w: 1, locs: ['fr', 'es'], mk: (g) => [
    U('¿La tienda de la calle Goya abre el domingo? Y la Renault de la avenue Victor-Hugo?'),
    A(`Ambas abren de 10 a 14 h. Pedido ${g.ord()} listo para recoger el ${g.date()}.`),
  ] },
  { id: 'neg-jp-kr', w: 1, locs: ['jp', 'kr'], mk: (g) => [
    U('トヨタのカーナビのアップデートは？ 삼성 갤럭시 버전도 알려주세요'),
    A(`最新は ${g.ver()} です。注文番号 ${g.ord()}。`),
  ] },
  { id: 'neg-ops', w: 2, locs: ['us'], layouts: ['json', 'jsonl', 'csv'], mk: (g) => [
    S('Tool-using agent for Atlas Helpdesk. Redact PII in summaries.'),
    T(`metrics.get {"p95_ms":${g.r.int(80, 900)},"errors":${g.r.int(0, 40)},"build":"${g.hash()}","release":"${g.ver()}"}`),
    A(`Latency is normal. The Einstein feature flag is off; Marie Curie ward kiosk uses release ${g.ver()}.`),
    N(`summary: no customer data in this session; ${g.noise()}`),
  ] },
  { id: 'neg-edu', w: 1, locs: ['us', 'uk'], mk: (g) => [
    U('when is the Fulbright deadline and does the Rhodes scholarship need transcripts?'),
    A(`Fulbright closes ${g.date()}. Rhodes requires transcripts. Course code HIST-${g.r.int(100, 499)}.`),
  ] },
];

const LAYOUTS: readonly Layout[] = ['plain', 'plain', 'stamp', 'json', 'jsonl', 'md', 'csv'];
const POS: readonly Scn[] = [...EN, ...INTL];
const POS_W = POS.reduce((s, x) => s + x.w, 0);
const NEG_W = NEG.reduce((s, x) => s + x.w, 0);

function pickScn(r: Rng, xs: readonly Scn[], total: number): Scn {
  let x = r.next() * total;
  for (const s of xs) {
    x -= s.w;
    if (x < 0) return s;
  }
  return xs[xs.length - 1] as Scn;
}

/** Number of distinct document templates. */
export const INDEPENDENT16_TEMPLATE_COUNT = POS.length + NEG.length;

/** Generates corpus #16 for a seed: whole sessions until at least `minInstances` labels exist. */
export function generateIndependent16Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent16Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT16_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT16_MIN_INSTANCES;
  const out: Independent16Entry[] = [];
  let total = 0;
  while (total < min) {
    const neg = r.chance(0.1);
    const scn = neg ? pickScn(r, NEG, NEG_W) : pickScn(r, POS, POS_W);
    const g = new G(r, LOC(r.pick(scn.locs)));
    let turns = scn.mk(g);
    if (turns.length > 3 && r.chance(0.15)) turns = turns.slice(1); // an excerpt of the session
    const sid = `${r.pick(['sess', 'conv', 'thr', 'chat'])}_${r.digits(4)}${'abcdef'.charAt(r.int(0, 5))}${r.digits(3)}`;
    const d = render(r, turns, r.pick(scn.layouts ?? LAYOUTS), sid);
    const knownNames = g.known.filter((k) => d.text.includes(k));
    out.push({ text: d.text, labels: d.labels, knownNames });
    total += d.labels.length;
  }
  return out;
}
