/** @module test/dreaming/pii-values — raw PII values of generated sessions, extracted without the privacy module. */
import type { SessionRecord } from '../../src/dreaming/types.js';

/** The generator's PII sentence templates, as regexes capturing the value (kept independent of src/privacy). */
const TEMPLATES: readonly RegExp[] = [
  /My email is (\S+@\S+?)\.?(?:\s|$)/g,
  /You can reach me at (\S+@\S+?)\.?(?:\s|$)/g,
  /Please send the confirmation to (\S+@\S+?)\.?(?:\s|$)/g,
  /The account email is (\S+@\S+?)\.?(?:\s|$)/g,
  /email me at (\S+@\S+?) if needed/g,
  /My phone number is ([+()\d][\d ()+.-]{6,}\d)/g,
  /Call me back on ([+()\d][\d ()+.-]{6,}\d)/g,
  /You can text me at ([+()\d][\d ()+.-]{6,}\d)/g,
  /my number is ([+()\d][\d ()+.-]{6,}\d)/g,
  /The phone on file should be ([+()\d][\d ()+.-]{6,}\d)/g,
  /(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})/g,
  /My name is ([\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+)/gu,
  /This is ([\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+) by the way/gu,
  /I'm ([\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+)\./gu,
  /The account is under ([\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+)/gu,
  /(\d{2,4} [A-Z][a-z]+ (?:Street|Avenue|Road|Lane|Drive|Boulevard|Court))/g,
];

/**
 * Raw PII values: every templated value in the PII sessions' user messages plus every user's own name.
 * Names are also checked part by part (e.g. a surname left behind) when the part is distinctive (≥ 5 chars).
 */
export function piiValuesOf(sessions: readonly SessionRecord[], piiSessionIds: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const s of sessions) {
    if (s.user?.consent === false) continue;
    if (s.user?.name) out.add(s.user.name);
    if (!piiSessionIds.has(s.id)) continue;
    for (const m of s.messages) {
      if (m.role !== 'user') continue;
      for (const re of TEMPLATES) for (const match of m.content.matchAll(re)) out.add(match[1]!);
    }
  }
  for (const v of [...out]) if (/^[\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+$/u.test(v)) for (const part of v.split(' ')) if (part.length >= 5) out.add(part);
  return [...out];
}
