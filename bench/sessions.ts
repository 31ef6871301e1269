/**
 * @module bench/sessions — 100 concurrent sessions driven through offline-model turns over SSE with the
 * real SDK; prints turns/s and the p50/p99 time from `events.send` to `session.status_idle`.
 *
 * The server is the product as `npm start` runs it (compiled `dist/`, its own process); the SDK client
 * runs here. Every session opens its stream and finishes one warm-up turn before anything is measured
 * (all sessions wait for each other), so connection set-up is not counted. Then two phases:
 *
 * - **live**: every session is a user who reads the reply, thinks for 0.5–1.5 × `--think-ms` (seeded,
 *   default 1 s) and sends the next message — 100 conversations at once, the scenario.
 * - **saturated**: the same sessions send their next message the instant the last turn goes idle. This is
 *   a closed loop, so latency ≈ sessions ÷ throughput (Little's law): it measures capacity, and the
 *   CPU per turn of each side shows where that capacity goes on this machine's cores.
 *
 * Run: `node --import tsx bench/sessions.ts [--sessions 100] [--turns 10] [--think-ms 1000]` (it compiles
 * `src/` to `dist/` first when `dist/` is older).
 * `DATABASE_URL=postgres://…` benchmarks PostgreSQL instead of a SQLite file in a temp directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Anthropic from '@anthropic-ai/sdk';
import { ensureBuilt, startReverieProcess, type ReverieProcess } from './support/reverie-process.js';

/** The target for p99 send → idle. */
const TARGET_P99_MS = 100;
/** Sequential no-op requests timed to show what one HTTP round trip costs on this machine. */
const HTTP_FLOOR_SAMPLES = 30;
/** Seed of the think-time generator, so two runs offer the same load. */
const THINK_SEED = 7;
const ADMIN_KEY = 'sk-bench-reverie-0123456789abcdef';
const SYSTEM = [
  'Refunds are paid back within 5 business days.',
  'Shipping is free on orders over 50 dollars.',
  'Support is open Monday to Friday, 9am to 5pm.',
  'Passwords can be reset from the account settings page.',
].join('\n');
const QUESTIONS = ['How long do refunds take?', 'Is shipping free?', 'When is support open?', 'How do I reset my password?', 'Do you sell gift cards?'];

type Stream = AsyncIterator<unknown>;

interface PhaseResult {
  readonly name: string;
  readonly latencies: number[];
  readonly seconds: number;
  readonly failures: number;
  readonly serverCpuS: number;
  readonly clientCpuS: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** mulberry32: a small seeded PRNG, so think times repeat across runs. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one message and reads the session's stream until `session.status_idle`; returns ms and whether it ended the turn. */
async function turn(client: Anthropic, id: string, stream: Stream, text: string): Promise<{ ms: number; endTurn: boolean }> {
  const sentAt = performance.now();
  await client.beta.sessions.events.send(id, { events: [{ type: 'user.message', content: [{ type: 'text', text }] }] });
  for (;;) {
    const next = await stream.next();
    if (next.done) throw new Error(`stream of ${id} ended early`);
    const event = next.value as { type: string; stop_reason?: { type: string } };
    if (event.type === 'session.status_idle') return { ms: performance.now() - sentAt, endTurn: event.stop_reason?.type === 'end_turn' };
  }
}

async function runPhase({
  name,
  client,
  server,
  sessions,
  turns,
  think,
}: {
  name: string;
  client: Anthropic;
  server: ReverieProcess;
  sessions: readonly { id: string; stream: Stream }[];
  turns: number;
  /** Milliseconds to wait before each turn (0 = closed loop). */
  think: () => number;
}): Promise<PhaseResult> {
  const latencies: number[] = [];
  let failures = 0;
  const server0 = server.cpuSeconds();
  const client0 = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    sessions.map(async ({ id, stream }, i) => {
      for (let t = 0; t < turns; t++) {
        const pause = think();
        if (pause > 0) await sleep(pause);
        const { ms, endTurn } = await turn(client, id, stream, QUESTIONS[(i + t) % QUESTIONS.length] ?? 'hi');
        latencies.push(ms);
        if (!endTurn) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const client1 = process.cpuUsage(client0);
  latencies.sort((a, b) => a - b);
  return { name, latencies, seconds, failures, serverCpuS: server.cpuSeconds() - server0, clientCpuS: (client1.user + client1.system) / 1e6 };
}

function report(r: PhaseResult): void {
  const n = r.latencies.length;
  const p99 = percentile(r.latencies, 99);
  console.log(
    `  ${r.name}: ${n} turns in ${r.seconds.toFixed(2)} s → ${(n / r.seconds).toFixed(0)} turns/s; ` +
      `send → status_idle p50 ${percentile(r.latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${(r.latencies.at(-1) ?? 0).toFixed(1)} ms; ` +
      `${r.failures} not end_turn`,
  );
  console.log(
    `    CPU per turn: server ${((r.serverCpuS * 1000) / n).toFixed(2)} ms, SDK client ${((r.clientCpuS * 1000) / n).toFixed(2)} ms ` +
      `(target p99 < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? 'met' : 'NOT met'})`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string', default: '100' },
      turns: { type: 'string', default: '10' },
      'think-ms': { type: 'string', default: '1000' },
    },
  });
  const count = Number(values.sessions);
  const turns = Number(values.turns);
  const thinkMs = Number(values['think-ms']);
  if (![count, turns].every((n) => Number.isInteger(n) && n > 0) || !(thinkMs >= 0)) throw new Error('--sessions and --turns must be positive integers, --think-ms ≥ 0');

  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'reverie-bench-'));
  const databaseUrl = process.env['DATABASE_URL'];
  const server = await startReverieProcess({ dataDir, apiKey: ADMIN_KEY, env: databaseUrl ? { DATABASE_URL: databaseUrl } : {} });
  const client = new Anthropic({ apiKey: ADMIN_KEY, baseURL: server.url, maxRetries: 0 });
  try {
    const env = await client.beta.environments.create({ name: 'bench' });
    const agent = await client.beta.agents.create({ name: 'Bench', model: 'reverie-offline', system: SYSTEM });
    const sessions = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const { id } = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id });
        const stream = (await client.beta.sessions.events.stream(id))[Symbol.asyncIterator]() as Stream;
        // Warm-up turn (JIT, connection pool, the stream itself): not counted.
        await turn(client, id, stream, QUESTIONS[i % QUESTIONS.length] ?? 'hi');
        return { id, stream };
      }),
    );
    const floor: number[] = [];
    for (let i = 0; i < HTTP_FLOOR_SAMPLES; i++) {
      const t0 = performance.now();
      await (await fetch(`${server.url}/health`)).text();
      floor.push(performance.now() - t0);
    }
    floor.sort((a, b) => a - b);

    console.log(`sessions: ${count} concurrent sessions × ${turns} turns per phase on ${databaseUrl ? 'postgres' : 'sqlite'} (offline model, real SDK over SSE)`);
    const random = seededRandom(THINK_SEED);
    const live = await runPhase({ name: `live (think ${thinkMs / 2}–${(thinkMs * 3) / 2} ms)`, client, server, sessions, turns, think: () => thinkMs * (0.5 + random()) });
    report(live);
    // One unmeasured back-to-back round first: a burst needs a connection per session, and the live
    // phase needed only a few, so the client's pool grows here rather than in the measured turns.
    await runPhase({ name: 'pool warm-up', client, server, sessions, turns: 1, think: () => 0 });
    const saturated = await runPhase({ name: 'saturated (no think time)', client, server, sessions, turns, think: () => 0 });
    report(saturated);
    const littles = (count / (saturated.latencies.length / saturated.seconds)) * 1000;
    console.log(`    closed loop: ${count} sessions ÷ throughput = ${littles.toFixed(0)} ms mean latency by Little's law`);
    console.log(`  HTTP floor (GET /health, sequential): p50 ${percentile(floor, 50).toFixed(1)} ms`);
    console.log(`  load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
    for (const { stream } of sessions) await stream.return?.();
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
