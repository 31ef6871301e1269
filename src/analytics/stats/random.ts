/** @module analytics/stats/random — a small, fast, seeded PRNG (mulberry32) with sampling helpers. */

/** 2^32, to map a uint32 onto [0, 1). */
const UINT32_RANGE = 4294967296;
/** Golden-ratio increment used by mulberry32 / splitmix to walk the state. */
const GOLDEN_GAMMA = 0x6d2b79f5;
/** Avalanche multipliers from splitmix32 (Steele et al.), used to scramble user seeds. */
const MIX_A = 0x85ebca6b;
const MIX_B = 0xc2b2ae35;

/** Scrambles a 32-bit integer so nearby seeds (1, 2, 3…) give unrelated streams. */
export function mixSeed(seed: number): number {
  let h = (seed ^ GOLDEN_GAMMA) | 0;
  h = Math.imul(h ^ (h >>> 16), MIX_A);
  h = Math.imul(h ^ (h >>> 13), MIX_B);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hashes a string to a 32-bit seed (FNV-1a), so string seeds work too. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A deterministic pseudo-random generator (mulberry32: 32-bit state, period 2^32, passes
 * gjrand/PractRand for the stream lengths we use). Not cryptographic.
 * @example
 * const rng = new SeededRng(42);
 * rng.next(); // in [0, 1)
 * rng.int(6); // 0..5
 */
export class SeededRng {
  #state: number;
  #spareNormal: number | undefined;

  constructor(seed: number | string = 0) {
    this.#state = mixSeed(typeof seed === 'string' ? hashSeed(seed) : Math.trunc(seed));
    this.#spareNormal = undefined;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    let t = (this.#state = (this.#state + GOLDEN_GAMMA) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / UINT32_RANGE;
  }

  /** Uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  /** Uniform integer in [min, max] (both inclusive). */
  intBetween(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array, uniformly. Throws on an empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** An index drawn with probability proportional to `weights[i]` (non-negative, not all 0). */
  weightedIndex(weights: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < weights.length; i++) total += weights[i] ?? 0;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Standard normal draw (Box–Muller, caching the second value). */
  normal(): number {
    if (this.#spareNormal !== undefined) {
      const v = this.#spareNormal;
      this.#spareNormal = undefined;
      return v;
    }
    let u = this.next();
    while (u <= 0) u = this.next();
    const v = this.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.#spareNormal = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal draw with the given median and log-space standard deviation. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** An independent generator derived from this one's seed stream and a salt. */
  fork(salt: number): SeededRng {
    return new SeededRng((Math.floor(this.next() * UINT32_RANGE) ^ mixSeed(salt)) >>> 0);
  }

  /** Fisher–Yates shuffle in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }
}
