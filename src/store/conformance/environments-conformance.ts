/** @module store/conformance/environments-conformance — the `EnvironmentsStore` contract every backend must meet. */
import { describe, expect } from 'vitest';
import type { EnvironmentRecord, EnvironmentsStore } from '../environments/environments-store.js';
import { at, conformanceIt, idMaker } from './harness.js';
import type { MakeBackend } from './types.js';

/** Environments created for the paging cases (the last page is short). */
const PAGED_ENVIRONMENTS = 7;
const PAGE_SIZE = 3;

function sampleBody(name: string): Record<string, unknown> {
  return {
    name,
    description: 'ünïcødé ✓ "q" \\',
    config: { type: 'cloud', networking: { type: 'unrestricted' }, packages: { type: 'packages', pip: ['numpy==2.0'], npm: [] } },
    metadata: { team: 'core' },
    scope: null,
  };
}

async function seed(store: EnvironmentsStore, count: number): Promise<EnvironmentRecord[]> {
  const nextId = idMaker('env');
  const out: EnvironmentRecord[] = [];
  for (let i = 0; i < count; i++) out.push(await store.create({ id: nextId(), body: sampleBody(`e${i}`), now: at(i) }));
  return out;
}

async function walk(store: EnvironmentsStore, options: { includeArchived?: boolean; order?: 'asc' | 'desc' } = {}): Promise<string[]> {
  const seen: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.list({ limit: PAGE_SIZE, after, ...options });
    seen.push(...page.items.map((e) => e.id));
    if (!page.hasMore) return seen;
    after = page.items.at(-1)?.id;
  }
}

/** Environments: CRUD, keyset paging, filters, archive, delete. */
export function describeEnvironmentsConformance(makeBackend: MakeBackend): void {
  describe.concurrent('environments store', () => {
    const it = conformanceIt(makeBackend).extend<{ store: EnvironmentsStore }>({ store: async ({ backend }, use) => use(backend.environments()) });

    it('create and get round-trip the body', async ({ store }) => {
      const created = await store.create({ id: 'env_01conformance', body: sampleBody('Python'), now: at(0) });
      expect(created).toEqual({ id: 'env_01conformance', created_at: at(0), updated_at: at(0), archived_at: null, body: sampleBody('Python') });
      expect(await store.get('env_01conformance')).toEqual(created);
      expect(await store.get('env_missing')).toBeUndefined();
    });

    it('update replaces the body and moves updated_at only', async ({ store }) => {
      const [env] = await seed(store, 1);
      const body = { ...sampleBody('renamed'), metadata: {} };
      const updated = await store.update({ id: env!.id, body, now: at(10) });
      expect(updated).toEqual({ id: env!.id, created_at: env!.created_at, updated_at: at(10), archived_at: null, body });
      expect(await store.get(env!.id)).toEqual(updated);
      expect(await store.update({ id: 'env_missing', body, now: at(11) })).toBeUndefined();
      expect(await store.get('env_missing')).toBeUndefined();
    });

    it('list walks every page newest first and stops', async ({ store }) => {
      const envs = await seed(store, PAGED_ENVIRONMENTS);
      expect(await walk(store)).toEqual(envs.map((e) => e.id).reverse());
      expect(await walk(store, { order: 'asc' })).toEqual(envs.map((e) => e.id));
      expect(await store.list({ limit: 2, after: envs[0]!.id })).toEqual({ items: [], hasMore: false });
    });

    it('list filters on created_at bounds', async ({ store }) => {
      const envs = await seed(store, PAGED_ENVIRONMENTS);
      const page = await store.list({ limit: 50, createdAt: { gte: at(1), lt: at(3) } });
      expect(page.items.map((e) => e.id)).toEqual([envs[2]!.id, envs[1]!.id]);
    });

    it('list hides archived environments unless asked', async ({ store }) => {
      const envs = await seed(store, PAGED_ENVIRONMENTS);
      await store.archive(envs[0]!.id, at(20));
      expect(await walk(store)).toEqual(envs.slice(1).map((e) => e.id).reverse());
      expect(await walk(store, { includeArchived: true })).toEqual(envs.map((e) => e.id).reverse());
    });

    it('archive sets archived_at once and is idempotent', async ({ store }) => {
      const [env] = await seed(store, 1);
      const first = await store.archive(env!.id, at(30));
      expect(first?.archived_at).toBe(at(30));
      const again = await store.archive(env!.id, at(40));
      expect(again?.archived_at).toBe(at(30));
      expect(await store.archive('env_missing', at(50))).toBeUndefined();
    });

    it('delete removes the row once', async ({ store }) => {
      const [env, other] = await seed(store, 2);
      expect(await store.delete(env!.id)).toBe(true);
      expect(await store.get(env!.id)).toBeUndefined();
      expect(await store.delete(env!.id)).toBe(false);
      expect(await store.get(other!.id)).toEqual(other);
      expect(await store.delete('env_missing')).toBe(false);
    });
  });
}
