/**
 * @module privacy/pii/header-names — names in e-mail headers and version-control trailers, where the
 * format itself says "person": a display name before an address in angle brackets ("From: Mark Stone
 * <mark@…>", "Author: Grace Hopper <…>", "Co-authored-by: …"), or a header label alone before a name on
 * its line ("From: Anneke Visser"). Names there may be everyday words ("Mark Stone", "Grace Hopper")
 * that the capitalisation rules drop. Written on 2026-11-25 (ADR 0011, fourth round).
 */
import { givenNameClass } from './given-name.js';
import { NON_NAME_WORDS } from './name-lexicon.js';
import { organisationEnd } from './org-context.js';
import type { PiiSpan } from './types.js';
import type { WordLexicon } from './word-lexicon.js';

/** One capitalised word of a display name ("O'Brien", "Jean-Luc", "Ó"). */
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
/** Lower-case particles inside a display name ("Ana de la Cruz", "Ludwig van Beethoven"). */
const PARTICLE = '(?:van|von|de|der|den|da|di|du|del|della|dos|das|la|le|bin|binti|ibn|al|el|ter|ten)';
/** A display name of one to four words, then an address in angle brackets. */
const DISPLAY_NAME_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(${WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)*${WORD}){0,3})[ \\t]*<[^<>\\s@]+@[^<>\\s]+>`,
  'gu',
);
/** A header or trailer label at a line start, then a name that closes its line. */
const HEADER_LINE_RE = new RegExp(
  `(?:^|\\n)[ \\t>]*(?:From|To|Cc|Bcc|Reply-To|Sender|Author|Committer|Co-authored-by|Signed-off-by|Reviewed-by|Reported-by|Tested-by|Acked-by|Assignee|Reporter)[ \\t]*:[ \\t]*(${WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)*${WORD}){1,3})[ \\t]*(?=\\n|$)`,
  'gu',
);

/** A header or trailer label right before a colon (the text between the line start and the colon). */
const HEADER_LABEL = /^[ \t>]*(?:From|To|Cc|Bcc|Reply-To|Sender|Author|Committer|Co-authored-by|Signed-off-by|Reviewed-by|Reported-by|Tested-by|Acked-by|Assignee|Reporter)[ \t]*$/;
/** Longest label looked at before a colon ("Co-authored-by" and some indentation). */
const MAX_LABEL = 24;

/** Cheap gate for {@link HEADER_LINE_RE}: some colon has a header label before it on its line. */
function hasHeaderLabel(text: string): boolean {
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    // Times and ports ("10:15", ":443") have a digit before the colon: no label.
    const before = text.charCodeAt(c - 1) | 0x20;
    if (before < 0x61 || before > 0x7a) continue;
    const lineStart = text.lastIndexOf('\n', c - 1) + 1;
    if (c - lineStart <= MAX_LABEL && HEADER_LABEL.test(text.slice(lineStart, c))) return true;
  }
  return false;
}

/** A display name that is a person: no stop word in it; one word only when it is a listed given name. */
function personLike(name: string, lexicon: WordLexicon | undefined): boolean {
  const words = name.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.some((w) => NON_NAME_WORDS.has(w))) return false;
  return words.length > 1 || givenNameClass(words[0] ?? '', lexicon) !== 'none';
}

/** A word of the display name starts a listed organisation or brand ("Lufthansa Miles <…>"). */
function listedOrganisation(text: string, start: number, name: string): boolean {
  let at = start;
  for (const w of name.split(' ')) {
    if (organisationEnd(text, at, w) > 0) return true;
    at += w.length + 1;
  }
  return false;
}

/**
 * Display names and header-line names. Texts without "<…@" or a header label pay for two cheap
 * `includes` checks only.
 * @example detectHeaderNames('From: Mark Stone <mark@example.com>', undefined) // "Mark Stone"
 */
export function detectHeaderNames(text: string, lexicon: WordLexicon | undefined): PiiSpan[] {
  const out: PiiSpan[] = [];
  const hasAddress = text.includes('@') && text.includes('<');
  const hasLabel = hasHeaderLabel(text);
  if (!hasAddress && !hasLabel) return out;
  for (const re of hasAddress ? [DISPLAY_NAME_RE, HEADER_LINE_RE] : [HEADER_LINE_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1];
      if (!name || !personLike(name, lexicon)) continue;
      const start = m.index + m[0].indexOf(name);
      if (listedOrganisation(text, start, name)) continue;
      out.push({ type: 'PERSON', start, end: start + name.length, value: name });
    }
  }
  return out;
}
