/**
 * @module privacy/pii/round25.test — the twenty-fifth round's rules: guest-register birth dates, pets'
 * birthdays with a treat, lists of versions, clocks before street names, card columns of CSV exports,
 * French company ids, SSNs offered "in full", phone cues ending in a label, capitals speaker labels of
 * transcripts and Japanese business-card name lines.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('structured values', () => {
  it('reads birth dates in a guest register and not a pet’s birthday', () => {
    const register = 'Registration required by local police (check-in 21/12/2024)\n1) Ines Moreau — 03/12/1961 — passport E00093704\n2) B. Lowe — 24/08/1982 — passport U98809081';
    expect(found(register, 'DOB')).toEqual(['03/12/1961', '24/08/1982']);
    expect(found("- Rocky's birthday is 11/09/2023, feel free to give an extra treat!", 'DOB')).toEqual([]);
  });

  it('reads a list of build versions as no addresses, and no street after a clock', () => {
    expect(found('Compatible with server builds 3.5.6.268 and 12.4.7.158', 'IP')).toEqual([]);
    expect(found('2026-08-20T16:23:45Z  Mailing Street  (empty) → 12 Elm Road, Leeds, LS1 4AB', 'ADDRESS')).toEqual(['12 Elm Road, Leeds, LS1 4AB']);
  });

  it('reads cards under a card column of a CSV export, and no card in a SIRET', () => {
    expect(found('id,attendee,amount,card_number,status\nR146693,Eun Kang,921.00,4111111111111111,captured', 'CARD')).toEqual(['4111111111111111']);
    expect(found('N° SIRET : 66806961519676', 'CARD')).toEqual([]);
  });

  it('reads an SSN offered in full after its last four, and a phone after a cue that ends in a label', () => {
    expect(found('Agent: I need the last 4 of your SSN.\nSeller: it’s 2597, actually here’s the full one: 512348765.', 'NATIONAL_ID')).toEqual(['512348765']);
    expect(found('Text me when you leave: 0412 555 019', 'PHONE')).toEqual(['0412 555 019']);
  });
});

describe('names', () => {
  it('reads speakers in capitals that are listed names, not roles', () => {
    const call = '[00:00:04] KEANU: Hi, is this Olivia?\n[00:00:09] OLIVIA: Speaking, go ahead.\n[00:00:12] KEANU: Great, thanks.\n[00:00:15] OLIVIA: You are welcome.';
    expect(found(call, 'PERSON')).toEqual(expect.arrayContaining(['KEANU', 'OLIVIA']));
    const roles = '[00:00:13] PREPARER: i need the ssn for your dependent\n[00:00:20] CLIENT: sure thing\n[00:00:26] PREPARER: and the daycare ein';
    expect(found(roles, 'PERSON')).toEqual([]);
  });

  it('reads a Japanese name line of a business card', () => {
    expect(found('Arcadia Energy株式会社\n営業本部 部長\n渡辺 翔太\nWATANABE Shota', 'PERSON')).toEqual(expect.arrayContaining(['渡辺 翔太']));
  });
});
