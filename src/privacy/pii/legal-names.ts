/**
 * @module privacy/pii/legal-names — names in the layouts of legal documents (ADR 0011, thirty-ninth round):
 *
 * - the person a heading is about, which court and probate headings print in capitals: "ESTATE OF OKONKWO,
 *   ADAEZE", "DEPOSITION OF MARISOL QUINTANA", "AFFIDAVIT OF …", "IN THE MATTER OF THE
 *   GUARDIANSHIP OF⏎…";
 * - the parties of a matter's own caption ("Case: Wróbel v. Northline Freight Inc.", "Hearing moved —
 *   Okafor v. Lakeside Apartments LP"): a side of "v." that is neither an organisation nor a place, on a line
 *   with a word of a legal matter (fixtures and comparisons put "v" and "vs" between names too);
 * - and, as no people, the parties of a cited precedent, which name a case, not anyone in the document:
 *   a case name followed by its reporter ("Mapp v. Ohio, 367 U.S. 643 (1961)", "Caparo v Dickman
 *   [1990] 2 AC 605") or after a citation signal ("see", "cf.", "citing", "under").
 *
 * Written from general knowledge of US, UK and Commonwealth citation and caption styles, not from any
 * corpus's values.
 */
import { givenNameClass } from './given-name.js';
import { isListedSurname } from './surname.js';
import { LEGAL_FORMS, ORG_WORDS_AFTER } from './org-context.js';
import { placeNames } from './place-gazetteer.js';
import { execAll, type PiiSpan } from './types.js';
import type { WordLexicon } from './word-lexicon.js';

/** A heading about a person, in capitals, up to the name (maybe on the next line). */
const HEADING_RE =
  /\b(?:ESTATE|DEPOSITION|AFFIDAVIT|GUARDIANSHIP|CONSERVATORSHIP|TESTAMENT|ADOPTION|NATURALI[SZ]ATION|CUSTODY)[ \t]+OF[ \t]*\n?[ \t]*(?:THE[ \t]+(?:LATE|ESTATE[ \t]+OF|GUARDIANSHIP[ \t]+OF|CONSERVATORSHIP[ \t]+OF)[ \t]*\n?[ \t]*)?/g;
/** The name after such a heading: two to four words in capitals, maybe "SURNAME, GIVEN", closed by a mark or the line end. */
const CAPITAL_NAME = /(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:,?[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*){1,3})(?=[ \t]*(?:[,—–(]|-[ \t]|\n|$|[ \t]{2}))/uy;
/** Cheap gate for {@link HEADING_RE}. */
const HEADING_GATE = /[A-Z] OF\b/;

/** A case name: "A v. B", "A vs. B", "A v B" (group 1 the left side, group 2 the right side). */
const CASE_NAME_RE =
  /(\p{Lu}[\p{L}\p{M}'’.&-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|de|van|von|and|&)){0,5})[ \t]+vs?\.?[ \t]+(\p{Lu}[\p{L}\p{M}'’.&-]*(?:,?[ \t]+(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|de|van|von|and|&)){0,5})/gu;
/** Cheap gate for {@link CASE_NAME_RE}. */
const CASE_GATE = / vs?\.? \p{Lu}/u;
/**
 * What follows a cited precedent's name: a reporter ("…, 392 U.S. 1", "…, 512 F.3d 88", "…, 2019 WL
 * 123456"), a neutral or English citation ("[1932] AC 562", "[2019] UKSC 5") or the decision's year in
 * brackets ("(1966)").
 */
const REPORTER_AFTER =
  /^[^\n;]{0,40}?(?:,[ \t]*\d{1,4}[ \t]+[A-Z][\w.']*(?:[ \t]+[\w.']+){0,3}?[ \t]+\d{1,5}\b|[ \t,]\[\d{4}\][ \t]+(?:\d+[ \t]+)?[A-Z][A-Za-z.]*[ \t]+\d{1,5}|\((?:1[6-9]|20)\d\d\))/;
/** Citation signals before a precedent ("see", "see also", "cf.", "compare", "citing", "under", "heard of"). */
const SIGNAL_BEFORE = /\b(?:see(?: also)?|cf\.?|compare|citing|cited|accord|contra|under|following|applying|overruling|distinguishing|heard of|e\.g\.,?)[ \t]+$/i;
/** Characters read before a case name for {@link SIGNAL_BEFORE}. */
const SIGNAL_REACH = 24;

/** Words of case names that are no party's name but read as one in capitals ("State", "People", "United States"). */
const NON_PARTY_WORDS: ReadonlySet<string> = new Set(
  'State States United People Commonwealth Crown King Queen Regina Rex Republic Kingdom Government City County Board Department Secretary Commissioner Attorney General Ex Parte Re In Matter'.split(' '),
);

/** True when `w` reads as part of a person's name: a listed given name or surname, or no everyday word. */
function nameWord(w: string, lexicon: WordLexicon | undefined): boolean {
  const bare = w.replace(/[,.'’]+$/u, '');
  if (bare.length < 2 || NON_PARTY_WORDS.has(bare)) return false;
  const cap = bare[0] + bare.slice(1).toLowerCase();
  if (givenNameClass(cap, lexicon) !== 'none' || (lexicon && isListedSurname(cap, lexicon))) return true;
  return !lexicon || !lexicon.isCommonWord(bare.toLowerCase());
}

/** True when a caption side names an organisation or a place ("Northline Freight Inc.", "Ohio", "Lakeside Mutual Insurance Co."). */
function organisationOrPlace(side: string): boolean {
  const words = side.replace(/[,.]/g, ' ').split(/[ \t]+/).filter(Boolean);
  if (words.some((w) => LEGAL_FORMS.has(w) || ORG_WORDS_AFTER.has(w) || w === 'Co' || w === '&')) return true;
  return placeNames().has(side.trim());
}

/** The people a legal heading is about ({@link HEADING_RE}), appended to `out`. */
function headingNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const h of execAll(HEADING_RE, text)) {
    const at = h.index + h[0].length;
    CAPITAL_NAME.lastIndex = at;
    const m = CAPITAL_NAME.exec(text);
    const name = m?.[1];
    if (!m || !name) continue;
    const words = name.split(/,?[ \t]+/);
    if (!words.every((w) => nameWord(w, lexicon))) continue;
    out.push({ type: 'PERSON', start: at, end: at + name.length, value: name });
  }
}

/** True when the case name at [start, end) is a cited precedent (reporter after it, or a citation signal before it). */
function citedPrecedent(text: string, start: number, end: number): boolean {
  if (REPORTER_AFTER.test(text.slice(end, end + 80))) return true;
  return SIGNAL_BEFORE.test(text.slice(Math.max(0, start - SIGNAL_REACH), start));
}

/** The case names of `text`, each with whether it is a cited precedent. */
function caseNames(text: string): Array<{ start: number; end: number; left: string; right: string; cited: boolean }> {
  if (!CASE_GATE.test(text)) return [];
  return execAll(CASE_NAME_RE, text).map((m) => {
    const end = m.index + m[0].length;
    return { start: m.index, end, left: m[1] ?? '', right: m[2] ?? '', cited: citedPrecedent(text, m.index, end) };
  });
}

/**
 * Words of a legal matter on a caption's line ("Case:", "Index No.", "Hearing", "Mediation", "Court"):
 * without one, "A v. B" is as often a fixture or a comparison ("Wanderers v Albion", "Ring vs Nest").
 */
const LEGAL_CONTEXT =
  /\b(?:case(?:[ \t]*(?:no\b|number|#)|:)|in the matter|matter:|docket|index no|claim no|court|hearing|mediation|arbitration|deposition|plaintiffs?|defendants?|petitioner|respondent|appeal|motion|caption|litigation|lawsuit|transcript|settlement|trial|proceedings?)\b/i;

/** The line holding [start, end). */
function lineAround(text: string, start: number, end: number): string {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const le = text.indexOf('\n', end);
  return text.slice(ls, le < 0 ? text.length : le);
}

/**
 * The parties of the document's own matters: each side of a case name that is not cited as a precedent
 * and is neither an organisation nor a place, when its words read as a name.
 */
function partyNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const c of caseNames(text)) {
    if (c.cited || !LEGAL_CONTEXT.test(lineAround(text, c.start, c.end))) continue;
    const sides: Array<[string, number]> = [
      [c.left, c.start],
      [c.right, c.end - c.right.length],
    ];
    for (const [side, at] of sides) {
      const trimmed = side.replace(/[,.]+$/, '');
      if (organisationOrPlace(trimmed) || !trimmed.split(/[ \t]+/).every((w) => nameWord(w, lexicon))) continue;
      out.push({ type: 'PERSON', start: at, end: at + trimmed.length, value: trimmed });
    }
  }
}

/**
 * The person a certificate or deed is about, after its formula and before a comma ("This is to certify
 * that ANA REYES, of legal age", "Know all men by these presents that Jon Ek, an individual"). Group 1
 * is the name, two to four capitalised words.
 */
const CERTIFIED_RE =
  /\b(?:certify|certifies|certified|presents|attest|attests|declare|declares|witnesseth)[ \t]+that[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})(?=,)/gu;

/** Names of certificate and deed formulas ({@link CERTIFIED_RE}). */
function certifiedNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const m of execAll(CERTIFIED_RE, text)) {
    const name = m[1] ?? '';
    if (organisationOrPlace(name) || !name.split(/[ \t]+/).every((w) => nameWord(w, lexicon))) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ type: 'PERSON', start, end: start + name.length, value: name });
  }
}

/** People named by legal layouts (headings, the parties of captions, certificate formulas), appended to `out`. */
export function legalNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  if (HEADING_GATE.test(text)) headingNames(text, lexicon, out);
  partyNames(text, lexicon, out);
  if (text.includes(' that ')) certifiedNames(text, lexicon, out);
}

/**
 * True when the span lies inside the name of a cited precedent ("Mapp" of "under Mapp v. Ohio, 367 U.S.
 * 643") or a court rule's citation ("R. Crim" of "Fed. R. Crim. P. 16"): a case or a rule is named, not a
 * person of the document.
 */
export function inCitedCase(text: string, s: PiiSpan): boolean {
  if (inCourtRule(text, s)) return true;
  // A precedent's name is short: read the line around the span only.
  const from = Math.max(0, text.lastIndexOf('\n', s.start - 1) + 1, s.start - 120);
  let to = text.indexOf('\n', s.end);
  if (to < 0 || to > s.end + 120) to = Math.min(text.length, s.end + 120);
  const line = text.slice(from, to);
  if (!CASE_GATE.test(line)) return false;
  for (const m of execAll(CASE_NAME_RE, line)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (s.start >= start && s.end <= end && citedPrecedent(text, start, end)) return true;
  }
  return false;
}

/** A rule of court cited as "R. Civ. P. 26", "R. Crim. P.", "R. Evid. 502", "R. App. P.", "R. Bankr. P.". */
const COURT_RULE = /R\.[ \t](?:Civ|Crim|Evid|App|Bankr|Prof|Juv)\.(?:[ \t]P\.)?/y;

/** True when a court rule's citation starts at `at` (its "R." reads as a street's "Rua" and an initial). */
export function courtRuleAt(text: string, at: number): boolean {
  COURT_RULE.lastIndex = at;
  return COURT_RULE.test(text);
}

/** True when the span lies inside a court rule's citation ("R. Crim" of "Fed. R. Crim. P. 16"). */
export function inCourtRule(text: string, s: PiiSpan): boolean {
  const at = text.lastIndexOf('R.', s.start);
  if (at < 0 || s.start - at > 3) return false;
  COURT_RULE.lastIndex = at;
  const m = COURT_RULE.exec(text);
  return m !== null && s.end <= at + m[0].length;
}
