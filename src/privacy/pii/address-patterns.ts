/**
 * @module privacy/pii/address-patterns — regular-expression sources for postal addresses of many
 * countries: street-type words (English, French, Spanish, Catalan, Italian, Portuguese, German, Dutch,
 * Polish, Romanian, Czech, Nordic), house-number shapes, unit designators, postcodes per country and
 * the East Asian block/lot and postal-mark forms. `address.ts` compiles and combines them.
 */

/** Upper-case Latin letters, including the accented and Central European ones. */
const UP = 'A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽȘȚ';
/** Lower-case Latin letters, including ß and the accented and Central European ones. */
const LO = 'a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżžșț';
const LET = `[${UP}${LO}]`;

/** A capitalised word ("Baker", "Saint-Denis", "O'Connell", "St."). */
export const CAPWORD = `[${UP}]${LET}*(?:['’-]${LET}+)*\\.?`;
/** Connecting words inside street and place names ("de la", "van der", "dos", "di"). */
export const PARTICLE =
  "(?:de(?: la| l['’])?|na|du|des|d['’]|la|le|les|l['’]|aux?|del|della|delle|dello|dei|degli|di|da|do|dos|das|el|los|las|y|e|i|van|von|der|den|het|ten|ter|zum|zur|am|an|auf|im|in|upon|on)";
/** A street- or place-name word: capitalised, a particle, or a small numeral ("Via XX Settembre", "Rua 25 de Março"). */
export const NAME_WORD = `(?:${CAPWORD}|${PARTICLE}(?=[ \\t])|\\d{1,2}(?:st|nd|rd|th)?(?=[ \\t]+${LET}))`;

/**
 * A house number: "12", "12a", "12 B", "12 bis", "221B", "12-14", "12/3" (PL flat), "12/5/16" (AT
 * house/staircase/door), "12-H" (NL),
 * "1234" — never five digits followed by a letter group (that is a postcode).
 */
export const HOUSE = `\\d{1,5}(?!\\d)(?:[ \\t]?[A-Za-z](?![${LO}${UP}\\d])(?!\\.[ \\t]*\\d))?(?:[ \\t](?:[Bb]is|[Tt]er|[Qq]uater)\\b)?(?:(?:[-/]\\d{1,5}[A-Za-z]?(?![\\d])){1,2}|-[A-Za-z]{1,2}\\b|\\/[A-Za-z](?![\\w]))?`;

/** Street types written after the name and before nothing else (English-speaking countries, USPS Pub. 28). */
export const EN_SUFFIX =
  '(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Ter|Terr|Way|Close|Crescent|Cres|Square|Sq|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Trail|Trl|Row|Gardens|Gdns|Grove|Mews|Walk|Alley|Aly|Plaza|Park|Hill|Parade|Pde|Esplanade|Esp|Quay|Rise|Vale|Heights|Hts|Green|Wharf|Broadway|Promenade|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Pike|Crossing|Xing|Commons|Landing|Ridge|Cove|Glen|Meadows?|Wynd|Chase|Causeway|Embankment|Manor|Bypass|Crest|Brae|Circus|Mall|Loop|Arcade|Lawns?|View|Downs)';
/** The same in lower case, for text typed without capitals ("1234 quarry ridge blvd"). */
export const EN_SUFFIX_LOWER = EN_SUFFIX.toLowerCase();

/** Street types written between the house number and the name (French, Belgian, Swiss, Canadian; Irish "12 Bóthar na Trá"). */
export const FR_TYPE =
  "(?:B[óo]thar|Sr[áa]id|Ascaill|C[ée]ide|[Rr]ue|[Aa]venue|[Aa]v\\.|[Bb]oulevard|[Bb]d|[Ii]mpasse|[Aa]ll[ée]e|[Pp]lace|[Cc]hemin|[Qq]uai|[Rr]oute|[Rr]te|[Cc]ours|[Ss]quare|[Pp]assage|[Vv]oie|[Ff]aubourg|[Cc]haussée|[Ss]entier|[Pp]romenade|[Ee]splanade|[Rr]ond-[Pp]oint|[Pp]arvis|[Cc]ité|[Rr]ésidence|[Hh]ameau|[Mm]ontée|[Tt]raverse|[Vv]enelle|[Ll]otissement)";

/**
 * Street types written before the name, with the house number after it: Spanish/Catalan/Latin
 * American, Italian, Portuguese/Brazilian, Polish, Romanian, Czech, Ukrainian in Latin letters ("vul.",
 * "prosp."), and German/Dutch positional
 * names ("Am Kupfergraben", "Unter den Linden").
 */
export const TYPE_FIRST =
  "(?:Blvd\\.(?=[ \\t][A-ZÀ-Þ])|Pol[íi]gono(?: Industrial)?|Calle|C/|Cl\\.|R[úu]a|Praza|Avinguda|Passeig|Pg\\.|Pla[çc]a|Travessera|Jl\\.|Jln\\.|Jalan|Avenida|Avda\\.?|Av\\.|Av(?=[ \\t])|Paseo|Pº|Plaza|Pza\\.|Carrer|Camino|Carretera|Ctra\\.|Ronda|Traves[ií]a|Glorieta|Rambla|V[ií]a|Callej[óo]n|Calzada|Bulevar|Prolongaci[óo]n|Privada|Cerrada|Circuito|Viale|V\\.le|Piazza|Piazzale|P\\.(?:za|zza)|Corso|C\\.so|Largo|Vicolo|Strada|Contrada|Borgo|Lungomare|Salita|Localit[àa]|Rua|R\\.|Travessa|Tv\\.|Pra[çc]a|Estrada|Alameda|Rodovia|Ladeira|Cal[çc]ada|Praceta|[Uu]l\\.|[Uu]lica|[Vv]ul\\.|[Pp]rosp\\.|[Pp]rov\\.|[Bb]ulv\\.|[Aa]l\\.|[Aa]leja|Aleje|[Oo]s\\.|[Oo]siedle|[Pp]l\\.|[Pp]lac|Bulevardul|Calea|Str\\.|Šoseaua|Soseaua|n[áa]m\\.|n[áa]městí|t[řr]\\.|t[řr]ída|Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Vor dem|Odos|Leoforos|Leof\\.|Plateia|Platia)";

/**
 * Street types glued to the name, house number after (German/Austrian/Swiss, Dutch/Flemish, Swedish,
 * Danish, Norwegian, Finnish): "Lindenstraße 5", "Kerkstraat 12", "Storgatan 3", "Nørregade 8".
 */
export const GLUED_SUFFIX =
  '(?:straße|strasse|str\\.|str|weg|allee|gasse|platz|ring|damm|ufer|chaussee|steig|pfad|stieg|twiete|zeile|gürtel|straat|laan|plein|kade|gracht|singel|dijk|dreef|steeg|burgwal|plantsoen|gatan|gata|vägen|väg|gränd|torget|gate|gaten|veien|vei|vegen|vej|gade|vænget|plads|plass|stræde|tie|katu|kuja|polku|väylä|kaari|rinne)';
/** The same types written as a separate word after the name ("Rosenheimer Str. 3", "Karl Johans gate 1"). */
export const SEPARATE_SUFFIX =
  '(?:Straße|Strasse|Str\\.|Weg|Allee|Gasse|Platz|Ring|Damm|Ufer|Chaussee|Gürtel|Straat|Laan|Plein|Kade|Gracht|gate|gata|gatan|vei|veien|vej|gade|väg|vägen|allé|plass|plads|tie|katu)';

/** Apartment, suite, floor, door designators in the languages above (each may start upper- or lower-case). */
const UNIT_WORDS = [
  'Apt', 'Apartment', 'Suite', 'Ste', 'Unit', 'Flat', 'Floor', 'Fl', 'Room', 'Rm', 'Apto', 'Apartamento', 'Ap',
  'Depto', 'Dpto', 'Departamento', 'Piso', 'Puerta', 'Pta', 'Esc', 'Escalera', 'Bajo', 'Int', 'Interno', 'Scala',
  'App', 'Appartement', 'Bâtiment', 'Bât', 'Étage', 'Etage', 'Whg', 'Wohnung', 'Stiege', 'Tür', 'Top', 'Lgh', 'Kv',
  'Bus', 'Bte', 'Casa', 'Sala', 'Bloco', 'Bl', 'Andar', 'Lote', 'Mz', 'Manzana', 'Conj', 'Conjunto',
];
/** `Apt` → `[Aa]pt`, so a designator matches in either case without a case-insensitive regex. */
const eitherCase = (w: string): string => {
  const first = w[0] ?? '';
  return `[${first.toUpperCase()}${first.toLowerCase()}]${w.slice(1)}`;
};
const UNIT_WORD = `(?:#|${[...UNIT_WORDS].sort((a, b) => b.length - a.length).map(eitherCase).join('|')})`;
/**
 * Floors and flats written without a unit word of the list: Polish "m. 17" (mieszkanie), German "5. OG"
 * (Obergeschoss), "3. Stock", "EG"/"DG"/"UG", Dutch "hs"/"huis" after the number, Catalan floor and door "3r 2a".
 */
const FLOOR_WORDS = `m\\.[ \\t]*\\d{1,4}[A-Za-z]?(?![\\w])|\\d{1,2}\\.[ \\t]?(?:OG|Obergeschoss|Stock|Etage|Geschoss)(?![${LO}])|(?:EG|DG|UG|OG|hs|huis)(?![\\w])|(?:\\d{1,2}\\.|st\\.)(?:[ \\t]?(?:th|tv|mf)\\.?|[ \\t]sal)(?![\\w${LO}])|\\d{1,2}(?:r|n|t|è|º)[ \\t]\\d{1,2}(?:a|ª)(?![\\w])`;
/** A unit after the street: ", Apt 4B", ", apto 12", ", 3º A", ", 2º izq.", " Whg. 5". */
export const UNIT = `(?:${UNIT_WORD}\\.?[ \\t]*(?:#|n[º°o]\\.?)?[ \\t]*(?:[A-Za-z]?\\d[A-Za-z0-9-]{0,5}|[A-Z](?![${LO}]))|\\d{1,2}\\.?[ \\t]?[º°ª][ \\t]?(?:[A-Z](?![${LO}])|(?:[Ii]zq(?:da|uierda)?|[Dd]cha|[Dd]er(?:echa)?|[Ii]zda|[Dd]ta|[Dd]to|[Ee]sq|[Ff]rente|[Tt]r[aá]s)\\.?|\\d{1,2}[ \\t]?[ºª]?)?|${FLOOR_WORDS})`;
/** "Flat 3," / "Unit 12B," / "Apt. 4," before the house number (British, Australian, Indian style). */
export const UNIT_PREFIX = '(?:(?:Flat|Apartment|Apt\\.?|Unit|Suite|Shop|Level|Lot)[ \\t]+[A-Za-z0-9-]{1,5},?[ \\t]+)';

/** One word of a place name ("Köln", "Stoke-on-Trent", "L'Aquila"); no dot, so a sentence end stops it. */
const CITY_WORD = `[${UP}]${LET}*(?:['’-]${LET}+)*`;
/**
 * Not a phone cue before a number ("T 020-3718746", "Tel 07452 990455", "M +39…"): letterhead lines
 * after an address, never its town.
 */
const NOT_PHONE_CUE = '(?!(?:Tel|TEL|Tél|Tlf|Tfn|Fax|FAX|Phone|Mob|Mobile|Cell|Ph|Fon|Telefon|Handy|T|M|F|P|W)\\.?[ \\t]*[:.]?[ \\t]*[+(\\d])';
/** First words of multi-word place names ("New York", "San José", "Den Haag", "Bad Homburg", "St. Gallen"). */
const CITY_PREFIX =
  '(?:New|San|Santa|Santo|São|Sao|Den|La|Le|Las|Los|El|Al|Saint|St\\.?|Ste\\.?|Sankt|Bad|Ciudad|Port|Porto|Puerto|Fort|Mount|Mont|North|South|East|West|Nova|Novo|Nueva|Nuevo|Villa|Vila|Great|Little|Upper|Lower|Belo|Ponta|Praia|Castel|Palma|Kingston|Newcastle)';
/**
 * A place name after a postcode, where nothing marks its end: one word, a known first word plus one,
 * or words joined by particles ("Rio de Janeiro", "Frankfurt am Main"). "…, 10117 Berlin The …" stops
 * at "Berlin".
 */
export const CITY = `${NOT_PHONE_CUE}(?:${CITY_PREFIX}[ \\t]+)?${CITY_WORD}(?:[ \\t]+${PARTICLE}[ \\t]+${CITY_WORD}){0,2}`;
/** A place name before a state code or postcode, which marks its end: up to four words ("Palo Alto, CA"). */
export const CITY_BEFORE_CODE = `${NOT_PHONE_CUE}${CITY_WORD}\\.?(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?${CITY_WORD}){0,3}`;

/**
 * Postcodes written before the city: five digits (DE, FR, IT, ES, FI, MX, HR…), NL "1234 AB", PL
 * "12-345", PT "1234-567", BR "12345-678", SE/CZ/SK/GR "123 45", four digits (AT, CH, BE, DK, NO,
 * HU, LU, SI), six digits (RO, RU, CN), with an optional country prefix ("D-", "CH-", "F-").
 */
export const POSTCODE_BEFORE_CITY =
  '(?:[A-Z]{1,2}-)?(?:\\d{5}-\\d{3}|\\d{4}-\\d{3}|\\d{2}-\\d{3}|\\d{4}[ \\t]?[A-Z]{2}(?![A-Za-z])|\\d{3}[ \\t]\\d{2}|\\d{4,6})';
/** UK postcode ("SW1A 1AA", "M1 1AE"), Irish Eircode ("D02 X285"), Canadian ("K1A 0B1"). */
export const UK_IE_CA_CODE =
  '(?:[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}(?![A-Z\\d])|[AC-FHKNPRTV-Y](?:\\d{2}|6W)[ \\t]?[A-Z\\d]{4}(?![A-Z\\d])|[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ \\t]?\\d[ABCEGHJ-NPRSTV-Z]\\d)';
/** State or province abbreviations followed by a code: US "CA 94107", AU "NSW 2000", CA "ON K1A 0B1". */
export const STATE_CODE = `(?:(?:[A-Z]{2}|NSW|VIC|QLD|TAS|ACT)\\.?,?[ \\t]+(?:\\d{5}(?:-\\d{4})?|\\d{4}|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d))`;

/** Locality parts before a postcode line ("Koramangala, 5th Cross, Bengaluru 560034"). */
export const LOCALITY_CHAIN = `(?:(?:${CAPWORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?${CAPWORD}){0,3}|\\d{1,3}(?:st|nd|rd|th)[ \\t]+${CAPWORD})(?:,[ \\t]*|,?[ \\t]*\\n[ \\t]*)){1,3}`;

/** A bare US ZIP code as the last line of an address. */
export const BARE_ZIP_LINE = '\\d{5}(?:-\\d{4})?';

/**
 * Postcode lines in their national orders: "10117 Berlin", "Springfield, IL 62704", "London SW1A 1AA",
 * "Rio de Janeiro - RJ, 20000-000", "Bengaluru 560034", "Milano MI", "Tokyo 100-0001".
 */
export const CODE_LINES: readonly string[] = [
  `${POSTCODE_BEFORE_CITY}[ \\t]+${CITY}(?:[ \\t]+(?:[A-Z]{2}(?![\\w])|\\([A-Z]{2}\\)|Cedex(?:[ \\t]\\d{1,2})?))?`,
  `${CITY_BEFORE_CODE},?[ \\t]+${STATE_CODE}`,
  `${CITY_BEFORE_CODE}(?:[ \\t]\\d{1,2}W?)?(?:,?[ \\t]+|,?[ \\t]*\\n[ \\t]*)${UK_IE_CA_CODE}`,
  `${CITY_BEFORE_CODE}[ \\t]*[-–][ \\t]*[A-Z]{2}(?:,?[ \\t]+|,?[ \\t]*\\n[ \\t]*)(?:CEP:?[ \\t]*)?\\d{5}-?\\d{3}`,
  `${CITY_BEFORE_CODE}(?:,?[ \\t]+|[ \\t]*[-–][ \\t]*)(?:(?:PIN|Pin|PIN[ \\t]?[Cc]ode|CEP)[ \\t]*[:-]?[ \\t]*)?(?:\\d{6}|\\d{5}-\\d{3}|\\d{3}[ \\t]\\d{3})(?![\\w-])`,
  `${CITY_BEFORE_CODE},?[ \\t]+\\d{3}-\\d{4}(?![\\d-])`,
  `(?:C\\.?P\\.?|CEP|PLZ)[ \\t]*\\d{4,5}(?:-\\d{3})?(?:[ \\t]+${CITY})?`,
  // "…, Bandung 40115", "…, Bangkok 10110", "…, Riyadh 12271": a place then five digits (ID, TH, SA, MY,
  // KE, EG…), on a line or after a comma of its own ("… Port 27017 is open" is no town).
  `(?<=[,\\n][ \\t]*)${CITY_BEFORE_CODE}[ \\t]+\\d{5}(?![\\w-])`,
  BARE_ZIP_LINE,
  UK_IE_CA_CODE,
];

/**
 * The pieces that may follow a street, each its own regex: a unit, a district ("Col. Roma Norte",
 * "Bairro X"), a postcode line, or (tried last, it is the slowest) locality parts then a postcode line.
 */
export const TAIL_PIECES: readonly string[] = [
  UNIT,
  `(?:Col\\.|Colonia|Bairro|Barrio|Fracc\\.|Sector|Distrito|Kel\\.|Kelurahan|Kec\\.|Kecamatan|Kab\\.|Kabupaten|Desa|Barangay|Brgy\\.)[ \\t]+${CITY}`,
  ...CODE_LINES,
  // Numbered districts (IN "Sector 62", "Phase 2"), the Indonesian neighbourhood units "RT 05/RW 03".
  `(?:Sector|Sec\\.|Phase|Block|Zone|Ward)[ \\t]+\\d{1,3}[A-Z]?(?![\\w-])|RT\\.?[ \\t]*\\d{1,3}[ \\t]*\\/[ \\t]*RW\\.?[ \\t]*\\d{1,3}`,
  // A US/CA/AU state and code after a comma of its own ("PO Box 12, Jackson, MS 39201").
  `(?<=,[ \\t]*)${STATE_CODE}(?![\\w-])`,
  // After locality lines, also "Durban, 4001" and "Grey Lynn, Auckland 1021" (ZA, AU, NZ: a four-digit
  // code after the city, with or without a comma; never a year). Alone, "City 1234" reads like
  // "Commit 1234", but after a street and a suburb line it is the post-town line.
  `${LOCALITY_CHAIN}(?:${CODE_LINES.join('|')}|${CITY_BEFORE_CODE}(?:,[ \\t]*|[ \\t]+)(?!(?:19|20)\\d\\d(?!\\d))\\d{4}(?![\\d-]))`,
];

/** New Zealand and other "City 1234" lines; only after a comma, since "Commit 1234" looks the same. */
export const CITY_FOUR_DIGITS = `${CITY_BEFORE_CODE}[ \\t]+\\d{4}(?![\\d-])`;

/** Japanese addresses: postal mark + code + prefecture/ward/block, or a prefecture-led kanji address. */
export const JP_ADDRESS =
  '〒[ \\t\\u3000]?\\d{3}-?\\d{4}[ \\t\\u3000]*[\\u3040-\\u30ff\\u4e00-\\u9fff]{2,30}?[\\d\\uff10-\\uff19]{1,4}(?:(?:[-−－]|丁目|番地?|号)[\\d\\uff10-\\uff19]{0,4}){0,4}|(?:東京都|北海道|京都府|大阪府|[\\u4e00-\\u9fff]{2,3}県)[\\u3040-\\u30ff\\u4e00-\\u9fff]{1,20}?[\\d\\uff10-\\uff19]{1,4}(?:(?:[-−－]|丁目|番地?|号)[\\d\\uff10-\\uff19]{0,4}){1,4}';
/**
 * Chinese street addresses ("建国路88号"), also with the section, lane and alley numbers of Taiwan
 * ("四維三路57巷24號5樓之7": 段 section, 巷 lane, 弄 alley, then 號 and the 樓 floor), mainland estate
 * addresses by building, floor and room ("深圳市南山区科技园南区9栋6楼853室": city, district, 栋 building, 室
 * room), and Korean road-name addresses ("테헤란로 123").
 */
export const CJK_STREET =
  '(?:[\\u4e00-\\u9fff]{2,3}省)?[\\u4e00-\\u9fff]{2}市[\\u4e00-\\u9fff]{1,12}?[区县][\\u4e00-\\u9fff\\d]{0,16}?\\d{1,4}(?:栋|幢|座|号楼)(?:\\d{1,2}单元)?(?:\\d{1,3}[楼层])?(?:\\d{1,5}室)?|[\\u4e00-\\u9fff]{1,12}(?:路|街|大道|道|巷|胡同|弄)(?:\\d{1,4}(?:段|巷|弄))*\\d{1,5}(?:号|號)(?:\\d{1,3}(?:樓|楼|F)(?:之\\d{1,3})?)?|(?:[\\uac00-\\ud7af]+(?:시|도|구|군)[ \\t]+){1,3}[\\uac00-\\ud7af\\d]+(?:로|길)[ \\t]?\\d{1,4}(?:-\\d{1,4})?';
/** Romanised Japanese block addresses: "1-2-3 Umeda, Kita-ku" (chōme-banchi-gō, then a ward or city). */
export const JP_ROMAJI = `\\d{1,2}-\\d{1,3}(?:-\\d{1,3})?(?!\\d)[ \\t]+${CAPWORD}(?:[ -]${CAPWORD}){0,2}(?:,?[ \\t]+|,?[ \\t]*\\n[ \\t]*)${CAPWORD}-(?:[Kk]u|[Ss]hi|[Cc]ho|[Cc]hō|[Mm]achi|[Gg]un|[Mm]ura)\\b`;
/** Indian building-led addresses: "Flat 101, Lotus Residency", "H.No. 12, Green Park Apartments". */
export const IN_BUILDING = `(?:Flat|House|H\\.[ \\t]?No\\.?|Plot|Door|Apt)[ \\t]*(?:No\\.?[ \\t]*)?[A-Z]?-?\\d{1,4}[A-Z]?,[ \\t]+(?:${CAPWORD}[ \\t]+){0,3}(?:Apartments?|Residency|Towers?|Enclave|Heights|Complex|Society|Villas?|Chambers|Mansion|Bhavan|Niwas|Nivas|Sadan|Nilayam|Kunj|Vihar|Residences?|Layout|Nagar|Colony|Block|Sector)`;
/** Indian and similar ordinal roads: "5th Cross", "12th Main Road", "100 Feet Road". */
export const ORDINAL_ROAD = '\\d{1,3}(?!\\d)(?:st|nd|rd|th)[ \\t]+(?:Cross|Main)(?:[ \\t]+(?:Road|Rd))?\\b';

/**
 * Capitalised place words after commas, ending at a comma, line end or sentence end: the district and
 * city of forms with no postcode ("…, Al Barsha 2, Dubai", "…, Kilimani, Nairobi").
 */
export const LIGHT_TAIL = `(?:,[ \\t]*(?:${CAPWORD}[ \\t]+){0,3}(?:${CAPWORD}|\\d{1,2})(?=[ \\t]*(?:[,;\\n]|\\.(?:\\s|$)|$))){0,3}`;

/**
 * Post-office boxes and private bags (UPU "P.O. Box" and its national forms): "P.O. Box 1234", "PO Box
 * 34802-00100" (KE, with the post-office code), "GPO Box", "Locked Bag", "Private Bag", "PMB" (NG),
 * "Postfach" (DE/AT/CH), "Apartado" (ES/PT/LatAm), "Caixa Postal" (BR), "Casilla" (CL/AR), "Case
 * postale"/"Boîte postale"/"B.P." (CH/FR/Africa), "Postbus" (NL), "Postboks" (DK/NO), "Postilokero" (FI).
 */
export const PO_BOX = `(?<![\\w.])(?:[Pp]\\.?[ \\t]?[Oo]\\.?[ \\t]?[Bb][Oo][Xx]|POB\\.?(?=[ \\t]*\\d)|[Pp]ost(?:al)?[ \\t]+[Oo]ffice[ \\t]+[Bb]ox|GPO[ \\t]+[Bb]ox|[Ll]ocked[ \\t]+[Bb]ag|[Pp]rivate[ \\t]+[Bb]ag|PMB|[Pp]ostfach|[Aa]partado(?:[ \\t]+(?:[Pp]ostal|de[ \\t]+[Cc]orreos))?|[Cc]aixa[ \\t]+[Pp]ostal|[Cc]asilla(?:[ \\t]+de[ \\t]+[Cc]orreos?)?|[Cc]ase[ \\t]+[Pp]ostale|[Bb]o[iî]te[ \\t]+[Pp]ostale|B\\.P\\.|[Pp]ostbus|[Pp]ostboks|[Pp]ostilokero)[ \\t]*(?:[Nn][Oo]\\.?[ \\t]*|#[ \\t]*)?(?:\\d{2}(?:[ \\t]\\d{2}){1,3}(?![ \\t]?\\d)|\\d{1,6}(?:-\\d{3,5})?)(?![\\d-])(?:,?[ \\t]+(?:${CITY})(?=[ \\t]*(?:[,;\\n]|\\.(?:\\s|$)|$)))?`;

/** Numbered roads and blocks: "Street 12", "Road No. 13", "Sector 40", "Block 5", "5th Cross", "Soi 3", "Jalan 2". */
const NUMBERED_ROAD = '(?:[Ss]treet|[Ss]t\\.?|[Rr]oad|[Rr]d\\.?|[Ll]ane|[Ss]ector|[Ss]ec\\.?|[Bb]lock|[Pp]hase|[Cc]ross|[Mm]ain|[Ss]ikka|[Ss]oi|[Jj]alan|[Jj]ln\\.?|[Ll]orong)[ \\t-]*(?:[Nn]o\\.?[ \\t]*)?\\d{1,4}[A-Za-z]?(?![\\w-])';

/**
 * A building, villa, house or plot number followed by a numbered road or block, with no street name
 * (Gulf states, India, Pakistan, Bangladesh, South-East Asia): "Villa 20, Street 12", "H.No. 8-2-293,
 * Road No. 3", "E-18, Sector 40", "House 12, Road 5, Block C", "Plot No. 7, Phase 2".
 */
export const NUMBERED_PLOT = `(?<![\\w.-])(?:(?:[Vv]illa|[Hh]ouse(?:[ \\t]+[Nn]o\\.?)?|[Bb]uilding|[Bb]ldg\\.?|[Pp]lot(?:[ \\t]+[Nn]o\\.?)?|[Dd]oor(?:[ \\t]+[Nn]o\\.?)?|[Ss]hop|[Ff]lat|[Aa]partment|[Aa]pt\\.?|[Hh]\\.?[ \\t]?[Nn][Oo]\\.?)[ \\t]*[A-Z]?-?\\d{1,5}(?:[-/]\\d{1,4}){0,3}[A-Za-z]?|[A-Z]{1,2}-\\d{1,4}[A-Z]?),?[ \\t]+${NUMBERED_ROAD}(?:,?[ \\t]+${NUMBERED_ROAD})?${LIGHT_TAIL}`;

/** A unit designator with its number, written after a street that has no house number. */
const UNIT_NO_HOUSE = '(?:[Aa]partment|[Aa]pt\\.?|[Ff]lat|[Ss]uite|[Ss]te\\.?|[Uu]nit|[Ff]loor|[Hh]ouse|[Vv]illa|[Pp]lot|[Bb]uilding)[ \\t]*(?:[Nn]o\\.?[ \\t]*|#[ \\t]*)?\\d{1,5}[A-Za-z]?(?![\\w-])';
/**
 * A named street with a unit but no house number (East Africa, the Gulf, South Asia): "Ngong Road,
 * Apartment 9P, Kilimani, Nairobi", "Moi Avenue, Flat 3"; also in lower case ("ngong road apartment 6j").
 */
export const STREET_UNIT = `(?<![\\w-])(?:(?:${CAPWORD}[ \\t]+){0,2}${CAPWORD}[ \\t]+${EN_SUFFIX}\\.?,?[ \\t]+${UNIT_NO_HOUSE}${LIGHT_TAIL}|[a-z]{3,}[ \\t]+(?:road|street|avenue|lane|drive|close|crescent)[ \\t]+(?:apartment|apt|flat|suite|unit|house|villa)[ \\t]*\\d{1,5}[a-z]?(?![\\w-]))`;

/**
 * Singapore HDB blocks ("Blk 123 Ang Mo Kio Ave 3, #05-12, Singapore 560123") and Malaysian
 * "No. 12, Jalan Ampang" addresses.
 */
export const BLOCK_ADDRESS = `(?<![\\w-])(?:[Bb](?:lk|LK|lock|LOCK)\\.?[ \\t]*\\d{1,4}[A-Za-z]?[ \\t]+(?:[A-Za-z'’-]+[ \\t]+){1,5}?(?:\\d{1,3}[A-Za-z]?)?,?[ \\t]*(?:#\\d{1,3}-\\d{1,5}(?:,?[ \\t]+[Ss]ingapore[ \\t]+\\d{6})?|[Ss]ingapore[ \\t]+\\d{6})|[Nn]o\\.?[ \\t]*\\d{1,4}[A-Za-z]?(?:-\\d{1,3})?,?[ \\t]+(?:[Jj]alan|[Jj]ln\\.?|[Ll]orong|[Pp]ersiaran|[Ll]ebuh(?:raya)?|[Tt]aman|[Ll]ingkaran)[ \\t]+[A-Za-z0-9/]+(?:[ \\t]+[A-Z0-9][A-Za-z0-9/]*){0,3})`;

/**
 * Turkish addresses: neighbourhood, avenue or street words ("Mahallesi", "Caddesi", "Sokak", "Bulvarı",
 * with their abbreviations), "No:" house number, "D:"/"Daire"/"Kat" flat and floor, then "06420
 * Çankaya/Ankara" (postcode, district/province). Capitalised names of up to three words, or one
 * lower-case word ("cumhuriyet mahallesi no 12 d 3").
 */
const TR_TYPE = '(?:[Cc]addesi|[Cc]ad\\.|[Cc]d\\.|[Ss]oka[kğ][ıi]?|[Ss]okagi|[Ss]ok\\.|[Ss]k\\.|[Mm]ahallesi|[Mm]ah\\.|[Mm]h\\.|[Bb]ulvar[ıi]|[Bb]ulv\\.|[Bb]lv\\.|[Mm]eydan[ıi]|[Yy]olu|[Çç][ıi]kmaz[ıi]|[Ss]itesi)';
const TR_NAME = `(?:(?:(?!Adres)[${UP}][${LO}]+[ \\t]+){1,3}|\\d{1,5}\\.?[ \\t]+|[${LO}]{3,}[ \\t]+)`;
export const TR_ADDRESS = `(?<![\\w${LO}${UP}])(?:${TR_NAME}${TR_TYPE},?[ \\t]+){1,3}(?:[Nn]o|[Nn]umara)[ \\t]*[:.]?[ \\t]*\\d{1,5}[A-Za-z]?(?:/\\d{1,4}[A-Za-z]?)?(?:,?[ \\t]+(?:[Dd]aire|[Dd]|[Kk]at|[Kk]|[Bb]lok)[ \\t]*[:.]?[ \\t]*\\d{1,4}[A-Za-z]?)*(?:,?[ \\t]+\\d{5}[ \\t]+${LET}+(?:/${LET}+)?)?`;

/** Cyrillic letters (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Kazakh…). */
const CYR = '[а-яёіїєґўъьА-ЯЁІЇЄҐЎ]';
const CYR_WORD = `${CYR}{2}(?:${CYR}|-)*`;
/** Street types in Russian, Ukrainian and Bulgarian, with their abbreviations. */
const CYR_TYPE =
  '(?:улица|ул|проспект|просп|пр-кт|пр-т|пр|переулок|пер|шоссе|ш|набережная|наб|бульвар|б-р|бул|площадь|пл|тупик|туп|проезд|микрорайон|мкр|вулиця|вул|бульв|провулок|пров|майдан|площа|алея|квартал|кв-л|жк)\\.?(?![а-яё])';
/** Country, six-digit postcode and city before the street ("Россия, 123456, Москва, …", "г. Казань, …"). */
const CYR_PREFIX = `(?:(?:(?:Россия|Российская[ \\t]Федерация|РФ|Украина|Україна|Беларусь|Казахстан|България),?[ \\t]+)?\\d{6},?[ \\t]+(?:г\\.?[ \\t]*)?${CYR_WORD}(?:[ \\t]${CYR_WORD})?,?[ \\t]+|(?:(?:Россия|Україна|Беларусь),?[ \\t]+)?(?:г|м)\\.[ \\t]*${CYR_WORD},?[ \\t]+)?`;
/**
 * Russian-style addresses (also Ukrainian, Belarusian, Bulgarian): optional country/postcode/city, the
 * street with its type before or after the name, "д."/"дом"/"буд."/"№" or ", 12" house number,
 * "корп."/"стр." building, "кв."/"оф." flat, then city and postcode: "ул. Ленина, д. 5, кв. 12, Казань,
 * 420000"; in lower case as transcribed ("ул садовая д 48 кв 2 москва 101000"). Case-insensitive.
 */
export const CYR_ADDRESS = `(?<![а-яёА-ЯЁ\\w])${CYR_PREFIX}(?:${CYR_TYPE}[ \\t]*(?:\\d{1,2}(?:-?${CYR}{1,2})?[ \\t]+)?(?:${CYR_WORD}[ \\t]+){0,2}${CYR_WORD}|(?:${CYR_WORD}[ \\t]+){1,2}${CYR_TYPE})(?:,?[ \\t]+(?:дом|д|будинок|буд|№)\\.?[ \\t]*|,[ \\t]*)\\d{1,4}[а-я]?(?:/\\d{1,4}[а-я]?)?(?![\\d])(?:,?[ \\t]+(?:корпус|корп|к|строение|стр|литера|лит)\\.?[ \\t]*\\d{1,3}[а-я]?)?(?:,?[ \\t]+(?:квартира|кв|офис|оф|пом)\\.?[ \\t]*\\d{1,4}[а-я]?)?(?:,?[ \\t]+(?:г\\.?[ \\t]*)?${CYR}{3}(?:${CYR}|-)*(?:,?[ \\t]+\\d{6}(?!\\d))?|,?[ \\t]+\\d{6}(?!\\d)(?:,?[ \\t]+(?:г\\.?[ \\t]*)?${CYR}{3}(?:${CYR}|-)*)?)?`;

/** Greek letters (with tonos) and Latin, for Greek street names and their transliterations. */
const GR = '[A-Za-z\\u0386-\\u03ce]';
/**
 * Greek addresses: "Οδός"/"Λεωφόρος"/"Πλατεία" (and abbreviations, and the transliterations "Odos",
 * "Leoforos", "Plateia"), name, number, then the "123 45" postcode and city. Case-insensitive.
 */
export const GR_ADDRESS = `(?<![\\w\\u0386-\\u03ce])(?:Οδός|Οδος|Οδ\\.|Λεωφόρος|Λεωφορος|Λεωφ\\.|Πλατεία|Πλατεια|Πλ\\.|Πάροδος|odos|leoforos|leof\\.|plateia|platia)[ \\t]+(?:${GR}+\\.?[ \\t]+){0,3}${GR}+\\.?,?[ \\t]+\\d{1,4}[A-Za-z\\u0386-\\u03ce]?(?![\\d])(?:,?[ \\t]+\\d{3}[ \\t]?\\d{2}(?![\\d])(?:[ \\t]+${GR}{3,})?)?`;

/**
 * Colombian and Venezuelan grid addresses: "Calle 100 # 19-61", "Carrera 7 No. 45-12", "Cra. 15 #88-64",
 * "Av. Calle 26 # 68B-31", "Diagonal 40A Bis # 20-15 Sur".
 */
export const GRID_ADDRESS = `(?<![\\w])(?:[Aa]venida[ \\t]+(?:[Cc]alle|[Cc]arrera)|[Aa]v\\.?[ \\t]+(?:[Cc]alle|[Cc]arrera)|[Cc]alle|[Cc]l\\.?|[Cc]arrera|[Cc]ra\\.?|[Kk]r\\.?|[Tt]ransversal|[Tt]v\\.?|[Dd]iagonal|[Dd]g\\.?|[Aa]venida|[Aa]v\\.?|[Aa]utopista)[ \\t]+\\d{1,3}[ \\t]?[A-Za-z]?(?:[ \\t]?[Bb]is)?(?:[ \\t]?[A-Za-z])?[ \\t]*(?:#|[Nn]o\\.?|N[°º]\\.?)[ \\t]*\\d{1,3}[ \\t]?[A-Za-z]?[ \\t]*-[ \\t]*\\d{1,3}(?:[ \\t]+(?:[Ss]ur|[Nn]orte|[Ee]ste))?`;

/**
 * French street types written before the name with the number after it, as in Belgium and Switzerland
 * ("Rue Royale 53, 1000 Bruxelles", "Chemin des Vignes 5, 1260 Nyon"); only before a four-digit postcode,
 * since "Place Order 5" reads the same.
 */
export const FR_NAME_FIRST = `${FR_TYPE}[ \\t]+(?:(?:${PARTICLE})[ \\t]+|d['’]|l['’])*${CAPWORD}(?:[ -](?:(?:${PARTICLE})[ \\t]+|d['’]|l['’])*${CAPWORD}){0,3},?[ \\t]+${HOUSE}(?=(?:[ \\t]+(?:bus|bte|boîte)[ \\t]*[0-9A-Za-z]{1,4})?(?:,[ \\t]*|[ \\t]*\\n[ \\t]*|[ \\t]+)\\d{4}(?!\\d))`;
