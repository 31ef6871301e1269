/**
 * @module privacy/pii-corpus-independent-9 — Independent PII evaluation corpus #9.
 *
 * WRITTEN BLIND: the author did not read the detector, its docs, other corpora, the tuning sets, the
 * ADRs or the git history. Only the `Rng` helper, the test-side checksum helpers and the `PiiType` union
 * were looked at. Every name, template, format and look-alike below was invented from general knowledge
 * of how real-world agent logs look, so the corpus measures how the detector generalises to text its
 * authors never saw.
 *
 * Seeds: INDEPENDENT9_SEEDS = 99001, 99002, 99003 (deterministic per seed). The generator appends whole
 * documents until at least `minInstances` (default 2400) labels exist, then stops.
 *
 * Contents: messy production-style text — pharmacy refill bots, veterinary clinics (pets are not
 * persons), telehealth intake, mortgage and loan applications, payroll and tax forms (W-2, 1099, P60),
 * tenancy disputes, wedding planning, funeral homes, school admissions, transcripts, sports clubs, gym
 * check-ins, ride-hailing and food-delivery support, airline disruption chats, hotel folios, car
 * rentals, insurance first-notice-of-loss calls, debt collection letters, court summons, visa forms,
 * police reports, donor lists, alumni newsletters, crowdfunding pages, CVs, LinkedIn-style messages,
 * Slack/Teams exports, GitHub issues and commit logs, CRM CSV exports, ICS invites, vCards, e-mail
 * headers, chat transcripts, voicemail transcriptions, OCR'd scans with broken spacing, SMS with emoji,
 * bilingual messages and short intake forms in ~40 languages. About a tenth of documents are wholly
 * negative but full of hard look-alikes (SKUs, tracking numbers, version strings, Luhn-invalid numbers,
 * invalid IBAN-like strings, EINs, routing numbers, ISBNs, IMEIs, eponymous brands, streets, diseases,
 * laws, awards, pets, ships, storms and city names that are also given names).
 *
 * Labelling conventions:
 * - PERSON: human beings only; titles/honorifics and a possessive "'s" are outside the span; initials +
 *   surname, surname-only, given-only, all-caps, lower-case and "Surname, Given" forms are labelled, one
 *   label per contiguous full name. Companies, brands, places, pets, ships, storms, streets named after
 *   people, eponymous diseases/laws/awards and @handles are not labelled; a name inside an e-mail
 *   address is not labelled separately.
 * - EMAIL: every address, role addresses included; spoken addresses in transcripts are labelled.
 * - PHONE: the number only (extensions outside); spoken numbers in transcripts are labelled.
 * - CARD: Luhn-valid numbers of real network shapes, grouped or not; invalid look-alikes unlabelled.
 * - IBAN: checksum-valid for the country's real length, any grouping or case.
 * - NATIONAL_ID: US SSNs only (valid area/group/serial), dashed, spaced or plain.
 * - IP: every IPv4/IPv6 address; ports and brackets outside.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient name is a separate PERSON; company lines excluded.
 * - DOB: only dates of birth; cue words outside the span.
 * - knownNames: the user's own full name, verbatim, for a share of documents (also labelled PERSON).
 *
 * Labels are recorded while the text is assembled piece by piece, never by searching the result.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import type { PiiType } from './pii/types.js';
import { Rng } from './pii-corpus-values.js';

export const INDEPENDENT9_SEEDS = [99_001, 99_002, 99_003] as const;
export const INDEPENDENT9_MIN_INSTANCES = 2400;

export interface Independent9Label extends PiiLabel {
  readonly value: string;
}

export interface Independent9Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent9Label[];
}

// ---------------------------------------------------------------------------------------------------
// Document builder: text is appended piece by piece and labels are recorded at append time.
// ---------------------------------------------------------------------------------------------------

class Doc {
  text = '';
  readonly labels: Independent9Label[] = [];
  readonly known: string[] = [];

  t(...parts: string[]): this {
    for (const p of parts) this.text += p;
    return this;
  }

  l(type: PiiType, value: string): this {
    if (value === '' || value.trim() !== value) throw new Error(`bad label value ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: start + value.length, value });
    return this;
  }
}

type Gen = (d: Doc, r: Rng) => void;

const NBSP = '\u00a0';

function fill(r: Rng, pat: string): string {
  let s = '';
  for (const ch of pat) {
    if (ch === '#') s += String(r.int(0, 9));
    else if (ch === 'N') s += String(r.int(2, 9));
    else if (ch === 'P') s += String(r.int(1, 9));
    else if (ch === 'A') s += String.fromCharCode(65 + r.int(0, 25));
    else s += ch;
  }
  return s;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function split(s: string): string[] {
  return s.split('|').map((x) => x.trim()).filter((x) => x !== '');
}

// ---------------------------------------------------------------------------------------------------
// People. Latin-script pools by origin; some origins also carry a native-script rendering.
// ---------------------------------------------------------------------------------------------------

interface Origin {
  readonly key: string;
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Family name first when written natively / conventionally (vi, zh, ko romanised). */
  readonly familyFirst?: boolean;
}

const ORIGINS: readonly Origin[] = [
  { key: 'us', given: split('Tyler|Brittany|DeShawn|Kayla|Cody|Madison|Jamal|Shelby|Brandon|Ashlyn|Travis|Latoya|Dakota|Cheyenne|Marcus|Crystal|Wyatt|Brooklyn|Hunter|Chase|Summer|Dawn|Grant|Destiny|Faith|Hope|Joy|River|Sky|Brook'), family: split('Henderson|Washington|McAllister|Jefferson|Kowalczyk|Delgado|Thibodeaux|Brooks|Whitfield|Sandoval|Lundquist|Baker|Young|Stone|King|Little|Bird|Fox|Winter|Church|Day|Long') },
  { key: 'uk', given: split('Ollie|Harriet|Callum|Imogen|Rhys|Niamh|Alfie|Ffion|Lachlan|Poppy|Ewan|Morag|Gethin|Rosie|Ruby|Jade|Amber|Pearl|Hazel|Ivy|Holly|Major|Duke|Prince'), family: split("Pemberton|Ashworth|Llewellyn|McTavish|Featherstone|Ogunleye|Crowther|Fairbairn|Ramsbottom|Cholmondeley|Buckley|Hargreaves|ap Rhys|Sparrow|Bell|Hall|Wood|Rich|Moon|Christmas") },
  { key: 'ie', given: split('Aoife|Oisín|Siobhán|Cathal|Gráinne|Tadhg|Róisín|Pádraig|Clodagh|Donnacha|Sinéad|Eoin'), family: split("Ó Súilleabháin|Mac Giolla Phádraig|O'Donoghue|Ní Bhriain|Fitzpatrick|Brennan|McGuinness|Ó Ceallaigh") },
  { key: 'au', given: split('Kylie|Bronte|Jarrah|Lachie|Tahnee|Kirra|Brodie|Shane|Matilda|Banjo'), family: split('Whitlam|Pappas|Nguyen-Tran|Fraser|Kennedy-Walsh|Bancroft|Lim|Dawson') },
  { key: 'za', given: split('Thandiwe|Sipho|Nomvula|Themba|Lerato|Bongani|Precious|Blessing|Lindiwe|Mandla|Zanele|Pieter'), family: split('Ndlovu|Mkhize|Dlamini-Zulu|Khumalo|van Wyk|Botha|Naidoo|Mahlangu|Zungu|du Plessis') },
  { key: 'es', given: split('María José|Juan Carlos|Itziar|Álvaro|Nerea|Íñigo|Rocío|Fermín|Maite|Sergio|Begoña|Xavier|Guadalupe|Ximena|Rodrigo|Paloma'), family: split('García-Lorca|Fernández de Córdoba|Etxeberria|Martínez|de la Fuente|Sánchez Vidal|Urquiza|Ruiz|del Valle|Ortega y Gasset|Arriaga|Cienfuegos') },
  { key: 'mx', given: split('Guadalupe|Citlali|Jesús|Maricruz|Itzel|Eréndira|Cuauhtémoc|Yolotl|Fernando|Xóchitl'), family: split('Hernández Ruiz|Tlapanco|Villaseñor|Ochoa|Zamudio|de los Santos|Cárdenas') },
  { key: 'pt', given: split('João Pedro|Inês|Gonçalo|Leonor|Tiago|Beatriz|Conceição|Rui|Thiago|Luana|Caio|Raíssa|Joaquim|Graça'), family: split('dos Santos|da Silva Pereira|Magalhães|Gonçalves|Assunção|de Oliveira|Brandão|Carvalho|Nascimento|Albuquerque') },
  { key: 'fr', given: split('Anne-Sophie|Jean-Baptiste|Maëlle|Loïc|Océane|Benoît|Clémence|Thibault|Aurélie|Gaëtan|Hélène|Noémie'), family: split('Lefèvre|de Villiers|Rousseau|Dupont-Aignan|Mercier|Lemaître|Chevalier|Boucher|Saint-Just|Fournier') },
  { key: 'de', given: split('Jörg|Hannelore|Lukas|Annegret|Maximilian|Friederike|Sönke|Wiebke|Jürgen|Ursula|Till|Mareike'), family: split('Schäfer|von Bülow|Weißmann|Hoffmann|Krüger|Schmidt-Rottluff|Großkopf|Becker|zu Guttenberg|Öztürk') },
  { key: 'it', given: split('Giuseppe|Chiara|Alessandro|Francesca|Gianluca|Ludovica|Matteo|Rosaria|Vincenzo|Giulia'), family: split('Esposito|Lo Russo|De Angelis|Ferrari|Di Matteo|Colombo|Mancuso|Dell\'Acqua|Bianchi|Russo') },
  { key: 'nl', given: split('Sanne|Joost|Femke|Sjoerd|Marieke|Bram|Lieke|Gerrit|Anouk|Thijs'), family: split('van der Berg|de Vries|van Dijk|Bakker|Jansen|van den Heuvel|Visser|de Jong|ter Horst') },
  { key: 'sv', given: split('Linnéa|Björn|Saga|Oskar|Ebba|Gustav|Maja|Anders|Astrid|Viggo'), family: split('Lindqvist|Johansson|Åberg|Sjöberg|Karlsson|Ekström|Bergström|Nyström') },
  { key: 'no', given: split('Sigrid|Håkon|Ingvild|Øystein|Solveig|Eirik|Ragnhild|Torbjørn'), family: split('Haugland|Bakke|Solberg|Kristiansen|Strand|Nygård|Aasen|Bjørnstad') },
  { key: 'da', given: split('Mette|Søren|Freja|Mads|Ida|Rasmus|Signe|Kasper'), family: split('Jørgensen|Møller|Rasmussen|Kjær|Lauridsen|Thomsen|Østergaard') },
  { key: 'fi', given: split('Aino|Juhani|Siiri|Tapio|Eveliina|Ville|Kaarina|Lauri'), family: split('Virtanen|Mäkinen|Korhonen|Häkkinen|Nieminen|Järvinen|Heikkilä') },
  { key: 'pl', given: split('Małgorzata|Krzysztof|Agnieszka|Wojciech|Katarzyna|Grzegorz|Zuzanna|Przemysław'), family: split('Wiśniewska|Szczepański|Lewandowski|Wójcik|Brzęczyszczykiewicz|Zając|Kamińska|Dąbrowski') },
  { key: 'cs', given: split('Jiří|Kateřina|Tomáš|Zdeňka|Ondřej|Markéta|Vojtěch|Lenka'), family: split('Dvořák|Nováková|Procházka|Černá|Kučera|Veselá|Horák') },
  { key: 'hu', given: split('Zsófia|Bence|Ildikó|Gergely|Réka|Levente|Erzsébet|Ádám'), family: split('Nagy|Kovács|Szabó|Tóth|Fekete|Vörös|Balogh|Pásztor') },
  { key: 'ro', given: split('Ioana|Mihai|Andreea|Bogdan|Alexandra|Ștefan|Raluca|Cătălin'), family: split('Popescu|Ionescu|Dumitrescu|Stănescu|Constantinescu|Munteanu|Vasilescu') },
  { key: 'el', given: split('Eleni|Giorgos|Katerina|Dimitrios|Vasiliki|Konstantinos|Sofia|Panagiotis'), family: split('Papadopoulos|Georgiou|Nikolaidou|Karagiannis|Vlachos|Oikonomou|Christodoulou') },
  { key: 'tr', given: split('Elif|Mehmet|Zeynep|Emre|Ayşe|Burak|Gülşen|Oğuz|Şeyma|İbrahim'), family: split('Yılmaz|Çelik|Kaya|Şahin|Doğan|Aydın|Öztürk|Arslan|Koç') },
  { key: 'ru', given: split('Dmitri|Yekaterina|Aleksei|Natalya|Sergei|Olga|Mikhail|Anastasia'), family: split('Ivanov|Smirnova|Kuznetsov|Popova|Sokolov|Lebedeva|Volkov|Morozova') },
  { key: 'uk_ua', given: split('Oksana|Taras|Iryna|Bohdan|Olena|Mykola|Yuliia|Andrii'), family: split('Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boiko') },
  { key: 'he', given: split('Noa|Yonatan|Tamar|Itai|Shira|Eitan|Yael|Avraham|Hadas'), family: split('Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Ben-David|Avraham') },
  { key: 'ar', given: split('Mohammed|Fatima|Youssef|Layla|Omar|Mariam|Khalid|Noura|Abdulrahman|Huda'), family: split('Al-Mansouri|bin Khalid Al-Hashimi|El-Sayed|Haddad|Al Nahyan|Abu-Ghazaleh|Khoury|Al-Otaibi|Mubarak') },
  { key: 'fa', given: split('Shirin|Dariush|Parisa|Arash|Golnaz|Kourosh|Nasrin|Behrouz'), family: split('Hosseini|Tehrani|Rezaei|Ahmadinezhad|Karimi|Mohammadzadeh|Jafari') },
  { key: 'hi', given: split('Aarav|Priyanka|Vihaan|Ananya|Rajesh|Sunita|Ishaan|Kavya|Sunny|Lovely'), family: split('Sharma|Agarwal|Chaturvedi|Iyer|Mehta|Banerjee|Deshpande|Malhotra|Singh') },
  { key: 'ur', given: split('Ayesha|Bilal|Sana|Usman|Hira|Faisal|Mehwish|Zeeshan'), family: split('Qureshi|Chaudhry|Siddiqui|Butt|Mirza|Rizvi|Awan') },
  { key: 'bn', given: split('Tahmina|Rafiq|Nusrat|Arif|Shathi|Mahbub|Joya|Sourav'), family: split('Rahman|Chowdhury|Hossain|Mukherjee|Talukdar|Bhattacharya|Sarkar') },
  { key: 'ta', given: split('Karthik|Lakshmi|Senthil|Meenakshi|Arjun|Revathi|Murugan|Divya'), family: split('Subramanian|Ramasamy|Krishnan|Venkatesan|Palaniappan|Annamalai') },
  { key: 'te', given: split('Srinivas|Sravani|Venkat|Bhavana|Chaitanya|Anusha|Naga Raju'), family: split('Reddy|Naidu|Rao|Chowdary|Kodali|Gollapudi') },
  { key: 'th', given: split('Somchai|Siriporn|Anucha|Kanokwan|Thanawat|Pimchanok|Nattapong'), family: split('Srisuk|Chaiyaporn|Wongsawat|Rattanakosin|Boonmee|Sukprasert') },
  { key: 'vi', given: split('Thị Lan|Văn Hùng|Ngọc Anh|Minh Tuấn|Thu Hà|Quốc Bảo|Hồng Nhung'), family: split('Nguyễn|Trần|Lê|Phạm|Hoàng|Võ|Đặng'), familyFirst: true },
  { key: 'id', given: split('Siti|Budi|Dewi|Agus|Putri|Rizky|Wahyu|Ayu'), family: split('Rahmawati|Santoso|Wijaya|Kusumawardani|Hidayat|Saputra|Nugroho') },
  { key: 'ms', given: split('Nurul Aina|Muhammad Haziq|Siti Aishah|Amirul|Farah|Hafiz'), family: split('binti Abdullah|bin Ismail|binti Rahim|bin Osman|Tan|Lim') },
  { key: 'fil', given: split('Maricel|Jun-Jun|Rowena|Jericho|Lovely|Princess|Bong|Analyn|Gift'), family: split('dela Cruz|Santos|Reyes|Bautista|Macapagal|Villanueva|Dimaculangan') },
  { key: 'sw', given: split('Wanjiku|Baraka|Neema|Juma|Amani|Zawadi|Otieno|Achieng'), family: split('Kamau|Mwangi|Ochieng|Mutua|Njoroge|Wafula|Odhiambo') },
  { key: 'am', given: split('Abebe|Tigist|Yonas|Meseret|Dawit|Hiwot|Selamawit'), family: split('Bekele|Tesfaye|Haile|Gebremariam|Alemu|Wolde') },
  { key: 'yo', given: split('Adebayo|Folake|Olumide|Funmilayo|Babatunde|Yetunde|Ayodeji|Temitope'), family: split('Adeyemi|Ogunbanjo|Akinola|Balogun|Olatunji|Oyelowo') },
  { key: 'ha', given: split('Aminu|Hauwa|Bashir|Zainab|Sani|Hadiza|Goodluck|Patience'), family: split('Abubakar|Danjuma|Musa|Bello|Garba|Yusuf') },
  { key: 'zu', given: split('Sibusiso|Nokuthula|Jabulani|Thulisile|Sizwe|Ntombi|Mpho'), family: split('Zulu|Ngcobo|Cele|Mthembu|Shabalala|Gumede') },
  { key: 'ja', given: split('Haruto|Yui|Sota|Aoi|Takeshi|Keiko|Ren|Sakura|Hiroshi'), family: split('Sato|Suzuki|Takahashi|Watanabe|Ito|Yamaguchi|Kobayashi|Matsumoto') },
  { key: 'zh', given: split('Xiuying|Wei|Jing|Hao|Lihua|Zhiwei|Yuxuan|Mingyu'), family: split('Wang|Li|Zhang|Liu|Chen|Huang|Zhou|Ouyang'), familyFirst: true },
  { key: 'ko', given: split('Min-jun|Seo-yeon|Ji-hoon|Ha-eun|Do-yun|Soo-ah|Jae-won'), family: split('Kim|Lee|Park|Choi|Jung|Kang|Yoon'), familyFirst: true },
];

/** Native-script people (family name first where that is the convention). */
const NATIVE: readonly { key: string; full: string; family: string; given: string; latin: string }[] = [
  { key: 'ja', full: '山田 太郎', family: '山田', given: '太郎', latin: 'taro.yamada' },
  { key: 'ja', full: '佐々木 美咲', family: '佐々木', given: '美咲', latin: 'misaki.sasaki' },
  { key: 'ja', full: '高橋 健一', family: '高橋', given: '健一', latin: 'k.takahashi' },
  { key: 'ja', full: '中村 さくら', family: '中村', given: 'さくら', latin: 'sakura.nakamura' },
  { key: 'zh', full: '王秀英', family: '王', given: '秀英', latin: 'wangxiuying' },
  { key: 'zh', full: '李志伟', family: '李', given: '志伟', latin: 'lizhiwei' },
  { key: 'zh', full: '欧阳娜娜', family: '欧阳', given: '娜娜', latin: 'ouyang.nana' },
  { key: 'zh', full: '陈美玲', family: '陈', given: '美玲', latin: 'chen.meiling' },
  { key: 'ko', full: '김민준', family: '김', given: '민준', latin: 'minjun.kim' },
  { key: 'ko', full: '박서연', family: '박', given: '서연', latin: 'seoyeon.park' },
  { key: 'ko', full: '이지훈', family: '이', given: '지훈', latin: 'jihoon.lee' },
  { key: 'ru', full: 'Екатерина Смирнова', family: 'Смирнова', given: 'Екатерина', latin: 'e.smirnova' },
  { key: 'ru', full: 'Алексей Кузнецов', family: 'Кузнецов', given: 'Алексей', latin: 'a.kuznetsov' },
  { key: 'ru', full: 'Наталья Игоревна Волкова', family: 'Волкова', given: 'Наталья', latin: 'n.volkova' },
  { key: 'uk_ua', full: 'Оксана Шевченко', family: 'Шевченко', given: 'Оксана', latin: 'oksana.shevchenko' },
  { key: 'uk_ua', full: 'Богдан Коваленко', family: 'Коваленко', given: 'Богдан', latin: 'b.kovalenko' },
  { key: 'el', full: 'Ελένη Παπαδοπούλου', family: 'Παπαδοπούλου', given: 'Ελένη', latin: 'eleni.papa' },
  { key: 'el', full: 'Γιώργος Νικολάου', family: 'Νικολάου', given: 'Γιώργος', latin: 'g.nikolaou' },
  { key: 'he', full: 'נועה כהן', family: 'כהן', given: 'נועה', latin: 'noa.cohen' },
  { key: 'he', full: 'יונתן לוי', family: 'לוי', given: 'יונתן', latin: 'yonatan.levi' },
  { key: 'ar', full: 'محمد الحربي', family: 'الحربي', given: 'محمد', latin: 'm.alharbi' },
  { key: 'ar', full: 'فاطمة الزهراء', family: 'الزهراء', given: 'فاطمة', latin: 'fatima.z' },
  { key: 'fa', full: 'شیرین حسینی', family: 'حسینی', given: 'شیرین', latin: 'shirin.hosseini' },
  { key: 'hi', full: 'प्रियंका शर्मा', family: 'शर्मा', given: 'प्रियंका', latin: 'priyanka.sharma' },
  { key: 'hi', full: 'राजेश अग्रवाल', family: 'अग्रवाल', given: 'राजेश', latin: 'rajesh.agarwal' },
  { key: 'ur', full: 'عائشہ قریشی', family: 'قریشی', given: 'عائشہ', latin: 'ayesha.qureshi' },
  { key: 'bn', full: 'তাহমিনা রহমান', family: 'রহমান', given: 'তাহমিনা', latin: 'tahmina.rahman' },
  { key: 'ta', full: 'கார்த்திக் சுப்ரமணியன்', family: 'சுப்ரமணியன்', given: 'கார்த்திக்', latin: 'karthik.s' },
  { key: 'te', full: 'శ్రీనివాస్ రెడ్డి', family: 'రెడ్డి', given: 'శ్రీనివాస్', latin: 'srinivas.reddy' },
  { key: 'th', full: 'สมชาย ศรีสุข', family: 'ศรีสุข', given: 'สมชาย', latin: 'somchai.s' },
  { key: 'am', full: 'አበበ በቀለ', family: 'በቀለ', given: 'አበበ', latin: 'abebe.bekele' },
];

interface Person {
  readonly given: string;
  readonly family: string;
  readonly middle: string;
  readonly familyFirst: boolean;
  readonly origin: string;
  /** ASCII local-part material for e-mail addresses. */
  readonly handle: readonly [string, string];
}

const FOLD: Record<string, string> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ß: 'ss', đ: 'd', Đ: 'D', æ: 'ae', Æ: 'AE', ı: 'i', œ: 'oe' };

function ascii(s: string): string {
  return s
    .replace(/[øØłŁßđĐæÆıœ]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function person(r: Rng, key?: string): Person {
  const pool = key ? ORIGINS.filter((o) => o.key === key) : ORIGINS;
  const o = r.pick(pool.length > 0 ? pool : ORIGINS);
  const given = r.pick(o.given);
  const family = r.pick(o.family);
  const middle = String.fromCharCode(65 + r.int(0, 25));
  return { given, family, middle, familyFirst: o.familyFirst === true, origin: o.key, handle: [ascii(given), ascii(family)] };
}

function nativePerson(r: Rng, key?: string): Person & { full: string } {
  const pool = key ? NATIVE.filter((n) => n.key === key) : NATIVE;
  const n = r.pick(pool.length > 0 ? pool : NATIVE);
  const [a = 'user', b = String(r.int(1, 99))] = n.latin.split('.');
  return { given: n.given, family: n.family, middle: '', familyFirst: true, origin: n.key, handle: [a, b], full: n.full };
}

type NameForm = 'full' | 'init' | 'comma' | 'caps' | 'lower' | 'given' | 'family' | 'middle' | 'commaCaps';

function fullName(p: Person): string {
  if ('full' in p && typeof (p as { full?: unknown }).full === 'string') return (p as { full: string }).full;
  return p.familyFirst ? `${p.family} ${p.given}` : `${p.given} ${p.family}`;
}

function render(p: Person, form: NameForm): string {
  switch (form) {
    case 'full':
      return fullName(p);
    case 'init':
      return p.familyFirst ? fullName(p) : `${p.given.charAt(0)}. ${p.family}`;
    case 'comma':
      return `${p.family}, ${p.given}`;
    case 'commaCaps':
      return `${p.family.toUpperCase()}, ${p.given}`;
    case 'caps':
      return fullName(p).toUpperCase();
    case 'lower':
      return fullName(p).toLowerCase();
    case 'given':
      return p.given;
    case 'family':
      return p.family;
    case 'middle':
      return p.familyFirst || p.middle === '' ? fullName(p) : `${p.given} ${p.middle}. ${p.family}`;
  }
}

function anyForm(r: Rng): NameForm {
  return r.pick<NameForm>(['full', 'full', 'full', 'full', 'init', 'comma', 'caps', 'lower', 'middle', 'commaCaps']);
}

/** Appends a PERSON label for `p` in the given form; returns what was written. */
function name(d: Doc, p: Person, form: NameForm = 'full'): string {
  const s = render(p, form);
  d.l('PERSON', s);
  return s;
}

/** Appends the user's own full name; for a share of documents it also becomes a knownName. */
function self(d: Doc, r: Rng, p: Person, form: NameForm = 'full'): string {
  const s = name(d, p, form);
  if (r.chance(0.55) && !d.known.includes(s)) d.known.push(s);
  return s;
}

const TITLES_EN = ['Mr. ', 'Mrs. ', 'Ms. ', 'Dr. ', 'Prof. ', 'Mx. ', 'Rev. ', 'Sgt. ', 'Capt. '];

// ---------------------------------------------------------------------------------------------------
// E-mail addresses.
// ---------------------------------------------------------------------------------------------------

const FREE_MAIL = split(
  'gmail.com|yahoo.com|outlook.com|hotmail.co.uk|icloud.com|proton.me|web.de|gmx.at|t-online.de|libero.it|orange.fr|free.fr|laposte.net|' +
    'yahoo.es|terra.com.br|uol.com.br|sapo.pt|ziggo.nl|telia.se|online.no|mail.dk|kolumbus.fi|wp.pl|o2.pl|seznam.cz|freemail.hu|yahoo.ro|' +
    'otenet.gr|hotmail.com.tr|mail.ru|yandex.ru|ukr.net|walla.co.il|emirates.net.ae|rediffmail.com|yahoo.co.in|yahoo.com.ph|' +
    'naver.com|daum.net|qq.com|163.com|yahoo.co.jp|docomo.ne.jp|bigpond.com|xtra.co.nz|mweb.co.za|yahoo.co.ke|zoho.com|fastmail.fm',
);

const ORG_MAIL = split(
  'northwindpharmacy.com|pawsandclaws-vet.co.uk|stmarys.edu|hollowayfuneral.com|meridian-lending.com|brightcare-telehealth.io|' +
    'harbourview-hotels.com|kwikride.app|foodrun.eu|skylark-air.com|acme-insure.com|lexington-collections.net|clinica-sol.es|' +
    'hausverwaltung-nord.de|ecole-jules-ferry.fr|fitlab.it|voetbalclub-dos.nl|alumni.uni-example.ac.uk|givewell-parish.org|' +
    'lawfirm-okafor.ng|tokyo-dental.jp|hanbit-clinic.kr|payroll.contoso.com|recruit.initech.io|ops.globex.dev',
);

const ROLE_LOCAL = split('support|billing|noreply|no-reply|info|admissions|refills|hr|payroll|claims|frontdesk|reservations|dpo|privacy|security|abuse|postmaster|careers|donations|office');

function emailFor(r: Rng, p: Person, org = false): string {
  const [g, f] = p.handle;
  const gi = g.charAt(0) || 'x';
  const local = r.pick([
    `${g}.${f}`,
    `${gi}${f}`,
    `${g}${f}${r.int(1, 99)}`,
    `${f}.${g}`,
    `${g}_${f}`,
    `${g}.${f}+${r.pick(['orders', 'school', 'vet', 'news', 'work'])}`,
    `${g}${r.int(1970, 2005)}`,
    `${f}-${gi}`,
  ]);
  const domain = org ? r.pick(ORG_MAIL) : r.pick(FREE_MAIL);
  const s = `${local}@${domain}`;
  return r.chance(0.08) ? s.toUpperCase() : s;
}

function email(d: Doc, r: Rng, p: Person, org = false): string {
  const s = emailFor(r, p, org);
  d.l('EMAIL', s);
  return s;
}

function roleEmail(d: Doc, r: Rng): string {
  const s = `${r.pick(ROLE_LOCAL)}@${r.pick(ORG_MAIL)}`;
  d.l('EMAIL', s);
  return s;
}

/** "priya dot raman at gmail dot com" as a voice transcript renders it. */
function spokenEmail(d: Doc, r: Rng, p: Person): string {
  const [g, f] = p.handle;
  const dom = r.pick(['gmail dot com', 'yahoo dot com', 'outlook dot com', 'hotmail dot co dot uk', 'icloud dot com', 'proton dot me']);
  const s = r.pick([`${g} dot ${f} at ${dom}`, `${g}${f} at ${dom}`, `${g} underscore ${f} at ${dom}`, `${g.charAt(0)} ${f} at ${dom}`]);
  d.l('EMAIL', s);
  return s;
}

// ---------------------------------------------------------------------------------------------------
// Phone numbers. '#' digit, 'N' 2-9, 'P' 1-9.
// ---------------------------------------------------------------------------------------------------

const PHONES: Readonly<Record<string, readonly string[]>> = {
  US: ['(N##) N##-####', 'N##-N##-####', 'N##.N##.####', '+1 N## N## ####', '+1-N##-N##-####', '1 (N##) N##-####', 'N##N######'],
  CA: ['(N##) N##-####', '+1 N##-N##-####'],
  GB: ['+44 20 7### ####', '020 7### ####', '07### ######', '+44 7### ######', '+44 (0)161 ### ####', '0131 ### ####'],
  IE: ['+353 8P ### ####', '08P ### ####', '(01) ### ####'],
  AU: ['+61 4## ### ###', '04## ### ###', '(02) 9### ####', '+61 3 9### ####'],
  NZ: ['+64 21 ### ####', '021 ### ####'],
  DE: ['+49 30 ########', '030 ########', '+49 (0)17P #######', '017P/#######', '0049 89 ######', '+49 151 ########'],
  AT: ['+43 1 ### ## ##', '+43 664 ### ####', '0664 ### ####'],
  CH: ['+41 44 ### ## ##', '079 ### ## ##', '+41 79 ### ## ##'],
  FR: ['+33 6 ## ## ## ##', '06 ## ## ## ##', '07.##.##.##.##', '+33 (0)1 ## ## ## ##', '01 ## ## ## ##'],
  BE: ['+32 47# ## ## ##', '02 ### ## ##'],
  ES: ['+34 6## ### ###', '6## ## ## ##', '91 ### ## ##', '+34 93 ### ## ##'],
  PT: ['+351 91# ### ###', '21# ### ###'],
  IT: ['+39 3## ### ####', '3## #######', '02 #### ####', '+39 06 #### ####'],
  NL: ['+31 6 ########', '06-########', '020 ### ####', '+31 (0)10 ### ####'],
  SE: ['+46 70 ### ## ##', '070-### ## ##', '08-### ### ##'],
  NO: ['+47 4## ## ###', '9## ## ###', '+47 22 ## ## ##'],
  DK: ['+45 ## ## ## ##', '2# ## ## ##'],
  FI: ['+358 40 ### ####', '040 ### ####', '09 ### ####'],
  PL: ['+48 5## ### ###', '6## ### ###', '+48 22 ### ## ##'],
  CZ: ['+420 6## ### ###', '7## ### ###'],
  HU: ['+36 30 ### ####', '06 20 ### ####', '+36 1 ### ####'],
  RO: ['+40 7## ### ###', '07## ### ###'],
  GR: ['+30 69# ### ####', '69# ### ####', '210 ### ####'],
  TR: ['+90 5## ### ## ##', '05## ### ## ##', '0 (5##) ### ## ##'],
  RU: ['+7 (9##) ###-##-##', '8 9## ###-##-##', '+7 495 ###-##-##'],
  UA: ['+380 6# ### ####', '+380 (9#) ###-##-##', '09# ### ## ##'],
  IL: ['+972 5#-###-####', '05#-###-####', '03-###-####'],
  AE: ['+971 5# ### ####', '05# ### ####', '+971 4 ### ####'],
  SA: ['+966 5# ### ####', '05# ### ####'],
  IR: ['+98 912 ### ####', '0912 ### ####'],
  IN: ['+91 9#### #####', '+91-98###-#####', '09#########', '+91 80 #### ####', '9#### #####'],
  PK: ['+92 3## #######', '03##-#######'],
  BD: ['+880 17##-######', '017##-######'],
  TH: ['+66 8# ### ####', '08#-###-####', '02-###-####'],
  VN: ['+84 9# ### ## ##', '09# ### ####'],
  ID: ['+62 812-####-####', '0812-####-####', '+62 21 ###-####'],
  MY: ['+60 12-### ####', '012-### ####', '03-#### ####'],
  PH: ['+63 917 ### ####', '0917 ### ####', '(02) 8### ####'],
  KE: ['+254 7## ######', '07## ######', '+254 (0)7## ### ###'],
  NG: ['+234 803 ### ####', '0803 ### ####', '+234 (0)81# ### ####'],
  ZA: ['+27 82 ### ####', '082 ### ####', '(021) ### ####'],
  ET: ['+251 91 ### ####', '091 ### ####'],
  JP: ['+81 90-####-####', '090-####-####', '03-####-####', '+81 3 #### ####', '06-####-####'],
  CN: ['+86 138 #### ####', '139-####-####', '+86 10 ########', '(021) ########'],
  KR: ['+82 10-####-####', '010-####-####', '02-###-####'],
  BR: ['+55 11 9####-####', '(11) 9####-####', '+55 (21) 9####-####', '(31) ####-####'],
  MX: ['+52 55 #### ####', '55 #### ####', '+52 1 33 #### ####'],
  AR: ['+54 9 11 ####-####', '011 ####-####'],
};

const PHONE_COUNTRIES = Object.keys(PHONES);

function phoneStr(r: Rng, cc?: string): string {
  const pats = PHONES[cc ?? r.pick(PHONE_COUNTRIES)] ?? PHONES.US ?? ['N##-N##-####'];
  let s = fill(r, r.pick(pats));
  if (r.chance(0.1)) s = s.replace(/ /g, NBSP);
  return s;
}

function phone(d: Doc, r: Rng, cc?: string): string {
  const s = phoneStr(r, cc);
  d.l('PHONE', s);
  return s;
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "four one five, five five five, ..." — US/UK style number read aloud. */
function spokenPhone(d: Doc, r: Rng): string {
  const digits = fill(r, r.pick(['N##N######', '07#########', 'N##N##N###']));
  const words = [...digits].map((c) => (c === '0' && r.chance(0.5) ? 'oh' : (DIGIT_WORDS[Number(c)] ?? 'zero')));
  const groups = digits.length === 10 ? [3, 3, 4] : [5, 6];
  const parts: string[] = [];
  let i = 0;
  for (const g of groups) {
    parts.push(words.slice(i, i + g).join(' '));
    i += g;
  }
  const s = parts.join(r.pick([', ', ' ', ' ... ']));
  d.l('PHONE', s);
  return s;
}

const FULLWIDTH = (s: string): string => s.replace(/[0-9-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));

// ---------------------------------------------------------------------------------------------------
// Payment cards (Luhn-valid, real network shapes) and look-alikes.
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

function cardDigits(r: Rng): { digits: string; net: string } {
  const net = r.pick(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'amex', 'disc', 'jcb', 'diners', 'up', 'visa13', 'visa19']);
  let prefix: string;
  let len: number;
  switch (net) {
    case 'mc': prefix = String(r.int(51, 55)); len = 16; break;
    case 'mc2': prefix = String(r.int(2221, 2720)); len = 16; break;
    case 'amex': prefix = r.pick(['34', '37']); len = 15; break;
    case 'disc': prefix = r.pick(['6011', '65', String(r.int(644, 649))]); len = 16; break;
    case 'jcb': prefix = String(r.int(3528, 3589)); len = 16; break;
    case 'diners': prefix = r.pick(['36', '38', String(r.int(300, 305))]); len = 14; break;
    case 'up': prefix = '62'; len = r.pick([16, 19]); break;
    case 'visa13': prefix = '4'; len = 13; break;
    case 'visa19': prefix = '4'; len = 19; break;
    default: prefix = '4'; len = 16;
  }
  const body = prefix + r.digits(len - 1 - prefix.length);
  return { digits: body + luhnDigit(body), net };
}

function groupCard(r: Rng, d: string, sep: string): string {
  let sizes: number[];
  if (d.length === 15) sizes = [4, 6, 5];
  else if (d.length === 14) sizes = [4, 6, 4];
  else if (d.length === 13) sizes = [4, 4, 5];
  else if (d.length === 19) sizes = r.chance(0.5) ? [4, 4, 4, 4, 3] : [6, 13];
  else sizes = [4, 4, 4, 4];
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    out.push(d.slice(i, i + s));
    i += s;
  }
  return out.join(sep);
}

function cardStr(r: Rng): string {
  const { digits } = cardDigits(r);
  const sep = r.pick([' ', ' ', '-', '', ' ']);
  return sep === '' ? digits : groupCard(r, digits, sep);
}

function card(d: Doc, r: Rng): string {
  const s = cardStr(r);
  d.l('CARD', s);
  return s;
}

/** A 16-digit number that fails Luhn (wrong check digit). */
function badCard(r: Rng): string {
  const body = r.pick(['4', '5' + String(r.int(1, 5)), '6011']) + '';
  const b = body + r.digits(15 - body.length);
  const good = Number(luhnDigit(b));
  const wrong = (good + r.int(1, 9)) % 10;
  const s = b + String(wrong);
  return r.chance(0.5) ? groupCard(r, s, ' ') : s;
}

// ---------------------------------------------------------------------------------------------------
// IBANs.
// ---------------------------------------------------------------------------------------------------

const IBAN_LEN: Readonly<Record<string, number>> = {
  DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, AT: 20, PL: 28, PT: 25, IE: 22, SE: 24, NO: 15,
  DK: 18, FI: 18, LU: 20, SA: 24, AE: 23, TR: 26, GR: 27, CZ: 24, HU: 28, RO: 24, HR: 21, BR: 29, MT: 31, CY: 28,
  LT: 20, LV: 21, EE: 20, SK: 24, SI: 19, BG: 22, IS: 26, IL: 23, QA: 29, MC: 27, LI: 21, KW: 30,
};
const BANK_LETTERS: Readonly<Record<string, string[]>> = {
  GB: ['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL', 'REVO', 'MONZ'],
  IE: ['AIBK', 'BOFI', 'IPBS'],
  NL: ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'BUNQ'],
  MT: ['MALT', 'VALL'],
  BG: ['BNBG', 'UNCR'],
  LV: ['HABA', 'UNLA'],
  QA: ['QNBA', 'DOHB'],
  KW: ['NBOK', 'CBKU'],
  RO: ['RNCB', 'BTRL', 'INGB'],
};

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem;
}

function ibanCompact(r: Rng, cc?: string): string {
  const country = cc && IBAN_LEN[cc] ? cc : r.pick(Object.keys(IBAN_LEN));
  const len = IBAN_LEN[country] ?? 22;
  const banks = BANK_LETTERS[country];
  let bban = banks ? r.pick(banks) : '';
  bban += r.digits(len - 4 - bban.length);
  const check = 98 - mod97(bban + country + '00');
  return country + pad(check, 2) + bban;
}

function ibanPrint(r: Rng, compact: string): string {
  const style = r.int(0, 5);
  let s = compact;
  if (style <= 2) s = compact.replace(/(.{4})(?=.)/g, '$1 ');
  else if (style === 3) s = compact.slice(0, 4) + ' ' + compact.slice(4);
  if (r.chance(0.08)) s = s.toLowerCase();
  return s;
}

function iban(d: Doc, r: Rng, cc?: string): string {
  const s = ibanPrint(r, ibanCompact(r, cc));
  d.l('IBAN', s);
  return s;
}

/** IBAN-shaped but wrong: bad check digits or wrong length. */
function badIban(r: Rng): string {
  const good = ibanCompact(r);
  if (r.chance(0.5)) {
    const cd = Number(good.slice(2, 4));
    const wrong = pad(((cd + r.int(1, 40)) % 97) + 2, 2);
    const s = good.slice(0, 2) + (wrong === good.slice(2, 4) ? pad((cd + 1) % 90 + 2, 2) : wrong) + good.slice(4);
    return s.replace(/(.{4})(?=.)/g, '$1 ');
  }
  return (good + r.digits(2)).replace(/(.{4})(?=.)/g, '$1 ');
}

// ---------------------------------------------------------------------------------------------------
// US SSNs, IPs.
// ---------------------------------------------------------------------------------------------------

function ssnStr(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99), 2);
  const s = pad(r.int(1, 9999), 4);
  const sep = r.pick(['-', '-', '-', ' ', '']);
  return `${a}${sep}${g}${sep}${s}`;
}

function ssn(d: Doc, r: Rng): string {
  const s = ssnStr(r);
  d.l('NATIONAL_ID', s);
  return s;
}

/** SSN-shaped but invalid (area 000/666/9xx, group 00, serial 0000). */
function badSsn(r: Rng): string {
  switch (r.int(0, 3)) {
    case 0: return `9${r.digits(2)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
    case 1: return `666-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
    case 2: return `${pad(r.int(1, 899), 3)}-00-${pad(r.int(1, 9999), 4)}`;
    default: return `000-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
  }
}

function ipv4(r: Rng): string {
  switch (r.int(0, 4)) {
    case 0: return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    case 1: return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
    case 2: return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    default: return `${r.pick([23, 31, 45, 62, 81, 88, 91, 103, 104, 134, 151, 185, 197, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}

function hex4(r: Rng): string {
  return r.int(0, 0xffff).toString(16);
}

function ipv6(r: Rng): string {
  switch (r.int(0, 5)) {
    case 0: return `2001:db8:${hex4(r)}:${hex4(r)}::${hex4(r)}`;
    case 1: return `fe80::${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}`;
    case 2: return Array.from({ length: 8 }, () => hex4(r)).join(':');
    case 3: return `2a02:${hex4(r)}:${hex4(r)}::${r.int(1, 255)}`;
    case 4: return `::ffff:${ipv4(r)}`;
    default: return `2606:4700:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}:${hex4(r)}`.toUpperCase();
  }
}

function ip(d: Doc, r: Rng, v6 = r.chance(0.3)): string {
  const s = v6 ? ipv6(r) : ipv4(r);
  d.l('IP', s);
  return s;
}

/** Writes an IP possibly with a port / brackets (outside the label). */
function ipPort(d: Doc, r: Rng): void {
  if (r.chance(0.3)) {
    d.t('[').l('IP', ipv6(r)).t(`]:${r.pick([443, 8443, 22, 5432, 3000])}`);
  } else {
    ip(d, r, false);
    if (r.chance(0.5)) d.t(`:${r.pick([443, 80, 8080, 22, 3389, 51820])}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Postal addresses in each country's layout. Each returns lines; the caller joins them.
// ---------------------------------------------------------------------------------------------------

type AddrGen = (r: Rng) => string[];

const US_STREETS = split('Maple Ridge Dr|Old Mill Rd|W Fullerton Ave|Peachtree St NE|Cedar Hollow Ln|N Lamar Blvd|Elm St|Bayshore Blvd|Sycamore Ct|Lakeview Ter|Pioneer Trl|E 14th St|Camino Real|Dogwood Cir');
const US_CITIES: readonly [string, string, string][] = [
  ['Columbus', 'OH', '432'], ['Austin', 'TX', '787'], ['Boise', 'ID', '837'], ['Savannah', 'GA', '314'], ['Tacoma', 'WA', '984'],
  ['Duluth', 'MN', '558'], ['Tucson', 'AZ', '857'], ['Burlington', 'VT', '054'], ['Brooklyn', 'NY', '112'], ['Baton Rouge', 'LA', '708'],
  ['Charlotte', 'NC', '282'], ['Eugene', 'OR', '974'], ['Florence', 'AL', '356'], ['Jackson', 'MS', '392'],
];
const addrUS: AddrGen = (r) => {
  const [city, st, zip3] = r.pick(US_CITIES);
  const zip = zip3 + r.digits(2) + (r.chance(0.2) ? `-${r.digits(4)}` : '');
  if (r.chance(0.12)) return [`PO Box ${r.int(100, 99999)}`, `${city}, ${st} ${zip}`];
  const unit = r.chance(0.35) ? r.pick([`, Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C', ''])}`, ` Unit ${r.int(100, 999)}`, `, Suite ${r.int(100, 2400)}`, ` #${r.int(2, 90)}`]) : '';
  const lines = [`${r.int(1, 29999)} ${r.pick(US_STREETS)}${unit}`, `${city}, ${st} ${zip}`];
  if (r.chance(0.3)) lines.push(r.pick(['USA', 'United States', 'US']));
  return lines;
};
const addrCA: AddrGen = (r) => [
  `${r.int(10, 9999)} ${r.pick(['Rue Sainte-Catherine O', 'Yonge St', 'Jasper Ave NW', 'Robson St', 'Barrington St', 'Main St E'])}${r.chance(0.4) ? `, Unit ${r.int(101, 2908)}` : ''}`,
  `${r.pick(['Montréal QC', 'Toronto ON', 'Edmonton AB', 'Vancouver BC', 'Halifax NS', 'Hamilton ON', 'Regina SK', 'Victoria BC'])} ${fill(r, 'A#A #A#')}`,
  ...(r.chance(0.4) ? ['Canada'] : []),
];
const UK_POST: readonly [string, string][] = [
  ['London', 'SW1V #AA'], ['Manchester', 'M1# #AA'], ['Leeds', 'LS6 #AA'], ['Cardiff', 'CF10 #AA'], ['Edinburgh', 'EH3 #AA'],
  ['Glasgow', 'G12 #AA'], ['Bristol', 'BS8 #AA'], ['Belfast', 'BT7 #AA'], ['Norwich', 'NR2 #AA'], ['Swansea', 'SA1 #AA'],
];
const addrGB: AddrGen = (r) => {
  const [town, pc] = r.pick(UK_POST);
  const first = r.chance(0.35) ? [`Flat ${r.int(1, 24)}`, `${r.int(1, 220)} ${r.pick(['Belgrave Road', 'Kingsway', 'Church Lane', 'Victoria Terrace', 'Mill Street', 'The Crescent'])}`] : [`${r.int(1, 220)} ${r.pick(['Acacia Avenue', 'Station Road', 'High Street', 'Park View', 'Orchard Close', 'Queensway'])}`];
  const lines = r.chance(0.5) ? [first.join(', ')] : first;
  if (r.chance(0.3)) lines.push(r.pick(['Headingley', 'Roath', 'Clifton', 'Stockbridge', 'Didsbury']));
  lines.push(town.toUpperCase() === town || r.chance(0.3) ? town.toUpperCase() : town, fill(r, pc));
  if (r.chance(0.2)) lines.push('United Kingdom');
  return lines;
};
const addrIE: AddrGen = (r) => [`${r.int(1, 120)} ${r.pick(['Seapoint Avenue', 'Griffith Road', 'Main Street', 'Bóthar na Trá'])}`, r.pick(['Blackrock, Co. Dublin', 'Salthill, Galway', 'Ballincollig, Co. Cork']), fill(r, 'A## A#A#')];
const addrAU: AddrGen = (r) => [`${r.chance(0.4) ? `Unit ${r.int(1, 40)}/` : ''}${r.int(1, 300)} ${r.pick(['Wattle St', 'Brunswick Rd', 'Beach Rd', 'Flinders Ln', 'Oxley Ave'])}`, `${r.pick(['Fitzroy VIC 3065', 'Surry Hills NSW 2010', 'Fremantle WA 6160', 'Paddington QLD 4064', 'Glenelg SA 5045', 'Adelaide SA 5000'])}`];
const addrNZ: AddrGen = (r) => [`${r.int(1, 300)} ${r.pick(['Ponsonby Road', 'Cuba Street', 'Colombo Street'])}`, r.pick(['Grey Lynn', 'Te Aro', 'Sydenham']), `${r.pick(['Auckland 1021', 'Wellington 6011', 'Christchurch 8023'])}`];
const addrDE: AddrGen = (r) => [`${r.pick(['Lindenstraße', 'Hauptstr.', 'Am Hang', 'Schillerweg', 'Kastanienallee', 'Bergmannstraße', 'Königsallee'])} ${r.int(1, 180)}${r.pick(['', '', 'a', 'b'])}`, `${fill(r, 'P####')} ${r.pick(['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Düsseldorf', 'Freiburg im Breisgau'])}`];
const addrAT: AddrGen = (r) => [`${r.pick(['Mariahilfer Straße', 'Praterstraße', 'Herrengasse', 'Landstraßer Hauptstraße'])} ${r.int(1, 140)}/${r.int(1, 30)}`, `${r.pick(['1070 Wien', '1020 Wien', '8010 Graz', '5020 Salzburg', '6020 Innsbruck'])}`];
const addrCH: AddrGen = (r) => [`${r.pick(['Bahnhofstrasse', 'Rue du Rhône', 'Spalenberg', 'Via Nassa'])} ${r.int(1, 90)}`, r.pick(['8001 Zürich', '1204 Genève', '4051 Basel', '6900 Lugano', '3011 Bern'])];
const addrFR: AddrGen = (r) => {
  const lines = [`${r.int(1, 140)}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'place du Marché', 'allée des Tilleuls', 'impasse du Moulin'])}`];
  if (r.chance(0.3)) lines.unshift(`Bât. ${r.pick(['A', 'B', 'C'])}, ${r.int(1, 8)}e étage`);
  lines.push(`${r.pick(['69003 Lyon', '75011 Paris', '13006 Marseille', '31000 Toulouse', '44000 Nantes', '67000 Strasbourg', '59800 Lille'])}${r.chance(0.3) ? ' CEDEX' : ''}`);
  if (r.chance(0.25)) lines.push('FRANCE');
  return lines;
};
const addrBE: AddrGen = (r) => [`${r.pick(['Rue Royale', 'Meir', 'Veldstraat', 'Avenue Louise'])} ${r.int(1, 300)}${r.chance(0.3) ? ` bus ${r.int(1, 20)}` : ''}`, r.pick(['1000 Bruxelles', '2000 Antwerpen', '9000 Gent', '4000 Liège'])];
const addrES: AddrGen = (r) => [`${r.pick(['Calle de Alcalá', 'C/ Mayor', 'Avda. de la Constitución', 'Passeig de Gràcia', 'Calle Larios', 'Rúa do Franco'])} ${r.int(1, 300)}, ${r.int(1, 9)}º ${r.pick(['izq.', 'dcha.', 'B', '2ª'])}`, `${r.pick(['28009 Madrid', '08007 Barcelona', '41004 Sevilla', '29015 Málaga', '15704 Santiago de Compostela', '46001 València'])}`];
const addrPT: AddrGen = (r) => [`${r.pick(['Rua Augusta', 'Av. da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])} ${r.int(1, 250)}, ${r.int(1, 6)}.º ${r.pick(['Esq.', 'Dto.', 'Frente'])}`, `${fill(r, 'P###-###')} ${r.pick(['Lisboa', 'Porto', 'Coimbra', 'Braga'])}`];
const addrIT: AddrGen = (r) => [`${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Piazza Navona', 'Via dei Mille', 'Viale Monza'])} ${r.int(1, 200)}${r.chance(0.3) ? `, int. ${r.int(1, 20)}` : ''}`, `${r.pick(['20121 Milano MI', '00186 Roma RM', '80134 Napoli NA', '50122 Firenze FI', '10123 Torino TO', '90133 Palermo PA'])}`];
const addrNL: AddrGen = (r) => [`${r.pick(['Prinsengracht', 'Oudegracht', 'Witte de Withstraat', 'Lange Voorhout', 'Vismarkt'])} ${r.int(1, 500)}${r.pick(['', '-2', ' A', '-hs', ' III'])}`, `${fill(r, 'P### AA')} ${r.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag', 'Groningen'])}`];
const addrSE: AddrGen = (r) => [`${r.pick(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Södra Vägen'])} ${r.int(1, 90)}${r.chance(0.3) ? ', lgh 1102' : ''}`, `${fill(r, 'P## ##')} ${r.pick(['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'])}`];
const addrNO: AddrGen = (r) => [`${r.pick(['Karl Johans gate', 'Bogstadveien', 'Storgata', 'Bryggen'])} ${r.int(1, 90)}`, `${fill(r, '0###')} ${r.pick(['Oslo', 'Bergen', 'Trondheim'])}`];
const addrDK: AddrGen = (r) => [`${r.pick(['Nørrebrogade', 'Vesterbrogade', 'Strøget', 'Jægersborggade'])} ${r.int(1, 200)}, ${r.int(1, 5)}. ${r.pick(['th.', 'tv.', 'mf.'])}`, `${r.pick(['2200 København N', '1620 København V', '8000 Aarhus C', '5000 Odense C'])}`];
const addrFI: AddrGen = (r) => [`${r.pick(['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu'])} ${r.int(1, 100)} ${r.pick(['A', 'B', 'C'])} ${r.int(1, 40)}`, `${r.pick(['00100 Helsinki', '33100 Tampere', '20100 Turku'])}`];
const addrPL: AddrGen = (r) => [`ul. ${r.pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Świętokrzyska', 'Grunwaldzka'])} ${r.int(1, 200)}/${r.int(1, 90)}`, `${fill(r, '##-###')} ${r.pick(['Warszawa', 'Łódź', 'Gdańsk', 'Kraków', 'Wrocław'])}`];
const addrCZ: AddrGen = (r) => [`${r.pick(['Vinohradská', 'Národní', 'Husova', 'Masarykova'])} ${r.int(100, 2400)}/${r.int(1, 90)}`, `${fill(r, '1## ##')} ${r.pick(['Praha 2', 'Praha 10', 'Brno', 'Ostrava'])}`];
const addrHU: AddrGen = (r) => [`${r.pick(['1062 Budapest', '4024 Debrecen', '6720 Szeged'])}, ${r.pick(['Andrássy út', 'Váci utca', 'Kossuth Lajos tér', 'Petőfi Sándor u.'])} ${r.int(1, 120)}.${r.chance(0.4) ? ` ${r.int(1, 5)}. em. ${r.int(1, 12)}.` : ''}`];
const addrRO: AddrGen = (r) => [`Str. ${r.pick(['Mihai Eminescu', 'Lipscani', 'Victoriei', 'Memorandumului'])} nr. ${r.int(1, 140)}, bl. ${r.pick(['A3', 'C1', 'M7'])}, ap. ${r.int(1, 60)}`, `${fill(r, '0#####')} ${r.pick(['București', 'Cluj-Napoca', 'Iași'])}`];
const addrGR: AddrGen = (r) => (r.chance(0.5) ? [`Οδός Ερμού ${r.int(1, 90)}`, `${fill(r, '1## ##')} Αθήνα`] : [`${r.pick(['Ermou', 'Tsimiski', 'Vasilissis Sofias Ave'])} ${r.int(1, 200)}`, `${fill(r, '5## ##')} ${r.pick(['Thessaloniki', 'Athens', 'Patras'])}`]);
const addrTR: AddrGen = (r) => [`${r.pick(['Bağdat Cad.', 'İstiklal Cad.', 'Atatürk Blv.', 'Kordon Boyu'])} No: ${r.int(1, 300)} D: ${r.int(1, 30)}`, `${fill(r, '34###')} ${r.pick(['Kadıköy/İstanbul', 'Beyoğlu/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}`];
const addrRU: AddrGen = (r) => [`ул. ${r.pick(['Тверская', 'Арбат', 'Ленина', 'Невский пр.'])}, д. ${r.int(1, 90)}, кв. ${r.int(1, 300)}`, `${r.pick(['Москва', 'Санкт-Петербург', 'Казань'])}, ${fill(r, '1#####')}`];
const addrUA: AddrGen = (r) => [`вул. ${r.pick(['Хрещатик', 'Шевченка', 'Сумська'])}, ${r.int(1, 90)}, кв. ${r.int(1, 120)}`, `${r.pick(['Київ', 'Львів', 'Харків'])}, ${fill(r, '0####')}`];
const addrIL: AddrGen = (r) => (r.chance(0.5) ? [`${r.pick(['Rothschild Blvd', 'Dizengoff St', 'Jaffa Rd', 'Herzl St'])} ${r.int(1, 200)}, Apt ${r.int(1, 40)}`, `${r.pick(['Tel Aviv-Yafo', 'Jerusalem', 'Haifa'])} ${r.digits(7)}`] : [`רחוב הרצל ${r.int(1, 120)}`, `חיפה ${r.digits(7)}`]);
const addrAE: AddrGen = (r) => (r.chance(0.4) ? [`P.O. Box ${r.int(1000, 99999)}`, r.pick(['Dubai', 'Abu Dhabi', 'Sharjah']), 'United Arab Emirates'] : [`Villa ${r.int(1, 90)}, Street ${r.int(1, 40)}`, r.pick(['Al Barsha 2', 'Jumeirah 1', 'Al Khalidiyah']), `${r.pick(['Dubai', 'Abu Dhabi'])}, UAE`]);
const addrIN: AddrGen = (r) => [`${r.pick(['Flat', 'H.No.', 'Plot'])} ${r.int(1, 900)}, ${r.pick(['Sai Krupa Apartments', 'Green Glen Layout', 'Shanti Niketan Society', 'Sector 21'])}`, `${r.pick(['14th Cross, Indiranagar', 'Near Hanuman Mandir, Kothrud', 'Banjara Hills Road No. 12', 'Salt Lake Sector V'])}`, `${r.pick(['Bengaluru, Karnataka 5600', 'Pune, Maharashtra 4110', 'Hyderabad, Telangana 5000', 'Kolkata, West Bengal 7000', 'Chennai - 6000'])}${r.digits(2)}`];
const addrPK: AddrGen = (r) => [`House ${r.int(1, 300)}, Street ${r.int(1, 60)}, ${r.pick(['F-7/2', 'G-11/3', 'DHA Phase 5', 'Gulberg III'])}`, r.pick(['Islamabad 44000', 'Lahore 54000', 'Karachi 75500'])];
const addrBD: AddrGen = (r) => [`House ${r.int(1, 90)}, Road ${r.int(1, 30)}, ${r.pick(['Dhanmondi', 'Gulshan 2', 'Uttara Sector 7'])}`, `Dhaka ${r.pick(['1205', '1212', '1230'])}`, ...(r.chance(0.4) ? ['Bangladesh'] : [])];
const addrTH: AddrGen = (r) => [`${r.int(1, 300)}/${r.int(1, 90)} Soi Sukhumvit ${r.int(1, 101)}`, `${r.pick(['Khlong Toei Nuea, Watthana', 'Chom Phon, Chatuchak', 'Silom, Bang Rak'])}`, `Bangkok ${r.pick(['10110', '10900', '10500'])}`];
const addrVN: AddrGen = (r) => [`${r.int(1, 300)} ${r.pick(['Lý Thường Kiệt', 'Nguyễn Huệ', 'Trần Hưng Đạo'])}, ${r.pick(['Hoàn Kiếm', 'Quận 1', 'Hải Châu'])}`, `${r.pick(['Hà Nội 100000', 'TP. Hồ Chí Minh 700000', 'Đà Nẵng 550000'])}`];
const addrID: AddrGen = (r) => [`Jl. ${r.pick(['Kemang Raya', 'Malioboro', 'Sudirman', 'Diponegoro'])} No. ${r.int(1, 200)}, RT ${pad(r.int(1, 12), 3)}/RW ${pad(r.int(1, 9), 3)}`, `${r.pick(['Mampang Prapatan, Jakarta Selatan 12730', 'Gondomanan, Yogyakarta 55122', 'Coblong, Bandung 40132'])}`];
const addrMY: AddrGen = (r) => [`No. ${r.int(1, 90)}, Jalan ${r.pick(['SS 2/24', 'Bukit Bintang', 'Ampang', 'Tun Razak'])}`, `${r.pick(['47300 Petaling Jaya, Selangor', '50450 Kuala Lumpur', '10200 George Town, Pulau Pinang'])}`];
const addrPH: AddrGen = (r) => [`${r.pick(['Unit 1205, One Serendra', 'Blk 4 Lot 12, Phase 2', '23 Sampaguita St.'])}`, `${r.pick(['11th Ave, BGC, Taguig City 1634', 'Brgy. San Isidro, Antipolo City 1870', 'Lahug, Cebu City 6000'])}`];
const addrKE: AddrGen = (r) => (r.chance(0.5) ? [`P.O. Box ${r.int(100, 99999)}-00100`, 'Nairobi'] : [`${r.pick(['Ngong Road', 'Moi Avenue', 'Kenyatta Avenue'])}, ${r.pick(['Kilimani', 'Westlands', 'Nyali'])}`, r.pick(['Nairobi 00100', 'Mombasa 80100'])]);
const addrNG: AddrGen = (r) => [`${r.int(1, 90)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Herbert Macaulay Way', 'Ahmadu Bello Way'])}`, `${r.pick(['Victoria Island, Lagos 101241', 'Ikoyi, Lagos 106104', 'Wuse 2, Abuja 904101', 'Kano 700211'])}`];
const addrZA: AddrGen = (r) => [`${r.int(1, 200)} ${r.pick(['Long Street', 'Vilakazi Street', 'Jan Smuts Avenue', 'Florida Road'])}`, `${r.pick(['Cape Town City Centre', 'Orlando West, Soweto', 'Parktown', 'Morningside'])}`, r.pick(['Cape Town, 8001', 'Johannesburg, 1804', 'Durban 4001'])];
const addrET: AddrGen = (r) => [`Bole Sub-City, Woreda ${pad(r.int(1, 14), 2)}, House No. ${r.int(100, 999)}`, 'Addis Ababa, Ethiopia'];
const addrJP: AddrGen = (r) => (r.chance(0.5) ? [`〒${fill(r, '1##-####')} 東京都${r.pick(['渋谷区渋谷', '世田谷区北沢', '新宿区西新宿'])}${r.int(1, 4)}-${r.int(1, 30)}-${r.int(1, 20)}${r.chance(0.4) ? ` ${r.pick(['コーポ青葉', 'メゾン桜'])}${r.int(101, 505)}号室` : ''}`] : [`${r.int(1, 4)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Shibuya, Shibuya-ku', 'Umeda, Kita-ku', 'Sakae, Naka-ku'])}`, `${r.pick(['Tokyo 150-0002', 'Osaka 530-0001', 'Nagoya 460-0008'])}`, ...(r.chance(0.5) ? ['Japan'] : [])]);
const addrCN: AddrGen = (r) => (r.chance(0.5) ? [`${r.pick(['上海市浦东新区世纪大道', '北京市朝阳区建国路', '广州市天河区体育西路'])}${r.int(1, 300)}号${r.chance(0.5) ? `${r.int(1, 30)}楼${r.int(1, 20)}室` : ''}`, fill(r, '#0####')] : [`No. ${r.int(1, 300)} ${r.pick(['Century Avenue, Pudong New Area', 'Jianguo Road, Chaoyang District'])}`, `${r.pick(['Shanghai 200120', 'Beijing 100022'])}`, 'China']);
const addrKR: AddrGen = (r) => (r.chance(0.5) ? [`서울특별시 ${r.pick(['강남구 테헤란로', '마포구 와우산로', '종로구 세종대로'])} ${r.int(1, 300)}${r.chance(0.4) ? `, ${r.int(101, 1505)}호` : ''}`, fill(r, '0####')] : [`${r.int(1, 300)} ${r.pick(['Teheran-ro, Gangnam-gu', 'Wausan-ro, Mapo-gu'])}`, `Seoul ${fill(r, '0####')}`, 'Republic of Korea']);
const addrBR: AddrGen = (r) => [`${r.pick(['Rua Oscar Freire', 'Av. Paulista', 'Rua das Laranjeiras', 'Av. Sete de Setembro'])}, ${r.int(1, 3000)}${r.chance(0.5) ? `, apto ${r.int(11, 204)}` : ''}`, `${r.pick(['Jardins, São Paulo - SP', 'Bela Vista, São Paulo - SP', 'Laranjeiras, Rio de Janeiro - RJ', 'Centro, Salvador - BA'])}`, fill(r, '#####-###')];
const addrMX: AddrGen = (r) => [`${r.pick(['Av. Insurgentes Sur', 'Calle Madero', 'Av. Chapultepec'])} ${r.int(1, 3000)}${r.chance(0.4) ? `, Int. ${r.int(1, 40)}` : ''}, Col. ${r.pick(['Crédito Constructor', 'Centro', 'Roma Norte'])}`, `${fill(r, '0####')} ${r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.'])}`];
const addrAR: AddrGen = (r) => [`Av. ${r.pick(['Corrientes', 'Santa Fe', 'Rivadavia'])} ${r.int(100, 9000)}, piso ${r.int(1, 20)} ${r.pick(['A', 'B', 'C'])}`, `${fill(r, 'C####AAA')} CABA`, ...(r.chance(0.4) ? ['Argentina'] : [])];

const ADDR: Readonly<Record<string, AddrGen>> = {
  US: addrUS, CA: addrCA, GB: addrGB, IE: addrIE, AU: addrAU, NZ: addrNZ, DE: addrDE, AT: addrAT, CH: addrCH, FR: addrFR,
  BE: addrBE, ES: addrES, PT: addrPT, IT: addrIT, NL: addrNL, SE: addrSE, NO: addrNO, DK: addrDK, FI: addrFI, PL: addrPL,
  CZ: addrCZ, HU: addrHU, RO: addrRO, GR: addrGR, TR: addrTR, RU: addrRU, UA: addrUA, IL: addrIL, AE: addrAE, IN: addrIN,
  PK: addrPK, BD: addrBD, TH: addrTH, VN: addrVN, ID: addrID, MY: addrMY, PH: addrPH, KE: addrKE, NG: addrNG, ZA: addrZA,
  ET: addrET, JP: addrJP, CN: addrCN, KR: addrKR, BR: addrBR, MX: addrMX, AR: addrAR,
};
const ADDR_COUNTRIES = Object.keys(ADDR);

function addrLines(r: Rng, cc?: string): string[] {
  const g = ADDR[cc ?? r.pick(ADDR_COUNTRIES)] ?? addrUS;
  return g(r);
}

/** Appends one ADDRESS label; `sep` joins the lines (', ' inline, '\n' as a block). */
function addr(d: Doc, r: Rng, cc?: string, sep?: string): string {
  const lines = addrLines(r, cc);
  const s = lines.join(sep ?? r.pick([', ', ', ', '\n', ' ']));
  d.l('ADDRESS', s);
  return s;
}

// ---------------------------------------------------------------------------------------------------
// Dates of birth in many languages (cue words stay outside the label).
// ---------------------------------------------------------------------------------------------------

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: split('January|February|March|April|May|June|July|August|September|October|November|December'),
  enShort: split('Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec'),
  de: split('Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember'),
  fr: split('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre'),
  es: split('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'),
  pt: split('janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'),
  it: split('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'),
  nl: split('januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'),
  sv: split('januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december'),
  pl: split('stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'),
  ru: split('января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря'),
  tr: split('Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık'),
  id: split('Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember'),
  el: split('Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου'),
};

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function birthDate(r: Rng, adult = true): Ymd {
  return { y: adult ? r.int(1934, 2005) : r.int(1934, 2019), m: r.int(1, 12), d: r.int(1, 28) };
}

function ord(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`;
}

function mon(lang: string, m: number): string {
  return MONTHS[lang]?.[m - 1] ?? String(m);
}

/** Formats a date in a style typical of `lang`. */
function fmtDate(r: Rng, lang: string, x: Ymd): string {
  const dd = pad(x.d, 2);
  const mm = pad(x.m, 2);
  switch (lang) {
    case 'us': return r.pick([`${mm}/${dd}/${x.y}`, `${x.m}/${x.d}/${x.y}`, `${mon('en', x.m)} ${x.d}, ${x.y}`, `${mon('enShort', x.m)} ${x.d} ${x.y}`, `${x.y}-${mm}-${dd}`, `${mm}-${dd}-${x.y}`]);
    case 'en': return r.pick([`${dd}/${mm}/${x.y}`, `${x.d} ${mon('en', x.m)} ${x.y}`, `${ord(x.d)} ${mon('en', x.m)} ${x.y}`, `${dd}-${mon('enShort', x.m).toUpperCase()}-${x.y}`, `${x.y}-${mm}-${dd}`]);
    case 'de': return r.pick([`${dd}.${mm}.${x.y}`, `${x.d}. ${mon('de', x.m)} ${x.y}`, `${x.d}.${x.m}.${x.y}`]);
    case 'fr': return r.pick([`${dd}/${mm}/${x.y}`, `${x.d === 1 ? '1er' : x.d} ${mon('fr', x.m)} ${x.y}`]);
    case 'es': return r.pick([`${dd}/${mm}/${x.y}`, `${x.d} de ${mon('es', x.m)} de ${x.y}`, `${dd}-${mm}-${x.y}`]);
    case 'pt': return r.pick([`${dd}/${mm}/${x.y}`, `${x.d} de ${mon('pt', x.m)} de ${x.y}`]);
    case 'it': return r.pick([`${dd}/${mm}/${x.y}`, `${x.d} ${mon('it', x.m)} ${x.y}`]);
    case 'nl': return r.pick([`${dd}-${mm}-${x.y}`, `${x.d} ${mon('nl', x.m)} ${x.y}`]);
    case 'sv': return r.pick([`${x.y}-${mm}-${dd}`, `${x.d} ${mon('sv', x.m)} ${x.y}`]);
    case 'pl': return r.pick([`${dd}.${mm}.${x.y}`, `${x.d} ${mon('pl', x.m)} ${x.y}`]);
    case 'ru': return r.pick([`${dd}.${mm}.${x.y}`, `${x.d} ${mon('ru', x.m)} ${x.y}`]);
    case 'tr': return r.pick([`${dd}.${mm}.${x.y}`, `${x.d} ${mon('tr', x.m)} ${x.y}`]);
    case 'id': return r.pick([`${dd}-${mm}-${x.y}`, `${x.d} ${mon('id', x.m)} ${x.y}`]);
    case 'el': return r.pick([`${dd}/${mm}/${x.y}`, `${x.d} ${mon('el', x.m)} ${x.y}`]);
    case 'ja':
    case 'zh': return r.pick([`${x.y}年${x.m}月${x.d}日`, `${x.y}/${mm}/${dd}`]);
    case 'ko': return r.pick([`${x.y}년 ${x.m}월 ${x.d}일`, `${x.y}.${mm}.${dd}`]);
    case 'iso': return `${x.y}-${mm}-${dd}`;
    default: return r.pick([`${dd}/${mm}/${x.y}`, `${dd}.${mm}.${x.y}`, `${x.y}-${mm}-${dd}`, `${dd}-${mm}-${x.y}`]);
  }
}

function dob(d: Doc, r: Rng, lang = 'us', adult = true): string {
  const s = fmtDate(r, lang, birthDate(r, adult));
  d.l('DOB', s);
  return s;
}

/** A non-birth date (appointment, invoice, expiry...). Never labelled. */
function otherDate(r: Rng, lang = 'us'): string {
  return fmtDate(r, lang, { y: r.int(2019, 2026), m: r.int(1, 12), d: r.int(1, 28) });
}

function time(r: Rng): string {
  return `${pad(r.int(0, 23), 2)}:${pad(r.int(0, 59), 2)}`;
}

function isoStamp(r: Rng): string {
  return `${r.int(2023, 2025)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}T${time(r)}:${pad(r.int(0, 59), 2)}${r.pick(['Z', '.118Z', '+02:00', '-05:00'])}`;
}

// ---------------------------------------------------------------------------------------------------
// Hard look-alikes (never labelled).
// ---------------------------------------------------------------------------------------------------

function sku(r: Rng): string {
  return r.pick(['SKU ', '', 'P/N ', 'ITEM ', 'ASIN B0', 'UPC 0']) + fill(r, r.pick(['AA-####-AA', 'AAA-#####-##', '####-###-##', '#########', '#A#A#A##', '#####-#####']));
}
function orderNo(r: Rng): string {
  return r.pick(['#1', 'ORD-202', 'PO-', 'INV/202', 'Booking ref ', 'Case 0', 'Ticket HD-']) + fill(r, r.pick(['#######', '#-######', '######', '#/#####', 'AAAAA#', '#######', '#####']));
}
function tracking(r: Rng): string {
  return fill(r, r.pick(['1Z###A##A#########', '9400 1### #### #### #### ##', 'JD01460000########', 'LX#########DE', 'RR#########GB'])) + (r.chance(0.1) ? ` / TBA${r.digits(12)}` : '');
}
function version(r: Rng): string {
  return r.pick([
    `v${r.int(0, 9)}.${r.int(0, 40)}.${r.int(0, 99)}`,
    `${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(256, 9999)}`,
    `build ${r.int(2022, 2025)}.${r.int(1, 12)}.${r.int(1, 31)}-rc${r.int(1, 5)}`,
    `node ${r.int(18, 22)}.${r.int(0, 20)}.${r.int(0, 9)}`,
    `Android ${r.int(10, 15)} (API ${r.int(29, 35)})`,
    `iOS ${r.int(15, 18)}.${r.int(0, 6)}.${r.int(1, 3)}`,
    `firmware ${r.int(1, 9)}.${r.int(300, 999)}.${r.int(0, 9)}.${r.int(1000, 65000)}`,
  ]);
}
function coords(r: Rng): string {
  return `${(r.next() * 120 - 60).toFixed(4)}, ${(r.next() * 340 - 170).toFixed(4)}`;
}
function ein(r: Rng): string {
  return fill(r, 'P#-#######');
}
function routing(r: Rng): string {
  const b = pad(r.int(1, 12), 2) + r.digits(6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(b.charAt(i)) * (w[i] ?? 0);
  return b + String((10 - (s % 10)) % 10);
}
function isbn(r: Rng): string {
  const b = r.pick(['978', '979']) + r.digits(9);
  let s = 0;
  for (let i = 0; i < 12; i++) s += Number(b.charAt(i)) * (i % 2 === 0 ? 1 : 3);
  const full = b + String((10 - (s % 10)) % 10);
  return r.chance(0.5) ? `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}` : full;
}
function imei(r: Rng): string {
  const b = '35' + r.digits(12);
  return b + luhnDigit(b);
}
function gitSha(r: Rng, n = 7): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
}
function uuid(r: Rng): string {
  return `${gitSha(r, 8)}-${gitSha(r, 4)}-4${gitSha(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${gitSha(r, 3)}-${gitSha(r, 12)}`;
}
function money(r: Rng): string {
  const n = (r.int(100, 999999) / 100).toFixed(2);
  return r.pick([`$${n}`, `€${n.replace('.', ',')}`, `£${n}`, `${n} CHF`, `R$ ${n.replace('.', ',')}`, `¥${r.int(500, 90000)}`, `₹${r.int(100, 90000)}`]);
}
function mac(r: Rng): string {
  return Array.from({ length: 6 }, () => gitSha(r, 2)).join(':');
}

const BRANDS = split("Ben & Jerry's|Tim Hortons|Dr. Martens|Wendy's|Ralph Lauren|Calvin Klein|Hugo Boss|Louis Vuitton|Johnson & Johnson|Marks & Spencer|Mercedes-Benz|Ferrari|Tommy Hilfiger|Sainsbury's|Kellogg's|Heinz|Jack Daniel's|Johnnie Walker|Ted Baker|Estée Lauder|Dr Pepper|Martha's Vineyard Creamery|Hewlett-Packard|Dolce & Gabbana|Carl Zeiss|Miele|Porsche|Guinness|Cadbury|Lipton|Boots|Philips|Siemens|McDonald's|Chase Bank|Wells Fargo|Goldman Sachs|Lloyds|Santander|Jimmy Choo|Christian Dior|Ray-Ban");
const PERSON_PLACES = split('Martin Luther King Jr. Blvd|Karl-Marx-Allee|Avenida Getúlio Vargas|Rue Victor Hugo|Calle Simón Bolívar|Rockefeller Center|Carnegie Hall|Royal Albert Hall|Lincoln Center|Kennedy Space Center|John Radcliffe Hospital|Charles de Gaulle airport|JFK Terminal 4|Indira Gandhi International|Jomo Kenyatta International Airport|Nelson Mandela Square|Piazza Garibaldi|Washington Square Park|Queen Elizabeth Olympic Park|Chhatrapati Shivaji Maharaj Terminus|Atatürk Kültür Merkezi|Pushkin Museum|Ben Gurion Airport|Ninoy Aquino Terminal 3');
const EPONYMS = split("Alzheimer's disease|Parkinson's|Crohn's disease|Hashimoto's thyroiditis|Hodgkin lymphoma|Tourette syndrome|Down syndrome|Guillain-Barré syndrome|Kawasaki disease|Lou Gehrig's disease|Ohm's law|Murphy's law|Moore's law|Hooke's law|the Doppler effect|the Pareto principle|the Heimlich manoeuvre|the Nobel Prize|a Pulitzer|the Booker Prize|the Turing Award|the Fields Medal|an Oscar nomination|the Prix Goncourt|Sarbanes-Oxley|Megan's Law|the Magnitsky Act|Cushing's syndrome|Bell's palsy|Raynaud's");
const DISEASES = EPONYMS.filter((e) => /disease|syndrome|lymphoma|thyroiditis|palsy|Raynaud|Parkinson/.test(e));
const SHIPS_STORMS = split('Queen Mary 2|MSC Gülsün|Ever Given|HMS Victory|Hurricane Katrina|Hurricane Sandy|Storm Ciarán|Typhoon Haiyan|Cyclone Idai|Hurricane Helene|Storm Babet|Hurricane Beryl|Storm Daniel|the Mayflower replica|MV Sirius Star');
const PETS = split('Biscuit|Luna|Max|Bella|Charlie|Mochi|Pepper|Simba|Nala|Oreo|Ziggy|Sir Fluffington|Rocky|Daisy|Milo|Coco|Duke|Princess|Bailey|Teddy|Kiwi|Loki|Pumpkin|Winston|Cleo');
const NAME_CITIES = split('Florence|Austin|Charlotte|Victoria|Adelaide|Eugene|Elizabeth|Jackson|Santiago|Sofia|Regina|Augusta|Lafayette|Marion|Chelsea|Alexandria|Madison|Savannah|Tyler|Houston|Lorraine|Georgetown|São Paulo|San José|St. Helena');

/** One random hard look-alike phrase. */
function distractor(r: Rng): string {
  switch (r.int(0, 16)) {
    case 0: return sku(r);
    case 1: return `order ${orderNo(r)}`;
    case 2: return `tracking ${tracking(r)}`;
    case 3: return version(r);
    case 4: return `GPS ${coords(r)}`;
    case 5: return `EIN ${ein(r)}`;
    case 6: return `routing ${routing(r)}`;
    case 7: return `ISBN ${isbn(r)}`;
    case 8: return `IMEI ${imei(r)}`;
    case 9: return `ref ${uuid(r)}`;
    case 10: return r.pick(BRANDS);
    case 11: return r.pick(PERSON_PLACES);
    case 12: return r.pick(EPONYMS);
    case 13: return r.pick(SHIPS_STORMS);
    case 14: return `card on file ending ${r.digits(4)}`;
    case 15: return `${money(r)} on ${otherDate(r)}`;
    default: return `commit ${gitSha(r)}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Wholly negative documents: no personal data at all, but many look-alikes.
// ---------------------------------------------------------------------------------------------------

const negWarehouse: Gen = (d, r) => {
  d.t(`[wms-agent] ${isoStamp(r)} cycle count, aisle ${r.pick(['B', 'C', 'F'])}${r.int(1, 40)}\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    d.t(`  ${sku(r)} | ${r.pick(BRANDS)} ${r.pick(['gift set', 'boots size 9', 'pint 465ml', 'toner', 'travel kit'])} | qty ${r.int(0, 480)} | bin ${fill(r, 'A##-##')}\n`);
  }
  d.t(`Inbound ${tracking(r)} from the ${r.pick(NAME_CITIES)} DC delayed by ${r.pick(SHIPS_STORMS)}; carrier ETA ${otherDate(r)} ${time(r)}.\n`);
  d.t(`Scanner IMEI ${imei(r)} needs firmware ${version(r)}. Reprint label ${orderNo(r)}; PO total ${money(r)}.`);
};

const negBuild: Gen = (d, r) => {
  d.t(`$ npm run release -- --tag ${version(r)}\n`);
  for (let i = 0; i < r.int(4, 7); i++) {
    d.t(`${isoStamp(r)} ${r.pick(['INFO', 'WARN', 'DEBUG'])} ${r.pick(['resolved', 'hashed', 'bundled', 'uploaded', 'retried'])} ${r.pick(['@babel/core', 'left-pad', 'sharp', 'esbuild', 'pg', 'zod'])}@${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)} in ${r.int(3, 9000)}ms (sha ${gitSha(r, 12)})\n`);
  }
  d.t(`build #${r.int(1000, 99999)} on runner ${r.pick(['ubuntu-22.04', 'macos-14', 'windows-2022'])} — artifact ${uuid(r)}.tgz, checksum ${gitSha(r, 40)}\n`);
  d.t(`device under test: MAC ${mac(r)}, ${version(r)}, serial ${fill(r, 'AA#########')}; perf budget ${r.int(100, 999)} ms p95.`);
};

const negWeather: Gen = (d, r) => {
  d.t(`MARITIME BULLETIN ${otherDate(r, 'iso')} ${time(r)} UTC\n`);
  d.t(`${r.pick(SHIPS_STORMS)} tracking NNW at ${r.int(5, 25)} kn, centre ${coords(r)}. `);
  d.t(`Vessels ${r.pick(['Queen Mary 2', 'Ever Given', 'MSC Gülsün'])} (IMO ${r.digits(7)}) and ${r.pick(['HMS Victory', 'MV Sirius Star'])} advised to divert toward ${r.pick(NAME_CITIES)}.\n`);
  d.t(`Next advisory #${r.int(10, 60)}A. Pressure ${r.int(940, 1010)} hPa. Wave model ${version(r)}. Port call ref ${orderNo(r)}.`);
};

const negMedical: Gen = (d, r) => {
  d.t(`Journal club digest — week ${r.int(1, 52)}\n`);
  for (let i = 0; i < r.int(3, 5); i++) {
    d.t(`• New cohort data on ${r.pick(EPONYMS)} (n=${r.int(40, 9000)}, p=0.0${r.int(1, 49)}); DOI 10.${r.int(1000, 9999)}/${gitSha(r, 8)}\n`);
  }
  d.t(`Grand rounds moved to the ${r.pick(PERSON_PLACES)} auditorium on ${otherDate(r, 'en')}. Pager ${r.int(1000, 9999)} is the on-call bleep, not a phone line. Reading: ISBN ${isbn(r)}.`);
};

const negPets: Gen = (d, r) => {
  d.t(`Shelter intake board (${otherDate(r)}):\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    d.t(`- ${r.pick(PETS)}, ${r.pick(['DSH cat', 'beagle mix', 'rabbit', 'greyhound', 'budgie', 'Maine Coon'])}, ${r.int(1, 14)}y, chip 9${r.pick(['00', '85', '56'])}${r.digits(12)}, kennel ${r.pick(['A', 'B', 'C'])}${r.int(1, 30)}${r.chance(0.5) ? ' — adopted!' : ''}\n`);
  }
  d.t(`Vaccines restocked: lot ${fill(r, 'AA####')}, exp ${otherDate(r)}. Donations via the ${r.pick(PERSON_PLACES)} pop-up; thanks to ${r.pick(BRANDS)} for the food drive.`);
};

const negTravel: Gen = (d, r) => {
  d.t(`Itinerary ${fill(r, 'AAAAAA')}\n`);
  d.t(`${fill(r, 'AA ####')} ${r.pick(NAME_CITIES)} → ${r.pick(NAME_CITIES)} dep ${otherDate(r)} ${time(r)}, gate ${r.pick(['B', 'C', 'D'])}${r.int(1, 60)}, seat ${r.int(1, 45)}${r.pick(['A', 'C', 'F'])}\n`);
  d.t(`Connection via ${r.pick(PERSON_PLACES)}; hotel conf ${fill(r, '#########')}, room ${r.int(100, 1900)}; car class ${r.pick(['ECMR', 'IDAR', 'SFAR'])}.\n`);
  d.t(`Note: ${r.pick(SHIPS_STORMS)} may disrupt ${r.pick(NAME_CITIES)} departures. Fare basis ${fill(r, 'A#AAA')}, total ${money(r)}.`);
};

const negFinance: Gen = (d, r) => {
  d.t(`Reconciliation exceptions — batch ${fill(r, '202#-##-##/###')}\n`);
  d.t(`row ${r.int(2, 900)}: PAN ${badCard(r)} rejected (checksum), merchant ${r.pick(BRANDS)}\n`);
  d.t(`row ${r.int(2, 900)}: beneficiary account ${badIban(r)} failed validation\n`);
  d.t(`row ${r.int(2, 900)}: vendor EIN ${ein(r)}, ABA ${routing(r)}, amount ${money(r)}\n`);
  d.t(`row ${r.int(2, 900)}: test SSN-format value ${badSsn(r)} is in the invalid range, ignored\n`);
  d.t(`row ${r.int(2, 900)}: invoice ${orderNo(r)} duplicate of ${orderNo(r)}; FX ref ${uuid(r)}`);
};

const negCatalog: Gen = (d, r) => {
  d.t(`Product feed diff (${version(r)})\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    d.t(`+ "${r.pick(BRANDS)} ${r.pick(['Signature', 'Classic', 'Heritage', 'Pro'])} ${r.int(100, 999)}" ean=${r.pick(['0', '8', '9'])}${r.digits(12)} isbn=${isbn(r)} price=${money(r)}\n`);
  }
  d.t(`- refurbished handset IMEI ${imei(r)} withdrawn; see ${r.pick(EPONYMS)} marketing disclaimer.`);
};

const negBilingual: Gen = (d, r) => {
  d.t(r.pick([
    `FAQ / Preguntas frecuentes: Where is my order? ¿Dónde está mi pedido? Use tracking ${tracking(r)} on the carrier site. Los envíos a ${r.pick(NAME_CITIES)} tardan 3–5 días.\n`,
    `Hinweis / Notice: Filiale ${r.pick(PERSON_PLACES)} ist am ${otherDate(r, 'de')} geschlossen (closed). Bestellnummer ${orderNo(r)}.\n`,
    `Info / Informação: O voo ${fill(r, 'AA ####')} para ${r.pick(NAME_CITIES)} foi cancelado devido ao ${r.pick(SHIPS_STORMS)}. Flight cancelled.\n`,
    `お知らせ / Notice: 注文番号 ${orderNo(r)} は ${otherDate(r, 'ja')} に発送されました。Version ${version(r)}.\n`,
  ]));
  d.t(`Coupon code ${fill(r, 'AAAA-####')} · ${sku(r)} · ${r.pick(BRANDS)} · ${r.pick(EPONYMS)} awareness month.`);
};

const negSlackBots: Gen = (d, r) => {
  d.t(`#deploys\n`);
  d.t(`[${time(r)}] @deploy-bot: ${r.pick(['api', 'web', 'worker'])} ${version(r)} rolled out to ${r.int(2, 40)} pods (${gitSha(r)})\n`);
  d.t(`[${time(r)}] @pagerduty: incident #${r.int(1000, 9999)} resolved — p99 ${r.int(100, 900)}ms\n`);
  d.t(`[${time(r)}] @jira-bot: ${fill(r, 'AAA-####')} moved to Done (${r.pick(['Murphy\'s law strikes again', 'blocked on vendor', 'flaky test'])})\n`);
  d.t(`[${time(r)}] @statuspage: ${r.pick(PERSON_PLACES)} region latency normal; next window ${otherDate(r, 'iso')}.`);
};

const NEGATIVES: readonly Gen[] = [negWarehouse, negBuild, negWeather, negMedical, negPets, negTravel, negFinance, negCatalog, negBilingual, negSlackBots];

// ---------------------------------------------------------------------------------------------------
// Shared context: a person plus a (usually) matching country and date style.
// ---------------------------------------------------------------------------------------------------

const ORIGIN_CC: Readonly<Record<string, readonly string[]>> = {
  us: ['US', 'US', 'CA'], uk: ['GB'], ie: ['IE', 'GB'], au: ['AU', 'NZ'], za: ['ZA'], es: ['ES', 'MX'], mx: ['MX', 'US'],
  pt: ['PT', 'BR'], fr: ['FR', 'BE', 'CA', 'CH'], de: ['DE', 'AT', 'CH'], it: ['IT', 'CH'], nl: ['NL', 'BE'], sv: ['SE'], no: ['NO'],
  da: ['DK'], fi: ['FI'], pl: ['PL', 'GB'], cs: ['CZ'], hu: ['HU'], ro: ['RO', 'IT'], el: ['GR'], tr: ['TR', 'DE'], ru: ['RU'],
  uk_ua: ['UA', 'PL'], he: ['IL'], ar: ['AE', 'US'], fa: ['DE', 'US', 'SE'], hi: ['IN', 'GB', 'US'], ur: ['PK', 'GB'], bn: ['BD', 'GB'],
  ta: ['IN', 'MY'], te: ['IN', 'US'], th: ['TH'], vi: ['VN', 'US', 'AU'], id: ['ID'], ms: ['MY'], fil: ['PH', 'US', 'AE'],
  sw: ['KE'], am: ['ET', 'US'], yo: ['NG', 'GB'], ha: ['NG'], zu: ['ZA'], ja: ['JP'], zh: ['CN', 'CA'], ko: ['KR', 'US'],
};
const CC_LANG: Readonly<Record<string, string>> = {
  US: 'us', CA: 'us', GB: 'en', IE: 'en', AU: 'en', NZ: 'en', ZA: 'en', KE: 'en', NG: 'en', IN: 'en', PK: 'en', BD: 'en', PH: 'us',
  MY: 'en', ET: 'en', AE: 'en', DE: 'de', AT: 'de', CH: 'de', FR: 'fr', BE: 'fr', ES: 'es', MX: 'es', AR: 'es', PT: 'pt', BR: 'pt',
  IT: 'it', NL: 'nl', SE: 'sv', NO: 'xx', DK: 'xx', FI: 'xx', PL: 'pl', CZ: 'xx', HU: 'iso', RO: 'xx', GR: 'el', TR: 'tr', RU: 'ru',
  UA: 'xx', IL: 'xx', TH: 'xx', VN: 'xx', ID: 'id', JP: 'ja', CN: 'zh', KR: 'ko',
};

interface Ctx {
  p: Person;
  cc: string;
  lang: string;
}

function ctx(r: Rng, key?: string): Ctx {
  const p = person(r, key);
  const ccs = ORIGIN_CC[p.origin] ?? ['US'];
  const cc = r.chance(0.85) ? r.pick(ccs) : r.pick(['US', 'GB', 'DE', 'AE', 'CA', 'AU', 'NL', 'SE']);
  return { p, cc, lang: CC_LANG[cc] ?? 'xx' };
}

function usCtx(r: Rng): Ctx {
  const p = r.chance(0.6) ? person(r, r.pick(['us', 'us', 'mx', 'vi', 'ko', 'fil', 'hi', 'yo', 'ar', 'zh', 'ie', 'pl'])) : person(r);
  return { p, cc: 'US', lang: 'us' };
}

/** Writes "Title Name" with the title outside the label. */
function titled(d: Doc, r: Rng, p: Person, form: NameForm = r.pick<NameForm>(['full', 'family', 'full', 'init'])): string {
  d.t(r.pick(TITLES_EN));
  return name(d, p, form);
}

// ---------------------------------------------------------------------------------------------------
// Positive templates, part 1: health, money, housing, legal.
// ---------------------------------------------------------------------------------------------------

const pharmacyRefill: Gen = (d, r) => {
  const c = usCtx(r);
  const doc = person(r);
  d.t(`[refill-bot] session ${uuid(r)} started ${isoStamp(r)}\n`);
  d.t(`BOT: Hi! To refill Rx #${r.digits(7)}, please confirm your full name and date of birth.\nUSER: `);
  self(d, r, c.p, r.pick<NameForm>(['full', 'lower', 'full']));
  d.t(r.pick([', born ', ' dob ', ' - ', ', b. ']));
  dob(d, r, 'us');
  d.t(`\nBOT: Thanks. I see ${r.pick(['atorvastatin 20 mg', 'sertraline 50 mg', 'levothyroxine 75 mcg', 'metformin ER 500 mg'])} prescribed by Dr. `);
  name(d, doc, r.pick<NameForm>(['family', 'full', 'init']));
  d.t(`. Deliver to `);
  addr(d, r, 'US', ', ');
  d.t(`?\nUSER: yes. text me at `);
  phone(d, r, 'US');
  d.t(r.pick([' when it ships', ' pls', ' 🙏', '']));
  if (r.chance(0.8)) {
    d.t(`\nBOT: Copay is ${money(r)}. Card on file ends ${r.digits(4)} — use it, or a new card?\nUSER: new one `);
    card(d, r);
    d.t(` exp ${pad(r.int(1, 12), 2)}/${r.int(26, 31)}`);
  }
  if (r.chance(0.6)) {
    d.t(`\nBOT: For the controlled-substance log I need the SSN on your insurance profile.\nUSER: `);
    ssn(d, r);
  }
  d.t(`\nBOT: Done. Note: ${r.pick(DISEASES)} patients should ask about interactions. Ref ${orderNo(r)}.`);
};

const vetClinic: Gen = (d, r) => {
  const c = ctx(r, r.pick(['uk', 'us', 'au', 'ie', 'za', 'nl', 'de', 'hi']));
  const pet = r.pick(PETS);
  const vet = person(r);
  d.t(`${r.pick(['Paws & Claws Veterinary', 'Riverside Animal Hospital', 'Dierenkliniek De Haven', 'Tierarztpraxis am Park'])} — appointment note\n`);
  d.t(`Patient: ${pet} (${r.pick(['feline', 'canine', 'lagomorph'])}), DOB ${otherDate(r, c.lang)}, microchip 9${r.pick(['00', '85', '56'])}${r.digits(12)}\n`);
  d.t(`Owner: `);
  self(d, r, c.p, r.pick<NameForm>(['full', 'comma', 'commaCaps']));
  d.t(`\nTel: `);
  phone(d, r, c.cc);
  d.t(`  Email: `);
  email(d, r, c.p);
  d.t(`\nAddress: `);
  addr(d, r, c.cc, ', ');
  d.t(`\nSeen by `);
  d.t(r.pick(['Dr. ', 'Dr ', 'vet ']));
  name(d, vet, r.pick<NameForm>(['full', 'family', 'init']));
  d.t(`. ${pet} is doing well; ${pet}'s sibling ${r.pick(PETS)} due for boosters ${otherDate(r, c.lang)}. `);
  d.t(r.chance(0.5) ? `Owner's partner ` : `Collected by `);
  name(d, person(r), 'given');
  d.t(` — ${money(r)} paid${r.chance(0.5) ? ' by card ' : ''}`);
  if (d.text.endsWith('card ')) card(d, r);
  d.t('.');
};

const telehealthIntake: Gen = (d, r) => {
  const c = usCtx(r);
  const ec = person(r);
  d.t(`TELEHEALTH INTAKE — BrightCare\nconnected from `);
  ipPort(d, r);
  d.t(` (${r.pick(['Chrome 124', 'Safari iOS 17', 'Edge 123'])})\nPatient name: `);
  self(d, r, c.p, r.pick<NameForm>(['full', 'caps', 'middle']));
  d.t(`\nDate of birth: `);
  dob(d, r, 'us');
  d.t(`\nSSN: `);
  if (r.chance(0.85)) ssn(d, r);
  else d.t(`XXX-XX-${r.digits(4)}`);
  d.t(`\nHome address: `);
  addr(d, r, 'US', r.pick([', ', '\n']));
  d.t(`\nMobile: `);
  phone(d, r, 'US');
  d.t(`   E-mail: `);
  email(d, r, c.p);
  d.t(`\nEmergency contact: `);
  name(d, ec);
  d.t(` (${r.pick(['spouse', 'mother', 'son', 'friend', 'roommate'])}) `);
  phone(d, r, 'US');
  d.t(`\nReason for visit: ${r.pick(['follow-up for ', 'new symptoms, family history of ', 'refill + ', 'second opinion re '])}${r.pick(DISEASES)}.\nInsurance member ID ${fill(r, 'AAA#########')}, group ${r.digits(6)}. Provider NPI ${r.digits(10)}.`);
};

const mortgageApp: Gen = (d, r) => {
  const a = usCtx(r);
  const b = usCtx(r);
  d.t(`Uniform Residential Loan Application — Meridian Lending (loan #${r.digits(10)})\n`);
  d.t(`Section 1a. Borrower: `);
  self(d, r, a.p, r.pick<NameForm>(['full', 'middle', 'caps']));
  d.t(`  SSN `);
  ssn(d, r);
  d.t(`  DOB `);
  dob(d, r, 'us');
  d.t(`\nCurrent address: `);
  addr(d, r, 'US', ', ');
  d.t(` (${r.int(1, 12)} yrs, Own)\nCo-borrower: `);
  name(d, b.p, r.pick<NameForm>(['full', 'comma']));
  d.t(`  SSN `);
  ssn(d, r);
  d.t(`  Date of Birth `);
  dob(d, r, 'us');
  d.t(`\nCell `);
  phone(d, r, 'US');
  d.t(`  Email `);
  email(d, r, a.p);
  d.t(`\nEmployer: ${r.pick(BRANDS)} (EIN ${ein(r)}), ${r.int(1, 20)} yrs. Gross monthly ${money(r)}.\n`);
  d.t(`Subject property: `);
  addr(d, r, 'US', ', ');
  d.t(`\nDeposit account: routing ${routing(r)}, acct ****${r.digits(4)}. Loan officer NMLS #${r.digits(6)}: `);
  name(d, person(r, 'us'));
  d.t('.');
};

const payrollTax: Gen = (d, r) => {
  const kind = r.int(0, 3);
  if (kind <= 1) {
    const c = usCtx(r);
    d.t(kind === 0 ? `Form W-2 Wage and Tax Statement ${r.int(2021, 2024)}\n` : `Form 1099-NEC ${r.int(2021, 2024)} — Nonemployee Compensation\n`);
    d.t(`a Employee's social security number: `);
    ssn(d, r);
    d.t(`\nb Employer identification number (EIN): ${ein(r)}\nc Employer: ${r.pick(BRANDS)} Inc., ${r.pick(PERSON_PLACES)} campus\ne Employee's first name and initial / Last name: `);
    const s = name(d, c.p, r.pick<NameForm>(['middle', 'caps', 'full']));
    if (r.chance(0.4) && !d.known.includes(s)) d.known.push(s);
    d.t(`\nf Employee's address and ZIP code: `);
    addr(d, r, 'US', r.pick(['\n', ', ']));
    d.t(`\n1 Wages ${money(r)}  2 Federal tax withheld ${money(r)}  12a D ${money(r)}  state ID ${fill(r, '###-####-#')}`);
  } else if (kind === 2) {
    const c = ctx(r, r.pick(['uk', 'pl', 'hi', 'yo', 'ie', 'ur']));
    d.t(`P60 End of Year Certificate — tax year to 5 April ${r.int(2021, 2025)}\nEmployee's details: surname `);
    d.l('PERSON', c.p.family.toUpperCase());
    d.t(`  forenames `);
    d.l('PERSON', c.p.given);
    d.t(`\nNational Insurance number ${fill(r, 'AA ## ## ## ')}${r.pick(['A', 'B', 'C', 'D'])}  Works/payroll no. ${r.digits(6)}\nPAYE reference ${fill(r, '###/AA#####')}\nPay in this employment £${r.int(18000, 90000)}.${r.digits(2)}\nAddress on file: `);
    addr(d, r, 'GB', ', ');
  } else {
    const c = ctx(r, r.pick(['de', 'tr', 'pl', 'it', 'ru']));
    d.t(`Lohnabrechnung ${r.pick(MONTHS.de ?? ['Mai'])} ${r.int(2022, 2025)}\nPersonal-Nr. ${r.digits(5)}  Name: `);
    name(d, c.p, r.pick<NameForm>(['comma', 'full']));
    d.t(`\nGeburtsdatum: `);
    dob(d, r, 'de');
    d.t(`  Steuer-ID ${r.digits(11)}  SV-Nr. ${r.digits(2)} ${r.digits(6)} ${fill(r, 'A')} ${r.digits(3)}\nAnschrift: `);
    addr(d, r, 'DE', ', ');
    d.t(`\nAuszahlung an IBAN `);
    iban(d, r, 'DE');
    d.t(` — Netto ${money(r)}`);
  }
};

const tenancyDispute: Gen = (d, r) => {
  const de = r.chance(0.5);
  const tenant = ctx(r, de ? r.pick(['de', 'tr', 'pl', 'fa']) : r.pick(['uk', 'ie', 'yo', 'hi', 'pl']));
  const landlord = person(r, de ? 'de' : 'uk');
  if (de) {
    d.t(`Betreff: Rückzahlung der Mietkaution — Wohnung `);
    addr(d, r, 'DE', ', ');
    d.t(`\n\nSehr geehrte${r.chance(0.5) ? 'r Herr' : ' Frau'} `);
    name(d, landlord, 'family');
    d.t(`,\n\nich bin am ${otherDate(r, 'de')} ausgezogen und warte noch auf die Kaution (${money(r)}). Bitte überweisen Sie an:\nKontoinhaber: `);
    self(d, r, tenant.p);
    d.t(`\nIBAN: `);
    iban(d, r, r.pick(['DE', 'DE', 'AT', 'NL']));
    d.t(`\nNeue Anschrift:\n`);
    addr(d, r, 'DE', '\n');
    d.t(`\nTel. `);
    phone(d, r, 'DE');
    d.t(`\n\nMit freundlichen Grüßen\n`);
    name(d, tenant.p);
  } else {
    d.t(`Deposit dispute — case ${fill(r, 'TDS-######')}\nTenant: `);
    self(d, r, tenant.p);
    d.t(`, `);
    email(d, r, tenant.p);
    d.t(`\nLandlord/agent: `);
    titled(d, r, landlord, 'full');
    d.t(` of ${r.pick(['Foxtons', 'Hamptons', 'Bairstow Eves'])} lettings\nProperty: `);
    addr(d, r, 'GB', ', ');
    d.t(`\nTenant says: "the mould was there before I moved in, see photos from ${otherDate(r, 'en')}. ${r.pick(['Storm Babet', 'Storm Ciarán'])} caused the leak, not me." Refund to `);
    iban(d, r, 'GB');
    d.t(` or call `);
    phone(d, r, 'GB');
    d.t('.');
  }
};

const debtCollection: Gen = (d, r) => {
  const c = r.chance(0.6) ? usCtx(r) : ctx(r, r.pick(['uk', 'ie', 'za']));
  d.t(`${r.pick(['LEXINGTON RECOVERY SERVICES', 'Apex Credit Management Ltd', 'Northgate Collections'])}\n${otherDate(r, c.lang)}\n\n`);
  name(d, c.p, r.pick<NameForm>(['caps', 'full', 'middle']));
  d.t(`\n`);
  addr(d, r, c.cc, '\n');
  d.t(`\n\nRe: Account ${r.digits(10)} — original creditor ${r.pick(BRANDS)}\nBalance due: ${money(r)}\n\nDear `);
  d.t(r.pick(['Mr. ', 'Ms. ', 'Mx. ', '']));
  name(d, c.p, r.pick<NameForm>(['family', 'full']));
  d.t(`,\nThis is an attempt to collect a debt. Pay online, by phone at `);
  phone(d, r, c.cc);
  if (c.cc === 'US') {
    d.t(`, or authorise a card payment: `);
    card(d, r);
    if (r.chance(0.6)) {
      d.t(`. Our records list SSN `);
      ssn(d, r);
      d.t(` — if this is wrong, call us.`);
    } else d.t(`. Verify identity with the last four of your SSN (${r.digits(4)}).`);
  } else {
    d.t(`, or by transfer to `);
    iban(d, r, 'GB');
    d.t(` quoting your reference.`);
  }
  d.t(`\nQuestions: `);
  roleEmail(d, r);
};

const insuranceFnol: Gen = (d, r) => {
  const c = usCtx(r);
  const other = person(r);
  d.t(`[FNOL call transcript — auto ASR, ${isoStamp(r)}]\nAGENT: acme insurance claims, this is `);
  name(d, person(r, 'us'), 'given');
  d.t(`, may i have the policyholder's name?\nCALLER: yeah it's `);
  self(d, r, c.p, 'lower');
  d.t(`\nAGENT: and date of birth\nCALLER: uh `);
  dob(d, r, 'us');
  d.t(`\nAGENT: best callback number?\nCALLER: `);
  spokenPhone(d, r);
  d.t(`\nAGENT: email for the claim documents?\nCALLER: it's `);
  spokenEmail(d, r, c.p);
  d.t(`\nAGENT: where did the loss occur?\nCALLER: outside my house, `);
  addr(d, r, 'US', ' ');
  d.t(`, the other driver was `);
  name(d, other, r.pick<NameForm>(['lower', 'full']));
  d.t(`, plate ${fill(r, 'AAA ####')}, near the ${r.pick(PERSON_PLACES)} exit\nAGENT: any injuries? ok i've opened claim ${fill(r, 'CLM-########')}.`);
};

const courtSummons: Gen = (d, r) => {
  const def = usCtx(r);
  const pl = r.chance(0.5) ? person(r) : null;
  d.t(`SUPERIOR COURT OF ${r.pick(['CALIFORNIA, COUNTY OF ALAMEDA', 'THE STATE OF WASHINGTON', 'NEW JERSEY, LAW DIVISION'])}\nCase No. ${fill(r, '2#CV######')}\n\nPLAINTIFF: `);
  if (pl) name(d, pl, 'caps');
  else d.t(r.pick(['CAPITAL ONE BANK (USA), N.A.', 'MIDLAND CREDIT MANAGEMENT, INC.', 'THE ESTATE OF THE LATE OWNER (see Exhibit A)']));
  d.t(`\nDEFENDANT: `);
  name(d, def.p, r.pick<NameForm>(['caps', 'commaCaps']));
  d.t(`, an individual; and DOES 1 through 10\n\nNOTICE TO DEFENDANT: You are being sued. Served at `);
  addr(d, r, 'US', ', ');
  d.t(` on ${otherDate(r)} by process server `);
  name(d, person(r, 'us'), 'full');
  d.t(` (reg. #${r.digits(4)}). Defendant DOB `);
  dob(d, r, 'us');
  if (r.chance(0.5)) {
    d.t(`, SSN (redaction failed) `);
    ssn(d, r);
  }
  d.t(`. Hearing in Dept. ${r.int(1, 30)}, ${r.pick(PERSON_PLACES)} courthouse annex. Clerk: `);
  roleEmail(d, r);
};

const visaForm: Gen = (d, r) => {
  const c = ctx(r);
  d.t(`${r.pick(['Schengen visa application', 'DS-160 confirmation (draft)', 'UK Standard Visitor visa', 'eTA application'])} — ref ${fill(r, 'AAA########')}\n`);
  d.t(`1. Surname (family name): `);
  d.l('PERSON', c.p.family.toUpperCase());
  d.t(`\n2. Surname at birth: ${r.chance(0.7) ? 'same' : ''}`);
  if (!d.text.endsWith('same')) d.l('PERSON', person(r, c.p.origin).family.toUpperCase());
  d.t(`\n3. First name(s): `);
  d.l('PERSON', c.p.given);
  d.t(`\n4. Date of birth (day-month-year): `);
  const x = birthDate(r);
  d.l('DOB', `${pad(x.d, 2)}-${pad(x.m, 2)}-${x.y}`);
  d.t(`\n5. Place of birth: ${r.pick(NAME_CITIES)}\n7. Passport no.: ${fill(r, 'AA#######')} valid until ${otherDate(r, 'iso')}\n`);
  d.t(`19. Applicant's home address and e-mail: `);
  addr(d, r, c.cc, ', ');
  d.t(` / `);
  email(d, r, c.p);
  d.t(`\n    Telephone: `);
  phone(d, r, c.cc);
  d.t(`\n31. Inviting person: `);
  const host = ctx(r, r.pick(['de', 'fr', 'it', 'nl', 'es', 'uk']));
  name(d, host.p, 'commaCaps');
  d.t(`, `);
  addr(d, r, host.cc, ', ');
  d.t(`\nSubmitted from IP `);
  ip(d, r);
  d.t(`.`);
};

const policeReport: Gen = (d, r) => {
  const c = r.chance(0.5) ? usCtx(r) : ctx(r, r.pick(['uk', 'au', 'ie']));
  const suspect = person(r);
  d.t(`INCIDENT REPORT ${fill(r, '2#-######')}  Offense: ${r.pick(['Theft from vehicle', 'Criminal mischief', 'Identity theft', 'Burglary - residential'])}\n`);
  d.t(`Reporting officer: ${r.pick(['Ofc.', 'PC', 'Sgt.', 'Det.'])} `);
  name(d, person(r, c.cc === 'US' ? 'us' : 'uk'), r.pick<NameForm>(['init', 'family', 'full']));
  d.t(` #${r.int(100, 9999)}\nVictim: `);
  name(d, c.p, r.pick<NameForm>(['commaCaps', 'caps', 'full']));
  d.t(`   DOB: `);
  dob(d, r, c.lang);
  d.t(`\nVictim address: `);
  addr(d, r, c.cc, ', ');
  d.t(`   Phone: `);
  phone(d, r, c.cc);
  d.t(`\nNarrative: V states that at approx ${time(r)} an unknown male, later identified as `);
  name(d, suspect, r.pick<NameForm>(['full', 'caps']));
  d.t(` (DOB `);
  dob(d, r, c.lang);
  d.t(`), removed a ${r.pick(['laptop', 'catalytic converter', 'bicycle', 'wallet containing a card ending ' + r.digits(4)])}. `);
  if (c.cc === 'US' && r.chance(0.5)) {
    d.t(`V's SSN `);
    ssn(d, r);
    d.t(` was later used to open accounts. `);
  }
  d.t(`Weather at time: ${r.pick(SHIPS_STORMS.filter((s) => s.startsWith('Storm') || s.startsWith('Hurricane')))} remnants. Evidence tag ${fill(r, 'EV-#####')}.`);
};

// ---------------------------------------------------------------------------------------------------
// Positive templates, part 2: travel, services, life events, community.
// ---------------------------------------------------------------------------------------------------

const rideHailing: Gen = (d, r) => {
  const c = ctx(r);
  const driver = person(r, r.pick(['sw', 'ur', 'am', 'pt', 'ar', 'hi', 'ro', 'fil', 'yo']));
  d.t(`KwikRide support · trip ${uuid(r).slice(0, 13)}\n[${time(r)}] rider `);
  self(d, r, c.p, r.pick<NameForm>(['full', 'given', 'lower']));
  d.t(`: my driver `);
  name(d, driver, 'given');
  d.t(r.pick([' took a weird route 😤', ' was great actually ⭐⭐⭐⭐⭐', ' cancelled after 20 min', ' has my umbrella ☂️']));
  d.t(`\n[${time(r)}] agent `);
  name(d, person(r), 'given');
  d.t(`: Sorry! Pickup was `);
  addr(d, r, c.cc, ', ');
  d.t(`, drop-off near ${r.pick(PERSON_PLACES)}. I'll refund ${money(r)} to the card `);
  if (r.chance(0.75)) card(d, r);
  else d.t(`ending ${r.digits(4)}`);
  d.t(`.\n[${time(r)}] rider: thanks. if ${driver.given} finds it call me `);
  phone(d, r, c.cc);
  d.t(`\n[fraud-svc] login from `);
  ipPort(d, r);
  d.t(` device ${version(r)} risk=${(r.next()).toFixed(2)}`);
};

const foodDelivery: Gen = (d, r) => {
  const c = ctx(r);
  const courier = person(r, r.pick(['pt', 'ur', 'bn', 'ro', 'es', 'ar', 'sw', 'fil']));
  d.t(`FoodRun order ${orderNo(r)} — ${r.pick(['Pad thai x2', 'Margherita + tiramisu', 'Jollof bowl', 'Pho tái'])} from ${r.pick(["Wendy's", "McDonald's", 'Tim Hortons', 'Mama Wong Kitchen'])}\n`);
  d.t(`Deliver to: `);
  name(d, c.p, r.pick<NameForm>(['full', 'given', 'init']));
  d.t(`, `);
  addr(d, r, c.cc, ', ');
  d.t(`\nNote for courier: ${r.pick(['buzzer broken, call ', 'leave w/ concierge or ring ', 'dog is friendly (her name is ' + r.pick(PETS) + ') — call ', 'gate code 4471#, or '])}`);
  phone(d, r, c.cc);
  d.t(`\nCourier `);
  name(d, courier, r.pick<NameForm>(['given', 'init', 'full']));
  d.t(r.pick([' is on the way 🛵', ' picked up your order 🍜', ' is 3 min away 📍']));
  if (r.chance(0.4)) {
    d.t(`\nTip ${money(r)} charged to `);
    card(d, r);
  }
  d.t(`\nChat: "hi ${courier.given.split(' ')[0] ?? ''} it's flat ${r.int(1, 40)} not ${r.int(41, 90)} 🙏" — receipt to `);
  email(d, r, c.p);
};

const airlineDisruption: Gen = (d, r) => {
  const c = ctx(r);
  let companion = person(r, c.p.origin);
  if (companion.given === c.p.given) companion = person(r);
  d.t(`Skylark Air virtual assistant · PNR ${fill(r, 'AAAAAA')}\nPassengers: `);
  d.l('PERSON', `${c.p.family.toUpperCase().replace(/ /g, '')}/${c.p.given.toUpperCase().replace(/ /g, '')}`);
  d.t(r.pick([' MR', ' MS', ' MRS', ' DR', '']));
  d.t(`, `);
  d.l('PERSON', `${companion.family.toUpperCase().replace(/ /g, '')}/${companion.given.toUpperCase().replace(/ /g, '')}`);
  d.t(r.pick([' MSTR', ' MISS', ' MR']));
  if (r.chance(0.5)) {
    d.t(` (INF, DOB `);
    const x = { ...birthDate(r), y: r.int(2023, 2025) };
    d.l('DOB', `${pad(x.d, 2)}${(MONTHS.enShort?.[x.m - 1] ?? 'JAN').toUpperCase()}${String(x.y).slice(2)}`);
    d.t(`)`);
  }
  d.t(`\nFlight ${fill(r, 'SK ###')} ${r.pick(NAME_CITIES)}–${r.pick(NAME_CITIES)} cancelled (${r.pick(SHIPS_STORMS.filter((s) => !s.includes('M')))}).\nUser: I need to get home for my mum's funeral. Rebook us please, contact `);
  email(d, r, c.p);
  d.t(` or `);
  phone(d, r, c.cc);
  d.t(`\nAssistant: Rebooked on ${fill(r, 'SK ###')} tomorrow ${time(r)}. A change fee of ${money(r)} applies`);
  if (r.chance(0.8)) {
    d.t(` — charge to `);
    card(d, r);
    d.t(`?`);
  } else d.t(`, waived.`);
  d.t(`\nUser: ok. EU261 compensation to my account `);
  iban(d, r, r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'SE', 'IE', 'PT', 'BE', 'AT']));
};

const hotelFolio: Gen = (d, r) => {
  const c = ctx(r);
  d.t(`HARBOURVIEW HOTELS — GUEST FOLIO   Conf. ${r.digits(9)}   Room ${r.int(101, 1920)}\nGuest: `);
  name(d, c.p, r.pick<NameForm>(['commaCaps', 'full', 'caps']));
  d.t(`\n`);
  addr(d, r, c.cc, '\n');
  d.t(`\nTel `);
  phone(d, r, c.cc);
  d.t(`   Loyalty #${r.digits(10)}\nArr ${otherDate(r, c.lang)}  Dep ${otherDate(r, c.lang)}\n`);
  for (let i = 0; i < r.int(2, 4); i++) d.t(`${otherDate(r, c.lang)}  ${r.pick(['Room charge', 'Minibar', 'Spa — Heimlich-certified lifeguard pool', 'Room service', 'City tax'])}  ${money(r)}\n`);
  d.t(`Payment: ${r.pick(['VISA', 'MC', 'AMEX', 'JCB'])} `);
  card(d, r);
  d.t(`  auth ${fill(r, 'A#####')}`);
  if (r.chance(0.35)) {
    d.t(`\nDeposit refund requested to IBAN `);
    iban(d, r);
  }
  d.t(`\nFolio e-mailed to `);
  email(d, r, c.p);
};

const carRental: Gen = (d, r) => {
  const c = ctx(r);
  const add = person(r);
  d.t(`RENTAL AGREEMENT RA ${r.digits(9)} — ${r.pick(['Toyota Corolla or similar', 'VW Golf', 'Kia Sportage', 'Tesla Model 3'])}\nMain driver: `);
  self(d, r, c.p, r.pick<NameForm>(['full', 'caps']));
  d.t(`  Date of birth: `);
  dob(d, r, c.lang);
  d.t(`  Licence ${fill(r, 'AAAAA######AA#AA')}\nAdditional driver: `);
  name(d, add, r.pick<NameForm>(['full', 'init']));
  d.t(`  born `);
  dob(d, r, c.lang);
  d.t(`\nHome address: `);
  addr(d, r, c.cc, ', ');
  d.t(`\nPick-up: ${r.pick(PERSON_PLACES)} desk, ${otherDate(r, c.lang)} ${time(r)}. Fuel full→full. Mileage ${r.int(1000, 90000)} km.\nPre-auth on `);
  card(d, r);
  d.t(` for ${money(r)}.`);
  if (c.cc === 'US' || r.chance(0.2)) {
    d.t(` Loss-damage waiver credit check, SSN `);
    ssn(d, r);
    d.t('.');
  }
  d.t(` Roadside: `);
  phone(d, r, c.cc);
};

const weddingPlanning: Gen = (d, r) => {
  const a = ctx(r);
  const b = person(r);
  d.t(`Wedding planner notes — `);
  name(d, a.p, 'given');
  d.t(` & `);
  name(d, b, 'given');
  d.t(` (${otherDate(r, a.lang)})\nVenue: ${r.pick(['The Old Rectory', 'Villa Aurelia', 'Carnegie Hall terrace', 'Quinta da Regaleira annex'])}, `);
  addr(d, r, a.cc, ', ');
  d.t(`\nGuests (RSVP yes):\n`);
  for (let i = 0; i < r.int(3, 6); i++) {
    const g = person(r, r.chance(0.4) ? 'us' : undefined);
    d.t(`  - `);
    name(d, g, r.chance(0.5) ? anyForm(r) : r.pick<NameForm>(['full', 'init', 'given']));
    d.t(r.pick([' +1', '', ' (vegan)', ' — table 4', ' (kids: 2)']));
    d.t('\n');
  }
  d.t(`Florist `);
  name(d, person(r), 'given');
  d.t(` at ${r.pick(['Rose & Thorn', 'Summer Blooms', 'Hazel & Ivy Florals'])}: `);
  phone(d, r, a.cc);
  d.t(`\nDeposit for the band sent to `);
  iban(d, r);
  if (r.chance(0.5)) {
    d.t(`; cake deposit on `);
    card(d, r);
  }
  d.t(`; photographer invoice to `);
  email(d, r, a.p);
};

const funeralHome: Gen = (d, r) => {
  const dec = ctx(r);
  const kin = person(r, dec.p.origin);
  d.t(`Holloway & Sons Funeral Home — arrangement record\nDeceased: `);
  name(d, dec.p, r.pick<NameForm>(['full', 'middle', 'caps']));
  d.t(`\nBorn: `);
  dob(d, r, dec.lang);
  d.t(`   Died: ${otherDate(r, dec.lang)}\nLast residence: `);
  addr(d, r, dec.cc, ', ');
  d.t(`\nInformant / next of kin: `);
  self(d, r, kin);
  d.t(` (${r.pick(['daughter', 'son', 'widow', 'nephew', 'sister'])}), `);
  phone(d, r, dec.cc);
  d.t(`, `);
  email(d, r, kin);
  d.t(`\nService at ${r.pick(['St. Mary\'s Church', 'the Lincoln Center chapel', 'Kensal Green crematorium'])}; hymn "${r.pick(['Abide with Me', 'Amazing Grace', 'How Great Thou Art'])}". In lieu of flowers, donations for ${r.pick(DISEASES)} research.\n`);
  d.t(`Payment: `);
  if (r.chance(0.5)) card(d, r);
  else iban(d, r);
};

const schoolAdmissions: Gen = (d, r) => {
  const fr = r.chance(0.5);
  const child = ctx(r, fr ? r.pick(['fr', 'ar', 'pt', 'vi', 'sw']) : r.pick(['uk', 'us', 'hi', 'yo', 'zh', 'pl']));
  const parent = person(r, child.p.origin);
  if (fr) {
    d.t(`Dossier d'inscription — École Jules Ferry (rentrée ${r.int(2024, 2026)})\nNom de l'élève : `);
    d.l('PERSON', child.p.family.toUpperCase());
    d.t(`   Prénom : `);
    d.l('PERSON', child.p.given);
    d.t(`\n${r.pick(['Né', 'Née'])} le `);
    const x = birthDate(r);
    d.l('DOB', fmtDate(r, 'fr', { ...x, y: r.int(2012, 2020) }));
    d.t(` à ${r.pick(['Lyon', 'Florence', 'Dakar', 'Victoria'])}\nResponsable légal : `);
    d.t(r.pick(['Mme ', 'M. ', '']));
    self(d, r, parent);
    d.t(`\nAdresse : `);
    addr(d, r, 'FR', ', ');
    d.t(`\nTél. portable : `);
    phone(d, r, 'FR');
    d.t(`   Courriel : `);
    email(d, r, parent);
    d.t(`\nAllergies : ${r.pick(['aucune', 'arachides', 'lactose'])}. Cantine : oui. N° INE ${r.digits(10)}${fill(r, 'AA')}.`);
  } else {
    d.t(`Admissions enquiry — ${r.pick(["St Mary's", 'Oakwood Academy', 'Lincoln Elementary'])}\nChild: `);
    name(d, child.p);
    d.t(`, DOB `);
    const x = birthDate(r);
    d.l('DOB', fmtDate(r, child.lang === 'us' ? 'us' : 'en', { ...x, y: r.int(2012, 2021) }));
    d.t(`, entering Year ${r.int(1, 9)}\nParent/guardian: `);
    self(d, r, parent);
    d.t(` — `);
    phone(d, r, child.cc);
    d.t(`, `);
    email(d, r, parent);
    d.t(`\nHome: `);
    addr(d, r, child.cc, ', ');
    d.t(`\nSibling already at school: `);
    name(d, person(r, child.p.origin), 'given');
    d.t(` (Year ${r.int(2, 11)}). Has ${r.pick(['Down syndrome support needs', 'no SEN', 'a Tourette syndrome care plan'])}.`);
  }
};

const transcript: Gen = (d, r) => {
  const c = ctx(r);
  d.t(`OFFICIAL TRANSCRIPT — University of ${r.pick(['Florence', 'Victoria', 'Adelaide', 'Lafayette'])}\nStudent: `);
  name(d, c.p, r.pick<NameForm>(['commaCaps', 'comma', 'caps']));
  d.t(`   ID ${r.digits(8)}   Date of Birth: `);
  dob(d, r, c.lang);
  d.t(`\n`);
  for (let i = 0; i < r.int(3, 5); i++) {
    d.t(`${fill(r, 'AAA ###')}  ${r.pick(['Newtonian Mechanics', 'Keynesian Economics', 'Shakespeare and Performance', 'Boolean Logic', 'Euclidean Geometry', 'Marxist Theory'])}  ${r.pick(['A', 'A-', 'B+', 'B', 'P'])}  ${r.int(2, 6)}.0\n`);
  }
  d.t(`Advisor: Prof. `);
  name(d, person(r), r.pick<NameForm>(['family', 'full']));
  d.t(`. Honours: Dean's List; ${r.pick(['Fulbright', 'Rhodes', 'Marshall', 'Erasmus'])} scholar. Mailing address: `);
  addr(d, r, c.cc, ', ');
};

const sportsClub: Gen = (d, r) => {
  const nl = r.chance(0.5);
  const c = ctx(r, nl ? r.pick(['nl', 'tr', 'ar', 'pl']) : r.pick(['it', 'ro', 'sw', 'es']));
  if (nl) {
    d.t(`Aanmeldformulier Voetbalvereniging DOS — seizoen ${r.int(2024, 2026)}\nNaam: `);
    self(d, r, c.p);
    d.t(`\nGeboortedatum: `);
    dob(d, r, 'nl');
    d.t(`\nAdres: `);
    addr(d, r, 'NL', ', ');
    d.t(`\nTelefoon: `);
    phone(d, r, 'NL');
    d.t(`   E-mail: `);
    email(d, r, c.p);
    d.t(`\nMachtiging SEPA: contributie ${money(r)} per kwartaal van rekening `);
    iban(d, r, 'NL');
    d.t(`\nTrainer: `);
    name(d, person(r, 'nl'), 'full');
  } else {
    d.t(`FitLab Milano — check-in kiosk log\n`);
    for (let i = 0; i < r.int(3, 5); i++) {
      const m = person(r, r.pick(['it', 'it', 'ro', 'es', 'sw', 'fr']));
      d.t(`${otherDate(r, 'iso')} ${time(r)} badge ${r.digits(6)} `);
      name(d, m, r.pick<NameForm>(['full', 'caps', 'comma']));
      d.t(` kiosk `);
      ip(d, r, false);
      d.t(r.pick([' OK', ' OK', ' DENIED (abbonamento scaduto)', ' OK — PT session']));
      d.t('\n');
    }
    d.t(`Rinnovo: `);
    name(d, c.p, 'full');
    d.t(`, nata/o il `);
    dob(d, r, 'it');
    d.t(`, RID su `);
    iban(d, r, 'IT');
    d.t(`, cell `);
    phone(d, r, 'IT');
  }
};

const donorList: Gen = (d, r) => {
  d.t(`${r.pick(["St. Brigid's Parish", 'GiveWell Food Bank', 'Kenyatta Avenue Mosque Trust', 'Temple Beth El'])} — donor acknowledgements (${otherDate(r)})\n`);
  for (let i = 0; i < r.int(4, 7); i++) {
    if (r.chance(0.2)) {
      d.t(`${r.pick(BRANDS)} Foundation — ${money(r)} (matching gift)\n`);
      continue;
    }
    const p = person(r);
    name(d, p, r.pick<NameForm>(['comma', 'comma', 'full', 'commaCaps']));
    d.t(r.chance(0.3) ? ` & ` : '');
    if (d.text.endsWith(' & ')) name(d, person(r, p.origin), 'given');
    d.t(` — ${money(r)}`);
    if (r.chance(0.4)) {
      d.t(` — `);
      email(d, r, p);
    }
    if (r.chance(0.2)) d.t(` (in memory of ${r.pick(PETS)}, beloved dog)`);
    d.t('\n');
  }
  d.t(`Gift Aid forms to `);
  roleEmail(d, r);
  d.t(`. Standing orders: `);
  iban(d, r, r.pick(['GB', 'IE']));
};

const alumniNews: Gen = (d, r) => {
  d.t(`CLASS NOTES — ${r.pick(['Spring', 'Autumn'])} ${r.int(2023, 2025)}\n\n`);
  for (let i = 0; i < r.int(2, 4); i++) {
    const a = person(r);
    const yr = r.int(1965, 2015);
    name(d, a, r.pick<NameForm>(['full', 'middle']));
    d.t(` '${String(yr).slice(2)} ${r.pick(['married ', 'welcomed a daughter with partner ', 'was promoted alongside ', 'ran the Boston Marathon with '])}`);
    name(d, person(r), 'full');
    d.t(`. ${r.pick(['Write to ', 'Reach out at ', 'Say hi: '])}`);
    email(d, r, a);
    d.t(`\n`);
  }
  d.t(`In memoriam: `);
  name(d, person(r), 'full');
  d.t(` (born `);
  dob(d, r, 'us');
  d.t(`), Nobel Prize-nominated chemist. Send condolences c/o the alumni office, `);
  addr(d, r, r.pick(['US', 'GB']), ', ');
};

const crowdfunding: Gen = (d, r) => {
  const ben = ctx(r);
  const org = person(r, ben.p.origin);
  d.t(`💛 Help `);
  name(d, ben.p, 'given');
  d.t(` get back on her feet 💛\nOrganised by `);
  self(d, r, org);
  d.t(` in ${r.pick(NAME_CITIES)}\n\n`);
  name(d, ben.p, 'full');
  d.t(` lost her home in ${r.pick(['Hurricane Helene', 'Storm Daniel', 'Cyclone Idai', 'the Marshall fire'])}. Everything raised goes straight to her. `);
  d.t(r.pick(['Bank transfer: ', 'If GoFundMe fees bother you, IBAN: ']));
  iban(d, r);
  d.t(` (account holder `);
  name(d, ben.p, 'caps');
  d.t(`). Questions → `);
  email(d, r, org);
  d.t(` or WhatsApp `);
  phone(d, r, ben.cc);
  d.t(`\nUpdate ${otherDate(r)}: ${r.pick(PETS)} the cat was found safe! 🐱`);
};

// ---------------------------------------------------------------------------------------------------
// Positive templates, part 3: work, developer tools, structured exports, messaging.
// ---------------------------------------------------------------------------------------------------

const cv: Gen = (d, r) => {
  const c = ctx(r);
  const eu = ['DE', 'AT', 'CH', 'FR', 'IT', 'ES', 'PL', 'CZ', 'HU', 'RO', 'GR', 'TR', 'PT', 'BR'].includes(c.cc);
  self(d, r, c.p, r.pick<NameForm>(['caps', 'full', 'caps']));
  d.t(`\n${r.pick(['Senior Data Engineer', 'Registered Nurse (RN)', 'Chef de partie', 'Full-stack developer', 'Logistics coordinator'])}\n`);
  addr(d, r, c.cc, ', ');
  d.t(` · `);
  phone(d, r, c.cc);
  d.t(` · `);
  email(d, r, c.p);
  if (eu || r.chance(0.2)) {
    d.t(`\n${r.pick(['Geburtsdatum', 'Date de naissance', 'Data di nascita', 'Date of birth', 'Doğum tarihi', 'Data urodzenia'])}: `);
    dob(d, r, c.lang);
    d.t(` · ${r.pick(['verheiratet', 'célibataire', 'nationality: ' + r.pick(['Polish', 'Brazilian', 'Turkish'])])}`);
  }
  d.t(`\n\nEXPERIENCE\n${r.int(2015, 2021)}–present  ${r.pick(BRANDS)} — migrated ${r.int(20, 400)} services to ${version(r)}; mentored `);
  name(d, person(r), 'full');
  d.t(` and ${r.int(2, 9)} others.\n${r.int(2008, 2014)}–${r.int(2015, 2020)}  ${r.pick(['Johnson & Johnson', 'Siemens', 'Philips', 'Carl Zeiss'])}\n\nREFERENCES\n`);
  const ref = person(r);
  name(d, ref, r.pick<NameForm>(['full', 'middle']));
  d.t(`, ${r.pick(['Head of Engineering', 'Ward Manager', 'Executive Chef'])} — `);
  email(d, r, ref, true);
  d.t(` — `);
  phone(d, r, c.cc);
};

const linkedin: Gen = (d, r) => {
  const cand = ctx(r);
  const rec = person(r);
  d.t(`LinkedIn · InMail\nFrom: `);
  name(d, rec, r.pick<NameForm>(['full', 'full', 'middle']));
  d.t(` (Talent Partner at ${r.pick(BRANDS)})\n\nHi `);
  self(d, r, cand.p, 'given');
  d.t(r.pick([' 👋', ',', '!']));
  d.t(` Your profile came up for a ${r.pick(['Staff SRE', 'Product Designer', 'Data Scientist'])} role in ${r.pick(NAME_CITIES)}. `);
  name(d, person(r), 'given');
  d.t(` from my team (you two overlapped at ${r.pick(['Goldman Sachs', 'Philips', 'Ferrari'])}) said you'd be perfect. Could we chat? My direct line is `);
  phone(d, r, cand.cc);
  d.t(` or `);
  email(d, r, rec, true);
  d.t(`\n\nReply from `);
  name(d, cand.p, 'full');
  d.t(`: Thanks! I'm free ${otherDate(r)} after ${time(r)}. Best: `);
  phone(d, r, cand.cc);
};

const slackExport: Gen = (d, r) => {
  const a = person(r);
  const b = person(r);
  const handle = (p: Person): string => `@${p.handle[0]}.${p.handle[1].slice(0, 3)}`;
  d.t(`#incident-${r.int(100, 999)} (export ${otherDate(r, 'iso')})\n`);
  d.t(`[${time(r)}] ${handle(a)}: ${handle(b)} can you check why `);
  ip(d, r);
  d.t(` is hammering /login? ~${r.int(2, 90)}k req/min\n[${time(r)}] ${handle(b)}: looks like a scraper. it also hit from `);
  ipPort(d, r);
  d.t(`\n[${time(r)}] ${handle(b)}: blocked. fyi the complaint came from `);
  name(d, person(r), r.pick<NameForm>(['full', 'given']));
  d.t(` at a customer, `);
  email(d, r, person(r), true);
  d.t(`\n[${time(r)}] ${handle(a)}: ty `);
  name(d, b, 'given');
  d.t(`! cc @oncall @sre-leads — postmortem owner: `);
  name(d, a, 'full');
  d.t(`\n[${time(r)}] @statusbot: ${version(r)} deployed`);
};

const githubIssue: Gen = (d, r) => {
  const a = person(r);
  const b = person(r);
  d.t(`### Bug: webhook retries ignore backoff (#${r.int(100, 9999)})\n\n**Environment**: ${version(r)}, ${version(r)}\n\n\`\`\`\n`);
  for (let i = 0; i < r.int(2, 4); i++) {
    d.t(`${isoStamp(r)} WARN retry ${i + 1}/5 POST https://hooks.example.com/${uuid(r)} from `);
    ip(d, r);
    d.t(` status=${r.pick([502, 503, 429])}\n`);
  }
  d.t(`\`\`\`\n\n@${a.handle[0]}${r.int(1, 99)} I think this regressed in ${gitSha(r)}. /cc @${b.handle[1]}-dev\n\n---\n`);
  d.t(`commit ${gitSha(r, 40)}\nAuthor: `);
  name(d, a, 'full');
  d.t(` <`);
  email(d, r, a);
  d.t(`>\nDate:   ${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${r.pick(MONTHS.enShort ?? ['Jan'])} ${r.int(1, 28)} ${time(r)}:${pad(r.int(0, 59), 2)} ${r.int(2023, 2025)} +0${r.int(0, 9)}00\n\n    fix(retry): honour Retry-After\n\n    Co-authored-by: `);
  name(d, b, 'full');
  d.t(` <`);
  email(d, r, b);
  d.t(`>\n    Signed-off-by: `);
  name(d, a, 'full');
  d.t(` <`);
  email(d, r, a);
  d.t(`>`);
};

const crmCsv: Gen = (d, r) => {
  d.t(`Id,FirstName,LastName,Email,Phone,MailingAddress,Birthdate,LeadSource,Owner\n`);
  for (let i = 0; i < r.int(2, 4); i++) {
    const c = ctx(r);
    d.t(`00Q${fill(r, 'A#A#A#A#A#A#')},`);
    d.l('PERSON', c.p.given);
    d.t(',');
    d.l('PERSON', c.p.family);
    d.t(',');
    email(d, r, c.p);
    d.t(',');
    if (r.chance(0.85)) phone(d, r, c.cc);
    d.t(',"');
    addr(d, r, c.cc, ', ');
    d.t('",');
    if (r.chance(0.6)) d.l('DOB', fmtDate(r, 'iso', birthDate(r)));
    d.t(`,${r.pick(['Web', 'Trade Show', 'Partner Referral', 'Cold Call'])},`);
    d.t(r.pick(['api-integration', 'unassigned', 'queue:EMEA']));
    d.t('\n');
  }
  d.t(`# exported by hubspot-sync ${version(r)} at ${isoStamp(r)}`);
};

const icsInvite: Gen = (d, r) => {
  const org = person(r);
  d.t(`BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Contoso//Calendar ${version(r)}//EN\nBEGIN:VEVENT\nUID:${uuid(r)}\nDTSTART:${r.int(2024, 2026)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}T${pad(r.int(7, 18), 2)}0000Z\n`);
  d.t(`SUMMARY:${r.pick(['Mortgage review', 'Quarterly planning', 'Parent-teacher meeting', 'Interview loop'])}\nORGANIZER;CN=`);
  name(d, org, 'full');
  d.t(`:mailto:`);
  email(d, r, org, true);
  d.t('\n');
  for (let i = 0; i < r.int(1, 3); i++) {
    const p = person(r);
    d.t(`ATTENDEE;CN=`);
    name(d, p, r.pick<NameForm>(['full', 'full', 'init']));
    d.t(`;ROLE=REQ-PARTICIPANT;PARTSTAT=${r.pick(['ACCEPTED', 'NEEDS-ACTION', 'TENTATIVE'])}:mailto:`);
    email(d, r, p, r.chance(0.5));
    d.t('\n');
  }
  d.t(`LOCATION:`);
  if (r.chance(0.6)) addr(d, r, r.pick(['US', 'GB', 'DE', 'NL']), '\\, ');
  else d.t(`Teams meeting / ${r.pick(PERSON_PLACES)} room 4.12`);
  d.t(`\nDESCRIPTION:Dial-in `);
  phone(d, r, r.pick(['US', 'GB', 'DE']));
  d.t(`\\, PIN ${r.digits(6)}#\nEND:VEVENT\nEND:VCALENDAR`);
};

const vcard: Gen = (d, r) => {
  const c = ctx(r);
  d.t(`BEGIN:VCARD\nVERSION:3.0\nN:`);
  d.l('PERSON', c.p.family);
  d.t(';');
  d.l('PERSON', c.p.given);
  d.t(`;;;\nFN:`);
  name(d, c.p, 'full');
  d.t(`\nORG:${r.pick(BRANDS)}\nTEL;TYPE=CELL:`);
  phone(d, r, c.cc);
  d.t(`\nEMAIL;TYPE=INTERNET:`);
  email(d, r, c.p);
  d.t(`\nADR;TYPE=HOME:;;`);
  addr(d, r, c.cc, ';');
  if (r.chance(0.5)) {
    d.t(`\nBDAY:`);
    d.l('DOB', fmtDate(r, 'iso', birthDate(r)));
  }
  d.t(`\nNOTE:met at ${r.pick(PERSON_PLACES)}; dog ${r.pick(PETS)}\nEND:VCARD`);
};

const emailHeaders: Gen = (d, r) => {
  const from = ctx(r);
  const to = person(r);
  const cc = person(r);
  d.t(`Received: from mail-${r.pick(['ej1', 'wr1', 'pl1'])}-f${r.int(40, 99)}.google.com (`);
  ip(d, r, false);
  d.t(`)\n        by mx.contoso.com with ESMTPS id ${gitSha(r, 12)}; ${isoStamp(r)}\nX-Originating-IP: [`);
  ip(d, r);
  d.t(`]\nFrom: "`);
  name(d, from.p, r.pick<NameForm>(['full', 'comma']));
  d.t(`" <`);
  email(d, r, from.p);
  d.t(`>\nTo: `);
  name(d, to, 'full');
  d.t(` <`);
  email(d, r, to, true);
  d.t(`>\nCc: `);
  name(d, cc, r.pick<NameForm>(['full', 'caps']));
  d.t(` <`);
  email(d, r, cc, true);
  d.t(`>, `);
  roleEmail(d, r);
  d.t(`\nMessage-ID: <${uuid(r)}@mail.gmail.com>\nSubject: Re: ${r.pick(['invoice', 'your application', 'lease renewal', 'claim update'])} ${orderNo(r)}\n\nHi `);
  name(d, to, 'given');
  d.t(`,\n\nPlease find the signed form attached.\n\n-- \n`);
  self(d, r, from.p, 'full');
  d.t(`\n`);
  phone(d, r, from.cc);
  d.t(r.chance(0.5) ? ` ext. ${r.int(100, 9999)}` : '');
  d.t(`\nSent from my iPhone`);
};

const chatTranscript: Gen = (d, r) => {
  const c = ctx(r);
  const agent = person(r);
  d.t(`session_user="`);
  const known = name(d, c.p, 'full');
  d.known.push(known);
  d.t(`" channel=web locale=${c.lang}\n`);
  d.t(`${time(r)} ${agent.given} (support): Hi ${c.p.given.split(' ')[0] ?? ''}, how can I help?\n`);
  d.t(`${time(r)} customer: I moved, new address is `);
  addr(d, r, c.cc, ', ');
  d.t(`\n${time(r)} ${agent.given} (support): Updated. Can you confirm your date of birth for security?\n${time(r)} customer: `);
  dob(d, r, c.lang);
  d.t(`\n${time(r)} customer: also my partner `);
  name(d, person(r), 'full');
  d.t(` should be on the account`);
  if ((c.cc === 'US' || c.cc === 'CA') && r.chance(0.8)) {
    d.t(`, her SSN is `);
    ssn(d, r);
  }
  d.t(`\n${time(r)} ${agent.given} (support): I can't add them over chat — they need to call `);
  phone(d, r, c.cc);
  d.t(`. Your ticket is ${orderNo(r)}.`);
};

const voicemail: Gen = (d, r) => {
  const c = r.chance(0.6) ? usCtx(r) : ctx(r, r.pick(['uk', 'au', 'ie', 'hi', 'yo']));
  d.t(`Voicemail (${r.int(0, 2)}:${pad(r.int(5, 59), 2)}) from `);
  phone(d, r, c.cc);
  d.t(` — transcription (low confidence):\n"hi um this is `);
  name(d, c.p, r.pick<NameForm>(['lower', 'lower', 'given']));
  d.t(r.pick([' calling about the ', ' uh following up on my ', ' from the ']));
  d.t(r.pick(['refill', 'loan paperwork', 'apartment viewing', 'claim']));
  d.t(`. you can reach me on `);
  spokenPhone(d, r);
  d.t(` or email `);
  spokenEmail(d, r, c.p);
  d.t(`. oh and my date of birth is `);
  const x = birthDate(r);
  d.l('DOB', r.pick([`${(MONTHS.en?.[x.m - 1] ?? 'may').toLowerCase()} ${x.d} ${x.y}`, `the ${ord(x.d)} of ${(MONTHS.en?.[x.m - 1] ?? 'may').toLowerCase()} ${x.y}`]));
  d.t(` if you need it. thanks bye"`);
};

const ocrForm: Gen = (d, r) => {
  const c = usCtx(r);
  const br = (s: string): string => {
    const i = s.indexOf(' ', Math.floor(s.length / 2));
    return i > 0 ? `${s.slice(0, i)}\n${s.slice(i + 1)}` : s;
  };
  d.t(`[OCR page 1/2, conf 0.${r.int(61, 93)}]\nAPPLICANT  INFORMATlON  |  P1ease print\nN a m e:  `);
  name(d, c.p, 'caps');
  d.t(`    D.O.B. `);
  const x = birthDate(r);
  d.l('DOB', `${pad(x.m, 2)} / ${pad(x.d, 2)} / ${x.y}`);
  d.t(`\nS.S.N.  `);
  ssn(d, r);
  d.t(`\nHome Addr:  `);
  d.l('ADDRESS', br(addrLines(r, 'US').join(' ')));
  d.t(`\nPhone ( day ):  `);
  const ph = fill(r, '(N##) N##-####');
  d.l('PHONE', r.chance(0.5) ? `${ph.slice(0, 10)}\n${ph.slice(10)}` : ph);
  d.t(`\nCard # (for fee):  `);
  card(d, r);
  d.t(`\nBank acct (int'l):  `);
  const ib = ibanPrint(r, ibanCompact(r));
  d.l('IBAN', ib.includes(' ') ? ib.replace(/ (?=\S+ \S+$)/, '\n') : ib);
  d.t(`\n| | |  Signature: ____  Date: ${otherDate(r)}  Form ${fill(r, 'AAA-###')} rev ${version(r)}`);
};

const sms: Gen = (d, r) => {
  const c = ctx(r);
  const f = person(r, c.p.origin);
  d.t(`📱 ${r.pick(['Messages', 'WhatsApp', 'Signal', 'Viber'])} export\n`);
  d.t(`[${time(r)}] `);
  name(d, f, 'given');
  d.t(`: heyyy 😘 did u get the bday invite for `);
  name(d, person(r, c.p.origin), 'given');
  d.t(r.pick(['?? 🎂🎉', '? 🥳', ' 🎈']));
  d.t(`\n[${time(r)}] me: yes!! send me ur address again pls\n[${time(r)}] `);
  name(d, f, 'given');
  d.t(`: `);
  addr(d, r, c.cc, ', ');
  d.t(` 🏠 ring `);
  phone(d, r, c.cc);
  d.t(` when ur outside\n[${time(r)}] me: ok 👍 btw ${r.pick(PETS)} says hi 🐶 also venmo/iban? `);
  d.t(`\n[${time(r)}] `);
  name(d, f, 'given');
  d.t(`: `);
  if (r.chance(0.6)) iban(d, r);
  else email(d, r, f);
  d.t(` ❤️`);
};

// ---------------------------------------------------------------------------------------------------
// Positive templates, part 4: short intake forms and messages in many languages.
// ---------------------------------------------------------------------------------------------------

interface Lang {
  readonly origin: string;
  readonly cc: string;
  readonly date: string;
  readonly title: string;
  readonly name: string;
  readonly dob: string;
  readonly tel: string;
  readonly mail: string;
  readonly addr: string;
  readonly bank?: string;
  readonly hello: string;
  readonly honor?: readonly [string, string];
}

const LANGS: readonly Lang[] = [
  { origin: 'es', cc: 'ES', date: 'es', title: 'Solicitud de cita — Clínica Sol', name: 'Nombre y apellidos', dob: 'Fecha de nacimiento', tel: 'Teléfono', mail: 'Correo electrónico', addr: 'Domicilio', bank: 'Cuenta (IBAN)', hello: 'Hola, necesito cambiar mi cita, soy', honor: ['Sra. ', ''] },
  { origin: 'mx', cc: 'MX', date: 'es', title: 'Registro de paciente', name: 'Nombre completo', dob: 'Fecha de nac.', tel: 'Celular', mail: 'Correo', addr: 'Dirección', hello: 'Buenas tardes, les escribe', honor: ['Sr. ', ''] },
  { origin: 'pt', cc: 'BR', date: 'pt', title: 'Cadastro de cliente — financiamento', name: 'Nome', dob: 'Data de nascimento', tel: 'Telefone', mail: 'E-mail', addr: 'Endereço', hello: 'Oi, aqui é', honor: ['Sra. ', ''] },
  { origin: 'pt', cc: 'PT', date: 'pt', title: 'Ficha de inscrição — ginásio', name: 'Nome completo', dob: 'Nascido em', tel: 'Telemóvel', mail: 'Email', addr: 'Morada', bank: 'IBAN para débito direto', hello: 'Bom dia, fala' },
  { origin: 'fr', cc: 'FR', date: 'fr', title: 'Formulaire de téléconsultation', name: 'Nom, prénom', dob: 'Date de naissance', tel: 'Téléphone', mail: 'Adresse e-mail', addr: 'Adresse postale', bank: 'RIB / IBAN', hello: 'Bonjour, je suis', honor: ['M. ', ''] },
  { origin: 'de', cc: 'DE', date: 'de', title: 'Anmeldung Arztpraxis', name: 'Name', dob: 'geb.', tel: 'Telefon', mail: 'E-Mail', addr: 'Anschrift', bank: 'Bankverbindung', hello: 'Guten Tag, hier ist', honor: ['Frau ', ''] },
  { origin: 'it', cc: 'IT', date: 'it', title: 'Modulo di iscrizione', name: 'Cognome e nome', dob: 'Data di nascita', tel: 'Cellulare', mail: 'Email', addr: 'Indirizzo di residenza', bank: 'IBAN', hello: 'Buongiorno, sono', honor: ['Sig.ra ', ''] },
  { origin: 'nl', cc: 'NL', date: 'nl', title: 'Inschrijving huisartsenpraktijk', name: 'Naam', dob: 'Geboortedatum', tel: 'Telefoonnummer', mail: 'E-mailadres', addr: 'Adres', bank: 'Rekeningnummer', hello: 'Goedemiddag, u spreekt met', honor: ['mevrouw ', ''] },
  { origin: 'sv', cc: 'SE', date: 'sv', title: 'Bokning — vårdcentral', name: 'Namn', dob: 'Född', tel: 'Mobil', mail: 'E-post', addr: 'Adress', bank: 'Konto (IBAN)', hello: 'Hej, det är' },
  { origin: 'no', cc: 'NO', date: 'xx', title: 'Innmelding idrettslag', name: 'Navn', dob: 'Fødselsdato', tel: 'Mobil', mail: 'E-post', addr: 'Adresse', bank: 'Kontonummer (IBAN)', hello: 'Hei, dette er' },
  { origin: 'da', cc: 'DK', date: 'xx', title: 'Tilmelding — tandlæge', name: 'Navn', dob: 'Fødselsdato', tel: 'Tlf.', mail: 'E-mail', addr: 'Adresse', bank: 'IBAN', hello: 'Hej, mit navn er' },
  { origin: 'fi', cc: 'FI', date: 'xx', title: 'Ajanvaraus', name: 'Nimi', dob: 'Syntymäaika', tel: 'Puhelin', mail: 'Sähköposti', addr: 'Osoite', bank: 'Tilinumero', hello: 'Hei, olen' },
  { origin: 'pl', cc: 'PL', date: 'pl', title: 'Formularz zgłoszeniowy', name: 'Imię i nazwisko', dob: 'Data urodzenia', tel: 'Telefon', mail: 'E-mail', addr: 'Adres zamieszkania', bank: 'Numer rachunku', hello: 'Dzień dobry, z tej strony', honor: ['Pani ', ''] },
  { origin: 'cs', cc: 'CZ', date: 'xx', title: 'Přihláška', name: 'Jméno a příjmení', dob: 'Datum narození', tel: 'Telefon', mail: 'E-mail', addr: 'Adresa', bank: 'Číslo účtu (IBAN)', hello: 'Dobrý den, tady' },
  { origin: 'hu', cc: 'HU', date: 'iso', title: 'Jelentkezési lap', name: 'Név', dob: 'Születési idő', tel: 'Telefonszám', mail: 'E-mail cím', addr: 'Lakcím', bank: 'Bankszámlaszám', hello: 'Jó napot, itt' },
  { origin: 'ro', cc: 'RO', date: 'xx', title: 'Cerere de înscriere', name: 'Nume și prenume', dob: 'Data nașterii', tel: 'Telefon', mail: 'E-mail', addr: 'Adresă', bank: 'Cont IBAN', hello: 'Bună ziua, sunt', honor: ['dna. ', ''] },
  { origin: 'el', cc: 'GR', date: 'el', title: 'Αίτηση εγγραφής', name: 'Ονοματεπώνυμο', dob: 'Ημερομηνία γέννησης', tel: 'Τηλέφωνο', mail: 'Email', addr: 'Διεύθυνση', bank: 'IBAN', hello: 'Καλησπέρα, είμαι ο/η' },
  { origin: 'tr', cc: 'TR', date: 'tr', title: 'Hasta kayıt formu', name: 'Ad Soyad', dob: 'Doğum tarihi', tel: 'Telefon', mail: 'E-posta', addr: 'Adres', bank: 'IBAN', hello: 'Merhaba, ben', honor: ['', ' Hanım'] },
  { origin: 'ru', cc: 'RU', date: 'ru', title: 'Анкета клиента', name: 'ФИО', dob: 'Дата рождения', tel: 'Телефон', mail: 'Эл. почта', addr: 'Адрес', hello: 'Здравствуйте, это' },
  { origin: 'uk_ua', cc: 'UA', date: 'xx', title: 'Анкета', name: "Ім'я та прізвище", dob: 'Дата народження', tel: 'Телефон', mail: 'Ел. пошта', addr: 'Адреса', hello: 'Добрий день, це' },
  { origin: 'he', cc: 'IL', date: 'xx', title: 'טופס הרשמה', name: 'שם מלא', dob: 'תאריך לידה', tel: 'טלפון', mail: 'דוא"ל', addr: 'כתובת', bank: 'IBAN', hello: 'שלום, מדברת' },
  { origin: 'ar', cc: 'AE', date: 'xx', title: 'نموذج تسجيل المريض', name: 'الاسم الكامل', dob: 'تاريخ الميلاد', tel: 'رقم الهاتف', mail: 'البريد الإلكتروني', addr: 'العنوان', bank: 'رقم الآيبان', hello: 'مرحبا، معك' },
  { origin: 'fa', cc: 'DE', date: 'de', title: 'فرم ثبت نام', name: 'نام و نام خانوادگی', dob: 'تاریخ تولد', tel: 'تلفن', mail: 'ایمیل', addr: 'نشانی', bank: 'IBAN', hello: 'سلام، من' },
  { origin: 'hi', cc: 'IN', date: 'en', title: 'पंजीकरण फ़ॉर्म', name: 'नाम', dob: 'जन्म तिथि', tel: 'मोबाइल', mail: 'ईमेल', addr: 'पता', hello: 'नमस्ते, मैं', honor: ['', ' जी'] },
  { origin: 'ur', cc: 'PK', date: 'en', title: 'رجسٹریشن فارم', name: 'نام', dob: 'تاریخ پیدائش', tel: 'موبائل', mail: 'ای میل', addr: 'پتہ', hello: 'السلام علیکم، میں', honor: ['', ' صاحب'] },
  { origin: 'bn', cc: 'BD', date: 'en', title: 'নিবন্ধন ফর্ম', name: 'নাম', dob: 'জন্ম তারিখ', tel: 'মোবাইল', mail: 'ইমেইল', addr: 'ঠিকানা', hello: 'নমস্কার, আমি' },
  { origin: 'ta', cc: 'IN', date: 'en', title: 'பதிவு படிவம்', name: 'பெயர்', dob: 'பிறந்த தேதி', tel: 'கைபேசி', mail: 'மின்னஞ்சல்', addr: 'முகவரி', hello: 'வணக்கம், நான்' },
  { origin: 'te', cc: 'IN', date: 'en', title: 'నమోదు ఫారం', name: 'పేరు', dob: 'పుట్టిన తేదీ', tel: 'ఫోన్', mail: 'ఇమెయిల్', addr: 'చిరునామా', hello: 'నమస్కారం, నేను', honor: ['', ' గారు'] },
  { origin: 'th', cc: 'TH', date: 'xx', title: 'แบบฟอร์มลงทะเบียน', name: 'ชื่อ-นามสกุล', dob: 'วันเกิด', tel: 'โทรศัพท์', mail: 'อีเมล', addr: 'ที่อยู่', hello: 'สวัสดีค่ะ ดิฉัน', honor: ['คุณ', ''] },
  { origin: 'vi', cc: 'VN', date: 'xx', title: 'Phiếu đăng ký khám bệnh', name: 'Họ và tên', dob: 'Ngày sinh', tel: 'Số điện thoại', mail: 'Email', addr: 'Địa chỉ', hello: 'Xin chào, tôi là', honor: ['chị ', ''] },
  { origin: 'id', cc: 'ID', date: 'id', title: 'Formulir pendaftaran', name: 'Nama lengkap', dob: 'Tanggal lahir', tel: 'No. HP', mail: 'Email', addr: 'Alamat', hello: 'Halo, saya', honor: ['Ibu ', ''] },
  { origin: 'ms', cc: 'MY', date: 'en', title: 'Borang pendaftaran', name: 'Nama penuh', dob: 'Tarikh lahir', tel: 'No. telefon', mail: 'E-mel', addr: 'Alamat', hello: 'Assalamualaikum, saya', honor: ['Puan ', ''] },
  { origin: 'fil', cc: 'PH', date: 'us', title: 'Registration form (Taglish)', name: 'Pangalan', dob: 'Petsa ng kapanganakan', tel: 'Cellphone no.', mail: 'Email', addr: 'Tirahan', hello: 'Hello po, si', honor: ['Ate ', ''] },
  { origin: 'sw', cc: 'KE', date: 'en', title: 'Fomu ya usajili', name: 'Jina kamili', dob: 'Tarehe ya kuzaliwa', tel: 'Simu', mail: 'Barua pepe', addr: 'Anwani', hello: 'Habari, mimi ni', honor: ['Bi. ', ''] },
  { origin: 'am', cc: 'ET', date: 'en', title: 'የምዝገባ ቅጽ', name: 'ሙሉ ስም', dob: 'የትውልድ ቀን', tel: 'ስልክ', mail: 'ኢሜይል', addr: 'አድራሻ', hello: 'ሰላም፣ እኔ' },
  { origin: 'ja', cc: 'JP', date: 'ja', title: '問診票', name: '氏名', dob: '生年月日', tel: '電話番号', mail: 'メール', addr: '住所', hello: 'お世話になっております。', honor: ['', '様'] },
  { origin: 'zh', cc: 'CN', date: 'zh', title: '客户登记表', name: '姓名', dob: '出生日期', tel: '手机', mail: '邮箱', addr: '地址', hello: '您好，我是', honor: ['', '女士'] },
  { origin: 'ko', cc: 'KR', date: 'ko', title: '회원 가입 신청서', name: '성명', dob: '생년월일', tel: '휴대폰', mail: '이메일', addr: '주소', hello: '안녕하세요, 저는', honor: ['', '씨'] },
];

const NATIVE_FOR: Readonly<Record<string, string>> = { ja: 'ja', zh: 'zh', ko: 'ko', ru: 'ru', uk_ua: 'uk_ua', el: 'el', he: 'he', ar: 'ar', fa: 'fa', hi: 'hi', ur: 'ur', bn: 'bn', ta: 'ta', te: 'te', th: 'th', am: 'am' };

const intlForm: Gen = (d, r) => {
  const L = r.pick(LANGS);
  const nk = NATIVE_FOR[L.origin];
  const p: Person = nk && r.chance(0.65) ? nativePerson(r, nk) : person(r, L.origin);
  const sep = r.pick([': ', ' : ', '：', ' — ']);
  if (r.chance(0.5)) {
    d.t(`${L.title}\n${L.name}${sep}`);
    self(d, r, p, 'full');
    d.t(`\n${L.dob}${sep}`);
    dob(d, r, L.date);
    d.t(`\n${L.tel}${sep}`);
    const ph = phoneStr(r, L.cc);
    d.l('PHONE', L.cc === 'JP' && r.chance(0.3) ? FULLWIDTH(ph) : ph);
    d.t(`\n${L.mail}${sep}`);
    email(d, r, p);
    d.t(`\n${L.addr}${sep}`);
    addr(d, r, L.cc, r.pick([', ', '\n']));
    if (L.bank && r.chance(0.7)) {
      d.t(`\n${L.bank}${sep}`);
      iban(d, r, IBAN_LEN[L.cc] ? L.cc : undefined);
    }
    d.t(`\n${orderNo(r)} · ${otherDate(r, L.date)}`);
  } else {
    if (L.honor) {
      // Honorifics address the recipient and stay outside the label.
      const [pre, post] = L.honor;
      const other = nk && r.chance(0.5) ? nativePerson(r, nk) : person(r, L.origin);
      d.t(pre);
      name(d, other, r.chance(0.5) ? 'family' : 'full');
      d.t(`${post}, `);
    }
    d.t(`${L.hello} `);
    self(d, r, p, r.chance(0.7) ? 'full' : 'given');
    d.t(`. ${L.tel}: `);
    phone(d, r, L.cc);
    d.t(`, ${L.mail}: `);
    email(d, r, p);
    d.t(`. ${L.dob}: `);
    dob(d, r, L.date);
    if (r.chance(0.5)) {
      d.t(`. ${L.addr}: `);
      addr(d, r, L.cc, ', ');
    }
    d.t(` (${r.pick(['sent from app', 'via WhatsApp', 'web chat', 'SMS'])} ${version(r)})`);
  }
};

const bilingual: Gen = (d, r) => {
  const pairs: readonly [string, string, string, string][] = [
    ['es', 'US', 'Hi! Soy ', ` — necesito ayuda con my order ${orderNo(r)}, por favor llámame al `],
    ['fr', 'CA', "Allô, c'est ", ' — je voudrais changer my delivery, my number is '],
    ['hi', 'IN', 'Hello ji, main ', ' — mera parcel abhi tak nahi aaya, call me on '],
    ['fil', 'PH', 'Hi po! Ako si ', ' — pwede po ba i-reschedule? my number po is '],
    ['de', 'CH', 'Grüezi, I am ', ' — bitte ruf mich an, call me at '],
    ['ar', 'AE', 'Hi, ana ', ' — shukran, please call '],
    ['pt', 'US', 'Olá! This is ', ' — preciso remarcar, text me at '],
    ['ms', 'MY', 'Hi lah, saya ', ' — boleh tolong call saya at '],
    ['zh', 'CA', "Hi 你好, I'm ", ' — 请给我打电话 please call '],
    ['sw', 'KE', "Sasa! It's ", ' — nipigie please, call '],
  ];
  const [k, cc, hi, ask] = r.pick(pairs);
  const c = { p: person(r, k), cc };
  d.t(hi);
  self(d, r, c.p, r.pick<NameForm>(['full', 'given']));
  d.t(ask);
  phone(d, r, cc);
  d.t(r.pick([`. Mi correo / my email: `, `. Courriel: `, `. Email: `]));
  email(d, r, c.p);
  if (r.chance(0.5)) {
    d.t(r.pick([`. Dirección / address: `, `. Adresse: `, `. Address po: `]));
    addr(d, r, cc, ', ');
  }
  if (r.chance(0.4)) {
    d.t(`. My ${r.pick(['mamá', 'maman', 'mummy', 'nanay'])} `);
    name(d, person(r, k), 'full');
    d.t(` is also on the booking, nacida el `);
    dob(d, r, 'us');
  }
  d.t(`. Gracias / merci / thanks 🙏`);
};

const agentToolLog: Gen = (d, r) => {
  const c = ctx(r);
  d.t(`{"ts":"${isoStamp(r)}","agent":"support-agent-v${r.int(2, 9)}","step":${r.int(1, 40)},"tool":"crm.lookup","args":{"email":"`);
  email(d, r, c.p);
  d.t(`"}}\n{"tool_result":{"id":"${uuid(r)}","name":"`);
  name(d, c.p, r.pick<NameForm>(['full', 'caps']));
  d.t(`","phone":"`);
  phone(d, r, c.cc);
  d.t(`","dob":"`);
  d.l('DOB', fmtDate(r, 'iso', birthDate(r)));
  d.t(`","address":"`);
  addr(d, r, c.cc, ', ');
  d.t(`","tier":"${r.pick(['gold', 'basic', 'pro'])}","last_ip":"`);
  ip(d, r);
  d.t(`"}}\n{"assistant":"I found your account, `);
  name(d, c.p, 'given');
  d.t(`. ${r.pick(['Your refund of ', 'A charge of ', 'Your credit of '])}${money(r)} ${r.pick(['was sent to the card ', 'will go to IBAN '])}`);
  if (d.text.endsWith('card ')) card(d, r);
  else iban(d, r);
  d.t(`."}\n{"tool":"payments.verify","args":{"ssn_last4":"${r.digits(4)}","sku":"${sku(r)}"}}`);
  if (c.cc === 'US' || r.chance(0.25)) {
    d.t(`\n{"tool":"kyc.check","args":{"ssn":"`);
    ssn(d, r);
    d.t(`"}}`);
  }
};

const chargeback: Gen = (d, r) => {
  const c = ctx(r);
  d.t(`Dispute queue — ${r.int(2, 4)} open cases (${otherDate(r, 'iso')})\n`);
  for (let i = 0; i < r.int(2, 3); i++) {
    const p = i === 0 ? c.p : person(r);
    d.t(`case ${fill(r, 'CB-######')} · cardholder `);
    name(d, p, r.pick<NameForm>(['caps', 'full', 'commaCaps']));
    d.t(` · PAN `);
    card(d, r);
    d.t(` · reason ${r.pick(['4837 no cardholder authorisation', '13.1 merchandise not received', '10.4 fraud card-absent'])} · ${money(r)}\n`);
  }
  d.t(`note: merchant descriptor "${r.pick(BRANDS)}" vs test PAN ${badCard(r)} (fails checksum — ignore). Issuer BIN lookup ${version(r)}. Contact `);
  roleEmail(d, r);
};

const i9Onboarding: Gen = (d, r) => {
  const c = usCtx(r);
  d.t(`HR onboarding checklist — new hire #${r.digits(5)}\nLegal name: `);
  self(d, r, c.p, r.pick<NameForm>(['full', 'middle', 'comma']));
  d.t(`\nOther last names used: ${r.chance(0.7) ? 'N/A' : ''}`);
  if (!d.text.endsWith('N/A')) d.l('PERSON', person(r, 'us').family);
  d.t(`\nDOB `);
  dob(d, r, 'us');
  d.t(`   SSN `);
  ssn(d, r);
  d.t(`\nW-4 dependents: `);
  const kid = person(r, c.p.origin);
  name(d, kid, 'given');
  d.t(` (SSN `);
  ssn(d, r);
  d.t(`)\nDirect deposit: routing ${routing(r)}, checking ****${r.digits(4)}\nHome: `);
  addr(d, r, 'US', ', ');
  d.t(`\nCorporate card issued: `);
  card(d, r);
  d.t(`\nEmployer EIN ${ein(r)} · invalid test SSN ${badSsn(r)} rejected by E-Verify sandbox`);
};

const sepaBatch: Gen = (d, r) => {
  d.t(`<!-- pain.008 direct-debit batch ${uuid(r)} -->\n<CdtrSchmeId>${fill(r, 'AA##ZZZ#########')}</CdtrSchmeId>\n`);
  for (let i = 0; i < r.int(2, 4); i++) {
    const c = ctx(r, r.pick(['de', 'fr', 'nl', 'it', 'es', 'pt', 'pl', 'fi', 'sv', 'tr', 'el']));
    d.t(`<DrctDbtTxInf><MndtId>${fill(r, 'MNDT-######')}</MndtId><Dbtr><Nm>`);
    name(d, c.p, r.pick<NameForm>(['full', 'caps']));
    d.t(`</Nm></Dbtr><DbtrAcct><IBAN>`);
    d.l('IBAN', ibanCompact(r, r.pick(['DE', 'FR', 'NL', 'IT', 'ES', 'PT', 'PL', 'FI', 'SE', 'AT', 'BE', 'IE', 'GR', 'LU', 'SK', 'SI', 'EE', 'LT', 'LV', 'CY', 'MT', 'HR'])));
    d.t(`</IBAN></DbtrAcct><InstdAmt Ccy="EUR">${r.int(5, 400)}.${r.digits(2)}</InstdAmt></DrctDbtTxInf>\n`);
  }
  d.t(`<!-- rejected: ${badIban(r)} (checksum) -->`);
};

// ---------------------------------------------------------------------------------------------------
// Assembly.
// ---------------------------------------------------------------------------------------------------

const TEMPLATES: readonly (readonly [Gen, number])[] = [
  [pharmacyRefill, 3], [vetClinic, 3], [telehealthIntake, 3], [mortgageApp, 3], [payrollTax, 4], [tenancyDispute, 2],
  [debtCollection, 2], [insuranceFnol, 2], [courtSummons, 2], [visaForm, 2], [policeReport, 2], [rideHailing, 2],
  [foodDelivery, 2], [airlineDisruption, 2], [hotelFolio, 2], [carRental, 3], [weddingPlanning, 2], [funeralHome, 2],
  [schoolAdmissions, 2], [transcript, 2], [sportsClub, 2], [donorList, 2], [alumniNews, 2], [crowdfunding, 2], [cv, 2],
  [linkedin, 2], [slackExport, 2], [githubIssue, 2], [crmCsv, 2], [icsInvite, 2], [vcard, 2], [emailHeaders, 2],
  [chatTranscript, 3], [voicemail, 2], [ocrForm, 2], [sms, 2], [intlForm, 7], [bilingual, 3], [agentToolLog, 3], [chargeback, 2], [i9Onboarding, 2], [sepaBatch, 1],
];
const TEMPLATE_WEIGHT = TEMPLATES.reduce((s, [, w]) => s + w, 0);

function pickTemplate(r: Rng): Gen {
  let x = r.next() * TEMPLATE_WEIGHT;
  for (const [g, w] of TEMPLATES) {
    x -= w;
    if (x < 0) return g;
  }
  return intlForm;
}

/** Generates the corpus: whole documents until at least `minInstances` labels exist. */
export function generateIndependent9Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent9Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT9_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT9_MIN_INSTANCES;
  const out: Independent9Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEGATIVES)(d, r);
    else {
      pickTemplate(r)(d, r);
      if (r.chance(0.25)) d.t(`\n-- ${distractor(r)}; ${distractor(r)}`);
    }
    out.push({ text: d.text, labels: d.labels, knownNames: d.known });
    total += d.labels.length;
  }
  return out;
}
