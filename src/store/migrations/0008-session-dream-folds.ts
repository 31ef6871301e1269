/**
 * @module store/migrations/0008-session-dream-folds — a per-session cache of what a dream reads from the
 * event log (ADR 0061), so a dream over 10k sessions reads 10k small rows instead of every event.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('session_dream_folds')
    .addColumn('session_id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('format', 'integer', (c) => c.notNull())
    .addColumn('through_seq', 'integer', (c) => c.notNull())
    .addColumn('last_event_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('session_dream_folds').execute();
}
