/** @module store/memory/memory-list-query — one page of a memory listing, with depth-1 `memory_prefix` roll-ups. */
import type { MemoryListQuery, MemoryPrefixRecord } from './memory-stores-store.js';
import { childKey, prefixUpperBound } from './path-ranges.js';

/** Rows fetched per round trip when rolling up: large enough that a few directories cost one query. */
const ROLLUP_BATCH = 256;

/** Reads rows in path order starting after `from` (or at it when `inclusive`). */
export type FetchRows<R> = (range: { from: string | undefined; inclusive: boolean; batch: number }) => Promise<R[]>;

/**
 * Walks memories in byte order of path and emits page items. With depth 1, every memory deeper than one
 * segment below the prefix collapses into its directory's `…/` roll-up; since all paths under a directory
 * are contiguous in byte order, the walk jumps over the rest of a directory with one range bound.
 * The page's last key (a path, or a roll-up ending in `/`) is the cursor of the next page.
 */
export async function listMemoryPage<R extends { path: string }>({
  query,
  fetch,
}: {
  query: MemoryListQuery;
  fetch: FetchRows<R>;
}): Promise<{ items: (R | MemoryPrefixRecord)[]; hasMore: boolean }> {
  const want = query.limit + 1;
  const items: (R | MemoryPrefixRecord)[] = [];
  const afterIsPrefix = query.after?.endsWith('/') ?? false;
  let from = query.after === undefined ? undefined : afterIsPrefix ? prefixUpperBound(query.after) : query.after;
  let inclusive = afterIsPrefix;
  const batch = query.depth === 0 ? want : Math.max(want, ROLLUP_BATCH);
  let lastPrefix: string | undefined;

  for (;;) {
    const rows = await fetch({ from, inclusive, batch });
    for (const row of rows) {
      if (query.depth === 0) {
        items.push(row);
      } else {
        const key = childKey(query.pathPrefix, row.path);
        if (key === row.path) items.push(row);
        else if (key !== lastPrefix) {
          lastPrefix = key;
          items.push({ prefix: key });
        }
      }
      if (items.length >= want) break;
    }
    const last = rows.at(-1);
    if (items.length >= want || rows.length < batch || !last) break;
    if (lastPrefix !== undefined && last.path.startsWith(lastPrefix)) {
      from = prefixUpperBound(lastPrefix);
      inclusive = true;
    } else {
      from = last.path;
      inclusive = false;
    }
  }
  return { items: items.slice(0, query.limit), hasMore: items.length > query.limit };
}
