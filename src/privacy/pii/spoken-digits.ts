/**
 * @module privacy/pii/spoken-digits — numbers read out digit by digit in voice transcripts ("my social
 * is one two three, four five, six seven eight nine"; "call me on oh seven seven double oh …").
 */
import { execAll } from './types.js';

/** A digit word and what it stands for ("oh" and "o" are zero when read out; "double"/"triple" repeat). */
const DIGIT_WORDS: Readonly<Record<string, string>> = Object.freeze({
  zero: '0',
  oh: '0',
  o: '0',
  nought: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
});
const REPEATS: Readonly<Record<string, number>> = Object.freeze({ double: 2, triple: 3 });
/** Words read between groups ("one two three dash four five …") or before a country code ("plus four four …"). */
const FILLERS = new Set(['dash', 'hyphen', 'plus']);

/**
 * At least four digit words (or digits) in a row, separated by spaces, commas, dashes or the words
 * "dash"/"hyphen", optionally led by "plus". `o` counts only inside a run, never as its first word.
 */
const RUN_RE =
  /\b(?:plus|zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)(?:[\s,-]+(?:dash|hyphen|zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|\d)\b){3,}/gi;

/** A run of spoken digits: where it is in the text and the digits it reads out. */
export interface SpokenDigitRun {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
}

/** The digits a run of words reads out ("double five" → "55"); undefined when "double" ends the run. */
function digitsOf(run: string): string | undefined {
  let out = '';
  let repeat = 1;
  for (const w of run.toLowerCase().split(/[\s,-]+/)) {
    if (w === '') continue;
    if (FILLERS.has(w)) continue;
    const times = REPEATS[w];
    if (times !== undefined) {
      repeat = times;
      continue;
    }
    const d = DIGIT_WORDS[w] ?? (/^\d$/.test(w) ? w : undefined);
    if (d === undefined) return undefined;
    out += d.repeat(repeat);
    repeat = 1;
  }
  return repeat === 1 ? out : undefined;
}

let lastText: string | undefined;
let lastRuns: readonly SpokenDigitRun[] = [];

/**
 * The runs of digits read out as words in `text`. The phone and SSN detectors both ask for the same
 * text in turn, so the last answer is kept.
 * @example
 * spokenDigitRuns('it is one two three four')[0]?.digits // '1234'
 */
export function spokenDigitRuns(text: string): readonly SpokenDigitRun[] {
  if (text === lastText) return lastRuns;
  const runs: SpokenDigitRun[] = [];
  // One scan: a pre-test for a single digit word costs as much as the run regex and passes more often.
  for (const m of execAll(RUN_RE, text)) {
    const digits = digitsOf(m[0]);
    if (digits !== undefined) runs.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  lastText = text;
  lastRuns = runs;
  return runs;
}
