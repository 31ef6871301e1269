/** @module test/dreaming/planted.test — acceptance: planted patterns found, few false issues, anomaly F1, no PII leak. */
import { describe, expect, it } from 'vitest';
import { generateSessions } from '../../src/dreaming/generate/index.js';
import { runDream, type DreamReport } from '../../src/dreaming/index.js';
import { scorePlanted, type PlantedScore } from './planted.js';
import { piiValuesOf } from './pii-values.js';

/** 5 seeds × 2,000 sessions = 10,000 sessions: the false-issue budget is one in total. */
const SEEDS = [1, 2, 3, 4, 5];
/** Scenarios cycle over the seeds so no threshold can fit one vocabulary. */
const SCENARIOS = ['customer-support', 'healthcare', 'finance'] as const;
const COUNT = 2000;

const results: Array<{ seed: number; score: PlantedScore; report: DreamReport; pii: string[] }> = [];

describe.each(SEEDS)('planted patterns, seed %i', (seed) => {
  it('finds every planted pattern with evidence in planted sessions', async () => {
    const scenario = SCENARIOS[(seed - 1) % SCENARIOS.length]!;
    const { sessions, truth } = generateSessions({ seed, count: COUNT, scenario });
    const startedAt = new Map(sessions.map((s) => [s.id, s.started_at]));
    const pii = piiValuesOf(sessions, new Set(truth.piiSessionIds));
    const logs: string[] = [];
    const report = await runDream({ sessions, secret: `test-secret-${seed}`, options: { seed, onProgress: (p) => logs.push(JSON.stringify(p)) } });
    const score = scorePlanted({ report, truth, startedAt });
    results.push({ seed, score, report, pii });
    console.log(`seed ${seed} (${scenario}): ${JSON.stringify({ patterns: Object.fromEntries(Object.entries(score.patterns).map(([k, v]) => [k, v.found])), falseIssues: score.falseIssues.map((i) => i.title), cpError: score.changePointErrorDays, anomalyF1: score.anomaly.f1.toFixed(3) })}`);
    // No raw PII value from the input anywhere in the output (report JSON incl. memory files) or the progress log.
    const out = JSON.stringify(report) + logs.join('\n');
    const leaked = pii.filter((v) => out.includes(v));
    expect(leaked).toEqual([]);
    expect(pii.length).toBeGreaterThan(50);
    expect(score.changePointErrorDays).not.toBeNull();
    expect(score.changePointErrorDays!).toBeLessThanOrEqual(1);
    expect(score.anomaly.f1).toBeGreaterThanOrEqual(0.8);
    for (const [name, p] of Object.entries(score.patterns)) expect({ name, ...p }).toMatchObject({ name, found: true });
  }, 60_000);
});

describe('planted patterns, all seeds', () => {
  it('reports at most one false issue per 10,000 sessions', () => {
    const total = results.reduce((a, r) => a + r.score.falseIssues.length, 0);
    expect(results.length).toBe(SEEDS.length);
    expect(total).toBeLessThanOrEqual((SEEDS.length * COUNT) / 10_000);
  });
});
