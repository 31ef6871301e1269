import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import type { PiiType } from './pii/types.js';
import {
  INDEPENDENT6_MIN_INSTANCES,
  INDEPENDENT6_SEEDS,
  generateIndependent6Corpus,
  type Independent6Entry,
} from './pii-corpus-independent-6.js';

const TYPES: readonly PiiType[] = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'NATIONAL_ID', 'IP', 'ADDRESS', 'DOB', 'PERSON'];



function ibanValid(raw: string): boolean {
  const s = raw.replace(/\s+/g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LENGTHS[s.slice(0, 2)] === s.length && ibanMod97Valid(s);
}

function ssnValid(raw: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(raw);
  if (!m) return false;
  const area = Number(m[1]);
  return area !== 0 && area !== 666 && area < 900 && m[2] !== '00' && m[3] !== '0000';
}

const cache = new Map<number, Independent6Entry[]>();
function corpus(seed: number): Independent6Entry[] {
  let c = cache.get(seed);
  if (!c) {
    c = generateIndependent6Corpus({ seed });
    cache.set(seed, c);
  }
  return c;
}

describe('independent PII corpus #6', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const [a, b] = INDEPENDENT6_SEEDS;
    expect(JSON.stringify(generateIndependent6Corpus({ seed: a }))).toBe(JSON.stringify(corpus(a)));
    expect(JSON.stringify(corpus(a))).not.toBe(JSON.stringify(corpus(b)));
  });

  it('honours minInstances', () => {
    const small = generateIndependent6Corpus({ seed: 1, minInstances: 100 });
    expect(small.reduce((s, e) => s + e.labels.length, 0)).toBeGreaterThanOrEqual(100);
  });

  for (const seed of INDEPENDENT6_SEEDS) {
    describe(`seed ${seed}`, () => {
      it('has enough labels of every type', () => {
        const counts = new Map<PiiType, number>();
        let total = 0;
        for (const e of corpus(seed)) {
          for (const l of e.labels) {
            counts.set(l.type, (counts.get(l.type) ?? 0) + 1);
            total++;
          }
        }
        expect(total).toBeGreaterThanOrEqual(INDEPENDENT6_MIN_INSTANCES);
        for (const t of TYPES) expect(counts.get(t) ?? 0, t).toBeGreaterThanOrEqual(50);
      });

      it('has exact, in-range, non-overlapping offsets', () => {
        for (const e of corpus(seed)) {
          const sorted = [...e.labels].sort((x, y) => x.start - y.start);
          let prevEnd = 0;
          for (const l of sorted) {
            expect(l.start).toBeGreaterThanOrEqual(0);
            expect(l.end).toBeLessThanOrEqual(e.text.length);
            expect(l.end).toBeGreaterThan(l.start);
            expect(e.text.slice(l.start, l.end)).toBe(l.value);
            expect(l.value.trim()).toBe(l.value);
            expect(l.start).toBeGreaterThanOrEqual(prevEnd);
            prevEnd = l.end;
          }
        }
      });

      it('has valid cards, IBANs, SSNs and IPs', () => {
        for (const e of corpus(seed)) {
          for (const l of e.labels) {
            if (l.type === 'CARD') {
              const digits = l.value.replace(/[ -]/g, '');
              expect(digits, l.value).toMatch(/^\d+$/);
              expect([14, 15, 16, 19]).toContain(digits.length);
              expect(luhnValid(digits), l.value).toBe(true);
              expect(digits, l.value).toMatch(/^(4|5[1-5]|2[2-7]|3[47]|3[068]|6011|64[4-9]|65|35|62)/);
            } else if (l.type === 'IBAN') {
              expect(ibanValid(l.value), l.value).toBe(true);
            } else if (l.type === 'NATIONAL_ID') {
              expect(ssnValid(l.value), l.value).toBe(true);
            } else if (l.type === 'IP') {
              expect(isIP(l.value), l.value).not.toBe(0);
            }
          }
        }
      });

      it('has enough wholly negative documents and some known names', () => {
        const docs = corpus(seed);
        const negative = docs.filter((e) => e.labels.length === 0).length;
        expect(negative / docs.length).toBeGreaterThanOrEqual(0.04);
        const withKnown = docs.filter((e) => e.knownNames.length > 0).length;
        expect(withKnown / docs.length).toBeGreaterThan(0.08);
        for (const e of docs) for (const n of e.knownNames) expect(n.length).toBeGreaterThan(0);
      });
    });
  }

  it('generates quickly', () => {
    const t0 = performance.now();
    generateIndependent6Corpus({ seed: 424_242 });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
