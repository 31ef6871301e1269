/** @module privacy/pii-corpus-independent-3.test — structure of the independent3 corpus: determinism, exact spans, checksums. */
import { describe, expect, it } from 'vitest';
import {
  generateIndependent3Corpus,
  ibanValid,
  INDEPENDENT3_MIN_INSTANCES,
  INDEPENDENT3_SEEDS,
  luhnValid,
} from './pii-corpus-independent-3.js';

/** The nine types the evaluation scores. */
const ALL_TYPES = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'NATIONAL_ID', 'IP', 'ADDRESS', 'DOB', 'PERSON'];

describe('generateIndependent3Corpus', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = generateIndependent3Corpus({ seed: 93_001 });
    expect(generateIndependent3Corpus({ seed: 93_001 })).toEqual(a);
    expect(generateIndependent3Corpus({ seed: 93_002 })[0]?.text).not.toBe(a[0]?.text);
  });

  it.each(INDEPENDENT3_SEEDS)('has exact, ordered, non-overlapping spans and every type (seed %i)', (seed) => {
    const corpus = generateIndependent3Corpus({ seed });
    const total = corpus.reduce((n, e) => n + e.labels.length, 0);
    expect(total).toBeGreaterThanOrEqual(INDEPENDENT3_MIN_INSTANCES);
    expect(new Set(corpus.flatMap((e) => e.labels.map((l) => l.type)))).toEqual(new Set(ALL_TYPES));
    for (const e of corpus) {
      let end = 0;
      for (const l of e.labels) {
        expect(l.start).toBeGreaterThanOrEqual(end);
        expect(l.end).toBeGreaterThan(l.start);
        expect(l.end).toBeLessThanOrEqual(e.text.length);
        expect(e.text.slice(l.start, l.end)).toBe(l.value);
        expect(l.value.trim()).toBe(l.value);
        end = l.end;
      }
    }
  });

  it.each(INDEPENDENT3_SEEDS)('writes valid cards, IBANs and SSNs (seed %i)', (seed) => {
    const labels = generateIndependent3Corpus({ seed }).flatMap((e) => e.labels);
    for (const l of labels.filter((x) => x.type === 'CARD')) {
      expect(luhnValid(l.value), l.value).toBe(true);
      expect(l.value.replace(/[\s-]/g, '')).toMatch(/^\d{14,19}$/);
    }
    for (const l of labels.filter((x) => x.type === 'IBAN')) expect(ibanValid(l.value), l.value).toBe(true);
    for (const l of labels.filter((x) => x.type === 'NATIONAL_ID')) {
      const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(l.value);
      expect(m, l.value).not.toBeNull();
      const [area, group, serial] = [m?.[1], m?.[2], m?.[3]];
      expect(area === '000' || area === '666' || (area ?? '9').startsWith('9') || group === '00' || serial === '0000', l.value).toBe(false);
    }
  });

  it('checksum helpers reject corrupted values', () => {
    expect(luhnValid('4111 1111 1111 1111')).toBe(true);
    expect(luhnValid('4111 1111 1111 1112')).toBe(false);
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('GB82 WEST 1234 5698 7654 33')).toBe(false);
  });

  it('passes the user’s own names as knownNames on some messages', () => {
    const corpus = generateIndependent3Corpus({ seed: 93_001 });
    expect(corpus.some((e) => e.knownNames.length > 0)).toBe(true);
  });
});
