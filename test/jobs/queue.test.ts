/** Durable job queue: claim with lease, key exclusivity, retry, cancel, lost leases — on both backends. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendFactories, type TestBackend } from '../support/backends.js';
import { JobQueue, Worker, PermanentJobError } from '../../src/jobs/index.js';
import { ManualClock } from '../../src/shared/clock.js';
import { UlidGenerator } from '../../src/shared/ids.js';
import type { JobsStore } from '../../src/store/index.js';

const LEASE_MS = 10_000;

for (const factory of await backendFactories()) {
  describe.skipIf(factory.skipReason !== undefined)(`jobs queue on ${factory.name}`, () => {
    let tb: TestBackend;
    let store: JobsStore;
    let clock: ManualClock;
    let queue: JobQueue;

    beforeAll(async () => {
      tb = await factory.make();
      store = tb.backend.jobs();
      clock = new ManualClock('2026-03-01T00:00:00.000Z');
      queue = new JobQueue({ store, clock, ids: new UlidGenerator(() => clock.now().getTime()) });
    });
    afterAll(async () => tb?.dispose());

    const claim = (owner: string, kinds = ['k']) =>
      store.claim({ kinds, owner, now: clock.now().toISOString(), leaseUntil: new Date(clock.now().getTime() + LEASE_MS).toISOString() });

    it('jobs: a queued job is claimed once, runs, and completes', async () => {
      const job = await queue.enqueue({ kind: 'k', payload: { n: 1 } });
      expect(job.status).toBe('queued');
      const claimed = await claim('a');
      expect(claimed?.id).toBe(job.id);
      expect(claimed?.attempts).toBe(1);
      expect(await claim('b')).toBeUndefined();
      expect(await store.complete({ id: job.id, owner: 'a', now: clock.now().toISOString(), result: { ok: true } })).toBe(true);
      const done = await queue.get(job.id);
      expect(done?.status).toBe('completed');
      expect(done?.result).toEqual({ ok: true });
      expect(done?.ended_at).not.toBeNull();
    });

    it('jobs: two jobs with one queue key never run at the same time', async () => {
      const first = await queue.enqueue({ kind: 'k', payload: {}, queueKey: 'agent_1' });
      const second = await queue.enqueue({ kind: 'k', payload: {}, queueKey: 'agent_1' });
      const other = await queue.enqueue({ kind: 'k', payload: {}, queueKey: 'agent_2' });
      expect((await claim('a'))?.id).toBe(first.id);
      // The second job of agent_1 is skipped; agent_2's job is free to run.
      expect((await claim('b'))?.id).toBe(other.id);
      expect(await claim('c')).toBeUndefined();
      await store.complete({ id: first.id, owner: 'a', now: clock.now().toISOString(), result: {} });
      expect((await claim('c'))?.id).toBe(second.id);
      await store.complete({ id: second.id, owner: 'c', now: clock.now().toISOString(), result: {} });
      await store.complete({ id: other.id, owner: 'b', now: clock.now().toISOString(), result: {} });
    });

    it('jobs: an expired lease is taken over and the old holder can no longer write', async () => {
      const job = await queue.enqueue({ kind: 'k', payload: {}, queueKey: 'agent_3' });
      expect((await claim('dead'))?.id).toBe(job.id);
      clock.advance(LEASE_MS + 1);
      const retaken = await claim('alive');
      expect(retaken?.id).toBe(job.id);
      expect(retaken?.attempts).toBe(2);
      const until = new Date(clock.now().getTime() + LEASE_MS).toISOString();
      expect(await store.heartbeat({ id: job.id, owner: 'dead', leaseUntil: until })).toBe(false);
      expect(await store.complete({ id: job.id, owner: 'dead', now: clock.now().toISOString(), result: {} })).toBe(false);
      expect(await store.complete({ id: job.id, owner: 'alive', now: clock.now().toISOString(), result: { by: 'alive' } })).toBe(true);
      expect((await queue.get(job.id))?.result).toEqual({ by: 'alive' });
    });

    it('jobs: a dead worker\'s job is taken over even when a job of its key comes earlier in run order', async () => {
      const dead = await queue.enqueue({ kind: 'k', payload: {}, queueKey: 'agent_9' });
      expect((await claim('dead'))?.id).toBe(dead.id);
      // A job of the same key whose run time lies before the running one's (enqueued for a past moment).
      const past = new Date(clock.now().getTime() - 60_000).toISOString();
      const earlier = await store.enqueue({ id: `job_${'0'.repeat(20)}9`, kind: 'k', queueKey: 'agent_9', payload: {}, maxAttempts: 3, runAt: past, now: clock.now().toISOString() });
      clock.advance(LEASE_MS + 1);
      // The expired job holds the key: it is claimed first, and the earlier one waits for it.
      expect((await claim('alive'))?.id).toBe(dead.id);
      expect(await claim('other')).toBeUndefined();
      await store.complete({ id: dead.id, owner: 'alive', now: clock.now().toISOString(), result: {} });
      expect((await claim('other'))?.id).toBe(earlier.id);
      await store.complete({ id: earlier.id, owner: 'other', now: clock.now().toISOString(), result: {} });
    });

    it('jobs: failures are retried after a backoff until attempts run out', async () => {
      const job = await queue.enqueue({ kind: 'k', payload: {}, maxAttempts: 2 });
      await claim('a');
      const retryAt = new Date(clock.now().getTime() + 5_000).toISOString();
      const err = { type: 'internal_error', message: 'boom' };
      expect(await store.fail({ id: job.id, owner: 'a', now: clock.now().toISOString(), error: err, retryAt })).toBe('queued');
      expect(await claim('a')).toBeUndefined(); // not due yet
      clock.advance(5_000);
      expect((await claim('a'))?.attempts).toBe(2);
      expect(await store.fail({ id: job.id, owner: 'a', now: clock.now().toISOString(), error: err, retryAt })).toBe('failed');
      const failed = await queue.get(job.id);
      expect(failed?.status).toBe('failed');
      expect(failed?.error).toEqual(err);
    });

    it('jobs: cancel stops a queued job at once and asks a running one to stop', async () => {
      const queued = await queue.enqueue({ kind: 'k2', payload: {} });
      expect((await queue.cancel(queued.id))?.status).toBe('canceled');
      const running = await queue.enqueue({ kind: 'k2', payload: {} });
      await claim('a', ['k2']);
      const asked = await queue.cancel(running.id);
      expect(asked?.status).toBe('running');
      expect(asked?.cancel_requested).toBe(true);
      expect(await store.finishCanceled({ id: running.id, owner: 'a', now: clock.now().toISOString() })).toBe(true);
      expect((await queue.get(running.id))?.status).toBe('canceled');
    });

    it('jobs: concurrent claimers take each job exactly once', async () => {
      const ids = new Set<string>();
      for (let i = 0; i < 12; i++) ids.add((await queue.enqueue({ kind: 'race', payload: { i } })).id);
      const claimed: string[] = [];
      await Promise.all(
        Array.from({ length: 4 }, async (_, w) => {
          for (;;) {
            const job = await claim(`w${w}`, ['race']);
            if (!job) return;
            claimed.push(job.id);
            await store.complete({ id: job.id, owner: `w${w}`, now: clock.now().toISOString(), result: {} });
          }
        }),
      );
      expect(claimed.sort()).toEqual([...ids].sort());
    });

    it('jobs: a worker runs handlers, reports progress, and honours permanent errors', async () => {
      const seen: string[] = [];
      const worker = new Worker({
        store,
        clock,
        leaseMs: LEASE_MS,
        handlers: {
          ok: async ({ job, progress }) => {
            await progress('mine', 50);
            seen.push(String((await store.get(job.id))?.progress?.stage));
            return { echoed: job.payload['x'] };
          },
          bad: async () => {
            throw new PermanentJobError('input_session_unavailable', 'session gone');
          },
        },
      });
      const ok = await queue.enqueue({ kind: 'ok', payload: { x: 7 } });
      const bad = await queue.enqueue({ kind: 'bad', payload: {} });
      expect((await worker.runOnce())?.outcome).toBe('completed');
      expect((await worker.runOnce())?.outcome).toBe('failed');
      expect(await worker.runOnce()).toBeUndefined();
      expect(seen).toEqual(['mine']);
      expect((await queue.get(ok.id))?.result).toEqual({ echoed: 7 });
      const failed = await queue.get(bad.id);
      expect(failed?.attempts).toBe(1);
      expect(failed?.error).toEqual({ type: 'input_session_unavailable', message: 'session gone' });
    });
  });
}
