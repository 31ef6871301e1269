/** @module store/memory/path-ranges — path arithmetic for byte-ordered range queries. */

/**
 * `'/'` is U+002F and `'0'` U+0030: in byte order every path under `/a/` lies in `['/a/', '/a0')`,
 * so a prefix becomes an indexable range instead of a LIKE (whose case rules differ per backend).
 */
const AFTER_SLASH = '0';

/** The exclusive upper bound of the paths under `prefix` (which ends with `/`). */
export function prefixUpperBound(prefix: string): string {
  return `${prefix.slice(0, -1)}${AFTER_SLASH}`;
}

/** The proper ancestors of a memory path: `/a/b/c` → `['/a', '/a/b']`. */
export function ancestorPaths(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf('/', 1); i !== -1; i = path.indexOf('/', i + 1)) out.push(path.slice(0, i));
  return out;
}

/** The direct child key of `path` under `prefix`: the memory path itself, or the `…/` roll-up containing it. */
export function childKey(prefix: string, path: string): string {
  const slash = path.indexOf('/', prefix.length);
  return slash === -1 ? path : path.slice(0, slash + 1);
}
