/** @module privacy/pii/known-names — finds names the caller already knows (e.g. the user's own name). */
import type { PiiSpan } from './types.js';

/** Shortest name part matched on its own; shorter parts ("Al", "Jo") match too many words. */
const MIN_PART_LENGTH = 3;
/** Compiled matchers per known-name list; callers usually pass the same list for many texts. */
const CACHE_LIMIT = 256;
const cache = new Map<string, Matchers | null>();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Matchers {
  readonly full: RegExp;
  readonly parts: RegExp | null;
}

const BOUNDED = (alt: string, flags: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);

/**
 * Builds two regexes: full names case-insensitively ("priya raman"), single parts only capitalised
 * as given ("Priya", not "priya": a part like "Will" is also a common word).
 */
function compile(names: readonly string[]): Matchers | null {
  const key = names.join('\u0000');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const full: string[] = [];
  const parts = new Set<string>();
  for (const n of names) {
    const clean = n.trim().replace(/\s+/g, ' ');
    if (!clean) continue;
    full.push(clean.split(' ').map(escape).join('\\s+'));
    for (const p of clean.split(' ')) if (p.length >= MIN_PART_LENGTH) parts.add(escape(p));
  }
  const built: Matchers | null = full.length
    ? { full: BOUNDED(full.join('|'), 'giu'), parts: parts.size ? BOUNDED([...parts].join('|'), 'gu') : null }
    : null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, built);
  return built;
}

/** Spans of every occurrence of a known name (full, or a part of it). */
export function knownNameSpans(text: string, names: readonly string[]): PiiSpan[] {
  if (!names.length) return [];
  const m = compile(names);
  if (!m) return [];
  const out: PiiSpan[] = [];
  for (const re of [m.full, m.parts]) {
    if (!re) continue;
    for (const x of text.matchAll(re)) out.push({ type: 'PERSON', start: x.index, end: x.index + x[0].length, value: x[0] });
  }
  return out;
}
