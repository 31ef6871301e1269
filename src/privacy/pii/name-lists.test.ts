/** @module privacy/pii/name-lists.test — size, shape and spot members of the broad name lists. */
import { describe, expect, it } from 'vitest';
import { MORE_GIVEN_NAMES } from './given-names-more.js';
import { WORLD_GIVEN_NAMES } from './given-names-world.js';
import { WORLD_SURNAMES } from './surnames-world.js';

/** A capitalised name: letters and marks, inner apostrophes, hyphens and capitals allowed. */
const NAME_SHAPE = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

describe.each([
  ['WORLD_SURNAMES', WORLD_SURNAMES, 1800],
  ['MORE_GIVEN_NAMES', MORE_GIVEN_NAMES, 1300],
] as const)('%s', (_label, set, minSize) => {
  it(`has at least ${minSize} entries`, () => expect(set.size).toBeGreaterThanOrEqual(minSize));

  it('holds only name-shaped entries without surrounding whitespace', () => {
    const bad = [...set].filter((n) => n !== n.trim() || !NAME_SHAPE.test(n) || /['’-]$|--/.test(n));
    expect(bad).toEqual([]);
  });

  it('holds entries in NFC', () => {
    expect([...set].filter((n) => n !== n.normalize('NFC'))).toEqual([]);
  });

  it('leaves out very common English words', () => {
    const words = ['Will', 'May', 'Long', 'Young', 'White', 'Brown', 'Green', 'Black', 'King', 'Bell'];
    const more = ['Rose', 'Hope', 'Best', 'Do', 'Van', 'Son', 'Hung', 'Mark', 'Grace', 'Can', 'Said', 'My'];
    expect([...words, ...more].filter((w) => set.has(w))).toEqual([]);
  });
});

describe('WORLD_SURNAMES spot members', () => {
  it.each([
    // English / US / African-American, Irish, Scottish, Welsh
    'Smith', 'Johnson', 'Washington', 'Jefferson', "O'Neill", "O'Sullivan", 'McDonald', 'MacLeod',
    'Pryce-Jones', 'Llewellyn', 'Davies',
    // German, Dutch / Flemish, French, Italian
    'Müller', 'Muller', 'Schröder', 'Schroder', 'Weiß', 'Weiss', 'Berg', 'Dijk', 'Vries', 'Heuvel',
    'Visser', 'Smit', 'Bakker', 'Jansen', 'Lefèvre', 'Lefevre', 'Dubois', "D'Angelo", 'Esposito',
    // Iberian, Polish, Czech, Hungarian, Romanian
    'García', 'Garcia', 'Etxeberria', 'Puig', 'Gonçalves', 'Goncalves', 'Wiśniewski', 'Wisniewski',
    'Kowalska', 'Dvořák', 'Dvorak', 'Nagy', 'Popescu',
    // Russian / Ukrainian / Belarusian, Balkan, Greek, Turkish
    'Ivanov', 'Ivanova', 'Shevchenko', 'Lukashenko', 'Jovanović', 'Jovanovic', 'Horvat',
    'Papadopoulos', 'Yılmaz', 'Yilmaz', 'Öztürk', 'Ozturk',
    // Nordic, Baltic
    'Lindqvist', 'Sørensen', 'Sorensen', 'Jørgensen', 'Jorgensen', 'Korhonen', 'Sigurðsson',
    'Sigurdsson', 'Kazlauskas', 'Bērziņš', 'Berzins', 'Tamm',
    // Arabic, Persian, Hebrew
    'Al-Sayed', 'Sayed', 'Haddad', 'Al-Qahtani', 'Benali', 'Hosseini', 'Cohen', 'Ben-David',
    // South Asia
    'Iyer', 'Krishnamurthy', 'Reddy', 'Nair', 'Banerjee', 'Chatterjee', 'Sharma', 'Qureshi', 'Rahman',
    'Perera', 'Jayasuriya',
    // East and South-East Asia
    'Wang', 'Zhang', 'Chan', 'Tan', 'Kim', 'Choi', 'Tanaka', 'Satō', 'Sato', 'Nguyễn', 'Nguyen', 'Trần',
    'Tran', 'Shinawatra', 'Bautista', 'Santoso', 'Siregar',
    // Africa and the Pacific
    'Adeyemi', 'Okonkwo', 'Abubakar', 'Mensah', 'Kamau', "Nyong'o", 'Tesfaye', 'Dlamini', 'Botha',
    'Merwe', 'Ngata', 'Tuilagi',
  ])('has %s', (name) => expect(WORLD_SURNAMES.has(name)).toBe(true));
});

describe('MORE_GIVEN_NAMES spot members', () => {
  it.each([
    'Jean-Baptiste', 'Marie-Claude', 'Hans-Peter', 'Per-Olof', 'Ana-Maria', 'Min-jun', 'Seo-yeon',
    'Ji-hoon', 'Xiuying', 'Zihan', 'Yutong', 'Haruki', 'Yūki', 'Yuki', 'Torben', 'Åsa', 'Asa', 'Linnéa',
    'Linnea', 'Friederike', 'Henrike', 'Svenja', 'Ute', 'Gerd', 'Venkatesh', 'Deepika', 'Shanice',
    'Tyrone', 'Keisha', 'Ngozi', 'Chiamaka', 'Thandiwe', 'Wanjiru', 'Siobhán', 'Siobhan', 'Łukasz',
    'Lukasz', 'Zoltán', 'Ioana', 'Oleksandr', 'Željko', 'Zeljko', 'Giorgos', 'Jānis', 'Zeynep',
    'Youssef', 'Shirin', 'Noam', 'Gurpreet', 'Tahmina', 'Dilshan', 'Thảo', 'Thao', 'Somporn',
    'Nurhaliza', 'Kwabena', 'Hodan', 'Lerato', 'Riaan', 'Anahera', 'Keoni',
  ])('has %s', (name) => expect(MORE_GIVEN_NAMES.has(name)).toBe(true));

  it('is merged into WORLD_GIVEN_NAMES', () => {
    expect([...MORE_GIVEN_NAMES].filter((n) => !WORLD_GIVEN_NAMES.has(n))).toEqual([]);
  });
});
