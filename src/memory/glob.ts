/** @module memory/glob — shell-style glob patterns (`**`, `*`, `?`, `{a,b}`, `[abc]`) compiled to anchored regexes. */

/** Longest pattern accepted; the regex it compiles to stays linear-time anyway, this only bounds work. */
export const GLOB_PATTERN_MAX = 1024;

const REGEX_SPECIALS = /[.+^$()|\\]/;

/**
 * Compiles a glob matched against whole `/`-separated paths: `*` and `?` stay inside one segment,
 * `**` spans any number of segments (`a/**\/b` also matches `a/b`).
 * @example globToRegExp('/mnt/memory/**\/*.md').test('/mnt/memory/notes/a.md') // true
 */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const slashAfter = pattern[i + 2] === '/';
        out += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close === -1) {
        out += '\\[';
      } else {
        const body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        out += body.startsWith('!') ? `[^/${body.slice(1)}]` : `[${body}]`;
        i = close;
      }
    } else if (ch === '{') {
      braceDepth++;
      out += '(?:';
    } else if (ch === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (ch === ',' && braceDepth > 0) {
      out += '|';
    } else {
      out += REGEX_SPECIALS.test(ch) || ch === '{' || ch === '}' || ch === '[' || ch === ']' ? `\\${ch}` : ch;
    }
  }
  out += ')'.repeat(braceDepth);
  try {
    return new RegExp(`^${out}$`, 'u');
  } catch {
    // An unbalanced class or the like: match the pattern literally rather than fail the tool call.
    return new RegExp(`^${escapeRegExp(pattern)}$`, 'u');
  }
}

/** Escapes text for literal use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
