/**
 * @module privacy/pii-corpus-rng — the seeded random generator every labelled PII corpus draws from.
 * It has a file of its own so that writers of blind evaluation splits (docs/pii-blind-split-brief.md)
 * can read all of it without seeing the name pools of pii-corpus-values.ts.
 */

/** A seeded PRNG (mulberry32): fast, 32-bit state, good enough for test data. */
export class Rng {
  #s: number;
  constructor(seed: number) {
    this.#s = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.#s = (this.#s + 0x6d2b79f5) >>> 0;
    let t = this.#s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** One element of a non-empty list. */
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)] as T;
  }
  /** `n` random digits. */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}
