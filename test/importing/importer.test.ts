/** @module test/importing/importer — the importer on SQLite and PostgreSQL: round trip, idempotency, bad lines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/app/create-services.js';
import type { Services } from '../../src/app/services.js';
import { generateSessions } from '../../src/dreaming/generate/index.js';
import type { SessionRecord } from '../../src/dreaming/index.js';
import { createImportService, ImportService, type ImportLine } from '../../src/importing/index.js';
import { loadSessionRecord, loadSessionRecords } from '../../src/sessions/index.js';
import { ManualClock } from '../../src/shared/clock.js';
import { backendFactories, type TestBackend } from '../support/backends.js';

const factories = await backendFactories();

function toLines(values: readonly unknown[]): ImportLine[] {
  return values.map((v, i) => ({ line: i + 1, text: typeof v === 'string' ? v : JSON.stringify(v) }));
}

/** What must survive the round trip (user names are not stored; see docs/importing.md). */
function comparable(r: SessionRecord) {
  return {
    started_at: r.started_at,
    ended_at: r.ended_at,
    user: r.user ? { id: r.user.id, ...(r.user.segment ? { segment: r.user.segment } : {}), ...(r.user.consent !== undefined ? { consent: r.user.consent } : {}) } : undefined,
    outcome: r.outcome ?? {},
    messages: r.messages.map((m) => ({
      role: m.role,
      content: m.content,
      at: m.at,
      ...(m.role === 'assistant' ? { latency_ms: m.latency_ms } : {}),
      ...(m.tool ? { tool: { name: m.tool.name, error: m.tool.error === true } } : {}),
    })),
  };
}

describe.each(factories)('importer on $name', (factory) => {
  let tb: TestBackend;
  let services: Services;
  const clock = new ManualClock('2026-06-01T00:00:00.000Z');

  beforeAll(async () => {
    if (factory.skipReason) return;
    tb = await factory.make();
    services = createServices({ backend: tb.backend, clock });
  });
  afterAll(async () => {
    await tb?.dispose();
  });

  it.skipIf(factory.skipReason)('import: generated records round-trip through loadSessionRecord', async () => {
    const { sessions } = generateSessions({ seed: 11, count: 40 });
    const summary = await createImportService(services).importSessions({ lines: toLines(sessions) });
    expect(summary).toMatchObject({ format: 'reverie', imported: 40, duplicates: 0, skipped_total: 0 });
    expect(summary.sessions).toHaveLength(40);
    for (const [i, id] of summary.sessions.entries()) {
      const back = await loadSessionRecord(tb.backend.sessions(), id);
      const original = sessions[i];
      if (!back || !original) throw new Error('missing session');
      expect(comparable(back)).toEqual(comparable(original));
      expect(back.agent_version).toBe(original.agent_version);
    }
    // Filed under the record's agent name, in the "imported" environment, idle, with provenance.
    const stored = await tb.backend.sessions().get(summary.sessions[0] ?? '');
    const agent = await services.agents.retrieve(stored?.agent_id ?? '');
    expect(agent.name).toBe(sessions[0]?.agent);
    const env = await services.environments.retrieve(String(stored?.body['environment_id']));
    expect(env.name).toBe('imported');
    expect(stored?.status).toBe('idle');
    expect(stored?.reverie['import']).toMatchObject({ format: 'reverie', source_key: `reverie:${sessions[0]?.id}`, synthetic_times: false });
    // Session ids sort by the original start time.
    const sortedByStart = [...summary.sessions].sort();
    expect(sortedByStart).toEqual(summary.sessions);
  });

  it.skipIf(factory.skipReason)('import: stores each session’s dreaming fold, which reads back as the full log does', async () => {
    const { sessions } = generateSessions({ seed: 12, count: 30 });
    const summary = await createImportService(services).importSessions({ lines: toLines(sessions) });
    const store = tb.backend.sessions();
    const folds = await store.foldsOf(summary.sessions);
    expect(folds.map((f) => f.session_id).sort()).toEqual([...summary.sessions].sort());
    const { records, missing } = await loadSessionRecords(store, summary.sessions);
    expect(missing).toEqual([]);
    expect(records).toEqual(await Promise.all(summary.sessions.map((id) => loadSessionRecord(store, id))));
    // Reading through the folds changed none of them.
    expect(await store.foldsOf(summary.sessions)).toEqual(expect.arrayContaining(folds));
  });

  it.skipIf(factory.skipReason)('import: re-importing the same lines adds nothing and reports duplicates', async () => {
    const { sessions } = generateSessions({ seed: 11, count: 40 });
    const before = await tb.backend.sessions().list({ limit: 1000, order: 'asc' });
    const summary = await createImportService(services).importSessions({ lines: toLines(sessions) });
    expect(summary).toMatchObject({ imported: 0, duplicates: 40, skipped_total: 0, sessions: [] });
    const after = await tb.backend.sessions().list({ limit: 1000, order: 'asc' });
    expect(after.items.length).toBe(before.items.length);
    // One agent and one environment were made, not one per run.
    const agents = await services.agents.list({ limit: 100 });
    expect(agents.items.filter((a) => a.name === sessions[0]?.agent)).toHaveLength(1);
    const envs = await services.environments.list({ limit: 100 });
    expect(envs.items.filter((e) => e.name === 'imported')).toHaveLength(1);
  });

  it.skipIf(factory.skipReason)('import: several batches, two concurrent runs of one file import each session once', async () => {
    const { sessions } = generateSessions({ seed: 23, count: 450 });
    const [a, b] = await Promise.all([
      createImportService(services).importSessions({ lines: toLines(sessions), agentName: 'batch-agent' }),
      createImportService(services).importSessions({ lines: toLines(sessions), agentName: 'batch-agent' }),
    ]);
    expect((a?.imported ?? 0) + (b?.imported ?? 0)).toBe(450);
    expect((a?.duplicates ?? 0) + (b?.duplicates ?? 0)).toBe(450);
    const ids = new Set([...(a?.sessions ?? []), ...(b?.sessions ?? [])]);
    expect(ids.size).toBe(450);
    const page = await tb.backend.sessions().list({ limit: 1000, order: 'asc', agentId: (await tb.backend.sessions().get([...ids][0] ?? ''))?.agent_id });
    expect(page.items).toHaveLength(450);
  });

  it.skipIf(factory.skipReason)('import: a session the database refuses costs one line; its claim is released', async () => {
    const real = tb.backend.sessions();
    const poisoned = (events: readonly { body: Record<string, unknown> }[]) => JSON.stringify(events.map((e) => e.body)).includes('POISON');
    const flaky = Object.assign(Object.create(real) as typeof real, {
      createMany: async () => {
        throw new Error('batch refused');
      },
      create: async (input: Parameters<typeof real.create>[0]) => {
        if (poisoned(input.events)) throw new Error('row refused');
        return real.create(input);
      },
    });
    const importer = new ImportService({ sessions: flaky, imports: tb.backend.imports(), agents: services.agents, environments: services.environments, clock });
    const chat = (id: string, text: string) => ({ id, messages: [{ role: 'user', content: text }], created: 1_767_261_600 });
    const lines = toLines([chat('p1', 'fine'), chat('p2', 'POISON'), chat('p3', 'also fine')]);
    const summary = await importer.importSessions({ lines, format: 'openai' });
    expect(summary).toMatchObject({ imported: 2, duplicates: 0, skipped_total: 1, skipped: [{ line: 2, reason: 'write_failed' }] });
    expect(await tb.backend.imports().get('openai:p2')).toBeUndefined();
    // With a working store the refused session imports; the others are duplicates.
    const again = await createImportService(services).importSessions({ lines, format: 'openai' });
    expect(again).toMatchObject({ imported: 1, duplicates: 2 });
  });

  it.skipIf(factory.skipReason)('import: bad lines are skipped with line numbers, the rest imported; --agent files them all', async () => {
    const transcript = (text: string) => ({ messages: [{ role: 'user', content: text }, { role: 'assistant', content: `re: ${text}` }], created: 1_767_261_600 });
    const progress: number[] = [];
    const summary = await createImportService(services).importSessions({
      lines: toLines([transcript('one'), '{broken', '', { messages: [{ role: 'wizard', content: 'x' }] }, transcript('two'), transcript('one'), '[]']),
      agentName: 'chat-imports',
      onProgress: (p) => progress.push(p.lines),
    });
    expect(summary.format).toBe('openai');
    expect(summary).toMatchObject({ lines: 7, imported: 2, duplicates: 1, skipped_total: 3 });
    expect(summary.skipped.map((s) => [s.line, s.reason])).toEqual([
      [2, 'invalid_json'],
      [4, 'invalid_record'],
      [7, 'invalid_json'],
    ]);
    expect(summary.skipped_by_reason).toEqual({ invalid_json: 2, invalid_record: 1 });
    expect(progress.slice(0, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(progress.at(-1)).toBe(7);
    const stored = await tb.backend.sessions().get(summary.sessions[0] ?? '');
    expect((stored?.body['agent'] as { name: string }).name).toBe('chat-imports');
    const back = await loadSessionRecord(tb.backend.sessions(), summary.sessions[1] ?? '');
    expect(back?.messages.map((m) => m.content)).toEqual(['two', 're: two']);
    expect(back?.started_at).toBe('2026-01-01T10:00:00.000Z');
  });

  it.skipIf(factory.skipReason)('import: anthropic tool errors and managed-agents feedback survive into the store', async () => {
    const anthropic = {
      id: 'conv-tools',
      created_at: '2026-02-01T10:00:00Z',
      messages: [
        { role: 'user', content: 'refund me', created_at: '2026-02-01T10:00:00Z' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'refund', input: {} }], created_at: '2026-02-01T10:00:02Z' },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'denied', is_error: true }], created_at: '2026-02-01T10:00:03Z' },
        { role: 'assistant', content: 'The refund failed.', created_at: '2026-02-01T10:00:05Z' },
      ],
    };
    const a = await createImportService(services).importSessions({ lines: toLines([anthropic]) });
    expect(a.imported).toBe(1);
    const back = await loadSessionRecord(tb.backend.sessions(), a.sessions[0] ?? '');
    expect(back?.messages).toEqual([
      { role: 'user', content: 'refund me', at: '2026-02-01T10:00:00.000Z' },
      { role: 'tool', content: 'denied', at: '2026-02-01T10:00:03.000Z', tool: { name: 'refund', error: true } },
      { role: 'assistant', content: 'The refund failed.', at: '2026-02-01T10:00:05.000Z', latency_ms: 2000 },
    ]);
    expect(back?.ended_at).toBe('2026-02-01T10:00:05.000Z');

    const exported = {
      session: { id: 'sesn_src_1', created_at: '2026-01-05T09:00:00.000Z', metadata: { user_id: 'c-1' }, reverie: { feedback: { score: 4, resolved: true } } },
      events: [
        { id: 'e1', type: 'user.message', content: [{ type: 'text', text: 'hi' }], processed_at: '2026-01-05T09:00:01.000Z' },
        { id: 'e2', type: 'agent.message', content: [{ type: 'text', text: 'hello' }], processed_at: '2026-01-05T09:00:02.000Z' },
      ],
    };
    const m = await createImportService(services).importSessions({ lines: toLines([exported]) });
    const ma = await loadSessionRecord(tb.backend.sessions(), m.sessions[0] ?? '');
    expect(ma?.outcome).toEqual({ resolved: true, satisfaction: 4 });
    expect(ma?.user).toEqual({ id: 'c-1' });
    expect(ma?.agent).toBe((await services.agents.list({ limit: 100 })).items.find((x) => x.name === 'imported')?.id);
  });
});
