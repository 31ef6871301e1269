/** @module store/migrations/0005-dreams — dreams, their reports, and per-workspace settings. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dreams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text')
    .addColumn('input_store_id', 'text', (c) => c.notNull())
    .addColumn('update_existing', 'integer', (c) => c.notNull())
    .addColumn('output_store_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('usage', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('session_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema.createIndex('dreams_ws_agent').on('dreams').columns(['workspace_id', 'agent_id', 'status']).execute();
  // Single writer per store: at most one unfinished update_existing dream per input store, enforced by
  // the database so two concurrent creates cannot both pass.
  await db.schema
    .createIndex('dreams_one_writer_per_store')
    .on('dreams')
    .column('input_store_id')
    .unique()
    .where(sql<boolean>`update_existing = 1 and status in ('pending', 'running')`)
    .execute();
  await db.schema
    .createTable('dream_reports')
    .addColumn('dream_id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('dream_schedules')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dream_schedules_pk', ['workspace_id', 'agent_id'])
    .execute();
  await db.schema
    .createTable('settings')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('settings_pk', ['workspace_id', 'key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('settings').execute();
  await db.schema.dropTable('dream_schedules').execute();
  await db.schema.dropTable('dream_reports').execute();
  await db.schema.dropTable('dreams').execute();
}
