import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/create-services.js';
import type { Services } from '../../src/app/services.js';
import {
  createMemoryToolExecutor,
  memoryDocuments,
  memoryPromptNote,
  type MemoryMount,
  type MemoryToolExecutor,
} from '../../src/memory/index.js';
import { backendFactories, type TestBackend } from '../support/backends.js';

const SESSION = 'sesn_tools';
const apiActor = { type: 'api_actor', api_key_id: 'apikey_setup' } as const;

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`memory tools on ${factory.name}`, () => {
    let made: TestBackend;
    let services: Services;
    let notesId: string;
    let policyId: string;
    let tools: MemoryToolExecutor;
    let mounts: MemoryMount[];

    beforeAll(async () => {
      made = await factory.make();
      services = createServices({ backend: made.backend });
      notesId = (await services.memoryStores.create({ name: 'Notes' })).id;
      policyId = (await services.memoryStores.create({ name: 'Policy' })).id;
      await services.memoryStores.createMemory({ storeId: policyId, path: '/refunds.md', content: 'Refunds within 30 days.\nNo refunds on sale items.', actor: apiActor });
      await services.memoryStores.createMemory({ storeId: policyId, path: '/shipping/eu.md', content: 'EU shipping takes 5 days.', actor: apiActor });
      mounts = [
        { memoryStoreId: notesId, mountPath: '/mnt/memory/notes/', access: 'read_write' },
        // Without the trailing slash, as a session resource's mount_path reports it.
        { memoryStoreId: policyId, mountPath: '/mnt/memory/policy', access: 'read_only' },
      ];
      tools = createMemoryToolExecutor({ services, mounts, sessionId: SESSION });
    });
    afterAll(async () => made?.dispose());

    it('definitions: read, write, edit, glob and grep with the wire input shapes', () => {
      const defs = tools.definitions();
      expect(defs.map((d) => d.name)).toEqual(['read', 'write', 'edit', 'glob', 'grep']);
      expect(defs.find((d) => d.name === 'edit')?.inputSchema).toMatchObject({ required: ['file_path', 'old_string', 'new_string'] });
      expect(defs[0]?.description).toContain('/mnt/memory/policy/ (read_only)');
    });

    it('write creates then updates a memory, each a version attributed to the session', async () => {
      const created = await tools.execute('write', { file_path: '/mnt/memory/notes/todo.md', content: 'one\ntwo\nthree' });
      expect(created).toEqual({ content: expect.stringContaining('Created /mnt/memory/notes/todo.md'), isError: false });
      const again = await tools.execute('write', { file_path: '/mnt/memory/notes/todo.md', content: 'one\ntwo\nthree\nfour' });
      expect(again.isError).toBe(false);
      const memory = await services.memoryStores.findMemoryByPath({ storeId: notesId, path: '/todo.md' });
      expect(memory?.content).toBe('one\ntwo\nthree\nfour');
      const versions = await services.memoryStores.listVersions({ storeId: notesId, memoryId: memory?.id, limit: 10 });
      expect(versions.items.map((v) => [v.operation, v.created_by])).toEqual([
        ['modified', { type: 'session_actor', session_id: SESSION }],
        ['created', { type: 'session_actor', session_id: SESSION }],
      ]);
      const bySession = await services.memoryStores.listVersions({ storeId: notesId, sessionId: SESSION, limit: 10 });
      expect(bySession.items).toHaveLength(2);
    });

    it('read returns content, a view_range of lines, or a directory listing', async () => {
      await tools.execute('write', { file_path: '/mnt/memory/notes/lines.md', content: 'l1\nl2\nl3\nl4' });
      expect(await tools.execute('read', { file_path: '/mnt/memory/notes/lines.md' })).toEqual({ content: 'l1\nl2\nl3\nl4', isError: false });
      expect((await tools.execute('read', { file_path: '/mnt/memory/notes/lines.md', view_range: [2, 3] })).content).toBe('l2\nl3');
      expect((await tools.execute('read', { file_path: '/mnt/memory/notes/lines.md', view_range: [3, -1] })).content).toBe('l3\nl4');
      expect((await tools.execute('read', { file_path: '/mnt/memory/notes/lines.md', view_range: [9, 10] })).isError).toBe(true);
      expect((await tools.execute('read', { file_path: '/mnt/memory/policy/refunds.md' })).content).toContain('30 days');
      expect((await tools.execute('read', { file_path: '/mnt/memory/policy/' })).content).toBe('/mnt/memory/policy/refunds.md\n/mnt/memory/policy/shipping/');
      expect((await tools.execute('read', { file_path: '/mnt/memory' })).content).toBe('/mnt/memory/notes/\n/mnt/memory/policy/');
      expect((await tools.execute('read', { file_path: '/mnt/memory/policy/shipping' })).content).toBe('/mnt/memory/policy/shipping/eu.md');
      expect(await tools.execute('read', { file_path: '/mnt/memory/notes/missing.md' })).toEqual({
        content: 'File not found: /mnt/memory/notes/missing.md',
        isError: true,
      });
    });

    it('paths outside the mounts, the mount root and read-only mounts are error results that change nothing', async () => {
      const before = await services.memoryStores.listVersions({ storeId: policyId, limit: 100 });
      const refused = [
        await tools.execute('read', { file_path: '/etc/passwd' }),
        await tools.execute('read', { file_path: 'relative.md' }),
        await tools.execute('write', { file_path: '/mnt/memory/other/x.md', content: 'x' }),
        await tools.execute('write', { file_path: '/mnt/memory/notes/../policy/refunds.md', content: 'hacked' }),
        await tools.execute('write', { file_path: '/mnt/memory/root.md', content: 'x' }),
        await tools.execute('write', { file_path: '/mnt/memory/policy/refunds.md', content: 'hacked' }),
        await tools.execute('edit', { file_path: '/mnt/memory/policy/refunds.md', old_string: '30', new_string: '90' }),
        await tools.execute('write', { file_path: '/mnt/memory/notes/', content: 'dir' }),
        await tools.execute('write', { file_path: '/mnt/memory/notes/a\u0000b', content: 'x' }),
        await tools.execute('glob', { pattern: '*', path: '/tmp' }),
        await tools.execute('grep', { pattern: 'x', path: '/tmp' }),
      ];
      for (const result of refused) expect(result.isError, result.content).toBe(true);
      expect(refused[2]?.content).toContain('outside the mounted memory stores');
      expect(refused[4]?.content).toContain('read-only');
      expect(refused[5]?.content).toContain('mounted read-only');
      const after = await services.memoryStores.listVersions({ storeId: policyId, limit: 100 });
      expect(after.items).toEqual(before.items);
      expect((await tools.execute('read', { file_path: '/mnt/memory/policy/refunds.md' })).content).toContain('30 days');
    });

    it('bad input and unknown tools are error results', async () => {
      expect((await tools.execute('write', { file_path: '/mnt/memory/notes/x.md' })).isError).toBe(true);
      expect((await tools.execute('read', { file_path: 42 })).isError).toBe(true);
      expect((await tools.execute('bash', { command: 'ls' })).isError).toBe(true);
    });

    it('edit replaces a unique string, refuses ambiguous or missing ones, and honours replace_all', async () => {
      await tools.execute('write', { file_path: '/mnt/memory/notes/edit.md', content: 'cat dog cat' });
      const ambiguous = await tools.execute('edit', { file_path: '/mnt/memory/notes/edit.md', old_string: 'cat', new_string: 'cow' });
      expect(ambiguous).toEqual({ content: expect.stringContaining('appears 2 times'), isError: true });
      expect((await tools.execute('edit', { file_path: '/mnt/memory/notes/edit.md', old_string: 'bird', new_string: 'x' })).isError).toBe(true);
      expect((await tools.execute('edit', { file_path: '/mnt/memory/notes/nope.md', old_string: 'a', new_string: 'b' })).isError).toBe(true);
      expect((await tools.execute('edit', { file_path: '/mnt/memory/notes/edit.md', old_string: 'dog', new_string: '$& $1' })).isError).toBe(false);
      expect((await tools.execute('read', { file_path: '/mnt/memory/notes/edit.md' })).content).toBe('cat $& $1 cat');
      expect((await tools.execute('edit', { file_path: '/mnt/memory/notes/edit.md', old_string: 'cat', new_string: 'cow', replace_all: true })).isError).toBe(false);
      expect((await tools.execute('read', { file_path: '/mnt/memory/notes/edit.md' })).content).toBe('cow $& $1 cow');
    });

    it('glob matches with ** and *, relative to path when given', async () => {
      await tools.execute('write', { file_path: '/mnt/memory/notes/deep/a/b.md', content: 'b' });
      await tools.execute('write', { file_path: '/mnt/memory/notes/deep/c.txt', content: 'c' });
      const md = (await tools.execute('glob', { pattern: '/mnt/memory/**/*.md' })).content.split('\n');
      expect(md).toEqual(expect.arrayContaining(['/mnt/memory/notes/todo.md', '/mnt/memory/notes/deep/a/b.md', '/mnt/memory/policy/shipping/eu.md']));
      expect(md).not.toContain('/mnt/memory/notes/deep/c.txt');
      expect((await tools.execute('glob', { pattern: '*', path: '/mnt/memory/notes/deep' })).content).toBe('/mnt/memory/notes/deep/c.txt');
      expect((await tools.execute('glob', { pattern: '**', path: '/mnt/memory/notes/deep/' })).content).toBe(
        '/mnt/memory/notes/deep/a/b.md\n/mnt/memory/notes/deep/c.txt',
      );
      expect((await tools.execute('glob', { pattern: '*.{md,txt}', path: '/mnt/memory/policy' })).content).toBe('/mnt/memory/policy/refunds.md');
      expect(await tools.execute('glob', { pattern: '*.pdf' })).toEqual({ content: expect.stringContaining('No files match'), isError: false });
    });

    it('grep prints path:line:text, treats an invalid regex literally, and scopes to a path', async () => {
      expect((await tools.execute('grep', { pattern: 'refunds?\\b', path: '/mnt/memory/policy' })).content).toBe(
        '/mnt/memory/policy/refunds.md:2:No refunds on sale items.',
      );
      expect((await tools.execute('grep', { pattern: '[Rr]efunds' })).content).toBe(
        '/mnt/memory/policy/refunds.md:1:Refunds within 30 days.\n/mnt/memory/policy/refunds.md:2:No refunds on sale items.',
      );
      await tools.execute('write', { file_path: '/mnt/memory/notes/regex.md', content: 'call f(x\nplain' });
      expect((await tools.execute('grep', { pattern: 'f(x' })).content).toBe('/mnt/memory/notes/regex.md:1:call f(x');
      expect((await tools.execute('grep', { pattern: 'days', path: '/mnt/memory/policy/shipping/eu.md' })).content).toBe(
        '/mnt/memory/policy/shipping/eu.md:1:EU shipping takes 5 days.',
      );
      expect(await tools.execute('grep', { pattern: 'zzz-nothing' })).toEqual({ content: expect.stringContaining('No matches'), isError: false });
    });

    it('an archived store refuses writes as an error result', async () => {
      const archivedId = (await services.memoryStores.create({ name: 'Old' })).id;
      await services.memoryStores.archive(archivedId);
      const old = createMemoryToolExecutor({
        services,
        mounts: [{ memoryStoreId: archivedId, mountPath: '/mnt/memory/old/', access: 'read_write' }],
        sessionId: SESSION,
      });
      expect(await old.execute('write', { file_path: '/mnt/memory/old/x.md', content: 'x' })).toEqual({
        content: expect.stringContaining('archived'),
        isError: true,
      });
    });

    it('memoryDocuments returns every file of the attached stores with its mount path', async () => {
      const docs = await memoryDocuments({ services, mounts: [mounts[1]!] });
      expect(docs).toEqual([
        { source: '/mnt/memory/policy/refunds.md', text: 'Refunds within 30 days.\nNo refunds on sale items.' },
        { source: '/mnt/memory/policy/shipping/eu.md', text: 'EU shipping takes 5 days.' },
      ]);
      expect(memoryPromptNote([{ name: 'Policy', mountPath: '/mnt/memory/policy/', access: 'read_only', description: 'Rules', instructions: 'Cite it' }])).toContain(
        'Policy at /mnt/memory/policy/ (read-only)',
      );
      expect(memoryPromptNote([])).toBe('');
    });
  });
}
