/**
 * @module bench/api — loads a running Reverie on loopback with agent retrieve and list calls
 * (autocannon, 50 connections) and prints requests/s and p50/p99 latency beside a bare Hono server
 * returning the same JSON bytes as a fixed body, with the ratio ours/bare.
 * Run: `node --import tsx bench/api.ts [seconds-per-scenario] [connections]` (default 10 s, 50).
 * Each server runs in its own child process so the load generator does not steal its CPU; each reports
 * its own CPU time, so CPU µs per request is printed too — a figure that holds on a busy machine.
 * Target (issue 3): at least half the bare server's throughput, p99 under 25 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const DEFAULT_SECONDS = 10;
const DEFAULT_CONNECTIONS = 50;
/** The issue's acceptance figures. */
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

const SELF = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------------------------------
// Child processes: `--serve-reverie <dir>` and `--serve-bare <agent-json> <list-json>`.

/** Children answer `'cpu'` on the IPC channel with their CPU time so far (µs). */
function answerCpuQueries(): void {
  process.on('message', (m) => {
    if (m === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send?.(user + system);
    }
  });
}

/** Starts Reverie on a SQLite file in `dir`, seeds agents, prints `{url, agentId}` as one JSON line. */
async function serveReverie(dir: string): Promise<void> {
  const { loadConfig } = await import('../src/config/index.js');
  const { startServer } = await import('../src/app/server.js');
  const { openBackend } = await import('../src/store/index.js');
  const config = loadConfig({ REVERIE_PORT: '0', REVERIE_DATA_DIR: dir, REVERIE_LOG_LEVEL: 'silent' });
  const backend = await openBackend({ dataDir: dir });
  const server = await startServer({ config, adminKey: ADMIN_KEY, backend });
  let agentId = '';
  for (let i = 0; i < SEED_AGENTS; i++) {
    const agent = await server.services.agents.create({
      name: `Bench agent ${i}`,
      model: 'claude-sonnet-5',
      system: 'You are a helpful support agent. Answer briefly and cite the policy you used.',
      tools: [{ type: 'agent_toolset_20260401' }],
      metadata: { team: 'bench', index: String(i) },
    });
    if (i === Math.floor(SEED_AGENTS / 2)) agentId = agent.id;
  }
  answerCpuQueries();
  process.stdout.write(`${JSON.stringify({ url: server.url, agentId })}\n`);
  process.on('SIGTERM', () => {
    void server.close().then(() => backend.close()).finally(() => process.exit(0));
  });
}

/** A bare Hono server: fixed JSON bodies, no middleware — the ceiling for this machine. */
async function serveBare(agentJson: string, listJson: string): Promise<void> {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const agent = JSON.parse(agentJson) as unknown;
  const list = JSON.parse(listJson) as unknown;
  const app = new Hono();
  app.get('/agent', (c) => c.json(agent));
  app.get('/list', (c) => c.json(list));
  answerCpuQueries();
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${info.port}` })}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

// ---------------------------------------------------------------------------------------------------
// Parent: start both servers, load them, print the table.

interface Child {
  readonly proc: ChildProcess;
  readonly info: Record<string, string>;
}

/** Spawns this file with `args` and waits for the JSON line it prints when ready. */
function startChild(args: string[]): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', SELF, ...args], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout! });
    lines.once('line', (line) => resolve({ proc, info: JSON.parse(line) as Record<string, string> }));
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

/** One slice of load on one server, added to its tally. */
async function slice(child: Child, url: string, seconds: number, connections: number, tally: Tally): Promise<void> {
  const headers = { authorization: `Bearer ${ADMIN_KEY}` };
  const cpuBefore = await cpuMicros(child);
  const r = await autocannon({ url, connections, duration: seconds, headers });
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
  sides: { bare: { child: Child; url: string }; ours: { child: Child; url: string } },
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
    await slice(sides.ours.child, sides.ours.url, sliceSeconds, connections, ours);
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
  const dir = mkdtempSync(join(tmpdir(), 'reverie-bench-api-'));
  const children: Child[] = [];
  try {
    console.log(`Seeding ${SEED_AGENTS} agents into a SQLite file in ${dir} …`);
    const reverie = await startChild(['--serve-reverie', dir]);
    children.push(reverie);
    const retrieveUrl = `${reverie.info['url']}/v1/agents/${reverie.info['agentId']}`;
    const listUrl = `${reverie.info['url']}/v1/agents?limit=${LIST_LIMIT}`;
    const auth = { authorization: `Bearer ${ADMIN_KEY}` };
    const agentJson = await (await fetch(retrieveUrl, { headers: auth })).text();
    const listJson = await (await fetch(listUrl, { headers: auth })).text();
    const bare = await startChild(['--serve-bare', agentJson, listJson]);
    children.push(bare);

    const opts = { seconds, connections };
    console.log(
      `Each scenario: ${WARMUP_SECONDS} s warm-up per server, then ${ROUNDS} alternating slices per server ` +
        `(${seconds} s each in total) at ${connections} connections on loopback.\n`,
    );
    const scenarios = [
      { name: 'agent retrieve', ours: retrieveUrl, bare: `${bare.info['url']}/agent`, bytes: agentJson.length },
      { name: `agent list (limit ${LIST_LIMIT})`, ours: listUrl, bare: `${bare.info['url']}/list`, bytes: listJson.length },
    ];
    console.log(row(['scenario', 'req/s', 'p50 ms', 'p99 ms', 'ratio', 'CPU µs/req']));
    let pass = true;
    for (const s of scenarios) {
      const { bare: base, ours } = await compare({ bare: { child: bare, url: s.bare }, ours: { child: reverie, url: s.ours } }, opts);
      const ratio = ours.rps / base.rps;
      const ok = ratio >= TARGET_RATIO && ours.p99 < TARGET_P99_MS && ours.failures === 0;
      pass &&= ok;
      console.log(row([`bare Hono, ${s.name}`, base.rps.toFixed(0), base.p50, base.p99, '1.00', base.cpuPerRequest.toFixed(0)]));
      console.log(
        row([`Reverie, ${s.name}`, ours.rps.toFixed(0), ours.p50, ours.p99, ratio.toFixed(2), ours.cpuPerRequest.toFixed(0)]) +
          `  ${ok ? 'ok' : 'MISS'}  (CPU ratio bare/ours ${(base.cpuPerRequest / ours.cpuPerRequest).toFixed(2)})`,
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

const [mode, a, b] = process.argv.slice(2);
if (mode === '--serve-reverie' && a) await serveReverie(a);
else if (mode === '--serve-bare' && a && b) await serveBare(a, b);
else await main();
