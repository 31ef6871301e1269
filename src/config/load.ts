/** @module config/load — the only module that reads the environment (STYLE §10). */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { configSchema, type Config } from './schema.js';
import { safeParseJSON, formatZodIssues } from '../shared/json.js';

/** Raised when configuration is invalid; its message names the variable and the rule. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const ENV_KEYS: Record<string, string> = {
  REVERIE_HOST: 'host',
  REVERIE_PORT: 'port',
  REVERIE_DATA_DIR: 'dataDir',
  DATABASE_URL: 'databaseUrl',
  REVERIE_API_KEY: 'apiKey',
  REVERIE_MAX_BODY_BYTES: 'maxBodyBytes',
  REVERIE_LOG_LEVEL: 'logLevel',
};

/**
 * Reads configuration once: an optional JSON file (`REVERIE_CONFIG`, or `reverie.config.json` in the
 * working directory), then the environment on top, validated and frozen.
 * @example const config = loadConfig(process.env);
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Record<string, unknown> = {}): Config {
  const fromFile = readConfigFile(env);
  const raw: Record<string, unknown> = { ...fromFile };
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  raw['anthropic'] = {
    ...(fromFile['anthropic'] as object | undefined),
    ...defined({ apiKey: env['ANTHROPIC_API_KEY'], baseUrl: env['ANTHROPIC_BASE_URL'] }),
  };
  raw['openai'] = {
    ...(fromFile['openai'] as object | undefined),
    ...defined({
      baseUrl: env['REVERIE_OPENAI_BASE_URL'],
      apiKey: env['REVERIE_OPENAI_API_KEY'],
      modelMap: env['REVERIE_OPENAI_MODEL_MAP'] ? parseModelMap(env['REVERIE_OPENAI_MODEL_MAP']) : undefined,
    }),
  };
  Object.assign(raw, overrides);
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const names = Object.fromEntries(Object.entries(ENV_KEYS).map(([k, v]) => [v, k]));
    const message = parsed.error.issues
      .map((i) => `${names[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new ConfigError(`Invalid configuration — ${message}`);
  }
  return deepFreeze({ ...parsed.data, dataDir: resolve(parsed.data.dataDir) });
}

function readConfigFile(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const path = env['REVERIE_CONFIG'] ?? (existsSync('reverie.config.json') ? 'reverie.config.json' : undefined);
  if (!path) return {};
  if (!existsSync(path)) throw new ConfigError(`REVERIE_CONFIG: file not found: ${path}`);
  const parsed = safeParseJSON(readFileSync(path, 'utf8'));
  if (!parsed.success || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    throw new ConfigError(`${path}: must be a JSON object (${parsed.success ? 'got another JSON value' : parsed.error.message})`);
  }
  return parsed.value as Record<string, unknown>;
}

function parseModelMap(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [from, to] = pair.split('=');
    if (!from || !to) throw new ConfigError(`REVERIE_OPENAI_MODEL_MAP: expected name=upstream pairs, got "${pair}"`);
    map[from.trim()] = to.trim();
  }
  return map;
}

function defined(obj: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== ''));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export { formatZodIssues };
