import { createHash } from 'node:crypto';
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/shared/clock.js';
import { backendFactories, type TestBackend } from '../support/backends.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { collect, expectApiError } from '../memory/helpers.js';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const bad = { cls: Anthropic.BadRequestError, status: 400, type: 'invalid_request_error' } as const;
const notFound = { cls: Anthropic.NotFoundError, status: 404, type: 'not_found_error' } as const;

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`memory versions on ${factory.name}`, () => {
    let made: TestBackend;
    let server: TestServer;
    const clock = new ManualClock('2026-05-01T08:00:00.000Z');
    beforeAll(async () => {
      made = await factory.make();
      server = await startTestServer({ backend: made.backend, clock });
    });
    afterAll(async () => {
      await server?.close();
      await made?.dispose();
    });

    const api = () => server.client.beta.memoryStores;

    it('memoryVersions: list is newest first, with every filter and pagination', async () => {
      const storeId = (await api().create({ name: 'History' })).id;
      clock.set('2026-05-01T09:00:00.000Z');
      const a = await api().memories.create(storeId, { path: '/a.md', content: 'a1' });
      clock.advance(60_000);
      const b = await api().memories.create(storeId, { path: '/b.md', content: 'b1' });
      clock.advance(60_000);
      await api().memories.update(a.id, { memory_store_id: storeId, content: 'a2' });
      clock.advance(60_000);
      // A session writing through its mount, attributed to the session.
      await server.services.memoryStores.updateMemory({
        storeId,
        memoryId: b.id,
        content: 'b2',
        actor: { type: 'session_actor', session_id: 'sesn_writer' },
      });
      clock.advance(60_000);
      await api().memories.delete(a.id, { memory_store_id: storeId });

      const all = await collect(api().memoryVersions.list(storeId, { limit: 2 }));
      expect(all.map((v) => [v.memory_id, v.operation])).toEqual([
        [a.id, 'deleted'],
        [b.id, 'modified'],
        [a.id, 'modified'],
        [b.id, 'created'],
        [a.id, 'created'],
      ]);
      expect(all.every((v) => v.content === null)).toBe(true);
      expect(all.map((v) => v.id)).toEqual([...all.map((v) => v.id)].sort().reverse());

      const ofA = await collect(api().memoryVersions.list(storeId, { memory_id: a.id }));
      expect(ofA.map((v) => v.operation)).toEqual(['deleted', 'modified', 'created']);
      const created = await collect(api().memoryVersions.list(storeId, { operation: 'created' }));
      expect(created.map((v) => v.memory_id)).toEqual([b.id, a.id]);
      const bySession = await collect(api().memoryVersions.list(storeId, { session_id: 'sesn_writer', view: 'full' }));
      expect(bySession).toHaveLength(1);
      expect(bySession[0]).toMatchObject({ content: 'b2', created_by: { type: 'session_actor', session_id: 'sesn_writer' } });
      const apiKeyId = (all[0]!.created_by as { api_key_id: string }).api_key_id;
      expect(apiKeyId).toMatch(/^apikey_/);
      expect(await collect(api().memoryVersions.list(storeId, { api_key_id: apiKeyId }))).toHaveLength(4);
      expect(await collect(api().memoryVersions.list(storeId, { service_account_id: 'svac_none' }))).toEqual([]);
      expect(await collect(api().memoryVersions.list(storeId, { session_id: 'sesn_writer', api_key_id: apiKeyId }))).toEqual([]);
      const window = await collect(
        api().memoryVersions.list(storeId, { 'created_at[gte]': '2026-05-01T09:01:00.000Z', 'created_at[lte]': '2026-05-01T09:03:00.000Z' }),
      );
      expect(window.map((v) => v.operation)).toEqual(['modified', 'modified', 'created']);
      await expectApiError(api().memoryVersions.list(storeId, { operation: 'renamed' as never }).then((p) => p.data), bad);
      await expectApiError(api().memoryVersions.list('memstore_nope').then((p) => p.data), notFound);
    });

    it('memoryVersions: view=full caps a page at 20', async () => {
      const storeId = (await api().create({ name: 'Many' })).id;
      const m = await api().memories.create(storeId, { path: '/m.md', content: '0' });
      for (let i = 1; i <= 22; i++) await api().memories.update(m.id, { memory_store_id: storeId, content: String(i) });
      const page = await api().memoryVersions.list(storeId, { view: 'full', limit: 50 });
      expect(page.data).toHaveLength(20);
      expect(page.data[0]!.content).toBe('22');
      expect((await collect(api().memoryVersions.list(storeId, { view: 'full', limit: 50 }))).length).toBe(23);
    });

    it('memoryVersions: retrieve defaults to full and supports basic; wrong store is 404', async () => {
      const storeId = (await api().create({ name: 'Retrieve' })).id;
      const other = (await api().create({ name: 'Other' })).id;
      const m = await api().memories.create(storeId, { path: '/r.md', content: 'hello' });
      const version = await api().memoryVersions.retrieve(m.memory_version_id, { memory_store_id: storeId });
      expect(version).toEqual({
        id: m.memory_version_id,
        type: 'memory_version',
        memory_id: m.id,
        memory_store_id: storeId,
        operation: 'created',
        created_at: m.created_at,
        content: 'hello',
        content_sha256: sha('hello'),
        content_size_bytes: 5,
        path: '/r.md',
        created_by: { type: 'api_actor', api_key_id: expect.stringMatching(/^apikey_/) },
        redacted_at: null,
        redacted_by: null,
      });
      const basic = await api().memoryVersions.retrieve(m.memory_version_id, { memory_store_id: storeId, view: 'basic' });
      expect(basic).toEqual({ ...version, content: null });
      await expectApiError(api().memoryVersions.retrieve(m.memory_version_id, { memory_store_id: other }), notFound);
      await expectApiError(api().memoryVersions.retrieve('memver_nope', { memory_store_id: storeId }), notFound);
    });

    it('memoryVersions: redact nulls content, path, hash and size; the live head cannot be redacted', async () => {
      const storeId = (await api().create({ name: 'Redact' })).id;
      const m = await api().memories.create(storeId, { path: '/secret.md', content: 'password=hunter2' });
      await expectApiError(api().memoryVersions.redact(m.memory_version_id, { memory_store_id: storeId }), bad);
      expect((await api().memoryVersions.retrieve(m.memory_version_id, { memory_store_id: storeId })).content).toBe('password=hunter2');
      const v2 = await api().memories.update(m.id, { memory_store_id: storeId, content: 'password=[removed]' });
      clock.advance(1_000);
      const redacted = await api().memoryVersions.redact(m.memory_version_id, { memory_store_id: storeId });
      expect(redacted).toMatchObject({
        id: m.memory_version_id,
        operation: 'created',
        content: null,
        content_sha256: null,
        content_size_bytes: null,
        path: null,
        created_by: { type: 'api_actor' },
        redacted_at: clock.now().toISOString(),
        redacted_by: { type: 'api_actor', api_key_id: expect.stringMatching(/^apikey_/) },
      });
      clock.advance(1_000);
      expect(await api().memoryVersions.redact(m.memory_version_id, { memory_store_id: storeId })).toEqual(redacted);
      expect(await api().memoryVersions.retrieve(m.memory_version_id, { memory_store_id: storeId })).toEqual(redacted);
      // Once the memory is deleted, its last content version may be redacted too; the archive does not block redaction.
      await api().memories.delete(m.id, { memory_store_id: storeId });
      await api().archive(storeId);
      const last = await api().memoryVersions.redact(v2.memory_version_id, { memory_store_id: storeId });
      expect(last.content).toBeNull();
      await expectApiError(api().memoryVersions.redact('memver_nope', { memory_store_id: storeId }), notFound);
    });
  });
}
