/** @module privacy/pseudonym — keyed pseudonyms `<TYPE_xxxx>`: HMAC-SHA256(secret, type + normalised value). */
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { normalisePiiValue } from './normalise.js';
import type { PiiType } from './pii/types.js';

/** Hex characters in a pseudonym by default: 65,536 values per type keeps text short and readable. */
export const DEFAULT_PSEUDONYM_HEX = 4;
/** Hex characters added each time a prefix is already taken by another value (×256 space per step). */
export const PSEUDONYM_HEX_STEP = 2;
/** Full SHA-256 digest length in hex; a pseudonym can never be longer. */
const DIGEST_HEX = 64;

/** A secret as given by callers, or a prepared key. */
export type PseudonymSecret = string | Uint8Array | KeyObject;

/** Turns a secret into a KeyObject once, so it is not kept around as a plain string. */
export function toSecretKey(secret: PseudonymSecret): KeyObject {
  if (typeof secret === 'object' && 'type' in secret && secret.type === 'secret') return secret as KeyObject;
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret as Uint8Array);
  if (bytes.length === 0) throw new RangeError('privacy: the pseudonym secret must not be empty');
  return createSecretKey(bytes);
}

/**
 * Full hex HMAC digest of a value; the input is `type`, a NUL byte, then the normalised value, so two
 * types never share a digest for the same text.
 */
export function pseudonymDigest(input: { secret: PseudonymSecret; type: PiiType; value: string }): string {
  const key = toSecretKey(input.secret);
  return createHmac('sha256', key)
    .update(`${input.type}\u0000${normalisePiiValue(input.type, input.value)}`)
    .digest('hex');
}

/** Formats `<TYPE_prefix>`. */
export function formatPseudonym(input: { type: PiiType; digest: string; hexLength: number }): string {
  return `<${input.type}_${input.digest.slice(0, input.hexLength)}>`;
}

/**
 * Context-free pseudonym with the default length (no collision handling — use a {@link PseudonymTable}
 * or a `Redactor` when several values are redacted together).
 * @example pseudonymFor({ secret: 's3cret', type: 'EMAIL', value: 'Ana@Example.com' }) // '<EMAIL_…>'
 */
export function pseudonymFor(input: { secret: PseudonymSecret; type: PiiType; value: string }): string {
  return formatPseudonym({ type: input.type, digest: pseudonymDigest(input), hexLength: DEFAULT_PSEUDONYM_HEX });
}

/**
 * One redaction context's pseudonym assignments. Each value gets the shortest prefix (4, 6, 8… hex)
 * of its digest that no other value of the same type holds in this context, so two distinct values
 * never share a pseudonym. The first value to claim a prefix keeps it; later colliding values are
 * lengthened. Only digests are stored — never raw values.
 */
export class PseudonymTable {
  readonly #minHex: number;
  /** `${type}:${prefix}` → digest that owns it. */
  readonly #owners = new Map<string, string>();
  /** `${type}:${digest}` → assigned hex length. */
  readonly #lengths = new Map<string, number>();

  constructor(options: { minHex?: number; assignments?: Iterable<readonly [string, number]> } = {}) {
    this.#minHex = options.minHex ?? DEFAULT_PSEUDONYM_HEX;
    for (const [key, len] of options.assignments ?? []) this.#claim(key, len);
  }

  #claim(typedDigest: string, len: number): void {
    const cut = typedDigest.indexOf(':');
    this.#lengths.set(typedDigest, len);
    this.#owners.set(`${typedDigest.slice(0, cut)}:${typedDigest.slice(cut + 1, cut + 1 + len)}`, typedDigest);
  }

  /** The pseudonym for `digest` of `type`, assigning (and lengthening on collision) on first sight. */
  assign(type: PiiType, digest: string): string {
    const key = `${type}:${digest}`;
    const known = this.#lengths.get(key);
    if (known !== undefined) return formatPseudonym({ type, digest, hexLength: known });
    for (let len = this.#minHex; len <= DIGEST_HEX; len += PSEUDONYM_HEX_STEP) {
      const owner = this.#owners.get(`${type}:${digest.slice(0, len)}`);
      if (owner === undefined || owner === key) {
        this.#claim(key, len);
        return formatPseudonym({ type, digest, hexLength: len });
      }
    }
    // Unreachable unless two distinct values share a full SHA-256 digest.
    return formatPseudonym({ type, digest, hexLength: DIGEST_HEX });
  }

  /** Number of distinct values assigned. */
  get size(): number {
    return this.#lengths.size;
  }

  /**
   * The assignments that were lengthened by a collision, as `[type:digest, hexLength]` pairs. Persist
   * them with the workspace and pass them back as `assignments` to keep pseudonyms stable across
   * restarts; default-length assignments need no storage because they are recomputed identically.
   */
  exportAssignments(): Array<[string, number]> {
    return [...this.#lengths].filter(([, len]) => len > this.#minHex);
  }
}
