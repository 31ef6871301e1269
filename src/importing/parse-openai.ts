/**
 * @module importing/parse-openai — OpenAI chat-format transcripts: `{messages: [{role: system|developer|
 * user|assistant|tool|function, content, tool_calls?, tool_call_id?, name?}], id?, created?}` per line.
 */
import { isObject, optionalId } from './extras.js';
import { finishTranscript } from './transcript.js';
import type { DraftMessage } from './timeline.js';
import type { LineParser, ParseOutcome } from './types.js';

/** Per-message time fields some exporters add (not part of the chat API). */
const MESSAGE_TIME_KEYS = ['created', 'created_at', 'timestamp'] as const;
/** Transcript-level start time fields, in order of preference (`created` is Unix seconds). */
const START_TIME_KEYS = ['created', 'created_at', 'started_at', 'timestamp'] as const;
/**
 * The chat format has no error flag on tool messages: a non-standard `is_error: true` wins, else a
 * tool output that starts with "error"/"exception" or is a JSON object with an `error` key counts.
 */
const ERROR_TEXT = /^\s*(error|exception)\b|^\s*\{\s*"error"\s*:/i;

type Fail = Extract<ParseOutcome, { ok: false }>;
const invalid = (detail: string): Fail => ({ ok: false, reason: 'invalid_record', detail });

/** Text of a chat `content`: a string, null, or content parts. */
function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (!Array.isArray(content)) return undefined;
  return content
    .map((p) => {
      if (!isObject(p)) return '';
      if ((p['type'] === 'text' || p['type'] === 'input_text' || p['type'] === 'output_text') && typeof p['text'] === 'string') return p['text'];
      if (p['type'] === 'refusal' && typeof p['refusal'] === 'string') return p['refusal'];
      if (p['type'] === 'image_url') return '[image]';
      return '';
    })
    .filter(Boolean)
    .join('\n');
}

/**
 * Turns one chat transcript into a session record. System and developer messages are instructions,
 * not conversation, and are left out; each `tool` (or legacy `function`) message becomes a tool
 * message named after the assistant's matching `tool_calls` entry.
 */
export const parseOpenAi: LineParser = (value, ctx) => {
  const raw = value['messages'];
  if (!Array.isArray(raw)) return invalid('messages: expected an array');
  const drafts: DraftMessage[] = [];
  const toolNames = new Map<string, string>();
  for (const [i, m] of raw.entries()) {
    if (!isObject(m)) return invalid(`messages.${i}: expected an object`);
    const role = m['role'];
    const at = MESSAGE_TIME_KEYS.map((k) => m[k]).find((v) => v !== undefined);
    const text = contentText(m['content']);
    if (text === undefined) return invalid(`messages.${i}.content: expected a string, null or an array of parts`);
    switch (role) {
      case 'system':
      case 'developer':
        break;
      case 'user':
        drafts.push({ role: 'user', content: text, at });
        break;
      case 'assistant': {
        if (text) drafts.push({ role: 'assistant', content: text, at });
        const calls = m['tool_calls'];
        if (calls !== undefined && calls !== null && !Array.isArray(calls)) return invalid(`messages.${i}.tool_calls: expected an array`);
        for (const call of (calls ?? []) as unknown[]) {
          if (!isObject(call)) continue;
          const fn = isObject(call['function']) ? call['function'] : {};
          const id = optionalId(call['id']);
          if (id) toolNames.set(id, typeof fn['name'] === 'string' ? fn['name'] : 'tool');
        }
        break;
      }
      case 'tool':
      case 'function': {
        const name = role === 'function' && typeof m['name'] === 'string' ? m['name'] : toolNames.get(optionalId(m['tool_call_id']) ?? '') ?? 'tool';
        const error = m['is_error'] === true || ERROR_TEXT.test(text);
        drafts.push({ role: 'tool', content: text, at, tool: { name, error } });
        break;
      }
      default:
        return invalid(`messages.${i}.role: expected system, developer, user, assistant or tool, got ${JSON.stringify(role)}`);
    }
  }
  if (drafts.length === 0) return { ok: false, reason: 'empty_transcript', detail: 'no user, assistant or tool message' };
  return finishTranscript({ value, drafts, ctx, startKeys: START_TIME_KEYS, fallbackId: 'openai-transcript' });
};
