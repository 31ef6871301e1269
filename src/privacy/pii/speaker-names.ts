/**
 * @module privacy/pii/speaker-names — people named by the layout of a chat or call transcript rather
 * than by their spelling (ADR 0011, ninth round):
 * - a role word and the speaker's name in a speaker label: "Atendente Mariana:", "Conseiller (Théo) :",
 *   "Landlord (Ruben):", "Comment (Anke):";
 * - the reply to a question that asks for a name: "[agent] may i have your full name please⏎[caller] yeah
 *   hi it's maren olsen" — diarised ASR writes everything in lower case, so the question is the evidence;
 * - an agent naming themself in the greeting: "thank you for calling …, this is dawn, how can i help".
 * Candidates go through the same person checks as every other rule (person-name.ts).
 */
import { answerAfter } from './dialogue-turn.js';
import { givenNameClass } from './given-name.js';
import { NON_NAME_WORDS, SURNAMES } from './name-lexicon.js';
import { organisationClosesSpan, organisationEnd } from './org-context.js';
import { placeNames } from './place-gazetteer.js';
import { execAll, spanAt, type PiiSpan } from './types.js';
import type { WordLexicon } from './word-lexicon.js';
import { WORLD_CITIES } from './world-cities.js';

/**
 * Role words that open a speaker label before the speaker's own name, in the languages of the other
 * rules: support and sales staff, clinicians, landlords and tenants, drivers, teachers, buyers.
 */
const ROLE_WORDS: ReadonlySet<string> = new Set(
  `agent|agente|atendente|attendant|operator|operador|operadora|operatore|operatrice|conseiller|conseillère|
  asesor|asesora|berater|beraterin|mitarbeiter|mitarbeiterin|medewerker|medewerkster|consultant|consulente|
  consultor|consultora|support|rep|representative|advisor|adviser|specialist|doctor|dr|nurse|enfermera|
  enfermeira|médico|médica|medico|dokter|arts|landlord|landlady|vermieter|vermieterin|verhuurder|tenant|
  mieter|mieterin|huurder|host|driver|motorista|conductor|kurir|courier|seller|buyer|vendedor|vendedora|
  comprador|compradora|teacher|lehrer|lehrerin|coach|moderator|admin|customer|cliente|client|kunde|kundin|
  klant|patient|paciente|patiënt|guest|huésped|hôte|caller|receptionist|recepcionista|technician|técnico|
  técnica|tecnico|pharmacist|farmacéutico|farmacêutico|apotheker|staff|employee|manager|gerente|vendeur|
  vendeuse|acheteur|acheteuse|koper|verkoper|cs|csr|kefu`
    .split('|')
    .map((s) => s.trim()),
);

/** Words that open a labelled comment or note by someone ("Comment (Ana):", "Reply (Jo):"). */
const COMMENT_WORDS: ReadonlySet<string> = new Set(['comment', 'reply', 'note', 'update', 'message', 'response', 'answer', 'review']);

/**
 * A speaker label after an optional stamp: a word, then the name in parentheses or a capitalised
 * name, then a colon (a space before it is French typography). Group 1 is the role word, group 2 or 3
 * the name.
 */
const SPEAKER_LABEL =
  /^[\t ]*(?:\[[^\]\n]{1,40}\][\t ]*)?(\p{L}[\p{L}'’-]*)[ \t]+(?:\((\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\)|(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))[ \t]?:/gmu;

/** True when a capitalised word reads as a given name or an unknown proper noun, not a role or word. */
function nameLike(word: string, lexicon: WordLexicon | undefined, surnameCounts = true): boolean {
  if (NON_NAME_WORDS.has(word) || ROLE_WORDS.has(word.toLowerCase())) return false;
  if (givenNameClass(word, lexicon) !== 'none' || (surnameCounts && SURNAMES.has(word))) return true;
  return lexicon !== undefined && !lexicon.isCommonWord(word.toLowerCase());
}

/** Names in speaker labels ("Atendente Mariana:", "Landlord (Ruben):"). */
function labelNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const m of execAll(SPEAKER_LABEL, text)) {
    const role = m[1] ?? '';
    const inParens = m[2];
    const name = inParens ?? m[3] ?? '';
    // "Role (Name):" names the speaker whatever the first word; "Role Name:" only after a role word.
    // After a role or comment word, a given name that is also a word counts ("Comment (Faith):").
    const roleFirst = ROLE_WORDS.has(role.toLowerCase()) || COMMENT_WORDS.has(role.toLowerCase());
    if (!inParens && !roleFirst) continue;
    if (!name.split(/[ -]/).every((w) => nameLike(w, lexicon) || (roleFirst && givenNameClass(w, lexicon) === 'ambiguous'))) continue;
    const start = m.index + m[0].lastIndexOf(name);
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
}

/**
 * A question asking for the other speaker's name, near the end of its turn ("may i have your full
 * name please", "who am i speaking with", "com quem eu falo?", "¿con quién hablo?").
 */
const NAME_QUESTION =
  /(?:\b(?:your|ur|the|his|her|their)[ \t]+(?:[\p{L}]+['’]s[ \t]+)?(?:full[ \t]+|first[ \t]+|last[ \t]+|legal[ \t]+)?name|who am i (?:speaking|talking) (?:to|with)|com quem (?:eu )?falo|con quién (?:hablo|tengo el gusto)|votre nom|ihr(?:en)? (?:vollständigen )?name[n]?|uw naam|il suo nome|su nombre(?: completo)?|seu nome(?: completo)?|pleasure of speaking (?:with|to))\b/giu;
/** Words a caller may say before the name ("yeah hi it's", "sure, this is", "my name is", "meu nome é"). */
const ANSWER_LEAD =
  /^(?:(?:yeah|yes|yep|sure|hi|hello|hey|um+|uh+|ok|okay|so|it['’]s|its|it is|this is|my name is|name['’]s|i['’]m|im|i am|oi|olá|ola|hola|bonjour|salut|hallo|aqui|aquí|é|es|c'est|sou|soy|je suis|ich bin|hier ist|ja|sí|si|yo|mi nombre es|me llamo|ich heiße|ich heisse|mein name ist|meu nome é|meu nome e|me chamo|eu sou|je m['’]appelle|mon nom est|mi chiamo|il mio nome è|mijn naam is|ik heet|ik ben)[ \t,]+){0,6}/iu;
/** One word of a spoken name, in any case ("angelica", "O'Brien", "villanueva"). */
const ANSWER_WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/uy;
/** Most words taken as the name in a reply. */
const MAX_ANSWER_WORDS = 3;
/** Words that end a name in a reply ("maren olsen and my account …"). */
const ANSWER_STOP: ReadonlySet<string> = new Set(
  'and but from here speaking calling please thanks thank with about for on at in the my i sorry what who why no not yes it is was a an'.split(' '),
);

/**
 * True when `w`, in any case, may be one word of a name in a reply: {@link nameLike} on its capitalised
 * form, where a listed surname does not open a reply ("yeah hi it's …" then the given name).
 */
function answerWord(w: string, first: boolean, lexicon: WordLexicon | undefined): boolean {
  return nameLike((w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase(), lexicon, !first);
}

/** The name that opens a reply to a name question. */
function answerNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const q of execAll(NAME_QUESTION, text)) {
    const at = answerAfter(text, q.index + q[0].length);
    if (at === undefined) continue;
    let p = at + (ANSWER_LEAD.exec(text.slice(at, at + 40))?.[0].length ?? 0);
    const words: Array<[number, string]> = [];
    for (let n = 0; n < MAX_ANSWER_WORDS; n++) {
      ANSWER_WORD.lastIndex = p;
      const w = ANSWER_WORD.exec(text);
      if (!w || ANSWER_STOP.has(w[0].toLowerCase())) break;
      words.push([p, w[0]]);
      p += w[0].length;
      if (text[p] !== ' ') break;
      p++;
    }
    // Every word reads as a name; a first word that is also an everyday word ("angelica", "faith")
    // counts when a name-like word follows it.
    let k = 0;
    while (k < words.length && answerWord(words[k]?.[1] ?? '', k === 0, lexicon)) k++;
    if (k === 0 && words.length > 1 && answerWord(words[1]?.[1] ?? '', false, lexicon)) {
      k = 2;
      while (k < words.length && answerWord(words[k]?.[1] ?? '', false, lexicon)) k++;
    }
    const last = words[k - 1];
    if (k > 0 && last) out.push(spanAt('PERSON', text, words[0]?.[0] ?? 0, last[0] + last[1].length));
  }
}

/** An agent's own name in a greeting, before the offer of help ("this is dawn, how can i help"). */
const AGENT_INTRO =
  /\b(?:this is|my name is|name's)[ \t]+(\p{L}+)(?:[ \t]+\p{L}+)?[,.]?[ \t]+(?:how|may|speaking|here|from|with|can|could|and i|i'll|i will|i['’]m|i am|uh|um|calling|following|returning|ringing)\b/giu;

/** The words of {@link AGENT_INTRO} before the name. */
const INTRO_LEAD = /^(?:this is|my name is|name's)[ \t]+/i;

/** Agent names in greetings: a listed given name, in either case. */
function introNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const m of execAll(AGENT_INTRO, text)) {
    const w = m[1] ?? '';
    const cap = (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase();
    // The frame decides: a given name that is also a month or word counts ("my name is june, can i…").
    if (givenNameClass(cap, lexicon) === 'none') continue;
    const start = m.index + (INTRO_LEAD.exec(m[0])?.[0].length ?? 0);
    out.push(spanAt('PERSON', text, start, start + w.length));
  }
}

/**
 * The name on a door: a buzzer, bell or letterbox label, in capitals as printed there ("buzzer says
 * NOWAK", "the bell reads OKAFOR-BELL").
 */
const DOOR_LABEL = /\b(?:(?:buzzer|doorbell|door bell|bell|intercom|letterbox|mailbox|nameplate|door)[ \t]+(?:says|reads|shows|label says)|citofono|campanello|interphone|sonnette|timbre|portero|klingeln bei|klingel)[ \t]+["“]?(\p{Lu}[\p{Lu}'’-]+(?:[ \t]\p{Lu}[\p{Lu}'’-]+)?)(?![\p{L}\p{N}])/gu;

/**
 * The name written on a lost or delivered item, in quotes ("Name on it says "Freja"", "the name on the
 * label reads "Bence Tóth""): group 1.
 */
const ITEM_LABEL = /\bname on (?:it|the (?:label|tag|box|parcel|package|envelope|card|bag|case))[ \t]+(?:says|reads|is)[ \t]+["“](\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)["”]/giu;

/** Names printed on doors, and written on items ({@link ITEM_LABEL}). */
function doorNames(text: string, out: PiiSpan[]): void {
  for (const m of execAll(ITEM_LABEL, text)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length - 1;
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
  for (const m of execAll(DOOR_LABEL, text)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
}

/**
 * The parties of a court caption, printed in capitals before their role ("GRANT STONE, Plaintiff,",
 * "ROSE SULLIVAN and ACME LOGISTICS LLC, Defendants."), and the deceased's name heading an obituary or a
 * genealogy entry, alone on its line above "Born …".
 */
const CAPTION_PARTY =
  /^[ \t]*(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}'’.-]+){1,3})(?=,[ \t]*(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|Claimants?)\b|[ \t]+and[ \t][^\n]{2,80},[ \t]*(?:Defendants|Respondents|Plaintiffs|Petitioners)\b)/gmu;
const HEADING_ABOVE_BORN = /^[ \t]*(\p{Lu}[\p{L}'’.-]+(?:[ \t](?:\p{Lu}[\p{L}'’.-]+|van|von|der|de|den|da|di|du|le|la|ter|mac|mc)){1,4})[ \t]*\n[ \t]*(?:Born|Née|Né|Geboren|Née le|Nacido|Nacida|Nato|Nata)\b/gmu;
/** Words of a company in a caption ("ACME LOGISTICS LLC"): such a party is no person. */
const COMPANY_WORD = /\b(?:LLC|INC|LTD|LLP|PLC|CORP|CORPORATION|COMPANY|CO|BANK|GMBH|AG|SA|BV|NV|N\.A|GROUP|HOLDINGS|TRUST|UNIVERSITY|COUNTY|CITY|STATE)\b/;

/** The words each caption rule needs, tested before its regex runs. */
const PARTY_GATE = /Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee|Claimant/;
const BORN_GATE = /\n[ \t]*(?:Born|Née|Né|Geboren|Nacid|Nat[oa])\b/;

/** Parties of court captions and headings of obituaries. */
function captionNames(text: string, out: PiiSpan[]): void {
  const rules = [PARTY_GATE.test(text) ? CAPTION_PARTY : null, BORN_GATE.test(text) ? HEADING_ABOVE_BORN : null];
  for (const re of rules) {
    if (!re) continue;
    for (const m of execAll(re, text)) {
      const name = m[1] ?? '';
      if (COMPANY_WORD.test(name.toUpperCase())) continue;
      const start = m.index + m[0].indexOf(name);
      out.push(spanAt('PERSON', text, start, start + name.length));
    }
  }
}

/**
 * A vocative that closes a question ("Anything else I can help with today, Kylie?"): a listed given
 * name, in any class, between a comma and the question mark.
 */
const CLOSING_VOCATIVE = /, (\p{Lu}\p{Ll}+)\?/gu;

/** Given names addressed at the end of a question. */
function vocativeNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const m of execAll(CLOSING_VOCATIVE, text)) {
    const w = m[1] ?? '';
    if (NON_NAME_WORDS.has(w) || givenNameClass(w, lexicon) === 'none') continue;
    out.push(spanAt('PERSON', text, m.index + 2, m.index + 2 + w.length));
  }
}

/**
 * A lower-case title and surname in a call transcript ("hier ist herr wimmer", "es la señora ortiz"):
 * the title is the evidence, so any word that is no everyday word follows it as a name.
 */
const LOWER_TITLE = /(?<![\p{L}])(?:herr|frau|señor|señora|senhor|senhora|monsieur|madame|signor|signora|mister|missus|mrs|mr|ms|dr)\.?[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]{2,})(?![\p{L}])/gu;

/** Surnames after lower-case titles. */
function lowerTitleNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const m of execAll(LOWER_TITLE, text)) {
    const w = m[1] ?? '';
    const cap = (w[0] ?? '').toUpperCase() + w.slice(1);
    if (NON_NAME_WORDS.has(cap) || ANSWER_STOP.has(w) || (lexicon?.isCommonWord(w) && !SURNAMES.has(cap))) continue;
    // "dr. martens boots", "dr. oetker": brands named after a doctor, typed in lower case.
    if (organisationEnd(`Dr ${cap}`, 0, 'Dr') > 0) continue;
    const start = m.index + m[0].length - w.length;
    out.push(spanAt('PERSON', text, start, start + w.length));
  }
}

/**
 * An agent's or field worker's name in a transcript header or a dispatch log ("agente=agustina",
 * "tech=Freja job=…", "driver=Kofi").
 */
const AGENT_KEY = /\b(?:agente?|agent_name|operator|operador|operadora|rep|tech|technician|engineer|driver|courier|rider|cleaner|worker|assignee)[ \t]*=[ \t]*(\p{L}+)/giu;

function agentKeyNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const m of execAll(AGENT_KEY, text)) {
    const w = m[1] ?? '';
    const cap = (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase();
    if (givenNameClass(cap, lexicon) === 'none') continue;
    const start = m.index + m[0].length - w.length;
    out.push(spanAt('PERSON', text, start, start + w.length));
  }
}

/**
 * A ledger line of people and an amount: donor, payee or guest lists ("Pemberton, Hazel & Ivy — $84.98",
 * "Sourav Rahman & Joya — 994.10 CHF", "- Ó Ceallaigh, Donnacha — table 4"). The line holds one or two
 * parties before a dash and a number or currency; a number glued to a capital is a class or group code,
 * not an amount ("WhatsApp — 4B Parents"). A quote after the dash is the party's own words, as in a
 * yearbook or a page of testimonials ("CORMAC DOYLE — \"Still owes the library a book\"").
 */
const LEDGER_LINE =
  /^[ \t]*(?:[-•*][ \t]*)?(\p{Lu}[\p{L}'’.-]*(?:,? \p{Lu}[\p{L}'’.-]*){0,3})(?:[ \t]*&[ \t]*(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?))?[ \t]+[—–][ \t]+(?:[$€£¥₹]|R\$|\d(?![\d.,]*\p{Lu})|table\b|["“])/gmu;
/** Words of an organisation in a ledger line ("Siemens Foundation", "St David's Parish"). */
const ORG_WORD = /\b(?:Foundation|Trust|Fund|Inc|Ltd|LLC|GmbH|Church|Parish|Bank|Group|Society|Association|Council|Club|School|University|Company|Corp|Mosque|Temple|Synagogue|Charity|Estate|Family Office)\b/;

/** True when every word of a ledger party reads as part of a name (no everyday or organisation word). */
function ledgerParty(value: string, lexicon: WordLexicon | undefined): boolean {
  if (ORG_WORD.test(value)) return false;
  const words = value.replace(/,/g, '').split(' ');
  let named = 0;
  for (const w of words) {
    const cap = w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w;
    if (NON_NAME_WORDS.has(cap)) return false;
    if (givenNameClass(cap, lexicon) !== 'none' || SURNAMES.has(cap) || !(lexicon?.isCommonWord(cap.toLowerCase()) ?? false)) named++;
  }
  return named === words.length;
}

/** Parties of ledger lines. */
function ledgerNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (const m of execAll(LEDGER_LINE, text)) {
    for (const g of [m[1], m[2]]) {
      if (!g || !ledgerParty(g, lexicon)) continue;
      const start = m.index + m[0].indexOf(g, g === m[2] ? (m[1]?.length ?? 0) : 0);
      // A menu's line ("• Nachos Ignacio — €92.57", "Papa Kofi Grill — €12") is a dish or a business.
      if (organisationClosesSpan(text, start, start + g.length)) continue;
      out.push(spanAt('PERSON', text, start, start + g.length));
    }
  }
}

/** A name-part word and the value after it without a colon ("surname DESHPANDE  forenames Priyanka"). */
const INLINE_NAME_PART =
  /\b(?:surname|forenames?|first name|last name|given names?|family name)[ \t]+(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})/gu;

function inlineNameParts(text: string, out: PiiSpan[]): void {
  for (const m of execAll(INLINE_NAME_PART, text)) {
    const v = m[1] ?? '';
    const start = m.index + m[0].length - v.length;
    out.push(spanAt('PERSON', text, start, start + v.length));
  }
}

/** Calendar and contact records: iCalendar "CN=" parameters and vCard "N:" and "FN:" fields. */
const CARD_NAME = /;CN=("?)([^;:"\n]{2,60})\1[;:]|^N:([^;\n]*);([^;\n]*)|^FN:([^\n]{2,60})$/gmu;

function cardNames(text: string, out: PiiSpan[]): void {
  for (const m of execAll(CARD_NAME, text)) {
    for (const k of [2, 3, 4, 5]) {
      const v = m[k]?.trim();
      if (!v) continue;
      const start = m.index + m[0].indexOf(v, k === 4 ? (m[3]?.length ?? 0) + 2 : 0);
      out.push(spanAt('PERSON', text, start, start + v.length));
    }
  }
}

/**
 * One cheap test per rule family, so each regex runs only on texts that can match it: name questions
 * and greetings ("name", "falo", "hablo", "gusto", "nom", "speaking", "this is"), doors ("says",
 * "reads", "shows"), lower-case titles, name-part words.
 */
const QUESTION_GATE = /[Nn]ame|NAME|[Nn]ombre|[Nn]ome|[Nn]aam|falo|hablo|gusto|\b[Nn]om\b|speaking|[Tt]his is|THIS IS/;
const DOOR_GATE = /says|reads|shows|citofono|campanello|interphone|sonnette|timbre|portero|klingel/;
const TITLE_GATE = /herr|frau|señ|senh|monsieur|madame|signor|mister|missus|\bmrs?\b|\bms\b|\bdr\b/;
const FAMILY_GATE = /[Ff]amily|FAMILY/;
const LIFE_EVENT_GATE = / (?:was born|was bapti|was christened|died|passed away)\b/;
const NAME_PART_GATE = /surname|forename|first name|last name|given name|family name/;

/** True when every word of a name (split at spaces and hyphens) reads as a name ({@link nameLike}). */
const wordsReadAsNames = (name: string, lexicon: WordLexicon | undefined): boolean => name.split(/[ -]/).every((w) => nameLike(w, lexicon));

/**
 * Pushes the name each match of a layout regex captures (`pick`), where `accept` takes it: the readers of
 * contact lines, signatures, family records and family names below.
 */
function pushLayoutNames(
  text: string,
  re: RegExp,
  pick: (m: RegExpExecArray) => string | undefined,
  accept: (name: string) => boolean,
  out: PiiSpan[],
): void {
  for (const m of execAll(re, text)) {
    const name = pick(m);
    if (!name || !accept(name)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
}

/**
 * The person a contact line's number or address belongs to, in brackets after its kind ("Mobile
 * (Tahlia): +61 …", "Email (Ruth): …", "WhatsApp (Kofi):"). Group 1 is the name.
 */
const CONTACT_OWNER = /\b(?:[Mm]obile|MOBILE|[Cc]ell|[Pp]hone|[Tt]el|[Ww]ork|[Hh]ome|[Ee]-?mail|WhatsApp|[Hh]andy|[Pp]ager)[ \t]*\((\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\)[ \t]*:/gu;

/** Names in brackets after a contact line's kind ({@link CONTACT_OWNER}), when each word reads as one. */
function contactOwnerNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  pushLayoutNames(text, CONTACT_OWNER, (m) => m[1], (name) => wordsReadAsNames(name, lexicon), out);
}

/**
 * A message signed with a dash and a given name ("… any evening. — Gilad (287 …)", "… sort it. — Tevin,
 * owner, Tidy Dwellings Ltd", "— Mwende⏎"): the dash follows a sentence end or opens its line (a heading's
 * dash follows a word or an abbreviation: "ÖGK – Wahlarztkostenrückerstattung", "… e.V. — Aufnahmebogen"), and the name closes its line, or a bracket
 * or a lower-case role follows.
 */
const DASH_SIGNATURE = /(?:\p{Ll}{2}\.[ \t]+|[!?][ \t]+|^[ \t]*)[—–][ \t]*(\p{Lu}\p{Ll}+)(?=[ \t]*\(|,[ \t]+\p{Ll}|[ \t]*$)/gmu;

/** Signers found by {@link DASH_SIGNATURE}, when the word reads as a name. */
function dashSignatureNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  // "Lisbon — Porto", "great stay — Austin": a place after the dash is a route's end or where the writer is.
  const accept = (name: string): boolean => nameLike(name, lexicon) && !placeNames().has(name) && !WORLD_CITIES.has(name);
  pushLayoutNames(text, DASH_SIGNATURE, (m) => m[1], accept, out);
}

/**
 * A family record's line that opens with a name and an event ("Nia was born Jan. 3, 1871", "Ottokar died
 * 4/12/1921, aged 71", "Hildegard was baptised …"): group 1 is the name.
 */
const NAME_THEN_LIFE_EVENT = /(?:^|\n)[ \t]*(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) (?:was born|was bapti[sz]ed|was christened|died|passed away)\b/gu;

/** Names that open a family record's event line ({@link NAME_THEN_LIFE_EVENT}), when each word reads as a name. */
function lifeEventNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  pushLayoutNames(text, NAME_THEN_LIFE_EVENT, (m) => m[1], (name) => wordsReadAsNames(name, lexicon), out);
}

/** A family named by its surname ("the Parry family", "Family Bible of the Kerr family", "NWACHUKWU FAMILY REUNION"): group 1 or 2. */
const FAMILY_NAME = /\b(?:[Tt]he (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) [Ff]amily|(\p{Lu}{3,}(?:-\p{Lu}{3,})?) FAMILY)\b/gu;

/** Surnames of families ({@link FAMILY_NAME}), when the word reads as a name. */
function familyNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  const accept = (name: string): boolean => {
    // "NWACHUKWU FAMILY": the surname in capitals is read as written in the lists.
    const cased = name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
    return !FAMILY_KINDS.has(cased) && wordsReadAsNames(cased, lexicon);
  };
  pushLayoutNames(text, FAMILY_NAME, (m) => m[1] ?? m[2], accept, out);
}
/** Kinds of family, not surnames ("the Royal family", "the Host family"). */
const FAMILY_KINDS: ReadonlySet<string> = new Set(
  'Royal Holy Imperial Nuclear Extended Host Foster Blended Modern Happy Whole Entire Same First Other Wider Immediate Close Adoptive Birth Crime Language'.split(' '),
);

/**
 * The header line of a message in a team-chat export (Slack, Teams, Discord copied as text): the
 * sender's name, maybe two words, then the time alone ("Thanakorn  12:24", "Ji-a Park  4:05 PM"), with
 * the message on the next line. Group 1 is the name.
 */
const CHAT_HEADER = /^[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?)[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*\n[ \t]*\S/gmu;

/** A bot's name: "…Bot", "…bot". */
const BOT_NAME = /bot$/i;

/**
 * Senders named by {@link CHAT_HEADER} lines whose words all read as names: a listed given name, or
 * any such name when the export has two senders or more (a trip log's lone "Dropoff  03:48" has the
 * same layout).
 */
function chatHeaderNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  const senders: Array<{ name: string; start: number }> = [];
  for (const m of execAll(CHAT_HEADER, text)) {
    const name = m[1] ?? '';
    // A bot posts in the same layout ("LetBot  8:02 PM").
    if (!BOT_NAME.test(name) && wordsReadAsNames(name, lexicon)) senders.push({ name, start: m.index + m[0].indexOf(name) });
  }
  const several = new Set(senders.map((s) => s.name)).size > 1;
  for (const { name, start } of senders) {
    if (several || givenNameClass(name.split(' ')[0] ?? '', lexicon) !== 'none') out.push(spanAt('PERSON', text, start, start + name.length));
  }
}

/**
 * Person candidates from transcript and record layout: speaker labels with a role word, replies to a
 * name question, agents' greetings, doors, court captions, obituary headings, vocatives, lower-case
 * titles, agent keys, team-chat headers, contact-line owners, dash signatures, life-event lines, family
 * surnames and name-part words go to `out` (judged by the person checks); ledger lines and
 * calendar/contact records go to `trusted` (kept as found).
 * @example
 * speakerNames('Landlord (Ruben): the plumber comes at 9', lexicon, out, found) // out gets "Ruben"
 */
export function speakerNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[], trusted: PiiSpan[] = out): void {
  if (text.includes(':')) labelNames(text, lexicon, out);
  if (text.includes(':') && text.includes('\n')) chatHeaderNames(text, lexicon, out);
  if (text.includes('(')) contactOwnerNames(text, lexicon, out);
  if (text.includes('—') || text.includes('–')) dashSignatureNames(text, lexicon, out);
  if (LIFE_EVENT_GATE.test(text)) lifeEventNames(text, lexicon, out);
  if (FAMILY_GATE.test(text)) familyNames(text, lexicon, out);
  if (QUESTION_GATE.test(text)) {
    answerNames(text, lexicon, out);
    introNames(text, lexicon, out);
  }
  if (DOOR_GATE.test(text)) doorNames(text, out);
  if (text.includes('\n')) captionNames(text, out);
  if (text.includes('?')) vocativeNames(text, lexicon, out);
  if (TITLE_GATE.test(text)) lowerTitleNames(text, lexicon, out);
  if (text.includes('=')) agentKeyNames(text, lexicon, out);
  // The layout of ledgers and contact records is the evidence: their names skip the organisation
  // rules, which read "A & B" as a firm.
  if (text.includes('—') || text.includes('–')) ledgerNames(text, lexicon, trusted);
  if (NAME_PART_GATE.test(text)) inlineNameParts(text, out);
  if (text.includes('CN=') || text.includes('VCARD')) cardNames(text, trusted);
}
