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
 * A session's conversation, grown one event at a time: alternating user/assistant messages in log
 * order. Every tool call gets a result (a stand-in when it was interrupted), because providers reject a
 * conversation that leaves one open. Kept per session actor so a turn costs the same at event 10 and at
 * event 10,000 (rebuilding from the whole log made every turn O(history)).
 */
export class Conversation {
  readonly #messages: { role: 'user' | 'assistant'; content: LlmContentPart[] }[] = [];
  readonly #open = new Set<string>();

  /** Folds one event in; events that do not shape the conversation are ignored. */
  add(event: StoredEvent): void {
    const b = event.body;
    switch (event.type) {
      case 'user.message':
        this.#closeOpen();
        this.#push('user', { type: 'text', text: blocksToText(b['content']) || '(empty message)' });
        break;
      case 'user.interrupt':
        this.#closeOpen();
        break;
      case 'agent.message':
        this.#push('assistant', { type: 'text', text: blocksToText(b['content']) });
        break;
      case 'agent.tool_use':
      case 'agent.custom_tool_use':
        this.#push('assistant', { type: 'tool_use', id: event.id, name: String(b['name']), input: (b['input'] ?? {}) as Record<string, unknown> });
        this.#open.add(event.id);
        break;
      case 'agent.tool_result':
      case 'user.custom_tool_result': {
        const id = String(b['tool_use_id'] ?? b['custom_tool_use_id']);
        if (!this.#open.delete(id)) break;
        this.#push('user', { type: 'tool_result', tool_use_id: id, content: blocksToText(b['content']), is_error: b['is_error'] === true });
        break;
      }
      default:
        break;
    }
  }

  /** The messages as of now; later `add`s do not change the returned arrays (parts are shared, never mutated). */
  messages(): LlmMessage[] {
    return this.#messages.map((m) => ({ role: m.role, content: m.content.slice() }));
  }

  #push(role: 'user' | 'assistant', part: LlmContentPart): void {
    const last = this.#messages.at(-1);
    if (!last || last.role !== role) {
      this.#messages.push({ role, content: [part] });
    } else if (part.type === 'tool_result') {
      // Results must come first in a user message that follows tool calls (providers require it).
      const firstOther = last.content.findIndex((p) => p.type !== 'tool_result');
      last.content.splice(firstOther === -1 ? last.content.length : firstOther, 0, part);
    } else {
      last.content.push(part);
    }
  }

  #closeOpen(): void {
    for (const id of this.#open) {
      const last = this.#messages.at(-1);
      const part: LlmContentPart = { type: 'tool_result', tool_use_id: id, content: NO_RESULT_TEXT, is_error: true };
      if (last && last.role === 'user') last.content.unshift(part);
      else this.#messages.push({ role: 'user', content: [part] });
    }
    this.#open.clear();
  }
}
