/** @module sessions/runtime/conversation — a session's event log → the provider-neutral conversation. */
import type { LlmContentPart, LlmMessage } from '../../models/index.js';
import type { StoredEvent } from '../../store/index.js';

/** Event types that shape the conversation; others (spans, statuses) are skipped when reading. */
export const CONVERSATION_EVENT_TYPES = [
  'user.message',
  'user.custom_tool_result',
  'user.interrupt',
  'agent.message',
  'agent.tool_use',
  'agent.tool_result',
  'agent.custom_tool_use',
] as const;

/** Text stood in for a tool call that never got a result (interrupted turn, restart). */
export const NO_RESULT_TEXT = 'The tool call was interrupted before it returned a result.';

type Block = Record<string, unknown>;

/** Flattens wire content blocks to text the model can read (images become a placeholder). */
export function blocksToText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  return (blocks as Block[])
    .map((b) => {
      if (b['type'] === 'text') return String(b['text'] ?? '');
      if (b['type'] === 'document') {
        const source = (b['source'] ?? {}) as Block;
        const title = b['title'] ? `${String(b['title'])}\n` : '';
        return source['type'] === 'text' ? `${title}${String(source['data'] ?? '')}` : `${title}[document]`;
      }
      if (b['type'] === 'search_result') return `${String(b['title'] ?? '')}\n${blocksToText(b['content'])}`;
      if (b['type'] === 'image') return '[image]';
      return '';
    })
    .filter(Boolean)
    .join('\n');
}

/**
 * Builds alternating user/assistant messages from events in log order. Every tool call gets a result
 * (a stand-in when it was interrupted), because providers reject a conversation that leaves one open.
 */
export function buildConversation(events: readonly StoredEvent[]): LlmMessage[] {
  const messages: { role: 'user' | 'assistant'; content: LlmContentPart[] }[] = [];
  const open = new Set<string>();
  const push = (role: 'user' | 'assistant', part: LlmContentPart): void => {
    const last = messages.at(-1);
    if (role === 'user' && part.type === 'text') closeOpen();
    if (last && last.role === role) last.content.push(part);
    else messages.push({ role, content: [part] });
  };
  const closeOpen = (): void => {
    for (const id of open) {
      const last = messages.at(-1);
      const part: LlmContentPart = { type: 'tool_result', tool_use_id: id, content: NO_RESULT_TEXT, is_error: true };
      if (last && last.role === 'user') last.content.unshift(part);
      else messages.push({ role: 'user', content: [part] });
    }
    open.clear();
  };
  for (const event of events) {
    const b = event.body;
    switch (event.type) {
      case 'user.message':
        push('user', { type: 'text', text: blocksToText(b['content']) || '(empty message)' });
        break;
      case 'user.interrupt':
        closeOpen();
        break;
      case 'agent.message':
        push('assistant', { type: 'text', text: blocksToText(b['content']) });
        break;
      case 'agent.tool_use':
      case 'agent.custom_tool_use':
        push('assistant', { type: 'tool_use', id: event.id, name: String(b['name']), input: (b['input'] ?? {}) as Record<string, unknown> });
        open.add(event.id);
        break;
      case 'agent.tool_result':
      case 'user.custom_tool_result': {
        const id = String(b['tool_use_id'] ?? b['custom_tool_use_id']);
        if (!open.delete(id)) break;
        const part: LlmContentPart = { type: 'tool_result', tool_use_id: id, content: blocksToText(b['content']), is_error: b['is_error'] === true };
        push('user', part);
        break;
      }
      default:
        break;
    }
  }
  // Results must come first in a user message that follows tool calls (providers require it).
  for (const m of messages) {
    if (m.role === 'user') m.content.sort((x, y) => Number(y.type === 'tool_result') - Number(x.type === 'tool_result'));
  }
  return messages;
}
