/**
 * @module privacy/pii/name-fields — person names in fields whose label or key says "person": form and
 * note lines ("Patient: …", "Next of kin: …", "Ship to: …"), JSON and code key/value pairs
 * ("firstName": "…", holder = '…'), CSV columns under a person header (full_name, account_holder) and
 * SQL `INSERT … (full_name, …) VALUES (…)`. The field format carries the evidence, so names written in
 * lower case, as "Surname, Given" or with initials ("J. A. Ortega") are taken there. Fields whose key
 * or column names a place, product or plan (city, device, plan) are returned as blocked ranges: the
 * other person rules must not find a name inside them ("Charlotte" in a city column).
 * Written on 2026-11-25 (ADR 0011, sixth round) from general form, JSON, CSV and SQL conventions.
 */
import { givenNameClass, lowerCaseGivenName } from './given-name.js';
import { NON_NAME_WORDS, SURNAMES } from './name-lexicon.js';
import { organisationEnd } from './org-context.js';
import type { PiiSpan } from './types.js';
import type { WordLexicon } from './word-lexicon.js';

/** What the field scan found: names, and ranges where no other rule may find one. */
export interface FieldScan {
  readonly names: PiiSpan[];
  readonly blocked: Array<readonly [number, number]>;
}

/**
 * Labels of form and note fields that hold a person's name, lower-case, in English and the main
 * European languages: identity, clinical, family, legal, delivery, finance and workflow roles.
 */
const PERSON_LABELS: ReadonlySet<string> = new Set(
  `name|full name|legal name|preferred name|known as|maiden name|birth name|patient|pt|patient name|applicant|
  co-applicant|child|child's name|student|student name|pupil|parent|parent/guardian|guardian|mother|father|
  spouse|husband|wife|partner|next of kin|nok|emergency contact|contact person|contact name|reference|
  referee|clinician|attending|attending physician|physician|doctor|gp|nurse|midwife|seen by|referred by|
  referring physician|consultant|surgeon|therapist|caregiver|carer|witness|guest|accompanying guest|
  visitor|passenger|passenger name|traveller|traveler|lead traveller|driver|named driver|ship to|deliver to|
  bill to|sold to|recipient|addressee|payee|payee added|payee name|beneficiary|beneficiary name|
  account holder|account name|holder|cardholder|card holder|name on card|owner|tenant|landlord|landlady|
  employee|employee name|staff member|line manager|supervisor|assignee|reporter|reviewer|author|requester|
  requested by|approved by|prepared by|signed by|submitted by|completed by|insured|policyholder|
  policy holder|subscriber|customer name|client name|buyer|candidate|interviewee|interviewer|
  organiser|organizer|speaker|presenter|third party|claimant|defendant|plaintiff|deceased|dependant|
  dependent|attendee|participant|resident|occupant|lessee|borrower|co-borrower|guarantor|sponsor|
  cc|bcc|nombre|nombre completo|apellidos|nom|nom complet|prénom|nome|nome completo|cognome|vorname|
  nachname|familienname|patientin|naam|volledige naam|namn|navn|nimi|imię|nazwisko|imię i nazwisko|
  jméno|příjmení|titular|beneficiario|beneficiário|paciente|destinataire|destinatario|destinatário|
  empfänger|kontoinhaber|inhaber|ad soyad|adı soyadı|cardholder name|card holder name|name of cardholder|
  account holder name|holder name|passenger name|guest name|patient name|insured name|paziente|patiente|
  pasajero|passageiro|passagier|fahrgast|huésped|ospite|destinatari|medico curante|médecin traitant|
  hausarzt|borrower name|signed|signature|signed by|manager|loan officer|provider|on-call|on call`
    .split('|')
    .map((s) => s.trim()),
);

/** Longest label looked at before a colon ("referring physician", "imię i nazwisko"). */
const MAX_LABEL = 24;

/**
 * JSON and code keys that hold a person's name, normalised (lower-case, no `_` or `-`). A bare
 * `name` key is weaker ("name": "checkout-service"): its value must look like a full name.
 */
const PERSON_KEYS: ReadonlySet<string> = new Set(
  `fullname|firstname|lastname|givenname|familyname|surname|middlename|displayname|legalname|preferredname|
  holder|accountholder|holdername|cardholder|cardholdername|nameoncard|customername|clientname|contactname|
  patient|patientname|employeename|ownername|recipient|recipientname|payee|payeename|beneficiary|
  beneficiaryname|authorname|assignee|guardian|parentname|childname|studentname|nextofkin|spouse|
  passengername|guestname|drivername|billingname|shippingname|shiptoname|personname|nombre|apellido|nom|
  prenom|prénom|nome|cognome|vorname|nachname`
    .split('|')
    .map((s) => s.trim()),
);
/** Keys whose values may be a name when they look like one (two or more words, or "Surname, Given"). */
const WEAK_PERSON_KEYS: ReadonlySet<string> = new Set(
  'name customer contact owner author user client member employee patient person guest passenger applicant student attendee'.split(' '),
);

/**
 * Keys and columns that hold a place, product, plan or organisation: no person rule fires inside
 * their values ("city": "Charlotte", "plan": "…", a `city` column holding "Douglas").
 */
const BLOCK_KEYS: ReadonlySet<string> = new Set(
  `city|town|village|suburb|district|county|state|province|region|country|location|place|destination|origin|
  street|address|addressline1|addressline2|line1|line2|postcode|zip|zipcode|venue|site|branch|store|shop|
  merchant|company|companyname|organisation|organization|org|employer|brand|product|productname|item|
  itemname|device|devicename|model|plan|tier|tariff|theme|title|subject|description|category|status|type|
  service|team|department|project|repo|repository|package|app|application|server|host|hostname|
  timezone|tz|locale|language|currency|color|colour|sku`
    .split('|')
    .map((s) => s.trim()),
);

/** One word of a field value: an initial ("J.", "S.J."), or letters with inner hyphens or apostrophes. */
const WORD = "(?:\\p{Lu}\\.(?:-?\\p{Lu}\\.)*|\\p{L}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*)";
/** Lower-case particles inside a name ("dos Santos", "van der Berg", "del Río"). */
const PARTICLE = '(?:van|von|de|der|den|da|di|du|del|della|dos|das|la|le|ter|ten|bin|binti|ibn|al|el|y|e)';
/** A name value: up to five words, then optionally ", Given names" (the "Surname, Given" form). */
const VALUE_RE = new RegExp(`(${WORD}(?:[ \\t](?:${PARTICLE}[ \\t])*${WORD}){0,4})(?:,[ \\t](${WORD}(?:[ \\t]${WORD}){0,2}))?`, 'uy');
/** What may follow a form value on its line: its end, a wide gap, a bracket, a comma, a dash. */
const FIELD_END = /^(?:[ \t]*(?:$|\n|\r)|[ \t]{2,}|[ \t]*[(|;<]|,[ \t]|[ \t]+[-–—][ \t]|\.[ \t]*(?:$|\n))/;
const INITIAL = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const PARTICLES: ReadonlySet<string> = new Set('van von de der den da di du del della dos das la le ter ten bin binti ibn al el y e'.split(' '));

/** A lower-case letter followed by a capital inside a word. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Surname prefixes that put a capital inside a name ("McLeod", "MacLeod", "DeSouza", "O'Neill"). */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u;

/** Longest all-capital word after a name's comma read as a credential ("NP", "LCSW", "FRCP"). */
const CREDENTIAL_LENGTH = 5;

/** "MACGILLIVRAY" → "Macgillivray", for list and lexicon checks of all-capital surnames. */
const titleCase = (w: string): string => (w[0] ?? '') + w.slice(1).toLowerCase();

/**
 * True when the words read as a person's name: no stop word or organisation word, at least one word
 * that is no initial, and no everyday word unless it is a listed name — or, for two or more
 * capitalised words, at most half of them everyday words ("Mark Stone").
 */
function nameWords(words: readonly string[], lexicon: WordLexicon | undefined, minWords: number): boolean {
  // All-capital particles ("PHAM VAN AN", "YASMINE BIN RASHID") count as particles when the value is all capitals.
  const caps = words.every((w) => w === w.toUpperCase());
  const core = words.filter((w) => !PARTICLES.has(caps ? w.toLowerCase() : w) && !INITIAL.test(w));
  if (core.length === 0 || words.length < minWords) return false;
  let everyday = 0;
  // One lower-case word is a name only when it is a listed given name ("driver: postgres" is not).
  if (core.length === 1 && LOWER_FIRST.test(core[0] ?? '') && !(lexicon && lowerCaseGivenName(core[0] ?? '', lexicon))) return false;
  for (const raw of core) {
    // Inner capitals mark products and code ("PostgreSQL", "GitHub"), not names ("McLeod", "DeSouza").
    if (INNER_CAPITAL.test(raw) && !NAME_PREFIX.test(raw)) return false;
    const w = raw === raw.toUpperCase() && raw.length > 1 ? titleCase(raw) : raw;
    const cap = (w[0] ?? '').toUpperCase() + w.slice(1);
    if (NON_NAME_WORDS.has(cap) || organisationEnd(cap, 0, cap) > 0) return false;
    if (w.length < 2 && !UPPER_FIRST.test(w)) return false;
    const listed = SURNAMES.has(cap) || givenNameClass(cap, lexicon) !== 'none';
    if (!listed && (lexicon?.isCommonWord(w.toLowerCase()) ?? false)) everyday++;
  }
  if (everyday === 0) return true;
  const allCapitalised = core.every((w) => UPPER_FIRST.test(w));
  return allCapitalised && core.length >= 2 && everyday * 2 <= core.length;
}

/** The name value starting at `at` (before the field end), as a span, or nothing. */
function valueAt(p: { text: string; at: number; lexicon: WordLexicon | undefined; minWords: number; end?: RegExp }): PiiSpan | undefined {
  const { text, at, lexicon } = p;
  VALUE_RE.lastIndex = at;
  const m = VALUE_RE.exec(text);
  if (!m?.[1]) return undefined;
  const first = m[1];
  const endRe = p.end ?? FIELD_END;
  // "Surname, Given" only when both parts have the same case ("Villaraza, Marivic", not "Ana Ruiz, logistics").
  const comma = m[2];
  // A short all-capital word after the comma is a credential ("Ana Ruiz, NP", "…, RN", "…, MD"), not a given name.
  const credential = comma !== undefined && comma.length <= CREDENTIAL_LENGTH && comma === comma.toUpperCase() && first !== first.toUpperCase();
  const sameCase = comma !== undefined && !credential && UPPER_FIRST.test(first) === UPPER_FIRST.test(comma) && !INITIAL.test(comma);
  const candidates: Array<[string[], number]> = [];
  if (comma && sameCase) candidates.push([[...first.split(/[ \t]+/), ...comma.split(/[ \t]+/)], at + m[0].length]);
  candidates.push([first.split(/[ \t]+/), at + first.length]);
  for (const [words, end] of candidates) {
    if (!endRe.test(text.slice(end, end + 8))) continue;
    // A lower-case value must be wholly non-words ("eirini oikonomou"); capitalised values follow nameWords.
    const mixed = words.some((w) => LOWER_FIRST.test(w) && !PARTICLES.has(w)) && words.some((w) => UPPER_FIRST.test(w));
    if (mixed) continue;
    if (!nameWords(words, lexicon, p.minWords)) continue;
    return { type: 'PERSON', start: at, end, value: text.slice(at, end) };
  }
  return undefined;
}

/** Characters that may make up a form label ("Parent/guardian", "Child's name", "Next of kin"). */
const LABEL_CHAR_RE = /[\p{L}’]/u;
function labelChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return true;
  if (c === 0x20 || c === 0x27 || c === 0x2f || c === 0x2d) return true;
  return c > 0x7f && LABEL_CHAR_RE.test(ch);
}

/** Characters that may sit right before a form label: line starts, quote marks, phrase ends. */
const LABEL_LEAD: ReadonlySet<string> = new Set(['\n', '\r', '>', '|', '(', '—', '–', '.', ';', '-', '*', '•']);

/** Form lines "Label: value" whose label takes a person ("Pt: …", "Accompanying guest: …"). */
function labelledNames(text: string, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    // Times and ports ("10:30", ":443") have no letter before the colon.
    if (c === 0 || !labelChar(text[c - 1] ?? '') || text.charCodeAt(c - 1) === 0x20) continue;
    // Back to the line start, a mark, or a wide gap ("Name: …    DOB: …" holds two fields).
    let j = c - 1;
    let gap = false;
    while (j >= 0 && c - j <= MAX_LABEL) {
      const ch = text[j] ?? '';
      if (ch === '\t' || (ch === ' ' && text[j - 1] === ' ')) {
        gap = true;
        break;
      }
      if (!labelChar(ch)) break;
      j--;
    }
    const label = text.slice(j + 1, c).trim().toLowerCase();
    if (!label || !PERSON_LABELS.has(label)) continue;
    // The label opens its line or field: a line start, a wide gap, or a mark that ends a phrase.
    if (!gap && j >= 0 && !LABEL_LEAD.has(text[j] ?? '')) continue;
    let at = c + 1;
    while (text[at] === ' ' || text[at] === '\t') at++;
    // A label alone on its line takes the value on the next line ("Deliver to:\nAna Ruiz").
    if (text[at] === '\n' && (label.endsWith(' to') || label.endsWith('name'))) at++;
    const s = valueAt({ text, at, lexicon, minWords: 1 });
    if (s) out.push(s);
  }
}

/** Normalises a key or column name: lower-case, without `_`, `-`, spaces and quotes. */
const normKey = (k: string): string => k.toLowerCase().replace(/[_\-\s"'`]/g, '');

/** `"key": "value"`, `key = 'value'`, `key: "value"` (JSON, Python, JS, YAML, SQL SET). */
const KEY_VALUE_RE = /(["'`]?)([A-Za-z_][\w-]{0,30})\1[ \t]*[:=][ \t]*(?:"([^"\n\\]{1,80})"|'([^'\n\\]{1,80})')/g;

/** Person nouns before a quoted name ("no customer 'Ana Ruiz'", "user \"Li Wei\" not found"). */
const QUOTED_NOUNS: ReadonlySet<string> = new Set(
  'customer user patient employee member client contact person guest passenger holder named called'.split(' '),
);
/** Closing quote for each opening quote. */
const CLOSE_QUOTE: Readonly<Record<string, string>> = { '"': '"', "'": "'" };
/** Longest quoted name looked at. */
const MAX_QUOTED = 60;

/** Quoted names after a person noun ("no customer 'Ana Ruiz'"): found from the quotes, not by a scan. */
function nounQuotedNames(text: string, lexicon: WordLexicon | undefined, scan: FieldScan): void {
  for (let k = 0; k < QUOTES.length; k++) {
    const q = QUOTES[k] ?? '"';
    const needle = NEEDLES[k] ?? ' "';
    const close = CLOSE_QUOTE[q] ?? q;
    for (let s = text.indexOf(needle); s >= 0; s = text.indexOf(needle, s + 2)) {
      const i = s + 1;
      let w = s - 1;
      while (w >= 0 && isAsciiLetter(text.charCodeAt(w))) w--;
      if (w === s - 1 || !QUOTED_NOUNS.has(text.slice(w + 1, s).toLowerCase())) continue;
      const end = text.indexOf(close, i + 1);
      if (end < 0 || end - i > MAX_QUOTED) continue;
      const value = text.slice(i + 1, end);
      if (!value.includes('\n')) addValue({ text, at: i + 1, value, lexicon, weak: true, out: scan.names });
    }
  }
}
/** Opening quotes of a quoted name: the ASCII ones of code, logs and error messages. */
const QUOTES = ['"', "'"] as const;
/** A space and each opening quote. */
const NEEDLES = QUOTES.map((q) => ` ${q}`);
const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** A key or colon right before a quoted value: the gate of {@link KEY_VALUE_RE}. */
const KEY_VALUE_GATE = /[:=][ \t]*["']/;

/**
 * The parts of a structured name, HL7 FHIR HumanName style: `"given"` and `"family"` keys. A lone
 * `"family"` is a font family as often, so both must be in the text.
 */
function nameParts(text: string, key: string): boolean {
  return (key === 'given' || key === 'family') && text.includes('"given"') && text.includes('"family"');
}

/** Key/value pairs whose key names a person or a place/product. */
function keyValueNames(text: string, lexicon: WordLexicon | undefined, scan: FieldScan): void {
  KEY_VALUE_RE.lastIndex = 0;
  for (let m = KEY_VALUE_RE.exec(text); m; m = KEY_VALUE_RE.exec(text)) {
    const key = normKey(m[2] ?? '');
    const value = m[3] ?? m[4] ?? '';
    const at = m.index + m[0].length - 1 - value.length;
    if (BLOCK_KEYS.has(key)) scan.blocked.push([at, at + value.length]);
    else if (PERSON_KEYS.has(key) || WEAK_PERSON_KEYS.has(key) || nameParts(text, key))
      addValue({ text, at, value, lexicon, weak: !PERSON_KEYS.has(key) && !nameParts(text, key), out: scan.names });
  }

}

/** A whole field value (between quotes or commas) checked as a name. */
function addValue(p: { text: string; at: number; value: string; lexicon: WordLexicon | undefined; weak: boolean; out: PiiSpan[] }): void {
  const lead = p.value.length - p.value.trimStart().length;
  const v = p.value.trim();
  if (!v || /[\d@/\\#:_]/.test(v)) return;
  const at = p.at + lead;
  const s = valueAt({ text: p.text, at, lexicon: p.lexicon, minWords: p.weak ? 2 : 1, end: /^[ \t]*(?:["'`,)\n]|$)/ });
  if (s && s.end - s.start === v.length) {
    // A weak key ("name") takes "Surname, Given" or two capitalised words only.
    if (p.weak && !(v.includes(',') || v.includes(' '))) return;
    p.out.push(s);
  }
}

/** A CSV header: three or more identifier-like column names. */
const CSV_HEADER = /^[ \t]*([A-Za-z_][\w ]{0,30}(?:,[A-Za-z_][\w ]{0,30}){2,})[ \t]*$/;

/** Longest header field looked at by the CSV gate. */
const MAX_HEADER_FIELD = 32;

/** Some line starts like a CSV header ("id,name,…": a letter, then two commas soon): the cheap gate. */
function csvHeaderAhead(text: string): boolean {
  if (text.indexOf(',') < 0) return false;
  for (let i = 0; i >= 0 && i < text.length; i = text.indexOf('\n', i) + 1 || -1) {
    const c = text.charCodeAt(i) | 0x20;
    // A letter or "_" (0x5f, folded to 0x7f) opens a header line.
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x7f)) continue;
    const comma = text.indexOf(',', i);
    const nl = text.indexOf('\n', i);
    if (comma < 0) return false;
    if ((nl < 0 || comma < nl) && comma - i <= MAX_HEADER_FIELD) {
      const second = text.indexOf(',', comma + 1);
      if (second > 0 && (nl < 0 || second < nl) && second - comma <= MAX_HEADER_FIELD) return true;
    }
  }
  return false;
}

/** Splits one CSV line into fields with their offsets, honouring double quotes. */
function csvFields(line: string, offset: number): Array<{ value: string; at: number }> {
  const out: Array<{ value: string; at: number }> = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      if (close < 0) return out;
      out.push({ value: line.slice(i + 1, close), at: offset + i + 1 });
      i = close + 1;
      if (i < line.length && line[i] !== ',') return out;
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      out.push({ value: line.slice(i, end), at: offset + i });
      i = end + 1;
    }
  }
  return out;
}

/** Column kinds by position: person, blocked or neither. */
function columnKinds(names: readonly string[]): Array<'person' | 'weak' | 'block' | undefined> {
  return names.map((n) => {
    const k = normKey(n);
    if (PERSON_KEYS.has(k)) return 'person';
    if (WEAK_PERSON_KEYS.has(k)) return 'weak';
    return BLOCK_KEYS.has(k) ? 'block' : undefined;
  });
}

/** CSV blocks: rows under a header with a person or place column. */
function csvNames(text: string, lexicon: WordLexicon | undefined, scan: FieldScan): void {
  let kinds: Array<'person' | 'weak' | 'block' | undefined> | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineAt = offset;
    offset += line.length + 1;
    const h = CSV_HEADER.exec(line);
    if (h?.[1]) {
      const k = columnKinds(h[1].split(','));
      kinds = k.some((x) => x !== undefined) ? k : undefined;
      continue;
    }
    if (!kinds) continue;
    if (!line.includes(',')) {
      kinds = undefined;
      continue;
    }
    const fields = csvFields(line, lineAt);
    if (fields.length !== kinds.length) continue;
    fields.forEach((f, i) => {
      const kind = kinds?.[i];
      if (kind === 'block') scan.blocked.push([f.at, f.at + f.value.length]);
      else if (kind) addValue({ text, at: f.at, value: f.value, lexicon, weak: kind === 'weak', out: scan.names });
    });
  }
}

/** `INSERT INTO t (col, …) VALUES (…), (…)`: the column list, then the tuples. */
const SQL_INSERT = /\(([\w, \t"`]+)\)\s*VALUES\s*/gi;
/** One SQL tuple. */
const SQL_TUPLE = /\(((?:'(?:[^'\n]|'')*'|[^()'\n])*)\)\s*,?\s*/y;
/** One SQL field: a quoted string or a bare literal, with the comma after it. */
const SQL_FIELD = /\s*(?:'((?:[^'\n]|'')*)'|([^,]*))\s*(?:,|$)/y;

/** Rows of an SQL insert whose columns name a person or a place. */
function sqlNames(text: string, lexicon: WordLexicon | undefined, scan: FieldScan): void {
  SQL_INSERT.lastIndex = 0;
  for (let m = SQL_INSERT.exec(text); m; m = SQL_INSERT.exec(text)) {
    const kinds = columnKinds((m[1] ?? '').split(','));
    if (!kinds.some((k) => k !== undefined)) continue;
    SQL_TUPLE.lastIndex = m.index + m[0].length;
    for (let t = SQL_TUPLE.exec(text); t; t = SQL_TUPLE.exec(text)) {
      const body = t[1] ?? '';
      const bodyAt = t.index + 1;
      let col = 0;
      SQL_FIELD.lastIndex = 0;
      for (let f = SQL_FIELD.exec(body); f && col < kinds.length; f = SQL_FIELD.exec(body)) {
        const quoted = f[1];
        const kind = kinds[col++];
        if (quoted !== undefined && kind) {
          const at = bodyAt + f.index + f[0].indexOf("'") + 1;
          if (kind === 'block') scan.blocked.push([at, at + quoted.length]);
          else addValue({ text, at, value: quoted, lexicon, weak: kind === 'weak', out: scan.names });
        }
        if (f.index + f[0].length >= body.length) break;
      }
      SQL_TUPLE.lastIndex = t.index + t[0].length;
    }
  }
}

/**
 * Names in labelled fields, key/value pairs, CSV and SQL rows (appended to `names`, a new array by
 * default), and the ranges of place/product fields. Texts without a colon, `=`, or a comma-separated header pay for a few `indexOf` calls.
 * @example detectFieldNames('Pt: eirini oikonomou    DOB: 2001-02-03', lexicon).names[0].value // "eirini oikonomou"
 */
export function detectFieldNames(text: string, lexicon: WordLexicon | undefined, names: PiiSpan[] = []): FieldScan {
  const scan: FieldScan = { names, blocked: [] };
  const colon = text.indexOf(':') >= 0;
  if (colon) labelledNames(text, lexicon, scan.names);
  if ((colon || text.includes('=')) && KEY_VALUE_GATE.test(text)) keyValueNames(text, lexicon, scan);
  nounQuotedNames(text, lexicon, scan);
  if (csvHeaderAhead(text)) csvNames(text, lexicon, scan);
  if (text.includes('VALUES') || text.includes('values')) sqlNames(text, lexicon, scan);
  return scan;
}
