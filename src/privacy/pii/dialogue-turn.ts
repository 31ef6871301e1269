/**
 * @module privacy/pii/dialogue-turn — questions and answers in chats and call transcripts: a value
 * that opens the reply to a question ("agent: can you confirm your date of birth⏎caller: um it's …")
 * takes its cue from the question, one line up, however the two lines are laid out.
 */

/**
 * The speaker label that opens a turn, after an optional bracketed stamp: "[00:52] caller:",
 * "Customer:", "Mark (agent):", "[02/03/2023, 08:13:59] Ana:", "You:", "**user:**"; or the opening of
 * a JSON message (`{"role": "user", "content": "`, `{"role": "user", "content": [{"type": "text", "text": "`,
 * `{"ts": …, "role": "user", "text": "`) or of a log line's message (`… role=user msg="`); also the
 * layouts of transcription tools: a bare clock before the label ("00:02:03 asr_result:"), a quoted
 * speaker (">> AGENT:"), "agent (0:40):", "0:49 Customer | …", a CSV row "4,CALLER,"…", a numbered
 * speaker ("spk_1:", "Speaker 2:"). A label is short, has no digits outside the stamp but a speaker's
 * number, and ends in a colon (the full-width "：" of Chinese and Japanese too, or the layout's own mark).
 */
const TURN_LABEL =
  /^[\t ]*(?:\{[\t ]*"role"[\t ]*:[\t ]*"[^"\n]{1,20}"[\t ]*,[\t ]*"content"[\t ]*:[\t ]*"|\[?\{[^\n]{0,160}?"role"[\t ]*:[\t ]*"[^"\n]{1,20}"[^\n]{0,80}?"(?:content|text|message|msg|body)"[\t ]*:[\t ]*"|[^\n]{0,160}?\brole=[\w-]{1,20}\b[^\n"]{0,60}?\b(?:msg|message|text|content)="|(?:\[[^\]\n]{1,40}\][\t ]*|\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\t ]+)?(?:[-–—][\t ]*|>>?[\t ]*)?[^\s\d:：[\]|>][^\d:：\n|]{0,31}(?:[ _-]\d{1,2})?[:：](?:\*\*)?|\p{L}[\p{L} ._-]{0,23}[\t ]*\(\d{1,2}:\d{2}(?::\d{2})?\):|\d{1,2}:\d{2}(?::\d{2})?[\t ]+\p{L}[\p{L} ._-]{0,23}?[\t ]*\|(?=[\t ])|\d{1,4},\p{L}[\p{L}_ -]{0,23},"|\[\p{L}[\p{L} ._-]{0,23}\]|<\p{L}[\p{L} ._-]{0,23}>)[\t ]*/u;
/**
 * Words a speaker may say before the value itself ("um it's", "yes, that's", "no, please use", "sure,
 * it is"): letters, spaces, apostrophes and commas only, never a sentence end or a digit.
 */
const FILLER = /^[\p{L}'’ ,]{0,24}$/u;
/** Longest rest of a question line after its cue ("… date of birth please?"). */
const MAX_QUESTION_TAIL = 24;
/**
 * The rest of a question that asks for more things after the cue ("… date of birth and residential
 * address.", "…, postcode and phone number?"): a conjunction, then words only, up to a sentence end.
 */
const MORE_ITEMS_TAIL = /^[ \t]*(?:,|and|&|plus|or|y|e|et|und|en|i|ve|na|dan|at)[ \t]+[\p{L}\p{M}'’ ,/-]{1,48}[.?!:]?["'}\],]*[ \t]*$/iu;
/** The purpose of a question after its cue ("… date of birth for the secure flight data", "… to verify the account"). */
const PURPOSE_TAIL = /^[ \t]*(?:for|to|so|so that|in order to|para|pour|für|zur|per)[ \t]+[\p{L}\p{M}'’ ,/-]{1,48}[.?!:]?["'}\],]*[ \t]*$/iu;

/**
 * True when `tail`, the rest of a question line after its cue, still leaves the cue as what is asked
 * for: short and with no digits, a list of more things asked for, or what they are asked for.
 */
export function questionTailOk(raw: string): boolean {
  // An aside in brackets after the question mark says nothing about what is asked ("date of birth?
  // (Volunteers must be 16+.)").
  const tail = raw.replace(ASIDE_AFTER_QUESTION, '?');
  if (/\d/.test(tail)) return false;
  return tail.length <= MAX_QUESTION_TAIL || MORE_ITEMS_TAIL.test(tail) || PURPOSE_TAIL.test(tail) || AS_SHOWN_TAIL.test(tail);
}
/** Where the thing asked for is written, in a question ("… name as it appears on the card?", "… as shown on your passport?"). */
const AS_SHOWN_TAIL = /^[ \t]*(?:exactly )?as (?:it (?:appears|is (?:shown|written|printed))|shown|written|printed|on)[\p{L}\p{M}'’ ,/-]{0,48}\?["'}\],]*[ \t]*$/iu;
/** A question mark and an aside in brackets closing the line. */
const ASIDE_AFTER_QUESTION = /\?[ \t]*\([^()\n]{1,60}\)[ \t.]*$/;

/** The line [start, end) holding position `at`. */
function lineAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return [start, nl < 0 ? text.length : nl];
}

/**
 * A line that only introduces the turn below it, as transcription tools print them: a speaker and a
 * clock ("Speaker 1  0:40", "**Agent** (00:12)", "[00:12] Agent"), a cue timing of subtitles
 * ("00:00:33.210 --> 00:00:36.607") or its number, or a label alone ("Agent:").
 */
const HEADER_LINE =
  /^[\t ]*(?:\d{1,5}|\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\t ]*-->[\t ]*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[^\n]*|(?:\*\*)?\p{L}[\p{L}\p{N} ._'’-]{0,30}?(?:\*\*)?[\t ]+[([]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[)\]]?|[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?[\t ]+\p{L}[\p{L}\p{N} ._'’-]{0,30}|(?:\*\*)?\p{L}[\p{L}\p{N} ._'’()-]{0,30}:(?:\*\*)?)[\t ]*$/u;
/** Most header lines above one turn (a subtitle's number, then its timing). */
const MAX_HEADER_LINES = 2;

/** True when the line [start, end) only introduces a turn ({@link HEADER_LINE}). */
function isHeaderLine(text: string, start: number, end: number): boolean {
  return end > start && end - start <= MAX_HEADER_LENGTH && HEADER_LINE.test(text.slice(start, end));
}
/** Longest header line. */
const MAX_HEADER_LENGTH = 64;

/** True when the line starting at `ls` is the first line of a turn printed under a header line. */
function underHeader(text: string, ls: number): boolean {
  if (ls === 0) return false;
  const [hs, he] = lineAround(text, ls - 1);
  return isHeaderLine(text, hs, he);
}

/**
 * The content of the turn before the line starting at `ls`: blank lines and header lines above are
 * skipped; the line reached is a labelled turn (its text after the label) or the first line under a
 * header. Undefined when no turn is there.
 */
function previousTurn(text: string, ls: number): string | undefined {
  let at = ls;
  for (let skipped = 0; at > 0 && skipped <= MAX_HEADER_LINES + 1; skipped++) {
    const [ps, pe] = lineAround(text, at - 1);
    if (ps === pe || isHeaderLine(text, ps, pe)) {
      at = ps;
      continue;
    }
    const previous = text.slice(ps, pe);
    const label = TURN_LABEL.exec(previous);
    if (label) return previous.slice(label[0].length);
    return underHeader(text, ps) ? previous : undefined;
  }
  return undefined;
}

/**
 * The turn after the line ending at `nl` (its bounds after the label): blank and header lines are
 * skipped. `headed` is set when a header line introduced it (its content has no label of its own).
 */
function nextTurn(text: string, nl: number): { start: number; end: number; labelled: boolean; headed: boolean } | undefined {
  let at = nl + 1;
  let headed = false;
  for (let skipped = 0; at < text.length && skipped <= MAX_HEADER_LINES + 1; skipped++) {
    const [ns, ne] = lineAround(text, at);
    if (ns === ne || isHeaderLine(text, ns, ne)) {
      headed ||= ns !== ne;
      at = ne + 1;
      continue;
    }
    const label = TURN_LABEL.exec(text.slice(ns, ne));
    if (label) return { start: ns + label[0].length, end: ne, labelled: true, headed };
    return { start: ns, end: ne, labelled: false, headed };
  }
  return undefined;
}

/**
 * The text of the previous turn when the value at `start` opens a reply: its own line is a turn (by its
 * label or a header line above it) whose words before the value are filler only, and the turn above it,
 * past blank and header lines, is another turn. Undefined otherwise.
 * @example
 * questionBefore('A: your phone?\nB: 555 0100', 18) // 'your phone?'
 */
export function questionBefore(text: string, start: number): string | undefined {
  const [ls] = lineAround(text, start);
  if (ls === 0) return undefined;
  const contentStart = turnContentStart(text, ls, start);
  if (contentStart < 0 || !FILLER.test(text.slice(contentStart, start))) return undefined;
  return previousTurn(text, ls);
}

/**
 * Where the words of the turn on the line starting at `ls` begin, reading up to `at`: after its label,
 * or at the line start when a header line above introduces it ("Speaker 2  0:46⏎…"); -1 when the line is
 * no turn.
 */
function turnContentStart(text: string, ls: number, at: number): number {
  const label = TURN_LABEL.exec(text.slice(ls, at));
  return label ? ls + label[0].length : underHeader(text, ls) ? ls : -1;
}

/**
 * The turn holding position `at`: where its words start (after the speaker label, or at the line start
 * under a header line) and the text of the turn before it. Undefined when the line is no turn or no
 * turn precedes it.
 * @example
 * turnAt('A: your address?\nB: 12 Elm St', 25) // { contentStart: 20, previous: 'your address?' }
 */
export function turnAt(text: string, at: number): { contentStart: number; previous: string } | undefined {
  const [ls] = lineAround(text, at);
  if (ls === 0) return undefined;
  const contentStart = turnContentStart(text, ls, at);
  if (contentStart < 0) return undefined;
  const previous = previousTurn(text, ls);
  return previous === undefined ? undefined : { contentStart, previous };
}

/**
 * The text of the turn that replies to a question, when `cueEnd` ends a cue near the end of a turn
 * ("… confirm your date of birth?") and the next turn (past blank lines, as Markdown exports print
 * them, and header lines, as transcription tools do) is another speaker's: its bounds after the
 * speaker label, or undefined.
 * @example
 * replyTurn('A: your date of birth?\nB: 12/04/1990', 21) // { start: 26, end: 36 }
 */
export function replyTurn(text: string, cueEnd: number): { start: number; end: number } | undefined {
  const nl = text.indexOf('\n', cueEnd);
  if (nl < 0 || !questionTailOk(text.slice(cueEnd, nl))) return undefined;
  const [ls] = lineAround(text, cueEnd);
  const asked = text.slice(ls, cueEnd);
  const labelled = TURN_LABEL.test(asked) || underHeader(text, ls);
  // An e-mail reply under a quoted question ("> Can you confirm DOB + address?⏎⏎it's May 11, 1995 / …"),
  // or a request with no speaker labels at all: the next paragraph answers it, without a label.
  const quoted = !labelled && (QUOTED.test(asked) || REQUEST.test(asked)) && /[?.:]["'}\],]*[ \t]*$/.test(text.slice(cueEnd, nl));
  if (!labelled && !quoted) return undefined;
  const next = nextTurn(text, nl);
  if (!next) return undefined;
  if (next.labelled || (labelled && next.headed)) return { start: next.start, end: next.end };
  const line = text.slice(next.start, next.end);
  return quoted && !next.headed && next.start <= lineAround(text, nl + 1)[1] + 1 && line.length <= MAX_UNLABELLED_REPLY && !QUOTED.test(line)
    ? { start: next.start, end: next.end }
    : undefined;
}

/** A quoted line of an e-mail reply ("> …"). */
const QUOTED = /^[ \t]*>/;
/** A request for data, when no speaker labels say who asks ("Please verify your birth date and address on file."). */
const REQUEST = /\b(?:can you|could you|would you|please|kindly|confirm|verify|provide|send|share|what is|what's)\b/i;
/** Longest unlabelled reply line read as the answer to a request (a short reply, not a paragraph). */
const MAX_UNLABELLED_REPLY = 160;

/**
 * Where the reply to a question starts, when `cueEnd` ends a cue near the end of a turn ("… confirm
 * your date of birth?") and the next line is another speaker's turn: the position after that turn's
 * label and filler words, or undefined.
 */
export function answerAfter(text: string, cueEnd: number): number | undefined {
  const reply = replyTurn(text, cueEnd);
  if (!reply) return undefined;
  const { start: ns, end: ne } = reply;
  const next = text.slice(ns, ne);
  let i = 0;
  // Skip filler words up to the first digit or word that may open the value.
  // A quoted message ("asr_result: "august ninth …"") opens with its quote.
  if (next.startsWith('"')) i++;
  const filler = /^(?:(?:um+|uh+|er+m?|ah|oh|so|well|yes|yeah|yep|sure|ok|okay|right|it's|its|it is|that's|that is|sim|sí|si|oui|ja|é|c'est|es|le|el|il|am|on|den|dem|op|em|no|na|ähm|äh|ehm|euh|eh|eto|ano)[\s,]+){0,4}/iu.exec(next.slice(i));
  if (filler) i += filler[0].length;
  return ns + i;
}
