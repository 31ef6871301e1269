/** The dreaming scheduler against a real server: N-session triggers, one dream at a time, retention. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/server.js';
import { Worker } from '../../src/jobs/index.js';
import { ManualClock } from '../../src/shared/clock.js';

let server: TestServer;
const clock = new ManualClock('2026-05-01T10:00:00.000Z');
let agentId: string;
let envId: string;

async function post(path: string, body: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, any>;
}

async function converse(text: string): Promise<string> {
  const session = await server.client.beta.sessions.create({ agent: agentId, environment_id: envId });
  await server.client.beta.sessions.events.send(session.id, { events: [{ type: 'user.message', content: [{ type: 'text', text }] }] });
  for (let i = 0; i < 500; i++) {
    if ((await server.client.beta.sessions.retrieve(session.id)).status === 'idle') return session.id;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('session did not go idle');
}

async function drain() {
  const worker = new Worker({ store: server.backend.jobs(), clock, handlers: server.services.jobHandlers });
  while (await worker.runOnce()) {
    // drain
  }
}

beforeAll(async () => {
  server = await startTestServer({ runWorker: false, clock });
  const agent = await post('/v1/agents', {
    name: 'Scheduled',
    model: 'reverie-offline',
    system: 'Refunds take 5 days.',
    reverie: { dreaming: { enable_dreaming: true, dreaming_schedule: 'manual', triggers: { new_sessions: 3 }, session_storage: { enabled: true, retention_period_days: 30 } } },
  });
  agentId = agent['id'];
  envId = (await server.client.beta.environments.create({ name: 'sched' })).id;
});
afterAll(async () => server?.close());

describe('dream scheduler', () => {
  it('scheduler: dreams once N sessions have ended, over exactly those sessions, then waits for N more', async () => {
    await converse('Where is my refund?');
    await converse('My refund is late');
    expect((await server.services.scheduler.tick()).find((o) => o.agentId === agentId)?.dreamId).toBeUndefined();
    await converse('I want my refund now');
    const fired = (await server.services.scheduler.tick()).find((o) => o.agentId === agentId);
    expect(fired?.reasons).toContain('new_sessions');
    expect(fired?.dreamId).toMatch(/^drm_/);
    const dream = await server.client.beta.dreams.retrieve(fired!.dreamId!);
    const input = dream.inputs.find((i) => i.type === 'sessions');
    expect(input && 'session_ids' in input ? input.session_ids.length : 0).toBe(3);
    // Review policy: the agent's store is left alone and the dream writes a new one.
    expect(dream.output_behavior).toEqual({ type: 'create_new' });
    clock.advance(60_000);
    expect((await server.services.scheduler.tick()).find((o) => o.agentId === agentId)?.dreamId).toBeUndefined();
    await drain();
    expect((await server.client.beta.dreams.retrieve(fired!.dreamId!)).status).toBe('completed');
    const insights = await fetch(`${server.url}/v1/agents/${agentId}/insights`, { headers: { 'x-api-key': TEST_API_KEY } });
    expect(((await insights.json()) as Record<string, unknown>)['dream_id']).toBe(fired!.dreamId);
    clock.advance(60_000);
    await converse('Another refund question');
    expect((await server.services.scheduler.tick()).find((o) => o.agentId === agentId)?.dreamId).toBeUndefined();
  });

  it('scheduler: retention deletes sessions older than the retention period and keeps newer ones', async () => {
    clock.advance(20 * 86_400_000);
    const recent = await converse('A recent question about refunds');
    clock.advance(11 * 86_400_000);
    const outcome = (await server.services.scheduler.tick()).find((o) => o.agentId === agentId);
    expect(outcome?.deletedSessions).toBe(4);
    const left = await server.client.beta.sessions.list({ agent_id: agentId, include_archived: true });
    expect(left.data.map((s) => s.id)).toEqual([recent]);
  });
});
