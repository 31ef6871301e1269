/** @module cli/commands/topics — `reverie topics`: cluster the texts of a JSONL file into labelled topics. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { clusterTexts } from '../../dreaming/topics.js';
import type { TopicClustering } from '../../dreaming/topics.js';
import { safeParseJSON } from '../../shared/json.js';

/** Exit code for bad flags or an unreadable input file (the usual "usage error" code). */
const EXIT_USAGE = 2;
/** Characters of the first quote shown per row of the table. */
const QUOTE_WIDTH = 60;

const USAGE = `usage: reverie topics --file texts.jsonl [--field text] [--k N] [--seed N] [--method graph|kmeans] [--json]

Clusters the string field of each JSON line into topics. Invalid lines are reported on stderr and skipped.
  --file    JSONL input, one object per line (required)
  --field   name of the text field (default: text)
  --k       number of topics (default: chosen by modularity)
  --seed    random seed (default: 0)
  --method  graph (default) or kmeans
  --json    print {clusters, assignments, k, criterion} as JSON; assignments[i] is the cluster of line i+1
            (null for skipped lines), members are 0-based line indices`;

/** Output streams, injectable for tests. */
export interface CliIo {
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
}

/**
 * Runs `reverie topics` and resolves to the process exit code (0 ok, 2 usage error or missing file).
 * @example
 * process.exitCode = await run(['--file', 'texts.jsonl', '--k', '8', '--json']);
 */
export async function run(argv: string[], io: CliIo = process): Promise<number> {
  let values: { file?: string; field?: string; k?: string; seed?: string; method?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        file: { type: 'string' },
        field: { type: 'string', default: 'text' },
        k: { type: 'string' },
        seed: { type: 'string', default: '0' },
        method: { type: 'string', default: 'graph' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    return usageError(io, (err as Error).message);
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.file) return usageError(io, 'missing required flag --file');
  const k = values.k === undefined ? undefined : parseCount(values.k);
  if (k === null) return usageError(io, `--k must be a positive integer, got "${values.k}"`);
  const seed = parseCount(values.seed ?? '0', true);
  if (seed === null) return usageError(io, `--seed must be a non-negative integer, got "${values.seed}"`);
  if (values.method !== 'graph' && values.method !== 'kmeans') {
    return usageError(io, `--method must be graph or kmeans, got "${values.method}"`);
  }
  let content: string;
  try {
    content = await readFile(values.file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : (err as Error).message;
    io.stderr.write(`reverie topics: cannot read ${values.file}: ${why}\n`);
    return EXIT_USAGE;
  }
  const field = values.field ?? 'text';
  const { texts, lineOf, lineCount } = readTexts({ content, field, io });
  const result = clusterTexts({ texts, seed, method: values.method, ...(k === undefined ? {} : { k }) });
  if (values.json) io.stdout.write(`${JSON.stringify(toLines({ result, lineOf, lineCount }))}\n`);
  else io.stdout.write(table(result, texts.length));
  return 0;
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`reverie topics: ${message}\n${USAGE}\n`);
  return EXIT_USAGE;
}

/** Parses a positive (or, with `allowZero`, non-negative) integer; null when invalid. */
function parseCount(s: string, allowZero = false): number | null {
  if (!/^\d+$/.test(s)) return null;
  const v = Number(s);
  return Number.isSafeInteger(v) && (allowZero || v > 0) ? v : null;
}

function readTexts({ content, field, io }: { content: string; field: string; io: CliIo }): {
  texts: string[];
  lineOf: number[];
  lineCount: number;
} {
  const lines = content.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const texts: string[] = [];
  const lineOf: number[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = safeParseJSON(line);
    if (!parsed.success) {
      io.stderr.write(`line ${i + 1}: invalid JSON (${parsed.error.message}), skipped\n`);
      return;
    }
    const v = parsed.value;
    const text = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[field] : undefined;
    if (typeof text !== 'string') {
      io.stderr.write(`line ${i + 1}: no string field "${field}", skipped\n`);
      return;
    }
    texts.push(text);
    lineOf.push(i);
  });
  return { texts, lineOf, lineCount: lines.length };
}

function toLines({
  result,
  lineOf,
  lineCount,
}: {
  result: TopicClustering;
  lineOf: number[];
  lineCount: number;
}): object {
  const assignments: Array<number | null> = Array.from({ length: lineCount }, () => null);
  result.assignments.forEach((c, i) => (assignments[lineOf[i]!] = c));
  return {
    clusters: result.clusters.map((c) => ({
      id: c.id,
      label: c.label,
      terms: c.terms,
      size: c.size,
      members: c.members.map((m) => lineOf[m]!),
      quotes: c.quotes,
    })),
    assignments,
    k: result.k,
    criterion: result.criterion,
  };
}

function table(result: TopicClustering, total: number): string {
  const rows = result.clusters.map((c) => [
    String(c.id),
    String(c.size),
    c.label,
    truncate(c.quotes[0] ?? '', QUOTE_WIDTH),
  ]);
  const header = ['id', 'size', 'label', 'example'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [
    `${result.k} topics over ${total} texts (${result.criterion})`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  return `${out.join('\n')}\n`;
}

function truncate(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}
