/** @module dreaming/update/minhash — MinHash signatures over character shingles, LSH banding for candidates. */

/** Signature length: 64 hashes give a Jaccard estimate with standard error ≈ 0.06. */
export const MINHASH_SIZE = 64;
/** 16 bands × 4 rows: pairs with Jaccard ≳ 0.5 become candidates ((1/16)^(1/4) ≈ 0.5), below the 0.7 gate. */
export const LSH_BANDS = 16;
const ROWS = MINHASH_SIZE / LSH_BANDS;
/** Character shingle size: 4-grams are robust to small rewordings of short memory lines. */
export const SHINGLE = 4;

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, k) => mix(k + 1, 0x9e3779b9));

/** The set of character shingles of a normalised text. */
export function shingles(text: string): Set<string> {
  const out = new Set<string>();
  if (text.length <= SHINGLE) {
    out.add(text);
    return out;
  }
  for (let i = 0; i + SHINGLE <= text.length; i++) out.add(text.slice(i, i + SHINGLE));
  return out;
}

/** Exact Jaccard similarity of two shingle sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}

/** MinHash signature of a shingle set. */
export function signature(sh: ReadonlySet<string>): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const s of sh) {
    const base = fnv(s);
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = mix(base, SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Candidate pairs `[i, j]` (i < j) that share at least one LSH band. */
export function lshCandidates(signatures: readonly Uint32Array[]): Array<[number, number]> {
  const seen = new Set<string>();
  const pairs: Array<[number, number]> = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < signatures.length; i++) {
      const sig = signatures[i]!;
      let key = `${b}`;
      for (let r = 0; r < ROWS; r++) key += `:${sig[b * ROWS + r]}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push(i);
    }
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const id = `${bucket[x]},${bucket[y]}`;
          if (seen.has(id)) continue;
          seen.add(id);
          pairs.push([bucket[x]!, bucket[y]!]);
        }
      }
    }
  }
  return pairs;
}
