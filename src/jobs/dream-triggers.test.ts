import { describe, expect, it } from 'vitest';
import { dreamingConfigSchema, type DreamingConfig } from './dreaming-config.js';
import {
  ADAPTIVE_MAX_FACTOR,
  ADAPTIVE_MIN_FACTOR,
  decideDream,
  INITIAL_SCHEDULE_STATE,
  nextAdaptiveFactor,
  type ScheduleState,
} from './dream-triggers.js';

const config = (over: Record<string, unknown>): DreamingConfig => dreamingConfigSchema.parse({ enable_dreaming: true, ...over });

/** Ticks a simulated scheduler every `stepMin` minutes from `from` to `to`; returns when it dreamt. */
function simulate({
  cfg,
  from,
  to,
  stepMin = 5,
  changeScore = () => 0.3,
}: {
  cfg: DreamingConfig;
  from: string;
  to: string;
  stepMin?: number;
  changeScore?: (i: number) => number;
}): string[] {
  let state: ScheduleState = INITIAL_SCHEDULE_STATE;
  const dreams: string[] = [];
  for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += stepMin * 60_000) {
    const now = new Date(t);
    const d = decideDream({ now, config: cfg, state, endedSinceLastDream: 0, metrics: {} });
    state = d.state;
    if (d.due) {
      dreams.push(now.toISOString());
      state = { ...state, lastDreamAt: now.toISOString(), adaptiveFactor: nextAdaptiveFactor(state.adaptiveFactor, changeScore(dreams.length)) };
    }
  }
  return dreams;
}

describe('dreaming scheduler', () => {
  it('daily schedules in a non-UTC zone fire at local 03:00 across the spring DST change', () => {
    const dreams = simulate({ cfg: config({ dreaming_schedule: 'daily', timezone: 'Europe/Berlin' }), from: '2026-03-27T12:00:00Z', to: '2026-03-31T00:00:00Z' });
    // 03:00 CET = 02:00Z until 29 March; 03:00 CEST = 01:00Z from 29 March (03:00 exists that day).
    expect(dreams).toEqual(['2026-03-28T02:00:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-30T01:00:00.000Z']);
  });

  it('weekly schedules fire on Monday 03:00 local across the autumn DST change', () => {
    const dreams = simulate({ cfg: config({ dreaming_schedule: 'weekly', timezone: 'America/New_York' }), from: '2026-10-26T00:00:00Z', to: '2026-11-10T00:00:00Z', stepMin: 15 });
    expect(dreams).toEqual(['2026-10-26T07:00:00.000Z', '2026-11-02T08:00:00.000Z', '2026-11-09T08:00:00.000Z']);
  });

  it('cron schedules with their own zone fire at each literal wall-clock match, twice in a repeated hour', () => {
    const dreams = simulate({ cfg: config({ dreaming_schedule: '30 2 * * * Europe/Berlin' }), from: '2026-10-24T12:00:00Z', to: '2026-10-26T12:00:00Z' });
    expect(dreams).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });

  it('manual schedules never fire on their own; disabled dreaming never fires', () => {
    expect(simulate({ cfg: config({ dreaming_schedule: 'manual' }), from: '2026-01-01T00:00:00Z', to: '2026-01-03T00:00:00Z' })).toEqual([]);
    expect(simulate({ cfg: config({ enable_dreaming: false, dreaming_schedule: 'hourly' }), from: '2026-01-01T00:00:00Z', to: '2026-01-01T05:00:00Z' })).toEqual([]);
  });

  it('an N-new-sessions trigger fires once per N ended sessions', () => {
    const cfg = config({ dreaming_schedule: 'manual', triggers: { new_sessions: 10 } });
    let state = INITIAL_SCHEDULE_STATE;
    let since = 0;
    let fired = 0;
    for (let ended = 1; ended <= 35; ended++) {
      since++;
      const d = decideDream({ now: new Date(Date.UTC(2026, 0, 1, 0, ended)), config: cfg, state, endedSinceLastDream: since, metrics: {} });
      state = d.state;
      if (d.due) {
        expect(d.reasons).toEqual(['new_sessions']);
        fired++;
        since = 0;
      }
    }
    expect(fired).toBe(3);
  });

  it('a metric threshold fires when crossed, not on every tick while it stays crossed', () => {
    const cfg = config({ dreaming_schedule: 'manual', triggers: { metric_thresholds: [{ metric: 'escalation_rate', op: '>', value: 0.2 }] } });
    let state = INITIAL_SCHEDULE_STATE;
    const series = [0.1, 0.25, 0.3, 0.26, 0.1, 0.4];
    const fired = series.map((value, i) => {
      const d = decideDream({ now: new Date(Date.UTC(2026, 0, 1, i)), config: cfg, state, endedSinceLastDream: 0, metrics: { escalation_rate: value } });
      state = d.state;
      return d.due;
    });
    expect(fired).toEqual([false, true, false, false, false, true]);
  });

  it('adaptive schedules dream sooner after change, later after none, within their bounds', () => {
    const cfg = config({ dreaming_schedule: 'hourly', adaptive: true });
    const busy = simulate({ cfg, from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z', changeScore: () => 0.9 });
    const quiet = simulate({ cfg, from: '2026-01-01T00:00:00Z', to: '2026-01-03T00:00:00Z', changeScore: () => 0 });
    const gaps = (ds: string[]) => ds.slice(1).map((d, i) => (new Date(d).getTime() - new Date(ds[i]!).getTime()) / 60_000);
    const busyGaps = gaps(busy);
    const quietGaps = gaps(quiet);
    expect(Math.min(...busyGaps)).toBeGreaterThanOrEqual(60 * ADAPTIVE_MIN_FACTOR);
    expect(busyGaps.at(-1)).toBe(60 * ADAPTIVE_MIN_FACTOR);
    expect(Math.max(...quietGaps)).toBeLessThanOrEqual(60 * ADAPTIVE_MAX_FACTOR);
    expect(quietGaps.at(-1)).toBe(60 * ADAPTIVE_MAX_FACTOR);
    expect(busy.length).toBeGreaterThan(quiet.length);
  });

  it('rejects unusable configurations with the reason', () => {
    expect(dreamingConfigSchema.safeParse({ dreaming_schedule: 'sometimes' }).success).toBe(false);
    expect(dreamingConfigSchema.safeParse({ dreaming_schedule: '0 3 * * * Nowhere/Land' }).success).toBe(false);
    expect(dreamingConfigSchema.safeParse({ timezone: 'Nowhere/Land' }).success).toBe(false);
    expect(dreamingConfigSchema.safeParse({ policy: 'sometimes' }).success).toBe(false);
    const ok = dreamingConfigSchema.parse({});
    expect(ok).toMatchObject({ enable_dreaming: false, dreaming_schedule: 'daily', policy: 'review', session_storage: { enabled: true, retention_period_days: 90 } });
  });
});
