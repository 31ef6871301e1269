/** @module cli/commands/import — `reverie import <file>`: sessions from a JSONL file into the configured database. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig, ConfigError } from '../../config/index.js';
import { openBackend } from '../../store/index.js';
import { createServices } from '../../app/create-services.js';
import { createImportService, readLines, IMPORT_FORMATS, type ImportFormat, type ImportLine, type ImportSummary } from '../../importing/index.js';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
/** Lines between two progress redraws: often enough to look live, rare enough to cost nothing. */
const BAR_EVERY_LINES = 250;
/** Lines between two plain progress lines when stderr is not a terminal (CI logs, pipes). */
const PLAIN_EVERY_LINES = 10_000;
/** Line numbers listed per skip reason in the text summary. */
const LINES_SHOWN_PER_REASON = 5;

const USAGE = `Usage: reverie import <file> [--agent NAME] [--format ${IMPORT_FORMATS.join('|')}] [--json] [--quiet]

Loads sessions into the configured database (REVERIE_DATA_DIR / DATABASE_URL), idempotently:
re-importing a file adds nothing. One JSON object per line:
  reverie         session records (the dreaming engine's JSONL format)
  anthropic       {"messages":[{"role","content"}], "system"?, "id"?, "metadata"?, "created_at"?}
  openai          {"messages":[{"role","content","tool_calls"?,"tool_call_id"?}], "id"?, "created"?}
  managed-agents  {"session"?: Session, "events":[persisted session events]}
Without --format the first JSON object's shape decides (see docs/importing.md).

Options:
  --agent NAME   file every session under this agent (created if missing);
                 default: the record's "agent", else "imported"
  --format F     the input format (default: detected)
  --json         print the summary as JSON
  --quiet        no progress output`;

/** Output sinks, injectable for tests. */
export interface ImportCliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

const defaultIo: ImportCliIo = { stdout: (t) => process.stdout.write(t), stderr: process.stderr, env: process.env };

function usageError(io: ImportCliIo, message: string): number {
  io.stderr.write(`reverie import: ${message}\n\n${USAGE}\n`);
  return EXIT_USAGE;
}

/**
 * Runs the command; returns the exit code (0 imported, even with skipped lines; 1 failure; 2 usage error).
 * @example const code = await run(['sessions.jsonl', '--agent', 'support', '--json']);
 */
export async function run(argv: string[], io: ImportCliIo = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        agent: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    return usageError(io, err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) return usageError(io, 'missing the file to import');
  if (positionals.length > 1) return usageError(io, `expected one file, got ${positionals.length}: ${positionals.join(' ')}`);
  const file = positionals[0] ?? '';
  if (!existsSync(file) || !statSync(file).isFile()) return usageError(io, `file not found: ${file}`);
  const format = values.format;
  if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    return usageError(io, `--format: unknown format "${format}" (expected one of ${IMPORT_FORMATS.join(', ')})`);
  }
  const agent = values.agent;
  if (agent !== undefined && agent.trim() === '') return usageError(io, '--agent: the agent name is empty');

  let config;
  try {
    config = loadConfig(io.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr.write(`reverie import: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  const backend = await openBackend({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const progress = makeProgress({ io, totalBytes: statSync(file).size, quiet: values.quiet === true });
  try {
    const importer = createImportService(createServices({ backend }));
    const summary = await importer.importSessions({
      lines: progress.track(readLines(createReadStream(file))),
      format: format as ImportFormat | undefined,
      agentName: agent,
      onProgress: progress.update,
    });
    progress.stop();
    io.stdout(values.json ? `${JSON.stringify(summary, null, 2)}\n` : renderSummary(summary, file));
    return 0;
  } catch (err) {
    progress.stop();
    io.stderr.write(`reverie import: failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_FAILURE;
  } finally {
    await backend.close();
  }
}

/** A byte-based bar on a terminal, periodic plain lines otherwise. */
function makeProgress({ io, totalBytes, quiet }: { io: ImportCliIo; totalBytes: number; quiet: boolean }) {
  const tty = io.stderr.isTTY === true;
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr, format: ' importing [{bar}] {percentage}% | {imported} imported, {duplicates} duplicates, {skipped} skipped', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let bytes = 0;
  let started = false;
  return {
    /** Counts bytes as lines pass (the length of each line plus its line break, in UTF-8). */
    async *track(lines: AsyncIterable<ImportLine>): AsyncGenerator<ImportLine> {
      for await (const l of lines) {
        bytes += Buffer.byteLength(l.text) + 1;
        yield l;
      }
    },
    update: (p: { lines: number; imported: number; duplicates: number; skipped: number }): void => {
      if (quiet) return;
      if (!tty) {
        if (p.lines % PLAIN_EVERY_LINES === 0) io.stderr.write(`import: ${p.lines} lines, ${p.imported} imported, ${p.duplicates} duplicates, ${p.skipped} skipped\n`);
        return;
      }
      if (!started) {
        bar.start(Math.max(totalBytes, 1), 0, { imported: 0, duplicates: 0, skipped: 0 });
        started = true;
      }
      if (p.lines % BAR_EVERY_LINES === 0) bar.update(Math.min(bytes, totalBytes), { imported: p.imported, duplicates: p.duplicates, skipped: p.skipped });
    },
    stop: (): void => {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** The human summary: counts, then each skip reason with its first line numbers. */
export function renderSummary(summary: ImportSummary, file: string): string {
  const out = [`Imported ${summary.imported} session${summary.imported === 1 ? '' : 's'} from ${file} (format: ${summary.format ?? 'none detected'}, ${summary.lines} lines)`];
  out.push(`  duplicates: ${summary.duplicates}${summary.duplicates ? ' (already imported; nothing added)' : ''}`);
  out.push(`  skipped: ${summary.skipped_total}`);
  for (const [reason, count] of Object.entries(summary.skipped_by_reason)) {
    const lines = summary.skipped.filter((s) => s.reason === reason).slice(0, LINES_SHOWN_PER_REASON);
    const first = lines[0]?.detail ? ` — e.g. ${lines[0].detail}` : '';
    const where = lines.length ? ` (line${lines.length === 1 ? '' : 's'} ${lines.map((s) => s.line).join(', ')}${count > lines.length ? ', …' : ''})` : '';
    out.push(`    ${reason}: ${count}${where}${first}`);
  }
  return `${out.join('\n')}\n`;
}
