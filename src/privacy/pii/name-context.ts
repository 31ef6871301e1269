/**
 * @module privacy/pii/name-context — context evidence for capitalised words that are not English words
 * and have no cue phrase: where they sit in the sentence and what follows them.
 *
 * Rules were chosen on the `tuning` corpus split only (see docs/privacy.md, *Evaluation*). They read
 * general English syntax (predicates that take a human subject, apposition, letter sign-offs), not
 * values from any corpus.
 */

/** Relation and role nouns that only people fill ("my neighbour", "our CFO"). */
const RELATION =
  '(?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|colleague|coworker|boss|manager|neighbou?r|landlord|landlady|tenant|flatmate|roommate|assistant|accountant|lawyer|solicitor|doctor|nurse|teacher|student|client|employee|cfo|ceo|director|owner|secretary|caretaker|nanny|cousin|uncle|aunt|grand(?:mother|father|ma|pa|son|daughter))';

/**
 * Predicates only a person takes: cognition and feeling, "X and I", a person's states ("is on leave")
 * and relations ("is my sister"), "… is my family name", and pronoun tags ("(she/her)", 2026-11-25).
 * An adverb may come first ("Aino already thinks"). Brands and places
 * also "say", "tell", "ask", "email" or "charge", so speech and agency verbs are in
 * SHARED_PREDICATE_AFTER instead.
 */
export const HUMAN_PREDICATE_AFTER = new RegExp(
  `^,? (?:(?:just|already|also|then|personally|never|finally|kindly|actually|probably|really|still) )?(?:thinks|thought|knows|knew|believes|believed|feels|felt|remembers|remembered|forgot|hopes|hoped|apologi[sz]ed|and I|and me|(?:is|was) (?:sick|ill|on leave|on holiday|on vacation|off sick|off|pregnant|retired|away|unwell|out sick)|said (?:she|he|they) (?:might|would|could|will|can)|got (?:player|man|woman) of the match|had already|(?:is|was) (?:my|our|his|her|their) ${RELATION}|is my (?:family|last|first|middle|maiden|given) name|is my surname|asked (?:whether|if)|wondered (?:whether|if)|disagrees|disagreed|is presenting|presents on|will present|is on call|here (?:—|–|-) |from [^.\\n]{1,40}? here\\b|\\((?:she|he|they|ze)\\/)(?:(?<=\\/)|\\b)`,
);

/**
 * Speech and agency verbs that people and organisations share ("Sorin said", "Klarna says"). For a
 * lone unknown word they count only when a gendered pronoun follows in the same sentence
 * ({@link GENDERED_PRONOUN_AHEAD}): organisations are "it" or "they".
 */
export const SHARED_PREDICATE_AFTER =
  /^,? (?:(?:just|already|also|then|personally|never|finally|kindly|actually|probably|really|still) )?(?:told|tells|said|says|asked|asks|replied|answered|explained|promised|agreed|insisted|mentioned|wants|wanted|decided|complained|needs|needed|called|emailed|messaged|texted|wrote)\b/;

/** A gendered personal pronoun later in the same sentence ("… said she would call back"). */
export const GENDERED_PRONOUN_AHEAD = /^[^.!?\n]{0,60}?\b(?:she|he|her|him|his|herself|himself|she'll|he'll|she'd|he'd|she's|he's)\b/i;

/** A comma and a role noun right after the name: apposition ("Jordi, my neighbour", "Efua, our CFO"). */
export const APPOSITION_AFTER =
  /^, (?:my|our|your|the|his|her|their) (?:(?:new|old|former|current) )?(?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|colleague|coworker|boss|manager|neighbou?r|landlord|landlady|tenant|flatmate|roommate|assistant|accountant|lawyer|solicitor|doctor|nurse|teacher|student|client|employee|cfo|ceo|director|owner|secretary|caretaker|nanny|cousin|uncle|aunt|grand(?:mother|father|ma|pa|son|daughter))\b/i;

/**
 * A relation noun and a comma before the name ("My landlord, Efua, …"): the comma-delimited form of
 * the "my wife X" cue.
 */
export const RELATION_COMMA_BEFORE =
  /\b(?:my|our) (?:wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|colleague|coworker|boss|manager|neighbou?r|landlord|landlady|tenant|flatmate|roommate|assistant|accountant|lawyer|solicitor|doctor|cousin|uncle|aunt),[ \t]*$/i;

/**
 * A lower-case word right after a capitalised word that makes it a modifier of a thing, not a person
 * ("Nokia phones", "Heathrow lounge"): generic product, place and organisation head nouns, including
 * those of insurers, banks, pharmacies and loyalty schemes ("… claim", "… copay", "… miles").
 */
export const THING_HEAD_AFTER =
  /^ (?:owners?|users?|customers?|clients?|fans?|stores?|shops?|outlets?|branch(?:es)?|offices?|headquarters|hq|warehouses?|depots?|airports?|stations?|terminals?|lounges?|hotels?|restaurants?|cafes?|apps?|phones?|laptops?|tablets?|devices?|printers?|routers?|cars?|models?|products?|brands?|accounts?|subscriptions?|plans?|cards?|vouchers?|coupons?|orders?|deliver(?:y|ies)|parcels?|packages?|flights?|trips?|tours?|tickets?|bookings?|reservations?|servers?|websites?|site|pages?|support|service|services|team|staff|employees|notifications?|updates?|settings|login|password|prices?|sales?|deals?|region|area|city|town|country|beans|coffee|tea|shoes?|jackets?|shirts?|claims?|polic(?:y|ies)|copays?|premiums?|coverage|members?|membership|portal|pharmacy|prescriptions?|refills?|points|miles|rewards|statements?|balance|loans?|mortgages?|insurance|benefits|network)\b/;

/**
 * A line that holds only a short capitalised run, after a line that ends with a comma, is a letter
 * sign-off and signature ("Warm wishes,\nEleni"). `before` is the text before the run.
 */
export const SIGNATURE_LINE_BEFORE = /,[ \t]*\n[ \t]*$/;
/** The rest of a signature line: nothing, or the end of the line. */
export const LINE_END_AFTER = /^[ \t]*(?:$|\n)/;

/** Characters that end a sentence; the capitalised word after one of them is capitalised by position. */
const SENTENCE_END = new Set(['.', '!', '?', '\n', ':', ';', '"', '“', '(']);

/** Abbreviations written with a full stop that do not end a sentence ("Mr.", "Dr.", "St."). */
const TITLE_ABBREVIATION = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Jr|St|Mme|Mlle|Rev|Capt|Col|Gen|Lt|Sgt)$/u;

/** True when the token at `at` opens a sentence (only spaces between it and a sentence end or the text start). */
export function atSentenceStart(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < 0) return true;
  if (!SENTENCE_END.has(text[j] ?? '')) return false;
  // "Mr. Voss", "Dr. Eze": the full stop of an abbreviated title does not end a sentence.
  return text[j] !== '.' || !TITLE_ABBREVIATION.test(text.slice(Math.max(0, j - 5), j));
}
