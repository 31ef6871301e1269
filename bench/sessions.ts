/**
 * @module bench/sessions — drives concurrent sessions through offline-model turns over SSE with the real
 * SDK and prints turns/s and the p50/p99 time from `events.send` to `session.status_idle`.
 * Run: `node --import tsx bench/sessions.ts [sessions] [turns-per-session]` (default 100 sessions × 5 turns).
 * `DATABASE_URL=postgres://…` benchmarks PostgreSQL instead of a SQLite file in a temp directory.
 * The server runs in a child process (as it would in production), so client and server do not share an
 * event loop; `--in-process` keeps both in one process.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Anthropic from '@anthropic-ai/sdk';
import { loadConfig } from '../src/config/index.js';
import { startServer } from '../src/app/server.js';
import { openBackend } from '../src/store/index.js';

/** Defaults: the acceptance scenario (100 concurrent sessions). */
const DEFAULT_SESSIONS = 100;
const DEFAULT_TURNS = 5;
/** The target for p99 send → idle. */
const TARGET_P99_MS = 100;
/** Sequential no-op requests timed to show what one HTTP round trip costs on this machine. */
const HTTP_FLOOR_SAMPLES = 30;
const ADMIN_KEY = 'sk-bench-reverie-0123456789abcdef';
const SYSTEM = [
  'Refunds are paid back within 5 business days.',
  'Shipping is free on orders over 50 dollars.',
  'Support is open Monday to Friday, 9am to 5pm.',
  'Passwords can be reset from the account settings page.',
].join('\n');
const QUESTIONS = ['How long do refunds take?', 'Is shipping free?', 'When is support open?', 'How do I reset my password?', 'Do you sell gift cards?'];

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Child-process mode: open the database, serve, print the URL, stay up until the parent disconnects. */
async function serveChild(): Promise<void> {
  const dataDir = process.env['BENCH_DATA_DIR'] ?? mkdtempSync(join(tmpdir(), 'reverie-bench-'));
  const databaseUrl = process.env['DATABASE_URL'];
  const config = loadConfig({ REVERIE_PORT: '0', REVERIE_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
  const backend = await openBackend({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const server = await startServer({ config, adminKey: ADMIN_KEY, backend });
  process.send?.({ url: server.url, dialect: backend.capabilities.dialect });
  process.on('disconnect', () => {
    void server.close().then(() => backend.close()).finally(() => process.exit(0));
  });
}

/** Starts the server (child process unless `inProcess`) and returns its URL and a stop function. */
async function startBenchServer(inProcess: boolean, dataDir: string): Promise<{ url: string; dialect: string; stop: () => Promise<void> }> {
  if (inProcess) {
    const databaseUrl = process.env['DATABASE_URL'];
    const config = loadConfig({ REVERIE_PORT: '0', REVERIE_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
    const backend = await openBackend({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    const server = await startServer({ config, adminKey: ADMIN_KEY, backend });
    return { url: server.url, dialect: backend.capabilities.dialect, stop: async () => { await server.close(); await backend.close(); } };
  }
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATA_DIR: dataDir },
  });
  const ready = await new Promise<{ url: string; dialect: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { url: string; dialect: string }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { ...ready, stop: async () => { child.disconnect(); await new Promise((r) => child.once('exit', r)); } };
}

async function main(): Promise<void> {
  const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
  if (flags.has('--serve')) return serveChild();
  const [sessionsArg, turnsArg] = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
  const sessions = Number.isInteger(sessionsArg) && (sessionsArg ?? 0) > 0 ? (sessionsArg as number) : DEFAULT_SESSIONS;
  const turns = Number.isInteger(turnsArg) && (turnsArg ?? 0) > 0 ? (turnsArg as number) : DEFAULT_TURNS;
  const dataDir = mkdtempSync(join(tmpdir(), 'reverie-bench-'));
  const server = await startBenchServer(flags.has('--in-process'), dataDir);
  // One keep-alive pool per client; SSE streams hold a connection each.
  const client = new Anthropic({ apiKey: ADMIN_KEY, baseURL: server.url, maxRetries: 0 });
  try {
    const env = await client.beta.environments.create({ name: 'bench' });
    const agent = await client.beta.agents.create({ name: 'Bench', model: 'reverie-offline', system: SYSTEM });
    const ids = await Promise.all(
      Array.from({ length: sessions }, async () => (await client.beta.sessions.create({ agent: agent.id, environment_id: env.id })).id),
    );
    // The floor: a request that does nothing, on this machine right now.
    const floor: number[] = [];
    for (let i = 0; i < HTTP_FLOOR_SAMPLES; i++) {
      const t0 = performance.now();
      await (await fetch(`${server.url}/health`)).text();
      floor.push(performance.now() - t0);
    }
    floor.sort((a, b) => a - b);
    const latencies: number[] = [];
    let failures = 0;
    const started = performance.now();
    // Elapsed time includes the uncounted warm-up turn, so turns/s counts it too.
    await Promise.all(
      ids.map(async (id, i) => {
        const stream = await client.beta.sessions.events.stream(id);
        const it = stream[Symbol.asyncIterator]();
        // Turn 0 warms up (JIT, connection pool, the stream itself) and is not counted.
        for (let t = -1; t < turns; t++) {
          const text = QUESTIONS[(i + t + 1) % QUESTIONS.length] ?? 'hi';
          const sentAt = performance.now();
          await client.beta.sessions.events.send(id, { events: [{ type: 'user.message', content: [{ type: 'text', text }] }] });
          for (;;) {
            const next = await it.next();
            if (next.done) throw new Error(`stream of ${id} ended early`);
            const event = next.value as { type: string; stop_reason?: { type: string } };
            if (event.type === 'session.status_idle') {
              if (event.stop_reason?.type !== 'end_turn') failures++;
              break;
            }
          }
          if (t >= 0) latencies.push(performance.now() - sentAt);
        }
        stream.controller.abort();
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const dialect = server.dialect;
    console.log(`sessions: ${sessions} concurrent × ${turns} turns on ${dialect} (offline model, real SDK over SSE)`);
    const total = latencies.length + sessions;
    console.log(`  turns: ${total} (${sessions} warm-up) in ${elapsed.toFixed(2)} s → ${(total / elapsed).toFixed(0)} turns/s; ${failures} not end_turn`);
    console.log(
      `  send → status_idle: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${(latencies.at(-1) ?? 0).toFixed(1)} ms ` +
        `(target p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? 'met' : 'NOT met'})`,
    );
    // What the server measured itself (running → idle per turn), free of client and HTTP time.
    const serverP50s: number[] = [];
    for await (const s of client.beta.sessions.list({ limit: 100 })) {
      const outcome = (s as unknown as { reverie?: { outcome?: { latency_ms_p50?: number } } }).reverie?.outcome;
      if (outcome?.latency_ms_p50 !== undefined) serverP50s.push(outcome.latency_ms_p50);
    }
    serverP50s.sort((a, b) => a - b);
    console.log(`  server-side turn time (running → idle), median of per-session p50: ${percentile(serverP50s, 50).toFixed(1)} ms`);
    console.log(`  HTTP floor (GET /health, sequential): p50 ${percentile(floor, 50).toFixed(1)} ms`);
    console.log(`  load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
