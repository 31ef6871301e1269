import Anthropic from '@anthropic-ai/sdk';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { adminKeyAuthenticator } from '../../src/api/auth.js';
import { createServices } from '../../src/app/create-services.js';
import {
  OfflineModel,
  type LlmCallOptions,
  type LlmModelV1,
  type LlmResult,
  type LlmStreamPart,
} from '../../src/models/index.js';
import { backendFactories, type TestBackend } from '../support/backends.js';
import { TEST_API_KEY } from '../support/server.js';
import { readUntil, isIdle, userMessage } from '../support/events.js';

const USAGE = { inputTokens: 1, outputTokens: 1, cacheReadInputTokens: 0, cacheCreationInputTokens: 0 };

/**
 * A stand-in for a remote model that uses the memory tools: it writes a note, reads it back, then
 * answers with what it read (and records the system prompt and tools it was given).
 */
class NoteTakingModel implements LlmModelV1 {
  readonly specificationVersion = 'v1' as const;
  readonly provider = 'scripted';
  readonly modelId = 'note-taker';
  readonly seen: LlmCallOptions[] = [];
  async doGenerate(options: LlmCallOptions): Promise<LlmResult> {
    this.seen.push(options);
    // Only this turn's tool results count: those after the last message the user typed.
    const lastAsk = options.messages.findLastIndex((m) => m.role === 'user' && m.content.some((p) => p.type === 'text'));
    const results = options.messages.slice(lastAsk + 1).flatMap((m) => m.content.filter((p) => p.type === 'tool_result'));
    if (results.length === 0) {
      return { content: [{ type: 'tool_use', id: 'w', name: 'write', input: { file_path: '/mnt/memory/notes/todo.md', content: 'Call the customer back.' } }], stopReason: 'tool_use', usage: USAGE };
    }
    if (results.length === 1) {
      return { content: [{ type: 'tool_use', id: 'r', name: 'read', input: { file_path: '/mnt/memory/notes/todo.md' } }], stopReason: 'tool_use', usage: USAGE };
    }
    const last = results.at(-1) as { content: string };
    return { content: [{ type: 'text', text: `Memory says: ${last.content}` }], stopReason: 'end_turn', usage: USAGE };
  }
  async *doStream(options: LlmCallOptions): AsyncIterable<LlmStreamPart> {
    const r = await this.doGenerate(options);
    for (const p of r.content) {
      if (p.type === 'text') yield { type: 'text-delta', text: p.text };
      else yield { type: 'tool-use', id: p.id, name: p.name, input: p.input };
    }
    yield { type: 'finish', stopReason: r.stopReason, usage: r.usage };
  }
}

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`sessions with memory on ${factory.name}`, () => {
    let db: TestBackend;
    let server: ServerType;
    let client: Anthropic;
    let envId: string;
    const noteTaker = new NoteTakingModel();
    const offline = new OfflineModel();

    beforeAll(async () => {
      db = await factory.make();
      const services = createServices({
        backend: db.backend,
        models: { resolve: (id) => ({ model: id === 'note-taker' ? noteTaker : offline }) },
      });
      const app = createApp({ services, authenticator: adminKeyAuthenticator(TEST_API_KEY), maxBodyBytes: 1 << 20 });
      server = await new Promise<ServerType>((resolve) => {
        const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
      });
      client = new Anthropic({ apiKey: TEST_API_KEY, baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
      envId = (await client.beta.environments.create({ name: 'memory' })).id;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => {
        server?.close(() => resolve());
        (server as { closeAllConnections?: () => void } | undefined)?.closeAllConnections?.();
      });
      await db?.dispose();
    });

    it('memory: the offline model answers from the files of attached memory stores', async () => {
      const store = await client.beta.memoryStores.create({ name: 'FAQ' });
      await client.beta.memoryStores.memories.create(store.id, { path: '/payments.md', content: 'Gift cards are accepted for every order.' });
      const agent = await client.beta.agents.create({ name: 'FAQ bot', model: 'reverie-offline', system: 'Refunds take 5 days.' });
      const without = await client.beta.sessions.create({ agent: agent.id, environment_id: envId });
      const withMemory = await client.beta.sessions.create({
        agent: agent.id,
        environment_id: envId,
        resources: [{ type: 'memory_store', memory_store_id: store.id }],
      });
      const answer = async (id: string) => {
        const stream = await client.beta.sessions.events.stream(id);
        await client.beta.sessions.events.send(id, { events: [userMessage('Can I pay with a gift card?')] });
        const events = await readUntil(stream, isIdle);
        return (events.find((e) => e.type === 'agent.message')?.['content'] as { text: string }[])[0]?.text;
      };
      expect(await answer(without.id)).toMatch(/don't have anything about that/);
      expect(await answer(withMemory.id)).toBe('Gift cards are accepted for every order.');
    });

    it('memory: a model writes and reads memory through agent.tool_use / agent.tool_result', async () => {
      const store = await client.beta.memoryStores.create({ name: 'Notes', description: 'Follow-ups' });
      const agent = await client.beta.agents.create({
        name: 'Note taker',
        model: 'note-taker',
        system: 'Keep notes.',
        tools: [{ type: 'agent_toolset_20260401' }],
      });
      const session = await client.beta.sessions.create({
        agent: agent.id,
        environment_id: envId,
        resources: [{ type: 'memory_store', memory_store_id: store.id, instructions: 'Write follow-ups here.' }],
      });
      const stream = await client.beta.sessions.events.stream(session.id);
      await client.beta.sessions.events.send(session.id, { events: [userMessage('Remember to call back')] });
      const events = await readUntil(stream, isIdle);
      const uses = events.filter((e) => e.type === 'agent.tool_use');
      expect(uses.map((e) => e['name'])).toEqual(['write', 'read']);
      expect(uses[0]).toMatchObject({ evaluated_permission: 'allow' });
      const results = events.filter((e) => e.type === 'agent.tool_result');
      expect(results.map((e) => e['is_error'])).toEqual([false, false]);
      expect(results[0]?.['tool_use_id']).toBe(uses[0]?.id);
      expect(events.find((e) => e.type === 'agent.message')).toMatchObject({ content: [{ type: 'text', text: expect.stringContaining('Call the customer back.') }] });
      expect(events.at(-1)).toMatchObject({ stop_reason: { type: 'end_turn' } });
      // The model was told about the store and given the file tools.
      const call = noteTaker.seen.at(-1);
      expect(call?.system).toContain('/mnt/memory/notes/');
      expect(call?.system).toContain('Write follow-ups here.');
      expect(call?.tools?.map((t) => t.name)).toEqual(expect.arrayContaining(['read', 'write', 'edit', 'glob', 'grep']));
      const memories = await client.beta.memoryStores.memories.list(store.id);
      expect(memories.data.map((m) => m.path)).toEqual(['/todo.md']);
    });

    it('memory: always_ask tools wait for user.tool_confirmation; deny returns the documented error', async () => {
      const store = await client.beta.memoryStores.create({ name: 'Notes', description: 'Gated notes' });
      const agent = await client.beta.agents.create({
        name: 'Gated',
        model: 'note-taker',
        tools: [{ type: 'agent_toolset_20260401', configs: [{ name: 'write', permission_policy: { type: 'always_ask' } }] }],
      });
      const session = await client.beta.sessions.create({
        agent: agent.id,
        environment_id: envId,
        resources: [{ type: 'memory_store', memory_store_id: store.id, access: 'read_write' }],
      });
      const stream = await client.beta.sessions.events.stream(session.id);
      await client.beta.sessions.events.send(session.id, { events: [userMessage('note this')] });
      const first = await readUntil(stream, isIdle);
      const ask = first.find((e) => e.type === 'agent.tool_use');
      expect(ask).toMatchObject({ name: 'write', evaluated_permission: 'ask' });
      expect(first.at(-1)).toMatchObject({ stop_reason: { type: 'requires_action', event_ids: [ask?.id] } });
      await expect(
        client.beta.sessions.events.send(session.id, { events: [{ type: 'user.custom_tool_result', custom_tool_use_id: ask?.id ?? '' }] }),
      ).rejects.toMatchObject({ status: 400 });

      await client.beta.sessions.events.send(session.id, {
        events: [{ type: 'user.tool_confirmation', tool_use_id: ask?.id ?? '', result: 'deny' }],
      });
      const second = await readUntil(stream, isIdle);
      const denied = second.find((e) => e.type === 'agent.tool_result');
      expect(denied).toMatchObject({ tool_use_id: ask?.id, is_error: true, content: [{ type: 'text', text: 'Permission to use write has been denied.' }] });
      expect((await client.beta.memoryStores.memories.list(store.id)).data).toEqual([]);

      // Allowed this time: the write runs, then the turn goes on.
      await client.beta.sessions.events.send(session.id, { events: [userMessage('note this again')] });
      const third = await readUntil(stream, isIdle);
      const again = third.find((e) => e.type === 'agent.tool_use');
      expect(third.at(-1)).toMatchObject({ stop_reason: { type: 'requires_action', event_ids: [again?.id] } });
      await client.beta.sessions.events.send(session.id, {
        events: [{ type: 'user.tool_confirmation', tool_use_id: again?.id ?? '', result: 'allow' }],
      });
      const fourth = await readUntil(stream, isIdle);
      expect(fourth.find((e) => e.type === 'agent.tool_result')).toMatchObject({ tool_use_id: again?.id, is_error: false });
      expect(fourth.at(-1)).toMatchObject({ stop_reason: { type: 'end_turn' } });
      expect((await client.beta.memoryStores.memories.list(store.id)).data.map((m) => m.path)).toEqual(['/todo.md']);
    });
  });
}
