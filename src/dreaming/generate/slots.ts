/** @module dreaming/generate/slots — built-in, PII-free slot values shared by every scenario. */
import type { SeededRng } from '../../analytics/stats/random.js';
import type { SlotFiller } from './templates.js';

const CITIES = [
  'Lisbon', 'Denver', 'Toronto', 'Austin', 'Berlin', 'Lyon', 'Osaka', 'Melbourne', 'Dublin',
  'Chicago', 'Seattle', 'Madrid', 'Prague', 'Nairobi', 'São Paulo', 'Mumbai', 'Oslo', 'Boston',
  'Phoenix', 'Vancouver', 'Milan', 'Krakow', 'Singapore', 'Auckland',
] as const;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
] as const;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const RELATIVE_DAYS = [
  'yesterday', 'last week', 'two days ago', 'on Monday', 'last Friday', 'this morning',
  'a few days ago', 'over the weekend', 'earlier today', 'three weeks ago',
] as const;

/** Largest day-of-month we print, so every month is valid. */
const MAX_DAY_OF_MONTH = 28;
/** Order / reference numbers: letters + 5–6 digits, never mistaken for a phone number. */
const REF_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function amount(rng: SeededRng): string {
  // Log-uniform between ~$5 and ~$2,000: small purchases dominate, a few large ones.
  const value = Math.exp(Math.log(5) + rng.next() * Math.log(400));
  const cents = rng.chance(0.5) ? `.${String(rng.int(100)).padStart(2, '0')}` : '';
  const symbol = rng.pick(['$', '$', '$', '€', '£']);
  return `${symbol}${Math.round(value)}${cents}`;
}

/** 1 → 1st, 2 → 2nd, 11 → 11th, 23 → 23rd. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function date(rng: SeededRng): string {
  const style = rng.int(3);
  if (style === 0) return rng.pick(RELATIVE_DAYS);
  const month = rng.pick(MONTHS);
  const day = rng.intBetween(1, MAX_DAY_OF_MONTH);
  return style === 1 ? `${month} ${day}` : `the ${ordinal(day)} of ${month}`;
}

function reference(rng: SeededRng, prefix: string): string {
  const letter = REF_LETTERS[rng.int(REF_LETTERS.length)] ?? 'A';
  return `${prefix}${letter}${rng.intBetween(10000, 999999)}`;
}

function time(rng: SeededRng): string {
  const hour = rng.intBetween(8, 18);
  const minute = rng.pick(['00', '15', '30', '45']);
  return hour > 12 ? `${hour - 12}:${minute} pm` : `${hour}:${minute} ${hour === 12 ? 'pm' : 'am'}`;
}

/** Built-in slots: amount, date, order, ref, city, weekday, time, count, days. */
export const builtinSlots: SlotFiller = (slot, rng) => {
  switch (slot) {
    case 'amount':
      return amount(rng);
    case 'date':
      return date(rng);
    case 'order':
      return reference(rng, '#');
    case 'ref':
      return reference(rng, 'REF-');
    case 'city':
      return rng.pick(CITIES);
    case 'weekday':
      return rng.pick(WEEKDAYS);
    case 'time':
      return time(rng);
    case 'count':
      return String(rng.intBetween(2, 9));
    case 'days':
      return String(rng.intBetween(3, 21));
    default:
      return undefined;
  }
};

/** A filler that tries scenario slots first, then the built-ins. */
export function makeSlotFiller(scenarioSlots: Readonly<Record<string, readonly string[]>>): SlotFiller {
  return (slot, rng) => {
    const values = scenarioSlots[slot];
    if (values && values.length > 0) return rng.pick(values);
    return builtinSlots(slot, rng);
  };
}
