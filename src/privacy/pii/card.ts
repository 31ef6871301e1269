/** @module privacy/pii/card — payment card numbers: a network's IIN range and length, Luhn-checked. */
import { cardValid, luhnValid } from './checksums.js';
import { before, continuesNumerically, followsNumericPrefix, hasNegativeCue } from './context-cues.js';
import { questionBefore } from './dialogue-turn.js';
import { columnHeader } from './table-header.js';
import { execAll, hasDigitRun, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/**
 * 12–19 digits, optionally split by spaces (one or two, also no-break spaces, as word processors and
 * PDFs print them), dashes or full stops ("4111.1111.1111.1111").
 */
const CARD_RE = /(?<![\w-])\d(?:(?:[ \u00a0]{1,2}|[-.])?\d){11,18}(?![\w-])/g;
/** Separator runs inside a candidate, read as one space ({@link normalisedGroups}). */
const SEPARATOR_RUN = /[ \u00a0]{1,2}|[-.]/g;
/** A card word and a number sign glued before the digits ("CC#4111…", "Card #: 4111…"). */
const CARD_HASH_BEFORE = /(?:\bcc|card|visa|mastercard|amex|pan)[ \t]*#[ \t]*:?[ \t]*$/i;

/**
 * Group shapes cards are printed in: fours with a shorter last group (16: 4-4-4-4, 19: 4-4-4-4-3,
 * 13: 4-4-4-1 or 4-4-5, 12: 4-4-4), Amex 4-6-5, Diners 4-6-4, 19-digit UnionPay 6-13.
 */
const CARD_GROUPS =
  /^(?:\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?|\d{4}[ -]\d{4}[ -]\d{5}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{6}[ -]\d{13})$/;

/** Twelve digits are a card only next to a card word or a payment-method key (Maestro issues them; so do many id schemes). */
const CARD_CUE = /\b(?:card|vcc|maestro|debit|credit|visa|mastercard|karte|carte|tarjeta|carta|cart[aã]o|kaart|pan|charged to)\b|payment[ _-]?methods?\b/i;
const SHORT_CARD_DIGITS = 12;

/**
 * A card glued to its type code in an airline GDS form of payment ("FP CCVI4111…/0930", "CCAX3782…"):
 * "CC" and the two-letter code of a network (Visa, Amex, Carte Blanche/CA = Mastercard in IATA usage,
 * Mastercard, Diners, JCB, UATP, Discover, UnionPay), then 13–19 digits. The code and the digits do not
 * always agree in agents' entries, so any such code is accepted; the number must still pass Luhn and a
 * network's IIN range and length.
 */
const GDS_CARD_RE = /(?<![A-Za-z0-9])CC(?:VI|AX|CA|MC|DC|JC|TP|DS|UP|DI|JB|EC|BA)(\d{13,19})(?!\d)/g;
/** Cheap pre-check for {@link GDS_CARD_RE}. */
const GDS_CARD_HINT = /CC[A-Z]{2}\d/;
/** Shortest card number a network issues (Visa's old 13-digit cards); shorter runs after a comma may be decimals. */
const MIN_FIELD_CARD_DIGITS = 13;
/** Commas a line needs to read as a CSV row (four fields or more). */
const MIN_CSV_COMMAS = 3;
/** Header names of a card column ("card", "cc_number", "pan", "Kartennummer", "tarjeta"). */
const CARD_HEADER = /card|\bcc|pan\b|kart|tarj|cart[aãe]|credit|debit|payment|zahl/i;

/**
 * True when the unseparated digits at [start, end), right after a comma, are the last field of a CSV row
 * ("…,PK,29.05.05,3586…"): the line goes no further, has {@link MIN_CSV_COMMAS} commas or more, and the
 * row's header (the first line of the block, all words), when there is one, names a card column. A
 * decimal comma is never followed by a card-length run at the end of a multi-field row.
 */
function lastCsvField(text: string, start: number, end: number): boolean {
  if (end - start < MIN_FIELD_CARD_DIGITS || !/^\d+$/.test(text.slice(start, end))) return false;
  const c = text.charCodeAt(end);
  if (end < text.length && c !== 10 && c !== 13) return false;
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const commas = text.slice(ls, start).split(',').length - 1;
  if (commas < MIN_CSV_COMMAS) return false;
  // Walk up to the first line of the block with the same number of commas: the header when it has no digits.
  let hs = ls;
  while (hs > 0) {
    const prev = text.lastIndexOf('\n', hs - 2) + 1;
    const line = text.slice(prev, hs - 1);
    if (line.split(',').length - 1 !== commas) break;
    hs = prev;
  }
  if (hs === ls) return true;
  const header = text.slice(hs, text.indexOf('\n', hs));
  if (/\d/.test(header)) return true;
  return CARD_HEADER.test(header.slice(header.lastIndexOf(',') + 1));
}

/** GDS form-of-payment cards ({@link GDS_CARD_RE}), Luhn- and network-checked. */
function gdsCards(text: string, out: PiiSpan[]): void {
  if (!GDS_CARD_HINT.test(text)) return;
  for (const m of execAll(GDS_CARD_RE, text)) {
    const digits = m[1] ?? '';
    if (!cardValid(digits)) continue;
    const start = m.index + m[0].length - digits.length;
    out.push(spanAt('CARD', text, start, start + digits.length));
  }
}

/** A `git log` line ("commit 2475…"): the hex object name that follows may be all digits, and is no card. */
const COMMIT_BEFORE = /(?:^|\n)\s*commit\s+$/i;

/** The kinds of separator a candidate uses: space (any run of spaces), dash, full stop. */
function separatorKinds(raw: string): number {
  const spaced = /[ \u00a0]/.test(raw) ? 1 : 0;
  return spaced + (raw.includes('-') ? 1 : 0) + (raw.includes('.') ? 1 : 0);
}

/** The candidate with every separator run as one space, for {@link CARD_GROUPS}. */
const normalisedGroups = (raw: string): string => raw.replace(SEPARATOR_RUN, ' ');

/** True when the separators (if any) are one kind and the groups have a card shape. */
function cardShaped(raw: string): boolean {
  if (/^\d+$/.test(raw)) return true;
  return separatorKinds(raw) === 1 && CARD_GROUPS.test(normalisedGroups(raw));
}

/** True when the digits are split by one kind of separator only ("4614 151 722 901"). */
function oneSeparator(raw: string): boolean {
  return separatorKinds(raw) <= 1;
}

/** The digits of an amount at the head of a digit run, and the space after them ("57 " of "57 4651 …"). */
const AMOUNT_HEAD = /^\d{1,4} (?=\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,4}$|\d{13,16}$|\d{4}[ -]\d{6}[ -]\d{4,5}$)/;
/** A currency symbol right before a digit run. */
const CURRENCY_BEFORE = /[£$€¥₹]$/;

/** A CSV column of card numbers ("card_number", "pan", "cc"). */
const CARD_COLUMN = /card|\bpan\b|\bcc(?:_?num(?:ber)?)?\b/i;

/** True when the cell at `start` is under a card-number column of its CSV table. */
function cardColumn(text: string, start: number): boolean {
  const header = columnHeader(text, start);
  return header !== undefined && CARD_COLUMN.test(header);
}

/** Digits one by one, single spaces between ("5 1 7 3 1 0 2 8 …"): how a recogniser writes a number said aloud. */
const SPOKEN_DIGITS = /^\d(?: \d){12,18}$/;
/** How far back a card word is read for {@link SPOKEN_DIGITS} (the prompt may be a log line or two above). */
const SPOKEN_CUE_REACH = 200;

/** How far back on its line a card word is read for a number in an unusual grouping. */
const CARD_WORD_REACH = 40;

/** True when a card word stands before `start` on its line, within {@link CARD_WORD_REACH}. */
function cardWordOnLine(text: string, start: number): boolean {
  const b = before(text, start, CARD_WORD_REACH);
  return CARD_CUE.test(b.slice(b.lastIndexOf('\n') + 1));
}

/**
 * An IBAN's country code and check digits (printed first group), and maybe a bank code of letters, right
 * before the digits: "SA26 ", "DE89 ", "KW69 MRKS ", "br26 ", "ES43  " (a mistyped IBAN is no card either).
 */
const IBAN_HEAD_BEFORE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0]{1,2}[A-Za-z0-9]{4})?[ \u00a0]{1,2}$/;
const IBAN_HEAD_REACH = 13;

/** Finds payment card numbers; candidates must be Luhn-valid, card-shaped and not an order number. */
export const cardDetector: PiiDetector = {
  type: 'CARD',
  detect(text: string): PiiSpan[] {
    if (!hasDigitRun(text)) return [];
    const out: PiiSpan[] = [];
    for (const m of execAll(CARD_RE, text)) {
      let start = m.index;
      const end = start + m[0].length;
      let raw = m[0];
      // "£57 4651 2415 0058 9779": an amount's digits glued to the card by the run; the card starts after them.
      const amount = AMOUNT_HEAD.exec(raw);
      if (amount && CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 4), start))) {
        start += amount[0].length;
        raw = raw.slice(amount[0].length);
      }
      // Read out in a call, a card number comes in any grouping ("43 22 75 09 …"); the question says it
      // is one. So does a card word on its line ("Fee: card 4614 151 722 901", a 13-digit Visa as typed).
      // Read digit by digit (a speech recogniser's "5 1 7 3 …"), after a card word in the lines before it.
      const spoken = SPOKEN_DIGITS.test(raw) && CARD_CUE.test(before(text, start, SPOKEN_CUE_REACH));
      if (!cardShaped(raw) && !spoken && !(oneSeparator(raw) && cardWordOnLine(text, start)) && !CARD_CUE.test(questionBefore(text, m.index) ?? '')) continue;
      const digits = raw.replace(/\D/g, '');
      // Luhn first: it rejects nine in ten digit runs before the issuer table is consulted.
      if (!luhnValid(digits) || !cardValid(digits)) continue;
      // "…,5556481086679015,665.00,…": under a card column the comma closes the cell (no amount has 16 digits).
      if (continuesNumerically(text, end) && !(text[end] === ',' && cardColumn(text, start))) continue;
      if (!amount && followsNumericPrefix(text, start) && !(text[start - 1] === ',' && (lastCsvField(text, start, end) || cardColumn(text, start))) && !CARD_HASH_BEFORE.test(before(text, start, 16))) continue;
      // An unseparated digit run after "order #" is an id even if it happens to pass Luhn (1 in 10 do).
      if (/^\d+$/.test(raw) && (hasNegativeCue(text, start) || COMMIT_BEFORE.test(before(text, start, 16)))) continue;
      if (digits.length === SHORT_CARD_DIGITS && !CARD_CUE.test(before(text, start, 40))) continue;
      // "SA26 6203 7008 9152 4925 1473": the groups after an IBAN's country and check digits are its
      // account part, whatever they check to.
      if (IBAN_HEAD_BEFORE.test(text.slice(Math.max(0, start - IBAN_HEAD_REACH), start))) continue;
      out.push(spanAt('CARD', text, start, end));
    }
    gdsCards(text, out);
    return out;
  },
};
