/** @module importing/detect — which format a line is in, from its shape (used when `--format` is absent). */
import { isObject } from './extras.js';
import type { ImportFormat } from './types.js';

/** Roles and fields only the OpenAI chat format has. */
const OPENAI_ROLES = new Set(['system', 'developer', 'tool', 'function']);
/** Content block types only the Anthropic Messages format has. */
const ANTHROPIC_BLOCKS = new Set(['tool_use', 'tool_result', 'image', 'document', 'thinking', 'redacted_thinking']);

/**
 * Detects the format of one parsed line, or undefined when it fits none:
 * `events` array → managed-agents; `messages` + `started_at` → reverie; OpenAI-only roles or fields
 * (`tool_calls`, `tool_call_id`, null content, `created`) → openai; a top-level `system`, Anthropic-only
 * blocks or `created_at` → anthropic; plain text chat → openai (both read it the same way).
 * @example detectFormat({ messages: [{ role: 'user', content: 'hi' }] }) // 'openai'
 */
export function detectFormat(value: unknown): ImportFormat | undefined {
  if (!isObject(value)) return undefined;
  if (Array.isArray(value['events'])) return 'managed-agents';
  const messages = value['messages'];
  if (!Array.isArray(messages)) return undefined;
  if (typeof value['started_at'] === 'string') return 'reverie';
  const objects = messages.filter(isObject);
  const openAi = objects.some(
    (m) => OPENAI_ROLES.has(String(m['role'])) || 'tool_calls' in m || 'tool_call_id' in m || m['content'] === null,
  );
  if (openAi) return 'openai';
  const anthropic =
    'system' in value ||
    objects.some((m) => Array.isArray(m['content']) && (m['content'] as unknown[]).some((b) => isObject(b) && ANTHROPIC_BLOCKS.has(String(b['type']))));
  if (anthropic) return 'anthropic';
  if ('created' in value) return 'openai';
  if ('created_at' in value) return 'anthropic';
  return 'openai';
}
