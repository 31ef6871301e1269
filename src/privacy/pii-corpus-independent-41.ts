/**
 * @module privacy/pii-corpus-independent-41 — blind labelled PII corpus #41: mobile money, telecom and
 * everyday commerce in Africa, the Middle East and South Asia.
 *
 * WRITTEN BLIND. To write it I read only: the `Rng` class at the top of `pii-corpus-values.ts`,
 * `pii-corpus-checks.ts`, the `PiiType` union in `pii/types.ts`, the first 30 lines of `pii-corpus.ts`
 * (`PiiLabel`, `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`.
 * I did NOT read the detector, its tests, its other corpora or templates, the docs, benches, the git
 * history or any shared material; I did not run the detector on this text. Every name, address,
 * template and value here was invented for this split.
 *
 * Seeds: 410001, 410002, 410003. Each seed yields whole documents until at least `minInstances`
 * (default 2400) labels exist.
 *
 * Contents (89 document templates: 76 labelled, 13 hard negatives): mobile-money SMS receipts and
 * statements (sent, received, paybill, airtime, agent cash-in and cash-out), agent and merchant
 * ledgers and disputes, SIM registration, SIM swap and porting,
 * telecom logs and router support, remittance forms and receipts (Gulf, UK, US diaspora), microfinance,
 * SACCO, chama and cooperative records, delivery, courier and ride-hailing chats, and customer-care
 * transcripts mixing English with Swahili, Sheng, Hindi, Urdu, Bengali, Arabic, Pidgin, Zulu, Amharic,
 * French and Wolof, with names, phones, addresses and dates written the way each country writes them.
 * About one document in ten is a hard negative (no PII, but people-named brands, places, diseases and
 * laws, transaction codes, hashes, versions, Luhn-invalid and masked numbers, invalid IBANs, EINs and
 * routing numbers, non-birth dates).
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics and possessive 's outside the span; initials+surname,
 *   surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms labelled, one label per
 *   contiguous name. Brands, software, places, pets, ships, storms, streets/buildings named after
 *   people, eponymous diseases/laws/awards and @handles are not labelled; nor a name inside an e-mail.
 * - EMAIL: every address, role addresses included; spoken addresses labelled as the whole spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid and masked not.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones not.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITINs, EINs and other countries' ids not.
 * - IP: every IPv4/IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line addresses from the first street/building/
 *   PO-box line to the last postcode/city/country line; recipient name a separate PERSON; company
 *   lines, city-only mentions, directions, rooms and landmarks not labelled.
 * - DOB: a person's date of birth only, cue words outside; other dates not labelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-values.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT41_SEEDS = [410001, 410002, 410003] as const;
export const INDEPENDENT41_MIN_INSTANCES = 2400;

/** A gold label with the exact text of its span. */
export type Independent41Label = PiiLabel & { readonly value: string };
/** One document of split #41. */
export type Independent41Entry = PiiCorpusEntry & { readonly labels: readonly Independent41Label[] };

/** Builds a document, recording label offsets while text is appended. */
class Doc {
  text = '';
  readonly labels: Independent41Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value.length === 0 || value.trim() !== value) throw new Error(`bad span ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
  /** The user's own full name: labelled and recorded as a known name. */
  self(name: string): this {
    if (!this.known.includes(name)) this.known.push(name);
    return this.l('PERSON', name);
  }
  entry(): Independent41Entry {
    return { text: this.text, labels: this.labels, knownNames: this.known };
  }
}

// ---------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------

interface Culture {
  readonly given: readonly string[];
  readonly family: readonly string[];
}

const CULTURES = {
  kikuyu: {
    given: ['Wanjiru', 'Njeri', 'Wambui', 'Nyambura', 'Wairimu', 'Muthoni', 'Gathoni', 'Wangari', 'Kimani', 'Njoroge', 'Githinji', 'Macharia', 'Kinyua'],
    family: ['Kamau', 'Mwangi', 'Kariuki', 'Gitau', 'Ndungu', 'Karanja', 'Waweru', 'Muriuki', 'Wachira', 'Maina', 'Ngugi', 'Kiarie', 'Mbugua', 'Nduati'],
  },
  luo: {
    given: ['Achieng', 'Akinyi', 'Atieno', 'Adhiambo', 'Awino', 'Anyango', 'Omondi', 'Ochieng', 'Onyango', 'Odhiambo', 'Oduor', 'Owino'],
    family: ['Otieno', 'Okoth', 'Ouma', 'Obiero', 'Odero', 'Oloo', 'Ogola', 'Okello', 'Opiyo', 'Owuor', 'Oyugi', 'Nyamweya'],
  },
  kalenjin: {
    given: ['Chebet', 'Jepkosgei', 'Cherono', 'Jeptoo', 'Kiprono', 'Kipchumba', 'Kiplagat', 'Kibet', 'Chepngetich', 'Jelimo', 'Kipkemboi'],
    family: ['Rotich', 'Koech', 'Langat', 'Kiprotich', 'Sang', 'Bett', 'Kirui', 'Ruto', 'Tanui', 'Keter', 'Mutai', 'Kosgei'],
  },
  ganda: {
    given: ['Brenda', 'Ivan', 'Esther', 'Moses', 'Joan', 'Ronald', 'Shamim', 'Doreen', 'Hakim', 'Sylvia', 'Denis', 'Agnes'],
    family: ['Nakato', 'Babirye', 'Ssempala', 'Mukasa', 'Kigozi', 'Lubega', 'Nsubuga', 'Namatovu', 'Kiwanuka', 'Musoke', 'Kaggwa', 'Nabukeera', 'Ssebunya'],
  },
  swahili: {
    given: ['Baraka', 'Neema', 'Rehema', 'Zawadi', 'Amani', 'Juma', 'Saida', 'Mwanaisha', 'Tumaini', 'Imani', 'Rashidi', 'Hamisi', 'Mwajuma'],
    family: ['Mushi', 'Massawe', 'Mrema', 'Kimaro', 'Lyimo', 'Temba', 'Mollel', 'Swai', 'Shirima', 'Mnyampala', 'Kombo', 'Mfinanga'],
  },
  yoruba: {
    given: ['Adebayo', 'Oluwaseun', 'Folake', 'Bukola', 'Tunde', 'Yetunde', 'Kehinde', 'Taiwo', 'Funmilayo', 'Segun', 'Damilola', 'Ayodele', 'Temitope'],
    family: ['Adeyemi', 'Ogunleye', 'Balogun', 'Oladipo', 'Afolabi', 'Adewale', 'Ogundipe', 'Oyelaran', 'Akinola', 'Bamidele', 'Olatunji', 'Fashola'],
  },
  igbo: {
    given: ['Chinedu', 'Ngozi', 'Chiamaka', 'Obinna', 'Emeka', 'Nkechi', 'Ifeoma', 'Uchenna', 'Chidi', 'Adaeze', 'Ikenna', 'Somtochukwu', 'Chukwuemeka'],
    family: ['Okafor', 'Nwosu', 'Eze', 'Okonkwo', 'Obi', 'Onyeka', 'Chukwu', 'Okeke', 'Uzor', 'Anyanwu', 'Ibe', 'Nwachukwu'],
  },
  hausa: {
    given: ['Aminu', 'Hauwa', 'Hadiza', 'Sani', 'Garba', 'Lawal', 'Rabi', 'Habiba', 'Nasiru', 'Kabiru', 'Bilkisu', 'Jamilu'],
    family: ['Danjuma', 'Abdullahi', 'Ibrahim', 'Musa', 'Yakubu', 'Sule', 'Dikko', 'Bala', 'Aliyu', 'Lamido', 'Shehu', 'Gwarzo'],
  },
  akan: {
    given: ['Kwame', 'Kofi', 'Akosua', 'Ama', 'Yaw', 'Abena', 'Kwabena', 'Efua', 'Kojo', 'Adwoa', 'Kwaku', 'Afua', 'Yaa'],
    family: ['Mensah', 'Boateng', 'Owusu', 'Asante', 'Osei', 'Appiah', 'Ofori', 'Amoah', 'Agyeman', 'Darko', 'Frimpong', 'Acheampong'],
  },
  ewe: {
    given: ['Edem', 'Selasi', 'Delali', 'Elikem', 'Mawuli', 'Yayra', 'Senyo', 'Dzifa', 'Etornam', 'Kafui', 'Enam', 'Sena'],
    family: ['Agbeko', 'Dzidzienyo', 'Kpodo', 'Amegashie', 'Gbeho', 'Tsikata', 'Kuadey', 'Dogbe', 'Akpalu', 'Fiagbe', 'Ahiable'],
  },
  nguni: {
    given: ['Sipho', 'Thandiwe', 'Nomvula', 'Themba', 'Lindiwe', 'Sibusiso', 'Zanele', 'Bongani', 'Nokuthula', 'Mandla', 'Lungile', 'Ayanda', 'Siyabonga', 'Thabo'],
    family: ['Dlamini', 'Nkosi', 'Ndlovu', 'Khumalo', 'Mthembu', 'Zulu', 'Ngcobo', 'Mkhize', 'Cele', 'Buthelezi', 'Mabaso', 'Xaba', 'Mahlangu', 'Nxumalo'],
  },
  afrikaans: {
    given: ['Johannes', 'Marelize', 'Pieter', 'Annelie', 'Riaan', 'Elmarie', 'Hendrik', 'Francois', 'Wilna', 'Gerhard', 'Liezel', 'Jaco'],
    family: ['van der Merwe', 'Botha', 'du Plessis', 'Pretorius', 'Venter', 'Nel', 'Coetzee', 'Steyn', 'Joubert', 'van Wyk', 'Kruger', 'le Roux'],
  },
  amhara: {
    given: ['Abebe', 'Tigist', 'Selamawit', 'Dawit', 'Hirut', 'Yohannes', 'Meseret', 'Bereket', 'Mekdes', 'Tesfaye', 'Almaz', 'Getachew', 'Liya'],
    family: ['Haile', 'Tadesse', 'Girma', 'Bekele', 'Wolde', 'Alemu', 'Mengistu', 'Kebede', 'Assefa', 'Desta', 'Tsegaye', 'Gebremedhin'],
  },
  somali: {
    given: ['Hodan', 'Ayaan', 'Abdirahman', 'Farhiya', 'Hibaaq', 'Mohamud', 'Sahra', 'Deqa', 'Guled', 'Khadar', 'Nimco', 'Ubah'],
    family: ['Warsame', 'Farah', 'Jama', 'Hirsi', 'Egal', 'Dualeh', 'Abdi', 'Aden', 'Samatar', 'Yusuf', 'Gedi', 'Nur'],
  },
  egypt: {
    given: ['Mahmoud', 'Mostafa', 'Hany', 'Amr', 'Shaimaa', 'Nourhan', 'Heba', 'Walaa', 'Tamer', 'Karim', 'Yasmine', 'Sherif', 'Radwa', 'Ahmed', 'Mohamed'],
    family: ['El-Sayed', 'Abdel-Fattah', 'Mansour', 'Hegazy', 'Fawzy', 'Shalaby', 'Soliman', 'El-Masry', 'Ragab', 'Zaki', 'Salem', 'Farouk'],
  },
  morocco: {
    given: ['Youssef', 'Khadija', 'Hamza', 'Salma', 'Imane', 'Mehdi', 'Zineb', 'Othmane', 'Ghita', 'Ayoub', 'Meryem', 'Soufiane'],
    family: ['Benjelloun', 'El Amrani', 'Alaoui', 'Bennani', 'Tazi', 'Chraibi', 'El Idrissi', 'Berrada', 'Ouazzani', 'Lahlou', 'Fassi', 'Ait Ouhaddou'],
  },
  gulf: {
    given: ['Abdulaziz', 'Faisal', 'Nouf', 'Reem', 'Turki', 'Sultan', 'Latifa', 'Mishari', 'Hessa', 'Bandar', 'Dana', 'Nawaf', 'Maha', 'Abdullah', 'Khalid'],
    family: ['Al-Otaibi', 'Al-Harbi', 'Al-Qahtani', 'Al-Ghamdi', 'Al-Dosari', 'Al-Mutairi', 'Al-Shammari', 'Al-Zahrani', 'Al-Subaie', 'Al Mansoori', 'Al Nuaimi', 'Al Ketbi', 'Al Falasi'],
  },
  levant: {
    given: ['Rami', 'Rana', 'Lina', 'Ziad', 'Nadine', 'Elias', 'Tarek', 'Joumana', 'Fadi', 'Samer', 'Hala', 'Khalil'],
    family: ['Haddad', 'Khoury', 'Nassar', 'Saab', 'Aoun', 'Habib', 'Kassab', 'Azar', 'Hijazi', 'Barakat', 'Daher', 'Salameh'],
  },
  persian: {
    given: ['Arash', 'Shirin', 'Parisa', 'Mehran', 'Leila', 'Babak', 'Niloufar', 'Kaveh', 'Mahsa', 'Dariush', 'Roya', 'Farhad'],
    family: ['Hosseini', 'Rahimi', 'Tehrani', 'Karimi', 'Moradi', 'Jafari', 'Ahmadi', 'Sadeghi', 'Rostami', 'Bahrami', 'Ghorbani', 'Navabi'],
  },
  turkish: {
    given: ['Emre', 'Elif', 'Burak', 'Zeynep', 'Mert', 'Ayşe', 'Cem', 'Derya', 'Oğuz', 'Gökhan', 'Selin', 'Tuğba'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Kılıç', 'Aslan'],
  },
  pakistani: {
    given: ['Bilal', 'Ayesha', 'Sana', 'Zubair', 'Mehwish', 'Waqas', 'Saima', 'Kamran', 'Nadia', 'Asif', 'Rabia', 'Imran', 'Usman'],
    family: ['Qureshi', 'Chaudhry', 'Butt', 'Malik', 'Siddiqui', 'Raza', 'Sheikh', 'Mirza', 'Abbasi', 'Khattak', 'Bhatti', 'Awan', 'Gondal'],
  },
  hindi: {
    given: ['Rajesh', 'Priya', 'Amit', 'Sunita', 'Vikram', 'Pooja', 'Anil', 'Neha', 'Suresh', 'Kavita', 'Rohit', 'Deepa', 'Manoj'],
    family: ['Sharma', 'Verma', 'Gupta', 'Singh', 'Yadav', 'Agarwal', 'Mishra', 'Chauhan', 'Tiwari', 'Saxena', 'Joshi', 'Pandey', 'Rathore'],
  },
  tamil: {
    given: ['Karthik', 'Lakshmi', 'Senthil', 'Meenakshi', 'Murugan', 'Anitha', 'Arjun', 'Divya', 'Saravanan', 'Revathi', 'Prakash', 'Kavya'],
    family: ['Subramanian', 'Krishnan', 'Raman', 'Natarajan', 'Venkatesan', 'Iyer', 'Pillai', 'Reddy', 'Nair', 'Menon', 'Rao', 'Srinivasan'],
  },
  bengali: {
    given: ['Rahim', 'Nusrat', 'Tanvir', 'Farzana', 'Sabbir', 'Sharmin', 'Arif', 'Jannatul', 'Mahfuz', 'Rumana', 'Shakil', 'Tahmina', 'Rafiq'],
    family: ['Hossain', 'Rahman', 'Islam', 'Chowdhury', 'Ahmed', 'Akter', 'Begum', 'Uddin', 'Sarkar', 'Talukder', 'Bhuiyan', 'Miah', 'Khatun'],
  },
  sinhala: {
    given: ['Nuwan', 'Dilani', 'Chaminda', 'Sanduni', 'Kasun', 'Tharindu', 'Ishara', 'Lahiru', 'Nadeesha', 'Ruwan', 'Chathuri', 'Upul'],
    family: ['Perera', 'Fernando', 'de Silva', 'Jayasuriya', 'Wickramasinghe', 'Bandara', 'Gunawardena', 'Dissanayake', 'Senanayake', 'Herath', 'Jayawardena', 'Ranasinghe'],
  },
  nepali: {
    given: ['Bishal', 'Sushmita', 'Bikash', 'Anjali', 'Sagar', 'Srijana', 'Ramesh', 'Pratima', 'Rojan', 'Sabina', 'Dipesh', 'Kabita'],
    family: ['Shrestha', 'Gurung', 'Tamang', 'Rai', 'Thapa', 'Adhikari', 'Magar', 'Karki', 'Bhattarai', 'Poudel', 'Limbu', 'Maharjan'],
  },
  rwanda: {
    given: ['Uwase', 'Mugisha', 'Ishimwe', 'Keza', 'Ganza', 'Iradukunda', 'Mutesi', 'Kwizera', 'Umutoni', 'Ineza', 'Shema', 'Gakwaya'],
    family: ['Habimana', 'Niyonzima', 'Uwimana', 'Mukamana', 'Nshimiyimana', 'Hakizimana', 'Nsengimana', 'Bizimana', 'Mukeshimana', 'Twagiramungu', 'Rukundo', 'Ndayisaba'],
  },
  bemba: {
    given: ['Mwila', 'Chanda', 'Mulenga', 'Bwalya', 'Chilufya', 'Kondwani', 'Chikondi', 'Thokozani', 'Tiwonge', 'Dalitso', 'Mphatso', 'Chisomo'],
    family: ['Banda', 'Phiri', 'Mwale', 'Tembo', 'Lungu', 'Sakala', 'Chirwa', 'Mumba', 'Kalunga', 'Nkhoma', 'Mbewe', 'Kabwe'],
  },
  shona: {
    given: ['Tendai', 'Tatenda', 'Rutendo', 'Farai', 'Chiedza', 'Tafadzwa', 'Kudzai', 'Nyasha', 'Tinashe', 'Ruvimbo', 'Tapiwa', 'Munashe'],
    family: ['Moyo', 'Chikwanha', 'Mutasa', 'Marufu', 'Chigumba', 'Mapfumo', 'Nyathi', 'Sibanda', 'Mhlanga', 'Makoni', 'Dube', 'Gumbo'],
  },
  wolof: {
    given: ['Fatou', 'Moussa', 'Aminata', 'Cheikh', 'Awa', 'Ousmane', 'Ndèye', 'Mamadou', 'Khady', 'Babacar', 'Astou', 'Modou'],
    family: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Diallo', 'Gueye', 'Faye', 'Sarr', 'Mbaye', 'Cissé', 'Ba', 'Thiam'],
  },
  /** Names that are also common words, used across anglophone Africa and the diaspora. */
  wordy: {
    given: ['Rose', 'Hope', 'Said', 'Will', 'Bill', 'Grant', 'May', 'Guy', 'Precious', 'Blessing', 'Gift', 'Patience', 'Memory', 'Mercy', 'Faith', 'Joy', 'Charity', 'Godknows', 'Lucky', 'Innocent', 'Justice', 'Given', 'Prudence', 'Loveness', 'Promise', 'Comfort', 'Wisdom', 'Sunday', 'Goodluck', 'Happy'],
    family: ['Grant', 'Hope', 'King', 'Bird', 'Long', 'Young', 'Price', 'Wood', 'Black', 'Friday', 'Said', 'Rose', 'Sunday', 'Church'],
  },
} as const satisfies Record<string, Culture>;

type CultureKey = keyof typeof CULTURES;

/** A person: given name, optional middle part and family name. */
interface Person {
  readonly given: string;
  readonly middle: string;
  readonly family: string;
  readonly full: string;
}

type Country =
  | 'KE' | 'UG' | 'TZ' | 'NG' | 'GH' | 'ZA' | 'ET' | 'SO' | 'EG' | 'MA' | 'SA' | 'AE' | 'QA' | 'KW' | 'JO' | 'LB'
  | 'TR' | 'IR' | 'PK' | 'IN' | 'BD' | 'LK' | 'NP' | 'RW' | 'ZM' | 'MW' | 'ZW' | 'SN' | 'US' | 'GB';

const CULTURES_OF: Record<Country, readonly CultureKey[]> = {
  KE: ['kikuyu', 'luo', 'kalenjin'], UG: ['ganda'], TZ: ['swahili'], NG: ['yoruba', 'igbo', 'hausa'], GH: ['akan', 'ewe'],
  ZA: ['nguni', 'nguni', 'afrikaans'], ET: ['amhara'], SO: ['somali'], EG: ['egypt'], MA: ['morocco'], SA: ['gulf'],
  AE: ['gulf', 'levant', 'pakistani', 'hindi'], QA: ['gulf', 'nepali', 'sinhala'], KW: ['gulf', 'egypt', 'bengali'], JO: ['levant'],
  LB: ['levant'], TR: ['turkish'], IR: ['persian'], PK: ['pakistani'], IN: ['hindi', 'tamil'], BD: ['bengali'], LK: ['sinhala'],
  NP: ['nepali'], RW: ['rwanda'], ZM: ['bemba'], MW: ['bemba'], ZW: ['shona'], SN: ['wolof'],
  US: ['somali', 'amhara', 'yoruba', 'igbo', 'luo', 'kikuyu', 'akan', 'wordy'], GB: ['yoruba', 'akan', 'pakistani', 'bengali', 'somali', 'hindi', 'wordy'],
};

const ANGLO_AFRICA: readonly Country[] = ['KE', 'UG', 'NG', 'GH', 'ZA', 'ZM', 'MW', 'ZW'];

function person(r: Rng, c: Country): Person {
  const cult = CULTURES[r.pick(CULTURES_OF[c])];
  let given: string = r.pick(cult.given);
  if (ANGLO_AFRICA.includes(c) && r.chance(0.22)) given = r.pick(CULTURES.wordy.given);
  const family: string = r.pick(cult.family);
  let middle = '';
  if ((c === 'SA' || c === 'KW' || c === 'QA') && r.chance(0.3)) middle = r.pick(CULTURES.gulf.given);
  else if (c === 'SO' && r.chance(0.5)) middle = r.pick(CULTURES.somali.given);
  else if (c === 'IN' && r.chance(0.2)) middle = r.pick(['Kumar', 'Kumari', 'Prasad', 'Lal', 'Devi']);
  else if (c === 'PK' && r.chance(0.3)) middle = r.pick(['Muhammad', 'Ali', 'Ahmed']);
  if (c === 'PK' && middle === 'Muhammad') {
    return { given: 'Muhammad', middle: '', family: `${given} ${family}`, full: `Muhammad ${given} ${family}` };
  }
  const full = [given, middle, family].filter((x) => x).join(' ');
  return { given, middle, family, full };
}

type Form = 'full' | 'caps' | 'rev' | 'capsRev' | 'init' | 'given' | 'family' | 'lower';

function nameAs(p: Person, f: Form): string {
  switch (f) {
    case 'full': return p.full;
    case 'caps': return p.full.toUpperCase();
    case 'rev': return `${p.family}, ${p.given}`;
    case 'capsRev': return `${p.family} ${p.given}`.toUpperCase();
    case 'init': return `${p.given.charAt(0)}. ${p.family}`;
    case 'given': return p.given;
    case 'family': return p.family;
    case 'lower': return p.full.toLowerCase();
  }
}

function anyForm(r: Rng): Form {
  return r.pick<Form>(['full', 'full', 'full', 'caps', 'rev', 'init', 'given', 'family', 'lower', 'capsRev']);
}

const ARABIC_SCRIPT_NAMES = ['محمد العتيبي', 'فاطمة الزهراني', 'أحمد منصور', 'خالد الحربي', 'نورة القحطاني', 'يوسف حداد', 'مريم الخوري', 'عمر الشمري', 'سارة الدوسري', 'حسن فاروق'];
const DEVANAGARI_NAMES = ['राजेश शर्मा', 'सुनीता वर्मा', 'अमित गुप्ता', 'पूजा यादव'];
const BENGALI_NAMES = ['রহিম উদ্দিন', 'নুসরাত জাহান', 'তানভীর হোসেন'];
const AMHARIC_NAMES = ['አበበ ከበደ', 'ትዕግስት ኃይሌ', 'ዳዊት ግርማ'];

// ---------------------------------------------------------------------------------------------------
// Phones
// ---------------------------------------------------------------------------------------------------

interface PhonePlan {
  readonly cc: string;
  readonly nsn: (r: Rng) => string;
  readonly groups: readonly number[];
  /** Whether national dialling adds a leading 0. */
  readonly trunk: boolean;
}

const dg = (r: Rng, xs: string): string => xs.charAt(r.int(0, xs.length - 1));

const PHONES: Record<Country, PhonePlan> = {
  KE: { cc: '254', nsn: (r) => '7' + dg(r, '01249') + r.digits(7), groups: [3, 3, 3], trunk: true },
  UG: { cc: '256', nsn: (r) => '7' + dg(r, '05780') + r.digits(7), groups: [3, 6], trunk: true },
  TZ: { cc: '255', nsn: (r) => '7' + dg(r, '1568') + r.digits(7), groups: [3, 3, 3], trunk: true },
  NG: { cc: '234', nsn: (r) => r.pick(['803', '806', '813', '703', '706', '810', '905', '816', '802', '708', '902', '701']) + r.digits(7), groups: [3, 3, 4], trunk: true },
  GH: { cc: '233', nsn: (r) => r.pick(['24', '54', '55', '20', '50', '27', '59', '26']) + r.digits(7), groups: [2, 3, 4], trunk: true },
  ZA: { cc: '27', nsn: (r) => r.pick(['82', '83', '72', '73', '84', '71', '60', '61', '79']) + r.digits(7), groups: [2, 3, 4], trunk: true },
  ET: { cc: '251', nsn: (r) => '9' + dg(r, '1234') + r.digits(7), groups: [2, 3, 4], trunk: true },
  SO: { cc: '252', nsn: (r) => '6' + dg(r, '135') + r.digits(7), groups: [2, 3, 4], trunk: true },
  EG: { cc: '20', nsn: (r) => '1' + dg(r, '0125') + r.digits(8), groups: [2, 4, 4], trunk: true },
  MA: { cc: '212', nsn: (r) => dg(r, '67') + r.digits(8), groups: [1, 2, 2, 2, 2], trunk: true },
  SA: { cc: '966', nsn: (r) => '5' + dg(r, '034569') + r.digits(7), groups: [2, 3, 4], trunk: true },
  AE: { cc: '971', nsn: (r) => '5' + dg(r, '024568') + r.digits(7), groups: [2, 3, 4], trunk: true },
  QA: { cc: '974', nsn: (r) => dg(r, '3567') + r.digits(7), groups: [4, 4], trunk: false },
  KW: { cc: '965', nsn: (r) => dg(r, '569') + r.digits(7), groups: [4, 4], trunk: false },
  JO: { cc: '962', nsn: (r) => '7' + dg(r, '789') + r.digits(7), groups: [1, 4, 4], trunk: true },
  LB: { cc: '961', nsn: (r) => '3' + r.digits(6), groups: [1, 3, 3], trunk: true },
  TR: { cc: '90', nsn: (r) => '5' + dg(r, '0345') + r.digits(8), groups: [3, 3, 2, 2], trunk: true },
  IR: { cc: '98', nsn: (r) => '9' + dg(r, '0123') + r.digits(8), groups: [3, 3, 4], trunk: true },
  PK: { cc: '92', nsn: (r) => '3' + dg(r, '01234') + r.digits(8), groups: [3, 7], trunk: true },
  IN: { cc: '91', nsn: (r) => dg(r, '6789') + r.digits(9), groups: [5, 5], trunk: false },
  BD: { cc: '880', nsn: (r) => '1' + dg(r, '3456789') + r.digits(8), groups: [4, 6], trunk: true },
  LK: { cc: '94', nsn: (r) => '7' + dg(r, '01245678') + r.digits(7), groups: [2, 3, 4], trunk: true },
  NP: { cc: '977', nsn: (r) => '98' + dg(r, '0123456') + r.digits(7), groups: [3, 7], trunk: false },
  RW: { cc: '250', nsn: (r) => '7' + dg(r, '2389') + r.digits(7), groups: [3, 3, 3], trunk: true },
  ZM: { cc: '260', nsn: (r) => '9' + dg(r, '567') + r.digits(7), groups: [2, 3, 4], trunk: true },
  MW: { cc: '265', nsn: (r) => r.pick(['88', '99']) + r.digits(7), groups: [3, 3, 3], trunk: true },
  ZW: { cc: '263', nsn: (r) => '7' + dg(r, '1378') + r.digits(7), groups: [2, 3, 4], trunk: true },
  SN: { cc: '221', nsn: (r) => '7' + dg(r, '0678') + r.digits(7), groups: [2, 3, 2, 2], trunk: false },
  US: { cc: '1', nsn: (r) => String(r.int(201, 989)) + String(r.int(201, 989)) + r.digits(4), groups: [3, 3, 4], trunk: false },
  GB: { cc: '44', nsn: (r) => '7' + dg(r, '456789') + r.digits(8), groups: [4, 6], trunk: true },
};

function group(s: string, sizes: readonly number[], sep: string): string {
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

type PhoneStyle = 'intl' | 'intlc' | 'bare' | 'local' | 'localc' | 'dash' | 'zz';

/** A phone number of country `c`, written as people there write it. */
function phone(r: Rng, c: Country, style?: PhoneStyle): string {
  const p = PHONES[c];
  const nsn = p.nsn(r);
  const st = style ?? r.pick<PhoneStyle>(['intl', 'intl', 'intlc', 'local', 'local', 'localc', 'dash', 'zz', 'bare']);
  const pre = p.trunk ? '0' : '';
  if (c === 'US') {
    const a = nsn.slice(0, 3), b = nsn.slice(3, 6), e = nsn.slice(6);
    if (st === 'intl' || st === 'intlc' || st === 'zz' || st === 'bare') return `+1 ${a}-${b}-${e}`;
    if (st === 'dash') return `${a}-${b}-${e}`;
    return `(${a}) ${b}-${e}`;
  }
  switch (st) {
    case 'intl': return `+${p.cc} ${group(nsn, p.groups, ' ')}`;
    case 'intlc': return `+${p.cc}${nsn}`;
    case 'bare': return `${p.cc}${nsn}`;
    case 'zz': return `00${p.cc} ${group(nsn, p.groups, ' ')}`;
    case 'local': return pre + group(nsn, p.groups, ' ');
    case 'localc': return pre + nsn;
    case 'dash': return pre + group(nsn, p.groups, '-');
  }
}

const EN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SW_DIGITS = ['sifuri', 'moja', 'mbili', 'tatu', 'nne', 'tano', 'sita', 'saba', 'nane', 'tisa'];
const HI_DIGITS = ['zero', 'ek', 'do', 'teen', 'char', 'paanch', 'chhe', 'saat', 'aath', 'nau'];
const FR_DIGITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];

/** A number read aloud, digit by digit, groups separated by commas ("oh seven double two, ..."). */
function spoken(r: Rng, written: string, words: readonly string[] = EN_DIGITS): string {
  const groups = written.replace(/^\+/, '').split(/[\s-]+/);
  const oh = words === EN_DIGITS && r.chance(0.5);
  return groups
    .map((g) => {
      const out: string[] = [];
      for (let i = 0; i < g.length; i++) {
        const d = Number(g.charAt(i));
        if (words === EN_DIGITS && i + 1 < g.length && g.charAt(i + 1) === g.charAt(i) && r.chance(0.6)) {
          out.push(`double ${d === 0 && oh ? 'oh' : words[d] ?? ''}`);
          i++;
        } else out.push(d === 0 && oh ? 'oh' : words[d] ?? '');
      }
      return out.join(' ');
    })
    .join(', ');
}

const EASTERN = '٠١٢٣٤٥٦٧٨٩';
const toEastern = (s: string): string => s.replace(/\d/g, (d) => EASTERN.charAt(Number(d)));

/** A masked phone (never labelled). */
function maskedPhone(r: Rng, c: Country): string {
  const p = PHONES[c];
  const nsn = p.nsn(r);
  return r.pick([
    `${p.trunk ? '0' : ''}${nsn.slice(0, 3)}***${nsn.slice(-3)}`,
    `+${p.cc} *** *** ${nsn.slice(-3)}`,
    `${p.cc}${nsn.slice(0, 1)}****${nsn.slice(-4)}`,
    `***-***-${nsn.slice(-4)}`,
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------------

function addressLines(r: Rng, c: Country): string[] {
  const n = (lo: number, hi: number): string => String(r.int(lo, hi));
  switch (c) {
    case 'KE': {
      if (r.chance(0.35)) {
        const [pc, city] = r.pick([['00100', 'Nairobi'], ['80100', 'Mombasa'], ['40100', 'Kisumu'], ['20100', 'Nakuru'], ['30100', 'Eldoret'], ['10100', 'Nyeri'], ['00200', 'Nairobi'], ['00600', 'Nairobi']] as const);
        return [`P.O. Box ${n(10, 99999)}-${pc}`, city];
      }
      return [
        `${r.pick(['House No. ', 'Hse ', 'Apt ', 'Flat '])}${n(1, 40)}${r.pick(['', 'A', 'B', 'C'])}, ${r.pick(['Jamhuri Court', 'Acacia Gardens', 'Mvuli Apartments', 'Sunrise Villas', 'Kahawa Heights', 'Baraka Flats', 'Riverside Suites'])}`,
        r.pick(['Ngong Road', 'Moi Avenue', 'Kenyatta Avenue', 'Kimathi Street', 'Waiyaki Way', 'Thika Road', 'Argwings Kodhek Road', 'Lenana Road', 'Jogoo Road', 'Langata Road', 'Kirichwa Road']),
        r.pick(['Kilimani', 'Westlands', 'South B', 'Kileleshwa', 'Embakasi', 'Kasarani', 'Lavington', 'Parklands', 'Donholm']),
        r.pick(['Nairobi', 'Nairobi 00100', 'Nairobi, Kenya']),
      ];
    }
    case 'UG':
      return [`Plot ${n(1, 250)}, ${r.pick(['Kampala Road', 'Jinja Road', 'Bombo Road', 'Entebbe Road', 'Kira Road', 'Gayaza Road', 'Acacia Avenue', 'Lumumba Avenue'])}`, r.pick(['Ntinda', 'Kololo', 'Nakasero', 'Bukoto', 'Wandegeya', 'Kisaasi', 'Muyenga']), ...(r.chance(0.5) ? [`P.O. Box ${n(100, 39999)}`] : []), r.pick(['Kampala', 'Kampala, Uganda'])];
    case 'TZ':
      return [`Plot No. ${n(1, 900)}, ${r.pick(['Samora Avenue', 'Bibi Titi Mohamed Street', 'Ali Hassan Mwinyi Road', 'Morogoro Road', 'Nyerere Road', 'Kawawa Road'])}`, r.pick(['Upanga', 'Sinza', 'Mikocheni', 'Kariakoo', 'Masaki', 'Mbezi Beach']), `P.O. Box ${n(100, 79999)}`, r.pick(['Dar es Salaam', 'Dar es Salaam, Tanzania'])];
    case 'NG': {
      const [city, pc] = r.pick([['Lagos', '101241'], ['Lagos', '100001'], ['Ikeja, Lagos', '100271'], ['Abuja FCT', '900288'], ['Enugu, Enugu State', '400102'], ['Port Harcourt, Rivers State', '500272'], ['Ibadan, Oyo State', '200285'], ['Kano, Kano State', '700241']] as const);
      return [`${r.pick(['', 'Plot ', 'No. ', 'Flat 3, '])}${n(1, 120)} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Allen Avenue', 'Herbert Macaulay Way', 'Ahmadu Bello Way', 'Aminu Kano Crescent', 'Opebi Road', 'Admiralty Way', 'Ogui Road', 'Bode Thomas Street', 'Isaac John Street'])}`, r.pick(['Victoria Island', 'Ikoyi', 'GRA', 'Lekki Phase 1', 'Surulere', 'Yaba', 'Wuse II', 'Garki', 'Independence Layout']), r.chance(0.6) ? `${city} ${pc}` : city];
    }
    case 'GH':
      return [`House No. ${n(1, 60)}, ${r.pick(['Oxford Street', 'Liberation Road', 'Kwame Nkrumah Avenue', 'Ring Road Central', 'Spintex Road', 'Independence Avenue', 'Haatso-Atomic Road', 'Lagos Avenue'])}`, r.pick(['Osu', 'East Legon', 'Dansoman', 'Adabraka', 'Asylum Down', 'Adenta']), r.pick(['Accra', 'Kumasi', 'Tema', 'Accra, Ghana']), ...(r.chance(0.5) ? [`${r.pick(['GA', 'GE', 'AK', 'GT'])}-${n(100, 999)}-${n(1000, 9999)}`] : [])];
    case 'ZA': {
      const [sub, city, pc] = r.pick([['Parktown', 'Johannesburg', '2193'], ['Rosebank', 'Johannesburg', '2196'], ['Orlando West', 'Soweto', '1804'], ['Sea Point', 'Cape Town', '8005'], ['Morningside', 'Durban', '4001'], ['Hatfield', 'Pretoria', '0083'], ['Khayelitsha', 'Cape Town', '7784']] as const);
      const pre = r.chance(0.3) ? [`Unit ${n(1, 40)} ${r.pick(['Sunset Villas', 'Jacaranda Court', 'Protea Place'])}`] : [];
      return [...pre, `${n(1, 300)} ${r.pick(['Jan Smuts Avenue', 'Louis Botha Avenue', 'Oxford Road', 'Beyers Naude Drive', 'Vilakazi Street', 'Long Street', 'Florida Road', 'Main Road', 'Church Street'])}`, sub, city, pc];
    }
    case 'ET':
      return [`House No. ${n(100, 2999)}`, `Woreda ${String(r.int(1, 14)).padStart(2, '0')}`, `${r.pick(['Bole', 'Yeka', 'Kirkos', 'Arada', 'Kolfe Keranio', 'Nifas Silk-Lafto'])} Sub-City`, r.pick(['Addis Ababa', 'Addis Ababa, Ethiopia'])];
    case 'SO':
      return [`${r.pick(['Maka Al Mukarama Road', 'Wadada Warshadaha', 'Taleh Street'])}`, `${r.pick(['Hodan', 'Wadajir', 'Hamarweyne', 'Howlwadaag'])} District`, 'Mogadishu'];
    case 'EG': {
      const [city, pc] = r.pick([['Cairo', '11728'], ['Cairo', '11371'], ['Giza', '12611'], ['Alexandria', '21500']] as const);
      return [`${r.chance(0.4) ? `Apt ${n(1, 30)}, ` : ''}${n(1, 99)} ${r.pick(['Shaarawi St.', 'El Tahrir St.', 'Mohamed Farid St.', 'Abbas El Akkad St.', 'Road 9', 'Makram Ebeid St.', 'Gamaet El Dowal St.'])}`, r.pick(['Maadi', 'Nasr City', 'Dokki', 'Heliopolis', 'Zamalek', 'Mohandessin']), `${city} ${pc}`];
    }
    case 'MA': {
      const [pc, city] = r.pick([['20250', 'Casablanca'], ['20070', 'Casablanca'], ['10090', 'Rabat'], ['40000', 'Marrakech'], ['90000', 'Tanger']] as const);
      return [`${n(1, 180)}, ${r.pick(['Rue Ibn Batouta', 'Boulevard Zerktouni', 'Avenue Mohammed V', 'Rue Tarik Ibn Ziad', 'Boulevard d\'Anfa', 'Avenue Hassan II'])}`, r.pick(['Maârif', 'Gauthier', 'Agdal', 'Hay Riad', 'Guéliz']), `${pc} ${city}`];
    }
    case 'SA': {
      const [city, pc] = r.pick([['Riyadh', '12214'], ['Riyadh', '12384'], ['Jeddah', '23442'], ['Dammam', '32415'], ['Riyadh', '13316']] as const);
      return [`${n(2000, 9999)} ${r.pick(['King Fahd Road', 'Prince Sultan Street', 'Olaya Street', 'Imam Saud Bin Abdulaziz Rd', 'Tahlia Street', 'King Abdullah Road'])}`, `${r.pick(['Al Olaya', 'Al Malqa', 'Al Nakheel', 'Al Rawdah', 'Al Hamra'])} Dist.`, `${city} ${pc} - ${n(2000, 9999)}`, ...(r.chance(0.5) ? ['Saudi Arabia'] : [])];
    }
    case 'AE':
      if (r.chance(0.3)) return [`P.O. Box ${n(1000, 99999)}`, r.pick(['Dubai', 'Abu Dhabi', 'Sharjah']), 'United Arab Emirates'];
      return [`Flat ${n(101, 2404)}, ${r.pick(['Al Attar Tower', 'Marina Pinnacle', 'Golden Sands 4', 'Al Ghurair Residence', 'Rolla Residence'])}`, r.pick(['Sheikh Zayed Road', 'Al Wasl Road', 'Khalid Bin Al Waleed Road', 'Al Muraqqabat Street', 'Hamdan Street']), r.pick(['Al Barsha', 'Deira', 'Bur Dubai', 'Al Nahda', 'Al Qusais']), r.pick(['Dubai', 'Dubai, UAE', 'Sharjah, UAE'])];
    case 'QA':
      return [`Building ${n(1, 80)}, Street ${n(200, 990)}`, `Zone ${n(10, 70)}`, r.pick(['Doha', 'Doha, Qatar', 'Al Wakrah, Qatar'])];
    case 'KW':
      return [`Block ${n(1, 12)}, Street ${n(1, 40)}, House ${n(1, 90)}`, r.pick(['Salmiya', 'Hawalli', 'Jabriya', 'Farwaniya']), 'Kuwait'];
    case 'JO':
      return [`Building ${n(1, 90)}, ${r.pick(['Mecca Street', 'Wasfi Al-Tal Street', 'Rainbow Street', 'Zahran Street'])}`, `Amman ${r.pick(['11183', '11195', '11118'])}`, ...(r.chance(0.5) ? ['Jordan'] : [])];
    case 'LB':
      return [`${r.pick(['Bliss Street', 'Hamra Street', 'Mar Elias Street', 'Armenia Street'])}, ${r.pick(['Saroukh Bldg', 'Nasr Bldg', 'Azar Center'])}`, r.pick(['Ras Beirut', 'Achrafieh', 'Mar Mikhael']), 'Beirut'];
    case 'TR':
      return [`${r.pick(['Atatürk Cad.', 'İstiklal Cad.', 'Bağdat Cad.', 'Cumhuriyet Cad.', 'Gazi Mustafa Kemal Blv.'])} No: ${n(1, 250)} D: ${n(1, 30)}`, `${r.pick(['Moda', 'Caferağa', 'Kızılay', 'Alsancak', 'Fenerbahçe'])} Mah.`, r.pick(['34710 Kadıköy/İstanbul', '34367 Şişli/İstanbul', '06420 Çankaya/Ankara', '35220 Konak/İzmir'])];
    case 'IR':
      return [`No. ${n(1, 200)}, ${r.pick(['Valiasr St.', 'Enghelab St.', 'Shariati St.', 'Motahari St.'])}`, `Tehran ${n(10000, 19999)}`];
    case 'PK':
      return r.pick([
        [`House No. ${n(1, 600)}, Street ${n(1, 90)}`, `${r.pick(['F-7/2', 'G-9/4', 'I-8/3', 'E-11/1'])}`, 'Islamabad 44000'],
        [`Flat ${n(1, 20)}, Block ${r.pick(['A', 'B', 'C', 'D'])}`, `Gulshan-e-Iqbal Block ${n(1, 19)}`, 'Karachi 75300'],
        [`${n(1, 400)}-${r.pick(['A', 'B', 'C', 'E'])}, Model Town`, 'Lahore 54700'],
        [`House ${n(1, 300)}, Street ${n(1, 40)}`, 'Peoples Colony No. 1', 'Faisalabad 38000'],
      ]);
    case 'IN':
      return r.pick([
        [`Flat ${n(101, 904)}, ${r.pick(['Sai Krupa Apartments', 'Shanti Kunj', 'Green Glen Residency', 'Lakshmi Nivas'])}`, `${n(1, 18)}th Cross, ${r.pick(['Indiranagar', 'Jayanagar 4th Block', 'Koramangala 5th Block'])}`, `Bengaluru, Karnataka ${r.pick(['560038', '560011', '560095'])}`],
        [`${r.pick(['B', 'C', 'D'])}-${n(10, 450)}, Sector ${n(10, 70)}`, `Noida, Uttar Pradesh ${r.pick(['201301', '201304'])}`],
        [`Old No. ${n(1, 60)}, New No. ${n(1, 90)}, ${r.pick(['Gandhi Road', 'Usman Road', 'Nehru Street', 'Anna Salai'])}`, `${r.pick(['T. Nagar', 'Mylapore', 'Adyar'])}, Chennai - ${r.pick(['600017', '600004', '600020'])}`],
        [`${n(1, 90)}/${n(1, 9)}, ${r.pick(['Rani Jhansi Road', 'Lajpat Nagar II', 'Karol Bagh'])}`, `New Delhi ${r.pick(['110055', '110024', '110005'])}`],
      ]);
    case 'BD':
      return [`${r.chance(0.4) ? `Flat ${n(1, 9)}${r.pick(['A', 'B', 'C'])}, ` : ''}House ${n(1, 120)}, Road ${n(1, 32)}`, r.pick(['Dhanmondi', 'Banani', 'Gulshan 1', 'Mirpur 10', 'Uttara Sector 7']), r.pick(['Dhaka 1205', 'Dhaka-1213', 'Dhaka 1216', 'Dhaka-1230'])];
    case 'LK':
      return [`No. ${n(1, 300)}${r.chance(0.4) ? `/${n(1, 9)}` : ''}, ${r.pick(['Galle Road', 'Temple Road', 'Kandy Road', 'Baseline Road', 'Havelock Road'])}`, r.pick(['Colombo 03', 'Nugegoda', 'Colombo 05', 'Kandy 20000', 'Dehiwala'])];
    case 'NP':
      return [`Ward No. ${n(1, 32)}, ${r.pick(['Baluwatar', 'Baneshwor', 'Lazimpat', 'Kalanki'])}`, r.pick(['Kathmandu 44600', 'Kathmandu', 'Lalitpur 44700'])];
    case 'RW':
      return [`${r.pick(['KG', 'KN', 'KK'])} ${n(1, 700)} ${r.pick(['Ave', 'St'])}, House ${n(1, 90)}`, r.pick(['Kacyiru', 'Kimihurura', 'Remera', 'Nyamirambo']), 'Kigali'];
    case 'ZM':
      return [`Plot ${n(100, 9999)}, ${r.pick(['Cairo Road', 'Independence Avenue', 'Great East Road', 'Kafue Road'])}`, r.pick(['Lusaka', 'Lusaka 10101', 'Kitwe'])];
    case 'MW':
      return [`Area ${n(1, 49)}, Plot ${n(1, 49)}/${n(1, 400)}`, r.pick(['Lilongwe', 'Lilongwe 3'])];
    case 'ZW':
      return [`${n(1, 200)} ${r.pick(['Samora Machel Avenue', 'Josiah Tongogara Street', 'Herbert Chitepo Avenue', 'Leopold Takawira Street'])}`, r.pick(['Avondale', 'Belvedere', 'Suburbs']), r.pick(['Harare', 'Bulawayo'])];
    case 'SN':
      return [r.pick([`Villa ${n(1, 400)}, Cité Keur Gorgui`, `Rue ${n(1, 40)} x Rue ${n(1, 40)}`, `Lot ${n(1, 300)}, Sacré-Cœur 3`]), r.pick(['Médina', 'Mermoz', 'Grand Yoff']), 'Dakar'];
    case 'US': {
      const [city, zip] = r.pick([['Minneapolis, MN', '55408'], ['Houston, TX', '77036'], ['Silver Spring, MD', '20910'], ['Columbus, OH', '43229'], ['Atlanta, GA', '30349'], ['Dallas, TX', '75243'], ['Seattle, WA', '98118']] as const);
      return [`${n(100, 9899)} ${r.pick(['W Lake St', 'Cedar Ave S', 'Bissonnet St', 'Georgia Ave', 'Cleveland Ave', 'Rainier Ave S', 'Forest Ln'])}${r.chance(0.4) ? `, Apt ${n(1, 40)}${r.pick(['', 'B'])}` : ''}`, `${city} ${zip}`];
    }
    case 'GB':
      return r.pick([
        [`${n(1, 200)} Green Street`, `London E7 ${n(1, 9)}BZ`],
        [`${n(1, 300)} Soho Road`, `Birmingham B21 ${n(1, 9)}SN`],
        [`Flat ${n(1, 12)}, ${n(1, 120)} Wilmslow Road`, `Manchester M14 ${n(1, 9)}TQ`],
        [`${n(1, 90)} Coldharbour Lane`, 'Brixton', `London SW9 ${n(1, 9)}LF`],
      ]);
  }
}

function address(r: Rng, c: Country, sep?: string): string {
  return addressLines(r, c).join(sep ?? r.pick([', ', ', ', '\n']));
}

// ---------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------

interface Ymd { readonly y: number; readonly m: number; readonly d: number }
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const p2 = (n: number): string => String(n).padStart(2, '0');
const ord = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

function birth(r: Rng): Ymd {
  return { y: r.int(1948, 2005), m: r.int(1, 12), d: r.int(1, 28) };
}
function recent(r: Rng): Ymd {
  return { y: r.int(2023, 2025), m: r.int(1, 12), d: r.int(1, 28) };
}

type DateStyle = 'dmy' | 'dmyDash' | 'dmyDot' | 'iso' | 'dMonY' | 'ordinal' | 'mdy' | 'monDY' | 'dMon3Y' | 'fr' | 'eastern' | 'short';

function fmtDate(x: Ymd, s: DateStyle): string {
  const mon = MONTHS[x.m - 1] ?? 'January';
  switch (s) {
    case 'dmy': return `${p2(x.d)}/${p2(x.m)}/${x.y}`;
    case 'dmyDash': return `${p2(x.d)}-${p2(x.m)}-${x.y}`;
    case 'dmyDot': return `${p2(x.d)}.${p2(x.m)}.${x.y}`;
    case 'iso': return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case 'dMonY': return `${x.d} ${mon} ${x.y}`;
    case 'ordinal': return `${ord(x.d)} ${mon} ${x.y}`;
    case 'mdy': return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
    case 'monDY': return `${mon} ${x.d}, ${x.y}`;
    case 'dMon3Y': return `${p2(x.d)}-${mon.slice(0, 3)}-${x.y}`;
    case 'fr': return `${x.d === 1 ? '1er' : x.d} ${MOIS[x.m - 1] ?? 'janvier'} ${x.y}`;
    case 'eastern': return toEastern(`${p2(x.d)}/${p2(x.m)}/${x.y}`);
    case 'short': return `${x.d}/${x.m}/${String(x.y).slice(2)}`;
  }
}

const DATE_STYLES: Record<Country, readonly DateStyle[]> = {
  KE: ['dmy', 'dmy', 'dMonY', 'dmyDash'], UG: ['dmy', 'dmy', 'dMonY'], TZ: ['dmy', 'dmyDash'], NG: ['dmy', 'ordinal', 'dMon3Y', 'dmyDash'],
  GH: ['dmy', 'dMonY', 'ordinal'], ZA: ['iso', 'dmy', 'dMonY'], ET: ['dmy', 'dMonY'], SO: ['dmy', 'dmyDot'], EG: ['dmy', 'dMonY', 'eastern'],
  MA: ['dmy', 'fr'], SA: ['dmy', 'eastern', 'iso'], AE: ['dmy', 'dMon3Y', 'eastern'], QA: ['dmy', 'dMon3Y'], KW: ['dmy', 'eastern'],
  JO: ['dmy', 'dMonY'], LB: ['dmy', 'fr'], TR: ['dmyDot', 'dmyDot', 'dmy'], IR: ['iso', 'dmy'], PK: ['dmy', 'dmyDash', 'dMon3Y'],
  IN: ['dmy', 'dmyDash', 'dMon3Y', 'ordinal'], BD: ['dmy', 'dmyDash', 'dMonY'], LK: ['iso', 'dmy'], NP: ['iso', 'dmy'], RW: ['dmy', 'dmyDot'],
  ZM: ['dmy', 'dMonY'], MW: ['dmy', 'dMonY'], ZW: ['dmy', 'dMonY'], SN: ['dmy', 'fr'], US: ['mdy', 'monDY', 'mdy'], GB: ['dmy', 'ordinal', 'dMonY'],
};

const dob = (r: Rng, c: Country): string => fmtDate(birth(r), r.pick(DATE_STYLES[c]));
const otherDate = (r: Rng, c: Country): string => fmtDate(recent(r), r.pick(DATE_STYLES[c]));
const hhmm = (r: Rng): string => `${p2(r.int(0, 23))}:${p2(r.int(0, 59))}`;
const ampm = (r: Rng): string => `${r.int(1, 12)}:${p2(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`;

// ---------------------------------------------------------------------------------------------------
// Cards, IBANs, SSNs, IPs, e-mail
// ---------------------------------------------------------------------------------------------------

function luhnComplete(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnValid(body + String(d))) return body + String(d);
  return body + '0';
}

/** Luhn-valid digits of a real network shape. */
function cardDigits(r: Rng): string {
  const k = r.int(0, 15);
  if (k <= 5) return luhnComplete('4' + r.digits(14));
  if (k <= 8) return luhnComplete('5' + String(r.int(1, 5)) + r.digits(13));
  if (k === 9) return luhnComplete(String(r.int(2221, 2720)) + r.digits(11));
  if (k === 10) return luhnComplete(r.pick(['34', '37']) + r.digits(12));
  if (k === 11) return luhnComplete('6011' + r.digits(11));
  if (k === 12) return luhnComplete('62' + r.digits(13));
  if (k === 13) return luhnComplete(String(r.int(3528, 3589)) + r.digits(11));
  if (k === 14) return luhnComplete('36' + r.digits(11));
  return luhnComplete('4' + r.digits(11));
}

function fmtCard(r: Rng, d: string): string {
  if (d.length === 15) return r.chance(0.7) ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : d;
  if (d.length === 14) return r.chance(0.7) ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : d;
  if (d.length === 13) return d;
  return r.pick([group(d, [4, 4, 4, 4], ' '), group(d, [4, 4, 4, 4], ' '), group(d, [4, 4, 4, 4], '-'), d]);
}

const card = (r: Rng): string => fmtCard(r, cardDigits(r));

/** Card-like but Luhn-invalid (never labelled). */
function badCard(r: Rng): string {
  const d = cardDigits(r);
  const last = Number(d.charAt(d.length - 1));
  return fmtCard(r, d.slice(0, -1) + String((last + r.int(1, 9)) % 10));
}

function maskedCard(r: Rng): string {
  const d = cardDigits(r);
  return r.pick([`**** **** **** ${d.slice(-4)}`, `${d.slice(0, 6)}******${d.slice(-4)}`, `XXXX-XXXX-XXXX-${d.slice(-4)}`, `ending ${d.slice(-4)}`]);
}

/** Makes sure an unlabelled long digit string is not accidentally a valid card number. */
function notCard(s: string): string {
  const d = s.replace(/\D/g, '');
  if (d.length < 12 || d.length > 19 || !luhnValid(d)) return s;
  const last = s.charAt(s.length - 1);
  return s.slice(0, -1) + String((Number(last) + 1) % 10);
}

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const x of v) rem = (rem * 10 + Number(x)) % 97;
  }
  return rem;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const BBAN: Record<string, (r: Rng) => string> = {
  SA: (r) => r.pick(['80', '10', '45', '20', '60']) + r.digits(18),
  AE: (r) => r.pick(['033', '026', '035', '030', '044']) + r.digits(16),
  QA: (r) => r.pick(['QNBA', 'CBQA', 'DOHB', 'QIIB']) + r.digits(21),
  KW: (r) => r.pick(['NBOK', 'KFHO', 'GULB', 'BBYN']) + r.digits(22),
  TR: (r) => r.digits(5) + '0' + r.digits(16),
  IL: (r) => r.digits(19),
  GB: (r) => r.pick(['BARC', 'HBUK', 'NWBK', 'LOYD', 'MIDL']) + r.digits(14),
  DE: (r) => r.digits(18),
  FR: (r) => r.digits(23),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10),
};

function ibanCompact(r: Rng, cc: string): string {
  const gen = BBAN[cc] ?? BBAN.GB;
  const bban = gen ? gen(r) : r.digits(18);
  const chk = 98 - mod97(bban + cc + '00');
  const out = cc + p2(chk) + bban;
  if (IBAN_LENGTHS[cc] !== out.length || !ibanMod97Valid(out)) throw new Error(`iban ${out}`);
  return out;
}

function fmtIban(r: Rng, compact: string): string {
  const k = r.int(0, 9);
  if (k <= 4) return group(compact, Array.from({ length: 9 }, () => 4), ' ');
  if (k === 5) return compact.toLowerCase();
  return compact;
}

const iban = (r: Rng, cc: string): string => fmtIban(r, ibanCompact(r, cc));

/** A checksum-invalid IBAN (never labelled). */
function badIban(r: Rng, cc: string): string {
  const c = ibanCompact(r, cc);
  let bad = c;
  for (let i = 0; i < 10 && ibanMod97Valid(bad); i++) {
    const pos = r.int(6, c.length - 1);
    const ch = c.charAt(pos);
    if (!/\d/.test(ch)) continue;
    bad = c.slice(0, pos) + String((Number(ch) + r.int(1, 9)) % 10) + c.slice(pos + 1);
  }
  if (ibanMod97Valid(bad)) bad = c.slice(0, 2) + p2((Number(c.slice(2, 4)) + 1) % 100) + c.slice(4);
  return r.chance(0.5) ? group(bad, Array.from({ length: 9 }, () => 4), ' ') : bad;
}

function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = String(area).padStart(3, '0');
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const k = r.int(0, 9);
  if (k <= 6) return `${a}-${g}-${s}`;
  if (k <= 8) return `${a} ${g} ${s}`;
  return `${a}${g}${s}`;
}

const ein = (r: Rng): string => `${r.int(10, 99)}-${r.digits(7)}`;
const itin = (r: Rng): string => `9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`;
const maskedSsn = (r: Rng): string => `${r.pick(['XXX-XX-', '***-**-', 'xxx-xx-'])}${r.digits(4)}`;

function ipv4(r: Rng): string {
  const k = r.int(0, 9);
  if (k === 0) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  if (k === 1) return `192.168.${r.int(0, 10)}.${r.int(1, 254)}`;
  if (k === 2) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  return `${r.pick([41, 102, 105, 154, 196, 197, 62, 5, 37, 94, 176, 39, 49, 103, 110, 182, 202, 223, 156, 169])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}

function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const pre = r.pick(['2c0f:fe38', '2c0f:f7a8', '2001:4860', '2a02:c207', '2405:201', '2c0f:eb58', '2001:db8', '2a00:1450']);
  if (r.chance(0.5)) return `${pre}:${h()}:${h()}::${h()}`;
  if (r.chance(0.3)) return `fe80::${h()}:${h()}:${h()}:${h()}`;
  return `${pre}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`;
}

const ip = (r: Rng): string => (r.chance(0.7) ? ipv4(r) : ipv6(r));

function ascii(s: string): string {
  return s
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

const DOMAINS: Partial<Record<Country, readonly string[]>> = {
  KE: ['gmail.com', 'yahoo.com', 'gmail.com'], NG: ['gmail.com', 'yahoo.com', 'yahoo.co.uk'], IN: ['gmail.com', 'yahoo.co.in', 'rediffmail.com'],
  PK: ['gmail.com', 'hotmail.com'], AE: ['gmail.com', 'outlook.com', 'icloud.com'], SA: ['gmail.com', 'hotmail.com', 'outlook.sa'],
  EG: ['gmail.com', 'yahoo.com', 'hotmail.com'], ZA: ['gmail.com', 'webmail.co.za', 'mweb.co.za'], GB: ['gmail.com', 'hotmail.co.uk', 'btinternet.com'],
};

function email(r: Rng, p: Person, c: Country): string {
  const g = ascii(p.given), f = ascii(p.family);
  const dom = r.pick(DOMAINS[c] ?? ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com']);
  const local = r.pick([`${g}.${f}`, `${g}${f}`, `${g.charAt(0)}${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}_${f}`, `${g}${r.int(70, 2005)}`, `${f}${g.charAt(0)}`]);
  return `${local}@${dom}`;
}

function spokenEmail(r: Rng, p: Person): string {
  const g = ascii(p.given), f = ascii(p.family);
  const dom = r.pick(['gmail dot com', 'yahoo dot com', 'hotmail dot com', 'outlook dot com', 'yahoo dot co dot uk']);
  return r.pick([`${g} dot ${f} at ${dom}`, `${g} ${f} at ${dom}`, `${g} underscore ${f} at ${dom}`, `${f} ${g.charAt(0)} ${r.int(1, 99)} at ${dom}`]);
}

const role = (r: Rng, dom: string): string => `${r.pick(['support', 'care', 'disputes', 'kyc', 'noreply', 'help', 'agents', 'billing'])}@${dom}`;

// ---------------------------------------------------------------------------------------------------
// Distractors: ids of other countries and business numbers (never labelled)
// ---------------------------------------------------------------------------------------------------

function foreignId(r: Rng, c: Country): { label: string; value: string } {
  switch (c) {
    case 'KE': return { label: r.pick(['ID No.', 'National ID', 'ID']), value: String(r.int(10000000, 39999999)) };
    case 'NG': return r.chance(0.5) ? { label: 'NIN', value: r.digits(11) } : { label: 'BVN', value: '22' + r.digits(9) };
    case 'GH': return { label: 'Ghana Card', value: `GHA-${r.digits(9)}-${r.int(0, 9)}` };
    case 'ZA': {
      const b = birth(r);
      const y = Math.max(50, b.y % 100);
      return { label: 'ID number', value: notCard(luhnComplete(`${p2(y)}${p2(b.m)}${p2(b.d)}${r.digits(4)}0${r.int(8, 9)}`)) };
    }
    case 'PK': return { label: 'CNIC', value: notCard(`${r.int(1, 7)}${r.digits(4)}-${r.digits(7)}-${r.int(0, 9)}`) };
    case 'IN': return { label: r.pick(['Aadhaar', 'Aadhaar No.']), value: `${r.int(2, 9)}${r.digits(3)} ${r.digits(4)} ${r.digits(4)}` };
    case 'AE': return { label: 'Emirates ID', value: notCard(`784-${r.int(1960, 2000)}-${r.digits(7)}-${r.int(0, 9)}`) };
    case 'SA': case 'KW': case 'QA': return { label: r.pick(['Iqama No.', 'Iqama', 'QID', 'Civil ID']), value: `${r.int(1, 2)}${r.digits(9)}` };
    case 'EG': return { label: 'National ID', value: notCard(`${r.int(2, 3)}${r.digits(2)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}${r.digits(7)}`) };
    case 'BD': return { label: 'NID', value: r.chance(0.5) ? r.digits(10) : notCard(`19${r.int(60, 99)}${r.digits(13)}`) };
    case 'TZ': return { label: 'NIDA', value: `19${r.int(60, 99)}${p2(r.int(1, 12))}${p2(r.int(1, 28))}-${r.digits(5)}-${r.digits(5)}-${r.digits(2)}` };
    case 'UG': return { label: 'NIN', value: `C${r.pick(['M', 'F'])}${r.digits(5)}${r.pick(['A', 'B', 'K', 'X'])}${r.digits(3)}${r.pick(['HJK', 'PLW', 'RTE', 'QZA'])}` };
    case 'RW': return { label: 'ID', value: notCard(`1 ${r.int(1960, 2003)} ${r.int(7, 8)} ${r.digits(7)} 0 ${r.digits(2)}`) };
    case 'TR': return { label: 'T.C. Kimlik No', value: String(r.int(1, 9)) + r.digits(10) };
    case 'LK': return { label: 'NIC', value: r.chance(0.5) ? `${r.digits(9)}V` : notCard(`19${r.int(60, 99)}${r.digits(8)}`) };
    case 'NP': return { label: 'Citizenship No.', value: `${r.int(1, 77)}-${p2(r.int(1, 12))}-${r.int(60, 80)}-${r.digits(5)}` };
    case 'ET': return { label: 'Fayda FAN', value: notCard(`${r.int(2, 9)}${r.digits(15)}`) };
    case 'ZW': return { label: 'National ID', value: `${r.int(10, 80)}-${r.digits(6)}${r.pick(['K', 'F', 'P', 'Z'])}${r.int(10, 80)}` };
    case 'ZM': return { label: 'NRC', value: `${r.digits(6)}/${r.int(10, 99)}/1` };
    case 'GB': return { label: 'NI number', value: `${r.pick(['QQ', 'AB', 'JT', 'NR'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}` };
    case 'US': return { label: 'ITIN', value: itin(r) };
    default: return { label: 'ID No.', value: `${r.pick(['A', 'P', 'N'])}${r.digits(8)}` };
  }
}

const mpesaCode = (r: Rng): string => {
  let s = r.pick(['Q', 'R', 'S', 'T']);
  for (let i = 0; i < 9; i++) s += r.chance(0.5) ? String(r.int(0, 9)) : LETTERS.charAt(r.int(0, 25));
  return s;
};
const alnum = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += r.chance(0.5) ? String(r.int(0, 9)) : LETTERS.charAt(r.int(0, 25));
  return s;
};
const hex = (r: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(r.int(0, 15));
  return s;
};
const money = (r: Rng, lo: number, hi: number): string => r.int(lo, hi).toLocaleString('en-US') + (r.chance(0.5) ? '.00' : '');
const version = (r: Rng): string => `${r.int(1, 12)}.${r.int(0, 30)}.${r.int(0, 9)}${r.chance(0.5) ? `.${r.int(100, 999)}` : ''}`;

/** A sprinkle of unlabelled trap text. */
function trap(r: Rng): string {
  return r.pick([
    ` Ref: ${alnum(r, 10)}.`,
    ` Ticket #${r.int(100000, 9999999)}.`,
    ` App version ${version(r)}.`,
    ` Card ${maskedCard(r)}.`,
    ` Till No. ${r.int(100000, 999999)}.`,
    ` Paybill ${r.int(100000, 999999)}, account ${alnum(r, 8)}.`,
    ` Order ${r.pick(['ORD', 'SKN', 'JM'])}-${r.digits(8)}.`,
    ` Build ${hex(r, 7)}.`,
    ` (cf. Case ${r.int(2023, 2025)}/${r.int(100, 9999)})`,
    ` Agent No. ${r.digits(6)}, Store ${r.digits(5)}.`,
    ` Balance as of ${otherDate(r, 'KE')} ${hhmm(r)}.`,
    '',
    '',
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------------

type Tpl = (d: Doc, r: Rng) => void;
const AFR: readonly Country[] = ['KE', 'UG', 'TZ', 'NG', 'GH', 'ZA', 'ZM', 'ZW', 'RW', 'MW'];
const ASIA: readonly Country[] = ['PK', 'IN', 'BD', 'LK', 'NP'];
const GULF: readonly Country[] = ['SA', 'AE', 'QA', 'KW'];
const CUR: Partial<Record<Country, string>> = {
  KE: 'KES', UG: 'UGX', TZ: 'TZS', NG: 'NGN', GH: 'GHS', ZA: 'ZAR', ZM: 'ZMW', ZW: 'USD', RW: 'RWF', MW: 'MWK', PK: 'PKR', IN: 'INR',
  BD: 'BDT', LK: 'LKR', NP: 'NPR', EG: 'EGP', MA: 'MAD', SN: 'XOF', ET: 'ETB', SO: 'USD', SA: 'SAR', AE: 'AED', QA: 'QAR', KW: 'KWD',
};
const cur = (c: Country): string => CUR[c] ?? 'USD';

const LABELLED: Tpl[] = [
  // M-PESA style sent
  (d, r) => {
    const p = person(r, 'KE');
    d.t(`${mpesaCode(r)} Confirmed. Ksh${money(r, 50, 45000)} sent to `).l('PERSON', nameAs(p, 'caps')).t(' ')
      .l('PHONE', phone(r, 'KE', r.pick(['localc', 'bare'])))
      .t(` on ${fmtDate(recent(r), 'short')} at ${ampm(r)}. New M-PESA balance is Ksh${money(r, 0, 90000)}. Transaction cost, Ksh${r.int(0, 105)}.00. Amount you can transact within the day is ${money(r, 100000, 499999)}.`);
    if (r.chance(0.4)) d.t(' Sign up for Lipa Na M-PESA Till and get paid by your customers.');
  },
  // M-PESA style received, forwarded to care
  (d, r) => {
    const p = person(r, 'KE');
    const me = person(r, 'KE');
    const self = r.chance(0.4);
    if (self) d.t('From: ').self(me.full).t('\n');
    d.t(`Fwd: ${mpesaCode(r)} Confirmed.You have received Ksh${money(r, 100, 30000)} from `).l('PERSON', nameAs(p, 'caps')).t(' ')
      .l('PHONE', phone(r, 'KE', 'bare')).t(` on ${fmtDate(recent(r), 'short')} at ${ampm(r)} New M-PESA balance is Ksh${money(r, 100, 60000)}.\n`)
      .t(r.pick(['Huyu mtu anasema alikosea number, anataka nirudishe. Ni scam? ', 'Someone called saying he sent this by mistake. ', 'Nimepokea pesa sijui inatoka wapi. ']))
      .t('He called me from ').l('PHONE', phone(r, 'KE', r.pick(['local', 'localc', 'intl']))).t(r.pick([' akisema jina lake ni ', ' saying his name is '])).l('PERSON', nameAs(p, r.pick<Form>(['full', 'given']))).t('.');
  },
  // M-PESA statement
  (d, r) => {
    const me = person(r, 'KE');
    d.t('M-PESA STATEMENT\nCustomer Name: ').self(me.full).t('\nMobile Number: ').l('PHONE', phone(r, 'KE', 'localc'))
      .t('\nEmail Address: ').l('EMAIL', email(r, me, 'KE')).t(`\nStatement Period: 01 Jan ${r.int(2023, 2025)} - 31 Mar ${r.int(2023, 2025)}\nRequest Date: ${otherDate(r, 'KE')}\n\n`)
      .t('Receipt No. | Completion Time | Details | Status | Paid In | Withdrawn\n');
    const rows = r.int(3, 6);
    for (let i = 0; i < rows; i++) {
      d.t(`${mpesaCode(r)} | ${fmtDate(recent(r), 'iso')} ${hhmm(r)}:${p2(r.int(0, 59))} | `);
      const k = r.int(0, 4);
      if (k <= 1) {
        const p = person(r, 'KE');
        d.t(k === 0 ? 'Customer Transfer to - ' : 'Funds received from - ').t(`${maskedPhone(r, 'KE')} `).l('PERSON', nameAs(p, 'caps')).t(` | Completed | ${k === 1 ? money(r, 100, 20000) : ''} | ${k === 0 ? money(r, 100, 20000) : ''}\n`);
      } else if (k === 2) d.t(`Merchant Payment Online to ${r.int(100000, 999999)} - ${r.pick(['NAIVAS WESTGATE', 'QUICKMART KILIMANI', 'JAVA HOUSE', 'CARREFOUR TRM'])} | Completed | | ${money(r, 100, 9000)}\n`);
      else if (k === 3) d.t(`Pay Bill to ${r.pick(['888880', '247247', '522522'])} - ${r.pick(['KPLC PREPAID', 'Equity Paybill Account', 'KCB'])} Acc. ${r.digits(11)} | Completed | | ${money(r, 100, 9000)}\n`);
      else d.t(`Customer Withdrawal At Agent Till ${r.int(100000, 999999)} - ${r.pick(['MOMA AGENCIES', 'KAWANGWARE SHOP 2', 'UJIMA COMMUNICATIONS'])} | Completed | | ${money(r, 100, 9000)}\n`);
    }
  },
  // MTN MoMo Uganda
  (d, r) => {
    const p = person(r, 'UG');
    d.t(`You have received ${money(r, 5000, 900000)} UGX from `).l('PERSON', nameAs(p, 'capsRev')).t(' (').l('PHONE', phone(r, 'UG', r.pick(['bare', 'localc'])))
      .t(`) on ${fmtDate(recent(r), 'iso')} ${hhmm(r)}:${p2(r.int(0, 59))}. Message: ${r.pick(['school fees', 'rent', 'for mama', 'boda', 'kasasiro'])}. Your new balance: ${money(r, 1000, 900000)} UGX. Fee was 0 UGX. Financial Transaction Id: ${r.digits(11)}.`);
  },
  // MTN MoMo Ghana
  (d, r) => {
    const p = person(r, 'GH');
    d.t(`Payment received for GHS ${money(r, 5, 3000)} from `).l('PERSON', nameAs(p, 'caps')).t(' ').l('PHONE', phone(r, 'GH', 'bare'))
      .t(` Current Balance: GHS ${money(r, 1, 5000)}. Available Balance: GHS ${money(r, 1, 5000)}. Reference: ${r.pick(['chop money', 'transport', 'dues', '1'])}. Transaction ID: ${r.digits(11)}. TRANSACTION FEE: 0.00`);
    if (r.chance(0.5)) d.t('\nMe nua ').l('PERSON', nameAs(p, 'given')).t(r.pick([' de, medaase!', ', thanks paa.']));
  },
  // Tanzania Swahili SMS
  (d, r) => {
    const p = person(r, 'TZ');
    const q = person(r, 'TZ');
    d.t(`Umepokea Tsh${money(r, 1000, 500000)} kutoka kwa `).l('PHONE', phone(r, 'TZ', 'bare')).t(' - ').l('PERSON', nameAs(p, 'caps'))
      .t(`. Salio lako jipya ni Tsh${money(r, 1000, 900000)}. Muamala: ${r.int(10, 99)}${alnum(r, 8)} ${fmtDate(recent(r), 'dmy')} ${hhmm(r)}.\n`)
      .t(`Umetuma Tsh${money(r, 1000, 200000)} kwa `).l('PERSON', nameAs(q, 'caps')).t(' (').l('PHONE', phone(r, 'TZ', 'localc')).t(`). Ada Tsh${r.int(10, 900)}.`);
  },
  // EcoCash Zimbabwe
  (d, r) => {
    const p = person(r, 'ZW');
    d.t(`EcoCash: Transfer Confirmation. ${r.pick(['USD', 'ZiG'])}${money(r, 1, 400)} to `).l('PERSON', nameAs(p, 'caps')).t(' (').l('PHONE', phone(r, 'ZW', 'localc'))
      .t(`). Txn ID: PP${fmtDate(recent(r), 'iso').replace(/-/g, '').slice(2)}.${hhmm(r).replace(':', '')}.${alnum(r, 6)}. New wallet balance: USD${money(r, 0, 900)}.`);
    if (r.chance(0.5)) d.t(' Makorokoto ').l('PERSON', nameAs(p, 'given')).t(', mari yasvika here?');
  },
  // Orange Money / Wave Senegal
  (d, r) => {
    const p = person(r, 'SN');
    d.t(`${r.pick(['Orange Money', 'Wave'])}: Vous avez reçu ${money(r, 500, 300000)} FCFA de `).l('PERSON', nameAs(p, r.pick<Form>(['full', 'caps'])))
      .t(' (').l('PHONE', phone(r, 'SN', r.pick(['local', 'intl']))).t(`) le ${fmtDate(recent(r), 'dmy')} à ${hhmm(r)}. Nouveau solde: ${money(r, 0, 500000)} FCFA. ID transaction: MP${r.digits(6)}.${r.digits(4)}.${alnum(r, 5)}.`);
    if (r.chance(0.5)) d.t('\nJërëjëf ').l('PERSON', nameAs(p, 'given')).t(', bu yàgg!');
  },
  // bKash / Nagad Bangladesh
  (d, r) => {
    const p = person(r, 'BD');
    d.t(r.pick(['Bhai, ', 'Apa, ', ''])).l('PERSON', nameAs(p, 'given')).t(r.pick([' er kach theke taka ashche:\n', ' pathiyeche, dekhen:\n']))
      .t(`You have received Tk ${money(r, 100, 50000)} from `).l('PHONE', phone(r, 'BD', 'localc'))
      .t(`. Ref ${r.pick(['rent', 'bazar', 'fee', 'eid'])}. Fee Tk 0.00. Balance Tk ${money(r, 100, 90000)}. TrxID ${alnum(r, 10)} at ${fmtDate(recent(r), 'dmy')} ${hhmm(r)}`);
  },
  // JazzCash / Easypaisa Pakistan
  (d, r) => {
    const p = person(r, 'PK');
    d.t(`Rs. ${money(r, 100, 90000)} sent to `).l('PERSON', nameAs(p, r.pick<Form>(['full', 'caps']))).t(' ').l('PHONE', phone(r, 'PK', r.pick(['localc', 'dash'])))
      .t(` TID: ${r.digits(11)} on ${fmtDate(recent(r), 'dMon3Y')} ${hhmm(r)}. Fee Rs.0. Balance Rs.${money(r, 0, 90000)}.`);
    if (r.chance(0.6)) d.t(`\n${r.pick(['Bhai', 'Janab'])} payment bhej di hai, please confirm kar dein. Koi masla ho to `).l('PHONE', phone(r, 'PK', 'local')).t(' pe call karein.');
  },
  // telebirr Ethiopia (masked counterparty number)
  (d, r) => {
    const me = person(r, 'ET');
    const p = person(r, 'ET');
    d.t('Dear ').l('PERSON', nameAs(me, 'given')).t(`, You have transferred ETB ${money(r, 50, 20000)} to `).l('PERSON', nameAs(p, 'full'))
      .t(` (${PHONES.ET.cc}9****${r.digits(4)}) on ${fmtDate(recent(r), 'dmy')} ${hhmm(r)}:${p2(r.int(0, 59))}. Your transaction number is ${alnum(r, 10)}. Your current balance is ETB ${money(r, 0, 20000)}. Thank you for using telebirr`);
    if (r.chance(0.4)) d.t('\nSent on behalf of ').l('PERSON', r.pick(AMHARIC_NAMES)).t('.');
  },
  // Vodafone Cash Egypt, Arabic
  (d, r) => {
    const eastern = r.chance(0.4);
    const ph = phone(r, 'EG', 'localc');
    d.t(`تم تحويل ${r.int(50, 5000)} جنيه إلى رقم `).l('PHONE', eastern ? toEastern(ph) : ph)
      .t(` بنجاح. رصيدك الحالي ${r.int(0, 9000)}.${p2(r.int(0, 99))} جنيه. رقم العملية ${r.digits(12)}. ${otherDate(r, 'EG')}\nاسم المستلم: `).l('PERSON', r.pick(ARABIC_SCRIPT_NAMES));
  },
  // airtime / recharge
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'GH', 'UG', 'ZA', 'PK', 'BD']);
    const p = person(r, c);
    d.t(`You have bought ${cur(c)} ${r.int(20, 2000)} airtime for `).l('PHONE', phone(r, c, r.pick(['localc', 'bare'])))
      .t(` on ${otherDate(r, c)}. Recharge PIN ${notCard(r.digits(16))}. Ref ${alnum(r, 10)}.\n`)
      .t(r.pick(['Sent this to ', 'Credit for ', 'Tuma hii kwa '])).l('PERSON', nameAs(p, r.pick<Form>(['given', 'full']))).t(r.pick([' — please confirm it arrived.', ', check your line.', '.']));
  },
  // data gift
  (d, r) => {
    const c = r.pick<Country>(['GH', 'NG', 'KE', 'ZM', 'RW']);
    const p = person(r, c);
    d.t(`You have gifted ${r.pick(['500MB', '1GB', '1.5GB', '3GB', '10GB'])} to `).l('PHONE', phone(r, c, 'localc')).t(' (').l('PERSON', nameAs(p, r.pick<Form>(['given', 'full'])))
      .t(`). Valid until ${otherDate(r, c)} 23:59. Dial *${r.int(100, 999)}# to check balance.`);
  },
  // SIM registration form
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'GH', 'UG', 'TZ', 'ZM', 'RW', 'PK', 'BD', 'ZA']);
    const me = person(r, c);
    const kin = person(r, c);
    const id = foreignId(r, c);
    const nl = '\n';
    d.t(`${r.pick(['SAVANNA MOBILE', 'JUMLA TELECOM', 'UFANISI MOBILE', 'HILAL TEL'])} — SUBSCRIBER REGISTRATION FORM${nl}Full Name: `).self(me.full)
      .t(`${nl}Date of Birth: `).l('DOB', dob(r, c)).t(`${nl}Gender: ${r.pick(['F', 'M'])}${nl}ID Type: ${id.label}   ID Number: ${id.value}${nl}Physical Address: `)
      .l('ADDRESS', address(r, c, ', ')).t(`${nl}MSISDN Allocated: `).l('PHONE', phone(r, c, 'localc')).t(`${nl}SIM Serial (ICCID): ${notCard('89' + r.digits(17))}`)
      .t(`${nl}Next of Kin: `).l('PERSON', nameAs(kin, r.pick<Form>(['full', 'caps']))).t(' Tel: ').l('PHONE', phone(r, c))
      .t(`${nl}Registered by Agent: ${r.pick(['AG', 'DS', 'RA'])}-${r.digits(5)} on ${otherDate(r, c)}`);
  },
  // SIM swap call transcript (Sheng / Swahili)
  (d, r) => {
    const me = person(r, 'KE');
    const agent = person(r, 'KE');
    const ph = phone(r, 'KE', 'local');
    const id = foreignId(r, 'KE');
    d.t(`AGENT: Karibu Savanna Mobile, naitwa `).l('PERSON', nameAs(agent, 'given')).t('. Nikusaidie aje?\nCALLER: Sasa, nimepoteza simu yangu na nataka kurudisha line. Number ni ')
      .l('PHONE', r.chance(0.5) ? spoken(r, ph, SW_DIGITS) : spoken(r, ph)).t('.\nAGENT: Sawa. Naomba majina yako kamili.\nCALLER: ').l('PERSON', nameAs(me, 'full'))
      .t(`.\nAGENT: Na ID number?\nCALLER: ${id.value}.\nAGENT: Tarehe ya kuzaliwa?\nCALLER: `).l('DOB', dob(r, 'KE'))
      .t('.\nAGENT: Asante. Namba tatu ulizopigia mwisho?\nCALLER: Nilipigia mama ').l('PHONE', phone(r, 'KE', 'local')).t(' na ').l('PERSON', nameAs(person(r, 'KE'), 'given'))
      .t(` wa kazi. Hiyo nyingine sikumbuki.\nAGENT: Sawa, ombi ${r.digits(8)} limepokelewa. Tembelea shop yoyote na ID.`);
  },
  // number porting request e-mail
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'GH', 'ZA', 'EG', 'IN']);
    const me = person(r, c);
    d.t('To: ').l('EMAIL', role(r, r.pick(['jumlatel.com', 'savannamobile.co.ke', 'hilaltel.com']))).t('\nFrom: ').l('EMAIL', email(r, me, c))
      .t(`\nSubject: Port-in request ${alnum(r, 8)}\n\nHello,\nI want to port my number `).l('PHONE', phone(r, c)).t(` from my current network. The UPC/port code I received is ${alnum(r, 8)}.`)
      .t(r.pick([' The line is registered to ', ' Account holder: '])).self(me.full).t(`.\nPlease call me on the same number after ${r.int(2, 8)} pm.${trap(r)}\nRegards,\n`).l('PERSON', nameAs(me, 'given'));
  },
  // RADIUS / core-network log
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'UG', 'TZ', 'GH', 'ZA', 'RW']);
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      d.t(`${fmtDate(recent(r), 'iso')}T${hhmm(r)}:${p2(r.int(0, 59))}Z ${r.pick(['Acct-Start', 'Acct-Stop', 'Auth-Accept', 'Interim-Update'])} msisdn=`)
        .l('PHONE', phone(r, c, 'bare')).t(' framed-ip=').l('IP', ipv4(r)).t(` imsi=${r.pick(['639', '621', '640', '641', '655'])}${r.digits(12)} apn=${r.pick(['internet', 'safaricom', 'web.gprs.mtnnigeria.net'])} nas=`)
        .l('IP', ip(r)).t(`:${r.pick(['1812', '1813', '3799'])} octets=${r.int(1000, 99999999)}\n`);
    }
    d.t(`# collector ${version(r)} build ${hex(r, 12)}`);
  },
  // home router support chat
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'ZA', 'EG', 'IN', 'PK', 'AE']);
    const me = person(r, c);
    const agent = person(r, c);
    d.t('[Chat] ').l('PERSON', nameAs(agent, 'given')).t(` (Ufanisi Fibre): Hello, welcome. May I have your account number?\n[Chat] You: FBR-${r.digits(7)}. Internet is very slow since yesterday.\n[Chat] `)
      .l('PERSON', nameAs(agent, 'given')).t(': Thanks ').l('PERSON', nameAs(me, r.pick<Form>(['given', 'full']))).t('. What does your router status page show for WAN IP?\n[Chat] You: WAN IP ')
      .l('IP', ipv4(r)).t(', gateway ').l('IP', ipv4(r)).t(`, firmware V${version(r)}. The IPv6 line says `).l('IP', ipv6(r))
      .t(`.\n[Chat] `).l('PERSON', nameAs(agent, 'given')).t(': Please restart the ONT and try browsing to ').l('IP', r.pick(['192.168.1.1', '192.168.8.1', '10.0.0.1'])).t(`:${r.pick(['80', '8080'])}. Ticket INC${r.digits(7)} opened.`);
  },
  // fibre installation ticket
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'GH', 'ZA', 'RW', 'UG', 'IN', 'AE']);
    const me = person(r, c);
    const tech = person(r, c);
    d.t(`WORK ORDER WO-${r.digits(6)}\nCustomer: `).l('PERSON', nameAs(me, r.pick<Form>(['full', 'rev', 'caps']))).t('\nInstallation address:\n').l('ADDRESS', address(r, c, '\n'))
      .t('\nContact: ').l('PHONE', phone(r, c)).t(`\nAppointment: ${otherDate(r, c)} ${r.pick(['09:00-12:00', '14:00-17:00'])}\nAssigned static IP: `).l('IP', ipv4(r))
      .t(`/${r.pick(['29', '30', '32'])}\nTechnician: `).l('PERSON', nameAs(tech, r.pick<Form>(['init', 'full']))).t(`\nNotes: ${r.pick(['Gate is blue, ask for the caretaker.', 'Building has no lift — bring the long ladder.', 'Call before arriving, dog in compound.'])}`);
  },
  // remittance form, US sender (diaspora)
  (d, r) => {
    const to = r.pick<Country>(['KE', 'ET', 'SO', 'NG', 'GH']);
    const me = person(r, 'US');
    const rec = person(r, to);
    d.t('BARAKA REMIT — SEND MONEY APPLICATION\nSender name: ').self(me.full).t('\nDate of birth: ').l('DOB', dob(r, 'US')).t('\nSSN: ').l('NATIONAL_ID', ssn(r))
      .t('\nHome address: ').l('ADDRESS', address(r, 'US', ', ')).t('\nPhone: ').l('PHONE', phone(r, 'US')).t('  Email: ').l('EMAIL', email(r, me, 'US'))
      .t('\nFunding card: ').l('CARD', card(r)).t(` exp ${p2(r.int(1, 12))}/${r.int(26, 31)}\n\nReceiver: `).l('PERSON', nameAs(rec, r.pick<Form>(['full', 'caps'])))
      .t(`\nCountry: ${to}  Payout: mobile wallet `).l('PHONE', phone(r, to, 'intl')).t(`\nRelationship: ${r.pick(['Mother', 'Brother', 'Aunt', 'Cousin', 'Spouse'])}\nAmount: USD ${money(r, 50, 2500)}  MTCN ${r.digits(10)}`);
  },
  // remittance UAE -> South Asia
  (d, r) => {
    const to = r.pick(ASIA);
    const me = person(r, 'AE');
    const rec = person(r, to);
    const eid = foreignId(r, 'AE');
    const rid = foreignId(r, to);
    d.t('DESERTLINK EXCHANGE — Remittance Receipt\nRemitter: ').l('PERSON', nameAs(me, r.pick<Form>(['caps', 'full']))).t(`\n${eid.label}: ${eid.value}\nMobile: `).l('PHONE', phone(r, 'AE'))
      .t('\nDebit account IBAN: ').l('IBAN', iban(r, 'AE')).t('\nBeneficiary: ').l('PERSON', nameAs(rec, r.pick<Form>(['caps', 'full']))).t(`\n${rid.label}: ${rid.value}\nBeneficiary mobile: `)
      .l('PHONE', phone(r, to)).t(`\nAmount: AED ${money(r, 200, 9000)} = ${cur(to)} ${money(r, 10000, 900000)}\nRate ${r.int(10, 80)}.${r.digits(4)}  Txn ${r.digits(12)}  ${otherDate(r, 'AE')}`);
    if (r.chance(0.5)) d.t('\nBeneficiary address: ').l('ADDRESS', address(r, to, ', '));
  },
  // remittance Saudi -> Egypt / Bangladesh, bilingual
  (d, r) => {
    const to = r.pick<Country>(['EG', 'BD', 'PK', 'IN', 'JO']);
    const me = person(r, 'SA');
    const rec = person(r, to);
    const iq = foreignId(r, 'SA');
    d.t('إيصال تحويل / Transfer Receipt\nاسم المرسل / Sender: ').l('PERSON', nameAs(me, 'full')).t(`\nرقم الإقامة / Iqama: ${iq.value}\nالجوال / Mobile: `)
      .l('PHONE', r.chance(0.3) ? toEastern(phone(r, 'SA', 'localc')) : phone(r, 'SA')).t('\nالآيبان / IBAN: ').l('IBAN', iban(r, 'SA'))
      .t('\nالمستفيد / Beneficiary: ').l('PERSON', nameAs(rec, r.pick<Form>(['full', 'caps']))).t('\nجوال المستفيد: ').l('PHONE', phone(r, to))
      .t(`\nالمبلغ / Amount: SAR ${money(r, 100, 8000)}\nالتاريخ / Date: ${otherDate(r, 'SA')}`);
  },
  // remittance UK -> West/Southern Africa
  (d, r) => {
    const to = r.pick<Country>(['NG', 'GH', 'ZW', 'ZA', 'KE']);
    const me = person(r, 'GB');
    const rec = person(r, to);
    d.t('Sender details\n  Name: ').self(me.full).t('\n  DOB: ').l('DOB', dob(r, 'GB')).t('\n  Address: ').l('ADDRESS', address(r, 'GB', ', ')).t('\n  Mobile: ').l('PHONE', phone(r, 'GB'))
      .t('\n  Pay from: ').l('IBAN', iban(r, 'GB')).t(`\nRecipient details\n  Name: `).l('PERSON', nameAs(rec, r.pick<Form>(['full', 'rev'])))
      .t('\n  Mobile money: ').l('PHONE', phone(r, to, 'intl')).t(`\n  Reason: ${r.pick(['Family support', 'School fees', 'Building project', 'Medical bills'])}\nReference ${alnum(r, 9)} — sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)} is not stored.`);
  },
  // remittance status e-mail
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'SO', 'ET', 'PK', 'BD']);
    const me = person(r, 'US');
    const rec = person(r, c);
    d.t('From: ').l('EMAIL', role(r, 'barakaremit.com')).t('\nTo: ').l('EMAIL', email(r, me, 'US')).t(`\nSubject: Your transfer ${alnum(r, 10)} has been paid\n\nDear `)
      .l('PERSON', nameAs(me, r.pick<Form>(['full', 'given']))).t(',\n\nGood news — ').l('PERSON', nameAs(rec, r.pick<Form>(['full', 'given'])))
      .t(`${r.chance(0.5) ? "'s" : ''} wallet was credited ${cur(c)} ${money(r, 1000, 90000)} on ${otherDate(r, c)}.${trap(r)}\nQuestions? Reply to this e-mail or call `)
      .l('PHONE', phone(r, 'US', 'dash')).t(' ext. ').t(String(r.int(100, 999))).t('.\n\nBaraka Remit Inc., NMLS ID ').t(r.digits(7));
  },
  // US neobank account opening
  (d, r) => {
    const me = person(r, 'US');
    d.t('Application summary\n- Legal name: ').self(me.full).t('\n- Date of birth: ').l('DOB', dob(r, 'US')).t('\n- SSN: ').l('NATIONAL_ID', ssn(r))
      .t('\n- Residential address: ').l('ADDRESS', address(r, 'US', ', ')).t('\n- Mobile: ').l('PHONE', phone(r, 'US')).t('\n- Email: ').l('EMAIL', email(r, me, 'US'))
      .t('\n- Signup IP: ').l('IP', ip(r)).t(`\n- Device: ${r.pick(['Android', 'iOS'])} ${r.int(12, 17)}.${r.int(0, 4)}, app ${version(r)}\n- Employer EIN on file: ${ein(r)}\nStatus: ${r.pick(['APPROVED', 'PENDING_KYC', 'MANUAL_REVIEW'])}`);
  },
  // W-9 style contractor form
  (d, r) => {
    const me = person(r, 'US');
    const useEin = r.chance(0.25);
    d.t('Request for Taxpayer Identification Number\n1 Name: ').l('PERSON', nameAs(me, r.pick<Form>(['full', 'caps']))).t('\n2 Business name: ').t(r.pick(['', `${me.family} Logistics LLC`, 'Sahan Trucking LLC']))
      .t('\n5 Address: ').l('ADDRESS', address(r, 'US', '\n')).t('\nPart I  Social security number: ');
    if (useEin) d.t('—   Employer identification number: ').t(ein(r));
    else d.l('NATIONAL_ID', ssn(r));
    d.t(`\nSignature: ______  Date: ${otherDate(r, 'US')}`);
  },
  // Gulf WPS salary file
  (d, r) => {
    const c = r.pick<Country>(['QA', 'KW', 'SA', 'AE']);
    d.t(`WPS SALARY FILE — employer ${r.pick(['Al Noor Facility Services', 'Desert Rose Trading', 'Gulf Star Contracting'])} — period ${p2(r.int(1, 12))}/${r.int(2023, 2025)}\nEmployee | ID | IBAN | Net\n`);
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const p = person(r, c);
      const id = foreignId(r, c);
      d.l('PERSON', nameAs(p, r.pick<Form>(['caps', 'full']))).t(` | ${id.value} | `).l('IBAN', iban(r, c)).t(` | ${money(r, 1200, 9000)}\n`);
    }
    d.t(`Total records: ${n}. Bank routing code ${r.digits(9)}.`);
  },
  // Turkish EFT receipt
  (d, r) => {
    const a = person(r, 'TR');
    const b = person(r, 'TR');
    d.t('EFT DEKONTU\nGönderen: ').l('PERSON', nameAs(a, 'caps')).t('\nAlıcı: ').l('PERSON', nameAs(b, 'caps')).t('\nAlıcı IBAN: ').l('IBAN', iban(r, 'TR'))
      .t(`\nTutar: ${money(r, 100, 90000)} TL\nAçıklama: ${r.pick(['kira', 'borç', 'aidat', 'fatura'])}\nİşlem tarihi: ${otherDate(r, 'TR')} ${hhmm(r)}\nSorgu no: ${r.digits(10)}`);
    if (r.chance(0.5)) d.t('\nİletişim: ').l('PHONE', phone(r, 'TR', r.pick(['local', 'intl'])));
  },
  // hawala receipt Somali
  (d, r) => {
    const from = r.pick<Country>(['US', 'GB', 'AE']);
    const a = person(r, 'SO');
    const b = person(r, 'SO');
    d.t(`HIIL EXPRESS — Xawilaad / Transfer\nDiraha (Sender): `).l('PERSON', nameAs(a, r.pick<Form>(['full', 'caps']))).t('  Tel: ').l('PHONE', phone(r, from))
      .t('\nQaataha (Receiver): ').l('PERSON', nameAs(b, r.pick<Form>(['full', 'caps']))).t('  Tel: ').l('PHONE', phone(r, 'SO', r.pick(['intl', 'local'])))
      .t(`\nLacagta: USD ${money(r, 50, 3000)}  Code: ${alnum(r, 6)}\nTaariikh: ${otherDate(r, 'SO')}  Xafiiska: ${r.pick(['Bakaaraha', 'Hodan', 'Eastleigh'])}`);
  },
  // chama / SACCO roster
  (d, r) => {
    const c = r.pick<Country>(['KE', 'UG', 'TZ', 'RW']);
    d.t(`${r.pick(['UMOJA WOMEN GROUP', 'TUJENGANE CHAMA', 'BIDII SACCO', 'MAENDELEO YOUTH GROUP'])} — MEMBER REGISTER\nNo | Name | ID No. | Phone | D.O.B | Shares\n`);
    const n = r.int(3, 6);
    for (let i = 1; i <= n; i++) {
      const p = person(r, c);
      d.t(`${i} | `).l('PERSON', nameAs(p, r.pick<Form>(['full', 'caps', 'capsRev']))).t(` | ${foreignId(r, c).value} | `).l('PHONE', phone(r, c, 'localc'))
        .t(' | ').l('DOB', dob(r, c)).t(` | ${r.int(1, 50) * 100}\n`);
    }
    d.t(`Next meeting ${otherDate(r, c)}. Contributions via Paybill ${r.int(100000, 999999)}.`);
  },
  // Grameen-style loan application
  (d, r) => {
    const c = r.pick<Country>(['BD', 'PK', 'IN', 'NP']);
    const me = person(r, c);
    const sp = person(r, c);
    const id = foreignId(r, c);
    d.t(`${r.pick(['PALLI UNNAYAN', 'ROSHNI MICROFINANCE', 'SAKHI SAMITI'])} — LOAN APPLICATION\nApplicant: `).self(me.full)
      .t(`\n${r.pick(["Husband's name", "Father's name", 'Guardian'])}: `).l('PERSON', nameAs(sp, 'full')).t('\nDate of birth: ').l('DOB', dob(r, c))
      .t(`\n${id.label}: ${id.value}\nAddress: `).l('ADDRESS', address(r, c, ', ')).t('\nMobile: ').l('PHONE', phone(r, c))
      .t(`\nLoan purpose: ${r.pick(['cow rearing', 'tailoring machine', 'rickshaw', 'grocery stock'])}  Amount: ${cur(c)} ${money(r, 10000, 150000)}\nCentre: ${r.pick(['Shapla', 'Golap', 'Kamal', 'Jasmine'])} Kendra, meeting day ${r.pick(['Sunday', 'Monday', 'Tuesday'])}`);
  },
  // cooperative minutes
  (d, r) => {
    const c = r.pick<Country>(['KE', 'UG', 'GH', 'NG', 'ZM', 'MW']);
    const a = person(r, c), b = person(r, c), e = person(r, c), f = person(r, c);
    d.t(`MINUTES OF THE ${r.pick(['MONTHLY', 'ANNUAL GENERAL', 'SPECIAL'])} MEETING held on ${otherDate(r, c)}\nPresent: `).l('PERSON', nameAs(a, 'full')).t(' (Chair), ')
      .l('PERSON', nameAs(b, 'full')).t(' (Treasurer), ').l('PERSON', nameAs(e, r.pick<Form>(['full', 'init']))).t('\nApologies: ').l('PERSON', nameAs(f, 'given'))
      .t(`\nMin 1: The Chair opened with a prayer. Min 2: Treasurer reported a loan book of ${cur(c)} ${money(r, 100000, 9000000)}; Mrs. `).l('PERSON', nameAs(b, 'family'))
      .t(` asked members to clear arrears before the ${r.pick(['Christmas', 'Easter', 'Eid'])} holiday. Min 3: Rules to follow the ${r.pick(['Sacco Societies Act, 2008', 'Cooperative Societies Act', 'Microfinance Act'])}.${trap(r)}`);
  },
  // loan reminder SMS
  (d, r) => {
    const c = r.pick<Country>(['KE', 'UG', 'TZ', 'NG', 'GH', 'ZM']);
    const me = person(r, c);
    const off = person(r, c);
    d.t('Dear ').l('PERSON', nameAs(me, r.pick<Form>(['caps', 'given', 'full']))).t(`, your loan of ${cur(c)} ${money(r, 1000, 90000)} is due on ${otherDate(r, c)}. Pay via Paybill ${r.int(100000, 999999)} Acc ${r.digits(8)}. For help call your officer `)
      .l('PERSON', nameAs(off, r.pick<Form>(['full', 'given']))).t(' on ').l('PHONE', phone(r, c)).t('.');
  },
  // guarantor form NG
  (d, r) => {
    const b = person(r, 'NG');
    const g = person(r, 'NG');
    d.t('GUARANTOR FORM\nBorrower: ').l('PERSON', nameAs(b, r.pick<Form>(['full', 'rev']))).t(`   BVN: 22${r.digits(9)}\nGuarantor: `).l('PERSON', nameAs(g, 'full'))
      .t('\nGuarantor DOB: ').l('DOB', dob(r, 'NG')).t('\nGuarantor residential address: ').l('ADDRESS', address(r, 'NG', ', ')).t('\nGuarantor phone: ').l('PHONE', phone(r, 'NG'))
      .t('\nEmail: ').l('EMAIL', email(r, g, 'NG')).t(`\nI, `).l('PERSON', nameAs(g, 'caps')).t(`, undertake to repay in case of default. Signed ${otherDate(r, 'NG')}.`);
  },
  // microinsurance claim
  (d, r) => {
    const c = r.pick<Country>(['KE', 'IN', 'GH', 'UG', 'NG']);
    const ins = person(r, c);
    const me = person(r, c);
    d.t(`MICRO-HEALTH CLAIM ${alnum(r, 8)}\nInsured member: `).l('PERSON', nameAs(ins, 'full')).t('\nDOB: ').l('DOB', dob(r, c))
      .t(`\nFacility: ${r.pick(['Aga Khan University Hospital', 'Korle Bu Teaching Hospital', 'Mulago Hospital', 'Lagos Island Maternity', 'Apollo Clinic'])}\nAdmission: ${otherDate(r, c)}  Discharge: ${otherDate(r, c)}\nDiagnosis: ${r.pick(['malaria', 'typhoid', "Bell's palsy", 'gastroenteritis', 'pneumonia'])}\nClaimant: `)
      .l('PERSON', nameAs(me, 'full')).t(` (${r.pick(['spouse', 'son', 'daughter', 'self'])})\nPayout wallet: `).l('PHONE', phone(r, c));
  },
  // boda / ride chat
  (d, r) => {
    const c = r.pick<Country>(['KE', 'UG', 'NG', 'EG', 'BD', 'PK']);
    const drv = person(r, c);
    const ph = phone(r, c, 'local');
    const L = (): string => LETTERS.charAt(r.int(0, 25));
    const lines: Record<string, readonly [string, string, string]> = {
      KE: [`K${L()}${L()} ${r.int(100, 999)}${L()}`, 'Niko kwa gate ya Sarit Centre, uko wapi?', 'Nakuja sasa'],
      UG: [`U${L()}${L()} ${r.int(100, 999)}${L()}`, 'Nze ali ku Shell Wandegeya, oli wa?', 'Wait small, nzija'],
      NG: [`LSR-${r.int(100, 999)}${L()}${L()}`, 'I dey for the junction near Shoprite, where you dey?', 'I dey come'],
      EG: [`${r.int(1000, 9999)} ${L()}${L()}`, 'Ana 3and Mohammed Mahmoud St. corner, enta fein?', 'Ana nazel'],
      BD: [`DHAKA METRO-GA ${r.int(10, 99)}-${r.int(1000, 9999)}`, 'Ami Banani 11 er mor e, apni kothay?', 'Ashchi'],
      PK: [`LE${r.int(10, 99)}-${r.int(1000, 9999)}`, 'Main Liberty Chowk pe hoon, aap kahan hain?', 'Aa raha hoon'],
    };
    const [plate, where, reply] = lines[c] ?? ['', '', ''];
    d.t(`Safiri Rides: Your driver `).l('PERSON', nameAs(drv, 'given')).t(` (${plate}) is 3 min away.\n`).l('PERSON', nameAs(drv, 'given'))
      .t(`: ${where}\nYou: ${reply}, call me `).l('PHONE', ph);
    if (r.chance(0.5)) {
      const broken = phone(r, c, 'local');
      const cut = Math.max(3, Math.floor(broken.length / 2));
      d.t(` or my sister's line ${broken.slice(0, cut).trim()}\n${broken.slice(cut).trim()} (cut off sorry)`);
    }
    d.t(`\nTrip ${alnum(r, 8)} • fare ${cur(c)} ${r.int(100, 900)}`);
  },
  // Lagos delivery chat
  (d, r) => {
    const me = person(r, 'NG');
    const rider = person(r, 'NG');
    d.t('Chapchap Delivery — order ').t(`JM-${r.digits(8)}\nRider `).l('PERSON', nameAs(rider, r.pick<Form>(['given', 'full']))).t(': Good afternoon ma/sir, I am on my way. Confirm address abeg?\nYou: ')
      .l('ADDRESS', address(r, 'NG', ', ')).t(`. ${r.pick(['Opposite Ikeja City Mall', 'Behind the Mobil filling station', 'Blue gate, after the mosque'])}.\nRider: Okay. Phone number to call?\nYou: `)
      .l('PHONE', phone(r, 'NG', r.pick(['local', 'localc']))).t(', ask for ').l('PERSON', nameAs(me, r.pick<Form>(['given', 'full']))).t(r.pick(['. Pay on delivery with transfer.', '. I don pay already.']));
  },
  // Dubai food delivery
  (d, r) => {
    const me = person(r, 'AE');
    d.t('Talabak order #').t(r.digits(9)).t('\nDeliver to: ').l('PERSON', nameAs(me, r.pick<Form>(['full', 'given']))).t('\n').l('ADDRESS', address(r, 'AE', '\n'))
      .t(`\nNote: ${r.pick(['Opposite Lulu Hypermarket, ring twice', 'Near Burjuman metro exit 2', 'Leave with security at reception'])}\nMobile: `).l('PHONE', phone(r, 'AE', r.pick(['local', 'intl', 'localc'])))
      .t(`\nPaid by ${maskedCard(r)}`);
  },
  // Pakistan courier waybill
  (d, r) => {
    const sh = person(r, 'PK');
    const cn = person(r, 'PK');
    const id = foreignId(r, 'PK');
    d.t(`CONSIGNMENT NOTE CN ${r.digits(12)}\nShipper: ${r.pick(['Dukaan Now', 'Lawn Ghar', 'Chai Wala Traders'])} (Attn `).l('PERSON', nameAs(sh, 'full')).t(')\nConsignee: ').l('PERSON', nameAs(cn, r.pick<Form>(['full', 'caps'])))
      .t('\nAddress: ').l('ADDRESS', address(r, 'PK', ', ')).t('\nCell: ').l('PHONE', phone(r, 'PK', r.pick(['dash', 'localc', 'intl'])))
      .t(`\nCNIC: ${id.value}\nCOD: Rs. ${money(r, 500, 20000)}  Pieces: ${r.int(1, 4)}  Weight: ${r.int(1, 9)}.${r.int(0, 9)} kg`);
  },
  // Cairo delivery, Arabizi
  (d, r) => {
    const me = person(r, 'EG');
    const rider = person(r, 'EG');
    const ph = phone(r, 'EG', 'localc');
    d.t('Captain ').l('PERSON', nameAs(rider, 'given')).t(`: ana odam el 3omara, enta fein?\nMe: el 3enwan ${r.pick(['bt3y', 'el sa7'])}: `).l('ADDRESS', address(r, 'EG', ', '))
      .t(`, ${r.pick(['el dor el talet', 'sha2a 5', 'gamb el saydaleya'])}.\nCaptain: tamam, momken rakamak?\nMe: `).l('PHONE', r.chance(0.3) ? toEastern(ph) : ph).t(' — ').l('PERSON', nameAs(me, 'full'));
  },
  // India e-commerce delivery
  (d, r) => {
    const me = person(r, 'IN');
    d.t(`Your order OD${notCard(r.digits(15))} is out for delivery. OTP ${r.digits(4)} — do not share.\nShip to: `).l('PERSON', nameAs(me, 'full')).t('\n').l('ADDRESS', address(r, 'IN', '\n'))
      .t('\nPhone: ').l('PHONE', phone(r, 'IN', r.pick(['intl', 'local', 'localc']))).t(`\nDelivery agent ${r.pick(['will call', 'ka number'])}: `).l('PHONE', phone(r, 'IN', 'local'));
    if (r.chance(0.5)) d.t(' (').l('PERSON', nameAs(person(r, 'IN'), 'given')).t(' bhaiya)');
  },
  // Swahili care — wrong number reversal
  (d, r) => {
    const me = person(r, 'KE');
    const wrong = phone(r, 'KE', 'local');
    const right = phone(r, 'KE', 'local');
    d.t('Mteja: Habari, nimetuma pesa kwa number mbaya. Nilituma kwa ').l('PHONE', spoken(r, wrong, SW_DIGITS)).t(' badala ya ').l('PHONE', right)
      .t(`.\nCare: Pole sana. Naomba jina lako kamili na transaction code.\nMteja: Ni `).self(me.full).t(`, code ni ${mpesaCode(r)}.\nCare: Asante `).l('PERSON', nameAs(me, 'given'))
      .t(`. Reversal imeanzishwa, utapata SMS ndani ya masaa ${r.int(2, 48)}. Usimpigie mtu anayejiita ${r.pick(['"Customer Care"', 'agent'])} kutoka number ${maskedPhone(r, 'KE')}.`);
  },
  // Hinglish care
  (d, r) => {
    const me = person(r, 'IN');
    const ph = phone(r, 'IN', 'local');
    d.t(`Agent: Namaste, ${r.pick(['DhanPay', 'PaisaPe'])} support. Aapka registered number?\nCustomer: Haan ji, mera number hai `).l('PHONE', r.chance(0.5) ? spoken(r, ph, HI_DIGITS) : spoken(r, ph))
      .t('.\nAgent: Naam bataiye please.\nCustomer: ');
    if (r.chance(0.2)) d.l('PERSON', r.pick(DEVANAGARI_NAMES));
    else d.self(me.full);
    d.t('.\nAgent: Date of birth?\nCustomer: ').l('DOB', dob(r, 'IN'))
      .t('.\nAgent: Email pe statement bhejna hai?\nCustomer: Haan, ').l('EMAIL', spokenEmail(r, me)).t(`.\nAgent: Done ${r.pick(['sir', "ma'am"])}, complaint ID ${r.digits(10)} hai. KYC ke liye Aadhaar last 4 digits ${r.digits(4)} confirm ho gaye.`);
  },
  // Arabizi / Gulf care
  (d, r) => {
    const me = person(r, 'SA');
    const ph = phone(r, 'SA', 'localc');
    d.t(`Customer: marhaba, 3indi moshkila fi el tahweel.\nAgent: ahlan, mumkin el esm?\nCustomer: `).l('PERSON', r.chance(0.4) ? r.pick(ARABIC_SCRIPT_NAMES) : nameAs(me, 'full'))
      .t('\nAgent: wa raqam el jawal?\nCustomer: ').l('PHONE', r.chance(0.5) ? toEastern(ph) : ph).t('\nAgent: el IBAN elli 7awalt 3aleh?\nCustomer: ').l('IBAN', iban(r, r.pick(['SA', 'AE', 'KW', 'QA'])))
      .t(`\nAgent: tamam, the transfer is on hold for compliance. Ref ${alnum(r, 10)}. Please don't share your OTP ${r.digits(6)} with anyone.`);
  },
  // Nigerian Pidgin care, failed card payment
  (d, r) => {
    const me = person(r, 'NG');
    const bvn = foreignId(r, 'NG');
    d.t(`Customer: Abeg una don debit me twice for the ${r.pick(['DSTV', 'NEPA light', 'airtime'])} payment. The card na `).l('CARD', card(r))
      .t(`.\nAgent: Sorry about that. Please confirm your full name and ${bvn.label}.\nCustomer: `).l('PERSON', nameAs(me, r.pick<Form>(['full', 'caps']))).t(`, ${bvn.label} ${bvn.value}.\nAgent: Thank you. Which email should we send the reversal to?\nCustomer: `)
      .l('EMAIL', email(r, me, 'NG')).t('. Or call ').l('PHONE', phone(r, 'NG')).t(`.\nAgent: Reversal ${alnum(r, 12)} logged, e go land within 24 hours. The other card ${badCard(r)} wey you type before no valid.`);
  },
  // Zulu/English care ZA
  (d, r) => {
    const me = person(r, 'ZA');
    const id = foreignId(r, 'ZA');
    d.t('Agent: Sawubona, welcome to ').t(r.pick(['Imali Wallet', 'Khusela Mobile'])).t('. Ngubani igama lakho?\nCaller: ').l('PERSON', nameAs(me, 'full'))
      .t(`. My ID number is ${id.value}.\nAgent: Ngiyabonga. What's the address for the new SIM delivery?\nCaller: `).l('ADDRESS', address(r, 'ZA', ', '))
      .t('.\nAgent: And a number we can reach you on?\nCaller: ').l('PHONE', phone(r, 'ZA', r.pick(['local', 'localc', 'intl']))).t(`. Ngiyabonga kakhulu.\nAgent: Order ${r.digits(9)} — delivery within ${r.int(2, 5)} working days.`);
  },
  // Amharic/English care
  (d, r) => {
    const me = person(r, 'ET');
    d.t(`Agent: Selam, telebirr support. Simih man new?\nCustomer: `).l('PERSON', r.chance(0.3) ? r.pick(AMHARIC_NAMES) : nameAs(me, 'full'))
      .t(`. Ene ${r.int(500, 9000)} birr lakku gin alderesem.\nAgent: Yemelakut silk kutir?\nCustomer: `).l('PHONE', phone(r, 'ET', r.pick(['local', 'intl', 'localc'])))
      .t('.\nAgent: Yelidet ken?\nCustomer: ').l('DOB', dob(r, 'ET')).t(`.\nAgent: Ishi, ticket ${r.digits(9)} tekefitual.`);
  },
  // Bengali-English care
  (d, r) => {
    const me = person(r, 'BD');
    const id = foreignId(r, 'BD');
    d.t('Agent: Assalamu alaikum, bKash helpline. Apnar naam?\nCustomer: ').l('PERSON', r.chance(0.3) ? r.pick(BENGALI_NAMES) : nameAs(me, 'full'))
      .t(`\nAgent: Account number ta bolben?\nCustomer: `).l('PHONE', phone(r, 'BD', r.pick(['localc', 'dash']))).t(`\nAgent: NID number ar jonmo tarikh?\nCustomer: NID ${id.value}, jonmo `)
      .l('DOB', dob(r, 'BD')).t(`\nAgent: Dhonnobad. PIN reset request ${alnum(r, 8)} submit hoyeche.`);
  },
  // French / Wolof care
  (d, r) => {
    const me = person(r, 'SN');
    const ph = phone(r, 'SN', 'local');
    d.t('Conseiller: Bonjour, service client Orange Money, naka nga def?\nClient: Maa ngi fi rekk. Mon numéro c\'est ').l('PHONE', r.chance(0.6) ? spoken(r, ph, FR_DIGITS) : ph)
      .t('.\nConseiller: Votre nom complet?\nClient: ').l('PERSON', nameAs(me, r.pick<Form>(['full', 'caps']))).t('.\nConseiller: Et votre date de naissance?\nClient: Je suis né le ').l('DOB', dob(r, 'SN'))
      .t(`.\nConseiller: Jërëjëf. Le code de retrait ${r.digits(6)} est annulé.`);
  },
  // security alert e-mail
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'GH', 'EG', 'AE', 'IN', 'PK', 'ZA']);
    const me = person(r, c);
    d.t('From: ').l('EMAIL', `security@${r.pick(['kashwave.com', 'tumapesa.co.ke', 'nilecash.com.eg', 'dhanpay.in'])}`).t('\nTo: ').l('EMAIL', email(r, me, c))
      .t('\n\nHi ').self(me.full).t(`,\nWe noticed a new sign-in to your wallet on ${otherDate(r, c)} at ${hhmm(r)} from IP address `).l('IP', ip(r))
      .t(` (${r.pick(['Nairobi', 'Lagos', 'Cairo', 'Dubai', 'Karachi', 'Accra'])}, ${r.pick(['Chrome 124.0.6367.82', 'KashWave Android 5.12.3', 'Safari 17.4'])}).\nIf this wasn't you, reset your PIN and call `)
      .l('PHONE', phone(r, c)).t('.');
  },
  // merchant dispute e-mail
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'GH', 'UG', 'TZ', 'ZA']);
    const mer = person(r, c);
    const cus = person(r, c);
    d.t('From: ').l('EMAIL', email(r, mer, c)).t('\nTo: ').l('EMAIL', role(r, r.pick(['kashwave.com', 'tumapesa.co.ke', 'sokoni.co.tz'])))
      .t(`\nSubject: Dispute on Till ${r.int(100000, 999999)}\n\nI am `).l('PERSON', nameAs(mer, 'full')).t(`, owner of a hardware shop in ${r.pick(['Kisumu', 'Gikomba', 'Kejetia', 'Owino', 'Kariakoo'])}. On ${otherDate(r, c)} a customer, `)
      .l('PERSON', nameAs(cus, r.pick<Form>(['full', 'caps', 'init']))).t(' (').l('PHONE', phone(r, c)).t(`), paid ${cur(c)} ${money(r, 500, 90000)} and then reversed it. `);
    if (r.chance(0.75)) d.t('He also tried card ').l('CARD', card(r)).t(' which was declined. ');
    d.t(`Transaction ${alnum(r, 10)}.${trap(r)}\nRegards, `).l('PERSON', nameAs(mer, 'given'));
  },
  // POS chargeback NG
  (d, r) => {
    const ch = person(r, 'NG');
    d.t(`POS CHARGEBACK LOG\nTerminal ID: 2${alnum(r, 7)}  Merchant: ${r.pick(['MAMA PUT ENTERPRISES', 'OBALENDE PHARMACY', 'ZENITH PLAZA STORE'])}\nPAN: `).l('CARD', card(r))
      .t(`\nCardholder: `).l('PERSON', nameAs(ch, 'caps')).t(`\nRRN: ${r.digits(12)}  STAN: ${r.digits(6)}  Auth: ${r.digits(6)}\nAmount: NGN ${money(r, 1000, 500000)}  Date: ${otherDate(r, 'NG')}\nCardholder contact: `)
      .l('PHONE', phone(r, 'NG')).t(' / ').l('EMAIL', email(r, ch, 'NG'));
  },
  // agent float ledger
  (d, r) => {
    const c = r.pick<Country>(['KE', 'TZ', 'UG', 'GH', 'ZM']);
    d.t(`AGENT LOG BOOK — Agent No. ${r.digits(6)} — ${otherDate(r, c)}\nTime | Customer | ID | Phone | Type | Amount\n`);
    const n = r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const p = person(r, c);
      d.t(`${hhmm(r)} | `).l('PERSON', nameAs(p, r.pick<Form>(['caps', 'full', 'capsRev']))).t(` | ${foreignId(r, c).value} | `).l('PHONE', phone(r, c, 'localc'))
        .t(` | ${r.pick(['Deposit', 'Withdraw'])} | ${money(r, 100, 70000)}\n`);
    }
    d.t(`Float balance: ${money(r, 10000, 900000)}. Signed: __________`);
  },
  // fraud report
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'GH', 'UG', 'PK', 'BD', 'EG']);
    const me = person(r, c);
    const fake = person(r, c);
    d.t(`Fraud report FR-${r.digits(6)}\nReporter: `).l('PERSON', nameAs(me, 'full')).t(' (').l('PHONE', phone(r, c)).t(`)\nDetails: I got a call from `)
      .l('PHONE', phone(r, c)).t(' claiming to be ').l('PERSON', nameAs(fake, anyForm(r))).t(` from ${r.pick(['customer care', 'the bank', 'head office'])}. He asked for my PIN and said my line will be blocked. I sent ${cur(c)} ${money(r, 500, 50000)} to agent till ${r.int(100000, 999999)}.`);
  },
  // virtual card issued
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'GH', 'EG', 'PK', 'ZA']);
    const me = person(r, c);
    d.t('Your virtual card is ready!\nName on card: ').l('PERSON', nameAs(me, 'caps')).t('\nCard number: ').l('CARD', card(r))
      .t(`\nExpiry: ${p2(r.int(1, 12))}/${r.int(26, 31)}  CVV: ${r.digits(3)}\nLinked wallet: `).l('PHONE', phone(r, c)).t('\nHolder: ').self(me.full).t(`\nDo not share these details. Min balance ${cur(c)} ${r.int(1, 50) * 10}.`);
  },
  // e-commerce checkout
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'EG', 'MA', 'GH', 'ZA']);
    const me = person(r, c);
    d.t(`Checkout — order ${r.pick(['JM', 'SKN', 'KL'])}${r.digits(9)}\nBilling name: `).l('PERSON', nameAs(me, 'full')).t('\nShipping address: ').l('ADDRESS', address(r, c, ', '))
      .t('\nPhone: ').l('PHONE', phone(r, c)).t('\nEmail: ').l('EMAIL', email(r, me, c)).t('\nPay with card: ').l('CARD', card(r))
      .t(`  CVV ***  Exp ${p2(r.int(1, 12))}/${r.int(26, 31)}\nPromo code: ${r.pick(['BLACKFRIDAY', 'EIDMUBARAK', 'JAMHURI24'])}`);
  },
  // prepaid token + forward request
  (d, r) => {
    const p = person(r, 'KE');
    d.t(`Mtr:${r.digits(11)} Token:${group(r.digits(20), [4, 4, 4, 4, 4], '-')} Date:${fmtDate(recent(r), 'iso').replace(/-/g, '')} ${hhmm(r)} Units:${r.int(5, 120)}.${r.int(0, 9)} Amt:${r.int(100, 3000)}.00 TknAmt:${r.int(80, 2500)}.00\n`)
      .t('Please forward this token to ').l('PERSON', nameAs(p, r.pick<Form>(['given', 'full']))).t(r.pick([' on ', ' kwa number '])).l('PHONE', phone(r, 'KE')).t('.');
  },
  // school fees receipt
  (d, r) => {
    const c = r.pick<Country>(['KE', 'UG', 'GH', 'NG', 'ZM']);
    const par = person(r, c);
    const kid = { ...person(r, c), family: par.family };
    const kidName = `${kid.given} ${par.family}`;
    d.t(`${r.pick(['ST. JUDE ACADEMY', 'GREENHILL JUNIOR SCHOOL', 'MOI GIRLS SCHOOL'])} — FEES RECEIPT ${r.digits(6)}\nReceived from: `).l('PERSON', nameAs(par, r.pick<Form>(['full', 'caps'])))
      .t(`\nFor pupil: `).l('PERSON', kidName).t(`  Adm No. ${r.int(1000, 9999)}  Grade ${r.int(1, 9)}\nAmount: ${cur(c)} ${money(r, 5000, 90000)} via mobile money from `).l('PHONE', phone(r, c, 'localc'))
      .t(`\nTerm ${r.int(1, 3)}, ${r.int(2023, 2025)}. Balance carried forward: ${money(r, 0, 20000)}.`);
  },
  // portal audit log
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'IN', 'PK', 'EG', 'AE']);
    const n = r.int(3, 5);
    for (let i = 0; i < n; i++) {
      const p = person(r, c);
      d.t(`${fmtDate(recent(r), 'iso')} ${hhmm(r)}:${p2(r.int(0, 59))} LOGIN_${r.pick(['OK', 'FAIL', 'MFA'])} user=`).l('EMAIL', email(r, p, c)).t(' src=').l('IP', ip(r))
        .t(` ua="MfiPortal/${version(r)}" handle=@${ascii(p.given)}_${r.int(1, 99)}\n`);
    }
  },
  // job application to a telco
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'GH', 'EG', 'PK', 'IN', 'BD', 'AE', 'SA']);
    const me = person(r, c);
    d.t('CURRICULUM VITAE\n').l('PERSON', nameAs(me, r.pick<Form>(['caps', 'full']))).t('\n').l('ADDRESS', address(r, c, '\n')).t('\nTel: ').l('PHONE', phone(r, c)).t(' | ').l('EMAIL', email(r, me, c))
      .t('\nDate of Birth: ').l('DOB', dob(r, c)).t(`\nNationality: ${r.pick(['Kenyan', 'Nigerian', 'Ghanaian', 'Egyptian', 'Pakistani', 'Indian', 'Bangladeshi'])}\n\nEXPERIENCE\n${r.int(2015, 2020)}–present  Network Engineer, ${r.pick(['Savanna Mobile', 'Jumla Telecom'])}: 4G/5G RAN, Huawei U2020, Cisco IOS XR ${version(r)}.\nREFEREE: `)
      .l('PERSON', nameAs(person(r, c), r.pick<Form>(['full', 'init']))).t(', ').l('PHONE', phone(r, c));
  },
  // Hajj/Umrah booking
  (d, r) => {
    const c = r.pick<Country>(['PK', 'BD', 'EG', 'SO', 'MA']);
    d.t(`UMRAH GROUP BOOKING ${r.digits(7)} — departure ${otherDate(r, c)}\nPassenger | DOB | Passport\n`);
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      d.l('PERSON', nameAs(person(r, c), r.pick<Form>(['caps', 'full']))).t(' | ').l('DOB', dob(r, c)).t(` | ${r.pick(['A', 'B', 'E', 'P'])}${r.pick(['A', 'C', 'K', 'Z'])}${r.digits(7)}\n`);
    }
    d.t('Group leader mobile: ').l('PHONE', phone(r, c)).t(`\nHotel: Dar Al Eiman, near King Abdulaziz Gate. Visa batch ${r.digits(10)}.`);
  },
  // newborn insurance add-on + pet trap
  (d, r) => {
    const c = r.pick<Country>(['KE', 'ZA', 'GH', 'NG', 'IN', 'AE']);
    const mum = person(r, c);
    const baby = person(r, c);
    d.t('Policy holder: ').self(mum.full).t(' — born ').l('DOB', dob(r, c)).t('\nAdd dependant: ').l('PERSON', `${baby.given} ${mum.family}`).t(', date of birth ')
      .l('DOB', fmtDate({ y: r.int(2023, 2025), m: r.int(1, 12), d: r.int(1, 28) }, r.pick(DATE_STYLES[c]))).t(`\nNote: our dog ${r.pick(['Simba', 'Bingo', 'Rex', 'Tiger'])} (birthday ${otherDate(r, c)}) is not covered. Premium ${cur(c)} ${money(r, 100, 3000)}/month from wallet `)
      .l('PHONE', phone(r, c));
  },
  // cash-out at agent with Indian/Pakistani worker in Gulf
  (d, r) => {
    const c = r.pick(GULF);
    const me = person(r, r.pick(ASIA));
    d.t(`Salary card top-up ${r.pick(['OK', 'RECEIVED'])}: ${cur(c)} ${money(r, 800, 4000)} credited to `).l('PERSON', nameAs(me, 'caps')).t(`, card ${maskedCard(r)}. Employer ref ${r.digits(8)}.\n`)
      .t(r.pick(['Bhai ghar bhejna hai, ', 'Ammi ko bhejna hai, ', 'Dada, bari pathabo, '])).t('IBAN for the salary account is ').l('IBAN', iban(r, c)).t(' and mobile ').l('PHONE', phone(r, c)).t('.');
  },
  // card + address via WhatsApp to a small Instagram shop (hard, with @handle)
  (d, r) => {
    const c = r.pick<Country>(['NG', 'GH', 'KE', 'EG', 'MA']);
    const me = person(r, c);
    const shop = ascii(person(r, c).given);
    d.t(`[${hhmm(r)}] @${shop}${r.pick(['_styles', '.closet', '_thrift'])}: Hi dear, your ${r.pick(['ankara dress', 'kitenge set', 'abaya'])} is ready. Send name and address for dispatch.\n[${hhmm(r)}] You: `)
      .l('PERSON', nameAs(me, 'full')).t(', ').l('ADDRESS', address(r, c, ', ')).t(`.\n[${hhmm(r)}] You: Number is `).l('PHONE', phone(r, c)).t(r.chance(0.5) ? ", I'll pay by card online." : '.');
    if (d.text.endsWith('online.') && r.chance(0.7)) d.t(' Card is ').l('CARD', card(r)).t(', exp ').t(`${p2(r.int(1, 12))}/${r.int(26, 31)}`).t('.');
    d.t(`\n[${hhmm(r)}] @${shop}${r.pick(['_styles', '.closet'])}: Thanks! Tracking ${r.pick(['GIG', 'DHL', 'KWIK'])}${r.digits(10)}.`);
  },
  // BSA / CTR compliance log of a US money transmitter
  (d, r) => {
    d.t(`CTR/MTL REVIEW QUEUE — agent location ${r.pick(['Cedar-Riverside', 'Bissonnet', 'Silver Spring'])} — ${otherDate(r, 'US')}\nSender | SSN | DOB | Amount | Corridor\n`);
    const n = r.int(2, 5);
    for (let i = 0; i < n; i++) {
      const p = person(r, 'US');
      d.l('PERSON', nameAs(p, r.pick<Form>(['caps', 'rev', 'full']))).t(' | ');
      if (r.chance(0.15)) d.t(maskedSsn(r));
      else d.l('NATIONAL_ID', ssn(r));
      d.t(' | ').l('DOB', dob(r, 'US')).t(` | USD ${money(r, 3000, 9900)} | US-${r.pick(['SO', 'KE', 'ET', 'NG', 'GH'])}\n`);
    }
    d.t(`Reviewer note: structuring pattern check v${version(r)}; EIN of agent ${ein(r)}.`);
  },
  // employment eligibility form (resettled family)
  (d, r) => {
    const me = person(r, 'US');
    d.t('EMPLOYEE INFORMATION\nLast name, first name: ').l('PERSON', nameAs(me, 'rev')).t('\nAddress: ').l('ADDRESS', address(r, 'US', ', '))
      .t('\nDate of birth (mm/dd/yyyy): ').l('DOB', fmtDate(birth(r), 'mdy')).t('\nU.S. Social Security Number: ').l('NATIONAL_ID', ssn(r))
      .t('\nEmail: ').l('EMAIL', email(r, me, 'US')).t('  Telephone: ').l('PHONE', phone(r, 'US'))
      .t(`\nA-Number/USCIS: A${r.digits(9)}\nPreparer/translator: `).l('PERSON', nameAs(person(r, 'US'), 'full')).t(` (Somali/Amharic), ${otherDate(r, 'US')}`);
  },
  // diaspora tax-prep chat, Somali/English
  (d, r) => {
    const me = person(r, 'SO');
    const kid = person(r, 'SO');
    d.t(`Preparer: Salaan, for the tax return I need your SSN and the kids'.\nClient: Haa. Aniga `).l('NATIONAL_ID', ssn(r)).t('. Wiilka ').l('PERSON', nameAs(kid, 'given'))
      .t(' waa ').l('NATIONAL_ID', ssn(r)).t(', born ').l('DOB', fmtDate({ y: r.int(2008, 2020), m: r.int(1, 12), d: r.int(1, 28) }, 'mdy'))
      .t(`.\nPreparer: And your full name as on the card?\nClient: `).self(me.full).t(`.\nPreparer: Thanks. Refund goes to the account ending ${r.digits(4)}, routing ${r.digits(9)}.`);
  },
  // airtime-to-Africa app receipt, paid by card
  (d, r) => {
    const to = r.pick<Country>(['KE', 'NG', 'GH', 'ET', 'SO', 'UG', 'ZW']);
    const me = person(r, r.pick<Country>(['US', 'GB']));
    d.t(`Receipt — TopUp Jirani\nPaid by: `).l('PERSON', nameAs(me, 'full')).t('\nCard: ').l('CARD', card(r)).t(`\nRecipient number: `).l('PHONE', phone(r, to, 'intl'))
      .t(`\nProduct: ${cur(to)} ${r.int(100, 5000)} airtime\nOrder ${r.digits(10)} — ${otherDate(r, 'US')}\nQuestions: `).l('EMAIL', role(r, 'topupjirani.com'));
  },
  // bus ticket booking paid by card
  (d, r) => {
    const c = r.pick<Country>(['KE', 'TZ', 'UG', 'NG', 'GH', 'EG', 'PK']);
    const a = person(r, c);
    const b = person(r, c);
    d.t(`E-TICKET ${alnum(r, 8)} — ${r.pick(['Nairobi → Mombasa', 'Dar → Arusha', 'Kampala → Gulu', 'Lagos → Abuja', 'Accra → Kumasi', 'Cairo → Luxor', 'Lahore → Islamabad'])}, ${otherDate(r, c)} ${hhmm(r)}\nSeat ${r.int(1, 49)}: `)
      .l('PERSON', nameAs(a, r.pick<Form>(['caps', 'full']))).t(`\nSeat ${r.int(1, 49)}: `).l('PERSON', nameAs(b, r.pick<Form>(['caps', 'full'])))
      .t('\nBooked by: ').l('PHONE', phone(r, c)).t('\nPaid: ').l('CARD', card(r)).t(` (${r.pick(['card', 'online', 'POS'])})\nCoach: ${r.pick(['Tahmeed', 'Modern Coast', 'Dar Express', 'GUO', 'VIP Jeoun'])} fleet ${r.int(100, 999)}`);
  },
  // payment gateway error log leaking PANs
  (d, r) => {
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      d.t(`${fmtDate(recent(r), 'iso')}T${hhmm(r)}:${p2(r.int(0, 59))}.${r.digits(3)}Z ERROR gw.charge ${r.pick(['DO_NOT_HONOR', 'INSUFFICIENT_FUNDS', '3DS_TIMEOUT'])} pan=`);
      if (r.chance(0.2)) d.t(badCard(r).replace(/[ -]/g, ''));
      else d.l('CARD', card(r).replace(/[ -]/g, ''));
      d.t(' client=').l('IP', ipv4(r)).t(` merchant=${r.int(100000, 999999)} trace=${hex(r, 16)}\n`);
    }
  },
  // wallet top-up from card SMS
  (d, r) => {
    const c = r.pick<Country>(['KE', 'NG', 'GH', 'EG', 'ZA', 'AE']);
    d.t(`Top up of ${cur(c)} ${money(r, 100, 50000)} from card `).l('CARD', card(r)).t(' to wallet ').l('PHONE', phone(r, c, 'localc'))
      .t(` successful on ${otherDate(r, c)} ${hhmm(r)}. Ref ${alnum(r, 10)}.${trap(r)}`);
  },
  // Arabic-English card dispute chat
  (d, r) => {
    const c = r.pick<Country>(['AE', 'SA', 'KW', 'QA', 'JO', 'EG']);
    const me = person(r, c);
    d.t('العميل: السلام عليكم، تم خصم مبلغ مرتين من بطاقتي.\nAgent: وعليكم السلام ').l('PERSON', nameAs(me, 'given')).t('، please share the card number.\nالعميل: ')
      .l('CARD', card(r)).t(`\nAgent: شكرا. Two charges of ${cur(c)} ${money(r, 20, 900)} on ${otherDate(r, c)} — dispute ${r.digits(8)} raised. We will SMS `).l('PHONE', phone(r, c)).t('.');
    if (c !== 'JO' && c !== 'EG' && r.chance(0.6)) d.t('\nالعميل: refund to my account please, IBAN ').l('IBAN', iban(r, c));
  },
  // Gulf standing instruction between two own accounts
  (d, r) => {
    const a = r.pick<Country>(['QA', 'KW', 'SA', 'AE']);
    const b = r.pick(['SA', 'AE', 'QA', 'KW', 'TR', 'GB']);
    const me = person(r, r.pick<Country>([a, 'KE', 'UG', 'PK', 'IN', 'NP', 'EG']));
    d.t(`STANDING INSTRUCTION FORM\nCustomer: `).self(me.full).t('\nFrom account (IBAN): ').l('IBAN', iban(r, a)).t('\nTo account (IBAN): ').l('IBAN', iban(r, b))
      .t(`\nAmount: ${cur(a)} ${money(r, 200, 5000)} monthly on day ${r.int(1, 28)}\nFirst execution: ${otherDate(r, a)}\nContact mobile: `).l('PHONE', phone(r, a))
      .t(`\nBranch use: verified against ${foreignId(r, a).label} ${foreignId(r, a).value}`);
  },
  // US payroll onboarding for a call-centre agent
  (d, r) => {
    const me = person(r, 'US');
    d.t(`New hire — Horn Connect Call Center (Columbus)\nName: `).l('PERSON', nameAs(me, r.pick<Form>(['full', 'caps']))).t('\nSSN: ').l('NATIONAL_ID', ssn(r)).t('\nDOB: ').l('DOB', dob(r, 'US'))
      .t('\nLanguages: English, ').t(r.pick(['Somali', 'Amharic', 'Oromo', 'Swahili', 'Tigrinya'])).t('\nEmergency contact: ').l('PERSON', nameAs(person(r, 'US'), 'full')).t(' ').l('PHONE', phone(r, 'US'))
      .t(`\nStart date: ${otherDate(r, 'US')}  Badge ${r.digits(6)}`);
  },
  // US credit union onboarding of an equb / ayuuto savings circle
  (d, r) => {
    const kind = r.pick(['Equb', 'Ayuuto', 'Susu', 'Esusu']);
    d.t(`${r.pick(['Cedar Community Credit Union', 'Riverside Federal CU', 'Unity First CU'])} — group savings account (${kind} circle)\nSignatories:\n`);
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const p = person(r, 'US');
      d.t(`${i + 1}. `).l('PERSON', nameAs(p, r.pick<Form>(['full', 'caps', 'rev']))).t(' — SSN ');
      if (r.chance(0.15)) d.t(maskedSsn(r));
      else d.l('NATIONAL_ID', ssn(r));
      d.t(' — cell ').l('PHONE', phone(r, 'US')).t('\n');
    }
    d.t(`Monthly pot: USD ${r.int(5, 40) * 100}. Rotation order drawn ${otherDate(r, 'US')}.`);
  },
];

/** Hard negatives: no PII, many traps. */
const NEGATIVE: Tpl[] = [
  (d, r) => {
    d.t(`SERVICE NOTICE: Data services in parts of Nairobi (Jomo Kenyatta International Airport, Haile Selassie Avenue, Moi Avenue) may be intermittent on ${otherDate(r, 'KE')} from 01:00 to 04:00 for upgrades to ${r.pick(['Huawei', 'Ericsson', 'Nokia'])} RAN software ${version(r)}. Incident INC${r.digits(7)}. We apologise for any inconvenience.`);
  },
  (d, r) => {
    d.t(`Mandela Day special! Dial *${r.int(100, 999)}# for ${r.pick(['1GB', '2GB', '5GB'])} at ${cur(r.pick(AFR))} ${r.int(20, 500)}. Offer valid till ${otherDate(r, 'ZA')}. Watch Kaizer Chiefs vs Mamelodi Sundowns live on the Khusela app ${version(r)}. T&Cs apply, see Consumer Protection Act 68 of 2008.`);
  },
  (d, r) => {
    d.t(`AGENT FLOAT SUMMARY ${otherDate(r, 'TZ')}\nAgent till ${r.int(100000, 999999)} | Store ${r.digits(5)} | Opening float ${money(r, 10000, 900000)} | Cash-in ${r.int(10, 90)} txns | Cash-out ${r.int(10, 90)} txns\nRejected card entry ${badCard(r)} (Luhn check failed).\nBatch hash ${hex(r, 40)}`);
  },
  (d, r) => {
    d.t(`CHANGELOG wallet-sdk ${version(r)} (${otherDate(r, 'KE')})\n- Fix retry on 503 from /v2/b2c (${hex(r, 7)})\n- Bump Daraja client to ${version(r)}\n- Default timeout now ${r.int(10, 60)}s; see RFC 7231 §6.6\n- Tested on Android 14.0.2 and iOS 17.4.1`);
  },
  (d, r) => {
    d.t(`BY-LAWS, Article ${r.int(3, 19)}: Members shall contribute not less than ${cur(r.pick(AFR))} ${r.int(5, 50) * 100} monthly. Dividends follow the Sacco Societies Act 2008 and Prudential Guidelines. The Kenyatta Day and Mashujaa Day holidays do not extend repayment dates. Loan product codes: ${alnum(r, 6)}, ${alnum(r, 6)}.`);
  },
  (d, r) => {
    d.t(`Health tip from your network: Early signs of Parkinson's disease, Crohn's disease and Down syndrome can be discussed free with a nurse — dial ${r.int(100, 999)}. Alzheimer's support group meets at Aga Khan University Hospital every ${r.pick(['Tuesday', 'Thursday'])}. Calls to the short code are toll-free.`);
  },
  (d, r) => {
    d.t(`Tracking ${r.pick(['GIG', 'KWIK', 'DHL'])}${r.digits(10)}: arrived at ${r.pick(['Ikeja hub', 'Kwame Nkrumah Circle depot', 'Nelson Mandela Bay sorting centre', 'JKIA cargo'])} ${otherDate(r, 'NG')} ${hhmm(r)}. Next: out for delivery. Weight ${r.int(1, 9)}.${r.int(0, 9)} kg. Parcel ${r.digits(12)}.`);
  },
  (d, r) => {
    const cc = r.pick(['SA', 'AE', 'QA', 'KW', 'TR', 'GB']);
    d.t(`Beneficiary could not be added: IBAN ${badIban(r, cc)} failed validation (check digits). Card ${maskedCard(r)} remains your default funding source. Error code E-${r.int(100, 999)}.`);
  },
  (d, r) => {
    d.t(`INVOICE ${r.digits(6)} — Sahan Trucking LLC, EIN ${ein(r)}\nRemit to ABA routing ${r.digits(9)}, account ****${r.digits(4)}\nInvoice date ${otherDate(r, 'US')}, due ${otherDate(r, 'US')}\nSSN on file: ${maskedSsn(r)}. Total USD ${money(r, 200, 9000)}`);
  },
  (d, r) => {
    d.t(`FIXTURES: Gor Mahia FC vs AFC Leopards (${otherDate(r, 'KE')}, Nyayo Stadium); Al Ahly vs Zamalek (Cairo International Stadium); Asante Kotoko vs Hearts of Oak (Baba Yara Stadium). Tickets via Paybill ${r.int(100000, 999999)}, account ${alnum(r, 6)}.`);
  },
  (d, r) => {
    d.t(`Security reminder: we will never ask for your PIN. Your registered number ${maskedPhone(r, r.pick(AFR))} and ID ending ${r.digits(3)} are protected. Last login ${otherDate(r, 'GH')} ${hhmm(r)} on app ${version(r)}. ITIN example format ${itin(r)} is not accepted.`);
  },
  (d, r) => {
    d.t(`Ramadan Kareem! Branch hours on King Fahd Road, Sheikh Zayed Road and Mohammed Bin Rashid Boulevard: 10:00–15:00 and 21:00–01:00 until ${otherDate(r, 'AE')}. Eid transfers sent after ${otherDate(r, 'SA')} credit within ${r.int(1, 3)} working days. Promo ${alnum(r, 8)}.`);
  },
  (d, r) => {
    d.t(`Dangote Cement, Shoprite and Tusker distributors: settlement file ${hex(r, 16)}.csv processed ${otherDate(r, 'NG')} ${hhmm(r)}. Records ${r.int(100, 9000)}, rejected ${r.int(0, 9)}. Next window ${hhmm(r)} WAT. Ref ${notCard(r.digits(16))}.`);
  },
];

/** Generates split #41 for one seed: whole documents until at least `minInstances` labels exist. */
export function generateIndependent41Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent41Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT41_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT41_MIN_INSTANCES;
  const out: Independent41Entry[] = [];
  let total = 0;
  while (total < min) {
    const d = new Doc();
    if (r.chance(0.1)) r.pick(NEGATIVE)(d, r);
    else r.pick(LABELLED)(d, r);
    const e = d.entry();
    out.push(e);
    total += e.labels.length;
  }
  return out;
}

/** Number of document templates (labelled + negative), for reporting. */
export const INDEPENDENT41_TEMPLATE_COUNT = LABELLED.length + NEGATIVE.length;
