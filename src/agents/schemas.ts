/** @module agents/schemas — request schemas for agents (wire-api §2.1). */
import { z } from 'zod';
import { metadataPatchSchema, metadataSchema } from '../shared/wire-schemas.js';
import { dreamingConfigSchema } from '../jobs/index.js';

export const NAME_MAX = 256;
export const DESCRIPTION_MAX = 2048;
/** Same cap as a session's `system` override. */
export const SYSTEM_MAX = 100_000;
export const TOOLS_MAX = 256;
export const MCP_SERVERS_MAX = 20;
const ID_MAX = 256;
/** Versions are PostgreSQL `integer`s: a larger number can never match and must not reach SQL. */
export const VERSION_MAX = 2_147_483_647;

/** An id we look up: PostgreSQL text cannot hold NUL, so such an id can never exist (and must not reach SQL). */
const idRef = z.string().min(1).max(ID_MAX).refine((v) => !v.includes('\u0000'), 'must not contain NUL characters');
const versionNumber = z.number().int().min(1).max(VERSION_MAX);

const effortLevel = z.enum(['low', 'medium', 'high', 'xhigh', 'max']);
export const modelParamsSchema = z.union([
  z.string().min(1).max(ID_MAX),
  z
    .object({
      id: z.string().min(1).max(ID_MAX),
      effort: z.union([effortLevel, z.object({ type: effortLevel })]).nullish(),
      speed: z.enum(['standard', 'fast']).nullish(),
      inference_geo: z.string().min(1).max(64).nullish(),
    })
    .strict(),
]);
export type ModelParams = z.infer<typeof modelParamsSchema>;

const policySchema = z.object({ type: z.enum(['always_allow', 'always_ask', 'auto']) });
const defaultConfigSchema = z.object({ enabled: z.boolean().nullish(), permission_policy: policySchema.nullish() });
export const AGENT_TOOL_NAMES = ['bash', 'edit', 'read', 'write', 'glob', 'grep', 'web_fetch', 'web_search'] as const;

/** wire-api §2.1: web tool domain lists hold 1–64 entries (an empty list is rejected: omit it instead). */
const WEB_DOMAINS_MAX = 64;
/** Long enough for a hostname (253) plus the path suffix web_search accepts. */
const WEB_DOMAIN_CHARS_MAX = 2048;
/** wire-api §2.1: an `only`/`except` url_sources list names 1–128 tools. */
const URL_SOURCE_TOOLS_MAX = 128;
/** Tool names are 1–128 characters wherever they appear (custom tools, MCP tool configs). */
const TOOL_NAME_MAX = 128;
/** Free-text parts of a web_search `user_location`. */
const LOCATION_FIELD_MAX = 255;

type AgentToolName = (typeof AGENT_TOOL_NAMES)[number];

/** What every agent tool override carries; `type`, when sent, must repeat `name` (wire-api §2.1: `type?(=name)`). */
function agentToolConfigShape<N extends AgentToolName>(name: N) {
  return {
    name: z.literal(name),
    type: z.literal(name).optional(),
    enabled: z.boolean().nullish(),
    permission_policy: policySchema.nullish(),
  };
}

const domainList = z.array(z.string().min(1).max(WEB_DOMAIN_CHARS_MAX)).min(1).max(WEB_DOMAINS_MAX);
const webDomains = { allowed_domains: domainList.optional(), blocked_domains: domainList.optional() };
const domainsExclusive = (c: { allowed_domains?: unknown; blocked_domains?: unknown }) =>
  c.allowed_domains === undefined || c.blocked_domains === undefined;
const DOMAINS_EXCLUSIVE = { message: 'allowed_domains and blocked_domains cannot be combined', path: ['blocked_domains'] };

const toolReferenceList = z
  .array(z.object({ type: z.literal('tool_reference'), name: z.string().min(1).max(TOOL_NAME_MAX) }))
  .min(1)
  .max(URL_SOURCE_TOOLS_MAX)
  .refine((tools) => new Set(tools.map((t) => t.name)).size === tools.length, 'each tool may be named once');
const urlSourceShorthand = z.enum(['all', 'none']);
const urlSourceUserInput = z.union([urlSourceShorthand, z.object({ type: urlSourceShorthand })]);
const urlSourceToolFilter = z.union([
  urlSourceShorthand,
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('all') }),
    z.object({ type: z.literal('none') }),
    z.object({ type: z.literal('only'), tools: toolReferenceList }),
    z.object({ type: z.literal('except'), tools: toolReferenceList }),
  ]),
]);
const isNone = (v: unknown) => v === 'none' || (typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'none');
const urlSourcesSchema = z
  .object({
    user_input: urlSourceUserInput.nullish(),
    client_tool_results: urlSourceToolFilter.nullish(),
    server_tool_results: urlSourceToolFilter.nullish(),
  })
  .refine(
    (u) => !(isNone(u.user_input) && isNone(u.client_tool_results) && isNone(u.server_tool_results)),
    'url_sources: setting all three sources to "none" leaves web_fetch nothing to fetch',
  );

const locationField = z.string().max(LOCATION_FIELD_MAX).nullish();
const userLocationSchema = z.object({
  type: z.literal('approximate'),
  city: locationField,
  country: locationField,
  region: locationField,
  timezone: locationField,
});

/** One override per agent tool; web_fetch and web_search carry their extra settings (wire-api §2.1). */
const agentToolConfigSchema = z.discriminatedUnion('name', [
  z.object(agentToolConfigShape('bash')),
  z.object(agentToolConfigShape('edit')),
  z.object(agentToolConfigShape('read')),
  z.object(agentToolConfigShape('write')),
  z.object(agentToolConfigShape('glob')),
  z.object(agentToolConfigShape('grep')),
  z
    .object({
      ...agentToolConfigShape('web_fetch'),
      ...webDomains,
      max_content_tokens: z.number().int().positive().nullish(),
      url_sources: urlSourcesSchema.nullish(),
    })
    .refine(domainsExclusive, DOMAINS_EXCLUSIVE),
  z
    .object({ ...agentToolConfigShape('web_search'), ...webDomains, user_location: userLocationSchema.nullish() })
    .refine(domainsExclusive, DOMAINS_EXCLUSIVE),
]);
export type AgentToolConfigParams = z.infer<typeof agentToolConfigSchema>;

const agentToolsetSchema = z.object({
  type: z.literal('agent_toolset_20260401'),
  default_config: defaultConfigSchema.nullish(),
  configs: z.array(agentToolConfigSchema).max(AGENT_TOOL_NAMES.length).nullish(),
});

const mcpToolsetSchema = z.object({
  type: z.literal('mcp_toolset'),
  mcp_server_name: z.string().min(1).max(255),
  default_config: defaultConfigSchema.nullish(),
  configs: z
    .array(z.object({ name: z.string().min(1).max(128), enabled: z.boolean().nullish(), permission_policy: policySchema.nullish() }))
    .max(TOOLS_MAX)
    .nullish(),
});

export const customToolSchema = z.object({
  type: z.literal('custom'),
  name: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be 1–128 characters of A–Z, a–z, 0–9, _ or -'),
  description: z.string().max(10_000),
  input_schema: z.object({ type: z.literal('object') }).catchall(z.unknown()),
});

export const toolParamsSchema = z.discriminatedUnion('type', [agentToolsetSchema, mcpToolsetSchema, customToolSchema]);
export type ToolParams = z.infer<typeof toolParamsSchema>;

export const mcpServerSchema = z.object({
  type: z.literal('url'),
  name: z.string().min(1).max(255),
  url: z.string().url().max(2048),
});

export const skillParamsSchema = z.object({
  type: z.enum(['anthropic', 'custom']),
  skill_id: z.string().min(1).max(ID_MAX),
  version: z.string().max(64).nullish(),
});

const rosterEntry = z.union([
  idRef,
  z.object({ type: z.literal('agent'), id: idRef, version: versionNumber.nullish() }),
  z.object({ type: z.literal('self') }),
  z.object({ type: z.literal('advisor'), model: modelParamsSchema }),
]);
/** wire-api §2.1: a coordinator roster and each `predefined_agents` list hold at most 20 agents. */
const ROSTER_MAX = 20;

const predefinedAgentEntry = z.union([
  idRef,
  z.object({ type: z.literal('agent'), id: idRef, version: versionNumber.nullish() }),
  z.object({ type: z.literal('self') }),
]);
export type PredefinedAgentParams = z.infer<typeof predefinedAgentEntry>;
const enabledOrDisabled = z.object({ type: z.enum(['enabled', 'disabled']) });
/** `subagents` and `workflows` of `multiagent_20261001` share one shape. */
const multiagentMemberSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('enabled'),
    inline_agents: enabledOrDisabled.nullish(),
    predefined_agents: z.array(predefinedAgentEntry).max(ROSTER_MAX).nullish(),
  }),
  z.object({ type: z.literal('disabled') }),
]);
export type MultiagentMemberParams = z.infer<typeof multiagentMemberSchema>;
const multiagentAdvisorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('enabled'), model: z.string().min(1).max(ID_MAX) }),
  z.object({ type: z.literal('disabled') }),
]);

export const multiagent20261001Schema = z.object({
  type: z.literal('multiagent_20261001'),
  advisor: multiagentAdvisorSchema.nullish(),
  subagents: multiagentMemberSchema.nullish(),
  workflows: multiagentMemberSchema.nullish(),
});
export type Multiagent20261001Params = z.infer<typeof multiagent20261001Schema>;

export const multiagentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('coordinator'), agents: z.array(rosterEntry).min(1).max(ROSTER_MAX) }),
  multiagent20261001Schema,
]);
export type MultiagentParams = z.infer<typeof multiagentSchema>;

export const executionIdentitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('service_account') }),
  z.object({ type: z.literal('aws_role'), role_arn: z.string().min(1).max(2048) }),
]);

const common = {
  description: z.string().max(DESCRIPTION_MAX).nullish(),
  system: z.string().max(SYSTEM_MAX).nullish(),
  tools: z.array(toolParamsSchema).max(TOOLS_MAX).nullish(),
  mcp_servers: z.array(mcpServerSchema).max(MCP_SERVERS_MAX).nullish(),
  skills: z.array(skillParamsSchema).max(64).nullish(),
  multiagent: multiagentSchema.nullish(),
  execution_identity: executionIdentitySchema.nullish(),
  /** Reverie extension (a name the official API does not use): dreaming settings, versioned with the agent. */
  reverie: z.object({ dreaming: dreamingConfigSchema.nullish() }).nullish(),
};

/** `POST /v1/agents`. */
export const agentCreateSchema = z.object({
  name: z.string().min(1).max(NAME_MAX),
  model: modelParamsSchema,
  metadata: metadataSchema.optional(),
  ...common,
});
export type AgentCreateParams = z.infer<typeof agentCreateSchema>;

/** `POST /v1/agents/{id}`: everything optional, plus the optimistic `version`. */
export const agentUpdateSchema = z.object({
  version: versionNumber.optional(),
  name: z.string().min(1).max(NAME_MAX).nullish(),
  model: modelParamsSchema.nullish(),
  metadata: metadataPatchSchema.nullish(),
  ...common,
});
export type AgentUpdateParams = z.infer<typeof agentUpdateSchema>;
