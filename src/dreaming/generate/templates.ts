/** @module dreaming/generate/templates — `{slot}` template compilation and filling, cached for speed. */
import type { SeededRng } from '../../analytics/stats/random.js';

/** A template split into literal parts (even indices) and slot names (odd indices). */
export type CompiledTemplate = readonly string[];

/** Fills one slot; returns `undefined` for an unknown slot name. */
export type SlotFiller = (slot: string, rng: SeededRng) => string | undefined;

const SLOT_PATTERN = /\{(\w+)\}/;
/** A literal ending in the article "a " (start of text or after a space). */
const ARTICLE_END = /(^|\s)[aA] $/;
/** Slot values that take "an" (vowel sound approximated by the first letter). */
const VOWEL_START = /^[aeiouAEIOU]/;
const cache = new Map<string, CompiledTemplate>();

/** Splits `"Order {order} from {city}"` into `['Order ', 'order', ' from ', 'city', '']`, cached. */
export function compileTemplate(template: string): CompiledTemplate {
  const hit = cache.get(template);
  if (hit) return hit;
  // String.split with one capture group keeps the captured slot names at odd indices.
  const parts = template.split(new RegExp(SLOT_PATTERN.source, 'g'));
  cache.set(template, parts);
  return parts;
}

/**
 * Fills a template's slots with `fill`; an unknown slot is left as `{name}` so mistakes show in output
 * (and in tests) rather than vanishing.
 */
export function fillTemplate(template: string, rng: SeededRng, fill: SlotFiller): string {
  const parts = compileTemplate(template);
  if (parts.length === 1) return parts[0] ?? '';
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (i % 2 === 0) {
      out += part;
      continue;
    }
    const value = fill(part, rng) ?? `{${part}}`;
    // "a {product}" + "air fryer" → "an air fryer".
    if (VOWEL_START.test(value) && ARTICLE_END.test(out)) out = `${out.slice(0, -1)}n `;
    out += value;
  }
  return out;
}

/** Picks one template of a non-empty list and fills it. */
export function pickAndFill(templates: readonly string[], rng: SeededRng, fill: SlotFiller): string {
  return fillTemplate(rng.pick(templates), rng, fill);
}
