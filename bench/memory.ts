/**
 * @module bench/memory — memory create / update / list throughput through `MemoryStoresService` on SQLite
 * (a WAL file in a temp dir) and PostgreSQL (own schema; skipped when unreachable).
 * Run: `node --import tsx bench/memory.ts [memories] [concurrency]` (default 2000, 8).
 * Sequential figures are one writer's latency-bound rate; concurrent figures run `concurrency` writers
 * on different memories of one store (every write to a store serialises on its row lock, by design).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { MemoryStoresService, type Actor } from '../src/memory/index.js';
import { systemClock } from '../src/shared/clock.js';
import { UlidGenerator } from '../src/shared/ids.js';
import { createPostgresBackend, createSqliteBackend, dangerouslyDropSchema, type KyselyBackend } from '../src/store/index.js';

const DEFAULT_MEMORIES = 2_000;
const DEFAULT_CONCURRENCY = 8;
/** Paths spread over this many directories so depth-1 listing has real roll-ups to do. */
const DIRECTORIES = 50;
/** Page size of the list scenario: the largest basic page the API serves. */
const LIST_PAGE = 100;
/** About the size of a real note (a few paragraphs). */
const CONTENT_BYTES = 1_024;
const PG_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const actor: Actor = { type: 'api_actor', api_key_id: 'apikey_bench' };

interface Figure {
  readonly backend: string;
  readonly scenario: string;
  readonly ops: number;
  readonly seconds: number;
}

async function timed(run: () => Promise<number>): Promise<{ ops: number; seconds: number }> {
  const start = performance.now();
  const ops = await run();
  return { ops, seconds: (performance.now() - start) / 1000 };
}

/** Runs `count` tasks with at most `concurrency` in flight. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
  return count;
}

const content = (i: number) => `${i} `.padEnd(CONTENT_BYTES, 'lorem ipsum dolor sit amet ');

async function benchBackend(name: string, backend: KyselyBackend, n: number, concurrency: number): Promise<Figure[]> {
  const service = new MemoryStoresService({ store: backend.memoryStores(), clock: systemClock, ids: new UlidGenerator() });
  const figures: Figure[] = [];
  const record = (scenario: string, r: { ops: number; seconds: number }) => figures.push({ backend: name, scenario, ...r });

  const seq = (await service.create({ name: 'bench sequential' })).id;
  // The floor every write pays: one committed single-row UPDATE transaction (fsync on PostgreSQL).
  record(
    'baseline: 1-row UPDATE commit',
    await timed(async () => {
      for (let i = 0; i < n; i++) {
        await backend.db.transaction().execute((trx) => trx.updateTable('memory_stores').set({ updated_at: String(i) }).where('id', '=', seq).execute());
      }
      return n;
    }),
  );
  const ids: string[] = [];
  record(
    'create (1 writer)',
    await timed(async () => {
      for (let i = 0; i < n; i++) ids.push((await service.createMemory({ storeId: seq, path: `/d${i % DIRECTORIES}/m${i}.md`, content: content(i), actor })).id);
      return n;
    }),
  );
  const par = (await service.create({ name: 'bench concurrent' })).id;
  record(
    `create (${concurrency} writers)`,
    await timed(() => pool(n, concurrency, (i) => service.createMemory({ storeId: par, path: `/d${i % DIRECTORIES}/m${i}.md`, content: content(i), actor }))),
  );
  record(
    'update (1 writer)',
    await timed(async () => {
      for (let i = 0; i < n; i++) await service.updateMemory({ storeId: seq, memoryId: ids[i % ids.length] ?? '', content: content(i + n), actor });
      return n;
    }),
  );
  record(
    'update + precondition (1 writer)',
    await timed(async () => {
      for (let i = 0; i < n; i++) {
        const memoryId = ids[i % ids.length] ?? '';
        const head = await service.retrieveMemory({ storeId: seq, memoryId, view: 'basic' });
        await service.updateMemory({ storeId: seq, memoryId, content: content(i + 2 * n), precondition: { type: 'content_sha256', content_sha256: head.content_sha256 }, actor });
      }
      return n;
    }),
  );
  record(
    `update (${concurrency} writers)`,
    await timed(() => pool(n, concurrency, (i) => service.updateMemory({ storeId: seq, memoryId: ids[i % ids.length] ?? '', content: content(i + 3 * n), actor }))),
  );
  for (const [scenario, depth, view] of [
    ['list basic, depth 0 (items)', 0, 'basic'],
    ['list full, depth 0 (items)', 0, 'full'],
    ['list basic, depth 1, per dir (items)', 1, 'basic'],
  ] as const) {
    record(
      scenario,
      await timed(async () => {
        let items = 0;
        const prefixes = depth === 0 ? ['/'] : Array.from({ length: DIRECTORIES }, (_, d) => `/d${d}/`);
        for (const pathPrefix of prefixes) {
          let after: string | undefined;
          for (;;) {
            const page = await service.listMemories({ storeId: seq, pathPrefix, depth, view, limit: view === 'full' ? 20 : LIST_PAGE, after });
            items += page.items.length;
            if (!page.hasMore) break;
            after = page.nextAfter;
          }
        }
        return items;
      }),
    );
  }
  record(
    'list versions basic (items)',
    await timed(async () => {
      let items = 0;
      let after: string | undefined;
      for (;;) {
        const page = await service.listVersions({ storeId: seq, limit: LIST_PAGE, after });
        items += page.items.length;
        if (!page.hasMore) return items;
        after = page.nextAfter;
      }
    }),
  );
  return figures;
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? DEFAULT_MEMORIES);
  const concurrency = Number(process.argv[3] ?? DEFAULT_CONCURRENCY);
  const figures: Figure[] = [];

  const dir = mkdtempSync(join(tmpdir(), 'reverie-bench-memory-'));
  const sqlite = createSqliteBackend({ path: join(dir, 'bench.db') });
  await sqlite.migrate();
  try {
    figures.push(...(await benchBackend('sqlite (file, WAL)', sqlite, n, concurrency)));
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  if (await postgresReachable()) {
    const schema = `bench_${createHash('sha256').update(randomBytes(8)).digest('hex').slice(0, 12)}`;
    const postgres = await createPostgresBackend({ url: PG_URL, schema, poolSize: concurrency + 2 });
    await postgres.migrate();
    try {
      figures.push(...(await benchBackend('postgres', postgres, n, concurrency)));
    } finally {
      await postgres.close();
      await dangerouslyDropSchema({ url: PG_URL, schema });
    }
  } else {
    console.log(`PostgreSQL at ${PG_URL} is not reachable; only SQLite was measured.`);
  }

  console.log(`memory bench: ${n} memories of ${CONTENT_BYTES} B in ${DIRECTORIES} directories, ${concurrency} concurrent writers`);
  console.log(`${'backend'.padEnd(20)} ${'scenario'.padEnd(38)} ${'ops'.padStart(7)} ${'seconds'.padStart(8)} ${'ops/s'.padStart(9)}`);
  for (const f of figures) {
    console.log(
      `${f.backend.padEnd(20)} ${f.scenario.padEnd(38)} ${String(f.ops).padStart(7)} ${f.seconds.toFixed(2).padStart(8)} ${Math.round(f.ops / f.seconds)
        .toString()
        .padStart(9)}`,
    );
  }
}

await main();
