/**
 * @module privacy/pii/record-names — people named by the layout of a payment record, a chat or a letter
 * rather than by capitals (ADR 0011, twenty-third to twenty-fifth rounds):
 * - the counterparty of a bank statement line: "FPS CREDIT F FONTANA REF …", "SEPA-GUTSCHRIFT ANOUK DE JONG NL38…", "SEPA CT KHALID BENSAÏD
 *   SK59…", "ZELLE TO DAWN BOND CONF# …", "TRANSFER FROM L ÖZTÜRK";
 * - the name line of a SWIFT MT103 party field, under its account line (":50K:/CH09…⏎BEAT TSCHUDI");
 * - the speakers of a chat typed in lower case ("huifen: hey!! …⏎dindo: yes! …"), and their other
 *   mentions ("i'm huifen zhang btw"); speakers in capitals whose label is a listed name ("KEANU:");
 * - names that an e-mail address of the same text spells ("Grant Washington⏎grant-washington@wp.pl");
 * - household lists: a name before an age, a family's surname, a kin word as a label;
 * - the name line above an address that opens a line ({@link nameAboveAddress}, applied by the runner).
 * - the name element of an ANSI X12 party or contact segment ("N1*ST*…", "PER*IC*…", forty-second round).
 * Written from these formats in general (payment schemes' statement narratives, the MT103 field
 * layout, chat exports), not from any corpus's values. Candidates go through the person checks.
 */
import { givenNameClass, isListedLowerCaseName } from './given-name.js';
import { NON_NAME_WORDS, SURNAME_PARTICLES, SURNAMES } from './name-lexicon.js';
import { foldedLetters } from './name-list-set.js';
import { LEGAL_FORMS, ORG_WORDS_AFTER } from './org-context.js';
import { isRoleLocalPart } from './org-memory.js';
import { isRoleLabel } from './role-words.js';
import { execAll, spanAt, type PiiSpan } from './types.js';
import type { WordLexicon } from './word-lexicon.js';

/** The scheme and direction words that open a statement line's counterparty, in capitals. */
const PAYMENT_PREFIX =
  /\b(?:FPS (?:CREDIT|PAYMENT|DEBIT)|FASTER PAYMENT(?: (?:TO|FROM))?|BACS (?:CREDIT|PAYMENT)|SEPA (?:CT|SCT|CREDIT|TRANSFER)|(?:SEPA[- ])?(?:GUTSCHRIFT|ÜBERWEISUNG|UEBERWEISUNG|LASTSCHRIFT)|DAUERAUFTRAG|VIREMENT(?: SEPA)?(?: (?:DE|RECU DE|REÇU DE))?|OVERBOEKING(?: VAN)?|(?:TRANSFER|TRF|TFR|WIRE|PAYMENT|PMT|ZELLE|VENMO|INTERAC|E-TRANSFER|ACH|STANDING ORDER|SO|BILL PAYMENT) (?:FROM|TO))[ \t]+((?:\p{Lu}\.?[ \t]|\p{Lu}[\p{Lu}\p{M}'’-]+(?:[ \t](?=\p{Lu}))?){1,5})(?=[ \t]+(?:REF\b|CONF\b|\p{L}{2}\d{2}|\d|[-+]|\S*#)|[ \t]{2}|["\n]|$)/gu;
/**
 * A payment reference that a payer is told to write as a booking code and their surname ("Causale:
 * PREN-35522 NAGY", "Verwendungszweck: RG-2024-118 OKAFOR"): group 2 the surname, in capitals.
 */
const REFERENCE_SURNAME =
  /^[ \t]*(?:Causale|Verwendungszweck|Concepto|Referencia|Référence|Reference|Betreff|Omschrijving|Tytuł przelewu|Tytuł)[ \t]*:[ \t]*([A-Z]{2,6}[-/]?\d{3,}[A-Z0-9/-]*)[ \t]+(\p{Lu}[\p{Lu}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Lu}\p{M}'’-]+)?)[ \t]*$/gmu;
/**
 * The counterparty of a mobile-money receipt, in capitals before their number: "Ksh28,469.00 sent to
 * WISDOM TANUI 0723546155 on …", "received 696,751 UGX from NAMATOVU PRUDENCE (256782558127)", or after it:
 * "kutoka kwa 255758586582 - BARAKA LYIMO." (M-Pesa, MTN MoMo, Airtel Money and Tigo Pesa layouts).
 */
const WALLET_PARTY_BEFORE_NUMBER =
  /\b(?:sent to|paid to|from|kutoka kwa|kwa|registered to)[ \t]+((?:\p{Lu}[\p{Lu}\p{M}'’-]+[ \t]){1,3}\p{Lu}[\p{Lu}\p{M}'’-]+)(?=[ \t]+\(?\+?\d[\d ]{8,15}\d\)?)/gu;
const WALLET_PARTY_AFTER_NUMBER = /(?<![\d+])(?:\+?\d{9,13})[ \t]+-[ \t]+((?:\p{Lu}[\p{Lu}\p{M}'’-]+[ \t]){1,3}\p{Lu}[\p{Lu}\p{M}'’-]+)(?=[.,;]|[ \t]*$)/gmu;
/** Nine digits in a row (a phone number of a wallet layout), the gate of those layouts. */
const NINE_DIGITS = /\d{9}/;
/** Cheap gate for {@link PAYMENT_PREFIX}. */
const PAYMENT_GATE = /FPS|FASTER|BACS|SEPA|TRANSFER|TRF|TFR|WIRE|PAYMENT|PMT|ZELLE|VENMO|INTERAC|ACH|ORDER|SO TO|GUTSCHRIFT|BERWEISUNG|LASTSCHRIFT|DAUERAUFTRAG|VIREMENT|OVERBOEKING/;
/** A SWIFT MT103 ordering or beneficiary customer field, its account line, then the name line. */
const SWIFT_PARTY = /^:(?:50[AFK]|59[AF]?):(?:\/[^\n]*)?\n(?:1\/)?([\p{Lu}][\p{Lu}\p{M}'’ .-]{2,60})$/gmu;
/**
 * A chat speaker label typed in lower case (or, in a transcript, in capitals: "[00:00:04] KEANU:") at a
 * line start, after an optional time stamp: one or two words, a colon, then a message of two words or
 * more (a config key's value is one token: `ssn: "022929094"`). A machine stamp in ISO 8601
 * ("[2021-03-16T21:23:24Z] ota: fetching …") opens a log line, whose label is a component.
 */
const CASED_LABEL =
  /^[\t ]*(?:\[(?!\d{4}-\d\d-\d\dT)[^\]\n]{1,24}\][\t ]*)?(\p{Ll}[\p{Ll}\p{M}'’-]+(?: \p{Ll}[\p{Ll}\p{M}'’-]+)?|\p{Lu}[\p{Lu}\p{M}'’-]+(?: \p{Lu}[\p{Lu}\p{M}'’-]+)?):[ \t]+(?=[^\n]*?\p{L}{2,}[^\p{L}\n]+\p{L}{2,})/gmu;
/** Any speaker label at a line start, any case (for counting the speakers of a chat). */
const ANY_LABEL = /^[\t ]*(?:\[[^\]\n]{1,24}\][\t ]*)?(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*)?)[ \t]?:[ \t]+\S/gmu;
/**
 * Lower-case labels that are no speaker: short roles of developer and operations chats ("dev: cant ssh
 * into …") and the types of conventional commit messages and code notes ("refactor: rename …").
 */
const NON_SPEAKER_LABELS: ReadonlySet<string> = new Set(
  'dev devs ops qa sre eng mod pm hr it ceo cto cfo feat fix refactor chore docs perf build ci style revert test tests wip todo fixme hack deps release merge'.split(' '),
);
/** A vowel (names have one; "ssn", "pwd" and "tx" do not). */
const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīįıōőœūůűų]/;
/** Shortest word of a lower-case speaker name. */
const MIN_LABEL_WORD = 3;

/** "DAWN" → "Dawn". */
const titled = (w: string): string => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w);

/** True when a word of a name in capitals is a listed name, or no everyday word at all. */
function nameWord(w: string, lexicon: WordLexicon | undefined): boolean {
  const t = titled(w.replace(/['’]$/, ''));
  if (NON_NAME_WORDS.has(t) || LEGAL_FORMS.has(w) || LEGAL_FORMS.has(t)) return false;
  return givenNameClass(t, lexicon) !== 'none' || SURNAMES.has(t) || !(lexicon?.isCommonWord(t.toLowerCase()) ?? false);
}

/** True when the words of a counterparty read as a person: initials and name words, at least one name word. */
function personParty(value: string, lexicon: WordLexicon | undefined): boolean {
  const words = value.split(/[ \t]+/).map((w) => w.replace(/\.$/, ''));
  if (words.some((w) => STATEMENT_WORDS.has(w))) return false;
  // A word after a surname particle is part of the surname, everyday or not ("JOOST VAN DAM").
  const long = words.filter((w, i) => w.length > 1 && !SURNAME_PARTICLES.has(w.toLowerCase()) && !SURNAME_PARTICLES.has((words[i - 1] ?? '').toLowerCase()));
  // "VAN DER BERG": a surname of particles and the word after them only.
  if (long.length === 0) return words.length >= 2 && SURNAME_PARTICLES.has((words[0] ?? '').toLowerCase());
  return long.every((w) => nameWord(w, lexicon));
}

/** Words of statement narratives that are no part of a counterparty's name. */
const STATEMENT_WORDS: ReadonlySet<string> = new Set('CONF REF TXN TRX FPS SEPA BACS CHAPS ACH MTCN IBAN BIC SWIFT'.split(' '));

/**
 * Appends group `group` of every match of `re` that `accept` reads as a person. The group closes its
 * match in every layout here, so its last occurrence in the match is where it stands.
 */
function capturedNames(p: { text: string; re: RegExp; group: number; accept: (v: string) => boolean; out: PiiSpan[] }): void {
  for (const m of execAll(p.re, p.text)) {
    const v = (m[p.group] ?? '').trim();
    if (!v || !p.accept(v)) continue;
    const start = m.index + m[0].lastIndexOf(v);
    p.out.push(spanAt('PERSON', p.text, start, start + v.length));
  }
}

/**
 * A wallet counterparty beside its phone number: one name word is enough ("WISDOM TANUI", "BABIRYE
 * GIFT"), but no organisation word or legal form ("MTN MOBILE MONEY").
 */
function walletParty(v: string, lexicon: WordLexicon | undefined): boolean {
  const words = v.split(/[ \t]+/);
  return words.some((w) => nameWord(w, lexicon)) && !words.some((w) => LEGAL_FORMS.has(w) || ORG_WORDS_AFTER.has(titled(w)));
}

/** Counterparties of statement lines, wallet receipts and payment references, and the name lines of SWIFT party fields. */
function paymentNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  const party = (v: string): boolean => personParty(v, lexicon);
  // Both wallet layouts hold a phone number: most texts have no nine digits in a row.
  if (NINE_DIGITS.test(text)) {
    for (const re of [WALLET_PARTY_BEFORE_NUMBER, WALLET_PARTY_AFTER_NUMBER]) capturedNames({ text, re, group: 1, accept: (v) => walletParty(v, lexicon), out });
  }
  if (text.includes(':')) capturedNames({ text, re: REFERENCE_SURNAME, group: 2, accept: party, out });
  if (PAYMENT_GATE.test(text)) capturedNames({ text, re: PAYMENT_PREFIX, group: 1, accept: party, out });
  if (text.includes(':5')) capturedNames({ text, re: SWIFT_PARTY, group: 1, accept: party, out });
}

/** True when a lower-case speaker label reads as a person's name rather than a role or a word. */
function speakerLabelName(raw: string, lexicon: WordLexicon | undefined): boolean {
  const label = raw.toLowerCase();
  if (isRoleLabel(label) || NON_SPEAKER_LABELS.has(label)) return false;
  const words = label.split(' ');
  if (words.some((w) => w.length < MIN_LABEL_WORD || !VOWEL.test(w))) return false;
  const listed = words.filter((w) => isListedLowerCaseName(w) || SURNAMES.has(titled(w))).length;
  const everyday = words.filter((w) => lexicon?.isCommonWord(w) ?? true).length;
  // One word: a listed given name or no everyday word ("huifen", "kipchoge"); two: a listed name among
  // them. Transcripts print roles in capitals ("PREPARER:", "SECRÉTARIAT:"): there a listed name only.
  const capitals = raw !== label;
  return words.length === 1 && !capitals ? listed > 0 || everyday === 0 : listed > 0;
}

/**
 * Speakers of a chat typed in lower case: a label on two lines or more, in a chat with another
 * speaker; each label and its other mentions as a word (with one more word that is no everyday word,
 * "huifen zhang") are candidates.
 */
function chatSpeakers(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  const counts = new Map<string, number>();
  for (const m of execAll(CASED_LABEL, text)) counts.set(m[1] ?? '', (counts.get(m[1] ?? '') ?? 0) + 1);
  if (counts.size === 0) return;
  const speakers = new Set(execAll(ANY_LABEL, text).map((m) => (m[1] ?? '').toLowerCase()));
  if (speakers.size < 2) return;
  for (const [label, n] of counts) {
    if (n < 2 || !speakerLabelName(label, lexicon)) continue;
    const mention = new RegExp(`(?<![\\p{L}\\p{N}@._-])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: (\\p{Ll}[\\p{Ll}\\p{M}]+))?(?![\\p{L}\\p{N}@_-])`, 'gu');
    for (const m of execAll(mention, text)) {
      const next = m[1];
      const end = next && !(lexicon?.isCommonWord(next) ?? true) ? m.index + m[0].length : m.index + label.length;
      out.push(spanAt('PERSON', text, m.index, end));
    }
  }
}

/** An e-mail address's local part. */
const LOCAL_PART = /(?<![\w.+-])([\p{L}\d._%+-]+)@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
/** A run of two or three capitalised words (or words in capitals) on one line. */
const NAME_RUN = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+){1,2}(?![\p{L}\p{M}'’-])/gu;
/** Shortest word of a name matched inside a local part. */
const MIN_ECHO_WORD = 3;


/**
 * True when the first three letters of a piece of a local part ("may" of "maycobb23", "gra" of
 * "grant-washington") open a capitalised word (or one in capitals) of the text: a cheap sign that the
 * text may spell a name the mailbox holds.
 */
function echoedPiece(text: string, local: string): boolean {
  for (const piece of local.split(/[^A-Za-z]+/)) {
    if (piece.length < MIN_ECHO_WORD) continue;
    const head = piece.slice(0, MIN_ECHO_WORD).toLowerCase();
    if (text.includes((head[0] ?? '').toUpperCase() + head.slice(1)) || text.includes(head.toUpperCase())) return true;
  }
  return false;
}

/** A capitalised word right before an address in brackets ("Suzuki (suzuki@…)", "Sharma（sharma@…）"): group 1 the word, 2 the local part. */
const WORD_BEFORE_MAILBOX = /(?<![\p{Script=Latin}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+)[ \t]?[(（<]([\p{L}\d._%+-]+)@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+[)）>]/gu;
/** Two to four Han characters right before an address in brackets ("急ぎの件は小林（kobayashi@…）"). */
const HAN_BEFORE_MAILBOX = /(?<!\p{Script=Han})(\p{Script=Han}{2,4})[ \t]?[(（<]([\p{L}\d._%+-]+)@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+[)）>]/gu;

/**
 * A person named right before their own address in brackets, as out-of-office replies and
 * forwarding notes write whom to contact: a word the local part spells ("Suzuki (suzuki@…)"), or a
 * Han name before a personal (no role) mailbox ("小林（kobayashi@…）": the romaji cannot be compared).
 */
function namesBeforeMailbox(text: string, out: PiiSpan[]): void {
  for (const m of execAll(WORD_BEFORE_MAILBOX, text)) {
    const word = foldedLetters(m[1] ?? '');
    if (word.length >= MIN_ECHO_WORD && !isRoleLocalPart(m[2] ?? '') && foldedLetters(m[2] ?? '').includes(word)) out.push(spanAt('PERSON', text, m.index, m.index + (m[1] ?? '').length));
  }
  if (!HAN_GATE.test(text)) return;
  for (const m of execAll(HAN_BEFORE_MAILBOX, text)) {
    if (!isRoleLocalPart(m[2] ?? '')) out.push(spanAt('PERSON', text, m.index, m.index + (m[1] ?? '').length));
  }
}
/** Any Han character (the gate of {@link HAN_BEFORE_MAILBOX}). */
const HAN_GATE = /\p{Script=Han}/u;

/**
 * Names echoed by an e-mail address of the same text: every word of a two- or three-word run appears
 * in one local part ("Grant Washington⏎grant-washington@wp.pl", "DULCE ZÚÑIGA … dulce.zuniga@…").
 * People's addresses spell their names; an organisation's role mailbox spells no person's.
 */
function emailEchoedNames(text: string, out: PiiSpan[]): void {
  const raw = execAll(LOCAL_PART, text).map((m) => m[1] ?? '');
  // Only when a piece of some local part ("grant" of "grant-washington") stands capitalised in the text
  // is the run scan worth it; most mailboxes spell nothing else the text holds.
  if (!raw.some((l) => echoedPiece(text, l))) return;
  const locals = raw.map((l) => foldedLetters(l)).filter((l) => l.length >= 2 * MIN_ECHO_WORD);
  if (locals.length === 0) return;
  for (const m of execAll(NAME_RUN, text)) {
    const words = m[0].split(/[ \t]/).map((w) => foldedLetters(w));
    if (words.some((w) => w.length < MIN_ECHO_WORD)) continue;
    if (locals.some((l) => words.every((w) => l.includes(w)))) out.push(spanAt('PERSON', text, m.index, m.index + m[0].length));
  }
}

/** Cheap gate for {@link householdNames}: plain substring tests, no regex over every text. */
function householdGate(text: string): boolean {
  return text.includes(' age') || text.includes(' family') || text.includes(' born') || text.includes('(DOB') || FAMILY_WORD_HINT.test(text) || HOUSEHOLD_HINT.test(text);
}
/** "Family" in the languages that write it before the surname ("Familie Brandt", "famille Martin"). */
const FAMILY_WORD_HINT = /[Ff]ami[lg]i|[Ff]amíli|[Rr]odzin|[Gg]ezin/;
/** A child's age in parentheses, a kin word in capitals, a neighbour or an individual party: one scan. */
const HOUSEHOLD_HINT = / \(\d{1,2}\)|Spouse|Husband|Wife|Son|Daughter|Mother|Father|eighbo|achbar|oisin|ecin|izinh|buur|granne|nabo|, an individual/;
/** A name before an age ("Rahima age 12", "Tom, aged 2", "Ivy (3)"): the children of a household list. */
const AGED_NAME = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+)?)(?=,? (?:age|aged) \d{1,2}\b| \((?:age |aged )?\d{1,2}\)(?![ \t]*\d))/gu;
/**
 * A name right before its birth date in a list of people ("Two kids: Yannick (DOB July 21, 2008) and
 * Fortunato, born 6/6/2022"): ", born" and a date, or "(DOB"/"(born" in brackets.
 */
const BORN_NAME = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=,?[ \t]+born[ \t]+(?:on[ \t]+)?\d|[ \t]+\((?:DOB|born|b\.)[ \t:])/gu;
/**
 * A family named by its surname: "the Morozova family", "• Uddin family —", and with the word before it
 * ("bei Familie Brandt", "chez la famille Martin", "la familia Ortiz", "rodzina Nowak", "gezin Jansen").
 */
const FAMILY_NAME =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+)(?= family\b)|(?<![\p{L}])(?:[Ff]amilie|[Ff]amille|[Ff]amilia|[Ff]amília|[Ff]amiglia|[Rr]odzin[aey]|[Gg]ezin)[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+)/gu;
/**
 * A kin word opening a sentence or line as a label, without "my" ("Spouse Selam and 1 children",
 * "Husband: Omar"); "Partner" is left out (business partners, "Keller & Partner").
 */
const KIN_LABEL = /(?:^|[.!?;][ \t]+)(?:Spouse|Husband|Wife|Son|Daughter|Mother|Father)[ \t]*:?[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)/gmu;

/**
 * A neighbour named in brackets, as delivery notes record where a parcel was left ("Left with neighbour
 * at no. 14 (Frost)", "beim Nachbarn (Nr. 3, Kaya)" is left alone: the bracket must hold the name only).
 */
const NEIGHBOUR_NAMED = /\b(?:neighbou?r|nachbarn?|voisine?|vecin[oa]|vizinh[oa]|buurman|buurvrouw|granne|nabo)\b[^()\n]{0,24}\((\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?)\)/giu;
/** A party to a deed described as a natural person ("that KEISHA LOVE, an individual, residing at …"). */
const INDIVIDUAL_PARTY = /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]*){1,3}),[ \t]+an individual\b/gu;

/**
 * A name with a Japanese honorific joined by a hyphen, as written in romaji ("Congratulations to
 * Kenji-san", "thanks Tanaka-sensei"): the honorific is outside the name, as "Mr" is.
 */
const HYPHEN_HONORIFIC = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)-(?:san|sama|kun|chan|sensei|senpai|dono|shi)(?![\p{L}-])/gu;

/** Names before a hyphenated honorific ({@link HYPHEN_HONORIFIC}). */
function hyphenHonorificNames(text: string, out: PiiSpan[]): void {
  for (const m of execAll(HYPHEN_HONORIFIC, text)) {
    const v = m[1] ?? '';
    out.push(spanAt('PERSON', text, m.index, m.index + v.length));
  }
}

/** Names that an age, a birth date, a family or a kin label stands beside (see the regexes above). */
function householdNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const re of [AGED_NAME, KIN_LABEL, NEIGHBOUR_NAMED, INDIVIDUAL_PARTY, BORN_NAME]) {
    for (const m of execAll(re, text)) {
      const v = m[1] ?? '';
      // Everyday words are no names here ("Call (02) …"); a listed given name that is one is ("Ivy (3)").
      if (v.split(' ').every((w) => (lexicon?.isCommonWord(w.toLowerCase()) ?? false) && givenNameClass(w, lexicon) === 'none')) continue;
      const start = m.index + m[0].indexOf(v);
      out.push(spanAt('PERSON', text, start, start + v.length));
    }
  }
  if (!text.includes(' family') && !FAMILY_WORD_HINT.test(text)) return;
  for (const m of execAll(FAMILY_NAME, text)) {
    const v = m[1] ?? m[2] ?? '';
    // "the Royal family", "the Smith family": an everyday word is no family name unless a surname list holds it.
    if (lexicon?.isCommonWord(v.toLowerCase()) && !SURNAMES.has(v)) continue;
    const start = m.index + m[0].length - v.length;
    out.push(spanAt('PERSON', text, start, start + v.length));
  }
}

/**
 * A quoted name after a signing or receiving verb, as proofs of delivery and audit trails print them
 * ("delivered, signed \"CAMPBELL\"", "received by 'A. Okafor'"), on a pick-up sign ("meeting point with
 * a sign \"VAN DER BERG\"") or as the name on a card in a payment log ("name on card \"GRANT PRUITT\"").
 */
const QUOTED_SIGNATURE = /\b(?:signed(?: for)?(?: by)?|received by|signature|a sign|name on (?:the )?card|cardholder(?: name)?)[ \t]*[:=]?[ \t]*["“'‘]([\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t][\p{L}][\p{L}\p{M}'’.-]*){0,3})["”'’]/giu;

/** Cheap gate for {@link QUOTED_SIGNATURE}. */
const SIGNATURE_GATE = /igned|eceived by|ignature| sign "|on card|ardholder/i;

/** Quoted names after "signed" and "received by" that read as a person ({@link QUOTED_SIGNATURE}). */
function quotedSignatures(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const m of execAll(QUOTED_SIGNATURE, text)) {
    const v = m[1] ?? '';
    if (!personParty(v, lexicon)) continue;
    const start = m.index + m[0].length - v.length - 1;
    out.push(spanAt('PERSON', text, start, start + v.length));
  }
}

/** A line of two to four words of letters (any case), nothing else: a letter block's name line. */
const NAME_LINE = /^[ \t]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’.-]*){1,3})[ \t]*$/u;

/**
 * The name on the line right above an address that starts a line, as letter blocks, envelopes and
 * pleadings print the addressee ("DULCE ZÚÑIGA⏎2441 Juniper Dr, Austin, TX 78772"): every word a
 * listed name or no everyday word, at least one listed, no organisation or legal-form word.
 */
export function nameAboveAddress(text: string, addressStart: number, lexicon: WordLexicon | undefined): PiiSpan | undefined {
  if (addressStart === 0 || text[addressStart - 1] !== '\n') return undefined;
  const lineStart = text.lastIndexOf('\n', addressStart - 2) + 1;
  const m = NAME_LINE.exec(text.slice(lineStart, addressStart - 1));
  const v = m?.[1];
  if (!m || !v) return undefined;
  const words = v.split(/[ \t]+/);
  const listed = words.some((w) => givenNameClass(titled(w), lexicon) !== 'none' || SURNAMES.has(titled(w)));
  if (!listed || !words.every((w) => nameWord(w, lexicon) && !ORG_WORDS_AFTER.has(titled(w)))) return undefined;
  const start = lineStart + m[0].indexOf(v);
  return spanAt('PERSON', text, start, start + v.length);
}

/**
 * Person candidates from payment records and lower-case chats (see the module comment), appended to
 * `out`.
 * @example
 * recordNames('01/07/2024,"FPS CREDIT C BIANCHI REF GYA1435",-404.89', lexicon, out) // out gets "C BIANCHI"
 */
export function recordNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  paymentNames(text, lexicon, out);
  if (text.includes(':') && text.includes('\n')) chatSpeakers(text, lexicon, out);
  if (text.includes('@')) {
    emailEchoedNames(text, out);
    namesBeforeMailbox(text, out);
  }
  if (householdGate(text)) householdNames(text, lexicon, out);
  if (SIGNATURE_GATE.test(text)) quotedSignatures(text, lexicon, out);
  if (HONORIFIC_GATE.test(text)) hyphenHonorificNames(text, out);
  if (text.includes('*')) x12Names(text, out);
}

/**
 * The name element of an ANSI X12 segment: "N1*ST*<name>" (a party of a ship notice, invoice or
 * order: a person or a firm) and "PER*IC*<name>" (the contact). The segment's layout is the evidence;
 * organisation names are left out by their words (legal forms and sector words), as the runner's
 * organisation checks also do. Group 1 is the name.
 */
const X12_NAME_RE = /(?:^|[~\n])[ \t]*(?:N1\*[A-Z0-9]{2}|PER\*[A-Z]{2})\*([\p{L}][\p{L}\p{M}'’.,-]*(?: [\p{L}][\p{L}\p{M}'’.,-]*){1,3})(?=[*~\n]|$)/gu;

/** Names of X12 N1 and PER segments ({@link X12_NAME_RE}). */
function x12Names(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(X12_NAME_RE)) {
    const name = m[1] ?? '';
    const words = name.split(' ').map((w) => w.replace(/[.,]/g, ''));
    const titled = words.map((w) => (w[0] ?? '') + w.slice(1).toLowerCase());
    if (titled.some((w) => ORG_WORDS_AFTER.has(w) || LEGAL_FORMS_LOWER.has(w.toLowerCase()) || NON_NAME_WORDS.has(w))) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push({ type: 'PERSON', start, end: start + name.length, value: name });
  }
}
/** {@link LEGAL_FORMS} in lower case: X12 writes them in capitals ("GMBH"). */
const LEGAL_FORMS_LOWER: ReadonlySet<string> = new Set([...LEGAL_FORMS].map((f) => f.toLowerCase()));

/** Cheap gate for {@link HYPHEN_HONORIFIC}. */
const HONORIFIC_GATE = /\p{Ll}-(?:sa|ku|ch|se|do|sh)/u;
