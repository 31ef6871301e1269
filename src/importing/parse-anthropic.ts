/**
 * @module importing/parse-anthropic — Anthropic Messages transcripts: `{messages: [{role, content}],
 * system?, id?, metadata?, created_at?}` per line; content is a string or blocks (text, tool_use,
 * tool_result with is_error, image, document, thinking).
 */
import { isObject, optionalId } from './extras.js';
import { finishTranscript } from './transcript.js';
import type { DraftMessage } from './timeline.js';
import type { LineParser, ParseOutcome } from './types.js';

/** Per-message time fields some exporters add (not part of the Messages API). */
const MESSAGE_TIME_KEYS = ['created_at', 'timestamp'] as const;
/** Transcript-level start time fields, in order of preference. */
const START_TIME_KEYS = ['created_at', 'started_at', 'timestamp'] as const;

type Fail = Extract<ParseOutcome, { ok: false }>;
const invalid = (detail: string): Fail => ({ ok: false, reason: 'invalid_record', detail });

/** Text of a `tool_result` or nested content: a string or blocks. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map(blockText).filter(Boolean).join('\n');
}

function blockText(block: unknown): string {
  if (!isObject(block)) return '';
  switch (block['type']) {
    case 'text':
      return typeof block['text'] === 'string' ? block['text'] : '';
    case 'image':
      return '[image]';
    case 'document': {
      const source = isObject(block['source']) ? block['source'] : {};
      return source['type'] === 'text' && typeof source['data'] === 'string' ? source['data'] : '[document]';
    }
    default:
      return '';
  }
}

/**
 * Turns one transcript into a session record: text blocks become user/assistant messages, each
 * `tool_result` a tool message named after its `tool_use` and flagged by `is_error`.
 */
export const parseAnthropic: LineParser = (value, ctx) => {
  const raw = value['messages'];
  if (!Array.isArray(raw)) return invalid('messages: expected an array');
  const drafts: DraftMessage[] = [];
  const toolNames = new Map<string, string>();
  for (const [i, m] of raw.entries()) {
    if (!isObject(m)) return invalid(`messages.${i}: expected an object`);
    const role = m['role'];
    if (role !== 'user' && role !== 'assistant') return invalid(`messages.${i}.role: expected "user" or "assistant", got ${JSON.stringify(role)}`);
    const at = MESSAGE_TIME_KEYS.map((k) => m[k]).find((v) => v !== undefined);
    const content = m['content'];
    if (typeof content === 'string') {
      drafts.push({ role, content, at });
      continue;
    }
    if (!Array.isArray(content)) return invalid(`messages.${i}.content: expected a string or an array of blocks`);
    let text: string[] = [];
    const flush = (): void => {
      if (text.length) drafts.push({ role, content: text.join('\n'), at });
      text = [];
    };
    for (const [j, block] of content.entries()) {
      if (!isObject(block) || typeof block['type'] !== 'string') return invalid(`messages.${i}.content.${j}: expected a block with a type`);
      if (block['type'] === 'tool_use') {
        flush();
        const id = optionalId(block['id']);
        if (id) toolNames.set(id, typeof block['name'] === 'string' ? block['name'] : 'tool');
      } else if (block['type'] === 'tool_result') {
        flush();
        const useId = optionalId(block['tool_use_id']) ?? '';
        drafts.push({ role: 'tool', content: contentText(block['content']), at, tool: { name: toolNames.get(useId) ?? 'tool', error: block['is_error'] === true } });
      } else {
        const t = blockText(block);
        if (t) text.push(t);
      }
    }
    flush();
  }
  if (drafts.length === 0) return { ok: false, reason: 'empty_transcript', detail: 'no text or tool result in messages' };
  return finishTranscript({ value, drafts, ctx, startKeys: START_TIME_KEYS, fallbackId: 'anthropic-transcript' });
};
