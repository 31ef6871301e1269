/** @module store/database — the Kysely table types of every domain, joined into one `Database`. */
import type { AgentsTables } from './agents/tables.js';
import type { EnvironmentsTables } from './environments/tables.js';
import type { JobsTables } from './jobs/tables.js';
import type { DreamsTables } from './dreams/tables.js';
import type { SettingsTables } from './settings/settings-store.js';
import type { SessionsTables } from './sessions/tables.js';
import type { MemoryTables } from './memory/tables.js';
import type { ImportsTables } from './imports/tables.js';

/** Every table Reverie owns. Timestamps are RFC 3339 text (fixed width, so they sort); JSON is text. */
export type Database = AgentsTables & EnvironmentsTables & JobsTables & SessionsTables & MemoryTables & DreamsTables & SettingsTables & ImportsTables;
