/** @module dreaming/generate/pii — fake but realistic PII (valid-Luhn cards, phone formats, addresses). */
import type { SeededRng } from '../../analytics/stats/random.js';
import type { PiiKind } from './types.js';

const FIRST_NAMES = [
  'Maria', 'James', 'Aisha', 'Chen', 'Olivia', 'Mateo', 'Priya', 'Lukas', 'Fatima', 'Noah',
  'Sofia', 'Kenji', 'Amara', 'Liam', 'Elena', 'Omar', 'Hannah', 'Diego', 'Ingrid', 'Tomás',
  'Grace', 'Ravi', 'Chloe', 'Samuel', 'Yuki', 'Nadia', 'Ethan', 'Zara', 'Pavel', 'Leah',
] as const;

const LAST_NAMES = [
  'Gonzalez', 'Smith', 'Okafor', 'Wang', 'Müller', 'Rossi', 'Patel', 'Kowalski', 'Haddad',
  'Johnson', 'Tanaka', 'Silva', 'Nguyen', 'Dubois', 'Andersen', 'Kim', 'Murphy', 'Novak',
  'Garcia', 'Brown', 'Ivanova', 'Mensah', 'Fischer', 'Costa', 'Larsen', 'Reyes',
] as const;

const STREETS = [
  'Maple', 'Oak', 'Cedar', 'Elm', 'Pine', 'Harbor', 'Sunset', 'Mill', 'Church', 'Lake',
  'Hillcrest', 'Park', 'River', 'Highland', 'Willow', 'Station',
] as const;
const STREET_SUFFIXES = ['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Boulevard', 'Court'] as const;
const ADDRESS_CITIES = [
  'Springfield, IL 62704', 'Portland, OR 97205', 'Austin, TX 78701', 'Columbus, OH 43215',
  'Raleigh, NC 27601', 'Madison, WI 53703', 'Tucson, AZ 85701', 'Albany, NY 12207',
] as const;
const EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'example.org'] as const;

/** Card prefixes of the major networks (Visa 4, Mastercard 51–55); 16 digits each. */
const CARD_PREFIXES = ['4', '51', '52', '53', '54', '55'] as const;
const CARD_LENGTH = 16;

/** A fake full name. */
export function fakeName(rng: SeededRng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

function asciiFold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A fake email, derived from a name when one is given. */
export function fakeEmail(rng: SeededRng, name = fakeName(rng)): string {
  const [first = 'user', last = 'name'] = asciiFold(name).split(' ');
  const local = rng.pick([`${first}.${last}`, `${first}${last}`, `${first[0] ?? 'x'}${last}`, `${first}_${last}${rng.int(100)}`]);
  return `${local}@${rng.pick(EMAIL_DOMAINS)}`;
}

/** A fake phone number in one of several common formats (US and international). */
export function fakePhone(rng: SeededRng): string {
  const area = rng.intBetween(201, 989);
  const line = String(rng.int(10000)).padStart(4, '0');
  const exchange = rng.intBetween(200, 989);
  switch (rng.int(4)) {
    case 0:
      return `(${area}) ${exchange}-${line}`;
    case 1:
      return `+1 ${area}-${exchange}-${line}`;
    case 2:
      return `${area}.${exchange}.${line}`;
    default:
      return `+44 20 ${rng.intBetween(7000, 8999)} ${line}`;
  }
}

/** Computes the Luhn check digit for a digit string. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A fake 16-digit card number that passes the Luhn check, grouped with spaces or dashes. */
export function fakeCard(rng: SeededRng): string {
  let digits = rng.pick(CARD_PREFIXES);
  while (digits.length < CARD_LENGTH - 1) digits += String(rng.int(10));
  digits += String(luhnCheckDigit(digits));
  const sep = rng.pick([' ', '-', '']);
  return sep === '' ? digits : (digits.match(/.{4}/g) ?? [digits]).join(sep);
}

/** A fake US street address. */
export function fakeAddress(rng: SeededRng): string {
  return `${rng.intBetween(12, 9800)} ${rng.pick(STREETS)} ${rng.pick(STREET_SUFFIXES)}, ${rng.pick(ADDRESS_CITIES)}`;
}

const PII_SENTENCES: Readonly<Record<PiiKind, readonly string[]>> = {
  email: [
    'My email is {v}.', 'You can reach me at {v}.', 'Please send the confirmation to {v}.',
    'The account email is {v}', 'email me at {v} if needed',
  ],
  phone: [
    'My phone number is {v}.', 'Call me back on {v}.', 'You can text me at {v}.',
    'my number is {v}', 'The phone on file should be {v}.',
  ],
  card: [
    'The card I used is {v}.', 'It was charged to my card {v}.', 'card number {v}',
    'I paid with {v}, if that helps.',
  ],
  name: ['My name is {v}.', 'This is {v} by the way.', "I'm {v}.", 'The account is under {v}.'],
  address: [
    'My address is {v}.', 'I live at {v}.', 'Ship it to {v} please.', 'The address on file is {v}.',
  ],
};

/** Every PII kind the generator embeds. */
export const PII_KINDS: readonly PiiKind[] = ['email', 'phone', 'card', 'name', 'address'];

/**
 * One sentence embedding one PII item of `kind`. With the user's `name`, names and emails are that
 * user's (as in real transcripts, where people give their own details).
 */
export function piiSentence({ rng, kind, name }: { rng: SeededRng; kind: PiiKind; name?: string | undefined }): string {
  const value =
    kind === 'email' ? fakeEmail(rng, name ?? fakeName(rng))
    : kind === 'phone' ? fakePhone(rng)
    : kind === 'card' ? fakeCard(rng)
    : kind === 'name' ? (name ?? fakeName(rng))
    : fakeAddress(rng);
  return rng.pick(PII_SENTENCES[kind]).replace('{v}', value);
}
