/** @module store/kysely-backend — the backend bundle shared by both dialects. */
import { Migrator, type Kysely } from 'kysely';
import type { Database } from './database.js';
import type { Capabilities, StoreBackend } from './types.js';
import { migrationProvider } from './migrations/index.js';
import { KyselyAgentsStore } from './agents/kysely-agents-store.js';
import { KyselyEnvironmentsStore } from './environments/kysely-environments-store.js';
import { KyselyJobsStore } from './jobs/kysely-jobs-store.js';
import { KyselyDreamsStore } from './dreams/kysely-dreams-store.js';
import { KyselySettingsStore } from './settings/settings-store.js';
import { KyselySessionsStore } from './sessions/kysely-sessions-store.js';
import { KyselyMemoryStoresStore } from './memory/kysely-memory-stores-store.js';
import { KyselyImportsStore } from './imports/kysely-imports-store.js';
import type { ChangeGeneration } from './sqlite/wal-generation.js';

/** Tries of `migrate()` when a concurrent schema drop breaks Kysely's introspection (see there). */
const MIGRATE_ATTEMPTS = 3;
/**
 * PostgreSQL `invalid_schema_name`, `undefined_table` and `undefined_column`: all seen when another
 * connection creates or drops a schema while Kysely introspects every schema (parallel test runs; the
 * last from `pg_get_serial_sequence` on a table of a schema being dropped). PostgreSQL runs the whole
 * migration in one transaction, so a failed attempt left nothing behind and trying again is safe; a
 * real error of a migration fails every attempt and is reported.
 */
const PG_RETRYABLE_MIGRATION_CODES = new Set(['3F000', '42P01', '42703']);

function isSchemaVanished(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return typeof e === 'object' && e !== null && (PG_RETRYABLE_MIGRATION_CODES.has(String(e.code)) || PG_RETRYABLE_MIGRATION_CODES.has(String(e.cause?.code)));
}

/** The workspace every row belongs to until multi-tenant keys arrive. */
export const DEFAULT_WORKSPACE_ID = 'wrkspc_default';

/**
 * One database, one workspace: each store is bound to the workspace it was made for, so tenant
 * isolation is a property of the object a request holds rather than of every query call site.
 */
export class KyselyBackend implements StoreBackend {
  readonly db: Kysely<Database>;
  readonly capabilities: Capabilities;
  readonly workspaceId: string;
  readonly #onClose: () => Promise<void>;
  readonly #migrationTableSchema: string | undefined;
  readonly #changes: ChangeGeneration | undefined;

  constructor({
    db,
    capabilities,
    workspaceId = DEFAULT_WORKSPACE_ID,
    onClose,
    migrationTableSchema,
    changes,
  }: {
    db: Kysely<Database>;
    capabilities: Capabilities;
    workspaceId?: string;
    onClose?: () => Promise<void>;
    /**
     * PostgreSQL schema holding Kysely's migration tables. Without it Kysely's existence check sees
     * those tables in *any* schema of the database and then fails to find them in ours.
     */
    migrationTableSchema?: string | undefined;
    /**
     * Tells, cheaply and across processes, whether anything has committed since (SQLite in WAL mode);
     * stores with hot reads then serve unchanged rows from memory (ADR 0071). Closed with the backend.
     */
    changes?: ChangeGeneration | undefined;
  }) {
    this.db = db;
    this.capabilities = capabilities;
    this.workspaceId = workspaceId;
    this.#changes = changes;
    const close = onClose ?? (() => db.destroy());
    this.#onClose = async () => {
      await close();
      changes?.close();
    };
    this.#migrationTableSchema = migrationTableSchema;
  }

  agents(): KyselyAgentsStore {
    return new KyselyAgentsStore(this.db, this.workspaceId, this.#changes);
  }

  environments(): KyselyEnvironmentsStore {
    return new KyselyEnvironmentsStore(this.db, this.workspaceId);
  }

  settings(): KyselySettingsStore {
    return new KyselySettingsStore(this.db, this.workspaceId);
  }

  dreams(): KyselyDreamsStore {
    return new KyselyDreamsStore(this.db, this.workspaceId);
  }

  jobs(): KyselyJobsStore {
    return new KyselyJobsStore({ db: this.db, workspaceId: this.workspaceId, capabilities: this.capabilities });
  }

  sessions(): KyselySessionsStore {
    return new KyselySessionsStore(this.db, this.workspaceId);
  }

  memoryStores(): KyselyMemoryStoresStore {
    return new KyselyMemoryStoresStore(this.db, this.workspaceId);
  }

  imports(): KyselyImportsStore {
    return new KyselyImportsStore(this.db, this.workspaceId);
  }

  async migrate(): Promise<void> {
    const migrator = new Migrator({
      db: this.db,
      provider: migrationProvider,
      ...(this.#migrationTableSchema ? { migrationTableSchema: this.#migrationTableSchema } : {}),
    });
    let { error, results } = await migrator.migrateToLatest();
    // Kysely checks for its tables by introspecting every schema, and PostgreSQL fails that query with
    // 3F000 when another connection drops a schema meanwhile (parallel test runs do). Nothing was
    // applied by then and migrating is idempotent, so try again.
    for (let attempt = 1; error && isSchemaVanished(error) && attempt < MIGRATE_ATTEMPTS; attempt++) {
      ({ error, results } = await migrator.migrateToLatest());
    }
    if (error) {
      const failed = results?.find((r) => r.status === 'Error');
      throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, { cause: error });
    }
  }

  async close(): Promise<void> {
    await this.#onClose();
  }
}
