/** @module test/dreaming/cli.test — `reverie dream --file` end to end through `run()`. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/dream.js';
import { generateSessions } from '../../src/dreaming/generate/index.js';

function io(): { out: string[]; err: () => string; sinks: Parameters<typeof run>[1] } {
  const out: string[] = [];
  const errStream = new PassThrough();
  const chunks: Buffer[] = [];
  errStream.on('data', (c: Buffer) => chunks.push(c));
  return { out, err: () => Buffer.concat(chunks).toString('utf8'), sinks: { stdout: (t) => out.push(t), stderr: errStream, env: { REVERIE_SECRET: 'cli-test' } } };
}

const dir = mkdtempSync(join(tmpdir(), 'reverie-dream-'));
const file = join(dir, 'sessions.jsonl');
const { sessions } = generateSessions({ seed: 11, count: 400 });
writeFileSync(file, [...sessions.map((s) => JSON.stringify(s)), '{not json', JSON.stringify({ id: 'x' })].join('\n') + '\n');

describe('reverie dream --file', () => {
  it('prints a readable report and reports invalid lines by number', async () => {
    const t = io();
    const code = await run(['--file', file, '--quiet'], t.sinks);
    expect(code).toBe(0);
    const text = t.out.join('');
    expect(text).toMatch(/Sessions: 402 read, \d+ skipped, \d+ analysed/);
    expect(text).toContain('line 401: invalid json');
    expect(text).toContain('line 402: invalid record');
    expect(text).toMatch(/Stages\n\s+collect/);
  });

  it('prints the full JSON report with --json and applies --since/--agent', async () => {
    const t = io();
    const code = await run(['--file', file, '--json', '--since', '2026-01-15', '--agent', sessions[0]!.agent!], t.sinks);
    expect(code).toBe(0);
    const report = JSON.parse(t.out.join('')) as { counts: { analysed: number }; explain: { skipped: { by_reason: Record<string, number> } }; window: { first_day: string } };
    expect(report.window.first_day >= '2026-01-15').toBe(true);
    expect(report.explain.skipped.by_reason['before_since']).toBeGreaterThan(0);
    expect(t.err()).toContain('collect');
  });

  it('exits 2 with a clear message on bad flags or a missing file', async () => {
    for (const argv of [[], ['--file', join(dir, 'nope.jsonl')], ['--file', file, '--bogus'], ['--file', file, '--since', 'yesterday-ish'], ['--file', file, '--cap', '0']]) {
      const t = io();
      expect(await run(argv, t.sinks)).toBe(2);
      expect(t.err()).toMatch(/reverie dream: .+\n\nUsage: reverie dream/);
    }
  });
});
