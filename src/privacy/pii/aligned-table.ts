/**
 * @module privacy/pii/aligned-table — tables whose columns are aligned with spaces, as reports, crew
 * lists, pick lists and terminal output print them:
 *
 *     NO FAMILY NAME        GIVEN NAMES      RANK   NAT
 *     01 MEHTA             SNEHA            C/O    VNM
 *
 * A header is a line of three or more short cells of letters separated by runs of two or more spaces;
 * its rows are the lines below it up to a blank or unaligned line. A row's cell belongs to the column
 * one of whose header words starts where the cell starts (give or take a character): fixed-width
 * layouts left-align text under its header ("01 MEHTA" sits under "FAMILY" of "NO FAMILY NAME"), so a
 * text column is read exactly; right-aligned numbers and footers ("TOTAL LINES 2   BATCH 7") belong to
 * no column. Knows nothing of names: readers decide what a column holds.
 */

/** One cell of a row: its text and offset in the whole text. */
export interface AlignedCell {
  readonly column: number;
  readonly value: string;
  readonly at: number;
}

/** A table: its header cells (as written) and the cells of each row. */
export interface AlignedTable {
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly AlignedCell[]>;
}

/** Two or more spaces (or a tab) between cells. */
const GAP = /[ \t]{2,}|\t/g;
/** A header cell: letters with inner spaces, slashes, dots, hyphens, apostrophes, "#" or "No." ("SHIP-TO NAME", "DATE OF BIRTH"). */
const HEADER_CELL = /^[#\p{L}][\p{L}\p{M} ./'’()#-]*$/u;
/** Longest header cell: longer ones are prose. */
const MAX_HEADER_CELL = 32;
/** Fewest columns of a table (two columns are as often a label and its value). */
const MIN_COLUMNS = 3;
/** Most rows read under one header. */
const MAX_ROWS = 500;
/** How many characters a cell may start before or after a header word (a shifted value). */
const LEAD_SLACK = 1;
/** A rule line under a header ("-----  ------", "=====").  */
const RULE_LINE = /^[ \t=+|-]+$/;
/** A row number opening the first cell ("01 MEHTA", "3. Ana"): not part of the value. */
const ROW_NUMBER = /^#?\d{1,4}[.)]? (?=\p{L})/u;
/** Cheap gate: some line holds two wide gaps between non-spaces. */
export const TWO_GAPS = /\S[ \t]{2,}\S+(?: \S+)*[ \t]{2,}\S/;

/** Cells of one line split on wide gaps, with their column offsets in the line. */
export function cellsOf(line: string): Array<{ value: string; col: number }> {
  const out: Array<{ value: string; col: number }> = [];
  let start = 0;
  for (const m of line.matchAll(GAP)) {
    if (m.index > start) out.push({ value: line.slice(start, m.index), col: start });
    start = m.index + m[0].length;
  }
  const rest = line.slice(start).trimEnd();
  if (rest) out.push({ value: rest, col: start });
  // Leading indentation makes an empty first slice, skipped above.
  return out.filter((c) => c.value.trim() !== '');
}

/** The header cells of a line, or undefined when it is no header. */
function headerCells(line: string): Array<{ value: string; col: number }> | undefined {
  const cells = cellsOf(line);
  if (cells.length < MIN_COLUMNS) return undefined;
  for (const c of cells) if (c.value.length > MAX_HEADER_CELL || !HEADER_CELL.test(c.value)) return undefined;
  return cells;
}

/** Where each word of each header cell starts, with its column: [offset in the line, column index]. */
function wordStarts(cells: ReadonlyArray<{ value: string; col: number }>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  cells.forEach((c, i) => {
    for (const w of c.value.matchAll(/\S+/g)) out.push([c.col + w.index, i]);
  });
  return out;
}

/** The column one of whose header words starts within {@link LEAD_SLACK} of `col`, or -1. */
function columnAt(starts: ReadonlyArray<[number, number]>, col: number): number {
  for (const [at, column] of starts) if (Math.abs(at - col) <= LEAD_SLACK) return column;
  return -1;
}

/**
 * Every space-aligned table of `text`. Rows with fewer than two cells end a table; a rule line under
 * the header is skipped.
 * @example alignedTables('NAME   CITY   AGE\nAna Ruiz   Lima   40').rows[0][0].value // "Ana Ruiz"
 */
export function alignedTables(text: string): AlignedTable[] {
  if (!TWO_GAPS.test(text)) return [];
  const tables: AlignedTable[] = [];
  const lines = text.split('\n');
  let offset = 0;
  const lineStarts = lines.map((l) => {
    const at = offset;
    offset += l.length + 1;
    return at;
  });
  for (let i = 0; i < lines.length; i++) {
    const header = headerCells(lines[i] ?? '');
    if (!header) continue;
    const starts = wordStarts(header);
    const rows: AlignedCell[][] = [];
    let j = i + 1;
    if (RULE_LINE.test(lines[j] ?? '') && (lines[j] ?? '').trim()) j++;
    for (; j < lines.length && rows.length < MAX_ROWS; j++) {
      const line = lines[j] ?? '';
      const cells = cellsOf(line);
      if (cells.length < 2) break;
      const lineAt = lineStarts[j] ?? 0;
      rows.push(
        cells.map((c, k) => {
          let { value, col } = c;
          const number = k === 0 ? ROW_NUMBER.exec(value) : null;
          if (number) {
            value = value.slice(number[0].length);
            col += number[0].length;
          }
          return { column: columnAt(starts, col), value, at: lineAt + col };
        }),
      );
    }
    if (rows.length > 0) tables.push({ header: header.map((c) => c.value), rows });
    i = j - 1;
  }
  return tables;
}
