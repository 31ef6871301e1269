/** @module dreams/agent-store — the memory store an agent's scheduled and CLI dreams read. */
import type { Agent } from '../agents/index.js';
import type { MemoryStoresService } from '../memory/index.js';

/** Metadata key that marks a store as an agent's own. */
export const AGENT_STORE_METADATA_KEY = 'agent_id';
const PAGE = 100;

/**
 * The agent's configured `memory_store_id`, else the store whose metadata names the agent, else a new
 * empty one marked as the agent's — so repeated dreams keep using one store.
 */
export async function agentMemoryStoreId(memory: MemoryStoresService, agent: Agent): Promise<string> {
  const configured = agent.reverie?.dreaming?.memory_store_id;
  if (configured) return configured;
  let after: string | undefined;
  for (;;) {
    const page = await memory.list({ limit: PAGE, after });
    const mine = page.items.find((s) => s.metadata[AGENT_STORE_METADATA_KEY] === agent.id);
    if (mine) return mine.id;
    if (!page.hasMore) break;
    after = page.nextAfter;
  }
  const store = await memory.create({
    name: `${agent.name} memory`,
    description: `What agent ${agent.id} learned from its sessions, consolidated by dreams.`,
    metadata: { [AGENT_STORE_METADATA_KEY]: agent.id },
  });
  return store.id;
}
