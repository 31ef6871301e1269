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

/** Month names that are also given names ("May", "June", "April", "August"). */
const MONTHS: ReadonlySet<string> = new Set('january february march april may june july august september october november december'.split(' '));
/** A day number after a month ("April 3, 2026") or before it ("8 May", "8th of May"). */
const DAY_AFTER = /^ \d{1,2}(?:st|nd|rd|th)?(?!\d)/;
const DAY_BEFORE = /(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?: of)? $/;

/** True when a known name's part is a month of a date ("Date: April 3, 2026" for the user April Moss). */
function monthOfDate(text: string, start: number, end: number): boolean {
  return MONTHS.has(text.slice(start, end).toLowerCase()) && (DAY_AFTER.test(text.slice(end, end + 6)) || DAY_BEFORE.test(text.slice(Math.max(0, start - 8), start)));
}

/** Spans of every occurrence of a known name (full, or a part of it); a month of a date is skipped. */
export function knownNameSpans(text: string, names: readonly string[]): PiiSpan[] {
  if (!names.length) return [];
  const m = compile(names);
  if (!m) return [];
  const out: PiiSpan[] = [];
  for (const re of [m.full, m.parts]) {
    if (!re) continue;
    for (const x of execAll(re, text)) {
      if (monthOfDate(text, x.index, x.index + x[0].length)) continue;
      out.push({ type: 'PERSON', start: x.index, end: x.index + x[0].length, value: x[0] });
    }
  }
  return out;
}
