/** @module privacy/pii/name-list-set — builds a name set from lists written by community, with ASCII folds. */

/** Splits a list written as whitespace-separated words. */
export const words = (s: string): readonly string[] => s.trim().split(/\s+/);

/** Letters that Unicode decomposition does not strip to ASCII. */
const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ß: 'ss', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th',
  æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ı: 'i',
};

/** The plain ASCII fold of a name ("Bjørn" → "Bjorn", "Þóra" → "Thora"). */
const asciiFold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØłŁßđĐðÐþÞæÆœŒı]/g, (c) => SPECIAL[c] ?? c);

/** Printable ASCII only: no folding needed. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * The lower-case ASCII letters of a text, accents folded and everything else dropped, for comparing a
 * name with an e-mail address or a domain ("Casa Jabutí" → "casajabuti", "grant-washington" →
 * "grantwashington").
 */
export function foldedLetters(s: string): string {
  return (PLAIN_ASCII.test(s) ? s : asciiFold(s)).toLowerCase().replace(/[^a-z]/g, '');
}

/** Every name of `groups`, as written (NFC) and as its ASCII fold, less those in `leftOut`. */
export function nameListSet(groups: readonly string[], leftOut: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(
    groups
      .flatMap(words)
      .map((n) => n.normalize('NFC'))
      .flatMap((n) => [n, asciiFold(n)])
      .filter((n) => !leftOut.has(n)),
  );
}
