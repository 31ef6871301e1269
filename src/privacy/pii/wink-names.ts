/**
 * @module privacy/pii/wink-names — optional person-name detector from wink-nlp part-of-speech tags.
 *
 * Not in the default detector list: a full wink-nlp parse costs ~0.1 ms per message (≈80 s for the
 * pipeline's 800k messages), see docs/privacy.md. Add it with
 * `new Redactor({ secret, detectors: [...DEFAULT_DETECTORS, await loadWinkNameDetector()] })`.
 */
import { createRequire } from 'node:module';
import { PLACE_RUNS } from './name-cues.js';
import { NON_NAME_WORDS } from './name-lexicon.js';
import type { PiiDetector, PiiSpan } from './types.js';

/** A capitalised word after something other than a sentence start: the only texts worth parsing. */
const WORTH_PARSING = /[^.!?\n\s][ \t]+\p{Lu}\p{Ll}/u;
/** Words before a proper noun that make it a place, not a person ("in Lisbon", "to Paris"). */
const PLACE_PREPOSITION = /\b(?:in|at|from|to|near|via|into|around|outside)\s+$/i;
/** Longest PROPN run kept as one name. */
const MAX_NAME_TOKENS = 3;

interface WinkTokensLike {
  out(f?: unknown): unknown[];
}
interface WinkDocLike {
  tokens(): WinkTokensLike;
  isOOV(text: string): boolean;
}
interface WinkLike {
  readDoc(text: string): WinkDocLike;
  its: { pos: unknown; value: unknown };
}
type WinkFactory = (model: unknown, pipe?: string[]) => WinkLike;

/**
 * Loads wink-nlp (~0.9 s) and returns a detector that marks runs of proper nouns (PROPN) whose words
 * are not everyday English words: two or more tokens anywhere, or one token that neither starts a
 * sentence nor follows a place preposition.
 */
export async function loadWinkNameDetector(): Promise<PiiDetector> {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as WinkFactory;
  const model = require('wink-eng-lite-web-model') as unknown;
  const nlp = winkNLP(model, ['sbd', 'pos']);
  return {
    type: 'PERSON',
    detect(text: string): PiiSpan[] {
      if (!WORTH_PARSING.test(text)) return [];
      const doc = nlp.readDoc(text);
      const words = doc.tokens().out(nlp.its.value) as string[];
      const pos = doc.tokens().out(nlp.its.pos) as string[];
      const out: PiiSpan[] = [];
      let cursor = 0;
      let run: Array<{ start: number; end: number; word: string }> = [];
      const flush = (): void => {
        if (run.length) accept(text, run, out);
        run = [];
      };
      words.forEach((w, i) => {
        const start = text.indexOf(w, cursor);
        if (start < 0) return;
        cursor = start + w.length;
        const isName = pos[i] === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(w) && !NON_NAME_WORDS.has(w) && doc.isOOV(w.toLowerCase());
        const prev = run[run.length - 1];
        if (isName && (!prev || text.slice(prev.end, start) === ' ') && run.length < MAX_NAME_TOKENS) {
          run.push({ start, end: cursor, word: w });
        } else {
          flush();
          if (isName) run.push({ start, end: cursor, word: w });
        }
      });
      flush();
      return out;
    },
  };
}

/** Keeps a PROPN run when it is a multi-word name or a single name in a non-place, mid-sentence slot. */
function accept(
  text: string,
  run: ReadonlyArray<{ start: number; end: number; word: string }>,
  out: PiiSpan[],
): void {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last || PLACE_RUNS.has(run.map((r) => r.word).join(' '))) return;
  if (run.length === 1) {
    const before = text.slice(Math.max(0, first.start - 12), first.start);
    if (/(?:^|[.!?\n:])\s*$/.test(before) || PLACE_PREPOSITION.test(before)) return;
  }
  out.push({ type: 'PERSON', start: first.start, end: last.end, value: text.slice(first.start, last.end) });
}
