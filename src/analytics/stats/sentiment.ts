/** @module analytics/stats/sentiment — lexicon sentiment in [−1, 1] with negation scope, intensity and emphasis. */
import { INTENSITY_MODIFIERS, NEGATORS, NEUTRAL_FORMS, SENTIMENT_LEXICON } from './sentiment-lexicon.js';

/** A negated word keeps 70% of its strength, flipped: "not good" is milder than "bad". */
const NEGATION_FACTOR = -0.7;
/** Words after a negator that it still governs ("not very good", "not at all helpful"). */
const NEGATION_SCOPE = 3;
/** Words before a sentiment word an intensifier may sit ("extremely slow", "very, very slow"). */
const MODIFIER_REACH = 2;
/** ALL-CAPS sentiment words in mixed-case text are shouted: +30%. */
const CAPS_FACTOR = 1.3;
/** Each "!" adds 10% emphasis, up to three. */
const EXCLAMATION_STEP = 0.1;
const MAX_EXCLAMATIONS = 3;
/** After "but", the clause carries the weight: before ×0.5, after ×1.5. */
const BEFORE_BUT = 0.5;
const AFTER_BUT = 1.5;
/**
 * Squashing constant of x / √(x² + α): with α = 15 one strong word (3) gives ≈ 0.61, two give ≈ 0.84,
 * so the score saturates smoothly toward ±1 as evidence accumulates.
 */
const SQUASH_ALPHA = 15;
/** Characters that end a clause (and a negation scope). */
const CLAUSE_BREAKS = new Set(['.', ',', ';', ':', '!', '?']);
/** Minimum letters for a word to count as shouted. */
const MIN_CAPS_LENGTH = 2;

/** Sentiment of one text. */
export interface SentimentResult {
  /** In [−1, 1]; 0 when no sentiment word was found. */
  readonly score: number;
  /** Sum of positive contributions (≥ 0) and of negative ones (≤ 0), before squashing. */
  readonly positive: number;
  readonly negative: number;
  /** Words found in the lexicon. */
  readonly matched: number;
  readonly tokens: number;
}

const TOKEN_PATTERN = /[A-Za-z]+(?:['’][A-Za-z]+)*|[.,;:!?]/g;

interface Token {
  readonly lower: string;
  readonly shouted: boolean;
  readonly isBreak: boolean;
}

/** Splits text into word and clause-break tokens (apostrophes normalised, case kept for emphasis). */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const source = text.includes('’') ? text.replace(/’/g, "'") : text;
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(source); m !== null; m = TOKEN_PATTERN.exec(source)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    out.push({
      lower,
      shouted: raw !== lower && raw.length >= MIN_CAPS_LENGTH && raw === raw.toUpperCase(),
      isBreak: raw.length === 1 && CLAUSE_BREAKS.has(raw),
    });
  }
  return out;
}

/** Inflections tried, in order, when a word is not in the lexicon: [suffix, replacement]. */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['s', ''], ['es', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''],
];
/** Memoised lookups (null = no sentiment); the vocabulary of a corpus is small next to its size. */
const valenceCache = new Map<string, number | null>();
/** Bound on the memo; cleared when full. */
const VALENCE_CACHE_MAX = 50_000;

function lookupValence(word: string): number | null {
  const exact = SENTIMENT_LEXICON.get(word);
  if (exact !== undefined) return exact;
  if (word.length <= 3 || NEUTRAL_FORMS.has(word)) return null;
  for (const [suffix, replacement] of INFLECTIONS) {
    if (word.endsWith(suffix)) {
      const v = SENTIMENT_LEXICON.get(word.slice(0, -suffix.length) + replacement);
      if (v !== undefined) return v;
    }
  }
  return null;
}

/** Looks a word up, trying light inflection removal when the exact form is missing. */
function valenceOf(word: string): number | undefined {
  let v = valenceCache.get(word);
  if (v === undefined) {
    v = lookupValence(word);
    if (valenceCache.size >= VALENCE_CACHE_MAX) valenceCache.clear();
    valenceCache.set(word, v);
  }
  return v ?? undefined;
}

/**
 * Lexicon sentiment of a text in [−1, 1]: word valences, flipped and damped inside a negation scope
 * ("not good"), scaled by intensifiers / diminishers ("very", "slightly"), boosted by ALL CAPS and "!",
 * re-weighted around "but", then squashed by x / √(x² + 15).
 * @example analyzeSentiment('This is not good at all!').score // < 0
 */
export function analyzeSentiment(text: string): SentimentResult {
  const tokens = tokenize(text);
  const wordCount = tokens.filter((t) => !t.isBreak).length;
  const allCaps = tokens.every((t) => t.isBreak || t.shouted);
  const butAt = tokens.findIndex((t) => t.lower === 'but');
  let positive = 0;
  let negative = 0;
  let matched = 0;
  let negationLeft = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.isBreak) {
      negationLeft = 0;
      continue;
    }
    if (NEGATORS.has(tok.lower)) {
      negationLeft = NEGATION_SCOPE;
      continue;
    }
    const base = valenceOf(tok.lower);
    if (base === undefined || INTENSITY_MODIFIERS.has(tok.lower)) {
      if (negationLeft > 0) negationLeft--;
      continue;
    }
    matched++;
    let v = base;
    for (let k = 1; k <= MODIFIER_REACH && i - k >= 0; k++) {
      const prev = tokens[i - k] as Token;
      if (prev.isBreak) break;
      const factor = INTENSITY_MODIFIERS.get(prev.lower);
      if (factor !== undefined) v *= factor;
    }
    if (tok.shouted && !allCaps) v *= CAPS_FACTOR;
    if (negationLeft > 0) {
      v *= NEGATION_FACTOR;
      negationLeft--;
    }
    if (butAt >= 0) v *= i < butAt ? BEFORE_BUT : AFTER_BUT;
    if (v > 0) positive += v;
    else negative += v;
  }
  let sum = positive + negative;
  const exclamations = Math.min(MAX_EXCLAMATIONS, (text.match(/!/g) ?? []).length);
  sum *= 1 + EXCLAMATION_STEP * exclamations;
  const score = sum === 0 ? 0 : sum / Math.sqrt(sum * sum + SQUASH_ALPHA);
  return { score, positive, negative, matched, tokens: wordCount };
}

/** Shorthand for `analyzeSentiment(text).score`. */
export function sentimentScore(text: string): number {
  return analyzeSentiment(text).score;
}
