/** @module store/conformance/agents-conformance — the `AgentsStore` contract every backend must meet. */
import { describe, expect } from 'vitest';
import type { AgentRecord, AgentsStore } from '../agents/agents-store.js';
import { at, conformanceIt, idMaker } from './harness.js';
import type { MakeBackend } from './types.js';

/** Appenders racing for the same head in the concurrency case. */
const CONCURRENT_APPENDERS = 8;
/** Agents created for the paging cases (not a multiple of the page size, so the last page is short). */
const PAGED_AGENTS = 7;
const PAGE_SIZE = 3;

/** A config with the awkward values JSON columns must keep exactly. */
function sampleConfig(name: string): Record<string, unknown> {
  return {
    name,
    description: null,
    system: 'Réponds en français — 日本語も 🙂 "quotes" \\ back\nslash',
    model: { id: 'claude-x', effort: { type: 'high' }, speed: 'standard' },
    tools: [{ type: 'custom', name: 't', description: '', input_schema: { type: 'object', properties: { n: { type: 'integer' } } } }],
    metadata: { empty: '', nested: 'a=b&c' },
    big: 2 ** 53 - 1,
    flag: false,
  };
}

async function seed(store: AgentsStore, count: number): Promise<AgentRecord[]> {
  const nextId = idMaker('agent');
  const out: AgentRecord[] = [];
  for (let i = 0; i < count; i++) out.push(await store.create({ id: nextId(), config: sampleConfig(`a${i}`), now: at(i) }));
  return out;
}

async function walk(store: AgentsStore, options: { includeArchived?: boolean; order?: 'asc' | 'desc' } = {}): Promise<string[]> {
  const seen: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.list({ limit: PAGE_SIZE, after, ...options });
    seen.push(...page.items.map((a) => a.id));
    if (!page.hasMore) return seen;
    after = page.items.at(-1)?.id;
  }
}

/**
 * Agents and their immutable versions: create/get, compare-and-set appends (one winner among racing
 * writers), keyset paging, filters, archive.
 */
export function describeAgentsConformance(makeBackend: MakeBackend): void {
  describe.concurrent('agents store', () => {
    const it = conformanceIt(makeBackend).extend<{ store: AgentsStore }>({ store: async ({ backend }, use) => use(backend.agents()) });

    it('create returns version 1 and get round-trips every config value', async ({ store }) => {
      const config = sampleConfig('Support');
      const created = await store.create({ id: 'agent_01conformance', config, now: at(0) });
      expect(created).toEqual({ id: 'agent_01conformance', version: 1, created_at: at(0), updated_at: at(0), archived_at: null, config });
      expect(await store.get('agent_01conformance')).toEqual(created);
      expect(await store.get('agent_01conformance', 1)).toEqual(created);
    });

    it('get of an unknown id or version is undefined', async ({ store }) => {
      const [agent] = await seed(store, 1);
      expect(await store.get('agent_missing')).toBeUndefined();
      expect(await store.get(agent!.id, 2)).toBeUndefined();
    });

    it('appendVersion moves the head and keeps every older version readable', async ({ store }) => {
      const [agent] = await seed(store, 1);
      const next = await store.appendVersion({ id: agent!.id, fromVersion: 1, config: sampleConfig('v2'), now: at(10) });
      expect(next).toMatchObject({ id: agent!.id, version: 2, created_at: agent!.created_at, updated_at: at(10), archived_at: null });
      expect(next?.config).toEqual(sampleConfig('v2'));
      expect((await store.get(agent!.id))?.version).toBe(2);
      expect(await store.get(agent!.id, 1)).toEqual(agent);
    });

    it('appendVersion from a stale version writes nothing', async ({ store }) => {
      const [agent] = await seed(store, 1);
      await store.appendVersion({ id: agent!.id, fromVersion: 1, config: sampleConfig('v2'), now: at(1) });
      expect(await store.appendVersion({ id: agent!.id, fromVersion: 1, config: sampleConfig('stale'), now: at(2) })).toBeUndefined();
      const versions = await store.listVersions(agent!.id, { limit: 10 });
      expect(versions.items.map((v) => [v.version, v.config['name']])).toEqual([
        [2, 'v2'],
        [1, 'a0'],
      ]);
    });

    it('appendVersion on an unknown or archived agent writes nothing', async ({ store }) => {
      const [agent] = await seed(store, 1);
      expect(await store.appendVersion({ id: 'agent_missing', fromVersion: 1, config: {}, now: at(1) })).toBeUndefined();
      await store.archive(agent!.id, at(2));
      expect(await store.appendVersion({ id: agent!.id, fromVersion: 1, config: {}, now: at(3) })).toBeUndefined();
      expect((await store.listVersions(agent!.id, { limit: 10 })).items).toHaveLength(1);
    });

    it('concurrent appenders from the same head: exactly one wins', async ({ store }) => {
      const [agent] = await seed(store, 1);
      const results = await Promise.all(
        Array.from({ length: CONCURRENT_APPENDERS }, (_, i) =>
          store.appendVersion({ id: agent!.id, fromVersion: 1, config: sampleConfig(`racer${i}`), now: at(1) }),
        ),
      );
      const winners = results.filter((r) => r !== undefined);
      expect(winners).toHaveLength(1);
      const head = await store.get(agent!.id);
      expect(head?.version).toBe(2);
      expect(head?.config).toEqual(winners[0]?.config);
      expect((await store.listVersions(agent!.id, { limit: 10 })).items.map((v) => v.version)).toEqual([2, 1]);
    });

    it('list walks every page newest first and stops', async ({ store }) => {
      const agents = await seed(store, PAGED_AGENTS);
      expect(await walk(store)).toEqual(agents.map((a) => a.id).reverse());
    });

    it('list in ascending order walks oldest first', async ({ store }) => {
      const agents = await seed(store, PAGED_AGENTS);
      expect(await walk(store, { order: 'asc' })).toEqual(agents.map((a) => a.id));
    });

    it('list returns the head version of each agent', async ({ store }) => {
      const [agent] = await seed(store, 1);
      await store.appendVersion({ id: agent!.id, fromVersion: 1, config: sampleConfig('v2'), now: at(5) });
      const page = await store.list({ limit: 10 });
      expect(page.items).toHaveLength(1);
      expect(page.items[0]).toMatchObject({ version: 2, updated_at: at(5), config: sampleConfig('v2') });
    });

    it('list of an empty store is one empty last page', async ({ store }) => {
      expect(await store.list({ limit: 5 })).toEqual({ items: [], hasMore: false });
    });

    it('list filters on created_at bounds, inclusive and exclusive', async ({ store }) => {
      const agents = await seed(store, PAGED_AGENTS);
      const ids = (from: number, to: number) => agents.slice(from, to).map((a) => a.id).reverse();
      const list = async (createdAt: Record<string, string>) => (await store.list({ limit: 50, createdAt })).items.map((a) => a.id);
      expect(await list({ gte: at(2), lte: at(4) })).toEqual(ids(2, 5));
      expect(await list({ gt: at(2), lt: at(4) })).toEqual(ids(3, 4));
      expect(await list({ gte: at(5) })).toEqual(ids(5, PAGED_AGENTS));
      expect(await list({ lte: at(0) })).toEqual(ids(0, 1));
    });

    it('list hides archived agents unless asked', async ({ store }) => {
      const agents = await seed(store, PAGED_AGENTS);
      await store.archive(agents[1]!.id, at(20));
      await store.archive(agents[4]!.id, at(20));
      const visible = agents.filter((_, i) => i !== 1 && i !== 4).map((a) => a.id).reverse();
      expect(await walk(store)).toEqual(visible);
      expect(await walk(store, { includeArchived: true })).toEqual(agents.map((a) => a.id).reverse());
    });

    it('listVersions pages newest first and stops', async ({ store }) => {
      const [agent] = await seed(store, 1);
      for (let v = 1; v < PAGED_AGENTS; v++) {
        await store.appendVersion({ id: agent!.id, fromVersion: v, config: sampleConfig(`v${v + 1}`), now: at(v) });
      }
      const seen: number[] = [];
      let after: number | undefined;
      for (;;) {
        const page = await store.listVersions(agent!.id, { limit: PAGE_SIZE, after });
        seen.push(...page.items.map((v) => v.version));
        if (!page.hasMore) break;
        after = page.items.at(-1)?.version;
      }
      expect(seen).toEqual([7, 6, 5, 4, 3, 2, 1]);
      expect((await store.listVersions('agent_missing', { limit: 5 })).items).toEqual([]);
    });

    it('archive sets archived_at once and is idempotent', async ({ store }) => {
      const [agent] = await seed(store, 1);
      const first = await store.archive(agent!.id, at(30));
      expect(first).toMatchObject({ id: agent!.id, version: 1, archived_at: at(30) });
      const again = await store.archive(agent!.id, at(40));
      expect(again?.archived_at).toBe(at(30));
      expect((await store.get(agent!.id))?.archived_at).toBe(at(30));
      expect(await store.archive('agent_missing', at(50))).toBeUndefined();
    });

    it('create with an existing id fails and leaves the first agent intact', async ({ store }) => {
      const [agent] = await seed(store, 1);
      await expect(store.create({ id: agent!.id, config: sampleConfig('dup'), now: at(9) })).rejects.toThrow();
      expect(await store.get(agent!.id)).toEqual(agent);
    });
  });
}
