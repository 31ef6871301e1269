/**
 * @module privacy/pii/email — e-mail addresses (RFC 5322 "common subset": local@domain.tld), also read
 * out in call transcripts ("jane dot doe at gmail dot com").
 */
import { questionBefore } from './dialogue-turn.js';
import { execAll, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/** ASCII letter or digit (char code). */
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A character of the domain (right of `@`): letters, digits, `.`, `-`. */
function isDomainChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 45;
}

/** A character of the local part (left of `@`): the domain's, plus `_`, `%`, `+`. */
function isLocalChar(c: number): boolean {
  return isDomainChar(c) || c === 95 || c === 37 || c === 43;
}
/** The candidate must be exactly one address (checked after expanding around the `@`). */
const EMAIL_SHAPE = /^[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;
/** RFC 5321 limits: local part 64, whole address 254. */
const MAX_LOCAL = 64;
const MAX_EMAIL = 254;

/**
 * A domain read out: "at gmail dot com", "at hotmail dot co dot uk", "at mail dot acme dash corp dot
 * de" — one to three labels, then a top-level domain of letters.
 */
const SPOKEN_DOMAIN = /\bat ([a-z0-9]+(?:(?: dash | hyphen |-)[a-z0-9]+)*(?: dot [a-z0-9]+(?:(?: dash | hyphen |-)[a-z0-9]+)*){0,2} dot [a-z]{2,24})\b/gi;
/** The words that join the parts of a spoken local part or label ("jane dot doe", "j underscore doe"). */
const SPOKEN_JOINER = /^(?:dot|underscore|dash|hyphen)$/i;
/**
 * A local part read out: letters and digits in one to {@link MAX_SPOKEN_LOCAL_WORDS} words ("a hardy 3",
 * "k nwosu 3", "aoife mcallister"), whose parts may be joined by spoken punctuation ("jane dot doe").
 */
const SPOKEN_LOCAL = /^[a-z0-9]+(?: [a-z0-9]+)*$/i;
/** Most words of a spoken local part besides the joiners: an initial, a name and a number, or two names. */
const MAX_SPOKEN_LOCAL_WORDS = 3;
/** Most characters between the start of a line and a spoken domain that are read. */
const MAX_SPOKEN_LINE_HEAD = 160;
/** An e-mail named in the sentence itself: "my email is …", "e-mail address: …", "email me at …". */
const EMAIL_SAID = /\b(?:e-?mail(?: address)?|address)(?:,? (?:is|it's|its)| ?:| me at)? /gi;
/** A question one turn up asking for an e-mail ("and an email for the confirmation", "your e-mail address?"). */
const EMAIL_ASKED = /\be-?mail|\bmail address|\bcorreo|\bcourriel/i;
/** Words a speaker says before the address itself ("um", "yeah it's", "sure, that's", "you can use"). */
const SPOKEN_FILLER =
  /^(?:(?:um+|uh+|er+m?|ah|oh|so|well|yes|yeah|yep|sure|ok|okay|right|it['’]s|its|it is|that['’]s|that is|it['’]d be|that['’]d be|my|the|email|e-mail|address|is|you can use|please use|use|i use)[\s,]+)*/i;

/** Char code of a space. */
const SPACE = 32;

/** Where the first word after the speaker label of the line starting at `lineStart` begins, when the line is a reply. */
function replyStart(text: string, lineStart: number, end: number): number | undefined {
  for (let i = lineStart; i < end; i++) {
    // The first word start at which the line reads as a reply is the end of the label.
    if (i > lineStart && text.charCodeAt(i - 1) !== SPACE) continue;
    const question = questionBefore(text, i);
    if (question !== undefined) return EMAIL_ASKED.test(question) ? i : undefined;
  }
  return undefined;
}

/**
 * The spoken address whose domain is the match `m` ("… at gmail dot com"): the local part runs from the
 * start of a reply to a question about an e-mail (after filler words) or from an "email is" in the
 * line, and must be a few plain words. Undefined when neither introduces it.
 */
function spokenAddress(text: string, m: RegExpExecArray): PiiSpan | undefined {
  const at = m.index;
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - MAX_SPOKEN_LINE_HEAD);
  const head = text.slice(lineStart, at);
  // The last "email is" of the line, else the start of a reply.
  const said = execAll(EMAIL_SAID, head).at(-1);
  let start = said ? lineStart + said.index + said[0].length : replyStart(text, lineStart, at);
  if (start === undefined) return undefined;
  const filler = SPOKEN_FILLER.exec(text.slice(start, at));
  if (filler) start += filler[0].length;
  const local = text.slice(start, at - 1);
  if (!SPOKEN_LOCAL.test(local)) return undefined;
  const words = local.split(' ').filter((w) => !SPOKEN_JOINER.test(w));
  if (words.length === 0 || words.length > MAX_SPOKEN_LOCAL_WORDS) return undefined;
  return spanAt('EMAIL', text, start, at + m[0].length);
}

/** The e-mail addresses read out in `text` (only looked for when the text says "dot"). */
function spokenAddresses(text: string, out: PiiSpan[]): void {
  if (!text.includes(' dot ')) return;
  for (const m of execAll(SPOKEN_DOMAIN, text)) {
    const span = spokenAddress(text, m);
    if (span) out.push(span);
  }
}

/**
 * Finds e-mail addresses by expanding around each `@` (a whole-text regex would try every start
 * position and backtrack up to 64 characters each time; this is ~10× cheaper).
 */
export const emailDetector: PiiDetector = {
  type: 'EMAIL',
  detect(text: string): PiiSpan[] {
    const out: PiiSpan[] = [];
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let start = at;
      while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
      let end = at + 1;
      while (end < text.length && end - start < MAX_EMAIL && isDomainChar(text.charCodeAt(end))) end++;
      // Leading dots/dashes and a trailing sentence dot are not part of the address (char codes 43 `+`,
      // 37 `%`, 45 `-`, 46 `.`; char codes keep this loop free of per-character regex calls).
      while (start < at && !isAlnum(text.charCodeAt(start)) && text.charCodeAt(start) !== 95) start++;
      while (end > at + 1 && !isAlnum(text.charCodeAt(end - 1))) end--;
      if (EMAIL_SHAPE.test(text.slice(start, end))) out.push(spanAt('EMAIL', text, start, end));
    }
    spokenAddresses(text, out);
    return out;
  },
};
