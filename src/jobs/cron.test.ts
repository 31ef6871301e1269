import { describe, expect, it } from 'vitest';
import { CronError, nextFire, parseCron, upcomingFires } from './cron.js';

const fires = (expr: string, tz: string, from: string, n: number) =>
  upcomingFires(parseCron(expr, tz), new Date(from), n).map((d) => d.toISOString());

describe('cron', () => {
  it('parses lists, ranges and steps, with 7 as Sunday', () => {
    const s = parseCron('0,30 */6 1-3 1,6 7', 'UTC');
    expect([...s.minutes]).toEqual([0, 30]);
    expect([...s.hours]).toEqual([0, 6, 12, 18]);
    expect([...s.daysOfMonth]).toEqual([1, 2, 3]);
    expect([...s.daysOfWeek]).toEqual([0]);
  });

  it('rejects malformed expressions and unknown zones with the field named', () => {
    expect(() => parseCron('* * * *', 'UTC')).toThrow(/5 fields/);
    expect(() => parseCron('60 * * * *', 'UTC')).toThrow(/minute/);
    expect(() => parseCron('* * * 13 *', 'UTC')).toThrow(/month/);
    expect(() => parseCron('L * * * *', 'UTC')).toThrow(CronError);
    expect(() => parseCron('* * * * *', 'Mars/Olympus')).toThrow(/timezone/);
  });

  it('skips a local time that does not exist (spring forward, Europe/Berlin)', () => {
    // 2026-03-29 02:00 CET jumps to 03:00 CEST: 02:30 never happens that day.
    expect(fires('30 2 * * *', 'Europe/Berlin', '2026-03-27T12:00:00Z', 3)).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-30T00:30:00.000Z',
      '2026-03-31T00:30:00.000Z',
    ]);
  });

  it('fires twice at a local time that happens twice (fall back, Europe/Berlin)', () => {
    // 2026-10-25 03:00 CEST falls back to 02:00 CET: 02:30 happens at 00:30Z and 01:30Z.
    expect(fires('30 2 * * *', 'Europe/Berlin', '2026-10-24T12:00:00Z', 3)).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T01:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('keeps wall-clock time across DST for weekly schedules (America/New_York)', () => {
    expect(fires('0 3 * * 1', 'America/New_York', '2026-03-01T12:00:00Z', 2)).toEqual([
      '2026-03-02T08:00:00.000Z', // EST, UTC−5
      '2026-03-09T07:00:00.000Z', // EDT, UTC−4
    ]);
  });

  it('uses POSIX OR semantics when both day fields are restricted', () => {
    // The 13th of the month or any Friday.
    const got = fires('0 0 13 * 5', 'UTC', '2026-02-01T00:00:00Z', 4);
    expect(got).toEqual(['2026-02-06T00:00:00.000Z', '2026-02-13T00:00:00.000Z', '2026-02-20T00:00:00.000Z', '2026-02-27T00:00:00.000Z']);
  });

  it('finds rare dates (29 February) and handles half-hour zones', () => {
    expect(nextFire(parseCron('0 0 29 2 *', 'UTC'), new Date('2026-03-01T00:00:00Z'))?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(fires('0 9 * * *', 'Asia/Kolkata', '2026-01-01T00:00:00Z', 1)).toEqual(['2026-01-01T03:30:00.000Z']);
  });
});
