/**
 * @module privacy/pii-corpus-independent-15 — blind labelled PII corpus #15: global consumer-business support.
 *
 * WRITTEN BLIND. While writing it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * I did NOT read the detector, its tests, other corpora, docs, benches or git history, and did not run the
 * detector on this text. Every name, address, template and value here was invented for this file.
 *
 * Seeds: 150001, 150002, 150003. Each seed yields whole documents until at least `minInstances` labels exist.
 *
 * Contents: conversations between customers and LLM assistants or human agents of consumer businesses
 * (e-commerce, marketplaces, food delivery, ride hailing, airlines, hotels, travel agencies, telecoms, ISPs,
 * utilities, streaming, gaming, fintech wallets, remittance, insurance) across Europe, Latin America, Africa,
 * the Middle East and Asia, in local languages with English code-switching; plus the machine side (booking and
 * order confirmations, SMS templates, notifications, JSON/CSV/log exports, hand-off summaries, surveys). Some
 * users give data in pieces, misspell and correct it, or mix scripts. About one document in ten is a pure hard
 * negative (brands/places/diseases named after people, order/tracking numbers, hashes, versions, Luhn-invalid
 * card-like numbers, invalid IBANs, EINs, routing numbers, other countries' ids, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Sr., Frau, 様, さん, 씨, Bey, Ibu …) and possessive 's outside the span;
 *   initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one
 *   label per contiguous name. Brands, software, places, pets, streets/buildings/airports named after people,
 *   eponymous diseases/laws/awards and @handles unlabelled; a name inside an e-mail address is not labelled.
 * - EMAIL: every address incl. role addresses; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids (DNI, CPF, Aadhaar, NIK …) unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line from the first street/building/PO-box line to the
 *   last postcode/city/country line; recipient name is a separate PERSON; company lines, city-only mentions,
 *   directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiType } from './pii/types.js';
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT15_SEEDS = [150001, 150002, 150003] as const;
export const INDEPENDENT15_MIN_INSTANCES = 2400;

/** One entry: a corpus entry whose labels carry their exact text. */
export type Independent15Entry = PiiCorpusEntry & { readonly labels: ReadonlyArray<PiiLabel & { readonly value: string }> };

class Doc {
  text = '';
  readonly labels: Array<PiiLabel & { value: string }> = [];
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
  p(name: string): this {
    return this.l('PERSON', name);
  }
  /** The user's own full name: labelled and recorded as known. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
}

type R = Rng;

/** Fill a pattern: '#' any digit, 'N' non-zero digit, 'M' digit 2-9, 'A' upper-case letter, 'x' hex digit. */
function fmt(r: R, pat: string): string {
  let s = '';
  for (const ch of pat) {
    if (ch === '#') s += String(r.int(0, 9));
    else if (ch === 'N') s += String(r.int(1, 9));
    else if (ch === 'M') s += String(r.int(2, 9));
    else if (ch === 'A') s += String.fromCharCode(65 + r.int(0, 25));
    else if (ch === 'x') s += '0123456789abcdef'.charAt(r.int(0, 15));
    else s += ch;
  }
  return s;
}
const pad2 = (n: number): string => String(n).padStart(2, '0');
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

// ---------------------------------------------------------------- names

interface Person {
  readonly given: string;
  readonly surname: string;
  /** Display order used by the culture. */
  readonly full: string;
  readonly aG: string;
  readonly aS: string;
  readonly eastern: boolean;
}

/** Latin-script pools: [given names, surnames, eastern order]. */
const LATIN: Record<string, [string, string, boolean]> = {
  es: ['Alejandro,Lucía,Javier,Carmen,Rocío,Íñigo,Pilar,Consuelo,Dolores,Paz,Sol,Cruz,Nerea,Álvaro,Begoña', 'García,Fernández,Martínez,Sánchez,Ruiz,Iglesias,Moreno,Ortega,Campos,Prieto,Vidal,Lozano,Serrano,Pascual', false],
  latam: ['Guadalupe,Luz,Rosario,Ximena,Santiago,Mateo,Valentina,Camila,Luis Ángel,Yesenia,Brayan,Maricela,Ángel,Jhon Jairo,Marisol', 'Hernández,López,González,Ramírez,Flores,Castillo,Quispe,Mamani,Jiménez,Vargas,Cárdenas,Montoya,Restrepo,Ocampo,Zúñiga', false],
  pt: ['João,Maria Eduarda,Thiago,Ana Clara,Gustavo,Francisca,Raimunda,Conceição,Luana,Wellington,Rafaela,Gonçalo,Inês,Tiago,Leonor', 'Silva,Santos,Oliveira,Souza,Pereira,Carvalho,Ferreira,Almeida,Nascimento,Araújo,Gonçalves,Rodrigues,Cardoso,Teixeira,Magalhães', false],
  fr: ['Camille,Mathéo,Chloé,Élodie,Théo,Léa,Baptiste,Margaux,Aurélien,Gaëlle,Noémie,Guy,Rose,Clément', 'Dubois,Lefèvre,Moreau,Girard,Fontaine,Rousseau,Lemoine,Chevalier,Fournier,Gauthier,Perrin,Marchand,Roux,Lambert', false],
  de: ['Jannik,Lena,Maximilian,Sophie,Jürgen,Anke,Lukas,Friederike,Torben,Marlene,Henrik,Birgit,Till,Greta', 'Müller,Schneider,Fischer,Weber,Becker,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann', false],
  it: ['Giulia,Alessandro,Chiara,Francesco,Federica,Matteo,Beatrice,Lorenzo,Martina,Gianluca,Ilaria,Salvatore,Assunta,Nicolò', 'Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,De Luca', false],
  nl: ['Daan,Sanne,Bram,Femke,Joost,Lieke,Sem,Anouk,Thijs,Marieke,Ruud,Fleur,Wouter,Ilse', 'de Vries,Jansen,van den Berg,Bakker,Visser,Smit,Meijer,de Boer,Mulder,van Dijk,Bos,Vos,Dekker,Kuipers', false],
  pl: ['Agnieszka,Krzysztof,Małgorzata,Paweł,Zofia,Łukasz,Katarzyna,Grzegorz,Wiktoria,Tomasz,Jadwiga,Bartosz,Dorota,Szymon', 'Kowalski,Nowak,Wiśniewska,Wójcik,Kamińska,Lewandowski,Zieliński,Szymańska,Woźniak,Dąbrowski,Kozłowska,Jankowski,Mazur,Krawczyk', false],
  ro: ['Andreea,Ionuț,Ioana,Mihai,Elena,Bogdan,Alexandra,Cătălin,Roxana,Florin,Ileana,Răzvan,Oana,Sorin', 'Popescu,Ionescu,Dumitrescu,Stan,Constantin,Marinescu,Georgescu,Munteanu,Stoica,Dobre,Radu,Țurcanu,Lungu,Moldovan', false],
  tr: ['Ahmet,Ayşe,Mehmet,Zeynep,Mustafa,Elif,Emre,Büşra,Hüseyin,Gülşen,Oğuz,Şeyma,Burak,Derya,Umut', 'Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Aydın,Öztürk,Arslan,Doğan,Kılıç,Aslan,Çetin,Kurt,Özdemir', false],
  ar: ['Mohammed,Fatima,Ahmed,Noura,Khalid,Mariam,Omar,Layla,Youssef,Hala,Said,Amal,Tariq,Reem,Hamad', 'Al-Mansouri,Al-Harbi,Haddad,Khoury,El-Sayed,Al-Qahtani,Nasser,Saleh,Abdelrahman,Al-Otaibi,Farouk,Hassan,Barakat,Al-Shamsi,Darwish', false],
  he: ['Noa,Yossi,Tamar,Itai,Shira,Avi,Maya,Eitan,Yael,Omer,Hila,Gil,Rivka,Dror', 'Cohen,Levi,Mizrahi,Peretz,Biton,Friedman,Avraham,Shapiro,Katz,Ben-David,Azoulay,Golan,Dahan,Ohana', false],
  fa: ['Reza,Maryam,Ali,Zahra,Hossein,Shirin,Arash,Niloufar,Mehdi,Parisa,Kaveh,Soraya,Babak,Laleh', 'Mohammadi,Hosseini,Rezaei,Ahmadi,Karimi,Tehrani,Jafari,Moradi,Sadeghi,Rahimi,Farahani,Ghorbani,Esfahani,Navabi', false],
  hi: ['Rahul,Priya,Amit,Sunita,Vikram,Anjali,Rohan,Pooja,Arjun,Neha,Deepak,Kavita,Sanjay,Ritu,Aarav', 'Sharma,Verma,Gupta,Singh,Patel,Agarwal,Mehta,Iyer,Reddy,Nair,Joshi,Kulkarni,Chauhan,Malhotra,Bhatt', false],
  ur: ['Usman,Ayesha,Bilal,Sana,Hamza,Zainab,Faisal,Hira,Imran,Mahnoor,Asad,Rabia,Danish,Kiran', 'Khan,Qureshi,Malik,Butt,Chaudhry,Siddiqui,Awan,Sheikh,Raza,Javed,Mirza,Abbasi,Hashmi,Rana', false],
  bn: ['Rafiq,Nusrat,Tanvir,Farzana,Sakib,Shirin,Arif,Sumaiya,Mahmud,Tasnim,Rakib,Jannatul', 'Rahman,Hossain,Islam,Chowdhury,Akter,Uddin,Sarkar,Talukder,Mondal,Bhuiyan,Haque,Sultana', false],
  ta: ['Karthik,Lakshmi,Senthil,Meena,Arun,Divya,Murugan,Kavya,Vignesh,Revathi,Prakash,Anitha', 'Subramanian,Krishnan,Ramasamy,Pillai,Natarajan,Venkatesh,Annamalai,Sundaram,Rajendran,Selvam,Palaniappan,Murugesan', false],
  th: ['Somchai,Siriporn,Anan,Nattaya,Kittipong,Pimchanok,Thanawat,Kanokwan,Chaiwat,Ratana,Prasert,Waraporn', 'Srisuk,Chaiyaporn,Wongsawat,Rattanakorn,Boonmee,Sukprasert,Thongchai,Kaewkla,Phromma,Saelee,Jaidee,Intharat', false],
  vi: ['Minh Anh,Quang Huy,Thu Trang,Văn Hùng,Ngọc Lan,Đức Thắng,Thanh Hà,Hoài Nam,Bảo Châu,Tuấn Kiệt,Mai Linh,Gia Bảo', 'Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ', true],
  id: ['Budi,Siti,Agus,Dewi,Rudi,Putri,Eko,Rina,Wahyu,Indah,Joko,Ayu,Bambang,Sri', 'Santoso,Wijaya,Hidayat,Saputra,Kurniawan,Pratama,Susanto,Halim,Nugroho,Setiawan,Lestari,Gunawan,Siregar,Simanjuntak', false],
  tl: ['Maricel,Jomar,Rowena,Jerome,Liezl,Rodel,Analyn,Jun-Jun,Kristine,Ramil,Amor,Joy,Precious,Mark Anthony', 'dela Cruz,Reyes,Bautista,Santos,Mendoza,Villanueva,Aquino,Ramos,Manalo,Dimaculangan,Macaraeg,Pangilinan,Tolentino,Magbanua', false],
  zh: ['Wei,Fang,Xiuying,Jie,Li Na,Haoran,Yutong,Zihan,Jun,Mingyu,Xinyi,Jianguo', 'Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou,Xu,Sun', true],
  ja: ['Haruto,Yui,Sota,Hina,Ren,Aoi,Takumi,Sakura,Kenta,Misaki,Daiki,Yuna', 'Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato,Yoshida,Yamada', true],
  ko: ['Minjun,Seoyeon,Jiwoo,Haeun,Doyoon,Seojun,Jimin,Subin,Yejun,Yuna,Hyunwoo,Eunji', 'Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim,Han,Shin', true],
  ru: ['Ivan,Olga,Dmitry,Ekaterina,Sergei,Natalia,Andrei,Tatiana,Alexei,Svetlana,Mikhail,Yulia', 'Smirnov,Kuznetsova,Popov,Volkova,Sokolov,Lebedeva,Kozlov,Novikova,Morozov,Petrova,Vasiliev,Fedorova', false],
  uk: ['Olena,Andriy,Taras,Oksana,Bohdan,Iryna,Yaroslav,Halyna,Mykola,Solomiya,Vasyl,Khrystyna', 'Shevchenko,Kovalenko,Bondarenko,Tkachenko,Kravchenko,Melnyk,Boyko,Oliinyk,Lysenko,Moroz,Savchuk,Hrytsenko', false],
  sw: ['Wanjiru,Otieno,Achieng,Kamau,Njeri,Baraka,Zawadi,Mwangi,Amani,Imani,Juma,Neema,Hope,Faith', 'Mwangi,Odhiambo,Kariuki,Wambui,Omondi,Mutua,Kiprono,Chebet,Njoroge,Wekesa,Atieno,Mbugua,Kilonzo,Mollel', false],
  am: ['Abebe,Tigist,Dawit,Selamawit,Yonas,Hiwot,Bereket,Meron,Tesfaye,Mahlet,Getachew,Liya', 'Bekele,Tadesse,Haile,Girma,Alemu,Mengistu,Wolde,Kebede,Tesfaye,Assefa,Desta,Gebremedhin', false],
  yo: ['Oluwaseun,Adebayo,Funmilayo,Tunde,Blessing,Chiamaka,Emeka,Ngozi,Favour,Gift,Bolanle,Kehinde,Precious,Ifeoluwa,Goodness', 'Adeyemi,Okafor,Balogun,Ogunleye,Eze,Adebayo,Okonkwo,Akinwale,Olawale,Nwosu,Bello,Oyelaran,Afolabi,Chukwu,Ibrahim', false],
  zu: ['Thandiwe,Sipho,Nomvula,Themba,Lindiwe,Bongani,Zanele,Mandla,Nokuthula,Lucky,Sibusiso,Clever,Happy,Innocent', 'Dlamini,Nkosi,Ndlovu,Khumalo,Mthembu,Zulu,Mokoena,Ngcobo,Mahlangu,Shabalala,Buthelezi,Cele,Sithole,Radebe', false],
  en: ['Will,Bill,Grant,May,Guy,Hope,Rose,Joy,Faith,Mercy,Dawn,Sunny,Victoria,Hunter,Summer', 'Grant,Young,King,Rich,Love,Bird,Fox,Hill,Walker,Carter,Brooks,Mills,Page,Bell,Rivers', false],
};
/** Native-script pools as native|ascii pairs: [given, surname, no-space join, eastern]. */
const NATIVE: Record<string, [string, string, boolean, boolean]> = {
  zhN: ['伟|wei,芳|fang,秀英|xiuying,静|jing,磊|lei,婷|ting,浩然|haoran,子涵|zihan,建国|jianguo,欣怡|xinyi', '王|wang,李|li,张|zhang,刘|liu,陈|chen,杨|yang,黄|huang,赵|zhao,吴|wu,周|zhou', true, true],
  jaN: ['花子|hanako,翔太|shota,陽菜|hina,大翔|hiroto,結衣|yui,蓮|ren,美咲|misaki,健太|kenta,さくら|sakura,悠真|yuma', '佐藤|sato,鈴木|suzuki,高橋|takahashi,田中|tanaka,渡辺|watanabe,伊藤|ito,山本|yamamoto,中村|nakamura,小林|kobayashi,加藤|kato', false, true],
  koN: ['민준|minjun,서연|seoyeon,지우|jiwoo,하은|haeun,도윤|doyoon,서준|seojun,지민|jimin,수빈|subin,예준|yejun,유나|yuna', '김|kim,이|lee,박|park,최|choi,정|jung,강|kang,조|cho,윤|yoon,장|jang,임|lim', true, true],
  ruN: ['Иван|ivan,Алексей|alexei,Дмитрий|dmitry,Сергей|sergei,Андрей|andrei,Михаил|mikhail,Николай|nikolai,Павел|pavel', 'Смирнов|smirnov,Кузнецов|kuznetsov,Попов|popov,Соколов|sokolov,Лебедев|lebedev,Козлов|kozlov,Новиков|novikov,Морозов|morozov', false, false],
  ukN: ['Олена|olena,Тарас|taras,Оксана|oksana,Богдан|bohdan,Ірина|iryna,Ярослав|yaroslav,Галина|halyna,Микола|mykola', 'Шевченко|shevchenko,Коваленко|kovalenko,Бондаренко|bondarenko,Ткаченко|tkachenko,Мельник|melnyk,Бойко|boyko,Лисенко|lysenko,Савчук|savchuk', false, false],
  arN: ['محمد|mohammed,فاطمة|fatima,أحمد|ahmed,مريم|mariam,خالد|khalid,ليلى|layla,يوسف|youssef,سارة|sara,عمر|omar,نورة|noura', 'العتيبي|alotaibi,الحربي|alharbi,حداد|haddad,منصور|mansour,القحطاني|alqahtani,الشمري|alshammari,خوري|khoury,ناصر|nasser', false, false],
  heN: ['נועה|noa,יוסי|yossi,תמר|tamar,איתי|itai,שירה|shira,אבי|avi,מיה|maya,איתן|eitan', 'כהן|cohen,לוי|levi,מזרחי|mizrahi,פרץ|peretz,ביטון|biton,אברהם|avraham,כץ|katz,דהן|dahan', false, false],
  faN: ['علی|ali,زهرا|zahra,رضا|reza,مریم|maryam,حسین|hossein,شیرین|shirin,آرش|arash,نیلوفر|niloufar', 'محمدی|mohammadi,حسینی|hosseini,رضایی|rezaei,احمدی|ahmadi,کریمی|karimi,جعفری|jafari,مرادی|moradi,صادقی|sadeghi', false, false],
  hiN: ['राहुल|rahul,प्रिया|priya,अमित|amit,सुनीता|sunita,विक्रम|vikram,अंजलि|anjali,रोहन|rohan,पूजा|pooja', 'शर्मा|sharma,वर्मा|verma,गुप्ता|gupta,सिंह|singh,पटेल|patel,अग्रवाल|agarwal,मेहता|mehta,जोशी|joshi', false, false],
  thN: ['สมชาย|somchai,สมศรี|somsri,อนันต์|anan,ณัฐยา|nattaya,กิตติพงษ์|kittipong,พิมพ์ชนก|pimchanok,ประเสริฐ|prasert,วราภรณ์|waraporn', 'ใจดี|jaidee,ศรีสุข|srisuk,วงศ์สวัสดิ์|wongsawat,บุญมี|boonmee,สุขประเสริฐ|sukprasert,แก้วกล้า|kaewkla,พรหมมา|phromma,อินทรัตน์|intharat', false, false],
  amN: ['አበበ|abebe,ትግስት|tigist,ዳዊት|dawit,ሰላማዊት|selamawit,ዮናስ|yonas,ሕይወት|hiwot,በረከት|bereket,መሮን|meron', 'በቀለ|bekele,ታደሰ|tadesse,ኃይሌ|haile,ግርማ|girma,አለሙ|alemu,ከበደ|kebede,ወልዴ|wolde,አሰፋ|assefa', false, false],
};
const LATIN_POOLS = Object.fromEntries(
  Object.entries(LATIN).map(([k, [g, s, e]]) => [k, { g: g.split(','), s: s.split(','), e }]),
) as Record<string, { g: string[]; s: string[]; e: boolean }>;
const NATIVE_POOLS = Object.fromEntries(
  Object.entries(NATIVE).map(([k, [g, s, tight, e]]) => [
    k,
    { g: g.split(',').map((x) => x.split('|') as [string, string]), s: s.split(',').map((x) => x.split('|') as [string, string]), tight, e },
  ]),
) as Record<string, { g: [string, string][]; s: [string, string][]; tight: boolean; e: boolean }>;

function person(r: R, culture: string): Person {
  const nat = NATIVE_POOLS[culture];
  if (nat) {
    const [g, ag] = r.pick(nat.g);
    const [s, as] = r.pick(nat.s);
    const sep = nat.tight ? '' : ' ';
    return { given: g, surname: s, full: nat.e ? s + sep + g : g + sep + s, aG: ag, aS: as, eastern: nat.e };
  }
  const p = LATIN_POOLS[culture] ?? LATIN_POOLS.en!;
  const g = r.pick(p.g);
  let s = r.pick(p.s);
  if ((culture === 'es' || culture === 'latam') && r.chance(0.45)) {
    let s2 = r.pick(p.s);
    if (s2 === s) s2 = 'Beltrán';
    s = `${s} ${s2}`;
  }
  const eastern = p.e && r.chance(0.7);
  return { given: g, surname: s, full: eastern ? `${s} ${g}` : `${g} ${s}`, aG: ascii(g), aS: culture === 'es' || culture === 'latam' ? ascii(s.split(' ')[0] ?? s) : ascii(s), eastern };
}

/** A surface form of a name other than the full one (each still one contiguous name). */
function nameForm(r: R, p: Person): string {
  const k = r.int(0, 6);
  if (k === 0) return p.given;
  if (k === 1) return p.surname;
  if (k === 2 && !p.eastern && /^[A-Z]/.test(p.given)) return `${p.given.charAt(0)}. ${p.surname}`;
  if (k === 3 && !p.eastern) return `${p.surname}, ${p.given}`;
  if (k === 4) return p.full.toUpperCase();
  if (k === 5) return p.full.toLowerCase();
  return p.full;
}

function email(r: R, p: Person, domain?: string): string {
  const dom = domain ?? r.pick(['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me', 'gmx.de', 'orange.fr', 'libero.it', 'uol.com.br', 'wp.pl', 'yandex.ru', 'ukr.net', 'naver.com', 'qq.com', '163.com', 'yahoo.co.jp', 'rediffmail.com', 'mail.ru', 'bigpond.com', 'live.co.za', 'ymail.com', 'web.de', 'free.fr', 'terra.com.br']);
  const k = r.int(0, 5);
  const local =
    k === 0 ? `${p.aG}.${p.aS}` : k === 1 ? `${p.aG}${p.aS}${r.int(1, 99)}` : k === 2 ? `${p.aG.charAt(0)}${p.aS}` : k === 3 ? `${p.aS}_${p.aG}` : k === 4 ? `${p.aG}.${r.int(1970, 2005)}` : `${p.aG}${p.aS.charAt(0)}.${fmt(r, '###')}`;
  return `${local}@${dom}`;
}

// ---------------------------------------------------------------- countries: phones, addresses, dates

/** Phone patterns per country: [international forms, national forms]. */
const PHONES: Record<string, [string[], string[]]> = {
  ES: [['+34 6## ### ###', '+34 7## ## ## ##', '0034 6########'], ['6## ## ## ##', '6## ### ###', '9## ## ## ##']],
  MX: [['+52 55 #### ####', '+52 1 33 #### ####', '+52 (81) ####-####'], ['55 #### ####', '(55) ####-####', '044 55 #### ####']],
  AR: [['+54 9 11 ####-####', '+54 9 351 ###-####'], ['11 15-####-####', '(011) 4###-####']],
  CO: [['+57 3## ### ####', '+57 (601) ### ####'], ['3## ### ####', '3#########']],
  BR: [['+55 11 9####-####', '+55 (21) 9####-####', '+55 61 9########'], ['(11) 9####-####', '11 9####-####', '(31) 3###-####']],
  PT: [['+351 9## ### ###', '+351 21# ### ###'], ['9## ### ###', '91#######']],
  FR: [['+33 6 ## ## ## ##', '+33 (0)7 ## ## ## ##', '0033 6########'], ['06 ## ## ## ##', '07.##.##.##.##', '01 ## ## ## ##']],
  DE: [['+49 151 ########', '+49 (0)30 #######', '+49 176-#######'], ['0151 ########', '0170/#######', '030 #######']],
  IT: [['+39 3## ### ####', '+39 02 #### ####'], ['3## ### ####', '3#########', '06 #### ####']],
  NL: [['+31 6 ########', '+31 (0)6-########', '+31 20 ### ####'], ['06-########', '06 ## ## ## ##', '020-#######']],
  PL: [['+48 5## ### ###', '+48 6## ### ###', '+48 22 ### ## ##'], ['5## ### ###', '6## ###-###']],
  RO: [['+40 7## ### ###', '+40 21 ### ####'], ['07## ### ###', '07########', '0721-###-###']],
  TR: [['+90 5## ### ## ##', '+90 (5##) ### ## ##'], ['0 (5##) ### ## ##', '05## ### ## ##', '05#########']],
  AE: [['+971 50 ### ####', '+971 55 ### ####', '+971 4 ### ####'], ['050 ### ####', '055-#######']],
  SA: [['+966 5# ### ####', '+966 11 ### ####'], ['05# ### ####', '05########']],
  EG: [['+20 10 #### ####', '+20 12 #### ####'], ['010 #### ####', '012########']],
  IL: [['+972 5#-###-####', '+972 3-###-####'], ['05#-###-####', '05#-#######', '03-###-####']],
  IR: [['+98 912 ### ####', '+98 935 ### ####'], ['0912 ### ####', '0912#######']],
  IN: [['+91 9#### #####', '+91 8#### #####', '+91-7#########'], ['09#########', '9#### #####', '022 ####-####']],
  PK: [['+92 3## #######', '+92 300 ### ####'], ['03##-#######', '03## #######']],
  BD: [['+880 17##-######', '+880 1## ### ####'], ['017##-######', '019########']],
  TH: [['+66 8# ### ####', '+66 9# ### ####'], ['08#-###-####', '09# ### ####', '02-###-####']],
  VN: [['+84 9# ### ## ##', '+84 3## ### ###'], ['09# ### ####', '09########', '0369 ### ###']],
  ID: [['+62 812-####-####', '+62 813 #### ####', '+62 21 ####-####'], ['0812-####-####', '0857########', '(021) ####-####']],
  PH: [['+63 917 ### ####', '+63 9## ### ####'], ['0917 ### ####', '0918-###-####', '(02) 8###-####']],
  CN: [['+86 138 #### ####', '+86 139-####-####'], ['138 #### ####', '13#########', '010-########']],
  JP: [['+81 90-####-####', '+81 80 #### ####', '+81 3-####-####'], ['090-####-####', '080-####-####', '03-####-####']],
  KR: [['+82 10-####-####', '+82 10 #### ####'], ['010-####-####', '010 #### ####', '02-###-####']],
  RU: [['+7 9## ###-##-##', '+7 (9##) ###-##-##', '+7 495 ###-##-##'], ['8 (9##) ###-##-##', '89#########', '8 9## ### ## ##']],
  UA: [['+380 67 ### ## ##', '+380 (50) ###-##-##', '+380 44 ### ## ##'], ['067 ### ## ##', '(050) ###-##-##', '093#######']],
  KE: [['+254 7## ### ###', '+254 1## ### ###'], ['07## ######', '07## ### ###', '0110 ######']],
  ET: [['+251 9# ### ####', '+251 11 ### ####'], ['09# ### ####', '09########']],
  NG: [['+234 80# ### ####', '+234 (0)70# ### ####', '+234 81#-###-####'], ['080# ### ####', '0703#######', '0906-###-####']],
  ZA: [['+27 8# ### ####', '+27 (0)7# ### ####', '+27 11 ### ####'], ['08# ### ####', '07#-###-####', '011 ### ####']],
  US: [['+1 (M##) M##-####', '+1 M##-M##-####', '+1 M## M## ####'], ['(M##) M##-####', 'M##-M##-####', 'M##.M##.####']],
  GB: [['+44 7### ######', '+44 (0)20 #### ####'], ['07### ######', '020 #### ####', '0161 ### ####']],
};
function phone(r: R, cc: string, intl?: boolean): string {
  const p = PHONES[cc] ?? PHONES.US!;
  return fmt(r, r.pick((intl ?? r.chance(0.5)) ? p[0] : p[1]));
}
const DIGIT_WORDS: Record<string, string[]> = {
  en: 'zero,one,two,three,four,five,six,seven,eight,nine'.split(','),
  es: 'cero,uno,dos,tres,cuatro,cinco,seis,siete,ocho,nueve'.split(','),
  pt: 'zero,um,dois,três,quatro,cinco,seis,sete,oito,nove'.split(','),
  fr: 'zéro,un,deux,trois,quatre,cinq,six,sept,huit,neuf'.split(','),
};
/** A phone number read out digit by digit, in groups. */
function spokenPhone(r: R, cc: string, lang: string): string {
  const words = DIGIT_WORDS[lang] ?? DIGIT_WORDS.en!;
  const digits = phone(r, cc, false).replace(/\D/g, '');
  const groups: string[] = [];
  for (let i = 0; i < digits.length; i += 3) {
    groups.push([...digits.slice(i, i + 3)].map((d) => (lang === 'en' && d === '0' && r.chance(0.5) ? 'oh' : words[Number(d)])).join(' '));
  }
  return groups.join(', ');
}
function spokenEmail(r: R, p: Person, lang: string): string {
  const [dot, at] = lang === 'es' ? ['punto', 'arroba'] : lang === 'pt' ? ['ponto', 'arroba'] : lang === 'fr' ? ['point', 'arobase'] : ['dot', 'at'];
  const dom = r.pick(['gmail', 'hotmail', 'outlook', 'yahoo']);
  return `${p.aG} ${dot} ${p.aS} ${at} ${dom} ${dot} com`;
}

const n = (r: R, lo: number, hi: number): string => String(r.int(lo, hi));
/** A postal address as lines (first = street/building/PO box, last = postcode/city/country). */
function address(r: R, cc: string): string[] {
  switch (cc) {
    case 'ES':
      return [`${r.pick(['Calle de Alcalá', 'Avenida de la Constitución', 'Carrer de Mallorca', 'Calle Mayor', 'Paseo de la Castellana', 'Calle Real'])} ${n(r, 1, 240)}, ${n(r, 1, 9)}º ${r.pick(['A', 'B', 'C', 'izda.', 'dcha.'])}`, `${fmt(r, '28###')} ${r.pick(['Madrid', 'Getafe', 'Alcobendas'])}`];
    case 'MX':
      return [`${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Revolución', 'Calle Hidalgo', 'Blvd. Adolfo López Mateos'])} ${n(r, 10, 2999)}${r.chance(0.4) ? ` Int. ${n(r, 1, 40)}` : ''}`, `Col. ${r.pick(['Roma Norte', 'Del Valle', 'Narvarte', 'Condesa', 'Centro'])}`, `${fmt(r, '0####')} ${r.pick(['Ciudad de México, CDMX', 'Benito Juárez, CDMX', 'Cuauhtémoc, CDMX'])}`];
    case 'AR':
      return [`${r.pick(['Av. Corrientes', 'Av. Santa Fe', 'Calle Thames', 'Av. Rivadavia'])} ${n(r, 100, 6000)}, piso ${n(r, 1, 14)} dto. ${r.pick(['A', 'B', 'C', 'D'])}`, `${r.pick(['C1043', 'C1425', 'C1414', 'C1406'])}${fmt(r, 'AAA')} CABA`];
    case 'CO':
      return [`${r.pick(['Calle', 'Carrera', 'Transversal', 'Diagonal'])} ${n(r, 1, 150)} # ${n(r, 1, 99)}-${n(r, 1, 99)}${r.chance(0.5) ? `, Apto ${n(r, 101, 1204)}` : ''}`, `${r.pick(['Bogotá', 'Medellín', 'Cali'])}, ${r.pick(['Cundinamarca', 'Antioquia', 'Valle del Cauca'])} ${fmt(r, '11####')}`];
    case 'BR':
      return [`${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua das Laranjeiras', 'Rua Oscar Freire', 'Av. Afonso Pena', 'Rua XV de Novembro'])}, ${n(r, 10, 2500)}${r.chance(0.5) ? `, apto ${n(r, 11, 184)}` : ''} - ${r.pick(['Consolação', 'Bela Vista', 'Centro', 'Laranjeiras', 'Savassi'])}`, `${r.pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Belo Horizonte - MG', 'Curitiba - PR'])}, ${fmt(r, '#####-###')}`];
    case 'PT':
      return [`${r.pick(['Rua Garrett', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Rua do Almada'])} ${n(r, 1, 200)}, ${n(r, 1, 6)}º ${r.pick(['Esq.', 'Dto.', 'Frente'])}`, `${fmt(r, 'N###-###')} ${r.pick(['Lisboa', 'Porto', 'Braga', 'Coimbra'])}`];
    case 'FR':
      return [`${n(r, 1, 180)}${r.chance(0.15) ? ' bis' : ''} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'impasse des Tilleuls', 'allée des Peupliers'])}`, `${fmt(r, 'N####')} ${r.pick(['Lyon', 'Marseille', 'Toulouse', 'Lille', 'Nantes', 'Paris'])}`];
    case 'DE':
      return [`${r.pick(['Hauptstraße', 'Lindenallee', 'Goethestraße', 'Am Rosengarten', 'Schillerplatz', 'Bahnhofstr.'])} ${n(r, 1, 140)}${r.chance(0.2) ? 'a' : ''}`, `${fmt(r, 'N####')} ${r.pick(['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Frankfurt am Main'])}`];
    case 'IT':
      return [`${r.pick(['Via Roma', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Garibaldi', 'Viale Monza', 'Via Toledo'])} ${n(r, 1, 300)}`, `${fmt(r, 'N####')} ${r.pick(['Milano MI', 'Roma RM', 'Napoli NA', 'Torino TO', 'Bologna BO'])}`];
    case 'NL':
      return [`${r.pick(['Keizersgracht', 'Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Prinsengracht'])} ${n(r, 1, 600)}${r.chance(0.3) ? '-' + r.pick(['I', 'II', 'hs', 'A']) : ''}`, `${fmt(r, 'N###')} ${r.pick(['AB', 'CJ', 'KL', 'RT', 'XZ'])} ${r.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag', 'Eindhoven'])}`];
    case 'PL':
      return [`ul. ${r.pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Floriańska', 'Słowackiego'])} ${n(r, 1, 150)}${r.chance(0.6) ? `/${n(r, 1, 80)}` : ''}`, `${fmt(r, '##-###')} ${r.pick(['Warszawa', 'Kraków', 'Łódź', 'Gdańsk', 'Wrocław'])}`];
    case 'RO':
      return [`${r.pick(['Str. Victoriei', 'Bd. Unirii', 'Calea Dorobanților', 'Str. Mihai Eminescu'])} nr. ${n(r, 1, 120)}, bl. ${fmt(r, 'A#')}, ap. ${n(r, 1, 60)}`, `${fmt(r, '0#####')} ${r.pick(['București', 'Cluj-Napoca', 'Iași', 'Timișoara'])}`];
    case 'TR':
      return [`${r.pick(['Atatürk Cad.', 'Bağdat Cad.', 'Cumhuriyet Mah. Gül Sok.', 'İstiklal Cad.', 'Moda Cad.'])} No: ${n(r, 1, 240)} D: ${n(r, 1, 24)}`, `${fmt(r, '34###')} ${r.pick(['Kadıköy/İstanbul', 'Beşiktaş/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}`];
    case 'AE':
      return [`${r.pick(['Villa', 'Apt', 'Flat'])} ${n(r, 1, 2400)}, ${r.pick(['Marina Heights Tower', 'Al Wasl Building', 'Street 23', 'Al Khail Gate'])}`, `${r.pick(['Al Barsha 2', 'Dubai Marina', 'Jumeirah 1', 'Al Nahda'])}, ${r.pick(['Dubai', 'Sharjah', 'Abu Dhabi'])}, UAE`];
    case 'SA':
      return [`${n(r, 1000, 9999)} ${r.pick(['King Fahd Rd', 'Prince Sultan St', 'Tahlia St', 'Olaya St'])}, ${r.pick(['Al Olaya', 'Al Malqa', 'Al Rawdah'])}`, `${r.pick(['Riyadh', 'Jeddah', 'Dammam'])} ${fmt(r, '1####')}-${fmt(r, '####')}`];
    case 'EG':
      return [`${n(r, 1, 90)} ${r.pick(['Tahrir St', 'El Nasr Rd', 'Gameat El Dewal El Arabeya St', 'Abbas El Akkad St'])}, ${r.pick(['Dokki', 'Nasr City', 'Mohandessin', 'Heliopolis'])}`, `${r.pick(['Giza', 'Cairo'])} ${fmt(r, '1####')}`];
    case 'IL':
      return r.chance(0.5)
        ? [`רחוב ${r.pick(['הרצל', 'ויצמן', 'אלנבי', 'בן יהודה'])} ${n(r, 1, 120)}`, `${r.pick(['תל אביב', 'חיפה', 'ירושלים'])} ${fmt(r, 'N######')}`]
        : [`${n(r, 1, 120)} ${r.pick(['Herzl St', 'Weizmann St', 'Allenby St', 'Ben Yehuda St'])}, Apt ${n(r, 1, 30)}`, `${r.pick(['Tel Aviv', 'Haifa', 'Jerusalem'])} ${fmt(r, 'N######')}, Israel`];
    case 'IR':
      return [`${r.pick(['Valiasr St', 'Enghelab St', 'Shariati St'])}, ${r.pick(['Alley 12', 'Golestan Alley', 'Bahar Alley'])}, No. ${n(r, 1, 90)}, Unit ${n(r, 1, 20)}`, `Tehran ${fmt(r, 'N#########')}`];
    case 'IN':
      return [`${r.pick(['Flat', 'H.No.', 'Plot'])} ${n(r, 1, 904)}, ${r.pick(['Sai Residency', 'Green Park Apartments', 'Shanti Niwas', 'Lotus Enclave'])}`, `${r.pick(['MG Road, Indiranagar', '12th Main, HSR Layout', 'Linking Road, Bandra West', 'Anna Salai, Teynampet'])}`, `${r.pick(['Bengaluru, Karnataka', 'Mumbai, Maharashtra', 'Chennai, Tamil Nadu'])} ${fmt(r, '5#####')}`];
    case 'PK':
      return [`House ${n(r, 1, 400)}, Street ${n(r, 1, 60)}, ${r.pick(['F-7/2', 'G-11/3', 'DHA Phase 5', 'Gulberg III'])}`, `${r.pick(['Islamabad', 'Lahore', 'Karachi'])} ${fmt(r, '5####')}`];
    case 'BD':
      return [`House ${n(r, 1, 120)}, Road ${n(r, 1, 30)}, ${r.pick(['Dhanmondi', 'Gulshan 2', 'Banani', 'Uttara Sector 7'])}`, `Dhaka ${fmt(r, '12##')}`];
    case 'TH':
      return [`${n(r, 1, 199)}/${n(r, 1, 99)} ${r.pick(['Sukhumvit Soi 21', 'Moo 3, Ratchada Rd', 'Soi Ari 4', 'Charoen Krung Rd'])}`, `${r.pick(['Khlong Toei Nuea, Watthana', 'Phaya Thai, Phaya Thai', 'Bang Rak, Bang Rak'])}, Bangkok ${fmt(r, '10###')}`];
    case 'VN':
      return [`Số ${n(r, 1, 200)} ngõ ${n(r, 1, 99)} ${r.pick(['phố Huế', 'Lê Lợi', 'Nguyễn Trãi', 'Trần Hưng Đạo'])}`, `${r.pick(['Hai Bà Trưng, Hà Nội', 'Quận 1, TP. Hồ Chí Minh', 'Thanh Xuân, Hà Nội'])}`];
    case 'ID':
      return [`Jl. ${r.pick(['Sudirman', 'Kebon Jeruk Raya', 'Melati', 'Gatot Subroto', 'Kemang Raya'])} No. ${n(r, 1, 120)}, RT ${fmt(r, '0#')}/RW ${fmt(r, '0#')}`, `${r.pick(['Kebayoran Baru, Jakarta Selatan', 'Menteng, Jakarta Pusat', 'Coblong, Bandung'])} ${fmt(r, '1####')}`];
    case 'PH':
      return [`${r.pick(['Unit', 'Blk'])} ${n(r, 1, 40)}${r.pick(['B', 'C', ' Lot 5'])}, ${n(r, 1, 999)} ${r.pick(['Ayala Ave', 'Rizal St', 'Mabini St', 'Katipunan Ave'])}`, `${r.pick(['Makati City', 'Quezon City', 'Pasig City'])}, ${fmt(r, '1###')} Metro Manila`];
    case 'CN':
      return [`${r.pick(['北京市朝阳区建国路', '上海市浦东新区世纪大道', '广州市天河区天河路', '深圳市南山区科技园南路'])}${n(r, 1, 300)}号${n(r, 1, 30)}栋${n(r, 101, 2405)}室`];
    case 'JP':
      return r.chance(0.5)
        ? [`〒${fmt(r, '1##-####')} ${r.pick(['東京都渋谷区神南', '東京都世田谷区三軒茶屋', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町'])}${n(r, 1, 4)}-${n(r, 1, 30)}-${n(r, 1, 20)}`]
        : [`${n(r, 1, 4)}-${n(r, 1, 30)}-${n(r, 1, 20)} ${r.pick(['Jinnan, Shibuya-ku', 'Sangenjaya, Setagaya-ku', 'Umeda, Kita-ku'])}`, `${r.pick(['Tokyo', 'Osaka'])} ${fmt(r, '1##-####')}, Japan`];
    case 'KR':
      return [`${r.pick(['서울특별시 강남구 테헤란로', '서울특별시 마포구 월드컵북로', '부산광역시 해운대구 센텀중앙로'])} ${n(r, 1, 500)}, ${n(r, 101, 1502)}호 (${fmt(r, '0####')})`];
    case 'RU':
      return [`ул. ${r.pick(['Тверская', 'Ленина', 'Садовая', 'Мира'])}, д. ${n(r, 1, 120)}, кв. ${n(r, 1, 300)}`, `${r.pick(['Москва', 'Санкт-Петербург', 'Казань'])}, ${fmt(r, '1#####')}`];
    case 'UA':
      return [`вул. ${r.pick(['Хрещатик', 'Шевченка', 'Франка', 'Сумська'])}, ${n(r, 1, 90)}, кв. ${n(r, 1, 120)}`, `${r.pick(['Київ', 'Львів', 'Харків'])}, ${fmt(r, '0####')}`];
    case 'KE':
      return r.chance(0.5) ? [`P.O. Box ${n(r, 100, 99999)}-${fmt(r, '00#00')}`, 'Nairobi, Kenya'] : [`${r.pick(['Ngong Rd', 'Kiambu Rd', 'Waiyaki Way'])}, ${r.pick(['Kilimani', 'Westlands', 'Lavington'])}, House ${n(r, 1, 80)}`, `Nairobi ${fmt(r, '00###')}`];
    case 'ET':
      return [`House No. ${n(r, 100, 4999)}, Woreda ${fmt(r, '0#')}, ${r.pick(['Bole', 'Kirkos', 'Yeka'])} Sub-city`, 'Addis Ababa, Ethiopia'];
    case 'NG':
      return [`${n(r, 1, 120)} ${r.pick(['Admiralty Way', 'Adeola Odeku St', 'Allen Avenue', 'Ogunlana Drive'])}, ${r.pick(['Lekki Phase 1', 'Victoria Island', 'Ikeja', 'Surulere'])}`, `Lagos ${fmt(r, '1#####')}`];
    case 'ZA':
      return [`${n(r, 1, 200)} ${r.pick(['Jan Smuts Ave', 'Vilakazi St', 'Long St', 'Florida Rd'])}, ${r.pick(['Rosebank', 'Orlando West', 'Morningside'])}`, `${r.pick(['Johannesburg', 'Soweto', 'Durban', 'Cape Town'])}, ${fmt(r, 'N###')}`];
    case 'GB':
      return [`${n(r, 1, 220)} ${r.pick(['Victoria Road', 'Church Lane', 'Kingsway', 'Station Road'])}`, `${r.pick(['London', 'Manchester', 'Leeds'])} ${r.pick(['E17 4PQ', 'M14 5RW', 'LS6 2AB', 'N4 3HF'])}`];
    default:
      return [`${n(r, 100, 9999)} ${r.pick(['Maple Ave', 'W 34th St', 'Elm Street', 'Bissonnet St', 'N Kedzie Ave'])}${r.chance(0.4) ? ` Apt ${n(r, 1, 40)}${r.pick(['A', 'B', ''])}` : ''}`, `${r.pick(['Houston, TX 770', 'Chicago, IL 606', 'Los Angeles, CA 900', 'Queens, NY 113', 'Miami, FL 331'])}${fmt(r, '##')}`];
  }
}
function addrOne(r: R, cc: string): string {
  return address(r, cc).join(', ');
}

const MONTHS: Record<string, string[]> = {
  en: 'January,February,March,April,May,June,July,August,September,October,November,December'.split(','),
  es: 'enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre'.split(','),
  pt: 'janeiro,fevereiro,março,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro'.split(','),
  fr: 'janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre'.split(','),
  de: 'Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember'.split(','),
  it: 'gennaio,febbraio,marzo,aprile,maggio,giugno,luglio,agosto,settembre,ottobre,novembre,dicembre'.split(','),
  nl: 'januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december'.split(','),
  tr: 'Ocak,Şubat,Mart,Nisan,Mayıs,Haziran,Temmuz,Ağustos,Eylül,Ekim,Kasım,Aralık'.split(','),
  id: 'Januari,Februari,Maret,April,Mei,Juni,Juli,Agustus,September,Oktober,November,Desember'.split(','),
  pl: 'stycznia,lutego,marca,kwietnia,maja,czerwca,lipca,sierpnia,września,października,listopada,grudnia'.split(','),
};
interface Ymd {
  y: number;
  m: number;
  d: number;
}
const birth = (r: R): Ymd => ({ y: r.int(1946, 2006), m: r.int(1, 12), d: r.int(1, 28) });
const laterDate = (r: R): Ymd => ({ y: r.int(2024, 2027), m: r.int(1, 12), d: r.int(1, 28) });
/** A date written the way the country writes it. */
function dateStr(r: R, cc: string, x: Ymd, words = false): string {
  const { y, m, d } = x;
  const mo = (lang: string): string => MONTHS[lang]![m - 1]!;
  switch (cc) {
    case 'ES': case 'MX': case 'AR': case 'CO':
      return words ? `${d} de ${mo('es')} de ${y}` : `${pad2(d)}/${pad2(m)}/${y}`;
    case 'BR': case 'PT':
      return words ? `${d} de ${mo('pt')} de ${y}` : `${pad2(d)}/${pad2(m)}/${y}`;
    case 'FR':
      return words ? `${d === 1 ? '1er' : d} ${mo('fr')} ${y}` : `${pad2(d)}/${pad2(m)}/${y}`;
    case 'DE':
      return words ? `${d}. ${mo('de')} ${y}` : `${pad2(d)}.${pad2(m)}.${y}`;
    case 'IT':
      return words ? `${d} ${mo('it')} ${y}` : `${pad2(d)}/${pad2(m)}/${y}`;
    case 'NL':
      return words ? `${d} ${mo('nl')} ${y}` : `${pad2(d)}-${pad2(m)}-${y}`;
    case 'PL':
      return words ? `${d} ${mo('pl')} ${y}` : `${pad2(d)}.${pad2(m)}.${y}`;
    case 'RO': case 'RU': case 'UA':
      return words && cc === 'RU' ? `${pad2(d)}.${pad2(m)}.${y} г.` : `${pad2(d)}.${pad2(m)}.${y}`;
    case 'TR':
      return words ? `${d} ${mo('tr')} ${y}` : `${pad2(d)}.${pad2(m)}.${y}`;
    case 'ID':
      return words ? `${d} ${mo('id')} ${y}` : `${pad2(d)}-${pad2(m)}-${y}`;
    case 'CN':
      return words ? `${y}年${m}月${d}日` : `${y}-${pad2(m)}-${pad2(d)}`;
    case 'JP':
      return words ? `${y}年${m}月${d}日` : `${y}/${pad2(m)}/${pad2(d)}`;
    case 'KR':
      return words ? `${y}년 ${m}월 ${d}일` : `${y}.${pad2(m)}.${pad2(d)}`;
    case 'US': case 'PH':
      return words ? `${mo('en')} ${d}, ${y}` : `${pad2(m)}/${pad2(d)}/${y}`;
    case 'ISO':
      return `${y}-${pad2(m)}-${pad2(d)}`;
    default:
      return words ? `${d} ${mo('en')} ${y}` : r.chance(0.5) ? `${pad2(d)}/${pad2(m)}/${y}` : `${pad2(d)}-${pad2(m)}-${y}`;
  }
}

// ---------------------------------------------------------------- checksummed values

function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(body + String(c))) return body + String(c);
  return body + '0';
}
/** Card digits of a real network shape. */
function cardDigits(r: R): string {
  const k = r.int(0, 9);
  if (k <= 2) return luhnComplete('4' + r.digits(14));
  if (k === 3) return luhnComplete(String(r.int(51, 55)) + r.digits(13));
  if (k === 4) return luhnComplete(String(r.int(2221, 2720)) + r.digits(11));
  if (k === 5) return luhnComplete(r.pick(['34', '37']) + r.digits(12));
  if (k === 6) return luhnComplete(r.pick(['6011', '65' + r.digits(2)]) + r.digits(11));
  if (k === 7) return luhnComplete(String(r.int(3528, 3589)) + r.digits(11));
  if (k === 8) return luhnComplete('62' + r.digits(r.pick([13, 16])));
  return luhnComplete(r.pick(['36', '38']) + r.digits(11));
}
function groupCard(r: R, d: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (sep === '') return d;
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  if (d.length === 14) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep);
  const g: string[] = [];
  for (let i = 0; i < d.length; i += 4) g.push(d.slice(i, i + 4));
  return g.join(sep);
}
const card = (r: R): string => groupCard(r, cardDigits(r));
/** Card-shaped but failing Luhn. */
function badCard(r: R): string {
  const d = cardDigits(r);
  const last = (Number(d.slice(-1)) + r.int(1, 9)) % 10;
  return groupCard(r, d.slice(0, -1) + String(last));
}
const maskedCard = (r: R): string => r.pick(['**** **** **** ', '•••• ', 'XXXX-XXXX-XXXX-', '************', 'ending in ']) + r.digits(4);

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dd of v) rem = (rem * 10 + Number(dd)) % 97;
  }
  return rem;
}
/** Compact valid IBAN for a country. */
function ibanCompact(r: R, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  let bban: string;
  if (cc === 'GB' || cc === 'IE') bban = fmt(r, 'AAAA') + r.digits(len - 8);
  else if (cc === 'NL') bban = r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB']) + r.digits(len - 8);
  else if (cc === 'BR') bban = r.digits(len - 6) + r.pick(['C1', 'P1']);
  else if (cc === 'IT') bban = fmt(r, 'A') + r.digits(len - 5);
  else if (cc === 'FR') bban = r.digits(len - 6) + r.digits(2);
  else if (cc === 'QA' || cc === 'KW') bban = fmt(r, 'AAAA') + r.digits(len - 8);
  else bban = r.digits(len - 4);
  const check = 98 - mod97(bban + cc + '00');
  return cc + pad2(check) + bban;
}
function groupIban(r: R, c: string): string {
  const k = r.int(0, 5);
  if (k <= 2) return c.replace(/(.{4})(?=.)/g, '$1 ');
  if (k === 3) return c.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
  return c;
}
const iban = (r: R, cc: string): string => groupIban(r, ibanCompact(r, cc));
/** IBAN-shaped with a broken check. */
function badIban(r: R, cc: string): string {
  const c = ibanCompact(r, cc);
  const wrong = pad2(((Number(c.slice(2, 4)) + r.int(1, 40)) % 97) + 2);
  const bad = c.slice(0, 2) + (wrong === c.slice(2, 4) ? '01' : wrong) + c.slice(4);
  return groupIban(r, mod97(bad.slice(4) + bad.slice(0, 4)) === 1 ? bad.slice(0, -1) + String((Number(bad.slice(-1)) + 1) % 10) : bad);
}

function ssn(r: R): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, '0')}${pad2(r.int(1, 99))}${String(r.int(1, 9999)).padStart(4, '0')}`;
  const k = r.int(0, 5);
  if (k <= 3) return `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`;
  if (k === 4) return `${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`;
  return s;
}
const maskedSsn = (r: R): string => r.pick(['***-**-', 'XXX-XX-', '•••-••-']) + r.digits(4);

function ipv4(r: R): string {
  const k = r.int(0, 4);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 20)}.${r.int(1, 254)}`;
  return `${r.pick([31, 41, 45, 62, 78, 85, 91, 103, 110, 125, 152, 177, 186, 197, 200, 201, 213])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: R): string {
  const groups = Array.from({ length: 8 }, () => r.int(0, 0xffff).toString(16));
  groups[0] = r.pick(['2001', '2a02', '2c0f', '2400', '2804', '2a01']);
  const k = r.int(0, 2);
  if (k === 0) return groups.join(':');
  if (k === 1) return `${groups.slice(0, 3).join(':')}::${groups.slice(6).join(':')}`;
  return `${groups.slice(0, 2).join(':')}::${groups[7]}`;
}
const ip = (r: R): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));

// ---------------------------------------------------------------- distractors (never labelled)

const orderNo = (r: R): string => r.pick([fmt(r, 'AA-#######'), fmt(r, '#AA##A##'), fmt(r, 'ORD-####-####'), fmt(r, '1##-#######-#######'), fmt(r, 'BK#####AA')]);
const tracking = (r: R): string => r.pick([fmt(r, '1Z###AA##########'), fmt(r, 'AA#########') + 'CN', fmt(r, 'JD####################'), fmt(r, 'SPXID0##########')]);
const hash = (r: R): string => fmt(r, 'x'.repeat(r.pick([12, 40, 64])));
const ts = (r: R): string => { const x = laterDate(r); return `${x.y}-${pad2(x.m)}-${pad2(x.d)}T${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}:${pad2(r.int(0, 59))}Z`; };
const pnr = (r: R): string => fmt(r, 'AAAAAA').replace(/[IO]/g, 'K');
const ein = (r: R): string => fmt(r, 'N#-#######');
const routing = (r: R): string => r.pick(['021000021', '026009593', '121000358', '111000025', '322271627']);
const version = (r: R): string => r.pick([`v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(1, 16)}.${r.int(0, 9)}.${r.int(0, 30)}.${r.int(100, 9999)}`, `build ${r.int(2024, 2026)}.${r.int(1, 12)}.${r.int(1, 9)}`]);
/** Other countries' identity numbers (not labelled: only US SSNs are NATIONAL_ID here). */
function foreignId(r: R, cc: string): [string, string] {
  switch (cc) {
    case 'ES': return ['DNI', fmt(r, '########') + fmt(r, 'A')];
    case 'BR': return ['CPF', fmt(r, '###.###.###-##')];
    case 'MX': return ['CURP', fmt(r, 'AAAA######AAAAAA##')];
    case 'AR': return ['DNI', fmt(r, '##.###.###')];
    case 'IN': return ['Aadhaar', fmt(r, 'N### #### ####')];
    case 'ID': return ['NIK', fmt(r, '3171############')];
    case 'TR': return ['TC Kimlik No', fmt(r, 'N##########')];
    case 'PL': return ['PESEL', fmt(r, '###########')];
    case 'AE': return ['Emirates ID', fmt(r, '784-19##-#######-#')];
    case 'KE': return ['ID No.', fmt(r, 'N#######')];
    case 'NG': return ['NIN', fmt(r, '###########')];
    case 'ZA': return ['ID number', r.pick(['5', '6', '7', '8', '9', '0']) + fmt(r, '############')];
    case 'IT': return ['codice fiscale', fmt(r, 'AAAAAA##A##A###A')];
    case 'CN': return ['身份证号', fmt(r, '110105##########')];
    case 'KR': return ['주민등록번호', r.pick(['7', '8', '9', '0']) + fmt(r, '#####-#######')];
    case 'PK': return ['CNIC', fmt(r, '#####-#######-#')];
    default: return ['passport', fmt(r, 'AA#######')];
  }
}
const EPONYMS = ['Parkinson\'s', 'Alzheimer\'s', 'Crohn\'s disease', 'Hashimoto\'s', 'Down syndrome', 'Asperger\'s'];
const PEOPLE_BRANDS = ['Dr. Martens', 'Tim Hortons', 'Louis Vuitton', 'Ben & Jerry\'s', 'Wendy\'s', 'Hugo Boss', 'Dolce & Gabbana', 'Calvin Klein', 'Mercedes-Benz', 'Ferrari', 'Tommy Hilfiger', 'Jack Daniel\'s', 'Carolina Herrera', 'Pierre Cardin'];
const AIRPORTS = ['Jomo Kenyatta International Airport', 'Aeropuerto Jorge Chávez', 'Indira Gandhi International', 'Charles de Gaulle', 'Atatürk Havalimanı', 'O. R. Tambo', 'King Abdulaziz International', 'Ben Gurion Airport', 'Soekarno-Hatta', 'Ninoy Aquino International', 'Murtala Muhammed Airport'];
const PEOPLE_PLACES = ['Jomo Kenyatta International Airport', 'Aeropuerto Jorge Chávez', 'Indira Gandhi International', 'Charles de Gaulle', 'Atatürk Havalimanı', 'O. R. Tambo', 'Avenida Simón Bolívar', 'Estação Marechal Deodoro', 'Nelson Mandela Square', 'King Abdulaziz International', 'Ben Gurion Airport', 'Soekarno-Hatta', 'Ninoy Aquino International', 'Murtala Muhammed Airport'];
const OTHER_EPONYMS = ['Lei Maria da Penha', 'the Nobel Prize', 'Ley Olimpia', 'the Bolívar Cup', 'Halley\'s comet', 'Newton\'s third law', 'Goethe-Institut', 'Fields Medal'];
const PLAN_NAMES = ['Fibra Max 600', 'Unlimited Gold', 'Família Plus', 'Prime Video Channels', 'GameCore Ultimate', 'Turbo 5G', 'Premium Familiar', 'Giga Surf 40', 'Sehat Plus', 'Wallet Pro'];

// ---------------------------------------------------------------- templates

type Tpl = (d: Doc, r: R) => void;
const CULT: Record<string, string[]> = {
  ES: ['es'], MX: ['latam'], AR: ['latam', 'it'], CO: ['latam'], BR: ['pt'], PT: ['pt'], FR: ['fr', 'ar'], DE: ['de', 'tr'], IT: ['it'], NL: ['nl'], PL: ['pl'], RO: ['ro'],
  TR: ['tr'], AE: ['ar', 'hi', 'tl', 'ur'], SA: ['ar'], EG: ['ar'], IL: ['he'], IR: ['fa'], IN: ['hi', 'ta'], PK: ['ur'], BD: ['bn'], TH: ['th'], VN: ['vi'], ID: ['id'],
  PH: ['tl'], CN: ['zh'], JP: ['ja'], KR: ['ko'], RU: ['ru'], UA: ['uk'], KE: ['sw'], ET: ['am'], NG: ['yo'], ZA: ['zu'], US: ['latam', 'en', 'hi', 'tl', 'vi'], GB: ['en', 'ur', 'yo'],
};
const ALL_CC = Object.keys(CULT);
const who = (r: R, cc: string): Person => person(r, r.pick(CULT[cc] ?? ['en']));
const BOTS = ['Nova', 'Aura', 'ZipBot', 'Lumo', 'Kiki (virtual assistant)', 'Assistant', 'HelpBot'];
const agentName = (r: R, cc: string): string => who(r, cc).given;
/** Adds an address, on one line or several. */
function addr(d: Doc, r: R, cc: string, multi = false): Doc {
  const lines = address(r, cc);
  return d.l('ADDRESS', lines.join(multi ? '\n' : ', '));
}

// --- chats, one per market/language

const tEsShop: Tpl = (d, r) => {
  const p = who(r, 'ES');
  d.t(`[${BOTS[0]} · TiendaSol] ¡Hola! ¿En qué te ayudo?\nCliente: hola, el pedido ${orderNo(r)} no ha llegado, lo pedí el ${dateStr(r, 'ES', laterDate(r))}\n${r.pick(BOTS)}: Lo siento. ¿Me confirmas nombre completo y dirección de entrega?\nCliente: `)
    .self(p.full).t(', ');
  addr(d, r, 'ES').t('. Y mi móvil es ').l('PHONE', phone(r, 'ES')).t(r.pick([' por si el repartidor llama', ', whatsapp mejor', '']));
  d.t('\nAsistente: Gracias, ').p(p.given).t('. He abierto la incidencia. El paquete va con ' + r.pick(['Correos Express', 'SEUR', 'MRW']) + `, seguimiento ${tracking(r)}.`);
};
const tMxRide: Tpl = (d, r) => {
  const p = who(r, 'MX');
  const drv = who(r, 'MX');
  d.t('Soporte Viajes — chat\nUsuario: buenas, olvidé mi mochila en el carro, el chofer se llamaba ').p(drv.given).t(', un ').t(r.pick(['Aveo gris', 'Versa blanco', 'Jetta negro'])).t(`\nAgente `).p(agentName(r, 'MX')).t(': Claro, ¿a qué número te marcamos para coordinar la entrega?\nUsuario: al ').l('PHONE', phone(r, 'MX')).t(r.pick([' porfa', ' o por whats', '']))
    .t(', a nombre de ').self(p.full).t(`\nAgente: Listo. El viaje salió del Aeropuerto Benito Juárez a las ${r.int(1, 12)}:${pad2(r.int(0, 59))}. Te contactamos hoy.`);
};
const tBrMarket: Tpl = (d, r) => {
  const p = who(r, 'BR');
  const [idName, idv] = foreignId(r, 'BR');
  d.t('Atendimento MercaBom\nCliente: oi, o vendedor não mandou o produto e quero reembolso via PIX\nAtendente ').p(agentName(r, 'BR')).t(': Claro! Qual a chave PIX?\nCliente: a chave é o e-mail ').l('EMAIL', email(r, p)).t(` ou o ${idName} ${idv}, tanto faz\n`);
  if (r.chance(0.5)) d.t('Cliente: ah, se precisar de conta: IBAN ').l('IBAN', iban(r, 'BR')).t('\n');
  d.t('Atendente: Perfeito, ').p(p.given).t(`. O reembolso cai em até 2 dias úteis. Protocolo ${fmt(r, '2025########')}.`);
};
const tPtUtility: Tpl = (d, r) => {
  const p = who(r, 'PT');
  d.t('Luzenergia · Apoio ao cliente\nCliente: Boa tarde, queria mudar para débito direto.\nAssistente: Com certeza. Nome do titular, morada e IBAN, por favor.\nCliente: ').self(p.full).t('\n');
  addr(d, r, 'PT', r.chance(0.5)).t('\nIBAN ').l('IBAN', iban(r, 'PT')).t(`\nNIF ${fmt(r, '2########')} se precisarem\nAssistente: Obrigado! A alteração fica ativa na fatura de ${MONTHS.pt![r.int(0, 11)]}.`);
};
const tFrTelecom: Tpl = (d, r) => {
  const p = who(r, 'FR');
  d.t('Chat Box Internet — FibreNet\nClient : Bonjour, ma box ne synchronise plus depuis hier soir, la LED clignote rouge\nConseillère ').p(agentName(r, 'FR')).t(' : Bonjour ! Pouvez-vous me donner l\'IP affichée dans l\'interface ?\nClient : c\'est ').l('IP', ipv4(r)).t(', et en IPv6 ').l('IP', ipv6(r)).t(`\nConseillère : Merci. Firmware ${version(r)} ok. Un technicien peut passer, à quel numéro vous joindre ?\nClient : `).l('PHONE', phone(r, 'FR')).t(', au nom de M. ').p(p.surname).t('\nClient : adresse : ');
  addr(d, r, 'FR').t(r.pick([', code porte 4521B', ', 3e étage sans ascenseur', '']));
};
const tDeInsurance: Tpl = (d, r) => {
  const p = who(r, 'DE');
  d.t('Schadenmeldung · SicherPlus Versicherung\nKunde: Hallo, mein Fahrrad wurde vor dem Bahnhof geklaut. Meine Daten:\nName: ').self(p.full).t('\nGeburtsdatum: ').l('DOB', dateStr(r, 'DE', birth(r), r.chance(0.3))).t('\nAnschrift: ');
  addr(d, r, 'DE').t('\nIBAN für die Erstattung: ').l('IBAN', iban(r, 'DE')).t(`\nSachbearbeiterin Frau `).p(who(r, 'DE').surname).t(`: Danke, Ihre Schadennummer ist SP-${fmt(r, '########')}. Anzeige vom ${dateStr(r, 'DE', laterDate(r))} bitte hochladen.`);
};
const tItFood: Tpl = (d, r) => {
  const p = who(r, 'IT');
  d.t('PappaGo · assistenza\nUtente: il rider è sotto casa ma non trova il citofono, scrivo io: ');
  addr(d, r, 'IT').t(', citofono "').p(p.surname.toUpperCase()).t(`"\nAssistente: Ok! Lo avviso. Il rider `).p(who(r, 'IT').given).t(' ti chiamerà al ').l('PHONE', phone(r, 'IT')).t(', giusto?\nUtente: sì esatto, grazie');
};
const tNlStreaming: Tpl = (d, r) => {
  const p = who(r, 'NL');
  d.t('StreamHuis support\nKlant: iemand anders zit op mijn account?? ik zie logins die niet van mij zijn\nMedewerker ').p(agentName(r, 'NL')).t(': Vervelend! Ik zie inlogpogingen vanaf ');
  const k = r.int(2, 3);
  for (let i = 0; i < k; i++) d.l('IP', ip(r)).t(i < k - 1 ? (i === k - 2 ? ' en ' : ', ') : '. ');
  d.t('Klopt het e-mailadres ').l('EMAIL', email(r, p)).t('?\nKlant: ja dat klopt. mijn naam is ').self(p.full).t(`\nMedewerker: Ik heb alle sessies uitgelogd. Tip: zet 2FA aan in app ${version(r)}.`);
};
const tPlShop: Tpl = (d, r) => {
  const p = who(r, 'PL');
  d.t('Czat — SklepTu\nKlient: dzień dobry, chcę zmienić adres dostawy w zamówieniu ').t(orderNo(r)).t('\nKonsultant ').p(agentName(r, 'PL')).t(': Oczywiście. Proszę podać nowy adres i telefon.\nKlient: ');
  addr(d, r, 'PL').t(', tel. ').l('PHONE', phone(r, 'PL')).t('\nKlient: płaciłem kartą ').t(maskedCard(r)).t(', mail ').l('EMAIL', email(r, p)).t('\nKonsultant: Zmienione, Pani/Panie ').p(p.surname).t('.');
};
const tRoTelecom: Tpl = (d, r) => {
  const p = who(r, 'RO');
  d.t('Portare număr · TeleRo\nClient: vreau să port numărul ').l('PHONE', phone(r, 'RO')).t(' de la alt operator\nAgent: Sigur. Nume complet, data nașterii și CNP-ul.\nClient: ').self(p.full).t(', născut la ').l('DOB', dateStr(r, 'RO', birth(r))).t(`, CNP ${r.pick(['1', '2', '5', '6'])}${fmt(r, '############')}\nClient: plata prin debit direct din contul `).l('IBAN', iban(r, 'RO')).t('\nAgent: Mulțumesc, portarea durează 3 zile lucrătoare.');
};
const tTrAirline: Tpl = (d, r) => {
  const p = who(r, 'TR');
  const p2 = who(r, 'TR');
  d.t(`GökYolu Havayolları · canlı destek\nYolcu: merhaba, PNR ${pnr(r)} için bebek yolcu eklemek istiyorum\nTemsilci `).p(agentName(r, 'TR')).t(' Hanım: Tabii. Bebeğin adı soyadı ve doğum tarihi?\nYolcu: ').p(p2.given).t(' ').t('— soyadı aynı, ').p(p.surname).t('. doğum tarihi ').l('DOB', dateStr(r, 'TR', { y: r.int(2024, 2025), m: r.int(1, 12), d: r.int(1, 28) }, r.chance(0.5))).t('\nYolcu: ben ').self(p.full).t(`, TC ${fmt(r, 'N##########')}, iletişim `).l('PHONE', phone(r, 'TR')).t('\nTemsilci: Eklendi. Uçuş İstanbul Atatürk değil Sabiha Gökçen\'den kalkıyor, unutmayın.');
};
const tAeHotel: Tpl = (d, r) => {
  const p = person(r, 'arN');
  d.t('فندق الواحة — Live chat\nGuest: مرحبا, I booked a suite for next week, can I add airport pickup?\nAgent ').p(agentName(r, 'AE')).t(': أهلاً! Sure, may I have the name on the booking?\nGuest: ').self(p.full).t(' (').p(`${p.aG.charAt(0).toUpperCase()}${p.aG.slice(1)} ${p.aS.charAt(0).toUpperCase()}${p.aS.slice(1)}`).t(' in English)\nGuest: mobile ').l('PHONE', phone(r, 'AE')).t(', email ').l('EMAIL', email(r, p)).t('\nAgent: Shukran. The pickup fee will go on the card ending ').t(r.digits(4)).t(`. Flight lands at Dubai Intl T${r.int(1, 3)}?`);
  if (r.chance(0.5)) d.t('\nGuest: use this card instead pls ').l('CARD', card(r));
};
const tIlInsurance: Tpl = (d, r) => {
  const p = person(r, 'heN');
  d.t('ביטוח ישיר פלוס | צ\'אט\nלקוח: שלום, אני רוצה להגיש תביעה על נזק מים\nנציג: שלום! שם מלא ומספר טלפון בבקשה\nלקוח: ').self(p.full).t(', ').l('PHONE', phone(r, 'IL')).t('\nלקוח: ולהחזר — IBAN ').l('IBAN', iban(r, 'IL')).t(`\nנציג: תודה, מספר תביעה ${fmt(r, '########')}. (claim opened, English copy sent)`);
};
const tIrWallet: Tpl = (d, r) => {
  const p = r.chance(0.5) ? person(r, 'faN') : who(r, 'IR');
  d.t('KifPay پشتیبانی\nکاربر: سلام، انتقال من به حساب ').p(p.full).t(' ناموفق شد\nAgent: سلام، لطفاً شماره موبایل گیرنده را بفرستید\nکاربر: ').l('PHONE', phone(r, 'IR')).t(' — the one registered, and address for the courier: ');
  addr(d, r, 'IR').t('\nAgent: مرسی، peigiri code ').t(fmt(r, '##########'));
};
const tInFood: Tpl = (d, r) => {
  const p = who(r, 'IN');
  d.t('KhaanaNow help\nUser: bhaiya my order is stuck on "preparing" for 50 min 😤 ').t(orderNo(r)).t('\nBot: Sorry for the delay! Kya aap delivery address confirm karenge?\nUser: ');
  addr(d, r, 'IN').t(`\nUser: name ${r.chance(0.5) ? 'hai ' : ''}`).self(p.full).t(', number ').l('PHONE', phone(r, 'IN')).t('. Delivery partner ').p(who(r, 'IN').given).t(' ji ne call nahi uthaya');
};
const tPkSim: Tpl = (d, r) => {
  const p = who(r, 'PK');
  d.t('JazzLine chat\nCustomer: Assalam o alaikum, meri SIM block ho gayi hai\nAgent ').p(agentName(r, 'PK')).t(': Walaikum salam! SIM kis naam pe registered hai aur CNIC number?\nCustomer: ').self(p.full).t(`, CNIC ${foreignId(r, 'PK')[1]}. number tha `).l('PHONE', phone(r, 'PK')).t('\nAgent: Shukriya, biometric verification ke liye franchise jaayen.');
};
const tBdRide: Tpl = (d, r) => {
  const p = who(r, 'BD');
  d.t('ChaloRide support\nRider: ami amar phone driver er gari te fele eshechi!! driver ').p(who(r, 'BD').given).t(' bhai\nAgent: Dukkhito! Apnar alternate number ta din\nRider: ').l('PHONE', phone(r, 'BD')).t(', amar nam ').self(p.full).t('\nAgent: Thik ache, driver ke contact korchi. Trip ID ').t(fmt(r, 'CR########'));
};
const tTaShop: Tpl = (d, r) => {
  const p = person(r, 'ta');
  d.t('Kadai.in support\nCustomer: vanakkam, saree return pickup eppo varum?\nAgent: Vanakkam ').p(p.given).t(' sir/madam! Pickup address confirm pannunga\nCustomer: ');
  addr(d, r, 'IN').t(', contact ').l('PHONE', phone(r, 'IN')).t(`\nAgent: Nandri. Pickup on ${dateStr(r, 'IN', laterDate(r))}, AWB ${tracking(r)}`);
};
const tThHotel: Tpl = (d, r) => {
  const p = person(r, 'thN');
  d.t('โรงแรมริมน้ำ · แชท\nลูกค้า: สวัสดีค่ะ ขอเปลี่ยนวันเช็คอินได้ไหมคะ\nพนักงาน: ได้ครับ ขอชื่อผู้จองครับ\nลูกค้า: ').self(p.full).t(' ค่ะ เบอร์ ').l('PHONE', phone(r, 'TH')).t(' email ').l('EMAIL', email(r, p)).t(`\nพนักงาน: ขอบคุณครับคุณ`).p(p.given).t(` เปลี่ยนเป็นวันที่ ${r.int(1, 28)}/${r.int(1, 12)}/${r.int(2025, 2026)} แล้วครับ`);
};
const tVnDelivery: Tpl = (d, r) => {
  const p = who(r, 'VN');
  d.t('GiaoNhanh hỗ trợ\nKhách: shipper gọi mà em không nghe được, địa chỉ em là ');
  addr(d, r, 'VN').t(', sđt ').l('PHONE', phone(r, 'VN')).t('\nNhân viên: Dạ chị ').p(p.given).t(` ơi, đơn ${orderNo(r)} sẽ giao lại chiều nay ạ. Người nhận: `).p(p.full).t(' đúng không ạ?\nKhách: đúng rồi ạ');
};
const tIdWallet: Tpl = (d, r) => {
  const p = who(r, 'ID');
  d.t('DompetKu Bantuan\nPengguna: min, top up pakai kartu kok gagal terus ya\nCS ').p(agentName(r, 'ID')).t(': Halo Kak! Boleh dicek nomor kartunya?\nPengguna: ').l('CARD', card(r)).t(`, atas nama `).self(p.full.toUpperCase()).t(`\nPengguna: NIK ${foreignId(r, 'ID')[1]} udah verified, no HP `).l('PHONE', phone(r, 'ID'))
    .t('\nCS: Terima kasih Ibu/Bapak ').p(p.given).t(', kartu kena limit harian dari bank penerbit.');
};
const tPhRemit: Tpl = (d, r) => {
  const p = who(r, 'PH');
  const rec = who(r, 'PH');
  d.t('PadalaFast chat\nSender: hi po, pa-check naman kung na-claim na yung padala ko kay ').p(rec.full).t('\nAgent: Hello po! Ano po ang reference number?\nSender: ').t(fmt(r, 'PF-#########')).t('. yung number niya ').l('PHONE', phone(r, 'PH')).t(', address ');
  addr(d, r, 'PH').t('\nAgent: Salamat po, Ma\'am/Sir ').p(p.given).t('. Ready for pickup na po sa branch sa Rizal Ave.');
};
const tCnShop: Tpl = (d, r) => {
  const p = person(r, 'zhN');
  d.t('好物商城 在线客服\n买家：你好，我想改一下收货地址\n客服：亲，请提供新的地址和收件人~\n买家：收件人 ').self(p.full).t('，电话 ').l('PHONE', phone(r, 'CN')).t('，地址 ');
  addr(d, r, 'CN').t(`\n客服：好的亲，订单 ${fmt(r, '2025#############')} 已修改。`);
};
const tJpGame: Tpl = (d, r) => {
  const p = person(r, 'jaN');
  d.t('ゲームサポート問い合わせ\nお名前: ').self(p.full).t('\nメール: ').l('EMAIL', email(r, p)).t('\n内容: 課金したのにジェムが反映されません。カード ').l('CARD', card(r)).t(` で決済しました。接続元IP `).l('IP', ip(r)).t('\n---\nサポート担当 ').p(who(r, 'JP').surname).t(': ').p(p.surname).t(`様、ご不便をおかけしております。ver ${version(r)} で修正済みです。`);
};
const tKrStream: Tpl = (d, r) => {
  const p = person(r, 'koN');
  d.t('스트림온 고객센터 채팅\n고객: 제 계정에 모르는 기기가 로그인했어요\n상담원: ').p(p.given).t('님, 확인해 보니 ').l('IP', ip(r)).t('에서 로그인 기록이 있습니다. 본인 연락처가 ').l('PHONE', phone(r, 'KR')).t(' 맞으신가요?\n고객: 네 맞아요. ').self(p.full).t('입니다\n상담원: 비밀번호 재설정 링크를 보냈습니다.');
};
const tRuDelivery: Tpl = (d, r) => {
  const p = person(r, 'ruN');
  d.t('Служба поддержки «Доставим»\nКлиент: здравствуйте, курьер не может найти подъезд\nОператор: Уточните, пожалуйста, адрес и телефон\nКлиент: ');
  addr(d, r, 'RU').t(', тел. ').l('PHONE', phone(r, 'RU')).t(', получатель ').self(p.full).t(`\nОператор: Спасибо! Курьер `).p(person(r, 'ruN').given).t(' будет через 10 минут.');
};
const tUaIsp: Tpl = (d, r) => {
  const p = person(r, 'ukN');
  d.t('Інтернет-провайдер «ШвидкоНет» · чат\nАбонент: ').self(p.full).t(', адреса підключення: ');
  addr(d, r, 'UA').t('\nАбонент: нема інтернету, роутер показує WAN ').l('IP', ipv4(r)).t('\nОператор: Дякую! Аварія на вузлі, відновимо до 18:00. (sorry for the outage)');
};
const tKeTelecom: Tpl = (d, r) => {
  const p = who(r, 'KE');
  d.t('SafariTel care\nCustomer: habari, nataka kusajili SIM upya\nAgent ').p(agentName(r, 'KE')).t(': Karibu! Tafadhali tuma jina, ID na tarehe ya kuzaliwa\nCustomer: ').self(p.full).t(`, ID ${foreignId(r, 'KE')[1]}, DOB `).l('DOB', dateStr(r, 'KE', birth(r))).t('. namba ni ').l('PHONE', phone(r, 'KE')).t('\nAgent: Asante sana Bi/Bwana ').p(p.surname).t(', registration imekamilika.');
};
const tEtAirline: Tpl = (d, r) => {
  const p = r.chance(0.5) ? person(r, 'amN') : who(r, 'ET');
  d.t('SkyAbay Airlines · chat\nPassenger: ሰላም, I need to correct my name on the ticket, it says ').p(`${p.given.slice(0, -1)} ${p.surname}`.toUpperCase()).t(' instead of ').self(p.full).t('\nAgent ').p(agentName(r, 'ET')).t(': Sure. Please confirm date of birth and phone\nPassenger: born ').l('DOB', dateStr(r, 'ET', birth(r))).t(', ').l('PHONE', phone(r, 'ET')).t(`, passport ${fmt(r, 'EP#######')}\nAgent: Fixed. Departure from Bole International unchanged.`);
};
const tNgFintech: Tpl = (d, r) => {
  const p = who(r, 'NG');
  d.t('NairaPay support\nUser: abeg my card don debit but the transfer no go through\nAgent ').p(agentName(r, 'NG')).t(': So sorry! Which card did you use?\nUser: ').l('CARD', card(r)).t(`, BVN ${fmt(r, '22#########')}, phone `).l('PHONE', phone(r, 'NG')).t('\nUser: my name na ').self(p.full).t('\nAgent: Thank you ').p(p.given).t(', reversal in 24 hours.');
};
const tZaInsurance: Tpl = (d, r) => {
  const p = who(r, 'ZA');
  d.t('UmbrellaCover claims\nClient: Sawubona, my car was hit at the taxi rank\nConsultant ').p(agentName(r, 'ZA')).t(': Eish, sorry! Full name, ID number and address please\nClient: ').self(p.full).t(`, ID ${foreignId(r, 'ZA')[1]}, `);
  addr(d, r, 'ZA').t(', cell ').l('PHONE', phone(r, 'ZA')).t(`\nConsultant: Claim UC${fmt(r, '######')} logged. Assessor will call.`);
};
const tUsRemit: Tpl = (d, r) => {
  const p = who(r, 'US');
  const rec = who(r, 'MX');
  d.t('EnvíaYa — verificación de identidad\nCliente: hola, me pidieron mi social para enviar más de $3,000\nAgente: Sí, por regulación. Nombre legal, SSN y domicilio en EE.UU.\nCliente: ').self(p.full).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(', ');
  addr(d, r, 'US').t('\nCliente: y el que recibe es mi hermano ').p(rec.full).t(' en ').t(r.pick(['Guadalajara', 'Puebla', 'Oaxaca'])).t(', cel ').l('PHONE', phone(r, 'MX', true)).t('\nAgente: Gracias. Verás el SSN como ').t(maskedSsn(r)).t(' en tu perfil.');
};
const tUsInsurance: Tpl = (d, r) => {
  const p = who(r, 'US');
  d.t(`HealthBridge enrollment chat\nMember: hi, enrolling my family. I'm `).self(p.full).t(', SSN ').l('NATIONAL_ID', ssn(r)).t(', DOB ').l('DOB', dateStr(r, 'US', birth(r))).t('\n');
  const k = r.int(1, 2);
  for (let i = 0; i < k; i++) {
    const dep = person(r, 'en');
    d.t('Member: dependent ').p(`${dep.given} ${p.surname.split(' ')[0]}`).t(', born ').l('DOB', dateStr(r, 'US', { y: r.int(2008, 2022), m: r.int(1, 12), d: r.int(1, 28) })).t(', SSN ').l('NATIONAL_ID', ssn(r)).t('\n');
  }
  d.t(`Agent: Thanks! Note: plan excludes pre-existing ${r.pick(EPONYMS)} coverage for 6 months. Employer EIN ${ein(r)} on file.`);
};
const tVoice: Tpl = (d, r) => {
  const cc = r.pick(['ES', 'MX', 'BR', 'FR', 'GB', 'US', 'CO']);
  const lang = cc === 'BR' ? 'pt' : cc === 'FR' ? 'fr' : cc === 'GB' || cc === 'US' ? 'en' : 'es';
  const p = who(r, cc);
  const L = lang === 'pt' ? ['meu e-mail é', 'e o telefone', 'meu nome é'] : lang === 'fr' ? ['mon mail c\'est', 'et mon numéro', 'je m\'appelle'] : lang === 'en' ? ['my email is', 'and my number is', 'my name is'] : ['mi correo es', 'y mi teléfono', 'me llamo'];
  d.t(`[call transcript · auto ASR · ${ts(r)}]\nAGENT: ...\nCALLER: sí/yes, ${L[2]} `).self(p.full).t(`\nCALLER: ${L[0]} `).l('EMAIL', spokenEmail(r, p, lang)).t(`\nCALLER: ${L[1]} `).l('PHONE', spokenPhone(r, cc, lang)).t('\nAGENT: perfect, I\'ll read that back...');
};
const tPieces: Tpl = (d, r) => {
  const cc = r.pick(['BR', 'NG', 'TR', 'PL', 'IN', 'MX', 'DE']);
  const p = who(r, cc);
  const good = email(r, p, 'gmail.com');
  const at = good.indexOf('@');
  const typo = good.slice(0, Math.max(1, at - 1)) + '@' + r.pick(['gmial.com', 'gmail.con', 'gamil.com']);
  d.t('User: first name ').p(p.given).t('\nUser: surname ').p(p.surname).t('\nBot: Thanks! And your email?\nUser: ').l('EMAIL', typo).t('\nUser: sorry typo, it\'s ').l('EMAIL', good).t('\nBot: Got it. Ticket #').t(fmt(r, '######')).t(' created.');
};
const tPhoneFix: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const p = who(r, cc);
  const a = phone(r, cc);
  d.t('Customer: call me back on ').l('PHONE', a).t('\nCustomer: no wait wrong one, it\'s ').l('PHONE', phone(r, cc)).t(r.pick([' ext. 204', ' (after 6pm)', '', ' - WhatsApp only'])).t('\nAgent ').p(agentName(r, cc)).t(': noted, ').p(nameForm(r, p)).t('. The number ').t(r.pick(['***-***-', '+** *** *** ', 'xxxxxx'])).t(r.digits(4)).t(' is removed.');
};
const tMixedScript: Tpl = (d, r) => {
  const pool = r.pick(['koN', 'zhN', 'jaN', 'ruN', 'arN', 'hiN', 'heN']);
  const p = person(r, pool);
  const latin = p.eastern ? `${cap(p.aS)} ${cap(p.aG)}` : `${cap(p.aG)} ${cap(p.aS)}`;
  d.t('Booking name check\nGuest: passport says ').p(latin.toUpperCase()).t(' but in app I typed ').self(p.full).t(' — same person!\nAgent: No problem, I\'ve added ').p(latin).t(' as the Latin spelling. Confirmation sent to ').l('EMAIL', email(r, p)).t('.');
};
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// --- machine side: confirmations, notifications, SMS, exports, summaries, surveys

const tOrderConfirm: Tpl = (d, r) => {
  const cc = r.pick(['ES', 'BR', 'DE', 'MX', 'PL', 'IT']);
  const p = who(r, cc);
  const H: Record<string, string[]> = {
    ES: ['Confirmación de pedido', 'Dirección de envío', 'Teléfono', 'Llegará entre el'],
    MX: ['Tu pedido fue confirmado', 'Enviar a', 'Tel.', 'Entrega estimada'],
    BR: ['Pedido confirmado', 'Endereço de entrega', 'Celular', 'Previsão de entrega'],
    DE: ['Bestellbestätigung', 'Lieferadresse', 'Telefon', 'Voraussichtliche Lieferung'],
    PL: ['Potwierdzenie zamówienia', 'Adres dostawy', 'Telefon', 'Przewidywana dostawa'],
    IT: ['Conferma d\'ordine', 'Indirizzo di spedizione', 'Telefono', 'Consegna prevista'],
  };
  const h = H[cc]!;
  d.t(`${h[0]} ${orderNo(r)}\n\n${h[1]}:\n`).p(p.full).t('\n');
  if (r.chance(0.3)) d.t(r.pick(['Loja Central Ltda.', 'c/o Büro Hansen GmbH', 'Oficina 3 — Grupo Altamar S.A.']) + '\n');
  addr(d, r, cc, true).t(`\n${h[2]}: `).l('PHONE', phone(r, cc)).t(`\n\n${h[3]} ${dateStr(r, cc, laterDate(r))}. ${r.pick(PLAN_NAMES)} · ${r.int(1, 4)} x ${r.int(9, 299)},${r.int(10, 99)}`);
};
const tHotelConfirm: Tpl = (d, r) => {
  const cc = r.pick(['FR', 'IT', 'PT', 'TR', 'TH']);
  const p = who(r, cc);
  d.t(`Réservation confirmée / Booking confirmed — Hôtel Les Acacias\nN° de confirmation : ${fmt(r, '#########')}\nClient : `).self(p.full).t('\nE-mail : ').l('EMAIL', email(r, p)).t('\nTéléphone : ').l('PHONE', phone(r, cc, true)).t(`\nArrivée : ${dateStr(r, 'FR', laterDate(r))} · Départ : ${dateStr(r, 'FR', laterDate(r))}\nGarantie : carte ${maskedCard(r)}\nChambre 214, vue mer. Contact hôtel : `).l('EMAIL', r.pick(['reservations@hotel-acacias.fr', 'frontdesk@acacias-hotels.com'])).t('.');
};
const tItinerary: Tpl = (d, r) => {
  const cc = r.pick(['EG', 'SA', 'IN', 'PH', 'NG', 'KE', 'AE']);
  const k = r.int(1, 3);
  d.t(`E-TICKET RECEIPT / ITINERARY\nBooking ref: ${pnr(r)}   Issued: ${dateStr(r, 'GB', laterDate(r))}\n`);
  for (let i = 0; i < k; i++) {
    const p = who(r, cc);
    d.t(`Passenger ${i + 1}: `).p(r.chance(0.5) ? p.full.toUpperCase() : p.full).t(r.pick([' MR', ' MS', ' MRS', '']));
    if (r.chance(0.6)) d.t('  DOB ').l('DOB', dateStr(r, 'GB', birth(r), r.chance(0.4)));
    d.t(`  Ticket ${fmt(r, '071-##########')}\n`);
  }
  d.t(`Flight ${fmt(r, 'AA ###')} ${r.pick(AIRPORTS)} → Dubai T3, seat ${r.int(1, 40)}${r.pick(['A', 'C', 'K'])}\nContact: `).l('PHONE', phone(r, cc, true)).t('\n');
};
const tSms: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const drv = who(r, cc);
  d.t(r.pick(['SMS', 'Text message', '[SMS template: courier_arriving]']) + '\n').t(`Your courier `).p(drv.given).t(' is arriving in 5 min. Call ').l('PHONE', phone(r, cc)).t(`. Track: https://trk.example/${fmt(r, 'AAAA####')}\n`).t(`Your OTP is ${r.digits(6)}. Do not share it with anyone.`);
};
const tLoginAlert: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const p = who(r, cc);
  d.t(`To: `).l('EMAIL', email(r, p)).t(`\nSubject: New sign-in to your account\n\nHi `).p(p.given).t(`,\nWe noticed a new sign-in from ${r.pick(['Chrome on Windows', 'Safari on iPhone', 'Firefox 128 on Linux', 'App v' + String(r.int(3, 9)) + '.2'])}\nIP address: `).l('IP', ip(r)).t(`\nTime: ${ts(r)}\nIf this wasn't you, contact `).l('EMAIL', 'security@' + r.pick(['streamhuis.nl', 'gamecore.jp', 'dompetku.id', 'walletpro.ng'])).t('.');
};
const tJsonExport: Tpl = (d, r) => {
  const cc = r.pick(['US', 'BR', 'IN', 'DE', 'NG', 'PH', 'TR', 'KE']);
  const p = who(r, cc);
  d.t(`{"session_id":"${hash(r)}","channel":"${r.pick(['webchat', 'whatsapp', 'app'])}","started":"${ts(r)}","customer":{"name":"`).self(p.full).t('","email":"').l('EMAIL', email(r, p)).t('","phone":"').l('PHONE', phone(r, cc, true)).t('","dob":"').l('DOB', dateStr(r, 'ISO', birth(r))).t('"');
  if (cc === 'US') d.t(',"ssn":"').l('NATIONAL_ID', ssn(r)).t('"');
  d.t('},"client_ip":"').l('IP', ip(r)).t(`","app_version":"${version(r)}","messages":${r.int(4, 40)},"csat":${r.int(1, 5)}}`);
};
const tCsvKyc: Tpl = (d, r) => {
  d.t('customer_id,full_name,ssn,dob,phone,email,state\n');
  const k = r.int(3, 6);
  for (let i = 0; i < k; i++) {
    const p = who(r, 'US');
    d.t(`C${fmt(r, '######')},`).p(p.full).t(',');
    if (r.chance(0.85)) d.l('NATIONAL_ID', ssn(r));
    else d.t(maskedSsn(r));
    d.t(',').l('DOB', dateStr(r, r.chance(0.5) ? 'ISO' : 'US', birth(r))).t(',').l('PHONE', phone(r, 'US')).t(',').l('EMAIL', email(r, p)).t(`,${r.pick(['TX', 'CA', 'IL', 'NY', 'FL'])}\n`);
  }
  d.t(`# exported ${ts(r)} by kyc-batch ${version(r)}`);
};
const tLogs: Tpl = (d, r) => {
  const k = r.int(3, 6);
  for (let i = 0; i < k; i++) {
    const kind = r.int(0, 3);
    d.t(`${ts(r)} ${r.pick(['INFO', 'WARN', 'ERROR'])} `);
    if (kind === 0) d.t('auth.login ok user=').l('EMAIL', email(r, who(r, r.pick(ALL_CC)))).t(' ip=').l('IP', ip(r)).t('\n');
    else if (kind === 1) d.t(`gw.request ${r.pick(['GET', 'POST'])} /v2/orders/${orderNo(r)} from `).l('IP', ipv4(r)).t(`:${r.int(1024, 65000)} ${r.pick([200, 404, 502])}\n`);
    else if (kind === 2) d.t('ws.connect peer=[').l('IP', ipv6(r)).t(`]:${r.int(1024, 65000)} sid=${hash(r)}\n`);
    else d.t(`deploy chat-router ${version(r)} commit ${hash(r)}\n`);
  }
};
const tHandoff: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const p = who(r, cc);
  d.t(`— Bot → human hand-off summary —\nCustomer: `).self(p.full).t(` (${r.pick(['Gold', 'new', 'VIP', 'at-risk'])} tier)\nLanguage: ${r.pick(['es', 'pt-BR', 'tr', 'ar', 'id', 'sw', 'vi', 'ru'])} + English\nIssue: ${r.pick(['double charge', 'parcel marked delivered but not received', 'cannot add baggage', 'router offline', 'wallet KYC stuck'])}\nCallback: `).l('PHONE', phone(r, cc)).t('\nVerified address: ');
  addr(d, r, cc).t(`\nSentiment: ${r.pick(['frustrated', 'neutral', 'angry'])}. Assigned to `).p(agentName(r, cc)).t(` (queue ${r.pick(['L2-billing', 'L1-general', 'fraud'])}).`);
  if (r.chance(0.35)) {
    // a value broken by the widget's line wrap: not labelled
    const alt = phone(r, cc, true);
    const k = Math.floor(alt.length / 2);
    d.t(`\nNote: alt. number was wrapped by the widget: ${alt.slice(0, k).trimEnd()}\n${alt.slice(k).trimStart()}`);
  }
};
const tNameFix: Tpl = (d, r) => {
  const cc = r.pick(['ES', 'BR', 'FR', 'DE', 'IT', 'PL', 'TR', 'NG', 'KE', 'IN', 'PH', 'ID', 'RO', 'NL']);
  const p = who(r, cc);
  const g = p.given;
  const i = Math.max(1, Math.min(g.length - 2, 2));
  const wrong = g.length > 3 && !/\s/.test(g.slice(i, i + 2)) ? g.slice(0, i) + g.charAt(i + 1) + g.charAt(i) + g.slice(i + 2) : g + g.slice(-1);
  const bad = p.eastern ? `${p.surname} ${wrong}` : `${wrong} ${p.surname}`;
  d.t(`Customer: the ${r.pick(['boarding pass', 'invoice', 'hotel voucher', 'policy'])} says `).p(bad).t(' but my name is ').self(p.full).t(', please fix 🙏\nAgent ').p(agentName(r, cc)).t(`: Corrected! A new document was sent to `).l('EMAIL', email(r, p)).t('. No fee applies.');
};
const tSurvey: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const ag = who(r, cc);
  d.t(`Post-chat survey #${fmt(r, '#######')}\nQ1 How satisfied were you? ${r.int(1, 5)}/5\nQ2 Was your agent helpful? "yes, `).p(ag.given).t(` was ${r.pick(['very patient', 'quick', 'kind but the bot before was useless'])}"\nQ3 May we contact you? `);
  if (r.chance(0.6)) d.t('yes → ').l('EMAIL', email(r, who(r, cc)));
  else d.t('yes → ').l('PHONE', phone(r, cc));
  d.t(`\nQ4 Comments: ${r.pick(['the app crashed on v' + String(r.int(2, 9)) + '.1', 'please add Tagalog', 'love the ' + r.pick(PLAN_NAMES) + ' plan', 'n/a'])}`);
};
const tRemitReceipt: Tpl = (d, r) => {
  const from = r.pick(['US', 'GB', 'AE', 'SA', 'DE']);
  const to = r.pick(['MX', 'PH', 'IN', 'PK', 'BD', 'NG', 'KE', 'EG', 'VN']);
  const s = who(r, from);
  const b = who(r, to);
  d.t(`REMITTANCE RECEIPT  MTCN ${fmt(r, '###-###-####')}\nSender: `).self(s.full).t('\nSender phone: ').l('PHONE', phone(r, from, true)).t('\nReceiver: ').p(b.full).t('\nReceiver phone: ').l('PHONE', phone(r, to, true)).t(`\nAmount: ${r.int(50, 900)}.00 → payout ${r.pick(['cash pickup', 'mobile wallet', 'bank deposit'])}\n`);
  if (r.chance(0.4) && ['GB', 'AE', 'SA', 'DE'].includes(from)) d.t('Funded from IBAN ').l('IBAN', iban(r, from)).t('\n');
  d.t(`Date: ${dateStr(r, 'GB', laterDate(r))}. Keep this receipt.`);
};
const tPolicy: Tpl = (d, r) => {
  const cc = r.pick(['NL', 'DE', 'FR', 'IT', 'ES', 'PT', 'AT', 'BE']);
  const ccA = cc === 'AT' || cc === 'BE' ? 'DE' : cc;
  const p = who(r, ccA);
  d.t(`POLICY SCHEDULE  ${fmt(r, 'POL-########')}\nPolicyholder: `).p(r.chance(0.3) ? `${p.surname}, ${p.given}` : p.full).t('\nDate of birth: ').l('DOB', dateStr(r, ccA, birth(r))).t('\nAddress:\n');
  addr(d, r, ccA, true).t('\nPremium collected by SEPA from ').l('IBAN', iban(r, cc)).t(`\nCreditor ID ${fmt(r, 'DE##ZZZ0000#######')}. Effective ${dateStr(r, ccA, laterDate(r))}.`);
};
const tMandate: Tpl = (d, r) => {
  const cc = r.pick(['ES', 'IT', 'NL', 'PL', 'RO', 'PT', 'FR']);
  const p = who(r, cc);
  d.t(`SEPA Direct Debit Mandate — Ref ${'MND-' + fmt(r, '#######')}\nDebtor name: `).self(p.full).t('\nDebtor address: ');
  addr(d, r, cc).t('\nIBAN: ').l('IBAN', iban(r, cc)).t(`\nBIC: ${fmt(r, 'AAAAAAAA')}\nSigned: ${dateStr(r, cc, laterDate(r))}, `).t(r.pick(['online', 'via app', 'by phone']));
};
const tTelcoBill: Tpl = (d, r) => {
  const cc = r.pick(['TR', 'SA', 'AE', 'IL', 'PL', 'RO', 'GB']);
  const p = who(r, cc);
  d.t(`Monthly bill · ${r.pick(PLAN_NAMES)}\n`).p(p.full.toUpperCase()).t('\n');
  addr(d, r, cc, true).t('\nLine: ').l('PHONE', phone(r, cc)).t(`\nInvoice date: ${dateStr(r, 'GB', laterDate(r))}  Amount due: ${r.int(80, 900)}\nPay to: `).l('IBAN', iban(r, cc)).t(`\nOld account (closed, rejected by bank): ${badIban(r, cc)}`);
};
const tWebhook: Tpl = (d, r) => {
  const cc = r.pick(['US', 'GB', 'BR', 'MX', 'JP', 'ID']);
  const p = who(r, cc);
  d.t(`POST /webhooks/payments 200\n{"event":"charge.failed","id":"ch_${fmt(r, 'xxxxxxxxxxxxxxxxxxxx')}","card_number":"`).l('CARD', cardDigits(r)).t('","holder":"').p(p.full).t('","billing_address":"').l('ADDRESS', addrOne(r, cc)).t('","ip":"').l('IP', ip(r)).t(`","decline_code":"do_not_honor","created":"${ts(r)}"}`);
};
const tFraudNote: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const p = who(r, cc);
  d.t(`Case ${fmt(r, 'FR-######')} — chargeback review\nCardholder `).p(nameForm(r, p)).t(' disputes purchase; card ').l('CARD', card(r)).t('. Order placed from ').l('IP', ip(r)).t(' (geo mismatch), ship-to ');
  addr(d, r, cc).t('. Account email ').l('EMAIL', email(r, p)).t(`. Previous attempt with ${badCard(r)} failed Luhn. Analyst: `).p(who(r, 'GB').given).t('.');
};
const tGameTicket: Tpl = (d, r) => {
  const cc = r.pick(['KR', 'JP', 'BR', 'TR', 'PH', 'ID', 'PL', 'VN']);
  const p = who(r, cc);
  d.t(`[Ticket ${fmt(r, 'GC-#######')}] Account recovery — GameCore\nUser @${p.aG}_${r.int(10, 999)} writes: hacked!! my email was `).l('EMAIL', email(r, p)).t(', attacker changed it to ').l('EMAIL', `${fmt(r, 'xxxxxx')}@${r.pick(['tempmail.io', 'mailbox.org'])}`).t('\nLast good login IP ').l('IP', ip(r)).t(', bad login ').l('IP', ip(r)).t(`\nPurchased skin "${r.pick(['Neon Samurai', 'Tesla Coil', 'Frost Queen'])}" with card `).t(maskedCard(r)).t('\nAgent ').p(agentName(r, cc)).t(': restored, 2FA enforced.');
};
const tCrm: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const p = who(r, cc);
  d.t(`CRM › Contact\n  Name ........ `).self(p.full).t('\n  Mobile ...... ').l('PHONE', phone(r, cc, true)).t('\n  E-mail ...... ').l('EMAIL', email(r, p)).t('\n  Born ........ ').l('DOB', dateStr(r, cc, birth(r))).t(`\n  Segment ..... ${r.pick(PLAN_NAMES)}\n  Last order .. ${orderNo(r)} (${dateStr(r, cc, laterDate(r))})`);
  if (cc === 'US') d.t('\n  SSN ......... ').l('NATIONAL_ID', ssn(r));
  else d.t(`\n  ${foreignId(r, cc).join(' ...... ')}`);
};
const tGroupTravel: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'IT', 'NL', 'ES', 'PL', 'FR', 'BR', 'IN']);
  d.t(`Reisebüro Sonnenweg · Gruppenbuchung ${fmt(r, 'GB-####')} / group booking\n`);
  const k = r.int(2, 4);
  for (let i = 0; i < k; i++) {
    const p = who(r, cc);
    d.t(`${i + 1}. `).p(p.full).t(' — ').l('DOB', dateStr(r, cc, birth(r))).t(`, passport ${fmt(r, 'AA#######')}\n`);
  }
  d.t(`Departure ${dateStr(r, cc, laterDate(r))} from ${r.pick(AIRPORTS)}. Lead contact: `).l('EMAIL', email(r, who(r, cc))).t('\n');
};
const tRegCard: Tpl = (d, r) => {
  const cc = r.pick(['PT', 'ES', 'IT', 'TR', 'MX', 'AR', 'CO']);
  const p = who(r, cc);
  const T = cc === 'PT' ? ['Ficha de hóspede', 'Nome', 'Data de nascimento', 'Morada'] : cc === 'IT' ? ['Scheda ospite', 'Nome', 'Data di nascita', 'Residenza'] : cc === 'TR' ? ['Misafir kayıt', 'Ad soyad', 'Doğum tarihi', 'Adres'] : ['Ficha de huésped', 'Nombre', 'Fecha de nacimiento', 'Domicilio'];
  d.t(`${T[0]} — quarto/room ${r.int(100, 720)}\n${T[1]}: `).self(p.full).t(`\n${T[2]}: `).l('DOB', dateStr(r, cc, birth(r), r.chance(0.3))).t(`\n${T[3]}: `);
  addr(d, r, cc).t(`\nDocumento: ${foreignId(r, cc).join(' ')}\nCheck-in ${dateStr(r, cc, laterDate(r))}`);
};
const tReturnLabel: Tpl = (d, r) => {
  const cc = r.pick(['GB', 'DE', 'NL', 'FR', 'PL', 'US', 'ZA']);
  const a = who(r, cc);
  d.t('RETURN LABEL\nFROM:\n').p(a.full.toUpperCase()).t('\n');
  addr(d, r, cc, true).t('\nTO:\nReturns Dept. — MarketHub Fulfilment\n');
  addr(d, r, cc, true).t(`\nRMA ${'RMA' + fmt(r, '########')}  weight 1.2 kg  ${tracking(r)}`);
};
const tToolCall: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const p = who(r, cc);
  d.t(`assistant → tool_call update_booking({"pnr":"${pnr(r)}","passenger":"`).p(p.full).t('","contact_phone":"').l('PHONE', phone(r, cc, true)).t('","contact_email":"').l('EMAIL', email(r, p)).t('"})\ntool → {"ok":true,"updated_at":"').t(ts(r)).t('"}\nassistant: Done! I updated the contact details for ').p(p.given).t('.');
};
const tVcard: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const p = who(r, cc);
  d.t('Shared contact:\nBEGIN:VCARD\nVERSION:3.0\nFN:').p(p.full).t('\nTEL;TYPE=CELL:').l('PHONE', phone(r, cc, true)).t('\nEMAIL:').l('EMAIL', email(r, p)).t('\nADR;TYPE=HOME:').l('ADDRESS', addrOne(r, cc)).t('\nEND:VCARD\nCustomer: this is my mum\'s contact for the delivery');
};
const tSignature: Tpl = (d, r) => {
  const cc = r.pick(['GB', 'NL', 'DE', 'AE', 'ZA', 'KE', 'IN', 'SA']);
  const p = who(r, cc);
  d.t(`Re: Complaint CMP-${fmt(r, '#####')}\n\nHello, still no refund after 3 weeks. Please escalate.\n\nKind regards,\n`).self(p.full).t(`\n${r.pick(['Procurement Lead', 'Owner', 'Freelance designer'])}, ${r.pick(['Harbour Logistics Ltd', 'Kijani Crafts', 'Noor Trading LLC'])}\nM: `).l('PHONE', phone(r, cc, true)).t(' | ').l('EMAIL', email(r, p, r.pick(['harbourlog.co.uk', 'kijanicrafts.co.ke', 'noortrading.ae']))).t('\n');
  if (r.chance(0.5)) d.t('Sent from my phone — Mandela Day volunteering all week.');
};
const tStatement: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'NL', 'ES', 'IT', 'FR', 'TR', 'SA', 'AE', 'PL']);
  d.t(`WalletPro — statement ${dateStr(r, 'GB', laterDate(r))}\n`);
  const k = r.int(2, 4);
  for (let i = 0; i < k; i++) {
    const p = who(r, cc);
    d.t(`${pad2(r.int(1, 28))}.${pad2(r.int(1, 12))} SEPA transfer to `).p(p.full).t(' · ').l('IBAN', iban(r, cc)).t(` · -${r.int(5, 900)},${r.int(10, 99)}\n`);
  }
  d.t(`Card payment ${r.pick(PEOPLE_BRANDS)} · ${maskedCard(r)} · -${r.int(5, 90)},00`);
};
const tReview: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const ag = who(r, cc);
  d.t(`★☆☆☆☆ Review by @${ag.aS}${r.int(10, 99)}_fan on the app store\n"Chatted with the bot for an hour, then `).p(ag.given).t(` from support fixed it in 2 min. Why not put humans first? Version ${version(r)}."\nReply from the team: Thanks! Write to `).l('EMAIL', r.pick(['support@markethub.com', 'help@pappago.it', 'care@safaritel.co.ke', 'ajuda@mercabom.com.br'])).t(' anytime.');
};
const tSelfIntro: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const p = who(r, cc);
  const lines: Record<string, string> = {
    ES: 'Hola, soy', MX: 'Buenas, habla', BR: 'Oi, aqui é', PT: 'Olá, sou', FR: 'Bonjour, c\'est', DE: 'Hallo, hier ist', IT: 'Salve, sono', NL: 'Hoi, met', PL: 'Dzień dobry, tu', TR: 'Merhaba, ben', ID: 'Halo, saya', PH: 'Hello po, ako si', KE: 'Habari, mimi ni', NG: 'Good afternoon, na me',
  };
  d.t(`${lines[cc] ?? 'Hi, this is'} `).self(p.full).t(`. ${r.pick(['My package', 'Mi reembolso', 'Meu voo', 'My internet'])} ${r.pick(['is late again', 'no llega', 'foi cancelado', 'is down'])}. Born `).l('DOB', dateStr(r, cc, birth(r))).t(' if you need to verify, email ').l('EMAIL', email(r, p)).t('.');
};
const tDriverSms: Tpl = (d, r) => {
  const cc = r.pick(['EG', 'SA', 'TR', 'IN', 'ID', 'VN', 'TH', 'NG', 'CO', 'BR']);
  const drv = who(r, cc);
  d.t(`[RideNow] Seu/Your driver `).p(drv.full).t(` (${r.pick(['Toyota Corolla', 'Honda Beat', 'Suzuki Dzire'])}, ${fmt(r, 'AAA ####')}) is 3 min away. Contact masked: ${r.pick(['+** ** **** ', '•••• ••• '])}${r.digits(4)}. Pickup: ${r.pick(PEOPLE_PLACES)}, gate ${r.int(1, 9)}.`);
};
const tAddressChangeForm: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const p = who(r, cc);
  d.t(`Address change request\nAccount holder: `).self(p.full).t('\nOld address: ');
  addr(d, r, cc).t('\nNew address: ');
  addr(d, r, cc).t(`\nEffective: ${dateStr(r, cc, laterDate(r))}\nContact: `).l('PHONE', phone(r, cc));
};
const tFlightChangeAr: Tpl = (d, r) => {
  const cc = r.pick(['SA', 'EG', 'AE']);
  const p = who(r, cc);
  d.t('طيران الندى — محادثة\nالعميل: أريد تغيير موعد الرحلة please, booking ').t(pnr(r)).t('\nالموظف ').p(agentName(r, cc)).t(': تفضل، الاسم الكامل ورقم الجوال؟\nالعميل: ').self(p.full).t(' — ').l('PHONE', phone(r, cc)).t('\nالعميل: وتاريخ الميلاد ').l('DOB', dateStr(r, 'SA', birth(r))).t(`\nالموظف: تم. Fare difference charged, Iqama ${fmt(r, '2#########')} not needed.`);
};
const tUtilityKeNg: Tpl = (d, r) => {
  const cc = r.pick(['KE', 'NG', 'ZA', 'ET']);
  const p = who(r, cc);
  d.t(`PowerToken self-service\nMeter no: ${fmt(r, '####-####-###')}\nToken purchased: ${fmt(r, '#### #### #### #### ####')}\nCustomer: `).self(p.full).t('\nPremises: ');
  addr(d, r, cc).t('\nNotify: ').l('PHONE', phone(r, cc)).t(` · units ${r.int(10, 300)}.${r.int(0, 9)} kWh`);
};
const tStreamFamily: Tpl = (d, r) => {
  const cc = r.pick(ALL_CC);
  const owner = who(r, cc);
  d.t(`Family plan members (${r.pick(PLAN_NAMES)}):\n- owner: `).self(owner.full).t(' <').l('EMAIL', email(r, owner)).t('>\n');
  const k = r.int(1, 3);
  for (let i = 0; i < k; i++) {
    const m = who(r, cc);
    d.t('- member: ').p(m.given).t(' <').l('EMAIL', email(r, m)).t(`> last seen ${ts(r)}\n`);
  }
  d.t('Kids profile "Dino Squad" not counted.');
};
const tIspTicket: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'PL', 'TR', 'BR', 'IN', 'VN', 'PH', 'ZA']);
  const p = who(r, cc);
  d.t(`NOC ticket ${'INC' + fmt(r, '#######')}\nSubscriber: `).p(nameForm(r, p)).t('\nCPE WAN: ').l('IP', ipv4(r)).t('  LAN GW: ').l('IP', `192.168.${r.int(0, 1)}.1`).t('\nIPv6 prefix host: ').l('IP', ipv6(r)).t(`\nONT fw ${version(r)}, serial ${fmt(r, 'AAAA########')}\nService address: `);
  addr(d, r, cc).t('\nTech visit slot confirmed by SMS to ').l('PHONE', phone(r, cc)).t('.');
};

// --- hard negatives: no personal data at all

const nOrderStatus: Tpl = (d, r) => {
  d.t(`Cliente: ¿dónde está mi pedido ${orderNo(r)}?\n${r.pick(BOTS)}: Tu paquete salió del centro de ${r.pick(['Getafe', 'Guarulhos', 'Monterrey'])} el ${dateStr(r, 'ES', laterDate(r))}. Seguimiento: ${tracking(r)}. Entrega estimada ${dateStr(r, 'ES', laterDate(r), true)}.\nCliente: ok gracias!!`);
};
const nIncident: Tpl = (d, r) => {
  d.t(`Status update ${ts(r)}: degraded performance on chat-router ${version(r)} (commit ${hash(r)}). Rolled back to ${version(r)}. Affected regions: LATAM, MENA. Incident INC${fmt(r, '#######')} — next update in 30 min. Host ap-south-1.chat-edge-${r.int(1, 9)}.internal healthy.`);
};
const nFaqInsurance: Tpl = (d, r) => {
  const e1 = r.pick(EPONYMS);
  const e2 = r.pick(EPONYMS.filter((x) => x !== e1));
  d.t(`FAQ · SicherPlus: Are ${e1} and ${e2} covered? Yes, after a 6-month waiting period. Questions about ${r.pick(OTHER_EPONYMS)}? See section 4. Claims form ${fmt(r, 'SP-F##')} (rev. ${dateStr(r, 'DE', laterDate(r))}).`);
};
const nCardRejected: Tpl = (d, r) => {
  d.t(`User: the app says my card is invalid?? I typed ${badCard(r)}\nBot: That number doesn't pass validation — please check the digits. Saved card: ${maskedCard(r)}. Your payment to ${r.pick(PEOPLE_BRANDS)} was not charged.`);
};
const nInvoice: Tpl = (d, r) => {
  d.t(`INVOICE ${'INV-2026-' + fmt(r, '#####')}  Date: ${dateStr(r, 'US', laterDate(r))}  Due: ${dateStr(r, 'US', laterDate(r))}\nMarketHub Inc. · EIN ${ein(r)} · ABA routing ${routing(r)} · Acct ****${r.digits(4)}\n${r.int(1, 9)} × ${r.pick(PLAN_NAMES)} @ ${r.int(5, 99)}.00 · SWIFT ${fmt(r, 'AAAAUS##')}`);
};
const nFlightStatus: Tpl = (d, r) => {
  d.t(`Flight ${fmt(r, 'AA###')} from ${r.pick(AIRPORTS)} to ${r.pick(AIRPORTS)} is delayed to ${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}. Gate ${fmt(r, 'A##')}. Booking ${pnr(r)} keeps seat ${r.int(1, 40)}C. Lounge access at Terminal ${r.int(1, 3)}.`);
};
const nBadIban: Tpl = (d, r) => {
  const cc = r.pick(['DE', 'ES', 'FR', 'NL', 'TR', 'SA', 'PT', 'IT']);
  d.t(`Bot: The IBAN ${badIban(r, cc)} failed the checksum, please re-check it against your bank app. Reference ${orderNo(r)} stays open until ${dateStr(r, cc, laterDate(r))}.`);
};
const nOtp: Tpl = (d, r) => {
  d.t(`${r.pick(['<#>', '[DompetKu]', 'NairaPay:', 'SafariTel:'])} ${r.digits(6)} is your verification code. Valid 5 min. Never share it. ${hash(r).slice(0, 11)}`);
};
const nSurveyAgg: Tpl = (d, r) => {
  d.t(`Weekly CSAT: ${r.int(70, 95)}% (n=${r.int(200, 9000)}). Top topics: refunds, ${r.pick(PLAN_NAMES)}, delivery delays near ${r.pick(PEOPLE_PLACES)}. Languages: es ${r.int(10, 30)}%, pt ${r.int(5, 20)}%, ar ${r.int(3, 10)}%, id ${r.int(2, 9)}%.`);
};
const nStores: Tpl = (d, r) => {
  d.t(`Our stores: ${r.pick(['Nelson Mandela Square', 'Plaza Benito Juárez', 'Galeria Marechal Deodoro', 'Atatürk Bulvarı'])}; Avenida Simón Bolívar (Caracas); Rua Marechal Deodoro (Curitiba). Opening ${dateStr(r, 'BR', laterDate(r))}. Brands in stock: ${r.pick(PEOPLE_BRANDS)}, ${r.pick(PEOPLE_BRANDS)}, ${r.pick(PEOPLE_BRANDS)}.`);
};
const nForeignId: Tpl = (d, r) => {
  const cc = r.pick(['BR', 'ES', 'IN', 'TR', 'MX', 'ID', 'PL', 'AE', 'PK', 'KR']);
  const [k, v] = foreignId(r, cc);
  d.t(`Cliente/User: meu/my ${k} é/is ${v}, o cadastro trava\nBot: Obrigado! Validation service ${version(r)} is down; ticket ${fmt(r, 'TK-######')}. Try again after ${pad2(r.int(0, 23))}:00.`);
};
const nPetBirthday: Tpl = (d, r) => {
  d.t(`User: can I set a reminder for my dog ${r.pick(['Toby', 'Luna', 'Rocky', 'Canela'])}'s birthday on ${dateStr(r, 'GB', laterDate(r))}? Also the parcel ${tracking(r)} for her cake\nBot: Reminder set! The ${r.pick(PEOPLE_BRANDS)} voucher expires ${dateStr(r, 'GB', laterDate(r))}.`);
};

const POSITIVE: ReadonlyArray<[Tpl, number]> = [
  [tEsShop, 2], [tMxRide, 1], [tBrMarket, 2], [tPtUtility, 2], [tFrTelecom, 2], [tDeInsurance, 2], [tItFood, 1], [tNlStreaming, 2], [tPlShop, 1],
  [tRoTelecom, 2], [tTrAirline, 2], [tAeHotel, 2], [tIlInsurance, 2], [tIrWallet, 1], [tInFood, 1], [tPkSim, 1], [tBdRide, 1], [tTaShop, 1],
  [tThHotel, 1], [tVnDelivery, 1], [tIdWallet, 3], [tPhRemit, 1], [tCnShop, 1], [tJpGame, 3], [tKrStream, 2], [tRuDelivery, 1], [tUaIsp, 1],
  [tKeTelecom, 2], [tEtAirline, 2], [tNgFintech, 3], [tZaInsurance, 1], [tUsRemit, 3], [tUsInsurance, 3], [tVoice, 2], [tPieces, 1], [tPhoneFix, 1],
  [tMixedScript, 1], [tNameFix, 1], [tOrderConfirm, 2], [tHotelConfirm, 1], [tItinerary, 2], [tSms, 1], [tLoginAlert, 2], [tJsonExport, 2], [tCsvKyc, 3], [tLogs, 2],
  [tHandoff, 2], [tSurvey, 1], [tRemitReceipt, 1], [tPolicy, 2], [tMandate, 2], [tTelcoBill, 1], [tWebhook, 3], [tFraudNote, 3], [tGameTicket, 1],
  [tCrm, 2], [tGroupTravel, 1], [tRegCard, 1], [tReturnLabel, 1], [tToolCall, 1], [tVcard, 1], [tSignature, 1], [tStatement, 1], [tReview, 1],
  [tSelfIntro, 1], [tDriverSms, 1], [tAddressChangeForm, 1], [tFlightChangeAr, 1], [tUtilityKeNg, 1], [tStreamFamily, 1], [tIspTicket, 1],
];
const NEGATIVE: readonly Tpl[] = [nOrderStatus, nIncident, nFaqInsurance, nCardRejected, nInvoice, nFlightStatus, nBadIban, nOtp, nSurveyAgg, nStores, nForeignId, nPetBirthday];
const POS_TOTAL = POSITIVE.reduce((s, [, w]) => s + w, 0);
function pickPositive(r: R): Tpl {
  let x = r.next() * POS_TOTAL;
  for (const [t, w] of POSITIVE) {
    x -= w;
    if (x < 0) return t;
  }
  return POSITIVE[0]![0];
}

/** Generates whole documents until at least `minInstances` labels exist; deterministic per seed. */
export function generateIndependent15Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent15Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT15_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT15_MIN_INSTANCES;
  const out: Independent15Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEGATIVE)(d, r);
    else pickPositive(r)(d, r);
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
