import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createSqliteBackend } from './sqlite-backend.js';

describe('createSqliteBackend rows', () => {
  it('returns the same row objects better-sqlite3 builds natively (order, repeated names, nulls, numbers)', async () => {
    const backend = createSqliteBackend({ path: ':memory:' });
    try {
      const query = sql<Record<string, unknown>>`select 1 as id, 'x' as name, null as gone, 2.5 as n, 3 as id union all select 4, 'y', null, 0, 5`;
      const { rows } = await query.execute(backend.db);
      const native = new Database(':memory:').prepare(query.compile(backend.db).sql).all();
      expect(rows).toEqual(native);
      expect(rows.map((r) => Object.keys(r))).toEqual(native.map((r) => Object.keys(r as object)));
      expect(rows[0]).toEqual({ id: 3, name: 'x', gone: null, n: 2.5 });
    } finally {
      await backend.close();
    }
  });

  it('streams rows as objects and runs statements that return none', async () => {
    const backend = createSqliteBackend({ path: ':memory:' });
    try {
      await sql`create table t (a integer, b text)`.execute(backend.db);
      const inserted = await sql`insert into t values (1, 'one'), (2, 'two')`.execute(backend.db);
      expect(Number(inserted.numAffectedRows)).toBe(2);
      const streamed: unknown[] = [];
      for await (const row of backend.db.selectFrom('t' as never).selectAll().stream()) streamed.push(row);
      expect(streamed).toEqual([{ a: 1, b: 'one' }, { a: 2, b: 'two' }]);
      // Prepared again from the cache: still objects.
      expect((await sql`select a, b from t order by a`.execute(backend.db)).rows).toEqual(streamed);
      // A `__proto__` column cannot be assigned like the others: such statements keep native rows.
      const proto = await sql<Record<string, unknown>>`select 1 as "__proto__", 2 as b`.execute(backend.db);
      const native = new Database(':memory:').prepare('select 1 as "__proto__", 2 as b').all() as Record<string, unknown>[];
      const own = (row: object | undefined) => [Object.keys(row ?? {}), Object.getPrototypeOf(row) === Object.prototype];
      expect(own(proto.rows[0])).toEqual(own(native[0]));
    } finally {
      await backend.close();
    }
  });
});
