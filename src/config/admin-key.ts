/** @module config/admin-key — the admin API key generated on first start when none is configured. */
import { mkdirSync, readFileSync, writeFileSync, existsSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const KEY_FILE = 'admin-key';
/** 32 random bytes: as strong as the HMAC keys that protect it. */
const KEY_BYTES = 32;

export interface AdminKey {
  readonly key: string;
  /** Where the key lives; absent when it came from REVERIE_API_KEY. */
  readonly path?: string;
  /** True on the start that made it (the only time it is printed). */
  readonly created: boolean;
}

/** Returns the configured key, or reads/creates `<dataDir>/admin-key` (mode 0600). */
export function ensureAdminKey({ dataDir, configured }: { dataDir: string; configured?: string | undefined }): AdminKey {
  if (configured) return { key: configured, created: false };
  const path = join(dataDir, KEY_FILE);
  if (existsSync(path)) return { key: readFileSync(path, 'utf8').trim(), path, created: false };
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = `sk-rev-${randomBytes(KEY_BYTES).toString('base64url')}`;
  writeFileSync(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return { key, path, created: true };
}
