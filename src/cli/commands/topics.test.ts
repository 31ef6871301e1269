/** @module cli/commands/topics.test — `reverie topics`: JSON output, invalid lines, usage errors. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './topics.js';

function capture(): { io: { stdout: { write(s: string): boolean }; stderr: { write(s: string): boolean } }; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (s: string) => ((out += s), true) },
      stderr: { write: (s: string) => ((err += s), true) },
    },
    out: () => out,
    err: () => err,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'reverie-topics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = [
  '{"text": "my card has not arrived"}',
  '{"text": "card still not delivered"}',
  'not json',
  '{"body": "wrong field"}',
  '{"text": "where is my refund"}',
  '',
  '{"text": "refund not credited yet"}',
];
const file = join(dir, 'texts.jsonl');
writeFileSync(file, `${lines.join('\n')}\n`);

describe('reverie topics', () => {
  it('prints clusters and per-line assignments as JSON, skipping invalid lines with their numbers', async () => {
    const c = capture();
    expect(await run(['--file', file, '--k', '2', '--json'], c.io)).toBe(0);
    const parsed = JSON.parse(c.out()) as {
      clusters: Array<{ id: number; label: string; terms: string[]; size: number; members: number[] }>;
      assignments: Array<number | null>;
    };
    expect(parsed.assignments).toHaveLength(7);
    expect(parsed.assignments[2]).toBeNull();
    expect(parsed.assignments[3]).toBeNull();
    expect(parsed.assignments[5]).toBeNull();
    expect(parsed.assignments[0]).toBe(parsed.assignments[1]);
    expect(parsed.assignments[4]).toBe(parsed.assignments[6]);
    expect(parsed.assignments[0]).not.toBe(parsed.assignments[4]);
    expect(parsed.clusters.flatMap((cl) => cl.members).sort()).toEqual([0, 1, 4, 6]);
    expect(c.err()).toMatch(/line 3: invalid JSON/);
    expect(c.err()).toMatch(/line 4: no string field "text"/);
  });

  it('prints a readable table without --json', async () => {
    const c = capture();
    expect(await run(['--file', file, '--k', '2'], c.io)).toBe(0);
    expect(c.out()).toMatch(/2 topics over 4 texts/);
    expect(c.out()).toMatch(/id\s+size\s+label\s+example/);
  });

  it('reads another field with --field', async () => {
    const other = join(dir, 'other.jsonl');
    writeFileSync(other, '{"q": "lost card"}\n{"q": "stolen card"}\n');
    const c = capture();
    expect(await run(['--file', other, '--field', 'q', '--json'], c.io)).toBe(0);
    expect((JSON.parse(c.out()) as { assignments: number[] }).assignments).toHaveLength(2);
  });

  it('exits 2 with a clear message on bad flags or a missing file', async () => {
    for (const argv of [['--nope'], [], ['--file', file, '--k', 'zero'], ['--file', file, '--method', 'x']]) {
      const c = capture();
      expect(await run(argv, c.io)).toBe(2);
      expect(c.err()).toMatch(/reverie topics: .+\nusage:/);
    }
    const c = capture();
    expect(await run(['--file', join(dir, 'missing.jsonl')], c.io)).toBe(2);
    expect(c.err()).toMatch(/cannot read .*missing\.jsonl: no such file/);
  });
});
