import { createHash } from 'node:crypto';
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStoresService, type Actor } from '../../src/memory/index.js';
import { AppError } from '../../src/shared/errors.js';
import { systemClock } from '../../src/shared/clock.js';
import { UlidGenerator } from '../../src/shared/ids.js';
import { backendFactories, type TestBackend } from '../support/backends.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { collect } from './helpers.js';

const WRITERS = 20;
const ROUNDS = 5;
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const actor: Actor = { type: 'api_actor', api_key_id: 'apikey_concurrency' };

/** Settles every promise and splits outcomes into successes and AppError types. */
async function settle<T>(calls: Promise<T>[]): Promise<{ ok: T[]; errors: string[] }> {
  const results = await Promise.allSettled(calls);
  const ok: T[] = [];
  const errors: string[] = [];
  for (const r of results) {
    if (r.status === 'fulfilled') ok.push(r.value);
    else if (AppError.isInstance(r.reason)) errors.push(r.reason.type);
    else throw r.reason;
  }
  return { ok, errors };
}

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`memory concurrency on ${factory.name}`, () => {
    let made: TestBackend;
    let service: MemoryStoresService;
    beforeAll(async () => {
      made = await factory.make();
      service = new MemoryStoresService({ store: made.backend.memoryStores(), clock: systemClock, ids: new UlidGenerator() });
    });
    afterAll(async () => made?.dispose());

    it(`${WRITERS} writers with the same precondition: exactly one wins per round, history complete and ordered`, async () => {
      const storeId = (await service.create({ name: 'contended' })).id;
      const memory = await service.createMemory({ storeId, path: '/counter.md', content: 'round 0', actor });
      const winners: string[] = ['round 0'];
      for (let round = 1; round <= ROUNDS; round++) {
        const head = await service.retrieveMemory({ storeId, memoryId: memory.id });
        const { ok, errors } = await settle(
          Array.from({ length: WRITERS }, (_, w) =>
            service.updateMemory({
              storeId,
              memoryId: memory.id,
              content: `round ${round} writer ${w}`,
              precondition: { type: 'content_sha256', content_sha256: head.content_sha256 },
              actor,
            }),
          ),
        );
        expect(ok).toHaveLength(1);
        expect(errors).toEqual(Array.from({ length: WRITERS - 1 }, () => 'memory_precondition_failed_error'));
        const won = await service.retrieveMemory({ storeId, memoryId: memory.id });
        expect(won.content).toMatch(new RegExp(`^round ${round} writer \\d+$`));
        expect(won.memory_version_id).toBe(ok[0]!.memory_version_id);
        winners.push(won.content ?? '');
      }
      const versions = (await service.listVersions({ storeId, memoryId: memory.id, limit: 100, view: 'full' })).items;
      expect(versions.map((v) => v.content).reverse()).toEqual(winners);
      expect(versions.map((v) => v.operation).reverse()).toEqual(['created', ...Array.from({ length: ROUNDS }, () => 'modified')]);
      expect(versions.every((v) => v.content_sha256 === sha(v.content ?? ''))).toBe(true);
      expect(versions[0]!.id).toBe((await service.retrieveMemory({ storeId, memoryId: memory.id })).memory_version_id);
    });

    it(`${WRITERS} writers without a precondition: every write lands as its own version`, async () => {
      const storeId = (await service.create({ name: 'last write wins' })).id;
      const memory = await service.createMemory({ storeId, path: '/lww.md', content: 'start', actor });
      const { ok, errors } = await settle(
        Array.from({ length: WRITERS }, (_, w) => service.updateMemory({ storeId, memoryId: memory.id, content: `writer ${w}`, actor })),
      );
      expect(errors).toEqual([]);
      expect(ok).toHaveLength(WRITERS);
      const versions = (await service.listVersions({ storeId, memoryId: memory.id, limit: 100, view: 'full' })).items;
      expect(versions).toHaveLength(WRITERS + 1);
      expect(new Set(versions.map((v) => v.content))).toEqual(new Set(['start', ...Array.from({ length: WRITERS }, (_, w) => `writer ${w}`)]));
      const head = await service.retrieveMemory({ storeId, memoryId: memory.id });
      expect(head.memory_version_id).toBe(versions[0]!.id);
      expect(head.content).toBe(versions[0]!.content);
    });

    it(`${WRITERS} concurrent creates of overlapping paths: one wins, the rest are path conflicts`, async () => {
      const storeId = (await service.create({ name: 'paths' })).id;
      const paths = Array.from({ length: WRITERS }, (_, i) => (i % 2 === 0 ? '/shared' : '/shared/child.md'));
      const { ok, errors } = await settle(paths.map((path) => service.createMemory({ storeId, path, content: path, actor })));
      expect(ok).toHaveLength(1);
      expect(errors).toEqual(Array.from({ length: WRITERS - 1 }, () => 'memory_path_conflict_error'));
      expect((await service.listMemories({ storeId, limit: 100 })).items).toHaveLength(1);
    });

    it('concurrent creates never exceed the per-store cap', async () => {
      const capped = new MemoryStoresService({
        store: made.backend.memoryStores(),
        clock: systemClock,
        ids: new UlidGenerator(),
        limits: { maxMemoriesPerStore: 5 },
      });
      const storeId = (await capped.create({ name: 'capped' })).id;
      const { ok, errors } = await settle(
        Array.from({ length: WRITERS }, (_, i) => capped.createMemory({ storeId, path: `/m${i}.md`, content: `${i}`, actor })),
      );
      expect(ok).toHaveLength(5);
      expect(errors).toEqual(Array.from({ length: WRITERS - 5 }, () => 'invalid_request_error'));
      // Edits still work at the cap, and deleting frees a slot.
      await capped.updateMemory({ storeId, memoryId: ok[0]!.id, content: 'edited at cap', actor });
      await capped.deleteMemory({ storeId, memoryId: ok[1]!.id, actor });
      await capped.createMemory({ storeId, path: '/again.md', content: 'fits', actor });
    });
  });
}

describe('memory concurrency through the SDK', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it(`${WRITERS} SDK clients race one precondition: one 200, the rest 409 memory_precondition_failed_error`, async () => {
    const api = server.client.beta.memoryStores;
    const storeId = (await api.create({ name: 'http race' })).id;
    const m = await api.memories.create(storeId, { path: '/race.md', content: 'base' });
    const results = await Promise.allSettled(
      Array.from({ length: WRITERS }, (_, w) =>
        api.memories.update(m.id, {
          memory_store_id: storeId,
          content: `http writer ${w}`,
          precondition: { type: 'content_sha256', content_sha256: sha('base') },
        }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost.every((e) => e instanceof Anthropic.ConflictError && e.type === 'memory_precondition_failed_error')).toBe(true);
    const versions = await collect(api.memoryVersions.list(storeId, { memory_id: m.id }));
    expect(versions.map((v) => v.operation)).toEqual(['modified', 'created']);
  });
});
