import { describe, expect, it } from 'vitest';
import { VersionCache } from './version-cache.js';

const stored = (name: string) => ({ config: JSON.stringify({ name, tools: [{ type: 't' }], metadata: { a: '1' } }), created_at: '2026-01-01T00:00:00.000Z' });

describe('VersionCache', () => {
  it('parses a version once and serves the same frozen value afterwards', () => {
    const cache = new VersionCache();
    expect(cache.get('agent_a', 1)).toBeUndefined();
    const first = cache.remember('agent_a', 1, stored('A'));
    expect(first.config).toEqual({ name: 'A', tools: [{ type: 't' }], metadata: { a: '1' } });
    expect(first.created_at).toBe('2026-01-01T00:00:00.000Z');
    expect(cache.remember('agent_a', 1, stored('ignored: versions are immutable'))).toBe(first);
    expect(cache.get('agent_a', 1)).toBe(first);
    expect(cache.get('agent_a', 2)).toBeUndefined();
    expect(Object.isFrozen(first.config)).toBe(true);
    expect(Object.isFrozen((first.config['tools'] as unknown[])[0])).toBe(true);
    expect(() => {
      (first.config['metadata'] as Record<string, string>)['a'] = 'changed';
    }).toThrow(TypeError);
  });

  it('drops the oldest versions beyond its bound', () => {
    const cache = new VersionCache();
    const many = 5_000;
    for (let v = 1; v <= many; v++) cache.remember('agent_a', v, stored(`v${v}`));
    expect(cache.get('agent_a', 1)).toBeUndefined();
    expect(cache.get('agent_a', many)?.config['name']).toBe(`v${many}`);
  });
});
