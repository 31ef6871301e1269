import { describe, expect, it } from 'vitest';
import { compileGrep, globToRegExp, memoryMountPath, memoryPathProblem, uniqueMountPaths } from '../../src/memory/index.js';
import { ancestorPaths, childKey, prefixUpperBound } from '../../src/store/memory/path-ranges.js';

describe('memory paths', () => {
  it('accepts valid paths and names the problem of invalid ones', () => {
    for (const ok of ['/a', '/a/b.md', '/projects/foo/notes.md', '/caf\u00e9', '/with space/ü', '/.hidden', '/a..b']) {
      expect(memoryPathProblem(ok), ok).toBeUndefined();
    }
    const cases: [string, RegExp][] = [
      ['a', /start with/],
      ['/', /empty segments/],
      ['/a/', /empty segments/],
      ['//a', /empty segments/],
      ['/a/./b', /"\." or "\.\."/],
      ['/..', /"\." or "\.\."/],
      ['/a\u0001', /control/],
      ['/a\u200d', /control or format/],
      ['/a\u2028', /U\+2028/],
      ['/\ud800', /control or format/],
      ['/cafe\u0301', /NFC/],
      [`/${'é'.repeat(512)}`, /1024 bytes/],
      [`/${Array.from({ length: 21 }, () => 'x').join('/')}`, /20 segments/],
    ];
    for (const [path, problem] of cases) expect(memoryPathProblem(path), JSON.stringify(path)).toMatch(problem);
  });

  it('computes byte-order ranges, ancestors and depth-1 keys', () => {
    expect(prefixUpperBound('/notes/')).toBe('/notes0');
    expect('/notes/zzz' < prefixUpperBound('/notes/')).toBe(true);
    expect('/notes-archive/a' < '/notes/').toBe(true);
    expect(ancestorPaths('/a/b/c.md')).toEqual(['/a', '/a/b']);
    expect(ancestorPaths('/a')).toEqual([]);
    expect(childKey('/', '/a/b/c.md')).toBe('/a/');
    expect(childKey('/a/', '/a/b.md')).toBe('/a/b.md');
  });

  it('mount paths slugify store names', () => {
    expect(memoryMountPath('Demo Memory')).toBe('/mnt/memory/demo-memory/');
    expect(memoryMountPath('  --Team__Notes!! 2026 ')).toBe('/mnt/memory/team-notes-2026/');
    expect(memoryMountPath('Ünïcödé')).toBe('/mnt/memory/n-c-d/');
    expect(memoryMountPath('日本語')).toBe('/mnt/memory/store/');
    expect(memoryMountPath('')).toBe('/mnt/memory/store/');
    expect(uniqueMountPaths(['Notes', 'notes', 'NOTES!'])).toEqual(['/mnt/memory/notes/', '/mnt/memory/notes-2/', '/mnt/memory/notes-3/']);
  });

  it('globs match whole paths with ** across directories and * within one', () => {
    const re = globToRegExp('/mnt/memory/**/*.md');
    expect(re.test('/mnt/memory/a.md')).toBe(true);
    expect(re.test('/mnt/memory/x/y/z.md')).toBe(true);
    expect(re.test('/mnt/memory/x/y/z.txt')).toBe(false);
    expect(globToRegExp('/a/*').test('/a/b/c')).toBe(false);
    expect(globToRegExp('/a/?.md').test('/a/b.md')).toBe(true);
    expect(globToRegExp('/a/*.{md,txt}').test('/a/b.txt')).toBe(true);
    expect(globToRegExp('/a/[bc].md').test('/a/c.md')).toBe(true);
    expect(globToRegExp('/a/(x)+.md').test('/a/(x)+.md')).toBe(true);
    expect(globToRegExp('/a/[unclosed').test('/a/[unclosed')).toBe(true);
  });

  it('grep falls back to a literal match on an invalid regex', () => {
    expect(compileGrep('a(b').test('xa(by')).toBe(true);
    expect(compileGrep('^ab+$').test('abbb')).toBe(true);
    expect(compileGrep('[').test('a[b')).toBe(true);
  });
});
