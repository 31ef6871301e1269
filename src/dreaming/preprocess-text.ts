/** @module dreaming/preprocess-text — normalisation, tokenization, language detection and dialogue acts (pure). */
import { hasUnspacedScript, scriptOf, segmentUnspaced, type Script } from '../analytics/text/scripts.js';

/** Dialogue-act bit flags; one message may carry several. */
export const ACT = {
  question: 1,
  complaint: 2,
  correction: 4,
  thanks: 8,
  escalation: 16,
} as const;
export type DialogueAct = keyof typeof ACT;

/** Below this many tokens a language guess is noise; report `und` (undetermined). */
const MIN_TOKENS_FOR_LANGUAGE = 3;
/** A language needs at least this share of stop words among the tokens to be named (typical prose: 0.3–0.5). */
const MIN_STOPWORD_RATIO = 0.12;

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

// The whole ASCII range, NUL included, is the point of this test: anything outside it is non-ASCII.
// eslint-disable-next-line no-control-regex
const NON_ASCII_RE = /[^\x00-\x7f]/;

/** Lower-cases, applies NFKC (skipped for pure ASCII, where it is the identity) and collapses whitespace. */
export function normalizeText(text: string): string {
  const t = NON_ASCII_RE.test(text) ? text.normalize('NFKC') : text;
  return t.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Counts word tokens without building them (for texts that are only counted). */
export function countTokens(text: string): number {
  let n = 0;
  TOKEN_RE.lastIndex = 0;
  while (TOKEN_RE.exec(text) !== null) n++;
  return n;
}

/**
 * Splits normalised text into word tokens (letters/digits, inner apostrophes and hyphens kept). Scripts
 * written without spaces (Chinese, Japanese, Thai…) become overlapping character bigrams (scripts.ts).
 */
export function tokenize(normalized: string): string[] {
  const words = normalized.match(TOKEN_RE) ?? [];
  return hasUnspacedScript(normalized) ? words.flatMap(segmentUnspaced) : words;
}

const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'the a an and or but is are was were be been to of in on at for with my your i you it this that not do does did have has can could would will please me we what how why when'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las un una y o pero es son fue ser de del en con por para mi tu yo que no se lo le me como qué cuando porque está muy'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les un une et ou mais est sont été être de du des en dans avec pour mon ma je vous tu il que qui ne pas ce cette me comment pourquoi'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das ein eine und oder aber ist sind war sein zu von im in mit für mein ich du sie es nicht was wie warum wann mir mich bitte'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'o a os as um uma e ou mas é são foi ser de do da em com por para meu minha eu você que não se me como quando porque está'.split(
      ' ',
    ),
  ),
  it: new Set(
    'il lo la i gli le un una e o ma è sono era essere di del della in con per mio mia io tu che non si mi come perché quando'.split(
      ' ',
    ),
  ),
  nl: new Set(
    'de het een en of maar is zijn was te van in op met voor mijn ik jij je u dat niet wat hoe waarom wanneer mij alsjeblieft'.split(
      ' ',
    ),
  ),
  pl: new Set(
    'i w na z do nie się że to jest jak ale czy mój moja mam jestem przez dla od po o co tak już proszę dlaczego kiedy gdzie'.split(
      ' ',
    ),
  ),
  tr: new Set('ve bir bu da de ile için ama ne mi mı mu mü çok daha benim ben sen neden nasıl zaman değil var yok lütfen'.split(' ')),
  sv: new Set('och att det som en ett är på av för med till jag du inte har var min mitt vad hur varför när kan skulle'.split(' ')),
  id: new Set('dan yang di ke dari ini itu saya anda tidak dengan untuk ada akan sudah bisa apa bagaimana kenapa kapan tolong'.split(' ')),
  ru: new Set('и в не на я что с как а то это по но из у за от к мне мой моя все так уже почему когда где пожалуйста'.split(' ')),
  uk: new Set('і в не на я що з як а та це по але до у за від мені мій моя все так вже чому коли де будь ласка'.split(' ')),
};

/**
 * Scripts that name their language on their own (kana → Japanese even beside kanji, Hangul → Korean…).
 * Arabic script is refined by letters only Persian or Urdu use. Cyrillic and Latin go to stop words.
 */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  kana: 'ja',
  han: 'zh',
  hangul: 'ko',
  greek: 'el',
  hebrew: 'he',
  thai: 'th',
  devanagari: 'hi',
  arabic: 'ar',
};
/** Letters of Persian not used in Arabic (پ چ ژ گ) and of Urdu not used in Persian (ٹ ڈ ڑ ں ے). */
const PERSIAN_RE = /[پچژگ]/u;
const URDU_RE = /[ٹڈڑںے]/u;

/** Supported language codes of {@link detectLanguage}, plus `und`. */
export const LANGUAGES = [...Object.keys(STOP_WORDS), 'fa', 'ur', ...new Set(Object.values(SCRIPT_LANGUAGE)), 'und'] as const;

/**
 * Guesses the language of some tokens: by script when most tokens are in a script that names its language
 * (Han, kana, Hangul, Greek, Hebrew, Thai, Devanagari, Arabic), otherwise by stop-word ratio. Good enough
 * to route and to flag a worse-served language; not a general identifier.
 */
export function detectLanguage(tokens: readonly string[]): string {
  if (tokens.length < MIN_TOKENS_FOR_LANGUAGE) return 'und';
  const byScript = languageByScript(tokens);
  if (byScript !== undefined) return byScript;
  let best = 'und';
  let bestHits = 0;
  for (const [lang, words] of Object.entries(STOP_WORDS)) {
    let hits = 0;
    for (const t of tokens) if (words.has(t)) hits++;
    if (hits > bestHits) {
      bestHits = hits;
      best = lang;
    }
  }
  return bestHits / tokens.length >= MIN_STOPWORD_RATIO ? best : 'und';
}

/** The language a majority script names, if the tokens' letters are mostly in one (see {@link SCRIPT_LANGUAGE}). */
function languageByScript(tokens: readonly string[]): string | undefined {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (const t of tokens) {
    const s = scriptOf(t);
    if (s === 'other') continue;
    letters++;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  // Japanese mixes kanji and kana: any real share of kana makes Han-script tokens Japanese.
  const kana = counts.get('kana') ?? 0;
  const cjk = kana + (counts.get('han') ?? 0);
  if (kana > 0 && kana * 5 >= cjk && cjk * 2 > letters) return 'ja';
  for (const [script, n] of counts) {
    const lang = SCRIPT_LANGUAGE[script];
    if (lang === undefined || n * 2 <= letters) continue;
    if (lang !== 'ar') return lang;
    const text = tokens.join(' ');
    return URDU_RE.test(text) ? 'ur' : PERSIAN_RE.test(text) ? 'fa' : 'ar';
  }
  return undefined;
}

const ACT_PATTERNS: ReadonlyArray<readonly [number, RegExp]> = [
  [
    ACT.question,
    /\?\s*$|^(how|what|why|when|where|who|which|can|could|would|is|are|do|does|did|will|should|cómo|qué|comment|pourquoi|wie|warum)\b/,
  ],
  [
    ACT.complaint,
    /\b(not working|doesn'?t work|does not work|isn'?t working|broken|terrible|awful|useless|frustrat\w*|annoy\w*|ridiculous|unacceptable|waste of (my )?time|worst|disappointed|angry|fed up|still (not|waiting|broken|no)|never (works|arrived)|horrible)\b/,
  ],
  [
    ACT.correction,
    /^(no|nope|not quite|wrong|incorrect|actually,)(\b|\s)|\b(i meant|i mean,|that'?s not what i|that is not what i|not what i (asked|meant|said)|you misunderstood|misunderstood me|(?<!as )i said|(?<!as )i already said|that'?s (wrong|incorrect|not right|not correct)|that is (wrong|incorrect|not right|not correct))\b/,
  ],
  [ACT.thanks, /\b(thanks|thank you|thx|cheers|appreciate it|much appreciated|gracias|merci|danke|obrigad[oa]|grazie)\b/],
  [
    ACT.escalation,
    /\b((speak|talk|transfer|connect|put) (me )?(to|with|through to) (a |an |the |your )?(human|person|agent|manager|supervisor|representative|someone|somebody)|real person|human (agent|being)|escalate|supervisor|manager please|live agent)\b/,
  ],
];

/**
 * The same acts in other languages (es, fr, de, pt, it, nl, pl, tr, sv, ru, zh, ja, ko and a few thanks).
 * `\b` only knows ASCII letters, so these use Unicode letter lookarounds; scripts without spaces need none.
 */
const W = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
const MULTILINGUAL_ACT_PATTERNS: ReadonlyArray<readonly [number, RegExp]> = [
  [ACT.question, /[?？]\s*$|^¿|(吗|呢|么)[。.!！]?\s*$|(ですか|ますか|でしょうか)[。.]?\s*$|(까요|나요|습니까)[.]?\s*$/u],
  [
    ACT.question,
    W(
      '^(?:cómo|qué|cuándo|dónde|por qué|cuál|puedo|podría|comment|pourquoi|quand|où|est-ce que|puis-je|pouvez-vous|wie|warum|wann|wo|kann ich|können sie|könnten sie|onde|por que|posso|poderia|perché|dove|può|hoe|waarom|wanneer|waar|kan ik|kunt u|jak|dlaczego|kiedy|gdzie|czy|nasıl|neden|ne zaman|nerede|hur|varför|när|var|kan jag|как|почему|когда|где|можно ли)',
    ),
  ],
  [
    ACT.complaint,
    W(
      'no funciona|sigue sin|inaceptable|ridículo|pésimo|estoy harto|estoy harta|ne marche pas|ne fonctionne pas|toujours pas|inacceptable|ridicule|déçue?|en ai marre|funktioniert nicht|geht nicht|immer noch nicht|inakzeptabel|lächerlich|enttäuscht|verärgert|frechheit|não funciona|ainda não|inaceitável|péssimo|decepcionad[oa]|non funziona|ancora non|inaccettabile|ridicolo|pessimo|delus[oa]|werkt niet|nog steeds niet|onacceptabel|belachelijk|teleurgesteld|nie działa|nadal nie|skandal|çalışmıyor|rezalet|fungerar inte|fortfarande inte|oacceptabelt|не работает|до сих пор не|ужасно|безобразие',
    ),
  ],
  [ACT.complaint, /不行|没用|太差|投诉|不满意|ひどい|最悪|使えない|동작하지 않|최악/u],
  [
    ACT.correction,
    W(
      'me refería|quise decir|eso no es lo que|je voulais dire|ce n\'est pas ce que|ich meinte|das meinte ich nicht|das ist falsch|eu quis dizer|não foi isso|intendevo|volevo dire|non è quello|ik bedoelde|dat bedoel ik niet|chodziło mi|nie o to|demek istedim|jag menade|я имел в виду|я имела в виду',
    ),
  ],
  [ACT.correction, /^(nein|non|não|nee|nie|hayır|nej|нет)[,.!]/u],
  [
    ACT.thanks,
    W(
      'gracias|merci|danke|vielen dank|obrigad[oa]|grazie|dank je|dank u|bedankt|dziękuję|dzięki|teşekkür(?:ler| ederim)?|sağ ol|tack|спасибо|дякую|شكرا|תודה|धन्यवाद|terima kasih',
    ),
  ],
  [ACT.thanks, /谢谢|多谢|感谢|ありがとう|감사합니다|고맙습니다/u],
  [
    ACT.escalation,
    W(
      'hablar con (?:un|una) (?:persona|humano|agente|supervisor|supervisora|encargado|responsable)|persona real|parler (?:à|avec) (?:un|une) (?:humain|conseiller|conseillère|personne|responsable|agent)|vraie personne|mit (?:einem|einer) (?:menschen|mitarbeiter|mitarbeiterin|vorgesetzten|person) sprechen|echten menschen|falar com (?:um|uma) (?:atendente|humano|pessoa|supervisor)|pessoa real|parlare con (?:un|una) (?:operatore|operatrice|persona|umano|responsabile)|persona reale|met een (?:mens|medewerker|persoon) spreken|echte persoon|z (?:człowiekiem|konsultantem)|müşteri temsilcisi|gerçek bir kişi|prata med en (?:människa|person|handläggare)|с оператором|с живым человеком',
    ),
  ],
  [ACT.escalation, /转人工|人工客服|真人|オペレーター|担当者と話|상담원/u],
];

/** Tags one normalised user message with dialogue-act bit flags (see {@link ACT}). */
export function tagDialogueActs(normalized: string): number {
  let acts = 0;
  for (const [flag, re] of ACT_PATTERNS) if (re.test(normalized)) acts |= flag;
  for (const [flag, re] of MULTILINGUAL_ACT_PATTERNS) if ((acts & flag) === 0 && re.test(normalized)) acts |= flag;
  return acts;
}

/** Lists the act names set in a bit mask. */
export function actNames(mask: number): DialogueAct[] {
  return (Object.keys(ACT) as DialogueAct[]).filter((k) => (mask & ACT[k]) !== 0);
}
