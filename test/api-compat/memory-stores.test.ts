import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/shared/clock.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { collect, expectApiError } from '../memory/helpers.js';

let server: TestServer;
let clock: ManualClock;
beforeAll(async () => {
  clock = new ManualClock('2026-03-01T10:00:00.000Z');
  server = await startTestServer({ clock });
});
afterAll(async () => server.close());

const stores = () => server.client.beta.memoryStores;

describe('memory stores', () => {
  it('memoryStores: create with only required params', async () => {
    const store = await stores().create({ name: 'Demo Memory' });
    expect(store).toEqual({
      id: expect.stringMatching(/^memstore_/),
      type: 'memory_store',
      name: 'Demo Memory',
      description: '',
      metadata: {},
      created_at: '2026-03-01T10:00:00.000Z',
      updated_at: '2026-03-01T10:00:00.000Z',
      archived_at: null,
    });
  });

  it('memoryStores: create with every param, then retrieve', async () => {
    const store = await stores().create({ name: 'Team notes', description: 'What the team learned', metadata: { team: 'support' } });
    expect(store).toMatchObject({ name: 'Team notes', description: 'What the team learned', metadata: { team: 'support' } });
    expect(await stores().retrieve(store.id)).toEqual(store);
  });

  it('memoryStores: update patches fields and moves updated_at only on change', async () => {
    const store = await stores().create({ name: 'Patch me', description: 'old', metadata: { a: '1', b: '2' } });
    clock.advance(1_000);
    const same = await stores().update(store.id, { name: null, description: null });
    expect(same).toEqual(store);
    clock.advance(1_000);
    const updated = await stores().update(store.id, { name: 'Patched', metadata: { a: null, c: '3' } });
    expect(updated).toMatchObject({ name: 'Patched', description: 'old', metadata: { b: '2', c: '3' } });
    expect(updated.updated_at).not.toBe(store.updated_at);
    const cleared = await stores().update(store.id, { description: '' });
    expect(cleared.description).toBe('');
  });

  it('memoryStores: list paginates, hides archived by default, filters by created_at', async () => {
    clock.set('2026-04-01T00:00:00.000Z');
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push(await stores().create({ name: `page ${i}`, metadata: { suite: 'list' } }));
      clock.advance(60_000);
    }
    const archived = await stores().archive(made[0]!.id);
    const first = await stores().list({ limit: 2, 'created_at[gte]': '2026-04-01T00:00:00.000Z' });
    expect(first.data).toHaveLength(2);
    expect(first.next_page).toEqual(expect.any(String));
    const all = await collect(stores().list({ limit: 2, 'created_at[gte]': '2026-04-01T00:00:00.000Z' }));
    expect(all.map((s) => s.id)).toEqual(made.slice(1).map((s) => s.id).reverse());
    const withArchived = await collect(stores().list({ include_archived: true, 'created_at[gte]': '2026-04-01T00:00:00.000Z' }));
    expect(withArchived.map((s) => s.id)).toContain(archived.id);
    const early = await collect(stores().list({ 'created_at[lte]': '2026-04-01T00:01:00.000Z', include_archived: true }));
    expect(early.map((s) => s.id)).toEqual(expect.arrayContaining([made[0]!.id, made[1]!.id]));
    expect(early.map((s) => s.id)).not.toContain(made[2]!.id);
  });

  it('memoryStores: archive is irreversible, idempotent and makes the store read-only', async () => {
    const store = await stores().create({ name: 'To archive' });
    clock.advance(5_000);
    const archived = await stores().archive(store.id);
    expect(archived.archived_at).toBe(clock.now().toISOString());
    expect(archived.updated_at).toBe(archived.archived_at);
    clock.advance(5_000);
    expect(await stores().archive(store.id)).toEqual(archived);
    await expectApiError(stores().update(store.id, { name: 'nope' }), { cls: Anthropic.BadRequestError, status: 400, type: 'invalid_request_error' });
    await expectApiError(stores().memories.create(store.id, { path: '/a.md', content: 'x' }), {
      cls: Anthropic.BadRequestError,
      status: 400,
      type: 'invalid_request_error',
    });
    expect(await stores().retrieve(store.id)).toEqual(archived);
  });

  it('memoryStores: delete removes the store; a second delete is a 404', async () => {
    const store = await stores().create({ name: 'Doomed' });
    expect(await stores().delete(store.id)).toEqual({ id: store.id, type: 'memory_store_deleted' });
    await expectApiError(stores().retrieve(store.id), { cls: Anthropic.NotFoundError, status: 404, type: 'not_found_error' });
    await expectApiError(stores().delete(store.id), { cls: Anthropic.NotFoundError, status: 404, type: 'not_found_error' });
  });

  it('memoryStores: unknown ids are 404 on every method', async () => {
    const id = 'memstore_missing';
    const notFound = { cls: Anthropic.NotFoundError, status: 404, type: 'not_found_error' } as const;
    await expectApiError(stores().retrieve(id), notFound);
    await expectApiError(stores().update(id, { name: 'x' }), notFound);
    await expectApiError(stores().archive(id), notFound);
    await expectApiError(stores().delete(id), notFound);
  });

  it('memoryStores: invalid bodies are 400s and change nothing', async () => {
    const bad = { cls: Anthropic.BadRequestError, status: 400, type: 'invalid_request_error' } as const;
    const before = await collect(stores().list({ include_archived: true }));
    await expectApiError(stores().create({ name: '' }), bad);
    await expectApiError(stores().create({ name: 'x'.repeat(256) }), bad);
    await expectApiError(stores().create({ name: 'bad\u0007name' }), bad);
    await expectApiError(stores().create({ name: 'ok', description: 'd'.repeat(1025) }), bad);
    await expectApiError(stores().create({ name: 'ok', metadata: { ['k'.repeat(65)]: 'v' } }), bad);
    const many = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v']));
    await expectApiError(stores().create({ name: 'ok', metadata: many }), bad);
    await expectApiError(stores().create({ name: 12 } as never), bad);
    const store = await stores().create({ name: 'valid', metadata: Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`k${i}`, 'v'])) });
    await expectApiError(stores().update(store.id, { metadata: { extra: 'too many' } }), bad);
    expect(await stores().retrieve(store.id)).toEqual(store);
    await expectApiError(stores().list({ limit: 0 }), bad);
    await expectApiError(stores().list({ page: 'garbage' }), bad);
    const after = await collect(stores().list({ include_archived: true }));
    expect(after.length).toBe(before.length + 1);
  });
});
