/**
 * @module privacy/pii/name-columns — the other names of a column of names in a table without a header
 * (rotas, contact sheets, sign-in lists aligned with spaces):
 *
 *     Mon-Fri 06:56-20:22  Reza            031-308 93 63   Loader
 *     Mon-Fri 17:28-18:29  Maja Lindqvist  +46 71 405 67 87  Checker
 *     Sun-Thu 17:46-13:06  ji-hoon jung    +82 2-2829-8146  Picker
 *
 * When most cells of one column of such a block are names the rules found, the column holds names,
 * and its other cells of name shape are names too ("ji-hoon jung", typed in lower case, is found by no
 * other rule). Applied by the runner after every detector (twenty-sixth round, ADR 0011).
 */
import { cellsOf, TWO_GAPS } from './aligned-table.js';
import { givenNameClass } from './given-name.js';
import { NON_NAME_WORDS, SURNAMES } from './name-lexicon.js';
import { spanAt, type PiiSpan } from './types.js';
import type { WordLexicon } from './word-lexicon.js';

/** Fewest rows of a block. */
const MIN_ROWS = 3;
/** Fewest cells of a row: a label and a value are no table. */
const MIN_CELLS = 3;
/** Share of a column's cells that must be found names for the column to be one of names. */
const NAMED_SHARE = 0.5;
/** A cell of name shape: one to four words of letters. */
const NAME_CELL = /^[\p{L}][\p{L}\p{M}'’.-]*(?:[ \t][\p{L}][\p{L}\p{M}'’.-]*){0,3}$/u;

interface Row {
  readonly cells: ReadonlyArray<{ value: string; at: number }>;
}

/** True when a cell's words read as a name: every word a listed name or no everyday word ("by Zapier integration user" is none). */
function nameShaped(value: string, lexicon: WordLexicon): boolean {
  if (!NAME_CELL.test(value)) return false;
  const words = value.split(/[ \t]/);
  const titled = words.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase());
  if (titled.some((w) => NON_NAME_WORDS.has(w))) return false;
  return titled.every((w) => SURNAMES.has(w) || givenNameClass(w, lexicon) !== 'none' || !lexicon.isCommonWord(w.toLowerCase()));
}

/** Blocks of consecutive lines with the same number of cells (three or more), as rows of cells. */
function blocks(text: string): Row[][] {
  const out: Row[][] = [];
  let block: Row[] = [];
  let width = 0;
  let offset = 0;
  const close = (): void => {
    if (block.length >= MIN_ROWS) out.push(block);
    block = [];
  };
  for (const line of text.split('\n')) {
    const cells = cellsOf(line).map((c) => ({ value: c.value.trim(), at: offset + c.col }));
    offset += line.length + 1;
    if (cells.length < MIN_CELLS || (block.length > 0 && cells.length !== width)) close();
    if (cells.length >= MIN_CELLS) {
      width = cells.length;
      block.push({ cells });
    }
  }
  close();
  return out;
}

/**
 * The spans with the other name-shaped cells of every column of names added as PERSON spans (see the
 * module comment).
 * @example
 * withNameColumns(rota, spans, lexicon) // adds "ji-hoon jung" beside "Reza" and "Maja Lindqvist"
 */
export function withNameColumns(text: string, spans: PiiSpan[], lexicon: WordLexicon): PiiSpan[] {
  if (!TWO_GAPS.test(text) || !spans.some((s) => s.type === 'PERSON')) return spans;
  let out = spans;
  const covered = (a: number, b: number): PiiSpan | undefined => spans.find((s) => s.start < b && a < s.end);
  for (const rows of blocks(text)) {
    const width = rows[0]?.cells.length ?? 0;
    for (let col = 0; col < width; col++) {
      const cells = rows.map((r) => r.cells[col]).filter((c) => c !== undefined);
      const named = cells.filter((c) => covered(c.at, c.at + c.value.length)?.type === 'PERSON').length;
      if (named < 2 || named < cells.length * NAMED_SHARE) continue;
      for (const c of cells) {
        if (covered(c.at, c.at + c.value.length) || !nameShaped(c.value, lexicon)) continue;
        out = [...out, spanAt('PERSON', text, c.at, c.at + c.value.length)];
      }
    }
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}
