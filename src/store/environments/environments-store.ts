/** @module store/environments/environments-store — the environments port. */
import type { ListOptions, Page } from '../types.js';

/** An environment as stored; `body` holds the wire fields other than id and timestamps. */
export interface EnvironmentRecord {
  readonly id: string;
  readonly created_at: string;
  readonly updated_at: string;
  readonly archived_at: string | null;
  readonly body: Readonly<Record<string, unknown>>;
}

export interface EnvironmentsStore {
  create(input: { id: string; body: Record<string, unknown>; now: string }): Promise<EnvironmentRecord>;
  get(id: string): Promise<EnvironmentRecord | undefined>;
  /** Replaces the body (the service merges); returns undefined when the environment does not exist. */
  update(input: { id: string; body: Record<string, unknown>; now: string }): Promise<EnvironmentRecord | undefined>;
  list(options: ListOptions): Promise<Page<EnvironmentRecord>>;
  archive(id: string, now: string): Promise<EnvironmentRecord | undefined>;
  /** True when a row was deleted. */
  delete(id: string): Promise<boolean>;
}
