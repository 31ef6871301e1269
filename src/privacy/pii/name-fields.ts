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
import { alignedTables } from './aligned-table.js';
import { startsWithSurname } from './cjk-field-names.js';
import { givenNameClass, lowerCaseGivenName } from './given-name.js';
import { NON_NAME_WORDS, SURNAMES } from './name-lexicon.js';
import { LEGAL_FORMS, ORG_WORDS_AFTER, organisationEnd } from './org-context.js';
import { columnHeader } from './table-header.js';
import { execAll, type PiiSpan } from './types.js';
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
  hausarzt|borrower name|signed|signature|signed by|manager|loan officer|provider|on-call|on call|scribe|
  dependents|dependants|creditor|debtor|payer|ordering party|contact|spouse|forename(s)|insured's name|
  victim|suspect|offender|complainant|inviting person|invitee|additional driver|main driver|driver name|
  co-borrower|reporting officer|officer|process server|sibling|siblings|guardian name|next of kin name|
  organizer|organiser|reply from|comment from|reviewed by|prepared for|bill to name|
  sender|receiver|remitter|sender name|receiver name|ordering customer|orderer|pickup authorised|analyst|
  investigator|auditor|examiner|case manager|caseworker|case worker|member|agent name|rep name|cashier|
  kontakt|contacto|contato|contatto|contact person|installer|ansprechpartner|ansprechpartnerin|
  server|waiter|waitress|bartender|clerk|teller|dispatcher|
  pickup authorized|authorised pickup|authorized pickup|collected by|attendees|present|apologies|
  petitioner|respondent|appellant|appellee|adjuster|adjuster assigned|assigned to|handled by|
  claimant name|technician|engineer|advisor|adviser|host|coach|teacher|tutor|instructor|
  homeroom teacher|class teacher|executor|trustee|mother's name|father's name|remitente|expéditeur|
  absender|mittente|afzender|nadawca|odesílatel|kurir|penerima|nama|nama penerima|pengirim|volunteer|
  intaker|intake worker|keyworker|key worker|support worker|coordinator|co-ordinator|lead|team lead|
  shift lead|warehouse lead|keyed by|taken by|logged by|entered by|recorded by|flagged by|visiting|
  cognome e nome|nome e cognome|apellido y nombre|nom et prénom|referrer|attn|attention|importer of record|
  occupier|contribuente|contribuinte|contribuyente|taxpayer|authorised collector|authorized collector|your name|
  motorista|autista|conductor|chauffeur|fahrer|kierowca|officiant|
  signed for by|received by|delivered to|consignee contact|notify|buddy|mentor|bar raiser|approver|recruiter|
  hiring manager|referrer|sourcer|department head|reports to|reporting to|rph|pharmacist|dispensed by|checked by|
  aka|a.k.a.|alias|also known as|desk manager|business manager|finance manager|sales manager|salesperson|
  sales exec|sales executive|sales advisor|sales adviser|service advisor|service adviser|cliente|donor|
  donor name|donateur|donatrice|donante|doador|doadora|spender|spenderin|darczyńca|captain|english name on card|
  account holder on file|guest|client|geburtsname|maiden name|birth name|nom de naissance|nom de jeune fille|
  apellido de soltera|primary applicant|joint applicant|employer contact|asesor|asesora|gestor|gestora|
  vendedor|vendedora|consulente|berater|beraterin|verkäufer|verkäuferin|hosts|host family|paid by|cleaner|
  backup|artisan|handyman|tradesperson|advisee|mentee|assigned|name match|custodian|deponent|decedent|
  testator|testatrix|affiant|declarant|reported by|name(s) of account holder(s)|account holder(s)|
  name on the account|name on account|name you entered|name entered`
    .split('|')
    .map((s) => s.trim()),
);

/**
 * Labels of fields that hold an organisation (employer, bank, insurer, carrier, pick-up agent…), in
 * English and the main European languages: the value up to the line end is blocked for person rules
 * ("Employer: Lockheed Martin", "Pickup: Western Union, any branch").
 */
const ORG_LABELS: ReadonlySet<string> = new Set(
  `employer|current employer|previous employer|company|company name|firm|organisation|organization|business|
  bank|bank name|insurer|insurance company|carrier|courier|merchant|vendor|supplier|retailer|store|shop|
  branch|pickup|pick-up|pickup location|collection point|agency|school|university|college|hospital|clinic|
  pharmacy|hotel|airline|network|arbeitgeber|firma|unternehmen|bank/institut|
  kreditinstitut|versicherung|empresa|entidad|banco|aseguradora|employeur|entreprise|société|banque|
  assureur|azienda|datore di lavoro|banca|werkgever|bedrijf|pracodawca|firma/pracodawca|zaměstnavatel|
  işveren|şirket|empregador|companhia|place of birth|birthplace|birth place|city of birth|country of birth|
  lieu de naissance|geburtsort|lugar de nacimiento|luogo di nascita|local de nascimento|geboorteplaats|
  miejsce urodzenia|doğum yeri|nationality|citizenship|nationalité|staatsangehörigkeit|nacionalidad|
  original creditor|creditor name|merchant name|venue|location|destination|origin|vessel|vessel name|
  vessel / voyage|vessel/voyage|voyage|port|port of loading|port of discharge|port of arrival|port of departure|
  port of entry|place of receipt|place of delivery|place of issue|place and date|final destination|
  transshipment port|transit port|airport of departure|airport of destination|room|meeting room|
  conference room|sala|salle|raum|besprechungsraum|boat|yacht|club|vehicle|car|make and model|device|product`
    .split('|')
    .map((s) => s.trim()),
);

/** Longest label looked at before a colon ("referring physician", "imię i nazwisko"). */
const MAX_LABEL = 48;

/**
 * JSON and code keys that hold a person's name, normalised (lower-case, no `_` or `-`). A bare
 * `name` key is weaker ("name": "checkout-service"): its value must look like a full name.
 */
const PERSON_KEYS: ReadonlySet<string> = new Set(
  `fullname|firstname|lastname|givenname|familyname|surname|middlename|displayname|legalname|preferredname|
  holder|accountholder|holdername|cardholder|cardholdername|nameoncard|customername|clientname|contactname|
  patient|patientname|employeename|ownername|recipient|recipientname|payee|payeename|beneficiary|
  beneficiaryname|authorname|assignee|guardian|parentname|childname|studentname|nextofkin|spouse|
  passengername|guestname|drivername|billingname|shippingname|shiptoname|personname|nombre|apellido|nom|claimant|
  insured|policyholder|titular|emergencycontact|nextofkinname|
  prenom|prénom|nome|cognome|vorname|nachname|printedname|printname|tech|technician|cleaner|assignedtech`
    .split('|')
    .map((s) => s.trim()),
);
/** Keys whose values may be a name when they look like one (two or more words, or "Surname, Given"). */
const WEAK_PERSON_KEYS: ReadonlySet<string> = new Set(
  'name customer contact owner author user client member employee patient person guest passenger applicant student attendee player athlete runner swimmer competitor entrant tenant landlord prospect resident occupant lessee insured paidby payer driver'.split(' '),
);

/**
 * Keys and columns that hold a place, product, plan or organisation: no person rule fires inside
 * their values ("city": "Charlotte", "plan": "…", a `city` column holding "Douglas"). A free-text
 * `description` is not one: a bank export's holds payees ("TRANSFER TO CLIVE FAIRWEATHER").
 */
const BLOCK_KEYS: ReadonlySet<string> = new Set(
  `city|town|village|suburb|district|county|state|province|region|country|location|place|destination|origin|
  street|address|addressline1|addressline2|line1|line2|postcode|zip|zipcode|venue|site|branch|store|shop|
  merchant|company|companyname|organisation|organization|org|employer|brand|product|productname|item|
  itemname|device|devicename|model|plan|tier|tariff|theme|title|subject|category|status|type|
  service|team|department|project|repo|repository|package|app|application|server|host|hostname|pet|petname|
  animal|animalname|patientanimal|
  timezone|tz|locale|language|currency|color|colour|sku|vessel|vesselname|ship|shipname|voyage|port|
  portofloading|portofdischarge|carrier|terminal|frame|framemodel|lens|lenses|lenstype|contactlens|material|
  manufacturer|supplier|lab|laboratory`
    .split('|')
    .map((s) => s.trim()),
);

/** One word of a field value: an initial ("J.", "S.J."), or letters with inner hyphens or apostrophes. */
const WORD = "(?:\\p{Lu}\\.(?:-?\\p{Lu}\\.)*|\\p{L}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*)";
/** Lower-case particles inside a name ("dos Santos", "van der Berg", "del Río"). */
const PARTICLE = '(?:van|von|de|der|den|da|di|du|del|della|dela|delos|dos|das|la|le|ter|ten|bin|binti|ibn|al|el|y|e)';
/** A name value: up to five words, then optionally ", Given names" (the "Surname, Given" form). */
const VALUE_RE = new RegExp(`(${WORD}(?: (?:${PARTICLE} )*${WORD}){0,4})(?:,[ \\t](${WORD}(?: ${WORD}){0,2}))?`, 'uy');
/** What may follow a form value on its line: its end, a wide gap, a bracket, a comma, a dash. */
const FIELD_END = /^(?:[ \t]*(?:$|\n|\r)|[ \t]{2,}|[ \t]*[(|;<]|,[ \t]|[ \t]+[-–—][ \t]|\.[ \t]*(?:$|\n)|[ \t]+[A-Z]\.?[ \t]*(?:$|\n))/;
const INITIAL = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const PARTICLES: ReadonlySet<string> = new Set('van von de der den da di du del della dela delos dos das la le ter ten bin binti ibn al el y e'.split(' '));

/** Legal forms and organisation words, lower-cased, for values in capitals. */
const ORG_WORDS_FOLDED: ReadonlySet<string> = new Set([...LEGAL_FORMS, ...ORG_WORDS_AFTER].map((w) => w.toLowerCase()));

/** A lower-case letter followed by a capital inside a word. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** Surname prefixes that put a capital inside a name ("McLeod", "MacLeod", "DeSouza", "O'Neill"). */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u;

/** Longest all-capital word after a name's comma read as a credential ("NP", "LCSW", "FRCP"). */
const CREDENTIAL_LENGTH = 5;

/** "MACGILLIVRAY" → "Macgillivray", for list and lexicon checks of all-capital surnames. */
const titleCase = (w: string): string => (w[0] ?? '') + w.slice(1).toLowerCase();

/** True for a lower-case word that may be a surname in a name-part field: listed, or no everyday word. */
function lowerSurnameLike(w: string, lexicon: WordLexicon | undefined): boolean {
  const cap = (w[0] ?? '').toUpperCase() + w.slice(1);
  return SURNAMES.has(cap) || (lexicon !== undefined && !lexicon.isCommonWord(w) && !NON_NAME_WORDS.has(cap));
}

/**
 * True when the words read as a person's name: no stop word or organisation word, at least one word
 * that is no initial, and no everyday word unless it is a listed name — or, for two or more
 * capitalised words, at most half of them everyday words ("Mark Stone").
 */
function nameWords(words: readonly string[], lexicon: WordLexicon | undefined, minWords: number, strong = false): boolean {
  // All-capital particles ("PHAM VAN AN", "YASMINE BIN RASHID") count as particles when the value is all capitals.
  const caps = words.every((w) => w === w.toUpperCase());
  const core = words.filter((w) => !PARTICLES.has(caps ? w.toLowerCase() : w) && !INITIAL.test(w));
  if (core.length === 0 || words.length < minWords) return false;
  // A firm in capitals ("NORDHAFEN SPEDITION GMBH"): its legal form or sector word, whatever the case.
  if (caps && words.some((w) => ORG_WORDS_FOLDED.has(w.toLowerCase().replace(/\./g, '')))) return false;
  // A firm closed by its dotted legal form in any case ("Concesionario Sterling Motor S.L.", "Riverside B.V.").
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && last.includes('.') && LEGAL_FORMS.has(last.replace(/\./g, ''))) return false;
  let everyday = 0;
  // One lower-case word is a name only when it is a listed given name ("driver: postgres" is not), or,
  // under a name-part label or column ("last_name"), a listed surname or no everyday word ("becker").
  const lone = core.length === 1 ? (core[0] ?? '') : '';
  if (lone && LOWER_FIRST.test(lone) && !(lexicon && lowerCaseGivenName(lone, lexicon)) && !(strong && lowerSurnameLike(lone, lexicon))) return false;
  for (const raw of core) {
    // Inner capitals mark products and code ("PostgreSQL", "GitHub"), not names ("McLeod", "DeSouza").
    if (INNER_CAPITAL.test(raw) && !NAME_PREFIX.test(raw)) return false;
    const w = raw === raw.toUpperCase() && raw.length > 1 ? titleCase(raw) : raw;
    const cap = (w[0] ?? '').toUpperCase() + w.slice(1);
    // A month or word that is also a given name is one under a name-part label ("Forename: June").
    if ((NON_NAME_WORDS.has(cap) && !(strong && givenNameClass(cap, lexicon) !== 'none')) || organisationEnd(cap, 0, cap) > 0) return false;
    if (w.length < 2 && !UPPER_FIRST.test(w)) return false;
    const listed = SURNAMES.has(cap) || givenNameClass(cap, lexicon) !== 'none';
    if (!listed && (lexicon?.isCommonWord(w.toLowerCase()) ?? false)) everyday++;
  }
  // A label that asks for a name part ("Last name:", "Surname:") takes everyday words too ("Stone", "Hope"),
  // and so does an initial before a surname ("S. Roux").
  const initialled = core.length === 1 && words.length > 1 && INITIAL.test(words[0] ?? '');
  if (everyday === 0 || ((strong || initialled) && core.every((w) => UPPER_FIRST.test(w)))) return true;
  const allCapitalised = core.every((w) => UPPER_FIRST.test(w));
  return allCapitalised && core.length >= 2 && everyday * 2 <= core.length;
}

/** The name value starting at `at` (before the field end), as a span, or nothing. */
function valueAt(p: {
  text: string;
  at: number;
  lexicon: WordLexicon | undefined;
  minWords: number;
  end?: RegExp;
  /** An item of a list of people ("Attendees: A, B"): the comma separates names, never "Surname, Given". */
  item?: boolean;
  /** The label asks for a name part: everyday words are names there ("Last name: Stone"). */
  strong?: boolean;
}): PiiSpan | undefined {
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
  if (comma && sameCase && !p.item) candidates.push([[...first.split(/[ \t]+/), ...comma.split(/[ \t]+/)], at + m[0].length]);
  candidates.push([first.split(/[ \t]+/), at + first.length]);
  for (const [words, end] of candidates) {
    if (!endRe.test(text.slice(end, end + 8))) continue;
    // A lower-case value must be wholly non-words ("eirini oikonomou"); capitalised values follow nameWords.
    const mixed = words.some((w) => LOWER_FIRST.test(w) && !PARTICLES.has(w)) && words.some((w) => UPPER_FIRST.test(w));
    if (mixed) continue;
    if (!nameWords(words, lexicon, p.minWords, p.strong)) continue;
    return { type: 'PERSON', start: at, end, value: text.slice(at, end) };
  }
  return undefined;
}

/** Characters that may make up a form label ("Parent/guardian", "Child's name", "Next of kin"). */
const LABEL_CHAR_RE = /[\p{L}’]/u;
function labelChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return true;
  // Space ' / - _ and the parentheses and comma of a format hint ("Patient name (Last, First, MI)"); a
  // snake_case key ("signed_by:") reads as its words.
  if (c === 0x20 || c === 0x27 || c === 0x2f || c === 0x2d || c === 0x5f || c === 0x28 || c === 0x29 || c === 0x2c) return true;
  return c > 0x7f && LABEL_CHAR_RE.test(ch);
}

/** A title opening a form value, outside the name ("Dr N Baird", "Mrs. Ana Ruiz"). */
const LEADING_TITLE = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Dra|Sr|Sra)\.?[ \t]+(?=\p{Lu})/u;
/** Most spaces between a label and its colon ("Surname  :  KOCH" on a form typed in columns). */
const MAX_SPACES_BEFORE_COLON = 3;
/** A label's number before its colon, after a letter ("Guest 2", "Passenger 10"). */
const NUMBERED_LABEL_END = /(?<=\p{L}) \d{1,2}$/u;
/** Qualifiers before a role label ("previous landlord", "current employer", "second applicant"). */
const LABEL_QUALIFIER = /^(?:the )?(?:(?:previous|current|former|new|old|main|primary|secondary|second|first|other|additional|alternate|alternative) )?(?=\p{L})/u;

/** Characters that may sit right before a form label: line starts, quote marks, phrase ends. */
const LABEL_LEAD: ReadonlySet<string> = new Set(['\n', '\r', '>', '|', '(', '—', '–', '.', ';', '-', '*', '•', '"', ']']);

/** Form lines "Label: value" whose label takes a person ("Pt: …", "Accompanying guest: …"). */
function labelledNames(text: string, lexicon: WordLexicon | undefined, scan: FieldScan): void {
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    // Times and ports ("10:30", ":443") have no letter before the colon. French typography puts one
    // space before it ("Nom de l'élève : …", "Prénom(s) : …"); forms typed in columns two ("Surname  :").
    let k = c;
    while (k > 0 && c - k < MAX_SPACES_BEFORE_COLON && text.charCodeAt(k - 1) === 0x20) k--;
    const spaced = k < c && /[\p{L})]/u.test(text[k - 1] ?? '');
    // A numbered label ("Guest 2:", "Viajero 1:", "Passenger 10:"): the number is no part of the label.
    const numbered = NUMBERED_LABEL_END.exec(text.slice(Math.max(0, c - 4), c));
    const end = numbered ? c - numbered[0].length : c;
    if (c === 0 || !labelChar(text[end - 1] ?? '') || (text.charCodeAt(c - 1) === 0x20 && !spaced)) continue;
    // Back to the line start, a mark, or a wide gap ("Name: …    DOB: …" holds two fields).
    let j = numbered ? end - 1 : spaced ? k - 1 : c - 1;
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
    // A format hint in parentheses is no part of the label ("Patient name (Last, First, MI)").
    const label = text
      .slice(j + 1, end)
      .replace(/\([^)]*\)/g, ' ')
      .replace(/_/g, ' ')
      .replace(/^[\s(),]+|[\s(),]+$/g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase()
      // "Previous landlord", "Current employer": the qualifier leaves the role.
      .replace(LABEL_QUALIFIER, '');
    if (!label) continue;
    const org = ORG_LABELS.has(label);
    if (!org && !personLabel(label)) continue;
    // The label opens its line or field: a line start, a wide gap, or a mark that ends a phrase.
    if (!gap && j >= 0 && !LABEL_LEAD.has(text[j] ?? '')) continue;
    if (org) {
      // An organisation's field ("Employer: Lockheed Martin, 19 yrs"): no person rule reads its value,
      // up to the line end or the next comma ("Employer: Nordhafen Logistik, supervisor Aaliyah Mayfield").
      const nl = text.indexOf('\n', c);
      const comma = text.indexOf(', ', c);
      const end = nl < 0 ? text.length : nl;
      scan.blocked.push([c + 1, comma >= 0 && comma < end ? comma : end]);
      continue;
    }
    let at = c + 1;
    while (text[at] === ' ' || text[at] === '\t') at++;
    // A label alone on its line takes the value on the next line ("Deliver to:\nAna Ruiz").
    if (text[at] === '\n' && (label.endsWith(' to') || label.endsWith('name'))) at++;
    // An electronic signature's "/s/" ("Signature: /s/ Ana Ruiz"), a title ("Requested by: Dr N Baird").
    if (text.startsWith('/s/ ', at)) at += 4;
    const title = LEADING_TITLE.exec(text.slice(at, at + 8));
    if (title) at += title[0].length;
    if (LIST_LABELS.has(label)) listNames(text, at, lexicon, scan.names);
    else {
      // A title before the value makes it a name, even an everyday word ("Desk manager: Dr. Best").
      const s = valueAt({ text, at, lexicon, minWords: 1, strong: nameLabel(label) || title !== null });
      if (s) scan.names.push(s);
    }
  }
}

/** The last word of a label that asks for a person's name, in the languages of {@link PERSON_LABELS}. */
const NAME_HEADS: ReadonlySet<string> = new Set(
  `name names surname surnames forename forenames firstname lastname givenname nombre nombres apellido
  apellidos nom noms prénom prénoms prenom cognome vorname vornamen nachname familienname naam voornaam
  achternaam roepnaam namn efternamn förnamn navn etternavn fornavn nimi sukunimi etunimi imię imiona
  nazwisko jméno příjmení soyad soyadı nume prenume név vezetéknév keresztnév`.split(/\s+/),
);
/** Words that make a "… name" label name a thing ("company name", "file name", "pet's name"). */
const THING_NAME_WORDS: ReadonlySet<string> = new Set(
  `company business firm product brand file host user username domain street road place city town venue
  hotel project app application device server branch plan model event team group channel bank pet pet's
  ship vessel account-type trading store shop school university hospital clinic station airport building
  organisation organization org club brand's company's project's package repo repository table column
  field database db key queue topic bucket cluster node network wifi ssid printer`.split(/\s+/),
);
/** "first name", "last name and middle initial", "spouse's first name": a name part of a person. */
const NAME_PART = /\b(?:first|last|given|family|middle|maiden|legal|preferred|full|birth|christian|sur)[ -]?names?\b|\bgeburtsname\b|\bnom de (?:naissance|jeune fille)\b|\bapellido de soltera\b/;

/**
 * True when a form label asks for a person: a listed label ("patient", "next of kin"), one of the
 * parts of a label written in two languages ("Empfänger / Creditor"), or a label ending in a name word
 * that no thing word qualifies ("Insured's name", "Your first name and middle initial", "Surname").
 */
function personLabel(label: string): boolean {
  if (PERSON_LABELS.has(label)) return true;
  if (label.includes('/')) return label.split('/').some((p) => PERSON_LABELS.has(p.trim()) || nameLabel(p.trim()));
  return nameLabel(label);
}

function nameLabel(label: string): boolean {
  const words = label.split(' ');
  if (words.some((w) => THING_NAME_WORDS.has(w))) return false;
  // "Achternaam leerling", "Nom élève", "Nombre alumno": a name word, then the person it belongs to.
  const owned = words.length === 2 && NAME_HEADS.has(words[0] ?? '') && NAME_OWNERS.has(words[1] ?? '');
  return owned || NAME_HEADS.has(words[words.length - 1] ?? '') || NAME_PART.test(label) || NAME_OF.test(label);
}

/** People a name label names after its name word, in the languages of {@link NAME_HEADS}. */
const NAME_OWNERS: ReadonlySet<string> = new Set(
  `leerling kind ouder verzorger élève eleve enfant parent alumno alumna niño padre madre tutor alunno
  genitore schüler schülerin eltern student pupil child guardian patient patiënt ucznia dziecka`.split(/\s+/),
);

/** "Name of the applicant", "Nom de l'élève", "Nombre del titular": a name word, "of", a person noun. */
const NAME_OF = /^(?:full )?(?:name|nom|nombre|nome|naam|nazwa|jméno|numele) (?:of|de|del|de la|du|des|do|da|dell[ao']?|van|des|der) ?/;

/** Labels of a list of people ("Attendees: A, B, C"). */
const LIST_LABELS: ReadonlySet<string> = new Set(['attendees', 'present', 'apologies', 'participants', 'cc', 'bcc', 'absent', 'invitees', 'dependents', 'dependants', 'children']);
/** The separator between two names of a list: a comma or semicolon, or "and". */
const ITEM_SEP = /^(?:[ \t]*[,;][ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&)[ \t]+)/;
/** Most items read from one list line. */
const MAX_ITEMS = 24;

/** Each name of a list field, up to the line end. */
function listNames(text: string, from: number, lexicon: WordLexicon | undefined, out: PiiSpan[]): void {
  const nl = text.indexOf('\n', from);
  const lineEnd = nl < 0 ? text.length : nl;
  let at = from;
  for (let n = 0; n < MAX_ITEMS && at < lineEnd; n++) {
    const s = valueAt({ text, at, lexicon, minWords: 1, item: true });
    if (s) out.push(s);
    // On to the next item: after this name, or after the next separator when this item is no name.
    let next = s ? s.end : text.indexOf(',', at);
    if (next < 0 || next >= lineEnd) return;
    const sep = ITEM_SEP.exec(text.slice(next, next + 8));
    if (!sep) {
      next = text.indexOf(',', next);
      if (next < 0 || next >= lineEnd) return;
      at = next + 1;
      while (text[at] === ' ') at++;
      continue;
    }
    at = next + sep[0].length;
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
 * The parts of a structured name: HL7 FHIR HumanName's `"given"` and `"family"` keys, or `"first"` and
 * `"last"`. A lone `"family"` is a font family and a lone `"last"` a date as often, so both must be in the text.
 */
function nameParts(text: string, key: string): boolean {
  if (key === 'given' || key === 'family') return text.includes('"given"') && text.includes('"family"');
  return (key === 'first' || key === 'last') && text.includes('"first"') && text.includes('"last"');
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

/** What may follow a whole quoted or comma-separated value. */
const VALUE_END = /^[ \t]*(?:["'`,)\n]|$)/;

/** A value of two to four Han or Hangul characters, maybe a space and one to three more. */
const CJK_NAME_VALUE = /^[\p{Script=Han}\p{Script=Hangul}]{1,4}(?:[ \u3000][\p{Script=Han}\p{Script=Hangul}]{1,3})?$/u;

/** A whole field value (between quotes or commas) checked as a name. */
function addValue(p: {
  text: string;
  at: number;
  value: string;
  lexicon: WordLexicon | undefined;
  weak: boolean;
  /** A name-part column or key ("surname"): everyday words are names there. */
  strong?: boolean;
  out: PiiSpan[];
  end?: RegExp;
}): void {
  const lead = p.value.length - p.value.trimStart().length;
  const v = p.value.trim();
  if (!v || /[\d@/\\#:_]/.test(v)) return;
  const at = p.at + lead;
  // A Chinese, Japanese or Korean name in a person column or key ("강도윤", "田中 翔"): its script has no
  // case, so its family name is the evidence.
  if (CJK_NAME_VALUE.test(v)) {
    if (startsWithSurname(v)) p.out.push({ type: 'PERSON', start: at, end: at + v.length, value: p.text.slice(at, at + v.length) });
    return;
  }
  const s = valueAt({ text: p.text, at, lexicon: p.lexicon, minWords: p.weak ? 2 : 1, end: p.end ?? VALUE_END, strong: p.strong ?? false });
  if (s && s.end - s.start === v.length) {
    // A weak key ("name") takes "Surname, Given" or two capitalised words only.
    if (p.weak && !(v.includes(',') || v.includes(' '))) return;
    p.out.push(s);
  }
}

/** Field delimiters of tables written as text: CSV, pipe tables (Markdown, psql, exports), TSV, semicolon CSV. */
const DELIMITERS = [',', '|', '\t', ';'] as const;
type Delimiter = (typeof DELIMITERS)[number];
/** One column name: identifier-like ("full_name", "Name", "birth date", "EAN/ISBN", "e-mail", "Staff #"), or "#" for a row number. */
const COLUMN = '(?:#|[\\p{L}_][\\p{L}\\p{N}_ ./()#-]{0,30})';
/** A header line per delimiter: three or more column names, Markdown's outer pipes allowed. */
const HEADER_RES: ReadonlyMap<Delimiter, RegExp> = new Map(
  DELIMITERS.map((d) => {
    const e = d === '|' ? '\\|' : d === '\t' ? '\\t' : d;
    return [d, new RegExp(`^[ \\t]*${d === '|' ? '\\|?[ \\t]*' : ''}(${COLUMN}(?:[ \\t]*${e}[ \\t]*${COLUMN}){2,})[ \\t]*${d === '|' ? '\\|?' : ''}[ \\t]*$`, 'u')];
  }),
);
/** A Markdown table's rule line ("|---|:---:|"): skipped between the header and the rows. */
const TABLE_RULE = /^[ \t|:+-]+$/;

/** Longest header field looked at by the CSV gate. */
const MAX_HEADER_FIELD = 32;

/** Some line starts like a table header ("id,name,…", "| Name | …", "id|name|…"): the cheap gate. */
function csvHeaderAhead(text: string): boolean {
  for (const d of DELIMITERS) {
    if (text.indexOf(d) < 0) continue;
    for (let i = 0; i >= 0 && i < text.length; i = text.indexOf('\n', i) + 1 || -1) {
      let k = i;
      while (text[k] === ' ' || (d === '|' && text[k] === '|')) k++;
      const c = text.charCodeAt(k) | 0x20;
      // A letter, "_" (0x5f, folded to 0x7f) or a row number's "#" opens a header line.
      if (!((c >= 0x61 && c <= 0x7a) || c === 0x7f || text.charCodeAt(k) === 0x23)) continue;
      const first = text.indexOf(d, k);
      const nl = text.indexOf('\n', k);
      if (first < 0) break;
      if ((nl < 0 || first < nl) && first - k <= MAX_HEADER_FIELD) {
        const second = text.indexOf(d, first + 1);
        if (second > 0 && (nl < 0 || second < nl) && second - first <= MAX_HEADER_FIELD) return true;
      }
    }
  }
  return false;
}

/** Splits one table line into fields with their offsets, on `delim`, honouring double quotes in CSV. */
function csvFields(line: string, offset: number, delim: Delimiter): Array<{ value: string; at: number }> {
  const out: Array<{ value: string; at: number }> = [];
  let i = 0;
  let last = line.length;
  // Markdown rows open and close with a pipe: those make no fields.
  if (delim === '|') {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (line[i] === '|') i++;
    while (last > i && (line[last - 1] === ' ' || line[last - 1] === '\t')) last--;
    if (last > i && line[last - 1] === '|') last--;
  }
  while (i <= last) {
    if (delim !== '|' && line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      if (close < 0) return out;
      out.push({ value: line.slice(i + 1, close), at: offset + i + 1 });
      i = close + 1;
      if (i < last && line[i] !== delim) return out;
      i++;
    } else {
      const next = line.indexOf(delim, i);
      const end = next < 0 || next > last ? last : next;
      out.push({ value: line.slice(i, end), at: offset + i });
      i = end + 1;
    }
  }
  return out;
}

/** Columns of a given name: beside one, a bare "Name" column holds the surname ("Name;Vorname", "nom,prénom"). */
const GIVEN_NAME_KEYS: ReadonlySet<string> = new Set(['vorname', 'firstname', 'givenname', 'givennames', 'forename', 'prenom', 'prénom', 'voornaam', 'imie', 'imię', 'fornavn', 'förnamn', 'etunimi']);
/** Bare name columns, which are surnames beside a given-name column. */
const BARE_NAME_KEYS: ReadonlySet<string> = new Set(['name', 'nom', 'nombre', 'naam', 'nazwisko', 'navn', 'namn', 'sukunimi']);
/** Columns of a product or stock table. */
const PRODUCT_KEYS: ReadonlySet<string> = new Set(['sku', 'ean', 'upc', 'gtin', 'isbn', 'price', 'unitprice', 'stock', 'qty', 'quantity', 'barcode', 'productid', 'itemid', 'articleno']);
/** Columns of name parts, whose cells are names even when everyday words ("Fischer", "Holm", "Stone"). */
const NAME_PART_KEYS: ReadonlySet<string> = new Set(['surname', 'lastname', 'familyname', 'nachname', 'apellido', 'apellidos', 'cognome', 'achternaam', 'last', 'first', 'given', 'family', ...GIVEN_NAME_KEYS]);

/**
 * Columns of animals, products and ships (a subset of {@link BLOCK_KEYS}): names in their cells name no person.
 * Place, team and host-like columns are left out, since their cells can name people too ("host" of a homestay).
 */
const THING_COLUMN_KEYS: ReadonlySet<string> = new Set(
  `pet petname animal animalname patientanimal product productname item itemname brand model device devicename
  frame framemodel lens lenses lenstype contactlens vessel vesselname ship shipname city town village suburb
  district county state province region country destination origin`.split(/\s+/),
);

/**
 * True when the value at `start` is a cell of a table column of animals, products or ships ({@link
 * THING_COLUMN_KEYS}), or of places (a city column holds "Austin"). The learned scorer reads one
 * token's neighbourhood, so it is told this here as the rules are by the field scan.
 */
export function inThingColumn(text: string, start: number): boolean {
  const header = columnHeader(text, start);
  return header !== undefined && THING_COLUMN_KEYS.has(normKey(header));
}

/** Column kinds by position: person (name part: everyday words too), weak person, blocked or neither. */
function columnKinds(names: readonly string[]): Array<'part' | 'person' | 'weak' | 'block' | undefined> {
  const keys = names.map(normKey);
  const givenBeside = keys.some((k) => GIVEN_NAME_KEYS.has(k));
  // "sku;name;ean;price": in a product table the name column holds products ("Marie biscuits").
  const products = keys.some((k) => PRODUCT_KEYS.has(k));
  return keys.map((k) => {
    if (products && BARE_NAME_KEYS.has(k)) return 'block';
    if (NAME_PART_KEYS.has(k) || (givenBeside && BARE_NAME_KEYS.has(k))) return 'part';
    if (PERSON_KEYS.has(k)) return 'person';
    if (WEAK_PERSON_KEYS.has(k)) return 'weak';
    return BLOCK_KEYS.has(k) ? 'block' : undefined;
  });
}

/** What may follow a whole cell value: its delimiter (and spaces), a quote, or the line end. */
const CELL_END: ReadonlyMap<Delimiter, RegExp> = new Map(
  DELIMITERS.map((d) => [d, new RegExp(`^[ \\t]*(?:["'\`)\\n${d === '|' ? '|' : d === '\t' ? '\\t' : d}]|$)`)]),
);

/** Table blocks: rows under a header with a person or place column. */
function csvNames(text: string, lexicon: WordLexicon | undefined, scan: FieldScan): void {
  let kinds: Array<'part' | 'person' | 'weak' | 'block' | undefined> | undefined;
  let delim: Delimiter = ',';
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineAt = offset;
    offset += line.length + 1;
    const header = headerOf(line);
    if (header) {
      delim = header.delim;
      const k = columnKinds(header.columns);
      kinds = k.some((x) => x !== undefined) ? k : undefined;
      continue;
    }
    if (!kinds) continue;
    if (delim === '|' && TABLE_RULE.test(line) && line.includes('-')) continue;
    if (!line.includes(delim)) {
      kinds = undefined;
      continue;
    }
    const fields = csvFields(line, lineAt, delim);
    if (fields.length !== kinds.length) continue;
    const end = CELL_END.get(delim);
    fields.forEach((f, i) => {
      const kind = kinds?.[i];
      if (kind === 'block') scan.blocked.push([f.at, f.at + f.value.length]);
      else if (kind) addValue({ text, at: f.at, value: f.value, lexicon, weak: kind === 'weak', strong: kind === 'part', out: scan.names, ...(end ? { end } : {}) });
    });
  }
}

/** What may follow a whole cell of a space-aligned table: a wide gap or the line end. */
const ALIGNED_CELL_END = /^(?:[ \t]{2,}|[ \t]*(?:\n|\r|$))/;

/**
 * The key of a header cell of a space-aligned table: the cell itself when a column list knows it,
 * else its longest known tail ("NO FAMILY NAME" → "familyname"); a "… name" of a thing ("VESSEL
 * NAME") is an item column.
 */
function alignedKey(cell: string): string {
  const words = cell.toLowerCase().split(/[ \t]+/);
  if (words.length > 1 && words.slice(0, -1).some((w) => THING_NAME_WORDS.has(w))) return 'item';
  for (let i = 0; i < words.length; i++) {
    const key = normKey(words.slice(i).join(' '));
    if (PERSON_KEYS.has(key) || WEAK_PERSON_KEYS.has(key) || BLOCK_KEYS.has(key) || NAME_PART_KEYS.has(key) || BARE_NAME_KEYS.has(key)) return key;
  }
  return normKey(cell);
}

/** Space-aligned tables (crew lists, pick lists, printed reports): cells under a person or place column. */
function alignedNames(text: string, lexicon: WordLexicon | undefined, scan: FieldScan): void {
  for (const table of alignedTables(text)) {
    const kinds = columnKinds(table.header.map(alignedKey));
    if (kinds.every((k) => k === undefined)) continue;
    for (const row of table.rows) {
      for (const cell of row) {
        const kind = kinds[cell.column];
        if (kind === 'block') scan.blocked.push([cell.at, cell.at + cell.value.length]);
        else if (kind) addValue({ text, at: cell.at, value: cell.value, lexicon, weak: kind === 'weak', strong: kind === 'part', out: scan.names, end: ALIGNED_CELL_END });
      }
    }
  }
}

/** The delimiter and column names of a header line, or undefined. */
function headerOf(line: string): { delim: Delimiter; columns: string[] } | undefined {
  for (const d of DELIMITERS) {
    if (!line.includes(d)) continue;
    const h = HEADER_RES.get(d)?.exec(line);
    if (h?.[1]) return { delim: d, columns: h[1].split(d).map((c) => c.trim()) };
  }
  return undefined;
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
          else addValue({ text, at, value: quoted, lexicon, weak: kind === 'weak', strong: kind === 'part', out: scan.names });
        }
        if (f.index + f[0].length >= body.length) break;
      }
      SQL_TUPLE.lastIndex = t.index + t[0].length;
    }
  }
}

/**
 * A line of a menu, price list or invoice: an item, then dot leaders, then a price ("Eggs Benedict
 * ........ 11,00"), or a numbered invoice position and a wide gap before the price ("Pos. 2  Wartung
 * 190,93 €"). The item is goods, never a person. A name before an amount elsewhere (a statement line
 * "Transfer to Ana Ruiz   250,00") is left to the other rules.
 */
const PRICE_LINE =
  /^(?:[^\n]{2,80}?(?=[ \t]*\.{3,}[ \t]*)|[ \t]*(?:Pos\.?|Item|Art\.?|Line)[ \t]*\d{1,3}[^\n]{2,80}?(?=[ \t]{2,}))(?=[ \t.]*(?:[€$£][ \t]?)?\d{1,6}[.,]\d{2}(?:[ \t]?(?:€|EUR|USD|GBP|CHF|kr|zł|Kč|\$|£))?[ \t]*$)/gmu;

/** Blocks the item part of each price line. */
function priceLines(text: string, blocked: Array<readonly [number, number]>): void {
  if (!/\d[.,]\d\d[ \t]*(?:€|EUR|USD|GBP|CHF|kr|zł|Kč|\$|£)?[ \t]*(?:\n|$)/.test(text)) return;
  for (const m of text.matchAll(PRICE_LINE)) blocked.push([m.index, m.index + m[0].length]);
}

/**
 * Names in labelled fields, key/value pairs, CSV and SQL rows (appended to `names`, a new array by
 * default), and the ranges of place/product fields. Texts without a colon, `=`, or a comma-separated header pay for a few `indexOf` calls.
 * @example detectFieldNames('Pt: eirini oikonomou    DOB: 2001-02-03', lexicon).names[0].value // "eirini oikonomou"
 */
export function detectFieldNames(text: string, lexicon: WordLexicon | undefined, names: PiiSpan[] = []): FieldScan {
  const scan: FieldScan = { names, blocked: [] };
  priceLines(text, scan.blocked);
  const colon = text.indexOf(':') >= 0;
  if (colon) labelledNames(text, lexicon, scan);
  if ((colon || text.includes('=')) && KEY_VALUE_GATE.test(text)) keyValueNames(text, lexicon, scan);
  nounQuotedNames(text, lexicon, scan);
  if (csvHeaderAhead(text)) csvNames(text, lexicon, scan);
  alignedNames(text, lexicon, scan);
  if (text.includes('VALUES') || text.includes('values')) sqlNames(text, lexicon, scan);
  if (text.includes('</')) xmlNames(text, lexicon, scan);
  return scan;
}

/** An XML element with a text value on one line (`<familyName>Olsen</familyName>`); group 1 the tag, 2 the value. */
const XML_ELEMENT = /<([A-Za-z_][\w.-]{0,30})(?:[ \t][^<>\n]{0,80})?>([^<>\n]{1,80})<\/\1>/g;

/** Values of XML elements named like person or name-part keys, and blocks for place and product elements. */
function xmlNames(text: string, lexicon: WordLexicon | undefined, scan: FieldScan): void {
  for (const m of execAll(XML_ELEMENT, text)) {
    const [kind] = columnKinds([m[1] ?? '']);
    if (!kind) continue;
    const value = m[2] ?? '';
    const at = m.index + m[0].indexOf('>') + 1;
    if (kind === 'block') scan.blocked.push([at, at + value.length]);
    else addValue({ text, at, value, lexicon, weak: kind === 'weak', strong: kind === 'part', out: scan.names, end: XML_VALUE_END });
  }
}
/** What follows an XML element's value: its closing tag. */
const XML_VALUE_END = /^<\//;
