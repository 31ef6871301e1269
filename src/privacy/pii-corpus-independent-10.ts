/**
 * Independent PII evaluation corpus #10. WRITTEN BLIND: the author did not read the detector, its docs,
 * other corpora, the ADRs or the git history, and never ran the detector against this text. It exists to
 * measure how the detector generalises to text its authors never saw.
 *
 * Seeds: {@link INDEPENDENT10_SEEDS} (100001, 100002, 100003). Each seed yields whole documents until at
 * least {@link INDEPENDENT10_MIN_INSTANCES} labels exist. Generation is deterministic per seed and offsets
 * are recorded while the pieces are appended (the finished string is never searched).
 *
 * Contents: support chats and e-mail threads (quoted replies, signatures, disclaimers), agent tool-call
 * logs (JSON arguments/results with nested customer records), knowledge-base RAG snippets, terse CRM notes,
 * call-centre ASR transcripts (lower case, disfluencies, spoken numbers and e-mails in several languages),
 * medical intake/discharge letters, insurance claims, bank disputes, payroll CSV, HR letters, rental
 * applications, travel (PNR, boarding pass, hotel folio), e-commerce orders/returns, waybills, government
 * forms, university admin, legal notices, CVs and references, dating/social posts, marketplace chats, IT
 * tickets with logs/stack traces/YAML/XML/SQL/HTML/Markdown, spreadsheets pasted as text, OCR of scanned
 * forms and bilingual messages — names, phones, addresses, dates and ids in each country's own conventions
 * across Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, CJK and Hangul scripts. About one
 * document in ten is a pure hard negative (eponymous brands/places/diseases/laws/awards/storms/ships/pets,
 * order/tracking/invoice/policy numbers, versions, hashes, Luhn-invalid card lookalikes, invalid IBANs,
 * EINs, routing numbers, non-birth dates) and such distractors are sprinkled through the other documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, M., Sra., 様, さん, 씨) and possessive 's are
 *   outside the span; initials, surname-only, given-only, ALL CAPS, lower case and "Surname, Given" forms
 *   are labelled, one label per contiguous name. Brands, places, pets, ships, storms, streets, eponymous
 *   diseases/laws/awards and @handles are not labelled; names inside e-mail addresses are not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses in transcripts too.
 * - PHONE: the number only (extension outside), spoken numbers included.
 * - CARD: Luhn-valid numbers of real network shapes; lookalikes unlabelled.
 * - IBAN: checksum-valid, right length for the country, any grouping/case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; every other id is unlabelled.
 * - IP: every IPv4/IPv6 address (port and brackets outside).
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient name is a separate PERSON; company lines excluded.
 * - DOB: a person's date of birth only; cue words outside.
 * - knownNames: the user's own full name, verbatim in the text and also labelled PERSON.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT10_SEEDS = [100_001, 100_002, 100_003] as const;
export const INDEPENDENT10_MIN_INSTANCES = 2400;

export interface Independent10Label extends PiiLabel {
  readonly value: string;
}

export interface Independent10Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent10Label[];
}

// ---------------------------------------------------------------------------------------------------
// Document builder: pieces are appended and offsets recorded as they go.
// ---------------------------------------------------------------------------------------------------

class Doc {
  text = '';
  readonly labels: Independent10Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, v: string): this {
    const start = this.text.length;
    this.text += v;
    this.labels.push({ type, start, end: start + v.length, value: v });
    return this;
  }
  p(v: string): this {
    return this.l('PERSON', v);
  }
  me(v: string): this {
    if (!this.known.includes(v)) this.known.push(v);
    return this.l('PERSON', v);
  }
  entry(): Independent10Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

type R = Rng;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------------------------------
// People. Pools are "native|romanised"; the romanised half feeds e-mail local parts.
// ---------------------------------------------------------------------------------------------------

interface Culture {
  readonly cc: string;
  readonly given: readonly string[];
  readonly family: readonly string[];
  readonly famFirst?: boolean;
  readonly joiner?: string;
}

const split = (s: string): string[] => s.trim().split(/\s*;\s*/);

const CULTURES: readonly Culture[] = [
  { cc: 'US', given: split('Brandon; Tamika; Hope; Dwayne; Kayleigh; Will; Autumn; DeShawn; Marjorie; Cody; Grace; Rusty; Summer; Jaxon'), family: split('Whitfield; Baker; Okonjo-Reyes; Hunter; Castellano; Bishop; Delgado; McAllister; Underwood; Sawyer; Church; Goodman') },
  { cc: 'GB', given: split('Alfie; Niamh; Rhys; Imogen; Tobias; Bethan; Callum; Poppy; Ffion; Reginald'), family: split('Pennington; Ashworth; ap Rhys; Featherstonehaugh; Cartwright; Holloway; Bell; Marsh; Ogunleye; Brooks') },
  { cc: 'IE', given: split('Seán; Aoife; Caoilfhionn; Donnacha; Gráinne; Ruairí'), family: split('Ó Briain; Mac Giolla Phádraig; Fitzsimons; Ní Dhonnchadha; Kavanagh; Cullinane') },
  { cc: 'DE', given: split('Karl-Heinz; Mechthild; Jannik; Ursula; Bastian; Gudrun; Leonie; Wolfram; Sören; Heike'), family: split('von Stetten; Fischer; Brückner; Weißenborn; Koch; Schäfer; Krause-Lindner; Zimmer; Vogel; Becker') },
  { cc: 'FR', given: split('Jean-Baptiste; Maëlys; Gaëtan; Solène; Hervé; Clémence; Aurélien; Noémie; Rose'), family: split('de La Roche; Lefèvre; Rousseau; Marchand; Boulanger; Lemaire; Chevalier; Blanc; Petit') },
  { cc: 'ES', given: split('María José; Iñaki; Rocío; Álvaro; Montserrat; Jordi; Nieves; Consuelo; Pilar'), family: split('García López; Etxeberria; Fernández de Córdoba; Puig i Serra; Ruiz; Moreno Vidal; Navarro') },
  { cc: 'MX', given: split('Guadalupe; Xóchitl; Jesús; Itzel; Fernando; Dulce; Salvador; Esperanza'), family: split('Hernández Cruz; Cuauhtémoc; Ramírez; de la Garza; Flores Ortega; Tapia') },
  { cc: 'BR', given: split('Ana Beatriz; Thiago; Luana; Caio; Raimunda; Vitória; Joaquim; Graça'), family: split('dos Santos Oliveira; Nascimento; Carvalho; da Silva Pereira; Albuquerque; Rocha') },
  { cc: 'IT', given: split('Gianluca; Benedetta; Salvatore; Ilaria; Pasquale; Serena; Fortunato'), family: split('Esposito; De Luca; Lo Bianco; Ferrante; Mancini; Dell\'Acqua; Greco') },
  { cc: 'NL', given: split('Daan; Femke; Sjoerd; Maartje; Joost; Lieke'), family: split('van der Berg; de Vries; Bakker; van \'t Hof; Visser; Mulder') },
  { cc: 'PL', given: split('Małgorzata; Grzegorz; Zbigniew; Agnieszka; Wojciech; Jadwiga'), family: split('Brzęczyszczykiewicz; Wiśniewska; Kaczmarek; Lewandowski; Dąbrowska; Zając') },
  { cc: 'SE', given: split('Björn; Linnéa; Håkan; Ebba; Torbjörn; Sigrid'), family: split('Lundqvist; Åkesson; Bergström; Sjöberg; Ek; Holm') },
  { cc: 'TR', given: split('Deniz; Umut; Ayşe; Mehmet Emin; Gökhan; Yıldız; Barış; Özge'), family: split('Yıldırım; Öztürk; Çelik; Karaca; Şahin; Aydın') },
  { cc: 'RU', given: split('Анастасия|Anastasia; Дмитрий|Dmitry; Ксения|Kseniya; Олег|Oleg; Любовь|Lyubov; Вера|Vera'), family: split('Кузнецова|Kuznetsova; Смирнов|Smirnov; Волкова|Volkova; Соколов|Sokolov; Морозова|Morozova') },
  { cc: 'GR', given: split('Γιώργος|Giorgos; Ελένη|Eleni; Παναγιώτης|Panagiotis; Σοφία|Sofia'), family: split('Παπαδόπουλος|Papadopoulos; Οικονόμου|Oikonomou; Καραγιάννη|Karagianni; Νικολάου|Nikolaou') },
  { cc: 'SA', given: split('Abdullah; Noor; Amal; Faisal; Reem; Turki; Hessa'), family: split('bin Khalid Al-Harbi; Al-Otaibi; Al Qahtani; Al-Dosari; Al-Shammari') },
  { cc: 'AE', given: split('محمد|Mohammed; فاطمة|Fatma; سلطان|Sultan; مريم|Mariam; خالد|Khalid'), family: split('المنصوري|Almansoori; الكعبي|Alkaabi; الظاهري|Aldhaheri; النعيمي|Alnuaimi') },
  { cc: 'EG', given: split('Mostafa; Yasmine; Karim; Shaimaa; Hossam; Rania'), family: split('Abdel-Rahman; El-Sayed; Mansour; Fathy; Soliman; El Masry') },
  { cc: 'IL', given: split('נועה|Noa; איתי|Itai; שירה|Shira; אורי|Uri; תמר|Tamar'), family: split('כהן|Cohen; לוי|Levi; מזרחי|Mizrahi; פרידמן|Friedman; ביטון|Biton') },
  { cc: 'IN', given: split('Venkata Subramanian; Lakshmi; Harpreet; Arjun; Sneha; Pooja; Suresh; Anand; Deepika'), family: split('Iyer; Venkataraman; Bhattacharya; Sandhu; Reddy; Chatterjee; Nair; Deshpande; Menon') },
  { cc: 'IN', given: split('राहुल|Rahul; सुनीता|Sunita; अमित|Amit; प्रिया|Priya'), family: split('शर्मा|Sharma; वर्मा|Verma; गुप्ता|Gupta; यादव|Yadav') },
  { cc: 'PK', given: split('Zeeshan; Ayesha; Bilal; Sana; Usman; Mahnoor'), family: split('Qureshi; Chaudhry; Malik; Siddiqui; Butt; Awan') },
  { cc: 'BD', given: split('Tanvir; Nusrat; Rafiqul; Sharmin; Mahfuz'), family: split('Hossain; Rahman; Chowdhury; Akter; Islam') },
  { cc: 'JP', given: split('太郎|taro; 陽子|yoko; 翔太|shota; 美咲|misaki; 光|hikari; 健一|kenichi'), family: split('山田|yamada; 佐藤|sato; 鈴木|suzuki; 高橋|takahashi; 渡辺|watanabe; 伊藤|ito'), famFirst: true, joiner: ' ' },
  { cc: 'JP', given: split('Haruto; Sakura; Ren; Aoi'), family: split('Fujimoto; Ishikawa; Kobayashi; Morita') },
  { cc: 'CN', given: split('小明|xiaoming; 秀英|xiuying; 伟|wei; 静怡|jingyi; 建国|jianguo'), family: split('王|wang; 李|li; 张|zhang; 刘|liu; 陈|chen; 欧阳|ouyang'), famFirst: true, joiner: '' },
  { cc: 'CN', given: split('Xiaoling; Zhiwei; Yuxuan; Na'), family: split('Zhou; Huang; Xu; Gao'), famFirst: true, joiner: ' ' },
  { cc: 'KR', given: split('민준|minjun; 서연|seoyeon; 지훈|jihoon; 하은|haeun; 도윤|doyun'), family: split('김|kim; 이|lee; 박|park; 최|choi; 정|jung'), famFirst: true, joiner: '' },
  { cc: 'VN', given: split('Thị Lan; Văn Hùng; Minh Anh; Quốc Bảo; Thu Trang'), family: split('Nguyễn; Trần; Lê; Phạm; Hoàng'), famFirst: true, joiner: ' ' },
  { cc: 'TH', given: split('สมชาย|somchai; มาลี|malee; อนุชา|anucha; ปราณี|pranee'), family: split('ใจดี|jaidee; ศรีสุข|srisuk; วงศ์สวัสดิ์|wongsawat; บุญมา|boonma') },
  { cc: 'ID', given: split('Wulandari; Budi; Siti Nurhaliza; Agus; Dewi; Putu'), family: split('Santoso; Hartono; Wijaya; Kusuma; Saputra; Pratama') },
  { cc: 'PH', given: split('Maria Luisa; Jun-Jun; Cherry; Rodrigo; Precious; Bong'), family: split('Dela Cruz; Macapagal; Santos; Villanueva; Bautista; Reyes') },
  { cc: 'NG', given: split('Chidinma; Oluwatobiloba; Blessing; Emeka; Funmilayo; Ikechukwu; Godspower'), family: split('Okonkwo; Adebayo-Williams; Nwosu; Ogundipe; Eze; Balogun-Ade') },
  { cc: 'GH', given: split('Kwabena; Akosua; Kofi; Abena; Yaw; Ama'), family: split('Mensah; Asante; Owusu-Ansah; Boateng; Agyeman') },
  { cc: 'KE', given: split('Wanjiku; Otieno; Mercy; Kiprop; Achieng; Baraka'), family: split('Kamau; Odhiambo; Chebet; Mwangi; Wafula; Njoroge') },
  { cc: 'ZA', given: split('Thandiwe; Sipho; Lerato; Pieter; Nomvula; Johannes'), family: split('Dlamini; van Niekerk; Ndlovu; Botha; Khumalo; du Plessis') },
  { cc: 'ET', given: split('Abebe; Selamawit; Tewodros; Hirut'), family: split('Bekele; Haile; Tesfaye; Girma') },
  { cc: 'AU', given: split('Bronte; Lachlan; Matilda; Hamish; Sunny'), family: split('McGregor; Nguyen-Smith; Whitlock; Parry; Coombes') },
  { cc: 'CA', given: split('Geneviève; Mathieu; Kateri; Brayden; Élodie'), family: split('Tremblay; Gagnon; Bouchard; Côté; Redsky') },
  { cc: 'HU', given: split('Péter; Zsófia; Levente; Katalin'), family: split('Kovács; Szabó; Nagy; Tóth'), famFirst: true, joiner: ' ' },
];

interface P {
  readonly g: string;
  readonly f: string;
  readonly gr: string;
  readonly fr: string;
  readonly c: Culture;
}

function halves(s: string): [string, string] {
  const [a, b] = s.split('|');
  return [a ?? s, b ?? a ?? s];
}

function person(r: R, cc?: string): P {
  const pool = cc ? CULTURES.filter((c) => c.cc === cc) : CULTURES;
  const c = r.pick(pool.length ? pool : CULTURES);
  const [g, gr] = halves(r.pick(c.given));
  const [f, fr] = halves(r.pick(c.family));
  return { g, f, gr, fr, c };
}

const isLatin = (s: string): boolean => /^[\p{Script=Latin}\s'’.-]+$/u.test(s);

/** The person's full name in their culture's natural order. */
function full(p: P): string {
  return p.c.famFirst ? `${p.f}${p.c.joiner ?? ' '}${p.g}` : `${p.g} ${p.f}`;
}

/** A varied written form of the name. */
function nameForm(r: R, p: P): string {
  const latin = isLatin(p.g) && isLatin(p.f);
  const x = r.int(0, 11);
  if (!latin || x <= 4) return full(p);
  if (x === 5) return `${p.f}, ${p.g}`;
  if (x === 6) return `${p.g.charAt(0)}. ${p.f}`;
  if (x === 7) return full(p).toUpperCase();
  if (x === 8) return full(p).toLowerCase();
  if (x === 9) return p.f;
  if (x === 10) return p.g;
  return `${p.f.toUpperCase()} ${p.g}`;
}

function ascii(s: string): string {
  return s
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/æ/g, 'ae')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

const FREEMAIL = split(
  'gmail.com; outlook.com; yahoo.com; hotmail.co.uk; web.de; gmx.at; orange.fr; free.fr; libero.it; uol.com.br; yahoo.co.jp; naver.com; qq.com; 163.com; mail.ru; yandex.ru; rediffmail.com; proton.me; icloud.com; t-online.de; seznam.cz; wp.pl; bigpond.com; sympatico.ca; ymail.com',
);
const CORP = split(
  'northwind-logistics.com; contoso.co.uk; acme-insure.de; blueharbor.bank; tanaka-shoji.co.jp; saludvital.mx; clinica-aurora.es; helios-hr.io; example.org; kiwi-rentals.co.nz; lagos-fintech.ng; savanna-telecom.co.ke; uni-bremen.example; hanseatic-freight.eu',
);

function emailFor(r: R, p: P, domain?: string): string {
  const g = ascii(p.gr) || 'user';
  const f = ascii(p.fr) || 'mail';
  const d = domain ?? r.pick(FREEMAIL);
  const x = r.int(0, 6);
  const local =
    x === 0 ? `${g}.${f}` : x === 1 ? `${g.charAt(0)}${f}` : x === 2 ? `${f}.${g}${r.int(1, 99)}` : x === 3 ? `${g}_${f}` : x === 4 ? `${g}${r.int(70, 2005)}` : x === 5 ? `${f}-${g.charAt(0)}` : `${g}+orders`;
  return `${local}@${d}`;
}

const ROLE_LOCAL = split('support; billing; privacy; no-reply; hr; claims; dispatch; helpdesk; admissions; dpo; accounts.payable; reservations');
const roleEmail = (r: R): string => `${r.pick(ROLE_LOCAL)}@${r.pick(CORP)}`;

// ---------------------------------------------------------------------------------------------------
// Phones, per country.
// ---------------------------------------------------------------------------------------------------

const d = (r: R, n: number): string => r.digits(n);
const nz = (r: R): string => String(r.int(1, 9));

function phone(r: R, cc: string): string {
  const intl = r.chance(0.5);
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = `${r.int(2, 9)}${d(r, 2)}`;
      const b = `${r.int(2, 9)}${d(r, 2)}`;
      const c = d(r, 4);
      return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]);
    }
    case 'GB':
      return intl ? `+44 7${d(r, 3)} ${d(r, 6)}` : r.pick([`07${d(r, 3)} ${d(r, 6)}`, `020 ${nz(r)}${d(r, 3)} ${d(r, 4)}`, `0161 ${d(r, 3)} ${d(r, 4)}`]);
    case 'IE':
      return intl ? `+353 8${r.int(3, 9)} ${d(r, 3)} ${d(r, 4)}` : `08${r.int(3, 9)} ${d(r, 3)} ${d(r, 4)}`;
    case 'DE':
      return intl ? r.pick([`+49 30 ${d(r, 8)}`, `+49 (0)151 ${d(r, 8)}`]) : r.pick([`0151 ${d(r, 8)}`, `089/${d(r, 7)}`, `0221 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`]);
    case 'FR':
      return intl ? `+33 ${r.int(1, 7)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}` : `0${r.int(1, 7)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`;
    case 'ES':
      return intl ? `+34 6${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}` : `91 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`;
    case 'MX':
      return intl ? `+52 55 ${d(r, 4)} ${d(r, 4)}` : `(55) ${d(r, 4)}-${d(r, 4)}`;
    case 'BR':
      return intl ? `+55 11 9${d(r, 4)}-${d(r, 4)}` : `(21) 9${d(r, 4)}-${d(r, 4)}`;
    case 'IT':
      return intl ? `+39 3${d(r, 2)} ${d(r, 3)} ${d(r, 4)}` : `06 ${d(r, 4)} ${d(r, 4)}`;
    case 'NL':
      return intl ? `+31 6 ${d(r, 8)}` : `06-${d(r, 8)}`;
    case 'PL':
      return intl ? `+48 ${r.int(5, 8)}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}` : `${r.int(5, 8)}${d(r, 2)}-${d(r, 3)}-${d(r, 3)}`;
    case 'SE':
      return intl ? `+46 70 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}` : `070-${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`;
    case 'HU':
      return `+36 ${r.pick(['20', '30', '70'])} ${d(r, 3)} ${d(r, 4)}`;
    case 'TR':
      return intl ? `+90 5${d(r, 2)} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}` : `0(5${d(r, 2)}) ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`;
    case 'RU':
      return intl ? `+7 9${d(r, 2)} ${d(r, 3)}-${d(r, 2)}-${d(r, 2)}` : `8 (9${d(r, 2)}) ${d(r, 3)}-${d(r, 2)}-${d(r, 2)}`;
    case 'GR':
      return `+30 69${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`;
    case 'SA':
      return intl ? `+966 5${d(r, 1)} ${d(r, 3)} ${d(r, 4)}` : `05${d(r, 1)}-${d(r, 3)}-${d(r, 4)}`;
    case 'AE':
      return intl ? `+971 5${r.int(0, 8)} ${d(r, 3)} ${d(r, 4)}` : `05${r.int(0, 8)} ${d(r, 3)} ${d(r, 4)}`;
    case 'EG':
      return intl ? `+20 1${r.int(0, 2)}${d(r, 1)} ${d(r, 3)} ${d(r, 4)}` : `01${r.int(0, 2)}${d(r, 1)} ${d(r, 3)} ${d(r, 4)}`;
    case 'IL':
      return intl ? `+972 5${r.int(0, 8)}-${d(r, 3)}-${d(r, 4)}` : `05${r.int(0, 8)}-${d(r, 7)}`;
    case 'IN':
      return intl ? `+91 ${r.int(7, 9)}${d(r, 4)} ${d(r, 5)}` : r.pick([`0${r.int(7, 9)}${d(r, 4)}${d(r, 5)}`, `${r.int(7, 9)}${d(r, 4)}-${d(r, 5)}`]);
    case 'PK':
      return intl ? `+92 3${d(r, 2)} ${d(r, 7)}` : `03${d(r, 2)}-${d(r, 7)}`;
    case 'BD':
      return intl ? `+880 1${r.int(3, 9)}${d(r, 2)}-${d(r, 6)}` : `01${r.int(3, 9)}${d(r, 2)}-${d(r, 6)}`;
    case 'JP':
      return intl ? `+81 90-${d(r, 4)}-${d(r, 4)}` : r.pick([`090-${d(r, 4)}-${d(r, 4)}`, `03-${d(r, 4)}-${d(r, 4)}`, `080(${d(r, 4)})${d(r, 4)}`]);
    case 'CN':
      return intl ? `+86 1${r.int(3, 9)}${d(r, 1)} ${d(r, 4)} ${d(r, 4)}` : `1${r.int(3, 9)}${d(r, 1)}-${d(r, 4)}-${d(r, 4)}`;
    case 'KR':
      return intl ? `+82 10-${d(r, 4)}-${d(r, 4)}` : `010-${d(r, 4)}-${d(r, 4)}`;
    case 'VN':
      return intl ? `+84 9${d(r, 2)} ${d(r, 3)} ${d(r, 3)}` : `09${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`;
    case 'TH':
      return intl ? `+66 8${d(r, 1)} ${d(r, 3)} ${d(r, 4)}` : `08${d(r, 1)}-${d(r, 3)}-${d(r, 4)}`;
    case 'ID':
      return intl ? `+62 8${d(r, 2)}-${d(r, 4)}-${d(r, 4)}` : `08${d(r, 2)}-${d(r, 4)}-${d(r, 4)}`;
    case 'PH':
      return intl ? `+63 9${d(r, 2)} ${d(r, 3)} ${d(r, 4)}` : `09${d(r, 2)}-${d(r, 3)}-${d(r, 4)}`;
    case 'NG':
      return intl ? `+234 ${r.pick(['803', '806', '813', '905'])} ${d(r, 3)} ${d(r, 4)}` : `0${r.pick(['803', '806', '813', '905'])} ${d(r, 3)} ${d(r, 4)}`;
    case 'GH':
      return intl ? `+233 24 ${d(r, 3)} ${d(r, 4)}` : `024 ${d(r, 3)} ${d(r, 4)}`;
    case 'KE':
      return intl ? `+254 7${d(r, 2)} ${d(r, 6)}` : `07${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`;
    case 'ZA':
      return intl ? `+27 8${r.int(1, 4)} ${d(r, 3)} ${d(r, 4)}` : `08${r.int(1, 4)} ${d(r, 3)} ${d(r, 4)}`;
    case 'ET':
      return `+251 9${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`;
    case 'AU':
      return intl ? `+61 4${d(r, 2)} ${d(r, 3)} ${d(r, 3)}` : r.pick([`04${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `(02) ${d(r, 4)} ${d(r, 4)}`]);
    default:
      return `+${r.int(30, 99)} ${d(r, 3)} ${d(r, 3)} ${d(r, 3)}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Postal addresses, per country, as lines (joined with ", " or "\n" by the caller via addrText).
// ---------------------------------------------------------------------------------------------------

function addrLines(r: R, cc: string): string[] {
  const n = r.int(1, 240);
  switch (cc) {
    case 'US':
    case 'CA': {
      if (cc === 'CA' && r.chance(0.5)) {
        return [`${n} ${r.pick(['rue Saint-Denis', 'boul. René-Lévesque O', 'ch. de la Côte-des-Neiges'])}, app. ${r.int(1, 30)}`, `Montréal (Québec)  H${r.int(1, 4)}X ${r.int(1, 9)}A${r.int(1, 9)}`];
      }
      const street = r.pick(['Maple Ave', 'W 34th St', 'Peachtree Industrial Blvd', 'Old Mill Rd', 'N Clark Street', 'Riverside Dr', 'County Road 12']);
      const unit = r.pick(['', `, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}`, `, Suite ${r.int(100, 900)}`, ` #${r.int(2, 40)}`]);
      const city = r.pick(['Springfield, IL 62704', 'Austin, TX 78745', 'Brooklyn, NY 11215', 'Tacoma, WA 98402', 'Duluth, GA 30096', 'Columbus, OH 43215-1234']);
      if (r.chance(0.2)) return [`PO Box ${r.int(100, 9999)}`, city];
      return [`${r.int(10, 9999)} ${street}${unit}`, city, ...(r.chance(0.3) ? ['USA'] : [])];
    }
    case 'GB':
    case 'IE':
      if (cc === 'IE') return [`${n} ${r.pick(['Ballymun Road', 'Strand Street', 'Bóthar na Trá'])}`, r.pick(['Glasnevin', 'Salthill']), r.pick(['Dublin 9 D09 X2F4', 'Co. Galway H91 E2K3'])];
      return [r.pick([`Flat ${r.int(1, 12)}, ${n} Albion Road`, `${n} Cranbrook Close`, `Rose Cottage, ${n} Church Lane`]), r.pick(['Stoke Newington', 'Headingley', 'Clifton']), r.pick([`London N16 ${r.int(1, 9)}PS`, `Leeds LS6 ${r.int(1, 9)}QF`, `Bristol BS8 ${r.int(1, 9)}TL`]), ...(r.chance(0.4) ? ['United Kingdom'] : [])];
    case 'DE':
      return [`${r.pick(['Hauptstraße', 'Lindenallee', 'Am Kirchberg', 'Bismarckstr.'])} ${n}${r.pick(['', 'a', ' b'])}`, r.pick(['10115 Berlin', '80331 München', '50667 Köln', '20095 Hamburg']), ...(r.chance(0.3) ? ['Deutschland'] : [])];
    case 'FR':
      return [r.pick([`${n} rue des Lilas`, `${n} bis avenue Jean-Jaurès`, `Bât. C, ${n} allée des Tilleuls`]), r.pick(['75011 Paris', '69003 Lyon', '13008 Marseille', '33000 Bordeaux']), ...(r.chance(0.3) ? ['France'] : [])];
    case 'ES':
      return [`${r.pick(['Calle Mayor', 'Avda. de la Constitución', 'C/ Gran Vía'])}, ${n}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'izda.'])}`, r.pick(['28013 Madrid', '41001 Sevilla', '08002 Barcelona'])];
    case 'MX':
      return [`Av. Insurgentes Sur ${r.int(100, 3000)}, Int. ${r.int(1, 20)}`, `Col. ${r.pick(['Del Valle', 'Roma Norte', 'Narvarte'])}, ${r.pick(['03100', '06700', '03020'])} Ciudad de México, CDMX`];
    case 'BR':
      return [`Rua ${r.pick(['das Flores', 'Augusta', 'Voluntários da Pátria'])}, ${n} - Apto ${r.int(11, 150)}`, `${r.pick(['Pinheiros', 'Botafogo', 'Savassi'])}, ${r.pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Belo Horizonte - MG'])}`, `CEP ${d(r, 5)}-${d(r, 3)}`];
    case 'IT':
      return [`${r.pick(['Via Roma', 'Corso Vittorio Emanuele II', 'Viale dei Pini'])}, ${n}`, r.pick(['00184 Roma RM', '20121 Milano MI', '80134 Napoli NA'])];
    case 'NL':
      return [`${r.pick(['Keizersgracht', 'Dorpsstraat', 'Oudegracht'])} ${n}${r.pick(['', '-II', 'A'])}`, `${r.int(1011, 9999)} ${r.pick(['CJ', 'AB', 'XK'])} ${r.pick(['Amsterdam', 'Utrecht', 'Groningen'])}`];
    case 'PL':
      return [`ul. ${r.pick(['Marszałkowska', 'Piotrkowska', 'Długa'])} ${n}${r.chance(0.5) ? ` m. ${r.int(1, 60)}` : ''}`, r.pick(['00-514 Warszawa', '90-001 Łódź', '80-831 Gdańsk'])];
    case 'SE':
      return [`${r.pick(['Drottninggatan', 'Storgatan', 'Kungsvägen'])} ${n}`, r.pick(['111 21 Stockholm', '411 38 Göteborg', '752 20 Uppsala'])];
    case 'HU':
      return [`${r.pick(['1052 Budapest', '6720 Szeged'])}, ${r.pick(['Váci utca', 'Kossuth Lajos tér'])} ${n}. ${r.int(1, 4)}/${r.int(1, 12)}`];
    case 'TR':
      return [`${r.pick(['Bağdat Cad.', 'İstiklal Cad.', 'Gazi Mustafa Kemal Blv.'])} No:${n} D:${r.int(1, 20)}`, `${r.pick(['34740 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])}`];
    case 'RU':
      return [r.pick([`ул. Тверская, д. ${n}, кв. ${r.int(1, 200)}`, `пр-т Мира, д. ${n}, корп. 2, кв. ${r.int(1, 200)}`]), r.pick(['г. Москва, 125009', 'г. Санкт-Петербург, 191186', 'г. Казань, 420111'])];
    case 'GR':
      return [`Οδός Ερμού ${n}`, r.pick(['105 63 Αθήνα', '546 24 Θεσσαλονίκη'])];
    case 'SA':
      return [`${r.int(1000, 9999)} ${r.pick(['King Fahd Rd', 'Prince Sultan St', 'Al Olaya St'])}, ${r.pick(['Al Olaya', 'Al Malqa', 'Al Rawdah'])} Dist.`, `Riyadh ${r.int(11000, 14999)} ${r.int(1000, 9999)}`, ...(r.chance(0.5) ? ['Saudi Arabia'] : [])];
    case 'AE':
      return [r.pick([`Villa ${n}, Street ${r.int(1, 40)}, Al Barsha 2`, `Apt ${r.int(101, 3200)}, Marina Heights Tower, Dubai Marina`, `شقة ${r.int(1, 90)}، شارع ${r.int(1, 40)}، الخالدية`]), r.pick(['Dubai, UAE', 'أبوظبي، الإمارات العربية المتحدة', `P.O. Box ${r.int(1000, 99999)}, Dubai`])];
    case 'EG':
      return [`${n} ${r.pick(['شارع التحرير', 'Abbas El Akkad St', 'شارع الهرم'])}`, r.pick(['Nasr City, Cairo 11765', 'الدقي، الجيزة', 'Heliopolis, Cairo'])];
    case 'IL':
      return [`${r.pick(['רחוב הרצל', 'דרך בגין', 'Rothschild Blvd'])} ${n}`, r.pick(['תל אביב-יפו 6578401', 'ירושלים 9414123', 'Haifa 3303104'])];
    case 'IN':
      return [r.pick([`Flat ${r.int(101, 1204)}, ${r.pick(['Sai Krupa Apartments', 'Prestige Lakeside Habitat', 'Shanti Niketan CHS'])}`, `H.No. ${r.int(1, 20)}-${r.int(1, 99)}/${r.int(1, 9)}`, `${r.int(1, 300)}, ${r.pick(['2nd', '4th', '11th', '14th'])} Cross`]), r.pick(['Indiranagar', 'Andheri (E)', 'Banjara Hills', 'Salt Lake Sector V']), r.pick([`Bengaluru - 5600${r.int(10, 99)}`, `Mumbai 4000${r.int(10, 99)}`, `Hyderabad, Telangana 5000${r.int(10, 99)}`, `Kolkata 7000${r.int(10, 99)}`])];
    case 'PK':
      return [`House ${n}, Street ${r.int(1, 60)}, ${r.pick(['F-7/2', 'G-11/3', 'DHA Phase 5'])}`, r.pick(['Islamabad 44000', 'Lahore 54000', 'Karachi 75500'])];
    case 'BD':
      return [`House ${n}, Road ${r.int(1, 27)}, ${r.pick(['Dhanmondi', 'Gulshan-2', 'Banani'])}`, `Dhaka-12${r.int(0, 9)}${r.int(0, 9)}`];
    case 'JP':
      return r.chance(0.6)
        ? [`〒${d(r, 3)}-${d(r, 4)} ${r.pick(['東京都渋谷区渋谷', '大阪府大阪市北区梅田', '京都府京都市左京区北白川', '神奈川県横浜市中区山下町'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 15)}${r.chance(0.5) ? ` ${r.pick(['メゾン青葉', 'グランドハイツ', 'サンシャイン'])}${r.int(101, 905)}号室` : ''}`]
        : [`${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 15)} ${r.pick(['Shibuya', 'Umeda', 'Sakae'])}`, `${r.pick(['Shibuya-ku, Tokyo 150-0002', 'Kita-ku, Osaka 530-0001', 'Naka-ku, Nagoya 460-0008'])}`, 'Japan'];
    case 'CN':
      return r.chance(0.6)
        ? [`${r.pick(['上海市浦东新区世纪大道', '北京市朝阳区建国路', '广东省深圳市南山区科技园南路'])}${n}号${r.int(1, 30)}栋${r.int(101, 2805)}室`]
        : [`Room ${r.int(101, 2805)}, No. ${n} Century Avenue`, 'Pudong New District, Shanghai 200120', 'China'];
    case 'KR':
      return [`${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 해운대로', '경기도 성남시 분당구 판교역로'])} ${n}, ${r.int(1, 30)}층 ${r.int(101, 1505)}호`];
    case 'VN':
      return [`Số ${n} ${r.pick(['Đường Lê Lợi', 'Phố Hàng Bạc', 'Đường Nguyễn Huệ'])}, ${r.pick(['Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh', 'Phường Hàng Buồm, Quận Hoàn Kiếm, Hà Nội'])}`];
    case 'TH':
      return [`${n}/${r.int(1, 99)} ${r.pick(['ถนนสุขุมวิท', 'ซอยอารีย์ 4', 'ถนนนิมมานเหมินท์'])}`, r.pick(['แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110', 'ต.สุเทพ อ.เมือง จ.เชียงใหม่ 50200'])];
    case 'ID':
      return [`Jl. ${r.pick(['Jend. Sudirman', 'Kebon Jeruk Raya', 'Malioboro'])} No. ${n}, RT ${pad(r.int(1, 15), 3)}/RW ${pad(r.int(1, 12), 3)}`, r.pick(['Kel. Karet Semanggi, Kec. Setiabudi, Jakarta Selatan 12930', 'Yogyakarta 55271'])];
    case 'PH':
      return [`${n} ${r.pick(['Mabini St.', 'Katipunan Ave.', 'Rizal Drive'])}, Brgy. ${r.pick(['San Antonio', 'Loyola Heights', 'Poblacion'])}`, r.pick(['Quezon City 1108, Metro Manila', 'Makati City 1210', 'Cebu City 6000'])];
    case 'NG':
      return [r.pick([`Plot ${n}, Adeola Odeku Street`, `${n} Awolowo Road`, `Block ${r.int(1, 40)}, Flat ${r.int(1, 12)}, Gwarinpa Estate`]), r.pick(['Victoria Island, Lagos', 'Ikoyi, Lagos 101233', 'Abuja, FCT 900108'])];
    case 'GH':
      return [`House No. ${n}, ${r.pick(['Oxford Street', 'Ring Road Central', 'Spintex Road'])}`, r.pick(['Osu, Accra', 'Kumasi, Ashanti Region']), ...(r.chance(0.5) ? [`GA-${r.int(100, 999)}-${r.int(1000, 9999)}`] : [])];
    case 'KE':
      return r.chance(0.5) ? [`P.O. Box ${r.int(100, 99999)}-00100`, 'Nairobi, Kenya'] : [`${r.pick(['Ngong Road', 'Kenyatta Avenue', 'Moi Avenue'])}, ${r.pick(['Kilimani', 'Westlands'])}`, 'Nairobi 00100'];
    case 'ZA':
      return [`${n} ${r.pick(['Long Street', 'Jan Smuts Avenue', 'Vilakazi Street'])}`, r.pick(['Gardens', 'Rosebank', 'Orlando West']), r.pick(['Cape Town, 8001', 'Johannesburg, 2196', 'Soweto, 1804'])];
    case 'ET':
      return [`Woreda ${r.int(1, 14)}, House No. ${r.int(100, 999)}`, 'Bole Sub-City, Addis Ababa'];
    case 'AU':
      return [`${r.pick([`Unit ${r.int(1, 20)}, `, ''])}${n} ${r.pick(['Smith St', 'Flinders Lane', 'Beach Rd'])}`, r.pick(['Fitzroy VIC 3065', 'Surry Hills NSW 2010', 'Fremantle WA 6160'])];
    default:
      return [`${n} Example Road`, 'Springfield 12345'];
  }
}

function addrText(r: R, cc: string, sep?: string): string {
  const lines = addrLines(r, cc);
  return lines.join(sep ?? (r.chance(0.5) ? ', ' : '\n'));
}

// ---------------------------------------------------------------------------------------------------
// Dates of birth (and other dates that are not).
// ---------------------------------------------------------------------------------------------------

const MONTHS: Record<string, readonly string[]> = {
  en: split('January; February; March; April; May; June; July; August; September; October; November; December'),
  de: split('Januar; Februar; März; April; Mai; Juni; Juli; August; September; Oktober; November; Dezember'),
  fr: split('janvier; février; mars; avril; mai; juin; juillet; août; septembre; octobre; novembre; décembre'),
  es: split('enero; febrero; marzo; abril; mayo; junio; julio; agosto; septiembre; octubre; noviembre; diciembre'),
  pt: split('janeiro; fevereiro; março; abril; maio; junho; julho; agosto; setembro; outubro; novembro; dezembro'),
  it: split('gennaio; febbraio; marzo; aprile; maggio; giugno; luglio; agosto; settembre; ottobre; novembre; dicembre'),
  nl: split('januari; februari; maart; april; mei; juni; juli; augustus; september; oktober; november; december'),
  tr: split('Ocak; Şubat; Mart; Nisan; Mayıs; Haziran; Temmuz; Ağustos; Eylül; Ekim; Kasım; Aralık'),
  ru: split('января; февраля; марта; апреля; мая; июня; июля; августа; сентября; октября; ноября; декабря'),
  id: split('Januari; Februari; Maret; April; Mei; Juni; Juli; Agustus; September; Oktober; November; Desember'),
};

interface Ymd {
  y: number;
  m: number;
  d: number;
}
const birth = (r: R): Ymd => ({ y: r.int(1938, 2007), m: r.int(1, 12), d: r.int(1, 28) });
const recent = (r: R): Ymd => ({ y: r.int(2019, 2026), m: r.int(1, 12), d: r.int(1, 28) });
const mon = (lang: string, m: number): string => (MONTHS[lang] ?? MONTHS.en ?? [])[m - 1] ?? 'May';
const EN_SHORT = split('Jan; Feb; Mar; Apr; May; Jun; Jul; Aug; Sep; Oct; Nov; Dec');

/** A date in the conventions of a country. */
function dateFor(r: R, cc: string, x: Ymd): string {
  const { y, m } = x;
  const dd = x.d;
  switch (cc) {
    case 'US':
      return r.pick([`${pad(m)}/${pad(dd)}/${y}`, `${m}/${dd}/${String(y).slice(2)}`, `${mon('en', m)} ${dd}, ${y}`, `${y}-${pad(m)}-${pad(dd)}`]);
    case 'DE':
    case 'PL':
      return r.pick([`${pad(dd)}.${pad(m)}.${y}`, `${dd}. ${mon('de', m)} ${y}`]);
    case 'FR':
    case 'CA':
      return r.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} ${mon('fr', m)} ${y}`]);
    case 'ES':
    case 'MX':
      return r.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} de ${mon('es', m)} de ${y}`]);
    case 'BR':
      return r.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} de ${mon('pt', m)} de ${y}`]);
    case 'IT':
      return r.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} ${mon('it', m)} ${y}`]);
    case 'NL':
      return r.pick([`${pad(dd)}-${pad(m)}-${y}`, `${dd} ${mon('nl', m)} ${y}`]);
    case 'TR':
      return r.pick([`${pad(dd)}.${pad(m)}.${y}`, `${dd} ${mon('tr', m)} ${y}`]);
    case 'RU':
      return r.pick([`${pad(dd)}.${pad(m)}.${y}`, `${dd} ${mon('ru', m)} ${y} г.`]);
    case 'ID':
      return r.pick([`${pad(dd)}-${pad(m)}-${y}`, `${dd} ${mon('id', m)} ${y}`]);
    case 'JP':
      return r.pick([`${y}年${m}月${dd}日`, `${y}/${pad(m)}/${pad(dd)}`, `昭和${Math.max(1, y - 1925)}年${m}月${dd}日`]);
    case 'CN':
      return r.pick([`${y}年${m}月${dd}日`, `${y}-${pad(m)}-${pad(dd)}`]);
    case 'KR':
      return r.pick([`${y}년 ${m}월 ${dd}일`, `${y}.${pad(m)}.${pad(dd)}`]);
    case 'SE':
    case 'HU':
    case 'CN2':
      return `${y}-${pad(m)}-${pad(dd)}`;
    case 'IN':
    case 'PK':
    case 'BD':
    case 'GB':
    case 'IE':
    case 'AU':
    case 'NG':
    case 'GH':
    case 'KE':
    case 'ZA':
      return r.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} ${mon('en', m)} ${y}`, `${dd}-${EN_SHORT[m - 1] ?? 'Jan'}-${y}`, `${dd}${dd === 1 || dd === 21 ? 'st' : dd === 2 || dd === 22 ? 'nd' : dd === 3 || dd === 23 ? 'rd' : 'th'} ${mon('en', m)} ${y}`]);
    default:
      return r.pick([`${pad(dd)}/${pad(m)}/${y}`, `${y}-${pad(m)}-${pad(dd)}`]);
  }
}

const DOB_CUE: Record<string, readonly string[]> = {
  US: split('DOB:; Date of Birth:; born; D.O.B.; birthdate'),
  GB: split('DOB:; Date of birth:; born'),
  DE: split('geb.; Geburtsdatum:; geboren am'),
  FR: split('né(e) le; Date de naissance :; née le'),
  ES: split('Fecha de nacimiento:; nacido el; F. nac.:'),
  MX: split('Fecha de nacimiento:; nació el'),
  BR: split('Data de nascimento:; nascido em; DN:'),
  IT: split('nato il; Data di nascita:; nata a Roma il'),
  NL: split('geboortedatum:; geboren op'),
  TR: split('Doğum tarihi:; D. Tarihi:'),
  RU: split('Дата рождения:; родилась; г.р.:'),
  JP: split('生年月日：; 生年月日:; 誕生日'),
  CN: split('出生日期：; 出生年月日:'),
  KR: split('생년월일:; 생년월일 :'),
  ID: split('Tgl. Lahir:; lahir pada'),
  SA: split('تاريخ الميلاد:; DOB:'),
  AE: split('تاريخ الميلاد:; Date of Birth:'),
  PL: split('data urodzenia:; ur.'),
};
const dobCue = (r: R, cc: string): string => r.pick(DOB_CUE[cc] ?? DOB_CUE.GB ?? ['DOB:']);

// ---------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs — valid ones are labelled, lookalikes are not.
// ---------------------------------------------------------------------------------------------------

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let v = Number(body.charAt(body.length - 1 - i));
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return String((10 - (sum % 10)) % 10);
}

function cardDigits(r: R): { digits: string; net: string } {
  const k = r.int(0, 13);
  let prefix: string;
  let len: number;
  let net: string;
  if (k <= 3) [prefix, len, net] = ['4', r.pick([16, 16, 16, 13, 19]), 'Visa'];
  else if (k <= 5) [prefix, len, net] = [String(r.int(51, 55)), 16, 'Mastercard'];
  else if (k === 6) [prefix, len, net] = [String(r.int(2221, 2720)), 16, 'Mastercard'];
  else if (k <= 8) [prefix, len, net] = [r.pick(['34', '37']), 15, 'Amex'];
  else if (k === 9) [prefix, len, net] = [r.pick(['6011', '65', String(r.int(644, 649))]), 16, 'Discover'];
  else if (k === 10) [prefix, len, net] = [String(r.int(3528, 3589)), 16, 'JCB'];
  else if (k === 11) [prefix, len, net] = [r.pick(['36', '38', String(r.int(300, 305))]), 14, 'Diners'];
  else [prefix, len, net] = ['62', r.pick([16, 19]), 'UnionPay'];
  const body = prefix + r.digits(len - prefix.length - 1);
  return { digits: body + luhnDigit(body), net };
}

function groupCard(r: R, digits: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (sep === '') return digits;
  const n = digits.length;
  const sizes = n === 15 ? [4, 6, 5] : n === 14 ? [4, 6, 4] : n === 13 ? [4, 4, 5] : n === 19 ? [4, 4, 4, 4, 3] : [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    out.push(digits.slice(i, i + s));
    i += s;
  }
  return out.join(sep);
}

function card(r: R): { text: string; net: string; last4: string } {
  const c = cardDigits(r);
  return { text: groupCard(r, c.digits), net: c.net, last4: c.digits.slice(-4) };
}

/** Luhn-invalid, card-shaped: never labelled. */
function badCard(r: R): string {
  const c = cardDigits(r).digits;
  const last = (Number(c.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(r, c.slice(0, -1) + String(last));
}

const IBAN_FMT: Record<string, string> = {
  DE: '18n', GB: '4a14n', FR: '23n', ES: '20n', IT: '1a22n', NL: '4a10n', BE: '12n', CH: '17n', AT: '16n', PL: '24n',
  PT: '21n', IE: '4a14n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', SA: '20n', AE: '19n', TR: '22n', GR: '23n',
  BR: '23n1a1n', CZ: '20n', HU: '24n', RO: '4a16n', HR: '17n', LT: '16n', SI: '15n', QA: '4a21n', KW: '4a22n', IL: '19n',
};

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}

function bban(r: R, fmt: string): string {
  let out = '';
  for (const m of fmt.matchAll(/(\d+)([na])/g)) {
    const n = Number(m[1]);
    for (let i = 0; i < n; i++) out += m[2] === 'n' ? String(r.int(0, 9)) : String.fromCharCode(65 + r.int(0, 25));
  }
  return out;
}

function ibanCompact(r: R, cc?: string): string {
  const c = cc && IBAN_FMT[cc] ? cc : r.pick(Object.keys(IBAN_FMT));
  const b = bban(r, IBAN_FMT[c] ?? '18n');
  const check = 98 - mod97(`${b}${c}00`);
  return `${c}${pad(check)}${b}`;
}

function groupIban(r: R, compact: string): string {
  const x = r.int(0, 5);
  const spaced = compact.replace(/(.{4})(?=.)/g, '$1 ');
  if (x <= 1) return spaced;
  if (x <= 3) return compact;
  if (x === 4) return spaced.toLowerCase();
  return compact.toLowerCase();
}

function iban(r: R, cc?: string): string {
  return groupIban(r, ibanCompact(r, cc));
}

/** Wrong check digits: never labelled. */
function badIban(r: R, cc?: string): string {
  const c = ibanCompact(r, cc);
  const check = Number(c.slice(2, 4));
  const wrong = (check + r.int(1, 40)) % 97;
  return groupIban(r, `${c.slice(0, 2)}${pad(wrong === 1 ? 3 : wrong)}${c.slice(4)}`);
}

function ssn(r: R, style?: string): string {
  let area = r.int(1, 899);
  if (area === 666) area = 665;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  const sep = style ?? r.pick(['-', '-', '-', ' ', '']);
  return `${a}${sep}${g}${sep}${s}`;
}

/** SSN-shaped but invalid (area 000/666/9xx, group 00, serial 0000): never labelled. */
function badSsn(r: R): string {
  const k = r.int(0, 3);
  if (k === 0) return `000-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
  if (k === 1) return `666-${pad(r.int(1, 99))}-${pad(r.int(1, 9999), 4)}`;
  if (k === 2) return `9${d(r, 2)}-${r.pick(['70', '78', '88', '93'])}-${pad(r.int(1, 9999), 4)}`;
  return `${pad(r.int(1, 665), 3)}-00-${pad(r.int(1, 9999), 4)}`;
}

const ein = (r: R): string => `${r.int(10, 99)}-${d(r, 7)}`;
const routing = (r: R): string => r.pick(['021000021', '026009593', '121000358', '011000138', '322271627']);

function ipv4(r: R): string {
  const k = r.int(0, 4);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 20)}.${r.int(1, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: R): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const k = r.int(0, 4);
  if (k === 0) return `2001:db8:${h()}:${h()}::${h()}`;
  if (k === 1) return `fe80::${h()}:${r.int(0, 255).toString(16)}ff:fe${r.int(0, 255).toString(16)}:${h()}`;
  if (k === 2) return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (k === 3) return `::ffff:${r.int(1, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick(['2400', '2604', '2c0f', '240e'])}:${h()}::${h()}`.toUpperCase();
}

const ip = (r: R): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));
const version = (r: R): string => r.pick([`v${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 20)}`, `${r.int(1, 30)}.${r.int(0, 9)}.${r.int(100, 9999)}`, `10.0.${r.int(19041, 26100)}.${r.int(300, 4999)}`, `${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}-rc.${r.int(1, 4)}`, `build ${r.int(2019, 2026)}.${pad(r.int(1, 12))}.${r.int(256, 999)}`]);
const hex = (r: R, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += r.int(0, 15).toString(16);
  return s;
};
const uuid = (r: R): string => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;
const orderNo = (r: R): string => r.pick([`#${r.int(100000, 999999)}`, `ORD-${r.int(2019, 2026)}-${d(r, 6)}`, `${r.pick(['AMZ', 'ZL', 'SHP'])}${d(r, 10)}`, `PO ${d(r, 8)}`]);
const tracking = (r: R): string => r.pick([`1Z${hex(r, 6).toUpperCase()}${d(r, 10)}`, `${r.pick(['RR', 'LX', 'CP'])}${d(r, 9)}${r.pick(['DE', 'CN', 'GB', 'JP'])}`, `JD0${d(r, 17)}`, `${d(r, 12)}`]);
const ts = (r: R): string => {
  const x = recent(r);
  return `${x.y}-${pad(x.m)}-${pad(x.d)}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${d(r, 3)}Z`;
};
const money = (r: R, cur = '€'): string => `${cur}${r.int(5, 4999)}.${d(r, 2)}`;

// ---------------------------------------------------------------------------------------------------
// Hard negatives: people-shaped words that are not people, numbers that are not PII.
// ---------------------------------------------------------------------------------------------------

function negSentence(r: R): string {
  const x = recent(r);
  return r.pick([
    `Ref ${orderNo(r)} shipped via DHL, tracking ${tracking(r)}.`,
    `Invoice INV-${x.y}-${d(r, 5)} dated ${x.d} ${mon('en', x.m)} ${x.y} is overdue.`,
    `Policy no. POL/${d(r, 7)}/${r.int(10, 99)} renews on ${pad(x.d)}/${pad(x.m)}/${x.y}.`,
    `Case ${r.pick(['CS', 'INC', 'TKT'])}-${d(r, 7)} was escalated to Tier 2.`,
    `Build ${version(r)} (commit ${hex(r, 40)}) fixed the regression.`,
    `Request id ${uuid(r)} timed out after ${r.int(3, 60)}s.`,
    `Test card ${badCard(r)} was declined as expected (fails Luhn).`,
    `The old account ${badIban(r)} was rejected: IBAN check digits invalid.`,
    `EIN ${ein(r)}, ABA routing ${routing(r)} — vendor tax form on file.`,
    `Our vendor ID is ${badSsn(r)} (not a personal number).`,
    `Appointment moved to ${x.d} ${mon('en', x.m)} ${x.y} at ${r.int(8, 17)}:${r.pick(['00', '15', '30', '45'])}.`,
    `Our dog ${r.pick(['Biscuit', 'Luna', 'Max', 'Mochi', 'Simba'])} turns ${r.int(2, 12)} on ${pad(x.d)}/${pad(x.m)} — born ${x.d} ${mon('en', x.m)} ${x.y - r.int(2, 9)}!`,
    `${r.pick(['Acme', 'Northwind', 'Siemens', 'Toyota', 'Dangote Cement', 'Tata Consultancy'])} was founded on ${x.d} ${mon('en', x.m)} ${r.int(1860, 1999)}.`,
    `Grab a coffee at ${r.pick(["McDonald's", "Wendy's", "Tim Hortons", "Dunkin'", "Ben & Jerry's"])} near the ${r.pick(['Martin Luther King Jr. Blvd', 'Avenue Habib Bourguiba', 'Nelson Mandela Square', 'Calle Simón Bolívar', 'Rue Victor Hugo'])} exit.`,
    `Cabin upgrade on the ${r.pick(['Queen Mary 2', 'Queen Elizabeth', 'MSC Grandiosa'])} — departs Southampton.`,
    `Flights via ${r.pick(['John F. Kennedy International', 'Charles de Gaulle', 'Indira Gandhi International', 'Jomo Kenyatta International'])} are delayed by Storm ${r.pick(['Ciarán', 'Babet', 'Eunice', 'Isha'])}.`,
    `Screening for ${r.pick(["Parkinson's disease", "Crohn's disease", 'Hodgkin lymphoma', "Alzheimer's", 'Down syndrome', "Hashimoto's thyroiditis", 'Tourette syndrome'])} is covered under plan B.`,
    `Compliance: ${r.pick(['Sarbanes-Oxley', "Megan's Law", 'Dodd-Frank Act', "Martyn's Law", 'Lei Maria da Penha'])} training due by Friday.`,
    `Shortlisted for the ${r.pick(['Nobel Prize', 'Turing Award', 'Pulitzer Prize', 'Booker Prize', 'Fields Medal'])} reading list.`,
    `Ship it with the ${r.pick(['Dell Latitude 7440', 'Ford Transit', 'Tesla Model Y', 'Hilton Garden Inn voucher', 'Louis Vuitton Neverfull'])}.`,
    `Meet at ${r.pick(['Rockefeller Center', 'Wenceslas Square', 'Plaza Miguel Hidalgo', 'Tower Bridge', 'Galata Tower'])}, room ${r.int(100, 999)}.`,
    `Server uptime ${r.int(1, 400)} days, load 0.${d(r, 2)}, kernel ${r.int(4, 6)}.${r.int(1, 19)}.${r.int(0, 200)}.`,
    `SHA-256: ${hex(r, 64)}`,
    `Sorted by date, ${x.y}-${pad(x.m)}-${pad(x.d)} first; ${r.int(2, 90)} rows.`,
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Spoken forms for ASR transcripts.
// ---------------------------------------------------------------------------------------------------

const DIGIT_WORDS: Record<string, readonly string[]> = {
  en: split('zero; one; two; three; four; five; six; seven; eight; nine'),
  es: split('cero; uno; dos; tres; cuatro; cinco; seis; siete; ocho; nueve'),
  fr: split('zéro; un; deux; trois; quatre; cinq; six; sept; huit; neuf'),
  de: split('null; eins; zwei; drei; vier; fünf; sechs; sieben; acht; neun'),
  pt: split('zero; um; dois; três; quatro; cinco; seis; sete; oito; nove'),
  id: split('nol; satu; dua; tiga; empat; lima; enam; tujuh; delapan; sembilan'),
};

function spokenNumber(r: R, digits: string, lang: string): string {
  const w = DIGIT_WORDS[lang] ?? DIGIT_WORDS.en ?? [];
  const parts: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charAt(i);
    let word = w[Number(c)] ?? c;
    if (lang === 'en' && c === '0' && r.chance(0.5)) word = 'oh';
    if (lang === 'en' && i + 1 < digits.length && digits.charAt(i + 1) === c && r.chance(0.3)) {
      word = `double ${word}`;
      i++;
    }
    parts.push(word);
    if (i % 3 === 2 && i + 1 < digits.length && r.chance(0.5)) parts.push(r.pick(['uh', ',', '...']));
  }
  return parts.join(' ').replace(/ ,/g, ',').replace(/ \.\.\./g, '...').trim();
}

const AT_WORD: Record<string, [string, string]> = {
  en: ['at', 'dot'],
  es: ['arroba', 'punto'],
  fr: ['arobase', 'point'],
  de: ['at', 'punkt'],
  pt: ['arroba', 'ponto'],
  id: ['et', 'titik'],
};

function spokenEmail(r: R, p: P, lang: string): string {
  const [at, dot] = AT_WORD[lang] ?? ['at', 'dot'];
  const dom = r.pick([['gmail', 'com'], ['hotmail', 'es'], ['yahoo', 'fr'], ['web', 'de'], ['outlook', 'com']] as const);
  const g = ascii(p.gr) || 'ana';
  const f = ascii(p.fr) || 'lima';
  return `${g} ${dot} ${f} ${at} ${dom[0]} ${dot} ${dom[1]}`;
}

const LANG_OF: Record<string, string> = { ES: 'es', MX: 'es', FR: 'fr', DE: 'de', BR: 'pt', ID: 'id' };

// ---------------------------------------------------------------------------------------------------
// Document templates.
// ---------------------------------------------------------------------------------------------------

type Tpl = (r: R) => Doc;

const agentName = (r: R): P => person(r, r.pick(['US', 'GB', 'IN', 'PH', 'ZA', 'IE', 'KE']));
const hhmm = (r: R): string => `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`;

/** Web support chat with the signed-in user's own name. */
const supportChat: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r);
  const a = agentName(r);
  const me = full(u);
  doc.t(`[${hhmm(r)}] System: Chat started. Customer: `).me(me).t(` (verified)\n`);
  doc.t(`[${hhmm(r)}] `).p(a.g).t(` (agent): Hi `).p(u.g).t(`, thanks for reaching out! How can I help today?\n`);
  doc.t(`[${hhmm(r)}] Customer: hi my order ${orderNo(r)} never arrived and tracking says delivered??\n`);
  doc.t(`[${hhmm(r)}] `).p(a.g).t(`: Sorry to hear that. Can you confirm the delivery address and a phone number for the courier?\n`);
  doc.t(`[${hhmm(r)}] Customer: `).l('ADDRESS', addrText(r, u.c.cc, ', ')).t(` — phone `).l('PHONE', phone(r, u.c.cc)).t(`\n`);
  if (r.chance(0.5)) doc.t(`[${hhmm(r)}] Customer: or email me at `).l('EMAIL', emailFor(r, u)).t(` pls\n`);
  if (r.chance(0.45)) doc.t(`[${hhmm(r)}] Customer: can u just charge this one instead `).l('CARD', card(r).text).t(` cvv ${d(r, 3)}\n[${hhmm(r)}] System: ⚠ Card numbers are masked for agents.\n`);
  if (r.chance(0.4)) doc.t(`[${hhmm(r)}] Customer: my neighbour `).p(nameForm(r, person(r, u.c.cc))).t(` might have it tbh\n`);
  doc.t(`[${hhmm(r)}] `).p(a.g).t(`: Thanks. I've opened case ${r.pick(['CS', 'RMA'])}-${d(r, 8)}; refund goes back to the card ending ${d(r, 4)} within 5–7 business days.\n`);
  if (r.chance(0.3)) doc.t(`[${hhmm(r)}] `).p(a.g).t(`: ${negSentence(r)}\n`);
  doc.t(`[${hhmm(r)}] System: Transcript sent to `).l('EMAIL', emailFor(r, u)).t(`.`);
  return doc;
};

/** E-mail thread with quoted reply, signature and disclaimer. */
const emailThread: Tpl = (r) => {
  const doc = new Doc();
  const s = person(r);
  const c = person(r, r.pick(['US', 'GB', 'DE', 'NL', 'SE', 'IN', 'SG', 'AU']));
  const dom = r.pick(CORP);
  const sEmail = emailFor(r, s);
  const cEmail = emailFor(r, c, dom);
  doc.t('From: ').p(full(s)).t(' <').l('EMAIL', sEmail).t('>\nTo: ').l('EMAIL', roleEmail(r)).t('\nCc: ').l('EMAIL', cEmail).t('\n');
  doc.t(`Subject: RE: ${r.pick(['Refund request', 'Change of bank details', 'Lease renewal', 'Your application'])} [${r.pick(['Ticket', 'Case'])}#${d(r, 6)}]\n\n`);
  doc.t(r.pick(['Hello', 'Hi', 'Dear', 'Guten Tag', 'Bonjour', 'Hola'])).t(' ').p(c.g).t(',\n\n');
  doc.t('Please update my payout account to ').l('IBAN', iban(r, r.pick(['DE', 'NL', 'FR', 'ES', 'IT', 'BE', 'AT', 'GB', 'SE']))).t(`. My new address is\n`);
  doc.l('ADDRESS', addrText(r, s.c.cc, '\n')).t('\n\n');
  doc.t(r.pick(['Thanks,', 'Best regards,', 'Mit freundlichen Grüßen', 'Cordialement,', 'Saludos,', 'Cheers'])).t('\n').p(r.chance(0.5) ? s.g : full(s)).t('\n');
  doc.t('Mob: ').l('PHONE', phone(r, s.c.cc)).t('\n\n');
  doc.t(`On ${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${dateFor(r, 'US', recent(r))} at ${hhmm(r)}, `).p(full(c)).t(' <').l('EMAIL', cEmail).t('> wrote:\n');
  doc.t('> Dear ').p(r.chance(0.5) ? `${s.f}` : full(s)).t(',\n> We need a copy of your ID and a phone number we can reach you on.\n');
  doc.t('> Kind regards,\n> ').p(full(c)).t(`\n> ${r.pick(['Accounts Receivable', 'Customer Care Lead', 'Leasing Officer'])} | ${dom.split('.')[0] ?? 'Acme'}\n> T: `).l('PHONE', phone(r, c.c.cc)).t(r.chance(0.5) ? ` ext. ${r.int(100, 9999)}` : '').t('\n>\n');
  doc.t('> CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee. If you received it in error, notify ').l('EMAIL', `legal@${dom}`).t(' and delete it.');
  return doc;
};

/** Agent tool-call log with nested JSON customer records. */
const toolLog: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r);
  const q = (s: string): string => JSON.stringify(s).slice(1, -1);
  doc.t(`${ts(r)} tool_call id=call_${hex(r, 24)} name=crm.lookup_customer\n`);
  doc.t('args: {"query": "').l('EMAIL', emailFor(r, u)).t(`", "include": ["orders", "payment_methods"]}\n`);
  doc.t(`${ts(r)} tool_result id=call_${hex(r, 24)} status=200 latency_ms=${r.int(20, 900)}\n`);
  doc.t(`{\n  "customer": {\n    "id": "cus_${hex(r, 14)}",\n    "name": "`).p(q(full(u))).t('",\n');
  if (r.chance(0.7)) doc.t('    "dob": "').l('DOB', (() => { const b = birth(r); return `${b.y}-${pad(b.m)}-${pad(b.d)}`; })()).t('",\n');
  doc.t('    "phone": "').l('PHONE', phone(r, u.c.cc)).t('",\n');
  doc.t('    "address": { "formatted": "').l('ADDRESS', q(addrText(r, u.c.cc, ', '))).t(`", "verified": ${r.chance(0.5)} },\n`);
  doc.t(`    "created_at": "${ts(r)}",\n    "last_login_ip": "`).l('IP', ip(r)).t('",\n');
  doc.t('    "payment_methods": [\n');
  const c = card(r);
  if (r.chance(0.75)) doc.t(`      { "type": "card", "brand": "${c.net}", "pan": "`).l('CARD', c.text.replace(/[ -]/g, '')).t(`", "exp": "${pad(r.int(1, 12))}/${r.int(26, 31)}" },\n`);
  else doc.t(`      { "type": "card", "brand": "${c.net}", "last4": "${c.last4}", "fingerprint": "${hex(r, 16)}" },\n`);
  doc.t('      { "type": "sepa_debit", "iban": "').l('IBAN', ibanCompact(r, r.pick(['DE', 'FR', 'NL', 'IT', 'ES', 'PT', 'IE', 'FI']))).t('" }\n    ],\n');
  doc.t(`    "orders": [{ "id": "${orderNo(r)}", "tracking": "${tracking(r)}", "total": "${money(r)}" }]\n  }\n}\n`);
  doc.t('assistant: Found the account for ').p(u.g).t(r.pick(['. Their card on file is active.', '; shall I issue the refund?', ' — two open orders.']));
  return doc;
};

/** RAG snippet from a knowledge-base page, mostly eponymous distractors. */
const ragSnippet: Tpl = (r) => {
  const doc = new Doc();
  doc.t(`<<retrieved chunk ${r.int(1, 9)}/${r.int(9, 20)} score=0.${d(r, 3)} source=kb/${r.pick(['billing', 'privacy', 'returns', 'travel'])}/${hex(r, 6)}.md>>\n`);
  doc.t(`## ${r.pick(['How to request a refund', 'Data subject access requests', 'Changing your payout account', 'Lost boarding pass'])}\n\n`);
  doc.t(`${negSentence(r)} ${negSentence(r)}\n\n`);
  doc.t('For questions write to ').l('EMAIL', roleEmail(r)).t(' or call ').l('PHONE', phone(r, r.pick(['US', 'GB', 'DE', 'AU', 'IN']))).t(` (Mon–Fri, 9–17).\n`);
  if (r.chance(0.6)) {
    const w = person(r);
    doc.t('Page owner: ').p(full(w)).t(` · last edited ${dateFor(r, 'GB', recent(r))} · ${version(r)}\n`);
  }
  doc.t(`Example (fictional): IBAN field accepts formats like "${badIban(r)}" — see validation rules.\n<<end chunk>>`);
  return doc;
};

/** Terse CRM notes with abbreviations and typos. */
const crmNotes: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r, r.pick(['US', 'GB', 'AU', 'CA', 'IN', 'NG', 'ZA', 'PH']));
  const rep = person(r, 'US');
  doc.t(`${dateFor(r, 'US', recent(r))} ${rep.g.charAt(0)}${rep.f.charAt(0)}: `);
  doc.t(r.pick(['spoke w/ ', 'cb from ', 'lvm for ', 'mtg w ', 'inbound call - '])).p(nameForm(r, u)).t(r.pick([' re renewal. ', ' abt billing err. ', ' - wants cancel?? ', ' (decision maker). ']));
  doc.t('cell ').l('PHONE', phone(r, u.c.cc)).t(r.pick([' pref txt. ', ', no vm. ', '. ']));
  if (r.chance(0.5)) doc.t('new addr ').l('ADDRESS', addrText(r, u.c.cc, ', ')).t('. ');
  if (r.chance(0.5)) doc.t('em ').l('EMAIL', emailFor(r, u)).t(' (NOT the work one). ');
  if (u.c.cc === 'US' && r.chance(0.7)) doc.t('ssn on file ').l('NATIONAL_ID', ssn(r)).t(' verif ok. ');
  if (r.chance(0.4)) doc.t('dob ').l('DOB', dateFor(r, u.c.cc, birth(r))).t('. ');
  if (r.chance(0.4)) doc.t('spouse ').p(nameForm(r, person(r, u.c.cc))).t(' also on acct. ');
  doc.t(r.pick(['f/u nxt wk', 'sent quote Q-' + d(r, 5), 'escalate to mgr', 'no answr, try thu']));
  doc.t(` | acct EIN ${ein(r)}`);
  return doc;
};

/** Call-centre ASR transcript: lower case, disfluencies, spoken numbers and e-mails. */
const asrCall: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r, r.pick(['US', 'GB', 'ES', 'MX', 'FR', 'DE', 'BR', 'ID', 'IN', 'NG']));
  const lang = LANG_OF[u.c.cc] ?? 'en';
  const a = agentName(r);
  doc.t(`[asr conf=0.${r.int(70, 97)} lang=${lang}]\n`);
  doc.t('agent: thank you for calling this is ').p(a.g.toLowerCase()).t(' um may i have your full name please\n');
  doc.t('caller: yeah it\'s uh ').p(full(u).toLowerCase()).t('\n');
  doc.t('agent: thanks and uh what\'s the best number to reach you\n');
  const digits = phone(r, u.c.cc).replace(/\D/g, '').slice(-10);
  doc.t('caller: ').l('PHONE', spokenNumber(r, digits, lang)).t('\n');
  doc.t('agent: and the email on the account\ncaller: it\'s ').l('EMAIL', spokenEmail(r, u, lang)).t(r.pick([' all lower case\n', '\n', ' sorry i mean yes that one\n']));
  if (r.chance(0.5)) {
    const b = birth(r);
    doc.t('agent: can you confirm your date of birth\ncaller: ').l('DOB', lang === 'en' ? `${mon('en', b.m).toLowerCase()} ${b.d} ${b.y}` : `${b.d} ${mon(lang, b.m).toLowerCase()} ${b.y}`).t('\n');
  }
  if (u.c.cc === 'US' || r.chance(0.3)) {
    const s = ssn(r, ' ');
    doc.t('agent: last thing the social\ncaller: ').l('NATIONAL_ID', s).t(' uh yeah\n');
  }
  doc.t(`agent: perfect i see the ticket number ${d(r, 3)} ${d(r, 3)} ${d(r, 3)} from ${mon('en', r.int(1, 12)).toLowerCase()}\n`);
  doc.t('caller: my husband ').p(person(r, u.c.cc).g.toLowerCase()).t(' called about it too\n[end of segment]');
  return doc;
};

/** Medical intake form / discharge letter. */
const medical: Tpl = (r) => {
  const doc = new Doc();
  const cc = r.pick(['US', 'US', 'GB', 'DE', 'FR', 'IN', 'AU', 'KE', 'JP']);
  const u = person(r, cc);
  const doc1 = person(r, cc);
  if (cc === 'DE') {
    doc.t('Entlassungsbrief\n\nSehr geehrte Frau Kollegin ').p(doc1.f).t(',\n\nwir berichten über ').t(r.pick(['Frau ', 'Herrn '])).p(full(u)).t(', ').t(dobCue(r, 'DE')).t(' ').l('DOB', dateFor(r, 'DE', birth(r))).t(', wohnhaft ');
    doc.l('ADDRESS', addrText(r, 'DE', ', ')).t(`, die/der sich vom ${dateFor(r, 'DE', recent(r))} bis ${dateFor(r, 'DE', recent(r))} in stationärer Behandlung befand.\n`);
    doc.t(`Diagnosen: ${r.pick(['Morbus Crohn', 'Morbus Parkinson', 'Basedow-Krankheit', 'Hashimoto-Thyreoiditis'])}.\nRückfragen: `).l('PHONE', phone(r, 'DE')).t('\n\nMit kollegialen Grüßen\nDr. med. ').p(full(person(r, 'DE'))).t('\nOberärztin');
    return doc;
  }
  if (cc === 'JP') {
    doc.t('問診票\n氏名：').p(full(u)).t(' 様\n').t(dobCue(r, 'JP')).l('DOB', dateFor(r, 'JP', birth(r))).t('\n住所：').l('ADDRESS', addrText(r, 'JP', ' ')).t('\n電話：').l('PHONE', phone(r, 'JP'));
    doc.t(`\n診察予約：${recent(r).y}年${r.int(1, 12)}月${r.int(1, 28)}日 10:30\n担当医：`).p(full(person(r, 'JP'))).t(' 先生');
    return doc;
  }
  doc.t(`PATIENT INTAKE — ${r.pick(['St. Jude Family Clinic', 'Mayo Outpatient', 'Royal Free Hospital', 'Apollo Clinic', 'Aga Khan University Hospital'])}\n`);
  doc.t('Patient name: ').p(r.chance(0.4) ? `${u.f.toUpperCase()}, ${u.g}` : full(u)).t(`    MRN: ${d(r, 8)}\n`);
  doc.t(dobCue(r, cc === 'US' ? 'US' : 'GB')).t(' ').l('DOB', dateFor(r, cc, birth(r))).t(`    Sex: ${r.pick(['F', 'M', 'X'])}\n`);
  if (cc === 'US') doc.t('SSN: ').l('NATIONAL_ID', ssn(r)).t(`    Insurance: ${r.pick(['Aetna', 'BlueCross', 'Humana'])} member ${r.pick(['W', 'XJH'])}${d(r, 9)}\n`);
  doc.t('Home address: ').l('ADDRESS', addrText(r, cc, ', ')).t('\nPhone: ').l('PHONE', phone(r, cc)).t('\n');
  doc.t('Emergency contact: ').p(full(person(r, cc))).t(` (${r.pick(['mother', 'spouse', 'son', 'daughter', 'friend'])}) `).l('PHONE', phone(r, cc)).t('\n');
  doc.t(`History: ${r.pick(["father had Parkinson's", "Crohn's since 2011", 'Graves disease, treated', "mother — Alzheimer's"])}. Referred by Dr. `).p(doc1.f).t(`. Next appt ${dateFor(r, cc, recent(r))}.`);
  return doc;
};

/** Insurance claim form. */
const insuranceClaim: Tpl = (r) => {
  const doc = new Doc();
  const cc = r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB', 'US', 'BR', 'PL']);
  const u = person(r, cc);
  doc.t(`CLAIM FORM  |  Policy ${r.pick(['HH', 'MTR', 'TRV'])}-${d(r, 9)}  |  Claim no. ${r.int(2020, 2026)}/${d(r, 6)}\n`);
  doc.t('Policyholder: ').p(full(u)).t('\n').t(dobCue(r, cc)).t(' ').l('DOB', dateFor(r, cc, birth(r))).t('\n');
  doc.t('Address: ').l('ADDRESS', addrText(r, cc, ', ')).t('\n');
  doc.t('Contact: ').l('PHONE', phone(r, cc)).t(' / ').l('EMAIL', emailFor(r, u)).t('\n');
  doc.t(`Date of incident: ${dateFor(r, cc, recent(r))}  Location: ${r.pick(['motorway A7 near exit 12', 'parking lot, Carrefour', 'hotel room, Lisbon', 'home (burst pipe)'])}\n`);
  doc.t(`Description: ${r.pick(['Rear-ended at lights. Other driver: ', 'Luggage stolen. Witness: ', 'Water damage to ceiling; neighbour above: '])}`).p(nameForm(r, person(r, cc))).t('.\n');
  if (cc === 'US') doc.t('Claimant SSN: ').l('NATIONAL_ID', ssn(r)).t('\n');
  doc.t('Pay settlement to: ').l('IBAN', iban(r, cc === 'US' || cc === 'BR' ? 'BR' : cc === 'GB' ? 'GB' : cc)).t('\n');
  doc.t(`Vehicle: ${r.pick(['Ford Focus', 'Škoda Octavia', 'Mercedes-Benz C200', 'Peugeot 208'])}, VIN ${hex(r, 17).toUpperCase()}`);
  return doc;
};

/** Card dispute with a bank. */
const bankDispute: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r);
  const c = card(r);
  const me = full(u);
  doc.t('Dispute form — cardholder: ').me(me).t('\n');
  doc.t('Card number: ').l('CARD', c.text).t(`  (${c.net})\n`);
  doc.t(`Transaction: ${money(r, r.pick(['$', '€', '£', '¥', '₹']))} at ${r.pick(["MCDONALD'S #4471", 'HILTON GARDEN INN', 'WALT DISNEY WORLD', 'LOUIS VUITTON', 'TRADER JOE\'S'])} on ${dateFor(r, 'US', recent(r))}\n`);
  doc.t(`Reason: ${r.pick(['not recognised', 'charged twice', 'goods not received', 'cancelled subscription'])}. ${negSentence(r)}\n`);
  if (r.chance(0.7)) doc.t('Replacement card: ').l('CARD', card(r).text).t(' — please block the old one.\n');
  doc.t('Statement address: ').l('ADDRESS', addrText(r, u.c.cc, ', ')).t('\nDaytime phone: ').l('PHONE', phone(r, u.c.cc)).t('\n');
  doc.t('Signed: ').p(me).t(`   Date: ${dateFor(r, u.c.cc, recent(r))}`);
  return doc;
};

/** Payroll export pasted as CSV. */
const payrollCsv: Tpl = (r) => {
  const doc = new Doc();
  const us = r.chance(0.5);
  doc.t(us ? 'emp_id,last_name,first_name,ssn,dob,routing,account,net_pay\n' : 'Personalnr;Name;Vorname;IBAN;Geburtsdatum;Netto\n');
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = person(r, us ? 'US' : r.pick(['DE', 'AT', 'PL', 'TR', 'IT']));
    if (us) {
      const b = birth(r);
      doc.t(`E${d(r, 5)},`).p(p.f).t(',').p(p.g).t(',').l('NATIONAL_ID', ssn(r, r.pick(['-', '']))).t(',').l('DOB', `${b.y}-${pad(b.m)}-${pad(b.d)}`).t(`,${routing(r)},${d(r, 10)},${r.int(900, 6000)}.${d(r, 2)}\n`);
    } else {
      const b = birth(r);
      doc.t(`${d(r, 6)};`).p(p.f).t(';').p(p.g).t(';').l('IBAN', ibanCompact(r, r.pick(['DE', 'AT']))).t(';').l('DOB', `${pad(b.d)}.${pad(b.m)}.${b.y}`).t(`;${r.int(1500, 5000)},${d(r, 2)}\n`);
    }
  }
  doc.t(us ? `TOTAL,,,,,,,${r.int(9000, 30000)}.00\n# employer EIN ${ein(r)}` : `Summe;;;;;${r.int(9000, 30000)},00`);
  return doc;
};

/** HR offer / employment confirmation letter. */
const hrLetter: Tpl = (r) => {
  const doc = new Doc();
  const cc = r.pick(['GB', 'US', 'IN', 'NG', 'KE', 'ZA', 'AU', 'IE', 'GH']);
  const u = person(r, cc);
  const hr = person(r, cc);
  doc.t(`${r.pick(['Helios People Ltd', 'Savanna Telecom PLC', 'Northwind Logistics Inc.'])}\n${dateFor(r, cc, recent(r))}\n\n`);
  doc.p(full(u)).t('\n').l('ADDRESS', addrText(r, cc, '\n')).t('\n\n');
  doc.t(r.pick(['Dear ', 'Dear Ms ', 'Dear Mr '])).p(u.f).t(',\n\n');
  doc.t(`RE: CONFIRMATION OF EMPLOYMENT\n\nThis is to confirm that `).p(full(u).toUpperCase()).t(` (employee no. ${d(r, 6)}), `).t(cc === 'US' ? 'SSN ' : 'date of birth ');
  if (cc === 'US') doc.l('NATIONAL_ID', ssn(r));
  else doc.l('DOB', dateFor(r, cc, birth(r)));
  doc.t(`, has been employed as ${r.pick(['Senior Analyst', 'Warehouse Supervisor', 'Staff Nurse', 'Software Engineer II'])} since ${dateFor(r, cc, recent(r))} on a gross salary of ${r.int(25, 140)},000 per annum.\n\n`);
  doc.t('Salary is paid to ').l('IBAN', iban(r, r.pick(['GB', 'IE', 'NL', 'DE']))).t('.\n\nYours sincerely,\n\n').p(full(hr)).t('\nHead of People\n').l('EMAIL', emailFor(r, hr, r.pick(CORP))).t(' | ').l('PHONE', phone(r, cc));
  return doc;
};

/** Rental application. */
const rental: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r, r.pick(['US', 'US', 'CA', 'NL', 'DE', 'AU']));
  const cc = u.c.cc;
  const me = full(u);
  doc.t(`RENTAL APPLICATION — Unit ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}, ${r.pick(['The Roosevelt', 'Lincoln Towers', 'Kennedy Court', 'Wilhelmina Residence'])}\n`);
  doc.t('Applicant: ').me(me).t('\n');
  doc.t('Date of birth: ').l('DOB', dateFor(r, cc, birth(r))).t('\n');
  if (cc === 'US') doc.t('Social Security #: ').l('NATIONAL_ID', ssn(r)).t(`   Employer EIN (if self-employed): ${ein(r)}\n`);
  doc.t('Current address: ').l('ADDRESS', addrText(r, cc, ', ')).t(`  (since ${recent(r).y - r.int(1, 6)})\n`);
  doc.t('Previous landlord: ').p(nameForm(r, person(r, cc))).t('  tel ').l('PHONE', phone(r, cc)).t('\n');
  doc.t('Co-applicant: ').p(full(person(r))).t('\nPets: 1 cat (').t(r.pick(['Churchill', 'Frida', 'Elvis', 'Darwin'])).t(`, born ${dateFor(r, cc, recent(r))})\n`);
  doc.t(`Move-in date: ${dateFor(r, cc, recent(r))}. Deposit to be paid by card `).l('CARD', card(r).text).t('.');
  return doc;
};

/** Travel: PNR, boarding pass or hotel folio. */
const travel: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r);
  const sur = ascii(u.fr).toUpperCase() || 'DOE';
  const giv = ascii(u.gr).toUpperCase() || 'JANE';
  const k = r.int(0, 2);
  if (k === 0) {
    doc.t(`RP/${r.pick(['LON', 'FRA', 'NBO', 'SIN'])}1A0980/\n  1.`).p(`${sur}/${giv}`).t(` ${r.pick(['MR', 'MRS', 'MS', 'MSTR'])}\n`);
    doc.t(`  2  ${r.pick(['LH', 'BA', 'KQ', 'SQ', 'EK'])} ${r.int(100, 999)} Y ${r.int(1, 28)}${r.pick(['JAN', 'MAR', 'JUL', 'OCT'])} ${r.pick(['FRALHR', 'NBOAMS', 'SINHND', 'DXBJNB'])} HK1  ${r.int(6, 23)}${r.pick(['05', '40'])}\n`);
    doc.t('  3 APM ').l('PHONE', phone(r, u.c.cc)).t('\n  4 APE ').l('EMAIL', emailFor(r, u).toUpperCase()).t('\n');
    doc.t('  5 SSR DOCS YY HK1 P/').t(r.pick(['GBR', 'DEU', 'NGA', 'IND'])).t(`/${hex(r, 9).toUpperCase()}/GBR/`).l('DOB', `${pad(r.int(1, 28))}${r.pick(['JAN', 'FEB', 'APR', 'AUG', 'NOV'])}${pad(r.int(50, 99))}`).t(`/${r.pick(['F', 'M'])}/${pad(r.int(1, 28))}DEC30/`).p(`${sur}/${giv}`).t('\n');
    doc.t(`  6 FP CC${r.pick(['VI', 'CA', 'AX'])}`).l('CARD', card(r).text.replace(/[ -]/g, '')).t(`/${pad(r.int(1, 12))}${r.int(26, 31)}\n  7 TK OK${pad(r.int(1, 28))}${r.pick(['JAN', 'MAY'])}/LON1A0980\nRLOC: ${hex(r, 6).toUpperCase()}`);
  } else if (k === 1) {
    doc.t(`BOARDING PASS  ${r.pick(['ECONOMY', 'BUSINESS'])}\nNAME: `).p(`${sur}/${giv}`).t(` ${r.pick(['MR', 'MS'])}\nFLIGHT ${r.pick(['QR', 'TK', 'ET'])}${r.int(10, 999)}  GATE B${r.int(1, 40)}  SEAT ${r.int(1, 45)}${r.pick(['A', 'C', 'K'])}\n`);
    doc.t(`FROM ${r.pick(['ISTANBUL', 'ADDIS ABABA', 'DOHA'])} TO ${r.pick(['JOHANNESBURG', 'SÃO PAULO', 'MANILA'])}  BOARDING ${hhmm(r)}\nPNR ${hex(r, 6).toUpperCase()}  ETKT ${d(r, 13)}  FF ${r.pick(['TK', 'ET'])}${d(r, 9)}\n`);
    doc.t(`BCBP: M1 E${hex(r, 6).toUpperCase()} ${r.int(100, 365)}Y0${d(r, 2)}`);
  } else {
    const c = card(r);
    doc.t(`${r.pick(['Marriott Marquis', 'Hilton Garden Inn', 'Hotel Sacher', 'Taj Palace', 'Ritz-Carlton'])} — GUEST FOLIO\nGuest: `).p(r.chance(0.5) ? `${u.f}, ${u.g}` : full(u)).t(`   Room ${r.int(101, 2210)}\n`);
    doc.t('Address: ').l('ADDRESS', addrText(r, u.c.cc, ', ')).t('\n');
    doc.t(`Arrival ${dateFor(r, 'GB', recent(r))}   Departure ${dateFor(r, 'GB', recent(r))}   Conf. ${d(r, 9)}\n`);
    doc.t(`Room charge  ${money(r)}\nMinibar      ${money(r)}\nPaid: ${c.net} `).l('CARD', c.text).t(`   Auth ${d(r, 6)}\nGuest WiFi session from `).l('IP', ipv4(r)).t(`\nThank you for staying with us. ${negSentence(r)}`);
  }
  return doc;
};

/** E-commerce order confirmation or return. */
const ecommerce: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r);
  const me = full(u);
  doc.t(`Order ${orderNo(r)} confirmed!\n\nHi `).p(u.g).t(`, thanks for shopping with us.\n\nShip to:\n`).me(me).t('\n').l('ADDRESS', addrText(r, u.c.cc, '\n')).t('\n');
  doc.t('Phone: ').l('PHONE', phone(r, u.c.cc)).t('\n\n| Item | Qty | Price |\n|---|---|---|\n');
  doc.t(`| ${r.pick(['Levi\'s 501', 'Philips Sonicare', 'Dyson V15', 'Tommy Hilfiger polo', 'Ray-Ban Wayfarer'])} | ${r.int(1, 3)} | ${money(r)} |\n| ${r.pick(['Ralph Lauren cap', 'Jack Daniel\'s gift set', 'Mr. Muscle spray'])} | 1 | ${money(r)} |\n\n`);
  if (r.chance(0.45)) doc.t('Payment: ').l('CARD', card(r).text).t(' (saved for next time)\n');
  doc.t(`Carrier tracking: ${tracking(r)}\nPaid with card ending ${d(r, 4)}. `);
  if (r.chance(0.4)) doc.t('Gift message to ').p(nameForm(r, person(r))).t(': "happy birthday!!"\n');
  doc.t('\nQuestions? Reply to ').l('EMAIL', roleEmail(r)).t('.');
  return doc;
};

/** Logistics waybill. */
const waybill: Tpl = (r) => {
  const doc = new Doc();
  const sc = r.pick(['CN', 'DE', 'IN', 'TR', 'VN', 'KR']);
  const rc = r.pick(['NG', 'KE', 'GB', 'US', 'BR', 'AE', 'SA', 'ZA']);
  const s = person(r, sc);
  const c = person(r, rc);
  doc.t(`AIR WAYBILL ${d(r, 3)}-${d(r, 8)}   Service: EXPRESS   Pieces: ${r.int(1, 9)}   Wt: ${r.int(1, 40)}.${r.int(0, 9)} kg\n`);
  doc.t(`SHIPPER\n${r.pick(['Shenzhen Bright Electronics Co., Ltd', 'Hanseatic Freight GmbH', 'Anatolia Textiles A.Ş.'])}\nAttn: `).p(full(s)).t('\n').l('ADDRESS', addrText(r, sc, '\n')).t('\nTel: ').l('PHONE', phone(r, sc)).t('\n\n');
  doc.t('CONSIGNEE\n').p(full(c).toUpperCase()).t('\n').l('ADDRESS', addrText(r, rc, '\n')).t('\nTel: ').l('PHONE', phone(r, rc)).t('\n');
  doc.t(`\nContents: ${r.pick(['phone accessories', 'spare parts', 'documents', 'textile samples'])}  HS ${d(r, 6)}  Value USD ${r.int(10, 900)}\nRef: ${tracking(r)}`);
  return doc;
};

/** Government forms from several countries. */
const govForm: Tpl = (r) => {
  const doc = new Doc();
  const k = r.int(0, 5);
  if (k === 0) {
    const u = person(r, 'US');
    doc.t('Form W-4 (2026)  Employee\'s Withholding Certificate\n(a) First name and middle initial: ').p(u.g).t('   Last name: ').p(u.f).t('\n(b) Social security number: ').l('NATIONAL_ID', ssn(r, '-')).t('\nAddress: ').l('ADDRESS', addrText(r, 'US', ', ')).t(`\nEmployer identification number (EIN): ${ein(r)}\nEmployer: ${r.pick(['Wells Fargo Bank N.A.', 'Dell Technologies', 'Johnson & Johnson'])}`);
  } else if (k === 1) {
    const u = person(r, 'DE');
    doc.t('Anmeldung bei der Meldebehörde\nFamilienname: ').p(u.f).t('\nVornamen: ').p(u.g).t('\nGeburtsdatum: ').l('DOB', dateFor(r, 'DE', birth(r))).t('   Geburtsort: ').t(r.pick(['Leipzig', 'Izmir', 'Danzig'])).t('\nNeue Wohnung: ').l('ADDRESS', addrText(r, 'DE', ', ')).t(`\nEinzugsdatum: ${dateFor(r, 'DE', recent(r))}\nSteuer-ID: ${d(r, 11)}`);
  } else if (k === 2) {
    const u = person(r, 'FR');
    doc.t('CERFA n°12100*02 — Demande de carte d\'identité\nNom : ').p(u.f.toUpperCase()).t('   Prénom(s) : ').p(u.g).t('\n').t(dobCue(r, 'FR')).t(' ').l('DOB', dateFor(r, 'FR', birth(r))).t(' à Lyon\nDomicile : ').l('ADDRESS', addrText(r, 'FR', ', ')).t('\nCourriel : ').l('EMAIL', emailFor(r, u)).t(`\nN° de dossier : ${d(r, 4)}-${d(r, 6)}`);
  } else if (k === 3) {
    const u = person(r, 'IN');
    doc.t('APPLICATION FOR PASSPORT (Form EA-1)\nGiven Name: ').p(u.g.toUpperCase()).t('   Surname: ').p(u.f.toUpperCase()).t('\nDate of Birth (DD/MM/YYYY): ').l('DOB', dateFor(r, 'IN', birth(r))).t(`\nAadhaar No: ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}   PAN: ${hex(r, 5).toUpperCase().replace(/[0-9]/g, 'K')}${d(r, 4)}Q\nPresent address: `).l('ADDRESS', addrText(r, 'IN', ', ')).t('\nMobile: ').l('PHONE', phone(r, 'IN')).t('\nFather\'s name: ').p(full(person(r, 'IN')));
  } else if (k === 4) {
    const u = person(r, 'KR');
    doc.t('주민등록등본 발급 신청서\n성명: ').p(full(u)).t('\n').t(dobCue(r, 'KR')).t(' ').l('DOB', dateFor(r, 'KR', birth(r))).t('\n주소: ').l('ADDRESS', addrText(r, 'KR')).t('\n연락처: ').l('PHONE', phone(r, 'KR')).t(`\n접수번호 ${d(r, 4)}-${d(r, 7)}`);
  } else {
    const u = person(r, r.pick(['BR', 'MX']));
    doc.t(u.c.cc === 'BR' ? 'Requerimento — Receita Federal\nNome completo: ' : 'Solicitud de trámite — SAT\nNombre: ').p(full(u)).t('\n').t(dobCue(r, u.c.cc)).t(' ').l('DOB', dateFor(r, u.c.cc, birth(r))).t(u.c.cc === 'BR' ? `\nCPF: ${d(r, 3)}.${d(r, 3)}.${d(r, 3)}-${d(r, 2)}\nEndereço: ` : `\nCURP: ${hex(r, 4).toUpperCase()}${d(r, 6)}HDF${d(r, 5)}\nDomicilio: `).l('ADDRESS', addrText(r, u.c.cc, ', ')).t('\nTel: ').l('PHONE', phone(r, u.c.cc));
  }
  return doc;
};

/** University / school administration. */
const uniAdmin: Tpl = (r) => {
  const doc = new Doc();
  const cc = r.pick(['GB', 'US', 'NL', 'SE', 'DE', 'AU', 'CA', 'GH']);
  const u = person(r);
  const me = full(u);
  doc.t(`Subject: Enrolment query — student no. ${r.int(2019, 2026)}${d(r, 5)}\n\n`);
  doc.t('Dear Admissions,\n\nMy name is ').me(me).t(', ').t(r.pick(['born ', 'DOB ', 'date of birth '])).l('DOB', dateFor(r, cc, birth(r))).t(`. I was admitted to the MSc ${r.pick(['Data Science', 'Public Health', 'Mechanical Engineering'])} (${r.pick(['Darwin College', 'Erasmus School of Economics', 'Nelson Mandela School of Public Governance', 'Goethe-Institut course'])}) but my visa letter lists the wrong address. It should be\n`);
  doc.l('ADDRESS', addrText(r, u.c.cc, '\n')).t('\n\nMy supervisor, Prof. ').p(nameForm(r, person(r, cc))).t(', has approved the deferral. Tuition was paid by ').l('IBAN', iban(r)).t(r.pick(['.', ' (my father\'s account).'])).t('\n\nBest,\n').p(u.g).t('\n').l('PHONE', phone(r, u.c.cc)).t('\n\n');
  doc.t('-- \nReply from ').l('EMAIL', `admissions@${r.pick(['uni-bremen.example', 'ucl.example.ac.uk', 'ug.example.edu.gh'])}`).t(`: Thank you, your request (ref ADM-${d(r, 6)}) is being processed. Term starts ${dateFor(r, cc, recent(r))}.`);
  return doc;
};

/** Legal notice. */
const legalNotice: Tpl = (r) => {
  const doc = new Doc();
  const cc = r.pick(['GB', 'US', 'IE', 'AU', 'ZA', 'NG', 'KE', 'IN']);
  const u = person(r, cc);
  const sol = person(r, cc);
  doc.t(`NOTICE BEFORE ACTION\nOur ref: ${r.pick(['LIT', 'DEBT'])}/${d(r, 5)}/${sol.f.charAt(0).toUpperCase()}${r.int(1, 9)}   Your ref: ${d(r, 7)}\n\nTo: `).p(full(u).toUpperCase()).t('\nOf: ').l('ADDRESS', addrText(r, cc, ', ')).t('\n\n');
  doc.t(`We act for ${r.pick(['Barclays Bank UK PLC', 'Marks and Spencer Group', 'Hilton Worldwide', 'Cadbury Ltd'])} ("our client"). You owe ${money(r, '£')} under agreement ${d(r, 10)} dated ${dateFor(r, cc, recent(r))}. `);
  doc.t('Unless payment is made within 14 days to client account ').l('IBAN', iban(r, r.pick(['GB', 'IE']))).t(', proceedings will be issued without further notice. ');
  doc.t(`This letter is sent under the ${r.pick(['Pre-Action Protocol for Debt Claims', 'Consumer Credit Act 1974', 'Fair Debt Collection Practices Act'])}.\n\n`);
  doc.t('Signed ').p(full(sol)).t(`, Solicitor, ${r.pick(['Addleshaw Goddard LLP', 'Baker McKenzie', 'Slaughter and May'])}\nDirect line `).l('PHONE', phone(r, cc)).t(' · ').l('EMAIL', emailFor(r, sol, r.pick(['lawfirm.example.co.uk', 'bakermck.example.com'])));
  return doc;
};

/** CV / résumé header and references. */
const cv: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r);
  const cc = u.c.cc;
  const me = full(u);
  doc.t(r.chance(0.5) ? '# ' : '').me(me).t(r.chance(0.5) ? '\n' : '\n=====================\n');
  doc.l('EMAIL', emailFor(r, u)).t(' | ').l('PHONE', phone(r, cc)).t(' | linkedin.com/in/').t(hex(r, 10)).t(' | @').t(`${ascii(u.gr)}_${r.int(1, 99)}`).t('\n');
  if (r.chance(0.6)) doc.t(r.pick(['Date of birth: ', 'Born: ', 'Geburtsdatum: ', 'Data de nascimento: '])).l('DOB', dateFor(r, cc, birth(r))).t('  ·  ');
  doc.t('Address: ').l('ADDRESS', addrText(r, cc, ', ')).t('\n\n## Experience\n');
  doc.t(`- ${r.pick(['Software Engineer', 'Nurse', 'Account Manager', 'Data Analyst'])}, ${r.pick(['Johnson & Johnson', 'Procter & Gamble', 'Ernst & Young', 'Tata Motors', 'Kia Motors'])} (${recent(r).y - 5}–present)\n`);
  doc.t(`- Intern, ${r.pick(['Bosch', 'Philips', 'Nestlé', 'Safaricom'])} (${recent(r).y - 7}) — worked on ${version(r)} rollout\n\n## References\n`);
  for (let i = 0; i < r.int(1, 2); i++) {
    const ref = person(r, r.chance(0.5) ? cc : undefined);
    doc.t('- ').p(r.chance(0.5) ? full(ref) : `${ref.g.charAt(0)}. ${ref.f}`).t(`, ${r.pick(['Line Manager', 'Professor', 'Head Nurse', 'CTO'])} — `).l('EMAIL', emailFor(r, ref, r.pick(CORP))).t(', ').l('PHONE', phone(r, ref.c.cc)).t('\n');
  }
  doc.t(`\nAwards: ${r.pick(['Duke of Edinburgh Gold Award', 'Fulbright scholarship', 'Rhodes Scholarship', 'Chevening Scholarship'])}.`);
  return doc;
};

/** Dating / social posts: given names, @handles, city only. */
const socialPost: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r);
  const friend = person(r, u.c.cc);
  doc.t(`@${ascii(u.gr)}${r.int(1, 999)} · ${r.int(1, 59)}m\n`);
  doc.t(r.pick(['omg ', 'lol ', '', 'Honestly '])).p(r.chance(0.5) ? friend.g : friend.g.toLowerCase()).t(r.pick([' and I finally tried that ramen place in ', ' dragged me to an ABBA tribute night in ', ' just got engaged!! 💍 ceremony in ']));
  doc.t(r.pick(['Lisbon', 'Osaka', 'Lagos', 'Medellín', 'Kraków'])).t(` ✨ #${r.pick(['blessed', 'foodie', 'weekendvibes'])}\n`);
  if (r.chance(0.5)) doc.t('DM me or text ').l('PHONE', phone(r, u.c.cc)).t(r.pick([' if u want the recipe', ' for the group chat', ''])).t('\n');
  doc.t(`↳ reply from @${r.pick(['hurricane_harvey_fan', 'kingcharlesspaniel', 'elon_not_musk', 'princess_diana_quotes'])}: congrats `).p(r.chance(0.5) ? u.g : friend.g).t('!! 🎉\n');
  doc.t(`↳ reply: bday girl ${r.pick(['🎂', '🥳'])} `).p(friend.g).t(' was born ').l('DOB', dateFor(r, 'US', birth(r))).t(' and still looks 20');
  return doc;
};

/** Dating profile. */
const datingProfile: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r);
  doc.t('About me\n').p(u.g).t(`, ${r.int(22, 55)} · ${r.pick(['Nairobi', 'Seoul', 'Berlin', 'São Paulo', 'Toronto', 'Manila'])}\n`);
  doc.t(`${r.pick(['Nurse by day, salsa dancer by night.', 'Dog mum to a golden retriever called Bismarck.', 'Will cook for you. Grace under pressure.', 'Hope you like hiking.'])} ${r.pick(['Not here for hookups.', 'Swipe right if you love Lord of the Rings.', 'Big fan of the Roosevelt Island tram.'])}\n`);
  if (r.chance(0.6)) doc.t('Snap/IG: @').t(`${ascii(u.gr)}.${r.int(1, 99)}`).t(' or WhatsApp ').l('PHONE', phone(r, u.c.cc)).t('\n');
  doc.t('Match chat:\n> hey ').p(u.g.toLowerCase()).t(`! i'm `).p(person(r).g).t(', we matched last week — my email is ').l('EMAIL', emailFor(r, person(r))).t(' if the app glitches again');
  return doc;
};

/** Marketplace buyer/seller chat. */
const marketplace: Tpl = (r) => {
  const doc = new Doc();
  const cc = r.pick(['DE', 'NL', 'PL', 'FR', 'ES', 'IT', 'BE', 'AT', 'PT', 'FI']);
  const s = person(r, cc === 'BE' || cc === 'AT' || cc === 'PT' || cc === 'FI' ? undefined : cc);
  const b = person(r);
  doc.t(`${r.pick(['Kleinanzeigen', 'Marktplaats', 'OLX', 'Leboncoin', 'Wallapop', 'Vinted'])} — ${r.pick(['IKEA Billy Regal', 'iPhone 13 128GB', 'Kinderwagen Bugaboo', 'Gibson Les Paul (replica)', 'Philippe Starck lamp'])} — ${r.int(20, 600)} €\n\n`);
  doc.p(b.g).t(': Hallo, ist das noch da? Ich kann heute abholen.\n');
  doc.p(s.g).t(': Ja. Überweisung vorher bitte an ').l('IBAN', iban(r, cc)).t(` (Kontoinhaber `).p(full(s)).t(')\n');
  doc.p(b.g).t(': Ok. Geht auch PayPal an ').l('EMAIL', emailFor(r, s)).t('?\n');
  doc.p(s.g).t(': Lieber nicht. Abholung: ').l('ADDRESS', addrText(r, s.c.cc, ', ')).t(', klingeln bei "').p(s.f).t('". Handy ').l('PHONE', phone(r, s.c.cc)).t('\n');
  if (r.chance(0.4)) doc.p(b.g).t(`: Die Nummer ${badIban(r, cc)} geht nicht — Prüfziffer falsch?\n`);
  doc.p(b.g).t(': 👍 bis 18 Uhr');
  return doc;
};

/** IT ticket with logs, stack traces and IPs. */
const itTicket: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r);
  const eng = person(r);
  doc.t(`JIRA OPS-${r.int(1000, 9999)}: ${r.pick(['Login failures after SSO migration', '502 from payments API', 'VPN drops every 20 min', 'Disk full on db-replica-2'])}\nReporter: `).p(full(u)).t(' (').l('EMAIL', emailFor(r, u, r.pick(CORP))).t(`)\nAssignee: `).p(full(eng)).t(`\nPriority: P${r.int(1, 3)}   Component: ${r.pick(['auth-gateway', 'billing', 'edge-proxy'])} ${version(r)}\n\n`);
  doc.t('```\n');
  doc.t(`${ts(r)} WARN  [auth] login failed user=`).l('EMAIL', emailFor(r, person(r), r.pick(CORP))).t(' src=').l('IP', ipv4(r)).t(`:${r.int(1024, 65535)} reason=mfa_timeout\n`);
  doc.t(`${ts(r)} ERROR [proxy] upstream [`).l('IP', ipv6(r)).t(`]:${r.pick([443, 8443, 5432])} connect timeout after ${r.int(1000, 30000)}ms req=${uuid(r)}\n`);
  doc.t(`${ts(r)} INFO  [proxy] retry via `).l('IP', ipv4(r)).t(` (pool=${r.pick(['blue', 'green'])})\n`);
  doc.t(`Traceback (most recent call last):\n  File "/srv/app/${r.pick(['handlers', 'billing', 'sync'])}.py", line ${r.int(10, 900)}, in process\n    raise ConnectionError(f"cannot reach {host}")\nConnectionError: cannot reach `).l('IP', ipv4(r)).t(`\n`);
  doc.t(`  at com.acme.gateway.Router.dispatch(Router.java:${r.int(10, 400)})\n  at org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:${r.int(100, 300)})\n`);
  doc.t('```\n\n').p(eng.g).t(`: rolled back to ${version(r)}; NTP peer `).l('IP', ipv4(r)).t(` was off by ${r.int(2, 90)}s. Commit ${hex(r, 12)}. Ping `).p(r.chance(0.5) ? u.g : full(u)).t(' if it recurs.');
  return doc;
};

/** Config files: YAML, XML, .env, INI. */
const configFile: Tpl = (r) => {
  const doc = new Doc();
  const owner = person(r);
  const k = r.int(0, 2);
  if (k === 0) {
    doc.t(`# deploy.yaml — owner: `).p(full(owner)).t(`\nservice: ${r.pick(['orders', 'ledger', 'notify'])}\nimage: registry.example.com/app:${version(r)}\nreplicas: ${r.int(1, 9)}\nnetwork:\n  bind: `).l('IP', r.pick(['0.0.0.0', '127.0.0.1', '::', ipv4(r)])).t(`\n  allow:\n    - `).l('IP', ipv4(r)).t(`/${r.pick([8, 16, 24, 32])}\n    - "`).l('IP', ipv6(r)).t(`"\nalerts:\n  email: `).l('EMAIL', roleEmail(r)).t(`\n  oncall: `).l('EMAIL', emailFor(r, owner, r.pick(CORP))).t(`\n  sms: "`).l('PHONE', phone(r, owner.c.cc)).t(`"\nchecksum: sha1:${hex(r, 40)}\n`);
  } else if (k === 1) {
    const u = person(r);
    doc.t(`<?xml version="1.0" encoding="UTF-8"?>\n<Customer id="${d(r, 7)}" schemaVersion="${r.int(1, 4)}.${r.int(0, 9)}">\n  <Name><Given>`).p(u.g).t('</Given><Family>').p(u.f).t(`</Family></Name>\n  <BirthDate>`).l('DOB', (() => { const b = birth(r); return `${b.y}-${pad(b.m)}-${pad(b.d)}`; })()).t(`</BirthDate>\n  <Contact type="mobile">`).l('PHONE', phone(r, u.c.cc)).t(`</Contact>\n  <Contact type="email">`).l('EMAIL', emailFor(r, u)).t(`</Contact>\n  <Account currency="EUR"><IBAN>`).l('IBAN', ibanCompact(r)).t(`</IBAN><BIC>${hex(r, 4).toUpperCase().replace(/\d/g, 'X')}DEFF</BIC></Account>\n  <LastSeen ip="`).l('IP', ip(r)).t(`" at="${ts(r)}"/>\n</Customer>`);
  } else {
    doc.t(`# .env.production (do not commit!)\nAPP_VERSION=${version(r)}\nDB_HOST=`).l('IP', ipv4(r)).t(`\nDB_PORT=5432\nREDIS_URL=redis://`).l('IP', ipv4(r)).t(`:6379/0\nADMIN_EMAIL=`).l('EMAIL', emailFor(r, owner, r.pick(CORP))).t(`\nSUPPORT_PHONE=`).l('PHONE', phone(r, owner.c.cc)).t(`\nSTRIPE_TEST_CARD=${badCard(r).replace(/[ -]/g, '')}\nSESSION_SECRET=${hex(r, 32)}\n# maintained by `).p(nameForm(r, owner));
  }
  return doc;
};

/** SQL dump / query results. */
const sqlDump: Tpl = (r) => {
  const doc = new Doc();
  doc.t(`-- pg_dump ${version(r)} excerpt\nINSERT INTO customers (id, full_name, email, phone, ssn, dob, signup_ip) VALUES\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = person(r, r.chance(0.7) ? 'US' : undefined);
    const b = birth(r);
    doc.t(`  (${r.int(1000, 99999)}, '`).p(full(p).replace(/'/g, "''")).t(`', '`).l('EMAIL', emailFor(r, p)).t(`', '`).l('PHONE', phone(r, p.c.cc)).t(`', `);
    if (p.c.cc === 'US') doc.t(`'`).l('NATIONAL_ID', ssn(r)).t(`'`);
    else doc.t('NULL');
    doc.t(`, '`).l('DOB', `${b.y}-${pad(b.m)}-${pad(b.d)}`).t(`', '`).l('IP', ip(r)).t(`')${i === n - 1 ? ';' : ','}\n`);
  }
  doc.t(`-- ${r.int(2, 900)} rows; checksum ${hex(r, 32)}\nSELECT id, created_at FROM orders WHERE invoice_no = 'INV-${d(r, 8)}' AND routing = '${routing(r)}';`);
  return doc;
};

/** HTML fragment from a web form or e-mail template. */
const htmlFrag: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r);
  doc.t(`<div class="shipping-card" data-order="${orderNo(r)}">\n  <h3>Deliver to</h3>\n  <p><strong>`).p(full(u)).t('</strong><br>\n  ');
  const lines = addrLines(r, u.c.cc);
  const tel = phone(r, u.c.cc);
  doc.l('ADDRESS', lines.join('<br>\n  ')).t(`</p>\n  <p>Tel: <a href="tel:${tel.replace(/[^\d+]/g, '')}">`).l('PHONE', tel).t('</a></p>\n  <p><a href="mailto:').l('EMAIL', emailFor(r, u)).t(`">Email customer</a></p>\n  <!-- rendered by ${r.pick(['Liquid', 'Handlebars', 'Jinja'])} ${version(r)} on ${ts(r)} -->\n</div>`);
  return doc;
};

/** Markdown table from an internal wiki. */
const mdTable: Tpl = (r) => {
  const doc = new Doc();
  doc.t(`### On-call rota — ${mon('en', r.int(1, 12))} ${recent(r).y}\n\n| Week | Engineer | Phone | Email | Jump host |\n|---|---|---|---|---|\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = person(r);
    doc.t(`| W${r.int(1, 52)} | `).p(nameForm(r, p)).t(' | ').l('PHONE', phone(r, p.c.cc)).t(' | ').l('EMAIL', emailFor(r, p, r.pick(CORP))).t(' | ').l('IP', ipv4(r)).t(' |\n');
  }
  doc.t(`\n> Escalation: page the ${r.pick(['Tesla', 'Darwin', 'Curie', 'Hopper'])} cluster owner via PagerDuty (service ${hex(r, 7).toUpperCase()}).`);
  return doc;
};

/** Spreadsheet pasted as tab-separated text. */
const spreadsheet: Tpl = (r) => {
  const doc = new Doc();
  const cc = r.pick(['US', 'GB', 'NL', 'ES', 'IT', 'FR', 'SE']);
  doc.t(`Name\tDate of birth\tCity\tIBAN / account\tNotes\n`);
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const p = person(r, r.chance(0.6) ? cc : undefined);
    doc.p(r.chance(0.5) ? `${p.f}, ${p.g}` : full(p)).t('\t').l('DOB', dateFor(r, cc, birth(r))).t(`\t${r.pick(['Leeds', 'Rotterdam', 'Valencia', 'Turin', 'Malmö', 'Lyon'])}\t`);
    if (r.chance(0.7)) doc.l('IBAN', iban(r, cc === 'US' ? 'NL' : cc));
    else doc.t(r.chance(0.5) ? badIban(r, cc === 'US' ? 'NL' : cc) : `acct ${d(r, 8)} sort ${d(r, 2)}-${d(r, 2)}-${d(r, 2)}`);
    doc.t(`\t${r.pick(['paid', 'pending', 'ref ' + d(r, 6), 'see email', ''])}\n`);
  }
  doc.t(`\t\t\tTOTAL\t${money(r)}`);
  return doc;
};

/** OCR of a scanned form: broken lines, odd spacing, stray characters. */
const ocrScan: Tpl = (r) => {
  const doc = new Doc();
  const cc = r.pick(['US', 'GB', 'DE', 'IN', 'NG', 'PH', 'FR']);
  const u = person(r, cc);
  doc.t(`~~ page 1/2 ~~  [scan ${r.int(150, 600)}dpi]\nAPPLlCATION  FOR  MEMBERSHlP\n\nSurname  :  `).p(u.f.toUpperCase()).t('       Given names :  ').p(u.g.toUpperCase()).t('\n');
  doc.t('D ate of  b irth:   ').l('DOB', dateFor(r, cc, birth(r))).t(`     Place :  ${r.pick(['Ibadan', 'Cebu', 'Pune', 'Rouen', 'Dortmund', 'Tulsa'])}\n`);
  doc.t('Add ress :  ').l('ADDRESS', addrLines(r, cc).join('\n   ')).t('\n');
  doc.t('Tel  (mob):  ').l('PHONE', phone(r, cc)).t('     E-mail:  ').l('EMAIL', emailFor(r, u)).t('\n');
  if (cc === 'US') doc.t('SSN  :  ').l('NATIONAL_ID', ssn(r)).t('\n');
  doc.t(`|  |  Office use only  |  rec'd ${dateFor(r, cc, recent(r))}  |  batch ${d(r, 5)}  | ;l\n`);
  doc.t('Signature:  _____').p(u.f).t(`____     ~~ page 2/2 ~~ ${negSentence(r)}`);
  return doc;
};

/** Bilingual messages. */
const bilingual: Tpl = (r) => {
  const doc = new Doc();
  const k = r.int(0, 6);
  if (k === 0) {
    const u = person(r, 'AE');
    doc.t('مرحباً، اسمي ').p(full(u)).t(' (').p(`${ascii(u.gr).replace(/^./, (c) => c.toUpperCase())} ${ascii(u.fr).replace(/^./, (c) => c.toUpperCase())}`).t(').\nHello, I need to update my contact number to ').l('PHONE', phone(r, 'AE')).t(' — رقمي الجديد.\n').t(dobCue(r, 'AE')).t(' ').l('DOB', dateFor(r, 'AE', birth(r))).t('\nالعنوان: ').l('ADDRESS', addrText(r, 'AE', '، ')).t(`\nرقم الطلب ${d(r, 8)} — شكراً`);
  } else if (k === 1) {
    const u = person(r, 'RU');
    doc.t('Здравствуйте! Меня зовут ').p(full(u)).t('. Please send the contract to ').l('EMAIL', emailFor(r, u)).t('.\nМой телефон: ').l('PHONE', phone(r, 'RU')).t(', ').t(dobCue(r, 'RU')).t(' ').l('DOB', dateFor(r, 'RU', birth(r))).t('\nАдрес доставки: ').l('ADDRESS', addrText(r, 'RU', ', ')).t(`\nДоговор № ${d(r, 6)}/${r.int(2020, 2026)} от ${dateFor(r, 'RU', recent(r))}`);
  } else if (k === 2) {
    const u = person(r, 'JP');
    const en = person(r, r.pick(['US', 'GB', 'AU']));
    doc.p(full(u)).t(' 様\n\nいつもお世話になっております。Thanks for the call today — as discussed, my colleague ').p(full(en)).t(' will visit you.\nご住所：').l('ADDRESS', addrText(r, 'JP', ' ')).t('\nお電話：').l('PHONE', phone(r, 'JP')).t('\n').p(en.g).t('さんのメール：').l('EMAIL', emailFor(r, en, r.pick(CORP))).t(`\n見積番号 Q-${d(r, 6)}（有効期限 ${dateFor(r, 'JP', recent(r))}）`);
  } else if (k === 3) {
    const u = person(r, 'CN');
    doc.t('您好 ').p(full(u)).t(`，your parcel ${tracking(r)} is held at customs. 请提供收件人信息：\n姓名：`).p(full(u)).t('\n').t(dobCue(r, 'CN')).l('DOB', dateFor(r, 'CN', birth(r))).t('\n地址：').l('ADDRESS', addrText(r, 'CN', ' ')).t('\n手机：').l('PHONE', phone(r, 'CN')).t(`\n身份证号请勿通过邮件发送。Ref ${hex(r, 10).toUpperCase()}`);
  } else if (k === 4) {
    const u = person(r, 'IL');
    doc.t('שלום ').p(u.g).t(', the appointment is confirmed. הכתובת: ').l('ADDRESS', addrText(r, 'IL', ', ')).t('\nלשאלות: ').l('PHONE', phone(r, 'IL')).t(' · ').p(full(person(r, 'IL'))).t(`, מזכירות\nמספר תור ${d(r, 6)}`);
  } else if (k === 5) {
    const u = person(r, 'TH');
    doc.t('สวัสดีค่ะ คุณ').p(full(u)).t(' Your booking is confirmed. โทร ').l('PHONE', phone(r, 'TH')).t('\nที่อยู่: ').l('ADDRESS', addrText(r, 'TH', ' ')).t(`\nBooking ${hex(r, 8).toUpperCase()} · Check-in ${dateFor(r, 'GB', recent(r))}`);
  } else {
    const u = person(r, r.pick(['ES', 'MX']));
    doc.t('Hola, soy ').p(full(u)).t(' — sorry for the Spanglish. Mi número es ').l('PHONE', phone(r, u.c.cc)).t(' y mi correo ').l('EMAIL', emailFor(r, u)).t('.\n').t(dobCue(r, u.c.cc)).t(' ').l('DOB', dateFor(r, u.c.cc, birth(r))).t('. Vivo en ').l('ADDRESS', addrText(r, u.c.cc, ', ')).t(`. La factura ${d(r, 3)}-${d(r, 7)} tiene el nombre mal, pone `).p(nameForm(r, person(r, u.c.cc))).t('.');
  }
  return doc;
};

/** WhatsApp export between family members. */
const whatsapp: Tpl = (r) => {
  const doc = new Doc();
  const a = person(r, r.pick(['NG', 'GH', 'KE', 'ZA', 'IN', 'PK', 'BD', 'ID', 'PH', 'BR', 'EG', 'TR', 'ET']));
  const b = person(r, a.c.cc);
  const x = recent(r);
  const stamp = (): string => `[${pad(x.d)}/${pad(x.m)}/${x.y}, ${hhmm(r)}]`;
  doc.t(`${stamp()} `).p(a.g).t(`: Pls send me your details for the ${r.pick(['visa form', 'school fees', 'hospital registration', 'wedding list'])}\n`);
  doc.t(`${stamp()} `).p(b.g).t(': ').p(full(b)).t(', ').l('DOB', dateFor(r, b.c.cc, birth(r))).t(', ').l('ADDRESS', addrText(r, b.c.cc, ', ')).t('\n');
  doc.t(`${stamp()} `).p(b.g).t(': my new line is ').l('PHONE', phone(r, b.c.cc)).t(' the old one got stolen 😩\n');
  if (r.chance(0.5)) doc.t(`${stamp()} `).p(a.g).t(': and for mama? \n').t(`${stamp()} `).p(b.g).t(': ').p(full(person(r, a.c.cc))).t(' born ').l('DOB', dateFor(r, a.c.cc, birth(r))).t('\n');
  doc.t(`${stamp()} `).p(a.g).t(`: ok. ${r.pick(['Mpesa code', 'GCash ref', 'Pix id', 'UPI ref'])} ${hex(r, 10).toUpperCase()} received, thanks\n`);
  doc.t(`${stamp()} `).p(b.g).t(': <Media omitted>');
  return doc;
};

/** Slack-style incident thread with account data. */
const slackThread: Tpl = (r) => {
  const doc = new Doc();
  const a = person(r);
  const b = person(r);
  const cust = person(r, 'US');
  doc.t(`#fraud-ops  ·  thread\n`).p(full(a)).t(`  ${hhmm(r)}\n  customer flagged: `).p(full(cust)).t(' — card ').l('CARD', card(r).text).t(' used from ').l('IP', ip(r)).t(` (${r.pick(['Lagos', 'Frankfurt', 'São Paulo', 'Hanoi'])}) and `).l('IP', ip(r)).t(' within 3 min\n');
  doc.p(full(b)).t(`  ${hhmm(r)}\n  kyc shows SSN `).l('NATIONAL_ID', ssn(r)).t(' and DOB ').l('DOB', dateFor(r, 'US', birth(r))).t(`, matches. also tried test card ${badCard(r)} (luhn fail) — bot pattern\n`);
  doc.p(a.g).t(`  ${hhmm(r)}\n  ok freezing. `).t(`@${ascii(b.gr)} can you email them at `).l('EMAIL', emailFor(r, cust)).t('? ').t(`:white_check_mark: case FR-${d(r, 6)}`);
  return doc;
};

/** Recruitment reference letter. */
const reference: Tpl = (r) => {
  const doc = new Doc();
  const cc = r.pick(['GB', 'IE', 'AU', 'ZA', 'NG', 'IN', 'DE', 'NL']);
  const cand = person(r, cc);
  const ref = person(r, cc);
  doc.t(`To whom it may concern,\n\nI am pleased to recommend `).p(full(cand)).t(`, who worked in my team at ${r.pick(['Rolls-Royce', 'Cadbury', 'Siemens Healthineers', 'Guinness Nigeria'])} from ${recent(r).y - 4} to ${recent(r).y}. `);
  doc.p(cand.g).t(`'s work on our ${r.pick(['Baird Street', 'Kingsway', 'Mandela Rhodes Place'])} project was outstanding, and `).p(cand.g).t(` mentored two juniors, `).p(nameForm(r, person(r, cc))).t(' and ').p(nameForm(r, person(r, cc))).t('.\n\n');
  doc.t('I can be contacted on ').l('PHONE', phone(r, cc)).t(' or ').l('EMAIL', emailFor(r, ref, r.pick(CORP))).t('.\n\nYours faithfully,\n').p(full(ref)).t(`\n${r.pick(['Engineering Director', 'Ward Manager', 'Partner'])}`);
  return doc;
};

/** School trip consent form (parent and child). */
const schoolForm: Tpl = (r) => {
  const doc = new Doc();
  const cc = r.pick(['GB', 'US', 'AU', 'IE', 'ZA', 'KE', 'GH']);
  const parent = person(r, cc);
  const child = { ...person(r, cc), f: parent.f, fr: parent.fr };
  doc.t(`${r.pick(['St. Patrick\'s Primary', 'Lincoln Elementary', 'Mandela Day School', 'Queen Victoria College'])} — Year ${r.int(3, 9)} trip to ${r.pick(['the Darwin Centre', 'Madame Tussauds', 'the Nelson Mandela Museum', 'Shakespeare\'s Globe'])}\n\n`);
  doc.t('Pupil: ').p(full(child)).t('    Date of birth: ').l('DOB', dateFor(r, cc, { y: r.int(2010, 2019), m: r.int(1, 12), d: r.int(1, 28) })).t('\n');
  doc.t('Parent/guardian: ').p(full(parent)).t('\nEmergency number: ').l('PHONE', phone(r, cc)).t('\nHome address: ').l('ADDRESS', addrText(r, cc, ', ')).t('\n');
  doc.t(`Allergies: ${r.pick(['none', 'peanuts', 'penicillin'])}. Medical: ${r.pick(['Asperger syndrome', 'none', 'mild Raynaud\'s', 'Type 1 diabetes'])}.\nTrip date: ${dateFor(r, cc, recent(r))}. Cost £${r.int(5, 40)} via ParentPay (ref ${d(r, 8)}).`);
  return doc;
};

/** Regional messages in more languages and scripts. */
const regional: Tpl = (r) => {
  const doc = new Doc();
  const k = r.int(0, 6);
  if (k === 0) {
    const u = person(r, 'TR');
    doc.t('Merhaba, ben ').p(full(u)).t('. Kargom hâlâ gelmedi. Adresim: ').l('ADDRESS', addrText(r, 'TR', ', ')).t('. Cep: ').l('PHONE', phone(r, 'TR')).t(`. Sipariş no: ${d(r, 10)}. Ödeme için IBAN: `).l('IBAN', iban(r, 'TR')).t(`\nAtatürk Havalimanı'nda bekliyorum.`);
  } else if (k === 1) {
    const u = person(r, 'PL');
    doc.t('Dzień dobry, nazywam się ').p(full(u)).t(', ').t(dobCue(r, 'PL')).t(' ').l('DOB', dateFor(r, 'PL', birth(r))).t('. Proszę o zwrot na konto ').l('IBAN', iban(r, 'PL')).t('. Adres: ').l('ADDRESS', addrText(r, 'PL', ', ')).t('. Tel. ').l('PHONE', phone(r, 'PL')).t(`. Nr zamówienia ${d(r, 9)}, ul. Jana Pawła II to tylko adres sklepu.`);
  } else if (k === 2) {
    const u = person(r, 'VN');
    doc.t('Chào anh/chị, tôi là ').p(full(u)).t('. Số điện thoại: ').l('PHONE', phone(r, 'VN')).t('. Địa chỉ giao hàng: ').l('ADDRESS', addrText(r, 'VN')).t(`. Mã đơn ${hex(r, 8).toUpperCase()}. Cảm ơn!`);
  } else if (k === 3) {
    const u = person(r, 'GR');
    doc.t('Καλησπέρα, είμαι ο/η ').p(full(u)).t('. Τηλέφωνο: ').l('PHONE', phone(r, 'GR')).t('. Διεύθυνση: ').l('ADDRESS', addrText(r, 'GR', ', ')).t('. IBAN: ').l('IBAN', iban(r, 'GR')).t(`. Αρ. παραγγελίας ${d(r, 7)}.`);
  } else if (k === 4) {
    const u = person(r, 'ID');
    doc.t('Halo kak, saya ').p(full(u)).t(', ').t(dobCue(r, 'ID')).t(' ').l('DOB', dateFor(r, 'ID', birth(r))).t('. Alamat: ').l('ADDRESS', addrText(r, 'ID', ', ')).t('. WA: ').l('PHONE', phone(r, 'ID')).t(`. No resi ${tracking(r)}. Makasih 🙏`);
  } else if (k === 5) {
    const u = person(r, 'KR');
    doc.p(full(u)).t(' 씨, 안녕하세요. 배송지: ').l('ADDRESS', addrText(r, 'KR')).t(' / 연락처 ').l('PHONE', phone(r, 'KR')).t(' / 이메일 ').l('EMAIL', emailFor(r, u, r.pick(['naver.com', 'daum.net', 'kakao.com']))).t(`. 주문번호 ${d(r, 14)}.`);
  } else {
    const u = person(r, r.pick(['NL', 'SE', 'IT', 'HU']));
    const cc = u.c.cc;
    const hello = cc === 'NL' ? 'Goedemiddag, mijn naam is ' : cc === 'SE' ? 'Hej, jag heter ' : cc === 'IT' ? 'Buongiorno, sono ' : 'Jó napot, ';
    doc.t(hello).p(full(u)).t('. ').t(cc === 'NL' ? 'Rekeningnummer ' : 'IBAN ').l('IBAN', iban(r, cc)).t(', tel. ').l('PHONE', phone(r, cc)).t(', ').l('ADDRESS', addrText(r, cc, ', ')).t('.');
  }
  return doc;
};

/** KYC onboarding chat with an assistant asking for documents. */
const kycChat: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r, r.pick(['US', 'US', 'GB', 'NG', 'IN', 'SA', 'EG', 'PK', 'ET']));
  const me = full(u);
  doc.t('user: hi, finishing my account setup. name is ').me(me).t('\nassistant: Welcome! Please confirm your date of birth and residential address.\nuser: ');
  doc.l('DOB', dateFor(r, u.c.cc, birth(r))).t(' and ').l('ADDRESS', addrText(r, u.c.cc, ', ')).t('\n');
  if (u.c.cc === 'US') doc.t('assistant: Thanks. For US tax reporting we also need your SSN.\nuser: ').l('NATIONAL_ID', ssn(r)).t(` (not my ITIN ${badSsn(r).replace(/^\d{3}/, '9' + d(r, 2))})\n`);
  else doc.t(`assistant: Thanks. Please upload your ${r.pick(['NIN slip', 'PAN card', 'Iqama', 'national ID'])}.\nuser: uploaded, number ${d(r, 11)}\n`);
  doc.t('assistant: Lastly, the card to fund your wallet?\nuser: ').l('CARD', card(r).text).t(` exp ${pad(r.int(1, 12))}/${r.int(26, 31)}\nassistant: Verified. A confirmation was sent to `).l('EMAIL', emailFor(r, u)).t('.');
  return doc;
};

/** US tax-preparation chat: SSNs for the filer, spouse and dependants. */
const taxChat: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r, 'US');
  const sp = person(r, 'US');
  const kid = { ...person(r, 'US'), f: u.f, fr: u.fr };
  doc.t(`TaxHelp session ${uuid(r)} — form 1040 (${recent(r).y - 1})\nuser: filing jointly w/ my wife `).p(full(sp)).t('. me: ').p(full(u)).t(', ssn ').l('NATIONAL_ID', ssn(r)).t('\nuser: hers is ').l('NATIONAL_ID', ssn(r)).t('\n');
  doc.t('assistant: Got it. Any dependents?\nuser: yes our son ').p(kid.g).t(', born ').l('DOB', dateFor(r, 'US', { y: r.int(2008, 2022), m: r.int(1, 12), d: r.int(1, 28) })).t(', SSN ').l('NATIONAL_ID', ssn(r, r.pick(['', ' ', '-']))).t('\n');
  doc.t(`assistant: Thanks. Refund by direct deposit — routing ${routing(r)}, account ${d(r, 10)}? Employer EIN ${ein(r)} from the W-2 looks right.\nuser: yes. mail copies to `).l('ADDRESS', addrText(r, 'US', ', ')).t(`\nassistant: Done. Note: ${badSsn(r)} on the 1099 is not a valid SSN — please check with the issuer.`);
  return doc;
};

/** SMS / push notification log from a messaging gateway. */
const smsBatch: Tpl = (r) => {
  const doc = new Doc();
  const n = r.int(3, 5);
  doc.t(`msisdn,sent_at,status,body\n`);
  for (let i = 0; i < n; i++) {
    const cc = r.pick(['NG', 'KE', 'GH', 'ZA', 'IN', 'PK', 'BD', 'ID', 'PH', 'EG', 'ET', 'BR', 'MX']);
    const u = person(r, cc);
    doc.l('PHONE', phone(r, cc)).t(`,${ts(r)},${r.pick(['DELIVERED', 'FAILED', 'QUEUED'])},"`);
    const k = r.int(0, 3);
    if (k === 0) doc.t(`Your OTP is ${d(r, 6)}. Do not share it.`);
    else if (k === 1) doc.t('Dear ').p(u.g.toUpperCase()).t(`, your acct ***${d(r, 4)} was credited NGN ${r.int(1, 900)},000.00 from `).p(full(person(r, cc)).toUpperCase()).t(`. Bal: ${r.int(1, 99)},${d(r, 3)}.00`);
    else if (k === 2) doc.t('Hi ').p(u.g).t(`, your rider ${r.pick(['Juma', 'Chinedu', 'Rizwan', 'Kojo'])} is arriving. Call `).l('PHONE', phone(r, cc)).t(' if needed.');
    else doc.t(`Appointment reminder: ${dateFor(r, 'GB', recent(r))} ${hhmm(r)} at ${r.pick(['Aga Khan Hospital', 'Lagoon Hospitals', 'Apollo Clinic', 'Groote Schuur'])}. Reply STOP to opt out.`);
    doc.t('"\n');
  }
  return doc;
};

/** GDPR data-subject access export (JSON lines). */
const dsarExport: Tpl = (r) => {
  const doc = new Doc();
  const u = person(r, r.pick(['DE', 'FR', 'NL', 'IT', 'ES', 'PL', 'SE', 'IE', 'GB']));
  const q = (s: string): string => JSON.stringify(s).slice(1, -1);
  doc.t(`# DSAR export for request DSR-${d(r, 6)} (generated ${ts(r)})\n`);
  doc.t('{"table":"profile","name":"').p(q(full(u))).t('","birthday":"').l('DOB', dateFor(r, u.c.cc, birth(r))).t('","email":"').l('EMAIL', emailFor(r, u)).t('"}\n');
  doc.t('{"table":"addresses","primary":"').l('ADDRESS', q(addrText(r, u.c.cc))).t(`","label":"home"}\n`);
  doc.t('{"table":"payouts","iban":"').l('IBAN', iban(r, u.c.cc === 'GB' ? 'GB' : u.c.cc)).t(`","created":"${ts(r)}"}\n`);
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) doc.t(`{"table":"sessions","ip":"`).l('IP', ip(r)).t(`","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${r.int(100, 131)}.0.${r.int(1000, 6999)}.${r.int(10, 200)}","at":"${ts(r)}"}\n`);
  doc.t(`{"table":"support","agent":"`).p(q(full(agentName(r)))).t(`","note":"customer asked about ${r.pick(['Black Friday', 'the Van Gogh exhibition tickets', 'the Einstein Bros. voucher', 'a Bosch dishwasher'])}"}`);
  return doc;
};

/** Pure hard negative: nothing to label. */
const hardNegative: Tpl = (r) => {
  const doc = new Doc();
  const k = r.int(0, 4);
  if (k === 0) {
    doc.t(`Release notes ${version(r)}\n- Fixed crash in Hilton importer (#${r.int(100, 9999)})\n- Bumped openssl to ${r.int(1, 3)}.${r.int(0, 5)}.${r.int(0, 20)}\n- Removed Marie Curie theme\n- Hash ${hex(r, 40)}\n`);
  } else if (k === 1) {
    doc.t(`Weekly ops digest (${dateFor(r, 'GB', recent(r))})\n`);
  } else if (k === 2) {
    doc.t(`Travel advisory: Hurricane ${r.pick(['Milton', 'Beryl', 'Otis', 'Ian'])} expected near ${r.pick(['Tampa', 'Cancún', 'Kingston'])}. `);
  } else if (k === 3) {
    doc.t(`Accounts payable batch ${d(r, 6)} — vendor EIN ${ein(r)}, ABA ${routing(r)}, invoice INV-${d(r, 7)}, PO ${d(r, 8)}.\n`);
  } else {
    doc.t(`Product FAQ: The ${r.pick(['Ford Mustang', 'Mercedes-Benz G-Class', 'Ferrari Roma', 'Porsche Cayenne'])} and the ${r.pick(['Tesla Cybertruck', 'Dyson Airwrap', 'Gillette Fusion'])} are sold separately. `);
  }
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) doc.t(`${negSentence(r)}\n`);
  doc.t(r.pick([`Card ${badCard(r)} declined (Luhn).`, `IBAN ${badIban(r)} — invalid checksum.`, `Ticket ${d(r, 3)}-${d(r, 2)}-${d(r, 4)}0 closed.`, `Napoleon cake and Beef Wellington on the menu at ${r.pick(['Café Einstein', 'Casa Frida', 'Chez Marcel'])}.`]));
  return doc;
};

// ---------------------------------------------------------------------------------------------------
// Generator.
// ---------------------------------------------------------------------------------------------------

const TEMPLATES: readonly (readonly [Tpl, number])[] = [
  [supportChat, 6],
  [emailThread, 6],
  [toolLog, 6],
  [ragSnippet, 3],
  [crmNotes, 5],
  [asrCall, 5],
  [medical, 5],
  [insuranceClaim, 4],
  [bankDispute, 5],
  [payrollCsv, 3],
  [hrLetter, 3],
  [rental, 3],
  [travel, 4],
  [ecommerce, 4],
  [waybill, 3],
  [govForm, 5],
  [uniAdmin, 3],
  [legalNotice, 3],
  [cv, 4],
  [socialPost, 3],
  [datingProfile, 2],
  [marketplace, 3],
  [itTicket, 4],
  [configFile, 4],
  [sqlDump, 3],
  [htmlFrag, 2],
  [mdTable, 2],
  [spreadsheet, 3],
  [ocrScan, 3],
  [bilingual, 5],
  [whatsapp, 3],
  [slackThread, 4],
  [reference, 2],
  [schoolForm, 2],
  [regional, 5],
  [kycChat, 5],
  [taxChat, 4],
  [smsBatch, 3],
  [dsarExport, 3],
];
const TOTAL_WEIGHT = TEMPLATES.reduce((s, [, w]) => s + w, 0);

function pickTemplate(r: R): Tpl {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [t, w] of TEMPLATES) {
    x -= w;
    if (x < 0) return t;
  }
  return supportChat;
}

export function generateIndependent10Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent10Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT10_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT10_MIN_INSTANCES;
  const out: Independent10Entry[] = [];
  let total = 0;
  while (total < min) {
    const doc = r.chance(0.1) ? hardNegative(r) : pickTemplate(r)(r);
    if (doc.labels.length > 0 && r.chance(0.25)) doc.t(`\n${negSentence(r)}`);
    const e = doc.entry();
    out.push(e);
    total += e.labels.length;
  }
  return out;
}
