import { describe, expect, it } from 'vitest';
import { listMemoryPage, type FetchRows } from '../../src/store/memory/memory-list-query.js';

/** Byte-order comparison, as the databases sort paths. */
const byteCompare = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** A fetch over a sorted in-memory table that counts its round trips. */
function table(paths: string[]): { fetch: FetchRows<{ path: string }>; calls: () => number } {
  const rows = [...paths].sort(byteCompare).map((path) => ({ path }));
  let calls = 0;
  return {
    calls: () => calls,
    fetch: async ({ from, inclusive, batch }) => {
      calls++;
      return rows.filter((r) => from === undefined || (inclusive ? byteCompare(r.path, from) >= 0 : byteCompare(r.path, from) > 0)).slice(0, batch);
    },
  };
}

/** Pages through a whole listing the way the API does, following the last key. */
async function walk(paths: string[], depth: 0 | 1, limit: number): Promise<{ keys: string[]; calls: number }> {
  const t = table(paths);
  const keys: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listMemoryPage({ query: { storeId: 's', pathPrefix: '/', depth, after, limit, withContent: false }, fetch: t.fetch });
    const pageKeys = page.items.map((i) => ('prefix' in i ? i.prefix : i.path));
    keys.push(...pageKeys);
    if (!page.hasMore) return { keys, calls: t.calls() };
    after = pageKeys.at(-1);
  }
}

describe('memory list pages', () => {
  const big = Array.from({ length: 700 }, (_, i) => `/big/${String(i).padStart(4, '0')}.md`);
  const paths = ['/a.md', ...big, '/big-sibling.md', '/c/d/e.md', '/c/f.md', '/z.md'];

  it('depth 1 rolls a directory larger than one batch into one prefix, across every page size', async () => {
    for (const limit of [1, 2, 3, 100]) {
      const { keys } = await walk(paths, 1, limit);
      expect(keys).toEqual(['/a.md', '/big-sibling.md', '/big/', '/c/', '/z.md']);
    }
  });

  it('depth 1 jumps past a rolled-up directory instead of reading all of it', async () => {
    const { calls } = await walk(paths, 1, 100);
    // 704 rows, batches of 256: a full scan would take 3+ round trips, the jump takes 2.
    expect(calls).toBeLessThanOrEqual(2);
  });

  it('depth 0 returns every path exactly once in byte order for any page size', async () => {
    for (const limit of [1, 7, 100]) {
      const { keys } = await walk(paths, 0, limit);
      expect(keys).toEqual([...paths].sort(byteCompare));
    }
  });
});
