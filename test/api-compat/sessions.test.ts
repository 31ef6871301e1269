import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSessionRecord } from '../../src/sessions/index.js';
import { backendFactories, type TestBackend } from '../support/backends.js';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/server.js';
import { type Ev, userMessage } from '../support/events.js';

type WithReverie = { reverie: { feedback: Record<string, unknown> | null; outcome: Record<string, number> } };

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`sessions on ${factory.name}`, () => {
    let db: TestBackend;
    let server: TestServer;
    let client: Anthropic;
    let envId: string;
    let agentId: string;

    beforeAll(async () => {
      db = await factory.make();
      server = await startTestServer({ backend: db.backend });
      client = server.client;
      envId = (await client.beta.environments.create({ name: 'sessions-env' })).id;
      agentId = (await client.beta.agents.create({ name: 'Support', model: 'reverie-offline', system: 'Refunds take 5 business days.' })).id;
    });
    afterAll(async () => {
      await server?.close();
      await db?.dispose();
    });

    const raw = (path: string, init: RequestInit = {}) =>
      fetch(`${server.url}${path}`, { ...init, headers: { authorization: `Bearer ${TEST_API_KEY}`, 'content-type': 'application/json' } });

    it('sessions: create with an agent id string, retrieve, and every documented field is present', async () => {
      const session = await client.beta.sessions.create({ agent: agentId, environment_id: envId, title: 'First', metadata: { ticket: 'T-1' } });
      expect(session).toMatchObject({
        type: 'session',
        status: 'idle',
        environment_id: envId,
        title: 'First',
        metadata: { ticket: 'T-1' },
        resources: [],
        vault_ids: [],
        budget: null,
        outcome_evaluations: [],
        archived_at: null,
        agent: { id: agentId, type: 'agent', version: 1, name: 'Support', system: 'Refunds take 5 business days.', model: { id: 'reverie-offline' } },
      });
      expect(session.id).toMatch(/^sesn_/);
      expect(session.usage).toMatchObject({ input_tokens: 0, output_tokens: 0 });
      expect(session.stats).toHaveProperty('active_seconds');
      expect((session as unknown as WithReverie).reverie.feedback).toBeNull();
      const got = await client.beta.sessions.retrieve(session.id);
      expect(got.id).toBe(session.id);
      expect(got.agent).toEqual(session.agent);
    });

    it('sessions: create with {type:"agent", version} pins the version; agent_with_overrides replaces fields', async () => {
      const agent = await client.beta.agents.create({ name: 'Pinned', model: 'reverie-offline', system: 'v1 prompt' });
      await client.beta.agents.update(agent.id, { version: 1, system: 'v2 prompt' });
      const pinned = await client.beta.sessions.create({ agent: { type: 'agent', id: agent.id, version: 1 }, environment_id: envId });
      expect(pinned.agent).toMatchObject({ version: 1, system: 'v1 prompt' });
      const latest = await client.beta.sessions.create({ agent: { type: 'agent', id: agent.id }, environment_id: envId });
      expect(latest.agent).toMatchObject({ version: 2, system: 'v2 prompt' });
      const overridden = await client.beta.sessions.create({
        agent: { type: 'agent_with_overrides', id: agent.id, system: 'override prompt', model: 'reverie-offline' },
        environment_id: envId,
      });
      expect(overridden.agent).toMatchObject({ id: agent.id, version: 2, system: 'override prompt' });
      const noModel = await raw('/v1/sessions', {
        method: 'POST',
        body: JSON.stringify({ agent: { type: 'agent_with_overrides', id: agent.id, model: null }, environment_id: envId }),
      });
      expect(noModel.status).toBe(400);
      expect(await noModel.json()).toMatchObject({ error: { type: 'invalid_request_error', details: { error_code: 'agent_model_required' } } });
    });

    it('sessions: initial_events start the session running and the turn completes', async () => {
      const session = await client.beta.sessions.create({
        agent: agentId,
        environment_id: envId,
        initial_events: [userMessage('How long do refunds take?')],
      });
      expect(session.status).toBe('running');
      await server.services.sessions.runtime.settle();
      const events = await client.beta.sessions.events.list(session.id);
      expect(events.data.map((e) => e.type)).toEqual([
        'user.message',
        'session.status_running',
        'span.model_request_start',
        'agent.message',
        'span.model_request_end',
        'session.usage',
        'session.status_idle',
      ]);
      expect((await client.beta.sessions.retrieve(session.id)).status).toBe('idle');
    });

    it('sessions: update patches metadata and title, emits session.updated, and rejects vault_ids', async () => {
      const session = await client.beta.sessions.create({ agent: agentId, environment_id: envId, metadata: { a: '1', b: '2' } });
      const updated = await client.beta.sessions.update(session.id, { metadata: { a: null, c: '3' }, title: 'Renamed' });
      expect(updated.metadata).toEqual({ b: '2', c: '3' });
      expect(updated.title).toBe('Renamed');
      const events = await client.beta.sessions.events.list(session.id);
      expect(events.data).toHaveLength(1);
      expect(events.data[0]).toMatchObject({ type: 'session.updated', metadata: { b: '2', c: '3' }, title: 'Renamed' });
      await expect(client.beta.sessions.update(session.id, { vault_ids: ['vlt_1'] })).rejects.toMatchObject({ status: 400 });
      const same = await client.beta.sessions.update(session.id, { title: 'Renamed' });
      expect(same.updated_at).toBe(updated.updated_at);
    });

    it('sessions: list pages both ways with a bidirectional cursor, and the SDK iterates every page', async () => {
      const agent = await client.beta.agents.create({ name: 'Lister', model: 'reverie-offline' });
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push((await client.beta.sessions.create({ agent: agent.id, environment_id: envId })).id);
      const newestFirst = [...ids].reverse();

      const p1 = await client.beta.sessions.list({ agent_id: agent.id, limit: 3 });
      expect(p1.data.map((s) => s.id)).toEqual(newestFirst.slice(0, 3));
      expect(p1.prev_page).toBeNull();
      const p2 = await client.beta.sessions.list({ agent_id: agent.id, limit: 3, page: p1.next_page ?? '' });
      expect(p2.data.map((s) => s.id)).toEqual(newestFirst.slice(3, 6));
      const p3 = await client.beta.sessions.list({ agent_id: agent.id, limit: 3, page: p2.next_page ?? '' });
      expect(p3.data.map((s) => s.id)).toEqual(newestFirst.slice(6));
      expect(p3.next_page).toBeNull();
      const back2 = await client.beta.sessions.list({ agent_id: agent.id, limit: 3, page: p3.prev_page ?? '' });
      expect(back2.data.map((s) => s.id)).toEqual(newestFirst.slice(3, 6));
      const back1 = await client.beta.sessions.list({ agent_id: agent.id, limit: 3, page: back2.prev_page ?? '' });
      expect(back1.data.map((s) => s.id)).toEqual(newestFirst.slice(0, 3));
      expect(back1.prev_page).toBeNull();

      const asc = await client.beta.sessions.list({ agent_id: agent.id, limit: 4, order: 'asc' });
      expect(asc.data.map((s) => s.id)).toEqual(ids.slice(0, 4));
      await expect(client.beta.sessions.list({ agent_id: agent.id, limit: 4, order: 'desc', page: asc.next_page ?? '' })).rejects.toMatchObject({
        status: 400,
      });

      const all: string[] = [];
      for await (const s of client.beta.sessions.list({ agent_id: agent.id, limit: 2 })) all.push(s.id);
      expect(all).toEqual(newestFirst);

      expect((await client.beta.sessions.list({ agent_id: agent.id, agent_version: 1 })).data).toHaveLength(7);
      expect((await client.beta.sessions.list({ agent_id: agent.id, agent_version: 2 })).data).toHaveLength(0);
      expect((await client.beta.sessions.list({ agent_id: agent.id, statuses: ['running'] })).data).toHaveLength(0);
      expect((await client.beta.sessions.list({ agent_id: agent.id, statuses: ['idle', 'running'] })).data).toHaveLength(7);
      const future = await client.beta.sessions.list({ agent_id: agent.id, 'created_at[gte]': '2999-01-01T00:00:00Z' });
      expect(future.data).toEqual([]);
      expect(future.next_page).toBeNull();
      await expect(client.beta.sessions.list({ agent_version: 1 })).rejects.toMatchObject({ status: 400 });
      expect((await raw('/v1/sessions?statuses[]=sleeping')).status).toBe(400);
      expect((await raw('/v1/sessions?page=page_garbage')).status).toBe(400);
    });

    it('sessions: archive terminates, hides from the default list and blocks new events; delete removes it', async () => {
      const agent = await client.beta.agents.create({ name: 'Archiver', model: 'reverie-offline' });
      const session = await client.beta.sessions.create({ agent: agent.id, environment_id: envId });
      const archived = await client.beta.sessions.archive(session.id);
      expect(archived.status).toBe('terminated');
      expect(archived.archived_at).not.toBeNull();
      expect((await client.beta.sessions.archive(session.id)).archived_at).toBe(archived.archived_at);
      expect((await client.beta.sessions.list({ agent_id: agent.id })).data).toHaveLength(0);
      expect((await client.beta.sessions.list({ agent_id: agent.id, include_archived: true })).data).toHaveLength(1);
      await expect(client.beta.sessions.events.send(session.id, { events: [userMessage('hi')] })).rejects.toMatchObject({ status: 400 });
      await expect(client.beta.sessions.update(session.id, { title: 'x' })).rejects.toMatchObject({ status: 400 });

      const doomed = await client.beta.sessions.create({ agent: agent.id, environment_id: envId });
      const stream = await client.beta.sessions.events.stream(doomed.id);
      expect(await client.beta.sessions.delete(doomed.id)).toEqual({ id: doomed.id, type: 'session_deleted' });
      const seen: Ev[] = [];
      for await (const e of stream) seen.push(e as Ev);
      expect(seen.map((e) => e.type)).toEqual(['session.deleted']);
      await expect(client.beta.sessions.retrieve(doomed.id)).rejects.toMatchObject({ status: 404 });
      await expect(client.beta.sessions.delete(doomed.id)).rejects.toMatchObject({ status: 404 });
    });

    it('sessions: feedback is stored under reverie.feedback and exported with the session record', async () => {
      const session = await client.beta.sessions.create({ agent: agentId, environment_id: envId, metadata: { user_id: 'u-42', 'segment.plan': 'pro' } });
      const stream = await client.beta.sessions.events.stream(session.id);
      await client.beta.sessions.events.send(session.id, { events: [userMessage('How long do refunds take?')] });
      for await (const e of stream) if ((e as Ev).type === 'session.status_idle') break;

      const res = await raw(`/v1/sessions/${session.id}/feedback`, {
        method: 'POST',
        body: JSON.stringify({ score: 4, resolved: true, comment: 'quick answer', labels: ['refund'] }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as WithReverie;
      expect(body.reverie.feedback).toMatchObject({ score: 4, resolved: true, comment: 'quick answer', labels: ['refund'] });
      expect(body.reverie.outcome).toMatchObject({ turns: 1, model_requests: 1, tool_errors: 0 });
      const merged = (await (await raw(`/v1/sessions/${session.id}/feedback`, { method: 'POST', body: JSON.stringify({ escalated: false }) })).json()) as WithReverie;
      expect(merged.reverie.feedback).toMatchObject({ score: 4, escalated: false });

      for (const bad of [{ score: 6 }, {}, { score: 'great' }, { unknown: 1 }]) {
        const r = await raw(`/v1/sessions/${session.id}/feedback`, { method: 'POST', body: JSON.stringify(bad) });
        expect(r.status).toBe(400);
      }
      expect((await raw('/v1/sessions/sesn_nope/feedback', { method: 'POST', body: JSON.stringify({ score: 3 }) })).status).toBe(404);

      const record = await loadSessionRecord(server.backend.sessions(), session.id);
      expect(record).toMatchObject({
        id: session.id,
        agent: agentId,
        agent_version: 1,
        user: { id: 'u-42', segment: { plan: 'pro' } },
        outcome: { resolved: true, escalated: false, satisfaction: 4, feedback: 'quick answer' },
      });
      expect(record?.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
      expect(record?.messages[1]?.content).toBe('Refunds take 5 business days.');
      expect(record?.messages[1]?.latency_ms).toBeGreaterThanOrEqual(0);
      expect(record?.ended_at).toBeDefined();
    });

    it('sessions: memory_store resources get a mount path and a name/description snapshot', async () => {
      const store = await client.beta.memoryStores.create({ name: 'Demo Memory', description: 'Facts about customers' });
      const other = await client.beta.memoryStores.create({ name: 'demo memory!' });
      const session = await client.beta.sessions.create({
        agent: agentId,
        environment_id: envId,
        resources: [
          { type: 'memory_store', memory_store_id: store.id, access: 'read_only', instructions: 'Check first.' },
          { type: 'memory_store', memory_store_id: other.id },
        ],
      });
      expect(session.resources).toEqual([
        {
          type: 'memory_store',
          memory_store_id: store.id,
          access: 'read_only',
          instructions: 'Check first.',
          name: 'Demo Memory',
          description: 'Facts about customers',
          mount_path: '/mnt/memory/demo-memory/',
        },
        {
          type: 'memory_store',
          memory_store_id: other.id,
          access: 'read_write',
          instructions: null,
          name: 'demo memory!',
          description: '',
          mount_path: '/mnt/memory/demo-memory-2/',
        },
      ]);
      const filtered = await client.beta.sessions.list({ memory_store_id: store.id });
      expect(filtered.data.map((s) => s.id)).toEqual([session.id]);
      await expect(
        client.beta.sessions.create({ agent: agentId, environment_id: envId, resources: [{ type: 'memory_store', memory_store_id: 'memstore_nope' }] }),
      ).rejects.toMatchObject({ status: 404 });
      const nine = Array.from({ length: 9 }, () => ({ type: 'memory_store' as const, memory_store_id: store.id }));
      await expect(client.beta.sessions.create({ agent: agentId, environment_id: envId, resources: nine })).rejects.toMatchObject({ status: 400 });
    });

    it('sessions: bad create input gets the envelope with the right 4xx and stores nothing', async () => {
      const before = (await client.beta.sessions.list({ limit: 100, include_archived: true })).data.length;
      await expect(client.beta.sessions.create({ agent: 'agent_nope', environment_id: envId })).rejects.toMatchObject({ status: 404 });
      await expect(client.beta.sessions.create({ agent: agentId, environment_id: 'env_nope' })).rejects.toMatchObject({ status: 404 });
      for (const body of [
        {},
        { agent: agentId },
        { agent: agentId, environment_id: envId, metadata: { k: 5 } },
        { agent: { type: 'robot', id: agentId }, environment_id: envId },
        { agent: agentId, environment_id: envId, initial_events: [{ type: 'user.interrupt' }] },
        { agent: agentId, environment_id: envId, initial_events: Array.from({ length: 51 }, () => userMessage('x')) },
      ]) {
        const r = await raw('/v1/sessions', { method: 'POST', body: JSON.stringify(body) });
        expect(r.status).toBe(400);
        expect(await r.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
      }
      const archivedAgent = await client.beta.agents.create({ name: 'Old', model: 'reverie-offline' });
      await client.beta.agents.archive(archivedAgent.id);
      await expect(client.beta.sessions.create({ agent: archivedAgent.id, environment_id: envId })).rejects.toMatchObject({ status: 400 });
      expect((await client.beta.sessions.list({ limit: 100, include_archived: true })).data.length).toBe(before);
      await expect(client.beta.sessions.retrieve('sesn_nope')).rejects.toMatchObject({ status: 404 });
    });
  });
}
