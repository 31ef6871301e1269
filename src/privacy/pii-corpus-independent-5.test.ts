/**
 * @module privacy/pii-corpus-independent-5.test
 *
 * Checks the blind corpus no. 5 on its own terms — determinism, size, per-type counts, exact offsets and
 * the validity of every checksummed value. It never runs a detector.
 */
import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiType } from './pii/types.js';
import {
  generateIndependent5Corpus,
  INDEPENDENT5_MIN_INSTANCES,
  INDEPENDENT5_SEEDS,
  type Independent5Entry,
} from './pii-corpus-independent-5.js';

const TYPES: readonly PiiType[] = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'NATIONAL_ID', 'IP', 'ADDRESS', 'DOB', 'PERSON'];
/** Floor on instances of every type per seed, so each type's recall is measurable. */
const MIN_PER_TYPE = 50;
/** Floor on the share of documents with no labels, so precision on clean text is measurable. */
const MIN_NEGATIVE_SHARE = 0.04;
/** Valid card lengths of the networks used (Amex 15, Diners 14, most 16, some Visa/UnionPay/Maestro 19). */
const CARD_LENGTHS = new Set([14, 15, 16, 19]);

const corpora = new Map<number, Independent5Entry[]>(
  INDEPENDENT5_SEEDS.map((seed) => [seed, generateIndependent5Corpus({ seed })]),
);
const corpus = (seed: number): Independent5Entry[] => corpora.get(seed) ?? [];
const labelsOf = (seed: number, type: PiiType) => corpus(seed).flatMap((e) => e.labels.filter((l) => l.type === type));



describe('independent PII corpus no. 5 (blind)', () => {
  it('is deterministic per seed and differs between seeds', () => {
    for (const seed of INDEPENDENT5_SEEDS) {
      expect(generateIndependent5Corpus({ seed })).toEqual(corpus(seed));
    }
    const [a, b, c] = INDEPENDENT5_SEEDS.map((s) => JSON.stringify(corpus(s)));
    expect(a).not.toBe(b);
    expect(b).not.toBe(c);
    expect(a).not.toBe(c);
  });

  it('honours minInstances', () => {
    const small = generateIndependent5Corpus({ seed: 1, minInstances: 100 });
    const count = small.reduce((s, e) => s + e.labels.length, 0);
    expect(count).toBeGreaterThanOrEqual(100);
    expect(count).toBeLessThan(INDEPENDENT5_MIN_INSTANCES);
  });

  it.each(INDEPENDENT5_SEEDS)('seed %i has enough labels overall and per type', (seed) => {
    const total = corpus(seed).reduce((s, e) => s + e.labels.length, 0);
    expect(total).toBeGreaterThanOrEqual(INDEPENDENT5_MIN_INSTANCES);
    for (const type of TYPES) expect(labelsOf(seed, type).length, type).toBeGreaterThanOrEqual(MIN_PER_TYPE);
  });

  it.each(INDEPENDENT5_SEEDS)('seed %i labels are exact, in range and non-overlapping', (seed) => {
    for (const entry of corpus(seed)) {
      let lastEnd = 0;
      const sorted = [...entry.labels].sort((x, y) => x.start - y.start);
      for (const l of sorted) {
        expect(l.start).toBeGreaterThanOrEqual(0);
        expect(l.end).toBeGreaterThan(l.start);
        expect(l.end).toBeLessThanOrEqual(entry.text.length);
        expect(entry.text.slice(l.start, l.end)).toBe(l.value);
        expect(l.value.trim()).toBe(l.value);
        expect(l.start).toBeGreaterThanOrEqual(lastEnd);
        lastEnd = l.end;
      }
    }
  });

  it.each(INDEPENDENT5_SEEDS)('seed %i documents contain no template accidents', (seed) => {
    for (const entry of corpus(seed)) expect(entry.text).not.toMatch(/\[object Object\]|undefined|NaN/);
  });

  it.each(INDEPENDENT5_SEEDS)('seed %i card labels are Luhn-valid with known lengths and prefixes', (seed) => {
    for (const l of labelsOf(seed, 'CARD')) {
      const digits = l.value.replace(/[ -]/g, '');
      expect(digits, l.value).toMatch(/^\d+$/);
      expect(CARD_LENGTHS.has(digits.length), l.value).toBe(true);
      expect(luhnValid(digits), l.value).toBe(true);
      expect(digits, l.value).toMatch(/^(4|5[1-5]|2[2-7]|3[47]|3[068]|35|6011|64[4-9]|65|62|6759|50|6304)/);
    }
  });

  it.each(INDEPENDENT5_SEEDS)('seed %i IBAN labels are mod-97 valid with registry lengths', (seed) => {
    for (const l of labelsOf(seed, 'IBAN')) {
      const compact = l.value.replace(/ /g, '');
      expect(compact, l.value).toMatch(/^[A-Z]{2}\d{2}[A-Z0-9]+$/);
      expect(compact.length, l.value).toBe(IBAN_LENGTHS[compact.slice(0, 2)]);
      expect(ibanMod97Valid(compact), l.value).toBe(true);
    }
  });

  it.each(INDEPENDENT5_SEEDS)('seed %i SSN labels are in valid ranges', (seed) => {
    for (const l of labelsOf(seed, 'NATIONAL_ID')) {
      const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(l.value);
      expect(m, l.value).not.toBeNull();
      const [, area, group, serial] = m ?? [];
      expect(area === '000' || area === '666' || (area ?? '9').startsWith('9'), l.value).toBe(false);
      expect(group, l.value).not.toBe('00');
      expect(serial, l.value).not.toBe('0000');
    }
  });

  it.each(INDEPENDENT5_SEEDS)('seed %i IP labels parse, and every IPv4 literal in the text is labelled', (seed) => {
    for (const l of labelsOf(seed, 'IP')) expect(isIP(l.value), l.value).not.toBe(0);
    for (const entry of corpus(seed)) {
      for (const m of entry.text.matchAll(/(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)/g)) {
        if (isIP(m[0]) === 0) continue;
        const start = m.index ?? 0;
        const covered = entry.labels.some((l) => l.type === 'IP' && l.start <= start && l.end >= start + m[0].length);
        expect(covered, m[0]).toBe(true);
      }
    }
  });

  it.each(INDEPENDENT5_SEEDS)('seed %i labels every e-mail-shaped string as EMAIL', (seed) => {
    for (const entry of corpus(seed)) {
      for (const m of entry.text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) {
        const start = m.index ?? 0;
        const covered = entry.labels.some((l) => l.type === 'EMAIL' && l.start <= start && l.end >= start + m[0].length);
        expect(covered, m[0]).toBe(true);
      }
    }
  });

  it.each(INDEPENDENT5_SEEDS)('seed %i has at least 4 %% wholly negative documents and some knownNames', (seed) => {
    const docs = corpus(seed);
    const negatives = docs.filter((e) => e.labels.length === 0).length;
    expect(negatives / docs.length).toBeGreaterThanOrEqual(MIN_NEGATIVE_SHARE);
    const withKnown = docs.filter((e) => e.knownNames.length > 0);
    expect(withKnown.length).toBeGreaterThan(0);
    for (const e of withKnown) expect(e.labels.some((l) => l.type === 'PERSON')).toBe(true);
  });

  it('generates a seed quickly', () => {
    const t0 = performance.now();
    generateIndependent5Corpus({ seed: INDEPENDENT5_SEEDS[0] });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
