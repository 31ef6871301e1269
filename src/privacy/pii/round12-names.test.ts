/**
 * @module privacy/pii/round12-names.test — twelfth round of person names: greetings inside CSV cells and
 * in capitals, chat speakers after long stamps and in scripts without capitals, surname columns beside
 * a given-name column, column-typed forms, qualified role labels, CRM shorthand, kin words before a
 * lower-case name and a verb; and what is no person: bullet items, account handles, eponymous themes,
 * dishes, schools and airports, and pets in parentheses. All names are invented or common.
 */
import { describe, expect, it } from 'vitest';
import { detectPii } from './runner.js';
import { winkWordLexicon } from './word-lexicon.js';

const lexicon = winkWordLexicon();
const names = (text: string): string[] => detectPii(text, { lexicon }).filter((s) => s.type === 'PERSON').map((s) => s.value);

describe('person names found (round 12)', () => {
  it.each([
    ['x,QUEUED,"Hi Raimunda, your rider is arriving."', 'Raimunda'],
    ['+234 800 000 0000,DELIVERED,"Dear SELAMAWIT, your acct ***1162 was credited."', 'SELAMAWIT'],
    ['Personalnr;Name;Vorname;IBAN\n989620;Fischer;Mechthild;n/a\n685472;Holm;Sigrid;n/a', 'Holm'],
    ['Surname  :  KOCH       Given names :  ANA', 'KOCH'],
    ['Nom : BLANC   Prénom(s) : Rose\nVille : Lyon', 'Rose'],
    ['Previous landlord: Autumn  tel (905) 000-0000', 'Autumn'],
    ['8/16/23 DM: spoke w/ Rodrigo abt billing err.', 'Rodrigo'],
    ['9/27/20 HB: cb from Kayleigh Underwood re renewal.', 'Kayleigh'],
    ['caller: my wife grace called about it too', 'grace'],
  ])('finds the name in %j', (text, want) => {
    expect(names(text)).toContain(want);
  });

  it('reads chat speakers after a date-and-time stamp, an everyday word among them', () => {
    const chat = '[18/11/2021, 05:44] Maria: my new line is 0700 000 000\n[18/11/2021, 05:46] Mercy: ok, received, thanks\n[18/11/2021, 05:47] Maria: 👍';
    expect(names(chat)).toEqual(expect.arrayContaining(['Maria', 'Mercy']));
  });

  it('reads a speaker in a script without capitals when the chat has other speakers', () => {
    const chat = 'Sigrid: Ja, noch da.\nมาลี: Hallo, ist das noch da?\nSigrid: Abholung heute.';
    expect(names(chat)).toEqual(expect.arrayContaining(['Sigrid', 'มาลี']));
  });

  it('reads a speaker whose role follows in parentheses, with no other speaker', () => {
    expect(names('Customer: where is my parcel?\n[02:37] Bong (agent): Hi, thanks for reaching out!\nCustomer: ok')).toContain('Bong');
  });

  it('keeps a bare @mention as a name', () => {
    expect(names('@kwame can you review this?')).toContain('kwame');
  });
});

describe('no person (round 12)', () => {
  it.each([
    '## Experience\n- Data Analyst, Acme (2016–present)\n- Intern, Philips (2019) — worked on the rollout',
    '## Changelog\n- Added importer (#7781)\n- Removed Marie Curie theme',
    'I was admitted to the MSc Public Health (Nelson Mandela School of Public Governance).',
    'Napoleon cake and Beef Wellington on the menu tonight.',
    'Pets: 1 cat (Frida, born 16/09/2021)',
    'Atatürk Havalimanı\'nda bekliyorum.',
    'Vinted — Philippe Starck lamp — 260 €',
    'Telefon (privat): 0151 000 0000\nE-Mail: x@example.org',
    'linkedin.com/in/abc | @kiprop_83\nBorn: 1962',
  ])('finds no person in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('still reads a bulleted "Surname, Given" item', () => {
    expect(names('Guests:\n  - Day, Brittany\n  - Kayla Little')).toEqual(expect.arrayContaining(['Day', 'Brittany']));
  });
});
