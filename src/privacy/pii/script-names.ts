/**
 * @module privacy/pii/script-names — person names written in a non-Latin script inside mostly Latin
 * support text ("Thanks,\nДмитрий Волков", "Patient: 佐藤 健太", "Hi สมชาย,", "> On Monday, ნინო
 * ბერიძე wrote:"). Capitalisation, the name lists and the English lexicon say nothing about these
 * words, so the evidence is where they sit: after a cue phrase or a field label, alone on a signature
 * line, before "wrote:", "<e-mail>", "(she/her)" or a verb people use. Two capitalised words in a
 * bicameral script (Cyrillic, Greek, Armenian) read as "First Last" as in Latin script. Written on
 * 2026-11-25 (ADR 0011, fourth round) from general knowledge of these scripts.
 */
import { CUE_SCANNERS } from './name-cues.js';
import type { PiiSpan } from './types.js';

/** Letters of the scripts handled here (not Latin). */
const SCRIPTS =
  '\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Script=Armenian}\\p{Script=Georgian}\\p{Script=Hebrew}\\p{Script=Arabic}' +
  '\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Gurmukhi}\\p{Script=Gujarati}\\p{Script=Tamil}\\p{Script=Telugu}' +
  '\\p{Script=Kannada}\\p{Script=Malayalam}\\p{Script=Sinhala}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}' +
  '\\p{Script=Myanmar}\\p{Script=Ethiopic}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}';

/**
 * Cheap gate: a character in the blocks of these scripts (Greek to Ethiopic, kana and CJK, Hangul).
 * Plain code-unit ranges cost far less than script properties; dashes, quotes and currency signs
 * (U+2000–U+20FF) are outside it.
 */
const HINT = /[\u0370-\u1fff\u3040-\u9fff\uac00-\ud7af]/;
/** One word: script letters and combining marks (Devanagari, Thai and Tamil vowel signs are marks). */
const WORD = `[${SCRIPTS}][${SCRIPTS}\\p{M}'’\\-・·]*`;
/** One to three words separated by single spaces, not glued to other letters or digits. */
const RUN_RE = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${WORD}(?: ${WORD}){0,2}(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

/** Longest word kept for the logographic and syllabic scripts (CJK, Hangul, kana): names are 1–4 characters. */
const MAX_CJK_WORD = 4;
/** Longest word kept for alphabetic scripts; longer runs are phrases or addresses. */
const MAX_WORD = 20;
/** Characters before a run searched for a cue or a label. */
const BEFORE_WINDOW = 48;
/** Characters after a run searched for a closing frame. */
const AFTER_WINDOW = 40;

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A capitalised word of a bicameral script. */
const CAPITALISED = /^[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}]/u;
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * Field labels and role nouns that take a person's name ("Patient:", "account holder", "Driver",
 * "emergency contact:", "From:", "Author:", "Kontoinhaber:", "name on card:"), maybe numbered
 * ("Passenger 2:"); since the eighth round also in Arabic, Hebrew, Russian, Greek and Hindi ("العميل:",
 * "המטופל", "ФИО:", "Επιβάτης 1:", "ग्राहक:").
 */
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:patient|name|full name|name on (?:the )?card|holder|account holder|card ?holder|kontoinhaber|inhaber|titular|beneficiary|recipient|payee|contact|emergency contact|driver|courier|nurse|doctor|agent|owner|customer|client|guest|passenger|member|employee|tenant|landlord|(?:from|to|cc|author|committer|reviewer|assignee|reporter):|signed by|present:|attendees:|participants:|on behalf of|my (?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|colleague|boss|manager|neighbou?r)|(?:ask|asking) for|(?:spoke|talked|speak|talk) (?:to|with)|(?:mr|mrs|ms|dr|prof)\.?|الاسم(?: الكامل)?|العميل|العميلة|المسافر|المسافرة|المريض|المريضة|المستفيد|صاحب الحساب|المرسل|المستلم|الموظف|المستخدم|السيد|السيدة|שם(?: מלא)?|לקוח|לקוחה|נוסע|נוסעת|מטופל|מטופלת|фио|имя|клиент|клиентка|пассажир|пациент|пациентка|получатель|отправитель|владелец|όνομα|ονοματεπώνυμο|πελάτης|επιβάτης|ασθενής|नाम|ग्राहक|यात्री|मरीज़|मरीज)(?:[ \t]?\d{1,2})?[ \t]*[:：\-–]?[ \t]*\(?$/iu;

/** What follows a name: "wrote:", an e-mail in angle brackets, pronouns, a verb people use, a team. */
const AFTER_PERSON =
  /^(?:,? (?:wrote|writes|said|says|told|asked|replied|emailed|called|joined|promised|confirmed|mentioned|is my|was my|is our|from (?:your|the|our) )|[ \t]*<[^<>\s]+@|[ \t]*\((?:she|he|they|ze)\/|['’]s |["”»] is (?:the|my) name)/u;

/** A line that is only a sign-off ("Thanks", "Kind regards,", "Best,") right before the run's line. */
const SIGNOFF_LINE_BEFORE =
  /(?:^|\n)[ \t]*(?:thanks|thank you|many thanks|thanks again|cheers|regards|kind regards|best regards|warm regards|warmly|best|all the best|best wishes|warm wishes|sincerely|yours sincerely|yours truly|yours|respectfully|love|take care|ty|thx|--|—|–)[,.!]*[ \t]*\n[ \t]*$/i;

/**
 * Everyday words of these scripts that take a name's place after "Hi", "Dear" or "Thanks": greetings,
 * thanks and forms of address ("Hi 你好", "Thanks\nСпасибо", "Dear 客户"). Written from general
 * knowledge; lower-cased where the script has case.
 */
const SCRIPT_STOP_WORDS: ReadonlySet<string> = new Set(
  `你好 您好 大家好 谢谢 謝謝 多谢 多謝 感谢 感謝 谢谢你 客户 客戶 先生 女士 老师 同事 朋友 こんにちは こんばんは おはよう
  おはようございます ありがとう ありがとうございます どうも よろしく お疲れ様です 様 さん 안녕하세요 안녕 감사합니다 고맙습니다
  감사 고객님 여러분 спасибо привет здравствуйте добрый день доброе утро пожалуйста благодарю клиент коллеги
  дякую привіт вітаю дуже ευχαριστώ ευχαριστω γεια γειά καλημέρα παρακαλώ שלום תודה רבה בבקשה مرحبا شكرا
  السلام عليكم اهلا أهلا شكراً مرحباً سلام ممنون مرسی नमस्ते धन्यवाद शुक्रिया नमस्कार সালাম ধন্যবাদ নমস্কার
  สวัสดี สวัสดีครับ สวัสดีค่ะ ขอบคุณ ขอบคุณครับ ขอบคุณค่ะ வணக்கம் நன்றி నమస్కారం ధన్యవాదాలు ನಮಸ್ಕಾರ
  ಧನ್ಯವಾದ നന്ദി നമസ്കാരം გამარჯობა მადლობა ბარო Բարեւ Բարև Շնորհակալություն ሰላም አመሰግናለሁ
  好的 没问题 沒問題 对不起 對不起 不好意思 再见 再見 拜拜 早上好 晚上好 恭喜 生日快乐 欢迎 歡迎 请问 請問 麻烦 辛苦了 加油
  すみません ごめんなさい おめでとう 了解 はい いいえ 미안합니다 죄송합니다 축하합니다 화이팅 네 아니요 감사해요 고마워요
  улица ул проспект пр переулок шоссе площадь бульвар набережная дом кв вулиця οδός οδος λεωφόρος λεωφ πλατεία
  רחוב שדרות דרך شارع طريق ميدان أنا انا رقم هاتفي عنواني وعنواني اسمي`
    .split(/\s+/)
    .map((w) => w.toLowerCase()),
);

/** True for a greeting, thanks or form of address in one of these scripts ("Спасибо", "你好"). */
export function isScriptStopWord(word: string): boolean {
  return SCRIPT_STOP_WORDS.has(word.toLowerCase());
}

/** True when every word of the run has the length of a name in its script. */
function nameShaped(words: readonly string[]): boolean {
  return words.every((w) => (CJK.test(w) ? [...w].length <= MAX_CJK_WORD : w.length <= MAX_WORD));
}

/** True when the run closes its line (a signature line holds only the name). */
function closesLine(text: string, end: number): boolean {
  const rest = /^[ \t]*(?:$|\n)/.exec(text.slice(end, end + 4));
  return rest !== null;
}

/**
 * Runs of these scripts shaped like a name (1–3 words of name length, no greeting or thanks), whatever
 * their position; {@link detectScriptNames} keeps those in a name position, and the list rule in
 * person-name.ts those listed next to a found name ("Attendees: Ana Ruiz, 이서연 and Tomás").
 */
export function scriptNameRuns(text: string): PiiSpan[] {
  if (!HINT.test(text)) return [];
  const out: PiiSpan[] = [];
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m; m = RUN_RE.exec(text)) {
    const words = m[0].split(' ');
    if (!nameShaped(words) || words.some((w) => SCRIPT_STOP_WORDS.has(w.toLowerCase()))) continue;
    out.push({ type: 'PERSON', start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return out;
}

/**
 * "My name is" and its kin in the languages of these scripts, and Latin-script names after them
 * ("我是王芳，", "请把发票寄给Ana Ruiz，", "меня зовут Ольга Орлова", "שמי תמר אברהם", "أنا يوسف خوري").
 * CJK has no spaces, so the name is the next one to four characters before a punctuation mark.
 */
const NATIVE_CUE_RE = new RegExp(
  '(?:我是|我叫|我的名字是|寄给|寄給|交给|交給|联系人[:：]?|聯絡人[:：]?|收件人[:：]?|姓名[:：]?|氏名[:：]?|저는 |제 이름은 |' +
    'меня зовут |мене звати |моё имя |мое имя |με λένε |ονομάζομαι |שמי |קוראים לי |اسمي |أنا |انا |मेरा नाम |' +
    'ผมชื่อ|ดิฉันชื่อ|ฉันชื่อ|ชื่อ|คุณ|السيد |السيدة |الدكتور |господин |госпожа |г-н |г-жа |κύριος |κυρία |מר |גברת |श्री |श्रीमती )[ \\t]*' +
    '([\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Katakana}]{1,4}(?: [\\p{Script=Han}\\p{Script=Katakana}]{1,3})?' +
    "|\\p{Lu}[\\p{Ll}\\p{M}]+(?:[ '-]\\p{Lu}[\\p{Ll}\\p{M}]+){0,2}" +
    '|[\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Thai}\\p{Script=Devanagari}][\\p{L}\\p{M}]*' +
    '(?: [\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Thai}\\p{Script=Devanagari}][\\p{L}\\p{M}]*){0,2})' +
    '(?![\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Katakana}\\p{L}\\p{M}])',
  'gu',
);
/**
 * A name before a polite copula or honorific, after a punctuation mark or the text start
 * ("お世話になっております。高橋です", "안녕하세요, 박서현입니다", "田中 太郎と申します", "Fujita様").
 */
const NATIVE_SUFFIX_RE = new RegExp(
  '(?:^|[\\n,.!?、，。！？：:]\\s*)' +
    "([\\p{Script=Han}\\p{Script=Katakana}]{1,4}(?: [\\p{Script=Han}\\p{Script=Katakana}]{1,3})?|[\\p{Script=Hangul}]{2,4}?|\\p{Lu}[\\p{Ll}\\p{M}]+(?: \\p{Lu}[\\p{Ll}\\p{M}]+)?)" +
    '(?:입니다|이에요|예요|です|と申します|と言います|様|さん|先生|女士|小姐|老师|老師)',
  'gu',
);
/**
 * Greek and Cyrillic titles written before a surname, abbreviated or in full and in their case forms:
 * Greek "Δρ." / "Δρα" (doctor), "Καθ." (professor), "κ." / "κα" / "κας" (Mr, Mrs), "κύριε", "κυρίας";
 * Russian, Ukrainian and Bulgarian "д-р", "др.", "проф.", "г-н", "г-жа", "г-ца", "пан", "пані",
 * "доктор", "профессор". "κ." also opens "κ.λπ." (etc.), so the title must be followed by a capital.
 */
const TITLE_BEFORE =
  '(?:Δρ\\.?|Δρα\\.?|Δρος|[Κκ]αθ\\.|[Κκ]αθηγητ(?:ής|ή|ήτρια|ήτριας|ού)|[Γγ]ιατρ(?:ός|ού|έ|ό)|κ\\.|κα\\.?|κας\\.?|[Κκ]υρ\\.|[Κκ]ύρι(?:ος|ε|ο|ου)|[Κκ]υρί(?:α|ας|ου)|' +
  '[Дд]-р|[Дд]р\\.|[Пп]роф\\.|[Гг]-н|[Гг]-жа|[Гг]-ца|[Гг]-же|[Гг]-ну|[Пп]ан[аіуе]?|[Пп]ані|[Пп]рофессор[аеу]?|[Пп]рофесор[аеу]?|[Дд]октор[аеу]?)';
/**
 * A Greek or Cyrillic title, then one to three capitalised words of the same scripts (the name, group
 * 1): "με τον Δρ. Σταματόπουλο", "η κα Μαυρίδου", "д-р Зайцев", "пані Олена Мельник".
 */
const TITLE_NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])${TITLE_BEFORE}(?:(?<=\\.)[ \\t\\u00a0]*|[ \\t\\u00a0]+)` +
    '(\\p{Lu}[\\p{Script=Greek}\\p{Script=Cyrillic}\\p{M}]+(?:-\\p{Lu}[\\p{Script=Greek}\\p{Script=Cyrillic}\\p{M}]+)?' +
    '(?: \\p{Lu}[\\p{Script=Greek}\\p{Script=Cyrillic}\\p{M}]+(?:-\\p{Lu}[\\p{Script=Greek}\\p{Script=Cyrillic}\\p{M}]+)?){0,2})' +
    '(?![\\p{L}\\p{M}])',
  'gu',
);

/** Greek and Cyrillic surnames (maybe with given names) after a title. */
function titledNames(text: string, out: PiiSpan[]): void {
  TITLE_NAME_RE.lastIndex = 0;
  for (let m = TITLE_NAME_RE.exec(text); m; m = TITLE_NAME_RE.exec(text)) {
    const name = m[1] ?? '';
    // The capitalised words must be of the title's scripts ("Δρ. Smith" is left to the Latin rules).
    if (!/^[\p{Script=Greek}\p{Script=Cyrillic}]/u.test(name) || isScriptStopWord(name.split(' ')[0] ?? '')) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ type: 'PERSON', start, end: start + name.length, value: name });
  }
}

/** Last characters of CJK place and building names (city, district, road, room, station, shop). */
const CJK_PLACE_END = /[市省区區県縣都府道路街号號楼樓室店站館馆院寺園园州시구동로길군읍면]$/u;

/** Names after a native "my name is" cue or before a polite copula. */
function nativeCueNames(text: string, out: PiiSpan[]): void {
  for (const re of [NATIVE_CUE_RE, NATIVE_SUFFIX_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1];
      if (!name || isScriptStopWord(name) || CJK_PLACE_END.test(name)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      out.push({ type: 'PERSON', start, end: start + name.length, value: name });
    }
  }
}

/** Latin letters (a cheap count of how Latin a text is). */
const LATIN_LETTER = /[A-Za-z]/g;
/** Letters of the scripts handled here. */
const SCRIPT_LETTER = new RegExp(`[${SCRIPTS}]`, 'gu');
/** How many Latin letters per script letter make a text "mostly Latin". */
const LATIN_MAJORITY = 3;
/** Digits or a postal mark right next to a run: an address or a code, not a name. */
const DIGIT_NEXT = /[\d〒#№]/;
/** A value right after a run: a colon, a number, or an e-mail address. */
const VALUE_AFTER = /^(?:[ \t]*[:：]|,?[ \t]*[+\d〒#№]|[ \t]*[^\s@]+@)/;

/**
 * In mostly Latin text, a short standalone run of another script (one or two words, no greeting, no
 * place ending, no digit next to it) is a name written in its own script ("the new starter is 王芳;",
 * "handover (김서현 → …)", "ta, 浩然"). Bicameral scripts need a capital ("дата рождения" is no name).
 */
function standaloneRun(text: string, run: PiiSpan, latinMajority: boolean): boolean {
  if (!latinMajority) return false;
  const words = run.value.split(' ');
  if (words.length > 2 || /^\p{Ll}/u.test(run.value) || CJK_PLACE_END.test(run.value)) return false;
  // A field label ("电话 138…", "邮箱 a@b", "連絡先：…") or an address part ("Казань, 420111") has a value next to it.
  return !DIGIT_NEXT.test(text.slice(Math.max(0, run.start - 2), run.start)) && !VALUE_AFTER.test(text.slice(run.end, run.end + 24));
}

/**
 * Names in non-Latin scripts, by position. Costs one regex test for texts without such letters.
 * @example detectScriptNames('Thanks,\nДмитрий Волков') // one span, "Дмитрий Волков"
 */
export function detectScriptNames(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  if (!HINT.test(text)) return out;
  const runs = scriptNameRuns(text);
  nativeCueNames(text, out);
  titledNames(text, out);
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  const latinMajority = latin > LATIN_MAJORITY * (text.match(SCRIPT_LETTER)?.length ?? 0);
  for (const run of runs) {
    const { start, end, value } = run;
    const words = value.split(' ');
    const from = Math.max(0, start - BEFORE_WINDOW);
    const before = (from > 0 ? '\u0000' : '') + text.slice(from, start);
    const after = text.slice(end, end + AFTER_WINDOW);
    const ok =
      LABEL_BEFORE.test(before) ||
      AFTER_PERSON.test(after) ||
      (SIGNOFF_LINE_BEFORE.test(before) && closesLine(text, end)) ||
      CUE_SCANNERS.some((c) => c.re.test(before)) ||
      // "Ольга Орлова" reads as a name; "АНКЕТА КЛИЕНТА" in capitals is a heading.
      (words.length >= 2 && words.every((w) => CAPITALISED.test(w) && UPPER_FIRST.test(w) && w !== w.toUpperCase())) ||
      standaloneRun(text, run, latinMajority);
    if (ok) out.push({ type: 'PERSON', start, end, value });
  }
  return out;
}
