/**
 * @module bench/api — loads a running Reverie on loopback with agent retrieve and list calls
 * (autocannon, 50 connections) and prints requests/s and p50/p99 latency beside a bare Hono server
 * returning the same JSON bytes as a fixed body, with the ratio ours/bare.
 * Run: `node --import tsx bench/api.ts [seconds-per-scenario] [connections]` (default 10 s, 50).
 * Reverie runs as `npm start` runs it: `node <its flags> bin/reverie.js serve` on the compiled `dist/` (rebuilt first
 * when any `src/` file is newer). The bare server runs under plain `node` too, so neither side pays for
 * a TypeScript loader. Each server is its own process, so the load generator does not steal its CPU;
 * each reports its own CPU time, so CPU µs per request is printed too — a figure that holds on a busy
 * machine. Target (issue 3): at least half the bare server's throughput, p99 under 25 ms.
 * A third, informational row repeats the retrieve while the bench updates another agent 100 times a
 * second, so that agent reads cannot be served from the in-memory cache (ADR 0071); the server CPU
 * of those writes counts in its µs/request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { ensureBuilt, startNodeFlags } from './support/reverie-process.js';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const DEFAULT_SECONDS = 10;
const DEFAULT_CONNECTIONS = 50;
/** The acceptance figures. */
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 25;
/** Agents seeded before measuring, so list and retrieve run against a realistic table. */
const SEED_AGENTS = 1_000;
/** Page size the list scenario asks for (the API default). */
const LIST_LIMIT = 20;
const ADMIN_KEY = 'sk-bench-reverie-0123456789abcdef';
/** Short warm-up per scenario so JIT and SQLite page cache are hot before measuring. */
const WARMUP_SECONDS = 2;
/**
 * Each scenario alternates bare and Reverie in this many slices, so a burst of other work on the
 * machine hits both sides alike instead of whichever happened to run then.
 */
const ROUNDS = 5;
/**
 * Agent updates per second sent during the informational "with writes" scenario: about the commit
 * rate of a server running live sessions, which moves SQLite's change generation so agent reads miss
 * the in-memory cache (ADR 0071). It shows the cost of the read path when the cache cannot help.
 */
const BACKGROUND_WRITES_PER_SECOND = 100;

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** What `npm start` runs; it imports `dist/cli/main.js`. */
const BIN = join(ROOT, 'bin', 'reverie.js');
/** What `reverie serve` prints once it accepts connections. */
const LISTENING = /Reverie listening on (\S+)/;

// ---------------------------------------------------------------------------------------------------
// The two servers.

/**
 * Preloaded into both servers (`--import data:…`): answers `'cpu'` on the IPC channel with the process's
 * CPU time so far (µs). The channel is unref'd so it does not keep a stopped server alive.
 */
const CPU_REPORTER = [
  'process.on("message", (m) => { if (m === "cpu") { const u = process.cpuUsage(); process.send(u.user + u.system); } });',
  'process.channel?.unref();',
].join('\n');

/** A bare Hono server: fixed JSON bodies, no middleware — the ceiling for this machine. Plain JS, run with `node -e`. */
const BARE_SERVER = `
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
const [agentJson, listJson] = process.argv.slice(1);
const agent = JSON.parse(agentJson);
const list = JSON.parse(listJson);
const app = new Hono();
app.get('/agent', (c) => c.json(agent));
app.get('/list', (c) => c.json(list));
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  process.stdout.write('bare listening on http://127.0.0.1:' + info.port + '\\n');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

/**
 * Seeds agents into the SQLite file `reverie serve` will open in `dir`; returns the id of one from the
 * middle (read) and of the first (written by the "with writes" scenario).
 */
async function seed(dir: string): Promise<{ readId: string; writeId: string }> {
  const { openBackend } = await import('../src/store/index.js');
  const { createServices } = await import('../src/app/create-services.js');
  const backend = await openBackend({ dataDir: dir });
  const services = createServices({ backend });
  let readId = '';
  let writeId = '';
  for (let i = 0; i < SEED_AGENTS; i++) {
    const agent = await services.agents.create({
      name: `Bench agent ${i}`,
      model: 'claude-sonnet-5',
      system: 'You are a helpful support agent. Answer briefly and cite the policy you used.',
      tools: [{ type: 'agent_toolset_20260401' }],
      metadata: { team: 'bench', index: String(i) },
    });
    if (i === 0) writeId = agent.id;
    if (i === Math.floor(SEED_AGENTS / 2)) readId = agent.id;
  }
  await backend.close();
  return { readId, writeId };
}

// ---------------------------------------------------------------------------------------------------
// Parent: start both servers, load them, print the table.

interface Child {
  readonly proc: ChildProcess;
  readonly info: Record<string, string>;
}

interface ChildSpec {
  readonly args: string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Matches the line the server prints when ready; group 1 is its URL. */
  readonly ready: RegExp;
}

/** Spawns a server with the CPU reporter preloaded and waits for its ready line. */
function startChild({ args, env, ready }: ChildSpec): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(CPU_REPORTER)}`, ...args], {
    cwd: ROOT,
    env: env ?? process.env,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout! });
    lines.on('line', (line) => {
      const url = ready.exec(line)?.[1];
      if (url) resolve({ proc, info: { url } });
    });
    proc.once('exit', (code) => reject(new Error(`server child exited early (code ${code})`)));
  });
}

function cpuMicros(child: Child): Promise<number> {
  return new Promise((resolve) => {
    child.proc.once('message', (m) => resolve(Number(m)));
    child.proc.send('cpu');
  });
}

async function stopChild(child: Child): Promise<void> {
  await new Promise<void>((resolve) => {
    child.proc.once('exit', () => resolve());
    child.proc.kill('SIGTERM');
  });
}

interface CannonResult {
  requests: { average: number; total: number };
  duration: number;
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
// autocannon ships no type declarations; this is the slice of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

interface Figures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly failures: number;
  /** Server CPU time per request, µs. */
  readonly cpuPerRequest: number;
}

interface Tally {
  requests: number;
  seconds: number;
  cpu: number;
  failures: number;
  p50s: number[];
  p99s: number[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Sends agent updates to `url` at `perSecond` until the returned function is called (and awaited). */
function startWriter(url: string, perSecond: number): () => Promise<void> {
  let n = 0;
  const inFlight = new Set<Promise<unknown>>();
  const timer = setInterval(() => {
    const body = JSON.stringify({ metadata: { bench_write: String(n++) } });
    const request = fetch(url, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' }, body })
      .then((r) => r.arrayBuffer())
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  }, 1000 / perSecond);
  return async () => {
    clearInterval(timer);
    await Promise.allSettled([...inFlight]);
  };
}

/** One slice of load on one server, added to its tally; `writesTo` adds background agent updates. */
async function slice(child: Child, url: string, seconds: number, connections: number, tally: Tally, writesTo?: string): Promise<void> {
  const headers = { authorization: `Bearer ${ADMIN_KEY}` };
  const cpuBefore = await cpuMicros(child);
  const stopWriter = writesTo ? startWriter(writesTo, BACKGROUND_WRITES_PER_SECOND) : undefined;
  const r = await autocannon({ url, connections, duration: seconds, headers });
  await stopWriter?.();
  tally.cpu += (await cpuMicros(child)) - cpuBefore;
  tally.requests += r.requests.total;
  tally.seconds += r.duration;
  tally.failures += r.non2xx + r.errors + r.timeouts;
  tally.p50s.push(r.latency.p50);
  tally.p99s.push(r.latency.p99);
}

function figures(t: Tally): Figures {
  return {
    rps: t.requests / t.seconds,
    p50: median(t.p50s),
    p99: median(t.p99s),
    failures: t.failures,
    cpuPerRequest: t.cpu / Math.max(1, t.requests),
  };
}

/** Warms both servers up, then alternates them for `ROUNDS` slices; p50/p99 are medians over slices. */
async function compare(
  sides: { bare: { child: Child; url: string }; ours: { child: Child; url: string; writesTo?: string | undefined } },
  { seconds, connections }: { seconds: number; connections: number },
): Promise<{ bare: Figures; ours: Figures }> {
  const headers = { authorization: `Bearer ${ADMIN_KEY}` };
  await autocannon({ url: sides.bare.url, connections, duration: WARMUP_SECONDS, headers });
  await autocannon({ url: sides.ours.url, connections, duration: WARMUP_SECONDS, headers });
  const bare: Tally = { requests: 0, seconds: 0, cpu: 0, failures: 0, p50s: [], p99s: [] };
  const ours: Tally = { requests: 0, seconds: 0, cpu: 0, failures: 0, p50s: [], p99s: [] };
  const sliceSeconds = Math.max(1, Math.round(seconds / ROUNDS));
  for (let round = 0; round < ROUNDS; round++) {
    await slice(sides.bare.child, sides.bare.url, sliceSeconds, connections, bare);
    await slice(sides.ours.child, sides.ours.url, sliceSeconds, connections, ours, sides.ours.writesTo);
  }
  return { bare: figures(bare), ours: figures(ours) };
}

function row(cells: (string | number)[]): string {
  const widths = [34, 9, 8, 8, 7, 12];
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i] ?? 10))).join(' ');
}

async function main(): Promise<void> {
  const [secondsArg, connectionsArg] = process.argv.slice(2).map(Number);
  const seconds = secondsArg && secondsArg > 0 ? secondsArg : DEFAULT_SECONDS;
  const connections = connectionsArg && connectionsArg > 0 ? connectionsArg : DEFAULT_CONNECTIONS;
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'reverie-bench-api-'));
  const children: Child[] = [];
  try {
    console.log(`Seeding ${SEED_AGENTS} agents into a SQLite file in ${dir} …`);
    const { readId, writeId } = await seed(dir);
    // `BENCH_SERVER_PROFILE_DIR=/tmp/prof` writes a V8 CPU profile of Reverie there when it stops.
    const profileDir = process.env['BENCH_SERVER_PROFILE_DIR'];
    const reverie = await startChild({
      args: [...startNodeFlags(), ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), BIN, 'serve'],
      env: { ...process.env, REVERIE_HOST: '127.0.0.1', REVERIE_PORT: '0', REVERIE_DATA_DIR: dir, REVERIE_API_KEY: ADMIN_KEY },
      ready: LISTENING,
    });
    children.push(reverie);
    const retrieveUrl = `${reverie.info['url']}/v1/agents/${readId}`;
    const listUrl = `${reverie.info['url']}/v1/agents?limit=${LIST_LIMIT}`;
    const auth = { authorization: `Bearer ${ADMIN_KEY}` };
    const agentJson = await (await fetch(retrieveUrl, { headers: auth })).text();
    const listJson = await (await fetch(listUrl, { headers: auth })).text();
    const bare = await startChild({ args: ['--input-type=module', '-e', BARE_SERVER, agentJson, listJson], ready: /bare listening on (\S+)/ });
    children.push(bare);

    const opts = { seconds, connections };
    console.log(
      `Each scenario: ${WARMUP_SECONDS} s warm-up per server, then ${ROUNDS} alternating slices per server ` +
        `(${seconds} s each in total) at ${connections} connections on loopback.\n`,
    );
    const scenarios = [
      { name: 'agent retrieve', ours: retrieveUrl, bare: `${bare.info['url']}/agent`, bytes: agentJson.length },
      { name: `agent list (limit ${LIST_LIMIT})`, ours: listUrl, bare: `${bare.info['url']}/list`, bytes: listJson.length },
      {
        name: `agent retrieve, ${BACKGROUND_WRITES_PER_SECOND} updates/s`,
        ours: retrieveUrl,
        bare: `${bare.info['url']}/agent`,
        bytes: agentJson.length,
        writesTo: `${reverie.info['url']}/v1/agents/${writeId}`,
        informational: true,
      },
    ];
    console.log(row(['scenario', 'req/s', 'p50 ms', 'p99 ms', 'ratio', 'CPU µs/req']));
    let pass = true;
    for (const s of scenarios) {
      const { bare: base, ours } = await compare(
        { bare: { child: bare, url: s.bare }, ours: { child: reverie, url: s.ours, writesTo: s.writesTo } },
        opts,
      );
      const ratio = ours.rps / base.rps;
      const ok = ratio >= TARGET_RATIO && ours.p99 < TARGET_P99_MS && ours.failures === 0;
      if (!s.informational) pass &&= ok;
      console.log(row([`bare Hono, ${s.name}`, base.rps.toFixed(0), base.p50, base.p99, '1.00', base.cpuPerRequest.toFixed(0)]));
      console.log(
        row([`Reverie, ${s.name}`, ours.rps.toFixed(0), ours.p50, ours.p99, ratio.toFixed(2), ours.cpuPerRequest.toFixed(0)]) +
          `  ${s.informational ? '(not a target)' : ok ? 'ok' : 'MISS'}  (CPU ratio bare/ours ${(base.cpuPerRequest / ours.cpuPerRequest).toFixed(2)})`,
      );
      if (ours.failures || base.failures) console.log(`  failures: Reverie ${ours.failures}, bare ${base.failures}`);
      console.log(`  (${s.bytes} bytes per response)`);
    }
    console.log(
      `\nTarget: ratio ≥ ${TARGET_RATIO} and p99 < ${TARGET_P99_MS} ms with no failures — ${pass ? 'met' : 'NOT met'}.` +
        ` Load average now: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs —` +
        ' req/s and latency depend on what else runs; CPU µs/req much less so.',
    );
  } finally {
    for (const child of children) await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
