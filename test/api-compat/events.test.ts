import Anthropic from '@anthropic-ai/sdk';
import { betaTool } from '@anthropic-ai/sdk/helpers/beta/json-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendFactories, type TestBackend } from '../support/backends.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { type Ev, isIdle, readUntil, userMessage } from '../support/events.js';

const SYSTEM = [
  'Refunds are paid back within 5 business days.',
  'Shipping is free on orders over 50 dollars.',
  'Support is open Monday to Friday, 9am to 5pm.',
].join('\n');

const ORDER_TOOL = {
  type: 'custom' as const,
  name: 'get_order_status',
  description: 'Look up the shipping status of a customer order by its order number.',
  input_schema: { type: 'object' as const, properties: { order_id: { type: 'string' } }, required: ['order_id'] },
};

const text = (e: Ev | undefined) => ((e?.['content'] as { text: string }[] | undefined) ?? []).map((b) => b.text).join('');

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`events on ${factory.name}`, () => {
    let db: TestBackend;
    let server: TestServer;
    let client: Anthropic;
    let envId: string;
    let agentId: string;
    let toolAgentId: string;

    beforeAll(async () => {
      db = await factory.make();
      server = await startTestServer({ backend: db.backend });
      client = server.client;
      envId = (await client.beta.environments.create({ name: 'events-env' })).id;
      agentId = (await client.beta.agents.create({ name: 'Support', model: 'reverie-offline', system: SYSTEM })).id;
      toolAgentId = (await client.beta.agents.create({ name: 'Orders', model: 'reverie-offline', system: SYSTEM, tools: [ORDER_TOOL] })).id;
    });
    afterAll(async () => {
      await server?.close();
      await db?.dispose();
    });

    const newSession = async (agent = agentId) => (await client.beta.sessions.create({ agent, environment_id: envId })).id;

    it('events: open the stream, send a user.message, read until session.status_idle', async () => {
      const id = await newSession();
      const stream = await client.beta.sessions.events.stream(id);
      const sent = await client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
      expect(sent.data ?? []).toHaveLength(1);
      expect(sent.data?.[0]?.id).toMatch(/^sevt_/);
      const events = await readUntil(stream, isIdle);
      expect(events.map((e) => e.type)).toEqual([
        'user.message',
        'session.status_running',
        'span.model_request_start',
        'agent.message',
        'span.model_request_end',
        'session.usage',
        'session.status_idle',
      ]);
      expect(events[0]?.id).toBe(sent.data?.[0]?.id);
      expect(text(events[3])).toBe('Refunds are paid back within 5 business days.');
      const end = events[4] as Ev;
      expect(end['model_request_start_id']).toBe(events[2]?.id);
      expect(end['is_error']).toBe(false);
      expect((end['model_usage'] as { output_tokens: number }).output_tokens).toBeGreaterThan(0);
      expect(events[6]).toMatchObject({ stop_reason: { type: 'end_turn' }, stop_details: null });
      for (const e of events) expect(typeof e['processed_at']).toBe('string');

      const listed = await client.beta.sessions.events.list(id);
      expect(listed.data.map((e) => e.id)).toEqual(events.map((e) => e.id));
      const session = await client.beta.sessions.retrieve(id);
      expect(session.status).toBe('idle');
      expect(session.usage.output_tokens).toBeGreaterThan(0);
      const reverie = (session as unknown as { reverie: { outcome: { turns: number; model_requests: number } } }).reverie;
      expect(reverie.outcome).toMatchObject({ turns: 1, model_requests: 1 });
    });

    it('events: a message nothing covers gets a plain "I don\'t know"', async () => {
      const id = await newSession();
      const stream = await client.beta.sessions.events.stream(id);
      await client.beta.sessions.events.send(id, { events: [userMessage('What is the airspeed of a swallow?')] });
      const events = await readUntil(stream, isIdle);
      expect(text(events.find((e) => e.type === 'agent.message'))).toMatch(/don't have anything about that/);
    });

    it('events: event_deltas previews arrive before the buffered agent.message with the same id', async () => {
      const id = await newSession();
      const stream = await client.beta.sessions.events.stream(id, { event_deltas: ['agent.message'] });
      await client.beta.sessions.events.send(id, { events: [userMessage('Is shipping free on big orders?')] });
      const events = await readUntil(stream, isIdle);
      const types = events.map((e) => e.type);
      const start = types.indexOf('event_start');
      const message = events.find((e) => e.type === 'agent.message');
      expect(start).toBeGreaterThan(types.indexOf('span.model_request_start'));
      expect(types.lastIndexOf('event_delta')).toBeLessThan(types.indexOf('agent.message'));
      expect(types.filter((t) => t === 'event_start')).toHaveLength(1);
      expect((events[start]?.['event'] as { id: string }).id).toBe(message?.id);
      const deltas = events
        .filter((e) => e.type === 'event_delta')
        .map((e) => (e['delta'] as { content: { text: string } }).content.text)
        .join('');
      expect(deltas).toBe(text(message));
      // Previews are never persisted.
      const listed = await client.beta.sessions.events.list(id);
      expect(listed.data.some((e) => (e.type as string) === 'event_delta' || (e.type as string) === 'event_start')).toBe(false);
    });

    it('events: custom tool round trip goes idle with requires_action and resumes on the result', async () => {
      const id = await newSession(toolAgentId);
      const stream = await client.beta.sessions.events.stream(id);
      await client.beta.sessions.events.send(id, { events: [userMessage('Where is my order #A1234?')] });
      const first = await readUntil(stream, isIdle);
      const use = first.find((e) => e.type === 'agent.custom_tool_use');
      expect(use).toMatchObject({ name: 'get_order_status', input: { order_id: 'A1234' } });
      expect(first.at(-1)).toMatchObject({ stop_reason: { type: 'requires_action', event_ids: [use?.id] } });
      expect((await client.beta.sessions.retrieve(id)).status).toBe('idle');

      await client.beta.sessions.events.send(id, {
        events: [{ type: 'user.custom_tool_result', custom_tool_use_id: use?.id ?? '', content: [{ type: 'text', text: 'Shipped yesterday by courier.' }] }],
      });
      const second = await readUntil(stream, isIdle);
      expect(second.map((e) => e.type)).toEqual([
        'user.custom_tool_result',
        'session.status_running',
        'span.model_request_start',
        'agent.message',
        'span.model_request_end',
        'session.usage',
        'session.status_idle',
      ]);
      expect(text(second[3])).toContain('Shipped yesterday by courier.');
      expect(second.at(-1)).toMatchObject({ stop_reason: { type: 'end_turn' } });
    });

    it('events: user.interrupt ends a turn waiting on a tool, and the next message is answered', async () => {
      const id = await newSession(toolAgentId);
      const stream = await client.beta.sessions.events.stream(id);
      await client.beta.sessions.events.send(id, { events: [userMessage('Check order 77 status please')] });
      await readUntil(stream, isIdle);
      // A message cannot skip the pending tool call …
      await expect(client.beta.sessions.events.send(id, { events: [userMessage('hello?')] })).rejects.toMatchObject({ status: 400 });
      // … but an interrupt followed by a message in the same request can.
      await client.beta.sessions.events.send(id, { events: [{ type: 'user.interrupt' }, userMessage('When is support open?')] });
      let idles = 0;
      const after = await readUntil(stream, (e) => isIdle(e) && ++idles === 2);
      expect(after.map((e) => e.type).slice(0, 5)).toEqual([
        'user.interrupt',
        'session.usage',
        'session.status_idle',
        'user.message',
        'session.status_running',
      ]);
      expect(after[2]).toMatchObject({ stop_reason: { type: 'end_turn' } });
      const answer = after.find((e) => e.type === 'agent.message');
      expect(text(answer)).toBe('Support is open Monday to Friday, 9am to 5pm.');
    });

    it('events: reconnect by listing history and de-duplicating by event id', async () => {
      const id = await newSession();
      const first = await client.beta.sessions.events.stream(id);
      await client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
      const early = await readUntil(first, (e) => e.type === 'session.status_running');
      // The client drops the connection, then reconnects: open the stream first, then list history.
      const second = await client.beta.sessions.events.stream(id);
      const history = await client.beta.sessions.events.list(id, { limit: 1000 });
      const seen = new Map<string, Ev>();
      for (const e of [...early, ...(history.data as Ev[])]) seen.set(e.id ?? '', e);
      if (![...seen.values()].some(isIdle)) {
        for await (const raw of second) {
          const e = raw as Ev;
          seen.set(e.id ?? '', e);
          if (isIdle(e)) break;
        }
      } else {
        second.controller.abort();
      }
      const all = await client.beta.sessions.events.list(id);
      expect([...seen.keys()].sort()).toEqual(all.data.map((e) => e.id).sort());
      expect(all.data.at(-1)?.type).toBe('session.status_idle');
    });

    it('events: the SDK toolRunner answers a custom tool call and the turn completes', async () => {
      const id = await newSession(toolAgentId);
      const observer = await client.beta.sessions.events.stream(id);
      const calls: unknown[] = [];
      const tool = betaTool({
        name: 'get_order_status',
        description: ORDER_TOOL.description,
        inputSchema: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
        run: async (input) => {
          calls.push(input);
          return `Order ${input.order_id} was delivered this morning.`;
        },
      });
      const runner = client.beta.sessions.events.toolRunner(id, { tools: [tool] });
      await client.beta.sessions.events.send(id, { events: [userMessage('What is the status of order 5521?')] });
      const dispatched = [];
      for await (const call of runner) {
        dispatched.push(call);
        break;
      }
      expect(dispatched[0]).toMatchObject({ name: 'get_order_status', posted: true, isError: false });
      expect(calls).toEqual([{ order_id: '5521' }]);
      const events = await readUntil(observer, (e) => isIdle(e) && (e['stop_reason'] as { type: string }).type === 'end_turn');
      expect(text(events.filter((e) => e.type === 'agent.message').at(-1))).toContain('delivered this morning');
    });

    it('events: list supports types[], order, paging and limit=1000', async () => {
      const id = await newSession();
      const stream = await client.beta.sessions.events.stream(id);
      await client.beta.sessions.events.send(id, { events: [userMessage('How long do refunds take?')] });
      await readUntil(stream, isIdle);
      const all = await client.beta.sessions.events.list(id, { limit: 1000 });
      expect(all.data).toHaveLength(7);
      const desc = await client.beta.sessions.events.list(id, { order: 'desc' });
      expect(desc.data.map((e) => e.id)).toEqual(all.data.map((e) => e.id).reverse());
      const typed = await client.beta.sessions.events.list(id, { types: ['agent.message', 'session.status_idle'] });
      expect(typed.data.map((e) => e.type)).toEqual(['agent.message', 'session.status_idle']);
      const paged: string[] = [];
      for await (const e of client.beta.sessions.events.list(id, { limit: 2 })) paged.push(e.id);
      expect(paged).toEqual(all.data.map((e) => e.id));
      const later = await client.beta.sessions.events.list(id, { 'created_at[gt]': '2999-01-01T00:00:00Z' });
      expect(later.data).toEqual([]);
    });

    it('events: bad input gets the error envelope with the right 4xx and changes nothing', async () => {
      const id = await newSession(toolAgentId);
      const raw = (path: string, init: RequestInit = {}) =>
        fetch(`${server.url}${path}`, { ...init, headers: { authorization: 'Bearer sk-test-reverie-0123456789abcdef', 'content-type': 'application/json', ...(init.headers ?? {}) } });

      await expect(client.beta.sessions.events.send('sesn_nope', { events: [userMessage('hi')] })).rejects.toMatchObject({ status: 404 });
      await expect(client.beta.sessions.events.list('sesn_nope')).rejects.toMatchObject({ status: 404 });
      await expect(client.beta.sessions.events.stream('sesn_nope')).rejects.toMatchObject({ status: 404 });
      await expect(
        client.beta.sessions.events.send(id, { events: [{ type: 'user.custom_tool_result', custom_tool_use_id: 'sevt_unknown' }] }),
      ).rejects.toMatchObject({ status: 400 });
      await expect(
        client.beta.sessions.events.send(id, { events: [{ type: 'user.tool_confirmation', tool_use_id: 'sevt_unknown', result: 'allow' }] }),
      ).rejects.toMatchObject({ status: 400 });
      await expect(client.beta.sessions.events.send(id, { events: [{ type: 'user.tool_result', tool_use_id: 'x' }] })).rejects.toMatchObject({
        status: 400,
      });
      await expect(client.beta.sessions.events.send(id, { events: [] })).rejects.toMatchObject({ status: 400 });
      // All-or-nothing: a valid message followed by an invalid event stores neither.
      await expect(
        client.beta.sessions.events.send(id, {
          events: [userMessage('hi'), { type: 'user.custom_tool_result', custom_tool_use_id: 'sevt_unknown' }],
        }),
      ).rejects.toMatchObject({ status: 400 });
      const badDeltas = await raw(`/v1/sessions/${id}/events/stream?event_deltas[]=agent.tool_use`);
      expect(badDeltas.status).toBe(400);
      expect(await badDeltas.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
      const badJson = await raw(`/v1/sessions/${id}/events`, { method: 'POST', body: '{"events": [' });
      expect(badJson.status).toBe(400);
      const badType = await raw(`/v1/sessions/${id}/events`, { method: 'POST', body: JSON.stringify({ events: [{ type: 'agent.message', content: [] }] }) });
      expect(badType.status).toBe(400);
      const badPage = await raw(`/v1/sessions/${id}/events?page=garbage`);
      expect(badPage.status).toBe(400);
      expect((await client.beta.sessions.events.list(id)).data).toEqual([]);
      expect((await client.beta.sessions.retrieve(id)).status).toBe('idle');

      await client.beta.sessions.archive(id);
      await expect(client.beta.sessions.events.send(id, { events: [userMessage('hi')] })).rejects.toMatchObject({ status: 400 });
    });
  });
}
