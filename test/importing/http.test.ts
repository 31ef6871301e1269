/** @module test/importing/http — `POST /v1/reverie/import` with a streamed JSONL body. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSessions } from '../../src/dreaming/generate/index.js';
import { loadSessionRecord } from '../../src/sessions/index.js';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** A request body sent in several chunks (chunked transfer encoding), split mid-line. */
function streamed(text: string, pieces = 5): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.length / pieces);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
}

async function post(body: RequestInit['body'], { query = '', type = 'application/x-ndjson' } = {}): Promise<Response> {
  return fetch(`${server.url}/v1/reverie/import${query}`, {
    method: 'POST',
    headers: { 'x-api-key': TEST_API_KEY, 'content-type': type },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('POST /v1/reverie/import', () => {
  it('import: a streamed body imports sessions and returns the summary; a repeat adds nothing', async () => {
    const { sessions } = generateSessions({ seed: 3, count: 12 });
    const text = `${sessions.map((s) => JSON.stringify(s)).join('\n')}\nnot json\n`;
    const res = await post(streamed(text), { query: '?agent=http-agent' });
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { imported: number; duplicates: number; skipped: { line: number; reason: string }[]; sessions: string[] };
    expect(summary).toMatchObject({ imported: 12, duplicates: 0, skipped: [{ line: 13, reason: 'invalid_json' }] });
    const back = await loadSessionRecord(server.backend.sessions(), summary.sessions[0] ?? '');
    expect(back?.messages.length).toBe(sessions[0]?.messages.length);

    const again = await post(streamed(text), { type: 'application/jsonl; charset=utf-8' });
    expect(await again.json()).toMatchObject({ imported: 0, duplicates: 12 });
  });

  it('import: a non-streamed body; a session exported through the SDK imports back as managed-agents unchanged', async () => {
    const { sessions } = generateSessions({ seed: 8, count: 1 });
    const res = await post(`${JSON.stringify(sessions[0])}\n`, { query: '?format=reverie' });
    const { sessions: [id] } = (await res.json()) as { sessions: string[] };
    if (!id) throw new Error('nothing imported');
    const session = await server.client.beta.sessions.retrieve(id);
    expect(session.status).toBe('idle');
    const events: unknown[] = [];
    for await (const e of server.client.beta.sessions.events.list(id)) events.push(e);
    const exported = JSON.stringify({ session, events });
    const back = await post(exported, { query: '?format=managed-agents' });
    const summary = (await back.json()) as { imported: number; sessions: string[] };
    expect(summary.imported).toBe(1);
    const original = await loadSessionRecord(server.backend.sessions(), id);
    const copy = await loadSessionRecord(server.backend.sessions(), summary.sessions[0] ?? '');
    // The wire Session does not carry the source's agent version (`reverie.import`), only Reverie's own.
    const strip = (r: typeof original) => ({ ...r, id: undefined, metadata: undefined, agent_version: undefined });
    expect(strip(copy)).toEqual(strip(original));
  });

  it('import: wrong content type and unknown format are 400s; an empty body imports nothing', async () => {
    const a = await post('{}', { type: 'application/json' });
    expect(a.status).toBe(400);
    expect(((await a.json()) as { error: { message: string } }).error.message).toContain('content-type');
    const b = await post('{}', { query: '?format=csv' });
    expect(b.status).toBe(400);
    expect((await b.json()) as object).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    const c = await fetch(`${server.url}/v1/reverie/import`, { method: 'POST', headers: { 'x-api-key': TEST_API_KEY, 'content-type': 'application/x-ndjson' } });
    expect(c.status).toBe(200);
    expect(await c.json()).toMatchObject({ format: null, lines: 0, imported: 0, skipped_total: 0 });
  });
});
