/** @module agents — agents, their versions and (later) the session runtime. */
export { AgentsService, toAgent, type Agent } from './agents-service.js';
export { agentCreateSchema, agentUpdateSchema, VERSION_MAX, type AgentCreateParams, type AgentUpdateParams } from './schemas.js';
export type { AgentConfig, ModelConfig } from './agent-config.js';
// Used by sessions (agent_with_overrides validates and normalises like an agent create).
export { modelParamsSchema, toolParamsSchema, mcpServerSchema, skillParamsSchema, type ModelParams, type ToolParams } from './schemas.js';
export { normalizeModel, normalizeTools, checkToolRules } from './agent-config.js';
