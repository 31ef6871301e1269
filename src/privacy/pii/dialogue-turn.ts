/**
 * @module privacy/pii/dialogue-turn — questions and answers in chats and call transcripts: a value
 * that opens the reply to a question ("agent: can you confirm your date of birth⏎caller: um it's …")
 * takes its cue from the question, one line up, however the two lines are laid out.
 */

/**
 * The speaker label that opens a turn, after an optional bracketed stamp: "[00:52] caller:",
 * "Customer:", "Mark (agent):", "[02/03/2023, 08:13:59] Ana:", "You:", "**user:**"; or the opening of
 * a JSON message (`{"role": "user", "content": "`, `{"role": "user", "content": [{"type": "text", "text": "`,
 * `{"ts": …, "role": "user", "text": "`) or of a log line's message (`… role=user msg="`). A label is
 * short, has no digits outside the stamp, and ends in a colon.
 */
const TURN_LABEL =
  /^[\t ]*(?:\{[\t ]*"role"[\t ]*:[\t ]*"[^"\n]{1,20}"[\t ]*,[\t ]*"content"[\t ]*:[\t ]*"|\[?\{[^\n]{0,160}?"role"[\t ]*:[\t ]*"[^"\n]{1,20}"[^\n]{0,80}?"(?:content|text|message|msg|body)"[\t ]*:[\t ]*"|[^\n]{0,160}?\brole=[\w-]{1,20}\b[^\n"]{0,60}?\b(?:msg|message|text|content)="|(?:\[[^\]\n]{1,40}\][\t ]*)?(?:[-–—][\t ]*)?[^\s\d:[\]|][^\d:\n|]{0,31}:(?:\*\*)?|\[\p{L}[\p{L} ._-]{0,23}\]|<\p{L}[\p{L} ._-]{0,23}>)[\t ]*/u;
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

/**
 * True when `tail`, the rest of a question line after its cue, still leaves the cue as what is asked
 * for: short and with no digits, or a list of more things asked for.
 */
export function questionTailOk(tail: string): boolean {
  if (/\d/.test(tail)) return false;
  return tail.length <= MAX_QUESTION_TAIL || MORE_ITEMS_TAIL.test(tail);
}

/** The line [start, end) holding position `at`. */
function lineAround(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return [start, nl < 0 ? text.length : nl];
}

/**
 * The text of the previous turn when the value at `start` opens a reply: its own line is a turn whose
 * words before the value are filler only, and the line above (or the one above a blank line) is a turn
 * too. Undefined otherwise.
 * @example
 * questionBefore('A: your phone?\nB: 555 0100', 18) // 'your phone?'
 */
export function questionBefore(text: string, start: number): string | undefined {
  const [ls] = lineAround(text, start);
  if (ls === 0) return undefined;
  const prefix = text.slice(ls, start);
  const label = TURN_LABEL.exec(prefix);
  if (!label || !FILLER.test(prefix.slice(label[0].length))) return undefined;
  let [ps, pe] = lineAround(text, ls - 1);
  // Markdown exports put a blank line between turns.
  if (ps === pe && ps > 0) [ps, pe] = lineAround(text, ps - 1);
  const previous = text.slice(ps, pe);
  const pl = TURN_LABEL.exec(previous);
  return pl ? previous.slice(pl[0].length) : undefined;
}

/**
 * The text of the turn that replies to a question, when `cueEnd` ends a cue near the end of a turn
 * ("… confirm your date of birth?") and the next line (or the one after a blank line, as Markdown
 * exports print turns) is another turn: its bounds after the speaker label, or undefined.
 * @example
 * replyTurn('A: your date of birth?\nB: 12/04/1990', 21) // { start: 26, end: 36 }
 */
export function replyTurn(text: string, cueEnd: number): { start: number; end: number } | undefined {
  const nl = text.indexOf('\n', cueEnd);
  if (nl < 0 || !questionTailOk(text.slice(cueEnd, nl))) return undefined;
  const [ls] = lineAround(text, cueEnd);
  const asked = text.slice(ls, cueEnd);
  const labelled = TURN_LABEL.test(asked);
  // An e-mail reply under a quoted question ("> Can you confirm DOB + address?⏎⏎it's May 11, 1995 / …"),
  // or a request with no speaker labels at all: the next paragraph answers it, without a label.
  const quoted = !labelled && (QUOTED.test(asked) || REQUEST.test(asked)) && /[?.:]["'}\],]*[ \t]*$/.test(text.slice(cueEnd, nl));
  if (!labelled && !quoted) return undefined;
  let [ns, ne] = lineAround(text, nl + 1);
  if (ns === ne && ne < text.length) [ns, ne] = lineAround(text, ne + 1);
  const label = TURN_LABEL.exec(text.slice(ns, ne));
  if (label) return { start: ns + label[0].length, end: ne };
  return quoted && ne - ns <= MAX_UNLABELLED_REPLY && !QUOTED.test(text.slice(ns, ne)) ? { start: ns, end: ne } : undefined;
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
  const filler = /^(?:(?:um+|uh+|er+m?|ah|oh|so|well|yes|yeah|yep|sure|ok|okay|right|it's|its|it is|that's|that is|sim|sí|si|oui|ja|é|c'est|es|le|el|il|am|on|den|dem|op|em|no|na)[\s,]+){0,4}/iu.exec(next.slice(i));
  if (filler) i += filler[0].length;
  return ns + i;
}
