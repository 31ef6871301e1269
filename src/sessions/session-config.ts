/** @module sessions/session-config — the agent snapshot and resources a session is created with. */
import { checkToolRules, normalizeModel, normalizeTools, type Agent } from '../agents/index.js';
import { uniqueMountPaths } from '../memory/index.js';
import { InvalidRequestError } from '../shared/errors.js';
import type { IdGenerator } from '../shared/ids.js';
import type { AgentRefParams, ResourceParams } from './schemas.js';
import type { SessionMemoryPort } from './runtime/tools.js';

/** The agent reference of a create request as `{id, version?}`. */
export function agentRef(ref: AgentRefParams): { id: string; version: number | undefined } {
  if (typeof ref === 'string') return { id: ref, version: undefined };
  return { id: ref.id, version: ref.version ?? undefined };
}

/** The `SessionAgent` snapshot of an agent version as it is (wire-api §2.3), before any overrides. */
export function baseAgentSnapshot(agent: Agent) {
  return {
    id: agent.id,
    type: 'agent' as const,
    version: agent.version,
    name: agent.name,
    description: agent.description,
    system: agent.system,
    model: agent.model,
    tools: agent.tools,
    mcp_servers: agent.mcp_servers,
    skills: agent.skills,
    execution_identity: agent.execution_identity,
    multiagent: agent.multiagent,
  };
}

/**
 * The `SessionAgent` snapshot: the agent version's configuration, with `agent_with_overrides` applied as
 * full replacements (`null`/`[]` clears) while keeping the base agent's id and version.
 */
export function agentSnapshot(agent: Agent, ref: AgentRefParams): Record<string, unknown> {
  const snapshot = baseAgentSnapshot(agent);
  if (typeof ref === 'string' || ref.type !== 'agent_with_overrides') return snapshot;
  if (ref.model === null) {
    throw new InvalidRequestError('agent.model: cannot be cleared', { details: { details: { error_code: 'agent_model_required' } } });
  }
  if (ref.model !== undefined) snapshot.model = normalizeModel(ref.model);
  if (ref.system !== undefined) snapshot.system = ref.system || null;
  if (ref.tools !== undefined) snapshot.tools = normalizeTools(ref.tools ?? []);
  if (ref.mcp_servers !== undefined) snapshot.mcp_servers = (ref.mcp_servers ?? []).map((s) => ({ type: 'url' as const, name: s.name, url: s.url }));
  if (ref.skills !== undefined) snapshot.skills = (ref.skills ?? []).map((s) => ({ type: s.type, skill_id: s.skill_id, version: s.version ?? 'latest' }));
  if (ref.tools !== undefined && snapshot.tools.length === 0 && snapshot.skills.length > 0) {
    throw new InvalidRequestError('agent.tools: cannot be cleared while the agent has skills');
  }
  try {
    checkToolRules(snapshot);
  } catch (err) {
    if (err instanceof InvalidRequestError) throw new InvalidRequestError(`agent.${err.message}`);
    throw err;
  }
  return snapshot;
}

/**
 * Resolves resource params to wire `SessionResource`s: file and repository resources get ids and default
 * mount paths; memory stores get the name/description snapshot and a unique `/mnt/memory/<slug>/` path.
 */
export async function resolveResources({
  params,
  memory,
  ids,
  now,
}: {
  params: readonly ResourceParams[];
  memory: SessionMemoryPort | undefined;
  ids: IdGenerator;
  now: string;
}): Promise<{ resources: Record<string, unknown>[]; memoryStoreIds: string[] }> {
  const seen = new Set<string>();
  const stores: { index: number; name: string; description: string }[] = [];
  const resources: Record<string, unknown>[] = [];
  for (const [index, r] of params.entries()) {
    if (r.type === 'file') {
      resources.push({ id: ids.next('sesrsc'), type: 'file', file_id: r.file_id, mount_path: r.mount_path ?? `/mnt/session/uploads/${r.file_id}`, created_at: now, updated_at: now });
    } else if (r.type === 'github_repository') {
      const repo = new URL(r.url).pathname.split('/').filter(Boolean).at(-1)?.replace(/\.git$/, '') || 'repository';
      resources.push({
        id: ids.next('sesrsc'),
        type: 'github_repository',
        url: r.url,
        mount_path: r.mount_path ?? `/workspace/${repo}`,
        checkout: r.checkout ?? null,
        created_at: now,
        updated_at: now,
      });
    } else {
      if (seen.has(r.memory_store_id)) throw new InvalidRequestError(`resources.${index}: memory store ${r.memory_store_id} is attached twice`);
      seen.add(r.memory_store_id);
      if (!memory) throw new InvalidRequestError(`resources.${index}: memory stores are not available on this server`);
      const store = await memory.retrieve(r.memory_store_id);
      if (store.archived_at) throw new InvalidRequestError(`resources.${index}: memory store ${store.id} is archived and cannot be attached`);
      stores.push({ index: resources.length, name: store.name, description: store.description ?? '' });
      resources.push({
        type: 'memory_store',
        memory_store_id: store.id,
        access: r.access ?? 'read_write',
        instructions: r.instructions ?? null,
        name: store.name,
        description: store.description ?? '',
        mount_path: '',
      });
    }
  }
  const paths = uniqueMountPaths(stores.map((s) => s.name));
  stores.forEach((s, i) => {
    const resource = resources[s.index];
    if (resource) resource['mount_path'] = paths[i];
  });
  return { resources, memoryStoreIds: [...seen] };
}
