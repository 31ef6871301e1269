/** @module dreaming/preprocess-text — normalisation, tokenization, language detection and dialogue acts (pure). */

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

/** Splits normalised text into word tokens (letters/digits, inner apostrophes and hyphens kept). */
export function tokenize(normalized: string): string[] {
  return normalized.match(TOKEN_RE) ?? [];
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
};

/** Supported language codes of {@link detectLanguage}, plus `und`. */
export const LANGUAGES = [...Object.keys(STOP_WORDS), 'und'] as const;

/**
 * Guesses the language of some tokens by stop-word ratio (good enough to route and to flag a
 * worse-served language; not a general identifier).
 */
export function detectLanguage(tokens: readonly string[]): string {
  if (tokens.length < MIN_TOKENS_FOR_LANGUAGE) return 'und';
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

/** Tags one normalised user message with dialogue-act bit flags (see {@link ACT}). */
export function tagDialogueActs(normalized: string): number {
  let acts = 0;
  for (const [flag, re] of ACT_PATTERNS) if (re.test(normalized)) acts |= flag;
  return acts;
}

/** Lists the act names set in a bit mask. */
export function actNames(mask: number): DialogueAct[] {
  return (Object.keys(ACT) as DialogueAct[]).filter((k) => (mask & ACT[k]) !== 0);
}
