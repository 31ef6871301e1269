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
import { isRoleLabel } from './role-words.js';
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
/**
 * One word: script letters and combining marks (Devanagari, Thai and Tamil vowel signs are marks).
 * The script classes also hold the scripts' own punctuation and digits (Ethiopic "፣" comma and "።"
 * full stop, Urdu "۔", Thai and Devanagari digits), which end a word: "ሰላም፣ እኔ" is a greeting, a comma
 * and "I", not one two-word name.
 */
const WORD = `(?=\\p{L})[${SCRIPTS}](?:(?=[\\p{L}\\p{M}])[${SCRIPTS}\\p{M}]|['’\\-・·])*`;
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
 * "המטופל", "ФИО:", "Επιβάτης 1:", "ग्राहक:"). Since the tenth round (2026-11-27) also kin and role
 * nouns of English forms (shipper, husband, coach, née — a run of another script after them is a name,
 * the Latin rules never see it) and the name, kin and honorific labels of Persian, Urdu, Bulgarian,
 * Ukrainian, Greek (patronymic), Bengali, Tamil, Telugu, Thai, Amharic, Georgian and Armenian forms.
 * The label may close a table cell ("| নাম | রুমানা বসু |").
 */
const LABEL_WORDS =
  'patient|name|full name|name on (?:the )?card|holder|account holder|card ?holder|kontoinhaber|inhaber|titular|beneficiary|recipient|payee|contact|emergency contact|driver|courier|nurse|doctor|agent|owner|customer|client|guest|passenger|member|employee|tenant|landlord|(?:from|to|cc|author|committer|reviewer|assignee|reporter):|signed by|present:|attendees:|participants:|on behalf of|my (?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|colleague|boss|manager|neighbou?r)|(?:ask|asking) for|(?:spoke|talked|speak|talk) (?:to|with)|(?:mr|mrs|ms|dr|prof)\\.?' +
  // The first labels of the eighth round, which need no colon ("patient 王芳", "ФИО Иванов").
  '|الاسم(?: الكامل)?|العميل|العميلة|المسافر|المسافرة|المريض|المريضة|المستفيد|صاحب الحساب|المرسل|المستلم|الموظف|المستخدم|السيد|السيدة|שם(?: מלא)?|לקוח|לקוחה|נוסע|נוסעת|מטופל|מטופלת|фио|имя|клиент|клиентка|пассажир|пациент|пациентка|получатель|отправитель|владелец|όνομα|ονοματεπώνυμο|πελάτης|επιβάτης|ασθενής|नाम|ग्राहक|यात्री|मरीज़|मरीज' +
  // Words that take a name with no colon: honorifics of these languages and family-tree words
  // ("آقای", "श्रीमती", "திரு", "አቶ", "née الحربي").
  '|née|nee|maiden name|geb\\.|آقای|خانم|جناب|محترمہ|מר|גב[׳\']|גברת|ד["״]ר|श्री|श्रीमती|सुश्री|জনাব|জনাবা|শ্রীমতী|திருமதி|திரு|செல்வி|శ్రీమతి|శ్రీ|አቶ|ወይዘሮ|ወ/ሮ|ወይዘሪት|ბატონი|ქალბატონი|պարոն|տիկին';
/**
 * Form labels of the tenth round: they take a name only with a colon, a dash or a cell border after
 * them ("نام: …"), as "نام او …" ("his name …") or "coach trip" is running text.
 */
const FIELD_LABEL_WORDS =
  // English kin and role nouns of forms, family trees and shipping documents.
  'shipper|sender|consignee|consignor|receiver|addressee|attn\\.?|attention|ship to|bill to|deliver to|husband|wife|spouse|child|son|daughter|father|mother|parent|guardian|next of kin|coach|captain|teacher|tutor|student|pupil|applicant|witness|signatory|interviewer|interviewee|candidate|referred by|referring (?:doctor|physician)|physician|caregiver|carer' +
  // Arabic
  '|اسم (?:العميل|المريض|الأب|الأم)|المرسل إليه|الزوج|الزوجة|الأب|الأم|الابن|الابنة|المدرب|السائق|الطبيب|ولي الأمر|مقدم الطلب' +
  // Persian and Urdu
  '|نام(?: و نام خانوادگی| خانوادگی| پدر| کامل)?|فرستنده|گیرنده|مشتری|بیمار|مسافر|همسر|مربی|راننده|مکمل نام|والد کا نام' +
  // Hebrew
  '|שם (?:פרטי|משפחה|האב|האם)|שולח|נמען|מאת|בעל|אישה' +
  // Russian, Ukrainian, Bulgarian
  "|имя и фамилия|фамилия|отчество|ім['’]я|прізвище|по батькові|име(?: и фамилия)?|клієнт|пацієнт|получател|подател|изпращач|відправник|одержувач|отримувач|муж|жена|съпруг|съпруга|чоловік|дружина|тренер|водитель|водій|шофьор|контактное лицо|лице за контакт" +
  // Greek (the patronymic is a name field of every Greek form)
  '|όνομα (?:πατρός|μητρός)|επώνυμο|πατρώνυμο|μητρώνυμο|παραλήπτης|αποστολέας|σύζυγος|προπονητής' +
  // Devanagari, Bengali, Tamil, Telugu
  '|पूरा नाम|पिता का नाम|माता का नाम|पति का नाम|प्रेषक|प्राप्तकर्ता' +
  '|নাম|পুরো নাম|পিতার নাম|মাতার নাম|স্বামীর নাম|গ্রাহক|রোগী|যাত্রী|প্রেরক|প্রাপক' +
  '|பெயர்|முழு பெயர்|தந்தை பெயர்|வாடிக்கையாளர்|நோயாளி|பயணி|அனுப்புநர்|பெறுநர்' +
  '|పేరు|పూర్తి పేరు|తండ్రి పేరు|రోగి' +
  // Thai (ชื่อ-นามสกุล "first and last name", ผู้จัดส่ง "shipper", ผู้รับ "recipient")
  '|ชื่อ(?:[ \\t]?-[ \\t]?นามสกุล|นามสกุล|ผู้ติดต่อ|ลูกค้า)?|นามสกุล|ผู้จัดส่ง|ผู้ส่ง|ผู้รับ|ลูกค้า|ผู้ป่วย|ผู้โดยสาร|ผู้ติดต่อ' +
  // Amharic, Georgian, Armenian
  '|ሙሉ ስም|ስም|የአባት ስም|სახელი(?: და გვარი)?|გვარი|անուն(?: ազգանուն)?|ազգանուն';
/**
 * The label and what may stand between it and the run: a number, a colon or dash (forms of several
 * scripts print "ชื่อ-นามสกุล — สมชาย ศรีสุข" with an em dash), a cell border.
 */
const LABEL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:(?:${LABEL_WORDS})(?:[ \\t]?\\d{1,2})?[ \\t]*(?:[:：\\-–—|][ \\t]*)?|(?:${FIELD_LABEL_WORDS})(?:[ \\t]?\\d{1,2})?[ \\t]*[:：\\-–—|][ \\t]*)\\(?$`,
  'iu',
);
/**
 * A label and its colon alone on the line before the run ("Име:\n", "שם מלא:\n", "Sender:\n"):
 * address blocks print the value under the label. The run must then fill its line.
 */
const LABEL_LINE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:${LABEL_WORDS}|${FIELD_LABEL_WORDS})[ \\t]*[:：][ \\t]*\\r?\\n[ \\t]*$`,
  'iu',
);

/** What follows a name: "wrote:", an e-mail in angle brackets, pronouns, a verb people use, a team. */
const AFTER_PERSON =
  /^(?:,? (?:wrote|writes|said|says|told|asked|replied|emailed|called|joined|promised|confirmed|mentioned|is my|was my|is our|from (?:your|the|our) )|[ \t]*<[^<>\s]+@|[ \t]*\((?:she|he|they|ze)\/|['’]s |["”»] is (?:the|my) name)/u;

/** A line that is only a sign-off ("Thanks", "Kind regards,", "Best,") right before the run's line. */
const SIGNOFF_LINE_BEFORE =
  /(?:^|\n)[ \t]*(?:thanks|thank you|many thanks|thanks again|cheers|regards|kind regards|best regards|warm regards|warmly|best|all the best|best wishes|warm wishes|sincerely|yours sincerely|yours truly|yours|respectfully|love|take care|ty|thx|--|—|–)[,.!]*[ \t]*\n[ \t]*$/i;

/**
 * Sign-offs of these scripts' languages on the line before a name that fills its line ("בברכה\nנועה
 * כהן", "با احترام\nمریم رضایی", "С уважением,\nИрина Петрова"). Written from general knowledge of
 * letter and e-mail closings in each language (tenth round, 2026-11-27).
 */
const NATIVE_SIGNOFF_LINE_BEFORE = new RegExp(
  '(?:^|\\n)[ \\t]*(?:' +
    // Hebrew, Arabic, Persian, Urdu
    'בברכה(?: רבה)?|בתודה|תודה(?: רבה)?|בכבוד רב|שלך|שלכם|مع خالص التحية|مع خالص التحيات|مع التحية|مع تحياتي|تحياتي|مع أطيب التحيات|وتفضلوا بقبول فائق الاحترام|مع الشكر|شكرا|شكراً|' +
    'با احترام|با سپاس|با تشکر|ارادتمند|سپاسگزارم|ممنون|قربان شما|شکریہ|والسلام|آپ کا مخلص|خیر اندیش|' +
    // Russian, Ukrainian, Bulgarian, Greek
    'с уважением|с наилучшими пожеланиями|всего доброго|всего хорошего|спасибо|искренне ваш[аи]?|з повагою|з найкращими побажаннями|дякую|поздрави|с уважение|благодаря|' +
    'με εκτίμηση|με φιλικούς χαιρετισμούς|φιλικά|ευχαριστώ|με τιμή|χαιρετισμούς|' +
    // Indic, Thai, Amharic, Georgian, Armenian
    'सादर|धन्यवाद|भवदीय|भवदीया|आपका|आपकी|शुभकामनाओं सहित|ধন্যবাদ(?:ান্তে)?|শুভেচ্ছান্তে|শুভেচ্ছাসহ|বিনীত|நன்றி|அன்புடன்|இப்படிக்கு|ధన్యవాదాలు|ఇట్లు|' +
    'ขอแสดงความนับถือ|ด้วยความเคารพ|ขอบคุณ(?:ครับ|ค่ะ)?|ከሰላምታ ጋር|አመሰግናለሁ|პატივისცემით|მადლობა|հարգանքով|շնորհակալություն' +
    ')[,.!،]*[ \\t]*\\r?\\n[ \\t]*$',
  'iu',
);

/**
 * Greetings of these scripts' languages that open a letter or a chat message and are followed by the
 * addressee's name ("שלום שירה מזרחי", "Здравствуйте, Ирина!", "Γεια σου Νίκο", "สวัสดีครับ สมชาย",
 * "مرحباً هدى النجار"), longest first where one begins another.
 */
const NATIVE_GREETINGS = [
  // Hebrew, Arabic, Persian, Urdu
  'שלום', 'היי', 'בוקר טוב', 'ערב טוב', 'לכבוד', 'مرحباً', 'مرحبًا', 'مرحبا', 'أهلاً', 'أهلا', 'اهلا', 'السلام عليكم', 'عزيزي', 'عزيزتي',
  'صباح الخير', 'مساء الخير', 'سلام', 'درود', 'السلام علیکم', 'محترم', 'محترمہ',
  // Russian, Ukrainian, Bulgarian, Greek
  'здравствуйте', 'здравствуй', 'привет', 'добрый день', 'доброе утро', 'добрый вечер', 'уважаемый', 'уважаемая', 'дорогой', 'дорогая',
  'вітаю', 'привіт', 'добрий день', 'шановний', 'шановна', 'здравейте', 'здравей', 'здрасти', 'добър ден', 'уважаеми', 'уважаема',
  'скъпи', 'скъпа', 'γεια σου', 'γεια σας', 'γειά σου', 'γειά σας', 'καλημέρα', 'καλησπέρα', 'αγαπητέ', 'αγαπητή', 'χαίρετε',
  // Indic, Thai, Amharic, Georgian, Armenian
  'नमस्ते', 'नमस्कार', 'प्रिय', 'आदरणीय', 'নমস্কার', 'আসসালামু আলাইকুম', 'প্রিয়', 'হ্যালো', 'வணக்கம்', 'அன்புள்ள', 'నమస్కారం', 'నమస్తే',
  'ప్రియమైన', 'สวัสดีครับ', 'สวัสดีค่ะ', 'สวัสดี', 'เรียน', 'ሰላም', 'ጤና ይስጥልኝ', 'ውድ', 'გამარჯობა', 'ძვირფასო', 'բարև', 'բարեւ', 'հարգելի', 'սիրելի',
];
/** Letters of the scripts whose names follow a native greeting (no CJK: those names are not spaced). */
const GREETED = '[\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Script=Armenian}\\p{Script=Georgian}\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Devanagari}\\p{Script=Bengali}\\p{Script=Tamil}\\p{Script=Telugu}\\p{Script=Thai}\\p{Script=Ethiopic}]';
/** One greeted word; the scripts' punctuation and digits end it (see {@link WORD}). */
const GREETED_WORD = `(?=\\p{L})${GREETED}(?:(?=[\\p{L}\\p{M}])[${GREETED.slice(1, -1)}\\p{M}]|['’\\-])*`;
/**
 * A greeting (not glued to a letter), maybe a comma, then one to four words of these scripts (group 1)
 * that end at the line end, a punctuation mark or an emoji: a name's shape after a greeting. Four words
 * admit Arabic "عمر بن عبدالله المصري" (son of …).
 */
const GREETING_NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...NATIVE_GREETINGS].sort((a, b) => b.length - a.length).join('|')})[ \\t]*[,،፣]?[ \\t]*` +
    `(${GREETED_WORD}(?: ${GREETED_WORD}){0,3})(?=[ \\t]*(?:$|\\r?\\n|[,،.!?؟:;)]|\\p{Extended_Pictographic}))`,
  'giu',
);
/**
 * Words that follow a greeting in place of a name: "everyone", "friends", "dear", "world", "peace",
 * "how (are you)", "I" and "my (name)" ("שלום, שמי …" is a self-introduction), polite particles and greeting tails ("שלום רב", "مرحبا بكم", "Привет всем", "नमस्ते जी",
 * "สวัสดีครับ ทุกคน", "سلام علیکم"). Lower-cased where the script has case.
 */
const GREETING_STOP: ReadonlySet<string> = new Set(
  `רב לכולם לכם לך חברים חברות עולם וברכה יקר יקרה יקרים בכם بكم بك بكما جميعا جميعاً الجميع وسهلا وسهلاً عليكم علیکم دوستان همگی عزیزان
  عزیز عزیزم بخیر خوش وقت روز صبح جی जी दोस्तों सभी सबको आप आपको সবাইকে সবাই বন্ধুরা আপনাকে நண்பர்களே அனைவருக்கும் అందరికీ ทุกคน
  ครับ ค่ะ คะ ค่า จ้ะ นะ ทุกท่าน ሁላችሁም ყველას მეგობრებო բոլորին всем все друзья коллеги ребята уважаемые дорогие друзі колеги всички
  приятели όλους όλοι φίλοι φίλες ευχαριστώ מה איך נשמע שלומך שלומכם كيف كيفك حالك حال ازيك چطوری خوبی خوبید حالت کیسے कैसे क्या কেমন
  எப்படி ఎలా สบายดี ไหม שמי אני זה זו اسمي أنا انا من اسم اسمم меня это я мене мое моё μου με είμαι मेरा मैं আমি আমার நான் என் ผม ฉัน ดิฉัน`
    .split(/\s+/)
    .map((w) => w.toLowerCase()),
);

/**
 * Names right after a native greeting ("שלום שירה מזרחי", "Здравейте, Димитър!"). Bicameral scripts
 * need a capital ("Привет всем" is no name); words of {@link GREETING_STOP} or greetings and thanks
 * ({@link SCRIPT_STOP_WORDS}) are no name.
 */
function greetedNames(text: string, out: PiiSpan[]): void {
  GREETING_NAME_RE.lastIndex = 0;
  for (let m = GREETING_NAME_RE.exec(text); m; m = GREETING_NAME_RE.exec(text)) {
    const name = m[1] ?? '';
    const words = name.split(' ');
    if (words.some((w) => GREETING_STOP.has(w.toLowerCase()) || SCRIPT_STOP_WORDS.has(w.toLowerCase()))) continue;
    if (CAPITALISED.test(name) && !words.every((w) => UPPER_FIRST.test(w))) continue;
    if (!nameShaped(words)) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ type: 'PERSON', start, end: start + name.length, value: name });
  }
}

/**
 * "I" in the languages of these scripts, as a self-introduction says it after a greeting ("سلام، من
 * شیرین حسینی.", "नमस्ते, मैं राजेश अग्रवाल.", "ሰላም፣ እኔ …", "Привет, я Ольга."). Without the greeting
 * "من" or "मैं" opens any sentence ("I want …"), so the greeting is required.
 */
const SELF_PRONOUNS = ['من', 'میں', 'मैं', 'আমি', 'நான்', 'నేను', 'እኔ', 'אני', 'я', 'Я', 'ես', 'მე'];
/** Copulas closing a self-introduction ("… هستم", "… ہوں", "… हूँ", "… ነኝ", "… আমি"). */
const SELF_COPULAS = ['هستم', 'ہستم', 'ہوں', 'हूँ', 'हूं', 'ነኝ', 'আছি', 'বলছি', 'பேசுகிறேன்', 'మాట్లాడుతున్నాను', 'եմ'];
/** A name word: one of these scripts, or a capitalised Latin word ("من Ali Rezaei"); no copula. */
const INTRO_WORD = `(?!(?:${SELF_COPULAS.join('|')})(?![\\p{L}\\p{M}]))(?:${GREETED_WORD}|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?)`;
/**
 * A greeting, a comma, "I", then one to three name words (group 1) closed by a copula, a punctuation
 * mark or the line end.
 */
const SELF_INTRO_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...NATIVE_GREETINGS].sort((a, b) => b.length - a.length).join('|')})[ \\t]*[,،፣!]?[ \\t]*` +
    `(?:${SELF_PRONOUNS.join('|')})[ \\t]+(${INTRO_WORD}(?: ${INTRO_WORD}){0,2})` +
    `(?=[ \\t]+(?:${SELF_COPULAS.join('|')})(?![\\p{L}\\p{M}])|[ \\t]*(?:$|\\r?\\n|[,،፣.።!?؟۔।]))`,
  'giu',
);
/**
 * Words that follow "I" after a greeting in place of a name: states and place words ("سلام، من خوبم",
 * "नमस्ते, मैं ठीक हूँ", "Привет, я тут"). Lower-cased.
 */
const SELF_STOP: ReadonlySet<string> = new Set(
  `خوبم خوب هم اینجا ممنون ٹھیک خوش یہاں ठीक अच्छा अच्छी यहाँ यहां भी ভালো এখানে நலம் இங்கே బాగున్నాను ఇక్కడ ደህና ነኝ
  בסדר כאן פה тут здесь хорошо нормально тоже дома лав კარგად აქ լավ այստեղ`
    .split(/\s+/)
    .map((w) => w.toLowerCase()),
);

/** Names in a self-introduction after a native greeting (see {@link SELF_INTRO_RE}). */
function selfIntroducedNames(text: string, out: PiiSpan[]): void {
  SELF_INTRO_RE.lastIndex = 0;
  for (let m = SELF_INTRO_RE.exec(text); m; m = SELF_INTRO_RE.exec(text)) {
    const name = m[1] ?? '';
    const words = name.split(' ');
    if (words.some((w) => SELF_STOP.has(w.toLowerCase()) || GREETING_STOP.has(w.toLowerCase()) || SCRIPT_STOP_WORDS.has(w.toLowerCase()))) continue;
    if (CAPITALISED.test(name) && !words.every((w) => UPPER_FIRST.test(w))) continue;
    if (!nameShaped(words)) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ type: 'PERSON', start, end: start + name.length, value: name });
  }
}

/**
 * Honorifics written after a name, spaced, in Hindi ("शर्मा जी", "Sharma जी", "साहब"), Urdu ("احمد
 * صاحب", "صاحبہ") and Persian ("مریم جان", "آقا" after a given name is rarer and left out). "जी" also
 * follows "yes" and greetings ("हाँ जी", "नमस्ते जी"), so the name must open the text, a line or a
 * sentence, and be closed by a comma, "!" or a greeting.
 */
const HONORIFIC_SUFFIX_RE = new RegExp(
  `(?:^|\\n|[.!?।۔][ \\t]+)[ \\t]*(${INTRO_WORD}(?: ${INTRO_WORD}){0,2})[ \\t]+(?:जी|साहब|साहिबा|صاحب|صاحبہ|جان)` +
    `(?=[ \\t]*[,،!]|[ \\t]+(?:${NATIVE_GREETINGS.join('|')})(?![\\p{L}\\p{M}]))`,
  'gu',
);
/** Words before "जी" that are no name: yes, no, greetings, "you", and English greetings in Latin. */
const HONORIFIC_STOP: ReadonlySet<string> = new Set(
  `हाँ हां हा नहीं जी आप ठीक बहुत अच्छा धन्यवाद शुक्रिया बिलकुल बिल्कुल अरे بله نه آره خیلی ہاں نہیں جی آپ جناب hi hello hey dear thanks yes no ok okay sir madam`.split(/\s+/),
);

/** Names before a spaced honorific of Hindi, Urdu or Persian (see {@link HONORIFIC_SUFFIX_RE}). */
function honorificSuffixNames(text: string, out: PiiSpan[]): void {
  HONORIFIC_SUFFIX_RE.lastIndex = 0;
  for (let m = HONORIFIC_SUFFIX_RE.exec(text); m; m = HONORIFIC_SUFFIX_RE.exec(text)) {
    const name = m[1] ?? '';
    const words = name.split(' ');
    if (words.some((w) => HONORIFIC_STOP.has(w.toLowerCase()) || SCRIPT_STOP_WORDS.has(w.toLowerCase()) || GREETING_STOP.has(w.toLowerCase()))) continue;
    if (!nameShaped(words)) continue;
    const start = m.index + m[0].lastIndexOf(name, m[0].length);
    out.push({ type: 'PERSON', start, end: start + name.length, value: name });
  }
}

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
  السلام عليكم اهلا أهلا أهلاً أهلًا شكراً مرحباً سلام ممنون مرسی नमस्ते धन्यवाद शुक्रिया नमस्कार সালাম ধন্যবাদ নমস্কার
  สวัสดี สวัสดีครับ สวัสดีค่ะ ขอบคุณ ขอบคุณครับ ขอบคุณค่ะ ครับ ค่ะ คะ นะ வணக்கம் நன்றி నమస్కారం ధన్యవాదాలు ನಮಸ್ಕಾರ
  ಧನ್ಯವಾದ നന്ദി നമസ്കാരം გამარჯობა მადლობა ბარო Բարեւ Բարև Շնորհակալություն ሰላም አመሰግናለሁ
  здравейте здравей здрасти благодаря здравствуй дякую вітаю γεια σας καλησπέρα χαίρετε
  好的 没问题 沒問題 对不起 對不起 不好意思 再见 再見 拜拜 早上好 晚上好 恭喜 生日快乐 欢迎 歡迎 请问 請問 麻烦 辛苦了 加油
  すみません ごめんなさい おめでとう 了解 はい いいえ 미안합니다 죄송합니다 축하합니다 화이팅 네 아니요 감사해요 고마워요
  улица ул проспект пр переулок шоссе площадь бульвар набережная дом кв вулиця οδός οδος λεωφόρος λεωφ πλατεία
  רחוב שדרות דרך شارع طريق ميدان أنا انا رقم هاتفي عنواني وعنواني اسمي
  τηλέφωνο κινητό διεύθυνση ημερομηνία телефон мобильный адрес дата טלפון כתובת تلفن آدرس هاتف عنوان फ़ोन फोन पता
  जी साहब میں ہوں እኔ 我是 我叫 我們 我们 你們 你们 他們 他们 お知らせ ご案内 お願い お問い合わせ ご注意 注意 重要 通知 公告 提示 알림 공지 안내 주의 중요
  기사 기사님 제목 주소 연락처 전화 문의 확인 요청 견적 예약 주문 배송 결제 회의 일정 참고 첨부 답장 전달 날짜 시간 고객 담당 부서 회사
  우 보호자 환자 대리인 직원 받는 보낸 사람 메일 이메일 휴대폰 계좌 금액 입금 영수증 견적서 계약 계약서 수고하세요 件名 宛先 差出人 日時 場所 住所
  電話 連絡先 担当 確認 依頼 見積 下記 下記の件 各位 御中 送信者 受信者 署名 または および から まで`
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
 * "My name is" and its kin in the languages of these scripts. Thai "คุณ" is "Mr/Ms" before a name but
 * also "you": after "ขอบ" (thanks), "ของ" (your), "ให้", "กับ", "สำหรับ", "ถึง", "ที่", "และ" it is the
 * pronoun ("พัสดุของคุณกำลังจัดส่ง", "ขอบคุณครับ")., and Latin-script names after them
 * ("我是王芳，", "请把发票寄给Ana Ruiz，", "меня зовут Ольга Орлова", "שמי תמר אברהם", "أنا يوسف خوري").
 * CJK has no spaces, so the name is the next one to four characters before a punctuation mark.
 */
const NATIVE_CUE_RE = new RegExp(
  '(?:尊敬的|我是|我叫|我的名字是|(?:孩子|儿子|女儿|兒子|女兒|他|她)叫|名叫|寄给|寄給|交给|交給|联系人[:：]?|聯絡人[:：]?|收件人[:：]?|姓名[:：]?|氏名[:：]?|저는 |제 이름은 |' +
    'меня зовут |мене звати |моё имя |мое имя |με λένε |ονομάζομαι |שמי |קוראים לי |اسمي |أنا |انا |मेरा नाम |' +
    'ผมชื่อ|ดิฉันชื่อ|ฉันชื่อ|ชื่อ|(?<!ขอบ|ของ|ให้|กับ|สำหรับ|ถึง|ที่|และ)คุณ|السيد |السيدة |الدكتور |господин |госпожа |г-н |г-жа |κύριος |κυρία |מר |גברת |श्री |श्रीमती )[ \\t]*' +
    '([\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Katakana}]{1,4}(?: [\\p{Script=Han}\\p{Script=Katakana}]{1,3})?' +
    "|\\p{Lu}[\\p{Ll}\\p{M}]+(?:[ '-]\\p{Lu}[\\p{Ll}\\p{M}]+){0,2}" +
    '|[\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Thai}\\p{Script=Devanagari}][\\p{L}\\p{M}]*' +
    '(?: [\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Thai}\\p{Script=Devanagari}][\\p{L}\\p{M}]*){0,2})' +
    // A value closed by a colon is the next field's label ("收件人电话: …" is the recipient's phone).
    '(?![\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Katakana}\\p{L}\\p{M}:：])',
  'gu',
);
/**
 * A name before a polite copula or honorific, after a punctuation mark or the text start
 * ("お世話になっております。高橋です", "안녕하세요, 박서현입니다", "田中 太郎と申します", "Fujita様", "감사합니다.⏎박하은 드림"),
 * a Korean self-introduction that goes on ("저는 최하은이고"), a company's person in Latin letters after "の"
 * ("池上商事のSolbergでございます"), or a name in Latin letters glued to Japanese text before an honorific
 * ("推薦者はSato様です"); each alternative has its own group.
 */
const NATIVE_SUFFIX_RE = new RegExp(
  '(?:^|[\\n,.!?、，。！？：:]\\s*)' +
    "([\\p{Script=Han}\\p{Script=Katakana}]{1,4}(?: [\\p{Script=Han}\\p{Script=Katakana}]{1,3})?|[\\p{Script=Hangul}]{2,4}?|\\p{Lu}[\\p{Ll}\\p{M}]+(?: \\p{Lu}[\\p{Ll}\\p{M}]+)?)" +
    '(?:입니다|이에요|예요|です|でございます|と申します|と言います|様|さま|さん|先生|女士|小姐|老师|老師' +
    // Korean titles and "from" of a sign-off after a name ("김재원 코치", "조재원 님", "박하은 드림").
    '|[ \\t]?(?:님|씨|선생님|코치|대리|과장|팀장|부장|드림)(?![\\p{Script=Hangul}]))' +
    // A Korean self-introduction that goes on after the name: "저는 최하은이고 생년월일은 …" (I am …, and).
    '|저는[ \\t]+(\\p{Script=Hangul}{2,4}?)(?:이고|이며|인데|이라고|라고)' +
    // A company's person introducing themselves in Latin letters: "池上商事のSolbergでございます" (I am
    // Solberg of …); names in kanji there are cjk-field-names.ts's (JA_SELF_RE).
    '|(?<=[\\p{Script=Han}\\p{Script=Katakana}]の)' +
    "(\\p{Lu}[\\p{Ll}\\p{M}]+(?: \\p{Lu}[\\p{Ll}\\p{M}]+)?)でございます" +
    // A name in Latin letters right after Japanese text and before an honorific: "推薦者はSato様です".
    // After a label of a person and "は", the copula is enough: "契約者はEmi Yoshidaです" (the holder is …).
    '|(?<=[\\p{Script=Hiragana}\\p{Script=Han}])(\\p{Lu}[\\p{Ll}\\p{M}]+(?: \\p{Lu}[\\p{Ll}\\p{M}]+)?)(?:様|さま|さん|先生|氏)' +
    '|(?<=(?:者|人|名前|氏名)は)(\\p{Lu}[\\p{Ll}\\p{M}]+(?: \\p{Lu}[\\p{Ll}\\p{M}]+)?)です',
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

/**
 * Han words before "様" or "先生" that name a role or a group, not a person ("上記患者様" the above
 * patient, "担当者様", "御社様"): they end in a role or organisation character or start with "上記"
 * (above-mentioned) or "各" (each).
 */
const CJK_NOT_NAME = /^[\p{Script=Han}]*[者社部課係店局所会院員室方達屋組]$|^(?:上記|各|貴|御)/u;

/** Names after a native "my name is" cue or before a polite copula. */
function nativeCueNames(text: string, out: PiiSpan[]): void {
  for (const re of [NATIVE_CUE_RE, NATIVE_SUFFIX_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
      if (!name || isScriptStopWord(name) || CJK_PLACE_END.test(name) || CJK_NOT_NAME.test(name)) continue;
      const start = m.index + m[0].lastIndexOf(name);
      out.push({ type: 'PERSON', start, end: start + name.length, value: name });
    }
  }
}

/**
 * A street abbreviation or word right before a run, maybe with an opening quote: the run is a street
 * named after a person ("ул. „Граф Игнатиев“", "бул. Мария Луиза", "οδός Ερμού", "רחוב הרצל").
 */
const STREET_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:ул|бул|пр|пл|пер|вул|просп|ж\.к|улица|булевард|бульвар|проспект|площад|площадь|вулиця|οδός|οδ|λεωφ|λεωφόρος|πλατεία|רחוב|רח|שדרות|שד|شارع|خیابان|کوچه|بلوار|میدان|سڑک)\.?[ \t]*[„"«“'‚]?$/iu;
/**
 * First words of bicameral place and institution names that read as "First Last" ("Δήμος
 * Θεσσαλονίκης" municipality, "Περιφέρεια Αττικής" region, "Άγιος Νικόλαος", "Свети Влас", "Банк
 * България"). A run opening with one is no person.
 */
const PLACE_HEAD: ReadonlySet<string> = new Set(
  `δήμος δήμου περιφέρεια περιφέρειας νομός νομού οδός λεωφόρος πλατεία πανεπιστήμιο νοσοκομείο τράπεζα υπουργείο άγιος αγίου αγία αγίας
  εθνική εθνικό νέα νέος κάτω άνω свети света св град город район област область община улица площад площадь банк университет
  министерство болница больница республика гр ул бул فندق مستشفى مطار جامعة شارع`
    .split(/\s+/),
);
/**
 * True when a Greek or Cyrillic run opens with a place or institution word ("Δήμος Θεσσαλονίκης",
 * "Свети Влас"); for the capitalised-run rules of person-name.ts, which read such pairs as "First Last".
 */
export function startsWithScriptPlaceHead(value: string): boolean {
  return PLACE_HEAD.has((value.split(' ')[0] ?? '').toLowerCase());
}

/** A key of an address field earlier on the run's line (JSON "shippingAddress", "City:", "Ort"). */
const ADDRESS_KEY_BEFORE = /(?:address|addr|street|city|town|district|province|region|country|location|birthplace|place of birth|ort|stadt|adresse|ville|ciudad|cidade)[^\n]*$/i;

/**
 * First characters of CJK runs that are no name: Chinese pronouns and demonstratives (我 I, 你/您 you,
 * 他/她/它, 这/這/那 this/that, 谁/誰 who — none a common family name), and the Japanese honorific
 * prefixes お/ご before a kanji ("お知らせ" notice, "ご案内" information): names are not so prefixed.
 */
const CJK_NOT_NAME_START = /^(?:[我你您他她它这這那哪谁誰咱]|[おご]\p{Script=Han})/u;

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
  // "我是 Zhiwei", "お知らせ / Notice": a pronoun or an honorific-prefixed noun opens no name.
  if (CJK_NOT_NAME_START.test(run.value)) return false;
  // Parts of an Arabic-script address list ("اصفهان، بلوار کشاورز، …") or an address field's value.
  if (text[run.end] === '،' || /،[ \t]*$/.test(text.slice(Math.max(0, run.start - 3), run.start))) return false;
  if (ADDRESS_KEY_BEFORE.test(text.slice(Math.max(0, text.lastIndexOf('\n', run.start - 1) + 1, run.start - BEFORE_WINDOW), run.start))) return false;
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
  greetedNames(text, out);
  selfIntroducedNames(text, out);
  honorificSuffixNames(text, out);
  columnNames(text, out);
  timedSpeakers(text, out);
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  const latinMajority = latin > LATIN_MAJORITY * (text.match(SCRIPT_LETTER)?.length ?? 0);
  const dialogue = roleTurns(text) >= MIN_ROLE_TURNS;
  for (const run of runs) {
    const { start, end, value } = run;
    const words = value.split(' ');
    const from = Math.max(0, start - BEFORE_WINDOW);
    const before = (from > 0 ? '\u0000' : '') + text.slice(from, start);
    const after = text.slice(end, end + AFTER_WINDOW);
    if (STREET_BEFORE.test(before) || PLACE_HEAD.has((words[0] ?? '').toLowerCase())) continue;
    // In a dialogue, what follows a turn's role ("לקוח: ולהחזר …", "العميل: وتاريخ الميلاد …") is a message.
    const turnStart = dialogue && roleTurnBefore(before);
    const ok =
      (!turnStart && LABEL_BEFORE.test(before)) ||
      AFTER_PERSON.test(after) ||
      ((SIGNOFF_LINE_BEFORE.test(before) || NATIVE_SIGNOFF_LINE_BEFORE.test(before) || LABEL_LINE_BEFORE.test(before)) && closesLine(text, end)) ||
      CUE_SCANNERS.some((c) => c.re.test(before)) ||
      // "Ольга Орлова" reads as a name; "АНКЕТА КЛИЕНТА" in capitals is a heading.
      (words.length >= 2 && words.every((w) => CAPITALISED.test(w) && UPPER_FIRST.test(w) && w !== w.toUpperCase())) ||
      standaloneRun(text, run, latinMajority);
    if (ok) out.push({ type: 'PERSON', start, end, value });
  }
  // A greeting or thanks found by a rule that reads positions only ("Ευχαριστώ, Κώστας …"): no name.
  return out.filter((s) => !s.value.split(' ').every((w) => SCRIPT_STOP_WORDS.has(w.toLowerCase())));
}

/** A turn's role label right before a run, at its line start ("[16:44] العميل: ", "לקוח: "). */
const ROLE_TURN_BEFORE = /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?([^\s:\d][^:\n]{0,24}?)[ \t]*:[ \t]*$/u;
/** A line that opens with a role label ("Guest:", "נציג:", "الموظف:"). */
const ROLE_LINE = /^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?([^\s:\d][^:\n]{0,24}?)[ \t]*:/gmu;
/** Fewest lines opened by a role that make a text a dialogue. */
const MIN_ROLE_TURNS = 2;

/** How many lines of `text` open with a role label. */
function roleTurns(text: string): number {
  let n = 0;
  for (const m of text.matchAll(ROLE_LINE)) if (isRoleLabel(m[1] ?? '')) n++;
  return n;
}

/** True when `before` ends with a role label at its line start. */
function roleTurnBefore(before: string): boolean {
  const m = ROLE_TURN_BEFORE.exec(before);
  return m !== null && isRoleLabel(m[1] ?? '');
}

/**
 * A chat or SMS line: a time stamp, then the sender in one of these scripts (group 1) and a colon
 * ("17:49 نگار: سلام!", "[09:14] Олена Бойко: ок"). The time stamp is the evidence: without it "نام:"
 * is a form label.
 */
const TIMED_SPEAKER_RE = new RegExp(
  `(?:^|\\n)[ \\t]*\\[?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \\t]?[AaPp][Mm])?\\]?[ \\t]+-?[ \\t]*(${WORD}(?: ${WORD}){0,2})[ \\t]*:`,
  'gu',
);

/** A whole run that is a form label: after a time ("10:30 ФИО:") it is no sender. */
const LABEL_ONLY = new RegExp(`^(?:${LABEL_WORDS}|${FIELD_LABEL_WORDS})$`, 'iu');

/** True when `word` is a form label of these scripts ("الاسم", "ФИО", "שם מלא"), not a sender. */
export function isScriptLabel(word: string): boolean {
  return LABEL_ONLY.test(word);
}

/** Senders of time-stamped chat lines written in these scripts. */
function timedSpeakers(text: string, out: PiiSpan[]): void {
  TIMED_SPEAKER_RE.lastIndex = 0;
  for (let m = TIMED_SPEAKER_RE.exec(text); m; m = TIMED_SPEAKER_RE.exec(text)) {
    const name = m[1] ?? '';
    const words = name.split(' ');
    if (!nameShaped(words) || words.some((w) => SCRIPT_STOP_WORDS.has(w.toLowerCase())) || /^\p{Ll}/u.test(name)) continue;
    if (LABEL_ONLY.test(name) || isRoleLabel(name)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    out.push({ type: 'PERSON', start, end: start + name.length, value: name });
  }
}

/**
 * Header cells of a name column in a CSV, TSV or Markdown table, in English and the languages of these
 * scripts ("name", "Full name", "customer_name", "الاسم", "نام", "שם", "ФИО", "Όνομα", "नाम", "姓名").
 */
const NAME_HEADER =
  /^(?:(?:full|first|last|given|family|customer|client|patient|passenger|guest|student|player|member|employee|contact|holder|recipient|sender|traveller|traveler|participant|attendee)[ _-]?name|name|names|customer|client|patient|passenger|guest|student|player|member|employee|participant|attendee|recipient|الاسم(?: الكامل)?|اسم|نام(?: و نام خانوادگی)?|שם(?: מלא)?|имя|фио|ім['’]я|име|όνομα|ονοματεπώνυμο|नाम|নাম|பெயர்|పేరు|ชื่อ(?:[ -]?นามสกุล)?|ስም|სახელი|անուն|姓名|名前|氏名|お名前|이름|성명)$/iu;
/** Cell separators of the tables read here, tried in this order on a header line. */
const DELIMITERS = ['|', '\t', ';', ','] as const;
/** A whole cell holding one to four words of these scripts and nothing else. */
const SCRIPT_CELL = new RegExp(`^${WORD}(?: ${WORD}){0,3}$`, 'u');
/** Fewest non-empty cells of a header line (two are a key/value row). */
const MIN_HEADER_CELLS = 3;
/** A Markdown table's rule line ("|---|:---:|"). */
const TABLE_RULE = /^[ \t|:-]+$/;

/** Cells of one line as [start, end] offsets into `text`, quotes and spaces trimmed off. */
function cells(text: string, from: number, to: number, delimiter: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let quoted = false;
  for (let i = from; i <= to; i++) {
    const ch = i < to ? text[i] : delimiter;
    if (ch === '"' && delimiter === ',') quoted = !quoted;
    if (ch !== delimiter || quoted) continue;
    let a = start;
    let b = i;
    while (a < b && /[ \t"]/.test(text[a] ?? '')) a++;
    while (b > a && /[ \t"\r]/.test(text[b - 1] ?? '')) b--;
    out.push([a, b]);
    start = i + 1;
  }
  return out;
}

/**
 * Names of these scripts in the name column of a table: a header line with a name cell ("#  | Name |
 * DOB", "id;name;email"), then the rows below it up to a blank line or a line without the separator.
 * Only a cell that is wholly one to four words of these scripts is taken ("44 | علی جعفری | …",
 * "4155;伊藤恵子;…", "| ІРИНА БОНДАРЕНКО |"): the column says what it is, so capitals and lists are
 * not needed. Latin cells are left to the field rules of name-fields.ts.
 */
function columnNames(text: string, out: PiiSpan[]): void {
  let header: { delimiter: string; column: number; width: number } | undefined;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    if (header && line.includes(header.delimiter) && !TABLE_RULE.test(line)) {
      const row = cells(text, from, to, header.delimiter);
      const cell = row.length === header.width ? row[header.column] : undefined;
      const value = cell ? text.slice(cell[0], cell[1]) : '';
      const words = value.split(' ');
      if (cell && SCRIPT_CELL.test(value) && nameShaped(words) && !words.some((w) => SCRIPT_STOP_WORDS.has(w.toLowerCase()))) {
        out.push({ type: 'PERSON', start: cell[0], end: cell[1], value });
      }
    } else if (!header || !TABLE_RULE.test(line)) {
      header = undefined;
      for (const delimiter of DELIMITERS) {
        if (!line.includes(delimiter)) continue;
        const row = cells(text, from, to, delimiter);
        const column = row.findIndex(([a, b]) => NAME_HEADER.test(text.slice(a, b)));
        // A header names three or more columns; "| নাম | রুমানা বসু |" is a key and its value.
        if (column >= 0 && row.filter(([a, b]) => b > a).length >= MIN_HEADER_CELLS) header = { delimiter, column, width: row.length };
        break;
      }
    }
    from = to + 1;
  }
}
