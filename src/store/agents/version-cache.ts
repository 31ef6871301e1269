/**
 * @module store/agents/version-cache — agent versions read once per process: versions are immutable.
 *
 * A version row `(agent_id, version)` is written once and never changed, and ids are never reused, so
 * once read its configuration and timestamp can be served from memory by any process, on either
 * backend, without invalidation. This spares the hot reads (every retrieve, every list page of 20)
 * the join to `agent_versions` and the `JSON.parse` of each stored config — together over half of an
 * agent list's CPU in bench/api.ts. Only the head row (version number, archived_at) is read per call.
 *
 * The parsed configs are shared between callers, so they are deep-frozen: a caller that tried to
 * mutate one would throw (ESM is strict mode) instead of changing the next response.
 */
import { parseStoredJSON } from '../../shared/json.js';

/** One immutable version as the reads need it. */
export interface CachedVersion {
  readonly config: Readonly<Record<string, unknown>>;
  /** When this version was written (the wire `updated_at` of an agent at this version). */
  readonly created_at: string;
}

/** Versions kept: far more than a page, a client's working set, or the agents of a small deployment. */
const MAX_ENTRIES = 4_096;
/**
 * Stored JSON characters kept, summed over entries: bounds memory (~ this many chars of text turned
 * into objects) whatever the size of system prompts.
 */
const MAX_CHARS = 8 * 1024 * 1024;

/** A bounded map `(agent id, version) → version`; the oldest entries are dropped first. */
export class VersionCache {
  readonly #entries = new Map<string, CachedVersion & { readonly chars: number }>();
  #chars = 0;

  get(id: string, version: number): CachedVersion | undefined {
    return this.#entries.get(key(id, version));
  }

  /** Returns the cached version, or parses, keeps and returns this stored one. */
  remember(id: string, version: number, stored: { config: string; created_at: string }): CachedVersion {
    const k = key(id, version);
    const hit = this.#entries.get(k);
    if (hit) return hit;
    const entry = { config: deepFreeze(parseStoredJSON<Record<string, unknown>>(stored.config)), created_at: stored.created_at, chars: stored.config.length };
    if (entry.chars > MAX_CHARS) return entry;
    this.#entries.set(k, entry);
    this.#chars += entry.chars;
    while (this.#entries.size > MAX_ENTRIES || this.#chars > MAX_CHARS) {
      const [oldest, value] = this.#entries.entries().next().value as [string, { chars: number }];
      this.#entries.delete(oldest);
      this.#chars -= value.chars;
    }
    return entry;
  }
}

function key(id: string, version: number): string {
  return `${version}:${id}`;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
