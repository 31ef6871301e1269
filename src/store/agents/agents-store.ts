/** @module store/agents/agents-store — the agents port. */
import type { ListOptions, Page } from '../types.js';

/** One version of an agent as stored; `config` is the wire configuration (JSON object). */
export interface AgentRecord {
  readonly id: string;
  readonly version: number;
  readonly created_at: string;
  /** When this version was written. */
  readonly updated_at: string;
  readonly archived_at: string | null;
  readonly config: Readonly<Record<string, unknown>>;
}

export interface AgentsStore {
  create(input: { id: string; config: Record<string, unknown>; now: string }): Promise<AgentRecord>;
  /** The head version, or the given one; undefined when the agent (or version) does not exist. */
  get(id: string, version?: number): Promise<AgentRecord | undefined>;
  /**
   * Compare-and-set: appends version `fromVersion + 1` only if the head is still `fromVersion` and the
   * agent is not archived. Returns the new head, or undefined when the head moved (caller decides).
   */
  appendVersion(input: {
    id: string;
    fromVersion: number;
    config: Record<string, unknown>;
    now: string;
  }): Promise<AgentRecord | undefined>;
  list(options: ListOptions): Promise<Page<AgentRecord>>;
  /** Versions newest first. */
  listVersions(id: string, options: { limit: number; after?: number | undefined }): Promise<Page<AgentRecord>>;
  /** Sets `archived_at` once; returns the head (unchanged if already archived). */
  archive(id: string, now: string): Promise<AgentRecord | undefined>;
}
