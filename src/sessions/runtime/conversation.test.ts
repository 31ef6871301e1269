/** @module sessions/runtime/conversation.test — the incremental conversation a turn hands to the model. */
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../store/index.js';
import { Conversation, NO_RESULT_TEXT } from './conversation.js';

let seq = 0;
function event(type: string, body: Record<string, unknown> = {}, id = `sevt_${++seq}`): StoredEvent {
  const at = '2026-01-01T00:00:00.000Z';
  return { id, session_id: 'sesn_1', seq, type, body: { type, id, ...body }, processed_at: at, created_at: at };
}
const text = (t: string) => ({ content: [{ type: 'text', text: t }] });

function conversationOf(events: readonly StoredEvent[]): Conversation {
  const c = new Conversation();
  for (const e of events) c.add(e);
  return c;
}

describe('Conversation', () => {
  it('alternates user and assistant messages and skips events that do not shape the conversation', () => {
    const c = conversationOf([
      event('user.message', text('hi')),
      event('session.status_running'),
      event('agent.message', text('hello')),
      event('agent.message', text('how can I help?')),
      event('user.message', text('refunds?')),
    ]);
    expect(c.messages()).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'hi' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'hello' }, { type: 'text', text: 'how can I help?' }] },
      { role: 'user', content: [{ type: 'text', text: 'refunds?' }] },
    ]);
  });

  it('puts tool results first in their user message and answers an interrupted call with a stand-in', () => {
    const call = event('agent.custom_tool_use', { name: 'lookup', input: { q: 1 } }, 'sevt_call');
    const lost = event('agent.custom_tool_use', { name: 'lookup', input: { q: 2 } }, 'sevt_lost');
    const c = conversationOf([
      event('user.message', text('look it up')),
      call,
      event('user.custom_tool_result', { custom_tool_use_id: 'sevt_call', ...text('found'), is_error: false }),
      lost,
      event('user.message', text('never mind')),
      // A result for a call that is no longer open is ignored.
      event('user.custom_tool_result', { custom_tool_use_id: 'sevt_lost', ...text('late') }),
    ]);
    const messages = c.messages();
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    expect(messages[2]?.content).toEqual([{ type: 'tool_result', tool_use_id: 'sevt_call', content: 'found', is_error: false }]);
    expect(messages[4]?.content).toEqual([
      { type: 'tool_result', tool_use_id: 'sevt_lost', content: NO_RESULT_TEXT, is_error: true },
      { type: 'text', text: 'never mind' },
    ]);
  });

  it('hands out snapshots that later events do not change', () => {
    const c = conversationOf([event('user.message', text('one'))]);
    const before = c.messages();
    c.add(event('user.message', text('two')));
    c.add(event('agent.message', text('reply')));
    expect(before).toEqual([{ role: 'user', content: [{ type: 'text', text: 'one' }] }]);
    expect(c.messages()[0]?.content).toHaveLength(2);
  });
});
