/**
 * @module privacy/pii/name-negatives — evidence that a given name or name-shaped run is part of
 * something else: a place or building named after a person ("Lake Louise", "St. Louis", "Victoria
 * Station", "Beverly Hills"), a named weather system ("Storm Ada", "Hurricane Ian"), a medical or
 * scientific eponym ("Addison's disease", "Murphy's law"), a merchant in a card transaction ("was
 * charged £5 at …"), a place slot ("flight to …", "weather warning for …", "location: …") and street or
 * district words of other languages ("Cumhuriyet Mahallesi", "Atatürk Bulvarı"). Written on
 * 2026-11-25 (ADR 0011, sixth round) from general knowledge of how places, storms and eponyms are named.
 */
import type { PiiSpan } from './types.js';

/**
 * Words that open a place or a named weather system before a given name: "Lake Louise", "Mount
 * Isa", "St. Helena", "Port Elizabeth", "Fort William", "Cape Charles", "Storm Ada", "Hurricane Ian";
 * stations, parks, bridges, museums, schools, hospitals and airports in other European languages
 * ("Gare Saint-Charles", "Parque María Luisa"), and laws, prizes and projects named after a person
 * ("Prix Goncourt", "Projekt Hermes") — eighth round.
 */
const PREFIX_WORDS: ReadonlySet<string> = new Set(
  `Kanton Canton Lake Lakes Mount Mt Mt. St St. Saint Sainte Ste Ste. Port Fort Ft Ft. Cape Point Glen Loch Lough Isle Bay
  Lac Mont Monte Sankt San Santa Santo São Porto Puerto Storm Hurricane Typhoon Cyclone Tropical Tempest
  Sturmtief Orkan Tempête Tormenta Borrasca Tempesta Tifón Ciclón Huracán Furacão
  Gare Parc Pont Musée Lycée Collège Hôpital Aéroport Estación Parque Puente Museo Colegio Aeropuerto Stazione
  Parco Ponte Ospedale Aeroporto Liceo Estação Escola Colégio Bahnhof Flughafen Klinikum Schule Gymnasium
  Prêmio Premio Prix Preis Projekt Project Projet Proyecto Progetto Operation Operação Operación
  Estadio Stade Stadio Stadion Estádio Résidence Residencia Residenza Villa Morbus Calea Strada Bulevardul
  Aleea Avenida Rua Rue Via Viale Piazza Plaza Praça Platz Place Chaussée Día Dia Dzień Jour Giorno Tag
  Soi Khlong Khet Tambon Amphoe Barangay Kampung Kampong Jalan Lorong Kebele Woreda École Ecole Escuela Scuola
  Universidad Université Universität Universidade Università Institut Instituto Istituto Nobel Hochschule
  Ufficio Comune Archief Archivio Archiv Stadsarchief Gemeente Standesamt Kirchenbuch
  Fachhochschule Akademie Akademia
  viện Viện Chợ Trường Quận Phường Huyện Tỉnh Đường Phố Región Region Regione Província Provincia Comuna
  Distrito Municipio Departamento Kedimiz Köpeğimiz Kedim Köpeğim Sede MV MS HMS RMS SS USS M/V M/S MT
  MSC CGM Maersk Seaspan Hapag COSCO Cosco Evergreen OOCL HMM ZIM Jebel Jabal Djebel
  EXW FCA FAS FOB CFR CIF CPT CIP DAP DPU DDP Station im. Im.`.split(/\s+/),
);
/**
 * True when the span is inside the brackets after an airport code on a travel line, a line that goes on
 * with a time, a date or a route arrow, or in brackets holding a hyphenated city–airport pair ("ANA (Ana
 * Ruiz)" is a person in capitals and brackets).
 */
function airportName(text: string, c: PiiSpan): boolean {
  const lead = text.slice(Math.max(0, c.start - AIRPORT_REACH), c.start);
  const code = AIRPORT_CODE_BEFORE.exec(lead);
  if (!code) return false;
  const close = text.indexOf(')', c.end);
  if (close < 0 || close - c.end > AIRPORT_REACH) return false;
  const inside = text.slice(c.start - code[0].length + code[0].indexOf('(') + 1, close);
  if (CITY_AIRPORT_PAIR.test(inside) || ROUTE_GOES_ON.test(text.slice(close + 1, close + 8))) return true;
  return travelLine(text, c.start) || ROUTE_ON_LINE.test(lineOf(text, c.start));
}
/** A route arrow anywhere on the line ("LIN (Milan Linate …) → BER (…)"). */
const ROUTE_ON_LINE = /→|->/;
/** "Madrid-Barajas": a city and its airport joined by a hyphen. */
const CITY_AIRPORT_PAIR = /\p{Lu}\p{Ll}+[-–]\p{Lu}/u;
/** What follows an airport's brackets on an itinerary line: a route arrow, a time or a date. */
const ROUTE_GOES_ON = /^[ \t]*(?:→|->|\d)/;
/** An airport's IATA code and the opening bracket of its name, with the name's first words, right before a span. */
const AIRPORT_CODE_BEFORE = /\b[A-Z]{3} \((?:[\p{L}-]+ ){0,3}$/u;
/** Characters read back for {@link AIRPORT_CODE_BEFORE}. */
const AIRPORT_REACH = 48;
/** The number of a mobile-money till after the word "Till". */
const TILL_NUMBER_AFTER = /^ (?:[Nn]o\.? ?|[Nn]umber )?\d{5,}/;
/** A UN/LOCODE in brackets: a country code and three letters or digits 2–9 (" (FRLEH)", " (AEJEA)"). */
const LOCODE_AFTER = /^ \([A-Z]{2}[A-Z2-9]{3}\)/;
/** Place words written short with a full stop ("St. Luke's", "Mt. Hood", "Ft. Worth"). */
const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);
/** Weekdays written short: "Sun" and "Thu" are also names ("Thu: Where are you?", "Sun,Wen"). */
const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
/** A dash or slash of a rota before a weekday ("Sat/Sun", "— Sun —"). */
const ROTA_MARK_BEFORE = /[—–/-][ \t]*$/;
/** A dash or slash after it, or the hours of the day ("Sun — ext. 255", "Sun 10:00–14:00"). */
const ROTA_MARK_AFTER = /^(?:[ \t]*[—–/-]|[ \t]+\d{1,2}[:.]\d\d)/;

/**
 * True when the span is a weekday written short in a rota ("RN D. Karagiannis — Sun — ext. 255",
 * "Sat/Sun"): between rota marks, or before the hours.
 */
export function shortWeekday(text: string, c: PiiSpan): boolean {
  if (!WEEKDAY_ABBREVIATIONS.has(c.value)) return false;
  const after = text.slice(c.end, c.end + 8);
  return (ROTA_MARK_BEFORE.test(text.slice(Math.max(0, c.start - 3), c.start)) && ROTA_MARK_AFTER.test(after)) || /^[ \t]+\d{1,2}[:.]\d\d/.test(after);
}
/**
 * Offices that are also given names or surnames, named by what they head ("Dean of Graduate Studies",
 * "Warden of the college", "Marshal of the Court").
 */
const OFFICE_TITLES: ReadonlySet<string> = new Set(['Dean', 'Provost', 'Chancellor', 'Rector', 'Warden', 'Marshal', 'Sheriff', 'Bishop', 'Master', 'Mayor', 'Governor', 'Principal', 'Director', 'Chair']);
/** "of" and a capitalised organ, maybe after "the", right after an office ({@link OFFICE_TITLES}). */
const OF_ORGAN_AFTER = /^ of (?:the )?\p{Lu}/u;

/** True when the one-word span is an office named by what it heads ("Dean of Graduate Studies"). */
export function isOfficeTitle(text: string, c: PiiSpan): boolean {
  return OFFICE_TITLES.has(c.value) && OF_ORGAN_AFTER.test(text.slice(c.end, c.end + 8));
}

/** Law words before a name, in lower case only ("lei Maria da Penha"): capitalised, "Lei" is a given name. */
const LAW_WORDS: ReadonlySet<string> = new Set('lei ley legge loi lov law'.split(' '),
);

/**
 * Words that close a place, building or institution after a given name: "Victoria Station", "Beverly
 * Hills", "Palm Springs", "Victoria Falls", "Alice Springs". Frequent family names ("Park", "Hall",
 * "Hill", "Green") are left out.
 */
const SUFFIX_WORDS: ReadonlySet<string> = new Set(
  `Station Hills Heights Springs Falls Beach Bay Island Islands Lake River Valley Creek Harbour Harbor
  Bridge Square Airport Terminal Gardens Cathedral Abbey Castle Palace Stadium Arena Museum Gallery Theatre
  Theater County City Town Village Peak Mountain Mountains Forest Canyon Coast Sound Strait Channel
  Memorial Infirmary University College Academy Campus Mall Embankment Pier Wharf Quay Dock Docks Junction
  Parkway Highway Freeway Boulevard Avenue Street Road Terrace Crescent Mahallesi Mahalle Bulvarı Bulvari
  Caddesi Sokak Sokağı Köyü Lorong Lor Jalan Prospekt Ulitsa ArenA Festival Express Heap
  Foundation Trust Prize Award Medal Cup Trophy Lecture Lectures Institute Institut Center Centre Clinic
  Juniors United Rovers Wanderers Athletic Security Labs Pig Pigs International Sub-City Woreda Kebele
  Nuea Tai Khet Khwaeng Tambon Amphoe Changwat Barangay Kelurahan Kecamatan Kabupaten Mahalla Nagar Colony
  School Schools Elementary Hospital Library Building Wing Ward Scholarship Fellowship Havalimanı Havaalanı Hastanesi
  Üniversitesi Lisesi Köprüsü Meydanı Parkı Camii Stadyumu Maersk Pavilion Stand Oval Velodrome Dome
  Auditorium Amphitheatre Amphitheater Ballroom Concourse Lounge Plaza Gateway Hub Thermostat Doorbell Cam
  Camera Sensor Router Charger Tracker Lite Tour Tours Concert Concerts Route Trail Heritage Rm Lab Portakabin
  Portacabin Classroom Meadow Meadows Branch Merkezi`.split(/\s+/),
);
/**
 * Lower-case nouns after a person's name that make it the name of a thing: a theme, typeface, design,
 * dish, school or award named after someone ("Marie Curie theme", "Philippe Starck lamp").
 */
const THING_AFTER =
  /^ (?:theme|font|typeface|lamp|chair|sofa|table|guitar|collection|edition|range|line|design|prize|award|scholarship|fellowship|lecture|medal|syndrome|disease|effect|principle|theorem|method|school|hospital|building|wing|ward|airport|station|street|road|avenue|bridge|stadium|halls?|schools|hospitals|buildings|wings|libraries|library|criterion|ratio|coefficient|index|formula|curve|distribution|equation|test|score|scale|sponge|cake|pudding|tart|salad|sauce|paint|paints|wallpaper|tiles|fabric|roll-?out|migration|cluster|pipeline|deployment|codebase|plugin|plugins|stamps?|numbering|date|amount|period)\b/;
/**
 * The first of two names joined before a plural thing noun ("housed in the Marie Curie and Frederick
 * Douglass halls", "the Maxwell and Faraday themes were retired"): both are names of things.
 */
const COORDINATED_THINGS_AFTER =
  /^ (?:and|&|or) \p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2} (?:halls|schools|hospitals|buildings|wings|libraries|prizes|awards|scholarships|fellowships|lectures|medals|streets|roads|stations|bridges|themes|fonts|typefaces|templates|skins|collections|editions|designs|ranges|models|plans|tiers)\b/u;
/** Dishes named after a person: "Beef Wellington", "Eggs Benedict", "Peach Melba", "Nachos Ignacio", "Pizza Margherita". */
export const DISH_WORDS: ReadonlySet<string> = new Set(
  'Nachos Eggs Oysters Beef Chicken Pork Lamb Veal Peach Pizza Pasta Spaghetti Fettuccine Penne Salad Soup Steak Shrimp Prawns Lobster Crêpes Crepes Tart Cake Pie'.split(' '),
);

/**
 * The last part of a hyphenated eponym: a disease, sign, method or unit named after a person, as German,
 * Dutch and the Nordic languages write them ("Hashimoto-Thyreoiditis", "Alzheimer-Demenz",
 * "Heimlich-Manöver", "Fibonacci-Folge", "Parkinson-Krankheit").
 */
const EPONYM_TAIL =
  /-(?:thyreoiditis|thyroiditis|demenz|dementie|syndrom|syndroom|syndrome|krankheit|erkrankung|ziekte|sjukdom|sygdom|lymphom|lymfoom|sarkom|tumor|zeichen|reflex|reflexe|manöver|manoeuvre|test|methode|method|verfahren|prinzip|effekt|effect|gesetz|konstante|zahl|zahlen|folge|reihe|heap|algorithmus|kurve|diagramm|schema|plot|transformation|index|skala|score|klassifikation)$/i;

/** True when a one-word span is a hyphenated eponym ({@link EPONYM_TAIL}). */
export function isHyphenatedEponym(word: string): boolean {
  return word.indexOf('-') > 0 && EPONYM_TAIL.test(word);
}

/** "Jr." and a holiday, street or institution: named after a person ("Martin Luther King Jr. Day / Blvd"). */
const JR_THING_AFTER = /^ (?:Jr|Sr)\.? (?:Day|Blvd|Boulevard|Avenue|Ave|Street|St|Drive|Dr|Way|Road|Rd|Memorial|Library|Center|Centre|High School|Elementary|Middle School|Park|Bridge|Airport|International)\b/;

/** A ship's name after the words that carry a passenger ("aboard the …", "a bordo del piroscafo …", "steamer …"). */
const SHIP_BEFORE =
  /\b(?:aboard(?: the)?|on board(?: the)?|a bordo del?(?: (?:piroscafo|vapore|nave))?|piroscafo|steamer|steamship|vapor|vapeur|dampfer|liner)[ \t]+(?:SS |RMS |MV |S\.S\. )?$/i;
/**
 * A ship's prefix in capitals, maybe with the ship's first name ("MS Queen Mary", "MV Anna Brandt"), or
 * a cruise or ferry word with a royal title of the ship's name ("Ferry Queen Anne timetable").
 * Case-sensitive: "Ms" is a title of a person.
 */
const SHIP_PREFIX_BEFORE =
  /(?:(?:^|[\s(])(?:MS|MV|SS|RMS|HMS|M\/S|M\/V)[ \t]+(?:(?:Queen|King|Prince|Princess|Spirit of|Pride of|Star of|\p{Lu}\p{Ll}+) )?|\b(?:[Cc]ruise|[Ff]erry|[Ll]iner)[ \t]+(?:Queen|King|Prince|Princess) )$/u;
/** A ship's IMO number later on the span's line ("Gerd Lindholm      IMO 9559478"): a vessel schedule's row. */
const IMO_AFTER = /^[^\n]{0,40}?\bIMO[ :#]*\d{7}\b/;
/** True when the span is a ship's name after the words that carry a passenger ({@link SHIP_BEFORE}) or a ship's prefix. */
export function isShipName(text: string, c: PiiSpan): boolean {
  const lead = text.slice(Math.max(0, c.start - 40), c.start);
  if (IMO_AFTER.test(text.slice(c.end, c.end + 60))) return true;
  return SHIP_BEFORE.test(lead) || (!/^\p{Lu}+$/u.test(c.value.replace(/[ '’-]/g, '')) && SHIP_PREFIX_BEFORE.test(lead));
}

/** "University of …", "Bank of …": an institution or place named by what follows "of". */
const INSTITUTION_OF_BEFORE =
  /(?:University|Universidad|Universidade|Université|Università|College|Bank|Museum|Institute|Hospital|School|Port|City|County|Republic|Kingdom|Province|State|Duchy|Church|Cathedral|Basilica|Diocese|Archdiocese|Council|Borough|Municipality|Department|Ministry|Ufficio|Comune|Archivio|Archief|Registro|Registre|Archives) (?:of|de|di|del|do|da|du|des|van) (?:the |la |le )?$/;
/** A route between places: an arrow or a dash joined to a place name before or after. */
const ROUTE_MARK_BEFORE = /(?:→|->|⇒|\p{Lu}\p{Ll}+–)[ \t]*$/u;
const ROUTE_MARK_AFTER = /^[ \t]*(?:→|->|⇒)|^–\p{Lu}/u;

/** Words of a travel line: a route's ends there are places ("Flight SK 97 Adelaide–Perth", "… → Lyon dep 9:05"). */
const TRAVEL_WORDS = /\b(?:flight|flights|dep|arr|departs?|departure|arrives?|arrival|gate|seat|train|bus|coach|ferry|route|itinerary|cancell?ed|delayed|[A-Z]{2} ?\d{2,4})\b/i;

/** True when the line around `at` reads as travel (a handover "Ana → Ben" is no route). */
function travelLine(text: string, at: number): boolean {
  return TRAVEL_WORDS.test(lineOf(text, at));
}

/** The line holding `at`. */
function lineOf(text: string, at: number): string {
  const ls = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  return text.slice(ls, nl < 0 ? text.length : nl);
}

/**
 * Animal words after a name: a species, breed or pet role in parentheses or after a comma ("Max
 * (feline)", "Luna, budgie, 7y", "Nala, greyhound", "Carlos the branch dog", "Otis, leopard gecko"), or
 * the owner named after it ("Penny, owned by Mrs. Nkosi"). Pets are no personal data.
 */
const PET_AFTER =
  /^(?:'s)?,? ?\(?(?:the (?:[a-z]+ )?(?=(?:dog|cat|puppy|kitten|parrot|rabbit|hamster|horse|pony|guinea pig|gerbil|tortoise|goldfish|budgie|ferret|chinchilla|gecko|lizard|snake|hen|goat)\b))?(?:feline|canine|equine|lagomorph|avian|reptile|dog|cat|puppy|kitten|rabbit|bunny|budgie|budgerigar|cockatiel|canary|parrot|hamster|guinea pig|ferret|chinchilla|hedgehog|tortoise|turtle|(?:leopard |crested )?gecko|bearded dragon|(?:corn |ball )?snake|iguana|horse|pony|beagle|labrador|retriever|terrier|poodle|spaniel|greyhound|whippet|schnauzer|dobermann?|shih tzu|lhasa apso|maine coon|siamese|ragdoll|sphynx|persian cat|tabby|netherland dwarf|holland lop|collie|shepherd|bulldog|dachshund|chihuahua|husky|pug|mixed breed|cross ?breed|beagle mix|owned by|belonging to)\b/i;
/**
 * A pet noun (or a mascot, or an animal label) right before a name ("dog Ziggy", "our cat Miso", "Pet:
 * Oscar", "Animal: Susan", "pet name Jasper", "Mascot Sir Spanner", "her name is Cleo" after a dog,
 * "Security question (first pet): Milo").
 */
const PET_BEFORE =
  /(?:\b(?:mascot|animal|dog|dogs|cat|cats|puppy|kitten|pet|pets|pet name|pet's name|rabbit|bunny|budgie|parrot|bird|cockatiel|budgerigar|canary|gecko|lizard|snake|tortoise|turtle|ferret|chinchilla|hedgehog|hamster|horse|pony|hound|doggo|pup|dachshund|bulldog|terrier|retriever|spaniel|poodle|beagle|labrador|collie|chihuahua|husky|pug|greyhound|tabby|hund|katze|kater|hond|kat|chien|chienne|perro|perra|gato|gata|cane|gatto|köpek|kedi|pies|kot)(?: (?:is )?(?:named|called))?\)?[,:]?|\b(?:dog|cat|puppy|kitten|pet)\b[^.\n]{0,24}\b(?:her|his|its) name is|\b(?:dog|cat)\b[^.\n]{0,24}\bnamed)(?: \(?|\() ?(?:Sir |Lady |Mr\.? |Miss |Dr\.? )?[«"“‘']?$/i;
/** A breed written in lower case with a word before it, after a name ("Archie (springer spaniel)", "Bo, toy poodle"). */
const LOWER_BREED_AFTER = /^,? ?\(?[a-z]+ (?:terrier|spaniel|retriever|shepherd|collie|hound|poodle|setter|pointer|bulldog|schnauzer|mastiff|pinscher)s?\b/;
/** A breed of capitalised words after a name ("Harold (Jack Russell Terrier, 7y)", "Nala, Cavalier King Charles Spaniel"). */
const BREED_WORD = '(?:Terrier|Spaniel|Retriever|Shepherd|Collie|Hound|Poodle|Setter|Pointer|Dwarf|Lop|Rex|Coon|Shorthair|Longhair|Bulldog|Schnauzer|Mastiff|Pinscher)';
const BREED_HEAD = `${BREED_WORD}s?`;
/** A breed after a name: capitalised words and a breed word, or a breed word in the plural alone ("Gordon Setters"; a family name is no plural). */
const BREED_PHRASE_AFTER = new RegExp(`^,? ?\\(?(?:(?:[A-Z][a-z]+ ){1,3}${BREED_HEAD}|${BREED_WORD}s)\\b`);
/** A span that ends in a breed word in the plural ("Gordon Setters"): breeds, no person ("Mary Shepherd" is one). */
const BREED_HEAD_END = new RegExp(`[ ]${BREED_WORD}s$`);
/** A breed or species field later on the name's line ("Name: Bella  Breed: Netherland Dwarf"): an animal's record. */
const BREED_FIELD_AFTER = /^[^\n]{0,40}?\b(?:breed|species|rasse|raza|race|espèce|especie|razza|ras|tierart)[ \t]*:/i;
/** A patient label opening the line and an owner field after the name ("Patient: Penny   Owner: U. Katz"): people have no owners. */
const PATIENT_LABEL_BEFORE = /(?:^|\n)[ \t]*(?:patient|patiente?|paziente|paciente|patiënt)[ \t]*:[ \t]*$/i;
const OWNER_FIELD_AFTER = /^[^\n]{0,40}?\b(?:owner|besitzer|propriétaire|dueño|proprietario|eigenaar)[ \t]*:/i;
/** The name key of a JSON object keyed as a pet ("pet": { "name": "…). */
const PET_OBJECT_BEFORE = /["'](?:pet|animal|dog|cat|patient_animal)["'][ \t]*:[ \t]*\{[^{}\n]{0,80}["']name["'][ \t]*:[ \t]*["']$/i;
/** What people give an animal, after "Give …" ("Give Penny a scratch from us"). */
const PET_TREAT_AFTER = /^(?:['’]s)? (?:a (?:scratch|treat|cuddle|belly rub|pat|chew|biscuit)|some treats)\b/i;

/** Breeds written in capitals like a first and last name ("Shih Tzu", "Lhasa Apso", "Maine Coon"). */
const BREED_NAMES: ReadonlySet<string> = new Set([
  'Shih Tzu', 'Lhasa Apso', 'Maine Coon', 'Netherland Dwarf', 'Holland Lop', 'Jack Russell', 'King Charles', 'Cavalier King Charles',
  'Bichon Frise', 'Cane Corso', 'Shiba Inu', 'Russian Blue', 'British Shorthair', 'Scottish Fold', 'Norwegian Forest', 'Devon Rex',
  'Cornish Rex', 'Border Collie', 'Golden Retriever', 'German Shepherd', 'Lionhead', 'Mini Rex', 'Jack Russell Terrier',
]);

/** True when the span names a pet (a species, breed, breed field or owner follows it, or a pet noun comes right before it) or is a breed. */
export function isPetName(text: string, c: PiiSpan): boolean {
  if (BREED_NAMES.has(c.value) || (c.value.indexOf(' ') > 0 && BREED_HEAD_END.test(c.value))) return true;
  const after = text.slice(c.end, c.end + 48);
  // A capitalised word right after a name goes on with the name ("Mary Shepherd", "Ana Collie"); a breed
  // or species follows a comma, a bracket or "the", or is written in lower case.
  if ((!CAPITALISED_NEXT.test(after) && PET_AFTER.test(after)) || BREED_PHRASE_AFTER.test(after) || LOWER_BREED_AFTER.test(after) || BREED_FIELD_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, c.start - 120), c.start);
  if (OWNER_FIELD_AFTER.test(after) && PATIENT_LABEL_BEFORE.test(before)) return true;
  if (PET_BEFORE.test(before.slice(-48)) || PET_OBJECT_BEFORE.test(before)) return true;
  return /\b[Gg]ive $/.test(before.slice(-6)) && PET_TREAT_AFTER.test(after);
}

/**
 * True when the name of the span is shown to be a pet's at some mention in the text (the pet rules of
 * {@link isPetName}): "Give Penny a scratch" makes "Penny" at every other mention a pet.
 */
export function petSomewhere(text: string, value: string): boolean {
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    const end = at + value.length;
    // A mention that a capitalised word follows is part of a longer name ("Mary" of "Mary Shepherd"),
    // unless the words make a breed ("Jack" of "Jack Russell Terriers").
    if (CAPITALISED_NEXT.test(text.slice(end, end + 2)) && !BREED_PHRASE_AFTER.test(text.slice(end, end + 48))) continue;
    if (isPetName(text, { type: 'PERSON', start: at, end, value })) return true;
  }
  return false;
}
/** A space and a capital right after a mention. */
const CAPITALISED_NEXT = /^ \p{Lu}/u;

/** A day or night named after a person, in a calendar line ("Guy Fawkes Night 5 Nov", "… Day (US)"). */
const HOLIDAY_AFTER = /^ (?:Night|Day|Eve)(?=[ \t]*(?:\d|\(|—|–|-|\/|,|$|\n))/;

/** The documents called a bill of something. */
const BILL_OF_AFTER = /^ of (?:materials|lading|rights|sale|exchange|quantities|costs)\b/;

/** A possessive and a medical or scientific noun: an eponym ("Addison's disease", "Occam's razor"). */
const EPONYM_AFTER =
  /^['’]s (?:Law|Disease|Syndrome|Rule|disease|syndrome|disorder|palsy|sign|law|angina|principle|theorem|razor|paradox|effect|constant|equation|algorithm|lemma|conjecture|phenomenon|reflex|procedure|fracture|cyst|lymphoma|anaemia|anemia|encephalopathy|ataxia|chorea|dementia|thyroiditis|contracture|neuroma|dystrophy|sarcoma|tumou?r|ulcer|node|nodes|duct|canal|gland|triangle|cell|cells)\b/;

/** A card transaction before the span: the merchant slot ("was charged €12 at …", "used at …"). */
const MERCHANT_BEFORE =
  /\b(?:charged|used|declined|authori[sz]ed|spent|purchases?|purchased|transactions?|bought|payment|paid)\b[^\n]{0,40}? at $/i;

/**
 * Place slots before a single word: "flight to …", "flights out of …", "warning for …", "forecast for
 * …", "location: …", "moved to …", "based in …", "in …". Only for one-word spans: a person after "in"
 * is rare and takes a possessive ("in Maria's car").
 */
const PLACE_SLOT_BEFORE =
  /(?:^|[^\p{L}])(?:in|near|around|outside|across|toward|towards|(?:flight|flights|fly|flying|flew|moved|moving|relocated|relocating|travel(?:l?ing|l?ed)?|trip|bus|train|ferry|drive|drove|route)(?: [A-Z]{0,3}\d{1,5})? to|(?:moved|moving|relocated|relocating|flew|flying|flight|flights) from|out of|(?:flight|flights|fly|flying|flew)\b[^.\n]{0,40}\bto|(?:warning|warnings|forecast|alert|weather) for|location:|(?:based|born|located|situated) (?:in|at))[ \t]+$/iu;

/** Longest word looked at before a span. */
const MAX_WORD_BEFORE = 16;

/** The word right before `at`, with one space between ("Lake", "St."), or nothing. */
function wordBefore(text: string, at: number): string | undefined {
  if (at < 2 || text.charCodeAt(at - 1) !== 0x20) return undefined;
  let j = at - 2;
  const stop = Math.max(0, at - MAX_WORD_BEFORE);
  while (j >= stop && text[j] !== ' ' && text[j] !== '\n' && text[j] !== '\t') j--;
  // Opening brackets and quotes are no part of the word ("(Typhoon Haiyan)", "“Storm Ada”").
  return text.slice(j + 1, at - 1).replace(/^[("'“‘[«]+/, '') || undefined;
}
/** The capitalised word right after the span, with one space between. */
/** Capitalised words after a span, possessives allowed ("’s School", " VI School", " Rich’s School"). */
const WORDS_AFTER = /^(?:['’]s)?((?: \p{Lu}[\p{L}]*(?:['’]s)?){1,3})/u;
/** One capitalised word after a span, before a lower-case word. */
const ONE_WORD_AFTER = /^ \p{Lu}\p{L}*(?= \p{Ll})/u;
/** Characters after a span read for {@link suffixAhead}. */
const SUFFIX_REACH = 40;

/**
 * True when a place or institution word closes the capitalised words after a span within three words:
 * "Victoria Station", "King Edward VI School", "Sir John Talbot’s School", "Harriet Tubman High School",
 * "King George V Dock".
 */
function suffixAhead(after: string): boolean {
  const words = WORDS_AFTER.exec(after)?.[1];
  return words !== undefined && words.trim().split(' ').some((w) => SUFFIX_WORDS.has(w.replace(/['’]s$/, '')));
}

/**
 * True when the span is part of a place, building, storm or eponym, or sits in a merchant or place
 * slot.
 * @example isPartOfSomethingElse('Flights out of Lake Louise', span('Louise')) // true
 */
export function isPartOfSomethingElse(text: string, c: PiiSpan): boolean {
  const v = c.value;
  const space = v.indexOf(' ');
  if (space < 0 && isHyphenatedEponym(v)) return true;
  if (isPetName(text, c) || isSpellingWord(text, c)) return true;
  const lead = text.slice(Math.max(0, c.start - 40), c.start);
  // "University of Victoria", "Bank of Ireland", "Port of Spain"; a route "Adelaide–Lorraine", "Augusta → Elizabeth".
  if (INSTITUTION_OF_BEFORE.test(lead) || isShipName(text, c)) return true;
  if ((ROUTE_MARK_BEFORE.test(lead) || ROUTE_MARK_AFTER.test(text.slice(c.end, c.end + 4))) && travelLine(text, c.start)) return true;
  if (text.startsWith(' Prize', c.end) || text.startsWith('-nominated', c.end)) return true;
  const before = wordBefore(text, c.start);
  if (placeWordBefore(text, c)) return true;
  // Turkish case endings after an apostrophe ("Atatürk Havalimanı'nda") leave the word they end.
  const last = v.slice(v.lastIndexOf(' ') + 1).replace(/['’]\p{L}+$/u, '');
  if (space > 0 && (PREFIX_WORDS.has(v.slice(0, space)) || LODGING_WORDS.has(v.slice(0, space)) || SUFFIX_WORDS.has(last))) return true;
  // "Lei Maria da Penha", "Ley Olimpia": a law named after a person, three words or more ("Lei Zhang" is a person).
  if (space > 0 && v.split(' ').length > 2 && v.slice(0, space) !== 'Law' && LAW_WORDS.has(v.slice(0, space).toLowerCase())) return true;
  // "the Queen Elizabeth Hall", "King George Park": a royal's name closed by a place word is the place.
  if (space > 0 && before && ROYAL_TITLES.has(before) && PLACE_WORD_AFTER.test(` ${last}`)) return true;
  // "Les Amis du Canal", "Los Amigos de …": a plural article opens an association's name.
  if (space > 0 && PLURAL_ARTICLES.has(v.slice(0, space)) && ARTICLE_OF_AFTER.test(text.slice(c.end, c.end + 6))) return true;
  if (before && DISH_WORDS.has(before)) return true;
  if (thingNamedAfter(text, c)) return true;
  // "at Jackson Park", "in the Wesley Hall": after a place preposition these family names close a place.
  if (before && PLACE_PREPOSITIONS.has(before) && (PLACE_WORD_AFTER.test(text.slice(c.end, c.end + 12)) || (space > 0 && PLACE_WORD_AFTER.test(` ${last}`)))) return true;
  if (before === 'at' && MERCHANT_BEFORE.test(text.slice(Math.max(0, c.start - 64), c.start))) return true;
  if (space > 0) return false;
  if (shortWeekday(text, c)) return true;
  const a0 = text.charCodeAt(c.end);
  const a1 = text.charCodeAt(c.end + 1);
  if (((a0 === 0x20 && a1 >= 0x30 && a1 <= 0x39) || a0 === 0x2e) && DATE_AFTER.test(text.slice(c.end, c.end + 16))) return true;
  if (MONTH_NAMES.has(v) && (YEAR_AFTER.test(text.slice(c.end, c.end + 6)) || DAY_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start)))) return true;
  return before !== undefined && SLOT_TAIL.has(before.toLowerCase()) && PLACE_SLOT_BEFORE.test(text.slice(Math.max(0, c.start - 64), c.start));
}

/** Given names that are also verbs opening a sentence ("Hope everyone…", "Will you…", "Grant access…"). */
const VERB_NAMES: ReadonlySet<string> = new Set('Hope Will May Grant Mark Bill Sue Pat Rob Trust Chase Drew Wade'.split(' '));
/** What such a verb takes right after it: a pronoun or "so" ("Hope so", "May I", "Mark it"). */
const VERB_OBJECT_AFTER = /^ (?:you|everyone|everybody|all|so|that|this|it|we|i|I|to|u|y'all|ya|them|him|her|me|us)\b/;
/** A sentence or turn opening before the span: text start, a line break, ". ", "? ", "! ", ": ". */
const SENTENCE_OPEN_BEFORE = /(?:^|\n|[.?!:][ \t]+)[ \t]*$/;

/**
 * True when the span is a given name that is also a verb, opening its sentence with an object after it
 * ("Coach: Hope everyone survived", "Will you make it?"). Applied to the learned scorer's names, which
 * read "Hope" alone as a name.
 */
export function verbOpeningSentence(text: string, c: PiiSpan): boolean {
  return VERB_NAMES.has(c.value) && VERB_OBJECT_AFTER.test(text.slice(c.end, c.end + 10)) && SENTENCE_OPEN_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start));
}

/**
 * True when a place, law or vessel word stands right before the span ("Lake Louise", "lei Maria da
 * Penha", "MSC Irina", "DAP Santos"), the span is an abbreviated place word with its full stop
 * ("St. Luke's", "Mt. Hood"), or it names the airport in the brackets after its code ("BER (Berlin
 * Brandenburg Willy Brandt)", "MAD (Madrid-Barajas Adolfo Suárez)"). Applied to the learned scorer's names too.
 */
export function placeWordBefore(text: string, c: PiiSpan): boolean {
  if (PLACE_ABBREVIATIONS.has(c.value) && text.startsWith('. ', c.end)) return true;
  // "a cruise aboard the Queen Elizabeth", "aboard the Sir David Attenborough": a ship.
  if (ABOARD_BEFORE.test(text.slice(Math.max(0, c.start - 32), c.start))) return true;
  if (airportName(text, c)) return true;
  const before = wordBefore(text, c.start);
  // "lei Maria da Penha", "near gare Saint-Charles": the opening word may be typed in lower case.
  const placeWord =
    before !== undefined && (PREFIX_WORDS.has(before) || LODGING_WORDS.has(before) || PREFIX_WORDS.has(before.charAt(0).toUpperCase() + before.slice(1)) || LAW_WORDS.has(before));
  // "Guten Tag Chevalier", "my mother in law Brennan": a greeting or a kin word ends there, not a place.
  if (placeWord && !NOT_A_PLACE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) return true;
  // "Calle Miguel de Cervantes", "Avenida Reina Sofía": a street word a few name words back.
  const run = STREET_RUN_BEFORE.exec(text.slice(Math.max(0, c.start - 48), c.start));
  return run !== null && STREET_WORDS_BEFORE.has(run[1] ?? '');
}
/** A capitalised word, then one to three name words or particles, right before a span (group 1 the first word). */
const STREET_RUN_BEFORE = /(?:^|[\s(])(\p{Lu}\p{L}+)(?: (?:\p{Lu}[\p{L}'’-]*|de|del|de la|da|do|dos|di|du|von|van|der)){1,3} $/u;
/** Street words that open a street named after a person, a few words before the span. */
const STREET_WORDS_BEFORE: ReadonlySet<string> = new Set('Calle Avenida Av Rua Rue Via Viale Piazza Plaza Praça Paseo Carrer Avinguda Calea Strada Bulevardul Aleea Largo Travessa Boulevard'.split(' '));
/**
 * Capitalised words that open the name of a lodging, a team or a drink ("Hotel Adelina", "Ryokan
 * Kinsen", "Squad Minerva", "Bloody Mary"). Read only capitalised: "the hotel Ana booked" names a person.
 */
export const LODGING_WORDS: ReadonlySet<string> = new Set(
  'Hotel Hôtel Hostel Ryokan Pension Albergo Pousada Posada Gasthof Gasthaus Auberge Agriturismo Pensione Squad Bloody'.split(' '),
);
/** "aboard (the)" and maybe a ship's title word before a name. */
const ABOARD_BEFORE = /\baboard (?:the )?(?:(?:Queen|King|Sir|Princess|Prince|Lady|MV|MS|MSC|RMS|HMS|SS|RRS) )?$/;
/** Phrases whose last word is also a place or law word ({@link PREFIX_WORDS}, {@link LAW_WORDS}). */
const NOT_A_PLACE_BEFORE = /(?:\bguten tag|\bbom dia|\bbuen d[ií]a|\bin[ -]law) $/i;

/**
 * True when the words right after the span make it the name of a thing, place, event or eponym:
 * "Victoria Station", "King Edward VI School", "Marie Curie theme", "Crohn's disease", "Martin Luther
 * King Jr. Day", "Leonardo da Vinci–Fiumicino".
 */
export function thingNamedAfter(text: string, c: PiiSpan): boolean {
  if (QUOTED_THING_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) return true;
  const a0 = text.charCodeAt(c.end);
  const a1 = text.charCodeAt(c.end + 1);
  if ((a0 === 0x20 && (a1 < 0x61 || a1 > 0x7a)) || a0 === 0x27 || a0 === 0x2019) {
    if (suffixAhead(text.slice(c.end, c.end + SUFFIX_REACH))) return true;
  }
  if ((a0 === 0x27 || a0 === 0x2019) && EPONYM_AFTER.test(text.slice(c.end, c.end + 40))) return true;
  if (a0 === 0x20 && a1 >= 0x61 && a1 <= 0x7a && THING_AFTER.test(text.slice(c.end, c.end + 16))) return true;
  // The span is the first word of the thing's name ("Alan" of "the Alan Turing halls").
  const next = a0 === 0x20 ? ONE_WORD_AFTER.exec(text.slice(c.end, c.end + 24))?.[0] : undefined;
  if (next && THING_AFTER.test(text.slice(c.end + next.length, c.end + next.length + 16))) return true;
  if (a0 === 0x20 && COORDINATED_THINGS_AFTER.test(text.slice(c.end, c.end + 64))) return true;
  if (a0 === 0x20 && (JR_THING_AFTER.test(text.slice(c.end, c.end + 40)) || HOLIDAY_AFTER.test(text.slice(c.end, c.end + 16)))) return true;
  // "Bill of materials", "Bill of lading": a document, not the given name Bill.
  if (a0 === 0x20 && c.value === 'Bill' && BILL_OF_AFTER.test(text.slice(c.end, c.end + 16))) return true;
  // A merchant's till ("Buy Goods Till 614933", "Agent Till No. 358100"), not the given name Till.
  if (a0 === 0x20 && c.value === 'Till' && TILL_NUMBER_AFTER.test(text.slice(c.end, c.end + 16))) return true;
  // A UN/LOCODE after it names a port or inland place ("Le Havre (FRLEH)", "Santos (BRSSZ)").
  if (a0 === 0x20 && text.charCodeAt(c.end + 1) === 0x28 && LOCODE_AFTER.test(text.slice(c.end, c.end + 9))) return true;
  // Joined to a place by a dash, as airports are ("Leonardo da Vinci–Fiumicino").
  return (a0 === 0x2013 || a0 === 0x2d) && /\p{Lu}/u.test(text[c.end + 1] ?? '');
}

/** A noun that names a thing, then an opening quote ('boardroom "Grace Hopper"', 'Team "Blue Herons"', 'codename “Hermes”'). */
const QUOTED_THING_BEFORE =
  /\b(?:room|suite|hall|lounge|ballroom|boardroom|salon|wing|ward|villa|cabin|chalet|cottage|yacht|boat|team|squad|project|codename|code name|operation|sprint|release|model|theme|template|package|plan|tier)[ \t]+["“„'‘«]$/i;
/** Royal titles before a place named after a royal ("Queen Elizabeth Hall"). */
const ROYAL_TITLES: ReadonlySet<string> = new Set(['Queen', 'King', 'Prince', 'Princess']);
/** Plural articles opening an association's name ("Les Amis du Canal"). */
const PLURAL_ARTICLES: ReadonlySet<string> = new Set(['Les', 'Los', 'Las', 'Gli']);
/** "du", "de", "des", "del", "della", "dei" after such a name. */
const ARTICLE_OF_AFTER = /^ (?:du|de|des|del|della|dei|degli) /;
/** Words before a place ("at", "in"; not "to" or "from", which people follow too): after them a run closed by "Park" or "Hall" is one. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'near', 'into', 'outside', 'behind']);
/** Family names that also close place names ("Park", "Hall", "Hill", "Green", "Fields"). */
const PLACE_WORD_AFTER = /^ (?:Park|Hall|Hill|Green|Fields|Common|Gardens)\b/;

/** Last words of {@link PLACE_SLOT_BEFORE}: the regex runs only after one of them. */
const SLOT_TAIL: ReadonlySet<string> = new Set('in near around outside across to of for location: at'.split(' '));

/**
 * Months of other languages that are also given names, or that a name list holds: before a year or
 * after a day they are months ("fällig im Mai 2026", "am 5. Mai", "en Junio 2024").
 */
const MONTH_NAMES: ReadonlySet<string> = new Set('Mai Juni Juli März Maio Mayo Junio Julio Marzo Abril Avril Aprile Agosto Giugno Luglio Juin Juillet Mars Août Ottobre Oktober Dezember Januar Februar'.split(' '));
/** A year right after a word ("Mai 2026"). */
const YEAR_AFTER = /^ (?:1[89]|20)\d{2}(?!\d)/;
/** A day of the month right before a word ("5. Mai", "12 de Mayo"). */
const DAY_BEFORE = /\d\.? (?:de )?$/;
/** A day and a year after a word: the word is a month ("Jun 18 2022", "Mai 3, 1990"). */
const DATE_AFTER = /^\.? \d{1,2}(?:st|nd|rd|th)?,? (?:1[89]|20)\d{2}(?!\d)/;

/** Phrases after which a word is a skill, not a person ("must know Ruby", "proficient in Julia"). */
const SKILL_BEFORE = /\b(?:must know|knowledge of|proficien(?:t|cy) in|fluent in|expert in|expertise in|skilled in|written in|familiar with|years of|certified in)[ \t]+$/i;
/** A developer role after a word, maybe after a second tool ("Pascal developer", "Pascal / Delphi engineers"). */
const DEVELOPER_AFTER = /^(?:[ \t]*\/[ \t]*[\p{L}.+#]+)?[ \t]+(?:developers?|programmers?|devs?|engineers?|programming|consultants?|specialists?)\b/iu;

/**
 * True when a one-word span names a skill: a programming language or tool after "must know",
 * "proficient in" …, or before a developer role ("Senior Pascal developer", "Julia / Hugo engineer").
 * Languages named like people (Pascal, Julia, Ruby, Ada) are read from their frame, not from a list.
 */
export function isSkill(text: string, c: PiiSpan): boolean {
  if (c.value.indexOf(' ') >= 0) return false;
  return DEVELOPER_AFTER.test(text.slice(c.end, c.end + 40)) || SKILL_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start));
}

/** A letter spelled out before the span: "C for ", "R as in ", "M like " (group 1 the letter). */
const SPELLED_LETTER_BEFORE = /(?:^|[\s,(:"“])([A-Z])[ \t]+(?:for|as in|like|wie|comme|como|come)[ \t]+$/;

/**
 * True when the one-word span is the word a caller spells a letter with ("C for Charlie", "R as in
 * Romeo", "M for Mary"): a spelling alphabet's word, starting with the letter, not a person.
 */
export function isSpellingWord(text: string, c: PiiSpan): boolean {
  if (c.value.indexOf(' ') >= 0) return false;
  const m = SPELLED_LETTER_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
  return m !== null && m[1] === c.value[0]?.toUpperCase();
}
