/** Dreams through the real SDK: every method, every error rule, and a dream run to completion. */
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { Worker } from '../../src/jobs/index.js';

let server: TestServer;
let client: Anthropic;
let storeId: string;
let agentId: string;
const sessionIds: string[] = [];

const QUESTIONS = [
  'How do I get a refund for my order?',
  'My refund has not arrived, where is it?',
  'I want to talk to a human about my refund',
  'How do I reset my password?',
  'The password reset email never came',
  'Can I change my delivery address?',
];

/** Runs queued jobs in this process (the server runs no worker here, so every state is deterministic). */
async function runJobs(): Promise<void> {
  const worker = new Worker({ store: server.backend.jobs(), clock: server.services.clock, handlers: server.services.jobHandlers });
  while (await worker.runOnce()) {
    // keep draining
  }
}

/** Runs the queue dry, then returns the dream in its final state. */
async function waitForDream(id: string) {
  await runJobs();
  const dream = await client.beta.dreams.retrieve(id);
  if (!['completed', 'failed', 'canceled'].includes(dream.status)) throw new Error(`dream ${id} is still ${dream.status}`);
  return dream;
}

async function snapshotStore(id: string) {
  const out: Array<{ path: string; content: string | null | undefined; sha: string }> = [];
  for await (const m of client.beta.memoryStores.memories.list(id, { view: 'full' })) {
    if (m.type === 'memory') out.push({ path: m.path, content: m.content, sha: m.content_sha256 });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

beforeAll(async () => {
  server = await startTestServer({ runWorker: false });
  client = server.client;
  const agent = await client.beta.agents.create({
    name: 'Support',
    model: 'reverie-offline',
    system: 'Refunds are paid within 5 working days.\nPasswords are reset from the login page.',
  });
  agentId = agent.id;
  const env = await client.beta.environments.create({ name: 'dream-env' });
  for (const [i, text] of QUESTIONS.entries()) {
    const session = await client.beta.sessions.create({ agent: agent.id, environment_id: env.id, title: `s${i}` });
    await client.beta.sessions.events.send(session.id, { events: [{ type: 'user.message', content: [{ type: 'text', text }] }] });
    for (let t = 0; t < 200; t++) {
      const s = await client.beta.sessions.retrieve(session.id);
      if (s.status === 'idle') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    sessionIds.push(session.id);
  }
  const store = await client.beta.memoryStores.create({ name: 'Support memory', description: 'what support learned' });
  storeId = store.id;
  await client.beta.memoryStores.memories.create(storeId, { path: '/facts.md', content: 'refund_days: 5\n' });
  await client.beta.memoryStores.memories.create(storeId, { path: '/notes/refunds.md', content: 'Refunds take 5 working days.\n' });
  await client.beta.memoryStores.memories.create(storeId, { path: '/notes/refunds-copy.md', content: 'Refunds take 5 working days.\n' });
});
afterAll(async () => server?.close());

describe('dreams', () => {
  it('dreams: create with only required params runs to completed and leaves the input store unchanged byte for byte', async () => {
    const before = await snapshotStore(storeId);
    const created = await client.beta.dreams.create({
      inputs: [
        { type: 'memory_store', memory_store_id: storeId },
        { type: 'sessions', session_ids: [...sessionIds].reverse() },
      ],
      model: 'reverie-offline',
    });
    expect(created).toMatchObject({ type: 'dream', status: 'pending', outputs: [], instructions: null, session_id: null, error: null, ended_at: null, archived_at: null });
    expect(created.id).toMatch(/^drm_/);
    expect(created.output_behavior).toEqual({ type: 'create_new' });
    expect(created.model).toEqual({ id: 'reverie-offline' });
    expect(created.usage).toEqual({ input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 });
    const sessionsInput = created.inputs.find((i) => i.type === 'sessions');
    expect(sessionsInput && 'session_ids' in sessionsInput ? sessionsInput.session_ids : []).toEqual([...sessionIds].sort());

    const done = await waitForDream(created.id);
    expect(done.status).toBe('completed');
    expect(done.ended_at).not.toBeNull();
    expect(done.outputs).toHaveLength(1);
    const outputId = done.outputs[0]!.memory_store_id;
    expect(outputId).not.toBe(storeId);

    const output = await snapshotStore(outputId);
    const paths = output.map((f) => f.path);
    expect(paths).toContain('/playbook.md');
    expect(paths.some((p) => p.startsWith('/insights/'))).toBe(true);
    // The duplicated line survives once (with a merge pointer), not twice.
    const occurrences = output.map((f) => (f.content ?? '').split('Refunds take 5 working days').length - 1).reduce((a, b) => a + b, 0);
    expect(occurrences).toBe(1);
    expect(await snapshotStore(storeId)).toEqual(before);

    const report = (await (await fetch(`${server.url}/v1/dreams/${created.id}/report`, { headers: { 'x-api-key': 'sk-test-reverie-0123456789abcdef' } })).json()) as Record<string, unknown>;
    expect(report['dream_id']).toBe(created.id);
    expect(Array.isArray(report['insights'])).toBe(true);
    expect(report['counts']).toMatchObject({ inputs: sessionIds.length });
  });

  it('dreams: list is newest first, filters by status and hides archived dreams by default', async () => {
    const second = await client.beta.dreams.create({
      inputs: [
        { type: 'memory_store', memory_store_id: storeId },
        { type: 'sessions', session_ids: [sessionIds[0]!] },
      ],
      model: { id: 'reverie-offline', speed: 'standard' },
      instructions: 'Focus on refunds.',
    });
    expect(second.model).toEqual({ id: 'reverie-offline', speed: 'standard' });
    expect(second.instructions).toBe('Focus on refunds.');
    await waitForDream(second.id);
    const all = [];
    for await (const d of client.beta.dreams.list({ limit: 1 })) all.push(d);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all[0]!.id > all[1]!.id).toBe(true);
    const completed = await client.beta.dreams.list({ statuses: ['completed'] });
    expect(completed.data.every((d) => d.status === 'completed')).toBe(true);
    const archived = await client.beta.dreams.archive(second.id);
    expect(archived.archived_at).not.toBeNull();
    expect((await client.beta.dreams.archive(second.id)).archived_at).toBe(archived.archived_at);
    const visible = await client.beta.dreams.list();
    expect(visible.data.some((d) => d.id === second.id)).toBe(false);
    const withArchived = await client.beta.dreams.list({ include_archived: true });
    expect(withArchived.data.some((d) => d.id === second.id)).toBe(true);
    expect((await client.beta.dreams.retrieve(second.id)).id).toBe(second.id);
  });

  it('dreams: cancel rules — pending → canceled, canceled stays canceled, finished dreams refuse with 400', async () => {
    const dream = await client.beta.dreams.create({
      inputs: [
        { type: 'memory_store', memory_store_id: storeId },
        { type: 'sessions', session_ids: [sessionIds[1]!] },
      ],
      model: 'reverie-offline',
    });
    await expect(client.beta.dreams.archive(dream.id)).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    const canceled = await client.beta.dreams.cancel(dream.id);
    expect(canceled.status).toBe('canceled');
    expect(canceled.ended_at).not.toBeNull();
    expect((await client.beta.dreams.cancel(dream.id)).status).toBe('canceled');
    expect((await client.beta.dreams.archive(dream.id)).archived_at).not.toBeNull();
    const finished = (await client.beta.dreams.list({ statuses: ['completed'] })).data[0]!;
    await expect(client.beta.dreams.cancel(finished.id)).rejects.toBeInstanceOf(Anthropic.BadRequestError);
  });

  it('dreams: update_existing holds the store — a second writer gets one 409 conflict_error, not retried', async () => {
    let requests = 0;
    const counting = new Anthropic({
      apiKey: 'sk-test-reverie-0123456789abcdef',
      baseURL: server.url,
      fetch: async (url, init) => {
        requests++;
        return fetch(url, init);
      },
    });
    const store = await client.beta.memoryStores.create({ name: 'Held store' });
    await client.beta.memoryStores.memories.create(store.id, { path: '/a.md', content: 'Refunds take 5 working days.\n' });
    const body = {
      inputs: [
        { type: 'memory_store' as const, memory_store_id: store.id },
        { type: 'sessions' as const, session_ids: [sessionIds[2]!] },
      ],
      model: 'reverie-offline',
      output_behavior: { type: 'update_existing' as const, memory_store_id: store.id },
    };
    const first = await client.beta.dreams.create(body);
    expect(first.output_behavior).toEqual(body.output_behavior);
    const err = await counting.beta.dreams.create(body).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.ConflictError);
    expect((err as InstanceType<typeof Anthropic.ConflictError>).type).toBe('conflict_error');
    expect((err as InstanceType<typeof Anthropic.ConflictError>).headers.get('x-should-retry')).toBe('false');
    expect(requests).toBe(1);
    // A create_new dream on the same store is not a writer and is accepted.
    const reader = await client.beta.dreams.create({ ...body, output_behavior: { type: 'create_new' } });
    await client.beta.dreams.cancel(reader.id);
    // The server with a worker runs the held dream; the store is written in place and released.
    const done = await waitForDream(first.id);
    expect(done.status).toBe('completed');
    expect(done.outputs).toEqual([{ type: 'memory_store', memory_store_id: store.id }]);
    const again = await client.beta.dreams.create(body);
    await client.beta.dreams.cancel(again.id);
  });

  it('dreams: bad requests get 400/404 with the envelope and create nothing', async () => {
    const before = (await client.beta.dreams.list({ include_archived: true, limit: 100 })).data.length;
    const sessions = { type: 'sessions' as const, session_ids: [sessionIds[0]!] };
    const store = { type: 'memory_store' as const, memory_store_id: storeId };
    const bad: Array<[Record<string, unknown>, unknown]> = [
      [{ inputs: [sessions], model: 'reverie-offline' }, Anthropic.BadRequestError],
      [{ inputs: [store], model: 'reverie-offline' }, Anthropic.BadRequestError],
      [{ inputs: [store, store, sessions], model: 'reverie-offline' }, Anthropic.BadRequestError],
      [{ inputs: [store, { type: 'sessions', session_ids: [] }], model: 'reverie-offline' }, Anthropic.BadRequestError],
      [{ inputs: [store, { type: 'sessions', session_ids: Array.from({ length: 101 }, (_, i) => `sesn_${i}`) }], model: 'reverie-offline' }, Anthropic.BadRequestError],
      [{ inputs: [store, { type: 'sessions', session_ids: [sessionIds[0], sessionIds[0]] }], model: 'reverie-offline' }, Anthropic.BadRequestError],
      [{ inputs: [store, sessions] }, Anthropic.BadRequestError],
      [{ inputs: [store, sessions], model: '' }, Anthropic.BadRequestError],
      [{ inputs: [store, sessions], model: { id: 'reverie-offline', speed: 'fast' } }, Anthropic.BadRequestError],
      [{ inputs: [store, sessions], model: 'reverie-offline', instructions: 'x'.repeat(4097) }, Anthropic.BadRequestError],
      [{ inputs: [store, sessions], model: 'reverie-offline', output_behavior: { type: 'update_existing', memory_store_id: 'memstore_other' } }, Anthropic.BadRequestError],
      [{ inputs: [{ type: 'memory_store', memory_store_id: 'memstore_missing' }, sessions], model: 'reverie-offline' }, Anthropic.NotFoundError],
      [{ inputs: [store, { type: 'sessions', session_ids: ['sesn_missing'] }], model: 'reverie-offline' }, Anthropic.NotFoundError],
    ];
    for (const [body, cls] of bad) {
      await expect(client.beta.dreams.create(body as never)).rejects.toBeInstanceOf(cls as never);
    }
    await expect(client.beta.dreams.retrieve('drm_missing')).rejects.toBeInstanceOf(Anthropic.NotFoundError);
    await expect(client.beta.dreams.cancel('drm_missing')).rejects.toBeInstanceOf(Anthropic.NotFoundError);
    await expect(client.beta.dreams.archive('drm_missing')).rejects.toBeInstanceOf(Anthropic.NotFoundError);
    await expect(client.beta.dreams.list({ statuses: ['sleeping' as never] })).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    expect((await client.beta.dreams.list({ include_archived: true, limit: 100 })).data.length).toBe(before);
  });

  it('insights: the latest dream of an agent, filterable; none yet says so; unknown agents 404', async () => {
    const get = async (path: string) => {
      const res = await fetch(`${server.url}${path}`, { headers: { authorization: 'Bearer sk-test-reverie-0123456789abcdef' } });
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    };
    const all = await get(`/v1/agents/${agentId}/insights`);
    expect(all.status).toBe(200);
    expect(all.body['dream_id']).toMatch(/^drm_/);
    for (const key of ['pattern_summaries', 'flagged_issues', 'insights']) expect(Array.isArray(all.body[key])).toBe(true);
    expect(typeof all.body['recommended_prompt_template']).toBe('string');
    const kinds = new Set((all.body['insights'] as Array<{ kind: string }>).map((i) => i.kind));
    for (const kind of kinds) {
      const only = await get(`/v1/agents/${agentId}/insights?kind[]=${kind}`);
      expect((only.body['insights'] as Array<{ kind: string }>).every((i) => i.kind === kind)).toBe(true);
    }
    const pinned = await get(`/v1/agents/${agentId}/insights?dream_id=${all.body['dream_id']}`);
    expect(pinned.body['dream_id']).toBe(all.body['dream_id']);
    const fresh = await client.beta.agents.create({ name: 'Never dreamt', model: 'reverie-offline' });
    const none = await get(`/v1/agents/${fresh.id}/insights`);
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ dream_id: null, insights: [], flagged_issues: [] });
    expect((await get('/v1/agents/agent_missing/insights')).status).toBe(404);
    expect((await get(`/v1/agents/${agentId}/insights?severity[]=loud`)).status).toBe(400);
  });

  it('agents: the dreaming configuration is a versioned Reverie extension with defaults and validation', async () => {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-test-reverie-0123456789abcdef', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    };
    const created = await post('/v1/agents', { name: 'Dreamer', model: 'reverie-offline', reverie: { dreaming: { enable_dreaming: true, dreaming_schedule: '0 9 * * 1-5 Europe/Paris', triggers: { new_sessions: 50 } } } });
    expect(created.status).toBe(200);
    expect(created.body['reverie']['dreaming']).toMatchObject({ enable_dreaming: true, dreaming_schedule: '0 9 * * 1-5 Europe/Paris', policy: 'review', adaptive: false, triggers: { new_sessions: 50 } });
    const id = created.body['id'] as string;
    const updated = await post(`/v1/agents/${id}`, { reverie: { dreaming: { enable_dreaming: true, dreaming_schedule: 'weekly', policy: 'auto' } } });
    expect(updated.body['version']).toBe(2);
    expect(updated.body['reverie']['dreaming']).toMatchObject({ dreaming_schedule: 'weekly', policy: 'auto' });
    const v1 = await client.beta.agents.retrieve(id, { version: 1 });
    expect((v1 as unknown as Record<string, any>)['reverie']['dreaming']['dreaming_schedule']).toBe('0 9 * * 1-5 Europe/Paris');
    const bad = await post(`/v1/agents/${id}`, { reverie: { dreaming: { dreaming_schedule: 'every tuesday' } } });
    expect(bad.status).toBe(400);
    expect(bad.body['error']['type']).toBe('invalid_request_error');
    expect((await client.beta.agents.retrieve(id)).version).toBe(2);
    const cleared = await post(`/v1/agents/${id}`, { reverie: null });
    expect(cleared.body['version']).toBe(3);
    expect(cleared.body['reverie']).toBeUndefined();
  });
});
