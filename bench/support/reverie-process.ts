/**
 * @module bench/support/reverie-process — runs Reverie the way `npm start` does (the compiled `dist/`,
 * `node bin/reverie.js serve`, no TypeScript loader) in a child process, so benchmarks measure the
 * product rather than the development loader, and reads its CPU time from `/proc`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** How long `reverie serve` may take to print its URL before the bench gives up. */
const START_TIMEOUT_MS = 30_000;

const BUILT_ENTRY = join(ROOT, 'dist', 'cli', 'main.js');

/** Newest modification time (ms) of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Compiles `src/` into `dist/` (what `npm install` does through `prepare`) when `dist/` is missing or
 * older than `src/`, so a stale build is never measured.
 */
export function ensureBuilt(): void {
  if (existsSync(BUILT_ENTRY) && statSync(BUILT_ENTRY).mtimeMs >= newestMtime(join(ROOT, 'src'))) return;
  console.log('dist/ is older than src/: building (npm run build) …');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal}); fix the type errors first`);
}

/**
 * The Node flags `npm start` gives the server (the words between `node` and `bin/reverie.js` in the
 * `start` script), so the benches run it with exactly those.
 */
export function startNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.trim().split(/\s+/);
  const entry = words.indexOf('bin/reverie.js');
  if (words[0] !== 'node' || entry < 0) throw new Error(`unexpected start script: ${pkg.scripts.start}`);
  return words.slice(1, entry);
}

export interface ReverieProcess {
  readonly url: string;
  readonly pid: number;
  /** User + system CPU seconds the server process has used so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/**
 * Starts `node bin/reverie.js serve` on a free port with the given data directory and admin key
 * (`DATABASE_URL` from `env` selects PostgreSQL) and resolves once it listens.
 */
export async function startReverieProcess({
  dataDir,
  apiKey,
  env = {},
}: {
  dataDir: string;
  apiKey: string;
  env?: Record<string, string>;
}): Promise<ReverieProcess> {
  // `BENCH_SERVER_PROFILE_DIR=/tmp/prof` writes a V8 CPU profile of the server there when it stops.
  const profileDir = process.env['BENCH_SERVER_PROFILE_DIR'];
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...startNodeFlags(), ...nodeArgs, join(ROOT, 'bin', 'reverie.js'), 'serve'], {
    env: { ...process.env, ...env, REVERIE_PORT: '0', REVERIE_HOST: '127.0.0.1', REVERIE_DATA_DIR: dataDir, REVERIE_API_KEY: apiKey },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`reverie serve printed no URL within ${START_TIMEOUT_MS} ms:\n${out}`)), START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`reverie serve exited with ${code}:\n${out}`));
    });
  });
  // Keep draining stdout so a chatty server never blocks on a full pipe.
  child.stdout?.resume();
  const pid = child.pid as number;
  return {
    url,
    pid,
    cpuSeconds: () => processCpuSeconds(pid),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

let ticksPerSecond: number | undefined;

/** utime + stime of a Linux process, in seconds (fields 14 and 15 of `/proc/<pid>/stat`). */
export function processCpuSeconds(pid: number): number {
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}
