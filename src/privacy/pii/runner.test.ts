/** @module privacy/pii/runner.test — merging overlapping spans and type filtering. */
import { describe, expect, it } from 'vitest';
import { detectPii, mergeSpans } from './runner.js';
import type { PiiSpan } from './types.js';

const s = (type: PiiSpan['type'], start: number, end: number): PiiSpan => ({ type, start, end, value: '' });

describe('mergeSpans', () => {
  it('prefers structured types over names even when the name is longer', () => {
    expect(mergeSpans([s('PERSON', 0, 20), s('ADDRESS', 5, 15)])).toEqual([s('ADDRESS', 5, 15)]);
  });
  it('prefers the longer span among structured types, then the more specific type', () => {
    expect(mergeSpans([s('PHONE', 0, 10), s('CARD', 0, 19)])).toEqual([s('CARD', 0, 19)]);
    expect(mergeSpans([s('PHONE', 0, 11), s('NATIONAL_ID', 0, 11)])).toEqual([s('NATIONAL_ID', 0, 11)]);
  });
  it('keeps disjoint spans in text order', () => {
    expect(mergeSpans([s('EMAIL', 30, 40), s('PHONE', 0, 10)])).toEqual([s('PHONE', 0, 10), s('EMAIL', 30, 40)]);
  });
});

describe('detectPii', () => {
  it('finds several types in one message and honours `types`', () => {
    const text = 'I am Dr. Okafor, mail okafor@example.org or call +44 20 7946 0958.';
    expect(detectPii(text).map((x) => x.type)).toEqual(['PERSON', 'EMAIL', 'PHONE']);
    expect(detectPii(text, { types: ['PHONE'] }).map((x) => x.type)).toEqual(['PHONE']);
  });
  it('returns nothing for text without PII', () => {
    expect(detectPii('The app crashes when I open settings, version 4.2.1, order #48213911.')).toEqual([]);
  });
});
