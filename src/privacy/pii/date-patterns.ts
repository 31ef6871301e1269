/**
 * @module privacy/pii/date-patterns — calendar date shapes used by the DOB detector: numeric dates
 * (D/M/Y, M/D/Y, Y-M-D with `/`, `.` or `-`), and dates with month names or abbreviations in English,
 * German, French, Spanish, Italian, Portuguese and Dutch, with ordinals ("3rd of May 1990", "1er mai
 * 1990", "12. März 1990", "12 de mayo de 1990", "12-Jan-1990").
 */

/**
 * Month names and their usual abbreviations, per language (the CLDR wide and abbreviated forms,
 * with and without accents as people type them).
 */
const MONTH_WORDS: readonly string[] = [
  // English
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // German (and Austrian Jänner)
  'januar', 'jänner', 'februar', 'märz', 'maerz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'jän', 'mär', 'mrz', 'okt', 'dez',
  // French
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
  'janv', 'févr', 'fevr', 'fév', 'fev', 'avr', 'juil', 'déc',
  // Spanish
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  'ene', 'abr', 'ago', 'dic',
  // Italian
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'gen', 'mag', 'giu', 'lug', 'set', 'ott',
  // Portuguese
  'janeiro', 'fevereiro', 'março', 'marco', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'out',
  // Dutch
  'januari', 'februari', 'maart', 'mei', 'augustus',
  'mrt',
];

/** Longest first, so "september" is preferred to "sep" inside the alternation. */
const MONTH = `(?:${[...new Set(MONTH_WORDS)].sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** Day of month with an optional ordinal: 3rd (en), 1er (fr), 1º/1ª (es, pt, it), "12." (de, nl, nordic). */
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er|re|e|º|ª|°|\\.)?';
const DAY_NUM = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH_NUM = '(?:0?[1-9]|1[0-2])';
/** 1700–2099: genealogy and old records give births of the eighteenth and nineteenth centuries ("born 17 Apr 1866", "born 6th September 1798"). */
const YEAR4 = '(?:1[789]|20)\\d{2}';
const YEAR = `(?:${YEAR4}|'?\\d{2})`;
const NUM_SEP = '[-/.]';

/** Source of one alternation covering numeric and month-name dates. */
export const DATE_SOURCE = [
  // 1990-04-12, 1990/4/12, 1990.04.12
  `${YEAR4}${NUM_SEP}${MONTH_NUM}${NUM_SEP}${DAY_NUM}`,
  // 12/04/1990, 04-12-90, 12.4.1990 (day-first and month-first read alike here)
  `${DAY_NUM}${NUM_SEP}${DAY_NUM}${NUM_SEP}(?:${YEAR4}|\\d{2})`,
  // 12-Jan-1990, 12/jan/90, 12.Jan.1990
  `${DAY_NUM}[-/. ]${MONTH}[-/. ]${YEAR}`,
  // May 3, 1990 / May 3rd 1990 / Jun. 9 1990
  `${MONTH}\\s+${DAY},?\\s+${YEAR4}`,
  // 3 May 1990 / the 3rd of May, 1990 / 12. März 1990 / 1er mai 1990 / 12 de mayo de 1990 / 12 de maio, 1990
  `${DAY}\\s+(?:of\\s+|de\\s+|del\\s+)?${MONTH},?\\s+(?:de\\s+|del\\s+)?${YEAR4}`,
].join('|');

/** Matches one date anywhere (global, case-insensitive for month names). */
export const DATE_RE = new RegExp(`(?<![\\w/.-])(?:${DATE_SOURCE})(?![\\w/-]|\\.\\d)`, 'gi');

/**
 * Month names (genitive where the language writes dates with it) of further languages, used only next
 * to a birth cue, so short words that are also everyday words elsewhere ("mart", "maj") cost nothing:
 * Nordic, Finnish, Polish, Czech, Slovak, Croatian/Serbian, Slovene, Hungarian, Romanian, Turkish,
 * Catalan, Icelandic, Afrikaans, Indonesian/Malay, Filipino, Russian, Ukrainian, Bulgarian and Greek.
 */
const MORE_MONTH_WORDS: readonly string[] = [
  // Swedish, Danish, Norwegian, Icelandic
  'augusti', 'maj', 'marts', 'desember', 'janúar', 'febrúar', 'apríl', 'maí', 'júní', 'júlí', 'ágúst', 'október', 'nóvember',
  // Finnish (partitive, as written in dates)
  'tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta',
  // Polish (genitive)
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'wrzesnia', 'października', 'pazdziernika', 'listopada', 'grudnia',
  // Czech (genitive) and Slovak
  'ledna', 'února', 'unora', 'března', 'brezna', 'dubna', 'května', 'kvetna', 'června', 'cervna', 'července', 'cervence', 'srpna', 'září', 'zari', 'října', 'rijna', 'listopadu', 'prosince',
  'januára', 'februára', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra',
  // Croatian (genitive), Serbian/Bosnian/Slovene (Latin script)
  'siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'studenoga', 'studenog', 'prosinca',
  'januar', 'februar', 'mart', 'jun', 'jul', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar', 'avgusta', 'januarja', 'februarja', 'marca',
  // Hungarian
  'január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember',
  // Romanian
  'ianuarie', 'februarie', 'martie', 'aprilie', 'iunie', 'iulie', 'septembrie', 'octombrie', 'noiembrie', 'decembrie',
  // Turkish (with and without the Turkish letters)
  'ocak', 'şubat', 'subat', 'nisan', 'mayıs', 'mayis', 'haziran', 'temmuz', 'ağustos', 'agustos', 'eylül', 'eylul', 'ekim', 'kasım', 'kasim', 'aralık', 'aralik',
  // Catalan
  'gener', 'febrer', 'març', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'desembre',
  // Afrikaans, Indonesian/Malay, Filipino
  'januarie', 'februarie', 'junie', 'julie', 'maret', 'agustus', 'pebrero', 'marso', 'hunyo', 'hulyo', 'setyembre', 'oktubre', 'nobyembre', 'disyembre',
  // Russian (genitive, nominative, abbreviations), Ukrainian (genitive), Bulgarian
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
  'янв', 'фев', 'мар', 'апр', 'авг', 'сен', 'сент', 'окт', 'ноя', 'дек',
  'січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня',
  'януари', 'февруари', 'юни', 'юли', 'септември', 'октомври', 'ноември', 'декември',
  // Lithuanian (genitive), Latvian (genitive), Estonian, Swahili (eighth round)
  'sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio',
  'janvāra', 'februāra', 'aprīļa', 'maija', 'jūnija', 'jūlija', 'septembra', 'oktobra', 'novembra', 'decembra',
  'jaanuar', 'veebruar', 'märts', 'aprill', 'juuni', 'juuli', 'oktoober', 'detsember',
  'machi', 'aprili', 'julai', 'agosti', 'septemba', 'oktoba', 'novemba', 'desemba',
  // Arabic (the Gregorian names of Egypt and the Gulf, and the Levantine Syriac ones), Persian, Hebrew,
  // Hindi and Thai (eighth round)
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'إبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول',
  'ژانویه', 'فوریه', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر',
  'ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר',
  'जनवरी', 'फ़रवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'सितम्बर', 'अक्टूबर', 'अक्तूबर', 'नवंबर', 'नवम्बर', 'दिसंबर', 'दिसम्बर',
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
  // Round ten. Serbian/Bosnian and Slovene genitives ("2. aprila 1984", "15. juna 1990", "3. julija 1980")
  'januara', 'februara', 'marta', 'aprila', 'juna', 'jula', 'junija', 'julija',
  // Latvian locative, as written after "gada" ("1988. gada 13. jūlijā")
  'janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī',
  // Hebrew with the prefix "ב" (in) that dates carry ("30 באפריל 1956")
  ...['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'].map((m) => `ב${m}`),
  // Persian Solar Hijri months (Farvardin … Esfand), written with Solar Hijri years ("۲۶ اسفند ۱۳۴۹")
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
  // Bengali (both spellings of the য় letter: precomposed and with the nukta) and Tamil Gregorian months
  'জানুয়ারি', 'জানুয়ারী', 'জানুয়ারি', 'জানুয়ারী', 'ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'মার্চ', 'এপ্রিল', 'মে', 'জুন', 'জুলাই', 'আগস্ট', 'আগষ্ট', 'সেপ্টেম্বর', 'অক্টোবর', 'নভেম্বর', 'ডিসেম্বর',
  'ஜனவரி', 'பிப்ரவரி', 'மார்ச்', 'ஏப்ரல்', 'மே', 'ஜூன்', 'ஜூலை', 'ஆகஸ்ட்', 'ஆகஸ்டு', 'செப்டம்பர்', 'அக்டோபர்', 'நவம்பர்', 'டிசம்பர்',
  // Greek (genitive)
  'ιανουαρίου', 'φεβρουαρίου', 'μαρτίου', 'απριλίου', 'μαΐου', 'ιουνίου', 'ιουλίου', 'αυγούστου', 'σεπτεμβρίου', 'οκτωβρίου', 'νοεμβρίου', 'δεκεμβρίου',
];
/** Every month word, longest first, without the abbreviation dot (for dates that end with the month). */
const ALL_MONTH_WORD = `(?:${[...new Set([...MONTH_WORDS, ...MORE_MONTH_WORDS])].sort((a, b) => b.length - a.length).join('|')})`;
/** Every month word, longest first. */
const ALL_MONTH = `${ALL_MONTH_WORD}\\.?`;
/** The year word some languages write after a date: Polish/Czech "r." (rok), Russian "г." (год), Lithuanian "m.", Croatian "god.". */
const YEAR_WORD = '(?:[ \\t]?(?:r|г|m|god|год[а]?)\\.)?';
/**
 * Years of the calendars birth dates are also written in: Solar Hijri 1300–1499 (Iran, Afghanistan;
 * 1921–2120 CE) and the Thai Buddhist era 2440–2599 (1897–2056 CE). Read only in birth-only shapes.
 */
const YEAR_OTHER = '(?:1[34]\\d{2}|24[4-9]\\d|25\\d{2})';

/** English ordinal day words as spoken ("the twenty first of march"). */
const ORDINAL_UNITS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const SPOKEN_DAY = `(?:(?:twenty|thirty)[ -](?:${ORDINAL_UNITS})|${ORDINAL_UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety';
/** The last two digits of a spoken year: "sixty", "seventy three", "oh five", "thirteen". */
const SPOKEN_YY = `(?:oh[ -](?:${UNITS})|(?:${TENS})(?:[ -](?:${UNITS}))?|${TEENS}|${UNITS})`;
/** A spoken year: "nineteen seventy three", "nineteen hundred and five", "two thousand (and) nine", "twenty thirteen". */
const SPOKEN_YEAR = `(?:(?:nineteen|eighteen|twenty)[ -](?:hundred(?:[ -]and)?[ -])?${SPOKEN_YY}|two[ -]thousand(?:[ -]and)?(?:[ -]${SPOKEN_YY})?)(?![a-z])`;
/** The three-letter English month abbreviations of IATA and ICAO documents ("12APR1990"). */
const MONTH3 = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/** English month names as spoken. */
const SPOKEN_MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/**
 * A day said as a cardinal, as many callers do ("june twenty two thousand four", "april eighteen
 * nineteen fifty four").
 */
const SPOKEN_CARDINAL_DAY = `(?:(?:twenty|thirty)[ -](?:${UNITS})|${TEENS}|twenty|thirty|${UNITS})`;
/** The last two digits of a year said without its century, as callers do ("ninety four", "oh two", "sixteen"). */
const SPOKEN_DECADE_YEAR = `(?:(?:${TENS})(?:[ -](?:${UNITS}))?|oh[ -](?:${UNITS})|${TEENS})(?![a-z])`;
/** A month said as its number (one to twelve). */
const SPOKEN_MONTH_NUMBER = `${UNITS}|ten|eleven|twelve`;

/**
 * Dates only read next to a birth cue: month names of {@link MORE_MONTH_WORDS}, year-first month-name
 * dates (Hungarian "1990. március 12."), spaced numeric dates (Czech, Slovak, Croatian "12. 3. 1990"), the CJK "1990年4月12日" and Korean "1990년 4월 12일" forms,
 * Japanese era dates "平成2年4月12日" / "H2.4.12", Vietnamese "12 tháng 4 năm 1990", and spoken English dates with words for day and year ("the
 * twenty first of march nineteen eighty one", "june fifth two thousand nine").
 */
const BIRTH_ONLY_SOURCE = [
  `${DAY}\\s+(?:of\\s+|de\\s+|del\\s+|d['’])?${ALL_MONTH},?\\s+(?:de\\s+|del\\s+)?${YEAR4}${YEAR_WORD}`,
  `${DAY_NUM}[-/. ]${ALL_MONTH}[-/. ]${YEAR}`,
  `${ALL_MONTH}\\s+${DAY},?\\s+${YEAR4}`,
  `${YEAR4}\\.?\\s+${ALL_MONTH}\\s+${DAY}`,
  `${DAY_NUM}\\.[ \\t]${MONTH_NUM}\\.[ \\t]?${YEAR4}`,
  // Hungarian numeric dates, year first with a dot after each part ("1990. 03. 12.", "1990.03.12.").
  `${YEAR4}\\.[ \\t]?${MONTH_NUM}\\.[ \\t]?${DAY_NUM}\\.(?=\\s|$)`,
  // The same with spaces and no closing dot, as tables print it ("1996. 02. 12").
  `${YEAR4}\\.[ \\t]${MONTH_NUM}\\.[ \\t]${DAY_NUM}`,
  // Round ten: Latvian "1988. gada 13. jūlijā" and Lithuanian "1990 m. kovo 3 d." (year, month, day).
  `${YEAR4}\\.?[ \\t]gada[ \\t]${DAY}[ \\t]${ALL_MONTH_WORD}`,
  `${YEAR4}[ \\t]?m\\.[ \\t]${ALL_MONTH}[ \\t]${DAY_NUM}(?:[ \\t]?d\\.)?`,
  // Solar Hijri and Buddhist-era dates: "1349/12/04", "04/11/2533", "26 اسفند 1349", "12 มกราคม 2533".
  `${YEAR_OTHER}[-/.]${MONTH_NUM}[-/.]${DAY_NUM}`,
  `${DAY_NUM}[-/.]${MONTH_NUM}[-/.]${YEAR_OTHER}`,
  `${DAY}\\s+${ALL_MONTH}\\s+${YEAR_OTHER}`,
  `${YEAR4}[ \\t]?年[ \\t]?${MONTH_NUM}[ \\t]?月[ \\t]?${DAY_NUM}[ \\t]?日`,
  // Japanese era dates ("平成18年6月12日", "昭和55年3月1日") and their short form on forms ("H18.6.12", "S55.3.1").
  `(?:明治|大正|昭和|平成|令和)[ \\t]?(?:元|\\d{1,2})[ \\t]?年[ \\t]?${MONTH_NUM}[ \\t]?月[ \\t]?${DAY_NUM}[ \\t]?日`,
  `(?<![A-Za-z])[MTSHR]\\d{1,2}\\.${MONTH_NUM}\\.${DAY_NUM}(?!\\d)`,
  `${YEAR4}[ \\t]?년[ \\t]?${MONTH_NUM}[ \\t]?월[ \\t]?${DAY_NUM}[ \\t]?일`,
  `(?:ngày\\s+)?${DAY_NUM}\\s+tháng\\s+${MONTH_NUM},?\\s+(?:năm\\s+)?${YEAR4}`,
  `(?:the\\s+)?(?:${SPOKEN_DAY}|${DAY})\\s+(?:of\\s+)?${SPOKEN_MONTH},?\\s+(?:${SPOKEN_YEAR}|${YEAR4}|${SPOKEN_DECADE_YEAR})`,
  `${SPOKEN_MONTH}\\s+(?:the\\s+)?(?:${SPOKEN_DAY}|${DAY}|${SPOKEN_CARDINAL_DAY}),?\\s+(?:${SPOKEN_YEAR}|${YEAR4}|${SPOKEN_DECADE_YEAR})`,
  // Nineteenth round: a numeric date read out as words, month first ("six twenty seven seventy four",
  // "ten five thirty nine", "seven twenty five nineteen ninety eight").
  `(?<![a-z])(?:${SPOKEN_MONTH_NUMBER})[ -](?:${SPOKEN_CARDINAL_DAY})[ -](?:${SPOKEN_YEAR}|${SPOKEN_DECADE_YEAR})`,
  // Seventh round: the compact forms of airline and travel documents ("12APR1990", "12APR90"), ISO 8601
  // basic dates of vCard BDAY and EDIFACT/HL7 fields ("19900412"), and a numeric date read out with
  // spaces in a transcript or typed into boxed form fields ("04 12 1990").
  `${DAY_NUM}${MONTH3}${YEAR}`,
  `${YEAR4}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])`,
  `${DAY_NUM}[ \\t]${DAY_NUM}[ \\t]${YEAR4}`,
  // Round eleven: a numeric date typed into a form with spaces around the slashes ("05 / 25 / 1980",
  // boxed fields and OCR of printed forms); only next to a cue, as "4 / 5" alone is a fraction.
  `${DAY_NUM}[ \\t]/[ \\t]${DAY_NUM}[ \\t]/[ \\t]${YEAR4}`,
].join('|');

/** Matches one date of the {@link BIRTH_ONLY_SOURCE} shapes only (global, case-insensitive). */
export const BIRTH_ONLY_DATE_RE = new RegExp(`(?<![\\w/.-])(?:${BIRTH_ONLY_SOURCE})(?![\\w/-]|\\.\\d)`, 'gi');
/**
 * Matches one date of any shape the DOB detector accepts next to a birth cue: {@link DATE_RE}'s shapes
 * plus {@link BIRTH_ONLY_SOURCE}'s (global, case-insensitive).
 */
export const BIRTH_DATE_RE = new RegExp(
  `(?<![\\w/.-])(?:${BIRTH_ONLY_SOURCE}|${DATE_SOURCE})(?![\\w/-]|\\.\\d)`,
  'gi',
);
