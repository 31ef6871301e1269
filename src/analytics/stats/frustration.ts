/** @module analytics/stats/frustration — a per-message frustration score from sentiment plus conversational signals. */
import { analyzeSentiment } from './sentiment.js';
import { PROFANITY_LITE } from './sentiment-lexicon.js';

/** Conversational signals that raise frustration. */
export type FrustrationSignal =
  | 'negative-sentiment'
  | 'human-request'
  | 'correction'
  | 'repeated-question'
  | 'profanity'
  | 'emphasis'
  | 'impatience';

/**
 * Weight of each signal: the probability-like contribution it makes on its own. Combined by noisy-OR,
 * 1 − Π(1 − wᵢ), so several weak signals add up but the score never leaves [0, 1]. Asking for a human is
 * the strongest single sign of a failing conversation; emphasis alone is weak.
 */
export const FRUSTRATION_WEIGHTS: Readonly<Record<FrustrationSignal, number>> = {
  'negative-sentiment': 0.5,
  'human-request': 0.6,
  correction: 0.35,
  'repeated-question': 0.4,
  profanity: 0.35,
  emphasis: 0.15,
  impatience: 0.25,
};
/** Token-set Jaccard similarity above which a message repeats an earlier one. */
const REPEAT_SIMILARITY = 0.6;
/** Shorter messages ("ok", "thanks") are too generic to count as repeats. */
const MIN_REPEAT_TOKENS = 4;

const HUMAN_REQUEST = [
  /\b(speak|talk|chat)\s+(to|with)\s+(a|an|the|your|some)?\s*(real\s+|live\s+|actual\s+)?(human|person|agent|representative|rep|manager|supervisor|someone)\b/i,
  /\b(human|real person|live agent|customer service rep(resentative)?)\b.*\b(please|now|asap)\b/i,
  /\b(connect|transfer|escalate|put)\s+(me|this)\s+(to|with|through)\b/i,
  /\b(get|want|need)\s+(me\s+)?(a|an|the|your)?\s*(human|real person|manager|supervisor|live agent)\b/i,
  /\bnot\s+a\s+bot\b/i,
];
const CORRECTION = [
  /^\s*no+[,.!]?\s+(i|that|it)\b/i,
  /\b(i|i've|i have)\s+(meant|mean|said|was asking|asked about)\b/i,
  /\bthat'?s\s+not\s+what\s+i\s+(asked|meant|said|wanted)\b/i,
  /\b(you|u)\s+(misunderstood|misread|got it wrong|are wrong|'re wrong)\b/i,
  /\bnot\s+(quite|what i|that)\b.*\b(asking|meant|about)\b/i,
  /\bread my (message|question) again\b/i,
];
const EXPLICIT_REPEAT = [
  /\b(again|once more)\s*:/i,
  /\b(i|i've|i have)\s+already\s+(asked|told|said|explained)\b/i,
  /\bas i (said|mentioned|asked)\b/i,
  /\b(second|third|fourth|fifth|\d+(st|nd|rd|th))\s+time\b/i,
  /\blet me repeat\b/i,
  /^\s*i asked\s*:/i,
];
const IMPATIENCE = [
  /\b(still|yet)\s+(not|no|nothing|waiting|haven't|hasn't|didn't|don't)\b/i,
  /\b(waiting|waited)\s+(for\s+)?(ages|forever|hours|days|weeks|so long)\b/i,
  /\bforever\b/i,
  /\b(how much longer|how long (do|will|must) i)\b/i,
  /\b(hurry|asap|right now|immediately)\b/i,
];
const EMPHASIS = /(!{2,}|\?{2,}|[!?]{3,})/;
/**
 * Cheap keyword gates: a signal's (slower) patterns run only when one of its key words occurs, which
 * is rare. Each gate must match every text its patterns can match.
 */
const HUMAN_GATE = /human|person|agent|rep|manager|supervisor|someone|connect|transfer|escalate|put|bot/i;
const CORRECTION_GATE = /\bno|mean|meant|said|ask|misunderst|misread|wrong|not|read my/i;
const REPEAT_GATE = /again|more|already|as i|time|repeat|asked/i;
const IMPATIENCE_GATE = /still|yet|wait|forever|long|hurry|asap|now|immediately/i;
const WORD = /[a-z']+/g;

/** Frustration of one message. */
export interface FrustrationResult {
  /** In [0, 1]. */
  readonly score: number;
  readonly signals: FrustrationSignal[];
  /** The message's sentiment in [−1, 1]. */
  readonly sentiment: number;
}

/** Word sets of recently seen texts: callers pass the same earlier messages again for each new one. */
const wordSetCache = new Map<string, Set<string>>();
/** Cache bound; cleared when full (cheap, and conversations are short-lived). */
const WORD_SET_CACHE_MAX = 10_000;

function wordSet(text: string): Set<string> {
  let set = wordSetCache.get(text);
  if (set === undefined) {
    set = new Set(text.toLowerCase().match(WORD) ?? []);
    if (wordSetCache.size >= WORD_SET_CACHE_MAX) wordSetCache.clear();
    wordSetCache.set(text, set);
  }
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** At least this many letters, all upper case, make a message shouted ("OK" or "ID" do not). */
const MIN_SHOUT_LETTERS = 8;

function isShouting(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false; // a lower-case ASCII letter
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= MIN_SHOUT_LETTERS;
}

/**
 * Frustration of a user message in [0, 1]: negative sentiment plus conversational signals — a request
 * for a human, a correction ("no, I meant…"), a repeated question (explicit, or ≥ 60% word overlap with
 * an earlier user message in `previous`), mild profanity, emphasis (!!, ??, ALL CAPS) and impatience.
 * @example frustrationScore("That's not what I asked. Let me talk to a manager!!").signals
 *   // ['negative-sentiment'?, 'human-request', 'correction', 'emphasis']
 */
export function frustrationScore(text: string, previous: readonly string[] = []): FrustrationResult {
  const signals: FrustrationSignal[] = [];
  const { score: sentiment } = analyzeSentiment(text);
  let keep = 1;
  const add = (signal: FrustrationSignal, strength = 1): void => {
    signals.push(signal);
    keep *= 1 - FRUSTRATION_WEIGHTS[signal] * strength;
  };
  // Only clearly negative sentiment counts, scaled by how negative it is.
  if (sentiment < 0) add('negative-sentiment', Math.min(1, -sentiment / 0.6));
  if (HUMAN_GATE.test(text) && HUMAN_REQUEST.some((re) => re.test(text))) add('human-request');
  if (CORRECTION_GATE.test(text) && CORRECTION.some((re) => re.test(text))) add('correction');
  const words = wordSet(text);
  const repeated =
    (REPEAT_GATE.test(text) && EXPLICIT_REPEAT.some((re) => re.test(text))) ||
    (words.size >= MIN_REPEAT_TOKENS && previous.some((p) => jaccard(words, wordSet(p)) >= REPEAT_SIMILARITY));
  if (repeated) add('repeated-question');
  for (const w of words) {
    if (PROFANITY_LITE.has(w)) {
      add('profanity');
      break;
    }
  }
  if (EMPHASIS.test(text) || isShouting(text)) add('emphasis');
  if (IMPATIENCE_GATE.test(text) && IMPATIENCE.some((re) => re.test(text))) add('impatience');
  return { score: 1 - keep, signals, sentiment };
}

/**
 * Frustration of each user message of a conversation, each compared with the earlier ones for repeats,
 * plus the session's peak and mean.
 * @example conversationFrustration(['Where is my order?', 'Where is my order??']).max // > 0.4
 */
export function conversationFrustration(userTexts: readonly string[]): {
  perMessage: FrustrationResult[];
  max: number;
  mean: number;
} {
  const perMessage = userTexts.map((t, i) => frustrationScore(t, userTexts.slice(0, i)));
  let max = 0;
  let sum = 0;
  for (const r of perMessage) {
    max = Math.max(max, r.score);
    sum += r.score;
  }
  return { perMessage, max, mean: perMessage.length > 0 ? sum / perMessage.length : 0 };
}
