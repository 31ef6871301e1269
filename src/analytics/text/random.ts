/** @module analytics/text/random — a small seeded PRNG (xoshiro128**) with uniform and Gaussian draws. */

/** 2^-32: maps a uint32 onto [0, 1). */
const UINT32_SCALE = 2.3283064365386963e-10;
/** splitmix32 increment (golden-ratio constant) used to expand a 32-bit seed into the state. */
const SPLITMIX_GAMMA = 0x9e3779b9;

/** A deterministic random source. Same seed, same sequence, on every platform. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal draw (Box–Muller). */
  gauss(): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + SPLITMIX_GAMMA) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Creates a seeded xoshiro128** generator.
 * @example
 * const rng = createRng(42);
 * rng.next(); // 0 ≤ x < 1, same value for every run with seed 42
 */
export function createRng(seed: number): Rng {
  const sm = splitmix32(seed);
  let a = sm();
  let b = sm();
  let c = sm();
  let d = sm();
  let spare: number | undefined;
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = (): number => nextU32() * UINT32_SCALE;
  return {
    next,
    int: (n) => Math.floor(next() * n),
    gauss: () => {
      if (spare !== undefined) {
        const s = spare;
        spare = undefined;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
