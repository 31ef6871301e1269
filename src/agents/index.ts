/** @module agents — agents, their versions and (later) the session runtime. */
export { AgentsService, toAgent, type Agent } from './agents-service.js';
export { agentCreateSchema, agentUpdateSchema, type AgentCreateParams, type AgentUpdateParams } from './schemas.js';
export type { AgentConfig, ModelConfig } from './agent-config.js';
