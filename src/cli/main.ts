/** @module cli/main — the `reverie` command: dispatches to one module per sub-command. */

/** A sub-command: takes its own argv, returns the process exit code. */
type Command = (argv: string[]) => Promise<number>;

/** Sub-commands are loaded lazily so `reverie serve` does not load the dreaming engine, and vice versa. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  serve: { summary: 'Run the API server (also what `npm start` runs)', load: () => import('./commands/serve.js') },
  topics: { summary: 'Cluster texts from a JSONL file into topics', load: () => import('./commands/topics.js') },
  worker: { summary: 'Run a job worker (dreams) on the configured database', load: () => import('./commands/worker.js') },
  demo: { summary: 'Create a demo agent, import generated sessions, dream, print the insights', load: () => import('./commands/demo.js') },
  insights: { summary: "Print the insights of an agent's latest dream", load: () => import('./commands/insights.js') },
  dream: { summary: 'Dream over sessions from a JSONL file (or a stored agent)', load: () => import('./commands/dream.js') },
  import: { summary: 'Load sessions (records, transcripts, event exports) from a JSONL file', load: () => import('./commands/import.js') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Usage: reverie <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "reverie <command> --help" for a command's options.`;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`reverie: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  const { run } = await command.load();
  return run(rest);
}
