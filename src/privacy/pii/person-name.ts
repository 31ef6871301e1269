/** @module privacy/pii/person-name — person names from cues, a small first-name list, known names and propagation. */
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, NON_NAME_WORDS } from './name-lexicon.js';
import { knownNameSpans } from './known-names.js';
import type { DetectContext, PiiDetector, PiiSpan } from './types.js';

/** One capitalised name token: Maria, O'Brien, Jean-Luc, McDonald, Ngọc. */
const TOKEN = "\\p{Lu}(?:\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*|['’]\\p{Lu}\\p{Ll}+)(?:\\p{Lu}\\p{Ll}+)?";
const PARTICLE = '(?:van|von|de|da|di|del|della|der|den|du|la|le|bin|binti|al|el|dos|das|ten|ter)';
/** Up to three tokens on one line, surname particles allowed between them. */
const NAME_SEQ_RE = new RegExp(`${TOKEN}(?: (?:${PARTICLE} ){0,2}${TOKEN}){0,2}`, 'uy');
const TOKEN_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])${TOKEN}(?![\\p{L}\\p{N}])`, 'gu');

/** Cues after which any capitalised non-stop word is a name. */
const STRONG_CUE =
  /\b(?:my name is|my name's|name is|name's|full name:?|call me|i go by|ask(?:ing)? for|speak(?:ing)? (?:to|with)|spoke (?:to|with)|talk(?:ed|ing)? (?:to|with)|chatted with|assisted by|helped by|served by|transferred to|escalated to|passed (?:me )?to|named|signed|account holder:?|cardholder:?|attn:?|attention:?|c\/o|my (?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|colleague|coworker|boss|manager|neighbou?r|fianc[ée]e?|boyfriend|girlfriend|grandmother|grandfather|grandma|grandpa|uncle|aunt|cousin|roommate|assistant|tenant|landlord)(?:,? (?:is|was))?|(?:agent|rep|representative|technician|engineer|supervisor|courier|driver|nurse|doctor)(?: named)?) +/gi;
/** Cues that need corroboration (a list name, a full name or a closing delimiter). */
const WEAK_CUE = /\b(?:i'm|i’m|i am|im|this is|it's|it’s|it is|here is|hi|hello|hey|dear|thanks|thank you|cheers|morning|regards|best|sincerely|contact)[,:!.]?\s+/gi;
/** Honorifics: the next capitalised word is a (sur)name. Case-sensitive to skip "dr" in prose. */
const TITLE_RE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Mister|Madam|Mme|Mlle|Herr|Frau|Señor|Señora|Sra|Sr)\.? +/g;
/** A line that is only a dash and a name, as in e-mail signatures ("— Maria"). */
const SIGNATURE_DASH = /(?:^|\n)[ \t]*(?:--|—|–|-|~)[ \t]*/g;
/** What may follow a single-token name for a weak cue to count ("Thanks, Maria!" / "I'm Priya and…"). */
const CLOSING_AFTER = /^(?:[ ]*(?:[,.!?;:)\n]|$)| (?:from|here|and|speaking|calling|again)\b)/;

/** Which cues introduce a name at each text position (global regexes; `matchAll` clones them, so sharing is safe). */
const CUE_SCANNERS: ReadonlyArray<{ re: RegExp; strong: boolean; prefilter: RegExp }> = [
  { re: TITLE_RE, strong: true, prefilter: /\b(?:M[rsx]|Mrs|Miss|Dr|Prof|Sir|Dame|Mister|Madam|Mme|Mlle|Herr|Frau|Se[ñn]|Sr)/ },
  { re: STRONG_CUE, strong: true, prefilter: /name|call|go by|ask|spe|spoke|talk|chat|by|to|signed|holder|att|c\/o|my |agent|rep|tech|engineer|supervisor|courier|driver|nurse|doctor/i },
  { re: WEAK_CUE, strong: false, prefilter: /./ },
  { re: SIGNATURE_DASH, strong: true, prefilter: /[-—–~]/ },
];

/** True when `i` starts a sentence (text start, or only spaces/quotes since `.!?\n:`). */
function sentenceInitial(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '"' || text[j] === '“' || text[j] === '(')) j--;
  return j < 0 || '.!?\n:;'.includes(text[j] ?? '');
}

/** Splits a matched name into tokens and cuts it at the first stop word; returns its length or 0. */
function usableLength(name: string): number {
  const parts = name.split(' ');
  let len = 0;
  let tokens = 0;
  for (const p of parts) {
    if (/^\p{Lu}/u.test(p)) {
      if (NON_NAME_WORDS.has(p)) break;
      tokens++;
    }
    len += (len ? 1 : 0) + p.length;
  }
  if (tokens === 0) return 0;
  // Drop trailing particles ("Maria de") left when the word after them was a stop word.
  const kept = name.slice(0, len).replace(/(?: \p{Ll}+)+$/u, '');
  return kept.length;
}

/** Reads the name sequence at `at`; returns [start, end, tokenCount] or undefined. */
function nameAt(text: string, at: number): { start: number; end: number; tokens: number } | undefined {
  NAME_SEQ_RE.lastIndex = at;
  const m = NAME_SEQ_RE.exec(text);
  if (!m) return undefined;
  const len = usableLength(m[0]);
  if (!len) return undefined;
  const tokens = m[0].slice(0, len).split(' ').filter((p) => /^\p{Lu}/u.test(p)).length;
  return { start: at, end: at + len, tokens };
}

/** Spans introduced by a cue. */
function cueSpans(text: string, out: PiiSpan[]): void {
  for (const { re, strong, prefilter } of CUE_SCANNERS) {
    if (!prefilter.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const name = nameAt(text, m.index + m[0].length);
      if (!name) continue;
      const first = text.slice(name.start, name.end).split(' ')[0] ?? '';
      const ok =
        strong ||
        (FIRST_NAMES.has(first) && !AMBIGUOUS_FIRST_NAMES.has(first)) ||
        name.tokens >= 2 ||
        CLOSING_AFTER.test(text.slice(name.end, name.end + 12));
      if (ok) out.push({ type: 'PERSON', start: name.start, end: name.end, value: text.slice(name.start, name.end) });
    }
  }
}

/** Spans that start with a listed first name (ambiguous ones need a surname after them). */
function listSpans(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(TOKEN_RE)) {
    const tok = m[0];
    const ambiguous = AMBIGUOUS_FIRST_NAMES.has(tok);
    if (!ambiguous && !FIRST_NAMES.has(tok)) continue;
    const name = nameAt(text, m.index);
    if (!name) continue;
    if (ambiguous && name.tokens < 2) continue;
    out.push({ type: 'PERSON', start: name.start, end: name.end, value: text.slice(name.start, name.end) });
  }
}

/** Marks later (or earlier) mentions of tokens already found as names ("… Raman said" after "Priya Raman"). */
function propagate(text: string, found: PiiSpan[], out: PiiSpan[]): void {
  const tokens = new Set<string>();
  for (const s of found) for (const t of s.value.split(' ')) if (t.length > 2 && /^\p{Lu}/u.test(t)) tokens.add(t);
  if (!tokens.size) return;
  for (const m of text.matchAll(TOKEN_RE)) {
    if (tokens.has(m[0])) out.push({ type: 'PERSON', start: m.index, end: m.index + m[0].length, value: m[0] });
  }
}

/** Keeps the longest spans that do not overlap, in text order. */
export function longestNonOverlapping(spans: PiiSpan[]): PiiSpan[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PiiSpan[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** Fast heuristic person-name detection (no NLP model); see docs/privacy.md for measured trade-offs. */
export function detectPersonNames(text: string, ctx: DetectContext): PiiSpan[] {
  const found: PiiSpan[] = knownNameSpans(text, ctx.knownNames);
  // Every name the heuristics can see starts with an upper-case letter after position 0 or has a cue.
  if (/\p{Lu}/u.test(text)) {
    cueSpans(text, found);
    listSpans(text, found);
    if (found.length) propagate(text, found, found);
  }
  return longestNonOverlapping(found).filter((s) => !sentenceInitialStopWord(text, s));
}

/** Drops single-token spans that are just a capitalised stop word at sentence start. */
function sentenceInitialStopWord(text: string, s: PiiSpan): boolean {
  return NON_NAME_WORDS.has(s.value) && sentenceInitial(text, s.start);
}

/** The default person-name detector (heuristic fast path). */
export const personNameDetector: PiiDetector = {
  type: 'PERSON',
  detect: detectPersonNames,
};
