/**
 * @module test/support/pii-blind-checks — structural checks shared by the tests of the blind PII splits.
 */
import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { PiiType } from '../../src/privacy/pii/types.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from '../../src/privacy/pii-corpus-checks.js';
import type { PiiCorpusEntry, PiiLabel } from '../../src/privacy/pii-corpus.js';

const TYPES: readonly PiiType[] = ['EMAIL', 'PHONE', 'CARD', 'IBAN', 'NATIONAL_ID', 'IP', 'ADDRESS', 'DOB', 'PERSON'];

function cardShapeOk(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  if (d.startsWith('4')) return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // Amex
  if (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) return n === 16 || n === 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if (p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) return n === 14; // Diners
  if (p2 === 62) return n >= 16 && n <= 19; // UnionPay
  return false;
}

function ssnOk(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v);
  if (!m) return false;
  const area = Number(m[1]);
  return area !== 0 && area !== 666 && area < 900 && m[3] !== '00' && m[4] !== '0000';
}

/** One labelled entry of a blind split: its labels carry their text. */
type BlindEntry = PiiCorpusEntry & { readonly labels: ReadonlyArray<PiiLabel & { readonly value: string }> };

/** What a blind split exports. */
export interface BlindCorpusSpec {
  /** Its number ("independent7" → 7). */
  readonly number: number;
  readonly seeds: readonly number[];
  readonly minInstances: number;
  readonly generate: (opts: { seed?: number; minInstances?: number }) => BlindEntry[];
}

/**
 * The structural checks every blind split passes (determinism, size, exact offsets, valid checksummed
 * values, negatives and known names), shared by the blind splits' tests. The splits themselves are
 * written independently on purpose; only these checks are common.
 */
export function describeBlindCorpus(spec: BlindCorpusSpec): void {
  const cache = new Map<number, BlindEntry[]>();
  function corpus(seed: number): BlindEntry[] {
    let c = cache.get(seed);
    if (!c) {
      c = spec.generate({ seed });
      cache.set(seed, c);
    }
    return c;
  }

  describe(`independent PII corpus #${spec.number}`, () => {
    it('is deterministic per seed and differs between seeds', () => {
      const a = spec.generate({ seed: spec.seeds[0] });
      const b = spec.generate({ seed: spec.seeds[0] });
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      const c = spec.generate({ seed: spec.seeds[1] });
      expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
    });

    it('honours minInstances', () => {
      const small = spec.generate({ seed: 1, minInstances: 100 });
      const total = small.reduce((s, e) => s + e.labels.length, 0);
      expect(total).toBeGreaterThanOrEqual(100);
      const withoutLast = total - (small.at(-1)?.labels.length ?? 0);
      expect(withoutLast).toBeLessThan(100);
    });

    it('generates seed 424242 in under 1000 ms', () => {
      const t0 = performance.now();
      spec.generate({ seed: 424_242 });
      expect(performance.now() - t0).toBeLessThan(1000);
    });

    for (const seed of spec.seeds) {
      describe(`seed ${seed}`, () => {
        it('has enough labels of every type', () => {
          const entries = corpus(seed);
          const counts = new Map<PiiType, number>();
          for (const e of entries) for (const l of e.labels) counts.set(l.type, (counts.get(l.type) ?? 0) + 1);
          const total = [...counts.values()].reduce((a, b) => a + b, 0);
          expect(total).toBeGreaterThanOrEqual(spec.minInstances);
          for (const t of TYPES) expect(counts.get(t) ?? 0, t).toBeGreaterThanOrEqual(50);
        });

        it('has exact, in-range, trimmed, sorted, non-overlapping offsets', () => {
          for (const e of corpus(seed)) {
            let prevEnd = 0;
            for (const l of e.labels) {
              expect(TYPES).toContain(l.type);
              expect(l.start).toBeGreaterThanOrEqual(prevEnd);
              expect(l.end).toBeGreaterThan(l.start);
              expect(l.end).toBeLessThanOrEqual(e.text.length);
              expect(e.text.slice(l.start, l.end)).toBe(l.value);
              expect(l.value.trim()).toBe(l.value);
              prevEnd = l.end;
            }
          }
        });

        it('has valid cards, IBANs, SSNs and IPs', () => {
          for (const e of corpus(seed)) {
            for (const l of e.labels) {
              if (l.type === 'CARD') {
                const d = l.value.replace(/[ -]/g, '');
                expect(d, l.value).toMatch(/^\d{13,19}$/);
                expect(luhnValid(d), l.value).toBe(true);
                expect(cardShapeOk(d), l.value).toBe(true);
              } else if (l.type === 'IBAN') {
                const raw = l.value.replace(/\s/g, '').toUpperCase();
                expect(IBAN_LENGTHS[raw.slice(0, 2)], raw).toBe(raw.length);
                expect(ibanMod97Valid(raw), raw).toBe(true);
              } else if (l.type === 'NATIONAL_ID') {
                expect(ssnOk(l.value), l.value).toBe(true);
              } else if (l.type === 'IP') {
                expect(isIP(l.value), l.value).not.toBe(0);
              }
            }
          }
        });

        it('has enough negative documents and documents with knownNames', () => {
          const entries = corpus(seed);
          const neg = entries.filter((e) => e.labels.length === 0).length;
          const known = entries.filter((e) => e.knownNames.length > 0).length;
          expect(neg / entries.length).toBeGreaterThanOrEqual(0.04);
          expect(known / entries.length).toBeGreaterThan(0.08);
          for (const e of entries) for (const k of e.knownNames) expect(e.text).toContain(k);
        });
      });
    }
  });
}
