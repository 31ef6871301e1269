/** @module privacy/pii/known-names — finds names the caller already knows (e.g. the user's own name). */
import type { PiiSpan } from './types.js';

/** Shortest name part matched on its own; shorter parts ("Al", "Jo") match too many words. */
const MIN_PART_LENGTH = 3;
/** Compiled matchers per known-name list; callers usually pass the same list for many texts. */
const CACHE_LIMIT = 256;
const cache = new Map<string, RegExp | null>();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds one regex: full names case-insensitively ("priya raman"), single parts only capitalised
 * as given ("Priya", not "priya", which could be a common word for other names like "Will").
 */
function compile(names: readonly string[]): RegExp | null {
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
  let re: RegExp | null = null;
  if (full.length) {
    const fullAlt = full.map((f) => `(?i:${f})`).join('|');
    const partAlt = [...parts].join('|');
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${fullAlt}${partAlt ? `|${partAlt}` : ''})(?![\\p{L}\\p{N}])`, 'gu');
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, re);
  return re;
}

/** Spans of every occurrence of a known name (full, or a part of it). */
export function knownNameSpans(text: string, names: readonly string[]): PiiSpan[] {
  if (!names.length) return [];
  const re = compile(names);
  if (!re) return [];
  const out: PiiSpan[] = [];
  for (const m of text.matchAll(re)) out.push({ type: 'PERSON', start: m.index, end: m.index + m[0].length, value: m[0] });
  return out;
}
