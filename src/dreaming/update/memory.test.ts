/** @module dreaming/update/memory.test — consolidation loses nothing silently. */
import { describe, expect, it } from 'vitest';
import { consolidateMemories, type MemoryFile } from './memory.js';

function nonBlankLines(files: readonly MemoryFile[]): number {
  return files.reduce((a, f) => a + f.content.split('\n').filter((l) => l.trim() !== '').length, 0);
}

describe('consolidateMemories', () => {
  const files: MemoryFile[] = [
    {
      path: '/a.md',
      updated_at: '2026-01-01T00:00:00Z',
      content: '# Notes\n- timezone: Europe/Paris\n- Always confirm the order number before refunding.\n- Prefers email contact\n',
    },
    {
      path: '/b.md',
      updated_at: '2026-01-10T00:00:00Z',
      content: '- timezone: America/New_York\n- Always confirm the order number before a refund.\n- prefers email contact.\n- Unrelated line about shipping times\n',
    },
  ];
  const r = consolidateMemories({ files, now: '2026-01-11T00:00:00Z' });

  it('accounts for every input line exactly once', () => {
    expect(r.log.length).toBe(nonBlankLines(files));
    const keys = new Set(r.log.map((l) => `${l.path}:${l.line}`));
    expect(keys.size).toBe(r.log.length);
  });

  it('supersedes facts by the latest and keeps the old value in History', () => {
    const a = r.files.find((f) => f.path === '/a.md')!.content;
    const b = r.files.find((f) => f.path === '/b.md')!.content;
    expect(a).not.toContain('timezone: Europe/Paris\n');
    expect(b).toContain('timezone: America/New_York');
    expect(b).toMatch(/## History\n- timezone: Europe\/Paris \(superseded 2026-01-10; was \/a\.md:2\)/);
    expect(r.log.find((l) => l.path === '/a.md' && l.line === 2)).toMatchObject({ action: 'superseded', into: { path: '/b.md', line: 1 } });
  });

  it('merges exact and near duplicates into the newest with a pointer', () => {
    const b = r.files.find((f) => f.path === '/b.md')!.content;
    expect(b).toContain('prefers email contact. <!-- merged: /a.md:4 -->');
    expect(b).toContain('before a refund. <!-- merged: /a.md:3 -->');
    expect(r.counts).toEqual({ kept: 5, merged: 2, superseded: 1 });
    expect(b).toContain('Unrelated line about shipping times');
  });

  it('is idempotent on its own output', () => {
    const again = consolidateMemories({ files: r.files, now: '2026-01-12T00:00:00Z' });
    expect(again.counts.merged + again.counts.superseded).toBe(0);
    expect(again.files.map((f) => f.content)).toEqual(r.files.map((f) => f.content));
  });
});
