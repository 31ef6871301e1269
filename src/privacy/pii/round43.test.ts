/**
 * @module privacy/pii/round43.test — the forty-third round: the learned scorer drops the rules' names it
 * reads as none (a venue), and keeps those a list, an honorific, a chat layout or the user vouches for;
 * dates of birth after "Name, b.", in a memorial's lifespan and in a Japanese "（…日生）".
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';
import { detectPii } from './runner.js';
import { winkWordLexicon } from './word-lexicon.js';

describe('the scorer reviewing the rules’ names', () => {
  it('drops a venue the rules read as a name', () => {
    const text = 'Spielplan Juni – Kulturhaus Auenwald\n14.06.2026 19:30 · Tosca · Großer Saal';
    expect(found(text, 'PERSON', { nameScorer: null })).toEqual(['Kulturhaus Auenwald']);
    expect(found(text, 'PERSON')).toEqual([]);
  });

  it('keeps names vouched for by a title, the lists, a chat speaker or the user', () => {
    expect(found('Ich kenne Herrn Obermaier nicht.', 'PERSON')).toEqual(['Obermaier']);
    expect(found('Please call Kia Patel back today.', 'PERSON')).toEqual(['Kia Patel']);
    const text = 'Spielplan Juni – Kulturhaus Auenwald\nTickets: 2';
    const own = detectPii(text, { lexicon: winkWordLexicon(), knownNames: ['Kulturhaus Auenwald'] });
    expect(own.filter((s) => s.type === 'PERSON').map((s) => s.value)).toEqual(['Kulturhaus Auenwald']);
  });
});

describe('dates of birth', () => {
  it('reads the date after "Name, b." in a family list, not a list item "b."', () => {
    expect(found('Family list — compiled by Ruth Okafor\n\n- Tomasz Lind, b. 3 March 1922\n- Wren Lind, b. 04/11/1958', 'DOB')).toEqual(['3 March 1922', '04/11/1958']);
    expect(found('Agenda: a. minutes, b. 12 budget lines for 2026', 'DOB')).toEqual([]);
  });

  it('reads the first date of a lifespan under a name in a memorial, not a lease term', () => {
    expect(found('   IN LOVING MEMORY OF\n   EDITH CALLOWAY\n   2 Feb 1931 – 14th March 2025\n   "Always with us"', 'DOB')).toEqual(['2 Feb 1931']);
    expect(found('Lease holder\nOmar Haddad\n1 Jan 2010 – 31 Dec 2024', 'DOB')).toEqual([]);
    expect(found('In memory of our stay\nPriya Raman\n12 Jul 2025 – 19 Jul 2025', 'DOB')).toEqual([]);
  });

  it('reads a Japanese date marked 生 in brackets', () => {
    expect(found('相続メモ\n被相続人：山田太郎（1952年3月9日生）\n死亡日：2024年5月1日', 'DOB')).toEqual(['1952年3月9日']);
    expect(found('工場（2019年4月1日生産開始）', 'DOB')).toEqual([]);
  });
});
