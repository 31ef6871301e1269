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
 * other rule). Applied by the runner after every detector (twenty-sixth round, ADR 0011). The
 * forty-first round reads delimited exports the same way (CSV, `;`, `|` or tab rows of equal width):
 * "林静" in a column of found names, or "佐藤/健" in airline form, is a name there too.
 */
import { cellsOf, TWO_GAPS } from './aligned-table.js';
import { givenNameClass } from './given-name.js';
import { NON_NAME_WORDS, SURNAMES } from './name-lexicon.js';
import { organisationClosesSpan, organisationEnd } from './org-context.js';
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
/** An airline-style cell, family name and given name around a slash ("Moreau/Claire", "佐藤/健"). */
const SLASHED_CELL = /^[\p{L}][\p{L}\p{M}'’.-]*(?: [\p{L}][\p{L}\p{M}'’.-]*)?\/[\p{L}][\p{L}\p{M}'’.-]*(?: [\p{L}][\p{L}\p{M}'’.-]*)?$/u;
/** Delimiters of delimited rows, in the order they are tried. */
const DELIMITERS = [';', '|', '\t', ','] as const;
/** Cheap gate for delimited rows: some delimiter. */
const DELIMITER_GATE = /[;|\t,]/;

interface Row {
  readonly cells: ReadonlyArray<{ value: string; at: number }>;
}

/** A block's rows and, for a delimited export, its header cells (empty when it has none). */
interface Block {
  readonly rows: Row[];
  readonly header: readonly string[];
}

/**
 * A header cell naming people: a guest, passenger, customer or payee column, a name column in the
 * languages of the name labels. A delimited export's column is read only under such a header (a
 * "warehouse" column of "Denver" or a "product" column of "Nobel Active" is no column of names).
 */
const PERSON_HEADER = /name|guest|passenger|pax|traveller|traveler|customer|client|payee|payer|contact|driver|person|patient|student|pupil|member|employee|staff|owner|holder|recipient|sender|beneficiary|nom|nombre|nome|naam|imię|nazwisko|名|이름|성명|姓/i;
/** Header words that make a name column one of things ("product name", "company", "item_name"). */
const THING_HEADER = /product|item|company|business|firm|brand|file|host|user ?name|domain|street|city|place|venue|hotel|project|app|device|server|branch|plan|model|event|team|group|bank|pet|ship|vessel|store|shop|school|supplier|vendor|merchant|org/i;

/** True when a cell's words read as a name: every word a listed name or no everyday word ("by Zapier integration user" is none). */
function nameShaped(value: string, lexicon: WordLexicon): boolean {
  // A lone Latin letter is no name part ("N/A"); a lone Han character is a given name ("佐藤/健").
  if (SLASHED_CELL.test(value)) return value.split('/').every((part) => nameShaped(part, lexicon) && (part.length >= 2 || !/[A-Za-z]/.test(part)));
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

/** Cells of a delimited row split on `delimiter` outside double quotes, trimmed and unquoted, with offsets. */
function delimitedCells(line: string, offset: number, delimiter: string): Row['cells'] {
  const cells: Array<{ value: string; at: number }> = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    if (i < line.length && (quoted || c !== delimiter)) continue;
    const raw = line.slice(start, i);
    const lead = raw.length - raw.trimStart().length;
    let value = raw.trim();
    let at = offset + start + lead;
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
      value = value.slice(1, -1).trim();
      at += 1;
    }
    cells.push({ value, at });
    start = i + 1;
  }
  return cells;
}

/**
 * Blocks of three or more consecutive delimited rows (CSV, `;`, `|` or tab separated) with the same
 * number of cells, three or more: an export's columns, as {@link blocks} reads aligned ones.
 */
function delimitedBlocks(text: string): Block[] {
  const out: Block[] = [];
  let block: Row[] = [];
  let key = '';
  const close = (): void => {
    // A first row without digits is the header ("COGNOME;NOME;DATA NASCITA"): its cells name columns.
    const header = block.length > 0 && !block[0]?.cells.some((c) => /\d/.test(c.value)) ? (block.shift()?.cells.map((c) => c.value) ?? []) : [];
    if (block.length >= MIN_ROWS) out.push({ rows: block, header });
    block = [];
    key = '';
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    const delimiter = DELIMITERS.find((d) => line.includes(d));
    const cells = delimiter === undefined ? [] : delimitedCells(line, offset, delimiter);
    offset += line.length + 1;
    const lineKey = cells.length >= MIN_CELLS ? `${delimiter}${cells.length}` : '';
    if (lineKey !== key) close();
    if (lineKey) {
      key = lineKey;
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
  const aligned = TWO_GAPS.test(text);
  if (!(aligned || DELIMITER_GATE.test(text)) || !spans.some((s) => s.type === 'PERSON')) return spans;
  let out = spans;
  const covered = (a: number, b: number): PiiSpan | undefined => spans.find((s) => s.start < b && a < s.end);
  const all: Block[] = [...(aligned ? blocks(text).map((rows) => ({ rows, header: [] })) : []), ...delimitedBlocks(text)];
  for (const { rows, header } of all) {
    const width = rows[0]?.cells.length ?? 0;
    for (let col = 0; col < width; col++) {
      const head = header[col];
      if (head !== undefined && (!PERSON_HEADER.test(head) || THING_HEADER.test(head))) continue;
      const cells = rows.map((r) => r.cells[col]).filter((c) => c !== undefined);
      const named = cells.filter((c) => covered(c.at, c.at + c.value.length)?.type === 'PERSON').length;
      if (named < 2 || named < cells.length * NAMED_SHARE) continue;
      for (const c of cells) {
        if (covered(c.at, c.at + c.value.length) || !nameShaped(c.value, lexicon)) continue;
        // A payee column holds people and firms ("Stadtwerke Kiel", "Ergo Versicherung", "Aldi Dienstleistung").
        const first = c.value.split(/[ \t]/)[0] ?? '';
        if (organisationClosesSpan(text, c.at, c.at + c.value.length) || organisationEnd(text, c.at, first) > c.at) continue;
        out = [...out, spanAt('PERSON', text, c.at, c.at + c.value.length)];
      }
    }
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}
