/**
 * @module privacy/pii/org-memory — organisations a document names once in a frame that only an
 * organisation takes, remembered for all its other mentions.
 *
 * Why: a shop, hotel or brand is often named after a person or with a given name in it ("Hikari
 * Select", "Sir Reginald Teas", "Aurora Hostels"), and most of its mentions carry no evidence at all
 * ("Please pay within 14 days to Hikari Select, IBAN …", "schrieb Hikari Select:"). The per-mention
 * organisation rules (org-context.ts) cannot see that; the document can, because the same name also
 * appears where only an organisation fits:
 * - before an organisation word or legal form: "The Hikari Select Team", "Sir Reginald Teas GmbH",
 *   "Kastanie Home Customer Care", "Sakura Stay Club";
 * - spelled as the domain of a role mailbox: "De : Casa Jabuti <care@casajabuti.com.br>". The display
 *   name alone is no evidence: agents write from shared mailboxes under their own names.
 * - (thirty-eighth round) after "Welcome to" or a label that takes a business ("Property:", "Merchant:",
 *   "Venue:"; not "Company:" or "Supplier:", which sole traders fill with their own names), or opened by a
 *   lodging word ("Hotel Villa Serena", "Ryokan Kinsen": "Villa Serena" alone is the hotel too).
 * Person spans inside any mention of such a name are dropped. Written on 2026-11-26 (ADR 0011,
 * twenty-second round) from these layouts in general, not from a corpus's value lists.
 *
 * Chat assistants are remembered the same way (twenty-sixth round): a persona that introduces itself
 * as a virtual or AI assistant, or a speaker labelled "Ava (Northgate Clinic assistant):" or "Ava
 * (bot):", is no person at any of its other turns ("Ava: Date of birth?").
 */
import { foldedLetters } from './name-list-set.js';
import { LODGING_WORDS } from './name-negatives.js';
import { isListedName, LEGAL_FORMS, ORG_WORDS_AFTER } from './org-context.js';
import type { PiiSpan } from './types.js';

/**
 * Words that close the name of a business or of its service desk, beyond the sector nouns and legal
 * forms of org-context.ts: "… Team", "… Club", "… Customer Care", "… Support", "… Shop".
 */
const DESK_WORDS: ReadonlySet<string> = new Set(
  'Team Club Customer Support Helpdesk Kundenservice Kundendienst Klantenservice Shop Store Boutique Outlet Rewards Marketplace'.split(' '),
);
/** Words that open a run without belonging to the name ("The Hikari Select Team", "Hi Sakura Stay Club"). */
const LEADING_WORDS: ReadonlySet<string> = new Set(
  'The A An Our Your Hi Hello Hey Dear Beste Liebe Lieber Hallo Bonjour Hola Olá Ciao Cher Chère Estimado Estimada Caro Cara'.split(' '),
);
/** A capitalised word: letters and marks, inner apostrophes and hyphens ("Hattie's", "Jean-Luc"). */
const WORD = "\\p{Lu}[\\p{L}\\p{M}]*(?:['’-][\\p{L}\\p{M}]+)*";
/** Two or more capitalised words separated by single spaces. */
const RUN_RE = new RegExp(`${WORD}(?: ${WORD})+`, 'gu');
/** One capitalised word (for a one-word brand spelled as a role mailbox's domain). */
const ONE_WORD_RE = new RegExp(WORD, 'gu');
/** Any e-mail address: its local part and domain. */
const MAILBOX_RE = /(?<![\w.+-])([\w.+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
/** Local parts that belong to a function, not a person ("support@", "care@", "reservations@"). */
const ROLE_LOCAL =
  /^(?:support|care|customercare|service|services|help|helpdesk|info|hello|contact|team|billing|sales|orders?|bookings?|reservations?|disputes?|returns|refunds|payments|accounts|fraud|security|noreply|no-reply|donotreply|notifications?|newsletter|kundenservice|kundendienst|klantenservice|serviceclient|service-client|atendimento|contacto|kontakt|office|admin|hr|jobs|careers|press|privacy|dpo|legal|compliance|gdpr|abuse)(?:[._-][\w-]+)?$/i;
/** True when an e-mail local part belongs to a function, not a person ({@link ROLE_LOCAL}). */
export const isRoleLocalPart = (local: string): boolean => ROLE_LOCAL.test(local);
/** Shortest squashed name matched against a domain ("sakurastay"): short labels match too much by chance. */
const MIN_DOMAIN_LABEL = 6;

/** A legal form written with full stops after a run (" K.K.", " S.p.A.", " A.Ş."). */
const DOTTED_FORM_AHEAD = /^ (\p{Lu}\.?(?:\p{L}\.?){1,4})(?=[\s,;:)]|$)/u;

/** A desk word, sector noun or legal form. */
function closesOrganisation(w: string): boolean {
  return DESK_WORDS.has(w) || ORG_WORDS_AFTER.has(w) || LEGAL_FORMS.has(w);
}

/** A capitalised word of two letters or more, for {@link closingWordIn}. */
const CAPITALISED_TOKEN = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]+/gu;

/** True when some capitalised word of the text, not the first of its run, closes an organisation. */
function closingWordIn(text: string): boolean {
  for (const m of text.matchAll(CAPITALISED_TOKEN)) if (m.index > 0 && text[m.index - 1] === ' ' && closesOrganisation(m[0])) return true;
  return false;
}

/** The name in a run of capitalised words without its leading greeting or article. */
function withoutLeading(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length && LEADING_WORDS.has(words[i] ?? '')) i++;
  return words.slice(i);
}

/** A remembered name must be two words, or one word that no name list holds (one given name is too little). */
function memorable(words: readonly string[]): boolean {
  return words.length >= 2 || (words.length === 1 && !isListedName(words[0] ?? ''));
}

/**
 * Frames only a business or place takes: "Welcome to X!" (X closed by a mark or the line end), and a
 * label line whose value is a business ("Property: X", "Merchant: X").
 */
const ORG_FRAME_RE = new RegExp(
  `(?:\\b[Ww]elcome to (${WORD}(?: ${WORD}){0,3})(?=[!,.]|[ \\t]*(?:\\n|$))|(?:^|\\n)[ \\t]*(?:Property|Merchant|Venue|Brand|Platform)[ \\t]*:[ \\t]*(${WORD}(?: ${WORD}){0,3})[ \\t]*(?=\\n|$))`,
  'gu',
);
/** Cheap gate for {@link ORG_FRAME_RE} and the lodging words. */
const ORG_FRAME_GATE = new RegExp(`elcome to|Property|Merchant|Venue|Brand|Platform|${[...LODGING_WORDS].join('|')}`);

/** Adds to `names` the names of {@link ORG_FRAME_RE} and of runs opened by a lodging word. */
function framedNames(text: string, names: Set<string>): void {
  for (const m of text.matchAll(ORG_FRAME_RE)) {
    const words = withoutLeading((m[1] ?? m[2] ?? '').split(' '));
    if (memorable(words)) names.add(words.join(' '));
  }
  // A run opened by a lodging word ("Hotel Villa Serena"): the rest is the lodging's name too.
  for (const m of text.matchAll(RUN_RE)) {
    const words = withoutLeading(m[0].split(' '));
    if (words.length < 2 || !LODGING_WORDS.has(words[0] ?? '')) continue;
    names.add(words.join(' '));
    if (memorable(words.slice(1))) names.add(words.slice(1).join(' '));
  }
}

/** The organisation names the text itself marks as such (see the module comment). */
export function organisationNames(text: string): Set<string> {
  const names = new Set<string>();
  const roleDomains = new Set<string>();
  if (text.includes('@')) {
    for (const m of text.matchAll(MAILBOX_RE)) {
      const label = foldedLetters((m[2] ?? '').split('.')[0] ?? '');
      if (ROLE_LOCAL.test(m[1] ?? '') && label.length >= MIN_DOMAIN_LABEL) roleDomains.add(label);
    }
  }
  if (ORG_FRAME_GATE.test(text)) framedNames(text, names);
  // Most texts hold no organisation word and no role mailbox: one scan for either spares the run scan.
  if (roleDomains.size === 0 && !closingWordIn(text)) return names;
  for (const m of text.matchAll(RUN_RE)) {
    const words = m[0].split(' ');
    // The run ends in organisation words only ("… Customer Care", "… GmbH"); "John Smith Care Plan" does not.
    let at = words.length;
    while (at > 1 && closesOrganisation(words[at - 1] ?? '')) at--;
    const head = withoutLeading(words.slice(0, at));
    // A dotted legal form right after the run closes it too ("Takumi Shoji K.K.", "Rossi S.p.A.").
    const dotted = at === words.length && DOTTED_FORM_AHEAD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if ((at < words.length || (dotted && LEGAL_FORMS.has((dotted[1] ?? '').replace(/\./g, '')))) && memorable(head)) names.add(head.join(' '));
    // The run (without a greeting before it) spelled as a role mailbox's domain.
    if (roleDomains.size > 0) {
      const whole = withoutLeading(words);
      if (roleDomains.has(foldedLetters(whole.join('')))) names.add(whole.join(' '));
    }
  }
  // One word spelled as a role mailbox's domain ("From: Lumavolt <privacy@lumavolt.io>").
  if (roleDomains.size > 0) for (const m of text.matchAll(ONE_WORD_RE)) if (roleDomains.has(foldedLetters(m[0]))) names.add(m[0]);
  return names;
}

/** A persona introducing itself as software ("I'm Sage, a virtual assistant", "I am Ava, your AI assistant"). */
const BOT_SELF =
  /\b(?:I['’]m|I am|[Tt]his is|[Mm]y name is)[ \t]+(\p{Lu}[\p{L}\p{M}]+),?[ \t]+(?:a|an|your|the)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:[Vv]irtual|[Dd]igital|AI|[Aa]utomated|[Cc]hat)[ \t-](?:[\p{L}-]+[ \t]+)?(?:assistant|agent|bot|helper|concierge)\b/gu;
/**
 * A speaker label naming a product's assistant or a bot: "Hugo (Northgate Family Practice assistant):",
 * "Ava (bot):", "Ava (virtual agent):", or the role first: "Assistant (Ava):". Capitalised words before "assistant" name the organisation whose assistant it is; a
 * lower-case job ("Ana (dental assistant):") is a person's.
 */
const BOT_SPEAKER =
  /^[ \t]*(?:(\p{Lu}[\p{L}\p{M}]+) \((?:(?:\p{Lu}[\p{L}\p{M}.'’&-]*[ \t]+)+(?:assistant|virtual agent)|(?:chat)?bot|AI|(?:virtual|digital|AI|automated) (?:assistant|agent))\)|(?:Assistant|AI|Bot|Chatbot|Virtual assistant)[ \t]*\((\p{Lu}[\p{L}\p{M}]+)\))[ \t]*:/gmu;
/** A name with a software role in brackets anywhere ("Chat with Sophie (virtual assistant) — …"): a bot's name. */
const BOT_BRACKETED = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+) \((?:(?:virtual|digital|AI|automated) (?:assistant|agent)|(?:chat)?bot)\)/gu;
/** Cheap gate for the bot markers. */
const BOT_GATE = /ssistant|bot\b|agent|\bAI\b/i;

/** Names the text marks as a software assistant's (see the module comment). */
export function assistantNames(text: string): Set<string> {
  const names = new Set<string>();
  if (!BOT_GATE.test(text)) return names;
  for (const re of [BOT_SELF, BOT_SPEAKER, BOT_BRACKETED]) {
    for (const m of text.matchAll(re)) {
      const name = m[1] ?? m[2];
      if (name) names.add(name);
    }
  }
  return names;
}

/** True when `i` is inside the text and holds a letter or digit (a word goes on there). */
function wordCharAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i] ?? '');
}

/**
 * The spans without the PERSON spans that lie inside a mention of an organisation the document names
 * (see {@link organisationNames}); other spans pass through.
 * @example
 * withoutOrganisationMentions('Pay Hikari Select now. The Hikari Select Team', [{ type: 'PERSON', start: 4, end: 10, value: 'Hikari' }]) // []
 */
export function withoutOrganisationMentions(text: string, spans: readonly PiiSpan[]): PiiSpan[] {
  if (!spans.some((s) => s.type === 'PERSON')) return [...spans];
  const names = organisationNames(text);
  for (const bot of assistantNames(text)) names.add(bot);
  if (names.size === 0) return [...spans];
  const mentions: Array<[number, number]> = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (!wordCharAt(text, i - 1) && !wordCharAt(text, i + name.length)) mentions.push([i, i + name.length]);
    }
  }
  return spans.filter((s) => s.type !== 'PERSON' || !mentions.some(([a, b]) => a <= s.start && s.end <= b));
}
