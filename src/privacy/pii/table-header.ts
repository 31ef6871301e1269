/**
 * @module privacy/pii/table-header — the column name of a value in a CSV/TSV/pipe table or an SQL
 * `INSERT … (columns) VALUES (…)` tuple, so that a bare number in a `phone` or `ssn` column gets the
 * cue its header gives it.
 */

/** How far back (UTF-16 units) a header row or an `INSERT … VALUES` may sit before the value. */
const HEADER_WINDOW = 4000;
/** Most rows walked up from the value's row to its table's header. */
const MAX_ROWS = 200;
/** Field delimiters of delimited text, in the order they are tried. */
const DELIMITERS = [',', '\t', ';', '|'] as const;
/** What stands right before a tuple of an `INSERT`: the keyword `VALUES` or the previous tuple. */
const TUPLE_LEAD = /(?:\bvalues|\),)\s*$/i;
/** Characters read before a tuple's `(` to find {@link TUPLE_LEAD}. */
const TUPLE_LEAD_WINDOW = 24;
/** The column list of an `INSERT INTO t (a, b, c) VALUES` statement. */
const INSERT_COLUMNS = /^INSERT\s+INTO\s+[^\s(]+\s*\(([^)]*)\)\s*VALUES\b/i;

/** Delimiters in `s` outside `quote`-quoted stretches. */
function countOutsideQuotes(s: string, delimiter: string, quote: string): number {
  let n = 0;
  let quoted = false;
  for (const c of s) {
    if (c === quote) quoted = !quoted;
    else if (c === delimiter && !quoted) n++;
  }
  return n;
}

/** The `index`-th field of a delimited row (quotes respected), trimmed and lower-cased. */
function fieldAt(row: string, delimiter: string, quote: string, index: number): string | undefined {
  let field = 0;
  let from = 0;
  let quoted = false;
  for (let i = 0; i <= row.length; i++) {
    const c = row[i];
    if (c === quote) quoted = !quoted;
    else if (i === row.length || (c === delimiter && !quoted)) {
      if (field === index) return row.slice(from, i).replace(/["'`[\]]/g, '').trim().toLowerCase();
      field++;
      from = i + 1;
    }
  }
  return undefined;
}

/** A quote or word character: a parenthesis after one is inside a value, not the opening of a tuple. */
const QUOTE_OR_WORD = /['"\w]/;
/** A quoted SQL string literal ('' escapes a quote inside it). */
const SQL_STRING = /'(?:[^'\n]|'')*'/g;

/** The header of the column the value at `start` sits in, when its line is a row of an SQL tuple. */
function sqlColumn(text: string, start: number): string | undefined {
  const windowStart = Math.max(0, start - HEADER_WINDOW);
  // The tuple's own parenthesis, not one inside a quoted value before ours ("'(570) 317-2303'").
  let open = text.lastIndexOf('(', start - 1);
  while (open > windowStart && QUOTE_OR_WORD.test(text[open - 1] ?? '')) open = text.lastIndexOf('(', open - 1);
  if (open < windowStart) return undefined;
  const inTuple = text.slice(open + 1, start);
  const unquoted = inTuple.replace(SQL_STRING, "''");
  if (unquoted.includes(')') || unquoted.includes('\n')) return undefined;
  // A tuple follows VALUES or the previous tuple ("…), (…").
  if (!TUPLE_LEAD.test(text.slice(Math.max(windowStart, open - TUPLE_LEAD_WINDOW), open))) return undefined;
  const statement = text.slice(windowStart, open);
  const insert = Math.max(statement.lastIndexOf('INSERT'), statement.lastIndexOf('insert'));
  if (insert < 0) return undefined;
  const m = INSERT_COLUMNS.exec(statement.slice(insert));
  if (!m?.[1]) return undefined;
  return fieldAt(m[1], ',', '"', countOutsideQuotes(inTuple, ',', "'"));
}

/** A digit: data rows have them, header lines seldom. */
const DIGIT = /\d/;

/** Delimiters between a row's fields, not counting one that closes the row (SQL tuples end in "),", the last in ");"). */
function fieldCount(row: string, delimiter: string): number {
  const n = countOutsideQuotes(row, delimiter, '"');
  return row.trimEnd().endsWith(delimiter) ? n - 1 : n;
}

/** The header of the column the value at `start` sits in, when its line is a row of delimited text. */
function delimitedColumn(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prefix = text.slice(lineStart, start);
  // A tab or pipe separates columns wherever it stands; commas may be inside a TSV cell ("May 3, 1951").
  const lineEnd = text.indexOf('\n', start);
  // A value opening its row (maybe after its quote) is in the first column: the rest of the row names the delimiter.
  const seen = /^[ \t"]*$/.test(prefix) ? text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd) : prefix;
  const delimiter = seen.includes('\t') ? '\t' : seen.includes('|') ? '|' : DELIMITERS.find((d) => seen.includes(d));
  if (!delimiter) return undefined;
  const index = countOutsideQuotes(prefix, delimiter, '"');
  const fields = fieldCount(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd), delimiter);
  // Walk up the block: the rows above that hold the delimiter, up to a blank or fence line.
  const above: number[] = [];
  let rowStart = lineStart;
  const floor = Math.max(0, start - HEADER_WINDOW);
  for (let rows = 0; rows < MAX_ROWS && rowStart > floor; rows++) {
    const prevStart = text.lastIndexOf('\n', rowStart - 2) + 1;
    const prev = text.slice(prevStart, rowStart - 1);
    if (!prev.includes(delimiter) || prev.trimStart().startsWith('```')) break;
    above.push(prevStart);
    rowStart = prevStart;
  }
  // The header is the topmost of them with as many fields as the row: a line of prose above it that
  // happens to hold the delimiter ("User: here they are, can you …?") is skipped. When none has, the
  // row holds the delimiter inside a later cell ("…,528270393,June 19, 1971"): then the topmost line
  // without digits that has the value's column and fewer fields is the header. Column names seldom
  // hold digits, so a line without them is preferred either way.
  const lines = above.map((at) => text.slice(at, text.indexOf('\n', at))).reverse();
  const count = (h: string): number => fieldCount(h, delimiter);
  const header =
    lines.find((h) => !DIGIT.test(h) && count(h) === fields) ??
    lines.find((h) => !DIGIT.test(h) && count(h) >= index && count(h) < fields) ??
    lines.find((h) => count(h) === fields);
  return header === undefined ? undefined : fieldAt(header, delimiter, '"', index);
}

/**
 * The lower-cased name of the column that the value at `start` belongs to, in a delimited table (CSV,
 * TSV, `;` or `|` separated, header on the block's first row) or an SQL `INSERT … VALUES` tuple, or
 * undefined when the value is not in such a table.
 * @example
 * columnHeader('name,ssn\nAna,123456789', 13) // 'ssn'
 */
export function columnHeader(text: string, start: number): string | undefined {
  return sqlColumn(text, start) ?? delimitedColumn(text, start);
}

/** A key–value row up to its value: "| SSN   | ", "SSN | ", "| Date of birth |\t" (the label cell, then one `|`). */
const ROW_LABEL = /^[\t ]*\|?[\t ]*([^|\n]{1,40}?)[\t ]*\|[\t ]*$/;

/**
 * The lower-cased label of a two-column key–value table row (Markdown or ASCII, "| SSN | 123… |") when
 * the value at `start` is the first thing in the row's second cell, however wide the label column is
 * padded; undefined otherwise.
 * @example
 * rowLabel('| SSN      | 123456789 |', 13) // 'ssn'
 */
export function rowLabel(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const m = ROW_LABEL.exec(text.slice(lineStart, start));
  return m?.[1]?.toLowerCase();
}
