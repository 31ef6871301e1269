/** @module cli/commands/dream — `reverie dream --file sessions.jsonl`: a self-contained dream over a JSONL file. */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { readSessionsJsonl, renderReportText, runDream, type DreamProgress } from '../../dreaming/index.js';

/** Exit code for usage errors (bad flags, missing file), as is customary for CLIs. */
const EXIT_USAGE = 2;
/** Exit code when the dream itself failed. */
const EXIT_FAILURE = 1;
/** Pseudonym key used when no workspace secret is configured: pseudonyms are then stable only per machine user. */
const FALLBACK_SECRET_ENV = 'REVERIE_SECRET';

const USAGE = `Usage: reverie dream --file sessions.jsonl [--json] [--since DATE] [--until DATE] [--agent NAME] [--cap N] [--seed N] [--quiet]

Runs a dream over a JSONL file of session records (one JSON object per line) and prints the report.
  --file PATH       sessions to analyse (required)
  --json            print the full JSON report instead of the readable summary
  --since DATE      only sessions started at or after DATE (ISO 8601)
  --until DATE      only sessions started before DATE
  --agent NAME      only sessions of this agent
  --cap N           analyse at most N sessions (newest first)
  --seed N          seed of the randomised steps (default 1)
  --quiet           no progress bar`;

/** Output sinks, injectable for tests. */
export interface DreamCliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
}

const defaultIo: DreamCliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: process.stderr,
  env: process.env,
};

function usageError(io: DreamCliIo, message: string): number {
  io.stderr.write(`reverie dream: ${message}\n\n${USAGE}\n`);
  return EXIT_USAGE;
}

/**
 * Runs the command; returns the exit code (0 ok, 1 failure, 2 usage error).
 * @example
 * const code = await run(['--file', 'sessions.jsonl', '--json']);
 */
export async function run(argv: string[], io: DreamCliIo = defaultIo): Promise<number> {
  // Without --file, `--agent NAME` means an agent's stored sessions (issue 7's mode).
  const hasFile = argv.some((a) => a === '--file' || a.startsWith('--file='));
  if (!hasFile && argv.some((a) => a === '--agent' || a.startsWith('--agent='))) return (await import('./dream-agent.js')).runAgentDream(argv);
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        file: { type: 'string' },
        json: { type: 'boolean', default: false },
        since: { type: 'string' },
        until: { type: 'string' },
        agent: { type: 'string' },
        cap: { type: 'string' },
        seed: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return usageError(io, err instanceof Error ? err.message : String(err));
  }
  if (values['help']) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const file = values['file'];
  if (typeof file !== 'string' || file === '') return usageError(io, 'missing --file');
  if (!existsSync(file) || !statSync(file).isFile()) return usageError(io, `file not found: ${file}`);
  for (const k of ['since', 'until'] as const) {
    const v = values[k];
    if (typeof v === 'string' && !Number.isFinite(Date.parse(v))) return usageError(io, `--${k}: not a date: ${v}`);
  }
  const ints: Record<'cap' | 'seed', number | undefined> = { cap: undefined, seed: undefined };
  for (const k of ['cap', 'seed'] as const) {
    const v = values[k];
    if (typeof v !== 'string') continue;
    const n = Number(v);
    if (!Number.isInteger(n) || (k === 'cap' && n < 1)) return usageError(io, `--${k}: expected ${k === 'cap' ? 'a positive' : 'an'} integer, got ${v}`);
    ints[k] = n;
  }

  const showBar = !values['quiet'];
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr, format: ' {stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true, },
    cliProgress.Presets.shades_classic,
  );
  let barStage = '';
  const tty = io.stderr.isTTY === true;
  const onProgress = (p: DreamProgress): void => {
    if (!showBar) return;
    if (!tty) {
      // Pipes and CI logs get one line per stage instead of a redrawn bar.
      if (barStage !== p.stage) io.stderr.write(`dream: ${p.stage}…\n`);
      barStage = p.stage;
      return;
    }
    const total = p.total ?? Math.max(p.done, 1);
    if (barStage !== p.stage) {
      if (barStage) bar.stop();
      bar.start(total, p.done, { stage: p.stage.padEnd(10) });
      barStage = p.stage;
    } else {
      bar.setTotal(total);
      bar.update(p.done, { stage: p.stage.padEnd(10) });
    }
  };
  try {
    const report = await runDream({
      sessions: readSessionsJsonl(file),
      secret: io.env[FALLBACK_SECRET_ENV] ?? 'reverie-local-dream',
      options: {
        ...(typeof values['since'] === 'string' ? { since: values['since'] } : {}),
        ...(typeof values['until'] === 'string' ? { until: values['until'] } : {}),
        ...(typeof values['agent'] === 'string' ? { agent: values['agent'] } : {}),
        ...(ints.cap !== undefined ? { cap: ints.cap } : {}),
        ...(ints.seed !== undefined ? { seed: ints.seed } : {}),
        onProgress,
      },
    });
    if (barStage && tty) bar.stop();
    io.stdout(values['json'] ? `${JSON.stringify(report, null, 2)}\n` : renderReportText(report));
    return 0;
  } catch (err) {
    if (barStage && tty) bar.stop();
    io.stderr.write(`reverie dream: failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_FAILURE;
  }
}
