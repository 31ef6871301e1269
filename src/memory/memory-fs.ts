/** @module memory/memory-fs — attached memory stores seen as one file system under `/mnt/memory/`. */
import { posix } from 'node:path';
import type { MemoryStoresService } from './memory-stores-service.js';
import { MEMORY_MOUNT_ROOT, memoryPathProblem } from './paths.js';
import type { Actor, Memory } from './types.js';

/** One store attached to a session. `mountPath` is `/mnt/memory/<slug>/` (the trailing `/` is optional). */
export interface MemoryMount {
  readonly memoryStoreId: string;
  readonly mountPath: string;
  readonly access: 'read_write' | 'read_only';
}

/** What the file system needs from the service container. */
export interface MemoryFsServices {
  readonly memoryStores: MemoryStoresService;
}

/** A file-system path resolved against the mounts. */
export type Resolved =
  | { readonly kind: 'root' }
  | { readonly kind: 'dir'; readonly mount: MemoryMount; readonly prefix: string }
  | { readonly kind: 'file'; readonly mount: MemoryMount; readonly path: string }
  | { readonly kind: 'outside'; readonly reason: string };

/** A memory file as the tools see it: full mount path plus the memory. */
export interface MemoryFile {
  readonly fsPath: string;
  readonly mount: MemoryMount;
  readonly memory: Memory;
}

/** Page size when walking a mount's paths (metadata only, so pages can be large). */
const WALK_PAGE = 1000;

/** The mounts with canonical `/mnt/memory/<slug>/` paths. */
export function normalizeMounts(mounts: readonly MemoryMount[]): MemoryMount[] {
  return mounts.map((m) => ({ ...m, mountPath: `${m.mountPath.replace(/\/+$/, '')}/` }));
}

/**
 * Resolves an absolute path: the mount root directory, a directory or file inside a mount, or a reason
 * it is not available. `..` is resolved first, so it cannot climb out of a mount.
 */
export function resolvePath(mounts: readonly MemoryMount[], rawPath: string): Resolved {
  if (!rawPath.startsWith('/')) return { kind: 'outside', reason: `${rawPath} is not an absolute path; memory files live under ${MEMORY_MOUNT_ROOT}` };
  const wantsDir = rawPath.endsWith('/');
  const normalized = posix.normalize(rawPath.normalize('NFC'));
  const path = normalized.endsWith('/') ? normalized : `${normalized}${wantsDir ? '/' : ''}`;
  if (path === MEMORY_MOUNT_ROOT || `${path}/` === MEMORY_MOUNT_ROOT) return { kind: 'root' };
  for (const mount of mounts) {
    if (path === mount.mountPath || `${path}/` === mount.mountPath) return { kind: 'dir', mount, prefix: '/' };
    if (!path.startsWith(mount.mountPath)) continue;
    const inner = `/${path.slice(mount.mountPath.length)}`;
    if (inner.endsWith('/')) return { kind: 'dir', mount, prefix: inner };
    return { kind: 'file', mount, path: inner };
  }
  const available = mounts.map((m) => m.mountPath).join(', ') || '(no memory stores are attached)';
  return { kind: 'outside', reason: `${rawPath} is outside the mounted memory stores; available: ${available}` };
}

/** The file-system path of a memory inside its mount. */
export function fsPathOf(mount: MemoryMount, memoryPath: string): string {
  return `${mount.mountPath}${memoryPath.slice(1)}`;
}

/** Why `path` cannot be written (a directory, read-only, or an invalid memory path), or undefined. */
export function writeProblem(resolved: Resolved, rawPath: string): string | undefined {
  switch (resolved.kind) {
    case 'outside': {
      const normalized = rawPath.startsWith('/') ? posix.normalize(rawPath) : rawPath;
      const inRoot = normalized.startsWith(MEMORY_MOUNT_ROOT) && !normalized.slice(MEMORY_MOUNT_ROOT.length).includes('/');
      return inRoot ? `${MEMORY_MOUNT_ROOT} is read-only; write inside a store's directory (${MEMORY_MOUNT_ROOT}<store>/…)` : resolved.reason;
    }
    case 'root':
      return `${MEMORY_MOUNT_ROOT} is read-only; write inside a store's directory (${MEMORY_MOUNT_ROOT}<store>/…)`;
    case 'dir':
      return `${rawPath} is a directory; give a file path`;
    case 'file': {
      if (resolved.mount.access === 'read_only') return `${resolved.mount.mountPath} is mounted read-only; ${rawPath} cannot be changed`;
      const problem = memoryPathProblem(resolved.path);
      return problem ? `invalid memory path ${resolved.path}: ${problem}` : undefined;
    }
  }
}

/** Walks every memory (metadata only) of the mounts under a resolved directory, in path order. */
export async function* walkFiles({
  services,
  mounts,
  where,
}: {
  services: MemoryFsServices;
  mounts: readonly MemoryMount[];
  where: Resolved;
}): AsyncGenerator<MemoryFile> {
  const targets = where.kind === 'root' ? mounts.map((mount) => ({ mount, prefix: '/' })) : where.kind === 'dir' ? [where] : [];
  for (const { mount, prefix } of targets) {
    let after: string | undefined;
    for (;;) {
      const page = await services.memoryStores.listMemories({ storeId: mount.memoryStoreId, pathPrefix: prefix, limit: WALK_PAGE, after });
      for (const item of page.items) if (item.type === 'memory') yield { fsPath: fsPathOf(mount, item.path), mount, memory: item };
      if (!page.hasMore) break;
      after = page.nextAfter;
    }
  }
}

/** Reads a memory by its file path, with content; undefined when no such file. */
export async function readFile(services: MemoryFsServices, file: { mount: MemoryMount; path: string }): Promise<Memory | undefined> {
  return services.memoryStores.findMemoryByPath({ storeId: file.mount.memoryStoreId, path: file.path });
}

/**
 * Creates or overwrites a file. A create that loses a race to another writer of the same path becomes an
 * update, so concurrent writers both land as versions.
 */
export async function writeFile(
  services: MemoryFsServices,
  { mount, path, content, actor }: { mount: MemoryMount; path: string; content: string; actor: Actor },
): Promise<{ memory: Memory; created: boolean }> {
  const storeId = mount.memoryStoreId;
  const existing = await services.memoryStores.findMemoryByPath({ storeId, path });
  if (existing) return { memory: await services.memoryStores.updateMemory({ storeId, memoryId: existing.id, content, actor }), created: false };
  try {
    return { memory: await services.memoryStores.createMemory({ storeId, path, content, actor }), created: true };
  } catch (err) {
    const raced = await services.memoryStores.findMemoryByPath({ storeId, path });
    if (!raced) throw err;
    return { memory: await services.memoryStores.updateMemory({ storeId, memoryId: raced.id, content, actor }), created: false };
  }
}

/** The immediate entries of a directory, `name/` for subdirectories, for a `read` of a directory. */
export async function listDirectory({
  services,
  mounts,
  where,
}: {
  services: MemoryFsServices;
  mounts: readonly MemoryMount[];
  where: Resolved;
}): Promise<string[]> {
  if (where.kind === 'root') return mounts.map((m) => m.mountPath);
  if (where.kind !== 'dir') return [];
  const entries: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await services.memoryStores.listMemories({
      storeId: where.mount.memoryStoreId,
      pathPrefix: where.prefix,
      depth: 1,
      limit: WALK_PAGE,
      after,
    });
    for (const item of page.items) entries.push(fsPathOf(where.mount, item.path));
    if (!page.hasMore) return entries;
    after = page.nextAfter;
  }
}
