/** @module privacy/pii/runner — runs the detectors and merges overlapping spans into one clean list. */
import { addressDetector } from './address.js';
import { cardDetector } from './card.js';
import { birthDateAfterName, birthDateInNameRecord, dobDetector } from './dob.js';
import { emailDetector } from './email.js';
import { ibanDetector } from './iban.js';
import { ipDetector } from './ip.js';
import { knownNameSpans } from './known-names.js';
import { inCitedCase } from './legal-names.js';
import { nationalIdDetector } from './national-id.js';
import { asciiDigitDashes, asciiDigits, hasDigitDashes, hasNativeDigits } from './native-digits.js';
import { isOfficeTitle, isShipName, isSkill, isSpellingWord, petSomewhere, placeWordBefore, shortWeekday, thingNamedAfter, verbOpeningSentence } from './name-negatives.js';
import { builtInNameScorer, reviewNames, type NameScorerModel } from './name-scorer.js';
import { organisationClosesSpan } from './org-context.js';
import { inListedPlace, isNamedBuilding, isPlaceByLayout, isSeasonTerm } from './place-context.js';
import { withoutOrganisationMentions } from './org-memory.js';
import { withNameColumns } from './name-columns.js';
import { inThingColumn } from './name-fields.js';
import { nameAboveAddress } from './record-names.js';
import { personNameDetector } from './person-name.js';
import { cutAddressesAtCuedPhones, phoneDetector } from './phone.js';
import { hasStringEscapes, readStringEscapes } from './string-escapes.js';
import { PII_TYPES, spanAt, type PiiDetector, type PiiSpan, type PiiType } from './types.js';
import type { WordLexicon } from './word-lexicon.js';

/** The built-in detectors, one per type, fast path only (no NLP model). */
export const DEFAULT_DETECTORS: readonly PiiDetector[] = Object.freeze([
  emailDetector,
  ibanDetector,
  cardDetector,
  nationalIdDetector,
  ipDetector,
  phoneDetector,
  dobDetector,
  addressDetector,
  personNameDetector,
]);

/**
 * Tie-break rank when two spans overlap and neither is structured-vs-name nor longer: the type whose
 * validation is stricter wins (a checksum beats a shape, a shape beats a cue).
 */
const SPECIFICITY: Readonly<Record<PiiType, number>> = Object.freeze({
  EMAIL: 9,
  IBAN: 8,
  CARD: 7,
  NATIONAL_ID: 6,
  IP: 5,
  DOB: 4,
  PHONE: 3,
  ADDRESS: 2,
  PERSON: 1,
});

/** Options for {@link detectPii}. */
export interface DetectPiiOptions {
  /** Only these types are reported (default: all). */
  readonly types?: readonly PiiType[];
  /** Names known to be people here (e.g. the user's own name from session metadata). */
  readonly knownNames?: readonly string[];
  /** Everyday-word lexicon for sharper name detection (e.g. `winkWordLexicon()`). */
  readonly lexicon?: WordLexicon;
  /**
   * The learned second look at capitalised words the name rules left alone (name-scorer.ts). Default:
   * the built-in model when a lexicon is given; `null` turns it off (the trainer reads the rules alone).
   */
  readonly nameScorer?: NameScorerModel | null;
  /** Replaces the built-in detector list (e.g. to add the wink-nlp name detector). */
  readonly detectors?: readonly PiiDetector[];
}

/** Orders candidates: structured before names, then longer, then more specific, then earlier. */
function precedence(a: PiiSpan, b: PiiSpan): number {
  const nameA = a.type === 'PERSON' ? 1 : 0;
  const nameB = b.type === 'PERSON' ? 1 : 0;
  return (
    nameA - nameB ||
    b.end - b.start - (a.end - a.start) ||
    SPECIFICITY[b.type] - SPECIFICITY[a.type] ||
    a.start - b.start
  );
}

/**
 * Merges overlapping spans: structured types beat names; otherwise the longer span wins, then the
 * more specific type. Returns non-overlapping spans in text order.
 */
export function mergeSpans(spans: readonly PiiSpan[]): PiiSpan[] {
  if (spans.length < 2) return [...spans];
  const kept: PiiSpan[] = [];
  for (const s of [...spans].sort(precedence)) {
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Addresses that run on into a date of birth ("…, 7273 KL Eindhoven, geboren 27-12-1991", a reply giving
 * both) end before it, at the last comma or line break before the date: the merge would otherwise keep
 * the longer address and drop the date.
 */
function cutAddressesAtBirthDates(text: string, spans: readonly PiiSpan[]): readonly PiiSpan[] {
  const dates = spans.filter((s) => s.type === 'DOB');
  if (dates.length === 0) return spans;
  return spans.map((s) => {
    if (s.type !== 'ADDRESS') return s;
    const dob = dates.find((d) => d.start > s.start && d.start < s.end);
    if (!dob) return s;
    const cut = Math.max(text.lastIndexOf(',', dob.start), text.lastIndexOf('\n', dob.start));
    if (cut <= s.start) return s;
    let end = cut;
    while (end > s.start && /\s/.test(text[end - 1] ?? '')) end--;
    return spanAt('ADDRESS', text, s.start, end);
  });
}

/**
 * The spans plus what `beside` finds next to each of them (a name above an address, a birth date after
 * a full name), where no span covers it yet; the same array when nothing is added.
 */
function withSpansBeside(spans: PiiSpan[], beside: (s: PiiSpan) => PiiSpan | undefined): PiiSpan[] {
  let out = spans;
  for (const s of spans) {
    const found = beside(s);
    if (found && !spans.some((o) => o.start < found.end && found.start < o.end)) out = [...out, found];
  }
  return out === spans ? spans : out.sort((a, b) => a.start - b.start);
}

/** The name printed on the line above an address that opens a line (record-names.ts). */
const nameAbove = (text: string, lexicon: WordLexicon) => (s: PiiSpan) => (s.type === 'ADDRESS' ? nameAboveAddress(text, s.start, lexicon) : undefined);

/** The birth date typed right after a full name, or in the same record line ({@link birthDateAfterName}, {@link birthDateInNameRecord}). */
const birthDateAfter = (text: string) => (s: PiiSpan) => {
  if (s.type !== 'PERSON') return undefined;
  const d = (s.value.includes(' ') ? birthDateAfterName(text, s.end) : undefined) ?? birthDateInNameRecord(text, s.start, s.end);
  return d ? spanAt('DOB', text, d.start, d.end) : undefined;
};

/**
 * Finds PII in `text`. Spans carry raw values: keep them inside the privacy module.
 * @example
 * detectPii('mail me at ana@example.com').map((s) => s.type) // ['EMAIL']
 */
export function detectPii(text: string, options: DetectPiiOptions = {}): PiiSpan[] {
  const { types = PII_TYPES, knownNames = [], detectors = DEFAULT_DETECTORS } = options;
  const wanted = types === PII_TYPES ? null : new Set(types);
  const ctx = { knownNames, ...(options.lexicon ? { lexicon: options.lexicon } : {}) };
  // Digits of other scripts ("۱۳۴۹/۱۲/۰۴", "०९८७६"): every detector reads a copy with ASCII digits
  // (same length, so offsets hold) and each span's value is taken back from the original text.
  const native = hasNativeDigits(text);
  // Escapes of JSON and log strings ("a,b\\n10.0.0.1") are read as the line breaks and quotes they stand
  // for (also same length), so a CSV file or an address inside a tool result keeps its lines.
  const escaped = hasStringEscapes(text);
  // Typographic dashes inside numbers ("512–48–3391") are read as "-" (same length again).
  const dashed = hasDigitDashes(text);
  const copied = native || escaped || dashed;
  let scanned = native ? asciiDigits(text) : text;
  if (escaped) scanned = readStringEscapes(scanned);
  if (dashed) scanned = asciiDigitDashes(scanned);
  const all: PiiSpan[] = [];
  for (const d of detectors) {
    if (wanted && !wanted.has(d.type)) continue;
    for (const s of d.detect(scanned, ctx)) all.push(s);
  }
  let merged = mergeSpans(cutAddressesAtBirthDates(scanned, cutAddressesAtCuedPhones(scanned, all)));
  // The learned scorer reads features from the everyday-word lexicon: without one it would read every
  // capitalised word as unknown, so it runs only with a lexicon; by default only on the default detectors.
  const scorer = options.nameScorer === undefined ? (detectors === DEFAULT_DETECTORS ? builtInNameScorer() : null) : options.nameScorer;
  if (scorer && options.lexicon && (!wanted || wanted.has('PERSON'))) {
    // The rules' names the model reads as no name are dropped first (never the user's own).
    const review = reviewNames(scanned, merged, options.lexicon, scorer, knownNameSpans(scanned, knownNames));
    merged = [...review.kept];
    // The scorer reads one token's neighbourhood: the rules' checks for pets, for things and places named
    // after people ("our hamster Rose", "King Edward VI School", "MSC Irina", "St. Luke's"), for weekdays
    // of a rota and the document's organisations still apply. Of the rules' organisation checks only the
    // words after a name are read ("Okonkwo Brothers", "… K.K."): the others cost names here (measured
    // −0.03 name recall on some splits), as do the rules' place-slot checks ("in law Brennan").
    const scored = review.added.filter(
      (s) =>
        !petSomewhere(scanned, s.value) &&
        !thingNamedAfter(scanned, s) &&
        !placeWordBefore(scanned, s) &&
        !shortWeekday(scanned, s) &&
        !isOfficeTitle(scanned, s) &&
        !isSeasonTerm(scanned, s.start, s.end) &&
        !isNamedBuilding(scanned, s.start, s.end) &&
        !isPlaceByLayout(scanned, s.start, s.end) &&
        !inListedPlace(scanned, s.start, s.end) &&
        !isShipName(scanned, s) &&
        !isSkill(scanned, s) &&
        !isSpellingWord(scanned, s) &&
        !inThingColumn(scanned, s.start) &&
        !inCitedCase(scanned, s) &&
        !verbOpeningSentence(scanned, s) &&
        !organisationClosesSpan(scanned, s.start, s.end),
    );
    const extra = withoutOrganisationMentions(scanned, scored);
    if (extra.length > 0) merged = [...merged, ...extra].sort((a, b) => a.start - b.start);
  }
  if (options.lexicon && (!wanted || wanted.has('PERSON'))) merged = withNameColumns(scanned, withSpansBeside(merged, nameAbove(scanned, options.lexicon)), options.lexicon);
  if (!wanted || wanted.has('DOB')) merged = withSpansBeside(merged, birthDateAfter(scanned));
  return copied ? merged.map((s) => ({ ...s, value: text.slice(s.start, s.end) })) : merged;
}
