/** @module dreaming/generate/generate.test — determinism, shapes and planted-pattern strength. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../types.js';
import { SCENARIO_NAMES, generateSessions, iterateSessions, writeSessionsJsonl } from './index.js';
import { luhnCheckDigit } from './pii.js';

const COUNT = 4000;

function rate(sessions: readonly SessionRecord[], pred: (s: SessionRecord) => boolean): number {
  return sessions.length === 0 ? 0 : sessions.filter(pred).length / sessions.length;
}

function split(sessions: readonly SessionRecord[], ids: readonly string[]): [SessionRecord[], SessionRecord[]] {
  const set = new Set(ids);
  return [sessions.filter((s) => set.has(s.id)), sessions.filter((s) => !set.has(s.id))];
}

describe('generateSessions', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = generateSessions({ seed: 42, count: 300 });
    const b = generateSessions({ seed: 42, count: 300 });
    const c = generateSessions({ seed: 43, count: 300 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a.sessions)).not.toBe(JSON.stringify(c.sessions));
  });

  it('streams the same sessions and truth as the list form', () => {
    const list = generateSessions({ seed: 9, count: 500, scenario: 'healthcare' });
    const stream = iterateSessions({ seed: 9, count: 500, scenario: 'healthcare' });
    const streamed = [...stream];
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(list.sessions));
    expect(stream.truth).toEqual(list.truth);
  });

  it('handles count 0 and rejects bad options', () => {
    expect(generateSessions({ seed: 1, count: 0 }).sessions).toEqual([]);
    expect(() => generateSessions({ seed: 1, count: -1 })).toThrow(RangeError);
    expect(() => generateSessions({ seed: 1, count: 5, days: 0 })).toThrow(RangeError);
  });

  for (const scenario of SCENARIO_NAMES) {
    describe(scenario, () => {
      const { sessions, truth } = generateSessions({ seed: 7, count: COUNT, scenario, start: new Date('2026-03-01T00:00:00Z'), days: 20 });

      it('produces valid, chronological, unique sessions', () => {
        expect(sessions).toHaveLength(COUNT);
        expect(new Set(sessions.map((s) => s.id)).size).toBe(COUNT);
        // Collect problems instead of calling expect() per message: same checks, a fraction of the time.
        const problems: string[] = [];
        const check = (ok: boolean, what: string): void => {
          if (!ok && problems.length < 10) problems.push(what);
        };
        let prev = '';
        let turns = 0;
        for (const s of sessions) {
          check(s.started_at >= prev, `${s.id} out of order`);
          prev = s.started_at;
          const day = s.started_at.slice(0, 10);
          check(day >= '2026-03-01' && day <= '2026-03-20', `${s.id} outside window`);
          check(s.messages[0]?.role === 'user', `${s.id} does not open with the user`);
          check(/^usr_/.test(s.user?.id ?? ''), `${s.id} user id`);
          check(!(s.outcome?.resolved && s.outcome.escalated), `${s.id} resolved and escalated`);
          const sat = s.outcome?.satisfaction;
          check(sat === undefined || (sat >= 1 && sat <= 5 && Number.isInteger(sat)), `${s.id} satisfaction ${sat}`);
          for (const m of s.messages) {
            check(!/\{\w+\}/.test(m.content), `${s.id} unfilled slot: ${m.content}`);
            if (m.role === 'assistant') check((m.latency_ms ?? 0) > 0, `${s.id} latency`);
            if (m.role === 'tool') check(typeof m.tool?.name === 'string', `${s.id} tool name`);
            check((m.at ?? '') >= s.started_at && (m.at ?? '') <= (s.ended_at ?? ''), `${s.id} message time`);
            if (m.role !== 'tool') turns++;
          }
        }
        expect(problems).toEqual([]);
        const avg = turns / COUNT;
        expect(avg).toBeGreaterThan(6.5);
        expect(avg).toBeLessThan(10.5);
        expect(Object.keys(truth.topicCounts).length).toBeGreaterThanOrEqual(8);
        const distinctOpenings = new Set(sessions.map((s) => s.messages[0]?.content)).size;
        expect(distinctOpenings).toBeGreaterThan(COUNT * 0.5);
      });

      it('plants an escalating topic (≥ 2× the others)', () => {
        const [inTopic, rest] = split(sessions, truth.escalatingTopic.sessionIds);
        expect(inTopic.length).toBeGreaterThan(100);
        const esc = (s: SessionRecord): boolean => s.outcome?.escalated === true;
        expect(rate(inTopic, esc)).toBeGreaterThan(2 * rate(rest, esc));
      });

      it('plants peak-hour latency that trips a "reply over 2 s" rule', () => {
        const slow = (s: SessionRecord): boolean => s.messages.some((m) => (m.latency_ms ?? 0) > 2000);
        const [peak, rest] = split(sessions, truth.peakHourLatency.sessionIds);
        expect(truth.peakHourLatency.hours).toEqual([12, 13]);
        for (const s of peak) expect(truth.peakHourLatency.hours).toContain(new Date(s.started_at).getUTCHours());
        expect(rate(peak, slow)).toBeGreaterThan(0.8);
        expect(rate(rest, slow)).toBeLessThan(0.15);
      });

      it('plants a version change after which resolution drops', () => {
        const after = sessions.filter((s) => s.started_at.slice(0, 10) >= truth.versionDrop.day);
        const before = sessions.filter((s) => s.started_at.slice(0, 10) < truth.versionDrop.day);
        expect(after.every((s) => s.agent_version === truth.versionDrop.version)).toBe(true);
        expect(before.every((s) => s.agent_version === truth.versionDrop.previousVersion)).toBe(true);
        const res = (s: SessionRecord): boolean => s.outcome?.resolved === true;
        expect(rate(before, res) - rate(after, res)).toBeGreaterThan(0.1);
      });

      it('plants a failing tool, a worse-served segment, PII, corrections and anomalies', () => {
        const calls = sessions.flatMap((s) => s.messages.filter((m) => m.tool));
        const failing = calls.filter((m) => m.tool?.name === truth.failingTool.name);
        const others = calls.filter((m) => m.tool?.name !== truth.failingTool.name);
        const errRate = (ms: typeof calls): number => ms.filter((m) => m.tool?.error).length / Math.max(1, ms.length);
        expect(failing.length).toBeGreaterThan(50);
        expect(errRate(failing)).toBeGreaterThan(3 * errRate(others));

        const [seg, rest] = split(sessions, truth.worseServedSegment.sessionIds);
        expect(seg.every((s) => s.user?.segment?.[truth.worseServedSegment.key] === truth.worseServedSegment.value)).toBe(true);
        const res = (s: SessionRecord): boolean => s.outcome?.resolved === true;
        expect(rate(rest, res) - rate(seg, res)).toBeGreaterThan(0.1);

        expect(truth.piiSessionIds.length / COUNT).toBeGreaterThan(0.04);
        const emailish = /[\w.]+@[\w.]+\.\w+|\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}|\(\d{3}\) \d{3}-\d{4}/;
        const [pii, clean] = split(sessions, truth.piiSessionIds);
        const userText = (s: SessionRecord): string => s.messages.filter((m) => m.role === 'user').map((m) => m.content).join(' ');
        expect(rate(clean, (s) => emailish.test(userText(s)))).toBe(0);
        expect(rate(pii, (s) => emailish.test(userText(s)))).toBeGreaterThan(0.3);

        const corrections = new Set(truth.correctionSessionIds);
        expect(corrections.size / COUNT).toBeGreaterThan(0.05);
        for (const s of sessions.filter((x) => corrections.has(x.id)).slice(0, 50)) {
          expect(s.messages[2]?.role).toBe('user');
        }

        expect(truth.anomalies.length).toBeGreaterThanOrEqual(Math.round(COUNT * 0.004));
        const normalMax = Math.max(...sessions.filter((s) => !(s.id in truth.anomalyKinds)).map((s) => s.messages.length));
        for (const [id, kind] of Object.entries(truth.anomalyKinds)) {
          const s = sessions.find((x) => x.id === id);
          if (!s) throw new Error(`missing anomaly ${id}`);
          if (kind === 'very-long') expect(s.messages.length).toBeGreaterThan(normalMax);
          if (kind === 'huge-latency') expect(Math.max(...s.messages.map((m) => m.latency_ms ?? 0))).toBeGreaterThan(15_000);
          if (kind === 'tool-error-storm') expect(s.messages.filter((m) => m.tool?.error).length).toBeGreaterThanOrEqual(9);
        }
      });

      it('records consent and segments on users', () => {
        const noConsent = new Set(truth.noConsentSessionIds);
        expect(noConsent.size).toBeGreaterThan(0);
        for (const s of sessions) expect(noConsent.has(s.id)).toBe(s.user?.consent === false);
        const byUser = new Map<string, string>();
        for (const s of sessions) {
          const key = JSON.stringify(s.user);
          const seen = byUser.get(s.user?.id ?? '');
          if (seen) expect(seen).toBe(key);
          byUser.set(s.user?.id ?? '', key);
        }
        expect(byUser.size).toBeLessThan(COUNT); // users recur
      });
    });
  }

  // A regression guard, not a benchmark (figures for 100k are in ADR 0012): 25k sessions must stream in
  // well under 5 s of CPU (typically ~0.5 s). CPU time, because the wall clock depends on machine load.
  it('streams sessions quickly', { timeout: 120_000 }, () => {
    const before = process.cpuUsage();
    let n = 0;
    for (const s of iterateSessions({ seed: 5, count: 25_000 })) n += s.messages.length > 0 ? 1 : 0;
    const used = process.cpuUsage(before);
    expect(n).toBe(25_000);
    expect((used.user + used.system) / 1000).toBeLessThan(5_000);
  });
});

describe('writeSessionsJsonl', () => {
  it('writes one parseable session per line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reverie-gen-'));
    try {
      const path = join(dir, 's.jsonl');
      const { truth, written } = await writeSessionsJsonl(path, { seed: 3, count: 1200, scenario: 'finance' });
      const lines = readFileSync(path, 'utf8').trim().split('\n');
      expect(written).toBe(1200);
      expect(lines).toHaveLength(1200);
      const first = JSON.parse(lines[0] ?? '{}') as SessionRecord;
      expect(first.id).toMatch(/^sess_/);
      expect(truth.count).toBe(1200);
      expect(truth.escalatingTopic.sessionIds.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects when the file cannot be written', async () => {
    await expect(writeSessionsJsonl(join(tmpdir(), 'no-such-dir-reverie', 'x', 's.jsonl'), { seed: 1, count: 10 })).rejects.toThrow();
  });
});

describe('luhnCheckDigit', () => {
  it('matches a known valid number', () => {
    // 4539 1488 0343 6467 is a textbook Luhn-valid test number.
    expect(luhnCheckDigit('453914880343646')).toBe(7);
    expect(luhnCheckDigit('7992739871')).toBe(3);
  });
});
