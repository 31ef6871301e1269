/** @module store/migrations/0003-memory — memory stores, memories and memory versions. */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Paths must sort byte-wise on both backends: list order, prefix ranges (`/a/` ≤ p < `/a0`) and the
  // descendant check rely on it. SQLite's default BINARY collation already is; PostgreSQL's may not be.
  const pathType = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('memory_stores')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('metadata', 'text', (c) => c.notNull())
    .addColumn('memory_count', 'integer', (c) => c.notNull())
    .addColumn('version_seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema.createIndex('memory_stores_ws_id').on('memory_stores').columns(['workspace_id', 'id']).execute();
  await db.schema
    .createTable('memories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('memory_store_id', 'text', (c) => c.notNull().references('memory_stores.id').onDelete('cascade'))
    .addColumn('path', pathType, (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('content_size_bytes', 'integer', (c) => c.notNull())
    .addColumn('memory_version_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('memories_store_path').on('memories').columns(['memory_store_id', 'path']).unique().execute();
  await db.schema
    .createTable('memory_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('memory_store_id', 'text', (c) => c.notNull().references('memory_stores.id').onDelete('cascade'))
    .addColumn('memory_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('path', 'text')
    .addColumn('content', 'text')
    .addColumn('content_sha256', 'text')
    .addColumn('content_size_bytes', 'integer')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('redacted_at', 'text')
    .addColumn('redacted_by', 'text')
    .execute();
  await db.schema.createIndex('memory_versions_store_seq').on('memory_versions').columns(['memory_store_id', 'seq']).unique().execute();
  await db.schema
    .createIndex('memory_versions_memory_seq')
    .on('memory_versions')
    .columns(['memory_store_id', 'memory_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('memory_versions').execute();
  await db.schema.dropTable('memories').execute();
  await db.schema.dropTable('memory_stores').execute();
}
