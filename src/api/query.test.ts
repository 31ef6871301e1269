import { describe, expect, it } from 'vitest';
import { parseQuery } from './query.js';

describe('parseQuery', () => {
  it('reads the same pairs as URL.searchParams, fragments and encodings included', () => {
    for (const url of [
      'http://x/v1/agents',
      'http://x/v1/agents?',
      'http://x/v1/agents?limit=20&page=',
      'http://x/v1/s?statuses%5B%5D=idle&statuses[]=running&q=a+b%20c',
      'http://x/v1/agents?limit=5#frag?limit=9',
      'http://x/v1/agents#frag?limit=9',
    ]) {
      const expected: Record<string, string | string[]> = {};
      for (const [rawKey, value] of new URL(url).searchParams) {
        const key = rawKey.endsWith('[]') ? rawKey.slice(0, -2) : rawKey;
        const existing = expected[key];
        expected[key] = existing === undefined ? (rawKey.endsWith('[]') ? [value] : value) : [...[existing].flat(), value];
      }
      expect(parseQuery(url), url).toEqual(expected);
    }
  });
});
