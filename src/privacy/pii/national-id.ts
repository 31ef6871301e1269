/** @module privacy/pii/national-id — US Social Security numbers and UK National Insurance numbers. */
import { ssnValid } from './checksums.js';
import { continuesNumerically, followsNumericPrefix, hasNegativeCue, hasSsnCue, tableColumn } from './context-cues.js';
import { questionBefore, turnAt } from './dialogue-turn.js';
import { identityRecordFields } from './record-lines.js';
import { spokenDigitRuns } from './spoken-digits.js';
import { rowLabel } from './table-header.js';
import { execAll, hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/**
 * AAA-GG-SSSS with one separator used throughout (dash, space or dot), or (only after an SSN cue)
 * nothing between the parts.
 */
const SSN_RE = /(?<![\w-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\w-])/g;

/**
 * UK NINO: two prefix letters (D, F, I, Q, U, V never; O never second), six digits, suffix A–D.
 * The disallowed pairs BG, GB, NK, KN, TN, NT and ZZ are rejected after matching.
 */
const NINO_RE = /(?<![\w])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![\w])/g;
const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
/** Digits in an SSN (AAA-GG-SSSS). */
const SSN_DIGITS = 9;
/**
 * A table column holding SSNs: `ssn`, `employee_ssn`, `SSN#`, `social_security_no`, or a person's US
 * taxpayer number (`TIN`, `Taxpayer ID`), which is their SSN (an EIN is printed 12-3456789).
 */
const SSN_COLUMN = /(?:^|[^a-z])(?:ssn|social|tin\b|taxpayer)/;
/** Columns of other nine-digit numbers: bank routing and account numbers, phones, employer and order ids. */
const OTHER_NUMBER_COLUMN = /routing|\baba\b|account|acct|iban|phone|tel\b|mobile|\bein\b|\bnpi\b|order|invoice|policy|member|tracking/;
/** A masked SSN ("***-**-4602", "XXX-XX-4602"): nine bare digits after it in the same sentence are the whole number. */
const MASKED_SSN_BEFORE = /(?:\*{3}|[Xx]{3})-(?:\*{2}|[Xx]{2})-\d{4}[^.!?\n]{0,80}$/;
/** A form's identifier type naming an SSN, then the identifier's own label ("ID type: SSN  ID: "). */
const ID_TYPE_SSN = /\b(?:id|identifier|identification)[ _-]?type[ \t]*[:=][ \t]*(?:ssn|social security(?: number)?)[ \t]+(?:id|number|no\.?|#)?[ \t]*[:#=]?[ \t]*$/i;
/** A US taxpayer number's label right before nine bare digits ("TIN ", "Tax ID on file (payouts): "). */
const TAXPAYER_NUMBER = /\b(?:TIN|[Tt]axpayer (?:ID|[Ii]dentification)(?: [Nn]umber)?|[Tt]ax ID(?: on file)?)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[:#]?[ \t]*$/;
/** A label naming an SSN alone on the line above the number, as forms copied out of a PDF print it ("Employee SSN⏎512483391"). */
const SSN_LABEL_ABOVE = /(?:^|\n)[ \t]*(?:[A-Za-z'’]+[ \t]){0,3}(?:SSN|[Ss]ocial [Ss]ecurity(?: [Nn]umber| [Nn]o\.?)?)[ \t]*[:#]?[ \t]*\r?\n[ \t]*$/;
/** A sentence ending in "SSN" or "Social Security number", then a few words of the next one, before the number. */
const SSN_SENTENCE_BEFORE = /(?:\bSSN|\b[Ss]ocial [Ss]ecurity(?: [Nn]umber)?)[ \t]*[.!][ \t]+[^.!?\n\d]{0,24}$/;
/**
 * An SSN named earlier in the turn, then the number offered as "it's …" ("the form wants my social for a
 * background check. is that normal? it's 827206016").
 */
const SSN_THEN_IT_IS = /(?:\bSSN\b|\b[Ss]ocial [Ss]ecurity\b|\b[Mm]y social\b)[^\n\d]{0,80}\b(?:it's|it’s|it is|that's|that’s|here it is:?)[ \t]*$/i;
/** Characters read before a number for {@link MASKED_SSN_BEFORE}: the mask and up to 80 characters of sentence. */
const MASKED_REACH = 92;
/** Characters read before a number for {@link ID_TYPE_SSN} and {@link TAXPAYER_NUMBER}. */
const ID_TYPE_REACH = 48;
/**
 * How far after one SSN a second bare one may follow in the same sentence and share its cue
 * ("my SSN is 123-45-6789, my wife's is 987654320").
 */
const LIST_GAP = 40;

/** A label offering the SSN or another id ("Member SSN or ID:", "SSN/TIN:"): what is filled in is read as the SSN. */
const SSN_OR_ID = /\bSSN[ \t]*(?:or|\/)[ \t]*(?:member[ \t]+)?(?:ID|TIN|ITIN|number)[ \t]*[:#]?[ \t]*$/i;

/** True when the value at `start` sits in a table column named for the SSN ("ssn", "ssn_or_id", "Social Security"). */
function ssnColumnAt(text: string, start: number): boolean {
  const column = tableColumn(text, start);
  return column !== undefined && SSN_COLUMN.test(column);
}

/**
 * True when nine bare digits at `start` are introduced as an SSN: a cue word, a column or a list, and
 * not named as another identifier ("ticket 123456789").
 */
function bareSsnCued(text: string, start: number, previousEnd: number): boolean {
  // "ID type: SSN  ID: 718427166": the generic "ID" label is the SSN the type field names; a person's
  // taxpayer number is their SSN ("lists TIN 343511548", "Tax ID on file: …"; an EIN is printed 12-3456789).
  const lead = text.slice(Math.max(0, start - ID_TYPE_REACH), start);
  if (ID_TYPE_SSN.test(lead) || TAXPAYER_NUMBER.test(lead) || SSN_LABEL_ABOVE.test(lead) || SSN_OR_ID.test(lead)) return true;
  if (hasNegativeCue(text, start)) return false;
  // "My W-2 shows ***-**-4602 but … it should be 298577059": the full number of the masked one; "… has
  // the wrong SSN. It shows 706384954": the sentence right after one that names an SSN says what it shows.
  const reach = text.slice(Math.max(0, start - MASKED_REACH), start);
  if (MASKED_SSN_BEFORE.test(reach) || SSN_SENTENCE_BEFORE.test(reach) || SSN_THEN_IT_IS.test(reach)) return true;
  if (hasSsnCue(text, start)) return true;
  const label = rowLabel(text, start);
  if (label !== undefined && SSN_COLUMN.test(label)) return true;
  const column = tableColumn(text, start);
  if (column !== undefined && SSN_COLUMN.test(column)) return true;
  // A column of another number: the routing number beside an SSN in a CSV row is no second SSN.
  if (column !== undefined && OTHER_NUMBER_COLUMN.test(column)) return false;
  if (previousEnd >= 0 && start - previousEnd <= LIST_GAP && !/[.!?\n]/.test(text.slice(previousEnd, start))) return true;
  return asksForSsn(text, start) || labelUnderSsnLine(text, start) || correctsSsnAbove(text, start);
}

/** How many non-blank lines above a correction are read for an SSN mention. */
const CORRECTION_LINES_ABOVE = 3;

/**
 * True when the number is offered as the right one ("the right one is …", "mine is …") in a reply to a
 * line above that speaks of an SSN, blank lines and a quote mark between them allowed ("> Please
 * confirm the SSN you entered: 666-03-3738⏎⏎That's a typo, the right one is 029934576.").
 */
function correctsSsnAbove(text: string, start: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  return ls > 0 && OWN_NUMBER_BEFORE.test(text.slice(ls, start)) && ssnNamedAbove({ text, lineStart: ls, lines: CORRECTION_LINES_ABOVE, pastBlank: true });
}

/**
 * True when one of the `lines` non-blank lines above the line starting at `lineStart` speaks of an SSN
 * (not of social media); a blank line ends the search unless `pastBlank`.
 */
function ssnNamedAbove(p: { text: string; lineStart: number; lines: number; pastBlank: boolean }): boolean {
  const { text } = p;
  let at = p.lineStart - 1;
  for (let k = 0; k < p.lines && at >= 0; ) {
    const ps = text.lastIndexOf('\n', at - 1) + 1;
    const line = text.slice(ps, at);
    at = ps - 1;
    if (line.trim() === '') {
      if (p.pastBlank) continue;
      return false;
    }
    if (SSN_ASKED.test(line) && !/\bsocial[\s_-]?media\b/i.test(line)) return true;
    k++;
  }
  return false;
}

/** A short label opening the value's line ("On file: ", "Correct: ", "- old: "). */
const SHORT_LABEL = /^[\t ]*(?:[-*•][\t ]*)?\p{L}[\p{L} ]{0,15}:[\t ]*$/u;
/** How many lines above a labelled value are read for an SSN mention. */
const LABEL_LINES_ABOVE = 2;

/**
 * True when the nine digits open a short-labelled line under a line that speaks of an SSN, in the same
 * paragraph ("… reports the SSN on the form is wrong.⏎On file: 166936127⏎Correct: 842-12-0914").
 */
function labelUnderSsnLine(text: string, start: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const label = text.slice(ls, start);
  return ls > 0 && SHORT_LABEL.test(label) && !OTHER_ID_LABEL.test(label) && ssnNamedAbove({ text, lineStart: ls, lines: LABEL_LINES_ABOVE, pastBlank: false });
}

/** A label naming another number (an SSN line above does not make a passport number an SSN: "SSN: …⏎Passport: 762695599"). */
const OTHER_ID_LABEL = /passport|licen[cs]e|visa|permit|account|acct|routing|policy|member|phone|mobile|\btel\b|\bein\b|\bnpi\b|student|employee|case|order|invoice|tracking|sevis|alien|ticket|reference|\bref\b/i;

/** A question naming an SSN ("… I need your Social Security number and date of birth."). */
const SSN_ASKED = /(?<![a-z])ssn\b|\bsocial[\s_-]?security\b|\bsocial\b/i;

/**
 * A reply that lists answers before the value ("Feb 19, 1964 and 080374381"): a few words ending in a
 * list joiner, no sentence end.
 */
const LISTED_BEFORE = /^[^.!?\n]{1,40}(?:,|\band|&)\s*$/i;

/** The reply's own number against the one read out ("no that's wrong, mine is …", "the right one is …"). */
const OWN_NUMBER_BEFORE = /\b(?:mine is|mine's|it(?:'s| is) actually|the (?:right|correct) one is)[ \t]*:?[ \t]*$/i;

/** The whole number offered after part of it ("it's 2597, actually here's the full one: …", "the full one is …"). */
const WHOLE_NUMBER_BEFORE = /\b(?:full|whole|complete|entire)\b(?: one| number| thing| ssn)?(?:[ \t]+is)?[ \t]*:?[ \t]*$/i;

/** A reply that only acknowledges the request before the value ("sure — 531442876, born …", "Yes: …"). */
const ACKNOWLEDGED_BEFORE = /^[ \t]*(?:sure|yes|yeah|yep|ok(?:ay)?|of course|certainly|no problem|here you go|here it is)[ \t]*[,.:!—–-]*[ \t]*$/i;

/**
 * True when the value opens the reply to a turn that asks for an SSN, or ends a short list of answers
 * to a turn that asks for several things, one of them an SSN ("Date of birth and Social Security
 * number?⏎You: Feb 19, 1964 and 080374381"), or follows the word "full" in such a reply ("it's 2597,
 * actually here's the full one: 547577986").
 */
function asksForSsn(text: string, start: number): boolean {
  const question = questionBefore(text, start);
  if (question !== undefined) return SSN_ASKED.test(question);
  const turn = turnAt(text, start);
  if (turn === undefined || !SSN_ASKED.test(turn.previous)) return false;
  const said = text.slice(turn.contentStart, start);
  return LISTED_BEFORE.test(said) || WHOLE_NUMBER_BEFORE.test(said) || OWN_NUMBER_BEFORE.test(said) || ACKNOWLEDGED_BEFORE.test(said);
}

/** Finds national identifiers: SSNs (SSA validity rules) and UK NI numbers. */
export const nationalIdDetector: PiiDetector = {
  type: 'NATIONAL_ID',
  detect(text: string): PiiSpan[] {
    const out: PiiSpan[] = [];
    // Read out in a transcript ("my social is one two three, four five, …"): nine digits after a cue.
    for (const r of spokenDigitRuns(text)) {
      if (r.digits.length === SSN_DIGITS && ssnValid(r.digits) && (hasSsnCue(text, r.start) || asksForSsn(text, r.start))) {
        out.push(spanAt('NATIONAL_ID', text, r.start, r.end));
      }
    }
    if (!hasDigitRun(text)) return out;
    // Fixed-width identity records: a padded name in capitals and bare SSN, birth-date and phone fields.
    for (const f of identityRecordFields(text)) if (f.type === 'NATIONAL_ID') out.push(spanAt('NATIONAL_ID', text, f.start, f.end));
    let previousEnd = -1;
    for (const m of execAll(SSN_RE, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!ssnValid(m[0])) continue;
      // "…,531-44-2876,14": under an SSN column the comma closes the cell (no SSN has a decimal part).
      if (continuesNumerically(text, end) && !(text[end] === ',' && ssnColumnAt(text, start))) continue;
      // "SSN#123-45-6789": a `#` marks a number, which is an SSN when the cue says so.
      if (followsNumericPrefix(text, start) && !(text[start - 1] === '#' && hasSsnCue(text, start))) continue;
      // Nine bare digits are an SSN only when the text says so; otherwise they are ids or amounts.
      if (m[2] === '' && !bareSsnCued(text, start, previousEnd)) continue;
      // A grouped number named as another identifier ("HS 385.44.5249", "Tariff: 586.66.6524", "case 212-71-6319").
      if (m[2] !== '' && hasNegativeCue(text, start) && !hasSsnCue(text, start)) continue;
      out.push(spanAt('NATIONAL_ID', text, start, end));
      previousEnd = end;
    }
    for (const m of execAll(NINO_RE, text)) {
      if (NINO_BAD_PREFIX.has(m[1] ?? '')) continue;
      out.push(spanAt('NATIONAL_ID', text, m.index, m.index + m[0].length));
    }
    return out;
  },
};
