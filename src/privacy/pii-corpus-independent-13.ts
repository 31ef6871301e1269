/**
 * @module privacy/pii-corpus-independent-13 — blind labelled PII corpus #13: documents and records that get
 * pasted into or imported alongside agent sessions.
 *
 * WRITTEN BLIND. Read: the `Rng` class of `pii-corpus-values.ts` (its first 80 lines were printed at once,
 * so its imports and name pools went past on screen too; names seen there were then kept out of the
 * pools below), `pii-corpus-checks.ts`, the `PiiType` union of `pii/types.ts`, the first 30 lines of
 * `pii-corpus.ts`, `test/support/pii-blind-checks.ts`, `tsconfig.json`, `package.json` and the ESLint
 * config (for its rules). NOT read: the detector, any other corpus or template file, the docs, the
 * benchmarks, the git history or /work/shared. The detector and its evaluation were never run on this
 * text. Every name, street, template and value here was invented for this file.
 *
 * Seeds: 130001, 130002, 130003. Each seed yields whole documents until at least `minInstances` labels exist.
 *
 * Contents: forms and letters (medical referrals, prescriptions, lab reports, school enrolment, visa and tax
 * forms, tenancy agreements, payslips, invoices, delivery notes, police reports, wedding and funeral notices,
 * membership cards), registry exports (CSV/TSV with several delimiters and header languages, fixed-width
 * records, XML, JSON, YAML, SQL, logs, audit trails) and short informal texts (SMS, posts, classified ads,
 * reviews, forum posts with signatures), for ~50 countries, in their own languages and scripts where natural.
 * About one document in ten is a pure hard negative (people-named brands, places, diseases and laws, order
 * and tracking numbers, hashes, versions, Luhn-invalid card-like numbers, invalid IBANs, EINs, routing
 * numbers, non-birth dates); such distractors are also sprinkled through labelled documents.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside; initials+surname, surname-only,
 *   given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per contiguous name.
 *   Brands, software, places, pets, ships, storms, streets/buildings named after people, eponymous
 *   diseases/laws/awards, @handles and names inside e-mail addresses are not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; invalid and masked ones unlabelled.
 * - IBAN: checksum-valid and of the right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs and other countries' ids unlabelled.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, from the first street/building/PO-box line to the last
 *   postcode/city/country line; recipient names are separate PERSON labels; company lines, city-only
 *   mentions, directions, rooms and landmarks unlabelled.
 * - DOB: a person's date of birth only, cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { Rng } from './pii-corpus-values.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT13_SEEDS = [130001, 130002, 130003] as const;
export const INDEPENDENT13_MIN_INSTANCES = 2400;

/** A label that carries the exact text of its span. */
export interface Independent13Label extends PiiLabel {
  readonly value: string;
}
/** One document of this split. */
export interface Independent13Entry extends PiiCorpusEntry {
  readonly labels: readonly Independent13Label[];
}

/** Builds a document while recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent13Label[] = [];
  readonly known: string[] = [];
  constructor(readonly mine: boolean) {}
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
  /** The document author's own full name: labelled, and recorded as known when this is the user's doc. */
  me(full: string): this {
    if (this.mine && this.known.length === 0) this.known.push(full);
    return this.l('PERSON', full);
  }
  p(v: string): this {
    return this.l('PERSON', v);
  }
  em(v: string): this {
    return this.l('EMAIL', v);
  }
  tel(v: string): this {
    return this.l('PHONE', v);
  }
  adr(v: string): this {
    return this.l('ADDRESS', v);
  }
  born(v: string): this {
    return this.l('DOB', v);
  }
  ip(v: string): this {
    return this.l('IP', v);
  }
  cc(v: string): this {
    return this.l('CARD', v);
  }
  ib(v: string): this {
    return this.l('IBAN', v);
  }
  ssn(v: string): this {
    return this.l('NATIONAL_ID', v);
  }
  entry(): Independent13Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

// ---------------------------------------------------------------- pattern filling

const UPPER = 'ABCDEFGHJKLMNPRSTUVWXYZ';
/** Fills `#` with a digit, `%` with 2–9, `@` with an upper-case letter; anything else is literal. */
function fill(r: Rng, pat: string): string {
  let s = '';
  for (const ch of pat) {
    if (ch === '#') s += String(r.int(0, 9));
    else if (ch === '%') s += String(r.int(2, 9));
    else if (ch === '@') s += UPPER.charAt(r.int(0, UPPER.length - 1));
    else s += ch;
  }
  return s;
}
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};

// ---------------------------------------------------------------- names

/** Culture pools: given names and family names; `native|roman` where the culture writes another script. */
interface Culture {
  readonly g: readonly string[];
  readonly f: readonly string[];
  /** Family name written first. */
  readonly east?: boolean;
  /** Native-script full names are written without a space. */
  readonly tight?: boolean;
}
const w = (s: string): string[] => s.trim().split(/\s*,\s*|\s{2,}|\n\s*/).filter(Boolean);
const C: Record<string, Culture> = {
  en: { g: w('Rose, Hope, Will, Bill, Grant, May, Guy, Faith, Joy, Mark, Jack, Dawn, Iris, Ivy, Hunter, Gordon, Wendy, Clive, Graham, Hazel, Megan, Stuart, Russell, Neville, Beverley, Amber, Dean, Heather'),
    f: w('Bishop, Fox, Stone, Rich, Baker, Carter, Young, King, Black, Bird, Sharp, Lamb, Moon, Hart, Fletcher, Turnbull, Pickering, Ashworth, Haworth, Pennington, Cartwright, Sutcliffe, Brooks, Marsh, Holt') },
  us: { g: w('Tyler, Brandon, Destiny, Shawna, Dwayne, LaToya, Cody, Brittany, Hank, Skylar, Garrett, Autumn, Summer, Chase, Jalen, Sunny, Earl, Marlene, Travis, Crystal'),
    f: w('Washington, Whitaker, Holloway, Broussard, Kincaid, McAllister, Dunbar, Hollis, Rutherford, Gaines, Winslow, Pruitt, Mayfield, Tolliver, Brandt, Cooper, Banks, Little') },
  ie: { g: w('Aoife, Cian, Niamh, Oisín, Róisín, Darragh, Sinéad, Eoin, Clodagh, Pádraig, Gráinne, Ciarán, Éabha, Tadhg'),
    f: w('Byrne, Kavanagh, Doherty, Brennan, Nolan, Lynch, Quinlan, Moloney, Hegarty, Dunne, Ó Súilleabháin, Mac Cárthaigh, Ní Bhriain') },
  fr: { g: w('Clémence, Aurélien, Margaux, Benoît, Solène, Yannick, Gaëlle, Thibault, Océane, Jérôme, Anaïs, Loïc, Céline, Hervé, Ambre'),
    f: w('Lefèvre, Girard, Fontaine, Chevalier, Rousseau, Mercier, Blanchard, Garnier, Faure, Lemaire, Bonnet, Marchand, Perrin, Guérin, Barbier') },
  qc: { g: w('Marc-André, Geneviève, Sylvie, Réjean, Mathieu, Josée, Étienne, Nathalie'),
    f: w('Tremblay, Gagnon, Bouchard, Côté, Gauthier, Pelletier, Lavoie, Bélanger') },
  de: { g: w('Jürgen, Heike, Sabine, Dieter, Annika, Wolfgang, Frauke, Uwe, Gisela, Moritz, Jannik, Ute, Kerstin, Torsten, Hannelore, Ralf'),
    f: w('Schulze, Becker, Hoffmann, Schäfer, Krüger, Wagner, Neumann, Schwarz, Braun, Hofmann, Lehmann, Köhler, Weiß, Fuchs, Vogel') },
  ch: { g: w('Reto, Urs, Beat, Silvan, Nadine, Corinne, Alois, Leopold, Herta, Rosmarie, Seraina, Gian-Luca'),
    f: w('Brunner, Gerber, Frei, Huber, Gruber, Moser, Steiner, Baumgartner, Wyss, Egger, Pichler, Aigner') },
  nl: { g: w('Sanne, Joost, Bram, Femke, Wouter, Lieke, Sander, Maaike, Anouk, Ruud, Griet, Wim, Joke, Lotte'),
    f: w('de Vries, van den Berg, Jansen, Bakker, Visser, Smit, Meijer, de Boer, Mulder, Peeters, Janssens, Maes, Claes, Wouters') },
  es: { g: w('Nerea, Íñigo, Rocío, Álvaro, Begoña, Sergio, Montserrat, Jordi, Aitana, Paloma, Guillermo, Consuelo, Rodrigo, Amparo, Dolores, Remedios'),
    f: w('Fernández, Martínez, López, Sánchez, Pérez, Gómez, Ruiz, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, Torres, Domínguez, Iglesias, Echeverría') },
  la: { g: w('Guadalupe, Jesús, Fernanda, Santiago, Valeria, Thiago, Agustina, Benjamín, Camila, Luciana, Maximiliano, Ximena, Yesenia, Brayan, Dayana, Florencia, Matías'),
    f: w('Ramírez, Flores, Rojas, Vargas, Castro, Ortiz, Morales, Jiménez, Herrera, Medina, Aguilar, Figueroa, Contreras, Sepúlveda, Quintero, Cárdenas') },
  pt: { g: w('João, Gonçalo, Inês, Leonor, Rui, Conceição, Luana, Caio, Thaís, Juliana, Wesley, Kauã, Raimunda, Vitória, Glória'),
    f: w('Ferreira, Pereira, Oliveira, Rodrigues, Almeida, Carvalho, Gomes, Martins, Sousa, Ribeiro, Lopes, Barbosa, Cavalcanti, Nascimento, Teixeira, Moura') },
  it: { g: w('Giulia, Alessandro, Francesca, Matteo, Federica, Giuseppe, Salvatore, Rosaria, Marco, Ilaria, Gennaro, Assunta, Vittorio, Loredana, Benedetta'),
    f: w('Esposito, Romano, Colombo, Ricci, Marino, Greco, Gallo, Conti, De Luca, Mancini, Fontana, Caruso, Ferrara, Santoro, Russo') },
  no: { g: w('Astrid, Sven, Freja, Magnus, Liv, Nils, Sigrid, Oskar, Maja, Eskil, Tuva, Aksel, Aino, Eero, Ville, Päivi'),
    f: w('Johansson, Nilsson, Larsson, Hansen, Olsen, Jensen, Nielsen, Berg, Virtanen, Korhonen, Mäkinen, Nieminen, Solberg, Dahl, Lund') },
  pl: { g: w('Agnieszka, Krzysztof, Małgorzata, Paweł, Katarzyna, Grzegorz, Wojciech, Joanna, Łukasz, Ewa, Jacek, Bożena'),
    f: w('Nowak, Wiśniewski, Wróbel, Kamiński, Lewandowska, Dąbrowski, Zając, Szymański, Woźniak, Kozłowska, Mazur, Krawczyk') },
  cz: { g: w('Jiří, Petra, Lucie, Tomáš, Zdeněk, Jana, Ondřej, Kateřina, Vojtěch, Markéta'),
    f: w('Dvořák, Svoboda, Černý, Procházka, Kučerová, Veselý, Horák, Němcová, Marek, Pokorný') },
  ro: { g: w('Ioana, Andrei, Mihaela, Cristina, Ionuț, Florin, Răzvan, Oana, Gheorghe, Alexandra, Vasile, Ileana'),
    f: w('Popescu, Ionescu, Constantin, Dumitrescu, Stan, Gheorghiu, Munteanu, Ciobanu, Rusu, Lazăr, Matei') },
  gr: { g: w('Γιώργος|Giorgos, Ελένη|Eleni, Δημήτρης|Dimitris, Κατερίνα|Katerina, Νίκος|Nikos, Βασιλική|Vasiliki, Κώστας|Kostas, Αθηνά|Athina, Σπύρος|Spyros, Δέσποινα|Despoina'),
    f: w('Παπαδόπουλος|Papadopoulos, Οικονόμου|Oikonomou, Γεωργίου|Georgiou, Καραγιάννης|Karagiannis, Νικολάου|Nikolaou, Βλάχος|Vlachos, Αντωνίου|Antoniou, Μακρή|Makri, Παππάς|Pappas, Ζαχαρίου|Zachariou') },
  ng: { g: w('Chiamaka, Tunde, Obinna, Funmilayo, Adaeze, Babatunde, Chinedu, Folake, Ikechukwu, Yetunde, Musa, Hauwa, Blessing, Godswill, Precious, Sunday'),
    f: w('Adebayo, Okonkwo, Nwosu, Bello, Ogunleye, Afolabi, Chukwu, Danjuma, Olaniyan, Nnadi, Ibrahim, Adeleke, Okoro, Umeh') },
  ke: { g: w('Wanjiku, Baraka, Akinyi, Jelimo, Nekesa, Kibet, Zawadi, Amani, Imani, Juma, Nyambura, Cheruiyot'),
    f: w('Kamau, Otieno, Mwangi, Wekesa, Chebet, Kiprono, Njoroge, Odhiambo, Mutua, Kiplagat, Ndegwa, Onyango') },
  za: { g: w('Sipho, Nomvula, Thandeka, Lwazi, Bongani, Ayanda, Lerato, Mpho, Zanele, Riaan, Annelie, Precious'),
    f: w('Nkosi, Zulu, Mokoena, Khumalo, Ndlovu, Botha, van der Merwe, Naidoo, Pillay, Molefe, Sithole, Venter') },
  gh: { g: w('Kwabena, Akosua, Yaw, Abena, Kojo, Adwoa, Kwesi, Ama, Kwaku, Afia, Fiifi, Esi'),
    f: w('Boateng, Asante, Owusu, Appiah, Agyeman, Darko, Ofori, Amoah, Antwi, Ansah, Frimpong, Quaye') },
  eg: { g: w('مصطفى|Mostafa, ياسمين|Yasmine, عمرو|Amr, منى|Mona, كريم|Karim, هبة|Heba, طارق|Tarek, سعيد|Said, رشا|Rasha, خالد|Khaled, ليلى|Leila, يوسف|Youssef, سلمى|Salma'),
    f: w('عبد الرحمن|Abdelrahman, السيد|El-Sayed, الشريف|El-Sherif, منصور|Mansour, حسن|Hassan, فهمي|Fahmy, النجار|El-Naggar, سالم|Salem, شاكر|Shaker') },
  ma: { g: w('Youssef, Fatima-Zahra, Hicham, Khadija, Mehdi, Zineb, Rachid, Soukaina, Anas, Meryem, Said'),
    f: w('El Amrani, Benali, Bennani, Alaoui, Tazi, Berrada, Chraibi, El Idrissi, Ouazzani, Lahlou') },
  gulf: { g: w('فيصل|Faisal, نورة|Noura, عبدالله|Abdullah, ريم|Reem, سلطان|Sultan, هند|Hind, تركي|Turki, مها|Maha, ماجد|Majed, لطيفة|Latifa'),
    f: w('القحطاني|Al-Qahtani, العتيبي|Al-Otaibi, الشمري|Al-Shammari, الدوسري|Al-Dosari, المنصوري|Al-Mansoori, الكعبي|Al-Kaabi, الحربي|Al-Harbi, النعيمي|Al-Nuaimi, الزهراني|Al-Zahrani, الغامدي|Al-Ghamdi') },
  ir: { g: w('مریم|Maryam, علیرضا|Alireza, زهرا|Zahra, محمدرضا|Mohammadreza, نیلوفر|Niloufar, آرش|Arash, شیرین|Shirin, بهرام|Bahram, پریسا|Parisa, کوروش|Kourosh'),
    f: w('حسینی|Hosseini, رضایی|Rezaei, کریمی|Karimi, احمدی|Ahmadi, موسوی|Mousavi, جعفری|Jafari, صادقی|Sadeghi, تهرانی|Tehrani, نوروزی|Nowruzi, قاسمی|Ghasemi') },
  tr: { g: w('Ayşe, Mehmet, Elif, Mustafa, Zeynep, Burak, Gökhan, Şule, Emine, Cem, Özlem, Hakan, Deniz, Serkan, İpek'),
    f: w('Yıldız, Kaya, Demir, Şahin, Çelik, Öztürk, Aydın, Arslan, Doğan, Kılıç, Aslan, Çetin, Koç, Kurt, Özdemir') },
  il: { g: w('נועה|Noa, איתי|Itai, שירה|Shira, יונתן|Yonatan, מיכל|Michal, אבי|Avi, רותם|Rotem, גיל|Gil, טליה|Talya, עומר|Omer'),
    f: w('כהן|Cohen, לוי|Levi, מזרחי|Mizrahi, פרץ|Peretz, ביטון|Biton, אברהם|Avraham, פרידמן|Friedman, שפירא|Shapira, דהן|Dahan, אזולאי|Azoulay') },
  in: { g: w('Ananya, Arjun, Deepika, Vikram, Lakshmi, Sanjay, Kavya, Aditya, Meenakshi, Suresh, Pooja, Venkatesh, Shreya, Harish, Divya, Karthik'),
    f: w('Sharma, Iyer, Reddy, Nair, Gupta, Mehta, Chatterjee, Banerjee, Pillai, Menon, Joshi, Agarwal, Desai, Rao, Krishnan, Bhat') },
  pk: { g: w('Usman, Ayesha, Bilal, Sana, Zubair, Mahnoor, Imran, Hira, Kashif, Rabia, Tariq, Saima, Waqar'),
    f: w('Qureshi, Butt, Chaudhry, Malik, Siddiqui, Raza, Mirza, Hashmi, Sheikh, Abbasi, Awan, Javed') },
  bd: { g: w('Tahmina, Rafiq, Nusrat, Shafiqul, Farzana, Jahangir, Sadia, Mizanur, Rokeya, Anisur'),
    f: w('Rahman, Hossain, Islam, Akter, Chowdhury, Uddin, Mahmud, Sarkar, Talukder, Bhuiyan') },
  lk: { g: w('Dilani, Chaminda, Nadeesha, Kasun, Tharindu, Sanduni, Ruwan, Ishara, Nuwan, Anusha'),
    f: w('Perera, Fernando, Jayasuriya, Wickramasinghe, Bandara, Dissanayake, Gunawardena, Herath, Senanayake, Wijesinghe') },
  cn: { east: true, tight: true, g: w('嘉怡|Jiayi, 子轩|Zixuan, 欣怡|Xinyi, 浩然|Haoran, 雨桐|Yutong, 俊杰|Junjie, 思远|Siyuan, 婷婷|Tingting, 建国|Jianguo, 秀英|Xiuying, 志明|Zhiming, 丽娟|Lijuan'),
    f: w('王|Wang, 李|Li, 张|Zhang, 刘|Liu, 杨|Yang, 黄|Huang, 赵|Zhao, 吴|Wu, 周|Zhou, 徐|Xu, 孙|Sun, 马|Ma, 朱|Zhu, 胡|Hu') },
  tw: { east: true, tight: true, g: w('怡君|Yi-Chun, 家豪|Chia-Hao, 雅婷|Ya-Ting, 冠宇|Kuan-Yu, 淑芬|Shu-Fen, 宗翰|Tsung-Han, 佳穎|Chia-Ying, 承恩|Cheng-En'),
    f: w('林|Lin, 蔡|Tsai, 許|Hsu, 鄭|Cheng, 謝|Hsieh, 郭|Kuo, 洪|Hung, 曾|Tseng, 廖|Liao, 簡|Chien') },
  jp: { east: true, g: w('翔太|Shota, 美咲|Misaki, 大輔|Daisuke, 陽菜|Hina, 健一|Kenichi, さくら|Sakura, 拓也|Takuya, 由美子|Yumiko, 直樹|Naoki, 恵|Megumi, 隆|Takashi, 真由美|Mayumi'),
    f: w('佐藤|Sato, 鈴木|Suzuki, 田中|Tanaka, 伊藤|Ito, 渡辺|Watanabe, 小林|Kobayashi, 加藤|Kato, 吉田|Yoshida, 山口|Yamaguchi, 松本|Matsumoto, 井上|Inoue, 木村|Kimura, 清水|Shimizu') },
  kr: { east: true, tight: true, g: w('민준|Min-jun, 서연|Seo-yeon, 지훈|Ji-hoon, 수빈|Su-bin, 현우|Hyun-woo, 지은|Ji-eun, 동현|Dong-hyun, 예린|Ye-rin, 성민|Sung-min, 하은|Ha-eun'),
    f: w('최|Choi, 정|Jung, 강|Kang, 조|Cho, 윤|Yoon, 장|Jang, 임|Lim, 한|Han, 오|Oh, 서|Seo, 신|Shin, 권|Kwon') },
  th: { g: w('สมชาย|Somchai, สุดารัตน์|Sudarat, วิไล|Wilai, ณัฐพล|Nattapon, กมลชนก|Kamonchanok, ธนากร|Thanakorn, พิมพ์ชนก|Pimchanok, อนุชา|Anucha, รัตนา|Rattana, ศิริพร|Siriporn'),
    f: w('ศรีสุข|Srisuk, วงศ์สวัสดิ์|Wongsawat, บุญมา|Boonma, แสงทอง|Saengthong, จันทร์เพ็ญ|Chanphen, ทองดี|Thongdee, สุวรรณ|Suwan, ประเสริฐ|Prasert, เพชรรัตน์|Phetcharat, กิตติวงศ์|Kittiwong') },
  my: { g: w('Nurul, Ahmad, Siti, Hafiz, Aminah, Faizal, Zulkifli, Aisyah, Izzati, Razak, Shahrul'),
    f: w('bin Ismail, binti Yusof, bin Osman, binti Kassim, bin Rahim, binti Zakaria, bin Hamzah, binti Sulaiman') },
  sg: { east: true, g: w('Wei Ming, Mei Ling, Chee Keong, Siew Lan, Jun Hao, Hui Min, Kok Leong, Pei Shan'),
    f: w('Tan, Ong, Goh, Teo, Chua, Yeo, Koh, Lau, Ng, Sim') },
  ph: { g: w('Maricel, Jericho, Rowena, Arnel, Mylene, Rhea, Dindo, Lorna, Aljon, Kristine, Bong, Precious'),
    f: w('dela Cruz, Bautista, Villanueva, Mendoza, Aquino, Ramos, Manalo, Pangilinan, Macaraeg, Dimaculangan, Dizon') },
  au: { g: w('Kylie, Shane, Lachlan, Tahlia, Brodie, Jarrod, Mere, Wiremu, Aroha, Hemi, Tane, Ngaire, Bree'),
    f: w('Ngata, Parata, Henare, Tipene, Horomona, Rewiti, Sutherland, Kerr, Doyle, Blackwood, Fairweather') },
};

/** A person: native-script and romanised parts (equal when the culture writes Latin script). */
interface Person {
  readonly g: string;
  readonly f: string;
  readonly gr: string;
  readonly fr: string;
  readonly c: Culture;
}
function person(r: Rng, cult: string): Person {
  const c = C[cult] ?? (C.en as Culture);
  const [g, gr = g] = r.pick(c.g).split('|') as [string, string?];
  const [f, fr = f] = r.pick(c.f).split('|') as [string, string?];
  return { g, f, gr, fr, c };
}
/** The name as its culture writes it natively. */
function full(p: Person): string {
  if (p.c.east) return p.c.tight && p.f !== p.fr ? p.f + p.g : `${p.f} ${p.g}`;
  return `${p.g} ${p.f}`;
}
/** The romanised name, western order unless `east` is kept. */
function roman(p: Person, keepEast = false): string {
  return keepEast && p.c.east ? `${p.fr} ${p.gr}` : `${p.gr} ${p.fr}`;
}
const ascii = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z0-9]/g, '');
function email(r: Rng, p: Person, domain: string): string {
  const g = ascii(p.gr);
  const f = ascii(p.fr);
  const local = r.pick([`${g}.${f}`, `${g.charAt(0)}${f}`, `${g}${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}_${f}`, `${g}${r.int(70, 99)}`]);
  return `${local}@${domain}`;
}

// ---------------------------------------------------------------- countries

interface Country {
  readonly cult: readonly string[];
  readonly ph: readonly string[];
  readonly mail: readonly string[];
  /** Address: streets, [city, postcode pattern][], formats with {n} {s} {c} {p} {u}. */
  readonly st: readonly string[];
  readonly ci: readonly (readonly [string, string])[];
  readonly af: readonly string[];
  readonly dob: DateStyle;
  readonly iban?: string;
}
type DateStyle = 'fa' | 'dmy.' | 'dmy/' | 'mdy/' | 'iso' | 'dmy-' | 'ymd/' | 'cjk' | 'kr' | 'long-en' | 'long-us' | 'fr' | 'de' | 'es' | 'pt' | 'it' | 'nl' | 'tr' | 'th' | 'pl';

const K: Record<string, Country> = {
  GB: { cult: ['en', 'en', 'in', 'pk', 'ng'], dob: 'dmy/', iban: 'GB',
    ph: ['07%## ######', '+44 7%## ######', '020 7%## ####', '0161 %## ####', '+44 (0)113 %## ####', '07%##-###-###'],
    mail: ['btinternet.com', 'gmail.com', 'outlook.com', 'yahoo.co.uk', 'sky.com'],
    st: ['Ashby Road', 'Kingsley Crescent', 'Coronation Street', 'Mill Lane', 'Albion Terrace', 'Wellington Close', 'Beech Grove', 'Station Approach'],
    ci: [['Leeds', 'LS% %@@'], ['Manchester', 'M%# %@@'], ['Bristol', 'BS% %@@'], ['Norwich', 'NR% %@@'], ['Cardiff', 'CF%# %@@'], ['Glasgow', 'G%# %@@']],
    af: ['{n} {s}\n{c}\n{p}', 'Flat {u}, {n} {s}\n{c}\n{p}\nUnited Kingdom', '{n} {s}, {c} {p}'] },
  IE: { cult: ['ie', 'ie', 'en'], dob: 'dmy/', iban: 'IE',
    ph: ['08% ### ####', '+353 8% ### ####', '(01) %## ####', '021 %## ####'],
    mail: ['eircom.net', 'gmail.com', 'hotmail.com'],
    st: ['Main Street', 'Bóthar na Trá', 'Griffith Avenue', 'Oliver Plunkett Street', 'Church Road', 'Cluain Mhuire'],
    ci: [['Dublin 9', 'D09 @%##'], ['Cork', 'T12 @%##'], ['Galway', 'H91 @%##'], ['Limerick', 'V94 @%##']],
    af: ['{n} {s}\n{c}\n{p}', '{n} {s}, {c}, {p}', '{n} {s}\n{c} {p}\nIreland'] },
  FR: { cult: ['fr', 'fr', 'ma'], dob: 'dmy/', iban: 'FR',
    ph: ['06 ## ## ## ##', '07 ## ## ## ##', '+33 6 ## ## ## ##', '01.%#.##.##.##', '04 %# ## ## ##'],
    mail: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'gmail.com'],
    st: ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse des Tilleuls', 'rue du Moulin', 'allée des Peupliers', 'place de la République'],
    ci: [['Lyon', '6900%'], ['Toulouse', '31%00'], ['Nantes', '44%00'], ['Lille', '59%00'], ['Rennes', '35%00'], ['Montpellier', '34%%0']],
    af: ['{n} {s}\n{p} {c}', '{n}, {s}\n{p} {c}\nFRANCE', '{n} {s}, {p} {c}', 'Bât. B, {n} {s}\n{p} {c}'] },
  DE: { cult: ['de', 'de', 'tr', 'pl'], dob: 'dmy.', iban: 'DE',
    ph: ['0171 %######', '+49 151 %#######', '030 %#######', '(089) %## ### ##', '0157-%#######', '+49 (0)221 %#####'],
    mail: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmail.com'],
    st: ['Lindenstraße', 'Goethestraße', 'Am Mühlbach', 'Hauptstr.', 'Birkenweg', 'Kastanienallee', 'Schillerplatz'],
    ci: [['Berlin', '10%##'], ['München', '80%##'], ['Köln', '50%##'], ['Leipzig', '04%##'], ['Bremen', '28%##'], ['Freiburg im Breisgau', '79%##']],
    af: ['{s} {n}\n{p} {c}', '{s} {n}, {p} {c}', '{s} {n}a\n{p} {c}\nDeutschland'] },
  AT: { cult: ['ch', 'de'], dob: 'dmy.', iban: 'AT',
    ph: ['0664 %######', '+43 676 %######', '01 %## ## ##', '+43 (0)316 %#####'],
    mail: ['gmx.at', 'aon.at', 'chello.at'],
    st: ['Mariahilfer Straße', 'Herrengasse', 'Linzer Straße', 'Grabenweg', 'Kärntner Ring'],
    ci: [['Wien', '1%#0'], ['Graz', '80%0'], ['Linz', '40%0'], ['Innsbruck', '60%0'], ['Salzburg', '50%0']],
    af: ['{s} {n}/{u}\n{p} {c}', '{s} {n}, {p} {c}', '{s} {n}\n{p} {c}\nÖsterreich'] },
  CH: { cult: ['ch', 'it', 'fr'], dob: 'dmy.', iban: 'CH',
    ph: ['079 %## ## ##', '+41 78 %## ## ##', '044 %## ## ##', '+41 (0)31 %## ## ##'],
    mail: ['bluewin.ch', 'sunrise.ch', 'gmail.com'],
    st: ['Bahnhofstrasse', 'Seestrasse', 'Rue de Lausanne', 'Via Nassa', 'Dorfstrasse', 'Spitalgasse'],
    ci: [['Zürich', '80%#'], ['Bern', '30%#'], ['Lugano', '690%'], ['Genève', '120%'], ['Luzern', '600%']],
    af: ['{s} {n}\n{p} {c}', '{s} {n}\nCH-{p} {c}', '{s} {n}, {p} {c}'] },
  NL: { cult: ['nl', 'nl', 'ma', 'tr'], dob: 'dmy-', iban: 'NL',
    ph: ['06-%#######', '+31 6 %#######', '020-%######', '06 %# ## ## ##', '+31 (0)10 %## ####'],
    mail: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
    st: ['Prinsengracht', 'Kerkstraat', 'Oudegracht', 'Laan van Meerdervoort', 'Dorpsstraat', 'Julianalaan'],
    ci: [['Amsterdam', '10%# @@'], ['Utrecht', '35%# @@'], ['Rotterdam', '30%# @@'], ['Groningen', '97%# @@'], ['Den Haag', '25%# @@']],
    af: ['{s} {n}\n{p} {c}', '{s} {n}-{u}\n{p}  {c}', '{s} {n}, {p} {c}'] },
  BE: { cult: ['nl', 'fr', 'ma'], dob: 'dmy/', iban: 'BE',
    ph: ['0470 ## ## ##', '+32 485 ## ## ##', '02 %## ## ##', '09/%## ## ##'],
    mail: ['telenet.be', 'skynet.be', 'proximus.be'],
    st: ['Rue Royale', 'Meir', 'Chaussée de Waterloo', 'Veldstraat', 'Rue Haute', 'Grote Markt'],
    ci: [['Bruxelles', '10%0'], ['Antwerpen', '20%0'], ['Gent', '90%0'], ['Liège', '40%0'], ['Leuven', '3000']],
    af: ['{s} {n}\n{p} {c}', '{s} {n} bus {u}\n{p} {c}', '{s} {n}, {p} {c}'] },
  ES: { cult: ['es', 'es', 'la', 'ma'], dob: 'dmy/', iban: 'ES',
    ph: ['6%# ### ###', '+34 6%# ## ## ##', '91 %## ## ##', '93 %## ####', '7%# ### ###'],
    mail: ['telefonica.net', 'gmail.com', 'hotmail.es', 'yahoo.es'],
    st: ['Calle Mayor', 'Avenida de la Constitución', 'Calle del Pez', 'Paseo de Gracia', 'Rúa do Franco', 'Carrer de Sants'],
    ci: [['Madrid', '280##'], ['Barcelona', '080##'], ['Sevilla', '410##'], ['Valencia', '460##'], ['Santiago de Compostela', '157##'], ['Bilbao', '480##']],
    af: ['{s}, {n}, {u}º B\n{p} {c}', '{s} {n}\n{p} {c}', '{s}, {n} - {p} {c}', '{s} {n}, {p} {c} (España)'] },
  PT: { cult: ['pt'], dob: 'dmy/', iban: 'PT',
    ph: ['91% ### ###', '+351 93% ### ###', '21 %## ## ##', '96% ### ###'],
    mail: ['sapo.pt', 'gmail.com', 'netcabo.pt'],
    st: ['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo', 'Largo do Rato'],
    ci: [['Lisboa', '1%##-###'], ['Porto', '4%##-###'], ['Coimbra', '30##-###'], ['Braga', '47##-###']],
    af: ['{s}, {n}, {u}.º Esq.\n{p} {c}', '{s} {n}\n{p} {c}', '{s}, n.º {n}, {p} {c}'] },
  IT: { cult: ['it'], dob: 'dmy/', iban: 'IT',
    ph: ['3%# ### ####', '+39 3%# #######', '06 %### ####', '02 %#######', '+39 055 %######'],
    mail: ['libero.it', 'virgilio.it', 'tiscali.it', 'gmail.com'],
    st: ['Via Roma', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza del Duomo', 'Viale Mazzini', 'Vicolo Stretto'],
    ci: [['Milano (MI)', '201##'], ['Roma (RM)', '001##'], ['Napoli (NA)', '801##'], ['Torino (TO)', '101##'], ['Bologna (BO)', '401##']],
    af: ['{s}, {n}\n{p} {c}', '{s} {n} - {p} {c}', '{s}, {n} int. {u}\n{p} {c}'] },
  SE: { cult: ['no'], dob: 'iso', iban: 'SE',
    ph: ['070-%## ## ##', '+46 73 %## ## ##', '08-%## ### ##', '031-%## ## ##'],
    mail: ['telia.com', 'bredband.net', 'gmail.com'],
    st: ['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Björkvägen', 'Södra Vägen'],
    ci: [['Stockholm', '1%# ##'], ['Göteborg', '4%# ##'], ['Malmö', '2%# ##'], ['Uppsala', '75% ##']],
    af: ['{s} {n}\n{p} {c}', '{s} {n} lgh 1{u}02\n{p} {c}', '{s} {n}, {p} {c}'] },
  NO: { cult: ['no'], dob: 'dmy.', iban: 'NO',
    ph: ['4%# ## ###', '+47 9%# ## ###', '22 ## ## ##'],
    mail: ['online.no', 'getmail.no', 'gmail.com'],
    st: ['Karl Johans gate', 'Bygdøy allé', 'Storgata', 'Kirkeveien', 'Strandveien'],
    ci: [['Oslo', '0%##'], ['Bergen', '50%#'], ['Trondheim', '70%#'], ['Tromsø', '90%#']],
    af: ['{s} {n}\n{p} {c}', '{s} {n}, {p} {c}'] },
  DK: { cult: ['no'], dob: 'dmy-', iban: 'DK',
    ph: ['%# ## ## ##', '+45 %# ## ## ##'],
    mail: ['mail.dk', 'jubii.dk', 'gmail.com'],
    st: ['Nørrebrogade', 'Vesterbrogade', 'Strøget', 'Østergade', 'Algade'],
    ci: [['København N', '2200'], ['Aarhus C', '8000'], ['Odense C', '5000'], ['Aalborg', '9000']],
    af: ['{s} {n}, {u}. th.\n{p} {c}', '{s} {n}\n{p} {c}\nDanmark'] },
  FI: { cult: ['no'], dob: 'dmy.', iban: 'FI',
    ph: ['040 %## ####', '+358 50 %######', '09 %## ###'],
    mail: ['elisanet.fi', 'luukku.com', 'gmail.com'],
    st: ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Koivukuja', 'Rantatie'],
    ci: [['Helsinki', '00%#0'], ['Tampere', '33%#0'], ['Turku', '20%#0'], ['Oulu', '90%#0']],
    af: ['{s} {n} B {u}\n{p} {c}', '{s} {n}\n{p} {c}\nSuomi'] },
  PL: { cult: ['pl'], dob: 'dmy.', iban: 'PL',
    ph: ['5%# ### ###', '+48 6%# ### ###', '22 %## ## ##', '+48 12 %## ## ##'],
    mail: ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'],
    st: ['ul. Marszałkowska', 'ul. Długa', 'al. Jerozolimskie', 'ul. Polna', 'os. Tysiąclecia'],
    ci: [['Warszawa', '0%-###'], ['Kraków', '3%-###'], ['Gdańsk', '80-%##'], ['Wrocław', '5%-###'], ['Poznań', '6%-###']],
    af: ['{s} {n}/{u}\n{p} {c}', '{s} {n} m. {u}, {p} {c}'] },
  CZ: { cult: ['cz'], dob: 'dmy.', iban: 'CZ',
    ph: ['6%# ### ###', '+420 7%# ### ###', '+420 2%# ### ###'],
    mail: ['seznam.cz', 'centrum.cz', 'email.cz'],
    st: ['Vinohradská', 'Husova', 'Národní třída', 'Masarykova', 'Nádražní'],
    ci: [['Praha 2', '120 00'], ['Brno', '60% 00'], ['Ostrava', '70% 00'], ['Plzeň', '30% 00']],
    af: ['{s} {n}/{u}\n{p} {c}', '{s} {n}, {p} {c}'] },
  RO: { cult: ['ro'], dob: 'dmy.', iban: 'RO',
    ph: ['07%# ### ###', '+40 7%# ### ###', '021 %## ####'],
    mail: ['yahoo.ro', 'gmail.com', 'rdslink.ro'],
    st: ['Str. Mihai Eminescu', 'Bd. Unirii', 'Calea Victoriei', 'Str. Florilor', 'Aleea Teilor'],
    ci: [['București, Sector 3', '03####'], ['Cluj-Napoca', '400###'], ['Iași', '700###'], ['Timișoara', '300###']],
    af: ['{s} nr. {n}, bl. A{u}, ap. {u}\n{p} {c}', '{s} nr. {n}, {c} {p}'] },
  GR: { cult: ['gr'], dob: 'dmy/', iban: 'GR',
    ph: ['69% ### ####', '+30 69% ### ####', '210 %## ####', '2310 %#####'],
    mail: ['otenet.gr', 'yahoo.gr', 'gmail.com'],
    st: ['Οδός Ερμού', 'Λεωφόρος Αλεξάνδρας', 'Οδός Πατησίων', 'Ermou', 'Tsimiski'],
    ci: [['Αθήνα', '1%# ##'], ['Θεσσαλονίκη', '54% ##'], ['Πάτρα', '26% ##'], ['Athina', '10% ##']],
    af: ['{s} {n}\n{p} {c}', '{s} {n}, {p} {c}'] },
  US: { cult: ['us', 'us', 'en', 'la', 'in', 'kr'], dob: 'mdy/',
    ph: ['(%##) %##-####', '%##-%##-####', '+1 %## %## ####', '%##.%##.####', '1-%##-%##-####'],
    mail: ['gmail.com', 'yahoo.com', 'aol.com', 'comcast.net', 'icloud.com'],
    st: ['Maple Ave', 'N Elm St', 'Route 9W', 'Pine Ridge Rd', 'W 48th Street', 'Sunset Blvd', 'Cedar Ln'],
    ci: [['Albany, NY', '122##'], ['Austin, TX', '787##'], ['Tucson, AZ', '857##'], ['Columbus, OH', '432##'], ['Eugene, OR', '974##'], ['Savannah, GA', '314##'], ['Duluth, MN', '558##']],
    af: ['{n} {s}\n{c} {p}', '{n} {s} Apt {u}\n{c} {p}', '{n} {s}, {c} {p}', 'PO Box {n}{u}\n{c} {p}', '{n} {s} #{u}, {c} {p}, USA'] },
  CA: { cult: ['qc', 'us', 'in', 'cn'], dob: 'iso',
    ph: ['(%##) %##-####', '%##-%##-####', '+1 %## %##-####'],
    mail: ['videotron.ca', 'rogers.com', 'sympatico.ca', 'gmail.com'],
    st: ['rue Saint-Denis', 'boulevard René-Lévesque O', 'Yonge Street', 'Jasper Ave NW', 'Commercial Drive'],
    ci: [['Montréal (Québec)', 'H2X %@%'], ['Toronto ON', 'M5V %@%'], ['Edmonton AB', 'T5J %@%'], ['Vancouver BC', 'V5L %@%']],
    af: ['{n} {s}\n{c}  {p}', '{u}-{n} {s}\n{c} {p}\nCanada', '{n} {s}, {c} {p}'] },
  MX: { cult: ['la'], dob: 'dmy/',
    ph: ['55 %### ####', '+52 1 55 %### ####', '+52 33 %### ####', '(81) %###-####'],
    mail: ['prodigy.net.mx', 'hotmail.com', 'gmail.com'],
    st: ['Calle Reforma', 'Av. Insurgentes Sur', 'Calle Hidalgo', 'Privada de los Pinos', 'Calz. de Tlalpan'],
    ci: [['Ciudad de México, CDMX', '0%###'], ['Guadalajara, Jal.', '44###'], ['Monterrey, N.L.', '64###'], ['Puebla, Pue.', '72###']],
    af: ['{s} {n} Int. {u}, Col. Centro\nC.P. {p}, {c}', '{s} #{n}, Col. Roma Norte, {c}, C.P. {p}'] },
  CO: { cult: ['la'], dob: 'dmy/',
    ph: ['3%# ### ####', '+57 3%# #######', '(601) %## ####'],
    mail: ['hotmail.com', 'gmail.com', 'une.net.co'],
    st: ['Calle 7', 'Carrera 15', 'Avenida Boyacá', 'Diagonal 45', 'Transversal 3'],
    ci: [['Bogotá D.C.', '11####'], ['Medellín, Antioquia', '050###'], ['Cali, Valle', '760###']],
    af: ['{s} # {n}-{u}\n{c}', '{s} # {n}-{u}, Apto {u}0{u}, {c}'] },
  AR: { cult: ['la', 'it', 'es'], dob: 'dmy/',
    ph: ['11 %###-####', '+54 9 11 %###-####', '(0351) 15-%##-####', '+54 9 341 %##-####'],
    mail: ['fibertel.com.ar', 'gmail.com', 'yahoo.com.ar'],
    st: ['Av. Corrientes', 'Calle Florida', 'Av. Rivadavia', 'Bv. Oroño', 'Pasaje Russel'],
    ci: [['CABA', 'C1%##@@@'], ['Rosario, Santa Fe', 'S2000'], ['Córdoba', 'X50%#@@@']],
    af: ['{s} {n}, {u}º "B"\n{p} {c}', '{s} {n}, {c} ({p})'] },
  CL: { cult: ['la'], dob: 'dmy-',
    ph: ['9 %### ####', '+56 9 %### ####', '+56 2 2%## ####'],
    mail: ['gmail.com', 'vtr.net', 'hotmail.cl'],
    st: ['Av. Providencia', 'Calle Merced', 'Av. Libertador Bernardo O\'Higgins', 'Pasaje Los Aromos'],
    ci: [['Santiago', '75#####'], ['Valparaíso', '23#####'], ['Concepción', '40#####']],
    af: ['{s} {n}, depto. {u}0{u}\n{c}', '{s} {n}, {c}, Región Metropolitana'] },
  BR: { cult: ['pt'], dob: 'dmy/', iban: 'BR',
    ph: ['(11) 9%###-####', '+55 21 9%###-####', '(31) 3%##-####', '11 9%### ####'],
    mail: ['uol.com.br', 'bol.com.br', 'gmail.com', 'terra.com.br'],
    st: ['Rua das Flores', 'Av. Paulista', 'Rua Augusta', 'Travessa São José', 'Av. Sete de Setembro'],
    ci: [['São Paulo - SP', '0%###-###'], ['Rio de Janeiro - RJ', '2%###-###'], ['Belo Horizonte - MG', '3%###-###'], ['Recife - PE', '5%###-###']],
    af: ['{s}, {n}, apto {u}2\n{c}\nCEP {p}', '{s}, {n} - Centro, {c}, {p}'] },
  NG: { cult: ['ng'], dob: 'dmy/',
    ph: ['080% ### ####', '+234 80% ### ####', '0703-%##-####', '+234 (0) 81% ### ####'],
    mail: ['yahoo.com', 'gmail.com'],
    st: ['Admiralty Way', 'Ogunlana Drive', 'Adeola Odeku Street', 'Aba Road', 'Ahmadu Bello Way'],
    ci: [['Lekki, Lagos', '10%###'], ['Surulere, Lagos', '10%###'], ['Port Harcourt, Rivers State', '50%###'], ['Garki, Abuja', '900###']],
    af: ['{n} {s}\n{c}', 'Plot {n}, {s}, {c} {p}', '{n}, {s}\nOff Allen Avenue\n{c}'] },
  KE: { cult: ['ke'], dob: 'dmy/',
    ph: ['07%# ######', '+254 7%# ######', '0722 ### ###', '+254 (0) 11# ######'],
    mail: ['gmail.com', 'yahoo.com'],
    st: ['Moi Avenue', 'Ngong Road', 'Kenyatta Avenue', 'Oginga Odinga Street', 'Waiyaki Way'],
    ci: [['Nairobi', '00100'], ['Mombasa', '80100'], ['Kisumu', '40100'], ['Eldoret', '30100']],
    af: ['P.O. Box {n}{u}-{p}\n{c}', '{s}, House No. {n}\nP.O. Box {u}{n}-{p}, {c}'] },
  ZA: { cult: ['za'], dob: 'iso',
    ph: ['08% ### ####', '+27 8% ### ####', '021 %## ####', '(011) %##-####'],
    mail: ['mweb.co.za', 'telkomsa.net', 'gmail.com'],
    st: ['Long Street', 'Jan Smuts Avenue', 'Vilakazi Street', 'Main Road', 'Kloof Street'],
    ci: [['Cape Town', '8001'], ['Johannesburg', '2%##'], ['Durban', '40##'], ['Soweto', '1804'], ['Pretoria', '0%##']],
    af: ['{n} {s}\n{c}\n{p}', '{n} {s}, {c}, {p}', 'PO Box {n}{u}\n{c}\n{p}'] },
  EG: { cult: ['eg'], dob: 'dmy/',
    ph: ['010 %### ####', '+20 11 %### ####', '012-%###-####', '02 %### ####'],
    mail: ['yahoo.com', 'gmail.com', 'hotmail.com'],
    st: ['شارع التحرير', 'شارع جامعة الدول العربية', 'شارع 9', 'El Nasr Road', 'Abbas El Akkad St.'],
    ci: [['الدقي، الجيزة', '12###'], ['مدينة نصر، القاهرة', '11###'], ['Heliopolis, Cairo', '11###'], ['Alexandria', '21###']],
    af: ['{n} {s}\n{c} {p}', '{n} {s}، {c}'] },
  MA: { cult: ['ma'], dob: 'dmy/',
    ph: ['06 ## ## ## ##', '+212 6 ## ## ## ##', '05 2% ## ## ##', '+212 7## ## ## ##'],
    mail: ['menara.ma', 'gmail.com', 'hotmail.fr'],
    st: ['Rue Tarik Ibn Ziad', 'Avenue Mohammed V', 'Boulevard Zerktouni', 'Derb Sidi Bouloukat', 'Rue Oued Ziz'],
    ci: [['Casablanca', '20###'], ['Rabat', '10###'], ['Marrakech', '40###'], ['Fès', '30###']],
    af: ['{n}, {s}\n{p} {c}', '{n} {s}, {c} {p}, Maroc'] },
  GH: { cult: ['gh'], dob: 'dmy/',
    ph: ['024 ### ####', '+233 24 ### ####', '020-%##-####', '+233 (0)55 %## ####'],
    mail: ['gmail.com', 'yahoo.com'],
    st: ['Oxford Street', 'Liberation Road', 'Kojo Thompson Road', 'Spintex Road'],
    ci: [['Osu, Accra', 'GA-%##-####'], ['Kumasi', 'AK-%##-####'], ['Tema', 'GT-%##-####']],
    af: ['House {n}, {s}\n{c}\nGhanaPost GPS: {p}', '{n} {s}, {c}'] },
  IN: { cult: ['in'], dob: 'dmy/',
    ph: ['9%### #####', '+91 9%### #####', '+91-8%########', '080-%#######', '044 %### ####', '07%########'],
    mail: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
    st: ['MG Road', '5th Cross, Indiranagar', 'Anna Salai', 'Linking Road, Bandra West', 'Sector 21', 'Nehru Nagar'],
    ci: [['Bengaluru, Karnataka', '560 0##'], ['Chennai', '600 0##'], ['Mumbai', '400 0##'], ['Gurugram, Haryana', '1220##'], ['Kochi, Kerala', '6820##']],
    af: ['#{n}, {s}\n{c} - {p}', 'Flat {u}0{u}, {n} {s}\n{c} {p}', 'H.No. {u}-{n}, {s}, {c} {p}'] },
  PK: { cult: ['pk'], dob: 'dmy/',
    ph: ['03%# #######', '+92 3%# #######', '042-%#######', '0300-%######'],
    mail: ['gmail.com', 'yahoo.com', 'hotmail.com'],
    st: ['Mall Road', 'Shahrah-e-Faisal', 'Jinnah Avenue', 'Street 14, G-9/2', 'Canal Bank Road'],
    ci: [['Lahore', '54###'], ['Karachi', '75###'], ['Islamabad', '44###'], ['Peshawar', '25###']],
    af: ['House {n}, {s}\n{c} {p}', 'House No. {n}, {s}, {c}'] },
  BD: { cult: ['bd'], dob: 'dmy-',
    ph: ['017##-######', '+880 17## ######', '+880 1%##-######', '02-%######'],
    mail: ['gmail.com', 'yahoo.com'],
    st: ['Road 11, Dhanmondi', 'Gulshan Avenue', 'Mirpur Road', 'Agrabad C/A'],
    ci: [['Dhaka', '12##'], ['Chattogram', '4100'], ['Sylhet', '3100']],
    af: ['House {n}, {s}\n{c}-{p}', 'House #{n}, {s}, {c} {p}'] },
  LK: { cult: ['lk'], dob: 'iso',
    ph: ['07% ### ####', '+94 7% ### ####', '011 %## ####'],
    mail: ['sltnet.lk', 'gmail.com'],
    st: ['Galle Road', 'Duplication Road', 'Kandy Road', 'Temple Lane'],
    ci: [['Colombo 03', '00300'], ['Kandy', '20000'], ['Negombo', '11500']],
    af: ['No. {n}, {s}\n{c} {p}', 'No. {n}/{u}, {s}, {c}'] },
  CN: { cult: ['cn'], dob: 'cjk',
    ph: ['13# #### ####', '+86 15# #### ####', '010-%#######', '+86 21 %### ####', '18#########'],
    mail: ['qq.com', '163.com', '126.com', 'sina.com'],
    st: ['朝阳区建国路', '海淀区中关村大街', '浦东新区世纪大道', '天河区体育西路', '武侯区人民南路'],
    ci: [['北京市', '1000##'], ['上海市', '2001##'], ['广州市', '5106##'], ['成都市', '6100##']],
    af: ['{c}{s}{n}号{u}栋{u}0{u}室', '{c}{s}{n}号 邮编{p}'] },
  TW: { cult: ['tw'], dob: 'ymd/',
    ph: ['09##-###-###', '+886 9## ### ###', '(02) 2%##-####', '02-2%######'],
    mail: ['gmail.com', 'yahoo.com.tw', 'hinet.net'],
    st: ['信義路五段', '中山北路二段', '忠孝東路四段', '民生路'],
    ci: [['臺北市信義區', '110'], ['臺北市中山區', '104'], ['高雄市前金區', '801'], ['臺中市西區', '403']],
    af: ['{p}{c}{s}{n}號{u}樓', '{p} {c}{s}{n}巷{u}號'] },
  JP: { cult: ['jp'], dob: 'cjk',
    ph: ['090-####-####', '080-%###-####', '+81 90-####-####', '03-%###-####', '06-%###-####', '(075) %##-####'],
    mail: ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com', 'ezweb.ne.jp'],
    st: ['渋谷区神宮前', '北区梅田', '中京区烏丸通', '中区栄', '博多区博多駅前'],
    ci: [['東京都', '150-00##'], ['大阪府大阪市', '530-00##'], ['京都府京都市', '604-8###'], ['愛知県名古屋市', '460-00##'], ['福岡県福岡市', '812-00##']],
    af: ['{p}\n{c}{s}{u}丁目{n}-{u}', '{p} {c}{s}{u}-{n}-{u} コーポ桜{u}0{u}'] },
  KR: { cult: ['kr'], dob: 'kr',
    ph: ['010-%###-####', '+82 10-%###-####', '02-%##-####', '010 %### ####', '031-%##-####'],
    mail: ['naver.com', 'daum.net', 'kakao.com', 'gmail.com'],
    st: ['강남구 테헤란로', '마포구 월드컵북로', '해운대구 해운대로', '수성구 달구벌대로'],
    ci: [['서울특별시', '06###'], ['부산광역시', '48###'], ['대구광역시', '42###'], ['서울시', '03###']],
    af: ['({p}) {c} {s} {n}, {u}0{u}호', '{c} {s} {n} ({p})'] },
  TH: { cult: ['th'], dob: 'th',
    ph: ['08# ### ####', '+66 8# ### ####', '02 %## ####', '09#-###-####'],
    mail: ['hotmail.com', 'gmail.com'],
    st: ['ถนนสุขุมวิท', 'ถนนพหลโยธิน', 'ซอยอารีย์', 'ถนนนิมมานเหมินท์'],
    ci: [['แขวงคลองเตย เขตคลองเตย กรุงเทพฯ', '10110'], ['อ.เมือง จ.เชียงใหม่', '50200'], ['เขตพญาไท กรุงเทพมหานคร', '10400']],
    af: ['{n}/{u} {s}\n{c} {p}', '{n}/{u} {s} {c} {p}'] },
  MY: { cult: ['my', 'sg', 'in'], dob: 'dmy/',
    ph: ['01%-### ####', '+60 1%-### ####', '03-%### ####', '+6012 ### ####'],
    mail: ['gmail.com', 'yahoo.com.my', 'tm.net.my'],
    st: ['Jalan Tun Razak', 'Jalan SS 2/24', 'Lorong Maarof', 'Jalan Ampang', 'Persiaran Gurney'],
    ci: [['Kuala Lumpur', '50###'], ['Petaling Jaya, Selangor', '47###'], ['George Town, Pulau Pinang', '10###'], ['Johor Bahru, Johor', '80###']],
    af: ['No. {n}, {s}\n{p} {c}', 'No. {n}, {s}, {p} {c}', 'Lot {n}, {s}\n{p} {c}\nMalaysia'] },
  SG: { cult: ['sg', 'my', 'in'], dob: 'dmy/',
    ph: ['9### ####', '8### ####', '+65 9### ####', '+65 6%## ####'],
    mail: ['singnet.com.sg', 'gmail.com', 'yahoo.com.sg'],
    st: ['Tampines Street 21', 'Ang Mo Kio Avenue 3', 'Jurong West Street 52', 'Bukit Timah Road', 'Orchard Road'],
    ci: [['Singapore', '5#####'], ['Singapore', '6#####'], ['Singapore', '2#####']],
    af: ['Blk {n} {s}\n#{u}0-{n}{u}\n{c} {p}', 'Blk {n} {s}, #0{u}-{n}, {c} {p}', '{n} {s}\n{c} {p}'] },
  PH: { cult: ['ph'], dob: 'long-us',
    ph: ['09## ### ####', '+63 9## ### ####', '(02) 8%## ####', '0917-###-####'],
    mail: ['gmail.com', 'yahoo.com', 'yahoo.com.ph'],
    st: ['Rizal Street', 'Mabini St.', 'Kalayaan Ave.', 'Purok 3, Brgy. San Isidro', 'Aguinaldo Highway'],
    ci: [['Quezon City', '11##'], ['Makati City', '12##'], ['Cebu City', '6000'], ['Davao City', '8000']],
    af: ['{n} {s}\n{c} {p}', '{n} {s}, {c}, {p} Philippines', 'Blk {u} Lot {n}, {s}, {c} {p}'] },
  AU: { cult: ['au', 'en', 'cn', 'in'], dob: 'dmy/',
    ph: ['04## ### ###', '+61 4## ### ###', '(02) %### ####', '03 %### ####', '+61 8 %### ####'],
    mail: ['bigpond.com', 'optusnet.com.au', 'gmail.com'],
    st: ['Smith Street', 'Parramatta Rd', 'Brunswick St', 'Beach Road', 'Wattle Grove'],
    ci: [['Fitzroy VIC', '3065'], ['Newtown NSW', '2042'], ['Fremantle WA', '6160'], ['Toowong QLD', '4066'], ['Glenelg SA', '5045']],
    af: ['{n} {s}\n{c} {p}', 'Unit {u}/{n} {s}\n{c} {p}', '{n} {s}, {c} {p}, Australia'] },
  NZ: { cult: ['au', 'en'], dob: 'dmy/',
    ph: ['021 ### ####', '+64 21 ### ####', '(09) %## ####', '027 %## ####', '+64 4 %## ####'],
    mail: ['xtra.co.nz', 'gmail.com', 'orcon.net.nz'],
    st: ['Queen Street', 'Cuba Street', 'Ponsonby Road', 'Riccarton Road', 'Kowhai Crescent'],
    ci: [['Auckland', '10##'], ['Te Aro, Wellington', '6011'], ['Christchurch', '80##'], ['Rotorua', '3010']],
    af: ['{n} {s}\n{c} {p}', '{n}A {s}, {c} {p}', '{n} {s}\n{c} {p}\nNew Zealand'] },
  TR: { cult: ['tr'], dob: 'dmy.', iban: 'TR',
    ph: ['05%# ### ## ##', '+90 5%# ### ## ##', '0212 %## ## ##', '0 (532) %## ## ##'],
    mail: ['hotmail.com', 'gmail.com', 'yandex.com.tr'],
    st: ['Atatürk Caddesi', 'Bağdat Caddesi', 'Gül Sokak', 'İstiklal Caddesi', 'Çamlık Sokak'],
    ci: [['Kadıköy/İstanbul', '347##'], ['Çankaya/Ankara', '06###'], ['Konak/İzmir', '35###'], ['Nilüfer/Bursa', '16###']],
    af: ['{s} No: {n} D: {u}\n{p} {c}', '{s} No:{n} Daire:{u}, {p} {c}', 'Moda Mah. {s} No: {n}/{u}\n{p} {c}'] },
  IL: { cult: ['il'], dob: 'dmy/', iban: 'IL',
    ph: ['05%-###-####', '+972 5%-###-####', '03-%######', '02-%##-####'],
    mail: ['walla.co.il', 'gmail.com', 'bezeqint.net'],
    st: ['רחוב הרצל', 'שדרות רוטשילד', 'רחוב יפו', 'Dizengoff St', 'Ben Yehuda St'],
    ci: [['תל אביב-יפו', '6#####'], ['ירושלים', '9#####'], ['חיפה', '3#####'], ['Tel Aviv', '6#####']],
    af: ['{s} {n}, דירה {u}\n{c} {p}', '{s} {n}, {c} {p}', '{n} {s}\n{c} {p}\nIsrael'] },
  SA: { cult: ['gulf'], dob: 'dmy/', iban: 'SA',
    ph: ['05# ### ####', '+966 5# ### ####', '011 %## ####', '+966 (0)12 %## ####'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.sa'],
    st: ['طريق الملك فهد', 'شارع التحلية', 'King Abdulaziz Rd', 'Prince Sultan St'],
    ci: [['الرياض', '1####'], ['جدة', '2####'], ['Riyadh', '1####'], ['Dammam', '3####']],
    af: ['{n} {s}، حي العليا\n{c} {p}', 'Building {n}, {s}, Al Olaya\n{c} {p}\nSaudi Arabia'] },
  AE: { cult: ['gulf', 'in', 'pk', 'ph'], dob: 'dmy/', iban: 'AE',
    ph: ['050 ### ####', '+971 5% ### ####', '04 %## ####', '+971-55-%######'],
    mail: ['emirates.net.ae', 'gmail.com', 'eim.ae'],
    st: ['Sheikh Zayed Road', 'Al Wasl Road', 'Corniche Road', 'Al Khaleej Street'],
    ci: [['Dubai', '#####'], ['Abu Dhabi', '#####'], ['Sharjah', '#####']],
    af: ['Villa {n}, {s}\nP.O. Box {p}, {c}\nUnited Arab Emirates', 'Apt {u}0{u}, {n} {s}, P.O. Box {p}, {c}'] },
  IR: { cult: ['ir'], dob: 'ymd/',
    ph: ['0912 ### ####', '+98 912 ### ####', '021-%#######', '0935-###-####'],
    mail: ['yahoo.com', 'gmail.com', 'chmail.ir'],
    st: ['خیابان ولیعصر', 'خیابان انقلاب', 'بلوار کشاورز', 'کوچه بهار'],
    ci: [['تهران', '1#########'], ['اصفهان', '8#########'], ['شیراز', '7#########']],
    af: ['{c}، {s}، پلاک {n}، واحد {u}\nکد پستی: {p}', '{c}، {s}، پلاک {n}'] },
};
const CODES = Object.keys(K);
const IBAN_CODES = CODES.filter((c) => K[c]?.iban);
const ctry = (code: string): Country => K[code] as Country;

function phone(r: Rng, code: string): string {
  return fill(r, r.pick(ctry(code).ph));
}
function address(r: Rng, code: string, oneLine = false): string {
  const k = ctry(code);
  const [c, p] = r.pick(k.ci);
  const n = String(r.int(1, 189));
  const s = r
    .pick(k.af)
    .replace(/\{n\}/g, n)
    .replace(/\{u\}/g, () => String(r.int(1, 9)))
    .replace('{s}', r.pick(k.st))
    .replace('{c}', c)
    .replace('{p}', fill(r, p));
  return oneLine ? s.replace(/\n+/g, ', ') : s;
}
/** Countries whose documents write names in a non-Latin script. */
const NATIVE = new Set(['GR', 'EG', 'SA', 'AE', 'IR', 'IL', 'CN', 'TW', 'JP', 'KR', 'TH']);
/** A person living in `code`, romanised unless the country writes names natively. */
function personOf(r: Rng, code: string): Person {
  const p = person(r, r.pick(ctry(code).cult));
  return NATIVE.has(code) ? p : { ...p, g: p.gr, f: p.fr };
}

// ---------------------------------------------------------------- dates

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const birth = (r: Rng, lo = 18, hi = 88): Ymd => ({ y: 2026 - r.int(lo, hi), m: r.int(1, 12), d: r.int(1, 28) });
const someDay = (r: Rng): Ymd => ({ y: r.int(2019, 2027), m: r.int(1, 12), d: r.int(1, 28) });
const MON: Record<string, string[]> = {
  en: w('January, February, March, April, May, June, July, August, September, October, November, December'),
  fr: w('janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre'),
  de: w('Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember'),
  es: w('enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, diciembre'),
  pt: w('janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro'),
  it: w('gennaio, febbraio, marzo, aprile, maggio, giugno, luglio, agosto, settembre, ottobre, novembre, dicembre'),
  nl: w('januari, februari, maart, april, mei, juni, juli, augustus, september, oktober, november, december'),
  tr: w('Ocak, Şubat, Mart, Nisan, Mayıs, Haziran, Temmuz, Ağustos, Eylül, Ekim, Kasım, Aralık'),
  pl: w('stycznia, lutego, marca, kwietnia, maja, czerwca, lipca, sierpnia, września, października, listopada, grudnia'),
  th: w('ม.ค., ก.พ., มี.ค., เม.ย., พ.ค., มิ.ย., ก.ค., ส.ค., ก.ย., ต.ค., พ.ย., ธ.ค.'),
};
const mon = (lang: string, m: number): string => (MON[lang] ?? [])[m - 1] ?? '';
function fmtDate(r: Rng, x: Ymd, style: DateStyle): string {
  const { y, m, d } = x;
  switch (style) {
    case 'dmy.': return r.chance(0.8) ? `${pad(d)}.${pad(m)}.${y}` : `${d}.${m}.${y}`;
    case 'dmy/': return `${pad(d)}/${pad(m)}/${y}`;
    case 'mdy/': return r.chance(0.7) ? `${pad(m)}/${pad(d)}/${y}` : `${m}/${d}/${y}`;
    case 'iso': return `${y}-${pad(m)}-${pad(d)}`;
    case 'dmy-': return `${pad(d)}-${pad(m)}-${y}`;
    case 'ymd/': return `${y}/${pad(m)}/${pad(d)}`;
    case 'fa': return `${y - 621}/${pad(m)}/${pad(d)}`;
    case 'cjk': return `${y}年${m}月${d}日`;
    case 'kr': return r.chance(0.6) ? `${y}년 ${m}월 ${d}일` : `${y}.${pad(m)}.${pad(d)}.`;
    case 'long-en': return `${d} ${mon('en', m)} ${y}`;
    case 'long-us': return `${mon('en', m)} ${d}, ${y}`;
    case 'fr': return `${d === 1 ? '1er' : d} ${mon('fr', m)} ${y}`;
    case 'de': return `${d}. ${mon('de', m)} ${y}`;
    case 'es': return `${d} de ${mon('es', m)} de ${y}`;
    case 'pt': return `${d} de ${mon('pt', m)} de ${y}`;
    case 'it': return `${d} ${mon('it', m)} ${y}`;
    case 'nl': return `${d} ${mon('nl', m)} ${y}`;
    case 'tr': return `${d} ${mon('tr', m)} ${y}`;
    case 'pl': return `${d} ${mon('pl', m)} ${y}`;
    case 'th': return `${d} ${mon('th', m)} ${y + 543}`;
  }
}
/** A date of birth written the way the country writes dates. */
const dob = (r: Rng, code: string, lo = 18, hi = 88): string => fmtDate(r, birth(r, lo, hi), code === 'IR' ? 'fa' : ctry(code).dob);
/** Any other date, the same way. */
const day = (r: Rng, code: string): string => fmtDate(r, someDay(r), code === 'IR' ? 'fa' : ctry(code).dob);

// ---------------------------------------------------------------- checksummed values

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dg of v) rem = (rem * 10 + Number(dg)) % 97;
  }
  return rem;
}
const BANKS: Record<string, string[]> = {
  GB: ['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL', 'CPBK'],
  IE: ['AIBK', 'BOFI', 'IPBS'],
  NL: ['ABNA', 'RABO', 'INGB', 'TRIO', 'SNSB', 'ASNB'],
};
/** A compact, checksum-valid IBAN. */
function ibanCompact(r: Rng, cc: string): string {
  const len = IBAN_LENGTHS[cc] ?? 22;
  const banks = BANKS[cc];
  let bban = banks ? r.pick(banks) + r.digits(len - 8) : r.digits(len - 4);
  if (cc === 'BR') bban = r.digits(len - 6) + 'C1';
  const check = 98 - mod97(bban + cc + '00');
  const out = cc + pad(check) + bban;
  if (!ibanMod97Valid(out) || out.length !== len) throw new Error(`bad IBAN ${out}`);
  return out;
}
const group4 = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');
function ibanFmt(r: Rng, compact: string): string {
  const x = r.next();
  if (x < 0.62) return group4(compact);
  if (x < 0.92) return compact;
  return r.chance(0.5) ? compact.toLowerCase() : group4(compact.toLowerCase());
}
const iban = (r: Rng, cc: string): string => ibanFmt(r, ibanCompact(r, cc));
/** A checksum-invalid IBAN (one digit of the account changed). */
function badIban(r: Rng, cc: string): string {
  const v = ibanCompact(r, cc);
  const i = v.length - 1 - r.int(0, 3);
  const dg = v.charAt(i);
  const nd = /\d/.test(dg) ? String((Number(dg) + r.int(1, 9)) % 10) : dg === 'Z' ? 'A' : 'Z';
  return group4(v.slice(0, i) + nd + v.slice(i + 1));
}

function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + String(c))) return String(c);
  return '0';
}
/** A Luhn-valid card number of a real network shape, as digits. */
function cardDigits(r: Rng): string {
  const x = r.int(0, 99);
  let prefix: string;
  let len = 16;
  if (x < 34) {
    prefix = '4';
    len = r.chance(0.06) ? 13 : 16;
  } else if (x < 52) prefix = r.chance(0.7) ? `5${r.int(1, 5)}` : String(r.int(2221, 2720));
  else if (x < 66) {
    prefix = r.pick(['34', '37']);
    len = 15;
  } else if (x < 74) prefix = r.pick(['6011', '65', String(r.int(644, 649))]);
  else if (x < 82) prefix = String(r.int(3528, 3589));
  else if (x < 88) {
    prefix = r.pick(['36', '38', String(r.int(300, 305))]);
    len = 14;
  } else {
    prefix = '62';
    len = r.chance(0.7) ? 16 : 19;
  }
  const body = prefix + r.digits(len - 1 - prefix.length);
  return body + luhnDigit(body);
}
function cardFmt(r: Rng, dg: string): string {
  const sep = r.pick([' ', ' ', '-', '']);
  if (!sep) return dg;
  if (dg.length === 15) return [dg.slice(0, 4), dg.slice(4, 10), dg.slice(10)].join(sep);
  if (dg.length === 14) return [dg.slice(0, 4), dg.slice(4, 10), dg.slice(10)].join(sep);
  return (dg.match(/.{1,4}/g) ?? [dg]).join(sep);
}
const card = (r: Rng): string => cardFmt(r, cardDigits(r));
/** A card-like number that fails Luhn. */
function badCard(r: Rng): string {
  const dg = cardDigits(r);
  const last = Number(dg.charAt(dg.length - 1));
  return cardFmt(r, dg.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}
const maskedCard = (r: Rng): string => r.pick([`**** **** **** ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `${r.digits(4)} •••• •••• ${r.digits(4)}`, `ending in ${r.digits(4)}`]);

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99));
  const s = pad(r.int(1, 9999), 4);
  const x = r.next();
  return x < 0.75 ? `${a}-${g}-${s}` : x < 0.88 ? `${a} ${g} ${s}` : `${a}${g}${s}`;
}
const maskedSsn = (r: Rng): string => r.pick([`XXX-XX-${r.digits(4)}`, `***-**-${r.digits(4)}`, `xxx-xx-${r.digits(4)}`]);
const ein = (r: Rng): string => `${r.int(10, 98)}-${r.digits(7)}`;
const routing = (r: Rng): string => r.pick(['0', '1', '2']) + r.digits(8);

function ipv4(r: Rng): string {
  const x = r.next();
  if (x < 0.2) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (x < 0.35) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
  if (x < 0.42) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
function ipv6(r: Rng): string {
  const h = (): string => hex(r, r.int(1, 4)).replace(/^0+(?=.)/, '');
  const x = r.next();
  if (x < 0.35) return `2001:db8:${h()}:${h()}::${h()}`;
  if (x < 0.6) return `2a02:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
  if (x < 0.8) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  return `2600:${h()}:${h()}::${h()}:${h()}`;
}
const ip = (r: Rng): string => (r.chance(0.72) ? ipv4(r) : ipv6(r));

// ---------------------------------------------------------------- distractors

const ORDER = (r: Rng): string => r.pick([`#${r.int(100000, 999999)}`, `ORD-${r.int(2019, 2026)}-${r.digits(6)}`, `A${r.digits(9)}`, `${fill(r, '@@')}-${r.digits(7)}`]);
const TRACK = (r: Rng): string => r.pick([`1Z${fill(r, '@@@')}${r.digits(13)}`, `JD0${r.digits(15)}`, `RR${r.digits(9)}GB`, `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`, `CP${r.digits(9)}DE`]);
const VERSION = (r: Rng): string => r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`, `10.0.${r.int(17000, 26100)}.${r.int(1000, 6000)}`, `${r.int(1, 5)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(300, 9999)}`, `build ${r.int(2019, 2026)}.${r.int(1, 12)}.${r.int(1, 28)}`]);
const SHA = (r: Rng, n = 40): string => hex(r, n);
const UUID = (r: Rng): string => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;
const TS = (r: Rng): string => `${r.int(2024, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
const MONEY = (r: Rng): string => `${r.int(3, 4800)}.${pad(r.int(0, 99))}`;
const EPONYM = [
  "Parkinson's disease", "Alzheimer's", 'Hodgkin lymphoma', 'Down syndrome', "Crohn's disease", "Hashimoto's thyroiditis",
  'Guillain-Barré syndrome', "Tourette's", 'Graves disease', "Bell's palsy", 'Kaposi sarcoma', "Addison's disease",
];
const BRANDS = ['Tim Hortons', "McDonald's", 'Ben & Jerry', 'Ferrari', 'Dr. Oetker', 'Hugo Boss', 'Carlsberg', 'Hennessy', 'Tommy Hilfiger', 'Ralph Lauren', 'Peugeot', 'Porsche', 'Cadbury', 'Heinz', 'Kellogg', 'Jack Daniel', 'Walt Disney', 'Louis Vuitton'];
const PLACES = ['Victoria Station', 'Mount Kenya', 'Lake Victoria', 'Port Elizabeth', 'São José dos Campos', 'Charles de Gaulle airport', 'Kennedy airport', 'Vasco da Gama bridge', 'Ciudad Juárez', 'Alexanderplatz', 'Melbourne Cricket Ground', 'Jomo Kenyatta airport'];
const LAWS = ["Megan's Law", "Murphy's law", 'the Magnitsky Act', 'the Nobel Prize', 'the Pulitzer', "Hooke's law", 'the Fields Medal', 'the Marshall Plan', 'Halley\'s comet', 'the Turing Award'];
const pick = <T>(r: Rng, xs: readonly T[]): T => r.pick(xs);

// ---------------------------------------------------------------- name variants

/** A romanised person written one of the ways forms and exports write names. */
function nameVar(r: Rng, p: Person): string {
  const x = r.next();
  if (x < 0.45) return p.gr === p.g ? full(p) : roman(p, true);
  if (x < 0.6) return `${p.fr.toUpperCase()} ${p.gr}`;
  if (x < 0.72) return `${p.fr}, ${p.gr}`;
  if (x < 0.82) return `${p.gr.charAt(0)}. ${p.fr}`;
  if (x < 0.9) return `${p.gr} ${p.fr}`.toUpperCase();
  if (x < 0.95) return `${p.gr} ${p.fr}`.toLowerCase();
  return roman(p);
}
const title = (r: Rng, lang: string): string =>
  r.pick(({ en: ['Mr ', 'Mrs ', 'Ms ', 'Dr ', 'Mr. ', ''], de: ['Herr ', 'Frau ', 'Dr. med. ', ''], fr: ['M. ', 'Mme ', 'Dr ', ''], es: ['Sr. ', 'Sra. ', 'D. ', 'Dña. ', ''], it: ['Sig. ', 'Sig.ra ', 'Dott. ', ''], pt: ['Sr. ', 'Sra. ', 'Dr. ', ''] } as Record<string, string[]>)[lang] ?? ['']);

type Tpl = (r: Rng, d: Doc) => void;

// ---------------------------------------------------------------- forms and letters

const gpReferral: Tpl = (r, d) => {
  const code = r.pick(['GB', 'GB', 'IE', 'AU', 'NZ']);
  const pt = personOf(r, code);
  const gp = personOf(r, code);
  const cons = personOf(r, code);
  d.t(`${r.pick(['Riverside', 'Oakfield', 'Harbour View', 'Castle Street'])} Medical Practice\n`).adr(address(r, code)).t(`\nTel `).tel(phone(r, code));
  d.t(`\n\n${day(r, code)}\n\nDear Dr `).p(cons.fr).t(',\n\nRe: ').p(`${pt.gr} ${pt.fr.toUpperCase()}`).t(`   DOB: `).born(dob(r, code));
  d.t(`   ${code === 'GB' ? 'NHS No' : 'MRN'}: ${r.digits(3)} ${r.digits(3)} ${r.digits(4)}\n`).t('Address: ').adr(address(r, code, true)).t('\nMobile: ').tel(phone(r, code));
  d.t(`\n\nThank you for seeing this ${r.int(19, 80)}-year-old with suspected ${pick(r, EPONYM)}. Bloods on ${day(r, code)} were unremarkable apart from a ferritin of ${r.int(5, 40)}. `);
  d.t(r.chance(0.5) ? `Her daughter, ` : `His partner, `).p(full(personOf(r, code))).t(', attends appointments with the patient and can be reached on ').tel(phone(r, code)).t('.\n\nYours sincerely,\n\n');
  d.t('Dr ').me(full(gp)).t(`\nGeneral Practitioner\n`);
  if (r.chance(0.5)) d.em(`${ascii(gp.fr)}.surgery@${r.pick(['nhs.net', 'hse.ie', 'healthpoint.co.nz'])}`);
};

const arztbrief: Tpl = (r, d) => {
  const code = r.pick(['DE', 'AT', 'CH']);
  const pt = personOf(r, code);
  const doc = personOf(r, code);
  d.t(`Praxis Dr. med. `).p(`${doc.gr.charAt(0)}. ${doc.fr}`).t(` · Fachärztin für Innere Medizin\n`).adr(address(r, code, true)).t(' · Tel. ').tel(phone(r, code));
  d.t(`\n\nÜberweisungsschein\nKrankenkasse: ${r.pick(['AOK Bayern', 'TK', 'Barmer', 'ÖGK', 'CSS'])}   Versicherten-Nr.: ${fill(r, '@#########')}\n`);
  d.t('Name, Vorname: ').p(`${pt.fr}, ${pt.gr}`).t('\ngeb. am: ').born(dob(r, code)).t('\nAnschrift: ').adr(address(r, code, true));
  d.t(`\n\nAuftrag: Abklärung V. a. ${r.pick(['Morbus Crohn', 'Morbus Basedow', 'Hashimoto-Thyreoiditis', 'Morbus Parkinson'])}, Koloskopie erbeten.\nDiagnose (ICD-10): ${fill(r, '@##.#')} G\nDatum: ${day(r, code)}\n`);
  d.t('Rückfragen gern an die Tochter der Patientin, Frau ').p(personOf(r, code).f).t(', Tel. ').tel(phone(r, code)).t('.\n');
};

const ordonnance: Tpl = (r, d) => {
  const code = r.pick(['FR', 'FR', 'BE', 'MA', 'CH']);
  const pt = personOf(r, code);
  const doc = personOf(r, code);
  d.t('Docteur ').p(`${doc.g} ${doc.f.toUpperCase()}`).t(`\nMédecin généraliste — RPPS ${r.digits(11)}\n`).adr(address(r, code)).t('\nTél. : ').tel(phone(r, code));
  d.t(`\n\nLe ${day(r, code)}\n\n`).t(r.pick(['Mme ', 'M. ', ''])).p(`${pt.g} ${pt.f}`).t(', née le ').born(dob(r, code)).t(`\nPoids : ${r.int(45, 110)} kg\n\n`);
  d.t(`1) ${r.pick(['Amoxicilline 1 g', 'Paracétamol 500 mg', 'Lévothyrox 75 µg', 'Ventoline 100 µg'])} — 1 cp matin et soir pendant ${r.int(5, 30)} jours\n2) ${r.pick(['Doliprane 1000', 'Spasfon', 'Gaviscon'])} si besoin\n\nQSP ${r.int(1, 3)} mois. Renouvelable ${r.int(0, 3)} fois.\n`);
  if (r.chance(0.5)) d.t('Pharmacie à contacter : ').em(`${r.pick(['pharmacie.centrale', 'contact', 'officine'])}@${r.pick(['orange.fr', 'pharma-lys.fr'])}`).t('\n');
};

const recetaEs: Tpl = (r, d) => {
  const code = r.pick(['ES', 'MX', 'CO', 'AR', 'CL']);
  const pt = personOf(r, code);
  const doc = personOf(r, code);
  d.t(`RECETA MÉDICA — ${code === 'ES' ? 'Servicio Madrileño de Salud' : 'Consultorio Particular'}\nPaciente: `).p(`${pt.f} ${pt.f === pt.fr ? pick(r, C.la?.f ?? ['Ruiz']) : ''}`.trim() + `, ${pt.g}`);
  d.t('\nFecha de nacimiento: ').born(dob(r, code)).t(`\n${code === 'ES' ? 'DNI' : code === 'MX' ? 'CURP' : 'C.I.'}: ${code === 'ES' ? r.digits(8) + fill(r, '@') : fill(r, '@@@@######@@@@@@##')}\nDomicilio: `).adr(address(r, code, true));
  d.t('\nTeléfono: ').tel(phone(r, code)).t(`\n\nRp/ ${r.pick(['Ibuprofeno 600 mg', 'Omeprazol 20 mg', 'Metformina 850 mg', 'Enalapril 10 mg'])}, 1 comp. cada ${r.pick(['8', '12', '24'])} h durante ${r.int(3, 30)} días.\n\n`);
  d.t('Dr(a). ').p(`${doc.g} ${doc.f}`).t(` — Col. Nº ${r.digits(2)}/${r.digits(5)}\nFecha: ${day(r, code)}\n`);
};

const refertoLab: Tpl = (r, d) => {
  const code = r.pick(['IT', 'IT', 'CH']);
  const pt = personOf(r, 'IT');
  d.t(`LABORATORIO ANALISI CLINICHE ${r.pick(['SAN LUCA', 'GALENO', 'MARCONI'])} S.r.l.\nReferto n. ${r.int(2026, 2026)}/${r.digits(6)}   Accettazione: ${day(r, code)}\n\n`);
  d.t('Paziente: ').p(`${pt.f.toUpperCase()} ${pt.g.toUpperCase()}`).t('   Sesso: ').t(r.pick(['M', 'F'])).t('   Nato/a il: ').born(dob(r, code)).t(`\nCod. fiscale: ${fill(r, '@@@@@@##@##@###@')}\nMedico richiedente: Dott. `).p(personOf(r, 'IT').f);
  d.t(`\n\nEsame                 Risultato    Unità      Valori di riferimento\nEmoglobina            ${r.int(110, 170) / 10}         g/dL       12.0 - 16.0\nGlicemia              ${r.int(70, 140)}           mg/dL      70 - 110\nTSH                   ${r.int(3, 60) / 10}          µUI/mL     0.35 - 4.94\nPCR                   ${r.int(1, 90) / 10}          mg/L       < 5.0\n\nReferto inviato a: `).em(email(r, pt, pick(r, ctry('IT').mail))).t('\n');
};

const usLab: Tpl = (r, d) => {
  const pt = personOf(r, 'US');
  d.t(`${r.pick(['QUESTLINE', 'LABCORE', 'NORTHSTAR'])} DIAGNOSTICS — FINAL REPORT\nAccession: ${fill(r, '@@')}${r.digits(8)}   Collected: ${fmtDate(r, someDay(r), 'mdy/')} 07:${pad(r.int(0, 59))}\n`);
  d.t('Patient: ').p(`${pt.fr.toUpperCase()}, ${pt.gr.toUpperCase()}`).t('   DOB: ').born(fmtDate(r, birth(r), 'mdy/')).t(`   Sex: ${r.pick(['F', 'M'])}\n`);
  d.t('SSN: ').ssn(ssn(r)).t(`   MRN: ${r.digits(8)}   Acct: ${r.digits(10)}\nAddress: `).adr(address(r, 'US', true)).t('\nPhone: ').tel(phone(r, 'US'));
  d.t(`\nOrdering: `).p(`${personOf(r, 'US').fr}, ${fill(r, '@')}.`).t(` MD (NPI ${r.digits(10)})\n\nTEST            RESULT   FLAG  REF RANGE\nHbA1c           ${r.int(48, 99) / 10}      ${r.pick(['H', ' '])}     4.0-5.6 %\nLDL-C           ${r.int(60, 190)}      ${r.pick(['H', ' '])}     <100 mg/dL\nVitamin D, 25-OH ${r.int(9, 60)}           30-100 ng/mL\n`);
};

const schoolEnrol: Tpl = (r, d) => {
  const code = r.pick(['IE', 'AU', 'NZ', 'GB', 'ZA', 'SG', 'CA']);
  const kid = personOf(r, code);
  const par = { ...personOf(r, code), f: kid.f, fr: kid.fr };
  d.t(`${r.pick(['St. Brigid\'s National School', 'Kowhai Primary School', 'Greenvale Primary', 'Hillcrest Junior School'])} — Enrolment Form ${r.int(2026, 2027)}\n\nSECTION A – PUPIL\nSurname: `).p(kid.fr).t('\nFirst name(s): ').p(kid.gr).t('\nDate of birth: ').born(dob(r, code, 4, 12));
  d.t(`\nGender: ${r.pick(['F', 'M', 'X'])}   Religion: ${r.pick(['RC', 'None', 'C of I', 'Muslim', 'Hindu'])}\nHome address: `).adr(address(r, code));
  d.t('\n\nSECTION B – PARENT/GUARDIAN 1\nName: ').me(full(par)).t('\nRelationship: ').t(r.pick(['Mother', 'Father', 'Guardian'])).t('\nMobile: ').tel(phone(r, code)).t('\nEmail: ').em(email(r, par, pick(r, ctry(code).mail)));
  d.t(`\nDoctor: Dr `).p(personOf(r, code).fr).t(` (${r.pick(['Main St Clinic', 'Wellness Centre'])})\nMedical conditions: ${r.pick(['asthma (inhaler in bag)', 'none', 'nut allergy — EpiPen', "Perthes' disease, no PE"])}\nPhotograph consent: ${r.pick(['Yes', 'No'])}\n`);
};

const jpEnrol: Tpl = (r, d) => {
  const kid = person(r, 'jp');
  const par = person(r, 'jp');
  d.t(`入園申込書\n受付番号：${r.digits(6)}\n\n園児氏名：`).p(`${kid.f} ${kid.g}`).t(`（${kid.fr.toUpperCase()} ${kid.gr}）\n生年月日：`).born(dob(r, 'JP', 2, 6)).t(`\n性別：${r.pick(['男', '女'])}\n現住所：〒`).adr(address(r, 'JP', true));
  d.t('\n保護者氏名：').me(full(par)).t('\n緊急連絡先：').tel(phone(r, 'JP')).t('\nメール：').em(email(r, par, pick(r, ctry('JP').mail)));
  d.t(`\n\n希望入園日：令和${r.int(7, 9)}年4月1日\nアレルギー：${r.pick(['なし', '卵', '小麦', 'そば'])}\n`);
};

const w9: Tpl = (r, d) => {
  const p = personOf(r, 'US');
  d.t('Form W-9 (Rev. March 2024) — Request for Taxpayer Identification Number and Certification\n\n1 Name (as shown on your income tax return): ').me(`${p.gr} ${fill(r, '@')}. ${p.fr}`);
  d.t(`\n2 Business name/disregarded entity name: ${r.pick(['Blue Heron Consulting LLC', '', 'Maple Leaf Bakery', 'Gaines & Sons Roofing'])}\n3 Federal tax classification: ${r.pick(['Individual/sole proprietor', 'LLC (S)', 'C corporation'])}\n5 Address (number, street, and apt. or suite no.) and 6 City, state, and ZIP code:\n`);
  d.adr(address(r, 'US'));
  d.t('\n\nPart I Taxpayer Identification Number\nSocial security number: ').ssn(ssn(r)).t(`\nor Employer identification number: ${ein(r)}\n\nRequester: ${r.pick(['Northwind Payroll', 'Acme Staffing Inc.'])}, ${r.int(100, 9999)} ${r.pick(['Commerce Dr', 'Industrial Pkwy'])}\nSignature of U.S. person ▶ ____________   Date ▶ ${fmtDate(r, someDay(r), 'mdy/')}\n`);
};

const visaForm: Tpl = (r, d) => {
  const home = r.pick(['IN', 'NG', 'PH', 'TR', 'CN', 'EG', 'CO', 'PK', 'TH', 'KE']);
  const p = personOf(r, home);
  d.t(`APPLICATION FOR SCHENGEN VISA\n1. Surname (Family name): `).p(p.fr.toUpperCase()).t('\n3. First name(s): ').p(p.gr.toUpperCase()).t('\n4. Date of birth (day-month-year): ').born(fmtDate(r, birth(r), 'dmy-'));
  d.t(`\n5. Place of birth: ${r.pick(['Lagos', 'Pune', 'Cebu', 'Izmir', 'Cali', 'Giza', 'Kisumu'])}\n13. Number of travel document: ${fill(r, '@')}${r.digits(7)}   Valid until: ${fmtDate(r, someDay(r), 'dmy-')}\n`);
  d.t("17. Applicant's home address and e-mail address: ").adr(address(r, home, true)).t(' / ').em(email(r, p, pick(r, ctry(home).mail))).t('\n   Telephone: ').tel(phone(r, home));
  const host = r.pick(['DE', 'FR', 'IT', 'ES', 'NL', 'AT']);
  d.t(`\n30. Inviting person: `).p(full(personOf(r, host))).t(', ').adr(address(r, host, true)).t(', tel. ').tel(phone(r, host));
  d.t(`\n29. Intended date of arrival: ${fmtDate(r, someDay(r), 'dmy-')}\n`);
};

const tenancyUk: Tpl = (r, d) => {
  const code = r.pick(['GB', 'IE', 'GB']);
  const ll = personOf(r, code);
  const tn = personOf(r, code);
  d.t(`ASSURED SHORTHOLD TENANCY AGREEMENT\n\nThis agreement is made on ${fmtDate(r, someDay(r), 'long-en')} between\nThe Landlord: `).p(full(ll)).t(' of ').adr(address(r, code, true)).t('\nand\nThe Tenant: ').me(full(tn)).t(' (born ').born(fmtDate(r, birth(r), 'long-en')).t(')');
  d.t('\n\n1. The Property: ').adr(address(r, code)).t(`\n2. Term: 12 months from ${fmtDate(r, someDay(r), 'dmy/')}\n3. Rent: £${r.int(650, 2400)} per calendar month, payable to the Landlord's account\n   `).ib(iban(r, code === 'IE' ? 'IE' : 'GB'));
  d.t(`\n4. Deposit: £${r.int(700, 2800)}, protected with the Deposit Protection Service (ref ${r.digits(8)}).\n5. Landlord contact for repairs: `).tel(phone(r, code)).t(' or ').em(email(r, ll, pick(r, ctry(code).mail))).t('\n');
};

const mietvertrag: Tpl = (r, d) => {
  const code = r.pick(['DE', 'AT', 'CH', 'DE']);
  const vm = personOf(r, code);
  const mt = personOf(r, code);
  d.t('Mietvertrag für Wohnraum\n\nZwischen ').p(`${vm.g} ${vm.f}`).t(', ').adr(address(r, code, true)).t(' – nachstehend „Vermieter“ –\nund ').me(`${mt.g} ${mt.f}`).t(', geb. ').born(dob(r, code)).t(' – nachstehend „Mieter“ –\n');
  d.t('wird folgender Mietvertrag geschlossen:\n\n§ 1 Mietsache: Wohnung im 2. OG links, ').adr(address(r, code, true)).t(`\n§ 3 Miete: Kaltmiete ${r.int(450, 1900)},00 EUR zzgl. Nebenkostenvorauszahlung ${r.int(90, 300)},00 EUR\n§ 4 Zahlung auf das Konto des Vermieters, IBAN `).ib(iban(r, ctry(code).iban ?? 'DE')).t(`, BIC ${fill(r, '@@@@DE@@XXX')}\n`);
  d.t(`§ 5 Kaution: drei Nettokaltmieten. Mietbeginn: ${day(r, code)}\n\nHausverwaltung ${r.pick(['Immo Krüger GmbH', 'Wohnbau Süd'])}, Notfall-Hotline `).tel(phone(r, code)).t('\n');
};

const loonstrook: Tpl = (r, d) => {
  const code = r.pick(['NL', 'BE']);
  const p = personOf(r, code);
  d.t(`LOONSTROOK ${r.pick(['januari', 'maart', 'juni', 'oktober'])} ${r.int(2025, 2026)}\nWerkgever: ${r.pick(['Bakkerij Van Dam B.V.', 'Tulp Logistiek', 'De Groene Fiets BV'])}   Loonheffingennr.: ${r.digits(9)}L01\n\n`);
  d.t('Werknemer: ').me(full(p)).t(`\nPersoneelsnr.: ${r.digits(5)}   BSN: ${r.digits(9)}\nGeboortedatum: `).born(dob(r, code)).t('\nAdres: ').adr(address(r, code, true));
  d.t(`\n\nBruto salaris      € ${r.int(2200, 6000)},${pad(r.int(0, 99))}\nLoonheffing        € ${r.int(300, 1500)},${pad(r.int(0, 99))}\nVakantiegeld 8%    € ${r.int(150, 480)},${pad(r.int(0, 99))}\nNetto uitbetaald op `).ib(iban(r, code)).t('\n');
};

const payslipIn: Tpl = (r, d) => {
  const p = personOf(r, 'IN');
  d.t(`${r.pick(['Infosoft Technologies Pvt. Ltd.', 'Sahyadri Textiles Ltd', 'Bluewave Analytics LLP'])}\nPayslip for the month of ${r.pick(['April', 'July', 'December'])} ${r.int(2025, 2026)}\n\nEmployee Name : `).me(full(p)).t(`\nEmployee ID   : EMP${r.digits(5)}\nPAN           : ${fill(r, '@@@@@####@')}\nUAN           : ${r.digits(12)}\nDate of Birth : `).born(dob(r, 'IN'));
  d.t(`\nBank A/c No.  : ${r.digits(12)} (IFSC ${fill(r, '@@@@0######')})\nMobile        : `).tel(phone(r, 'IN')).t(`\n\nBasic         ₹ ${r.int(20, 90)},${r.digits(3)}.00\nHRA           ₹ ${r.int(8, 40)},${r.digits(3)}.00\nProvident Fund ₹ ${r.int(1, 9)},${r.digits(3)}.00\nNet Pay       ₹ ${r.int(30, 150)},${r.digits(3)}.00\n`);
};

const rechnung: Tpl = (r, d) => {
  const code = r.pick(['AT', 'CH', 'DE', 'AT']);
  const cust = personOf(r, code);
  d.t(`${r.pick(['Tischlerei Gruber e.U.', 'Malerbetrieb Huber GmbH', 'Elektro Frei AG'])}\n`).adr(address(r, code, true)).t(` · UID ATU${r.digits(8)}\n\n`);
  d.t(r.pick(['Herrn ', 'Frau '])).p(full(cust)).t('\n').adr(address(r, code)).t(`\n\nRECHNUNG Nr. ${r.int(2026, 2026)}-${r.digits(4)}          Datum: ${day(r, code)}\n\nPos. 1  Arbeitszeit ${r.int(2, 30)} Std. à € ${r.int(45, 95)},00\nPos. 2  Material pauschal € ${MONEY(r)}\nSumme netto € ${MONEY(r)}   USt. 20 %\n\nZahlbar binnen 14 Tagen ohne Abzug auf `);
  d.ib(iban(r, ctry(code).iban ?? 'AT')).t(`.\nBitte nicht verwechseln mit unserer alten Verbindung ${badIban(r, ctry(code).iban ?? 'AT')} (aufgelöst).\n`);
};

const facture: Tpl = (r, d) => {
  const code = r.pick(['FR', 'BE', 'FR']);
  const cl = personOf(r, code);
  d.t(`FACTURE N° F${r.int(2026, 2026)}${r.digits(5)}\nÉmise le ${day(r, code)} — SIRET ${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(5)}\n\nClient :\n`).p(`${cl.g} ${cl.f}`).t('\n').adr(address(r, code)).t('\n');
  d.t(`\nDésignation                     Qté    PU HT\nRamonage cheminée              1      ${r.int(60, 120)},00 €\nRemplacement joint              ${r.int(1, 4)}      ${r.int(5, 30)},50 €\n\nTotal TTC : ${MONEY(r).replace('.', ',')} €\nRèglement par virement — IBAN : `).ib(iban(r, code)).t(`\nEn cas de retard : pénalités au taux de ${r.int(3, 12)} %. Contact : `).em(`${r.pick(['compta', 'facturation', 'contact'])}@${r.pick(['ramonage-lyonnais.fr', 'atelier-bonnet.fr', 'chauffage-plus.be'])}`).t('\n');
};

const deliveryNote: Tpl = (r, d) => {
  const code = r.pick(['DE', 'CL', 'PL', 'ZA', 'PT', 'GB']);
  const p = personOf(r, code);
  const h = code === 'DE' ? ['Lieferschein', 'Empfänger', 'Tel.'] : code === 'CL' ? ['Guía de Despacho', 'Destinatario', 'Fono'] : code === 'PL' ? ['List przewozowy', 'Odbiorca', 'Tel.'] : code === 'PT' ? ['Guia de Remessa', 'Destinatário', 'Telem.'] : ['Delivery Note', 'Deliver to', 'Phone'];
  d.t(`${h[0]} ${ORDER(r)}   Tracking: ${TRACK(r)}\n${h[1]}: `).p(full(p)).t('\n').adr(address(r, code)).t(`\n${h[2]}: `).tel(phone(r, code));
  d.t(`\n\n${r.int(1, 9)} x ${r.pick(['Kartons', 'cajas', 'paczka', 'parcels'])} · ${r.int(1, 40)} kg · SKU ${fill(r, '@@-####-@')}\n${r.pick(['Abstellgenehmigung: Garage', 'Dejar con conserje', 'Leave behind the green gate', 'Zostawić u sąsiada'])}\n`);
};

const policeNg: Tpl = (r, d) => {
  const code = r.pick(['NG', 'KE', 'GH', 'ZA']);
  const c1 = personOf(r, code);
  const sus = personOf(r, code);
  const off = personOf(r, code);
  d.t(`${code === 'NG' ? 'NIGERIA POLICE FORCE' : code === 'KE' ? 'NATIONAL POLICE SERVICE' : code === 'GH' ? 'GHANA POLICE SERVICE' : 'SOUTH AFRICAN POLICE SERVICE'} — STATEMENT OF COMPLAINANT\nOB/CAS No.: ${r.int(10, 99)}/${pad(r.int(1, 12))}/${r.int(2025, 2026)}\n\n`);
  d.t('Name: ').me(full(c1)).t('\nDate of Birth: ').born(dob(r, code)).t('\nAddress: ').adr(address(r, code, true)).t('\nPhone: ').tel(phone(r, code));
  d.t(`\n\nI, the above named, state that on ${day(r, code)} at about 21:30hrs a man known to me as `).p(sus.g).t(` collected ${({ NG: 'N450,000', KE: 'KSh 85,000', GH: 'GH₵ 6,000' } as Record<string, string>)[code] ?? 'R12 000'} from me for a Toyota Corolla that was never delivered. He called me from `).tel(phone(r, code)).t(' and later switched off the line.\n\nRecorded by: ').t(r.pick(['Sgt. ', 'Cpl. ', 'Insp. '])).p(off.fr.toUpperCase()).t(`   Force No. ${r.digits(6)}\n`);
};

const denuncia: Tpl = (r, d) => {
  const code = r.pick(['ES', 'AR', 'MX']);
  const p = personOf(r, code);
  d.t(`${code === 'ES' ? 'POLICÍA NACIONAL — COMISARÍA DE DISTRITO' : 'DENUNCIA POLICIAL'}\nAtestado nº ${r.digits(5)}/${r.int(2025, 2026)}\n\nCOMPARECE: `).me(`${p.g} ${p.f}`).t(`, con documento ${r.digits(8)}${fill(r, '@')}, nacido/a el `).born(fmtDate(r, birth(r), 'es'));
  d.t(', con domicilio en ').adr(address(r, code, true)).t(' y teléfono ').tel(phone(r, code));
  d.t(`.\n\nMANIFIESTA: Que el día ${day(r, code)} le fue sustraída la cartera en la línea 6 del metro. En su interior se encontraba la tarjeta `).cc(card(r)).t(`, que ya ha sido bloqueada, y otra tarjeta ${maskedCard(r)}.\n`);
};

const weddingNotice: Tpl = (r, d) => {
  const code = r.pick(['GR', 'IT', 'GB', 'PL', 'IE', 'BR']);
  const a = personOf(r, code);
  const b = personOf(r, code);
  const dt = day(r, code);
  if (code === 'GR') {
    d.t('Οι γονείς σας προσκαλούν στον γάμο των παιδιών τους\n\n').p(full(a)).t(' & ').p(full(b)).t(`\n\nπου θα γίνει στις ${dt}, ώρα 19:00, στον Ιερό Ναό Αγίου Δημητρίου.\nΔεξίωση: `).adr(address(r, 'GR', true)).t('\nRSVP: ').tel(phone(r, code)).t('\n');
  } else if (code === 'IT') {
    d.p(a.g).t(' e ').p(b.g).t(` annunciano il loro matrimonio\nche sarà celebrato il ${dt} alle ore 11,00 presso la Basilica di San Francesco.\nLista nozze: IBAN `).ib(iban(r, 'IT')).t(', intestato a ').p(`${a.f} ${a.g}`).t('\nConferma a ').tel(phone(r, code)).t('\n');
  } else {
    d.t('Together with their families\n').p(full(a)).t(' and ').p(full(b)).t(`\nrequest the pleasure of your company at their wedding on ${dt}\nat ${r.pick(['St Mary\'s Church', 'the Old Rectory', 'Kennedy Hall'])}.\nRSVP to `).p(a.gr).t(' at ').em(email(r, a, pick(r, ctry(code).mail))).t(` by ${day(r, code)}.\n`);
  }
};

const obituary: Tpl = (r, d) => {
  const code = r.pick(['BR', 'PT', 'PL', 'US', 'IE', 'ZA', 'GH']);
  const p = personOf(r, code);
  const kid = personOf(r, code);
  if (code === 'BR' || code === 'PT') {
    d.t('NOTA DE FALECIMENTO\n\nA família de ').p(full(p)).t(', nascido em ').born(fmtDate(r, birth(r, 60, 99), 'pt')).t(`, comunica com pesar o seu falecimento ocorrido em ${day(r, code)}.\nVelório na Capela 3 do Cemitério São João Batista. Contato: `).p(kid.g).t(' ').tel(phone(r, code)).t('\n');
  } else if (code === 'PL') {
    d.t('Z głębokim żalem zawiadamiamy, że\n\nś.p. ').p(full(p)).t('\nur. ').born(fmtDate(r, birth(r, 60, 99), 'pl')).t(`\nzmarł(a) ${day(r, code)}, przeżywszy lat ${r.int(60, 99)}.\nMsza żałobna w kościele pw. św. Jana Pawła II. Pogrążona w smutku rodzina: `).p(full(kid)).t('\n');
  } else {
    d.p(`${p.fr.toUpperCase()}, ${p.gr}`).t(` — peacefully at ${r.pick(['St Luke\'s Hospice', 'home', 'Groote Schuur Hospital'])}, aged ${r.int(60, 99)}. Born `).born(fmtDate(r, birth(r, 60, 99), 'long-en')).t('. Beloved husband/wife of ').p(personOf(r, code).gr).t(' and father/mother of ').p(kid.gr).t('. Reposing at ').adr(address(r, code, true)).t(`. Donations in lieu of flowers to the ${r.pick(["Alzheimer's Society", 'Parkinson\'s UK', 'Hodgkin Research Fund'])}.\n`);
  }
};

const membership: Tpl = (r, d) => {
  const code = r.pick(CODES);
  const p = personOf(r, code);
  d.t(`╔══ ${r.pick(['FitZone Premium', 'Biblioteca Municipal', 'Kulturverein Eintracht', 'Club Atlético', 'Stadtbibliothek', 'PureGym'])} ══╗\nMEMBER / SOCIO / MITGLIED\n`).p(nameVar(r, p)).t(`\nNo. ${r.digits(10)}\nDOB `).born(dob(r, code)).t(`\nValid thru ${pad(r.int(1, 12))}/${r.int(27, 31)}\nEmergency: `).tel(phone(r, code)).t(`\n╚${'═'.repeat(24)}╝\nLost? Return to ${r.pick(['front desk', 'any branch'])}. Barcode ${r.digits(13)}\n`);
};

const krReferral: Tpl = (r, d) => {
  const p = person(r, 'kr');
  const doc = person(r, 'kr');
  d.t(`진료의뢰서\n\n환자성명: `).p(full(p)).t('\n생년월일: ').born(fmtDate(r, birth(r), 'kr')).t(`\n주민등록번호: ${r.digits(6)}-${r.int(1, 4)}******\n주소: `).adr(address(r, 'KR', true)).t('\n연락처: ').tel(phone(r, 'KR'));
  d.t(`\n\n상병명: ${r.pick(['파킨슨병', '크론병', '알츠하이머형 치매', '당뇨병'])} 의증\n의뢰 내용: 정밀검사 및 치료 부탁드립니다.\n\n${day(r, 'KR')}\n의뢰 의사: `).p(full(doc)).t(' (면허번호 ').t(r.digits(5)).t(')\n');
};

const cnExpress: Tpl = (r, d) => {
  const s = person(r, 'cn');
  const t = person(r, 'cn');
  d.t(`顺丰速运 电子运单\n运单号：SF${r.digits(13)}\n\n寄件人：`).p(full(s)).t('  ').tel(phone(r, 'CN')).t('\n寄件地址：').adr(address(r, 'CN', true)).t('\n\n收件人：').p(full(t)).t('  ').tel(phone(r, 'CN')).t('\n收件地址：').adr(address(r, 'CN', true));
  d.t(`\n\n托寄物：${r.pick(['文件', '衣物', '茶叶', '电子配件'])}  重量：${r.int(1, 9)}.${r.int(0, 9)}kg\n付款方式：寄付月结  月结卡号：${r.digits(10)}\n`);
};

const saInvoice: Tpl = (r, d) => {
  const code = r.pick(['SA', 'AE']);
  const p = personOf(r, code);
  const ar = r.chance(0.5);
  d.t(ar ? `فاتورة ضريبية\nرقم الفاتورة: INV-${r.digits(6)}\nالرقم الضريبي: 3${r.digits(14)}\n\nالعميل: ` : `TAX INVOICE / فاتورة ضريبية\nInvoice No: INV-${r.digits(6)}   TRN: 100${r.digits(12)}\n\nCustomer: `);
  d.p(ar ? full(p) : roman(p)).t(ar ? '\nالجوال: ' : '\nMobile: ').tel(phone(r, code)).t(ar ? '\nالعنوان: ' : '\nAddress: ').adr(address(r, code, true));
  d.t(ar ? `\n\nالإجمالي: ${MONEY(r)} ر.س\nالتحويل إلى الآيبان: ` : `\n\nTotal incl. VAT: AED ${MONEY(r)}\nPlease transfer to IBAN: `).ib(iban(r, code)).t('\n');
};

const trKira: Tpl = (r, d) => {
  const a = personOf(r, 'TR');
  const b = personOf(r, 'TR');
  d.t('KİRA SÖZLEŞMESİ\n\nKiraya veren: ').p(full(a)).t(`   T.C. Kimlik No: ${r.digits(11)}\nKiracı: `).me(full(b)).t('   Doğum tarihi: ').born(fmtDate(r, birth(r), r.chance(0.5) ? 'tr' : 'dmy.'));
  d.t('\nKiralananın adresi: ').adr(address(r, 'TR', true)).t(`\nAylık kira bedeli: ${r.int(12, 60)}.000 TL\nÖdeme: her ayın ${r.int(1, 10)}'una kadar `).ib(iban(r, 'TR')).t(' numaralı hesaba\nKiracı telefon: ').tel(phone(r, 'TR')).t(`\nBaşlangıç tarihi: ${day(r, 'TR')}\n`);
};

const ilForm: Tpl = (r, d) => {
  const p = personOf(r, 'IL');
  d.t('טופס הצטרפות לקופת חולים\n\nשם מלא: ').me(full(p)).t(`\nמספר זהות: ${r.digits(9)}\nתאריך לידה: `).born(dob(r, 'IL')).t('\nכתובת: ').adr(address(r, 'IL', true)).t('\nטלפון נייד: ').tel(phone(r, 'IL'));
  d.t('\nדוא"ל: ').em(email(r, p, pick(r, ctry('IL').mail))).t('\nהוראת קבע — חשבון: ').ib(iban(r, 'IL')).t(`\nתאריך: ${day(r, 'IL')}\n`);
};

const boleto: Tpl = (r, d) => {
  const p = personOf(r, 'BR');
  d.t(`NOTA FISCAL DE SERVIÇOS ELETRÔNICA — NFS-e nº ${r.digits(6)}\nPrestador: ${r.pick(['Clínica Vida Ltda', 'Oficina do Zé ME', 'Escola de Idiomas Sol'])} — CNPJ ${r.digits(2)}.${r.digits(3)}.${r.digits(3)}/0001-${r.digits(2)}\n\nTomador: `).p(full(p).toUpperCase()).t(`\nCPF: ${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}\nEndereço: `).adr(address(r, 'BR', true));
  d.t('\nTelefone: ').tel(phone(r, 'BR')).t('  E-mail: ').em(email(r, p, pick(r, ctry('BR').mail))).t(`\n\nValor dos serviços: R$ ${r.int(80, 3000)},${pad(r.int(0, 99))}\nLinha digitável: ${r.digits(5)}.${r.digits(5)} ${r.digits(5)}.${r.digits(6)} ${r.digits(5)}.${r.digits(6)} ${r.int(1, 9)} ${r.digits(14)}\n`);
  if (r.chance(0.4)) d.t('Pagamento internacional: ').ib(iban(r, 'BR')).t('\n');
};

const cfdi: Tpl = (r, d) => {
  const p = personOf(r, 'MX');
  d.t(`FACTURA (CFDI 4.0)\nFolio fiscal: ${UUID(r).toUpperCase()}\nRFC emisor: ${fill(r, '@@@')}${r.digits(6)}${fill(r, '@#@')}\nReceptor: `).p(full(p).toUpperCase()).t(`   RFC: ${fill(r, '@@@@')}${r.digits(6)}${fill(r, '@@#')}\nDomicilio fiscal: `).adr(address(r, 'MX', true));
  d.t(`\nUso CFDI: G03   Forma de pago: 04 Tarjeta de crédito `).cc(card(r)).t(`\nSubtotal: $${r.int(200, 9000)}.00 MXN  IVA 16%\nContacto: `).tel(phone(r, 'MX')).t('\n');
};

const zaPayslip: Tpl = (r, d) => {
  const p = personOf(r, 'ZA');
  d.t(`${r.pick(['Ubuntu Freight (Pty) Ltd', 'Karoo Fresh Produce', 'Mzansi Call Centre'])}\nPAYSLIP — Period ${r.int(2025, 2026)}/${pad(r.int(1, 12))}\nEmployee: `).me(full(p)).t(`\nID Number: ${r.digits(13)}   Tax No: ${r.digits(10)}\nDate of Birth: `).born(dob(r, 'ZA'));
  d.t('\nResidential address: ').adr(address(r, 'ZA', true)).t(`\nCell: `).tel(phone(r, 'ZA')).t(`\n\nBasic Salary   R ${r.int(8, 60)} ${r.digits(3)}.00\nUIF            R ${r.int(100, 177)}.12\nPAYE           R ${r.int(1, 9)} ${r.digits(3)}.00\nNett Pay       R ${r.int(7, 50)} ${r.digits(3)}.${pad(r.int(0, 99))}\nPaid to FNB account ****${r.digits(4)}\n`);
};

const rxUs: Tpl = (r, d) => {
  const p = personOf(r, 'US');
  const doc = personOf(r, 'US');
  d.t(`${r.pick(['Walgreens', 'CVS Pharmacy', 'Rite Aid'])} — Rx #${r.digits(7)}\n`).p(`${p.gr.toUpperCase()} ${p.fr.toUpperCase()}`).t('\n').adr(address(r, 'US')).t('\nDOB ').born(fmtDate(r, birth(r), 'mdy/'));
  d.t(`\n${r.pick(['LISINOPRIL 10MG TAB', 'ATORVASTATIN 20MG', 'SERTRALINE 50MG', 'AMOXICILLIN 500MG CAP'])}\nTAKE ONE TABLET BY MOUTH DAILY\nQty ${r.int(30, 90)}  Refills ${r.int(0, 5)}\nDr. `).p(`${doc.gr.charAt(0)}. ${doc.fr}`).t('  Prescriber ph ').tel(phone(r, 'US')).t(`\nFilled ${fmtDate(r, someDay(r), 'mdy/')}  NDC ${r.digits(5)}-${r.digits(4)}-${r.digits(2)}\n`);
};

const transferPl: Tpl = (r, d) => {
  const code = r.pick(['PL', 'CZ', 'RO', 'GR', 'PT', 'HU']);
  const cc = code === 'HU' ? 'HU' : (ctry(code).iban as string);
  const cCode = code === 'HU' ? 'PL' : code;
  const a = personOf(r, cCode);
  const b = personOf(r, cCode);
  const lab = code === 'PL' ? ['Potwierdzenie przelewu', 'Nadawca', 'Odbiorca', 'Tytuł', 'Kwota'] : code === 'CZ' ? ['Potvrzení o platbě', 'Plátce', 'Příjemce', 'Zpráva', 'Částka'] : code === 'RO' ? ['Confirmare transfer', 'Plătitor', 'Beneficiar', 'Detalii', 'Suma'] : ['Transfer confirmation', 'Payer', 'Payee', 'Reference', 'Amount'];
  d.t(`${lab[0]} — ${TS(r)}\nID: ${UUID(r)}\n\n${lab[1]}: `).p(full(a)).t('\n').ib(iban(r, cc)).t(`\n${lab[2]}: `).p(full(b)).t('\n').ib(iban(r, cc)).t(`\n${lab[3]}: ${r.pick(['czynsz', 'faktura', 'chirie', 'nájem', 'rent'])} ${r.pick(['05/2026', ORDER(r)])}\n${lab[4]}: ${MONEY(r)} ${({ PL: 'PLN', CZ: 'CZK', RO: 'RON', HU: 'HUF' } as Record<string, string>)[code] ?? 'EUR'}\n`);
};

const disputeLetter: Tpl = (r, d) => {
  const code = r.pick(['US', 'CA', 'GB', 'AU']);
  const p = personOf(r, code);
  d.adr(address(r, code)).t(`\n${fmtDate(r, someDay(r), code === 'US' ? 'long-us' : 'long-en')}\n\nCardmember Services\nRe: Dispute of charge — order ${ORDER(r)}\n\nTo whom it may concern,\n\nI am writing to dispute a charge of $${MONEY(r)} on my card `).cc(card(r));
  d.t(`. The merchant (${r.pick(['QuickFlights Ltd', 'SunnyDeals Online', 'Hugo Boss outlet'])}) never shipped the goods; tracking ${TRACK(r)} shows no movement since ${fmtDate(r, someDay(r), 'mdy/')}. Please note the number ${badCard(r)} on the merchant's receipt is a typo, not my card.\n\nYou can reach me at `).tel(phone(r, code)).t(' or ').em(email(r, p, pick(r, ctry(code).mail))).t('.\n\nSincerely,\n').me(full(p)).t('\n');
};

const hotelReg: Tpl = (r, d) => {
  const code = r.pick(['TH', 'MY', 'SG', 'PH', 'LK']);
  const home = r.pick(['DE', 'GB', 'AU', 'KR', 'JP', 'FR', 'US', 'IN', 'CN']);
  const p = personOf(r, home);
  d.t(`${r.pick(['Baan Suan Resort', 'Hotel Seri Malaysia', 'Marina Bay Lodge', 'Casa Mabini Inn', 'Lake View Bungalow'])} — Guest Registration Card\nRoom ${r.int(101, 1520)}   Arrival ${day(r, code)}   Departure ${day(r, code)}\n\nGuest name: `).p(nameVar(r, p)).t(`\nNationality: ${home}   Passport No.: ${fill(r, '@')}${r.digits(8)}\nDate of birth: `).born(fmtDate(r, birth(r), 'dmy/'));
  d.t('\nHome address: ').adr(address(r, home, true)).t('\nMobile: ').tel(phone(r, home)).t('\nE-mail: ').em(email(r, p, pick(r, ctry(home).mail))).t('\nCard guarantee: ').cc(card(r)).t(`  exp ${pad(r.int(1, 12))}/${r.int(27, 31)}\n`);
  if (r.chance(0.3)) d.t(`Local contact (${code}): `).tel(phone(r, code)).t('\n');
};

// ---------------------------------------------------------------- registries and exports

const csvCustomers: Tpl = (r, d) => {
  const code = r.pick(['US', 'US', 'CA', 'AU', 'GB']);
  const sep = r.pick([',', ',', ';', '\t', '|']);
  const us = code === 'US';
  d.t(['id', 'first_name', 'last_name', 'email', 'phone', 'date_of_birth', us ? 'ssn' : 'postcode', 'signup_ip', 'plan'].join(sep) + '\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const p = personOf(r, code);
    d.t(`${r.int(1000, 99999)}${sep}`).p(p.gr).t(sep).p(p.fr).t(sep).em(email(r, p, pick(r, ctry(code).mail))).t(sep).tel(phone(r, code)).t(sep).born(dob(r, code)).t(sep);
    if (us) {
      if (r.chance(0.8)) d.ssn(ssn(r));
      else d.t(maskedSsn(r));
    } else d.t(fill(r, pick(r, ctry(code).ci)[1]));
    d.t(sep).ip(ipv4(r)).t(`${sep}${r.pick(['free', 'pro', 'team', 'trial'])}\n`);
  }
};

const csvDe: Tpl = (r, d) => {
  const code = r.pick(['DE', 'AT', 'CH']);
  d.t('Kundennummer;Nachname;Vorname;Geburtsdatum;Anschrift;IBAN;Telefon;Letzte Bestellung\n');
  for (let i = 0, n = r.int(3, 5); i < n; i++) {
    const p = personOf(r, code);
    d.t(`K-${r.digits(6)};`).p(p.f).t(';').p(p.g).t(';').born(dob(r, code)).t(';"').adr(address(r, code, true)).t('";');
    if (r.chance(0.85)) d.ib(iban(r, ctry(code).iban ?? 'DE'));
    else d.t(badIban(r, ctry(code).iban ?? 'DE'));
    d.t(';').tel(phone(r, code)).t(`;${day(r, code)}\n`);
  }
};

const tsvFr: Tpl = (r, d) => {
  const code = r.pick(['FR', 'BE', 'MA', 'CH']);
  d.t('nom\tprénom\tné(e) le\ttéléphone\tcourriel\tville\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const p = personOf(r, code);
    d.p(p.f.toUpperCase()).t('\t').p(p.g).t('\t').born(dob(r, code)).t('\t').tel(phone(r, code)).t('\t').em(email(r, p, pick(r, ctry(code).mail))).t(`\t${pick(r, ctry(code).ci)[0]}\n`);
  }
};

const pipeEs: Tpl = (r, d) => {
  const code = r.pick(['ES', 'CO', 'AR', 'CL', 'MX']);
  d.t('|NOMBRE COMPLETO|FECHA NAC.|TELÉFONO|CORREO|DIRECCIÓN|\n|---|---|---|---|---|\n');
  for (let i = 0, n = r.int(2, 5); i < n; i++) {
    const p = personOf(r, code);
    d.t('|').p(full(p)).t('|').born(dob(r, code)).t('|').tel(phone(r, code)).t('|').em(email(r, p, pick(r, ctry(code).mail))).t('|').adr(address(r, code, true)).t('|\n');
  }
};

const fixedWidth: Tpl = (r, d) => {
  d.t(`HDR${r.pick(['CUSTMAST', 'PAYROLL1', 'CLMSEXT'])} ${r.int(2025, 2026)}${pad(r.int(1, 12))}${pad(r.int(1, 28))} ${fill(r, 'V##R##')}\n`);
  for (let i = 0, n = r.int(4, 8); i < n; i++) {
    const p = personOf(r, 'US');
    const nm = `${p.fr.toUpperCase()} ${p.gr.toUpperCase()}`;
    const b = birth(r);
    const s = ssn(r).replace(/[ -]/g, '');
    d.t(`D${pad(i + 1, 6)} `).ssn(s).t(' ').p(nm).t(' '.repeat(Math.max(1, 30 - nm.length))).born(`${b.y}${pad(b.m)}${pad(b.d)}`).t(' ').tel(fill(r, '%##%######'));
    d.t(` ${r.pick(['A', 'I', 'T'])}${r.digits(11)}${pad(r.int(0, 99999), 9)}\n`);
  }
  d.t(`TRL${pad(r.int(4, 8), 9)}${r.digits(12)}\n`);
};

const xmlExport: Tpl = (r, d) => {
  const code = r.pick(['NL', 'SE', 'NO', 'DK', 'FI', 'IE', 'GB']);
  d.t(`<?xml version="1.0" encoding="UTF-8"?>\n<export system="${r.pick(['EPD', 'Cosmic', 'HealthOne'])}" version="${VERSION(r)}" generated="${TS(r)}">\n`);
  for (let i = 0, n = r.int(2, 3); i < n; i++) {
    const p = personOf(r, code);
    d.t(`  <patient id="${UUID(r)}">\n    <familyName>`).p(p.f).t('</familyName>\n    <givenName>').p(p.g).t('</givenName>\n    <birthDate>').born(fmtDate(r, birth(r), 'iso')).t('</birthDate>\n    <address>').adr(address(r, code, true)).t('</address>\n    <telecom system="phone">').tel(phone(r, code)).t('</telecom>\n');
    if (r.chance(0.5)) d.t('    <telecom system="email">').em(email(r, p, pick(r, ctry(code).mail))).t('</telecom>\n');
    d.t(`    <lastVisit>${fmtDate(r, someDay(r), 'iso')}</lastVisit>\n  </patient>\n`);
  }
  d.t('</export>\n');
};

const jsonExport: Tpl = (r, d) => {
  const code = r.pick(CODES);
  const p = personOf(r, code);
  const q = (k: string): Doc => d.t(`  "${k}": "`);
  d.t('{\n');
  q('id').t(`${UUID(r)}",\n`);
  q('display_name').me(full(p)).t('",\n');
  q('email').em(email(r, p, pick(r, ctry(code).mail))).t('",\n');
  q('phone').tel(phone(r, code)).t('",\n');
  q('birthday').born(fmtDate(r, birth(r), 'iso')).t('",\n');
  q('last_login_ip').ip(ip(r)).t('",\n');
  d.t(`  "billing": { "card_last4": "${r.digits(4)}", "card": "`).cc(cardDigits(r)).t(`", "exp": "${pad(r.int(1, 12))}/${r.int(27, 31)}" },\n`);
  q('shipping_address').adr(address(r, code, true)).t('",\n');
  d.t(`  "client_version": "${VERSION(r)}",\n  "created_at": "${TS(r)}"\n}\n`);
};

const yamlExport: Tpl = (r, d) => {
  const code = r.pick(CODES);
  d.t(`# contacts export — ${TS(r)}\nversion: 2\ncontacts:\n`);
  for (let i = 0, n = r.int(2, 4); i < n; i++) {
    const p = personOf(r, code);
    d.t('  - name: ').p(full(p)).t('\n    mobile: "').tel(phone(r, code)).t('"\n    email: ').em(email(r, p, pick(r, ctry(code).mail))).t('\n');
    if (r.chance(0.5)) d.t('    birthday: ').born(fmtDate(r, birth(r), 'iso')).t('\n');
    if (r.chance(0.4)) d.t('    address: |\n      ').adr(address(r, code, true)).t('\n');
    d.t(`    tags: [${r.pick(['family', 'work', 'school', 'gym'])}]\n`);
  }
};

const sqlInsert: Tpl = (r, d) => {
  const code = r.pick(['US', 'GB', 'DE', 'IN', 'BR', 'ES', 'IT', 'FR']);
  const usa = code === 'US';
  d.t(`-- dump ${TS(r)} ${r.pick(['mysqldump 8.0.36', 'pg_dump 16.2'])}\nINSERT INTO customers (id, full_name, email, phone, birth_date, ${usa ? 'ssn' : 'iban'}, created_at) VALUES\n`);
  for (let i = 0, n = r.int(2, 5); i < n; i++) {
    const p = personOf(r, code);
    d.t(`  (${r.int(1, 99999)}, '`).p(full(p).replace(/'/g, "''")).t("', '").em(email(r, p, pick(r, ctry(code).mail))).t("', '").tel(phone(r, code)).t("', '").born(fmtDate(r, birth(r), 'iso')).t("', '");
    if (usa) d.ssn(ssn(r));
    else d.ib(ibanCompact(r, ctry(code).iban ?? 'DE'));
    d.t(`', '${TS(r)}')${i === n - 1 ? ';' : ','}\n`);
  }
};

const accessLog: Tpl = (r, d) => {
  for (let i = 0, n = r.int(4, 8); i < n; i++) {
    const a = ip(r);
    d.ip(a).t(` - - [${pad(r.int(1, 28))}/${r.pick(['Mar', 'Jun', 'Nov'])}/2026:${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} +0000] "${r.pick(['GET', 'POST'])} ${r.pick(['/api/v2/orders', '/login', '/static/app.js', '/health', '/account/settings'])} HTTP/1.1" ${r.pick(['200', '302', '404', '401'])} ${r.int(120, 50000)} "-" "${r.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'curl/8.5.0', 'okhttp/4.12.0'])}"\n`);
  }
  if (r.chance(0.5)) d.t('upstream: ').ip(ipv4(r)).t(`:${r.int(3000, 9000)} (app ${VERSION(r)})\n`);
};

const auditTrail: Tpl = (r, d) => {
  const code = r.pick(CODES);
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const p = personOf(r, code);
    d.t(`${TS(r)} level=info event=${r.pick(['auth.login', 'auth.mfa_failed', 'user.update', 'export.csv', 'role.grant'])} actor=`).em(email(r, p, r.pick(['acme-corp.com', 'example.org', pick(r, ctry(code).mail)]))).t(' src=');
    const v6 = r.chance(0.4);
    if (v6) d.t('[').ip(ipv6(r)).t(`]:${r.int(1024, 65535)}`);
    else d.ip(ipv4(r));
    d.t(` req=${hex(r, 16)} ua="${r.pick(['Chrome/124', 'Firefox/125', 'Safari/17.4'])}"\n`);
  }
  if (r.chance(0.5)) d.t(`${TS(r)} level=warn event=user.update field=phone old=${r.pick(['***-***-', '+44 **** ***'])}${r.digits(3)} new=`).tel(phone(r, code)).t('\n');
};

const appLog: Tpl = (r, d) => {
  const code = r.pick(['US', 'GB', 'DE', 'SG', 'AU', 'IN']);
  const p = personOf(r, code);
  d.t(`{"ts":"${TS(r)}","lvl":"error","svc":"payments","trace":"${hex(r, 32)}","msg":"charge declined","card":"${maskedCard(r)}","amount":${MONEY(r)}}\n`);
  d.t(`{"ts":"${TS(r)}","lvl":"debug","svc":"payments","msg":"retry with full PAN","pan":"`).cc(cardDigits(r)).t(`","customer":"`).p(full(p)).t(`","ip":"`).ip(ip(r)).t('"}\n');
  d.t(`{"ts":"${TS(r)}","lvl":"info","svc":"notify","msg":"receipt sent","to":"`).em(email(r, p, pick(r, ctry(code).mail))).t(`","sha":"${SHA(r)}"}\n`);
};

const vcard: Tpl = (r, d) => {
  const code = r.pick(CODES);
  const p = personOf(r, code);
  const b = birth(r);
  d.t('BEGIN:VCARD\nVERSION:3.0\nN:').p(p.f).t(';').p(p.g).t(';;;\nFN:').p(full(p)).t(`\nORG:${r.pick(['Hope & Anchor Pub', 'Grant Thornton', 'King Edward Hospital', 'Rose Garden Florist'])}\nTEL;TYPE=CELL:`).tel(phone(r, code)).t('\nEMAIL;TYPE=INTERNET:').em(email(r, p, pick(r, ctry(code).mail)));
  d.t('\nBDAY:').born(r.chance(0.5) ? `${b.y}${pad(b.m)}${pad(b.d)}` : `${b.y}-${pad(b.m)}-${pad(b.d)}`).t(`\nREV:${TS(r)}\nEND:VCARD\n`);
};

const ldif: Tpl = (r, d) => {
  const code = r.pick(['US', 'DE', 'FR', 'CA', 'IN', 'JP']);
  for (let i = 0, n = r.int(2, 3); i < n; i++) {
    const p = personOf(r, code);
    const uid = `${ascii(p.gr).charAt(0)}${ascii(p.fr)}`;
    d.t(`dn: uid=${uid},ou=people,dc=${r.pick(['corp', 'uni-hamburg', 'example'])},dc=${r.pick(['com', 'de', 'org'])}\nobjectClass: inetOrgPerson\ncn: `).p(roman(p)).t('\nsn: ').p(p.fr).t('\ngivenName: ').p(p.gr).t('\nmail: ').em(`${uid}@${r.pick(['corp.com', 'uni-hamburg.de', 'example.org'])}`).t('\ntelephoneNumber: ').tel(phone(r, code)).t(`\nemployeeNumber: ${r.digits(6)}\n\n`);
  }
};

const krCsv: Tpl = (r, d) => {
  d.t('번호,이름,생년월일,휴대폰,이메일,주소\n');
  for (let i = 0, n = r.int(3, 5); i < n; i++) {
    const p = person(r, 'kr');
    d.t(`${i + 1},`).p(full(p)).t(',').born(fmtDate(r, birth(r), 'iso')).t(',').tel(phone(r, 'KR')).t(',').em(email(r, p, pick(r, ctry('KR').mail))).t(',"').adr(address(r, 'KR', true)).t('"\n');
  }
};

const jpCsv: Tpl = (r, d) => {
  d.t('会員番号,氏名,生年月日,電話番号,メールアドレス,登録日\n');
  for (let i = 0, n = r.int(3, 5); i < n; i++) {
    const p = person(r, 'jp');
    d.t(`${r.digits(8)},`).p(r.chance(0.5) ? `${p.f} ${p.g}` : `${p.f}${p.g}`).t(',').born(fmtDate(r, birth(r), r.chance(0.5) ? 'cjk' : 'ymd/')).t(',').tel(phone(r, 'JP')).t(',').em(email(r, p, pick(r, ctry('JP').mail))).t(`,${fmtDate(r, someDay(r), 'ymd/')}\n`);
  }
};

const itAnagrafica: Tpl = (r, d) => {
  d.t('COGNOME;NOME;DATA NASCITA;COMUNE;INDIRIZZO;CELLULARE;IBAN\n');
  for (let i = 0, n = r.int(2, 4); i < n; i++) {
    const p = personOf(r, 'IT');
    d.p(p.f.toUpperCase()).t(';').p(p.g.toUpperCase()).t(';').born(dob(r, 'IT')).t(`;${r.pick(['NAPOLI', 'BARI', 'TORINO', 'PALERMO'])};`).adr(address(r, 'IT', true).toUpperCase()).t(';').tel(phone(r, 'IT')).t(';').ib(ibanCompact(r, 'IT')).t('\n');
  }
};

const arJson: Tpl = (r, d) => {
  const code = r.pick(['SA', 'AE', 'EG']);
  const p = person(r, code === 'EG' ? 'eg' : 'gulf');
  d.t(`{"request_id":"${UUID(r)}","applicant":{"name_ar":"`).p(full(p)).t('","name_en":"').p(roman(p)).t('","dob":"').born(fmtDate(r, birth(r), 'iso')).t('","mobile":"').tel(phone(r, code)).t('","email":"').em(email(r, p, pick(r, ctry(code).mail))).t('"}');
  if (ctry(code).iban) d.t(',"salary_account":"').ib(ibanCompact(r, ctry(code).iban as string)).t('"');
  d.t(`,"status":"${r.pick(['pending', 'approved', 'rejected'])}","hijri_date":"14${r.int(46, 48)}/${pad(r.int(1, 12))}/${pad(r.int(1, 29))}"}\n`);
};

// ---------------------------------------------------------------- short informal texts

const DIGIT_WORDS = w('zero, one, two, three, four, five, six, seven, eight, nine');
function spoken(r: Rng, num: string): string {
  return num
    .replace(/\D/g, '')
    .split('')
    .map((c) => (c === '0' && r.chance(0.5) ? 'oh' : DIGIT_WORDS[Number(c)]))
    .join(' ');
}

const mpesa: Tpl = (r, d) => {
  const p = personOf(r, 'KE');
  d.t(`${fill(r, '@@@#@@#@@#')} Confirmed. Ksh${r.int(1, 30)},${r.digits(3)}.00 sent to `).p(`${p.g.toUpperCase()} ${p.f.toUpperCase()}`).t(' ').tel(fill(r, '07%#######')).t(` on ${r.int(1, 28)}/${r.int(1, 12)}/26 at ${r.int(1, 12)}:${pad(r.int(0, 59))} PM. New M-PESA balance is Ksh${r.int(100, 9000)}.${pad(r.int(0, 99))}. Transaction cost, Ksh${r.int(0, 100)}.00.\n`);
  if (r.chance(0.6)) d.t('\nFwd from mum: Tuma pesa ya school fees kwa ').p(personOf(r, 'KE').g).t(', namba yake ni ').tel(phone(r, 'KE')).t('. Usisahau!\n');
};

const smsThread: Tpl = (r, d) => {
  const code = r.pick(['GB', 'IE', 'AU', 'NZ', 'ZA', 'US', 'CA', 'NG', 'GH', 'PH', 'SG']);
  const a = personOf(r, code);
  const b = personOf(r, code);
  d.t(`[${r.int(7, 22)}:${pad(r.int(0, 59))}] `).p(a.gr).t(`: hey can u send me ${r.pick(['ur', 'your'])} landlord's number\n[${r.int(7, 22)}:${pad(r.int(0, 59))}] `).p(b.gr).t(': its ').tel(phone(r, code)).t(', ask for ').t(title(r, 'en')).p(personOf(r, code).fr).t('\n');
  d.t(`[${r.int(7, 22)}:${pad(r.int(0, 59))}] `).p(a.gr).t(`: ta. also what was the wifi pw? ${r.pick(['Hope2026!', 'GrantHouse#1', 'MayFlower77'])} didnt work\n`);
  if (r.chance(0.5)) d.t(`[${r.int(7, 22)}:${pad(r.int(0, 59))}] `).p(b.gr).t(': new flat is ').adr(address(r, code, true)).t(' btw, come round sat\n');
};

const whatsappAr: Tpl = (r, d) => {
  const code = r.pick(['AR', 'CL', 'CO', 'MX', 'ES']);
  const a = personOf(r, code);
  const b = personOf(r, code);
  d.t(`[${r.int(1, 28)}/${r.int(1, 12)}/26 ${r.int(8, 23)}:${pad(r.int(0, 59))}] `).p(a.g).t(`: che, pasame el CBU para la vaquita del asado\n[${r.int(1, 28)}/${r.int(1, 12)}/26 ${r.int(8, 23)}:${pad(r.int(0, 59))}] `).p(b.g).t(`: ${r.digits(22)} a nombre de `).p(`${b.g} ${b.f}`).t(`\n`);
  d.t(`[${r.int(1, 28)}/${r.int(1, 12)}/26 ${r.int(8, 23)}:${pad(r.int(0, 59))}] `).p(a.g).t(': genial. y el celu de tu primo? el de ').p(personOf(r, code).g).t('\n');
  d.t(`[${r.int(1, 28)}/${r.int(1, 12)}/26 ${r.int(8, 23)}:${pad(r.int(0, 59))}] `).p(b.g).t(': ').tel(phone(r, code)).t(' 🙌\n');
};

const socialPh: Tpl = (r, d) => {
  const p = personOf(r, 'PH');
  d.t(`LOST WALLET po 😭 naiwan ko sa jeep papuntang ${r.pick(['Cubao', 'Ayala', 'Quiapo', 'Carbon Market'])} kanina mga 5pm. Nandun yung UMID ko at ATM. Pangalan: `).me(full(p)).t('. Pls PM or text ').tel(phone(r, 'PH')).t(`, may reward po! #lostandfound #${r.pick(['QC', 'Cebu', 'Makati'])}\n`);
  if (r.chance(0.4)) d.t('Pwede rin i-drop sa ').adr(address(r, 'PH', true)).t(' (sari-sari store, landmark: tapat ng barangay hall)\n');
};

const classified: Tpl = (r, d) => {
  const code = r.pick(['NG', 'IN', 'DE', 'ZA', 'PK', 'EG', 'GB', 'US', 'BD', 'LK']);
  const p = personOf(r, code);
  const de = code === 'DE';
  if (de) {
    d.t(`Biete: 3-Zi-Whg, ${r.int(60, 110)} m², Balkon, EBK, ${r.int(800, 1600)} € warm, frei ab ${day(r, code)}. Besichtigung nach Absprache: `).tel(phone(r, code)).t(' (ab 18 Uhr) oder ').em(email(r, p, pick(r, ctry(code).mail))).t(`. Keine Makler! Chiffre ${fill(r, '@@ ####')}\n(alte Festnetznr. 030 ${r.int(2, 9)}${r.digits(3)}-\n${r.digits(4)} gilt nicht mehr)\n`);
  } else {
    d.t(`FOR SALE: ${r.pick(['Toyota Camry 2014, full option, tokunbo', '2BHK flat, semi-furnished, near metro', 'Samsung Galaxy S23, barely used', 'Honda Civic 2018, one owner'])}. Price ${({ NG: '₦6.5m', IN: '₹28,000/month', ZA: 'R85 000', PK: 'Rs 65,000', LK: 'Rs 1.2m', BD: '৳45,000', EG: 'EGP 350,000', GB: '£4,200 ono' } as Record<string, string>)[code] ?? '$9,500 OBO'} negotiable. Serious buyers only. Call/WhatsApp `).p(p.gr).t(' on ').tel(phone(r, code));
    if (r.chance(0.5)) d.t(', viewing at ').adr(address(r, code, true));
    d.t(`. Ref ${ORDER(r)}\n`);
  }
};

const review: Tpl = (r, d) => {
  const code = r.pick(['GB', 'US', 'AU', 'IE', 'CA', 'NZ']);
  const staff = personOf(r, code);
  d.t(`★★★★${r.pick(['★', '☆'])} ${r.pick(['Lovely stay', 'Great service', 'Would come back', 'Decent but noisy'])}\n`);
  d.t(`Stayed ${r.int(2, 7)} nights in March. ${r.pick(['The Grant Suite', 'The Hope Room', 'The Victoria wing'])} was spotless and ${r.pick(['Jack Daniel\'s at the bar was a bonus', 'the Ben & Jerry ice cream in the minibar was a nice touch', 'the Marriott next door was louder'])}. Special thanks to `).p(staff.gr).t(` at reception who sorted our late check-in, and to ${r.pick(['the chef', 'housekeeping'])}. `);
  d.t(r.pick([`Parking via the Kennedy Road entrance. `, `Close to Victoria Station. `, ''])).t('— ').p(`${personOf(r, code).gr} ${fill(r, '@')}.`).t(`, ${pick(r, ctry(code).ci)[0]}\n`);
};

const forumSig: Tpl = (r, d) => {
  const code = r.pick(CODES);
  const p = personOf(r, code);
  d.t(`Re: ${r.pick(['Router keeps dropping IPv6 after firmware update', 'Raspberry Pi won\'t boot after apt upgrade', 'VPN tunnel only works one way'])}\n\n`);
  d.t(`Same here on firmware ${VERSION(r)}. My WAN gets `).ip(ipv4(r)).t(' fine but the prefix delegation hands out ').ip(ipv6(r)).t(` and then nothing routes. Gateway is `).ip(ipv4(r)).t(`. Tried the fix from ${r.pick(['the wiki', 'page 3', 'the release notes'])}, no luck.\n\n-- \n`);
  d.me(full(p)).t(' | ').em(email(r, p, pick(r, ctry(code).mail)));
  if (r.chance(0.5)) d.t(' | ').tel(phone(r, code));
  d.t(`\n"${r.pick(['There is no place like ~/', 'Sent from my Nokia 3310', 'Keep calm and reboot', 'Powered by Debian 12.5'])}"\n`);
};

const nlEmail: Tpl = (r, d) => {
  const code = r.pick(['NL', 'BE']);
  const a = personOf(r, code);
  const b = personOf(r, code);
  d.t('Beste ').p(b.g).t(`,\n\nZoals besproken stuur ik je hierbij de gegevens voor de verhuizing op ${day(r, code)}. Het nieuwe adres wordt:\n\n`).adr(address(r, code)).t('\n\nMijn nieuwe nummer is ').tel(phone(r, code)).t(`. De borg mag naar `).ib(iban(r, code)).t(` t.n.v. `).p(`${a.g.charAt(0)}. ${a.f}`).t('.\n\nMet vriendelijke groet,\n').me(full(a)).t('\n');
};

const lineJp: Tpl = (r, d) => {
  const a = person(r, 'jp');
  d.t(`${r.int(10, 23)}:${pad(r.int(0, 59))} `).p(a.f).t(`さん、明日の打ち合わせの件です。\n`);
  d.t(`${r.int(10, 23)}:${pad(r.int(0, 59))} 会場の住所はこちらです：`).adr(address(r, 'JP', true)).t(`\n${r.int(10, 23)}:${pad(r.int(0, 59))} 何かあれば `).tel(phone(r, 'JP')).t(' までお電話ください。').p(person(r, 'jp').f).t('より\n');
};

const wechat: Tpl = (r, d) => {
  const a = person(r, r.pick(['cn', 'tw']));
  d.t('【转发】').p(full(a)).t(`，你好！快递到了驿站，取件码 ${r.int(1, 9)}-${r.int(1, 9)}-${r.digits(4)}。有问题打我电话 `).tel(phone(r, r.pick(['CN', 'TW']))).t('，或者发邮件到 ').em(email(r, a, pick(r, ctry('CN').mail))).t(`。订单号 ${r.digits(18)}\n`);
};

const thaiText: Tpl = (r, d) => {
  const a = person(r, 'th');
  d.t('สวัสดีค่ะ คุณ').p(a.g).t(' ส่งของไปที่ ').adr(address(r, 'TH', true)).t(' นะคะ เบอร์ติดต่อ ').tel(phone(r, 'TH')).t(` เลขพัสดุ TH${r.digits(10)}A ขอบคุณค่ะ\n`);
};

const voicemail: Tpl = (r, d) => {
  const code = r.pick(['US', 'GB', 'AU', 'IE', 'CA']);
  const p = personOf(r, code);
  const num = fill(r, r.pick(['07%## ######', '%##%##%###', '04## ### ###']));
  const g = ascii(p.gr);
  const f = ascii(p.fr);
  d.t(`[Voicemail transcript — ${r.int(8, 20)}:${pad(r.int(0, 59))}, ${r.int(12, 58)}s]\nHi, this is `).me(full(p)).t(` calling about the ${r.pick(['boiler repair', 'insurance claim', 'job application', 'refund'])}. Can you call me back on `).tel(spoken(r, num)).t(', or email me at ').em(`${g} dot ${f} at ${r.pick(['gmail', 'outlook', 'yahoo'])} dot com`).t(`. My reference is ${fill(r, '@@')} ${r.digits(6)}. Thanks, bye.\n`);
};

const egMsg: Tpl = (r, d) => {
  const p = personOf(r, r.pick(['EG', 'EG', 'MA']));
  const eg = p.c === C.eg;
  d.t(eg ? 'السلام عليكم يا ' : 'Salam ').p(p.g).t(eg ? '، ده رقم الدكتور الجديد ' : ', voici le numéro du plombier ').tel(phone(r, eg ? 'EG' : 'MA')).t(eg ? ' والعنوان ' : ', il passe à ').adr(address(r, eg ? 'EG' : 'MA', true)).t(eg ? ' بعد صلاة العصر\n' : ' demain vers 10h inchallah\n');
};

const grForum: Tpl = (r, d) => {
  const p = person(r, 'gr');
  d.t('Καλησπέρα σε όλους, ψάχνω ηλεκτρολόγο στην περιοχή Κυψέλης. Αν ξέρει κανείς, στείλτε στο ').em(email(r, p, pick(r, ctry('GR').mail))).t(' ή τηλ. ').tel(phone(r, 'GR')).t('.\nΕυχαριστώ, ').me(full(p)).t('\n');
};

const trSocial: Tpl = (r, d) => {
  const p = personOf(r, 'TR');
  d.t(`Kayıp ilanı! Kedimiz Pamuk ${r.pick(['Moda', 'Bostancı', 'Karşıyaka'])} civarında kayboldu. Gören olursa `).tel(phone(r, 'TR')).t(' numarasından ').p(p.g).t(` Hanım'a ulaşsın 🙏 #kayıpkedi #${r.pick(['Kadıköy', 'İzmir'])}\n`);
};

const irTelegram: Tpl = (r, d) => {
  const p = person(r, 'ir');
  d.t('سلام، من ').me(full(p)).t(' هستم. برای ثبت‌نام کلاس زبان با شماره ').tel(phone(r, 'IR')).t(' تماس بگیرید. تاریخ تولد: ').born(dob(r, 'IR')).t(`\nکد رهگیری: ${r.digits(12)}\n`);
};

const lostPet: Tpl = (r, d) => {
  const code = r.pick(['GB', 'US', 'AU', 'NZ', 'IE', 'CA']);
  const p = personOf(r, code);
  const pet = r.pick(['Bella', 'Winston', 'Churchill', 'Elvis', 'Margaret', 'Rex', 'Hope']);
  d.t(`MISSING CAT — "${pet}"\nGinger tabby, microchipped (${r.digits(15)}), last seen near ${r.pick(['Victoria Park', 'the Lincoln Memorial bench', 'St Patrick\'s Cathedral', 'Nelson Mandela Square'])} on ${day(r, code)}. ${pet}'s birthday is next week and the kids are heartbroken.\nPlease call `).p(p.gr).t(' on ').tel(phone(r, code)).t(` any time. REWARD.\n`);
};

const form1040: Tpl = (r, d) => {
  const a = personOf(r, 'US');
  const b = { ...personOf(r, 'US'), f: a.f, fr: a.fr };
  d.t(`Form 1040 (2025) — summary prepared by ${r.pick(['H&R Block', 'TurboTax', 'Jackson Hewitt'])}\nFiling status: Married filing jointly\nYour first name and middle initial / Last name: `).me(`${a.gr} ${fill(r, '@')}. ${a.fr}`).t('\nYour social security number: ').ssn(ssn(r));
  d.t("\nSpouse's first name / Last name: ").p(`${b.gr} ${b.fr}`).t("\nSpouse's SSN: ").ssn(ssn(r)).t('\nHome address: ').adr(address(r, 'US', true));
  d.t(`\nDependent: `).p(`${personOf(r, 'US').gr} ${a.fr}`).t(r.chance(0.5) ? ` SSN ${maskedSsn(r)}` : ' SSN (applied for)');
  d.t(`\nRefund: $${r.int(100, 6000)} direct deposit, routing ${routing(r)}, account ${r.digits(10)}\nPreparer PTIN P${r.digits(8)}, firm EIN ${ein(r)}\n`);
};

const chargebackCsv: Tpl = (r, d) => {
  d.t('case_id,opened,card_number,amount,currency,reason,cardholder\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) {
    const code = r.pick(CODES);
    const good = r.chance(0.75);
    d.t(`CB-${r.digits(7)},${TS(r).slice(0, 10)},`);
    if (good) d.cc(cardDigits(r));
    else d.t(r.chance(0.5) ? badCard(r).replace(/[ -]/g, '') : maskedCard(r));
    d.t(`,${MONEY(r)},${r.pick(['USD', 'EUR', 'GBP', 'JPY', 'BRL'])},${r.pick(['4837', '10.4', '13.1', 'fraud', 'not received'])},"`).p(nameVar(r, personOf(r, code))).t('"\n');
  }
};

const firewallLog: Tpl = (r, d) => {
  for (let i = 0, n = r.int(3, 7); i < n; i++) {
    const v6 = r.chance(0.35);
    d.t(`${r.pick(['Nov', 'Dec'])} ${pad(r.int(1, 28))} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))} gw01 kernel: [UFW ${r.pick(['BLOCK', 'ALLOW', 'AUDIT'])}] IN=eth0 OUT= SRC=`);
    d.ip(v6 ? ipv6(r) : ipv4(r)).t(' DST=').ip(v6 ? ipv6(r) : ipv4(r)).t(` LEN=${r.int(40, 1500)} PROTO=${r.pick(['TCP', 'UDP'])} SPT=${r.int(1024, 65535)} DPT=${r.pick(['22', '443', '3389', '5432'])}\n`);
  }
};

const i9Form: Tpl = (r, d) => {
  const p = personOf(r, 'US');
  d.t(`Form I-9 — Section 1. Employee Information and Attestation\nLast Name (Family Name): `).p(p.fr.toUpperCase()).t('   First Name (Given Name): ').p(p.gr.toUpperCase()).t(`   Middle Initial: ${fill(r, '@')}\n`);
  d.t('Address (Street Number and Name), City, State, ZIP: ').adr(address(r, 'US', true)).t('\nDate of Birth (mm/dd/yyyy): ').born(fmtDate(r, birth(r, 18, 70), 'mdy/')).t('\nU.S. Social Security Number: ').ssn(ssn(r));
  d.t("\nEmployee's E-mail Address: ").em(email(r, p, pick(r, ctry('US').mail))).t("   Employee's Telephone Number: ").tel(phone(r, 'US'));
  d.t(`\n[x] A citizen of the United States\nSignature of Employee: ______   Today's Date: ${fmtDate(r, someDay(r), 'mdy/')}\nEmployer EIN: ${ein(r)}   E-Verify case ${r.digits(13)}${fill(r, '@@')}\n`);
};

const creditApp: Tpl = (r, d) => {
  const p = personOf(r, 'US');
  const co = personOf(r, 'US');
  d.t(`${r.pick(['Sunrise Auto Finance', 'Lone Star Credit Union', 'Evergreen Rentals'])} — Credit Application #${r.digits(8)}\nApplicant: `).me(full(p)).t('   SSN: ').ssn(ssn(r)).t('   DOB: ').born(fmtDate(r, birth(r), 'mdy/'));
  d.t('\nCurrent address: ').adr(address(r, 'US', true)).t(`   Time at address: ${r.int(1, 15)} yrs\nCell: `).tel(phone(r, 'US')).t(`\nEmployer: ${r.pick(['Walmart', 'Ford Motor Co.', 'Kroger', 'Johnson & Johnson'])}, ${r.int(1, 20)} yrs, $${r.int(28, 160)},000/yr\n`);
  if (r.chance(0.6)) d.t('Co-applicant: ').p(full(co)).t('   SSN: ').ssn(ssn(r)).t('\n');
  d.t(`Reference: `).p(full(personOf(r, 'US'))).t(' ').tel(phone(r, 'US')).t(`\nBank routing ${routing(r)} (not an SSN)\n`);
};

const orderConfirm: Tpl = (r, d) => {
  const code = r.pick(['US', 'GB', 'DE', 'FR', 'JP', 'AU', 'CA', 'ES', 'IT', 'SG', 'IN']);
  const p = personOf(r, code);
  d.t(`Order confirmation ${ORDER(r)} — ${r.pick(['TechNest', 'Bloom & Wild', 'Papeterie Lemaire', 'Kitchen King'])}\n\nHi `).p(p.gr).t(`,\nthanks for your order placed ${fmtDate(r, someDay(r), 'iso')}.\n\nShip to:\n`).p(full(p)).t('\n').adr(address(r, code)).t('\n\nPaid with: ').cc(card(r));
  d.t(`\n(this receipt was printed by the legacy POS ${VERSION(r)} which shows the full number)\nPromo voucher: ${badCard(r)}\nQuestions? `).em(`${r.pick(['support', 'help', 'orders', 'kundenservice'])}@${r.pick(['technest.io', 'bloomwild.co.uk', 'kitchenking.com.au'])}`).t('\n');
};

const supportPaste: Tpl = (r, d) => {
  const code = r.pick(CODES);
  const p = personOf(r, code);
  const two = r.chance(0.5);
  d.t(`Can you fill this into the booking form for me? Name `).me(full(p)).t(', card ').cc(card(r)).t(` exp ${pad(r.int(1, 12))}/${r.int(27, 31)} cvv ${r.digits(3)}`);
  if (two) d.t('. If that one bounces use my other card ').cc(card(r));
  d.t(`. Don't use ${maskedCard(r)}, it's expired. Phone for the airline is `).tel(phone(r, code)).t('.\n');
};

const jpCardForm: Tpl = (r, d) => {
  const p = person(r, 'jp');
  d.t('クレジットカード払い申込書\n\nカード名義（ローマ字）：').p(`${p.gr.toUpperCase()} ${p.fr.toUpperCase()}`).t('\nお名前：').me(`${p.f} ${p.g}`).t('\nカード番号：').cc(card(r)).t(`\n有効期限：${pad(r.int(1, 12))}月／${r.int(27, 31)}年\n生年月日：`).born(fmtDate(r, birth(r), 'cjk'));
  d.t('\nご連絡先：').tel(phone(r, 'JP')).t(`\n※旧カード ${maskedCard(r)} は解約済み。申込番号 ${r.digits(10)}\n`);
};

const sepaMandate: Tpl = (r, d) => {
  const code = r.pick(IBAN_CODES.filter((c) => !['SA', 'AE', 'TR', 'IL', 'BR'].includes(c)));
  const p = personOf(r, code);
  d.t(`SEPA Direct Debit Mandate / Mandat de prélèvement SEPA / SEPA-Lastschriftmandat\nCreditor: ${r.pick(['Stadtwerke Nord', 'EDF Particuliers', 'Vodafone Ireland', 'Fitness Plus B.V.'])} — Creditor ID ${fill(r, '@@##ZZZ##########')}\nMandate reference: MR-${r.digits(9)}\n\nDebtor name: `).me(full(p)).t('\nDebtor address: ').adr(address(r, code, true)).t('\nIBAN: ').ib(iban(r, ctry(code).iban as string));
  d.t(`\nBIC: ${fill(r, '@@@@')}${code}${fill(r, '@@')}\nPlace and date: ${pick(r, ctry(code).ci)[0]}, ${day(r, code)}\n`);
  if (r.chance(0.5)) d.t('Previous account (closed, do not use): ').t(badIban(r, ctry(code).iban as string)).t('\n');
};

const cardStatement: Tpl = (r, d) => {
  const code = r.pick(['US', 'GB', 'CA', 'AU', 'SG', 'MY', 'AE', 'IN']);
  const p = personOf(r, code);
  d.t(`${r.pick(['Platinum Rewards', 'Cashback Plus', 'Titanium'])} Card — Statement ${fmtDate(r, someDay(r), 'long-en')}\n`).p(nameVar(r, p)).t('\n').adr(address(r, code)).t('\n\nCard number ').cc(card(r)).t(`\nStatement balance ${MONEY(r)}   Minimum due ${r.int(25, 200)}.00   Due ${fmtDate(r, someDay(r), 'long-en')}\n\n`);
  for (let i = 0, n = r.int(2, 4); i < n; i++) d.t(`${fmtDate(r, someDay(r), 'dmy/')}  ${r.pick(['TESCO STORES 2231', 'UBER *TRIP', 'SHELL OIL 57442', "MCDONALD'S 1182", 'AMZN Mktp', 'GRAB*FOOD'])}  ${MONEY(r)}\n`);
  if (r.chance(0.5)) d.t('Supplementary card holder: ').p(full(personOf(r, code))).t(' — card ').cc(card(r)).t('\n');
};

// ---------------------------------------------------------------- hard negatives (no personal data)

const negRelease: Tpl = (r, d) => {
  d.t(`## ${VERSION(r)} (${fmtDate(r, someDay(r), 'iso')})\n\n- Fix crash in Hope scheduler when cron spec is empty (${SHA(r, 7)})\n- Bump ${r.pick(['Jackson', 'Hibernate', 'Sinatra', 'Django', 'Flask'])} to ${VERSION(r)}; drop support for Windows build ${VERSION(r)}\n`);
  d.t(`- Grant tokens now expire after ${r.int(5, 90)} min (#${r.int(1000, 9999)}, thanks @${r.pick(['rosebud', 'will-o-wisp', 'maythefourth', 'guy_incognito', 'billthecat'])})\n- Checksums: sha256 ${SHA(r, 64)}\n`);
};

const negMedical: Tpl = (r, d) => {
  const e = [pick(r, EPONYM), pick(r, EPONYM)];
  d.t(`Clinical guideline update — ${fmtDate(r, someDay(r), 'long-en')}\n\nPatients with ${e[0]} should be screened for ${e[1]} every ${r.int(6, 24)} months. The ${r.pick(['Glasgow Coma Scale', 'Apgar score', 'Mantoux test', 'Heimlich manoeuvre'])} remains first-line. Trial ${fill(r, 'NCT########')} (enrolment closed ${fmtDate(r, someDay(r), 'dmy/')}) found no benefit. Dosing: ${r.int(5, 500)} mg/kg, max ${r.int(1, 4)} g/day. Next review due ${fmtDate(r, someDay(r), 'long-en')}.\n`);
};

const negShipping: Tpl = (r, d) => {
  d.t(`Your order ${ORDER(r)} has shipped!\nCarrier: ${r.pick(['DHL Express', 'Royal Mail', 'Correos', 'Yamato', 'PostNL'])}   Tracking: ${TRACK(r)}\nItems: ${r.pick(['Hugo Boss polo', 'Dr. Martens boots', 'Tommy Hilfiger cap', 'Ferrari keyring'])} ×${r.int(1, 3)}\nGift card code: ${badCard(r)}\nEstimated delivery: ${fmtDate(r, someDay(r), 'long-us')}\nReturn label barcode: ${r.digits(13)}\n`);
};

const negFinance: Tpl = (r, d) => {
  const cc = r.pick(IBAN_CODES.map((c) => ctry(c).iban as string));
  d.t(`Treasury memo Q${r.int(1, 4)}\n- Vendor EIN ${ein(r)} verified; ABA routing ${routing(r)}\n- Returned wire: beneficiary IBAN ${badIban(r, cc)} failed validation (check digits)\n- Card batch ${badCard(r)} rejected (Luhn)\n- Customer on file: SSN ${maskedSsn(r)}, card ${maskedCard(r)}\n- Invoice INV-${r.digits(6)} dated ${fmtDate(r, someDay(r), 'dmy/')}, due ${fmtDate(r, someDay(r), 'dmy/')}, total €${MONEY(r)}\n`);
};

const negBrands: Tpl = (r, d) => {
  d.t(`Weekend plan: fly into ${pick(r, PLACES)}, grab coffee at ${pick(r, BRANDS)}, then the ${r.pick(['Queen Mary 2', 'Vasa Museum', 'Cutty Sark', 'Mayflower II'])} tour. Storm ${r.pick(['Ciarán', 'Hilary', 'Otis', 'Babet', 'Gloria'])} might cancel the ferry. Dinner at ${pick(r, BRANDS)}? Booking ref ${fill(r, '@@@###')}. ${pick(r, LAWS)} applies if anything can go wrong.\n`);
};

const negSyslog: Tpl = (r, d) => {
  for (let i = 0, n = r.int(3, 6); i < n; i++) d.t(`${TS(r)} ${r.pick(['INFO', 'WARN', 'DEBUG'])} [${r.pick(['worker-3', 'scheduler', 'grant-service', 'hope-api'])}] job=${UUID(r)} took ${r.int(3, 9000)}ms (agent ${VERSION(r)}, commit ${SHA(r, 12)})\n`);
};

const negProducts: Tpl = (r, d) => {
  d.t('sku;name;ean;price;stock\n');
  for (let i = 0, n = r.int(3, 6); i < n; i++) d.t(`${fill(r, '@@-####')};${r.pick(['Earl Grey tea 100g', 'Wellington boots', 'Caesar dressing', 'Victoria sponge mix', 'Marie biscuits', 'Graham crackers', 'Baileys 70cl'])};${r.digits(13)};${MONEY(r)};${r.int(0, 400)}\n`);
};

const negLaws: Tpl = (r, d) => {
  d.t(`Reading list for the seminar on ${fmtDate(r, someDay(r), 'long-en')}: the history of ${pick(r, LAWS)}, the debate around ${pick(r, LAWS)}, and why ${pick(r, EPONYM)} is named as it is. Room ${r.int(100, 450)}, ${r.pick(['Darwin Building', 'Newton Hall', 'Curie Wing'])}. Bring your ${r.pick(['Marshall', 'Fender', 'Steinway'])} manual.\n`);
};

const negCalendar: Tpl = (r, d) => {
  d.t(`Team calendar — ${r.pick(['Grant Ops', 'Project Hope', 'Team Rose', 'Squad Falcon'])}\n- ${fmtDate(r, someDay(r), 'dmy/')} sprint ${r.int(10, 99)} kickoff\n- ${fmtDate(r, someDay(r), 'dmy/')} office dog's birthday 🎂\n- ${fmtDate(r, someDay(r), 'dmy/')} release ${VERSION(r)} freeze\n- ${fmtDate(r, someDay(r), 'dmy/')} Founders' Day (company est. ${r.int(1950, 2015)})\n`);
};

const POS: readonly Tpl[] = [
  gpReferral, arztbrief, ordonnance, recetaEs, refertoLab, usLab, schoolEnrol, jpEnrol, w9, visaForm, tenancyUk, mietvertrag,
  loonstrook, payslipIn, rechnung, facture, deliveryNote, policeNg, denuncia, weddingNotice, obituary, membership, krReferral,
  cnExpress, saInvoice, trKira, ilForm, boleto, cfdi, zaPayslip, rxUs, transferPl, disputeLetter, hotelReg, form1040,
  i9Form, creditApp, orderConfirm, supportPaste, jpCardForm, sepaMandate, cardStatement,
  csvCustomers, csvDe, tsvFr, pipeEs, fixedWidth, xmlExport, jsonExport, yamlExport, sqlInsert, accessLog, auditTrail, appLog,
  vcard, ldif, krCsv, jpCsv, itAnagrafica, arJson, chargebackCsv, firewallLog,
  mpesa, smsThread, whatsappAr, socialPh, classified, review, forumSig, nlEmail, lineJp, wechat, thaiText, voicemail, egMsg,
  grForum, trSocial, irTelegram, lostPet,
];
/** Templates drawn more often so that the rarer types (cards, SSNs) reach comfortable counts. */
const BOOST: readonly Tpl[] = [w9, usLab, fixedWidth, form1040, i9Form, creditApp, csvCustomers, chargebackCsv, orderConfirm, supportPaste, disputeLetter, hotelReg, jsonExport, appLog, jpCardForm, sepaMandate, cardStatement, cardStatement, mietvertrag, transferPl, itAnagrafica];
const NEG: readonly Tpl[] = [negRelease, negMedical, negShipping, negFinance, negBrands, negSyslog, negProducts, negLaws, negCalendar];
/** Number of distinct document templates. */
export const INDEPENDENT13_TEMPLATE_COUNT = POS.length + NEG.length;

/** Generates whole documents until at least `minInstances` labels exist (deterministic per seed). */
export function generateIndependent13Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent13Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT13_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT13_MIN_INSTANCES;
  const out: Independent13Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc(r.chance(0.5));
    const x = r.next();
    if (x < 0.1) r.pick(NEG)(r, d);
    else if (x < 0.28) r.pick(BOOST)(r, d);
    else r.pick(POS)(r, d);
    out.push(d.entry());
    total += d.labels.length;
  }
  return out;
}
