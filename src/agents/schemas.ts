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

const agentToolConfigSchema = z
  .object({
    name: z.enum(AGENT_TOOL_NAMES),
    type: z.enum(AGENT_TOOL_NAMES).optional(),
    enabled: z.boolean().nullish(),
    permission_policy: policySchema.nullish(),
  })
  // web_fetch/web_search carry extra settings (domains, url_sources, user_location) that we store and echo.
  .catchall(z.unknown());

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
export const multiagentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('coordinator'), agents: z.array(rosterEntry).min(1).max(20) }),
  // The newer shape is stored and echoed (wire-api §5 allows multiagent configs to be store/echo).
  z.object({ type: z.literal('multiagent_20261001') }).catchall(z.unknown()),
]);

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
