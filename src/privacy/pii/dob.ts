/** @module privacy/pii/dob — dates of birth: calendar dates next to a birth cue. */
import { DATE_RE } from './date-patterns.js';
import { execAll, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/** Words that mark a date as a birth date. */
const BIRTH_CUE = /\b(?:born|birth(?:day|date)?|dob|b-?day|bday)\b|\bd\.o\.b\.?/gi;
/** "birthday present/party/sale…" names an event, not the speaker's birth date. */
const EVENT_AFTER_CUE =
  /^[ \t]+(?:present|presents|gift|gifts|party|card|cake|sale|discount|voucher|coupon|order|package|parcel|surprise|dinner|wishes|celebration|week|month|weekend|trip|bonus)\b/i;
/** Cheap pre-check: skip texts without any birth word. */
const BIRTH_PRECHECK = /born|birth|dob|d\.o\.b|b-?day/i;
/** How far after a cue the date may start ("born on the 12th of April 1990", "DOB is 1990-04-12"). */
const AFTER_WINDOW = 48;
/** How far before a cue the date may end ("12/04/1990 is my birthday"). */
const BEFORE_WINDOW = 32;
/** A sentence end between cue and date means the date belongs to another sentence. */
const SENTENCE_END = /[!?;\n]|\.\s/;

/** Collects the dates whose match lies fully inside [from, to). */
function datesIn(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const slice = text.slice(from, to);
  for (const m of execAll(DATE_RE, slice)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** Finds dates of birth: the nearest date after a birth cue, else the nearest one before it. */
export const dobDetector: PiiDetector = {
  type: 'DOB',
  detect(text: string): PiiSpan[] {
    if (!BIRTH_PRECHECK.test(text)) return [];
    const out: PiiSpan[] = [];
    const seen = new Set<number>();
    for (const cue of execAll(BIRTH_CUE, text)) {
      const cueEnd = cue.index + cue[0].length;
      if (EVENT_AFTER_CUE.test(text.slice(cueEnd, cueEnd + 16))) continue;
      // Extend the window a little so a date that starts inside it is matched whole.
      const after = datesIn(text, cueEnd, cueEnd + AFTER_WINDOW + 20).filter(
        (d) => d.start - cueEnd <= AFTER_WINDOW && !SENTENCE_END.test(text.slice(cueEnd, d.start)),
      );
      let pick = after[0];
      if (!pick) {
        const from = Math.max(0, cue.index - BEFORE_WINDOW - 20);
        const prior = datesIn(text, from, cue.index).filter(
          (d) => cue.index - d.end <= BEFORE_WINDOW && !SENTENCE_END.test(text.slice(d.end, cue.index)),
        );
        pick = prior[prior.length - 1];
      }
      if (pick && !seen.has(pick.start)) {
        seen.add(pick.start);
        out.push(spanAt('DOB', text, pick.start, pick.end));
      }
    }
    return out;
  },
};
