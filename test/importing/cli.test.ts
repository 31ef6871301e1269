/** @module test/importing/cli — `reverie import` against a temporary SQLite data directory. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type ImportCliIo } from '../../src/cli/commands/import.js';
import { writeSessionsJsonl } from '../../src/dreaming/generate/index.js';
import { openBackend } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'reverie-import-cli-'));
const dataDir = join(dir, 'data');

function io(): ImportCliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stderr = new PassThrough();
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { stdout: (t) => void (out += t), stderr, env: { REVERIE_DATA_DIR: dataDir }, out: () => out, err: () => err };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reverie import (CLI)', () => {
  it('cli: imports a file, then re-import reports duplicates (--json)', async () => {
    const file = join(dir, 'sessions.jsonl');
    await writeSessionsJsonl(file, { seed: 5, count: 25 });
    const first = io();
    expect(await run([file, '--json'], first)).toBe(0);
    const s1 = JSON.parse(first.out()) as { imported: number; duplicates: number; format: string };
    expect(s1).toMatchObject({ imported: 25, duplicates: 0, format: 'reverie' });

    const second = io();
    expect(await run([file, '--format', 'reverie'], second)).toBe(0);
    expect(second.out()).toContain('Imported 0 sessions');
    expect(second.out()).toContain('duplicates: 25');

    const backend = await openBackend({ dataDir });
    try {
      const page = await backend.sessions().list({ limit: 100, order: 'asc' });
      expect(page.items).toHaveLength(25);
    } finally {
      await backend.close();
    }
  });

  it('cli: skipped lines are summarised per reason with line numbers; plain progress off a TTY', async () => {
    const file = join(dir, 'mixed.jsonl');
    const ok = (t: string) => JSON.stringify({ id: `a-${t}`, messages: [{ role: 'user', content: t }], system: 'x' });
    writeFileSync(file, [ok('1'), 'not json', ok('2'), '{"messages":"nope","system":"x"}', ''].join('\n'));
    const c = io();
    expect(await run([file, '--agent', 'cli-agent'], c)).toBe(0);
    const text = c.out();
    expect(text).toContain('Imported 2 sessions');
    expect(text).toContain('format: anthropic');
    expect(text).toMatch(/invalid_json: 1 \(line 2\)/);
    expect(text).toMatch(/invalid_record: 1 \(line 4\)/);
  });

  it('cli: a progress bar on a terminal, nothing on stderr with --quiet', async () => {
    const file = join(dir, 'bar.jsonl');
    await writeSessionsJsonl(file, { seed: 6, count: 600 });
    const tty = io();
    Object.assign(tty.stderr, { isTTY: true, columns: 120 });
    expect(await run([file, '--agent', 'bar-agent'], tty)).toBe(0);
    expect(tty.err()).toContain('importing');
    expect(tty.out()).toContain('Imported 600 sessions');
    const quiet = io();
    expect(await run([file, '--quiet'], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
    expect(quiet.out()).toContain('duplicates: 600');
  });

  it('cli: bad flags, a missing file and an unknown format exit 2 naming the problem', async () => {
    const a = io();
    expect(await run([], a)).toBe(2);
    expect(a.err()).toContain('missing the file');
    const b = io();
    expect(await run([join(dir, 'nope.jsonl')], b)).toBe(2);
    expect(b.err()).toContain('file not found');
    const c = io();
    const file = join(dir, 'empty.jsonl');
    writeFileSync(file, '');
    expect(await run([file, '--format', 'csv'], c)).toBe(2);
    expect(c.err()).toContain('unknown format "csv"');
    const d = io();
    expect(await run([file, '--bogus'], d)).toBe(2);
    expect(d.err()).toContain('--bogus');
  });
});
