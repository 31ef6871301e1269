/**
 * @module store/conformance/sessions-conformance — the bulk reads of `SessionsStore` a dream relies on
 * (events by type, cached folds and the events after them) every backend must meet.
 */
import { describe, expect } from 'vitest';
import type { SessionFold, SessionRecord, SessionsStore, StoredEvent } from '../sessions/sessions-store.js';
import { at, conformanceIt, idMaker } from './harness.js';
import type { MakeBackend } from './types.js';

const nextSession = idMaker('sesn');
const nextEvent = idMaker('sevt');

function sessionRow(id: string): SessionRecord {
  return {
    id,
    status: 'idle',
    agent_id: 'agent_01conformance',
    agent_version: 1,
    memory_store_ids: [],
    body: { metadata: { team: 'core' } },
    state: {},
    reverie: {},
    created_at: at(0),
    updated_at: at(0),
    archived_at: null,
  };
}

function events(sessionId: string, types: readonly string[], firstSeq = 1): StoredEvent[] {
  return types.map((type, i) => {
    const id = nextEvent();
    return { id, session_id: sessionId, seq: firstSeq + i, type, body: { type, id, n: firstSeq + i }, processed_at: at(firstSeq + i), created_at: at(firstSeq + i) };
  });
}

function fold(sessionId: string, through: StoredEvent, data = '{"x":"ünïcødé ✓"}'): SessionFold {
  return { session_id: sessionId, format: 1, through_seq: through.seq, last_event_id: through.id, data };
}

/** Sessions: typed bulk event reads, fold storage, the events from a fold on, delete. */
export function describeSessionsConformance(makeBackend: MakeBackend): void {
  describe.concurrent('sessions store (bulk reads and folds)', () => {
    const it = conformanceIt(makeBackend).extend<{ store: SessionsStore }>({ store: async ({ backend }, use) => use(backend.sessions()) });

    it('eventsOf keeps only the asked types, ordered by session then seq', async ({ store }) => {
      const [a, b] = [nextSession(), nextSession()];
      const ea = events(a, ['user.message', 'span.model_request_start', 'agent.message']);
      const eb = events(b, ['user.message', 'session.status_idle']);
      await store.createMany([
        { record: sessionRow(a), events: ea },
        { record: sessionRow(b), events: eb },
      ]);
      expect(await store.eventsOf([b, a])).toEqual([...ea, ...eb]);
      expect((await store.eventsOf([a, b], { types: ['user.message', 'agent.message'] })).map((e) => e.id)).toEqual([ea[0]!.id, ea[2]!.id, eb[0]!.id]);
    });

    it('saveFolds stores and replaces folds; foldsOf returns only existing ones', async ({ store }) => {
      const [a, b] = [nextSession(), nextSession()];
      const ea = events(a, ['user.message', 'agent.message']);
      await store.createMany([
        { record: sessionRow(a), events: ea },
        { record: sessionRow(b), events: [] },
      ]);
      expect(await store.foldsOf([a, b])).toEqual([]);
      await store.saveFolds([fold(a, ea[0]!)]);
      expect(await store.foldsOf([a, b])).toEqual([{ ...fold(a, ea[0]!), event_id: ea[0]!.id, has_more: true }]);
      await store.saveFolds([fold(a, ea[1]!, '{"x":2}')]);
      expect(await store.foldsOf([a])).toEqual([{ ...fold(a, ea[1]!, '{"x":2}'), event_id: ea[1]!.id, has_more: false }]);
      await store.saveFolds([]);
      expect(await store.foldsOf([a])).toHaveLength(1);
      // The same session twice in one call: the last one wins.
      await store.saveFolds([fold(a, ea[0]!, '{"x":3}'), fold(a, ea[1]!, '{"x":4}')]);
      expect(await store.foldsOf([a])).toEqual([{ ...fold(a, ea[1]!, '{"x":4}'), event_id: ea[1]!.id, has_more: false }]);
    });

    it('foldsOf reports the log’s event at through_seq and whether later events (of the asked types) exist', async ({ store }) => {
      const a = nextSession();
      const ea = events(a, ['user.message', 'agent.message', 'span.model_request_end']);
      await store.create({ record: sessionRow(a), events: ea });
      await store.saveFolds([fold(a, ea[1]!)]);
      expect(await store.foldsOf([a])).toEqual([{ ...fold(a, ea[1]!), event_id: ea[1]!.id, has_more: true }]);
      expect(await store.foldsOf([a], { types: ['user.message', 'agent.message'] })).toEqual([{ ...fold(a, ea[1]!), event_id: ea[1]!.id, has_more: false }]);
      // A fold past the end of the log: no event at through_seq.
      const ahead = { ...fold(a, ea[2]!), through_seq: 9 };
      await store.saveFolds([ahead]);
      expect(await store.foldsOf([a])).toEqual([{ ...ahead, event_id: null, has_more: false }]);
    });

    it('eventsFromFolds returns each folded session’s events from through_seq on, that event included', async ({ store }) => {
      const [a, b, c] = [nextSession(), nextSession(), nextSession()];
      const ea = events(a, ['user.message', 'agent.message', 'span.model_request_end', 'user.message']);
      const eb = events(b, ['user.message', 'agent.message']);
      const ec = events(c, ['user.message']);
      await store.createMany([
        { record: sessionRow(a), events: ea },
        { record: sessionRow(b), events: eb },
        { record: sessionRow(c), events: ec },
      ]);
      await store.saveFolds([fold(a, ea[1]!), fold(b, eb[1]!)]);
      expect(await store.eventsFromFolds([c, b, a])).toEqual([...ea.slice(1), eb[1]!]);
      expect((await store.eventsFromFolds([a, b, c], { types: ['agent.message', 'user.message'] })).map((e) => e.id)).toEqual([ea[1]!.id, ea[3]!.id, eb[1]!.id]);
      // Appended events show up after the fold without touching it.
      const more = events(b, ['agent.tool_use', 'agent.tool_result'], 3);
      await store.appendEvents({ sessionId: b, events: more });
      expect((await store.eventsFromFolds([b])).map((e) => e.seq)).toEqual([2, 3, 4]);
    });

    it('delete removes the fold with the session', async ({ store }) => {
      const a = nextSession();
      const ea = events(a, ['user.message']);
      await store.create({ record: sessionRow(a), events: ea });
      await store.saveFolds([fold(a, ea[0]!)]);
      expect(await store.delete(a)).toBe(true);
      expect(await store.foldsOf([a])).toEqual([]);
      expect(await store.eventsFromFolds([a])).toEqual([]);
    });
  });
}
