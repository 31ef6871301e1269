/**
 * @module test/support/pii-found — the values of one PII type that the default detector (with the wink
 * word lexicon, as the Redactor runs it) finds in a text; shared by the PII round tests.
 */
import { detectPii } from '../../src/privacy/pii/runner.js';
import type { PiiType } from '../../src/privacy/pii/types.js';
import { winkWordLexicon } from '../../src/privacy/pii/word-lexicon.js';

const lexicon = winkWordLexicon();

/**
 * The values of `type` found in `text`, in text order; `nameScorer: null` turns the learned scorer off,
 * so that a test asserts what the rules alone find.
 */
export function foundPii(text: string, type: PiiType, options: { readonly nameScorer?: null } = {}): string[] {
  return detectPii(text, { lexicon, ...options })
    .filter((s) => s.type === type)
    .map((s) => s.value);
}
