/** @module privacy/redactor — replaces detected PII with keyed pseudonyms; outputs never carry raw values. */
import type { KeyObject } from 'node:crypto';
import { createHmac } from 'node:crypto';
import { normalisePiiValue } from './normalise.js';
import { DEFAULT_PSEUDONYM_HEX, PseudonymTable, toSecretKey, type PseudonymSecret } from './pseudonym.js';
import type { NameScorerModel } from './pii/name-scorer.js';
import { detectPii } from './pii/runner.js';
import type { PiiDetector, PiiSpan, PiiType } from './pii/types.js';
import { winkWordLexicon, type WordLexicon } from './pii/word-lexicon.js';

/** Distinct normalised values whose digests a Redactor memoises before starting a fresh cache. */
const DEFAULT_CACHE_SIZE = 50_000;

/** One replaced span: positions in the ORIGINAL text, the type and the pseudonym — never the value. */
export interface RedactedSpan {
  readonly type: PiiType;
  readonly start: number;
  readonly end: number;
  readonly pseudonym: string;
}

/** Redacted text plus where each replacement came from. */
export interface RedactResult {
  readonly text: string;
  readonly spans: readonly RedactedSpan[];
}

/** Options shared by {@link redactText} and {@link Redactor}. */
export interface RedactOptions {
  /** Workspace secret for the HMAC (≥ 32 random bytes recommended). */
  readonly secret: PseudonymSecret;
  /** Names known to be people (e.g. the user's own name from session metadata). */
  readonly knownNames?: readonly string[];
  /** Only redact these types (default: all). */
  readonly types?: readonly PiiType[];
  /**
   * Everyday-word lexicon for name detection. Default: wink-nlp's English lexicon, loaded once per
   * process (~0.9 s). `null` selects the lexicon-free heuristic (faster start, lower name precision).
   */
  readonly lexicon?: WordLexicon | null;
}

/** Options for {@link Redactor}. */
export interface RedactorOptions extends RedactOptions {
  /** Replace the built-in detectors (e.g. add the optional wink-nlp name detector). */
  readonly detectors?: readonly PiiDetector[];
  /**
   * The learned name scorer (pii/name-scorer.ts). Default: the built-in model, with the lexicon. `null`
   * turns it off: about a third less CPU per message, and names in running prose are missed more often.
   */
  readonly nameScorer?: NameScorerModel | null;
  /** Shortest pseudonym, in hex characters (default 4). */
  readonly minHexLength?: number;
  /** Lengthened assignments saved from a previous `exportAssignments()` of this workspace. */
  readonly assignments?: Iterable<readonly [string, number]>;
  /** Memoised digests kept before the cache is reset (default 50,000). */
  readonly cacheSize?: number;
}

/** Splices pseudonyms into `text` for non-overlapping, sorted spans. */
function splice(text: string, spans: readonly PiiSpan[], pseudonyms: readonly string[]): string {
  let out = '';
  let at = 0;
  spans.forEach((s, i) => {
    out += text.slice(at, s.start) + (pseudonyms[i] ?? '');
    at = s.end;
  });
  return out + text.slice(at);
}

/**
 * A workspace's redactor: holds its secret (as a KeyObject, never exposed), a digest cache and one
 * pseudonym table, so the same value gets the same pseudonym in every text it redacts.
 * @example
 * const r = new Redactor({ secret: process.env.WORKSPACE_SECRET! });
 * r.redact('mail ana@example.com').text // 'mail <EMAIL_3f9a>'
 */
export class Redactor {
  readonly #key: KeyObject;
  readonly #knownNames: readonly string[];
  readonly #types: readonly PiiType[] | undefined;
  readonly #detectors: readonly PiiDetector[] | undefined;
  readonly #nameScorer: NameScorerModel | null | undefined;
  readonly #lexicon: WordLexicon | undefined;
  readonly #table: PseudonymTable;
  readonly #cacheSize: number;
  /** `${type}\0${normalised}` → digest. In-process only; never returned. */
  #digests = new Map<string, string>();

  constructor(options: RedactorOptions) {
    this.#key = toSecretKey(options.secret);
    this.#knownNames = options.knownNames ?? [];
    this.#types = options.types;
    this.#detectors = options.detectors;
    this.#nameScorer = options.nameScorer;
    this.#lexicon = options.lexicon === null ? undefined : (options.lexicon ?? winkWordLexicon());
    this.#cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
    this.#table = new PseudonymTable({
      minHex: options.minHexLength ?? DEFAULT_PSEUDONYM_HEX,
      ...(options.assignments ? { assignments: options.assignments } : {}),
    });
  }

  /** The pseudonym this workspace uses for `value` of `type`. */
  pseudonym(type: PiiType, value: string): string {
    const input = `${type}\u0000${normalisePiiValue(type, value)}`;
    let digest = this.#digests.get(input);
    if (digest === undefined) {
      digest = createHmac('sha256', this.#key).update(input).digest('hex');
      if (this.#digests.size >= this.#cacheSize) this.#digests = new Map();
      this.#digests.set(input, digest);
    }
    return this.#table.assign(type, digest);
  }

  /** Redacts one text; `knownNames` adds to the names given at construction. */
  redact(text: string, options: { knownNames?: readonly string[] } = {}): RedactResult {
    const knownNames = options.knownNames?.length ? [...this.#knownNames, ...options.knownNames] : this.#knownNames;
    const found = detectPii(text, {
      knownNames,
      ...(this.#types ? { types: this.#types } : {}),
      ...(this.#detectors ? { detectors: this.#detectors } : {}),
      ...(this.#nameScorer !== undefined ? { nameScorer: this.#nameScorer } : {}),
      ...(this.#lexicon ? { lexicon: this.#lexicon } : {}),
    });
    if (!found.length) return { text, spans: [] };
    const pseudonyms = found.map((s) => this.pseudonym(s.type, s.value));
    return {
      text: splice(text, found, pseudonyms),
      spans: found.map((s, i) => ({ type: s.type, start: s.start, end: s.end, pseudonym: pseudonyms[i] ?? '' })),
    };
  }

  /** Collision-lengthened assignments to persist with the workspace (digests only, no values). */
  exportAssignments(): Array<[string, number]> {
    return this.#table.exportAssignments();
  }

  /** Keeps the secret out of logs and `console.log(redactor)`. */
  toJSON(): { redactor: true } {
    return { redactor: true };
  }
}

/**
 * Redacts `text` in its own pseudonym context (collisions are resolved within this call only).
 * @example
 * redactText('Call me on +44 20 7946 0958', { secret: 'k' }).text // 'Call me on <PHONE_…>'
 */
export function redactText(text: string, options: RedactOptions): RedactResult {
  return new Redactor(options).redact(text);
}
