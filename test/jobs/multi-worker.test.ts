/**
 * Acceptance (issue 7): three worker processes share 30 queued dreams on PostgreSQL; one is killed
 * with SIGKILL mid-dream; every dream still completes exactly once and every output store is written
 * once — no duplicate memories, no lost versions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresBackend, dangerouslyDropSchema, type KyselyBackend } from '../../src/store/index.js';
import { createServices } from '../../src/app/create-services.js';
import type { Services } from '../../src/app/services.js';
import { createImportService } from '../../src/importing/index.js';
import { generateSessions } from '../../src/dreaming/generate/index.js';
import { postgresUnavailableReason, TEST_PG_URL } from '../support/backends.js';

const reason = await postgresUnavailableReason();
const AGENTS = 10;
const DREAMS_PER_AGENT = 3;
const SESSIONS_PER_AGENT = 12;
/** Short lease so the killed worker's job is picked up again within seconds. */
const LEASE_MS = 1_500;
const DEADLINE_MS = 150_000;
/** Characters of each worker's stderr kept for the failure message. */
const STDERR_TAIL = 4_000;

describe.skipIf(reason !== undefined)('jobs: three PostgreSQL workers, one killed mid-dream', () => {
  const schema = `t_${createHash('sha256').update(randomBytes(16)).digest('hex').slice(0, 16)}`;
  let backend: KyselyBackend;
  let services: Services;
  const workers: ChildProcess[] = [];
  const dreamIds: string[] = [];
  const inputSnapshots = new Map<string, string>();

  const stderrTails: string[][] = [];

  /** What the workers and the queue looked like when the deadline passed: their exits, stderr and the unfinished jobs. */
  async function diagnosis(): Promise<string> {
    const exits = workers.map((w, i) => `w${i}: exit ${String(w.exitCode)} signal ${String(w.signalCode)}\n${(stderrTails[i] ?? []).join('').slice(-STDERR_TAIL)}`);
    const jobs = await backend.db
      .selectFrom('jobs')
      .select(['id', 'status', 'attempts', 'max_attempts', 'queue_key', 'lease_owner', 'lease_expires_at', 'run_at', 'error'])
      .where('status', '!=', 'completed')
      .execute();
    return [...exits, `unfinished jobs: ${JSON.stringify(jobs)}`].join('\n');
  }

  async function storeSnapshot(storeId: string): Promise<string> {
    const files: string[] = [];
    for await (const m of services.memoryStores.allMemories({ storeId })) files.push(`${m.path}\u0000${m.content_sha256}\u0000${m.memory_version_id}`);
    return files.sort().join('\n');
  }

  beforeAll(async () => {
    backend = await createPostgresBackend({ url: TEST_PG_URL, schema, poolSize: 4 });
    await backend.migrate();
    services = createServices({ backend });
    const importer = createImportService(services);
    for (let a = 0; a < AGENTS; a++) {
      const name = `agent-${a}`;
      const { sessions } = generateSessions({ seed: 100 + a, count: SESSIONS_PER_AGENT });
      const summary = await importer.importSessions({ lines: sessions.map((s, i) => ({ line: i + 1, text: JSON.stringify(s) })), agentName: name, format: 'reverie' });
      const store = await services.memoryStores.create({ name: `${name} memory` });
      const actor = { type: 'api_actor' as const, api_key_id: 'apikey_test' };
      await services.memoryStores.createMemory({ storeId: store.id, path: '/facts.md', content: 'refund_days: 7\nrefund_days: 5\n', actor });
      await services.memoryStores.createMemory({ storeId: store.id, path: '/notes/a.md', content: 'Greet the customer by name.\n', actor });
      await services.memoryStores.createMemory({ storeId: store.id, path: '/notes/b.md', content: 'Greet the customer by name.\n', actor });
      inputSnapshots.set(store.id, await storeSnapshot(store.id));
      for (let d = 0; d < DREAMS_PER_AGENT; d++) {
        const dream = await services.dreams.create({
          inputs: [
            { type: 'memory_store', memory_store_id: store.id },
            { type: 'sessions', session_ids: summary.sessions.slice(d, d + SESSIONS_PER_AGENT - DREAMS_PER_AGENT) },
          ],
          model: 'reverie-offline',
        });
        dreamIds.push(dream.id);
      }
    }
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await backend?.close();
    await dangerouslyDropSchema({ url: TEST_PG_URL, schema });
  });

  it('jobs: every dream completes exactly once and each output store is written once', async () => {
    const url = `${TEST_PG_URL}${TEST_PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    for (let w = 0; w < 3; w++) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/cli-entry.ts', 'worker', '--owner', `w${w}`, '--lease-ms', String(LEASE_MS)], {
        env: { ...process.env, DATABASE_URL: url, REVERIE_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      // Kept for the failure message: a worker that dies or stalls says why on stderr.
      const tail: string[] = [];
      child.stderr?.on('data', (chunk: Buffer) => {
        tail.push(chunk.toString());
        while (tail.join('').length > STDERR_TAIL && tail.length > 1) tail.shift();
      });
      stderrTails.push(tail);
      workers.push(child);
    }
    const started = Date.now();
    // Kill w0 as soon as it holds a running dream.
    let killedJob: string | undefined;
    while (!killedJob && Date.now() - started < DEADLINE_MS) {
      const held = await backend.db.selectFrom('jobs').select('id').where('lease_owner', '=', 'w0').where('status', '=', 'running').executeTakeFirst();
      if (held) {
        workers[0]!.kill('SIGKILL');
        killedJob = held.id;
      } else await new Promise((r) => setTimeout(r, 20));
    }
    expect(killedJob, 'worker w0 never claimed a job').toBeDefined();

    for (;;) {
      const open = await backend.db.selectFrom('dreams').select('id').where('status', 'in', ['pending', 'running']).execute();
      if (open.length === 0) break;
      if (Date.now() - started > DEADLINE_MS) throw new Error(`${open.length} dreams still open after ${DEADLINE_MS} ms\n${await diagnosis()}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    const dreams = await backend.db.selectFrom('dreams').selectAll().execute();
    expect(dreams).toHaveLength(dreamIds.length);
    expect(dreams.every((d) => d.status === 'completed')).toBe(true);
    const jobs = await backend.db.selectFrom('jobs').selectAll().execute();
    expect(jobs.every((j) => j.status === 'completed')).toBe(true);
    expect(Number(jobs.find((j) => j.id === killedJob)!.attempts)).toBeGreaterThanOrEqual(2);
    expect(jobs.filter((j) => Number(j.attempts) > 1).map((j) => j.id)).toContain(killedJob);

    const stores = (await services.memoryStores.list({ limit: 100, includeArchived: true })).items;
    for (const dream of dreams) {
      const made = stores.filter((s) => s.metadata['dream_id'] === dream.id);
      expect(made.map((s) => s.id), `output stores of ${dream.id}`).toEqual([dream.output_store_id]);
      const paths: string[] = [];
      for await (const m of services.memoryStores.allMemories({ storeId: dream.output_store_id! })) {
        paths.push(m.path);
        const versions = await services.memoryStores.listVersions({ storeId: dream.output_store_id!, memoryId: m.id, limit: 100 });
        const items = versions.items as Array<{ id: string; operation: string }>;
        // Newest first: the head is the newest version, and the oldest is the creation.
        expect(items[0]?.id).toBe(m.memory_version_id);
        expect(items.at(-1)?.operation).toBe('created');
      }
      expect(new Set(paths).size).toBe(paths.length);
      expect(paths).toContain('/playbook.md');
    }
    for (const [storeId, before] of inputSnapshots) expect(await storeSnapshot(storeId)).toBe(before);
  }, 200_000);
});
