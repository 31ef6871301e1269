/**
 * @module privacy/pii/round38.test — the thirty-eighth round's rules: message identifiers of logs and
 * exports ("msg-id <…>", "message-id=<…>"), card words ("charged to", "VCC"), a
 * second record's version of a birth date ("… while the profile says …"), Japanese names glued or alone
 * on a line, lower-case names after billing and dispute labels, the card holder's own words; and as no
 * people: skills named like people, pets by breed or security answer, handles, lodging, teams and quoted
 * rooms, Italian articled prepositions, Romance plural nouns and first-level divisions (states).
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';
import { detectPii } from './runner.js';
import { winkWordLexicon } from './word-lexicon.js';

const lexicon = winkWordLexicon();

describe('structured values', () => {
  it('takes no address from the message identifiers of logs and exports, and keeps mailboxes beside them', () => {
    expect(found('queued as 4FQ1 msg-id <0c5d9e2a71b3f4e8@mx.harbourinn.example.org>', 'EMAIL')).toEqual([]);
    expect(found('postfix/cleanup[2211]: 7A1C: message-id=<20240512.1@mail.example.com>', 'EMAIL')).toEqual([]);
    expect(found('msgid: <ab12cd@relay.example.net>\nReply to: ines.rocha@example.net', 'EMAIL')).toEqual(['ines.rocha@example.net']);
    expect(found('I changed my id <ines.rocha@example.net> last week', 'EMAIL')).toEqual(['ines.rocha@example.net']);
  });

  it('reads a 13-digit Visa typed in threes after “charged to” or “VCC”, not after other words', () => {
    expect(found('Deposit of €40 charged to 4222 222 222 222 on arrival.', 'CARD')).toEqual(['4222 222 222 222']);
    expect(found('VCC: 4000 000 000 006 (valid from check-in)', 'CARD')).toEqual(['4000 000 000 006']);
    // Not Luhn-valid, or not a Visa prefix: no card.
    expect(found('Deposit charged to 4222 222 222 223.', 'CARD')).toEqual([]);
    expect(found('Ref 4222 222 222 222 for the booking.', 'CARD')).toEqual([]);
  });

  it('reads the date another record gives for the same birth date', () => {
    expect(found('The passport shows DOB 3 May 1984 while the profile says 5 March 1984.', 'DOB')).toEqual(['3 May 1984', '5 March 1984']);
    expect(found('DOB: 1979-11-02 vs 1979-02-11 on the old form', 'DOB')).toEqual(['1979-11-02', '1979-02-11']);
    expect(found('Born 04/07/1990, not 07/04/1990.', 'DOB')).toEqual(['04/07/1990', '07/04/1990']);
    // A date after "while" that no record states stays unread.
    expect(found('DOB 3 May 1984 while the visit is on 5 March 2025.', 'DOB')).toEqual(['3 May 1984']);
  });
});

describe('people', () => {
  it('reads Japanese names glued to their family name in a field, and alone on a letter’s last line', () => {
    expect(found('担当：高橋真一', 'PERSON')).toEqual(['高橋真一']);
    expect(found('担当：井上　真由美', 'PERSON')).toEqual(['井上　真由美']);
    expect(found('ご請求先：\n〒150-0002\n東京都渋谷区渋谷2-1-1\n\n井上真由美', 'PERSON')).toEqual(['井上真由美']);
    // Place and shop names on their own lines are no names.
    expect(found('〒453-0000\n愛知県\n中村区\n山田商店', 'PERSON')).toEqual([]);
  });

  it('reads lower-case names after billing, reference and dispute labels, and the card holder’s own words', () => {
    expect(found('Billed to tomasz wróbel · tw@example.org', 'PERSON')).toEqual(['tomasz wróbel']);
    expect(found('Reference for amaru quispe: "a careful engineer"', 'PERSON')).toEqual(['amaru quispe']);
    expect(found('Claimant Rosa Ibáñez; respondent dagny iwasaki, appearing in person.', 'PERSON')).toEqual(['Rosa Ibáñez', 'dagny iwasaki']);
    expect(found('the client wants it before Friday', 'PERSON')).toEqual([]);
    expect(found('my name on the card is TOMASZ WRÓBEL\nAgent: thanks', 'PERSON')).toEqual(['TOMASZ WRÓBEL']);
  });

  it('reads skills named like people as no people', () => {
    expect(found('Remote, EU hours. Must know Julia. Nice to have: Kafka.', 'PERSON')).toEqual([]);
    expect(found('Hiring: Senior Pascal / Delphi developer for a logistics client.', 'PERSON')).toEqual([]);
    expect(found('Our engineer Pascal Dubois will call you.', 'PERSON')).toEqual(['Pascal Dubois']);
  });

  it('reads pets by a breed in lower case or as a security answer, and the name in a dotted handle, as no people', () => {
    expect(found('Dog-walking: Archie (springer spaniel) twice a day, keys with the concierge.', 'PERSON')).toEqual([]);
    expect(found('Security question (name of first pet): Oscar\nLast login: yesterday', 'PERSON')).toEqual([]);
    // The user's own name, known to the caller, is no name inside a dotted handle.
    const profile = 'Amara Nwosu · @amara.studio · portfolio';
    const names = detectPii(profile, { knownNames: ['Amara Nwosu', 'Amara'], lexicon }).filter((s) => s.type === 'PERSON');
    expect(names.map((s) => s.value)).toEqual(['Amara Nwosu']);
  });

  it('reads lodgings, teams, quoted rooms and a cocktail as no people, at every mention', () => {
    const folio = 'Welcome to Casa Marisol!\nYour folio at Casa Marisol is attached.\nGuest: Henrik Aalto';
    expect(found(folio, 'PERSON')).toEqual(['Henrik Aalto']);
    expect(found('Property: Hotel Adelina Rossi\nGuest: Henrik Aalto\n[Adelina Rossi · chat]', 'PERSON')).toEqual(['Henrik Aalto']);
    expect(found('Reviewer: Squad Minerva. Escalate to Team "Blue Herons".', 'PERSON')).toEqual([]);
    expect(found('Booked the boardroom "Grace Hopper" for Tuesday.', 'PERSON')).toEqual([]);
    expect(found('Brunch special: a Bloody Mary with every main.', 'PERSON')).toEqual([]);
    expect(found('Company: Ana Ruiz\nVAT: none', 'PERSON')).toEqual(['Ana Ruiz']);
  });

  it('reads Italian articled prepositions, Romance plural nouns and states as no people', () => {
    expect(found('Gentile Sig. Bruni, per la registrazione alla Questura ci serve il documento.', 'PERSON')).toEqual(['Bruni']);
    expect(found('Régimen fiscal: régimen general de Actividades Comerciales', 'PERSON')).toEqual([]);
    expect(found('Great work, fast replies.\n— Hope, Ohio · 2025-03-02', 'PERSON')).not.toContain('Ohio');
  });
});
