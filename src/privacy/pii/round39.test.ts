/**
 * @module privacy/pii/round39.test — the thirty-ninth round's rules: legal layouts (the person of a
 * heading in capitals, the parties of a matter's own caption, cited precedents as no people), legal
 * labels (custodian, deponent, decedent; the lawyer in charge in Japanese, Korean and Chinese forms),
 * Indian and legal titles; card numbers read digit by digit, address columns of pipe and semicolon tables,
 * court rules as no address; and as no people: utilities, storms in other languages, eponymous stamps and
 * periods, identifiers glued to a name by a dash, a word between a label and its colon.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('legal documents', () => {
  it('reads the person a capitalised heading is about, not a heading about a thing', () => {
    expect(found('ESTATE OF OKONKWO, ADAEZE — SCHEDULE OF ASSETS', 'PERSON')).toEqual(['OKONKWO, ADAEZE']);
    expect(found('DEPOSITION OF MARISOL QUINTANA\nTaken 2024-02-11', 'PERSON')).toEqual(['MARISOL QUINTANA']);
    expect(found('IN THE MATTER OF THE ESTATE OF\nTOMASZ WRÓBEL, Deceased.', 'PERSON')).toEqual(['TOMASZ WRÓBEL']);
    expect(found('AFFIDAVIT OF SERVICE\nI, the undersigned, served the papers.', 'PERSON')).toEqual([]);
  });

  it('reads the parties of the document’s own caption, and the parties of a cited precedent as no people', () => {
    expect(found('Subject: Hearing moved — Okafor v. Lakeside Apartments LP', 'PERSON')).toEqual(['Okafor']);
    expect(found('Case: Wróbel v. Northline Freight Inc., Index No. 11872/2024', 'PERSON')).toEqual(['Wróbel']);
    expect(found('The search may fail under Mapp v. Ohio, 367 U.S. 643 (1961).', 'PERSON')).toEqual([]);
    expect(found('Motion to suppress (citing Katz v. Castellano).', 'PERSON')).toEqual([]);
    expect(found('Compare Caparo v Dickman [1990] 2 AC 605 on the duty of care.', 'PERSON')).toEqual([]);
    expect(found('See Erie v. Tompkins, 304 U.S. 64 (1938).', 'PERSON')).toEqual([]);
    // Fixtures and comparisons put "v" and "vs" between names too: no legal word, no parties.
    expect(found('Fixtures: Wanderers v Albion, kick-off 15:00', 'PERSON')).toEqual([]);
    expect(found('Re: Ring vs Nest?\nHad both for a year.', 'PERSON')).toEqual([]);
  });

  it('reads names under legal labels and after legal and Indian titles, the title outside the span', () => {
    expect(found('BEGDOC: ABC0001  CUSTODIAN: OKAFOR, CHIDI  PRIV: N', 'PERSON')).toEqual(['OKAFOR, CHIDI']);
    expect(found('Deponent: Marisol Quintana\nTaken by: court reporter', 'PERSON')).toContain('Marisol Quintana');
    expect(found('Maître Hélène Rousseau suivra le dossier.', 'PERSON')).toEqual(['Hélène Rousseau']);
    expect(found('otorga poder al Letrado D. Iñaki Etxeberria', 'PERSON')).toEqual(['D. Iñaki Etxeberria']);
    expect(found('To,\nShri ARJUN MEHTA\nFlat 12, Green Park', 'PERSON')).toEqual(['ARJUN MEHTA']);
  });

  it('reads the lawyer in charge of Japanese, Korean and Chinese forms', () => {
    expect(found('担当弁護士：佐々木 恵\n次回面談 5月20日', 'PERSON')).toEqual(['佐々木 恵']);
    expect(found('담당 변호사: 한지민 변호사\n다음 기일: 4월 21일', 'PERSON')).toEqual(['한지민']);
    expect(found('承办律师：刘建华\n', 'PERSON')).toEqual(['刘建华']);
  });
});

describe('structured values', () => {
  it('reads a card number a recogniser wrote digit by digit after a card prompt, not without one', () => {
    const log = 'prompt: "Please say the long number on your card."\n[10:02:11] asr_result: "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1" conf=0.91';
    expect(found(log, 'CARD')).toEqual(['4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1']);
    expect(found('[10:02:11] asr_result: "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1" conf=0.91', 'CARD')).toEqual([]);
  });

  it('reads the cells of an address column in a pipe or semicolon table, capitals too', () => {
    const table = 'acct|surname|given|address|phone\n5512|OKAFOR|CHIDI|18 LARCH CLOSE LEEDS LS6 2AB|07700900123';
    expect(found(table, 'ADDRESS')).toEqual(['18 LARCH CLOSE LEEDS LS6 2AB']);
    expect(found('id;ip_address;note\n1;10.0.0.1;ok', 'ADDRESS')).toEqual([]);
  });

  it('reads numbers after customer-number labels of Japanese, Korean and Chinese bills and after meter ids as no phones', () => {
    expect(found('ご請求のお知らせ\nお客さま番号：41-2290-7735\nお電話：03-5550-1234', 'PHONE')).toEqual(['03-5550-1234']);
    expect(found('고객번호: 02-555-0199', 'PHONE')).toEqual([]);
    expect(found('Balance owing on NMI 6407112233; call 0491 570 156 to arrange.', 'PHONE')).toEqual(['0491 570 156']);
  });

  it('reads a court rule’s citation as no address and no name', () => {
    const text = 'Disclosure per Fed. R. Crim. P. 16(a)(1)(E) and Fed. R. Civ. P. 26(b)(5).';
    expect(found(text, 'ADDRESS')).toEqual([]);
    expect(found(text, 'PERSON')).toEqual([]);
  });
});

describe('not people', () => {
  it('reads utilities, storms in other languages, eponymous stamps and periods as no people', () => {
    expect(found('Ihr Versorger: Stadtwerke Lindau GmbH', 'PERSON')).toEqual([]);
    expect(found('Factura de Solmar Energía, periodo 03/2025', 'PERSON')).toEqual([]);
    expect(found('Sturmtief Fabienne hat Leitungen beschädigt.', 'PERSON')).toEqual([]);
    expect(found('Coupure due à la tempête: Tempête Amélie', 'PERSON')).toEqual([]);
    expect(found('Panel: Bates numbering for load files', 'PERSON')).toEqual([]);
    expect(found('We extended the Grace period by ten days.', 'PERSON')).toEqual([]);
    // A family name that is also a word stays a name after a title.
    expect(found('Mr. Chambers called about the bill.', 'PERSON')).toEqual(['Chambers']);
  });

  it('reads an identifier glued to a name by a dash, and a word between a label and its colon, as no name', () => {
    expect(found('Batch Oscar-12 was loaded from the mailbox export.', 'PERSON')).toEqual([]);
    expect(found('Titular cedente: Sergiu Popa (DNI 12345678Z)', 'PERSON')).toEqual(['Sergiu Popa']);
  });
});
