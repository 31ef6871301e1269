/**
 * @module privacy/pii/place-gazetteer — a generic list of place names built from the runtime's own
 * locale data, so the name detector can tell "Nairobi said" from "Leilani said" without a hand-written
 * gazetteer (and without any value taken from the evaluation corpus).
 *
 * Sources: every ISO 3166 region name `Intl.DisplayNames` knows in English (~250 countries and
 * territories) and the city part of every IANA time zone (`Intl.supportedValuesOf('timeZone')`,
 * ~420 world cities such as "Helsinki", "Kolkata", "Buenos Aires"), and since 2026-11-25 the broad city
 * list in `world-cities.ts`. Words that are also listed given names ("Sofia", "Victoria"), and cities
 * that are listed surnames or world given names, are left out: the name lists decide those, and
 * `place-context.ts` reads them as places only in a place slot.
 */
import { WORLD_GIVEN_NAMES } from './given-names-world.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, SURNAMES } from './name-lexicon.js';
import { WORLD_CITIES } from './world-cities.js';

/** Letters of ISO 3166 alpha-2 codes; all 676 pairs are tried, unknown ones are skipped. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

let places: ReadonlySet<string> | undefined;

/** Region names in English, or nothing where the runtime has no locale data. */
function regionNames(): string[] {
  const out: string[] = [];
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return out;
  }
  for (const a of ALPHABET) {
    for (const b of ALPHABET) {
      try {
        const n = names.of(a + b);
        if (n) out.push(n);
      } catch {
        // Not a valid region code in this runtime.
      }
    }
  }
  return out;
}

/** City names from the IANA time-zone database ("America/Buenos_Aires" → "Buenos Aires"). */
function timeZoneCities(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  if (!supported) return [];
  return supported('timeZone').flatMap((z) => z.split('/').slice(1).map((p) => p.replace(/_/g, ' ')));
}

/**
 * The place names (as written, e.g. "Kenya", "Buenos Aires"), built once per process on first use
 * (0.1–0.4 s on the loaded bench machine).
 * @example placeNames().has('Helsinki') // true
 */
export function placeNames(): ReadonlySet<string> {
  if (places) return places;
  const set = new Set<string>();
  for (const n of [...regionNames(), ...timeZoneCities()]) {
    // "Congo - Kinshasa", "St. Helena": keep the plain name parts that look like a name run.
    for (const part of n.split(/\s+[-–&]\s+|,\s*|\s*\(|\)/)) {
      const p = part.trim();
      if (p && !FIRST_NAMES.has(p) && !AMBIGUOUS_FIRST_NAMES.has(p)) set.add(p);
    }
  }
  // The broad city list (2026-11-25), less cities that are also listed given names or surnames
  // ("Victoria", "Salvador", "Lincoln"): those are places only in a place slot (place-context.ts).
  for (const c of WORLD_CITIES) {
    if (!FIRST_NAMES.has(c) && !AMBIGUOUS_FIRST_NAMES.has(c) && !SURNAMES.has(c) && !WORLD_GIVEN_NAMES.has(c)) set.add(c);
  }
  places = set;
  return places;
}
