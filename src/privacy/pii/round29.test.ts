/**
 * @module privacy/pii/round29.test — the twenty-ninth round's rules: birth columns of pipe tables whose
 * header holds a comma, the birth cues "nac." and "(f.", birth dates in headerless record lines, SSNs in
 * a TIN column and after a masked one, postscript marks, lower-case greetings that close their line,
 * club and business words, hyphenated Japanese honorifics, "Familie X", combined titles, a name before
 * its own mailbox in brackets, Japanese and Korean self-introductions and sign-offs, verbs that are
 * names, English inflections after a bullet, "gate" and number columns that are no street, and the old
 * version named in brackets after a version.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('dates of birth', () => {
  it('reads the birth column of a pipe table whose name column holds a comma', () => {
    const text = 'Surname, Given | Date of birth | Passport\nKARIUKI, Kamau | 25-05-1989 | A53889893\nRAO, Rohan | 6 Oct 1991 | P50668989';
    expect(found(text, 'DOB')).toEqual(['25-05-1989', '6 Oct 1991']);
  });

  it('reads "nac." and "(f." right before a date', () => {
    expect(found('Ciclismo: Fernando Zepeda — cel. (33) 3672 9540 — nac. 03/04/1965', 'DOB')).toEqual(['03/04/1965']);
    expect(found('Björn Holm (f. 14.07.1969) — 1:35:00, plass 3679', 'DOB')).toEqual(['14.07.1969']);
    expect(found('Reserva nac. 2 of 3 confirmed', 'DOB')).toEqual([]);
  });

  it('reads the one old date of a headerless record line that holds a full name, not a recent one or one under a header', () => {
    const rows = '63248176; Isla Munro; 59 Elmstead Avenue, Cardiff CF8 9AB; 12/11/1962; block E11 seat 26\n22335345; Byrne, Oisín; 150 Ashgrove Road, Bristol BS13 3AB; 04/08/2016; block E10 seat 8';
    expect(found(rows, 'DOB')).toEqual(['12/11/1962']);
    expect(found(`Member; Name; Joined; Seat\n${rows}`, 'DOB')).toEqual([]);
  });
});

describe('SSNs', () => {
  it('reads bare numbers in a TIN column and the full number after a masked one', () => {
    expect(found('Place | Player | TIN | Amount\n1 | DUC HOANG | 461973661 | $1300\n2 | Jun Li | 237-66-4433 | $2600', 'NATIONAL_ID')).toEqual(['461973661', '237-66-4433']);
    expect(found('My W-2 shows ***-**-4602 but the full number on file must be wrong; it should be 298577059.', 'NATIONAL_ID')).toEqual(['298577059']);
    expect(found('Order 298577059 shipped.', 'NATIONAL_ID')).toEqual([]);
  });
});

describe('addresses and IP addresses', () => {
  it('reads no street in "Venue gate 9" or in a number column of a table aligned with spaces', () => {
    expect(found('Booking BK-2023-863916. Venue gate 4, near the stand.', 'ADDRESS')).toEqual([]);
    expect(found('Adresse: Karl Johans gate 22, 0159 Oslo', 'ADDRESS')).toEqual(['Karl Johans gate 22, 0159 Oslo']);
    expect(found('1 HAMISH MACLEOD  13  Wattle Grove Swim Club  2:14.64', 'ADDRESS')).toEqual([]);
    expect(found('I live at 221B Baker Street, London', 'ADDRESS')).toEqual(['221B Baker Street, London']);
  });

  it('reads the old version in brackets after a version as no address, but an address contrasted with an address as one', () => {
    expect(found('P.S. firmware 10.4.2.17 (not 12.0.1.3).', 'IP')).toEqual([]);
    expect(found('- Firmware 9.7.9.35 for handheld scanners (was 6.2.1.241)', 'IP')).toEqual([]);
    expect(found('server 10.0.0.5 (not 10.0.0.6) please', 'IP')).toEqual(['10.0.0.5', '10.0.0.6']);
  });
});

describe('names', () => {
  it('reads no postscript mark as initials, but keeps initials alone on a line', () => {
    expect(found("Thanks,\nTaylor Okafor\n\nP.S. Crohn's and Alzheimer's research grants.", 'PERSON')).toEqual(['Taylor Okafor']);
    expect(found('P.S. Rufen Sie mich gerne an', 'PERSON')).toEqual([]);
    expect(found('Regards,\nP.S. Krishnan', 'PERSON')).toEqual(['P.S. Krishnan']);
  });

  it('reads a lower-case name after a greeting that closes its line, not another language\'s "everyone"', () => {
    expect(found('Hi mariam,\n\nA password reset was requested for your account.', 'PERSON')).toEqual(['mariam']);
    expect(found('Dear allemaal,\n\nApologies for the delay.', 'PERSON')).toEqual([]);
    expect(found('Bom dia Leandro,\n\nforwarding a strong profile', 'PERSON')).toEqual(['Leandro']);
  });

  it('reads clubs, venues and businesses named with club or business words as no person', () => {
    expect(found('Ficha de sócio – Ginásio Atlântico\nNome: Beatriz Costa', 'PERSON')).toEqual(['Beatriz Costa']);
    expect(found('Minutes of the AGM — Parkhurst Harriers', 'PERSON')).toEqual([]);
    expect(found('Cordiali saluti,\nGiulia Ferrara\nImmobiliare Ferraro', 'PERSON')).toEqual(['Giulia Ferrara']);
    expect(found('Venue gate 9, near the Sachin Tendulkar Pavilion.', 'PERSON')).toEqual([]);
    expect(found('Room: Marie Curie (Building Newton, floor 1)', 'PERSON')).toEqual([]);
  });

  it('reads names before a Japanese honorific, after "Familie" and after combined titles', () => {
    expect(found('Congratulations to Kenji-san on a superb kata.', 'PERSON')).toEqual(['Kenji']);
    expect(found('Trikotwäsche diesmal bei Familie Brandt. Mitgliedsbeitrag bitte überweisen.', 'PERSON')).toEqual(['Brandt']);
    expect(found('Conseiller : Très bien M./Mme Bonnet. Votre numéro de carte ?', 'PERSON')).toEqual(['Bonnet']);
  });

  it('reads no holiday or month as a name', () => {
    expect(found("Paid holidays:\n- Juneteenth\n- Columbus Day / Indigenous Peoples' Day", 'PERSON')).toEqual([]);
    expect(found('Enviada em: 16 de junho de 2024 12:35', 'PERSON')).toEqual([]);
  });

  it('reads the person column of a table whose first column is "#"', () => {
    expect(found('# | Player | DOB | Parent email\n92 | HEATH THORNBURY | January 21, 2009 | a@example.com', 'PERSON')).toEqual(['HEATH THORNBURY']);
  });

  it('reads a name right before its own mailbox in brackets, not a role mailbox', () => {
    expect(found('急ぎの件はSuzuki（suzuki@ikegami-shoji.co.jp）までご連絡ください。', 'PERSON')).toEqual(['Suzuki']);
    expect(found('急ぎの件は小林（kobayashi@ikegami-shoji.co.jp）までご連絡ください。', 'PERSON')).toEqual(['小林']);
    expect(found('Write to Support (support@acme.com) today.', 'PERSON')).toEqual([]);
  });

  it('reads Japanese and Korean self-introductions, titles and sign-offs, not everyday words of e-mails', () => {
    expect(found('いつもお世話になっております。\n池上商事のSolbergでございます。', 'PERSON')).toEqual(['Solberg']);
    expect(found('감사합니다.\n박하은 드림\nchoi63@daum.net', 'PERSON')).toEqual(['박하은']);
    expect(found('담당 트레이너: 김재원 코치', 'PERSON')).toEqual(['김재원']);
    expect(found('SUMMARY:견적 요청\nDESCRIPTION:Dial-in', 'PERSON')).toEqual([]);
    expect(found('제목: Fwd: Lease agreement', 'PERSON')).toEqual([]);
  });

  it('reads no verb that is a given name opening a sentence, and no inflected word after a bullet', () => {
    expect(found('Heath (Coach): Hope everyone survived the heat! Training moved to Wed.', 'PERSON')).not.toContain('Hope');
    expect(found('Changes:\n- Migrated 30k rows at 2025-01-24T12:20:54Z\n- Adding tests for sync', 'PERSON')).toEqual([]);
    expect(found('Thanks, Hope', 'PERSON')).toEqual(['Hope']);
  });
});
