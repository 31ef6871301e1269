import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendFactories, type TestBackend } from '../support/backends.js';
import { startTestServer, TEST_API_KEY, type TestServer } from '../support/server.js';
import { collect, expectApiError } from '../memory/helpers.js';

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`memory wire edge cases on ${factory.name}`, () => {
    let made: TestBackend;
    let server: TestServer;
    let storeId: string;
    let memoryId: string;
    beforeAll(async () => {
      made = await factory.make();
      server = await startTestServer({ backend: made.backend });
      storeId = (await server.client.beta.memoryStores.create({ name: 'Wire' })).id;
      memoryId = (await server.client.beta.memoryStores.memories.create(storeId, { path: '/a.md', content: 'a' })).id;
    });
    afterAll(async () => {
      await server?.close();
      await made?.dispose();
    });

    const raw = (path: string, init: RequestInit = {}) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${TEST_API_KEY}`, 'anthropic-beta': 'agent-memory-2026-07-22', ...(init.body ? { 'content-type': 'application/json' } : {}) },
      });

    it('malformed input of every kind is a 4xx error envelope, never a 500, and stores nothing', async () => {
      const nul = encodeURIComponent('\u0000');
      const cases: [string, RequestInit, number][] = [
        ['/v1/memory_stores', { method: 'POST', body: '{not json' }, 400],
        ['/v1/memory_stores', { method: 'POST', body: '[]' }, 400],
        ['/v1/memory_stores', { method: 'POST', body: JSON.stringify({ name: 'x', description: 'a\u0000b' }) }, 400],
        ['/v1/memory_stores', { method: 'POST', body: JSON.stringify({ name: 'x', metadata: { k: 'v\u0000' } }) }, 400],
        [`/v1/memory_stores/${storeId}/memories`, { method: 'POST', body: JSON.stringify({ path: '/n.md', content: 'a\u0000b' }) }, 400],
        [`/v1/memory_stores/${storeId}/memories`, { method: 'POST', body: JSON.stringify({ path: '/n.md' }) }, 400],
        [`/v1/memory_stores/${storeId}/memories/${memoryId}`, { method: 'POST', body: JSON.stringify({ content: 'x\u0000' }) }, 400],
        [`/v1/memory_stores/${storeId}/memories/${memoryId}`, { method: 'POST', body: JSON.stringify({ precondition: { type: 'etag' } }) }, 400],
        [`/v1/memory_stores/st${nul}ore`, { method: 'GET' }, 404],
        [`/v1/memory_stores/${storeId}/memories/m${nul}`, { method: 'GET' }, 404],
        [`/v1/memory_stores/${storeId}/memory_versions/v${nul}`, { method: 'GET' }, 404],
        [`/v1/memory_stores/${storeId}/memory_versions?memory_id=${nul}`, { method: 'GET' }, 400],
        [`/v1/memory_stores/${storeId}/memory_versions?page=page_${Buffer.from('{"a":"x"}').toString('base64url')}`, { method: 'GET' }, 400],
        [`/v1/memory_stores?page=page_${Buffer.from('{"a":"\\u0000"}').toString('base64url')}`, { method: 'GET' }, 400],
        [`/v1/memory_stores/${storeId}/memories?page=page_${Buffer.from('{"p":"\\u0000"}').toString('base64url')}`, { method: 'GET' }, 400],
        [`/v1/memory_stores/${storeId}/memories?path_prefix=%2F${nul}%2F`, { method: 'GET' }, 400],
        [`/v1/memory_stores/${storeId}/memories?depth=abc`, { method: 'GET' }, 400],
        [`/v1/memory_stores/${storeId}/memories?limit=abc`, { method: 'GET' }, 400],
        [`/v1/memory_stores/${storeId}/memories/${memoryId}?expected_content_sha256=${'g'.repeat(64)}`, { method: 'DELETE' }, 400],
      ];
      for (const [path, init, status] of cases) {
        const res = await raw(path, init);
        expect(res.status, `${init.method} ${path}`).toBe(status);
        expect(res.headers.get('content-type')).toContain('application/json');
        expect(res.headers.get('request-id')).toMatch(/^req_/);
        const body = (await res.json()) as { type: string; error: { type: string; message: string } };
        expect(body.type).toBe('error');
        expect(body.error.type).toBe(status === 404 ? 'not_found_error' : 'invalid_request_error');
      }
      const stores = await collect(server.client.beta.memoryStores.list());
      expect(stores.map((s) => s.id)).toEqual([storeId]);
      const memories = await collect(server.client.beta.memoryStores.memories.list(storeId, { view: 'full' }));
      expect(memories).toEqual([expect.objectContaining({ id: memoryId, content: 'a' })]);
    });

    it('ignores the beta query param and unknown query params', async () => {
      const res = await raw(`/v1/memory_stores/${storeId}/memories?beta=true&unknown=1`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: unknown[]; next_page: null }).next_page).toBeNull();
    });

    it('the SDK sees the 404 of a memory in another store as NotFoundError', async () => {
      const other = (await server.client.beta.memoryStores.create({ name: 'Other' })).id;
      await expectApiError(server.client.beta.memoryStores.memories.retrieve(memoryId, { memory_store_id: other }), {
        cls: Anthropic.NotFoundError,
        status: 404,
        type: 'not_found_error',
      });
    });

    it('the OpenAPI document lists every memory-store route', async () => {
      const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
      expect(Object.keys(doc.paths['/v1/memory_stores'] ?? {}).sort()).toEqual(['get', 'post']);
      expect(Object.keys(doc.paths['/v1/memory_stores/{memory_store_id}/memories/{memory_id}'] ?? {}).sort()).toEqual(['delete', 'get', 'post']);
      expect(doc.paths['/v1/memory_stores/{memory_store_id}/memory_versions/{memory_version_id}/redact']).toHaveProperty('post');
    });
  });
}
