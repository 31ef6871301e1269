/** @module store/dreams/dreams-store — the dreams port. */
import type { ListOptions, Page } from '../types.js';
import type { DreamStatus } from './tables.js';

export type { DreamStatus };

export interface DreamRecord {
  readonly id: string;
  readonly status: DreamStatus;
  readonly agent_id: string | null;
  readonly input_store_id: string;
  readonly update_existing: boolean;
  readonly output_store_id: string | null;
  readonly body: Readonly<Record<string, unknown>>;
  readonly usage: Readonly<Record<string, number>>;
  readonly error: { type: string; message: string } | null;
  readonly session_id: string | null;
  readonly created_at: string;
  readonly updated_at: string;
  readonly ended_at: string | null;
  readonly archived_at: string | null;
}

export interface DreamInsert {
  readonly id: string;
  readonly agentId: string | null;
  readonly inputStoreId: string;
  readonly updateExisting: boolean;
  readonly body: Record<string, unknown>;
  readonly now: string;
}

export interface DreamsStore {
  /** Inserts a pending dream; returns 'store_busy' when another unfinished update_existing dream holds the store. */
  create(input: DreamInsert): Promise<DreamRecord | 'store_busy'>;
  get(id: string): Promise<DreamRecord | undefined>;
  list(options: ListOptions & { statuses?: readonly DreamStatus[]; agentId?: string }): Promise<Page<DreamRecord>>;
  /** Moves status only when the current status is one of `from`; returns the record after (changed or not) and whether it changed. */
  transition(input: {
    id: string;
    from: readonly DreamStatus[];
    to: DreamStatus;
    now: string;
    error?: { type: string; message: string } | null;
  }): Promise<{ record: DreamRecord | undefined; changed: boolean }>;
  setOutputStore(input: { id: string; storeId: string; now: string }): Promise<void>;
  setUsage(input: { id: string; usage: Record<string, number>; now: string }): Promise<void>;
  archive(id: string, now: string): Promise<DreamRecord | undefined>;
  /** Writes (or replaces, on a re-run) the structured report. */
  saveReport(input: { dreamId: string; report: Record<string, unknown>; now: string }): Promise<void>;
  getReport(dreamId: string): Promise<Record<string, unknown> | undefined>;
  /** The scheduler's stored state of an agent, if any. */
  getSchedule(agentId: string): Promise<Record<string, unknown> | undefined>;
  saveSchedule(input: { agentId: string; state: Record<string, unknown>; now: string }): Promise<void>;
  /** The newest completed dream of an agent that has a report. */
  latestCompleted(agentId: string): Promise<DreamRecord | undefined>;
}
