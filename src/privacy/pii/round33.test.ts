/**
 * @module privacy/pii/round33.test — the thirty-third round's rules: dealers named by the make they sell,
 * models after two-word makes, German/Austrian place adjectives before a street, months of other
 * languages, the Nordic "Hr."/"Fru", firms closed by a dotted legal form, foundations and hospices,
 * "Queen … Hall" and "Les Amis du …", SEPA statement counterparties of German banks, `"first"`/`"last"`
 * keys, labels of donors and sales staff, addresses typed in capitals with a unit, tax and personal
 * numbers that are no phones, updates and schemas before a version, question asides, pets in adoption
 * lists, an SSN offered as "it's …" after naming it, spoken mailboxes with a number, changed phones.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('organisations, places and months', () => {
  it('reads a dealer named by its make and the models of two-word makes as no person', () => {
    expect(found('JOB CARD 772378 — Parkside Volvo\nCustomer: Oluwaseun Adebayo', 'PERSON')).toEqual(['Oluwaseun Adebayo']);
    expect(found('DEAL JACKET CHECKLIST — STERLING TOYOTA  Stock B72866', 'PERSON')).toEqual([]);
    expect(found('DEAL JACKET CHECKLIST — Sterling Mazda  Stock W39525', 'PERSON')).toEqual([]);
    expect(found('Auto finance application — 2019 Alfa Romeo Giulia\nCustomer: Babak Ahmadi', 'PERSON')).toEqual(['Babak Ahmadi']);
    expect(found('User: is the Škoda Octavia Combi still available?', 'PERSON')).toEqual([]);
    // Makes that are family names still end a person's name.
    expect(found('It was seen by Sophie Renault.', 'PERSON')).toEqual(['Sophie Renault']);
    expect(found('I met Keisuke Honda yesterday.', 'PERSON')).toEqual(['Keisuke Honda']);
  });

  it('reads foundations, hospices, legal forms and associations as organisations', () => {
    expect(found('VOLUNTEER APPLICATION — Marjorie Pell Hospice', 'PERSON')).toEqual([]);
    expect(found('MARJORIE PELL HOSPICE — Winter newsletter', 'PERSON')).toEqual([]);
    expect(found('There is a charge of 25,00 € from "THE EDITH CARROW FOUNDATION" on my card', 'PERSON')).toEqual([]);
    expect(found('dziękujemy za przekazanie 1,5% podatku Fundacji Ciepły Kąt.', 'PERSON')).toEqual([]);
    expect(found('Creditor: Concesionario Sterling Motor S.L., Creditor ID ES97ZZZ51727580679', 'PERSON')).toEqual([]);
    expect(found('Creditor: Anna Berg, Creditor ID NL26ZZZ94350704233', 'PERSON')).toEqual(['Anna Berg']);
    expect(found('Legal name: Casa Aperta Onlus', 'PERSON')).toEqual([]);
    expect(found('turn left at the Queen Elizabeth Hall and follow signs', 'PERSON')).toEqual([]);
    expect(found('Les Amis du Canal — article 200 du CGI', 'PERSON')).toEqual([]);
    expect(found('your Gift Aid declaration means we can claim 25p', 'PERSON')).toEqual([]);
  });

  it('reads a month of another language before a year, and Nordic titles', () => {
    expect(found('Erinnerung: Hauptuntersuchung fällig im Mai 2026', 'PERSON')).toEqual([]);
    expect(found('Hi Mai, thanks for the call', 'PERSON')).toEqual(['Mai']);
    expect(found('Verified by Hr. Hoffmann on 13.04.2024.', 'PERSON')).toEqual(['Hoffmann']);
    expect(found('Kontakt: Fru Lindqvist', 'PERSON')).toEqual(['Lindqvist']);
    expect(found('Estimado/a Dña. Ximena Flores Reyes:', 'PERSON')).toEqual(['Ximena Flores Reyes']);
  });
});

describe('names in records and labels', () => {
  it('reads the counterparty of a German bank statement line, beside a lower-case IBAN too', () => {
    const statement =
      '11.11.2025 SEPA-GUTSCHRIFT ANOUK DE JONG NL38INGB5040509761 SPENDE MITGLIEDSBEITRAG  633,00\n24.06.2025 SEPA-GUTSCHRIFT ŞULE YILMAZ NL50 TRIO 9133 8147 94 SPENDE';
    expect(found(statement, 'PERSON')).toEqual(['ANOUK DE JONG', 'ŞULE YILMAZ']);
  });

  it('reads "first"/"last" pairs, labels of donors, sales staff and aliases, and a checkbox before a label', () => {
    expect(found('payload: {"first":"Kenji","last":"Suzuki","email":"k@example.jp"}', 'PERSON')).toEqual(['Kenji', 'Suzuki']);
    expect(found('{"last":"2024-01-01","first":"ok"}', 'PERSON')).toEqual([]);
    expect(found('Donor: STAR HAYES\nAmount: $30', 'PERSON')).toEqual(['STAR HAYES']);
    expect(found('Donateur : DO MAI\nAdresse :', 'PERSON')).toEqual(['DO MAI']);
    expect(found('AKA: A. ANTONIOU\nScore: 664', 'PERSON')).toEqual(['A. ANTONIOU']);
    expect(found('Salesperson: frank young', 'PERSON')).toEqual(['frank young']);
    expect(found('Asesor: dolores gutiérrez vargas', 'PERSON')).toEqual(['dolores gutiérrez vargas']);
    expect(found('[x] Buyer: NAIR, PRIYA\n[x] SSN verified: 475-46-3015', 'PERSON')).toEqual(['NAIR, PRIYA']);
  });

  it('reads a name given in reply to "the name as it appears on the card?"', () => {
    expect(found('Enter your name as shown on your tax return.\nLine 2: format XXX-XX-XXXX', 'PERSON')).toEqual([]);
    expect(found('Agent: and the name as it appears on the card?\nCaller: MAY HARGREAVES\nAgent: thank you', 'PERSON')).toEqual(['MAY HARGREAVES']);
  });
});

describe('structured types', () => {
  it('reads addresses typed in capitals with a unit, and a place adjective before a street', () => {
    expect(found('JESÚS JUÁREZ VARGAS\n4408 CEDAR HOLLOW RD #7\nSPOKANE, WA 99286\n\nVIN: WBA2BGPH1ZJWHCK6L', 'ADDRESS')).toEqual([
      '4408 CEDAR HOLLOW RD #7\nSPOKANE, WA 99286',
    ]);
    expect(found('WILL BEST\n7/272 KOALA RD\nTOOWONG QLD 4066', 'ADDRESS')).toEqual(['7/272 KOALA RD\nTOOWONG QLD 4066']);
    expect(found('ORDER 4408 SHIPPED\nTOTAL USD 2024', 'ADDRESS')).toEqual([]);
    expect(found('Teil I: Tereza Pospíšil, Landstraßer Hauptstraße 48/5, 1110 Wien', 'ADDRESS')).toEqual(['Landstraßer Hauptstraße 48/5, 1110 Wien']);
    expect(found('Bitte an Herrn Becker Hauptstraße 5, 1010 Wien', 'ADDRESS')).toEqual(['Hauptstraße 5, 1010 Wien']);
  });

  it('reads tax, registry and personal numbers as no phones, and phones after "phone changed"', () => {
    for (const t of [
      'NIP firmy: 540-697-27-26',
      'Numéro fiscal (non contrôlé) : 55 39 276 571 875',
      'Personnummer: 09137220-9447',
      'Previous test no. 0123 1864 8674.',
      'Roadside membership 0950218699 — details updated',
      '5x1000 a Casa Aperta Onlus (C.F. 06174858324).',
      'podatku Fundacji (KRS 0309645546).',
    ])
      expect(found(t, 'PHONE'), t).toEqual([]);
    expect(found('Tel (mobile): 07954 465552', 'PHONE')).toEqual(['07954 465552']);
    expect(found("ok. also my phone changed, it's 6841 2672 now", 'PHONE')).toEqual(['6841 2672']);
  });

  it('reads versions after "update … to" and "schema", not addresses after an update of a device', () => {
    expect(found('Update infotainment to 5.27.5.111 using tool ISTA v20.2.', 'IP')).toEqual([]);
    expect(found('sync_parts: WARN schema 1.2.8.56 expected', 'IP')).toEqual([]);
    expect(found('update router 192.168.1.20 now', 'IP')).toEqual(['192.168.1.20']);
  });

  it('reads the reply to a birth-date question with an aside, and no pet in an adoption list', () => {
    expect(found('Assistant: And your date of birth? (Volunteers must be 16+.)\nUser: 19-04-1993\nAssistant: Phone?', 'DOB')).toEqual(['19-04-1993']);
    expect(found('Adoptable this week: Bella (born 20 December 2022), Winston the greyhound', 'DOB')).toEqual([]);
    expect(found('Winter (tabby), microchip 214334168000506, birthday 2021-06-25\nAdopter DOB: 12/12/1945', 'DOB')).toEqual(['12/12/1945']);
    expect(found('Our adopted son Sam, born 20 December 2019, starts school.', 'DOB')).toEqual(['20 December 2019']);
    // A breed named in passing is no pet's record.
    expect(found('Golden Retriever toys are out of stock again. Date of birth: 24th February 1973', 'DOB')).toEqual(['24th February 1973']);
  });

  it('reads an SSN offered as "it\'s …" after naming it, and spoken mailboxes with a number', () => {
    expect(found("User: the form wants my social for a background check. is that normal? it's 827206016 — ok?", 'NATIONAL_ID')).toEqual(['827206016']);
    expect(found("it's 827206016 — the ticket number", 'NATIONAL_ID')).toEqual([]);
    expect(found('Can you send the confirmation to irfanismail 49 at uol dot com dot br?', 'EMAIL')).toEqual(['irfanismail 49 at uol dot com dot br']);
    expect(found('I was at home 3 at gmail dot com', 'EMAIL')).toEqual([]);
  });
});
