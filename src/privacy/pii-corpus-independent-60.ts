/**
 * @module privacy/pii-corpus-independent-60 — blind labelled PII evaluation split #60 (hospitality).
 *
 * WRITTEN BLIND. While writing this split its author opened only: `src/privacy/pii-corpus-rng.ts` (the
 * `Rng` class), `src/privacy/pii-corpus-checks.ts` (Luhn / IBAN helpers and `IBAN_LENGTHS`), the `PiiType`
 * union in `src/privacy/pii/types.ts`, the first 30 lines of `src/privacy/pii-corpus.ts` (`PiiLabel`,
 * `PiiCorpusEntry`), `test/support/pii-blind-checks.ts`, `tsconfig.json` and `package.json`. The detector,
 * its tests, the other corpora and their value pools, the docs and the git history were NOT read, and the
 * detector was never run on this text. Every name, address, template and value here was invented for it.
 *
 * Seeds: {@link INDEPENDENT60_SEEDS} (600001, 600002, 600003); each seed yields whole documents until at
 * least {@link INDEPENDENT60_MIN_INSTANCES} labels exist, deterministically.
 *
 * Contents: hotels, hostels and short-term rentals — front-desk chats and call notes (with spoken e-mails
 * and numbers), booking / channel-manager confirmations, guest registration cards and police / guest-register
 * exports, check-in messages with door codes, housekeeping / maintenance tickets, lost-and-found, damage and
 * deposit disputes, host–guest platform threads, folios and invoices, chargebacks and refunds, plus agent /
 * customer-service material (accounts, payouts, tax forms, access logs with IPs). About one document in ten
 * is a hard negative full of traps (eponymous brands, places, diseases and laws, booking / case / tracking
 * numbers, hashes, versions, Luhn-invalid card-like numbers, bad IBANs, EINs, routing numbers, non-birth
 * dates); such distractors are also sprinkled through the labelled documents. Names come from ~40 cultures.
 *
 * Labelling conventions:
 * - PERSON: human beings only; honorifics (Mr., Dr., Frau, Sra., 様, さん, 씨 …) and possessive 's outside the
 *   span; initials+surname, surname-only, given-only, ALL CAPS, lower-case and "Surname, Given" forms are
 *   labelled, one label per contiguous name. Brands, software, places, pets, ships, storms, streets / rooms /
 *   buildings named after people, eponymous diseases / laws / awards and @handles are not labelled; a name
 *   inside an e-mail address is not labelled.
 * - EMAIL: every address, role addresses included; spoken addresses in transcripts labelled as the whole
 *   spoken span.
 * - PHONE: the number only (extension outside); spoken numbers labelled; masked numbers not.
 * - CARD: full Luhn-valid numbers of real network shapes, any grouping; Luhn-invalid / masked unlabelled.
 * - IBAN: checksum-valid, right length, any grouping or case; invalid ones unlabelled.
 * - NATIONAL_ID: valid US SSNs only; masked SSNs, ITIN-like 9xx numbers and other countries' ids unlabelled.
 * - IP: every IPv4 / IPv6 address; port and brackets outside; version strings are not IPs.
 * - ADDRESS: one label per full postal address, multi-line addresses from the first street / building /
 *   PO-box line to the last postcode / city / country line; the recipient is a separate PERSON; company
 *   lines, city-only mentions, directions, rooms and landmarks unlabelled (a leading 〒 mark is outside).
 * - DOB: a person's date of birth only; cue words outside; other dates unlabelled.
 * - Values split by a line break or hyphenation are not labelled.
 */
import type { PiiCorpusEntry, PiiLabel } from './pii-corpus.js';
import { IBAN_LENGTHS, ibanMod97Valid, luhnValid } from './pii-corpus-checks.js';
import { Rng } from './pii-corpus-rng.js';
import type { PiiType } from './pii/types.js';

export const INDEPENDENT60_SEEDS = [600001, 600002, 600003] as const;
export const INDEPENDENT60_MIN_INSTANCES = 2400;

/** A label of this split: also carries the exact text of its span. */
export type Independent60Label = PiiLabel & { readonly value: string };
/** One document of this split. */
export type Independent60Entry = PiiCorpusEntry & { readonly labels: readonly Independent60Label[] };

/** Builds a document, recording label offsets as text is appended. */
class Doc {
  text = '';
  readonly labels: Independent60Label[] = [];
  readonly known: string[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  l(type: PiiType, value: string): this {
    if (value === '' || value.trim() !== value) throw new Error(`untrimmed ${type} span ${JSON.stringify(value)}`);
    const start = this.text.length;
    this.text += value;
    this.labels.push({ type, start, end: this.text.length, value });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------- helpers
const S = (s: string): string[] => s.split(',').map((x) => x.trim());
const p2 = (n: number): string => String(n).padStart(2, '0');
const p3 = (n: number): string => String(n).padStart(3, '0');
const p4 = (n: number): string => String(n).padStart(4, '0');
const UP = 'ABCDEFGHJKLMNPRSTUVWXYZ';
function letters(r: Rng, n: number, from = UP): string {
  let s = '';
  for (let i = 0; i < n; i++) s += from.charAt(r.int(0, from.length - 1));
  return s;
}
function nz(r: Rng, n: number): string {
  return String(r.int(1, 9)) + r.digits(n - 1);
}
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıİ]/g, 'i')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

const MONTHS: Record<string, string[]> = {
  en: S('January,February,March,April,May,June,July,August,September,October,November,December'),
  de: S('Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember'),
  fr: S('janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre'),
  es: S('enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre'),
  it: S('gennaio,febbraio,marzo,aprile,maggio,giugno,luglio,agosto,settembre,ottobre,novembre,dicembre'),
  pt: S('janeiro,fevereiro,março,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro'),
  nl: S('januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december'),
  sv: S('januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december'),
};
const mon = (lang: string, m: number): string => (MONTHS[lang] ?? MONTHS.en ?? [])[m - 1] ?? 'May';
const ord = (d: number): string =>
  d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';

type DateFmt = (r: Rng, y: number, m: number, d: number) => string;
const dUS: DateFmt = (r, y, m, d) =>
  r.pick([`${m}/${d}/${y}`, `${p2(m)}/${p2(d)}/${y}`, `${mon('en', m)} ${d}, ${y}`, `${mon('en', m).slice(0, 3)} ${d}, ${y}`]);
const dGB: DateFmt = (r, y, m, d) =>
  r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mon('en', m)} ${y}`, `${d}${ord(d)} ${mon('en', m)} ${y}`, `${d} ${mon('en', m).slice(0, 3)} ${y}`]);
const dDE: DateFmt = (r, y, m, d) => r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}.${m}.${y}`, `${d}. ${mon('de', m)} ${y}`]);
const dFR: DateFmt = (r, y, m, d) => r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d === 1 ? '1er' : d} ${mon('fr', m)} ${y}`]);
const dES: DateFmt = (r, y, m, d) => r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mon('es', m)} de ${y}`]);
const dIT: DateFmt = (r, y, m, d) => r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${mon('it', m)} ${y}`]);
const dPT: DateFmt = (r, y, m, d) => r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} de ${mon('pt', m)} de ${y}`]);
const dNL: DateFmt = (r, y, m, d) => r.pick([`${p2(d)}-${p2(m)}-${y}`, `${d} ${mon('nl', m)} ${y}`]);
const dSE: DateFmt = (r, y, m, d) => r.pick([`${y}-${p2(m)}-${p2(d)}`, `${d} ${mon('sv', m)} ${y}`]);
const dDot: DateFmt = (_r, y, m, d) => `${p2(d)}.${p2(m)}.${y}`;
const dFI: DateFmt = (_r, y, m, d) => `${d}.${m}.${y}`;
const dCZ: DateFmt = (_r, y, m, d) => `${d}. ${m}. ${y}`;
const dSlash: DateFmt = (_r, y, m, d) => `${d}/${m}/${y}`;
const dJP: DateFmt = (r, y, m, d) => r.pick([`${y}年${m}月${d}日`, `${y}/${p2(m)}/${p2(d)}`]);
const dKR: DateFmt = (r, y, m, d) => r.pick([`${y}년 ${m}월 ${d}일`, `${y}.${p2(m)}.${p2(d)}`]);
const dCA: DateFmt = (r, y, m, d) => r.pick([`${y}-${p2(m)}-${p2(d)}`, `${mon('en', m)} ${d}, ${y}`]);
const dISO: DateFmt = (_r, y, m, d) => `${y}-${p2(m)}-${p2(d)}`;

// ---------------------------------------------------------------------------------------------- countries
interface Country {
  readonly cc: string;
  readonly name: string;
  readonly phone: (r: Rng) => string;
  readonly addr: (r: Rng) => string[];
  readonly date: DateFmt;
}

const US_STREETS = S('Maple Ave,Juniper St,Old Mill Rd,Harbor View Dr,Linden Ln,Wexford Ct,Cedar Hollow Rd,Pinecrest Blvd,Tamarack Way,Willow Bend Dr,E 14th St,W Division St,Magnolia Ter,Sycamore Pl,Quarry Hill Rd,Bayberry Cir');
const US_CITIES: [string, string, string][] = [
  ['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Denver', 'CO', '802'], ['Savannah', 'GA', '314'], ['Asheville', 'NC', '288'],
  ['Burlington', 'VT', '054'], ['Santa Fe', 'NM', '875'], ['Charleston', 'SC', '294'], ['Madison', 'WI', '537'], ['Boise', 'ID', '837'],
  ['Tucson', 'AZ', '857'], ['Providence', 'RI', '029'], ['Ann Arbor', 'MI', '481'], ['Duluth', 'MN', '558'], ['Sarasota', 'FL', '342'],
  ['Bozeman', 'MT', '597'], ['Fresno', 'CA', '937'], ['Worcester', 'MA', '016'],
];
const US_AREAS = S('212,312,415,617,702,305,206,512,404,720,503,808,971,843,919,608,828,520');
function nanp(r: Rng, areas: string[]): string {
  const a = r.pick(areas);
  const x = `${r.int(2, 9)}${r.digits(2)}`;
  const n = r.digits(4);
  return r.pick([`(${a}) ${x}-${n}`, `${a}-${x}-${n}`, `${a}.${x}.${n}`, `+1 ${a} ${x} ${n}`, `+1 (${a}) ${x}-${n}`, `1-${a}-${x}-${n}`, `+1-${a}-${x}-${n}`]);
}
const CA_LET = 'ABCEGHJKLMNPRSTVWXYZ';

const COUNTRIES: Record<string, Country> = {
  US: {
    cc: 'US', name: 'USA', date: dUS, phone: (r) => nanp(r, US_AREAS),
    addr: (r) => {
      const [city, st, zp] = r.pick(US_CITIES);
      const first = r.chance(0.1) ? `PO Box ${r.int(10, 9999)}` : `${r.int(3, 9899)} ${r.pick(US_STREETS)}${r.chance(0.3) ? r.pick([', Apt ', ' Unit ', ' #', ', Suite ']) + r.int(1, 40) + r.pick(['', 'B', 'C']) : ''}`;
      const lines = [first, `${city}, ${st} ${zp}${r.digits(2)}${r.chance(0.15) ? '-' + r.digits(4) : ''}`];
      if (r.chance(0.25)) lines.push(r.pick(['USA', 'United States']));
      return lines;
    },
  },
  CA: {
    cc: 'CA', name: 'Canada', date: dCA, phone: (r) => nanp(r, S('604,514,416,780,902,613')),
    addr: (r) => {
      const [city, pr, pc] = r.pick<[string, string, string]>([['Vancouver', 'BC', 'V6'], ['Montréal', 'QC', 'H2'], ['Toronto', 'ON', 'M5'], ['Edmonton', 'AB', 'T5'], ['Halifax', 'NS', 'B3'], ['Ottawa', 'ON', 'K1']]);
      return [`${r.int(10, 4999)} ${r.pick(S('Robson St,Rue Saint-Denis,Queen St W,Jasper Ave,Barrington St,Bank St,Rue Rachel E'))}${r.chance(0.3) ? ', Suite ' + r.int(100, 1900) : ''}`,
        `${city} ${pr}  ${pc}${letters(r, 1, CA_LET)} ${r.int(0, 9)}${letters(r, 1, CA_LET)}${r.int(0, 9)}`.replace('  ', ' '), ...(r.chance(0.4) ? ['Canada'] : [])];
    },
  },
  GB: {
    cc: 'GB', name: 'United Kingdom', date: dGB,
    phone: (r) => r.pick([`07${r.int(400, 999)} ${r.digits(6)}`, `+44 7${r.int(400, 999)} ${r.digits(6)}`, `020 ${r.pick(['7', '3', '8'])}${r.digits(3)} ${r.digits(4)}`, `+44 20 ${r.pick(['7', '3'])}${r.digits(3)} ${r.digits(4)}`, `0161 ${r.digits(3)} ${r.digits(4)}`, `+44 (0)117 ${r.digits(3)} ${r.digits(4)}`, `01904 ${r.digits(6)}`]),
    addr: (r) => {
      const [town, out] = r.pick<[string, string]>([['Leeds', 'LS6'], ['Bristol', 'BS8'], ['York', 'YO31'], ['Norwich', 'NR2'], ['Cardiff', 'CF24'], ['Edinburgh', 'EH9'], ['Bath', 'BA2'], ['Brighton', 'BN2'], ['Manchester', 'M20'], ['Glasgow', 'G12'], ['Sheffield', 'S7'], ['Exeter', 'EX4'], ['London', 'SE15'], ['London', 'N16']]);
      const pc = `${out} ${r.int(1, 9)}${letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}`;
      const st = `${r.chance(0.25) ? `Flat ${r.int(1, 12)}, ` : ''}${r.int(1, 240)} ${r.pick(S('Hollybank Road,Beechwood Close,Marlowe Crescent,Church Lane,Kingsley Gardens,Tanner Street,Mill Race View,Orchard Rise,Cowley Road,Station Approach'))}`;
      const lines = r.chance(0.5) ? [st, town, pc] : [st, `${town} ${pc}`];
      if (r.chance(0.3)) lines.push(r.pick(['United Kingdom', 'UK']));
      return lines;
    },
  },
  IE: {
    cc: 'IE', name: 'Ireland', date: dGB,
    phone: (r) => { const m = r.pick(['83', '85', '86', '87', '89']); return r.pick([`0${m} ${r.digits(3)} ${r.digits(4)}`, `+353 ${m} ${r.digits(3)} ${r.digits(4)}`, `+353 1 ${r.digits(3)} ${r.digits(4)}`, `(01) ${r.digits(3)} ${r.digits(4)}`]); },
    addr: (r) => {
      const [town, k] = r.pick<[string, string]>([['Dublin 6', 'D06'], ['Galway', 'H91'], ['Cork', 'T12'], ['Limerick', 'V94'], ['Kilkenny', 'R95'], ['Westport, Co. Mayo', 'F28']]);
      return [`${r.int(1, 90)} ${r.pick(S('Ranelagh Road,Strand Street,Oakpark Avenue,Salthill Promenade,Sráid an Mhuilinn,Rose Inn Street'))}`, town, `${k} ${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.int(0, 9)}${letters(r, 1, 'ACDEFHKNPRTVWXY')}${r.int(0, 9)}`];
    },
  },
  DE: {
    cc: 'DE', name: 'Deutschland', date: dDE,
    phone: (r) => r.pick([`0151 ${r.digits(8)}`, `+49 151 ${r.digits(8)}`, `030 ${nz(r, 8)}`, `+49 30 ${nz(r, 8)}`, `+49 (0)89 ${nz(r, 7)}`, `0176/${r.digits(8)}`, `0221 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [city, pre] = r.pick<[string, string]>([['Berlin', '10'], ['München', '80'], ['Hamburg', '20'], ['Köln', '50'], ['Leipzig', '04'], ['Freiburg im Breisgau', '79'], ['Dresden', '01'], ['Münster', '48']]);
      const lines = [`${r.pick(S('Lindenstraße,Am Kirchberg,Schillerstraße,Hauptstraße,Mühlenweg,Bergmannstraße,Rosenthaler Straße,Eichendorffweg,Kastanienallee,Zum Steinbruch'))} ${r.int(1, 140)}${r.pick(['', '', 'a', 'b'])}`, `${pre}${r.digits(3)} ${city}`];
      if (r.chance(0.2)) lines.push(r.pick(['Deutschland', 'Germany']));
      return lines;
    },
  },
  AT: {
    cc: 'AT', name: 'Österreich', date: dDE,
    phone: (r) => r.pick([`+43 664 ${r.digits(7)}`, `0664 ${r.digits(3)} ${r.digits(4)}`, `+43 1 ${nz(r, 7)}`, `0650/${r.digits(7)}`]),
    addr: (r) => {
      const [pc, city] = r.pick<[string, string]>([[`1${p2(r.int(1, 23))}0`, 'Wien'], ['5020', 'Salzburg'], ['8010', 'Graz'], ['6020', 'Innsbruck']]);
      return [`${r.pick(S('Mariahilfer Straße,Getreidegasse,Herrengasse,Landstraßer Hauptstraße,Burggasse'))} ${r.int(1, 120)}${r.chance(0.5) ? '/' + r.int(1, 24) : ''}`, `${pc} ${city}`, ...(r.chance(0.3) ? ['Austria'] : [])];
    },
  },
  CH: {
    cc: 'CH', name: 'Schweiz', date: dDE,
    phone: (r) => r.pick([`+41 79 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `079 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+41 44 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `022 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [pc, city] = r.pick<[string, string]>([['8001', 'Zürich'], ['8008', 'Zürich'], ['1204', 'Genève'], ['6900', 'Lugano'], ['3011', 'Bern'], ['4051', 'Basel']]);
      return [`${r.pick(S('Bahnhofstrasse,Seefeldstrasse,Rue du Rhône,Via Nassa,Kramgasse,Spalenberg'))} ${r.int(1, 90)}`, `${pc} ${city}`, ...(r.chance(0.3) ? ['Switzerland'] : [])];
    },
  },
  FR: {
    cc: 'FR', name: 'France', date: dFR,
    phone: (r) => { const g = (): string => `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`; return r.pick([`06 ${g()}`, `07 ${g()}`, `+33 6 ${g()}`, `01 ${g()}`, `+33 (0)1 ${g()}`, `06.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`, `04 ${g()}`]); },
    addr: (r) => {
      const [city, cp] = r.pick<[string, string]>([['Paris', `750${p2(r.int(1, 20))}`], ['Lyon', `6900${r.int(1, 9)}`], ['Marseille', `130${p2(r.int(1, 16))}`], ['Bordeaux', '33000'], ['Nantes', '44000'], ['Lille', '59000'], ['Toulouse', '31000'], ['Nice', '06000'], ['Strasbourg', '67000']]);
      const lines = [`${r.int(1, 160)}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(S('rue des Lilas,avenue Jean Médecin,boulevard Voltaire,rue de la République,impasse des Tilleuls,allée des Peupliers,quai de la Fosse,rue Sainte-Catherine,rue du Faubourg Saint-Antoine'))}`, `${cp} ${city}`];
      if (r.chance(0.2)) lines.unshift(`Résidence Les ${r.pick(['Glycines', 'Mouettes', 'Châtaigniers'])}, bât. ${r.pick(['A', 'B', 'C'])}`);
      if (r.chance(0.3)) lines.push('France');
      return lines;
    },
  },
  BE: {
    cc: 'BE', name: 'Belgique', date: dFR,
    phone: (r) => r.pick([`+32 47${r.int(0, 9)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `047${r.int(0, 9)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+32 2 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `09 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [pc, city] = r.pick<[string, string]>([['1000', 'Bruxelles'], ['2000', 'Antwerpen'], ['9000', 'Gent'], ['1050', 'Ixelles'], ['4000', 'Liège'], ['8000', 'Brugge']]);
      return [`${r.pick(S('Rue Haute,Meir,Chaussée de Waterloo,Korenmarkt,Avenue Louise,Langestraat'))} ${r.int(1, 300)}${r.chance(0.4) ? '/' + r.int(1, 12) : ''}`, `${pc} ${city}`];
    },
  },
  NL: {
    cc: 'NL', name: 'Nederland', date: dNL,
    phone: (r) => r.pick([`06-${r.digits(8)}`, `+31 6 ${r.digits(8)}`, `+31 20 ${r.digits(3)} ${r.digits(4)}`, `020-${nz(r, 7)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [city, pre] = r.pick<[string, string]>([['Amsterdam', '10'], ['Utrecht', '35'], ['Rotterdam', '30'], ['Den Haag', '25'], ['Groningen', '97'], ['Haarlem', '20']]);
      return [`${r.pick(S('Prinsengracht,Oudegracht,Nieuwe Binnenweg,Lange Voorhout,Vismarkt,Zaagmolenkade'))} ${r.int(1, 400)}${r.pick(['', '', '-hs', '-2', 'B'])}`, `${pre}${r.digits(2)} ${letters(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')} ${city}`, ...(r.chance(0.2) ? ['Nederland'] : [])];
    },
  },
  ES: {
    cc: 'ES', name: 'España', date: dES,
    phone: (r) => r.pick([`+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+34 93 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `6${r.digits(8)}`]),
    addr: (r) => {
      const [pre, city] = r.pick<[string, string]>([['28', 'Madrid'], ['08', 'Barcelona'], ['41', 'Sevilla'], ['46', 'València'], ['15', 'Santiago de Compostela'], ['29', 'Málaga']]);
      return [`${r.pick(S('Calle de Alcalá,Carrer de Verdi,Avenida de la Constitución,Calle Mayor,Paseo de Gracia,Calle San Fernando,Rúa do Franco'))}, ${r.int(1, 200)}${r.chance(0.6) ? `, ${r.int(1, 8)}º ${r.pick(['izq.', 'dcha.', 'B', '2ª'])}` : ''}`, `${pre}${p3(r.int(1, 80))} ${city}`];
    },
  },
  PT: {
    cc: 'PT', name: 'Portugal', date: dPT,
    phone: (r) => r.pick([`+351 9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `9${r.pick(['1', '2', '3', '6'])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`, `21 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [city, pre] = r.pick<[string, string]>([['Lisboa', '1'], ['Porto', '4'], ['Coimbra', '3'], ['Faro', '8']]);
      return [`${r.pick(S('Rua Augusta,Rua de Santa Catarina,Avenida da Liberdade,Travessa do Carmo,Rua das Flores'))} ${r.int(1, 300)}${r.chance(0.5) ? `, ${r.int(1, 6)}.º ${r.pick(['Esq.', 'Dto.'])}` : ''}`, `${pre}${r.digits(3)}-${r.digits(3)} ${city}`];
    },
  },
  IT: {
    cc: 'IT', name: 'Italia', date: dIT,
    phone: (r) => r.pick([`+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `3${r.digits(2)} ${r.digits(7)}`, `+39 02 ${r.digits(4)} ${r.digits(4)}`, `06 ${r.digits(4)} ${r.digits(4)}`, `055 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [pre, city, pv] = r.pick<[string, string, string]>([['00', 'Roma', 'RM'], ['20', 'Milano', 'MI'], ['40', 'Bologna', 'BO'], ['50', 'Firenze', 'FI'], ['80', 'Napoli', 'NA'], ['30', 'Venezia', 'VE']]);
      return [`${r.pick(S('Via dei Coronari,Corso Buenos Aires,Via San Vitale,Piazza Santo Spirito,Via Toledo,Viale Gramsci'))} ${r.int(1, 150)}${r.chance(0.2) ? '/' + r.pick(['A', 'B']) : ''}`, `${pre}1${p2(r.int(0, 99))} ${city} ${r.chance(0.6) ? pv : `(${pv})`}`];
    },
  },
  SE: {
    cc: 'SE', name: 'Sverige', date: dSE,
    phone: (r) => r.pick([`070-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+46 70 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`, `+46 8 ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`]),
    addr: (r) => {
      const [city, pre] = r.pick<[string, string]>([['Stockholm', '11'], ['Göteborg', '41'], ['Malmö', '21'], ['Uppsala', '75']]);
      return [`${r.pick(S('Götgatan,Drottninggatan,Linnégatan,Storgatan,Kungsportsavenyen'))} ${r.int(1, 90)}${r.pick(['', 'A', 'B'])}`, `${pre}${r.int(1, 9)} ${r.digits(2)} ${city}`];
    },
  },
  NO: {
    cc: 'NO', name: 'Norge', date: dDot,
    phone: (r) => r.pick([`+47 ${r.pick(['9', '4'])}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`, `${r.pick(['9', '4'])}${r.digits(2)} ${r.digits(2)} ${r.digits(3)}`, `22 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [pre, city] = r.pick<[string, string]>([['0', 'Oslo'], ['5', 'Bergen'], ['7', 'Trondheim']]);
      return [`${r.pick(S('Thorvald Meyers gate,Markveien,Bryggen,Kongens gate'))} ${r.int(1, 80)}${r.pick(['', 'B'])}`, `${pre}${r.digits(3)} ${city}`];
    },
  },
  DK: {
    cc: 'DK', name: 'Danmark', date: dDot,
    phone: (r) => r.pick([`+45 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `${r.int(20, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [pc, city] = r.pick<[string, string]>([['2200', 'København N'], ['1620', 'København V'], ['8000', 'Aarhus C'], ['5000', 'Odense C']]);
      return [`${r.pick(S('Nørrebrogade,Vesterbrogade,Jægersborggade,Østerbrogade'))} ${r.int(1, 200)}, ${r.int(1, 5)}. ${r.pick(['th.', 'tv.', 'mf.'])}`, `${pc} ${city}`];
    },
  },
  FI: {
    cc: 'FI', name: 'Suomi', date: dFI,
    phone: (r) => r.pick([`+358 40 ${r.digits(3)} ${r.digits(4)}`, `040 ${r.digits(3)} ${r.digits(4)}`, `050 ${r.digits(7)}`, `09 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [pre, city] = r.pick<[string, string]>([['00', 'Helsinki'], ['33', 'Tampere'], ['20', 'Turku']]);
      return [`${r.pick(S('Mannerheimintie,Aleksanterinkatu,Hämeenkatu,Puistokatu'))} ${r.int(1, 60)} ${r.pick(['A', 'B', 'C'])} ${r.int(1, 40)}`, `${pre}${r.int(1, 9)}${r.digits(1)}0 ${city}`];
    },
  },
  PL: {
    cc: 'PL', name: 'Polska', date: dDot,
    phone: (r) => r.pick([`+48 ${r.pick(['5', '6', '7'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.pick(['5', '6', '7'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+48 22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [pre, city] = r.pick<[string, string]>([['31', 'Kraków'], ['90', 'Łódź'], ['00', 'Warszawa'], ['80', 'Gdańsk'], ['50', 'Wrocław']]);
      return [`${r.pick(S('ul. Floriańska,ul. Piotrkowska,ul. Nowy Świat,al. Jerozolimskie,ul. Długa'))} ${r.int(1, 150)}${r.chance(0.6) ? '/' + r.int(1, 40) : ''}`, `${pre}-${r.digits(3)} ${city}`];
    },
  },
  CZ: {
    cc: 'CZ', name: 'Česko', date: dCZ,
    phone: (r) => r.pick([`+420 ${r.pick(['6', '7'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `${r.pick(['6', '7'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`]),
    addr: (r) => {
      const [pc, city] = r.pick<[string, string]>([['110 00', 'Praha 1'], ['120 00', 'Praha 2'], ['602 00', 'Brno'], ['301 00', 'Plzeň']]);
      return [`${r.pick(S('Karlova,Vinohradská,Údolní,Nerudova,Americká'))} ${r.int(100, 2400)}/${r.int(1, 80)}`, `${pc} ${city}`];
    },
  },
  GR: {
    cc: 'GR', name: 'Greece', date: dSlash,
    phone: (r) => r.pick([`+30 69${r.int(0, 9)} ${r.digits(3)} ${r.digits(4)}`, `69${r.int(0, 9)} ${r.digits(3)} ${r.digits(4)}`, `210 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [pc, city] = r.pick<[string, string]>([['105 63', 'Athens'], ['546 22', 'Thessaloniki'], ['106 74', 'Athens'], ['712 02', 'Heraklion']]);
      return [`${r.pick(S('Ermou,Adrianou,Tsimiski,Vasilissis Sofias,Kallidromiou'))} ${r.int(1, 140)}`, `${pc} ${city}`, ...(r.chance(0.3) ? ['Greece'] : [])];
    },
  },
  TR: {
    cc: 'TR', name: 'Türkiye', date: dDot,
    phone: (r) => r.pick([`+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `0 (5${r.digits(2)}) ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `0212 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]),
    addr: (r) => {
      const [pc, city] = r.pick<[string, string]>([['34430', 'Beyoğlu/İstanbul'], ['34728', 'Kadıköy/İstanbul'], ['06680', 'Çankaya/Ankara'], ['35220', 'Konak/İzmir']]);
      return [`${r.pick(S('İstiklal Cad.,Bağdat Cad.,Moda Cad.,Kıbrıs Şehitleri Cad.'))} No: ${r.int(1, 300)} D: ${r.int(1, 20)}`, `${pc} ${city}`];
    },
  },
  BR: {
    cc: 'BR', name: 'Brasil', date: dPT,
    phone: (r) => { const ddd = r.pick(['11', '21', '31', '41', '51', '81', '71']); return r.pick([`+55 ${ddd} 9${r.digits(4)}-${r.digits(4)}`, `(${ddd}) 9${r.digits(4)}-${r.digits(4)}`, `(${ddd}) ${r.int(2, 5)}${r.digits(3)}-${r.digits(4)}`, `+55 ${ddd} 9 ${r.digits(4)} ${r.digits(4)}`]); },
    addr: (r) => {
      const [city, uf, pre, bairro] = r.pick<[string, string, string, string]>([['São Paulo', 'SP', '01', 'Jardins'], ['Rio de Janeiro', 'RJ', '22', 'Copacabana'], ['Recife', 'PE', '51', 'Boa Viagem'], ['Belo Horizonte', 'MG', '30', 'Savassi'], ['Curitiba', 'PR', '80', 'Batel']]);
      return [`${r.pick(S('Rua Oscar Freire,Avenida Atlântica,Rua da Consolação,Rua dos Pinheiros,Avenida Boa Viagem'))}, ${r.int(10, 3000)}${r.chance(0.6) ? `, apto ${r.int(11, 1802)}` : ''}`, `${bairro}, ${city} - ${uf}`, `${pre}${r.digits(3)}-${r.digits(3)}`];
    },
  },
  MX: {
    cc: 'MX', name: 'México', date: dES,
    phone: (r) => r.pick([`+52 55 ${r.digits(4)} ${r.digits(4)}`, `55 ${r.digits(4)} ${r.digits(4)}`, `+52 1 33 ${r.digits(4)} ${r.digits(4)}`, `(998) ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [col, cp, city] = r.pick<[string, string, string]>([['Roma Norte', '06700', 'Ciudad de México, CDMX'], ['Condesa', '06140', 'Ciudad de México, CDMX'], ['Americana', '44160', 'Guadalajara, Jal.'], ['Centro', '68000', 'Oaxaca de Juárez, Oax.']]);
      return [`${r.pick(S('Av. Álvaro Obregón,Calle Durango,Av. Chapultepec,Calle Macedonio Alcalá'))} ${r.int(1, 400)}${r.chance(0.5) ? ', Int. ' + r.int(1, 12) : ''}`, `Col. ${col}`, `${cp} ${city}`];
    },
  },
  JP: {
    cc: 'JP', name: 'Japan', date: dJP,
    phone: (r) => r.pick([`090-${r.digits(4)}-${r.digits(4)}`, `+81 90-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 3 ${r.digits(4)} ${r.digits(4)}`, `075-${r.digits(3)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`]),
    addr: (r) => {
      const [area, ward, city, pc] = r.pick<[string, string, string, string]>([['Jingumae', 'Shibuya-ku', 'Tokyo', '150-0001'], ['Nakagyo-ku', 'Kyoto-shi', 'Kyoto', '604-8005'], ['Namba', 'Chuo-ku', 'Osaka', '542-0076'], ['Yanaka', 'Taito-ku', 'Tokyo', '110-0001']]);
      return [`${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)} ${area}`, `${ward}, ${city} ${pc}`, ...(r.chance(0.4) ? ['Japan'] : [])];
    },
  },
  KR: {
    cc: 'KR', name: 'Korea', date: dKR,
    phone: (r) => r.pick([`010-${r.digits(4)}-${r.digits(4)}`, `+82 10-${r.digits(4)}-${r.digits(4)}`, `02-${r.digits(3)}-${r.digits(4)}`, `+82 2 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => [`${r.int(1, 200)} ${r.pick(['Wausan-ro', 'Itaewon-ro', 'Teheran-ro', 'Haeundaehaebyeon-ro'])}, ${r.pick(['Mapo-gu', 'Yongsan-gu', 'Gangnam-gu'])}`, `${r.pick(['Seoul', 'Busan'])} ${p2(r.int(1, 60))}${r.digits(3)}`, ...(r.chance(0.4) ? ['South Korea'] : [])],
  },
  IN: {
    cc: 'IN', name: 'India', date: dGB,
    phone: (r) => r.pick([`+91 ${r.pick(['9', '8', '7'])}${r.digits(4)} ${r.digits(5)}`, `${r.pick(['9', '8', '7'])}${r.digits(4)} ${r.digits(5)}`, `022 ${r.digits(4)} ${r.digits(4)}`, `+91-${r.pick(['9', '8'])}${r.digits(9)}`]),
    addr: (r) => {
      const [area, city, pin] = r.pick<[string, string, string]>([['Bandra West', 'Mumbai', '400050'], ['Indiranagar', 'Bengaluru', '560038'], ['Adyar', 'Chennai', '600020'], ['Koregaon Park', 'Pune', '411001'], ['Salt Lake', 'Kolkata', '700091'], ['Hauz Khas', 'New Delhi', '110016']]);
      return [`Flat ${r.int(1, 20)}${r.pick(['A', 'B', 'C'])}, ${r.pick(['Sea Breeze Apartments', 'Sai Krupa Residency', 'Green Glen Towers'])}`, `${r.int(1, 120)} ${r.pick(['Carter Road', '12th Main', 'LB Road', 'North Main Road'])}`, `${area}, ${city} ${pin}`];
    },
  },
  AU: {
    cc: 'AU', name: 'Australia', date: dGB,
    phone: (r) => r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.digits(4)} ${r.digits(4)}`, `+61 3 ${r.digits(4)} ${r.digits(4)}`]),
    addr: (r) => {
      const [sub, st, pc] = r.pick<[string, string, string]>([['Bondi Junction', 'NSW', '2022'], ['Fitzroy', 'VIC', '3065'], ['Fremantle', 'WA', '6160'], ['New Farm', 'QLD', '4005'], ['Glenelg', 'SA', '5045'], ['Battery Point', 'TAS', '7004']]);
      return [`${r.chance(0.3) ? `Unit ${r.int(1, 30)}, ` : ''}${r.int(1, 300)} ${r.pick(S('Bondi Road,Brunswick Street,Marine Terrace,Kingsford Smith Drive,Jetty Road,Hampden Road'))}`, `${sub} ${st} ${pc}`];
    },
  },
  AE: {
    cc: 'AE', name: 'UAE', date: dGB,
    phone: (r) => r.pick([`+971 5${r.pick(['0', '2', '5', '6'])} ${r.digits(3)} ${r.digits(4)}`, `05${r.pick(['0', '2', '5'])} ${r.digits(3)} ${r.digits(4)}`, `+971 4 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => [r.pick([`Villa ${r.int(1, 90)}, Street ${r.int(1, 40)}${r.pick(['', 'b'])}, Al Wasl`, `Apartment ${r.int(101, 4200)}, Marina Crest Tower`]), `PO Box ${r.int(1000, 99999)}, Dubai`, 'United Arab Emirates'],
  },
  ZA: {
    cc: 'ZA', name: 'South Africa', date: dGB,
    phone: (r) => r.pick([`+27 ${r.pick(['6', '7', '8'])}${r.int(1, 4)} ${r.digits(3)} ${r.digits(4)}`, `0${r.pick(['7', '8'])}${r.int(1, 4)} ${r.digits(3)} ${r.digits(4)}`, `021 ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [sub, city, pc] = r.pick<[string, string, string]>([['Gardens', 'Cape Town', '8001'], ['Rosebank', 'Johannesburg', '2196'], ['Umhlanga', 'Durban', '4319']]);
      return [`${r.int(1, 200)} ${r.pick(['Kloof Street', 'Jan Smuts Avenue', 'Lighthouse Road'])}`, sub, city, pc];
    },
  },
  NG: {
    cc: 'NG', name: 'Nigeria', date: dGB,
    phone: (r) => r.pick([`+234 80${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `080${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`, `+234 90${r.int(1, 9)} ${r.digits(3)} ${r.digits(4)}`]),
    addr: (r) => {
      const [area, city, pc] = r.pick<[string, string, string]>([['Lekki Phase 1', 'Lagos', '106104'], ['Wuse 2', 'Abuja', '904101'], ['GRA', 'Port Harcourt', '500272']]);
      return [`${r.int(1, 80)} ${r.pick(['Admiralty Way', 'Aminu Kano Crescent', 'Tombia Street'])}`, area, `${city} ${pc}`];
    },
  },
};
const CC = Object.keys(COUNTRIES);
const country = (cc: string): Country => COUNTRIES[cc] ?? (COUNTRIES.US as Country);

// ---------------------------------------------------------------------------------------------- people
interface Culture {
  readonly id: string;
  readonly given: string[];
  readonly family: string[];
  readonly cc: string[];
  /** Family name written first in the full name. */
  readonly eastern?: boolean;
  /** Two family names are common. */
  readonly double?: boolean;
  readonly hon: string[];
}
const EN_HON = S('Mr.,Ms.,Mrs.,Dr.,Mx.,Miss');
const C = (id: string, given: string, family: string, cc: string, hon: string[], extra: Partial<Culture> = {}): Culture => ({
  id, given: S(given), family: S(family), cc: S(cc), hon, ...extra,
});
const CULTURES: Culture[] = [
  C('us', 'James,Emily,Will,Bill,Grant,Hope,Rose,May,Guy,Faith,Joy,Mark,Frank,Dawn,Summer,Hunter,Chase,Brooke,Tyler,Madison,Kayla,Derek,Shawn,Tanya,Crystal,Dale,Wade,Autumn', 'Young,King,Long,Bell,Brown,Green,Rich,Hale,Walker,Fisher,Baker,Cook,Mason,Hill,Ward,Price,Stone,Banks,Little,Best,Strong,Sharp,Woods,Rivers,Church,Wise,Moody,Golden,Summers', 'US,US,CA', EN_HON),
  C('gb', 'Oliver,Harriet,Alfie,Imogen,Rory,Poppy,Hugo,Beatrice,Callum,Millie,Archie,Florence', 'Pemberton,Ashworth,Threlfall,Hargreaves,Whitlock,Crabtree,Fairbairn,Pickering,Dunmore,Tillotson,Blakemore,Cartwright', 'GB', EN_HON),
  C('ie', 'Siobhán,Cian,Aoife,Oisín,Niamh,Pádraig,Róisín,Eoin,Caoimhe,Darragh,Saoirse,Ciarán', "O'Sullivan,Gallagher,McGuinness,Keane,Dunne,Brennan,Kavanagh,Doherty,Moriarty,Quinlan,Tierney,Ó Súilleabháin", 'IE,GB', EN_HON),
  C('sc', 'Ailsa,Hamish,Morag,Isla,Lachlan,Kirsty,Euan,Fergus', 'MacLeod,Buchanan,Drummond,Ferguson,Menzies,Urquhart,Sinclair,Galbraith', 'GB', EN_HON),
  C('de', 'Lukas,Annika,Jörg,Friederike,Maximilian,Ulrike,Sönke,Henrike,Dietmar,Wiebke,Till,Gesine,Götz', 'Schäfer,Kühn,Wittmann,Oberländer,Hoffmann,Vogel,Brückner,Lindemann,Steinbach,Krüger,von Alvensleben,Weißgerber', 'DE,DE,AT,CH', S('Herr,Frau,Dr.')),
  C('fr', 'Camille,Théo,Margaux,Anaïs,Baptiste,Solène,Gaëtan,Maëlle,Étienne,Clémence,Loïc,Océane', 'Lefèvre,Garnier,Chevalier,Rousseau,Fontaine,Mercier,Boucher,Leclerc,Marchand,Dubois,Perrin,Delacroix', 'FR,FR,BE,CH', S('M.,Mme,Mlle')),
  C('es', 'Iñaki,Lucía,Álvaro,Nerea,Jesús,Rocío,Íñigo,Pilar,Consuelo,Amparo,Sergio,Begoña', 'Etxeberria,Olmedo,Castañeda,Villanueva,Ibáñez,Zubizarreta,Paredes,Montoya,Cifuentes,Aranda,Beltrán,Salcedo', 'ES', S('Sr.,Sra.,D.,Dña.'), { double: true }),
  C('mx', 'Guadalupe,Itzel,Alejandro,Xóchitl,Fernando,Citlali,Joaquín,Mariana,Emiliano,Yareli,Rodrigo,Dulce', 'Hernández,Ramírez,Tapia,Zavala,Ochoa,Cervantes,Barrera,Quintero,Esquivel,Mendoza,Arellano,Ríos', 'MX,MX,US', S('Sr.,Sra.,Lic.,Ing.'), { double: true }),
  C('it', 'Giacomo,Chiara,Lorenzo,Benedetta,Tommaso,Ilaria,Gianluca,Serena,Matteo,Ludovica,Federico,Azzurra', 'Bianchi,Esposito,Colombo,Ferraro,Marchetti,Santoro,Lombardi,De Luca,Gallo,Barbieri,Fontana,Rinaldi', 'IT,IT,CH', S('Sig.,Sig.ra,Dott.,Dott.ssa')),
  C('pt', 'João,Inês,Tiago,Beatriz,Duarte,Leonor,Rui,Mafalda,Gonçalo,Carolina', 'Carvalho,Figueiredo,Magalhães,Sequeira,Pinto,Tavares,Antunes,Nogueira,Baptista,Correia', 'PT', S('Sr.,Sra.,Dr.')),
  C('br', 'Thiago,Larissa,Rafael,Gabriela,Caio,Letícia,Vinícius,Jéssica,Wellington,Thaís,Ana Beatriz,João Pedro', 'da Silva,Oliveira,Nascimento,Cavalcanti,Rocha,Moreira,Barbosa,Teixeira,Andrade,Siqueira', 'BR', S('Sr.,Sra.'), { double: true }),
  C('nl', 'Sanne,Daan,Femke,Joost,Marieke,Sjoerd,Lotte,Bram,Anouk,Wouter', 'van der Berg,de Vries,Bakker,Visser,Smit,van Dijk,Jansen,de Jong,Mulder,Vermeulen,van Leeuwen', 'NL,NL,BE', S('dhr.,mevr.')),
  C('se', 'Linnea,Oskar,Elsa,Viktor,Ebba,Hampus,Maja,Axel', 'Lindqvist,Björklund,Sjöberg,Holmström,Åkesson,Nyström,Engström,Dahl', 'SE', EN_HON),
  C('no', 'Ingrid,Sindre,Solveig,Eirik,Ragnhild,Torstein,Sigrid,Vegard', 'Haugen,Bakken,Solberg,Strand,Aasland,Fjeld,Nygård,Lie', 'NO', EN_HON),
  C('dk', 'Mette,Rasmus,Freja,Mads,Signe,Jens,Ida,Emil', 'Kjærgaard,Rasmussen,Østergaard,Mikkelsen,Lund,Bech,Thygesen,Holm', 'DK', EN_HON),
  C('fi', 'Aino,Juhani,Veera,Eetu,Sanna,Tuomas,Helmi,Onni', 'Virtanen,Mäkinen,Korhonen,Heikkilä,Järvinen,Laaksonen,Nieminen,Salo', 'FI', EN_HON),
  C('pl', 'Agnieszka,Wojciech,Małgorzata,Krzysztof,Zofia,Grzegorz,Katarzyna,Bartosz', 'Wiśniewski,Kowalczyk,Zieliński,Szymańska,Wójcik,Dąbrowski,Lewandowska,Grabowski', 'PL', S('Pan,Pani')),
  C('cz', 'Jiří,Tereza,Ondřej,Lucie,Vojtěch,Kateřina,Radek,Barbora', 'Dvořák,Novotná,Procházka,Černý,Kučerová,Veselý,Horák,Marešová', 'CZ', S('pan,paní')),
  C('gr', 'Giorgos,Eleni,Dimitris,Katerina,Nikos,Sofia,Panagiotis,Vasiliki', 'Papadopoulos,Konstantinidou,Georgiou,Nikolaidis,Karagiannis,Vlachou,Alexiou,Economou', 'GR', EN_HON),
  C('tr', 'Mehmet,Ayşe,Emre,Zeynep,Burak,Elif,Oğuz,Gülşen', 'Yılmaz,Kaya,Demir,Şahin,Çelik,Öztürk,Aydın,Arslan', 'TR,DE', S('Bay,Bayan')),
  C('ar', 'Omar,Fatima,Said,Layla,Yousef,Amira,Khalid,Noor,Tariq,Huda,Hamza,Rania', 'Al-Farsi,Haddad,Nasser,El-Amin,Khoury,Abdullah,Al-Mansouri,Bakri,Qasim,Saleh', 'AE,AE,GB,FR', EN_HON),
  C('fa', 'Darius,Shirin,Arash,Parisa,Kaveh,Nasrin,Babak,Leila', 'Tehrani,Rahimi,Hosseini,Farahani,Karimi,Moradi,Jafari,Sadeghi', 'US,DE,SE', EN_HON),
  C('he', 'Noa,Eitan,Tamar,Yonatan,Shira,Avi,Yael,Ariel', 'Ben-David,Mizrahi,Friedman,Peretz,Levi,Shapiro,Katz,Avraham', 'US,GB', EN_HON),
  C('hi', 'Priya,Arjun,Ananya,Rohan,Kavya,Vikram,Meera,Aditya,Sneha,Rahul', 'Sharma,Verma,Mehta,Kapoor,Agarwal,Chopra,Bhatia,Joshi,Malhotra,Saxena', 'IN,IN,GB,US', S('Mr.,Ms.,Dr.,Shri,Smt.')),
  C('ta', 'Karthik,Lakshmi,Senthil,Divya,Murugan,Kaviya,Prakash,Revathi', 'Subramanian,Ramasamy,Krishnan,Venkatesan,Iyer,Natarajan,Pillai,Raman', 'IN,CA', EN_HON),
  C('bn', 'Sourav,Mou,Anirban,Rituparna,Tanvir,Nusrat,Arnab,Shreya', 'Chatterjee,Banerjee,Mukherjee,Rahman,Hossain,Das,Ghosh,Sen', 'IN,GB', EN_HON),
  C('zh', 'Wei,Xiaoling,Jun,Mei,Hao,Yuting,Zhiwei,Lina,Xin,Ming', 'Wang,Li,Zhang,Liu,Chen,Huang,Zhao,Zhou,Xu,Sun', 'CA,AU,US,GB', EN_HON, { eastern: true }),
  C('yue', 'Ka Wai,Wing,Chi Keung,Mei Ling,Siu Ming,Hoi Yan', 'Chan,Wong,Leung,Cheung,Lam,Tsang', 'CA,AU,GB', EN_HON),
  C('ja', 'Kenta,Yui,Haruto,Sakura,Daisuke,Aoi,Takumi,Misaki,Ren,Hina', 'Tanaka,Suzuki,Takahashi,Watanabe,Yamamoto,Nakamura,Kobayashi,Kato,Fujii,Ishikawa', 'JP', EN_HON, { eastern: true }),
  C('ko', 'Minjun,Seoyeon,Jihoon,Hayoon,Dohyun,Jiwoo,Sungmin,Eunji', 'Kim,Lee,Park,Choi,Jung,Kang,Yoon,Han', 'KR', EN_HON, { eastern: true }),
  C('vi', 'Minh,Linh,Tuấn,Thảo,Quang,Hương,Duc,Trang', 'Nguyễn,Trần,Lê,Phạm,Hoàng,Võ,Đặng,Bùi', 'US,AU,FR', EN_HON, { eastern: true }),
  C('fil', 'Maricel,Jomar,Rhea,Paolo,Kristine,Joel,Lovely,Marvin', 'Bautista,Dela Cruz,Reyes,Santos,Aquino,Ramos,Castillo,Magsaysay', 'US,AE', EN_HON),
  C('th', 'Somchai,Kanya,Anan,Malee,Niran,Ploy', 'Srisuk,Wongsawat,Chaiyaporn,Rattanakul,Suksawat,Phongphan', 'AU,GB', EN_HON),
  C('id', 'Budi,Sari,Agus,Dewi,Putu,Wayan', 'Santoso,Wijaya,Halim,Kusuma,Hartono,Setiawan', 'AU,NL', EN_HON),
  C('ng', 'Chinedu,Ngozi,Oluwaseun,Folake,Emeka,Adaeze,Tunde,Chiamaka,Babajide,Ifeoma', 'Okonkwo,Adeyemi,Okafor,Balogun,Nwosu,Adebayo,Eze,Ogunleye', 'NG,GB,US', EN_HON),
  C('gh', 'Kwame,Ama,Kofi,Akosua,Yaw,Efua', 'Mensah,Boateng,Owusu,Asante,Appiah,Ansah', 'GB,US', EN_HON),
  C('ke', 'Wanjiru,Otieno,Achieng,Kamau,Njeri,Baraka', 'Mwangi,Odhiambo,Kiplagat,Wambui,Kariuki,Chebet', 'ZA,GB', EN_HON),
  C('et', 'Abebe,Tigist,Dawit,Selam,Yonas,Hiwot', 'Bekele,Tesfaye,Haile,Girma,Alemu,Desta', 'US,SE', EN_HON),
  C('ru', 'Dmitri,Anastasia,Sergei,Yekaterina,Pavel,Olga,Nikita,Svetlana', 'Ivanov,Smirnova,Kuznetsov,Popova,Sokolov,Volkova,Morozov,Lebedeva', 'DE,FI,CZ', EN_HON),
  C('ua', 'Oksana,Taras,Iryna,Bohdan,Yulia,Andriy', 'Shevchenko,Kovalenko,Bondarenko,Tkachenko,Kravchuk,Melnyk', 'PL,DE', EN_HON),
  C('hu', 'Zsófia,Bence,Réka,Levente,Csilla,Gergő', 'Nagy,Kovács,Tóth,Szabó,Horváth,Varga', 'AT,DE', EN_HON),
  C('ro', 'Ioana,Andrei,Mihaela,Radu,Cristina,Bogdan', 'Popescu,Ionescu,Dumitrescu,Stoica,Constantin,Munteanu', 'IT,ES', EN_HON),
];
/** Native-script names for the Japanese and Korean documents. */
const JA_FAM = S('佐藤,鈴木,高橋,田中,渡辺,伊藤,山本,中村,小林,加藤,吉田,松本');
const JA_GIV = S('健太,結衣,翔太,美咲,大輔,陽菜,蓮,葵,直樹,千尋');
const KO_FAM = S('김,이,박,최,정,강,윤,한,임,송');
const KO_GIV = S('민준,서연,지훈,하윤,도현,지우,성민,은지,예린,태양');

interface Person {
  readonly given: string;
  readonly family: string;
  readonly full: string;
  readonly culture: Culture;
  readonly country: Country;
}
function makePerson(r: Rng, cc?: string): Person {
  const cu = r.pick(CULTURES);
  const given = r.pick(cu.given);
  let family = r.pick(cu.family);
  if (cu.double && r.chance(0.45)) {
    const f2 = r.pick(cu.family);
    if (f2 !== family) family = `${family} ${f2}`;
  }
  if (cu.id === 'gb' && r.chance(0.1)) family = `${family}-${r.pick(cu.family)}`;
  const full = cu.eastern && r.chance(0.5) ? `${family} ${given}` : `${given} ${family}`;
  return { given, family, full, culture: cu, country: country(cc ?? (r.chance(0.7) ? r.pick(cu.cc) : r.pick(CC))) };
}

type Form = 'full' | 'given' | 'family' | 'init' | 'rev' | 'caps' | 'lower' | 'fam-caps';
function nameAs(p: Person, f: Form): string {
  switch (f) {
    case 'full': return p.full;
    case 'given': return p.given;
    case 'family': return p.family;
    case 'init': return `${p.given.charAt(0)}. ${p.family}`;
    case 'rev': return `${p.family}, ${p.given}`;
    case 'caps': return p.full.toUpperCase();
    case 'lower': return p.full.toLowerCase();
    case 'fam-caps': return `${p.family.toUpperCase()} ${p.given}`;
  }
}

// ---------------------------------------------------------------------------------------------- values
const MAIL_DOMAINS = S('gmail.com,outlook.com,yahoo.co.uk,web.de,gmx.de,orange.fr,libero.it,hotmail.es,icloud.com,proton.me,naver.com,yahoo.co.jp,uol.com.br,t-online.de,bigpond.com,free.fr,hotmail.com,live.nl,seznam.cz,wp.pl,mail.com,fastmail.fm,yandex.com,me.com');
const PROPS = S('Harbourlight Inn,Casa Almendro,The Gilded Heron,Hostel Nordlicht,Pension Lindenhof,Pousada Maré Alta,Albergo Stellamare,Kestrel House Aparthotel,Copperbeech Lodge,Hotel Mirabell Garni,Saltmarsh Cabins,The Lantern Rooms,Bluewater Hostel,Villa Oleandri,Hotel Zur Alten Mühle,Le Petit Phare,The Drover’s Rest,Ryokan Shirasagi,Maison Verveine,Skylark Suites');
const PROP_DOM = S('harbourlight-inn.com,casaalmendro.es,gildedheron.co.uk,nordlicht-hostel.de,pension-lindenhof.at,pousadamarealta.com.br,stellamare.it,kestrelhouse.com,copperbeechlodge.ie,mirabell-garni.ch,saltmarshcabins.com,lanternrooms.co.uk,bluewaterhostel.com.au,villaoleandri.gr,altemuehle-hotel.de,lepetitphare.fr,droversrest.co.nz,shirasagi-ryokan.jp,maisonverveine.be,skylarksuites.com');
const PLATFORMS = S('StayNest,Roamly,Hearthshare,BunkBase,KeyCasa,Tripwise');
const PMS = S('Cloudbeds,Mews,Opera Cloud,Little Hotelier,Guesty,Apaleo,RoomRaccoon');
/** People-named brands, places, things, diseases and laws (never labelled). */
const EPONYMS = S('the Hilton across the road,the Ritz-Carlton shuttle stop,the Hemingway Suite,the Churchill Bar,the Victoria line station,the Marriott car park,Lake Louise,the Queen Mary (the old liner),the Nobel Peace Center,Lincoln Center,Mount Kosciuszko,the Mandela Bridge,the Darwin room,the Eiffel Tower,the Sagrada Família,the Wyndham tower,the Kempinski rooftop,the Ferris wheel,the Bloody Mary brunch bar,the Tesla chargers,the Ben & Jerry’s kiosk,the Hugo Boss outlet,the Dewey Library,St. Patrick’s Cathedral,the Kennedy Center,the Schiller theatre,Hurricane Milton’s flood line');
/** Equipment with people-derived names (never labelled). */
const EQUIP = S('the Otis lift,a Murphy bed,the Jacuzzi,a Dyson hairdryer,a Kohler rain shower,the Miele dishwasher,the Hoover upright,the Bosch boiler,the Nespresso machine,the Philips Hue bridge,the Franke tap');
const PETS = S('Biscuit,Captain,Mochi,Pepper,Luna,Baxter,Nacho,Olive,Winston,Pancake');

class Ctx {
  constructor(readonly r: Rng) {}
  person(cc?: string): Person {
    return makePerson(this.r, cc);
  }
  /** Labels a person's name in the given (or a random) form. */
  nm(d: Doc, p: Person, form?: Form): string {
    const f = form ?? this.r.pick<Form>(['full', 'full', 'full', 'full', 'init', 'rev', 'caps', 'fam-caps', 'lower', 'given', 'family']);
    const v = nameAs(p, f);
    d.l('PERSON', v);
    return v;
  }
  /** Labels the user's own full name and records it as a known name. */
  self(d: Doc, p: Person): void {
    d.l('PERSON', p.full);
    d.known.push(p.full);
  }
  /** Maybe the user's own name, else a random form. */
  guest(d: Doc, p: Person, selfChance = 0.45): void {
    if (this.r.chance(selfChance)) this.self(d, p);
    else this.nm(d, p);
  }
  hon(p: Person): string {
    return this.r.pick(p.culture.hon);
  }
  email(p: Person): string {
    const r = this.r;
    const g = ascii(p.given);
    const f = ascii(p.family);
    const local = r.pick([`${g}.${f}`, `${g}${f}`, `${g.charAt(0)}${f}`, `${g}_${f}${r.int(1, 99)}`, `${f}.${g}`, `${g}${r.int(70, 2005)}`, `${g}-${f}`, `${f}${g.charAt(0)}${r.digits(2)}`]);
    return `${local}@${r.pick(MAIL_DOMAINS)}`;
  }
  role(dom?: string): string {
    return `${this.r.pick(S('reservations,frontdesk,info,bookings,accounts,billing,hello,stay,noreply,guestservices,concierge,lostandfound,payments'))}@${dom ?? this.r.pick(PROP_DOM)}`;
  }
  phone(p?: Person): string {
    return (p ? p.country : country(this.r.pick(CC))).phone(this.r);
  }
  addr(p?: Person, sep?: string): string {
    const lines = (p ? p.country : country(this.r.pick(CC))).addr(this.r);
    return lines.join(sep ?? (this.r.chance(0.55) ? '\n' : ', '));
  }
  dob(p: Person, fmt?: DateFmt): string {
    const r = this.r;
    return (fmt ?? p.country.date)(r, r.int(1941, 2006), r.int(1, 12), r.int(1, 28));
  }
  /** A stay / appointment date (never a birth date). */
  date(p?: Person): string {
    const r = this.r;
    return (p ? p.country.date : dISO)(r, r.int(2023, 2026), r.int(1, 12), r.int(1, 28));
  }
  card(): string {
    const r = this.r;
    const net = r.pick(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'amex', 'disc', 'jcb', 'diners', 'up', 'visa13', 'visa19']);
    const spec: Record<string, [string, number]> = {
      visa: ['4' + r.digits(5), 16], visa13: ['4' + r.digits(5), 13], visa19: ['4' + r.digits(5), 19], mc: [`5${r.int(1, 5)}${r.digits(4)}`, 16],
      mc2: [String(r.int(2221, 2720)), 16], amex: [r.pick(['34', '37']) + r.digits(4), 15], disc: [r.pick(['6011', '65' + r.digits(2), String(r.int(644, 649))]), 16],
      jcb: [String(r.int(3528, 3589)), 16], diners: [r.pick(['36', '38', String(r.int(300, 305))]), 14], up: ['62' + r.digits(4), r.pick([16, 19])],
    };
    const [pre, len] = spec[net] ?? ['4', 16];
    const body = pre + r.digits(len - pre.length - 1);
    let full = body + '0';
    for (let c = 0; c < 10; c++) if (luhnValid(body + c)) { full = body + c; break; }
    return this.groupCard(full);
  }
  groupCard(d: string): string {
    const r = this.r;
    const sep = r.pick([' ', ' ', ' ', '-', '']);
    let groups: number[];
    if (d.length === 15) groups = [4, 6, 5];
    else if (d.length === 14) groups = [4, 6, 4];
    else if (d.length === 13) groups = [4, 3, 3, 3];
    else if (d.length === 19) groups = [4, 4, 4, 4, 3];
    else groups = [4, 4, 4, 4];
    const out: string[] = [];
    let i = 0;
    for (const g of groups) { out.push(d.slice(i, i + g)); i += g; }
    return out.join(sep);
  }
  /** A 16-digit card-like number that fails Luhn (never labelled). */
  badCard(): string {
    const r = this.r;
    const body = r.pick(['4', '5' + r.int(1, 5), '6011']) ;
    let d = body + r.digits(16 - body.length);
    if (luhnValid(d)) d = d.slice(0, 15) + String((Number(d.charAt(15)) + 1) % 10);
    return this.groupCard(d);
  }
  masked(): string {
    const r = this.r;
    const l4 = r.digits(4);
    return r.pick([`**** **** **** ${l4}`, `XXXX-XXXX-XXXX-${l4}`, `•••• ${l4}`, `ending in ${l4}`, `${r.pick(['4', '5'])}${r.digits(5)}******${l4}`, `xxxxxxxxxxxx${l4}`]);
  }
  iban(cc?: string): string {
    const r = this.r;
    const code = cc && IBAN_LENGTHS[cc] ? cc : r.pick(S('DE,GB,FR,ES,IT,NL,BE,CH,AT,PL,PT,IE,SE,NO,DK,FI,GR,CZ,HU,RO,HR,TR,BR,MT,LU,SA,AE,IS,LT,EE,SI,SK,BG,LV,CY,IL,QA,MC,LI,KW'));
    const len = (IBAN_LENGTHS[code] ?? 22) - 4;
    const banks: Record<string, string[]> = {
      GB: S('NWBK,BARC,MIDL,LOYD,HBUK,MONZ'), IE: S('AIBK,BOFI'), NL: S('ABNA,INGB,RABO,TRIO,BUNQ'), RO: S('BTRL,RNCB'),
      MT: S('MALT,VALL'), BG: S('BNBG,UNCR'), LV: S('HABA,PARX'), QA: S('QNBA,DOHB'), KW: S('NBOK,CBKU'),
    };
    let bban: string;
    const b = banks[code];
    if (b) bban = r.pick(b) + r.digits(len - 4);
    else if (code === 'IT') bban = letters(r, 1, 'ABCDEFGHIJKLMNOPRSTUVWXYZ') + r.digits(len - 1);
    else if (code === 'BR') bban = r.digits(len - 2) + r.pick(['P', 'C']) + r.int(1, 2);
    else bban = r.digits(len);
    const numeric = (bban + code + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
    let rem = 0;
    for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
    const compact = `${code}${p2(98 - rem)}${bban}`;
    if (!ibanMod97Valid(compact)) throw new Error(`bad IBAN ${compact}`);
    const style = r.next();
    if (style < 0.62) return compact.replace(/(.{4})(?=.)/g, '$1 ');
    if (style < 0.93) return compact;
    return compact.toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
  }
  /** A right-length IBAN with a broken checksum (never labelled). */
  badIban(cc?: string): string {
    const v = this.iban(cc).replace(/\s/g, '').toUpperCase();
    for (let k = 0; k < 20; k++) {
      const i = v.length - 1 - this.r.int(0, 5);
      const ch = v.charAt(i);
      if (!/\d/.test(ch)) continue;
      const bad = v.slice(0, i) + String((Number(ch) + this.r.int(1, 9)) % 10) + v.slice(i + 1);
      if (!ibanMod97Valid(bad)) return bad.replace(/(.{4})(?=.)/g, '$1 ');
    }
    return `${v.slice(0, 2)}00${v.slice(4)}`.replace(/(.{4})(?=.)/g, '$1 ');
  }
  ssn(): string {
    const r = this.r;
    let area = r.int(1, 899);
    if (area === 666) area = 667;
    const a = p3(area);
    const g = p2(r.int(1, 99));
    const s = p4(r.int(1, 9999));
    const sep = r.pick(['-', '-', '-', '-', ' ', '']);
    return `${a}${sep}${g}${sep}${s}`;
  }
  /** SSN-like but unlabelled: masked, ITIN-style 9xx, 000/666 area. */
  fakeSsn(): string {
    const r = this.r;
    return r.pick([`***-**-${r.digits(4)}`, `XXX-XX-${r.digits(4)}`, `9${r.int(0, 9)}${r.int(0, 9)}-${r.int(70, 88)}-${r.digits(4)}`, `000-${r.digits(2)}-${r.digits(4)}`, `666-${r.int(10, 99)}-${r.digits(4)}`]);
  }
  ein(): string {
    return `${this.r.int(10, 98)}-${this.r.digits(7)}`;
  }
  ipv4(): string {
    const r = this.r;
    const k = r.next();
    if (k < 0.2) return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    if (k < 0.32) return `192.168.${r.int(0, 20)}.${r.int(2, 254)}`;
    if (k < 0.38) return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    return `${r.pick([23, 31, 37, 45, 62, 77, 81, 88, 91, 102, 109, 145, 176, 185, 188, 193, 203, 212, 217, 84, 5, 2])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
  ipv6(): string {
    const r = this.r;
    const h = (): string => r.int(0, 0xffff).toString(16);
    const pre = r.pick(['2a02', '2a01', '2600', '2607', '2001', '2406', '2c0f', '2a0a', 'fe80']);
    if (pre === 'fe80') return `fe80::${h()}:${h()}:${h()}:${h()}`;
    const k = r.next();
    if (k < 0.35) return [pre, h(), h(), h(), h(), h(), h(), h()].join(':');
    if (k < 0.7) return `${pre}:${h()}:${h()}::${h()}`;
    return `${pre}:${h()}:${h()}:${h()}::${r.int(1, 255).toString(16)}`;
  }
  ip(): string {
    return this.r.chance(0.7) ? this.ipv4() : this.ipv6();
  }
  conf(): string {
    const r = this.r;
    return r.pick([`${letters(r, 2)}${r.digits(6)}`, `HM${letters(r, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, `${r.digits(10)}`, `R-${r.digits(4)}-${letters(r, 3)}`, `#${r.digits(7)}`]);
  }
  hash(n = 12): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(this.r.int(0, 15));
    return s;
  }
  time(): string {
    return `${p2(this.r.int(0, 23))}:${p2(this.r.int(0, 59))}`;
  }
  ts(): string {
    const r = this.r;
    return `${r.int(2024, 2026)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${this.time()}:${p2(r.int(0, 59))}Z`;
  }
  money(): string {
    const r = this.r;
    return r.pick([`€${r.int(40, 900)}.${r.pick(['00', '50', '80'])}`, `$${r.int(60, 1400)}.${r.digits(2)}`, `£${r.int(35, 700)}.00`, `CHF ${r.int(90, 800)}.–`, `${r.int(50, 900)},${r.digits(2)} €`]);
  }
  room(): string {
    return String(this.r.int(1, 6) * 100 + this.r.int(1, 32));
  }
  prop(): string {
    return this.r.pick(PROPS);
  }
  equip(): string {
    return this.r.pick(EQUIP);
  }
  /** Arrival and departure, in order. */
  stay(p?: Person): [string, string] {
    const r = this.r;
    const f = p ? p.country.date : dISO;
    const y = r.int(2023, 2026);
    const m = r.int(1, 11);
    const a = r.int(1, 27);
    return [f(r, y, m, a), f(r, y, m + 1, r.int(1, 28))];
  }
  epo(): string {
    return this.r.pick(EPONYMS);
  }
  staff(): Person {
    return makePerson(this.r);
  }
}

/** Spells an e-mail the way a caller reads it out. */
function spokenEmail(e: string): string {
  return e.replace(/\./g, ' dot ').replace('@', ' at ').replace(/_/g, ' underscore ').replace(/-/g, ' dash ');
}
const DIGIT_WORDS = S('zero,one,two,three,four,five,six,seven,eight,nine');
/** Reads a phone number's digits aloud, keeping its grouping. */
function spokenPhone(p: string): string {
  return p
    .replace(/[()]/g, '')
    .replace(/\+/g, 'plus ')
    .split(/[\s.\-/]+/)
    .filter((g) => g !== '')
    .map((g) => g.split('').map((c) => (/\d/.test(c) ? DIGIT_WORDS[Number(c)] : c)).join(' '))
    .join(', ');
}

// ---------------------------------------------------------------------------------------------- templates
type Tpl = (c: Ctx, d: Doc) => void;

const POSITIVE: [number, Tpl][] = [
  // front-desk chat: card update
  [3, (c, d) => {
    const g = c.person(); const s = c.staff();
    d.t(`[${c.prop()} · web chat]\nGuest: hi, this is `); c.guest(d, g);
    d.t(`, booking ${c.conf()}. the card on file got replaced, can you use `).l('CARD', c.card()).t(` exp ${p2(c.r.int(1, 12))}/${c.r.int(26, 31)} instead?\n`);
    d.t('Agent ').l('PERSON', s.given).t(`: Thanks! Updated. The old one (${c.masked()}) is removed. Your receipt goes to `).l('EMAIL', c.email(g)).t(' – correct?\nGuest: yes 👍');
  }],
  // call notes with spoken email and phone
  [3, (c, d) => {
    const g = c.person(); const s = c.staff(); const e = c.email(g); const ph = c.phone(g);
    d.t(`CALL NOTE ${c.ts()} – agent `).l('PERSON', s.given).t('\nCaller said she is ').l('PERSON', c.r.chance(0.5) ? g.full : g.given).t(`, arriving ${c.date()}. Spelled e-mail as "`).l('EMAIL', spokenEmail(e)).t('". Callback: ');
    if (c.r.chance(0.5)) d.l('PHONE', spokenPhone(ph)).t(' (read back OK).'); else d.l('PHONE', ph).t(`${c.r.chance(0.3) ? ' ext. ' + c.r.int(10, 450) : ''}.`);
    d.t(` Wants a quiet room away from ${c.epo()}. No payment taken by phone.`);
  }],
  // OTA / channel-manager confirmation
  [3, (c, d) => {
    const g = c.person(); const pr = c.prop(); const n = c.r.int(1, 9);
    d.t(`${c.r.pick(PMS)} · New reservation ${c.conf()}\nChannel: ${c.r.pick(['Booking.com', 'Expedia', 'Airbnb', 'Hostelworld', 'Direct'])}\nProperty: ${pr}\nGuest: `); c.guest(d, g, 0.3);
    d.t(`\nEmail: `).l('EMAIL', c.r.chance(0.4) ? `${ascii(g.given)}.${c.hash(6)}@guest.${c.r.pick(['booking.com', 'expedia-mail.com'])}` : c.email(g)).t('\nPhone: ').l('PHONE', c.phone(g));
    d.t(`\nArrival: ${c.date(g)}  Nights: ${n}  Guests: ${c.r.int(1, 4)}\nRate: ${c.r.pick(['BAR', 'NRF', 'BB-FLEX', 'OTA-MOBILE'])} ${c.money()}\nVCC: `).l('CARD', c.card()).t(` (activates on arrival)\nRemarks: late arrival after ${c.time()}`);
  }],
  // guest registration card
  [4, (c, d) => {
    const g = c.person(); const s = c.staff();
    d.t(`GUEST REGISTRATION CARD — ${c.prop()}\nRoom ${c.room()} · Arr/Dep ${c.stay().join(' – ')}\nSurname / Given names: `).l('PERSON', `${g.family.toUpperCase()}, ${g.given}`);
    d.t('\nDate of birth: ').l('DOB', c.dob(g)).t(`\nNationality: ${g.country.name}\nPassport / ID no.: ${letters(c.r, 2)}${c.r.digits(7)}\nHome address: `).l('ADDRESS', c.addr(g, ', '));
    d.t('\nMobile: ').l('PHONE', c.phone(g)).t('\nE-mail: ').l('EMAIL', c.email(g)).t(`\nVehicle reg.: ${letters(c.r, 2)}${c.r.int(10, 99)} ${letters(c.r, 3)}\nChecked in by: `).l('PERSON', s.given);
  }],
  // police / guest register export (CSV)
  [3, (c, d) => {
    d.t(`# ${c.r.pick(['SES.HOSPEDAJES', 'Alloggiati Web', 'Meldeschein', 'Fiche individuelle de police', 'SIBA/AIMA'])} export ${c.date()} — establishment ${c.r.digits(9)}\nsurname;given;dob;doc_type;doc_no;nationality;arrival\n`);
    const n = c.r.int(2, 5);
    for (let i = 0; i < n; i++) {
      const g = c.person();
      d.l('PERSON', g.family.toUpperCase()).t(';').l('PERSON', g.given.toUpperCase()).t(';').l('DOB', dISO(c.r, c.r.int(1945, 2007), c.r.int(1, 12), c.r.int(1, 28)));
      d.t(`;${c.r.pick(['P', 'I', 'D'])};${letters(c.r, c.r.int(1, 3))}${c.r.digits(7)};${g.country.cc};${c.date()}\n`);
    }
    d.t(`# rows: ${n}; checksum ${c.hash(8)}`);
  }],
  // check-in message with door code and property address
  [3, (c, d) => {
    const g = c.person(); const h = c.person(g.country.cc);
    d.t('Hi ').l('PERSON', g.given).t(`! Welcome to ${c.r.pick(PLATFORMS)} stay #${c.r.digits(8)}. Address: `).l('ADDRESS', c.addr(h, ', ')).t(`.\nDoor code ${c.r.digits(4)}#, lockbox ${c.r.digits(3)}. Wi-Fi "${c.r.pick(['Casa', 'Loft', 'Nest', 'Attic'])}_${c.r.digits(2)}" / ${c.hash(10)}.\nBins go out Thursday, parking behind the bakery (not the one by ${c.epo()}).\nAny trouble call or WhatsApp me on `);
    d.l('PHONE', c.phone(h)).t(' — ').l('PERSON', h.given);
  }],
  // housekeeping ticket with guest name
  [2, (c, d) => {
    const g = c.person(); const hk = c.staff();
    d.t(`HK-${c.r.digits(5)} · Room ${c.room()} · ${c.r.pick(['Stayover', 'Departure', 'DND'])}\nGuest `).t(`${c.hon(g)} `).l('PERSON', g.family).t(` requested extra towels and ${c.r.pick(['a crib', 'hypoallergenic pillows', 'a kettle', 'an iron'])}. Assigned to `).l('PERSON', hk.given).t(`. Noted: ${c.equip()} out of order on floor ${c.r.int(1, 6)}.`);
  }],
  // maintenance ticket with engineer phone
  [2, (c, d) => {
    const t = c.staff();
    d.t(`WO#${c.r.digits(6)} ${c.r.pick(['HVAC', 'Plumbing', 'Electrical', 'Locks'])} — room ${c.room()}\nReported ${c.ts()} by night audit. Contractor tech `).l('PERSON', c.r.chance(0.5) ? t.full : nameAs(t, 'init')).t(' (mob. ').l('PHONE', c.phone(t)).t(`) replaced thermostat firmware 2.${c.r.int(0, 9)}.${c.r.int(0, 30)}. Controller at `).l('IP', c.ipv4()).t(' back online. Invoice to follow.');
  }],
  // lost and found with shipping address
  [3, (c, d) => {
    const g = c.person(); const s = c.staff();
    d.t(`Lost & Found LF-${c.r.digits(5)}\nItem: ${c.r.pick(['black Kindle', 'child’s blue rabbit', 'silver bracelet', 'phone charger', 'prescription glasses', 'passport wallet'])} found ${c.date()} in room ${c.room()}\nOwner: `).l('PERSON', g.full).t('\nShip to:\n').l('PERSON', g.full).t('\n').l('ADDRESS', c.addr(g, '\n')).t('\nContact: ').l('EMAIL', c.email(g)).t(` / `).l('PHONE', c.phone(g)).t(`\nPostage ${c.money()} charged to `).l('CARD', c.card()).t(` — logged by `).l('PERSON', s.given);
  }],
  // damage dispute
  [2, (c, d) => {
    const g = c.person(); const h = c.person();
    d.t(`Resolution case ${c.r.pick(['RC', 'DMG'])}-${c.r.digits(7)}\nHost `).l('PERSON', h.full).t(' reports a broken ').t(c.r.pick(['glass table', 'bed frame', 'smart TV', 'sofa bed'])).t(' after the stay of ').l('PERSON', g.full).t(`. Claim ${c.money()} from the ${c.money()} deposit.\nGuest reply: "Nothing broke while we were there, ask your cleaner `).l('PERSON', c.staff().given).t(`." Guest profile email `).l('EMAIL', c.email(g)).t(`, last login from `).l('IP', c.ip()).t('.');
  }],
  // deposit refund to IBAN
  [5, (c, d) => {
    const g = c.person(); const s = c.staff();
    d.t(`Subject: Return of security deposit – ${c.prop()}\n\nDear ${c.hon(g)} `).l('PERSON', g.family).t(`,\nwe will return your deposit of ${c.money()} by bank transfer. Please confirm the account:\nAccount holder: `).l('PERSON', g.full).t('\nIBAN: ').l('IBAN', c.iban(g.country.cc)).t(`\nBIC: ${letters(c.r, 4)}${g.country.cc}${letters(c.r, 2)}\nKind regards,\n`).l('PERSON', s.full).t(' · ').l('EMAIL', c.role());
  }],
  // guest writes IBAN for refund, with an invalid one first
  [4, (c, d) => {
    const g = c.person();
    d.t('Hello, it’s ').l('PERSON', g.full).t(` again (res. ${c.conf()}). The IBAN I gave you, ${c.badIban(g.country.cc)}, bounced — sorry, typo. Correct one: `).l('IBAN', c.iban(g.country.cc)).t('. Same name. Thanks!');
  }],
  // host–guest platform thread
  [3, (c, d) => {
    const g = c.person(); const h = c.person();
    d.t(`${c.r.pick(PLATFORMS)} · Conversation about “${c.r.pick(['Sunny loft near the river', 'Cabin with sauna', 'Room in shared flat', 'Old-town studio'])}”\n`).l('PERSON', g.given).t(` (guest): Hi `).l('PERSON', h.given).t(`, we land at ${c.time()}, can we drop bags early? Also my partner `).l('PERSON', c.person().given).t(" is joining.\n").l('PERSON', h.given).t(' (host): Sure! Text me when you land: ').l('PHONE', c.phone(h)).t(`. Please don't share the code with @${ascii(g.given)}_travels style followers lol.\n`).l('PERSON', g.given).t(': haha deal');
  }],
  // folio / invoice
  [3, (c, d) => {
    const g = c.person(); const co = c.r.chance(0.4);
    d.t(`${c.prop().toUpperCase()}\nINVOICE / FOLIO ${c.r.digits(8)}   Date: ${c.date()}\nBill to:\n`).l('PERSON', c.r.chance(0.3) ? g.full.toUpperCase() : g.full).t('\n');
    if (co) d.t(`${c.r.pick(['Northwind Consulting GmbH', 'Talbot & Reyes LLP', 'Bluepeak Media SL', 'Arcadia Freight Ltd'])}\n`);
    d.l('ADDRESS', c.addr(g, '\n')).t(`\nVAT ID: ${g.country.cc}${c.r.digits(9)}\n\nAccommodation ${c.r.int(1, 7)} nt   ${c.money()}\nCity tax          ${c.money()}\nMinibar           ${c.money()}\nPaid: ${c.r.pick(['Visa', 'Mastercard', 'Amex'])} ${c.masked()}  Auth ${c.r.digits(6)}\nQuestions: `).l('EMAIL', c.role());
    if (c.r.chance(0.6)) d.t(`\nBank transfer: ${c.prop()} · IBAN `).l('IBAN', c.iban(c.r.pick(['DE', 'AT', 'IT', 'ES', 'FR', 'PT', 'GR', 'IE', 'NL', 'CH']))).t(` · reference ${c.r.digits(8)}`);
  }],
  // chargeback notice
  [3, (c, d) => {
    const g = c.person(); const s = c.staff();
    d.t(`Chargeback notification — case CB${c.r.digits(9)}\nReason code ${c.r.pick(['10.4', '13.1', '4837', '4853', 'F29'])} · amount ${c.money()}\nCardholder: `).l('PERSON', g.full.toUpperCase()).t('\nCard: ').l('CARD', c.card()).t(`\nTransaction ${c.date()} · ARN ${c.r.digits(23)}\nRespond by ${c.date()}. Evidence prepared by `).l('PERSON', s.full).t(': signed registration card, check-in IP ').l('IP', c.ip()).t(', e-mail thread with ').l('EMAIL', c.email(g)).t('.');
  }],
  // refund confirmation
  [2, (c, d) => {
    const g = c.person();
    d.t('Dear ').l('PERSON', c.r.chance(0.5) ? g.given : g.full).t(`,\nYour refund of ${c.money()} for booking ${c.conf()} was issued on ${c.date()} to the card ${c.masked()}. It may take 5–10 business days. If it doesn't arrive, reply to `).l('EMAIL', c.role()).t(` quoting ref ${c.hash(10).toUpperCase()}.\n— Guest Accounts`);
    if (c.r.chance(0.5)) d.t('\n\nGuest reply: card is closed, please send it to ').l('IBAN', c.iban(g.country.cc)).t(' instead.');
  }],
  // spoken email + card over phone transcript
  [2, (c, d) => {
    const g = c.person(); const s = c.staff(); const e = c.email(g);
    d.t('[transcript]\nAGENT: ').l('PERSON', s.given).t(` speaking, ${c.prop()}, how can I help?\nCALLER: Hi, I want to book two nights, name's `).l('PERSON', g.full).t('.\nAGENT: Email for the confirmation?\nCALLER: ').l('EMAIL', spokenEmail(e)).t('.\nAGENT: And a number?\nCALLER: ').l('PHONE', spokenPhone(c.phone(g))).t('.\nAGENT: Card to guarantee?\nCALLER: ').l('CARD', c.card()).t(`.\nAGENT: Thanks, that's confirmed for ${c.date()}.`);
  }],
  // WhatsApp quick message from guest (self)
  [3, (c, d) => {
    const g = c.person();
    d.t(`${c.time()} — hola! soy `).l('PERSON', g.full).t(`, room ${c.room()}. lost my key card again 🙈 can someone bring one up? my number if needed `).l('PHONE', c.phone(g));
    d.known.push(g.full);
  }],
  // rooming list for group
  [2, (c, d) => {
    d.t(`ROOMING LIST — ${c.r.pick(['Brightwater Choir tour', 'Vega Robotics offsite', 'Wedding block (Saturday)', 'U19 futsal team'])}\nBlock code ${c.conf()}; arrivals ${c.date()}\n`);
    const n = c.r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const a = c.person();
      d.t(`${i + 1}. `).l('PERSON', nameAs(a, c.r.pick<Form>(['rev', 'full', 'fam-caps'])));
      if (c.r.chance(0.5)) { d.t(' / '); d.l('PERSON', c.person().full); }
      d.t(` — ${c.r.pick(['DBL', 'TWN', 'SGL', 'TRP'])}${c.r.chance(0.3) ? ', gluten-free' : ''}\n`);
    }
    d.t('Group leader: ').l('PERSON', c.person().full).t(' ').l('PHONE', c.phone());
  }],
  // hostel bunk board (no PII other than first names)
  [2, (c, d) => {
    d.t(`${c.r.pick(['Bluewater Hostel', 'Hostel Nordlicht', 'The Lantern Rooms'])} – dorm ${c.r.pick(['A', 'B', 'C'])} bunks tonight\n`);
    const n = c.r.int(3, 6);
    for (let i = 0; i < n; i++) {
      d.t(`bunk ${i + 1}${c.r.pick(['U', 'L'])}: `).l('PERSON', c.person().given).t(` (${c.r.pick(['pays on arrival', 'paid', 'late in', 'leaves 6am'])})\n`);
    }
    d.t(`locker ${c.r.digits(2)} combo reset to ${c.r.digits(4)}`);
  }],
  // airport transfer
  [2, (c, d) => {
    const g = c.person(); const dr = c.staff();
    d.t('Transfer request: pick up ').l('PERSON', g.full).t(` + ${c.r.int(0, 3)} at ${c.r.pick(['LIS', 'BCN', 'FCO', 'MUC', 'DUB', 'KIX'])}, flight ${letters(c.r, 2)}${c.r.int(100, 9999)} lands ${c.time()}. Guest mobile `).l('PHONE', c.phone(g)).t('. Driver ').l('PERSON', dr.given).t(' will hold a sign. Fare charged to room.');
  }],
  // loyalty enrolment with DOB (birthday perk)
  [3, (c, d) => {
    const g = c.person();
    d.t(`${c.prop()} Circle — enrolment\nName: `).l('PERSON', g.full).t('\nBirthday (for your birthday treat): ').l('DOB', c.dob(g)).t('\nEmail: ').l('EMAIL', c.email(g)).t(`\nPreferred room: ${c.r.pick(['high floor', 'near lift', 'garden side'])}\nMember no. ${c.r.digits(10)} · joined ${c.date()}`);
    d.known.push(g.full);
  }],
  // age verification pre-arrival
  [3, (c, d) => {
    const g = c.person();
    d.t('Pre-arrival check: main guest must be 21+. ').l('PERSON', g.full).t(' — DOB ').l('DOB', c.dob(g, dUS)).t(` — verified against ${c.r.pick(['driver’s license', 'passport', 'state ID'])} on ${c.date()}. Pet ${c.r.pick(PETS)} (dog, 9 kg) approved; pet fee ${c.money()}.`);
  }],
  // spa appointment (distractor dates) plus phone
  [2, (c, d) => {
    const g = c.person(); const t = c.staff();
    d.t('Spa booking: ').t(`${c.hon(g)} `).l('PERSON', g.family).t(` — ${c.r.pick(['hot stone 60′', 'facial 45′', 'couples massage'])} with `).l('PERSON', t.given).t(` on ${c.date(g)} at ${c.time()}. Confirm by SMS to `).l('PHONE', c.phone(g)).t('.');
  }],
  // corporate account with billing address and AP email
  [2, (c, d) => {
    const ap = c.person(); const co = c.r.pick(['Halvorsen Marine AS', 'Quillon Analytics Inc.', 'Studio Ferrante Srl', 'Kagiso Mining (Pty) Ltd']);
    d.t(`Corporate rate agreement ${c.r.digits(6)}\nCompany: ${co}\nBilling address:\n${co}\n`).l('ADDRESS', c.addr(ap, '\n')).t('\nAccounts payable: ').l('PERSON', ap.full).t(', ').l('EMAIL', c.email(ap)).t(', ').l('PHONE', c.phone(ap)).t(`\nTax ID ${c.ein()} · PO required above ${c.money()}`);
  }],
  // login alert with IPs
  [3, (c, d) => {
    const g = c.person();
    d.t(`Security alert for `).l('EMAIL', c.email(g)).t(`\nNew sign-in to your ${c.r.pick(PLATFORMS)} host account on ${c.ts()}\nIP address: `).l('IP', c.ip()).t(`\nDevice: ${c.r.pick(['Chrome 124.0.6367.78 on Windows', 'Safari 17.4 on iPhone', 'Firefox 126.0 on Ubuntu'])}\nPrevious IP: `).l('IP', c.ip()).t(`\nIf this wasn't you, reset your password. — ${c.r.pick(PLATFORMS)} Trust & Safety`);
  }],
  // web server access log lines
  [3, (c, d) => {
    const n = c.r.int(3, 6);
    for (let i = 0; i < n; i++) {
      const v6 = c.r.chance(0.3);
      const ip = v6 ? c.ipv6() : c.ipv4();
      d.l('IP', ip).t(` - - [${c.r.int(1, 28)}/${mon('en', c.r.int(1, 12)).slice(0, 3)}/2025:${c.time()}:${p2(c.r.int(0, 59))} +0000] "${c.r.pick(['GET /booking/confirm', 'POST /api/v2/checkin', 'GET /static/app.4f2c.js', 'POST /payments/3ds'])} HTTP/1.1" ${c.r.pick(['200', '302', '404', '500'])} ${c.r.int(200, 90000)}\n`);
    }
  }],
  // fraud review
  [3, (c, d) => {
    const g = c.person();
    d.t(`Fraud review — booking ${c.conf()} (score ${c.r.int(60, 99)})\nName on booking: `).l('PERSON', g.full).t('\nName on card: ').l('PERSON', c.person().full.toUpperCase()).t('\nCard: ').l('CARD', c.card()).t('\nEmail: ').l('EMAIL', c.email(g)).t('\nBooking IP: ').l('IP', c.ip()).t(` (geo: ${c.r.pick(['Lagos', 'Kraków', 'Dallas', 'Singapore'])})\nPhone: `).l('PHONE', c.phone(g)).t(`\nAction: ${c.r.pick(['cancel & refund', 'request ID at check-in', 'approve'])}`);
  }],
  // extended-stay lease application (SSN)
  [4, (c, d) => {
    const g = c.person('US');
    d.t(`${c.r.pick(['Extended Stay', 'Monthly Suites', 'Corporate Housing'])} — rental application\nApplicant: `).l('PERSON', g.full).t('\nSSN: ').l('NATIONAL_ID', c.ssn()).t('\nDate of birth: ').l('DOB', c.dob(g, dUS)).t('\nCurrent address: ').l('ADDRESS', c.addr(g, ', ')).t('\nEmployer: ').t(c.r.pick(['Lakeside Medical Group', 'Cobalt Freight', 'Self-employed'])).t(`, EIN ${c.ein()}\nPhone: `).l('PHONE', c.phone(g)).t(`\nCo-applicant SSN: ${c.fakeSsn()} (to follow)`);
    if (c.r.chance(0.4)) d.known.push(g.full);
  }],
  // host payout tax info W-9 (SSN) + IBAN-free
  [4, (c, d) => {
    const h = c.person('US');
    d.t(`Taxpayer info (Form W-9) — ${c.r.pick(PLATFORMS)} host payouts\nLegal name: `).l('PERSON', h.full).t(`\nBusiness name: ${c.r.pick(['', 'Bayberry Cottages LLC', 'Two Pines Rentals'])}\nTIN type: SSN\nTIN: `).l('NATIONAL_ID', c.ssn()).t('\nMailing address: ').l('ADDRESS', c.addr(h, ', ')).t(`\nRouting no. 0${c.r.digits(8)} · Account ****${c.r.digits(4)}\nSubmitted from `).l('IP', c.ipv4()).t(` on ${c.ts()}`);
  }],
  // HR onboarding for housekeeping staff
  [3, (c, d) => {
    const e = c.person('US'); const m = c.staff();
    d.t(`New hire packet — ${c.prop()} (housekeeping)\nEmployee: `).l('PERSON', nameAs(e, 'rev')).t('\nSSN ').l('NATIONAL_ID', c.ssn()).t(' · DOB ').l('DOB', c.dob(e, dUS)).t('\nHome: ').l('ADDRESS', c.addr(e, ', ')).t('\nEmergency contact: ').l('PERSON', c.person('US').full).t(', ').l('PHONE', c.phone(e)).t(`\nI-9 docs reviewed by `).l('PERSON', m.full).t(`. Start date ${c.date()}.`);
  }],
  // account verification chat (SSN last 4 + full SSN)
  [3, (c, d) => {
    const g = c.person('US'); const a = c.staff();
    d.t('Agent ').l('PERSON', a.given).t(': For the direct-bill credit line I need the full SSN, the last four alone isn\'t enough.\nGuest: ok, it\'s ').l('NATIONAL_ID', c.ssn()).t(`. Before you ask, the ${c.fakeSsn()} on the old form was a typo.\nAgent: Thanks `).l('PERSON', g.given).t(', and the billing email?\nGuest: ').l('EMAIL', c.email(g));
  }],
  // Japanese ryokan confirmation
  [2, (c, d) => {
    const fam = c.r.pick(JA_FAM); const giv = c.r.pick(JA_GIV);
    d.t('【ご予約確認】').l('PERSON', `${fam} ${giv}`).t(`様\nこの度は${c.r.pick(['旅館しらさぎ', '湯宿こもれび', 'ゲストハウス灯'])}をご予約いただき誠にありがとうございます。\nご宿泊日：2025年${c.r.int(1, 12)}月${c.r.int(1, 28)}日（${c.r.int(1, 3)}泊）\nご連絡先：`).l('PHONE', COUNTRIES.JP?.phone(c.r) ?? '090-1234-5678');
    d.t('\nメール：').l('EMAIL', `${c.r.pick(['haru', 'yuki', 'kaze', 'sora'])}${c.r.digits(3)}@${c.r.pick(['yahoo.co.jp', 'docomo.ne.jp', 'gmail.com'])}`).t(`\nご住所：〒`).l('ADDRESS', `${c.r.int(100, 999)}-${c.r.digits(4)} ${c.r.pick(['東京都渋谷区神宮前', '京都府京都市中京区', '大阪府大阪市中央区難波', '北海道札幌市中央区'])}${c.r.int(1, 6)}-${c.r.int(1, 30)}-${c.r.int(1, 20)}`);
    d.t(`\n担当：`).l('PERSON', c.r.pick(JA_FAM)).t('（フロント）');
  }],
  // Korean guesthouse message
  [2, (c, d) => {
    const n = c.r.pick(KO_FAM) + c.r.pick(KO_GIV);
    d.t('안녕하세요 ').l('PERSON', n).t(` 님, ${c.r.pick(['한옥스테이 달빛', '게스트하우스 바람', '해운대 오션스테이'])}입니다. 체크인은 15시부터이며 현관 비밀번호는 ${c.r.digits(6)}입니다.\n문의: `).l('PHONE', COUNTRIES.KR?.phone(c.r) ?? '010-1234-5678').t('\n생년월일 확인: ').l('DOB', dKR(c.r, c.r.int(1960, 2004), c.r.int(1, 12), c.r.int(1, 28))).t(`\n담당 `).l('PERSON', c.r.pick(KO_FAM) + c.r.pick(KO_GIV)).t(' 씨 드림');
  }],
  // German Meldeschein
  [2, (c, d) => {
    const g = c.person(c.r.pick(['DE', 'AT', 'CH']));
    d.t(`Meldeschein Nr. ${c.r.digits(6)} — ${c.r.pick(['Pension Lindenhof', 'Hotel Zur Alten Mühle', 'Gasthof Adler'])}\nFamilienname: `).l('PERSON', g.family).t('\nVorname: ').l('PERSON', g.given).t('\nGeburtsdatum: ').l('DOB', c.dob(g, dDE)).t(`\nStaatsangehörigkeit: ${g.country.name}\nAnschrift: `).l('ADDRESS', c.addr(g, ', ')).t(`\nAnreise: ${dDE(c.r, 2025, c.r.int(1, 12), c.r.int(1, 28))} · Abreise: ${dDE(c.r, 2025, c.r.int(1, 12), c.r.int(1, 28))}\nMitreisende: `).l('PERSON', c.person(g.country.cc).full).t(`\nKurbeitrag: ${c.money()}`);
  }],
  // French fiche de police
  [2, (c, d) => {
    const g = c.person();
    d.t('FICHE INDIVIDUELLE DE POLICE\nNom : ').l('PERSON', g.family.toUpperCase()).t('\nPrénom : ').l('PERSON', g.given).t('\nNé(e) le : ').l('DOB', c.dob(g, dFR)).t(`\nNationalité : ${g.country.name}\nDomicile habituel : `).l('ADDRESS', c.addr(g, ', ')).t(`\nEnfants de moins de 15 ans : ${c.r.int(0, 3)}\nDate d’arrivée : ${dFR(c.r, 2025, c.r.int(1, 12), c.r.int(1, 28))}`);
  }],
  // Spanish check-in message
  [2, (c, d) => {
    const g = c.person(c.r.pick(['ES', 'MX']));
    d.t('Hola ').l('PERSON', g.given).t(`, para completar el registro de viajeros necesitamos: fecha de nacimiento (nos indicaste `).l('DOB', c.dob(g, dES)).t(`), número de documento y domicilio. Tu domicilio: `).l('ADDRESS', c.addr(g, ', ')).t(`. El código del portal es ${c.r.digits(4)}. Un saludo, `).l('PERSON', c.person('ES').given).t(` — ${c.r.pick(['Casa Almendro', 'Apartamentos Mar Chica'])}`);
  }],
  // Italian Alloggiati note
  [2, (c, d) => {
    const g = c.person('IT');
    d.t('Buongiorno ').t(`${c.hon(g)} `).l('PERSON', g.family).t(`, per la comunicazione alla Questura (Alloggiati Web) ci serve: data di nascita `).l('DOB', c.dob(g, dIT)).t(`, luogo di nascita ${c.r.pick(['Bari', 'Torino', 'Lecce'])}, documento ${letters(c.r, 2)}${c.r.digits(7)}. La tassa di soggiorno è ${c.money()}. Cordiali saluti, `).l('PERSON', c.person('IT').full);
  }],
  // Brazilian pousada Pix/transfer
  [3, (c, d) => {
    const g = c.person('BR');
    d.t('Oi ').l('PERSON', g.given).t(`! Recebemos o sinal de 30% da reserva ${c.conf()}. O restante pode ser pago no check-in ou por transferência para `).l('IBAN', c.iban('BR')).t(`. Endereço da pousada: `).l('ADDRESS', c.addr(c.person('BR'), ', ')).t('. Qualquer dúvida: ').l('PHONE', COUNTRIES.BR?.phone(c.r) ?? '(11) 91234-5678').t(' Abraço, ').l('PERSON', c.person('BR').given);
  }],
  // visa invitation letter request
  [2, (c, d) => {
    const g = c.person();
    d.t(`Request for invitation letter\nI need a letter for my visa appointment on ${c.date()}. Details:\nFull name: `).l('PERSON', g.full).t('\nBorn: ').l('DOB', c.dob(g)).t(`\nPassport: ${letters(c.r, 1)}${c.r.digits(8)}\nHome address: `).l('ADDRESS', c.addr(g, '\n')).t('\nStay: ').t(c.stay(g).join(' → ')).t('\nThank you, ').l('PERSON', g.given);
    d.known.push(g.full);
  }],
  // host payout setup with IBAN and DOB (KYC)
  [4, (c, d) => {
    const h = c.person(c.r.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'PT', 'GB', 'IE', 'AT', 'BE', 'PL', 'GR']));
    d.t(`${c.r.pick(PLATFORMS)} · payout method added\nHost: `).l('PERSON', h.full).t('\nDate of birth: ').l('DOB', c.dob(h)).t('\nIBAN: ').l('IBAN', c.iban(h.country.cc)).t('\nRegistered address: ').l('ADDRESS', c.addr(h, ', ')).t(`\nRequest from `).l('IP', c.ip()).t(`; KYC ref ${c.hash(16)}`);
  }],
  // co-host invitation
  [2, (c, d) => {
    const h = c.person(); const co = c.person();
    d.l('PERSON', h.given).t(` invited you to co-host “${c.r.pick(['Fisherman’s cottage', 'Loft Kreuzberg', 'Casa Azul'])}”. Accept with `).l('EMAIL', c.email(co)).t(` by ${c.date()}. Co-host `).l('PERSON', co.full).t(` will receive 15% of payouts.`);
  }],
  // smart-lock provisioning log
  [2, (c, d) => {
    const n = c.r.int(2, 4);
    d.t(`lockd[${c.r.int(100, 9999)}]: provisioning codes for unit ${c.r.pick(['3B', '12', 'Garden'])}\n`);
    for (let i = 0; i < n; i++) d.t(`${c.ts()} code=${c.r.digits(6)} guest="`).l('PERSON', c.person().full).t('" gw=').l('IP', c.ipv4()).t(`:${c.r.pick(['8080', '443', '1883'])} fw=v${c.r.int(1, 4)}.${c.r.int(0, 9)}.${c.r.int(0, 20)}\n`);
    d.t('[').l('IP', c.ipv6()).t(`]:${c.r.pick(['443', '8443'])} heartbeat ok`);
  }],
  // noise complaint with guest names
  [2, (c, d) => {
    const a = c.person(); const s = c.staff();
    d.t(`Incident ${c.r.digits(5)} — noise, room ${c.room()} at ${c.time()}. Night manager `).l('PERSON', s.full).t(' spoke to ').l('PERSON', a.full).t(`'s party (${c.r.int(4, 9)} people). Second warning; guest ${c.hon(a)} `).l('PERSON', a.family).t(` agreed to end the party. Neighbour in ${c.room()} got a free breakfast.`);
  }],
  // cancellation dispute (storm)
  [2, (c, d) => {
    const g = c.person();
    d.t('To whom it may concern,\nI, ').l('PERSON', g.full).t(`, had to cancel booking ${c.conf()} because of ${c.r.pick(['Storm Ciarán', 'Hurricane Milton', 'Typhoon Shanshan'])}. Your policy promises a waiver. Please refund to the original card or call me on `).l('PHONE', c.phone(g)).t(`.\nSincerely,\n`).l('PERSON', g.full).t('\n').l('ADDRESS', c.addr(g, '\n'));
    d.known.push(g.full);
  }],
  // walk letter
  [1, (c, d) => {
    const g = c.person(); const m = c.staff();
    d.t('Dear ').t(`${c.hon(g)} `).l('PERSON', g.family).t(`,\nwe regret we could not honour your reservation tonight. We have arranged a room at a partner hotel (the one opposite ${c.epo()}) and will cover one night and taxi. \n`).l('PERSON', m.full).t(`, Duty Manager — direct line `).l('PHONE', c.phone(m));
  }],
  // invoice correction (address)
  [2, (c, d) => {
    const g = c.person();
    d.t('Hi accounts team, could you reissue invoice ').t(`${c.r.digits(7)} with my company address instead of home? It should read:\n\n`).l('PERSON', g.full).t(`\n${c.r.pick(['Lumen Apps Oy', 'Harbor & Vine LLC', 'Okafor Logistics Ltd', 'Estudio Nube SL'])}\n`).l('ADDRESS', c.addr(g, '\n')).t('\n\nThanks — ').l('PERSON', g.given);
    d.known.push(g.full);
  }],
  // parking registration
  [1, (c, d) => {
    const g = c.person();
    d.t(`Parking permit #${c.r.digits(4)} · plate ${letters(c.r, 2)}-${c.r.digits(3)}-${letters(c.r, 2)} · guest `).l('PERSON', nameAs(g, 'init')).t(` · room ${c.room()} · valid to ${c.date()} · EV bay near ${c.epo()}`);
  }],
  // review response
  [2, (c, d) => {
    const g = c.person(); const s = c.staff();
    d.t('Response from the property: Dear ').l('PERSON', g.given).t(`, thank you for the lovely words about our breakfast and about `).l('PERSON', s.given).t(` at reception! We've passed them on. Sorry about ${c.epo()} being noisy. Hope to see you again — `).l('PERSON', c.staff().full).t(', GM');
  }],
  // guest sends card number in chat twice (one invalid)
  [2, (c, d) => {
    const g = c.person();
    d.t('Guest: card declined?? try ').t(c.badCard()).t(' … wait wrong digit, it’s ').l('CARD', c.card()).t('\nGuest: name on card ').l('PERSON', g.full.toUpperCase()).t('\nAgent: Got it, charged. Please never send cards over chat, next time use the secure link.');
  }],
  // minibar / folio dispute email
  [2, (c, d) => {
    const g = c.person();
    d.t(`From: `).l('EMAIL', c.email(g)).t(`\nTo: `).l('EMAIL', c.role()).t(`\nSubject: Wrong charges on folio ${c.r.digits(6)}\n\nI was charged ${c.money()} for minibar items I never touched and a "${c.r.pick(['Marriott Bonvoy transfer', 'Hilton Honors', 'Dyson rental', 'Tesla charging', 'Nespresso pod', 'Jacuzzi cleaning'])}" fee. My card `).t(c.masked()).t(' was billed on ').t(c.date()).t('. Please refund.\n').l('PERSON', g.full);
    d.known.push(g.full);
  }],
  // customer service: account email change
  [2, (c, d) => {
    const g = c.person(); const a = c.staff();
    d.t(`Ticket ${c.r.digits(7)} · ${c.r.pick(PLATFORMS)} Support\nUser `).l('PERSON', g.full).t(' asks to change login from ').l('EMAIL', c.email(g)).t(' to ').l('EMAIL', c.email(g)).t('. Verified via SMS to ').l('PHONE', c.phone(g)).t(` (last seen ${c.r.pick(['***-***-', '+** *** *** '])}${c.r.digits(4)} on old profile). Agent: `).l('PERSON', a.given).t('.');
  }],
  // payment gateway webhook JSON
  [2, (c, d) => {
    const g = c.person();
    d.t(`{"event":"payment.captured","id":"pay_${c.hash(14)}","amount":${c.r.int(4000, 90000)},"currency":"${c.r.pick(['EUR', 'USD', 'GBP'])}","card":{"brand":"${c.r.pick(['visa', 'mastercard'])}","last4":"${c.r.digits(4)}"},"billing":{"name":"`).l('PERSON', g.full).t('","email":"').l('EMAIL', c.email(g)).t('","ip":"').l('IP', c.ip()).t(`"},"created":"${c.ts()}"}`);
  }],
  // ID scan OCR output
  [2, (c, d) => {
    const g = c.person();
    d.t(`ID scan (OCR, confidence ${c.r.int(80, 99)}%)\nSURNAME: `).l('PERSON', g.family.toUpperCase()).t('\nGIVEN NAMES: ').l('PERSON', g.given.toUpperCase()).t('\nDATE OF BIRTH: ').l('DOB', `${p2(c.r.int(1, 28))} ${mon('en', c.r.int(1, 12)).slice(0, 3).toUpperCase()} ${c.r.int(1950, 2005)}`).t(`\nDATE OF EXPIRY: ${p2(c.r.int(1, 28))} ${mon('en', c.r.int(1, 12)).slice(0, 3).toUpperCase()} ${c.r.int(2026, 2034)}\nDOC NO: ${letters(c.r, 2)}${c.r.digits(7)}`);
  }],
  // guest self-intro with birthday surprise (not DOB of guest? partner's DOB)
  [2, (c, d) => {
    const g = c.person(); const p = c.person();
    d.t('Hi there, I’m ').l('PERSON', g.full).t(`, staying ${c.stay(g).join(' – ')}. It's my partner `).l('PERSON', p.given).t(`'s birthday during our stay (born `).l('DOB', c.dob(p)).t(`, turning a big number!) — could you put a cake in the room? Pay with card on file. Our anniversary is ${c.date()} too, but no fuss needed.`);
    d.known.push(g.full);
  }],
  // deposit dispute with host bank details
  [3, (c, d) => {
    const g = c.person(); const h = c.person();
    d.t('Guest ').l('PERSON', g.full).t(' disputes the deduction. Host ').l('PERSON', h.full).t(' provided invoice for repairs, payee IBAN ').l('IBAN', c.iban(h.country.cc)).t(` (the earlier one ${c.badIban()} was rejected by the bank). Mediator: `).l('PERSON', c.staff().given).t(`. Deadline ${c.date()}.`);
  }],
  // housekeeping note with guest phone split across lines (unlabelled) + email
  [1, (c, d) => {
    const g = c.person(); let raw = c.phone(g);
    for (let k = 0; k < 10 && !raw.includes(' '); k++) raw = c.phone(g);
    if (!raw.includes(' ')) raw = `+44 7${c.r.digits(3)} ${c.r.digits(6)}`;
    const ph = raw.split(' ');
    d.t('note from HK: ').l('PERSON', g.given).t(` in ${c.room()} left a scarf, said call ${ph.slice(0, 1).join(' ')}\n${ph.slice(1).join(' ')} or mail `).l('EMAIL', c.email(g)).t('.');
  }],
  // key card audit with staff
  [1, (c, d) => {
    const s = c.staff();
    d.t(`Lock audit room ${c.room()}: ${c.ts()} master key MK-${c.r.digits(3)} (`).l('PERSON', s.given).t(`), ${c.ts()} guest key #${c.r.int(1, 4)}, ${c.ts()} DND override. Encoder ${c.hash(8)} at `).l('IP', c.ipv4()).t('.');
  }],
  // wifi portal log
  [2, (c, d) => {
    const n = c.r.int(2, 4);
    d.t(`captive-portal ${c.r.pick(['v3.8.1', 'v4.0.2'])} sessions\n`);
    for (let i = 0; i < n; i++) d.t(`room=${c.room()} last_name=`).l('PERSON', c.person().family).t(` mac=${c.hash(2)}:${c.hash(2)}:${c.hash(2)}:${c.hash(2)}:${c.hash(2)}:${c.hash(2)} ip=`).l('IP', c.r.chance(0.7) ? c.ipv4() : c.ipv6()).t(` up=${c.r.int(1, 900)}MB\n`);
  }],
  // reservation modification emails with second guest DOB for child
  [1, (c, d) => {
    const g = c.person(); const k = c.person(g.country.cc);
    d.t('Please add my daughter ').l('PERSON', `${k.given} ${g.family}`).t(' (DOB ').l('DOB', c.dob(k)).t(`) to reservation ${c.conf()}; she needs a rollaway. — `).l('PERSON', g.full);
    d.known.push(g.full);
  }],
  // US hotel credit application direct bill
  [3, (c, d) => {
    const g = c.person('US');
    d.t(`Direct Bill Application — ${c.prop()}\nApplicant / guarantor: `).l('PERSON', g.full).t(`\nCompany: ${c.r.pick(['Maple Leaf Events', 'Rowan Crane Rental', 'Big Sky Surveying'])} (EIN ${c.ein()})\nGuarantor SSN: `).l('NATIONAL_ID', c.ssn()).t('\nHome address: ').l('ADDRESS', c.addr(g, '\n')).t('\nPhone: ').l('PHONE', c.phone(g)).t(`\nBank ref: ABA 0${c.r.digits(8)}, acct ending ${c.r.digits(4)}`);
  }],
  // fraud affidavit for chargeback (SSN + card)
  [2, (c, d) => {
    const g = c.person('US');
    d.t('Cardholder affidavit: I, ').l('PERSON', g.full).t(', SSN ').l('NATIONAL_ID', c.ssn()).t(', did not authorise the charge at ').t(c.prop()).t(' on ').t(c.date()).t(' to card ').l('CARD', c.card()).t('. Signed ').l('PERSON', nameAs(g, 'init'));
  }],
  // channel payout statement to a property
  [3, (c, d) => {
    const o = c.person(c.r.pick(['IT', 'GR', 'PT', 'ES', 'CZ', 'AT', 'FR']));
    d.t(`Payout statement ${c.r.pick(['PO', 'PS'])}-${c.r.digits(9)} · period ${c.stay().join(' to ')}\nPayee: `).l('PERSON', o.full).t(` (${c.prop()})\nReservations: ${c.r.int(3, 40)} · commission ${c.r.int(12, 18)}% · net ${c.money()}\nPaid to `).l('IBAN', c.iban(o.country.cc)).t(`\nQuestions about this statement? `).l('EMAIL', c.role(c.r.pick(['partners.roamly.com', 'payouts.keycasa.io']))).t(`\nInvoice number ${c.r.digits(10)} — not a payment card.`);
  }],
];

const NEGATIVE: Tpl[] = [
  (c, d) => { d.t(`WO#${c.r.digits(6)} — ${c.equip()} in room ${c.room()} stuck again. Part no. ${letters(c.r, 3)}-${c.r.digits(5)}, PO ${c.r.digits(8)}. Also ${c.equip()} needs servicing; ${c.epo()} mentioned by the guest. ETA ${c.date()} ${c.time()}.`); },
  (c, d) => { d.t(`Housekeeping status ${c.date()}\nVC: ${c.r.int(10, 60)}  VD: ${c.r.int(5, 30)}  OOO: ${c.r.int(0, 4)}\nLinen par ${c.r.int(2, 4)}.${c.r.int(0, 9)}, towels short by ${c.r.int(10, 90)}. Replace ${c.equip()} in ${c.room()}. Grant funding for new carts approved.`); },
  (c, d) => { d.t(`Night audit ${c.date()} — Occ ${c.r.int(40, 99)}% · ADR ${c.money()} · RevPAR ${c.money()}\nBatch ${c.r.digits(6)} closed at ${c.time()}. Card batch total ${c.money()}. Unmatched: ${c.masked()}, ${c.masked()}. Tax ID ${c.ein()}, routing 0${c.r.digits(8)}.`); },
  (c, d) => { d.t(`${c.r.pick(PMS)} release ${c.r.int(3, 9)}.${c.r.int(0, 20)}.${c.r.int(0, 9)}.${c.r.int(100, 999)} (build ${c.hash(7)})\n- Fixed folio rounding for ${c.r.pick(['CHF', 'JPY', 'HUF'])}\n- New amenity code for ${c.equip()}\n- Upgraded libssl to 3.0.${c.r.int(10, 15)}`); },
  (c, d) => { d.t(`Pet policy: dogs up to 15 kg, ${c.money()} per stay. Our resident cat ${c.r.pick(PETS)} is not for adoption! Service animals welcome under the Americans with Disabilities Act. ${c.r.pick(['Hurricane Milton', 'Storm Éowyn'])} waivers ended ${c.date()}.`); },
  (c, d) => { d.t(`[channel-sync] ${c.ts()} ERROR rate plan ${c.r.pick(['BAR-FLEX', 'NRF-10', 'LOS3'])} rejected by OTA (code ${c.r.int(400, 499)}), request-id ${c.hash(8)}-${c.hash(4)}-${c.hash(4)}-${c.hash(12)}; retry ${c.r.int(1, 5)}/5 at ${c.ts()}`); },
  (c, d) => { d.t(`Settlement report ${c.date()}: ${c.r.int(20, 200)} txns, gross ${c.money()}. Rejected PANs (failed check): ${c.badCard()}, ${c.badCard()}. Rejected IBAN ${c.badIban()}. Merchant ID ${c.r.digits(15)}.`); },
  (c, d) => { d.t(`Lost & found catalogue — week ${c.r.int(1, 52)}\nLF-${c.r.digits(5)} umbrella (lobby)\nLF-${c.r.digits(5)} ${c.r.pick(['AirPods case', 'Lego set', 'Lonely Planet guide', 'Nikon lens cap'])} (room ${c.room()})\nLF-${c.r.digits(5)} earring, gold (spa)\nUnclaimed items donated after 90 days.`); },
  (c, d) => { d.t(`Welcome to ${c.prop()}! Breakfast 7–10:30 in the ${c.r.pick(['Hemingway Suite', 'Churchill Bar', 'Darwin room'])}. Try our Earl Grey cake. Shuttle to ${c.epo()} hourly. Checkout 11:00; late checkout ${c.money()}.`); },
  (c, d) => { d.t(`Group quote Q-${c.r.digits(5)}: ${c.r.int(10, 80)} rooms, ${c.stay().join(' – ')}, ${c.money()} net/night incl. breakfast, meeting room "${c.r.pick(['Marie Curie', 'Ada Lovelace', 'Nikola Tesla'])}" half day. Option held until ${c.date()}.`); },
  (c, d) => { d.t(`Refund status for case ${c.r.pick(['RF', 'CS'])}-${c.r.digits(8)}: approved. Amount ${c.money()} to card ${c.masked()}. Tracking for returned item: 1Z${letters(c.r, 3)}${c.r.digits(13)}. SSN field: ${c.fakeSsn()} (masked).`); },
  (c, d) => { d.t(`Self check-in: the key box is the third door past the ${c.r.pick(['Lidl', 'pharmacy', 'tram stop'])}, code ${c.r.digits(4)}. Wi-Fi: ${c.r.pick(['Loft', 'Attic', 'Casa'])}Guest / ${c.hash(10)}. The building is next to ${c.epo()}. Please take shoes off.`); },
  (c, d) => { d.t(`Training memo: all front-desk staff must complete the Heimlich maneuver refresher by ${c.date()}. Legionnaires’ disease flushing logs are in the binder. Reminder: the Sarbanes–Oxley audit starts ${c.date()}. Dementia and Parkinson’s awareness module v${c.r.int(1, 3)}.${c.r.int(0, 9)}.${c.r.int(0, 9)}.${c.r.int(0, 9)}.`); },
  (c, d) => { d.t(`Rate shop ${c.date()}: Marriott ${c.money()}, Hilton ${c.money()}, Hyatt ${c.money()}, Wyndham ${c.money()}, Best Western ${c.money()}. Our BAR ${c.money()}. Team "${c.r.pick(['Blue Harbour', 'Revenue Rockets', 'Ops Owls'])}" to review.`); },
];

/** Unlabelled trailers that add realistic noise and traps to some documents. */
const FOOTERS: ((c: Ctx) => string)[] = [
  () => '\n\nSent from my iPhone',
  (c) => `\n--\nPowered by ${c.r.pick(PMS)} ${c.r.int(2, 9)}.${c.r.int(0, 30)}.${c.r.int(0, 9)}`,
  (c) => `\n[ticket ${c.r.digits(8)} · SLA ${c.r.int(2, 48)}h · tags: ${c.r.pick(['billing', 'front-office', 'hk', 'ota'])}]`,
  (c) => `\nP.S. The path past ${c.epo()} is closed until ${c.date()}.`,
  (c) => `\nmsg-id <${c.hash(16)}@mx.${c.r.pick(PROP_DOM)}>`,
];

/**
 * Generates the split for one seed: whole documents until at least `minInstances` labels exist (the
 * document that reaches the target is the last one).
 */
export function generateIndependent60Corpus(opts: { seed?: number; minInstances?: number } = {}): Independent60Entry[] {
  const r = new Rng(opts.seed ?? INDEPENDENT60_SEEDS[0]);
  const min = opts.minInstances ?? INDEPENDENT60_MIN_INSTANCES;
  const c = new Ctx(r);
  const totalWeight = POSITIVE.reduce((s, [w]) => s + w, 0);
  const out: Independent60Entry[] = [];
  let count = 0;
  while (count < min) {
    const d = new Doc();
    if (r.chance(0.1)) {
      r.pick(NEGATIVE)(c, d);
    } else {
      let x = r.next() * totalWeight;
      let tpl: Tpl = (POSITIVE[0] as [number, Tpl])[1];
      for (const [w, f] of POSITIVE) {
        x -= w;
        if (x < 0) { tpl = f; break; }
      }
      tpl(c, d);
    }
    if (r.chance(0.15)) d.t(r.pick(FOOTERS)(c));
    out.push({ text: d.text, labels: d.labels, knownNames: [...new Set(d.known)] });
    count += d.labels.length;
  }
  return out;
}
