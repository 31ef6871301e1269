/**
 * @module privacy/pii/spelled-names — a name spelled out letter by letter ("N-O-W-A-K",
 * "G-U-T-I-É-R-R-E-Z"), as callers do on the phone right after saying it. The spelling is the name
 * again, so it is taken only when its letters make a word of a name already found in the same text;
 * spelled codes and references ("A-B-C") are left alone. Written on 2026-11-25 (ADR 0011, eighth round).
 */
import type { PiiSpan } from './types.js';

/** Three or more single letters joined by hyphens, not glued to other letters, digits or hyphens. */
const SPELLED = /(?<![\p{L}\p{N}-])\p{L}(?:(?:-\p{L}){2,}|(?: \p{L}){2,})(?![\p{L}\p{N}-])/gu;

/** Spellings of words of the names in `found`, appended to `found`. */
export function spelledNames(text: string, found: PiiSpan[]): void {
  if (found.length === 0) return;
  let words: Set<string> | undefined;
  for (const m of text.matchAll(SPELLED)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (found.some((s) => s.start < end && start < s.end)) continue;
    // Each word of a name, and each pair run together ("de luca" is spelled D-E-L-U-C-A).
    words ??= new Set(
      found.flatMap((s) => {
        const w = s.value.toLowerCase().split(/[\s,]+/);
        return [...w, ...w.slice(1).map((x, i) => `${w[i] ?? ''}${x}`)];
      }),
    );
    if (words.has(m[0].replace(/[- ]/g, '').toLowerCase())) found.push({ type: 'PERSON', start, end, value: m[0] });
  }
}
