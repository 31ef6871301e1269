/** @module store/migrations — the one migration set, applied on start by both backends. */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-agents-environments.js';
import * as m0004 from './0004-jobs.js';
import * as m0005 from './0005-dreams.js';
import * as m0002 from './0002-sessions.js';
import * as m0003 from './0003-memory.js';
import * as m0006 from './0006-agents-environments-list-indexes.js';
import * as m0007 from './0007-imports.js';
import * as m0008 from './0008-session-dream-folds.js';

/**
 * Every migration in order. Add a new file `NNNN-name.ts` and one line here; never edit one that
 * has shipped.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-agents-environments': m0001,
  '0004-jobs': m0004,
  '0005-dreams': m0005,
  '0002-sessions': m0002,
  '0003-memory': m0003,
  '0006-agents-environments-list-indexes': m0006,
  '0007-imports': m0007,
  '0008-session-dream-folds': m0008,
};

/** A static provider: migrations are compiled in, so the built package needs no file-system scan. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
