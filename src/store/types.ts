/** @module store/types — the storage ports. Domains depend on these, never on an adapter. */
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { AgentsStore } from './agents/agents-store.js';
import type { EnvironmentsStore } from './environments/environments-store.js';
import type { JobsStore } from './jobs/jobs-store.js';
import type { DreamsStore } from './dreams/dreams-store.js';
import type { SettingsStore } from './settings/settings-store.js';
import type { SessionsStore } from './sessions/sessions-store.js';
import type { MemoryStoresStore } from './memory/memory-stores-store.js';
import type { ImportsStore } from './imports/imports-store.js';

/**
 * What a backend can do, as data (STYLE §6): code picks a strategy once from these flags instead of
 * testing the dialect name all over the place.
 */
export interface Capabilities {
  readonly dialect: 'sqlite' | 'postgres';
  /** `SELECT … FOR UPDATE SKIP LOCKED` for queue claims. */
  readonly skipLocked: boolean;
  /** Several processes may share the database (job workers in other processes). */
  readonly multiProcess: boolean;
  /** `INSERT … RETURNING`. */
  readonly returning: boolean;
}

/** Options for keyset-paginated list queries. All lists sort by id, which sorts by creation time. */
export interface ListOptions {
  readonly limit: number;
  /** Return rows strictly after this id in the requested order. */
  readonly after?: string | undefined;
  readonly order?: 'asc' | 'desc';
  readonly createdAt?: TimeRange;
  readonly includeArchived?: boolean;
}

/** `created_at[gt|gte|lt|lte]` filters; values are RFC 3339 strings. */
export interface TimeRange {
  readonly gt?: string | undefined;
  readonly gte?: string | undefined;
  readonly lt?: string | undefined;
  readonly lte?: string | undefined;
}

/** One page of rows: `hasMore` tells whether a further page exists. */
export interface Page<T> {
  readonly items: T[];
  readonly hasMore: boolean;
}

/**
 * The backend bundle, an abstract factory in the style of Kysely's `Dialect` (STYLE §5): one object per
 * database, handing out one store per domain. Every store is written once against Kysely.
 */
export interface StoreBackend {
  readonly capabilities: Capabilities;
  /** The query builder, for stores of other domains built on this backend. @internal */
  readonly db: Kysely<Database>;
  agents(): AgentsStore;
  environments(): EnvironmentsStore;
  jobs(): JobsStore;
  dreams(): DreamsStore;
  settings(): SettingsStore;
  sessions(): SessionsStore;
  memoryStores(): MemoryStoresStore;
  /** The import ledger (idempotent `reverie import`). */
  imports(): ImportsStore;
  /** Applies every pending migration; safe to call on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}
