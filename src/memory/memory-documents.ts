/** @module memory/memory-documents — attached stores as documents for the model, and the system-prompt note. */
import { fsPathOf, normalizeMounts, type MemoryFsServices, type MemoryMount } from './memory-fs.js';

/** Every file of the attached stores, `source` being its full mount path (the offline model answers from these). */
export async function memoryDocuments({
  services,
  mounts,
}: {
  services: MemoryFsServices;
  mounts: readonly MemoryMount[];
}): Promise<{ source: string; text: string }[]> {
  const out: { source: string; text: string }[] = [];
  for (const mount of normalizeMounts(mounts)) {
    for await (const memory of services.memoryStores.allMemories({ storeId: mount.memoryStoreId })) {
      out.push({ source: fsPathOf(mount, memory.path), text: memory.content ?? '' });
    }
  }
  return out;
}

/** What the system-prompt note says about one attached store (wire-api §4 "Memory"). */
export interface MemoryMountNote {
  readonly name: string;
  readonly mountPath: string;
  readonly access: 'read_write' | 'read_only';
  readonly description?: string | null | undefined;
  readonly instructions?: string | null | undefined;
}

/**
 * The note added to the system prompt when stores are attached: name, mount path, access, description and
 * instructions of each. Empty string when none are attached.
 */
export function memoryPromptNote(stores: readonly MemoryMountNote[]): string {
  if (stores.length === 0) return '';
  const lines = ['Memory stores are mounted as directories you can use with the read, write, edit, glob and grep tools:'];
  for (const s of stores) {
    lines.push(`- ${s.name} at ${s.mountPath} (${s.access === 'read_only' ? 'read-only' : 'read-write'})`);
    if (s.description) lines.push(`  Description: ${s.description}`);
    if (s.instructions) lines.push(`  Instructions: ${s.instructions}`);
  }
  lines.push('Check memory before starting a task, and record durable learnings there for future sessions.');
  return lines.join('\n');
}
