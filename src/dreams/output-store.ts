/** @module dreams/output-store — idempotent writes of a dream's output memory store. */
import type { Actor, MemoryStoresService } from '../memory/index.js';
import type { MemoryFile } from '../dreaming/index.js';

/** Who dream writes are attributed to in memory versions. */
export const DREAMER_ACTOR: Actor = { type: 'service_account_actor', service_account_id: 'svac_reverie_dreamer' };

/** What writing a file set changed. */
export interface WriteSummary {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

/** Every memory of a store with its content. */
export async function readStoreFiles(memory: MemoryStoresService, storeId: string): Promise<MemoryFile[]> {
  const files: MemoryFile[] = [];
  for await (const m of memory.allMemories({ storeId })) files.push({ path: m.path, content: m.content ?? '', updated_at: m.updated_at });
  return files;
}

/**
 * Makes the store hold exactly `files`: creates missing paths, updates changed ones, deletes paths that
 * are no longer in the set (their versions survive deletion, so nothing is lost). Writing the same set
 * twice changes nothing — which is what makes a re-run after a crashed worker safe.
 */
export async function syncStoreFiles({
  memory,
  storeId,
  files,
  deleteMissing,
}: {
  memory: MemoryStoresService;
  storeId: string;
  files: readonly MemoryFile[];
  deleteMissing: boolean;
}): Promise<WriteSummary> {
  const summary: WriteSummary = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
  const existing = new Map<string, { id: string; content: string }>();
  for await (const m of memory.allMemories({ storeId })) existing.set(m.path, { id: m.id, content: m.content ?? '' });
  const wanted = new Set(files.map((f) => f.path));
  // Delete first: a file set may replace `/notes` with `/notes/a.md`, which would conflict as a path.
  if (deleteMissing) {
    for (const [path, m] of existing) {
      if (wanted.has(path)) continue;
      await memory.deleteMemory({ storeId, memoryId: m.id, actor: DREAMER_ACTOR });
      summary.deleted++;
    }
  }
  for (const file of files) {
    const current = existing.get(file.path);
    if (!current) {
      await memory.createMemory({ storeId, path: file.path, content: file.content, actor: DREAMER_ACTOR });
      summary.created++;
    } else if (current.content !== file.content) {
      await memory.updateMemory({ storeId, memoryId: current.id, content: file.content, actor: DREAMER_ACTOR });
      summary.updated++;
    } else {
      summary.unchanged++;
    }
  }
  return summary;
}
