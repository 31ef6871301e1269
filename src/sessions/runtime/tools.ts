/** @module sessions/runtime/tools — pluggable server-side tools of the agent loop. */
import type { LlmDocument, LlmToolDefinition } from '../../models/index.js';

/** What a server-side tool returns. */
export interface ToolOutput {
  readonly content: string;
  readonly isError: boolean;
}

/** A set of tools the runtime executes itself (memory tools today). */
export interface ToolExecutor {
  definitions(): LlmToolDefinition[];
  execute(name: string, input: Record<string, unknown>, ctx: { sessionId: string }): Promise<ToolOutput>;
}

/** A memory store attached to a session, as the runtime mounts it. */
export interface MemoryMount {
  readonly memoryStoreId: string;
  readonly mountPath: string;
  readonly access: 'read_write' | 'read_only';
}

/**
 * What the runtime needs from the memory domain; supplied by the composition root when memory stores
 * exist, so sessions do not depend on `src/memory` directly.
 */
export interface SessionMemoryPort {
  /** Name/description snapshot for a store; throws NotFoundError when it does not exist. */
  retrieve(id: string): Promise<{ id: string; name: string; description: string | null; archived_at: string | null }>;
  /** The read/write/edit/glob/grep tools over the mounted stores. */
  createToolExecutor?(input: { mounts: readonly MemoryMount[]; sessionId: string }): ToolExecutor;
  /** The stores' files as documents (the offline model answers from them). */
  documents?(mounts: readonly MemoryMount[]): Promise<LlmDocument[]>;
}

/** Built-in agent tools Reverie does not run; a call to one gets an error tool result. */
export const UNAVAILABLE_AGENT_TOOLS = new Set(['bash', 'web_fetch', 'web_search']);

/** Memory tool names (the agent toolset's file tools, served over mounted memory stores). */
export const MEMORY_TOOL_NAMES = new Set(['read', 'write', 'edit', 'glob', 'grep']);

/** The custom tools of an agent snapshot as model tool definitions. */
export function customToolDefinitions(tools: readonly Record<string, unknown>[]): LlmToolDefinition[] {
  return tools
    .filter((t) => t['type'] === 'custom')
    .map((t) => ({
      name: String(t['name']),
      description: String(t['description'] ?? ''),
      inputSchema: (t['input_schema'] as Record<string, unknown> | undefined) ?? { type: 'object' },
    }));
}

/** The agent toolset entry, when the agent has one. */
export function agentToolset(tools: readonly Record<string, unknown>[]): Record<string, unknown> | undefined {
  return tools.find((t) => t['type'] === 'agent_toolset_20260401');
}

/** Permission policy of one agent-toolset tool (`always_allow` unless configured otherwise). */
export function toolPolicy(toolset: Record<string, unknown> | undefined, name: string): { enabled: boolean; policy: string } {
  if (!toolset) return { enabled: false, policy: 'always_allow' };
  const defaults = (toolset['default_config'] ?? {}) as { enabled?: boolean; permission_policy?: { type?: string } };
  const config = ((toolset['configs'] ?? []) as { name?: string; enabled?: boolean; permission_policy?: { type?: string } }[]).find(
    (c) => c.name === name,
  );
  return {
    enabled: config?.enabled ?? defaults.enabled ?? true,
    policy: config?.permission_policy?.type ?? defaults.permission_policy?.type ?? 'always_allow',
  };
}
