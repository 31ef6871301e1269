/**
 * @module privacy/pii/address-fields — addresses written as the value of an address label or field:
 * "Address: …", "Lakcím: …", "Địa chỉ: …", "domiciliat în …", `"line1": "…"`, `<Address>…</Address>`.
 * The street grammars of `address.ts` cannot know every country's order and street words, but a label
 * says what its value is: so the value is taken whole (to the line end, the closing quote or tag, or
 * the sentence end) when it has the shape of an address (a number, and a comma or a postcode).
 */
import { DATE_RE } from './date-patterns.js';
import { WORLD_CITIES } from './world-cities.js';

/** A found address value: [start, end) offsets into the text. */
export interface FieldSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Cheap pre-checks, so the full label regex (large, with look-behinds) runs on few texts. A keyed label
 * needs a separator ({@link SEPARATOR_GATE}: one character class, the cheapest scan) and then one of
 * the label stems ({@link LABEL_GATE}); without a separator only the labels ending in a preposition can
 * apply ({@link LEADING_GATE}, a few stems). Every label of {@link FIELD_LABEL} contains one of the stems.
 */
const SEPARATOR_GATE = /[:：=>—–|]| -/;
/** Stems of the labels that lead their value with no separator ("domiciliat în", "wohnhaft in", "address ye hai"). */
const LEADING_GATE = /[Dd]omicil|DOMICIL|[Rr]esid|RESID|[Ww]ohnhaft|[Ww]oonachtig|[Zz]amieszka|[Bb]ytem|[Dd]emeurant|\bhai\b|addr|recogida|entrega/;
/** Stems of every label. */
const LABEL_GATE =
  /addr|adres|postal|anschrift|wohn|dire[cç]ci|domicil|indirizz|residen|endere[cç]|morada|woonachtig|zamieszka|bydli|bytem|c[ií]m|osoite|kamet|đ[iị]a ch|dia chi|alamat|tirahan|anwani|makazi|line[_-]?1|street|demeurant|adrline|naslov|aadress|adrese|adresas|home|abhol|recogida|entrega|διε[υύ]θ|δ\/νση|адрес|проживан|כתובת|عنوان|آدرس|نشانی|پتہ|पता|पत्ता|ঠিকানা|முகவரி|చిరునామా|ವಿಳಾಸ|വിലാസം|સરનામ|ਪਤਾ|ที่อยู่|አድራሻ|住所|所在地|届け先|送付先|配送先|地址|住址|주소|배송지|거주지/i;

/**
 * Qualifiers that make "address" something other than a postal address ("IP address", "MAC address",
 * "e-mail address", "web address", "wallet address"): a label right after one is no address label.
 */
const NOT_POSTAL_QUALIFIER =
  '(?<!(?:ip|ipv4|ipv6|mac|e-?mail|web|website|url|wallet|bitcoin|btc|eth|ethereum|crypto|server|host|memory|contract|hardware|network|proxy|gateway|dns|ethernet|bluetooth|wi-?fi|broadcast|multicast|loopback|return-path|reply-to)[ \\t_-]?)';

/** Words before "address" that name a postal one ("billing address", `shipping_address`, `homeAddress`). */
const EN_QUALIFIER =
  '(?:home|billing|shipping|mailing|delivery|postal|post|residential|residence|street|current|permanent|registered|business|office|work|correspondence|return|full|physical|pickup|pick-up|collection|service|property|site|installation|customer|company|new|old|previous|formatted|primary|secondary|legal|main)';

/**
 * Labels followed by a separator (":", "：", "=", " - ", "—", or the closing ">" of an XML element):
 * English and JSON/XML/YAML keys, then the same in other languages. Written as regex sources; matched
 * case-insensitively.
 */
const KEYED_LABELS: readonly string[] = [
  // English and keys: "Address", "Billing address", "addr1", "address_line_1", "addressLine1", "street_address", "line1".
  `(?:${EN_QUALIFIER}[ \\t_-]?)?(?:address|addr\\.?)(?:[ \\t_-]?line)?(?:[ \\t_-]?[12])?`,
  'street(?:[ \\t_-]?address)?(?:[ \\t_-]?[12])?',
  // The one-line value inside an address object: `"address": { "formatted": "…" }`, `address: {text: '…'}`.
  '(?<=addr(?:ess)?["\']?[ \\t]*[:=][ \\t]*\\{[ \\t]*["\']?)(?:formatted|full|display|text|value|line|label|one_?line|freeform)',
  // Only the key spellings: a spaced "Line 1:" opens compiler and log messages.
  'line[_-]?1',
  // "Postal: PO Box 12, …" on remittance and wallet forms ("Postal code" has no separator after "Postal").
  'postal',
  // ISO 20022 payment messages (pain.001, pacs.008) carry the unstructured address in <AdrLine>.
  'adrline',
  // "Home: 12 Elm St, …" on clinical and HR forms; only with a colon ("Home — 3 results" is a page).
  'home(?=[ \\t]*:)',
  // Slovenian/Croatian/Serbian "Naslov"/"Adresa", Estonian "Aadress", Latvian "Adrese", Lithuanian "Adresas".
  'naslov|aadress|adrese|adresas',
  'address[ \\t]+(?:ye|yeh|yah)[ \\t]+(?:hai|h)',
  // German, Dutch, Scandinavian, French: "Anschrift", "Lieferadresse", "Wohnort", "Adresse postale", "Woonadres".
  '(?:wohn|post|liefer|rechnungs|melde|privat|heim|versand|zustell|woon|bezorg|factuur|bostads|gatu|hjemme|leverings|faktura)?(?:adresse|anschrift|adres|adress)',
  'adresse[ \\t]+(?:suivante|postale|de[ \\t]+livraison|de[ \\t]+facturation|du[ \\t]+domicile|personnelle|compl[eè]te)',
  'wohnort|wohnsitz|domicile|domicilio|domiciliul',
  // German pickup and collection notes ("Abholung: Lindenweg 3, …", "Abholadresse: …").
  'abholung|abholort',
  // Spanish, Italian, Portuguese.
  'direcci[oó]n(?:[ \\t]+(?:de[ \\t]+(?:env[ií]o|entrega|facturaci[oó]n|casa|domicilio)|postal|particular|completa))?',
  'indirizzo(?:[ \\t]+(?:di[ \\t]+)?(?:casa|residenza|spedizione|consegna|fatturazione|completo))?',
  'residenza|residencia',
  'endere[cç]o(?:[ \\t]+(?:de[ \\t]+(?:entrega|cobran[cç]a|envio)|residencial|postal|completo))?',
  'morada',
  // Polish, Czech, Slovak, Romanian, Hungarian, Finnish, Turkish.
  'adres[ \\t]+zamieszkania|adresa(?:[ \\t]+(?:bydli[sš]t[eě]|trval[eé]ho[ \\t]+pobytu))?|bydli[sš]t[eě]|trval[yý][ \\t]+pobyt',
  'adres[aă]|lakc[ií]m|c[ií]m|sz[eé]khely|lev[eé]lez[eé]si[ \\t]+c[ií]m',
  '(?:koti|posti|laskutus|toimitus)?osoite',
  '[iİ]kamet(?:gah)?(?:[ \\t]+adresi)?|ev[ \\t]+adresi|adresi',
  // Vietnamese, Indonesian/Malay, Filipino, Swahili.
  '[đd][iị]a[ \\t]+ch[iỉ](?:[ \\t]+(?:th[ưu][ờo]ng[ \\t]+tr[úu]|li[êe]n[ \\t]+h[ệe]|nh[àa]|giao[ \\t]+h[àa]ng|nh[ậa]n[ \\t]+h[àa]ng))?|n[ơo]i[ \\t]+[ởo]',
  'alamat(?:[ \\t]+(?:rumah|pengiriman|lengkap|surat|tinggal))?',
  'tirahan|anwani|makazi',
  // Greek, Cyrillic, Hebrew, Arabic, Persian, Urdu.
  'διε[υύ]θυνση(?:[ \\t]+κατοικ[ιί]ας)?|δ\\/νση',
  'адрес(?:а)?(?:[ \\t]+(?:за[ \\t]+(?:доставка|кореспонденция)|проживания|проживання|регистрации|реєстрації|доставки|доставкі))?|место[ \\t]+проживания|місце[ \\t]+проживання',
  // With the article or conjunction glued on ("הכתובת:", "וכתובת").
  '[הו]?כתובת(?:[ \\t]+(?:מגורים|למשלוח))?',
  'العنوان|عنوان(?:[ \\t]+(?:السكن|التوصيل|الشحن|المنزل))?',
  'آدرس|نشانی|پتہ',
  // Amharic "አድራሻ" (Ethiopia: "የመኖሪያ አድራሻ", home address).
  'አድራሻ',
  // Indian scripts.
  'पता|पत्ता|ঠিকানা|முகவரி|చిరునామా|ವಿಳಾಸ|വിലാസം|સરનામું|ਪਤਾ',
];

/**
 * Labels that end in a preposition and lead the value with no separator needed ("domiciliat/ă în Str.
 * …", "wohnhaft in …", "Residente in: …", "domiciliado en …", "woonachtig te …").
 */
const LEADING_LABELS: readonly string[] = [
  'domiciliat(?:[aă]|\\/[aă])?[ \\t]+(?:în|in)|cu[ \\t]+domiciliul[ \\t]+(?:în|in)',
  'domiciliad[oa](?:\\/[ao])?[ \\t]+(?:en|em)|con[ \\t]+domicilio[ \\t]+en|residente[ \\t]+(?:in|en|em|a)',
  'wohnhaft[ \\t]+(?:in|an)|woonachtig[ \\t]+(?:te|in|aan)|zamieszka[lł](?:y|a)?[ \\t]+(?:w|przy)|bytem',
  'domicili[ée]e?[ \\t]+(?:à|au)|demeurant[ \\t]+(?:à|au)',
  'residing[ \\t]+at|resident[ \\t]+at',
  // A bare "wohnhaft" before the street ("Frau X, geb. 1.2.60, wohnhaft Lindenweg 3, …").
  'wohnhaft',
  // Chat and call notes: "new address is …", "the correct address is …", "is the policy address still …".
  // CRM shorthand: "new addr Flat 401, …", "old address 12 Elm St, …".
  '(?:new|old|current|correct|updated|previous|forwarding)[ \\t]+(?:addr\\.?|address(?:[ \\t]+(?:is|will[ \\t]+be|now(?:[ \\t]+is)?))?)',
  'address[ \\t]+(?:is|still(?:[ \\t]+is)?|now(?:[ \\t]+is)?|will[ \\t]+be|has[ \\t]+changed[ \\t]+to)',
  // Spanish pickup and delivery: "recogida en …", "la entrega es en …", "entregar en …".
  'recogida[ \\t]+(?:es[ \\t]+)?en|entrega[ \\t]+(?:es[ \\t]+)?en|entregar[ \\t]+en',
];

/** Labels in scripts written without spaces (Japanese, Chinese, Korean, Thai): no word start to check. */
const UNSPACED_LABELS = '住所|ご住所|所在地|お届け先|届け先|送付先|配送先|收货地址|收件地址|通讯地址|地址|住址|居住地|주소|배송지|거주지|ที่อยู่';

/**
 * One regex for every label and its separator. Groups: 1 "<" before an XML element name, 2 a keyed
 * label, 3 its ">" (XML), 4 a leading label, 5 an unspaced label, 6 the quote that opens the value.
 * A label starts a word ("Mailadresse" is no label, nor "</Address>"), and "IP address" is excluded.
 */
const FIELD_LABEL = new RegExp(
  '(?:(?<![\\p{L}\\p{N}_@./\\\\-])(<)?["\'“]?' +
    `(?:${NOT_POSTAL_QUALIFIER}(${KEYED_LABELS.join('|')})(?![\\p{L}\\p{N}])["'”]?(?:(?:[ \\t][^<>\\n]{0,60})?(>)|[ \\t]*[:：=]|[ \\t]+[-–—]+(?=[ \\t])|[ \\t]*[—–](?=[ \\t])|[ \\t]*\\|(?=[ \\t]*[^\\s|]))` +
    `|(${LEADING_LABELS.join('|')})(?![\\p{L}\\p{N}])(?:[ \\t]*[:：—–-])?)` +
    `|(${UNSPACED_LABELS})(?:[ \\t]*[:：]|[ \\t]+[—–](?=[ \\t])))[ \\t]*(["'“]?)`,
  'giu',
);

/** An attribute naming a form field right before its quoted value (`label="…"`, `name='…'`). */
const LABEL_ATTRIBUTE = /\b(?:label|name|title|key|caption|data-label)=$/i;
/** How far back {@link LABEL_ATTRIBUTE} is read (the longest attribute name and its `=`). */
const LABEL_ATTRIBUTE_REACH = 12;
/** The start of a table row up to its first cell: only a `|` and spaces. */
const TABLE_ROW_HEAD = /^[ \t]*\|[ \t]*$/;

/** Closing quote for each opening quote of a value. */
const CLOSING_QUOTE: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”' };

/** Shortest and longest address value (a house number and a town, at least; a whole address line at most). */
const MIN_VALUE = 8;
const MAX_VALUE = 160;
/** Most words an address value has; more is a sentence that happens to hold a number and a comma. */
const MAX_WORDS = 24;

/**
 * Where a prose value stops on its line: a column gap (two spaces or a tab: "… 1012 AB Amsterdam   Tel: …"),
 * a " | " table cell, a semicolon, a spaced em dash, "?" or "!", and the ideographic full stop "。" (no
 * CJK address holds one: "新住所：〒227-0247 東京都…4-15-10。連絡先 …").
 */
const HARD_STOP = /[ \t]{2,}|\t| \| |;|[ \t]—[ \t]|[?!。！？]|[[\]{}]|[ \t]\((?=\p{Ll})/u;
/**
 * A dot that ends the sentence: after a word of four letters or more (not a street abbreviation) or
 * a token with a digit (a postcode: "…, Belfast BT1 5AA. Callback…"), before a space and a capital.
 * "St. Kilda", "Str. Lipscani", "TP. Hồ Chí Minh" keep going: short words before the dot are
 * abbreviations. A dot after an abbreviation's dot or a bracket ends it too ("…, Yuc.. Thanks", "(TO). Call").
 */
const SENTENCE_END =
  /(?:(?<![\p{L}\p{N}])(?!(?:blvd|pkwy|apto|dept|bldg|prov|dist|sect|boul|ctra|avda|calz|bdul|terr|cres|plza)\.)(?:\p{L}{4,}|[\p{L}\p{N}]*\d[\p{L}\p{N}]*)\.|(?<=[.)])\.)(?=[ \t]+\p{Lu})/iu;
/** A new field on the same line ("Tel: …", "E-mail: …") — but not the "No:", "D:", "CEP:" inside an address. */
const NEXT_FIELD = /(?<![\p{L}\p{M}'’.-])(\p{L}[\p{L}\p{M}'’.-]{0,20})[ \t]?[:：][ \t]/gu;
/** Words that may stand before a colon inside an address (Turkish "No: 5 D: 3", Brazilian "CEP: …", Indian "PIN: …"). */
const INNER_COLON_WORDS = new Set(['no', 'no.', 'nr', 'nr.', 'd', 'daire', 'kat', 'k', 'blok', 'cep', 'pin', 'pincode', 'zip', 'plz', 'cp', 'apt', 'flat', 'unit', 'bl', 'sc', 'ap', 'et']);
/** Words that open a phone, mail or other non-address segment after a comma. */
const FOREIGN_SEGMENT =
  /^(?:(?:tel|tél|phone|ph|mob|mobile|cell|fax|contact|kontakt|contacto|contato|whatsapp|call)(?=[ \t.:#]*[+(\d]|[ \t]*[.:])|(?:e-?mail|mail|dob|born|geb|nato|nata|né|née|cpf|ssn|iban)(?![\p{L}\p{N}]))/iu;
/** A phone number written as a segment of its own ("+1 217 555 0100", "(02) 9374 4000"). */
const PHONE_SEGMENT = /^[+(]?\d[\d ()./-]{6,}\d$/;
/**
 * A segment after a comma that opens with a lower-case word and is not a unit or floor ("bl. M4",
 * "ap. 46", "int. 5", "apto 3", "str. Lipscani"): the sentence goes on after the address (", vă rog …",
 * ", c'est bien ça"). Only applied when the value is written with capitals.
 */
const LOWER_SEGMENT = /^\p{Ll}/u;
const UNIT_SEGMENT = /^\p{Ll}{1,10}\.?[ \t]*(?:#[ \t]*)?(?:\d|\p{Lu}(?!\p{Ll}))|^\p{Ll}{1,5}\.[ \t]*\p{Lu}/u;
/** Separators of address parts: commas (Latin, Arabic, CJK). */
const SEGMENT_SEP = /[,،，、]/;

/** A postcode shape of many countries, standing alone (not a part of a date: "07/27/1979", "1.2.2024"). */
const POSTCODE =
  /(?<![\p{L}\p{N}/.-])(?:\d{4,6}(?:-\d{3,4})?|\d{3}[ -]\d{2,4}|\d{2}-\d{3}|\d{4}[ \t]?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]\d{2}[ \t]?[A-Z\d]{4})(?![\p{L}\p{N}/-]|\.\d)/u;
/** Every postcode shape in a value (the last one is where the town line ends). */
const POSTCODE_ALL = new RegExp(POSTCODE.source, 'gu');
/** East Asian address words after a number or place (号 number, 路 road, 区 ward, 丁目 block, 로/길 road, 호 flat…). */
const CJK_ADDRESS_WORD = /[号號路街区區市県道町村丁番巷弄室단원로길동구호층]/u;
/** Things a label may be followed by that are no postal address. */
const NOT_ADDRESS = [
  /@|:\/\/|www\./i,
  /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/, // IPv4
  /[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}/i, // MAC
  /[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){3,}/i, // IPv6
  /0x[0-9a-f]{6,}|\b(?:bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,}/, // hex and bitcoin wallet ids
];
/**
 * Words of a sentence about an address, not of one ("see above", "will send later", "unknown"). Not a
 * bare "I": it is also a roman numeral in addresses ("Sector I", "Wuse II" has its own word).
 */
const SENTENCE_WORDS =
  /(?<![\p{L}])(?:i'm|i'll|you|we|will|would|send|sent|later|see|same|above|below|unknown|unbekannt|please|thanks|sorry|tbd|n\/a|none|yet|changed|updated|verified|confirmed)(?![\p{L}])/iu;
/** Money amounts, which hold digits but are no house number ("€ 1.200,00", "USD 45"). */
const AMOUNT = /[$€£¥₹₦]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:usd|eur|gbp|inr|aud|cad|chf|kr|zł|lei|ft|dollars?|euros?)(?![\p{L}])/giu;
/** {@link AMOUNT}, not global: one test ("Total: 120 Road tax, 4500 EUR" is no address line). */
const AMOUNT_ONE = new RegExp(AMOUNT.source, 'iu');
/** A year after a word of time ("since 2019", "seit 2020", "desde 2018"): a date, not a postcode. */
const TIME_YEAR = /(?<![\p{L}])(?:since|in|from|until|till|before|after|seit|bis|desde|hasta|depuis|dal|fino|od|do|sejak|tangu)[ \t]+(?:19|20)\d\d(?!\d)/giu;
/**
 * A room of a stay and its end ("room 318 until 12JUN", "Zimmer 12"): a hotel and a room are no postal
 * address, so their number is no house number.
 */
const ROOM_STAY = /(?<![\p{L}])(?:room|rm|zimmer|chambre|habitaci[oó]n|camera|quarto|kamer|pokój)\.?[ \t]*(?:no\.?|#)?[ \t]*\d+[A-Za-z]?(?:[ \t]+(?:until|till|to|bis|jusqu'au|hasta|fino al)[ \t]+\S+)?/giu;
/** Dates, which hold digits but are no house number ("12 March 2024"). */
const DATE_ANY = new RegExp(DATE_RE.source, 'giu');

/** End of the line containing `from` (a "\n" or "\r", or the text end). */
function lineEnd(text: string, from: number): number {
  let e = from;
  while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return e;
}

/** {@link POSTCODE} at one position: a column gap before it is the two spaces of a Canadian address ("Montréal (Québec)  H2X 4A7"). */
const POSTCODE_AT = new RegExp(`(?:${POSTCODE.source})`, 'uy');
/** {@link HARD_STOP}, global: every stop in turn. */
const HARD_STOP_ALL = new RegExp(HARD_STOP.source, 'gu');

/** The first {@link HARD_STOP} in `value` that is not the gap before a postcode, or -1. */
function hardStop(value: string): number {
  HARD_STOP_ALL.lastIndex = 0;
  for (let m = HARD_STOP_ALL.exec(value); m; m = HARD_STOP_ALL.exec(value)) {
    POSTCODE_AT.lastIndex = m.index + m[0].length;
    if (!/^ {2,}$/.test(m[0]) || !POSTCODE_AT.test(value)) return m.index;
  }
  return -1;
}

/** A three-letter capitalised word and a dot before a capital ("…, Hà Nội. Mã đơn …", "…, Cairo… Lagos. Call"). */
const SHORT_WORD_DOT = /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}{2}\.(?=[ \t]+\p{Lu})/gu;
/** Three-letter street and unit abbreviations that keep going after their dot ("Str. Florilor", "Apt. 4"). */
const STREET_ABBREVIATIONS = new Set(['str', 'ave', 'apt', 'blk', 'sta', 'col', 'urb', 'int', 'ext', 'sec', 'kel', 'kec', 'kab', 'jln', 'blv', 'bul', 'ste', 'dpt', 'cra', 'cll']);
/** Fewest comma-separated parts before a town whose short name ends the sentence (street, district, town). */
const PARTS_BEFORE_LATE_TOWN = 2;

/**
 * Where a short town name ends the sentence: {@link SENTENCE_END} takes words of four letters, so "…,
 * Quận 1, Hà Nội. Mã đơn …" needs this — a dot after a capitalised three-letter word in the third
 * comma-separated part or later, which is no street abbreviation. -1 when there is none.
 */
function lateSentenceEnd(value: string): number {
  SHORT_WORD_DOT.lastIndex = 0;
  for (let m = SHORT_WORD_DOT.exec(value); m; m = SHORT_WORD_DOT.exec(value)) {
    const parts = value.slice(0, m.index).split(SEGMENT_SEP).length - 1;
    if (parts >= PARTS_BEFORE_LATE_TOWN && !STREET_ABBREVIATIONS.has(m[0].slice(0, 3).toLowerCase())) return m.index + m[0].length;
  }
  return -1;
}

/** Where a prose value on [start, end) stops: a hard stop, a sentence end, or the next field on the line. */
function proseEnd(text: string, start: number, end: number): number {
  const value = text.slice(start, end);
  let cut = value.length;
  const hard = hardStop(value);
  if (hard >= 0) cut = hard;
  const dot = SENTENCE_END.exec(value.slice(0, cut));
  if (dot) cut = dot.index + dot[0].length;
  const late = lateSentenceEnd(value.slice(0, cut));
  if (late >= 0) cut = late;
  NEXT_FIELD.lastIndex = 0;
  for (let m = NEXT_FIELD.exec(value); m && m.index < cut; m = NEXT_FIELD.exec(value)) {
    if (!INNER_COLON_WORDS.has((m[1] ?? '').toLowerCase())) {
      cut = m.index;
      break;
    }
  }
  return start + cut;
}

/**
 * Keeps the comma-separated parts of a prose value up to the first that is no address part: a phone,
 * a mail or birth field, or (in a value written with capitals) a lower-case clause of the sentence.
 * For an address line (`prose` false) only the later phone and mail fields end it ("…, 548792,
 * contact 98647 21532"): the line's own shape test judges the rest.
 */
function keepAddressParts(text: string, start: number, end: number, prose = true): number {
  const value = text.slice(start, end);
  const cased = prose && /\p{Lu}/u.test(value);
  let at = 0;
  let first = true;
  for (const part of value.split(SEGMENT_SEP)) {
    const p = part.trim();
    if (!first && (FOREIGN_SEGMENT.test(p) || PHONE_SEGMENT.test(p) || (cased && LOWER_SEGMENT.test(p) && !UNIT_SEGMENT.test(p)))) {
      return start + Math.max(0, at - 1);
    }
    if (first && prose && (FOREIGN_SEGMENT.test(p) || PHONE_SEGMENT.test(p))) return start;
    first = false;
    at += part.length + 1;
  }
  return end;
}

/** Street and unit abbreviations that keep their dot at the end of a value ("12 Elm St."). */
const KEEP_DOT = /(?<![\p{L}])(?:st|rd|ave|av|blvd|ln|dr|ct|pl|ter|cres|sq|hwy|pkwy|cir|trl|str|izq|dcha|der|pde|esp|no|nr|apt|\p{Lu})\.$/iu;

/** Lower-case words inside place and street names ("Ciudad de México", "Frankfurt am Main", "rue des Lilas"). */
const PARTICLES = new Set(
  'de del della delle dello dei degli di da do dos das du des la le les el los las e y i van von der den het ten ter am an auf im zum zur upon sur sous bis al bin à a d’ d\' l’ l\''.split(' '),
);
/** Sign-offs and reply words that end a message after an address ("…, 1011 AB Amsterdam Cheers", "… 01310-200 ok", "… pls update"); not "Best", a Dutch town. */
const CLOSINGS = new Set(
  'ok okay pls plz asap cheers regards thanks thank thx sincerely saludos gracias grüße gruß danke merci cordialement obrigado obrigada grazie saluti bedankt groeten dzięki pozdrawiam mulțumesc köszönöm kiitos tack'.split(' '),
);
/** Words that open a sentence, never a town after a postcode ("…, 1011 AB Amsterdam My parcel…"). */
const SENTENCE_STARTERS = new Set('my the this that our your i we it please many unfortunately also and but so hi hello hey ok'.split(' '));
/** Word classes for {@link sentenceCut}. */
const LOWER = 1;
const UPPER = 2;
const OTHER = 3;

/** The class of one word: lower-case (not a particle or a short "nr."/"bl." abbreviation), capitalised, or other (digits, uncased scripts). */
function wordClass(w: string): number {
  const bare = w.replace(/^[("'“]+|[),.;:"'”]+$/gu, '');
  if (PARTICLES.has(bare.toLowerCase()) || /^\p{Ll}{1,4}\.$/u.test(w.replace(/,$/, ''))) return OTHER;
  if (/^\p{Ll}/u.test(bare) && !/\d/.test(bare)) return LOWER;
  if (/^\p{Lu}/u.test(bare)) return UPPER;
  return OTHER;
}

/**
 * Ends a prose value where the message goes on after the address with no punctuation between them
 * ("…, 04109 Leipzig The parcel never came", "…, 75011 Paris d.o.b. 1/2/80"): before a sign-off; before a
 * capitalised word followed by two lower-case words (a new sentence); after the postcode, at the first
 * lower-case word or sentence start of its line part; in East Asian script, at the first Latin word.
 */
function sentenceCut(text: string, start: number, end: number): number {
  const value = text.slice(start, end);
  if (/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(value)) {
    const latin = /[ \t]+[A-Za-z]/.exec(value);
    return latin ? start + latin.index : end;
  }
  const words = [...value.matchAll(/\S+/gu)];
  const classes = words.map((m) => wordClass(m[0]));
  const cased = /\p{Lu}/u.test(value);
  let cut = value.length;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]?.[0] ?? '';
    if (i > 0 && CLOSINGS.has(w.replace(/[\p{P}]+$/u, '').toLowerCase())) {
      cut = words[i]?.index ?? cut;
      break;
    }
    // A town in capitals after a comma ("…, MOMBASA pls update asap") ends the address, not opens a sentence.
    const capsTown = /^\p{Lu}{3,}$/u.test(w) && /,$/.test(words[i - 1]?.[0] ?? '');
    if (cased && classes[i] === UPPER && classes[i + 1] === LOWER && classes[i + 2] === LOWER && !capsTown) {
      cut = words[i]?.index ?? cut;
      break;
    }
  }
  // After the last postcode, the town (and a province code) may follow in the same part, nothing else.
  let code: RegExpExecArray | null = null;
  // Dates are blanked first: the year of "born Nov 13 1994" is no postcode.
  const undated = value.slice(0, cut).replace(DATE_ANY, (d) => ' '.repeat(d.length));
  POSTCODE_ALL.lastIndex = 0;
  for (let m = POSTCODE_ALL.exec(undated); m; m = POSTCODE_ALL.exec(undated)) code = m;
  if (code) {
    const codeEnd = code.index + code[0].length;
    const after = words.map((m, i) => ({ at: m.index ?? 0, w: m[0], c: classes[i] ?? OTHER })).filter((x) => x.at >= codeEnd && x.at < cut);
    let n = 0;
    for (const [k, x] of after.entries()) {
      if (value.slice(codeEnd, x.at).includes(',')) break;
      const next = after[k + 1];
      const starter = n === 0 && SENTENCE_STARTERS.has(x.w.replace(/[\p{P}]+$/u, '').toLowerCase());
      // After the town, a capitalised word before a lower-case one opens a sentence ("… Amsterdam Blood pressure …").
      const sentence = n > 0 && x.c === UPPER && next?.c === LOWER;
      if ((cased && (x.c === LOWER || starter || sentence)) || (!cased && n >= 1 && after.length - k > 1)) {
        cut = x.at;
        break;
      }
      n++;
      if (x.w.endsWith(',')) break;
    }
  }
  return start + cut;
}

/** Inputs of {@link trimValue}. */
interface TrimInput {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The value ended at a closing quote or tag: its last dot is part of it ("…, Jal."). */
  readonly closed: boolean;
}

/** Trims spaces, trailing commas and a sentence-final dot (not "St.", nor a Hungarian "2/4." floor and door). */
function trimValue({ text, start, end, closed }: TrimInput): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s"'“”]/u.test(text[s] ?? '')) s++;
  // A table row's closing "|" is no part of its last cell.
  while (e > s && /[\s,;:"'”|]/u.test(text[e - 1] ?? '')) e--;
  if (!closed && text[e - 1] === '.') {
    const before = text.slice(Math.max(s, e - 8), e);
    const abbreviation = KEEP_DOT.test(before);
    const floorDoor = /\d\/\d{1,3}\.$/.test(before);
    if (!abbreviation && !floorDoor) e--;
  }
  return [s, e];
}

/** True when `value` has the shape of an address: a number that is no date or amount, and a comma, a postcode or East Asian address words. */
export function looksLikeAddress(value: string): boolean {
  if (value.length < MIN_VALUE || value.length > MAX_VALUE) return false;
  if (!/\d/.test(value)) return false;
  if (NOT_ADDRESS.some((re) => re.test(value))) return false;
  if (SENTENCE_WORDS.test(value)) return false;
  if ((value.match(/\p{L}/gu) ?? []).length < 3) return false;
  if (value.split(/\s+/).length > MAX_WORDS) return false;
  // A date or an amount alone is no address: the number must remain once they are gone.
  const rest = value.replace(DATE_ANY, ' ').replace(TIME_YEAR, ' ').replace(AMOUNT, ' ').replace(ROOM_STAY, ' ');
  if (!/\d/.test(rest)) return false;
  if (POSTCODE.test(rest)) return true;
  // Typed all in lower case, a comma and a number are too weak ("12 items shipped, total 30"): a
  // postcode is needed; the lower-case street patterns of address.ts cover the rest.
  if (SEGMENT_SEP.test(rest)) return /\p{Lu}|\p{Lo}/u.test(rest);
  return CJK_ADDRESS_WORD.test(rest) && /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(rest);
}

/** The address on the line after `eol` (and its town lines), when it has the shape of one. */
function valueBelow(text: string, eol: number): FieldSpan | undefined {
  if (eol >= text.length) return undefined;
  let ns = eol + 1;
  let ne = lineEnd(text, ns);
  // "Lieferadresse:⏎Burak Çetin⏎Bahnhofstr. 68⏎31740 Hamburg": the recipient's line comes first.
  if (!/\d/.test(text.slice(ns, ne)) && ne < text.length) {
    ns = ne + 1;
    ne = lineEnd(text, ns);
  }
  const [vs, ve0] = trimValue({ text, start: ns, end: sentenceCut(text, ns, keepAddressParts(text, ns, proseEnd(text, ns, ne))), closed: false });
  if (ve0 <= vs) return undefined;
  let ve = ve0;
  if (text.slice(ve, ne).trim() === '' && !LINE_POSTCODE.test(text.slice(vs, ve))) ve = Math.max(ve, townLinesEnd(text, vs, ne));
  return looksLikeAddress(text.slice(vs, ve)) ? { start: vs, end: ve } : undefined;
}

/**
 * Finds address values after address labels and fields in `text`. Values with no address shape (see
 * {@link looksLikeAddress}) are skipped, so "Address: see above" or "IP address: 10.0.0.1" give nothing.
 */
export function findAddressFields(text: string): FieldSpan[] {
  if (SEPARATOR_GATE.test(text) ? !LABEL_GATE.test(text) : !LEADING_GATE.test(text)) return [];
  const out: FieldSpan[] = [];
  FIELD_LABEL.lastIndex = 0;
  for (let m = FIELD_LABEL.exec(text); m; m = FIELD_LABEL.exec(text)) {
    const xmlClose = m[3] === '>';
    // `<field label="Domicilio">…</field>`: the label is an attribute value, the element's text the value.
    const xmlOpen = m[1] === '<' || (xmlClose && LABEL_ATTRIBUTE.test(text.slice(Math.max(0, m.index - LABEL_ATTRIBUTE_REACH), m.index)));
    // "| Domicilio | Gran Vía 79, … |": a key–value table row; the label must open its row.
    if (!xmlClose && m[0].includes('|') && !TABLE_ROW_HEAD.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) continue;
    // "<Address>" needs its ">", and a ">" needs its "<": "Address foo>" in prose is no element.
    if (xmlOpen !== xmlClose) continue;
    const from = m.index + m[0].length;
    // "… my old address. Refund to …": a label word that ends its sentence has no value after it.
    if (m[4] !== undefined && /^[.,;!?)]/.test(text[from] ?? '')) continue;
    const eol = lineEnd(text, from);
    let end = eol;
    let closed = false;
    const quote = m[6] ?? '';
    if (quote !== '' || xmlOpen) {
      // A quoted value ends at its closing quote, an element's at the next tag, both on this line.
      const close = text.indexOf(quote !== '' ? (CLOSING_QUOTE[quote] ?? quote) : '<', from);
      closed = close >= 0 && close <= eol;
      if (closed) end = close;
    } else {
      end = sentenceCut(text, from, keepAddressParts(text, from, proseEnd(text, from, eol)));
    }
    const [s, e0] = trimValue({ text, start: from, end, closed });
    let e = e0;
    // "Adresa：Národní 238/80⏎143 47 Ostrava": a value that fills its line with no postcode may go on
    // with the town and postcode lines of a printed address block.
    const lone = /^\p{Ll}{1,4}$/u.test(text.slice(s, e)); // "My new address is⏎…": a word, no value
    if (e > s && !lone && !closed && !xmlOpen && text.slice(e, eol).trim() === '' && !LINE_POSTCODE.test(text.slice(s, e))) {
      const blockEnd = townLinesEnd(text, s, eol);
      if (blockEnd > e) e = blockEnd;
    }
    if (e > s && looksLikeAddress(text.slice(s, e))) out.push({ start: s, end: e });
    else if (m[2] !== undefined && !closed && !xmlOpen && text.slice(from, eol).trim() === '') {
      // "Địa chỉ:⏎39 Trần Phú, Quận Hải Châu, Đà Nẵng": a keyed label alone on its line, the value below.
      const below = valueBelow(text, eol);
      if (below) {
        out.push(below);
        e = below.end;
      }
    }
    FIELD_LABEL.lastIndex = Math.max(FIELD_LABEL.lastIndex, e);
  }
  return out;
}

/**
 * Street words of many countries and scripts, one of which an address line written with no label must
 * hold: English types, Baltic "iela"/"pr."/"g."/"mnt", Romanian "Bd."/"Str."/"Calea", Slovene/Croatian
 * "cesta"/"ulica", Hungarian "utca"/"út", Spanish/Italian "Vía"/"Via", Vietnamese "Đường"/"Phố",
 * Azerbaijani "prospekti"/"küçəsi", Cyrillic "ул."/"бул.", Hebrew רחוב/שדרות, Arabic شارع, Persian
 * خیابان, Thai ถนน/ซอย (and romanised "Soi"/"Thanon"); and a unit or house word before a number ("House 162", "Flat 32").
 */
const LINE_STREET_WORDS =
  '(?:Street|Road|Avenue|Boulevard|Lane|Drive|Kingsway|Highway|Rd\\.?|St\\.|Ave\\.?|Blvd\\.?|iela|gatvė|prospektas|prospekts|prospekti|küçəsi|pr\\.|mnt|maantee|tänav|puiestee|Bd\\.|Bdul\\.?|Bulevardul|Str\\.|Strada|Calea|Splaiul|Șoseaua|Aleea|cesta|ulica|utca|út|útja|körút|Vía|Via|Viale|Calle|Avenida|Rue|Chemin|Đường|Phố|Jalan|Jl\\.|Shahrah(?:-e-\\p{L}+)?|ул\\.|улица|бул\\.|булевард|пр\\.|רחוב|רח\'|שדרות|שד\'|דרך|شارع|طريق|خیابان|بلوار|Soi|Thanon|tér|körtér|rakpart|sétány|fasor|Quận|Phường|Huyện' +
  // A unit, house or district word before its number ("House No. 717", "H.No. 8-5/5", "Woreda 4", "Block 30").
  '|(?:House|Flat|Unit|Apt\\.?|Villa|Plot|Block|Woreda|Kebele)(?:[ \\t]+No\\.?)?(?=[ \\t]+\\d)|H\\.[ \\t]?No\\.?(?=[ \\t]*\\d))';
/** Thai street words, written glued to the street's name ("ซอยอารีย์ 4", "ถนนนิมมานเหมินท์"). */
const LINE_THAI = '(?:ถนน|ซอย)';
/** Street types glued to the name ("Lindenweg", "Laugavegur", "Storgatan", "Dr.-Karl-Lueger-Ring"). */
const LINE_GLUED = '(?:-(?:Ring|Straße|Weg|Gasse|Allee|Platz)|\\p{L}(?:straße|strasse|weg|gasse|allee|ring|straat|laan|gatan|vej|vejen|gade|gaden|veien|vegen|katu|vegur|gata|stræti|braut))';
/** One of {@link LINE_STREET_WORDS} or {@link LINE_GLUED} as a word. */
const LINE_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])${LINE_STREET_WORDS}(?![\\p{L}\\p{N}])|${LINE_GLUED}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${LINE_THAI}`,
  'gu',
);
/**
 * A postcode: 4–7 digits (with a country prefix "LV-", "CH-", "A-", or glued "AZ2000"), the spaced
 * five digits of Czechia, Slovakia, Greece and Sweden before the town ("143 47 Ostrava"), or the UK/IE/CA shapes.
 */
const LINE_POSTCODE =
  /(?<![\p{L}\p{N}/.-])(?:[A-Z]{1,2}-\d{4,5}|[A-Z]{2}\d{4}|\d{4,7}|\d{3}[ \t]\d{2}(?=[ \t]+\p{Lu})|\d{3}(?=[ \t]+\p{Lu})|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d{2}[ \t]?[A-Z\d]{4})(?![\p{L}\p{N}/]|[.,]\d)/u;
/** A house or building number: up to four digits, maybe with a letter, a flat after "-" or "/" ("103-1", "108/4", "57巷"). */
const LINE_HOUSE = /(?<![\p{N}.:/-])\d{1,4}(?:[-/]\d{1,4})?\p{L}?(?![\p{N}:])/u;
/**
 * A speaker after a time stamp, a short field label (group 1) or a quote marker that may open the line
 * before the address ("15:10 Signe: ", "[03/02/2021, 20:56] Rania: ", "Of: ", "Add ress :  ", "> ").
 */
const LINE_PREFIX =
  /^[ \t]*(?:>[ \t]*)*(?:(?:\[[^\]\n]{1,40}\]|\d{1,2}:\d{2}(?::\d{2})?)[ \t]+[\p{L}][\p{L}\p{M} .'’()-]{0,30}:[ \t]+|([\p{L}][\p{L}\p{M} .'’()-]{0,30}[ \t]?:[ \t]+))?/u;
/** A street type glued to a name ("Lindenweg"), which "Ngata" or "entering" also look like. */
const LINE_GLUED_ONLY = new RegExp(`^${LINE_GLUED}$`, 'u');
/**
 * What may stand between the prefix and the address in a record line: a name and the date beside it
 * ("Rania Mansour, 23/09/1989, 120 شارع …", "1945-06-23 and 47 شارع …"); no digits in the name part.
 */
const RECORD_HEAD = new RegExp(
  `^(?:[\\p{L}\\p{M}'’. -]{2,40},[ \\t]*)?(?:${DATE_RE.source})(?:[ \\t]*,|[ \\t]+(?:and|y|e|et|und|en|i|ve|&))[ \\t]+`,
  'iu',
);
/** Separators that end an address inside its line ("… Kolkata 700090 — phone +91 …", "… | Tel …"). */
const LINE_STOP = /[ \t][—–·•][ \t]| \| |\t/u;
/** Two lower-case words in a row ("was closed", "percent growth"): prose, unless one is a particle ("rue de la Paix"). */
const LOWER_PAIR = /(?<![\p{L}\p{M}.])(\p{Ll}{3,})[ \t]+(\p{Ll}{3,})(?![\p{L}\p{M}.])/gu;
/** Four lower-case words in a row: a sentence, not an address line. */
const PROSE_RUN = /(?<![\p{L}])\p{Ll}{2,}[ \t]+\p{Ll}{2,}[ \t]+\p{Ll}{2,}[ \t]+\p{Ll}{2,}(?![\p{L}])/u;
/** Things no address line holds: a colon after a word (a field), a mail or web address, a money sign. */
const NOT_LINE = /\p{L}[ \t]?:|[=<>{}"]|@|https?:|www\.|[$€£¥₹]|\d[.,]\d\d(?!\d)|\b\d{1,2}:\d\d\b/u;
/** Words of other fields on the same line ("… 41004 Sevilla Member date of birth 8/17/80, plan …"): no address line holds them. */
const OTHER_FIELD_WORDS = /\b(?:date of birth|dob|born|birthday|e-?mail|phone|mobile|ssn)\b/i;
/** Building words of South Asian addresses that stand in for a house number. */
const NAMED_BUILDING = /(?<![\p{L}])(?:Apartments?|Residency|Towers?|Enclave|Complex|Society|Heights|Nagar|Colony)(?![\p{L}])/u;
/** Longest address line, and the longest town or postcode line that may follow a street line. */
const MAX_LINE = 110;
const MAX_TOWN_LINE = 40;
/** Longest speaker stamp, label and record head ("[10/01/2019, 17:19] Ana: Ana Ruiz, 18/08/1965, ") before an address line. */
const MAX_LINE_HEAD = 80;
/** Most lines an address written without commas spans (street, town, postcode). */
const MAX_BLOCK_LINES = 3;
/** Fewest comma-separated parts of a line with no postcode ("129 Đường …, Quận 5, Hà Nội"). */
const MIN_PARTS_WITHOUT_CODE = 3;

/** Street types written out in full, not abbreviated ("St." is also a saint): an address with no house number needs one. */
const FULL_STREET_WORD =
  /(?<![\p{L}])(?:Street|Road|Avenue|Boulevard|Lane|Drive|Way|Close|Crescent|Highway|Calle|Avenida|Rue|Via|Viale|Strada|Jalan|Đường|Phố|ulica|utca|iela|cesta)(?![\p{L}])/u;
/** Parts of an address block: comma-separated, or on lines of their own. */
const PART_SEP = /[,،，、\n]/;

/** True when `value` (a line, or a street line with its town lines) has the shape of a whole address. */
function addressLineShape(value: string): boolean {
  if (value.length < MIN_VALUE || value.length > MAX_LINE + MAX_TOWN_LINE * 2) return false;
  if (NOT_LINE.test(value) || PROSE_RUN.test(value) || SENTENCE_WORDS.test(value) || OTHER_FIELD_WORDS.test(value) || AMOUNT_ONE.test(value)) return false;
  for (const m of value.matchAll(LOWER_PAIR)) if (!PARTICLES.has(m[1] ?? '') && !PARTICLES.has(m[2] ?? '')) return false;
  if (NOT_ADDRESS.some((re) => re.test(value))) return false;
  const rest = value.replace(DATE_ANY, ' ');
  const code = LINE_POSTCODE.exec(rest);
  // The house number is another number than the postcode.
  const withoutCode = code ? rest.slice(0, code.index) + ' '.repeat(code[0].length) + rest.slice(code.index + code[0].length) : rest;
  // A named building stands for the house number in South Asian addresses ("Sai Krupa Apartments, MG Road, …");
  // East African addresses often have none: a street, an area and a town with its postcode ("Moi Avenue,
  // Kilimani, Nairobi 00100") — three parts and a postcode that is no year.
  if (!LINE_HOUSE.test(withoutCode)) {
    if (code === null) return false;
    const parts = value.split(PART_SEP);
    const streetFirst = FULL_STREET_WORD.test(parts[0] ?? '') && rest === value && !/^(?:19|20)\d\d$/.test(code[0]);
    return NAMED_BUILDING.test(value) || (parts.length >= MIN_PARTS_WITHOUT_CODE && streetFirst);
  }
  if (code) return true;
  const segments = value.split(SEGMENT_SEP).map((p) => p.trim());
  if (segments.length < MIN_PARTS_WITHOUT_CODE) return false;
  // Without a postcode, a part that opens with a lower-case word (no unit or floor) in a line written
  // with capitals is the sentence going on ("Unit 15, pickup at the … arrivals, party of two").
  const cased = /\p{Lu}/u.test(value);
  return !(cased && segments.slice(1).some((p) => LOWER_SEGMENT.test(p) && !UNIT_SEGMENT.test(p)));
}

/**
 * Finds address lines written with no label — the recipient block of a letter, invoice or shipping label
 * ("Recipient:⏎Ana Ruiz⏎Elizabetes iela 103-1, Jelgava, LV-3001"), a quoted signature, an address sent
 * in a chat turn: a whole line (after a speaker or quote marker) with a street word, a house number and
 * a postcode (or three comma-separated parts), possibly continued by a town line and a postcode line.
 * The whole line must be the address: a field label, a mail address, an amount, a clock time or a run
 * of lower-case words (a sentence) rules it out.
 */
export function findAddressLines(text: string): FieldSpan[] {
  const out: FieldSpan[] = [];
  LINE_STREET.lastIndex = 0;
  for (let m = LINE_STREET.exec(text); m; m = LINE_STREET.exec(text)) {
    const ls = text.lastIndexOf('\n', m.index - 1) + 1;
    const le = lineEnd(text, m.index);
    LINE_STREET.lastIndex = le;
    if (le - ls > MAX_LINE + MAX_LINE_HEAD) continue;
    const prefix = LINE_PREFIX.exec(text.slice(ls, le));
    let s = ls + (prefix ? prefix[0].length : 0);
    const head = RECORD_HEAD.exec(text.slice(s, m.index));
    if (head) s += head[0].length;
    if (s > m.index) continue;
    // After a field label ("Of:", "Customer:") the value must open with the street: a number or unit
    // word first, or a street word of its own in the first part ("Ngong Road, …"); "Store: Marks &
    // Spencer, Oxford Street branch" and "Receiver: Sione Ngata, +64 …" are no address lines.
    if (prefix?.[1] && !/^\d/.test(text.slice(s, m.index + 1).trimStart()) && !(!LINE_GLUED_ONLY.test(m[0]) && !SEGMENT_SEP.test(text.slice(s, m.index)))) continue;
    while (s < le && /\s/.test(text[s] ?? '')) s++;
    const stop = LINE_STOP.exec(text.slice(m.index, le));
    // "…, Karnataka 548792, contact 98647 21532": the parts after the address are other fields.
    let e = keepAddressParts(text, s, stop ? m.index + stop.index : le, false);
    // The street word must lie in what is left ("Jó napot, … IBAN …, tel. …, 6720 Szeged, … tér" is no address).
    if (e <= m.index) continue;
    while (e > s && /[\s,;.]/.test(text[e - 1] ?? '')) e--;
    if (e <= s || e - s > MAX_LINE) continue;
    const lineOk = addressLineShape(text.slice(s, e));
    // A street line with no postcode: the town and postcode may follow on lines of their own.
    const blockEnd = LINE_POSTCODE.test(text.slice(s, e)) ? -1 : townLinesEnd(text, s, le);
    if (blockEnd > 0) {
      out.push({ start: s, end: blockEnd });
      LINE_STREET.lastIndex = blockEnd;
    } else if (lineOk) out.push({ start: s, end: e });
  }
  return out;
}

/** True when the last comma-separated part of `line` is a city of {@link WORLD_CITIES} ("…, Addis Ababa"). */
function endsInCity(line: string): boolean {
  const parts = line.split(SEGMENT_SEP);
  return WORLD_CITIES.has((parts[parts.length - 1] ?? '').trim().replace(/\.$/, ''));
}

/**
 * The end of the town and postcode lines after a street line [s, le) when together they have the shape
 * of an address ("ул. „Шипка“ 138, ет. 10⏎9000 Варна", "שדרות רוטשילד 47⏎ירושלים⏎9461700"), else -1.
 */
function townLinesEnd(text: string, s: number, le: number): number {
  for (let k = 1, next = le + 1; k < MAX_BLOCK_LINES && next < text.length; k++) {
    const ne = lineEnd(text, next);
    const line = text.slice(next, ne).trim();
    // A colon (also the full-width one of CJK forms) makes the line another field, not a town line.
    if (line === '' || line.length > MAX_TOWN_LINE || /[:：@]/.test(line)) return -1;
    const blockEnd = next + text.slice(next, ne).trimEnd().length;
    if (LINE_POSTCODE.test(line)) return addressLineShape(text.slice(s, blockEnd)) ? blockEnd : -1;
    // A town line with no postcode ends the block when it ends in a known city ("Bole Sub-City, Addis Ababa").
    if (endsInCity(line)) return addressLineShape(text.slice(s, blockEnd)) ? blockEnd : -1;
    next = ne + 1;
  }
  return -1;
}

/** Column names of an address column ("address", "service_address", "Anschrift", "dirección"). */
const ADDRESS_COLUMN = /^(?:[\w ]*[ _-])?(?:address|addr|street address|postal address|adresse|anschrift|dirección|direccion|indirizzo|endereço|endereco|adres)$/i;
/** Address columns of other kinds ("ip_address", "email address", "wallet_address"). */
const OTHER_ADDRESS_COLUMN = /(?:^|[ _-])(?:ip|mac|e-?mail|web|url|wallet|btc|eth|billing email)[ _-]?addr/i;
/** Delimiters of tables whose address cells are read by column (commas are left to the row grammars: addresses hold them). */
const COLUMN_DELIMITERS = ['|', ';', '\t'] as const;
/** Fewest cells of such a row. */
const MIN_COLUMNS = 3;

/**
 * The cells of an address column in a `|`, `;` or tab-separated table whose header names one
 * ("id|surname|given|dob|address|phone"): each cell with the shape of an address ({@link
 * looksLikeAddress}) is one, in capitals too ("42 CROMWELL GROVE GLASGOW G2 8SH").
 */
export function columnAddresses(text: string): FieldSpan[] {
  const out: FieldSpan[] = [];
  for (const d of COLUMN_DELIMITERS) {
    if (!text.includes(d)) continue;
    let column = -1;
    let width = 0;
    for (let ls = 0; ls < text.length; ) {
      const le = lineEnd(text, ls);
      const cells = text.slice(ls, le).split(d);
      if (cells.length < MIN_COLUMNS) column = -1;
      else if (column >= 0 && cells.length === width) {
        const at = ls + cells.slice(0, column).reduce((n, c) => n + c.length + 1, 0);
        const cell = cells[column] ?? '';
        const lead = cell.length - cell.trimStart().length;
        const value = cell.trim();
        if (looksLikeAddress(value)) out.push({ start: at + lead, end: at + lead + value.length });
      } else if (!/\d/.test(text.slice(ls, le))) {
        column = cells.findIndex((c) => ADDRESS_COLUMN.test(c.trim()) && !OTHER_ADDRESS_COLUMN.test(c.trim()));
        width = cells.length;
      }
      ls = le + 1;
    }
  }
  return out;
}

/**
 * The address of an ANSI X12 party: its street segment and the next segment's city, state, postcode
 * and country ("N3*12 DOCK RD~⏎N4*TACOMA*WA*98421*US~"). The segments' layout is the evidence; the span
 * runs from the street through the last field of N4.
 */
const X12_ADDRESS_RE = /\bN3\*([^*~\n]+)(?:\*[^~\n]*)?~[ \t\r]*\n?[ \t]*N4\*[^*~\n]+\*[A-Z]{2}\*[0-9A-Z][0-9A-Z -]{2,9}(?:\*[A-Z]{2})?(?=~|\s*$)/g;

/** Addresses of X12 N3/N4 segment pairs ({@link X12_ADDRESS_RE}). */
export function x12Addresses(text: string): FieldSpan[] {
  const out: FieldSpan[] = [];
  for (const m of text.matchAll(X12_ADDRESS_RE)) {
    const start = (m.index ?? 0) + 3;
    out.push({ start, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}
