/** @module privacy/pii/context-cues — small helpers that look at the words right before a candidate. */
import { columnHeader } from './table-header.js';

/** How far back (UTF-16 units) a cue word may sit before a number and still describe it. */
export const CUE_WINDOW = 28;

/**
 * Words that introduce identifiers which are not personal data (orders, tickets, SKUs…), also abbreviated
 * with a dot ("Ref.", "Inv.", "Conf."). A bare digit run right after one of these is an order number, not
 * a phone or card. Besides the English nouns: dial-in, access and PIN codes ("dial-in code 123 456 789#",
 * but not "area"/"country code", which lead a phone), registration and tax numbers ("VAT reg"), contracts,
 * customers and invoices in the languages of the European markets ("Vertrags Nr.", "Kundennummer",
 * "numéro de commande", "número de pedido", "numer zamówienia" — the noun stands right before the digits
 * either way). The cue must end right before the number, so a phone word closer to it ("order queries:
 * call 0800 …") wins. Keys ending in `id` count too (`call_id=…`, `"ticketId": "…"`), but not a caller id,
 * which holds a phone number. Bank routing (ABA), NMLS and employer (EIN) numbers, and the national ids
 * of other countries (Spanish DNI/NIF, Brazilian CPF, Mexican CURP/RFC: "Mi DNI es …", Canadian SIN/NAS,
 * Australian tax file numbers and Medicare cards, Polish PESEL, US alien numbers "A-Number: …"), nor are
 * transfer and complaint references (Italian CRO, MTCN, Polish "reklamacja nr") or German "…konto"
 * account numbers ("Darlehenskonto 0170017804"). A cue may end
 * a snake_case key (`"model_version": "11.16.23.688"`).
 */
const NEGATIVE_CUE =
  /(?:(?<![a-z0-9])(?:order|invoice|ticket|case|ref|reference|tracking|routing|aba|nmls|ein|dni|nif|cpf|curp|rfc|msg|i\.d\.|track|confirmation|conf|booking|sku|item|part|model|serial|product|po|transaction|txn|receipt|shipment|envio|parcel|batch|hs|hts|tariff|lot|version|build|release|v|inv|(?<!area |country |dialling |dialing |city |zip |post |postal )code|pin|passcode|reg|registration|vat|tax|contract|agreement|loan|mandate|sin|social insurance|nis|nas|nin|tax[ -]file|a-number|alien(?: registration)?|uscis|pesel|niss|medicare|identity|mtcn|cro|reklamacj[ai]|\w*konto(?:nummer)?|meter|mprn|mpan|nmi|icp|mirn|gsrn|cups|pdr|siret|siren|numero de servicio|\w*schein(?:-nr)?|nhs|ihi|mrn|nric|aadhaar|hosp|학번|학생번호|vertrag|rechnung|auftrag|bestellung|commande|facture|contrat|dossier|pedido|factura|contrato|expediente|ordine|fattura|contratto|pratica|zamowienia|faktury|umowy|objednavky|smlouvy|fatura|siparis)|\b(?:customer|client|student|notice|library|applicant|application|enrol(?:l?ment)?|candidate|matriculation|admission|kunden|kd|vertrags|rechnungs|auftrags|bestell|vorgangs?|akten|sendungs?|mitglieds|versicherungs|versicherten|steuer|ust|ik|sv)[ -]?(?:nr|nummer|no|nro|num|number|id|numero|numer|#)(?![a-z])|(?<![a-z])(?<!caller[ _-]?|calling-station-|wa_)id)\.?(?:\s*(?:no\.?|number|num|nr|#|id|code))?(?:\s*\/\s*(?!ssn|soc)[a-z]{2,12}(?:\s*(?:no\.?|number|nr|#))?)?(?:\s+(?:is|was|es|est|ist|é|è))?["']?\s*[:#=]?\s*["']?$/i;
/**
 * A camelCase key ending in `Id` (`"sessionId": "…"`, `ticketID=…`), which the case-insensitive regex
 * above cannot tell from a word ending in "id"; a caller's or WhatsApp id is a phone number.
 */
const CAMEL_ID_KEY = /(?<!caller|Caller|wa)(?<=[a-z])I[dD]["']?\s*[:=]\s*["']?$/;
/**
 * The same nouns with letters outside ASCII, kept out of the case-insensitive regex above (V8 takes a
 * slower path for case-insensitive non-ASCII patterns): Turkish "sipariş no", "müşteri no", "sözleşme
 * no", Polish "zamówienia", Czech "objednávky", "smlouvy", "účtu", "zákazníka", Spanish "póliza", Swedish
 * "ärende" (a case).
 */
const NEGATIVE_CUE_ACCENTED =
  /(?:[Ss]ipariş|SİPARİŞ|[Mm]üşteri|[Ss]özleşme|[Zz]amówienia|[Oo]bjednávky|[Ss]mlouvy|účtu|zákazníka|[Pp]óliza|[Ää]rende(?:nummer)?|[Nn]úmero de servicio|[Ee]nvío|お客(?:さま|様)番号|契約番号|会員番号|口座番号|顧客番号|受付番号|注文番号|地点番号|고객\s?번호|계약\s?번호|회원\s?번호|주문\s?번호|客户编号|客戶編號|户号|戶號|合同编号|订单号)\.?(?:\s*(?:[Nn]o|[Nn]r|[Nn]umarası|[Čč]\.|[Nn]umer)\.?)?\s*[:#：]?\s*$/;
/** Any character outside printable ASCII (every cue of {@link NEGATIVE_CUE_ACCENTED} has one). */
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

/**
 * Words that introduce a phone number, in English and the languages of the European and Latin
 * American markets ("Telefon", "téléphone", "teléfono", "telefone", "cellulare", "bellen", "unter"…).
 * "on"/"at" count only after a person ("reach me at", "she is on"): alone they introduce times,
 * places, prices and counts ("at 2300", "on 12 345 678 requests"). "Callback number" counts as one cue,
 * so that its window starts after "number" ("Callback number given as "…""). "HP" (handphone, in Singapore
 * and Malaysia) counts right before the number or a colon, "contact" before a colon ("Best contact: 305 6415391").
 */
const PHONE_CUE =
  /\b(?:phone|tel|telephone|mobile|mob|ph|cell|call(?:ed|ing)?|call-?back|ring(?:s|ing)?|rang|dial(?:led)?|text|sms|whatsapp|fax|landline|reach (?:me|you|us|him|her|them)|reachable (?:on|at)|(?:contact|callback|call-back|cell|mobile|phone|telephone|home|work) ?(?:number|no|#)|number is|(?:send|sent|sending|text|texting) (?:a |the |you a |me a |it )?(?:code|text|sms|link|reminder|confirmation) to|line is|(?:me|us|him|her|them|you|i'm|i am|is|are|be) (?:on|at)|(?:new|my|our|his|her|their|your) number|(?:phone|number)(?: has)? changed|hp(?=[ \t]*:|[ \t]+$)|contact(?=[ \t]*:)|number hai|number ni|namba|nambari|direct(?: line| dial)?(?=[ \t]*:)|direct (?:line|dial)|h\/p|telefon|rufnummer|telefone|telefono|telefoon|tlf|tfn|handy|mobil|mobiel|movil|celular|cellulare|portable|portatil|unter|rufen|anrufen|appelez|appeler|llamar|llame|ligar|ligue|chiamare|chiamami|bellen|bel|nummer|numero|puhelin)\b(?:[^.!?\n]{0,14}|[^.!?\n:]{0,30}:[ \t]*)$/i;
/**
 * The cue words with accented letters or in other scripts, kept out of the case-insensitive regex above
 * (V8 takes a slower path for case-insensitive non-ASCII patterns): "téléphone", "tél", "teléfono",
 * "móvil", "número", Icelandic "Sími", the Indian scripts' phone words (தொலைபேசி, फ़ोन, ফোন…), Vietnamese
 * "Điện thoại", Persian تلفن; Chinese/Japanese 电话/電話/手机/携帯, Korean 전화/연락처/휴대폰, Russian "телефон",
 * "тел.", "моб.", "звоните", Greek "τηλ.", Arabic هاتف/جوال, Hebrew טלפון, Thai โทร. Also the
 * one-letter labels of signatures and letterheads ("T: …", "M: …", "F: …"), capital only and right
 * before the number.
 */
const PHONE_CUE_ACCENTED =
  /(?:(?:[Tt][ée]l[ée]phone|[Tt]él\.?|[Tt]eléfono|[Mm]óvil|[Ll]lámame|[Nn]úmero|[Nn]uméro|电话|電話|手机|手機|携帯|전화|연락처|휴대폰|[Тт]елефон|[Тт]ел\.?|[Зз]вон|[Мм]об\.?|[Ττ]ηλ\.?|هاتف|جوال|טלפון|โทร|[Ss]ími|[Ss]imi|தொலைபேசி|கைபேசி|फ़ोन|फोन|मोबाइल|दूरभाष|ফোন|মোবাইল|ফোন নম্বর|ఫోన్|ಫೋನ್|ഫോൺ|ફોન|ਫ਼ੋਨ|[Đđ]iện thoại|ĐT|تلفن|موبایل|فون|телефона|Телефон)[^.!?\n]{0,14}|(?:^|[\s|;(/])[TMFPHOW] ?: ?)$/;
/**
 * A form line labelled as a contact ("Emergency contact: Ana Ruiz (mother), …", "Next of kin: …"),
 * also as a key–value table row ("| Emergency contact | …") or naming a reference a form asks for
 * ("Current landlord: …", "Guarantor: …"): the number may follow a name and a relation, further away
 * than the word window allows.
 */
const CONTACT_LINE =
  /(?:^|\n)[\t |]*(?:(?:current|previous|former|prior|primary|secondary|alternate|alternative)\s+)?(?:emergency contact|in case of emergency|next of kin|nok|contact(?: person| details)?|landlord|landlady|guarantor|co-?signer|guardian|supervisor|referee)\b[^\n]*$/i;
/** How far back a contact-line label may sit before the number. */
const CONTACT_LINE_WINDOW = 64;

/**
 * Words that introduce a US Social Security number; up to 20 more characters may follow in the sentence,
 * or up to 40 that end in a label's colon or the word "number" ("SSN on file ends 2226; full number …").
 * `ssn` may close a snake_case key (`"taxpayer_ssn": …`), "social security" may open a camelCase or
 * snake_case one (`socialSecurityNumber`); "soc. sec." and "S.S.N." are form spellings.
 */
const SSN_CUE =
  /(?:(?<![a-z])ssn|\bsocial[\s_-]?security|\b(?:social|ss)\b|\bsoc\.? ?sec\b\.?|\bs\.s\.n\b\.?|\bss#)(?:[^.!?\n]{0,20}|[^.!?\n:]{0,40}(?::|\bnumber|\bno\.?|#)\s*|[ \t]*\([^()\n]{1,60}\)[ \t]*:\s*)$/i;
/** Abbreviation dots ("no.", "nr.", "#.") that do not end a sentence, removed before cue tests. */
const ABBREV_DOT = /\b(no|nr|num|tel|ph|mob|approx)\./gi;

/** The text in the `CUE_WINDOW` characters before `start`. */
export function before(text: string, start: number, window = CUE_WINDOW): string {
  return text.slice(Math.max(0, start - window), start);
}

/** Char codes read by {@link labelEnd}. */
const DOT = 46;
const SPACE = 32;
const TAB = 9;
const COLON = 58;
/** Fewest dots that make a leader ("SSN ...... 123…"); two could be a typo, three is the shortest ellipsis. */
const MIN_LEADER_DOTS = 3;

/**
 * Where the label of a form line ends when dot leaders fill the gap to its value ("SSN ........ 123…",
 * "Phone . . . . 020 …", "Order no ....: 061…"): the cue regexes read the words before a number up to
 * a sentence end, and leaders are a run of dots. `start` itself when there are no leaders.
 */
function labelEnd(text: string, start: number): number {
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB)) i--;
  if (text.charCodeAt(i - 1) === COLON) i--;
  let dots = 0;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === DOT) dots++;
    else if (c !== SPACE || text.charCodeAt(i - 2) !== DOT) break;
    i--;
  }
  return dots >= MIN_LEADER_DOTS ? i : start;
}

/** The cue window before `start`, with dot leaders between a label and the value read as one space. */
function cueWindow(text: string, start: number, window: number): string {
  const end = labelEnd(text, start);
  return end === start ? before(text, start, window) : `${before(text, end, window)} `;
}

/** True when the words before `start` say the following number is an order/ticket/product id. */
export function hasNegativeCue(text: string, start: number): boolean {
  const near = cueWindow(text, start, CUE_WINDOW);
  // An aside between the noun and its colon ("SIN (optional, for tax receipt): …") is read past.
  const b = near.includes(')') ? cueWindow(text, start, CUE_WINDOW + ASIDE_MAX).replace(LABEL_ASIDE, '') : near;
  return NEGATIVE_CUE.test(b) || CAMEL_ID_KEY.test(b) || (NON_ASCII.test(b) && NEGATIVE_CUE_ACCENTED.test(b));
}

/** A parenthesised aside of a label, digits allowed but not an SSN word ("(optional, for tax receipt)"). */
const LABEL_ASIDE = /\s*\((?!ssn|soc)[^()\n]{1,60}\)/gi;
/** Longest aside taken out of a cue window. */
const ASIDE_MAX = 62;
/** A parenthesised aside of words ("(if the video link fails)"). */
const ASIDE = /\([^()\d\n]{1,40}\)/g;

/** True when the words before `start` say the following number is a phone number. */
export function hasPhoneCue(text: string, start: number): boolean {
  // An aside between the cue and the number does not count ("phone (if the video link fails): …"):
  // the window is read wider and the aside taken out.
  const near = cueWindow(text, start, CUE_WINDOW);
  const window = near.includes(')') ? cueWindow(text, start, CUE_WINDOW + ASIDE_MAX).replace(ASIDE, '') : near;
  const b = window.includes('.') ? window.replace(ABBREV_DOT, '$1') : window;
  if (PHONE_CUE.test(b) || PHONE_CUE_ACCENTED.test(b)) return true;
  const line = before(text, start, CONTACT_LINE_WINDOW);
  return start - CONTACT_LINE_WINDOW <= 0 || line.includes('\n') ? CONTACT_LINE.test(line) : false;
}

/**
 * Characters read before a number for an SSN cue: room for a label with an aside or purpose between the
 * cue and its colon ("SSN (required for payouts over $600): ", "my SSN for the fraud affidavit: ").
 */
const SSN_CUE_WINDOW = 80;

/** True when the words before `start` say the following number is an SSN. */
export function hasSsnCue(text: string, start: number): boolean {
  return SSN_CUE.test(cueWindow(text, start, SSN_CUE_WINDOW).replace(ABBREV_DOT, '$1'));
}

/** True when the character at `i` exists and is an ASCII digit. */
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * True when the candidate ending at `end` continues as a decimal, time or dotted version
 * (`.5`, `:30`, `,99`), which means the digits are part of a larger non-PII token.
 */
export function continuesNumerically(text: string, end: number): boolean {
  const c = text[end];
  if (c === ',') return isDigitAt(text, end + 1) && !commaSeparatesFields(text.slice(end + 1, end + COMMA_LOOKAHEAD));
  return (c === '.' || c === ':' || c === '/') && isDigitAt(text, end + 1);
}

/** Characters after a comma read to tell a decimal/thousands comma from a CSV field separator. */
const COMMA_LOOKAHEAD = 10;

/**
 * True when the digits after a comma start a new field rather than continue a number: a decimal or
 * thousands comma is followed by one to three digits and then no more digits, while a CSV row goes on
 * with a date (`,2024-05-13`), a time, a longer number (`,1712345678`) or a code (`,8N`).
 */
function commaSeparatesFields(after: string): boolean {
  // An IPv4 address opens the next field (",141.112.25.1"): no number goes on with two dots.
  // A class or grade code opens one too (",8N", ",2K"): a decimal's digits are not glued to a capital.
  return !/^\d{1,3}(?![\d\-/:A-Z])/.test(after) || /^\d{1,3}\.\d{1,3}\.\d/.test(after);
}

/**
 * True when the digits before a comma end an earlier field rather than start the number: a date or
 * time (`2024-05-13,`), or a run of four or more digits, which no thousands group has.
 */
function commaEndsField(text: string, comma: number): boolean {
  let i = comma;
  while (i > 0 && isDigitAt(text, i - 1)) i--;
  const c = text[i - 1];
  return comma - i > 3 || c === '-' || c === '/' || c === ':';
}

/** True when the candidate starting at `start` is the tail of a larger numeric token (`1.`, `$`, `#`). */
export function followsNumericPrefix(text: string, start: number): boolean {
  const c = text[start - 1];
  if (c === undefined) return false;
  if (c === '$' || c === '€' || c === '£' || c === '#' || c === '¥') return true;
  // A thousands group has three digits and a decimal comma one or two: "506.73,4389 0022 …" is a CSV
  // row's amount, then a grouped card in the next field (an unseparated run is left to the column).
  if (c === ',') return isDigitAt(text, start - 2) && !commaEndsField(text, start - 1) && !/^\d{4}[ -]\d/.test(text.slice(start, start + 6));
  return (c === '.' || c === ':' || c === '/') && isDigitAt(text, start - 2);
}

/** Most rows walked up from a value's row to the header of its `|` table (as `columnHeader` does). */
const MAX_PIPE_ROWS = 200;
/** How far back (UTF-16 units) the header of a `|` table may sit (as `columnHeader` reads). */
const PIPE_HEADER_WINDOW = 4000;

/** How many times `c` occurs in `s`. */
function countChar(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/**
 * The lower-cased header of the `|`-separated column holding the value at `start`, for rows whose cells
 * also hold commas ("id|name|ssn⏎82|Doe, Jane|123456789"): `columnHeader` splits on the first
 * delimiter the row's prefix holds, the comma of the name, and finds no header or (when the row above
 * has a comma too) a piece of that row. Here the pipe alone splits the rows, and the header (the
 * block's first row) must have as many pipes as the value's row.
 */
function pipeColumnWithCommas(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prefix = text.slice(lineStart, start);
  if (!prefix.includes('|') || !prefix.includes(',')) return undefined;
  const lineEnd = text.indexOf('\n', start);
  const pipes = countChar(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd), '|');
  let headerStart = lineStart;
  const floor = Math.max(0, start - PIPE_HEADER_WINDOW);
  for (let rows = 0; rows < MAX_PIPE_ROWS && headerStart > floor; rows++) {
    const prevStart = text.lastIndexOf('\n', headerStart - 2) + 1;
    if (!text.slice(prevStart, headerStart - 1).includes('|')) break;
    headerStart = prevStart;
  }
  if (headerStart === lineStart) return undefined;
  const header = text.slice(headerStart, text.indexOf('\n', headerStart));
  if (countChar(header, '|') !== pipes) return undefined;
  return header.split('|')[countChar(prefix, '|')]?.trim().toLowerCase();
}

/**
 * The lower-cased name of the table column holding the value at `start` (the pipe column of a row whose
 * cells hold commas, else `columnHeader`), or undefined outside a table.
 * @example
 * tableColumn('id|name|ssn\n1|Doe, Jane|123456789', 24) // 'ssn'
 */
export function tableColumn(text: string, start: number): string | undefined {
  return pipeColumnWithCommas(text, start) ?? columnHeader(text, start);
}
