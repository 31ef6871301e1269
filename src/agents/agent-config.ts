/** @module agents/agent-config — request params → the stored/response configuration of an agent version. */
import { InvalidRequestError } from '../shared/errors.js';
import { applyMetadataPatch, INVALID_METADATA_DETAILS } from '../shared/wire-schemas.js';
import type { AgentCreateParams, AgentToolConfigParams, AgentUpdateParams, ModelParams, ToolParams } from './schemas.js';
import type { DreamingConfig } from '../jobs/index.js';

/** Effort reported when a request names none ("always filled, per-model default"). */
const DEFAULT_EFFORT = 'high';

export interface ModelConfig {
  id: string;
  effort: { type: string };
  speed: 'standard' | 'fast';
  inference_geo?: string;
}

/** Everything about an agent version except id, version and timestamps. */
export interface AgentConfig {
  name: string;
  description: string | null;
  system: string | null;
  model: ModelConfig;
  tools: Record<string, unknown>[];
  mcp_servers: { type: 'url'; name: string; url: string }[];
  skills: { type: 'anthropic' | 'custom'; skill_id: string; version: string }[];
  multiagent: Record<string, unknown> | null;
  execution_identity: Record<string, unknown>;
  /** Reverie extension; absent until configured. */
  reverie?: { dreaming: DreamingConfig | null };
  metadata: Record<string, string>;
}

/** Resolves a model param (string or object) to the response object; `previous` keeps effort on same id. */
export function normalizeModel(param: ModelParams, previous?: ModelConfig): ModelConfig {
  if (typeof param === 'string') {
    const keepEffort = previous && previous.id === param;
    return { id: param, effort: keepEffort ? previous.effort : { type: DEFAULT_EFFORT }, speed: 'standard' };
  }
  const effort =
    param.effort == null
      ? previous && previous.id === param.id
        ? previous.effort
        : { type: DEFAULT_EFFORT }
      : typeof param.effort === 'string'
        ? { type: param.effort }
        : { type: param.effort.type };
  const model: ModelConfig = { id: param.id, effort, speed: param.speed ?? 'standard' };
  if (param.inference_geo) model.inference_geo = param.inference_geo;
  return model;
}

/** Fills tool defaults the way the API reports them. */
export function normalizeTools(tools: readonly ToolParams[]): Record<string, unknown>[] {
  return tools.map((tool) => {
    if (tool.type === 'custom') return { ...tool };
    const defaultPolicy = tool.type === 'agent_toolset_20260401' ? 'always_allow' : 'always_ask';
    const defaults = {
      enabled: tool.default_config?.enabled ?? true,
      permission_policy: tool.default_config?.permission_policy ?? { type: defaultPolicy },
    };
    if (tool.type === 'mcp_toolset') {
      const configs = (tool.configs ?? []).map((c) => ({
        name: c.name,
        enabled: c.enabled ?? defaults.enabled,
        permission_policy: c.permission_policy ?? defaults.permission_policy,
      }));
      return { type: tool.type, mcp_server_name: tool.mcp_server_name, default_config: defaults, configs };
    }
    return { type: tool.type, default_config: defaults, configs: (tool.configs ?? []).map((c) => normalizeAgentToolConfig(c, defaults)) };
  });
}

/** An agent tool override as the API reports it: `type` = `name`, inherited defaults, web tool extras. */
function normalizeAgentToolConfig(
  config: AgentToolConfigParams,
  defaults: { enabled: boolean; permission_policy: unknown },
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: config.name,
    type: config.name,
    enabled: config.enabled ?? defaults.enabled,
    permission_policy: config.permission_policy ?? defaults.permission_policy,
  };
  if (config.name === 'web_fetch' || config.name === 'web_search') {
    if (config.allowed_domains) out['allowed_domains'] = config.allowed_domains;
    if (config.blocked_domains) out['blocked_domains'] = config.blocked_domains;
  }
  if (config.name === 'web_fetch') {
    if (config.max_content_tokens !== undefined) out['max_content_tokens'] = config.max_content_tokens;
    // Always present in responses, in object form; null means "not set" (every source allowed).
    out['url_sources'] = config.url_sources
      ? {
          user_input: urlSourceObject(config.url_sources.user_input),
          client_tool_results: urlSourceObject(config.url_sources.client_tool_results),
          server_tool_results: urlSourceObject(config.url_sources.server_tool_results),
        }
      : null;
  }
  if (config.name === 'web_search' && config.user_location !== undefined) out['user_location'] = config.user_location;
  return out;
}

/** `"all"`/`"none"` shorthands become `{type}`; unset stays null (wire-api §2.1: "resp always object form"). */
function urlSourceObject(value: string | Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (value == null) return null;
  return typeof value === 'string' ? { type: value } : value;
}

/** Cross-field rules of tools and MCP servers; throws a 400 naming the problem. */
export function checkToolRules(config: Pick<AgentConfig, 'tools' | 'mcp_servers'>): void {
  const serverNames = new Set<string>();
  for (const server of config.mcp_servers) {
    if (serverNames.has(server.name)) throw new InvalidRequestError(`mcp_servers: duplicate server name "${server.name}"`);
    serverNames.add(server.name);
  }
  const referenced = new Set<string>();
  const customNames = new Set<string>();
  let agentToolsets = 0;
  for (const tool of config.tools) {
    if (tool['type'] === 'mcp_toolset') {
      const name = String(tool['mcp_server_name']);
      if (!serverNames.has(name)) throw new InvalidRequestError(`tools: mcp_toolset references unknown MCP server "${name}"`);
      referenced.add(name);
    } else if (tool['type'] === 'custom') {
      const name = String(tool['name']);
      if (customNames.has(name)) throw new InvalidRequestError(`tools: duplicate custom tool name "${name}"`);
      customNames.add(name);
    } else if (++agentToolsets > 1) {
      throw new InvalidRequestError('tools: at most one agent_toolset_20260401');
    }
  }
  for (const name of serverNames) {
    if (!referenced.has(name)) throw new InvalidRequestError(`mcp_servers: server "${name}" is not referenced by any mcp_toolset`);
  }
}

function normalizeSkills(skills: AgentCreateParams['skills']): AgentConfig['skills'] {
  return (skills ?? []).map((s) => ({ type: s.type, skill_id: s.skill_id, version: s.version ?? 'latest' }));
}

/** The configuration of version 1. */
export function configFromCreate(params: AgentCreateParams): AgentConfig {
  const config: AgentConfig = {
    name: params.name,
    description: params.description || null,
    system: params.system || null,
    model: normalizeModel(params.model),
    tools: normalizeTools(params.tools ?? []),
    mcp_servers: (params.mcp_servers ?? []).map((s) => ({ type: 'url', name: s.name, url: s.url })),
    skills: normalizeSkills(params.skills),
    multiagent: (params.multiagent as Record<string, unknown> | null | undefined) ?? null,
    execution_identity: params.execution_identity ?? { type: 'service_account' },
    metadata: { ...(params.metadata ?? {}) },
    ...(params.reverie?.dreaming ? { reverie: { dreaming: params.reverie.dreaming } } : {}),
  };
  checkToolRules(config);
  return config;
}

/** Applies update semantics: omitted keeps, `null` clears where allowed, lists replace, metadata patches. */
export function configFromUpdate(current: AgentConfig, params: AgentUpdateParams): AgentConfig {
  if (params.name === null) throw new InvalidRequestError('name: cannot be cleared');
  if (params.model === null) throw new InvalidRequestError('model: cannot be cleared');
  const metadata = applyMetadataPatch(current.metadata, params.metadata ?? undefined);
  if ('error' in metadata) throw new InvalidRequestError(metadata.error, { details: INVALID_METADATA_DETAILS });
  const next: AgentConfig = {
    name: params.name ?? current.name,
    description: params.description === undefined ? current.description : params.description || null,
    system: params.system === undefined ? current.system : params.system || null,
    model: params.model === undefined ? current.model : normalizeModel(params.model, current.model),
    tools: params.tools === undefined ? current.tools : normalizeTools(params.tools ?? []),
    mcp_servers:
      params.mcp_servers === undefined
        ? current.mcp_servers
        : (params.mcp_servers ?? []).map((s) => ({ type: 'url' as const, name: s.name, url: s.url })),
    skills: params.skills === undefined ? current.skills : normalizeSkills(params.skills),
    multiagent:
      params.multiagent === undefined ? current.multiagent : ((params.multiagent as Record<string, unknown> | null) ?? null),
    execution_identity:
      params.execution_identity === undefined ? current.execution_identity : (params.execution_identity ?? { type: 'service_account' }),
    metadata,
  };
  // `reverie: null` (or `{dreaming: null}`) removes the extension; omitted keeps it.
  const reverie = params.reverie === undefined ? current.reverie : params.reverie?.dreaming ? { dreaming: params.reverie.dreaming } : undefined;
  if (reverie) next.reverie = reverie;
  checkToolRules(next);
  return next;
}
