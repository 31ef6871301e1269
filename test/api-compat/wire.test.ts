/** @module test/api-compat/wire — raw wire checks without the SDK: headers, envelopes, auth, query encoding, OpenAPI. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import { adminKeyAuthenticator } from '../../src/api/auth.js';
import type { ApiEnv } from '../../src/api/env.js';
import { parseQuery } from '../../src/api/query.js';
import { createServices } from '../../src/app/create-services.js';
import { createSqliteBackend, type KyselyBackend } from '../../src/store/index.js';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/server.js';

/** Small enough that a modest JSON body trips it. */
const SMALL_BODY_LIMIT = 2_048;
const MAX_BODY_BYTES = 1 << 20;
const REQUEST_ID = /^req_[0-9A-Z]{26}$/;

let backend: KyselyBackend;
let app: Hono<ApiEnv>;

beforeAll(async () => {
  backend = createSqliteBackend({ path: ':memory:' });
  await backend.migrate();
  app = createApp({ services: createServices({ backend }), authenticator: adminKeyAuthenticator(TEST_API_KEY), maxBodyBytes: MAX_BODY_BYTES });
});
afterAll(async () => backend.close());

const auth = { authorization: `Bearer ${TEST_API_KEY}` };
const json = { ...auth, 'content-type': 'application/json' };

/** Asserts the exact error envelope, the matching request-id header and the JSON content type. */
async function expectEnvelope(res: Response, status: number, type: string): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const requestId = res.headers.get('request-id');
  expect(requestId).toMatch(REQUEST_ID);
  const body = (await res.json()) as { error: Record<string, unknown> };
  expect(body).toEqual({ type: 'error', error: { type, message: expect.any(String), ...pick(body.error, 'details') }, request_id: requestId });
  expect(String(body.error['message']).length).toBeGreaterThan(0);
  return body;
}

function pick(obj: Record<string, unknown>, key: string): Record<string, unknown> {
  return key in obj ? { [key]: obj[key] } : {};
}

async function createAgent(name = 'Wire'): Promise<{ id: string; version: number }> {
  const res = await app.request('/v1/agents', { method: 'POST', headers: json, body: JSON.stringify({ name, model: 'm' }) });
  expect(res.status).toBe(200);
  return (await res.json()) as { id: string; version: number };
}

describe('wire: unauthenticated endpoints', () => {
  it('wire: /health answers without a key', async () => {
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('request-id')).toMatch(REQUEST_ID);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
  });

  it('wire: /openapi.json lists every /v1 route, with request schemas for bodies and query params for lists', async () => {
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(doc.openapi).toMatch(/^3\.1/);
    const routes = app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/v1/'));
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const path = route.path.replace(/:([A-Za-z_]+)/g, '{$1}');
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      const pathParams = [...route.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]);
      const declared = (operation!['parameters'] as { name: string; in: string }[]).filter((p) => p.in === 'path').map((p) => p.name);
      expect(declared).toEqual(pathParams);
    }
    const schemaOf = (path: string) =>
      (doc.paths[path]?.['post']?.['requestBody'] as { content: Record<string, { schema: { properties: Record<string, unknown>; required?: string[] } }> })
        .content['application/json']!.schema;
    expect(schemaOf('/v1/agents').required).toEqual(expect.arrayContaining(['name', 'model']));
    expect(Object.keys(schemaOf('/v1/agents').properties)).toEqual(expect.arrayContaining(['name', 'model', 'tools', 'metadata', 'mcp_servers']));
    expect(Object.keys(schemaOf('/v1/agents/{agent_id}').properties)).toContain('version');
    expect(schemaOf('/v1/environments').required).toEqual(['name']);
    expect(Object.keys(schemaOf('/v1/environments/{environment_id}').properties)).toEqual(expect.arrayContaining(['name', 'config', 'metadata']));
    const listParams = (doc.paths['/v1/agents']?.['get']?.['parameters'] as { name: string }[]).map((p) => p.name);
    expect(listParams).toEqual(expect.arrayContaining(['limit', 'page', 'include_archived', 'created_at[gte]', 'created_at[lte]']));
  });
});

describe('wire: auth', () => {
  it('wire: no key is a 401 authentication_error envelope', async () => {
    await expectEnvelope(await app.request('/v1/agents'), 401, 'authentication_error');
  });

  it('wire: a wrong key is a 401 whichever header carries it', async () => {
    await expectEnvelope(await app.request('/v1/agents', { headers: { authorization: 'Bearer nope' } }), 401, 'authentication_error');
    await expectEnvelope(await app.request('/v1/agents', { headers: { 'x-api-key': 'nope' } }), 401, 'authentication_error');
    await expectEnvelope(await app.request('/v1/agents', { headers: { authorization: 'Basic abc' } }), 401, 'authentication_error');
  });

  it('wire: x-api-key works as well as Authorization: Bearer', async () => {
    const viaKey = await app.request('/v1/agents', { headers: { 'x-api-key': TEST_API_KEY } });
    expect(viaKey.status).toBe(200);
    const viaBearer = await app.request('/v1/agents', { headers: { authorization: `bearer ${TEST_API_KEY}` } });
    expect(viaBearer.status).toBe(200);
    expect(await viaKey.json()).toEqual(await viaBearer.json());
  });
});

describe('wire: headers and envelopes', () => {
  it('wire: every response carries a request-id header, success and error alike, unique per request', async () => {
    const agent = await createAgent();
    const responses = await Promise.all([
      app.request(`/v1/agents/${agent.id}`, { headers: auth }),
      app.request('/v1/agents', { method: 'POST', headers: json, body: '{' }),
      app.request('/v1/agents/agent_missing', { headers: auth }),
      app.request('/v1/nowhere', { headers: auth }),
      app.request('/v1/agents'),
      app.request(`/v1/agents/${agent.id}`, { method: 'POST', headers: json, body: JSON.stringify({ version: 99 }) }),
    ]);
    const ids = responses.map((r) => r.headers.get('request-id'));
    for (const id of ids) expect(id).toMatch(REQUEST_ID);
    expect(new Set(ids).size).toBe(ids.length);
    expect(responses.map((r) => r.status)).toEqual([200, 400, 404, 404, 401, 409]);
    for (const res of responses) expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('wire: malformed JSON, a non-object body and an empty body are 400 invalid_request_error', async () => {
    for (const body of ['{"name":', 'null', '[]', '"text"', '', '   ', '{"name":"x","model":"m"} trailing']) {
      await expectEnvelope(await app.request('/v1/agents', { method: 'POST', headers: json, body }), 400, 'invalid_request_error');
    }
  });

  it('wire: an unknown route is a 404 not_found_error envelope', async () => {
    await expectEnvelope(await app.request('/v1/nowhere', { headers: auth }), 404, 'not_found_error');
    await expectEnvelope(await app.request('/v1/agents', { method: 'PUT', headers: json, body: '{}' }), 404, 'not_found_error');
  });

  it('wire: a version conflict is a 409 with x-should-retry: false; other errors do not forbid retries', async () => {
    const agent = await createAgent();
    const conflict = await app.request(`/v1/agents/${agent.id}`, { method: 'POST', headers: json, body: JSON.stringify({ version: 2, name: 'x' }) });
    expect(conflict.headers.get('x-should-retry')).toBe('false');
    await expectEnvelope(conflict, 409, 'conflict_error');
    const bad = await app.request(`/v1/agents/${agent.id}`, { method: 'POST', headers: json, body: JSON.stringify({ version: 'two' }) });
    expect(bad.headers.get('x-should-retry')).toBeNull();
    await expectEnvelope(bad, 400, 'invalid_request_error');
  });

  it('wire: environment errors carry error.details.error_code', async () => {
    const created = await app.request('/v1/environments', { method: 'POST', headers: json, body: JSON.stringify({ name: 'e' }) });
    const env = (await created.json()) as { id: string };
    const res = await app.request(`/v1/environments/${env.id}`, { method: 'POST', headers: json, body: JSON.stringify({ config: { type: 'self_hosted' } }) });
    const body = await expectEnvelope(res, 400, 'invalid_request_error');
    expect(body['error']).toMatchObject({ details: { error_code: 'invalid_config_type_change' } });
    const missing = await expectEnvelope(await app.request('/v1/environments/env_missing', { headers: auth }), 404, 'not_found_error');
    expect(missing['error']).toMatchObject({ details: { error_code: 'environment_not_found' } });
  });

  it('wire: action POSTs need no body and no content-type', async () => {
    const agent = await createAgent();
    const res = await app.request(`/v1/agents/${agent.id}/archive`, { method: 'POST', headers: auth });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: agent.id, archived_at: expect.any(String) });
  });

  it('wire: DELETE environment answers {id, type: environment_deleted}', async () => {
    const created = await app.request('/v1/environments', { method: 'POST', headers: json, body: JSON.stringify({ name: 'gone' }) });
    const env = (await created.json()) as { id: string };
    const res = await app.request(`/v1/environments/${env.id}`, { method: 'DELETE', headers: auth });
    expect(await res.json()).toEqual({ id: env.id, type: 'environment_deleted' });
  });
});

describe('wire: query strings', () => {
  it('wire: k[]=v and repeated k=v both parse as arrays; bracketed filter keys stay literal', () => {
    expect(parseQuery('http://x/v1/s?statuses%5B%5D=idle&statuses%5B%5D=running&created_at%5Bgte%5D=2026-01-01T00:00:00Z')).toEqual({
      statuses: ['idle', 'running'],
      'created_at[gte]': '2026-01-01T00:00:00Z',
    });
    expect(parseQuery('http://x/v1/s?types=a&types=b&page=')).toEqual({ types: ['a', 'b'], page: '' });
    expect(parseQuery('http://x/v1/s?one%5B%5D=a')).toEqual({ one: ['a'] });
  });

  it('wire: list params accept bracket arrays, repeats, an empty page and unknown params such as beta', async () => {
    for (let i = 0; i < 3; i++) await createAgent(`q${i}`);
    const count = async (query: string) => {
      const res = await app.request(`/v1/agents?${query}`, { headers: auth });
      expect(res.status, query).toBe(200);
      return ((await res.json()) as { data: unknown[] }).data.length;
    };
    expect(await count('limit=2&beta=true')).toBe(2);
    expect(await count('limit%5B%5D=1&limit%5B%5D=2')).toBe(2);
    expect(await count('limit=1&limit=2')).toBe(2);
    expect(await count('limit=1&page=')).toBe(1);
    expect(await count('include_archived%5B%5D=true&limit=1')).toBe(1);
    const created = await app.request('/v1/agents?beta=true', { method: 'POST', headers: json, body: JSON.stringify({ name: 'b', model: 'm' }) });
    expect(created.status).toBe(200);
  });

  it('wire: limits above the maximum are clamped, not rejected', async () => {
    const res = await app.request('/v1/agents?limit=1000', { headers: auth });
    expect(res.status).toBe(200);
  });

  it('wire: bad query values are 400s', async () => {
    for (const query of [
      'limit=0',
      'limit=-1',
      'limit=abc',
      'limit=1.5',
      'page=garbage',
      'page=page_bm90IGpzb24',
      'created_at%5Bgte%5D=yesterday',
      'include_archived=maybe',
    ]) {
      await expectEnvelope(await app.request(`/v1/agents?${query}`, { headers: auth }), 400, 'invalid_request_error');
    }
    const agent = await createAgent();
    for (const query of ['version=0', 'version=abc', 'version=1.5']) {
      await expectEnvelope(await app.request(`/v1/agents/${agent.id}?${query}`, { headers: auth }), 400, 'invalid_request_error');
    }
  });

  it('wire: a cursor walks to a last page whose next_page is null', async () => {
    let page: string | null = '';
    let pages = 0;
    let total = 0;
    while (page !== null) {
      const res = await app.request(`/v1/agents?limit=2&include_archived=true&page=${encodeURIComponent(page)}`, { headers: auth });
      const body = (await res.json()) as { data: unknown[]; next_page: string | null };
      total += body.data.length;
      pages++;
      page = body.next_page;
    }
    const all = (await (await app.request('/v1/agents?limit=100&include_archived=true', { headers: auth })).json()) as { data: unknown[] };
    expect(total).toBe(all.data.length);
    expect(pages).toBe(Math.ceil(all.data.length / 2));
  });
});

describe('wire: body size', () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startTestServer({ env: { REVERIE_MAX_BODY_BYTES: String(SMALL_BODY_LIMIT) } });
  });
  afterAll(async () => small.close());

  it('wire: a body above REVERIE_MAX_BODY_BYTES is a 413 request_too_large', async () => {
    const body = JSON.stringify({ name: 'big', model: 'm', system: 'x'.repeat(SMALL_BODY_LIMIT) });
    const res = await fetch(`${small.url}/v1/agents`, { method: 'POST', headers: json, body });
    await expectEnvelope(res, 413, 'request_too_large');
    const fits = await fetch(`${small.url}/v1/agents`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'small', model: 'm' }) });
    expect(fits.status).toBe(200);
  });
});
