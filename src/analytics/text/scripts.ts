/**
 * @module analytics/text/scripts — writing systems that do not put spaces between words (Chinese,
 * Japanese, Thai, Lao, Khmer, Myanmar) and the script a token is written in.
 *
 * A word regex sees a whole clause of such text as one "word", so topic features, labels and language
 * guesses are useless on it. Dictionary segmenters need per-language data we do not ship; overlapping
 * character bigrams are the standard dictionary-free substitute (Lucene's CJKBigramFilter, the
 * Elasticsearch `cjk` analyzer) and work well for retrieval and clustering.
 */

/** Characters of the unspaced scripts: Thai, Lao, Myanmar, Khmer, kana, CJK ideographs (incl. ext. A and compatibility). */
const UNSPACED_RE = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u;
/** Runs of unspaced-script characters, or runs of anything else. */
const RUN_RE = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+|[^\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+/gu;
/** Combining marks (Thai vowels and tones, Myanmar and Khmer signs) belong to the character before them. */
const MARK_RE = /\p{M}/u;

/** True when `text` holds any character of a script written without spaces (one regex test). */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED_RE.test(text);
}

/**
 * Splits one word token into overlapping character bigrams where it is written in an unspaced script,
 * keeping runs of other characters (Latin, digits) whole. A run of one character is kept as it is.
 * Combining marks stay attached to their base character.
 * @example
 * segmentUnspaced('银行卡丢了'); // ['银行', '行卡', '卡丢', '丢了']
 * segmentUnspaced('密码123'); // ['密码', '123']
 */
export function segmentUnspaced(token: string): string[] {
  if (!UNSPACED_RE.test(token)) return [token];
  const out: string[] = [];
  for (const m of token.matchAll(RUN_RE)) {
    const run = m[0];
    if (!UNSPACED_RE.test(run)) {
      out.push(run);
      continue;
    }
    const chars = graphemes(run);
    if (chars.length === 1) out.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/**
 * Joins a word n-gram of overlapping bigrams back into the text it came from, for display; other terms
 * are returned unchanged.
 * @example
 * joinBigramTerm('银行 行卡'); // '银行卡'
 * joinBigramTerm('lost card'); // 'lost card'
 */
export function joinBigramTerm(term: string): string {
  if (!UNSPACED_RE.test(term)) return term;
  const parts = term.split(' ');
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    const last = [...out].at(-1);
    const first = [...p][0];
    out = last !== undefined && last === first && UNSPACED_RE.test(p) ? out + p.slice(first.length) : `${out} ${p}`;
  }
  return out;
}

/** Base characters with their combining marks (a cheap grapheme split, enough for these scripts). */
function graphemes(run: string): string[] {
  const out: string[] = [];
  for (const ch of run) {
    if (out.length > 0 && MARK_RE.test(ch)) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

/** Scripts {@link scriptOf} tells apart. */
export type Script =
  | 'latin'
  | 'han'
  | 'kana'
  | 'hangul'
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'hebrew'
  | 'thai'
  | 'devanagari'
  | 'other';

const SCRIPT_TESTS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
];

/** The first script of this list found in a token (`other` for digits-only tokens and scripts not listed). */
export function scriptOf(token: string): Script {
  for (const [script, re] of SCRIPT_TESTS) if (re.test(token)) return script;
  return 'other';
}
