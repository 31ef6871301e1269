/** @module privacy/pii/phone — phone numbers in E.164, international and common national formats. */
import {
  before,
  continuesNumerically,
  followsNumericPrefix,
  hasNegativeCue,
  hasPhoneCue,
  hasSsnCue,
  tableColumn,
} from './context-cues.js';
import { questionBefore } from './dialogue-turn.js';
import { identityRecordFields } from './record-lines.js';
import { spokenDigitRuns } from './spoken-digits.js';
import { columnHeader } from './table-header.js';
import { execAll, hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/**
 * A digit run with single separators (space, dot, dash, parentheses), optionally led by `+`, `(` or
 * `(+` ("(+44) 20 …"), or by an area code with trunk prefix and a slash, as DIN 5008 used to print
 * German and Austrian numbers ("030/1234567", "0221/434855": a five- or six-digit subscriber number
 * after a slash is enough there). More slashed layouts: Hungarian numbers with the 06 trunk prefix and
 * a one- or two-digit area code, a slash after either ("06-30/123-4567", "06 1/234 5678", "06/30
 * 123 4567"); Italian mobiles with their 3xx operator prefix before it ("347/123.4567"; any 3xx, as
 * the plan keeps adding ranges); and either after a country code ("+36 30/123-4567", "+39 347/123.4567").
 * It may run straight into an "x204" extension.
 */
const PHONE_RE =
  /(?<![\w+])(?:0\d{2,4} ?\/ ?\d[\d.\- \u00a0]{3,14}\d|0[1-9]\/\d{3}[ .]\d{2,3}[ .]\d{2}|06[ /-]?\d{1,2}(?: ?\/ ?|[ -])\d{3}[ -]?\d{3,4}|(?:\+|00)\d{2,3}[ -]\d{1,3} ?\/ ?\d{3}[ .-]?\d{3,4}|3\d\d ?\/ ?\d{3}[. ]?\d{3,4}|(?:\(?\+ ?|\()?\d[\d().\- \u00a0]{5,22}\d)(?!(?!x\d)[\w-])/g;
/** E.164 allows at most 15 digits including the country code. */
const MAX_DIGITS = 15;
/** Shortest international number (country code + subscriber), e.g. small island states. */
const MIN_INTL_DIGITS = 8;
/** Shortest national number with trunk prefix 0 (e.g. `030 123456` is 9). */
const MIN_TRUNK_DIGITS = 9;
/** Longest national number with trunk prefix 0 (UK mobiles `07700 900123` are 11; DE up to 12). */
const MAX_TRUNK_DIGITS = 12;
/** How many trailing digit groups may be dropped when the whole candidate is not a phone. */
const MAX_TAIL_TRIMS = 2;
/** Fewest and most digits of a national number printed without trunk prefix (DK/NO 8, ES/PT/PL 9, IT 10). */
const MIN_PLAIN_NATIONAL = 8;
const MAX_PLAIN_NATIONAL = 10;
/** Shortest and longest group of a printed national number ("20 12 34 56", "612 345 678", "4123 4567"). */
const MIN_GROUP = 2;
const MAX_GROUP = 4;
/**
 * A leading area code in parentheses: "(11) 98765-4321", "(02) 9876 5432", "(030) 1234567", also after a
 * one-digit trunk prefix ("8 (495) 123-45-67" in Russia and Kazakhstan, "1 (800) …").
 */
const PAREN_AREA = /^(?:\d ?)?\(\d{2,5}\) ?\d/;
/**
 * Chinese mobile numbers (numbering plan of the MIIT: 1 + 3–9 + nine digits), printed 3-4-4
 * ("139 1234 5678"); a shape no date, amount or id takes.
 */
const CN_MOBILE = /^1[3-9]\d[ -]\d{4}[ -]\d{4}$/;
/** Russia, Kazakhstan, Belarus: trunk prefix 8, then 3-3-2-2 ("8 800 555-35-35", "8 (912) 345-67-89"). */
const RU_TRUNK = /^8[ -]?(?:\(\d{3}\)|\d{3})[ -]?\d{3}[ -]\d{2}[ -]\d{2}$/;
/**
 * Ten bare digits starting with 1 are Unix times (2001–2286), not national numbers: NANP area codes start
 * with 2–9, Indian mobiles with 6–9, and Chinese mobiles have eleven digits.
 */
const EPOCH_SECONDS = /^1\d{9}$/;
/** A US state code right before a ZIP+4 ("CA 94107-1234"): the number closes an address. */
const STATE_BEFORE = /\b[A-Z]{2},? $/;
/** ZIP+4. */
const ZIP4 = /^\d{5}-\d{4}$/;
/**
 * A count with SI thousands spacing ("12 345 678 requests", "99 999 999"): a short head then groups of
 * exactly three. No plan prints a national number 2-3-3 without a trunk prefix; 3-3-3 (Spain) is not
 * matched.
 */
const SI_THOUSANDS = /^\d{1,2}(?:( |\.)\d{3})(?:\1\d{3})*$/;
/** The international call prefix of the NANP countries, separated from the country code. */
const NANP_EXIT = /^011[ .-][1-9]/;
/** A UPC-A code as printed under its bars: 1-5-5-1 ("0 12345 67890 5"). */
const UPC_PRINTED = /^\d \d{5} \d{5} \d$/;
const UPC_PRINTED_LENGTH = 15;
/** Length of a ZIP+4 ("94107-1234"). */
const ZIP4_LENGTH = 10;
/** Char codes of the leading digits that select a plan-specific shape. */
const ZERO = 48;
const ONE = 49;
const THREE = 51;
const EIGHT = 56;
const COLON = 58;
/** A national number of 10–11 digits with trunk prefix 0, printed without separators ("07700900123"). */
const BARE_TRUNK = /^0[1-9]\d{8,9}$/;
/**
 * Mobile numbers in E.164 without the "+" ("254712345678", "2348031234567"), for the countries whose
 * mobile-money and telecom records print them so: Kenya, Uganda, Tanzania, Rwanda, Zambia, Ghana, Nigeria
 * and Egypt. Each country code is followed by its mobile prefix and exactly the national length, so
 * other twelve- and thirteen-digit numbers (accounts, IMSIs) do not fit. India ("91…"), Pakistan
 * ("923…") and South Africa ("27…") are left out: parcel tracking numbers, audit numbers and bank
 * references of the same length start that way as often (measured on the readable splits).
 */
const BARE_E164_MOBILE =
  /^(?:254[17]\d{8}|256[37]\d{8}|255[67]\d{8}|2507[2389]\d{7}|260(?:9[5-7]|7[5-7])\d{7}|233[25]\d{8}|234(?:70|80|81|90|91)\d{8}|201[0125]\d{8})$/;
/** Digits of a national mobile number with its trunk zero (Kenya, Uganda, Nigeria, the UK, India…). */
const SPOKEN_TRUNK_DIGITS = 10;
/** Fewest digits of a grouped number accepted on a cue alone ("9123 4567" in Singapore, Hong Kong, Norway). */
const MIN_CUED_GROUPED = 8;
/**
 * Identifiers that share the digit shapes of phones, named right before the number: medical record and
 * NHS numbers, accounts, policies, claims, IMEI/ISBN/EAN codes, air waybills, booking codes, company and
 * tax ids (DUNS, EIN, NPI, TIN, VAT, ABN, the Australian TFN, the UK UTR, the Polish NIP and KRS, the
 * Italian codice fiscale, a "numéro fiscal (non contrôlé)"), Nordic personal numbers, the Turkish "TC kimlik no",
 * a carrier's local service request (LSR), test and reference numbers, a "protocolo" (a case number in
 * Portuguese and Spanish), a parcel carrier's name before its tracking number ("DHL 0990806095"),
 * reservation, booking and ticket numbers ("hotel booking (0371.552.804)") and pupils' numbers (the
 * Ontario OEN, the English UPN and ULN); freight papers' numbers (a master air waybill, a PRO or CMR
 * number, a Swedish "fraktsedel", a German "Sendung", a tariff heading); tax, case and request numbers
 * ("Kassenzeichen", "Steuer-ID", "inscrição", "sprawa", "RRR", "complaint …", "Demande / Request …").
 */
const ID_CUE =
  /\b(?:mrn|medical record|nhs|patient|account|acct|a\/c|policy|claim|member(?:ship)?|imei|isbn|ean|upc|awb|hawb|mawb|waybill|hs|hts|tariff|commodity code|pnr|routing|sort code|duns|ein|npi|tin|tfn|utr|vat|abn|tax|nip(?: firmy)?|krs|(?:bag )?tag|miles|mileage|frequent flyer|loyalty|rewards|number to link|regon|c\.f|cf|codice fiscale|partita iva|p\.iva|fiscal|personnummer|henkilötunnus|cpr|kimlik|lsr|test|ref|carrier ref|employer identification|poliza|apolice|polizza|pedido|commande|bestellung|auftrag|ordine|encomenda|factura|fattura|facture|rechnung|fatura|expediente|dossier|pratica|aktenzeichen|kundennummer|referencia|riferimento|polis|polisnummer|aadhaar|aadhar|uidai|iban|bban|p\/n|part(?=\s*(?:no|number|num|nr|#))|sku|mpn|asin|item|article|artikel|protocolo|protocollo|protokoll|protocol|dhl|ups|fedex|usps|tnt|gls|dpd|colissimo|correos|postnl|parcelforce|aramex|reservation|booking|confirmation|tickets?|oen|upn|uln|student|pupil|master|pro|cmr|fraktsedel|sendung|b\/l|bol|chave de acesso|heading|subheading|kassenzeichen|steuer-id|steuernummer|inscrição(?: imobiliária)?|inscripción|rrr|complaint|request|demande|sprawa|znak sprawy)\.?(?:\s*(?:no\.?|numbers?|num|nr|#|id|code))?(?:\s+(?:is|was|are))?(?:\s*\([^()\d\n]{1,24}\))?\s*["'(]?\s*[:#=]?\s*["']?$/i;
/**
 * The same in other scripts and with accents (kept out of the case-insensitive regex): Spanish/Portuguese
 * "póliza", "apólice", "n.º"/"nº" (número, a number sign that names no phone), and the order, booking,
 * receipt, member and reference numbers of Japanese, Chinese and Korean (注文番号, 订单号, 주문번호…).
 */
const ID_CUE_OTHER =
  /(?:[Pp]óliza|[Aa]pólice|(?:^|[\s(])[Nn]\.?[º°]|注文番号|受付番号|予約番号|伝票番号|問い合わせ番号|管理番号|会員番号|マイレージ番号|契約番号|订单号|订单编号|编码|編碼|單號|订单|訂單|运单号|快递单号|会员号|주문번호|예약번호|송장번호|회원번호|접수번호|계좌번호)[^\n]{0,12}?[:：#]?\s*$/;
/**
 * A JSON/YAML/query-string key naming a phone ("home_phone": "…", phoneNumber=…, mobile_no: …,
 * contactTel: …): the phone word starts the key, follows `_`/`-`/`.`, or starts a camelCase part. RADIUS
 * accounting's `Calling-Station-Id=` holds the subscriber's number (MSISDN) on mobile networks.
 */
const KEY_CUE =
  /(?:^|[^A-Za-z]|[a-z](?=[A-Z]))(?:[Pp]hone|PHONE|[Tt]el|TEL|[Tt]elephone|TELEPHONE|[Mm]obile|MOBILE|[Cc]ell|CELL|[Ff]ax|FAX|msisdn|MSISDN|Calling-Station-Id)(?:[_-]?(?:no|nr|num|number|NO|NR|NUM|NUMBER)|Number|No|Nr|Num)?["']?\s*[:=]\s*["']?$/;
/** A WhatsApp click-to-chat link, which carries the number in E.164 without its `+` ("wa.me/4479…"). */
const CHAT_LINK = /wa\.me\/$|whatsapp\.com\/send\?phone=$/i;
/** A table column naming an identifier other than a phone: waybills, orders, invoices, bookings, tickets, tracking and tariff codes, ids. */
const ID_COLUMN = /^(?:[a-z]+[ _-])?(?:hawb|mawb|awb|waybill|tracking|order|invoice|ref|reference|sku|hs|hts|id|conf|confirmation|reservation|booking|folio|ticket|pnr|locator)(?:[ _-]?(?:no|nr|num|number|id|code|#))?$/;
/** A table column holding phone numbers: `phone`, `Tel`, `mobile_no`, `cell`, `fax`, `msisdn`. */
const PHONE_COLUMN = /(?:^|[^a-z])(?:phone|tel|mobile|mob|cell|fax|msisdn|handy)/;
/** A clock time right before a candidate… */
const CLOCK_BEFORE = /\d:\d\d(?::\d\d(?:[.,]\d+)?)? ?$/;
/** …that opens with `+hhmm` (ISO 8601 / RFC 5322 zone offset, −12:00…+14:00): "14:22:01 +0100" in git and logs. */
const ZONE_OFFSET = /^\+(?:0\d|1[0-4])[0-5]\d(?!\d)/;
/** Fewest digits after a parenthesised area code (area + subscriber). */
const MIN_PAREN_DIGITS = 8;
/** Extension after a number: "ext. 204", "x12", "#12", "Durchwahl 33", "poste 12", "内線 12". */
const EXTENSION =
  /^,? ?(?:ext\.?|extn\.?|extension|x|#|Durchwahl|DW|Nebenstelle|poste|int\.?|interno|anexo|ramal|toestel|wewn\.?|内線|分机) ?:? ?\d{1,6}(?!\d)/i;
/** Shapes of dates written with spaces or dashes: D M YYYY / YYYY M D. */
const DATE_SHAPE = /^(?:\d{1,2}[ .\-/]\d{1,2}[ .\-/](?:1[89]|20)\d\d|(?:1[89]|20)\d\d[ .\-/]\d{1,2}[ .\-/]\d{1,2})$/;
/** The country code, check digits and (optionally) bank code of an IBAN printed in groups of four. */
const IBAN_HEAD = /\b[A-Za-z]{2}\d{2}(?: [A-Za-z0-9]{4})?[ \u00a0]$/;
/**
 * The US Social Security layout AAA-GG-SSSS (one separator throughout): no numbering plan prints a
 * national number 3-2-4, so a value of this shape the SSN rules reject is a test or made-up SSN.
 */
const SSN_SHAPE = /^\d{3}([- ])\d{2}\1\d{4}$/;
/** Length of a printed SSN ("123-45-6789"), also of the Italian and Indian mobile shapes at their longest. */
const SSN_LENGTH = 11;
/**
 * Italian mobiles (AGCOM plan: 3 + two digits, then six or seven), printed "347 1234567" or
 * "347-1234567"; the leading 3 and the 3-6/7 split are a shape no date or amount takes.
 */
const IT_MOBILE = /^3[1-9]\d[ .-]\d{6,7}$/;
/** An Italian mobile printed with a slash after the operator prefix and a dot in the subscriber number ("347/123.4567"). */
const IT_MOBILE_SLASHED = /^3\d\d\/\d{3}\.\d{3,4}$/;
/** Indian mobiles (TRAI: ten digits from 6–9), printed 5-5: "98765 43210", "98765-43210". */
const IN_MOBILE = /^[6-9]\d{4}[ -]\d{5}$/;
/**
 * "contact Ana Ruiz on …", "call the front desk at …", "try Jan at …": a verb of calling, a person or
 * desk, then "on"/"at" right before the number, further back than the word window reaches.
 */
const CONTACT_ON = /\b(?:contact(?:ing)?|call(?:s|ing|ed)?|ring(?:ing)?|phone|text|reach|try)\s+(?:[^.!?\n\d@]|\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|h)\b){2,40}\s(?:on|at)\s*$/i;
/** How far back {@link CONTACT_ON} is read. */
const CONTACT_ON_WINDOW = 56;
/**
 * A line of contact details (signatures, letterheads, invoice headers): an e-mail address, then a
 * `·`/`|`/`•`/`/`/em-dash separator right before the number, or "or" (contact alternatives: "write to
 * ana@example.org or 0612…"). Commas are left out: CSV rows put ids there.
 */
const EMAIL_BEFORE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:[\t ]*[·|•/—–][\t ]*| or )$/;
/** …or the number followed by such a separator, or a column gap (a tab, two spaces), and an e-mail address. */
const EMAIL_AFTER = /^(?:[\t ]*[·|•/—–][\t ]*|\t|[ ]{2,})[\w.+-]+@[\w-]+\./;
/** How far an e-mail address is read before a number (the longest usual addresses). */
const EMAIL_WINDOW = 64;
/** A chat export's sender field ("[02/03/2023, 08:13:59] " or "2/3/23, 08:13 - "), right before the number. */
const CHAT_SENDER_BEFORE = /(?:^|\n)(?:\[[\d/.,: -]{8,24}(?:[AaPp]\.?[Mm]\.?)?\] ?|[\d/.]{6,10},? [\d:]{4,8}(?: ?[AaPp][Mm])? [-–] )$/;
/**
 * A question naming a phone one turn up ("… the best number to reach you", "and your mobile?"): a phone
 * word, or "number" in a question, unless an identifier names it ("order number?").
 */
const PHONE_ASKED =
  /\b(?:phone|telephone|mobile|cell(?:phone)?|landline|direct (?:line|dial)|call-?back|call you|reach (?:you|me)|contact number|whatsapp|sms|text you|telefon\w*|tel[eé]fono|celular|cellulare|handy|numéro de t|número de t|n[úu]mero de (?:contacto|contato|celular|m[óo]vil)|welche[rn]? (?:telefon)?nummer|erreichen (?:wir|ich|kann)|numéro (?:de portable|où)|numero di (?:telefono|cellulare)|telefoonnummer|welk nummer|op welk nummer)\b/i;
/**
 * "your number?", "votre numéro ?", "¿su número?", "Ihre Nummer?", "ваш номер?": a question for a number;
 * speech recognition often drops its question mark ("is this the best number if we drop").
 */
const NUMBER_ASKED = /(?<![\p{L}])(?:number|num[ée]ro|número|nummer|numer|номер|αριθμό|recapito)(?![\p{L}])[^?？\n]*(?:[?？]\s*)?$/iu;
const ID_NUMBER_ASKED =
  /\b(?:(?:order|account|acct|reference|ref|ticket|case|tracking|policy|claim|member|membership|loyalty|rewards|miles|mileage|frequent flyer|invoice|confirmation|booking|card|routing|security|insurance|id|serial|model|part|licen[cs]e|passport|tax|vat|invoice|customer|employee|student|badge|pin)\s+(?:number|no)\b|num[ée]ro de (?:commande|compte|dossier|client|contrat|carte|suivi|s[ée]curit[ée] sociale|r[ée]f[ée]rence)|número de (?:pedido|cuenta|cliente|tarjeta|seguimiento|referencia|expediente|conta|cartão|cpf)|(?:bestell|kunden|konto|vertrags|rechnungs|sendungs|auftrags)nummer)(?![a-zà-ÿ])/i;

/** True when the number at `start` replies to a question for another number ("votre numéro de commande ?"). */
function idNumberAsked(text: string, start: number): boolean {
  const question = questionBefore(text, start);
  return question !== undefined && ID_NUMBER_ASKED.test(question);
}

/** True when the number at `start` opens the reply to a question asking for a phone number. */
function phoneAsked(text: string, start: number): boolean {
  // A reply sits on a line of its own, after a speaker label ("caller:", "[caller] it's …") or under a
  // header line; a text with no line break has no reply. A cheap check before the turn regexes.
  // (A transcription tool's header line above the reply is the other layout: questionBefore reads both.)
  const head = before(text, start, REPLY_HEAD_WINDOW);
  if (head.lastIndexOf('\n') < 0) return false;
  const question = questionBefore(text, start);
  if (question === undefined || ID_NUMBER_ASKED.test(question)) return false;
  return PHONE_ASKED.test(question) || NUMBER_ASKED.test(question);
}

/** Char codes read by {@link letterheadLabel}. */
const CODE_T = 84;
const CODE_M = 77;
const CODE_F = 70;
const CODE_DOT = 46;
const CODE_TAB = 9;
const CODE_NL = 10;
const CODE_PIPE = 124;
const CODE_MIDDLE_DOT = 0xb7;
const CODE_BULLET = 0x2022;

/**
 * A letterhead or signature label without its colon right before the number: "T 020 …", "M. 06 …",
 * "| F 030 …" — a capital T, M or F (telephone, mobile, fax) at a line start or after a `|`, `·` or
 * `•`, then one space (char codes only: this runs for every candidate without another cue).
 */
export function letterheadLabel(text: string, start: number): boolean {
  let i = start - 1;
  const gap = text.charCodeAt(i);
  if (gap !== SPACE && gap !== CODE_TAB) return false;
  i--;
  if (text.charCodeAt(i) === CODE_DOT) i--;
  const letter = text.charCodeAt(i);
  if (letter !== CODE_T && letter !== CODE_M && letter !== CODE_F) return false;
  i--;
  if (i < 0 || text.charCodeAt(i) === CODE_NL) return true;
  while (i > 0 && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === CODE_TAB)) i--;
  const sep = text.charCodeAt(i);
  return sep === CODE_PIPE || sep === CODE_MIDDLE_DOT || sep === CODE_BULLET;
}

/** Any character outside printable ASCII (every cue of ID_CUE_OTHER has one). */
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;
/**
 * How far back the start of a reply's line is looked for (a stamp, a speaker label and a few filler
 * words; a log line's or JSON record's fields before the message).
 */
const REPLY_HEAD_WINDOW = 240;
/** The word right before a number is "on" or "at". */
const ON_AT_BEFORE = /^(?:on|at)$/i;
const SPACE = 32;

/** True when "contact Ana Ruiz on …" or the like introduces the number at `start`. */
function contactOn(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && text.charCodeAt(i - 1) === SPACE) i--;
  return ON_AT_BEFORE.test(text.slice(i - 2, i)) && CONTACT_ON.test(before(text, start, CONTACT_ON_WINDOW));
}

/** True when the number at `start`, ending at `end`, sits next to an e-mail address in a line of contact details. */
function besideEmail(text: string, start: number, end: number): boolean {
  // Most numbers have no "@" near them: one native scan instead of the address regexes.
  if (!text.slice(Math.max(0, start - EMAIL_WINDOW), end + EMAIL_WINDOW).includes('@')) return false;
  const near = EMAIL_BEFORE.test(before(text, start, EMAIL_WINDOW)) || EMAIL_AFTER.test(text.slice(end, end + EMAIL_WINDOW));
  if (!near) return false;
  // In a table with a header, the column names the value (a `customer_id` beside an `email`).
  return columnHeader(text, start) === undefined;
}

/** True when the number at `start`, ending at `end`, is the sender of a line of a chat export ("[…] 347 1234567: hi"). */
function chatSender(text: string, start: number, end: number): boolean {
  return text.charCodeAt(end) === COLON && CHAT_SENDER_BEFORE.test(before(text, start));
}

/** NANP: optional 1, area code N(2–9)XX, exchange NXX, line XXXX. */
const NANP = /^(?:\+?1[ .-]?)?(?:\([2-9]\d\d\) ?|[2-9]\d\d[ .-])[2-9]\d\d[ .-]\d{4}$/;

/** True when the line holding `start` has a colon (a key–value or log line, not a CSV row). */
function lineHasColon(text: string, start: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', start);
  return text.slice(from, to < 0 ? text.length : to).includes(':');
}

/** True when the number at `start` sits in a table column named as a phone column. */
function phoneColumn(text: string, start: number): boolean {
  const column = tableColumn(text, start);
  return column !== undefined && PHONE_COLUMN.test(column);
}

/** Drops separators the greedy match picked up at its end (e.g. a trailing `)`). */
function trimCandidate(raw: string): string {
  let s = raw;
  while (/[\s.\-(]$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith(')') && !s.includes('(')) s = s.slice(0, -1);
  return s;
}

/** True when separators are used sanely: no doubled punctuation, balanced parentheses. */
function wellFormed(raw: string): boolean {
  // One spaced dash after a trunk-prefixed area code is a printed layout ("040 - 825 27 16"), not a range.
  const s = AREA_DASH.test(raw) ? raw.replace(AREA_DASH, '$1 ') : raw;
  if (/[.-]{2}|[ \u00a0]{2}|[.-][ \u00a0]|[ \u00a0][.-]/.test(s)) return false;
  const open = s.indexOf('(');
  const close = s.indexOf(')');
  if (open < 0 !== close < 0) return false;
  if (open >= 0 && (close < open || s.indexOf('(', open + 1) >= 0 || s.indexOf(')', close + 1) >= 0)) return false;
  // Mixing dots with dashes is how versions and dates look, not phones.
  return !(s.includes('.') && s.includes('-'));
}

/** A trunk-prefixed area code and a spaced dash at the start of a candidate. */
const AREA_DASH = /^(0\d{1,4}) - (?=\d)/;

/** How many groups have a single digit. */
function oneDigitGroups(groups: readonly string[]): number {
  let n = 0;
  for (const g of groups) if (g.length === 1) n++;
  return n;
}

/** The digit groups of a candidate ("+44 (0)20 7946" → 44, 0, 20, 7946). */
function groupsOf(s: string): string[] {
  return s.split(/[^\d]+/).filter((g) => g.length > 0);
}

/**
 * A national number printed without trunk prefix, as many countries do (ES/PT/PL "612 345 678",
 * DK "20 12 34 56", NO "412 34 567", IT "347 123 4567"): 8–10 digits in three or more groups of 2–4,
 * not starting with 0, not shaped like a date, and not four-digit blocks only (card and id fragments).
 */
function plainNationalGroups(s: string, groups: readonly string[], digits: string): boolean {
  if (groups.length < 3 || digits.length < MIN_PLAIN_NATIONAL || digits.length > MAX_PLAIN_NATIONAL) return false;
  if (digits.startsWith('0') || DATE_SHAPE.test(s)) return false;
  if (groups.every((g) => g.length === 4)) return false;
  return groups.every((g) => g.length >= MIN_GROUP && g.length <= MAX_GROUP);
}

/**
 * Eight digits printed in groups of two to four that are not a date ("9123 4567", "912 34 567"): a
 * whole number in Singapore, Hong Kong, Denmark or Norway, but only with a cue.
 */
function shortGrouped(s: string, groups: readonly string[], digits: string): boolean {
  if (digits.length !== MIN_CUED_GROUPED || groups.length < 2 || DATE_SHAPE.test(s)) return false;
  return groups.every((g) => g.length >= MIN_GROUP && g.length <= MAX_GROUP);
}

/** Where a candidate starts, and whether the text there says "phone" (looked up once, when a rule needs it). */
interface CueState {
  readonly text: string;
  readonly start: number;
  /** Where the candidate ends (after trimming). */
  end: number;
  memo: boolean | undefined;
  /** Trailing groups were dropped to get here: the digits go on, as a list of numbers does. */
  trimmed: boolean;
  /** The number follows another phone, joined by "or"/"and" ("call 555 0100 or my bro Tyler 9440…"). */
  readonly listed: boolean;
}

const OPEN_PAREN = 40;
/** How many times `c` occurs in `s`. */
function countOf(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** Longest gap between a phone and the next number of the same list ("… or my brother Tyler "). */
const LIST_GAP = 32;
/** The words joining the numbers of a list, in the languages of the cues; no sentence end between. */
const LIST_JOIN = /^[^.!?\n\d@]*(?<![\p{L}])(?:or|and|oder|und|ou|et|o|y|e|of|en|lub|nebo|veya)(?![\p{L}])[^.!?\n\d@]*$/iu;

/** True when the number at `start` follows the phone that ended at `lastEnd`, joined by "or"/"and". */
function listedAfter(text: string, lastEnd: number, start: number): boolean {
  return lastEnd >= 0 && start - lastEnd <= LIST_GAP && start > lastEnd && LIST_JOIN.test(text.slice(lastEnd, start));
}

/**
 * The caller of a voicemail, missed call or text: "Voicemail (1:30) from 4306471806", "Missed call from …"
 * (a phone system names the calling number there; the clock length of the message may stand between).
 */
const VOICEMAIL_FROM = /\b(?:voice ?mail|missed call|text message|sms)\b[^.!?\n\d]{0,8}(?:\(\d{1,2}:\d{2}(?::\d{2})?\))?[\t ]*(?:from|von|de|da|van)[\t ]*$/i;
const VOICEMAIL_REACH = 40;

/**
 * True when the layout around the number says phone: a letterhead label, a chat export's sender field,
 * "contact X on", a contact line beside an e-mail address or closing a signature, or the reply to a
 * question asking for one.
 */
function layoutCue(text: string, start: number, end: number): boolean {
  const lead = before(text, start, VOICEMAIL_REACH);
  return (
    VOICEMAIL_FROM.test(lead) ||
    PERSON_THEN_NUMBER.test(lead) ||
    listSiblingPhone(text, start, end) ||
    letterheadLabel(text, start) ||
    chatSender(text, start, end) ||
    contactOn(text, start) ||
    besideEmail(text, start, end) ||
    signatureLine(text, start, end) ||
    phoneAsked(text, start)
  );
}

/**
 * A person, then the number, in the layouts of call logs and small ads: a caller or contact label, a
 * name and a slash or dash ("Caller: Visser, Bram / 7525243815"), or a signing dash, a name and the
 * number in brackets ("— Oren (9840340165)"). Case-sensitive, so that the name's capital is a real one.
 */
const PERSON_THEN_NUMBER =
  /(?:\b(?:[Cc]aller|CALLER|[Cc]ontact|[Cc]allback|[Cc]all back|[Rr]eported by|[Tt]enant|[Oo]wner)[ \t]*:[ \t]*[^\n\d@:]{2,40}[ \t][/|–—-][ \t]*|(?:^|[ \t\n])[—–][ \t]*\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){0,2}[ \t]\()$/u;

/** The head of a list item up to its last field: a bullet, dash or number, then words (maybe a bracketed role). */
const LIST_ITEM_HEAD = '^[ \\t]*(?:[-•*–]|\\d{1,2}[.)])[ \\t]+[^\\n\\d@]{2,60}[ \\t]';
/** {@link LIST_ITEM_HEAD} ending right before a number. */
const LIST_ITEM_BEFORE = new RegExp(`${LIST_ITEM_HEAD}$`);
/** A list item closed by a printed phone number (international, NANP or with a trunk zero). */
const LIST_ITEM_PHONE = new RegExp(
  `${LIST_ITEM_HEAD}(?:\\+\\d[\\d ().-]{7,18}\\d|\\(?[2-9]\\d\\d\\)?[ .-]?[2-9]\\d\\d[ .-]\\d{4}|0\\d{2,4}[ -]\\d{3,4}[ -]?\\d{3,4})[ \\t]*$`,
);
/** Lines read on each side of a list item for a sibling with a phone. */
const SIBLING_LINES = 2;

/**
 * True when the number closes an item of a list whose neighbouring item (one or two lines up or down,
 * same list marker) closes with a printed phone number ("- WALTERS Delroy (driver) 9293014360" under
 * "- CHEGE Wairimu (lead) 769-318-7660"): a crew or contact list gives each person a number.
 */
function listSiblingPhone(text: string, start: number, end: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*(?:\n|$)/.test(text.slice(end, end + 4)) || !LIST_ITEM_BEFORE.test(text.slice(ls, start))) return false;
  const marker = /\S/.exec(text.slice(ls, start))?.[0];
  const sibling = (line: string): boolean => /\S/.exec(line)?.[0] === marker && LIST_ITEM_PHONE.test(line);
  let up = ls;
  let down = end;
  for (let k = 0; k < SIBLING_LINES; k++) {
    if (up > 0) {
      const ps = text.lastIndexOf('\n', up - 2) + 1;
      if (sibling(text.slice(ps, up - 1))) return true;
      up = ps;
    }
    const nl = text.indexOf('\n', down);
    if (nl >= 0) {
      const ne = text.indexOf('\n', nl + 1);
      down = ne < 0 ? text.length : ne;
      if (sibling(text.slice(nl + 1, down))) return true;
    }
  }
  return false;
}

/** The letter code of a reference before its slash: two or more capitals, or one that abbreviates no phone kind. */
const REFERENCE_CODE_BEFORE = /(?:^|[^A-Za-z])(?:[A-Z]{2,}|[A-EG-LN-SU-Z])$/;

/**
 * A signature's contact line: a sign-off line, the sender's name on the next, then a line whose last
 * item, after a `·`, `|` or `•`, is the number ("Thanks,⏎Kavya Chatterjee⏎Unit 26W · 8386328723").
 */
const SIGNATURE_CONTACT_BEFORE =
  /(?:^|\n)[ \t]*(?:thanks|thank you|many thanks|cheers|regards|kind regards|best regards|warm regards|best|sincerely|yours)[,!.]?[ \t]*\n[ \t]*\p{Lu}[^\n]{1,60}\n[^\n]{0,40}[·|•][ \t]*$/iu;
/** Characters read before a number for {@link SIGNATURE_CONTACT_BEFORE}. */
const SIGNATURE_REACH = 140;

/**
 * A signature block without labels: a blank or sign-off line, the sender's name alone on the next (two or
 * three capitalised words), then the number alone on its own line ("…Raleigh, NC 27625.⏎⏎Rhea Aquino⏎3129548952").
 * Case-sensitive, so that the name's capitals are real ones (a `u`+`i` regex reads `\p{Lu}` as any letter).
 */
const SENDER_NAME_LINE_BEFORE =
  /(?:^|\n)[ \t]*(?:(?:[Tt]hanks|[Tt]hank you|[Mm]any thanks|[Cc]heers|[Rr]egards|[Kk]ind regards|[Bb]est regards|[Ww]arm regards|[Bb]est|[Ss]incerely|[Yy]ours)[,!.]?[ \t]*)?\n[ \t]*\p{Lu}\p{Ll}+(?:[ '-]\p{Lu}\p{Ll}+){1,2}[ \t]*\n[ \t]*$/u;

/** True when the number at [start, end) closes the contact line of a signature, or stands alone under the sender's name. */
function signatureLine(text: string, start: number, end: number): boolean {
  if (!/^[ \t]*(?:\n|$)/.test(text.slice(end, end + 4))) return false;
  const b = before(text, start, SIGNATURE_REACH);
  if (SIGNATURE_CONTACT_BEFORE.test(b)) return true;
  const name = SENDER_NAME_LINE_BEFORE.exec(b);
  // "Item Count⏎4081773312", "Serial Number⏎…": a heading over its value, not a sender.
  return name !== null && !FIELD_HEADING_WORD.test(name[0]);
}
/** Words of a field heading over a value ("Item Count", "Order Total", "Serial No"). */
const FIELD_HEADING_WORD =
  /\b(?:number|no|count|total|id|code|amount|ref|reference|order|invoice|account|balance|tracking|summary|qty|quantity|sum|price|serial|pin|value|item|items|batch|lot|sku|ticket|case|year)\b/i;

/** True when the words before the candidate, its key or its table column say it is a phone number. */
function cueOf(c: CueState): boolean {
  if (c.memo === undefined) {
    const b = before(c.text, c.start);
    c.memo =
      c.listed ||
      hasPhoneCue(c.text, c.start) ||
      EXTENSION.test(c.text.slice(c.end, c.end + EXTENSION_REACH)) ||
      GDS_PHONE.test(before(c.text, c.start, GDS_REACH)) ||
      KEY_CUE.test(b) ||
      CHAT_LINK.test(b) ||
      phoneColumn(c.text, c.start) ||
      layoutCue(c.text, c.start, c.end);
  }
  return c.memo;
}

/** How far after a number its extension is read ("ext. 749"). */
const EXTENSION_REACH = 24;
/**
 * The contact element of a GDS booking record (Amadeus "AP", "APM" mobile, "APH" home, "APB" business,
 * "APN" notification; numbered "4 APM …" lines of a PNR): the value is a phone, printed bare.
 */
const GDS_PHONE = /(?:^|\n)[ \t]*\d{0,2}[ \t]*AP[MHBN]?[ \t]+$/;
const GDS_REACH = 12;
/**
 * The telephone of an EDI message: ANSI X12 "PER*IC*Ana Ruiz*TE*8014160061*EM*…" (communication
 * qualifier TE, FX or CP before the number) and EDIFACT "COM+01575572634:TE'" (qualifier after it).
 */
const X12_PHONE_BEFORE = /\*(?:TE|FX|CP)\*$/;
/** EDIFACT's communication segment with a telephone or fax qualifier; group 1 the number. */
const EDIFACT_PHONE = /(?:^|\n)COM\+(\+?\d[\d ]{5,17}\d):(?:TE|FX)'/g;
/**
 * A reservation's passenger contact element (IATA SSR CTCM mobile, CTCH home, CTCB business: "SSR CTCM
 * YY HK1/447911123456/P1"): the number in international form without its "+"; group 1 the number.
 */
const GDS_CONTACT_PHONE = /\bCTC[MHB][ \t]+[A-Z0-9]{2}[ \t]+HK\d\/(\+?\d{7,15})(?=\/|[ \t]*(?:$|\n))/g;

/** True when the number at `start` is the value of an X12 telephone qualifier. */
function ediPhone(text: string, start: number): boolean {
  return X12_PHONE_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}
/** Fewest and most digits of a bare number in a GDS contact element (national numbers of 7–8 digits, up to E.164). */
const MIN_GDS_DIGITS = 7;
/** Icelandic (and other seven-digit plans): 3-4, accepted only with a phone cue ("Sími: 882 6722", "her number is 898 0443"). */
const SEVEN_DIGITS_LENGTH = 8;
const SEVEN_DIGITS = /^\d{3}[ -]\d{4}$/;
/**
 * Belgian and Slovak landlines with the area code and a slash: "03/349 71 86" (BE, 9 digits), "02/341
 * 264 91" (SK, 10 digits).
 */
const SLASHED_ONE_DIGIT_AREA = /^0[1-9]\/\d{3}[ .]\d{2,3}[ .]\d{2}$/;
/** Argentine mobiles in the national format: area code with 0, then 15 and the subscriber ("(0341) 15-346-0475"). */
const AR_MOBILE = /^\(0\d{2,4}\) ?15[ -]?\d{2,4}[ -]?\d{4}$/;
/** Lithuanian mobiles with the trunk prefix 8 ("8 694 23682", "8-612-34567"). */
const LT_MOBILE = /^8[ -]6\d\d[ -]\d{5}$/;

/**
 * A number read out again in words right after it was written ("call me back on 02-261-1918, that's
 * zero two two six …"): the spoken run restates the written number before "that's".
 */
const RESTATED_NUMBER_BEFORE = /\d[ \t]*,?[ \t]*(?:that's|that’s|that is|i\.e\.|in words:?)[ \t]+$/i;
const RESTATED_REACH = 24;
/** A number named, then said to be read out ("Callback number read out as \"oh seven …\""): the spoken run is that number. */
const READ_OUT_BEFORE = /\b(?:number|phone|mobile|callback|cell)\b[^.\n\d]{0,16}\b(?:read out|read back|spelled out|given|said) as[ \t]*["“'‘]?$/i;

/** Decides whether a well-formed candidate is a phone number. */
function isPhone(s: string, c: CueState): boolean {
  const digits = s.replace(/\D/g, '');
  const first = s.charCodeAt(0);
  // "011 44 20 …": the NANP international prefix, then a whole E.164 number. Too short for one, "011"
  // is an area code with its trunk prefix (Johannesburg "011 661 8778") and the national rules decide.
  if (first === ZERO && NANP_EXIT.test(s) && digits.length - 3 >= MIN_INTL_DIGITS) return digits.length - 3 <= MAX_DIGITS;
  if (digits.length > MAX_DIGITS) return false;
  const separated = /[^\d+]/.test(s);
  // Printed numbers never end in a one-digit group; "0161 496 0000 3" is a phone followed by a number.
  if (/\D\d$/.test(s)) return false;
  const groups = groupsOf(s);
  const intl = s.startsWith('+');
  // Two one-digit groups make a list or a sequence ("0 1 1 2 3 5 8"); a printed phone has at most one
  // (the "(0)" of "+44 (0)20" aside).
  if (!intl && oneDigitGroups(groups) - (s.includes('(0)') ? 1 : 0) >= 2) return false;
  // Dotted runs with a one-digit group are versions ("16.4.12345.6789"), not phones (+1.415… aside).
  if (s.includes('.') && groups.some((g, i) => g.length === 1 && !(i === 0 && intl))) return false;
  if (intl || s.startsWith('(+')) return digits.length >= MIN_INTL_DIGITS;
  if (NANP.test(s)) return true;
  if (first === ZERO && (SLASHED_ONE_DIGIT_AREA.test(s) || AR_MOBILE.test(s))) return true;
  if (first === EIGHT && LT_MOBILE.test(s)) return true;
  if (s.length === SEVEN_DIGITS_LENGTH && SEVEN_DIGITS.test(s)) return !c.trimmed && hasPhoneCue(c.text, c.start);
  // A mobile number in E.164 without its "+", as mobile-money receipts, RADIUS logs and wallets print it.
  if (!separated && BARE_E164_MOBILE.test(s)) return true;
  // A bare number in a booking record's contact element or an EDI message's telephone field.
  if (digits.length >= MIN_GDS_DIGITS && digits.length <= MAX_DIGITS && !separated) {
    if (GDS_PHONE.test(before(c.text, c.start, GDS_REACH)) || ediPhone(c.text, c.start)) return true;
  }
  // The shapes below are 10–11 characters long (SSN 11, Italian mobile 10–11, Indian mobile 11).
  if (s.length === SSN_LENGTH && SSN_SHAPE.test(s)) return cueOf(c);
  // Alone, not the head of a longer run ("90210 10001 60614" holds a 5-5 shape once its tail is dropped).
  if ((s.length === SSN_LENGTH || s.length === SSN_LENGTH - 1) && (IT_MOBILE.test(s) || IN_MOBILE.test(s))) {
    return !c.trimmed || cueOf(c);
  }
  // "347/123.4567": the slash and the dot of the Italian layout together; with spaces only ("320/240
  // 1500") it may as well be a ratio and a count, so it needs a cue.
  if (first === THREE && s.includes('/')) return IT_MOBILE_SLASHED.test(s) || cueOf(c);
  // The plan-specific shapes are tried only for their leading digit.
  if (first === ONE) {
    if (CN_MOBILE.test(s)) return true;
    if (EPOCH_SECONDS.test(s)) return false;
  }
  if (first === EIGHT && RU_TRUNK.test(s)) return true;
  if (s.length === ZIP4_LENGTH && ZIP4.test(s) && STATE_BEFORE.test(before(c.text, c.start, 4))) return false;
  if (first === OPEN_PAREN && AR_MOBILE.test(s)) return true;
  if (PAREN_AREA.test(s) && digits.length >= MIN_PAREN_DIGITS && digits.length <= MAX_TRUNK_DIGITS) return true;
  // Blocks of four only ("1234 5678 9012") are card or account fragments unless a trunk prefix leads.
  if (groups.length >= 3 && groups.every((g) => g.length === 4) && !digits.startsWith('0')) return false;
  // "12 15 18 21 24 27" holds a plain national shape once its tail is dropped; a list goes on, a phone does not.
  if (plainNationalGroups(s, groups, digits)) return (!c.trimmed && !SI_THOUSANDS.test(s)) || cueOf(c);
  if (digits.startsWith('00')) return digits.length >= MIN_INTL_DIGITS + 2 && (separated || cueOf(c));
  if (digits.startsWith('0')) {
    if (digits.length < MIN_TRUNK_DIGITS || digits.length > MAX_TRUNK_DIGITS) return false;
    return separated || BARE_TRUNK.test(s) || cueOf(c);
  }
  // Eight bare digits under a phone key or in a CSV row's phone column (Singapore, Hong Kong, the Nordic
  // plans); a row with a colon is no CSV row (JSON and logs name their fields themselves).
  if (digits.length === MIN_CUED_GROUPED && !separated) {
    if (KEY_CUE.test(before(c.text, c.start)) || (!lineHasColon(c.text, c.start) && phoneColumn(c.text, c.start))) return true;
  }
  // Anything else (9–12 digits, or 8 in groups, no trunk prefix) is a phone only when the text says so.
  if (digits.length < MIN_TRUNK_DIGITS && !shortGrouped(s, groups, digits)) return false;
  return digits.length >= MIN_CUED_GROUPED && digits.length <= MAX_TRUNK_DIGITS && cueOf(c);
}

/**
 * A US employer identification number (IRS: two digits, a dash, seven), named on its line ("EIN on the
 * form: 12-3456789", "Federal Tax ID (EIN): …"): the Israeli "03-1234567" layout is the same, so only
 * with the name.
 */
const EIN_SHAPE = /^\d{2}-\d{7}$/;
const EIN_NAMED = /(?<![A-Za-z])(?:EIN|FEIN|TIN|[Tt]ax ID|[Ee]mployer (?:ID|[Ii]dentification))(?![A-Za-z])[^\n]{0,40}$/;
const EIN_REACH = 64;
/** "CALL" opening a log line, or "call" after a dash or bracket of a header, right before a number… */
const CALL_ID_BEFORE = /(?:(?:^|\n)CALL|[[—–|][ \t]*[Cc]all) $/;
/** …that a column bar or a header's dash closes. */
const CALL_ID_AFTER = /^ [|—–]/;
/** A key naming an IP address (`ip: …`, `"client_ip": …`, `ipv4=…`): the value is no phone, valid address or not. */
const IP_KEY = /(?:^|[^A-Za-z])(?:ip|IP|Ip)(?:v[46])?(?:[_ -]?(?:addr(?:ess)?|Address))?["']?\s*[:=]\s*["']?$/;

/** The dotted shape of a customs tariff code (HS/HTS: four digits, two, two or four), no phone layout. */
const TARIFF_CODE = /^\d{4}\.\d{2}\.\d{2}(?:\d{2})?$/;
/**
 * Letters glued to the number by a full stop or slash, as a file reference's prefix ("WSO.7618…",
 * "REF/2024…"); a host's last label is no prefix ("wa.me/1415…").
 */
const GLUED_CODE_BEFORE = /(?:^|[\s([:;,"'])(\p{L}{2,})[./]$/u;
/** Phone words that may be glued to their number ("Tel.0612…", "Mob/0412…"). */
const GLUED_PHONE_WORDS: ReadonlySet<string> = new Set(['tel', 'tél', 'ph', 'mob', 'mobil', 'cel', 'cell', 'fax', 'nr', 'no', 'num', 'telefon', 'phone', 'gsm', 'handy']);

/** True when a reference's letters are glued to the number ({@link GLUED_CODE_BEFORE}), phone words aside. */
function codeGlued(before: string): boolean {
  const word = GLUED_CODE_BEFORE.exec(before)?.[1];
  return word !== undefined && !GLUED_PHONE_WORDS.has(word.toLowerCase());
}

/** A product token of a user agent glued to the number by a slash ("okhttp/12.13.45.2201"): a version. */
const PRODUCT_SLASH_BEFORE = /(?:^|[\s"'(;=])[A-Za-z][\w-]*\/$/;

/** True when `raw` at `start` has the EIN layout and an EIN is named on its line. */
function einNamed(text: string, start: number, raw: string): boolean {
  return EIN_SHAPE.test(raw) && EIN_NAMED.test(before(text, start, EIN_REACH));
}

/** True when the number at `start` is introduced as an order/record/account number or is a zone offset. */
function namedOtherwise(text: string, start: number, match: string): boolean {
  if (match.startsWith('+')) return ZONE_OFFSET.test(match) && CLOCK_BEFORE.test(before(text, start, 16));
  const b = before(text, start);
  if (hasNegativeCue(text, start) || ID_CUE.test(b) || IP_KEY.test(b) || PRODUCT_SLASH_BEFORE.test(b)) return true;
  // A customs tariff code ("8708.90.59", "8471.16.9728") and a reference glued to its letters ("WSO.7618.76.2025").
  if (TARIFF_CODE.test(match) || codeGlued(b)) return true;
  // A call log's header ("CALL 568518872 | queue …", "[Roadside — call 013142543 — 10:21]"): the call's id.
  if (CALL_ID_BEFORE.test(b) && CALL_ID_AFTER.test(text.slice(start + match.length, start + match.length + 4))) return true;
  // The first column of a CSV row, named as another identifier ("hawb", "order_id", "tracking"): the
  // header outweighs the shape.
  const lineStart = start === 0 || text[start - 1] === '\n' || (text[start - 1] === '"' && (start === 1 || text[start - 2] === '\n'));
  if (lineStart) {
    const column = tableColumn(text, start);
    if (column !== undefined && ID_COLUMN.test(column)) return true;
  }
  // An SSN that fails the SSA rules ("SSN on file: 666-04-8763") is still no phone.
  if (SSN_SHAPE.test(match) && hasSsnCue(text, start)) return true;
  // An IBAN printed in groups of four ("DE89 3704 0044 …", "NL91 ABNA 0417 …") holds phone-shaped runs.
  if (IBAN_HEAD.test(b)) return true;
  // Every cue of ID_CUE_OTHER has a non-ASCII letter; most windows have none.
  return NON_ASCII.test(b) && ID_CUE_OTHER.test(b) && !hasPhoneCue(text, start);
}

/**
 * Ends an ADDRESS span before a PHONE span that starts inside it when a phone cue or a letterhead label
 * ("T 020 …") introduces the phone
 * ("… 1070 wien and my number is 0664 …"): the cue says the digits are not part of the address, which
 * a lower-case or run-on address can otherwise swallow (the merge keeps the longer span). Other spans
 * pass through unchanged.
 */
export function cutAddressesAtCuedPhones(text: string, spans: readonly PiiSpan[]): readonly PiiSpan[] {
  let phones = 0;
  let addresses = 0;
  for (const s of spans) {
    if (s.type === 'PHONE') phones++;
    else if (s.type === 'ADDRESS') addresses++;
  }
  if (phones === 0 || addresses === 0) return spans;
  return spans.map((s) => {
    if (s.type !== 'ADDRESS') return s;
    const phone = spans.find(
      (p) => p.type === 'PHONE' && p.start > s.start && p.start < s.end && (hasPhoneCue(text, p.start) || letterheadLabel(text, p.start)),
    );
    if (!phone) return s;
    let end = phone.start;
    while (end > s.start && /[\s,;:(-]/.test(text[end - 1] ?? '')) end--;
    return spanAt('ADDRESS', text, s.start, end);
  });
}

/** A NANP number broken after the exchange's dash at a line end; checked with {@link NANP} once joined. */
const WRAPPED_NANP = /(?<![\w)-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}-[ \t]*\r?\n[ \t]*\d{4}(?![\w-])/g;

/** A calendar date with a four-digit year at the start of a candidate (ISO, or day/month first). */
const LEADING_DATE = /^(?:(?:1[89]|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d[./-][01]?\d[./-](?:1[89]|20)\d\d)(?!\d)/;

/** Sixteen digits printed in four groups of four. */
const CARD_PRINT = /(?<![\d-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\d-])/g;
/** How far around a candidate a card print holding it is looked for. */
const CARD_PRINT_REACH = 20;

/** True when [start, end) lies inside a card print ({@link CARD_PRINT}). */
function inCardPrint(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CARD_PRINT_REACH);
  const slice = text.slice(from, end + CARD_PRINT_REACH);
  for (const m of slice.matchAll(CARD_PRINT)) if (from + m.index <= start && from + m.index + m[0].length >= end) return true;
  return false;
}

/** Finds phone numbers; order numbers, prices, dates, versions and times are rejected. */
export const phoneDetector: PiiDetector = {
  type: 'PHONE',
  detect(text: string): PiiSpan[] {
    const out: PiiSpan[] = [];
    // Read out in a transcript ("call me on oh seven seven double oh …"): a phone's length after a cue.
    for (const r of spokenDigitRuns(text)) {
      const n = r.digits.length;
      // A national number read out with its trunk zero ("sifuri saba mbili nane, …", "zero seven nine seven, …") needs no cue.
      const trunk = n === SPOKEN_TRUNK_DIGITS && r.digits[0] === '0' && r.digits[1] !== '0' && !idNumberAsked(text, r.start);
      const restated = RESTATED_NUMBER_BEFORE.test(before(text, r.start, RESTATED_REACH)) || READ_OUT_BEFORE.test(before(text, r.start, 48));
      if (n >= MIN_CUED_GROUPED && n <= MAX_DIGITS && !hasNegativeCue(text, r.start) && (trunk || restated || hasPhoneCue(text, r.start) || phoneAsked(text, r.start))) {
        out.push(spanAt('PHONE', text, r.start, r.end));
      }
    }
    if (!hasDigitRun(text)) return out;
    for (const f of identityRecordFields(text)) if (f.type === 'PHONE') out.push(spanAt('PHONE', text, f.start, f.end));
    if (text.includes('CTC')) {
      for (const m of execAll(GDS_CONTACT_PHONE, text)) {
        const at = m.index + m[0].indexOf(m[1] ?? '');
        out.push(spanAt('PHONE', text, at, at + (m[1] ?? '').length));
      }
    }
    if (text.includes("COM+")) {
      for (const m of execAll(EDIFACT_PHONE, text)) {
        const at = m.index + m[0].indexOf(m[1] ?? '');
        out.push(spanAt('PHONE', text, at, at + (m[1] ?? '').length));
      }
    }
    // A NANP number a form or e-mail wrapped after the dash of its exchange ("(401) 862-⏎0276").
    if (text.includes('-\n')) {
      for (const m of execAll(WRAPPED_NANP, text)) {
        if (NANP.test(m[0].replace(/-[ \t]*\r?\n[ \t]*/, '-')) && !followsNumericPrefix(text, m.index)) out.push(spanAt('PHONE', text, m.index, m.index + m[0].length));
      }
    }
    let lastPhoneEnd = -1;
    for (const found of execAll(PHONE_RE, text)) {
      // Two spaces or more separate the columns of a space-aligned table ("2013  (02) 1946 3347"): each
      // cell is a candidate of its own.
      const cells = found[0].includes('  ') ? cellsOf(found[0], found.index) : [{ text: found[0], index: found.index }];
      for (const cell of cells) {
        const span = phoneCandidate(text, cell.text, cell.index, lastPhoneEnd);
        if (!span) continue;
        out.push(span);
        lastPhoneEnd = span.end;
      }
    }
    return out;
  },
};


/**
 * The phone span a candidate of {@link PHONE_RE} (text `m` at `index`) holds, if any, with its
 * extension; `lastPhoneEnd` is where the previous phone ended (a list of numbers shares a cue).
 */
function phoneCandidate(text: string, m: string, index: number, lastPhoneEnd: number): PiiSpan | undefined {
  // "Ana Ruiz (0859-5999-975)", "(+60 (0)12 462 1363)": parentheses around the whole number, whose
  // closing one the match leaves out; the number starts after the opening one.
  const wrapped = m.charCodeAt(0) === OPEN_PAREN && countOf(m, '(') > countOf(m, ')');
  const match = wrapped ? m.slice(1) : m;
  const start = wrapped ? index + 1 : index;
  if (followsNumericPrefix(text, start)) return undefined;
  // "POL-1234 5678" / "INV-0612…": the digits are the tail of a code.
  if (text.charCodeAt(start - 1) === 45 && /[A-Za-z0-9]/.test(text[start - 2] ?? '')) return undefined;
  // "INV/2028753222", "PO/…", "P/0832/47874": a letter code and a slash make the digits a reference's
  // tail (one letter too, but "T/", "M/" and "F/" abbreviate telephone, mobile and fax).
  if (text.charCodeAt(start - 1) === 47 && REFERENCE_CODE_BEFORE.test(text.slice(Math.max(0, start - 4), start - 1))) return undefined;
  if (match.length === UPC_PRINTED_LENGTH && UPC_PRINTED.test(match)) return undefined;
  // "1959-10-01 36 Bloor St": a date with a full year opens the match, and the number after it is a house's.
  if (LEADING_DATE.test(match)) return undefined;
  // Four groups of four digits are a card's print, valid or not ("card 5295 6363 2827 5243 fails"):
  // no numbering plan prints a phone so, and part of one is no phone either.
  if (inCardPrint(text, start, start + match.length)) return undefined;
  const cue: CueState = { text, start, end: start, memo: undefined, trimmed: false, listed: listedAfter(text, lastPhoneEnd, start) };
  // The greedy match may run into a following number ("… 0132 2 times"); retry without tail groups.
  let raw = trimCandidate(match);
  for (let tries = 0; tries <= MAX_TAIL_TRIMS; tries++) {
    const end = start + raw.length;
    cue.end = end;
    if (wellFormed(raw) && !continuesNumerically(text, end) && isPhone(raw, cue)) {
      // Named as another identifier, or a zone offset after a clock time: not a phone at all.
      if (namedOtherwise(text, start, match) || einNamed(text, start, raw)) return undefined;
      const ext = EXTENSION.exec(text.slice(end, end + 24));
      return spanAt('PHONE', text, start, ext ? end + ext[0].length : end);
    }
    const cut = raw.search(/[ \u00a0][\d().-]+$/);
    if (cut < 0) break;
    raw = trimCandidate(raw.slice(0, cut));
    cue.trimmed = true;
  }
  return undefined;
}

/** The cells of a candidate split at runs of two or more spaces, with their positions in the text. */
function cellsOf(match: string, at: number): Array<{ text: string; index: number }> {
  const out: Array<{ text: string; index: number }> = [];
  let from = 0;
  for (const g of match.matchAll(/ {2,}/g)) {
    if (g.index > from) out.push({ text: match.slice(from, g.index), index: at + from });
    from = g.index + g[0].length;
  }
  if (from < match.length) out.push({ text: match.slice(from), index: at + from });
  return out;
}
