/**
 * @module privacy/pii-corpus-independent-4 — a fourth held-out PII corpus (split `independent4`, seeds
 * 94001–94003), written blind to the detector and to every earlier corpus: its name lists, address
 * formats, templates and look-alikes were written from scratch, without reading the detector's rules or
 * the other corpora's values. Documents are whole, realistic artefacts — support chats, clinical notes,
 * bank messages, coding-assistant sessions (git logs, stack traces, JSON, CSV, server logs, SQL),
 * forwarded e-mails with headers, voice transcripts without punctuation, forms, delivery notices,
 * messages in eleven languages — plus many unlabelled look-alikes (organisations, brands named after
 * people, places that are also given names, drugs, eponyms, code identifiers, order/ticket/tracking
 * numbers, versions, timestamps, UUIDs, hashes, colours, coordinates, prices) and wholly negative
 * documents. Every label carries exact character offsets. The split is reported, never tuned on.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';
import { Rng } from './pii-corpus-values.js';

/** The seeds of this split; no other corpus uses them. */
export const INDEPENDENT4_SEEDS = [94_001, 94_002, 94_003] as const;
/** Labelled instances generated per seed (at least). */
export const INDEPENDENT4_MIN_INSTANCES = 2400;

/** A gold label that also carries the labelled text, so tests can check offsets against it. */
export interface Independent4Label extends PiiLabel {
  readonly value: string;
}

/** One document of the split (assignable to {@link PiiCorpusEntry}). */
export interface Independent4Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent4Label[];
}

/** Options for {@link generateIndependent4Corpus}. */
export interface Independent4Options {
  readonly seed: number;
  /** Generate documents until at least this many labelled instances exist. */
  readonly minInstances?: number;
}

// ---------------------------------------------------------------------------------------------------
// Randomness and the document builder
// ---------------------------------------------------------------------------------------------------

/**
 * The shared seeded `Rng` (mulberry32; only its mechanics are shared with the older corpora, none of
 * their content), plus the few draws this corpus needs besides.
 */
class CorpusRng extends Rng {
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(0, 15)];
    return s;
  }
  upper(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(65 + this.int(0, 25));
    return s;
  }
  alnum(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[this.int(0, 33)];
    return s;
  }
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((n, [, w]) => n + w, 0);
    let x = this.next() * total;
    for (const [v, w] of items) {
      x -= w;
      if (x < 0) return v;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }
}

/** Builds one document, recording exact offsets of every PII value appended. */
class Doc {
  text = '';
  readonly labels: Independent4Label[] = [];
  readonly knownNames: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  pii(type: PiiType, value: string): this {
    this.labels.push({ type, start: this.text.length, end: this.text.length + value.length, value });
    this.text += value;
    return this;
  }
  entry(): Independent4Entry {
    return { text: this.text, labels: [...this.labels], knownNames: [...this.knownNames] };
  }
}

/** Splits a `|`-separated list (items may contain spaces). */
const L = (s: string): readonly string[] => s.split('|');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------------------------------
// People: fresh name lists from many cultures (deliberately avoiding the most common English names)
// ---------------------------------------------------------------------------------------------------

interface Culture {
  readonly key: string;
  readonly f: readonly string[];
  readonly m: readonly string[];
  readonly family: readonly string[];
  readonly familyF?: readonly string[];
  readonly familyM?: readonly string[];
  /** Probability that the family name is written first in running text. */
  readonly familyFirst?: number;
  /** Written between the parts of a full name ('' for Chinese and Korean in their own script). */
  readonly joiner?: string;
  readonly latin: boolean;
  readonly nick?: Readonly<Record<string, string>>;
}

const CULTURES: readonly Culture[] = [
  {
    key: 'ng', latin: true,
    f: L('Chidinma|Ngozi|Folasade|Ifeoma|Zainab|Yewande|Temitope|Funmilayo|Nkechi|Adaeze|Morenike|Hauwa'),
    m: L('Oluwaseun|Adebayo|Emeka|Babajide|Aminu|Obinna|Chukwudi|Kelechi|Olumide|Ikechukwu|Tunde|Yakubu'),
    family: L('Okafor|Adeyemi|Nwachukwu|Olatunji|Okonkwo|Adebanjo|Uzoma|Ogunleye|Abubakar|Nwosu|Akintola|Balogun|Danjuma|Onyekachi|Ezeh'),
    nick: { Oluwaseun: 'Seun', Temitope: 'Tope', Babajide: 'Jide', Funmilayo: 'Funmi', Olumide: 'Mide', Chukwudi: 'Chuks', Ikechukwu: 'Ike' },
  },
  {
    key: 'in', latin: true,
    f: L('Priyanka|Ananya|Meenakshi|Lakshmi|Kavitha|Harpreet|Devika|Aishwarya|Shreya|Tanvi|Gayatri|Sowmya'),
    m: L('Siddharth|Raghav|Vikram|Arjun|Nikhil|Karthik|Gurpreet|Venkatesh|Anirudh|Prakash|Harish|Sandeep'),
    family: L('Raghunathan|Iyer|Chatterjee|Deshpande|Bhattacharya|Venkataraman|Kulkarni|Sandhu|Mukherjee|Pillai|Ahluwalia|Subramaniam|Banerjee|Gokhale|Menon'),
    nick: { Venkatesh: 'Venky', Siddharth: 'Sid', Aishwarya: 'Aishu', Karthik: 'Karthi', Gayatri: 'Gayu' },
  },
  {
    key: 'zh', latin: true, familyFirst: 0.5,
    f: L('Xiaoling|Meiling|Yuxuan|Shuang|Lijuan|Ruoxi|Zihan|Xinyi|Yuting'),
    m: L('Jianhua|Zhiwei|Haoran|Wenjie|Guoqiang|Junjie|Zeyu|Tianyi|Mingyu'),
    family: L('Zhou|Liang|Xu|Guo|Tang|Feng|Cao|Deng|Qian|Song|Yuan|Jiang|Luo'),
  },
  {
    key: 'ja', latin: true, familyFirst: 0.3,
    f: L('Yui|Aoi|Hinata|Misaki|Rin|Nanami|Asuka|Chihiro|Kaede|Sayaka'),
    m: L('Haruto|Sota|Ren|Takumi|Kaito|Daisuke|Kenta|Ryosuke|Shunsuke|Yusuke'),
    family: L('Takahashi|Nakamura|Kobayashi|Watanabe|Yamamoto|Inoue|Matsumoto|Kimura|Fujita|Hayashi|Ishikawa|Morimoto|Okada|Shimizu'),
  },
  {
    key: 'ko', latin: true, familyFirst: 0.4,
    f: L('Seoyeon|Haeun|Jiwoo|Yerin|Soyeon|Eun-ji|Da-eun|Minseo'),
    m: L('Minjun|Jiho|Doyoon|Seojun|Hyunwoo|Jae-won|Sung-min|Taeyang'),
    family: L('Park|Choi|Jung|Kang|Yoon|Jang|Lim|Shin|Kwon|Hwang|Seo'),
  },
  {
    key: 'vi', latin: true, familyFirst: 1,
    f: L('Thị Hương|Ngọc Anh|Thu Trang|Thị Lan|Phương Linh|Bảo Ngọc'),
    m: L('Văn Đức|Minh Khoa|Quang Huy|Hữu Phước|Đình Toàn|Thanh Tùng'),
    family: L('Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi|Đỗ'),
  },
  {
    key: 'ar', latin: true,
    f: L('Layla|Nour|Rania|Hala|Yasmin|Mariam|Reem|Dalia|Salma|Lubna'),
    m: L('Yousef|Khalid|Tariq|Samir|Bilal|Omar|Hamza|Karim|Walid|Anas'),
    family: L('Al-Mansouri|El-Sayed|Haddad|Khoury|Nasser|Abdelrahman|bin Rashid|Al Farsi|Al-Harbi|Mahfouz|Boutros|Qasim|El Amrani|Ben Salah'),
  },
  {
    key: 'tr', latin: true,
    f: L('Elif|Zeynep|Ayşe|Selin|Büşra|Ece|Gülşen|Derya'),
    m: L('Emre|Burak|Mert|Oğuz|Gökhan|Serkan|Barış|Uğur'),
    family: L('Yılmaz|Demir|Şahin|Çelik|Aydın|Öztürk|Kaya|Arslan|Doğan|Kılıç|Erdem|Polat'),
  },
  {
    key: 'es', latin: true,
    f: L('Ximena|Itzel|Guadalupe|Mariela|Nerea|Maite|Rocío|María José|Araceli|Yolanda'),
    m: L('Joaquín|Rodrigo|Esteban|Iñaki|Santiago|Ignacio|Julio César|Gonzalo|Aurelio|Jesús'),
    family: L('de la Cruz|Villanueva|Echeverría|Quispe|Castañeda|del Río|Ortiz Beltrán|Hernández-López|Mamani|Zubizarreta|Iturbe|Santillán|Cárdenas|Goikoetxea|Peñaloza'),
    nick: { Guadalupe: 'Lupe', Ignacio: 'Nacho', Santiago: 'Santi', 'María José': 'Majo', Jesús: 'Chuy', Joaquín: 'Quino' },
  },
  {
    key: 'pt', latin: true,
    f: L('Luana|Inês|Rafaela|Leonor|Bruna|Mariana|Thaís|Graça'),
    m: L('João|Thiago|Gonçalo|Caetano|Vinícius|Tiago|Renan|Márcio'),
    family: L('dos Santos|da Silva|Carvalho|Figueiredo|Magalhães|de Oliveira|Pereira da Costa|Albuquerque|Nogueira|Sampaio|Valadares|Brandão'),
    nick: { Vinícius: 'Vini', Rafaela: 'Rafa', Gonçalo: 'Gonça' },
  },
  {
    key: 'fr', latin: true,
    f: L('Amélie|Margaux|Solène|Gaëlle|Marie-Claire|Clémence|Anaïs|Ségolène|Maëlys|Aminata'),
    m: L('Théo|Benoît|Édouard|Jean-Baptiste|Loïc|Hervé|Gaspard|Moussa|Yannick|Aurélien'),
    family: L('Lefèvre|Rousseau|Girard|Fournier|Mercier|Lemaire|Faure|Giraud|de Kerguelen|Le Goff|Desjardins|N\'Diaye|Diallo|Courtois|Vasseur'),
    nick: { 'Jean-Baptiste': 'JB', 'Marie-Claire': 'Marie' },
  },
  {
    key: 'it', latin: true,
    f: L('Giulia|Chiara|Francesca|Ginevra|Beatrice|Ilaria|Loredana|Benedetta'),
    m: L('Lorenzo|Matteo|Alessio|Tommaso|Niccolò|Gianluca|Pierluigi|Ottavio'),
    family: L('D\'Angelo|Esposito|Ricci|De Luca|Lombardi|Marchetti|Di Stefano|Greco|Mancini|Dell\'Acqua|Fabbri|La Rosa|Cattaneo'),
    nick: { Francesca: 'Cesca', Gianluca: 'Gian', Pierluigi: 'Pier' },
  },
  {
    key: 'de', latin: true,
    f: L('Annika|Friederike|Wiebke|Anneke|Femke|Hannelore|Liesbeth|Anna-Lena|Sünje|Marlies'),
    m: L('Jörg|Lukas|Maximilian|Sven|Joost|Pieter|Dirk|Jannik|Ruud|Kai-Uwe'),
    family: L('van der Meer|de Vries|Schäfer|Müller-Brandt|Hoffmann|von Hagen|Bakker|Janssen|ter Horst|Vandenberghe|Obermeier|Kühn|Brinkhuis|van den Heuvel|Weißgerber'),
    nick: { Maximilian: 'Maxi', Friederike: 'Rike', Hannelore: 'Hanne' },
  },
  {
    key: 'ga', latin: true,
    f: L('Siobhán|Niamh|Aoife|Caoimhe|Sorcha|Fionnuala|Gráinne|Róisín'),
    m: L('Cian|Eoghan|Ruairí|Oisín|Tadhg|Donnchadh|Ciarán|Pádraig'),
    family: L('O\'Sullivan|MacGillivray|McAllister|O\'Donoghue|Mac Giolla|Breathnach|Carmichael|Ó Súilleabháin|Nic Aodha'),
    familyF: L('Ní Dhomhnaill|Ní Bhriain'),
    familyM: L('Ó Briain|Mac Lochlainn'),
    nick: { Fionnuala: 'Nuala', Donnchadh: 'Donncha' },
  },
  {
    key: 'sl', latin: true,
    f: L('Katarzyna|Svetlana|Zofia|Ljubica|Agnieszka|Milena|Oksana|Tatiana|Jadwiga'),
    m: L('Dmitri|Wojciech|Bogdan|Miroslav|Radek|Yaroslav|Przemysław|Zdeněk|Grzegorz'),
    family: L('Horvat|Petrović|Jovanović|Shevchenko|Bondarenko|Kovač'),
    familyF: L('Kowalczyk|Wiśniewska|Nováková|Kuznetsova|Zielińska|Brzęczyszczykiewicz|Dvořáková'),
    familyM: L('Kowalczyk|Wiśniewski|Novák|Sokolov|Zieliński|Szymański|Dvořák'),
    nick: { Katarzyna: 'Kasia', Dmitri: 'Dima', Svetlana: 'Sveta', Wojciech: 'Wojtek', Tatiana: 'Tanya', Yaroslav: 'Slava', Grzegorz: 'Grzesiek' },
  },
  {
    key: 'el', latin: true,
    f: L('Eleni|Dimitra|Konstantina|Eirini|Vasiliki|Athina'),
    m: L('Giorgos|Stavros|Panagiotis|Spyros|Thanasis|Kostas'),
    family: L('Georgiou|Oikonomou'),
    familyF: L('Papadopoulou|Karagianni|Vlachou|Stathopoulou'),
    familyM: L('Antonopoulos|Katsaros|Karagiannis|Mavridis'),
    nick: { Panagiotis: 'Takis', Konstantina: 'Dina' },
  },
  {
    key: 'no', latin: true,
    f: L('Sigrid|Astrid|Ragnhild|Aino|Tuula|Solveig|Maja|Hrafnhildur'),
    m: L('Bjørn|Håkon|Eino|Søren|Leif|Oddvar|Jukka|Torbjörn'),
    family: L('Lindqvist|Haugland|Sæther|Virtanen|Korhonen|Bergström|Østergaard|Mäkinen|Sandvik|Håkansson|Rasmussen'),
  },
  {
    key: 'he', latin: true,
    f: L('Noa|Tamar|Shira|Avital|Maayan|Liora'),
    m: L('Yonatan|Eitan|Yehuda|Oren|Amitai|Nadav'),
    family: L('Ben-David|Mizrahi|Friedmann|Peretz|Biton|Ashkenazi|Dahan|Shapiro'),
  },
  {
    key: 'fa', latin: true,
    f: L('Shirin|Parisa|Golnaz|Niloufar|Mahsa|Roya'),
    m: L('Dariush|Farhad|Kamran|Babak|Arash|Siavash'),
    family: L('Tehrani|Hosseini|Rahimi|Moradi|Ghorbani|Jafari|Sadeghi|Mirzaei'),
  },
  {
    key: 'ea', latin: true,
    f: L('Wanjiru|Achieng|Selamawit|Njeri|Nyambura|Makena|Mekdes|Amani'),
    m: L('Otieno|Tesfaye|Abebe|Kiprop|Baraka|Mwangi|Dawit|Kibet'),
    family: L('Kamau|Odhiambo|Wekesa|Gebremedhin|Mutua|Chebet|Wanyama|Tadesse|Kiplagat|Ndungu|Omondi'),
  },
  {
    key: 'ph', latin: true,
    f: L('Maricel|Rowena|Marivic|Lovely|Princess|Jocelyn|Cherry Mae'),
    m: L('Jericho|Dindo|Jhun|Rodel|Arnel|Bong|Jomar'),
    family: L('Dimaculangan|Macaraeg|Bautista|Dela Rosa|Manalo|Pangilinan|Soriano|Villaraza|Tolentino'),
  },
  {
    key: 'pac', latin: true,
    f: L('Aroha|Mere|Kahurangi|Losaline|Malia|Ataahua'),
    m: L('Tane|Wiremu|Hemi|Sione|Tevita|Rawiri'),
    family: L('Ngata|Te Whata|Parata|Tuilagi|Fifita|Havili|Tawhiri|Te Rangi|Tupou'),
  },
  {
    key: 'za', latin: true,
    f: L('Thandiwe|Lindiwe|Nomvula|Anri|Zanele|Lungile'),
    m: L('Sipho|Bongani|Themba|Riaan|Sibusiso|Jaco'),
    family: L('Dlamini|Nkosi|Khumalo|Mokoena|Ndlovu|van Wyk|du Plessis|Botha|Mabaso|Nel'),
  },
  // Native scripts.
  {
    key: 'zh-Hans', latin: false, familyFirst: 1, joiner: '',
    f: L('秀英|雨桐|子涵|思彤|婉清'), m: L('建国|晓明|思远|志强|浩然'),
    family: L('王|李|陈|刘|赵|黄|吴|欧阳'),
  },
  {
    key: 'ja-Jpan', latin: false, familyFirst: 1, joiner: ' ',
    f: L('美咲|陽菜|結衣|彩花'), m: L('翔太|大輝|蓮|健一'),
    family: L('高橋|中村|佐々木|山口|松本|井上'),
  },
  {
    key: 'ko-Kore', latin: false, familyFirst: 1, joiner: '',
    f: L('지은|하늘|윤서|서현'), m: L('민호|도윤|준서|현우'),
    family: L('김|이|최|박|정|강'),
  },
  {
    key: 'ru-Cyrl', latin: false,
    f: L('Анастасия|Екатерина|Ольга|Наталья|Ирина'), m: L('Михаил|Сергей|Алексей|Игорь|Дмитрий'),
    family: [], familyF: L('Кузнецова|Смирнова|Лебедева|Соколова|Орлова'), familyM: L('Кузнецов|Смирнов|Лебедев|Соколов|Орлов'),
  },
  {
    key: 'el-Grek', latin: false,
    f: L('Μαρία|Ελένη|Σοφία'), m: L('Νίκος|Γιώργος|Δημήτρης'),
    family: [], familyF: L('Παπαδάκη|Αντωνίου|Ζαχαρίου'), familyM: L('Παπαδάκης|Καραλής|Αντωνίου'),
  },
  {
    key: 'ar-Arab', latin: false,
    f: L('فاطمة|ليلى|نور|مريم'), m: L('أحمد|يوسف|عمر|خالد'),
    family: L('منصور|حداد|خوري|السيد|الزهراني'),
  },
  { key: 'he-Hebr', latin: false, f: L('נועה|תמר|שירה'), m: L('יונתן|איתן|עומר'), family: L('לוי|כהן|אברהם|מזרחי') },
  { key: 'hi-Deva', latin: false, f: L('प्रिया|अनीता|सुनीता'), m: L('राहुल|संजय|अमित'), family: L('शर्मा|वर्मा|देसाई|गुप्ता') },
  { key: 'th-Thai', latin: false, f: L('วิไลวรรณ|สุภาพร'), m: L('ธนากร|สมศักดิ์'), family: L('ศรีสุข|บุญมา|แก้วมณี') },
];

/** Weight of Latin-script cultures against native scripts when a person is drawn without a hint. */
const NATIVE_SCRIPT_SHARE = 0.1;

interface Person {
  readonly given: string;
  readonly family: string;
  readonly middle?: string;
  readonly nick?: string;
  readonly familyFirst: boolean;
  readonly joiner: string;
  readonly latin: boolean;
  readonly female: boolean;
}

function cultureByKey(key: string): Culture {
  const c = CULTURES.find((x) => x.key === key);
  if (!c) throw new Error(`unknown culture ${key}`);
  return c;
}

function makePerson(r: CorpusRng, cultureKey?: string, isFemale?: boolean): Person {
  const c = cultureKey
    ? cultureByKey(cultureKey)
    : r.pick(CULTURES.filter((x) => x.latin === !r.chance(NATIVE_SCRIPT_SHARE)));
  const female = isFemale ?? r.chance(0.5);
  const given = r.pick(female ? c.f : c.m);
  const family = r.pick([...c.family, ...((female ? c.familyF : c.familyM) ?? [])]);
  const others = (female ? c.f : c.m).filter((g) => g !== given);
  const middle = c.latin && c.key !== 'vi' && r.chance(0.35) ? r.pick(others) : undefined;
  return {
    given,
    family,
    middle,
    nick: c.nick?.[given],
    familyFirst: r.chance(c.familyFirst ?? 0),
    joiner: c.joiner ?? ' ',
    latin: c.latin,
    female,
  };
}

const fullName = (p: Person): string => (p.familyFirst ? `${p.family}${p.joiner}${p.given}` : `${p.given}${p.joiner}${p.family}`);
/** First letter(s) of a given name as an initial: "Jean-Baptiste" → "J.-B.". */
const initial = (g: string): string =>
  g
    .split(/([- ])/)
    .map((part) => (part === '-' ? '-' : part === ' ' ? ' ' : `${part.charAt(0)}.`))
    .join('');

type NameForm = 'full' | 'initials' | 'middle' | 'givenInitial' | 'nick' | 'reversed' | 'upper' | 'lower' | 'given';

const NAME_FORMS: ReadonlyArray<readonly [NameForm, number]> = [
  ['full', 48], ['initials', 9], ['middle', 6], ['givenInitial', 4], ['nick', 5], ['reversed', 4], ['upper', 3],
  ['lower', 6], ['given', 8],
];

function nameForm(r: CorpusRng, p: Person, form: NameForm): string {
  if (!p.latin && form !== 'given') return fullName(p);
  switch (form) {
    case 'full': return fullName(p);
    case 'given': return p.given;
    case 'lower': return fullName(p).toLowerCase();
    case 'initials': {
      if (p.familyFirst) return fullName(p);
      const mid = p.middle ? `${r.chance(0.3) ? '' : ' '}${initial(p.middle)}` : '';
      return `${initial(p.given)}${mid} ${p.family}`;
    }
    case 'middle': return p.middle ? `${p.given} ${p.middle} ${p.family}` : fullName(p);
    case 'givenInitial': return `${p.given} ${p.family.replace(/^(?:de la |del |van der |van den |von |ter |de |da |dos |du |le |la |al |el |bin |ben |ó |ní |mac |nic |o')/i, '').charAt(0)}.`;
    case 'nick': {
      if (!p.nick) return p.given;
      return r.pick([`${p.given} "${p.nick}" ${p.family}`, `${p.given} (${p.nick}) ${p.family}`, p.nick, `${p.nick} ${p.family}`]);
    }
    case 'reversed': return `${p.family}, ${p.given}`;
    case 'upper': return `${p.family.toUpperCase()} ${p.given}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// E-mail addresses
// ---------------------------------------------------------------------------------------------------

const FREE_DOMAINS = L(
  'gmail.com|outlook.com|yahoo.co.jp|web.de|gmx.net|orange.fr|libero.it|mail.ru|yandex.ru|qq.com|163.com|naver.com|hotmail.co.uk|icloud.com|proton.me|fastmail.com|rediffmail.com|uol.com.br|t-online.de|free.fr|btinternet.com|bigpond.com|seznam.cz|wp.pl|ziggo.nl|telenet.be|hotmail.es|yahoo.com.br|daum.net|xtra.co.nz',
);
const WORK_DOMAINS = L(
  'tallowmere.io|brightforge.dev|kestrel-freight.de|ospreydental.co.uk|quillon-systems.com|marrowgate-insurance.com|nimbletide.app|corvidhealth.org|bluecairn.capital|lumenfield-energy.eu|harrowby-pharma.com|stillwatercu.org|cs.uni-tuebingen.de|student.unimelb.edu.au|mail.utoronto.ca|pennywhistle.toys|saffronlane.co.uk|veldtstone.co.za',
);
const HANDLE_WORDS = L('sunbird|kiwi|heron|marmalade|copperfox|nightjar|tundra|pixelmoth|quokka|lantern|saltmarsh|bramble');
const TAGS = L('orders|news|bank|travel|receipts|2fa|shop');

/** ASCII fold for e-mail handles: "Wiśniewska" → "wisniewska". */
function asciiFold(s: string): string {
  return s
    .replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function emailFor(r: CorpusRng, p: Person | undefined): string {
  const domain = r.chance(0.65) ? r.pick(FREE_DOMAINS) : r.pick(WORK_DOMAINS);
  const g = p ? asciiFold(p.given) : '';
  const f = p ? asciiFold(p.family) : '';
  let handle: string;
  if (!p || !g || !f || r.chance(0.12)) {
    handle = r.pick([`${r.pick(HANDLE_WORDS)}${r.int(2, 99)}`, `${r.pick(HANDLE_WORDS)}.${r.pick(HANDLE_WORDS)}`, `${r.pick(HANDLE_WORDS)}_${r.digits(3)}`]);
  } else {
    handle = r.pick([
      `${g}.${f}`, `${g.charAt(0)}${f}`, `${g}${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}_${f}`, `${g}${pad(r.int(60, 99))}`,
      `${g}.${f}+${r.pick(TAGS)}`, `${g.charAt(0)}.${f}`, `${f}${g.charAt(0)}`,
    ]);
  }
  const email = `${handle}@${domain}`;
  return r.chance(0.05) ? email.replace(/^./, (c) => c.toUpperCase()) : email;
}

// ---------------------------------------------------------------------------------------------------
// Phone numbers: international (E.164 and spaced) and national formats of many countries
// ---------------------------------------------------------------------------------------------------

/** Groups `s` by the given sizes (the last group takes the rest). */
function group(s: string, sizes: readonly number[], sep = ' '): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
}

interface PhonePlan {
  readonly cc: string;
  /** The national significant number (no trunk prefix). */
  readonly nsn: (r: CorpusRng) => string;
  /** Group sizes of the NSN in spaced international display. */
  readonly ig: readonly number[];
  /** National display variants. */
  readonly nat: ReadonlyArray<(n: string) => string>;
}

const PHONE_PLANS: Readonly<Record<string, PhonePlan>> = {
  US: {
    cc: '1', nsn: (r) => `${r.pick(['206', '312', '503', '617', '720', '808', '919', '971', '412', '480', '615', '414'])}${r.int(2, 9)}${r.digits(2)}${r.digits(4)}`,
    ig: [3, 3, 4],
    nat: [(n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => group(n, [3, 3, 4], '-'), (n) => group(n, [3, 3, 4], '.')],
  },
  CA: { cc: '1', nsn: (r) => `${r.pick(['416', '604', '514', '902', '306', '613'])}${r.int(2, 9)}${r.digits(6)}`, ig: [3, 3, 4], nat: [(n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, (n) => group(n, [3, 3, 4], '-')] },
  GB: { cc: '44', nsn: (r) => `7${r.pick(['4', '5', '7', '8', '9'])}${r.digits(8)}`, ig: [4, 6], nat: [(n) => group(`0${n}`, [5, 6]), (n) => `0${n}`] },
  GBL: { cc: '44', nsn: (r) => `20${r.pick(['7', '8'])}${r.digits(7)}`, ig: [2, 4, 4], nat: [(n) => group(`0${n}`, [3, 4, 4])] },
  DE: {
    cc: '49', nsn: (r) => `1${r.pick(['51', '52', '57', '60', '70', '76'])}${r.digits(8)}`,
    ig: [3, 4, 4], nat: [(n) => group(`0${n}`, [4, 8]), (n) => `0${n.slice(0, 3)}/${n.slice(3)}`, (n) => group(`0${n}`, [4, 4])],
  },
  DEL: { cc: '49', nsn: (r) => `${r.pick(['30', '40', '89'])}${r.digits(8)}`, ig: [2, 4, 4], nat: [(n) => `0${n.slice(0, 2)} ${n.slice(2)}`, (n) => `0${n.slice(0, 2)}/${group(n.slice(2), [4, 4])}`] },
  FR: { cc: '33', nsn: (r) => `${r.pick(['6', '7', '1', '4'])}${r.digits(8)}`, ig: [1, 2, 2, 2, 2], nat: [(n) => group(`0${n}`, [2, 2, 2, 2, 2]), (n) => group(`0${n}`, [2, 2, 2, 2, 2], '.')] },
  ES: { cc: '34', nsn: (r) => `${r.pick(['6', '7', '9'])}${r.digits(8)}`, ig: [3, 3, 3], nat: [(n) => group(n, [3, 3, 3]), (n) => group(n, [3, 2, 2, 2])] },
  IT: { cc: '39', nsn: (r) => `3${r.int(20, 93)}${r.digits(7)}`, ig: [3, 3, 4], nat: [(n) => group(n, [3, 7]), (n) => group(n, [3, 3, 4])] },
  NL: { cc: '31', nsn: (r) => `6${r.digits(8)}`, ig: [1, 8], nat: [(n) => `0${n.slice(0, 1)}-${n.slice(1)}`, (n) => group(`0${n}`, [2, 2, 2, 2, 2])] },
  IN: { cc: '91', nsn: (r) => `${r.int(6, 9)}${r.digits(9)}`, ig: [5, 5], nat: [(n) => `0${group(n, [5, 5])}`, (n) => group(n, [5, 5])] },
  BR: { cc: '55', nsn: (r) => `${r.pick(['11', '21', '31', '51', '81'])}9${r.digits(8)}`, ig: [2, 5, 4], nat: [(n) => `(${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`] },
  MX: { cc: '52', nsn: (r) => `${r.pick(['55', '33', '81'])}${r.digits(8)}`, ig: [2, 4, 4], nat: [(n) => group(n, [2, 4, 4])] },
  JP: { cc: '81', nsn: (r) => `${r.pick(['90', '80', '70'])}${r.digits(8)}`, ig: [2, 4, 4], nat: [(n) => group(`0${n}`, [3, 4, 4], '-')] },
  CN: { cc: '86', nsn: (r) => `1${r.pick(['38', '39', '58', '86', '77'])}${r.digits(8)}`, ig: [3, 4, 4], nat: [(n) => group(n, [3, 4, 4]), (n) => n] },
  KR: { cc: '82', nsn: (r) => `10${r.digits(8)}`, ig: [2, 4, 4], nat: [(n) => group(`0${n}`, [3, 4, 4], '-')] },
  AU: { cc: '61', nsn: (r) => `4${r.digits(8)}`, ig: [3, 3, 3], nat: [(n) => group(`0${n}`, [4, 3, 3])] },
  AUL: { cc: '61', nsn: (r) => `${r.pick(['2', '3', '7', '8'])}${r.digits(8)}`, ig: [1, 4, 4], nat: [(n) => `(0${n.charAt(0)}) ${group(n.slice(1), [4, 4])}`] },
  NG: { cc: '234', nsn: (r) => `${r.pick(['803', '806', '813', '703', '905', '815'])}${r.digits(7)}`, ig: [3, 3, 4], nat: [(n) => group(`0${n}`, [4, 3, 4]), (n) => `0${n}`] },
  KE: { cc: '254', nsn: (r) => `7${r.digits(8)}`, ig: [3, 6], nat: [(n) => group(`0${n}`, [4, 3, 3]), (n) => `0${n}`] },
  ZA: { cc: '27', nsn: (r) => `${r.pick(['82', '83', '72', '61'])}${r.digits(7)}`, ig: [2, 3, 4], nat: [(n) => group(`0${n}`, [3, 3, 4])] },
  PL: { cc: '48', nsn: (r) => `${r.pick(['5', '6', '7', '8'])}${r.digits(8)}`, ig: [3, 3, 3], nat: [(n) => group(n, [3, 3, 3]), (n) => group(n, [3, 3, 3], '-')] },
  SE: { cc: '46', nsn: (r) => `7${r.pick(['0', '2', '3', '6'])}${r.digits(7)}`, ig: [2, 3, 2, 2], nat: [(n) => `0${n.slice(0, 2)}-${group(n.slice(2), [3, 2, 2])}`] },
  CH: { cc: '41', nsn: (r) => `7${r.pick(['6', '7', '8', '9'])}${r.digits(7)}`, ig: [2, 3, 2, 2], nat: [(n) => group(`0${n}`, [3, 3, 2, 2])] },
  IE: { cc: '353', nsn: (r) => `8${r.pick(['3', '5', '6', '7', '9'])}${r.digits(7)}`, ig: [2, 3, 4], nat: [(n) => group(`0${n}`, [3, 3, 4])] },
  RU: { cc: '7', nsn: (r) => `9${r.digits(9)}`, ig: [3, 3, 2, 2], nat: [(n) => `8 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`] },
  TR: { cc: '90', nsn: (r) => `5${r.int(30, 59)}${r.digits(7)}`, ig: [3, 3, 2, 2], nat: [(n) => group(`0${n}`, [4, 3, 2, 2])] },
  AE: { cc: '971', nsn: (r) => `5${r.pick(['0', '2', '5', '6'])}${r.digits(7)}`, ig: [2, 3, 4], nat: [(n) => group(`0${n}`, [3, 3, 4])] },
  SG: { cc: '65', nsn: (r) => `${r.pick(['8', '9'])}${r.digits(7)}`, ig: [4, 4], nat: [(n) => group(n, [4, 4])] },
  GR: { cc: '30', nsn: (r) => `69${r.digits(8)}`, ig: [3, 3, 4], nat: [(n) => group(n, [3, 3, 4])] },
  PH: { cc: '63', nsn: (r) => `9${r.digits(9)}`, ig: [3, 3, 4], nat: [(n) => group(`0${n}`, [4, 3, 4])] },
  VN: { cc: '84', nsn: (r) => `9${r.digits(8)}`, ig: [2, 3, 4], nat: [(n) => group(`0${n}`, [4, 3, 3])] },
  NZ: { cc: '64', nsn: (r) => `2${r.pick(['1', '2', '7'])}${r.digits(7)}`, ig: [2, 3, 4], nat: [(n) => group(`0${n}`, [3, 3, 4])] },
};
const PHONE_COUNTRIES = Object.keys(PHONE_PLANS);

type PhoneStyle = 'e164' | 'intl' | 'nat' | 'any';

function phone(r: CorpusRng, style: PhoneStyle, country?: string): string {
  const plan = PHONE_PLANS[country ?? r.pick(PHONE_COUNTRIES)] ?? (PHONE_PLANS.GB as PhonePlan);
  const n = plan.nsn(r);
  const s: PhoneStyle = style === 'any' ? r.weighted<PhoneStyle>([['e164', 3], ['intl', 4], ['nat', 4]]) : style;
  if (s === 'e164') return `+${plan.cc}${n}`;
  if (s === 'nat') return r.pick(plan.nat)(n);
  const sep = plan.cc === '81' || plan.cc === '82' ? r.pick([' ', '-']) : ' ';
  const grouped = group(n, plan.ig, sep);
  if (plan.cc === '49' && r.chance(0.25)) return `+49 (0)${grouped}`;
  if (r.chance(0.12)) return `00${plan.cc} ${grouped}`;
  return `+${plan.cc} ${grouped}`;
}

// ---------------------------------------------------------------------------------------------------
// Payment cards (Luhn-valid) and IBANs (valid mod 97)
// ---------------------------------------------------------------------------------------------------

/** The Luhn check digit for `body` (all digits but the last). */
function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body.charAt(body.length - 1 - i));
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const CARD_BRANDS: ReadonlyArray<readonly [(r: CorpusRng) => string, number, number]> = [
  [() => '4', 16, 30], // Visa
  [(r) => String(r.int(51, 55)), 16, 18], // Mastercard
  [(r) => String(r.int(2221, 2720)), 16, 6], // Mastercard 2-series
  [(r) => r.pick(['34', '37']), 15, 12], // American Express
  [(r) => r.pick(['6011', '65', String(r.int(644, 649))]), 16, 7], // Discover
  [(r) => String(r.int(3528, 3589)), 16, 6], // JCB
  [(r) => r.pick(['36', '38']), 14, 4], // Diners Club
  [() => '62', 19, 4], // UnionPay (19 digits)
  [() => '62', 16, 4], // UnionPay (16 digits)
  [(r) => r.pick(['6759', '5018', '6304']), 18, 3], // Maestro
];

function card(r: CorpusRng): string {
  const [prefix, len] = r.weighted(CARD_BRANDS.map(([p, l, w]) => [[p, l] as const, w] as const));
  let body = prefix(r);
  while (body.length < len - 1) body += String(r.int(0, 9));
  const num = body + luhnDigit(body);
  const sep = r.weighted([[' ', 6], ['-', 2], ['', 2]] as const);
  if (len === 15) return group(num, [4, 6, 5], sep);
  if (len === 14) return group(num, [4, 6, 4], sep);
  if (len === 19 && r.chance(0.5)) return group(num, [6, 13], sep);
  return group(num, [4, 4, 4, 4, 4], sep);
}

/** BBAN layouts: n digits, a upper-case letters, c alphanumerics. */
const IBAN_FORMATS: Readonly<Record<string, string>> = {
  DE: '8n10n', GB: '4a6n8n', FR: '5n5n11n2n', ES: '4n4n2n10n', IT: '1a5n5n12n', NL: '4a10n', BE: '12n', CH: '5n12n',
  AT: '16n', PL: '24n', PT: '21n', IE: '4a6n8n', SE: '20n', NO: '11n', DK: '14n', FI: '14n', LU: '3n13c', SA: '2n18c',
  AE: '3n16n', TR: '5n1n16n', GR: '7n16n', CZ: '20n', HU: '24n', RO: '4a16c', HR: '17n', BR: '8n5n10n1a1c', MT: '4a5n18c',
  CY: '8n16c', LT: '16n', LV: '4a13c', EE: '16n', SK: '20n', SI: '15n', BG: '4a6n8c', IS: '22n', IL: '19n', QA: '4a21c',
  MC: '10n11c2n', LI: '5n12c', KW: '4a22c',
};
const IBAN_COUNTRIES = Object.keys(IBAN_FORMATS);

function ibanCheck(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let mod = 0;
  for (const ch of rearranged) mod = (mod * 10 + Number(ch)) % 97;
  return pad(98 - mod);
}

function iban(r: CorpusRng, country?: string, printed?: boolean): string {
  const cc = country && IBAN_FORMATS[country] ? country : r.pick(IBAN_COUNTRIES);
  const fmt = IBAN_FORMATS[cc] ?? '16n';
  let bban = '';
  for (const m of fmt.matchAll(/(\d+)([nac])/g)) {
    const n = Number(m[1]);
    const kind = m[2];
    bban += kind === 'n' ? r.digits(n) : kind === 'a' ? r.upper(n) : r.alnum(n);
  }
  const value = `${cc}${ibanCheck(cc, bban)}${bban}`;
  return (printed ?? r.chance(0.6)) ? group(value, Array(10).fill(4) as number[]) : value;
}

/** Bank identifier codes (look-alikes of IBANs, never labelled). */
const BICS = L('DEUTDEFFXXX|COBADEFF|INGBNL2A|BNPAFRPP|CAIXESBB|UNCRITMM|RABONL2U|NWBKGB2L|BSCHESMM|POALILIT|NDEAFIHH|GIBACZPX');

// ---------------------------------------------------------------------------------------------------
// SSNs and IP addresses
// ---------------------------------------------------------------------------------------------------

function ssn(r: CorpusRng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  return r.weighted([[`${a}-${g}-${s}`, 7], [`${a} ${g} ${s}`, 2], [`${a}${g}${s}`, 1]] as const);
}

function ipv4(r: CorpusRng): string {
  const kind = r.weighted([['public', 6], ['private', 3], ['doc', 2]] as const);
  if (kind === 'private') {
    return r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 20)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`]);
  }
  if (kind === 'doc') return `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`;
  let first = r.int(11, 223);
  if (first === 127 || first === 172 || first === 192) first = 81;
  return `${first}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: CorpusRng): string {
  const hextet = (): string => r.hex(4).replace(/^0+(?=.)/, '');
  const prefix = r.pick(['2001:db8', '2a02:810d', '2600:1700', '2a01:4f8', '2001:4860', '2406:da18', '2c0f:fb50', '2804:14c']);
  const kind = r.weighted([['compressed', 5], ['full', 2], ['link', 2], ['mapped', 1]] as const);
  if (kind === 'link') return `fe80::${hextet()}:${hextet()}:${hextet()}:${hextet()}`;
  if (kind === 'mapped') return `::ffff:${ipv4(r)}`;
  const rest = Array.from({ length: 6 }, hextet);
  if (kind === 'full') {
    const parts = `${prefix}:${rest.join(':')}`.split(':');
    return r.chance(0.5) ? parts.map((h) => h.padStart(4, '0')).join(':') : parts.join(':');
  }
  const keep = r.int(1, 3);
  return `${prefix}:${r.chance(0.5) ? `${hextet()}:` : ''}:${rest.slice(6 - keep).join(':')}`;
}

// ---------------------------------------------------------------------------------------------------
// Postal addresses in many countries' formats (arrays of lines; joined by ", " or new lines)
// ---------------------------------------------------------------------------------------------------

type AddressMaker = (r: CorpusRng) => string[];

const ADDRESSES: Readonly<Record<string, AddressMaker>> = {
  US: (r) => {
    const [city, st, zip] = r.pick([['Eugene', 'OR', '974'], ['Tulsa', 'OK', '741'], ['Albany', 'NY', '122'], ['Boise', 'ID', '837'], ['Savannah', 'GA', '314'], ['Madison', 'WI', '537'], ['Fort Collins', 'CO', '805'], ['Ann Arbor', 'MI', '481'], ['Chattanooga', 'TN', '374'], ['Santa Fe', 'NM', '875'], ['Burlington', 'VT', '054'], ['Spokane', 'WA', '992']] as const);
    const street = `${r.int(12, 9870)} ${r.pick(L('Juniper|Sycamore|Bellflower|Tamarack|Quail Run|Old Mill|Harbor View|Chestnut Ridge|Willow Creek|Briarwood|N Cedar|SW Alder'))} ${r.pick(L('St|Ave|Blvd|Dr|Ln|Rd|Ct|Way|Pl|Street|Avenue'))}`;
    const unit = r.pick(['', '', `, Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}`, ` #${r.int(100, 999)}`, `, Unit ${r.int(1, 30)}`]);
    const lines = [`${street}${unit}`, `${city}, ${st} ${zip}${r.digits(2)}${r.chance(0.2) ? `-${r.digits(4)}` : ''}`];
    if (r.chance(0.2)) lines.push('USA');
    return lines;
  },
  GB: (r) => {
    const [city, area] = r.pick([['Leeds', 'LS'], ['Bristol', 'BS'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Glasgow', 'G'], ['Brighton', 'BN'], ['Exeter', 'EX'], ['York', 'YO'], ['Belfast', 'BT'], ['Sheffield', 'S']] as const);
    const pc = `${area}${r.int(1, 28)} ${r.int(1, 9)}${r.upper(2).replace(/[CIKMOV]/g, 'A')}`;
    const lines = [`${r.chance(0.3) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 240)} ${r.pick(L('Larkspur Road|Cranbrook Avenue|Thistle Lane|Wheatsheaf Close|Ashdown Crescent|Pemberton Street|Kingfisher Way|Orchard Mews|Gorse Hill Drive'))}`];
    if (r.chance(0.4)) lines.push(r.pick(L('Headingley|Redland|Eaton|Roath|Partick|Hove|Heavitree|Clifton|Ormeau')));
    lines.push(city, pc);
    return r.chance(0.5) ? [...lines.slice(0, -2), `${city} ${pc}`] : lines;
  },
  CA: (r) => {
    if (r.chance(0.4)) return [`${r.int(100, 9999)}, rue ${r.pick(L('Saint-Denis|des Érables|Laurier Est|de la Montagne'))}${r.chance(0.4) ? `, app. ${r.int(1, 30)}` : ''}`, `Montréal (Québec)  H${r.int(1, 4)}${r.upper(1)} ${r.int(1, 9)}${r.upper(1)}${r.int(1, 9)}`];
    const [city, prov, fsa] = r.pick([['Halifax', 'NS', 'B3H'], ['Saskatoon', 'SK', 'S7N'], ['Kelowna', 'BC', 'V1Y'], ['Regina', 'SK', 'S4P'], ['Guelph', 'ON', 'N1H']] as const);
    return [`${r.int(10, 999)} ${r.pick(L('Maple Grove Cres|Spruce St|Birchwood Ave|Lakeshore Rd'))}`, `${city}, ${prov} ${fsa} ${r.int(1, 9)}${r.upper(1)}${r.int(1, 9)}`];
  },
  DE: (r) => {
    const [plz, city] = r.pick([['79098', 'Freiburg im Breisgau'], ['04109', 'Leipzig'], ['48143', 'Münster'], ['34117', 'Kassel'], ['18055', 'Rostock'], ['93047', 'Regensburg'], ['10437', 'Berlin']] as const);
    return [`${r.pick(L('Lindenstraße|Am Kirchberg|Kastanienallee|Gartenweg|Mühlenweg|Schillerplatz|Hauptstr.|Auf der Höhe'))} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`, `${plz} ${city}`];
  },
  AT: (r) => [`${r.pick(L('Mariahilfer Straße|Lerchenfelder Gürtel|Herrengasse'))} ${r.int(1, 120)}/${r.int(1, 20)}`, `${r.pick(['1070 Wien', '8010 Graz', '5020 Salzburg'])}`],
  FR: (r) => {
    const [cp, city] = r.pick([['67000', 'Strasbourg'], ['44300', 'Nantes'], ['31000', 'Toulouse'], ['69007', 'Lyon'], ['13006', 'Marseille'], ['35000', 'Rennes']] as const);
    const lines = [`${r.int(1, 90)}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(L('rue des Tanneurs|allée des Tilleuls|avenue Jean-Jaurès|boulevard Voltaire|impasse du Moulin|rue de la Paix|chemin des Vignes'))}`];
    if (r.chance(0.25)) lines.unshift(`Bât. ${r.upper(1)}, ${r.int(1, 6)}e étage`);
    lines.push(`${cp} ${city}`);
    if (r.chance(0.2)) lines.push('France');
    return lines;
  },
  NL: (r) => {
    const [pc, city] = r.pick([['3511', 'Utrecht'], ['9711', 'Groningen'], ['5611', 'Eindhoven'], ['2311', 'Leiden'], ['2011', 'Haarlem']] as const);
    return [`${r.pick(L('Oudegracht|Kerkstraat|Zuiderdiep|Vestdijk|Breestraat|Wilhelminapark'))} ${r.int(1, 300)}${r.pick(['', '', '-2', 'A', ' bis'])}`, `${pc} ${r.upper(2).replace(/[SA]/g, 'K')} ${city}`];
  },
  BE: (r) => [`${r.pick(L('Rue Royale|Meir|Korenmarkt|Avenue Louise'))} ${r.int(1, 200)}${r.chance(0.3) ? ` bus ${r.int(1, 12)}` : ''}`, r.pick(['1000 Bruxelles', '2000 Antwerpen', '9000 Gent', '8000 Brugge'])],
  ES: (r) => {
    const [cp, city] = r.pick([['28005', 'Madrid'], ['08008', 'Barcelona'], ['41001', 'Sevilla'], ['46002', 'Valencia'], ['48001', 'Bilbao'], ['50001', 'Zaragoza']] as const);
    return [`${r.pick(L('Calle de Toledo|Carrer de Mallorca|Avenida de la Constitución|Calle Mayor|Paseo de Gracia|Calle Ercilla'))}, ${r.int(1, 250)}${r.chance(0.6) ? `, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}` : ''}`, `${cp} ${city}`];
  },
  IT: (r) => {
    const [cap, city, prov] = r.pick([['10122', 'Torino', 'TO'], ['40121', 'Bologna', 'BO'], ['80132', 'Napoli', 'NA'], ['37121', 'Verona', 'VR'], ['16123', 'Genova', 'GE']] as const);
    return [`${r.pick(L('Via Garibaldi|Corso Vittorio Emanuele II|Via dei Mille|Piazza Santo Stefano|Viale Mazzini'))} ${r.int(1, 180)}${r.chance(0.2) ? '/B' : ''}`, `${cap} ${city} (${prov})`];
  },
  PT: (r) => [`${r.pick(L('Rua de Santa Catarina|Avenida da Liberdade|Travessa do Carmo'))}, ${r.int(1, 300)}, ${r.int(1, 6)}º ${r.pick(['Esq.', 'Dto.'])}`, `${r.pick(['4000-447 Porto', '1250-096 Lisboa', '3000-150 Coimbra'])}`],
  BR: (r) => {
    const [district, city, uf, cep] = r.pick([['Consolação', 'São Paulo', 'SP', '01304'], ['Centro', 'Curitiba', 'PR', '80060'], ['Moinhos de Vento', 'Porto Alegre', 'RS', '90570'], ['Boa Viagem', 'Recife', 'PE', '51020'], ['Savassi', 'Belo Horizonte', 'MG', '30140']] as const);
    return [`${r.pick(L('Rua Augusta|Av. Sete de Setembro|Rua Padre Chagas|Rua dos Navegantes|Av. Getúlio Vargas'))}, ${r.int(10, 2900)}${r.chance(0.5) ? `, apto ${r.int(11, 184)}` : ''}`, `${district}, ${city} - ${uf}`, `${cep}-${r.digits(3)}`];
  },
  MX: (r) => [`${r.pick(L('Av. Insurgentes Sur|Calle Hidalgo|Av. Vallarta|Calle 5 de Mayo'))} ${r.int(10, 3200)}${r.chance(0.4) ? `, Int. ${r.int(1, 40)}` : ''}`, `Col. ${r.pick(L('Del Valle|Centro|Roma Norte|Americana'))}`, r.pick([`03${r.digits(3)} Ciudad de México, CDMX`, `44${r.digits(3)} Guadalajara, Jal.`, `64${r.digits(3)} Monterrey, N.L.`])],
  JP: (r) => {
    if (r.chance(0.5)) {
      return [`〒${r.pick(['150', '530', '604', '060', '810'])}-${r.digits(4)}`, `${r.pick(['東京都渋谷区神宮前', '大阪府大阪市北区梅田', '京都府京都市中京区河原町', '北海道札幌市中央区北一条', '福岡県福岡市中央区天神'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)}${r.chance(0.4) ? ` ${r.pick(['メゾン桜', 'グランハイツ', 'コーポ青葉'])}${r.int(101, 905)}号室` : ''}`];
    }
    return [`${r.chance(0.3) ? `Room ${r.int(101, 905)}, ` : ''}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)} ${r.pick(['Jingumae, Shibuya-ku', 'Umeda, Kita-ku', 'Tenjin, Chuo-ku', 'Nishiki, Naka-ku'])}`, `${r.pick(['Tokyo 150', 'Osaka 530', 'Fukuoka 810', 'Nagoya 460'])}-${r.digits(4)}`];
  },
  CN: (r) => [`${r.pick(['上海市浦东新区世纪大道', '北京市朝阳区建国路', '广州市天河区体育西路', '成都市武侯区人民南路', '杭州市西湖区文三路'])}${r.int(1, 300)}号${r.chance(0.6) ? `${r.int(1, 30)}楼${r.int(101, 2808)}室` : ''}`],
  KR: (r) => [`${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '서울특별시 마포구 월드컵북로', '대구광역시 중구 동성로'])} ${r.int(1, 400)}${r.chance(0.5) ? `, ${r.int(1, 25)}층 ${r.int(101, 2505)}호` : ''}`],
  IN: (r) => r.pick([
    [`Flat ${r.int(1, 12)}${r.upper(1)}, ${r.pick(['Sai Krupa Apartments', 'Green Meadows', 'Lotus Residency'])}`, `${r.int(1, 18)}th Main Road, Indiranagar`, `Bengaluru, Karnataka ${r.pick(['560038', '560008'])}`],
    [`H.No. ${r.int(1, 12)}-${r.int(1, 9)}-${r.int(100, 999)}, Road No. ${r.int(1, 14)}`, 'Banjara Hills', `Hyderabad ${r.pick(['500034', '500033'])}`],
    [`${r.upper(1)}-${r.int(1, 120)}, Sector ${r.int(10, 62)}`, `Noida, Uttar Pradesh ${r.pick(['201301', '201303'])}`],
    [`${r.int(1, 60)}, ${r.int(1, 9)}rd Cross Street, Besant Nagar`, `Chennai ${r.pick(['600090', '600041'])}`],
  ]),
  AU: (r) => {
    const [sub, st, pc] = r.pick([['Fremantle', 'WA', '6160'], ['Toowong', 'QLD', '4066'], ['Brunswick', 'VIC', '3056'], ['Marrickville', 'NSW', '2204'], ['Glenelg', 'SA', '5045']] as const);
    const unit = r.chance(0.3) ? `${r.int(1, 20)}/` : r.chance(0.2) ? `Unit ${r.int(1, 20)}, ` : '';
    return [`${unit}${r.int(1, 300)} ${r.pick(L('Banksia Street|Jacaranda Ave|Wattle Rd|Kookaburra Cres|Bottlebrush Lane'))}`, `${sub} ${st} ${pc}`];
  },
  NZ: (r) => [`${r.int(1, 200)} ${r.pick(L('Pohutukawa Drive|Kowhai Street|Tui Crescent'))}`, r.pick(['Ponsonby', 'Karori', 'Riccarton']), `${r.pick(['Auckland 1011', 'Wellington 6012', 'Christchurch 8041'])}`],
  SE: (r) => [`${r.pick(L('Storgatan|Vasagatan|Drottninggatan|Kungsgatan'))} ${r.int(1, 90)}${r.chance(0.3) ? ` lgh ${r.int(1001, 1405)}` : ''}`, `${r.pick(['114 51 Stockholm', '411 24 Göteborg', '211 22 Malmö', '753 20 Uppsala'])}`],
  PL: (r) => [`${r.pick(['ul.', 'ul.', 'al.', 'os.'])} ${r.pick(L('Marszałkowska|Długa|Piotrkowska|Świętokrzyska|Piastów'))} ${r.int(1, 200)}${r.chance(0.7) ? `/${r.int(1, 80)}` : ''}`, `${r.pick(['00-514 Warszawa', '31-147 Kraków', '90-406 Łódź', '80-831 Gdańsk'])}`],
  CZ: (r) => [`${r.pick(L('Vinohradská|Masarykova|Štefánikova'))} ${r.int(1, 2000)}/${r.int(1, 60)}`, `${r.pick(['120 00 Praha 2', '602 00 Brno'])}`],
  RU: (r) => r.chance(0.5)
    ? [`ул. ${r.pick(['Ленина', 'Гагарина', 'Садовая', 'Мира'])}, д. ${r.int(1, 120)}, кв. ${r.int(1, 240)}`, `${r.pick(['Екатеринбург', 'Новосибирск', 'Казань'])}, ${r.digits(6)}`]
    : [`Россия, ${r.digits(6)}, ${r.pick(['Санкт-Петербург', 'Москва'])}`, `${r.pick(['Невский пр.', 'ул. Арбат', 'Лиговский пр.'])}, д. ${r.int(1, 140)}, кв. ${r.int(1, 300)}`],
  TR: (r) => [`${r.pick(L('Bağdat Caddesi|Atatürk Bulvarı|İstiklal Caddesi|Cumhuriyet Mahallesi'))} No: ${r.int(1, 300)} D: ${r.int(1, 30)}`, `${r.pick(['34728 Kadıköy/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])}`],
  IE: (r) => [`${r.chance(0.4) ? `Apt ${r.int(1, 40)}, ` : ''}${r.int(1, 80)} ${r.pick(L('Bridge Street|Shandon Street|Father Griffin Road|Ranelagh Road'))}`, `${r.pick(['Galway H91', 'Cork T12', 'Dublin 6 D06', 'Limerick V94'])} ${r.upper(1)}${r.digits(1)}${r.upper(1)}${r.digits(1)}`],
  CH: (r) => [`${r.pick(L('Bahnhofstrasse|Rue du Rhône|Spalenberg|Via Nassa'))} ${r.int(1, 90)}`, `${r.pick(['8001 Zürich', '1204 Genève', '4051 Basel', '6900 Lugano'])}`],
  ZA: (r) => [`${r.int(1, 120)} ${r.pick(L('Protea Road|Jacaranda Street|Umhlanga Rocks Drive|Long Street'))}`, r.pick(['Claremont, Cape Town, 7708', 'Hatfield, Pretoria, 0083', 'Umhlanga, Durban, 4319'])],
  NG: (r) => [`${r.pick(['Plot', 'No.'])} ${r.int(1, 60)}, ${r.pick(L('Adeola Odeku Street|Aminu Kano Crescent|Awolowo Road|Ogui Road'))}`, r.pick(['Victoria Island, Lagos 101241', 'Wuse II, Abuja 904101', 'Ikoyi, Lagos 106104', 'Enugu 400001'])],
  KE: (r) => r.chance(0.5) ? [`P.O. Box ${r.int(1000, 99999)}-00100`, 'Nairobi'] : [`${r.pick(['Kindaruma Road', 'Ngong Road', 'Moi Avenue'])}, Apartment ${r.int(1, 9)}${r.upper(1)}`, `${r.pick(['Kilimani', 'Westlands', 'Nyali'])}, ${r.pick(['Nairobi', 'Mombasa'])}`],
  AE: (r) => [`Villa ${r.int(1, 80)}, Street ${r.int(1, 40)}`, `${r.pick(['Al Barsha 2', 'Jumeirah 1', 'Mirdif'])}, Dubai`],
  SG: (r) => [`Blk ${r.int(100, 999)} ${r.pick(['Ang Mo Kio Ave 3', 'Tampines St 21', 'Toa Payoh Lor 4'])}, #${pad(r.int(2, 20))}-${r.int(10, 450)}`, `Singapore ${r.digits(6)}`],
  GR: (r) => [`${r.pick(['Odos Ermou', 'Leoforos Vasilissis Sofias', 'Οδός Τσιμισκή'])} ${r.int(1, 200)}`, `${r.pick(['105 63 Athina', '546 22 Thessaloniki'])}`],
};
const ADDRESS_COUNTRIES = Object.keys(ADDRESSES);

function address(r: CorpusRng, country: string | undefined, multiline: boolean): string {
  const maker = ADDRESSES[country ?? r.pick(ADDRESS_COUNTRIES)] ?? (ADDRESSES.US as AddressMaker);
  const lines = maker(r);
  // Japanese addresses follow the postcode mark with a space, not a comma.
  return lines.join(multiline ? '\n' : lines[0]?.startsWith('〒') ? ' ' : ', ');
}

// ---------------------------------------------------------------------------------------------------
// Dates (of birth, and non-birth look-alikes) in many formats and languages
// ---------------------------------------------------------------------------------------------------

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  EN: L('January|February|March|April|May|June|July|August|September|October|November|December'),
  DE: L('Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'),
  FR: L('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'),
  ES: L('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'),
  PT: L('janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'),
  IT: L('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'),
  NL: L('januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'),
  PL: L('stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'),
  RU: L('января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря'),
  TR: L('Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık'),
  SV: L('januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december'),
};
const ORDINALS = L(
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty first|twenty second|twenty third|twenty fourth|twenty fifth|twenty sixth|twenty seventh|twenty eighth|twenty ninth|thirtieth|thirty first',
);
const UNITS = L('|one|two|three|four|five|six|seven|eight|nine');
const TEENS = L('ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen');
const TENS = L('||twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety');

function twoDigitWords(n: number): string {
  if (n < 10) return UNITS[n] ?? '';
  if (n < 20) return TEENS[n - 10] ?? '';
  const u = UNITS[n % 10] ?? '';
  return `${TENS[Math.floor(n / 10)] ?? ''}${u ? ` ${u}` : ''}`;
}

function yearWords(y: number): string {
  if (y >= 2000) return y === 2000 ? 'two thousand' : y < 2010 ? `two thousand ${UNITS[y - 2000] ?? ''}` : `twenty ${twoDigitWords(y - 2000)}`;
  const lo = y % 100;
  return `nineteen ${lo === 0 ? 'hundred' : lo < 10 ? `oh ${UNITS[lo] ?? ''}` : twoDigitWords(lo)}`;
}

const ordSuffix = (d: number): string => (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

/** Formats a date in a style; styles name a language or a numeric layout. */
function formatDate(r: CorpusRng, y: number, m: number, d: number, style: string): string {
  const mon = (lang: string): string => (MONTHS[lang] ?? MONTHS.EN ?? [])[m - 1] ?? '';
  switch (style) {
    case 'ISO': return `${y}-${pad(m)}-${pad(d)}`;
    case 'US': return r.pick([`${pad(m)}/${pad(d)}/${y}`, `${m}/${d}/${y}`, `${m}/${d}/${String(y).slice(2)}`]);
    case 'EU': return r.pick([`${pad(d)}/${pad(m)}/${y}`, `${d}/${m}/${y}`, `${pad(d)}-${pad(m)}-${y}`]);
    case 'DOT': return `${pad(d)}.${pad(m)}.${y}`;
    case 'EN': return r.pick([
      `${d} ${mon('EN')} ${y}`, `${mon('EN')} ${d}, ${y}`, `${d}${ordSuffix(d)} ${mon('EN')} ${y}`,
      `${d}${ordSuffix(d)} of ${mon('EN')} ${y}`, `${pad(d)}-${mon('EN').slice(0, 3)}-${y}`, `${mon('EN').slice(0, 3)} ${d} ${y}`,
    ]);
    case 'DE': return r.pick([`${d}. ${mon('DE')} ${y}`, `${pad(d)}.${pad(m)}.${y}`]);
    case 'FR': return r.pick([`${d === 1 ? '1er' : d} ${mon('FR')} ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'ES': return r.pick([`${d} de ${mon('ES')} de ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'PT': return r.pick([`${d} de ${mon('PT')} de ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'IT': return r.pick([`${d} ${mon('IT')} ${y}`, `${pad(d)}/${pad(m)}/${y}`]);
    case 'NL': return r.pick([`${d} ${mon('NL')} ${y}`, `${pad(d)}-${pad(m)}-${y}`]);
    case 'PL': return r.pick([`${d} ${mon('PL')} ${y} r.`, `${pad(d)}.${pad(m)}.${y}`]);
    case 'RU': return r.pick([`${d} ${mon('RU')} ${y} г.`, `${pad(d)}.${pad(m)}.${y}`]);
    case 'TR': return r.pick([`${d} ${mon('TR')} ${y}`, `${pad(d)}.${pad(m)}.${y}`]);
    case 'SV': return r.pick([`${d} ${mon('SV')} ${y}`, `${y}-${pad(m)}-${pad(d)}`]);
    case 'JA': case 'ZH': return r.pick([`${y}年${m}月${d}日`, `${y}/${pad(m)}/${pad(d)}`]);
    case 'KO': return r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${pad(m)}.${pad(d)}.`]);
    case 'SPOKEN': return r.pick([`${mon('EN').toLowerCase()} ${ORDINALS[d - 1] ?? ''} ${yearWords(y)}`, `the ${ORDINALS[d - 1] ?? ''} of ${mon('EN').toLowerCase()} ${yearWords(y)}`, `${d} ${mon('EN').toLowerCase()} ${y}`]);
    default: return formatDate(r, y, m, d, r.pick(['ISO', 'US', 'EU', 'DOT', 'EN', 'EN']));
  }
}

function dateOf(r: CorpusRng, style: string, years: readonly [number, number]): string {
  const y = r.int(years[0], years[1]);
  const m = r.int(1, 12);
  const d = r.int(1, m === 2 ? 28 : 30);
  return formatDate(r, y, m, d, style);
}

/** Birth years (adults and children). */
const BIRTH_YEARS = [1938, 2019] as const;
/** Recent years, for appointment, invoice and commit dates. */
const RECENT_YEARS = [2021, 2027] as const;

// ---------------------------------------------------------------------------------------------------
// Unlabelled material: organisations, brands, places, drugs, eponyms, code, and PII look-alikes
// ---------------------------------------------------------------------------------------------------

const NEG_LISTS: Readonly<Record<string, readonly string[]>> = {
  ORG: L('Tallowmere Analytics|Brightforge Labs|Kestrel Freight GmbH|Osprey Dental Group|Quillon Systems|Marrowgate Insurance|Nimbletide|Corvid Health|Bluecairn Capital|Lumenfield Energy|Harrowby Pharmaceuticals|Stillwater Credit Union|Saffron Lane Bakery|Veldtstone Mining|Pennywhistle Toys|Deutsche Bahn|Banco Santander|Rabobank|Monzo|Revolut|Zalando|Mercado Libre|Flipkart|Rakuten|Safaricom|Telefónica|Lufthansa|Qantas|La Poste|Royal Mail|Charité|Médecins Sans Frontières|Decathlon|Carrefour|Atlassian|Halvorsen & Pike LLP|Northgate Orthopaedics|Ironbark Logistics'),
  BRAND: L('IKEA|Spotify|Stripe|Shopify|Samsung|Huawei|Vodafone|Aldi|Lidl|Tesco|Uniqlo|Muji|Netflix|Airbnb|Zoom|Slack|Dropbox|Xiaomi|Nintendo|Lego'),
  PBRAND: L('Ferrari|Porsche|Dell|Ford|Chanel|Gucci|Prada|Hermès|Cadbury|Heinz|Boeing|Siemens|Bosch|Peugeot|Michelin|Nestlé|Dyson|Disney|McDonald\'s|Philips|Calvin Klein|Ralph Lauren|Tommy Hilfiger|Louis Vuitton|Estée Lauder|Hugo Boss|Ted Baker|Marc Jacobs|Vera Wang|Jimmy Choo|Dr. Martens|Ben & Jerry\'s|Marks & Spencer|Sainsbury\'s|Goldman Sachs|Morgan Stanley|Charles Schwab|Wells Fargo|Ernst & Young|Mercedes-Benz|Lamborghini|Kellogg\'s|Johnson & Johnson|Procter & Gamble|Paul Smith|Kate Spade|Tory Burch|Wendy\'s'),
  PLACE: L('Lyon|Rotterdam|Osaka|Busan|Porto Alegre|Guadalajara|Kraków|Gothenburg|Tampere|Mombasa|Abuja|Chennai|Hanoi|Izmir|Valparaíso|Tbilisi|Cork|Graz|Bruges|Thessaloniki|Reykjavík|Da Nang|Kigali|Leipzig|Bilbao'),
  NPLACE: L('Victoria|Charlotte|Florence|Adelaide|Lincoln|Jackson|Austin|Regina|Eugene|Tyler|Augusta|Hamilton|Wellington|Nelson|Darwin|Kingston|Douglas|Madison|Georgetown|Santa Monica|San Jose|St. Louis|Alexandria|Sofia|Marion|Chelsea|Beverly Hills|Mount Isa|Lake Louise|Port Elizabeth'),
  PRODUCT: L('Galaxy Tab S9|ThinkPad X1 Carbon|Kindle Paperwhite|AirPods Pro|Pixel 8a|Model Y|Roomba j7|PlayStation 5|Surface Laptop|Instant Pot Duo|Apple Watch Ultra|Fitbit Charge 6|Nespresso Vertuo|MacBook Air|Steam Deck'),
  DRUG: L('metformin|atorvastatin|Lisinopril|Ozempic|Humira|Keytruda|Zoloft|Eliquis|Xarelto|amoxicillin|Ventolin|Januvia|Lyrica|Trulicity|ibuprofen|paracetamol|Synthroid|levothyroxine|omeprazole|Wegovy|sertraline|Dupixent|prednisolone|Jardiance'),
  EPONYM: L('Crohn\'s disease|Hashimoto\'s thyroiditis|Parkinson\'s disease|Alzheimer\'s disease|Hodgkin lymphoma|Bell\'s palsy|Graves\' disease|Raynaud\'s phenomenon|Addison\'s disease|Barrett\'s oesophagus|Asperger syndrome|Tourette syndrome|Meniere\'s disease|Osgood-Schlatter disease'),
  FOOD: L('Caesar salad|Eggs Benedict|Beef Wellington|Margherita pizza|Granny Smith apples|Peach Melba|Earl Grey tea|Victoria sponge|Bloody Mary|Tom Collins|Pavlova|Nachos|Oysters Rockefeller|Waldorf salad|Lady Grey tea'),
  CLASS: L('PaymentGatewayClient|UserSessionManager|AbstractBeanFactory|HttpRequestHandler|JsonSerializer|OrderRepository|KafkaConsumerGroup|MarkdownRenderer|TokenBucketLimiter|InvoiceLineMapper|AddressNormalizer|RetryPolicyBuilder|CustomerProfileService|LedgerEntryValidator|WebhookDispatcher|SchemaMigrator|GeoFenceIndex|FeatureFlagStore|ConnectionPoolManager|NotificationFanout'),
  FUNC: L('parseInvoiceLines|handleRefund|get_user_by_id|normalizeAddress|validateIban|fetch_orders|computeLuhnDigit|buildCsvExport|resolveTenant|scheduleRetry|serialize_payload|applyDiscount|hydrateSession|to_snake_case|debounceSearch|mergeCustomerRecords|emitAuditEvent|renderTemplate|encodeCursor|useCheckoutForm'),
  ALGO: L('Dijkstra|Kalman filter|Bloom filter|Huffman coding|Levenshtein distance|Fourier transform|Markov chain|Newton-Raphson|Bézier curve|Hamming distance|Voronoi diagram|Floyd-Warshall|Knuth-Morris-Pratt|Fisher-Yates shuffle|Boyer-Moore|Gaussian blur|Bayesian optimisation|Nash equilibrium|Pareto front|Monte Carlo'),
  TOOL: L('Jenkins|Kubernetes|PostgreSQL|Redis|Kafka|Cassandra|Django|Hudson|Grafana|Prometheus|Terraform|Sentry|Elasticsearch|RabbitMQ|Celery|Gradle|Jest|Mockito|Pandas|Flask'),
  STORM: L('Ciarán|Babet|Beryl|Milton|Eunice|Isha|Gloria|Otis'),
  WEEKDAY: L('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'),
  BIC: BICS,
  REL: L('sister|brother|wife|husband|mother|father|daughter|son|partner|neighbour|friend'),
  DEPT: L('cardiology|dermatology|billing|logistics|platform|compliance|radiology|onboarding|payments'),
};

function negative(r: CorpusRng, key: string): string | undefined {
  const list = NEG_LISTS[key];
  if (list) return r.pick(list);
  const year = (): number => r.int(RECENT_YEARS[0], RECENT_YEARS[1]);
  switch (key) {
    case 'ORDER': return r.pick([`#${r.digits(7)}`, `ORD-${r.digits(8)}`, `${r.int(100, 999)}-${r.digits(7)}-${r.digits(7)}`, `A${r.digits(9)}`, `SO${r.digits(6)}`, `${r.digits(10)}`]);
    case 'TICKET': return r.pick([`INC${r.digits(7)}`, `PAY-${r.int(100, 9999)}`, `#${r.int(1000, 99999)}`, `CS-${r.digits(6)}`, `REQ${r.digits(6)}`, `SUP-${r.int(10000, 99999)}`]);
    case 'TRACKING': return r.pick([`1Z${r.alnum(6)}${r.digits(10)}`, `9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `JD01${r.digits(16)}`, `${r.upper(2)}${r.digits(9)}GB`, `3S${r.upper(4)}${r.digits(7)}`, `${r.digits(12)}`]);
    case 'INVOICE': return r.pick([`INV-${year()}-${r.digits(5)}`, `F${year()}/${r.digits(4)}`, `RE-${r.digits(6)}`, `${year()}-INV-${r.digits(4)}`]);
    case 'VERSION': return r.pick([`v${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, `${r.int(1, 20)}.${r.int(0, 12)}.${r.int(0, 9)}-rc.${r.int(1, 5)}`, `${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 30)}+build.${r.digits(4)}`, `${r.int(1, 30)}.${r.int(0, 9)}`, `${r.int(14, 22)}.${r.int(0, 20)}.${r.int(0, 9)} LTS`]);
    case 'TS': {
      const base = `${year()}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
      const time = `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
      return r.pick([`${base}T${time}.${r.digits(3)}Z`, `${base}T${time}+0${r.int(0, 9)}:00`, `${base} ${time},${r.digits(3)}`, `${r.int(170, 179)}${r.digits(10)}`]);
    }
    case 'UUID': return `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
    case 'HASH': return r.hex(40);
    case 'SHA': return r.hex(64);
    case 'SHORTHASH': return r.hex(7);
    case 'HEX': return r.pick([`#${r.hex(6)}`, `#${r.hex(3)}`, `#${r.hex(6).toUpperCase()}`]);
    case 'COORD': {
      const lat = (r.next() * 140 - 70).toFixed(r.int(4, 6));
      const lon = (r.next() * 340 - 170).toFixed(r.int(4, 6));
      return r.pick([`${lat}, ${lon}`, `${lat},${lon}`, `${Math.abs(Number(lat)).toFixed(4)}° ${Number(lat) >= 0 ? 'N' : 'S'}, ${Math.abs(Number(lon)).toFixed(4)}° ${Number(lon) >= 0 ? 'E' : 'W'}`]);
    }
    case 'PRICE': return r.pick([`€${r.int(1, 2)},${r.digits(3)}.00`, `$${r.int(1, 999)}.${r.digits(2)}`, `£${r.int(1, 99)}.${r.digits(2)}`, `¥${r.int(1, 99)},${r.digits(3)}`, `${r.int(1, 9)}.${r.digits(3)},${r.digits(2)} €`, `R$ ${r.int(10, 999)},${r.digits(2)}`, `₹${r.int(1, 99)},${r.digits(3)}`, `CHF ${r.int(10, 400)}.–`, `${r.int(5, 900)} SEK`]);
    case 'QTY': return String(r.int(2, 250));
    case 'DATE': return dateOf(r, r.pick(['ISO', 'US', 'EU', 'DOT', 'EN', 'EN']), RECENT_YEARS);
    case 'TIME': return `${pad(r.int(7, 21))}:${r.pick(['00', '15', '30', '45', '10', '50'])}`;
    case 'MRN': return r.pick([r.digits(8), `${r.upper(2)}${r.digits(7)}`, `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`]);
    case 'PORT': return String(r.int(1024, 65535));
    case 'LINE': return String(r.int(1, 2400));
    case 'PCT': return `${r.int(5, 70)}%`;
    case 'YEAR': return String(r.int(1950, 2024));
    case 'ISBN': return `978-${r.int(0, 9)}-${r.digits(3)}-${r.digits(5)}-${r.int(0, 9)}`;
    case 'REF': return r.pick([`TRX${r.digits(12)}`, `REF/${year()}/${r.digits(6)}`, `${r.upper(3)}${r.digits(9)}`, `E2E-${r.alnum(10)}`]);
    case 'LAST4': return r.digits(4);
    case 'SKU': return r.pick([`SKU-${r.digits(5)}-${r.upper(2)}`, `${r.upper(3)}-${r.digits(4)}`, `X${r.int(100, 999)}${r.upper(1)}`]);
    case 'FLIGHT': return `${r.pick(['LH', 'AF', 'QF', 'EK', 'TK', 'KL', 'NH', 'ET', 'LA'])}${r.int(10, 9999)}`;
    case 'GATE': return `${r.upper(1)}${r.int(1, 60)}`;
    case 'MS': return String(r.int(5, 5000));
    case 'EXP': return `${pad(r.int(1, 12))}/${r.int(27, 32)}`;
    case 'BP': return `${r.int(100, 160)}/${r.int(60, 100)}`;
    case 'DOSE': return `${r.pick([5, 10, 20, 40, 50, 100, 500, 850])} mg`;
    case 'AGE': return String(r.int(19, 88));
    case 'EMPID': return `E${r.digits(6)}`;
    case 'EIN': return `${r.int(10, 99)}-${r.digits(7)}`;
    case 'CUSID': return `cus_${r.alnum(14).toLowerCase()}`;
    case 'ID': return String(r.int(1000, 999_999));
    default: return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// Template filling
// ---------------------------------------------------------------------------------------------------

interface Ctx {
  readonly people: Person[];
  /** One e-mail address per person, so that repeated mentions agree. */
  readonly emails: Map<number, string>;
  /** Cultures to draw people from (first preferred). */
  readonly cultures: readonly string[];
  /** Voice transcript: lower-case everything and drop punctuation from spoken values. */
  readonly voice: boolean;
}

const newCtx = (cultures: readonly string[] = [], voice = false): Ctx => ({ people: [], emails: new Map(), cultures, voice });

/** Person `i` of the document (created on first mention; `female` only applies then). */
function personAt(r: CorpusRng, ctx: Ctx, i: number, female?: boolean): Person {
  while (ctx.people.length <= i) {
    const hint = ctx.cultures.length > 0 && r.chance(0.8) ? r.pick(ctx.cultures) : undefined;
    ctx.people.push(makePerson(r, hint, ctx.people.length === i ? female : undefined));
  }
  return ctx.people[i] as Person;
}

/** Spoken rendering: lower case, no punctuation. */
const spoken = (s: string): string => s.toLowerCase().replace(/[,.;:!?"()]/g, '').replace(/\s+/g, ' ').trim();

const PERSON_KEY = /^(L?)(NAME|FULL|GIVEN|FAMILY|NICK|INIT|REV|UP|EMAIL)(\d?)([FM]?)$/;
const LOCAL_KEY = /^(PHONE|IBAN|ADDR|ADDRM|DOB)_([A-Z0-9]+)$/;

/** Resolves a placeholder to a labelled value or plain text. */
function resolve(r: CorpusRng, key: string, ctx: Ctx): { type?: PiiType; value: string } {
  const pm = PERSON_KEY.exec(key);
  if (pm) {
    const [, lower, what, idx, gender] = pm;
    const p = personAt(r, ctx, idx ? Number(idx) - 1 : 0, gender ? gender === 'F' : undefined);
    if (what === 'EMAIL') {
      const i = idx ? Number(idx) - 1 : 0;
      const cached = ctx.emails.get(i) ?? (r.chance(0.7) ? emailFor(r, p) : emailFor(r, undefined));
      ctx.emails.set(i, cached);
      return { type: 'EMAIL', value: cached };
    }
    let v: string;
    if (what === 'NAME') v = nameForm(r, p, r.weighted(NAME_FORMS));
    else if (what === 'FULL') v = fullName(p);
    else if (what === 'GIVEN') v = p.given;
    else if (what === 'FAMILY') v = p.family;
    else if (what === 'NICK') v = p.nick ?? p.given;
    else if (what === 'REV') v = nameForm(r, p, 'reversed');
    else if (what === 'UP') v = nameForm(r, p, 'upper');
    else v = nameForm(r, p, 'initials');
    if (lower || ctx.voice) v = ctx.voice ? spoken(v) : v.toLowerCase();
    return { type: 'PERSON', value: v };
  }
  const lm = LOCAL_KEY.exec(key);
  if (lm) {
    const [, what, loc = ''] = lm;
    if (what === 'PHONE') {
      if (loc === 'E164') return { type: 'PHONE', value: phone(r, 'e164') };
      if (loc === 'INTL') return { type: 'PHONE', value: phone(r, 'intl') };
      if (loc === 'NAT') return { type: 'PHONE', value: phone(r, 'nat', r.pick(['US', 'GB', 'DE', 'FR', 'IN', 'AU', 'NG', 'BR', 'JP'])) };
      return { type: 'PHONE', value: phone(r, r.chance(0.6) ? 'nat' : 'any', loc) };
    }
    if (what === 'IBAN') return { type: 'IBAN', value: loc === 'E' ? iban(r, undefined, false) : loc === 'P' ? iban(r, undefined, true) : iban(r, loc) };
    if (what === 'ADDR' || what === 'ADDRM') {
      const v = address(r, loc, what === 'ADDRM');
      return { type: 'ADDRESS', value: ctx.voice ? spoken(v) : v };
    }
    const v = dateOf(r, loc, BIRTH_YEARS);
    return { type: 'DOB', value: ctx.voice && loc !== 'SPOKEN' ? v.replace(/,/g, '') : v };
  }
  switch (key) {
    case 'XEMAIL': return { type: 'EMAIL', value: emailFor(r, r.chance(0.5) ? makePerson(r) : undefined) };
    case 'PHONE': return { type: 'PHONE', value: phone(r, 'any') };
    case 'CARD': return { type: 'CARD', value: card(r) };
    case 'IBAN': return { type: 'IBAN', value: iban(r) };
    case 'SSN': return { type: 'NATIONAL_ID', value: ssn(r) };
    case 'IP': return { type: 'IP', value: r.chance(0.7) ? ipv4(r) : ipv6(r) };
    case 'IPV4': return { type: 'IP', value: ipv4(r) };
    case 'IPV6': return { type: 'IP', value: ipv6(r) };
    case 'ADDR': { const v = address(r, undefined, false); return { type: 'ADDRESS', value: ctx.voice ? spoken(v) : v }; }
    case 'ADDRM': return { type: 'ADDRESS', value: address(r, undefined, true) };
    case 'DOB': return { type: 'DOB', value: dateOf(r, ctx.voice ? r.pick(['SPOKEN', 'US', 'EU']) : r.pick(['ISO', 'US', 'EU', 'DOT', 'EN', 'EN']), BIRTH_YEARS) };
    default: {
      const neg = negative(r, key);
      if (neg === undefined) throw new Error(`unknown placeholder {${key}}`);
      return { value: ctx.voice ? neg.toLowerCase() : neg };
    }
  }
}

/** Appends template `t` to `d`, labelling every PII placeholder. */
function fill(r: CorpusRng, d: Doc, t: string, ctx: Ctx): void {
  let last = 0;
  for (const m of t.matchAll(/\{([A-Z0-9_]+)\}/g)) {
    d.t(t.slice(last, m.index));
    const { type, value } = resolve(r, m[1] ?? '', ctx);
    if (type) d.pii(type, value);
    else d.t(value);
    last = m.index + m[0].length;
  }
  d.t(t.slice(last));
}

// ---------------------------------------------------------------------------------------------------
// Sentence pools
// ---------------------------------------------------------------------------------------------------

/** Customer-side sentences with PII (English). */
const CUSTOMER_LINES = L(
  [
    'Hi, this is {NAME}, I placed order {ORDER} last week and nothing has arrived.',
    'My name is {FULL} and I can\'t log in to my {BRAND} account since the {VERSION} update.',
    'Could you add {NAME2} as a second driver on the policy?',
    'I spoke to {GIVEN2F} on the phone yesterday and she said the refund was approved.',
    '{GIVEN} here — following up on ticket {TICKET}.',
    'The parcel was signed for by {NAME2}, who I have never heard of.',
    'Can you send the invoice to my accountant, {NAME2}, at {EMAIL2}?',
    'It\'s registered under my maiden name, {FULLF}.',
    'My son {GIVEN2M} uses the tablet, so the {PRODUCT} purchases were his.',
    'You can reach me at {EMAIL} or on {PHONE}.',
    'Please send the receipt to {EMAIL} instead of my work address.',
    'I changed my login from {XEMAIL} to {EMAIL} in {YEAR}, maybe that is why?',
    'Call me back on {PHONE}, I\'m free after {TIME}.',
    'My mobile number changed to {PHONE} — the old one is gone.',
    'WhatsApp is best: {PHONE_E164}',
    'The courier keeps ringing {PHONE_NAT}, which is my landlord\'s number.',
    'I was charged twice on my card {CARD} for {PRICE}.',
    'Please refund to {CARD} (expires {EXP}), not the gift card.',
    'Card number is {CARD}; I\'ll give you the security code on the phone.',
    'Please send the refund to my IBAN {IBAN}.',
    'Bank details for the reimbursement: {IBAN}, BIC {BIC}.',
    'For the W-9 form: SSN {SSN}.',
    'My social security number is {SSN} if you need it for the credit check.',
    'I\'m connecting from {IP} — is that address blocked on your side?',
    'You flagged a login from {IPV4} at {TIME}; that wasn\'t me.',
    'The router\'s public address is {IPV6} according to the {BRAND} app.',
    'Please ship to {ADDR}.',
    'I moved last month, the new address is {ADDR}.',
    'Delivery address:\n{ADDRM}',
    'My date of birth is {DOB}.',
    'DOB {DOB}, in case you need it to verify me.',
    'I was born on {DOB_EN}, so I should qualify for the senior fare.',
    'Born {DOB} — the age check keeps rejecting me.',
    'My daughter {GIVEN2F} (date of birth {DOB}) needs to be added to the family plan.',
    'thanks {LGIVEN2}, that fixed it!',
    'ok so {LFULL} is the name on the account, sorry for the typo earlier',
    'Please cancel everything booked by {NAME2F}; she left the company.',
    'Ask for {FULL2M} at reception, he has the spare keys.',
    'The booking is for {NAME} and {NAME2}, arriving {WEEKDAY}.',
    'Tried paying with {CARD} twice and got error {TICKET} both times.',
    'new card: {CARD} exp {EXP} — old one ending {LAST4} was cancelled',
    'Charge of {PRICE} on {CARD} on {DATE} is not mine.',
    'Your app blocked me after a login from {IP}; I was at home on {IPV4} the whole time.',
    'VPN exit node was {IPV4}, office gateway is {IPV6}.',
    'I am filing the 1099 — my SSN is {SSN}, my wife\'s is {SSN}.',
    'The tax form shows SSN {SSN}, but the last four should be different.',
  ].join('|'),
);

/** Agent-side sentences (mostly names and look-alikes). */
const AGENT_LINES = L(
  [
    'Thanks for waiting, {GIVEN}. I\'ve escalated {TICKET} to our billing team.',
    'Hi {GIVEN}, {GIVEN2} from {ORG} support here — happy to help.',
    'I\'ve noted that {NAME3} may collect the parcel on your behalf.',
    'Could you confirm the last four digits of the card (ending {LAST4})?',
    'Your replacement {PRODUCT} ships from {PLACE} with tracking {TRACKING}.',
    'I can see order {ORDER} was split into two shipments.',
    'For security, please confirm your date of birth and postcode.',
    'Refunds to cards usually take 3–5 working days; yours is reference {REF}.',
    'My colleague {INIT2} in {DEPT} will call you tomorrow between {TIME} and {TIME}.',
    'Kind regards,\n{GIVEN2}\n{ORG} Customer Care',
    'Will you be home on {WEEKDAY}? The courier can come between {TIME} and {TIME}.',
    'Hope that helps! Grace period for the payment ends {DATE}.',
  ].join('|'),
);

/** Unlabelled sentences full of look-alikes. */
const NEGATIVE_LINES = L(
  [
    'Order {ORDER} shipped from our {PLACE} warehouse on {DATE}.',
    'Tracking number {TRACKING} — estimated delivery {WEEKDAY}.',
    'Invoice {INVOICE} totals {PRICE} for {QTY} units of the {PRODUCT}.',
    'We upgraded {TOOL} to {VERSION} last night.',
    'Build {SHORTHASH} passed at {TS}.',
    'The request id was {UUID}.',
    'Use the accent colour {HEX} for the {BRAND} banner and {HEX} for links.',
    'Pickup point coordinates: {COORD}.',
    'Ticket {TICKET} was merged into {TICKET}.',
    'The {PBRAND} store in {NPLACE} closes at {TIME} on {WEEKDAY}s.',
    'Will the refund reach my {BRAND} account by {WEEKDAY}?',
    'Grace period ends {DATE}, after which a {PRICE} fee applies.',
    'Mark the thread as resolved once {ORG} confirms.',
    'Hope the {PRODUCT} arrives before the weekend.',
    'Prescribed {DRUG} {DOSE} once daily; review in {QTY} days.',
    'History of {EPONYM}; no known drug allergies.',
    'Lunch order: {FOOD} and a flat white, {PRICE}.',
    'Our {ALGO} implementation lives in {CLASS}.{FUNC}().',
    'Storm {STORM} delayed every flight out of {PLACE}.',
    'Flight {FLIGHT} to {NPLACE} boards at gate {GATE} at {TIME}.',
    'Contract {REF} with {ORG} renews on {DATE}.',
    'Card ending {LAST4} was charged {PRICE} at {PBRAND}.',
    'The {ORG} office moved to {NPLACE} in {YEAR}.',
    'Latency p99 was {MS} ms after the {VERSION} rollout.',
    'ISBN {ISBN} is out of stock at {BRAND}.',
    'Set the timeout to {MS} ms and retry {QTY} times.',
    'Frank feedback from the {ORG} pilot: onboarding takes too long.',
    'Rose gold {PRODUCT}, {QTY} in stock, {PRICE} each.',
    'Bill pay is unavailable between {TIME} and {TIME} on {WEEKDAY}.',
    'Summer sale: {PCT} off all {PBRAND} items until {DATE}.',
    'SKU {SKU} replaces {SKU} from catalogue {VERSION}.',
    'Sunny Side Café in {NPLACE} now takes {BRAND} Pay.',
    'Patience, Grace and Hope are the three dorm buildings at the {ORG} campus.',
    'Max upload size is {QTY} MB; see {CLASS} for the limits.',
    'Victoria Station is closed, so take the bus to {PLACE}.',
    'Joy of Cooking and The Art of War are both {PRICE} at {BRAND}.',
    'Dawn dish soap, Heinz beans and a {PRODUCT} came to {PRICE}.',
    'Amber warning for {NPLACE} until {TIME}, {PCT} chance of hail.',
    'Iris scan enrolment opens at {ORG} on {DATE}.',
    'The {PBRAND} handbag was returned under {ORDER}.',
    'Ruby on Rails {VERSION} and {TOOL} {VERSION} are on the approved list.',
    'Ask Siri or Alexa to reorder {PRODUCT} — both work.',
    'Our {DEPT} team uses {ALGO} for the routing engine.',
    'Meeting room Kilimanjaro is booked {TIME}–{TIME}.',
    'Please read section {QTY}.{QTY} of the {ORG} handbook before {WEEKDAY}.',
    'Temperature logged at {COORD}: {QTY} °C.',
    'Jenkins job {TICKET} failed on node build-{QTY}.',
    'The {PRODUCT} firmware {VERSION} fixes the Bluetooth drop.',
    'Hash of the release tarball: {SHA}',
    'Will Power, the new {ORG} fitness app, costs {PRICE} a month.',
  ].join('|'),
);

function negativeSentences(r: CorpusRng, d: Doc, n: number, sep = ' '): void {
  const ctx = newCtx();
  for (let i = 0; i < n; i++) {
    if (d.text && !d.text.endsWith('\n')) d.t(sep);
    fill(r, d, r.pick(NEGATIVE_LINES), ctx);
  }
}

// ---------------------------------------------------------------------------------------------------
// Document generators
// ---------------------------------------------------------------------------------------------------

type Generator = (r: CorpusRng, d: Doc) => void;

/** A support chat of two to five turns. */
const supportChat: Generator = (r, d) => {
  const ctx = newCtx();
  const turns = r.int(2, 5);
  const [cust, agent] = r.pick([['Customer', 'Agent'], ['User', 'Support'], ['Visitor', `${r.pick(NEG_LISTS.ORG ?? [])} Support`], ['Me', 'Bot']] as const);
  const knownSelf = r.chance(0.2);
  for (let i = 0; i < turns; i++) {
    if (i > 0) d.t('\n');
    if (i % 2 === 0) {
      d.t(`${cust}: `);
      fill(r, d, r.pick(CUSTOMER_LINES), ctx);
      if (r.chance(0.35)) {
        d.t(' ');
        fill(r, d, r.pick(NEGATIVE_LINES), ctx);
      }
    } else {
      d.t(`${agent}: `);
      fill(r, d, r.pick(AGENT_LINES), ctx);
    }
  }
  if (knownSelf && ctx.people[0]) d.knownNames.push(fullName(ctx.people[0]));
};

/** A short message: one or two PII sentences with zero to two look-alike sentences. */
const shortMessage: Generator = (r, d) => {
  const ctx = newCtx();
  const parts: string[] = [...Array.from({ length: r.int(1, 2) }, () => r.pick(CUSTOMER_LINES)), ...Array.from({ length: r.int(0, 2) }, () => r.pick(NEGATIVE_LINES))];
  for (let i = parts.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [parts[i], parts[j]] = [parts[j] as string, parts[i] as string];
  }
  parts.forEach((p, i) => {
    if (i > 0) d.t(r.chance(0.3) ? '\n' : ' ');
    fill(r, d, p, ctx);
  });
};

const CLINIC_HEADERS = L('CLINIC NOTE|Outpatient Consultation|Discharge Summary|Telehealth Visit|Referral Letter|Nursing Handover');

/** A clinical note: header fields, SOAP-ish body with drugs and eponyms, next of kin. */
const clinicalNote: Generator = (r, d) => {
  const ctx = newCtx();
  const rows: string[] = [];
  rows.push(`${r.pick(CLINIC_HEADERS)} — ${r.pick(['Corvid Health', 'Northgate Orthopaedics', 'Osprey Dental Group', 'St Brigid\'s Hospital', 'Charité'])}`);
  rows.push(r.pick(['Patient: {FULL}', 'Pt: {NAME}', 'Name: {REV}', 'Patient name: {FULL}']) + r.pick(['    DOB: {DOB}', '  (d.o.b. {DOB})', ', born {DOB_EN}', '    Date of birth: {DOB}']) + r.pick(['    MRN: {MRN}', '  NHS no. {MRN}', '']));
  if (r.chance(0.6)) rows.push(r.pick(['Address: {ADDR}', 'Home address: {ADDR}', 'Lives at {ADDR} with {REL}.']));
  if (r.chance(0.6)) rows.push(r.pick(['Phone: {PHONE}', 'Contact no.: {PHONE}', 'Mobile {PHONE}; email {EMAIL}']));
  rows.push(r.pick(['Seen by: Dr. {FAMILY2}', 'Clinician: {INIT2}, {DEPT}', 'Referred by: Dr {FULL2} (GP)', 'Attending: {NAME2}, MD']));
  rows.push(
    r.pick([
      'S: {AGE}yo presenting with fatigue and joint pain. Hx of {EPONYM}. Currently on {DRUG} {DOSE} daily.',
      'Hx: {EPONYM} dx {YEAR}; {DRUG} {DOSE} bd, {DRUG} {DOSE} nocte.',
      'Presenting complaint: chest tightness on exertion. Family history of {EPONYM}.',
      'Reason for visit: follow-up after starting {DRUG}; tolerating well.',
    ]),
  );
  rows.push(r.pick(['O: BP {BP}, HR {AGE}, SpO2 98%, T 37.2°C.', 'Obs: BP {BP}; weight {QTY} kg.', 'Exam unremarkable. BP {BP}.']));
  rows.push(r.pick(['A/P: continue {DRUG}; recheck bloods on {DATE}.', 'Plan: switch to {DRUG} {DOSE}; review in clinic {DATE} at {TIME}.', 'Plan: refer to {DEPT}; ECG booked for {WEEKDAY}.']));
  if (r.chance(0.5)) rows.push(r.pick(['Next of kin: {NAME3} ({REL}), {PHONE}', 'NOK: {FULL3} — {REL} — {PHONE}', 'Accompanied by {REL} {GIVEN3}.']));
  if (r.chance(0.3)) rows.push(r.pick(['Insurance member SSN: {SSN}', 'Patient SSN {SSN} on file (US insurer).']));
  if (r.chance(0.3)) rows.push(r.pick(['Mrs {FAMILY3F} (DOB {DOB}) attended with her daughter {GIVEN4F}.', 'Discussed with {GIVEN2} from pharmacy re {DRUG} interaction with {DRUG}.']));
  fill(r, d, rows.join('\n'), ctx);
};

const BANK_TEMPLATES = L(
  [
    'Dear {TITLE} {FAMILY},\nWe received a transfer of {PRICE} from {FULL2} (IBAN {IBAN}) on {DATE}. Reference: {REF}.\nIf you do not recognise this payment, call us on {PHONE} quoting case {TICKET}.\n{ORG} Fraud Team',
    'Your card {CARD} was used at {PBRAND} {NPLACE} for {PRICE} on {DATE} at {TIME}. Not you? Reply NO or call {PHONE_INTL}.',
    'Standing order created: pay {FULL2}, IBAN {IBAN}, {PRICE} monthly from {DATE}.',
    'Account holder: {FULL}\nIBAN: {IBAN}\nBIC: {BIC}\nAddress: {ADDR}',
    'Direct debit mandate {REF} for {ORG}: debtor {FULL}, account {IBAN_E}, signed {DATE}.',
    'Hi {GIVEN}, your new card ending {LAST4} is on its way to {ADDR}. Activate it in the {ORG} app.',
    'Payee added: {NAME2}, {IBAN_P}. If this wasn\'t you, freeze your card now.',
    'Dear {FULL},\nthe SEPA credit transfer to {IBAN} (beneficiary: {FULL2}) was returned by the receiving bank (reason AC04, closed account).\nAmount: {PRICE}\nEnd-to-end id: {REF}',
    'KYC update needed: please confirm your date of birth ({DOB}) and registered address {ADDR}.',
    'Virtual card issued for {FULL}: {CARD}, valid thru {EXP}. Merchant lock: {BRAND}.',
    'Wire received from {ORG}: {PRICE}, ordering customer {FULL2}, account {IBAN}.',
    'Chargeback {TICKET} opened on {CARD} for {PRICE} ({PBRAND}, {DATE}).',
    'Card replaced. Old card {CARD} is blocked; new card {CARD} arrives at {ADDR} within {QTY} days.',
    'Apple Pay token added for card {CARD} on {PRODUCT}. Device account number ends {LAST4}.',
    'Declined: {PRICE} at {BRAND} with card {CARD} (insufficient funds). Balance {PRICE}.',
  ].join('|'),
);

const bankMessage: Generator = (r, d) => {
  const ctx = newCtx();
  const t = r.pick(BANK_TEMPLATES).replace('{TITLE}', r.pick(['Ms', 'Mr', 'Mx', 'Dr']));
  fill(r, d, t, ctx);
  if (r.chance(0.4)) negativeSentences(r, d, 1, '\n');
};

// --- coding-assistant sessions ---------------------------------------------------------------------

const COMMIT_MSGS = L(
  'fix(billing): guard {FUNC} against empty {CLASS}|feat: add {ALGO} to route planner|chore(deps): bump {TOOL} to {VERSION}|refactor {CLASS} into smaller services|revert "{FUNC}: cache results" (breaks {TICKET})|docs: explain {FUNC} retries|test: cover {CLASS} edge cases for {TICKET}',
);

function gitDate(r: CorpusRng): string {
  const mon = (MONTHS.EN ?? [])[r.int(0, 11)]?.slice(0, 3) ?? 'Jan';
  return `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${mon} ${r.int(1, 28)} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} ${r.int(2023, 2026)} ${r.pick(['+0100', '+0000', '-0500', '+0900', '+0530', '+0200'])}`;
}

const gitLog: Generator = (r, d) => {
  const ctx = newCtx();
  fill(r, d, r.pick(['Why did this break the build?', 'Can you summarise these commits for the changelog?', 'Who touched {CLASS} last?', 'git log output:']) + '\n```\n', ctx);
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const who = `${i + 1}`;
    const author = i === 0 ? '' : who;
    fill(r, d, `commit {HASH}\nAuthor: {FULL${author}} <{EMAIL${author}}>\nDate:   ${gitDate(r)}\n\n    ${r.pick(COMMIT_MSGS)}\n`, ctx);
    if (r.chance(0.3)) fill(r, d, `\n    Co-authored-by: {FULL${Math.min(i + 2, 3)}} <{EMAIL${Math.min(i + 2, 3)}}>\n`, ctx);
    if (r.chance(0.2)) fill(r, d, `    Signed-off-by: {FULL${author}} <{EMAIL${author}}>\n`, ctx);
    d.t('\n');
  }
  if (r.chance(0.4)) fill(r, d, '$ git blame -L {LINE},+1 src/{FUNC}.ts\n{SHORTHASH} ({FULL2} ' + `${r.int(2023, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0100` + ' {LINE})   return {FUNC}(input);\n', ctx);
  if (r.chance(0.3)) fill(r, d, '$ git shortlog -sn\n    {QTY}\t{FULL}\n    {QTY}\t{FULL2}\n', ctx);
  d.t('```');
};

const stackTrace: Generator = (r, d) => {
  const ctx = newCtx();
  const kind = r.int(0, 3);
  if (kind === 0) {
    fill(r, d, 'Getting this in prod:\n```\nException in thread "main" com.tallowmere.billing.ValidationException: invalid email "{EMAIL}" for customer {ID}\n\tat com.tallowmere.billing.{CLASS}.{FUNC}({CLASS}.java:{LINE})\n\tat com.tallowmere.billing.{CLASS}.handle({CLASS}.java:{LINE})\n\tat java.base/java.lang.Thread.run(Thread.java:{LINE})\n```\nVersion {VERSION}, request {UUID}.', ctx);
  } else if (kind === 1) {
    fill(r, d, 'Traceback (most recent call last):\n  File "/srv/app/services/{FUNC}.py", line {LINE}, in {FUNC}\n    customer = repo.get(phone="{PHONE}")\n  File "/srv/app/repo.py", line {LINE}, in get\n    raise LookupError(f"no customer {name!r}")\nLookupError: no customer \'{FULL}\'\n\nany idea why {FUNC} can\'t find them? The row exists.', ctx);
  } else if (kind === 2) {
    fill(r, d, 'ERROR: duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=({EMAIL}) already exists.\nCONTEXT:  SQL statement in {FUNC}() at {TS}\nHINT: {CLASS} retries {QTY} times before giving up.', ctx);
  } else {
    fill(r, d, 'TypeError: Cannot read properties of undefined (reading \'{FUNC}\')\n    at {CLASS}.render (webpack:///src/components/{CLASS}.tsx:{LINE}:{QTY})\n    at processChild (node_modules/react-dom/cjs/react-dom-server.node.development.js:{LINE}:{QTY})\n\nstate at crash: {"user":"{FULL}","ip":"{IP}","cart":"{SKU}"}', ctx);
  }
};

/** A JSON customer record with a random subset of fields. */
const jsonSnippet: Generator = (r, d) => {
  const ctx = newCtx();
  const p = personAt(r, ctx, 0);
  fill(r, d, r.pick(['Here is the payload that fails schema validation:', 'Why does {FUNC} reject this?', 'Sample record from the {DEPT} export:']) + '\n```json\n{\n', ctx);
  const fields: Array<() => void> = [];
  fields.push(() => fill(r, d, '  "id": "{CUSID}"', ctx));
  if (r.chance(0.5)) {
    fields.push(() => { d.t('  "firstName": "'); d.pii('PERSON', p.given); d.t('"'); });
    fields.push(() => { d.t('  "lastName": "'); d.pii('PERSON', p.family); d.t('"'); });
  } else {
    fields.push(() => {
      d.t(`  "${r.pick(['name', 'full_name', 'displayName', 'holder'])}": "`);
      d.pii('PERSON', nameForm(r, p, r.pick<NameForm>(['full', 'full', 'initials', 'middle', 'reversed', 'upper', 'lower'])));
      d.t('"');
    });
  }
  if (r.chance(0.8)) fields.push(() => fill(r, d, '  "email": "{EMAIL}"', ctx));
  if (r.chance(0.6)) fields.push(() => fill(r, d, '  "phone": "{PHONE}"', ctx));
  if (r.chance(0.5)) fields.push(() => fill(r, d, `  "${r.pick(['dob', 'birthDate', 'date_of_birth'])}": "{DOB_ISO}"`, ctx));
  if (r.chance(0.4)) fields.push(() => fill(r, d, '  "address": "{ADDR}"', ctx));
  if (r.chance(0.3)) fields.push(() => fill(r, d, '  "iban": "{IBAN_E}"', ctx));
  if (r.chance(0.3)) fields.push(() => fill(r, d, '  "last_ip": "{IP}"', ctx));
  if (r.chance(0.2)) fields.push(() => fill(r, d, '  "ssn": "{SSN}"', ctx));
  if (r.chance(0.25)) fields.push(() => fill(r, d, '  "card": { "number": "{CARD}", "exp": "{EXP}", "brand": "visa" }', ctx));
  fields.push(() => fill(r, d, '  "createdAt": "{TS}"', ctx));
  fields.push(() => fill(r, d, '  "plan": "{PRODUCT}", "theme": "{HEX}", "version": "{VERSION}"', ctx));
  fields.forEach((f, i) => {
    if (i > 0) d.t(',\n');
    f();
  });
  d.t('\n}\n```');
};

/** A CSV export (header plus rows). */
const csvSnippet: Generator = (r, d) => {
  const ctx = newCtx();
  const cols = r.pick([
    ['id', 'name', 'email', 'phone', 'signup_date'],
    ['customer_id', 'full_name', 'dob', 'city', 'plan'],
    ['employee', 'email', 'ssn', 'start_date'],
    ['ts', 'user', 'ip', 'action'],
    ['account_holder', 'iban', 'amount', 'reference'],
  ]);
  fill(r, d, r.pick(['Can you dedupe this CSV?', 'Pandas reads this file with the wrong dtypes:', 'Export from the {DEPT} dashboard:']) + '\n```csv\n' + cols.join(',') + '\n', ctx);
  const rows = r.int(2, 4);
  for (let i = 0; i < rows; i++) {
    const p = makePerson(r);
    const cells: Array<() => void> = cols.map((c) => () => {
      switch (c) {
        case 'name': case 'full_name': case 'account_holder': case 'employee': {
          const v = nameForm(r, p, r.pick<NameForm>(['full', 'full', 'reversed', 'initials']));
          if (v.includes(',')) { d.t('"'); d.pii('PERSON', v); d.t('"'); } else d.pii('PERSON', v);
          return;
        }
        case 'user': d.pii('EMAIL', emailFor(r, p)); return;
        case 'email': d.pii('EMAIL', emailFor(r, p)); return;
        case 'phone': d.pii('PHONE', phone(r, r.pick<PhoneStyle>(['e164', 'intl']))); return;
        case 'dob': d.pii('DOB', dateOf(r, 'ISO', BIRTH_YEARS)); return;
        case 'ssn': d.pii('NATIONAL_ID', ssn(r)); return;
        case 'ip': d.pii('IP', r.chance(0.7) ? ipv4(r) : ipv6(r)); return;
        case 'iban': d.pii('IBAN', iban(r, undefined, false)); return;
        case 'id': case 'customer_id': d.t(String(r.int(1000, 99999))); return;
        case 'signup_date': case 'start_date': d.t(dateOf(r, 'ISO', RECENT_YEARS)); return;
        case 'ts': d.t(negative(r, 'TS') ?? ''); return;
        case 'city': d.t(r.pick([...(NEG_LISTS.PLACE ?? []), ...(NEG_LISTS.NPLACE ?? [])]).replace(',', '')); return;
        case 'plan': d.t(r.pick(['free', 'pro', 'team', 'enterprise'])); return;
        case 'action': d.t(r.pick(['login', 'logout', 'export', 'password_reset'])); return;
        case 'amount': d.t(`${r.int(1, 9999)}.${r.digits(2)}`); return;
        default: d.t(negative(r, 'REF') ?? ''); return;
      }
    });
    cells.forEach((c, j) => {
      if (j > 0) d.t(',');
      c();
    });
    d.t('\n');
  }
  d.t('```');
};

const serverLog: Generator = (r, d) => {
  const ctx = newCtx();
  fill(r, d, r.pick(['These lines look suspicious, are we being scanned?', 'nginx + app logs around the incident:', 'Auth log from bastion-{QTY}:']) + '\n```\n', ctx);
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) {
    fill(
      r,
      d,
      r.pick([
        '{IP} - - [' + `${pad(r.int(1, 28))}/Mar/2026:${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0000` + '] "GET /api/v2/orders/{ID} HTTP/1.1" 200 {MS} "-" "Mozilla/5.0 (X11; Linux x86_64)"',
        '{TS} sshd[{PORT}]: Failed password for invalid user admin from {IPV4} port {PORT} ssh2',
        '{TS} INFO  [{CLASS}] user={EMAIL} ip={IP} placed order {ORDER}',
        '{TS} WARN  [{CLASS}] rate limit hit for client [{IPV6}]:{PORT} (bucket {UUID})',
        '{TS} DEBUG [{CLASS}] {FUNC} took {MS}ms, cache=hit, version={VERSION}',
        '{TS} INFO  mail sent to {EMAIL} via smtp-relay {IPV4}:{PORT}',
        '{TS} ERROR [{CLASS}] payment declined for card {CARD} (issuer timeout, trace {HASH})',
      ]) + '\n',
      ctx,
    );
  }
  d.t('```');
};

const sqlSnippet: Generator = (r, d) => {
  const ctx = newCtx();
  fill(
    r,
    d,
    r.pick([
      'Is this migration seed safe to commit?\n```sql\nINSERT INTO customers (full_name, email, phone, dob) VALUES\n  (\'{FULL}\', \'{EMAIL}\', \'{PHONE}\', \'{DOB_ISO}\'),\n  (\'{FULL2}\', \'{EMAIL2}\', \'{PHONE}\', \'{DOB_ISO}\');\n```',
      'Slow query:\n```sql\nSELECT * FROM orders o JOIN customers c ON c.id = o.customer_id\nWHERE c.email = \'{EMAIL}\' AND o.created_at > \'{TS}\';\n```\nEXPLAIN says seq scan on {CLASS}.',
      '```sql\nUPDATE payouts SET iban = \'{IBAN_E}\', holder = \'{FULL}\' WHERE id = {ID};\n```\nshould I wrap this in a transaction?',
    ]),
    ctx,
  );
};

const codeReview: Generator = (r, d) => {
  const ctx = newCtx();
  fill(
    r,
    d,
    r.pick([
      'In `{CLASS}.{FUNC}()` we log `customer.email`, which leaked {EMAIL} into {TOOL}. Can you add a scrubber?',
      'Reviewer {GIVEN} asked me to rename {FUNC} to {FUNC}; {GIVEN2} disagrees. Thoughts?',
      'The fixture in tests/{FUNC}.spec.ts hardcodes {FULL}, {PHONE} and {ADDR} — replace with fakes?',
      'Pair-programming notes ({DATE}): {GIVEN} and {GIVEN2} split {CLASS}; {INIT3} owns {ALGO} tuning.',
      '@{LGIVEN} can you rebase onto {SHORTHASH}? {TOOL} {VERSION} broke the {CLASS} tests.',
      'TODO({LGIVEN}): remove the hardcoded test IP {IPV4} from {CLASS} before release {VERSION}.',
      'const DEFAULT_THEME = "{HEX}"; // picked by {GIVEN} from the {PBRAND} style guide',
    ]),
    ctx,
  );
  if (r.chance(0.4)) negativeSentences(r, d, 1, '\n');
};

const codingSession: Generator = (r, d) => r.weighted<Generator>([[gitLog, 4], [stackTrace, 3], [jsonSnippet, 4], [csvSnippet, 3], [serverLog, 3], [sqlSnippet, 2], [codeReview, 3]])(r, d);

// --- forwarded e-mails -----------------------------------------------------------------------------

const EMAIL_BODIES = L(
  [
    'Hi {GIVEN2},\n\nplease see below — {GIVEN3} asked whether we can move the {ORG} review to {WEEKDAY}.\n\nThanks,\n{GIVEN}',
    'Dear {FULL2},\n\nAttached is invoice {INVOICE} for {PRICE}. Payment to {IBAN} within 30 days, please.\n\nBest regards,\n{FULL}',
    'Hi all,\n\nthe new starter is {FULL3F}; her desk phone will be {PHONE}. Laptop asset {SKU} is ready.\n\n{GIVEN}',
    'Hello,\n\nMy new address from {DATE} is:\n{ADDRM}\n\nCheers, {NICK}',
    '{GIVEN2} — can you check why {CLASS} rejects {XEMAIL}? Customer is getting angry.\n\n{INIT}',
    'Hi {GIVEN2},\nthe courier ({PBRAND} order {ORDER}) needs a phone number for {FULL3}: {PHONE}.\nta, {GIVEN}',
  ].join('|'),
);

const forwardedEmail: Generator = (r, d) => {
  const ctx = newCtx();
  const dateLine = `${r.pick(['Tue', 'Wed', 'Thu', 'Fri'])}, ${r.int(1, 28)} ${(MONTHS.EN ?? [])[r.int(0, 11)] ?? 'March'} 2026 at ${pad(r.int(7, 20))}:${pad(r.int(0, 59))}`;
  if (r.chance(0.5)) fill(r, d, r.pick(['FYI, see below.\n\n', 'Can you handle this one? Forwarding.\n\n', 'fwd — thoughts?\n\n']), ctx);
  fill(r, d, `---------- Forwarded message ---------\nFrom: {FULL} <{EMAIL}>\nDate: ${dateLine}\nSubject: ${r.pick(['Re: invoice', 'Onboarding', 'Change of address', 'Urgent: {TICKET}', 'Delivery', 'Q3 figures'])}\nTo: {FULL2} <{EMAIL2}>\n`, ctx);
  if (r.chance(0.4)) fill(r, d, 'Cc: {NAME3} <{EMAIL3}>\n', ctx);
  d.t('\n');
  fill(r, d, r.pick(EMAIL_BODIES), ctx);
  if (r.chance(0.5)) {
    fill(r, d, r.pick([
      '\n\n--\n{FULL}\n{DEPT} lead, {ORG}\nT: {PHONE} | M: {PHONE}\n{ADDR}',
      '\n\n{FULL} | {ORG}\n{PHONE_INTL}',
      '\n\nSent from my {PRODUCT}',
    ]), ctx);
  }
};

// --- voice transcripts -----------------------------------------------------------------------------

const VOICE_LINES = L(
  [
    'agent thank you for calling {ORG} my name is {GIVEN2} can i take your full name please',
    'caller yeah hi its {FULL} i am calling about a charge on my card {CARD}',
    'caller my name is {NAME} and i need to update my address',
    'agent can you confirm your date of birth for me caller its {DOB_SPOKEN}',
    'caller date of birth {DOB} yeah',
    'caller the new address is {ADDR} and my number is {PHONE_NAT}',
    'caller so um i spoke with {NAME2F} last week and she said the {PRODUCT} would be replaced',
    'caller my social is {SSN}',
    'caller you can email me at {EMAIL}',
    'agent and whats the best number to reach you caller {PHONE}',
    'caller its for my mum {FULL2F} she was born {DOB_SPOKEN}',
    'caller can you send the refund to {IBAN} thats my account',
    'agent okay i have {LFULL} at {ADDR} is that right caller yes thats me',
    'caller right so the order number is {ORDER} uh and the tracking says {NPLACE}',
    'agent i can see the payment from {PBRAND} for {PRICE} on {WEEKDAY}',
    'caller i think my son {GIVEN3M} set up the {BRAND} account on my phone',
  ].join('|'),
);

const voiceTranscript: Generator = (r, d) => {
  const ctx = newCtx([], true);
  const n = r.int(2, 5);
  if (r.chance(0.4)) d.t(`[call recording ${r.digits(6)} transcript]\n`);
  for (let i = 0; i < n; i++) {
    if (i > 0) d.t(r.chance(0.5) ? '\n' : ' ');
    fill(r, d, r.pick(VOICE_LINES), ctx);
  }
};

// --- messages in other languages -------------------------------------------------------------------

interface LocalTemplate {
  readonly t: string;
  readonly c: readonly string[];
}

const LOCAL_TEMPLATES: readonly LocalTemplate[] = [
  { c: ['de'], t: 'Hallo, hier ist {FULL}. Meine neue Adresse lautet {ADDR_DE}. Geburtsdatum: {DOB_DE}. Bitte überweisen Sie die Erstattung auf {IBAN_DE}.' },
  { c: ['de'], t: 'Sehr geehrte Damen und Herren,\nich bin am {DOB_DE} geboren und wohne in der {ADDR_DE}. Rückruf gern unter {PHONE_DE}.\nMit freundlichen Grüßen\n{FULL}' },
  { c: ['de'], t: 'Moin {GIVEN2}, kannst du {FULL} wegen Bestellung {ORDER} zurückrufen? Nummer: {PHONE_DE}. Danke, {GIVEN}' },
  { c: ['de'], t: 'Kontoinhaberin: {FULL}\nIBAN: {IBAN_AT}\nAnschrift:\n{ADDRM_AT}' },
  { c: ['fr'], t: 'Bonjour, je m\'appelle {FULLF}, née le {DOB_FR}. Mon adresse : {ADDR_FR}. Vous pouvez me joindre au {PHONE_FR} ou par mail à {EMAIL}.' },
  { c: ['fr'], t: 'Madame, Monsieur,\nveuillez trouver mon RIB : {IBAN_FR}. Titulaire : {UP}.\nCordialement,\n{GIVEN} {FAMILY}' },
  { c: ['fr'], t: 'Salut {GIVEN2} ! {GIVEN3} a changé de numéro : {PHONE_FR}. Son nouvel appart : {ADDR_BE}.' },
  { c: ['es'], t: 'Hola, soy {FULL}. Fecha de nacimiento: {DOB_ES}. Mi dirección es {ADDR_ES} y mi móvil {PHONE_ES}.' },
  { c: ['es'], t: 'Buenas tardes, el titular de la cuenta es {FULL2}, IBAN {IBAN_ES}. Nació el {DOB_ES}. Saludos, {GIVEN}.' },
  { c: ['es'], t: 'Hola {GIVEN2}, te escribo por el pedido {ORDER}. Envíalo a {ADDR_MX}, por favor. Mi cel: {PHONE_MX}.' },
  { c: ['pt'], t: 'Olá, meu nome é {FULLM}, nascido em {DOB_PT}. Endereço: {ADDR_BR}. Telefone {PHONE_BR}.' },
  { c: ['pt'], t: 'Bom dia, {GIVEN2}! O reembolso deve ir para {IBAN_PT} em nome de {FULL}. Morada: {ADDR_PT}.' },
  { c: ['it'], t: 'Buongiorno, sono {FULLF}, nata il {DOB_IT}. Indirizzo: {ADDR_IT}. IBAN per il rimborso: {IBAN_IT}.' },
  { c: ['it'], t: 'Ciao {GIVEN2}, il corriere cerca {FULL3} al numero {PHONE_IT}. Grazie! {GIVEN}' },
  { c: ['de'], t: 'Hoi, ik ben {FULL}, geboren op {DOB_NL}. Mijn adres is {ADDR_NL}. Bel me op {PHONE_NL}. Rekening: {IBAN_NL}.' },
  { c: ['sl'], t: 'Dzień dobry, nazywam się {FULL}, data urodzenia {DOB_PL}. Adres: {ADDR_PL}. Numer konta: {IBAN_PL}. Tel. {PHONE_PL}.' },
  { c: ['ja-Jpan'], t: '{FULL}と申します。生年月日は{DOB_JA}です。住所は{ADDR_JP}、電話番号は{PHONE_JP}です。' },
  { c: ['ja', 'ja-Jpan'], t: 'お世話になっております。{FAMILY}です。配送先：{ADDR_JP}\n連絡先：{PHONE_JP}／{EMAIL}' },
  { c: ['ru-Cyrl'], t: 'Здравствуйте, меня зовут {FULL}, дата рождения {DOB_RU}. Адрес: {ADDR_RU}. Телефон {PHONE_RU}.' },
  { c: ['tr'], t: 'Merhaba, ben {FULL}. Doğum tarihim {DOB_TR}. Adresim {ADDR_TR}, telefonum {PHONE_TR}. IBAN: {IBAN_TR}' },
  { c: ['ko-Kore'], t: '안녕하세요, {FULL}입니다. 생년월일은 {DOB_KO}이고 주소는 {ADDR_KR}입니다. 연락처 {PHONE_KR}' },
  { c: ['zh-Hans'], t: '您好，我是{FULL}，出生日期：{DOB_ZH}，地址：{ADDR_CN}，手机：{PHONE_CN}。' },
  { c: ['zh', 'zh-Hans'], t: '请把发票寄给{FULL}，邮箱 {EMAIL}，电话 {PHONE_CN}。订单号 {ORDER}。' },
  { c: ['no'], t: 'Hej, jag heter {FULL}, född {DOB_SV}. Adress: {ADDR_SE}. Ring mig på {PHONE_SE}. IBAN {IBAN_SE}.' },
  { c: ['el', 'el-Grek'], t: 'Καλησπέρα, είμαι ο/η {FULL}. Τηλέφωνο: {PHONE_GR}. Διεύθυνση: {ADDR_GR}. IBAN: {IBAN_GR}.' },
  { c: ['ar', 'ar-Arab'], t: 'مرحباً، أنا {FULL}. رقم هاتفي {PHONE_AE} وعنواني {ADDR_AE}. IBAN: {IBAN_AE}' },
  { c: ['he', 'he-Hebr'], t: 'שלום, שמי {FULL}. הטלפון שלי {PHONE_E164}. IBAN {IBAN_IL}.' },
  { c: ['in', 'hi-Deva'], t: 'Namaste, I am {FULL} from {ADDR_IN}. Mobile {PHONE_IN}, DOB {DOB_EU}.' },
  { c: ['ng'], t: 'Good afternoon, my name is {FULL}, I stay at {ADDR_NG}. My line is {PHONE_NG}, date of birth {DOB_EU}.' },
  { c: ['ea'], t: 'Habari, I am {FULL}. Send the M-Pesa receipt to {PHONE_KE}; postal address {ADDR_KE}.' },
  { c: ['za'], t: 'Howzit, {FULL} here. Deliver to {ADDR_ZA}, call {PHONE_ZA} when you\'re at the gate.' },
  { c: ['pac'], t: 'Kia ora, {FULL} here. New address: {ADDR_NZ}. Ph {PHONE_NZ}.' },
  { c: ['ph'], t: 'Hello po, {FULL} po ito. Pakideliver sa {ADDR_SG} — {PHONE_PH}. Salamat po!' },
  { c: ['vi'], t: 'Chào anh, em là {FULL}, sinh ngày {DOB_EU}. Số điện thoại {PHONE_VN}.' },
  { c: ['ga'], t: 'Dia dhuit, {FULL} anseo. My new address is {ADDR_IE}, phone {PHONE_IE}.' },
  { c: ['sl'], t: 'Dobrý den, jmenuji se {FULLF}, narozena {DOB_DOT}. Adresa: {ADDR_CZ}. IBAN {IBAN_CZ}.' },
];

const localMessage: Generator = (r, d) => {
  const tpl = r.pick(LOCAL_TEMPLATES);
  const ctx = newCtx(tpl.c);
  fill(r, d, tpl.t, ctx);
  if (r.chance(0.3)) negativeSentences(r, d, 1, '\n');
};

// --- forms and records -----------------------------------------------------------------------------

const FORMS: ReadonlyArray<{ readonly title: string; readonly rows: readonly string[] }> = [
  {
    title: 'NEW HIRE ONBOARDING — {ORG}',
    rows: ['Legal name: {FULL}', 'Preferred name: {NICK}', 'Date of birth: {DOB}', 'SSN: {SSN}', 'Home address: {ADDR_US}', 'Personal email: {EMAIL}', 'Mobile: {PHONE_US}', 'Emergency contact: {FULL2} ({REL}), {PHONE}', 'Start date: {DATE}', 'Employee ID: {EMPID}', 'Laptop asset tag: {SKU}'],
  },
  {
    title: 'Hotel registration card',
    rows: ['Guest: {REV}', 'Nationality / DOB: {DOB}', 'Home address: {ADDR}', 'E-mail: {EMAIL}', 'Tel: {PHONE_INTL}', 'Arrival: {DATE}   Room: {QTY}', 'Card on file: {CARD}', 'Accompanying guest: {NAME2}'],
  },
  {
    title: 'Insurance claim form',
    rows: ['Policyholder: {FULL}', 'Policy no.: {REF}', 'Date of birth: {DOB}', 'Address: {ADDR}', 'Phone: {PHONE}', 'Incident date: {DATE} at {TIME}', 'Location: {COORD}', 'Third party: {NAME2}, {PHONE}', 'Payout account: {IBAN}'],
  },
  {
    title: 'School enrolment — {ORG} Academy',
    rows: ['Child: {FULL}', 'Born: {DOB_EN}', 'Parent/guardian: {FULL2}', 'Parent email: {EMAIL2}', 'Parent phone: {PHONE}', 'Home address:\n{ADDRM}', 'Allergies: none; asthma (uses {DRUG})', 'Start term: {DATE}'],
  },
  {
    title: 'Rental application',
    rows: ['Applicant: {NAME}', 'DOB: {DOB}', 'SSN: {SSN}', 'Current address: {ADDR_US}', 'Employer: {ORG} (since {YEAR})', 'Monthly income: {PRICE}', 'Reference: {FULL2}, {PHONE_US}', 'Pets: 1 cat'],
  },
  {
    title: 'Gym membership',
    rows: ['Member: {FULL}', 'Member no.: {EMPID}', 'Geburtsdatum / DOB: {DOB_DOT}', 'IBAN (SEPA mandate): {IBAN}', 'E-mail: {EMAIL}', 'Referred by: {NAME2}'],
  },
];

const formRecord: Generator = (r, d) => {
  const ctx = newCtx();
  const form = r.pick(FORMS);
  const rows = form.rows.filter(() => r.chance(0.8));
  fill(r, d, [form.title, ...rows].join('\n'), ctx);
};

// --- delivery and shop notices ---------------------------------------------------------------------

const SHOP_TEMPLATES = L(
  [
    'Hi {GIVEN}, your {PBRAND} order {ORDER} is out for delivery to {ADDR}. Tracking: {TRACKING}.',
    'Delivery note\nShip to: {FULL}\n{ADDRM}\nPhone: {PHONE}\nItems: {QTY} × {PRODUCT} ({SKU})\nTotal: {PRICE}',
    'We couldn\'t deliver parcel {TRACKING}. {FULL2} at {ADDR} refused it. Call {PHONE} to rebook.',
    'Gift message: Happy birthday {GIVEN2}! Love, {NICK}. Deliver to {ADDR} before {DATE}.',
    'Return authorised for {ORDER}. Refund of {PRICE} to card {CARD} within {QTY} days.',
    'Click & collect: {FULL} may collect order {ORDER} at {PBRAND} {NPLACE} from {TIME}.',
    'Your {BRAND} subscription renews {DATE}. Billing address on file: {ADDR}.',
  ].join('|'),
);

const shopNotice: Generator = (r, d) => {
  fill(r, d, r.pick(SHOP_TEMPLATES), newCtx());
  if (r.chance(0.4)) negativeSentences(r, d, r.int(1, 2), ' ');
};

// --- meeting notes ---------------------------------------------------------------------------------

const meetingNotes: Generator = (r, d) => {
  const ctx = newCtx();
  fill(
    r,
    d,
    r.pick([
      'Attendees: {FULL}, {FULL2}, {NAME3}\nActions:\n- {GIVEN} to chase {ORG} about {TICKET}\n- {GIVEN2} to update {CLASS} before {VERSION}\n- {GIVEN3}: draft the {PBRAND} partnership memo',
      'Standup {DATE}\n{GIVEN}: finished {FUNC}, blocked on {TOOL}\n{GIVEN2}: {ALGO} benchmark, {MS} ms p50\n{GIVEN3}: out {WEEKDAY}',
      'Retro notes — {ORG}\nWhat went well: {NAME} fixed the {CLASS} leak.\nTo improve: on-call handover ({NAME2} → {NAME3}).',
      'cc: {GIVEN}, {GIVEN2} and {GIVEN3}\n\nMinutes: budget for {NPLACE} offsite approved ({PRICE}); {INIT} presents on {WEEKDAY}.',
    ]),
    ctx,
  );
};

/** Wholly negative documents: release notes, product copy, prescribing info, news. */
const pureNegative: Generator = (r, d) => {
  const ctx = newCtx();
  const head = r.pick([
    'Release notes {VERSION}\n',
    'Weekly ops summary ({DATE})\n',
    '{PRODUCT} — product page\n',
    'Prescribing information: {DRUG}\n',
    '{ORG} newsletter\n',
    '## Changelog\n',
    '',
  ]);
  fill(r, d, head, ctx);
  negativeSentences(r, d, r.int(2, 5), r.chance(0.5) ? '\n' : ' ');
  if (r.chance(0.3)) fill(r, d, '\n```ts\nexport class {CLASS} extends {CLASS} {\n  private readonly color = "{HEX}";\n  async {FUNC}(id: string) { return this.{FUNC}(id, { retries: {QTY} }); }\n}\n```', ctx);
};

const SECURITY_TEMPLATES = L(
  [
    'New sign-in to your {BRAND} account\nWhen: {DATE} {TIME}\nIP address: {IP}\nApproximate location: {NPLACE} (based on IP)\nDevice: {PRODUCT}\nIf this was you, ignore this e-mail, {GIVEN}.',
    'Security alert for {EMAIL}: {QTY} failed logins from {IPV4} and {IPV4} in the last hour.',
    '[firewall] {TS} DROP TCP {IP}:{PORT} -> {IPV4}:{PORT} rule {TICKET}',
    'Hi {GIVEN}, we noticed a password reset request from {IPV6} at {TIME}. Request id {UUID}.',
    'Admin audit: {EMAIL} granted role billing_admin to {EMAIL2} from {IP} ({TS}).',
  ].join('|'),
);

const securityAlert: Generator = (r, d) => fill(r, d, r.pick(SECURITY_TEMPLATES), newCtx());

const PAYROLL_TEMPLATES = L(
  [
    'Hi {GIVEN}, payroll still needs your SSN for the W-4 — can you confirm it is {SSN}?',
    'W-2 preview\nEmployee: {FULL}\nSSN: {SSN}\nAddress: {ADDR_US}\nEmployer: {ORG} (EIN {EIN})\nWages: {PRICE}',
    'Background check consent — {FULL}, DOB {DOB_US}, SSN {SSN}, previous address {ADDR_US}.',
    'Payment card on file for {FULL}: {CARD} (exp {EXP}); billing ZIP matches.',
    'Employee {EMPID} ({NAME}) changed direct deposit to {IBAN}; old account ending {LAST4}.',
  ].join('|'),
);

const payrollMessage: Generator = (r, d) => {
  fill(r, d, r.pick(PAYROLL_TEMPLATES), newCtx(['es', 'in', 'ng', 'ko', 'ph', 'it', 'ga', 'pt', 'he']));
  if (r.chance(0.3)) negativeSentences(r, d, 1, '\n');
};

const GENERATORS: ReadonlyArray<readonly [Generator, number]> = [
  [securityAlert, 5],
  [payrollMessage, 5],
  [supportChat, 16],
  [shortMessage, 10],
  [clinicalNote, 8],
  [bankMessage, 12],
  [codingSession, 14],
  [forwardedEmail, 8],
  [voiceTranscript, 7],
  [localMessage, 12],
  [formRecord, 6],
  [shopNotice, 6],
  [meetingNotes, 4],
  [pureNegative, 10],
];

/**
 * Generates the blind `independent4` corpus: whole documents from many contexts until at least
 * `minInstances` PII values are labelled.
 * @example
 * const corpus = generateIndependent4Corpus({ seed: 94_001 });
 * corpus.reduce((n, e) => n + e.labels.length, 0) >= 2400 // true
 */
export function generateIndependent4Corpus(options: Independent4Options): Independent4Entry[] {
  const { seed, minInstances = INDEPENDENT4_MIN_INSTANCES } = options;
  const r = new CorpusRng(seed);
  const out: Independent4Entry[] = [];
  let instances = 0;
  while (instances < minInstances) {
    const d = new Doc();
    r.weighted(GENERATORS)(r, d);
    const e = d.entry();
    instances += e.labels.length;
    out.push(e);
  }
  return out;
}
