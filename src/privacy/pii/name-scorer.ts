/**
 * @module privacy/pii/name-scorer — a learned second look at capitalised words the name rules left alone.
 *
 * The rules (person-name.ts and its helpers) decide names from layouts and cue phrases. In running prose a
 * name often has neither: "tell Heath thanks", "her kids, Titilayo and Yaw", "Dawn's assistant said". This
 * scorer reads each capitalised token the rules did not claim and weighs what surrounds it — the word
 * before and after, the punctuation between, whether the token is a listed given name or surname, an
 * everyday word, its ending — with a logistic model. The weights are learned by
 * `scripts/train-name-scorer.ts` from the labelled corpora whose errors may be read (never the blind
 * splits) and stored in `name-scorer-weights.ts`; ADR 0011 (*Seventeenth round*) says how and why.
 */
import { givenNameClass } from './given-name.js';
import { WORLD_GIVEN_NAMES } from './given-names-world.js';
import { TITLE_CUE, TOKEN_RE } from './name-cues.js';
import { atSentenceStart } from './name-context.js';
import { FIRST_NAMES, NON_NAME_WORDS, SURNAMES } from './name-lexicon.js';
import { NAME_SCORER_THRESHOLD, NAME_SCORER_VETO, NAME_SCORER_WEIGHTS } from './name-scorer-weights.js';
import { WORLD_SURNAMES } from './surnames-world.js';
import { execAll, type PiiSpan } from './types.js';
import type { WordLexicon } from './word-lexicon.js';

/** One capitalised token the rules left unclaimed, with its features. */
export interface NameCandidate {
  readonly start: number;
  readonly end: number;
  readonly features: readonly string[];
}

/** Most characters of punctuation or of one word read beside a token. */
const CONTEXT = 40;
/** One character of a context word. */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
/** A letter or digit: punctuation between words is anything else ("'" of "'s" and " - " included). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A word next to a position on the same line, and the punctuation between them. */
interface Neighbour {
  readonly word: string;
  readonly gap: string;
  /** Where the word starts (before) or ends (after): the position to read the next neighbour from. */
  readonly at: number;
}

/** The word before `pos` on its line (scanned by hand: an end-anchored regex retries every start). */
function wordBefore(text: string, pos: number): Neighbour | undefined {
  const floor = Math.max(0, pos - CONTEXT);
  let i = pos;
  while (i > floor && text[i - 1] !== '\n' && !LETTER_OR_DIGIT.test(text[i - 1] ?? '')) i--;
  const gapStart = i;
  while (i > floor && WORD_CHAR.test(text[i - 1] ?? '')) i--;
  return i === gapStart ? undefined : { word: text.slice(i, gapStart), gap: text.slice(gapStart, pos), at: i };
}

/** The punctuation after `pos` on its line and the word after it (empty at the line's end). */
function wordAfter(text: string, pos: number): Neighbour {
  const ceiling = Math.min(text.length, pos + CONTEXT);
  let i = pos;
  while (i < ceiling && text[i] !== '\n' && !LETTER_OR_DIGIT.test(text[i] ?? '')) i++;
  const wordStart = i;
  while (i < ceiling && WORD_CHAR.test(text[i] ?? '')) i++;
  return { word: text.slice(wordStart, i), gap: text.slice(pos, wordStart), at: i };
}
/** A capitalised word (a neighbour that may belong to the same name). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * Honorifics ("Mr", "Pani", "Signora"): they introduce a name and are none themselves. The plain words
 * of {@link TITLE_CUE}'s alternation, read once (a set lookup per token instead of that regex).
 */
const TITLES: ReadonlySet<string> = new Set(
  (/\(\?:([^()]*)\)\\\.\?/.exec(TITLE_CUE.source)?.[1] ?? '').split('|').filter((w) => /^\p{L}+$/u.test(w)),
);
/** Interjections that open sentences in chat ("Oh, and the card…"). */
const INTERJECTIONS: ReadonlySet<string> = new Set(['Oh', 'Ah', 'Aha', 'Um', 'Umm', 'Uh', 'Hmm', 'Wow', 'Ooh', 'Oops', 'Yay', 'Ugh', 'Meh', 'Ha', 'Haha', 'Huh']);

/** Tokens never scored: honorifics and interjections. */
function neverAName(tok: string): boolean {
  return INTERJECTIONS.has(tok) || TITLES.has(tok);
}

/** Collapses punctuation runs to a short, stable feature value (", " → ",", " (" → "("). */
function punctuation(gap: string): string {
  const p = gap.replace(/\s+/g, '');
  return p.length === 0 ? '_' : p.slice(0, 2);
}

/** What the lists say of a token, for the shape key and the word feature. */
interface ListFacts {
  readonly given: 'clean' | 'ambiguous' | 'none';
  readonly listed: boolean;
  readonly surname: boolean;
  readonly common: boolean;
}

/** Lists a token is in, pushed as feature names with `prefix`. */
function listFeatures(tok: string, lexicon: WordLexicon | undefined, prefix: string, out: string[]): ListFacts {
  const bare = tok.replace(/['’]s$/, '');
  const given = givenNameClass(bare, lexicon);
  const listed = FIRST_NAMES.has(bare) || WORLD_GIVEN_NAMES.has(bare);
  const surname = SURNAMES.has(bare) || WORLD_SURNAMES.has(bare);
  const common = lexicon?.isCommonWord(bare.toLowerCase()) ?? false;
  if (given !== 'none') out.push(`${prefix}given:${given}`);
  if (listed) out.push(`${prefix}listed-given`);
  if (surname) out.push(`${prefix}surname`);
  if (NON_NAME_WORDS.has(bare)) out.push(`${prefix}stop`);
  if (common) out.push(`${prefix}common`);
  return { given, listed, surname, common };
}

/** The script of a token's first letter, coarsely. */
function script(tok: string): string {
  const c = tok.codePointAt(0) ?? 0;
  if (c < 0x250) return 'latin';
  if (c >= 0x370 && c < 0x400) return 'greek';
  if (c >= 0x400 && c < 0x530) return 'cyrillic';
  return 'other';
}

/**
 * Capitalised tokens not covered by `claimed` spans, each with its feature names. Shared by the runtime
 * scorer and the trainer so both read candidates the same way; the trainer sets `includeNames` to learn
 * from the tokens of rule-found names too (they are not scored at run time).
 */
export function nameCandidates(
  text: string,
  claimed: readonly PiiSpan[],
  lexicon: WordLexicon | undefined,
  includeNames = false,
): NameCandidate[] {
  const out: NameCandidate[] = [];
  const names = claimed.filter((s) => s.type === 'PERSON');
  const blocking = [...(includeNames ? claimed.filter((s) => s.type !== 'PERSON') : claimed)].sort((a, b) => a.start - b.start);
  // Words capitalised somewhere in the middle of a sentence: an everyday word written so is a proper noun.
  const midCapital = new Set<string>();
  const tokens = execAll(TOKEN_RE, text);
  const starts = tokens.map((m) => atSentenceStart(text, m.index));
  for (const [i, m] of tokens.entries()) if (!starts[i]) midCapital.add(m[0]);
  let k = 0;
  for (const [i, m] of tokens.entries()) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < blocking.length && (blocking[k]?.end ?? 0) <= start) k++;
    const next = blocking[k];
    if ((next && next.start < end) || neverAName(m[0])) continue;
    const f = features(text, start, end, m[0], starts[i] ?? false, lexicon);
    // The rules read the same word as (part of) a name elsewhere in this text.
    if (names.some((n) => (n.end <= start || n.start >= end) && n.value.includes(m[0]))) f.push('named-elsewhere');
    if (midCapital.has(m[0])) f.push(f.includes('common') ? 'common-mid-capital' : 'mid-capital');
    out.push({ start, end, features: f });
  }
  return out;
}

/** Feature names of one token in its context. */
function features(text: string, start: number, end: number, tok: string, sentenceStart: boolean, lexicon: WordLexicon | undefined): string[] {
  const f: string[] = ['bias', `script:${script(tok)}`, `len:${Math.min(tok.length, 10)}`];
  const facts = listFeatures(tok, lexicon, '', f);
  const lower = tok.toLowerCase();
  // The word itself is a feature only when no name list holds it: the model may learn that "Calle" or
  // "Chapel" are no names, but not which names one corpus's writer happened to use as pets.
  if (!facts.listed && !facts.surname) f.push(`w:${lower}`);
  f.push(`suf3:${lower.slice(-3)}`, `suf2:${lower.slice(-2)}`);
  if (sentenceStart) f.push('sentence-start');
  // What the lists say and where the word sits, as one key, so that context words can weigh differently
  // for a listed name, an everyday word and a word opening a sentence ("Call Guy" vs "Call Monday").
  const shape = `${facts.given === 'clean' ? 'g' : facts.given === 'ambiguous' ? 'a' : '-'}${facts.surname ? 's' : '-'}${facts.common ? 'c' : '-'}${sentenceStart ? 'S' : '-'}`;
  f.push(`sh:${shape}`);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() === '') f.push('line-start');
  const wb = wordBefore(text, start);
  if (wb) {
    const prev = wb.word.toLowerCase();
    const gap = punctuation(wb.gap);
    f.push(`p1:${prev}`, `p1gap:${gap}`, `p1:${prev}|${gap}`, `sh:${shape}|p1:${prev}`);
    if (gap === '_' && CAPITALISED.test(wb.word)) {
      f.push('p1cap');
      listFeatures(wb.word, lexicon, 'p1.', f);
    }
    const w2 = wordBefore(text, wb.at);
    if (w2) f.push(`p2:${w2.word.toLowerCase()} ${prev}`);
  } else {
    f.push(`p1gap:${punctuation(text.slice(Math.max(lineStart, start - CONTEXT), start))}`);
  }
  const wa = wordAfter(text, end);
  const gapAfter = punctuation(wa.gap);
  f.push(`n1gap:${gapAfter}`, `sh:${shape}|n1gap:${gapAfter}`);
  if (wa.word) {
    const next = wa.word.toLowerCase();
    f.push(`n1:${next}`, `n1:${gapAfter}|${next}`, `sh:${shape}|n1:${gapAfter}|${next}`);
    if (gapAfter === '_' && CAPITALISED.test(wa.word)) {
      f.push('n1cap');
      listFeatures(wa.word, lexicon, 'n1.', f);
    }
  } else {
    f.push('line-end');
  }
  return f;
}

/** A trained logistic model: feature weights and the score above which a token is a name. */
export interface NameScorerModel {
  readonly weights: ReadonlyMap<string, number>;
  readonly threshold: number;
  /**
   * Score below which every token of a name the rules found must fall for that name to be dropped
   * ({@link unlikelyNames}); 0 or absent keeps every rule-found name.
   */
  readonly veto?: number;
}

let builtIn: NameScorerModel | undefined;

/** The model shipped with Reverie, parsed on first use (~35k weights, a few milliseconds). */
export function builtInNameScorer(): NameScorerModel {
  if (builtIn) return builtIn;
  const weights = new Map<string, number>();
  for (const line of NAME_SCORER_WEIGHTS.split('\n')) {
    const tab = line.lastIndexOf('\t');
    weights.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  builtIn = { weights, threshold: NAME_SCORER_THRESHOLD, veto: NAME_SCORER_VETO };
  return builtIn;
}

/** The probability that a candidate is a person name under `model`. */
export function candidateScore(c: NameCandidate, model: NameScorerModel): number {
  let z = 0;
  for (const f of c.features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Person-name spans among the capitalised tokens no span in `claimed` covers (`candidates`, when the
 * caller has them already). Adjacent accepted tokens ("Wade Marsh") become one span.
 */
export function scoredNames(
  text: string,
  claimed: readonly PiiSpan[],
  lexicon: WordLexicon | undefined,
  model: NameScorerModel,
  candidates: readonly NameCandidate[] = nameCandidates(text, claimed, lexicon),
): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const c of candidates) {
    if (candidateScore(c, model) < model.threshold) continue;
    const last = spans[spans.length - 1];
    if (last && text.slice(last.end, c.start) === ' ') {
      spans[spans.length - 1] = { ...last, end: c.end, value: text.slice(last.start, c.end) };
    } else {
      spans.push({ type: 'PERSON', start: c.start, end: c.end, value: text.slice(c.start, c.end) });
    }
  }
  return spans;
}

/** An honorific right before a span ({@link TITLE_CUE} anchored at the span). */
const TITLE_BEFORE = new RegExp(`(?:${TITLE_CUE.source})$`);

/** The rules' name follows an honorific: "Herrn Obermaier", "Dr. Quist". */
function titled(text: string, s: PiiSpan): boolean {
  return TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start));
}

/**
 * A speaker's label opening a chat line: "Murugan (Support): …", "[10:02] Ines: …". The layout is the
 * evidence, and the model's window of a word or two each side misses it: a role word in brackets after
 * a name reads to it like a firm's department.
 */
const SPEAKER_AFTER = /^(?: ?\([^()\n]{1,30}\))? ?:/;
/** What may stand before the speaker on its line: nothing, or a bracketed time or channel. */
const LINE_OPENING = /^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?$/;

function opensSpeakerTurn(text: string, s: PiiSpan): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  return s.start - lineStart <= 40 && LINE_OPENING.test(text.slice(lineStart, s.start)) && SPEAKER_AFTER.test(text.slice(s.end, s.end + 34));
}

/**
 * The names in `claimed` that the model reads as no name: every capitalised token of the span scores below
 * `model.veto`. The rules read a name from one cue ("with Mercedes Benz", "Seats: Don Giovanni"); the model
 * weighs the word itself, its ending, its lists and both neighbours, and on splits written blind to both it
 * disagreed with the rules mostly where the rules were wrong (ADR 0011, *Forty-third round*). These stay:
 * spans with no capitalised token (lower-case, all-capital or CJK names); spans with a listed given name
 * that is no everyday word ("Murugan", not "Hope") or a listed given name and surname ("Kia Patel"); spans
 * after an honorific; spans overlapping `keep` (the user's own name); and a speaker opening a chat line.
 * The model reads a word or two each side, and a rare context ("Murugan (Support):") must not outweigh
 * the lists, the title or the layout.
 */
export function unlikelyNames(
  text: string,
  claimed: readonly PiiSpan[],
  lexicon: WordLexicon | undefined,
  model: NameScorerModel,
  keep: readonly PiiSpan[] = [],
  candidates?: readonly NameCandidate[],
): Set<PiiSpan> {
  const veto = model.veto ?? 0;
  if (veto <= 0) return new Set();
  const names = claimed.filter(
    (s) => s.type === 'PERSON' && !keep.some((k) => k.start < s.end && s.start < k.end) && !opensSpeakerTurn(text, s) && !titled(text, s),
  );
  if (names.length === 0) return new Set();
  const best = new Map<PiiSpan, number>();
  let k = 0;
  for (const c of candidates ?? nameCandidates(text, claimed, lexicon, true)) {
    while (k < names.length && (names[k]?.end ?? 0) <= c.start) k++;
    const name = names[k];
    if (!name || name.start >= c.end) continue;
    const f = c.features;
    const listed = f.includes('given:clean') || (f.includes('surname') && (f.includes('p1.given:clean') || f.includes('p1.given:ambiguous')));
    best.set(name, Math.max(best.get(name) ?? 0, listed ? 1 : candidateScore(c, model)));
  }
  return new Set([...best].filter(([, score]) => score < veto).map(([name]) => name));
}

/**
 * Both looks of the model at one text: the spans of `claimed` left after {@link unlikelyNames} and the
 * names {@link scoredNames} adds among the tokens outside them. One pass over the tokens serves both
 * unless a name is dropped (a token's features depend on the names found elsewhere in the text).
 */
export function reviewNames(
  text: string,
  claimed: readonly PiiSpan[],
  lexicon: WordLexicon | undefined,
  model: NameScorerModel,
  keep: readonly PiiSpan[] = [],
): { kept: readonly PiiSpan[]; added: PiiSpan[] } {
  const tokens = nameCandidates(text, claimed, lexicon, true);
  const dropped = unlikelyNames(text, claimed, lexicon, model, keep, tokens);
  if (dropped.size > 0) {
    const kept = claimed.filter((s) => !dropped.has(s));
    return { kept, added: scoredNames(text, kept, lexicon, model) };
  }
  const names = claimed.filter((s) => s.type === 'PERSON');
  const outside = tokens.filter((c) => !names.some((n) => n.start < c.end && c.start < n.end));
  return { kept: claimed, added: scoredNames(text, claimed, lexicon, model, outside) };
}
