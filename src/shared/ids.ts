/** @module shared/ids — wire-format ids (`agent_01…`): a prefix and a 26-character ULID, sortable by creation. */
import { randomFillSync } from 'node:crypto';

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
 * Random bytes fetched from the CSPRNG at once and handed out 16 at a time. Asking for 16 bytes per
 * new millisecond allocated a Buffer and crossed into C++ each time, a visible share of a request's
 * CPU (every request gets a `req_` id); one fill serves 256 fresh random parts.
 */
const RANDOM_POOL_BYTES = 4096;
/** Shared by every generator in the process (the importer makes one per imported session). */
const randomPool = Buffer.allocUnsafe(RANDOM_POOL_BYTES);
let randomPoolOffset = RANDOM_POOL_BYTES;

/** Fills `digits` with fresh base-32 digits from the pool, the first one below 16. */
function fillRandomDigits(digits: Uint8Array): void {
  if (randomPoolOffset + digits.length > RANDOM_POOL_BYTES) {
    randomFillSync(randomPool);
    randomPoolOffset = 0;
  }
  const at = randomPoolOffset;
  randomPoolOffset += digits.length;
  // Keep the top bit clear so incrementing never overflows within one millisecond in practice.
  for (let i = 0; i < digits.length; i++) digits[i] = randomPool[at + i]! % (i === 0 ? 16 : 32);
}

/**
 * Monotonic ULIDs: within one millisecond the random part is incremented, so ids made by one
 * process always sort in creation order (the list endpoints rely on it).
 */
export class UlidGenerator implements IdGenerator {
  #lastTime = -1;
  /** The 26-character body's time part for `#lastTime`, encoded once per millisecond. */
  #timePart = '';
  /** The random part as 16 base-32 digits. */
  readonly #digits = new Uint8Array(RANDOM_CHARS);
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  next(prefix: IdPrefix): string {
    const time = this.#now();
    if (time <= this.#lastTime) {
      this.#increment();
    } else {
      this.#lastTime = time;
      this.#timePart = encodeTime(time);
      fillRandomDigits(this.#digits);
    }
    let random = '';
    for (const digit of this.#digits) random += ALPHABET[digit];
    return `${prefix}_${this.#timePart}${random}`;
  }

  #increment(): void {
    for (let i = this.#digits.length - 1; i >= 0; i--) {
      const digit = this.#digits[i]! + 1;
      if (digit < 32) {
        this.#digits[i] = digit;
        return;
      }
      this.#digits[i] = 0;
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
