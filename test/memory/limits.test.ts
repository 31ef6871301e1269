import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MEMORIES_PER_STORE, MemoryStoresService } from '../../src/memory/index.js';
import { AppError } from '../../src/shared/errors.js';
import { systemClock } from '../../src/shared/clock.js';
import { UlidGenerator } from '../../src/shared/ids.js';
import { createSqliteBackend, type KyselyBackend } from '../../src/store/index.js';

const actor = { type: 'api_actor', api_key_id: 'apikey_limits' } as const;

describe('memory store limits (the real defaults)', () => {
  let backend: KyselyBackend;
  let service: MemoryStoresService;
  beforeAll(async () => {
    backend = createSqliteBackend({ path: ':memory:' });
    await backend.migrate();
    service = new MemoryStoresService({ store: backend.memoryStores(), clock: systemClock, ids: new UlidGenerator() });
  });
  afterAll(async () => backend?.close());

  it(`a store holds ${MAX_MEMORIES_PER_STORE} memories; the next create fails, edits and deletes still work`, async () => {
    expect(MAX_MEMORIES_PER_STORE).toBe(10_000);
    const storeId = (await service.create({ name: 'full' })).id;
    let first: string | undefined;
    for (let i = 0; i < MAX_MEMORIES_PER_STORE; i++) {
      const m = await service.createMemory({ storeId, path: `/d${i % 100}/m${i}.md`, content: `memory ${i}`, actor });
      first ??= m.id;
    }
    const overflow = await service.createMemory({ storeId, path: '/one-too-many.md', content: 'x', actor }).catch((err: unknown) => err);
    expect(AppError.isInstance(overflow) && overflow.status === 400 && overflow.type === 'invalid_request_error').toBe(true);
    expect((overflow as Error).message).toContain('10000');
    const edited = await service.updateMemory({ storeId, memoryId: first ?? '', content: 'edited at the cap', actor, view: 'full' });
    expect(edited.content).toBe('edited at the cap');
    await service.deleteMemory({ storeId, memoryId: first ?? '', actor });
    await service.createMemory({ storeId, path: '/fits-again.md', content: 'x', actor });
    const top = await service.listMemories({ storeId, depth: 1, limit: 200 });
    expect(top.items).toHaveLength(101);
  }, 120_000);
});
