/** @module store/kysely-backend — the backend bundle shared by both dialects. */
import { Migrator, type Kysely } from 'kysely';
import type { Database } from './database.js';
import type { Capabilities, StoreBackend } from './types.js';
import { migrationProvider } from './migrations/index.js';
import { KyselyAgentsStore } from './agents/kysely-agents-store.js';
import { KyselyEnvironmentsStore } from './environments/kysely-environments-store.js';

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

  constructor({
    db,
    capabilities,
    workspaceId = DEFAULT_WORKSPACE_ID,
    onClose,
  }: {
    db: Kysely<Database>;
    capabilities: Capabilities;
    workspaceId?: string;
    onClose?: () => Promise<void>;
  }) {
    this.db = db;
    this.capabilities = capabilities;
    this.workspaceId = workspaceId;
    this.#onClose = onClose ?? (() => db.destroy());
  }

  agents(): KyselyAgentsStore {
    return new KyselyAgentsStore(this.db, this.workspaceId);
  }

  environments(): KyselyEnvironmentsStore {
    return new KyselyEnvironmentsStore(this.db, this.workspaceId);
  }

  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error');
      throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, { cause: error });
    }
  }

  async close(): Promise<void> {
    await this.#onClose();
  }
}
