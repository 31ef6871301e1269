/** @module store/agents/tables — agent rows: one head row per agent, one immutable row per version. */

export interface AgentsTable {
  id: string;
  workspace_id: string;
  /** Head version number. */
  version: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface AgentVersionsTable {
  agent_id: string;
  version: number;
  /** JSON of the agent's configuration at this version (everything but id/version/timestamps). */
  config: string;
  created_at: string;
}

export interface AgentsTables {
  agents: AgentsTable;
  agent_versions: AgentVersionsTable;
}
