/** @module privacy/pii-corpus-values — seeded random PII values in varied real-world formats (for the eval corpus). */
import { INDEPENDENT2_NAMES } from './pii-corpus-independent-2.js';
import { INDEPENDENT_NAMES } from './pii-corpus-independent.js';
import { TUNING_NAMES } from './pii-corpus-tuning.js';
import { ibanRemainder } from './pii/checksums.js';
import { Rng } from './pii-corpus-rng.js';

/** Re-exported for the corpora that import it from here (new ones import pii-corpus-rng.ts). */
export { Rng };

/**
 * Name pools. `dev` is what the detectors were tuned on; `holdout` is used by the eval test (looked at
 * once mid-way, see docs/privacy.md); `fresh` was looked at once too; `unseen` was written before the
 * last round of detector changes and only run at the end.
 */
export const NAME_POOLS = {
  dev: {
    given: `Priya Wei Aisha Mateo Siobhan Kwame Yuki Lars Fatima Diego Ngozi Tomasz Ingrid Rahul Camille
      Oluwaseun Hamid Anneliese Thanh Bogdan Maria James Emily Carlos Sophie Daniel Olivia Mohammed Laura
      Jonas Keanu Svetlana Ayodele Marisol Farhan Eilidh Rohan Beatriz Kenji Amara`.split(/\s+/),
    family: `Raman Chen Okafor Garcia Müller Kowalski Nguyen Smith Johnson O'Brien Haddad Fernandes
      Lindqvist Takahashi Mensah Petrov Rossi Dubois Kaur Patel Abernathy Eze Castellanos Novotná`.split(/\s+/),
  },
  holdout: {
    given: `Aarav Chiara Tendai Mei Henrik Zainab Rafael Anja Kofi Lucía Dariusz Saoirse Hyun Nadia Imre
      Thabo Esperanza Ruslan Anika Michael Jennifer David Sarah Thomas Rachel Ahmed Elena Peter Hannah
      Malika Joaquín Bronwyn Desmond Ifeoma Quentin Leilani Stanislav Yasmin Caoimhe Emeka`.split(/\s+/),
    family: `Osei Ivanova Schmidt Brown Williams Yamamoto Novak Moreau Silva Khan Kim Park Hernández
      MacLeod Andersson Adeyemi Bianchi Horvath Costa Delacroix Nakamura Oyelaran Sørensen Quispe`.split(/\s+/),
  },
  fresh: {
    given: `Aleksandra Bartholomew Chidi Dagny Emre Farida Gaurav Hiroko Ilse Joon Kalani Lorenzo Mirela
      Nnamdi Orla Paulo Radhika Soren Tuan Ulla Valentina Wanjiru Xochitl Yiannis Zofia Robert Linda
      Kevin Jessica Richard Karen Andrew Nicole George Michelle Omar Sofia Teodora Ahanu Maelle`.split(/\s+/),
    family: `Achterberg Balogun Castañeda Dlamini Eriksen Fitzgerald Gallagher Haugen Iwasaki Jovanović
      Kariuki Lindgren Mbeki Nakashima Obi Pacheco Rasmussen Szabo Tran Umarov Vasquez Wójcik Yilmaz
      Zimmermann Jones Taylor Martin Lee Walker Wright`.split(/\s+/),
  },
  unseen: {
    given: `Amina Bjorn Cosmin Delphine Efua Fionn Gulnara Hamza Isidora Jarrah Keziah Luka Manon Nikhil
      Oyelade Pilar Quang Rosalind Sigrun Tamar Uriel Viktor Wren Xavier Yusuf Zuzana Barbara Steven
      Emma Brian Angela Patrick Helen Jason Rebecca Ali Maya Noor Tobias`.split(/\s+/),
    family: `Abubakar Bergström Cavanagh Deschamps Eklund Forsythe Gutiérrez Halvorsen Ibekwe Jankowski
      Keller Lombardi Mahlangu Nakagawa Oduya Pellegrini Rautio Sandoval Thorsen Uchenna Voss Whitfield
      Yamada Zielinski Davies Evans Robinson Hughes Scott`.split(/\s+/),
  },
  /** Written before the 2026-11-25 name-detector changes; never used for tuning. */
  independent: INDEPENDENT_NAMES,
  /** Written on 2026-11-25 to tune the name detector on instead of any evaluation split. */
  tuning: TUNING_NAMES,
  /** Written before the second round of 2026-11-25 name changes (pii-corpus-independent-2.ts). */
  independent2: INDEPENDENT2_NAMES,
} as const;

/** Corpus split: selects templates and name pools. */
export type CorpusSplit = keyof typeof NAME_POOLS;

/** A person name in one of several written forms. */
export function personName(rng: Rng, split: CorpusSplit): { text: string; full: string } {
  const pool = NAME_POOLS[split];
  const given = rng.pick(pool.given);
  const family = rng.pick(pool.family);
  const full = `${given} ${family}`;
  const form = rng.int(0, 9);
  if (form < 4) return { text: full, full };
  if (form < 7) return { text: given, full };
  if (form < 9) return { text: `${rng.pick(['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Mr', 'Ms', 'Dr'])} ${family}`, full };
  return { text: `${given} ${rng.pick(['de la', 'van der', 'da'])} ${family}`, full };
}

const LOCAL_SEPS = ['.', '_', '', '-'];
const DOMAINS = `gmail.com yahoo.co.uk outlook.com proton.me example.org acme-corp.io mail.uni-bonn.de
  web.de orange.fr icloud.com company.co fastmail.fm hotmail.com student.ucl.ac.uk`.split(/\s+/);

/** An e-mail address built from a name. */
export function email(rng: Rng, split: CorpusSplit): string {
  const pool = NAME_POOLS[split];
  const g = rng.pick(pool.given).normalize('NFD').replace(/[^A-Za-z]/g, '');
  const f = rng.pick(pool.family).normalize('NFD').replace(/[^A-Za-z]/g, '');
  const local = rng.pick([
    `${g}${rng.pick(LOCAL_SEPS)}${f}`,
    `${g[0] ?? 'x'}${f}${rng.int(1, 99)}`,
    `${g}+${rng.pick(['shop', 'news', 'orders'])}`,
    `${f}.${g}`,
  ]);
  const cased = rng.chance(0.2) ? local : local.toLowerCase();
  return `${cased}@${rng.pick(DOMAINS)}`;
}

/** NANP area/exchange code: first digit 2–9. */
const nxx = (rng: Rng): string => `${rng.int(2, 9)}${rng.digits(2)}`;

/** A phone number in one of many international and national formats. */
export function phone(rng: Rng): string {
  const r = rng;
  const formats: Array<() => string> = [
    () => `+1${nxx(r)}${nxx(r)}${r.digits(4)}`,
    () => `+44${r.pick(['20', '7700'])}${r.digits(r.chance(0.5) ? 8 : 6)}`,
    () => `+44 20 ${r.digits(4)} ${r.digits(4)}`,
    () => `+44 7${r.digits(3)} ${r.digits(6)}`,
    () => `+33 ${r.int(1, 7)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+49 30 ${r.digits(8)}`,
    () => `+1 ${nxx(r)}-${nxx(r)}-${r.digits(4)}`,
    () => `+1 (${nxx(r)}) ${nxx(r)}-${r.digits(4)}`,
    () => `+34 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+91 9${r.digits(4)} ${r.digits(5)}`,
    () => `+61 4 ${r.digits(4)} ${r.digits(4)}`,
    () => `+81 90-${r.digits(4)}-${r.digits(4)}`,
    () => `(${nxx(r)}) ${nxx(r)}-${r.digits(4)}`,
    () => `${nxx(r)}-${nxx(r)}-${r.digits(4)}`,
    () => `${nxx(r)}.${nxx(r)}.${r.digits(4)}`,
    () => `${nxx(r)} ${nxx(r)} ${r.digits(4)}`,
    () => `1-800-${nxx(r)}-${r.digits(4)}`,
    () => `020 ${r.digits(4)} ${r.digits(4)}`,
    () => `07${r.digits(3)} ${r.digits(6)}`,
    () => `0161 ${r.digits(3)} ${r.digits(4)}`,
    () => `0${r.int(1, 7)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `0${r.int(1, 7)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`,
    () => `030 ${r.digits(8)}`,
    () => `0151 ${r.digits(8)}`,
    () => `0044 20 ${r.digits(4)} ${r.digits(4)}`,
  ];
  return r.pick(formats)();
}

/** Appends the Luhn check digit. */
export function withLuhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** A Luhn-valid card number (Visa, Mastercard, Amex, Discover) printed grouped, dashed or plain. */
export function card(rng: Rng): string {
  const kind = rng.int(0, 3);
  if (kind === 2) {
    const n = withLuhn(`${rng.pick(['34', '37'])}${rng.digits(12)}`);
    const sep = rng.pick([' ', '-', '']);
    return sep ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n;
  }
  const prefix = kind === 0 ? '4' : kind === 1 ? `5${rng.int(1, 5)}` : '6011';
  const n = withLuhn(prefix + rng.digits(15 - prefix.length));
  const sep = rng.pick([' ', '-', '', ' ']);
  return sep ? (n.match(/.{4}/g) ?? []).join(sep) : n;
}

/** BBAN layouts: d = digit, a = upper-case letter, c = alphanumeric. */
const BBAN: Readonly<Record<string, string>> = {
  DE: 'dddddddddddddddddd', GB: 'aaaadddddddddddddd', FR: 'ddddddddddccccccccccddd',
  ES: 'dddddddddddddddddddd', NL: 'aaaadddddddddd', IT: 'addddddddddcccccccccccc',
  BE: 'dddddddddddd', CH: 'ddddddddddddddddd', AT: 'dddddddddddddddd', PL: 'dddddddddddddddddddddddd',
};
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A valid IBAN (correct mod-97 check digits), compact or in groups of four. */
export function iban(rng: Rng): string {
  const country = rng.pick(Object.keys(BBAN));
  const bban = [...(BBAN[country] ?? '')]
    .map((k) => (k === 'd' ? rng.digits(1) : k === 'a' ? rng.pick([...ALNUM.slice(0, 26)]) : rng.pick([...ALNUM])))
    .join('');
  const check = String(98 - ibanRemainder(`${country}00${bban}`)).padStart(2, '0');
  const compact = `${country}${check}${bban}`;
  return rng.chance(0.5) ? compact : (compact.match(/.{1,4}/g) ?? []).join(' ');
}

/** A valid US SSN (dash, space or plain) or UK NI number. `plain` forms need a cue in the sentence. */
export function nationalId(rng: Rng, allowPlain: boolean): string {
  if (rng.chance(0.25)) {
    const prefix = rng.pick(['AB', 'CE', 'JK', 'PR', 'SW', 'ZA', 'HT', 'MA', 'LE', 'WP', 'YR', 'EH']);
    const d = rng.digits(6);
    const s = rng.pick([...'ABCD']);
    return rng.chance(0.5) ? `${prefix}${d}${s}` : `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`;
  }
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const parts = [String(area).padStart(3, '0'), String(rng.int(1, 99)).padStart(2, '0'), String(rng.int(1, 9999)).padStart(4, '0')];
  return parts.join(rng.pick(allowPlain ? ['-', ' ', '', '-'] : ['-', ' ', '-']));
}

/** An IPv4 or IPv6 address (full, compressed, upper-case). */
export function ip(rng: Rng): string {
  const kind = rng.int(0, 4);
  if (kind <= 1) return [rng.pick([10, 172, 192, 81, 203, 45]), rng.int(0, 255), rng.int(0, 255), rng.int(1, 254)].join('.');
  const g = (): string => rng.int(0, 0xffff).toString(16);
  if (kind === 2) return ['2001', 'db8', g(), g(), g(), g(), g(), g()].join(':');
  if (kind === 3) return `${rng.pick(['2001:db8', 'fe80', '2a02:1810'])}::${g()}:${g()}`;
  return ['2001', '0DB8', g(), '0000', '0000', g(), g(), g()].map((x) => x.toUpperCase().padStart(4, '0')).join(':');
}

const STREETS = `Maple Oak Baker Elm Pine Cedar Highland Sunset Church High Station Victoria Mill Park Willow
  Chestnut Lakeview Riverside Hawthorn Kingsley Orchard Meadow Spring Windsor`.split(/\s+/);
const SUFFIXES = `Street St St. Avenue Ave Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Place Way Close
  Crescent Terrace Parkway`.split(/\s+/);
const US_CITIES = ['Springfield', 'Portland', 'Austin', 'Denver', 'Boston', 'Seattle', 'San Jose', 'Ann Arbor'];
const STATES = ['IL', 'OR', 'TX', 'CO', 'MA', 'WA', 'CA', 'MI', 'NY'];
const UK_CITIES = ['Manchester', 'Leeds', 'Bristol', 'London', 'Glasgow', 'Cardiff', 'York'];
const UNITS = ['Apt 4B', 'Suite 210', 'Unit 7', 'Apt. 12', '#305'];

const upper = (rng: Rng): string => rng.pick([...'ABCDEFGHJKLMNPRSTUWY']);
const ukPostcode = (rng: Rng): string =>
  `${upper(rng)}${rng.chance(0.5) ? upper(rng) : ''}${rng.int(1, 20)} ${rng.int(1, 9)}${upper(rng)}${upper(rng)}`;

/** A US or UK street address with optional unit and city/state/ZIP or postcode. */
export function address(rng: Rng): string {
  const num = rng.chance(0.1) ? `${rng.int(1, 300)}${rng.pick(['A', 'B'])}` : String(rng.int(1, 9999));
  const name = rng.chance(0.15) ? `${rng.pick(['5th', '42nd', '3rd', '1st'])}` : rng.pick(STREETS);
  const two = rng.chance(0.2) ? `${rng.pick(['North', 'Old', 'West', 'Lower'])} ` : '';
  const street = `${num} ${two}${name} ${rng.pick(SUFFIXES)}`;
  const unit = rng.chance(0.25) ? `, ${rng.pick(UNITS)}` : '';
  const tail = rng.int(0, 3);
  if (tail === 0) return `${street}${unit}, ${rng.pick(US_CITIES)}, ${rng.pick(STATES)} ${rng.digits(5)}`;
  if (tail === 1) return `${rng.chance(0.3) ? `Flat ${rng.int(1, 20)}, ` : ''}${street}, ${rng.pick(UK_CITIES)} ${ukPostcode(rng)}`;
  if (tail === 2) return `${street}${unit}`;
  return `${street}${unit} ${rng.pick(US_CITIES)} ${rng.pick(STATES)} ${rng.digits(5)}-${rng.digits(4)}`;
}

const MONTH_NAMES = `January February March April May June July August September October November December`.split(' ');
const ordinal = (d: number): string =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A calendar date in one of nine written formats (used for birth dates and for non-birth negatives). */
export function date(rng: Rng, years: readonly [number, number] = [1940, 2006]): string {
  const y = rng.int(years[0], years[1]);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const month = MONTH_NAMES[m - 1] ?? 'May';
  return rng.pick([
    `${y}-${mm}-${dd}`,
    `${dd}/${mm}/${y}`,
    `${mm}/${dd}/${y}`,
    `${dd}.${mm}.${y}`,
    `${month} ${d}, ${y}`,
    `${d} ${month} ${y}`,
    `${ordinal(d)} ${month} ${y}`,
    `${month.slice(0, 3)} ${d} ${y}`,
    `${dd}-${mm}-${y}`,
  ]);
}
