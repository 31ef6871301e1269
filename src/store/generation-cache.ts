/**
 * @module store/generation-cache — read results kept while the database's change generation holds.
 *
 * Entries are tagged with the generation taken before their read (see sqlite/wal-generation.ts); the
 * first lookup that sees a newer generation drops them all. A result read under an older generation
 * than the cache now holds is not kept: it may predate a commit the cache already knows of.
 */
import type { ChangeGeneration } from './sqlite/wal-generation.js';

/** Entries kept per cache: a working set of hot rows and pages, bounded whatever the traffic. */
const DEFAULT_MAX_ENTRIES = 1_024;

export class GenerationCache<V> {
  readonly #changes: ChangeGeneration;
  readonly #maxEntries: number;
  readonly #entries = new Map<string, V>();
  #generation: number | undefined;

  constructor(changes: ChangeGeneration, maxEntries = DEFAULT_MAX_ENTRIES) {
    this.#changes = changes;
    this.#maxEntries = maxEntries;
  }

  /**
   * The current generation, to pass to `get` and `set`; `undefined` (nothing cached or kept) when the
   * database cannot tell right now.
   */
  generation(): number | undefined {
    const generation = this.#changes.current();
    if (generation !== this.#generation) {
      this.#entries.clear();
      this.#generation = generation;
    }
    return generation;
  }

  get(key: string, generation: number | undefined): V | undefined {
    return generation !== undefined && generation === this.#generation ? this.#entries.get(key) : undefined;
  }

  set(key: string, generation: number | undefined, value: V): void {
    if (generation === undefined || generation !== this.#generation) return;
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
    this.#entries.set(key, value);
  }
}
