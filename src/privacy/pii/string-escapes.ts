/**
 * @module privacy/pii/string-escapes — reads the escapes of JSON and log strings (`\n`, `\t`, `\r`, `\"`)
 * as the characters they stand for, so that detectors see the lines of a CSV file, a log or an address
 * that a tool result or an exported session carries inside one quoted string.
 *
 * The copy has the same length as the text (each two-character escape becomes the character it stands
 * for and a space), so every span found on it holds on the original, as with native digits.
 */

/** Char code of the backslash. */
const BACKSLASH = 92;
/** Char codes of the letters of the escapes read here: n, t, r, and the double quote. */
const N = 110;
const T = 116;
const R = 114;
const QUOTE = 34;

/** Cheap pre-check: a backslash before n, t, r or a quote (most texts have none). */
const ESCAPE_HINT = /\\[ntr"]/;

/** True when `text` holds an escape this module reads. */
export function hasStringEscapes(text: string): boolean {
  return ESCAPE_HINT.test(text);
}

/** What may follow a closing quote in JSON or a log line: the quote then keeps its place before the space. */
const AFTER_CLOSING_QUOTE = /[\s,:;}\])\\]/;

/**
 * The two characters an escape at `i` becomes, or undefined when it is not one read here. A space
 * stands before a line break or tab; a quote sits next to the value it opens or closes (` "Ana` and
 * `Ana" ,`), so that keys and values read as in unescaped JSON.
 */
function replacement(text: string, i: number): string | undefined {
  const code = text.charCodeAt(i + 1);
  if (code === N) return ' \n';
  if (code === T) return ' \t';
  if (code === R) return ' \r';
  if (code !== QUOTE) return undefined;
  const after = text[i + 2];
  return after === undefined || AFTER_CLOSING_QUOTE.test(after) ? '" ' : ' "';
}

/**
 * `text` with each `\n`, `\t`, `\r` and `\"` replaced by the character it stands for beside a space (same
 * length, same offsets; see {@link replacement}). An escaped backslash (`\\`) is kept, so "C:\\new" keeps its "n".
 * @example
 * readStringEscapes('a,b\\n10.0.0.1') // 'a,b \n10.0.0.1'
 */
export function readStringEscapes(text: string): string {
  let out = '';
  let from = 0;
  for (let i = text.indexOf('\\'); i >= 0 && i < text.length - 1; i = text.indexOf('\\', i)) {
    const next = text.charCodeAt(i + 1);
    if (next === BACKSLASH) {
      i += 2;
      continue;
    }
    const two = replacement(text, i);
    if (two !== undefined) {
      out += text.slice(from, i) + two;
      from = i + 2;
    }
    i += 2;
  }
  return out + text.slice(from);
}
