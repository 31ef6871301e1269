import { createHash } from 'node:crypto';
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendFactories, type TestBackend } from '../support/backends.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { collect, countingClient, expectApiError } from '../memory/helpers.js';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const bad = { cls: Anthropic.BadRequestError, status: 400, type: 'invalid_request_error' } as const;
const notFound = { cls: Anthropic.NotFoundError, status: 404, type: 'not_found_error' } as const;
const pathConflict = { cls: Anthropic.ConflictError, status: 409, type: 'memory_path_conflict_error' } as const;
const preconditionFailed = { cls: Anthropic.ConflictError, status: 409, type: 'memory_precondition_failed_error' } as const;

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`memories on ${factory.name}`, () => {
    let made: TestBackend;
    let server: TestServer;
    beforeAll(async () => {
      made = await factory.make();
      server = await startTestServer({ backend: made.backend });
    });
    afterAll(async () => {
      await server?.close();
      await made?.dispose();
    });

    const api = () => server.client.beta.memoryStores;
    const newStore = async (name = 'Notes') => (await api().create({ name })).id;

    it('memories: create returns basic view with hash and size; retrieve defaults to full', async () => {
      const storeId = await newStore();
      const content = 'Café ☕ notes\nline 2';
      const memory = await api().memories.create(storeId, { path: '/projects/foo/notes.md', content });
      expect(memory).toEqual({
        id: expect.stringMatching(/^mem_/),
        type: 'memory',
        memory_store_id: storeId,
        path: '/projects/foo/notes.md',
        content: null,
        content_sha256: sha(content),
        content_size_bytes: Buffer.byteLength(content),
        memory_version_id: expect.stringMatching(/^memver_/),
        created_at: expect.any(String),
        updated_at: memory.created_at,
      });
      const full = await api().memories.retrieve(memory.id, { memory_store_id: storeId });
      expect(full).toEqual({ ...memory, content });
      const basic = await api().memories.retrieve(memory.id, { memory_store_id: storeId, view: 'basic' });
      expect(basic.content).toBeNull();
      const createdFull = await api().memories.create(storeId, { path: '/empty.md', content: '', view: 'full' });
      expect(createdFull).toMatchObject({ content: '', content_size_bytes: 0, content_sha256: sha('') });
      const fromNull = await api().memories.create(storeId, { path: '/null.md', content: null });
      expect(fromNull.content_sha256).toBe(sha(''));
    });

    it('memories: path rules are enforced with 400s that store nothing', async () => {
      const storeId = await newStore();
      const invalid = [
        'no-slash.md',
        '/',
        '/a//b',
        '/a/',
        '/a/./b',
        '/a/../b',
        '/bad\u0000char',
        '/tab\there',
        '/zero\u200bwidth',
        '/line\u2028sep',
        '/para\u2029sep',
        '/cafe\u0301',
        `/${'x'.repeat(1024)}`,
        `/${Array.from({ length: 21 }, () => 's').join('/')}`,
      ];
      for (const path of invalid) await expectApiError(api().memories.create(storeId, { path, content: 'x' }), bad);
      expect(await collect(api().memories.list(storeId))).toEqual([]);
      // The limits themselves are allowed: 20 segments, 1024 bytes, NFC composed characters, case-sensitivity.
      await api().memories.create(storeId, { path: `/${Array.from({ length: 20 }, () => 's').join('/')}`, content: '' });
      await api().memories.create(storeId, { path: `/${'y'.repeat(1023)}`, content: '' });
      await api().memories.create(storeId, { path: '/caf\u00e9', content: '' });
      await api().memories.create(storeId, { path: '/Case.md', content: '' });
      await api().memories.create(storeId, { path: '/case.md', content: '' });
    });

    it('memories: equal, ancestor and descendant paths are 409 path conflicts naming the other memory, sent once', async () => {
      const storeId = await newStore();
      const todo = await api().memories.create(storeId, { path: '/notes/todo.md', content: 'a' });
      const { client, requests } = countingClient(server.url);
      for (const path of ['/notes/todo.md', '/notes', '/notes/todo.md/deeper']) {
        const before = requests();
        const err = await expectApiError(client.beta.memoryStores.memories.create(storeId, { path, content: 'b' }), pathConflict);
        expect(requests() - before).toBe(1);
        expect(err.headers?.get('x-should-retry')).toBe('false');
        expect(err.error).toMatchObject({
          error: { type: 'memory_path_conflict_error', conflicting_path: '/notes/todo.md', conflicting_memory_id: todo.id },
        });
      }
      // Sibling names that merely share characters are not conflicts.
      await api().memories.create(storeId, { path: '/notes-archive/todo.md', content: 'c' });
      await api().memories.create(storeId, { path: '/notes/todo.md.bak', content: 'd' });
      const other = await api().memories.create(storeId, { path: '/other.md', content: 'e' });
      await expectApiError(api().memories.update(other.id, { memory_store_id: storeId, path: '/notes' }), pathConflict);
      expect((await api().memories.retrieve(other.id, { memory_store_id: storeId })).path).toBe('/other.md');
    });

    it('memories: content over 102 400 bytes is a 400; exactly 102 400 is fine', async () => {
      const storeId = await newStore();
      await expectApiError(api().memories.create(storeId, { path: '/big.md', content: 'x'.repeat(102_401) }), bad);
      await expectApiError(api().memories.create(storeId, { path: '/big.md', content: 'é'.repeat(51_201) }), bad);
      const ok = await api().memories.create(storeId, { path: '/big.md', content: 'x'.repeat(102_400) });
      expect(ok.content_size_bytes).toBe(102_400);
      await expectApiError(api().memories.update(ok.id, { memory_store_id: storeId, content: 'y'.repeat(102_401) }), bad);
      expect((await api().memories.retrieve(ok.id, { memory_store_id: storeId, view: 'basic' })).memory_version_id).toBe(ok.memory_version_id);
    });

    it('memories: update content and rename keep the id and add one version each; identical updates add none', async () => {
      const storeId = await newStore();
      const m = await api().memories.create(storeId, { path: '/a.md', content: 'one' });
      const updated = await api().memories.update(m.id, { memory_store_id: storeId, content: 'two' });
      expect(updated).toMatchObject({ id: m.id, path: '/a.md', content: null, content_sha256: sha('two') });
      expect(updated.memory_version_id).not.toBe(m.memory_version_id);
      const renamed = await api().memories.update(m.id, { memory_store_id: storeId, path: '/dir/b.md', view: 'full' });
      expect(renamed).toMatchObject({ id: m.id, path: '/dir/b.md', content: 'two' });
      const same = await api().memories.update(m.id, { memory_store_id: storeId, path: '/dir/b.md', content: 'two' });
      expect(same.memory_version_id).toBe(renamed.memory_version_id);
      const noop = await api().memories.update(m.id, { memory_store_id: storeId });
      expect(noop.memory_version_id).toBe(renamed.memory_version_id);
      const versions = await collect(api().memoryVersions.list(storeId, { memory_id: m.id }));
      expect(versions.map((v) => [v.operation, v.path])).toEqual([
        ['modified', '/dir/b.md'],
        ['modified', '/a.md'],
        ['created', '/a.md'],
      ]);
      // The old path is free again after a rename.
      await api().memories.create(storeId, { path: '/a.md', content: 'new' });
    });

    it('memories: precondition on update — match writes, mismatch is a 409 not retried, equal content wins anyway', async () => {
      const storeId = await newStore();
      const m = await api().memories.create(storeId, { path: '/p.md', content: 'v1' });
      const v2 = await api().memories.update(m.id, {
        memory_store_id: storeId,
        content: 'v2',
        precondition: { type: 'content_sha256', content_sha256: sha('v1') },
      });
      expect(v2.content_sha256).toBe(sha('v2'));
      const { client, requests } = countingClient(server.url);
      const before = requests();
      const err = await expectApiError(
        client.beta.memoryStores.memories.update(m.id, {
          memory_store_id: storeId,
          content: 'v3',
          precondition: { type: 'content_sha256', content_sha256: sha('v1') },
        }),
        preconditionFailed,
      );
      expect(requests() - before).toBe(1);
      expect(err.headers?.get('x-should-retry')).toBe('false');
      expect((await api().memories.retrieve(m.id, { memory_store_id: storeId })).content).toBe('v2');
      // Already in the requested state: succeeds without a version even though the hash is stale.
      const same = await api().memories.update(m.id, {
        memory_store_id: storeId,
        content: 'v2',
        precondition: { type: 'content_sha256', content_sha256: sha('v1') },
      });
      expect(same.memory_version_id).toBe(v2.memory_version_id);
      // With a rename, the precondition refers to the current content.
      const moved = await api().memories.update(m.id, {
        memory_store_id: storeId,
        path: '/moved.md',
        precondition: { type: 'content_sha256', content_sha256: sha('v2') },
      });
      expect(moved.path).toBe('/moved.md');
      await expectApiError(
        api().memories.update(m.id, { memory_store_id: storeId, precondition: { type: 'content_sha256', content_sha256: 'abc' } , content: 'x'}),
        bad,
      );
    });

    it('memories: delete (optionally conditional) keeps the versions, adds a deleted one, frees the path', async () => {
      const storeId = await newStore();
      const m = await api().memories.create(storeId, { path: '/gone.md', content: 'bye' });
      const { client, requests } = countingClient(server.url);
      const before = requests();
      const err = await expectApiError(
        client.beta.memoryStores.memories.delete(m.id, { memory_store_id: storeId, expected_content_sha256: sha('other') }),
        preconditionFailed,
      );
      expect(requests() - before).toBe(1);
      expect(err.headers?.get('x-should-retry')).toBe('false');
      await expectApiError(api().memories.delete(m.id, { memory_store_id: storeId, expected_content_sha256: 'nothex' }), bad);
      expect(await api().memories.delete(m.id, { memory_store_id: storeId, expected_content_sha256: sha('bye') })).toEqual({
        id: m.id,
        type: 'memory_deleted',
      });
      await expectApiError(api().memories.retrieve(m.id, { memory_store_id: storeId }), notFound);
      await expectApiError(api().memories.delete(m.id, { memory_store_id: storeId }), notFound);
      const versions = await collect(api().memoryVersions.list(storeId, { memory_id: m.id, view: 'full' }));
      expect(versions.map((v) => [v.operation, v.path, v.content, v.content_sha256, v.content_size_bytes])).toEqual([
        ['deleted', '/gone.md', null, null, null],
        ['created', '/gone.md', 'bye', sha('bye'), 3],
      ]);
      await api().memories.create(storeId, { path: '/gone.md', content: 'again' });
      const unconditional = await api().memories.create(storeId, { path: '/x.md', content: 'x' });
      await api().memories.delete(unconditional.id, { memory_store_id: storeId });
    });

    it('memories: list with path_prefix, depth roll-ups, view and pagination in a stable path order', async () => {
      const storeId = await newStore();
      const paths = ['/a.md', '/projects/foo/notes.md', '/projects/foo/deep/x.md', '/projects/bar.md', '/projects-old/y.md', '/z/1.md', '/z/2.md'];
      for (const path of paths) await api().memories.create(storeId, { path, content: `content of ${path}` });
      const all = await collect(api().memories.list(storeId, { limit: 2 }));
      expect(all.map((i) => i.path)).toEqual([...paths].sort());
      expect(all.every((i) => i.type === 'memory' && i.content === null)).toBe(true);
      const top = await collect(api().memories.list(storeId, { depth: 1, limit: 1 }));
      expect(top.map((i) => [i.type, i.path])).toEqual([
        ['memory', '/a.md'],
        ['memory_prefix', '/projects-old/'],
        ['memory_prefix', '/projects/'],
        ['memory_prefix', '/z/'],
      ]);
      const projects = await collect(api().memories.list(storeId, { path_prefix: '/projects/', depth: 1 }));
      expect(projects.map((i) => [i.type, i.path])).toEqual([
        ['memory', '/projects/bar.md'],
        ['memory_prefix', '/projects/foo/'],
      ]);
      const subtree = await collect(api().memories.list(storeId, { path_prefix: '/projects/', depth: 0, view: 'full' }));
      expect(subtree.map((i) => i.path)).toEqual(['/projects/bar.md', '/projects/foo/deep/x.md', '/projects/foo/notes.md']);
      expect(subtree.map((i) => (i.type === 'memory' ? i.content : undefined))).toEqual(subtree.map((i) => `content of ${i.path}`));
      const fullPage = await api().memories.list(storeId, { view: 'full', limit: 100 });
      expect(fullPage.data.length).toBe(7);
      expect(await collect(api().memories.list(storeId, { path_prefix: '/nothing/' }))).toEqual([]);
      for (const query of [{ path_prefix: '/projects' }, { path_prefix: 'projects/' }, { path_prefix: '/a//' }, { depth: 2 }, { depth: -1 }]) {
        await expectApiError(api().memories.list(storeId, query).then((p) => p.data), bad);
      }
      await expectApiError(api().memories.list(storeId, { view: 'everything' as never }).then((p) => p.data), bad);
    });

    it('memories: view=full caps a page at 20 items', async () => {
      const storeId = await newStore();
      for (let i = 0; i < 23; i++) await api().memories.create(storeId, { path: `/m/${String(i).padStart(2, '0')}.md`, content: `${i}` });
      const page = await api().memories.list(storeId, { view: 'full', limit: 100 });
      expect(page.data).toHaveLength(20);
      expect(page.next_page).toEqual(expect.any(String));
      const basic = await api().memories.list(storeId, { limit: 100 });
      expect(basic.data).toHaveLength(23);
      expect(basic.next_page).toBeNull();
    });

    it('memories: wrong store or unknown ids are 404s', async () => {
      const a = await newStore('A');
      const b = await newStore('B');
      const m = await api().memories.create(a, { path: '/only-in-a.md', content: 'a' });
      await expectApiError(api().memories.retrieve(m.id, { memory_store_id: b }), notFound);
      await expectApiError(api().memories.update(m.id, { memory_store_id: b, content: 'x' }), notFound);
      await expectApiError(api().memories.delete(m.id, { memory_store_id: b }), notFound);
      await expectApiError(api().memories.create('memstore_nope', { path: '/x', content: '' }), notFound);
      await expectApiError(api().memories.list('memstore_nope').then((p) => p.data), notFound);
      expect((await api().memories.retrieve(m.id, { memory_store_id: a })).content).toBe('a');
    });

    it('memories: an archived store can be read and have memories deleted, but not written', async () => {
      const storeId = await newStore();
      const keep = await api().memories.create(storeId, { path: '/keep.md', content: 'k' });
      const drop = await api().memories.create(storeId, { path: '/drop.md', content: 'd' });
      await api().archive(storeId);
      await expectApiError(api().memories.update(keep.id, { memory_store_id: storeId, content: 'changed' }), bad);
      await expectApiError(api().memories.create(storeId, { path: '/new.md', content: 'n' }), bad);
      expect((await api().memories.retrieve(keep.id, { memory_store_id: storeId })).content).toBe('k');
      await api().memories.delete(drop.id, { memory_store_id: storeId });
      expect((await collect(api().memories.list(storeId))).map((m) => m.path)).toEqual(['/keep.md']);
    });

    it('memories: deleting a store deletes its memories and versions', async () => {
      const storeId = await newStore();
      const m = await api().memories.create(storeId, { path: '/x.md', content: 'x' });
      await api().delete(storeId);
      await expectApiError(api().memories.retrieve(m.id, { memory_store_id: storeId }), notFound);
      await expectApiError(api().memoryVersions.retrieve(m.memory_version_id, { memory_store_id: storeId }), notFound);
      const leftovers = await made.backend.db.selectFrom('memory_versions').select('id').where('memory_store_id', '=', storeId).execute();
      expect(leftovers).toEqual([]);
    });
  });
}
