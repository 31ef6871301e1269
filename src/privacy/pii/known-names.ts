/** @module privacy/pii/known-names — finds names the caller already knows (e.g. the user's own name). */
import { AMBIGUOUS_FIRST_NAMES, NON_NAME_WORDS } from './name-lexicon.js';
import { execAll, type PiiSpan } from './types.js';

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
 * Builds two regexes: full names and ordinary parts case-insensitively ("priya raman", "priya"); parts
 * that are also everyday words ("Will", "Rose") only capitalised as given.
 */
function compile(names: readonly string[]): Matchers | null {
  const key = names.join('\u0000');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const full: string[] = [];
  const anyCaseParts = new Set<string>();
  const exactParts = new Set<string>();
  for (const n of names) {
    const clean = n.trim().replace(/\s+/g, ' ');
    if (!clean) continue;
    full.push(clean.split(' ').map(escape).join('\\s+'));
    for (const p of clean.split(' ')) {
      if (p.length < MIN_PART_LENGTH) continue;
      // A part that is also an everyday word ("Will", "Rose") must keep its capital; others match in any case.
      if (AMBIGUOUS_FIRST_NAMES.has(p) || NON_NAME_WORDS.has(p)) exactParts.add(escape(p));
      else anyCaseParts.add(escape(p));
    }
  }
  const alt = (xs: Set<string>): string => [...xs].join('|');
  const built: Matchers | null = full.length
    ? {
        full: BOUNDED([...full, ...anyCaseParts].join('|'), 'giu'),
        parts: exactParts.size ? BOUNDED(alt(exactParts), 'gu') : null,
      }
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
    for (const x of execAll(re, text)) out.push({ type: 'PERSON', start: x.index, end: x.index + x[0].length, value: x[0] });
  }
  return out;
}
