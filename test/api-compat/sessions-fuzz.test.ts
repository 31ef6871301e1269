/**
 * Property-based checks of the sessions and events routes: bad bodies, queries and path ids never give a
 * 500, always give the error envelope, and never change stored state.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendFactories, type TestBackend } from '../support/backends.js';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/server.js';

/** Runs per property: every generator branch is hit many times while the file stays fast. */
const RUNS = { sqlite: 60, postgres: 25 } as const;
/** Percent-encodes; a lone surrogate cannot be encoded, so it becomes invalid UTF-8 bytes (also worth sending). */
const enc = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return '%ED%A0%80';
  }
};
const headers = { authorization: `Bearer ${TEST_API_KEY}`, 'content-type': 'application/json' };

const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', '%00', '%', '\\', '_', ',', '"', "'; drop table sessions; --", '__proto__', ' ', '', 'x'.repeat(300)),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  nasty,
  fc.constantFrom(null, true, 0, -1, 1.5, 2 ** 31, 2 ** 53, 1e308, [], {}, { type: 'nope' }),
);

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`sessions fuzz on ${factory.name}`, () => {
    let db: TestBackend;
    let server: TestServer;
    let sessionId: string;
    let agentId: string;
    let envId: string;
    const runs = RUNS[factory.name];

    beforeAll(async () => {
      db = await factory.make();
      server = await startTestServer({ backend: db.backend });
      envId = (await server.client.beta.environments.create({ name: 'fuzz' })).id;
      agentId = (await server.client.beta.agents.create({ name: 'Fuzz', model: 'reverie-offline', system: 'Refunds take 5 days.' })).id;
      sessionId = (await server.client.beta.sessions.create({ agent: agentId, environment_id: envId })).id;
    });
    afterAll(async () => {
      await server?.close();
      await db?.dispose();
    });

    /** Everything a rejected request must leave unchanged. */
    const snapshot = async () => {
      const sessions = await db.backend.db.selectFrom('sessions').selectAll().orderBy('id').execute();
      const events = await db.backend.db.selectFrom('session_events').select(['id', 'seq', 'body']).orderBy('id').execute();
      return JSON.stringify({ sessions, events });
    };

    const expectEnvelope = async (res: Response) => {
      expect(res.status, `status ${res.status}`).toBeLessThan(500);
      if (res.status >= 400) {
        const body = (await res.json()) as { type: string; error: { type: string; message: string } };
        expect(body.type).toBe('error');
        expect(typeof body.error.type).toBe('string');
        expect(typeof body.error.message).toBe('string');
      } else {
        await res.body?.cancel();
      }
    };

    it('fuzz: POST /v1/sessions, /events, /feedback and updates never 500 and rejected bodies change nothing', async () => {
      const validBodies = () => [
        { path: '/v1/sessions', body: { agent: agentId, environment_id: envId } },
        { path: `/v1/sessions/${sessionId}/events`, body: { events: [{ type: 'user.interrupt' }] } },
        { path: `/v1/sessions/${sessionId}/feedback`, body: { score: 3 } },
        { path: `/v1/sessions/${sessionId}`, body: { title: 't' } },
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 3 }),
          fc.constantFrom('agent', 'environment_id', 'events', 'score', 'title', 'metadata', 'resources', 'initial_events', 'agent.id', 'events.0.type', 'events.0.content'),
          value,
          async (which, field, v) => {
            const target = validBodies()[which] as { path: string; body: Record<string, unknown> };
            const body: Record<string, unknown> = structuredClone(target.body);
            const [head, ...rest] = field.split('.');
            if (rest.length === 0) body[head as string] = v;
            else if (head === 'agent') body['agent'] = { type: 'agent', id: v };
            else body['events'] = [rest[1] === 'type' ? { type: v } : { type: 'user.message', content: v }];
            const before = await snapshot();
            const res = await fetch(`${server.url}${target.path}`, { method: 'POST', headers, body: JSON.stringify(body) });
            const rejected = res.status >= 400;
            await expectEnvelope(res);
            await server.services.sessions.runtime.settle();
            if (rejected) expect(await snapshot()).toBe(before);
          },
        ),
        { numRuns: runs },
      );
    });

    it('fuzz: list/stream query strings and path ids never 500', async () => {
      const keys = ['agent_id', 'agent_version', 'statuses[]', 'memory_store_id', 'order', 'limit', 'page', 'created_at[gte]', 'include_archived', 'types[]', 'event_deltas[]'];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...keys), nasty, fc.integer({ min: 0, max: 3 }), async (key, v, route) => {
          const q = `${enc(key).replace('%5B%5D', '[]')}=${enc(v)}`;
          const path = [`/v1/sessions?${q}`, `/v1/sessions/${sessionId}/events?${q}`, `/v1/sessions/${enc(v)}`, `/v1/sessions/${enc(v)}/events`][route];
          const before = await snapshot();
          const res = await fetch(`${server.url}${path}`, { headers });
          await expectEnvelope(res);
          expect(await snapshot()).toBe(before);
        }),
        { numRuns: runs },
      );
      for (const bad of ['a%00b', '%00', 'sesn_%5C', 'x'.repeat(400)]) {
        const res = await fetch(`${server.url}/v1/sessions/${bad}/events/stream`, { headers });
        expect(res.status).toBe(404);
        await res.body?.cancel();
      }
    });
  });
}
