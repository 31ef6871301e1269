/**
 * @module sessions/session-record.test — bulk loading of dreaming records through cached folds, on
 * SQLite and PostgreSQL: the records always equal the ones read from the full log, whatever happened to
 * the log or the fold since the fold was saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionRecord, SessionsStore, StoredEvent } from '../store/index.js';
import { UlidGenerator } from '../shared/ids.js';
import { backendFactories, type TestBackend } from '../../test/support/backends.js';
import { DREAM_FOLD_FORMAT, encodeFold, emptyFold, foldEvents } from './dream-fold.js';
import { dreamFoldsOf, loadSessionRecord, loadSessionRecords, toDreamRecord } from './session-record.js';

const factories = await backendFactories();
const T0 = Date.parse('2026-05-01T00:00:00.000Z');
let tick = T0;
const ids = new UlidGenerator(() => tick++);

function row(id: string, metadata: Record<string, string> = { user_id: 'usr_1', 'segment.plan': 'pro' }): SessionRecord {
  const t = new Date(T0).toISOString();
  return {
    id,
    status: 'idle',
    agent_id: 'agent_01records',
    agent_version: 2,
    memory_store_ids: [],
    body: { metadata },
    state: {},
    reverie: { feedback: { resolved: true, score: 4 } },
    created_at: t,
    updated_at: t,
    archived_at: null,
  };
}

/** A log builder: each call appends one event one second after the previous one. */
class Log {
  readonly events: StoredEvent[] = [];
  constructor(readonly sessionId: string) {}
  add(type: string, fields: Record<string, unknown> = {}): StoredEvent {
    const id = ids.next('sevt');
    const seq = this.events.length + 1;
    const time = new Date(T0 + seq * 1000).toISOString();
    const e: StoredEvent = { id, session_id: this.sessionId, seq, type, body: { type, id, processed_at: time, ...fields }, processed_at: time, created_at: time };
    this.events.push(e);
    return e;
  }
  text(type: string, text: string): StoredEvent {
    return this.add(type, { content: [{ type: 'text', text }] });
  }
  /** The events added since `from` events existed. */
  since(from: number): StoredEvent[] {
    return this.events.slice(from);
  }
}

function conversation(sessionId: string): Log {
  const log = new Log(sessionId);
  log.text('user.message', 'My refund never arrived.');
  log.add('span.model_request_start');
  log.text('agent.message', 'Let me check the order.');
  const use = log.add('agent.tool_use', { name: 'lookup_order', input: {} });
  log.add('agent.tool_result', { tool_use_id: use.id, content: [{ type: 'text', text: 'order #1: refunded' }], is_error: false });
  log.text('agent.message', 'It was refunded yesterday.');
  log.add('session.status_idle', { stop_reason: { type: 'end_turn' } });
  return log;
}

async function expectFresh(store: SessionsStore, sessionIds: readonly string[]): Promise<void> {
  const { records, missing } = await loadSessionRecords(store, sessionIds);
  expect(missing).toEqual([]);
  const fromLogs = await Promise.all(sessionIds.map((id) => loadSessionRecord(store, id)));
  expect(records).toEqual(fromLogs);
}

describe.each(factories)('dreaming records on $name', (factory) => {
  let tb: TestBackend;
  let store: SessionsStore;

  beforeAll(async () => {
    if (factory.skipReason) return;
    tb = await factory.make();
    store = tb.backend.sessions();
  });
  afterAll(async () => {
    await tb?.dispose();
  });

  async function stored(log: Log): Promise<string> {
    await store.create({ record: row(log.sessionId), events: log.events });
    return log.sessionId;
  }

  it.skipIf(factory.skipReason)('a first load folds the full log, saves the fold, and a second load reads it back identically', async () => {
    const logs = [conversation(ids.next('sesn')), conversation(ids.next('sesn'))];
    const sessionIds = [await stored(logs[0]!), await stored(logs[1]!)];
    expect(await store.foldsOf(sessionIds)).toEqual([]);
    await expectFresh(store, sessionIds);
    const folds = await store.foldsOf(sessionIds);
    expect(folds.map((f) => [f.session_id, f.through_seq, f.format])).toEqual(
      expect.arrayContaining([
        [sessionIds[0], 7, DREAM_FOLD_FORMAT],
        [sessionIds[1], 7, DREAM_FOLD_FORMAT],
      ]),
    );
    await expectFresh(store, sessionIds);
    expect(await store.foldsOf(sessionIds)).toEqual(expect.arrayContaining(folds));
  });

  it.skipIf(factory.skipReason)('events appended after the fold are folded in, tool names and latencies included', async () => {
    const log = conversation(ids.next('sesn'));
    const id = await stored(log);
    await loadSessionRecords(store, [id]);
    const before = log.events.length;
    log.text('user.message', 'Can you resend the receipt?');
    const use = log.add('agent.tool_use', { name: 'send_receipt', input: {} });
    log.add('span.model_request_end');
    log.add('agent.tool_result', { tool_use_id: use.id, content: [{ type: 'text', text: 'failed' }], is_error: true });
    log.text('agent.message', 'Sorry, sending failed.');
    log.add('session.status_terminated');
    await store.appendEvents({ sessionId: id, events: log.since(before) });
    await expectFresh(store, [id]);
    const [record] = (await loadSessionRecords(store, [id])).records;
    expect(record?.messages.at(-2)).toMatchObject({ role: 'tool', tool: { name: 'send_receipt', error: true } });
    expect(record?.messages.at(-1)).toMatchObject({ role: 'assistant', latency_ms: 1000 });
    expect(record?.ended_at).toBe(log.events.at(-1)?.processed_at);
    expect((await store.foldsOf([id]))[0]?.through_seq).toBe(log.events.length);
  });

  it.skipIf(factory.skipReason)('a tool result appended later still finds the name of a tool use inside the fold', async () => {
    const log = new Log(ids.next('sesn'));
    log.text('user.message', 'Look it up');
    const use = log.add('agent.tool_use', { name: 'lookup_order', input: {} });
    const id = await stored(log);
    await loadSessionRecords(store, [id]);
    const before = log.events.length;
    log.add('agent.tool_result', { tool_use_id: use.id, content: [{ type: 'text', text: 'ok' }] });
    await store.appendEvents({ sessionId: id, events: log.since(before) });
    await expectFresh(store, [id]);
    expect((await loadSessionRecords(store, [id])).records[0]?.messages.at(-1)?.tool?.name).toBe('lookup_order');
  });

  it.skipIf(factory.skipReason)('changes to the session row (metadata, feedback) show without touching the fold', async () => {
    const id = await stored(conversation(ids.next('sesn')));
    await loadSessionRecords(store, [id]);
    await store.update(id, {
      body: { metadata: { user_id: 'usr_2', user_consent: 'false' } },
      reverie: { feedback: { resolved: false, escalated: true, comment: 'slow' } },
      state: { last_idle_at: new Date(T0 + 99_000).toISOString() },
      updated_at: new Date(T0 + 99_000).toISOString(),
    });
    await expectFresh(store, [id]);
    const [record] = (await loadSessionRecords(store, [id])).records;
    expect(record?.user).toEqual({ id: 'usr_2', consent: false });
    expect(record?.outcome).toEqual({ resolved: false, escalated: true, feedback: 'slow' });
  });

  it.skipIf(factory.skipReason)('a fold that no longer matches the log, or has another format, is never used and is replaced', async () => {
    const a = conversation(ids.next('sesn'));
    const b = conversation(ids.next('sesn'));
    const [ida, idb] = [await stored(a), await stored(b)];
    const bogus = JSON.stringify({ m: [{ role: 'user', content: 'stale', at: a.events[0]!.created_at }], p: null, t: [], e: null });
    await store.saveFolds([
      // Right seq, wrong event: a log that is not the one this fold was made from.
      { session_id: ida, format: DREAM_FOLD_FORMAT, through_seq: 3, last_event_id: b.events[2]!.id, data: bogus },
      // A fold written by another version of the code.
      { session_id: idb, format: DREAM_FOLD_FORMAT + 1, through_seq: b.events.length, last_event_id: b.events.at(-1)!.id, data: bogus },
    ]);
    await expectFresh(store, [ida, idb]);
    const folds = await store.foldsOf([ida, idb]);
    expect(folds.every((f) => f.format === DREAM_FOLD_FORMAT && f.through_seq === 7 && !f.data.includes('stale'))).toBe(true);
  });

  it.skipIf(factory.skipReason)('a fold ahead of the log (its event gone) is not used', async () => {
    const log = conversation(ids.next('sesn'));
    const id = await stored(log);
    const bogus = JSON.stringify({ m: [], p: null, t: [], e: null });
    await store.saveFolds([{ session_id: id, format: DREAM_FOLD_FORMAT, through_seq: 40, last_event_id: 'sevt_gone', data: bogus }]);
    await expectFresh(store, [id]);
    expect((await loadSessionRecords(store, [id])).records[0]?.messages).toHaveLength(4);
  });

  it.skipIf(factory.skipReason)('a fold that moves between the load’s reads is not trusted (the tail must start at the fold read)', async () => {
    const log = conversation(ids.next('sesn'));
    const id = await stored(log);
    await loadSessionRecords(store, [id]);
    const before = log.events.length;
    log.text('user.message', 'One more thing');
    log.text('agent.message', 'Sure.');
    await store.appendEvents({ sessionId: id, events: log.since(before) });
    // Another dream saves the up-to-date fold after this load read the old one, before it reads the tail.
    const eventsFromFolds: SessionsStore['eventsFromFolds'] = async (...args) => {
      await store.saveFolds(dreamFoldsOf([{ id, events: log.events }]));
      return store.eventsFromFolds(...args);
    };
    const racing = new Proxy(store, {
      get: (target, key: keyof SessionsStore) => (key === 'eventsFromFolds' ? eventsFromFolds : target[key].bind(target)),
    });
    const { records } = await loadSessionRecords(racing, [id]);
    expect(records).toEqual([await loadSessionRecord(store, id)]);
    expect(records[0]?.messages.at(-1)?.content).toBe('Sure.');
  });

  it.skipIf(factory.skipReason)('missing and deleted sessions are reported in order; a session without events loads', async () => {
    const id = await stored(conversation(ids.next('sesn')));
    const empty = ids.next('sesn');
    await store.create({ record: row(empty, {}), events: [] });
    await loadSessionRecords(store, [id]);
    await store.delete(id);
    const { records, missing } = await loadSessionRecords(store, [id, empty, 'sesn_missing']);
    expect(missing).toEqual([id, 'sesn_missing']);
    expect(records).toEqual([await loadSessionRecord(store, empty)]);
    expect(await store.foldsOf([id, empty])).toEqual([]);
    const twice = (await loadSessionRecords(store, [empty, empty])).records;
    expect(twice).toEqual([records[0], records[0]]);
  });

  it.skipIf(factory.skipReason)('folds made at write time (dreamFoldsOf) read back as the full log does', async () => {
    const logs = [conversation(ids.next('sesn')), conversation(ids.next('sesn'))];
    await store.createMany(logs.map((l) => ({ record: row(l.sessionId), events: l.events })));
    await store.saveFolds(dreamFoldsOf(logs.map((l) => ({ id: l.sessionId, events: l.events }))));
    expect(await store.foldsOf(logs.map((l) => l.sessionId))).toHaveLength(2);
    await expectFresh(
      store,
      logs.map((l) => l.sessionId),
    );
  });
});

describe('dream folds (pure)', () => {
  it('folding a log in two parts equals folding it at once, and equals toDreamRecord', () => {
    const log = conversation('sesn_pure');
    const whole = foldEvents(emptyFold(), log.events);
    const split = foldEvents(foldEvents(emptyFold(), log.events.slice(0, 3)), log.events.slice(3));
    expect(split).toEqual(whole);
    expect(toDreamRecord(row('sesn_pure'), log.events).messages).toEqual(whole.messages);
  });

  it('skips folds JSON cannot carry exactly, and logs with no dream events', () => {
    const log = new Log('sesn_nan');
    log.add('span.model_request_start');
    expect(encodeFold('sesn_nan', foldEvents(emptyFold(), log.events))).toBeUndefined();
    const bad = log.add('user.message', { content: [] });
    const broken: StoredEvent = { ...bad, processed_at: 'not a time' };
    expect(encodeFold('sesn_nan', foldEvents(emptyFold(), [broken]))).toBeUndefined();
  });
});
