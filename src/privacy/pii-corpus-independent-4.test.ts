/**
 * @module privacy/pii-corpus-independent-4.test — the blind `independent4` generator: deterministic per
 * seed, enough instances of all nine types, exact offsets, and structurally valid values (Luhn-valid
 * cards, mod-97-valid IBANs, valid SSN ranges, parseable IP addresses). Never runs the detector.
 */
import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import {
  generateIndependent4Corpus,
  INDEPENDENT4_MIN_INSTANCES,
  INDEPENDENT4_SEEDS,
  type Independent4Entry,
} from './pii-corpus-independent-4.js';

/** Every type should have at least this many instances per seed (a coverage floor, not a target). */
const MIN_PER_TYPE = 50;
/** At least this share of documents carries no label at all (precision material). */
const MIN_NEGATIVE_DOC_SHARE = 0.04;



const corpora = new Map<number, Independent4Entry[]>(
  INDEPENDENT4_SEEDS.map((seed) => [seed, generateIndependent4Corpus({ seed })]),
);
const corpusOf = (seed: number): Independent4Entry[] => corpora.get(seed) ?? [];

describe('generateIndependent4Corpus', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const [a, b] = INDEPENDENT4_SEEDS;
    expect(generateIndependent4Corpus({ seed: a })).toEqual(corpusOf(a));
    expect(corpusOf(a)[0]?.text).not.toBe(corpusOf(b)[0]?.text);
  });

  it.each(INDEPENDENT4_SEEDS)('has at least 2,400 instances of all nine types and negative documents (seed %i)', (seed) => {
    const corpus = corpusOf(seed);
    const counts = new Map<string, number>();
    for (const e of corpus) for (const l of e.labels) counts.set(l.type, (counts.get(l.type) ?? 0) + 1);
    expect([...counts.values()].reduce((n, c) => n + c, 0)).toBeGreaterThanOrEqual(INDEPENDENT4_MIN_INSTANCES);
    expect(counts.size).toBe(9);
    for (const [type, n] of counts) expect(n, type).toBeGreaterThanOrEqual(MIN_PER_TYPE);
    const negatives = corpus.filter((e) => e.labels.length === 0).length;
    expect(negatives / corpus.length).toBeGreaterThanOrEqual(MIN_NEGATIVE_DOC_SHARE);
  });

  it.each(INDEPENDENT4_SEEDS)('labels exact, trimmed, non-overlapping spans (seed %i)', (seed) => {
    for (const e of corpusOf(seed)) {
      const sorted = [...e.labels].sort((x, y) => x.start - y.start);
      let end = 0;
      for (const l of sorted) {
        expect(l.start >= end && l.start < l.end && l.end <= e.text.length, `${l.type} span in ${e.text}`).toBe(true);
        expect(e.text.slice(l.start, l.end)).toBe(l.value);
        expect(l.value.trim()).toBe(l.value);
        end = l.end;
      }
    }
  });

  it.each(INDEPENDENT4_SEEDS)('generates structurally valid values (seed %i)', (seed) => {
    for (const e of corpusOf(seed)) {
      for (const l of e.labels) {
        const v = l.value;
        if (l.type === 'CARD') {
          const digits = v.replace(/[ -]/g, '');
          expect(digits, v).toMatch(/^\d{14,19}$/);
          expect(luhnValid(digits), `Luhn ${v}`).toBe(true);
        } else if (l.type === 'IBAN') {
          const compact = v.replace(/ /g, '');
          expect(compact, v).toMatch(/^[A-Z]{2}\d{2}[A-Z0-9]+$/);
          expect(compact.length, v).toBe(IBAN_LENGTHS[compact.slice(0, 2)]);
          expect(ibanMod97Valid(compact), `mod 97 ${v}`).toBe(true);
        } else if (l.type === 'NATIONAL_ID') {
          const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v);
          expect(m, v).not.toBeNull();
          const [area, group, serial] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
          expect(area > 0 && area !== 666 && area < 900 && group > 0 && serial > 0, v).toBe(true);
        } else if (l.type === 'IP') {
          expect(isIP(v), v).not.toBe(0);
        } else if (l.type === 'EMAIL') {
          expect(v, v).toMatch(/^[A-Za-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
        } else if (l.type === 'PHONE') {
          const digits = v.replace(/\D/g, '');
          expect(digits.length >= 8 && digits.length <= 15, v).toBe(true);
        }
      }
    }
  });

  it('covers IBANs printed and electronic, E.164 and national phones, IPv4 and IPv6, multi-line addresses', () => {
    const values = INDEPENDENT4_SEEDS.flatMap((s) => corpusOf(s).flatMap((e) => e.labels));
    const some = (type: string, test: (v: string) => boolean): boolean => values.some((l) => l.type === type && test(l.value));
    expect(some('IBAN', (v) => v.includes(' '))).toBe(true);
    expect(some('IBAN', (v) => !v.includes(' '))).toBe(true);
    expect(some('PHONE', (v) => /^\+\d{8,15}$/.test(v))).toBe(true);
    expect(some('PHONE', (v) => /^\+\d{1,3} /.test(v))).toBe(true);
    expect(some('PHONE', (v) => /^[0(]/.test(v))).toBe(true);
    expect(some('IP', (v) => isIP(v) === 6)).toBe(true);
    expect(some('ADDRESS', (v) => v.includes('\n'))).toBe(true);
    expect(some('PERSON', (v) => /[\u0400-\u04ff\u4e00-\u9fff\uac00-\ud7af\u0600-\u06ff]/.test(v))).toBe(true);
    expect(some('PERSON', (v) => /^[A-Z]\. /.test(v))).toBe(true);
    expect(some('PERSON', (v) => v === v.toLowerCase() && /[a-z]/.test(v))).toBe(true);
  });
});
