/**
 * @module privacy/pii-corpus-independent-70 — a blind, labelled PII evaluation corpus ("independent70")
 * whose emphasis is event ticketing: concerts, festivals, theatres and venue box offices (ticket orders and
 * transfers, resale disputes, will-call and guest lists, accessibility requests, artist riders and
 * hospitality lists, lost-property reports, refund chats, scanner logs, promoter settlements, CSV exports),
 * in many countries and languages.
 *
 * WRITTEN BLIND. The author read only `pii-corpus-rng.ts` (the `Rng` class), `pii-corpus-checks.ts`, the
 * first 30 lines of `pii-corpus.ts` (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`,
 * `tsconfig.json` and `package.json`. The author did NOT read the detector, its patterns, name lists or
 * tests, any other corpus module (the shared value pools included), the docs or the git history, and never
 * ran the detector on this text. Every name, address, template and value below was invented for this split.
 *
 * Seeds: {@link INDEPENDENT70_SEEDS} (700001, 700002, 700003); each seed yields whole documents until at
 * least `minInstances` labels exist (default {@link INDEPENDENT70_MIN_INSTANCES}), deterministically.
 *
 * Contents: order confirmations, transfers, resale disputes and payouts, will-call/guest/hospitality lists,
 * accessibility requests, riders, lost property, refund and phone transcripts, scanner logs, settlements and
 * CSV/JSON exports in English, German, French, Spanish, Italian, Dutch, Portuguese, Polish, Swedish, Japanese
 * and Korean; about one document in ten is a pure hard negative full of look-alikes.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's are outside
 *   the span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets/buildings
 *   named after people, eponymous diseases/laws/awards and @handles are not labelled; nor is a name inside an
 *   e-mail address.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked numbers not.
 * - IBAN: checksum-valid and right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs/EINs and other countries' ids are not labelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; the recipient is a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks are not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates are not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';
import { Rng } from './pii-corpus-rng.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';

/** The seeds this split is evaluated on. */
export const INDEPENDENT70_SEEDS = [700001, 700002, 700003] as const;
/** Default number of labels per seed. */
export const INDEPENDENT70_MIN_INSTANCES = 2400;

/** A gold label that also carries the exact text of its span. */
export interface Independent70Label extends PiiLabel {
  readonly value: string;
}

/** One document of the split. */
export interface Independent70Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent70Label[];
}

/** Builds a document left to right, recording label offsets as values are appended. */
class Doc {
  text = '';
  readonly labels: Independent70Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad ${type} value ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** The session user's own full name: labelled PERSON and recorded as a known name. */
  self(full: string): this {
    if (!this.known.includes(full)) this.known.push(full);
    return this.l('PERSON', full);
  }
}

type Tpl = (r: Rng, d: Doc) => void;

// ---------------------------------------------------------------------------------------------------------
// Names: [culture, order, given names, family names]. Order: w = given first, e = family first with a space,
// c = family first without a space (Chinese/Korean script), j = Japanese script (space optional).
// ---------------------------------------------------------------------------------------------------------
const CULTURES: ReadonlyArray<readonly [string, 'w' | 'e' | 'c' | 'j', string, string]> = [
  ['us', 'w', 'James|Mary|Will|Bill|Grant|Rose|Hope|May|Guy|Faith|Joy|Hunter|Taylor|Brooke|Dale|Wade|Chase|Summer|Autumn|Rich|Frank|Mark|Jack|Dawn|Ivy|Grace|Art|Bud|Sandy|Penny',
    'Smith|Baker|Young|King|Long|Black|White|Bird|Cook|Major|Price|Wood|Page|Lane|Bush|Rice|Hill|Moody|Sharp|Love|Hale|Booker|Fisher|Golden|Stone|Banks|Bell|Little|Short|Strong'],
  ['gb', 'w', 'Oliver|Harriet|Alfie|Imogen|Rory|Poppy|Hugo|Freya|Callum|Tilly|Rhys|Ffion',
    'Ashworth|Pemberton|Haworth|Llewellyn|Cartwright|Thistlewood|Pickering|Bradshaw|Fairclough|Whitlock|Atherton|Gwynne'],
  ['ie', 'w', 'Siobhán|Aoife|Cian|Niamh|Oisín|Róisín|Darragh|Saoirse|Pádraig|Clodagh|Eoin|Caoimhe',
    "O'Sullivan|Ní Bhriain|McCarthy|Ó Briain|Fitzgerald|Kavanagh|Doyle|Mac Giolla Phádraig|Quinlan|Brennan|Geraghty|Moriarty"],
  ['sc', 'w', 'Iain|Morag|Eilidh|Fraser|Isla|Angus|Kirsty|Hamish|Catriona|Euan',
    'MacLeod|Cameron|Buchanan|Drummond|Sinclair|Urquhart|MacDonald|Henderson|Munro|Gillespie'],
  ['de', 'w', 'Lukas|Lena|Jürgen|Anneliese|Florian|Mareike|Ulrich|Gesine|Maximilian|Hannelore|Bernd|Wiebke|Till|Frieda',
    'Müller|Schröder|Weißmann|Hoffmann|Kühn|Brandt|Zimmermann|Vogel|Lehmann|Fuchs|Krüger|Schäfer|Becker|Wolff'],
  ['nl', 'w', 'Sanne|Joris|Femke|Bram|Marloes|Thijs|Ilse|Wouter|Anouk|Sjoerd',
    'van Dijk|de Vries|Bakker|Jansen|van den Berg|Visser|Smit|de Jong|Mulder|Hendriks|van der Meer|Kuijpers'],
  ['fr', 'w', 'Camille|Étienne|Margaux|Théo|Léa|Aurélien|Océane|Benoît|Solène|Mathis|Gaëlle|Rémi',
    'Lefèvre|Moreau|Girard|Dubois|Fontaine|Chevalier|Rousseau|Garnier|Faure|Mercier|Lambert|Bonnet'],
  ['es', 'w', 'Alejandro|Lucía|Javier|Carmen|Íñigo|Pilar|Sergio|Nuria|Álvaro|Montserrat|Rocío|Jordi',
    'García|Fernández|Martínez|Ruiz|Jiménez|Ortega|Navarro|Domínguez|Vázquez|Serrano|Castillo|Iglesias'],
  ['mx', 'w', 'Guadalupe|José Luis|Ximena|Rodrigo|Itzel|Emiliano|Citlali|Mariana|Jesús|Araceli|Santiago|Dolores',
    'Hernández|López|González|Ramírez|Cruz|Flores|Morales|Reyes|Gutiérrez|Mendoza|Aguilar|de la Cruz'],
  ['br', 'w', 'João|Thiago|Ana Clara|Beatriz|Rafael|Letícia|Gustavo|Larissa|Caio|Fernanda|Vitória|Leandro',
    'Silva|Santos|Oliveira|Souza|Pereira|Carvalho|Almeida|Ribeiro|Rodrigues|Barbosa|Nascimento|Araújo'],
  ['it', 'w', 'Giulia|Matteo|Chiara|Lorenzo|Francesca|Alessandro|Beatrice|Davide|Martina|Niccolò|Serena|Gianluca',
    'Rossi|Bianchi|Esposito|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca'],
  ['pl', 'w', 'Agnieszka|Paweł|Małgorzata|Krzysztof|Zofia|Wojciech|Katarzyna|Łukasz|Joanna|Tomasz',
    'Kowalski|Nowak|Wiśniewska|Wójcik|Kamiński|Lewandowska|Zieliński|Szymańska|Dąbrowski|Kaczmarek'],
  ['cz', 'w', 'Tereza|Jiří|Veronika|Ondřej|Kateřina|Vojtěch|Lucie|Radek',
    'Novák|Svobodová|Dvořák|Černá|Procházka|Kučerová|Veselý|Horák'],
  ['ua', 'w', 'Dmitri|Olena|Anastasia|Sergei|Yulia|Oleksandr|Tatiana|Mykola|Ekaterina|Bohdan',
    'Ivanova|Kovalenko|Smirnov|Shevchenko|Petrova|Bondarenko|Volkov|Melnyk|Sokolova|Tkachenko'],
  ['gr', 'w', 'Eleni|Giorgos|Konstantina|Nikos|Dimitra|Yannis|Sofia|Panagiotis',
    'Papadopoulos|Georgiou|Nikolaidou|Karagiannis|Vlachos|Oikonomou|Antoniou|Dimitriou'],
  ['tr', 'w', 'Elif|Mehmet|Zeynep|Emre|Ayşe|Burak|Selin|Oğuz|Deniz|Cem',
    'Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Aydın|Öztürk|Arslan|Doğan'],
  ['ar', 'w', 'Said|Fatima|Omar|Layla|Youssef|Noor|Khalid|Amira|Hassan|Mariam|Tariq|Huda',
    'Al-Masri|Haddad|Khoury|El-Sayed|Mansour|Nasser|Qureshi|Abboud|Farouk|Al-Rashid|Saleh|Hamdan'],
  ['fa', 'w', 'Dariush|Shirin|Kian|Parisa|Arash|Niloufar|Babak|Laleh',
    'Hosseini|Rahimi|Tehrani|Moradi|Karimi|Jafari|Sadeghi|Ahmadi'],
  ['he', 'w', 'Noa|Yonatan|Tamar|Eitan|Shira|Avi|Michal|Itai',
    'Cohen|Levi|Mizrahi|Friedman|Peretz|Ben-David|Azoulay|Shapiro'],
  ['in', 'w', 'Priya|Arjun|Ananya|Rohan|Kavya|Vikram|Sneha|Aditya|Pooja|Rahul|Neha|Sanjay',
    'Sharma|Patel|Gupta|Iyer|Reddy|Nair|Chatterjee|Mehta|Kapoor|Banerjee|Joshi|Desai'],
  ['ta', 'w', 'Karthik|Lakshmi|Senthil|Meenakshi|Murugan|Divya',
    'Subramanian|Ramasamy|Krishnan|Venkatesan|Arumugam|Pillai'],
  ['zh', 'e', 'Wei|Fang|Jing|Hao|Xiaoling|Jun|Mei|Zhiwei|Yan|Lei',
    'Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou'],
  ['zhs', 'c', '伟|芳|娜|敏|静|丽|强|磊|洋|艳|子涵|浩然', '王|李|张|刘|陈|杨|黄|赵|吴|周'],
  ['ja', 'w', 'Haruto|Yui|Sota|Aoi|Ren|Sakura|Daiki|Misaki|Kenta|Hina|Takumi|Yuna',
    'Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Matsumoto'],
  ['jas', 'j', '陽菜|結衣|蓮|大翔|美咲|翔太|葵|さくら|健太|彩花', '佐藤|鈴木|高橋|田中|渡辺|伊藤|山本|中村|小林|加藤'],
  ['ko', 'w', 'Minjun|Seoyeon|Jiwoo|Haeun|Doyun|Seojun|Jimin|Subin|Hyunwoo|Yerin',
    'Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim'],
  ['kos', 'c', '민준|서연|지우|하은|도윤|서준|지민|수빈|현우|예린', '김|이|박|최|정|강|조|윤|장|임'],
  ['vi', 'e', 'Anh|Minh|Linh|Tuấn|Hương|Dũng|Thảo|Quang', 'Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi'],
  ['ph', 'w', 'Maricel|Jericho|Lourdes|Rommel|Divina|Joselito|Cherry|Bong',
    'Bautista|Dela Cruz|Villanueva|Aquino|Tolentino|Macaraeg|Dimaculangan|Soriano'],
  ['th', 'w', 'Somchai|Siriporn|Nattapong|Kanya|Wichai|Ploy', 'Srisuk|Chaiyaporn|Wongsawat|Rattanakorn|Phongphan|Kittisak'],
  ['ng', 'w', 'Chinonso|Adaeze|Oluwaseun|Ngozi|Emeka|Folake|Tunde|Ifeoma|Chidi|Yetunde|Blessing|Precious',
    'Okafor|Adeyemi|Nwosu|Balogun|Eze|Ogunleye|Okonkwo|Adebayo|Obi|Chukwu'],
  ['ke', 'w', 'Wanjiru|Otieno|Achieng|Kamau|Njeri|Mwangi|Akinyi|Baraka', 'Kiptoo|Wambui|Odhiambo|Mutua|Kariuki|Chebet|Njoroge|Omondi'],
  ['et', 'w', 'Abebe|Selam|Tewodros|Hirut|Yohannes|Meseret', 'Tesfaye|Bekele|Girma|Haile|Mengistu|Alemu'],
  ['se', 'w', 'Linnéa|Oskar|Ingrid|Magnus|Sigrid|Henrik|Astrid|Elin|Björn|Freja',
    'Lindqvist|Johansson|Bergström|Nilsen|Halvorsen|Sørensen|Andersson|Eriksson|Løvås|Holm'],
  ['fi', 'w', 'Aino|Eero|Kaisa|Juha|Helmi|Ville', 'Virtanen|Korhonen|Mäkinen|Nieminen|Lahtinen|Järvinen'],
  ['hu', 'e', 'Zsófia|Bence|Réka|Levente|Eszter|Gergő', 'Nagy|Kovács|Tóth|Szabó|Horváth|Varga'],
];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly full: string;
  /** True for names written in CJK script (no initials, no case). */
  readonly script: boolean;
}

const CULTURE_POOLS = CULTURES.map(([code, order, g, f]) => ({ code, order, given: g.split('|'), family: f.split('|') }));

/** A random person, from the preferred cultures about 60 % of the time when some are given. */
function person(r: Rng, pref: readonly string[] = []): Person {
  const pool = pref.length > 0 && r.chance(0.6)
    ? r.pick(CULTURE_POOLS.filter((c) => pref.includes(c.code)))
    : r.pick(CULTURE_POOLS);
  const given = r.pick(pool.given);
  let family = r.pick(pool.family);
  if ((pool.code === 'es' || pool.code === 'mx') && r.chance(0.35)) {
    const second = r.pick(pool.family);
    if (second !== family) family = `${family} ${second}`;
  }
  switch (pool.order) {
    case 'w':
      return { given, family, full: `${given} ${family}`, script: false };
    case 'e':
      return { given, family, full: `${family} ${given}`, script: false };
    case 'c':
      return { given, family, full: `${family}${given}`, script: true };
    case 'j':
      return { given, family, full: r.chance(0.5) ? `${family} ${given}` : `${family}${given}`, script: true };
  }
}

type NameForm = 'full' | 'given' | 'family' | 'init' | 'caps' | 'lower' | 'comma';

/** A person's name in one of the labelled forms. */
function nameAs(p: Person, form: NameForm): string {
  if (p.script && form !== 'given' && form !== 'family') return p.full;
  switch (form) {
    case 'full':
      return p.full;
    case 'given':
      return p.given;
    case 'family':
      return p.family;
    case 'init':
      return `${p.given.charAt(0)}. ${p.family}`;
    case 'caps':
      return p.full.toUpperCase();
    case 'lower':
      return p.full.toLowerCase();
    case 'comma':
      return `${p.family}, ${p.given}`;
  }
}

/** Mostly the full name, sometimes another form. */
function anyName(r: Rng, p: Person): string {
  return nameAs(p, r.pick<NameForm>(['full', 'full', 'full', 'full', 'given', 'family', 'init', 'caps', 'lower', 'comma']));
}

/** ASCII fold for e-mail local parts. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

// ---------------------------------------------------------------------------------------------------------
// E-mail addresses
// ---------------------------------------------------------------------------------------------------------
const MAIL_DOMAINS = [
  'gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'gmx.de', 'orange.fr', 'libero.it', 'hotmail.es',
  'icloud.com', 'proton.me', 'naver.com', 'yahoo.co.jp', 'uol.com.br', 't-online.de', 'wp.pl', 'telia.se',
  'bigpond.com', 'free.fr', 'ziggo.nl', 'btinternet.com', 'gmx.at', 'bluewin.ch', 'sapo.pt', 'eircom.net',
  'hotmail.com', 'me.com', 'fastmail.fm', 'daum.net', 'seznam.cz', 'yahoo.com.mx',
];
const SCRIPT_HANDLES = ['hana', 'minji', 'xiaoyu', 'yuki', 'jisoo', 'haru', 'mingmei', 'sora', 'daeun', 'riko'];

function email(r: Rng, p?: Person): string {
  const dom = r.pick(MAIL_DOMAINS);
  if (!p) return `${r.pick(SCRIPT_HANDLES)}${r.pick(['_', '.', ''])}${r.digits(r.int(2, 4))}@${dom}`;
  const g = fold(p.given);
  const f = fold(p.family);
  if (!g || !f) return `${r.pick(SCRIPT_HANDLES)}${r.digits(3)}@${dom}`;
  const local = r.pick([
    `${g}.${f}`, `${g}${f}`, `${g.charAt(0)}${f}`, `${g}_${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}${r.int(70, 99)}`,
    `${g}.${f.charAt(0)}`, `${f}${r.digits(2)}`, `${g}-${f}`, `${g}+tickets`,
  ]);
  return `${r.chance(0.08) ? local.charAt(0).toUpperCase() + local.slice(1) : local}@${dom}`;
}

const ORG_DOMAINS = [
  'harbourhall.co.uk', 'kulturfabrik-nord.de', 'salle-lumiere.fr', 'teatrocervantes.es', 'tuinfest.nl',
  'lakeviewamphitheater.com', 'ticketsquare.io', 'passeport-scene.fr', 'karten-kontor.de', 'gigresale.net',
  'teatro-dellaluna.it', 'sommarscen.se', 'festivaldorio.com.br', 'boxoffice-eastgate.com', 'copperbarn.ie',
  'stadthalle-wiesental.de', 'southbankyard.com.au', 'sinfonia-porto.pt', 'klubstodola-live.pl', 'arenamiraflores.mx',
];
const ROLES = ['boxoffice', 'tickets', 'accessibility', 'support', 'guestlist', 'hospitality', 'lostproperty', 'refunds', 'promoter', 'accounts', 'production', 'kartenbuero', 'billetterie', 'taquilla'];

function roleEmail(r: Rng): string {
  return `${r.pick(ROLES)}@${r.pick(ORG_DOMAINS)}`;
}
function staffEmail(r: Rng, p: Person): string {
  const g = fold(p.given) || 'crew';
  const f = fold(p.family) || r.digits(3);
  return `${r.pick([`${g}.${f}`, `${g.charAt(0)}.${f}`, g])}@${r.pick(ORG_DOMAINS)}`;
}

const SPOKEN_TLD: Readonly<Record<string, string>> = {
  'gmail.com': 'gmail dot com', 'outlook.com': 'outlook dot com', 'yahoo.co.uk': 'yahoo dot co dot uk',
  'icloud.com': 'icloud dot com', 'hotmail.com': 'hotmail dot com', 'btinternet.com': 'b t internet dot com',
  'proton.me': 'proton dot me', 'me.com': 'me dot com',
};

/** An address read out in a call transcript. */
function spokenEmail(r: Rng, p: Person): string {
  const g = fold(p.given) || 'hana';
  const f = fold(p.family) || 'kim';
  const dom = r.pick(Object.keys(SPOKEN_TLD));
  const local = r.pick([`${g} dot ${f}`, `${g} underscore ${f}`, `${g.charAt(0)} ${f}`, `${g} ${f} ${r.pick(['eighty-eight', 'ninety-one', 'two three', 'seven'])}`]);
  return `${local} at ${SPOKEN_TLD[dom] ?? dom}`;
}

// ---------------------------------------------------------------------------------------------------------
// Phones, written the way each country writes them
// ---------------------------------------------------------------------------------------------------------
const dg = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng): string => String(r.int(1, 9));

function phone(r: Rng, cc: string): string {
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = String(r.pick(cc === 'US' ? [212, 415, 312, 617, 503, 512, 305, 206, 404, 702, 615, 213, 718, 720, 323, 971] : [416, 604, 514, 403, 613, 902]));
      const e = String(r.int(201, 989));
      const l = dg(r, 4);
      return r.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1 ${a} ${e} ${l}`, `+1-${a}-${e}-${l}`, `1 (${a}) ${e}-${l}`, `+1 (${a}) ${e}-${l}`]);
    }
    case 'GB': {
      const m = `7${r.int(400, 999)}`;
      return r.pick([`0${m} ${dg(r, 6)}`, `+44 ${m} ${dg(r, 6)}`, `+44 (0)${m} ${dg(r, 3)} ${dg(r, 3)}`, `020 ${r.int(3, 8)}${dg(r, 3)} ${dg(r, 4)}`, `+44 20 ${r.int(3, 8)}${dg(r, 3)} ${dg(r, 4)}`, `0161 ${dg(r, 3)} ${dg(r, 4)}`, `0113 ${dg(r, 3)} ${dg(r, 4)}`]);
    }
    case 'IE': {
      const m = r.pick(['83', '85', '86', '87', '89']);
      return r.pick([`0${m} ${dg(r, 3)} ${dg(r, 4)}`, `+353 ${m} ${dg(r, 3)} ${dg(r, 4)}`, `(01) ${nz(r)}${dg(r, 2)} ${dg(r, 4)}`, `+353 1 ${nz(r)}${dg(r, 2)} ${dg(r, 4)}`]);
    }
    case 'DE': {
      const m = r.pick(['151', '152', '160', '170', '171', '176', '157']);
      return r.pick([`0${m} ${dg(r, 8)}`, `+49 ${m} ${dg(r, 8)}`, `+49 (0)${m} ${dg(r, 4)} ${dg(r, 4)}`, `030 ${nz(r)}${dg(r, 7)}`, `+49 30 ${nz(r)}${dg(r, 7)}`, `0221/${nz(r)}${dg(r, 6)}`, `089 ${nz(r)}${dg(r, 3)} ${dg(r, 4)}`, `0${m}-${dg(r, 7)}`]);
    }
    case 'AT':
      return r.pick([`+43 664 ${dg(r, 7)}`, `0664 ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`, `01 ${nz(r)}${dg(r, 6)}`, `+43 1 ${nz(r)}${dg(r, 6)}`]);
    case 'CH': {
      const m = r.pick(['76', '77', '78', '79']);
      return r.pick([`+41 ${m} ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`, `0${m} ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`, `044 ${nz(r)}${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`]);
    }
    case 'FR': {
      const m = r.pick(['6', '7']);
      const g4 = (): string => `${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`;
      return r.pick([`0${m} ${g4()}`, `+33 ${m} ${g4()}`, `+33 (0)${m} ${g4()}`, `01 ${g4()}`, `0${m}.${dg(r, 2)}.${dg(r, 2)}.${dg(r, 2)}.${dg(r, 2)}`, `+33${m}${dg(r, 8)}`]);
    }
    case 'BE':
      return r.pick([`+32 47${dg(r, 1)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`, `047${dg(r, 1)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`, `02 ${nz(r)}${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`]);
    case 'NL':
      return r.pick([`06-${dg(r, 8)}`, `+31 6 ${dg(r, 8)}`, `06 ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`, `020-${nz(r)}${dg(r, 6)}`, `+31 20 ${nz(r)}${dg(r, 2)} ${dg(r, 4)}`]);
    case 'ES':
      return r.pick([`6${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `+34 6${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`, `91 ${nz(r)}${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`, `+34 93 ${nz(r)}${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`]);
    case 'PT':
      return r.pick([`+351 9${r.pick(['1', '2', '3', '6'])}${dg(r, 1)} ${dg(r, 3)} ${dg(r, 3)}`, `9${r.pick(['1', '2', '3', '6'])}${dg(r, 1)} ${dg(r, 3)} ${dg(r, 3)}`, `21 ${nz(r)}${dg(r, 2)} ${dg(r, 4)}`]);
    case 'IT':
      return r.pick([`3${r.int(20, 49)} ${dg(r, 3)} ${dg(r, 4)}`, `+39 3${r.int(20, 49)} ${dg(r, 7)}`, `02 ${nz(r)}${dg(r, 3)} ${dg(r, 4)}`, `+39 06 ${nz(r)}${dg(r, 3)} ${dg(r, 4)}`]);
    case 'PL':
      return r.pick([`+48 ${r.pick(['5', '6', '7', '8'])}${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `${r.pick(['5', '6', '7'])}${dg(r, 2)}-${dg(r, 3)}-${dg(r, 3)}`, `22 ${nz(r)}${dg(r, 2)} ${dg(r, 2)} ${dg(r, 2)}`]);
    case 'SE':
      return r.pick([`07${r.pick(['0', '2', '3', '6'])}-${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`, `+46 7${r.pick(['0', '2', '3', '6'])} ${dg(r, 3)} ${dg(r, 2)} ${dg(r, 2)}`, `08-${nz(r)}${dg(r, 2)} ${dg(r, 3)} ${dg(r, 2)}`]);
    case 'JP': {
      const m = r.pick(['090', '080', '070']);
      return r.pick([`${m}-${dg(r, 4)}-${dg(r, 4)}`, `+81 ${m.slice(1)}-${dg(r, 4)}-${dg(r, 4)}`, `03-${nz(r)}${dg(r, 3)}-${dg(r, 4)}`, `06-${nz(r)}${dg(r, 3)}-${dg(r, 4)}`, `(${m})${dg(r, 4)}-${dg(r, 4)}`]);
    }
    case 'KR':
      return r.pick([`010-${nz(r)}${dg(r, 3)}-${dg(r, 4)}`, `+82 10-${nz(r)}${dg(r, 3)}-${dg(r, 4)}`, `02-${nz(r)}${dg(r, 2)}-${dg(r, 4)}`, `010 ${nz(r)}${dg(r, 3)} ${dg(r, 4)}`]);
    case 'AU':
      return r.pick([`04${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `+61 4${dg(r, 2)} ${dg(r, 3)} ${dg(r, 3)}`, `(02) ${nz(r)}${dg(r, 3)} ${dg(r, 4)}`, `+61 3 ${nz(r)}${dg(r, 3)} ${dg(r, 4)}`]);
    case 'BR': {
      const ddd = r.pick(['11', '21', '31', '41', '51', '71', '81']);
      return r.pick([`(${ddd}) 9${dg(r, 4)}-${dg(r, 4)}`, `+55 ${ddd} 9${dg(r, 4)}-${dg(r, 4)}`, `+55 (${ddd}) 9${dg(r, 4)}-${dg(r, 4)}`, `${ddd} 9${dg(r, 4)} ${dg(r, 4)}`]);
    }
    case 'MX': {
      const a = r.pick(['55', '33', '81']);
      return r.pick([`${a} ${nz(r)}${dg(r, 3)} ${dg(r, 4)}`, `+52 ${a} ${nz(r)}${dg(r, 3)} ${dg(r, 4)}`, `+52 1 ${a} ${nz(r)}${dg(r, 3)} ${dg(r, 4)}`, `(${a}) ${nz(r)}${dg(r, 3)}-${dg(r, 4)}`]);
    }
    case 'IN':
      return r.pick([`+91 ${r.int(7, 9)}${dg(r, 4)} ${dg(r, 5)}`, `0${r.int(7, 9)}${dg(r, 4)} ${dg(r, 5)}`, `${r.int(7, 9)}${dg(r, 9)}`]);
    case 'ZA':
      return r.pick([`0${r.pick(['72', '82', '83', '84'])} ${dg(r, 3)} ${dg(r, 4)}`, `+27 ${r.pick(['72', '82', '83', '84'])} ${dg(r, 3)} ${dg(r, 4)}`]);
    default: {
      const m = r.pick(['803', '806', '813', '703', '905']);
      return r.pick([`0${m} ${dg(r, 3)} ${dg(r, 4)}`, `+234 ${m} ${dg(r, 3)} ${dg(r, 4)}`]);
    }
  }
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A US or UK number read out digit by digit. */
function spokenPhone(r: Rng): string {
  const groups = r.chance(0.5) ? [String(r.pick([415, 312, 617, 503, 206])), String(r.int(201, 989)), dg(r, 4)] : [`07${r.int(400, 999)}`, dg(r, 3), dg(r, 3)];
  const oh = r.chance(0.5);
  return groups
    .map((g) => [...g].map((c) => (c === '0' && oh ? 'oh' : DIGIT_WORDS[Number(c)] ?? c)).join(' '))
    .join(r.pick([', ', ' ', ' … ']));
}

/** A masked number (not labelled). */
function maskedPhone(r: Rng): string {
  return r.pick([`***-***-${dg(r, 4)}`, `(•••) •••-${dg(r, 4)}`, `+44 •••• ••${dg(r, 4)}`, `+49 *** ****${dg(r, 3)}`, `06-xxxx${dg(r, 4)}`]);
}

/** Country codes of the phones and addresses above. */
const COUNTRIES = ['US', 'CA', 'GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'BE', 'NL', 'ES', 'PT', 'IT', 'PL', 'SE', 'JP', 'KR', 'AU', 'BR', 'MX'] as const;

// ---------------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs
// ---------------------------------------------------------------------------------------------------------
function cardDigits(r: Rng): { digits: string; net: string } {
  const net = r.pick(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'amex', 'disc', 'jcb', 'diners', 'up']);
  let prefix: string;
  let len: number;
  switch (net) {
    case 'visa':
      prefix = '4';
      len = r.pick([16, 16, 16, 16, 13, 19]);
      break;
    case 'mc':
      prefix = String(r.int(51, 55));
      len = 16;
      break;
    case 'mc2':
      prefix = String(r.int(2221, 2720));
      len = 16;
      break;
    case 'amex':
      prefix = r.pick(['34', '37']);
      len = 15;
      break;
    case 'disc':
      prefix = r.pick(['6011', String(r.int(644, 649)), '65']);
      len = 16;
      break;
    case 'jcb':
      prefix = String(r.int(3528, 3589));
      len = 16;
      break;
    case 'diners':
      prefix = r.pick(['36', '38', String(r.int(300, 305))]);
      len = 14;
      break;
    default:
      prefix = '62';
      len = r.pick([16, 19]);
  }
  const body = prefix + r.digits(len - 1 - prefix.length);
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return { digits: body + String(c), net };
  throw new Error('unreachable');
}

function groupCard(r: Rng, digits: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  const n = digits.length;
  let sizes: number[];
  if (n === 15) sizes = [4, 6, 5];
  else if (n === 14) sizes = [4, 6, 4];
  else if (n === 16) sizes = [4, 4, 4, 4];
  else if (n === 19) sizes = [4, 4, 4, 4, 3];
  else sizes = [4, 4, 5];
  if (sep === '') return digits;
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    out.push(digits.slice(i, i + s));
    i += s;
  }
  return out.join(sep);
}

/** A valid card number, grouped. */
function card(r: Rng): string {
  return groupCard(r, cardDigits(r).digits);
}
/** A card-like number failing Luhn (not labelled). */
function badCard(r: Rng): string {
  const { digits } = cardDigits(r);
  const last = Number(digits.charAt(digits.length - 1));
  return groupCard(r, digits.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
/** A masked card (not labelled). */
function maskedCard(r: Rng): string {
  return r.pick([`**** **** **** ${dg(r, 4)}`, `XXXX-XXXX-XXXX-${dg(r, 4)}`, `•••• ${dg(r, 4)}`, `${r.pick(['4', '5'])}${dg(r, 5)}******${dg(r, 4)}`, `ending in ${dg(r, 4)}`]);
}
const CARD_BRANDS = ['Visa', 'Mastercard', 'Amex', 'Maestro', 'Discover', 'JCB', 'Carte Bancaire', 'Diners Club'];

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** BBAN shapes: a = letter, n = digit. */
const BBAN: Readonly<Record<string, string>> = {
  DE: 'n18', GB: 'a4n14', FR: 'n23', ES: 'n20', IT: 'a1n22', NL: 'a4n10', BE: 'n12', CH: 'n17', AT: 'n16', PL: 'n24',
  PT: 'n21', IE: 'a4n14', SE: 'n20', NO: 'n11', DK: 'n14', FI: 'n14', LU: 'n16', GR: 'n23', TR: 'n22', CZ: 'n20',
};
const BANK_LETTERS: Readonly<Record<string, readonly string[]>> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'MONZ'], IE: ['AIBK', 'BOFI', 'IPBS'], NL: ['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'KNAB'],
};

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem;
}

function ibanCompact(r: Rng, cc: string): string {
  const shape = BBAN[cc] ?? 'n18';
  let bban = '';
  for (const m of shape.matchAll(/([an])(\d+)/g)) {
    const n = Number(m[2]);
    if (m[1] === 'a') bban += BANK_LETTERS[cc] && n === 4 ? r.pick(BANK_LETTERS[cc] ?? []) : [...Array(n)].map(() => r.pick([...LETTERS])).join('');
    else bban += r.digits(n);
  }
  const check = String(98 - mod97(`${bban}${cc}00`)).padStart(2, '0');
  const iban = `${cc}${check}${bban}`;
  if (IBAN_LENGTHS[cc] !== iban.length || !ibanMod97Valid(iban)) throw new Error(`bad IBAN ${iban}`);
  return iban;
}

function groupIban(r: Rng, compact: string): string {
  const style = r.int(0, 9);
  if (style < 5) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  if (style < 8) return compact;
  if (style < 9) return compact.toLowerCase();
  return compact.replace(/(.{4})(?=.)/g, '$1 ').toLowerCase();
}
/** A valid IBAN of a country, grouped. */
function iban(r: Rng, cc: string): string {
  return groupIban(r, ibanCompact(r, cc));
}
/** An IBAN with a wrong check digit or length (not labelled). */
function badIban(r: Rng, cc: string): string {
  const ok = ibanCompact(r, cc);
  let bad = ok;
  if (r.chance(0.3)) bad = ok.slice(0, -1);
  else {
    for (let i = 0; i < 20 && (bad === ok || ibanMod97Valid(bad)); i++) {
      const pos = r.int(4, ok.length - 1);
      const ch = ok.charAt(pos);
      if (/\d/.test(ch)) bad = ok.slice(0, pos) + String((Number(ch) + r.int(1, 9)) % 10) + ok.slice(pos + 1);
    }
  }
  if (ibanMod97Valid(bad) && bad.length === ok.length) bad = ok.slice(0, -2);
  return groupIban(r, bad);
}
const IBAN_COUNTRIES = Object.keys(BBAN);

/** A valid SSN (area 001–899 except 666, group 01–99, serial 0001–9999). */
function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 665;
  const a = String(area).padStart(3, '0');
  const g = String(r.int(1, 99)).padStart(2, '0');
  const s = String(r.int(1, 9999)).padStart(4, '0');
  return r.pick([`${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`]);
}
/** SSN look-alikes that must stay unlabelled: masked, ITIN (9xx), 000/666 areas. */
function notSsn(r: Rng): string {
  return r.pick([
    `***-**-${dg(r, 4)}`, `XXX-XX-${dg(r, 4)}`, `9${dg(r, 2)}-${r.int(70, 88)}-${dg(r, 4)}`, `000-${dg(r, 2)}-${dg(r, 4)}`,
    `666-${r.int(10, 99)}-${dg(r, 4)}`, `${r.int(100, 899)}-00-${dg(r, 4)}`,
  ]);
}

function ip4(r: Rng): string {
  return r.pick([
    () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `192.168.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `${r.pick(['203.0.113', '198.51.100', '192.0.2'])}.${r.int(1, 254)}`,
    () => `${r.int(23, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    () => `${r.int(23, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
  ])();
}
function hex4(r: Rng): string {
  return r.int(0, 0xffff).toString(16);
}
function ip6(r: Rng): string {
  const pre = r.pick(['2001:db8', '2a02:810d', '2600:1700', '2a01:e0a', '2001:4860', 'fe80:', '2c0f:f248', '2406:da18']);
  if (pre === 'fe80:') return `fe80::${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}`;
  if (r.chance(0.35)) return `${pre}:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}`;
  const tail = [...Array(r.int(1, 3))].map(() => hex4(r)).join(':');
  return `${pre}:${hex4(r)}::${tail}`;
}
function ip(r: Rng): string {
  return r.chance(0.7) ? ip4(r) : ip6(r);
}
/** Version strings and other dotted numbers that are not IPs. */
function version(r: Rng): string {
  return r.pick([`${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(1, 6)}.${r.int(0, 12)}.${r.int(0, 30)}.${r.int(100, 999)}`, `${r.int(2021, 2025)}.${r.int(1, 12)}.${r.int(1, 28)}.${r.int(1, 9)}`]);
}
function hash(r: Rng, n = 40): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}

// ---------------------------------------------------------------------------------------------------------
// Postal addresses, as lines, in each country's own layout
// ---------------------------------------------------------------------------------------------------------
const UP = 'ABDEFGHJLNPQRSTUWXYZ';
const up = (r: Rng, n: number): string => [...Array(n)].map(() => UP.charAt(r.int(0, UP.length - 1))).join('');

function addressLines(r: Rng, cc: string): string[] {
  switch (cc) {
    case 'US': {
      if (r.chance(0.1)) {
        const [c, st, z] = r.pick([['Austin', 'TX', '787'], ['Tulsa', 'OK', '741'], ['Boise', 'ID', '837']] as const);
        return [`${r.pick(['PO Box', 'P.O. Box'])} ${r.int(100, 9999)}`, `${c}, ${st} ${z}${dg(r, 2)}`];
      }
      const street = `${r.int(10, 9899)} ${r.pick(['Maple Ave', 'Alder Creek Rd', 'W 43rd St', 'Lakeshore Dr', 'Magnolia Blvd', 'Sycamore Ln', 'N Halsted St', 'Peachtree St NE', 'Division St', 'Juniper Ct', 'Old Mill Rd', 'E 7th St', 'Martin Luther King Jr Blvd', 'Cesar Chavez Ave'])}`;
      const unit = r.chance(0.35) ? r.pick([`Apt ${r.int(1, 9)}${r.pick(['A', 'B', 'C'])}`, `Unit ${r.int(2, 40)}`, `#${r.int(2, 20)}`]) : '';
      const [c, st, z] = r.pick([['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Chicago', 'IL', '606'], ['Brooklyn', 'NY', '112'], ['Nashville', 'TN', '372'], ['Denver', 'CO', '802'], ['Atlanta', 'GA', '303'], ['Seattle', 'WA', '981'], ['Minneapolis', 'MN', '554'], ['Asheville', 'NC', '288'], ['Tucson', 'AZ', '857'], ['Burlington', 'VT', '054']] as const);
      const zip = `${z}${dg(r, 2)}${r.chance(0.15) ? `-${dg(r, 4)}` : ''}`;
      const lines = unit && r.chance(0.5) ? [street, unit] : [unit ? `${street} ${unit}` : street];
      lines.push(`${c}, ${st} ${zip}`);
      if (r.chance(0.2)) lines.push(r.pick(['USA', 'United States']));
      return lines;
    }
    case 'CA': {
      const [c, pv, pc] = r.pick([['Toronto', 'ON', 'M5V'], ['Montréal', 'QC', 'H2X'], ['Vancouver', 'BC', 'V6B'], ['Halifax', 'NS', 'B3J'], ['Edmonton', 'AB', 'T5J']] as const);
      const st = pv === 'QC' ? `${r.int(10, 4999)}, ${r.pick(['rue Saint-Denis', 'avenue du Mont-Royal', 'rue Ontario Est'])}${r.chance(0.4) ? `, app. ${r.int(1, 30)}` : ''}` : `${r.int(10, 4999)} ${r.pick(['Queen St W', 'Granville St', 'Jasper Ave', 'Barrington St', 'Bloor St E'])}`;
      return [st, `${c} ${pv} ${pc} ${r.int(1, 9)}${up(r, 1)}${r.int(1, 9)}`];
    }
    case 'GB': {
      const line = `${r.chance(0.25) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 240)} ${r.pick(['Wellington Row', 'Chapel Lane', 'Mill Road', 'Victoria Street', 'Church Walk', 'Albion Terrace', 'Kingsway', "Queen's Drive", 'Brunswick Place', 'Canal Side'])}`;
      const [town, out] = r.pick([['Leeds', 'LS6'], ['Manchester', 'M14'], ['Bristol', 'BS3'], ['Glasgow', 'G12'], ['Brighton', 'BN2'], ['London', 'E8'], ['Cardiff', 'CF24'], ['Norwich', 'NR2'], ['Edinburgh', 'EH7'], ['Belfast', 'BT9']] as const);
      const pc = `${out} ${r.int(1, 9)}${up(r, 2)}`;
      const lines = r.chance(0.5) ? [line, town, pc] : [line, `${town} ${pc}`];
      if (r.chance(0.15)) lines.push('United Kingdom');
      return lines;
    }
    case 'IE': {
      const [town, county, key] = r.pick([['Dún Laoghaire', 'Co. Dublin', 'A96'], ['Salthill', 'Co. Galway', 'H91'], ['Douglas', 'Co. Cork', 'T12'], ['Ennis', 'Co. Clare', 'V95']] as const);
      return [`${r.int(1, 90)} ${r.pick(['Harbour View', 'Main Street', 'Oakpark Avenue', 'Strand Road', 'Church Hill'])}`, town, county, `${key} ${up(r, 1)}${r.int(1, 9)}${up(r, 1)}${r.int(1, 9)}`];
    }
    case 'DE': {
      if (r.chance(0.1)) return [`Postfach ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`, `${r.pick(['50451 Köln', '20354 Hamburg', '80001 München'])}`];
      const [c, plz] = r.pick([['Berlin', '10'], ['Köln', '50'], ['München', '80'], ['Hamburg', '20'], ['Leipzig', '04'], ['Frankfurt am Main', '60'], ['Stuttgart', '70'], ['Bremen', '28']] as const);
      return [`${r.pick(['Lindenstraße', 'Schillerstraße', 'Hauptstr.', 'Am Mühlbach', 'Bergmannstraße', 'Kastanienallee', 'Goethestr.', 'Rosenweg', 'Wiesenpfad'])} ${r.int(1, 140)}${r.chance(0.2) ? r.pick(['a', 'b']) : ''}`, `${plz}${dg(r, 3)} ${c}`];
    }
    case 'AT': {
      const [c, plz] = r.pick([['Wien', `1${r.int(1, 23).toString().padStart(2, '0')}0`], ['Graz', '8010'], ['Salzburg', '5020'], ['Innsbruck', '6020'], ['Linz', '4020']] as const);
      const lines = [`${r.pick(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Getreidegasse'])} ${r.int(1, 120)}/${r.int(1, 24)}`, `${plz} ${c}`];
      if (r.chance(0.3)) lines.push('Österreich');
      return lines;
    }
    case 'CH': {
      const [c, plz] = r.pick([['Zürich', '8008'], ['Bern', '3011'], ['Genève', '1205'], ['Basel', '4051'], ['Luzern', '6003']] as const);
      return [`${r.pick(['Seefeldstrasse', 'Bahnhofstrasse', 'Rue de Carouge', 'Spalenberg', 'Kramgasse'])} ${r.int(1, 99)}`, `${r.chance(0.3) ? 'CH-' : ''}${plz} ${c}`];
    }
    case 'FR': {
      const [c, cp] = r.pick([['Paris', `750${r.int(1, 20).toString().padStart(2, '0')}`], ['Lyon', '69003'], ['Marseille', '13001'], ['Toulouse', '31000'], ['Bordeaux', '33000'], ['Nantes', '44000'], ['Lille', '59000']] as const);
      const lines = [`${r.int(1, 180)}${r.chance(0.1) ? ' bis' : ''} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'impasse des Tilleuls', 'rue du Faubourg Saint-Antoine', 'quai de la Fosse'])}`, `${cp} ${r.chance(0.3) ? c.toUpperCase() : c}`];
      if (r.chance(0.2)) lines.unshift(`Bât. ${r.pick(['A', 'B', 'C'])}, esc. ${r.int(1, 4)}`);
      return lines;
    }
    case 'BE': {
      const [c, cp] = r.pick([['Bruxelles', '1000'], ['Antwerpen', '2000'], ['Gent', '9000'], ['Liège', '4000']] as const);
      return [`${r.pick(['Rue Royale', 'Meir', 'Kortrijksesteenweg', "Chaussée d'Ixelles", 'Rue Saint-Gilles'])} ${r.int(1, 300)}${r.chance(0.2) ? ` bte ${r.int(1, 9)}` : ''}`, `${cp} ${c}`];
    }
    case 'NL': {
      const [c, pc] = r.pick([['Amsterdam', '10'], ['Utrecht', '35'], ['Rotterdam', '30'], ['Den Haag', '25'], ['Groningen', '97'], ['Eindhoven', '56']] as const);
      return [`${r.pick(['Prinsengracht', 'Oudegracht', 'Witte de Withstraat', 'Kerkstraat', 'Zeeburgerdijk', 'Vismarkt'])} ${r.int(1, 600)}${r.pick(['', '', '-2', ' A', '-hs'])}`, `${pc}${dg(r, 2)} ${up(r, 2)} ${c}`];
    }
    case 'ES': {
      const [c, cp] = r.pick([['Madrid', '280'], ['Barcelona', '080'], ['Sevilla', '410'], ['València', '460'], ['Bilbao', '480']] as const);
      return [`${r.pick(['Calle de Toledo', 'Avenida de América', 'Carrer de Verdi', 'Calle Mayor', 'Passeig de Sant Joan', 'Calle Feria'])}, ${r.int(1, 150)}, ${r.pick(['3º B', '2º izda.', 'bajo', '1º 2ª', '5º D'])}`, `${cp}${dg(r, 2)} ${c}`];
    }
    case 'PT': {
      const [c, cp] = r.pick([['Lisboa', '11'], ['Porto', '40'], ['Coimbra', '30'], ['Braga', '47']] as const);
      return [`${r.pick(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo', 'Rua das Flores'])}, ${r.int(1, 200)}, ${r.pick(['2.º Esq.', '1.º Dto.', 'R/C', '4.º'])}`, `${cp}${dg(r, 2)}-${dg(r, 3)} ${c}`];
    }
    case 'IT': {
      const [c, cap, pv] = r.pick([['Milano', '201', 'MI'], ['Roma', '001', 'RM'], ['Napoli', '801', 'NA'], ['Bologna', '401', 'BO'], ['Torino', '101', 'TO'], ['Firenze', '501', 'FI']] as const);
      return [`${r.pick(['Via Garibaldi', 'Corso Buenos Aires', 'Via dei Mille', 'Viale Monza', 'Via Roma', 'Via Santa Chiara', 'Borgo San Frediano'])} ${r.int(1, 200)}${r.chance(0.15) ? '/B' : ''}`, `${cap}${dg(r, 2)} ${c} ${r.chance(0.6) ? pv : `(${pv})`}`];
    }
    case 'PL': {
      const [c, pc] = r.pick([['Warszawa', '00'], ['Łódź', '90'], ['Kraków', '31'], ['Gdańsk', '80'], ['Wrocław', '50']] as const);
      return [`ul. ${r.pick(['Długa', 'Piotrkowska', 'Marszałkowska', 'Floriańska', 'Świętojańska', 'Ogrodowa'])} ${r.int(1, 150)}${r.chance(0.5) ? ` m. ${r.int(1, 60)}` : ''}`, `${pc}-${dg(r, 3)} ${c}`];
    }
    case 'SE': {
      const [c, pn] = r.pick([['Stockholm', '11'], ['Göteborg', '41'], ['Malmö', '21'], ['Uppsala', '75']] as const);
      return [`${r.pick(['Storgatan', 'Drottninggatan', 'Södra Vägen', 'Kungsgatan', 'Linnégatan'])} ${r.int(1, 90)}${r.chance(0.3) ? ` ${r.pick(['A', 'B'])}` : ''}`, `${pn}${r.int(1, 9)} ${dg(r, 2)} ${c}`];
    }
    case 'JP': {
      const zip = `${r.int(100, 999)}-${dg(r, 4)}`;
      if (r.chance(0.55)) {
        const [pref, ward, area] = r.pick([['東京都', '渋谷区', '宇田川町'], ['東京都', '世田谷区', '北沢'], ['大阪府', '大阪市北区', '梅田'], ['福岡県', '福岡市中央区', '天神'], ['北海道', '札幌市中央区', '南三条西']] as const);
        return [`〒${zip} ${pref}${ward}${area}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}${r.chance(0.4) ? ` ${r.pick(['コーポ青葉', 'メゾン桜', 'サンライズ'])}${r.int(1, 9)}0${r.int(1, 9)}` : ''}`];
      }
      const [area, ward, city] = r.pick([['Udagawacho', 'Shibuya-ku', 'Tokyo'], ['Kitazawa', 'Setagaya-ku', 'Tokyo'], ['Umeda', 'Kita-ku', 'Osaka'], ['Tenjin', 'Chuo-ku', 'Fukuoka']] as const);
      return [`${r.chance(0.4) ? `Room ${r.int(1, 9)}0${r.int(1, 9)}, ` : ''}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${area}`, `${ward}, ${city} ${zip}`, 'Japan'];
    }
    case 'KR': {
      const pc = dg(r, 5);
      if (r.chance(0.6)) {
        const [city, gu, road] = r.pick([['서울특별시', '마포구', '와우산로'], ['서울특별시', '강남구', '테헤란로'], ['부산광역시', '해운대구', '해운대로'], ['인천광역시', '연수구', '송도과학로']] as const);
        return [`(${pc}) ${city} ${gu} ${road} ${r.int(1, 300)}${r.chance(0.5) ? `, ${r.int(1, 20)}0${r.int(1, 9)}호` : ''}`];
      }
      const [road, gu, city] = r.pick([['Wausan-ro', 'Mapo-gu', 'Seoul'], ['Teheran-ro', 'Gangnam-gu', 'Seoul'], ['Haeundae-ro', 'Haeundae-gu', 'Busan']] as const);
      return [`${r.int(1, 300)} ${road}, ${gu}`, `${city} ${pc}`, 'Republic of Korea'];
    }
    case 'AU': {
      const [sub, st, pc] = r.pick([['Newtown', 'NSW', '2042'], ['Fitzroy', 'VIC', '3065'], ['Fortitude Valley', 'QLD', '4006'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045']] as const);
      return [`${r.chance(0.3) ? `Unit ${r.int(1, 20)}, ` : ''}${r.int(1, 400)} ${r.pick(['Kent St', 'Brunswick St', 'Glebe Point Rd', 'Smith St', 'Hay St', 'Jetty Rd'])}`, `${sub} ${st} ${pc}`];
    }
    case 'BR': {
      const [bairro, c, uf, cep] = r.pick([['Jardins', 'São Paulo', 'SP', '014'], ['Bela Vista', 'São Paulo', 'SP', '013'], ['Laranjeiras', 'Rio de Janeiro', 'RJ', '222'], ['Savassi', 'Belo Horizonte', 'MG', '301'], ['Moinhos de Vento', 'Porto Alegre', 'RS', '905']] as const);
      return [`${r.pick(['Rua Oscar Freire', 'Av. Paulista', 'Rua das Laranjeiras', 'Rua da Consolação', 'Rua Padre Chagas'])}, ${r.int(10, 2500)}${r.chance(0.5) ? `, apto ${r.int(11, 184)}` : ''}`, `${bairro}, ${c} - ${uf}`, `${cep}${dg(r, 2)}-${dg(r, 3)}`];
    }
    default: {
      const [col, cp, c] = r.pick([['Roma Norte', '06700', 'Ciudad de México, CDMX'], ['Condesa', '06140', 'Ciudad de México, CDMX'], ['Americana', '44160', 'Guadalajara, Jal.'], ['Centro', '64000', 'Monterrey, N.L.']] as const);
      return [`${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Chapultepec', 'Calle Ámsterdam', 'Calle Colima'])} ${r.int(10, 1900)}${r.chance(0.4) ? `, Int. ${r.int(1, 12)}` : ''}`, `Col. ${col}`, `${cp} ${c}`];
    }
  }
}

/** A full address on several lines or on one. */
function address(r: Rng, cc: string, multi = r.chance(0.55)): string {
  const lines = addressLines(r, cc);
  return lines.join(multi ? '\n' : ', ');
}

// ---------------------------------------------------------------------------------------------------------
// Dates, written per locale
// ---------------------------------------------------------------------------------------------------------
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};
/** Date style of each country. */
const DATE_STYLE: Readonly<Record<string, string>> = {
  US: 'us', CA: 'iso', GB: 'uk', IE: 'uk', AU: 'uk', DE: 'de', AT: 'de', CH: 'de', FR: 'fr', BE: 'fr', NL: 'nl', ES: 'es',
  MX: 'es', PT: 'pt', BR: 'pt', IT: 'it', PL: 'pl', SE: 'sv', JP: 'ja', KR: 'ko',
};
const p2 = (n: number): string => String(n).padStart(2, '0');

function fmtDate(r: Rng, style: string, y: number, m: number, day: number): string {
  const mn = (lang: string): string => MONTHS[lang]?.[m - 1] ?? '';
  switch (style) {
    case 'us':
      return r.pick([`${p2(m)}/${p2(day)}/${y}`, `${m}/${day}/${y}`, `${mn('en')} ${day}, ${y}`, `${mn('en').slice(0, 3)} ${day}, ${y}`]);
    case 'uk':
      return r.pick([`${p2(day)}/${p2(m)}/${y}`, `${day} ${mn('en')} ${y}`, `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'} ${mn('en')} ${y}`, `${day} ${mn('en').slice(0, 3)} ${y}`]);
    case 'de':
      return r.pick([`${p2(day)}.${p2(m)}.${y}`, `${day}.${m}.${y}`, `${day}. ${mn('de')} ${y}`]);
    case 'fr':
      return r.pick([`${p2(day)}/${p2(m)}/${y}`, `${day === 1 ? '1er' : day} ${mn('fr')} ${y}`]);
    case 'es':
      return r.pick([`${p2(day)}/${p2(m)}/${y}`, `${day} de ${mn('es')} de ${y}`, `${day}-${p2(m)}-${y}`]);
    case 'pt':
      return r.pick([`${p2(day)}/${p2(m)}/${y}`, `${day} de ${mn('pt')} de ${y}`]);
    case 'it':
      return r.pick([`${p2(day)}/${p2(m)}/${y}`, `${day} ${mn('it')} ${y}`]);
    case 'nl':
      return r.pick([`${p2(day)}-${p2(m)}-${y}`, `${day} ${mn('nl')} ${y}`]);
    case 'pl':
      return r.pick([`${p2(day)}.${p2(m)}.${y}`, `${day} ${mn('pl')} ${y}`]);
    case 'sv':
      return r.pick([`${y}-${p2(m)}-${p2(day)}`, `${day} ${mn('sv')} ${y}`]);
    case 'ja':
      return r.pick([`${y}年${m}月${day}日`, `${y}/${p2(m)}/${p2(day)}`]);
    case 'ko':
      return r.pick([`${y}년 ${m}월 ${day}일`, `${y}.${p2(m)}.${p2(day)}`, `${y}. ${m}. ${day}.`]);
    default:
      return `${y}-${p2(m)}-${p2(day)}`;
  }
}
/** A date of birth written the way the country writes it. */
function dob(r: Rng, cc: string): string {
  return fmtDate(r, r.chance(0.12) ? 'iso' : DATE_STYLE[cc] ?? 'iso', r.int(1942, 2007), r.int(1, 12), r.int(1, 28));
}
/** A non-birth date (events, orders, refunds) in the same style. */
function otherDate(r: Rng, cc: string): string {
  return fmtDate(r, DATE_STYLE[cc] ?? 'iso', r.int(2023, 2026), r.int(1, 12), r.int(1, 28));
}
function clock(r: Rng): string {
  return `${p2(r.int(0, 23))}:${p2(r.int(0, 59))}`;
}
function isoTs(r: Rng): string {
  return `${r.int(2023, 2025)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${clock(r)}:${p2(r.int(0, 59))}${r.pick(['Z', '+01:00', '+02:00', '-05:00'])}`;
}

// ---------------------------------------------------------------------------------------------------------
// Ticketing vocabulary and distractors (none of them personal data)
// ---------------------------------------------------------------------------------------------------------
const ACTS = [
  'Velvet Harbour', 'The Lantern Choir', 'Northbound Static', 'Glasshouse Parade', 'Orbit & Ember', 'Saltwater Hymnal',
  'Los Faroles', 'Kreidezeit', 'Les Nuits Fauves', 'Nebbia Blu', 'Mooncalf Brass', 'Paper Satellites', 'Die Feldlerchen',
  'Cobalt Tigers', 'Sonido Selva', 'Hexagon Youth', 'Nordlys Kvartett', 'Midnight Ferry', 'Raw Silk Revue', 'The Quiet Engines',
];
const SHOWS = ['Hamlet', 'Die Zauberflöte', 'La Traviata', 'A Midsummer Night’s Dream', 'Les Misérables', 'Carmen', 'The Nutcracker', 'Die Fledermaus', 'Don Giovanni', 'Peter Pan'];
const VENUES: ReadonlyArray<readonly [string, string, string]> = [
  ['Harbour Hall', 'Leeds', 'GB'], ['Kulturfabrik Nord', 'Hamburg', 'DE'], ['Salle Lumière', 'Lyon', 'FR'], ['Teatro Cervantes', 'Madrid', 'ES'],
  ['Tuinfest Terrein', 'Utrecht', 'NL'], ['Lakeview Amphitheater', 'Nashville', 'US'], ['Teatro della Luna', 'Bologna', 'IT'],
  ['Sommarscen Slottsparken', 'Malmö', 'SE'], ['Arena Miraflores', 'Guadalajara', 'MX'], ['Copper Barn', 'Galway', 'IE'],
  ['Stadthalle Wiesental', 'Wien', 'AT'], ['Southbank Yard', 'Melbourne', 'AU'], ['Casa da Sinfonia', 'Porto', 'PT'],
  ['Klub Stodoła Live', 'Warszawa', 'PL'], ['Eastgate Ballroom', 'Chicago', 'US'], ['Zepp Nishiki', 'Osaka', 'JP'],
  ['Blue Square Hall', 'Seoul', 'KR'], ['Espaço Rio Norte', 'Rio de Janeiro', 'BR'], ['Théâtre du Quai', 'Montréal', 'CA'],
  ['Royal Albert Hall', 'London', 'GB'], ['Carnegie Hall', 'New York', 'US'], ['Rod Laver Arena', 'Melbourne', 'AU'],
];
/** Places, brands, laws, diseases and awards named after people (never labelled). */
const EPONYMS = [
  'Royal Albert Hall', 'Carnegie Hall', 'the Kennedy Center', 'Rod Laver Arena', 'Lincoln Center', 'the Barbican', 'Dr. Martens boots',
  'a Louis Vuitton bag', 'a Calvin Klein jacket', 'a Tommy Hilfiger hoodie', "Jack Daniel's", "Hendrick's gin", 'a Fender Stratocaster',
  'a Steinway grand', 'Marshall stacks', "Martyn's Law", "Parkinson's", "Crohn's disease", 'Tourette syndrome', 'the Tony Awards',
  'the Olivier Awards', 'the Mercury Prize', 'the Grammy Awards', 'Storm Ciarán', 'Hurricane Helene', 'Storm Agnes', 'Ray-Ban sunglasses',
  'the Hubble stage', 'Jenkins build 4411', "Ben & Jerry's", 'the Nobel Room', 'Fibonacci Lounge', 'Tesla Powerwall', 'Ford Transit van',
];
const TIERS = ['GA Standing', 'Front of Stage', 'Gold Circle', 'Stalls Row F', 'Balcony B', 'Loge 3', 'VIP Hope Lounge', 'Parterre', 'Platea', 'Early Bird', 'Hospitality Deck', 'Will Call'];

function orderNo(r: Rng): string {
  return r.pick([`TKT-${dg(r, 8)}`, `#${r.int(10, 99)}-${dg(r, 7)}`, `ORD${up(r, 2)}${dg(r, 6)}`, `BK/${r.int(2023, 2025)}/${dg(r, 6)}`, `${up(r, 3)}${dg(r, 4)}${up(r, 2)}`, `Bestellnr. ${dg(r, 10)}`]);
}
/** A long digit run (barcode, ticket or bank reference) that is never Luhn-valid, so never a card. */
function refDigits(r: Rng, n: number): string {
  const s = dg(r, n);
  return luhnValid(s) ? s.slice(0, -1) + String((Number(s.charAt(n - 1)) + 1) % 10) : s;
}
function barcode(r: Rng): string {
  return r.pick([refDigits(r, 16), dg(r, 12), `${up(r, 2)}${dg(r, 14)}`, refDigits(r, 18)]);
}
function money(r: Rng, cur: string): string {
  const v = `${r.int(12, 4800)}.${r.pick(['00', '50', '95', '40'])}`;
  return r.pick([`${cur}${v}`, `${v} ${cur}`]);
}
const CUR: Readonly<Record<string, string>> = { US: '$', CA: 'C$', GB: '£', IE: '€', AU: 'A$', JP: '¥', KR: '₩', BR: 'R$', MX: 'MX$', PL: 'zł', SE: 'kr', CH: 'CHF' };
const cur = (cc: string): string => CUR[cc] ?? '€';
const venueIn = (r: Rng, cc?: string): readonly [string, string, string] => {
  const inCc = VENUES.filter((v) => v[2] === cc);
  return inCc.length > 0 && r.chance(0.8) ? r.pick(inCc) : r.pick(VENUES);
};

// ---------------------------------------------------------------------------------------------------------
// Templates. Each appends one whole document; culture codes steer who appears.
// ---------------------------------------------------------------------------------------------------------
const EN = ['us', 'gb', 'ie', 'sc', 'ng', 'in', 'ph', 'ke', 'ar', 'zh', 'ko', 'ja'];
const EN_CC = ['US', 'GB', 'CA', 'AU', 'IE'];

const orderConfirmation: Tpl = (r, d) => {
  const cc = r.pick(EN_CC);
  const p = person(r, EN);
  const [venue, city] = venueIn(r, cc);
  d.t(`Subject: Your tickets for ${r.pick(ACTS)} – ${venue}, ${city}\n\n`);
  d.t(r.pick(['Hi ', 'Hello ', 'Dear '])).l('PERSON', r.chance(0.6) ? p.given : p.full).t(',\n\n');
  d.t(`Thanks for your order ${orderNo(r)}. You bought ${r.int(1, 6)} × ${r.pick(TIERS)} for ${otherDate(r, cc)}, doors ${clock(r)}.\n\n`);
  d.t('Billing details\n').l('PERSON', p.full).t('\n').l('ADDRESS', address(r, cc, true)).t('\n\n');
  d.t(`Paid with ${r.pick(CARD_BRANDS)} ${maskedCard(r)}. Your e-tickets were sent to `).l('EMAIL', email(r, p));
  if (r.chance(0.6)) d.t('. On show day we will text ').l('PHONE', phone(r, cc)).t(' if anything changes.\n');
  else d.t('.\n');
  if (r.chance(0.35)) d.t('Order placed from ').l('IP', ip(r)).t(` using app v${version(r)}.\n`);
  d.t(`Questions? Reply to this e-mail or write to `).l('EMAIL', roleEmail(r)).t('.\n');
};

const transferNotice: Tpl = (r, d) => {
  const from = person(r);
  const to = person(r);
  d.t(`🎟️ Ticket transfer\n\n`).l('PERSON', from.full).t(` has sent you ${r.int(1, 4)} ticket(s) for ${r.pick(ACTS)} at ${venueIn(r)[0]}.\n`);
  d.t('They were sent to ').l('EMAIL', email(r, to)).t(`. Accept before ${otherDate(r, 'GB')} ${clock(r)} or they return to `).l('PERSON', from.given).t('.\n');
  d.t(`Transfer ID ${hash(r, 12).toUpperCase()} · barcodes are reissued on acceptance, old barcode ${barcode(r)} is void.\n`);
  if (r.chance(0.4)) d.t('Not expecting this? Contact ').l('EMAIL', roleEmail(r)).t('.\n');
};

const transferDisputeChat: Tpl = (r, d) => {
  const me = person(r, EN);
  const agent = person(r, EN);
  const other = person(r);
  const cc = r.pick(EN_CC);
  d.t(`[${clock(r)}] Bot: Welcome to ${r.pick(['TicketSquare', 'GigResale', 'Eastgate Box Office'])} support. What's your name?\n`);
  d.t(`[${clock(r)}] Customer: `).self(me.full).t('\n');
  d.t(`[${clock(r)}] Agent `).l('PERSON', agent.given).t(': Thanks, ').l('PERSON', me.given).t('. How can I help?\n');
  d.t(`[${clock(r)}] Customer: my tickets for ${r.pick(ACTS)} were transferred to `).l('EMAIL', email(r, other)).t(' and I never approved that. I think it was ');
  d.l('PERSON', nameAs(other, r.pick<NameForm>(['full', 'given', 'lower']))).t(`, we split up last month lol. order ${orderNo(r)}\n`);
  d.t(`[${clock(r)}] Agent `).l('PERSON', agent.given).t(`: I can see a transfer on ${otherDate(r, cc)}. For security, can you confirm the phone number on the account?\n`);
  d.t(`[${clock(r)}] Customer: `).l('PHONE', phone(r, cc)).t('\n');
  d.t(`[${clock(r)}] Agent `).l('PERSON', agent.given).t(`: Thank you. The card on file is ${maskedCard(r)} and the number we hold ends ${maskedPhone(r)}. I've frozen the tickets and escalated to our Trust team (case ${up(r, 3)}-${dg(r, 6)}).\n`);
};

const resaleDispute: Tpl = (r, d) => {
  const buyer = person(r);
  const seller = person(r);
  const cc = r.pick(['GB', 'DE', 'NL', 'FR', 'IE', 'ES', 'IT', 'BE', 'AT']);
  d.t(`RESALE DISPUTE ${up(r, 2)}${dg(r, 7)}\nListing: ${r.int(2, 4)} × ${r.pick(TIERS)}, ${r.pick(ACTS)} (${venueIn(r, cc)[1]})\n`);
  d.t('Buyer: ').l('PERSON', nameAs(buyer, r.pick<NameForm>(['full', 'comma', 'caps']))).t(' <').l('EMAIL', email(r, buyer)).t('>\n');
  d.t(`Seller: @${fold(seller.given) || 'seller'}_${r.pick(['tix', 'gigs', 'resells'])}${r.int(1, 99)} (verified name: `).l('PERSON', seller.full).t(')\n');
  d.t(`Complaint: "barcodes rejected at Gate ${up(r, 1)}, steward said they were already scanned at ${clock(r)}"\n`);
  d.t('Buyer paid by card ').l('CARD', card(r)).t(`; refund of ${money(r, cur(cc))} to be issued to the same card.\n`);
  d.t('Seller payout account (held): ').l('IBAN', iban(r, r.chance(0.6) ? cc : r.pick(IBAN_COUNTRIES))).t('\n');
  if (r.chance(0.5)) d.t('Previous payout account (closed, failed validation): ').t(badIban(r, cc)).t('\n');
  d.t(`Decision due ${otherDate(r, cc)}.\n`);
};

const resaleTaxUS: Tpl = (r, d) => {
  const p = person(r, ['us', 'mx', 'in', 'ko', 'zh', 'ng', 'ph']);
  d.t(`Payout tax information (Form W-9) — required because your resale proceeds passed $${r.pick(['600', '5,000', '20,000'])} this year\n\n`);
  d.t('Legal name: ').l('PERSON', p.full).t('\n');
  d.t(r.pick(['SSN: ', 'Social Security Number: ', 'TIN (SSN): '])).l('NATIONAL_ID', ssn(r)).t('\n');
  d.t('Address: ').l('ADDRESS', address(r, 'US', false)).t('\n');
  if (r.chance(0.5)) d.t('Date of birth: ').l('DOB', dob(r, 'US')).t('\n');
  d.t(`Business entity: ${r.pick(['none', 'N/A', `LLC — EIN ${r.int(10, 98)}-${dg(r, 7)}`])}\n`);
  d.t(`Previously on file: ${notSsn(r)} (replaced ${otherDate(r, 'US')})\n`);
  d.t('Confirmation sent to ').l('EMAIL', email(r, p)).t('.\n');
};

const willCallCsv: Tpl = (r, d) => {
  const cc = r.pick(['US', 'GB', 'CA', 'AU', 'IE']);
  d.t(`# will_call_${r.int(2023, 2025)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}_${fold(venueIn(r, cc)[0])}.csv\n`);
  d.t('name,order,qty,tier,id_checked,phone\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const p = person(r);
    d.t('"').l('PERSON', r.chance(0.7) ? nameAs(p, 'comma') : p.full).t(`",${orderNo(r).replace(/^Bestellnr\. /, '')},${r.int(1, 4)},${r.pick(TIERS)},${r.pick(['Y', 'N', ''])},`);
    if (r.chance(0.7)) d.l('PHONE', phone(r, cc));
    else d.t(r.pick(['', maskedPhone(r)]));
    d.t('\n');
  }
};

const guestList: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'US', 'DE', 'NL', 'IE', 'AU']);
  const [venue] = venueIn(r, cc);
  d.t(`GUEST LIST — ${r.pick(ACTS).toUpperCase()} — ${venue} — ${otherDate(r, cc)}\nArtist guests (collect at Box Office window 2 from ${clock(r)}):\n`);
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const p = person(r);
    d.t('- ').l('PERSON', nameAs(p, r.pick<NameForm>(['caps', 'caps', 'full', 'comma', 'given', 'init'])));
    d.t(r.pick([' +1', ' +2', '', ' (photo pass)', ' +1 AAA', ' — plus one TBC']) + '\n');
  }
  const tm = person(r, EN);
  d.t('Queries on the night: TM ').l('PERSON', tm.full).t(' ').l('PHONE', phone(r, cc)).t('\n');
};

const DOGS = ['Murphy', 'Bella', 'Biscuit', 'Rosie', 'Duke', 'Hope', 'Bruno', 'Lady'];
const accessibilityRequest: Tpl = (r, d) => {
  const cc = r.pick(EN_CC);
  const me = person(r, EN);
  const carer = person(r, EN);
  d.t(`To: `).l('EMAIL', `accessibility@${r.pick(ORG_DOMAINS)}`).t(`\nSubject: Access booking – ${r.pick(ACTS)} ${otherDate(r, cc)}\n\n`);
  d.t(`Hello,\n\nMy name is `).self(me.full).t(` and I have ${r.pick(["Parkinson's", "Crohn's disease", 'MS', 'Tourette syndrome', 'a hearing impairment'])}. `);
  d.t(`I'd like a ${r.pick(['wheelchair space', 'step-free seat near the aisle', 'seat on the viewing platform', 'seat near the BSL interpreter'])} plus a free companion ticket for my carer, `);
  d.l('PERSON', nameAs(carer, r.pick<NameForm>(['full', 'given']))).t('. ');
  if (r.chance(0.5)) d.t(`My assistance dog ${r.pick(DOGS)} will be with me. `);
  d.t(`Access scheme card ${up(r, 2)}${dg(r, 8)}. `);
  if (r.chance(0.4)) d.t('Date of birth (the scheme asks for it): ').l('DOB', dob(r, cc)).t('. ');
  d.t('\nBest to reach me on ').l('PHONE', phone(r, cc)).t(r.chance(0.5) ? ' (texts please).\n' : '.\n');
  d.t(`\nThanks,\n`).l('PERSON', me.given).t('\n');
};

const riderHospitality: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'DE', 'US', 'FR', 'NL', 'ES', 'IT', 'SE']);
  const tm = person(r);
  const act = r.pick(ACTS);
  d.t(`${act.toUpperCase()} — HOSPITALITY RIDER (${r.int(2023, 2025)} tour)\n`);
  d.t(`Dressing room 1: 24 still water, 1 bottle ${r.pick(["Jack Daniel's", "Hendrick's gin", 'Grey Goose'])}, fresh fruit, hummus, NO peanuts.\n`);
  d.t(`Backline: ${r.pick(['a Fender Twin Reverb', 'Marshall stacks x2', 'a Steinway D (tuned to 442)', 'Ampeg SVT'])}.\n`);
  d.t('Day-of contact: ').l('PERSON', tm.full).t(' (Tour Manager), ').l('PHONE', phone(r, cc)).t(', ').l('EMAIL', staffEmail(r, tm)).t('\n');
  const h = person(r);
  d.t('Hotel for 6: ').t(r.pick(['The Dock Hotel', 'Hotel Kranich', 'Hôtel des Arts', 'Motel One'])).t(', ').l('ADDRESS', address(r, cc, false)).t(`. Contact `);
  d.l('PERSON', nameAs(h, r.pick<NameForm>(['full', 'family', 'init']))).t(' at reception.\n');
  d.t(`Runner needed ${clock(r)}–${clock(r)} (van: Ford Transit). Wi-Fi for crew laptops only, NOT on the ${version(r)} scanner network.\n`);
};

const lostPropertyReport: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'US', 'IE', 'AU', 'DE', 'NL']);
  const me = person(r);
  const [venue] = venueIn(r, cc);
  d.t(`LOST PROPERTY REPORT — ${venue}\nRef: LP-${dg(r, 6)}\nEvent date: ${otherDate(r, cc)}\n`);
  d.t('Name: ').self(me.full).t('\n');
  d.t(`Item: ${r.pick(['Dr. Martens boots (black, size 6)', 'a Louis Vuitton bag', 'a Calvin Klein jacket', 'Ray-Ban sunglasses', 'a Tommy Hilfiger hoodie', 'iPhone 14 in a green case', 'car keys on a Hello Kitty keyring'])}\n`);
  d.t(`Where: ${r.pick(['near Gate C', 'Row F seat 14', 'the upstairs bar', 'cloakroom queue', 'accessible toilets by Bar 2'])}\n`);
  d.t('Contact: ').l('PHONE', phone(r, cc)).t(' / ').l('EMAIL', email(r, me)).t('\n');
  if (r.chance(0.6)) d.t('Return address: ').l('ADDRESS', address(r, cc, false)).t('\n');
};

const refundChat: Tpl = (r, d) => {
  const cc = r.pick(EN_CC);
  const me = person(r, EN);
  const agent = person(r, EN);
  const agentShown = r.chance(0.5) ? agent.given : nameAs(agent, 'init');
  d.t(`Chat transcript — ${otherDate(r, cc)}\n`);
  d.t('You are chatting with ').l('PERSON', agentShown).t('.\n');
  d.t(`Me: hi, i need a refund, the ${r.pick(ACTS)} show was cancelled (${r.pick(['Storm Ciarán', 'Storm Agnes', 'illness', 'Hurricane Helene'])})\n`);
  d.l('PERSON', agentShown).t(`: Sorry about that! Can I have the order number and the lead booker's name?\n`);
  d.t(`Me: ${orderNo(r)}, `).self(me.full).t('\n');
  d.l('PERSON', agentShown).t(`: Thanks. The card used (${maskedCard(r)}) has expired, so the refund cannot go back to it. Do you have another card?\n`);
  d.t('Me: yes use ').l('CARD', card(r)).t(r.chance(0.5) ? ' exp 09/28\n' : '\n');
  d.l('PERSON', agentShown).t(`: Done — ${money(r, cur(cc))} in 5–10 working days. Confirmation to `).l('EMAIL', email(r, me)).t('.\n');
};

const phoneTranscript: Tpl = (r, d) => {
  const me = person(r, EN);
  const staff = person(r, EN);
  d.t(`[Call recording transcript · Box office line · ${isoTs(r)}]\n`);
  d.t('AGENT (').l('PERSON', staff.given).t(`): ${r.pick(ACTS)} box office, how can I help?\n`);
  d.t(`CALLER: Hi, yeah, it's `).self(me.full).t(', I bought two for Saturday and never got the e-mail.\n');
  d.t(`AGENT: Which address did you use?\nCALLER: `).l('EMAIL', spokenEmail(r, me)).t('\n');
  d.t("AGENT: And a number in case we get cut off?\nCALLER: It's ").l('PHONE', spokenPhone(r)).t('\n');
  d.t(`AGENT: Lovely. I've resent them, and they're on the Will Call list under `).l('PERSON', me.family).t(' as well.\n');
};

const scannerLog: Tpl = (r, d) => {
  d.t(`# access-control export ${isoTs(r)} fw ${version(r)}\n`);
  for (let i = 0, n = r.int(4, 8); i < n; i++) {
    d.t(`${isoTs(r)} gate=${up(r, 1)}${r.int(1, 9)} dev=SCN-${p2(r.int(1, 40))} `);
    const roll = r.int(0, 9);
    if (roll < 5) d.t('ip=').l('IP', ip4(r));
    else if (roll < 7) d.t('peer=[').l('IP', ip6(r)).t(`]:${r.pick([443, 8443, 5683])}`);
    else if (roll < 8) d.t('src=').l('IP', ip4(r)).t(`:${r.int(1024, 65535)}`);
    else d.t(`build=${version(r)}`);
    d.t(` code=${barcode(r)} result=${r.pick(['VALID', 'VALID', 'VALID', 'DUPLICATE', 'WRONG_GATE', 'VOID'])}`);
    if (r.chance(0.2)) d.t(' operator=').l('PERSON', person(r).given.toLowerCase());
    d.t('\n');
  }
};

const duplicateScanAlert: Tpl = (r, d) => {
  const p = person(r);
  d.t(`⚠ DUPLICATE ENTRY ATTEMPT\nTicket ${barcode(r)} (${r.pick(TIERS)})\nFirst scan ${isoTs(r)} at Gate ${up(r, 1)} from scanner `).l('IP', ip4(r));
  d.t(`\nSecond scan ${isoTs(r)} from `).l('IP', ip(r)).t('\n');
  d.t('Ticket holder: ').l('PERSON', anyName(r, p)).t(' · ').l('EMAIL', email(r, p)).t('\n');
  d.t(`Action: steward ${r.pick(['radioed', 'notified'])}, SHA-256 of photo ${hash(r, 64).slice(0, 16)}…\n`);
};

const BIC = ['DEUTDEFF', 'NWBKGB2L', 'BNPAFRPP', 'CAIXESBB', 'INGBNL2A', 'UNCRITMM', 'GEBABEBB', 'RZOOAT2L', 'BPKOPLPW', 'AIBKIE2D', 'ESSESESS'];
const promoterSettlement: Tpl = (r, d) => {
  const cc = r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT', 'PL', 'IE', 'SE', 'PT']);
  const [venue, city] = venueIn(r, cc);
  const p = person(r);
  d.t(`SHOW SETTLEMENT — ${r.pick(ACTS)} @ ${venue}, ${city} — ${otherDate(r, cc)}\n`);
  d.t(`Tickets sold: ${r.int(300, 9000)} · Comps: ${r.int(10, 200)} · Gross: ${money(r, cur(cc))} · VAT no. ${cc}${dg(r, 9)}\n`);
  d.t(`Artist fee (guarantee vs 85% net) … ${money(r, cur(cc))}\n`);
  d.t(`Payee: ${r.pick(['Northlight Touring Ltd', 'Kreidezeit GbR', 'Faroles Producciones S.L.', 'Blue Ferry Music BV'])}, attn. `).l('PERSON', p.full).t('\n');
  d.t('IBAN: ').l('IBAN', iban(r, cc)).t(`   BIC: ${r.pick(BIC)}\n`);
  d.t(`Invoice date ${otherDate(r, cc)}, payment within 14 days. Signed for the venue: `).l('PERSON', nameAs(person(r), r.pick<NameForm>(['full', 'init', 'caps']))).t('\n');
};

const settlementCsv: Tpl = (r, d) => {
  d.t('payee_name;role;iban;amount;currency;status\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const p = person(r);
    const cc = r.pick(IBAN_COUNTRIES);
    d.l('PERSON', r.chance(0.5) ? p.full : nameAs(p, 'caps')).t(`;${r.pick(['support act', 'sound engineer', 'lighting', 'promoter rep', 'merch', 'runner'])};`);
    const valid = r.chance(0.8);
    if (valid) d.l('IBAN', iban(r, cc));
    else d.t(badIban(r, cc));
    d.t(`;${r.int(80, 6000)}.${r.pick(['00', '50'])};EUR;${valid ? r.pick(['PAID', 'QUEUED']) : 'REJECTED_IBAN'}\n`);
  }
};

const orderExportCsv: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'US', 'DE', 'FR', 'NL', 'AU', 'ES', 'IT']);
  d.t('order_id,created_at,buyer,email,phone,postcode,client_ip,tier\n');
  for (let i = 0, n = r.int(3, 5); i < n; i++) {
    const p = person(r);
    d.t(`${orderNo(r).replace(/[ ,]/g, '')},${isoTs(r)},`).l('PERSON', p.full).t(',').l('EMAIL', email(r, p)).t(',');
    d.l('PHONE', phone(r, cc)).t(`,${cc === 'GB' ? `LS6 ${r.int(1, 9)}${up(r, 2)}` : dg(r, 5)},`).l('IP', ip(r)).t(`,${r.pick(TIERS)}\n`);
  }
};

const boxOfficePhoneOrder: Tpl = (r, d) => {
  const cc = r.pick(['US', 'GB', 'CA', 'AU', 'IE']);
  const staff = person(r, EN);
  const c = person(r);
  d.t(`PHONE BOOKING — taken by `).l('PERSON', staff.given).t(` at ${clock(r)}\n`);
  d.t('Customer: ').l('PERSON', r.chance(0.3) ? nameAs(c, 'comma') : c.full).t(`\nSeats: ${r.pick(SHOWS)}, ${r.pick(TIERS)} ${up(r, 1)}${r.int(1, 30)}–${r.int(31, 40)}\n`);
  d.t('Card: ').l('CARD', card(r)).t(`  exp ${p2(r.int(1, 12))}/${r.int(26, 31)}  CVV ${dg(r, 3)} (destroyed after auth)\n`);
  d.t('Billing: ').l('ADDRESS', address(r, cc, false)).t('\nTel: ').l('PHONE', phone(r, cc));
  d.t(r.chance(0.3) ? ` ext. ${r.int(10, 999)}\n` : '\n');
  d.t(`Auth code ${up(r, 2)}${dg(r, 4)} · Collect at Will Call, photo ID.\n`);
};

const chargebackForm: Tpl = (r, d) => {
  const cc = r.pick(['US', 'GB', 'DE', 'FR', 'CA', 'AU', 'ES']);
  const p = person(r);
  d.t(`CHARGEBACK RESPONSE — case CB${dg(r, 9)} — reason code ${r.pick(['10.4', '13.1', '4853', '4837'])}\n`);
  d.t('Cardholder: ').l('PERSON', nameAs(p, r.pick<NameForm>(['full', 'caps']))).t('\nCard number: ').l('CARD', card(r)).t('\n');
  d.t(`Transaction: ${otherDate(r, cc)} ${clock(r)}, ${money(r, cur(cc))}, ${r.int(1, 6)} tickets for ${r.pick(ACTS)}\n`);
  d.t('Billing address on order:\n').l('ADDRESS', address(r, cc, true)).t('\n');
  d.t('Device IP at checkout: ').l('IP', ip(r)).t(`; 3-D Secure: ${r.pick(['passed', 'frictionless', 'not enrolled'])}\n`);
  d.t(`Evidence: all ${r.int(1, 6)} barcodes scanned at ${clock(r)} (gate logs attached). A previous card on the account, ${badCard(r)}, was declined as invalid.\n`);
};

const ageVerification: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'US', 'DE', 'NL', 'AU', 'IE', 'SE', 'ES']);
  const me = person(r);
  d.t(`18+ WRISTBAND CHECK — ${r.pick(['Tuinfest', 'Sommarscen', 'Copper Barn Weekender', 'Lakeview Fest'])}\n`);
  d.t('Ticket holder: ').self(me.full).t('\n');
  d.t(r.pick(['DOB: ', 'Date of birth: ', 'Born: '])).l('DOB', dob(r, cc)).t('\n');
  d.t(`ID: ${r.pick(['passport', 'driving licence', 'national ID card'])} no. ${up(r, 2)}${dg(r, 7)}, expires ${otherDate(r, cc)}\n`);
  d.t(`Checked by steward #${r.int(100, 999)} at ${clock(r)}. Wristband colour: ${r.pick(['orange', 'May green', 'Will-Call white'])}.\n`);
};

const campingDE: Tpl = (r, d) => {
  const me = person(r, ['de', 'tr', 'pl', 'nl', 'ua', 'it']);
  const nk = person(r, ['de', 'tr', 'pl']);
  d.t(`Anmeldung Camping – Wiesental Open Air ${r.int(2024, 2026)}\n\n`);
  d.t('Name, Vorname: ').l('PERSON', nameAs(me, 'comma')).t('\n');
  d.t('Geburtsdatum: ').l('DOB', dob(r, 'DE')).t('\n');
  d.t('Anschrift:\n').l('ADDRESS', address(r, r.pick(['DE', 'DE', 'AT', 'CH']), true)).t('\n');
  d.t('E-Mail: ').l('EMAIL', email(r, me)).t('\n');
  d.t('Notfallkontakt: ').l('PERSON', nk.full).t(', Tel. ').l('PHONE', phone(r, 'DE')).t('\n');
  d.t(`Zeltplatz ${up(r, 1)}-${r.int(1, 400)}, Anreise ${otherDate(r, 'DE')}. Bändchen-Nr. ${dg(r, 10)}.\n`);
};

const crewOnboardingUS: Tpl = (r, d) => {
  const p = person(r, ['us', 'mx', 'ng', 'in', 'ph', 'ko']);
  const ec = person(r, ['us', 'mx']);
  d.t(`EVENT STAFF ONBOARDING — ${r.pick(['Lakeview Amphitheater', 'Eastgate Ballroom'])} (season ${r.int(2024, 2026)})\n`);
  d.t('Full legal name: ').l('PERSON', p.full).t('\n');
  d.t('SSN: ').l('NATIONAL_ID', ssn(r)).t('\n');
  d.t('DOB: ').l('DOB', dob(r, 'US')).t('\n');
  d.t('Home address: ').l('ADDRESS', address(r, 'US', r.chance(0.4))).t('\n');
  d.t('Mobile: ').l('PHONE', phone(r, 'US')).t('\n');
  d.t('Emergency contact: ').l('PERSON', ec.full).t(' — ').l('PHONE', phone(r, 'US')).t('\n');
  d.t(`Direct deposit: routing ${r.pick(['021000021', '121000358', '026009593'])}, account ${dg(r, 10)}\n`);
  d.t(`Position: ${r.pick(['usher', 'ticket scanner', 'bar back', 'security (Martyn’s Law trained)', 'stagehand'])}, start ${otherDate(r, 'US')}\n`);
};

const crewPayrollCsv: Tpl = (r, d) => {
  d.t(`employee_id,name,ssn,dob,state,rate\n`);
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const p = person(r);
    d.t(`E${dg(r, 5)},"`).l('PERSON', r.chance(0.5) ? nameAs(p, 'comma') : p.full).t('",');
    if (r.chance(0.85)) d.l('NATIONAL_ID', ssn(r));
    else d.t(notSsn(r));
    d.t(',');
    const y = r.int(1960, 2006);
    d.l('DOB', `${y}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`).t(`,${r.pick(['TN', 'IL', 'NY', 'TX', 'CA', 'OR'])},${r.int(16, 48)}.${r.pick(['00', '50', '75'])}\n`);
  }
};

const volunteerEU: Tpl = (r, d) => {
  const cc = r.pick(['NL', 'BE', 'FR', 'ES', 'IT', 'PT', 'DE', 'IE', 'FI', 'DK']);
  const p = person(r);
  d.t(`Volunteer application – ${r.pick(['Tuinfest', 'Festival do Rio Norte', 'Nuits Fauves', 'Sommarscen'])} crew\n`);
  d.t('Name: ').l('PERSON', p.full).t('\nDate of birth: ').l('DOB', dob(r, cc === 'FI' || cc === 'DK' ? 'SE' : cc)).t('\n');
  d.t('Address: ').l('ADDRESS', address(r, cc === 'FI' || cc === 'DK' ? 'SE' : cc, false)).t('\n');
  d.t('Expenses paid to IBAN: ').l('IBAN', iban(r, cc)).t('\n');
  d.t('Phone: ').l('PHONE', phone(r, cc === 'FI' || cc === 'DK' ? 'SE' : cc)).t('\n');
  d.t(`Shifts: ${r.pick(['Fri 14:00–22:00', 'Sat early', 'load-out Monday'])}; T-shirt ${r.pick(['S', 'M', 'L', 'XL'])}; dietary: ${r.pick(['vegan', 'none', 'coeliac'])}\n`);
};

const theatreAboDE: Tpl = (r, d) => {
  const p = person(r, ['de', 'tr', 'pl', 'it']);
  const cc = r.pick(['DE', 'DE', 'AT', 'CH']);
  d.t(`Stadthalle Wiesental · Abo-Büro\n\n`);
  const frau = r.chance(0.5);
  d.t(r.chance(0.8) ? (frau ? 'Frau ' : 'Herrn ') : '').l('PERSON', p.full).t('\n').l('ADDRESS', address(r, cc, true)).t(`\n\n${r.pick(['Wien', 'Hamburg', 'Köln'])}, ${otherDate(r, 'DE')}\n\n`);
  const season = r.int(2024, 2026);
  d.t(`Ihr Abonnement „${r.pick(['Premieren-Abo', 'Sonntags-Abo B', 'Jugend-Abo'])}“ Saison ${season}/${(season + 1) % 100}\n\n`);
  d.t(frau ? 'Sehr geehrte Frau ' : 'Sehr geehrter Herr ').l('PERSON', p.family).t(`,\n\nvielen Dank für Ihre Verlängerung. Ihr Platz: Parkett links, Reihe ${r.int(1, 20)}, Platz ${r.int(1, 30)}. `);
  d.t(`Wir buchen ${money(r, '€')} per SEPA-Lastschrift von Ihrem Konto `).l('IBAN', iban(r, cc === 'CH' ? 'CH' : cc)).t(' ab.\n');
  d.t(`Gläubiger-ID DE${dg(r, 2)}ZZZ${dg(r, 11)}, Mandatsreferenz ABO-${dg(r, 7)}.\n`);
  d.t(`Rückfragen: `).l('PHONE', phone(r, cc)).t(' oder ').l('EMAIL', roleEmail(r)).t('\n\nMit freundlichen Grüßen\n').l('PERSON', nameAs(person(r, ['de']), r.pick<NameForm>(['full', 'init']))).t('\n');
};

const abbonamentoIT: Tpl = (r, d) => {
  const p = person(r, ['it', 'ar', 'ua', 'br']);
  d.t(`Teatro della Luna — Biglietteria\nOggetto: rinnovo abbonamento stagione ${r.int(2024, 2026)}\n\n`);
  d.t(r.pick(['Gentile ', 'Gentile Sig.ra ', 'Egregio Sig. '])).l('PERSON', r.chance(0.5) ? p.full : p.family).t(',\n');
  d.t(`confermiamo il Suo posto in Platea, fila ${up(r, 1)}, per "${r.pick(SHOWS)}" e altri ${r.int(4, 9)} titoli.\n`);
  d.t('Recapito registrato:\n').l('ADDRESS', address(r, 'IT', true)).t('\n');
  d.t('Tel. ').l('PHONE', phone(r, 'IT')).t(' · e-mail ').l('EMAIL', email(r, p)).t('\n');
  if (r.chance(0.6)) d.t('Addebito su IBAN ').l('IBAN', iban(r, 'IT')).t('\n');
  d.t(`Codice fiscale in archivio (non richiesto): ${up(r, 6)}${dg(r, 2)}${up(r, 1)}${dg(r, 2)}${up(r, 1)}${dg(r, 3)}${up(r, 1)}\n`);
};

const refundNL: Tpl = (r, d) => {
  const me = person(r, ['nl', 'tr', 'ar', 'de']);
  d.t(`Klantenservice Tuinfest – chat ${otherDate(r, 'NL')}\n`);
  d.t('Klant: Hoi, mijn naam is ').self(me.full).t(`. Het festival op zaterdag is afgelast vanwege ${r.pick(['Storm Agnes', 'onweer', 'de storm'])}, ik wil mijn geld terug.\n`);
  d.t(`Medewerker `).l('PERSON', person(r, ['nl']).given).t(`: Vervelend! Wat is je bestelnummer?\nKlant: ${orderNo(r)}\n`);
  d.t('Medewerker: De iDEAL-betaling kan niet automatisch terug. Naar welk rekeningnummer mogen we het bedrag overmaken?\n');
  d.t('Klant: ').l('IBAN', iban(r, r.chance(0.8) ? 'NL' : 'BE')).t(' t.n.v. ').l('PERSON', nameAs(me, r.pick<NameForm>(['init', 'full']))).t('\n');
  d.t('Klant: en je kan me bellen op ').l('PHONE', phone(r, 'NL')).t('\n');
  d.t(`Medewerker: Top, binnen 14 dagen op je rekening (referentie RF${dg(r, 2)} ${dg(r, 4)} ${dg(r, 4)}).\n`);
};

const reembolsoES: Tpl = (r, d) => {
  const cc = r.pick(['ES', 'ES', 'MX']);
  const p = person(r, ['es', 'mx']);
  d.t(`Asunto: Solicitud de reembolso — ${r.pick(ACTS)} (${cc === 'ES' ? 'Teatro Cervantes' : 'Arena Miraflores'})\n\n`);
  d.t(r.pick(['Estimada Sra. ', 'Estimado Sr. ', 'Hola '])).l('PERSON', r.chance(0.5) ? p.family : p.full).t(':\n\n');
  d.t(`Hemos recibido su solicitud del ${otherDate(r, cc)}. El reembolso de ${money(r, cc === 'ES' ? '€' : 'MX$')} se abonará en la cuenta `);
  if (cc === 'ES') d.l('IBAN', iban(r, 'ES'));
  else d.t(`CLABE ${refDigits(r, 18)}`);
  d.t(`.\nDNI/NIE indicado: ${dg(r, 8)}${up(r, 1)} (no lo guardamos).\n`);
  d.t('Teléfono de contacto: ').l('PHONE', phone(r, cc)).t('\nCorreo: ').l('EMAIL', email(r, p)).t('\n');
  d.t('Dirección de envío de las entradas físicas:\n').l('ADDRESS', address(r, cc, true)).t('\n\nAtentamente,\nTaquilla\n');
};

const meiaEntradaBR: Tpl = (r, d) => {
  const me = person(r, ['br']);
  d.t(`Festival do Rio Norte — Validação de meia-entrada\n`);
  d.t('Nome completo: ').self(me.full).t('\n');
  d.t('Data de nascimento: ').l('DOB', dob(r, 'BR')).t('\n');
  d.t(`CPF: ${dg(r, 3)}.${dg(r, 3)}.${dg(r, 3)}-${dg(r, 2)} · Carteirinha estudantil nº ${dg(r, 9)}\n`);
  d.t('Celular/WhatsApp: ').l('PHONE', phone(r, 'BR')).t('\nE-mail: ').l('EMAIL', email(r, me)).t('\n');
  if (r.chance(0.5)) d.t('Endereço:\n').l('ADDRESS', address(r, 'BR', true)).t('\n');
  d.t(`Setor: ${r.pick(['Pista', 'Pista Premium', 'Camarote'])} · pedido ${orderNo(r)}\n`);
};

const koreanBooking: Tpl = (r, d) => {
  const p = person(r, ['kos', 'ko']);
  d.t(`[예매 확인] ${r.pick(ACTS)} 내한공연 — Blue Square Hall\n`);
  d.t('예매자: ').l('PERSON', p.full).t(r.pick([' 님', '님', ' 씨']) + '\n');
  d.t(`예매번호: T${dg(r, 10)} · 좌석: ${up(r, 1)}구역 ${r.int(1, 30)}열 ${r.int(1, 40)}번\n`);
  d.t('연락처: ').l('PHONE', phone(r, 'KR')).t('\n이메일: ').l('EMAIL', email(r, p)).t('\n');
  if (r.chance(0.6)) d.t('생년월일: ').l('DOB', dob(r, 'KR')).t(' (본인 확인용)\n');
  if (r.chance(0.4)) d.t('배송지: ').l('ADDRESS', address(r, 'KR', false)).t('\n');
  d.t(`공연일: ${otherDate(r, 'KR')} ${clock(r)} · 취소 마감 ${otherDate(r, 'KR')}\n`);
};

const japanWillCall: Tpl = (r, d) => {
  d.t(`当日引換リスト — Zepp Nishiki — ${otherDate(r, 'JP')}\n`);
  for (let i = 0, n = r.int(3, 5); i < n; i++) {
    const p = person(r, ['jas', 'ja']);
    d.l('PERSON', p.full).t(r.pick([' 様', '様', ' さん', ''])).t(` ${r.int(1, 4)}枚 受付番号${dg(r, 6)} `);
    if (r.chance(0.6)) d.t('TEL ').l('PHONE', phone(r, 'JP'));
    else d.t(`TEL ${maskedPhone(r)}`);
    d.t('\n');
  }
  d.t(`※ 身分証明書をご提示ください。問い合わせ: `).l('EMAIL', roleEmail(r)).t('\n');
};

const polishRefund: Tpl = (r, d) => {
  const me = person(r, ['pl', 'ua', 'cz']);
  d.t(`Klub Stodoła Live — zwrot za bilet\n\nDzień dobry,\nnazywam się `).self(me.full).t(` i proszę o zwrot za bilet nr ${dg(r, 12)} na koncert ${r.pick(ACTS)} (${otherDate(r, 'PL')}).\n`);
  d.t('Numer konta: ').l('IBAN', iban(r, 'PL')).t('\n');
  d.t('Telefon: ').l('PHONE', phone(r, 'PL')).t(`\nPESEL: ${dg(r, 11)} (jeśli potrzebny)\n`);
  if (r.chance(0.5)) d.t('Adres:\n').l('ADDRESS', address(r, 'PL', true)).t('\n');
  d.t('Pozdrawiam,\n').l('PERSON', me.given).t('\n');
};

const swedishTicket: Tpl = (r, d) => {
  const p = person(r, ['se', 'fi', 'ar', 'fa']);
  d.t(`Hej `).l('PERSON', p.given).t(`!\n\nTack för ditt köp hos Sommarscen. Dina ${r.int(1, 4)} biljetter till ${r.pick(ACTS)} ${otherDate(r, 'SE')} finns i appen.\n`);
  d.t('Kvitto skickat till ').l('EMAIL', email(r, p)).t('. Vi sms:ar ').l('PHONE', phone(r, 'SE')).t(' om tiderna ändras.\n');
  if (r.chance(0.5)) d.t('Leveransadress för armband:\n').l('ADDRESS', address(r, 'SE', true)).t('\n');
  d.t(`Ordernr ${dg(r, 9)} · Swish-referens ${dg(r, 12)}\n`);
};

const frenchPress: Tpl = (r, d) => {
  const p = person(r, ['fr', 'ar', 'ng']);
  const cc = r.pick(['FR', 'FR', 'BE', 'CH']);
  d.t(`Demande d'accréditation presse — Les Nuits Fauves ${r.int(2024, 2026)}\n`);
  d.t('NOM : ').l('PERSON', p.family.toUpperCase()).t('\nPrénom : ').l('PERSON', p.given).t('\n');
  d.t('Date de naissance : ').l('DOB', dob(r, 'FR')).t('\n');
  d.t(`Média : ${r.pick(['Radio Canopée', 'Le Petit Écho', 'Magazine Sillon'])} · carte de presse n° ${dg(r, 6)}\n`);
  d.t('Tél. : ').l('PHONE', phone(r, cc)).t(' · Courriel : ').l('EMAIL', email(r, p)).t('\n');
  d.t(`Photographe accompagnant : `).l('PERSON', person(r, ['fr']).full).t(` (zone fosse, 3 premiers titres)\n`);
};

const frenchSelf: Tpl = (r, d) => {
  const me = person(r, ['fr', 'ar', 'it']);
  d.t(`Bonjour,\n\nJe m'appelle `).self(me.full).t(` et j'avais acheté ${r.int(2, 5)} places pour ${r.pick(SHOWS)} à la Salle Lumière (commande ${orderNo(r)}). `);
  d.t(`Le spectacle du ${otherDate(r, 'FR')} a été reporté et je ne suis pas disponible à la nouvelle date. Pourriez-vous me rembourser sur mon compte `);
  d.l('IBAN', iban(r, 'FR')).t(' ? Vous pouvez me joindre au ').l('PHONE', phone(r, 'FR')).t('.\n\nCordialement,\n').l('PERSON', nameAs(me, r.pick<NameForm>(['full', 'init', 'given']))).t('\n');
};

const portugalTicket: Tpl = (r, d) => {
  const p = person(r, ['br', 'es']);
  d.t(`Casa da Sinfonia — Bilheteira\nOlá `).l('PERSON', p.given).t(`, os seus bilhetes para ${r.pick(SHOWS)} (${otherDate(r, 'PT')}) estão confirmados.\n`);
  d.t(`NIF na fatura: ${dg(r, 9)}\n`);
  d.t('Morada de faturação:\n').l('ADDRESS', address(r, 'PT', true)).t('\n');
  d.t('Telemóvel: ').l('PHONE', phone(r, 'PT')).t('\n');
  if (r.chance(0.5)) d.t('Reembolsos por transferência para ').l('IBAN', iban(r, 'PT')).t('\n');
};

const mexicoTaquilla: Tpl = (r, d) => {
  const p = person(r, ['mx']);
  d.t(`Arena Miraflores · Taquilla — boletos apartados\nA nombre de: `).l('PERSON', nameAs(p, r.pick<NameForm>(['full', 'caps']))).t('\n');
  d.t(`Función: ${r.pick(ACTS)}, ${otherDate(r, 'MX')} · Zona ${r.pick(['Oro', 'Plata', 'General'])}\n`);
  d.t('Tel: ').l('PHONE', phone(r, 'MX')).t(' · Correo: ').l('EMAIL', email(r, p)).t('\n');
  d.t(`CURP registrada: ${up(r, 4)}${dg(r, 6)}${up(r, 6)}${dg(r, 2)} · Folio ${dg(r, 8)}\n`);
  if (r.chance(0.5)) d.t('Domicilio:\n').l('ADDRESS', address(r, 'MX', true)).t('\n');
};

const groupBooking: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'IE', 'AU', 'US', 'CA']);
  const t = person(r, EN);
  d.t(`Schools matinee booking — ${r.pick(SHOWS)} — ${otherDate(r, cc)}\n`);
  d.t(`Group: Year ${r.int(7, 11)}, ${r.int(20, 90)} students + ${r.int(3, 9)} staff (1 free per 10)\n`);
  d.t('Lead teacher: ').l('PERSON', r.chance(0.5) ? t.full : nameAs(t, 'family')).t(` (${r.pick(['Ms', 'Mr', 'Mrs', 'Dr'])}.)\n`);
  d.t(`School: ${r.pick(['St Brigid’s College', 'Kingsway Academy', 'Lincoln High School', 'Holy Trinity Primary'])}\n`).l('ADDRESS', address(r, cc, true)).t('\n');
  d.t('Office: ').l('PHONE', phone(r, cc)).t(r.chance(0.4) ? ` ext ${r.int(100, 450)}` : '').t(' · ').l('EMAIL', email(r, t)).t('\n');
  d.t(`Coach drop-off on ${r.pick(['Dock Road', 'the service lane behind the Barbican', 'Stage Door side'])}. PO number ${dg(r, 8)}.\n`);
};

const roomingList: Tpl = (r, d) => {
  const act = r.pick(ACTS);
  d.t(`ROOMING LIST — ${act} — ${r.pick(['Hotel Kranich', 'The Dock Hotel', 'Hôtel des Arts'])} — check-in ${otherDate(r, 'GB')}\n`);
  d.t('Name | DOB | Passport | Room | Notes\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const p = person(r);
    const cc = r.pick(COUNTRIES);
    d.l('PERSON', nameAs(p, r.pick<NameForm>(['caps', 'full', 'comma']))).t(' | ').l('DOB', dob(r, cc)).t(` | ${up(r, 2)}${dg(r, 7)} | ${r.int(101, 920)} | ${r.pick(['twin', 'king', 'late checkout', 'quiet room', 'ground floor'])}\n`);
  }
  d.t(`Billing to tour account TA-${dg(r, 5)}; no incidentals.\n`);
};

const accreditationList: Tpl = (r, d) => {
  d.t(`ACCREDITATION — ${r.pick(['Tuinfest', 'Lakeview Fest', 'Wiesental Open Air', 'Festival do Rio Norte'])} — zones: AAA / STAGE / PRESS / CATERING\n`);
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const p = person(r);
    const cc = r.pick(COUNTRIES);
    d.t(`${i + 1}. `).l('PERSON', nameAs(p, r.pick<NameForm>(['full', 'comma', 'caps'])));
    d.t(` — ${r.pick(['Cobalt Tigers crew', 'catering (Ben & Jerry’s stand)', 'security', 'press', 'lighting'])} — `);
    if (r.chance(0.6)) d.t('born ').l('DOB', dob(r, cc)).t(' — ');
    d.t(`${r.pick(['AAA', 'STAGE', 'PRESS', 'CATERING'])}\n`);
  }
};

const sponsorRSVP: Tpl = (r, d) => {
  const a = person(r);
  const b = person(r);
  d.t(`RSVP — sponsor hospitality, ${r.pick(['the Olivier Awards screening', 'the Mercury Prize night', 'opening night of ' + r.pick(SHOWS)])}\n`);
  d.t('Guest: ').l('PERSON', a.full).t(' + ').l('PERSON', r.chance(0.5) ? b.full : b.given).t('\n');
  d.t(`Dietary: ${r.pick(['vegetarian', 'no shellfish', 'halal', 'none'])}. Table ${r.int(1, 30)} in the Fibonacci Lounge.\n`);
  d.t('Confirmation to ').l('EMAIL', email(r, a));
  if (r.chance(0.5)) d.t(', PA cc ').l('EMAIL', email(r, person(r)));
  d.t('.\n');
};

const smsLog: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'US', 'AU', 'IE', 'DE', 'NL']);
  d.t(`SMS inbox — box office shared phone (${otherDate(r, cc)})\n`);
  for (let i = 0, n = r.int(2, 4); i < n; i++) {
    const p = person(r);
    d.t(`${clock(r)} from `).l('PHONE', phone(r, cc)).t(': ');
    d.t(r.pick(['hi its ', 'Hey, ', 'Hello this is ', 'hiya '])).l('PERSON', nameAs(p, r.pick<NameForm>(['given', 'full', 'lower'])));
    d.t(r.pick([' running late, can u leave my tix at will call?', ', is the show still on with the storm?', ' - lost my ticket in the moshpit lol', ', can I swap to the May 14 show?']) + '\n');
  }
  if (r.chance(0.4)) d.t(`${clock(r)} from ${maskedPhone(r)}: STOP\n`);
};

const waitlist: Tpl = (r, d) => {
  const p = person(r);
  const cc = r.pick(EN_CC);
  d.t(`Good news! A ${r.pick(TIERS)} ticket for ${r.pick(ACTS)} is available to `).l('EMAIL', email(r, p)).t(`.\n`);
  d.t(`Claim it within 30 minutes (until ${clock(r)}). We also sent an SMS to `).l('PHONE', phone(r, cc)).t('.\n');
  d.t(`Waitlist position was #${r.int(1, 900)}. Unsubscribe: ${hash(r, 24)}\n`);
};

const nameChangeDE: Tpl = (r, d) => {
  const a = person(r, ['de', 'tr', 'pl']);
  const b = person(r, ['de', 'tr', 'it', 'ua']);
  d.t(`Personalisierte Tickets – Namensänderung (Gebühr 5,00 €)\nTicket-Nr.: ${refDigits(r, 14)}\n`);
  d.t('Bisheriger Inhaber: ').l('PERSON', a.full).t('\nNeuer Inhaber: ').l('PERSON', b.full).t(', geb. ').l('DOB', dob(r, 'DE')).t('\n');
  d.t('E-Mail neuer Inhaber: ').l('EMAIL', email(r, b)).t('\n');
  d.t(`Bitte Ausweis am Einlass mitbringen. Umschreibung möglich bis ${otherDate(r, 'DE')}.\n`);
};

const giftVoucher: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'IE', 'US', 'AU', 'CA']);
  const buyer = person(r);
  const rec = person(r);
  d.t(`GIFT VOUCHER ORDER ${orderNo(r)}\nValue: ${money(r, cur(cc))} — valid until ${otherDate(r, cc)}\n`);
  d.t('From: ').l('PERSON', buyer.full).t('\nTo: ').l('PERSON', rec.full).t(`\nMessage: "Happy birthday ${r.pick(['love', 'x', '— see you at the front!'])}"\n`);
  d.t('Post to:\n').l('PERSON', rec.full).t('\n').l('ADDRESS', address(r, cc, true)).t('\n');
  d.t(`Buyer card ${maskedCard(r)}, voucher code ${up(r, 4)}-${up(r, 4)}-${dg(r, 4)}\n`);
};

const seasonTicketJson: Tpl = (r, d) => {
  const cc = r.pick(COUNTRIES);
  const p = person(r);
  d.t(`{\n  "member_id": "ST-${dg(r, 7)}",\n  "holder": "`).l('PERSON', p.full).t('",\n  "email": "').l('EMAIL', email(r, p)).t('",\n');
  d.t('  "phone": "').l('PHONE', phone(r, cc)).t('",\n  "birth_date": "').l('DOB', `${r.int(1950, 2006)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`).t('",\n');
  d.t('  "postal_address": "').l('ADDRESS', address(r, cc, false)).t('",\n');
  d.t(`  "renewed_at": "${isoTs(r)}",\n  "last_login_ip": "`).l('IP', ip(r)).t(`",\n  "app_version": "${version(r)}"\n}\n`);
};

const complaintLetterUK: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'GB', 'IE']);
  const me = person(r, ['gb', 'sc', 'ie', 'in', 'ng', 'us']);
  d.l('PERSON', me.full).t('\n').l('ADDRESS', address(r, cc, true)).t(`\n\n${otherDate(r, cc)}\n\nCustomer Relations\n${r.pick(['Harbour Hall', 'Royal Albert Hall', 'Copper Barn'])}\n\n`);
  d.t(`Dear Sir or Madam,\n\nI am writing about my visit on ${otherDate(r, cc)} for ${r.pick(ACTS)}. My seats (${r.pick(TIERS)}) had a restricted view that was not disclosed at purchase, and the accessible entrance was locked. `);
  d.t(`My companion, `).l('PERSON', anyName(r, person(r))).t(`, had to wait 40 minutes in the rain.\n\nI would like a full refund. You can reach me on `).l('PHONE', phone(r, cc)).t(' or at ').l('EMAIL', email(r, me)).t('.\n\n');
  d.t('Yours faithfully,\n\n').self(me.full).t('\n');
};

const ejectionReport: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'US', 'AU', 'IE', 'DE']);
  const s = person(r);
  const w = person(r);
  d.t(`INCIDENT REPORT #${dg(r, 5)} — ${venueIn(r, cc)[0]} — ${otherDate(r, cc)} ${clock(r)}\nType: ejection (${r.pick(['intoxication', 'pyro in pit', 'ticket fraud', 'assault on steward'])})\n`);
  d.t('Subject: ').l('PERSON', nameAs(s, r.pick<NameForm>(['full', 'caps', 'comma']))).t(', DOB ').l('DOB', dob(r, cc)).t('\n');
  d.t(`Attending officer: ${r.pick(['PC', 'Sgt.', 'Officer'])} `).l('PERSON', person(r).family).t(` (badge ${dg(r, 4)})\n`);
  d.t('Witness: ').l('PERSON', w.full).t(', ').l('PHONE', phone(r, cc)).t('\n');
  d.t(`CCTV: cam ${r.int(1, 40)} ${clock(r)}–${clock(r)}. Banned for ${r.pick(['12 months', 'the season', 'life'])}.\n`);
};

const merchPreorder: Tpl = (r, d) => {
  const cc = r.pick(['US', 'GB', 'DE', 'FR', 'AU', 'CA', 'NL']);
  const p = person(r);
  d.t(`MERCH PRE-ORDER — ${r.pick(ACTS)} tour vinyl + tee\n`);
  d.t('Ship to: ').l('PERSON', p.full).t('\n').l('ADDRESS', address(r, cc, true)).t('\n');
  d.t('Card: ').l('CARD', card(r)).t(` · Total ${money(r, cur(cc))}\n`);
  d.t('Receipt: ').l('EMAIL', email(r, p)).t(`\nSKU VH-${dg(r, 4)}-${r.pick(['S', 'M', 'L'])} · ships ${otherDate(r, cc)}\n`);
};

const streamLoginAlert: Tpl = (r, d) => {
  const p = person(r);
  d.t(`Hi `).l('PERSON', p.given).t(`,\n\nYour livestream pass for ${r.pick(ACTS)} was used to sign in from a new device:\n`);
  d.t('IP address: ').l('IP', ip(r)).t(`\nLocation (approx.): ${r.pick(['Lisbon, PT', 'Dublin, IE', 'Osaka, JP', 'Austin, US', 'Leeds, GB'])}\nDevice: ${r.pick(['Chrome 126 on Windows', 'Safari on iPhone', 'Smart TV app ' + version(r)])}\n`);
  d.t(`Time: ${isoTs(r)}\n\nNot you? Reset your password or write to `).l('EMAIL', roleEmail(r)).t('.\n');
};

const forumPost: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'US', 'AU', 'IE']);
  const s = person(r);
  d.t(`r/${r.pick(['festivals', 'gigs', 'tickets'])} · posted by u/${r.pick(['moshpit_mara', 'gigjunkie_88', 'velvetfan2', 'frontrowfred'])}\n`);
  d.t(`PSA: got scammed on resale for ${r.pick(ACTS)}. Seller went by @${fold(s.given) || 'tix'}${r.int(10, 99)} on insta, real name `);
  d.l('PERSON', nameAs(s, r.pick<NameForm>(['full', 'lower', 'caps']))).t(' according to the bank transfer, number ').l('PHONE', phone(r, cc)).t('. ');
  d.t(`Paid ${money(r, cur(cc))} by bank transfer, tickets were screenshots. Already reported to Action Fraud (ref ${up(r, 2)}${dg(r, 10)}). Don't buy from them!!\n`);
  d.t(`Edit: mods say post the email too: `).l('EMAIL', email(r, s)).t('\n');
};

const slackBoxOffice: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'US', 'DE', 'NL', 'AU']);
  const g = person(r);
  d.t(`#box-office · ${otherDate(r, cc)}\n`);
  d.t(`@${r.pick(['marta.k', 'jonno', 'sam_bo', 'leni'])}: can we comp 2 in Gold Circle for `).l('PERSON', anyName(r, g)).t(`? promoter ok'd\n`);
  d.t(`@${r.pick(['deskbot', 'kai.w', 'rosie.m'])}: yep, added to will call. her number is `).l('PHONE', phone(r, cc)).t(' if she asks\n');
  d.t(`@${r.pick(['marta.k', 'jonno'])}: ty! also scanner 7 is on `).l('IP', ip4(r)).t(` now, firmware ${version(r)}\n`);
};

const fraudReview: Tpl = (r, d) => {
  const cc = r.pick(['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL']);
  const a = person(r);
  const b = person(r);
  d.t(`RISK REVIEW — order ${orderNo(r)} — score ${r.int(61, 99)}/100\n`);
  d.t('Name on order: ').l('PERSON', a.full).t(' / name on card: ').l('PERSON', nameAs(b, 'caps')).t('\n');
  d.t('Card: ').l('CARD', card(r)).t(`\nEmail: `).l('EMAIL', email(r, a)).t(` (domain age ${r.int(1, 30)} days)\n`);
  d.t('IP: ').l('IP', ip(r)).t(`, proxy=${r.pick(['true', 'false'])}; ${r.int(4, 40)} orders from this IP in 24h\n`);
  d.t('Billing phone: ').l('PHONE', phone(r, cc)).t('\n');
  d.t(`Outcome: ${r.pick(['cancelled', 'released after ID check', 'held for manual review'])}\n`);
};

const voicemail: Tpl = (r, d) => {
  const p = person(r, EN);
  d.t(`Voicemail (auto-transcribed, ${clock(r)}): "Hi, this is `).l('PERSON', r.chance(0.5) ? p.given : p.full).t(` calling about the ${r.pick(['accessible parking', 'lost wallet', 'refund', 'guest list'])}. `);
  d.t(`Could someone call me back on `).l('PHONE', r.chance(0.5) ? spokenPhone(r) : phone(r, r.pick(EN_CC))).t('? Thanks, bye."\n');
};

const venueHireInvoice: Tpl = (r, d) => {
  const cc = r.pick(['DE', 'NL', 'BE', 'FR', 'GB', 'IE', 'AT', 'LU']);
  const p = person(r);
  const addrCc = cc === 'LU' ? 'BE' : cc;
  d.t(`INVOICE ${r.int(2024, 2026)}-${dg(r, 4)}\nInvoice date: ${otherDate(r, addrCc)} · Due: ${otherDate(r, addrCc)}\n\nBill to:\n${r.pick(['Orbit & Ember Productions', 'Kreidezeit GbR', 'Midnight Ferry Events Ltd'])}\nAttn: `);
  d.l('PERSON', p.full).t('\n').l('ADDRESS', address(r, addrCc, true)).t(`\n\nVenue hire (${otherDate(r, addrCc)}), stage crew, security …… ${money(r, '€')}\n`);
  d.t('Please pay to ').l('IBAN', iban(r, cc)).t(`, reference INV-${dg(r, 6)}. Tax ID ${cc}${dg(r, 9)}.\n`);
};

const scannerInventory: Tpl = (r, d) => {
  d.t('device,model,firmware,mac,ip,assigned_to\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const mac = [...Array(6)].map(() => hash(r, 2)).join(':');
    d.t(`SCN-${p2(r.int(1, 60))},${r.pick(['Zebra TC52', 'Honeywell CT40', 'Axess SmartGate'])},${version(r)},${mac},`);
    d.l('IP', ip4(r)).t(',');
    if (r.chance(0.5)) d.l('PERSON', nameAs(person(r), r.pick<NameForm>(['full', 'init', 'given'])));
    else d.t(r.pick(['spare', 'Gate A', 'repair']));
    d.t('\n');
  }
};

const dutchGuestList: Tpl = (r, d) => {
  d.t(`Gastenlijst ${r.pick(ACTS)} — Tuinfest Terrein — ${otherDate(r, 'NL')}\n`);
  for (let i = 0, n = r.int(3, 5); i < n; i++) {
    d.t('• ').l('PERSON', anyName(r, person(r, ['nl', 'tr', 'ar', 'de']))).t(` +${r.int(0, 2)} (${r.pick(['artiest', 'pers', 'crew', 'sponsor'])})\n`);
  }
  d.t('Vragen: ').l('PHONE', phone(r, 'NL')).t('\n');
};

const medicalLog: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'DE', 'NL', 'US', 'AU', 'IE', 'FR']);
  const pt = person(r);
  const nok = person(r);
  d.t(`MEDICAL TENT LOG — ${r.pick(['Wiesental Open Air', 'Tuinfest', 'Lakeview Fest', 'Copper Barn Weekender'])} — ${otherDate(r, cc)}\n`);
  d.t(`${clock(r)} Patient: `).l('PERSON', nameAs(pt, r.pick<NameForm>(['full', 'caps', 'given']))).t(', DOB ').l('DOB', dob(r, cc)).t('\n');
  d.t(`Presenting: ${r.pick(['heat exhaustion', 'ankle injury in pit', 'asthma attack', 'known Crohn’s flare', 'Parkinson’s medication missed'])}. Obs normal after 40 min.\n`);
  d.t('Next of kin: ').l('PERSON', nok.full).t(' ').l('PHONE', phone(r, cc)).t(r.chance(0.5) ? ' (called, on way)\n' : '\n');
  d.t(`Treated by medic ${r.pick(['#12', '#4', 'team B'])}; discharged ${clock(r)}.\n`);
};

const backgroundCheckUS: Tpl = (r, d) => {
  const p = person(r, ['us', 'mx', 'ng', 'ph', 'in']);
  d.t(`Security contractor — background check authorization\nApplicant: `).l('PERSON', nameAs(p, r.pick<NameForm>(['full', 'comma']))).t('\n');
  d.t('Social Security No.: ').l('NATIONAL_ID', ssn(r)).t('   Date of Birth: ').l('DOB', dob(r, 'US')).t('\n');
  d.t('Current address: ').l('ADDRESS', address(r, 'US', false)).t('\n');
  d.t(`Guard card # ${up(r, 1)}${dg(r, 7)} · Employer EIN ${r.int(10, 98)}-${dg(r, 7)} (not the applicant's SSN)\n`);
  d.t('Applicant phone: ').l('PHONE', phone(r, 'US')).t(`\nSigned ${otherDate(r, 'US')}\n`);
};

const artistPayoutUS: Tpl = (r, d) => {
  const a = person(r);
  d.t(`Promoter → artist payment, ${r.pick(['Eastgate Ballroom', 'Lakeview Amphitheater'])} (${otherDate(r, 'US')})\n`);
  d.t('Support act: ').l('PERSON', a.full).t(` (performing as "${r.pick(['Mooncalf', 'Glasshouse', 'Paper Satellites'])}")\n`);
  d.t(`Fee: ${money(r, '$')} — 1099-NEC will be issued to SSN `).l('NATIONAL_ID', ssn(r)).t('\n');
  d.t(`Backup withholding: no. Masked in portal as ${notSsn(r)}.\n`);
  d.t('Remit via Zelle to ').l('EMAIL', email(r, a)).t(' or check to ').l('ADDRESS', address(r, 'US', false)).t('\n');
};

const jpOrderMail: Tpl = (r, d) => {
  const p = person(r, ['jas']);
  d.t(`【チケット購入完了】${r.pick(ACTS)} ジャパンツアー\n\n`).l('PERSON', p.full).t(' 様\n\n');
  d.t(`このたびはご購入ありがとうございます。\n受付番号：${dg(r, 12)}\n公演日：${otherDate(r, 'JP')} 開場 ${clock(r)}\n`);
  d.t('お届け先：').l('ADDRESS', address(r, 'JP', false)).t('\n');
  d.t('電話番号：').l('PHONE', phone(r, 'JP')).t('\nメール：').l('EMAIL', email(r, p)).t('\n');
  if (r.chance(0.4)) d.t('生年月日：').l('DOB', dob(r, 'JP')).t('（年齢確認のため）\n');
};

const orderConfirmationDE: Tpl = (r, d) => {
  const p = person(r, ['de', 'tr', 'pl', 'it', 'ar']);
  const cc = r.pick(['DE', 'DE', 'AT', 'CH']);
  d.t(`Bestellbestätigung ${orderNo(r)} – Kulturfabrik Nord\n\nHallo `).l('PERSON', p.given).t(`,\n\nvielen Dank für deine Bestellung: ${r.int(1, 5)}× ${r.pick(['Stehplatz', 'Sitzplatz Rang', 'Loge'])} für ${r.pick(ACTS)} am ${otherDate(r, 'DE')}.\n`);
  d.t('Rechnungsadresse:\n').l('PERSON', p.full).t('\n').l('ADDRESS', address(r, cc, true)).t('\n');
  d.t('Zahlung per Lastschrift von ').l('IBAN', iban(r, cc)).t(` (Mandat ${up(r, 3)}${dg(r, 8)})\n`);
  d.t('Bei Fragen: ').l('EMAIL', roleEmail(r)).t(' oder ').l('PHONE', phone(r, 'DE')).t(` (Mo–Fr ${clock(r)}–${clock(r)})\n`);
};

const lostPropertyFollowup: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'US', 'AU', 'IE']);
  const p = person(r, EN);
  d.t(`Re: LP-${dg(r, 6)}\n\nHi `).l('PERSON', p.given).t(`,\n\nWe found a ${r.pick(['black rucksack', 'Dr. Martens boot (left only!)', 'Ray-Ban case', 'wallet'])} matching your description. `);
  const ph = phone(r, cc);
  const cut = Math.max(3, Math.floor(ph.length / 2));
  d.t(`The note inside reads "call ${ph.slice(0, cut).trimEnd()}\n${ph.slice(cut).trimStart()}" — is that yours? `);
  d.t(`Please bring ID; we hold items for 30 days (until ${otherDate(r, cc)}). The card in the wallet shows ${maskedCard(r)}.\n\n`);
  d.t('Lost Property Team — ').l('EMAIL', `lostproperty@${r.pick(ORG_DOMAINS)}`).t('\n');
};

// ---------------------------------------------------------------------------------------------------------
// Hard negatives: no personal data at all, many look-alikes
// ---------------------------------------------------------------------------------------------------------
const negLineup: Tpl = (r, d) => {
  const cc = r.pick(COUNTRIES);
  const fest = r.pick(['Tuinfest', 'Wiesental Open Air', 'Lakeview Fest', 'Sommarscen']);
  const year = r.int(2025, 2026);
  const i = r.int(0, ACTS.length - 1);
  const act = (k: number): string => ACTS[(i + k * 3) % ACTS.length] ?? '';
  d.t(`LINE-UP ANNOUNCEMENT — ${fest} ${year}\n`);
  d.t(`Headliners: ${act(0)}, ${act(1)} and ${act(2)}. Also on the Hope Stage: ${act(3)}.\n`);
  d.t(`Pre-sale opens ${otherDate(r, cc)} at ${clock(r)}; general sale ${otherDate(r, cc)}. Prices from ${money(r, cur(cc))} + booking fee.\n`);
  d.t(`After-show in ${r.pick(EPONYMS.slice(0, 6))}. Sponsors: ${r.pick(["Ben & Jerry's", 'Tesla', "Hendrick's", 'Ray-Ban'])}. #${fold(fest)}${year % 100}\n`);
};

const negReleaseNotes: Tpl = (r, d) => {
  d.t(`Scanner app ${version(r)} — release notes (build ${hash(r, 7)})\n`);
  d.t(`- Fixed crash when a barcode of 18 digits (e.g. ${refDigits(r, 18)}) was scanned twice\n- Firmware ${version(r)} required on Gate units\n`);
  d.t(`- Jenkins pipeline moved; Hudson plugin removed\n- Offline mode keeps ${r.int(5, 50)}k tickets; sync interval ${r.int(5, 60)} s\n- Known issue #${r.int(100, 9999)}: time shows ${isoTs(r)} in UTC\n`);
  d.t(`Checksum (SHA-1): ${hash(r, 40)}\n`);
};

const negStorm: Tpl = (r, d) => {
  const cc = r.pick(['GB', 'IE', 'NL', 'DE', 'FR', 'US']);
  d.t(`SERVICE UPDATE: Because of ${r.pick(['Storm Ciarán', 'Storm Agnes', 'Hurricane Helene', 'Storm Isha'])}, ${r.pick(ACTS)} on ${otherDate(r, cc)} is postponed.\n`);
  d.t(`All tickets remain valid for the new date, ${otherDate(r, cc)}. Refunds are automatic to the original payment method within 14 days; you do not need to contact us.\n`);
  d.t(`Reference for this notice: CX-${dg(r, 6)}. Gates ${up(r, 1)}–${up(r, 1)} will open ${clock(r)}.\n`);
};

const negMartyn: Tpl = (r, d) => {
  d.t(`Venue security policy (v${version(r)})\n\n`);
  d.t(`In line with Martyn's Law (Terrorism (Protection of Premises) Act), all venues over 800 capacity run bag searches. Staff complete the ACT e-learning by ${otherDate(r, 'GB')}.\n`);
  d.t(`Prohibited: umbrellas, selfie sticks, Tesla Powerwall-size power banks, glass. Medical items for Crohn's disease, diabetes or Parkinson's are allowed with a note.\n`);
  d.t(`Assistance dogs welcome. Policy owner: Head of Operations. Review date ${otherDate(r, 'GB')}.\n`);
};

const negFinance: Tpl = (r, d) => {
  const cc = r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT']);
  d.t(`Reconciliation ${r.int(2024, 2025)}-Q${r.int(1, 4)} — rejected payouts\n`);
  d.t(`1) account ${badIban(r, cc)} — checksum failed\n2) account ${badIban(r, r.pick(IBAN_COUNTRIES))} — checksum failed\n`);
  d.t(`3) card ${badCard(r)} — Luhn check failed, chargeback ref ${dg(r, 10)}\n`);
  d.t(`Company EIN ${r.int(10, 98)}-${dg(r, 7)}, ABA routing ${r.pick(['021000021', '011000015', '121000358'])}, VAT ${cc}${dg(r, 9)}, Sort code ${dg(r, 2)}-${dg(r, 2)}-${dg(r, 2)}\n`);
  d.t(`Net variance ${money(r, '€')}; batch ${hash(r, 10)} closed ${isoTs(r)}.\n`);
};

const negQaCards: Tpl = (r, d) => {
  d.t(`QA checklist — checkout (staging)\nUse ONLY these declined-path numbers: ${badCard(r)}, ${badCard(r)}, ${badCard(r)}.\n`);
  d.t(`Expect: "Card number invalid". Masked display must read ${maskedCard(r)}. Phone field must reject ${maskedPhone(r)}.\n`);
  d.t(`SSN field (US tax payout) must reject ${notSsn(r)} and ${notSsn(r)}.\nTest run ${hash(r, 8)} on build ${version(r)}.\n`);
};

const negFoundLog: Tpl = (r, d) => {
  d.t(`Found property — ${venueIn(r)[0]} — ${otherDate(r, 'GB')}\n`);
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    d.t(`LP-${dg(r, 6)} | ${r.pick(['Dr. Martens boots', 'Louis Vuitton bag', 'Calvin Klein jacket', 'Ray-Ban sunglasses', 'umbrella', 'Tommy Hilfiger cap', 'vape', 'house keys'])} | ${r.pick(['Gate C', 'Row F', 'Bar 2', 'cloakroom', 'pit'])} | shelf ${up(r, 1)}${r.int(1, 9)}\n`);
  }
  d.t('Unclaimed items go to charity after 30 days.\n');
};

const negGateSummary: Tpl = (r, d) => {
  d.t(`Gate summary ${otherDate(r, 'US')} (scanner fw ${version(r)})\n`);
  for (const g of ['A', 'B', 'C', 'VIP', 'Will Call']) d.t(`${g}: ${r.int(100, 9000)} scans, ${r.int(0, 40)} duplicates, peak ${clock(r)}\n`);
  d.t(`Gateway firmware 10.${r.int(1, 9)}.${r.int(0, 9)}.${r.int(100, 999)} rolled out overnight; next window ${otherDate(r, 'US')}.\n`);
};

const negItinerary: Tpl = (r, d) => {
  d.t(`${r.pick(ACTS)} — European/International run\n`);
  const vs = [...VENUES];
  for (let i = 0, n = r.int(4, 6); i < n; i++) {
    const [venue, city, cc] = r.pick(vs);
    d.t(`${otherDate(r, cc)} · ${city} · ${venue} · load-in ${clock(r)} · curfew ${clock(r)}\n`);
  }
  d.t(`Travel days by Ford Transit; ferry MS ${r.pick(['Queen Mary', 'Princess Maud', 'Stena Hollandica'])} on the off-day.\n`);
};

const negPricing: Tpl = (r, d) => {
  const cc = r.pick(COUNTRIES);
  d.t(`Pricing grid — ${r.pick(SHOWS)} (${otherDate(r, cc)})\n`);
  for (const t of TIERS.slice(0, r.int(4, 8))) d.t(`${t}: ${money(r, cur(cc))} (fee ${r.int(1, 9)}.${r.pick(['00', '50'])})\n`);
  d.t(`Promo code MAY${r.int(10, 30)} valid until ${otherDate(r, cc)}; Grant-funded concessions for under-26s.\n`);
};

const negMaskedRefund: Tpl = (r, d) => {
  d.t(`Refund processed ✔\nOrder: ${orderNo(r)}\nAmount: ${money(r, '€')}\nTo card: ${maskedCard(r)}\nSMS sent to ${maskedPhone(r)}\nTax ID on file: ${notSsn(r)}\n`);
  d.t(`Processed ${isoTs(r)} by batch job refund-worker-${r.int(1, 9)}.\n`);
};

const negSpielplan: Tpl = (r, d) => {
  d.t(`Spielplan ${r.pick(['März', 'Mai', 'Oktober'])} – Stadthalle Wiesental\n`);
  for (let i = 0, n = r.int(3, 6); i < n; i++) d.t(`${otherDate(r, 'DE')} ${clock(r)} · ${r.pick(SHOWS)} · ${r.pick(['Großer Saal', 'Studiobühne', 'Foyer'])}\n`);
  d.t(`Karten an der Abendkasse ab ${clock(r)}. Preisträger des Tony Awards und des Olivier Awards zu Gast.\n`);
};

// ---------------------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------------------
/** Labelled templates with their relative weights. */
const LABELLED: ReadonlyArray<readonly [Tpl, number]> = [
  [orderConfirmation, 3], [transferNotice, 2], [transferDisputeChat, 2], [resaleDispute, 3], [resaleTaxUS, 4],
  [willCallCsv, 2], [guestList, 2], [accessibilityRequest, 2], [riderHospitality, 2], [lostPropertyReport, 2],
  [refundChat, 3], [phoneTranscript, 2], [scannerLog, 2], [duplicateScanAlert, 2], [promoterSettlement, 3],
  [settlementCsv, 2], [orderExportCsv, 2], [boxOfficePhoneOrder, 4], [chargebackForm, 4], [ageVerification, 2],
  [campingDE, 2], [crewOnboardingUS, 4], [crewPayrollCsv, 3], [volunteerEU, 2], [theatreAboDE, 2],
  [abbonamentoIT, 2], [refundNL, 2], [reembolsoES, 2], [meiaEntradaBR, 2], [koreanBooking, 2],
  [japanWillCall, 2], [polishRefund, 2], [swedishTicket, 2], [frenchPress, 2], [frenchSelf, 2],
  [portugalTicket, 2], [mexicoTaquilla, 2], [groupBooking, 2], [roomingList, 2], [accreditationList, 2],
  [sponsorRSVP, 2], [smsLog, 2], [waitlist, 2], [nameChangeDE, 2], [giftVoucher, 2],
  [seasonTicketJson, 2], [complaintLetterUK, 2], [ejectionReport, 2], [merchPreorder, 3], [streamLoginAlert, 2],
  [forumPost, 2], [slackBoxOffice, 2], [fraudReview, 4], [voicemail, 2], [venueHireInvoice, 2],
  [scannerInventory, 2], [dutchGuestList, 2], [medicalLog, 2], [backgroundCheckUS, 4], [artistPayoutUS, 4],
  [jpOrderMail, 2], [orderConfirmationDE, 2], [lostPropertyFollowup, 2],
];
const NEGATIVE: readonly Tpl[] = [
  negLineup, negReleaseNotes, negStorm, negMartyn, negFinance, negQaCards, negFoundLog, negGateSummary, negItinerary,
  negPricing, negMaskedRefund, negSpielplan,
];
/** Number of distinct document templates. */
export const INDEPENDENT70_TEMPLATE_COUNT = LABELLED.length + NEGATIVE.length;
const TOTAL_WEIGHT = LABELLED.reduce((s, [, w]) => s + w, 0);

function pickLabelled(r: Rng): Tpl {
  let x = r.next() * TOTAL_WEIGHT;
  for (const [t, w] of LABELLED) {
    x -= w;
    if (x < 0) return t;
  }
  return orderConfirmation;
}

/**
 * Generates the corpus for one seed: whole documents until at least `minInstances` labels exist, stopping
 * right after the document that reaches it.
 */
export function generateIndependent70Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent70Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT70_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT70_MIN_INSTANCES;
  const out: Independent70Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEGATIVE)(r, d);
    else pickLabelled(r)(r, d);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
