/** @module shared/ids — wire-format ids (`agent_01…`): a prefix and a 26-character ULID, sortable by creation. */
import { randomBytes } from 'node:crypto';

/** Crockford base32, as ULID uses: sorts the same as the number it encodes. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;

/** Every id prefix of the wire API that Reverie issues. */
export type IdPrefix =
  | 'agent'
  | 'env'
  | 'sesn'
  | 'sevt'
  | 'sesrsc'
  | 'sthr'
  | 'memstore'
  | 'mem'
  | 'memver'
  | 'drm'
  | 'req'
  | 'apikey'
  | 'wrkspc'
  | 'job'
  | 'ins'
  | 'imp';

/** Makes ids; injected so tests can make them deterministic. */
export interface IdGenerator {
  next(prefix: IdPrefix): string;
}

/**
 * Monotonic ULIDs: within one millisecond the random part is incremented, so ids made by one
 * process always sort in creation order (the list endpoints rely on it).
 */
export class UlidGenerator implements IdGenerator {
  #lastTime = -1;
  #lastRandom: number[] = [];
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  next(prefix: IdPrefix): string {
    let time = this.#now();
    if (time <= this.#lastTime) {
      time = this.#lastTime;
      this.#increment();
    } else {
      this.#lastTime = time;
      const bytes = randomBytes(RANDOM_CHARS);
      // Keep the top bit clear so incrementing never overflows within one millisecond in practice.
      this.#lastRandom = Array.from(bytes, (b, i) => (i === 0 ? b % 16 : b % 32));
    }
    return `${prefix}_${encodeTime(time)}${this.#lastRandom.map((d) => ALPHABET[d]).join('')}`;
  }

  #increment(): void {
    for (let i = this.#lastRandom.length - 1; i >= 0; i--) {
      const digit = (this.#lastRandom[i] ?? 0) + 1;
      if (digit < 32) {
        this.#lastRandom[i] = digit;
        return;
      }
      this.#lastRandom[i] = 0;
    }
  }
}

function encodeTime(ms: number): string {
  let out = '';
  let t = ms;
  for (let i = 0; i < TIME_CHARS; i++) {
    out = ALPHABET[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
}

/** True when `value` looks like an id with this prefix (cheap syntactic check, no lookup). */
export function hasPrefix(value: string, prefix: IdPrefix): boolean {
  return value.startsWith(`${prefix}_`) && value.length <= 128;
}
