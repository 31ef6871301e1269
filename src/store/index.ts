/** @module store — storage ports and the two adapters. Only composition roots pick an adapter. */
export type { Capabilities, ListOptions, Page, StoreBackend, TimeRange } from './types.js';
export type { Database } from './database.js';
export type { AgentRecord, AgentsStore } from './agents/agents-store.js';
export type { EnvironmentRecord, EnvironmentsStore } from './environments/environments-store.js';
export type { SettingsStore } from './settings/settings-store.js';
export type { DreamRecord, DreamsStore, DreamStatus, DreamInsert } from './dreams/dreams-store.js';
export type { JobRecord, JobsStore, JobStatus, EnqueueInput, LeaseRef } from './jobs/jobs-store.js';
export type {
  EventListOptions,
  SessionListOptions,
  SessionPatch,
  SessionFold,
  SessionFoldState,
  SessionRecord,
  SessionsStore,
  StoredEvent,
} from './sessions/sessions-store.js';
export type {
  ActorRecord,
  MemoryContent,
  MemoryListQuery,
  MemoryPrefixRecord,
  MemoryRecord,
  MemoryStoreRecord,
  MemoryStoresStore,
  MemoryVersionListQuery,
  MemoryVersionRecord,
  UpdateDecision,
  WriteFailure,
  WriteResult,
} from './memory/memory-stores-store.js';
export type { ImportRecord, ImportsStore } from './imports/imports-store.js';
export { KyselyBackend, DEFAULT_WORKSPACE_ID } from './kysely-backend.js';
export { createSqliteBackend, SQLITE_CAPABILITIES } from './sqlite/sqlite-backend.js';
export { createPostgresBackend, dangerouslyDropSchema, POSTGRES_CAPABILITIES } from './postgres/postgres-backend.js';
export { pageById, toPage, whereCreatedAt } from './query-helpers.js';
export { openBackend } from './open-backend.js';
