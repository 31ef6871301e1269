/** @module privacy/pii/dob — dates of birth: calendar dates next to a birth cue. */
import { BIRTH_DATE_RE, BIRTH_ONLY_DATE_RE, DATE_RE } from './date-patterns.js';
import { answerAfter, questionTailOk, replyTurn } from './dialogue-turn.js';
import { identityRecordFields } from './record-lines.js';
import { execAll, hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/**
 * Words that mark a date as a birth date, in English, German, French, Spanish, Italian, Portuguese,
 * Dutch, Polish, the Nordic languages and (sixth round) Czech/Slovak, Hungarian, Romanian, the South
 * Slavic and Baltic languages, Greek, Turkish, Russian/Ukrainian/Bulgarian, Indonesian/Malay, Filipino,
 * Swahili, Vietnamese, Hebrew, Arabic, Persian, Hindi/Bengali/Tamil, Thai, Chinese, Japanese and Korean,
 * including field names in code ("dateOfBirth", "birth_date").
 */
const BIRTH_CUE = new RegExp(
  [
    'birth(?:days?|[ _-]?dates?)?', // birth, birthday, birthdate, birth date, date of birth, dateOfBirth, birth_date
    '\\bborn\\b',
    '(?:\\b|_)dob\\b',
    '\\bd\\.o\\.b\\b\\.?',
    '\\bb-?day\\b',
    'geburt', // Geburtsdatum, Geburtstag, Geburt
    '\\bgeboren\\b',
    '\\bgeb\\.',
    'naissance', // date de naissance
    '(?<![a-zà-ÿ])né(?:e|\\(e\\))?\\s+(?:le\\b|à\\s|a\\s|en\\s)', // né le, née le, né(e) le, né à Lyon le
    'nacimiento', // fecha de nacimiento
    '\\bnacid[oa]s?\\b',
    '\\bfecha\\s+(?:de\\s+)?nac\\b\\.?', // fecha de nac. (the abbreviation forms print)
    '\\bnac(?:í|i(?:ó|o|eron)?)(?![a-zà-ÿ])', // nací, nació (es); \\b cannot end a word on an accented letter
    '\\bf\\.\\s?nac\\b\\.?',
    'nascita', // data di nascita
    'nascimento', // data de nascimento
    '\\bnascid[oa]s?\\b',
    '\\bnasci\\b',
    'geboorte', // geboortedatum
    'urodz', // data urodzenia, urodzony, urodziłam
    'føds', // fødselsdato
    '\\bfødd?t?\\b',
    '\\bfödd\\b',
    'födelse', // födelsedatum
    'synty', // syntymäaika, syntynyt
    'cumpleaños',
    'compleanno',
    'aniversário',
    'anniversaire',
    'verjaardag',
    '\\bnasc\\b\\.?', // data nasc.
    '\\bnaiss\\b\\.?', // date de naiss.
    '\\bgebore\\b', // gebore (af)
    '\\bbrthdtc\\b', // BRTHDTC: the birth date variable of CDISC SDTM clinical-trial data
  ].join('|'),
  'gi',
);
/**
 * Cues added in the sixth round (Latin script), in their own regex behind their own pre-check
 * ({@link BIRTH_PRECHECK_MORE}) so texts without them pay one cheap scan, not a longer cue scan.
 */
const BIRTH_CUE_MORE = new RegExp(
  [
    '\\bnat[oaie]\\s+(?:il|a|ad|in)\\s', // nato il, nata a Roma il, nato ad Assisi il
    '\\bnat[oa]/[aeo]\\b', // nato/a, nata/o (a Roma il …) on forms written for either sex
    '\\bnaro[zd](?:en|il)', // narozen, narozena, narození, narodil (cs), narodený, narodenia (sk)
    'do[gğ]um(?:lu)?(?:\\b|_)', // doğum tarihi, doğum_tarihi, 12.03.1950 doğumlu (tr)
    '\\bdo[gğ]du', // doğdum, doğdu
    'sz[üu]let', // született, születési (hu)
    'n[ăa]scut', // născut (ro)
    'na[șşs]terii', // data nașterii (ro)
    '(?:\\b|_)ro[đd]en(?:a|ja)?(?:\\b|_)', // rođen, datum rođenja, datum_rođenja (hr, sr, bs)
    'naixement', // data de naixement (ca)
    'paid[aā]i?sh', // tareekh-e-paidaish, taareekh paidaish (Urdu/Hindustani, romanised)
    'rojstva|\\brojen[a]?\\b', // datum rojstva, rojen (sl)
    'gimimo|\\bgimė', // gimimo data, gimė (lt)
    'dzim[šs]anas', // dzimšanas datums (lv)
    '\\bdzim(?:u|is|usi)\\b', // (esmu) dzimis/dzimusi, dzimu: I was born (lv)
    's[üu]nni(?:aeg|kuup)|s[üu]ndinud', // sünniaeg, sündinud (et)
    'f(?:æ|ae)[ðd]ing|\\bf(?:æ|ae)dd(?:ur)?\\b', // fæðingardagur, fæddur (is)
    '\\blahir\\b', // tanggal lahir, tarikh lahir (id, ms)
    'kapanganakan|ipinanganak', // (fil)
    'zaliwa', // tarehe ya kuzaliwa, nilizaliwa (sw)
    '\\bjonmo\\b', // jonmo tarikh, jonmodin (bn, romanised: জন্ম)
    '\\bjanam\\b|\\bjanm\\b', // janam tithi, janm tarikh (hi, romanised: जन्म)
    '\\byelidet\\b', // yelidet ken (am, romanised: የልደት ቀን)
    '\\bsinh\\s+ng[àa]y|ng[àa]y\\s+sinh|n[ăa]m\\s+sinh', // (vi)
    '\\bsinh(?=[ \\t]+\\d)', // sinh 12/03/1950 (vi: born), only right before a date ("học sinh" is a pupil)
    '\\bnasce(?:u|ram)\\b|\\bnaci(?:ó|o|eron)\\b', // nasceu em (pt), nació el (es)
    '\\b(?:zur|auf die) welt\\b', // kam am 12.03.1950 zur Welt (de)
    '\\bur\\.(?=[ \\t]*\\d)', // ur. 12.03.1980 (pl: urodzony/urodzona), only right before a date
    '\\bnac\\.(?=[ \\t]*\\d)', // nac. 03/04/1965 (es: nacido/a, fecha de nacimiento), only right before a date
    '(?<=\\()f\\.(?=[ \\t]*\\d)', // (f. 14.07.1969) (da, no, sv: født/född), only opening brackets before a date
    '\\bdn(?=[ \\t]*:)', // DN: 11 de janeiro de 1990 (pt: data de nascimento, on forms)
    '\\bb(?: irth|i rth|ir th|irt h)\\b', // "D ate of  b irth:" in OCR text with a space inside the word
  ].join('|'),
  'gi',
);
/**
 * Cues in other scripts, kept out of {@link BIRTH_CUE} (read only when the text has non-ASCII letters):
 * Cyrillic, Greek, Hebrew, Arabic/Persian, Devanagari/Bengali/Tamil, Thai, Chinese/Japanese, Korean.
 */
const BIRTH_CUE_OTHER_SCRIPTS = new RegExp(
  [
    'рожд|родил|народж|рођен|роден', // дата рождения, родился, народження, рођен, роден
    '(?<![а-яё])[гд]\\.[ \\t]?р\\.', // г.р. (год рождения), д.р. (дата рождения)
    'γέννη|γεννή|γενν[ηή]θ|γενέθλ', // ημερομηνία γέννησης, γεννήθηκα, γενέθλια
    'לידה|נולד', // תאריך לידה, נולדתי
    'ميلاد|مواليد|ولدت|الولادة|تولد', // تاريخ الميلاد, تاریخ تولد
    'जन्म|জন্ম|பிறந்த|เกิด',
    'پیدائش|پیدایش', // تاریخ پیدائش (Urdu), تاریخ پیدایش (Persian)
    'ትውልድ', // የትውልድ ቀን (Amharic: day of birth)
    '出生|生日|生年月日|誕生|生まれ|生于|生於',
    '생년월일|생일|출생|태어',
    '(?<=[\\d일][ \\t]?)생(?=[이은입인,. \\t)]|$)', // 1995.05.10생이고, 1995년 5월 10일생 (ko: born on)
    '(?<=日)生(?=[）)])', // （1970年4月21日生） (ja: born, in a bracket after a name)
  ].join('|'),
  'gi',
);
/**
 * Cheap pre-check: the stems of every cue above, without word boundaries (most texts have none of them,
 * and this plain alternation scans ~3× faster than {@link BIRTH_CUE}).
 */
const BIRTH_PRECHECK =
  /b(?:irth|orn|-?day|rthdtc)|dob|d\.o\.b|geb|naiss|nac|nasc|geboor|urodz|synty|cumple|complean|anivers|annivers|verjaard/i;
/** The ASCII stems of {@link BIRTH_CUE_MORE} ("gebore", "nasc.", "naiss." are caught by {@link BIRTH_PRECHECK}). */
const BIRTH_PRECHECK_MORE =
  /\bur\.|\bnac\.|\(f\.|\bdn[ \t]*:|b(?: irth|i rth|ir th|irt h)|nasce[ur]|naci[oe]|\bwelt\b|nat[oaie]\s+(?:il|a|ad|in)\s|nat[oa]\/[aeo]\b|naro[zd]|dog[ud]|szulet|nascut|nasterii|ro[dj]en|naixem|paida|rojstv|gimimo|dzim|sunni|sundinud|faed|lahir|panganak|zaliwa|jonmo|janam|janm|yelidet|sinh|ngay/i;
/** {@link BIRTH_PRECHECK} and {@link BIRTH_PRECHECK_MORE} in one scan (most texts fail it). */
const BIRTH_PRECHECK_ALL = new RegExp(`${BIRTH_PRECHECK.source}|${BIRTH_PRECHECK_MORE.source}`, 'i');
/** The stems with non-ASCII letters, kept out of the case-insensitive scan (Unicode case folding is slower). */
/**
 * Every non-ASCII stem of the three cue regexes in one scan (the Latin ones of {@link BIRTH_CUE} and
 * {@link BIRTH_CUE_MORE}, and those of {@link BIRTH_CUE_OTHER_SCRIPTS}); when one is present, all three
 * cue regexes are read (such texts are rare).
 */
const BIRTH_PRECHECK_NON_ASCII =
  /né|Né|[гд]\.[ \t]?р\.|fød|föd|Fød|Föd|NÉ|gimė|Gimė|oğ[du]|ğum|zület|ăscut|aşter|aște|rođ|Rođ|dzimš|ünni|ündinud|fæð|fædd|ngày|ожд|одил|ародж|ођен|оден|γένν|γενν|γενέθλ|Γένν|Γενν|Γενέθλ|לידה|נולד|ميلاد|مواليد|ولدت|الولادة|تولد|जन्म|জন্ম|பிறந்த|เกิด|پیدائش|پیدایش|ትውልድ|出生|生日|生年月日|誕生|生まれ|生于|生於|생년월일|생일|출생|태어|[\d일] ?생|日生[）)]|nació/;
/** "birthday present/party/sale…" names an event, not the speaker's birth date; "birthday to our app" a business's anniversary. */
const EVENT_AFTER_CUE =
  // Spaces only: a tab after the cue separates columns ("dob⇥card" is a header, not a birthday card).
  // A public holiday named for a birthday ("the King's Birthday holiday") is no one's birth date.
  // A business's birthday is its anniversary ("Happy birthday to our app — 9 years old on …").
  // A birthday that falls during a stay is celebrated then ("my wife's birthday is during the cruise (14 Mar 2026)").
  /^ +(?:present|presents|gift|gifts|party|card|cake|sale|discount|voucher|coupon|order|package|parcel|surprise|dinner|wishes|celebration|week|month|weekend|trip|bonus|holiday|bank holiday|public holiday|long weekend|(?:is|falls) (?:on|during) (?:the|our|my|your|their|his|her) (?:trip|holidays?|vacation|cruise|tour|stay|flight|visit|journey|break|honeymoon)|to (?:our|the|your) (?:app|shop|store|company|brand|website|site|blog|podcast|channel|club|platform|business|restaurant|community|salon|studio|bakery|caf[eé]|newsletter|service|firm|agency|marketplace))\b/i;
/**
 * How far after a cue the date may start ("born on the 12th of April 1990", "my date of birth on the
 * policy is wrong, it should be 1990-04-12").
 */
const AFTER_WINDOW = 64;
/** How far before a cue the date may end ("12/04/1990 is my birthday"). */
const BEFORE_WINDOW = 32;
/**
 * A word every spoken year contains ("nineteen ninety", "two thousand nine", "twenty thirteen", and a
 * year said without its century: "fifty seven").
 */
const SPOKEN_YEAR = /teen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|thousand/;
/**
 * What every written date shape has: a four-digit year of 1800–2099, a numeric date with a two-digit
 * year ("1/4/90"), a month word between a day and a two-digit year ("12-Jan-90"), or a Japanese era
 * ("平成2年", "H2.4.12"); also a Solar Hijri or Buddhist-era year ("1349", "2533"), a date read out in digit
 * groups ("7 24 75") and a GDS date ("02AUG61"). Texts without one
 * skip the cue scan (most texts with digits carry only amounts, ids or phone numbers).
 */
const YEAR_HINT = /(?:1[789]|20)\d\d|(?<!\d)(?:1[34]|2[45])\d\d(?!\d)|\d[ \t]\d\d[ \t]\d\d(?!\d)|\d\d[A-Z]{3}\d\d|\d[-/.]\d\d?[-/.]\d\d|\d[-/. ][A-Za-zÀ-ÿ]{3,}\.?[-/. ]'?\d\d(?!\d)|(?:明治|大正|昭和|平成|令和)|[MTSHR]\d\d?\.\d/;
/** Longest date shape, so a date starting inside a window is matched whole ("the twenty ninth of november nineteen seventy eight"). */
const DATE_MAX_LEN = 64;
/** Longest written date of the common shapes ("12 de septiembre de 1990"). */
const COMMON_DATE_MAX_LEN = 24;
/** How much longer than {@link BEFORE_WINDOW} the slice read before a cue is, so a date ending in it is matched whole. */
const DATE_BEFORE_EXTRA = 24;
/**
 * A sentence end between cue and date means the date belongs to another sentence. The full stop of a
 * short capitalised abbreviation is none ("Geb.-Dat. 12.05.1990", "ur. 3 maja 1980"), nor is the last dot of
 * a leader that forms print between a label and its value ("Date of birth ........ 12/05/1990").
 */
const SENTENCE_END = /[!?;\n]|(?<!(?:^|[\s.(-])\p{Lu}\p{Ll}{0,2}|\.)\.\s/u;

/** Longest gap between a cue and a common date that cannot hold another date. */
const SHORT_GAP = 8;
/** A year word after a date ("… 1990 r.", "… 1990 г."): only then can a birth-only shape be longer at the same start. */
const YEAR_WORD_AFTER = /[ \t]?(?:r|г|m|god|год)/y;
/** {@link BIRTH_ONLY_DATE_RE}, sticky: tried at one position. */
const BIRTH_ONLY_STICKY = new RegExp(BIRTH_ONLY_DATE_RE.source, 'iy');

/**
 * The first date starting within {@link AFTER_WINDOW} of `from`: a common shape ({@link DATE_RE}) when
 * there is one, else one of the shapes only read next to a birth cue ({@link BIRTH_ONLY_DATE_RE}, a much
 * larger regex, so it runs only when the common one finds nothing).
 */
function firstDateIn(text: string, from: number): { start: number; end: number } | undefined {
  const slice = text.slice(from, from + AFTER_WINDOW + COMMON_DATE_MAX_LEN);
  DATE_RE.lastIndex = 0;
  const common = DATE_RE.exec(slice);
  if (!common) {
    // No common date: read the longer window (spoken dates) with the birth-only shapes, when it has
    // what each of them needs (two digits, or a spoken year).
    const window = text.slice(from, from + AFTER_WINDOW + DATE_MAX_LEN);
    if (!FULL_YEAR.test(window) && !SPOKEN_YEAR.test(window) && !COMPACT_DATE.test(window)) return undefined;
    BIRTH_ONLY_DATE_RE.lastIndex = 0;
    const other = BIRTH_ONLY_DATE_RE.exec(window);
    return other ? { start: from + other.index, end: from + other.index + other[0].length } : undefined;
  }
  let m: RegExpExecArray = common;
  // Words between the cue and the common date may hold a birth-only date ("born the fifth of june
  // nineteen ninety⏎date of birth 02/09/1982", "DOB 15DEC89  FF …⏎FLIGHT … 06-May-2025"); a short gap
  // (": ", " on ") cannot.
  if (common.index > SHORT_GAP) {
    const gap = slice.slice(0, common.index);
    if (FULL_YEAR.test(gap) || SPOKEN_YEAR.test(gap) || COMPACT_DATE.test(gap)) {
      BIRTH_ONLY_DATE_RE.lastIndex = 0;
      const before = BIRTH_ONLY_DATE_RE.exec(gap);
      if (before) return { start: from + before.index, end: from + before.index + before[0].length };
    }
  }
  // A year word after it ("… 1990 r.") may make a birth-only shape at the same start longer.
  YEAR_WORD_AFTER.lastIndex = common.index + common[0].length;
  if (YEAR_WORD_AFTER.test(slice)) {
    BIRTH_ONLY_STICKY.lastIndex = common.index;
    const same = BIRTH_ONLY_STICKY.exec(slice);
    if (same && same[0].length > common[0].length) m = same;
  }
  return { start: from + m.index, end: from + m.index + m[0].length };
}

/** The compact date of airline documents with a two-digit year ("12AUG23"): it has no four-digit year. */
const COMPACT_DATE = /\d[A-Za-z]{3}\d\d(?!\d)/;

/** {@link BIRTH_DATE_RE}, sticky: a date starting exactly where a reply starts. */
const BIRTH_DATE_STICKY = new RegExp(BIRTH_DATE_RE.source, 'iy');

/** The date of {@link BIRTH_DATE_RE} that starts exactly at `at`, as [start, end), if any. */
function birthDateAt(text: string, at: number): { start: number; end: number } | undefined {
  BIRTH_DATE_STICKY.lastIndex = at;
  const d = BIRTH_DATE_STICKY.exec(text);
  return d ? { start: at, end: at + d[0].length } : undefined;
}

/** What may stand between a full name and the birth date typed after it: a comma, a dash, spaces. */
const NAME_DATE_GAP = /(?:,|[ \t]+[-–—])?[ \t]+/y;
/** What may follow such a date: the end of its line or text, maybe after a full stop. */
const LINE_END_AFTER = /^[ \t]*[.!]?[ \t]*(?:\r?\n|$)/;
/** A four-digit year of 1900–2009. */
const OLD_YEAR = /(?:^|\D)(?:19\d\d|200\d)(?!\d)/;
const FOUR_DIGITS = /\d{4}/;
/** A two-digit year of 30–99 closing a date ("06/23/66"): "12.08.24" is as likely last month. */
const OLD_SHORT_YEAR = /(?:^|\D)[3-9]\d$/;

/**
 * The birth date a person typed right after their full name, closing the line: "is my refill ready? -
 * Eilidh Campbell 24/01/1992", "it's Beatriz Silva, 25/06/1942" (how people identify themselves to a
 * portal or an agent without a cue). Only a date of a past generation counts (a year before 2010, or a
 * two-digit year of 30–99): a recent date after a name closes a signed and dated line ("Goods received:
 * Selin Demir, 12.08.24"). Since the fortieth round also such a date in brackets right after the name.
 */
export function birthDateAfterName(text: string, nameEnd: number): { start: number; end: number } | undefined {
  // "Our mutual patient Ana Ruiz (28/6/1967) has moved": a past generation's date in brackets right after
  // a full name is how letters and notes give a person's birth date.
  if (text.startsWith(' (', nameEnd)) {
    const d = birthDateAt(text, nameEnd + 2);
    return d && text[d.end] === ')' && isOldDate(text.slice(d.start, d.end)) ? d : undefined;
  }
  NAME_DATE_GAP.lastIndex = nameEnd;
  const gap = NAME_DATE_GAP.exec(text);
  if (!gap) return undefined;
  const d = birthDateAt(text, nameEnd + gap[0].length);
  if (!d || !LINE_END_AFTER.test(text.slice(d.end, d.end + 4))) return undefined;
  return isOldDate(text.slice(d.start, d.end)) ? d : undefined;
}

/** Delimiters of records typed one per line without a header ("63248176; Isla Munro; …; 12/11/1962; …"). */
const RECORD_DELIMITERS = [';', '|', '\t'] as const;
/** A record has at least this many fields: an id or two beside the name and the date. */
const MIN_RECORD_FIELDS = 4;
/** A field holding only a full name ("Isla Munro", "Byrne, Oisín", "KING James"). */
const FULL_NAME_FIELD = /^[\p{L}\p{M}'’.-]+(?:,?[ \t]+[\p{L}\p{M}'’.-]+){1,3}$/u;

/**
 * The birth date in the same headerless record line as a name in a field that holds only a full name
 * ("22335345; Byrne, Oisín; 150 Ashgrove Road, Bristol BS13 3AB; 04/08/1962; block E10 seat 8"): the
 * line's only whole-date field, of a past generation as in {@link birthDateAfterName}. A header above
 * names the column instead (read by the birth-column rule when it is one), so records under one are left.
 */
export function birthDateInNameRecord(text: string, nameStart: number, nameEnd: number): { start: number; end: number } | undefined {
  const ls = text.lastIndexOf('\n', nameStart - 1) + 1;
  const nl = text.indexOf('\n', nameEnd);
  const le = nl < 0 ? text.length : nl;
  for (const delim of RECORD_DELIMITERS) {
    const fields = splitFields(text, ls, le, delim);
    if (fields.length < MIN_RECORD_FIELDS) continue;
    const trimmed = fields.map(([a, b]) => {
      const raw = text.slice(a, b);
      const value = raw.trim();
      return { start: a + raw.indexOf(value), value };
    });
    if (!trimmed.some((f) => f.start <= nameStart && nameEnd <= f.start + f.value.length && FULL_NAME_FIELD.test(f.value))) continue;
    const dates = trimmed.filter((f) => isWholeDate(f.value));
    const date = dates[0];
    if (dates.length !== 1 || !date || !isOldDate(date.value) || headerAbove(text, ls, delim)) return undefined;
    return { start: date.start, end: date.start + date.value.length };
  }
  return undefined;
}

/** A date of a past generation: a year before 2010, or a two-digit year of 30–99. */
const isOldDate = (value: string): boolean => OLD_YEAR.test(value) || (!FOUR_DIGITS.test(value) && OLD_SHORT_YEAR.test(value));

/** True when the non-empty line above the record at `ls` is a header: the same delimiter, no digits. */
function headerAbove(text: string, ls: number, delim: string): boolean {
  if (ls === 0) return false;
  const ps = text.lastIndexOf('\n', ls - 2) + 1;
  const line = text.slice(ps, ls - 1);
  return line.includes(delim) && !/\d/.test(line);
}

/**
 * The date that opens the reply to a question ending in the cue ("agent: can you confirm your date of
 * birth?⏎caller: um it's the fifth of june …"), in chats and call transcripts.
 */
function answerDate(text: string, cueEnd: number): { start: number; end: number } | undefined {
  const at = answerAfter(text, cueEnd);
  if (at === undefined) return undefined;
  const date = birthDateAt(text, at);
  if (date) return date;
  // A date read out digit group by digit group ("7 24 75"): only as the whole reply to the question.
  SPOKEN_NUMERIC_REPLY.lastIndex = at;
  const n = SPOKEN_NUMERIC_REPLY.exec(text);
  if (!n) return undefined;
  const [a, b] = [Number(n[1]), Number(n[2])];
  const valid = (a >= 1 && a <= MONTHS && b >= 1 && b <= MAX_DAY) || (b >= 1 && b <= MONTHS && a >= 1 && a <= MAX_DAY);
  return valid ? { start: at, end: at + (n[1] ?? '').length + (n[2] ?? '').length + (n[3] ?? '').length + 2 } : undefined;
}

/** "7 24 75", "12 3 1990": month, day and year (either order of the first two) as a whole reply line. */
const SPOKEN_NUMERIC_REPLY = /(\d{1,2}) (\d{1,2}) (\d{2}|(?:19|20)\d{2})(?=[ \t]*[.,]?[ \t]*(?:\n|$))/y;
const MONTHS = 12;
const MAX_DAY = 31;

/** Collects the dates whose match lies fully inside [from, to). */
function datesIn(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const slice = text.slice(from, to);
  let found = execAll(DATE_RE, slice);
  // The birth-only shapes ("1985年4月12日生まれ") only where no common date is.
  if (found.length === 0 && FULL_YEAR.test(slice)) found = execAll(BIRTH_ONLY_DATE_RE, slice);
  for (const m of found) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** Two spaces: the columns of a table aligned with spaces ("#  Name  DOB  Parent phone"). */
const SPACED = '  ';

/** Field separators of tables written as text: CSV, TSV, semicolon CSV, Markdown/ASCII tables, space-aligned columns. */
const TABLE_DELIMITERS = [',', '\t', ';', '|', SPACED] as const;
/** A column name is short ("dob", "Date of Birth", "fecha_nacimiento"); longer cells are prose. */
const MAX_HEADER_FIELD = 32;
/** Most table rows read under one header (bounded work on huge pastes). */
const MAX_TABLE_ROWS = 1000;
/** A four-digit year of 1800–2099 or a Japanese era: every birth-only date shape but the spoken ones has one. */
const FULL_YEAR = /(?:1[789]|20)\d\d|(?<!\d)(?:1[34]|2[45])\d\d(?!\d)|(?:明治|大正|昭和|平成|令和)|[MTSHR]\d\d?\.\d/;
/** Two digits in a row: every written date has them (a cell's own test; `hasDigitRun` keeps the message's). */
const DIGIT_PAIR = /\d\d/;
/** Shortest date ("1/4/90"). */
const MIN_DATE_LEN = 6;
/** Quotes, backticks and brackets around a cell or column name. */
const CELL_TRIM = /^[\s"'`[]+|[\s"'`\]]+$/g;

/** Field bounds [start, end) of `text` between `from` and `to`, split on `delim` outside quotes. */
function splitFields(text: string, from: number, to: number, delim: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Columns aligned with spaces: any run of two or more spaces or tabs ends a cell.
  if (delim === SPACED) {
    let start = from;
    for (const m of text.slice(from, to).matchAll(/[ \t]{2,}/g)) {
      out.push([start, from + m.index]);
      start = from + m.index + m[0].length;
    }
    out.push([start, to]);
    return out;
  }
  let start = from;
  let quote = '';
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && text.slice(start, i).trim() === '') quote = c;
    else if (c === delim) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}

/**
 * The part of a line holding fields: inside the parentheses of an SQL column list (the pair around
 * `at`) or of a VALUES tuple (the first "(" to the last ")"); null when there are none.
 */
function parenRegion(text: string, from: number, to: number, at?: number): [number, number] | null {
  const open = at === undefined ? text.indexOf('(', from) : text.lastIndexOf('(', at);
  if (open < from || open >= to) return null;
  // A column list closes at its first ")" (the VALUES of a one-line INSERT may follow on the line).
  const close = at === undefined ? text.lastIndexOf(')', to) : text.indexOf(')', at);
  return close > open && (at === undefined || close > at) ? [open + 1, close] : null;
}

/** The insides of the parenthesised tuples in text[from, to) ("VALUES ('Ana', '1990-04-12'), (…)"), quotes respected. */
function sqlTuples(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let quote = '';
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(' && open < 0) open = i;
    else if (c === ')' && open >= 0) {
      out.push([open + 1, i]);
      open = -1;
    }
  }
  return out;
}

/** A column name is short and holds no value ("Date of birth: 12/04/1990, thanks" is no header). */
function isColumnName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_HEADER_FIELD && !/\d|:\s/.test(name) && name.split(/\s+/).length <= 4;
}

/** True when the whole of `cell` is one date. */
function isWholeDate(cell: string): boolean {
  if (cell.length < MIN_DATE_LEN || !DIGIT_PAIR.test(cell)) return false;
  BIRTH_DATE_RE.lastIndex = 0;
  const m = BIRTH_DATE_RE.exec(cell);
  return m !== null && m.index === 0 && m[0].length === cell.length;
}

/**
 * Dates in the birth column of a table: when the cue is a column name in a header line (CSV/TSV
 * "id,name,dob", a Markdown table, an SQL column list "INSERT INTO t (name, dob) VALUES"), the whole
 * cell under it in each following row is a birth date, however far from the cue.
 */
function columnDates(text: string, cueIndex: number): Array<{ start: number; end: number }> {
  const ls = text.lastIndexOf('\n', cueIndex - 1) + 1;
  const lineEnd = text.indexOf('\n', cueIndex);
  const nl = lineEnd < 0 ? text.length : lineEnd;
  const sql = parenRegion(text, ls, nl, cueIndex);
  const [hs, he] = sql ?? [ls, nl];
  // The first delimiter of the line under which the cue is a whole column name: a pipe table's header
  // may hold a comma inside a column name ("Surname, Given | Date of birth | Passport").
  let delim: (typeof TABLE_DELIMITERS)[number] | undefined;
  let header: Array<[number, number]> = [];
  let col = -1;
  for (const d of TABLE_DELIMITERS) {
    const at = text.indexOf(d, hs);
    if (at < 0 || at >= he) continue;
    const fields = splitFields(text, hs, he, d);
    const c = fields.findIndex(([a, b]) => a <= cueIndex && cueIndex < b);
    if (fields.length >= 2 && c >= 0 && isColumnName(text.slice(fields[c]?.[0], fields[c]?.[1]).replace(CELL_TRIM, ''))) {
      delim = d;
      header = fields;
      col = c;
      break;
    }
  }
  if (!delim) return [];
  const out: Array<{ start: number; end: number }> = [];
  const pushCell = (cell: [number, number] | undefined): void => {
    if (!cell) return;
    const raw = text.slice(cell[0], cell[1]);
    const value = raw.replace(CELL_TRIM, '');
    const start = cell[0] + raw.indexOf(value);
    if (value && isWholeDate(value)) out.push({ start, end: start + value.length });
  };
  // A one-line INSERT: its tuples follow VALUES on the header's own line.
  if (sql && he < nl) for (const [fs, fe] of sqlTuples(text, he + 1, nl)) pushCell(splitFields(text, fs, fe, delim)[col]);
  let rs = nl + 1;
  for (let row = 0; row < MAX_TABLE_ROWS && rs < text.length; row++) {
    const re = text.indexOf('\n', rs) < 0 ? text.length : text.indexOf('\n', rs);
    const line = text.slice(rs, re);
    if (line.trim() === '' || line.trimStart().startsWith('```') || !line.includes(delim)) break;
    const [fs, fe] = (sql ? parenRegion(text, rs, re) : null) ?? [rs, re];
    const cells = splitFields(text, fs, fe, delim);
    // A row with more cells than the header holds the delimiter inside a date ("…,February 15, 1973").
    const cell = cells[col];
    const joined = cells.length > header.length && cell && cells[col + 1] ? ([cell[0], cells[col + 1]?.[1] ?? cell[1]] as [number, number]) : undefined;
    if (joined && isWholeDate(text.slice(joined[0], joined[1]).replace(CELL_TRIM, ''))) pushCell(joined);
    else pushCell(cell);
    rs = re + 1;
  }
  return out;
}

/**
 * The date of birth of an airline passenger's travel document (`SSR DOCS`, IATA/AIRIMP):
 * "SSR DOCS LH HK1 P/LV/X0164…/LV/02AUG61/F/19FEB30/OZOLA/INESE" — document type, issuing country,
 * number, nationality, then the birth date; the date after the sex is the document's expiry, not a birth.
 */
const DOCS_RE =
  /\bSSR[ ]?DOCS[ ]?[A-Z0-9]{2}[ ]?(?:[A-Z]{2}\d{1,2})?[ /]*[A-Z]{1,2}\/[A-Z]{2,3}\/[A-Z0-9]{0,20}\/[A-Z]{2,3}\/(\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2})\/(?:M|F|MI|FI|U|X)\//g;

/**
 * The birth date field of an HL7 v2 patient segment written as key and value ("PID.7=19920810",
 * "PID-7: 19920810"): field 7 of PID is the date of birth, YYYYMMDD.
 */
const HL7_BIRTH = /\bPID[.-]7[ \t]*[=:][ \t]*((?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\d)/g;

/** Birth dates of `SSR DOCS` lines ({@link DOCS_RE}). */
function docsDates(text: string): Array<{ start: number; end: number }> {
  return execAll(DOCS_RE, text).map((m) => {
    const date = m[1] ?? '';
    // The date is the last field before the sex (the document number before it ends with "/" too).
    const start = m.index + m[0].lastIndexOf(`/${date}/`) + 1;
    return { start, end: start + date.length };
  });
}

/**
 * The "b." (born) of genealogical records, "Husband: Jan Kowal (b. 03/04/1901, d. 1970)" or "Child: Ana,
 * b. 4 mei 1930": only right after "(", ",", ";" or at the start of a line, and only with a date right
 * after it. The "d." (died) dates beside it are deaths and are never read.
 */
const GENEALOGY_BORN = /(?:^|[([,;]|[ \t]{2})[ \t]*b\.[ \t]?/gm;

/**
 * What makes a line a genealogical record rather than a list labelled "a.", "b.": a death, burial,
 * baptism or marriage mark ("d. 1970", "bur.", "m. 1930"), a maiden name, or a family role.
 */
const RECORD_LINE =
  /(?:^|[\s(,;])(?:d|bur|bapt|chr|m)\.[ \t]?[\p{L}\d]|\bnée\b|\bbaptis|\bbaptiz|\bburied\b|\bchristened\b|\b(?:husband|wife|child|son|daughter|father|mother|spouse)\b/iu;

/** Dates right after a genealogical "b." ({@link GENEALOGY_BORN}): "(b." always, else only on a record line. */
function genealogyDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of execAll(GENEALOGY_BORN, text)) {
    const at = m.index + m[0].length;
    if (!m[0].startsWith('(')) {
      const ls = text.lastIndexOf('\n', m.index) + 1;
      const nl = text.indexOf('\n', at);
      const line = text.slice(ls, nl < 0 ? text.length : nl);
      // "b. 25 Jun. 1979" alone on its line under a name, or after a name and a column gap ("CAROL CHURCH  b. …"),
      // or after a name and a comma ("- Ada Marsh, b. 12th May 1941"): a list's "b." follows no name.
      const alone = /^[ \t]*b\.[ \t]?[^\n]{4,24}$/.test(line) || /\p{Lu}[\p{L}'’-]+[ \t]{2,}b\.$/u.test(text.slice(ls, at).trimEnd());
      const afterName = m[0].startsWith(',') && /\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+\p{Lu}[\p{L}'’-]+$/u.test(text.slice(ls, m.index));
      if (!alone && !afterName && !RECORD_LINE.test(line.replace(m[0], ' '))) continue;
    }
    const d = birthDateAt(text, at);
    if (d) out.push(d);
  }
  return out;
}

/** A line holding only a name: two to four capitalised words ("ALAN PEMBERTON", "Matti Mäkinen"). */
const NAME_LINE = /^[ \t]*\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}[ \t]*$/u;
/** What joins the two dates of a lifespan ("4 April 1970 – 3rd July 2024"). */
const LIFESPAN_DASH = /^[ \t]*[–—-][ \t]*$/;
/** Fewest years between the dates of a lifespan: a stay, a term or a tenancy is shorter. */
const LIFESPAN_MIN_YEARS = 10;
/** A memorial, an obituary or a funeral in the text: what makes a name over a range of dates a lifespan. */
const MEMORIAL_GATE =
  /memor|loving|obituar|funeral|passed away|rest in peace|R\.I\.P|condolence|celebration of life|requiem|Gedenken|Trauer|verstorben|ricordo|scompars|defunt|décè|recuerdo|fallec|esquela|in memoriam|herdenking|overleden|wspomnienie|zmarł|†/i;
const yearOf = (value: string): number => Number(/(?:1[89]|20)\d\d/.exec(value)?.[0] ?? NaN);

/**
 * The birth date of a memorial's lifespan: a line of two full dates joined by a dash, at least
 * {@link LIFESPAN_MIN_YEARS} years apart, under a line holding only a name ("IN LOVING MEMORY OF⏎ALAN
 * PEMBERTON⏎4 April 1970 – 3rd July 2024"), in a text that speaks of a death ({@link MEMORIAL_GATE}):
 * elsewhere a name over a range is a lease or a contract's term. The second date is never read.
 */
function lifespanDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let ls = 0;
  let previous = '';
  while (ls <= text.length) {
    const nl = text.indexOf('\n', ls);
    const le = nl < 0 ? text.length : nl;
    const line = text.slice(ls, le);
    if (line.trim() !== '') {
      const dates = /[–—-]/.test(line) && NAME_LINE.test(previous) ? datesIn(text, ls, le) : [];
      const [born, died] = dates;
      if (
        dates.length === 2 && born && died &&
        text.slice(ls, born.start).trim() === '' && text.slice(died.end, le).trim() === '' &&
        LIFESPAN_DASH.test(text.slice(born.end, died.start)) &&
        yearOf(text.slice(died.start, died.end)) - yearOf(text.slice(born.start, born.end)) >= LIFESPAN_MIN_YEARS
      ) {
        out.push(born);
      }
      previous = line;
    }
    if (nl < 0) break;
    ls = nl + 1;
  }
  return out;
}

/**
 * A turn label with the clock stamp chat exports print before it ("10:09 customer:", "[08:13] Ana:")
 * or none ("USER:"); short, no digits outside the stamp, ending in a colon.
 */
const STAMPED_TURN = /^[\t ]*(?:\d{1,2}:\d{2}(?::\d{2})?[\t ]+|\[[^\]\n]{1,40}\][\t ]*)?[^\s\d:[\]|][^\d:\n|]{0,31}:[\t ]*/u;
/** How far into a reply its date may start ("Wang Wei - 04/22/1967", "Ana Ruiz, b. 1/11/1941"). */
const REPLY_DATE_WINDOW = 48;
/** What may stand before the date in such a reply: a name and separators, never a digit. */
const REPLY_PREFIX = /^[\p{L}\p{M}'’ .,()-]*$/u;

/**
 * The date in the reply to a question ending in the cue, when {@link answerAfter} cannot read the turns:
 * stamped labels ("22:22 agent: … date of birth?⏎10:09 customer: 28/07/1944"), or a reply that gives
 * the name asked for with it ("… full name and date of birth.⏎USER: Wang Wei - 04/22/1967").
 */
function replyLineDate(text: string, cueEnd: number): { start: number; end: number } | undefined {
  const nl = text.indexOf('\n', cueEnd);
  if (nl < 0 || !questionTailOk(text.slice(cueEnd, nl))) return undefined;
  const ls = text.lastIndexOf('\n', cueEnd - 1) + 1;
  if (!STAMPED_TURN.test(text.slice(ls, cueEnd))) return undefined;
  const ne = text.indexOf('\n', nl + 1) < 0 ? text.length : text.indexOf('\n', nl + 1);
  const next = text.slice(nl + 1, ne);
  const label = STAMPED_TURN.exec(next);
  if (!label) return undefined;
  const rest = next.slice(label[0].length, label[0].length + REPLY_DATE_WINDOW + COMMON_DATE_MAX_LEN);
  BIRTH_DATE_RE.lastIndex = 0;
  const m = BIRTH_DATE_RE.exec(rest);
  if (!m || m.index > REPLY_DATE_WINDOW || !REPLY_PREFIX.test(rest.slice(0, m.index))) return undefined;
  const start = nl + 1 + label[0].length + m.index;
  return { start, end: start + m[0].length };
}

/**
 * Words of a veterinary record or pet profile: a pet's date of birth is no personal data. Read on the
 * cue's line before it ("Patient: Max (feline), DOB …", "Breed: Beagle · DOB …"). Words that are also
 * everyday words of people's records are left out (Italian "cane" is a walking cane, Turkish "kat" a floor).
 * A name followed by ", owner …" is a pet's ("reminder for Luna, owner Linh Le. Luna's birthday is …"),
 * and so is a birth told to a vet, and a breed in brackets after a name ("Guest: Winston (Cavalier King
 * Charles Spaniel), birthday …"; a breed named in passing is none: "Golden Retriever toys are out of stock").
 * ("Owner: Ana Ruiz, DOB …" is a person's record.)
 */
const ANIMAL_BEFORE =
  /\b(?:canine|feline|lagomorph|equine|bovine|porcine|ovine|caprine|avian|rodent|dog|cat|puppy|kitten|rabbit|bunny|hamster|ferret|guinea pig|parrot|budgie|budgerigar|cockatiel|canary|chinchilla|hedgehog|gecko|bearded dragon|corn snake|snake|iguana|tortoise|horse|pony|foal|pet|pets|animal|breed|species|litter|hund|katze|welpe|chien|chiot|perro|gato|gatto|hond|vet|veterinary|microchip(?:ped)?|chip no|transponder|adoptable|cattery|kennels?|boarding|netherland dwarf|holland lop|maine coon|sphynx|shih tzu|lhasa apso|cockapoo|labradoodle|cavapoo|(?:dachshund|bulldog|terrier|retriever|spaniel|poodle|beagle|labrador|collie|chihuahua|husky|pug|greyhound) (?:named|called))\b|,[ \t]*owner\b|\([^()\n]{0,30}\b(?:terrier|spaniel|retriever|labrador|collie|poodle|siamese|ragdoll|dsh|dlh)\)/i;
/**
 * The same after the date, on its line ("DOB 2022-05-04, microchip 9006…", "… Owner's number: …", "… so
 * she's only a puppy", "… feel free to give an extra treat!", "1/2/2017, Shih Tzu, male neutered. Chip 9…", "…,
 * le toca la vacuna de la rabia").
 */
const ANIMAL_AFTER =
  /\b(?:microchip(?:ped)?|chip no|chip \d|transponder|breed|species|neutered|spayed|castrated|owner['’]s|puppy|pup|kitten|boosters|jabs|treats?|walkies|kibble|catnip|cockatiel|budgerigar|budgie|gecko|bearded dragon|snake|iguana|chinchilla|hedgehog|netherland dwarf|holland lop|maine coon|ragdoll|sphynx|siamese|shih tzu|lhasa apso|rabies|rabia|tollwut|raiva)\b/i;
/** How much of the line before the cue and after the date is read for {@link ANIMAL_BEFORE}/{@link ANIMAL_AFTER}. */
const ANIMAL_WINDOW = 60;

/** True when the birth date [start, end) cued at `cueIndex` is an animal's (a veterinary line). */
function animalBirth(text: string, cueIndex: number, d: { start: number; end: number }): boolean {
  const ls = text.lastIndexOf('\n', cueIndex - 1) + 1;
  const before = text.slice(Math.max(ls, cueIndex - ANIMAL_WINDOW), cueIndex);
  if (ANIMAL_BEFORE.test(before)) return true;
  const nl = text.indexOf('\n', d.end);
  const after = text.slice(d.end, Math.min(nl < 0 ? text.length : nl, d.end + ANIMAL_WINDOW));
  return ANIMAL_AFTER.test(after);
}

/**
 * A guest or passenger register line: a person, a date, then an identity document, each set off by a
 * dash or bar ("1) Elif Doğan — 06/07/1980 — passport S20475724", "Costa, Rafaela | 11/08/1968 | ID
 * 5521…"). The date beside a person's document is their birth date; the match ends where it starts.
 */
const REGISTER_LINE =
  /^[ \t]*(?:\d{1,3}[.)][ \t]*)?\p{L}[^\n—–|\d]{1,60}?[ \t]+[—–|][ \t]+(?=[^\n—–|]{6,30}[ \t]+[—–|][ \t]+(?:passport|pass|id|id card|document|dni|nie|pasaporte|passeport|reisepass|passaporto|paspoort)\b)/gimu;
/** Cheap gate for {@link REGISTER_LINE}. */
const REGISTER_GATE = /passport|pass\b|\bid\b|document|dni|nie|pasaporte|passeport|reisepass|passaporto|paspoort/i;

/** Birth dates of register lines (see {@link REGISTER_LINE}) with a full year. */
function registerDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of execAll(REGISTER_LINE, text)) {
    const at = m.index + m[0].length;
    const d = birthDateAt(text, at);
    if (d && FULL_YEAR.test(text.slice(d.start, d.end)) && /^[ \t]+[—–|]/.test(text.slice(d.end))) out.push(d);
  }
  return out;
}

/**
 * A cut-off after the cue ("applicants born before 6 October 2009", "date of birth on or after …"): a
 * rule's date, nobody's birth date.
 */
const CUTOFF_AFTER_CUE = /^[ \t]+(?:before|after|between|prior to|on or (?:before|after)|no (?:later|earlier) than|nach dem|vor dem|avant le|après le|antes del?|después del?)\b/i;
/** A monarch's birthday is a public holiday ("Closed 12-06-2025 for the King's Birthday"). */
const ROYAL_BEFORE = /\b(?:King|Queen|Emperor|Monarch|Sovereign)['’]s[ \t]+$/i;
/** "not a birth date", "no birthday": the cue is denied. */
const NEGATED_BEFORE = /\b(?:not|no|non|nicht|kein)\s+(?:(?:a|an|the|my|your|ein|eine)\s+)?$/i;
/** How far around a cue the token holding it is read (an e-mail address or URL is shorter). */
const TOKEN_WINDOW = 64;

/** What ends the token around a cue: space, and the punctuation of CSV, JSON and markup (never inside an address). */
const TOKEN_END = /[\s,;"'<>()[\]{}|=]/;

/** True when the cue at [start, end) sits inside an e-mail address or URL ("cnascimento@…", "/naissance/"). */
function insideAddress(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < TOKEN_WINDOW && !TOKEN_END.test(text[a - 1] ?? ' ')) a--;
  let b = end;
  while (b < text.length && b - end < TOKEN_WINDOW && !TOKEN_END.test(text[b] ?? ' ')) b++;
  const token = text.slice(a, b);
  return token.includes('@') || token.includes('://');
}

/**
 * An identity record written as one line or turn: a person's name, a date and more fields after it
 * ("[05/06/2019, 09:24] Baraka: Baraka Njoroge, 23 November 1939, Ngong Road, …", "Deniz Yıldırım,
 * 18 Ocak 1994, Gazi Mustafa Kemal Blv. …"): this matches the name and its comma, up to the date. The
 * name (two to four words, each opening with a capital or an uncased letter) must open the line or
 * follow a speaker label.
 */
const IDENTITY_HEAD =
  /(?:^|[:\]][ \t]*)[\p{Lu}\p{Lo}][\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|do|la|le|bin|binti|ibn|al|el)[ \t]+)*[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*){1,3},[ \t]*(?=[\p{N}\p{L}])/gmu;
/** More fields after the date of an identity record. */
const MORE_FIELDS = /[ \t]*,[ \t]*\S/y;
/**
 * Years a date in an identity record must lie before the current one to be read as a birth date:
 * ledger and signature lines carry recent dates ("Ana Ruiz, 12/03/2026, paid"), people's records old ones.
 */
const TUPLE_MIN_AGE_YEARS = 5;
/** The latest year {@link IDENTITY_TUPLE} reads as a birth year (taken once, when the module loads). */
const TUPLE_LATEST_YEAR = new Date().getUTCFullYear() - TUPLE_MIN_AGE_YEARS;

/** Birth dates of identity records ({@link IDENTITY_HEAD}) with a four-digit year old enough to be one. */
function tupleDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of execAll(IDENTITY_HEAD, text)) {
    if (!hasDigitRun(text.slice(m.index + m[0].length, m.index + m[0].length + DATE_MAX_LEN))) continue;
    const start = m.index + m[0].length;
    BIRTH_DATE_STICKY.lastIndex = start;
    const d = BIRTH_DATE_STICKY.exec(text);
    if (!d) continue;
    MORE_FIELDS.lastIndex = start + d[0].length;
    const year = /(?:19|20)\d\d/.exec(d[0]);
    if (!year || Number(year[0]) > TUPLE_LATEST_YEAR || !MORE_FIELDS.test(text)) continue;
    out.push({ start, end: start + d[0].length });
  }
  return out;
}

/**
 * A date with a two-digit year ("4/9/64"), in a reply to a question for the date of birth, also dotted
 * or dashed ("ähm 10.11.48"; elsewhere dotted ones are as often versions): group 1 the year.
 */
const REPLY_SHORT_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-](\d{2})$/;
const CENTURY = 100;
/** Most dates read in one reply (a family's or a travel party's dates of birth). */
const MAX_REPLY_DATES = 8;

/** The time or date stamp that opens a chat line ("[08:30] ", "[22/06/2024, 10:18:05] ", "10:09 "). */
const LINE_STAMP = /^[ \t]*(?:\[[^\]\n]{1,40}\]|\d{1,2}:\d{2}(?::\d{2})?)/;

/** True when the cue's own line holds a date: it gave the date ("…, 1941年7月7日生まれです"), so the next turn is no answer. */
function cueLineHasDate(text: string, cueEnd: number): boolean {
  const ls = text.lastIndexOf('\n', cueEnd - 1) + 1;
  // Only the cue's own sentence: "shipped on 3/30/23. For security, confirm your date of birth?" asks.
  const sentence = text.slice(ls, cueEnd).replace(LINE_STAMP, '').split(/[.!?。！？](?:\s|$)/).pop() ?? '';
  BIRTH_DATE_RE.lastIndex = 0;
  return hasDigitRun(sentence) && BIRTH_DATE_RE.test(sentence);
}

/** Every date in the turn that replies to a question ending in a birth cue. */
function replyDates(text: string, cueEnd: number): Array<{ start: number; end: number }> {
  const reply = replyTurn(text, cueEnd);
  if (!reply) return [];
  const line = text.slice(reply.start, reply.end);
  const spoken = SPOKEN_YEAR.test(line);
  if (!FULL_YEAR.test(line) && !/\d[-/.]\d\d?[-/.]\d\d/.test(line) && !spoken) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (const m of execAll(BIRTH_DATE_RE, line)) {
    if (out.length >= MAX_REPLY_DATES) break;
    // Only dates with a year old enough to be a birth year ("4.7.19" is a version, "February 14, 2026" a
    // shipping date); the dates of other calendars ("1365/2/3") need a cue of their own.
    const year = /(?:1[789]|20)\d\d/.exec(m[0]);
    const short = year ? undefined : REPLY_SHORT_YEAR.exec(m[0]);
    const words = !year && !short && /^[a-z -]+$/i.test(m[0]);
    if (!words && (year ? Number(year[0]) > TUPLE_LATEST_YEAR : !short || Number(short[1]) <= TUPLE_LATEST_YEAR % CENTURY)) continue;
    out.push({ start: reply.start + m.index, end: reply.start + m.index + m[0].length });
  }
  return out;
}

/**
 * A label naming another date right before a date that a later cue might claim ("the visit date
 * (2026-05-01) is in the DOB format box"): the date is the visit's, not a birth date.
 */
const OTHER_DATE_LABEL =
  /\b(?:visit|appointment|admission|discharge|due|issue|expiry|expiration|invoice|order|delivery|shipping|start|end|effective|renewal|service|travel|payment)[ _-]?date\b[^\n\d]{0,4}$/i;
/** How far before a date {@link OTHER_DATE_LABEL} is looked for. */
const OTHER_DATE_REACH = 28;
/**
 * Another date field between a cue and a date ("SELECT …, dob, last_login_ip FROM users WHERE
 * created_at > '2026-01-22'", "DOB: n/a, issued on 3/4/2020"): the date is that field's.
 */
const OTHER_DATE_FIELD =
  /\b(?:created|updated|modified|issued|expir\w*|valid|last_\w+|signup|registered|joined|visit|appointment|due|paid|posted)\w*\b[^\n]{0,12}?(?:[:=<>]|\bon\b|\bat\b|\bsince\b)/i;

/**
 * A cue word that is a surname after a capitalised given name ("Luana Nascimento", "Rui Nascimento"):
 * Portuguese and Spanish families are named "birth".
 */
function surnameCue(text: string, at: number, cue: string): boolean {
  return /^(?:Nasciment|Nacimient|Naissanc)/.test(cue) && /\p{Lu}[\p{Ll}\p{M}]+[ \t]+$/u.test(text.slice(Math.max(0, at - 24), at));
}

/**
 * A household or family list: a person's relation, then a date ("Member 2: Shane Turnbull — child —
 * 2014-12-17", "Ana Ruiz, spouse, 3/4/1980"). Group 1 ends right before the date.
 */
const RELATION_DATE =
  /(?:[—–-]|,)[ \t]*(?:child|son|daughter|stepchild|stepson|stepdaughter|partner|spouse|wife|husband|parent|mother|father|grandparent|grandmother|grandfather|grandchild|dependent|dependant|sibling|brother|sister)[ \t]*(?:[—–-]|,)[ \t]*(?=\d|[A-Z][a-z]{2,8}\.? \d)/gi;

/** Cheap gate for {@link RELATION_DATE}. */
const RELATION_GATE = /child|son|daughter|partner|spouse|wife|husband|parent|mother|father|dependent|dependant|sibling|brother|sister/i;

/** Birth dates after a relation in a family list ({@link RELATION_DATE}). */
function relationDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of execAll(RELATION_DATE, text)) {
    const at = m.index + m[0].length;
    const d = birthDateAt(text, at);
    if (d) out.push(d);
  }
  return out;
}

/** A GEDCOM birth event: "1 BIRT" (group 1 its level), the lines under it, up to its "2 DATE". */
const GEDCOM_BIRTH = /(?:^|\n)[ \t]*(\d{1,2})[ \t]+BIRT[ \t]*(?=\r?\n)/g;
/** A GEDCOM date value: a qualifier, a day, a month and a year, or a part of them ("12 MAY 1832", "ABT 1790", "MAY 1832"). */
const GEDCOM_DATE = /^(?:(?:ABT|BEF|AFT|EST|CAL|FROM|TO|BET|INT)[ \t]+)?(?:\d{1,2}[ \t]+)?(?:(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[ \t]+)?\d{3,4}(?=[ \t]*(?:\r?\n|$))/;
/** Most lines read under a birth event for its date. */
const MAX_EVENT_LINES = 6;

/**
 * Birth dates of a GEDCOM file (the genealogy exchange format): the `DATE` line one level under a
 * `BIRT` event ("1 BIRT⏎2 DATE 12 MAY 1832⏎2 PLAC …"); a christening, death or burial date is no birth date.
 */
function gedcomBirthDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of execAll(GEDCOM_BIRTH, text)) {
    const level = Number(m[1]);
    let at = m.index + m[0].length;
    for (let n = 0; n < MAX_EVENT_LINES && at < text.length; n++) {
      const ls = text.indexOf('\n', at) + 1;
      if (ls === 0) break;
      const le = text.indexOf('\n', ls);
      const line = text.slice(ls, le < 0 ? text.length : le);
      const sub = /^[ \t]*(\d{1,2})[ \t]+([A-Z_]+)[ \t]*/.exec(line);
      if (!sub || Number(sub[1]) <= level) break;
      if (sub[2] === 'DATE') {
        const value = GEDCOM_DATE.exec(line.slice(sub[0].length));
        if (value) out.push({ start: ls + sub[0].length, end: ls + sub[0].length + value[0].length });
        break;
      }
      at = le < 0 ? text.length : le;
    }
  }
  return out;
}

/** Cues written after the date they mark; "DOB" right after another date still reads the date after it. */
const AFTER_DATE_CUE = /^(?:生まれ|生|생|do[gğ]umlu|(?:zur|auf die) welt)$/i;

/** Finds dates of birth: the nearest date after a birth cue, else the nearest one before it. */
export const dobDetector: PiiDetector = {
  type: 'DOB',
  detect(text: string): PiiSpan[] {
    // Every date has two adjacent digits (a year, a day or a month) or a spoken year; most texts fail
    // this cheap test first.
    if (hasDigitRun(text) ? !YEAR_HINT.test(text) && !SPOKEN_YEAR.test(text) : !SPOKEN_YEAR.test(text)) return [];
    const out: PiiSpan[] = [];
    const seen = new Set<number>();
    const add = (d: { start: number; end: number }): void => {
      if (seen.has(d.start)) return;
      seen.add(d.start);
      out.push(spanAt('DOB', text, d.start, d.end));
    };
    // Records that mark a birth date by position, not by a cue word: GDS travel documents, genealogies.
    if (text.includes('DOCS')) for (const d of docsDates(text)) add(d);
    if (text.includes('PID')) for (const m of execAll(HL7_BIRTH, text)) add({ start: m.index + m[0].length - (m[1] ?? '').length, end: m.index + m[0].length });
    if (text.includes('b.')) for (const d of genealogyDates(text)) add(d);
    if ((text.includes('–') || text.includes('—') || text.includes(' - ')) && MEMORIAL_GATE.test(text)) for (const d of lifespanDates(text)) add(d);
    if (text.includes('BIRT')) for (const d of gedcomBirthDates(text)) add(d);
    if (text.includes(', ')) for (const d of tupleDates(text)) add(d);
    if ((text.includes('—') || text.includes('–') || text.includes('|')) && REGISTER_GATE.test(text)) for (const d of registerDates(text)) add(d);
    for (const f of identityRecordFields(text)) if (f.type === 'DOB') add(f);
    if (RELATION_GATE.test(text)) for (const d of relationDates(text)) add(d);
    if (CHILD_LIST_GATE.test(text)) for (const d of childListDates(text)) add(d);
    if (text.includes('\t')) for (const d of tabbedNameDates(text)) add(d);
    const otherScripts = BIRTH_PRECHECK_NON_ASCII.test(text);
    // One scan for every Latin stem; the stems of the sixth round are told apart only when it passes.
    if (!otherScripts && !BIRTH_PRECHECK_ALL.test(text)) return out;
    const common = otherScripts || BIRTH_PRECHECK.test(text);
    const more = otherScripts || BIRTH_PRECHECK_MORE.test(text);
    const cues = common ? execAll(BIRTH_CUE, text) : [];
    if (more) for (const c of execAll(BIRTH_CUE_MORE, text)) cues.push(c);
    if (otherScripts) for (const c of execAll(BIRTH_CUE_OTHER_SCRIPTS, text)) cues.push(c);
    if (more || otherScripts) cues.sort((a, b) => a.index - b.index);
    for (const cue of cues) {
      const cueEnd = cue.index + cue[0].length;
      const afterCue = text.slice(cueEnd, cueEnd + 32);
      if (EVENT_AFTER_CUE.test(afterCue) || CUTOFF_AFTER_CUE.test(afterCue)) continue;
      const beforeCue = text.slice(Math.max(0, cue.index - 16), cue.index);
      if (NEGATED_BEFORE.test(beforeCue) || ROYAL_BEFORE.test(beforeCue)) continue;
      if (insideAddress(text, cue.index, cueEnd) || surnameCue(text, cue.index, cue[0])) continue;
      // Extend the window a little so a date that starts inside it is matched whole.
      const first = firstDateIn(text, cueEnd);
      // A date right against the cue reads with it in languages that put the cue after the date
      // ("1956年5月1日生まれ", "1995.05.10생", "12.03.1950 doğumlu"), whatever date follows.
      const touching = AFTER_DATE_CUE.test(cue[0])
        ? datesIn(text, Math.max(0, cue.index - BEFORE_WINDOW - DATE_BEFORE_EXTRA), cue.index).filter((d) => /^[ \t]?$/.test(text.slice(d.end, cue.index)))
        : [];
      let pick =
        touching[0] ??
        (first &&
        first.start - cueEnd <= AFTER_WINDOW &&
        (!SENTENCE_END.test(text.slice(cueEnd, first.start)) || nextSemicolonField(text, cueEnd, first.start)) &&
        !OTHER_DATE_FIELD.test(text.slice(cueEnd, first.start))
          ? first
          : undefined);
      // The whole reply to a question asking for dates of birth: every date in it ("me 01/05/1968, Thảo
      // 15th September 1989 and Filipa is 12th February 1991", "010-5950-6181 / 1993.08.27").
      const asked = !cueLineHasDate(text, cueEnd);
      if (asked) for (const d of replyDates(text, cueEnd)) if (!animalBirth(text, cue.index, d)) add(d);
      if (!pick && asked) pick = answerDate(text, cueEnd);
      if (!pick && asked) pick = replyLineDate(text, cueEnd);
      if (!pick && asked) pick = statedNextSentence(text, cueEnd);
      if (!pick) pick = valueOnNextLine(text, cueEnd);
      if (!pick) {
        const from = Math.max(0, cue.index - BEFORE_WINDOW - DATE_BEFORE_EXTRA);
        const prior = datesIn(text, from, cue.index).filter(
          (d) => cue.index - d.end <= BEFORE_WINDOW && !SENTENCE_END.test(text.slice(d.end, cue.index)) && !OTHER_DATE_LABEL.test(text.slice(Math.max(0, d.start - OTHER_DATE_REACH), d.start)),
        );
        pick = prior[prior.length - 1];
      }
      const picks = columnDates(text, cue.index);
      if (picks.length === 0 && pick) picks.push(pick);
      for (const d of picks) if (!animalBirth(text, cue.index, d)) add(d);
    }
    // "my dob is 06/09/1953 and my wife's is 01/02/1981": the second date shares the first one's cue
    // (new spans are read too, so a list of three is followed to its end).
    // "pat_dob: 1957-02-22 == 22 Feb 1957": the same date again in another format.
    // "DOB 3 May 1984 while the profile says 5 March 1984": another record's version of it.
    for (let i = 0; i < out.length; i++) {
      const d = out[i] as PiiSpan;
      const next = elidedBirthDate(text, d.end) ?? equatedDate(text, d.end) ?? contrastedDate(text, d.end);
      if (next) add(next);
    }
    for (const d of correctedDates(text)) add(d);
    for (const d of keyedCompactDates(text)) add(d);
    return out;
  },
};

/** A label closing its line (maybe after its colon), then the start of the next line. */
const LABEL_LINE_END = /[ \t]*[:：]?[ \t]*\r?\n[ \t]*/y;

/**
 * The date alone on the line under a birth label that closes its own line ("DOB:⏎14/03/1988"), as forms
 * copied out of a PDF or a web page put a field's value under its label.
 */
function valueOnNextLine(text: string, cueEnd: number): { start: number; end: number } | undefined {
  LABEL_LINE_END.lastIndex = cueEnd;
  const m = LABEL_LINE_END.exec(text);
  if (!m) return undefined;
  const d = birthDateAt(text, cueEnd + m[0].length);
  return d && LINE_END_AFTER.test(text.slice(d.end, d.end + 4)) ? d : undefined;
}

/** Fewest ";" on a line for it to be a semicolon-separated record. */
const MIN_SEMICOLON_FIELDS = 3;

/**
 * True when only a ";" stands between the cue and the date and the cue's line is a semicolon-separated
 * record ("…;DM;BRTHDTC;1946-09-05;…"): there ";" separates fields, not sentences.
 */
function nextSemicolonField(text: string, cueEnd: number, dateStart: number): boolean {
  if (!/^[ \t"]*;[ \t"]*$/.test(text.slice(cueEnd, dateStart))) return false;
  const ls = text.lastIndexOf('\n', cueEnd) + 1;
  const le = text.indexOf('\n', cueEnd);
  return text.slice(ls, le < 0 ? text.length : le).split(';').length > MIN_SEMICOLON_FIELDS;
}

/**
 * What equates a date with the one before it: "==", "=", "≡", an arrow; or the new value of an audit
 * log's change record after its old one (`field=date_of_birth old="1997-08-10" new="1997-10-08"`).
 */
const EQUATED = /[ \t]*(?:==|=|≡|→|->)[ \t]*|["']?[ \t,]+(?:new|new_value|after|to)[ \t]*[=:][ \t]*["']?/y;

/** The date written after a found birth date as its equal ("1957-02-22 == 22 Feb 1957"), if any. */
function equatedDate(text: string, end: number): { start: number; end: number } | undefined {
  EQUATED.lastIndex = end;
  const m = EQUATED.exec(text);
  return m ? birthDateAt(text, end + m[0].length) : undefined;
}

/** A correction of a value: "Corrected to", "should be", "changed to", "amended to", "updated to", "passport says". */
const CORRECTION = /\b(?:corrected to|should be|should read|changed to|amended to|updated to|(?:passport|ID|card|certificate|record) (?:says|shows|reads))[ \t]*:?[ \t]*/gi;
/** A birth cue in the lines before a correction (the date the correction replaces was a birth date). */
const BIRTH_BEFORE_CORRECTION = /\b(?:date of birth|birth ?date|dob|d\.o\.b|brthdtc|born)\b/i;
/** Characters read before a correction for {@link BIRTH_BEFORE_CORRECTION}. */
const CORRECTION_REACH = 240;

/**
 * The corrected birth date of a data query or a reply to one ("Date of birth 27 Jul 1940 makes subject
 * younger than 18 … ⏎Response (site): Corrected to 27 Jul 1923 per passport"): a date right after a
 * correction phrase, when a birth cue stands in the few lines before it and no other kind of date is named there.
 */
function correctedDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!CORRECTION_GATE.test(text)) return out;
  for (const m of execAll(CORRECTION, text)) {
    const lead = text.slice(Math.max(0, m.index - CORRECTION_REACH), m.index);
    if (!BIRTH_BEFORE_CORRECTION.test(lead) || OTHER_EVENT.test(lead.slice(lead.search(/[^\n]*$/)))) continue;
    const d = birthDateAt(text, m.index + m[0].length);
    if (d) out.push(d);
  }
  return out;
}
/** Cheap gate for {@link CORRECTION}. */
const CORRECTION_GATE = /orrected to|hould be|hould read|hanged to|mended to|pdated to| says| shows| reads/i;

/**
 * A list head naming children or a household's members ("our children:", "Kinder:", "Dependants:",
 * "Members:" of a family account), then the list (group 1: the rest of its line).
 */
const CHILD_LIST_HEAD =
  /\b(?:children|kids|dependants|dependents|kinder|enfants|hijos|filhos|figli|kinderen|barn|dzieci|(?:family |household )?members|mitglieder|membres|miembros|membri|leden)[ \t]*[:：][ \t]*([^\n]*)/gi;
/** Cheap gate for {@link CHILD_LIST_HEAD}. */
const CHILD_LIST_GATE = /hildren|kids|ependants|ependents|inder|nfants|hijos|filhos|figli|barn|dzieci|embers|itglieder|embres|iembros|embri|leden/i;
/** A list item opening a line: "1. ", "2) ", "- ", "• ". */
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]+/;
/** Most items read under one list head. */
const MAX_CHILD_ITEMS = 12;
/** A name, then its date in brackets or after a dash: "Vinícius (20.04.2011)", "Hawa Babiker – 2012-03-25". */
const NAME_THEN_DATE = /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)*[ \t]*(?:\(|[–—-][ \t]+|,[ \t]+(?:born[ \t]+)?)$/u;

/**
 * The birth dates of the children listed under a head that names them ("… and our children:⏎1. Mawada
 * Babiker – 6 augusti 2012⏎2. Hawa Babiker – 2012-03-25", "7. Kinder: Hatim (19. Januar 2011)"): in each
 * item, a date right after a name and a dash, a comma or an opening bracket.
 */
function childListDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const take = (from: number, to: number): void => {
    for (const d of datesIn(text, from, to)) if (NAME_THEN_DATE.test(text.slice(Math.max(from, d.start - 60), d.start))) out.push(d);
  };
  for (const m of execAll(CHILD_LIST_HEAD, text)) {
    const rest = m[1] ?? '';
    const lineEnd = m.index + m[0].length;
    if (rest.trim() !== '') {
      take(lineEnd - rest.length, lineEnd);
      continue;
    }
    let at = lineEnd + 1;
    for (let k = 0; k < MAX_CHILD_ITEMS && at < text.length; k++) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      if (!LIST_ITEM.test(text.slice(at, end))) break;
      take(at, end);
      at = end + 1;
    }
  }
  return out;
}

/** A line of a headerless tab-separated list: a full name, then a date in the next cell (group 1 the name, group 2 the rest). */
const TABBED_NAME_ROW = /^[ \t]*([\p{L}\p{M}'’.-]+(?:,?[ ][\p{L}\p{M}'’.-]+){1,3})\t+([^\t\n]+)(?:\t[^\n]*)?$/u;
/** Fewest rows of such a list, and fewest different years among its dates or years between its first and last. */
const MIN_TABBED_ROWS = 3;
const MIN_TABBED_YEARS = 3;
const MIN_TABBED_SPREAD = 2;
/** A name cell opens with a capital, maybe after surname particles ("de Jong, Femke"). */
const NAME_CELL_OPEN = /^(?:(?:de|van|von|der|den|da|di|du|le|la|del|della|dos|das|ter|ten|bin|al|el) )*\p{Lu}/u;
/** A year of four digits inside a date. */
const FULL_YEAR_IN = /(?:19|20)\d\d/;

/**
 * The dates of a headerless tab-separated list of people, one per line with a date in the cell after the
 * name ("Krishnan, Revathi→10/07/2008→vegetarian", tabs shown as →, a group's manifest): when at least three rows in a
 * row hold one and their dates fall in three or more different years, or two or more years apart, the dates
 * are birth dates (a rota or a list of appointments keeps to a few weeks).
 */
function tabbedNameDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let block: Array<{ start: number; end: number; year: string }> = [];
  const flush = (): void => {
    const years = block.map((b) => Number(b.year));
    const spread = Math.max(...years) - Math.min(...years);
    if (block.length >= MIN_TABBED_ROWS && (new Set(years).size >= MIN_TABBED_YEARS || spread >= MIN_TABBED_SPREAD)) out.push(...block);
    block = [];
  };
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const m = TABBED_NAME_ROW.exec(line);
    const name = m?.[1] ?? '';
    const cell = (m?.[2] ?? '').trim();
    const d = m && NAME_CELL_OPEN.test(name) ? birthDateAt(text, at + line.indexOf(cell, line.indexOf(name) + name.length)) : undefined;
    const year = d ? FULL_YEAR_IN.exec(text.slice(d.start, d.end))?.[0] : undefined;
    // The date fills its cell: "12/05/2024 14:00" or "3 Dec 2009 (approx.)" is no plain date cell.
    if (d && year && d.end - d.start === cell.length) block.push({ start: d.start, end: d.end, year });
    else flush();
    if (nl < 0) break;
    at = nl + 1;
  }
  flush();
  return out;
}

/** A line that asks for the date of birth typed as digits, then the reply line's eight digits. */
const COMPACT_BIRTH_REPLY = /(?:date of birth|birth ?date|dob)\b[^\n]{0,60}\n[ \t]*(?:[<>:-]|[\p{L} ]{1,20}:)?[ \t]*(\d{8})[ \t]*(?:\n|$)/giu;
/** The years a compact birth date may hold. */
const MIN_BIRTH_YEAR = 1900;

/** True when eight digits read as a calendar date in MMDDYYYY, DDMMYYYY or YYYYMMDD order. */
function compactDate(d: string): boolean {
  const valid = (y: number, mo: number, da: number): boolean => y >= MIN_BIRTH_YEAR && y <= TUPLE_LATEST_YEAR + TUPLE_MIN_AGE_YEARS && mo >= 1 && mo <= MONTHS && da >= 1 && da <= MAX_DAY;
  const n = (a: number, b: number): number => Number(d.slice(a, b));
  return valid(n(4, 8), n(0, 2), n(2, 4)) || valid(n(4, 8), n(2, 4), n(0, 2)) || valid(n(0, 4), n(4, 6), n(6, 8));
}

/**
 * The date of birth keyed in as eight digits in reply to a line that asks for it, as IVR and kiosk
 * logs print it ("> Please enter your date of birth as eight digits.⏎< 09011940").
 */
function keyedCompactDates(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of execAll(COMPACT_BIRTH_REPLY, text)) {
    const digits = m[1] ?? '';
    if (!compactDate(digits)) continue;
    const start = m.index + m[0].lastIndexOf(digits);
    out.push({ start, end: start + digits.length });
  }
  return out;
}

/** The things a value is read from: "file", "record", "profile", "passport", "it"… */
const RECORD_NOUN = '(?:file|record|records|system|form|passport|licen[cs]e|id|account|profile|application|certificate|documents?|notes?|screen|database|it|this|that)';
/** The verbs that state a record's value: "says", "shows", "lists"… */
const STATING_VERB = '(?:says|say|shows|show|has|have|lists|list|reads|read|states|state|gives|records)';

/**
 * What sets a second date against a found birth date as the same person's other version of it: "DOB
 * 3 May 1984 while the profile says 5 March 1984", "… but the form has …", "1990-02-03 vs 1990-03-02",
 * "…, not 03/02/1990". A mismatch between two records of one birth date is a birth date twice.
 */
const CONTRAST_JOIN = new RegExp(
  `[ \\t]*,?[ \\t]+(?:(?:while|whereas|but|and)[ \\t]+(?:the|our|your|his|her|their|its)[ \\t]+${RECORD_NOUN}[ \\t]+${STATING_VERB}|vs\\.?|versus|not|instead of|rather than)[ \\t]*:?[ \\t]*`,
  'iy',
);

/** The birth date set against a found one at `end` through {@link CONTRAST_JOIN}, if any. */
function contrastedDate(text: string, end: number): { start: number; end: number } | undefined {
  CONTRAST_JOIN.lastIndex = end;
  const m = CONTRAST_JOIN.exec(text);
  return m ? birthDateAt(text, end + m[0].length) : undefined;
}

/**
 * What joins a second person's birth date to a first one whose cue it shares: "and my wife's is",
 * ") and partner Omar (", "and her son's:" — "and", a few words without digits or a sentence end, then a
 * possessive, an opening parenthesis or a colon.
 */
const ELIDED_CUE = /\)?[ \t]*,?[ \t]+and[ \t]+[^\d\n.;!?]{1,40}?(?:['’]s(?:[ \t]+(?:is|was))?[ \t]*:?|[ \t]\(|:)[ \t]*/y;
/** Words in that join that make the second date another kind ("and the appointment is …"). */
const OTHER_EVENT = /\b(?:appointment|visit|meeting|due|expir\w*|issued?|valid|paid|payment|start\w*|end\w*|mov\w*|arriv\w*|depart\w*|wedding|anniversary|deadline|renewal|closing)\b/i;

/** The birth date that follows a found one at `end` through {@link ELIDED_CUE}, if any. */
function elidedBirthDate(text: string, end: number): { start: number; end: number } | undefined {
  ELIDED_CUE.lastIndex = end;
  const join = ELIDED_CUE.exec(text);
  if (!join || OTHER_EVENT.test(join[0])) return undefined;
  const at = end + join[0].length;
  return birthDateAt(text, at);
}

/**
 * The opening of a sentence that states a value from a record: "Our file says", "The system shows",
 * "It says", "Records show:" — a determiner, a record noun and a verb of stating, nothing else.
 */
const STATEMENT_LEAD = new RegExp(
  `[ \\t]*(?:(?:our|the|your|my|his|her|their)[ \\t]+)?(?:${RECORD_NOUN}[ \\t]+)?${STATING_VERB}[ \\t]*:?[ \\t]*`,
  'iy',
);
/** How far after a cue the sentence end before a {@link STATEMENT_LEAD} may come. */
const STATEMENT_REACH = 100;

/**
 * The date that a record is said to hold in the sentence right after the cue's, when the cue's own
 * sentence has none: "… we need Thảo's date of birth confirmed. Our file says 26/12/1950."
 */
function statedNextSentence(text: string, cueEnd: number): { start: number; end: number } | undefined {
  const stop = /[.!?](?=[ \t]+\S)/.exec(text.slice(cueEnd, cueEnd + STATEMENT_REACH));
  if (!stop || text.slice(cueEnd, cueEnd + stop.index).includes('\n')) return undefined;
  STATEMENT_LEAD.lastIndex = cueEnd + stop.index + 1;
  const lead = STATEMENT_LEAD.exec(text);
  if (!lead) return undefined;
  const at = STATEMENT_LEAD.lastIndex;
  return birthDateAt(text, at);
}
