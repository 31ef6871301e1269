/** @module memory/paths — memory path rules (wire-api §4 "Memory") and mount paths of attached stores. */
import { InvalidRequestError } from '../shared/errors.js';
import { utf8Size } from './sha.js';

/** Longest path in UTF-8 bytes. */
export const PATH_MAX_BYTES = 1024;
/** Deepest path: at most this many `/`-separated segments. */
export const PATH_MAX_SEGMENTS = 20;
/** Where attached stores appear inside a session; the directory itself is read-only. */
export const MEMORY_MOUNT_ROOT = '/mnt/memory/';

/** Control (Cc), format (Cf), lone surrogates (Cs) and the line/paragraph separators are never allowed. */
const FORBIDDEN_CHARS = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

/** Why `path` is not a valid memory path, or undefined when it is. */
export function memoryPathProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'must start with "/"';
  if (FORBIDDEN_CHARS.test(path)) return 'must not contain control or format characters, U+2028 or U+2029';
  if (path.normalize('NFC') !== path) return 'must be in Unicode Normalization Form C (NFC)';
  if (utf8Size(path) > PATH_MAX_BYTES) return `must be at most ${PATH_MAX_BYTES} bytes`;
  const segments = path.slice(1).split('/');
  if (segments.length > PATH_MAX_SEGMENTS) return `must have at most ${PATH_MAX_SEGMENTS} segments`;
  for (const segment of segments) {
    if (segment === '') return 'must not have empty segments (no "//" and no trailing "/")';
    if (segment === '.' || segment === '..') return 'must not have "." or ".." segments';
  }
  return undefined;
}

/** Throws a 400 naming `field` when `path` breaks a path rule. */
export function assertMemoryPath(path: string, field = 'path'): void {
  const problem = memoryPathProblem(path);
  if (problem) throw new InvalidRequestError(`${field}: ${problem}`);
}

/** Validates a list `path_prefix`: `/`, or a valid path followed by `/` (matches whole segments). */
export function assertPathPrefix(prefix: string): void {
  if (!prefix.endsWith('/')) throw new InvalidRequestError('path_prefix: must end with "/"');
  if (prefix === '/') return;
  const problem = memoryPathProblem(prefix.slice(0, -1));
  if (problem) throw new InvalidRequestError(`path_prefix: ${problem}`);
}

/** The slug of a store name: lowercase, each run of non-[a-z0-9] → one hyphen, trimmed; `store` if empty. */
export function memorySlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'store' : slug;
}

/**
 * Where a store named `name` is mounted in a session.
 * @example memoryMountPath('Demo Memory') // '/mnt/memory/demo-memory/'
 */
export function memoryMountPath(name: string): string {
  return `${MEMORY_MOUNT_ROOT}${memorySlug(name)}/`;
}

/**
 * Mount paths for several stores attached to one session; a repeated slug gets `-2`, `-3`, … in
 * attachment order, so two stores never share a directory.
 * @example uniqueMountPaths(['Notes', 'notes']) // ['/mnt/memory/notes/', '/mnt/memory/notes-2/']
 */
export function uniqueMountPaths(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = memorySlug(name);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return `${MEMORY_MOUNT_ROOT}${slug}/`;
  });
}
