import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteBackend } from './sqlite-backend.js';
import { WalGeneration } from './wal-generation.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reverie-walgen-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `sql` against `path` from a separate Node process, as `reverie worker` or `reverie import` would. */
function commitFromAnotherProcess(path: string, sql: string): void {
  const script = `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))}); const db = new D(process.argv[1]); db.pragma('journal_mode = WAL'); db.exec(process.argv[2]); db.close();`;
  execFileSync(process.execPath, ['-e', script, path, sql]);
}

function walDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('create table t (x integer)');
  return db;
}

describe('WalGeneration', () => {
  it('stays the same while nothing commits, and moves on every commit of this connection', () => {
    const path = join(dir, 'a.db');
    const db = walDatabase(path);
    const generation = new WalGeneration(path);
    try {
      const first = generation.current();
      expect(first).toBeTypeOf('number');
      db.prepare('select count(*) from t').get();
      expect(generation.current()).toBe(first);
      db.prepare('insert into t values (1)').run();
      const second = generation.current();
      expect(second).not.toBe(first);
      db.prepare('insert into t values (2)').run();
      expect(generation.current()).not.toBe(second);
    } finally {
      generation.close();
      db.close();
    }
  });

  it('sees commits made by another process, and log restarts after a checkpoint', () => {
    const path = join(dir, 'b.db');
    const db = walDatabase(path);
    const generation = new WalGeneration(path);
    try {
      const before = generation.current();
      commitFromAnotherProcess(path, 'insert into t values (7)');
      const afterInsert = generation.current();
      expect(afterInsert).not.toBe(before);
      expect(generation.current()).toBe(afterInsert);
      db.pragma('wal_checkpoint(TRUNCATE)');
      commitFromAnotherProcess(path, 'update t set x = 8');
      expect(generation.current()).not.toBe(afterInsert);
    } finally {
      generation.close();
      db.close();
    }
  });

  it('answers undefined when there is no wal-index to read, and after close', () => {
    const missing = new WalGeneration(join(dir, 'none.db'));
    expect(missing.current()).toBeUndefined();
    missing.close();
    const path = join(dir, 'c.db');
    const db = walDatabase(path);
    const generation = new WalGeneration(path);
    expect(generation.current()).toBeTypeOf('number');
    generation.close();
    expect(generation.current()).toBeUndefined();
    db.close();
  });
});

describe('agents read through the generation cache', () => {
  it('see agents created, updated and archived by another process on the same file', async () => {
    const path = join(dir, 'reverie.db');
    const server = createSqliteBackend({ path });
    await server.migrate();
    const cli = createSqliteBackend({ path });
    const serverAgents = server.agents();
    const cliAgents = cli.agents();
    try {
      const now = '2026-11-25T00:00:00.000Z';
      await serverAgents.create({ id: 'agent_01', config: { name: 'one' }, now });
      const listed = await serverAgents.list({ limit: 10 });
      expect(listed.items.map((a) => a.id)).toEqual(['agent_01']);
      expect((await serverAgents.get('agent_01'))?.version).toBe(1);
      // Served from memory now; the other "process" (its own connection and caches) changes the rows.
      expect((await serverAgents.get('agent_01'))?.version).toBe(1);
      await cliAgents.appendVersion({ id: 'agent_01', fromVersion: 1, config: { name: 'two' }, now });
      await cliAgents.create({ id: 'agent_02', config: { name: 'new' }, now });
      const updated = await serverAgents.get('agent_01');
      expect(updated?.version).toBe(2);
      expect(updated?.config).toEqual({ name: 'two' });
      expect((await serverAgents.list({ limit: 10 })).items.map((a) => a.id)).toEqual(['agent_02', 'agent_01']);
      await cliAgents.archive('agent_02', now);
      expect((await serverAgents.get('agent_02'))?.archived_at).toBe(now);
      expect((await serverAgents.list({ limit: 10 })).items.map((a) => a.id)).toEqual(['agent_01']);
      // And a real separate process, as the CLI would be.
      commitFromAnotherProcess(path, `update agents set archived_at = '${now}' where id = 'agent_01'`);
      expect((await serverAgents.get('agent_01'))?.archived_at).toBe(now);
      expect((await serverAgents.list({ limit: 10 })).items).toEqual([]);
    } finally {
      await cli.close();
      await server.close();
    }
  });
});
