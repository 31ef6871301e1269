import { createHash } from 'node:crypto';
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MEMORIES_PER_STORE } from '../../src/memory/index.js';
import { backendFactories, type TestBackend } from '../support/backends.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { expectApiError } from '../memory/helpers.js';

/** Rows per INSERT while seeding (well under both databases' bound-parameter limits). */
const SEED_BATCH = 500;

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`memory store cap on ${factory.name}`, () => {
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

    it(`memories: a create past ${MAX_MEMORIES_PER_STORE} memories is a 400 BadRequestError; edits and deletes still work`, async () => {
      const api = server.client.beta.memoryStores;
      const storeId = (await api.create({ name: 'Nearly full' })).id;
      // Seed all but one memory straight into the tables (the API path is what the last creates test).
      const db = made.backend.db;
      const now = new Date().toISOString();
      const seeded = MAX_MEMORIES_PER_STORE - 1;
      const sha = createHash('sha256').update('seed').digest('hex');
      for (let start = 0; start < seeded; start += SEED_BATCH) {
        const rows = Array.from({ length: Math.min(SEED_BATCH, seeded - start) }, (_, k) => {
          const i = start + k;
          return {
            id: `mem_seed${String(i).padStart(6, '0')}`,
            workspace_id: 'wrkspc_default',
            memory_store_id: storeId,
            path: `/seed/${i}.md`,
            content: 'seed',
            content_sha256: sha,
            content_size_bytes: 4,
            memory_version_id: `memver_seed${String(i).padStart(6, '0')}`,
            created_at: now,
            updated_at: now,
          };
        });
        await db.insertInto('memories').values(rows).execute();
      }
      await db.updateTable('memory_stores').set({ memory_count: seeded }).where('id', '=', storeId).execute();

      const last = await api.memories.create(storeId, { path: '/last.md', content: 'fits' });
      await expectApiError(api.memories.create(storeId, { path: '/over.md', content: 'no room' }), {
        cls: Anthropic.BadRequestError,
        status: 400,
        type: 'invalid_request_error',
      });
      const edited = await api.memories.update(last.id, { memory_store_id: storeId, content: 'edited at the cap', view: 'full' });
      expect(edited.content).toBe('edited at the cap');
      await api.memories.delete(last.id, { memory_store_id: storeId });
      const again = await api.memories.create(storeId, { path: '/over.md', content: 'room again' });
      expect(again.path).toBe('/over.md');
    });
  });
}
