import { describe, expect, it } from 'vitest';
import type { LlmCallOptions, LlmMessage, LlmStreamPart } from '../types.js';
import { NO_MATCH_ANSWER, OfflineModel } from './offline-model.js';
import { rankPassages, stem, terms } from './text.js';

const ask = (text: string): LlmMessage[] => [{ role: 'user', content: [{ type: 'text', text }] }];
const model = new OfflineModel();
const textOf = async (options: LlmCallOptions) => {
  const r = await model.doGenerate(options);
  return r.content.map((p) => (p.type === 'text' ? p.text : '')).join('');
};

const SYSTEM = ['You are the support agent of Acme.', 'Refunds are paid back within 5 business days.', 'Shipping is free on orders over 50 dollars.'].join('\n');

describe('offline model', () => {
  it('offline: answers with the system-prompt line that matches the question', async () => {
    expect(await textOf({ system: SYSTEM, messages: ask('How long until my refund arrives?') })).toBe('Refunds are paid back within 5 business days.');
    expect(await textOf({ system: SYSTEM, messages: ask('Do you charge for shipping?') })).toBe('Shipping is free on orders over 50 dollars.');
  });

  it('offline: says plainly when nothing matches', async () => {
    expect(await textOf({ system: SYSTEM, messages: ask('What is the capital of Peru?') })).toBe(NO_MATCH_ANSWER);
    expect(await textOf({ messages: ask('hello') })).toBe(NO_MATCH_ANSWER);
  });

  it('offline: a better prompt or attached memory measurably changes the answer', async () => {
    const question = ask('Can I pay with a gift card?');
    expect(await textOf({ system: SYSTEM, messages: question })).toBe(NO_MATCH_ANSWER);
    expect(await textOf({ system: `${SYSTEM}\nGift cards can be used at checkout.`, messages: question })).toBe('Gift cards can be used at checkout.');
    const documents = [{ source: '/mnt/memory/faq/payments.md', text: '# Payments\n- Gift cards are accepted for all orders.' }];
    expect(await textOf({ system: SYSTEM, messages: question, documents })).toBe('Gift cards are accepted for all orders.');
  });

  it('offline: quotes several lines when they match about equally', async () => {
    const system = 'Refunds for damaged items are immediate.\nRefunds for other items take 5 days.\nOffice is in Berlin.';
    const answer = await textOf({ system, messages: ask('refunds for items?') });
    expect(answer.split('\n')).toEqual(['- Refunds for damaged items are immediate.', '- Refunds for other items take 5 days.']);
  });

  it('offline: calls a custom tool when the message asks for what it offers, filling the input', async () => {
    const tools = [
      { name: 'get_order_status', description: 'Look up the shipping status of an order.', inputSchema: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] } },
      { name: 'create_ticket', description: 'Open a support ticket for a human agent.', inputSchema: { type: 'object', properties: { summary: { type: 'string' }, priority: { type: 'string', enum: ['low', 'high'] } }, required: ['summary'] } },
    ];
    const r = await model.doGenerate({ system: SYSTEM, messages: ask('What is the status of order #A-991?'), tools });
    expect(r.stopReason).toBe('tool_use');
    expect(r.content).toEqual([{ type: 'tool_use', id: expect.any(String), name: 'get_order_status', input: { order_id: 'A-991' } }]);
    const t = await model.doGenerate({ messages: ask('Please open a ticket, this is high priority'), tools });
    expect(t.content[0]).toMatchObject({ name: 'create_ticket', input: { summary: 'Please open a ticket, this is high priority', priority: 'high' } });
    const none = await model.doGenerate({ system: SYSTEM, messages: ask('How long do refunds take?'), tools });
    expect(none.stopReason).toBe('end_turn');
  });

  it('offline: after a tool result it answers with the result', async () => {
    const messages: LlmMessage[] = [
      ...ask('Where is order 12?'),
      { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'get_order_status', input: { order_id: '12' } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'Out for delivery.' }] },
    ];
    expect(await textOf({ messages })).toBe('According to get_order_status: Out for delivery.');
    const failed: LlmMessage[] = [...messages.slice(0, 2), { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'timeout', is_error: true }] }];
    expect(await textOf({ messages: failed })).toBe('The get_order_status tool failed: timeout');
  });

  it('offline: is deterministic and its stream carries the same answer and usage', async () => {
    const options = { system: SYSTEM, messages: ask('Is shipping free for big orders?') };
    const a = await model.doGenerate(options);
    const b = await model.doGenerate(options);
    expect(a).toEqual(b);
    expect(a.usage.inputTokens).toBeGreaterThan(0);
    expect(a.usage.outputTokens).toBeGreaterThan(0);
    const parts: LlmStreamPart[] = [];
    for await (const p of model.doStream(options)) parts.push(p);
    const streamed = parts.map((p) => (p.type === 'text-delta' ? p.text : '')).join('');
    expect(streamed).toBe((a.content[0] as { text: string }).text);
    expect(parts.at(-1)).toEqual({ type: 'finish', stopReason: 'end_turn', usage: a.usage });
  });

  it('offline: honours an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(model.doGenerate({ messages: ask('hi'), abortSignal: controller.signal })).rejects.toThrow('stop');
  });

  it('offline text: stems and ranks', () => {
    expect(stem('refunds')).toBe(stem('refund'));
    expect(stem('refunded')).toBe('refund');
    expect(terms('The Refunds are PAID!')).toEqual(['refund', 'paid']);
    const ranked = rankPassages('refund time', [
      { source: 'a', text: 'Shipping is free.' },
      { source: 'b', text: 'Refunds take time.' },
    ]);
    expect(ranked.map((r) => r.source)).toEqual(['b']);
  });
});
