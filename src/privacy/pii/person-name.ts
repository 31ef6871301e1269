/** @module privacy/pii/person-name — person names from cues, small name lists, known names and propagation. */
import { airlineNames } from './airline-names.js';
import { caseVariantNames } from './case-variant-names.js';
import { cjkFieldNames } from './cjk-field-names.js';
import { detectHeaderNames } from './header-names.js';
import { knownNameSpans } from './known-names.js';
import { casualLowerCaseNames, keyedLowerCaseNames, LOWER_CASE_HINT, lowerCaseNameAt, transcriptNameAt } from './lower-case-names.js';
import { detectFieldNames, type FieldScan } from './name-fields.js';
import { isOfficeTitle, isPartOfSomethingElse, isSkill, petSomewhere, placeWordBefore } from './name-negatives.js';
import { inCitedCase, legalNames } from './legal-names.js';
import { withoutOrganisationMentions } from './org-memory.js';
import { recordNames } from './record-names.js';
import { ASSISTANT_NAMES, isRoleLabel } from './role-words.js';
import { capitalNames, detectNameShapes } from './name-shapes.js';
import {
  ACTION_AFTER,
  CLOSING_AFTER,
  CUE_SCANNERS,
  DASH_SCANNER,
  CUE_TAIL_WORDS,
  NAME_GAP,
  PERSON_PARTICLE_GAP,
  PERSON_FRAME_AFTER,
  PERSON_FRAME_BEFORE,
  PLACE_OR_THING_BEFORE,
  PLACE_RUNS,
  SIGNOFF_AFTER,
  ROLE_AFTER,
  TOKEN_RE,
} from './name-cues.js';
import {
  APPOSITION_AFTER,
  GENDERED_PRONOUN_AHEAD,
  HUMAN_PREDICATE_AFTER,
  SHARED_PREDICATE_AFTER,
  LINE_END_AFTER,
  RELATION_COMMA_BEFORE,
  SIGNATURE_LINE_BEFORE,
  THING_HEAD_AFTER,
  atSentenceStart,
} from './name-context.js';
import { givenNameClass, isListedLowerCaseName, lowerCaseGivenName } from './given-name.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, NON_NAME_WORDS, SURNAMES } from './name-lexicon.js';
import { INSTITUTION_DECISION_AFTER, isOrganisationSpan, organisationClosesSpan, organisationEnd } from './org-context.js';
import { isPlaceOrAddressSpan, isPossessiveBrand, isSeasonTerm } from './place-context.js';
import { placeNames } from './place-gazetteer.js';
import { detectScriptNames, isScriptStopWord, scriptNameRuns, startsWithScriptPlaceHead } from './script-names.js';
import { speakerNames } from './speaker-names.js';
import { spelledNames } from './spelled-names.js';
import { WORLD_SURNAMES } from './surnames-world.js';
import { withWorldWords } from './world-lexicon.js';
import { execAll, type DetectContext, type PiiDetector, type PiiSpan } from './types.js';
import type { WordLexicon } from './word-lexicon.js';

/** Longest name kept as one span ("Maria José García"); longer capitalised runs are titles or headings. */
const MAX_NAME_TOKENS = 3;
/** Characters after a name inspected for a closing delimiter or a following verb. */
const AFTER_WINDOW = 48;
/** How far before a candidate a cue phrase may start ("my name's" … "account holder:" fit easily). */
const CUE_WINDOW = 48;
/** Shortest token propagated to other mentions; shorter ones ("Li", "Al") collide with ordinary words. */
const MIN_PROPAGATED_LENGTH = 3;
/** Characters before a lone non-word inspected for a frame ("my landlord, " is the longest). */
const CONTEXT_BEFORE = 24;

/** A run of consecutive capitalised non-stop tokens (particles allowed between them). */
interface Run {
  readonly starts: number[];
  readonly ends: number[];
  readonly tokens: string[];
  /** Whether a person-marking particle ("van der", "bin") sits inside the run. */
  particle: boolean;
}

/**
 * A capitalised German or Dutch noun by its ending ("Schadenmeldung", "Versicherung", "Krankheit",
 * "Gemeinschaft", "Reparatur"…): these languages capitalise every noun, and no family name in use ends
 * so after eight letters or more.
 */
/** Shortest token {@link GERMANIC_NOUN} can match (checked first: most tokens are shorter). */
const MIN_GERMANIC_NOUN = 8;
const GERMANIC_NOUN =
  /^\p{Lu}\p{Ll}{4,}(?:ung|heit|keit|schaft|ierung|nisse?|tät|tion|ment|ingen|erij|heid|erei|zlei|formulier|formular|vereniging|overeenkomst|aanvraag|verslag|vereinbarung|verband|verein)$/u;

/** Splits a text into runs of capitalised tokens; stop words ("Thanks", "Monday") break runs. */
function capitalisedRuns(text: string, lexicon: WordLexicon | undefined): Run[] {
  const runs: Run[] = [];
  let cur: Run | undefined;
  // The end of a listed organisation or brand ("Kaiser Permanente", "Humira"): its words are skipped.
  let orgEnd = -1;
  for (const m of execAll(TOKEN_RE, text)) {
    const tok = m[0];
    const start = m.index;
    // A stop word or a sentence-initial everyday word that starts a listed phrase ("Dr Martens", "Trader
    // Joe's") is caught later, by isOrganisationSpan.
    if (
      NON_NAME_WORDS.has(tok) ||
      (tok.length >= MIN_GERMANIC_NOUN && GERMANIC_NOUN.test(tok)) ||
      start < orgEnd ||
      (lexicon && sentenceCapitalisedWord(text, start, tok, lexicon)) ||
      (orgEnd = organisationEnd(text, start, tok)) > 0
    ) {
      cur = undefined;
      continue;
    }
    if (cur && cur.tokens.length < MAX_NAME_TOKENS) {
      const gap = text.slice(cur.ends[cur.ends.length - 1] ?? 0, start);
      // With a lexicon, an everyday word does not continue a name ("George Last login"), unless it is a
      // listed surname ("Will Smith").
      const continues = !lexicon || SURNAMES.has(tok) || !lexicon.isCommonWord(tok.toLowerCase());
      if (continues && NAME_GAP.test(gap)) {
        cur.starts.push(start);
        cur.ends.push(start + tok.length);
        cur.tokens.push(tok);
        if (PERSON_PARTICLE_GAP.test(gap)) cur.particle = true;
        continue;
      }
    }
    cur = { starts: [start], ends: [start + tok.length], tokens: [tok], particle: false };
    runs.push(cur);
  }
  return runs;
}

/**
 * An everyday word capitalised only because it opens a sentence ("Is", "Apparently", "Golden"): it
 * neither starts nor joins a name. Listed given names and surnames ("Will", "Rose", "Baker") are kept.
 */
function sentenceCapitalisedWord(text: string, start: number, tok: string, lexicon: WordLexicon): boolean {
  return (
    atSentenceStart(text, start) &&
    lexicon.isCommonWord(tok.toLowerCase()) &&
    !FIRST_NAMES.has(tok) &&
    !AMBIGUOUS_FIRST_NAMES.has(tok) &&
    !SURNAMES.has(tok) &&
    // A given name that is also a word ("Marguerite") is kept when a capitalised word follows it.
    !(givenNameClass(tok, lexicon) !== 'none' && NEXT_CAPITALISED.test(text.slice(start + tok.length, start + tok.length + 2))) &&
    // The first word of a signature line is capitalised as a name ("Best,\nPeregrine Wetherall").
    !afterSignOffLine(text, start)
  );
}
/** A line that is only a sign-off ("Best,", "Kind regards", "Thanks!") right before a signature line. */
const SIGNOFF_LINE_BEFORE =
  /(?:^|\n)[ \t]*(?:thanks|thank you|many thanks|thanks again|cheers|regards|kind regards|best regards|warm regards|warmly|best|all the best|best wishes|sincerely|yours sincerely|yours truly|yours|respectfully|love|take care|ty|thx)[,.!]*[ \t]*\n[ \t]*$/i;
/**
 * The first word of a signature line ("Best,\nPeregrine Wetherall"): capitalised as a name, not as a
 * sentence start, so an everyday word there may still open a name.
 */
function afterSignOffLine(text: string, start: number): boolean {
  return start > 0 && text.lastIndexOf('\n', start - 1) >= 0 && SIGNOFF_LINE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
/** A capitalised word right after a token. */
const NEXT_CAPITALISED = /^ \p{Lu}/u;

/** A place from the generic gazetteer or the multi-word place list: the whole run or any of its words. */
function isPlace(tokens: readonly string[]): boolean {
  const places = placeNames();
  const joined = tokens.join(' ');
  return PLACE_RUNS.has(joined) || places.has(joined) || tokens.some((t) => places.has(t));
}

/** Capitalised word right before a run ("San" before "Francisco"), which may have been cut off it. */
const PREVIOUS_CAPITALISED = /(\p{Lu}\p{Ll}+) $/u;

/**
 * A run that is as a whole a listed place ("San Francisco"), also when a sentence-initial first word
 * was cut off it ("San" opening a sentence is an everyday word to the lexicon).
 */
function isWholePlace(text: string, first: number, tokens: readonly string[]): boolean {
  const places = placeNames();
  const joined = tokens.join(' ');
  if (tokens.length > 1 && (PLACE_RUNS.has(joined) || places.has(joined))) return true;
  const prev = PREVIOUS_CAPITALISED.exec(text.slice(Math.max(0, first - 16), first))?.[1];
  return prev !== undefined && (PLACE_RUNS.has(`${prev} ${joined}`) || places.has(`${prev} ${joined}`));
}

const span = (text: string, start: number, end: number): PiiSpan => ({
  type: 'PERSON',
  start,
  end,
  value: text.slice(start, end),
});

/** True when the (first) token is a listed given name usable without a cue. */
function listedGivenName(tok: string, tokensAfter: number, lexicon: WordLexicon | undefined): boolean {
  const cls = givenNameClass(tok, lexicon);
  return cls === 'clean' || (cls === 'ambiguous' && tokensAfter > 0);
}

/** A capitalised word right after a run, on the same line. */
const CAPITALISED_WORD_AFTER = /^ (\p{Lu}\p{Ll}+)(?![\p{L}.'’-])/u;
/**
 * Everyday words that open a sentence or a clause, which chat writers capitalise after a name without
 * a full stop ("Hi Maria Please call me"): after a name they say nothing about it.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  `I We You He She They It This That These Those The A An My Your Our His Her Their Please Thanks Thank Can
  Could Would Will Shall Should May Might Must Is Are Was Were Do Did Does Have Has Had Yes No Ok Okay Hi
  Hello Hey Just Also So But And Or If When Let Here There Sorry Good Great Hope What How Why Where Who
  Which Not Sure Any All Kind Best Regards Cheers Dear From To For On In At By With As Per Via Re Subject
  Date Today Tomorrow Yesterday Now Then Still Again Only Even Maybe Perhaps Actually Anyway Btw Welcome`.split(/\s+/),
);

/**
 * A given name followed by a capitalised everyday word that no name list holds ("to Hikari Select,
 * IBAN …", "a night at Sakura Stay"): the pair is a shop's or a product's name, as people's names are
 * followed by a surname, not by a common noun. Clause openers do not count ("Thanks Maria Please …").
 */
function brandWordAfter(after: string, lexicon: WordLexicon): boolean {
  const w = CAPITALISED_WORD_AFTER.exec(after)?.[1];
  if (!w || CLAUSE_OPENERS.has(w) || !lexicon.isCommonWord(w.toLowerCase())) return false;
  return !SURNAMES.has(w) && givenNameClass(w, lexicon) === 'none';
}

/**
 * The plural of an everyday noun that no surname list holds ("Aurora Hostels", "Sir Reginald Teas"):
 * the lexicon lists singular nouns, so "Hostels" alone reads as no word and would pass for a surname.
 */
function pluralNoun(tok: string, lexicon: WordLexicon): boolean {
  if (tok.length < 5 || !tok.endsWith('s') || tok.endsWith('ss') || SURNAMES.has(tok)) return false;
  const low = tok.toLowerCase();
  return !lexicon.isCommonWord(low) && lexicon.isCommonWord(low.slice(0, -1)) && givenNameClass(tok, lexicon) === 'none';
}

/** True when no token of the run is an everyday word ("Dagny Iwasaki", not "Burger King"). */
function allUncommon(tokens: readonly string[], lexicon: WordLexicon | undefined): boolean {
  if (!lexicon) return false;
  return tokens.every((t) => !lexicon.isCommonWord(t.toLowerCase()));
}

/** Names evidenced by the run itself or by what follows it (lists, particles, lexicon, verbs, roles). */
function runSpans(text: string, runs: readonly Run[], lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const r of runs) {
    const n = r.tokens.length;
    const end = r.ends[n - 1] ?? 0;
    const after = text.slice(end, end + AFTER_WINDOW);
    const first = r.starts[0] ?? 0;
    const firstTok = r.tokens[0] ?? '';
    // Without a lexicon the first token of "Burger King" cannot be told from "Anja"; with one it can.
    const surname = SURNAMES.has(r.tokens[n - 1] ?? '') && !(lexicon?.isCommonWord(firstTok.toLowerCase()) ?? false);
    // Two non-words make a name ("Dagny Iwasaki") unless they are a place or modify a thing ("Hyundai Tucson owners").
    const unknownPair = allUncommon(r.tokens, lexicon) && !isPlace(r.tokens) && !THING_HEAD_AFTER.test(after);
    const full = n >= 2 && (surname || ACTION_AFTER.test(after) || unknownPair);
    // A name right before a kind of goods is a brand named after a person ("Vera Wang dress"); tested
    // only for runs that would be kept (from = their start, or -1).
    let from = -1;
    if ((r.particle || ROLE_AFTER.test(after) || full) && !PLACE_RUNS.has(r.tokens.join(' '))) {
      if (!institutionDecides(r.tokens, after, lexicon)) from = first;
    } else {
      // A listed given name anywhere in the run starts the name ("Unfortunately Maria Okafor" → "Maria
      // Okafor"), unless the whole run is a place ("San Francisco", "Santa Maria").
      const i = r.tokens.findIndex((t, k) => listedGivenName(t, n - 1 - k, lexicon));
      const brand = lexicon !== undefined && (i === n - 1 ? brandWordAfter(after, lexicon) : pluralNoun(r.tokens[n - 1] ?? '', lexicon));
      if (i >= 0 && !isWholePlace(text, first, r.tokens) && !brand) from = r.starts[i] ?? 0;
      else if (lexicon && uncommonProperNoun(text, r, lexicon) && !institutionDecides(r.tokens, after, lexicon)) from = first;
    }
    // "the Acme Vertex", "a Vera Lind dress": an article before a name-shaped run makes it a thing.
    if (from >= 0 && !GOODS_AFTER.test(after) && !ARTICLE_BEFORE.test(text.slice(Math.max(0, from - 8), from))) out.push(span(text, from, end));
  }
}

/** An article or demonstrative right before a run: what follows is a thing, not a person. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|these|those|every|each)[ \t]+$/iu;

/**
 * Kinds of goods and brand outlets. Right after a capitalised run they make it a brand or a label named
 * after a person ("Vera Wang dress", "Harley Davidson service", "Tory Burch shoes"); a person's own
 * things take a possessive ("Maria's bag"). Not applied after a cue ("ask for Maria Lopez").
 */
const GOODS_AFTER =
  /^ (?:dress|dresses|gown|gowns|bag|bags|handbag|handbags|purse|purses|boots|shoes|sneakers|trainers|heels|sandals|jeans|shirt|shirts|jacket|jackets|coat|coats|suit|suits|perfume|perfumes|fragrance|cologne|candle|candles|watch|watches|glasses|sunglasses|jewellery|jewelry|necklace|scarf|hoodie|motorcycle|motorcycles|bike|bikes|dealership|dealer|boutique|outlet|outlets|store|stores|shop|shops|collection|products|cereal|chocolate|chocolates|beer|wine|whisky|whiskey|vodka|service|servicing|items|item|beans|sauce|soup|order|firmware|range|partnership|handbook)\b/;

/**
 * A run with no listed given name or surname, followed by a decision institutions make ("… denied the
 * claim"), is an organisation unless a gendered pronoun follows ("… denied it, she said").
 */
function institutionDecides(tokens: readonly string[], after: string, lexicon: WordLexicon | undefined): boolean {
  if (!INSTITUTION_DECISION_AFTER.test(after) || GENDERED_PRONOUN_AHEAD.test(after)) return false;
  return !tokens.some((t) => SURNAMES.has(t) || givenNameClass(t, lexicon) !== 'none');
}

/**
 * With a lexicon: a run of non-words ("Gulnara", "Bjorn Voss") in a frame that takes a person
 * ("let … know", "Is … still", "… told me"), or alone after a comma at a line end ("…, Zuzana"),
 * reads as a person. Without such a frame it may as well be a place or a brand ("We visited Lagos").
 */
function uncommonProperNoun(text: string, r: Run, lexicon: WordLexicon): boolean {
  const first = r.starts[0] ?? 0;
  const end = r.ends[r.ends.length - 1] ?? 0;
  if (!allUncommon(r.tokens, lexicon) || PLACE_RUNS.has(r.tokens.join(' '))) return false;
  // A given name better known as a product or brand ("Ask Alexa") needs a cue or a surname.
  if (r.tokens.length === 1 && givenNameClass(r.tokens[0] ?? '', lexicon) === 'ambiguous') return false;
  const before = text.slice(Math.max(0, first - CONTEXT_BEFORE), first);
  const after = text.slice(end, end + AFTER_WINDOW);
  // A listed place closing an address line ("…, Street 21, Dubai") is no signature.
  if (isPlace(r.tokens)) return false;
  if (/,[ \t]*$/.test(before) && SIGNOFF_AFTER.test(after)) return true;
  if (SIGNATURE_LINE_BEFORE.test(before) && LINE_END_AFTER.test(after)) return true;
  if (RELATION_COMMA_BEFORE.test(before) || APPOSITION_AFTER.test(after)) return true;
  if (PLACE_OR_THING_BEFORE.test(before) || isPlace(r.tokens) || THING_HEAD_AFTER.test(after)) return false;
  if (PERSON_FRAME_BEFORE.test(before) || PERSON_FRAME_AFTER.test(after) || HUMAN_PREDICATE_AFTER.test(after)) return true;
  // "Sorin said she…": a verb people share with organisations, then a gendered pronoun.
  return SHARED_PREDICATE_AFTER.test(after) && GENDERED_PRONOUN_AHEAD.test(after);
}

/** The letters ending a token, with the marks cue words hold ("sig.ra", "m’appelle", "estimado/a"). */
const WORD_TAIL = /[\p{L}\p{M}'’./-]+$/u;

/** The word right before `at` (lower-case, trailing `,:.!` removed), skipping whitespace. */
function previousWord(text: string, at: number): string {
  let j = at - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n')) j--;
  const end = j + 1;
  while (j >= 0 && text[j] !== ' ' && text[j] !== '\t' && text[j] !== '\n') j--;
  // Only the word's own letters: a CSV cell's quote and the delimiter before it are no part of it ('…,"Hi Raimunda, …"').
  const word = text.slice(j + 1, end).toLowerCase().replace(/[,:.!]+$/, '');
  return WORD_TAIL.exec(word)?.[0] ?? word;
}

/** Lower-case surname particles right before a token ("de ", "van der "), at most this many characters. */
const PARTICLES_BEFORE = /(?:^|[ \t])((?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|la|le|ter|ten|bin|binti|ibn|al|el) )+)$/;
/** Longest particle sequence looked at ("van der ", "de la "). */
const PARTICLE_WINDOW = 12;

/** Where the particles before a token start ("Dr de Vries" → at "de"), or the token itself. */
function particleStart(text: string, at: number): number {
  const m = PARTICLES_BEFORE.exec(text.slice(Math.max(0, at - PARTICLE_WINDOW), at));
  return m?.[1] ? at - m[1].length : at;
}

/** Names introduced by a cue phrase before them. Cue regexes run only where the previous word could end one. */
function cueSpans(text: string, runs: readonly Run[], lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const r of runs) {
    r.starts.forEach((tokenAt, i) => {
      // Lower-case surname particles may sit between the cue and the name ("Dr de Vries", "Mr van Dijk").
      const at = i === 0 ? particleStart(text, tokenAt) : tokenAt;
      if (!CUE_TAIL_WORDS.has(previousWord(text, at))) return;
      const from = Math.max(0, at - CUE_WINDOW);
      // A NUL stands in for "text continues before the window", so `^` in the dash cue cannot match there.
      const before = (from > 0 ? '\u0000' : '') + text.slice(from, at);
      const scanner = CUE_SCANNERS.find((c) => c.re.test(before));
      if (!scanner) return;
      const tokens = r.tokens.slice(i);
      const end = r.ends[r.ends.length - 1] ?? at;
      const first = tokens[0] ?? '';
      const after = text.slice(end, end + AFTER_WINDOW);
      if (scanner.closing && !CLOSING_AFTER.test(after)) return;
      // "- Intern, Philips (2019)", "- Removed … theme": a dash before text that goes on is a bullet, not
      // a signature ("— Maria" ends its line), so an everyday word after it is the item's first word.
      // "- Day, Brittany" is a surname and a given name, which end the line.
      const bullet = scanner === DASH_SCANNER && !LINE_END_AFTER.test(after) && !SURNAME_GIVEN_AFTER.test(after);
      if (bullet && lexicon && everydayWordForm(first.toLowerCase(), lexicon) && givenNameClass(first, lexicon) === 'none') return;
      // A title makes any surname a name ("Mr Smith", "Dr. Young"); other cues are checked.
      if (lexicon && scanner !== TITLE_SCANNER && !plausibleAfterCue({ before, tokens, after, lexicon, cue: previousWord(text, at) })) return;
      // "Thanks Kaiser Permanente denied the claim": a weak cue does not outweigh an institution's act.
      if (!scanner.strong && institutionDecides(tokens, after, lexicon)) return;
      const ok =
        scanner.strong ||
        givenNameClass(first, lexicon) === 'clean' ||
        (tokens.length >= 2 && !(lexicon?.isCommonWord(first.toLowerCase()) ?? false)) ||
        CLOSING_AFTER.test(after);
      if (ok && !PLACE_RUNS.has(tokens.join(' '))) out.push(span(text, at, end));
    });
  }
}

/** English inflections the lexicon lists only by stem ("migrated", "adding", "rows"). */
const INFLECTION = /(?:ed|ing|s)$/;

/**
 * True when the lower-case word is an everyday word or an English inflection of one ("- Migrated 30k
 * rows", "- Adding tests"): the stem alone, with its final "e" restored, or with a doubled consonant dropped.
 */
function everydayWordForm(w: string, lexicon: WordLexicon): boolean {
  if (lexicon.isCommonWord(w)) return true;
  const m = INFLECTION.exec(w);
  if (!m) return false;
  const stem = w.slice(0, -m[0].length);
  if (stem.length < 3) return false;
  return lexicon.isCommonWord(stem) || lexicon.isCommonWord(`${stem}e`) || (stem.at(-1) === stem.at(-2) && lexicon.isCommonWord(stem.slice(0, -1)));
}

/** The honorific scanner ("Mr", "Dr.", "Frau"): the first of {@link CUE_SCANNERS}. */
const TITLE_SCANNER = CUE_SCANNERS[0];
/** ", Given" closing a line after a surname ("- Day, Brittany"). */
const SURNAME_GIVEN_AFTER = /^, \p{Lu}\p{Ll}+[ \t]*(?:\n|$)/u;

/** A greeting right before a name candidate ("Hi, ", "Dear ", "Hello there,\n"). */
const GREETING_BEFORE =
  /(?:^|[^\p{L}])(?:hi|hello|hey|dear|hiya|good (?:morning|afternoon|evening)|morning|ciao|salut|olá|ola|hola|bonjour|bonsoir|hallo|hej|hei|moin|servus|grüezi|buongiorno|buonasera|bom dia|boa tarde|boa noite|buenos d[ií]as|buenas tardes|buenas noches|dia dhuit|kia ora|merhaba|namaste|shalom|salam|happy birthday|happy anniversary|congratulations|congrats|welcome)(?: there| all| team)?[,!]?[ \t]*(\n?)[ \t]*$/iu;
/** A field label: the word is followed by a colon and a value on the same line ("Reply-To: …", "Tel: …"). */
const LABEL_AFTER = /^[ \t]*:[ \t]*[^\s]/;

/**
 * Checks that a cue is followed by a plausible name, not by the first word of a sentence (ADR 0011,
 * fourth round). After any cue, a lone everyday word that is no listed given name needs a closing
 * delimiter ("spoke to Legal yesterday" is no name; "my name is Ocean." is). After a greeting, also an
 * everyday given name needs one ("Hi, Grace period ends…", "Hi, Bill me for…"), a line break ends the
 * greeting ("Hi,\nSend the…"), and a word with a value after a colon is a field label ("Hi, Tel: …").
 */
function plausibleAfterCue(p: { before: string; tokens: readonly string[]; after: string; lexicon: WordLexicon; cue: string }): boolean {
  const { before, tokens, after, lexicon } = p;
  const first = tokens[0] ?? '';
  const lone = tokens.length === 1;
  const everyday = lexicon.isCommonWord(first.toLowerCase());
  const closes = CLOSING_AFTER.test(after);
  if (lone && everyday && !SURNAMES.has(first) && givenNameClass(first, lexicon) === 'none') {
    // A closing mark may end a name ("my name is Ocean."), but not a field label's colon ("im Formular: DE83 …");
    // after "im", which is German ("Im Auftrag⏎", "im Anhang."), an everyday word is never a name.
    if (!closes || LABEL_AFTER.test(after) || p.cue === 'im') return false;
  }
  const g = GREETING_BEFORE.exec(before);
  if (!g) return true;
  if (g[1] || LABEL_AFTER.test(after)) return false;
  return !(lone && everyday && !closes);
}

/** Marks other mentions of tokens already found as names ("… Raman said" after "Priya Raman"). */
function propagate(text: string, found: readonly PiiSpan[], lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  const tokens = new Set<string>();
  for (const s of found) {
    for (const t of s.value.split(' ')) {
      if (t.length < MIN_PROPAGATED_LENGTH || !/^\p{Lu}/u.test(t)) continue;
      // Everyday words ("Rose", "King") are not spread to other mentions: those are usually the word.
      if (lexicon?.isCommonWord(t.toLowerCase()) && !FIRST_NAMES.has(t)) continue;
      tokens.add(t);
    }
  }
  // "Rhea J. Santos" does not make "Santos Holdings LLC" a person, nor "Carl Meyer" "Carl Zeiss".
  if (tokens.size) {
    for (const m of execAll(TOKEN_RE, text)) {
      const end = m.index + m[0].length;
      if (tokens.has(m[0]) && !organisationClosesSpan(text, m.index, end) && organisationEnd(text, m.index, m[0]) < 0) out.push(span(text, m.index, end));
    }
  }
  propagateLowerCase(text, found, lexicon, out);
}

/** A lower-case word of a name with its boundaries ("thanks angelica and …"). */
const LOWER_WORD_RE = /(?<![\p{L}\p{N}@._'’-])\p{Ll}[\p{Ll}\p{M}]*(?:['’-]\p{Ll}[\p{Ll}\p{M}]*)*(?![\p{L}\p{N}@'’-])/gu;

/**
 * Where a full name was written in lower case ("it's angelica villanueva"), the writer types names in
 * lower case: its given name marks later mentions too ("thanks angelica"), and so does any word of it
 * that is no everyday word.
 */
function propagateLowerCase(text: string, found: readonly PiiSpan[], lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  const words = new Set<string>();
  for (const s of found) {
    if (s.value !== s.value.toLowerCase() || s.value.indexOf(' ') < 0) continue;
    s.value.split(' ').forEach((w, i) => {
      if (w.length >= MIN_PROPAGATED_LENGTH && (i === 0 || !(lexicon?.isCommonWord(w) ?? true))) words.add(w);
    });
  }
  if (!words.size) return;
  for (const m of execAll(LOWER_WORD_RE, text)) if (words.has(m[0])) out.push(span(text, m.index, m.index + m[0].length));
}

/** First code unit of the Greek block: spans starting below it are Latin script. */
const FIRST_NON_LATIN = 0x370;

/** A day number before and a year after: a month name in another language ("2. Mai 1964", "3 Juni 1990", "16 de junho de 2024"). */
const DAY_BEFORE = /(?:^|[^\p{L}\p{N}])\d{1,2}(?:\.|er|º)?[ \t]+(?:de[ \t]+)?$/u;
const YEAR_AFTER = /^,?[ \t]+(?:del?[ \t]+)?\d{4}(?!\d)/;

/**
 * A hyphenated word whose parts are all everyday words and no part a listed given name ("Card-number",
 * "Follow-up", "Check-in"): a compound noun, not a double name ("Anne-Marie", "Rose-Lyn").
 */
function everydayCompound(word: string, lexicon: WordLexicon): boolean {
  if (word.indexOf('-') < 0) return false;
  const parts = word.split('-');
  return parts.every((p) => p.length > 1 && lexicon.isCommonWord(p.toLowerCase()) && givenNameClass(p[0]?.toUpperCase() + p.slice(1), lexicon) === 'none');
}

/**
 * German, Dutch and Scandinavian compound nouns for departments, services and institutions
 * ("Personalabteilung", "Klantenservice", "Kundendienst", "Stadtverwaltung", "Gesundheitsamt"): one
 * word that English lexicons do not know, so nothing else tells it from a surname.
 */
const INSTITUTION_NOUN =
  /^\p{Lu}\p{Ll}{2,}(?:abteilung|verwaltung|zentrum|zentrale|service|dienst|gesellschaft|versicherung|behörde|ministerium|kammer|afdeling|dienst|avdelning|afdeling|techniek|technik|teknik)$/u;

/** Shortest {@link INSTITUTION_NOUN}: three letters and a four-letter suffix ("Bundesamt" is longer). */
const MIN_INSTITUTION_NOUN = 8;

/**
 * Nouns of software operations that follow a product, not a person ("migrating Julia clusters", "the
 * Hugo pipeline", "Pascal containers"). Words that are also verbs ("builds", "releases") are left out.
 */
const TECH_HEAD_AFTER =
  /^ (?:heaps?|trees?|sequences?|series|numbers|spirals?|search|sort|hashing|curve|integrals?|primes?|clusters?|pipelines?|deployments?|containers?|pods?|nodes?|instances?|databases?|repos?|repositories|plugins?|brokers?|migrations?|backends?|frontends?|bindings|sdks?|apis?|runtime|compiler|interpreter|toolchain|codebase|stack|cluster|filters?|filtering|transforms?|distance|distribution|coefficient|test|tests|algorithm)\b/;

/**
 * Evidence against a one-word span that holds for every rule, also the items added to a list of names: an everyday compound ("Card-number"), an institution noun
 * ("Personalabteilung"), a product before a software noun, or an item of a list of tools.
 */
function notAPersonToken(text: string, c: PiiSpan, lexicon: WordLexicon | undefined): boolean {
  const v = c.value;
  if (v.indexOf(' ') >= 0) return false;
  if (isOfficeTitle(text, c) || isSeasonTerm(text, c.start, c.end)) return true;
  if (lexicon && v.indexOf('-') > 0 && everydayCompound(v, lexicon)) return true;
  // A labelled or titled value ("Last name: Winters", "Mr Cairns") keeps its plural look.
  if (lexicon && everydayPlural(v, lexicon) && !/:[ \t]*$/.test(text.slice(Math.max(0, c.start - 4), c.start)) && !titledAt(text, c.start)) return true;
  if (isAccountOrPathWord(text, v, c.start, c.end)) return true;
  if (v.length >= MIN_INSTITUTION_NOUN && INSTITUTION_NOUN.test(v)) return true;
  // A lower-case letter after one space: the only way a software noun can follow.
  const next = text.charCodeAt(c.end + 1);
  if (text[c.end] === ' ' && next >= 0x61 && next <= 0x7a && TECH_HEAD_AFTER.test(text.slice(c.end, c.end + 16))) return true;
  return inTechList(text, c) || isSkill(text, c);
}

/**
 * The plural of an everyday word that is no listed name ("Checksums", "Deliverables"): the lexicon
 * lists base forms, so the plural would otherwise pass as an unknown proper noun.
 */
function everydayPlural(word: string, lexicon: WordLexicon): boolean {
  if (word.length < MIN_PLURAL || word.charCodeAt(word.length - 1) !== S_CODE || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const stem = word.slice(0, -1).toLowerCase();
  return lexicon.isCommonWord(stem) && !SURNAMES.has(word) && !WORLD_SURNAMES.has(word) && givenNameClass(word, lexicon) === 'none';
}
/** Shortest plural looked at ("Chairs"); shorter words ending in "s" are names as often ("Lopes", "Banks"). */
const MIN_PLURAL = 6;
const S_CODE = 0x73;

/** The rest of a file name after a word ("-551.yaml", "_v2.json", ".pdf"). */
const FILE_NAME_TAIL = /^[-_.][\w.-]*\.(?:ya?ml|json|csv|tsv|txt|md|pdf|docx?|xlsx?|log|ts|js|py|sh|conf|cfg|ini|xml|html?)\b/;

/**
 * A word that names an account or a file, not a person: a segment of a path or a file name
 * ("onboarding/baker-551.yaml"), or, in lower case, the login of a home directory ("/home/amira/src",
 * "/Users/jo/") or of a shell prompt ("amira@build-01:~$").
 */
function isAccountOrPathWord(text: string, v: string, start: number, end: number): boolean {
  // A segment of a path or a file name ("onboarding/baker-551.yaml", "/srv/amira/"): an account or a key.
  const prev = text[start - 1];
  if (prev === '/' || prev === '\\' || text[end] === '/' || text[end] === '\\' || FILE_NAME_TAIL.test(text.slice(end, end + 24))) return true;
  if (v !== v.toLowerCase()) return false;
  if (text.includes(`/home/${v}/`) || text.includes(`/Users/${v}/`) || text.includes(`\\Users\\${v}\\`)) return true;
  const at = text.indexOf(`${v}@`);
  return at >= 0 && (at === 0 || !/[\p{L}\p{N}._-]/u.test(text[at - 1] ?? '')) && /^@[\w.-]+:[~/]/.test(text.slice(at + v.length, at + v.length + 64));
}

/** Drops from `found` the one-word spans {@link notAPersonToken} rejects; the first `from` are kept. */
function dropNonPersonTokens(text: string, found: PiiSpan[], from: number, lexicon: WordLexicon | undefined): void {
  let w = from;
  for (let i = from; i < found.length; i++) {
    const s = found[i] as PiiSpan;
    if (!notAPersonToken(text, s, lexicon)) found[w++] = s;
  }
  found.length = w;
}

/** A label that opens a list of skills or tools ("SKILLS", "Tech stack:", "Tools —"). */
const SKILL_LABEL = /(?:^|\n)[ \t]*(?:skills?|technical skills|tech(?:nical)? stack|stack|tools?|technologies|tech|languages|frameworks|kenntnisse|compétences|competencias|competenze|vaardigheden)\b[ \t]*[:—–-]?[ \t]/iu;
/**
 * A list item written like software: an inner capital ("TypeScript", "GitHub", "PostgreSQL") or a
 * JavaScript package ("node.js"). Acronyms are left out: state and country codes ("NY", "NSW") sit in
 * lists of people too.
 */
const TECH_ITEM = /(?:^|, )[ \t]*(?:\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*|\p{Ll}+\.?js)[ \t]*(?=,|$)/mu;
/** Characters from a line's start within which a skills label must open it. */
const SKILL_LABEL_REACH = 32;
/** Characters of a line inspected around a list item. */
const LIST_LINE_WINDOW = 160;

/**
 * A one-word span that is an item of a comma list of tools ("TypeScript, SQL, Hugo, Pascal"): the
 * line opens with a skills label, or another item is written like software (inner capital, acronym).
 */
function inTechList(text: string, c: PiiSpan): boolean {
  // Prose lists separate items with ", " (CSV rows with bare commas are fields, not lists).
  const prevList = text[c.start - 2] === ',' && text[c.start - 1] === ' ';
  const nextList = text[c.end] === ',' && text[c.end + 1] === ' ';
  if (!prevList && !nextList) return false;
  const from = text.lastIndexOf('\n', c.start - 1) + 1;
  let to = text.indexOf('\n', c.end);
  if (to < 0) to = text.length;
  const line = text.slice(Math.max(from, c.start - LIST_LINE_WINDOW), Math.min(to, c.end + LIST_LINE_WINDOW));
  return SKILL_LABEL.test(line.slice(0, SKILL_LABEL_REACH)) || TECH_ITEM.test(line.replace(c.value, ''));
}

/** Vietnamese politeness after "Xin" ("Xin chào", "Xin cảm ơn", "Xin lỗi", "Xin vui lòng"): no Chinese given name. */
const VIETNAMESE_POLITE_AFTER = /^ (?:chào|cảm ơn|cám ơn|lỗi|vui lòng|mời|phép|hỏi)/;

/**
 * Evidence against a person that holds for any person rule (ADR 0011, fourth round): a place in a
 * place slot or a street name (place-context.ts), a possessive brand ("Victoria's Secret"), a greeting
 * or thanks in another script ("Спасибо"), a month between a day and a year.
 */
function notAPerson(text: string, c: PiiSpan, lexicon: WordLexicon | undefined): boolean {
  // Leading initials ("R. Silva") are no street abbreviation ("R." for "Rua"): the place rules see the surname.
  // Leading initials ("R. Silva") read as a street abbreviation ("R." for "Rua") to the place rules:
  // such a span is an address only when a house number follows it ("R. Augusta, 12").
  const initials = c.value[1] === '.' ? (LEADING_INITIALS.exec(c.value)?.[0].length ?? 0) : 0;
  // A personal title right before the span makes a place's name a surname ("verified Mr Cairns").
  if (!titledAt(text, c.start) && (initials === 0 ? isPlaceOrAddressSpan(text, c.start, c.end) : HOUSE_NUMBER_NEXT.test(text.slice(c.end, c.end + 4)))) return true;
  if (isPartOfSomethingElse(text, c) || inCitedCase(text, c)) return true;
  const single = c.value.indexOf(' ') < 0;
  // Capitalised Cyrillic and Greek words are tokens too: "Thanks\nСпасибо" is no signature.
  if (c.value.charCodeAt(0) >= FIRST_NON_LATIN && (isScriptStopWord(c.value.split(' ')[0] ?? '') || startsWithScriptPlaceHead(c.value))) return true;
  if (single && lexicon && isPossessiveBrand(text, c.end, (w) => lexicon.isCommonWord(w))) return true;
  if (c.value.startsWith('Xin') && VIETNAMESE_POLITE_AFTER.test(text.slice(c.start + 3, c.start + 12))) return true;
  return single && DAY_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)) && YEAR_AFTER.test(text.slice(c.end, c.end + 8));
}

/**
 * What any of the script, shape and field rules needs: a letter of another script (Greek to CJK), a
 * colon, "=", a line break, "@", "(", a (Latin) capital before a full stop, ", " and a capital, "name
 * on", a quote after a space, or an SQL "VALUES".
 */
const SHAPE_OR_FIELD_GATE =
  /[:=\n@(\u0370-\u1fff\u3040-\u9fff\uac00-\ud7af]|[A-ZÀ-ÞĀ-ſ]\.|, (?!I[ '’])[A-ZÀ-ÞĀ-ſ]| name on | ["']|VALUES|values/;
/** The field scan of a text the gate turned away (shared, never written to). */
const NO_FIELDS: FieldScan = { names: [], blocked: [] };

/**
 * True when an accepted span already holds the candidate (a second rule finding the same name). A span
 * glued to digits, which is dropped at the end as part of a handle ("ANOUK DE JONG NL" of "…NL38INGB…"),
 * holds nothing.
 */
function covered(text: string, c: PiiSpan, found: readonly PiiSpan[]): boolean {
  for (const f of found) if (f.start <= c.start && c.end <= f.end && !inHandle(text, f)) return true;
  return false;
}

/** True when the span overlaps a blocked (place or product) field. */
function inBlocked(c: PiiSpan, blocked: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [a, b] of blocked) if (c.start < b && a < c.end) return true;
  return false;
}

/**
 * Titles that only people take, right before a span: "Dr" is left out ("12 Harbour Dr Cairns" is a
 * street type), and so are "St" and royal titles, which places take ("St Kilda", "Queen Elizabeth Hall").
 */
const PERSONAL_TITLE_BEFORE = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Mme|Mlle|Madame|Monsieur|Señor|Señora|Sra|Srta)\.?[ \t]+$/u;
/** Characters read before a span for {@link PERSONAL_TITLE_BEFORE}. */
const TITLE_REACH = 12;
/** True when a personal title ({@link PERSONAL_TITLE_BEFORE}) stands right before `start`. */
const titledAt = (text: string, start: number): boolean => PERSONAL_TITLE_BEFORE.test(text.slice(Math.max(0, start - TITLE_REACH), start));
/** A house number right after a span (", 12", " 4"). */
const HOUSE_NUMBER_NEXT = /^,?[ \t]?\d/;

/** Initials at the start of a span ("J. A. ", "S.J. "). */
const LEADING_INITIALS = /^(?:\p{Lu}\.(?:-?\p{Lu}\.)*[ \t]?)+/u;

/** Keeps the longest spans that do not overlap, in text order. */
export function longestNonOverlapping(spans: readonly PiiSpan[]): PiiSpan[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PiiSpan[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Fast heuristic person-name detection (no NLP model): known names, cue phrases, a small given-name
 * list, common surnames after a capitalised token, surname particles, a verb or role right after a
 * full name, less what reads as an organisation (org-context.ts), then propagation to other mentions.
 * See docs/privacy.md for measured trade-offs.
 */
export function detectPersonNames(text: string, context: DetectContext): PiiSpan[] {
  const lexicon = withWorldWords(context.lexicon);
  const ctx: DetectContext = lexicon ? { ...context, lexicon } : context;
  const found: PiiSpan[] = knownNameSpans(text, ctx.knownNames);
  const runs = capitalisedRuns(text, ctx.lexicon);
  const candidates: PiiSpan[] = [];
  if (runs.length) {
    cueSpans(text, runs, ctx.lexicon, candidates);
    runSpans(text, runs, ctx.lexicon, candidates);
  }
  if (ctx.lexicon) {
    lowerCaseSpans(text, ctx.lexicon, candidates);
    casualLowerCaseNames(text, ctx.lexicon, candidates);
    if (text.includes('=')) keyedLowerCaseNames(text, ctx.lexicon, candidates);
    capitalNames(text, ctx.lexicon, candidates);
    caseVariantNames(text, ctx.lexicon, candidates);
  }
  const scriptRuns = scriptNameRuns(text);
  // One scan decides whether the script, shape and field rules can apply at all (most messages: no).
  const shaped = SHAPE_OR_FIELD_GATE.test(text);
  if (shaped) {
    for (const s of detectScriptNames(text)) candidates.push(s);
    cjkFieldNames(text, candidates);
  }
  // Travel documents' "SURNAME/GIVEN MR" (airline-names.ts has its own gate: a one-line record needs no
  // colon). The record format is the evidence, so these skip the organisation rules (which read any
  // word after a "/" as part of a path or product).
  airlineNames(text, found);
  speakerNames(text, ctx.lexicon, candidates, found);
  recordNames(text, ctx.lexicon, candidates);
  legalNames(text, ctx.lexicon, candidates);
  for (const s of detectHeaderNames(text, ctx.lexicon)) candidates.push(s);
  if (shaped) detectNameShapes(text, ctx.lexicon, candidates);
  // Form fields, key/value pairs, CSV and SQL rows (name-fields.ts); place and product fields block
  // every other rule inside them ("Charlotte" in a city column).
  const fields = shaped ? detectFieldNames(text, ctx.lexicon, candidates) : NO_FIELDS;
  // Organisations pass most person rules ("transferred to Aer Lingus", "Kaiser Permanente"); names the
  // caller knows are kept whatever surrounds them.
  // Several rules often find the same span: one already accepted is not judged again.
  for (const c of candidates) {
    if (covered(text, c, found)) continue;
    if (
      !isOrganisationSpan(text, c.start, c.end) &&
      !notAPerson(text, c, ctx.lexicon) &&
      !notAPersonToken(text, c, ctx.lexicon) &&
      !(fields.blocked.length && inBlocked(c, fields.blocked))
    )
      found.push(c);
  }
  // Items added to a list of names ("J. Huber, Personalabteilung") get the one-word checks too.
  const judged = found.length;
  if (found.length && runs.length > 1) coordinated(text, runs, ctx.lexicon, found);
  if (found.length > judged) dropNonPersonTokens(text, found, judged, ctx.lexicon);
  if (found.length && scriptRuns.length) coordinatedScript(text, scriptRuns, found);
  for (let i = 0; i < found.length; i++) found[i] = withoutRoleWords(text, found[i] as PiiSpan);
  if (found.length) propagate(text, [...found], ctx.lexicon, found);
  spelledNames(text, found);
  // A name shown to be a pet once ("Patient: Biscuit (canine)") is a pet at every mention.
  // Every mention of an accepted name is read (petSomewhere), not only the mentions the rules proposed.
  const values = new Set(found.map((f) => f.value));
  const pets = [...values].filter((v) => petSomewhere(text, v));
  // A shop or hotel the document names in an organisation frame once is one at every mention (org-memory.ts).
  const kept = found.filter((f) => !pets.includes(f.value) && !inHandle(text, f) && !assistantLabel(text, f));
  return longestNonOverlapping(kept.length ? withoutOrganisationMentions(text, kept) : kept);
}

/** Turkish honorifics written after a name ("Büşra Hanım", "Ahmet Bey"): outside the name, like "Mr". */
const TRAILING_HONORIFICS: ReadonlySet<string> = new Set(['Hanım', 'Hanim', 'Bey', 'Hanımefendi', 'Beyefendi']);

/** The span without a turn role before the name or an honorific after it ("Temsilci Büşra Hanım:" → "Büşra"). */
function withoutRoleWords(text: string, s: PiiSpan): PiiSpan {
  const words = s.value.split(' ');
  let a = 0;
  let b = words.length;
  if (b > 1 && isRoleLabel(words[0] ?? '')) a++;
  if (b - a > 1 && TRAILING_HONORIFICS.has(words[b - 1] ?? '')) b--;
  if (a === 0 && b === words.length) return s;
  const start = s.start + words.slice(0, a).reduce((n, w) => n + w.length + 1, 0);
  const value = words.slice(a, b).join(' ');
  return { type: s.type, start, end: start + value.length, value: text.slice(start, start + value.length) };
}

/** An AI assistant's name labelling its turn ("**Claude:** …", "Gemini:"): a product, not a person. */
function assistantLabel(text: string, s: PiiSpan): boolean {
  return ASSISTANT_NAMES.has(s.value.toLowerCase()) && /^\**[ \t]*:/.test(text.slice(s.end, s.end + 4));
}

/**
 * True when the span is the name part of an account handle or identifier ("@kiprop_83", "rusty91",
 * "linkedin.com/in/deniz_92"), which the propagation of lower-case names reaches. A bare mention
 * ("@kwame can you review this?") is the person's own name and stays a name: redacting it is the safe side.
 */
function inHandle(text: string, s: PiiSpan): boolean {
  const tail = text.slice(s.end, s.end + 2);
  // "@amara.studio": after an "@", a dotted tail is the rest of the handle too.
  return HANDLE_TAIL.test(tail) || (text[s.start - 1] === '@' && DOTTED_TAIL.test(tail));
}
/** A dot and a letter or digit right after a word ("amara.studio"). */
const DOTTED_TAIL = /^\.[\p{L}\p{N}]/u;
/** What glues a name to the rest of a handle or identifier ("kiprop_83", "rusty91", "Batch Oscar-12"). */
const HANDLE_TAIL = /^(?:_[\p{L}\p{N}]|-?\p{N})/u;

/**
 * Cues after which people type a name in lower case ("my son arnav", "regards priya", "name is
 * niamh"), with the lower-case word after them in group 1. Verb cues ("spoke to") are left out: they
 * would make this pass run on nearly every text (measured ~15% of the detector's time).
 */
const LOWER_CASE_NAME_CUE =
  /(?:my (?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|colleague|coworker|boss|manager|neighbou?r|landlord|landlady|tenant|roommate|flatmate|cousin|uncle|aunt|grandma|grandpa|grandmother|grandfather|fianc[ée]e?|boyfriend|girlfriend)|name is|name's|call me|go by|regards|thanks|cheers|cc)[,:]?[ \t]*\n?[ \t]*(\p{Ll}{3,})(?![\p{L}\p{N}@])/iuy;

/** A verb of something a person did, right after a name ("… rusty called", "… grace said"). */
const ACT_AFTER = /^ (?:called|phoned|rang|said|says|asked|wants|wanted|paid|came|went|told|sent|emailed|texted|visited|signed|booked|ordered|also|already)\b/;

/** Hints that may open a transcript cue ("my son", "name is", "spoke with", "hi its", "this is"). */
const TRANSCRIPT_HINT = /^(?:[Mm]y|[Nn]ame|[Ss]po|[Ss]pea|[Tt]alk|[Hh]i[ \t]|[Hh]e(?:y|llo)|i have)/;

/** First letters of the {@link LOWER_CASE_NAME_CUE} phrases. */
const LISTED_CUE_STARTS: ReadonlySet<string> = new Set('mMnNcCgGrRtT'.split(''));

/**
 * Given names typed in lower case: listed given names that are no everyday word, right after a cue
 * ("my son arnav"; not "my son will"), and, since 2026-11-25, unlisted non-words after sign-offs,
 * greetings and person labels (lower-case-names.ts).
 */
function lowerCaseSpans(text: string, lexicon: WordLexicon, out: PiiSpan[]): void {
  // One scan finds where any lower-case cue may start (LOWER_CASE_HINT); the cues are tried there only.
  for (const h of execAll(LOWER_CASE_HINT, text)) {
    if (h.index > 0 && /[\p{L}\p{N}]/u.test(text[h.index - 1] ?? '')) continue;
    // The listed-name cue opens with "my", "name", "call me", "go by", "regards", "thanks", "cheers", "cc".
    const m = LISTED_CUE_STARTS.has(h[0][0] ?? '') ? ((LOWER_CASE_NAME_CUE.lastIndex = h.index), LOWER_CASE_NAME_CUE.exec(text)) : null;
    const w = m?.[1];
    // A listed given name that is also a word ("rusty", "grace") after a kin word, when a verb follows it:
    // "my husband rusty called", not "my husband will call".
    const kinVerb = m && w && /^my /i.test(m[0]) && ACT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const everydayGiven = kinVerb && w !== undefined && givenNameClass((w[0] ?? '').toUpperCase() + w.slice(1), lexicon) !== 'none';
    if (m && w && w === w.toLowerCase() && (everydayGiven || (isListedLowerCaseName(w) && lowerCaseGivenName(w, lexicon)))) {
      const at = m.index + m[0].length - w.length;
      out.push(span(text, at, at + w.length));
      continue;
    }
    // Names in no list, by position (lower-case-names.ts): "cheers,\naoi", "on behalf of x y,".
    const other = lowerCaseNameAt({ text, at: h.index, hint: h[0], lexicon });
    if (other) {
      out.push(other);
      continue;
    }
    // Spoken and unpunctuated text (lower-case-names.ts): "my son kenji set up…", "spoke with ana ruiz".
    if (TRANSCRIPT_HINT.test(h[0])) {
      const t = transcriptNameAt({ text, at: h.index, lexicon });
      if (t) out.push(t);
    }
  }
}

/** What joins two items of a list of people: a comma, "and", "or", "&" (", and"). */
const LIST_JOIN = /^(?:,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)$/;

/**
 * Names in a list: a run of non-words joined by a comma or "and" to a name already found is a name
 * too ("cc Marguerite and Ksenia", "Attendees: Ana Ruiz, Tendai and Sorin"). Runs that are places or
 * everyday words are not.
 */
function coordinated(text: string, runs: readonly Run[], lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  if (!lexicon) return;
  for (let pass = 0; pass < 2; pass++) {
    let added = false;
    for (const r of runs) {
      const first = r.starts[0] ?? 0;
      const end = r.ends[r.ends.length - 1] ?? 0;
      if (out.some((s) => s.start < end && first < s.end)) continue;
      const nameLike = r.tokens.every((t) => SURNAMES.has(t) || givenNameClass(t, lexicon) !== 'none');
      if (!(allUncommon(r.tokens, lexicon) || nameLike) || isPlace(r.tokens)) continue;
      const joined = out.some(
        (s) =>
          (s.end <= first &&
            first - s.end <= LIST_GAP &&
            LIST_JOIN.test(text.slice(s.end, first)) &&
            !vocativeComma(text, s.start, s.end, first)) ||
          (s.start >= end && s.start - end <= LIST_GAP && LIST_JOIN.test(text.slice(end, s.start))),
      );
      // "Osaka and Kyoto stores": a list of places or brands before a thing noun is no list of people.
      const after = text.slice(end, end + AFTER_WINDOW);
      // "around St. Helens and Victoria": a saint's, lake's or mount's name is a place's.
      const item = span(text, first, end);
      if (joined && !THING_HEAD_AFTER.test(after) && !LABEL_AFTER.test(after) && !isOrganisationSpan(text, first, end) && !placeWordBefore(text, item)) {
        out.push(item);
        added = true;
      }
    }
    if (!added) return;
  }
}
/**
 * Names in another script listed next to a found name ("Attendees: Ana Ruiz, 이서연 and Tomás"), in
 * either direction, over two passes so that a list of several such names is followed along.
 */
function coordinatedScript(text: string, scriptRuns: readonly PiiSpan[], out: PiiSpan[]): void {
  for (let pass = 0; pass < 2; pass++) {
    let added = false;
    for (const r of scriptRuns) {
      // A lower-case word of a bicameral script ("…, дата рождения") is no name.
      // A greeting or thanks of that script is no list item ("Здравствуйте, Алексей!").
      if (LOWER_FIRST.test(r.value) || isScriptStopWord(r.value.split(' ')[0] ?? '') || out.some((s) => s.start < r.end && r.start < s.end)) continue;
      const joined = out.some(
        (s) =>
          (s.end <= r.start && r.start - s.end <= LIST_GAP && LIST_JOIN.test(text.slice(s.end, r.start))) ||
          (s.start >= r.end && s.start - r.end <= LIST_GAP && LIST_JOIN.test(text.slice(r.end, s.start))),
      );
      if (joined) {
        out.push(r);
        added = true;
      }
    }
    if (!added) return;
  }
}

/** A lower-case first letter. */
const LOWER_FIRST = /^\p{Ll}/u;

/** A greeting, and perhaps a title, right before a name: "Hi ", "Dear Mx ", "Hello Dr. ". */
const VOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:hi|hello|hey|dear|hiya|good (?:morning|afternoon|evening))[ \t]+(?:\p{Lu}\p{Ll}*\.?[ \t]+)?$/iu;

/**
 * "Hi Çağla, Hope this…": the comma after a greeted name closes the greeting, so the next word starts
 * a sentence rather than a list. `nameStart`/`nameEnd` are the found name, `next` the next run.
 */
function vocativeComma(text: string, nameStart: number, nameEnd: number, next: number): boolean {
  return text[nameEnd] === ',' && next - nameEnd <= 2 && VOCATIVE_BEFORE.test(text.slice(Math.max(0, nameStart - 24), nameStart));
}

/** Longest separator between two list items (", and "). */
const LIST_GAP = 8;

/** The default person-name detector (heuristic fast path). */
export const personNameDetector: PiiDetector = {
  type: 'PERSON',
  detect: detectPersonNames,
};
