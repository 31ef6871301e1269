/**
 * @module privacy/pii/spoken-digits — numbers read out digit by digit in voice transcripts ("my social
 * is one two three, four five, six seven eight nine"; "call me on oh seven seven double oh …").
 */
import { execAll } from './types.js';

/**
 * Digit words and what they stand for: English ("oh" and "o" are zero when read out), Spanish,
 * Portuguese, French, Italian, German (with "zwo", said for 2 on the phone), Dutch, Indonesian/Malay,
 * Filipino and Swahili. Words shared by two languages ("zero", "seis", "cinco", "acht", "vier", "lima")
 * map to the same digit in all of them.
 */
const DIGIT_WORDS: Readonly<Record<string, string>> = Object.freeze({
  zero: '0', oh: '0', o: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  // Spanish.
  cero: '0', uno: '1', una: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
  // Portuguese (beside the Spanish words above).
  um: '1', dois: '2', duas: '2', três: '3', quatro: '4', sete: '7', oito: '8', nove: '9',
  // French.
  zéro: '0', un: '1', deux: '2', trois: '3', quatre: '4', cinq: '5', sept: '7', huit: '8', neuf: '9',
  // Italian.
  due: '2', tre: '3', cinque: '5', sei: '6', sette: '7', otto: '8',
  // German.
  null: '0', eins: '1', zwei: '2', zwo: '2', drei: '3', vier: '4', fünf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9',
  // Dutch.
  nul: '0', een: '1', één: '1', twee: '2', drie: '3', vijf: '5', zes: '6', zeven: '7', negen: '9',
  // Indonesian and Malay ("kosong" is the zero of phone numbers).
  nol: '0', kosong: '0', satu: '1', dua: '2', tiga: '3', empat: '4', lima: '5', enam: '6', tujuh: '7', delapan: '8', sembilan: '9',
  // Filipino (Tagalog; "sero" for zero).
  sero: '0', isa: '1', dalawa: '2', tatlo: '3', apat: '4', anim: '6', pito: '7', walo: '8', siyam: '9',
  // Swahili.
  sifuri: '0', moja: '1', mbili: '2', tatu: '3', nne: '4', tano: '5', sita: '6', saba: '7', nane: '8', tisa: '9',
  // Hindi and Urdu as typed in Latin letters ("saat do ek zero ek"); "do", "teen" and "char" only inside a run.
  shunya: '0', ek: '1', do: '2', teen: '3', char: '4', chaar: '4', paanch: '5', panch: '5', chhe: '6', chhah: '6', saat: '7', aath: '8', nau: '9',
});
/** Hesitations a caller says between digits ("eight oh three uh seven …"); not "um", which is Portuguese 1. */
const HESITATIONS = new Set(['uh', 'uhh', 'uhm', 'er', 'erm', 'eh', 'ehm', 'äh', 'ähm', 'euh', 'eee', 'emm']);
const REPEATS: Readonly<Record<string, number>> = Object.freeze({ double: 2, triple: 3 });
/**
 * Words read between groups ("one two three dash four five …") or before a country code ("plus four
 * four …", Spanish "más cinco cuatro …", French/German/Dutch "plus", Italian "più").
 */
const FILLERS = new Set(['dash', 'hyphen', 'plus', 'más', 'mas', 'più', 'mais', ...HESITATIONS]);
/**
 * Words that may open a run. Not the articles and common words that are also digits elsewhere ("un",
 * "um", "een", "una", "o", "sei", "tre", "due", "null"… inside a run only), so "un dos" prose and code
 * `null` values start no run. German "null" is the usual first digit of a national number, so it may
 * open a run, but only before another German digit word.
 */
const OPENERS =
  'plus|más|mas|più|shunya|saat|aath|paanch|chhe|teen|chaar|zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|dois|três|quatro|sete|oito|nove|zéro|deux|trois|quatre|cinq|sept|huit|neuf|cinque|sette|otto|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|nul|twee|drie|vijf|zes|zeven|negen|lima(?=(?:[\\s,-]|\\.{2,3}|…)+(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(?![\\p{L}]))|nol|satu|dua|tiga|empat|enam|tujuh|delapan|sembilan|dalawa|tatlo|siyam|mbili|tatu|sifuri|null(?=[\\s,-]+(?:eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|null)(?![\\p{L}]))';
/** Every digit word, filler and repeat word that may continue a run. */
const INNER = [...Object.keys(DIGIT_WORDS), ...FILLERS, ...Object.keys(REPEATS)]
  .filter((w) => w !== 'plus' && w !== 'más' && w !== 'mas' && w !== 'più' && w !== 'mais')
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * What may stand between two digit words: spaces, commas, dashes, and the ellipsis transcripts write for
 * the pause between digit groups ("five two five ... seven nine three"); never a single full stop.
 */
const GAP = '(?:[\\s,-]|\\.{2,3}|…)+';
/** {@link GAP} as a splitter of a run into its words. */
const GAP_SPLIT = /(?:[\s,-]|\.{2,3}|…)+/u;

/**
 * At least four digit words (or digits) in a row, separated by spaces, commas or dashes, optionally led
 * by "plus" (or "más"/"più"). `o` and the article-like words count only inside a run. Groups of digits
 * may stand among the words ("0786 two three seven 051", "604 281 two nine one eight"); a run may open
 * with one only when a digit word follows it on the same line, and never with a clock's minutes ("0:58").
 */
const RUN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${OPENERS}|(?<![:.])\\d{1,5}(?=[ \\t,-]+(?:${INNER})(?![\\p{L}\\p{N}])))(?:${GAP}(?:${INNER}|\\d{1,5})(?![\\p{L}\\p{N}])){3,}`,
  'giu',
);
/** Cheap pre-check: a digit word of four letters or fewer is in nearly every run ("one", "dos", "null", "acht"…). */
const RUN_GATE =
  /(?:saat|aath|teen|char|nol|satu|dua|tiga|lima|enam|tujuh|tatu|tatlo|apat|walo|siyam|dalawa|mbili|sifuri|zero|oh|one|two|four|five|six|nine|cero|uno|dos|tres|seis|ocho|um|sete|oito|nove|un|deux|neuf|sept|huit|tre|sei|otto|null|eins|zwei|zwo|drei|vier|acht|neun|nul|een|twee|drie|vijf|zes|cinq|cinco|siete|nueve|sechs|fünf|sieben|sette|zeven|negen|three|seven|eight|quatro|cuatro|quatre|trois|três|zéro|due)[\s,-]/i;

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
  for (const w of run.toLowerCase().split(GAP_SPLIT)) {
    if (w === '') continue;
    if (FILLERS.has(w)) continue;
    const times = REPEATS[w];
    if (times !== undefined) {
      repeat = times;
      continue;
    }
    const d = DIGIT_WORDS[w] ?? (/^\d{1,5}$/.test(w) ? w : undefined);
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
  if (!RUN_GATE.test(text)) {
    lastText = text;
    lastRuns = runs;
    return runs;
  }
  for (const m of execAll(RUN_RE, text)) {
    const digits = digitsOf(m[0]);
    // A run of one digit repeated ("null, null, null, null" in a dump; "zero zero zero zero") reads out no number.
    if (digits === undefined || /^(\d)\1*$/.test(digits)) continue;
    // A hesitation after the last digit is no part of the number ("… four five uh").
    const tail = /(?:[\s,-]|\.{2,3}|…)+(\p{L}+)$/u.exec(m[0]);
    const end = tail && HESITATIONS.has((tail[1] ?? '').toLowerCase()) ? m.index + tail.index : m.index + m[0].length;
    runs.push({ start: m.index, end, digits });
  }
  lastText = text;
  lastRuns = runs;
  return runs;
}
